/* inovda-workbook-writer.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-workbook-writer"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "inovda-error.h"
#include "inovda-export-private.h"
#include "inovda-workbook-guide.h"
#include "inovda-xlsx-writer.h"
#include "model/inovda-catalogue.h"

/* The Inovda workbook and its one-unit submission template, written with
 * libxlsxwriter in constant-memory mode as the portfolio is walked: each
 * sheet gets its rows in order, so memory stays flat at national scale. */

typedef struct
{
  lxw_worksheet *worksheet;
  const InovdaWorkbookColumn *columns[64];
  guint n_columns;
  lxw_row_t row;
} Sheet;

typedef struct
{
  InovdaXlsxWriter *xlsx;
  InovdaPortfolio *portfolio;
  GCancellable *cancellable;
  Sheet sheets[INOVDA_WORKBOOK_N_DATA_SHEETS];
  InovdaExportFiles *files; /* NULL: files are not copied */
  GHashTable *catalogues;   /* year → InovdaCatalogue* (NULL: none) */
  GHashTable *unit_names;   /* unit code → name, of the current region */
  char *region_name;
  char *region_level;
  guint region_units; /* rows written for the current region */

  /* The template */
  int year;             /* the year to fill in; 0 for a full export */
  GHashTable *included; /* uid → "unit\x1fname" of innovations in the template */
  GHashTable *answered; /* uids with rows of @year */
  GHashTable *previous; /* "uid\x1findicator" → level of @year - 1 */
} WorkbookExport;

static void
catalogue_unref0 (gpointer data)
{
  if (data != NULL)
    inovda_catalogue_unref (data);
}

static const char *
indicator_name (WorkbookExport *export,
                int year,
                InovdaAspect aspect,
                const char *id)
{
  InovdaCatalogue *catalogue;
  int index;

  if (!g_hash_table_lookup_extended (export->catalogues, GINT_TO_POINTER (year), NULL, (gpointer *) &catalogue))
    {
      catalogue = inovda_portfolio_get_catalogue (export->portfolio, year, NULL);
      g_hash_table_insert (export->catalogues, GINT_TO_POINTER (year), catalogue);
    }
  if (catalogue == NULL || id == NULL)
    return NULL;
  index = inovda_catalogue_indicator_index (catalogue, aspect, id);
  if (index < 0)
    return NULL;
  return ((InovdaIndicator *) g_ptr_array_index (aspect == INOVDA_ASPECT_SID ? catalogue->sid : catalogue->spd, index))->name;
}

static void
sheet_init (WorkbookExport *export,
            InovdaWorkbookSheet which,
            gboolean template)
{
  const InovdaWorkbookSheetInfo *info = _inovda_workbook_get_sheet (which);
  Sheet *sheet = &export->sheets[which];

  sheet->worksheet = _inovda_xlsx_writer_add_sheet (export->xlsx, info->name);
  for (guint c = 0; c < info->n_columns; c++)
    if (template || !info->columns[c].template_only)
      {
        g_assert (sheet->n_columns < G_N_ELEMENTS (sheet->columns));
        sheet->columns[sheet->n_columns++] = &info->columns[c];
      }
  _inovda_xlsx_writer_header (export->xlsx, sheet->worksheet, sheet->columns, sheet->n_columns);
  sheet->row = 1;
}

/* One row; @values is indexed by column id (InovdaRecordKey and the
 * INOVDA_COLUMN_*_INFO ids). */
static gboolean
sheet_row (WorkbookExport *export,
           InovdaWorkbookSheet which,
           const char *const *values,
           GError **error)
{
  Sheet *sheet = &export->sheets[which];

  for (guint c = 0; c < sheet->n_columns; c++)
    if (!_inovda_xlsx_writer_cell (export->xlsx, sheet->worksheet, sheet->row, c, sheet->columns[c], values[sheet->columns[c]->id], error))
      return FALSE;
  sheet->row++;
  return TRUE;
}

