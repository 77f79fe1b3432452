/* fuzz-input.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
#include "fuzz-input.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#define PART_MARK "@@ "
#define NEXT_PART_MARK "\n@@ "

static char *folder;

static void
remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

static void
remove_folder (void)
{
  remove_tree (folder);
}

const char *
fuzz_input_folder (void)
{
  if (folder == NULL)
    {
      g_autoptr (GError) error = NULL;

      folder = g_dir_make_tmp ("inovda-fuzz-XXXXXX", &error);
      if (folder == NULL)
        g_error ("%s", error->message);
      atexit (remove_folder);
    }
  return folder;
}

static void
write_raw (const char *path,
           const guint8 *data,
           gsize size)
{
  g_autoptr (GError) error = NULL;

  if (!g_file_set_contents (path, (const char *) data, size, &error))
    g_error ("%s", error->message);
}

static void
add_part (zip_t *archive,
          const char *name,
          const guint8 *content,
          gsize size)
{
  zip_source_t *source = zip_source_buffer (archive, content, size, 0);
  zip_int64_t index;

  if (source == NULL)
    return;
  index = zip_file_add (archive, name, source, ZIP_FL_ENC_UTF_8);
  if (index < 0)
    {
      zip_source_free (source); /* a name used twice, or empty */
      return;
    }
  zip_set_file_compression (archive, index, ZIP_CM_STORE, 0);
}

static void
write_parts (const char *path,
             const guint8 *data,
             gsize size)
{
  const guint8 *end = data + size;
  const guint8 *cursor = data;
  int code = 0;
  zip_t *archive;

  g_remove (path);
  archive = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (archive == NULL)
    g_error ("zip_open failed: %d", code);

  while (cursor < end && (gsize) (end - cursor) >= strlen (PART_MARK) &&
         memcmp (cursor, PART_MARK, strlen (PART_MARK)) == 0)
    {
      const guint8 *name_start = cursor + strlen (PART_MARK);
      const guint8 *name_end = memchr (name_start, '\n', end - name_start);
      const guint8 *content, *content_end;
      g_autofree char *name = NULL;

      if (name_end == NULL)
        break;
      content = name_end + 1;
      content_end = memmem (content, end - content, NEXT_PART_MARK, strlen (NEXT_PART_MARK));
      if (content_end == NULL)
        content_end = end;
      name = g_strndup ((const char *) name_start, name_end - name_start);
      add_part (archive, name, content, content_end - content);
      cursor = content_end < end ? content_end + 1 : end;
    }

  /* libzip writes nothing for an archive without entries: the readers
   * then meet a missing file, which they must handle too. */
  if (zip_close (archive) != 0)
    {
      zip_discard (archive);
      write_raw (path, data, size);
    }
}

const char *
fuzz_input_write (const guint8 *data,
                  gsize size)
{
  static char *path;

  if (path == NULL)
    path = g_build_filename (fuzz_input_folder (), "input", NULL);

  if (size >= strlen (FUZZ_PARTS_HEADER) && memcmp (data, FUZZ_PARTS_HEADER, strlen (FUZZ_PARTS_HEADER)) == 0)
    write_parts (path, data + strlen (FUZZ_PARTS_HEADER), size - strlen (FUZZ_PARTS_HEADER));
  else
    write_raw (path, data, size);
  return path;
}
