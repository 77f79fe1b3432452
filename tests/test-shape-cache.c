/* test-shape-cache.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lines put together from shaped words or characters: the same glyphs,
 * width and baseline as a PangoLayout of the whole text, or declined.
 */

#include "config.h"

#include <pango/pangocairo.h>

#include "ui/inovda-shape-cache.h"

static const char *const names[] = {
  "Sistem Informasi Pelayanan Terpadu Satu Pintu",
  "Inovasi 11.01 1 — layanan",
  "Gerakan Bersama Atasi Stunting (GEBRAK) di Desa Sungai Tabuk",
  "Klinik “Sahabat” Ibu & Anak – Puskesmas Martapura",
  "Café Literasi: Perpustakaan Keliling Kecamatan Aluh-Aluh",
  "AVATAR: Aplikasi Verifikasi Tanah & Retribusi",
  "Pelayanan  dua  spasi",
  " diawali spasi dan diakhiri spasi ",
  "WAWASAN Yayasan TV7, VOL. 1…",
  "Ñandú Öffentliche Straße ŁÓDŹ",
  "fi fl ffi office efficient",
  "T. V. W. Y. P, F. \"A\" 'Y'",
  "x",
  " ",
};

static const char *const numbers[] = {
  "0,00",
  "111,00",
  "72,50",
  "7,17",
  "—",
  "14/20 · 287 words (min. 300)",
  "20/20 · 1.204 kata (min. 300)",
  "1.234,56",
  "-3,5 %",
  "100%",
  "17.1",
  "11.01",
};

/* Pango 1.50 has no autoptr for a context. */
typedef PangoContext TestContext;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestContext, g_object_unref)

static PangoContext *
new_context (const char *font)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr (PangoFontDescription) description = pango_font_description_from_string (font);

  pango_context_set_font_description (context, description);
  pango_context_set_base_dir (context, PANGO_DIRECTION_LTR);
  return context;
}

static PangoLayout *
whole_layout (PangoContext *context,
              PangoAttrList *attributes,
              const char *text)
{
  PangoLayout *layout = pango_layout_new (context);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_attributes (layout, attributes);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  return layout;
}

/* The lines that PangoLayout ellipsizes and the cache put together. */
static guint n_ellipsized_lines;

/* When @cache puts @text together, ellipsized at @max_width, it is what a
 * layout of the whole text shapes. Returns whether it did. */
