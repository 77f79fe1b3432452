/* inovda-spd-page.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "inovda-region-result.h"
#include "inovda-spd-row.h"

G_BEGIN_DECLS

/* Indikator Pemda: the region-level (SPD) rows of the year's catalogue,
 * grouped by variable, with the SPD total against its maximum. */

#define INOVDA_TYPE_SPD_PAGE (inovda_spd_page_get_type ())
G_DECLARE_FINAL_TYPE (InovdaSpdPage, inovda_spd_page, INOVDA, SPD_PAGE, AdwBin)

void inovda_spd_page_show (InovdaSpdPage *self,
                           InovdaPortfolio *portfolio,
                           InovdaRegionResult *result);
InovdaSpdRow *inovda_spd_page_get_row (InovdaSpdPage *self,
                                       const char *indicator);
gboolean inovda_spd_page_reveal (InovdaSpdPage *self,
                                 const char *indicator);

G_END_DECLS
