/* inovda-portfolio-assessment.c
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
#include "scoring/inovda-iid.h"

/* Assessments, indicator answers, evidence and the files behind it. */

static gboolean
check_year (int year,
            GError **error)
{
  if (year < 2000 || year > 2100)
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                   _ ("%d is not an assessment year"), year);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_level (int level,
             gboolean allow_unverified,
             GError **error)
{
  if ((level < 0 || level > INOVDA_LEVEL_MAX) && !(allow_unverified && level == INOVDA_LEVEL_UNVERIFIED))
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                   _ ("Level %d is not one of 0, 1, 2, 3"), level);
      return FALSE;
    }
  return TRUE;
}

/* Checks that @indicator is a row of @aspect in the year's catalogue. */
static const InovdaIndicator *
check_indicator (InovdaPortfolio *self,
                 int year,
                 InovdaAspect aspect,
                 const char *indicator,
                 GError **error)
{
  g_autoptr (InovdaCatalogue) catalogue = inovda_portfolio_get_catalogue (self, year, error);
  int index;

  if (catalogue == NULL)
    return NULL;
  index = inovda_catalogue_indicator_index (catalogue, aspect, indicator);
  if (index < 0)
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                   aspect == INOVDA_ASPECT_SID
                       /* Translators: %s is an indicator number such as 16, %d a year */
                       ? _ ("Indicator %s is not an innovation indicator of the %d catalogue")
                       : _ ("Indicator %s is not a region indicator of the %d catalogue"),
                   indicator ? indicator : "", year);
      return NULL;
    }
  /* The catalogue stays cached in the portfolio, so the row outlives this ref. */
  return g_ptr_array_index (aspect == INOVDA_ASPECT_SID ? catalogue->sid : catalogue->spd, index);
}

gint64
_inovda_portfolio_assessment_id (InovdaPortfolio *self,
                                 gint64 innovation_id,
                                 int year,
                                 gboolean create,
                                 GError **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  stmt = _inovda_portfolio_prepare (self, "SELECT id FROM assessment WHERE innovation_id = ?1 AND year = ?2", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, innovation_id);
  sqlite3_bind_int (stmt, 2, year);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id != 0 || !create)
    {
      if (id == 0)
        g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND,
                     _ ("The innovation is not reported for %d"), year);
      return id;
    }

  stmt = _inovda_portfolio_prepare (self,
                                    "INSERT INTO assessment (innovation_id, year) "
                                    "SELECT id, ?2 FROM innovation WHERE id = ?1",
                                    error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, innovation_id);
  sqlite3_bind_int (stmt, 2, year);
  if (!_inovda_portfolio_step_done (self, stmt, error))
    return 0;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND, _ ("The innovation no longer exists"));
      return 0;
    }
  return sqlite3_last_insert_rowid (self->db);
}

gboolean
inovda_portfolio_set_status (InovdaPortfolio *self,
                             gint64 innovation_id,
                             int year,
                             InovdaStatus status,
                             GError **error)
{
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;
  gint64 assessment;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  if (!check_year (year, error))
    return FALSE;
  if (inovda_status_to_code (status) == NULL)
    return FALSE;

  /* Translators: an undo label; %s is an innovation's name */
  label = _inovda_portfolio_innovation_label (self, innovation_id, _ ("Change the status of “%s”"));
  if (!_inovda_portfolio_edit_begin (self, label, error))
    return FALSE;
  assessment = _inovda_portfolio_assessment_id (self, innovation_id, year, TRUE, error);
  ok = assessment != 0;
  if (ok)
    {
      stmt = _inovda_portfolio_prepare (self, "UPDATE assessment SET status = ?2 WHERE id = ?1 AND status <> ?2", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, assessment);
          _inovda_bind_text (stmt, 2, inovda_status_to_code (status));
          ok = _inovda_portfolio_step_done (self, stmt, error);
        }
    }
  return _inovda_portfolio_edit_end (self, ok, error) && ok;
}

