/* inovda-export-private.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "inovda-export.h"
#include "storage/inovda-portfolio-bulk.h"

G_BEGIN_DECLS

/* Evidence files copied next to an export, once each, into the folder
 * inovda_export_files_folder (@path); the exported file names them by a
 * path relative to itself. */
typedef struct _InovdaExportFiles InovdaExportFiles;

InovdaExportFiles *_inovda_export_files_new (InovdaPortfolio *portfolio,
                                             const char *path);
void _inovda_export_files_free (InovdaExportFiles *files);
/* The relative path of the copy; NULL with @error when it failed. */
const char *_inovda_export_files_copy (InovdaExportFiles *files,
                                       const InovdaDumpEvidence *evidence,
                                       GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaExportFiles, _inovda_export_files_free)

G_END_DECLS
