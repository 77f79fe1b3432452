/* inovda-chart-view-private.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "charts/inovda-chart-export.h"
#include "charts/inovda-chart-radar.h"
#include "inovda-chart-view.h"

G_BEGIN_DECLS

struct _InovdaChartView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkMenuButton *menu_button;

  /* Owned references */
  InovdaRadarChart *chart;
  GtkNativeDialog *file_chooser;
  char *document_title;
  char *document_subtitle;

  InovdaChartStyle style;
  InovdaRadarGeometry geometry;
  int geometry_width;
  int geometry_height;
  int hover_axis;
  int hover_series;
  InovdaChartFormat save_format;
  double save_scale;
  guint geometry_valid : 1;
  guint exportable : 1;
};

void _inovda_chart_view_class_export_init (GtkWidgetClass *widget_class);
void _inovda_chart_view_export_size (InovdaChartView *self,
                                     double *width,
                                     double *height);
void _inovda_chart_view_dispose_export (InovdaChartView *self);
InovdaRadarChart *_inovda_chart_view_dup_document_chart (InovdaChartView *self) G_GNUC_WARN_UNUSED_RESULT;
void _inovda_chart_view_save (InovdaChartView *self,
                              InovdaChartFormat format,
                              double scale,
                              const char *path);

G_END_DECLS
