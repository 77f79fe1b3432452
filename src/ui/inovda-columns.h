/* inovda-columns.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Lays its children out in two columns, row by row, when the width allows
 * two columns of min-column-width, and in one column otherwise: the pages
 * read at a glance on a laptop and still fit a narrow window. */

#define INOVDA_TYPE_COLUMNS (inovda_columns_get_type ())
G_DECLARE_FINAL_TYPE (InovdaColumns, inovda_columns, INOVDA, COLUMNS, GtkWidget)

GtkWidget *inovda_columns_new (void);
guint inovda_columns_get_n_columns (InovdaColumns *self);
int inovda_columns_get_min_column_width (InovdaColumns *self);
void inovda_columns_set_min_column_width (InovdaColumns *self,
                                          int width);

G_END_DECLS