static gboolean
evidence_row (WorkbookExport *export,
              const char *uid,
              const char *region_code,
              const char *unit_code,
              const char *innovation_name,
              int year,
              const InovdaDumpEvidence *evidence,
              GError **error)
{
  const char *values[INOVDA_N_COLUMN_IDS] = { NULL };
  char year_text[16] = "";

  if (year > 0)
    g_snprintf (year_text, sizeof year_text, "%d", year);
  values[INOVDA_KEY_UID] = uid;
  values[INOVDA_KEY_REGION_CODE] = region_code;
  values[INOVDA_KEY_UNIT_CODE] = unit_code;
  values[INOVDA_KEY_FIRST_FIELD + INOVDA_FIELD_NAME] = innovation_name;
  values[INOVDA_KEY_YEAR] = year_text;
  values[INOVDA_KEY_INDICATOR] = evidence->owner;
  values[INOVDA_KEY_NOMOR_SURAT] = evidence->nomor_surat;
  values[INOVDA_KEY_TANGGAL_SURAT] = evidence->tanggal_surat;
  values[INOVDA_KEY_TENTANG] = evidence->tentang;
  values[INOVDA_KEY_FILE_NAME] = evidence->file_name;
  values[INOVDA_KEY_SHA256] = evidence->sha256;
  values[INOVDA_KEY_TAUTAN] = evidence->tautan;
  if (evidence->sha256 != NULL && export->files != NULL)
    {
      values[INOVDA_KEY_FILE_PATH] = _inovda_export_files_copy (export->files, evidence, error);
      if (values[INOVDA_KEY_FILE_PATH] == NULL)
        return FALSE;
    }
  return sheet_row (export, INOVDA_WORKBOOK_EVIDENCE, values, error);
}

/* ---------------------------------------------------------------------- */
/* The walk                                                               */

static gboolean
region_cb (const InovdaDumpRegion *region,
           gpointer user_data,
           GError **error)
{
  WorkbookExport *export = user_data;

  if (g_cancellable_set_error_if_cancelled (export->cancellable, error))
    return FALSE;
  g_hash_table_remove_all (export->unit_names);
  g_free (export->region_name);
  g_free (export->region_level);
  export->region_name = g_strdup (region->name);
  export->region_level = g_strdup (region->level);
  export->region_units = 0;
  return TRUE;
}

static gboolean
unit_cb (const InovdaDumpUnit *unit,
         gpointer user_data,
         GError **error)
{
  WorkbookExport *export = user_data;
  const char *values[INOVDA_N_COLUMN_IDS] = { NULL };

  g_hash_table_insert (export->unit_names, g_strdup (unit->code), g_strdup (unit->name));
  export->region_units++;
  values[INOVDA_KEY_REGION_CODE] = unit->region_code;
  values[INOVDA_KEY_REGION_NAME] = export->region_name;
  values[INOVDA_KEY_REGION_LEVEL] = export->region_level;
  values[INOVDA_KEY_UNIT_CODE] = unit->code;
  values[INOVDA_KEY_UNIT_NAME] = unit->name;
  values[INOVDA_KEY_UNIT_SHORT_NAME] = unit->short_name;
  return sheet_row (export, INOVDA_WORKBOOK_UNITS, values, error);
}

