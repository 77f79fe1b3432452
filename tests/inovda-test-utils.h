/* inovda-test-utils.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>

G_BEGIN_DECLS

/* A fresh file name in the test case's own data folder, which
 * G_TEST_OPTION_ISOLATE_DIRS makes new for every test case. */
static inline char *
inovda_test_temp_path (const char *name)
{
  static guint counter;
  g_autofree char *unique = g_strdup_printf ("%u-%s", ++counter, name);
  const char *folder = g_get_user_data_dir ();

  g_mkdir_with_parents (folder, 0700);
  return g_build_filename (folder, unique, NULL);
}

G_END_DECLS
