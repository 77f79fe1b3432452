/* inovda-chart-style.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* How a chart looks: theme colours, text size, and the series palette.
 *
 * Series colours are the Okabe–Ito palette, which stays distinct for the
 * common colour-vision deficiencies: on light backgrounds its darker half
 * (blue, vermillion, bluish green, reddish purple), on dark backgrounds its
 * lighter half (sky blue, orange, bluish green, reddish purple); every
 * colour keeps at least 3:1 contrast against the background. Series also
 * differ in dash pattern and marker shape, so they stay apart in greyscale
 * print. */

#define INOVDA_CHART_FONT_FAMILY "Cantarell, DejaVu Sans"
#define INOVDA_CHART_MAX_SERIES 4

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} InovdaChartColor;

typedef enum
{
  INOVDA_CHART_MARKER_CIRCLE,
  INOVDA_CHART_MARKER_SQUARE,
  INOVDA_CHART_MARKER_TRIANGLE,
  INOVDA_CHART_MARKER_DIAMOND,
} InovdaChartMarker;

typedef struct
{
  InovdaChartColor foreground; /* text and lines; the theme's fg colour */
  InovdaChartColor background; /* the theme's view background */
  gboolean dark;               /* chooses the palette half */
  gboolean fill_background;    /* paint the background first (exports); a widget leaves it to the theme */
  double font_size;            /* base text size in user units; 0 = from the chart's size */
  int highlight_axis;          /* the axis under the pointer, or -1 */
} InovdaChartStyle;

void inovda_chart_style_init (InovdaChartStyle *style,
                              gboolean dark);
const InovdaChartColor *inovda_chart_style_series_color (const InovdaChartStyle *style,
                                                         guint series);
InovdaChartMarker inovda_chart_series_marker (guint series);

/* Drawing helpers shared by the chart and report renderers. */
void inovda_chart_set_color (cairo_t *cr,
                             const InovdaChartColor *color,
                             double alpha);
void inovda_chart_set_series_dash (cairo_t *cr,
                                   guint series,
                                   double line_width);
void inovda_chart_path_marker (cairo_t *cr,
                               InovdaChartMarker marker,
                               double x,
                               double y,
                               double size);
PangoContext *inovda_chart_create_pango_context (cairo_t *cr);
PangoLayout *inovda_chart_create_layout (PangoContext *context,
                                         double size,
                                         PangoWeight weight);

G_END_DECLS
