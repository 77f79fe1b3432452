/* inovda-ministry-writer.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-ministry-writer"

#include "config.h"

#include <glib/gi18n.h>

#include "inovda-export-private.h"
#include "inovda-ministry-layout.h"
#include "inovda-xlsx-writer.h"
#include "model/inovda-catalogue.h"
#include "model/inovda-decimal.h"

/* The ministry list layout: one row per innovation and year, written as
 * the portfolio is walked. */

enum
{
  COLUMN_NO,
  COLUMN_PEMDA,
  COLUMN_NAME,
  COLUMN_TAHAPAN,
  COLUMN_INISIATOR,
  COLUMN_URUSAN,
  COLUMN_UJI_COBA,
  COLUMN_PENERAPAN,
  COLUMN_PENGEMBANGAN,
  COLUMN_SCORE,
  COLUMN_VERIFIED_SCORE,
  COLUMN_YEAR,
  COLUMN_STATUS,
  COLUMN_UID,
  COLUMN_REGION_CODE,
  COLUMN_UNIT_CODE,
  N_FIXED_COLUMNS
};

static const struct
{
  const char *header;
  InovdaColumnKind kind;
  double width;
} fixed_columns[N_FIXED_COLUMNS] = {
  { INOVDA_MINISTRY_NO, INOVDA_COLUMN_INTEGER, 6 },
  { INOVDA_MINISTRY_PEMDA, INOVDA_COLUMN_TEXT, 32 },
  { INOVDA_MINISTRY_NAME, INOVDA_COLUMN_TEXT, 48 },
  { INOVDA_MINISTRY_TAHAPAN, INOVDA_COLUMN_TEXT, 14 },
  { INOVDA_MINISTRY_INISIATOR, INOVDA_COLUMN_TEXT, 28 },
  { INOVDA_MINISTRY_URUSAN, INOVDA_COLUMN_TEXT, 30 },
  { INOVDA_MINISTRY_UJI_COBA, INOVDA_COLUMN_DATE, 14 },
  { INOVDA_MINISTRY_PENERAPAN, INOVDA_COLUMN_DATE, 14 },
  { INOVDA_MINISTRY_PENGEMBANGAN, INOVDA_COLUMN_DATE, 14 },
  { INOVDA_MINISTRY_SCORE, INOVDA_COLUMN_DECIMAL, 12 },
  { INOVDA_MINISTRY_VERIFIED_SCORE, INOVDA_COLUMN_DECIMAL, 12 },
  { INOVDA_MINISTRY_YEAR, INOVDA_COLUMN_INTEGER, 8 },
  { INOVDA_MINISTRY_STATUS, INOVDA_COLUMN_CODE, 12 },
  { INOVDA_MINISTRY_UID, INOVDA_COLUMN_CODE, 18 },
  { INOVDA_MINISTRY_REGION_CODE, INOVDA_COLUMN_CODE, 12 },
  { INOVDA_MINISTRY_UNIT_CODE, INOVDA_COLUMN_CODE, 16 },
};

typedef struct
{
  InovdaXlsxWriter *xlsx;
  lxw_worksheet *sheet;
  InovdaPortfolio *portfolio;
  GCancellable *cancellable;
  GArray *columns;        /* InovdaWorkbookColumn */
  GHashTable *indicators; /* SID indicator id → its claim column */
  GHashTable *catalogues; /* year → InovdaCatalogue* (NULL: none) */
  GHashTable *profiles;   /* uid → GStrv of the profile columns, this region */
  char *region_name;
  lxw_row_t row;
} MinistryExport;

static void
catalogue_unref0 (gpointer data)
{
  if (data != NULL)
    inovda_catalogue_unref (data);
}

static InovdaCatalogue *
catalogue_for (MinistryExport *export,
               int year)
{
  InovdaCatalogue *catalogue;

  if (!g_hash_table_lookup_extended (export->catalogues, GINT_TO_POINTER (year), NULL, (gpointer *) &catalogue))
    {
      catalogue = inovda_portfolio_get_catalogue (export->portfolio, year, NULL);
      g_hash_table_insert (export->catalogues, GINT_TO_POINTER (year), catalogue);
    }
  return catalogue;
}

static gboolean
write_cell (MinistryExport *export,
            guint column,
            const char *text,
            GError **error)
{
  return _inovda_xlsx_writer_cell (export->xlsx, export->sheet, export->row, column,
                                   &g_array_index (export->columns, InovdaWorkbookColumn, column), text, error);
}

static gboolean
region_cb (const InovdaDumpRegion *region,
           gpointer user_data,
           GError **error)
{
  MinistryExport *export = user_data;

  if (g_cancellable_set_error_if_cancelled (export->cancellable, error))
    return FALSE;
  g_free (export->region_name);
  export->region_name = g_strdup (region->name);
  g_hash_table_remove_all (export->profiles);
  return TRUE;
}

