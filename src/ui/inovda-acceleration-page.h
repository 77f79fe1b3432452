/* inovda-acceleration-page.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "inovda-region-result.h"
#include "inovda-scenario.h"

G_BEGIN_DECLS

#define INOVDA_TYPE_ACCELERATION_PAGE (inovda_acceleration_page_get_type ())
G_DECLARE_FINAL_TYPE (InovdaAccelerationPage, inovda_acceleration_page, INOVDA, ACCELERATION_PAGE, AdwBin)

void inovda_acceleration_page_show (InovdaAccelerationPage *self,
                                    InovdaPortfolio *portfolio,
                                    InovdaRegionResult *result);
InovdaScenario *inovda_acceleration_page_get_scenario (InovdaAccelerationPage *self);

G_END_DECLS
