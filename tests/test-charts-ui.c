/* test-charts-ui.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-charts-ui"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "charts/inovda-chart-radar.h"
#include "model/inovda-decimal.h"
#include "storage/inovda-demo.h"
#include "ui/inovda-acceleration-page.h"
#include "ui/inovda-chart-view-private.h"
#include "ui/inovda-presentation.h"
#include "ui/inovda-radar-charts.h"
#include "ui/inovda-scenario.h"
#include "ui/inovda-settings.h"
#include "ui/inovda-slides.h"
#include "ui/inovda-summary-page.h"
#include "charts/inovda-report.h"
#include "ui/inovda-ui-format.h"
#include "ui/inovda-window.h"
#include "inovda-test-ui.h"

typedef InovdaTestPortfolio Fixture;

static void
fixture_setup (Fixture *fixture,
               gconstpointer data)
{
  reset_settings ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  inovda_test_portfolio_open (fixture, TRUE);
}

static void
fixture_teardown (Fixture *fixture,
                  gconstpointer data)
{
  inovda_test_portfolio_close (fixture);
}

/* ------------------------------------------------------------------------ */

static void
spin (guint milliseconds)
{
  gint64 deadline = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

static GdkTexture *
render_widget (GtkWidget *widget)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer;

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
save_screenshot (GtkWidget *widget,
                 const char *name)
{
  g_autoptr (GdkTexture) texture = render_widget (widget);
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  const char *language = g_getenv ("LANGUAGE");

  if (language != NULL && language[0] != '\0')
    file_name = g_strdup_printf ("screenshot-%s-%s.png", name, language);
  else
    file_name = g_strdup_printf ("screenshot-%s.png", name);
  path = g_test_build_filename (G_TEST_BUILT, file_name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

static InovdaRegionResult *
load_demo_result (InovdaPortfolio *portfolio)
{
  g_autoptr (InovdaRegion) region = NULL;
  g_autoptr (GError) error = NULL;
  InovdaRegionResult *result;

  region = inovda_portfolio_get_region (portfolio, INOVDA_DEMO_REGION, &error);
  g_assert_no_error (error);
  result = inovda_region_result_load (portfolio, region, INOVDA_DEMO_YEAR);
  g_assert_no_error (result->error);
  return result;
}

/* Everything the engine reads, to prove the store unchanged or changed in
 * exactly one place. */
static InovdaRegionYear *
load_region_year (InovdaPortfolio *portfolio)
{
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  g_autoptr (GError) error = NULL;
  InovdaRegionYear *region_year;

  catalogue = inovda_portfolio_get_catalogue (portfolio, INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);
  region_year = inovda_portfolio_load_region_year (portfolio, catalogue, INOVDA_DEMO_REGION,
                                                   INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);
  return region_year;
}

/* Counts the SID levels, SPD levels and statuses that differ. */
static guint
count_differences (InovdaRegionYear *a,
                   InovdaRegionYear *b)
{
  guint differences = 0;

  g_assert_cmpuint (a->region.n_innovations, ==, b->region.n_innovations);
  for (guint k = 0; k < INOVDA_MAX_INDICATORS; k++)
    differences += a->region.spd_level[k] != b->region.spd_level[k];
  for (guint i = 0; i < a->region.n_innovations; i++)
    {
      const InovdaScoreInnovation *x = &a->region.innovations[i];
      const InovdaScoreInnovation *y = &b->region.innovations[i];

      g_assert_cmpstr (x->id, ==, y->id);
      differences += x->status != y->status;
      for (guint k = 0; k < INOVDA_MAX_INDICATORS; k++)
        differences += x->level[k] != y->level[k];
    }
  return differences;
}

static char *
format_iid (gint64 hundredths)
{
  return inovda_decimal_format (hundredths, 2, 2, inovda_decimal_mark ());
}

static InovdaWindow *
open_window (Fixture *fixture,
             int width,
             int height)
{
  InovdaWindow *window = g_object_ref (inovda_window_new (NULL, fixture->portfolio));

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  inovda_window_select_region (window, INOVDA_DEMO_REGION);
  inovda_window_set_year (window, INOVDA_DEMO_YEAR);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static void
close_window (InovdaWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* ------------------------------------------------------------------------ */

static void
test_chart_view_new_destroy (void)
{
  GtkWidget *view = g_object_ref_sink (inovda_chart_view_new ());
  g_autoptr (InovdaRadarChart) chart = inovda_radar_chart_new (INOVDA_RADAR_VARIABLES, "Test", NULL);
  InovdaShare values[3] = { { 1, 1, 2 }, { 2, 1, 2 }, { 0, 1, 2 } };

  inovda_radar_chart_add_axis (chart, "a", NULL, "A");
  inovda_radar_chart_add_axis (chart, "b", NULL, "B");
  inovda_radar_chart_add_axis (chart, "c", NULL, "C");
  g_assert_true (inovda_radar_chart_add_series (chart, "S", values));

  inovda_chart_view_set_chart (INOVDA_CHART_VIEW (view), chart);
  g_assert_true (inovda_chart_view_get_chart (INOVDA_CHART_VIEW (view)) == chart);
  g_assert_cmpint (inovda_chart_view_get_hover_axis (INOVDA_CHART_VIEW (view)), ==, -1);
  g_assert_finalize_object (view);
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType type)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_type_is_a (G_OBJECT_TYPE (controller), type))
        return controller;
    }
  return NULL;
}

static void
test_chart_view_hover (Fixture *fixture,
                       gconstpointer data)
{
  g_autoptr (InovdaRegionResult) result = load_demo_result (fixture->portfolio);
  g_autoptr (InovdaRadarChart) chart = inovda_radar_charts_variables (fixture->portfolio, result, NULL);
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = inovda_chart_view_new ();
  GtkEventController *motion;
  InovdaRadarGeometry geometry;
  InovdaChartStyle style;
  const char *tooltip;
  const guint axis = 2;
  double x;
  double y;
  gsize stride;
  guint n_drawn = 0;
  int width;
  int height;

  g_assert_cmpuint (inovda_radar_chart_get_n_axes (chart), >, axis);
  inovda_chart_view_set_chart (INOVDA_CHART_VIEW (view), chart);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (view);

  /* It draws: many pixels differ from the first one (the background). */
  width = gtk_widget_get_width (view);
  height = gtk_widget_get_height (view);
  texture = render_widget (view);
  stride = (gsize) width * 4;
  pixels = g_malloc (stride * height);
  gdk_texture_download (texture, pixels, stride);
  for (gsize i = 4; i < stride * height; i += 4)
    if (memcmp (pixels + i, pixels, 4) != 0)
      n_drawn++;
  g_assert_cmpuint (n_drawn, >, (guint) (width * height / 50));

  /* The pointer halfway out along an axis hovers that axis. */
  style = *inovda_chart_view_get_style (INOVDA_CHART_VIEW (view));
  g_assert_cmpfloat (style.font_size, >, 8.0);
  inovda_chart_radar_measure (width, height, chart, &style, &geometry);
  inovda_radar_geometry_point (&geometry, axis, 0.6, &x, &y);

  motion = find_controller (view, GTK_TYPE_EVENT_CONTROLLER_MOTION);
  g_assert_nonnull (motion);
  g_signal_emit_by_name (motion, "motion", x, y);
  g_assert_cmpint (inovda_chart_view_get_hover_axis (INOVDA_CHART_VIEW (view)), ==, axis);

  /* The tooltip names the axis and gives every series' value. */
  tooltip = gtk_widget_get_tooltip_text (view);
  g_assert_nonnull (tooltip);
  g_assert_nonnull (strstr (tooltip, inovda_radar_chart_get_axis_name (chart, axis)));
  for (guint s = 0; s < inovda_radar_chart_get_n_series (chart); s++)
    {
      g_autofree char *value = inovda_radar_chart_describe_value (chart, s, axis);

      g_assert_nonnull (strstr (tooltip, inovda_radar_chart_get_series_label (chart, s)));
      g_assert_nonnull (strstr (tooltip, value));
    }

  /* Leaving clears it. */
  g_signal_emit_by_name (motion, "leave");
  g_assert_cmpint (inovda_chart_view_get_hover_axis (INOVDA_CHART_VIEW (view)), ==, -1);
  g_assert_null (gtk_widget_get_tooltip_text (view));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_pages_new_destroy (Fixture *fixture,
                        gconstpointer data)
{
  g_autoptr (InovdaRegionResult) result = load_demo_result (fixture->portfolio);
  GtkWidget *summary = g_object_ref_sink (g_object_new (INOVDA_TYPE_SUMMARY_PAGE, NULL));
  GtkWidget *acceleration = g_object_ref_sink (g_object_new (INOVDA_TYPE_ACCELERATION_PAGE, NULL));
  InovdaPresentation *presentation;

  inovda_summary_page_show (INOVDA_SUMMARY_PAGE (summary), fixture->portfolio, result);
  inovda_acceleration_page_show (INOVDA_ACCELERATION_PAGE (acceleration), fixture->portfolio, result);
  gtk_widget_activate_action (acceleration, "acceleration.try-gap", "u", 0);
  g_assert_cmpuint (inovda_acceleration_page_get_scenario (INOVDA_ACCELERATION_PAGE (acceleration))->changes->len, >, 0);
  g_assert_finalize_object (summary);
  g_assert_finalize_object (acceleration);

  presentation = g_object_ref (inovda_presentation_new (NULL, fixture->portfolio, result, NULL));
  g_assert_cmpuint (inovda_presentation_get_n_slides (presentation), >=, 7);
  gtk_window_destroy (GTK_WINDOW (presentation));
  g_assert_finalize_object (presentation);
}

static void
test_dashboard (Fixture *fixture,
                gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, 1366, 736);
  InovdaSummaryPage *page = template_child (window, INOVDA_TYPE_WINDOW, "summary_page");
  InovdaChartView *view = template_child (page, INOVDA_TYPE_SUMMARY_PAGE, "chart_view");
  InovdaRadarChart *chart;
  g_autofree char *this_year = NULL;
  g_autofree char *last_year = NULL;

  g_assert_cmpstr (inovda_window_get_section (window), ==, "summary");
  chart = inovda_chart_view_get_chart (view);
  g_assert_nonnull (chart);
  g_assert_cmpint (inovda_radar_chart_get_level (chart), ==, INOVDA_RADAR_VARIABLES);

  /* The demo has last year's assessments: this year against last year. */
  this_year = g_strdup_printf (_ ("Claimed %d"), INOVDA_DEMO_YEAR);
  last_year = g_strdup_printf (_ ("Claimed %d"), INOVDA_DEMO_YEAR - 1);
  g_assert_cmpuint (inovda_radar_chart_get_n_series (chart), ==, 2);
  g_assert_cmpstr (inovda_radar_chart_get_series_label (chart, 0), ==, this_year);
  g_assert_cmpstr (inovda_radar_chart_get_series_label (chart, 1), ==, last_year);

  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >=, 300);
  save_screenshot (GTK_WIDGET (window), "dashboard");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  save_screenshot (GTK_WIDGET (window), "dashboard-dark");

  close_window (window);
}

/* The summary's chart is titled briefly under the page's heading; saved, it
 * names the region and the year, in inovda-cli's words. */
static void
test_dashboard_export (Fixture *fixture,
                       gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, 1366, 736);
  InovdaSummaryPage *page = template_child (window, INOVDA_TYPE_WINDOW, "summary_page");
  InovdaChartView *view = template_child (page, INOVDA_TYPE_SUMMARY_PAGE, "chart_view");
  g_autoptr (InovdaRegion) region = NULL;
  g_autoptr (InovdaRadarChart) document = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("inovda-chart-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *pdf_title = NULL;
  gsize length = 0;
  gboolean found = FALSE;
  g_autofree char *subtitle = NULL;
  gint64 deadline;

  g_assert_no_error (error);
  region = inovda_portfolio_get_region (fixture->portfolio, INOVDA_DEMO_REGION, &error);
  g_assert_no_error (error);
  subtitle = g_strdup_printf (_ ("Variables of the Indeks Inovasi Daerah %d, as a share of each maximum"),
                              INOVDA_DEMO_YEAR);

  g_assert_cmpstr (inovda_radar_chart_get_title (inovda_chart_view_get_chart (view)), ==,
                   _ ("Variables of the Index"));
  document = _inovda_chart_view_dup_document_chart (view);
  g_assert_cmpstr (inovda_radar_chart_get_title (document), ==, inovda_region_get_name (region));
  g_assert_cmpstr (inovda_radar_chart_get_subtitle (document), ==, subtitle);
  g_assert_cmpuint (inovda_radar_chart_get_n_series (document), ==,
                    inovda_radar_chart_get_n_series (inovda_chart_view_get_chart (view)));

  /* The file written from the page carries the title. */
  path = g_build_filename (dir, "chart.pdf", NULL);
  _inovda_chart_view_save (view, INOVDA_CHART_FORMAT_PDF, 1.0, path);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!g_file_test (path, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
    spin (10);
  spin (50);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  pdf_title = g_strdup_printf ("/Title (%s)", inovda_region_get_name (region));
  for (gsize i = 0; !found && i + strlen (pdf_title) <= length; i++)
    found = memcmp (contents + i, pdf_title, strlen (pdf_title)) == 0;
  g_assert_true (found);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  close_window (window);
}

static const InovdaGap *
first_sid_gap (InovdaGapAnalysis *analysis,
               guint *index)
{
  for (guint i = 0; i < analysis->gaps->len; i++)
    if (g_array_index (analysis->gaps, InovdaGap, i).kind == INOVDA_GAP_RAISE_SID)
      {
        *index = i;
        return &g_array_index (analysis->gaps, InovdaGap, i);
      }
  g_assert_not_reached ();
  return NULL;
}

static void
test_what_if (Fixture *fixture,
              gconstpointer data)
{
  g_autoptr (InovdaRegionYear) before = load_region_year (fixture->portfolio);
  g_autoptr (InovdaRegionYear) after = NULL;
  InovdaWindow *window = open_window (fixture, 1366, 736);
  InovdaAccelerationPage *page = template_child (window, INOVDA_TYPE_WINDOW, "acceleration_page");
  GtkLabel *what_if_label = template_child (page, INOVDA_TYPE_ACCELERATION_PAGE, "what_if_iid_label");
  GtkLabel *real_label = template_child (page, INOVDA_TYPE_ACCELERATION_PAGE, "real_iid_label");
  InovdaGapAnalysis analysis = { 0 };
  InovdaRegionScore real = { 0 };
  InovdaRegionScore changed = { 0 };
  InovdaScoreRegion copy;
  g_autofree InovdaScoreInnovation *innovations = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *expected_real = NULL;
  const InovdaGap *gap;
  guint index = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "acceleration"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Saved, the what-if chart names the region and the year. */
  {
    InovdaChartView *view = template_child (page, INOVDA_TYPE_ACCELERATION_PAGE, "chart_view");
    g_autoptr (InovdaRadarChart) document = _inovda_chart_view_dup_document_chart (view);
    g_autoptr (InovdaRegion) region = inovda_portfolio_get_region (fixture->portfolio, INOVDA_DEMO_REGION, NULL);
    g_autofree char *subtitle = g_strdup_printf (_ ("Variables of the Indeks Inovasi Daerah %d, as a share of each maximum"),
                                                 INOVDA_DEMO_YEAR);

    g_assert_cmpstr (inovda_radar_chart_get_title (document), ==, inovda_region_get_name (region));
    g_assert_cmpstr (inovda_radar_chart_get_subtitle (document), ==, subtitle);
  }

  inovda_score_region (before->catalogue, &before->region, &real);
  expected_real = format_iid (real.klaim.iid);
  g_assert_cmpstr (gtk_label_get_label (real_label), ==, expected_real);
  g_assert_cmpstr (gtk_label_get_label (what_if_label), ==, expected_real);

  /* Try the best indicator change of the engine's ranking. */
  inovda_gaps_analyse (before->catalogue, &before->region, &analysis);
  gap = first_sid_gap (&analysis, &index);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "acceleration.try-gap", "u", index));

  /* The engine on a copy with that one level changed gives the IID shown. */
  copy = before->region;
  innovations = g_memdup2 (before->region.innovations, sizeof (InovdaScoreInnovation) * before->region.n_innovations);
  copy.innovations = innovations;
  innovations[gap->innovation_index].level[gap->indicator_index] = gap->to_level;
  inovda_score_region (before->catalogue, &copy, &changed);
  expected = format_iid (changed.klaim.iid);
  g_assert_cmpstr (gtk_label_get_label (what_if_label), ==, expected);
  g_assert_cmpint (changed.klaim.iid, ==, gap->iid_after);
  g_assert_cmpint (changed.klaim.iid, >, real.klaim.iid);
  g_assert_cmpstr (gtk_label_get_label (real_label), ==, expected_real);

  /* The store is untouched. */
  after = load_region_year (fixture->portfolio);
  g_assert_cmpuint (count_differences (before, after), ==, 0);

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  save_screenshot (GTK_WIDGET (window), "acceleration-what-if");

  inovda_region_score_clear (&changed);
  inovda_region_score_clear (&real);
  inovda_gap_analysis_clear (&analysis);
  close_window (window);
}

