/* test-window.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "model/inovda-decimal.h"
#include "storage/inovda-demo.h"
#include "ui/inovda-application-private.h"
#include "ui/inovda-innovation-page.h"
#include "ui/inovda-presentation.h"
#include "ui/inovda-settings.h"
#include "ui/inovda-summary-page.h"
#include "ui/inovda-ui-format.h"
#include "ui/inovda-window.h"
#include "ui/inovda-window-private.h"
#include "inovda-test-ui.h"

typedef InovdaTestPortfolio Fixture;

static void
fixture_setup (Fixture *fixture,
               gconstpointer data)
{
  reset_settings ();
  inovda_test_portfolio_open (fixture, FALSE);
}

static void
fixture_teardown (Fixture *fixture,
                  gconstpointer data)
{
  inovda_test_portfolio_close (fixture);
}

/* ------------------------------------------------------------------------ */

/* The scores computed straight from the engine, to compare with what the
 * window shows. */
static void
score_directly (InovdaPortfolio *portfolio,
                const char *region_code,
                int year,
                InovdaRegionScore *score)
{
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  g_autoptr (InovdaRegionYear) region_year = NULL;
  g_autoptr (GError) error = NULL;

  catalogue = inovda_portfolio_get_catalogue (portfolio, year, &error);
  g_assert_no_error (error);
  region_year = inovda_portfolio_load_region_year (portfolio, catalogue, region_code, year, &error);
  g_assert_no_error (error);
  inovda_score_region (catalogue, &region_year->region, score);
}

static char *
fold (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_NFD);
  g_autoptr (GString) plain = g_string_new (NULL);

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_ismark (g_utf8_get_char (p)))
      g_string_append_unichar (plain, g_utf8_get_char (p));
  return g_utf8_casefold (plain->str, -1);
}

/* The search contract: every word of the query, folded, appears in the
 * name, uid, unit name or code, initiator's name or initiator kind. */
