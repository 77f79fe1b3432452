/* inovda-export-files.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-export-files"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "inovda-export-private.h"

#define FILES_SUFFIX "-berkas"

struct _InovdaExportFiles
{
  InovdaPortfolio *portfolio;
  char *folder;
  char *folder_name;  /* its base name, the prefix of every relative path */
  GHashTable *copied; /* sha256 → relative path */
};

char *
inovda_export_files_folder (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *folder = g_path_get_dirname (path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_strdup_printf ("%s%s%s%s", folder, G_DIR_SEPARATOR_S, base, FILES_SUFFIX);
}

InovdaExportFiles *
_inovda_export_files_new (InovdaPortfolio *portfolio,
                          const char *path)
{
  InovdaExportFiles *files = g_new0 (InovdaExportFiles, 1);

  files->portfolio = g_object_ref (portfolio);
  files->folder = inovda_export_files_folder (path);
  files->folder_name = g_path_get_basename (files->folder);
  files->copied = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return files;
}

void
_inovda_export_files_free (InovdaExportFiles *files)
{
  if (files == NULL)
    return;
  g_object_unref (files->portfolio);
  g_free (files->folder);
  g_free (files->folder_name);
  g_hash_table_unref (files->copied);
  g_free (files);
}

const char *
_inovda_export_files_copy (InovdaExportFiles *files,
                           const InovdaDumpEvidence *evidence,
                           GError **error)
{
  g_autoptr (GBytes) contents = NULL;
  g_autofree char *safe_name = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *target = NULL;
  char *relative;

  relative = g_hash_table_lookup (files->copied, evidence->sha256);
  if (relative != NULL)
    return relative;

  contents = inovda_portfolio_read_file (files->portfolio, evidence->sha256, error);
  if (contents == NULL)
    return NULL;

  /* The stored name is a hint only: letters, digits, "-", "_" and single dots. */
  safe_name = g_strdup (evidence->file_name != NULL ? evidence->file_name : "berkas");
  g_strcanon (safe_name, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.", '_');
  for (char *p = safe_name; *p != '\0'; p++)
    if (*p == '.' && (p == safe_name || p[1] == '.' || p[1] == '\0'))
      *p = '_';
  file_name = g_strdup_printf ("%.12s-%s", evidence->sha256, safe_name);
  target = g_build_filename (files->folder, file_name, NULL);

  if (g_mkdir_with_parents (files->folder, 0755) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: a folder path, then the system's reason */
                   _ ("Could not write %s: %s"), files->folder, g_strerror (saved_errno));
      return NULL;
    }
  if (!g_file_set_contents (target, g_bytes_get_data (contents, NULL), (gssize) g_bytes_get_size (contents), error))
    return NULL;
  relative = g_strdup_printf ("%s/%s", files->folder_name, file_name);
  g_hash_table_insert (files->copied, g_strdup (evidence->sha256), relative);
  return relative;
}
