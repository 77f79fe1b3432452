/* test-innovation-editor.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-innovation-editor"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "model/inovda-decimal.h"
#include "model/inovda-months.h"
#include "storage/inovda-demo.h"
#include "ui/inovda-date-row.h"
#include "ui/inovda-evidence-dialog.h"
#include "ui/inovda-evidence-row.h"
#include "ui/inovda-fixed-icon.h"
#include "ui/inovda-indicator-panel.h"
#include "ui/inovda-indicator-row.h"
#include "ui/inovda-innovation-editor.h"
#include "ui/inovda-innovation-filter.h"
#include "ui/inovda-innovation-page.h"
#include "ui/inovda-region-result.h"
#include "ui/inovda-settings.h"
#include "ui/inovda-spd-page.h"
#include "ui/inovda-summary-page.h"
#include "ui/inovda-text-cell.h"
#include "ui/inovda-text-section.h"
#include "ui/inovda-ui-format.h"
#include "ui/inovda-urusan-row.h"
#include "ui/inovda-ui-keys.h"
#include "ui/inovda-window.h"
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

static void
spin_for (guint milliseconds)
{
  gint64 deadline = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* A window of @width × @height on the demo, showing Inovasi. */
static InovdaWindow *
open_demo_window_sized (Fixture *fixture,
                        int width,
                        int height,
                        InovdaInnovationPage **page)
{
  g_autoptr (GError) error = NULL;
  InovdaWindow *window;

  g_assert_true (inovda_demo_populate (fixture->portfolio, FALSE, &error));
  g_assert_no_error (error);

  window = g_object_ref (inovda_window_new (NULL, fixture->portfolio));
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  inovda_window_select_region (window, INOVDA_DEMO_REGION);
  inovda_window_set_year (window, INOVDA_DEMO_YEAR);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "innovations"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  *page = template_child (window, INOVDA_TYPE_WINDOW, "innovation_page");
  return window;
}

static InovdaWindow *
open_demo_window (Fixture *fixture,
                  InovdaInnovationPage **page)
{
  return open_demo_window_sized (fixture, 1400, 900, page);
}

static GListModel *
list_scored (InovdaPortfolio *portfolio,
             int year)
{
  g_autoptr (InovdaRegion) region = inovda_portfolio_get_region (portfolio, INOVDA_DEMO_REGION, NULL);
  g_autoptr (InovdaRegionResult) result = inovda_region_result_load (portfolio, region, year);
  GListModel *innovations = inovda_portfolio_list_innovations (portfolio, INOVDA_DEMO_REGION, year, NULL);

  inovda_region_result_apply (result, innovations);
  return innovations;
}

/* The innovation of the demo year with the most indicators left to answer
 * and a mandatory one answered, so that a level changes the score. */
static gint64
first_reported (InovdaPortfolio *portfolio)
{
  g_autoptr (GListModel) innovations = list_scored (portfolio, INOVDA_DEMO_YEAR);

  for (guint i = 0; i < g_list_model_get_n_items (innovations); i++)
    {
      g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (innovations, i);

      if (inovda_innovation_get_status (innovation) != NULL && inovda_innovation_get_eligible (innovation))
        return inovda_innovation_get_id (innovation);
    }
  g_assert_not_reached ();
  return 0;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* ------------------------------------------------------------------------ */

static void
test_widgets_new_destroy (Fixture *fixture,
                          gconstpointer data)
{
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  g_autoptr (GError) error = NULL;
  InovdaEvidence evidence = { 7, NULL, NULL, (char *) "400/12/BRIDA", (char *) "2025-08-17", (char *) "SK Tim Inovasi", NULL, 2 };
  GtkWidget *widgets[10];
  guint n = 0;

  catalogue = inovda_portfolio_get_catalogue (fixture->portfolio, INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);

  widgets[n++] = g_object_new (INOVDA_TYPE_INNOVATION_PAGE, NULL);
  widgets[n++] = inovda_innovation_editor_new ();
  widgets[n++] = inovda_indicator_panel_new ();
  widgets[n++] = inovda_indicator_row_new (catalogue, 0);
  widgets[n++] = inovda_indicator_row_new (catalogue, catalogue->sid->len - 1);
  widgets[n++] = inovda_evidence_row_new (fixture->portfolio, 1, INOVDA_DEMO_YEAR, "16", &evidence);
  widgets[n++] = inovda_date_row_new ();
  widgets[n++] = inovda_urusan_row_new ();
  widgets[n++] = inovda_text_section_new ("Rancang bangun");

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *window = gtk_window_new ();

      g_object_ref_sink (widgets[i]);
      /* Rows live in lists. */
      if (GTK_IS_LIST_BOX_ROW (widgets[i]))
        {
          GtkWidget *list = gtk_list_box_new ();

          gtk_list_box_append (GTK_LIST_BOX (list), widgets[i]);
          gtk_window_set_child (GTK_WINDOW (window), list);
        }
      else
        gtk_window_set_child (GTK_WINDOW (window), widgets[i]);
      gtk_window_present (GTK_WINDOW (window));
      gtk_test_widget_wait_for_draw (window);
      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (widgets[i]);
    }

  g_assert_finalize_object (inovda_innovation_filter_new ());
}

static void
test_date_parse (Fixture *fixture,
                 gconstpointer data)
{
  static const struct
  {
    const char *text;
    const char *iso;
    gboolean ok;
  } cases[] = {
    { "17/08/2025", "2025-08-17", TRUE },
    { "7/8/2025", "2025-08-07", TRUE },
    { " 17-08-2025 ", "2025-08-17", TRUE },
    { "2025-08-17", "2025-08-17", TRUE },
    { "17 August 2025", "2025-08-17", TRUE },
    { " 1  dec 2025", "2025-12-01", TRUE },
    { "12 Mei 2025", "2025-05-12", TRUE },
    { "17 Agu. 2025", "2025-08-17", TRUE },
    { "12\u00a0May\u00a02025\u00a0", "2025-05-12", TRUE },
    { "12 Maret 2025", "2025-03-12", TRUE },
    { "", NULL, TRUE },
    { "31 February 2025", NULL, FALSE },
    { "12 Ma 2025", NULL, FALSE },
    { "12 May 25", NULL, FALSE },
    { "12 May 2025 morning", NULL, FALSE },
    { "31/02/2025", NULL, FALSE },
    { "17/08/25", NULL, FALSE },
    { "besok", NULL, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = NULL;
      g_autoptr (GError) error = NULL;

      g_assert_cmpint (inovda_date_parse (cases[i].text, &iso, &error), ==, cases[i].ok);
      g_assert_cmpstr (iso, ==, cases[i].iso);
      if (!cases[i].ok)
        g_assert_nonnull (error);
    }
  {
    g_autofree char *shown = inovda_date_format ("2025-08-17");

    g_assert_cmpstr (shown, ==, "17/08/2025");
  }
}

/* A date typed another way is shown as every other date once the focus
 * moves on. */
static void
test_date_row_normalizes (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *row = inovda_date_row_new ();
  GtkWidget *other = gtk_entry_new ();
  gint64 deadline;

  gtk_box_append (GTK_BOX (box), row);
  gtk_box_append (GTK_BOX (box), other);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  gtk_widget_grab_focus (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "12 May 2025");
  gtk_widget_grab_focus (other);
  /* The focus moves through the X server: slow on a busy machine. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), "12/05/2025") != 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "12/05/2025");

  /* Text that is not a date stays as typed, for the user to fix. */
  gtk_widget_grab_focus (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "besok");
  gtk_widget_grab_focus (other);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "besok");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The long date as the application shows it in Indonesian, and as
 * letters abbreviate it; in a child process, which reads the Indonesian
 * translation from its start. */
static void
test_date_parse_indonesian (void)
{
  static const struct
  {
    const char *text;
    const char *iso;
  } cases[] = {
    { "12 Mei 2025", "2025-05-12" },
    { "17 agustus 2025", "2025-08-17" },
    { "1 Des 2025", "2025-12-01" },
    { "5 Okt 2025", "2025-10-05" },
    { "5 October 2025", "2025-10-05" },
  };
  g_autofree char *language = NULL;

  if (g_test_subprocess ())
    {
      g_assert_cmpstr (inovda_month_get_name (5), ==, "Mei");
      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_autofree char *iso = NULL;
          g_autoptr (GError) error = NULL;

          g_assert_true (inovda_date_parse (cases[i].text, &iso, &error));
          g_assert_no_error (error);
          g_assert_cmpstr (iso, ==, cases[i].iso);
        }
      return;
    }

  language = g_strdup (g_getenv ("LANGUAGE"));
  g_setenv ("LANGUAGE", "id", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  g_test_trap_assert_passed ();
}

static guint
count_matching (GListModel *innovations,
                gboolean (*match) (InovdaInnovation *, gconstpointer),
                gconstpointer data)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (innovations); i++)
    {
      g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (innovations, i);

      n += match (innovation, data);
    }
  return n;
}

static gboolean
match_unit (InovdaInnovation *innovation,
            gconstpointer data)
{
  return inovda_innovation_get_unit_id (innovation) == *(const gint64 *) data;
}

static gboolean
match_penerapan (InovdaInnovation *innovation,
                 gconstpointer data)
{
  return g_strcmp0 (inovda_innovation_get_field (innovation, INOVDA_FIELD_TAHAPAN), "penerapan") == 0;
}

static gboolean
match_unit_penerapan (InovdaInnovation *innovation,
                      gconstpointer data)
{
  return match_unit (innovation, data) && match_penerapan (innovation, NULL);
}

static gboolean
match_not_reported (InovdaInnovation *innovation,
                    gconstpointer data)
{
  return inovda_innovation_get_status (innovation) == NULL;
}

static gboolean
match_problems (InovdaInnovation *innovation,
                gconstpointer data)
{
  return inovda_innovation_get_status (innovation) != NULL && !inovda_innovation_get_eligible (innovation);
}

static gboolean
match_urusan (InovdaInnovation *innovation,
              gconstpointer data)
{
  const char *const *others = inovda_innovation_get_urusan_lain (innovation);

  return g_strcmp0 (inovda_innovation_get_field (innovation, INOVDA_FIELD_URUSAN_UTAMA), data) == 0 ||
         (others != NULL && g_strv_contains (others, data));
}

