/* inovda-workbook-reader.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-workbook-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "inovda-error.h"
#include "inovda-import-private.h"
#include "inovda-ministry-reader.h"
#include "inovda-spreadsheet.h"
#include "inovda-workbook-layout.h"

/* The Inovda workbook (and CSV files holding one of its sheets), streamed
 * through io/inovda-spreadsheet.h into the pipeline. A sheet's header row
 * is the first of its first rows that names at least two known columns;
 * columns are found by header text, wherever they are. */

#define HEADER_SEARCH_ROWS 10
/* A header row is looked for among the first rows of every sheet, several
 * times: within the first columns, and not in text longer than any header
 * (normalising rows of 16,384 cells, or of long ones, took minutes). */
#define MAX_HEADER_LENGTH 256
#define MAX_HEADER_COLUMNS 1024

/* A row callback's way to stop reading without an error of its own. */
#define STOP_QUARK (stop_quark ())
static G_DEFINE_QUARK (inovda - workbook - reader - stop, stop)

    typedef struct
{
  InovdaImport *import;
  InovdaWorkbookSheet which;
  const InovdaWorkbookSheetInfo *info;
  const char *sheet_name; /* as in the file */
  gboolean header_found;
  GPtrArray *columns; /* spreadsheet column → const InovdaWorkbookColumn* or NULL */
  GArray *keys;       /* the same → its InovdaRecordKey, INOVDA_KEY_IGNORED for none */
  GArray *read;       /* the spreadsheet columns whose key is not ignored, in order */
  InovdaRecord record;
  char numbers[INOVDA_N_KEYS][32]; /* decimals as a person sees them */
} SheetReader;

/* The column that the cell names as a header, or NULL. */
static const InovdaWorkbookColumn *
header_column (InovdaWorkbookSheet which,
               const InovdaCell *cell)
{
  if (cell->type != INOVDA_CELL_STRING || strnlen (cell->text, MAX_HEADER_LENGTH + 1) > MAX_HEADER_LENGTH)
    return NULL;
  return _inovda_workbook_find_column (which, cell->text);
}

/* How many cells of a row name columns of @which. */
static guint
count_known (InovdaWorkbookSheet which,
             const InovdaCell *cells,
             guint n_cells)
{
  guint known = 0;

  for (guint i = 0; i < n_cells && cells[i].column < MAX_HEADER_COLUMNS; i++)
    if (header_column (which, &cells[i]) != NULL)
      known++;
  return known;
}

static void
read_header (SheetReader *reader,
             guint row,
             const InovdaCell *cells,
             guint n_cells)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);

  reader->header_found = TRUE;
  for (guint i = 0; i < n_cells; i++)
    {
      const InovdaWorkbookColumn *column = header_column (reader->which, &cells[i]);
      InovdaSourceLocation where = { reader->sheet_name, row, cells[i].column };

      if (column == NULL)
        {
          /* Translators: %s is the header of a spreadsheet column */
          _inovda_import_note (reader->import, &where, _ ("The column “%s” is not an Inovda column and was not read"), cells[i].text);
          continue;
        }
      if (g_hash_table_contains (seen, column))
        {
          /* Translators: %s is the header of a spreadsheet column */
          _inovda_import_problem (reader->import, &where, _ ("The column “%s” appears twice"), cells[i].text);
          continue;
        }
      g_hash_table_add (seen, (gpointer) column);
      if (column->template_only && inovda_import_get_submission (reader->import) == NULL)
        /* Translators: %s is the header of a column only submission templates have */
        _inovda_import_note (reader->import, &where,
                             _ ("The column “%s” belongs to a unit's submission template, but the workbook lacks the "
                                "template's mark: it is imported as a full workbook, Level Verifikasi and statuses "
                                "included"),
                             cells[i].text);
      if (reader->columns->len <= cells[i].column)
        g_ptr_array_set_size (reader->columns, cells[i].column + 1);
      g_ptr_array_index (reader->columns, cells[i].column) = (gpointer) column;
    }

  /* Every row sets the values of the columns read and no others: the
   * record is cleared once. */
  _inovda_record_reset (&reader->record, reader->info->kind, NULL);
  g_array_set_size (reader->keys, reader->columns->len);
  for (guint c = 0; c < reader->columns->len; c++)
    {
      const InovdaWorkbookColumn *column = g_ptr_array_index (reader->columns, c);
      InovdaRecordKey key = column != NULL ? _inovda_workbook_column_key (column) : INOVDA_KEY_IGNORED;

      g_array_index (reader->keys, InovdaRecordKey, c) = key;
      if (key != INOVDA_KEY_IGNORED)
        g_array_append_val (reader->read, c);
    }

  for (guint c = 0; c < reader->info->n_columns; c++)
    {
      const InovdaWorkbookColumn *column = &reader->info->columns[c];
      InovdaSourceLocation where = { reader->sheet_name, row, 0 };

      if (_inovda_workbook_column_required (column) && !g_hash_table_contains (seen, column))
        /* Translators: %s is the header of a required column, such as "Kode Wilayah" */
        _inovda_import_problem (reader->import, &where, _ ("The required column “%.*s” is missing"),
                                (int) strlen (column->header) - 1, column->header);
    }
}

