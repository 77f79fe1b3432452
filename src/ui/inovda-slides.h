/* inovda-slides.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "inovda-region-result.h"
#include "inovda-scenario.h"

G_BEGIN_DECLS

/* The slides of the presentation, one GtkStack page each, named "title",
 * "index", "variables", "unit:CODE" per regional agency, "top-innovations",
 * "gaps" and "plan". */

void inovda_slides_build (GtkStack *stack,
                          InovdaPortfolio *portfolio,
                          InovdaRegionResult *result,
                          InovdaScenario *plan);

G_END_DECLS
