/* inovda-spd-row.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "inovda-region-result.h"

G_BEGIN_DECLS

/* One region indicator (SPD row) of the catalogue: its answer (a raw value
 * that the catalogue's thresholds turn into a level, a category or a
 * chosen level), the verified level and the evidence. Every change is
 * saved at once. */

#define INOVDA_TYPE_SPD_ROW (inovda_spd_row_get_type ())
G_DECLARE_FINAL_TYPE (InovdaSpdRow, inovda_spd_row, INOVDA, SPD_ROW, AdwExpanderRow)

InovdaSpdRow *inovda_spd_row_new (InovdaCatalogue *catalogue,
                                  guint index);
const char *inovda_spd_row_get_indicator (InovdaSpdRow *self);
void inovda_spd_row_update (InovdaSpdRow *self,
                            InovdaPortfolio *portfolio,
                            InovdaRegionResult *result);

/* The widget API the tests and the page use. */
gboolean inovda_spd_row_enter_value (InovdaSpdRow *self,
                                     const char *text);
gboolean inovda_spd_row_choose_level (InovdaSpdRow *self,
                                      int level);
gboolean inovda_spd_row_choose_verified (InovdaSpdRow *self,
                                         int level);
int inovda_spd_row_get_level (InovdaSpdRow *self);
/* The level text shown for the answer (or for the value being typed). */
const char *inovda_spd_row_get_level_text (InovdaSpdRow *self);
/* The last refused input's message, or NULL. */
const char *inovda_spd_row_get_error (InovdaSpdRow *self);
guint inovda_spd_row_get_n_evidence (InovdaSpdRow *self);

G_END_DECLS
