/* inovda-zip-inflate.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <zip.h>

G_BEGIN_DECLS

/* Unpacks a deflated zip entry from its compressed bytes and checks its
 * CRC: libzip's own unpacking through zlib is three to four times slower
 * than ISA-L's, and a workbook's worksheets are nearly all of an import's
 * unpacking. Built where ISA-L is found (HAVE_ISAL). */
typedef struct _InovdaZipInflate InovdaZipInflate;

typedef enum
{
  INOVDA_ZIP_INFLATE_OK,
  INOVDA_ZIP_INFLATE_DAMAGED, /* not a deflate stream, or cut short */
  INOVDA_ZIP_INFLATE_CRC,     /* unpacked, but not to what the archive says */
  INOVDA_ZIP_INFLATE_READ,    /* reading the compressed bytes failed */
} InovdaZipInflateStatus;

/* Takes @compressed, opened with ZIP_FL_COMPRESSED, and the entry's CRC.
 * @archive_lock is held while the archive is read, so that entries of one
 * archive can be unpacked in several threads. */
InovdaZipInflate *_inovda_zip_inflate_new (zip_file_t *compressed,
                                           guint32 expected_crc,
                                           GMutex *archive_lock);
void _inovda_zip_inflate_free (InovdaZipInflate *self);

/* The zip file whose error explains INOVDA_ZIP_INFLATE_READ. */
zip_file_t *_inovda_zip_inflate_get_file (InovdaZipInflate *self);

/* Returns the number of bytes written to @buffer, 0 at the end of the
 * entry (after the CRC is checked), or -1 with @status set. */
gssize _inovda_zip_inflate_read (InovdaZipInflate *self,
                                 char *buffer,
                                 gsize length,
                                 InovdaZipInflateStatus *status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaZipInflate, _inovda_zip_inflate_free)

G_END_DECLS