static gboolean
match_at_risk (InovdaInnovation *innovation,
               gconstpointer data)
{
  return inovda_innovation_get_status (innovation) != NULL && inovda_innovation_get_n_at_risk (innovation) > 0;
}

static guint
sum_at_risk (GListModel *innovations)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (innovations); i++)
    {
      g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (innovations, i);

      if (inovda_innovation_get_status (innovation) != NULL)
        n += inovda_innovation_get_n_at_risk (innovation);
    }
  return n;
}

static void
test_list_filters (Fixture *fixture,
                   gconstpointer data)
{
  InovdaInnovationPage *page = NULL;
  InovdaWindow *window = open_demo_window (fixture, &page);
  GtkColumnView *column_view = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "column_view");
  GtkDropDown *unit_dropdown = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "unit_dropdown");
  GtkDropDown *tahapan_dropdown = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "tahapan_dropdown");
  GtkDropDown *status_dropdown = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "status_dropdown");
  GtkDropDown *urusan_dropdown = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "urusan_dropdown");
  GtkCheckButton *problems_check = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "problems_check");
  GtkSearchEntry *search_entry = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "search_entry");
  GtkMenuButton *filter_button = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "filter_button");
  GListModel *shown = G_LIST_MODEL (gtk_column_view_get_model (column_view));
  g_autoptr (GListModel) innovations = list_scored (fixture->portfolio, INOVDA_DEMO_YEAR);
  g_autoptr (GListModel) units = inovda_portfolio_list_units (fixture->portfolio, INOVDA_DEMO_REGION,
                                                              INOVDA_DEMO_YEAR, NULL);
  guint n_all = g_list_model_get_n_items (innovations);
  g_autoptr (InovdaInnovation) first = g_list_model_get_item (innovations, 0);
  gint64 unit_id = inovda_innovation_get_unit_id (first);
  const char *urusan = inovda_innovation_get_field (first, INOVDA_FIELD_URUSAN_UTAMA);
  guint unit_position = 0;
  guint urusan_position = 0;
  guint n_urusan;
  const InovdaUrusan *all_urusan = inovda_urusan_get_all (&n_urusan);
  guint expected;

  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);

  /* Cleared, a search shows the list from its top, not from the row that
   * was on top of the results. */
  {
    GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (column_view));
    g_autoptr (InovdaInnovation) last = g_list_model_get_item (shown, n_all - 1);

    gtk_editable_set_text (GTK_EDITABLE (search_entry), inovda_innovation_get_name (last));
    spin_until_n_items (shown, 1);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    gtk_editable_set_text (GTK_EDITABLE (search_entry), "");
    spin_until_n_items (shown, n_all);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);
  }

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (units, i);

      if (inovda_unit_get_id (unit) == unit_id)
        unit_position = i + 1;
    }
  for (guint i = 0; i < n_urusan; i++)
    if (g_strcmp0 (all_urusan[i].code, urusan) == 0)
      urusan_position = i + 1;
  g_assert_cmpuint (unit_position, >, 0);
  g_assert_cmpuint (urusan_position, >, 0);

  /* One unit. */
  gtk_drop_down_set_selected (unit_dropdown, unit_position);
  expected = count_matching (innovations, match_unit, &unit_id);
  spin_until_n_items (shown, expected);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);
  {
    g_autofree char *label = g_strdup_printf (_ ("_Filter (%u)"), 1);

    g_assert_cmpstr (gtk_menu_button_get_label (filter_button), ==, label);
  }

  /* And its innovations at tahapan penerapan. */
  gtk_drop_down_set_selected (tahapan_dropdown, 1 + INOVDA_TAHAPAN_PENERAPAN);
  expected = count_matching (innovations, match_unit_penerapan, &unit_id);
  spin_until_n_items (shown, expected);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  inovda_test_save_screenshot (GTK_WIDGET (window), "innovations-filtered");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "innovations.reset-filters", NULL));
  spin_until_n_items (shown, n_all);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);

  /* Not reported this year. */
  gtk_drop_down_set_selected (status_dropdown, 1);
  expected = count_matching (innovations, match_not_reported, NULL);
  g_assert_cmpuint (expected, >, 0);
  spin_until_n_items (shown, expected);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);
  gtk_drop_down_set_selected (status_dropdown, 0);

  /* Not counted in the IID. */
  gtk_check_button_set_active (problems_check, TRUE);
  expected = count_matching (innovations, match_problems, NULL);
  g_assert_cmpuint (expected, >, 0);
  spin_until_n_items (shown, expected);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);
  gtk_check_button_set_active (problems_check, FALSE);

  /* An urusan, utama or lain. */
  gtk_drop_down_set_selected (urusan_dropdown, urusan_position);
  expected = count_matching (innovations, match_urusan, urusan);
  spin_until_n_items (shown, expected);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);

  /* The search narrows the filtered list further, and “show all” clears both. */
  gtk_editable_set_text (GTK_EDITABLE (search_entry), "zzzz-tidak-ada");
  spin_until_n_items (shown, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "innovations.reset-filters", NULL));
  spin_until_n_items (shown, n_all);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search_entry)), ==, "");

  /* The Ringkasan page's “not counted” row lists exactly the innovations it counts. */
  {
    GtkLabel *count_label = template_child (template_child (window, INOVDA_TYPE_WINDOW, "summary_page"),
                                            INOVDA_TYPE_SUMMARY_PAGE, "ineligible_value_label");
    guint counted = (guint) g_ascii_strtoull (gtk_label_get_label (count_label), NULL, 10);

    gtk_drop_down_set_selected (unit_dropdown, unit_position);
    expected = count_matching (innovations, match_problems, NULL);
    g_assert_cmpuint (counted, ==, expected);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-not-counted", NULL));
    g_assert_cmpstr (inovda_window_get_section (window), ==, "innovations");
    g_assert_true (gtk_check_button_get_active (problems_check));
    g_assert_cmpuint (gtk_drop_down_get_selected (unit_dropdown), ==, 0);
    spin_until_n_items (shown, expected);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);
  }

  /* The Ringkasan page's row of claimed levels without evidence lists the
   * innovations that have them. */
  {
    GtkCheckButton *at_risk_check = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "at_risk_check");
    GtkLabel *count_label = template_child (template_child (window, INOVDA_TYPE_WINDOW, "summary_page"),
                                            INOVDA_TYPE_SUMMARY_PAGE, "at_risk_value_label");
    g_autofree char *levels = inovda_format_count (sum_at_risk (innovations));

    g_assert_cmpstr (gtk_label_get_label (count_label), ==, levels);
    expected = count_matching (innovations, match_at_risk, NULL);
    g_assert_cmpuint (expected, >, 0);
    g_assert_cmpuint (expected, <, n_all);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-at-risk", NULL));
    g_assert_true (gtk_check_button_get_active (at_risk_check));
    g_assert_false (gtk_check_button_get_active (problems_check));
    spin_until_n_items (shown, expected);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);
    g_assert_true (gtk_widget_get_visible (template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "filters_label")));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "innovations.reset-filters", NULL));
    g_assert_false (gtk_check_button_get_active (at_risk_check));
    g_assert_false (gtk_widget_get_visible (template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "filters_label")));
  }

  /* The Perangkat Daerah page's drill-down. */
  {
    g_autoptr (InovdaUnit) unit = g_list_model_get_item (units, unit_position - 1);

    g_assert_true (inovda_innovation_page_show_unit (page, inovda_unit_get_code (unit)));
    expected = count_matching (innovations, match_unit, &unit_id);
    spin_until_n_items (shown, expected);
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);
    /* The count says which agency the list is narrowed to. */
    {
      GtkLabel *filters_label = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "filters_label");

      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (filters_label)));
      g_assert_true (g_str_has_suffix (gtk_label_get_label (filters_label), inovda_unit_get_name (unit)));
    }
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static InovdaInnovation *
find_by_name (GListModel *innovations,
              const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (innovations); i++)
    {
      g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (innovations, i);

      if (g_strcmp0 (inovda_innovation_get_name (innovation), name) == 0)
        return g_steal_pointer (&innovation);
    }
  return NULL;
}

