/* main.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "inovda-application.h"

int
main (int argc,
      char *argv[])
{
  g_autoptr (InovdaApplication) application = NULL;

  setlocale (LC_ALL, "");
  /* INOVDA_LOCALEDIR lets a build run uninstalled in the user's language. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("INOVDA_LOCALEDIR") ? g_getenv ("INOVDA_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_ ("Inovda"));

  application = inovda_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
