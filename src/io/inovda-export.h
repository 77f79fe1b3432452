/* inovda-export.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "storage/inovda-portfolio.h"

G_BEGIN_DECLS

/* Exports of the portfolio: the Inovda XML (data/schema/inovda-pertukaran-1.xsd),
 * the Inovda workbook (and its one-unit submission template) and the
 * ministry's list layout. Every writer streams the portfolio and writes to
 * a temporary file that replaces @path only when complete. Errors are
 * INOVDA_INPUT_ERROR (an unknown region, unit or year in the options) or
 * G_IO_ERROR / INOVDA_STORAGE_ERROR. */

typedef enum
{
  INOVDA_EXPORT_WORKBOOK,
  INOVDA_EXPORT_MINISTRY_LIST,
  INOVDA_EXPORT_XML,
} InovdaExportFormat;

typedef struct
{
  const char *region_code; /* NULL: every region */
  int year;                /* 0: every year */
  gboolean with_files;     /* XML: copy evidence files into PATH-berkas/ */
} InovdaExportOptions;

gboolean inovda_export_xml (InovdaPortfolio *portfolio,
                            const char *path,
                            const InovdaExportOptions *options,
                            GCancellable *cancellable,
                            GError **error);
gboolean inovda_export_workbook (InovdaPortfolio *portfolio,
                                 const char *path,
                                 const InovdaExportOptions *options,
                                 GCancellable *cancellable,
                                 GError **error);
/* The workbook restricted to one unit: its innovations, with the
 * innovation indicator rows of @year to fill in. */
gboolean inovda_export_template (InovdaPortfolio *portfolio,
                                 const char *path,
                                 const char *region_code,
                                 const char *unit_code,
                                 int year,
                                 GCancellable *cancellable,
                                 GError **error);
gboolean inovda_export_ministry_list (InovdaPortfolio *portfolio,
                                      const char *path,
                                      const InovdaExportOptions *options,
                                      GCancellable *cancellable,
                                      GError **error);

/* The folder next to an XML export that holds its evidence files. */
char *inovda_export_files_folder (const char *path);

G_END_DECLS
