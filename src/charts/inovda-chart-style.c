/* inovda-chart-style.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-chart"

#include "config.h"

#include "inovda-chart-style.h"

#define RGB(hex)                                                                          \
  {                                                                                       \
    ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) &0xff) / 255.0, 1.0 \
  }

/* Okabe–Ito: blue, vermillion, bluish green, reddish purple on light;
 * sky blue, orange, bluish green, reddish purple on dark. */
static const InovdaChartColor light_palette[INOVDA_CHART_MAX_SERIES] = {
  RGB (0x0072b2),
  RGB (0xd55e00),
  RGB (0x009e73),
  RGB (0xcc79a7),
};
static const InovdaChartColor dark_palette[INOVDA_CHART_MAX_SERIES] = {
  RGB (0x56b4e9),
  RGB (0xe69f00),
  RGB (0x009e73),
  RGB (0xcc79a7),
};

/**
 * inovda_chart_style_init:
 * @style: (out caller-allocates): the style to fill
 * @dark: whether the background is dark
 *
 * Fills @style with libadwaita's default view colours, for exports and
 * reports. A widget overwrites the colours with the theme's.
 */
void
inovda_chart_style_init (InovdaChartStyle *style,
                         gboolean dark)
{
  g_return_if_fail (style != NULL);

  if (dark)
    {
      style->foreground = (InovdaChartColor){ 1.0, 1.0, 1.0, 1.0 };
      style->background = (InovdaChartColor){ 0x1e / 255.0, 0x1e / 255.0, 0x1e / 255.0, 1.0 };
    }
  else
    {
      style->foreground = (InovdaChartColor){ 0.0, 0.0, 0.0, 0.8 };
      style->background = (InovdaChartColor){ 1.0, 1.0, 1.0, 1.0 };
    }
  style->dark = dark;
  style->fill_background = TRUE;
  style->font_size = 0.0;
  style->highlight_axis = -1;
}

const InovdaChartColor *
inovda_chart_style_series_color (const InovdaChartStyle *style,
                                 guint series)
{
  g_return_val_if_fail (style != NULL, NULL);
  return style->dark ? &dark_palette[series % INOVDA_CHART_MAX_SERIES] : &light_palette[series % INOVDA_CHART_MAX_SERIES];
}

InovdaChartMarker
inovda_chart_series_marker (guint series)
{
  static const InovdaChartMarker markers[INOVDA_CHART_MAX_SERIES] = {
    INOVDA_CHART_MARKER_CIRCLE,
    INOVDA_CHART_MARKER_SQUARE,
    INOVDA_CHART_MARKER_TRIANGLE,
    INOVDA_CHART_MARKER_DIAMOND,
  };

  return markers[series % INOVDA_CHART_MAX_SERIES];
}

void
inovda_chart_set_color (cairo_t *cr,
                        const InovdaChartColor *color,
                        double alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* Solid, dashed, dotted, dash-dot: tells series apart without colour. */
void
inovda_chart_set_series_dash (cairo_t *cr,
                              guint series,
                              double line_width)
{
  const double w = line_width;
  const double dashed[] = { 4.0 * w, 2.0 * w };
  const double dotted[] = { 1.1 * w, 1.6 * w };
  const double dash_dot[] = { 4.0 * w, 1.6 * w, 1.1 * w, 1.6 * w };

  /* Butt caps: round caps on every dash cost more than the rest of the
   * chart together. */
  cairo_set_line_width (cr, line_width);
  cairo_set_line_cap (cr, series % INOVDA_CHART_MAX_SERIES == 0 ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  switch (series % INOVDA_CHART_MAX_SERIES)
    {
    case 0:
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    case 1:
      cairo_set_dash (cr, dashed, G_N_ELEMENTS (dashed), 0);
      break;
    case 2:
      cairo_set_dash (cr, dotted, G_N_ELEMENTS (dotted), 0);
      break;
    case 3:
      cairo_set_dash (cr, dash_dot, G_N_ELEMENTS (dash_dot), 0);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Adds a marker of about @size radius centred on (@x, @y) to the path; the
 * shapes are scaled to look equally heavy. */
void
inovda_chart_path_marker (cairo_t *cr,
                          InovdaChartMarker marker,
                          double x,
                          double y,
                          double size)
{
  double r;

  switch (marker)
    {
    case INOVDA_CHART_MARKER_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, size, 0, 2 * G_PI);
      break;
    case INOVDA_CHART_MARKER_SQUARE:
      r = size * 0.88;
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;
    case INOVDA_CHART_MARKER_TRIANGLE:
      r = size * 1.3;
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r * 0.866, y + r * 0.5);
      cairo_line_to (cr, x - r * 0.866, y + r * 0.5);
      cairo_close_path (cr);
      break;
    case INOVDA_CHART_MARKER_DIAMOND:
      r = size * 1.25;
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      break;
    default:
      g_assert_not_reached ();
    }
}

/**
 * inovda_chart_create_pango_context:
 * @cr: the target
 *
 * A Pango context for @cr with unhinted metrics, so that text measures the
 * same on image, SVG and PDF surfaces and the layout does not change with the
 * output.
 *
 * Returns: (transfer full): a new context
 */
PangoContext *
inovda_chart_create_pango_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  return context;
}

/**
 * inovda_chart_create_layout:
 * @context: from inovda_chart_create_pango_context()
 * @size: the font size in user units (pixels on screen, points in PDF)
 * @weight: the font weight
 *
 * Returns: (transfer full): a layout in the chart font
 */
PangoLayout *
inovda_chart_create_layout (PangoContext *context,
                            double size,
                            PangoWeight weight)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (INOVDA_CHART_FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  return layout;
}
