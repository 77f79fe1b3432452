/* inovda-radar-charts.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "charts/inovda-chart-data.h"
#include "inovda-region-result.h"

G_BEGIN_DECLS

/* The radar charts the pages show, built from a scored year. */

InovdaRadarChart *inovda_radar_charts_variables (InovdaPortfolio *portfolio,
                                                 InovdaRegionResult *result,
                                                 gboolean *against_last_year) G_GNUC_WARN_UNUSED_RESULT;
InovdaRadarChart *inovda_radar_charts_unit (InovdaRegionResult *result,
                                            const char *unit_code,
                                            const char *unit_name) G_GNUC_WARN_UNUSED_RESULT;
InovdaRadarChart *inovda_radar_charts_what_if (InovdaRegionResult *result,
                                               const InovdaScoreRegion *region,
                                               const InovdaProjectionResult *klaim) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