/* Checks a cell against its column; FALSE after a problem. */
static gboolean
check_cell (SheetReader *reader,
            const InovdaWorkbookColumn *column,
            const InovdaCell *cell,
            const InovdaSourceLocation *where)
{
  if (cell->type == INOVDA_CELL_ERROR)
    {
      /* Translators: %s is a spreadsheet error such as #REF! */
      _inovda_import_problem (reader->import, where, _ ("The cell holds the error %s instead of a value"), cell->text);
      return FALSE;
    }
  if (column->kind == INOVDA_COLUMN_DATE && (cell->type == INOVDA_CELL_NUMBER || cell->type == INOVDA_CELL_BOOLEAN))
    {
      /* Translators: %s is a number found where a date belongs */
      _inovda_import_problem (reader->import, where,
                              _ ("%s is a number, not a date: format the cell as a date, or write 2024-03-01 or 01/03/2024"),
                              cell->text);
      return FALSE;
    }
  if ((column->kind == INOVDA_COLUMN_INTEGER || column->kind == INOVDA_COLUMN_DECIMAL) && cell->type == INOVDA_CELL_DATE)
    {
      /* Translators: %s is a date found where a number belongs */
      _inovda_import_problem (reader->import, where, _ ("%s is a date, not a number"), cell->text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
emit (SheetReader *reader,
      InovdaRecordKind kind,
      GError **error)
{
  reader->record.kind = kind;
  return _inovda_import_record (reader->import, &reader->record, error);
}

/* What "%.15g" prints for a number written as [-]D…[.D…] with a first
 * digit other than 0 and at most 15 significant digits: a double holds
 * those digits exactly, so they are printed back, without the zeros
 * that end a fraction. FALSE for any other number. Coordinates, read on
 * every innovation's row, are such numbers. */
static gboolean
format_short_decimal (const char *text,
                      char *out,
                      gsize size)
{
  const char *p = text;
  const char *point = NULL;
  const char *end;
  guint n_digits = 0;
  gsize length;

  if (*p == '-')
    p++;
  if (*p < '1' || *p > '9')
    return FALSE;
  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        n_digits++;
      else if (*p == '.' && point == NULL)
        point = p;
      else
        return FALSE;
    }
  end = p;
  if (point != NULL)
    {
      while (end[-1] == '0')
        {
          end--;
          n_digits--;
        }
      if (end[-1] == '.')
        end--;
    }
  length = (gsize) (end - text);
  if (n_digits > 15 || length >= size)
    return FALSE;
  memcpy (out, text, length);
  out[length] = '\0';
  return TRUE;
}

static gboolean
row_cb (guint row,
        const InovdaCell *cells,
        guint n_cells,
        gpointer user_data,
        GError **error)
{
  SheetReader *reader = user_data;
  InovdaSourceLocation where = { reader->sheet_name, row, 0 };
  InovdaRecord *record = &reader->record;
  const InovdaRecordKey *keys;
  gboolean any = FALSE;

  if (!reader->header_found)
    {
      if (count_known (reader->which, cells, n_cells) >= 2)
        read_header (reader, row, cells, n_cells);
      else if (row >= HEADER_SEARCH_ROWS)
        {
          _inovda_import_problem (reader->import, &where, _ ("No header row with the Inovda column names was found in the first rows"));
          g_set_error_literal (error, STOP_QUARK, 0, "");
          return FALSE;
        }
      return TRUE;
    }

  keys = (const InovdaRecordKey *) (gpointer) reader->keys->data;
  record->kind = reader->info->kind;
  record->where = where;
  for (guint i = 0; i < reader->read->len; i++)
    {
      guint c = g_array_index (reader->read, guint, i);
      InovdaRecordKey key = keys[c];

      /* A column that is there but empty clears the value. */
      record->values[key].text = "";
      record->values[key].where = (InovdaSourceLocation){ reader->sheet_name, row, c };
    }
  for (guint i = 0; i < n_cells; i++)
    {
      const InovdaWorkbookColumn *column;
      InovdaRecordKey key;

      if (cells[i].column >= reader->keys->len || (key = keys[cells[i].column]) == INOVDA_KEY_IGNORED)
        continue;
      column = g_ptr_array_index (reader->columns, cells[i].column);
      any = TRUE;
      /* A refused cell is left out; the rest of the row is still checked. */
      if (!check_cell (reader, column, &cells[i], &record->values[key].where))
        {
          record->values[key].text = NULL;
          continue;
        }
      record->values[key].text = cells[i].text;
      /* Binary doubles: 0.69 is stored as 0.6899999999999999. Spreadsheets
       * show 15 significant digits, and so does the import. */
      if (column->kind == INOVDA_COLUMN_DECIMAL && cells[i].type == INOVDA_CELL_NUMBER)
        {
          if (!format_short_decimal (cells[i].text, reader->numbers[key], sizeof reader->numbers[key]))
            {
              double value = g_ascii_strtod (cells[i].text, NULL);

              g_ascii_formatd (reader->numbers[key], sizeof reader->numbers[key], "%.15g", value);
            }
          record->values[key].text = reader->numbers[key];
        }
    }
  if (!any)
    return TRUE;

  switch (reader->which)
    {
    case INOVDA_WORKBOOK_UNITS:
      if (!emit (reader, INOVDA_RECORD_REGION, error))
        return FALSE;
      if ((record->values[INOVDA_KEY_UNIT_CODE].text != NULL && *record->values[INOVDA_KEY_UNIT_CODE].text != '\0') ||
          (record->values[INOVDA_KEY_UNIT_NAME].text != NULL && *record->values[INOVDA_KEY_UNIT_NAME].text != '\0'))
        return emit (reader, INOVDA_RECORD_UNIT, error);
      return TRUE;
    case INOVDA_WORKBOOK_SID:
      if (record->values[INOVDA_KEY_INDICATOR].text == NULL || *record->values[INOVDA_KEY_INDICATOR].text == '\0')
        return emit (reader, INOVDA_RECORD_ASSESSMENT, error);
      return emit (reader, INOVDA_RECORD_SID, error);
    case INOVDA_WORKBOOK_INNOVATIONS:
    case INOVDA_WORKBOOK_SPD:
    case INOVDA_WORKBOOK_EVIDENCE:
    case INOVDA_WORKBOOK_N_DATA_SHEETS:
    default:
      return emit (reader, reader->info->kind, error);
    }
}

/* Spreadsheet errors (a damaged file) become problems; I/O errors stay. */
static gboolean
report_error (InovdaImport *import,
              InovdaSpreadsheet *book,
              GError *error,
              GError **out_error)
{
  if (error->domain == STOP_QUARK)
    {
      g_error_free (error);
      return TRUE;
    }
  if (error->domain == INOVDA_INPUT_ERROR)
    {
      _inovda_import_reader_problem (import, error->message);
      g_error_free (error);
      return TRUE;
    }
  g_propagate_error (out_error, error);
  return FALSE;
}

static gboolean
read_sheet (InovdaImport *import,
            InovdaSpreadsheet *book,
            guint index,
            InovdaWorkbookSheet which,
            GCancellable *cancellable,
            GError **error)
{
  g_autoptr (GPtrArray) columns = g_ptr_array_new ();
  g_autoptr (GArray) keys = g_array_new (FALSE, FALSE, sizeof (InovdaRecordKey));
  g_autoptr (GArray) read = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GError) local_error = NULL;
  SheetReader reader = { 0 };

  reader.import = import;
  reader.which = which;
  reader.info = _inovda_workbook_get_sheet (which);
  reader.sheet_name = inovda_spreadsheet_get_sheet_name (book, index);
  reader.columns = columns;
  reader.keys = keys;
  reader.read = read;
  if (!inovda_spreadsheet_read_sheet (book, index, row_cb, &reader, cancellable, &local_error))
    return report_error (import, book, g_steal_pointer (&local_error), error);
  if (!reader.header_found)
    {
      InovdaSourceLocation where = { reader.sheet_name, 0, 0 };
      _inovda_import_problem (import, &where, _ ("No header row with the Inovda column names was found in the first rows"));
    }
  return TRUE;
}

/* For sheets with other names (CSV files): the layout sheet whose columns
 * its first rows name most. */
typedef struct
{
  guint best[INOVDA_WORKBOOK_N_DATA_SHEETS];
  guint rows;
} Sniff;

static gboolean
sniff_cb (guint row,
          const InovdaCell *cells,
          guint n_cells,
          gpointer user_data,
          GError **error)
{
  Sniff *sniff = user_data;

  for (guint s = 0; s < INOVDA_WORKBOOK_N_DATA_SHEETS; s++)
    sniff->best[s] = MAX (sniff->best[s], count_known (s, cells, n_cells));
  if (++sniff->rows >= HEADER_SEARCH_ROWS)
    {
      g_set_error_literal (error, STOP_QUARK, 0, "");
      return FALSE;
    }
  return TRUE;
}

static int
guess_sheet (InovdaImport *import,
             InovdaSpreadsheet *book,
             guint index,
             GCancellable *cancellable,
             GError **error)
{
  g_autoptr (GError) local_error = NULL;
  Sniff sniff = { { 0 }, 0 };
  int best = -1;
  guint best_count = 2;

  inovda_spreadsheet_read_sheet (book, index, sniff_cb, &sniff, cancellable, &local_error);
  for (guint s = 0; s < INOVDA_WORKBOOK_N_DATA_SHEETS; s++)
    if (sniff.best[s] > best_count || (best < 0 && sniff.best[s] == best_count))
      {
        best = (int) s;
        best_count = sniff.best[s];
      }
  /* A sheet recognised is read again, which reports its faults: once. */
  if (local_error != NULL && (best < 0 || local_error->domain != INOVDA_INPUT_ERROR) &&
      !report_error (import, book, g_steal_pointer (&local_error), error))
    return -2;
  return best;
}

/* A unit's returned submission template carries the mark it was written
 * with; a mark that cannot be read, or names a unit the portfolio does not
 * have, refuses the file rather than import it as a full workbook: FALSE,
 * and its rows would only repeat the problem. */
static gboolean
read_template_mark (InovdaImport *import,
                    InovdaSpreadsheet *book)
{
  const char *mark = inovda_spreadsheet_get_defined_name (book, INOVDA_WORKBOOK_TEMPLATE_NAME);
  g_autofree char *region_code = NULL;
  g_autofree char *unit_code = NULL;
  int year = 0;

  if (mark == NULL)
    return TRUE;
  if (!_inovda_workbook_parse_template_mark (mark, &region_code, &unit_code, &year))
    {
      _inovda_import_problem (import, NULL,
                              /* Translators: %s is the name of the mark, InovdaTemplat */
                              _ ("The workbook is marked as a unit's submission template, but its mark (the name %s) "
                                 "is damaged: ask Brida for a new template"),
                              INOVDA_WORKBOOK_TEMPLATE_NAME);
      return FALSE;
    }
  _inovda_import_set_submission (import, region_code, unit_code, year);
  return !_inovda_import_has_problems (import);
}

gboolean
_inovda_workbook_reader_read (InovdaImport *import,
                              const char *path,
                              InovdaImportFormat *out_format,
                              GCancellable *cancellable,
                              GError **error)
{
  g_autoptr (InovdaSpreadsheet) book = NULL;
  g_autoptr (GError) local_error = NULL;
  int found[INOVDA_WORKBOOK_N_DATA_SHEETS];
  int list;
  gboolean any = FALSE;
  guint n_sheets;

  *out_format = INOVDA_IMPORT_WORKBOOK;
  book = inovda_spreadsheet_open (path, &local_error);
  if (book == NULL)
    return report_error (import, NULL, g_steal_pointer (&local_error), error);

  if (!read_template_mark (import, book))
    return TRUE;
  n_sheets = inovda_spreadsheet_get_n_sheets (book);
  for (guint s = 0; s < INOVDA_WORKBOOK_N_DATA_SHEETS; s++)
    {
      const char *name = _inovda_workbook_get_sheet (s)->name;

      found[s] = inovda_spreadsheet_find_sheet (book, name);
      any = any || found[s] >= 0;
      /* Leaving it out would import the rest without its rows. */
      if (found[s] < 0 && inovda_spreadsheet_has_other_sheet (book, name))
        {
          InovdaSourceLocation where = { name, 0, 0 };

          _inovda_import_problem (import, &where,
                                  /* Translators: %s is a sheet name */
                                  _ ("The sheet “%s” is a chart or macro sheet, not a worksheet, so its rows "
                                     "cannot be read. Copy them into an ordinary sheet of that name"),
                                  name);
        }
    }

  if (!any)
    {
      list = _inovda_ministry_reader_detect (book);
      if (list >= 0)
        {
          *out_format = INOVDA_IMPORT_MINISTRY_LIST;
          return _inovda_ministry_reader_read (import, book, (guint) list, cancellable, error);
        }
      for (guint i = 0; i < n_sheets; i++)
        {
          int guess = guess_sheet (import, book, i, cancellable, error);

          if (guess == -2)
            return FALSE;
          if (guess >= 0 && found[guess] < 0)
            {
              found[guess] = (int) i;
              any = TRUE;
            }
        }
      if (!any)
        {
          _inovda_import_problem (import, NULL,
                                  _ ("This is neither an Inovda workbook nor a ministry list: no sheet has the Inovda column names"));
          return TRUE;
        }
    }
  else
    for (guint i = 0; i < n_sheets; i++)
      {
        const char *name = inovda_spreadsheet_get_sheet_name (book, i);
        gboolean known = g_ascii_strcasecmp (name, INOVDA_WORKBOOK_GUIDE_SHEET) == 0 ||
                         g_ascii_strcasecmp (name, INOVDA_WORKBOOK_LISTS_SHEET) == 0;

        for (guint s = 0; s < INOVDA_WORKBOOK_N_DATA_SHEETS; s++)
          known = known || found[s] == (int) i;
        if (!known)
          {
            InovdaSourceLocation where = { name, 0, 0 };
            /* Translators: %s is a sheet name */
            _inovda_import_note (import, &where, _ ("The sheet “%s” is not an Inovda sheet and was not read"), name);
          }
      }

  /* Regions and units first, then what refers to them. */
  {
    guint order[INOVDA_WORKBOOK_N_DATA_SHEETS];
    guint n_order = 0;

    for (guint s = 0; s < INOVDA_WORKBOOK_N_DATA_SHEETS; s++)
      if (found[s] >= 0)
        order[n_order++] = (guint) found[s];
    inovda_spreadsheet_set_read_order (book, order, n_order);
  }
  for (guint s = 0; s < INOVDA_WORKBOOK_N_DATA_SHEETS; s++)
    if (found[s] >= 0 && !read_sheet (import, book, (guint) found[s], s, cancellable, error))
      return FALSE;
  return TRUE;
}
