/* inovda-ui-format.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "io/inovda-import.h"
#include "model/inovda-decimal.h"
#include "scoring/inovda-gaps.h"
#include "scoring/inovda-iid.h"

G_BEGIN_DECLS

const char *inovda_ui_predikat_style_class (int band);
char *inovda_ui_describe_gap (InovdaCatalogue *catalogue,
                              const InovdaScoreRegion *region,
                              const InovdaGap *gap) G_GNUC_WARN_UNUSED_RESULT;
char *inovda_ui_describe_gap_details (InovdaCatalogue *catalogue,
                                      const InovdaScoreRegion *region,
                                      const InovdaProjectionResult *klaim,
                                      const InovdaGap *gap) G_GNUC_WARN_UNUSED_RESULT;
char *inovda_ui_describe_ineligibility (InovdaCatalogue *catalogue,
                                        const InovdaScoreInnovation *innovation,
                                        const InovdaInnovationScore *score) G_GNUC_WARN_UNUSED_RESULT;

char *inovda_ui_format_letter_number (const char *nomor) G_GNUC_WARN_UNUSED_RESULT;
char *inovda_ui_format_letter_date (const char *iso_date) G_GNUC_WARN_UNUSED_RESULT;

char *inovda_ui_describe_score_change (const InovdaImportScore *before,
                                       const InovdaImportScore *after) G_GNUC_WARN_UNUSED_RESULT;
char *inovda_ui_fold_for_search (const char *text) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
