/* inovda-ui-keys.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Keys where GTK 4.8's own handling surprises: Tab in a table, Enter on a
 * choice in a dialog, Ctrl+Z in a field that saves as it is typed. */

void inovda_ui_list_leave_on_tab (GtkWidget *list);
void inovda_ui_combo_row_enter_opens (AdwComboRow *row);
void inovda_ui_mark_saved_as_typed (GtkWidget *field);
gboolean inovda_ui_has_own_undo (GtkWidget *focus);

G_END_DECLS
