/* inovda-spreadsheet.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-spreadsheet"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "inovda-error.h"
#include "inovda-file-open.h"
#include "inovda-row-pipe.h"
#include "inovda-spreadsheet-private.h"

/* Enough to see the header line of any sensible CSV file. */
#define HEAD_SIZE (64 * 1024)

static const guint8 zip_magic[] = { 'P', 'K' };
static const guint8 ole2_magic[] = { 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1 };

/* Sheets */

static void
sheet_free (gpointer data)
{
  InovdaSheet *sheet = data;

  g_free (sheet->name);
  g_free (sheet->part);
  g_array_unref (sheet->merges);
  g_free (sheet);
}

InovdaSheet *
_inovda_spreadsheet_add_sheet (InovdaSpreadsheet *self,
                               const char *name,
                               const char *part,
                               gboolean hidden)
{
  InovdaSheet *sheet = g_new0 (InovdaSheet, 1);

  sheet->name = g_strdup (name);
  sheet->part = g_strdup (part);
  sheet->hidden = hidden;
  sheet->merges = g_array_new (FALSE, FALSE, sizeof (InovdaCellRange));
  g_ptr_array_add (self->sheets, sheet);
  return sheet;
}

static InovdaSheet *
get_sheet (InovdaSpreadsheet *self,
           guint sheet)
{
  return g_ptr_array_index (self->sheets, sheet);
}

/* Errors */

void
_inovda_spreadsheet_set_error (InovdaSpreadsheet *self,
                               GError **error,
                               const char *format,
                               ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
               "%s: %s", self->display_name, message);
}

void
_inovda_spreadsheet_set_line_error (InovdaSpreadsheet *self,
                                    const char *part,
                                    int line,
                                    GError **error,
                                    const char *format,
                                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                 "%s: %s:%d: %s", self->display_name, part, line, message);
  else
    g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                 "%s: %s: %s", self->display_name, part, message);
}

void
_inovda_spreadsheet_set_sheet_error (InovdaSpreadsheet *self,
                                     guint sheet,
                                     InovdaSheetPlace place,
                                     guint row,
                                     GError **error,
                                     const char *format,
                                     ...)
{
  const char *name = get_sheet (self, sheet)->name;
  g_autofree char *message = NULL;
  g_autofree char *where = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  switch (place)
    {
    case INOVDA_SHEET_PLACE_ROW:
      /* Translators: where a damaged workbook goes wrong: a sheet's name, then a row number */
      where = g_strdup_printf (_ ("%s, row %u"), name, row + 1);
      break;
    case INOVDA_SHEET_PLACE_AFTER_ROW:
      /* Translators: where a damaged workbook goes wrong: a sheet's name, then the number of the last good row */
      where = g_strdup_printf (_ ("%s, after row %u"), name, row + 1);
      break;
    case INOVDA_SHEET_PLACE_SHEET:
    default:
      where = g_strdup (name);
      break;
    }
  g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID, "%s: %s: %s", self->display_name, where,
               message);
}

void
_inovda_spreadsheet_set_cell_error (InovdaSpreadsheet *self,
                                    guint sheet,
                                    guint row,
                                    guint column,
                                    GError **error,
                                    const char *format,
                                    ...)
{
  g_autofree char *message = NULL;
  g_autofree char *reference = inovda_cell_reference (row, column);
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
               "%s: %s!%s: %s", self->display_name, get_sheet (self, sheet)->name,
               reference, message);
}

static void
set_io_error (InovdaSpreadsheet *self,
              int saved_errno,
              GError **error)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: the first %s is a file name, the second the system's reason */
               _ ("%s: The file cannot be read: %s"),
               self->display_name, g_strerror (saved_errno));
}

/* Rows */

void
_inovda_row_buffer_init (InovdaRowBuffer *buffer)
{
  buffer->text = g_string_sized_new (256);
  buffer->borrowed_size = 0;
  buffer->pending_capacity = 16;
  buffer->pending = g_new (InovdaPendingCell, buffer->pending_capacity);
  buffer->n_pending = 0;
  buffer->cells = g_array_new (FALSE, FALSE, sizeof (InovdaCell));
  buffer->last_column = 0;
  buffer->unsorted = FALSE;
}

