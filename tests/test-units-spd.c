/* test-units-spd.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-units-spd"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "model/inovda-decimal.h"
#include "storage/inovda-demo.h"
#include "ui/inovda-acceleration-page.h"
#include "ui/inovda-export-dialog.h"
#include "ui/inovda-import-dialog.h"
#include "ui/inovda-innovation-page.h"
#include "ui/inovda-settings.h"
#include "ui/inovda-spd-evidence-dialog.h"
#include "ui/inovda-spd-page.h"
#include "ui/inovda-task-dialog.h"
#include "ui/inovda-ui-format.h"
#include "ui/inovda-unit-dialog.h"
#include "ui/inovda-unit-page.h"
#include "ui/inovda-unit-row.h"
#include "ui/inovda-window.h"
#include "inovda-test-ui.h"

typedef struct
{
  char *folder;
  char *path;
  InovdaPortfolio *portfolio;
  InovdaWindow *window;
} Fixture;

static void
fixture_setup (Fixture *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  reset_settings ();

  fixture->folder = g_dir_make_tmp ("inovda-test-units-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->folder, "test.inovda", NULL);
  fixture->portfolio = inovda_portfolio_open (fixture->path, &error);
  g_assert_no_error (error);

  /* data != NULL: start from the demo portfolio. */
  if (data != NULL)
    {
      g_assert_true (inovda_demo_populate (fixture->portfolio, FALSE, &error));
      g_assert_no_error (error);
    }
}

/* Exports leave files and a "-berkas" folder behind; SQLite may remove its
 * -wal and -shm files while the folder is read. */
static void
remove_tree (const char *folder)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (folder);
}

static void
fixture_teardown (Fixture *fixture,
                  gconstpointer data)
{
  if (fixture->window != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (fixture->window));
      g_assert_finalize_object (fixture->window);
    }
  g_assert_finalize_object (fixture->portfolio);

  remove_tree (fixture->folder);

  g_free (fixture->path);
  g_free (fixture->folder);
}

/* ------------------------------------------------------------------------ */

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static InovdaWindow *
open_window (Fixture *fixture,
             const char *section,
             int width,
             int height)
{
  InovdaWindow *window = g_object_ref (inovda_window_new (NULL, fixture->portfolio));

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  if (inovda_window_get_region_code (window) != NULL)
    inovda_window_set_year (window, INOVDA_DEMO_YEAR);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", section));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  fixture->window = window;
  return window;
}

/* The shown window of @type: choosers stay hidden until their last
 * reference goes. */
static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_type_is_a (G_OBJECT_TYPE (window), type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static InovdaUnit *
store_unit (InovdaPortfolio *portfolio,
            const char *code,
            int year)
{
  g_autoptr (GListModel) units = NULL;
  g_autoptr (GError) error = NULL;

  units = inovda_portfolio_list_units (portfolio, INOVDA_DEMO_REGION, year, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (units, i);

      if (g_strcmp0 (inovda_unit_get_code (unit), code) == 0)
        return g_steal_pointer (&unit);
    }
  return NULL;
}

static InovdaUnitRow *
shown_row (InovdaUnitPage *page,
           const char *code)
{
  GListModel *rows = inovda_unit_page_get_rows (page);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (InovdaUnitRow) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (inovda_unit_row_get_code (row), code) == 0)
        return row;
    }
  return NULL;
}

static InovdaUnitDialog *
take_unit_dialog (void)
{
  InovdaUnitDialog *dialog = INOVDA_UNIT_DIALOG (find_toplevel (INOVDA_TYPE_UNIT_DIALOG));

  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  return dialog;
}

static void
respond (gpointer dialog,
         const char *response)
{
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), response));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
}

static InovdaRegionYear *
load_region_year (InovdaPortfolio *portfolio,
                  const char *region_code,
                  int year)
{
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  g_autoptr (GError) error = NULL;
  InovdaRegionYear *region_year;

  catalogue = inovda_portfolio_get_catalogue (portfolio, year, &error);
  g_assert_no_error (error);
  region_year = inovda_portfolio_load_region_year (portfolio, catalogue, region_code, year, &error);
  g_assert_no_error (error);
  return region_year;
}

static int
stored_spd_level (InovdaPortfolio *portfolio,
                  const char *indicator)
{
  g_autoptr (InovdaRegionYear) region_year = load_region_year (portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR);
  int index = inovda_catalogue_indicator_index (region_year->catalogue, INOVDA_ASPECT_SPD, indicator);

  g_assert_cmpint (index, >=, 0);
  return index >= 0 ? region_year->region.spd_level[index] : -1;
}

static char *
stored_spd_raw (InovdaPortfolio *portfolio,
                const char *indicator)
{
  g_autoptr (InovdaRegionYear) region_year = load_region_year (portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR);
  int index = inovda_catalogue_indicator_index (region_year->catalogue, INOVDA_ASPECT_SPD, indicator);

  g_assert_cmpint (index, >=, 0);
  return index >= 0 ? g_strdup (region_year->spd_raw_values[index]) : NULL;
}

static void
wait_for_state (InovdaImportDialog *dialog,
                InovdaImportDialogState state)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (inovda_import_dialog_get_state (dialog) != state && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_cmpint (inovda_import_dialog_get_state (dialog), ==, state);
}

static GFile *
fixture_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "exchange-ui", name, NULL);

  return g_file_new_for_path (path);
}

/* ------------------------------------------------------------------------ */

static void
test_new_destroy (Fixture *fixture,
                  gconstpointer data)
{
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  g_autoptr (GListModel) units = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaUnit) unit = NULL;
  GtkWidget *widget;
  GtkWindow *dialog;

  widget = g_object_ref_sink (g_object_new (INOVDA_TYPE_UNIT_PAGE, NULL));
  inovda_unit_page_show (INOVDA_UNIT_PAGE (widget), NULL, NULL);
  g_assert_finalize_object (widget);

  widget = g_object_ref_sink (g_object_new (INOVDA_TYPE_SPD_PAGE, NULL));
  inovda_spd_page_show (INOVDA_SPD_PAGE (widget), NULL, NULL);
  g_assert_finalize_object (widget);

  catalogue = inovda_portfolio_get_catalogue (fixture->portfolio, INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < catalogue->spd->len; i++)
    {
      widget = g_object_ref_sink (GTK_WIDGET (inovda_spd_row_new (catalogue, i)));
      g_assert_finalize_object (widget);
    }

  unit = inovda_unit_new (1, "63", "DISDIK", "Dinas Pendidikan", NULL);
  units = G_LIST_MODEL (g_list_store_new (INOVDA_TYPE_UNIT));
  g_list_store_append (G_LIST_STORE (units), unit);
  for (int mode = INOVDA_UNIT_DIALOG_ADD; mode <= INOVDA_UNIT_DIALOG_MERGE; mode++)
    {
      dialog = g_object_ref (GTK_WINDOW (inovda_unit_dialog_new (NULL, mode, units, unit)));
      gtk_window_destroy (dialog);
      g_assert_finalize_object (dialog);
    }

  dialog = g_object_ref (GTK_WINDOW (inovda_spd_evidence_dialog_new (NULL, "Opini BPK", "PDF")));
  gtk_window_destroy (dialog);
  g_assert_finalize_object (dialog);

  dialog = g_object_ref (GTK_WINDOW (inovda_export_dialog_new (NULL, "Provinsi Kalimantan Selatan", 2026)));
  gtk_window_destroy (dialog);
  g_assert_finalize_object (dialog);

  dialog = g_object_ref (GTK_WINDOW (inovda_export_dialog_new_template (NULL, units, 2026)));
  gtk_window_destroy (dialog);
  g_assert_finalize_object (dialog);

  dialog = g_object_ref (GTK_WINDOW (inovda_task_dialog_new (NULL, "Writing", NULL)));
  inovda_task_dialog_finish (INOVDA_TASK_DIALOG (dialog));
  g_assert_finalize_object (dialog);
}

