/* inovda-plan-text.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "inovda-scenario.h"

G_BEGIN_DECLS

/* Gaps and scenario changes in words, for Akselerasi and the slides. */

char *inovda_plan_text_gap_title (InovdaCatalogue *catalogue,
                                  const InovdaScoreRegion *region,
                                  const InovdaGap *gap) G_GNUC_WARN_UNUSED_RESULT;
char *inovda_plan_text_gap_target (InovdaCatalogue *catalogue,
                                   const InovdaScoreRegion *region,
                                   const InovdaGap *gap) G_GNUC_WARN_UNUSED_RESULT;
const char *inovda_plan_text_gap_evidence (InovdaCatalogue *catalogue,
                                           const InovdaGap *gap);
char *inovda_plan_text_change (InovdaCatalogue *catalogue,
                               const InovdaScoreRegion *region,
                               const InovdaChange *change) G_GNUC_WARN_UNUSED_RESULT;
char *inovda_plan_text_change_now (InovdaCatalogue *catalogue,
                                   const InovdaScoreRegion *region,
                                   const InovdaChange *change) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
