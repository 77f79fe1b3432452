/* test-text-cell.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list cells of long columns: shaped texts shared by the cells of a
 * column, tooltips, a font that follows the settings, and the size of a
 * label.
 */

#include "config.h"

#include "inovda-test-ui.h"
#include "ui/inovda-text-cell.h"

static const char *const stages[] = { "Inisiatif", "Uji Coba", "Penerapan" };

/* A window with a vertical box of @n cells of @column, each @width wide. */
static GtkWidget *
window_of_cells (InovdaTextColumn *column,
                 GtkWidget *box,
                 guint n,
                 int width,
                 GPtrArray *cells)
{
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *cell = inovda_text_cell_new (column);

      gtk_widget_set_size_request (cell, width, -1);
      inovda_text_cell_set_text (INOVDA_TEXT_CELL (cell), stages[i % G_N_ELEMENTS (stages)]);
      gtk_box_append (GTK_BOX (box), cell);
      g_ptr_array_add (cells, cell);
    }
  return inovda_test_window_with (box);
}

/* Laid out (a text the column cannot put together from pieces), thirty
 * cells of three stages draw three shaped texts; a column of names shares
 * none. */
static void
test_shared_texts (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autoptr (InovdaTextColumn) repeated = inovda_text_column_new (box, INOVDA_TEXT_COLUMN_TEXT, TRUE);
  g_autoptr (InovdaTextColumn) unique = inovda_text_column_new (box, INOVDA_TEXT_COLUMN_TEXT, FALSE);
  g_autoptr (GPtrArray) cells = g_ptr_array_new ();
  GtkWidget *window;

  inovda_text_column_set_use_pieces (repeated, FALSE);
  inovda_text_column_set_use_pieces (unique, FALSE);
  window = window_of_cells (repeated, box, 30, 120, cells);
  g_assert_cmpuint (inovda_text_column_get_n_shared (repeated), ==, G_N_ELEMENTS (stages));

  /* A new text is shaped once more; an unchanged one is not. */
  inovda_text_cell_set_text (g_ptr_array_index (cells, 0), "Selesai");
  inovda_text_cell_set_text (g_ptr_array_index (cells, 1), "Uji Coba");
  gtk_test_widget_wait_for_draw (window);
  g_assert_cmpuint (inovda_text_column_get_n_shared (repeated), ==, G_N_ELEMENTS (stages) + 1);

  for (guint i = 0; i < 5; i++)
    {
      GtkWidget *cell = inovda_text_cell_new (unique);

      inovda_text_cell_set_text (INOVDA_TEXT_CELL (cell), stages[i % G_N_ELEMENTS (stages)]);
      gtk_box_append (GTK_BOX (box), cell);
    }
  gtk_test_widget_wait_for_draw (window);
  g_assert_cmpuint (inovda_text_column_get_n_shared (unique), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A numeric column's cells have tabular figures, as the "numeric" class
 * gives a label, and keep their column for as long as they live. */
static void
test_numeric_cells (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  InovdaTextColumn *column = inovda_text_column_new (box, INOVDA_TEXT_COLUMN_NUMERIC, TRUE);
  g_autoptr (GPtrArray) cells = g_ptr_array_new ();
  GtkWidget *window;

  inovda_text_column_set_use_pieces (column, FALSE);
  window = window_of_cells (column, box, 3, 80, cells);
  g_object_add_weak_pointer (G_OBJECT (column), (gpointer *) &column);
  g_object_unref (column);
  g_assert_nonnull (column);
  g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (cells, 0), "numeric"));
  g_assert_cmpuint (inovda_text_column_get_n_shared (column), ==, G_N_ELEMENTS (stages));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_null (column);
}

/* The text cell is drawn and sized like a label of the same text, shows
 * its whole text as a tooltip, and is as tall as one line. */
