/* test-portfolio.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "inovda-error.h"
#include "inovda-test-utils.h"
#include "storage/inovda-portfolio-bulk.h"
#include "storage/inovda-portfolio.h"
#include "storage/inovda-portfolio-private.h"

static InovdaPortfolio *
new_portfolio (void)
{
  g_autofree char *path = inovda_test_temp_path ("p.inovda");
  g_autoptr (GError) error = NULL;
  InovdaPortfolio *portfolio = inovda_portfolio_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (portfolio);
  return portfolio;
}

/* A region with one unit and one innovation; returns the innovation id. */
static gint64
add_sample (InovdaPortfolio *portfolio)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaInnovation) innovation = NULL;
  gint64 unit;

  g_assert_true (inovda_portfolio_add_region (portfolio, "63", "Provinsi Kalimantan Selatan", INOVDA_REGION_PROVINSI, &error));
  g_assert_no_error (error);
  unit = inovda_portfolio_add_unit (portfolio, "63", "BRIDA", "Badan Riset dan Inovasi Daerah", "BRIDA", &error);
  g_assert_no_error (error);
  g_assert_cmpint (unit, >, 0);
  innovation = inovda_portfolio_add_innovation (portfolio, "INV-1", unit, "Si-Apung", &error);
  g_assert_no_error (error);
  g_assert_nonnull (innovation);
  return inovda_innovation_get_id (innovation);
}

static int
count_rows (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int n = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static int
count_opcodes (const char *path,
               const char *sql,
               const char *opcode)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN ", sql, NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int n = 0;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, explain, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), opcode) == 0)
      n++;
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static int
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
  sqlite3_close (db);
  return rc;
}

/* Stage, status and region level are checked by comparisons: with an IN
 * list SQLite builds a temporary index for every row it writes. The
 * checks refuse what they refused before. */
static void
assert_enumeration_checks (const char *path)
{
  const char *writes[] = {
    "INSERT INTO region VALUES ('64', 'Kalimantan Timur', 'provinsi')",
    "INSERT INTO innovation (uid, unit_id, nama, tahapan) VALUES ('NEW-1', 1, 'Baru', 'uji-coba')",
    "INSERT INTO assessment (innovation_id, year, status) VALUES (1, 2031, 'dikirim')",
  };

  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM sqlite_schema WHERE sql LIKE '% IN (%'"), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (writes); i++)
    g_assert_cmpint (count_opcodes (path, writes[i], "OpenEphemeral"), ==, 0);

  g_assert_cmpint (exec_sql (path, "INSERT INTO region VALUES ('65', 'Kalimantan Utara', 'desa')"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (path, "INSERT INTO innovation (uid, unit_id, nama, tahapan) VALUES ('NEW-2', 1, 'Baru', 'selesai')"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (path, "INSERT INTO assessment (innovation_id, year, status) VALUES (1, 2032, 'selesai')"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (path, "INSERT INTO region VALUES ('65', 'Kalimantan Utara', 'kota')"), ==, SQLITE_OK);
}

/* The query plan of @sql with foreign keys on, one detail per line. */
static char *
query_plan (const char *path,
            const char *sql)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  GString *plan = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, explain, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (plan, FALSE);
}

/* The evidence indexes hold only the rows that have their column, and
 * still serve every owner's lookup and the cascades of the foreign keys. */
static void
assert_evidence_indexes (const char *path)
{
  const struct
  {
    const char *sql;
    const char *index;
  } lookups[] = {
    { "SELECT id FROM evidence WHERE assessment_id = 1 AND indicator = 'S01'", "evidence_assessment" },
    { "SELECT id FROM evidence WHERE region_code = '63' AND year = 2025", "evidence_region" },
    { "SELECT id FROM evidence WHERE innovation_id = 1", "evidence_innovation" },
    { "DELETE FROM assessment WHERE id = 1", "evidence_assessment" },
    { "DELETE FROM region WHERE code = '63'", "evidence_region" },
    { "DELETE FROM innovation WHERE id = 1", "evidence_innovation" },
    { "DELETE FROM file WHERE sha256 = 'x'", "evidence_file" },
  };

  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'evidence' "
                                     "AND sql LIKE '% WHERE % IS NOT NULL'"),
                   ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (lookups); i++)
    {
      g_autofree char *plan = query_plan (path, lookups[i].sql);

      g_assert_nonnull (strstr (plan, lookups[i].index));
      g_assert_null (strstr (plan, "SCAN evidence"));
    }
}

static void
test_create_empty (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  const char *path = inovda_portfolio_get_path (portfolio);

  g_assert_cmpint (inovda_portfolio_get_schema_version (portfolio), ==, INOVDA_PORTFOLIO_SCHEMA_VERSION);
  g_assert_true (inovda_portfolio_is_empty (portfolio));
  g_assert_cmpint (count_rows (path, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), ==, 1);
  g_assert_cmpint (count_rows (path, "PRAGMA page_size"), ==, INOVDA_PORTFOLIO_PAGE_SIZE);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM pragma_table_info('innovation') WHERE name = 'waktu_pengembangan'"), ==, 1);
  assert_enumeration_checks (path);
  assert_evidence_indexes (path);
}

/* A file written by schema version 1 keeps its rows and gains the newer
 * columns. */
static void
test_migrate_from_v1 (void)
{
  g_autofree char *path = inovda_test_temp_path ("v1.inovda");
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaInnovation) innovation = NULL;
  sqlite3 *db = NULL;
  g_autofree char *setup = g_strconcat (_inovda_schema_migration (1),
                                        "PRAGMA user_version = 1;"
                                        "PRAGMA application_id = 1229870660;"
                                        "INSERT INTO region VALUES ('63', 'Kalimantan Selatan', 'provinsi');"
                                        "INSERT INTO unit VALUES (1, '63', 'DINKES', 'Dinas Kesehatan', NULL);"
                                        "INSERT INTO innovation (id, uid, unit_id, nama, tahapan, waktu_penerapan) "
                                        "  VALUES (1, 'OLD-1', 1, 'Lama', 'penerapan', '2022-05-01');"
                                        "INSERT INTO assessment VALUES (1, 1, 2023, 'diterima');",
                                        NULL);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, setup, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  portfolio = inovda_portfolio_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (inovda_portfolio_get_schema_version (portfolio), ==, INOVDA_PORTFOLIO_SCHEMA_VERSION);

  innovation = inovda_portfolio_find_innovation (portfolio, "OLD-1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (inovda_innovation_get_name (innovation), ==, "Lama");
  g_assert_cmpstr (inovda_innovation_get_field (innovation, INOVDA_FIELD_WAKTU_PENERAPAN), ==, "2022-05-01");
  g_assert_null (inovda_innovation_get_field (innovation, INOVDA_FIELD_WAKTU_PENGEMBANGAN));

  g_assert_true (inovda_portfolio_set_field (portfolio, inovda_innovation_get_id (innovation),
                                             INOVDA_FIELD_WAKTU_PENGEMBANGAN, "2025-02-01", &error));
  g_assert_no_error (error);
  assert_enumeration_checks (path);
  assert_evidence_indexes (path);
  /* Its pages stay as SQLite made them. */
  g_assert_cmpint (count_rows (path, "PRAGMA page_size"), ==, 4096);
}

/* A connection that refuses writes to sqlite_schema (SQLite's defensive
 * mode) still migrates, and is left defensive. */
static void
test_migrate_defensive (void)
{
  g_autofree char *path = inovda_test_temp_path ("defensive.inovda");
  g_autoptr (GError) error = NULL;
  g_autofree char *setup = g_strconcat (_inovda_schema_migration (1),
                                        "PRAGMA user_version = 1;"
                                        "PRAGMA application_id = 1229870660;",
                                        NULL);
  sqlite3 *db = NULL;
  int version = 0;
  int defensive = 0;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, setup, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL), ==, SQLITE_OK);
  g_assert_true (_inovda_schema_migrate (db, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, INOVDA_PORTFOLIO_SCHEMA_VERSION);
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
  g_assert_cmpint (defensive, ==, 1);
  sqlite3_close (db);
  assert_enumeration_checks (path);
}

static void
assert_refused (const char *path,
                const char *words)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaPortfolio) portfolio = inovda_portfolio_open (path, &error);

  g_assert_null (portfolio);
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, words));
}

/* A portfolio handed over by someone else may carry triggers that would
 * run inside the application's edits: any object Inovda does not create
 * is refused, before a migration touches the file. */
