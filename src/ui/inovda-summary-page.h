/* inovda-summary-page.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "inovda-region-result.h"

G_BEGIN_DECLS

#define INOVDA_TYPE_SUMMARY_PAGE (inovda_summary_page_get_type ())
G_DECLARE_FINAL_TYPE (InovdaSummaryPage, inovda_summary_page, INOVDA, SUMMARY_PAGE, AdwBin)

void inovda_summary_page_show (InovdaSummaryPage *self,
                               InovdaPortfolio *portfolio,
                               InovdaRegionResult *result);

G_END_DECLS
