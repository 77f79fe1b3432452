/* inovda-row-pipe.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-row-pipe"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "inovda-row-pipe.h"
#include "inovda-spreadsheet-private.h"

/* A batch ends at whichever comes first; the cells' bound keeps a batch
 * of many one-letter cells as small as one of long texts (1 MiB each). */
#define BATCH_ROWS 4096
#define BATCH_TEXT (1024 * 1024)
#define BATCH_CELLS 65536

typedef struct
{
  guint row;
  guint first_cell;
  guint n_cells;
} BatchRow;

/* Rows copied out of the producer's buffers; a cell's text pointer holds
 * its offset in `text` until the consumer takes the batch. */
typedef struct
{
  GString *text;
  GArray *cells; /* InovdaCell */
  GArray *rows;  /* BatchRow */
} Batch;

struct _InovdaRowPipe
{
  GMutex lock;
  GCond cond;
  GQueue full;
  GQueue spare;
  guint n_batches;
  guint max_batches;
  gboolean held; /* the producer waits for _inovda_row_pipe_release */
  gboolean stopped;
  gboolean producer_done;
  gboolean producer_ok;
  GError *producer_error;

  InovdaRowProducer producer;
  gpointer producer_data;
  GDestroyNotify producer_data_free;
  Batch *current;
  GThread *thread;
};

typedef InovdaRowPipe Pipe;

static Batch *
batch_new (void)
{
  Batch *batch = g_new0 (Batch, 1);

  batch->text = g_string_sized_new (BATCH_TEXT + 4096);
  batch->cells = g_array_sized_new (FALSE, FALSE, sizeof (InovdaCell), BATCH_ROWS * 8);
  batch->rows = g_array_sized_new (FALSE, FALSE, sizeof (BatchRow), BATCH_ROWS);
  return batch;
}

static void
batch_free (gpointer data)
{
  Batch *batch = data;

  g_string_free (batch->text, TRUE);
  g_array_unref (batch->cells);
  g_array_unref (batch->rows);
  g_free (batch);
}

static void
batch_reset (Batch *batch)
{
  g_string_truncate (batch->text, 0);
  g_array_set_size (batch->cells, 0);
  g_array_set_size (batch->rows, 0);
}

/* Producer side: waits for a spare batch, or makes one while fewer than
 * MAX_BATCHES exist; NULL once the consumer has stopped. */
static Batch *
take_spare_batch (Pipe *pipe)
{
  Batch *batch = NULL;

  g_mutex_lock (&pipe->lock);
  while (!pipe->stopped && g_queue_is_empty (&pipe->spare) && pipe->n_batches >= pipe->max_batches)
    g_cond_wait (&pipe->cond, &pipe->lock);
  if (!pipe->stopped)
    {
      batch = g_queue_pop_head (&pipe->spare);
      if (batch == NULL)
        {
          batch = batch_new ();
          pipe->n_batches++;
        }
    }
  g_mutex_unlock (&pipe->lock);
  return batch;
}

static void
send_current_batch (Pipe *pipe)
{
  if (pipe->current == NULL)
    return;
  g_mutex_lock (&pipe->lock);
  g_queue_push_tail (&pipe->full, g_steal_pointer (&pipe->current));
  g_cond_broadcast (&pipe->cond);
  g_mutex_unlock (&pipe->lock);
}

/* The batch rows go into now: NULL once the consumer has stopped. */
static Batch *
current_batch (Pipe *pipe,
               GError **error)
{
  if (pipe->current == NULL)
    pipe->current = take_spare_batch (pipe);
  if (pipe->current == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "stopped by the reader");
  return pipe->current;
}

/* Room for @n_cells cells of a new row in @batch. */
static InovdaCell *
add_batch_row (Batch *batch,
               guint row,
               guint n_cells)
{
  BatchRow batch_row = { row, batch->cells->len, n_cells };

  g_array_append_val (batch->rows, batch_row);
  g_array_set_size (batch->cells, batch->cells->len + n_cells);
  return &g_array_index (batch->cells, InovdaCell, batch_row.first_cell);
}

static void
row_added (Pipe *pipe,
           Batch *batch)
{
  if (batch->rows->len >= BATCH_ROWS || batch->text->len >= BATCH_TEXT || batch->cells->len >= BATCH_CELLS)
    send_current_batch (pipe);
}

