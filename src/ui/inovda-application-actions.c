/* inovda-application-actions.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-application-actions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "inovda-application-private.h"

static void
about_action (GSimpleAction *action,
              GVariant *param,
              gpointer user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  const char *developers[] = {
    _ ("The Inovda authors"),
    NULL,
  };

  adw_show_about_window (gtk_application_get_active_window (application),
                         "application-name", _ ("Inovda"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _ ("The Inovda authors"),
                         "developers", developers,
                         "copyright", "© 2026 The Inovda authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://github.com/inovda/inovda",
                         "issue-url", "https://github.com/inovda/inovda/issues",
                         /* Translators: your names, one per line */
                         "translator-credits", _ ("translator-credits"),
                         "comments", _ ("Keep the region’s portfolio of regional innovations and compute its Indeks Inovasi Daerah."),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant *param,
             gpointer user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  g_autoptr (GList) windows = g_list_copy (gtk_application_get_windows (application));

  /* Closing each window lets it save its size first. */
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

/* The "style-variant" setting: follow the system, or force light or dark. */
static void
apply_style_variant (const char *variant)
{
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (variant, "light") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (variant, "dark") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static void
style_variant_changed_cb (GSettings *settings,
                          const char *key,
                          gpointer user_data)
{
  g_autofree char *variant = g_settings_get_string (settings, "style-variant");

  apply_style_variant (variant);
}

/* Without the settings schema (a build run in place), the choice lasts
 * until the application quits. */
static void
change_style_variant (GSimpleAction *action,
                      GVariant *value,
                      gpointer user_data)
{
  apply_style_variant (g_variant_get_string (value, NULL));
  g_simple_action_set_state (action, value);
}

void
_inovda_application_actions_init (InovdaApplication *self,
                                  GSettings *settings)
{
  g_autoptr (GAction) style = NULL;

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);
  if (settings != NULL)
    {
      style = g_settings_create_action (settings, "style-variant");
      g_signal_connect_object (settings, "changed::style-variant", G_CALLBACK (style_variant_changed_cb), self, 0);
      style_variant_changed_cb (settings, "style-variant", self);
    }
  else
    {
      style = G_ACTION (g_simple_action_new_stateful ("style-variant", G_VARIANT_TYPE_STRING,
                                                      g_variant_new_string ("default")));
      g_signal_connect (style, "change-state", G_CALLBACK (change_style_variant), NULL);
    }
  g_action_map_add_action (G_ACTION_MAP (self), style);
}