static void
test_evidence_dates (void)
{
  const struct
  {
    const char *text;
    const char *iso;
  } cases[] = {
    { "01/03/2026", "2026-03-01" },
    { "1/3/2026", "2026-03-01" },
    { "2026-03-01", "2026-03-01" },
    { "31/02/2026", NULL },
    { "2026-13-01", NULL },
    { "01/03/2026x", NULL },
    { "kemarin", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = inovda_spd_evidence_parse_date (cases[i].text);

      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

static void
test_unit_counts (Fixture *fixture,
                  gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, "units", 1280, 860);
  InovdaUnitPage *page = template_child (window, INOVDA_TYPE_WINDOW, "unit_page");
  GListModel *rows = inovda_unit_page_get_rows (page);
  g_autoptr (GListModel) units = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaRegionYear) region_year = NULL;
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  InovdaRegionScore score = { 0 };
  guint n_checked_years = 0;

  units = inovda_portfolio_list_units (fixture->portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, g_list_model_get_n_items (units));

  /* Each year column against the store's own count for that year. */
  for (int year = INOVDA_UNIT_ROW_FIRST_YEAR; year < INOVDA_UNIT_ROW_FIRST_YEAR + INOVDA_UNIT_ROW_N_YEARS; year++)
    {
      g_autoptr (GListModel) counts = inovda_portfolio_list_units (fixture->portfolio, INOVDA_DEMO_REGION, year, &error);
      guint total = 0;

      g_assert_no_error (error);
      for (guint i = 0; i < g_list_model_get_n_items (counts); i++)
        {
          g_autoptr (InovdaUnit) unit = g_list_model_get_item (counts, i);
          InovdaUnitRow *row = shown_row (page, inovda_unit_get_code (unit));

          g_assert_nonnull (row);
          g_assert_cmpuint (inovda_unit_row_get_count (row, year), ==, inovda_unit_get_n_innovations (unit));
          total += inovda_unit_get_n_innovations (unit);
        }
      if (total > 0)
        n_checked_years++;
    }
  g_assert_cmpuint (n_checked_years, >=, 2);

  /* The rule for the chosen year, and the average klaim kematangan from
   * the engine. */
  catalogue = inovda_portfolio_get_catalogue (fixture->portfolio, INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);
  region_year = inovda_portfolio_load_region_year (fixture->portfolio, catalogue, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);
  inovda_score_region (catalogue, &region_year->region, &score);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (units, i);
      InovdaUnitRow *row = shown_row (page, inovda_unit_get_code (unit));
      gint64 sum = 0;
      guint n = 0, n_reported = 0;

      g_assert_cmpint (inovda_unit_row_get_compliant (row), ==, inovda_unit_get_n_innovations (unit) > 0);
      /* A draft is not reported; the average is that of the counted
       * innovations, as on the summary. */
      for (guint j = 0; j < region_year->region.n_innovations; j++)
        if (g_strcmp0 (region_year->region.innovations[j].unit_code, inovda_unit_get_code (unit)) == 0)
          {
            const InovdaInnovationScore *scored = &g_array_index (score.klaim.innovations, InovdaInnovationScore, j);

            n_reported += region_year->region.innovations[j].status != INOVDA_STATUS_DRAF;
            if (scored->ineligible != 0)
              continue;
            sum += scored->kematangan;
            n++;
          }
      g_assert_cmpuint (inovda_unit_get_n_innovations (unit), ==, n_reported);
      g_assert_cmpint (inovda_unit_row_get_average (row), ==, n > 0 ? inovda_decimal_div_half_up (sum, n) : -1);
    }
  inovda_region_score_clear (&score);
}

static void
test_unit_edits (Fixture *fixture,
                 gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, "units", 1280, 860);
  InovdaUnitPage *page = template_child (window, INOVDA_TYPE_WINDOW, "unit_page");
  InovdaUnitDialog *dialog;
  g_autoptr (InovdaUnit) unit = NULL;
  g_autoptr (InovdaUnit) source = NULL;
  g_autoptr (InovdaUnit) target = NULL;
  guint n_source;
  guint n_target;
  GtkDropDown *target_dropdown;
  GListModel *targets;

  /* Add */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "units.add", NULL));
  dialog = take_unit_dialog ();
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply"));
  gtk_editable_set_text (template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "code_row"), "DISDIK");
  gtk_editable_set_text (template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "name_row"), "Dinas Baru");
  /* A used code is refused before anything is stored. */
  g_assert_nonnull (inovda_unit_dialog_get_problem (dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  inovda_test_save_screenshot (GTK_WIDGET (dialog), "unit-add-dialog");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply"));
  gtk_editable_set_text (template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "code_row"), "BAPPERIDA");
  gtk_editable_set_text (template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "name_row"), "Badan Perencanaan, Riset dan Inovasi Daerah");
  respond (dialog, "apply");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  unit = store_unit (fixture->portfolio, "BAPPERIDA", INOVDA_DEMO_YEAR);
  g_assert_nonnull (unit);
  g_assert_cmpstr (inovda_unit_get_name (unit), ==, "Badan Perencanaan, Riset dan Inovasi Daerah");
  g_assert_nonnull (shown_row (page, "BAPPERIDA"));
  /* Undo labels name the agencies, as “Add region 63” names the region. */
  {
    g_autofree char *label = g_strdup_printf (_ ("Add %s"), "Badan Perencanaan, Riset dan Inovasi Daerah");

    g_assert_cmpstr (inovda_portfolio_get_undo_label (fixture->portfolio), ==, label);
  }

  /* Rename */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "units.rename", "s", "BAPPERIDA"));
  dialog = take_unit_dialog ();
  gtk_editable_set_text (template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "name_row"), "Bapperida Provinsi");
  respond (dialog, "apply");
  g_clear_object (&unit);
  unit = store_unit (fixture->portfolio, "BAPPERIDA", INOVDA_DEMO_YEAR);
  g_assert_cmpstr (inovda_unit_get_name (unit), ==, "Bapperida Provinsi");
  g_assert_cmpstr (inovda_unit_row_get_name (shown_row (page, "BAPPERIDA")), ==, "Bapperida Provinsi");
  {
    g_autofree char *label = g_strdup_printf (_ ("Rename %s"), "Badan Perencanaan, Riset dan Inovasi Daerah");

    g_assert_cmpstr (inovda_portfolio_get_undo_label (fixture->portfolio), ==, label);
  }

  /* Undo the rename, then the addition. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_clear_object (&unit);
  unit = store_unit (fixture->portfolio, "BAPPERIDA", INOVDA_DEMO_YEAR);
  g_assert_cmpstr (inovda_unit_get_name (unit), ==, "Badan Perencanaan, Riset dan Inovasi Daerah");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_clear_object (&unit);
  g_assert_null (store_unit (fixture->portfolio, "BAPPERIDA", INOVDA_DEMO_YEAR));
  g_assert_null (shown_row (page, "BAPPERIDA"));

  /* Merge BRIDA into BAPPEDA: the innovations follow. */
  source = store_unit (fixture->portfolio, "BRIDA", INOVDA_DEMO_YEAR);
  target = store_unit (fixture->portfolio, "BAPPEDA", INOVDA_DEMO_YEAR);
  n_source = inovda_unit_get_n_innovations (source);
  n_target = inovda_unit_get_n_innovations (target);
  g_assert_cmpuint (n_source, >, 0);

  g_assert_true (inovda_unit_page_select_unit (page, "BRIDA"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "units.merge", "s", "BRIDA"));
  dialog = take_unit_dialog ();
  target_dropdown = template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "target_dropdown");
  targets = gtk_drop_down_get_model (target_dropdown);
  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr (InovdaUnit) candidate = g_list_model_get_item (targets, i);

      g_assert_cmpstr (inovda_unit_get_code (candidate), !=, "BRIDA");
      if (g_strcmp0 (inovda_unit_get_code (candidate), "BAPPEDA") == 0)
        gtk_drop_down_set_selected (target_dropdown, i);
    }
  g_assert_cmpstr (inovda_unit_get_code (inovda_unit_dialog_get_target (dialog)), ==, "BAPPEDA");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  inovda_test_save_screenshot (GTK_WIDGET (dialog), "unit-merge-dialog");
  respond (dialog, "apply");

  g_assert_null (store_unit (fixture->portfolio, "BRIDA", INOVDA_DEMO_YEAR));
  g_clear_object (&target);
  target = store_unit (fixture->portfolio, "BAPPEDA", INOVDA_DEMO_YEAR);
  g_assert_cmpuint (inovda_unit_get_n_innovations (target), ==, n_source + n_target);
  g_assert_cmpuint (inovda_unit_row_get_year_count (shown_row (page, "BAPPEDA")), ==, n_source + n_target);
  inovda_test_save_screenshot (GTK_WIDGET (window), "units-after-merge");
  {
    g_autofree char *label = g_strdup_printf (_ ("Merge %s into %s"), "Badan Riset dan Inovasi Daerah",
                                              "Badan Perencanaan Pembangunan Daerah");

    g_assert_cmpstr (inovda_portfolio_get_undo_label (fixture->portfolio), ==, label);
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_clear_object (&source);
  g_clear_object (&target);
  source = store_unit (fixture->portfolio, "BRIDA", INOVDA_DEMO_YEAR);
  target = store_unit (fixture->portfolio, "BAPPEDA", INOVDA_DEMO_YEAR);
  g_assert_nonnull (source);
  g_assert_cmpuint (inovda_unit_get_n_innovations (source), ==, n_source);
  g_assert_cmpuint (inovda_unit_get_n_innovations (target), ==, n_target);
}