static gboolean
innovation_cb (const InovdaDumpInnovation *innovation,
               gpointer user_data,
               GError **error)
{
  MinistryExport *export = user_data;
  g_autofree char *urusan = innovation->fields[INOVDA_FIELD_URUSAN_UTAMA] != NULL
                                ? _inovda_workbook_urusan_label (innovation->fields[INOVDA_FIELD_URUSAN_UTAMA])
                                : NULL;
  const char *profile[] = {
    innovation->fields[INOVDA_FIELD_TAHAPAN] ? innovation->fields[INOVDA_FIELD_TAHAPAN] : "",
    innovation->fields[INOVDA_FIELD_NAMA_INISIATOR] ? innovation->fields[INOVDA_FIELD_NAMA_INISIATOR] : "",
    urusan ? urusan : "",
    innovation->fields[INOVDA_FIELD_WAKTU_UJI_COBA] ? innovation->fields[INOVDA_FIELD_WAKTU_UJI_COBA] : "",
    innovation->fields[INOVDA_FIELD_WAKTU_PENERAPAN] ? innovation->fields[INOVDA_FIELD_WAKTU_PENERAPAN] : "",
    innovation->fields[INOVDA_FIELD_WAKTU_PENGEMBANGAN] ? innovation->fields[INOVDA_FIELD_WAKTU_PENGEMBANGAN] : "",
    NULL,
  };

  g_hash_table_insert (export->profiles, g_strdup (innovation->uid), g_strdupv ((char **) profile));
  return TRUE;
}

static gboolean
assessment_cb (const InovdaDumpAssessment *assessment,
               gpointer user_data,
               GError **error)
{
  MinistryExport *export = user_data;
  InovdaCatalogue *catalogue = catalogue_for (export, assessment->year);
  GStrv profile = g_hash_table_lookup (export->profiles, assessment->uid);
  g_autofree char *score = NULL;
  g_autofree char *verified_score = NULL;
  gint64 claimed = 0, verified = 0;
  gboolean any_verified = FALSE;
  char number[16], year[16];

  if (g_cancellable_set_error_if_cancelled (export->cancellable, error))
    return FALSE;
  g_snprintf (number, sizeof number, "%u", export->row);
  g_snprintf (year, sizeof year, "%d", assessment->year);

  for (guint i = 0; i < assessment->n_answers; i++)
    {
      const InovdaDumpAnswer *answer = &assessment->answers[i];
      int index = catalogue != NULL ? inovda_catalogue_indicator_index (catalogue, INOVDA_ASPECT_SID, answer->indicator) : -1;
      gpointer column;
      char level[8];

      if (!answer->answered)
        continue;
      if (index >= 0)
        {
          const InovdaIndicator *indicator = g_ptr_array_index (catalogue->sid, index);

          claimed += indicator->weight * MAX (answer->level, 0);
          verified += indicator->weight * MAX (answer->verified, 0);
        }
      any_verified |= answer->verified >= 0;
      if (!g_hash_table_lookup_extended (export->indicators, answer->indicator, NULL, &column))
        continue;
      g_snprintf (level, sizeof level, "%d", answer->level);
      if (answer->level >= 0 && !write_cell (export, GPOINTER_TO_UINT (column), level, error))
        return FALSE;
      g_snprintf (level, sizeof level, "%d", answer->verified);
      if (answer->verified >= 0 && !write_cell (export, GPOINTER_TO_UINT (column) + 1, level, error))
        return FALSE;
    }
  score = inovda_decimal_format (claimed, 2, 2, '.');
  verified_score = inovda_decimal_format (verified, 2, 2, '.');

  if (!write_cell (export, COLUMN_NO, number, error) ||
      !write_cell (export, COLUMN_PEMDA, export->region_name, error) ||
      !write_cell (export, COLUMN_NAME, assessment->innovation_name, error) ||
      (profile != NULL &&
       (!write_cell (export, COLUMN_TAHAPAN, profile[0], error) ||
        !write_cell (export, COLUMN_INISIATOR, profile[1], error) ||
        !write_cell (export, COLUMN_URUSAN, profile[2], error) ||
        !write_cell (export, COLUMN_UJI_COBA, profile[3], error) ||
        !write_cell (export, COLUMN_PENERAPAN, profile[4], error) ||
        !write_cell (export, COLUMN_PENGEMBANGAN, profile[5], error))) ||
      !write_cell (export, COLUMN_SCORE, catalogue != NULL ? score : NULL, error) ||
      /* Not verified yet is an empty cell, not a verified zero. */
      !write_cell (export, COLUMN_VERIFIED_SCORE, catalogue != NULL && any_verified ? verified_score : NULL, error) ||
      !write_cell (export, COLUMN_YEAR, year, error) ||
      !write_cell (export, COLUMN_STATUS, assessment->status, error) ||
      !write_cell (export, COLUMN_UID, assessment->uid, error) ||
      !write_cell (export, COLUMN_REGION_CODE, assessment->region_code, error) ||
      !write_cell (export, COLUMN_UNIT_CODE, assessment->unit_code, error))
    return FALSE;
  export->row++;
  return TRUE;
}

