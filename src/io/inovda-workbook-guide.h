/* inovda-workbook-guide.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <xlsxwriter.h>

#include "inovda-workbook-layout.h"

G_BEGIN_DECLS

/* The two sheets of the Inovda workbook that hold no data: Referensi, the
 * lists behind the dropdowns (a range per list, never an inline list:
 * libxlsxwriter 1.1.4 overflows a buffer on long UTF-8 inline lists), and
 * Petunjuk, what a perangkat daerah reads before filling the workbook in. */

typedef struct
{
  lxw_format *title;
  lxw_format *heading;
  lxw_format *paragraph;
  lxw_format *header;
  lxw_format *header_required;
} InovdaWorkbookGuideFormats;

/* "=Referensi!$B$2:$B$4" for a column with a dropdown, else NULL. */
char *_inovda_workbook_list_formula (const InovdaWorkbookColumn *column);
lxw_error _inovda_workbook_write_lists (lxw_worksheet *sheet,
                                        const InovdaWorkbookGuideFormats *formats);
/* @scope: a line saying what the workbook holds, or NULL. */
lxw_error _inovda_workbook_write_guide (lxw_worksheet *sheet,
                                        const InovdaWorkbookGuideFormats *formats,
                                        const char *scope,
                                        gboolean template);

G_END_DECLS
