/* inovda-portfolio-private.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "inovda-portfolio.h"

G_BEGIN_DECLS

typedef struct
{
  gint64 id;
  char *label;
} InovdaUndoStep;

struct _InovdaPortfolio
{
  GObject parent_instance;

  char *path;
  sqlite3 *db;
  GHashTable *statements; /* SQL text → sqlite3_stmt* */

  /* An explicit edit (begin_edit … commit_edit) that single edits join. */
  gboolean in_explicit_edit;
  char *explicit_label;
  guint savepoint_depth;

  gint64 next_step;
  GArray *undo_steps; /* InovdaUndoStep, oldest first */
  GArray *redo_steps;

  GHashTable *catalogues; /* year → InovdaCatalogue*, loaded on demand */

  /* Signals are emitted in the thread that opened the portfolio; an edit
   * committed in another thread is announced later (announce_pending). */
  GThread *owner_thread;
  gint announce_pending;

  /* The bulk writer's state during a bulk edit, owned by the object's
   * data; a field too, as it is looked up once per statement. */
  gpointer bulk_state;
  /* The bulk edit runs with a rollback journal (see inovda-portfolio-bulk.c). */
  gboolean bulk_left_wal;

  /* The copy of committed edits from the WAL into the file, due soon. */
  GSource *write_through_source;

  /* PRAGMA data_version as last seen: it moves when another connection
   * (inovda-cli, a second window) commits to the file. */
  gint64 data_version;
};

/* How long a statement waits for another connection's lock. */
#define INOVDA_PORTFOLIO_BUSY_TIMEOUT_MS 5000

/* Statements */
sqlite3_stmt *_inovda_portfolio_prepare (InovdaPortfolio *self,
                                         const char *sql,
                                         GError **error);
gboolean _inovda_portfolio_exec (InovdaPortfolio *self,
                                 const char *sql,
                                 GError **error);
gboolean _inovda_portfolio_step_done (InovdaPortfolio *self,
                                      sqlite3_stmt *stmt,
                                      GError **error);
gboolean _inovda_storage_set_file_error (int code,
                                         GError **error);
void _inovda_portfolio_set_error (InovdaPortfolio *self,
                                  GError **error,
                                  const char *what);
void _inovda_bind_text (sqlite3_stmt *stmt,
                        int index,
                        const char *text);
void _inovda_bind_level (sqlite3_stmt *stmt,
                         int index,
                         int level);

/* One user edit: a savepoint inside an explicit edit, else its own
 * transaction and undo step. */
/* An undo label naming the innovation: @format has one %s, its name,
 * shortened to fit a notification. */
char *_inovda_portfolio_innovation_label (InovdaPortfolio *self,
                                          gint64 innovation_id,
                                          const char *format) G_GNUC_FORMAT (3);
gboolean _inovda_portfolio_edit_begin (InovdaPortfolio *self,
                                       const char *label,
                                       GError **error);
gboolean _inovda_portfolio_edit_end (InovdaPortfolio *self,
                                     gboolean success,
                                     GError **error);

/* Schema */
gboolean _inovda_schema_migrate (sqlite3 *db,
                                 int *out_version,
                                 GError **error);
const char *_inovda_schema_migration (int to_version);

/* Undo log */
gboolean _inovda_undo_install (InovdaPortfolio *self,
                               GError **error);
gboolean _inovda_undo_set_step (InovdaPortfolio *self,
                                gint64 step,
                                GError **error);
gboolean _inovda_undo_replay (InovdaPortfolio *self,
                              gint64 step,
                              gint64 into_step,
                              GError **error);
gboolean _inovda_undo_forget (InovdaPortfolio *self,
                              gint64 step,
                              GError **error);

/* Lookups */
gint64 _inovda_portfolio_assessment_id (InovdaPortfolio *self,
                                        gint64 innovation_id,
                                        int year,
                                        gboolean create,
                                        GError **error);
gboolean _inovda_portfolio_region_exists (InovdaPortfolio *self,
                                          const char *code);
gboolean _inovda_portfolio_require_region (InovdaPortfolio *self,
                                           const char *code,
                                           GError **error);

gint64 _inovda_portfolio_read_data_version (InovdaPortfolio *self);

G_END_DECLS