/* A name another agency of the region has is refused, whatever its case
 * and spaces, when adding and when renaming. */
static void
test_unit_duplicate_names (Fixture *fixture,
                           gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, "units", 1280, 860);
  InovdaUnitPage *page = template_child (window, INOVDA_TYPE_WINDOW, "unit_page");
  InovdaUnitDialog *dialog;
  GtkWidget *name_row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "units.add", NULL));
  dialog = take_unit_dialog ();
  name_row = template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "name_row");
  gtk_editable_set_text (template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "code_row"), "DISBARU");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "  dinas   KESEHATAN ");
  g_assert_nonnull (inovda_unit_dialog_get_problem (dialog));
  g_assert_nonnull (strstr (inovda_unit_dialog_get_problem (dialog), "DINKES"));
  g_assert_true (gtk_widget_has_css_class (name_row, "error"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply"));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "DinasKesehatan");
  g_assert_nonnull (inovda_unit_dialog_get_problem (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply"));
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Dinas Kesehatan Hewan");
  g_assert_null (inovda_unit_dialog_get_problem (dialog));
  g_assert_false (gtk_widget_has_css_class (name_row, "error"));
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply"));
  respond (dialog, "cancel");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "units.rename", "s", "DINKES"));
  dialog = take_unit_dialog ();
  name_row = template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "name_row");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "badan riset dan  inovasi daerah");
  g_assert_nonnull (strstr (inovda_unit_dialog_get_problem (dialog), "BRIDA"));
  g_assert_true (gtk_widget_has_css_class (name_row, "error"));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply"));
  /* Its own name, written differently, is no other agency's. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Dinas  kesehatan");
  g_assert_null (inovda_unit_dialog_get_problem (dialog));
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply"));
  respond (dialog, "cancel");
  g_assert_cmpstr (inovda_unit_row_get_name (shown_row (page, "DINKES")), ==, "Dinas Kesehatan");
}

/* The merge dialog starts with no target, its button disabled, and its
 * list of agencies can be searched by name or code. */
static void
test_unit_merge_target (Fixture *fixture,
                        gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, "units", 1280, 860);
  InovdaUnitPage *page = template_child (window, INOVDA_TYPE_WINDOW, "unit_page");
  InovdaUnitDialog *dialog;
  GtkDropDown *target_dropdown;
  GtkEditable *search;
  GtkListView *popup_list;
  GtkStack *stack;
  GListModel *shown;
  g_autoptr (InovdaUnit) found = NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "units.merge", "s", "BRIDA"));
  dialog = take_unit_dialog ();
  target_dropdown = template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "target_dropdown");
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (target_dropdown)), >, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (target_dropdown), ==, GTK_INVALID_LIST_POSITION);
  g_assert_null (inovda_unit_dialog_get_target (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)), ==, "cancel");
  /* The drop-down says what to choose, where GTK 4.8 shows "(None)". */
  stack = find_descendant (GTK_WIDGET (target_dropdown), GTK_TYPE_STACK);
  g_assert_nonnull (stack);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_stack_get_visible_child (stack))), ==, _ ("Choose an agency"));

  /* Searching finds an agency by a word inside its name, and by its code. */
  g_assert_true (gtk_drop_down_get_enable_search (target_dropdown));
  g_assert_nonnull (gtk_drop_down_get_expression (target_dropdown));
  search = find_descendant (GTK_WIDGET (target_dropdown), GTK_TYPE_SEARCH_ENTRY);
  popup_list = find_descendant (GTK_WIDGET (target_dropdown), GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (search);
  g_assert_nonnull (popup_list);
  shown = G_LIST_MODEL (gtk_list_view_get_model (popup_list));
  gtk_editable_set_text (search, "pembangunan");
  spin_until_n_items (shown, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  found = g_list_model_get_item (shown, 0);
  g_assert_cmpstr (inovda_unit_get_code (found), ==, "BAPPEDA");
  g_clear_object (&found);
  gtk_editable_set_text (search, "dinkes");
  spin_until_n_items (shown, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  found = g_list_model_get_item (shown, 0);
  g_assert_cmpstr (inovda_unit_get_code (found), ==, "DINKES");

  /* Choosing one enables the merge. */
  for (guint i = 0; i < g_list_model_get_n_items (gtk_drop_down_get_model (target_dropdown)); i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (gtk_drop_down_get_model (target_dropdown), i);

      if (unit == found)
        position = i;
    }
  gtk_drop_down_set_selected (target_dropdown, position);
  g_assert_cmpstr (inovda_unit_get_code (inovda_unit_dialog_get_target (dialog)), ==, "DINKES");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "item");
  respond (dialog, "cancel");
  g_assert_nonnull (shown_row (page, "BRIDA"));
}

/* In a region of one agency, there is nothing to merge into, and the
 * drop-down says so. */
static void
test_unit_merge_no_target (Fixture *fixture,
                           gconstpointer data)
{
  g_autoptr (GListModel) units = inovda_portfolio_list_units (fixture->portfolio, INOVDA_DEMO_REGION,
                                                              INOVDA_DEMO_YEAR, NULL);
  g_autoptr (InovdaUnit) unit = g_list_model_get_item (units, 0);
  g_autoptr (GListStore) alone = g_list_store_new (INOVDA_TYPE_UNIT);
  InovdaUnitDialog *dialog;
  GtkDropDown *target_dropdown;
  GtkStack *stack;

  g_list_store_append (alone, unit);
  dialog = g_object_ref_sink (inovda_unit_dialog_new (NULL, INOVDA_UNIT_DIALOG_MERGE, G_LIST_MODEL (alone), unit));
  target_dropdown = template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "target_dropdown");
  stack = find_descendant (GTK_WIDGET (target_dropdown), GTK_TYPE_STACK);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (target_dropdown)), ==, 0);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_stack_get_child_by_name (stack, "empty"))), ==,
                   _ ("No other agency"));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (target_dropdown)));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* The New Submission Template dialog asks for the agency, unless the page
 * shown is one agency's or the region has only one. */
