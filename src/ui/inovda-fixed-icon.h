/* inovda-fixed-icon.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A themed icon at the normal icon size, drawn like a GtkImage, whose icon
 * changes without a change of size. GtkImage queues a resize of the window
 * whenever its icon changes; a list cell that shows another row's icon
 * needs only a redraw. */

#define INOVDA_TYPE_FIXED_ICON (inovda_fixed_icon_get_type ())
G_DECLARE_FINAL_TYPE (InovdaFixedIcon, inovda_fixed_icon, INOVDA, FIXED_ICON, GtkWidget)

GtkWidget *inovda_fixed_icon_new (void);
const char *inovda_fixed_icon_get_icon_name (InovdaFixedIcon *self);
void inovda_fixed_icon_set_icon_name (InovdaFixedIcon *self,
                                      const char *icon_name);
/* How many drawn icons are kept for @theme, one per icon and colours. */
guint inovda_fixed_icon_get_n_textures (GtkIconTheme *theme);

G_END_DECLS
