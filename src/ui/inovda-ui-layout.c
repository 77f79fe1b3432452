/* inovda-ui-layout.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-ui-layout"

#include "config.h"

#include <glib/gi18n-lib.h>

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

/* libadwaita 1.2's combo rows cut every choice at 20 characters, in the
 * row and in its popover alike: “Inovasi Perangkat Dae…”. */

static void
combo_item_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem *list_item,
                     AdwComboRow *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *icon = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_list_item_set_child (list_item, box);
}

static void
combo_selected_item_cb (AdwComboRow *row,
                        GParamSpec *pspec,
                        GtkListItem *list_item)
{
  GtkWidget *icon = gtk_widget_get_last_child (gtk_list_item_get_child (list_item));
  gboolean selected = adw_combo_row_get_selected_item (row) == gtk_list_item_get_item (list_item);

  gtk_widget_set_opacity (icon, selected ? 1.0 : 0.0);
}

static void
combo_item_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem *list_item,
                    AdwComboRow *row)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkLabel *label = GTK_LABEL (gtk_widget_get_first_child (box));
  GtkWidget *icon = gtk_widget_get_last_child (box);
  gpointer item = gtk_list_item_get_item (list_item);
  GtkExpression *expression = adw_combo_row_get_expression (row);
  GtkWidget *popover = gtk_widget_get_ancestor (box, GTK_TYPE_POPOVER);
  /* The row's own popover, not one the row itself sits in. */
  gboolean in_popover = popover != NULL && gtk_widget_is_ancestor (popover, GTK_WIDGET (row));
  g_auto (GValue) value = G_VALUE_INIT;

  if (expression != NULL && gtk_expression_evaluate (expression, item, &value))
    gtk_label_set_label (label, g_value_get_string (&value));
  else if (GTK_IS_STRING_OBJECT (item))
    gtk_label_set_label (label, gtk_string_object_get_string (item));
  else
    gtk_label_set_label (label, "");

  /* In the popover a long choice wraps; in the row it shows up to a
   * reasonable width before it ellipsizes. */
  gtk_label_set_wrap (label, in_popover);
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_ellipsize (label, in_popover ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (label, in_popover ? 48 : 36);
  gtk_widget_set_visible (icon, in_popover);
  if (in_popover)
    {
      g_signal_connect (row, "notify::selected-item", G_CALLBACK (combo_selected_item_cb), list_item);
      combo_selected_item_cb (row, NULL, list_item);
    }
}

static void
combo_item_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem *list_item,
                      AdwComboRow *row)
{
  g_signal_handlers_disconnect_by_func (row, combo_selected_item_cb, list_item);
}

/**
 * inovda_ui_combo_row_show_full_labels:
 * @row: a combo row whose items are #GtkStringObject or named by its
 *   expression
 *
 * Shows the choices of @row whole: wrapped in the popover, and up to 36
 * characters in the row.
 */
void
inovda_ui_combo_row_show_full_labels (AdwComboRow *row)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  g_signal_connect (factory, "setup", G_CALLBACK (combo_item_setup_cb), row);
  g_signal_connect (factory, "bind", G_CALLBACK (combo_item_bind_cb), row);
  g_signal_connect (factory, "unbind", G_CALLBACK (combo_item_unbind_cb), row);
  adw_combo_row_set_factory (row, factory);
}

/* ------------------------------------------------------------------------ */

/* The top of @target in the content of @scrolled, or -1. */
static double
content_top (GtkScrolledWindow *scrolled,
             GtkWidget *target)
{
  GtkWidget *content = gtk_scrolled_window_get_child (scrolled);
  graphene_rect_t bounds;

  /* Bounds in the scrolled content, not in the viewport that moves over it. */
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  if (content == NULL || !gtk_widget_compute_bounds (target, content, &bounds))
    return -1;
  return bounds.origin.y;
}

/**
 * inovda_ui_scroll_to:
 * @target: an allocated widget inside @scrolled
 * @margin: the room left above @target, in pixels
 *
 * Scrolls @scrolled so that @target comes @margin below its top.
 */
