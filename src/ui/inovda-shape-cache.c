/* inovda-shape-cache.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-shape-cache"

#include "config.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "inovda-shape-cache.h"

/* A column of names meets a few thousand words and a few hundred pairs
 * of characters; past these many it starts again from none. */
#define MAX_PIECES 4096
#define MAX_SEAMS 16384
/* Longer texts, or longer pieces, go to a PangoLayout. */
#define MAX_PIECES_PER_LINE 128
#define MAX_PIECE_BYTES 256

enum
{
  SEAM_HOLDS = 1,
  SEAM_BREAKS,
};

typedef struct
{
  PangoGlyphString *glyphs; /* NULL: shaped in another font or direction */
  int width;
} Piece;

struct _InovdaShapeCache
{
  PangoContext *context;
  PangoAttrList *attributes;
  InovdaShapePieces split;

  guint serial;      /* of the context the pieces were shaped in */
  double resolution; /* which a new serial does not follow */
  PangoFont *font;
  int ascent;
  int height;

  GHashTable *pieces; /* text → Piece */
  GHashTable *seams;  /* two characters → SEAM_HOLDS or SEAM_BREAKS */
  PangoGlyphString *line;
};

static void
piece_free (gpointer data)
{
  Piece *piece = data;

  g_clear_pointer (&piece->glyphs, pango_glyph_string_free);
  g_free (piece);
}

/* The glyphs of @text when it is one run, left to right, in @font (any
 * font when @font is NULL); NULL otherwise. */
static PangoGlyphString *
shape_alone (InovdaShapeCache *self,
             const char *text,
             int length,
             PangoFont *font,
             PangoLayout **layout_out)
{
  g_autoptr (PangoLayout) layout = pango_layout_new (self->context);
  PangoLayoutLine *line;
  PangoGlyphItem *run;

  pango_layout_set_text (layout, text, length);
  pango_layout_set_attributes (layout, self->attributes);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  line = pango_layout_get_line_readonly (layout, 0);
  if (line == NULL || line->runs == NULL || line->runs->next != NULL)
    return NULL;
  run = line->runs->data;
  if (run->item->analysis.level % 2 != 0 || (font != NULL && run->item->analysis.font != font))
    return NULL;
  if (layout_out != NULL)
    *layout_out = g_steal_pointer (&layout);
  return pango_glyph_string_copy (run->glyphs);
}

static void
reset (InovdaShapeCache *self)
{
  g_autoptr (PangoLayout) layout = NULL;
  PangoGlyphString *glyphs;
  PangoRectangle logical;

  g_hash_table_remove_all (self->pieces);
  g_hash_table_remove_all (self->seams);
  g_clear_object (&self->font);
  self->serial = pango_context_get_serial (self->context);
  self->resolution = pango_cairo_context_get_resolution (self->context);

  /* Right to left, a line is placed from the other end. */
  if (pango_context_get_base_dir (self->context) == PANGO_DIRECTION_RTL)
    return;

  /* The font of Latin text, which every piece must have. */
  glyphs = shape_alone (self, "x", 1, NULL, &layout);
  if (glyphs == NULL)
    return;
  pango_glyph_string_free (glyphs);
  self->font = g_object_ref (((PangoGlyphItem *) pango_layout_get_line_readonly (layout, 0)->runs->data)->item->analysis.font);
  pango_layout_get_extents (layout, NULL, &logical);
  self->ascent = pango_layout_get_baseline (layout);
  self->height = logical.height;
}

InovdaShapeCache *
inovda_shape_cache_new (PangoContext *context,
                        PangoAttrList *attributes,
                        InovdaShapePieces split)
{
  InovdaShapeCache *self;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  self = g_new0 (InovdaShapeCache, 1);
  self->context = g_object_ref (context);
  self->attributes = attributes != NULL ? pango_attr_list_ref (attributes) : NULL;
  self->split = split;
  self->pieces = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, piece_free);
  self->seams = g_hash_table_new (NULL, NULL);
  self->line = pango_glyph_string_new ();
  reset (self);
  return self;
}

void
inovda_shape_cache_free (InovdaShapeCache *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->pieces);
  g_hash_table_unref (self->seams);
  pango_glyph_string_free (self->line);
  g_clear_object (&self->font);
  g_clear_pointer (&self->attributes, pango_attr_list_unref);
  g_object_unref (self->context);
  g_free (self);
}

