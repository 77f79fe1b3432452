/* inovda-report-export.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "storage/inovda-portfolio.h"

G_BEGIN_DECLS

/* Writes the region's PDF report for @year, compared with the year before
 * when the portfolio has it. Shared by inovda-cli and the window. Errors:
 * INOVDA_INPUT_ERROR / INOVDA_CATALOGUE_ERROR for a region or year the
 * portfolio cannot score, anything else for I/O. */
gboolean inovda_export_report (InovdaPortfolio *portfolio,
                               const char *region_code,
                               int year,
                               const char *path,
                               GError **error);

G_END_DECLS