static void
test_refuse_foreign_objects (void)
{
  g_autofree char *path = inovda_test_temp_path ("objects.inovda");
  g_autofree char *old_path = inovda_test_temp_path ("objects-v1.inovda");
  g_autofree char *old_setup = g_strconcat (_inovda_schema_migration (1),
                                            "PRAGMA user_version = 1;"
                                            "PRAGMA application_id = 1229870660;"
                                            "CREATE TRIGGER wipe AFTER INSERT ON innovation BEGIN DELETE FROM unit; END;",
                                            NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaPortfolio) portfolio = inovda_portfolio_open (path, &error);

  g_assert_no_error (error);
  g_clear_object (&portfolio);

  g_assert_cmpint (exec_sql (path, "CREATE TRIGGER wipe AFTER UPDATE ON innovation BEGIN DELETE FROM evidence; END;"), ==, SQLITE_OK);
  assert_refused (path, "(trigger wipe)");
  g_assert_cmpint (exec_sql (path, "DROP TRIGGER wipe; CREATE VIEW everything AS SELECT * FROM innovation;"), ==, SQLITE_OK);
  assert_refused (path, "(view everything)");
  g_assert_cmpint (exec_sql (path, "DROP VIEW everything; CREATE TABLE notes (x);"), ==, SQLITE_OK);
  assert_refused (path, "(table notes)");
  g_assert_cmpint (exec_sql (path, "DROP TABLE notes; DROP INDEX innovation_unit;"), ==, SQLITE_OK);
  assert_refused (path, "lacks");
  g_assert_cmpint (exec_sql (path, "CREATE INDEX innovation_unit ON innovation (unit_id);"), ==, SQLITE_OK);

  /* Nor does a name like SQLite's own hide a trigger (written into the
   * schema by hand, as a crafted file would). */
  g_assert_cmpint (exec_sql (path, "PRAGMA writable_schema = ON;"
                                   "INSERT INTO sqlite_schema VALUES ('trigger', 'sqlite_stat1', 'innovation', 0,"
                                   " 'CREATE TRIGGER sqlite_stat1 AFTER UPDATE ON innovation BEGIN DELETE FROM unit; END');"),
                   ==, SQLITE_OK);
  assert_refused (path, "(trigger sqlite_stat1)");
  g_assert_cmpint (exec_sql (path, "PRAGMA writable_schema = ON;"
                                   "DELETE FROM sqlite_schema WHERE type = 'trigger';"),
                   ==, SQLITE_OK);

  /* SQLite's statistics, as an import leaves them, are no stranger. */
  g_assert_cmpint (exec_sql (path, "ANALYZE"), ==, SQLITE_OK);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'"), ==, 1);
  portfolio = inovda_portfolio_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&portfolio);

  g_assert_cmpint (exec_sql (old_path, old_setup), ==, SQLITE_OK);
  assert_refused (old_path, "(trigger wipe)");
  g_assert_cmpint (count_rows (old_path, "PRAGMA user_version"), ==, 1);
}

/* The connection is set up for files it cannot trust. */
static void
test_untrusted_file_settings (void)
{
  g_autofree char *path = inovda_test_temp_path ("settings.inovda");
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaPortfolio) portfolio = inovda_portfolio_open (path, &error);
  int defensive = 0;
  int trusted = 1;
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  sqlite3_db_config (portfolio->db, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
  sqlite3_db_config (portfolio->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &trusted);
  g_assert_cmpint (defensive, ==, 1);
  g_assert_cmpint (trusted, ==, 0);
  g_assert_cmpint (sqlite3_prepare_v2 (portfolio->db, "PRAGMA cell_size_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);
}

static void
test_refuse_foreign_files (void)
{
  g_autofree char *text_path = inovda_test_temp_path ("not.inovda");
  g_autofree char *other_path = inovda_test_temp_path ("other.sqlite");
  g_autofree char *new_path = inovda_test_temp_path ("new.inovda");
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  sqlite3 *db = NULL;

  g_assert_true (g_file_set_contents (text_path, "bukan portofolio, hanya teks biasa yang cukup panjang", -1, NULL));
  portfolio = inovda_portfolio_open (text_path, &error);
  g_assert_null (portfolio);
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_CORRUPT);
  g_clear_error (&error);

  g_assert_cmpint (sqlite3_open (other_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  portfolio = inovda_portfolio_open (other_path, &error);
  g_assert_null (portfolio);
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_CORRUPT);
  g_assert_cmpint (count_rows (other_path, "SELECT count(*) FROM t"), ==, 1);
  g_clear_error (&error);

  /* A file from a newer version is refused, not downgraded. */
  portfolio = inovda_portfolio_open (new_path, &error);
  g_assert_no_error (error);
  g_clear_object (&portfolio);
  g_assert_cmpint (sqlite3_open (new_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  portfolio = inovda_portfolio_open (new_path, &error);
  g_assert_null (portfolio);
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_TOO_NEW);
}

/* A portfolio on a read-only medium, or in a folder the user may not
 * write to: SQLite opens it read-only and failed at the first write, with
 * "Not an Inovda portfolio" or its own English words. Root writes
 * anywhere, so this runs as a user only. */
static void
test_read_only_file (void)
{
  g_autofree char *folder = inovda_test_temp_path ("folder");
  g_autofree char *path = g_build_filename (folder, "p.inovda", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaPortfolio) portfolio = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root may write to read-only files");
      return;
    }

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  portfolio = inovda_portfolio_open (path, &error);
  g_assert_no_error (error);
  add_sample (portfolio);
  g_clear_object (&portfolio);

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  portfolio = inovda_portfolio_open (path, &error);
  g_assert_null (portfolio);
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);

  /* The folder: SQLite cannot make the WAL's files beside the portfolio. */
  g_assert_cmpint (g_chmod (folder, 0500), ==, 0);
  portfolio = inovda_portfolio_open (path, &error);
  g_assert_cmpint (g_chmod (folder, 0700), ==, 0);
  g_assert_null (portfolio);
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM innovation"), ==, 1);
}

/* A full disk, as SQLite meets it when the file may not grow: the edit is
 * refused in words that say so, and nothing of it is written. */
static void
test_full_disk (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_strdup (inovda_portfolio_get_path (portfolio));
  gboolean ok = TRUE;

  add_sample (portfolio);
  g_assert_true (_inovda_portfolio_exec (portfolio, "PRAGMA max_page_count = 1", &error));
  g_assert_no_error (error);

  g_assert_true (inovda_portfolio_begin_edit (portfolio, "Units", &error));
  for (int i = 0; i < 500 && ok; i++)
    {
      g_autofree char *name = g_strdup_printf ("Unit %d with a name long enough to fill pages", i);
      g_autofree char *code = g_strdup_printf ("U%d", i);

      ok = inovda_portfolio_add_unit (portfolio, "63", code, name, NULL, &error) > 0;
    }
  g_assert_false (ok);
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "full"));
  g_clear_error (&error);
  inovda_portfolio_rollback_edit (portfolio);

  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM unit"), ==, 1);
  g_assert_true (_inovda_portfolio_exec (portfolio, "PRAGMA max_page_count = 1073741823", &error));
  g_assert_cmpint (inovda_portfolio_add_unit (portfolio, "63", "U1", "Unit 1", NULL, &error), >, 0);
  g_assert_no_error (error);
}

/* A damaged page that opening does not read: reading an evidence file
 * from it said the file was not in the portfolio. */