static gboolean
query_tooltip (GtkWidget *widget)
{
  g_autoptr (GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  g_signal_emit_by_name (widget, "query-tooltip", 1, 1, FALSE, tooltip, &shown);
  return shown;
}

/* Positions of the Inovasi list's columns. */
enum
{
  STATUS_COLUMN = 4,
  ELIGIBLE_COLUMN = 5,
  MATURITY_COLUMN = 6,
};

/* Every bound row shows its innovation: texts in the columns, a tooltip on
 * the name, the regional agency, a known affair and the eligibility icon. */
static void
test_list_cells (Fixture *fixture,
                 gconstpointer data)
{
  InovdaInnovationPage *page = NULL;
  InovdaWindow *window = open_demo_window (fixture, &page);
  GtkColumnView *column_view = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "column_view");
  g_autoptr (GListModel) innovations = list_scored (fixture->portfolio, INOVDA_DEMO_YEAR);
  GtkWidget *list = gtk_widget_get_last_child (GTK_WIDGET (column_view));
  guint n_rows = 0;
  guint n_counted = 0;
  guint n_warned = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *cells[9] = { NULL };
      guint n_cells = 0;
      g_autoptr (InovdaInnovation) innovation = NULL;
      const char *status;
      const char *icon;
      int tahapan;

      for (GtkWidget *cell = gtk_widget_get_first_child (row); cell != NULL && n_cells < G_N_ELEMENTS (cells);
           cell = gtk_widget_get_next_sibling (cell))
        cells[n_cells++] = gtk_widget_get_first_child (cell);
      if (n_cells != G_N_ELEMENTS (cells) || !INOVDA_IS_TEXT_CELL (cells[0]) ||
          inovda_text_cell_get_text (INOVDA_TEXT_CELL (cells[0])) == NULL)
        continue;

      innovation = find_by_name (innovations, inovda_text_cell_get_text (INOVDA_TEXT_CELL (cells[0])));
      g_assert_nonnull (innovation);
      n_rows++;

      g_assert_true (gtk_widget_get_has_tooltip (cells[0]));
      g_assert_true (query_tooltip (cells[0]));
      g_assert_cmpstr (inovda_text_cell_get_text (INOVDA_TEXT_CELL (cells[1])), ==,
                       inovda_innovation_get_unit_name (innovation));
      g_assert_true (query_tooltip (cells[1]));
      tahapan = inovda_tahapan_from_code (inovda_innovation_get_field (innovation, INOVDA_FIELD_TAHAPAN));
      g_assert_cmpstr (inovda_text_cell_get_text (INOVDA_TEXT_CELL (cells[2])), ==,
                       tahapan >= 0 ? inovda_tahapan_get_label (tahapan) : "—");
      g_assert_false (gtk_widget_get_has_tooltip (cells[2]));
      if (inovda_urusan_lookup (inovda_innovation_get_field (innovation, INOVDA_FIELD_URUSAN_UTAMA)) != NULL)
        {
          g_assert_true (g_str_has_prefix (inovda_text_cell_get_text (INOVDA_TEXT_CELL (cells[3])),
                                           inovda_innovation_get_field (innovation, INOVDA_FIELD_URUSAN_UTAMA)));
          g_assert_true (query_tooltip (cells[3]));
        }

      status = inovda_innovation_get_status (innovation);
      icon = inovda_fixed_icon_get_icon_name (INOVDA_FIXED_ICON (cells[ELIGIBLE_COLUMN]));
      if (status == NULL)
        {
          g_assert_cmpstr (inovda_text_cell_get_text (INOVDA_TEXT_CELL (cells[STATUS_COLUMN])), ==, C_ ("status", "Not reported"));
          g_assert_null (icon);
          g_assert_false (query_tooltip (cells[ELIGIBLE_COLUMN]));
        }
      else if (inovda_innovation_get_eligible (innovation))
        {
          g_assert_cmpstr (icon, ==, "emblem-ok-symbolic");
          g_assert_true (gtk_widget_has_css_class (cells[ELIGIBLE_COLUMN], "success"));
          g_assert_true (query_tooltip (cells[ELIGIBLE_COLUMN]));
          n_counted++;
        }
      else
        {
          g_assert_cmpstr (icon, ==, "dialog-warning-symbolic");
          g_assert_true (gtk_widget_has_css_class (cells[ELIGIBLE_COLUMN], "warning"));
          g_assert_true (query_tooltip (cells[ELIGIBLE_COLUMN]));
          n_warned++;
        }

      if (inovda_innovation_get_kematangan (innovation) >= 0)
        {
          g_autofree char *score = inovda_format_score (inovda_innovation_get_kematangan (innovation));

          g_assert_cmpstr (inovda_text_cell_get_text (INOVDA_TEXT_CELL (cells[MATURITY_COLUMN])), ==, score);
        }
    }
  g_assert_cmpuint (n_rows, >, 10);
  g_assert_cmpuint (n_counted, >, 0);
  g_assert_cmpuint (n_warned, >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_edit_undo_redo (Fixture *fixture,
                     gconstpointer data)
{
  InovdaInnovationPage *page = NULL;
  InovdaWindow *window = open_demo_window (fixture, &page);
  InovdaInnovationEditor *editor = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "editor");
  gint64 id = first_reported (fixture->portfolio);
  g_autoptr (InovdaInnovation) before = inovda_portfolio_get_innovation (fixture->portfolio, id, NULL);
  g_autofree char *old_name = g_strdup (inovda_innovation_get_name (before));
  g_autofree char *new_name = g_strdup_printf ("%s Plus", old_name);
  GtkWidget *name_row;
  GtkWidget *date_row;
  GtkWidget *latitude_row;
  GtkWidget *design;

  g_assert_true (inovda_innovation_page_open (page, id));
  g_assert_cmpint (inovda_innovation_editor_get_innovation_id (editor), ==, id);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  inovda_test_save_screenshot (GTK_WIDGET (window), "innovation-editor");

  /* The form shows the stored long texts, which lists leave out. */
  {
    guint n_shown = 0;

    for (guint f = INOVDA_FIELD_RB_DASAR_HUKUM; f <= INOVDA_FIELD_HASIL; f++)
      {
        const char *stored = inovda_innovation_get_field (before, f);
        g_autofree char *shown = NULL;

        shown = inovda_text_section_get_text (INOVDA_TEXT_SECTION (inovda_innovation_editor_get_field_widget (editor, f)));
        g_assert_cmpstr (shown, ==, stored != NULL ? stored : "");
        n_shown += stored != NULL && stored[0] != '\0';
      }
    g_assert_cmpuint (n_shown, >, 0);
  }

  /* Typing is saved after a pause, without a Save button. */
  name_row = inovda_innovation_editor_get_field_widget (editor, INOVDA_FIELD_NAME);
  g_assert_true (ADW_IS_ENTRY_ROW (name_row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, old_name);
  gtk_editable_set_text (GTK_EDITABLE (name_row), new_name);
  spin_for (700);
  {
    g_autoptr (InovdaInnovation) stored = inovda_portfolio_get_innovation (fixture->portfolio, id, NULL);

    g_assert_cmpstr (inovda_innovation_get_name (stored), ==, new_name);
  }

  /* Undo restores the store and the form. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  {
    g_autoptr (InovdaInnovation) stored = inovda_portfolio_get_innovation (fixture->portfolio, id, NULL);

    g_assert_cmpstr (inovda_innovation_get_name (stored), ==, old_name);
  }
  g_assert_cmpint (inovda_innovation_page_get_open_id (page), ==, id);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, old_name);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  {
    g_autoptr (InovdaInnovation) stored = inovda_portfolio_get_innovation (fixture->portfolio, id, NULL);

    g_assert_cmpstr (inovda_innovation_get_name (stored), ==, new_name);
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, new_name);

  /* A date typed the Indonesian way is stored as ISO. */
  date_row = inovda_innovation_editor_get_field_widget (editor, INOVDA_FIELD_WAKTU_PENERAPAN);
  g_assert_true (INOVDA_IS_DATE_ROW (date_row));
  gtk_editable_set_text (GTK_EDITABLE (date_row), "17/08/2025");
  inovda_innovation_editor_save_pending (editor);
  {
    g_autoptr (InovdaInnovation) stored = inovda_portfolio_get_innovation (fixture->portfolio, id, NULL);

    g_assert_cmpstr (inovda_innovation_get_field (stored, INOVDA_FIELD_WAKTU_PENERAPAN), ==, "2025-08-17");
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "17/08/2025");

  /* A wrong value is explained under the field and not stored. */
  gtk_editable_set_text (GTK_EDITABLE (date_row), "31/02/2025");
  inovda_innovation_editor_save_pending (editor);
  g_assert_nonnull (inovda_innovation_editor_get_field_error (editor, INOVDA_FIELD_WAKTU_PENERAPAN));
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  {
    g_autoptr (InovdaInnovation) stored = inovda_portfolio_get_innovation (fixture->portfolio, id, NULL);

    g_assert_cmpstr (inovda_innovation_get_field (stored, INOVDA_FIELD_WAKTU_PENERAPAN), ==, "2025-08-17");
  }
  latitude_row = inovda_innovation_editor_get_field_widget (editor, INOVDA_FIELD_LATITUDE);
  gtk_editable_set_text (GTK_EDITABLE (latitude_row), "95");
  inovda_innovation_editor_save_pending (editor);
  g_assert_nonnull (inovda_innovation_editor_get_field_error (editor, INOVDA_FIELD_LATITUDE));
  gtk_editable_set_text (GTK_EDITABLE (latitude_row), "-3.316694");
  inovda_innovation_editor_save_pending (editor);
  g_assert_null (inovda_innovation_editor_get_field_error (editor, INOVDA_FIELD_LATITUDE));
  /* Typed with a comma, stored with a point, shown again as the locale
   * writes decimals. */
  gtk_editable_set_text (GTK_EDITABLE (latitude_row), "-3,5");
  inovda_innovation_editor_save_pending (editor);
  g_assert_null (inovda_innovation_editor_get_field_error (editor, INOVDA_FIELD_LATITUDE));
  {
    g_autoptr (InovdaInnovation) stored = inovda_portfolio_get_innovation (fixture->portfolio, id, NULL);
    g_autofree char *shown = g_strdup_printf ("-3%c316694", inovda_decimal_mark ());

    g_assert_cmpstr (inovda_innovation_get_field (stored, INOVDA_FIELD_LATITUDE), ==, "-3.500000");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (latitude_row)), ==, shown);
    {
      GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (latitude_row, GTK_TYPE_SCROLLED_WINDOW));
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (latitude_row, gtk_scrolled_window_get_child (scroller), &bounds));
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller), bounds.origin.y - 250);
    }
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    inovda_test_save_screenshot (GTK_WIDGET (window), "innovation-editor-location");
  }

  /* A choice is saved at once, and a long text counts its words. */
  gtk_editable_set_text (GTK_EDITABLE (date_row), "17/08/2025");
  inovda_innovation_editor_save_pending (editor);
  adw_combo_row_set_selected (ADW_COMBO_ROW (inovda_innovation_editor_get_field_widget (editor, INOVDA_FIELD_JENIS)),
                              1 + INOVDA_JENIS_NON_DIGITAL);
  {
    g_autoptr (InovdaInnovation) stored = inovda_portfolio_get_innovation (fixture->portfolio, id, NULL);

    g_assert_cmpstr (inovda_innovation_get_field (stored, INOVDA_FIELD_JENIS), ==, "non-digital");
  }
  design = inovda_innovation_editor_get_field_widget (editor, INOVDA_FIELD_RB_PERMASALAHAN);
  g_assert_true (INOVDA_IS_TEXT_SECTION (design));
  inovda_text_section_set_text (INOVDA_TEXT_SECTION (design), "satu dua tiga");
  g_assert_cmpuint (inovda_text_section_get_words (INOVDA_TEXT_SECTION (design)), ==, 3);

  /* The list's back button leaves the editor. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "innovations.show-list", NULL));
  g_assert_cmpint (inovda_innovation_page_get_open_id (page), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* An innovation of the demo year whose @field is @set (or empty). */