static void
test_template_unit_choice (Fixture *fixture,
                           gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, "summary", 1280, 860);
  g_autoptr (GListModel) units = inovda_portfolio_list_units (fixture->portfolio, INOVDA_DEMO_REGION,
                                                              INOVDA_DEMO_YEAR, NULL);
  g_autoptr (InovdaUnit) unit = g_list_model_get_item (units, 0);
  g_autoptr (GListStore) alone = g_list_store_new (INOVDA_TYPE_UNIT);
  InovdaExportDialog *dialog;
  AdwComboRow *unit_row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-template", NULL));
  dialog = INOVDA_EXPORT_DIALOG (find_toplevel (INOVDA_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  unit_row = template_child (dialog, INOVDA_TYPE_EXPORT_DIALOG, "unit_row");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (unit_row)), >, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (unit_row), ==, GTK_INVALID_LIST_POSITION);
  g_assert_null (inovda_export_dialog_get_unit (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "export"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (unit_row)), ==, _ ("Choose an agency"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  inovda_test_save_screenshot (GTK_WIDGET (dialog), "template-dialog-choose");

  /* Choosing one enables Create, and the row names it. */
  inovda_export_dialog_select_unit (dialog, "DINKES");
  g_assert_cmpstr (inovda_unit_get_code (inovda_export_dialog_get_unit (dialog)), ==, "DINKES");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "export"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (unit_row)), ==,
                   inovda_unit_get_name (inovda_export_dialog_get_unit (dialog)));
  respond (dialog, "cancel");

  /* One agency: nothing to choose. */
  g_list_store_append (alone, unit);
  dialog = g_object_ref_sink (inovda_export_dialog_new_template (NULL, G_LIST_MODEL (alone), INOVDA_DEMO_YEAR));
  g_assert_true (inovda_export_dialog_get_unit (dialog) == unit);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "export"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static double
scroll_value (InovdaUnitPage *page)
{
  GtkScrollable *column_view = template_child (page, INOVDA_TYPE_UNIT_PAGE, "column_view");

  return gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (column_view));
}

/* The table's scroll position once the window has been drawn again. */
static double
settled_scroll_value (InovdaWindow *window,
                      InovdaUnitPage *page)
{
  iterate ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  iterate ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return scroll_value (page);
}

static void
choose_target (InovdaUnitDialog *dialog,
               const char *code)
{
  GtkDropDown *target_dropdown = template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "target_dropdown");
  GListModel *targets = gtk_drop_down_get_model (target_dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr (InovdaUnit) candidate = g_list_model_get_item (targets, i);

      if (g_strcmp0 (inovda_unit_get_code (candidate), code) == 0)
        gtk_drop_down_set_selected (target_dropdown, i);
    }
  g_assert_cmpstr (inovda_unit_get_code (inovda_unit_dialog_get_target (dialog)), ==, code);
}

/* Adding, renaming, merging and undoing them keep the table where the
 * user was: the selected agency and the scroll position. */
