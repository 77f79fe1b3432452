/* inovda-spreadsheet-private.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "inovda-spreadsheet.h"

G_BEGIN_DECLS

/* Excel's own limits. */
#define INOVDA_SPREADSHEET_MAX_ROWS 1048576
#define INOVDA_SPREADSHEET_MAX_COLUMNS 16384
#define INOVDA_SPREADSHEET_MAX_CELL_TEXT (32767 * 4) /* bytes of 32,767 characters */

/* GString's appends are calls in GLib 2.74; cells are appended millions of
 * times per workbook, mostly into strings with room to spare. */
static inline void
_inovda_string_append (GString *string,
                       const char *text,
                       gsize length)
{
  if (G_LIKELY (string->len + length < string->allocated_len))
    {
      memcpy (string->str + string->len, text, length);
      string->len += length;
      string->str[string->len] = '\0';
    }
  else
    g_string_append_len (string, text, (gssize) length);
}

static inline void
_inovda_string_clear (GString *string)
{
  string->len = 0;
  string->str[0] = '\0';
}

/* Bounds on the work and memory a file may cause. Tests lower them. */
typedef struct
{
  guint64 max_part_size;   /* uncompressed bytes of one part of a workbook */
  guint64 max_total_size;  /* uncompressed bytes read from one file */
  guint64 max_shared_text; /* bytes of shared strings kept in memory */
  guint64 max_cells;       /* cells of one sheet, empty ones included */
  gsize max_row_text;      /* bytes of text in one row */
} InovdaSpreadsheetLimits;

typedef struct _InovdaXlsx InovdaXlsx;

typedef struct
{
  char *name;
  char *part; /* the worksheet's entry in the zip archive */
  gboolean hidden;
  GArray *merges; /* InovdaCellRange */
} InovdaSheet;

struct _InovdaSpreadsheet
{
  InovdaSpreadsheetFormat format;
  char *path;
  char *display_name; /* the file's base name, for messages */
  InovdaSpreadsheetLimits limits;
  GPtrArray *sheets;         /* InovdaSheet */
  GPtrArray *other_sheets;   /* names of chart, macro and dialog sheets */
  GHashTable *defined_names; /* casefolded global name → its formula, or NULL */

  InovdaXlsx *xlsx;
  char csv_separator;

  /* Worksheets are read in worker threads, one at a time (archive_lock);
   * with a read order, each reads the next ahead (inovda-xlsx-sheet.c). */
  GMutex archive_lock;
  GMutex read_ahead_lock;
  GArray *read_order;                 /* guint sheet indexes, or NULL */
  struct _InovdaRowPipe **read_ahead; /* per sheet, or NULL */
  gboolean *parsed;                   /* per sheet: its last parser has ended; with read_ahead */
};

typedef struct
{
  guint column;
  InovdaCellType type;
  const char *borrowed;
  gsize offset;
} InovdaPendingCell;

/* Cells of one row, collected before the row callback sees them. Shared
 * strings are borrowed; other text is copied into one buffer per row. The
 * pending cells are kept by hand, as g_array_append_vals is a call. */
typedef struct
{
  GString *text;
  gsize borrowed_size; /* of the borrowed text, which counts as the row's too */
  InovdaPendingCell *pending;
  guint n_pending;
  guint pending_capacity;
  GArray *cells; /* InovdaCell */
  guint last_column;
  gboolean unsorted;
} InovdaRowBuffer;

InovdaSpreadsheet *_inovda_spreadsheet_open_with_limits (const char *path,
                                                         const InovdaSpreadsheetLimits *limits,
                                                         GError **error);
void _inovda_spreadsheet_get_default_limits (InovdaSpreadsheetLimits *limits);
InovdaSheet *_inovda_spreadsheet_add_sheet (InovdaSpreadsheet *self,
                                            const char *name,
                                            const char *part,
                                            gboolean hidden);

void _inovda_spreadsheet_set_error (InovdaSpreadsheet *self,
                                    GError **error,
                                    const char *format,
                                    ...) G_GNUC_PRINTF (3, 4);
void _inovda_spreadsheet_set_line_error (InovdaSpreadsheet *self,
                                         const char *part,
                                         int line,
                                         GError **error,
                                         const char *format,
                                         ...) G_GNUC_PRINTF (5, 6);