gboolean
_inovda_row_pipe_add_row (guint row,
                          const InovdaCell *cells,
                          guint n_cells,
                          gpointer user_data,
                          GError **error)
{
  Pipe *pipe = user_data;
  Batch *batch = current_batch (pipe, error);
  InovdaCell *copies;

  if (batch == NULL)
    return FALSE;
  copies = add_batch_row (batch, row, n_cells);
  for (guint i = 0; i < n_cells; i++)
    {
      gsize length = strlen (cells[i].text);

      copies[i] = cells[i];
      copies[i].text = GSIZE_TO_POINTER (batch->text->len);
      _inovda_string_append (batch->text, cells[i].text, length + 1);
    }
  row_added (pipe, batch);
  return TRUE;
}

gboolean
_inovda_row_pipe_add_buffer (gpointer user_data,
                             guint row,
                             const InovdaRowBuffer *buffer,
                             GError **error)
{
  Pipe *pipe = user_data;
  Batch *batch = current_batch (pipe, error);
  InovdaCell *copies;
  gsize base;

  if (batch == NULL)
    return FALSE;
  /* The copied text of all the cells, with their NULs, is one piece. */
  base = batch->text->len;
  _inovda_string_append (batch->text, buffer->text->str, buffer->text->len);
  copies = add_batch_row (batch, row, buffer->n_pending);
  for (guint i = 0; i < buffer->n_pending; i++)
    {
      const InovdaPendingCell *cell = &buffer->pending[i];

      copies[i].column = cell->column;
      copies[i].type = cell->type;
      if (cell->borrowed != NULL)
        {
          copies[i].text = GSIZE_TO_POINTER (batch->text->len);
          _inovda_string_append (batch->text, cell->borrowed, strlen (cell->borrowed) + 1);
        }
      else
        copies[i].text = GSIZE_TO_POINTER (base + cell->offset);
    }
  row_added (pipe, batch);
  return TRUE;
}

static gpointer
produce (gpointer data)
{
  Pipe *pipe = data;
  g_autoptr (GError) error = NULL;
  gboolean stopped;
  gboolean ok = FALSE;

  g_mutex_lock (&pipe->lock);
  while (pipe->held && !pipe->stopped)
    g_cond_wait (&pipe->cond, &pipe->lock);
  stopped = pipe->stopped;
  g_mutex_unlock (&pipe->lock);

  if (!stopped)
    ok = pipe->producer (pipe->producer_data, _inovda_row_pipe_add_row, pipe, &error);

  if (ok)
    send_current_batch (pipe);
  else
    g_clear_pointer (&pipe->current, batch_free);

  g_mutex_lock (&pipe->lock);
  pipe->producer_done = TRUE;
  pipe->producer_ok = ok;
  pipe->producer_error = g_steal_pointer (&error);
  g_cond_broadcast (&pipe->cond);
  g_mutex_unlock (&pipe->lock);
  return NULL;
}

