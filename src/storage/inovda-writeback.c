/* inovda-writeback.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE /* sync_file_range */
#include "config.h"

#include "inovda-writeback.h"

#include <sys/stat.h>
#include <sys/types.h>

#ifdef __linux__
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#endif

/* A large edit leaves every page it wrote in the kernel's cache until the
 * commit's sync, which then waits for all of them at once (half a second
 * for the 200 MB of a national import). Asking the kernel to start
 * writing them as the file grows lets the disk work while the edit goes
 * on; the commit's sync, which alone makes the edit durable, is
 * unchanged. Only Linux has sync_file_range(); elsewhere this does
 * nothing. */

#define WRITEBACK_STEP (4 * 1024 * 1024)

struct _InovdaWriteback
{
  int fd; /* SQLite's own descriptor of the file, never closed here */
  dev_t device;
  ino_t inode;
  off_t started; /* bytes of the file whose writing was started */
};

#ifdef __linux__
/* SQLite does not hand out its descriptor. The one to use is any open
 * descriptor of the same file, which the process's descriptor table
 * names; it is only borrowed (closing a descriptor of the file would drop
 * SQLite's locks on it). */
static int
find_descriptor (dev_t device,
                 ino_t inode)
{
  DIR *fds = opendir ("/proc/self/fd");
  struct dirent *entry;
  int found = -1;

  if (fds == NULL)
    return -1;
  while (found < 0 && (entry = readdir (fds)) != NULL)
    {
      struct stat info;
      char *end;
      long fd = strtol (entry->d_name, &end, 10);

      if (*end != '\0' || end == entry->d_name || fd == dirfd (fds))
        continue;
      if (fstat ((int) fd, &info) == 0 && S_ISREG (info.st_mode) &&
          info.st_dev == device && info.st_ino == inode &&
          (fcntl ((int) fd, F_GETFL) & O_ACCMODE) != O_RDONLY)
        found = (int) fd;
    }
  closedir (fds);
  return found;
}
#endif

InovdaWriteback *
inovda_writeback_new (const char *path)
{
#ifdef __linux__
  InovdaWriteback *self;
  struct stat info;
  int fd;

  if (path == NULL || *path == '\0' || stat (path, &info) != 0)
    return NULL;
  fd = find_descriptor (info.st_dev, info.st_ino);
  if (fd < 0)
    return NULL;
  self = g_new0 (InovdaWriteback, 1);
  self->fd = fd;
  self->device = info.st_dev;
  self->inode = info.st_ino;
  self->started = info.st_size;
  return self;
#else
  (void) path;
  return NULL;
#endif
}

void
inovda_writeback_poll (InovdaWriteback *self)
{
#ifdef __linux__
  struct stat info;

  if (self == NULL || self->fd < 0)
    return;
  if (fstat (self->fd, &info) != 0 || info.st_dev != self->device || info.st_ino != self->inode)
    {
      /* The descriptor was closed and its number reused: stop. */
      self->fd = -1;
      return;
    }
  if (info.st_size - self->started < WRITEBACK_STEP)
    return;
  sync_file_range (self->fd, self->started, info.st_size - self->started, SYNC_FILE_RANGE_WRITE);
  self->started = info.st_size;
#else
  (void) self;
#endif
}

/* Bytes of the file whose writing was started, from its beginning; -1
 * once the descriptor was lost. */
gint64
inovda_writeback_get_started (InovdaWriteback *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->fd >= 0 ? (gint64) self->started : -1;
}

void
inovda_writeback_free (InovdaWriteback *self)
{
  g_free (self);
}
