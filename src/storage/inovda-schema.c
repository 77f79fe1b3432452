/* inovda-schema.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-schema"

#include "config.h"

#include <glib/gi18n.h>

#include "inovda-error.h"
#include "inovda-portfolio-private.h"

/* "INVD": marks a SQLite file as an Inovda portfolio. */
#define INOVDA_APPLICATION_ID 0x494E5644

/* Forward-only migrations; migrations[i] takes a file from version i to
 * i + 1. Never edit a released step: add one. */
static const char *const migrations[] = {
  /* 0 → 1: the portfolio as the 2023 form knew it */
  "CREATE TABLE region ("
  "  code TEXT PRIMARY KEY CHECK (code GLOB '[0-9][0-9]*'),"
  "  name TEXT NOT NULL CHECK (length (name) > 0),"
  "  level TEXT NOT NULL CHECK (level IN ('provinsi', 'kabupaten', 'kota')));"
  "CREATE TABLE unit ("
  "  id INTEGER PRIMARY KEY,"
  "  region_code TEXT NOT NULL REFERENCES region (code) ON DELETE CASCADE ON UPDATE CASCADE,"
  "  code TEXT NOT NULL CHECK (length (code) > 0),"
  "  name TEXT NOT NULL CHECK (length (name) > 0),"
  "  short_name TEXT,"
  "  UNIQUE (region_code, code));"
  "CREATE TABLE innovation ("
  "  id INTEGER PRIMARY KEY,"
  "  uid TEXT NOT NULL UNIQUE CHECK (length (uid) > 0),"
  "  unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,"
  "  nama TEXT NOT NULL CHECK (length (nama) > 0),"
  "  tahapan TEXT NOT NULL DEFAULT 'penerapan' CHECK (tahapan IN ('inisiatif', 'uji-coba', 'penerapan')),"
  "  inisiator TEXT, jenis TEXT, bentuk TEXT, tematik TEXT, urusan_utama TEXT,"
  "  waktu_uji_coba TEXT, waktu_penerapan TEXT,"
  "  rancang_bangun TEXT, tujuan TEXT, manfaat TEXT, hasil TEXT, covid TEXT);"
  "CREATE INDEX innovation_unit ON innovation (unit_id);"
  "CREATE TABLE innovation_urusan ("
  "  innovation_id INTEGER NOT NULL REFERENCES innovation (id) ON DELETE CASCADE,"
  "  urusan TEXT NOT NULL,"
  "  PRIMARY KEY (innovation_id, urusan));"
  "CREATE TABLE assessment ("
  "  id INTEGER PRIMARY KEY,"
  "  innovation_id INTEGER NOT NULL REFERENCES innovation (id) ON DELETE CASCADE,"
  "  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),"
  "  status TEXT NOT NULL DEFAULT 'draf'"
  "    CHECK (status IN ('draf', 'siap-kirim', 'dikirim', 'diterima', 'ditolak')),"
  "  UNIQUE (innovation_id, year));"
  "CREATE INDEX assessment_year ON assessment (year);"
  "CREATE TABLE sid_answer ("
  "  assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,"
  "  indicator TEXT NOT NULL,"
  "  level INTEGER NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 3),"
  "  basis TEXT,"
  "  verified_level INTEGER CHECK (verified_level BETWEEN 0 AND 3),"
  "  PRIMARY KEY (assessment_id, indicator));"
  "CREATE TABLE spd_answer ("
  "  region_code TEXT NOT NULL REFERENCES region (code) ON DELETE CASCADE ON UPDATE CASCADE,"
  "  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),"
  "  indicator TEXT NOT NULL,"
  "  level INTEGER NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 3),"
  "  raw_value TEXT,"
  "  verified_level INTEGER CHECK (verified_level BETWEEN 0 AND 3),"
  "  PRIMARY KEY (region_code, year, indicator));"
  "CREATE TABLE file ("
  "  sha256 TEXT PRIMARY KEY CHECK (length (sha256) = 64),"
  "  size INTEGER NOT NULL,"
  "  content BLOB NOT NULL);"
  "CREATE TABLE evidence ("
  "  id INTEGER PRIMARY KEY,"
  "  assessment_id INTEGER REFERENCES assessment (id) ON DELETE CASCADE,"
  "  region_code TEXT REFERENCES region (code) ON DELETE CASCADE ON UPDATE CASCADE,"
  "  innovation_id INTEGER REFERENCES innovation (id) ON DELETE CASCADE,"
  "  year INTEGER,"
  "  indicator TEXT NOT NULL,"
  "  file_sha256 TEXT REFERENCES file (sha256),"
  "  file_name TEXT, nomor_surat TEXT, tanggal_surat TEXT, tentang TEXT, tautan TEXT,"
  "  CHECK ((assessment_id IS NOT NULL) + (region_code IS NOT NULL) + (innovation_id IS NOT NULL) = 1),"
  "  CHECK (region_code IS NULL OR year IS NOT NULL),"
  "  CHECK (file_sha256 IS NOT NULL OR tautan IS NOT NULL OR nomor_surat IS NOT NULL));"
  "CREATE INDEX evidence_assessment ON evidence (assessment_id, indicator);"
  "CREATE INDEX evidence_region ON evidence (region_code, year, indicator);"
  "CREATE INDEX evidence_innovation ON evidence (innovation_id);"
  "CREATE INDEX evidence_file ON evidence (file_sha256);"
  "CREATE TABLE catalogue ("
  "  year INTEGER PRIMARY KEY,"
  "  name TEXT,"
  "  xml TEXT NOT NULL,"
  "  imported TEXT NOT NULL);",

  /* 1 → 2: the fields the form gained from 2024 (rancang bangun sections,
   * nama inisiator, berkembang) and 2025/2026 (waktu pengembangan,
   * koordinat, Asta Cita, PKPN, klasifikasi), and the development note of a
   * re-submitted assessment. */
  "ALTER TABLE innovation ADD COLUMN nama_inisiator TEXT;"
  "ALTER TABLE innovation ADD COLUMN klasifikasi TEXT;"
  "ALTER TABLE innovation ADD COLUMN waktu_pengembangan TEXT;"
  "ALTER TABLE innovation ADD COLUMN berkembang TEXT;"
  "ALTER TABLE innovation ADD COLUMN rb_dasar_hukum TEXT;"
  "ALTER TABLE innovation ADD COLUMN rb_permasalahan TEXT;"
  "ALTER TABLE innovation ADD COLUMN rb_isu_strategis TEXT;"
  "ALTER TABLE innovation ADD COLUMN rb_metode_pembaharuan TEXT;"
  "ALTER TABLE innovation ADD COLUMN rb_keunggulan TEXT;"
  "ALTER TABLE innovation ADD COLUMN rb_cara_kerja TEXT;"
  "ALTER TABLE innovation ADD COLUMN lintang TEXT;"
  "ALTER TABLE innovation ADD COLUMN bujur TEXT;"
  "ALTER TABLE innovation ADD COLUMN lokasi TEXT;"
  "ALTER TABLE innovation ADD COLUMN asta_cita TEXT;"
  "ALTER TABLE innovation ADD COLUMN pkpn_klaster TEXT;"
  "ALTER TABLE innovation ADD COLUMN pkpn_program TEXT;"
  "ALTER TABLE innovation ADD COLUMN prioritas TEXT;"
  "ALTER TABLE innovation ADD COLUMN misi TEXT;"
  "ALTER TABLE assessment ADD COLUMN development_note TEXT;",

  /* 2 → 3: the checks of stage, status and region level as comparisons.
   * SQLite builds a temporary index of an IN list every time a row is
   * written, most of the cost of writing an assessment. The stored table
   * definitions are changed in place, as SQLite's documentation describes
   * for CHECK constraints: rows are stored the same either way, and every
   * row meets the new checks as it met the old ones.
   * _inovda_schema_migrate makes the connection read them again. */
  "PRAGMA writable_schema = ON;"
  "UPDATE sqlite_schema SET sql = replace (sql,"
  "  'level IN (''provinsi'', ''kabupaten'', ''kota'')',"
  "  'level = ''provinsi'' OR level = ''kabupaten'' OR level = ''kota''')"
  "  WHERE type = 'table' AND name = 'region';"
  "UPDATE sqlite_schema SET sql = replace (sql,"
  "  'tahapan IN (''inisiatif'', ''uji-coba'', ''penerapan'')',"
  "  'tahapan = ''inisiatif'' OR tahapan = ''uji-coba'' OR tahapan = ''penerapan''')"
  "  WHERE type = 'table' AND name = 'innovation';"
  "UPDATE sqlite_schema SET sql = replace (sql,"
  "  'status IN (''draf'', ''siap-kirim'', ''dikirim'', ''diterima'', ''ditolak'')',"
  "  'status = ''draf'' OR status = ''siap-kirim'' OR status = ''dikirim'' OR status = ''diterima'' OR "
  "status = ''ditolak''')"
  "  WHERE type = 'table' AND name = 'assessment';"
  "PRAGMA writable_schema = OFF;",

  /* 3 → 4: each evidence row belongs to an assessment, a region or an
   * innovation, and most have no file of their own. The indexes keep only
   * the rows that have their column, so that writing a row updates two of
   * them rather than four (a third of the cost of an evidence row at
   * national size). Every lookup through them compares the column with
   * "=", which tells SQLite the column is not NULL. */
  "DROP INDEX evidence_assessment;"
  "DROP INDEX evidence_region;"
  "DROP INDEX evidence_innovation;"
  "DROP INDEX evidence_file;"
  "CREATE INDEX evidence_assessment ON evidence (assessment_id, indicator) WHERE assessment_id IS NOT NULL;"
  "CREATE INDEX evidence_region ON evidence (region_code, year, indicator) WHERE region_code IS NOT NULL;"
  "CREATE INDEX evidence_innovation ON evidence (innovation_id) WHERE innovation_id IS NOT NULL;"
  "CREATE INDEX evidence_file ON evidence (file_sha256) WHERE file_sha256 IS NOT NULL;",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == INOVDA_PORTFOLIO_SCHEMA_VERSION);