static gboolean
check_ellipsized_line (InovdaShapeCache *cache,
                       PangoContext *context,
                       PangoAttrList *attributes,
                       const char *text,
                       int max_width)
{
  g_autoptr (PangoLayout) layout = whole_layout (context, attributes, text);
  PangoLayoutLine *layout_line;
  InovdaShapedLine line;
  PangoRectangle logical;
  int n = 0;

  if (max_width >= 0)
    {
      pango_layout_set_width (layout, max_width);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  layout_line = pango_layout_get_line_readonly (layout, 0);
  if (!inovda_shape_cache_shape (cache, text, max_width, &line))
    return FALSE;

  pango_layout_get_extents (layout, NULL, &logical);
  g_assert_cmpint (line.width, ==, logical.width);
  g_assert_cmpint (line.height, ==, logical.height);
  g_assert_cmpint (line.ascent, ==, pango_layout_get_baseline (layout));
  for (GSList *runs = layout_line->runs; runs != NULL; runs = runs->next)
    {
      PangoGlyphItem *run = runs->data;

      g_assert_true (run->item->analysis.font == line.font);
      for (int i = 0; i < run->glyphs->num_glyphs; i++, n++)
        {
          PangoGlyphInfo *expected = &run->glyphs->glyphs[i];
          PangoGlyphInfo *got = &line.glyphs->glyphs[n];

          g_assert_cmpint (n, <, line.glyphs->num_glyphs);
          g_assert_cmpuint (got->glyph, ==, expected->glyph);
          g_assert_cmpint (got->geometry.width, ==, expected->geometry.width);
          g_assert_cmpint (got->geometry.x_offset, ==, expected->geometry.x_offset);
          g_assert_cmpint (got->geometry.y_offset, ==, expected->geometry.y_offset);
        }
    }
  g_assert_cmpint (n, ==, line.glyphs->num_glyphs);
  n_ellipsized_lines += pango_layout_is_ellipsized (layout);
  return TRUE;
}

static gboolean
check_line (InovdaShapeCache *cache,
            PangoContext *context,
            PangoAttrList *attributes,
            const char *text)
{
  return check_ellipsized_line (cache, context, attributes, text, -1);
}

static gboolean
uses_family (PangoContext *context,
             const char *family)
{
  g_autoptr (PangoLayout) layout = whole_layout (context, NULL, "x");
  PangoGlyphItem *run = pango_layout_get_line_readonly (layout, 0)->runs->data;
  g_autoptr (PangoFontDescription) description = pango_font_describe (run->item->analysis.font);

  return g_strcmp0 (pango_font_description_get_family (description), family) == 0;
}

static void
test_words (void)
{
  const char *const fonts[] = { "Sans 11", "Serif 13", "Cantarell 11", "Sans Bold 9" };

  for (guint f = 0; f < G_N_ELEMENTS (fonts); f++)
    {
      g_autoptr (TestContext) context = new_context (fonts[f]);
      g_autoptr (InovdaShapeCache) cache = inovda_shape_cache_new (context, NULL, INOVDA_SHAPE_WORDS);
      guint n_put_together = 0;

      /* Twice: the second time every piece and seam comes from the cache. */
      for (guint round = 0; round < 2; round++)
        for (guint i = 0; i < G_N_ELEMENTS (names); i++)
          n_put_together += check_line (cache, context, NULL, names[i]);
      g_test_message ("%s: %u of %u lines put together", fonts[f], n_put_together, 2 * (guint) G_N_ELEMENTS (names));
      /* DejaVu Sans, Debian's Sans, kerns no pair across a space in them. */
      if (uses_family (context, "DejaVu Sans"))
        g_assert_cmpuint (n_put_together, ==, 2 * G_N_ELEMENTS (names));
      else
        g_assert_cmpuint (n_put_together, >=, G_N_ELEMENTS (names));
    }
}

static void
test_characters (void)
{
  g_autoptr (TestContext) context = new_context ("Sans 11");
  g_autoptr (PangoAttrList) attributes = pango_attr_list_new ();
  g_autoptr (InovdaShapeCache) cache = NULL;
  guint n_put_together = 0;
  char text[32];

  pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum=1"));
  cache = inovda_shape_cache_new (context, attributes, INOVDA_SHAPE_CHARACTERS);
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    n_put_together += check_line (cache, context, attributes, numbers[i]);
  for (int score = 0; score <= 11100; score += 37)
    {
      g_snprintf (text, sizeof text, "%d,%02d", score / 100, score % 100);
      n_put_together += check_line (cache, context, attributes, text);
    }
  g_assert_cmpuint (n_put_together, >, G_N_ELEMENTS (numbers));
  /* A dozen characters make every number. */
  g_assert_cmpuint (inovda_shape_cache_get_n_pieces (cache), <, 64);
}

/* Too wide, a line ends in an ellipsis where PangoLayout ends it: every
 * width from none to the whole line, for texts and numbers. */
static void
test_ellipsized (void)
{
  const char *const fonts[] = { "Sans 11", "Serif 13", "Cantarell 11" };

  n_ellipsized_lines = 0;
  for (guint f = 0; f < G_N_ELEMENTS (fonts); f++)
    {
      g_autoptr (TestContext) context = new_context (fonts[f]);
      g_autoptr (PangoAttrList) attributes = pango_attr_list_new ();
      g_autoptr (InovdaShapeCache) words = inovda_shape_cache_new (context, NULL, INOVDA_SHAPE_WORDS);
      g_autoptr (InovdaShapeCache) characters = NULL;

      pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum=1"));
      characters = inovda_shape_cache_new (context, attributes, INOVDA_SHAPE_CHARACTERS);
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        for (int width = 0; width < 400 * PANGO_SCALE; width += 3 * PANGO_SCALE + 217)
          check_ellipsized_line (words, context, NULL, names[i], width);
      for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
        for (int width = 0; width < 200 * PANGO_SCALE; width += PANGO_SCALE + 111)
          check_ellipsized_line (characters, context, attributes, numbers[i], width);
    }
  /* Most of the lines narrower than their text, not only those that fit. */
  g_assert_cmpuint (n_ellipsized_lines, >, 2000);
}

/* A pair the font kerns is never put together from its two characters. */
static void
test_kerned_seam (void)
{
  const char *const pairs[] = { "AV", "VA", "To", "Yo", "LT", "P.", "Te", "AY", "Av", "WA" };
  g_autoptr (TestContext) context = new_context ("Sans 11");
  g_autoptr (InovdaShapeCache) cache = inovda_shape_cache_new (context, NULL, INOVDA_SHAPE_CHARACTERS);
  guint n_kerned = 0;

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autoptr (PangoLayout) together = whole_layout (context, NULL, pairs[i]);
      g_autoptr (PangoLayout) first = whole_layout (context, NULL, (char[]){ pairs[i][0], '\0' });
      g_autoptr (PangoLayout) second = whole_layout (context, NULL, (char[]){ pairs[i][1], '\0' });
      PangoRectangle a, b, ab;
      InovdaShapedLine line;

      pango_layout_get_extents (together, NULL, &ab);
      pango_layout_get_extents (first, NULL, &a);
      pango_layout_get_extents (second, NULL, &b);
      if (ab.width == a.width + b.width)
        continue;
      n_kerned++;
      g_assert_false (inovda_shape_cache_shape (cache, pairs[i], -1, &line));
    }
  if (n_kerned == 0)
    g_test_skip ("the default Sans font kerns none of these pairs");
}

