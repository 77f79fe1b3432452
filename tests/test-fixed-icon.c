/* test-fixed-icon.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The icon of list cells: drawn as GtkImage draws the same icon, in the
 * colours its CSS gives it now, in either text direction and at the
 * surface's scale, from textures kept per icon and colours until the
 * icon theme changes. Run a second time with GDK_SCALE=2.
 */

#include "config.h"

#include "inovda-test-ui.h"
#include "ui/inovda-fixed-icon.h"

#define SIZE 16
/* Foreground only, then one with a part in the error colour. */
#define PLAIN_ICON "emblem-ok-symbolic"
#define TWO_COLOUR_ICON "network-error-symbolic"
/* Adwaita has a right-to-left variant of it. */
#define DIRECTED_ICON "pan-end-symbolic"

/* @widget as it is drawn, SIZE × SIZE at its scale. */
static GBytes *
draw (GtkWidget *widget)
{
  g_assert_cmpint (gtk_widget_get_width (widget), ==, SIZE);
  g_assert_cmpint (gtk_widget_get_height (widget), ==, SIZE);
  return inovda_test_draw (widget);
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

  g_assert_cmpuint (g_bytes_get_size (b), ==, size);
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

typedef struct
{
  GtkWidget *window;
  GtkWidget *image;
  GtkWidget *icon;
} Pair;

/* A GtkImage and an InovdaFixedIcon of @icon_name, side by side. */
static void
pair_init (Pair *pair,
           const char *icon_name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  const char *scale = g_getenv ("GDK_SCALE");

  pair->image = gtk_image_new_from_icon_name (icon_name);
  pair->icon = inovda_fixed_icon_new ();
  inovda_fixed_icon_set_icon_name (INOVDA_FIXED_ICON (pair->icon), icon_name);
  gtk_image_set_pixel_size (GTK_IMAGE (pair->image), SIZE);
  gtk_widget_set_halign (pair->image, GTK_ALIGN_START);
  gtk_widget_set_halign (pair->icon, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), pair->image);
  gtk_box_append (GTK_BOX (box), pair->icon);
  pair->window = inovda_test_window_with (box);
  /* The second run is at another scale, or it tests nothing new. */
  if (scale != NULL)
    g_assert_cmpint (gtk_widget_get_scale_factor (pair->icon), ==, atoi (scale));
}

static void
pair_set_classes (Pair *pair,
                  const char *css_class)
{
  const char *classes[] = { css_class, NULL };

  gtk_widget_set_css_classes (pair->image, classes);
  gtk_widget_set_css_classes (pair->icon, classes);
  gtk_test_widget_wait_for_draw (pair->window);
}

/* The icon as GtkImage draws it, to a rounding of the alpha. */
static GBytes *
assert_like_the_image (Pair *pair)
{
  g_autoptr (GBytes) expected = draw (pair->image);
  GBytes *drawn = draw (pair->icon);
  guint64 sums[4];

  g_assert_cmpuint (max_difference (expected, drawn), <=, 2);
  channel_sums (drawn, sums);
  g_assert_cmpuint (sums[3], >, 0);
  return drawn;
}

/* In each colour, and for an icon with a part in another colour of the
 * palette, the icon is GtkImage's; a colour that changes is drawn at
 * once, and one met before again as it was. */
static void
test_like_an_image (void)
{
  const char *const icons[] = { PLAIN_ICON, TWO_COLOUR_ICON };
  const char *const classes[] = { "success", "warning", "error", "success" };

  for (guint n = 0; n < G_N_ELEMENTS (icons); n++)
    {
      g_autoptr (GBytes) first = NULL;
      g_autoptr (GBytes) blank = NULL;
      guint64 success[4];
      guint64 warning[4];
      guint64 sums[4];
      Pair pair;

      pair_init (&pair, icons[n]);
      for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
        {
          g_autoptr (GBytes) drawn = NULL;

          pair_set_classes (&pair, classes[i]);
          drawn = assert_like_the_image (&pair);
          if (i == 0)
            {
              first = g_bytes_ref (drawn);
              channel_sums (drawn, success);
            }
          else if (i == 1)
            {
              channel_sums (drawn, warning);
              /* Adwaita's success is green, its warning orange (the
               * second icon has a part in red, the error colour). */
              if (n == 0)
                g_assert_cmpuint (success[1], >, success[2]);
              g_assert_cmpuint (warning[2], >, warning[0]);
              g_assert_cmpuint (max_difference (first, drawn), >, 32);
            }
          else if (i == 3)
            g_assert_true (g_bytes_equal (first, drawn));
        }

      inovda_fixed_icon_set_icon_name (INOVDA_FIXED_ICON (pair.icon), NULL);
      gtk_test_widget_wait_for_draw (pair.window);
      blank = draw (pair.icon);
      channel_sums (blank, sums);
      g_assert_cmpuint (sums[3], ==, 0);
      gtk_window_destroy (GTK_WINDOW (pair.window));
    }
}

