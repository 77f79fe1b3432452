/* inovda-ministry-reader.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-ministry-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "inovda-ministry-layout.h"
#include "inovda-ministry-reader.h"
#include "inovda-error.h"
#include "storage/inovda-portfolio-bulk.h"

/* Reconciliation: the ministry list's verified levels ("Verifikasi 16")
 * and statuses go into the verified projection; claimed levels and the
 * profile columns are the ministry's copy of ours and are not read.
 * Innovations are found by "ID Inovda", else by region (Kode Wilayah or
 * Nama Pemda) and normalised name. */

#define HEADER_SEARCH_ROWS 10
/* A header row is looked for among the first rows of every sheet: within
 * the first columns, and not in text longer than any header (normalising
 * rows of 16,384 cells, or of long ones, took minutes). */
#define MAX_HEADER_LENGTH 256
#define MAX_HEADER_COLUMNS 1024
#define STOP_QUARK (stop_quark ())
static G_DEFINE_QUARK (inovda - ministry - reader - stop, stop)

    typedef enum {
      ROLE_NONE,
      ROLE_KNOWN, /* a column of the list that is not read */
      ROLE_PEMDA,
      ROLE_NAME,
      ROLE_YEAR,
      ROLE_STATUS,
      ROLE_UID,
      ROLE_REGION_CODE,
      ROLE_UNIT_CODE,
      ROLE_VERIFIED,
      ROLE_VERIFIED_TOTAL, /* a verified score: a total, not read */
    } Role;

typedef struct
{
  Role role;
  char *indicator; /* ROLE_VERIFIED */
} Column;

typedef struct
{
  InovdaImport *import;
  InovdaPortfolio *portfolio;
  const char *sheet_name;
  gboolean header_found;
  GArray *columns;     /* Column, by spreadsheet column */
  GHashTable *regions; /* normalised name → code */
  GHashTable *names;   /* "region\x1fnormalised name" → uid */
  GHashTable *loaded;  /* region codes whose names are in @names */
  guint n_verified_columns;
} Reader;

static Role
role_of (const char *header,
         char **indicator)
{
  static const struct
  {
    const char *header;
    Role role;
  } roles[] = {
    { INOVDA_MINISTRY_PEMDA, ROLE_PEMDA },
    { "Daerah", ROLE_PEMDA },
    { INOVDA_MINISTRY_NAME, ROLE_NAME },
    { "Nama Inovasi Daerah", ROLE_NAME },
    { INOVDA_MINISTRY_YEAR, ROLE_YEAR },
    { INOVDA_MINISTRY_STATUS, ROLE_STATUS },
    { INOVDA_MINISTRY_UID, ROLE_UID },
    { INOVDA_MINISTRY_REGION_CODE, ROLE_REGION_CODE },
    { INOVDA_MINISTRY_UNIT_CODE, ROLE_UNIT_CODE },
    { INOVDA_MINISTRY_NO, ROLE_KNOWN },
    { "#", ROLE_KNOWN },
    { INOVDA_MINISTRY_TAHAPAN, ROLE_KNOWN },
    { "Tahapan", ROLE_KNOWN },
    { INOVDA_MINISTRY_INISIATOR, ROLE_KNOWN },
    { INOVDA_MINISTRY_URUSAN, ROLE_KNOWN },
    { "Urusan Utama", ROLE_KNOWN },
    { INOVDA_MINISTRY_UJI_COBA, ROLE_KNOWN },
    { "Waktu Uji Coba", ROLE_KNOWN },
    { INOVDA_MINISTRY_PENERAPAN, ROLE_KNOWN },
    { "Waktu Penerapan", ROLE_KNOWN },
    { INOVDA_MINISTRY_PENGEMBANGAN, ROLE_KNOWN },
    { "Waktu Pengembangan", ROLE_KNOWN },
    { INOVDA_MINISTRY_SCORE, ROLE_KNOWN },
    { "Kematangan", ROLE_KNOWN },
    { INOVDA_MINISTRY_VERIFIED_SCORE, ROLE_VERIFIED_TOTAL },
    { "Skor SID Terverifikasi", ROLE_VERIFIED_TOTAL },
    { "Nilai Verifikasi", ROLE_VERIFIED_TOTAL },
    { "Nama Akun", ROLE_KNOWN },
    { "Dibuat Oleh", ROLE_KNOWN },
    { "Koordinat", ROLE_KNOWN },
    { "File Penghargaan", ROLE_KNOWN },
    { "Aksi", ROLE_KNOWN },
  };
  /* Normalised once: every cell of the first rows of every sheet is
   * looked up here. */
  static char *names[G_N_ELEMENTS (roles)];
  static gsize initialized = 0;
  g_autofree char *wanted = NULL;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
        names[i] = _inovda_import_normalize (roles[i].header);
      g_once_init_leave (&initialized, 1);
    }
  if (strnlen (header, MAX_HEADER_LENGTH + 1) > MAX_HEADER_LENGTH)
    return ROLE_NONE;
  wanted = _inovda_import_normalize (header);
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_str_equal (names[i], wanted))
      return roles[i].role;
  if (g_ascii_strncasecmp (header, INOVDA_MINISTRY_VERIFIED_PREFIX, strlen (INOVDA_MINISTRY_VERIFIED_PREFIX)) == 0)
    {
      *indicator = g_strstrip (g_strdup (header + strlen (INOVDA_MINISTRY_VERIFIED_PREFIX)));
      if (**indicator != '\0')
        return ROLE_VERIFIED;
      g_clear_pointer (indicator, g_free);
      return ROLE_NONE;
    }
  if (g_ascii_strncasecmp (header, INOVDA_MINISTRY_CLAIM_PREFIX, strlen (INOVDA_MINISTRY_CLAIM_PREFIX)) == 0)
    return ROLE_KNOWN;
  return ROLE_NONE;
}