static void
test_damaged_evidence_file (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_strdup (inovda_portfolio_get_path (portfolio));
  g_autofree char *text = g_strnfill (100000, 'A');
  g_autoptr (GBytes) document = g_bytes_new (text, strlen (text));
  g_autoptr (GBytes) read = NULL;
  g_autoptr (InovdaEvidence) evidence = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *sha256 = NULL;
  gsize length = 0;
  const char *run;
  gsize page;
  gint64 id = add_sample (portfolio);

  g_assert_cmpint (inovda_portfolio_add_sid_evidence (portfolio, id, 2026, "16", document, "sk.pdf",
                                                      "800/1/2025", "2025-01-02", "Penetapan inovasi", NULL, &error),
                   >, 0);
  g_assert_no_error (error);
  g_clear_object (&portfolio);

  /* Break the chain of the document's overflow pages. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (run = contents; run + 16 <= contents + length && strncmp (run, "AAAAAAAAAAAAAAAA", 16) != 0; run++)
    ;
  g_assert_cmpuint (run + 16 - contents, <=, length);
  page = ((gsize) (run - contents) / INOVDA_PORTFOLIO_PAGE_SIZE + 1) * INOVDA_PORTFOLIO_PAGE_SIZE;
  g_assert_cmpuint (page + INOVDA_PORTFOLIO_PAGE_SIZE, <, length);
  memset (contents + page, 0xff, 4);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  portfolio = inovda_portfolio_open (path, &error);
  g_assert_no_error (error);
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, document);
  read = inovda_portfolio_read_file (portfolio, sha256, &error);
  g_assert_null (read);
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "damaged"));
}

/* A damaged file is caught by the integrity check that opening a file from
 * elsewhere runs, and nothing is written to it. */
static void
test_damaged_file (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_strdup (inovda_portfolio_get_path (portfolio));
  g_autofree char *contents = NULL;
  gsize length = 0;
  gboolean refused;

  add_sample (portfolio);
  for (int i = 0; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("Unit %d", i);
      g_autofree char *code = g_strdup_printf ("U%d", i);
      g_assert_cmpint (inovda_portfolio_add_unit (portfolio, "63", code, name, NULL, &error), >, 0);
    }
  g_clear_object (&portfolio);

  /* Overwrite the page after the header page, a table's root. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 3 * INOVDA_PORTFOLIO_PAGE_SIZE);
  memset (contents + INOVDA_PORTFOLIO_PAGE_SIZE, 0x5a, INOVDA_PORTFOLIO_PAGE_SIZE);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  portfolio = inovda_portfolio_open (path, &error);
  refused = portfolio == NULL || !inovda_portfolio_check_integrity (portfolio, &error);
  g_assert_true (refused);
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_CORRUPT);
}

static void
test_foreign_keys (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaInnovation) innovation = NULL;
  gint64 id = add_sample (portfolio);

  /* An innovation needs an existing unit. */
  innovation = inovda_portfolio_add_innovation (portfolio, "INV-2", 9999, "Yatim", &error);
  g_assert_null (innovation);
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The database itself refuses a dangling reference. */
  g_assert_false (_inovda_portfolio_exec (portfolio, "INSERT INTO innovation (uid, unit_id, nama) VALUES ('X', 4242, 'x')", &error));
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Removing the region takes its units, innovations and answers along. */
  g_assert_true (inovda_portfolio_set_status (portfolio, id, 2026, INOVDA_STATUS_DIKIRIM, &error));
  g_assert_no_error (error);
  g_assert_true (inovda_portfolio_delete_region (portfolio, "63", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (inovda_portfolio_get_path (portfolio), "SELECT count(*) FROM assessment"), ==, 0);
  g_assert_cmpint (count_rows (inovda_portfolio_get_path (portfolio), "SELECT count(*) FROM unit"), ==, 0);
}

static void
test_field_validation (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaInnovation) innovation = NULL;
  gint64 id = add_sample (portfolio);

  g_assert_false (inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_TAHAPAN, "selesai", &error));
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "selesai"));
  g_assert_nonnull (strstr (error->message, "inisiatif, uji-coba, penerapan"));
  g_clear_error (&error);

  g_assert_false (inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_WAKTU_PENERAPAN, "2025-02-30", &error));
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_URUSAN_UTAMA, "9.99", &error));
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_NAME, "  ", &error));
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_LATITUDE, "-3,3194", &error));
  g_assert_no_error (error);
  g_assert_true (inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_TAHAPAN, " uji-coba ", &error));
  g_assert_no_error (error);

  innovation = inovda_portfolio_get_innovation (portfolio, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (inovda_innovation_get_field (innovation, INOVDA_FIELD_TAHAPAN), ==, "uji-coba");
  g_assert_cmpstr (inovda_innovation_get_field (innovation, INOVDA_FIELD_LATITUDE), ==, "-3.319400");
  g_assert_cmpstr (inovda_innovation_get_name (innovation), ==, "Si-Apung");
}

typedef struct
{
  InovdaPortfolio *portfolio;
  gint64 innovation_id;
  guint changed;
  guint can_undo_notified;
  GThread *changed_thread;
} ThreadEdit;

static void
count_changed_cb (InovdaPortfolio *portfolio,
                  ThreadEdit *edit)
{
  edit->changed++;
  edit->changed_thread = g_thread_self ();
}

static void
count_can_undo_cb (InovdaPortfolio *portfolio,
                   GParamSpec *pspec,
                   ThreadEdit *edit)
{
  edit->can_undo_notified++;
  g_assert_true (edit->changed_thread == NULL || edit->changed_thread == g_thread_self ());
}

static gpointer
edit_thread (gpointer data)
{
  ThreadEdit *edit = data;
  g_autoptr (GError) error = NULL;

  g_assert_true (inovda_portfolio_set_field (edit->portfolio, edit->innovation_id,
                                             INOVDA_FIELD_TUJUAN, "Mempercepat layanan", &error));
  g_assert_no_error (error);
  return NULL;
}

/* An import commits in a worker thread, and a window listens: its handlers
 * run in the thread that opened the portfolio, never in the worker, and
 * only when the opening thread says the worker is done. */
static void
test_changed_in_opening_thread (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  ThreadEdit edit = { portfolio, add_sample (portfolio), 0, 0, NULL };
  GThread *thread;

  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_signal_connect (portfolio, "changed", G_CALLBACK (count_changed_cb), &edit);
  g_signal_connect (portfolio, "notify::can-undo", G_CALLBACK (count_can_undo_cb), &edit);

  /* Nothing is announced while the worker may still use the connection,
   * nor from the main loop on its own. */
  thread = g_thread_new ("edit", edit_thread, &edit);
  g_thread_join (thread);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (edit.changed, ==, 0);
  g_assert_cmpuint (edit.can_undo_notified, ==, 0);

  inovda_portfolio_announce_pending_changes (portfolio);
  inovda_portfolio_announce_pending_changes (portfolio);
  g_assert_cmpuint (edit.changed, ==, 1);
  g_assert_cmpuint (edit.can_undo_notified, ==, 1);
  g_assert_true (edit.changed_thread == g_thread_self ());

  /* An edit in the opening thread is announced at once. */
  {
    g_autoptr (GError) error = NULL;

    g_assert_true (inovda_portfolio_undo (portfolio, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (edit.changed, ==, 2);
  }

  g_signal_handlers_disconnect_by_data (portfolio, &edit);
}

static void
test_second_connection (void)
{
  g_autoptr (InovdaPortfolio) first = new_portfolio ();
  g_autoptr (InovdaPortfolio) second = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaInnovation) seen = NULL;
  gint64 id = add_sample (first);

  second = inovda_portfolio_open (inovda_portfolio_get_path (first), &error);
  g_assert_no_error (error);
  g_assert_true (inovda_portfolio_set_field (first, id, INOVDA_FIELD_TUJUAN, "Mempercepat layanan", &error));
  g_assert_no_error (error);

  seen = inovda_portfolio_get_innovation (second, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (inovda_innovation_get_field (seen, INOVDA_FIELD_TUJUAN), ==, "Mempercepat layanan");

  /* An explicit edit is invisible to the other connection until committed. */
  g_assert_true (inovda_portfolio_begin_edit (first, "batch", &error));
  g_assert_true (inovda_portfolio_set_field (first, id, INOVDA_FIELD_TUJUAN, "Belum", &error));
  g_clear_object (&seen);
  seen = inovda_portfolio_get_innovation (second, id, &error);
  g_assert_cmpstr (inovda_innovation_get_field (seen, INOVDA_FIELD_TUJUAN), ==, "Mempercepat layanan");
  inovda_portfolio_rollback_edit (first);
  g_clear_object (&seen);
  seen = inovda_portfolio_get_innovation (first, id, &error);
  g_assert_cmpstr (inovda_innovation_get_field (seen, INOVDA_FIELD_TUJUAN), ==, "Mempercepat layanan");
}

static void
test_backup (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (InovdaPortfolio) copy = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaInnovation) innovation = NULL;
  g_autofree char *destination = inovda_test_temp_path ("copy.inovda");
  g_autofree char *partial = g_strconcat (destination, ".partial", NULL);
  g_autoptr (GBytes) contents = g_bytes_new_static ("%PDF-1.4 SK", 11);
  gint64 id = add_sample (portfolio);

  g_assert_cmpint (inovda_portfolio_add_sid_evidence (portfolio, id, 2026, "16", contents, "sk.pdf",
                                                      "800/1/2025", "2025-01-02", "Penetapan inovasi", NULL, &error),
                   >, 0);
  g_assert_no_error (error);
  g_assert_true (inovda_portfolio_backup (portfolio, destination, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));

  copy = inovda_portfolio_open (destination, &error);
  g_assert_no_error (error);
  innovation = inovda_portfolio_find_innovation (copy, "INV-1", &error);
  g_assert_no_error (error);
  g_assert_cmpint (inovda_portfolio_count_files (copy), ==, 1);

  g_assert_false (inovda_portfolio_backup (portfolio, "/nonexistent-folder/x.inovda", &error));
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED);
}

