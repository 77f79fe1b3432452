/* inovda-unit-page.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "inovda-region-result.h"

G_BEGIN_DECLS

/* Perangkat Daerah: the region's units with their innovations per year,
 * the yearly reporting rule and their average kematangan. Its actions
 * (units.add, units.rename, units.merge and units.show-innovations, the
 * last three taking a unit code) are its API. */

#define INOVDA_TYPE_UNIT_PAGE (inovda_unit_page_get_type ())
G_DECLARE_FINAL_TYPE (InovdaUnitPage, inovda_unit_page, INOVDA, UNIT_PAGE, AdwBin)

void inovda_unit_page_show (InovdaUnitPage *self,
                            InovdaPortfolio *portfolio,
                            InovdaRegionResult *result);
/* The rows shown (InovdaUnitRow), in the table's order. */
GListModel *inovda_unit_page_get_rows (InovdaUnitPage *self);
const char *inovda_unit_page_get_selected_code (InovdaUnitPage *self);
gboolean inovda_unit_page_select_unit (InovdaUnitPage *self,
                                       const char *code);

G_END_DECLS