static void
test_declined (void)
{
  const char *const texts[] = {
    "مرحبا",                  /* right to left */
    "Layanan\tDesa",          /* a tab stop */
    "Desa Terpadu\n",         /* a line break */
    "Cafe\xcc\x81",           /* a combining accent */
    "Inovasi 😀",              /* another font */
    "Pelayanan\xc2\xad Desa", /* a soft hyphen */
  };
  g_autoptr (TestContext) context = new_context ("Sans 11");
  g_autoptr (InovdaShapeCache) cache = inovda_shape_cache_new (context, NULL, INOVDA_SHAPE_WORDS);
  g_autoptr (TestContext) rtl_context = new_context ("Sans 11");
  g_autoptr (InovdaShapeCache) rtl_cache = NULL;
  InovdaShapedLine line;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_assert_false (inovda_shape_cache_shape (cache, texts[i], -1, &line));
  g_assert_true (inovda_shape_cache_shape (cache, "Layanan Desa", -1, &line));

  pango_context_set_base_dir (rtl_context, PANGO_DIRECTION_RTL);
  rtl_cache = inovda_shape_cache_new (rtl_context, NULL, INOVDA_SHAPE_WORDS);
  g_assert_false (inovda_shape_cache_shape (rtl_cache, "Layanan Desa", -1, &line));
}

/* A Latin character the font lacks comes from another font: a text with
 * it is declined, a text without it is not. */
static void
test_fallback_font (void)
{
  const char *const fonts[] = { "Cantarell 11", "Sans 11", "Serif 11", "Monospace 11" };

  for (guint f = 0; f < G_N_ELEMENTS (fonts); f++)
    {
      g_autoptr (TestContext) context = new_context (fonts[f]);
      g_autoptr (InovdaShapeCache) cache = inovda_shape_cache_new (context, NULL, INOVDA_SHAPE_WORDS);
      g_autoptr (PangoLayout) reference = whole_layout (context, NULL, "x");
      PangoFont *font = ((PangoGlyphItem *) pango_layout_get_line_readonly (reference, 0)->runs->data)->item->analysis.font;

      for (gunichar c = 0xa1; c <= 0x24f; c++)
        {
          char text[16] = "Desa ";
          g_autoptr (PangoLayout) layout = NULL;
          PangoLayoutLine *line;
          InovdaShapedLine shaped;

          if (c == 0xad)
            continue;
          text[5 + g_unichar_to_utf8 (c, text + 5)] = '\0';
          layout = whole_layout (context, NULL, text);
          line = pango_layout_get_line_readonly (layout, 0);
          if (line->runs->next == NULL && ((PangoGlyphItem *) line->runs->data)->item->analysis.font == font)
            continue;
          g_test_message ("%s lacks U+%04X", fonts[f], c);
          g_assert_false (inovda_shape_cache_shape (cache, text, -1, &shaped));
          g_assert_true (check_line (cache, context, NULL, "Desa Layanan"));
          return;
        }
    }
  g_test_skip ("every font here has every Latin character");
}

/* A new font shapes every piece again. */
static void
test_font_change (void)
{
  g_autoptr (TestContext) context = new_context ("Sans 11");
  g_autoptr (InovdaShapeCache) cache = inovda_shape_cache_new (context, NULL, INOVDA_SHAPE_WORDS);
  g_autoptr (PangoFontDescription) large = pango_font_description_from_string ("Sans 22");
  InovdaShapedLine line;
  int small_width;

  g_assert_true (inovda_shape_cache_shape (cache, "Layanan Desa", -1, &line));
  small_width = line.width;
  pango_context_set_font_description (context, large);
  g_assert_true (check_line (cache, context, NULL, "Layanan Desa"));
  g_assert_true (inovda_shape_cache_shape (cache, "Layanan Desa", -1, &line));
  g_assert_cmpint (line.width, >, small_width * 3 / 2);

  /* Large Text changes the resolution, which leaves the serial as it is. */
  pango_cairo_context_set_resolution (context, 144);
  g_assert_true (check_line (cache, context, NULL, "Layanan Desa"));
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/inovda/shape-cache/words", test_words);
  g_test_add_func ("/inovda/shape-cache/characters", test_characters);
  g_test_add_func ("/inovda/shape-cache/ellipsized", test_ellipsized);
  g_test_add_func ("/inovda/shape-cache/kerned-seam", test_kerned_seam);
  g_test_add_func ("/inovda/shape-cache/declined", test_declined);
  g_test_add_func ("/inovda/shape-cache/fallback-font", test_fallback_font);
  g_test_add_func ("/inovda/shape-cache/font-change", test_font_change);

  return g_test_run ();
}
