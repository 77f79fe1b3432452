/* inovda-chart-radar.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "inovda-chart-radar.h"

#define N_RINGS 5
#define MIN_NAME_SIZE 8.0 /* user units: pixels on screen, points on paper */

typedef enum
{
  LABELS_WIDE,   /* number and name, wrapped wide */
  LABELS_NARROW, /* number and name, wrapped narrow and shortened */
  LABELS_SHORT,  /* the number alone; names (variables) very narrow */
  N_LABEL_MODES,
} LabelMode;

typedef struct
{
  double x; /* the union of ink and logical extents, relative to the layout origin */
  double y;
  double width;
  double height;
} Box;

/* Everything the drawing needs, computed once by compute_layout(). */
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
  Box label_box[INOVDA_RADAR_MAX_AXES];
  double label_width[INOVDA_RADAR_MAX_AXES];
  int label_lines[INOVDA_RADAR_MAX_AXES];
  double label_size;
  double side_width;
  gboolean label_names;
  double label_gap;

  PangoLayout *rings[N_RINGS];

  guint n_legend;
  PangoLayout *legend[INOVDA_CHART_MAX_SERIES];
  double legend_x[INOVDA_CHART_MAX_SERIES]; /* where the swatch starts */
  double legend_y[INOVDA_CHART_MAX_SERIES]; /* the row's vertical centre */
  double swatch_width;
} Layout;

static void
layout_clear (Layout *l)
{
  g_clear_object (&l->title);
  g_clear_object (&l->subtitle);
  for (guint k = 0; k < INOVDA_RADAR_MAX_AXES; k++)
    g_clear_object (&l->labels[k]);
  for (guint r = 0; r < N_RINGS; r++)
    g_clear_object (&l->rings[r]);
  for (guint s = 0; s < INOVDA_CHART_MAX_SERIES; s++)
    g_clear_object (&l->legend[s]);
  g_clear_object (&l->context);
}

static Box
measure (PangoLayout *layout)
{
  PangoRectangle ink;
  PangoRectangle logical;
  double x0, y0, x1, y1;

  pango_layout_get_extents (layout, &ink, &logical);
  x0 = MIN (ink.x, logical.x);
  y0 = MIN (ink.y, logical.y);
  x1 = MAX (ink.x + ink.width, logical.x + logical.width);
  y1 = MAX (ink.y + ink.height, logical.y + logical.height);
  return (Box){ x0 / PANGO_SCALE, y0 / PANGO_SCALE, (x1 - x0) / PANGO_SCALE, (y1 - y0) / PANGO_SCALE };
}

static PangoLayout *
text_layout (Layout *l,
             const char *text,
             double size,
             PangoWeight weight,
             double width,
             int max_lines)
{
  PangoLayout *layout = inovda_chart_create_layout (l->context, size, weight);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -max_lines);
  return layout;
}

/* Where a label box sits relative to its anchor, along one direction:
 * 0 = the box starts at the anchor, 1 = it ends there. Labels turn to one
 * side quickly as the axis leaves the vertical (or horizontal), so the
 * labels between them keep room. */
static double
anchor_offset (double component)
{
  return (1 - CLAMP (component * 3.2, -1.0, 1.0)) / 2;
}

static gboolean
axes_have_numbers (const InovdaRadarChart *chart)
{
  for (guint k = 0; k < inovda_radar_chart_get_n_axes (chart); k++)
    if (inovda_radar_chart_get_axis_number (chart, k) == NULL)
      return FALSE;
  return TRUE;
}

static void
set_label_text (PangoLayout *layout,
                const InovdaRadarChart *chart,
                guint axis,
                gboolean names)
{
  const char *number = inovda_radar_chart_get_axis_number (chart, axis);
  const char *name = inovda_radar_chart_get_axis_name (chart, axis);
  g_autofree char *markup = NULL;

  if (number == NULL)
    markup = g_markup_escape_text (name, -1);
  else if (!names)
    markup = g_markup_printf_escaped ("<b>%s</b>", number);
  else
    markup = g_markup_printf_escaped ("<b>%s</b> %s", number, name);
  pango_layout_set_markup (layout, markup, -1);
}

/* The largest radius for which every label box stays inside the plot
 * rectangle, or a negative number if some label cannot fit at all. */
