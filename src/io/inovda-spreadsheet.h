/* inovda-spreadsheet.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Streaming reader of spreadsheet files: XLSX (libzip + libxml2's
 * xmlTextReader) and UTF-8 CSV. Legacy XLS is recognised and refused with
 * a message asking for .xlsx: the one Debian library that reads it (FreeXL
 * 1.0.6) is not safe on hostile files. The format is detected from the
 * content, never from the file name.
 *
 * Rows are handed to a callback one at a time; only the shared strings and
 * the styles stay in memory. Hostile files are expected: no DOCTYPE, no
 * entity expansion, no network, caps on the uncompressed size of every part
 * and of the whole file, and on the number of cells; zip entry names are
 * never used as paths. Errors are INOVDA_INPUT_ERROR (a file that is not a
 * readable spreadsheet, with the part or cell it failed at) or
 * G_IO_ERROR (the file cannot be read). */

typedef enum
{
  INOVDA_SPREADSHEET_XLSX,
  INOVDA_SPREADSHEET_XLS,
  INOVDA_SPREADSHEET_CSV,
} InovdaSpreadsheetFormat;

typedef enum
{
  INOVDA_CELL_EMPTY,
  INOVDA_CELL_STRING,
  INOVDA_CELL_NUMBER,  /* text: the number exactly as stored ("3273012345678901", "1E-3") */
  INOVDA_CELL_BOOLEAN, /* text: "1" or "0" */
  INOVDA_CELL_DATE,    /* text: ISO 8601, "2024-03-01", "2024-02-29T13:45:00" or a time of day
                        * "13:45:00"; Excel's serial 60 gives the nonexistent "1900-02-29".
                        * Durations ([h]:mm) stay numbers, in days. */
  INOVDA_CELL_ERROR,   /* text: "#DIV/0!", "#REF!" … */
} InovdaCellType;

typedef struct
{
  guint column; /* 0-based: A = 0 */
  InovdaCellType type;
  const char *text; /* never NULL; valid only during the callback */
} InovdaCell;

typedef struct
{
  guint first_row, first_column, last_row, last_column; /* 0-based, inclusive */
} InovdaCellRange;

typedef struct _InovdaSpreadsheet InovdaSpreadsheet;

/* Called for every row that has at least one non-empty cell, in order.
 * @row is 0-based; @cells are sorted by column, without empty cells.
 * Return FALSE (with @error set) to stop. Damage may only show at the end
 * of a part (a CRC error): when inovda_spreadsheet_read_sheet fails, the
 * rows already handed over must be discarded. */
typedef gboolean (*InovdaRowFunc) (guint row,
                                   const InovdaCell *cells,
                                   guint n_cells,
                                   gpointer user_data,
                                   GError **error);

InovdaSpreadsheet *inovda_spreadsheet_open (const char *path,
                                            GError **error);
void inovda_spreadsheet_free (InovdaSpreadsheet *self);
InovdaSpreadsheetFormat inovda_spreadsheet_get_format (InovdaSpreadsheet *self);
/* Worksheets in workbook order (chart, dialog and macro sheets excluded;
 * hidden worksheets included and marked; a CSV file has one sheet named
 * after the file). */
guint inovda_spreadsheet_get_n_sheets (InovdaSpreadsheet *self);
const char *inovda_spreadsheet_get_sheet_name (InovdaSpreadsheet *self,
                                               guint sheet);
gboolean inovda_spreadsheet_is_sheet_hidden (InovdaSpreadsheet *self,
                                             guint sheet);
/* By exact name, else ignoring case as Excel does; -1 when absent. */
int inovda_spreadsheet_find_sheet (InovdaSpreadsheet *self,
                                   const char *name);
gboolean inovda_spreadsheet_has_other_sheet (InovdaSpreadsheet *self,
                                             const char *name);
/* A global defined name's formula (XLSX only), or NULL. */
const char *inovda_spreadsheet_get_defined_name (InovdaSpreadsheet *self,
                                                 const char *name);
void inovda_spreadsheet_set_read_order (InovdaSpreadsheet *self,
                                        const guint *sheets,
                                        guint n_sheets);
gboolean inovda_spreadsheet_read_sheet (InovdaSpreadsheet *self,
                                        guint sheet,
                                        InovdaRowFunc func,
                                        gpointer user_data,
                                        GCancellable *cancellable,
                                        GError **error);
/* Merged ranges of a sheet; valid after inovda_spreadsheet_read_sheet. */
const InovdaCellRange *inovda_spreadsheet_get_merges (InovdaSpreadsheet *self,
                                                      guint sheet,
                                                      guint *n_merges);

/* "D7" for row 6, column 3. */
char *inovda_cell_reference (guint row,
                             guint column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaSpreadsheet, inovda_spreadsheet_free)

G_END_DECLS
