/* inovda-indicator-row.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "storage/inovda-portfolio.h"

G_BEGIN_DECLS

/* One innovation indicator (SID) of the catalogue for one innovation and
 * year: its levels with weight and score, the Kemanfaatan basis, the
 * verified level, the evidence rules and the evidence attached. Files
 * dropped on it are attached. */

#define INOVDA_TYPE_INDICATOR_ROW (inovda_indicator_row_get_type ())
G_DECLARE_FINAL_TYPE (InovdaIndicatorRow, inovda_indicator_row, INOVDA, INDICATOR_ROW, AdwBin)

GtkWidget *inovda_indicator_row_new (InovdaCatalogue *catalogue,
                                     guint index);
const InovdaIndicator *inovda_indicator_row_get_indicator (InovdaIndicatorRow *self);
void inovda_indicator_row_load (InovdaIndicatorRow *self,
                                InovdaPortfolio *portfolio,
                                gint64 innovation_id,
                                int year);
void inovda_indicator_row_attach_files (InovdaIndicatorRow *self,
                                        GListModel *files);
gboolean inovda_indicator_row_is_attaching (InovdaIndicatorRow *self);
GPtrArray *inovda_indicator_row_get_evidence_rows (InovdaIndicatorRow *self);

G_END_DECLS
