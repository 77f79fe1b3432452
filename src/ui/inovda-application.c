/* inovda-application.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-application"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "inovda-application-private.h"
#include "inovda-settings.h"
#include "inovda-window-private.h"

struct _InovdaApplication
{
  AdwApplication parent_instance;

  GSettings *settings; /* NULL when the schema is not installed */
};

G_DEFINE_FINAL_TYPE (InovdaApplication, inovda_application, ADW_TYPE_APPLICATION)

/* INOVDA_PORTFOLIO wins (tests, the README), then the portfolio opened
 * last, then the default one, created on first use. */
static char *
startup_portfolio_path (void)
{
  const char *from_environment = g_getenv ("INOVDA_PORTFOLIO");
  g_autoptr (GSettings) settings = NULL;

  if (from_environment != NULL && from_environment[0] != '\0')
    return g_strdup (from_environment);

  settings = inovda_settings_new ();
  if (settings != NULL)
    {
      g_autofree char *last = g_settings_get_string (settings, "last-portfolio");

      if (last[0] != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&last);
    }

  return inovda_portfolio_default_path ();
}

static InovdaWindow *
active_window (InovdaApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return INOVDA_IS_WINDOW (window) ? INOVDA_WINDOW (window) : NULL;
}

/* ------------------------------------------------------------------------ */

static void
inovda_application_activate (GApplication *application)
{
  InovdaApplication *self = INOVDA_APPLICATION (application);
  InovdaWindow *window = active_window (self);

  if (window == NULL)
    {
      g_autofree char *path = startup_portfolio_path ();
      g_autofree char *default_path = inovda_portfolio_default_path ();
      g_autoptr (InovdaPortfolio) portfolio = NULL;
      g_autoptr (GError) error = NULL;

      if (g_strcmp0 (path, default_path) == 0)
        portfolio = inovda_portfolio_open_default (&error);
      else
        portfolio = inovda_portfolio_open (path, &error);
      window = inovda_window_new (GTK_APPLICATION (self), portfolio);
      gtk_window_present (GTK_WINDOW (window));
      if (portfolio == NULL)
        inovda_window_show_error (window, _ ("Could Not Open the Portfolio"), error);
      return;
    }

  gtk_window_present (GTK_WINDOW (window));
}

static void
inovda_application_open (GApplication *application,
                         GFile **files,
                         int n_files,
                         const char *hint)
{
  InovdaApplication *self = INOVDA_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      InovdaWindow *window = i == 0 ? active_window (self) : NULL;

      if (window == NULL)
        window = inovda_window_new (GTK_APPLICATION (self), NULL);
      gtk_window_present (GTK_WINDOW (window));
      _inovda_window_open_file (window, files[i]);
    }
}

static void
inovda_application_startup (GApplication *application)
{
  InovdaApplication *self = INOVDA_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (inovda_application_parent_class)->startup (application);

  self->settings = inovda_settings_new ();
  _inovda_application_actions_init (self, self->settings);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
}

static void
inovda_application_dispose (GObject *object)
{
  InovdaApplication *self = INOVDA_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (inovda_application_parent_class)->dispose (object);
}

static void
inovda_application_class_init (InovdaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = inovda_application_dispose;

  application_class->activate = inovda_application_activate;
  application_class->open = inovda_application_open;
  application_class->startup = inovda_application_startup;
}

static void
inovda_application_init (InovdaApplication *self)
{
}

InovdaApplication *
inovda_application_new (void)
{
  return g_object_new (INOVDA_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/inovda/Inovda",
                       NULL);
}