static double
radius_for_labels (const Layout *l,
                   guint n_axes,
                   double limit)
{
  const InovdaChartRect *p = &l->plot;
  double cx = l->geometry.centre_x;
  double cy = l->geometry.centre_y;
  double g = l->label_gap;
  double r = limit;

  for (guint k = 0; k < n_axes; k++)
    {
      double c = cos (l->geometry.angle[k]);
      double s = sin (l->geometry.angle[k]);
      double w = l->label_box[k].width;
      double h = l->label_box[k].height;

      double ax = anchor_offset (c);
      double ay = anchor_offset (s);

      /* The box is x0 = cx + (R + g) c − ax w, and likewise in y; each edge
       * that moves outward with R bounds R. */
      if (c < -1e-6)
        r = MIN (r, (cx - p->x - ax * w) / -c - g);
      else if (c > 1e-6)
        r = MIN (r, (p->x + p->width - cx - (1 - ax) * w) / c - g);
      else if (w > p->width)
        return -1;

      if (s < -1e-6)
        r = MIN (r, (cy - p->y - ay * h) / -s - g);
      else if (s > 1e-6)
        r = MIN (r, (p->y + p->height - cy - (1 - ay) * h) / s - g);
      else if (h > p->height)
        return -1;
    }
  return r;
}

static void
place_labels (Layout *l,
              guint n_axes)
{
  InovdaRadarGeometry *g = &l->geometry;

  for (guint k = 0; k < n_axes; k++)
    {
      double c = cos (g->angle[k]);
      double s = sin (g->angle[k]);
      double px = g->centre_x + (g->radius + l->label_gap) * c;
      double py = g->centre_y + (g->radius + l->label_gap) * s;
      double w = l->label_box[k].width;
      double h = l->label_box[k].height;

      g->label[k] = (InovdaChartRect){ px - w * anchor_offset (c), py - h * anchor_offset (s), w, h };
    }
}

static gboolean
rects_overlap (const InovdaChartRect *a,
               const InovdaChartRect *b,
               double margin)
{
  return a->x < b->x + b->width + margin && b->x < a->x + a->width + margin &&
         a->y < b->y + b->height + margin && b->y < a->y + a->height + margin;
}

static gboolean
labels_overlap (const Layout *l,
                guint n_axes)
{
  double margin = l->geometry.font_size * 0.1;

  for (guint a = 0; a < n_axes; a++)
    for (guint b = a + 1; b < n_axes; b++)
      if (rects_overlap (&l->geometry.label[a], &l->geometry.label[b], margin))
        return TRUE;
  return FALSE;
}

