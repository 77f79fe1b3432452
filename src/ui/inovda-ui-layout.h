/* inovda-ui-layout.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void inovda_ui_wrap_labels_fast (GtkWidget *widget);

G_END_DECLS