static void
test_apply (Fixture *fixture,
            gconstpointer data)
{
  g_autoptr (InovdaRegionYear) before = load_region_year (fixture->portfolio);
  g_autoptr (InovdaRegionYear) applied = NULL;
  g_autoptr (InovdaRegionYear) undone = NULL;
  InovdaWindow *window = open_window (fixture, 1366, 736);
  InovdaAccelerationPage *page = template_child (window, INOVDA_TYPE_WINDOW, "acceleration_page");
  InovdaScenario *scenario;
  InovdaGapAnalysis analysis = { 0 };
  const InovdaGap *gap;
  guint index = 0;
  int gi;
  int k;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "acceleration"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  inovda_gaps_analyse (before->catalogue, &before->region, &analysis);
  gap = first_sid_gap (&analysis, &index);
  gi = gap->innovation_index;
  k = gap->indicator_index;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "acceleration.try-gap", "u", index));
  scenario = inovda_acceleration_page_get_scenario (page);
  g_assert_cmpuint (scenario->changes->len, ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "acceleration.apply-change", "u", 0));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Exactly that level changed, and the change left the scenario. */
  applied = load_region_year (fixture->portfolio);
  g_assert_cmpuint (count_differences (before, applied), ==, 1);
  g_assert_cmpint (applied->region.innovations[gi].level[k], ==, gap->to_level);
  g_assert_cmpuint (inovda_acceleration_page_get_scenario (page)->changes->len, ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  undone = load_region_year (fixture->portfolio);
  g_assert_cmpuint (count_differences (before, undone), ==, 0);

  inovda_gap_analysis_clear (&analysis);
  close_window (window);
}