gboolean
inovda_portfolio_remove_assessment (InovdaPortfolio *self,
                                    gint64 innovation_id,
                                    int year,
                                    GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  if (!_inovda_portfolio_edit_begin (self, _ ("Withdraw from the year"), error))
    return FALSE;
  stmt = _inovda_portfolio_prepare (self, "DELETE FROM assessment WHERE innovation_id = ?1 AND year = ?2", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, innovation_id);
      sqlite3_bind_int (stmt, 2, year);
      ok = _inovda_portfolio_step_done (self, stmt, error);
    }
  return _inovda_portfolio_edit_end (self, ok, error) && ok;
}

gboolean
inovda_portfolio_set_development_note (InovdaPortfolio *self,
                                       gint64 innovation_id,
                                       int year,
                                       const char *note,
                                       GError **error)
{
  sqlite3_stmt *stmt;
  gint64 assessment;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  if (!check_year (year, error))
    return FALSE;
  if (note != NULL && !g_utf8_validate (note, -1, NULL))
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID, _ ("The text is not valid UTF-8"));
      return FALSE;
    }

  if (!_inovda_portfolio_edit_begin (self, _ ("Change development note"), error))
    return FALSE;
  assessment = _inovda_portfolio_assessment_id (self, innovation_id, year, TRUE, error);
  ok = assessment != 0;
  if (ok)
    {
      stmt = _inovda_portfolio_prepare (self, "UPDATE assessment SET development_note = ?2 WHERE id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, assessment);
          _inovda_bind_text (stmt, 2, note != NULL && *note != '\0' ? note : NULL);
          ok = _inovda_portfolio_step_done (self, stmt, error);
        }
    }
  return _inovda_portfolio_edit_end (self, ok, error) && ok;
}

gboolean
inovda_portfolio_set_sid_level (InovdaPortfolio *self,
                                gint64 innovation_id,
                                int year,
                                const char *indicator,
                                int level,
                                const char *basis,
                                GError **error)
{
  g_autofree char *label = NULL;
  const InovdaIndicator *row;
  sqlite3_stmt *stmt;
  gint64 assessment;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  if (!check_year (year, error) || !check_level (level, FALSE, error))
    return FALSE;
  row = check_indicator (self, year, INOVDA_ASPECT_SID, indicator, error);
  if (row == NULL)
    return FALSE;
  if (basis != NULL && *basis == '\0')
    basis = NULL;
  if (basis != NULL && inovda_indicator_find_basis (row, basis) == NULL)
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                   /* Translators: the basis letter, then the indicator number */
                   _ ("“%s” is not a basis of indicator %s"), basis, indicator);
      return FALSE;
    }

  /* Translators: an undo label; %s is an innovation's name */
  label = _inovda_portfolio_innovation_label (self, innovation_id, _ ("Change an indicator of “%s”"));
  if (!_inovda_portfolio_edit_begin (self, label, error))
    return FALSE;
  assessment = _inovda_portfolio_assessment_id (self, innovation_id, year, TRUE, error);
  ok = assessment != 0;
  if (ok)
    {
      stmt = _inovda_portfolio_prepare (self,
                                        "INSERT INTO sid_answer (assessment_id, indicator, level, basis) VALUES (?1, ?2, ?3, ?4) "
                                        "ON CONFLICT (assessment_id, indicator) DO UPDATE SET level = ?3, basis = ?4 "
                                        "WHERE level IS NOT ?3 OR basis IS NOT ?4",
                                        error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, assessment);
          _inovda_bind_text (stmt, 2, indicator);
          sqlite3_bind_int (stmt, 3, level);
          _inovda_bind_text (stmt, 4, basis);
          ok = _inovda_portfolio_step_done (self, stmt, error);
        }
    }
  return _inovda_portfolio_edit_end (self, ok, error) && ok;
}