/* Saving a copy over the open portfolio renamed a new file over it: the
 * connection went on writing into the old, unlinked one, so every later
 * edit was lost when the window closed. */
static void
test_backup_over_itself (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_strdup (inovda_portfolio_get_path (portfolio));
  gint64 id = add_sample (portfolio);

  g_assert_false (inovda_portfolio_backup (portfolio, path, &error));
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_TUJUAN, "Mempercepat layanan", &error));
  g_assert_no_error (error);
  g_clear_object (&portfolio);

  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM innovation WHERE tujuan = 'Mempercepat layanan'"), ==, 1);
  g_assert_cmpint (count_rows (path, "SELECT count(*) = 1 FROM pragma_integrity_check WHERE integrity_check = 'ok'"), ==, 1);
}

/* A portfolio that another program has open keeps its connection, and its
 * WAL beside it: a copy renamed over it would take the other program's
 * later edits away, and the WAL of the file it replaced would be read
 * into the copy. */
static void
test_backup_over_open_file (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (GError) error = NULL;
  g_autofree char *other = inovda_test_temp_path ("other.inovda");
  int ready[2];
  int done[2];
  char byte = 0;
  int status = 0;
  pid_t child;

  add_sample (portfolio);
  {
    g_autoptr (InovdaPortfolio) created = inovda_portfolio_open (other, &error);

    g_assert_no_error (error);
    g_assert_true (inovda_portfolio_add_region (created, "64", "Provinsi Kalimantan Timur", INOVDA_REGION_PROVINSI, &error));
    g_assert_no_error (error);
  }

  g_assert_cmpint (pipe (ready), ==, 0);
  g_assert_cmpint (pipe (done), ==, 0);
  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      InovdaPortfolio *open = NULL;
      gboolean ok;

      close (ready[0]);
      close (done[1]);
      open = inovda_portfolio_open (other, NULL);
      ok = open != NULL &&
           inovda_portfolio_add_region (open, "65", "Provinsi Kalimantan Utara", INOVDA_REGION_PROVINSI, NULL);

      if (write (ready[1], "x", 1) != 1 || read (done[0], &byte, 1) != 1)
        _exit (2);
      ok = ok && inovda_portfolio_add_region (open, "62", "Provinsi Kalimantan Tengah", INOVDA_REGION_PROVINSI, NULL);
      g_clear_object (&open);
      _exit (ok ? 0 : 1);
    }
  close (ready[1]);
  close (done[0]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);

  g_assert_false (inovda_portfolio_backup (portfolio, other, &error));
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "other.inovda"));
  g_clear_error (&error);

  g_assert_cmpint (write (done[1], "x", 1), ==, 1);
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  close (ready[0]);
  close (done[1]);

  /* The other program's edits are all there, and the file is sound. */
  g_assert_cmpint (count_rows (other, "SELECT count(*) FROM region"), ==, 3);
  g_assert_cmpint (count_rows (other, "SELECT count(*) = 1 FROM pragma_integrity_check WHERE integrity_check = 'ok'"), ==, 1);

  /* Left by a program that ended without closing it, it may be replaced:
   * its WAL is not read into the copy. */
  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      InovdaPortfolio *open = inovda_portfolio_open (other, NULL);

      _exit (open != NULL && inovda_portfolio_add_region (open, "61", "Provinsi Kalimantan Barat", INOVDA_REGION_PROVINSI, NULL) ? 0 : 1);
    }
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  g_assert_true (inovda_portfolio_backup (portfolio, other, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (other, "SELECT count(*) FROM region"), ==, 1);
  g_assert_cmpint (count_rows (other, "SELECT count(*) FROM innovation"), ==, 1);
  g_assert_cmpint (count_rows (other, "SELECT count(*) = 1 FROM pragma_integrity_check WHERE integrity_check = 'ok'"), ==, 1);
}

