/* inovda-chart-export.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "charts/inovda-chart-data.h"
#include "charts/inovda-chart-style.h"

G_BEGIN_DECLS

/* Charts written to files. Sizes are in pixels: a PNG has width × scale by
 * height × scale pixels (scale 2 for HiDPI), an SVG says width="…px", and a
 * PDF page is the same size at 96 pixels per inch, so all three look alike.
 * Files are replaced all at once (see inovda-chart-output.h); errors are
 * G_IO_ERROR. */

typedef enum
{
  INOVDA_CHART_FORMAT_PNG,
  INOVDA_CHART_FORMAT_SVG,
  INOVDA_CHART_FORMAT_PDF,
} InovdaChartFormat;

/* Draws a chart into (0, 0, width, height) of @cr's user space. */
typedef void (*InovdaChartDrawFunc) (cairo_t *cr,
                                     double width,
                                     double height,
                                     gpointer user_data);

gboolean inovda_chart_format_from_path (const char *path,
                                        InovdaChartFormat *format);
gboolean inovda_chart_export (InovdaChartDrawFunc draw,
                              gpointer user_data,
                              const char *title,
                              InovdaChartFormat format,
                              double width,
                              double height,
                              double scale,
                              const char *path,
                              GError **error);
gboolean inovda_chart_export_radar (const InovdaRadarChart *chart,
                                    const InovdaChartStyle *style,
                                    InovdaChartFormat format,
                                    double width,
                                    double height,
                                    double scale,
                                    const char *path,
                                    GError **error);

G_END_DECLS
