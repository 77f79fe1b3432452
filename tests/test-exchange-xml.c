/* test-exchange-xml.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "inovda-test-utils.h"
#include "io/inovda-export.h"
#include "io/inovda-import.h"
#include "scoring/inovda-iid.h"
#include "storage/inovda-demo.h"
#include "inovda-error.h"
#include "inovda-test-exchange.h"

static char *
export_demo (InovdaPortfolio *portfolio)
{
  InovdaExportOptions options = { NULL, 0, TRUE };
  g_autoptr (GError) error = NULL;
  char *xml = inovda_test_temp_path ("demo.xml");

  g_assert_true (inovda_export_xml (portfolio, xml, &options, NULL, &error));
  g_assert_no_error (error);
  return xml;
}

static InovdaImport *
run_import (InovdaPortfolio *portfolio,
            const char *path,
            gboolean dry_run)
{
  g_autoptr (GError) error = NULL;
  InovdaImport *import = inovda_import_new (portfolio, path);

  g_assert_true (inovda_import_run (import, dry_run, NULL, &error));
  g_assert_no_error (error);
  return import;
}

static void
assert_no_problems (InovdaImport *import)
{
  GPtrArray *problems = inovda_import_get_problems (import);

  for (guint i = 0; i < problems->len; i++)
    {
      InovdaImportProblem *problem = g_ptr_array_index (problems, i);
      g_test_message ("%s: %s", problem->location ? problem->location : "", problem->message);
    }
  g_assert_cmpuint (inovda_import_get_n_problems (import), ==, 0);
}

static void
test_validates (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *xsd = g_build_filename (g_getenv ("INOVDA_SOURCE_ROOT"), "data", "schema", "inovda-pertukaran-1.xsd", NULL);
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autoptr (InovdaImport) import = NULL;

  portfolio = new_portfolio (TRUE, &path);
  xml = export_demo (portfolio);

  /* In code: the importer validates against the compiled-in schema. */
  import = run_import (portfolio, xml, TRUE);
  assert_no_problems (import);

  if (xmllint == NULL)
    {
      g_test_skip ("xmllint is not installed (package libxml2-utils)");
      return;
    }
  {
    const char *argv[] = { xmllint, "--noout", "--schema", xsd, xml, NULL };
    g_autoptr (GSubprocess) process = NULL;
    g_autoptr (GError) error = NULL;

    process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
    g_assert_no_error (error);
    g_assert_true (g_subprocess_wait_check (process, NULL, &error));
    g_assert_no_error (error);
  }
}

/* Reading the open portfolio another way would drop its locks: importing
 * it into itself, or its journal, is refused before it is opened. */
static void
test_import_itself (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *undo = NULL;

  portfolio = new_portfolio (TRUE, &path);
  undo = g_strdup (inovda_portfolio_get_undo_label (portfolio));
  wal = g_strconcat (path, "-wal", NULL);
  g_assert_true (inovda_portfolio_is_own_file (portfolio, path));
  g_assert_false (inovda_portfolio_is_own_file (portfolio, g_getenv ("INOVDA_CLI")));
  g_assert_false (inovda_portfolio_is_own_file (portfolio, "/tmp/inovda-no-such-file.inovda"));
  for (guint i = 0; i < 2; i++)
    {
      const char *own = i == 0 ? path : wal;
      g_autoptr (InovdaImport) import = NULL;
      g_autoptr (GError) error = NULL;

      if (!g_file_test (own, G_FILE_TEST_EXISTS))
        continue;
      import = inovda_import_new (portfolio, own);
      g_assert_false (inovda_import_run (import, FALSE, NULL, &error));
      g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "itself"));
    }
  /* Nor is it written over by an export. */
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr (GError) error = NULL;
      gboolean ok = i == 0   ? inovda_export_xml (portfolio, path, NULL, NULL, &error)
                    : i == 1 ? inovda_export_workbook (portfolio, path, NULL, NULL, &error)
                             : inovda_export_ministry_list (portfolio, path, NULL, NULL, &error);

      g_assert_false (ok);
      g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
    }
  g_assert_false (inovda_portfolio_is_empty (portfolio));

  /* Nothing was written: the last undo step is still the demo's. */
  g_assert_cmpstr (inovda_portfolio_get_undo_label (portfolio), ==, undo);
}

static void
test_round_trip (void)
{
  g_autoptr (InovdaPortfolio) source = NULL;
  g_autoptr (InovdaPortfolio) target = NULL;
  g_autofree char *source_path = NULL;
  g_autofree char *target_path = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (InovdaImport) first = NULL;
  g_autoptr (InovdaImport) second = NULL;
  const InovdaImportCounts *counts;

  source = new_portfolio (TRUE, &source_path);
  target = new_portfolio (FALSE, &target_path);
  xml = export_demo (source);

  first = run_import (target, xml, FALSE);
  assert_no_problems (first);
  g_assert_true (inovda_import_get_applied (first));
  counts = inovda_import_get_counts (first);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_ADDED], >, 0);
  g_assert_cmpuint (counts->files_added, ==, inovda_portfolio_count_files (source));

  before = portfolio_checksum (source_path);
  after = portfolio_checksum (target_path);
  g_assert_cmpstr (before, ==, after);

  /* A second import finds everything unchanged and changes nothing. */
  second = run_import (target, xml, FALSE);
  assert_no_problems (second);
  counts = inovda_import_get_counts (second);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_ADDED], ==, 0);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_UPDATED], ==, 0);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_UNCHANGED], ==, inovda_import_get_items (first)->len);
  g_assert_cmpuint (counts->answers_added + counts->answers_updated + counts->evidence_added, ==, 0);
  g_clear_pointer (&after, g_free);
  after = portfolio_checksum (target_path);
  g_assert_cmpstr (before, ==, after);
}

/* Replaces the first @old in the file by @new. */
static char *
edited_copy (const char *xml,
             const char *name,
             const char *old,
             const char *new)
{
  g_autofree char *contents = NULL;
  g_autoptr (GString) text = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (xml);
  char *path = g_build_filename (folder, name, NULL);

  g_assert_true (g_file_get_contents (xml, &contents, NULL, &error));
  text = g_string_new (contents);
  if (old != NULL)
    g_assert_cmpuint (g_string_replace (text, old, new, 1), ==, 1);
  g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, &error));
  return path;
}