/* A link must lead somewhere: "bukan url" was stored and shown as one. */
static void
test_evidence_link (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (GError) error = NULL;
  gint64 id = add_sample (portfolio);
  const char *const refused[] = { "bukan url", "javascript:alert(1)", "file:///etc/passwd", "https://", "kalsel", "ftp:x" };
  const char *const accepted[] = { "https://jdih.kalselprov.go.id/perda/12", "http://example.org", "jdih.kalselprov.go.id/perda/12" };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_cmpint (inovda_portfolio_add_sid_evidence (portfolio, id, 2026, "16", NULL, NULL, NULL, NULL, NULL,
                                                          refused[i], &error),
                       ==, 0);
      g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
      g_clear_error (&error);
      g_assert_false (inovda_link_is_valid (refused[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_assert_cmpint (inovda_portfolio_add_sid_evidence (portfolio, id, 2026, "16", NULL, NULL, NULL, NULL, NULL,
                                                          accepted[i], &error),
                       >, 0);
      g_assert_no_error (error);
    }
}

static void
test_evidence_stored_once (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GBytes) contents = g_bytes_new_static ("same bytes", 10);
  g_autoptr (GBytes) read_back = NULL;
  InovdaEvidence *evidence;
  gint64 id = add_sample (portfolio);

  g_assert_cmpint (inovda_portfolio_add_sid_evidence (portfolio, id, 2026, "16", contents, "a.pdf", NULL, NULL, NULL, NULL, &error), >, 0);
  g_assert_cmpint (inovda_portfolio_add_sid_evidence (portfolio, id, 2026, "17", contents, "b.pdf", NULL, NULL, NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (inovda_portfolio_count_files (portfolio), ==, 1);

  list = inovda_portfolio_list_sid_evidence (portfolio, id, 2026, "16", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  evidence = g_ptr_array_index (list, 0);
  g_assert_cmpstr (evidence->sha256, ==, "58100dc8fc06562ce3e578231dc948e083520ee49c4b4ee5a5a28bb4b4003feb");
  g_assert_cmpuint (evidence->reuse_count, ==, 1);
  read_back = inovda_portfolio_read_file (portfolio, evidence->sha256, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (read_back, contents));
}

static void
test_evidence_rules (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (GError) error = NULL;
  gint64 id = add_sample (portfolio);

  /* Nothing to prove anything with. */
  g_assert_cmpint (inovda_portfolio_add_sid_evidence (portfolio, id, 2026, "16", NULL, NULL, NULL, NULL, "Tentang", NULL, &error), ==, 0);
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  /* Not an indicator of the catalogue. */
  g_assert_cmpint (inovda_portfolio_add_sid_evidence (portfolio, id, 2026, "99", NULL, NULL, "1/2", NULL, NULL, NULL, &error), ==, 0);
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  /* A date that does not exist. */
  g_assert_cmpint (inovda_portfolio_add_sid_evidence (portfolio, id, 2026, "16", NULL, NULL, "1/2", "2025-13-01", NULL, NULL, &error), ==, 0);
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  /* A level out of range, a basis the indicator does not have. */
  g_assert_false (inovda_portfolio_set_sid_level (portfolio, id, 2026, "16", 4, NULL, &error));
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (inovda_portfolio_set_sid_level (portfolio, id, 2026, "33", 2, "z", &error));
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (inovda_portfolio_set_sid_level (portfolio, id, 2026, "33", 2, "a", &error));
  g_assert_no_error (error);
}

static void
test_spd_values (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  g_autoptr (InovdaRegionYear) loaded = NULL;
  int perizinan, opini;

  add_sample (portfolio);
  catalogue = inovda_portfolio_get_catalogue (portfolio, 2026, &error);
  g_assert_no_error (error);
  perizinan = inovda_catalogue_indicator_index (catalogue, INOVDA_ASPECT_SPD, "3");
  opini = inovda_catalogue_indicator_index (catalogue, INOVDA_ASPECT_SPD, "8");
  g_assert_cmpint (perizinan, >=, 0);
  g_assert_cmpint (opini, >=, 0);

  /* Perizinan growth of 8,17 % reaches level 3; "WTP" is level 3. */
  g_assert_true (inovda_portfolio_set_spd_value (portfolio, "63", 2026, "3", "8,17", &error));
  g_assert_no_error (error);
  g_assert_true (inovda_portfolio_set_spd_value (portfolio, "63", 2026, "8", "wtp", &error));
  g_assert_no_error (error);
  g_assert_false (inovda_portfolio_set_spd_value (portfolio, "63", 2026, "8", "Bagus", &error));
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (inovda_portfolio_set_spd_value (portfolio, "63", 2026, "3", "delapan", &error));
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  /* Values the measure cannot take are refused, not scored: an IPM of
   * 150, an unemployment rate below zero, a fall of more than 100 %. */
  {
    const struct
    {
      const char *indicator;
      const char *value;
    } impossible[] = { { "11b", "150" }, { "5b", "-1" }, { "3", "-100,5" }, { "13a", "-2" } };

    for (guint i = 0; i < G_N_ELEMENTS (impossible); i++)
      {
        g_assert_false (inovda_portfolio_set_spd_value (portfolio, "63", 2026, impossible[i].indicator,
                                                        impossible[i].value, &error));
        g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
        g_assert_nonnull (strstr (error->message, impossible[i].indicator));
        g_clear_error (&error);
      }
    g_assert_true (inovda_portfolio_set_spd_value (portfolio, "63", 2026, "11b", "100", &error));
    g_assert_no_error (error);
    g_assert_true (inovda_portfolio_set_spd_value (portfolio, "63", 2026, "5b", "0", &error));
    g_assert_no_error (error);
  }

  loaded = inovda_portfolio_load_region_year (portfolio, catalogue, "63", 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpint (loaded->region.spd_level[perizinan], ==, 3);
  g_assert_cmpint (loaded->region.spd_level[opini], ==, 3);
  g_assert_cmpstr (loaded->spd_raw_values[perizinan], ==, "8.1700");
  g_assert_cmpstr (loaded->spd_raw_values[opini], ==, "WTP");
}

static void
test_load_region_year (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  g_autoptr (InovdaRegionYear) loaded = NULL;
  g_autoptr (GBytes) contents = g_bytes_new_static ("x", 1);
  gint64 id = add_sample (portfolio);
  int regulasi, kemanfaatan;

  catalogue = inovda_portfolio_get_catalogue (portfolio, 2026, &error);
  g_assert_no_error (error);
  regulasi = inovda_catalogue_indicator_index (catalogue, INOVDA_ASPECT_SID, "16");
  kemanfaatan = inovda_catalogue_indicator_index (catalogue, INOVDA_ASPECT_SID, "33");

  g_assert_true (inovda_portfolio_set_status (portfolio, id, 2026, INOVDA_STATUS_DITERIMA, &error));
  g_assert_true (inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_URUSAN_UTAMA, "1.02", &error));
  g_assert_true (inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_RANCANG_BANGUN, "satu dua tiga", &error));
  g_assert_true (inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_RB_DASAR_HUKUM, "empat lima", &error));
  g_assert_true (inovda_portfolio_set_sid_level (portfolio, id, 2026, "16", 3, NULL, &error));
  g_assert_true (inovda_portfolio_set_sid_verified (portfolio, id, 2026, "16", 2, &error));
  g_assert_true (inovda_portfolio_set_sid_level (portfolio, id, 2026, "33", 1, "b", &error));
  g_assert_cmpint (inovda_portfolio_add_sid_evidence (portfolio, id, 2026, "16", contents, "sk.pdf", NULL, NULL, NULL, NULL, &error), >, 0);
  g_assert_no_error (error);

  loaded = inovda_portfolio_load_region_year (portfolio, catalogue, "63", 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->region.n_innovations, ==, 1);
  g_assert_cmpstr (loaded->region.innovations[0].id, ==, "INV-1");
  g_assert_cmpstr (loaded->region.innovations[0].urusan_utama, ==, "1.02");
  g_assert_cmpint (loaded->region.innovations[0].status, ==, INOVDA_STATUS_DITERIMA);
  g_assert_cmpuint (loaded->region.innovations[0].rancang_bangun_words, ==, 5);
  g_assert_cmpint (loaded->region.innovations[0].level[regulasi], ==, 3);
  g_assert_cmpint (loaded->region.innovations[0].verified_level[regulasi], ==, 2);
  g_assert_cmpint (loaded->region.innovations[0].level[kemanfaatan], ==, 1);
  g_assert_cmpint (loaded->region.innovations[0].verified_level[kemanfaatan], ==, INOVDA_LEVEL_UNVERIFIED);
  g_assert_false (loaded->region.innovations[0].evidence_missing[regulasi]);
  g_assert_true (loaded->region.innovations[0].evidence_missing[kemanfaatan]);
  g_assert_cmpint (loaded->innovation_ids[0], ==, id);

  /* Another year has nothing. */
  g_clear_pointer (&loaded, inovda_region_year_unref);
  loaded = inovda_portfolio_load_region_year (portfolio, catalogue, "63", 2025, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->region.n_innovations, ==, 0);
}

static void
test_list_models (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) regions = NULL;
  g_autoptr (GListModel) units = NULL;
  g_autoptr (GListModel) innovations = NULL;
  g_autoptr (InovdaUnit) unit = NULL;
  g_autoptr (InovdaInnovation) innovation = NULL;
  gint64 id = add_sample (portfolio);
  const char *const urusan[] = { "1.01", "5.05", NULL };

  g_assert_true (inovda_portfolio_add_region (portfolio, "63.09", "Kabupaten Tabalong", INOVDA_REGION_KABUPATEN, &error));
  g_assert_true (inovda_portfolio_set_status (portfolio, id, 2026, INOVDA_STATUS_SIAP_KIRIM, &error));
  g_assert_true (inovda_portfolio_set_urusan_lain (portfolio, id, urusan, &error));
  g_assert_no_error (error);

  regions = inovda_portfolio_list_regions (portfolio, &error);
  g_assert_cmpuint (g_list_model_get_n_items (regions), ==, 2);

  units = inovda_portfolio_list_units (portfolio, "63", 2026, &error);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 1);
  unit = g_list_model_get_item (units, 0);
  g_assert_cmpuint (inovda_unit_get_n_innovations (unit), ==, 1);
  g_clear_object (&unit);
  g_clear_object (&units);
  units = inovda_portfolio_list_units (portfolio, "63", 2025, &error);
  unit = g_list_model_get_item (units, 0);
  g_assert_cmpuint (inovda_unit_get_n_innovations (unit), ==, 0);

  innovations = inovda_portfolio_list_innovations (portfolio, "63", 2026, &error);
  g_assert_cmpuint (g_list_model_get_n_items (innovations), ==, 1);
  innovation = g_list_model_get_item (innovations, 0);
  g_assert_cmpstr (inovda_innovation_get_status (innovation), ==, "siap-kirim");
  g_assert_cmpstr (inovda_innovation_get_unit_code (innovation), ==, "BRIDA");
  g_assert_cmpstrv (inovda_innovation_get_urusan_lain (innovation), urusan);
  g_clear_object (&innovations);
  innovations = inovda_portfolio_list_innovations (portfolio, "63.09", 2026, &error);
  g_assert_cmpuint (g_list_model_get_n_items (innovations), ==, 0);

  /* A list leaves the long texts out; one innovation of a year has them
   * and the year's status. */
  g_assert_true (inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_TUJUAN, "Mempercepat layanan", &error));
  g_assert_no_error (error);
  g_clear_object (&innovations);
  g_clear_object (&innovation);
  innovations = inovda_portfolio_list_innovations (portfolio, "63", 2026, &error);
  innovation = g_list_model_get_item (innovations, 0);
  g_assert_null (inovda_innovation_get_field (innovation, INOVDA_FIELD_TUJUAN));
  g_clear_object (&innovation);
  innovation = inovda_portfolio_get_innovation_in_year (portfolio, id, 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (inovda_innovation_get_field (innovation, INOVDA_FIELD_TUJUAN), ==, "Mempercepat layanan");
  g_assert_cmpstr (inovda_innovation_get_status (innovation), ==, "siap-kirim");
  g_clear_object (&innovation);
  innovation = inovda_portfolio_get_innovation_in_year (portfolio, id, 2025, &error);
  g_assert_cmpstr (inovda_innovation_get_field (innovation, INOVDA_FIELD_TUJUAN), ==, "Mempercepat layanan");
  g_assert_null (inovda_innovation_get_status (innovation));
}