static void
measure_label (Layout *l,
               const InovdaRadarChart *chart,
               guint k)
{
  double c = cos (l->geometry.angle[k]);
  PangoAlignment alignment = PANGO_ALIGN_CENTER;

  if (anchor_offset (c) < 0.25)
    alignment = PANGO_ALIGN_LEFT;
  else if (anchor_offset (c) > 0.75)
    alignment = PANGO_ALIGN_RIGHT;

  if (l->labels[k] == NULL)
    {
      l->labels[k] = inovda_chart_create_layout (l->context, l->label_size, PANGO_WEIGHT_NORMAL);
      set_label_text (l->labels[k], chart, k, l->label_names);
      pango_layout_set_wrap (l->labels[k], PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_width (l->labels[k], (int) (l->label_width[k] * PANGO_SCALE));
  pango_layout_set_alignment (l->labels[k], alignment);
  /* Ellipsizing to a number of lines is slow; most labels fit without. */
  pango_layout_set_ellipsize (l->labels[k], PANGO_ELLIPSIZE_NONE);
  pango_layout_set_height (l->labels[k], -1);
  if (pango_layout_get_line_count (l->labels[k]) > l->label_lines[k])
    {
      pango_layout_set_ellipsize (l->labels[k], PANGO_ELLIPSIZE_END);
      pango_layout_set_height (l->labels[k], -l->label_lines[k]);
    }
  l->label_box[k] = measure (l->labels[k]);
}

/* Makes the label layouts of @mode for a radius of @radius and measures
 * them. A label centred over its axis (at the top or the bottom) is as wide
 * as the room between its neighbours' anchors; a label at the sides gets as
 * many lines as fit between its neighbours. */
static void
make_labels (Layout *l,
             const InovdaRadarChart *chart,
             LabelMode mode,
             double radius)
{
  guint n = l->geometry.n_axes;
  double fs = l->geometry.font_size;
  double step = 2 * G_PI / MAX (n, 2);
  double reach = radius + l->label_gap;
  double line_height;

  for (guint k = 0; k < n; k++)
    g_clear_object (&l->labels[k]);
  l->label_names = mode != LABELS_SHORT || !axes_have_numbers (chart);
  l->label_size = fs * (mode == LABELS_WIDE ? 0.85 : 0.8);
  line_height = l->label_size * 1.25;
  switch (mode)
    {
    case LABELS_WIDE:
      l->side_width = CLAMP (l->plot.width * 0.21, 6 * fs, 13 * fs);
      break;
    case LABELS_NARROW:
      l->side_width = CLAMP (l->plot.width * 0.15, 4.5 * fs, 9 * fs);
      break;
    case LABELS_SHORT:
      l->side_width = CLAMP (l->plot.width * 0.12, 3.5 * fs, 6 * fs);
      break;
    case N_LABEL_MODES:
    default:
      g_assert_not_reached ();
    }

  for (guint k = 0; k < n; k++)
    {
      double c = cos (l->geometry.angle[k]);
      double s = sin (l->geometry.angle[k]);

      l->label_width[k] = l->side_width;
      l->label_lines[k] = 3;
      if (anchor_offset (c) > 0.05 && anchor_offset (c) < 0.95)
        l->label_width[k] = MIN (l->side_width, MAX (2 * reach * sin (step) * 0.78, 3 * fs));
      if (fabs (s) < 0.5)
        l->label_lines[k] = CLAMP ((int) floor (reach * sin (step) * fabs (c) * 0.92 / line_height), 1, 3);
      measure_label (l, chart, k);
    }
}

/* Where two labels overlap, the taller one gives up a line; a label that
 * stands to one side of its axis may grow wider to make up for it. Returns
 * FALSE when no label can give way any more. */
static gboolean
relieve_overlaps (Layout *l,
                  const InovdaRadarChart *chart)
{
  const InovdaRadarGeometry *g = &l->geometry;
  double margin = g->font_size * 0.1;
  gboolean changed = FALSE;
  gboolean shrink[INOVDA_RADAR_MAX_AXES] = { FALSE };

  for (guint a = 0; a < g->n_axes; a++)
    for (guint b = a + 1; b < g->n_axes; b++)
      {
        if (!rects_overlap (&g->label[a], &g->label[b], margin))
          continue;
        /* The taller gives way; when they are alike, both do. */
        if (g->label[a].height >= g->label[b].height - 0.5 && l->label_lines[a] > 1)
          shrink[a] = TRUE;
        if (g->label[b].height >= g->label[a].height - 0.5 && l->label_lines[b] > 1)
          shrink[b] = TRUE;
      }

  for (guint k = 0; k < g->n_axes; k++)
    {
      double ax = anchor_offset (cos (g->angle[k]));

      if (!shrink[k])
        continue;
      l->label_lines[k]--;
      if (ax <= 0.05 || ax >= 0.95)
        {
          PangoRectangle natural;

          /* As wide as the name needs on the lines left, within reason. */
          pango_layout_set_width (l->labels[k], -1);
          pango_layout_get_extents (l->labels[k], NULL, &natural);
          l->label_width[k] = CLAMP ((double) natural.width / PANGO_SCALE / l->label_lines[k] * 1.15,
                                     l->label_width[k], l->side_width * 1.8);
        }
      measure_label (l, chart, k);
      changed = TRUE;
    }
  return changed;
}

static void
layout_legend (Layout *l,
               const InovdaRadarChart *chart,
               double bottom)
{
  double fs = l->geometry.font_size;
  double gap = fs * 0.45;
  double spacing = fs * 1.3;
  double row_gap = fs * 0.3;
  double available = l->geometry.width - 2 * l->pad;
  double widths[INOVDA_CHART_MAX_SERIES];
  double heights[INOVDA_CHART_MAX_SERIES];
  guint row_of[INOVDA_CHART_MAX_SERIES];
  double row_width[INOVDA_CHART_MAX_SERIES] = { 0 };
  double row_height[INOVDA_CHART_MAX_SERIES] = { 0 };
  guint n_rows = 0;
  double y;

  l->n_legend = inovda_radar_chart_get_n_series (chart);
  l->swatch_width = fs * 2.4;
  if (l->n_legend == 0)
    return;

  for (guint s = 0; s < l->n_legend; s++)
    {
      Box box;

      l->legend[s] = text_layout (l, inovda_radar_chart_get_series_label (chart, s), fs * 0.9,
                                  PANGO_WEIGHT_NORMAL, available - l->swatch_width - gap, 1);
      box = measure (l->legend[s]);
      widths[s] = l->swatch_width + gap + box.width;
      heights[s] = MAX (box.height, l->geometry.marker_size * 2.6);
      if (n_rows == 0 || row_width[n_rows - 1] + spacing + widths[s] > available)
        n_rows++;
      else
        row_width[n_rows - 1] += spacing;
      row_of[s] = n_rows - 1;
      row_width[n_rows - 1] += widths[s];
      row_height[n_rows - 1] = MAX (row_height[n_rows - 1], heights[s]);
    }

  y = bottom;
  for (guint r = n_rows; r > 0; r--)
    y -= row_height[r - 1] + (r < n_rows ? row_gap : 0);
  l->plot.height = y - fs * 0.6 - l->plot.y;

  for (guint r = 0; r < n_rows; r++)
    {
      double x = (l->geometry.width - row_width[r]) / 2;

      for (guint s = 0; s < l->n_legend; s++)
        {
          if (row_of[s] != r)
            continue;
          l->legend_x[s] = x;
          l->legend_y[s] = y + row_height[r] / 2;
          x += widths[s] + spacing;
        }
      y += row_height[r] + row_gap;
    }
}

static void
layout_header (Layout *l,
               const InovdaRadarChart *chart)
{
  double fs = l->geometry.font_size;
  double width = l->geometry.width - 2 * l->pad;
  double y = l->pad;
  const char *title = inovda_radar_chart_get_title (chart);
  const char *subtitle = inovda_radar_chart_get_subtitle (chart);

  if (title != NULL && *title != '\0')
    {
      Box box;

      l->title = text_layout (l, title, fs * 1.3, PANGO_WEIGHT_BOLD, width, 2);
      box = measure (l->title);
      l->title_y = y - box.y;
      y += box.height + fs * 0.15;
    }
  if (subtitle != NULL && *subtitle != '\0')
    {
      Box box;

      l->subtitle = text_layout (l, subtitle, fs * 0.9, PANGO_WEIGHT_NORMAL, width, 2);
      box = measure (l->subtitle);
      l->subtitle_y = y - box.y;
      y += box.height;
    }
  if (l->title != NULL || l->subtitle != NULL)
    y += fs * 0.6;

  l->plot = (InovdaChartRect){ l->pad, y, width, l->geometry.height - l->pad - y };
}

static void
layout_rings (Layout *l)
{
  for (guint r = 0; r < N_RINGS; r++)
    {
      /* Translators: a percentage on the radar chart's grid rings: "20%" */
      g_autofree char *text = g_strdup_printf (C_ ("chart ring", "%d%%"), (int) (r + 1) * 100 / N_RINGS);

      l->rings[r] = inovda_chart_create_layout (l->context, l->geometry.font_size * 0.72, PANGO_WEIGHT_NORMAL);
      pango_layout_set_text (l->rings[r], text, -1);
    }
}

static void
compute_layout (Layout *l,
                cairo_t *cr,
                double width,
                double height,
                const InovdaRadarChart *chart,
                const InovdaChartStyle *style)
{
  InovdaRadarGeometry *g = &l->geometry;
  guint n = MIN (inovda_radar_chart_get_n_axes (chart), INOVDA_RADAR_MAX_AXES);
  double fs;
  double limit;
  double min_radius;

  memset (l, 0, sizeof *l);
  l->context = inovda_chart_create_pango_context (cr);

  fs = style->font_size > 0 ? style->font_size : CLAMP (MIN (width, height) / 40.0, 9.0, 20.0);
  g->width = width;
  g->height = height;
  g->font_size = fs;
  g->n_axes = n;
  g->marker_size = MAX (2.5, fs * 0.28);
  l->line_width = MAX (1.5, fs * 0.13);
  l->pad = round (fs * 0.9);
  l->label_gap = g->marker_size + fs * 0.35;
  for (guint k = 0; k < n; k++)
    g->angle[k] = -G_PI / 2 + 2 * G_PI * k / MAX (n, 1);

  layout_header (l, chart);
  layout_legend (l, chart, height - l->pad);
  layout_rings (l);
  l->plot.height = MAX (l->plot.height, 0);

  g->centre_x = l->plot.x + l->plot.width / 2;
  g->centre_y = l->plot.y + l->plot.height / 2;
  limit = MIN (l->plot.width, l->plot.height) / 2 - g->marker_size - l->line_width;
  min_radius = MIN (l->plot.width, l->plot.height) * 0.3;

  g->names_shown = TRUE;
  for (LabelMode mode = LABELS_WIDE; mode < N_LABEL_MODES; mode++)
    {
      /* Names smaller than this cannot be read; numbers can. */
      if (mode != LABELS_SHORT && axes_have_numbers (chart) && fs * 0.8 < MIN_NAME_SIZE)
        continue;

      /* A first guess: room for a side label across, three lines above. */
      double radius = MIN (l->plot.width / 2 - CLAMP (l->plot.width * 0.21, 6 * fs, 13 * fs) * 0.8,
                           l->plot.height / 2 - fs * 3.2) -
                      l->label_gap;

      /* The label sizes depend on the radius and the radius on the label
       * sizes; a few rounds settle it, and the last round's radius is
       * computed from the labels as they are drawn. */
      for (int round = 0; round < 3; round++)
        {
          double next;

          make_labels (l, chart, mode, CLAMP (radius, 0, limit));
          next = radius_for_labels (l, n, limit);
          /* Labels made for a smaller radius only move apart on a larger
           * one, so a radius that grew a little is as good as settled. */
          if (next >= radius - MAX (0.5, radius * 0.02) && next <= radius * 1.12 + 0.5)
            {
              radius = next;
              break;
            }
          radius = next;
        }
      g->radius = MAX (radius, 0);
      place_labels (l, n);
      for (int pass = 0; pass < 6 && labels_overlap (l, n) && relieve_overlaps (l, chart); pass++)
        {
          radius = radius_for_labels (l, n, limit);
          g->radius = MAX (radius, 0);
          place_labels (l, n);
        }
      g->names_shown = l->label_names;
      if (mode == LABELS_SHORT || (radius >= min_radius && !labels_overlap (l, n)))
        break;
    }
}

/* ---------------------------------------------------------------------- */
/* Drawing                                                                */

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
draw_grid (cairo_t *cr,
           const Layout *l,
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
  for (guint r = 1; r <= N_RINGS; r++)
    path_ring (cr, g, (double) r / N_RINGS);
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
             const Layout *l,
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
                  const Layout *l,
                  const InovdaChartStyle *style)
{
  const InovdaRadarGeometry *g = &l->geometry;
  double half_step = g->n_axes > 1 ? G_PI / g->n_axes : G_PI / 4;
  double angle = -G_PI / 2 + half_step;
  double pad = g->font_size * 0.2;
  Box boxes[N_RINGS];
  double xs[N_RINGS];
  double ys[N_RINGS];

  for (guint r = 0; r < N_RINGS; r++)
    {
      double distance = g->radius * (r + 1) / N_RINGS * cos (half_step);
      double radius;

      boxes[r] = measure (l->rings[r]);
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
  for (guint r = 0; r < N_RINGS; r++)
    show_layout_at (cr, l->rings[r], xs[r] - boxes[r].x, ys[r] - boxes[r].y);
}

static void
draw_labels (cairo_t *cr,
             const Layout *l,
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
             const Layout *l,
             const InovdaChartStyle *style)
{
  const InovdaRadarGeometry *g = &l->geometry;

  for (guint s = 0; s < l->n_legend; s++)
    {
      Box box = measure (l->legend[s]);
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
  Layout l;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (chart != NULL);
  g_return_if_fail (style != NULL);

  if (width <= 0 || height <= 0)
    return;

  cairo_save (cr);
  compute_layout (&l, cr, width, height, chart, style);

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
      draw_series (cr, &l, chart, style);
      draw_ring_labels (cr, &l, style);
      draw_labels (cr, &l, style);
    }
  draw_legend (cr, &l, style);

  layout_clear (&l);
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
  Layout l;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (geometry != NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  compute_layout (&l, cr, MAX (width, 1), MAX (height, 1), chart, style);
  *geometry = l.geometry;
  layout_clear (&l);
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