static void
test_unit_keep_place (Fixture *fixture,
                      gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, "units", 1280, 560);
  InovdaUnitPage *page = template_child (window, INOVDA_TYPE_WINDOW, "unit_page");
  GtkScrollable *column_view = template_child (page, INOVDA_TYPE_UNIT_PAGE, "column_view");
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (column_view);
  GListModel *rows = inovda_unit_page_get_rows (page);
  guint n_rows = g_list_model_get_n_items (rows);
  g_autoptr (InovdaUnitRow) last = g_list_model_get_item (rows, n_rows - 1);
  g_autoptr (InovdaUnitRow) before_last = g_list_model_get_item (rows, n_rows - 2);
  g_autofree char *last_code = g_strdup (inovda_unit_row_get_code (last));
  g_autofree char *before_last_code = g_strdup (inovda_unit_row_get_code (before_last));
  g_autofree char *renamed = g_strdup_printf ("%s Provinsi", inovda_unit_row_get_name (last));
  InovdaUnitDialog *dialog;
  double bottom;
  double place;

  /* The table scrolls, and the user went to its end. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), >, gtk_adjustment_get_page_size (vadjustment) + 100);
  g_assert_true (inovda_unit_page_select_unit (page, before_last_code));
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment) - gtk_adjustment_get_page_size (vadjustment));
  bottom = settled_scroll_value (window, page);
  g_assert_cmpfloat (bottom, >, 100);

  /* Rename */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "units.rename", "s", before_last_code));
  dialog = take_unit_dialog ();
  gtk_editable_set_text (template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "name_row"), renamed);
  respond (dialog, "apply");
  g_assert_cmpstr (inovda_unit_page_get_selected_code (page), ==, before_last_code);
  g_assert_cmpfloat_with_epsilon (settled_scroll_value (window, page), bottom, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (inovda_unit_page_get_selected_code (page), ==, before_last_code);
  g_assert_cmpfloat_with_epsilon (settled_scroll_value (window, page), bottom, 1);

  /* Merge: the target is selected, the table stays at its end. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "units.merge", "s", before_last_code));
  dialog = take_unit_dialog ();
  choose_target (dialog, last_code);
  respond (dialog, "apply");
  g_assert_null (shown_row (page, before_last_code));
  g_assert_cmpstr (inovda_unit_page_get_selected_code (page), ==, last_code);
  g_assert_cmpfloat (settled_scroll_value (window, page), >, 100);
  g_assert_cmpfloat_with_epsilon (scroll_value (page),
                                  gtk_adjustment_get_upper (vadjustment) - gtk_adjustment_get_page_size (vadjustment), 1);

  place = scroll_value (page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_nonnull (shown_row (page, before_last_code));
  g_assert_cmpstr (inovda_unit_page_get_selected_code (page), ==, last_code);
  g_assert_cmpfloat_with_epsilon (settled_scroll_value (window, page), place, 1);

  /* Add: the new agency is selected; undoing it keeps the place. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "units.add", NULL));
  dialog = take_unit_dialog ();
  gtk_editable_set_text (template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "code_row"), "ZBARU");
  gtk_editable_set_text (template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "name_row"), "Zona Baru");
  respond (dialog, "apply");
  g_assert_cmpstr (inovda_unit_page_get_selected_code (page), ==, "ZBARU");
  g_assert_cmpfloat (settled_scroll_value (window, page), >, 100);
  g_assert_cmpfloat_with_epsilon (scroll_value (page),
                                  gtk_adjustment_get_upper (vadjustment) - gtk_adjustment_get_page_size (vadjustment), 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_null (shown_row (page, "ZBARU"));
  g_assert_cmpfloat_with_epsilon (settled_scroll_value (window, page), bottom, 1);
}

static int
drawn_width (GtkWidget *dialog)
{
  iterate ();
  gtk_test_widget_wait_for_draw (dialog);
  return gtk_widget_get_width (dialog);
}

/* A message under the form wraps within the dialog: the dialog keeps its
 * width. */
static void
test_dialog_widths (Fixture *fixture,
                    gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, "units", 1280, 860);
  InovdaUnitPage *page = template_child (window, INOVDA_TYPE_WINDOW, "unit_page");
  InovdaSpdPage *spd_page = template_child (window, INOVDA_TYPE_WINDOW, "spd_page");
  InovdaSpdEvidenceDialog *evidence_dialog;
  InovdaUnitDialog *dialog;
  int target_width;
  int width;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "units.add", NULL));
  dialog = take_unit_dialog ();
  width = drawn_width (GTK_WIDGET (dialog));
  gtk_editable_set_text (template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "code_row"), "DISDIK");
  gtk_editable_set_text (template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "name_row"), "Dinas Baru");
  g_assert_nonnull (inovda_unit_dialog_get_problem (dialog));
  g_assert_cmpint (drawn_width (GTK_WIDGET (dialog)), ==, width);
  gtk_editable_set_text (template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "code_row"), "DINAS BARU");
  g_assert_nonnull (inovda_unit_dialog_get_problem (dialog));
  g_assert_cmpint (drawn_width (GTK_WIDGET (dialog)), ==, width);
  respond (dialog, "cancel");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "units.rename", "s", "DINKES"));
  dialog = take_unit_dialog ();
  width = drawn_width (GTK_WIDGET (dialog));
  gtk_editable_set_text (template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "name_row"), "Badan Perencanaan Pembangunan Daerah");
  g_assert_nonnull (inovda_unit_dialog_get_problem (dialog));
  g_assert_cmpint (drawn_width (GTK_WIDGET (dialog)), ==, width);
  respond (dialog, "cancel");

  /* Choosing a merge target with a long name does not widen it either. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "units.merge", "s", "DINKES"));
  dialog = take_unit_dialog ();
  width = drawn_width (GTK_WIDGET (dialog));
  target_width = drawn_width (template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "target_dropdown"));
  choose_target (dialog, "BAPPEDA");
  g_assert_cmpint (drawn_width (GTK_WIDGET (dialog)), ==, width);
  g_assert_cmpint (drawn_width (template_child (dialog, INOVDA_TYPE_UNIT_DIALOG, "target_dropdown")), ==, target_width);
  respond (dialog, "cancel");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "region-indicators"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (inovda_spd_page_get_row (spd_page, "12")), "spd-row.add-evidence", NULL));
  evidence_dialog = INOVDA_SPD_EVIDENCE_DIALOG (find_toplevel (INOVDA_TYPE_SPD_EVIDENCE_DIALOG));
  g_assert_nonnull (evidence_dialog);
  width = drawn_width (GTK_WIDGET (evidence_dialog));
  gtk_editable_set_text (template_child (evidence_dialog, INOVDA_TYPE_SPD_EVIDENCE_DIALOG, "tanggal_row"), "31/02/2026");
  g_assert_true (gtk_widget_get_visible (template_child (evidence_dialog, INOVDA_TYPE_SPD_EVIDENCE_DIALOG, "problem_label")));
  g_assert_cmpint (drawn_width (GTK_WIDGET (evidence_dialog)), ==, width);
  respond (evidence_dialog, "cancel");
}

static void
test_unit_drill_down (Fixture *fixture,
                      gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, "units", 1280, 860);
  InovdaUnitPage *page = template_child (window, INOVDA_TYPE_WINDOW, "unit_page");
  InovdaInnovationPage *innovation_page = template_child (window, INOVDA_TYPE_WINDOW, "innovation_page");
  GtkColumnView *column_view = template_child (innovation_page, INOVDA_TYPE_INNOVATION_PAGE, "column_view");
  g_autoptr (GListModel) innovations = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *shown;
  guint n_expected = 0;
  gint64 deadline;

  innovations = inovda_portfolio_list_innovations (fixture->portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (innovations); i++)
    {
      g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (innovations, i);

      if (g_strcmp0 (inovda_innovation_get_unit_code (innovation), "DINKES") == 0)
        n_expected++;
    }
  g_assert_cmpuint (n_expected, >, 0);
  g_assert_cmpuint (n_expected, <, g_list_model_get_n_items (innovations));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "units.show-innovations", "s", "DINKES"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (inovda_window_get_section (window), ==, "innovations");

  shown = G_LIST_MODEL (gtk_column_view_get_model (column_view));
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (g_list_model_get_n_items (shown) != n_expected && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (shown, i);

      g_assert_cmpstr (inovda_innovation_get_unit_code (innovation), ==, "DINKES");
    }
}

static void
test_spd_value (Fixture *fixture,
                gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, "region-indicators", 1280, 860);
  InovdaSpdPage *page = template_child (window, INOVDA_TYPE_WINDOW, "spd_page");
  InovdaSpdRow *row = inovda_spd_page_get_row (page, "4");
  g_autoptr (InovdaRegionYear) region_year = NULL;
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  g_autoptr (GError) error = NULL;
  InovdaRegionScore score = { 0 };
  g_autofree char *total = NULL;
  g_autofree char *expected = NULL;
  const InovdaIndicator *indicator;

  g_assert_nonnull (row);
  catalogue = inovda_portfolio_get_catalogue (fixture->portfolio, INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);
  indicator = inovda_catalogue_find_indicator (catalogue, "4");

  /* Indonesian decimals; the thresholds give level 3 at 5,23 % and more. */
  g_assert_true (inovda_spd_row_enter_value (row, "5,23"));
  g_assert_cmpint (stored_spd_level (fixture->portfolio, "4"), ==, 3);
  g_assert_cmpint (inovda_spd_row_get_level (row), ==, 3);
  expected = g_strdup_printf (_ ("Level %d: %s"), 3, indicator->levels[2]);
  g_assert_cmpstr (inovda_spd_row_get_level_text (row), ==, expected);
  g_assert_null (inovda_spd_row_get_error (row));

  g_assert_true (inovda_spd_row_enter_value (row, "2,10"));
  g_assert_cmpint (stored_spd_level (fixture->portfolio, "4"), ==, 2);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf (_ ("Level %d: %s"), 2, indicator->levels[1]);
  g_assert_cmpstr (inovda_spd_row_get_level_text (row), ==, expected);

  /* A category and a chosen level. */
  g_assert_true (inovda_spd_row_enter_value (inovda_spd_page_get_row (page, "8"), "WDP"));
  g_assert_cmpint (stored_spd_level (fixture->portfolio, "8"), ==, 2);
  g_assert_true (inovda_spd_row_choose_level (inovda_spd_page_get_row (page, "12"), 1));
  g_assert_cmpint (stored_spd_level (fixture->portfolio, "12"), ==, 1);
  g_assert_true (inovda_spd_row_choose_verified (inovda_spd_page_get_row (page, "12"), 0));

  /* The total at the top is the engine's SPD. */
  region_year = inovda_portfolio_load_region_year (fixture->portfolio, catalogue, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);
  inovda_score_region (catalogue, &region_year->region, &score);
  total = inovda_format_score (score.klaim.spd);
  g_assert_cmpstr (gtk_label_get_label (template_child (page, INOVDA_TYPE_SPD_PAGE, "total_label")), ==, total);
  inovda_region_score_clear (&score);

  /* Undo goes back through the edits. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpint (stored_spd_level (fixture->portfolio, "4"), ==, 3);
  g_assert_cmpint (inovda_spd_row_get_level (row), ==, 3);
}

static void
test_spd_invalid (Fixture *fixture,
                  gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, "region-indicators", 1280, 860);
  InovdaSpdPage *page = template_child (window, INOVDA_TYPE_WINDOW, "spd_page");
  InovdaSpdRow *row = inovda_spd_page_get_row (page, "4");
  g_autofree char *raw_before = stored_spd_raw (fixture->portfolio, "4");
  g_autofree char *raw_after = NULL;
  g_autofree char *undo_before = g_strdup (inovda_portfolio_get_undo_label (fixture->portfolio));
  int level_before = stored_spd_level (fixture->portfolio, "4");
  AdwActionRow *result_row;

  g_assert_false (inovda_spd_row_enter_value (row, "lima"));
  g_assert_nonnull (inovda_spd_row_get_error (row));
  g_assert_nonnull (strstr (inovda_spd_row_get_error (row), "lima"));
  result_row = template_child (row, INOVDA_TYPE_SPD_ROW, "result_row");
  g_assert_cmpstr (adw_action_row_get_subtitle (result_row), ==, inovda_spd_row_get_error (row));

  raw_after = stored_spd_raw (fixture->portfolio, "4");
  g_assert_cmpstr (raw_after, ==, raw_before);
  g_assert_cmpint (stored_spd_level (fixture->portfolio, "4"), ==, level_before);
  g_assert_cmpstr (inovda_portfolio_get_undo_label (fixture->portfolio), ==, undo_before);

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

static void
test_import_problems (Fixture *fixture,
                      gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, "summary", 1280, 860);
  g_autoptr (GFile) file = fixture_file ("problems.xml");
  InovdaImportDialog *dialog;
  GListModel *problems;
  gboolean found_location = FALSE;

  g_assert_true (inovda_portfolio_is_empty (fixture->portfolio));
  dialog = g_object_ref (inovda_import_dialog_new (GTK_WINDOW (window), fixture->portfolio, file));
  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_state (dialog, INOVDA_IMPORT_DIALOG_PREVIEW);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));

  g_assert_cmpuint (inovda_import_dialog_get_n_problems (dialog), >=, 5);
  problems = inovda_import_dialog_get_problems (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, inovda_import_dialog_get_n_problems (dialog));
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr (GtkStringObject) line = g_list_model_get_item (problems, i);

      /* "12:55\tThere is no unit TIDAKADA …" */
      if (g_str_has_prefix (gtk_string_object_get_string (line), "12:") &&
          strstr (gtk_string_object_get_string (line), "TIDAKADA") != NULL)
        found_location = TRUE;
    }
  g_assert_true (found_location);

  /* Nothing can be applied and nothing changed. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL) &&
                  inovda_import_dialog_get_state (dialog) != INOVDA_IMPORT_DIALOG_PREVIEW);
  g_assert_cmpint (inovda_import_dialog_get_state (dialog), ==, INOVDA_IMPORT_DIALOG_PREVIEW);
  g_assert_true (inovda_portfolio_is_empty (fixture->portfolio));
  g_assert_false (inovda_portfolio_can_undo (fixture->portfolio));
  /* A file that cannot be applied announces no index. */
  g_assert_false (gtk_widget_get_visible (template_child (dialog, INOVDA_TYPE_IMPORT_DIALOG, "scores_box")));
  /* Nor counts, which stop at the first problem. */
  g_assert_false (gtk_widget_get_visible (template_child (dialog, INOVDA_TYPE_IMPORT_DIALOG, "counts_box")));

  inovda_test_save_screenshot (GTK_WIDGET (dialog), "import-problems");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL));
  iterate ();
  g_assert_cmpint (inovda_import_dialog_get_state (dialog), ==, INOVDA_IMPORT_DIALOG_CANCELLED);
  g_assert_finalize_object (dialog);
  g_assert_true (inovda_portfolio_is_empty (fixture->portfolio));
}

