/* inovda-fixed-icon.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-fixed-icon"

#include "config.h"

#include <math.h>

#include "inovda-fixed-icon.h"

/* GTK_ICON_SIZE_NORMAL: the size of an image node in Adwaita. */
#define ICON_SIZE 16

struct _InovdaFixedIcon
{
  GtkWidget parent_instance;

  const char *icon_name; /* interned */
};

G_DEFINE_FINAL_TYPE (InovdaFixedIcon, inovda_fixed_icon, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ICON_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
inovda_fixed_icon_measure (GtkWidget *widget,
                           GtkOrientation orientation,
                           int for_size,
                           int *minimum,
                           int *natural,
                           int *minimum_baseline,
                           int *natural_baseline)
{
  *minimum = *natural = ICON_SIZE;
}

/* Draws as GtkImage does: centred, a symbolic icon in the CSS colour. */
static void
inovda_fixed_icon_snapshot (GtkWidget *widget,
                            GtkSnapshot *snapshot)
{
  InovdaFixedIcon *self = INOVDA_FIXED_ICON (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  g_autoptr (GtkIconPaintable) paintable = NULL;
  GdkRGBA colors[4];
  int x;
  int y;

  if (self->icon_name == NULL)
    return;

  paintable = gtk_icon_theme_lookup_icon (gtk_icon_theme_get_for_display (gtk_widget_get_display (widget)),
                                          self->icon_name, NULL, ICON_SIZE,
                                          gtk_widget_get_scale_factor (widget),
                                          gtk_widget_get_direction (widget), 0);

  /* Foreground, error, warning and success, as GTK's default icon palette. */
  gtk_style_context_get_color (context, &colors[0]);
  if (!gtk_style_context_lookup_color (context, "error_color", &colors[1]))
    colors[1] = colors[0];
  if (!gtk_style_context_lookup_color (context, "warning_color", &colors[2]))
    colors[2] = colors[0];
  if (!gtk_style_context_lookup_color (context, "success_color", &colors[3]))
    colors[3] = colors[0];

  x = (int) floor ((gtk_widget_get_width (widget) - ICON_SIZE) / 2.0);
  y = (int) floor ((gtk_widget_get_height (widget) - ICON_SIZE) / 2.0);
  if (x != 0 || y != 0)
    {
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
    }
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (paintable), GDK_SNAPSHOT (snapshot),
                                            ICON_SIZE, ICON_SIZE, colors, G_N_ELEMENTS (colors));
  if (x != 0 || y != 0)
    gtk_snapshot_restore (snapshot);
}

static void
inovda_fixed_icon_get_property (GObject *object,
                                guint prop_id,
                                GValue *value,
                                GParamSpec *pspec)
{
  InovdaFixedIcon *self = INOVDA_FIXED_ICON (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      g_value_set_static_string (value, self->icon_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
inovda_fixed_icon_set_property (GObject *object,
                                guint prop_id,
                                const GValue *value,
                                GParamSpec *pspec)
{
  InovdaFixedIcon *self = INOVDA_FIXED_ICON (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      inovda_fixed_icon_set_icon_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
inovda_fixed_icon_class_init (InovdaFixedIconClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = inovda_fixed_icon_get_property;
  object_class->set_property = inovda_fixed_icon_set_property;

  widget_class->measure = inovda_fixed_icon_measure;
  widget_class->snapshot = inovda_fixed_icon_snapshot;

  properties[PROP_ICON_NAME] =
      g_param_spec_string ("icon-name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "image");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
inovda_fixed_icon_init (InovdaFixedIcon *self)
{
}

GtkWidget *
inovda_fixed_icon_new (void)
{
  return g_object_new (INOVDA_TYPE_FIXED_ICON, NULL);
}

const char *
inovda_fixed_icon_get_icon_name (InovdaFixedIcon *self)
{
  g_return_val_if_fail (INOVDA_IS_FIXED_ICON (self), NULL);
  return self->icon_name;
}

void
inovda_fixed_icon_set_icon_name (InovdaFixedIcon *self,
                                 const char *icon_name)
{
  const char *interned;

  g_return_if_fail (INOVDA_IS_FIXED_ICON (self));

  interned = icon_name != NULL && icon_name[0] != '\0' ? g_intern_string (icon_name) : NULL;
  if (self->icon_name == interned)
    return;
  self->icon_name = interned;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ICON_NAME]);
}