static gboolean
innovation_matches (InovdaInnovation *innovation,
                    const char *word)
{
  int inisiator = inovda_inisiator_from_code (inovda_innovation_get_field (innovation, INOVDA_FIELD_INISIATOR));
  const char *fields[] = {
    inovda_innovation_get_name (innovation),
    inovda_innovation_get_uid (innovation),
    inovda_innovation_get_unit_name (innovation),
    inovda_innovation_get_unit_code (innovation),
    inovda_innovation_get_field (innovation, INOVDA_FIELD_NAMA_INISIATOR),
    inisiator >= 0 ? inovda_inisiator_get_label (inisiator) : NULL,
  };
  g_autofree char *folded_word = fold (word);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *folded = fold (fields[i]);

      if (strstr (folded, folded_word) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------------ */

static void
test_window_new_destroy (Fixture *fixture,
                         gconstpointer data)
{
  InovdaWindow *window = g_object_ref (inovda_window_new (NULL, fixture->portfolio));
  InovdaSummaryPage *summary_page;
  GtkStack *stack;

  g_assert_true (inovda_window_get_portfolio (window) == fixture->portfolio);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_cmpstr (inovda_window_get_section (window), ==, "summary");
  g_assert_null (inovda_window_get_region_code (window));

  summary_page = template_child (window, INOVDA_TYPE_WINDOW, "summary_page");
  stack = template_child (summary_page, INOVDA_TYPE_SUMMARY_PAGE, "stack");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_demo (Fixture *fixture,
                  gconstpointer data)
{
  InovdaWindow *window = g_object_ref (inovda_window_new (NULL, fixture->portfolio));
  InovdaSummaryPage *summary_page;
  InovdaInnovationPage *innovation_page;
  GtkStack *summary_stack;
  GtkLabel *label;
  GtkColumnView *column_view;
  GtkSearchEntry *search_entry;
  GListModel *shown;
  g_autoptr (GListModel) innovations = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *expected_iid = NULL;
  g_autofree char *word = NULL;
  g_autofree char *query = NULL;
  InovdaRegionScore score = { 0 };
  guint n_innovations;
  guint n_expected = 0;
  guint n_reported = 0;

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  summary_page = template_child (window, INOVDA_TYPE_WINDOW, "summary_page");
  summary_stack = template_child (summary_page, INOVDA_TYPE_SUMMARY_PAGE, "stack");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (summary_stack), ==, "empty");

  /* Focus walking the sidebar selects its rows without showing their
   * pages; when it leaves, the page shown is the one selected again. */
  {
    GtkListBox *sidebar = template_child (window, INOVDA_TYPE_WINDOW, "sidebar_list");
    GtkListBoxRow *last = gtk_list_box_get_row_at_index (sidebar, 5);

    gtk_widget_grab_focus (GTK_WIDGET (last));
    gtk_list_box_select_row (sidebar, last);
    gtk_widget_grab_focus (GTK_WIDGET (summary_page));
    gtk_widget_child_focus (GTK_WIDGET (summary_page), GTK_DIR_TAB_FORWARD);
    g_assert_false (gtk_widget_has_focus (GTK_WIDGET (last)));
    g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (sidebar)), ==, 0);
  }

  /* The empty state's button loads the demo through this action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-demo", NULL));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_cmpstr (inovda_window_get_region_code (window), ==, INOVDA_DEMO_REGION);
  g_assert_cmpint (inovda_window_get_year (window), ==, INOVDA_DEMO_YEAR);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (summary_stack), ==, "summary");

  /* Ringkasan shows the engine's IID, formatted the same way. */
  score_directly (fixture->portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR, &score);
  g_assert_cmpint (score.klaim.iid, >, 0);

  expected_iid = inovda_decimal_format (score.klaim.iid, 2, 2, inovda_decimal_mark ());
  label = template_child (summary_page, INOVDA_TYPE_SUMMARY_PAGE, "klaim_iid_label");
  g_assert_cmpstr (gtk_label_get_label (label), ==, expected_iid);
  label = template_child (summary_page, INOVDA_TYPE_SUMMARY_PAGE, "klaim_predikat_label");
  g_assert_cmpstr (gtk_label_get_label (label), ==, score.klaim.predikat);

  g_clear_pointer (&expected_iid, g_free);
  expected_iid = inovda_decimal_format (score.verifikasi.iid, 2, 2, inovda_decimal_mark ());
  label = template_child (summary_page, INOVDA_TYPE_SUMMARY_PAGE, "verifikasi_iid_label");
  g_assert_cmpstr (gtk_label_get_label (label), ==, expected_iid);
  label = template_child (summary_page, INOVDA_TYPE_SUMMARY_PAGE, "verifikasi_predikat_label");
  g_assert_cmpstr (gtk_label_get_label (label), ==, score.verifikasi.predikat);
  inovda_region_score_clear (&score);

  /* Inovasi lists every innovation of the region. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "innovations"));
  g_assert_cmpstr (inovda_window_get_section (window), ==, "innovations");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  innovations = inovda_portfolio_list_innovations (fixture->portfolio, INOVDA_DEMO_REGION,
                                                   INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);
  n_innovations = g_list_model_get_n_items (innovations);
  g_assert_cmpuint (n_innovations, >, 1);

  innovation_page = template_child (window, INOVDA_TYPE_WINDOW, "innovation_page");
  column_view = template_child (innovation_page, INOVDA_TYPE_INNOVATION_PAGE, "column_view");
  shown = G_LIST_MODEL (gtk_column_view_get_model (column_view));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_innovations);

  /* The year's values are set on the listed innovations. */
  for (guint i = 0; i < n_innovations; i++)
    {
      g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (shown, i);

      if (inovda_innovation_get_status (innovation) == NULL)
        g_assert_cmpint (inovda_innovation_get_kematangan (innovation), ==, -1);
      else
        {
          g_assert_cmpint (inovda_innovation_get_kematangan (innovation), >=, 0);
          n_reported++;
        }
    }
  g_assert_cmpuint (n_reported, >, 0);

  /* Search by a word of the first innovation's unit, in capitals and with
   * an accent the data does not have. */
  {
    g_autoptr (InovdaInnovation) first = g_list_model_get_item (innovations, 0);
    g_auto (GStrv) words = g_strsplit (inovda_innovation_get_unit_name (first), " ", -1);
    g_autofree char *upper = NULL;
    GString *accented;

    for (guint i = 0; words[i] != NULL && word == NULL; i++)
      if (g_utf8_strlen (words[i], -1) >= 6)
        word = g_strdup (words[i]);
    g_assert_nonnull (word);

    upper = g_utf8_strup (word, -1);
    accented = g_string_new (upper);
    for (gsize i = 0; i < accented->len; i++)
      if (accented->str[i] == 'A' || accented->str[i] == 'E')
        {
          const char *replacement = accented->str[i] == 'A' ? "\xc3\x81" : "\xc3\x89";

          g_string_erase (accented, i, 1);
          g_string_insert (accented, i, replacement);
          break;
        }
    query = g_string_free (accented, FALSE);
  }

  for (guint i = 0; i < n_innovations; i++)
    {
      g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (innovations, i);

      if (innovation_matches (innovation, word))
        n_expected++;
    }
  g_assert_cmpuint (n_expected, >, 0);
  g_assert_cmpuint (n_expected, <, n_innovations);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  search_entry = template_child (innovation_page, INOVDA_TYPE_INNOVATION_PAGE, "search_entry");
  gtk_editable_set_text (GTK_EDITABLE (search_entry), query);
  spin_until_n_items (shown, n_expected);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_expected);

  gtk_editable_set_text (GTK_EDITABLE (search_entry), "");
  spin_until_n_items (shown, n_innovations);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_innovations);

  /* Undo takes the demo away again, and the pages follow. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "summary"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (inovda_portfolio_is_empty (fixture->portfolio));
  g_assert_null (inovda_window_get_region_code (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (summary_stack), ==, "empty");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
toast_dismissed_cb (AdwToast *toast,
                    gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* An undo takes away the toast that offered it: libadwaita would otherwise
 * show it again after the undo's, its button disabled, as if the edit had
 * been made again. */