static gint64
find_with_field (InovdaPortfolio *portfolio,
                 InovdaField field,
                 gboolean set)
{
  g_autoptr (GListModel) innovations = inovda_portfolio_list_innovations (portfolio, INOVDA_DEMO_REGION,
                                                                          INOVDA_DEMO_YEAR, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (innovations); i++)
    {
      g_autoptr (InovdaInnovation) listed = g_list_model_get_item (innovations, i);
      g_autoptr (InovdaInnovation) innovation = inovda_portfolio_get_innovation (portfolio,
                                                                                 inovda_innovation_get_id (listed), NULL);
      const char *value = inovda_innovation_get_field (innovation, field);

      if ((value != NULL && value[0] != '\0') == set)
        return inovda_innovation_get_id (innovation);
    }
  return 0;
}

/* Opening an innovation shows its own values, empty ones included: the
 * form once kept the previous innovation's where the next had none, and
 * saved them into it when the user typed. */
static void
test_switch_innovation (Fixture *fixture,
                        gconstpointer data)
{
  InovdaInnovationPage *page = NULL;
  InovdaWindow *window = open_demo_window (fixture, &page);
  InovdaInnovationEditor *editor = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "editor");
  gint64 with_date, without_date, added;
  GtkWidget *date_row, *name_row, *goal;
  g_autoptr (InovdaInnovation) stored = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *original = NULL;

  g_assert_true (inovda_portfolio_set_field (fixture->portfolio, find_with_field (fixture->portfolio, INOVDA_FIELD_WAKTU_PENERAPAN, TRUE),
                                             INOVDA_FIELD_WAKTU_PENERAPAN, "", &error));
  g_assert_no_error (error);
  with_date = find_with_field (fixture->portfolio, INOVDA_FIELD_WAKTU_PENERAPAN, TRUE);
  without_date = find_with_field (fixture->portfolio, INOVDA_FIELD_WAKTU_PENERAPAN, FALSE);
  g_assert_cmpint (with_date, !=, 0);
  g_assert_cmpint (without_date, !=, 0);

  date_row = inovda_innovation_editor_get_field_widget (editor, INOVDA_FIELD_WAKTU_PENERAPAN);
  g_assert_true (inovda_innovation_page_open (page, with_date));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), !=, "");
  g_assert_true (inovda_innovation_page_open (page, without_date));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "");

  /* A new innovation's form is empty but for its name. */
  {
    g_autoptr (InovdaUnit) unit = inovda_portfolio_find_unit (fixture->portfolio, INOVDA_DEMO_REGION, "BKD", &error);
    g_autoptr (InovdaInnovation) innovation = NULL;

    g_assert_no_error (error);
    innovation = inovda_portfolio_add_innovation (fixture->portfolio, NULL, inovda_unit_get_id (unit), "Inovasi Baru Uji", &error);
    g_assert_no_error (error);
    added = inovda_innovation_get_id (innovation);
  }
  goal = inovda_innovation_editor_get_field_widget (editor, INOVDA_FIELD_TUJUAN);
  g_assert_true (inovda_innovation_page_open (page, with_date));
  g_assert_cmpstr (inovda_text_section_get_text (INOVDA_TEXT_SECTION (goal)), !=, "");
  g_assert_true (inovda_innovation_page_open (page, added));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "");
  g_assert_cmpstr (inovda_text_section_get_text (INOVDA_TEXT_SECTION (goal)), ==, "");

  /* Undo first saves what is being typed, then takes it back. */
  name_row = inovda_innovation_editor_get_field_widget (editor, INOVDA_FIELD_NAME);
  original = g_strdup (gtk_editable_get_text (GTK_EDITABLE (name_row)));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Nama Sementara");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  stored = inovda_portfolio_get_innovation (fixture->portfolio, added, NULL);
  g_assert_cmpstr (inovda_innovation_get_name (stored), ==, original);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, original);

  /* Ctrl+Z is the portfolio's in the editor's fields, the typing's in a
   * search. */
  {
    GtkWidget *text = find_descendant (name_row, GTK_TYPE_TEXT);

    g_assert_nonnull (text);
    g_assert_false (inovda_ui_has_own_undo (text));
    g_assert_true (inovda_ui_has_own_undo (template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "search_entry")));
    g_assert_false (inovda_ui_has_own_undo (GTK_WIDGET (window)));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
expect_summary (InovdaPortfolio *portfolio,
                InovdaIndicatorPanel *panel,
                gint64 id)
{
  g_autoptr (InovdaCatalogue) catalogue = inovda_portfolio_get_catalogue (portfolio, INOVDA_DEMO_YEAR, NULL);
  g_autoptr (InovdaRegionYear) region_year = inovda_portfolio_load_region_year (portfolio, catalogue, INOVDA_DEMO_REGION,
                                                                                INOVDA_DEMO_YEAR, NULL);
  InovdaRegionScore score = { 0 };
  InovdaProjectionResult without = { 0 };
  InovdaScoreRegion others = region_year->region;
  g_autofree InovdaScoreInnovation *rest = g_new0 (InovdaScoreInnovation, others.n_innovations);
  int index = inovda_region_year_find (region_year, id);
  GtkLabel *kematangan_label = template_child (panel, INOVDA_TYPE_INDICATOR_PANEL, "kematangan_label");
  GtkLabel *iid_label = template_child (panel, INOVDA_TYPE_INDICATOR_PANEL, "iid_label");
  g_autofree char *kematangan = NULL;
  g_autofree char *maximum = NULL;
  g_autofree char *with = NULL;
  g_autofree char *without_text = NULL;
  g_autofree char *expected = NULL;
  gint64 max = inovda_catalogue_max_kematangan (catalogue);
  guint n = 0;

  g_assert_cmpint (index, >=, 0);
  inovda_score_region (catalogue, &region_year->region, &score);
  for (guint i = 0; i < region_year->region.n_innovations; i++)
    if ((int) i != index)
      rest[n++] = region_year->region.innovations[i];
  others.innovations = rest;
  others.n_innovations = n;
  inovda_score_projection (catalogue, &others, INOVDA_PROJECTION_KLAIM, &without);

  kematangan = inovda_decimal_format (g_array_index (score.klaim.innovations, InovdaInnovationScore, index).kematangan,
                                      2, 2, inovda_decimal_mark ());
  maximum = inovda_decimal_format (max, 2, 2, inovda_decimal_mark ());
  expected = g_strdup_printf (_ ("Maturity %s of %s"), kematangan, maximum);
  g_assert_cmpstr (gtk_label_get_label (kematangan_label), ==, expected);

  with = inovda_decimal_format (score.klaim.iid, 2, 2, inovda_decimal_mark ());
  without_text = inovda_decimal_format (without.iid, 2, 2, inovda_decimal_mark ());
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf (_ ("IID %s → %s"), without_text, with);
  g_assert_cmpstr (gtk_label_get_label (iid_label), ==, expected);

  inovda_projection_result_clear (&without);
  inovda_region_score_clear (&score);
}

static void
test_indicator_level (Fixture *fixture,
                      gconstpointer data)
{
  InovdaInnovationPage *page = NULL;
  InovdaWindow *window = open_demo_window (fixture, &page);
  InovdaIndicatorPanel *panel = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "indicator_panel");
  AdwViewStack *view_stack = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "view_stack");
  GtkLabel *kematangan_label = template_child (panel, INOVDA_TYPE_INDICATOR_PANEL, "kematangan_label");
  GtkLabel *iid_label = template_child (panel, INOVDA_TYPE_INDICATOR_PANEL, "iid_label");
  gint64 id = first_reported (fixture->portfolio);
  g_autoptr (InovdaCatalogue) catalogue = inovda_portfolio_get_catalogue (fixture->portfolio, INOVDA_DEMO_YEAR, NULL);
  g_autofree char *kematangan_before = NULL;
  g_autofree char *iid_before = NULL;
  InovdaIndicatorRow *row = NULL;
  const InovdaIndicator *indicator = NULL;
  GtkCheckButton *check;
  int level = 0;
  int new_level;

  g_assert_true (inovda_innovation_page_open (page, id));
  adw_view_stack_set_visible_child_name (view_stack, "indicators");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  expect_summary (fixture->portfolio, panel, id);
  inovda_test_save_screenshot (GTK_WIDGET (window), "indicator-panel");

  /* An indicator without bases that is not at the top level yet. */
  for (guint i = 0; i < catalogue->sid->len && row == NULL; i++)
    {
      indicator = g_ptr_array_index (catalogue->sid, i);
      level = inovda_portfolio_get_sid_level (fixture->portfolio, id, INOVDA_DEMO_YEAR, indicator->id, NULL, NULL);
      if (level < INOVDA_LEVEL_MAX && indicator->bases->len == 0)
        row = inovda_indicator_panel_get_row (panel, indicator->id);
    }
  g_assert_nonnull (row);
  new_level = level + 1;

  kematangan_before = g_strdup (gtk_label_get_label (kematangan_label));
  iid_before = g_strdup (gtk_label_get_label (iid_label));

  /* Choosing a level is stored at once and scored at once. */
  {
    g_autofree char *name = g_strdup_printf ("level%d_check", new_level);

    check = template_child (row, INOVDA_TYPE_INDICATOR_ROW, name);
  }
  gtk_check_button_set_active (check, TRUE);
  g_assert_cmpint (inovda_portfolio_get_sid_level (fixture->portfolio, id, INOVDA_DEMO_YEAR, indicator->id, NULL, NULL),
                   ==, new_level);
  expect_summary (fixture->portfolio, panel, id);
  g_assert_cmpstr (gtk_label_get_label (kematangan_label), !=, kematangan_before);
  {
    GtkLabel *score_label = template_child (row, INOVDA_TYPE_INDICATOR_ROW, "score_label");
    g_autofree char *score = inovda_decimal_format (indicator->weight * new_level, 2,
                                                    (indicator->weight * new_level) % 100 == 0 ? 0 : 2,
                                                    inovda_decimal_mark ());
    g_autofree char *expected = g_strdup_printf (_ ("Level %d · score %s"), new_level, score);

    g_assert_cmpstr (gtk_label_get_label (score_label), ==, expected);
  }

  /* Undo puts the level and the scores back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpint (inovda_portfolio_get_sid_level (fixture->portfolio, id, INOVDA_DEMO_YEAR, indicator->id, NULL, NULL),
                   ==, level);
  g_assert_cmpstr (gtk_label_get_label (kematangan_label), ==, kematangan_before);
  g_assert_cmpstr (gtk_label_get_label (iid_label), ==, iid_before);
  {
    g_autofree char *name = g_strdup_printf ("level%d_check", level);
    GtkCheckButton *old_check = template_child (row, INOVDA_TYPE_INDICATOR_ROW, name);

    g_assert_true (gtk_check_button_get_active (old_check));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* A claimed level without evidence warns that verification may reject
 * it, until the verifier has granted it. */