void
inovda_ui_scroll_to (GtkScrolledWindow *scrolled,
                     GtkWidget *target,
                     double margin)
{
  double top = content_top (scrolled, target);

  if (top >= 0)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled), MAX (top - margin, 0));
}

#define REVEAL_MAX_FRAMES 60

typedef struct
{
  GtkScrolledWindow *scrolled; /* weak */
  guint frames;
  double last_y; /* the target's top in the content at the last tick */
  gboolean focused;
} Reveal;

static void
reveal_free (gpointer data)
{
  Reveal *reveal = data;

  g_clear_weak_pointer (&reveal->scrolled);
  g_free (reveal);
}

static gboolean
reveal_tick_cb (GtkWidget *target,
                GdkFrameClock *frame_clock,
                gpointer data)
{
  Reveal *reveal = data;
  double y;

  if (reveal->scrolled == NULL || ++reveal->frames > REVEAL_MAX_FRAMES)
    return G_SOURCE_REMOVE;
  /* A tick comes before the frame's layout: from the second one on, the
   * target has the allocation of the page it was asked on. */
  if (reveal->frames < 2 || !gtk_widget_get_mapped (target) || gtk_widget_get_height (target) == 0)
    return G_SOURCE_CONTINUE;

  if (!reveal->focused)
    {
      gtk_widget_child_focus (target, GTK_DIR_TAB_FORWARD);
      reveal->focused = TRUE;
    }
  /* The rows above may still grow as they get their final sizes, a frame
   * or two later: follow the target until it stays where it is. */
  y = content_top (reveal->scrolled, target);
  if (y < 0)
    return G_SOURCE_REMOVE;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (reveal->scrolled), MAX (y - 12, 0));
  if (y == reveal->last_y)
    return G_SOURCE_REMOVE;
  reveal->last_y = y;
  return G_SOURCE_CONTINUE;
}

/**
 * inovda_ui_reveal_later:
 * @scrolled: a scrolled window that holds @target
 * @target: a widget on a page that may not be shown or allocated yet
 *
 * Scrolls @target to the top of @scrolled and moves the focus into it,
 * once it has been laid out: a page switched to in the same breath has no
 * allocation yet.
 */
void
inovda_ui_reveal_later (GtkScrolledWindow *scrolled,
                        GtkWidget *target)
{
  Reveal *reveal;

  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scrolled));
  g_return_if_fail (GTK_IS_WIDGET (target));

  reveal = g_new0 (Reveal, 1);
  reveal->last_y = -1;
  g_set_weak_pointer (&reveal->scrolled, scrolled);
  gtk_widget_add_tick_callback (target, reveal_tick_cb, reveal, reveal_free);
}

/**
 * inovda_ui_toast_new:
 * @text: the toast's text, plain (it is escaped)
 * @path: (nullable): a file just written, which the toast offers to open
 *   (through the window's win.open-written)
 *
 * Returns: (transfer floating): a new toast
 */
AdwToast *
inovda_ui_toast_new (const char *text,
                     const char *path)
{
  /* Toast titles are markup on libadwaita 1.2. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *uri = path != NULL ? g_filename_to_uri (path, NULL, NULL) : NULL;
  AdwToast *toast = adw_toast_new (escaped);

  if (uri != NULL)
    {
      adw_toast_set_button_label (toast, _ ("_Open"));
      adw_toast_set_action_name (toast, "win.open-written");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    }
  return toast;
}

/* The first widget of @type under @widget, itself included, or NULL:
 * GTK 4.8 keeps some parts of its widgets (a drop-down's list, a column
 * view's list view) private. */
GtkWidget *
inovda_ui_find_descendant (GtkWidget *widget,
                           GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = inovda_ui_find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Brings a row of @column_view into view. GTK 4.8's column view has no
 * scroll_to (4.12): the list view inside it has the action. */
void
inovda_ui_column_view_scroll_to (GtkColumnView *column_view,
                                 guint position)
{
  GtkWidget *list;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (column_view));

  list = inovda_ui_find_descendant (GTK_WIDGET (column_view), GTK_TYPE_LIST_VIEW);
  if (list != NULL)
    gtk_widget_activate_action (list, "list.scroll-to-item", "u", position);
}