static void
test_window_undo_toast (Fixture *fixture,
                        gconstpointer data)
{
  InovdaWindow *window = g_object_ref (inovda_window_new (NULL, fixture->portfolio));
  AdwToast *toast;
  gboolean dismissed = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-demo", NULL));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  toast = adw_toast_new ("Dihapus");
  adw_toast_set_button_label (toast, "_Urungkan");
  adw_toast_set_action_name (toast, "win.undo");
  g_signal_connect (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), &dismissed);
  inovda_window_add_toast (window, toast);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (dismissed);
  g_assert_true (inovda_portfolio_is_empty (fixture->portfolio));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_year (Fixture *fixture,
                  gconstpointer data)
{
  InovdaWindow *window = NULL;
  InovdaSummaryPage *summary_page;
  GtkStack *summary_stack;
  g_autoptr (GArray) years = NULL;
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  g_autoptr (GError) error = NULL;
  int other_year = 0;

  g_assert_true (inovda_demo_populate (fixture->portfolio, FALSE, &error));
  g_assert_no_error (error);

  window = g_object_ref (inovda_window_new (NULL, fixture->portfolio));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* The demo assesses another year besides the default one. */
  years = inovda_portfolio_list_years (fixture->portfolio);
  for (guint i = 0; i < years->len; i++)
    if (g_array_index (years, int, i) != INOVDA_DEMO_YEAR)
      other_year = g_array_index (years, int, i);
  g_assert_cmpint (other_year, !=, 0);

  inovda_window_set_year (window, other_year);
  g_assert_cmpint (inovda_window_get_year (window), ==, other_year);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  summary_page = template_child (window, INOVDA_TYPE_WINDOW, "summary_page");
  summary_stack = template_child (summary_page, INOVDA_TYPE_SUMMARY_PAGE, "stack");

  /* A year without a methodology catalogue is explained, never scored. */
  catalogue = inovda_portfolio_get_catalogue (fixture->portfolio, other_year, NULL);
  if (catalogue == NULL)
    g_assert_cmpstr (gtk_stack_get_visible_child_name (summary_stack), ==, "error");
  else
    {
      InovdaRegionScore score = { 0 };
      g_autofree char *expected = NULL;
      GtkLabel *label;

      score_directly (fixture->portfolio, inovda_window_get_region_code (window), other_year, &score);
      expected = inovda_decimal_format (score.klaim.iid, 2, 2, inovda_decimal_mark ());
      label = template_child (summary_page, INOVDA_TYPE_SUMMARY_PAGE, "klaim_iid_label");
      g_assert_cmpstr (gtk_stack_get_visible_child_name (summary_stack), ==, "summary");
      g_assert_cmpstr (gtk_label_get_label (label), ==, expected);
      inovda_region_score_clear (&score);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* At the width of a phone, the header keeps its width for the section's
 * name, and names the region and the year chosen at the top of the
 * sections list; wide again, they are back in the header. */
static void
test_window_narrow_header (Fixture *fixture,
                           gconstpointer data)
{
  InovdaWindow *window = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaRegion) region = NULL;
  g_autofree char *subtitle = NULL;
  AdwLeaflet *leaflet;
  GtkWidget *header_bar;
  GtkWidget *region_dropdown;
  GtkWidget *year_box;
  GtkWidget *choice_box;
  AdwWindowTitle *section_title;

  g_assert_true (inovda_demo_populate (fixture->portfolio, FALSE, &error));
  g_assert_no_error (error);
  region = inovda_portfolio_get_region (fixture->portfolio, INOVDA_DEMO_REGION, &error);
  g_assert_no_error (error);
  window = g_object_ref (inovda_window_new (NULL, fixture->portfolio));
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  gtk_window_present (GTK_WINDOW (window));
  inovda_window_set_year (window, INOVDA_DEMO_YEAR);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "units"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  leaflet = template_child (window, INOVDA_TYPE_WINDOW, "leaflet");
  header_bar = template_child (window, INOVDA_TYPE_WINDOW, "header_bar");
  region_dropdown = template_child (window, INOVDA_TYPE_WINDOW, "region_dropdown");
  year_box = template_child (window, INOVDA_TYPE_WINDOW, "year_box");
  choice_box = template_child (window, INOVDA_TYPE_WINDOW, "folded_choice_box");
  section_title = template_child (window, INOVDA_TYPE_WINDOW, "section_title");

  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_false (gtk_widget_is_ancestor (region_dropdown, header_bar));
  g_assert_false (gtk_widget_is_ancestor (year_box, header_bar));
  g_assert_true (gtk_widget_is_ancestor (region_dropdown, choice_box));
  g_assert_true (gtk_widget_is_ancestor (year_box, choice_box));
  g_assert_true (gtk_widget_get_visible (region_dropdown));
  g_assert_true (gtk_widget_get_visible (choice_box));
  /* The section's name whole, the region and year under it. */
  g_assert_cmpstr (adw_window_title_get_title (section_title), ==, _ ("Regional Agencies"));
  for (GtkWidget *label = find_descendant (GTK_WIDGET (section_title), GTK_TYPE_LABEL); label != NULL;
       label = gtk_widget_get_next_sibling (label))
    if (GTK_IS_LABEL (label) && gtk_widget_get_visible (label))
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
  subtitle = g_strdup_printf ("%s · %d", inovda_region_get_name (region), INOVDA_DEMO_YEAR);
  g_assert_cmpstr (adw_window_title_get_subtitle (section_title), ==, subtitle);
  inovda_test_save_screenshot (GTK_WIDGET (window), "header-600");

  /* Another year, shown at once in the subtitle. */
  inovda_window_set_year (window, INOVDA_DEMO_YEAR - 1);
  g_clear_pointer (&subtitle, g_free);
  subtitle = g_strdup_printf ("%s · %d", inovda_region_get_name (region), INOVDA_DEMO_YEAR - 1);
  g_assert_cmpstr (adw_window_title_get_subtitle (section_title), ==, subtitle);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_false (adw_leaflet_get_folded (leaflet));
  g_assert_true (gtk_widget_is_ancestor (region_dropdown, header_bar));
  /* Cut short in a narrow header, the region's name is whole in its tooltip. */
  {
    g_autofree char *tooltip = g_strdup_printf (_ ("Region: %s"), inovda_region_get_name (region));

    g_assert_cmpstr (gtk_widget_get_tooltip_text (region_dropdown), ==, tooltip);
  }
  g_assert_true (gtk_widget_is_ancestor (year_box, header_bar));
  g_assert_false (gtk_widget_get_visible (choice_box));
  /* The region before the title, the year after it. */
  {
    graphene_rect_t region_bounds;
    graphene_rect_t year_bounds;

    g_assert_true (gtk_widget_compute_bounds (region_dropdown, header_bar, &region_bounds));
    g_assert_true (gtk_widget_compute_bounds (year_box, header_bar, &year_bounds));
    g_assert_cmpfloat (region_bounds.origin.x, <, year_bounds.origin.x);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_screenshots (Fixture *fixture,
                         gconstpointer data)
{
  InovdaWindow *window = NULL;
  g_autoptr (GError) error = NULL;
  const char *const sections[] = { "summary", "innovations", "units", "acceleration" };

  g_assert_true (inovda_demo_populate (fixture->portfolio, FALSE, &error));
  g_assert_no_error (error);

  window = g_object_ref (inovda_window_new (NULL, fixture->portfolio));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", sections[i]));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      inovda_test_save_screenshot (GTK_WIDGET (window), sections[i]);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_type_is_a (G_OBJECT_TYPE (window), type))
        return window;
    }
  return NULL;
}

static void
test_application_actions (Fixture *fixture,
                          gconstpointer data)
{
  g_autoptr (InovdaApplication) application = inovda_application_new ();
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) accels = NULL;
  InovdaWindow *window;
  GtkWindow *dialog;

  /* Without a session bus the application registers as a local one. */
  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (application), "quit"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (application), "about"));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application), "app.quit");
  g_assert_cmpstrv (accels, ((const char *const[]){ "<Control>q", NULL }));

  window = g_object_ref (inovda_window_new (GTK_APPLICATION (application), fixture->portfolio));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* The shortcuts window comes from gtk/help-overlay.ui in the resources. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  dialog = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  inovda_test_save_screenshot (GTK_WIDGET (dialog), "shortcuts");
  gtk_window_destroy (dialog);

  /* The style chosen in the primary menu is kept in the settings. */
  {
    AdwStyleManager *style = adw_style_manager_get_default ();
    g_autoptr (GSettings) settings = inovda_settings_new ();

    g_assert_true (g_action_group_has_action (G_ACTION_GROUP (application), "style-variant"));
    g_action_group_activate_action (G_ACTION_GROUP (application), "style-variant", g_variant_new_string ("dark"));
    g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
    g_autofree char *variant = g_settings_get_string (settings, "style-variant");

    g_assert_cmpstr (variant, ==, "dark");
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    inovda_test_save_screenshot (GTK_WIDGET (window), "window-dark");
    g_settings_set_string (settings, "style-variant", "light");
    g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
    g_action_group_activate_action (G_ACTION_GROUP (application), "style-variant", g_variant_new_string ("default"));
    g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
  }
  /* Without the settings schema the choice still works, for the session. */
  {
    AdwStyleManager *style = adw_style_manager_get_default ();
    g_autoptr (InovdaApplication) bare = inovda_application_new ();
    g_autoptr (GVariant) state = NULL;

    g_application_set_flags (G_APPLICATION (bare), g_application_get_flags (G_APPLICATION (bare)) | G_APPLICATION_NON_UNIQUE);
    g_assert_true (g_application_register (G_APPLICATION (bare), NULL, NULL));
    _inovda_application_actions_init (bare, NULL);
    g_action_group_activate_action (G_ACTION_GROUP (bare), "style-variant", g_variant_new_string ("dark"));
    g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
    state = g_action_group_get_action_state (G_ACTION_GROUP (bare), "style-variant");
    g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "dark");
    g_action_group_activate_action (G_ACTION_GROUP (bare), "style-variant", g_variant_new_string ("default"));
    g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
  }

  g_action_group_activate_action (G_ACTION_GROUP (application), "about", NULL);
  dialog = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  inovda_test_save_screenshot (GTK_WIDGET (dialog), "about");
  gtk_window_destroy (dialog);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* ------------------------------------------------------------------------ */