/* A unit's returned template: the preview says whose submission it is, and
 * so under which rules it was checked. */
static void
test_import_submission (Fixture *fixture,
                        gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, "summary", 1280, 860);
  g_autofree char *path = g_build_filename (fixture->folder, "dinkes.xlsx", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  InovdaImportDialog *dialog;
  GtkWidget *label;

  g_assert_true (inovda_export_template (fixture->portfolio, path, "63", "DINKES", 2026, NULL, &error));
  g_assert_no_error (error);
  /* The ministry's verification came in after the template went out: the
   * returned template's old Level Verifikasi is not taken, and the
   * preview says so. */
  {
    g_autoptr (InovdaInnovation) innovation = inovda_portfolio_find_innovation (fixture->portfolio, "DEMO-2025-012", &error);

    g_assert_no_error (error);
    g_assert_true (inovda_portfolio_set_sid_verified (fixture->portfolio, inovda_innovation_get_id (innovation), 2026,
                                                      "16", 2, &error));
    g_assert_no_error (error);
  }
  dialog = g_object_ref (inovda_import_dialog_new (GTK_WINDOW (window), fixture->portfolio, file));
  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_state (dialog, INOVDA_IMPORT_DIALOG_PREVIEW);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));

  g_assert_cmpuint (inovda_import_dialog_get_n_problems (dialog), ==, 0);
  g_assert_true (gtk_widget_get_visible (template_child (dialog, INOVDA_TYPE_IMPORT_DIALOG, "notes_box")));
  {
    GtkWidget *row = gtk_widget_get_first_child (template_child (dialog, INOVDA_TYPE_IMPORT_DIALOG, "notes_list"));

    g_assert_nonnull (row);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                     _ ("Level Verifikasi is not taken: the ministry's verification decides, and the portfolio's stays"));
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), !=, NULL);
  }

  label = template_child (dialog, INOVDA_TYPE_IMPORT_DIALOG, "submission_label");
  g_assert_true (gtk_widget_get_visible (label));
  {
    g_autofree char *whose = g_strdup_printf (_ ("Submission of unit %s (%s) of region %s for %d"), "Dinas Kesehatan", "DINKES", "63", 2026);

    g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (label)), whose));
  }
  inovda_test_save_screenshot (GTK_WIDGET (dialog), "import-submission");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL));
  iterate ();
  g_assert_finalize_object (dialog);
}

/* A widget under @widget that activates @action, or NULL. */
static GtkWidget *
find_actionable (GtkWidget *widget,
                 const char *action)
{
  if (GTK_IS_ACTIONABLE (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_toplevel (GtkWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) item = g_list_model_get_item (toplevels, i);

      if (item == window)
        return TRUE;
    }
  return FALSE;
}

static void
test_import_good (Fixture *fixture,
                  gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, "summary", 1280, 860);
  g_autoptr (GFile) file = fixture_file ("good.xml");
  g_autoptr (GListModel) innovations = NULL;
  g_autoptr (GError) error = NULL;
  const InovdaImportCounts *counts;
  InovdaImportDialog *dialog;
  gint64 deadline;

  /* Without a region, the agencies' empty state offers what makes one. */
  {
    InovdaUnitPage *unit_page = template_child (window, INOVDA_TYPE_WINDOW, "unit_page");

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "units"));
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    g_assert_false (gtk_widget_get_visible (template_child (unit_page, INOVDA_TYPE_UNIT_PAGE, "add_button")));
    g_assert_true (gtk_widget_get_visible (template_child (unit_page, INOVDA_TYPE_UNIT_PAGE, "demo_button")));
    g_assert_true (gtk_widget_has_css_class (template_child (unit_page, INOVDA_TYPE_UNIT_PAGE, "import_button"),
                                             "suggested-action"));
    inovda_test_save_screenshot (GTK_WIDGET (window), "units-no-region");
    g_assert_cmpstr (adw_status_page_get_description (template_child (window, INOVDA_TYPE_WINDOW, "presentation_status")), ==,
                     _ ("The slides show a region’s assessment year. Import a workbook or the Inovda XML of a region, or "
                        "load the demo data, first."));
    /* Presentasi offers what makes a region, as the other pages do. */
    g_assert_false (gtk_widget_get_visible (template_child (window, INOVDA_TYPE_WINDOW, "present_button")));
    g_assert_true (gtk_widget_get_visible (template_child (window, INOVDA_TYPE_WINDOW, "presentation_import_button")));
    g_assert_true (gtk_widget_get_visible (template_child (window, INOVDA_TYPE_WINDOW, "presentation_demo_button")));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "acceleration"));
    g_assert_true (gtk_widget_get_visible (template_child (template_child (window, INOVDA_TYPE_WINDOW, "acceleration_page"),
                                                           INOVDA_TYPE_ACCELERATION_PAGE, "empty_buttons")));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "summary"));
  }

  dialog = g_object_ref (inovda_import_dialog_new (GTK_WINDOW (window), fixture->portfolio, file));
  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_state (dialog, INOVDA_IMPORT_DIALOG_PREVIEW);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));

  counts = inovda_import_dialog_get_counts (dialog);
  g_assert_cmpuint (inovda_import_dialog_get_n_problems (dialog), ==, 0);
  g_assert_false (gtk_widget_get_visible (template_child (dialog, INOVDA_TYPE_IMPORT_DIALOG, "notes_box")));
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_ADDED], ==, 2);
  g_assert_cmpuint (counts->units_added, ==, 2);
  /* The check changed nothing. */
  g_assert_true (inovda_portfolio_is_empty (fixture->portfolio));
  /* The index the new region would have. */
  {
    GtkWidget *scores_list = template_child (dialog, INOVDA_TYPE_IMPORT_DIALOG, "scores_list");
    GtkWidget *row = gtk_widget_get_first_child (scores_list);

    g_assert_true (gtk_widget_get_visible (template_child (dialog, INOVDA_TYPE_IMPORT_DIALOG, "scores_box")));
    g_assert_nonnull (row);
    g_test_message ("%s — %s", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                    adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  }
  inovda_test_save_screenshot (GTK_WIDGET (dialog), "import-preview");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  wait_for_state (dialog, INOVDA_IMPORT_DIALOG_DONE);
  /* Hidden at once, destroyed and the window reloaded when the main loop is idle. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while ((is_toplevel (GTK_WINDOW (dialog)) || g_strcmp0 (inovda_window_get_region_code (window), "6399") != 0) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (is_toplevel (GTK_WINDOW (dialog)));
  g_assert_finalize_object (dialog);

  /* The window reloaded from the applied import. */
  g_assert_cmpstr (inovda_window_get_region_code (window), ==, "6399");
  g_assert_true (gtk_widget_get_visible (template_child (window, INOVDA_TYPE_WINDOW, "present_button")));
  g_assert_false (gtk_widget_get_visible (template_child (window, INOVDA_TYPE_WINDOW, "presentation_demo_button")));
  innovations = inovda_portfolio_list_innovations (fixture->portfolio, "6399", 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (innovations), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "units"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpuint (g_list_model_get_n_items (inovda_unit_page_get_rows (template_child (window, INOVDA_TYPE_WINDOW, "unit_page"))), ==, 2);

  /* One undo takes the whole import back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (inovda_portfolio_is_empty (fixture->portfolio));
}

static void
collect_id_labels (GtkWidget *widget,
                   GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "monospace"))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_id_labels (child, labels);
}

/* The innovations of the preview keep their names in one column, also
 * next to a 36-character UUID, which the row shows cut in its middle. */
static void
test_import_ids_line_up (Fixture *fixture,
                         gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, "summary", 1280, 860);
  g_autoptr (GFile) good = fixture_file ("good.xml");
  g_autofree char *path = g_build_filename (fixture->folder, "uuid.xml", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GString) changed = NULL;
  InovdaImportDialog *dialog;

  g_assert_true (g_file_load_contents (good, NULL, &contents, NULL, NULL, &error));
  g_assert_no_error (error);
  changed = g_string_new (contents);
  g_string_replace (changed, "UJI-0001", "5bf56bf0-9c1a-4504-b682-6998bc1a200c", 0);
  g_assert_true (g_file_set_contents (path, changed->str, -1, &error));

  dialog = g_object_ref (inovda_import_dialog_new (GTK_WINDOW (window), fixture->portfolio, file));
  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_state (dialog, INOVDA_IMPORT_DIALOG_PREVIEW);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_cmpuint (inovda_import_dialog_get_n_problems (dialog), ==, 0);

  collect_id_labels (template_child (dialog, INOVDA_TYPE_IMPORT_DIALOG, "list_view"), labels);
  g_assert_cmpuint (labels->len, ==, 2);
  g_assert_cmpint (gtk_widget_get_width (g_ptr_array_index (labels, 0)), >, 0);
  g_assert_cmpint (gtk_widget_get_width (g_ptr_array_index (labels, 0)), ==,
                   gtk_widget_get_width (g_ptr_array_index (labels, 1)));

  g_ptr_array_set_size (labels, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL));
  iterate ();
  g_assert_finalize_object (dialog);
}

