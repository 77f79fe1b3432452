/* inovda-indicator-panel.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "inovda-indicator-row.h"

G_BEGIN_DECLS

/* The innovation indicators (SID) of one innovation in one year, with the
 * kematangan and the region's IID re-scored after every change. */

#define INOVDA_TYPE_INDICATOR_PANEL (inovda_indicator_panel_get_type ())
G_DECLARE_FINAL_TYPE (InovdaIndicatorPanel, inovda_indicator_panel, INOVDA, INDICATOR_PANEL, AdwBin)

GtkWidget *inovda_indicator_panel_new (void);
void inovda_indicator_panel_load (InovdaIndicatorPanel *self,
                                  InovdaPortfolio *portfolio,
                                  gint64 innovation_id,
                                  int year);
InovdaIndicatorRow *inovda_indicator_panel_get_row (InovdaIndicatorPanel *self,
                                                    const char *indicator_id);
void inovda_indicator_panel_reveal (InovdaIndicatorPanel *self,
                                    const char *indicator_id);

G_END_DECLS
