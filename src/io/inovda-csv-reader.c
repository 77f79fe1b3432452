/* inovda-csv-reader.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-csv-reader"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include "inovda-file-open.h"
#include "inovda-error.h"
#include "inovda-spreadsheet-private.h"

#define CHUNK_SIZE (64 * 1024)

static const char utf8_bom[] = "\xef\xbb\xbf";

typedef enum
{
  FIELD_START,
  UNQUOTED,
  QUOTED,
  QUOTE_IN_QUOTED,
} State;

typedef struct
{
  InovdaSpreadsheet *book;
  InovdaRowFunc func;
  gpointer user_data;
  GCancellable *cancellable;
  char separator;
  State state;
  GString *field;
  InovdaRowBuffer row_buffer;
  guint64 line;       /* of the byte being read, from 1 */
  guint64 field_line; /* where the current field started */
  guint64 row;
  guint64 cells;
  guint column;
  gboolean after_cr;
} CsvReader;

static gboolean csv_error (CsvReader *reader,
                           guint64 line,
                           GError **error,
                           const char *format,
                           ...) G_GNUC_PRINTF (4, 5);

static gboolean
csv_error (CsvReader *reader,
           guint64 line,
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
               "%s:%" G_GUINT64_FORMAT ": %s", reader->book->display_name, line, message);
  return FALSE;
}

/* Detection: a header line of text that holds a separator. Commas and
 * semicolons are counted outside quotes; Indonesian Excel writes
 * semicolons. */
gboolean
_inovda_csv_detect (const char *head,
                    gsize length,
                    char *separator)
{
  const char *p = head;
  const char *end = head + length;
  gboolean quoted = FALSE;
  guint commas = 0;
  guint semicolons = 0;

  if (length >= 3 && memcmp (head, utf8_bom, 3) == 0)
    p += 3;

  for (; p < end; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
        return FALSE;
      else if (!quoted && c == ',')
        commas++;
      else if (!quoted && c == ';')
        semicolons++;
    }

  if (commas == 0 && semicolons == 0)
    return FALSE;
  *separator = semicolons > commas ? ';' : ',';
  return TRUE;
}

static gboolean
check_utf8 (CsvReader *reader,
            GError **error)
{
  const char *bad;
  guint64 line = reader->field_line;

  if (g_utf8_validate_len (reader->field->str, reader->field->len, &bad))
    return TRUE;

  for (const char *p = reader->field->str; p < bad; p++)
    if (*p == '\n')
      line++;
  /* g_utf8_validate_len () stops at a NUL byte, which is valid UTF-8 */
  if (bad < reader->field->str + reader->field->len && *bad == '\0')
    return csv_error (reader, line, error,
                      _ ("The text contains a NUL character: this is not a text file, or it is damaged"));
  return csv_error (reader, line, error,
                    _ ("The text is not in UTF-8. Save the file as “CSV UTF-8” and import it again"));
}

static gboolean
end_field (CsvReader *reader,
           GError **error)
{
  if (reader->field->len > 0)
    {
      if (!check_utf8 (reader, error))
        return FALSE;
      if (reader->column >= INOVDA_SPREADSHEET_MAX_COLUMNS)
        return csv_error (reader, reader->field_line, error,
                          /* Translators: %d is a number of columns */
                          _ ("The line has more than %d columns, more than a spreadsheet may have"),
                          INOVDA_SPREADSHEET_MAX_COLUMNS);
      if (++reader->cells > reader->book->limits.max_cells)
        return csv_error (reader, reader->field_line, error,
                          /* Translators: %llu is a number of values */
                          _ ("The file has more than %llu values, more than Inovda accepts"),
                          (unsigned long long) reader->book->limits.max_cells);

      _inovda_row_buffer_add_copy (&reader->row_buffer, reader->column, INOVDA_CELL_STRING,
                                   reader->field->str, reader->field->len);
      if (_inovda_row_buffer_text_size (&reader->row_buffer) > reader->book->limits.max_row_text)
        return csv_error (reader, reader->field_line, error,
                          _ ("This line holds more text than Inovda accepts"));
      g_string_truncate (reader->field, 0);
    }
  if (reader->column < G_MAXUINT)
    reader->column++;
  return TRUE;
}

static gboolean
end_record (CsvReader *reader,
            GError **error)
{
  if (reader->row >= reader->book->limits.max_cells)
    return csv_error (reader, reader->field_line, error,
                      _ ("The file has more lines than Inovda accepts"));
  if (!_inovda_spreadsheet_emit_row (reader->book, 0, (guint) MIN (reader->row, G_MAXUINT),
                                     &reader->row_buffer, reader->func, reader->user_data,
                                     reader->cancellable, error))
    return FALSE;
  reader->row++;
  reader->column = 0;
  return TRUE;
}

