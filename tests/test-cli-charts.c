/* test-cli-charts.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <gio/gio.h>
#include <string.h>

#include "inovda-test-utils.h"

/* inovda-cli chart and report: outputs and exit statuses (1 usage, 2
 * invalid input, 3 input/output). */

static int
run_cli (const char *const *args,
         char **out,
         char **err)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  const char *cli = g_getenv ("INOVDA_CLI");

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char *const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &stdout_text, &stderr_text, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));

  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);
  return g_subprocess_get_exit_status (process);
}

static char *
demo_portfolio (void)
{
  char *path = inovda_test_temp_path ("charts.inovda");
  const char *demo[] = { "--db", path, "demo", NULL };

  g_assert_cmpint (run_cli (demo, NULL, NULL), ==, 0);
  return path;
}

static void
assert_png_size (const char *path,
                 int width,
                 int height)
{
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, height);
  cairo_surface_destroy (png);
}

static void
assert_starts_with (const char *path,
                    const char *prefix)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, prefix));
}

static void
test_help (void)
{
  const char *help[] = { "--help", NULL };
  g_autofree char *out = NULL;

  g_assert_cmpint (run_cli (help, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "chart OUT.(png|svg|pdf) --region CODE [--unit CODE | --innovation ID]"));
  g_assert_nonnull (strstr (out, "[--year Y] [--compare Y2] [--level indicators|variables] [--size WxH]"));
  g_assert_nonnull (strstr (out, "report OUT.pdf --region CODE [--year Y]"));
  g_assert_null (strstr (out, "/chart"));
  g_assert_null (strstr (out, "/report"));
}

static void
test_chart_outputs (void)
{
  g_autofree char *db = demo_portfolio ();
  g_autofree char *png = inovda_test_temp_path ("wilayah.png");
  g_autofree char *hidpi = inovda_test_temp_path ("wilayah@2x.png");
  g_autofree char *svg = inovda_test_temp_path ("indikator.svg");
  g_autofree char *pdf = inovda_test_temp_path ("unit.pdf");
  g_autofree char *innovation = inovda_test_temp_path ("inovasi.png");
  g_autofree char *out = NULL;
  const char *region[] = { "--db", db, "chart", png, "--region", "63", NULL };
  const char *region_2x[] = { "--db", db, "chart", hidpi, "--region", "63", "--compare", "2025", "--size", "400x300@2x", NULL };
  const char *indicators[] = { "--db", db, "chart", svg, "--region", "63", "--level", "indicators", "--year", "2026", NULL };
  const char *unit[] = { "--db", db, "chart", pdf, "--region=63", "--unit=DISDIK", "--compare=2025", "--level=variables", NULL };
  const char *one[] = { "--db", db, "chart", innovation, "--region", "63", "--innovation", "DEMO-2025-010",
                        "--compare", "2025", "--size", "640x480", NULL };

  g_assert_cmpint (run_cli (region, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, png));
  assert_png_size (png, 1200, 900);
  g_assert_cmpint (run_cli (region_2x, NULL, NULL), ==, 0);
  assert_png_size (hidpi, 800, 600);
  g_assert_cmpint (run_cli (indicators, NULL, NULL), ==, 0);
  assert_starts_with (svg, "<?xml");
  g_assert_cmpint (run_cli (unit, NULL, NULL), ==, 0);
  assert_starts_with (pdf, "%PDF-");
  g_assert_cmpint (run_cli (one, NULL, NULL), ==, 0);
  assert_png_size (innovation, 640, 480);
}