static void
test_indicator_verified_evidence (Fixture *fixture,
                                  gconstpointer data)
{
  InovdaInnovationPage *page = NULL;
  InovdaWindow *window = open_demo_window (fixture, &page);
  InovdaIndicatorPanel *panel = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "indicator_panel");
  AdwViewStack *view_stack = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "view_stack");
  g_autoptr (InovdaCatalogue) catalogue = inovda_portfolio_get_catalogue (fixture->portfolio, INOVDA_DEMO_YEAR, NULL);
  gint64 id = first_reported (fixture->portfolio);
  GtkWidget *attach_row = NULL; /* its text, which warns */
  AdwComboRow *verified_row = NULL;
  int claimed = 0;

  g_assert_true (inovda_innovation_page_open (page, id));
  adw_view_stack_set_visible_child_name (view_stack, "indicators");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* A claimed indicator, not verified: without evidence it warns. */
  for (guint i = 0; i < catalogue->sid->len && attach_row == NULL; i++)
    {
      const InovdaIndicator *indicator = g_ptr_array_index (catalogue->sid, i);
      InovdaIndicatorRow *row = inovda_indicator_panel_get_row (panel, indicator->id);
      int verified = 0;
      int level = inovda_portfolio_get_sid_level (fixture->portfolio, id, INOVDA_DEMO_YEAR, indicator->id, NULL, &verified);

      if (level > 1 && verified == INOVDA_LEVEL_UNVERIFIED)
        {
          g_autoptr (GError) error = NULL;
          g_autoptr (GPtrArray) evidence = inovda_portfolio_list_sid_evidence (fixture->portfolio, id, INOVDA_DEMO_YEAR,
                                                                               indicator->id, &error);

          g_assert_no_error (error);
          if (evidence->len == 0)
            {
              attach_row = template_child (row, INOVDA_TYPE_INDICATOR_ROW, "attach_label");
              verified_row = template_child (row, INOVDA_TYPE_INDICATOR_ROW, "verified_row");
              claimed = level;
            }
        }
    }
  g_assert_nonnull (attach_row);
  g_assert_true (gtk_widget_has_css_class (attach_row, "warning"));

  /* The choices: not verified, then levels 0 to 3. */
  adw_combo_row_set_selected (verified_row, (guint) claimed + 1); /* verified as claimed */
  g_assert_false (gtk_widget_has_css_class (attach_row, "warning"));
  adw_combo_row_set_selected (verified_row, (guint) claimed); /* verified one level lower */
  g_assert_true (gtk_widget_has_css_class (attach_row, "warning"));
  adw_combo_row_set_selected (verified_row, 0); /* not verified */
  g_assert_true (gtk_widget_has_css_class (attach_row, "warning"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static GFile *
write_temp_file (Fixture *fixture,
                 const char *name,
                 const char *contents)
{
  g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
attach_and_wait (InovdaIndicatorRow *row,
                 GFile *file,
                 guint n_expected)
{
  g_autoptr (GListStore) files = g_list_store_new (G_TYPE_FILE);
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  g_list_store_append (files, file);
  inovda_indicator_row_attach_files (row, G_LIST_MODEL (files));
  while ((inovda_indicator_row_is_attaching (row) ||
          inovda_indicator_row_get_evidence_rows (row)->len < n_expected) &&
         g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_false (inovda_indicator_row_is_attaching (row));
  g_assert_cmpuint (inovda_indicator_row_get_evidence_rows (row)->len, ==, n_expected);
}

static GtkLabel *
find_title_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "title"))
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_title_label (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The evidence row's text is never squeezed into short lines beside its
 * buttons: it stays on one line beside them, or the buttons go below it;
 * either way inside the row. Returns whether they went below. */
static gboolean
assert_attach_row_laid_out (InovdaIndicatorRow *row)
{
  GtkWidget *attach_row = template_child (row, INOVDA_TYPE_INDICATOR_ROW, "attach_row");
  GtkWidget *label = template_child (row, INOVDA_TYPE_INDICATOR_ROW, "attach_label");
  GtkWidget *buttons = gtk_widget_get_next_sibling (label);
  graphene_rect_t label_bounds;
  graphene_rect_t button_bounds;
  gboolean below;

  g_assert_true (GTK_IS_BOX (buttons));
  g_assert_true (gtk_widget_compute_bounds (label, attach_row, &label_bounds));
  g_assert_true (gtk_widget_compute_bounds (buttons, attach_row, &button_bounds));
  below = button_bounds.origin.y >= label_bounds.origin.y + label_bounds.size.height;
  if (!below)
    {
      g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (label))), ==, 1);
      g_assert_cmpfloat (button_bounds.origin.x, >=, label_bounds.origin.x + label_bounds.size.width);
    }
  g_assert_cmpfloat (button_bounds.origin.y + button_bounds.size.height, <=, gtk_widget_get_height (attach_row));
  g_assert_cmpfloat (button_bounds.origin.x + button_bounds.size.width, <=, gtk_widget_get_width (attach_row));
  return below;
}

static void
test_evidence_attach_row_widths (Fixture *fixture,
                                 gconstpointer data)
{
  /* The widest the test display (1280 px) allows. */
  const int widths[] = { 800, 1280 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      InovdaInnovationPage *page = NULL;
      InovdaWindow *window = open_demo_window_sized (fixture, widths[w], 900, &page);
      InovdaIndicatorPanel *panel = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "indicator_panel");
      AdwViewStack *view_stack = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "view_stack");
      g_autoptr (InovdaCatalogue) catalogue = inovda_portfolio_get_catalogue (fixture->portfolio, INOVDA_DEMO_YEAR,
                                                                              NULL);
      gint64 id = first_reported (fixture->portfolio);
      gboolean warned = FALSE;
      gboolean plain = FALSE;

      g_assert_true (inovda_innovation_page_open (page, id));
      adw_view_stack_set_visible_child_name (view_stack, "indicators");
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >=, widths[w] - 20);

      /* Rows with the short text and with the warning's longer one. */
      for (guint i = 0; i < catalogue->sid->len; i++)
        {
          const InovdaIndicator *indicator = g_ptr_array_index (catalogue->sid, i);
          InovdaIndicatorRow *row = inovda_indicator_panel_get_row (panel, indicator->id);
          GtkWidget *attach_row = template_child (row, INOVDA_TYPE_INDICATOR_ROW, "attach_row");
          GtkWidget *attach_label = template_child (row, INOVDA_TYPE_INDICATOR_ROW, "attach_label");
          gboolean below = assert_attach_row_laid_out (row);

          if (gtk_widget_has_css_class (attach_label, "warning"))
            {
              if (!warned)
                {
                  g_autofree char *name = g_strdup_printf ("attach-row-warning-%d", widths[w]);

                  inovda_test_save_screenshot (gtk_widget_get_parent (attach_row), name);
                }
              warned = TRUE;
            }
          else
            {
              plain = TRUE;
              /* Wide, the short text has the buttons beside it. */
              if (widths[w] >= 1280)
                g_assert_false (below);
            }
        }
      g_assert_true (warned);
      g_assert_true (plain);

      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (window);
      inovda_test_portfolio_close (fixture);
      inovda_test_portfolio_open (fixture, FALSE);
    }
}

/* In a narrow window, a file used elsewhere too keeps its name whole: the
 * mark saying so takes two short lines, not the name's width. */