gboolean
inovda_portfolio_set_sid_verified (InovdaPortfolio *self,
                                   gint64 innovation_id,
                                   int year,
                                   const char *indicator,
                                   int level,
                                   GError **error)
{
  sqlite3_stmt *stmt;
  gint64 assessment;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  if (!check_year (year, error) || !check_level (level, TRUE, error) ||
      check_indicator (self, year, INOVDA_ASPECT_SID, indicator, error) == NULL)
    return FALSE;

  if (!_inovda_portfolio_edit_begin (self, _ ("Change verified level"), error))
    return FALSE;
  assessment = _inovda_portfolio_assessment_id (self, innovation_id, year, TRUE, error);
  ok = assessment != 0;
  if (ok)
    {
      stmt = _inovda_portfolio_prepare (self,
                                        "INSERT INTO sid_answer (assessment_id, indicator, verified_level) VALUES (?1, ?2, ?3) "
                                        "ON CONFLICT (assessment_id, indicator) DO UPDATE SET verified_level = ?3 "
                                        "WHERE verified_level IS NOT ?3",
                                        error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, assessment);
          _inovda_bind_text (stmt, 2, indicator);
          _inovda_bind_level (stmt, 3, level);
          ok = _inovda_portfolio_step_done (self, stmt, error);
        }
    }
  return _inovda_portfolio_edit_end (self, ok, error) && ok;
}

/* Returns the chosen level (0 when unanswered); the basis and the verified
 * level (INOVDA_LEVEL_UNVERIFIED when none) through the out parameters. */
int
inovda_portfolio_get_sid_level (InovdaPortfolio *self,
                                gint64 innovation_id,
                                int year,
                                const char *indicator,
                                char **out_basis,
                                int *out_verified)
{
  sqlite3_stmt *stmt;
  int level = 0;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), 0);

  if (out_basis != NULL)
    *out_basis = NULL;
  if (out_verified != NULL)
    *out_verified = INOVDA_LEVEL_UNVERIFIED;

  stmt = _inovda_portfolio_prepare (self,
                                    "SELECT s.level, s.basis, s.verified_level FROM sid_answer s "
                                    "JOIN assessment a ON a.id = s.assessment_id "
                                    "WHERE a.innovation_id = ?1 AND a.year = ?2 AND s.indicator = ?3",
                                    NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, innovation_id);
  sqlite3_bind_int (stmt, 2, year);
  _inovda_bind_text (stmt, 3, indicator);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      level = sqlite3_column_int (stmt, 0);
      if (out_basis != NULL)
        *out_basis = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      if (out_verified != NULL && sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        *out_verified = sqlite3_column_int (stmt, 2);
    }
  sqlite3_reset (stmt);
  return level;
}

/* ---------------------------------------------------------------------- */
/* SPD answers                                                            */

static gboolean
store_spd (InovdaPortfolio *self,
           const char *region_code,
           int year,
           const char *indicator,
           int level,
           const char *raw_value,
           GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!_inovda_portfolio_require_region (self, region_code, error))
    return FALSE;

  if (!_inovda_portfolio_edit_begin (self, _ ("Change region indicator"), error))
    return FALSE;
  stmt = _inovda_portfolio_prepare (self,
                                    "INSERT INTO spd_answer (region_code, year, indicator, level, raw_value) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5) "
                                    "ON CONFLICT (region_code, year, indicator) DO UPDATE SET level = ?4, raw_value = ?5 "
                                    "WHERE level IS NOT ?4 OR raw_value IS NOT ?5",
                                    error);
  ok = stmt != NULL;
  if (ok)
    {
      _inovda_bind_text (stmt, 1, region_code);
      sqlite3_bind_int (stmt, 2, year);
      _inovda_bind_text (stmt, 3, indicator);
      sqlite3_bind_int (stmt, 4, level);
      _inovda_bind_text (stmt, 5, raw_value);
      ok = _inovda_portfolio_step_done (self, stmt, error);
    }
  return _inovda_portfolio_edit_end (self, ok, error) && ok;
}

gboolean
inovda_portfolio_set_spd_level (InovdaPortfolio *self,
                                const char *region_code,
                                int year,
                                const char *indicator,
                                int level,
                                GError **error)
{
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  if (!check_year (year, error) || !check_level (level, FALSE, error) ||
      check_indicator (self, year, INOVDA_ASPECT_SPD, indicator, error) == NULL)
    return FALSE;
  return store_spd (self, region_code, year, indicator, level, NULL, error);
}