/* Where in a sheet a fault lies that belongs to no single cell. */
typedef enum
{
  INOVDA_SHEET_PLACE_SHEET,     /* the sheet as a whole */
  INOVDA_SHEET_PLACE_ROW,       /* in the row */
  INOVDA_SHEET_PLACE_AFTER_ROW, /* between the row and the next */
} InovdaSheetPlace;

void _inovda_spreadsheet_set_sheet_error (InovdaSpreadsheet *self,
                                          guint sheet,
                                          InovdaSheetPlace place,
                                          guint row,
                                          GError **error,
                                          const char *format,
                                          ...) G_GNUC_PRINTF (6, 7);
void _inovda_spreadsheet_set_cell_error (InovdaSpreadsheet *self,
                                         guint sheet,
                                         guint row,
                                         guint column,
                                         GError **error,
                                         const char *format,
                                         ...) G_GNUC_PRINTF (6, 7);
gboolean _inovda_spreadsheet_emit_row (InovdaSpreadsheet *self,
                                       guint sheet,
                                       guint row,
                                       InovdaRowBuffer *buffer,
                                       InovdaRowFunc func,
                                       gpointer user_data,
                                       GCancellable *cancellable,
                                       GError **error);

gboolean _inovda_cell_reference_parse (const char *text,
                                       gsize length,
                                       guint *row,
                                       gboolean *has_row,
                                       guint *column);

void _inovda_row_buffer_init (InovdaRowBuffer *buffer);
void _inovda_row_buffer_clear (InovdaRowBuffer *buffer);
void _inovda_row_buffer_reset (InovdaRowBuffer *buffer);
void _inovda_row_buffer_grow (InovdaRowBuffer *buffer);

static inline gboolean
_inovda_row_buffer_is_empty (InovdaRowBuffer *buffer)
{
  return buffer->n_pending == 0;
}

/* The copied and the borrowed text: the row callback gets both. */
static inline gsize
_inovda_row_buffer_text_size (InovdaRowBuffer *buffer)
{
  return buffer->text->len + buffer->borrowed_size;
}

static inline void
_inovda_row_buffer_add_pending (InovdaRowBuffer *buffer,
                                guint column,
                                InovdaCellType type,
                                const char *borrowed,
                                gsize offset)
{
  InovdaPendingCell *cell;

  if (G_UNLIKELY (buffer->n_pending == buffer->pending_capacity))
    _inovda_row_buffer_grow (buffer);
  if (buffer->n_pending > 0 && column <= buffer->last_column)
    buffer->unsorted = TRUE;
  buffer->last_column = column;
  cell = &buffer->pending[buffer->n_pending++];
  cell->column = column;
  cell->type = type;
  cell->borrowed = borrowed;
  cell->offset = offset;
}

static inline void
_inovda_row_buffer_add_copy (InovdaRowBuffer *buffer,
                             guint column,
                             InovdaCellType type,
                             const char *text,
                             gsize length)
{
  gsize offset = buffer->text->len;

  /* With its NUL. */
  _inovda_string_append (buffer->text, text, length);
  _inovda_string_append (buffer->text, "", 1);
  _inovda_row_buffer_add_pending (buffer, column, type, NULL, offset);
}

static inline void
_inovda_row_buffer_add_borrowed (InovdaRowBuffer *buffer,
                                 guint column,
                                 InovdaCellType type,
                                 const char *text,
                                 gsize length)
{
  buffer->borrowed_size += length;
  _inovda_row_buffer_add_pending (buffer, column, type, text, 0);
}

gboolean _inovda_xlsx_open (InovdaSpreadsheet *self,
                            int fd,
                            GError **error);
void _inovda_xlsx_free (InovdaXlsx *xlsx);
void _inovda_xlsx_discard_read_ahead (InovdaSpreadsheet *book);
gboolean _inovda_xlsx_read_sheet (InovdaSpreadsheet *self,
                                  guint sheet,
                                  InovdaRowFunc func,
                                  gpointer user_data,
                                  GCancellable *cancellable,
                                  GError **error);

gboolean _inovda_csv_detect (const char *head,
                             gsize length,
                             char *separator);
gboolean _inovda_csv_read_sheet (InovdaSpreadsheet *self,
                                 InovdaRowFunc func,
                                 gpointer user_data,
                                 GCancellable *cancellable,
                                 GError **error);

G_END_DECLS
