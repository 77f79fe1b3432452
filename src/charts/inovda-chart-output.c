/* inovda-chart-output.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-chart"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "inovda-chart-output.h"

struct _InovdaChartOutput
{
  char *path;
  char *temp_path;
  int fd;
  int write_errno;
  gboolean committed;
};

static void
set_error (GError **error,
           const char *path,
           int saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: a file path, then the reason */
               _ ("Cannot write %s: %s"), path, g_strerror (saved_errno));
}

/**
 * inovda_chart_output_open:
 * @path: the destination
 *
 * Returns: (transfer full): the output, or %NULL with @error set
 */
InovdaChartOutput *
inovda_chart_output_open (const char *path,
                          GError **error)
{
  g_autoptr (InovdaChartOutput) output = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *template = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  folder = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  template = g_strdup_printf (".%s.XXXXXX", base);

  output = g_new0 (InovdaChartOutput, 1);
  output->path = g_strdup (path);
  output->temp_path = g_build_filename (folder, template, NULL);
  output->fd = g_mkstemp_full (output->temp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (output->fd < 0)
    {
      set_error (error, path, errno);
      g_clear_pointer (&output->temp_path, g_free);
      return NULL;
    }
  return g_steal_pointer (&output);
}

/* A cairo_write_func_t; the closure is the InovdaChartOutput. */
cairo_status_t
inovda_chart_output_write (void *closure,
                           const unsigned char *data,
                           unsigned int length)
{
  InovdaChartOutput *output = closure;

  while (length > 0)
    {
      ssize_t written = write (output->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          output->write_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= (unsigned int) written;
    }
  return CAIRO_STATUS_SUCCESS;
}

/**
 * inovda_chart_output_commit:
 * @status: the status of the surface that wrote to @output, after
 *   cairo_surface_finish()
 *
 * Moves the written file over the destination, or removes it when
 * anything failed.
 *
 * Returns: %TRUE if the destination now holds the new file
 */
gboolean
inovda_chart_output_commit (InovdaChartOutput *output,
                            cairo_status_t status,
                            GError **error)
{
  int fd;

  g_return_val_if_fail (output != NULL && output->fd >= 0, FALSE);

  if (output->write_errno != 0)
    {
      set_error (error, output->path, output->write_errno);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _ ("Cannot write %s: %s"), output->path, cairo_status_to_string (status));
      return FALSE;
    }

  /* Like g_file_set_contents(): sync before replacing an existing file, so a
   * crash never leaves it empty. */
  if (g_file_test (output->path, G_FILE_TEST_EXISTS) && fsync (output->fd) != 0)
    {
      set_error (error, output->path, errno);
      return FALSE;
    }
  fd = output->fd;
  output->fd = -1;
  if (close (fd) != 0)
    {
      set_error (error, output->path, errno);
      return FALSE;
    }
  if (g_rename (output->temp_path, output->path) != 0)
    {
      set_error (error, output->path, errno);
      return FALSE;
    }
  output->committed = TRUE;
  return TRUE;
}

void
inovda_chart_output_free (InovdaChartOutput *output)
{
  if (output == NULL)
    return;
  if (output->fd >= 0)
    close (output->fd);
  if (!output->committed && output->temp_path != NULL)
    g_unlink (output->temp_path);
  g_free (output->path);
  g_free (output->temp_path);
  g_free (output);
}
