/* inovda-fold-layout.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Lays out a widget's first two children side by side where both fit at
 * their natural widths, else the second below the first, each as wide as
 * the widget: a text and its buttons, which beside a text wrapped to a
 * few short lines look stacked at random. GTK 4.8 has no breakpoints, and
 * AdwSqueezer measures its height for the child it showed last. */

#define INOVDA_TYPE_FOLD_LAYOUT (inovda_fold_layout_get_type ())
G_DECLARE_FINAL_TYPE (InovdaFoldLayout, inovda_fold_layout, INOVDA, FOLD_LAYOUT, GtkLayoutManager)

GtkLayoutManager *inovda_fold_layout_new (void);
int inovda_fold_layout_get_spacing (InovdaFoldLayout *self);
void inovda_fold_layout_set_spacing (InovdaFoldLayout *self,
                                     int spacing);
gboolean inovda_fold_layout_get_folded (InovdaFoldLayout *self);

G_END_DECLS