/* Every key the application binds to a command, and every key the
 * shortcuts window shows, as keyval and modifiers. */
typedef struct
{
  guint keyval;
  GdkModifierType modifiers;
  char *origin;
} BoundKey;

static void
bound_key_free (gpointer data)
{
  BoundKey *key = data;

  g_free (key->origin);
  g_free (key);
}

#define SHORTCUT_MODIFIERS (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK)

/* Keypad keys do what their main key does, and the shortcuts window shows
 * the main key. */
static guint
main_keyval (guint keyval)
{
  static const guint pairs[][2] = {
    { GDK_KEY_KP_Left, GDK_KEY_Left },
    { GDK_KEY_KP_Right, GDK_KEY_Right },
    { GDK_KEY_KP_Up, GDK_KEY_Up },
    { GDK_KEY_KP_Down, GDK_KEY_Down },
    { GDK_KEY_KP_Home, GDK_KEY_Home },
    { GDK_KEY_KP_End, GDK_KEY_End },
    { GDK_KEY_KP_Page_Up, GDK_KEY_Page_Up },
    { GDK_KEY_KP_Page_Down, GDK_KEY_Page_Down },
    { GDK_KEY_KP_Enter, GDK_KEY_Return },
    { GDK_KEY_KP_Space, GDK_KEY_space },
    { GDK_KEY_KP_Delete, GDK_KEY_Delete },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    if (keyval == pairs[i][0])
      return pairs[i][1];
  return gdk_keyval_to_lower (keyval);
}

static void
add_bound_key (GPtrArray *keys,
               guint keyval,
               GdkModifierType modifiers,
               const char *origin)
{
  BoundKey *key;

  keyval = main_keyval (keyval);
  modifiers &= SHORTCUT_MODIFIERS;
  /* A class's keys come once for each of its widgets. */
  for (guint i = 0; i < keys->len; i++)
    {
      key = g_ptr_array_index (keys, i);
      if (key->keyval == keyval && key->modifiers == modifiers && g_strcmp0 (key->origin, origin) == 0)
        return;
    }
  key = g_new0 (BoundKey, 1);
  key->keyval = keyval;
  key->modifiers = modifiers;
  key->origin = g_strdup (origin);
  g_ptr_array_add (keys, key);
}

static void
add_trigger_keys (GPtrArray *keys,
                  GtkShortcutTrigger *trigger,
                  const char *origin)
{
  if (GTK_IS_KEYVAL_TRIGGER (trigger))
    add_bound_key (keys, gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                   gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)), origin);
  else if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    {
      add_trigger_keys (keys, gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), origin);
      add_trigger_keys (keys, gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), origin);
    }
}

