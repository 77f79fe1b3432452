/* inovda-chart-radar-private.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "charts/inovda-chart-radar.h"

G_BEGIN_DECLS

/* The radar's layout, shared by inovda-chart-radar-layout.c (where text,
 * rings and labels go) and inovda-chart-radar.c (drawing them). */

#define INOVDA_RADAR_N_RINGS 5

typedef struct
{
  double x; /* the union of ink and logical extents, relative to the layout origin */
  double y;
  double width;
  double height;
} InovdaRadarBox;

/* Everything the drawing needs, computed once per render by
 * _inovda_radar_layout_compute(). */
typedef struct
{
  InovdaRadarGeometry geometry;
  PangoContext *context;
  double pad;
  double line_width;
  InovdaChartRect plot;

  PangoLayout *title;
  PangoLayout *subtitle;
  double title_y;
  double subtitle_y;

  PangoLayout *labels[INOVDA_RADAR_MAX_AXES];
  InovdaRadarBox label_box[INOVDA_RADAR_MAX_AXES];
  double label_width[INOVDA_RADAR_MAX_AXES];
  int label_lines[INOVDA_RADAR_MAX_AXES];
  double label_size;
  double side_width;
  gboolean label_names;
  double label_gap;

  PangoLayout *rings[INOVDA_RADAR_N_RINGS];
  PangoLayout *empty_note; /* when no series has a value above zero */

  guint n_legend;
  PangoLayout *legend[INOVDA_CHART_MAX_SERIES];
  double legend_x[INOVDA_CHART_MAX_SERIES]; /* where the swatch starts */
  double legend_y[INOVDA_CHART_MAX_SERIES]; /* the row's vertical centre */
  double swatch_width;
} InovdaRadarLayout;

void _inovda_radar_layout_compute (InovdaRadarLayout *layout,
                                   cairo_t *cr,
                                   double width,
                                   double height,
                                   const InovdaRadarChart *chart,
                                   const InovdaChartStyle *style);
void _inovda_radar_layout_clear (InovdaRadarLayout *layout);
InovdaRadarBox _inovda_radar_box_measure (PangoLayout *layout);

G_END_DECLS
