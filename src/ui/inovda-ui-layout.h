/* inovda-ui-layout.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <gtk/gtk.h>

G_BEGIN_DECLS

void inovda_ui_wrap_labels_fast (GtkWidget *widget);
void inovda_ui_combo_row_show_full_labels (AdwComboRow *row);
void inovda_ui_scroll_to (GtkScrolledWindow *scrolled,
                          GtkWidget *target,
                          double margin);
AdwToast *inovda_ui_toast_new (const char *text,
                               const char *path);
void inovda_ui_reveal_later (GtkScrolledWindow *scrolled,
                             GtkWidget *target);
GtkWidget *inovda_ui_find_descendant (GtkWidget *widget,
                                      GType type);
void inovda_ui_column_view_scroll_to (GtkColumnView *column_view,
                                      guint position);

G_END_DECLS