void
_inovda_row_buffer_clear (InovdaRowBuffer *buffer)
{
  if (buffer->text != NULL)
    g_string_free (buffer->text, TRUE);
  g_clear_pointer (&buffer->pending, g_free);
  g_clear_pointer (&buffer->cells, g_array_unref);
  buffer->text = NULL;
  buffer->n_pending = buffer->pending_capacity = 0;
}

void
_inovda_row_buffer_reset (InovdaRowBuffer *buffer)
{
  _inovda_string_clear (buffer->text);
  buffer->borrowed_size = 0;
  buffer->n_pending = 0;
  buffer->last_column = 0;
  buffer->unsorted = FALSE;
}

void
_inovda_row_buffer_grow (InovdaRowBuffer *buffer)
{
  buffer->pending_capacity = MAX (16, buffer->pending_capacity * 2);
  buffer->pending = g_renew (InovdaPendingCell, buffer->pending, buffer->pending_capacity);
}

static int
compare_pending (gconstpointer a,
                 gconstpointer b,
                 gpointer user_data)
{
  const InovdaPendingCell *cell_a = a;
  const InovdaPendingCell *cell_b = b;

  return cell_a->column < cell_b->column ? -1 : cell_a->column > cell_b->column;
}

/* Puts the cells of @buffer in column order; a column twice is an error. */
static gboolean
sort_pending (InovdaSpreadsheet *self,
              guint sheet,
              guint row,
              InovdaRowBuffer *buffer,
              GError **error)
{
  InovdaPendingCell *pending = buffer->pending;
  guint n = buffer->n_pending;

  if (!buffer->unsorted)
    return TRUE;
  g_qsort_with_data (pending, (gint) n, sizeof *pending, compare_pending, NULL);
  for (guint i = 1; i < n; i++)
    if (pending[i].column == pending[i - 1].column)
      {
        _inovda_spreadsheet_set_cell_error (self, sheet, row, pending[i].column, error,
                                            _ ("The cell appears twice in the file"));
        return FALSE;
      }
  return TRUE;
}

static void
build_cells (InovdaRowBuffer *buffer)
{
  InovdaPendingCell *pending = buffer->pending;
  guint n = buffer->n_pending;

  g_array_set_size (buffer->cells, n);
  for (guint i = 0; i < n; i++)
    {
      InovdaCell *cell = &g_array_index (buffer->cells, InovdaCell, i);

      cell->column = pending[i].column;
      cell->type = pending[i].type;
      cell->text = pending[i].borrowed != NULL ? pending[i].borrowed : buffer->text->str + pending[i].offset;
    }
}