static void
test_undo (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaPortfolio) empty = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *empty_path = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *empty_before = NULL;
  g_autofree char *empty_undone = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autoptr (InovdaImport) into_empty = NULL;
  const InovdaImportCounts *counts;

  portfolio = new_portfolio (TRUE, &path);
  xml = export_demo (portfolio);

  /* Updates (a name, a level, a status, urusan lain, a unit name), a new
   * innovation with answers, evidence and a new unit. */
  edited = edited_copy (xml, "edited.xml", "<nama>SAMKEDES — Samsat Keliling Desa</nama>",
                        "<nama>SAMKEDES — Samsat Keliling Desa dan Kelurahan</nama>");
  {
    g_autofree char *contents = NULL;
    g_autoptr (GString) text = NULL;

    g_assert_true (g_file_get_contents (edited, &contents, NULL, NULL));
    text = g_string_new (contents);
    g_assert_cmpuint (g_string_replace (text, "nama=\"Badan Pendapatan Daerah\"", "nama=\"Badan Pendapatan Daerah Provinsi\"", 1), ==, 1);
    g_assert_cmpuint (g_string_replace (text, "<urusan utama=\"true\">5.02</urusan>",
                                        "<urusan utama=\"true\">5.02</urusan><urusan>1.06</urusan>", 1),
                      ==, 1);
    g_assert_cmpuint (g_string_replace (text, "<perangkat-daerah kode=\"BAPENDA\"",
                                        "<perangkat-daerah kode=\"BARU\" nama=\"Badan Baru\"/><perangkat-daerah kode=\"BAPENDA\"", 1),
                      ==, 1);
    g_assert_cmpuint (g_string_replace (text, "    <inovasi id=\"DEMO-2025-006\"",
                                        "    <inovasi id=\"BARU-1\" perangkat-daerah=\"BARU\"><nama>Inovasi Baru</nama>"
                                        "<tahapan>uji-coba</tahapan><urusan utama=\"true\">1.01</urusan></inovasi>\n"
                                        "    <inovasi id=\"DEMO-2025-006\"",
                                        1),
                      ==, 1);
    g_assert_cmpuint (g_string_replace (text, "<sid inovasi=\"DEMO-2025-006\"",
                                        "<sid inovasi=\"BARU-1\" status=\"dikirim\"><indikator nomor=\"16\" level=\"2\">"
                                        "<bukti nomor-surat=\"1/2026\" tanggal=\"2026-01-05\" tentang=\"Perbup\"/></indikator></sid>"
                                        "<sid inovasi=\"DEMO-2025-006\"",
                                        1),
                      ==, 1);
    g_assert_true (g_file_set_contents (edited, text->str, (gssize) text->len, NULL));
  }

  before = portfolio_checksum (path);
  import = run_import (portfolio, edited, FALSE);
  assert_no_problems (import);
  counts = inovda_import_get_counts (import);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_ADDED], ==, 1);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_UPDATED], ==, 1);
  g_assert_cmpuint (counts->units_added, ==, 1);
  g_assert_cmpuint (counts->units_updated, ==, 1);
  after = portfolio_checksum (path);
  g_assert_cmpstr (before, !=, after);

  g_assert_true (inovda_portfolio_can_undo (portfolio));
  g_assert_true (inovda_portfolio_undo (portfolio, &error));
  g_assert_no_error (error);
  undone = portfolio_checksum (path);
  g_assert_cmpstr (before, ==, undone);

  g_assert_true (inovda_portfolio_redo (portfolio, &error));
  g_assert_no_error (error);
  redone = portfolio_checksum (path);
  g_assert_cmpstr (after, ==, redone);

  /* An import into an empty portfolio undoes to empty. */
  empty = new_portfolio (FALSE, &empty_path);
  empty_before = portfolio_checksum (empty_path);
  into_empty = run_import (empty, xml, FALSE);
  assert_no_problems (into_empty);
  g_assert_true (inovda_portfolio_undo (empty, &error));
  g_assert_no_error (error);
  empty_undone = portfolio_checksum (empty_path);
  g_assert_cmpstr (empty_before, ==, empty_undone);
}

static void
test_dry_run (void)
{
  g_autoptr (InovdaPortfolio) source = NULL;
  g_autoptr (InovdaPortfolio) target = NULL;
  g_autofree char *source_path = NULL;
  g_autofree char *target_path = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (InovdaImport) import = NULL;

  source = new_portfolio (TRUE, &source_path);
  target = new_portfolio (FALSE, &target_path);
  xml = export_demo (source);
  before = portfolio_checksum (target_path);

  import = run_import (target, xml, TRUE);
  assert_no_problems (import);
  g_assert_false (inovda_import_get_applied (import));
  g_assert_cmpuint (inovda_import_get_counts (import)->innovations[INOVDA_IMPORT_ADDED], ==, inovda_import_get_items (import)->len);
  g_assert_false (inovda_portfolio_can_undo (target));
  after = portfolio_checksum (target_path);
  g_assert_cmpstr (before, ==, after);
}

/* Replaces the first @old after @after in @text. */
static void
replace_after (GString *text,
               const char *after,
               const char *old,
               const char *new)
{
  const char *start = strstr (text->str, after);
  const char *at;

  g_assert_nonnull (start);
  at = strstr (start, old);
  g_assert_nonnull (at);
  g_string_erase (text, at - text->str, (gssize) strlen (old));
  g_string_insert (text, at - text->str, new);
}

/* The region's klaim or verified result, as the window computes it. */
static void
score_now (InovdaPortfolio *portfolio,
           const char *region_code,
           int year,
           gboolean verified,
           InovdaImportScore *out)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaCatalogue) catalogue = inovda_portfolio_get_catalogue (portfolio, year, &error);
  g_autoptr (InovdaRegionYear) loaded = NULL;
  InovdaRegionScore score;
  const InovdaProjectionResult *result;

  g_assert_no_error (error);
  loaded = inovda_portfolio_load_region_year (portfolio, catalogue, region_code, year, &error);
  g_assert_no_error (error);
  inovda_score_region (catalogue, &loaded->region, &score);
  result = verified ? &score.verifikasi : &score.klaim;
  out->iid = result->iid;
  out->counted = result->counted;
  out->predikat = g_strdup (result->predikat);
  inovda_region_score_clear (&score);
}

static void
assert_score (const InovdaImportScore *score,
              const InovdaImportScore *expected)
{
  g_assert_cmpint (score->iid, ==, expected->iid);
  g_assert_cmpuint (score->counted, ==, expected->counted);
  g_assert_cmpstr (score->predikat, ==, expected->predikat);
}

static const InovdaImportScoreChange *
find_score_change (GPtrArray *changes,
                   const char *region_code,
                   int year)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const InovdaImportScoreChange *change = g_ptr_array_index (changes, i);

      if (g_str_equal (change->region_code, region_code) && change->year == year)
        return change;
    }
  return NULL;
}