/* The shortcuts of @widget and its descendants that run a command of
 * Inovda's: those of its own shortcut controllers and of Inovda's widget
 * classes. GTK's own bindings (focus moves, text cursor, list selection)
 * are signals, and mnemonics are underlined in the labels themselves; the
 * controllers GTK names itself collect shortcuts found elsewhere. */
static void
collect_widget_keys (GPtrArray *keys,
                     GtkWidget *widget)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean own_class = g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Inovda");

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);
      const char *name = gtk_event_controller_get_name (controller);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      if (name != NULL && !(own_class && g_str_equal (name, "gtk-widget-class-shortcuts")))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          g_autofree char *action_text = NULL;
          g_autofree char *origin = NULL;

          if (GTK_IS_SIGNAL_ACTION (action) || GTK_IS_MNEMONIC_ACTION (action))
            continue;
          action_text = gtk_shortcut_action_to_string (action);
          origin = g_strdup_printf ("%s: %s", G_OBJECT_TYPE_NAME (widget), action_text);
          add_trigger_keys (keys, gtk_shortcut_get_trigger (shortcut), origin);
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_widget_keys (keys, child);
}

static void
collect_application_keys (GPtrArray *keys,
                          GtkApplication *application)
{
  g_auto (GStrv) actions = gtk_application_list_action_descriptions (application);

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto (GStrv) accels = gtk_application_get_accels_for_action (application, actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint keyval = 0;
          GdkModifierType modifiers = 0;

          g_assert_true (gtk_accelerator_parse (accels[j], &keyval, &modifiers));
          add_bound_key (keys, keyval, modifiers, actions[i]);
        }
    }
}

