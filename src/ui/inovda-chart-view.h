/* inovda-chart-view.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "charts/inovda-chart-data.h"
#include "charts/inovda-chart-style.h"

G_BEGIN_DECLS

#define INOVDA_TYPE_CHART_VIEW (inovda_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (InovdaChartView, inovda_chart_view, INOVDA, CHART_VIEW, GtkWidget)

GtkWidget *inovda_chart_view_new (void);
InovdaRadarChart *inovda_chart_view_get_chart (InovdaChartView *self);
const InovdaChartStyle *inovda_chart_view_get_style (InovdaChartView *self);
int inovda_chart_view_get_hover_axis (InovdaChartView *self);
gboolean inovda_chart_view_get_exportable (InovdaChartView *self);
void inovda_chart_view_set_chart (InovdaChartView *self,
                                  InovdaRadarChart *chart);
void inovda_chart_view_set_exportable (InovdaChartView *self,
                                       gboolean exportable);
void inovda_chart_view_set_document_titles (InovdaChartView *self,
                                            const char *title,
                                            const char *subtitle);

G_END_DECLS
