/* inovda-ministry-reader.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "inovda-import-private.h"
#include "inovda-spreadsheet.h"

G_BEGIN_DECLS

/* The ministry's Daftar Inovasi Daerah list layout (peer-systems §12.1),
 * with or without its verified results. */
/* The sheet that holds the list, or -1. */
int _inovda_ministry_reader_detect (InovdaSpreadsheet *book);
gboolean _inovda_ministry_reader_read (InovdaImport *import,
                                       InovdaSpreadsheet *book,
                                       guint sheet,
                                       GCancellable *cancellable,
                                       GError **error);

G_END_DECLS