gboolean
_inovda_spreadsheet_emit_row (InovdaSpreadsheet *self,
                              guint sheet,
                              guint row,
                              InovdaRowBuffer *buffer,
                              InovdaRowFunc func,
                              gpointer user_data,
                              GCancellable *cancellable,
                              GError **error)
{
  if (!_inovda_row_buffer_is_empty (buffer))
    {
      g_autoptr (GError) local_error = NULL;
      gboolean ok;

      if (!sort_pending (self, sheet, row, buffer, error))
        return FALSE;
      /* A row pipe takes the row's text in one piece. */
      if (func == _inovda_row_pipe_add_row)
        ok = _inovda_row_pipe_add_buffer (user_data, row, buffer, &local_error);
      else
        {
          build_cells (buffer);
          ok = func (row, (const InovdaCell *) (gpointer) buffer->cells->data, buffer->cells->len, user_data,
                     &local_error);
        }
      if (!ok)
        {
          if (local_error == NULL)
            g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                 _ ("Reading was stopped"));
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      _inovda_row_buffer_reset (buffer);
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

/* Cell references */

gboolean
_inovda_cell_reference_parse (const char *text,
                              gsize length,
                              guint *row,
                              gboolean *has_row,
                              guint *column)
{
  const char *end = text + length;
  const char *p = text;
  guint64 col = 0;
  guint64 number = 0;
  guint letters = 0;
  guint digits = 0;

  if (p < end && *p == '$')
    p++;
  /* g_ascii_toupper is a call; letters differ from their capitals by one bit. */
  for (; p < end && g_ascii_isalpha (*p) && letters < 4; p++, letters++)
    col = col * 26 + (guint) ((*p & ~0x20) - 'A' + 1);
  if (letters == 0 || letters > 3 || col > INOVDA_SPREADSHEET_MAX_COLUMNS)
    return FALSE;
  if (p < end && *p == '$')
    p++;
  for (; p < end && g_ascii_isdigit (*p) && digits < 8; p++, digits++)
    number = number * 10 + (guint) (*p - '0');
  if (p != end || (digits > 0 && (number == 0 || number > INOVDA_SPREADSHEET_MAX_ROWS)))
    return FALSE;

  *column = (guint) col - 1;
  *has_row = digits > 0;
  *row = digits > 0 ? (guint) number - 1 : 0;
  return TRUE;
}

char *
inovda_cell_reference (guint row,
                       guint column)
{
  char letters[8];
  guint i = G_N_ELEMENTS (letters) - 1;
  guint64 n = (guint64) column + 1;

  letters[i] = '\0';
  while (n > 0)
    {
      n--;
      letters[--i] = (char) ('A' + n % 26);
      n /= 26;
    }
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT, letters + i, (guint64) row + 1);
}

/* Opening */

void
_inovda_spreadsheet_get_default_limits (InovdaSpreadsheetLimits *limits)
{
  limits->max_part_size = G_GUINT64_CONSTANT (1) << 30;
  limits->max_total_size = G_GUINT64_CONSTANT (2) << 30;
  limits->max_shared_text = 128 * 1024 * 1024;
  limits->max_cells = 20 * 1000 * 1000;
  limits->max_row_text = 32 * 1024 * 1024;
}

static gssize
read_head (int fd,
           char *buffer,
           gsize size)
{
  gsize done = 0;

  while (done < size)
    {
      gssize n = read (fd, buffer + done, size - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return -1;
      if (n == 0)
        break;
      done += (gsize) n;
    }
  return (gssize) done;
}

static char *
name_without_extension (const char *display_name)
{
  const char *dot = strrchr (display_name, '.');

  if (dot == NULL || dot == display_name)
    return g_strdup (display_name);
  return g_strndup (display_name, (gsize) (dot - display_name));
}

/* Takes @fd over: the XLSX reader keeps it, everything else closes it. */
static gboolean
open_by_content (InovdaSpreadsheet *self,
                 int fd,
                 GError **error)
{
  g_autofree char *head = g_malloc (HEAD_SIZE);
  gssize length = read_head (fd, head, HEAD_SIZE);
  int saved_errno = errno;

  if (length >= (gssize) sizeof zip_magic && memcmp (head, zip_magic, sizeof zip_magic) == 0)
    {
      self->format = INOVDA_SPREADSHEET_XLSX;
      return _inovda_xlsx_open (self, fd, error);
    }
  close (fd);

  if (length < 0)
    {
      set_io_error (self, saved_errno, error);
      return FALSE;
    }
  if (length == 0)
    {
      _inovda_spreadsheet_set_error (self, error, _ ("The file is empty"));
      return FALSE;
    }

  if ((gsize) length >= sizeof ole2_magic && memcmp (head, ole2_magic, sizeof ole2_magic) == 0)
    {
      _inovda_spreadsheet_set_error (self, error,
                                     _ ("This is an old Excel file (.xls) or a password-protected workbook, "
                                        "which Inovda cannot read. Open it in a spreadsheet program, remove "
                                        "any password and save it as an Excel workbook (.xlsx)"));
      return FALSE;
    }
  if (length >= 2 && (((guint8) head[0] == 0xff && (guint8) head[1] == 0xfe) ||
                      ((guint8) head[0] == 0xfe && (guint8) head[1] == 0xff)))
    {
      _inovda_spreadsheet_set_error (self, error,
                                     _ ("This text file is in UTF-16. Save it as “CSV UTF-8” "
                                        "or as an Excel workbook (.xlsx)"));
      return FALSE;
    }
  if (_inovda_csv_detect (head, (gsize) length, &self->csv_separator))
    {
      g_autofree char *sheet_name = name_without_extension (self->display_name);

      self->format = INOVDA_SPREADSHEET_CSV;
      _inovda_spreadsheet_add_sheet (self, sheet_name, NULL, FALSE);
      return TRUE;
    }

  _inovda_spreadsheet_set_error (self, error,
                                 _ ("This is not a spreadsheet: Inovda reads Excel workbooks (.xlsx) "
                                    "and CSV files separated by commas or semicolons"));
  return FALSE;
}

InovdaSpreadsheet *
_inovda_spreadsheet_open_with_limits (const char *path,
                                      const InovdaSpreadsheetLimits *limits,
                                      GError **error)
{
  g_autoptr (InovdaSpreadsheet) self = NULL;
  int fd;

  self = g_new0 (InovdaSpreadsheet, 1);
  g_mutex_init (&self->archive_lock);
  g_mutex_init (&self->read_ahead_lock);
  self->path = g_strdup (path);
  self->display_name = g_filename_display_basename (path);
  self->limits = *limits;
  self->sheets = g_ptr_array_new_with_free_func (sheet_free);
  self->other_sheets = g_ptr_array_new_with_free_func (g_free);

  fd = _inovda_file_open_regular (path, self->display_name, error);
  if (fd < 0)
    return NULL;

  if (!open_by_content (self, fd, error))
    return NULL;
  return g_steal_pointer (&self);
}

InovdaSpreadsheet *
inovda_spreadsheet_open (const char *path,
                         GError **error)
{
  InovdaSpreadsheetLimits limits;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _inovda_spreadsheet_get_default_limits (&limits);
  return _inovda_spreadsheet_open_with_limits (path, &limits, error);
}

void
inovda_spreadsheet_free (InovdaSpreadsheet *self)
{
  if (self == NULL)
    return;

  if (self->xlsx != NULL)
    _inovda_xlsx_discard_read_ahead (self);
  g_clear_pointer (&self->xlsx, _inovda_xlsx_free);
  g_clear_pointer (&self->read_order, g_array_unref);
  g_clear_pointer (&self->read_ahead, g_free);
  g_clear_pointer (&self->parsed, g_free);
  g_mutex_clear (&self->archive_lock);
  g_mutex_clear (&self->read_ahead_lock);
  g_clear_pointer (&self->sheets, g_ptr_array_unref);
  g_clear_pointer (&self->other_sheets, g_ptr_array_unref);
  g_clear_pointer (&self->defined_names, g_hash_table_unref);
  g_free (self->path);
  g_free (self->display_name);
  g_free (self);
}

/* Sheets and reading */

InovdaSpreadsheetFormat
inovda_spreadsheet_get_format (InovdaSpreadsheet *self)
{
  g_return_val_if_fail (self != NULL, INOVDA_SPREADSHEET_XLSX);

  return self->format;
}

guint
inovda_spreadsheet_get_n_sheets (InovdaSpreadsheet *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->sheets->len;
}

const char *
inovda_spreadsheet_get_sheet_name (InovdaSpreadsheet *self,
                                   guint sheet)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (sheet < self->sheets->len, NULL);

  return get_sheet (self, sheet)->name;
}

gboolean
inovda_spreadsheet_is_sheet_hidden (InovdaSpreadsheet *self,
                                    guint sheet)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (sheet < self->sheets->len, FALSE);

  return get_sheet (self, sheet)->hidden;
}