const char *
_inovda_schema_migration (int to_version)
{
  g_return_val_if_fail (to_version >= 1 && to_version <= INOVDA_PORTFOLIO_SCHEMA_VERSION, NULL);
  return migrations[to_version - 1];
}

static gboolean
query_int (sqlite3 *db,
           const char *sql,
           int *out_value,
           GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    {
      /* Another program is writing it, an import perhaps. */
      g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED,
                   _ ("The portfolio is in use by another program; try again when it has finished"));
      sqlite3_finalize (stmt);
      return FALSE;
    }
  /* The WAL's files beside it could not be made: a read-only folder. */
  if ((rc & 0xff) == SQLITE_CANTOPEN)
    rc = SQLITE_READONLY;
  if (rc != SQLITE_ROW && _inovda_storage_set_file_error (rc, error))
    {
      sqlite3_finalize (stmt);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, INOVDA_STORAGE_ERROR,
                   rc == SQLITE_NOTADB ? INOVDA_STORAGE_ERROR_CORRUPT : INOVDA_STORAGE_ERROR_FAILED,
                   _ ("Not an Inovda portfolio: %s"), sqlite3_errmsg (db));
      sqlite3_finalize (stmt);
      return FALSE;
    }
  *out_value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
exec (sqlite3 *db,
      const char *sql,
      GError **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    {
      if (!_inovda_storage_set_file_error (rc, error))
        g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED,
                     _ ("Could not update the portfolio: %s"), message ? message : "?");
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

/* A step that changed sqlite_schema itself must make every connection,
 * this one included, read the schema again. */
static gboolean
bump_schema_cookie (sqlite3 *db,
                    GError **error)
{
  g_autofree char *bump = NULL;
  int cookie;

  if (!query_int (db, "PRAGMA schema_version", &cookie, error))
    return FALSE;
  bump = g_strdup_printf ("PRAGMA schema_version = %d", cookie + 1);
  return exec (db, bump, error);
}

/* Runs the steps after @version in one transaction. */
static gboolean
migrate (sqlite3 *db,
         int version,
         GError **error)
{
  if (!exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  for (int v = version; v < INOVDA_PORTFOLIO_SCHEMA_VERSION; v++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", v + 1);
      if (!exec (db, migrations[v], error) || !exec (db, bump, error))
        {
          exec (db, "ROLLBACK", NULL);
          return FALSE;
        }
    }
  if (!exec (db, "PRAGMA application_id = 1229870660", error) || /* INOVDA_APPLICATION_ID */
      !bump_schema_cookie (db, error) || !exec (db, "COMMIT", error))
    {
      exec (db, "ROLLBACK", NULL);
      return FALSE;
    }
  return TRUE;
}

/* The tables and indexes of a portfolio, "type name table" per line in
 * order; ANALYZE's statistics are left out. */
static gboolean
list_objects (sqlite3 *db,
              GString *out,
              GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "SELECT type, name, tbl_name FROM sqlite_schema"
                           " WHERE NOT (type = 'table' AND name IN ('sqlite_stat1', 'sqlite_stat4'))"
                           " ORDER BY type, name",
                           -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_string_append_printf (out, "%s %s %s\n", sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1),
                              sqlite3_column_text (stmt, 2));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE && !_inovda_storage_set_file_error (rc, error))
    g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_CORRUPT,
                 _ ("Not an Inovda portfolio: %s"), sqlite3_errmsg (db));
  return rc == SQLITE_DONE;
}

