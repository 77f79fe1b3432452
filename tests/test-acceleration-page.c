/* test-acceleration-page.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-acceleration-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "storage/inovda-demo.h"
#include "ui/inovda-acceleration-page.h"
#include "ui/inovda-chart-view.h"
#include "ui/inovda-columns.h"
#include "ui/inovda-window.h"
#include "inovda-test-ui.h"

typedef InovdaTestPortfolio Fixture;

static void
fixture_setup (Fixture *fixture,
               gconstpointer data)
{
  reset_settings ();
  inovda_test_portfolio_open (fixture, TRUE);
}

static void
fixture_teardown (Fixture *fixture,
                  gconstpointer data)
{
  inovda_test_portfolio_close (fixture);
}

/* Every part the bar shows lies inside it: nothing is cut off. */
static void
assert_bar_fits (GtkWidget *bar)
{
  int width = gtk_widget_get_width (bar);

  g_assert_cmpint (width, >, 0);
  for (GtkWidget *child = gtk_widget_get_first_child (bar);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_get_visible (child) || !gtk_widget_get_child_visible (child))
        continue;
      g_assert_true (gtk_widget_compute_bounds (child, bar, &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, width);
    }
}

static gboolean
bar_part_shown (GtkWidget *page,
                const char *name)
{
  GtkWidget *part = template_child (page, INOVDA_TYPE_ACCELERATION_PAGE, name);

  return gtk_widget_get_visible (part) && gtk_widget_get_child_visible (part);
}

/* At 800 px the window keeps its size and its sidebar: the page asks for
 * no more than the width beside the sidebar, and its what-if bar arranges
 * itself in it. Wide, the bar shows every button in one row. */
static void
test_acceleration_page_narrow (Fixture *fixture,
                               gconstpointer data)
{
  InovdaWindow *window = g_object_ref (inovda_window_new (NULL, fixture->portfolio));
  AdwLeaflet *leaflet;
  GtkWidget *page;
  GtkWidget *content;
  graphene_rect_t content_bounds;
  GtkWidget *bar;
  int minimum;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "acceleration"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  page = template_child (window, INOVDA_TYPE_WINDOW, "acceleration_page");
  leaflet = template_child (window, INOVDA_TYPE_WINDOW, "leaflet");
  content = adw_leaflet_get_child_by_name (leaflet, "content");
  bar = template_child (page, INOVDA_TYPE_ACCELERATION_PAGE, "what_if_bar");
  g_assert_true (gtk_widget_get_mapped (page));

  gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_false (adw_leaflet_get_folded (leaflet));
  /* Beside the sidebar and its separator */
  g_assert_true (gtk_widget_compute_bounds (content, GTK_WIDGET (leaflet), &content_bounds));
  g_assert_cmpfloat (content_bounds.origin.x, >, 200);
  g_assert_cmpint (minimum, <=, 800 - (int) content_bounds.origin.x);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 800);
  assert_bar_fits (bar);
  g_assert_true (bar_part_shown (page, "save_button"));
  g_assert_true (bar_part_shown (page, "reset_button") != bar_part_shown (page, "more_button"));
  inovda_test_save_screenshot (GTK_WIDGET (window), "acceleration-800");

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >, 1200);
  assert_bar_fits (bar);
  g_assert_true (bar_part_shown (page, "reset_button"));
  g_assert_true (bar_part_shown (page, "open_button"));
  g_assert_false (bar_part_shown (page, "more_button"));
  inovda_test_save_screenshot (GTK_WIDGET (window), "acceleration-1280");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* A region without a counted innovation has nothing to leave out: the
 * button that would open an empty list is off. */
static void
test_acceleration_page_leave_out (Fixture *fixture,
                                  gconstpointer data)
{
  const struct
  {
    const char *region;
    gboolean sensitive;
  } cases[] = {
    { INOVDA_DEMO_REGION, TRUE },
    { "63.01", FALSE },
  };
  GtkWidget *page = g_object_ref_sink (g_object_new (INOVDA_TYPE_ACCELERATION_PAGE, NULL));
  GtkWidget *button = template_child (page, INOVDA_TYPE_ACCELERATION_PAGE, "leave_out_button");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (InovdaRegion) region = NULL;
      g_autoptr (InovdaRegionResult) result = NULL;
      g_autoptr (GError) error = NULL;

      region = inovda_portfolio_get_region (fixture->portfolio, cases[i].region, &error);
      g_assert_no_error (error);
      result = inovda_region_result_load (fixture->portfolio, region, INOVDA_DEMO_YEAR);
      g_assert_no_error (result->error);
      inovda_acceleration_page_show (INOVDA_ACCELERATION_PAGE (page), fixture->portfolio, result);
      g_assert_cmpint (gtk_widget_get_sensitive (button), ==, cases[i].sensitive);
    }
  g_assert_finalize_object (page);
}