/* Stores a raw value (a number such as "5,23", or a category code such as
 * "WTP") with the level the catalogue gives it. */
gboolean
inovda_portfolio_set_spd_value (InovdaPortfolio *self,
                                const char *region_code,
                                int year,
                                const char *indicator,
                                const char *raw_value,
                                GError **error)
{
  const InovdaIndicator *row;
  g_autofree char *normalized = NULL;
  int level;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  if (!check_year (year, error))
    return FALSE;
  row = check_indicator (self, year, INOVDA_ASPECT_SPD, indicator, error);
  if (row == NULL)
    return FALSE;

  if (raw_value == NULL || *raw_value == '\0')
    return store_spd (self, region_code, year, indicator, 0, NULL, error);

  if (row->input == INOVDA_INPUT_VALUE)
    {
      g_autofree char *range = NULL;
      gint64 value;

      if (!inovda_decimal_parse (raw_value, 4, &value))
        {
          g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                       /* Translators: the value given, then the indicator number */
                       _ ("“%s” is not a number for indicator %s"), raw_value, indicator);
          return FALSE;
        }
      if (!inovda_indicator_value_possible (row, value, &range))
        {
          g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                       /* Translators: the value given, the indicator number, then the values it can take (“0 to 100”) */
                       _ ("“%s” is not a possible value for indicator %s: it must be %s"), raw_value, indicator, range);
          return FALSE;
        }
      level = inovda_indicator_level_for_value (row, value);
      normalized = inovda_decimal_format (value, 4, 4, '.');
    }
  else if (row->input == INOVDA_INPUT_CATEGORY)
    {
      level = inovda_indicator_level_for_code (row, raw_value);
      if (level < 0)
        {
          GString *allowed = g_string_new (NULL);

          for (guint i = 0; i < row->options->len; i++)
            g_string_append_printf (allowed, "%s%s", i > 0 ? ", " : "",
                                    ((InovdaValueOption *) g_ptr_array_index (row->options, i))->code);
          g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                       /* Translators: the value given, the indicator number, the allowed values */
                       _ ("“%s” for indicator %s is not one of %s"), raw_value, indicator, allowed->str);
          g_string_free (allowed, TRUE);
          return FALSE;
        }
      normalized = g_strdup (((InovdaValueOption *) g_ptr_array_index (row->options, 0))->code);
      for (guint i = 0; i < row->options->len; i++)
        {
          InovdaValueOption *option = g_ptr_array_index (row->options, i);
          if (g_ascii_strcasecmp (option->code, raw_value) == 0)
            {
              g_free (normalized);
              normalized = g_strdup (option->code);
            }
        }
    }
  else
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                   _ ("Indicator %s takes a level, not a value"), indicator);
      return FALSE;
    }

  return store_spd (self, region_code, year, indicator, level, normalized, error);
}

gboolean
inovda_portfolio_set_spd_verified (InovdaPortfolio *self,
                                   const char *region_code,
                                   int year,
                                   const char *indicator,
                                   int level,
                                   GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  if (!check_year (year, error) || !check_level (level, TRUE, error) ||
      check_indicator (self, year, INOVDA_ASPECT_SPD, indicator, error) == NULL)
    return FALSE;
  if (!_inovda_portfolio_require_region (self, region_code, error))
    return FALSE;

  if (!_inovda_portfolio_edit_begin (self, _ ("Change verified level"), error))
    return FALSE;
  stmt = _inovda_portfolio_prepare (self,
                                    "INSERT INTO spd_answer (region_code, year, indicator, verified_level) VALUES (?1, ?2, ?3, ?4) "
                                    "ON CONFLICT (region_code, year, indicator) DO UPDATE SET verified_level = ?4 "
                                    "WHERE verified_level IS NOT ?4",
                                    error);
  ok = stmt != NULL;
  if (ok)
    {
      _inovda_bind_text (stmt, 1, region_code);
      sqlite3_bind_int (stmt, 2, year);
      _inovda_bind_text (stmt, 3, indicator);
      _inovda_bind_level (stmt, 4, level);
      ok = _inovda_portfolio_step_done (self, stmt, error);
    }
  return _inovda_portfolio_edit_end (self, ok, error) && ok;
}

