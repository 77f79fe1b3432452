/* inovda-text-cell.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Text cells for a column of a long list.
 *
 * GTK 4.8 creates the widgets of every row that scrolls into view and
 * destroys those that scroll out, so dragging the scrollbar through a long
 * list creates and shapes a page of cells every frame. The cells of one
 * column share an InovdaTextColumn: the font and the shaped texts, which
 * repeat from row to row (a stage, a status, a score).
 *
 * A cell is one line of text, ellipsized, whose size does not depend on its
 * text (as a GtkInscription: a new text only redraws). With
 * gtk_widget_set_has_tooltip() its tooltip is its whole text. Cells draw
 * in the list's font: a style rule may change their colour, not their font. */

typedef enum
{
  INOVDA_TEXT_COLUMN_TEXT,    /* aligned at the start */
  INOVDA_TEXT_COLUMN_NUMERIC, /* aligned at the end, tabular figures */
} InovdaTextColumnKind;

#define INOVDA_TYPE_TEXT_COLUMN (inovda_text_column_get_type ())
G_DECLARE_FINAL_TYPE (InovdaTextColumn, inovda_text_column, INOVDA, TEXT_COLUMN, GObject)

#define INOVDA_TYPE_TEXT_CELL (inovda_text_cell_get_type ())
G_DECLARE_FINAL_TYPE (InovdaTextCell, inovda_text_cell, INOVDA, TEXT_CELL, GtkWidget)

/* @anchor gives the font: the list the cells are shown in. @repeated_texts
 * is FALSE for a column whose every row differs, such as names, where a
 * shared shaped text would never be used twice. */
InovdaTextColumn *inovda_text_column_new (GtkWidget *anchor,
                                          InovdaTextColumnKind kind,
                                          gboolean repeated_texts);
guint inovda_text_column_get_n_shared (InovdaTextColumn *self);
void inovda_text_column_set_use_pieces (InovdaTextColumn *self,
                                        gboolean use_pieces);
guint inovda_text_column_get_n_pieces (InovdaTextColumn *self);

GtkWidget *inovda_text_cell_new (InovdaTextColumn *column);
const char *inovda_text_cell_get_text (InovdaTextCell *self);
void inovda_text_cell_set_text (InovdaTextCell *self,
                                const char *text);

G_END_DECLS
