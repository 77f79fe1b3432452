/* test-fixed-icon.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The icon of list cells: drawn as GtkImage draws the same icon, in the
 * colour its CSS gives it now, from a texture kept per colour.
 */

#include "config.h"

#include "inovda-test-ui.h"
#include "ui/inovda-fixed-icon.h"

#define ICON "emblem-ok-symbolic"
#define SIZE 16

/* @widget as it is drawn, in pixels of 4 bytes (B, G, R, A, premultiplied);
 * all 0 when it draws nothing. */
static GBytes *
draw (GtkWidget *widget)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  gsize stride = SIZE * 4;
  guchar *pixels = g_malloc0 (stride * SIZE);

  g_assert_cmpint (gtk_widget_get_width (widget), ==, SIZE);
  g_assert_cmpint (gtk_widget_get_height (widget), ==, SIZE);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), SIZE, SIZE);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return g_bytes_new_take (pixels, stride * SIZE);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, SIZE, SIZE));
  gdk_texture_download (texture, pixels, stride);
  return g_bytes_new_take (pixels, stride * SIZE);
}

/* The largest difference of one channel between two drawings. */
static guint
max_difference (GBytes *a,
                GBytes *b)
{
  gsize size;
  const guchar *pa = g_bytes_get_data (a, &size);
  const guchar *pb = g_bytes_get_data (b, NULL);
  guint most = 0;

  for (gsize i = 0; i < size; i++)
    most = MAX (most, (guint) ABS ((int) pa[i] - (int) pb[i]));
  return most;
}

/* The sum of each colour channel over the pixels drawn: which colour the
 * icon has. */
static void
channel_sums (GBytes *pixels,
              guint64 sums[4])
{
  gsize size;
  const guchar *p = g_bytes_get_data (pixels, &size);

  memset (sums, 0, 4 * sizeof (guint64));
  for (gsize i = 0; i < size; i++)
    sums[i % 4] += p[i];
}

static GtkWidget *
window_with (GtkWidget *box,
             GtkWidget *image,
             GtkWidget *icon)
{
  gtk_image_set_pixel_size (GTK_IMAGE (image), SIZE);
  gtk_widget_set_halign (image, GTK_ALIGN_START);
  gtk_widget_set_halign (icon, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), icon);
  return inovda_test_window_with (box);
}

/* In each colour the icon is GtkImage's, to a rounding of the alpha; a
 * colour that changes is drawn at once, and one met before again as it
 * was. */
static void
test_like_an_image (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *image = gtk_image_new_from_icon_name (ICON);
  GtkWidget *icon = inovda_fixed_icon_new ();
  const char *const classes[] = { "success", "warning", "error", "success" };
  g_autoptr (GBytes) first = NULL;
  GtkWidget *window;
  guint64 success[4];
  guint64 warning[4];

  inovda_fixed_icon_set_icon_name (INOVDA_FIXED_ICON (icon), ICON);
  window = window_with (box, image, icon);

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    {
      g_autoptr (GBytes) expected = NULL;
      g_autoptr (GBytes) drawn = NULL;

      gtk_widget_set_css_classes (image, (const char *[]){ classes[i], NULL });
      gtk_widget_set_css_classes (icon, (const char *[]){ classes[i], NULL });
      gtk_test_widget_wait_for_draw (window);
      expected = draw (image);
      drawn = draw (icon);
      g_assert_cmpuint (max_difference (expected, drawn), <=, 2);
      if (i == 0)
        {
          first = g_bytes_ref (drawn);
          channel_sums (drawn, success);
          g_assert_cmpuint (success[3], >, 0);
        }
      else if (i == 1)
        {
          channel_sums (drawn, warning);
          /* Adwaita's success is green, its warning orange. */
          g_assert_cmpuint (success[1], >, success[2]);
          g_assert_cmpuint (warning[2], >, warning[0]);
          g_assert_cmpuint (max_difference (first, drawn), >, 32);
        }
      else if (i == 3)
        g_assert_true (g_bytes_equal (first, drawn));
    }

  inovda_fixed_icon_set_icon_name (INOVDA_FIXED_ICON (icon), NULL);
  gtk_test_widget_wait_for_draw (window);
  {
    g_autoptr (GBytes) blank = draw (icon);
    guint64 sums[4];

    channel_sums (blank, sums);
    g_assert_cmpuint (sums[3], ==, 0);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Dark mode changes the palette the icon is drawn in. */
static void
test_dark (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *image = gtk_image_new_from_icon_name (ICON);
  GtkWidget *icon = inovda_fixed_icon_new ();
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr (GBytes) light = NULL;
  g_autoptr (GBytes) dark = NULL;
  g_autoptr (GBytes) dark_image = NULL;
  GtkWidget *window;

  inovda_fixed_icon_set_icon_name (INOVDA_FIXED_ICON (icon), ICON);
  gtk_widget_add_css_class (image, "success");
  gtk_widget_add_css_class (icon, "success");
  window = window_with (box, image, icon);
  light = draw (icon);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_test_widget_wait_for_draw (window);
  gtk_test_widget_wait_for_draw (window);
  dark = draw (icon);
  dark_image = draw (image);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  g_assert_false (g_bytes_equal (light, dark));
  g_assert_cmpuint (max_difference (dark_image, dark), <=, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc,
      char *argv[])
{
  if (!inovda_test_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/inovda/fixed-icon/like-an-image", test_like_an_image);
  g_test_add_func ("/inovda/fixed-icon/dark", test_dark);

  return g_test_run ();
}