static void
test_chart_exit_status (void)
{
  g_autofree char *db = demo_portfolio ();
  g_autofree char *missing_db = inovda_test_temp_path ("tidak-ada.inovda");
  g_autofree char *png = inovda_test_temp_path ("gagal.png");
  g_autofree char *no_folder = g_build_filename (g_get_user_data_dir (), "tidak", "ada", "radar.png", NULL);
  g_autofree char *err = NULL;
  static const struct
  {
    int status;
    const char *args[10];
  } cases[] = {
    { 1, { "chart", NULL } },
    { 1, { "chart", "a.png", "b.png", "--region", "63", NULL } },
    { 1, { "chart", "radar.jpg", "--region", "63", NULL } },
    { 1, { "chart", "OUT", NULL } },
    { 1, { "chart", "OUT", "--unit", "DISDIK", "--innovation", "DEMO-2025-010", "--region", "63" } },
    { 1, { "chart", "OUT", "--region", "63", "--level", "urusan", NULL } },
    { 1, { "chart", "OUT", "--region", "63", "--compare", "kemarin", NULL } },
    { 2, { "chart", "OUT", "--region", "63", "--size", "besar", NULL } },
    { 2, { "chart", "OUT", "--region", "63", "--size", "10x10", NULL } },
    { 2, { "chart", "OUT", "--region", "63", "--size", "800x600@3x", NULL } },
    { 2, { "chart", "OUT", "--region", "99", NULL } },
    { 2, { "chart", "OUT", "--region", "63", "--unit", "TIDAKADA", NULL } },
    { 2, { "chart", "OUT", "--region", "63", "--innovation", "DEMO-9999-999", NULL } },
    { 2, { "chart", "OUT", "--region", "63", "--innovation", "DEMO-2026-001", "--compare", "2025", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) args = g_ptr_array_new ();

      g_ptr_array_add (args, "--db");
      g_ptr_array_add (args, db);
      for (guint a = 0; a < G_N_ELEMENTS (cases[i].args) && cases[i].args[a] != NULL; a++)
        g_ptr_array_add (args, (gpointer) (g_str_equal (cases[i].args[a], "OUT") ? png : cases[i].args[a]));
      g_ptr_array_add (args, NULL);
      g_test_message ("case %u", i);
      g_assert_cmpint (run_cli ((const char *const *) args->pdata, NULL, NULL), ==, cases[i].status);
      g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
    }

  {
    const char *args[] = { "--db", db, "chart", no_folder, "--region", "63", NULL };
    g_assert_cmpint (run_cli (args, NULL, &err), ==, 3);
    g_assert_nonnull (strstr (err, no_folder));
  }
  {
    const char *args[] = { "--db", missing_db, "chart", png, "--region", "63", NULL };
    g_assert_cmpint (run_cli (args, NULL, NULL), ==, 3);
    g_assert_false (g_file_test (missing_db, G_FILE_TEST_EXISTS));
  }
}

static void
test_report (void)
{
  g_autofree char *db = demo_portfolio ();
  g_autofree char *pdf = inovda_test_temp_path ("laporan.pdf");
  g_autofree char *no_folder = g_build_filename (g_get_user_data_dir (), "tidak", "ada", "laporan.pdf", NULL);
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  const char *report[] = { "--db", db, "report", pdf, "--region", "63", "--year", "2026", NULL };
  const char *no_region[] = { "--db", db, "report", pdf, NULL };
  const char *not_pdf[] = { "--db", db, "report", "laporan.png", "--region", "63", NULL };
  const char *no_file[] = { "--db", db, "report", "--region", "63", NULL };
  const char *unknown_region[] = { "--db", db, "report", pdf, "--region", "99", NULL };
  const char *unwritable[] = { "--db", db, "report", no_folder, "--region", "63", NULL };

  g_assert_cmpint (run_cli (no_region, NULL, NULL), ==, 1);
  g_assert_cmpint (run_cli (not_pdf, NULL, NULL), ==, 1);
  g_assert_cmpint (run_cli (no_file, NULL, NULL), ==, 1);
  g_assert_cmpint (run_cli (unknown_region, NULL, NULL), ==, 2);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_cli (unwritable, NULL, NULL), ==, 3);

  g_assert_cmpint (run_cli (report, NULL, NULL), ==, 0);
  assert_starts_with (pdf, "%PDF-");

  if (pdfinfo == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed: page count not checked");
      return;
    }
  {
    const char *argv[] = { "pdfinfo", pdf, NULL };
    g_autofree char *info = NULL;
    g_autoptr (GError) error = NULL;
    g_autoptr (GMatchInfo) match = NULL;
    g_autoptr (GRegex) regex = g_regex_new ("^Pages:\\s+(\\d+)$", G_REGEX_MULTILINE, 0, NULL);
    g_autofree char *pages = NULL;
    int status = 0;

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &info, NULL, &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_regex_match (regex, info, 0, &match));
    pages = g_match_info_fetch (match, 1);
    g_assert_cmpint (atoi (pages), >=, 5);
    g_assert_nonnull (strstr (info, "(A4)"));
  }
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/inovda/cli/charts/help", test_help);
  g_test_add_func ("/inovda/cli/charts/chart-outputs", test_chart_outputs);
  g_test_add_func ("/inovda/cli/charts/chart-exit-status", test_chart_exit_status);
  g_test_add_func ("/inovda/cli/charts/report", test_report);

  return g_test_run ();
}
