/* inovda-fixed-icon.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-fixed-icon"

#include "config.h"

#include <math.h>
#include <string.h>

#include "inovda-fixed-icon.h"

/* GTK_ICON_SIZE_NORMAL: the size of an image node in Adwaita. */
#define ICON_SIZE 16

struct _InovdaFixedIcon
{
  GtkWidget parent_instance;

  const char *icon_name; /* interned */
  /* The error, warning and success colours of the CSS, looked up again
   * after the CSS changed. */
  GdkRGBA palette[3];
  gboolean palette_valid;
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

/* A symbolic icon is drawn through a colour matrix, which the cairo
 * renderer applies pixel by pixel on a surface of its own each time: the
 * 34 icons of a list scrolled a page a frame took 1.4–2 ms of each frame.
 * The icon is drawn so once per colour and kept, with the icon theme,
 * until the theme changes. */
#define MAX_TEXTURES 64

typedef struct
{
  const char *icon_name; /* interned */
  GtkTextDirection direction;
  int scale;
  guint32 colors[4];
} TextureKey;

static guint
texture_key_hash (gconstpointer data)
{
  const TextureKey *key = data;
  guint hash = g_direct_hash (key->icon_name) ^ ((guint) key->direction << 4) ^ ((guint) key->scale << 8);

  for (guint i = 0; i < G_N_ELEMENTS (key->colors); i++)
    hash = hash * 31 + key->colors[i];
  return hash;
}

static gboolean
texture_key_equal (gconstpointer a,
                   gconstpointer b)
{
  return memcmp (a, b, sizeof (TextureKey)) == 0;
}

static GQuark
textures_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("inovda-fixed-icon-textures");
  return quark;
}

/* Looked up for every icon drawn: by quark, not by name. */
static GHashTable *
textures_of (GtkIconTheme *theme)
{
  GHashTable *textures = g_object_get_qdata (G_OBJECT (theme), textures_quark ());

  if (textures == NULL)
    {
      textures = g_hash_table_new_full (texture_key_hash, texture_key_equal, g_free, g_object_unref);
      g_object_set_qdata_full (G_OBJECT (theme), textures_quark (), textures,
                               (GDestroyNotify) g_hash_table_unref);
      g_signal_connect_swapped (theme, "changed", G_CALLBACK (g_hash_table_remove_all), textures);
    }
  return textures;
}

static GdkTexture *
render_icon (GtkIconTheme *theme,
             const TextureKey *key,
             const GdkRGBA colors[4])
{
  g_autoptr (GtkIconPaintable) paintable =
      gtk_icon_theme_lookup_icon (theme, key->icon_name, NULL, ICON_SIZE, key->scale, key->direction, 0);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GskRenderer) renderer = gsk_cairo_renderer_new ();
  GdkTexture *texture;

  gtk_snapshot_scale (snapshot, key->scale, key->scale);
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (paintable), GDK_SNAPSHOT (snapshot), ICON_SIZE,
                                            ICON_SIZE, colors, 4);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL || !gsk_renderer_realize (renderer, NULL, NULL))
    return NULL;
  texture = gsk_renderer_render_texture (
      renderer, node, &GRAPHENE_RECT_INIT (0, 0, ICON_SIZE * key->scale, ICON_SIZE * key->scale));
  gsk_renderer_unrealize (renderer);
  return texture;
}

static guint32
pack_color (const GdkRGBA *color)
{
  return (guint32) lrint (CLAMP (color->red, 0, 1) * 255) << 24 |
         (guint32) lrint (CLAMP (color->green, 0, 1) * 255) << 16 |
         (guint32) lrint (CLAMP (color->blue, 0, 1) * 255) << 8 | (guint32) lrint (CLAMP (color->alpha, 0, 1) * 255);
}

static GdkTexture *
icon_texture (InovdaFixedIcon *self,
              const GdkRGBA colors[4])
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));
  GHashTable *textures = textures_of (theme);
  TextureKey key = { 0 };
  GdkTexture *texture;

  key.icon_name = self->icon_name;
  key.direction = gtk_widget_get_direction (widget);
  key.scale = gtk_widget_get_scale_factor (widget);
  for (guint i = 0; i < G_N_ELEMENTS (key.colors); i++)
    key.colors[i] = pack_color (&colors[i]);
  texture = g_hash_table_lookup (textures, &key);
  if (texture != NULL)
    return texture;

  texture = render_icon (theme, &key, colors);
  if (texture == NULL)
    return NULL;
  if (g_hash_table_size (textures) >= MAX_TEXTURES)
    g_hash_table_remove_all (textures);
  g_hash_table_insert (textures, g_memdup2 (&key, sizeof key), texture);
  return texture;
}

/* Draws as GtkImage does: centred, a symbolic icon in the CSS colour. */
static void
inovda_fixed_icon_snapshot (GtkWidget *widget,
                            GtkSnapshot *snapshot)
{
  InovdaFixedIcon *self = INOVDA_FIXED_ICON (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkTexture *texture;
  GdkRGBA colors[4];
  int x;
  int y;

  if (self->icon_name == NULL)
    return;

  /* Foreground, error, warning and success, as GTK's default icon palette. */
  gtk_style_context_get_color (context, &colors[0]);
  if (!self->palette_valid)
    {
      const char *const names[] = { "error_color", "warning_color", "success_color" };

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        if (!gtk_style_context_lookup_color (context, names[i], &self->palette[i]))
          self->palette[i] = (GdkRGBA){ 0, 0, 0, -1 }; /* the foreground */
      self->palette_valid = TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->palette); i++)
    colors[i + 1] = self->palette[i].alpha < 0 ? colors[0] : self->palette[i];

  texture = icon_texture (self, colors);
  if (texture == NULL)
    return;
  x = (int) floor ((gtk_widget_get_width (widget) - ICON_SIZE) / 2.0);
  y = (int) floor ((gtk_widget_get_height (widget) - ICON_SIZE) / 2.0);
  gtk_snapshot_append_texture (snapshot, texture, &GRAPHENE_RECT_INIT (x, y, ICON_SIZE, ICON_SIZE));
}

static void
inovda_fixed_icon_css_changed (GtkWidget *widget,
                               GtkCssStyleChange *change)
{
  INOVDA_FIXED_ICON (widget)->palette_valid = FALSE;
  GTK_WIDGET_CLASS (inovda_fixed_icon_parent_class)->css_changed (widget, change);
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
  widget_class->css_changed = inovda_fixed_icon_css_changed;

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

guint
inovda_fixed_icon_get_n_textures (GtkIconTheme *theme)
{
  g_return_val_if_fail (GTK_IS_ICON_THEME (theme), 0);
  return g_hash_table_size (textures_of (theme));
}