guint
inovda_shape_cache_get_n_pieces (InovdaShapeCache *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return g_hash_table_size (self->pieces);
}

/* Latin text, punctuation and spaces: one direction, no combining marks,
 * nothing that breaks a line or moves to a tab stop. */
static gboolean
is_plain_latin (const char *text)
{
  for (const char *p = text; *p != '\0';)
    {
      guchar byte = (guchar) *p;
      gunichar c;

      if (byte < 0x80)
        {
          if (byte < 0x20 || byte == 0x7f)
            return FALSE;
          p++;
          continue;
        }
      c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        return FALSE;
      if (!((c >= 0xa0 && c <= 0x24f && c != 0xad) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x203a) ||
            c == 0x20ac))
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return TRUE;
}

static Piece *
piece_for (InovdaShapeCache *self,
           const char *text,
           int length)
{
  char key[MAX_PIECE_BYTES + 1];
  Piece *piece;

  memcpy (key, text, length);
  key[length] = '\0';
  piece = g_hash_table_lookup (self->pieces, key);
  if (piece == NULL)
    {
      piece = g_new0 (Piece, 1);
      piece->glyphs = shape_alone (self, text, length, self->font, NULL);
      if (piece->glyphs != NULL)
        piece->width = pango_glyph_string_get_width (piece->glyphs);
      g_hash_table_insert (self->pieces, g_strdup (key), piece);
    }
  return piece;
}

static gboolean
same_glyphs (const PangoGlyphInfo *a,
             const PangoGlyphInfo *b,
             int n)
{
  for (int i = 0; i < n; i++)
    if (a[i].glyph != b[i].glyph || a[i].geometry.width != b[i].geometry.width ||
        a[i].geometry.x_offset != b[i].geometry.x_offset || a[i].geometry.y_offset != b[i].geometry.y_offset)
      return FALSE;
  return TRUE;
}

/* Whether @left and @right shape together as each does alone: no kerning,
 * ligature or contextual form across the seam. */
static gboolean
seam_holds (InovdaShapeCache *self,
            gunichar left,
            gunichar right)
{
  /* Both below U+2100 (is_plain_latin()): one 32-bit key. */
  gpointer key = GUINT_TO_POINTER ((left << 16) | right);
  guint verdict = GPOINTER_TO_UINT (g_hash_table_lookup (self->seams, key));
  char text[16];
  int n_left;
  int n_right;
  PangoGlyphString *together;
  Piece *first;
  Piece *second;

  if (verdict != 0)
    return verdict == SEAM_HOLDS;

  n_left = g_unichar_to_utf8 (left, text);
  n_right = g_unichar_to_utf8 (right, text + n_left);
  first = piece_for (self, text, n_left);
  second = piece_for (self, text + n_left, n_right);
  together = shape_alone (self, text, n_left + n_right, self->font, NULL);
  verdict = SEAM_BREAKS;
  if (together != NULL && first->glyphs != NULL && second->glyphs != NULL &&
      together->num_glyphs == first->glyphs->num_glyphs + second->glyphs->num_glyphs &&
      same_glyphs (together->glyphs, first->glyphs->glyphs, first->glyphs->num_glyphs) &&
      same_glyphs (together->glyphs + first->glyphs->num_glyphs, second->glyphs->glyphs, second->glyphs->num_glyphs))
    verdict = SEAM_HOLDS;
  g_clear_pointer (&together, pango_glyph_string_free);
  g_hash_table_insert (self->seams, key, GUINT_TO_POINTER (verdict));
  return verdict == SEAM_HOLDS;
}

/* The length of the piece at @text: a word or one space, or one character. */
static int
piece_length (InovdaShapeCache *self,
              const char *text)
{
  const char *end = text;

  if (self->split == INOVDA_SHAPE_CHARACTERS || *text == ' ')
    return g_utf8_next_char (text) - text;
  while (*end != '\0' && *end != ' ')
    end = g_utf8_next_char (end);
  return end - text;
}

/* The start of the cluster that ends before glyph @end. */
static int
cluster_before (const PangoGlyphString *glyphs,
                int end,
                int *width)
{
  int start = end;

  *width = 0;
  do
    *width += glyphs->glyphs[--start].geometry.width;
  while (start > 0 && !glyphs->glyphs[start].attr.is_cluster_start);
  return start;
}