/* Tab reads the page as it is laid out: from the bar's last button into
 * the ranked changes on the left, not into the chart on the right, which
 * is shorter and so has its middle higher up. */
static void
test_acceleration_page_tab_order (Fixture *fixture,
                                  gconstpointer data)
{
  InovdaWindow *window = g_object_ref (inovda_window_new (NULL, fixture->portfolio));
  GtkWidget *page;
  GtkWidget *save_button;
  GtkWidget *focus;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "acceleration"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  page = template_child (window, INOVDA_TYPE_WINDOW, "acceleration_page");
  g_assert_cmpuint (inovda_columns_get_n_columns (template_child (page, INOVDA_TYPE_ACCELERATION_PAGE, "columns")), ==, 2);
  {
    int minimum = 0;
    int natural = 0;

    /* A height asked for without a width, as a vertical box asks it. */
    gtk_widget_measure (template_child (page, INOVDA_TYPE_ACCELERATION_PAGE, "columns"), GTK_ORIENTATION_VERTICAL, -1,
                        &minimum, &natural, NULL, NULL);
    g_assert_cmpint (minimum, >, 0);
    g_assert_cmpint (natural, >=, minimum);
  }
  save_button = template_child (page, INOVDA_TYPE_ACCELERATION_PAGE, "save_button");
  g_assert_true (gtk_widget_grab_focus (save_button));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));

  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, template_child (page, INOVDA_TYPE_ACCELERATION_PAGE, "gaps_group")));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static guint
count_labels (GtkWidget *widget,
              const char *text)
{
  guint n = GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_labels (child, text);
  return n;
}

/* What a change takes is laid out when its row is first expanded, not
 * for every change each time the page is shown. */
static void
test_acceleration_page_gap_details (Fixture *fixture,
                                    gconstpointer data)
{
  GtkWidget *page = g_object_ref_sink (g_object_new (INOVDA_TYPE_ACCELERATION_PAGE, NULL));
  GtkWidget *gaps_group = template_child (page, INOVDA_TYPE_ACCELERATION_PAGE, "gaps_group");
  g_autoptr (InovdaRegion) region = NULL;
  g_autoptr (InovdaRegionResult) result = NULL;
  g_autoptr (GError) error = NULL;
  AdwExpanderRow *row;

  region = inovda_portfolio_get_region (fixture->portfolio, INOVDA_DEMO_REGION, &error);
  g_assert_no_error (error);
  result = inovda_region_result_load (fixture->portfolio, region, INOVDA_DEMO_YEAR);
  inovda_acceleration_page_show (INOVDA_ACCELERATION_PAGE (page), fixture->portfolio, result);

  row = ADW_EXPANDER_ROW (find_descendant (gaps_group, ADW_TYPE_EXPANDER_ROW));
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_enable_expansion (row));
  g_assert_cmpuint (count_labels (gaps_group, _ ("What it takes")), ==, 0);
  adw_expander_row_set_expanded (row, TRUE);
  g_assert_cmpuint (count_labels (GTK_WIDGET (row), _ ("What it takes")), ==, 1);
  /* Collapsed and expanded again: added once. */
  adw_expander_row_set_expanded (row, FALSE);
  adw_expander_row_set_expanded (row, TRUE);
  g_assert_cmpuint (count_labels (GTK_WIDGET (row), _ ("What it takes")), ==, 1);
  g_assert_finalize_object (page);
}

/* A scenario is saved under a name: the popover's Save button waits for
 * one instead of closing the popover and doing nothing. */
