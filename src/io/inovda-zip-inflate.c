/* inovda-zip-inflate.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <isa-l/igzip_lib.h>

#include "inovda-zip-inflate.h"

#define COMPRESSED_CHUNK (64 * 1024)

struct _InovdaZipInflate
{
  zip_file_t *compressed;
  GMutex *archive_lock;
  guint32 expected_crc;
  gboolean input_ended;
  gboolean finished;
  struct inflate_state state;
  guint8 input[COMPRESSED_CHUNK];
};

InovdaZipInflate *
_inovda_zip_inflate_new (zip_file_t *compressed,
                         guint32 expected_crc,
                         GMutex *archive_lock)
{
  InovdaZipInflate *self = g_new (InovdaZipInflate, 1);

  self->compressed = compressed;
  self->archive_lock = archive_lock;
  self->expected_crc = expected_crc;
  self->input_ended = FALSE;
  self->finished = FALSE;
  isal_inflate_init (&self->state);
  /* A raw deflate stream, with the CRC-32 of zip and gzip kept of what
   * comes out. */
  self->state.crc_flag = ISAL_GZIP_NO_HDR;
  return self;
}

void
_inovda_zip_inflate_free (InovdaZipInflate *self)
{
  g_mutex_lock (self->archive_lock);
  g_clear_pointer (&self->compressed, zip_fclose);
  g_mutex_unlock (self->archive_lock);
  g_free (self);
}

zip_file_t *
_inovda_zip_inflate_get_file (InovdaZipInflate *self)
{
  return self->compressed;
}

static gboolean
refill (InovdaZipInflate *self,
        InovdaZipInflateStatus *status)
{
  zip_int64_t n;

  g_mutex_lock (self->archive_lock);
  n = zip_fread (self->compressed, self->input, sizeof self->input);
  g_mutex_unlock (self->archive_lock);

  if (n < 0)
    {
      *status = INOVDA_ZIP_INFLATE_READ;
      return FALSE;
    }
  if (n == 0)
    self->input_ended = TRUE;
  self->state.next_in = self->input;
  self->state.avail_in = (guint32) n;
  return TRUE;
}

gssize
_inovda_zip_inflate_read (InovdaZipInflate *self,
                          char *buffer,
                          gsize length,
                          InovdaZipInflateStatus *status)
{
  *status = INOVDA_ZIP_INFLATE_OK;
  length = MIN (length, (gsize) G_MAXUINT32);

  while (!self->finished)
    {
      guint32 before_in;
      gsize written;

      if (self->state.avail_in == 0 && !self->input_ended && !refill (self, status))
        return -1;

      before_in = self->state.avail_in;
      self->state.next_out = (guint8 *) buffer;
      self->state.avail_out = (guint32) length;
      if (isal_inflate (&self->state) != ISAL_DECOMP_OK)
        {
          *status = INOVDA_ZIP_INFLATE_DAMAGED;
          return -1;
        }
      written = length - self->state.avail_out;

      if (self->state.block_state == ISAL_BLOCK_FINISH)
        {
          self->finished = TRUE;
          if (self->state.crc != self->expected_crc)
            {
              *status = INOVDA_ZIP_INFLATE_CRC;
              return -1;
            }
        }
      if (written > 0)
        return (gssize) written;
      /* Nothing came out of the last of the input: the stream is cut short. */
      if (self->input_ended && self->state.avail_in == before_in)
        {
          *status = INOVDA_ZIP_INFLATE_DAMAGED;
          return -1;
        }
    }
  return 0;
}