static void
test_spd_evidence (Fixture *fixture,
                   gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, "region-indicators", 1280, 860);
  InovdaSpdPage *page = template_child (window, INOVDA_TYPE_WINDOW, "spd_page");
  InovdaSpdRow *row = inovda_spd_page_get_row (page, "12");
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GFile) file = NULL;
  InovdaSpdEvidenceDialog *dialog;
  const InovdaEvidence *added = NULL;
  gint64 deadline;

  before = inovda_portfolio_list_spd_evidence (fixture->portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR, "12", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (inovda_spd_row_get_n_evidence (row), ==, before->len);

  /* A letter with a file, through the row's form. */
  path = g_build_filename (fixture->folder, "sk-penghargaan.pdf", NULL);
  g_assert_true (g_file_set_contents (path, "%PDF-1.4 sk penghargaan inovator", -1, NULL));
  file = g_file_new_for_path (path);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "spd-row.add-evidence", NULL));
  dialog = INOVDA_SPD_EVIDENCE_DIALOG (find_toplevel (INOVDA_TYPE_SPD_EVIDENCE_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (template_child (dialog, INOVDA_TYPE_SPD_EVIDENCE_DIALOG, "tanggal_row"), "31/02/2026");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  gtk_editable_set_text (template_child (dialog, INOVDA_TYPE_SPD_EVIDENCE_DIALOG, "tanggal_row"), "01/03/2026");
  gtk_editable_set_text (template_child (dialog, INOVDA_TYPE_SPD_EVIDENCE_DIALOG, "nomor_row"), "188.4/12/BRIDA/2026");
  gtk_editable_set_text (template_child (dialog, INOVDA_TYPE_SPD_EVIDENCE_DIALOG, "tentang_row"), "Pemberian Penghargaan bagi Inovator");
  inovda_spd_evidence_dialog_set_file (dialog, file);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  inovda_test_save_screenshot (GTK_WIDGET (dialog), "spd-evidence-dialog");
  respond (dialog, "add");

  /* The file is read asynchronously. */
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (inovda_spd_row_get_n_evidence (row) == before->len && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (inovda_spd_row_get_n_evidence (row), ==, before->len + 1);

  after = inovda_portfolio_list_spd_evidence (fixture->portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR, "12", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  for (guint i = 0; i < after->len; i++)
    if (g_strcmp0 (((InovdaEvidence *) g_ptr_array_index (after, i))->nomor_surat, "188.4/12/BRIDA/2026") == 0)
      added = g_ptr_array_index (after, i);
  g_assert_nonnull (added);
  g_assert_cmpstr (added->tanggal_surat, ==, "2026-03-01");
  g_assert_cmpstr (added->file_name, ==, "sk-penghargaan.pdf");
  g_assert_nonnull (added->sha256);

  /* Remove, then undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "spd-row.remove-evidence", "x", added->id));
  g_assert_cmpuint (inovda_spd_row_get_n_evidence (row), ==, before->len);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (inovda_spd_row_get_n_evidence (row), ==, before->len + 1);
}

static void
test_import_drop (Fixture *fixture,
                  gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, "summary", 1280, 860);
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_autoptr (GFile) file = fixture_file ("good.xml");
  g_autoptr (GFile) other = g_file_new_for_path ("/tmp/photo.jpg");
  g_auto (GValue) value = G_VALUE_INIT;
  GtkDropTarget *target = NULL;
  InovdaImportDialog *dialog;
  gboolean accepted = FALSE;
  GSList *list = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);
  g_assert_true (g_type_is_a (GDK_TYPE_FILE_LIST, gtk_drop_target_get_gtypes (target, NULL)[0]));

  /* Only exchange files are taken: a photo is skipped, the XML imported. */
  list = g_slist_append (list, other);
  list = g_slist_append (list, file);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_slist_free (list);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);

  dialog = INOVDA_IMPORT_DIALOG (find_toplevel (INOVDA_TYPE_IMPORT_DIALOG));
  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  wait_for_state (dialog, INOVDA_IMPORT_DIALOG_PREVIEW);
  g_assert_cmpuint (inovda_import_dialog_get_counts (dialog)->innovations[INOVDA_IMPORT_ADDED], ==, 2);
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
  g_assert_finalize_object (dialog);
  g_assert_true (inovda_portfolio_is_empty (fixture->portfolio));
}

/* Without a portal the native chooser is a GtkFileChooserDialog. */
static char *
accept_save_chooser (const char *folder_path,
                     const char *name)
{
  GtkWindow *chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_autoptr (GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr (GFile) current = NULL;
  gint64 deadline;

  g_assert_nonnull (chooser);
  /* The chooser opens next to the portfolio. */
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while ((current = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser))) == NULL &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (current);
  g_assert_true (g_file_equal (current, folder));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  return g_build_filename (folder_path, name, NULL);
}

/* The work runs in a thread behind the progress dialog. */
static void
wait_for_file (const char *path)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while ((find_toplevel (INOVDA_TYPE_TASK_DIALOG) != NULL || !g_file_test (path, G_FILE_TEST_EXISTS)) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (find_toplevel (INOVDA_TYPE_TASK_DIALOG));
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      GtkWindow *error = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

      g_test_message ("%s: %s", path,
                      error != NULL ? adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (error)) : "no error shown");
    }
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_export (Fixture *fixture,
             gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, "summary", 1280, 860);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (InovdaPortfolio) copy = NULL;
  g_autoptr (GError) error = NULL;
  InovdaExportDialog *dialog;
  gsize length = 0;

  /* The workbook of the region's year. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = INOVDA_EXPORT_DIALOG (find_toplevel (INOVDA_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (template_child (dialog, INOVDA_TYPE_EXPORT_DIALOG, "format_row"))), ==, 3);
  inovda_export_dialog_set_format (dialog, INOVDA_EXPORT_WORKBOOK);
  g_assert_cmpint (inovda_export_dialog_get_scope (dialog), ==, INOVDA_EXPORT_SCOPE_REGION_YEAR);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  inovda_test_save_screenshot (GTK_WIDGET (dialog), "export-dialog");
  respond (dialog, "export");

  path = accept_save_chooser (fixture->folder, "ekspor.xlsx");
  wait_for_file (path);
  /* The toast offers to open the file. */
  {
    g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
    GtkWidget *button = NULL;

    while ((button = find_actionable (GTK_WIDGET (window), "win.open-written")) == NULL &&
           g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    g_assert_nonnull (button);
    g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button)), NULL), ==,
                     uri);
  }
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4);
  g_assert_true (memcmp (contents, "PK", 2) == 0);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_clear_pointer (&path, g_free);

  /* A submission template for one agency: the one open in the editor,
   * else the one chosen among the agencies. */
  {
    InovdaInnovationPage *innovation_page = template_child (window, INOVDA_TYPE_WINDOW, "innovation_page");
    g_autoptr (GListModel) innovations = inovda_portfolio_list_innovations (fixture->portfolio, "63", INOVDA_DEMO_YEAR,
                                                                            &error);
    g_autoptr (GListModel) units = inovda_portfolio_list_units (fixture->portfolio, "63", INOVDA_DEMO_YEAR, &error);
    g_autoptr (InovdaUnit) first_unit = g_list_model_get_item (units, 0);
    g_autoptr (InovdaInnovation) other = NULL;

    g_assert_no_error (error);
    /* Neither DINKES nor the unit the dialog would choose by itself. */
    for (guint i = 0; i < g_list_model_get_n_items (innovations) && other == NULL; i++)
      {
        g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (innovations, i);
        const char *code = inovda_innovation_get_unit_code (innovation);

        if (g_strcmp0 (code, "DINKES") != 0 && g_strcmp0 (code, inovda_unit_get_code (first_unit)) != 0)
          other = g_steal_pointer (&innovation);
      }
    g_assert_nonnull (other);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "innovations"));
    g_assert_true (inovda_innovation_page_open (innovation_page, inovda_innovation_get_id (other)));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-template", NULL));
    dialog = INOVDA_EXPORT_DIALOG (find_toplevel (INOVDA_TYPE_EXPORT_DIALOG));
    g_assert_nonnull (dialog);
    g_assert_cmpstr (inovda_unit_get_code (inovda_export_dialog_get_unit (dialog)), ==,
                     inovda_innovation_get_unit_code (other));
    gtk_window_destroy (GTK_WINDOW (dialog));

    /* Back in the list, filtered to another agency: that one. */
    g_assert_true (inovda_innovation_page_show_unit (innovation_page, "DINKES"));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-template", NULL));
    dialog = INOVDA_EXPORT_DIALOG (find_toplevel (INOVDA_TYPE_EXPORT_DIALOG));
    g_assert_nonnull (dialog);
    g_assert_cmpstr (inovda_unit_get_code (inovda_export_dialog_get_unit (dialog)), ==, "DINKES");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "units"));
  g_assert_true (inovda_unit_page_select_unit (template_child (window, INOVDA_TYPE_WINDOW, "unit_page"), "DINKES"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-template", NULL));
  dialog = INOVDA_EXPORT_DIALOG (find_toplevel (INOVDA_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (inovda_unit_get_code (inovda_export_dialog_get_unit (dialog)), ==, "DINKES");
  respond (dialog, "export");

  path = accept_save_chooser (fixture->folder, "templat-DINKES.xlsx");
  wait_for_file (path);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_clear_pointer (&path, g_free);

  /* Save a copy: a portfolio of its own. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-copy", NULL));
  path = accept_save_chooser (fixture->folder, "salinan.inovda");
  wait_for_file (path);
  copy = inovda_portfolio_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (inovda_portfolio_is_empty (copy));
  g_clear_object (&copy);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

static void
test_screenshots (Fixture *fixture,
                  gconstpointer data)
{
  const struct
  {
    int width;
    int height;
  } sizes[] = { { 1366, 768 }, { 800, 600 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      InovdaWindow *window = open_window (fixture, "units", sizes[i].width, sizes[i].height);
      InovdaSpdPage *page = template_child (window, INOVDA_TYPE_WINDOW, "spd_page");
      InovdaUnitPage *unit_page = template_child (window, INOVDA_TYPE_WINDOW, "unit_page");
      g_autofree char *units_name = g_strdup_printf ("units-%dx%d", sizes[i].width, sizes[i].height);
      g_autofree char *spd_name = g_strdup_printf ("region-indicators-%dx%d", sizes[i].width, sizes[i].height);
      InovdaSpdRow *row;

      inovda_unit_page_select_unit (unit_page, "DINKES");
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      /* The table adapts its columns to the width after a first frame. */
      iterate ();
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      inovda_test_save_screenshot (GTK_WIDGET (window), units_name);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "region-indicators"));
      row = inovda_spd_page_get_row (page, "3");
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      inovda_test_save_screenshot (GTK_WIDGET (window), spd_name);

      /* Named colours only: the dark style must read as well. */
      if (i == 0)
        {
          AdwStyleManager *style = adw_style_manager_get_default ();

          adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
          gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
          inovda_test_save_screenshot (GTK_WIDGET (window), "region-indicators-dark");
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "units"));
          gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
          inovda_test_save_screenshot (GTK_WIDGET (window), "units-dark");
          adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
        }

      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (window);
      fixture->window = NULL;
    }
}