/* ---------------------------------------------------------------------- */
/* Evidence and files                                                     */

void
inovda_evidence_free (InovdaEvidence *evidence)
{
  if (evidence == NULL)
    return;
  g_free (evidence->sha256);
  g_free (evidence->file_name);
  g_free (evidence->nomor_surat);
  g_free (evidence->tanggal_surat);
  g_free (evidence->tentang);
  g_free (evidence->tautan);
  g_free (evidence);
}

static char *
store_file (InovdaPortfolio *self,
            GBytes *contents,
            GError **error)
{
  g_autofree char *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, contents);
  sqlite3_stmt *stmt;
  gsize size;
  const void *data = g_bytes_get_data (contents, &size);

  stmt = _inovda_portfolio_prepare (self, "INSERT OR IGNORE INTO file (sha256, size, content) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return NULL;
  _inovda_bind_text (stmt, 1, sha256);
  sqlite3_bind_int64 (stmt, 2, (sqlite3_int64) size);
  sqlite3_bind_blob64 (stmt, 3, data != NULL ? data : "", size, SQLITE_STATIC);
  if (!_inovda_portfolio_step_done (self, stmt, error))
    return NULL;
  return g_steal_pointer (&sha256);
}

typedef struct
{
  gint64 assessment_id;
  const char *region_code;
  gint64 innovation_id;
  int year;
  const char *indicator;
} EvidenceTarget;

static gboolean
check_evidence_fields (GBytes *contents,
                       const char *nomor_surat,
                       const char *tanggal_surat,
                       const char *tautan,
                       GError **error)
{
  if (contents == NULL && (tautan == NULL || *tautan == '\0') && (nomor_surat == NULL || *nomor_surat == '\0'))
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                   _ ("Evidence needs a file, a link or a letter number"));
      return FALSE;
    }
  if (tautan != NULL && *tautan != '\0' && !inovda_link_is_valid (tautan))
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                   /* Translators: %s is the link given */
                   _ ("Link “%s” is not a web address such as https://jdih.example.go.id/perda/12"), tautan);
      return FALSE;
    }
  if (tanggal_surat != NULL && *tanggal_surat != '\0' && !inovda_date_is_valid (tanggal_surat))
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                   /* Translators: YYYY-MM-DD shows how a date is written: use
                    * your language's letters for year, month and day
                    * (Indonesian: TTTT-BB-HH) */
                   _ ("Letter date “%s” is not a date (YYYY-MM-DD)"), tanggal_surat);
      return FALSE;
    }
  return TRUE;
}