static void
collect_listed_keys (GPtrArray *keys,
                     GtkWidget *widget)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *title = NULL;
      g_auto (GStrv) parts = NULL;

      g_object_get (widget, "accelerator", &accelerator, "title", &title, NULL);
      parts = g_strsplit (accelerator != NULL ? accelerator : "", " ", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          guint keyval = 0;
          GdkModifierType modifiers = 0;

          if (parts[i][0] == '\0')
            continue;
          g_assert_true (gtk_accelerator_parse (parts[i], &keyval, &modifiers));
          add_bound_key (keys, keyval, modifiers, title);
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_listed_keys (keys, child);
}

static gboolean
key_is_listed (GPtrArray *listed,
               const BoundKey *key)
{
  for (guint i = 0; i < listed->len; i++)
    {
      const BoundKey *entry = g_ptr_array_index (listed, i);

      if (entry->keyval == key->keyval && entry->modifiers == key->modifiers)
        return TRUE;
    }
  return FALSE;
}

static void
assert_overlay_section (GtkWindow *overlay,
                        const char *expected)
{
  g_autofree char *name = NULL;

  g_object_get (overlay, "section-name", &name, NULL);
  g_assert_cmpstr (name, ==, expected);
}

/* The shortcuts window lists every key bound to a command: those of the
 * application, of the window and its pages, and of the presentation. */
