/* inovda-drop-down.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-drop-down"

#include "config.h"

#include "inovda-drop-down.h"

#if GTK_CHECK_VERSION(4, 12, 0) && GDK_VERSION_MAX_ALLOWED >= GDK_VERSION_4_12
void
inovda_drop_down_search_anywhere (GtkDropDown *dropdown)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  gtk_drop_down_set_search_match_mode (dropdown, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
}
#else
/* GTK 4.8's drop-down matches the search only at the start of a choice
 * and has no setting for it, so “banjar” never finds “Kota Banjarmasin”
 * and “kesehatan” never finds “Dinas Kesehatan”. Its popup list shows a
 * filter model whose string filter can be told to match anywhere; the
 * drop-down makes a new filter whenever its model or expression changes. */

static GtkListView *
find_list_view (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget))
    return GTK_LIST_VIEW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found = find_list_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
match_anywhere_cb (GtkDropDown *dropdown)
{
  GtkListView *popup_list = find_list_view (GTK_WIDGET (dropdown));
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
 * changes.
 */
void
inovda_drop_down_search_anywhere (GtkDropDown *dropdown)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  match_anywhere_cb (dropdown);
  g_signal_connect (dropdown, "notify::model", G_CALLBACK (match_anywhere_cb), NULL);
  g_signal_connect (dropdown, "notify::expression", G_CALLBACK (match_anywhere_cb), NULL);
}
#endif
