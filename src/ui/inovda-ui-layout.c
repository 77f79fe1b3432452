/* inovda-ui-layout.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-ui-layout"

#include "config.h"

#include "inovda-ui-layout.h"

/* More lines than any text of the interface wraps to. */
#define AS_MANY_LINES_AS_NEEDED 10000

/**
 * inovda_ui_wrap_labels_fast:
 * @widget: a widget
 *
 * Makes every wrapping label in @widget and its descendants cheap to lay
 * out inside a horizontal box, with the same size and look.
 *
 * A horizontal GtkBox allocates its children by asking how wide they need
 * to be at the given height, and GTK 4.8 passes that question down to any
 * wrapping label below, through vertical boxes: an AdwActionRow's title and
 * subtitle, an AdwPreferencesGroup's description, cards side by side.
 * GtkLabel answers it with a binary search, one Pango layout of its whole
 * text per step; the summary page's first layout made thousands of them.
 * A label that ellipsizes and takes its unwrapped width as its natural width
 * answers with two layouts, and with a line limit that no text reaches it
 * still wraps, and measures and draws, exactly as before.
 */
void
inovda_ui_wrap_labels_fast (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (GTK_IS_LABEL (widget) &&
      gtk_label_get_wrap (GTK_LABEL (widget)) &&
      gtk_label_get_ellipsize (GTK_LABEL (widget)) == PANGO_ELLIPSIZE_NONE)
    {
      gtk_label_set_natural_wrap_mode (GTK_LABEL (widget), GTK_NATURAL_WRAP_NONE);
      gtk_label_set_lines (GTK_LABEL (widget), AS_MANY_LINES_AS_NEEDED);
      gtk_label_set_ellipsize (GTK_LABEL (widget), PANGO_ELLIPSIZE_END);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    inovda_ui_wrap_labels_fast (child);
}