static void
test_scenario_round_trip (Fixture *fixture,
                          gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, 1366, 736);
  InovdaAccelerationPage *page = template_child (window, INOVDA_TYPE_WINDOW, "acceleration_page");
  g_autoptr (InovdaScenario) saved = NULL;
  g_autoptr (InovdaRegionYear) before = load_region_year (fixture->portfolio);
  g_autoptr (InovdaRegionYear) after = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "acceleration"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "acceleration.try-gap", "u", 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "acceleration.add-innovation", "s", "1.03"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "acceleration.save", "s", "Rencana Sekda"));
  saved = inovda_scenario_copy (inovda_acceleration_page_get_scenario (page));
  g_assert_cmpstr (saved->name, ==, "Rencana Sekda");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "acceleration.reset", NULL));
  g_assert_cmpuint (inovda_acceleration_page_get_scenario (page)->changes->len, ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "acceleration.open-scenario", "s", "Rencana Sekda"));
  g_assert_cmpuint (inovda_acceleration_page_get_scenario (page)->changes->len, ==, saved->changes->len);
  for (guint i = 0; i < saved->changes->len; i++)
    {
      g_autofree char *a = inovda_change_serialize (g_ptr_array_index (saved->changes, i));
      g_autofree char *b = inovda_change_serialize (g_ptr_array_index (inovda_acceleration_page_get_scenario (page)->changes, i));

      g_assert_cmpstr (a, ==, b);
    }

  after = load_region_year (fixture->portfolio);
  g_assert_cmpuint (count_differences (before, after), ==, 0);
  close_window (window);
}