static void
test_merge_units (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaInnovation) innovation = NULL;
  g_autoptr (GListModel) units = NULL;
  gint64 id = add_sample (portfolio);
  gint64 target;

  target = inovda_portfolio_add_unit (portfolio, "63", "BAPPEDA", "Badan Perencanaan Pembangunan Daerah", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (inovda_portfolio_add_unit (portfolio, "63", "BAPPEDA", "Dua kali", NULL, &error), ==, 0);
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
  g_clear_error (&error);

  innovation = inovda_portfolio_get_innovation (portfolio, id, &error);
  g_assert_true (inovda_portfolio_merge_units (portfolio, inovda_innovation_get_unit_id (innovation), target, &error));
  g_assert_no_error (error);
  g_clear_object (&innovation);
  innovation = inovda_portfolio_get_innovation (portfolio, id, &error);
  g_assert_cmpstr (inovda_innovation_get_unit_code (innovation), ==, "BAPPEDA");
  units = inovda_portfolio_list_units (portfolio, "63", 2026, &error);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 1);
}

/* Units enough to spill SQLite's page cache into the file before the
 * commit: a bulk edit's pages reach the portfolio before it ends. */
static void
add_bulk_units (InovdaPortfolio *portfolio,
                guint n)
{
  g_autofree char *name = g_strnfill (400, 'x');

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *code = g_strdup_printf ("U%u", i);
      InovdaBulkOutcome outcome;

      g_assert_cmpint (inovda_portfolio_bulk_unit (portfolio, "63", code, name, NULL, &outcome, &error), >, 0);
      g_assert_no_error (error);
    }
}

static gboolean
journal_exists (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  return g_file_test (journal, G_FILE_TEST_EXISTS);
}

/* SID answers and evidence wait in batches: a lookup and the commit see
 * the rows waiting, and rows keep the order they came in. */
/* A row held for a multi-row insert meets the database's checks when it
 * is flushed, as a dry run does before it rolls back. */
static void
test_bulk_flush (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autofree char *path = g_strdup (inovda_portfolio_get_path (portfolio));
  g_autoptr (GError) error = NULL;
  InovdaBulkOutcome outcome;
  gint64 innovation = add_sample (portfolio);
  gint64 assessment;

  g_assert_true (inovda_portfolio_bulk_begin (portfolio, "Import", &error));
  g_assert_no_error (error);
  assessment = inovda_portfolio_bulk_assessment (portfolio, innovation, 2025, TRUE, "draf", NULL, &outcome, &error);
  g_assert_no_error (error);
  g_assert_true (inovda_portfolio_bulk_sid (portfolio, assessment, TRUE, "1", 2, NULL, INOVDA_LEVEL_UNVERIFIED,
                                            &outcome, NULL, &error));
  g_assert_no_error (error);
  /* Outside the level's range: only the database refuses it. */
  g_assert_true (inovda_portfolio_bulk_sid (portfolio, assessment, TRUE, "2", 9, NULL, INOVDA_LEVEL_UNVERIFIED,
                                            &outcome, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (inovda_portfolio_bulk_flush (portfolio, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  inovda_portfolio_bulk_rollback (portfolio);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM sid_answer"), ==, 0);

  /* The same batch at the commit: the row before the refused one, written
   * by the same INSERT, goes with the rest of the edit. */
  g_assert_true (inovda_portfolio_bulk_begin (portfolio, "Import", &error));
  assessment = inovda_portfolio_bulk_assessment (portfolio, innovation, 2025, TRUE, "draf", NULL, &outcome, &error);
  g_assert_true (inovda_portfolio_bulk_sid (portfolio, assessment, TRUE, "1", 2, NULL, INOVDA_LEVEL_UNVERIFIED,
                                            &outcome, NULL, &error));
  g_assert_true (inovda_portfolio_bulk_sid (portfolio, assessment, TRUE, "2", 9, NULL, INOVDA_LEVEL_UNVERIFIED,
                                            &outcome, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (inovda_portfolio_bulk_commit (portfolio, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM sid_answer"), ==, 0);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM assessment"), ==, 0);
}

/* The bulk edit writes without SQLite's per-row reference checks and
 * checks each reference itself: a row referring to nothing is refused as
 * it is written, and the checks are SQLite's again afterwards. */
static void
test_bulk_references (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autofree char *path = g_strdup (inovda_portfolio_get_path (portfolio));
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaInnovation) sample = NULL;
  const char *no_fields[INOVDA_N_FIELDS] = { NULL };
  InovdaBulkEvidenceTarget region_target = { 0, "99", 0, 2025, "1" };
  InovdaBulkEvidenceTarget file_target = { 0 };
  InovdaBulkOutcome outcome;
  gint64 innovation = add_sample (portfolio);
  gint64 assessment;

  sample = inovda_portfolio_get_innovation (portfolio, innovation, &error);
  g_assert_no_error (error);
  g_assert_true (inovda_portfolio_bulk_begin (portfolio, "Import", &error));
  assessment = inovda_portfolio_bulk_assessment (portfolio, innovation, 2025, TRUE, "draf", NULL, &outcome, &error);
  g_assert_no_error (error);

  /* Known parents: the one just written, and one already in the file. */
  g_assert_true (inovda_portfolio_bulk_sid (portfolio, assessment, TRUE, "1", 2, NULL, INOVDA_LEVEL_UNVERIFIED,
                                            &outcome, NULL, &error));
  g_assert_true (inovda_portfolio_bulk_spd (portfolio, "63", 2025, "1", 2, NULL, INOVDA_LEVEL_UNVERIFIED, &outcome,
                                            &error));
  g_assert_no_error (error);

  g_assert_false (inovda_portfolio_bulk_sid (portfolio, assessment + 1000, TRUE, "2", 2, NULL, INOVDA_LEVEL_UNVERIFIED,
                                             &outcome, NULL, &error));
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "sid_answer"));
  g_clear_error (&error);
  g_assert_false (inovda_portfolio_bulk_assessment (portfolio, innovation + 1000, 2025, TRUE, "draf", NULL, &outcome,
                                                    &error));
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (inovda_portfolio_bulk_evidence (portfolio, &region_target, TRUE, NULL, NULL, NULL, NULL, NULL, NULL,
                                                  "https://example.org/a", &outcome, &error));
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED);
  g_clear_error (&error);
  file_target.assessment_id = assessment;
  file_target.owner = "16";
  g_assert_false (inovda_portfolio_bulk_evidence (portfolio, &file_target, TRUE, NULL,
                                                  "0000000000000000000000000000000000000000000000000000000000000000",
                                                  "a.pdf", NULL, NULL, NULL, NULL, &outcome, &error));
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED);
  g_clear_error (&error);
  /* An innovation moved to a unit that does not exist. */
  g_assert_cmpint (inovda_portfolio_bulk_innovation (portfolio, innovation, inovda_innovation_get_uid (sample), 999,
                                                     no_fields, NULL, &outcome, NULL, &error),
                   ==, 0);
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED);
  g_clear_error (&error);
  inovda_portfolio_bulk_rollback (portfolio);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM sid_answer"), ==, 0);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM assessment"), ==, 0);

  /* The ordinary edits are checked by SQLite again. */
  g_assert_false (_inovda_portfolio_exec (portfolio, "INSERT INTO assessment (innovation_id, year) VALUES (999, 2025)", &error));
  g_clear_error (&error);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM assessment"), ==, 0);
}

/* Id 0 is no row: a bulk edit refuses it where it would be written as a
 * reference (outside a bulk edit SQLite refuses it too), and only an
 * evidence owner left out means none. */
static void
test_bulk_reference_zero (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autofree char *path = g_strdup (inovda_portfolio_get_path (portfolio));
  g_autoptr (GError) error = NULL;
  const char *no_fields[INOVDA_N_FIELDS] = { NULL };
  InovdaBulkOutcome outcome;

  no_fields[INOVDA_FIELD_NAME] = "Tanpa unit";
  add_sample (portfolio);
  g_assert_true (inovda_portfolio_bulk_begin (portfolio, "Import", &error));
  g_assert_cmpint (inovda_portfolio_bulk_innovation (portfolio, 0, "NO-UNIT", 0, no_fields, NULL, &outcome, NULL,
                                                     &error),
                   ==, 0);
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (inovda_portfolio_bulk_assessment (portfolio, 0, 2025, TRUE, "draf", NULL, &outcome, &error), ==, 0);
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (inovda_portfolio_bulk_sid (portfolio, 0, TRUE, "1", 2, NULL, INOVDA_LEVEL_UNVERIFIED, &outcome, NULL,
                                             &error));
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_true (inovda_portfolio_bulk_commit (portfolio, &error));
  g_assert_no_error (error);

  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM innovation WHERE unit_id = 0"), ==, 0);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM assessment WHERE innovation_id = 0"), ==, 0);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM sid_answer WHERE assessment_id = 0"), ==, 0);
}

