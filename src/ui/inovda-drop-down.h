/* inovda-drop-down.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void inovda_drop_down_search_anywhere (GtkDropDown *dropdown);
gboolean inovda_drop_down_set_placeholder (GtkDropDown *dropdown,
                                           const char *text);

G_END_DECLS
