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

#define BATCH_ROWS 4096
#define BATCH_TEXT (1024 * 1024)

/* A cell as a batch keeps it: its text is an offset in the batch's text.
 * Eight bytes instead of an InovdaCell's sixteen, so that a long read
 * ahead holds twice the rows. */
typedef struct
{
  guint32 offset;
  guint32 column : 28;
  guint32 type : 4;
} PackedCell;

G_STATIC_ASSERT (INOVDA_SPREADSHEET_MAX_COLUMNS < (1u << 28));
G_STATIC_ASSERT (INOVDA_CELL_ERROR < 16);

typedef struct
{
  guint row;
  guint first_cell;
  guint n_cells;
} BatchRow;

/* Rows copied out of the producer's buffers. A cell whose text is the
 * text of the same column in the row above (an answers sheet repeats the
 * innovation's id, codes and name on each of its twenty rows) shares it. */
typedef struct
{
  GString *text;
  GArray *cells; /* PackedCell */
  GArray *rows;  /* BatchRow */
} Batch;

struct _InovdaRowPipe
{
  GMutex lock;
  GCond cond;
  GQueue full;
  GQueue spare;
  gsize full_size; /* bytes of the batches in full */
  gsize max_size;
  gboolean stopped;
  gboolean producer_done;
  gboolean producer_ok;
  GError *producer_error;

  InovdaRowProducer producer;
  gpointer producer_data;
  GDestroyNotify producer_data_free;
  Batch *current;
  GThread *thread;
  GArray *row_cells; /* InovdaCell: the row the consumer is given */
};

typedef InovdaRowPipe Pipe;

