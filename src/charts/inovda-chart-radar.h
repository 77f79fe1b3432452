/* inovda-chart-radar.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "charts/inovda-chart-data.h"
#include "charts/inovda-chart-style.h"

G_BEGIN_DECLS

/* The radar chart, drawn with Cairo and PangoCairo on any cairo_t: the
 * widget's snapshot, PNG/SVG/PDF exports, the report and the slides share
 * this one code path.
 *
 * The chart fills the box (0, 0, width, height) of the current user space:
 * title and subtitle at the top, the legend of the series at the bottom, the
 * radar in between. Axis k points at angle −90° + k × 360° / n (the first
 * axis straight up, then clockwise); grid rings at 20, 40, 60, 80 and 100 %
 * of each axis maximum. Axis labels show the number and the name, wrapped
 * and, where room is short, shortened or reduced to the number: the full
 * name is inovda_radar_chart_get_axis_name() for tooltips. Nothing is drawn
 * outside the box. */

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} InovdaChartRect;

typedef struct
{
  double width;
  double height;
  double font_size; /* the base text size used */
  double centre_x;
  double centre_y;
  double radius; /* the 100 % ring */
  double marker_size;
  guint n_axes;
  double angle[INOVDA_RADAR_MAX_AXES];          /* radians, cairo's orientation */
  InovdaChartRect label[INOVDA_RADAR_MAX_AXES]; /* each axis label's box */
  gboolean names_shown;                         /* FALSE when labels show only numbers */
} InovdaRadarGeometry;

typedef struct
{
  int axis;   /* the axis under the point */
  int series; /* the series whose vertex is under the point, or -1 */
} InovdaRadarHit;

void inovda_chart_render_radar (cairo_t *cr,
                                double width,
                                double height,
                                const InovdaRadarChart *chart,
                                const InovdaChartStyle *style);
void inovda_chart_radar_measure (double width,
                                 double height,
                                 const InovdaRadarChart *chart,
                                 const InovdaChartStyle *style,
                                 InovdaRadarGeometry *geometry);
void inovda_radar_geometry_point (const InovdaRadarGeometry *geometry,
                                  guint axis,
                                  double fraction,
                                  double *x,
                                  double *y);
gboolean inovda_radar_geometry_hit_test (const InovdaRadarGeometry *geometry,
                                         const InovdaRadarChart *chart,
                                         double x,
                                         double y,
                                         InovdaRadarHit *hit);

G_END_DECLS
