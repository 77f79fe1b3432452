/* inovda-column-fit.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void inovda_column_fit_install (GtkColumnView *view,
                                GtkScrolledWindow *scrolled_window,
                                GtkColumnViewColumn *const *optional,
                                guint n_optional);

G_END_DECLS
