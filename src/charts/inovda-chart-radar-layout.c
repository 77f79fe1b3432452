/* inovda-chart-radar-layout.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "inovda-chart-radar-private.h"

/* Where the radar's title, legend, rings and axis labels go, and how large
 * the radar can be with its labels around it. Axis labels are tried wide,
 * then narrow, then as bare numbers, until they fit without overlapping. */

#define MIN_NAME_SIZE 8.0 /* user units: pixels on screen, points on paper */

typedef enum
{
  LABELS_WIDE,   /* number and name, wrapped wide */
  LABELS_NARROW, /* number and name, wrapped narrow and shortened */
  LABELS_SHORT,  /* the number alone; names (variables) very narrow */
  N_LABEL_MODES,
} LabelMode;

void
_inovda_radar_layout_clear (InovdaRadarLayout *l)
{
  g_clear_object (&l->title);
  g_clear_object (&l->subtitle);
  for (guint k = 0; k < INOVDA_RADAR_MAX_AXES; k++)
    g_clear_object (&l->labels[k]);
  for (guint r = 0; r < INOVDA_RADAR_N_RINGS; r++)
    g_clear_object (&l->rings[r]);
  g_clear_object (&l->empty_note);
  for (guint s = 0; s < INOVDA_CHART_MAX_SERIES; s++)
    g_clear_object (&l->legend[s]);
  g_clear_object (&l->context);
}

/* The union of the ink and logical extents of @layout, relative to its
 * origin: what it covers when drawn. */
InovdaRadarBox
_inovda_radar_box_measure (PangoLayout *layout)
{
  PangoRectangle ink;
  PangoRectangle logical;
  double x0, y0, x1, y1;

  pango_layout_get_extents (layout, &ink, &logical);
  x0 = MIN (ink.x, logical.x);
  y0 = MIN (ink.y, logical.y);
  x1 = MAX (ink.x + ink.width, logical.x + logical.width);
  y1 = MAX (ink.y + ink.height, logical.y + logical.height);
  return (InovdaRadarBox){ x0 / PANGO_SCALE, y0 / PANGO_SCALE, (x1 - x0) / PANGO_SCALE, (y1 - y0) / PANGO_SCALE };
}

static PangoLayout *
text_layout (InovdaRadarLayout *l,
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
radius_for_labels (const InovdaRadarLayout *l,
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
place_labels (InovdaRadarLayout *l,
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
labels_overlap (const InovdaRadarLayout *l,
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
measure_label (InovdaRadarLayout *l,
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
  l->label_box[k] = _inovda_radar_box_measure (l->labels[k]);
}

/* Makes the label layouts of @mode for a radius of @radius and measures
 * them. A label centred over its axis (at the top or the bottom) is as wide
 * as the room between its neighbours' anchors; a label at the sides gets as
 * many lines as fit between its neighbours. */
static void
make_labels (InovdaRadarLayout *l,
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
relieve_overlaps (InovdaRadarLayout *l,
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
layout_legend (InovdaRadarLayout *l,
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
      InovdaRadarBox box;

      l->legend[s] = text_layout (l, inovda_radar_chart_get_series_label (chart, s), fs * 0.9,
                                  PANGO_WEIGHT_NORMAL, available - l->swatch_width - gap, 1);
      box = _inovda_radar_box_measure (l->legend[s]);
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
layout_header (InovdaRadarLayout *l,
               const InovdaRadarChart *chart)
{
  double fs = l->geometry.font_size;
  double width = l->geometry.width - 2 * l->pad;
  double y = l->pad;
  const char *title = inovda_radar_chart_get_title (chart);
  const char *subtitle = inovda_radar_chart_get_subtitle (chart);

  if (title != NULL && *title != '\0')
    {
      InovdaRadarBox box;

      l->title = text_layout (l, title, fs * 1.3, PANGO_WEIGHT_BOLD, width, 2);
      box = _inovda_radar_box_measure (l->title);
      l->title_y = y - box.y;
      y += box.height + fs * 0.15;
    }
  if (subtitle != NULL && *subtitle != '\0')
    {
      InovdaRadarBox box;

      l->subtitle = text_layout (l, subtitle, fs * 0.9, PANGO_WEIGHT_NORMAL, width, 2);
      box = _inovda_radar_box_measure (l->subtitle);
      l->subtitle_y = y - box.y;
      y += box.height;
    }
  if (l->title != NULL || l->subtitle != NULL)
    y += fs * 0.6;

  l->plot = (InovdaChartRect){ l->pad, y, width, l->geometry.height - l->pad - y };
}

static void
layout_rings (InovdaRadarLayout *l)
{
  for (guint r = 0; r < INOVDA_RADAR_N_RINGS; r++)
    {
      /* Translators: a percentage on the radar chart's grid rings: "20%" */
      g_autofree char *text = g_strdup_printf (C_ ("chart ring", "%d%%"), (int) (r + 1) * 100 / INOVDA_RADAR_N_RINGS);

      l->rings[r] = inovda_chart_create_layout (l->context, l->geometry.font_size * 0.72, PANGO_WEIGHT_NORMAL);
      pango_layout_set_text (l->rings[r], text, -1);
    }
}

static gboolean
chart_is_empty (const InovdaRadarChart *chart)
{
  for (guint s = 0; s < inovda_radar_chart_get_n_series (chart); s++)
    for (guint k = 0; k < inovda_radar_chart_get_n_axes (chart); k++)
      if (inovda_radar_chart_get_fraction (chart, s, k) > 0)
        return FALSE;
  return TRUE;
}

/* A radar of zeros is a dot in the middle, which reads as a broken chart:
 * it says that there is nothing to draw yet. */
static void
layout_empty_note (InovdaRadarLayout *l,
                   const InovdaRadarChart *chart)
{
  if (!chart_is_empty (chart))
    return;
  l->empty_note = inovda_chart_create_layout (l->context, l->geometry.font_size, PANGO_WEIGHT_BOLD);
  pango_layout_set_text (l->empty_note, _ ("No score yet"), -1);
}

void
_inovda_radar_layout_compute (InovdaRadarLayout *l,
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
  layout_empty_note (l, chart);
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
