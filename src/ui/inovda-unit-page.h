/* inovda-unit-page.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "inovda-region-result.h"

G_BEGIN_DECLS

#define INOVDA_TYPE_UNIT_PAGE (inovda_unit_page_get_type ())
G_DECLARE_FINAL_TYPE (InovdaUnitPage, inovda_unit_page, INOVDA, UNIT_PAGE, AdwBin)

void inovda_unit_page_show (InovdaUnitPage     *self,
                            InovdaPortfolio    *portfolio,
                            InovdaRegionResult *result);

G_END_DECLS