/* A header row names Nama Inovasi and Nama Pemda (or ID Inovda). */
static gboolean
is_header (const InovdaCell *cells,
           guint n_cells)
{
  gboolean name = FALSE, place = FALSE;

  for (guint i = 0; i < n_cells && cells[i].column < MAX_HEADER_COLUMNS; i++)
    {
      g_autofree char *indicator = NULL;
      Role role = cells[i].type == INOVDA_CELL_STRING ? role_of (cells[i].text, &indicator) : ROLE_NONE;

      name = name || role == ROLE_NAME;
      place = place || role == ROLE_PEMDA || role == ROLE_UID;
    }
  return name && place;
}

typedef struct
{
  gboolean found;
  guint rows;
} Detect;

static gboolean
detect_cb (guint row,
           const InovdaCell *cells,
           guint n_cells,
           gpointer user_data,
           GError **error)
{
  Detect *detect = user_data;

  detect->found = is_header (cells, n_cells);
  if (detect->found || ++detect->rows >= HEADER_SEARCH_ROWS)
    {
      g_set_error_literal (error, STOP_QUARK, 0, "");
      return FALSE;
    }
  return TRUE;
}

static int
find_list_sheet (InovdaSpreadsheet *book)
{
  for (guint s = 0; s < inovda_spreadsheet_get_n_sheets (book); s++)
    {
      g_autoptr (GError) error = NULL;
      Detect detect = { FALSE, 0 };

      inovda_spreadsheet_read_sheet (book, s, detect_cb, &detect, NULL, &error);
      if (detect.found)
        return (int) s;
    }
  return -1;
}

int
_inovda_ministry_reader_detect (InovdaSpreadsheet *book)
{
  return find_list_sheet (book);
}

static void
column_clear (gpointer data)
{
  g_free (((Column *) data)->indicator);
}

static void
read_header (Reader *reader,
             guint row,
             const InovdaCell *cells,
             guint n_cells)
{
  InovdaSourceLocation header_where = { reader->sheet_name, row, 0 };
  InovdaSourceLocation total_where = { reader->sheet_name, row, 0 };
  const char *total_header = NULL;

  reader->header_found = TRUE;
  for (guint i = 0; i < n_cells; i++)
    {
      Column column = { ROLE_NONE, NULL };

      if (cells[i].type == INOVDA_CELL_STRING)
        column.role = role_of (cells[i].text, &column.indicator);
      if (column.role == ROLE_NONE)
        {
          InovdaSourceLocation where = { reader->sheet_name, row, cells[i].column };
          _inovda_import_note (reader->import, &where, _ ("The column “%s” is not a column of the ministry list and was not read"), cells[i].text);
          continue;
        }
      if (column.role == ROLE_VERIFIED)
        reader->n_verified_columns++;
      if (column.role == ROLE_VERIFIED_TOTAL && total_header == NULL)
        {
          total_where.column = cells[i].column;
          total_header = cells[i].text;
        }
      if (reader->columns->len <= cells[i].column)
        g_array_set_size (reader->columns, cells[i].column + 1);
      g_array_index (reader->columns, Column, cells[i].column) = column;
    }
  if (reader->n_verified_columns > 0)
    return;
  /* The ministry's verification is only taken indicator by indicator. */
  if (total_header != NULL)
    _inovda_import_note (reader->import, &total_where,
                         /* Translators: %s is a column's header, such as “Skor Kematangan Terverifikasi” */
                         _ ("The column “%s” is a total and was not read: Inovda takes the verified level of each "
                            "indicator, from columns “Verifikasi 16”, “Verifikasi 17” …, which the list lacks; "
                            "only the statuses of its innovations were read"),
                         total_header);
  else
    _inovda_import_note (reader->import, &header_where,
                         _ ("The list has no verified levels (columns “Verifikasi 16”, “Verifikasi 17” …): "
                            "only the statuses of its innovations were read"));
}

