/* inovda-test-ui.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>
#include <libintl.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "storage/inovda-demo.h"
#include "storage/inovda-portfolio.h"
#include "ui/inovda-settings.h"
#include "ui/inovda-ui-layout.h"

/* What every UI test needs: settings reset, template children, waiting for
 * a model, screenshots, and the display and data-folder set-up. */

/* The memory settings backend lives as long as the process: start every
 * test from the defaults. */
G_GNUC_UNUSED static void
reset_settings (void)
{
  g_autoptr (GSettings) settings = inovda_settings_new ();
  g_autoptr (GSettingsSchema) schema = NULL;
  g_auto (GStrv) keys = NULL;

  if (settings == NULL)
    return;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

G_GNUC_UNUSED static gpointer
template_child (gpointer widget,
                GType type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

G_GNUC_UNUSED static gboolean
has_display (void)
{
  const char *display = g_getenv ("DISPLAY");
  const char *wayland = g_getenv ("WAYLAND_DISPLAY");

  return (display != NULL && display[0] != '\0') || (wayland != NULL && wayland[0] != '\0');
}

/* Each test gets empty XDG folders, system data included, but the icon
 * theme and the MIME database (which recognises SVG icons) must come from
 * the system: point both at the system folders before the isolation. */
G_GNUC_UNUSED static void
keep_system_data (char ***icon_dirs)
{
  const char *const *data_dirs = g_get_system_data_dirs ();
  g_autoptr (GPtrArray) mime = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) icons = g_ptr_array_new ();

  for (guint i = 0; data_dirs[i] != NULL; i++)
    {
      g_ptr_array_add (mime, g_build_filename (data_dirs[i], "mime", NULL));
      g_ptr_array_add (icons, g_build_filename (data_dirs[i], "icons", NULL));
    }
  g_ptr_array_add (mime, NULL);
  g_ptr_array_add (icons, NULL);

  g_content_type_set_mime_dirs ((const char *const *) mime->pdata);
  *icon_dirs = (char **) g_ptr_array_free (g_steal_pointer (&icons), FALSE);
}

G_GNUC_UNUSED static void
spin_until_n_items (GListModel *model,
                    guint n_items)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_list_model_get_n_items (model) != n_items &&
         g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* The first widget of @type under @widget, itself included, or NULL. */
G_GNUC_UNUSED static gpointer
find_descendant (GtkWidget *widget,
                 GType type)
{
  return inovda_ui_find_descendant (widget, type);
}

/* A new window showing @child, drawn once. */
G_GNUC_UNUSED static GtkWidget *
inovda_test_window_with (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  return window;
}

/* The render node of @widget as last drawn, scaled by @scale; NULL when
 * it draws nothing. */
G_GNUC_UNUSED static GskRenderNode *
inovda_test_render_node (GtkWidget *widget,
                         int scale)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();

  gtk_snapshot_scale (snapshot, scale, scale);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

/* @widget as its window's renderer draws it at its scale, in pixels of 4
 * bytes (B, G, R, A, premultiplied); all 0 when it draws nothing. */
G_GNUC_UNUSED static GBytes *
inovda_test_draw (GtkWidget *widget)
{
  int scale = gtk_widget_get_scale_factor (widget);
  g_autoptr (GskRenderNode) node = inovda_test_render_node (widget, scale);
  g_autoptr (GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget) * scale;
  int height = gtk_widget_get_height (widget) * scale;
  guchar *pixels = g_malloc0 ((gsize) width * 4 * height);

  if (node != NULL)
    {
      texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
      gdk_texture_download (texture, pixels, width * 4);
    }
  return g_bytes_new_take (pixels, (gsize) width * 4 * height);
}

G_GNUC_UNUSED static void
inovda_test_save_screenshot (GtkWidget *widget,
                             const char *name)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  const char *language = g_getenv ("LANGUAGE");
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer;

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (language != NULL && language[0] != '\0')
    file_name = g_strdup_printf ("screenshot-%s-%s.png", name, language);
  else
    file_name = g_strdup_printf ("screenshot-%s.png", name);
  path = g_test_build_filename (G_TEST_BUILT, file_name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

/* The portfolio of a window's test, in a temporary folder of its own. */
typedef struct
{
  char *folder;
  char *path;
  InovdaPortfolio *portfolio;
} InovdaTestPortfolio;

G_GNUC_UNUSED static void
inovda_test_portfolio_open (InovdaTestPortfolio *self,
                            gboolean with_demo)
{
  g_autoptr (GError) error = NULL;

  self->folder = g_dir_make_tmp ("inovda-test-XXXXXX", &error);
  g_assert_no_error (error);
  self->path = g_build_filename (self->folder, "test.inovda", NULL);
  self->portfolio = inovda_portfolio_open (self->path, &error);
  g_assert_no_error (error);
  g_assert_true (INOVDA_IS_PORTFOLIO (self->portfolio));
  if (with_demo)
    {
      g_assert_true (inovda_demo_populate (self->portfolio, FALSE, &error));
      g_assert_no_error (error);
    }
}

/* Checks that nothing else holds the portfolio, then removes the folder
 * with everything the test wrote in it. */
G_GNUC_UNUSED static void
inovda_test_portfolio_close (InovdaTestPortfolio *self)
{
  g_autoptr (GDir) dir = NULL;
  const char *name;

  g_assert_finalize_object (self->portfolio);

  dir = g_dir_open (self->folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (self->folder, name, NULL);

      g_assert_cmpint (g_unlink (file), ==, 0);
    }
  g_assert_cmpint (g_rmdir (self->folder), ==, 0);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->folder, g_free);
}

/* GTK 4.8 now and then draws a frame in which a widget that lost its
 * allocation during the frame's own layout is left out, and says so with a
 * warning; a whole-window reload on a loaded machine met it in about one
 * run in twenty. A frame or two of it is GTK's, not a test's failure, and
 * is printed; a window that stays unallocated warns on every frame, and
 * from the fourth warning on it is fatal like every other warning
 * (G_DEBUG=fatal-warnings). */
#define TOLERATED_SNAPSHOT_WARNINGS 3
static GLogWriterOutput
test_log_writer (GLogLevelFlags log_level,
                 const GLogField *fields,
                 gsize n_fields,
                 gpointer user_data)
{
  static guint n_snapshot_warnings;
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0)
        domain = fields[i].value;
      else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
        message = fields[i].value;
    }
  if ((log_level & G_LOG_LEVEL_WARNING) && g_strcmp0 (domain, "Gtk") == 0 && message != NULL &&
      g_str_has_prefix (message, "Trying to snapshot ") && strstr (message, " without a current allocation") != NULL &&
      ++n_snapshot_warnings <= TOLERATED_SNAPSHOT_WARNINGS)
    {
      g_test_message ("GTK: %s", message);
      return G_LOG_WRITER_HANDLED;
    }
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

/* Everything a UI test's main() does before adding its cases. Returns
 * FALSE, having printed a TAP skip, when there is no display. */
G_GNUC_UNUSED static gboolean
inovda_test_ui_init (int *argc,
                     char ***argv)
{
  g_autofree char *localedir = NULL;
  g_auto (GStrv) icon_dirs = NULL;
  /* Lives as long as the test process. */
  GtkCssProvider *css = NULL;

  g_log_set_writer_func (test_log_writer, NULL, NULL);

  if (!has_display ())
    {
      g_print ("1..0 # SKIP no display\n");
      return FALSE;
    }

  /* gtk_test_init() drops the options of g_test_init(), so its steps are
   * taken here, with isolated directories and the environment's locale
   * (C.UTF-8 in the test suite, LANGUAGE=id for Indonesian screenshots). */
  keep_system_data (&icon_dirs);
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  gtk_disable_setlocale ();
  setlocale (LC_ALL, "");
  localedir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_init ();
  adw_init ();

  gtk_icon_theme_set_search_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                  (const char *const *) icon_dirs);
  /* Screenshots show the final state, not a transition. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* What AdwApplication loads for the application. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/inovda/Inovda/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  return TRUE;
}
