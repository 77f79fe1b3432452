/* test-drop-down.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A drop-down's search finds its text anywhere in a choice.
 */

#include "config.h"

#include "inovda-test-ui.h"
#include "ui/inovda-drop-down.h"

static const char *const regions[] = {
  "Provinsi Kalimantan Selatan",
  "Kabupaten Banjar",
  "Kota Banjarmasin",
  "Kota Banjarbaru",
  "Kabupaten Tanah Laut",
  NULL,
};

/* Types @text into the search entry of @dropdown's popup and checks that
 * the popup then shows @expected choices. The entry reports its text after
 * its search delay, so the count is awaited. */
static void
assert_choices_found (GtkDropDown *dropdown,
                      const char *text,
                      guint expected)
{
  GtkEditable *entry = find_descendant (GTK_WIDGET (dropdown), GTK_TYPE_SEARCH_ENTRY);
  GtkListView *list = find_descendant (GTK_WIDGET (dropdown), GTK_TYPE_LIST_VIEW);
  GListModel *shown;

  g_assert_nonnull (entry);
  g_assert_nonnull (list);
  shown = G_LIST_MODEL (gtk_list_view_get_model (list));

  gtk_editable_set_text (entry, text);
  spin_until_n_items (shown, expected);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);
}

static GtkDropDown *
region_drop_down (void)
{
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (regions);

  gtk_drop_down_set_expression (GTK_DROP_DOWN (dropdown),
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  return GTK_DROP_DOWN (g_object_ref_sink (dropdown));
}

static void
test_search_anywhere (void)
{
  g_autoptr (GtkDropDown) dropdown = region_drop_down ();

  inovda_drop_down_search_anywhere (dropdown);

  assert_choices_found (dropdown, "banjar", 3);
  assert_choices_found (dropdown, "SELATAN", 1);
  assert_choices_found (dropdown, "kota", 2);
  assert_choices_found (dropdown, "Sumatera", 0);
  assert_choices_found (dropdown, "", G_N_ELEMENTS (regions) - 1);
}

/* The drop-down makes a new filter for a new model and a new expression. */
static void
test_search_anywhere_after_changes (void)
{
  g_autoptr (GtkDropDown) dropdown = region_drop_down ();
  g_autoptr (GtkStringList) units = gtk_string_list_new (NULL);

  inovda_drop_down_search_anywhere (dropdown);

  gtk_string_list_append (units, "Dinas Kesehatan");
  gtk_string_list_append (units, "Dinas Pendidikan");
  gtk_string_list_append (units, "Rumah Sakit Umum Daerah Ulin");
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (units));
  assert_choices_found (dropdown, "kesehatan", 1);

  gtk_drop_down_set_expression (dropdown, NULL);
  gtk_drop_down_set_expression (dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  assert_choices_found (dropdown, "daerah", 1);
}

/* Without the change, the search matches the start of a choice only: what
 * the test above relies on is the change, not the toolkit. */
static void
test_search_at_start_by_default (void)
{
  g_autoptr (GtkDropDown) dropdown = region_drop_down ();

  if (GTK_CHECK_VERSION (4, 12, 0))
    {
      g_test_skip ("the toolkit's default match mode may differ");
      return;
    }
  assert_choices_found (dropdown, "banjar", 0);
  assert_choices_found (dropdown, "kota", 2);
}

/* Opening the list puts the cursor in its search: typing then searches. */
static void
test_search_focused_on_open (void)
{
  GtkDropDown *dropdown = region_drop_down ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *entry;
  GtkWidget *popup;
  GtkWidget *focus = NULL;
  gint64 deadline;

  inovda_drop_down_search_anywhere (dropdown);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (dropdown));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  entry = find_descendant (GTK_WIDGET (dropdown), GTK_TYPE_SEARCH_ENTRY);
  popup = find_descendant (GTK_WIDGET (dropdown), GTK_TYPE_POPOVER);
  g_assert_true (gtk_widget_activate (GTK_WIDGET (dropdown)));
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    {
      focus = gtk_window_get_focus (GTK_WINDOW (window));
      if (gtk_widget_get_mapped (popup) && focus != NULL &&
          (focus == entry || gtk_widget_is_ancestor (focus, entry)))
        break;
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_true (gtk_widget_get_mapped (popup));
  g_assert_nonnull (focus);
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  /* Enter picks the first choice found and closes the list, even before
   * the search has filtered the list by itself. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "kota");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 2);
  g_assert_false (gtk_widget_get_visible (popup));

  g_object_unref (dropdown);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc,
      char *argv[])
{
  if (!inovda_test_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/inovda/drop-down/search-anywhere", test_search_anywhere);
  g_test_add_func ("/inovda/drop-down/search-anywhere-after-changes", test_search_anywhere_after_changes);
  g_test_add_func ("/inovda/drop-down/search-at-start-by-default", test_search_at_start_by_default);
  g_test_add_func ("/inovda/drop-down/search-focused-on-open", test_search_focused_on_open);

  return g_test_run ();
}