static const char *
cell_of (Reader *reader,
         const InovdaCell *cells,
         guint n_cells,
         Role role,
         InovdaSourceLocation *where)
{
  for (guint i = 0; i < n_cells; i++)
    if (cells[i].column < reader->columns->len && g_array_index (reader->columns, Column, cells[i].column).role == role)
      {
        where->column = cells[i].column;
        return cells[i].text;
      }
  return NULL;
}

static void
load_regions (Reader *reader)
{
  g_autoptr (GListModel) regions = inovda_portfolio_list_regions (reader->portfolio, NULL);

  for (guint i = 0; regions != NULL && i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr (InovdaRegion) region = g_list_model_get_item (regions, i);
      g_hash_table_insert (reader->regions, _inovda_import_normalize (inovda_region_get_name (region)),
                           g_strdup (inovda_region_get_code (region)));
    }
}

typedef struct
{
  Reader *reader;
  const char *region_code;
} NameLoad;

static void
name_cb (gint64 id,
         const char *uid,
         const char *name,
         gpointer user_data)
{
  NameLoad *load = user_data;
  g_autofree char *normalized = _inovda_import_normalize (name);

  g_hash_table_insert (load->reader->names, g_strconcat (load->region_code, "\x1f", normalized, NULL), g_strdup (uid));
}

static const char *
find_uid (Reader *reader,
          const char *region_code,
          const char *name,
          GError **error)
{
  g_autofree char *normalized = _inovda_import_normalize (name);
  g_autofree char *key = g_strconcat (region_code, "\x1f", normalized, NULL);

  if (!g_hash_table_contains (reader->loaded, region_code))
    {
      g_autoptr (GListModel) units = inovda_portfolio_list_units (reader->portfolio, region_code, 0, NULL);
      NameLoad load = { reader, region_code };

      g_hash_table_add (reader->loaded, g_strdup (region_code));
      for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
        {
          g_autoptr (InovdaUnit) unit = g_list_model_get_item (units, i);
          gint64 unit_id = inovda_portfolio_bulk_find_unit (reader->portfolio, region_code, inovda_unit_get_code (unit));

          if (!inovda_portfolio_bulk_foreach_name (reader->portfolio, unit_id, name_cb, &load, error))
            return NULL;
        }
    }
  return g_hash_table_lookup (reader->names, key);
}

