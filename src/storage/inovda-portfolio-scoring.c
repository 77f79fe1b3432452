/* inovda-portfolio-scoring.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-portfolio"

#include "config.h"

#include <glib/gi18n.h>

#include "inovda-error.h"
#include "inovda-portfolio-private.h"
#include "model/inovda-decimal.h"

/* Loads what the scoring engine needs for one region and year. */

static guint
count_assessments (InovdaPortfolio *self,
                   const char *region_code,
                   int year)
{
  sqlite3_stmt *stmt = _inovda_portfolio_prepare (self,
                                                  "SELECT count(*) FROM unit u CROSS JOIN innovation i ON i.unit_id = u.id "
                                                  "CROSS JOIN assessment a ON a.innovation_id = i.id AND a.year = ?2 "
                                                  "WHERE u.region_code = ?1",
                                                  NULL);
  guint n = 0;

  if (stmt == NULL)
    return 0;
  _inovda_bind_text (stmt, 1, region_code);
  sqlite3_bind_int (stmt, 2, year);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static int
spd_level_of (const InovdaIndicator *row,
              int stored_level,
              const char *raw_value)
{
  gint64 value;
  int level;

  /* A raw value is turned into its level by the catalogue in force, so a
   * replaced catalogue re-levels old answers. */
  if (raw_value == NULL)
    return stored_level;
  if (row->input == INOVDA_INPUT_VALUE && inovda_decimal_parse (raw_value, 4, &value))
    return inovda_indicator_level_for_value (row, value);
  if (row->input == INOVDA_INPUT_CATEGORY)
    {
      level = inovda_indicator_level_for_code (row, raw_value);
      return level < 0 ? 0 : level;
    }
  return stored_level;
}

static gboolean
load_spd (InovdaPortfolio *self,
          InovdaRegionYear *result,
          const char *region_code,
          GError **error)
{
  InovdaCatalogue *catalogue = result->catalogue;
  sqlite3_stmt *stmt;

  stmt = _inovda_portfolio_prepare (self,
                                    "SELECT s.indicator, s.level, s.raw_value, s.verified_level, "
                                    "  (SELECT count(*) FROM evidence e WHERE e.region_code = s.region_code "
                                    "   AND e.year = s.year AND e.indicator = s.indicator) "
                                    "FROM spd_answer s WHERE s.region_code = ?1 AND s.year = ?2",
                                    error);
  if (stmt == NULL)
    return FALSE;
  _inovda_bind_text (stmt, 1, region_code);
  sqlite3_bind_int (stmt, 2, result->year);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int index = inovda_catalogue_indicator_index (catalogue, INOVDA_ASPECT_SPD,
                                                    (const char *) sqlite3_column_text (stmt, 0));
      const char *raw = (const char *) sqlite3_column_text (stmt, 2);
      const InovdaIndicator *row;

      if (index < 0)
        continue;
      row = g_ptr_array_index (catalogue->spd, index);
      result->region.spd_level[index] = (gint8) spd_level_of (row, sqlite3_column_int (stmt, 1), raw);
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        result->region.spd_verified_level[index] = (gint8) sqlite3_column_int (stmt, 3);
      result->spd_raw_values[index] = (char *) inovda_region_year_intern (result, raw);
      result->spd_n_evidence[index] = (guint) sqlite3_column_int (stmt, 4);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static guint
rancang_bangun_words (sqlite3_stmt *stmt,
                      int first_column,
                      int n_columns)
{
  guint words = 0;

  /* From 2024 the form splits the rancang bangun into sections; the
   * minimum applies to the whole. */
  for (int c = first_column; c < first_column + n_columns; c++)
    words += inovda_count_words ((const char *) sqlite3_column_text (stmt, c));
  return words;
}

static gboolean
load_innovations (InovdaPortfolio *self,
                  InovdaRegionYear *result,
                  const char *region_code,
                  GHashTable *by_assessment,
                  GError **error)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  stmt = _inovda_portfolio_prepare (self,
                                    "SELECT a.id, i.id, i.uid, i.nama, u.code, a.status, i.tahapan, i.urusan_utama, "
                                    "  i.waktu_penerapan, i.waktu_pengembangan, i.rancang_bangun, i.rb_dasar_hukum, "
                                    "  i.rb_permasalahan, i.rb_isu_strategis, i.rb_metode_pembaharuan, i.rb_keunggulan, "
                                    "  i.rb_cara_kerja "
                                    "FROM unit u CROSS JOIN innovation i ON i.unit_id = u.id "
                                    "CROSS JOIN assessment a ON a.innovation_id = i.id AND a.year = ?2 "
                                    "WHERE u.region_code = ?1 ORDER BY i.nama COLLATE NOCASE, i.id",
                                    error);
  if (stmt == NULL)
    return FALSE;
  _inovda_bind_text (stmt, 1, region_code);
  sqlite3_bind_int (stmt, 2, result->year);
  while (sqlite3_step (stmt) == SQLITE_ROW && n < result->region.n_innovations)
    {
      InovdaScoreInnovation *innovation = &result->region.innovations[n];
      int status = inovda_status_from_code ((const char *) sqlite3_column_text (stmt, 5));
      int tahapan = inovda_tahapan_from_code ((const char *) sqlite3_column_text (stmt, 6));

      result->innovation_ids[n] = sqlite3_column_int64 (stmt, 1);
      innovation->id = inovda_region_year_intern (result, (const char *) sqlite3_column_text (stmt, 2));
      innovation->name = inovda_region_year_intern (result, (const char *) sqlite3_column_text (stmt, 3));
      innovation->unit_code = inovda_region_year_intern (result, (const char *) sqlite3_column_text (stmt, 4));
      innovation->status = status < 0 ? INOVDA_STATUS_DRAF : status;
      innovation->tahapan = tahapan < 0 ? INOVDA_TAHAPAN_PENERAPAN : tahapan;
      innovation->urusan_utama = inovda_region_year_intern (result, (const char *) sqlite3_column_text (stmt, 7));
      innovation->waktu_penerapan = inovda_region_year_intern (result, (const char *) sqlite3_column_text (stmt, 8));
      innovation->waktu_pengembangan = inovda_region_year_intern (result, (const char *) sqlite3_column_text (stmt, 9));
      innovation->rancang_bangun_words = rancang_bangun_words (stmt, 10, 7);
      g_hash_table_insert (by_assessment, GSIZE_TO_POINTER ((gsize) sqlite3_column_int64 (stmt, 0)), GUINT_TO_POINTER (n));
      n++;
    }
  sqlite3_reset (stmt);
  result->region.n_innovations = n;
  return TRUE;
}

static gboolean
load_answers (InovdaPortfolio *self,
              InovdaRegionYear *result,
              const char *region_code,
              GHashTable *by_assessment,
              GError **error)
{
  InovdaCatalogue *catalogue = result->catalogue;
  sqlite3_stmt *stmt;

  stmt = _inovda_portfolio_prepare (self,
                                    "SELECT s.assessment_id, s.indicator, s.level, s.verified_level, "
                                    "  (SELECT count(*) FROM evidence e WHERE e.assessment_id = s.assessment_id "
                                    "   AND e.indicator = s.indicator) "
                                    "FROM unit u CROSS JOIN innovation i ON i.unit_id = u.id "
                                    "CROSS JOIN assessment a ON a.innovation_id = i.id AND a.year = ?2 "
                                    "CROSS JOIN sid_answer s ON s.assessment_id = a.id "
                                    "WHERE u.region_code = ?1",
                                    error);
  if (stmt == NULL)
    return FALSE;
  _inovda_bind_text (stmt, 1, region_code);
  sqlite3_bind_int (stmt, 2, result->year);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gpointer slot;
      guint n;
      int index;
      InovdaScoreInnovation *innovation;
      guint n_evidence;

      if (!g_hash_table_lookup_extended (by_assessment, GSIZE_TO_POINTER ((gsize) sqlite3_column_int64 (stmt, 0)), NULL, &slot))
        continue;
      n = GPOINTER_TO_UINT (slot);
      index = inovda_catalogue_indicator_index (catalogue, INOVDA_ASPECT_SID, (const char *) sqlite3_column_text (stmt, 1));
      if (index < 0)
        continue;

      innovation = &result->region.innovations[n];
      innovation->level[index] = (gint8) sqlite3_column_int (stmt, 2);
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        innovation->verified_level[index] = (gint8) sqlite3_column_int (stmt, 3);
      n_evidence = (guint) sqlite3_column_int (stmt, 4);
      result->n_evidence[n * INOVDA_MAX_INDICATORS + index] = n_evidence;
      innovation->evidence_missing[index] = innovation->level[index] > 0 && n_evidence == 0;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * inovda_portfolio_load_region_year:
 * @catalogue: the catalogue of @year
 *
 * Returns: (transfer full): the region's inputs for the engine, or %NULL
 */
InovdaRegionYear *
inovda_portfolio_load_region_year (InovdaPortfolio *self,
                                   InovdaCatalogue *catalogue,
                                   const char *region_code,
                                   int year,
                                   GError **error)
{
  g_autoptr (InovdaRegionYear) result = NULL;
  g_autoptr (InovdaRegion) region = NULL;
  g_autoptr (GHashTable) by_assessment = NULL;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (catalogue != NULL, NULL);

  region = inovda_portfolio_get_region (self, region_code, error);
  if (region == NULL)
    return NULL;

  /* One read transaction, so the counts and rows agree. */
  if (!_inovda_portfolio_exec (self, "SAVEPOINT load", error))
    return NULL;

  result = inovda_region_year_new (catalogue, year, count_assessments (self, region_code, year));
  result->region.code = inovda_region_year_intern (result, inovda_region_get_code (region));
  result->region.name = inovda_region_year_intern (result, inovda_region_get_name (region));
  by_assessment = g_hash_table_new (g_direct_hash, g_direct_equal);

  if (!load_spd (self, result, region_code, error) ||
      !load_innovations (self, result, region_code, by_assessment, error) ||
      !load_answers (self, result, region_code, by_assessment, error))
    {
      _inovda_portfolio_exec (self, "RELEASE load", NULL);
      return NULL;
    }
  _inovda_portfolio_exec (self, "RELEASE load", NULL);
  return g_steal_pointer (&result);
}