/* A shortcut of @widget's, run in @phase. */
static gboolean
has_binding (GtkWidget *widget,
             GtkPropagationPhase phase,
             guint keyval,
             GdkModifierType modifiers,
             const char *action)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) || gtk_event_controller_get_propagation_phase (controller) != phase)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *shortcut_action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers &&
              GTK_IS_NAMED_ACTION (shortcut_action) &&
              g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (shortcut_action)), action) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

static InovdaPresentation *
find_presentation (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (INOVDA_IS_PRESENTATION (window))
        return INOVDA_PRESENTATION (window);
    }
  return NULL;
}

static void
test_presentation (Fixture *fixture,
                   gconstpointer data)
{
  InovdaWindow *window = open_window (fixture, 1180, 780);
  g_autoptr (InovdaRegionResult) result = load_demo_result (fixture->portfolio);
  InovdaPresentation *presentation;
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 11, 28, 9, 0, 0);
  g_autofree char *date_text = inovda_format_long_date (date);
  const struct
  {
    guint keyval;
    GdkModifierType modifiers;
    const char *action;
  } keys[] = {
    { GDK_KEY_Right, 0, "slides.next" },
    { GDK_KEY_Page_Down, 0, "slides.next" },
    { GDK_KEY_space, 0, "slides.next" },
    { GDK_KEY_Return, 0, "slides.next" },
    { GDK_KEY_Down, 0, "slides.next" },
    { GDK_KEY_Left, 0, "slides.previous" },
    { GDK_KEY_Page_Up, 0, "slides.previous" },
    { GDK_KEY_Home, 0, "slides.first" },
    { GDK_KEY_End, 0, "slides.last" },
    { GDK_KEY_Escape, 0, "slides.leave" },
  };
  guint n_slides;

  if (g_strcmp0 (g_getenv ("LANGUAGE"), "id") != 0)
    g_assert_cmpstr (date_text, ==, "28 November 2026");

  /* F5 starts it from the window. */
  g_assert_true (has_binding (GTK_WIDGET (window), GTK_PHASE_BUBBLE, GDK_KEY_F5, 0, "win.present"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  presentation = find_presentation ();
  g_assert_nonnull (presentation);
  g_object_ref (presentation);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (has_binding (GTK_WIDGET (presentation), GTK_PHASE_CAPTURE, keys[i].keyval, keys[i].modifiers, keys[i].action));

  n_slides = inovda_presentation_get_n_slides (presentation);
  g_assert_cmpstr (inovda_presentation_get_slide_name (presentation), ==, "title");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "slides.next", NULL));
  g_assert_cmpstr (inovda_presentation_get_slide_name (presentation), ==, "index");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "slides.last", NULL));
  g_assert_cmpstr (inovda_presentation_get_slide_name (presentation), ==, "plan");
  g_assert_cmpuint (inovda_presentation_get_slide (presentation), ==, n_slides - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "slides.next", NULL));
  g_assert_cmpuint (inovda_presentation_get_slide (presentation), ==, n_slides - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "slides.first", NULL));
  g_assert_cmpuint (inovda_presentation_get_slide (presentation), ==, 0);

  /* Esc leaves. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "slides.leave", NULL));
  g_assert_finalize_object (presentation);
  close_window (window);

  /* Screenshots at a projector's 1280 × 720. */
  presentation = g_object_ref (inovda_presentation_new (NULL, fixture->portfolio, result, NULL));
  gtk_window_set_default_size (GTK_WINDOW (presentation), 1280, 720);
  gtk_window_present (GTK_WINDOW (presentation));
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  {
    const char *const shots[] = { "title", "index", "variables", "unit:DINKES", "top-innovations", "plan" };

    for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
      {
        g_autofree char *name = g_strdup_printf ("presentation-%s", shots[i]);

        for (guint s = 0; s < n_slides; s++)
          {
            inovda_presentation_set_slide (presentation, s);
            if (g_strcmp0 (inovda_presentation_get_slide_name (presentation), shots[i]) == 0)
              break;
          }
        g_assert_cmpstr (inovda_presentation_get_slide_name (presentation), ==, shots[i]);
        gtk_test_widget_wait_for_draw (GTK_WIDGET (presentation));
        spin (100);
        g_strdelimit (name, ":", '-');
        save_screenshot (GTK_WIDGET (presentation), name);
      }
  }

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  inovda_presentation_set_slide (presentation, 1);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (presentation));
  spin (100);
  save_screenshot (GTK_WIDGET (presentation), "presentation-index-dark");

  gtk_window_destroy (GTK_WINDOW (presentation));
  g_assert_finalize_object (presentation);
}