static gboolean
append_byte (CsvReader *reader,
             char c,
             GError **error)
{
  if (reader->field->len >= INOVDA_SPREADSHEET_MAX_CELL_TEXT)
    return csv_error (reader, reader->field_line, error,
                      _ ("A value holds more than 32,767 characters"));
  g_string_append_c (reader->field, c);
  return TRUE;
}

static void
count_line_break (CsvReader *reader,
                  char c)
{
  reader->line++;
  reader->after_cr = c == '\r';
}

static gboolean
end_field_and_maybe_record (CsvReader *reader,
                            char c,
                            GError **error)
{
  reader->state = FIELD_START;
  if (c == reader->separator)
    return end_field (reader, error);

  count_line_break (reader, c);
  return end_field (reader, error) && end_record (reader, error);
}

static gboolean
feed_byte (CsvReader *reader,
           char c,
           GError **error)
{
  switch (reader->state)
    {
    case FIELD_START:
      reader->field_line = reader->line;
      if (c == '"')
        {
          reader->state = QUOTED;
          return TRUE;
        }
      reader->state = UNQUOTED;
      G_GNUC_FALLTHROUGH;
    case UNQUOTED:
      if (c == reader->separator || c == '\n' || c == '\r')
        return end_field_and_maybe_record (reader, c, error);
      return append_byte (reader, c, error);
    case QUOTED:
      if (c == '"')
        {
          reader->state = QUOTE_IN_QUOTED;
          return TRUE;
        }
      /* Line breaks inside a value become "\n", as in a workbook. */
      if (c == '\n' || c == '\r')
        {
          count_line_break (reader, c);
          return append_byte (reader, '\n', error);
        }
      return append_byte (reader, c, error);
    case QUOTE_IN_QUOTED:
      if (c == '"')
        {
          reader->state = QUOTED;
          return append_byte (reader, '"', error);
        }
      if (c == reader->separator || c == '\n' || c == '\r')
        return end_field_and_maybe_record (reader, c, error);
      /* "a"b: lenient, as spreadsheet programs are. */
      reader->state = UNQUOTED;
      return append_byte (reader, c, error);
    default:
      g_assert_not_reached ();
    }
}

static gboolean
feed (CsvReader *reader,
      const char *data,
      gsize length,
      GError **error)
{
  for (gsize i = 0; i < length; i++)
    {
      if (reader->after_cr)
        {
          reader->after_cr = FALSE;
          if (data[i] == '\n')
            continue;
        }
      if (!feed_byte (reader, data[i], error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
finish (CsvReader *reader,
        GError **error)
{
  switch (reader->state)
    {
    case QUOTED:
      return csv_error (reader, reader->field_line, error,
                        _ ("A value in quotation marks that starts on this line is never closed"));
    case FIELD_START:
      if (reader->column == 0)
        return TRUE;
      G_GNUC_FALLTHROUGH;
    case UNQUOTED:
    case QUOTE_IN_QUOTED:
      return end_field (reader, error) && end_record (reader, error);
    default:
      g_assert_not_reached ();
    }
}

static gssize
read_chunk (int fd,
            char *buffer)
{
  gssize n;

  do
    n = read (fd, buffer, CHUNK_SIZE);
  while (n < 0 && errno == EINTR);
  return n;
}

static gboolean
read_all (CsvReader *reader,
          int fd,
          GError **error)
{
  g_autofree char *buffer = g_malloc (CHUNK_SIZE);
  gboolean first = TRUE;
  gssize n;

  while ((n = read_chunk (fd, buffer)) > 0)
    {
      const char *data = buffer;

      if (first && n >= 3 && memcmp (data, utf8_bom, 3) == 0)
        {
          data += 3;
          n -= 3;
        }
      first = FALSE;
      if (!feed (reader, data, (gsize) n, error))
        return FALSE;
    }
  if (n < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: the first %s is a file name, the second the system's reason */
                   _ ("%s: The file cannot be read: %s"),
                   reader->book->display_name, g_strerror (saved_errno));
      return FALSE;
    }
  return finish (reader, error);
}

gboolean
_inovda_csv_read_sheet (InovdaSpreadsheet *self,
                        InovdaRowFunc func,
                        gpointer user_data,
                        GCancellable *cancellable,
                        GError **error)
{
  CsvReader reader = { 0 };
  gboolean ok;
  int fd;

  fd = _inovda_file_open_regular (self->path, self->display_name, error);
  if (fd < 0)
    return FALSE;

  reader.book = self;
  reader.func = func;
  reader.user_data = user_data;
  reader.cancellable = cancellable;
  reader.separator = self->csv_separator;
  reader.state = FIELD_START;
  reader.field = g_string_sized_new (256);
  reader.line = 1;
  reader.field_line = 1;
  _inovda_row_buffer_init (&reader.row_buffer);

  ok = read_all (&reader, fd, error);

  close (fd);
  _inovda_row_buffer_clear (&reader.row_buffer);
  g_string_free (reader.field, TRUE);
  return ok;
}