static void
test_bulk_batches (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autofree char *path = g_strdup (inovda_portfolio_get_path (portfolio));
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) expected = g_string_new (NULL);
  InovdaBulkEvidenceTarget region_target = { 0, "63", 0, 2025, "1" };
  InovdaBulkEvidenceTarget answer_target = { 0 };
  InovdaBulkOutcome outcome;
  gint64 innovation = add_sample (portfolio);
  gint64 assessment;

  g_assert_true (inovda_portfolio_bulk_begin (portfolio, "Import", &error));
  g_assert_no_error (error);
  assessment = inovda_portfolio_bulk_assessment (portfolio, innovation, 2025, TRUE, "draf", NULL, &outcome, &error);
  g_assert_no_error (error);
  g_assert_cmpint (assessment, >, 0);

  /* More than a batch, the last rows still waiting. */
  for (guint i = 1; i <= 25; i++)
    {
      g_autofree char *indicator = g_strdup_printf ("%u", i);

      g_assert_true (inovda_portfolio_bulk_sid (portfolio, assessment, TRUE, indicator, (int) i % 4, i % 2 ? "a" : NULL,
                                                INOVDA_LEVEL_UNVERIFIED, &outcome, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (outcome, ==, INOVDA_BULK_INSERTED);
      g_string_append_printf (expected, "%s%u", i > 1 ? "," : "", i);
    }
  /* Indicator 23 was stored at level 23 % 4 = 3; an update tells so. */
  {
    int stored_level = 0;

    g_assert_true (inovda_portfolio_bulk_sid (portfolio, assessment, FALSE, "23", 0, "", 2, &outcome, &stored_level,
                                              &error));
    g_assert_no_error (error);
    g_assert_cmpint (outcome, ==, INOVDA_BULK_UPDATED);
    g_assert_cmpint (stored_level, ==, 3);
    g_assert_true (inovda_portfolio_bulk_sid (portfolio, assessment, FALSE, "26", 1, NULL, INOVDA_LEVEL_UNVERIFIED,
                                              &outcome, &stored_level, &error));
    g_assert_no_error (error);
    g_assert_cmpint (outcome, ==, INOVDA_BULK_INSERTED);
    g_assert_cmpint (stored_level, ==, -1);
    g_string_append (expected, ",26");
  }

  /* The second of two equal pieces of evidence finds the first. */
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (inovda_portfolio_bulk_evidence (portfolio, &region_target, FALSE, NULL, NULL, NULL, NULL, NULL, NULL,
                                                     "https://example.org/a", &outcome, &error));
      g_assert_no_error (error);
      g_assert_cmpint (outcome, ==, i == 0 ? INOVDA_BULK_INSERTED : INOVDA_BULK_UNCHANGED);
    }
  answer_target.assessment_id = assessment;
  answer_target.owner = "16";
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *letter = g_strdup_printf ("%u/2025", i);

      g_assert_true (inovda_portfolio_bulk_evidence (portfolio, &answer_target, TRUE, NULL, NULL, NULL, letter, "2025-01-31",
                                                     NULL, NULL, &outcome, &error));
      g_assert_no_error (error);
    }
  g_assert_true (inovda_portfolio_bulk_commit (portfolio, &error));
  g_assert_no_error (error);

  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM sid_answer"), ==, 26);
  g_assert_cmpint (count_rows (path, "SELECT level = 0 AND basis IS NULL AND verified_level = 2 FROM sid_answer WHERE indicator = '23'"), ==, 1);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM sid_answer WHERE basis = 'a'"), ==, 12);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM evidence WHERE region_code = '63' AND year = 2025"), ==, 1);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM evidence WHERE assessment_id IS NOT NULL AND tanggal_surat = '2025-01-31'"), ==, 40);
  g_assert_cmpint (count_rows (path, "SELECT min (nomor_surat = (rowid - (SELECT min (rowid) FROM evidence WHERE assessment_id IS NOT NULL)) || '/2025') "
                                     "FROM evidence WHERE assessment_id IS NOT NULL"),
                   ==, 1);
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT group_concat (indicator) FROM (SELECT indicator FROM sid_answer ORDER BY rowid)",
                                         -1, &stmt, NULL),
                     ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, expected->str);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }

  /* One undo step, as any import. */
  g_assert_true (inovda_portfolio_undo (portfolio, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM sid_answer"), ==, 0);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM evidence"), ==, 0);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM assessment"), ==, 0);
}

/* Alone on its file, a bulk edit writes through a rollback journal and
 * the portfolio returns to WAL mode after it, committed or not. */
static void
test_bulk_journal (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autofree char *path = g_strdup (inovda_portfolio_get_path (portfolio));
  g_autoptr (GError) error = NULL;

  add_sample (portfolio);

  g_assert_true (inovda_portfolio_bulk_begin (portfolio, "Import", &error));
  g_assert_no_error (error);
  add_bulk_units (portfolio, 10);
  g_assert_true (journal_exists (path));
  inovda_portfolio_bulk_rollback (portfolio);
  g_assert_false (journal_exists (path));
  g_assert_cmpint (count_rows (path, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), ==, 1);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM unit"), ==, 1);

  g_assert_true (inovda_portfolio_bulk_begin (portfolio, "Import", &error));
  g_assert_no_error (error);
  add_bulk_units (portfolio, 10);
  g_assert_true (inovda_portfolio_bulk_commit (portfolio, &error));
  g_assert_no_error (error);
  g_assert_false (journal_exists (path));
  g_assert_cmpint (count_rows (path, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), ==, 1);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM unit"), ==, 11);

  /* Undone as any edit. */
  g_assert_true (inovda_portfolio_undo (portfolio, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM unit"), ==, 1);
}

/* With another connection on the file, the edit stays in the WAL at once,
 * rather than wait for the other to leave. */
static void
test_bulk_journal_shared (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autofree char *path = g_strdup (inovda_portfolio_get_path (portfolio));
  g_autoptr (GError) error = NULL;
  sqlite3 *other = NULL;
  gint64 start;

  add_sample (portfolio);
  g_assert_cmpint (sqlite3_open_v2 (path, &other, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "SELECT count(*) FROM unit", NULL, NULL, NULL), ==, SQLITE_OK);

  start = g_get_monotonic_time ();
  g_assert_true (inovda_portfolio_bulk_begin (portfolio, "Import", &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, INOVDA_PORTFOLIO_BUSY_TIMEOUT_MS * 1000 / 2);
  add_bulk_units (portfolio, 10);
  g_assert_false (journal_exists (path));
  g_assert_true (inovda_portfolio_bulk_commit (portfolio, &error));
  g_assert_no_error (error);

  sqlite3_close (other);
  g_assert_cmpint (count_rows (path, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), ==, 1);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM unit"), ==, 11);
}

/* Opened by another program while an import has written pages of its
 * rollback journal edit, the portfolio is said to be busy, not broken. */
static void
test_bulk_journal_busy (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autofree char *path = g_strdup (inovda_portfolio_get_path (portfolio));
  g_autoptr (InovdaPortfolio) other = NULL;
  g_autoptr (GError) error = NULL;

  add_sample (portfolio);
  g_assert_true (inovda_portfolio_bulk_begin (portfolio, "Import", &error));
  g_assert_no_error (error);
  add_bulk_units (portfolio, 20000);
  g_assert_true (journal_exists (path));

  other = inovda_portfolio_open (path, &error);
  g_assert_null (other);
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "in use by another program"));

  inovda_portfolio_bulk_rollback (portfolio);
}

/* A process that dies in the middle of a bulk edit, after pages of it
 * reached the file, leaves the portfolio as it was before the edit. */
static void
test_bulk_journal_crash (void)
{
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;
  pid_t child;

  {
    g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();

    path = g_strdup (inovda_portfolio_get_path (portfolio));
    add_sample (portfolio);
  }

  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      InovdaPortfolio *portfolio = inovda_portfolio_open (path, NULL);

      if (portfolio == NULL || !inovda_portfolio_bulk_begin (portfolio, "Import", NULL))
        _exit (1);
      add_bulk_units (portfolio, 20000);
      _exit (0);
    }
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_assert_true (journal_exists (path));

  {
    g_autoptr (InovdaPortfolio) portfolio = inovda_portfolio_open (path, &error);

    g_assert_no_error (error);
    g_assert_nonnull (portfolio);
    g_assert_cmpint (count_rows (path, "SELECT count(*) FROM unit"), ==, 1);
    g_assert_cmpint (count_rows (path, "SELECT count(*) FROM innovation"), ==, 1);
    g_assert_cmpint (count_rows (path, "SELECT count(*) = 1 FROM pragma_integrity_check WHERE integrity_check = 'ok'"), ==, 1);
    g_assert_cmpint (count_rows (path, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), ==, 1);
    g_assert_false (journal_exists (path));
  }
}