static const char *
slide_title (GtkStack *stack,
             const char *name)
{
  GtkWidget *slide = gtk_stack_get_child_by_name (stack, name);
  GtkWidget *header;

  g_assert_nonnull (slide);
  header = gtk_widget_get_first_child (slide);
  g_assert_true (gtk_widget_has_css_class (header, "slide-header"));
  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (header)));
}

static void
test_variables_slide (Fixture *fixture,
                      gconstpointer data)
{
  g_autoptr (InovdaRegion) region = NULL;
  g_autoptr (GError) error = NULL;

  region = inovda_portfolio_get_region (fixture->portfolio, INOVDA_DEMO_REGION, &error);
  g_assert_no_error (error);

  /* The demo year has last year's assessments; the year before it has
   * none, so its chart sets the claimed scores against the verified. */
  for (int year = INOVDA_DEMO_YEAR; year >= INOVDA_DEMO_YEAR - 1; year--)
    {
      g_autoptr (InovdaRegionResult) result = inovda_region_result_load (fixture->portfolio, region, year);
      GtkStack *stack = GTK_STACK (g_object_ref_sink (gtk_stack_new ()));
      gboolean against_last_year = FALSE;
      g_autoptr (InovdaRadarChart) chart = NULL;
      g_autofree char *verified = g_strdup_printf (_ ("Verified %d"), year);

      g_assert_no_error (result->error);
      chart = inovda_radar_charts_variables (fixture->portfolio, result, &against_last_year);
      g_assert_cmpint (against_last_year, ==, year == INOVDA_DEMO_YEAR);
      if (!against_last_year)
        g_assert_cmpstr (inovda_radar_chart_get_series_label (chart, 1), ==, verified);

      inovda_slides_build (stack, fixture->portfolio, result, NULL);
      g_assert_cmpstr (slide_title (stack, "variables"), ==,
                       against_last_year ? _ ("The Variables Against Last Year")
                                         : _ ("The Variables, Claimed and Verified"));
      g_assert_finalize_object (stack);
    }
}