static void
test_application_shortcuts_listed (Fixture *fixture,
                                   gconstpointer data)
{
  g_autoptr (InovdaApplication) application = inovda_application_new ();
  g_autoptr (GPtrArray) bound = g_ptr_array_new_with_free_func (bound_key_free);
  g_autoptr (GPtrArray) listed = g_ptr_array_new_with_free_func (bound_key_free);
  g_autoptr (GString) missing = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  InovdaWindow *window;
  GtkWindow *presentation;
  GtkWindow *overlay;

  g_assert_true (inovda_demo_populate (fixture->portfolio, FALSE, &error));
  g_assert_no_error (error);
  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  window = g_object_ref (inovda_window_new (GTK_APPLICATION (application), fixture->portfolio));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  collect_application_keys (bound, GTK_APPLICATION (application));
  collect_widget_keys (bound, GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  presentation = find_toplevel (INOVDA_TYPE_PRESENTATION);
  g_assert_nonnull (presentation);
  collect_widget_keys (bound, GTK_WIDGET (presentation));
  gtk_window_destroy (presentation);

  /* The walk finds the keys of the units page and of the charts. */
  g_assert_true (key_is_listed (bound, &(BoundKey){ GDK_KEY_m, GDK_CONTROL_MASK, NULL }));
  g_assert_true (key_is_listed (bound, &(BoundKey){ GDK_KEY_c, GDK_CONTROL_MASK, NULL }));
  g_assert_true (key_is_listed (bound, &(BoundKey){ GDK_KEY_Escape, 0, NULL }));

  /* It opens on the keys of the page shown. */
  overlay = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "units"));
  assert_overlay_section (overlay, "pages");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "innovations"));
  assert_overlay_section (overlay, "general");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "presentation"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW) == overlay);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (overlay));
  inovda_test_save_screenshot (GTK_WIDGET (overlay), "shortcuts-pages");
  collect_listed_keys (listed, GTK_WIDGET (overlay));
  gtk_window_destroy (overlay);

  for (guint i = 0; i < bound->len; i++)
    {
      const BoundKey *key = g_ptr_array_index (bound, i);
      g_autofree char *name = NULL;

      /* GTK 4.8 shows Page Up and Page Down untranslated ("Page_Down");
       * Right and Left turn the slides too and are listed. */
      if (key->keyval == GDK_KEY_Page_Up || key->keyval == GDK_KEY_Page_Down)
        continue;
      if (key_is_listed (listed, key))
        continue;
      name = gtk_accelerator_name (key->keyval, key->modifiers);
      g_string_append_printf (missing, " %s (%s);", name, key->origin);
    }
  if (missing->len > 0)
    g_test_fail_printf ("Keys missing from the shortcuts window:%s", missing->str);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* ------------------------------------------------------------------------ */

/* Back in the window after inovda-cli wrote to the portfolio, the window
 * shows what it wrote. */
