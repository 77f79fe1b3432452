/* test-report.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "charts/inovda-report.h"
#include "io/inovda-catalogue-reader.h"
#include "storage/inovda-demo.h"
#include "storage/inovda-portfolio.h"
#include "inovda-test-utils.h"

/* The PDF report of the demo region, and of a region large enough for its
 * tables to run over several pages. Page counts, page numbers, fonts and the
 * cover's text are read back with poppler-utils. */

typedef struct
{
  InovdaPortfolio *portfolio;
  InovdaCatalogue *catalogue;
  InovdaCatalogue *previous_catalogue;
  InovdaRegionYear *region;
  InovdaRegionYear *previous;
  GListModel *units;
} Demo;

static void
demo_load (Demo *demo)
{
  g_autofree char *path = inovda_test_temp_path ("report.inovda");
  g_autoptr (GError) error = NULL;

  demo->portfolio = inovda_portfolio_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (inovda_demo_populate (demo->portfolio, FALSE, &error));
  g_assert_no_error (error);

  demo->catalogue = inovda_portfolio_get_catalogue (demo->portfolio, INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);
  demo->previous_catalogue = inovda_portfolio_get_catalogue (demo->portfolio, INOVDA_DEMO_YEAR - 1, &error);
  g_assert_no_error (error);
  demo->region = inovda_portfolio_load_region_year (demo->portfolio, demo->catalogue, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);
  demo->previous = inovda_portfolio_load_region_year (demo->portfolio, demo->previous_catalogue, INOVDA_DEMO_REGION,
                                                      INOVDA_DEMO_YEAR - 1, &error);
  g_assert_no_error (error);
  demo->units = inovda_portfolio_list_units (demo->portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);
}

static void
demo_clear (Demo *demo)
{
  g_clear_object (&demo->units);
  g_clear_pointer (&demo->region, inovda_region_year_unref);
  g_clear_pointer (&demo->previous, inovda_region_year_unref);
  g_clear_pointer (&demo->catalogue, inovda_catalogue_unref);
  g_clear_pointer (&demo->previous_catalogue, inovda_catalogue_unref);
  g_clear_object (&demo->portfolio);
}

static InovdaReportInput
demo_input (Demo *demo,
            GDateTime *date)
{
  InovdaReportInput input = { 0 };

  input.catalogue = demo->catalogue;
  input.region = &demo->region->region;
  input.spd_n_evidence = demo->region->spd_n_evidence;
  input.units = demo->units;
  input.year = INOVDA_DEMO_YEAR;
  input.previous_catalogue = demo->previous_catalogue;
  input.previous_region = &demo->previous->region;
  input.previous_year = INOVDA_DEMO_YEAR - 1;
  input.date = date;
  return input;
}

static gboolean
have_poppler (void)
{
  static const char *const tools[] = { "pdfinfo", "pdffonts", "pdftotext" };

  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    {
      g_autofree char *found = g_find_program_in_path (tools[i]);
      if (found == NULL)
        return FALSE;
    }
  return TRUE;
}

static char *
run_tool (const char *const *argv)
{
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static int
page_count (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run_tool (argv);
  g_autoptr (GMatchInfo) match = NULL;
  g_autoptr (GRegex) regex = g_regex_new ("^Pages:\\s+(\\d+)$", G_REGEX_MULTILINE, 0, NULL);
  g_autofree char *number = NULL;

  g_assert_true (g_regex_match (regex, info, 0, &match));
  number = g_match_info_fetch (match, 1);
  g_assert_true (g_regex_match_simple ("^Page size:\\s+595.\\d* x 841.\\d* pts \\(A4\\)", info, G_REGEX_MULTILINE, 0));
  return atoi (number);
}

static char *
page_text (const char *path,
           int page)
{
  g_autofree char *number = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdftotext", "-f", number, "-l", number, "-layout", path, "-", NULL };

  return run_tool (argv);
}

/* Every page but the cover says "Page N of M", with M the real count. */
static void
assert_page_numbers (const char *path,
                     int n_pages)
{
  for (int page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = page_text (path, page);
      g_autofree char *footer = g_strdup_printf ("Page %d of %d", page, n_pages);

      if (page == 1)
        g_assert_null (strstr (text, "Page 1 of"));
      else if (strstr (text, footer) == NULL)
        g_error ("page %d has no “%s”:\n%s", page, footer, text);
    }
}

static void
test_long_date (void)
{
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 11, 28, 9, 30, 0);
  g_autoptr (GDateTime) first = g_date_time_new_local (2027, 1, 1, 0, 0, 0);
  g_autofree char *text = inovda_format_long_date (date);
  g_autofree char *january = inovda_format_long_date (first);

  g_assert_cmpstr (text, ==, "28 November 2026");
  g_assert_cmpstr (january, ==, "1 January 2027");
}

