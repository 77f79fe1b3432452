/* inovda-shape-cache.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* One line of text put together from pieces shaped once: the words of a
 * column of names, the characters of a column of numbers. A list that
 * scrolls shows thousands of texts it never showed before, made of a few
 * hundred words and a dozen characters; shaping each text anew is most of
 * the cost of drawing a new row.
 *
 * Two pieces are put side by side only where the font shapes them the same
 * side by side as apart: each pair of characters met at a seam (the last
 * of one piece, the first of the next) is shaped once together to check.
 * Text beyond Latin scripts, a piece in another font than the others, or a
 * right-to-left context is declined, for a PangoLayout to shape. */

typedef enum
{
  INOVDA_SHAPE_WORDS,      /* seams at spaces */
  INOVDA_SHAPE_CHARACTERS, /* a seam between every two characters */
} InovdaShapePieces;

typedef struct _InovdaShapeCache InovdaShapeCache;

typedef struct
{
  PangoFont *font;          /* owned by the cache */
  PangoGlyphString *glyphs; /* owned by the cache, until the next line */
  int width;                /* all in Pango units; an ellipsized line
                             * is as wide as it was allowed */
  int ascent;               /* from the top of the line to its baseline */
  int height;
} InovdaShapedLine;

InovdaShapeCache *inovda_shape_cache_new (PangoContext *context,
                                          PangoAttrList *attributes,
                                          InovdaShapePieces pieces);
void inovda_shape_cache_free (InovdaShapeCache *self);
gboolean inovda_shape_cache_shape (InovdaShapeCache *self,
                                   const char *text,
                                   int max_width,
                                   InovdaShapedLine *line);
guint inovda_shape_cache_get_n_pieces (InovdaShapeCache *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaShapeCache, inovda_shape_cache_free)

G_END_DECLS
