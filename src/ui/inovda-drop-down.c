/* inovda-drop-down.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-drop-down"

#include "config.h"

#include "inovda-drop-down.h"
#include "inovda-ui-layout.h"

/* GTK 4.8 opens the list with the focus on its first choice: what the
 * user types next goes nowhere, and Down+Enter picks a choice nobody
 * searched for. The search takes the focus when the list opens, Enter
 * there picks the first choice found and Down goes on to the choices. */

static void
popup_shown_cb (GtkPopover *popup)
{
  GtkWidget *search = inovda_ui_find_descendant (GTK_WIDGET (popup), GTK_TYPE_SEARCH_ENTRY);

  if (search != NULL && gtk_widget_get_visible (search))
    gtk_widget_grab_focus (search);
}

/* Enter in the search picks the first choice it shows. */
static void
search_activated_cb (GtkDropDown *dropdown)
{
  GtkListView *list = (GtkListView *) inovda_ui_find_descendant (GTK_WIDGET (dropdown), GTK_TYPE_LIST_VIEW);
  GtkWidget *popup = inovda_ui_find_descendant (GTK_WIDGET (dropdown), GTK_TYPE_POPOVER);
  GListModel *all = gtk_drop_down_get_model (dropdown);
  GListModel *shown;
  g_autoptr (GObject) first = NULL;

  if (list == NULL || all == NULL)
    return;
  shown = G_LIST_MODEL (gtk_list_view_get_model (list));
  /* The entry waits 150 ms before it filters: filter now, so that Enter
   * right after typing picks what was typed. */
  if (GTK_IS_SINGLE_SELECTION (shown) &&
      GTK_IS_FILTER_LIST_MODEL (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (shown))))
    {
      GtkFilterListModel *filtered = GTK_FILTER_LIST_MODEL (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (shown)));
      GtkFilter *filter = gtk_filter_list_model_get_filter (filtered);
      GtkWidget *search = inovda_ui_find_descendant (GTK_WIDGET (dropdown), GTK_TYPE_SEARCH_ENTRY);

      if (GTK_IS_STRING_FILTER (filter) && search != NULL)
        gtk_string_filter_set_search (GTK_STRING_FILTER (filter), gtk_editable_get_text (GTK_EDITABLE (search)));
    }
  if (g_list_model_get_n_items (shown) == 0)
    return;

  first = g_list_model_get_item (shown, 0);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (all, i);

      if (item == first)
        {
          gtk_drop_down_set_selected (dropdown, i);
          if (popup != NULL)
            gtk_popover_popdown (GTK_POPOVER (popup));
          return;
        }
    }
}

/* Down in the search goes on to the choices. */
static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint keyval,
                       guint keycode,
                       GdkModifierType state,
                       GtkDropDown *dropdown)
{
  GtkWidget *list = inovda_ui_find_descendant (GTK_WIDGET (dropdown), GTK_TYPE_LIST_VIEW);

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) || list == NULL)
    return GDK_EVENT_PROPAGATE;
  return gtk_widget_child_focus (list, GTK_DIR_TAB_FORWARD) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

static void
focus_search_on_open (GtkDropDown *dropdown)
{
  GtkWidget *popup = inovda_ui_find_descendant (GTK_WIDGET (dropdown), GTK_TYPE_POPOVER);
  GtkWidget *search = inovda_ui_find_descendant (GTK_WIDGET (dropdown), GTK_TYPE_SEARCH_ENTRY);
  GtkEventController *keys;

  if (popup == NULL || search == NULL)
    return;
  g_signal_connect_after (popup, "show", G_CALLBACK (popup_shown_cb), NULL);
  g_signal_connect_swapped (search, "activate", G_CALLBACK (search_activated_cb), dropdown);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), dropdown);
  gtk_widget_add_controller (search, keys);
}

#if GTK_CHECK_VERSION(4, 12, 0) && GDK_VERSION_MAX_ALLOWED >= GDK_VERSION_4_12
void
inovda_drop_down_search_anywhere (GtkDropDown *dropdown)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  gtk_drop_down_set_search_match_mode (dropdown, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  focus_search_on_open (dropdown);
}
#else
/* GTK 4.8's drop-down matches the search only at the start of a choice
 * and has no setting for it, so “banjar” never finds “Kota Banjarmasin”
 * and “kesehatan” never finds “Dinas Kesehatan”. Its popup list shows a
 * filter model whose string filter can be told to match anywhere; the
 * drop-down makes a new filter whenever its model or expression changes. */

static void
match_anywhere_cb (GtkDropDown *dropdown)
{
  GtkListView *popup_list = (GtkListView *) inovda_ui_find_descendant (GTK_WIDGET (dropdown), GTK_TYPE_LIST_VIEW);
  GtkSelectionModel *selection;
  GListModel *shown;
  GtkFilter *filter;

  if (popup_list == NULL)
    return;

  selection = gtk_list_view_get_model (popup_list);
  if (!GTK_IS_SINGLE_SELECTION (selection))
    return;

  shown = gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection));
  if (!GTK_IS_FILTER_LIST_MODEL (shown))
    return;

  filter = gtk_filter_list_model_get_filter (GTK_FILTER_LIST_MODEL (shown));
  if (GTK_IS_STRING_FILTER (filter))
    gtk_string_filter_set_match_mode (GTK_STRING_FILTER (filter),
                                      GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
}

/**
 * inovda_drop_down_search_anywhere:
 * @dropdown: a drop-down with a search entry
 *
 * Makes the search of @dropdown find its text anywhere in a choice, not
 * only at its start, ignoring case, now and after its model or expression
 * changes, and puts the cursor in the search when the list opens.
 */
void
inovda_drop_down_search_anywhere (GtkDropDown *dropdown)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  focus_search_on_open (dropdown);
  match_anywhere_cb (dropdown);
  g_signal_connect (dropdown, "notify::model", G_CALLBACK (match_anywhere_cb), NULL);
  g_signal_connect (dropdown, "notify::expression", G_CALLBACK (match_anywhere_cb), NULL);
}
#endif

/**
 * inovda_drop_down_set_placeholder:
 * @dropdown: a drop-down
 * @text: what to choose, shown while nothing is chosen
 *
 * With nothing chosen, GTK's drop-down shows “(None)”, and GTK 4.8 has no
 * placeholder: its button shows a stack's "empty" page, a label, which
 * takes @text, dimmed, instead.
 *
 * Returns: whether the drop-down had that label to change
 */
gboolean
inovda_drop_down_set_placeholder (GtkDropDown *dropdown,
                                  const char *text)
{
  GtkWidget *stack;
  GtkWidget *empty;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (dropdown), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  /* The button comes before the popup, which has no stack. */
  stack = inovda_ui_find_descendant (GTK_WIDGET (dropdown), GTK_TYPE_STACK);
  empty = stack != NULL ? gtk_stack_get_child_by_name (GTK_STACK (stack), "empty") : NULL;
  if (!GTK_IS_LABEL (empty))
    return FALSE;

  gtk_label_set_label (GTK_LABEL (empty), text);
  gtk_label_set_ellipsize (GTK_LABEL (empty), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (empty, "dim-label");
  return TRUE;
}