static void
test_window_refresh (Fixture *fixture,
                     gconstpointer data)
{
  InovdaWindow *window = NULL;
  g_autoptr (InovdaPortfolio) other = NULL;
  g_autoptr (InovdaInnovation) innovation = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  GtkLabel *iid_label;

  g_assert_true (inovda_demo_populate (fixture->portfolio, FALSE, &error));
  g_assert_no_error (error);
  window = g_object_ref (inovda_window_new (NULL, fixture->portfolio));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  iid_label = template_child (template_child (window, INOVDA_TYPE_WINDOW, "summary_page"), INOVDA_TYPE_SUMMARY_PAGE,
                              "klaim_iid_label");
  before = g_strdup (gtk_label_get_label (iid_label));

  /* Another program takes a counted innovation out of the index. */
  other = inovda_portfolio_open (inovda_portfolio_get_path (fixture->portfolio), &error);
  g_assert_no_error (error);
  innovation = inovda_portfolio_find_innovation (other, "DEMO-2025-012", &error);
  g_assert_no_error (error);
  g_assert_true (inovda_portfolio_set_status (other, inovda_innovation_get_id (innovation), INOVDA_DEMO_YEAR,
                                              INOVDA_STATUS_DRAF, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_label_get_label (iid_label), ==, before);

  g_object_notify (G_OBJECT (window), "is-active");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_label_get_label (iid_label), !=, before);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* A portfolio already open in a window is brought forward, not opened a
 * second time in another one. */
static void
test_application_one_window_per_portfolio (Fixture *fixture,
                                           gconstpointer data)
{
  g_autoptr (InovdaApplication) application = inovda_application_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (fixture->path);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autoptr (GFile) wal_file = g_file_new_for_path (wal);
  InovdaWindow *holder;
  InovdaWindow *other;

  g_application_set_flags (G_APPLICATION (application),
                           g_application_get_flags (G_APPLICATION (application)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  holder = g_object_ref (inovda_window_new (GTK_APPLICATION (application), fixture->portfolio));
  gtk_window_present (GTK_WINDOW (holder));
  other = g_object_ref (inovda_window_new (GTK_APPLICATION (application), NULL));
  gtk_window_present (GTK_WINDOW (other));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))), ==, 2);

  /* Opened again in its own window, nothing changes. */
  _inovda_window_open_file (holder, file);
  g_assert_true (inovda_window_get_portfolio (holder) == fixture->portfolio);

  /* Asked for in another window (or by its journal's name), the window
   * that has it comes forward and the empty one goes. */
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  _inovda_window_open_file (other, wal_file);
  g_assert_true (inovda_window_get_portfolio (holder) == fixture->portfolio);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))), ==, 1);
  g_assert_finalize_object (other);

  gtk_window_destroy (GTK_WINDOW (holder));
  g_assert_finalize_object (holder);
}

int
main (int argc,
      char *argv[])
{
  if (!inovda_test_ui_init (&argc, &argv))
    return 0;

  g_test_add ("/inovda/window/new-destroy", Fixture, NULL,
              fixture_setup, test_window_new_destroy, fixture_teardown);
  g_test_add ("/inovda/window/demo", Fixture, NULL,
              fixture_setup, test_window_demo, fixture_teardown);
  g_test_add ("/inovda/window/undo-toast", Fixture, NULL,
              fixture_setup, test_window_undo_toast, fixture_teardown);
  g_test_add ("/inovda/window/refresh", Fixture, NULL,
              fixture_setup, test_window_refresh, fixture_teardown);
  g_test_add ("/inovda/window/year", Fixture, NULL,
              fixture_setup, test_window_year, fixture_teardown);
  g_test_add ("/inovda/window/narrow-header", Fixture, NULL,
              fixture_setup, test_window_narrow_header, fixture_teardown);
  g_test_add ("/inovda/window/screenshots", Fixture, NULL,
              fixture_setup, test_window_screenshots, fixture_teardown);
  g_test_add ("/inovda/application/actions", Fixture, NULL,
              fixture_setup, test_application_actions, fixture_teardown);
  g_test_add ("/inovda/application/shortcuts-listed", Fixture, NULL,
              fixture_setup, test_application_shortcuts_listed, fixture_teardown);
  g_test_add ("/inovda/application/one-window-per-portfolio", Fixture, NULL,
              fixture_setup, test_application_one_window_per_portfolio, fixture_teardown);

  return g_test_run ();
}