static void
test_evidence_reuse_narrow (Fixture *fixture,
                            gconstpointer data)
{
  InovdaInnovationPage *page = NULL;
  InovdaWindow *window = open_demo_window_sized (fixture, 800, 700, &page);
  InovdaIndicatorPanel *panel = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "indicator_panel");
  AdwViewStack *view_stack = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "view_stack");
  g_autoptr (GListModel) innovations = list_scored (fixture->portfolio, INOVDA_DEMO_YEAR);
  g_autoptr (InovdaCatalogue) catalogue = inovda_portfolio_get_catalogue (fixture->portfolio, INOVDA_DEMO_YEAR, NULL);
  const InovdaIndicator *first = g_ptr_array_index (catalogue->sid, 0);
  InovdaEvidenceRow *reused = NULL;
  GtkLabel *title;

  for (guint i = 0; reused == NULL && i < g_list_model_get_n_items (innovations); i++)
    {
      g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (innovations, i);
      GPtrArray *rows;

      g_assert_true (inovda_innovation_page_open (page, inovda_innovation_get_id (innovation)));
      adw_view_stack_set_visible_child_name (view_stack, "indicators");
      rows = inovda_indicator_row_get_evidence_rows (inovda_indicator_panel_get_row (panel, first->id));
      for (guint k = 0; reused == NULL && k < rows->len; k++)
        if (inovda_evidence_row_get_reuse_text (g_ptr_array_index (rows, k)) != NULL &&
            strlen (inovda_evidence_row_get_evidence (g_ptr_array_index (rows, k))->file_name) <= 30)
          reused = g_ptr_array_index (rows, k);
    }
  g_assert_nonnull (reused);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  title = find_title_label (GTK_WIDGET (reused));
  g_assert_nonnull (title);
  g_assert_cmpstr (gtk_label_get_label (title), ==, inovda_evidence_row_get_evidence (reused)->file_name);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (title)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_evidence_attach (Fixture *fixture,
                      gconstpointer data)
{
  InovdaInnovationPage *page = NULL;
  InovdaWindow *window = open_demo_window (fixture, &page);
  InovdaIndicatorPanel *panel = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "indicator_panel");
  AdwViewStack *view_stack = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "view_stack");
  gint64 id = first_reported (fixture->portfolio);
  g_autoptr (InovdaCatalogue) catalogue = inovda_portfolio_get_catalogue (fixture->portfolio, INOVDA_DEMO_YEAR, NULL);
  const InovdaIndicator *first = g_ptr_array_index (catalogue->sid, 0);
  const InovdaIndicator *second = g_ptr_array_index (catalogue->sid, 1);
  InovdaIndicatorRow *first_row;
  InovdaIndicatorRow *second_row;
  g_autoptr (GFile) file = write_temp_file (fixture, "sk-inovasi.pdf", "%PDF-1.4 SK Bupati tentang Inovasi Daerah 2026");
  g_autoptr (GFile) copy = write_temp_file (fixture, "salinan-sk.pdf", "%PDF-1.4 SK Bupati tentang Inovasi Daerah 2026");
  guint n_before_first;
  guint n_before_second;
  guint n_files;
  InovdaEvidenceRow *evidence_row;

  g_assert_true (inovda_innovation_page_open (page, id));
  adw_view_stack_set_visible_child_name (view_stack, "indicators");
  first_row = inovda_indicator_panel_get_row (panel, first->id);
  second_row = inovda_indicator_panel_get_row (panel, second->id);
  n_before_first = inovda_indicator_row_get_evidence_rows (first_row)->len;
  n_before_second = inovda_indicator_row_get_evidence_rows (second_row)->len;
  n_files = inovda_portfolio_count_files (fixture->portfolio);

  /* The chooser's and the drop's path: the file is stored by its hash. */
  attach_and_wait (first_row, file, n_before_first + 1);
  g_assert_cmpuint (inovda_portfolio_count_files (fixture->portfolio), ==, n_files + 1);
  evidence_row = g_ptr_array_index (inovda_indicator_row_get_evidence_rows (first_row), n_before_first);
  g_assert_cmpstr (inovda_evidence_row_get_evidence (evidence_row)->file_name, ==, "sk-inovasi.pdf");
  g_assert_null (inovda_evidence_row_get_reuse_text (evidence_row));

  /* The same bytes under another name, elsewhere: stored once, marked. */
  attach_and_wait (second_row, copy, n_before_second + 1);
  g_assert_cmpuint (inovda_portfolio_count_files (fixture->portfolio), ==, n_files + 1);
  evidence_row = g_ptr_array_index (inovda_indicator_row_get_evidence_rows (second_row), n_before_second);
  g_assert_cmpuint (inovda_evidence_row_get_evidence (evidence_row)->reuse_count, ==, 1);
  {
    g_autofree char *expected = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Also used in %u other place",
                                                              "Also used in %u other places", 1),
                                                 1);

    g_assert_cmpstr (inovda_evidence_row_get_reuse_text (evidence_row), ==, expected);
  }

  /* Opening writes the stored bytes to the cache for the system viewer. */
  {
    g_autoptr (GError) error = NULL;
    g_autofree char *path = inovda_evidence_row_write_to_cache (evidence_row, &error);
    g_autofree char *contents = NULL;

    g_assert_no_error (error);
    g_assert_true (g_str_has_prefix (path, g_get_user_cache_dir ()));
    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "%PDF-1.4 SK Bupati tentang Inovasi Daerah 2026");
  }

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  inovda_test_save_screenshot (GTK_WIDGET (window), "indicator-evidence");

  /* The open portfolio itself is refused, and nothing is attached. */
  {
    g_autoptr (GFile) own = g_file_new_for_path (inovda_portfolio_get_path (fixture->portfolio));
    guint n = inovda_indicator_row_get_evidence_rows (first_row)->len;
    AdwMessageDialog *dialog;

    attach_and_wait (first_row, own, n);
    dialog = find_message_dialog ();
    g_assert_nonnull (dialog);
    {
      g_autofree char *name = g_file_get_basename (own);
      g_autofree char *refusal = g_strdup_printf (_ ("%s is the open portfolio itself and cannot be attached as evidence"), name);

      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), refusal));
    }
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  /* Removing it is one undoable edit. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (evidence_row), "evidence.remove", NULL));
  g_assert_cmpuint (inovda_indicator_row_get_evidence_rows (second_row)->len, ==, n_before_second);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (inovda_indicator_row_get_evidence_rows (second_row)->len, ==, n_before_second + 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_add_delete_resubmit (Fixture *fixture,
                          gconstpointer data)
{
  InovdaInnovationPage *page = NULL;
  InovdaWindow *window = open_demo_window (fixture, &page);
  GtkColumnView *column_view = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "column_view");
  GListModel *shown = G_LIST_MODEL (gtk_column_view_get_model (column_view));
  guint n_all = g_list_model_get_n_items (shown);
  AdwMessageDialog *dialog;
  GtkWidget *box;
  GtkDropDown *units;
  GtkStack *stack;
  gint64 id;

  /* Add: a name and a unit in a dialog; the new innovation opens. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "innovations.add", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  box = adw_message_dialog_get_extra_child (dialog);
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_first_child (box)), "Layanan Keliling Adminduk");
  /* With every agency listed, none is chosen for the analyst: the
   * drop-down asks for one, and Add waits for it. */
  units = GTK_DROP_DOWN (gtk_widget_get_last_child (box));
  g_assert_cmpuint (gtk_drop_down_get_selected (units), ==, GTK_INVALID_LIST_POSITION);
  stack = find_descendant (GTK_WIDGET (units), GTK_TYPE_STACK);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_stack_get_visible_child (stack))), ==, _ ("Choose an agency"));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  gtk_drop_down_set_selected (units, 0);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  adw_message_dialog_response (dialog, "add");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin_until_n_items (shown, n_all + 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all + 1);
  id = inovda_innovation_page_get_open_id (page);
  g_assert_cmpint (id, !=, 0);
  {
    g_autoptr (InovdaInnovation) stored = inovda_portfolio_get_innovation (fixture->portfolio, id, NULL);

    g_assert_cmpstr (inovda_innovation_get_name (stored), ==, "Layanan Keliling Adminduk");
  }

  /* Delete, with the toast's undo bringing it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "innovations.delete", NULL));
  g_assert_null (inovda_portfolio_get_innovation (fixture->portfolio, id, NULL));
  g_assert_cmpint (inovda_innovation_page_get_open_id (page), ==, 0);
  spin_until_n_items (shown, n_all);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);
  /* The keyboard goes on in the list, not in the search. */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

    g_assert_nonnull (focus);
    g_assert_true (focus == GTK_WIDGET (column_view) || gtk_widget_is_ancestor (focus, GTK_WIDGET (column_view)));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_nonnull (inovda_portfolio_get_innovation (fixture->portfolio, id, NULL));
  spin_until_n_items (shown, n_all + 1);

  /* Resubmit an innovation of the year before for the demo year. */
  {
    g_autoptr (GListModel) previous = list_scored (fixture->portfolio, INOVDA_DEMO_YEAR - 1);
    g_autoptr (GListModel) current = list_scored (fixture->portfolio, INOVDA_DEMO_YEAR);
    gint64 candidate = 0;
    guint n_levels = 0;
    g_autoptr (InovdaCatalogue) catalogue = inovda_portfolio_get_catalogue (fixture->portfolio, INOVDA_DEMO_YEAR - 1, NULL);

    for (guint i = 0; i < g_list_model_get_n_items (previous) && candidate == 0; i++)
      {
        g_autoptr (InovdaInnovation) before = g_list_model_get_item (previous, i);
        g_autoptr (InovdaInnovation) now = g_list_model_get_item (current, i);

        if (inovda_innovation_get_status (before) != NULL && inovda_innovation_get_status (now) == NULL)
          candidate = inovda_innovation_get_id (before);
      }
    g_assert_cmpint (candidate, !=, 0);
    g_assert_nonnull (catalogue);
    for (guint i = 0; i < catalogue->sid->len; i++)
      {
        const InovdaIndicator *indicator = g_ptr_array_index (catalogue->sid, i);

        n_levels += inovda_portfolio_get_sid_level (fixture->portfolio, candidate, INOVDA_DEMO_YEAR - 1,
                                                    indicator->id, NULL, NULL) > 0;
      }

    inovda_window_set_year (window, INOVDA_DEMO_YEAR - 1);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    g_assert_true (inovda_innovation_page_open (page, candidate));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "innovations.resubmit", NULL));
    dialog = find_message_dialog ();
    g_assert_nonnull (dialog);
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "resubmit"));
    gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)),
                           "Ditambah layanan daring dan pengingat WhatsApp sejak Maret 2026");
    adw_message_dialog_response (dialog, "resubmit");
    gtk_window_destroy (GTK_WINDOW (dialog));

    {
      g_autoptr (GListModel) after = list_scored (fixture->portfolio, INOVDA_DEMO_YEAR);
      guint n_copied = 0;
      g_autoptr (InovdaCatalogue) next = inovda_portfolio_get_catalogue (fixture->portfolio, INOVDA_DEMO_YEAR, NULL);

      for (guint i = 0; i < g_list_model_get_n_items (after); i++)
        {
          g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (after, i);

          if (inovda_innovation_get_id (innovation) == candidate)
            g_assert_cmpstr (inovda_innovation_get_status (innovation), ==, "draf");
        }
      for (guint i = 0; i < next->sid->len; i++)
        {
          const InovdaIndicator *indicator = g_ptr_array_index (next->sid, i);

          n_copied += inovda_portfolio_get_sid_level (fixture->portfolio, candidate, INOVDA_DEMO_YEAR,
                                                      indicator->id, NULL, NULL) > 0;
        }
      g_assert_cmpuint (n_copied, >, 0);
      g_assert_cmpuint (n_copied, <=, n_levels);
    }

    /* One undo takes the whole resubmission away. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    {
      g_autoptr (GListModel) after = list_scored (fixture->portfolio, INOVDA_DEMO_YEAR);

      for (guint i = 0; i < g_list_model_get_n_items (after); i++)
        {
          g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (after, i);

          if (inovda_innovation_get_id (innovation) == candidate)
            g_assert_null (inovda_innovation_get_status (innovation));
        }
    }
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* ------------------------------------------------------------------------ */

