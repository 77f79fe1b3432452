/* test-column-fit.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A table leaves out its least important columns rather than scroll
 * sideways, and shows them again when they fit.
 */

#include "config.h"

#include "inovda-test-ui.h"
#include "ui/inovda-column-fit.h"

typedef struct
{
  GtkWidget *window;
  GtkWidget *scrolled_window;
  GtkColumnViewColumn *columns[4];
} Table;

static void
label_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem *item,
                gpointer data)
{
  gtk_list_item_set_child (item, gtk_label_new ("x"));
}

/* Four columns, 200 (growing into any room left) and 3 × 120 px wide, in
 * a scrolled window @width wide; the last two may be left out, the last
 * first. */
static void
table_init (Table *table,
            int width)
{
  const char *const rows[] = { "satu", "dua", "tiga", NULL };
  GtkWidget *view = gtk_column_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (gtk_string_list_new (rows)))));
  GtkColumnViewColumn *optional[2];

  for (guint i = 0; i < G_N_ELEMENTS (table->columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autofree char *title = g_strdup_printf ("Kolom %u", i + 1);

      g_signal_connect (factory, "setup", G_CALLBACK (label_setup_cb), NULL);
      table->columns[i] = gtk_column_view_column_new (title, factory);
      gtk_column_view_column_set_fixed_width (table->columns[i], i == 0 ? 200 : 120);
      gtk_column_view_column_set_expand (table->columns[i], i == 0);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (view), table->columns[i]);
      g_object_unref (table->columns[i]);
    }

  table->scrolled_window = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (table->scrolled_window), view);
  gtk_widget_set_halign (table->scrolled_window, GTK_ALIGN_START);
  gtk_widget_set_size_request (table->scrolled_window, width, 200);

  optional[0] = table->columns[3];
  optional[1] = table->columns[2];
  inovda_column_fit_install (GTK_COLUMN_VIEW (view), GTK_SCROLLED_WINDOW (table->scrolled_window),
                             optional, G_N_ELEMENTS (optional));

  table->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (table->window), 900, 300);
  gtk_window_set_child (GTK_WINDOW (table->window), table->scrolled_window);
  gtk_window_present (GTK_WINDOW (table->window));
}

/* The columns' visibility settles within a frame or two. */
static void
assert_shown (Table *table,
              gboolean third,
              gboolean fourth)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while ((gtk_column_view_column_get_visible (table->columns[2]) != third ||
          gtk_column_view_column_get_visible (table->columns[3]) != fourth) &&
         g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  gtk_test_widget_wait_for_draw (table->window);
  g_assert_true (gtk_column_view_column_get_visible (table->columns[0]));
  g_assert_true (gtk_column_view_column_get_visible (table->columns[1]));
  g_assert_cmpint (gtk_column_view_column_get_visible (table->columns[2]), ==, third);
  g_assert_cmpint (gtk_column_view_column_get_visible (table->columns[3]), ==, fourth);
}

/* The width of the first row's cell in the first column. */
static int
first_cell_width (Table *table)
{
  GtkWidget *view = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (table->scrolled_window));

  for (GtkWidget *child = gtk_widget_get_first_child (view); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      {
        GtkWidget *row = gtk_widget_get_first_child (child);
        GtkWidget *cell = row != NULL ? gtk_widget_get_first_child (row) : NULL;

        g_assert_nonnull (cell);
        return gtk_widget_get_width (cell);
      }
  g_assert_not_reached ();
  return 0;
}

static void
test_fit (void)
{
  Table table = { 0 };

  /* 200 + 3 × 120 and the cells' padding fit in 800 px. */
  table_init (&table, 800);
  assert_shown (&table, TRUE, TRUE);

  /* The least important column goes first, then the next. */
  gtk_widget_set_size_request (table.scrolled_window, 500, 200);
  assert_shown (&table, TRUE, FALSE);
  gtk_widget_set_size_request (table.scrolled_window, 380, 200);
  assert_shown (&table, FALSE, FALSE);
  /* The columns left out take no room: the first column grows into it. */
  g_assert_cmpint (first_cell_width (&table), >, 200);

  /* A column that is never left out stays, even when nothing fits. */
  gtk_widget_set_size_request (table.scrolled_window, 150, 200);
  assert_shown (&table, FALSE, FALSE);

  /* They come back when there is room, as wide as they were. */
  gtk_widget_set_size_request (table.scrolled_window, 800, 200);
  assert_shown (&table, TRUE, TRUE);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (table.columns[2]), ==, 120);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (table.columns[3]), ==, 120);

  /* A column widened by hand can push another out. */
  gtk_column_view_column_set_fixed_width (table.columns[0], 500);
  assert_shown (&table, TRUE, FALSE);

  /* An optional column widened by hand stays in view, under the pointer,
   * and another gives way; the window's next width decides again. */
  gtk_column_view_column_set_fixed_width (table.columns[0], 200);
  assert_shown (&table, TRUE, TRUE);
  gtk_column_view_column_set_fixed_width (table.columns[3], 400);
  assert_shown (&table, FALSE, TRUE);
  gtk_widget_set_size_request (table.scrolled_window, 780, 200);
  assert_shown (&table, TRUE, FALSE);

  gtk_window_destroy (GTK_WINDOW (table.window));
}

/* A column sized by its content comes back sized by its content. */
static void
test_natural_width (void)
{
  Table table = { 0 };

  table_init (&table, 800);
  assert_shown (&table, TRUE, TRUE);
  gtk_column_view_column_set_fixed_width (table.columns[3], -1);
  gtk_widget_set_size_request (table.scrolled_window, 380, 200);
  assert_shown (&table, FALSE, FALSE);
  gtk_widget_set_size_request (table.scrolled_window, 800, 200);
  assert_shown (&table, TRUE, TRUE);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (table.columns[3]), ==, -1);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (table.columns[2]), ==, 120);

  gtk_window_destroy (GTK_WINDOW (table.window));
}

int
main (int argc,
      char *argv[])
{
  if (!inovda_test_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/inovda/column-fit/fit", test_fit);
  g_test_add_func ("/inovda/column-fit/natural-width", test_natural_width);

  return g_test_run ();
}