/* A dry run scores the portfolio as the import would leave it: the IID it
 * announces is the one the applied import gives, and only the regions and
 * years that move are named. */
static void
test_dry_run_scores (void)
{
  g_autoptr (InovdaPortfolio) source = NULL;
  g_autoptr (InovdaPortfolio) target = NULL;
  g_autofree char *source_path = NULL;
  g_autofree char *target_path = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *edited_path = inovda_test_temp_path ("scores.xml");
  g_autoptr (GString) text = NULL;
  g_autoptr (InovdaImport) added = NULL;
  g_autoptr (InovdaImport) applied = NULL;
  g_autoptr (InovdaImport) same = NULL;
  g_autoptr (InovdaImport) edited = NULL;
  g_autoptr (GError) error = NULL;
  const InovdaImportScoreChange *change;
  GPtrArray *changes;
  InovdaImportScore expected = { 0 };
  gint64 announced;

  source = new_portfolio (TRUE, &source_path);
  target = new_portfolio (FALSE, &target_path);
  xml = export_demo (source);

  /* Into an empty portfolio: the demo province appears in both years. */
  added = run_import (target, xml, TRUE);
  assert_no_problems (added);
  changes = inovda_import_get_score_changes (added);
  g_assert_nonnull (changes);
  for (int year = 2025; year <= 2026; year++)
    {
      change = find_score_change (changes, "63", year);
      g_assert_nonnull (change);
      g_assert_null (change->klaim[0].predikat);
      g_assert_cmpint (change->klaim[0].iid, ==, -1);
      score_now (source, "63", year, FALSE, &expected);
      assert_score (&change->klaim[1], &expected);
      g_clear_pointer (&expected.predikat, g_free);
      score_now (source, "63", year, TRUE, &expected);
      assert_score (&change->verified[1], &expected);
      g_clear_pointer (&expected.predikat, g_free);
      g_assert_cmpuint (change->klaim[1].counted, >, 0);
    }
  for (guint i = 0; i < changes->len; i++)
    {
      change = g_ptr_array_index (changes, i);
      g_assert_true (change->klaim[1].counted > 0 || change->verified[1].counted > 0 || change->klaim[1].iid > 0);
      if (i > 0)
        {
          const InovdaImportScoreChange *previous = g_ptr_array_index (changes, i - 1);
          int by_code = strcmp (previous->region_code, change->region_code);

          g_assert_true (by_code < 0 || (by_code == 0 && previous->year < change->year));
        }
    }

  /* Applying reports nothing of the kind; the same file again moves no index. */
  applied = run_import (target, xml, FALSE);
  g_assert_null (inovda_import_get_score_changes (applied));
  same = run_import (target, xml, TRUE);
  g_assert_cmpuint (inovda_import_get_score_changes (same)->len, ==, 0);

  /* One claimed level raised: one region and year, before as now. */
  g_assert_true (g_file_get_contents (xml, &contents, NULL, &error));
  g_assert_no_error (error);
  text = g_string_new (contents);
  replace_after (text, "<sid inovasi=\"DEMO-2025-006\"", "<indikator nomor=\"18\" level=\"0\"",
                 "<indikator nomor=\"18\" level=\"3\"");
  g_assert_true (g_file_set_contents (edited_path, text->str, (gssize) text->len, &error));
  g_assert_no_error (error);
  edited = run_import (target, edited_path, TRUE);
  assert_no_problems (edited);
  changes = inovda_import_get_score_changes (edited);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->region_code, ==, "63");
  g_assert_cmpint (change->year, ==, 2025);
  score_now (target, "63", 2025, FALSE, &expected);
  assert_score (&change->klaim[0], &expected);
  g_assert_cmpint (change->klaim[1].iid, >, change->klaim[0].iid);
  g_clear_pointer (&expected.predikat, g_free);
  assert_score (&change->verified[0], &change->verified[1]);

  announced = change->klaim[1].iid;
  g_clear_pointer (&edited, inovda_import_free);
  edited = run_import (target, edited_path, FALSE);
  score_now (target, "63", 2025, FALSE, &expected);
  g_assert_cmpint (expected.iid, ==, announced);
  g_clear_pointer (&expected.predikat, g_free);
}

/* An innovation moved to an agency of another region, alone in a file that
 * names no year: both regions' index moves, in the years it is reported. */
static void
test_dry_run_scores_move (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *moved_path = inovda_test_temp_path ("moved.xml");
  g_autofree char *unit_code = NULL;
  g_autoptr (GString) moved = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autoptr (GError) error = NULL;
  const char *pemda, *unit, *innovation, *innovation_end;
  GPtrArray *changes;
  gboolean from_region = FALSE, to_region = FALSE;

  portfolio = new_portfolio (TRUE, &path);
  xml = export_demo (portfolio);
  g_assert_true (g_file_get_contents (xml, &contents, NULL, &error));
  g_assert_no_error (error);

  pemda = strstr (contents, "<pemda kode=\"63.06\"");
  g_assert_nonnull (pemda);
  unit = strstr (pemda, "<perangkat-daerah kode=\"");
  g_assert_nonnull (unit);
  unit_code = g_strndup (unit + strlen ("<perangkat-daerah kode=\""), strcspn (unit + strlen ("<perangkat-daerah kode=\""), "\""));
  innovation = strstr (contents, "<inovasi id=\"DEMO-2025-006\"");
  g_assert_nonnull (innovation);
  innovation_end = strstr (innovation, "</inovasi>");
  g_assert_nonnull (innovation_end);

  moved = g_string_new_len (contents, strstr (contents, "<pemda") - contents);
  g_string_append_len (moved, pemda, strchr (pemda, '>') + 1 - pemda);
  g_string_append_len (moved, unit, strstr (unit, "/>") + 2 - unit);
  g_string_append_printf (moved, "<inovasi id=\"DEMO-2025-006\" perangkat-daerah=\"%s\">", unit_code);
  g_string_append_len (moved, strchr (innovation, '>') + 1, innovation_end - (strchr (innovation, '>') + 1));
  g_string_append (moved, "</inovasi></pemda></inovda>\n");
  g_assert_true (g_file_set_contents (moved_path, moved->str, (gssize) moved->len, &error));
  g_assert_no_error (error);

  import = run_import (portfolio, moved_path, TRUE);
  assert_no_problems (import);
  changes = inovda_import_get_score_changes (import);
  for (guint i = 0; i < changes->len; i++)
    {
      const InovdaImportScoreChange *change = g_ptr_array_index (changes, i);

      from_region |= g_str_equal (change->region_code, "63");
      to_region |= g_str_equal (change->region_code, "63.06");
    }
  g_assert_true (from_region);
  g_assert_true (to_region);
}