static void
test_demo_report (void)
{
  Demo demo = { 0 };
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 11, 28, 9, 30, 0);
  g_autofree char *path = inovda_test_temp_path ("laporan.pdf");
  g_autoptr (GError) error = NULL;
  InovdaReportInput input;
  int n_pages;

  demo_load (&demo);
  input = demo_input (&demo, date);
  g_assert_true (inovda_report_write_pdf (&input, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  if (!have_poppler ())
    {
      demo_clear (&demo);
      g_test_skip ("poppler-utils (pdfinfo, pdffonts, pdftotext) is not installed: pages not checked");
      return;
    }

  n_pages = page_count (path);
  /* Cover, summary, units (several pages), missing evidence. */
  g_assert_cmpint (n_pages, >=, 5);
  assert_page_numbers (path, n_pages);

  {
    const char *argv[] = { "pdfinfo", path, NULL };
    g_autofree char *info = run_tool (argv);
    g_assert_true (g_regex_match_simple ("^Title:\\s+Indeks Inovasi Daerah 2026 — Provinsi Kalimantan Selatan$", info,
                                         G_REGEX_MULTILINE, 0));
  }
  {
    const char *argv[] = { "pdffonts", path, NULL };
    g_autofree char *fonts = run_tool (argv);
    g_assert_nonnull (strstr (fonts, "Cantarell-Regular"));
    g_assert_nonnull (strstr (fonts, "Cantarell-Bold"));
    g_assert_false (g_regex_match_simple ("\\s+no\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$", fonts, G_REGEX_MULTILINE, 0));
  }
  {
    g_autofree char *cover = page_text (path, 1);
    g_autofree char *summary = page_text (path, 2);
    g_autofree char *all = NULL;
    const char *argv[] = { "pdftotext", path, "-", NULL };

    g_assert_nonnull (strstr (cover, "Provinsi Kalimantan Selatan"));
    g_assert_nonnull (strstr (cover, "28 November 2026"));
    g_assert_nonnull (strstr (cover, "52.04"));
    g_assert_nonnull (strstr (summary, "Summary"));
    g_assert_nonnull (strstr (summary, "In 2025 the verified IID was 36.57"));
    all = run_tool (argv);
    g_assert_nonnull (strstr (all, "Innovations by perangkat daerah"));
    g_assert_nonnull (strstr (all, "Claimed levels without evidence"));
  }
  demo_clear (&demo);
}

/* One unit with many innovations: its table runs over pages and repeats
 * its header; a report without a previous year still works. */
static void
test_long_table (void)
{
  Demo demo = { 0 };
  g_autofree char *path = inovda_test_temp_path ("panjang.pdf");
  g_autoptr (GError) error = NULL;
  g_autofree InovdaScoreInnovation *many = NULL;
  InovdaScoreRegion region;
  InovdaReportInput input;
  int headers = 0;
  int n_pages;
  guint n = 150;

  demo_load (&demo);
  region = demo.region->region;
  many = g_new (InovdaScoreInnovation, n);
  for (guint i = 0; i < n; i++)
    {
      many[i] = region.innovations[i % region.n_innovations];
      many[i].unit_code = "DISDIK";
    }
  region.innovations = many;
  region.n_innovations = n;

  input = demo_input (&demo, NULL);
  input.region = &region;
  input.previous_catalogue = NULL;
  input.previous_region = NULL;
  g_assert_true (inovda_report_write_pdf (&input, path, &error));
  g_assert_no_error (error);

  if (!have_poppler ())
    {
      demo_clear (&demo);
      g_test_skip ("poppler-utils is not installed: pages not checked");
      return;
    }
  n_pages = page_count (path);
  g_assert_cmpint (n_pages, >=, 7);
  assert_page_numbers (path, n_pages);
  for (int page = 3; page <= n_pages; page++)
    {
      g_autofree char *text = page_text (path, page);
      headers += strstr (text, "Counted") != NULL;
    }
  /* The unit's table is on at least three pages, each with its header. */
  g_assert_cmpint (headers, >=, 3);
  demo_clear (&demo);
}

/* A region with nothing reported says so in each section, instead of an
 * empty heading and “every claimed level has evidence”. */
static void
test_empty_region_report (void)
{
  Demo demo = { 0 };
  g_autofree char *path = inovda_test_temp_path ("kosong.pdf");
  g_autoptr (InovdaRegionYear) empty = NULL;
  g_autoptr (GListModel) units = NULL;
  g_autoptr (GError) error = NULL;
  InovdaReportInput input;

  demo_load (&demo);
  empty = inovda_portfolio_load_region_year (demo.portfolio, demo.catalogue, "63.01", INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (empty->region.n_innovations, ==, 0);
  units = inovda_portfolio_list_units (demo.portfolio, "63.01", INOVDA_DEMO_YEAR, &error);
  g_assert_no_error (error);

  input = demo_input (&demo, NULL);
  input.region = &empty->region;
  input.spd_n_evidence = empty->spd_n_evidence;
  input.units = units;
  input.previous_catalogue = NULL;
  input.previous_region = NULL;
  g_assert_true (inovda_report_write_pdf (&input, path, &error));
  g_assert_no_error (error);

  if (!have_poppler ())
    {
      demo_clear (&demo);
      g_test_skip ("poppler-utils is not installed: pages not checked");
      return;
    }
  {
    const char *argv[] = { "pdftotext", path, "-", NULL };
    g_autofree char *all = run_tool (argv);

    g_assert_nonnull (strstr (all, "No innovation is reported for 2026."));
    g_assert_nonnull (strstr (all, "No innovation is counted yet."));
    g_assert_null (strstr (all, "Every claimed level has evidence."));
  }
  demo_clear (&demo);
}

static void
test_write_error (void)
{
  Demo demo = { 0 };
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "tidak", "ada", "laporan.pdf", NULL);
  g_autoptr (GError) error = NULL;
  InovdaReportInput input;

  demo_load (&demo);
  input = demo_input (&demo, NULL);
  g_assert_false (inovda_report_write_pdf (&input, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  demo_clear (&demo);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/inovda/report/long-date", test_long_date);
  g_test_add_func ("/inovda/report/demo", test_demo_report);
  g_test_add_func ("/inovda/report/long-table", test_long_table);
  g_test_add_func ("/inovda/report/empty-region", test_empty_region_report);
  g_test_add_func ("/inovda/report/write-error", test_write_error);

  return g_test_run ();
}
