/* inovda-chart-export.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-chart"

#include "config.h"

#include <cairo-pdf.h>
#include <math.h>
#include <cairo-svg.h>

#include "inovda-chart-export.h"
#include "inovda-chart-output.h"
#include "inovda-chart-png.h"
#include "inovda-chart-radar.h"

/* PDF pages are measured in points: 72 per inch against 96 pixels. */
#define POINTS_PER_PIXEL (72.0 / 96.0)

typedef struct
{
  const InovdaRadarChart *chart;
  const InovdaChartStyle *style;
} RadarJob;

/* Returns: whether @path ends in .png, .svg or .pdf (any case) */
gboolean
inovda_chart_format_from_path (const char *path,
                               InovdaChartFormat *format)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    *format = INOVDA_CHART_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = INOVDA_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = INOVDA_CHART_FORMAT_PDF;
  else
    return FALSE;
  return TRUE;
}

static cairo_surface_t *
create_surface (InovdaChartOutput *output,
                InovdaChartFormat format,
                double width,
                double height,
                double scale)
{
  cairo_surface_t *surface = NULL;

  switch (format)
    {
    case INOVDA_CHART_FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale), (int) ceil (height * scale));
      break;
    case INOVDA_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (inovda_chart_output_write, output, width, height);
      cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_2);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case INOVDA_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (inovda_chart_output_write, output,
                                                     width * POINTS_PER_PIXEL, height * POINTS_PER_PIXEL);
      break;
    default:
      g_assert_not_reached ();
    }
  return surface;
}

/**
 * inovda_chart_export:
 * @draw: draws the chart
 * @user_data: for @draw
 * @title: (nullable): the PDF document title
 * @format: the file format
 * @width: the chart's width in pixels
 * @height: the chart's height in pixels
 * @scale: PNG pixels per chart pixel (1 or 2); ignored for SVG and PDF
 * @path: the file to write or replace
 *
 * Returns: %TRUE on success
 */
gboolean
inovda_chart_export (InovdaChartDrawFunc draw,
                     gpointer user_data,
                     const char *title,
                     InovdaChartFormat format,
                     double width,
                     double height,
                     double scale,
                     const char *path,
                     GError **error)
{
  g_autoptr (InovdaChartOutput) output = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (draw != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0 && scale > 0, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  output = inovda_chart_output_open (path, error);
  if (output == NULL)
    return FALSE;

  surface = create_surface (output, format, width, height, scale);
  if (format == INOVDA_CHART_FORMAT_PDF)
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Inovda");
      if (title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
    }

  cr = cairo_create (surface);
  if (format == INOVDA_CHART_FORMAT_PNG)
    cairo_scale (cr, scale, scale);
  else if (format == INOVDA_CHART_FORMAT_PDF)
    cairo_scale (cr, POINTS_PER_PIXEL, POINTS_PER_PIXEL);
  draw (cr, width, height, user_data);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == INOVDA_CHART_FORMAT_PNG)
    status = inovda_chart_write_png (surface, inovda_chart_output_write, output);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return inovda_chart_output_commit (output, status, error);
}

static void
draw_radar (cairo_t *cr,
            double width,
            double height,
            gpointer user_data)
{
  RadarJob *job = user_data;

  inovda_chart_render_radar (cr, width, height, job->chart, job->style);
}

/* Writes @chart with inovda_chart_export(). */
gboolean
inovda_chart_export_radar (const InovdaRadarChart *chart,
                           const InovdaChartStyle *style,
                           InovdaChartFormat format,
                           double width,
                           double height,
                           double scale,
                           const char *path,
                           GError **error)
{
  RadarJob job = { chart, style };

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);

  return inovda_chart_export (draw_radar, &job, inovda_radar_chart_get_title (chart),
                              format, width, height, scale, path, error);
}
