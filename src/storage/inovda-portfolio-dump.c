/* inovda-portfolio-dump.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-portfolio-dump"

#include "config.h"

#include <glib/gi18n.h>

#include "inovda-error.h"
#include "inovda-portfolio-bulk.h"
#include "inovda-portfolio-private.h"

/* A streamed walk over the portfolio for the exporters: one region at a
 * time, one innovation or assessment at a time, so memory stays flat
 * whatever the size of the portfolio. */

#define INDICATOR_ORDER "CAST (indicator AS INTEGER), indicator"

typedef struct
{
  InovdaPortfolio *self;
  const InovdaDumpFilter *filter;
  const InovdaDumpVisitor *visitor;
  gpointer user_data;
  gint64 unit_id;
} Walk;

static const char *
column_text (sqlite3_stmt *stmt,
             int column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* Copies of the strings of a result row, which the next step overwrites. */
static const char *
keep (GStringChunk *chunk,
      const char *text)
{
  return text != NULL ? g_string_chunk_insert (chunk, text) : NULL;
}

static gboolean
step_failed (InovdaPortfolio *self,
             sqlite3_stmt *stmt,
             int rc,
             GError **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return FALSE;
  _inovda_portfolio_set_error (self, error, "export");
  return TRUE;
}

/* Evidence rows whose column @column equals @id, with @owner_filter. */
static gboolean
load_evidence (Walk *walk,
               const char *where,
               gint64 id,
               const char *region_code,
               int year,
               GStringChunk *chunk,
               GArray *out,
               GError **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT indicator, file_sha256, file_name, nomor_surat, tanggal_surat, tentang, tautan "
                                          "FROM evidence WHERE %s ORDER BY " INDICATOR_ORDER ", id",
                                          where);
  sqlite3_stmt *stmt = _inovda_portfolio_prepare (walk->self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  _inovda_bind_text (stmt, 2, region_code);
  sqlite3_bind_int (stmt, 3, year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InovdaDumpEvidence evidence = {
        keep (chunk, column_text (stmt, 0)),
        keep (chunk, column_text (stmt, 1)),
        keep (chunk, column_text (stmt, 2)),
        keep (chunk, column_text (stmt, 3)),
        keep (chunk, column_text (stmt, 4)),
        keep (chunk, column_text (stmt, 5)),
        keep (chunk, column_text (stmt, 6)),
      };
      g_array_append_val (out, evidence);
    }
  return !step_failed (walk->self, stmt, rc, error);
}

/* Merges answers and evidence (both ordered by indicator) into answers
 * that carry their evidence; evidence without an answer row becomes an
 * unanswered entry. */
static void
attach_evidence (GArray *answers,
                 GArray *evidence,
                 GArray *out)
{
  guint a = 0, e = 0;

  while (a < answers->len || e < evidence->len)
    {
      InovdaDumpAnswer *answer = a < answers->len ? &g_array_index (answers, InovdaDumpAnswer, a) : NULL;
      InovdaDumpEvidence *first = e < evidence->len ? &g_array_index (evidence, InovdaDumpEvidence, e) : NULL;
      InovdaDumpAnswer merged = { 0 };
      int order;

      if (answer == NULL)
        order = 1;
      else if (first == NULL)
        order = -1;
      else
        {
          gint64 na = g_ascii_strtoll (answer->indicator, NULL, 10);
          gint64 ne = g_ascii_strtoll (first->owner, NULL, 10);
          order = na != ne ? (na < ne ? -1 : 1) : strcmp (answer->indicator, first->owner);
        }

      if (order <= 0)
        {
          merged = *answer;
          a++;
        }
      else
        {
          merged.indicator = first->owner;
          merged.verified = INOVDA_LEVEL_UNVERIFIED;
        }
      if (order >= 0)
        {
          merged.evidence = first;
          while (e < evidence->len && g_str_equal (g_array_index (evidence, InovdaDumpEvidence, e).owner, merged.indicator))
            {
              merged.n_evidence++;
              e++;
            }
        }
      g_array_append_val (out, merged);
    }
}

static gboolean
walk_units (Walk *walk,
            const char *region_code,
            GError **error)
{
  sqlite3_stmt *stmt = _inovda_portfolio_prepare (walk->self,
                                                  "SELECT code, name, short_name FROM unit "
                                                  "WHERE region_code = ?1 AND (?2 = 0 OR id = ?2) ORDER BY code",
                                                  error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _inovda_bind_text (stmt, 1, region_code);
  sqlite3_bind_int64 (stmt, 2, walk->unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InovdaDumpUnit unit = { region_code, column_text (stmt, 0), column_text (stmt, 1), column_text (stmt, 2) };

      if (walk->visitor->unit != NULL && !walk->visitor->unit (&unit, walk->user_data, error))
        {
          sqlite3_reset (stmt);
          return FALSE;
        }
    }
  return !step_failed (walk->self, stmt, rc, error);
}

static char *
innovation_sql (void)
{
  GString *sql = g_string_new ("SELECT i.id, i.uid, u.code, "
                               "(SELECT group_concat (urusan, ' ') FROM "
                               " (SELECT urusan FROM innovation_urusan WHERE innovation_id = i.id ORDER BY urusan))");

  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    g_string_append_printf (sql, ", i.%s", inovda_field_get_info (f)->code);
  g_string_append (sql, " FROM innovation i JOIN unit u ON u.id = i.unit_id "
                        "WHERE u.region_code = ?1 AND (?2 = 0 OR u.id = ?2) ORDER BY u.code, i.uid");
  return g_string_free (sql, FALSE);
}

static gboolean
walk_innovations (Walk *walk,
                  const char *region_code,
                  GError **error)
{
  g_autofree char *sql = innovation_sql ();
  g_autoptr (GStringChunk) chunk = g_string_chunk_new (4096);
  g_autoptr (GArray) documents = g_array_new (FALSE, FALSE, sizeof (InovdaDumpEvidence));
  sqlite3_stmt *stmt;
  int rc;

  /* The statement stays in use while evidence is read: prepare our own. */
  if (sqlite3_prepare_v2 (walk->self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      _inovda_portfolio_set_error (walk->self, error, "export");
      return FALSE;
    }
  _inovda_bind_text (stmt, 1, region_code);
  sqlite3_bind_int64 (stmt, 2, walk->unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InovdaDumpInnovation innovation = { region_code, column_text (stmt, 1), column_text (stmt, 2) };
      g_auto (GStrv) urusan = NULL;

      if (column_text (stmt, 3) != NULL)
        urusan = g_strsplit (column_text (stmt, 3), " ", -1);
      innovation.urusan_lain = (const char *const *) urusan;
      for (guint f = 0; f < INOVDA_N_FIELDS; f++)
        innovation.fields[f] = column_text (stmt, 4 + f);

      g_string_chunk_clear (chunk);
      g_array_set_size (documents, 0);
      if (!load_evidence (walk, "innovation_id = ?1 AND ?2 IS NULL AND ?3 = 0", sqlite3_column_int64 (stmt, 0),
                          NULL, 0, chunk, documents, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      innovation.documents = (const InovdaDumpEvidence *) documents->data;
      innovation.n_documents = documents->len;

      if (walk->visitor->innovation != NULL && !walk->visitor->innovation (&innovation, walk->user_data, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _inovda_portfolio_set_error (walk->self, error, "export");
      return FALSE;
    }
  return TRUE;
}

static gboolean
walk_spd (Walk *walk,
          const char *region_code,
          int year,
          GError **error)
{
  g_autoptr (GStringChunk) chunk = g_string_chunk_new (4096);
  g_autoptr (GArray) answers = g_array_new (FALSE, FALSE, sizeof (InovdaDumpAnswer));
  g_autoptr (GArray) evidence = g_array_new (FALSE, FALSE, sizeof (InovdaDumpEvidence));
  g_autoptr (GArray) merged = g_array_new (FALSE, FALSE, sizeof (InovdaDumpAnswer));
  sqlite3_stmt *stmt;
  int rc;

  stmt = _inovda_portfolio_prepare (walk->self,
                                    "SELECT indicator, level, raw_value, verified_level FROM spd_answer "
                                    "WHERE region_code = ?1 AND year = ?2 ORDER BY " INDICATOR_ORDER,
                                    error);
  if (stmt == NULL)
    return FALSE;
  _inovda_bind_text (stmt, 1, region_code);
  sqlite3_bind_int (stmt, 2, year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      InovdaDumpAnswer answer = { 0 };

      answer.indicator = keep (chunk, column_text (stmt, 0));
      answer.answered = TRUE;
      answer.level = sqlite3_column_int (stmt, 1);
      answer.raw_value = keep (chunk, column_text (stmt, 2));
      answer.verified = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? INOVDA_LEVEL_UNVERIFIED : sqlite3_column_int (stmt, 3);
      g_array_append_val (answers, answer);
    }
  if (step_failed (walk->self, stmt, rc, error))
    return FALSE;

  if (!load_evidence (walk, "region_code = ?2 AND year = ?3 AND ?1 = 0", 0, region_code, year, chunk, evidence, error))
    return FALSE;
  attach_evidence (answers, evidence, merged);

  for (guint i = 0; i < merged->len; i++)
    if (!walk->visitor->spd (region_code, year, &g_array_index (merged, InovdaDumpAnswer, i), walk->user_data, error))
      return FALSE;
  return TRUE;
}

static gboolean
walk_assessments (Walk *walk,
                  const char *region_code,
                  int year,
                  GError **error)
{
  g_autoptr (GStringChunk) chunk = g_string_chunk_new (4096);
  g_autoptr (GArray) answers = g_array_new (FALSE, FALSE, sizeof (InovdaDumpAnswer));
  g_autoptr (GArray) evidence = g_array_new (FALSE, FALSE, sizeof (InovdaDumpEvidence));
  g_autoptr (GArray) merged = g_array_new (FALSE, FALSE, sizeof (InovdaDumpAnswer));
  sqlite3_stmt *stmt;
  int rc;

  if (sqlite3_prepare_v2 (walk->self->db,
                          "SELECT a.id, i.uid, u.code, i.nama, a.status, a.development_note "
                          "FROM unit u CROSS JOIN innovation i ON i.unit_id = u.id "
                          "CROSS JOIN assessment a ON a.innovation_id = i.id AND a.year = ?2 "
                          "WHERE u.region_code = ?1 AND (?3 = 0 OR u.id = ?3) ORDER BY u.code, i.uid",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      _inovda_portfolio_set_error (walk->self, error, "export");
      return FALSE;
    }
  _inovda_bind_text (stmt, 1, region_code);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_int64 (stmt, 3, walk->unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 assessment_id = sqlite3_column_int64 (stmt, 0);
      InovdaDumpAssessment assessment = {
        region_code,
        year,
        column_text (stmt, 1),
        column_text (stmt, 2),
        column_text (stmt, 3),
        column_text (stmt, 4),
        column_text (stmt, 5),
      };
      sqlite3_stmt *rows;
      int rows_rc;

      g_string_chunk_clear (chunk);
      g_array_set_size (answers, 0);
      g_array_set_size (evidence, 0);
      g_array_set_size (merged, 0);

      rows = _inovda_portfolio_prepare (walk->self,
                                        "SELECT indicator, level, basis, verified_level FROM sid_answer "
                                        "WHERE assessment_id = ?1 ORDER BY " INDICATOR_ORDER,
                                        error);
      if (rows == NULL)
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      sqlite3_bind_int64 (rows, 1, assessment_id);
      while ((rows_rc = sqlite3_step (rows)) == SQLITE_ROW)
        {
          InovdaDumpAnswer answer = { 0 };

          answer.indicator = keep (chunk, column_text (rows, 0));
          answer.answered = TRUE;
          answer.level = sqlite3_column_int (rows, 1);
          answer.basis = keep (chunk, column_text (rows, 2));
          answer.verified = sqlite3_column_type (rows, 3) == SQLITE_NULL ? INOVDA_LEVEL_UNVERIFIED : sqlite3_column_int (rows, 3);
          g_array_append_val (answers, answer);
        }
      if (step_failed (walk->self, rows, rows_rc, error) ||
          !load_evidence (walk, "assessment_id = ?1 AND ?2 IS NULL AND ?3 = 0", assessment_id, NULL, 0, chunk, evidence, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      attach_evidence (answers, evidence, merged);
      assessment.answers = (const InovdaDumpAnswer *) merged->data;
      assessment.n_answers = merged->len;

      if (walk->visitor->assessment != NULL && !walk->visitor->assessment (&assessment, walk->user_data, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _inovda_portfolio_set_error (walk->self, error, "export");
      return FALSE;
    }
  return TRUE;
}

static GArray *
region_years (Walk *walk,
              const char *region_code,
              GError **error)
{
  g_autoptr (GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  sqlite3_stmt *stmt;
  int rc;

  stmt = _inovda_portfolio_prepare (walk->self,
                                    "SELECT a.year FROM unit u CROSS JOIN innovation i ON i.unit_id = u.id "
                                    "CROSS JOIN assessment a ON a.innovation_id = i.id WHERE u.region_code = ?1 AND (?3 = 0 OR u.id = ?3) "
                                    "UNION SELECT year FROM spd_answer WHERE region_code = ?1 AND NOT ?2 "
                                    "UNION SELECT year FROM evidence WHERE region_code = ?1 AND NOT ?2 ORDER BY 1",
                                    error);
  if (stmt == NULL)
    return NULL;
  _inovda_bind_text (stmt, 1, region_code);
  sqlite3_bind_int (stmt, 2, walk->filter->skip_spd);
  sqlite3_bind_int64 (stmt, 3, walk->unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      if (walk->filter->year == 0 || walk->filter->year == year)
        g_array_append_val (years, year);
    }
  if (step_failed (walk->self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&years);
}

static gboolean
walk_region (Walk *walk,
             const InovdaDumpRegion *region,
             GError **error)
{
  const InovdaDumpVisitor *visitor = walk->visitor;
  g_autoptr (GArray) years = NULL;

  if (visitor->region != NULL && !visitor->region (region, walk->user_data, error))
    return FALSE;
  if (!walk_units (walk, region->code, error) ||
      !walk_innovations (walk, region->code, error))
    return FALSE;

  years = region_years (walk, region->code, error);
  if (years == NULL)
    return FALSE;
  for (guint i = 0; i < years->len; i++)
    {
      int year = g_array_index (years, int, i);

      if (visitor->year_begin != NULL && !visitor->year_begin (region->code, year, walk->user_data, error))
        return FALSE;
      if (visitor->spd != NULL && !walk->filter->skip_spd && !walk_spd (walk, region->code, year, error))
        return FALSE;
      if (!walk_assessments (walk, region->code, year, error))
        return FALSE;
      if (visitor->year_end != NULL && !visitor->year_end (region->code, year, walk->user_data, error))
        return FALSE;
    }
  return visitor->region_end == NULL || visitor->region_end (region->code, walk->user_data, error);
}

/**
 * inovda_portfolio_dump:
 * @filter: (nullable): what to walk; %NULL for everything
 *
 * Walks the portfolio region by region (by code) and calls the visitor.
 * A region or unit named by @filter that does not exist is
 * INOVDA_INPUT_ERROR_NOT_FOUND.
 */
gboolean
inovda_portfolio_dump (InovdaPortfolio *self,
                       const InovdaDumpFilter *filter,
                       const InovdaDumpVisitor *visitor,
                       gpointer user_data,
                       GError **error)
{
  static const InovdaDumpFilter everything = { 0 };
  Walk walk = { self, filter != NULL ? filter : &everything, visitor, user_data, 0 };
  g_autoptr (GPtrArray) regions = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (visitor != NULL, FALSE);

  if (walk.filter->unit_code != NULL)
    {
      walk.unit_id = inovda_portfolio_bulk_find_unit (self, walk.filter->region_code, walk.filter->unit_code);
      if (walk.unit_id == 0)
        {
          g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND,
                       _inovda_portfolio_region_exists (self, walk.filter->region_code)
                           /* Translators: a kode wilayah, then a unit code */
                           ? _ ("The region %s has no unit with the code %s")
                           : _ ("There is no region %s in the portfolio"),
                       walk.filter->region_code ? walk.filter->region_code : "", walk.filter->unit_code);
          return FALSE;
        }
    }
  else if (walk.filter->region_code != NULL && !_inovda_portfolio_region_exists (self, walk.filter->region_code))
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND,
                   _ ("There is no region %s in the portfolio"), walk.filter->region_code);
      return FALSE;
    }

  /* Regions are few: read them first so no statement stays open across
   * the visitor's callbacks. Each entry holds code, name, level. */
  stmt = _inovda_portfolio_prepare (self, "SELECT code, name, level FROM region WHERE ?1 IS NULL OR code = ?1 ORDER BY code", error);
  if (stmt == NULL)
    return FALSE;
  _inovda_bind_text (stmt, 1, walk.filter->region_code);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (regions, g_strdup (column_text (stmt, 0)));
      g_ptr_array_add (regions, g_strdup (column_text (stmt, 1)));
      g_ptr_array_add (regions, g_strdup (column_text (stmt, 2)));
    }
  if (step_failed (self, stmt, rc, error))
    return FALSE;

  for (guint i = 0; i + 2 < regions->len; i += 3)
    {
      InovdaDumpRegion region = { regions->pdata[i], regions->pdata[i + 1], regions->pdata[i + 2] };

      if (!walk_region (&walk, &region, error))
        return FALSE;
    }
  return TRUE;
}