/* Sheet names are unique regardless of case in Excel, so a name typed in
 * another case still finds its sheet. */
int
inovda_spreadsheet_find_sheet (InovdaSpreadsheet *self,
                               const char *name)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (name != NULL, -1);

  for (guint i = 0; i < self->sheets->len; i++)
    if (g_strcmp0 (get_sheet (self, i)->name, name) == 0)
      return (int) i;

  folded = g_utf8_casefold (name, -1);
  for (guint i = 0; i < self->sheets->len; i++)
    {
      g_autofree char *candidate = g_utf8_casefold (get_sheet (self, i)->name, -1);

      if (g_strcmp0 (candidate, folded) == 0)
        return (int) i;
    }
  return -1;
}

/**
 * inovda_spreadsheet_has_other_sheet:
 *
 * Returns: %TRUE if the workbook lists a sheet called @name (case ignored)
 *   that is not a worksheet: a chart, macro or dialog sheet, never read
 */
gboolean
inovda_spreadsheet_has_other_sheet (InovdaSpreadsheet *self,
                                    const char *name)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  folded = g_utf8_casefold (name, -1);
  for (guint i = 0; i < self->other_sheets->len; i++)
    {
      g_autofree char *candidate = g_utf8_casefold (self->other_sheets->pdata[i], -1);

      if (g_str_equal (candidate, folded))
        return TRUE;
    }
  return FALSE;
}