static gboolean
innovation_cb (const InovdaDumpInnovation *innovation,
               gpointer user_data,
               GError **error)
{
  WorkbookExport *export = user_data;
  const char *values[INOVDA_N_COLUMN_IDS] = { NULL };
  g_autofree char *urusan = NULL;
  g_autofree char *urusan_lain = NULL;
  const char *name = innovation->fields[INOVDA_FIELD_NAME];

  if (export->included != NULL && !g_hash_table_contains (export->included, innovation->uid))
    return TRUE;
  if (g_cancellable_set_error_if_cancelled (export->cancellable, error))
    return FALSE;

  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    values[INOVDA_KEY_FIRST_FIELD + f] = innovation->fields[f];
  if (innovation->fields[INOVDA_FIELD_URUSAN_UTAMA] != NULL)
    {
      urusan = _inovda_workbook_urusan_label (innovation->fields[INOVDA_FIELD_URUSAN_UTAMA]);
      values[INOVDA_KEY_FIRST_FIELD + INOVDA_FIELD_URUSAN_UTAMA] = urusan;
    }
  if (innovation->urusan_lain != NULL)
    {
      g_autoptr (GStrvBuilder) others = g_strv_builder_new ();
      g_auto (GStrv) list = NULL;

      for (guint i = 0; innovation->urusan_lain[i] != NULL; i++)
        if (g_strcmp0 (innovation->urusan_lain[i], innovation->fields[INOVDA_FIELD_URUSAN_UTAMA]) != 0)
          g_strv_builder_add (others, innovation->urusan_lain[i]);
      list = g_strv_builder_end (others);
      urusan_lain = g_strjoinv (" ", list);
      values[INOVDA_KEY_URUSAN_LAIN] = urusan_lain;
    }
  values[INOVDA_KEY_UID] = innovation->uid;
  values[INOVDA_KEY_REGION_CODE] = innovation->region_code;
  values[INOVDA_KEY_UNIT_CODE] = innovation->unit_code;
  values[INOVDA_COLUMN_UNIT_NAME_INFO] = g_hash_table_lookup (export->unit_names, innovation->unit_code);
  if (!sheet_row (export, INOVDA_WORKBOOK_INNOVATIONS, values, error))
    return FALSE;

  for (guint i = 0; i < innovation->n_documents; i++)
    if (!evidence_row (export, innovation->uid, innovation->region_code, innovation->unit_code, name, 0,
                       &innovation->documents[i], error))
      return FALSE;
  return TRUE;
}

static void
format_level (char *buffer,
              gsize size,
              gboolean answered,
              int level)
{
  buffer[0] = '\0';
  if (answered && level >= 0)
    g_snprintf (buffer, size, "%d", level);
}

static gboolean
spd_cb (const char *region_code,
        int year,
        const InovdaDumpAnswer *answer,
        gpointer user_data,
        GError **error)
{
  WorkbookExport *export = user_data;
  const char *values[INOVDA_N_COLUMN_IDS] = { NULL };
  char year_text[16], level[8], verified[8];

  g_snprintf (year_text, sizeof year_text, "%d", year);
  format_level (level, sizeof level, answer->answered, answer->level);
  format_level (verified, sizeof verified, answer->answered, answer->verified);
  values[INOVDA_KEY_REGION_CODE] = region_code;
  values[INOVDA_COLUMN_REGION_NAME_INFO] = export->region_name;
  values[INOVDA_KEY_YEAR] = year_text;
  values[INOVDA_KEY_INDICATOR] = answer->indicator;
  values[INOVDA_COLUMN_INDICATOR_NAME] = indicator_name (export, year, INOVDA_ASPECT_SPD, answer->indicator);
  if (answer->answered)
    {
      values[INOVDA_KEY_LEVEL] = level;
      values[INOVDA_KEY_RAW_VALUE] = answer->raw_value;
      values[INOVDA_KEY_VERIFIED] = verified;
      if (!sheet_row (export, INOVDA_WORKBOOK_SPD, values, error))
        return FALSE;
    }
  for (guint i = 0; i < answer->n_evidence; i++)
    if (!evidence_row (export, NULL, region_code, NULL, NULL, year, &answer->evidence[i], error))
      return FALSE;
  return TRUE;
}

static char *
previous_key (const char *uid,
              const char *indicator)
{
  return g_strconcat (uid, "\x1f", indicator, NULL);
}

