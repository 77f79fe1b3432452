/* inovda-row-pipe.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "inovda-spreadsheet-private.h"

G_BEGIN_DECLS

/* Produces the rows of a sheet by calling @func for each; runs in a worker
 * thread, so it must touch nothing the caller's thread uses meanwhile. */
typedef gboolean (*InovdaRowProducer) (gpointer producer_data,
                                       InovdaRowFunc func,
                                       gpointer func_data,
                                       GError **error);

/* Runs @producer in a worker thread and hands its rows, in order, to @func
 * on the calling thread, a batch at a time: unpacking and parsing a sheet
 * overlap with what the caller does with its rows. Memory is bounded by a
 * few batches. When @func fails the producer is stopped and @func's error
 * returned; when the producer fails, @func has seen the rows before the
 * failure and the producer's error is returned. */
gboolean _inovda_row_pipe_run (InovdaRowProducer producer,
                               gpointer producer_data,
                               InovdaRowFunc func,
                               gpointer user_data,
                               GCancellable *cancellable,
                               GError **error);

typedef struct _InovdaRowPipe InovdaRowPipe;

/* Batches a pipe lets wait while the consumer keeps up with the producer. */
#define INOVDA_ROW_PIPE_BATCHES 4

InovdaRowPipe *_inovda_row_pipe_start (InovdaRowProducer producer,
                                       gpointer producer_data,
                                       GDestroyNotify producer_data_free,
                                       guint max_batches,
                                       gboolean held);
void _inovda_row_pipe_release (InovdaRowPipe *pipe);
gboolean _inovda_row_pipe_finish (InovdaRowPipe *pipe,
                                  InovdaRowFunc func,
                                  gpointer user_data,
                                  GCancellable *cancellable,
                                  GError **error);
void _inovda_row_pipe_discard (InovdaRowPipe *pipe);

/* The row function a producer gets: copies the row into the current batch. */
gboolean _inovda_row_pipe_add_row (guint row,
                                   const InovdaCell *cells,
                                   guint n_cells,
                                   gpointer user_data,
                                   GError **error);

/* The same for a row still in the reader's buffer, its cells in column
 * order: the copied text goes across in one piece. */
gboolean _inovda_row_pipe_add_buffer (gpointer user_data,
                                      guint row,
                                      const InovdaRowBuffer *buffer,
                                      GError **error);

G_END_DECLS
