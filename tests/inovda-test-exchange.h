/* inovda-test-exchange.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>
#include <string.h>
#include "inovda-test-utils.h"
#include "io/inovda-export.h"
#include "io/inovda-import.h"
#include "storage/inovda-demo.h"

/* A fresh portfolio, and a checksum of everything in it, to prove that a
 * refused import changed nothing. */

G_GNUC_UNUSED static InovdaPortfolio *
new_portfolio (gboolean with_demo,
               char **out_path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = inovda_test_temp_path ("exchange.inovda");
  InovdaPortfolio *portfolio = inovda_portfolio_open (path, &error);

  g_assert_no_error (error);
  if (with_demo)
    {
      g_assert_true (inovda_demo_populate (portfolio, FALSE, &error));
      g_assert_no_error (error);
    }
  *out_path = g_steal_pointer (&path);
  return portfolio;
}

/* A checksum of everything a portfolio holds, independent of row ids. */
G_GNUC_UNUSED static char *
portfolio_checksum (const char *path)
{
  static const char *const queries[] = {
    "SELECT code, name, level FROM region ORDER BY 1",
    "SELECT region_code, code, name, short_name FROM unit ORDER BY 1, 2",
    "SELECT i.uid, u.region_code, u.code, i.nama, i.tahapan, i.inisiator, i.nama_inisiator, i.jenis, i.bentuk, "
    "i.tematik, i.klasifikasi, i.urusan_utama, i.waktu_uji_coba, i.waktu_penerapan, i.waktu_pengembangan, "
    "i.berkembang, i.rancang_bangun, i.rb_dasar_hukum, i.rb_permasalahan, i.rb_isu_strategis, "
    "i.rb_metode_pembaharuan, i.rb_keunggulan, i.rb_cara_kerja, i.tujuan, i.manfaat, i.hasil, i.lintang, "
    "i.bujur, i.lokasi, i.asta_cita, i.pkpn_klaster, i.pkpn_program, i.covid, i.prioritas, i.misi "
    "FROM innovation i JOIN unit u ON u.id = i.unit_id ORDER BY 1",
    "SELECT i.uid, x.urusan FROM innovation_urusan x JOIN innovation i ON i.id = x.innovation_id ORDER BY 1, 2",
    "SELECT i.uid, a.year, a.status, a.development_note FROM assessment a JOIN innovation i ON i.id = a.innovation_id ORDER BY 1, 2",
    "SELECT i.uid, a.year, s.indicator, s.level, s.basis, s.verified_level FROM sid_answer s "
    "JOIN assessment a ON a.id = s.assessment_id JOIN innovation i ON i.id = a.innovation_id ORDER BY 1, 2, 3",
    "SELECT region_code, year, indicator, level, raw_value, verified_level FROM spd_answer ORDER BY 1, 2, 3",
    "SELECT coalesce (i.uid, i2.uid), a.year, e.region_code, e.year, e.indicator, e.file_sha256, e.file_name, "
    "e.nomor_surat, e.tanggal_surat, e.tentang, e.tautan FROM evidence e "
    "LEFT JOIN assessment a ON a.id = e.assessment_id LEFT JOIN innovation i ON i.id = a.innovation_id "
    "LEFT JOIN innovation i2 ON i2.id = e.innovation_id ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11",
  };
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *text = (const char *) sqlite3_column_text (stmt, c);
              g_checksum_update (checksum, (const guchar *) (text != NULL ? text : "\x01NULL"), -1);
              g_checksum_update (checksum, (const guchar *) "\x1f", 1);
            }
          g_checksum_update (checksum, (const guchar *) "\n", 1);
        }
      sqlite3_finalize (stmt);
      g_checksum_update (checksum, (const guchar *) "\x1e", 1);
    }
  sqlite3_close (db);
  return g_strdup (g_checksum_get_string (checksum));
}

/* Imports @file into a new, empty portfolio, which must take it without a
 * problem. */
G_GNUC_UNUSED static void
assert_applied_into_empty (const char *file,
                           const char *files_folder)
{
  g_autofree char *path = inovda_test_temp_path ("applied.inovda");
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaPortfolio) empty = inovda_portfolio_open (path, &error);
  g_autoptr (InovdaImport) import = NULL;

  g_assert_no_error (error);
  import = inovda_import_new (empty, file);
  if (files_folder != NULL)
    inovda_import_set_files_folder (import, files_folder);
  g_assert_true (inovda_import_run (import, FALSE, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < inovda_import_get_problems (import)->len; i++)
    g_test_message ("%s", ((InovdaImportProblem *) g_ptr_array_index (inovda_import_get_problems (import), i))->message);
  g_assert_cmpuint (inovda_import_get_n_problems (import), ==, 0);
  g_assert_true (inovda_import_get_applied (import));
}

/* Imports @file into a new, empty portfolio, which must refuse it and stay
 * as it was. */
G_GNUC_UNUSED static InovdaImport *
import_refused_into_empty (const char *file,
                           const char *files_folder)
{
  g_autofree char *path = inovda_test_temp_path ("empty.inovda");
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaPortfolio) empty = inovda_portfolio_open (path, &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  InovdaImport *import;

  g_assert_no_error (error);
  before = portfolio_checksum (path);
  import = inovda_import_new (empty, file);
  if (files_folder != NULL)
    inovda_import_set_files_folder (import, files_folder);
  g_assert_true (inovda_import_run (import, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (inovda_import_get_applied (import));
  after = portfolio_checksum (path);
  g_assert_cmpstr (before, ==, after);
  return import;
}
