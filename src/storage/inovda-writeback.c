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
#include <unistd.h>

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
 * nothing.
 *
 * Written pages may still wait in the disk's own cache, which the
 * commit's sync then has to empty (a third of a second for a national
 * import on a virtual disk). Every FLUSH_STEP of growth a thread of its
 * own syncs the file, so that the disk empties its cache while the edit
 * goes on. A sync more than SQLite asks for only makes written pages
 * durable sooner: it changes nothing of what a crash leaves. */

#define WRITEBACK_STEP (4 * 1024 * 1024)
#define FLUSH_STEP (32 * 1024 * 1024)

struct _InovdaWriteback
{
  int fd; /* SQLite's own descriptor of the file, never closed here */
  dev_t device;
  ino_t inode;
  off_t started;    /* bytes of the file whose writing was started */
  off_t flushed_at; /* started, when the last sync was asked for */

  GThread *flusher; /* created at the first sync asked for */
  GMutex lock;
  GCond wake;
  gboolean flush_wanted;
  gboolean quit;
  guint n_flushes; /* syncs done by the flusher */
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

#ifdef __linux__
/* Whether @fd still names the file; fills @info. */
static gboolean
same_file (InovdaWriteback *self,
           int fd,
           struct stat *info)
{
  return fstat (fd, info) == 0 && info->st_dev == self->device && info->st_ino == self->inode;
}

static gpointer
flusher_run (gpointer data)
{
  InovdaWriteback *self = data;

  g_mutex_lock (&self->lock);
  for (;;)
    {
      struct stat info;
      int fd;

      while (!self->flush_wanted && !self->quit)
        g_cond_wait (&self->wake, &self->lock);
      if (self->quit)
        break;
      self->flush_wanted = FALSE;
      fd = self->fd;
      g_mutex_unlock (&self->lock);
      /* The edit ends only after this thread was joined, but a portfolio
       * finalized in the middle of one closes SQLite's descriptor first:
       * only the same file is synced. */
      if (fd >= 0 && same_file (self, fd, &info))
        fdatasync (fd);
      g_mutex_lock (&self->lock);
      self->n_flushes++;
    }
  g_mutex_unlock (&self->lock);
  return NULL;
}

static void
ask_for_flush (InovdaWriteback *self)
{
  if (self->started - self->flushed_at < FLUSH_STEP)
    return;
  self->flushed_at = self->started;
  g_mutex_lock (&self->lock);
  if (self->flusher == NULL)
    self->flusher = g_thread_try_new ("inovda-flush", flusher_run, self, NULL);
  self->flush_wanted = TRUE;
  g_cond_signal (&self->wake);
  g_mutex_unlock (&self->lock);
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
  self->flushed_at = info.st_size;
  g_mutex_init (&self->lock);
  g_cond_init (&self->wake);
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
  if (!same_file (self, self->fd, &info))
    {
      /* The descriptor was closed and its number reused: stop. */
      g_mutex_lock (&self->lock);
      self->fd = -1;
      g_mutex_unlock (&self->lock);
      return;
    }
  if (info.st_size - self->started < WRITEBACK_STEP)
    return;
  sync_file_range (self->fd, self->started, info.st_size - self->started, SYNC_FILE_RANGE_WRITE);
  self->started = info.st_size;
  ask_for_flush (self);
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

/* Syncs the flusher has finished so far. */
guint
inovda_writeback_get_n_flushes (InovdaWriteback *self)
{
  guint n;

  g_return_val_if_fail (self != NULL, 0);

  g_mutex_lock (&self->lock);
  n = self->n_flushes;
  g_mutex_unlock (&self->lock);
  return n;
}

/* Waits for a sync in progress: SQLite may close the descriptor once
 * this returns. */
void
inovda_writeback_free (InovdaWriteback *self)
{
  if (self == NULL)
    return;
  if (self->flusher != NULL)
    {
      g_mutex_lock (&self->lock);
      self->quit = TRUE;
      g_cond_signal (&self->wake);
      g_mutex_unlock (&self->lock);
      g_thread_join (self->flusher);
    }
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->wake);
  g_free (self);
}