/* On a narrow laptop the editor's buttons give way before its title does. */
static void
test_narrow_header (Fixture *fixture,
                    gconstpointer data)
{
  InovdaInnovationPage *page = NULL;
  InovdaWindow *window = open_demo_window_sized (fixture, 800, 600, &page);
  GtkWidget *title = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "editor_title");

  g_assert_true (inovda_innovation_page_open (page, first_reported (fixture->portfolio)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 800);
  g_assert_cmpint (gtk_widget_get_width (title), >=, 140);
  inovda_test_save_screenshot (GTK_WIDGET (window), "innovation-editor-narrow");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* A letter date that does not exist keeps Add off and the dialog says why. */
static void
test_evidence_dialog_date (Fixture *fixture,
                           gconstpointer data)
{
  InovdaInnovationPage *page = NULL;
  InovdaWindow *window = open_demo_window (fixture, &page);
  AdwMessageDialog *dialog;
  GtkListBox *list;
  GtkEditable *nomor;
  GtkEditable *tanggal;
  g_autofree char *body = NULL;

  inovda_evidence_dialog_present (GTK_WIDGET (window), fixture->portfolio, first_reported (fixture->portfolio),
                                  INOVDA_DEMO_YEAR, "1", NULL);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  body = g_strdup (adw_message_dialog_get_body (dialog));
  list = GTK_LIST_BOX (adw_message_dialog_get_extra_child (dialog));
  nomor = GTK_EDITABLE (gtk_list_box_get_row_at_index (list, 0));
  tanggal = GTK_EDITABLE (gtk_list_box_get_row_at_index (list, 1));
  g_assert_true (INOVDA_IS_DATE_ROW (tanggal));

  gtk_editable_set_text (nomor, "188.4/12/BRIDA/2026");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  gtk_editable_set_text (tanggal, "31/02/2025");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "31/02/2025"));
  gtk_editable_set_text (tanggal, "28/02/2025");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, body);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The first indicator of @id whose claimed level has no evidence, as the
 * scoring sees it; NULL when there is none. */
static char *
first_at_risk (InovdaPortfolio *portfolio,
               gint64 id)
{
  g_autoptr (InovdaRegion) region = inovda_portfolio_get_region (portfolio, INOVDA_DEMO_REGION, NULL);
  g_autoptr (InovdaRegionResult) result = inovda_region_result_load (portfolio, region, INOVDA_DEMO_YEAR);
  int index = inovda_region_year_find (result->region_year, id);
  const InovdaScoreInnovation *innovation = &result->region_year->region.innovations[index];

  g_assert_cmpint (index, >=, 0);
  for (guint i = 0; i < result->catalogue->sid->len; i++)
    if (innovation->level[i] > 0 && result->region_year->n_evidence[index * INOVDA_MAX_INDICATORS + i] == 0)
      return g_strdup (((InovdaIndicator *) g_ptr_array_index (result->catalogue->sid, i))->id);
  return NULL;
}

/* An innovation not counted shows where to fix it: its missing date, its
 * empty mandatory indicator; one counted, its levels without evidence. */
static void
test_show_problem (Fixture *fixture,
                   gconstpointer data)
{
  InovdaInnovationPage *page = NULL;
  InovdaWindow *window = open_demo_window (fixture, &page);
  InovdaInnovationEditor *editor = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "editor");
  GtkWidget *button = template_child (editor, INOVDA_TYPE_INNOVATION_EDITOR, "problem_button");
  GtkWidget *date_row = inovda_innovation_editor_get_field_widget (editor, INOVDA_FIELD_WAKTU_PENERAPAN);
  gint64 id = first_reported (fixture->portfolio);
  g_autoptr (GError) error = NULL;
  g_autofree char *penerapan = NULL;
  GtkWidget *focus;

  g_assert_true (inovda_innovation_page_open (page, id));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Counted, with claimed levels that the evidence does not support yet. */
  {
    AdwViewStack *view_stack = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "view_stack");
    InovdaIndicatorPanel *panel = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "indicator_panel");
    g_autofree char *at_risk = first_at_risk (fixture->portfolio, id);
    InovdaIndicatorRow *row;

    g_assert_nonnull (at_risk);
    g_assert_true (gtk_widget_get_visible (button));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.show-problem", NULL));
    g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack), ==, "indicators");
    row = inovda_indicator_panel_get_row (panel, at_risk);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    focus = gtk_window_get_focus (GTK_WINDOW (window));
    g_assert_nonnull (focus);
    g_assert_true (focus == GTK_WIDGET (row) || gtk_widget_is_ancestor (focus, GTK_WIDGET (row)));
    adw_view_stack_set_visible_child_name (view_stack, "profile");
  }

  {
    g_autoptr (InovdaInnovation) stored = inovda_portfolio_get_innovation (fixture->portfolio, id, &error);

    g_assert_no_error (error);
    penerapan = g_strdup (inovda_innovation_get_field (stored, INOVDA_FIELD_WAKTU_PENERAPAN));
  }
  g_assert_true (inovda_portfolio_set_field (fixture->portfolio, id, INOVDA_FIELD_WAKTU_PENERAPAN, "", &error));
  g_assert_no_error (error);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_visible (button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.show-problem", NULL));
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == date_row || gtk_widget_is_ancestor (focus, date_row));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  inovda_test_save_screenshot (GTK_WIDGET (window), "innovation-editor-problem");

  /* Dated again, but a mandatory indicator without a level: the button
   * goes to that indicator's row. */
  {
    g_autoptr (InovdaCatalogue) catalogue = inovda_portfolio_get_catalogue (fixture->portfolio, INOVDA_DEMO_YEAR, &error);
    AdwViewStack *view_stack = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "view_stack");
    InovdaIndicatorPanel *panel = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "indicator_panel");
    const InovdaIndicator *mandatory = NULL;
    InovdaIndicatorRow *row;

    g_assert_no_error (error);
    for (guint i = catalogue->sid->len; i > 0 && mandatory == NULL; i--)
      {
        const InovdaIndicator *indicator = g_ptr_array_index (catalogue->sid, i - 1);

        if (indicator->mandatory)
          mandatory = indicator;
      }
    g_assert_nonnull (mandatory);
    g_assert_true (inovda_portfolio_set_field (fixture->portfolio, id, INOVDA_FIELD_WAKTU_PENERAPAN, penerapan,
                                               &error));
    g_assert_true (inovda_portfolio_set_sid_level (fixture->portfolio, id, INOVDA_DEMO_YEAR, mandatory->id, 0, NULL,
                                                   &error));
    g_assert_no_error (error);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    g_assert_true (gtk_widget_get_visible (button));

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.show-problem", NULL));
    g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack), ==, "indicators");
    row = inovda_indicator_panel_get_row (panel, mandatory->id);
    g_assert_nonnull (row);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    focus = gtk_window_get_focus (GTK_WINDOW (window));
    g_assert_nonnull (focus);
    g_assert_true (focus == GTK_WIDGET (row) || gtk_widget_is_ancestor (focus, GTK_WIDGET (row)));
  }

  /* Opened from the list with Return, the editor has the keyboard. */
  {
    GtkColumnView *column_view = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "column_view");

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "innovations"));
    adw_view_stack_set_visible_child_name (template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "view_stack"), "profile");
    gtk_widget_activate_action (GTK_WIDGET (page), "innovations.show-list", NULL);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    gtk_widget_grab_focus (GTK_WIDGET (column_view));
    g_signal_emit_by_name (column_view, "activate", 0);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    focus = gtk_window_get_focus (GTK_WINDOW (window));
    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (editor)));
    /* Never the banner's text, which would show all selected. */
    g_assert_false (GTK_IS_LABEL (focus));
    g_assert_false (gtk_widget_get_focusable (template_child (editor, INOVDA_TYPE_INNOVATION_EDITOR, "eligibility_label")));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
collect_action_rows (GtkWidget *widget,
                     GPtrArray *rows)
{
  if (ADW_IS_ACTION_ROW (widget))
    g_ptr_array_add (rows, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_action_rows (child, rows);
}

/* Spins until the focus is in @widget. */
static GtkWidget *
wait_for_focus_in (GtkWindow *window,
                   GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  GtkWidget *focus = NULL;

  while (g_get_monotonic_time () < deadline)
    {
      focus = gtk_window_get_focus (window);
      if (focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget)))
        return focus;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return focus;
}

/* @widget is in the upper half of the visible part of @scrolled. */
static void
assert_revealed (GtkWidget *widget,
                 GtkWidget *scrolled)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, scrolled, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y, <, gtk_widget_get_height (scrolled) / 2);
}

/* A year without innovations: no promise of a predikat a few hundredths
 * away, nor of evidence and eligibility that all is well. */
