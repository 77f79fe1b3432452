/* inovda-xlsx-writer.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <xlsxwriter.h>

#include "inovda-workbook-guide.h"

G_BEGIN_DECLS

/* What every XLSX export shares over libxlsxwriter: constant-memory mode,
 * reproducible output (a fixed creation time), the formats, typed cells,
 * header rows with dropdowns, and a temporary file that replaces the
 * target only once the workbook is complete. */

typedef struct _InovdaXlsxWriter InovdaXlsxWriter;

InovdaXlsxWriter *_inovda_xlsx_writer_new (const char *path,
                                           const char *title,
                                           GError **error);
void _inovda_xlsx_writer_free (InovdaXlsxWriter *self);
/* Sheet names are ours and valid; a refused one is a programming error. */
lxw_worksheet *_inovda_xlsx_writer_add_sheet (InovdaXlsxWriter *self,
                                              const char *name);
const InovdaWorkbookGuideFormats *_inovda_xlsx_writer_get_formats (InovdaXlsxWriter *self);
/* The header row, frozen, with widths, an autofilter and the dropdowns. */
void _inovda_xlsx_writer_header (InovdaXlsxWriter *self,
                                 lxw_worksheet *sheet,
                                 const InovdaWorkbookColumn *const *columns,
                                 guint n_columns);
/* A cell of the column's kind: a real date, a number, or text. NULL and
 * "" leave the cell empty. */
gboolean _inovda_xlsx_writer_cell (InovdaXlsxWriter *self,
                                   lxw_worksheet *sheet,
                                   lxw_row_t row,
                                   lxw_col_t column,
                                   const InovdaWorkbookColumn *info,
                                   const char *text,
                                   GError **error);
/* A global name for @formula ("\"text\"", "Sheet!$A$1"). */
gboolean _inovda_xlsx_writer_define_name (InovdaXlsxWriter *self,
                                          const char *name,
                                          const char *formula,
                                          GError **error);
gboolean _inovda_xlsx_writer_check (InovdaXlsxWriter *self,
                                    lxw_error err,
                                    GError **error);
gboolean _inovda_xlsx_writer_finish (InovdaXlsxWriter *self,
                                     GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaXlsxWriter, _inovda_xlsx_writer_free)

G_END_DECLS
