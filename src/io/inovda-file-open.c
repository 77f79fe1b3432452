/* inovda-file-open.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "inovda-file-open.h"

static void
set_errno_error (int saved_errno,
                 const char *display_name,
                 GError **error)
{
  if (display_name != NULL)
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 /* Translators: the first %s is a file name, the second the system's reason */
                 _ ("%s: The file cannot be read: %s"), display_name, g_strerror (saved_errno));
  else
    g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
}

int
_inovda_file_open_regular (const char *path,
                           const char *display_name,
                           GError **error)
{
  struct stat info;
  gboolean is_folder;
  int fd;

  /* O_NONBLOCK: opening a FIFO must not wait for a writer. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0)
    {
      set_errno_error (errno, display_name, error);
      return -1;
    }
  if (fstat (fd, &info) != 0)
    {
      int saved_errno = errno;

      close (fd);
      set_errno_error (saved_errno, display_name, error);
      return -1;
    }
  if (S_ISREG (info.st_mode))
    return fd;

  close (fd);
  is_folder = S_ISDIR (info.st_mode);
  if (display_name != NULL)
    g_set_error (error, G_IO_ERROR, is_folder ? G_IO_ERROR_IS_DIRECTORY : G_IO_ERROR_NOT_REGULAR_FILE,
                 is_folder ? _ ("%s: This is a folder, not a file") : _ ("%s: This is not a regular file"),
                 display_name);
  else
    g_set_error_literal (error, G_IO_ERROR, is_folder ? G_IO_ERROR_IS_DIRECTORY : G_IO_ERROR_NOT_REGULAR_FILE,
                         is_folder ? _ ("This is a folder, not a file") : _ ("This is not a regular file"));
  return -1;
}