/* Claim and verification columns for every innovation indicator of the
 * catalogues exported. */
static void
add_indicator_columns (MinistryExport *export,
                       GPtrArray *headers,
                       int only_year)
{
  g_autoptr (GArray) years = inovda_portfolio_list_catalogue_years (export->portfolio);

  for (guint y = 0; y < years->len; y++)
    {
      int year = g_array_index (years, int, y);
      InovdaCatalogue *catalogue;

      if (only_year != 0 && year != only_year)
        continue;
      catalogue = catalogue_for (export, year);
      for (guint i = 0; catalogue != NULL && i < catalogue->sid->len; i++)
        {
          const InovdaIndicator *indicator = g_ptr_array_index (catalogue->sid, i);
          InovdaWorkbookColumn column = { NULL, 0, INOVDA_COLUMN_INTEGER, INOVDA_LIST_NONE, 12, FALSE, { NULL } };

          if (g_hash_table_contains (export->indicators, indicator->id))
            continue;
          g_hash_table_insert (export->indicators, g_strdup (indicator->id), GUINT_TO_POINTER (export->columns->len));
          column.header = g_strconcat (INOVDA_MINISTRY_CLAIM_PREFIX, indicator->id, NULL);
          g_ptr_array_add (headers, (char *) column.header);
          g_array_append_val (export->columns, column);
          column.header = g_strconcat (INOVDA_MINISTRY_VERIFIED_PREFIX, indicator->id, NULL);
          g_ptr_array_add (headers, (char *) column.header);
          g_array_append_val (export->columns, column);
        }
    }
}

static const InovdaDumpVisitor visitor = {
  region_cb,
  NULL,
  innovation_cb,
  NULL,
  NULL,
  assessment_cb,
  NULL,
  NULL,
};

gboolean
inovda_export_ministry_list (InovdaPortfolio *portfolio,
                             const char *path,
                             const InovdaExportOptions *options,
                             GCancellable *cancellable,
                             GError **error)
{
  InovdaDumpFilter filter = { 0 };
  g_autoptr (InovdaXlsxWriter) xlsx = NULL;
  g_autoptr (GArray) columns = g_array_new (FALSE, TRUE, sizeof (InovdaWorkbookColumn));
  g_autoptr (GPtrArray) headers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) pointers = g_ptr_array_new ();
  g_autoptr (GHashTable) indicators = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) catalogues = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, catalogue_unref0);
  g_autoptr (GHashTable) profiles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  MinistryExport export = { 0 };
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (portfolio), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!inovda_portfolio_check_output (portfolio, path, error))
    return FALSE;

  if (options != NULL)
    {
      filter.region_code = options->region_code;
      filter.year = options->year;
    }
  filter.skip_spd = TRUE;

  xlsx = _inovda_xlsx_writer_new (path, "Daftar Inovasi Daerah", error);
  if (xlsx == NULL)
    return FALSE;
  export.xlsx = xlsx;
  export.portfolio = portfolio;
  export.cancellable = cancellable;
  export.columns = columns;
  export.indicators = indicators;
  export.catalogues = catalogues;
  export.profiles = profiles;
  export.row = 1;

  for (guint c = 0; c < N_FIXED_COLUMNS; c++)
    {
      InovdaWorkbookColumn column = { fixed_columns[c].header, 0, fixed_columns[c].kind, INOVDA_LIST_NONE, fixed_columns[c].width, FALSE, { NULL } };
      g_array_append_val (columns, column);
    }
  add_indicator_columns (&export, headers, filter.year);
  for (guint c = 0; c < columns->len; c++)
    g_ptr_array_add (pointers, &g_array_index (columns, InovdaWorkbookColumn, c));

  export.sheet = _inovda_xlsx_writer_add_sheet (xlsx, INOVDA_MINISTRY_SHEET);
  _inovda_xlsx_writer_header (xlsx, export.sheet, (const InovdaWorkbookColumn *const *) pointers->pdata, pointers->len);
  ok = inovda_portfolio_dump (portfolio, &filter, &visitor, &export, error) &&
       _inovda_xlsx_writer_finish (xlsx, error);
  g_free (export.region_name);
  return ok;
}