static gint64
insert_evidence (InovdaPortfolio *self,
                 const EvidenceTarget *target,
                 GBytes *contents,
                 const char *file_name,
                 const char *nomor_surat,
                 const char *tanggal_surat,
                 const char *tentang,
                 const char *tautan,
                 GError **error)
{
  g_autofree char *sha256 = NULL;
  sqlite3_stmt *stmt;

  if (contents != NULL)
    {
      sha256 = store_file (self, contents, error);
      if (sha256 == NULL)
        return 0;
    }

  stmt = _inovda_portfolio_prepare (self,
                                    "INSERT INTO evidence (assessment_id, region_code, innovation_id, year, indicator, "
                                    "file_sha256, file_name, nomor_surat, tanggal_surat, tentang, tautan) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                                    error);
  if (stmt == NULL)
    return 0;
  if (target->assessment_id != 0)
    sqlite3_bind_int64 (stmt, 1, target->assessment_id);
  _inovda_bind_text (stmt, 2, target->region_code);
  if (target->innovation_id != 0)
    sqlite3_bind_int64 (stmt, 3, target->innovation_id);
  if (target->year != 0)
    sqlite3_bind_int (stmt, 4, target->year);
  _inovda_bind_text (stmt, 5, target->indicator);
  _inovda_bind_text (stmt, 6, sha256);
  _inovda_bind_text (stmt, 7, file_name);
  _inovda_bind_text (stmt, 8, nomor_surat != NULL && *nomor_surat ? nomor_surat : NULL);
  _inovda_bind_text (stmt, 9, tanggal_surat != NULL && *tanggal_surat ? tanggal_surat : NULL);
  _inovda_bind_text (stmt, 10, tentang != NULL && *tentang ? tentang : NULL);
  _inovda_bind_text (stmt, 11, tautan != NULL && *tautan ? tautan : NULL);
  if (!_inovda_portfolio_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

gint64
inovda_portfolio_add_sid_evidence (InovdaPortfolio *self,
                                   gint64 innovation_id,
                                   int year,
                                   const char *indicator,
                                   GBytes *contents,
                                   const char *file_name,
                                   const char *nomor_surat,
                                   const char *tanggal_surat,
                                   const char *tentang,
                                   const char *tautan,
                                   GError **error)
{
  EvidenceTarget target = { 0, NULL, 0, 0, indicator };
  gint64 id = 0;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), 0);

  if (!check_year (year, error) ||
      check_indicator (self, year, INOVDA_ASPECT_SID, indicator, error) == NULL ||
      !check_evidence_fields (contents, nomor_surat, tanggal_surat, tautan, error))
    return 0;

  if (!_inovda_portfolio_edit_begin (self, _ ("Attach evidence"), error))
    return 0;
  target.assessment_id = _inovda_portfolio_assessment_id (self, innovation_id, year, TRUE, error);
  if (target.assessment_id != 0)
    id = insert_evidence (self, &target, contents, file_name, nomor_surat, tanggal_surat, tentang, tautan, error);
  if (!(_inovda_portfolio_edit_end (self, id != 0, error) && id != 0))
    return 0;
  return id;
}

gint64
inovda_portfolio_add_spd_evidence (InovdaPortfolio *self,
                                   const char *region_code,
                                   int year,
                                   const char *indicator,
                                   GBytes *contents,
                                   const char *file_name,
                                   const char *nomor_surat,
                                   const char *tanggal_surat,
                                   const char *tentang,
                                   const char *tautan,
                                   GError **error)
{
  EvidenceTarget target = { 0, region_code, 0, year, indicator };
  gint64 id;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), 0);

  if (!check_year (year, error) ||
      check_indicator (self, year, INOVDA_ASPECT_SPD, indicator, error) == NULL ||
      !check_evidence_fields (contents, nomor_surat, tanggal_surat, tautan, error))
    return 0;
  if (!_inovda_portfolio_require_region (self, region_code, error))
    return 0;

  if (!_inovda_portfolio_edit_begin (self, _ ("Attach evidence"), error))
    return 0;
  id = insert_evidence (self, &target, contents, file_name, nomor_surat, tanggal_surat, tentang, tautan, error);
  if (!(_inovda_portfolio_edit_end (self, id != 0, error) && id != 0))
    return 0;
  return id;
}

gint64
inovda_portfolio_add_profile_document (InovdaPortfolio *self,
                                       gint64 innovation_id,
                                       InovdaProfileDoc kind,
                                       GBytes *contents,
                                       const char *file_name,
                                       const char *tautan,
                                       GError **error)
{
  EvidenceTarget target = { 0, NULL, innovation_id, 0, NULL };
  gint64 id;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), 0);
  g_return_val_if_fail (kind < INOVDA_N_PROFILE_DOCS, 0);

  if (!check_evidence_fields (contents, NULL, NULL, tautan, error))
    return 0;
  target.indicator = inovda_profile_doc_to_code (kind);

  if (!_inovda_portfolio_edit_begin (self, _ ("Attach document"), error))
    return 0;
  id = insert_evidence (self, &target, contents, file_name, NULL, NULL, NULL, tautan, error);
  if (!(_inovda_portfolio_edit_end (self, id != 0, error) && id != 0))
    return 0;
  return id;
}