static void
test_acceleration_page_save_name (Fixture *fixture,
                                  gconstpointer data)
{
  GtkWidget *page = g_object_ref_sink (g_object_new (INOVDA_TYPE_ACCELERATION_PAGE, NULL));
  GtkWidget *entry = template_child (page, INOVDA_TYPE_ACCELERATION_PAGE, "name_entry");
  GtkWidget *button = template_child (page, INOVDA_TYPE_ACCELERATION_PAGE, "save_name_button");

  g_assert_false (gtk_widget_get_sensitive (button));
  gtk_editable_set_text (GTK_EDITABLE (entry), "  ");
  g_assert_false (gtk_widget_get_sensitive (button));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Rencana Sekda");
  g_assert_true (gtk_widget_get_sensitive (button));
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_assert_false (gtk_widget_get_sensitive (button));
  g_assert_finalize_object (page);
}

/* The what-if chart draws the scenario once it changes something: before,
 * its series would lie exactly under the portfolio's, listed in the
 * legend yet unseen. */
static void
assert_chart_series (InovdaChartView *view,
                     const char *const *labels)
{
  InovdaRadarChart *chart = inovda_chart_view_get_chart (view);
  guint n = g_strv_length ((char **) labels);

  g_assert_nonnull (chart);
  g_assert_cmpuint (inovda_radar_chart_get_n_series (chart), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (inovda_radar_chart_get_series_label (chart, i), ==, labels[i]);
}

static void
test_acceleration_page_what_if_series (Fixture *fixture,
                                       gconstpointer data)
{
  InovdaWindow *window = g_object_ref (inovda_window_new (NULL, fixture->portfolio));
  GtkWidget *page;
  InovdaChartView *view;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  inovda_window_set_year (window, INOVDA_DEMO_YEAR);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "acceleration"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  page = template_child (window, INOVDA_TYPE_WINDOW, "acceleration_page");
  view = template_child (page, INOVDA_TYPE_ACCELERATION_PAGE, "chart_view");

  assert_chart_series (view, (const char *const[]){ _ ("Portfolio"), NULL });
  inovda_test_save_screenshot (GTK_WIDGET (view), "what-if-chart-unchanged");

  g_assert_true (gtk_widget_activate_action (page, "acceleration.try-gap", "u", 0));
  g_assert_cmpuint (inovda_acceleration_page_get_scenario (INOVDA_ACCELERATION_PAGE (page))->changes->len, ==, 1);
  assert_chart_series (view, (const char *const[]){ _ ("Portfolio"), _ ("What-if"), NULL });
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  inovda_test_save_screenshot (GTK_WIDGET (view), "what-if-chart-changed");

  g_assert_true (gtk_widget_activate_action (page, "acceleration.remove-change", "u", 0));
  assert_chart_series (view, (const char *const[]){ _ ("Portfolio"), NULL });
  g_assert_true (gtk_widget_activate_action (page, "acceleration.try-gap", "u", 0));
  assert_chart_series (view, (const char *const[]){ _ ("Portfolio"), _ ("What-if"), NULL });
  g_assert_true (gtk_widget_activate_action (page, "acceleration.reset", NULL));
  assert_chart_series (view, (const char *const[]){ _ ("Portfolio"), NULL });

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int argc,
      char *argv[])
{
  if (!inovda_test_ui_init (&argc, &argv))
    return 0;

  g_test_add ("/inovda/acceleration-page/what-if-series", Fixture, NULL,
              fixture_setup, test_acceleration_page_what_if_series, fixture_teardown);
  g_test_add ("/inovda/acceleration-page/narrow", Fixture, NULL,
              fixture_setup, test_acceleration_page_narrow, fixture_teardown);
  g_test_add ("/inovda/acceleration-page/gap-details", Fixture, NULL,
              fixture_setup, test_acceleration_page_gap_details, fixture_teardown);
  g_test_add ("/inovda/acceleration-page/leave-out", Fixture, NULL,
              fixture_setup, test_acceleration_page_leave_out, fixture_teardown);
  g_test_add ("/inovda/acceleration-page/tab-order", Fixture, NULL,
              fixture_setup, test_acceleration_page_tab_order, fixture_teardown);
  g_test_add ("/inovda/acceleration-page/save-name", Fixture, NULL,
              fixture_setup, test_acceleration_page_save_name, fixture_teardown);

  return g_test_run ();
}