static gboolean
row_cb (guint row,
        const InovdaCell *cells,
        guint n_cells,
        gpointer user_data,
        GError **error)
{
  Reader *reader = user_data;
  InovdaSourceLocation where = { reader->sheet_name, row, 0 };
  InovdaSourceLocation uid_where = where, name_where = where, pemda_where = where, code_where = where;
  InovdaSourceLocation year_where = where, status_where = where;
  const char *uid, *name, *pemda, *region_code, *year, *status;
  gboolean answered = FALSE;
  InovdaRecord record;

  if (!reader->header_found)
    {
      if (is_header (cells, n_cells))
        read_header (reader, row, cells, n_cells);
      return TRUE;
    }

  uid = cell_of (reader, cells, n_cells, ROLE_UID, &uid_where);
  name = cell_of (reader, cells, n_cells, ROLE_NAME, &name_where);
  pemda = cell_of (reader, cells, n_cells, ROLE_PEMDA, &pemda_where);
  region_code = cell_of (reader, cells, n_cells, ROLE_REGION_CODE, &code_where);
  year = cell_of (reader, cells, n_cells, ROLE_YEAR, &year_where);
  status = cell_of (reader, cells, n_cells, ROLE_STATUS, &status_where);

  if (uid == NULL)
    {
      if (region_code == NULL && pemda != NULL)
        {
          g_autofree char *key = _inovda_import_normalize (pemda);
          region_code = g_hash_table_lookup (reader->regions, key);
          if (region_code == NULL)
            {
              /* Translators: %s is the name of a region as the ministry writes it */
              _inovda_import_problem (reader->import, &pemda_where, _ ("There is no region “%s” in the portfolio"), pemda);
              return TRUE;
            }
        }
      if (region_code == NULL || name == NULL)
        {
          _inovda_import_problem (reader->import, &where, _ ("The row names no innovation: give ID Inovda, or Nama Pemda and Nama Inovasi"));
          return TRUE;
        }
      uid = find_uid (reader, region_code, name, error);
      if (error != NULL && *error != NULL)
        return FALSE;
      if (uid == NULL)
        {
          /* Translators: an innovation's name, then a kode wilayah */
          _inovda_import_problem (reader->import, &name_where, _ ("There is no innovation “%s” in region %s"), name, region_code);
          return TRUE;
        }
    }

  for (guint i = 0; i < n_cells; i++)
    {
      Column *column = cells[i].column < reader->columns->len ? &g_array_index (reader->columns, Column, cells[i].column) : NULL;
      InovdaSourceLocation cell_where = { reader->sheet_name, row, cells[i].column };

      if (column == NULL || column->role != ROLE_VERIFIED)
        continue;
      _inovda_record_reset (&record, INOVDA_RECORD_SID, &cell_where);
      record.values[INOVDA_KEY_UID] = (InovdaRecordValue){ uid, uid_where };
      record.values[INOVDA_KEY_YEAR] = (InovdaRecordValue){ year, year != NULL ? year_where : where };
      record.values[INOVDA_KEY_STATUS] = (InovdaRecordValue){ status, status_where };
      record.values[INOVDA_KEY_INDICATOR] = (InovdaRecordValue){ column->indicator, cell_where };
      record.values[INOVDA_KEY_VERIFIED] = (InovdaRecordValue){ cells[i].text, cell_where };
      if (!_inovda_import_record (reader->import, &record, error))
        return FALSE;
      answered = TRUE;
    }

  /* A row the ministry has not verified yet still gives its status for
   * its year, and is counted, unchanged or not. The ministry's own list
   * names no year: its rows give nothing to take. */
  if (!answered && year != NULL && status != NULL)
    {
      _inovda_record_reset (&record, INOVDA_RECORD_ASSESSMENT, &where);
      record.values[INOVDA_KEY_UID] = (InovdaRecordValue){ uid, uid_where };
      record.values[INOVDA_KEY_YEAR] = (InovdaRecordValue){ year, year != NULL ? year_where : where };
      record.values[INOVDA_KEY_STATUS] = (InovdaRecordValue){ status, status_where };
      if (!_inovda_import_record (reader->import, &record, error))
        return FALSE;
    }
  return TRUE;
}

/* @sheet: as detected; looking again may not find it, as the reads of a
 * workbook share one budget. */
gboolean
_inovda_ministry_reader_read (InovdaImport *import,
                              InovdaSpreadsheet *book,
                              guint sheet,
                              GCancellable *cancellable,
                              GError **error)
{
  g_autoptr (GArray) columns = g_array_sized_new (FALSE, TRUE, sizeof (Column), 64);
  g_autoptr (GHashTable) regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) loaded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GError) local_error = NULL;
  Reader reader = { 0 };

  g_array_set_clear_func (columns, column_clear);
  reader.import = import;
  reader.portfolio = _inovda_import_get_portfolio (import);
  reader.sheet_name = inovda_spreadsheet_get_sheet_name (book, sheet);
  reader.columns = columns;
  reader.regions = regions;
  reader.names = names;
  reader.loaded = loaded;
  load_regions (&reader);

  if (!inovda_spreadsheet_read_sheet (book, sheet, row_cb, &reader, cancellable, &local_error))
    {
      if (local_error->domain == INOVDA_INPUT_ERROR)
        {
          _inovda_import_reader_problem (import, local_error->message);
          return TRUE;
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