/* A refused innovation's answers are still checked: one import lists every
 * problem of the file, not those of the innovation's row alone. */
static void
test_refused_innovation_answers (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *edited_path = inovda_test_temp_path ("refused.xml");
  g_autoptr (GString) text = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *problems;
  gboolean stage = FALSE, indicator = FALSE;

  portfolio = new_portfolio (TRUE, &path);
  xml = export_demo (portfolio);
  g_assert_true (g_file_get_contents (xml, &contents, NULL, &error));
  g_assert_no_error (error);
  text = g_string_new (contents);
  replace_after (text, "<inovasi id=\"DEMO-2025-006\"", "<tahapan>penerapan</tahapan>", "<tahapan>implementasi</tahapan>");
  replace_after (text, "<sid inovasi=\"DEMO-2025-006\"", "<indikator nomor=\"17\" level=\"1\"",
                 "<indikator nomor=\"99\" level=\"1\"");
  g_assert_true (g_file_set_contents (edited_path, text->str, (gssize) text->len, &error));
  g_assert_no_error (error);

  import = inovda_import_new (portfolio, edited_path);
  g_assert_true (inovda_import_run (import, TRUE, NULL, &error));
  g_assert_no_error (error);
  problems = inovda_import_get_problems (import);
  for (guint i = 0; i < problems->len; i++)
    {
      const InovdaImportProblem *problem = g_ptr_array_index (problems, i);

      stage |= strstr (problem->message, "implementasi") != NULL;
      indicator |= strstr (problem->message, "99") != NULL;
    }
  g_assert_true (stage);
  g_assert_true (indicator);
}

/* A FIFO or a folder is refused at once: opening a FIFO used to wait
 * forever for a writer. */