static gboolean
assessment_cb (const InovdaDumpAssessment *assessment,
               gpointer user_data,
               GError **error)
{
  WorkbookExport *export = user_data;
  const char *values[INOVDA_N_COLUMN_IDS] = { NULL };
  char year_text[16], level[8], verified[8];
  gboolean any_row = FALSE;

  if (g_cancellable_set_error_if_cancelled (export->cancellable, error))
    return FALSE;
  if (export->included != NULL)
    {
      if (!g_hash_table_contains (export->included, assessment->uid))
        return TRUE;
      if (assessment->year == export->year - 1)
        {
          for (guint i = 0; i < assessment->n_answers; i++)
            if (assessment->answers[i].answered && assessment->answers[i].level >= 0)
              g_hash_table_insert (export->previous, previous_key (assessment->uid, assessment->answers[i].indicator),
                                   g_strdup_printf ("%d", assessment->answers[i].level));
          return TRUE;
        }
      if (assessment->year != export->year)
        return TRUE;
      g_hash_table_add (export->answered, g_strdup (assessment->uid));
    }

  g_snprintf (year_text, sizeof year_text, "%d", assessment->year);
  values[INOVDA_KEY_UID] = assessment->uid;
  values[INOVDA_KEY_REGION_CODE] = assessment->region_code;
  values[INOVDA_KEY_UNIT_CODE] = assessment->unit_code;
  values[INOVDA_KEY_FIRST_FIELD + INOVDA_FIELD_NAME] = assessment->innovation_name;
  values[INOVDA_KEY_YEAR] = year_text;
  values[INOVDA_KEY_STATUS] = assessment->status;
  values[INOVDA_KEY_NOTE] = assessment->development_note;

  for (guint i = 0; i < assessment->n_answers; i++)
    {
      const InovdaDumpAnswer *answer = &assessment->answers[i];
      g_autofree char *key = NULL;

      if (!answer->answered)
        continue;
      format_level (level, sizeof level, TRUE, answer->level);
      format_level (verified, sizeof verified, TRUE, answer->verified);
      values[INOVDA_KEY_INDICATOR] = answer->indicator;
      values[INOVDA_COLUMN_INDICATOR_NAME] = indicator_name (export, assessment->year, INOVDA_ASPECT_SID, answer->indicator);
      values[INOVDA_KEY_LEVEL] = level;
      values[INOVDA_KEY_BASIS] = answer->basis;
      values[INOVDA_KEY_VERIFIED] = verified;
      if (export->previous != NULL)
        {
          key = previous_key (assessment->uid, answer->indicator);
          values[INOVDA_COLUMN_PREVIOUS_LEVEL] = g_hash_table_lookup (export->previous, key);
        }
      if (!sheet_row (export, INOVDA_WORKBOOK_SID, values, error))
        return FALSE;
      any_row = TRUE;
    }
  /* An assessment without answers keeps its status and note. */
  if (!any_row)
    {
      values[INOVDA_KEY_INDICATOR] = NULL;
      values[INOVDA_COLUMN_INDICATOR_NAME] = NULL;
      values[INOVDA_KEY_LEVEL] = values[INOVDA_KEY_BASIS] = values[INOVDA_KEY_VERIFIED] = NULL;
      values[INOVDA_COLUMN_PREVIOUS_LEVEL] = NULL;
      if (!sheet_row (export, INOVDA_WORKBOOK_SID, values, error))
        return FALSE;
    }

  for (guint i = 0; i < assessment->n_answers; i++)
    for (guint e = 0; e < assessment->answers[i].n_evidence; e++)
      {
        InovdaDumpEvidence evidence = assessment->answers[i].evidence[e];

        evidence.owner = assessment->answers[i].indicator;
        if (!evidence_row (export, assessment->uid, assessment->region_code, assessment->unit_code,
                           assessment->innovation_name, assessment->year, &evidence, error))
          return FALSE;
      }
  return TRUE;
}

/* A region without units still gets its row; the template gets the rows
 * to fill in for innovations not assessed in its year. */