static gboolean
consume_batch (Batch *batch,
               InovdaRowFunc func,
               gpointer user_data,
               GError **error)
{
  InovdaCell *cells = (InovdaCell *) (gpointer) batch->cells->data;

  for (guint i = 0; i < batch->cells->len; i++)
    cells[i].text = batch->text->str + GPOINTER_TO_SIZE (cells[i].text);

  for (guint i = 0; i < batch->rows->len; i++)
    {
      const BatchRow *row = &g_array_index (batch->rows, BatchRow, i);
      g_autoptr (GError) local_error = NULL;

      if (!func (row->row, cells + row->first_cell, row->n_cells, user_data, &local_error))
        {
          if (local_error == NULL)
            g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _ ("Reading was stopped"));
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  return TRUE;
}

static void
pipe_free (Pipe *pipe)
{
  g_clear_error (&pipe->producer_error);
  g_clear_pointer (&pipe->current, batch_free);
  g_queue_clear_full (&pipe->full, batch_free);
  g_queue_clear_full (&pipe->spare, batch_free);
  g_mutex_clear (&pipe->lock);
  g_cond_clear (&pipe->cond);
  if (pipe->producer_data_free != NULL)
    pipe->producer_data_free (pipe->producer_data);
  g_free (pipe);
}

/**
 * _inovda_row_pipe_start:
 * @max_batches: how many batches of rows may wait for the consumer
 * @held: whether the producer waits for _inovda_row_pipe_release() or the
 *   consumer before it starts
 *
 * Runs @producer in a worker thread, which reads ahead of the consumer by
 * up to @max_batches batches (4,096 rows, 1 MiB of text or 65,536 cells
 * each).
 *
 * Returns: the pipe, or %NULL when no thread could be made (@producer_data
 *   is then not freed)
 */
InovdaRowPipe *
_inovda_row_pipe_start (InovdaRowProducer producer,
                        gpointer producer_data,
                        GDestroyNotify producer_data_free,
                        guint max_batches,
                        gboolean held)
{
  Pipe *pipe = g_new0 (Pipe, 1);

  g_mutex_init (&pipe->lock);
  g_cond_init (&pipe->cond);
  g_queue_init (&pipe->full);
  g_queue_init (&pipe->spare);
  pipe->producer = producer;
  pipe->producer_data = producer_data;
  pipe->max_batches = MAX (max_batches, 1);
  pipe->held = held;

  pipe->thread = g_thread_try_new ("inovda-rows", produce, pipe, NULL);
  if (pipe->thread == NULL)
    {
      pipe_free (pipe);
      return NULL;
    }
  pipe->producer_data_free = producer_data_free;
  return pipe;
}

/* Hands the rows to @func, in order, until the producer ends or @func
 * fails; then waits for the producer and frees @pipe. */
gboolean
_inovda_row_pipe_finish (InovdaRowPipe *pipe,
                         InovdaRowFunc func,
                         gpointer user_data,
                         GCancellable *cancellable,
                         GError **error)
{
  g_autoptr (GError) consumer_error = NULL;
  gboolean ok = TRUE;

  g_mutex_lock (&pipe->lock);
  pipe->held = FALSE;
  g_cond_broadcast (&pipe->cond);
  for (;;)
    {
      Batch *batch;

      while (g_queue_is_empty (&pipe->full) && !pipe->producer_done)
        g_cond_wait (&pipe->cond, &pipe->lock);
      batch = g_queue_pop_head (&pipe->full);
      if (batch == NULL)
        break;
      g_mutex_unlock (&pipe->lock);

      ok = consume_batch (batch, func, user_data, &consumer_error) &&
           !g_cancellable_set_error_if_cancelled (cancellable, &consumer_error);
      batch_reset (batch);

      g_mutex_lock (&pipe->lock);
      g_queue_push_tail (&pipe->spare, batch);
      if (!ok)
        pipe->stopped = TRUE;
      g_cond_broadcast (&pipe->cond);
      if (!ok)
        break;
    }
  g_mutex_unlock (&pipe->lock);

  g_thread_join (g_steal_pointer (&pipe->thread));

  if (ok && !pipe->producer_ok)
    {
      ok = FALSE;
      g_propagate_error (error, g_steal_pointer (&pipe->producer_error));
    }
  else if (!ok)
    g_propagate_error (error, g_steal_pointer (&consumer_error));

  pipe_free (pipe);
  return ok;
}

/* Lets a producer started held begin. */
void
_inovda_row_pipe_release (InovdaRowPipe *pipe)
{
  g_mutex_lock (&pipe->lock);
  pipe->held = FALSE;
  g_cond_broadcast (&pipe->cond);
  g_mutex_unlock (&pipe->lock);
}

/* Stops a producer whose rows are not wanted, and frees @pipe. */
void
_inovda_row_pipe_discard (InovdaRowPipe *pipe)
{
  g_mutex_lock (&pipe->lock);
  pipe->stopped = TRUE;
  g_cond_broadcast (&pipe->cond);
  g_mutex_unlock (&pipe->lock);
  g_thread_join (g_steal_pointer (&pipe->thread));
  pipe_free (pipe);
}

gboolean
_inovda_row_pipe_run (InovdaRowProducer producer,
                      gpointer producer_data,
                      InovdaRowFunc func,
                      gpointer user_data,
                      GCancellable *cancellable,
                      GError **error)
{
  InovdaRowPipe *pipe = _inovda_row_pipe_start (producer, producer_data, NULL, INOVDA_ROW_PIPE_BATCHES, FALSE);

  if (pipe == NULL)
    return producer (producer_data, func, user_data, error);
  return _inovda_row_pipe_finish (pipe, func, user_data, cancellable, error);
}