/* ------------------------------------------------------------------------ */

int
main (int argc,
      char *argv[])
{
  gconstpointer demo = GINT_TO_POINTER (1);

  if (!inovda_test_ui_init (&argc, &argv))
    return 0;

  g_test_add ("/inovda/units-spd/new-destroy", Fixture, NULL, fixture_setup, test_new_destroy, fixture_teardown);
  g_test_add_func ("/inovda/units-spd/evidence-dates", test_evidence_dates);
  g_test_add ("/inovda/units/counts", Fixture, demo, fixture_setup, test_unit_counts, fixture_teardown);
  g_test_add ("/inovda/units/edits", Fixture, demo, fixture_setup, test_unit_edits, fixture_teardown);
  g_test_add ("/inovda/units/duplicate-names", Fixture, demo, fixture_setup, test_unit_duplicate_names, fixture_teardown);
  g_test_add ("/inovda/units/merge-target", Fixture, demo, fixture_setup, test_unit_merge_target, fixture_teardown);
  g_test_add ("/inovda/units/merge-no-target", Fixture, demo, fixture_setup, test_unit_merge_no_target, fixture_teardown);
  g_test_add ("/inovda/units/template-unit-choice", Fixture, demo, fixture_setup, test_template_unit_choice,
              fixture_teardown);
  g_test_add ("/inovda/units/keep-place", Fixture, demo, fixture_setup, test_unit_keep_place, fixture_teardown);
  g_test_add ("/inovda/units/dialog-widths", Fixture, demo, fixture_setup, test_dialog_widths, fixture_teardown);
  g_test_add ("/inovda/units/drill-down", Fixture, demo, fixture_setup, test_unit_drill_down, fixture_teardown);
  g_test_add ("/inovda/spd/value", Fixture, demo, fixture_setup, test_spd_value, fixture_teardown);
  g_test_add ("/inovda/spd/invalid", Fixture, demo, fixture_setup, test_spd_invalid, fixture_teardown);
  g_test_add ("/inovda/spd/evidence", Fixture, demo, fixture_setup, test_spd_evidence, fixture_teardown);
  g_test_add ("/inovda/import/drop", Fixture, NULL, fixture_setup, test_import_drop, fixture_teardown);
  g_test_add ("/inovda/export/files", Fixture, demo, fixture_setup, test_export, fixture_teardown);
  g_test_add ("/inovda/import/problems", Fixture, NULL, fixture_setup, test_import_problems, fixture_teardown);
  g_test_add ("/inovda/import/good", Fixture, NULL, fixture_setup, test_import_good, fixture_teardown);
  g_test_add ("/inovda/import/ids-line-up", Fixture, NULL, fixture_setup, test_import_ids_line_up, fixture_teardown);
  g_test_add ("/inovda/import/submission", Fixture, demo, fixture_setup, test_import_submission, fixture_teardown);
  g_test_add ("/inovda/units-spd/screenshots", Fixture, demo, fixture_setup, test_screenshots, fixture_teardown);

  return g_test_run ();
}