/* A region without a counted innovation needs one to be assessed at all:
 * the plan proposes that one, not the twelve of the divisor floor, and never
 * more changes than asked for. */
static void
test_plan (Fixture *fixture,
           gconstpointer data)
{
  const char *const regions[] = { "63.01", INOVDA_DEMO_REGION };
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  g_autoptr (GError) error = NULL;

  catalogue = inovda_portfolio_get_catalogue (fixture->portfolio, INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);

  for (guint r = 0; r < G_N_ELEMENTS (regions); r++)
    {
      g_autoptr (InovdaRegionYear) region_year = NULL;
      g_autoptr (InovdaScenario) plan = NULL;
      g_autoptr (InovdaWhatIf) what_if = NULL;
      InovdaRegionScore score = { 0 };

      region_year = inovda_portfolio_load_region_year (fixture->portfolio, catalogue, regions[r],
                                                       INOVDA_DEMO_YEAR, &error);
      g_assert_no_error (error);
      inovda_score_region (catalogue, &region_year->region, &score);

      plan = inovda_scenario_new_plan (catalogue, region_year, 6);
      g_assert_cmpuint (plan->changes->len, >, 0);
      g_assert_cmpuint (plan->changes->len, <=, 6);
      what_if = inovda_what_if_new (catalogue, region_year, plan);
      g_assert_cmpint (what_if->score.klaim.iid, >, score.klaim.iid);

      if (r == 0)
        {
          g_assert_cmpuint (score.klaim.counted, ==, 0);
          g_assert_cmpuint (plan->changes->len, ==, 1);
          g_assert_cmpint (what_if->score.klaim.band, >=, 0);
          g_assert_cmpint (score.klaim.band, <, 0);
        }
      inovda_region_score_clear (&score);
    }
}