static gboolean
region_end_cb (const char *region_code,
               gpointer user_data,
               GError **error)
{
  WorkbookExport *export = user_data;
  g_autoptr (GList) uids = NULL;
  InovdaCatalogue *catalogue;
  char year_text[16];

  if (export->region_units == 0)
    {
      const char *values[INOVDA_N_COLUMN_IDS] = { NULL };

      values[INOVDA_KEY_REGION_CODE] = region_code;
      values[INOVDA_KEY_REGION_NAME] = export->region_name;
      values[INOVDA_KEY_REGION_LEVEL] = export->region_level;
      if (!sheet_row (export, INOVDA_WORKBOOK_UNITS, values, error))
        return FALSE;
    }
  if (export->included == NULL)
    return TRUE;
  indicator_name (export, export->year, INOVDA_ASPECT_SID, NULL);
  catalogue = g_hash_table_lookup (export->catalogues, GINT_TO_POINTER (export->year));
  g_snprintf (year_text, sizeof year_text, "%d", export->year);

  uids = g_list_sort (g_hash_table_get_keys (export->included), (GCompareFunc) strcmp);
  for (GList *l = uids; l != NULL; l = l->next)
    {
      const char *uid = l->data;
      g_auto (GStrv) unit_and_name = NULL;
      const char *values[INOVDA_N_COLUMN_IDS] = { NULL };

      if (g_hash_table_contains (export->answered, uid))
        continue;
      unit_and_name = g_strsplit (g_hash_table_lookup (export->included, uid), "\x1f", 2);
      values[INOVDA_KEY_UID] = uid;
      values[INOVDA_KEY_REGION_CODE] = region_code;
      values[INOVDA_KEY_UNIT_CODE] = unit_and_name[0];
      values[INOVDA_KEY_FIRST_FIELD + INOVDA_FIELD_NAME] = unit_and_name[1];
      values[INOVDA_KEY_YEAR] = year_text;
      values[INOVDA_KEY_STATUS] = "draf";
      for (guint i = 0; catalogue != NULL && i < catalogue->sid->len; i++)
        {
          const InovdaIndicator *indicator = g_ptr_array_index (catalogue->sid, i);
          g_autofree char *key = previous_key (uid, indicator->id);

          values[INOVDA_KEY_INDICATOR] = indicator->id;
          values[INOVDA_COLUMN_INDICATOR_NAME] = indicator->name;
          values[INOVDA_COLUMN_PREVIOUS_LEVEL] = g_hash_table_lookup (export->previous, key);
          if (!sheet_row (export, INOVDA_WORKBOOK_SID, values, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* The export                                                             */

static const InovdaDumpVisitor visitor = {
  region_cb,
  unit_cb,
  innovation_cb,
  NULL,
  spd_cb,
  assessment_cb,
  NULL,
  region_end_cb,
};

static gboolean
write_workbook (InovdaPortfolio *portfolio,
                const char *path,
                const InovdaDumpFilter *filter,
                const char *scope,
                InovdaExportFiles *files,
                GHashTable *included,
                int year,
                GCancellable *cancellable,
                GError **error)
{
  g_autoptr (InovdaXlsxWriter) xlsx = NULL;
  g_autoptr (GHashTable) catalogues = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, catalogue_unref0);
  g_autoptr (GHashTable) unit_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) answered = NULL;
  g_autoptr (GHashTable) previous = NULL;
  gboolean template = included != NULL;
  WorkbookExport export = { 0 };
  lxw_worksheet *guide, *lists;
  gboolean ok;

  xlsx = _inovda_xlsx_writer_new (path, "Buku Kerja Inovda", error);
  if (xlsx == NULL)
    return FALSE;
  if (template)
    {
      answered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      previous = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    }

  export.xlsx = xlsx;
  export.portfolio = portfolio;
  export.cancellable = cancellable;
  export.files = files;
  export.catalogues = catalogues;
  export.unit_names = unit_names;
  export.year = year;
  export.included = included;
  export.answered = answered;
  export.previous = previous;

  guide = _inovda_xlsx_writer_add_sheet (xlsx, INOVDA_WORKBOOK_GUIDE_SHEET);
  for (guint s = 0; s < INOVDA_WORKBOOK_N_DATA_SHEETS; s++)
    sheet_init (&export, s, template);
  lists = _inovda_xlsx_writer_add_sheet (xlsx, INOVDA_WORKBOOK_LISTS_SHEET);

  if (template)
    {
      g_autofree char *mark = _inovda_workbook_template_mark (filter->region_code, filter->unit_code, year);

      if (!_inovda_xlsx_writer_define_name (xlsx, INOVDA_WORKBOOK_TEMPLATE_NAME, mark, error))
        return FALSE;
    }
  ok = _inovda_xlsx_writer_check (xlsx, _inovda_workbook_write_guide (guide, _inovda_xlsx_writer_get_formats (xlsx), scope, template), error) &&
       _inovda_xlsx_writer_check (xlsx, _inovda_workbook_write_lists (lists, _inovda_xlsx_writer_get_formats (xlsx)), error) &&
       inovda_portfolio_dump (portfolio, filter, &visitor, &export, error) &&
       _inovda_xlsx_writer_finish (xlsx, error);
  g_free (export.region_name);
  g_free (export.region_level);
  return ok;
}

gboolean
inovda_export_workbook (InovdaPortfolio *portfolio,
                        const char *path,
                        const InovdaExportOptions *options,
                        GCancellable *cancellable,
                        GError **error)
{
  InovdaDumpFilter filter = { 0 };
  g_autoptr (InovdaExportFiles) files = NULL;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (portfolio), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!inovda_portfolio_check_output (portfolio, path, error))
    return FALSE;

  if (options != NULL)
    {
      filter.region_code = options->region_code;
      filter.year = options->year;
      if (options->with_files)
        files = _inovda_export_files_new (portfolio, path);
    }
  return write_workbook (portfolio, path, &filter, NULL, files, NULL, 0, cancellable, error);
}

/* Innovations of the unit assessed in @year or the year before, or never. */
typedef struct
{
  GHashTable *years; /* uid → GINT_TO_POINTER (bits: 1 year - 1 or year, 2 other) */
  GHashTable *names; /* uid → "unit\x1fname" */
  int year;
} Selection;

static gboolean
select_innovation_cb (const InovdaDumpInnovation *innovation,
                      gpointer user_data,
                      GError **error)
{
  Selection *selection = user_data;

  g_hash_table_insert (selection->names, g_strdup (innovation->uid),
                       g_strconcat (innovation->unit_code, "\x1f", innovation->fields[INOVDA_FIELD_NAME], NULL));
  return TRUE;
}

static gboolean
select_assessment_cb (const InovdaDumpAssessment *assessment,
                      gpointer user_data,
                      GError **error)
{
  Selection *selection = user_data;
  int bits = GPOINTER_TO_INT (g_hash_table_lookup (selection->years, assessment->uid));

  bits |= assessment->year >= selection->year - 1 && assessment->year <= selection->year ? 1 : 2;
  g_hash_table_insert (selection->years, g_strdup (assessment->uid), GINT_TO_POINTER (bits));
  return TRUE;
}

gboolean
inovda_export_template (InovdaPortfolio *portfolio,
                        const char *path,
                        const char *region_code,
                        const char *unit_code,
                        int year,
                        GCancellable *cancellable,
                        GError **error)
{
  static const InovdaDumpVisitor select = { NULL, NULL, select_innovation_cb, NULL, NULL, select_assessment_cb, NULL, NULL };
  InovdaDumpFilter filter = { region_code, unit_code, 0, TRUE };
  g_autoptr (GHashTable) years = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) included = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (InovdaUnit) unit = NULL;
  g_autofree char *scope = NULL;
  Selection selection = { years, names, year };
  GHashTableIter iter;
  gpointer uid, unit_and_name;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (portfolio), FALSE);
  g_return_val_if_fail (region_code != NULL && unit_code != NULL, FALSE);

  if (!inovda_portfolio_check_output (portfolio, path, error))
    return FALSE;

  if (!inovda_portfolio_dump (portfolio, &filter, &select, &selection, error))
    return FALSE;
  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &uid, &unit_and_name))
    {
      int bits = GPOINTER_TO_INT (g_hash_table_lookup (years, uid));

      if (bits == 0 || (bits & 1) != 0)
        g_hash_table_insert (included, g_strdup (uid), g_strdup (unit_and_name));
    }

  unit = inovda_portfolio_find_unit (portfolio, region_code, unit_code, NULL);
  scope = g_strdup_printf ("Perangkat daerah: %s (%s), wilayah %s. Tahun penilaian yang diisi: %d.",
                           unit != NULL ? inovda_unit_get_name (unit) : unit_code, unit_code, region_code, year);
  return write_workbook (portfolio, path, &filter, scope, NULL, included, year, cancellable, error);
}