static void
test_like_a_label (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autoptr (InovdaTextColumn) column = inovda_text_column_new (box, INOVDA_TEXT_COLUMN_TEXT, TRUE);
  g_autoptr (GPtrArray) cells = g_ptr_array_new ();
  GtkWidget *label = gtk_label_new ("Penerapan");
  GtkWidget *window;
  GtkWidget *cell;
  g_autoptr (GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;
  int cell_height;
  int label_height;

  window = window_of_cells (column, box, 1, 200, cells);
  cell = g_ptr_array_index (cells, 0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_test_widget_wait_for_draw (window);

  gtk_widget_measure (cell, GTK_ORIENTATION_VERTICAL, -1, &cell_height, NULL, NULL, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, -1, &label_height, NULL, NULL, NULL);
  g_assert_cmpint (cell_height, >, 0);
  g_assert_cmpint (ABS (cell_height - label_height), <=, 1);

  g_signal_emit_by_name (cell, "query-tooltip", 1, 1, FALSE, tooltip, &shown);
  g_assert_true (shown);
  inovda_text_cell_set_text (INOVDA_TEXT_CELL (cell), NULL);
  shown = FALSE;
  g_signal_emit_by_name (cell, "query-tooltip", 1, 1, FALSE, tooltip, &shown);
  g_assert_false (shown);
  g_assert_null (inovda_text_cell_get_text (INOVDA_TEXT_CELL (cell)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A larger font (Large Text, a new font setting) reaches the cells: their
 * shared font follows the list's. */
static void
test_font_change (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autoptr (InovdaTextColumn) column = inovda_text_column_new (box, INOVDA_TEXT_COLUMN_TEXT, TRUE);
  g_autoptr (GPtrArray) cells = g_ptr_array_new ();
  GtkSettings *settings = gtk_settings_get_default ();
  g_autofree char *font = NULL;
  GtkWidget *window;
  int small = 0;
  int large = 0;

  g_object_get (settings, "gtk-font-name", &font, NULL);
  g_object_set (settings, "gtk-font-name", "Sans 10", NULL);
  window = window_of_cells (column, box, 3, 120, cells);
  gtk_widget_measure (g_ptr_array_index (cells, 0), GTK_ORIENTATION_VERTICAL, -1, &small, NULL, NULL, NULL);

  g_object_set (settings, "gtk-font-name", "Sans 24", NULL);
  /* The new style is computed in one frame, the cells laid out in the next. */
  gtk_test_widget_wait_for_draw (window);
  gtk_test_widget_wait_for_draw (window);
  gtk_widget_measure (g_ptr_array_index (cells, 0), GTK_ORIENTATION_VERTICAL, -1, &large, NULL, NULL, NULL);
  g_assert_cmpint (large, >, small * 3 / 2);
  g_assert_cmpint (gtk_widget_get_height (g_ptr_array_index (cells, 0)), ==, large);

  g_object_set (settings, "gtk-font-name", font, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  PangoGlyph glyph;
  double x;
  double y;
} PlacedGlyph;

/* Every glyph that @node draws, where it draws it. */
static void
collect_glyphs (GskRenderNode *node,
                double dx,
                double dy,
                GArray *glyphs)
{
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        collect_glyphs (gsk_container_node_get_child (node, i), dx, dy, glyphs);
      break;
    case GSK_CLIP_NODE:
      collect_glyphs (gsk_clip_node_get_child (node), dx, dy, glyphs);
      break;
    case GSK_TRANSFORM_NODE:
      {
        GskTransform *transform = gsk_transform_node_get_transform (node);
        float tx;
        float ty;

        g_assert_cmpint (gsk_transform_get_category (transform), >=, GSK_TRANSFORM_CATEGORY_2D_TRANSLATE);
        gsk_transform_to_translate (transform, &tx, &ty);
        collect_glyphs (gsk_transform_node_get_child (node), dx + tx, dy + ty, glyphs);
      }
      break;
    case GSK_TEXT_NODE:
      {
        const graphene_point_t *offset = gsk_text_node_get_offset (node);
        /* Declared pure, gsk_text_node_get_glyphs() cannot be trusted
         * to set its count. */
        guint n = gsk_text_node_get_num_glyphs (node);
        const PangoGlyphInfo *info = gsk_text_node_get_glyphs (node, NULL);
        double x = dx + offset->x;

        for (guint i = 0; i < n; i++)
          {
            PlacedGlyph placed = { info[i].glyph, x + (double) info[i].geometry.x_offset / PANGO_SCALE,
                                   dy + offset->y + (double) info[i].geometry.y_offset / PANGO_SCALE };

            g_array_append_val (glyphs, placed);
            x += (double) info[i].geometry.width / PANGO_SCALE;
          }
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static GArray *
placed_glyphs (GtkWidget *widget)
{
  g_autoptr (GskRenderNode) node = inovda_test_render_node (widget, 1);
  GArray *glyphs = g_array_new (FALSE, FALSE, sizeof (PlacedGlyph));

  if (node != NULL)
    collect_glyphs (node, 0, 0, glyphs);
  return glyphs;
}

static gboolean
draws_something (GBytes *pixels)
{
  gsize size;
  const guchar *p = g_bytes_get_data (pixels, &size);

  for (gsize i = 0; i < size; i++)
    if (p[i] != 0)
      return TRUE;
  return FALSE;
}

/* A text put together from shaped words or characters is drawn pixel for
 * pixel as its PangoLayout, at the start of a text column and at the end
 * of a numeric one, whole or ellipsized. */
static void
test_pieces_like_layout (void)
{
  const char *const texts[] = {
    "Sistem Informasi Pelayanan Terpadu",
    "Klinik “Sahabat” Ibu & Anak",
    "AVATAR: Tanah, Yayasan & TV",
    "72,50",
    "111,00",
    "14/20 · 287 words (min. 300)",
    "—",
    "Gerakan Bersama Atasi Stunting di Desa Sungai Tabuk, Kecamatan Martapura",
  };
  const int widths[] = { 260, 150, 90, 41 };
  const InovdaTextColumnKind kinds[] = { INOVDA_TEXT_COLUMN_TEXT, INOVDA_TEXT_COLUMN_NUMERIC };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autoptr (GPtrArray) cells = g_ptr_array_new ();
  g_autoptr (GPtrArray) columns = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *window = inovda_test_window_with (box);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      InovdaTextColumn *pieces = inovda_text_column_new (box, kinds[k], FALSE);
      InovdaTextColumn *layouts = inovda_text_column_new (box, kinds[k], FALSE);

      inovda_text_column_set_use_pieces (layouts, FALSE);
      g_ptr_array_add (columns, pieces);
      g_ptr_array_add (columns, layouts);
      for (guint i = 0; i < G_N_ELEMENTS (texts) * G_N_ELEMENTS (widths); i++)
        for (guint c = 0; c < 2; c++)
          {
            GtkWidget *cell = inovda_text_cell_new (c == 0 ? pieces : layouts);

            gtk_widget_set_size_request (cell, widths[i / G_N_ELEMENTS (texts)], -1);
            gtk_widget_set_halign (cell, GTK_ALIGN_START);
            inovda_text_cell_set_text (INOVDA_TEXT_CELL (cell), texts[i % G_N_ELEMENTS (texts)]);
            gtk_box_append (GTK_BOX (box), cell);
            g_ptr_array_add (cells, cell);
          }
    }
  gtk_test_widget_wait_for_draw (window);

  for (guint i = 0; i < cells->len; i += 2)
    {
      g_autoptr (GBytes) put_together = inovda_test_draw (g_ptr_array_index (cells, i));
      g_autoptr (GBytes) laid_out = inovda_test_draw (g_ptr_array_index (cells, i + 1));

      g_autoptr (GArray) placed = placed_glyphs (g_ptr_array_index (cells, i));
      g_autoptr (GArray) expected = placed_glyphs (g_ptr_array_index (cells, i + 1));

      g_assert_true (draws_something (put_together));
      g_assert_true (g_bytes_equal (put_together, laid_out));
      /* Pixels hide a glyph moved by less than one. */
      g_assert_cmpuint (placed->len, ==, expected->len);
      for (guint k = 0; k < placed->len; k++)
        {
          PlacedGlyph *a = &g_array_index (placed, PlacedGlyph, k);
          PlacedGlyph *b = &g_array_index (expected, PlacedGlyph, k);

          g_assert_cmpuint (a->glyph, ==, b->glyph);
          g_assert_cmpfloat_with_epsilon (a->x, b->x, 1e-3);
          g_assert_cmpfloat_with_epsilon (a->y, b->y, 1e-3);
        }
    }
  for (guint k = 0; k < columns->len; k++)
    {
      if (k % 2 == 0)
        g_assert_cmpuint (inovda_text_column_get_n_pieces (g_ptr_array_index (columns, k)), >, 0);
      else
        g_assert_cmpuint (inovda_text_column_get_n_pieces (g_ptr_array_index (columns, k)), ==, 0);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc,
      char *argv[])
{
  if (!inovda_test_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/inovda/text-cell/shared-texts", test_shared_texts);
  g_test_add_func ("/inovda/text-cell/numeric", test_numeric_cells);
  g_test_add_func ("/inovda/text-cell/like-a-label", test_like_a_label);
  g_test_add_func ("/inovda/text-cell/font-change", test_font_change);
  g_test_add_func ("/inovda/text-cell/pieces-like-layout", test_pieces_like_layout);

  return g_test_run ();
}