static GtkWidget *
find_styled (GtkWidget *widget,
             const char *style_class)
{
  if (gtk_widget_has_css_class (widget, style_class))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_styled (child, style_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A plan longer than the slide lists says how many changes are left out,
 * and its outcome is the whole plan's, as the Akselerasi page shows it. */
static void
test_plan_slide (Fixture *fixture,
                 gconstpointer data)
{
  g_autoptr (InovdaRegionResult) result = load_demo_result (fixture->portfolio);
  g_autoptr (InovdaScenario) plan = inovda_scenario_new (NULL);
  g_autoptr (InovdaWhatIf) what_if = NULL;
  g_autofree char *before = inovda_format_score (result->score.klaim.iid);
  g_autofree char *after = NULL;
  g_autofree char *outcome = NULL;
  g_autofree char *more = NULL;
  InovdaGapAnalysis analysis = { 0 };
  GtkStack *stack = GTK_STACK (g_object_ref_sink (gtk_stack_new ()));
  GtkWidget *line;
  guint n_more;

  inovda_gaps_analyse (result->catalogue, &result->region_year->region, &analysis);
  for (guint i = 0; i < analysis.gaps->len && plan->changes->len < 8; i++)
    inovda_scenario_add_gap (plan, result->catalogue, &result->region_year->region,
                             &g_array_index (analysis.gaps, InovdaGap, i));
  inovda_gap_analysis_clear (&analysis);
  g_assert_cmpuint (plan->changes->len, >, 6);

  what_if = inovda_what_if_new (result->catalogue, result->region_year, plan);
  after = inovda_format_score (what_if->score.klaim.iid);
  outcome = g_strdup_printf (_ ("IID %s → %s"), before, after);

  n_more = plan->changes->len - 6;
  more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more change", "and %u more changes", n_more),
                          n_more);

  inovda_slides_build (stack, fixture->portfolio, result, plan);
  line = find_styled (gtk_stack_get_child_by_name (stack, "plan"), "slide-detail");
  g_assert_nonnull (line);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (line)), ==, more);
  line = find_styled (gtk_stack_get_child_by_name (stack, "plan"), "slide-outcome");
  g_assert_nonnull (line);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (line))), ==, outcome);
  g_assert_finalize_object (stack);
}

/* One step that stays short of the next band is “this step”, not “these
 * steps”. */
