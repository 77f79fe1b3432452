/* fuzz-replay.c: runs a fuzz target on the files of its corpus
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Without libFuzzer, each target is linked with this main() and runs as a
 * test over the inputs kept in tests/fuzz/corpus/TARGET: the seeds and
 * every input that once found a defect.
 */

#include <gio/gio.h>
#include <stdlib.h>

#include "fuzz-input.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

static GPtrArray *
list_inputs (const char *folder)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = g_dir_open (folder, 0, &error);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    g_error ("%s", error->message);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (paths, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (paths, compare_names);
  return paths;
}

int
main (int argc,
      char **argv)
{
  g_autoptr (GPtrArray) paths = NULL;

  if (argc != 2)
    {
      g_printerr ("Usage: %s CORPUS-FOLDER\n", argv[0]);
      return EXIT_FAILURE;
    }
  paths = list_inputs (argv[1]);
  LLVMFuzzerInitialize (&argc, &argv);

  g_print ("1..%u\n", paths->len);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr (GError) error = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *name = g_path_get_basename (path);
      gsize length = 0;

      if (!g_file_get_contents (path, &contents, &length, &error))
        g_error ("%s", error->message);
      LLVMFuzzerTestOneInput ((const guint8 *) contents, length);
      g_print ("ok %u %s\n", i + 1, name);
    }
  return EXIT_SUCCESS;
}
