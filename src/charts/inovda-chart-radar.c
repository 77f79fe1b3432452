/* inovda-chart-radar.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include <math.h>

#include "inovda-chart-radar-private.h"

/* Draws the radar from its layout (inovda-chart-radar-layout.c), and tells
 * a widget what lies under the pointer. */

static void
path_ring (cairo_t *cr,
           const InovdaRadarGeometry *g,
           double fraction)
{
  for (guint k = 0; k < g->n_axes; k++)
    {
      double x, y;

      inovda_radar_geometry_point (g, k, fraction, &x, &y);
      if (k == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);
}

static void
paint_grid (cairo_t *cr,
            const InovdaRadarLayout *l,
            const InovdaChartStyle *style)
{
  const InovdaRadarGeometry *g = &l->geometry;
  double thin = MAX (1.0, g->font_size / 16);

  /* One stroke for every ring and axis: each stroke costs in proportion to
   * the area it spans, and the 4×4 antialiasing grid is plenty for lines. */
  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  cairo_set_line_width (cr, thin);
  for (guint r = 1; r <= INOVDA_RADAR_N_RINGS; r++)
    path_ring (cr, g, (double) r / INOVDA_RADAR_N_RINGS);
  for (guint k = 0; k < g->n_axes; k++)
    {
      double x, y;

      if ((int) k == style->highlight_axis)
        continue;
      inovda_radar_geometry_point (g, k, 1.0, &x, &y);
      cairo_move_to (cr, g->centre_x, g->centre_y);
      cairo_line_to (cr, x, y);
    }
  inovda_chart_set_color (cr, &style->foreground, style->dark ? 0.2 : 0.16);
  cairo_stroke (cr);

  if (style->highlight_axis >= 0 && (guint) style->highlight_axis < g->n_axes)
    {
      double x, y;

      inovda_radar_geometry_point (g, style->highlight_axis, 1.0, &x, &y);
      cairo_move_to (cr, g->centre_x, g->centre_y);
      cairo_line_to (cr, x, y);
      cairo_set_line_width (cr, thin * 2);
      inovda_chart_set_color (cr, &style->foreground, 0.6);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* The grid depends only on the layout and the style, and it is the most
 * expensive part to rasterise. A window redraws the same grid on every
 * hover and a batch export draws it for every unit, so the raster of the
 * last grid is kept and reused for image targets drawn at scale 1 on whole
 * pixels; vector targets (PDF, SVG) always get the paths. */
typedef struct
{
  double width;
  double height;
  double font_size;
  double centre_x;
  double centre_y;
  double radius;
  guint n_axes;
  double angle[INOVDA_RADAR_MAX_AXES];
  InovdaChartColor foreground;
  gboolean dark;
  int highlight_axis;
} GridKey;

static GMutex grid_mutex;
static GridKey grid_key;
static cairo_surface_t *grid_surface;

static void
grid_key_init (GridKey *key,
               const InovdaRadarLayout *l,
               const InovdaChartStyle *style)
{
  const InovdaRadarGeometry *g = &l->geometry;

  memset (key, 0, sizeof *key);
  key->width = g->width;
  key->height = g->height;
  key->font_size = g->font_size;
  key->centre_x = g->centre_x;
  key->centre_y = g->centre_y;
  key->radius = g->radius;
  key->n_axes = g->n_axes;
  memcpy (key->angle, g->angle, sizeof (double) * MIN (g->n_axes, INOVDA_RADAR_MAX_AXES));
  key->foreground = style->foreground;
  key->dark = style->dark;
  key->highlight_axis = style->highlight_axis;
}

static gboolean
can_use_raster (cairo_t *cr)
{
  cairo_matrix_t matrix;

  if (cairo_surface_get_type (cairo_get_target (cr)) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;
  cairo_get_matrix (cr, &matrix);
  return matrix.xx == 1 && matrix.yy == 1 && matrix.xy == 0 && matrix.yx == 0 &&
         matrix.x0 == floor (matrix.x0) && matrix.y0 == floor (matrix.y0);
}

static void
draw_grid (cairo_t *cr,
           const InovdaRadarLayout *l,
           const InovdaChartStyle *style)
{
  GridKey key;
  int width = (int) ceil (l->geometry.width);
  int height = (int) ceil (l->geometry.height);

  if (!can_use_raster (cr) || width <= 0 || height <= 0 || width > 8192 || height > 8192)
    {
      paint_grid (cr, l, style);
      return;
    }

  grid_key_init (&key, l, style);
  g_mutex_lock (&grid_mutex);
  if (grid_surface == NULL || memcmp (&key, &grid_key, sizeof key) != 0)
    {
      cairo_t *grid_cr;

      g_clear_pointer (&grid_surface, cairo_surface_destroy);
      grid_surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      grid_cr = cairo_create (grid_surface);
      paint_grid (grid_cr, l, style);
      cairo_destroy (grid_cr);
      grid_key = key;
    }
  cairo_save (cr);
  cairo_set_source_surface (cr, grid_surface, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
  g_mutex_unlock (&grid_mutex);
}

static void
path_series (cairo_t *cr,
             const InovdaRadarGeometry *g,
             const InovdaRadarChart *chart,
             guint series)
{
  for (guint k = 0; k < g->n_axes; k++)
    {
      double x, y;

      inovda_radar_geometry_point (g, k, inovda_radar_chart_get_fraction (chart, series, k), &x, &y);
      if (k == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_close_path (cr);
}

static void
path_markers (cairo_t *cr,
              guint series,
              const double *points,
              const double *sizes,
              guint n_points,
              double grow)
{
  InovdaChartMarker marker = inovda_chart_series_marker (series);

  for (guint i = 0; i < n_points; i++)
    inovda_chart_path_marker (cr, marker, points[2 * i], points[2 * i + 1], sizes[i] + grow * MAX (0.5, sizes[i] * 0.15));
}

/* Where the markers of series @series go, and how large they are. */
static guint
marker_points (const InovdaRadarGeometry *g,
               const InovdaRadarChart *chart,
               const InovdaChartStyle *style,
               guint series,
               double *points,
               double *sizes)
{
  guint n_points = 0;

  for (guint k = 0; k < g->n_axes; k++)
    {
      if (!inovda_share_applies (inovda_radar_chart_get_value (chart, series, k)))
        continue;
      inovda_radar_geometry_point (g, k, inovda_radar_chart_get_fraction (chart, series, k),
                                   &points[2 * n_points], &points[2 * n_points + 1]);
      sizes[n_points++] = g->marker_size * ((int) k == style->highlight_axis ? 1.5 : 1.0);
    }
  return n_points;
}

static void
draw_series (cairo_t *cr,
             const InovdaRadarLayout *l,
             const InovdaRadarChart *chart,
             const InovdaChartStyle *style)
{
  const InovdaRadarGeometry *g = &l->geometry;
  guint n_series = inovda_radar_chart_get_n_series (chart);
  double points[INOVDA_CHART_MAX_SERIES][2 * INOVDA_RADAR_MAX_AXES];
  double sizes[INOVDA_CHART_MAX_SERIES][INOVDA_RADAR_MAX_AXES];
  guint n_points[INOVDA_CHART_MAX_SERIES];

  if (g->n_axes == 0)
    return;

  /* Every drawing operation here costs in proportion to the area it spans,
   * the whole radar, so they are few: fills, outlines, one rim of the
   * background under all markers (markers on top of each other stay
   * apart), and the markers. The first series is drawn last, on top. */
  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  for (guint s = n_series; s > 0; s--)
    {
      path_series (cr, g, chart, s - 1);
      inovda_chart_set_color (cr, inovda_chart_style_series_color (style, s - 1), style->dark ? 0.2 : 0.14);
      /* The outline covers the edge: no antialiasing needed. */
      cairo_fill (cr);
    }

  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  for (guint s = n_series; s > 0; s--)
    {
      path_series (cr, g, chart, s - 1);
      inovda_chart_set_series_dash (cr, s - 1, l->line_width);
      /* The markers hide the joins; bevels are the cheapest. */
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
      inovda_chart_set_color (cr, inovda_chart_style_series_color (style, s - 1), 1.0);
      cairo_stroke (cr);
    }

  for (guint s = 0; s < n_series; s++)
    {
      n_points[s] = marker_points (g, chart, style, s, points[s], sizes[s]);
      path_markers (cr, s, points[s], sizes[s], n_points[s], 1);
    }
  inovda_chart_set_color (cr, &style->background, 1.0);
  cairo_fill (cr);
  for (guint s = n_series; s > 0; s--)
    {
      path_markers (cr, s - 1, points[s - 1], sizes[s - 1], n_points[s - 1], -1);
      inovda_chart_set_color (cr, inovda_chart_style_series_color (style, s - 1), 1.0);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

static void
show_layout_at (cairo_t *cr,
                PangoLayout *layout,
                double x,
                double y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* Ring percentages sit on the bisector of the first two axes, at the middle
 * of each ring's edge, on a pill of the background so lines under them do
 * not make them hard to read. */
static void
draw_ring_labels (cairo_t *cr,
                  const InovdaRadarLayout *l,
                  const InovdaChartStyle *style)
{
  const InovdaRadarGeometry *g = &l->geometry;
  double half_step = g->n_axes > 1 ? G_PI / g->n_axes : G_PI / 4;
  double angle = -G_PI / 2 + half_step;
  double pad = g->font_size * 0.2;
  InovdaRadarBox boxes[INOVDA_RADAR_N_RINGS];
  double xs[INOVDA_RADAR_N_RINGS];
  double ys[INOVDA_RADAR_N_RINGS];

  for (guint r = 0; r < INOVDA_RADAR_N_RINGS; r++)
    {
      double distance = g->radius * (r + 1) / INOVDA_RADAR_N_RINGS * cos (half_step);
      double radius;

      boxes[r] = _inovda_radar_box_measure (l->rings[r]);
      xs[r] = g->centre_x + distance * cos (angle) - boxes[r].width / 2;
      ys[r] = g->centre_y + distance * sin (angle) - boxes[r].height / 2;
      radius = boxes[r].height / 2;
      cairo_new_sub_path (cr);
      cairo_arc (cr, xs[r] + radius - pad, ys[r] + radius, radius, G_PI / 2, 3 * G_PI / 2);
      cairo_arc (cr, xs[r] + boxes[r].width - radius + pad, ys[r] + radius, radius, -G_PI / 2, G_PI / 2);
      cairo_close_path (cr);
    }
  inovda_chart_set_color (cr, &style->background, 0.8);
  cairo_fill (cr);

  inovda_chart_set_color (cr, &style->foreground, 0.7);
  for (guint r = 0; r < INOVDA_RADAR_N_RINGS; r++)
    show_layout_at (cr, l->rings[r], xs[r] - boxes[r].x, ys[r] - boxes[r].y);
}

/* In the middle, on a pill of the background over the grid. */
static void
draw_empty_note (cairo_t *cr,
                 const InovdaRadarLayout *l,
                 const InovdaChartStyle *style)
{
  const InovdaRadarGeometry *g = &l->geometry;
  InovdaRadarBox box = _inovda_radar_box_measure (l->empty_note);
  double pad = g->font_size * 0.6;
  double radius = box.height / 2 + pad / 2;
  double x = g->centre_x - box.width / 2;
  double y = g->centre_y - box.height / 2;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x, g->centre_y, radius, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, x + box.width, g->centre_y, radius, -G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
  inovda_chart_set_color (cr, &style->background, 0.9);
  cairo_fill (cr);
  inovda_chart_set_color (cr, &style->foreground, 0.7);
  show_layout_at (cr, l->empty_note, x - box.x, y - box.y);
}

static void
draw_labels (cairo_t *cr,
             const InovdaRadarLayout *l,
             const InovdaChartStyle *style)
{
  const InovdaRadarGeometry *g = &l->geometry;

  for (guint k = 0; k < g->n_axes; k++)
    {
      gboolean highlighted = (int) k == style->highlight_axis;

      inovda_chart_set_color (cr, &style->foreground, highlighted ? 1.0 : 0.85);
      show_layout_at (cr, l->labels[k], g->label[k].x - l->label_box[k].x, g->label[k].y - l->label_box[k].y);
    }
}

static void
draw_legend (cairo_t *cr,
             const InovdaRadarLayout *l,
             const InovdaChartStyle *style)
{
  const InovdaRadarGeometry *g = &l->geometry;

  for (guint s = 0; s < l->n_legend; s++)
    {
      InovdaRadarBox box = _inovda_radar_box_measure (l->legend[s]);
      double x = l->legend_x[s];
      double y = l->legend_y[s];
      double point[2] = { x + l->swatch_width / 2, y };
      double size = g->marker_size;

      cairo_save (cr);
      cairo_move_to (cr, x + l->line_width, y);
      cairo_line_to (cr, x + l->swatch_width - l->line_width, y);
      inovda_chart_set_series_dash (cr, s, l->line_width);
      inovda_chart_set_color (cr, inovda_chart_style_series_color (style, s), 1.0);
      cairo_stroke (cr);
      path_markers (cr, s, point, &size, 1, 1);
      inovda_chart_set_color (cr, &style->background, 1.0);
      cairo_fill (cr);
      path_markers (cr, s, point, &size, 1, -1);
      inovda_chart_set_color (cr, inovda_chart_style_series_color (style, s), 1.0);
      cairo_fill (cr);
      cairo_restore (cr);

      inovda_chart_set_color (cr, &style->foreground, 1.0);
      show_layout_at (cr, l->legend[s], x + l->swatch_width + g->font_size * 0.45 - box.x, y - box.height / 2 - box.y);
    }
}

/**
 * inovda_chart_render_radar:
 * @cr: any Cairo context: an image, SVG or PDF surface, or a widget's snapshot
 * @width: the chart's width in user units
 * @height: the chart's height in user units
 * @chart: what to draw
 * @style: colours and text size
 *
 * Draws @chart into the box (0, 0, @width, @height) of @cr's user space.
 */
void
inovda_chart_render_radar (cairo_t *cr,
                           double width,
                           double height,
                           const InovdaRadarChart *chart,
                           const InovdaChartStyle *style)
{
  InovdaRadarLayout l;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (chart != NULL);
  g_return_if_fail (style != NULL);

  if (width <= 0 || height <= 0)
    return;

  cairo_save (cr);
  _inovda_radar_layout_compute (&l, cr, width, height, chart, style);

  if (style->fill_background)
    {
      cairo_rectangle (cr, 0, 0, width, height);
      inovda_chart_set_color (cr, &style->background, 1.0);
      cairo_fill (cr);
    }

  if (l.title != NULL)
    {
      inovda_chart_set_color (cr, &style->foreground, 1.0);
      show_layout_at (cr, l.title, l.pad, l.title_y);
    }
  if (l.subtitle != NULL)
    {
      inovda_chart_set_color (cr, &style->foreground, 0.7);
      show_layout_at (cr, l.subtitle, l.pad, l.subtitle_y);
    }

  if (l.geometry.n_axes > 0)
    {
      draw_grid (cr, &l, style);
      if (l.empty_note == NULL)
        {
          draw_series (cr, &l, chart, style);
          draw_ring_labels (cr, &l, style);
        }
      else
        draw_empty_note (cr, &l, style);
      draw_labels (cr, &l, style);
    }
  draw_legend (cr, &l, style);

  _inovda_radar_layout_clear (&l);
  cairo_restore (cr);
}

/**
 * inovda_chart_radar_measure:
 * @geometry: (out caller-allocates): where the chart puts its centre, rings
 *   and labels
 *
 * Lays the chart out as inovda_chart_render_radar() does, without drawing:
 * a widget keeps the result for hit-testing between frames.
 */
void
inovda_chart_radar_measure (double width,
                            double height,
                            const InovdaRadarChart *chart,
                            const InovdaChartStyle *style,
                            InovdaRadarGeometry *geometry)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  InovdaRadarLayout l;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (geometry != NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  _inovda_radar_layout_compute (&l, cr, MAX (width, 1), MAX (height, 1), chart, style);
  *geometry = l.geometry;
  _inovda_radar_layout_clear (&l);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/**
 * inovda_radar_geometry_point:
 * @axis: the axis
 * @fraction: the share of the axis maximum, 0..1
 * @x: (out): where the chart draws that value
 * @y: (out):
 */
void
inovda_radar_geometry_point (const InovdaRadarGeometry *geometry,
                             guint axis,
                             double fraction,
                             double *x,
                             double *y)
{
  g_return_if_fail (geometry != NULL);
  g_return_if_fail (axis < geometry->n_axes);

  *x = geometry->centre_x + geometry->radius * fraction * cos (geometry->angle[axis]);
  *y = geometry->centre_y + geometry->radius * fraction * sin (geometry->angle[axis]);
}

static gboolean
rect_contains (const InovdaChartRect *rect,
               double x,
               double y)
{
  return x >= rect->x && x <= rect->x + rect->width && y >= rect->y && y <= rect->y + rect->height;
}

/**
 * inovda_radar_geometry_hit_test:
 * @geometry: from inovda_chart_radar_measure() for the size shown
 * @chart: the chart that was measured
 * @x: a point in the chart's user space, such as the pointer
 * @y:
 * @hit: (out caller-allocates): the axis and the series under the point
 *
 * Finds what the pointer is over: the nearest series vertex within reach
 * (the first series wins a tie, as it is drawn on top), else the axis whose
 * label is under the point, else the axis nearest in angle when the point
 * is inside the chart.
 *
 * Returns: %TRUE if the point is over an axis or a vertex
 */
gboolean
inovda_radar_geometry_hit_test (const InovdaRadarGeometry *geometry,
                                const InovdaRadarChart *chart,
                                double x,
                                double y,
                                InovdaRadarHit *hit)
{
  double reach;
  double best = G_MAXDOUBLE;
  double dx, dy, angle, step;
  guint n_series;

  g_return_val_if_fail (geometry != NULL, FALSE);
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  hit->axis = -1;
  hit->series = -1;
  if (geometry->n_axes == 0 || geometry->n_axes != inovda_radar_chart_get_n_axes (chart))
    return FALSE;

  reach = MAX (geometry->marker_size * 2.5, 8.0);
  n_series = inovda_radar_chart_get_n_series (chart);
  for (guint s = 0; s < n_series; s++)
    for (guint k = 0; k < geometry->n_axes; k++)
      {
        double vx, vy, d;

        if (!inovda_share_applies (inovda_radar_chart_get_value (chart, s, k)))
          continue;
        inovda_radar_geometry_point (geometry, k, inovda_radar_chart_get_fraction (chart, s, k), &vx, &vy);
        d = hypot (vx - x, vy - y);
        if (d <= reach && d < best - 0.01)
          {
            best = d;
            hit->axis = (int) k;
            hit->series = (int) s;
          }
      }
  if (hit->axis >= 0)
    return TRUE;

  for (guint k = 0; k < geometry->n_axes; k++)
    if (rect_contains (&geometry->label[k], x, y))
      {
        hit->axis = (int) k;
        return TRUE;
      }

  dx = x - geometry->centre_x;
  dy = y - geometry->centre_y;
  if (hypot (dx, dy) > geometry->radius + geometry->marker_size || hypot (dx, dy) < 1.0)
    return FALSE;

  step = 2 * G_PI / geometry->n_axes;
  angle = atan2 (dy, dx) + G_PI / 2;
  hit->axis = ((int) floor (angle / step + 0.5) % (int) geometry->n_axes + (int) geometry->n_axes) % (int) geometry->n_axes;
  return TRUE;
}
