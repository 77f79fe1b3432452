/* inovda-xlsx-writer.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-xlsx-writer"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "inovda-error.h"
#include "inovda-xlsx-writer.h"

/* Any fixed time makes two exports of the same portfolio byte-identical. */
#define CREATED 1767225600 /* 2026-01-01T00:00:00Z */

struct _InovdaXlsxWriter
{
  char *path;
  char *partial;
  lxw_workbook *workbook;
  InovdaWorkbookGuideFormats guide;
  lxw_format *code;
  lxw_format *date;
  lxw_format *integer;
  locale_t numeric;
  locale_t previous;
};

/* libxlsxwriter prints numbers, column widths and margins with printf,
 * which follows LC_NUMERIC: in Indonesian "0,7" and "-2,17834", which no
 * spreadsheet reads. The writer's thread prints them in the C locale for as
 * long as the writer lives, keeping the messages in the user's language. */
static void
use_c_numeric (InovdaXlsxWriter *self)
{
  locale_t current = duplocale (uselocale ((locale_t) 0));

  if (current == (locale_t) 0)
    return;
  self->numeric = newlocale (LC_NUMERIC_MASK, "C", current);
  if (self->numeric == (locale_t) 0)
    {
      freelocale (current);
      return;
    }
  self->previous = uselocale (self->numeric);
}

static void
restore_numeric (InovdaXlsxWriter *self)
{
  if (self->numeric == (locale_t) 0)
    return;
  uselocale (self->previous);
  freelocale (self->numeric);
  self->numeric = (locale_t) 0;
}

InovdaXlsxWriter *
_inovda_xlsx_writer_new (const char *path,
                         const char *title,
                         GError **error)
{
  g_autoptr (InovdaXlsxWriter) self = g_new0 (InovdaXlsxWriter, 1);
  lxw_workbook_options options = { 0 };
  lxw_doc_properties properties = { 0 };
  g_autofree char *title_copy = g_strdup (title);

  self->path = g_strdup (path);
  self->partial = g_strconcat (path, ".partial", NULL);
  options.constant_memory = LXW_TRUE;
  options.use_zip64 = LXW_TRUE;
  use_c_numeric (self);
  self->workbook = workbook_new_opt (self->partial, &options);
  if (self->workbook == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is a file path */
                   _ ("Could not write %s"), path);
      return NULL;
    }
  properties.title = title_copy;
  properties.created = CREATED;
  workbook_set_properties (self->workbook, &properties);

  self->guide.title = workbook_add_format (self->workbook);
  format_set_bold (self->guide.title);
  format_set_font_size (self->guide.title, 16);
  self->guide.heading = workbook_add_format (self->workbook);
  format_set_bold (self->guide.heading);
  format_set_font_size (self->guide.heading, 12);
  self->guide.paragraph = workbook_add_format (self->workbook);
  format_set_text_wrap (self->guide.paragraph);
  format_set_align (self->guide.paragraph, LXW_ALIGN_VERTICAL_TOP);
  self->guide.header = workbook_add_format (self->workbook);
  format_set_bold (self->guide.header);
  format_set_bg_color (self->guide.header, 0xDDEBF7);
  format_set_bottom (self->guide.header, LXW_BORDER_THIN);
  format_set_text_wrap (self->guide.header);
  format_set_align (self->guide.header, LXW_ALIGN_VERTICAL_TOP);
  self->guide.header_required = workbook_add_format (self->workbook);
  format_set_bold (self->guide.header_required);
  format_set_bg_color (self->guide.header_required, 0xFCE4D6);
  format_set_bottom (self->guide.header_required, LXW_BORDER_THIN);
  format_set_text_wrap (self->guide.header_required);
  format_set_align (self->guide.header_required, LXW_ALIGN_VERTICAL_TOP);
  self->code = workbook_add_format (self->workbook);
  format_set_num_format (self->code, "@");
  self->date = workbook_add_format (self->workbook);
  format_set_num_format (self->date, "dd/mm/yyyy");
  self->integer = workbook_add_format (self->workbook);
  format_set_num_format (self->integer, "0");
  return g_steal_pointer (&self);
}

void
_inovda_xlsx_writer_free (InovdaXlsxWriter *self)
{
  if (self == NULL)
    return;
  if (self->workbook != NULL)
    {
      /* Unfinished: close to free the library's data, keep nothing. */
      workbook_close (self->workbook);
      g_unlink (self->partial);
    }
  restore_numeric (self);
  g_free (self->path);
  g_free (self->partial);
  g_free (self);
}

lxw_worksheet *
_inovda_xlsx_writer_add_sheet (InovdaXlsxWriter *self,
                               const char *name)
{
  lxw_worksheet *sheet = workbook_add_worksheet (self->workbook, name);

  g_assert (sheet != NULL);
  return sheet;
}

const InovdaWorkbookGuideFormats *
_inovda_xlsx_writer_get_formats (InovdaXlsxWriter *self)
{
  return &self->guide;
}

