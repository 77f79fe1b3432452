/* inovda-text-cell.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-text-cell"

#include "config.h"

#include <math.h>

#include "inovda-shape-cache.h"
#include "inovda-text-cell.h"

/* A column of repeated values has a few dozen texts; past this many the
 * column starts again from none, which bounds one that repeats little. */
#define MAX_SHARED_LAYOUTS 512
/* As GtkInscription: room for an ellipsis and two characters. */
#define MIN_CHARS 3

struct _InovdaTextColumn
{
  GObject parent_instance;

  PangoContext *context; /* the anchor's, which follows its font */
  PangoAttrList *attributes;
  PangoAlignment alignment;
  gboolean repeated_texts;

  guint metrics_serial;
  int line_height; /* pixels */
  int char_width;  /* pixels */

  int width;           /* of the shared layouts, in pixels */
  GHashTable *layouts; /* text → PangoLayout */

  InovdaShapeCache *shapes; /* NULL when every text is laid out */
};

struct _InovdaTextCell
{
  GtkWidget parent_instance;

  InovdaTextColumn *column;
  char *text;
  PangoLayout *layout; /* its own, in a column of unique texts */
};

G_DEFINE_FINAL_TYPE (InovdaTextColumn, inovda_text_column, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (InovdaTextCell, inovda_text_cell, GTK_TYPE_WIDGET)

/* ------------------------------------------------------------------------ */
/* The column                                                               */

static void
inovda_text_column_dispose (GObject *object)
{
  InovdaTextColumn *self = INOVDA_TEXT_COLUMN (object);

  g_clear_pointer (&self->layouts, g_hash_table_unref);
  g_clear_pointer (&self->shapes, inovda_shape_cache_free);

  G_OBJECT_CLASS (inovda_text_column_parent_class)->dispose (object);
}

static void
inovda_text_column_finalize (GObject *object)
{
  InovdaTextColumn *self = INOVDA_TEXT_COLUMN (object);

  g_clear_object (&self->context);
  g_clear_pointer (&self->attributes, pango_attr_list_unref);

  G_OBJECT_CLASS (inovda_text_column_parent_class)->finalize (object);
}

static void
inovda_text_column_class_init (InovdaTextColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = inovda_text_column_dispose;
  object_class->finalize = inovda_text_column_finalize;
}

static void
inovda_text_column_init (InovdaTextColumn *self)
{
  self->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

InovdaTextColumn *
inovda_text_column_new (GtkWidget *anchor,
                        InovdaTextColumnKind kind,
                        gboolean repeated_texts)
{
  InovdaTextColumn *self;

  g_return_val_if_fail (GTK_IS_WIDGET (anchor), NULL);

  self = g_object_new (INOVDA_TYPE_TEXT_COLUMN, NULL);
  self->context = g_object_ref (gtk_widget_get_pango_context (anchor));
  self->attributes = pango_attr_list_new ();
  self->alignment = PANGO_ALIGN_LEFT;
  if (kind == INOVDA_TEXT_COLUMN_NUMERIC)
    {
      /* What the "numeric" style class asks of a label. */
      pango_attr_list_insert (self->attributes, pango_attr_font_features_new ("tnum=1"));
      self->alignment = PANGO_ALIGN_RIGHT;
    }
  self->repeated_texts = repeated_texts;
  inovda_text_column_set_use_pieces (self, TRUE);
  return self;
}

/* Whether the cells put their texts together from shaped words (text) or
 * characters (numbers) where they can, the default, or lay out every
 * text. */
void
inovda_text_column_set_use_pieces (InovdaTextColumn *self,
                                   gboolean use_pieces)
{
  g_return_if_fail (INOVDA_IS_TEXT_COLUMN (self));

  if (!use_pieces)
    g_clear_pointer (&self->shapes, inovda_shape_cache_free);
  else if (self->shapes == NULL)
    self->shapes = inovda_shape_cache_new (self->context, self->attributes,
                                           self->alignment == PANGO_ALIGN_RIGHT ? INOVDA_SHAPE_CHARACTERS
                                                                                : INOVDA_SHAPE_WORDS);
}

guint
inovda_text_column_get_n_pieces (InovdaTextColumn *self)
{
  g_return_val_if_fail (INOVDA_IS_TEXT_COLUMN (self), 0);
  return self->shapes != NULL ? inovda_shape_cache_get_n_pieces (self->shapes) : 0;
}

static void
update_metrics (InovdaTextColumn *self)
{
  guint serial = pango_context_get_serial (self->context);
  PangoFontMetrics *metrics;

  if (self->line_height > 0 && serial == self->metrics_serial)
    return;

  metrics = pango_context_get_metrics (self->context, NULL, NULL);
  self->line_height = PANGO_PIXELS_CEIL (pango_font_metrics_get_ascent (metrics) +
                                         pango_font_metrics_get_descent (metrics));
  self->char_width = PANGO_PIXELS_CEIL (MAX (pango_font_metrics_get_approximate_char_width (metrics),
                                             pango_font_metrics_get_approximate_digit_width (metrics)));
  pango_font_metrics_unref (metrics);
  self->metrics_serial = serial;
}

static PangoLayout *
new_layout (InovdaTextColumn *self,
            const char *text,
            int width)
{
  PangoLayout *layout = pango_layout_new (self->context);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_attributes (layout, self->attributes);
  pango_layout_set_alignment (layout, self->alignment);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  return layout;
}

static PangoLayout *
shared_layout (InovdaTextColumn *self,
               const char *text,
               int width)
{
  PangoLayout *layout;

  /* The cells of a column are as wide as each other: a new width is a
   * resized column. */
  if (width != self->width)
    {
      g_hash_table_remove_all (self->layouts);
      self->width = width;
    }

  layout = g_hash_table_lookup (self->layouts, text);
  if (layout == NULL)
    {
      if (g_hash_table_size (self->layouts) >= MAX_SHARED_LAYOUTS)
        g_hash_table_remove_all (self->layouts);
      layout = new_layout (self, text, width);
      g_hash_table_insert (self->layouts, g_strdup (text), layout);
    }
  return layout;
}

guint
inovda_text_column_get_n_shared (InovdaTextColumn *self)
{
  g_return_val_if_fail (INOVDA_IS_TEXT_COLUMN (self), 0);
  return g_hash_table_size (self->layouts);
}

/* ------------------------------------------------------------------------ */
/* The cell                                                                 */

static void
inovda_text_cell_measure (GtkWidget *widget,
                          GtkOrientation orientation,
                          int for_size,
                          int *minimum,
                          int *natural,
                          int *minimum_baseline,
                          int *natural_baseline)
{
  InovdaTextColumn *column = INOVDA_TEXT_CELL (widget)->column;

  update_metrics (column);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = MIN_CHARS * column->char_width;
  else
    *minimum = *natural = column->line_height;
}

static PangoLayout *
cell_layout (InovdaTextCell *self,
             int width)
{
  if (self->column->repeated_texts)
    return shared_layout (self->column, self->text, width);

  if (self->layout == NULL)
    self->layout = new_layout (self->column, self->text, width);
  else if (pango_layout_get_width (self->layout) != width * PANGO_SCALE)
    pango_layout_set_width (self->layout, width * PANGO_SCALE);
  return self->layout;
}

/* Where gtk_snapshot_append_layout() would draw a layout of the same
 * text: centred as its logical box in whole pixels, then at the start or
 * the end of the cell, in the same clip. */
static void
append_line (InovdaTextCell *self,
             GtkSnapshot *snapshot,
             const InovdaShapedLine *line,
             int width,
             int height,
             const GdkRGBA *color)
{
  PangoRectangle logical = { 0, 0, line->width, line->height };
  GskRenderNode *node;
  float x = 0;
  float top;

  pango_extents_to_pixels (&logical, NULL);
  top = floorf ((height - logical.height) / 2.f);
  if (self->column->alignment == PANGO_ALIGN_RIGHT)
    x = (float) (width * PANGO_SCALE - line->width) / PANGO_SCALE;
  node = gsk_text_node_new (line->font, line->glyphs, color,
                            &GRAPHENE_POINT_INIT (x, top + (float) line->ascent / PANGO_SCALE));
  if (node == NULL)
    return;
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gtk_snapshot_append_node (snapshot, node);
  gtk_snapshot_pop (snapshot);
  gsk_render_node_unref (node);
}

static void
inovda_text_cell_snapshot (GtkWidget *widget,
                           GtkSnapshot *snapshot)
{
  InovdaTextCell *self = INOVDA_TEXT_CELL (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PangoLayout *layout;
  PangoRectangle logical;
  InovdaShapedLine line;
  GdkRGBA color;

  if (self->text == NULL || self->text[0] == '\0' || width <= 0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  if (self->column->shapes != NULL && inovda_shape_cache_shape (self->column->shapes, self->text, width * PANGO_SCALE, &line))
    {
      append_line (self, snapshot, &line, width, height, &color);
      return;
    }

  layout = cell_layout (self, width);
  pango_layout_get_pixel_extents (layout, NULL, &logical);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, floorf ((height - logical.height) / 2.f)));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);
}

/* Shown when the cell has a tooltip (gtk_widget_set_has_tooltip()): the
 * whole text, which the cell may have ellipsized. */
static gboolean
inovda_text_cell_query_tooltip (GtkWidget *widget,
                                int x,
                                int y,
                                gboolean keyboard_tooltip,
                                GtkTooltip *tooltip)
{
  InovdaTextCell *self = INOVDA_TEXT_CELL (widget);

  if (self->text == NULL || self->text[0] == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, self->text);
  return TRUE;
}

static void
inovda_text_cell_dispose (GObject *object)
{
  InovdaTextCell *self = INOVDA_TEXT_CELL (object);

  g_clear_object (&self->layout);
  g_clear_object (&self->column);

  G_OBJECT_CLASS (inovda_text_cell_parent_class)->dispose (object);
}

static void
inovda_text_cell_finalize (GObject *object)
{
  InovdaTextCell *self = INOVDA_TEXT_CELL (object);

  g_free (self->text);

  G_OBJECT_CLASS (inovda_text_cell_parent_class)->finalize (object);
}

static void
inovda_text_cell_class_init (InovdaTextCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = inovda_text_cell_dispose;
  object_class->finalize = inovda_text_cell_finalize;

  widget_class->measure = inovda_text_cell_measure;
  widget_class->snapshot = inovda_text_cell_snapshot;
  widget_class->query_tooltip = inovda_text_cell_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
inovda_text_cell_init (InovdaTextCell *self)
{
}

GtkWidget *
inovda_text_cell_new (InovdaTextColumn *column)
{
  InovdaTextCell *self;

  g_return_val_if_fail (INOVDA_IS_TEXT_COLUMN (column), NULL);

  self = g_object_new (INOVDA_TYPE_TEXT_CELL, NULL);
  self->column = g_object_ref (column);
  if (column->alignment == PANGO_ALIGN_RIGHT)
    gtk_widget_add_css_class (GTK_WIDGET (self), "numeric");
  return GTK_WIDGET (self);
}

const char *
inovda_text_cell_get_text (InovdaTextCell *self)
{
  g_return_val_if_fail (INOVDA_IS_TEXT_CELL (self), NULL);
  return self->text;
}

void
inovda_text_cell_set_text (InovdaTextCell *self,
                           const char *text)
{
  g_return_if_fail (INOVDA_IS_TEXT_CELL (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, text != NULL ? text : "", -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}