/* How many glyphs PangoLayout's end ellipsization keeps of a line @width
 * wide, to fit @goal with an ellipsis @ellipsis_width wide: it takes out
 * the last cluster, then, while the line is too wide, the clusters before
 * it up to one that has a width (_pango_layout_line_ellipsize()). */
static int
n_glyphs_kept (const PangoGlyphString *glyphs,
               int width,
               int goal,
               int ellipsis_width)
{
  int cluster_width;
  int kept = cluster_before (glyphs, glyphs->num_glyphs, &cluster_width);
  int gap_start = width - cluster_width;

  while (gap_start + ellipsis_width > goal)
    {
      int new_kept = kept;
      int new_gap_start = gap_start;

      do
        {
          if (new_kept == 0)
            return kept;
          new_kept = cluster_before (glyphs, new_kept, &cluster_width);
          new_gap_start -= cluster_width;
        }
      while (cluster_width == 0);
      kept = new_kept;
      gap_start = new_gap_start;
    }
  return kept;
}

/* Puts @text together from its pieces, ellipsized at its end as a
 * PangoLayout @max_width wide would (no limit when it is negative), or
 * returns FALSE for a PangoLayout to shape it. @line is valid until the
 * next call. */
gboolean
inovda_shape_cache_shape (InovdaShapeCache *self,
                          const char *text,
                          int max_width,
                          InovdaShapedLine *line)
{
  Piece *pieces[MAX_PIECES_PER_LINE];
  guint n_pieces = 0;
  int n_glyphs = 0;
  int width = 0;
  gunichar last = 0;
  PangoGlyphInfo *glyphs;
  Piece *ellipsis = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (pango_context_get_serial (self->context) != self->serial ||
      pango_cairo_context_get_resolution (self->context) != self->resolution)
    reset (self);
  if (self->font == NULL || !is_plain_latin (text))
    return FALSE;
  if (g_hash_table_size (self->pieces) >= MAX_PIECES)
    g_hash_table_remove_all (self->pieces);
  if (g_hash_table_size (self->seams) >= MAX_SEAMS)
    g_hash_table_remove_all (self->seams);

  for (const char *p = text; *p != '\0';)
    {
      int length = piece_length (self, p);
      Piece *piece;

      if (n_pieces == MAX_PIECES_PER_LINE || length > MAX_PIECE_BYTES)
        return FALSE;
      if (n_pieces > 0 && !seam_holds (self, last, g_utf8_get_char (p)))
        return FALSE;
      piece = piece_for (self, p, length);
      if (piece->glyphs == NULL)
        return FALSE;
      pieces[n_pieces++] = piece;
      n_glyphs += piece->glyphs->num_glyphs;
      width += piece->width;
      p += length;
      last = g_utf8_get_char (g_utf8_prev_char (p));
    }

  if (max_width >= 0 && width > max_width)
    {
      ellipsis = piece_for (self, "\u2026", strlen ("\u2026"));
      if (ellipsis->glyphs == NULL)
        return FALSE;
    }

  pango_glyph_string_set_size (self->line, n_glyphs);
  glyphs = self->line->glyphs;
  for (guint i = 0; i < n_pieces; i++)
    {
      memcpy (glyphs, pieces[i]->glyphs->glyphs, pieces[i]->glyphs->num_glyphs * sizeof (PangoGlyphInfo));
      glyphs += pieces[i]->glyphs->num_glyphs;
    }

  if (ellipsis != NULL)
    {
      int kept = n_glyphs_kept (self->line, width, max_width, ellipsis->width);

      width = ellipsis->width;
      for (int i = 0; i < kept; i++)
        width += self->line->glyphs[i].geometry.width;
      n_glyphs = kept + ellipsis->glyphs->num_glyphs;
      pango_glyph_string_set_size (self->line, n_glyphs);
      memcpy (self->line->glyphs + kept, ellipsis->glyphs->glyphs,
              ellipsis->glyphs->num_glyphs * sizeof (PangoGlyphInfo));
      /* The ellipsis takes the rest of the width. */
      if (width < max_width)
        {
          self->line->glyphs[n_glyphs - 1].geometry.width += max_width - width;
          width = max_width;
        }
    }
  memset (self->line->log_clusters, 0, n_glyphs * sizeof (int));

  line->font = self->font;
  line->glyphs = self->line;
  line->width = width;
  line->ascent = self->ascent;
  line->height = self->height;
  return TRUE;
}