static void
test_not_a_file (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *fifo = inovda_test_temp_path ("pipe.xml");
  g_autofree char *folder = inovda_test_temp_path ("folder.xml");
  g_autoptr (GError) error = NULL;

  portfolio = new_portfolio (FALSE, &path);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  {
    g_autoptr (InovdaImport) import = inovda_import_new (portfolio, fifo);

    g_assert_false (inovda_import_run (import, TRUE, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
    g_clear_error (&error);
  }
  {
    g_autoptr (InovdaImport) import = inovda_import_new (portfolio, folder);

    g_assert_false (inovda_import_run (import, TRUE, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  }
  g_assert_true (inovda_portfolio_is_empty (portfolio));
}

/* The preview names what an update changes: the profile fields and the
 * indicators of a returned file that differ from the portfolio, each with
 * its claimed level. */
static void
test_update_changes (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *edited_path = inovda_test_temp_path ("edited.xml");
  g_autoptr (GString) text = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *changes = NULL;
  GPtrArray *items;
  const InovdaImportItem *updated = NULL;
  guint n_updated = 0;

  portfolio = new_portfolio (TRUE, &path);
  xml = export_demo (portfolio);
  g_assert_true (g_file_get_contents (xml, &contents, NULL, &error));
  g_assert_no_error (error);
  text = g_string_new (contents);
  replace_after (text, "<inovasi id=\"DEMO-2025-006\"", "<tahapan>penerapan</tahapan>", "<tahapan>uji-coba</tahapan>");
  replace_after (text, "<sid inovasi=\"DEMO-2025-006\"", "<indikator nomor=\"17\" level=\"1\"",
                 "<indikator nomor=\"17\" level=\"3\"");
  /* Only the verified level: the claimed level is named, not left bare. */
  replace_after (text, "<sid inovasi=\"DEMO-2025-006\"", "<indikator nomor=\"16\" level=\"1\" level-verifikasi=\"1\"",
                 "<indikator nomor=\"16\" level=\"1\" level-verifikasi=\"0\"");
  g_assert_true (g_file_set_contents (edited_path, text->str, (gssize) text->len, &error));
  g_assert_no_error (error);

  import = run_import (portfolio, edited_path, TRUE);
  assert_no_problems (import);
  items = inovda_import_get_items (import);
  for (guint i = 0; i < items->len; i++)
    {
      const InovdaImportItem *item = g_ptr_array_index (items, i);

      if (item->outcome == INOVDA_IMPORT_UPDATED)
        {
          updated = item;
          n_updated++;
        }
      else
        g_assert_null (inovda_import_item_describe_changes (item));
    }
  g_assert_cmpuint (n_updated, ==, 1);
  g_assert_cmpstr (updated->uid, ==, "DEMO-2025-006");
  g_assert_cmphex (updated->changed_fields, ==, G_GUINT64_CONSTANT (1) << INOVDA_FIELD_TAHAPAN);
  g_assert_cmpuint (updated->changed_indicators->len, ==, 2);
  g_assert_cmpstr (updated->changed_indicators->pdata[0], ==, "16");
  g_assert_cmpstr (updated->changed_indicators->pdata[1], ==, "17");
  g_assert_cmpuint (updated->changes, ==, 0);
  changes = inovda_import_item_describe_changes (updated);
  g_assert_cmpuint (updated->changed_levels->len, ==, 2);
  g_assert_cmpint (g_array_index (updated->changed_levels, InovdaImportLevelChange, 0).from, ==, 1);
  g_assert_cmpint (g_array_index (updated->changed_levels, InovdaImportLevelChange, 0).to, ==, 1);
  g_assert_cmpint (g_array_index (updated->changed_levels, InovdaImportLevelChange, 1).from, ==, 1);
  g_assert_cmpint (g_array_index (updated->changed_levels, InovdaImportLevelChange, 1).to, ==, 3);
  g_assert_cmpstr (changes, ==, "Stage; indicators 16: 1, 17: 1 → 3");
}

typedef struct
{
  const char *name;
  const char *old; /* NULL: @new is the whole file */
  const char *new;
  const char *expected; /* a part of some problem's message */
  gboolean located;
} Hostile;

static const Hostile hostile_cases[] = {
  { "doctype.xml", NULL,
    "<?xml version=\"1.0\"?>\n<!DOCTYPE inovda [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
    "<inovda xmlns=\"urn:inovda:pertukaran:1\" versi=\"1\"><pemda kode=\"99\" nama=\"&b;\" jenis=\"kota\"/></inovda>\n",
    "DOCTYPE", TRUE },
  { "external.xml", NULL,
    "<?xml version=\"1.0\"?>\n<!DOCTYPE inovda [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
    "<inovda xmlns=\"urn:inovda:pertukaran:1\" versi=\"1\"><pemda kode=\"99\" nama=\"&x;\" jenis=\"kota\"/></inovda>\n",
    "DOCTYPE", TRUE },
  { "foreign.xml", NULL, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>\n", "not an Inovda exchange file", TRUE },
  { "not-xml.xml", NULL, "<bukan inovda", "", TRUE },
  { "empty.xml", NULL, "", "", FALSE },
  { "tahapan.xml", "<tahapan>penerapan</tahapan>", "<tahapan>selesai</tahapan>", "selesai", TRUE },
  { "date.xml", "<waktu-penerapan>2023-08-25</waktu-penerapan>", "<waktu-penerapan>2023-02-30</waktu-penerapan>", "2023-02-30", TRUE },
  { "level.xml", "level=\"3\"", "level=\"tinggi\"", "tinggi", TRUE },
  { "duplicate.xml", "<inovasi id=\"DEMO-2025-043\"", "<inovasi id=\"DEMO-2025-006\"", "DEMO-2025-006", TRUE },
  { "unit.xml", "<inovasi id=\"DEMO-2025-006\" perangkat-daerah=\"BAPENDA\"",
    "<inovasi id=\"DEMO-2025-006\" perangkat-daerah=\"TIDAKADA\"", "TIDAKADA", TRUE },
  { "innovation.xml", "<sid inovasi=\"DEMO-2025-006\"", "<sid inovasi=\"TIDAK-ADA\"", "TIDAK-ADA", TRUE },
  { "indicator.xml", "<indikator nomor=\"16\"", "<indikator nomor=\"99\"", "99", TRUE },
  { "path.xml", "lokasi-berkas=\"", "lokasi-berkas=\"../", "..", TRUE },
  { "status.xml", "status=\"diterima\"", "status=\"lulus\"", "lulus", TRUE },
  /* Misplaced elements, which the schema refuses without stopping the
   * parse, once freed what a pending innovation or assessment held. */
  { "pemda-in-inovasi.xml", "<inovasi id=\"DEMO-2025-006\" perangkat-daerah=\"BAPENDA\">",
    "<inovasi id=\"DEMO-2025-006\" perangkat-daerah=\"BAPENDA\"><pemda/><x:pemda xmlns:x=\"urn:lain\"/>", "pemda", TRUE },
  { "spd-in-sid.xml", "<sid inovasi=\"DEMO-2025-006\" status=\"diterima\">",
    "<sid inovasi=\"DEMO-2025-006\" status=\"diterima\"><spd indikator=\"1\" level=\"3\"/>", "spd", TRUE },
  { "sid-in-sid.xml", "<sid inovasi=\"DEMO-2025-006\" status=\"diterima\">",
    "<sid inovasi=\"DEMO-2025-006\" status=\"diterima\"><sid inovasi=\"DEMO-2025-007\"/><penilaian tahun=\"2026\"/>", "sid", TRUE },
};

static void
test_hostile (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *before = NULL;

  portfolio = new_portfolio (TRUE, &path);
  xml = export_demo (portfolio);
  before = portfolio_checksum (path);

  for (guint i = 0; i < G_N_ELEMENTS (hostile_cases) + 1; i++)
    {
      g_autofree char *file = NULL;
      g_autofree char *now = NULL;
      g_autoptr (InovdaImport) import = NULL;
      g_autoptr (InovdaImport) dry = NULL;
      const char *expected = "";
      gboolean located = TRUE, found = FALSE;
      GPtrArray *problems;

      if (i < G_N_ELEMENTS (hostile_cases))
        {
          const Hostile *c = &hostile_cases[i];
          file = edited_copy (xml, c->name, c->old, c->old != NULL ? c->new : NULL);
          if (c->old == NULL)
            g_assert_true (g_file_set_contents (file, c->new, -1, NULL));
          expected = c->expected;
          located = c->located;
        }
      else
        {
          /* Cut off in the middle. */
          g_autofree char *contents = NULL;
          gsize length;

          file = inovda_test_temp_path ("truncated.xml");
          g_assert_true (g_file_get_contents (xml, &contents, &length, NULL));
          g_assert_true (g_file_set_contents (file, contents, (gssize) length / 2, NULL));
        }

      g_test_message ("case %s", file);
      import = run_import (portfolio, file, FALSE);
      problems = inovda_import_get_problems (import);
      g_assert_cmpuint (inovda_import_get_n_problems (import), >, 0);
      g_assert_false (inovda_import_get_applied (import));
      for (guint p = 0; p < problems->len; p++)
        {
          InovdaImportProblem *problem = g_ptr_array_index (problems, p);

          g_test_message ("  %s: %s", problem->location ? problem->location : "-", problem->message);
          if (strstr (problem->message, expected) != NULL && (!located || problem->location != NULL))
            found = TRUE;
        }
      g_assert_true (found);

      dry = run_import (portfolio, file, TRUE);
      g_assert_cmpuint (inovda_import_get_n_problems (dry), ==, inovda_import_get_n_problems (import));

      now = portfolio_checksum (path);
      g_assert_cmpstr (before, ==, now);
    }
}

static void
test_wrong_types (void)
{
  /* Every kind of profile value, wrong: each is its own located problem. */
  static const char *const replacements[][2] = {
    { "<jenis>non-digital</jenis>", "<jenis>analog</jenis>" },
    { "<bentuk>pelayanan-publik</bentuk>", "<bentuk>festival</bentuk>" },
    { "<berkembang>ya</berkembang>", "<berkembang>mungkin</berkembang>" },
    { "<waktu-uji-coba>2023-05-19</waktu-uji-coba>", "<waktu-uji-coba>19 Mei</waktu-uji-coba>" },
    { "<urusan utama=\"true\">5.02</urusan>", "<urusan utama=\"true\">9.99</urusan>" },
  };
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *file = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GString) text = NULL;
  g_autoptr (InovdaImport) import = NULL;

  portfolio = new_portfolio (TRUE, &path);
  xml = export_demo (portfolio);
  before = portfolio_checksum (path);
  g_assert_true (g_file_get_contents (xml, &contents, NULL, NULL));
  text = g_string_new (contents);
  for (guint i = 0; i < G_N_ELEMENTS (replacements); i++)
    g_assert_cmpuint (g_string_replace (text, replacements[i][0], replacements[i][1], 1), ==, 1);
  file = inovda_test_temp_path ("wrong.xml");
  g_assert_true (g_file_set_contents (file, text->str, (gssize) text->len, NULL));

  import = run_import (portfolio, file, FALSE);
  g_assert_cmpuint (inovda_import_get_n_problems (import), >=, G_N_ELEMENTS (replacements));
  after = portfolio_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

/* @xml with a copy of the first SID answer before it, with its level
 * changed to @level unless NULL. */
static char *
with_second_answer (const char *xml,
                    const char *level)
{
  g_autoptr (GString) text = g_string_new (xml);
  g_autoptr (GString) answer = NULL;
  const char *sid = strstr (text->str, "<sid ");
  const char *first;
  const char *end;
  gsize at;

  g_assert_nonnull (sid);
  first = strstr (sid, "<indikator ");
  g_assert_nonnull (first);
  end = strchr (first, '>');
  answer = g_string_new_len (first, end - first);
  if (answer->str[answer->len - 1] == '/')
    g_string_truncate (answer, answer->len - 1);
  g_string_append (answer, "/>");
  if (level != NULL)
    {
      const char *value = strstr (answer->str, " level=\"");

      g_assert_nonnull (value);
      value += strlen (" level=\"");
      g_string_overwrite (answer, value - answer->str, level);
    }
  at = (gsize) (strchr (sid, '>') - text->str) + 1;
  g_string_insert (text, (gssize) at, answer->str);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Two answers to one indicator of one assessment, imported into an empty
 * portfolio where the assessment is new. The same answer twice changes
 * nothing and is let through; a different one is a located problem. It
 * once ended in the database's refusal, and the parser stopped from
 * inside the schema validator's callback read freed memory. */
static void
test_duplicate_answer (void)
{
  g_autoptr (InovdaPortfolio) demo = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autofree char *demo_path = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *same = NULL;
  g_autofree char *different = NULL;
  g_autofree char *file = inovda_test_temp_path ("duplicate-answer.xml");
  g_autofree char *repeated = inovda_test_temp_path ("repeated-answer.xml");
  InovdaImportProblem *problem;
  const char *level;

  demo = new_portfolio (TRUE, &demo_path);
  xml = export_demo (demo);
  g_assert_true (g_file_get_contents (xml, &contents, NULL, NULL));

  same = with_second_answer (contents, NULL);
  g_assert_true (g_file_set_contents (repeated, same, -1, NULL));
  assert_applied_into_empty (repeated, NULL);

  level = strstr (strstr (strstr (contents, "<sid "), "<indikator "), " level=\"") + strlen (" level=\"");
  different = with_second_answer (contents, level[0] == '1' ? "2" : "1");
  g_assert_true (g_file_set_contents (file, different, -1, NULL));
  import = import_refused_into_empty (file, NULL);
  g_assert_cmpuint (inovda_import_get_n_problems (import), ==, 1);
  problem = g_ptr_array_index (inovda_import_get_problems (import), 0);
  g_assert_nonnull (strstr (problem->message, "twice, differently"));
  g_assert_nonnull (problem->location);
}

/* A DOCTYPE is refused before its internal subset is read. Here the
 * subset declares 3,000 default attributes, which libxml2 would add to
 * each of the thousands of elements after it, at a cost that grows with
 * their square (half a minute, measured, when the parser read on). */
static void
test_doctype_defaults (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autoptr (GString) text = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE inovda [<!ATTLIST p");
  g_autofree char *path = NULL;
  g_autofree char *file = inovda_test_temp_path ("attlist.xml");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  InovdaImportProblem *problem;

  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (text, " a%u CDATA ''", i);
  g_string_append (text, ">]>\n<inovda xmlns=\"urn:inovda:pertukaran:1\" versi=\"1\">");
  while (text->len < 64 * 1024)
    g_string_append (text, "<p/>");
  g_string_append (text, "</inovda>\n");
  g_assert_true (g_file_set_contents (file, text->str, (gssize) text->len, NULL));

  portfolio = new_portfolio (TRUE, &path);
  before = portfolio_checksum (path);
  import = run_import (portfolio, file, FALSE);
  g_assert_cmpuint (inovda_import_get_n_problems (import), ==, 1);
  problem = g_ptr_array_index (inovda_import_get_problems (import), 0);
  g_assert_nonnull (strstr (problem->message, "DOCTYPE"));
  g_assert_false (inovda_import_get_applied (import));
  after = portfolio_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

/* Phrases of libxml2's schema validator, which no problem may show. */
static const char *const validator_phrases[] = {
  "atomic type",
  "Element '",
  "facet",
  "xs:",
  "Expected is",
  "not expected",
  "{urn:",
};

/* @import found exactly @n problems, each shown once, located and in the
 * words of the application. */
static void
assert_plain_problems (InovdaImport *import,
                       guint n)
{
  GPtrArray *problems = inovda_import_get_problems (import);

  for (guint i = 0; i < problems->len; i++)
    {
      InovdaImportProblem *problem = g_ptr_array_index (problems, i);

      g_test_message ("%s: %s", problem->location ? problem->location : "-", problem->message);
      g_assert_nonnull (problem->location);
      for (guint p = 0; p < G_N_ELEMENTS (validator_phrases); p++)
        g_assert_null (strstr (problem->message, validator_phrases[p]));
    }
  g_assert_cmpuint (problems->len, ==, n);
  g_assert_cmpuint (inovda_import_get_n_problems (import), ==, n);
}

/* Replaces the text of the first <@element> in @text by @value. */
static void
replace_text (GString *text,
              const char *element,
              const char *value)
{
  g_autofree char *start_tag = g_strdup_printf ("<%s>", element);
  g_autofree char *end_tag = g_strdup_printf ("</%s>", element);
  const char *start = strstr (text->str, start_tag);
  const char *end;
  gsize at;

  g_assert_nonnull (start);
  at = (gsize) (start - text->str) + strlen (start_tag);
  end = strstr (text->str + at, end_tag);
  g_assert_nonnull (end);
  g_string_erase (text, (gssize) at, end - (text->str + at));
  g_string_insert (text, (gssize) at, value);
}

/* A value that both the schema and the application's own check refuse is
 * one problem, in the application's words, where the value is: the
 * validator's English message at the end of the element once came too,
 * and the count doubled. */
static void
test_schema_problems_once (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autoptr (GString) text = NULL;
  g_autofree char *path = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *file = inovda_test_temp_path ("impossible.xml");
  GPtrArray *problems;

  portfolio = new_portfolio (TRUE, &path);
  xml = export_demo (portfolio);
  g_assert_true (g_file_get_contents (xml, &contents, NULL, NULL));
  text = g_string_new (contents);
  replace_text (text, "waktu-uji-coba", "2023-13-40");
  replace_text (text, "lintang", "95");
  g_assert_true (g_file_set_contents (file, text->str, (gssize) text->len, NULL));

  import = run_import (portfolio, file, TRUE);
  assert_plain_problems (import, 2);
  problems = inovda_import_get_problems (import);
  g_assert_nonnull (strstr (((InovdaImportProblem *) g_ptr_array_index (problems, 0))->message, "2023-13-40"));
  g_assert_nonnull (strstr (((InovdaImportProblem *) g_ptr_array_index (problems, 1))->message, "95"));
}

/* What only the schema refuses is one located problem in words, naming
 * the element or attribute and the value. */
static void
test_schema_only_problems (void)
{
  static const struct
  {
    const char *name;
    const char *old;
    const char *new;
    const char *expected[2]; /* parts of the message */
  } cases[] = {
    { "unknown-element.xml", "<perangkat-daerah kode=\"BAPENDA\"", "<warna>merah</warna><perangkat-daerah kode=\"BAPENDA\"", { "<warna>", "not part of the Inovda exchange format" } },
    { "enumeration.xml", "versi=\"1\"", "versi=\"2\"", { "“2”", "attribute versi of <inovda>" } },
    { "unknown-attribute.xml", "<perangkat-daerah kode=\"BAPENDA\" nama=\"Badan Pendapatan Daerah\"", "<perangkat-daerah kode=\"BAPENDA\" nama=\"Badan Pendapatan Daerah\" warna=\"merah\"", { "<perangkat-daerah>", "warna" } },
  };
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *xml = NULL;

  portfolio = new_portfolio (TRUE, &path);
  xml = export_demo (portfolio);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *file = edited_copy (xml, cases[i].name, cases[i].old, cases[i].new);
      g_autoptr (InovdaImport) import = NULL;
      InovdaImportProblem *problem;

      g_test_message ("case %s", cases[i].name);
      import = run_import (portfolio, file, TRUE);
      assert_plain_problems (import, 1);
      problem = g_ptr_array_index (inovda_import_get_problems (import), 0);
      for (guint e = 0; e < G_N_ELEMENTS (cases[i].expected); e++)
        g_assert_nonnull (strstr (problem->message, cases[i].expected[e]));
    }
}

/* libxml2's wording is read for names, and some of its errors are about
 * another element than the one they are reported at. */
static void
test_schema_problem_wording (void)
{
  static const struct
  {
    const char *name;
    const char *old;
    const char *new;
    const char *expected;
  } cases[] = {
    /* About <tujuan>, reported at the element inside it. */
    { "element-in-text.xml", "<tujuan>", "<tujuan><b>tebal</b>", "<tujuan> may hold only text" },
    /* The type is the last name quoted, whatever the value holds. */
    { "quoted-type.xml", "tahun=\"2026\"", "tahun=\"type 'xs:date'\"", "is not a whole number" },
    /* A prefixed attribute is named with its prefix. */
    { "prefixed-twice.xml", "versi=\"1\"", "versi=\"1\" xmlns:q=\"urn:q\" q:a=\"1\" q:a=\"2\"", "q:a appears twice" },
  };
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *xml = NULL;

  portfolio = new_portfolio (TRUE, &path);
  xml = export_demo (portfolio);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *file = edited_copy (xml, cases[i].name, cases[i].old, cases[i].new);
      g_autoptr (InovdaImport) import = run_import (portfolio, file, TRUE);
      GPtrArray *problems = inovda_import_get_problems (import);
      gboolean found = FALSE;

      g_test_message ("case %s", cases[i].name);
      for (guint p = 0; p < problems->len; p++)
        {
          InovdaImportProblem *problem = g_ptr_array_index (problems, p);

          g_test_message ("%s: %s", problem->location, problem->message);
          found |= strstr (problem->message, cases[i].expected) != NULL;
        }
      g_assert_true (found);
    }
}

/* A malformed attribute in the middle of the file is reported as such, at
 * its place: the parser's errors once went nowhere, and the file seemed
 * only to end too early. */
static void
test_malformed_attribute (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autoptr (GString) text = NULL;
  g_autofree char *path = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *file = inovda_test_temp_path ("malformed.xml");
  g_autofree char *location = NULL;
  g_auto (GStrv) lines = NULL;
  InovdaImportProblem *problem;
  guint middle;

  portfolio = new_portfolio (TRUE, &path);
  xml = export_demo (portfolio);
  g_assert_true (g_file_get_contents (xml, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  middle = g_strv_length (lines) / 2;
  text = g_string_new (NULL);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i == middle)
        g_string_append (text, "<oops attr=noquote>\n");
      g_string_append_printf (text, "%s%s", lines[i], lines[i + 1] != NULL ? "\n" : "");
    }
  g_assert_true (g_file_set_contents (file, text->str, (gssize) text->len, NULL));

  import = run_import (portfolio, file, TRUE);
  g_assert_cmpuint (inovda_import_get_n_problems (import), ==, 1);
  problem = g_ptr_array_index (inovda_import_get_problems (import), 0);
  g_test_message ("%s: %s", problem->location ? problem->location : "-", problem->message);
  location = g_strdup_printf ("%u:", middle + 1);
  g_assert_true (g_str_has_prefix (problem->location, location));
  g_assert_null (strstr (problem->message, "ends before"));
  g_assert_nonnull (strstr (problem->message, "quotation marks"));
}

/* A name of 200,000 “&amp;” is refused at its limit, located, changing
 * nothing; joining its pieces once cost the square of their number. */
static void
test_many_references (void)
{
  const guint n = 200000;
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *file = inovda_test_temp_path ("references.xml");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  InovdaImportProblem *problem;

  portfolio = new_portfolio (TRUE, &path);
  before = portfolio_checksum (path);
  g_string_append (text, "<?xml version=\"1.0\"?>\n<inovda xmlns=\"urn:inovda:pertukaran:1\" versi=\"1\">\n"
                         "<pemda kode=\"63\" nama=\"Provinsi Kalimantan Selatan\" jenis=\"provinsi\">\n"
                         "<inovasi id=\"DEMO-2025-006\" perangkat-daerah=\"BAPENDA\"><nama>");
  for (guint i = 0; i < n; i++)
    g_string_append (text, "&amp;");
  g_string_append (text, "</nama></inovasi></pemda></inovda>\n");
  g_assert_true (g_file_set_contents (file, text->str, (gssize) text->len, NULL));

  import = run_import (portfolio, file, FALSE);
  g_assert_cmpuint (inovda_import_get_n_problems (import), ==, 1);
  problem = g_ptr_array_index (inovda_import_get_problems (import), 0);
  g_assert_true (g_str_has_prefix (problem->location, "4:"));
  g_assert_nonnull (strstr (problem->message, "character references"));
  g_assert_false (inovda_import_get_applied (import));
  after = portfolio_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

#define XML_HEAD "<?xml version=\"1.0\"?>\n<inovda xmlns=\"urn:inovda:pertukaran:1\" versi=\"1\">\n" \
                 "<pemda kode=\"63\" nama=\"Provinsi Kalimantan Selatan\" jenis=\"provinsi\">\n"

/* Importing @text gives one problem, at @location, saying @expected. */
static void
assert_single_problem (const char *name,
                       GString *text,
                       const char *location,
                       const char *expected)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autofree char *path = NULL;
  g_autofree char *file = inovda_test_temp_path (name);
  InovdaImportProblem *problem;

  portfolio = new_portfolio (FALSE, &path);
  g_assert_true (g_file_set_contents (file, text->str, (gssize) text->len, NULL));
  import = run_import (portfolio, file, TRUE);
  g_assert_cmpuint (inovda_import_get_n_problems (import), ==, 1);
  problem = g_ptr_array_index (inovda_import_get_problems (import), 0);
  g_test_message ("%s: %s", problem->location, problem->message);
  g_assert_true (g_str_has_prefix (problem->location, location));
  g_assert_nonnull (strstr (problem->message, expected));
}

/* 300,000 attributes on one element are refused at their start tag:
 * libxml2 2.9 checks them for duplicates at a cost that grows with the
 * square of their number. */
static void
test_many_attributes (void)
{
  g_autoptr (GString) text = g_string_new (XML_HEAD "<!-- <inovasi a=\"1\"> -->\n<inovasi id=\"DEMO-2025-006\"");

  for (guint i = 0; i < 300000; i++)
    g_string_append_printf (text, "\n a%u=\"x\"", i);
  g_string_append (text, "/></pemda></inovda>\n");
  assert_single_problem ("attributes.xml", text, "5:1", "more than 256 attributes");
}

/* A file cut off inside <pemda>, or stopped there at a text too long,
 * left libxml2's validator holding memory (LeakSanitizer, in a build with
 * -Db_sanitize=address). */
static void
test_stopped_inside_pemda (void)
{
  g_autoptr (GString) cut = g_string_new (XML_HEAD);
  g_autoptr (GString) long_text = g_string_new (XML_HEAD "<inovasi id=\"DEMO-2025-006\" perangkat-daerah=\"BAPENDA\"><nama>");

  assert_single_problem ("cut.xml", cut, "", "ends before");
  for (guint i = 0; i < 9 * 1024; i++)
    g_string_append_printf (long_text, "%01023u ", 0);
  g_string_append (long_text, "</nama></inovasi></pemda></inovda>\n");
  assert_single_problem ("long-text.xml", long_text, "4:", "longer than 8 MiB");
}

static glong
max_rss_kib (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return usage.ru_maxrss;
}

static void
many_documents (void)
{
  /* Ten bytes of <dokumen/> once kept a whole record (over a kilobyte)
   * until the end of their <inovasi>. */
  const guint n = 200000;
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *file = inovda_test_temp_path ("documents.xml");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  glong rss;

  portfolio = new_portfolio (TRUE, &path);
  before = portfolio_checksum (path);
  g_string_append (text, "<?xml version=\"1.0\"?>\n<inovda xmlns=\"urn:inovda:pertukaran:1\" versi=\"1\">"
                         "<pemda kode=\"63\" nama=\"Provinsi Kalimantan Selatan\" jenis=\"provinsi\">"
                         "<inovasi id=\"DEMO-2025-006\" perangkat-daerah=\"BAPENDA\"><nama>SAMKEDES</nama>");
  for (guint i = 0; i < n; i++)
    g_string_append (text, "<dokumen/>");
  g_string_append (text, "</inovasi></pemda></inovda>\n");
  g_assert_true (g_file_set_contents (file, text->str, (gssize) text->len, NULL));

  rss = max_rss_kib ();
  import = run_import (portfolio, file, FALSE);
#ifndef __SANITIZE_ADDRESS__
  /* AddressSanitizer keeps freed memory in quarantine. */
  g_assert_cmpint (max_rss_kib () - rss, <, 100 * 1024);
#else
  (void) rss;
#endif
  g_assert_cmpuint (inovda_import_get_n_problems (import), >=, n);
  g_assert_false (inovda_import_get_applied (import));
  after = portfolio_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_many_documents (void)
{
  /* The peak memory of the whole process: measured in a process of its own,
   * where no earlier test has raised it. */
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  many_documents ();
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/inovda/exchange/xml/validates", test_validates);
  g_test_add_func ("/inovda/exchange/xml/round-trip", test_round_trip);
  g_test_add_func ("/inovda/exchange/xml/import-itself", test_import_itself);
  g_test_add_func ("/inovda/exchange/xml/undo", test_undo);
  g_test_add_func ("/inovda/exchange/xml/dry-run", test_dry_run);
  g_test_add_func ("/inovda/exchange/xml/dry-run-scores", test_dry_run_scores);
  g_test_add_func ("/inovda/exchange/xml/dry-run-scores-move", test_dry_run_scores_move);
  g_test_add_func ("/inovda/exchange/xml/refused-innovation-answers", test_refused_innovation_answers);
  g_test_add_func ("/inovda/exchange/xml/not-a-file", test_not_a_file);
  g_test_add_func ("/inovda/exchange/xml/update-changes", test_update_changes);
  g_test_add_func ("/inovda/exchange/xml/hostile", test_hostile);
  g_test_add_func ("/inovda/exchange/xml/wrong-types", test_wrong_types);
  g_test_add_func ("/inovda/exchange/xml/duplicate-answer", test_duplicate_answer);
  g_test_add_func ("/inovda/exchange/xml/doctype-defaults", test_doctype_defaults);
  g_test_add_func ("/inovda/exchange/xml/schema-problems-once", test_schema_problems_once);
  g_test_add_func ("/inovda/exchange/xml/schema-only-problems", test_schema_only_problems);
  g_test_add_func ("/inovda/exchange/xml/schema-problem-wording", test_schema_problem_wording);
  g_test_add_func ("/inovda/exchange/xml/malformed-attribute", test_malformed_attribute);
  g_test_add_func ("/inovda/exchange/xml/many-documents", test_many_documents);
  g_test_add_func ("/inovda/exchange/xml/many-references", test_many_references);
  g_test_add_func ("/inovda/exchange/xml/many-attributes", test_many_attributes);
  g_test_add_func ("/inovda/exchange/xml/stopped-inside-pemda", test_stopped_inside_pemda);

  return g_test_run ();
}