gboolean
inovda_portfolio_remove_evidence (InovdaPortfolio *self,
                                  gint64 evidence_id,
                                  GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  if (!_inovda_portfolio_edit_begin (self, _ ("Remove evidence"), error))
    return FALSE;
  stmt = _inovda_portfolio_prepare (self, "DELETE FROM evidence WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, evidence_id);
      ok = _inovda_portfolio_step_done (self, stmt, error);
    }
  return _inovda_portfolio_edit_end (self, ok, error) && ok;
}

static GPtrArray *
list_evidence (InovdaPortfolio *self,
               const char *where,
               gint64 id,
               const char *region_code,
               int year,
               const char *indicator,
               GError **error)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) inovda_evidence_free);
  g_autofree char *sql = g_strdup_printf ("SELECT e.id, e.file_sha256, e.file_name, e.nomor_surat, e.tanggal_surat, e.tentang, e.tautan, "
                                          "(SELECT count(*) - 1 FROM evidence o WHERE o.file_sha256 = e.file_sha256) "
                                          "FROM evidence e WHERE %s ORDER BY e.id",
                                          where);
  sqlite3_stmt *stmt = _inovda_portfolio_prepare (self, sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  _inovda_bind_text (stmt, 2, region_code);
  sqlite3_bind_int (stmt, 3, year);
  _inovda_bind_text (stmt, 4, indicator);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      InovdaEvidence *evidence = g_new0 (InovdaEvidence, 1);

      evidence->id = sqlite3_column_int64 (stmt, 0);
      evidence->sha256 = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      evidence->file_name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      evidence->nomor_surat = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      evidence->tanggal_surat = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      evidence->tentang = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      evidence->tautan = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      evidence->reuse_count = evidence->sha256 != NULL ? (guint) MAX (0, sqlite3_column_int (stmt, 7)) : 0;
      g_ptr_array_add (list, evidence);
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&list);
}

/**
 * inovda_portfolio_list_sid_evidence:
 *
 * Returns: (transfer full) (element-type InovdaEvidence): the evidence of
 *   one answer, oldest first
 */
GPtrArray *
inovda_portfolio_list_sid_evidence (InovdaPortfolio *self,
                                    gint64 innovation_id,
                                    int year,
                                    const char *indicator,
                                    GError **error)
{
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);
  return list_evidence (self,
                        "e.assessment_id = (SELECT id FROM assessment WHERE innovation_id = ?1 AND year = ?3) "
                        "AND e.indicator = ?4 AND ?2 IS NULL",
                        innovation_id, NULL, year, indicator, error);
}

GPtrArray *
inovda_portfolio_list_spd_evidence (InovdaPortfolio *self,
                                    const char *region_code,
                                    int year,
                                    const char *indicator,
                                    GError **error)
{
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);
  return list_evidence (self,
                        "e.region_code = ?2 AND e.year = ?3 AND e.indicator = ?4 AND ?1 = 0",
                        0, region_code, year, indicator, error);
}

GBytes *
inovda_portfolio_read_file (InovdaPortfolio *self,
                            const char *sha256,
                            GError **error)
{
  sqlite3_stmt *stmt;
  GBytes *bytes = NULL;
  int rc;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);

  stmt = _inovda_portfolio_prepare (self, "SELECT content FROM file WHERE sha256 = ?1", error);
  if (stmt == NULL)
    return NULL;
  _inovda_bind_text (stmt, 1, sha256);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  else if (rc != SQLITE_DONE)
    _inovda_portfolio_set_error (self, error, "file");
  sqlite3_reset (stmt);
  if (bytes == NULL && rc == SQLITE_DONE)
    g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND,
                 _ ("The file %s is not in the portfolio"), sha256 ? sha256 : "");
  return bytes;
}

guint
inovda_portfolio_count_files (InovdaPortfolio *self)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), 0);

  stmt = _inovda_portfolio_prepare (self, "SELECT count(*) FROM file", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    count = (guint) sqlite3_column_int (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return count;
}
