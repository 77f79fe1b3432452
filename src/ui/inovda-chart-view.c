/* inovda-chart-view.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-chart-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "inovda-chart-view-private.h"

#include "model/inovda-decimal.h"

#define MIN_WIDTH 240
#define MIN_HEIGHT 200
#define NATURAL_WIDTH 520
#define NATURAL_HEIGHT 420

G_DEFINE_FINAL_TYPE (InovdaChartView, inovda_chart_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CHART,
  PROP_HOVER_AXIS,
  PROP_EXPORTABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */

static InovdaChartColor
color_from_rgba (const GdkRGBA *rgba)
{
  return (InovdaChartColor){ rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

/* Chart labels at the size of the text around them: the theme's size on a
 * page, the large type of the slides in a presentation. */
static double
label_size (GtkWidget *widget)
{
  PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  double size;

  if (font == NULL || pango_font_description_get_size (font) <= 0)
    return 0.0;

  size = pango_font_description_get_size (font) / (double) PANGO_SCALE;
  if (!pango_font_description_get_size_is_absolute (font))
    size = size * 96.0 / 72.0;
  return size;
}

static void
ensure_geometry (InovdaChartView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->geometry_valid && self->geometry_width == width && self->geometry_height == height)
    return;

  inovda_chart_radar_measure (width, height, self->chart, &self->style, &self->geometry);
  self->geometry_width = width;
  self->geometry_height = height;
  self->geometry_valid = TRUE;
}

static void
append_series_line (InovdaChartView *self,
                    GString *markup,
                    guint series,
                    guint axis)
{
  const InovdaChartColor *color = inovda_chart_style_series_color (&self->style, series);
  g_autofree char *value = inovda_radar_chart_describe_value (self->chart, series, axis);
  g_autofree char *line = NULL;

  /* The swatch matches the series' colour in the chart. */
  line = g_markup_printf_escaped ("\n<span foreground=\"#%02x%02x%02x\">●</span> %s: %s",
                                  (guint) (color->red * 255 + .5),
                                  (guint) (color->green * 255 + .5),
                                  (guint) (color->blue * 255 + .5),
                                  inovda_radar_chart_get_series_label (self->chart, series),
                                  value != NULL ? value : "");
  g_string_append (markup, line);
}

static void
update_tooltip (InovdaChartView *self)
{
  g_autoptr (GString) markup = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  guint n_series;

  if (self->chart == NULL || self->hover_axis < 0)
    {
      gtk_widget_set_tooltip_markup (GTK_WIDGET (self), NULL);
      return;
    }

  title = inovda_radar_chart_dup_axis_title (self->chart, self->hover_axis);
  escaped = g_markup_escape_text (title != NULL ? title : "", -1);
  markup = g_string_new (NULL);
  g_string_append_printf (markup, "<b>%s</b>", escaped);

  n_series = inovda_radar_chart_get_n_series (self->chart);
  for (guint s = 0; s < n_series; s++)
    append_series_line (self, markup, s, self->hover_axis);

  gtk_widget_set_tooltip_markup (GTK_WIDGET (self), markup->str);
}

static void
set_hover (InovdaChartView *self,
           int axis,
           int series)
{
  if (self->hover_axis == axis && self->hover_series == series)
    return;

  self->hover_series = series;
  if (self->hover_axis != axis)
    {
      self->hover_axis = axis;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVER_AXIS]);
    }
  update_tooltip (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_accessible (InovdaChartView *self)
{
  g_autoptr (GString) description = g_string_new (NULL);
  const char *title = NULL;
  guint n_axes = 0;
  guint n_series = 0;

  if (self->chart != NULL)
    {
      title = inovda_radar_chart_get_title (self->chart);
      n_axes = inovda_radar_chart_get_n_axes (self->chart);
      n_series = inovda_radar_chart_get_n_series (self->chart);
    }

  /* One sentence per series: its share of the maximum on every axis. */
  for (guint s = 0; s < n_series; s++)
    {
      if (description->len > 0)
        g_string_append (description, " ");
      g_string_append_printf (description, "%s:", inovda_radar_chart_get_series_label (self->chart, s));
      for (guint k = 0; k < n_axes; k++)
        {
          const InovdaShare *share = inovda_radar_chart_get_value (self->chart, s, k);
          g_autofree char *axis = inovda_radar_chart_dup_axis_title (self->chart, k);
          g_autofree char *percent = NULL;

          if (inovda_share_applies (share))
            {
              g_autofree char *value = inovda_format_score (inovda_share_percent (share));

              /* Translators: a share in percent, “46,30%”. */
              percent = g_strdup_printf (_ ("%s%%"), value);
            }
          else
            percent = g_strdup (_ ("not assessed"));
          g_string_append_printf (description, "%s %s %s", k == 0 ? "" : ";", axis, percent);
        }
      g_string_append_c (description, '.');
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : _ ("Radar chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
}

/* ------------------------------------------------------------------------ */

static void
motion_cb (InovdaChartView *self,
           double x,
           double y,
           GtkEventControllerMotion *controller)
{
  InovdaRadarHit hit;

  if (self->chart == NULL || inovda_radar_chart_get_n_axes (self->chart) == 0)
    return;

  ensure_geometry (self);
  if (inovda_radar_geometry_hit_test (&self->geometry, self->chart, x, y, &hit))
    set_hover (self, hit.axis, hit.series);
  else
    set_hover (self, -1, -1);
}

static void
leave_cb (InovdaChartView *self,
          GtkEventControllerMotion *controller)
{
  set_hover (self, -1, -1);
}

/* ------------------------------------------------------------------------ */

static void
inovda_chart_view_css_changed (GtkWidget *widget,
                               GtkCssStyleChange *change)
{
  InovdaChartView *self = INOVDA_CHART_VIEW (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA foreground;
  GdkRGBA background;
  gboolean dark;

  GTK_WIDGET_CLASS (inovda_chart_view_parent_class)->css_changed (widget, change);

  if (!gtk_style_context_lookup_color (context, "window_fg_color", &foreground))
    foreground = (GdkRGBA){ 0, 0, 0, 0.8 };
  if (!gtk_style_context_lookup_color (context, "window_bg_color", &background))
    background = (GdkRGBA){ 1, 1, 1, 1 };

  /* Light text on the background means a dark theme. */
  dark = 0.2126 * foreground.red + 0.7152 * foreground.green + 0.0722 * foreground.blue > 0.5;

  inovda_chart_style_init (&self->style, dark);
  self->style.font_size = label_size (widget);
  self->style.foreground = color_from_rgba (&foreground);
  self->style.background = color_from_rgba (&background);
  self->style.fill_background = FALSE;
  self->style.highlight_axis = self->hover_axis;

  self->geometry_valid = FALSE;
  update_tooltip (self);
  gtk_widget_queue_draw (widget);
}

static void
inovda_chart_view_measure (GtkWidget *widget,
                           GtkOrientation orientation,
                           int for_size,
                           int *minimum,
                           int *natural,
                           int *minimum_baseline,
                           int *natural_baseline)
{
  InovdaChartView *self = INOVDA_CHART_VIEW (widget);
  int button_minimum = 0;
  int button_natural = 0;

  gtk_widget_measure (GTK_WIDGET (self->menu_button), orientation, -1,
                      &button_minimum, &button_natural, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (MIN_WIDTH, button_minimum);
      *natural = MAX (NATURAL_WIDTH, button_natural);
    }
  else
    {
      *minimum = MAX (MIN_HEIGHT, button_minimum);
      *natural = MAX (NATURAL_HEIGHT, button_natural);
    }
}

static void
inovda_chart_view_size_allocate (GtkWidget *widget,
                                 int width,
                                 int height,
                                 int baseline)
{
  InovdaChartView *self = INOVDA_CHART_VIEW (widget);
  GtkRequisition natural;

  /* The export menu sits in the top end corner, over the chart's margin. */
  gtk_widget_get_preferred_size (GTK_WIDGET (self->menu_button), NULL, &natural);
  natural.width = MIN (natural.width, width);
  natural.height = MIN (natural.height, height);
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    gtk_widget_size_allocate (GTK_WIDGET (self->menu_button),
                              &(GtkAllocation){ 0, 0, natural.width, natural.height }, -1);
  else
    gtk_widget_size_allocate (GTK_WIDGET (self->menu_button),
                              &(GtkAllocation){ width - natural.width, 0, natural.width, natural.height }, -1);

  self->geometry_valid = FALSE;
}

static void
inovda_chart_view_snapshot (GtkWidget *widget,
                            GtkSnapshot *snapshot)
{
  InovdaChartView *self = INOVDA_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (self->chart != NULL && width > 0 && height > 0)
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

      self->style.highlight_axis = self->hover_axis;
      inovda_chart_render_radar (cr, width, height, self->chart, &self->style);
      cairo_destroy (cr);
    }

  gtk_widget_snapshot_child (widget, GTK_WIDGET (self->menu_button), snapshot);
}

static void
inovda_chart_view_dispose (GObject *object)
{
  InovdaChartView *self = INOVDA_CHART_VIEW (object);

  _inovda_chart_view_dispose_export (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), INOVDA_TYPE_CHART_VIEW);
  g_clear_pointer (&self->chart, inovda_radar_chart_unref);
  g_clear_pointer (&self->document_title, g_free);
  g_clear_pointer (&self->document_subtitle, g_free);

  G_OBJECT_CLASS (inovda_chart_view_parent_class)->dispose (object);
}

static void
inovda_chart_view_get_property (GObject *object,
                                guint prop_id,
                                GValue *value,
                                GParamSpec *pspec)
{
  InovdaChartView *self = INOVDA_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_boxed (value, self->chart);
      break;

    case PROP_HOVER_AXIS:
      g_value_set_int (value, self->hover_axis);
      break;

    case PROP_EXPORTABLE:
      g_value_set_boolean (value, self->exportable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
inovda_chart_view_set_property (GObject *object,
                                guint prop_id,
                                const GValue *value,
                                GParamSpec *pspec)
{
  InovdaChartView *self = INOVDA_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      inovda_chart_view_set_chart (self, g_value_get_boxed (value));
      break;

    case PROP_EXPORTABLE:
      inovda_chart_view_set_exportable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
inovda_chart_view_class_init (InovdaChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = inovda_chart_view_dispose;
  object_class->get_property = inovda_chart_view_get_property;
  object_class->set_property = inovda_chart_view_set_property;

  widget_class->css_changed = inovda_chart_view_css_changed;
  widget_class->measure = inovda_chart_view_measure;
  widget_class->size_allocate = inovda_chart_view_size_allocate;
  widget_class->snapshot = inovda_chart_view_snapshot;

  properties[PROP_CHART] =
      g_param_spec_boxed ("chart", NULL, NULL,
                          INOVDA_TYPE_RADAR_CHART,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOVER_AXIS] =
      g_param_spec_int ("hover-axis", NULL, NULL, -1, G_MAXINT, -1,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPORTABLE] =
      g_param_spec_boolean ("exportable", NULL, NULL, TRUE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "inovdachartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-chart-view.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaChartView, menu_button);
  gtk_widget_class_bind_template_callback (widget_class, motion_cb);
  gtk_widget_class_bind_template_callback (widget_class, leave_cb);

  _inovda_chart_view_class_export_init (widget_class);
}

static void
inovda_chart_view_init (InovdaChartView *self)
{
  self->hover_axis = -1;
  self->hover_series = -1;
  self->exportable = TRUE;
  inovda_chart_style_init (&self->style, FALSE);
  self->style.fill_background = FALSE;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.save", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy", FALSE);
  update_accessible (self);
}

/* ------------------------------------------------------------------------ */

GtkWidget *
inovda_chart_view_new (void)
{
  return g_object_new (INOVDA_TYPE_CHART_VIEW, NULL);
}

InovdaRadarChart *
inovda_chart_view_get_chart (InovdaChartView *self)
{
  g_return_val_if_fail (INOVDA_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

/* Returns: the colours and text size the chart is drawn with, from the
 * theme */
const InovdaChartStyle *
inovda_chart_view_get_style (InovdaChartView *self)
{
  g_return_val_if_fail (INOVDA_IS_CHART_VIEW (self), NULL);
  return &self->style;
}

/* Returns: the axis under the pointer, or -1 */
int
inovda_chart_view_get_hover_axis (InovdaChartView *self)
{
  g_return_val_if_fail (INOVDA_IS_CHART_VIEW (self), -1);
  return self->hover_axis;
}

gboolean
inovda_chart_view_get_exportable (InovdaChartView *self)
{
  g_return_val_if_fail (INOVDA_IS_CHART_VIEW (self), FALSE);
  return self->exportable;
}

/**
 * inovda_chart_view_set_chart:
 * @self: a chart view
 * @chart: (nullable): the chart to show, shared and never changed
 */
void
inovda_chart_view_set_chart (InovdaChartView *self,
                             InovdaRadarChart *chart)
{
  gboolean has_chart;

  g_return_if_fail (INOVDA_IS_CHART_VIEW (self));

  if (self->chart == chart)
    return;

  g_clear_pointer (&self->chart, inovda_radar_chart_unref);
  if (chart != NULL)
    self->chart = inovda_radar_chart_ref (chart);

  has_chart = chart != NULL && inovda_radar_chart_get_n_axes (chart) > 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.save", has_chart);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy", has_chart);

  self->geometry_valid = FALSE;
  self->hover_axis = -1;
  self->hover_series = -1;
  update_tooltip (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVER_AXIS]);
}

void
inovda_chart_view_set_exportable (InovdaChartView *self,
                                  gboolean exportable)
{
  g_return_if_fail (INOVDA_IS_CHART_VIEW (self));

  exportable = !!exportable;
  if (self->exportable == exportable)
    return;

  self->exportable = exportable;
  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), exportable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPORTABLE]);
}

/**
 * inovda_chart_view_set_document_titles:
 * @self: a chart view
 * @title: (nullable): the title of the chart saved or copied
 * @subtitle: (nullable): the line under it
 *
 * A page may title its chart briefly, its own heading naming the region and
 * the year; a chart saved or copied leaves that heading behind, so it takes
 * these titles instead. With %NULL for both, it keeps the chart's own.
 */
void
inovda_chart_view_set_document_titles (InovdaChartView *self,
                                       const char *title,
                                       const char *subtitle)
{
  g_return_if_fail (INOVDA_IS_CHART_VIEW (self));

  g_free (self->document_title);
  self->document_title = g_strdup (title);
  g_free (self->document_subtitle);
  self->document_subtitle = g_strdup (subtitle);
}
