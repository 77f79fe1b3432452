/* inovda-column-fit.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-column-fit"

#include "config.h"

#include "inovda-column-fit.h"

/* A table wider than its window scrolls sideways, and the columns at its
 * end (those read last) are the ones out of sight. Leaving out the least
 * important columns instead keeps every row readable at a glance: in a
 * window 1280 px wide the Inovasi list leaves out its completeness, at
 * 1024 px its verified score and main affair too. */

typedef struct
{
  GtkColumnView *view; /* owns this */
  GtkAdjustment *hadjustment;
  GPtrArray *optional; /* GtkColumnViewColumn, least important first */
  GPtrArray *watched;  /* every column, for its width */
  /* The column the user widened last, kept in view while the window keeps
   * its width: it would otherwise vanish under the pointer. */
  GtkColumnViewColumn *resized;
  guint idle_id;
} ColumnFit;

static void
column_fit_free (gpointer data)
{
  ColumnFit *fit = data;

  g_clear_handle_id (&fit->idle_id, g_source_remove);
  g_signal_handlers_disconnect_by_data (fit->hadjustment, fit);
  for (guint i = 0; i < fit->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (fit->watched, i), fit);
  g_clear_object (&fit->hadjustment);
  g_ptr_array_unref (fit->optional);
  g_ptr_array_unref (fit->watched);
  g_free (fit);
}

/* GTK 4.8 counts a hidden column's width in the view's minimum width: the
 * view then scrolls sideways into blank space and its expanding column
 * never grows. A column left out is therefore also given a width of 0,
 * and gets its own fixed width (or none, -1) back when it is shown. The
 * width is kept plus 2, so that 0 means nothing kept. */
static GQuark
kept_width_quark (void)
{
  return g_quark_from_static_string ("inovda-column-fit-width");
}

static gboolean
get_kept_width (GtkColumnViewColumn *column,
                int *width)
{
  int kept = GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (column), kept_width_quark ()));

  *width = kept - 2;
  return kept != 0;
}

static int
column_width (GtkColumnViewColumn *column)
{
  int width;

  if (!gtk_column_view_column_get_visible (column) && get_kept_width (column, &width))
    return MAX (width, 0);
  return MAX (gtk_column_view_column_get_fixed_width (column), 0);
}

static void width_changed_cb (GtkColumnViewColumn *column,
                              GParamSpec *pspec,
                              gpointer user_data);

static void
show_column (ColumnFit *fit,
             GtkColumnViewColumn *column,
             gboolean visible)
{
  int width;

  if (gtk_column_view_column_get_visible (column) == visible)
    return;
  g_signal_handlers_block_by_func (column, width_changed_cb, fit);
  if (visible)
    {
      if (get_kept_width (column, &width))
        gtk_column_view_column_set_fixed_width (column, width);
      g_object_set_qdata (G_OBJECT (column), kept_width_quark (), NULL);
      gtk_column_view_column_set_visible (column, TRUE);
    }
  else
    {
      width = gtk_column_view_column_get_fixed_width (column);
      g_object_set_qdata (G_OBJECT (column), kept_width_quark (), GINT_TO_POINTER (MAX (width, -1) + 2));
      gtk_column_view_column_set_visible (column, FALSE);
      gtk_column_view_column_set_fixed_width (column, 0);
    }
  g_signal_handlers_unblock_by_func (column, width_changed_cb, fit);
}

/* Whether @column is left out when the @n_hidden least important optional
 * columns are, the one widened last excepted. */
static gboolean
is_left_out (ColumnFit *fit,
             GtkColumnViewColumn *column,
             guint n_hidden)
{
  guint rank = 0;

  if (column == fit->resized)
    return FALSE;
  for (guint i = 0; i < fit->optional->len; i++)
    {
      GtkColumnViewColumn *optional = g_ptr_array_index (fit->optional, i);

      if (optional == fit->resized)
        continue;
      if (optional == column)
        return rank < n_hidden;
      rank++;
    }
  return FALSE;
}

/* A column's fixed width is all it takes, cells' padding included. */
static gboolean
fit_columns (gpointer data)
{
  ColumnFit *fit = data;
  GListModel *columns = gtk_column_view_get_columns (fit->view);
  guint n_columns = g_list_model_get_n_items (columns);
  int available = (int) gtk_adjustment_get_page_size (fit->hadjustment);
  guint n_hidden;

  fit->idle_id = 0;
  if (available <= 0)
    return G_SOURCE_REMOVE;

  /* The fewest optional columns left out, least important first. */
  for (n_hidden = 0; n_hidden < fit->optional->len; n_hidden++)
    {
      int needed = 0;

      for (guint i = 0; i < n_columns; i++)
        {
          g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

          if (!is_left_out (fit, column, n_hidden))
            needed += column_width (column);
        }
      if (needed <= available)
        break;
    }

  for (guint i = 0; i < fit->optional->len; i++)
    {
      GtkColumnViewColumn *column = g_ptr_array_index (fit->optional, i);

      show_column (fit, column, !is_left_out (fit, column, n_hidden));
    }
  return G_SOURCE_REMOVE;
}

static void queue_fit (ColumnFit *fit);

static void
width_changed_cb (GtkColumnViewColumn *column,
                  GParamSpec *pspec,
                  gpointer user_data)
{
  ColumnFit *fit = user_data;

  fit->resized = column;
  queue_fit (fit);
}

static void
page_size_changed_cb (ColumnFit *fit)
{
  fit->resized = NULL;
  queue_fit (fit);
}

static void
queue_fit (ColumnFit *fit)
{
  /* Before the next frame is drawn, outside its layout. */
  if (fit->idle_id == 0)
    fit->idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_columns, fit, NULL);
}

/**
 * inovda_column_fit_install:
 * @view: a column view
 * @scrolled_window: the scrolled window of @view
 * @optional: (array length=n_optional): columns of @view that may be left
 *   out, the least important first
 * @n_optional: their number
 *
 * Leaves out the optional columns of @view, the least important first,
 * when its columns are wider than @scrolled_window, and shows them again
 * when they fit, as the window or a column is resized.
 */
void
inovda_column_fit_install (GtkColumnView *view,
                           GtkScrolledWindow *scrolled_window,
                           GtkColumnViewColumn *const *optional,
                           guint n_optional)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  ColumnFit *fit;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scrolled_window));

  fit = g_new0 (ColumnFit, 1);
  fit->view = view;
  fit->hadjustment = g_object_ref (gtk_scrolled_window_get_hadjustment (scrolled_window));
  fit->optional = g_ptr_array_new_with_free_func (g_object_unref);
  fit->watched = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_optional; i++)
    g_ptr_array_add (fit->optional, g_object_ref (optional[i]));
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      GtkColumnViewColumn *column = g_list_model_get_item (columns, i);

      g_signal_connect (column, "notify::fixed-width", G_CALLBACK (width_changed_cb), fit);
      g_ptr_array_add (fit->watched, column);
    }
  g_signal_connect_swapped (fit->hadjustment, "notify::page-size", G_CALLBACK (page_size_changed_cb), fit);
  g_object_set_data_full (G_OBJECT (view), "inovda-column-fit", fit, column_fit_free);
  queue_fit (fit);
}
