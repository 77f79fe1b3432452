/* inovda-xml-guard.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Watches the bytes on their way to libxml2 and stops at the first start
 * tag with more than INOVDA_XML_MAX_ATTRIBUTES attributes, before libxml2
 * parses it: libxml2 2.9 checks an element's attributes for duplicates at
 * a cost that grows with the square of their number, so 300,000 of them
 * took minutes. The worksheet scanner keeps the same limit.
 *
 * It counts the “=” of each start tag outside quoted values, skipping
 * comments, CDATA sections, processing instructions, declarations and end
 * tags; UTF-16 is read by code units, other encodings by bytes. */
#define INOVDA_XML_MAX_ATTRIBUTES 256

typedef struct
{
  guint8 state;
  guint8 width; /* 0: not known yet, 1: bytes, 2: UTF-16 code units */
  gboolean big_endian;
  gboolean have_half;
  guint8 half;  /* the first byte of a UTF-16 code unit split between reads */
  guint8 quote; /* that closes a quoted value in a declaration */
  guint n_attributes;
  guint line;
  guint column;       /* UTF-16: in code units; bytes: see @line_start */
  guint64 offset;     /* of the next byte fed */
  guint64 line_start; /* offset of the current line's first byte */
  guint tag_line;     /* where the start tag being read begins */
  guint tag_column;   /* in bytes from the line's start, for byte encodings */
} InovdaXmlGuard;

void _inovda_xml_guard_init (InovdaXmlGuard *guard);
/* FALSE once a start tag has too many attributes; the tag's line and
 * column are then in tag_line and tag_column. */
gboolean _inovda_xml_guard_feed (InovdaXmlGuard *guard,
                                 const char *data,
                                 gsize length);

G_END_DECLS