static void
test_summary_empty_year (Fixture *fixture,
                         gconstpointer data)
{
  InovdaInnovationPage *page = NULL;
  InovdaWindow *window = open_demo_window (fixture, &page);
  InovdaSummaryPage *summary = template_child (window, INOVDA_TYPE_WINDOW, "summary_page");
  const char *description;
  const char *ineligible;
  const char *at_risk;

  inovda_window_set_year (window, 2023);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "summary"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  description = adw_preferences_group_get_description (template_child (summary, INOVDA_TYPE_SUMMARY_PAGE, "gaps_group"));
  {
    g_autofree char *expected = g_strdup_printf (_ ("Without a counted innovation the region cannot be assessed for %d. The single changes that gain the most:"), 2023);

    g_assert_cmpstr (description, ==, expected);
  }
  ineligible = adw_action_row_get_subtitle (template_child (summary, INOVDA_TYPE_SUMMARY_PAGE, "ineligible_row"));
  {
    g_autofree char *expected = g_strdup_printf (_ ("No innovation is reported for %d"), 2023);

    g_assert_cmpstr (ineligible, ==, expected);
  }
  at_risk = adw_action_row_get_subtitle (template_child (summary, INOVDA_TYPE_SUMMARY_PAGE, "at_risk_row"));
  g_assert_cmpstr (at_risk, ==, _ ("No innovation is counted yet"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Every Ringkasan gap row leads to where its change is made: a region
 * indicator's row on Indikator Pemda, opened and scrolled to, with the
 * cursor on it; an innovation's indicator on its Indikator tab. */
static void
test_gap_rows (Fixture *fixture,
               gconstpointer data)
{
  InovdaInnovationPage *page = NULL;
  InovdaWindow *window = open_demo_window (fixture, &page);
  InovdaSummaryPage *summary = template_child (window, INOVDA_TYPE_WINDOW, "summary_page");
  InovdaSpdPage *spd_page = template_child (window, INOVDA_TYPE_WINDOW, "spd_page");
  GtkWidget *gaps_group = template_child (summary, INOVDA_TYPE_SUMMARY_PAGE, "gaps_group");
  AdwViewStack *view_stack = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "view_stack");
  InovdaIndicatorPanel *panel = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "indicator_panel");
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  g_autoptr (InovdaRegion) region = inovda_portfolio_get_region (fixture->portfolio, INOVDA_DEMO_REGION, NULL);
  g_autoptr (InovdaRegionResult) result = inovda_region_result_load (fixture->portfolio, region, INOVDA_DEMO_YEAR);
  InovdaIndicator *last_sid = g_ptr_array_index (result->catalogue->sid, result->catalogue->sid->len - 1);
  gint64 innovation_id = first_reported (fixture->portfolio);
  GtkWidget *spd_row_widget = NULL;
  GtkWidget *indicator_row;
  const char *indicator = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "summary"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  collect_action_rows (gaps_group, rows);
  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      const char *action = gtk_actionable_get_action_name (GTK_ACTIONABLE (row));

      g_assert_nonnull (action);
      g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
      if (spd_row_widget == NULL && g_strcmp0 (action, "win.show-region-indicator") == 0)
        spd_row_widget = row;
    }
  /* An agency that has not reported opens its (empty) list, where one is added. */
  {
    g_autoptr (GPtrArray) unit_rows = g_ptr_array_new ();
    GtkWidget *units_group = template_child (summary, INOVDA_TYPE_SUMMARY_PAGE, "units_group");

    collect_action_rows (units_group, unit_rows);
    g_assert_cmpuint (unit_rows->len, >, 0);
    for (guint i = 0; i < unit_rows->len; i++)
      {
        GtkActionable *row = g_ptr_array_index (unit_rows, i);
        const char *action = gtk_actionable_get_action_name (row);

        g_assert_true (g_strcmp0 (action, "win.show-unit-innovations") == 0 ||
                       g_strcmp0 (action, "win.show-section") == 0);
      }
  }

  /* The demo's largest gains are region indicators. */
  g_assert_nonnull (spd_row_widget);
  indicator = g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (spd_row_widget)), NULL);
  g_assert_true (gtk_widget_activate (spd_row_widget));
  g_assert_cmpstr (inovda_window_get_section (window), ==, "region-indicators");
  {
    GtkWidget *spd_row = GTK_WIDGET (inovda_spd_page_get_row (spd_page, indicator));

    g_assert_nonnull (spd_row);
    g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (spd_row)));
    g_assert_nonnull (wait_for_focus_in (GTK_WINDOW (window), spd_row));
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    assert_revealed (spd_row, template_child (spd_page, INOVDA_TYPE_SPD_PAGE, "scrolled_window"));
    inovda_test_save_screenshot (GTK_WIDGET (window), "summary-gap-region-indicator");
  }

  /* The last SID indicator lies far below the top of the Indikator tab. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-innovation-indicator", "(xs)",
                                             innovation_id, last_sid->id));
  g_assert_cmpstr (inovda_window_get_section (window), ==, "innovations");
  g_assert_cmpint (inovda_innovation_page_get_open_id (page), ==, innovation_id);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack), ==, "indicators");
  indicator_row = GTK_WIDGET (inovda_indicator_panel_get_row (panel, last_sid->id));
  g_assert_nonnull (indicator_row);
  g_assert_nonnull (wait_for_focus_in (GTK_WINDOW (window), indicator_row));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  assert_revealed (indicator_row, template_child (panel, INOVDA_TYPE_INDICATOR_PANEL, "scrolled_window"));
  inovda_test_save_screenshot (GTK_WIDGET (window), "summary-gap-indicator");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* A region without regional agencies cannot have an innovation added: its
 * empty list leads to the Perangkat Daerah page instead of offering a
 * button that is off. */
static void
test_no_units_empty_state (Fixture *fixture,
                           gconstpointer data)
{
  InovdaInnovationPage *page;
  InovdaWindow *window = open_demo_window (fixture, &page);
  GtkWidget *button = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "no_results_button");
  g_autoptr (GListModel) units = inovda_portfolio_list_units (fixture->portfolio, "63.01", INOVDA_DEMO_YEAR, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 0);
  inovda_window_select_region (window, "63.01");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "innovations"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.show-section");
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (inovda_window_get_section (window), ==, "units");

  /* Back on the demo region the list is shown, not the empty state. */
  inovda_window_select_region (window, INOVDA_DEMO_REGION);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "innovations"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_false (gtk_widget_get_mapped (button));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Typing is saved after a pause, and also now and then while it goes on
 * without one: a crash or a power cut during a long stretch of typing
 * loses only its last moments. */
static void
test_save_while_typing (Fixture *fixture,
                        gconstpointer data)
{
  InovdaInnovationPage *page = NULL;
  InovdaWindow *window = open_demo_window (fixture, &page);
  InovdaInnovationEditor *editor = template_child (page, INOVDA_TYPE_INNOVATION_PAGE, "editor");
  gint64 id = first_reported (fixture->portfolio);
  g_autoptr (InovdaInnovation) stored = NULL;
  g_autoptr (GString) typed = g_string_new ("Pemantauan");
  GtkWidget *row;

  g_assert_true (inovda_innovation_page_open (page, id));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  row = inovda_innovation_editor_get_field_widget (editor, INOVDA_FIELD_NAMA_INISIATOR);

  for (guint i = 0; i < 30; i++)
    {
      g_string_append_c (typed, 'a' + i % 26);
      gtk_editable_set_text (GTK_EDITABLE (row), typed->str);
      spin_for (100);
    }

  stored = inovda_portfolio_get_innovation (fixture->portfolio, id, NULL);
  g_assert_true (g_str_has_prefix (inovda_innovation_get_field (stored, INOVDA_FIELD_NAMA_INISIATOR), "Pemantauanabcdefghij"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int argc,
      char *argv[])
{
  if (!inovda_test_ui_init (&argc, &argv))
    return 0;

  g_test_add ("/inovda/innovation-editor/new-destroy", Fixture, NULL,
              fixture_setup, test_widgets_new_destroy, fixture_teardown);
  g_test_add ("/inovda/innovation-editor/date-parse", Fixture, NULL,
              fixture_setup, test_date_parse, fixture_teardown);
  g_test_add_func ("/inovda/innovation-editor/date-parse-indonesian", test_date_parse_indonesian);
  g_test_add_func ("/inovda/innovation-editor/date-row-normalizes", test_date_row_normalizes);
  g_test_add ("/inovda/innovation-page/no-units", Fixture, NULL,
              fixture_setup, test_no_units_empty_state, fixture_teardown);
  g_test_add ("/inovda/innovation-page/filters", Fixture, NULL,
              fixture_setup, test_list_filters, fixture_teardown);
  g_test_add ("/inovda/innovation-page/cells", Fixture, NULL,
              fixture_setup, test_list_cells, fixture_teardown);
  g_test_add ("/inovda/innovation-editor/narrow-header", Fixture, NULL,
              fixture_setup, test_narrow_header, fixture_teardown);
  g_test_add ("/inovda/indicator-panel/evidence-dialog-date", Fixture, NULL,
              fixture_setup, test_evidence_dialog_date, fixture_teardown);
  g_test_add ("/inovda/innovation-editor/show-problem", Fixture, NULL,
              fixture_setup, test_show_problem, fixture_teardown);
  g_test_add ("/inovda/summary-page/empty-year", Fixture, NULL,
              fixture_setup, test_summary_empty_year, fixture_teardown);
  g_test_add ("/inovda/summary-page/gap-rows", Fixture, NULL,
              fixture_setup, test_gap_rows, fixture_teardown);
  g_test_add ("/inovda/innovation-editor/switch-innovation", Fixture, NULL,
              fixture_setup, test_switch_innovation, fixture_teardown);
  g_test_add ("/inovda/innovation-editor/edit-undo-redo", Fixture, NULL,
              fixture_setup, test_edit_undo_redo, fixture_teardown);
  g_test_add ("/inovda/innovation-editor/save-while-typing", Fixture, NULL,
              fixture_setup, test_save_while_typing, fixture_teardown);
  g_test_add ("/inovda/indicator-panel/level", Fixture, NULL,
              fixture_setup, test_indicator_level, fixture_teardown);
  g_test_add ("/inovda/indicator-panel/verified-evidence", Fixture, NULL,
              fixture_setup, test_indicator_verified_evidence, fixture_teardown);
  g_test_add ("/inovda/indicator-panel/evidence", Fixture, NULL,
              fixture_setup, test_evidence_attach, fixture_teardown);
  g_test_add ("/inovda/innovation-page/evidence-reuse-narrow", Fixture, NULL,
              fixture_setup, test_evidence_reuse_narrow, fixture_teardown);
  g_test_add ("/inovda/indicator-panel/attach-row-widths", Fixture, NULL,
              fixture_setup, test_evidence_attach_row_widths, fixture_teardown);
  g_test_add ("/inovda/innovation-page/add-delete-resubmit", Fixture, NULL,
              fixture_setup, test_add_delete_resubmit, fixture_teardown);

  return g_test_run ();
}