/* Right to left, an icon with a variant for it is drawn as that variant. */
static void
test_right_to_left (void)
{
  g_autoptr (GBytes) left_to_right = NULL;
  g_autoptr (GBytes) right_to_left = NULL;
  Pair pair;

  pair_init (&pair, DIRECTED_ICON);
  left_to_right = assert_like_the_image (&pair);
  gtk_widget_set_direction (pair.image, GTK_TEXT_DIR_RTL);
  gtk_widget_set_direction (pair.icon, GTK_TEXT_DIR_RTL);
  gtk_test_widget_wait_for_draw (pair.window);
  right_to_left = assert_like_the_image (&pair);
  g_assert_cmpuint (max_difference (left_to_right, right_to_left), >, 32);

  gtk_window_destroy (GTK_WINDOW (pair.window));
}

/* Dark mode changes the foreground and the palette the icon is drawn in. */
static void
test_dark (void)
{
  const char *const icons[] = { PLAIN_ICON, TWO_COLOUR_ICON };
  AdwStyleManager *style = adw_style_manager_get_default ();

  for (guint n = 0; n < G_N_ELEMENTS (icons); n++)
    {
      g_autoptr (GBytes) light = NULL;
      g_autoptr (GBytes) dark = NULL;
      Pair pair;

      pair_init (&pair, icons[n]);
      light = assert_like_the_image (&pair);

      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
      gtk_test_widget_wait_for_draw (pair.window);
      gtk_test_widget_wait_for_draw (pair.window);
      dark = assert_like_the_image (&pair);
      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
      gtk_test_widget_wait_for_draw (pair.window);

      g_assert_false (g_bytes_equal (light, dark));
      gtk_window_destroy (GTK_WINDOW (pair.window));
    }
}

/* An icon is drawn once per colour; a change of the icon theme starts
 * again from none. */
static void
test_kept_until_the_theme_changes (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GBytes) after = NULL;
  guint n_kept;
  Pair pair;

  g_signal_emit_by_name (theme, "changed");
  g_assert_cmpuint (inovda_fixed_icon_get_n_textures (theme), ==, 0);

  pair_init (&pair, PLAIN_ICON);
  pair_set_classes (&pair, "success");
  n_kept = inovda_fixed_icon_get_n_textures (theme);
  g_assert_cmpuint (n_kept, >=, 1);
  gtk_widget_queue_draw (pair.icon);
  gtk_test_widget_wait_for_draw (pair.window);
  g_assert_cmpuint (inovda_fixed_icon_get_n_textures (theme), ==, n_kept);

  pair_set_classes (&pair, "warning");
  g_assert_cmpuint (inovda_fixed_icon_get_n_textures (theme), ==, n_kept + 1);
  before = draw (pair.icon);

  g_signal_emit_by_name (theme, "changed");
  g_assert_cmpuint (inovda_fixed_icon_get_n_textures (theme), ==, 0);
  gtk_widget_queue_draw (pair.icon);
  gtk_test_widget_wait_for_draw (pair.window);
  g_assert_cmpuint (inovda_fixed_icon_get_n_textures (theme), ==, 1);
  after = assert_like_the_image (&pair);
  g_assert_true (g_bytes_equal (before, after));

  gtk_window_destroy (GTK_WINDOW (pair.window));
}

int
main (int argc,
      char *argv[])
{
  if (!inovda_test_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/inovda/fixed-icon/like-an-image", test_like_an_image);
  g_test_add_func ("/inovda/fixed-icon/right-to-left", test_right_to_left);
  g_test_add_func ("/inovda/fixed-icon/dark", test_dark);
  g_test_add_func ("/inovda/fixed-icon/kept-until-the-theme-changes", test_kept_until_the_theme_changes);

  return g_test_run ();
}