/**
 * inovda_spreadsheet_get_defined_name:
 *
 * Returns: (nullable): the formula of the workbook's global name @name
 *   (case ignored, as in Excel), as written: `"63;DINKES"` for a text,
 *   `Sheet1!$A$1` for a cell; %NULL when the workbook does not define it
 */
const char *
inovda_spreadsheet_get_defined_name (InovdaSpreadsheet *self,
                                     const char *name)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (self->defined_names == NULL)
    return NULL;
  folded = g_utf8_casefold (name, -1);
  return g_hash_table_lookup (self->defined_names, folded);
}

gboolean
inovda_spreadsheet_read_sheet (InovdaSpreadsheet *self,
                               guint sheet,
                               InovdaRowFunc func,
                               gpointer user_data,
                               GCancellable *cancellable,
                               GError **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (sheet < self->sheets->len, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->format != INOVDA_SPREADSHEET_XLSX)
    g_array_set_size (get_sheet (self, sheet)->merges, 0);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  switch (self->format)
    {
    case INOVDA_SPREADSHEET_XLSX:
      return _inovda_xlsx_read_sheet (self, sheet, func, user_data, cancellable, error);
    case INOVDA_SPREADSHEET_CSV:
      return _inovda_csv_read_sheet (self, func, user_data, cancellable, error);
    case INOVDA_SPREADSHEET_XLS:
    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * inovda_spreadsheet_set_read_order:
 * @sheets: (array length=n_sheets): the sheets the caller will read, in order
 *
 * Announces the sheets the caller reads next, one after the other: while
 * it works through the rows of one, the next is already being unpacked and
 * parsed (a bounded read-ahead of about 32 MB). Reading another sheet
 * meanwhile stays correct but drops the read-ahead.
 */
void
inovda_spreadsheet_set_read_order (InovdaSpreadsheet *self,
                                   const guint *sheets,
                                   guint n_sheets)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (sheets != NULL || n_sheets == 0);

  if (self->format != INOVDA_SPREADSHEET_XLSX)
    return;
  _inovda_xlsx_discard_read_ahead (self);
  g_mutex_lock (&self->read_ahead_lock);
  g_clear_pointer (&self->read_order, g_array_unref);
  self->read_order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_sheets);
  for (guint i = 0; i < n_sheets; i++)
    if (sheets[i] < self->sheets->len)
      g_array_append_val (self->read_order, sheets[i]);
  if (self->read_ahead == NULL)
    {
      self->read_ahead = g_new0 (struct _InovdaRowPipe *, self->sheets->len);
      self->parsed = g_new0 (gboolean, self->sheets->len);
    }
  g_mutex_unlock (&self->read_ahead_lock);
}

const InovdaCellRange *
inovda_spreadsheet_get_merges (InovdaSpreadsheet *self,
                               guint sheet,
                               guint *n_merges)
{
  GArray *merges;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (sheet < self->sheets->len, NULL);
  g_return_val_if_fail (n_merges != NULL, NULL);

  merges = get_sheet (self, sheet)->merges;
  *n_merges = merges->len;
  return merges->len > 0 ? (const InovdaCellRange *) (gpointer) merges->data : NULL;
}