/* What list_objects() gives for a file of @version that only Inovda has
 * written: the steps up to it, run once in memory. */
static const char *
expected_objects (int version)
{
  static char *objects[INOVDA_PORTFOLIO_SCHEMA_VERSION + 1];
  G_LOCK_DEFINE_STATIC (objects);
  const char *result;

  G_LOCK (objects);
  if (objects[version] == NULL)
    {
      g_autoptr (GString) text = g_string_new (NULL);
      sqlite3 *db = NULL;

      if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, NULL) != SQLITE_OK)
        g_error ("SQLite cannot open a database in memory");
      for (int v = 0; v < version; v++)
        if (sqlite3_exec (db, migrations[v], NULL, NULL, NULL) != SQLITE_OK)
          g_error ("Schema step %d failed in memory: %s", v + 1, sqlite3_errmsg (db));
      if (!list_objects (db, text, NULL))
        g_error ("SQLite cannot list a schema in memory");
      sqlite3_close (db);
      objects[version] = g_string_free (g_steal_pointer (&text), FALSE);
    }
  result = objects[version];
  G_UNLOCK (objects);
  return result;
}

/* A portfolio may come from anyone. Its triggers and views would run
 * inside Inovda's own edits, and a table or index Inovda does not know
 * means that another program has changed the file: both are refused. */