static Batch *
batch_new (void)
{
  Batch *batch = g_new0 (Batch, 1);

  batch->text = g_string_sized_new (64 * 1024);
  batch->cells = g_array_sized_new (FALSE, FALSE, sizeof (PackedCell), BATCH_ROWS * 4);
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

static gsize
batch_size (const Batch *batch)
{
  return batch->text->len + batch->cells->len * sizeof (PackedCell) + batch->rows->len * sizeof (BatchRow);
}

/* Producer side: waits while the batches in full hold @max_size bytes or
 * more (one batch always goes through, however large); NULL once the
 * consumer has stopped. */
static Batch *
take_spare_batch (Pipe *pipe)
{
  Batch *batch = NULL;

  g_mutex_lock (&pipe->lock);
  while (!pipe->stopped && pipe->full_size >= pipe->max_size && !g_queue_is_empty (&pipe->full))
    g_cond_wait (&pipe->cond, &pipe->lock);
  if (!pipe->stopped)
    {
      batch = g_queue_pop_head (&pipe->spare);
      if (batch == NULL)
        batch = batch_new ();
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
  pipe->full_size += batch_size (pipe->current);
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

/* Copies a row into @batch, cell by cell through @cell_text. */
typedef struct
{
  Batch *batch;
  PackedCell *cells;
  const PackedCell *above;
  guint n_above;
  guint next_above;
} RowCopy;

static RowCopy
start_row_copy (Batch *batch,
                guint row,
                guint n_cells)
{
  BatchRow batch_row = { row, batch->cells->len, n_cells };
  RowCopy copy = { batch };

  g_array_set_size (batch->cells, batch->cells->len + n_cells);
  copy.cells = &g_array_index (batch->cells, PackedCell, batch_row.first_cell);
  if (batch->rows->len > 0)
    {
      const BatchRow *above = &g_array_index (batch->rows, BatchRow, batch->rows->len - 1);

      copy.above = &g_array_index (batch->cells, PackedCell, above->first_cell);
      copy.n_above = above->n_cells;
    }
  g_array_append_val (batch->rows, batch_row);
  return copy;
}

/* Cells come in column order: the cell above, if any, is found by
 * walking the row above once. */
static void
copy_cell (RowCopy *copy,
           guint i,
           guint column,
           InovdaCellType type,
           const char *text)
{
  GString *batch_text = copy->batch->text;
  PackedCell *cell = &copy->cells[i];

  while (copy->next_above < copy->n_above && copy->above[copy->next_above].column < column)
    copy->next_above++;
  cell->column = column;
  cell->type = type;
  if (copy->next_above < copy->n_above && copy->above[copy->next_above].column == column &&
      strcmp (batch_text->str + copy->above[copy->next_above].offset, text) == 0)
    {
      cell->offset = copy->above[copy->next_above].offset;
      return;
    }
  cell->offset = (guint32) batch_text->len;
  _inovda_string_append (batch_text, text, strlen (text) + 1);
}

static void
row_added (Pipe *pipe,
           Batch *batch)
{
  if (batch->rows->len >= BATCH_ROWS || batch->text->len >= BATCH_TEXT)
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
  RowCopy copy;

  if (batch == NULL)
    return FALSE;
  copy = start_row_copy (batch, row, n_cells);
  for (guint i = 0; i < n_cells; i++)
    copy_cell (&copy, i, cells[i].column, cells[i].type, cells[i].text);
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
  RowCopy copy;

  if (batch == NULL)
    return FALSE;
  copy = start_row_copy (batch, row, buffer->n_pending);
  for (guint i = 0; i < buffer->n_pending; i++)
    {
      const InovdaPendingCell *cell = &buffer->pending[i];
      const char *text = cell->borrowed != NULL ? cell->borrowed : buffer->text->str + cell->offset;

      copy_cell (&copy, i, cell->column, cell->type, text);
    }
  row_added (pipe, batch);
  return TRUE;
}

static gpointer
produce (gpointer data)
{
  Pipe *pipe = data;
  g_autoptr (GError) error = NULL;
  gboolean ok = pipe->producer (pipe->producer_data, _inovda_row_pipe_add_row, pipe, &error);

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
consume_batch (Pipe *pipe,
               Batch *batch,
               InovdaRowFunc func,
               gpointer user_data,
               GError **error)
{
  const PackedCell *packed = (const PackedCell *) (gpointer) batch->cells->data;

  for (guint i = 0; i < batch->rows->len; i++)
    {
      const BatchRow *row = &g_array_index (batch->rows, BatchRow, i);
      g_autoptr (GError) local_error = NULL;
      InovdaCell *cells;

      g_array_set_size (pipe->row_cells, row->n_cells);
      cells = (InovdaCell *) (gpointer) pipe->row_cells->data;
      for (guint j = 0; j < row->n_cells; j++)
        {
          const PackedCell *cell = &packed[row->first_cell + j];

          cells[j].column = cell->column;
          cells[j].type = cell->type;
          cells[j].text = batch->text->str + cell->offset;
        }
      if (!func (row->row, cells, row->n_cells, user_data, &local_error))
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
  g_array_unref (pipe->row_cells);
  g_mutex_clear (&pipe->lock);
  g_cond_clear (&pipe->cond);
  if (pipe->producer_data_free != NULL)
    pipe->producer_data_free (pipe->producer_data);
  g_free (pipe);
}

/**
 * _inovda_row_pipe_start:
 * @max_size: how many bytes of rows may wait for the consumer
 *
 * Runs @producer in a worker thread, which reads ahead of the consumer by
 * up to @max_size bytes of copied rows (in batches of 4,096 rows or 1 MiB
 * of text).
 *
 * Returns: the pipe, or %NULL when no thread could be made (@producer_data
 *   is then not freed)
 */
InovdaRowPipe *
_inovda_row_pipe_start (InovdaRowProducer producer,
                        gpointer producer_data,
                        GDestroyNotify producer_data_free,
                        gsize max_size)
{
  Pipe *pipe = g_new0 (Pipe, 1);

  g_mutex_init (&pipe->lock);
  g_cond_init (&pipe->cond);
  g_queue_init (&pipe->full);
  g_queue_init (&pipe->spare);
  pipe->producer = producer;
  pipe->producer_data = producer_data;
  pipe->max_size = max_size;
  pipe->row_cells = g_array_new (FALSE, FALSE, sizeof (InovdaCell));

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
  for (;;)
    {
      Batch *batch;

      while (g_queue_is_empty (&pipe->full) && !pipe->producer_done)
        g_cond_wait (&pipe->cond, &pipe->lock);
      batch = g_queue_pop_head (&pipe->full);
      if (batch == NULL)
        break;
      pipe->full_size -= batch_size (batch);
      g_cond_broadcast (&pipe->cond);
      g_mutex_unlock (&pipe->lock);

      ok = consume_batch (pipe, batch, func, user_data, &consumer_error) &&
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
  InovdaRowPipe *pipe = _inovda_row_pipe_start (producer, producer_data, NULL, INOVDA_ROW_PIPE_SIZE);

  if (pipe == NULL)
    return producer (producer_data, func, user_data, error);
  return _inovda_row_pipe_finish (pipe, func, user_data, cancellable, error);
}