static void
test_plan_slide_one_step (Fixture *fixture,
                          gconstpointer data)
{
  g_autoptr (InovdaRegionResult) result = load_demo_result (fixture->portfolio);
  g_autoptr (InovdaScenario) plan = inovda_scenario_new (NULL);
  g_autoptr (InovdaWhatIf) what_if = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *note = NULL;
  InovdaGapAnalysis analysis = { 0 };
  GtkStack *stack = GTK_STACK (g_object_ref_sink (gtk_stack_new ()));
  GtkWidget *label;

  inovda_gaps_analyse (result->catalogue, &result->region_year->region, &analysis);
  g_assert_cmpuint (inovda_scenario_add_gap (plan, result->catalogue, &result->region_year->region,
                                             &g_array_index (analysis.gaps, InovdaGap, 0)),
                    ==, 1);
  what_if = inovda_what_if_new (result->catalogue, result->region_year, plan);
  g_assert_cmpint (what_if->score.klaim.iid, <, analysis.next_band_lower);
  missing = inovda_format_score (analysis.next_band_lower - what_if->score.klaim.iid);
  note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Still %s points short of %s after this step.",
                                       "Still %s points short of %s after these steps.", 1),
                          missing, analysis.next_predikat);
  inovda_gap_analysis_clear (&analysis);

  inovda_slides_build (stack, fixture->portfolio, result, plan);
  label = find_styled (gtk_stack_get_child_by_name (stack, "plan"), "slide-detail");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, note);
  g_assert_finalize_object (stack);
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

/* The demo has one agency more than the summary lists: it is listed, not
 * hidden behind a row that says “1 more”. */
static void
test_unreported_units (Fixture *fixture,
                       gconstpointer data)
{
  g_autoptr (InovdaRegionResult) result = load_demo_result (fixture->portfolio);
  g_autoptr (GListModel) units = NULL;
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  GtkWidget *summary = g_object_ref_sink (g_object_new (INOVDA_TYPE_SUMMARY_PAGE, NULL));
  guint n_unreported = 0;

  units = inovda_portfolio_list_units (fixture->portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (units, i);

      if (inovda_unit_get_n_innovations (unit) == 0)
        n_unreported++;
    }
  g_assert_cmpuint (n_unreported, ==, 9);

  inovda_summary_page_show (INOVDA_SUMMARY_PAGE (summary), fixture->portfolio, result);
  collect_action_rows (template_child (summary, INOVDA_TYPE_SUMMARY_PAGE, "units_group"), rows);
  g_assert_cmpuint (rows->len, ==, n_unreported);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpstr (gtk_actionable_get_action_name (g_ptr_array_index (rows, i)), ==,
                     "win.show-unit-innovations");
  g_assert_finalize_object (summary);
}

/* ------------------------------------------------------------------------ */

int
main (int argc,
      char *argv[])
{
  if (!inovda_test_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/inovda/chart-view/new-destroy", test_chart_view_new_destroy);
  g_test_add ("/inovda/chart-view/hover", Fixture, NULL,
              fixture_setup, test_chart_view_hover, fixture_teardown);
  g_test_add ("/inovda/charts-ui/new-destroy", Fixture, NULL,
              fixture_setup, test_pages_new_destroy, fixture_teardown);
  g_test_add ("/inovda/charts-ui/dashboard", Fixture, NULL,
              fixture_setup, test_dashboard, fixture_teardown);
  g_test_add ("/inovda/charts-ui/dashboard-export", Fixture, NULL,
              fixture_setup, test_dashboard_export, fixture_teardown);
  g_test_add ("/inovda/charts-ui/what-if", Fixture, NULL,
              fixture_setup, test_what_if, fixture_teardown);
  g_test_add ("/inovda/charts-ui/apply", Fixture, NULL,
              fixture_setup, test_apply, fixture_teardown);
  g_test_add ("/inovda/charts-ui/scenario", Fixture, NULL,
              fixture_setup, test_scenario_round_trip, fixture_teardown);
  g_test_add ("/inovda/charts-ui/presentation", Fixture, NULL,
              fixture_setup, test_presentation, fixture_teardown);
  g_test_add ("/inovda/charts-ui/variables-slide", Fixture, NULL,
              fixture_setup, test_variables_slide, fixture_teardown);
  g_test_add ("/inovda/charts-ui/plan", Fixture, NULL,
              fixture_setup, test_plan, fixture_teardown);
  g_test_add ("/inovda/charts-ui/unreported-units", Fixture, NULL,
              fixture_setup, test_unreported_units, fixture_teardown);
  g_test_add ("/inovda/charts-ui/plan-slide", Fixture, NULL,
              fixture_setup, test_plan_slide, fixture_teardown);
  g_test_add ("/inovda/charts-ui/plan-slide-one-step", Fixture, NULL,
              fixture_setup, test_plan_slide_one_step, fixture_teardown);

  return g_test_run ();
}