/* Whether a copy of the portfolio's file alone, without its WAL, answers
 * @query with 1 within a few seconds of the main loop running. */
static gboolean
copy_holds (InovdaPortfolio *portfolio,
            const char *copy,
            const char *query)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  do
    {
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (inovda_portfolio_get_path (portfolio), &contents, &length, NULL));
      g_assert_true (g_file_set_contents (copy, contents, length, NULL));
      if (count_rows (copy, query) == 1)
        return TRUE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (20000);
    }
  while (g_get_monotonic_time () < deadline);
  return FALSE;
}

/* "Copying that one file moves everything": copied while the portfolio is
 * open, the file alone held none of the edits still in the WAL beside it. */
static void
test_file_alone_holds_edits (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (GError) error = NULL;
  g_autofree char *copy = inovda_test_temp_path ("copy.inovda");
  gint64 id = add_sample (portfolio);

  g_assert_true (inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_TUJUAN, "Mempercepat layanan", &error));
  g_assert_no_error (error);
  g_assert_true (copy_holds (portfolio, copy, "SELECT count(*) FROM innovation WHERE tujuan = 'Mempercepat layanan'"));

  /* So does an undo. */
  g_assert_true (inovda_portfolio_undo (portfolio, &error));
  g_assert_no_error (error);
  g_assert_true (copy_holds (portfolio, copy, "SELECT count(*) FROM innovation WHERE tujuan IS NULL"));
}

static void
count_announced_cb (InovdaPortfolio *portfolio,
                    guint *n)
{
  (*n)++;
}

/* What another program commits to the file (inovda-cli, a second window)
 * is announced when the portfolio is refreshed; its own edits are not
 * announced twice. */
static void
test_refresh (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (InovdaPortfolio) other = NULL;
  g_autoptr (GError) error = NULL;
  gint64 id = add_sample (portfolio);
  guint n_changed = 0;

  other = inovda_portfolio_open (inovda_portfolio_get_path (portfolio), &error);
  g_assert_no_error (error);
  g_signal_connect (portfolio, "changed", G_CALLBACK (count_announced_cb), &n_changed);

  g_assert_false (inovda_portfolio_refresh (portfolio));
  g_assert_true (inovda_portfolio_set_field (other, id, INOVDA_FIELD_TUJUAN, "Ditulis di tempat lain", &error));
  g_assert_no_error (error);
  g_assert_true (inovda_portfolio_refresh (portfolio));
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_false (inovda_portfolio_refresh (portfolio));

  g_assert_true (inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_MANFAAT, "Ditulis di sini", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_false (inovda_portfolio_refresh (portfolio));
  g_assert_cmpuint (n_changed, ==, 2);
}

/* A file renamed over the open portfolio: the connection wrote on into the
 * file no longer there, and every later edit was lost at the close. */
static void
test_file_replaced (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_strdup (inovda_portfolio_get_path (portfolio));
  g_autofree char *other = inovda_test_temp_path ("other.inovda");
  gint64 id = add_sample (portfolio);

  g_assert_true (inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_TUJUAN, "Mempercepat layanan", &error));
  g_assert_no_error (error);
  {
    g_autoptr (InovdaPortfolio) created = inovda_portfolio_open (other, &error);

    g_assert_no_error (error);
  }
  g_assert_cmpint (g_rename (other, path), ==, 0);

  g_assert_false (inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_MANFAAT, "Hilang", &error));
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "replaced"));
  g_clear_error (&error);
  g_assert_false (inovda_portfolio_undo (portfolio, &error));
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED);
}

static gint64
own_pragma (InovdaPortfolio *portfolio,
            const char *sql)
{
  sqlite3_stmt *stmt = _inovda_portfolio_prepare (portfolio, sql, NULL);
  gint64 value = -1;

  g_assert_nonnull (stmt);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

/* "A power cut loses nothing that was saved": in WAL mode, synchronous
 * NORMAL keeps the file sound but may lose the last committed edits. */
static void
test_synchronous (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio ();
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (own_pragma (portfolio, "PRAGMA main.synchronous"), ==, 2);
  add_sample (portfolio);

  /* Also after a bulk edit, which leaves the WAL and comes back. */
  g_assert_true (inovda_portfolio_bulk_begin (portfolio, "Import", &error));
  g_assert_no_error (error);
  add_bulk_units (portfolio, 10);
  g_assert_true (inovda_portfolio_bulk_commit (portfolio, &error));
  g_assert_no_error (error);
  g_assert_cmpint (own_pragma (portfolio, "PRAGMA main.synchronous"), ==, 2);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/inovda/portfolio/create-empty", test_create_empty);
  g_test_add_func ("/inovda/portfolio/migrate-from-v1", test_migrate_from_v1);
  g_test_add_func ("/inovda/portfolio/migrate-defensive", test_migrate_defensive);
  g_test_add_func ("/inovda/portfolio/refuse-foreign-files", test_refuse_foreign_files);
  g_test_add_func ("/inovda/portfolio/refuse-foreign-objects", test_refuse_foreign_objects);
  g_test_add_func ("/inovda/portfolio/untrusted-file-settings", test_untrusted_file_settings);
  g_test_add_func ("/inovda/portfolio/read-only-file", test_read_only_file);
  g_test_add_func ("/inovda/portfolio/full-disk", test_full_disk);
  g_test_add_func ("/inovda/portfolio/damaged-file", test_damaged_file);
  g_test_add_func ("/inovda/portfolio/damaged-evidence-file", test_damaged_evidence_file);
  g_test_add_func ("/inovda/portfolio/foreign-keys", test_foreign_keys);
  g_test_add_func ("/inovda/portfolio/field-validation", test_field_validation);
  g_test_add_func ("/inovda/portfolio/second-connection", test_second_connection);
  g_test_add_func ("/inovda/portfolio/changed-in-opening-thread", test_changed_in_opening_thread);
  g_test_add_func ("/inovda/portfolio/backup", test_backup);
  g_test_add_func ("/inovda/portfolio/backup-over-itself", test_backup_over_itself);
  g_test_add_func ("/inovda/portfolio/backup-over-open-file", test_backup_over_open_file);
  g_test_add_func ("/inovda/portfolio/evidence-link", test_evidence_link);
  g_test_add_func ("/inovda/portfolio/evidence-stored-once", test_evidence_stored_once);
  g_test_add_func ("/inovda/portfolio/evidence-rules", test_evidence_rules);
  g_test_add_func ("/inovda/portfolio/spd-values", test_spd_values);
  g_test_add_func ("/inovda/portfolio/load-region-year", test_load_region_year);
  g_test_add_func ("/inovda/portfolio/list-models", test_list_models);
  g_test_add_func ("/inovda/portfolio/merge-units", test_merge_units);
  g_test_add_func ("/inovda/portfolio/bulk-references", test_bulk_references);
  g_test_add_func ("/inovda/portfolio/bulk-reference-zero", test_bulk_reference_zero);
  g_test_add_func ("/inovda/portfolio/bulk-batches", test_bulk_batches);
  g_test_add_func ("/inovda/portfolio/bulk-flush", test_bulk_flush);
  g_test_add_func ("/inovda/portfolio/bulk-journal", test_bulk_journal);
  g_test_add_func ("/inovda/portfolio/bulk-journal-shared", test_bulk_journal_shared);
  g_test_add_func ("/inovda/portfolio/bulk-journal-crash", test_bulk_journal_crash);
  g_test_add_func ("/inovda/portfolio/bulk-journal-busy", test_bulk_journal_busy);
  g_test_add_func ("/inovda/portfolio/synchronous", test_synchronous);
  g_test_add_func ("/inovda/portfolio/file-alone-holds-edits", test_file_alone_holds_edits);
  g_test_add_func ("/inovda/portfolio/file-replaced", test_file_replaced);
  g_test_add_func ("/inovda/portfolio/refresh", test_refresh);

  return g_test_run ();
}