static gboolean
check_objects (sqlite3 *db,
               int version,
               GError **error)
{
  g_autoptr (GString) found = g_string_new (NULL);
  g_auto (GStrv) found_lines = NULL;
  g_auto (GStrv) expected_lines = NULL;

  if (!list_objects (db, found, error))
    return FALSE;
  if (g_str_equal (found->str, expected_objects (version)))
    return TRUE;

  found_lines = g_strsplit (found->str, "\n", -1);
  expected_lines = g_strsplit (expected_objects (version), "\n", -1);
  for (guint i = 0; found_lines[i] != NULL; i++)
    if (found_lines[i][0] != '\0' && !g_strv_contains ((const char *const *) expected_lines, found_lines[i]))
      {
        g_auto (GStrv) words = g_strsplit (found_lines[i], " ", 3);

        g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_CORRUPT,
                     /* Translators: %s are an SQL object's kind (table, index, trigger, view) and name */
                     _ ("The portfolio holds an object Inovda does not create (%s %s): another program has "
                        "changed it, and it is not opened"),
                     words[0], words[1] != NULL ? words[1] : "");
        return FALSE;
      }
  g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_CORRUPT,
               _ ("The portfolio lacks tables or indexes of its version (%d): another program has changed it, "
                  "and it is not opened"),
               version);
  return FALSE;
}

/* Brings the file to INOVDA_PORTFOLIO_SCHEMA_VERSION in one transaction. */
gboolean
_inovda_schema_migrate (sqlite3 *db,
                        int *out_version,
                        GError **error)
{
  int version = 0;
  int application_id = 0;
  int n_tables = 0;
  gboolean ok;

  if (!query_int (db, "PRAGMA user_version", &version, error) ||
      !query_int (db, "PRAGMA application_id", &application_id, error) ||
      !query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'", &n_tables, error))
    return FALSE;

  if (application_id != INOVDA_APPLICATION_ID && (n_tables > 0 || version != 0))
    {
      g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_CORRUPT,
                   _ ("This SQLite file is not an Inovda portfolio"));
      return FALSE;
    }

  if (version > INOVDA_PORTFOLIO_SCHEMA_VERSION)
    {
      g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_TOO_NEW,
                   _ ("The portfolio was written by a newer version of Inovda (schema %d, this version knows %d)"),
                   version, INOVDA_PORTFOLIO_SCHEMA_VERSION);
      return FALSE;
    }

  if ((version > 0 || n_tables > 0) && !check_objects (db, version, error))
    return FALSE;

  /* A new file gets pages of 16 KiB rather than SQLite's 4 KiB: an
   * innovation's row (3 to 5 KB of texts) then fits in one page instead of
   * spilling onto overflow pages, and a large import writes a quarter of
   * the pages, a system call each (national import 3.7 → 3.25 s). Only an
   * empty file takes it; an older portfolio keeps its pages. */
  if (version == 0 && n_tables == 0 && !exec (db, "PRAGMA page_size = " G_STRINGIFY (INOVDA_PORTFOLIO_PAGE_SIZE), error))
    return FALSE;

  if (version < INOVDA_PORTFOLIO_SCHEMA_VERSION)
    {
      int defensive = 0;

      /* Step 3 writes sqlite_schema, which a SQLite built or set to be
       * defensive refuses: allowed for the migration only. */
      sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
      sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 0, NULL);
      ok = migrate (db, version, error);
      sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, defensive, NULL);
      if (!ok)
        return FALSE;
      version = INOVDA_PORTFOLIO_SCHEMA_VERSION;
    }

  if (out_version != NULL)
    *out_version = version;
  return TRUE;
}