void
_inovda_xlsx_writer_header (InovdaXlsxWriter *self,
                            lxw_worksheet *sheet,
                            const InovdaWorkbookColumn *const *columns,
                            guint n_columns)
{
  for (guint c = 0; c < n_columns; c++)
    {
      const InovdaWorkbookColumn *column = columns[c];
      g_autofree char *formula = _inovda_workbook_list_formula (column);
      lxw_format *format = NULL;

      if (column->kind == INOVDA_COLUMN_CODE)
        format = self->code;
      else if (column->kind == INOVDA_COLUMN_DATE)
        format = self->date;
      worksheet_set_column (sheet, c, c, column->width, format);
      worksheet_write_string (sheet, 0, c, column->header,
                              _inovda_workbook_column_required (column) ? self->guide.header_required : self->guide.header);
      if (formula != NULL)
        {
          lxw_data_validation validation = { 0 };

          validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
          validation.value_formula = formula;
          validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
          validation.error_title = (char *) "Nilai tidak ada di daftar";
          validation.error_message = (char *) "Pilih salah satu nilai dari daftar (lihat lembar Referensi).";
          worksheet_data_validation_range (sheet, 1, c, LXW_ROW_MAX - 1, c, &validation);
        }
    }
  worksheet_set_row (sheet, 0, 32, NULL);
  worksheet_freeze_panes (sheet, 1, 0);
  if (n_columns > 0)
    worksheet_autofilter (sheet, 0, 0, 0, n_columns - 1);
}

static gboolean
parse_date (const char *text,
            lxw_datetime *out)
{
  int y, m, d;
  char tail;

  if (strlen (text) != 10 || sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
      !g_date_valid_dmy (d, m, y) || y < 1900)
    return FALSE;
  *out = (lxw_datetime){ y, m, d, 0, 0, 0 };
  return TRUE;
}

static gboolean
parse_integer (const char *text,
               double *out)
{
  const char *p = text;
  char *end = NULL;
  gint64 value;

  if (*p == '-')
    p++;
  if (!g_ascii_isdigit (*p) || strlen (p) > 15 || (p[0] == '0' && p[1] != '\0'))
    return FALSE;
  value = g_ascii_strtoll (text, &end, 10);
  if (*end != '\0')
    return FALSE;
  *out = (double) value;
  return TRUE;
}

/* Only numbers that print back the same (up to trailing zeros). */
static gboolean
parse_decimal (const char *text,
               double *out)
{
  char *end = NULL;
  double value;

  if (!(g_ascii_isdigit (*text) || (*text == '-' && g_ascii_isdigit (text[1]))) || strlen (text) > 16)
    return FALSE;
  value = g_ascii_strtod (text, &end);
  if (*end != '\0' || !isfinite (value))
    return FALSE;
  *out = value;
  return TRUE;
}

gboolean
_inovda_xlsx_writer_cell (InovdaXlsxWriter *self,
                          lxw_worksheet *sheet,
                          lxw_row_t row,
                          lxw_col_t column,
                          const InovdaWorkbookColumn *info,
                          const char *text,
                          GError **error)
{
  lxw_datetime date;
  double number;
  lxw_error err;

  if (text == NULL || *text == '\0')
    return TRUE;
  switch (info->kind)
    {
    case INOVDA_COLUMN_DATE:
      err = parse_date (text, &date) ? worksheet_write_datetime (sheet, row, column, &date, self->date)
                                     : worksheet_write_string (sheet, row, column, text, NULL);
      break;
    case INOVDA_COLUMN_INTEGER:
      err = parse_integer (text, &number) ? worksheet_write_number (sheet, row, column, number, self->integer)
                                          : worksheet_write_string (sheet, row, column, text, NULL);
      break;
    case INOVDA_COLUMN_DECIMAL:
      err = parse_decimal (text, &number) ? worksheet_write_number (sheet, row, column, number, NULL)
                                          : worksheet_write_string (sheet, row, column, text, NULL);
      break;
    case INOVDA_COLUMN_CODE:
      err = worksheet_write_string (sheet, row, column, text, self->code);
      break;
    case INOVDA_COLUMN_TEXT:
    case INOVDA_COLUMN_LONG_TEXT:
    case INOVDA_COLUMN_CHOICE:
    default:
      err = worksheet_write_string (sheet, row, column, text, NULL);
      break;
    }
  if (err == LXW_NO_ERROR)
    return TRUE;

  {
    char cell[16];

    lxw_rowcol_to_cell (cell, row, column);
    if (err == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                   /* Translators: a sheet name and a cell such as "Inovasi!N7" */
                   _ ("%s!%s: the text is longer than the 32,767 characters a spreadsheet cell holds"), sheet->name, cell);
    else if (err == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                   /* Translators: %s is a sheet name */
                   _ ("The sheet %s would have more rows than a spreadsheet holds; export fewer regions or years"), sheet->name);
    else
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s!%s: %s", sheet->name, cell, lxw_strerror (err));
  }
  return FALSE;
}

gboolean
_inovda_xlsx_writer_define_name (InovdaXlsxWriter *self,
                                 const char *name,
                                 const char *formula,
                                 GError **error)
{
  return _inovda_xlsx_writer_check (self, workbook_define_name (self->workbook, name, formula), error);
}

gboolean
_inovda_xlsx_writer_check (InovdaXlsxWriter *self,
                           lxw_error err,
                           GError **error)
{
  if (err == LXW_NO_ERROR)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: a file path, then the library's reason */
               _ ("Could not write %s: %s"), self->path, lxw_strerror (err));
  return FALSE;
}

gboolean
_inovda_xlsx_writer_finish (InovdaXlsxWriter *self,
                            GError **error)
{
  lxw_error err = workbook_close (g_steal_pointer (&self->workbook));

  if (err != LXW_NO_ERROR)
    {
      g_unlink (self->partial);
      return _inovda_xlsx_writer_check (self, err, error);
    }
  if (g_rename (self->partial, self->path) != 0)
    {
      int saved_errno = errno;

      g_unlink (self->partial);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _ ("Could not write %s: %s"), self->path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}
