/* test-row-pipe.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "io/inovda-row-pipe.h"

#define N_ROWS 8192

typedef struct
{
  guint n_cells;
  gint produced; /* rows handed to the pipe, atomic */
  gint produced_at_first_row;
  guint consumed;
} Run;

static gboolean
produce_rows (gpointer producer_data,
              InovdaRowFunc func,
              gpointer func_data,
              GError **error)
{
  Run *run = producer_data;
  g_autofree InovdaCell *cells = g_new0 (InovdaCell, run->n_cells);

  for (guint c = 0; c < run->n_cells; c++)
    cells[c] = (InovdaCell){ c, INOVDA_CELL_NUMBER, "1" };
  for (guint row = 1; row <= N_ROWS; row++)
    {
      if (!func (row, cells, run->n_cells, func_data, error))
        return FALSE;
      g_atomic_int_inc (&run->produced);
    }
  return TRUE;
}

static gboolean
consume_row (guint row,
             const InovdaCell *cells,
             guint n_cells,
             gpointer user_data,
             GError **error)
{
  Run *run = user_data;

  if (run->consumed == 0)
    run->produced_at_first_row = g_atomic_int_get (&run->produced);
  g_assert_cmpuint (row, ==, run->consumed + 1);
  g_assert_cmpuint (n_cells, ==, run->n_cells);
  g_assert_cmpuint (cells[n_cells - 1].column, ==, n_cells - 1);
  g_assert_cmpstr (cells[n_cells - 1].text, ==, "1");
  run->consumed++;
  return TRUE;
}

/* With room for one batch, the producer waits once it has filled it: the
 * consumer's first row sees how many rows the first batch holds. */
static guint
rows_in_first_batch (guint n_cells)
{
  g_autoptr (GError) error = NULL;
  Run run = { n_cells, 0, 0, 0 };
  InovdaRowPipe *pipe = _inovda_row_pipe_start (produce_rows, &run, NULL, 1, FALSE);

  g_assert_nonnull (pipe);
  g_assert_true (_inovda_row_pipe_finish (pipe, consume_row, &run, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (run.consumed, ==, N_ROWS);
  return (guint) run.produced_at_first_row;
}

static void
test_batch_bounds (void)
{
  /* Four cells a row: 4,096 rows to a batch. */
  g_assert_cmpuint (rows_in_first_batch (4), <=, 4096);
  g_assert_cmpuint (rows_in_first_batch (4), >=, 4095);
  /* 128 one-digit cells a row: 4,096 rows are 1 MiB of text but 524,288
   * cells of 16 bytes; the batch ends at 65,536 cells. */
  g_assert_cmpuint (rows_in_first_batch (128), <=, 65536 / 128);
}

/* A pipe started held produces nothing until it is released or its
 * consumer starts; discarded while held, its producer never runs. */
static void
test_held (void)
{
  g_autoptr (GError) error = NULL;
  Run run = { 4, 0, 0, 0 };
  InovdaRowPipe *pipe = _inovda_row_pipe_start (produce_rows, &run, NULL, 64, TRUE);

  g_assert_nonnull (pipe);
  g_usleep (G_USEC_PER_SEC / 20);
  g_assert_cmpint (g_atomic_int_get (&run.produced), ==, 0);
  _inovda_row_pipe_release (pipe);
  while (g_atomic_int_get (&run.produced) == 0)
    g_usleep (1000);
  g_assert_true (_inovda_row_pipe_finish (pipe, consume_row, &run, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (run.consumed, ==, N_ROWS);

  /* The consumer's start lets it begin. */
  run = (Run){ 4, 0, 0, 0 };
  pipe = _inovda_row_pipe_start (produce_rows, &run, NULL, 1, TRUE);
  g_assert_true (_inovda_row_pipe_finish (pipe, consume_row, &run, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (run.consumed, ==, N_ROWS);

  run = (Run){ 4, 0, 0, 0 };
  pipe = _inovda_row_pipe_start (produce_rows, &run, NULL, 1, TRUE);
  _inovda_row_pipe_discard (pipe);
  g_assert_cmpint (g_atomic_int_get (&run.produced), ==, 0);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/inovda/row-pipe/batch-bounds", test_batch_bounds);
  g_test_add_func ("/inovda/row-pipe/held", test_held);

  return g_test_run ();
}
