/* inovda-portfolio-bulk.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-portfolio-bulk"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "inovda-error.h"
#include "inovda-portfolio-bulk.h"
#include "inovda-portfolio-private.h"
#include "inovda-writeback.h"

/* The bulk writer of the importers. A national import writes about 800,000
 * rows; the public edit API would open a savepoint and fire a logging
 * trigger for each of them. Here every statement is prepared once and the
 * undo log is written by hand:
 *
 * - rows inserted by the import have rowids above each table's maximum at
 *   the start, so one "DELETE … WHERE rowid BETWEEN a AND b" per table
 *   reverses them all. These statements are reserved first, so that undo,
 *   which replays newest first, runs them last: after the old rows got
 *   their old values (and parents) back.
 * - a row the import updates or deletes gets the same reversing statement
 *   the row triggers would have written. */

#define BULK_KEY "inovda-bulk-state"

/* Tables the import inserts into, parents first. */
#define INSERT_TABLE_INNOVATION 2 /* its index below */
static const char *const insert_tables[] = {
  "region",
  "unit",
  "innovation",
  "innovation_urusan",
  "assessment",
  "sid_answer",
  "spd_answer",
  "evidence",
};

/* Rows inserted into sid_answer and evidence are written several to an
 * INSERT: each statement run costs SQLite about as much as the row it
 * writes (cursors opened and freed, the parents looked up again,
 * registers freed). They wait in the state until a batch is full or
 * until any other write, so that rows reach the file in the order they
 * came. OR FAIL: an INSERT of several rows that may abort makes SQLite
 * copy every page it touches into a statement journal first, to undo the
 * statement's earlier rows; any failure here rolls back the whole edit,
 * so the copy is of no use (5 % of the import's thread). */
typedef enum
{
  BATCH_SID,
  BATCH_EVIDENCE,
  BATCH_NONE,
} BatchTable;

static const struct
{
  const char *head;
  guint n_columns;
  guint n_rows; /* at most, per statement */
} batch_tables[] = {
  { "INSERT OR FAIL INTO sid_answer (assessment_id, indicator, level, basis, verified_level) VALUES ", 5, 20 },
  { "INSERT OR FAIL INTO evidence (assessment_id, region_code, innovation_id, year, indicator, "
    "file_sha256, file_name, nomor_surat, tanggal_surat, tentang, tautan) VALUES ",
    11, 16 },
};

#define MAX_BATCH_ROWS 20
#define MAX_BATCH_VALUES 176

typedef struct
{
  enum
  {
    VALUE_NULL,
    VALUE_INT,
    VALUE_TEXT,
  } kind;
  gint64 number; /* VALUE_TEXT: an offset into pending_text */
} PendingValue;

/* The tables rows of a bulk edit refer to (require_parent). */
typedef enum
{
  PARENT_REGION,
  PARENT_UNIT,
  PARENT_INNOVATION,
  PARENT_ASSESSMENT,
  PARENT_FILE,
  N_PARENTS,
} Parent;

static const struct
{
  const char *lookup_sql;
  gboolean text_key;
} parents[N_PARENTS] = {
  [PARENT_REGION] = { "SELECT 1 FROM main.region WHERE code = ?1", TRUE },
  [PARENT_UNIT] = { "SELECT 1 FROM main.unit WHERE id = ?1", FALSE },
  [PARENT_INNOVATION] = { "SELECT 1 FROM main.innovation WHERE id = ?1", FALSE },
  [PARENT_ASSESSMENT] = { "SELECT 1 FROM main.assessment WHERE id = ?1", FALSE },
  [PARENT_FILE] = { "SELECT 1 FROM main.file WHERE sha256 = ?1", TRUE },
};

typedef struct
{
  gint64 step;
  gint64 old_max[G_N_ELEMENTS (insert_tables)];
  gint64 reserved_seq[G_N_ELEMENTS (insert_tables)];
  GHashTable *update_sql;   /* table → SQL that logs a row's reversing UPDATE */
  GHashTable *delete_sql;   /* table → SQL that logs a row's reversing INSERT */
  GHashTable *insert_sql;   /* table → SQL that logs a row's reversing DELETE */
  GHashTable *statements;   /* SQL text, by address → sqlite3_stmt* (owned by the portfolio) */
  GPtrArray *triggers;      /* SQL of the undo triggers set aside, or NULL */
  BatchTable pending_table; /* of the rows waiting, BATCH_NONE for none */
  guint n_pending_rows;
  PendingValue pending[MAX_BATCH_VALUES];
  GString *pending_text;
  GHashTable *known[N_PARENTS]; /* see require_parent */
  gint64 last_known[N_PARENTS];
  gboolean updates_by_trigger; /* the undo's update triggers record them */
  InovdaWriteback *writeback;  /* NULL where the system has none */
  guint n_statements;
} BulkState;

static void
bulk_state_free (gpointer data)
{
  BulkState *state = data;

  g_hash_table_unref (state->update_sql);
  g_hash_table_unref (state->delete_sql);
  g_hash_table_unref (state->insert_sql);
  g_hash_table_unref (state->statements);
  g_clear_pointer (&state->triggers, g_ptr_array_unref);
  g_string_free (state->pending_text, TRUE);
  for (guint i = 0; i < N_PARENTS; i++)
    g_hash_table_unref (state->known[i]);
  g_clear_pointer (&state->writeback, inovda_writeback_free);
  g_free (state);
}

static BulkState *
get_state (InovdaPortfolio *self)
{
  return self->bulk_state;
}

/* Binds text that stays alive until the statement has been stepped, as
 * the arguments of a bulk call do: SQLite keeps the pointer instead of a
 * copy in memory of its own. Prepared statements have their bindings
 * cleared before they are used again. */
static void
bind_text_in_place (sqlite3_stmt *stmt,
                    int index,
                    const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

static const char *
nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

/* A statement of this file, its SQL text a constant. Inside a bulk edit
 * it is found by the address of its text, not by hashing the text: a
 * national import runs about a million of them. */
static sqlite3_stmt *
bulk_prepare (InovdaPortfolio *self,
              const char *sql,
              GError **error)
{
  BulkState *state = get_state (self);
  sqlite3_stmt *stmt;

  if (state == NULL)
    return _inovda_portfolio_prepare (self, sql, error);
  if (++state->n_statements % 256 == 0)
    inovda_writeback_poll (state->writeback);
  stmt = g_hash_table_lookup (state->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  stmt = _inovda_portfolio_prepare (self, sql, error);
  if (stmt != NULL)
    g_hash_table_insert (state->statements, (gpointer) sql, stmt);
  return stmt;
}

static gint64
query_int64 (InovdaPortfolio *self,
             const char *sql,
             GError **error)
{
  sqlite3_stmt *stmt = _inovda_portfolio_prepare (self, sql, error);
  gint64 value = 0;

  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

/* A pragma's integer value (may be negative); 0 when unknown. */
static gint64
query_pragma (InovdaPortfolio *self,
              const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* A bulk edit writes most of its pages once with a rollback journal:
 * SQLite journals only the pages that existed before the edit, and writes
 * the new ones straight into the portfolio. With the WAL every page is
 * written twice, into the WAL and again at the checkpoint (at national
 * size 200 MB each, the checkpoint half a second at the end of an
 * import). A connection may leave WAL mode only while it is alone on the
 * file, so with another one open (the application and inovda-cli) the
 * edit stays in the WAL rather than wait. The portfolio's synchronous
 * FULL is what both journals need to survive a power cut; a crash during
 * the edit leaves a journal that the next open rolls back, and the next
 * open returns to WAL mode in any case. */
static gboolean
set_journal_mode (InovdaPortfolio *self,
                  const char *sql,
                  const char *mode)
{
  sqlite3_stmt *stmt = NULL;
  gboolean changed = FALSE;

  sqlite3_busy_timeout (self->db, 0);
  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    changed = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), mode) == 0;
  sqlite3_finalize (stmt);
  sqlite3_busy_timeout (self->db, INOVDA_PORTFOLIO_BUSY_TIMEOUT_MS);
  return changed;
}

static void
leave_wal (InovdaPortfolio *self)
{
  self->bulk_left_wal = set_journal_mode (self, "PRAGMA main.journal_mode = DELETE", "delete");
}

static void
return_to_wal (InovdaPortfolio *self)
{
  if (!self->bulk_left_wal)
    return;
  set_journal_mode (self, "PRAGMA main.journal_mode = WAL", "wal");
  self->bulk_left_wal = FALSE;
  /* Changing the journal moves data_version too: no other program's edit. */
  self->data_version = _inovda_portfolio_read_data_version (self);
}

/* SQLite checks a row's references as the row is written, opening each
 * parent table again for every row: a tenth of a national import. The
 * bulk edit switches that off, which can be done only outside a
 * transaction, and checks each reference itself as the row is written,
 * against the rows it has written or found (require_parent). Every write
 * of a bulk edit goes through the functions below. */
static void
bulk_connection_begin (InovdaPortfolio *self)
{
  leave_wal (self);
  _inovda_portfolio_exec (self, "PRAGMA foreign_keys = OFF", NULL);
}

static void
bulk_connection_end (InovdaPortfolio *self)
{
  _inovda_portfolio_exec (self, "PRAGMA foreign_keys = ON", NULL);
  if (query_pragma (self, "PRAGMA foreign_keys") != 1)
    g_critical ("The portfolio's reference checks could not be switched on again");
  return_to_wal (self);
}

/* The undo triggers fire on every row even while recording is off: a
 * trigger program and a statement journal per inserted row, about a
 * tenth of a national import. The insert and delete triggers are dropped
 * for the bulk edit (the drop is part of its transaction) and created
 * again at its end; the update triggers stay and record, so that the
 * import's undo reverses an update column by column, as an edit's is,
 * and keeps what another program has written since. Updates are few,
 * and the update triggers do not fire on inserts. */
#define PLAIN_TRIGGER "CREATE TRIGGER "
#define TEMP_TRIGGER "CREATE TEMP TRIGGER "

static gboolean
set_triggers_aside (InovdaPortfolio *self,
                    BulkState *state,
                    GError **error)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  gboolean unknown = FALSE;
  int rc;

  state->triggers = g_ptr_array_new_with_free_func (g_free);
  if (sqlite3_prepare_v2 (self->db,
                          "SELECT name, sql FROM temp.sqlite_master WHERE type = 'trigger' AND name GLOB 'undo_*' "
                          "AND NOT name GLOB 'undo_*_update'",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      _inovda_portfolio_set_error (self, error, "undo");
      return FALSE;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *sql = (const char *) sqlite3_column_text (stmt, 1);

      /* SQLite keeps the text without TEMP: created again without it, the
       * trigger would land in the user's file. */
      if (sql == NULL || !g_str_has_prefix (sql, PLAIN_TRIGGER))
        {
          unknown = TRUE;
          break;
        }
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (state->triggers, g_strconcat (TEMP_TRIGGER, sql + strlen (PLAIN_TRIGGER), NULL));
    }
  sqlite3_finalize (stmt);
  if (unknown)
    {
      /* Not the triggers of inovda-undo.c: leave them alone, switched
       * off, and log updates here. */
      g_ptr_array_set_size (state->triggers, 0);
      return _inovda_portfolio_exec (self, "UPDATE temp.undo_state SET recording = 0", error);
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _inovda_portfolio_set_error (self, error, "undo");
      return FALSE;
    }
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *drop = g_strdup_printf ("DROP TRIGGER temp.\"%s\"", (const char *) names->pdata[i]);

      if (!_inovda_portfolio_exec (self, drop, error))
        return FALSE;
    }
  state->updates_by_trigger = TRUE;
  return TRUE;
}

static gboolean
restore_triggers (InovdaPortfolio *self,
                  BulkState *state,
                  GError **error)
{
  for (guint i = 0; state->triggers != NULL && i < state->triggers->len; i++)
    if (!_inovda_portfolio_exec (self, state->triggers->pdata[i], error))
      return FALSE;
  g_clear_pointer (&state->triggers, g_ptr_array_unref);
  return TRUE;
}

/* Forgets the state. */
static void
bulk_end (InovdaPortfolio *self)
{
  self->bulk_state = NULL;
  g_object_set_data (G_OBJECT (self), BULK_KEY, NULL);
}

/* The statements that log a row's reversal, as the row triggers of
 * inovda-undo.c write them. Updates are logged here only when those
 * triggers are not ours to keep (set_triggers_aside), and then reversed
 * in every column. */
static gboolean
build_log_sql (InovdaPortfolio *self,
               BulkState *state,
               const char *table,
               GError **error)
{
  g_autofree char *pragma = g_strdup_printf ("PRAGMA main.table_info (%s)", table);
  g_autoptr (GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  GString *update;
  GString *insert;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, pragma, -1, &stmt, NULL) != SQLITE_OK)
    {
      _inovda_portfolio_set_error (self, error, table);
      return FALSE;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);

  update = g_string_new (NULL);
  g_string_append_printf (update, "INSERT INTO temp.undo_log (step, sql) SELECT ?1, 'UPDATE main.%s SET ", table);
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (update, "%s\"%s\" = ' || quote (\"%s\") || '", i > 0 ? ", " : "",
                            (const char *) columns->pdata[i], (const char *) columns->pdata[i]);
  g_string_append_printf (update, " WHERE rowid = ' || rowid FROM main.%s WHERE rowid = ?2", table);

  insert = g_string_new (NULL);
  g_string_append_printf (insert, "INSERT INTO temp.undo_log (step, sql) SELECT ?1, 'INSERT INTO main.%s (rowid", table);
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (insert, ", \"%s\"", (const char *) columns->pdata[i]);
  g_string_append (insert, ") VALUES (' || rowid");
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (insert, " || ', ' || quote (\"%s\")", (const char *) columns->pdata[i]);
  g_string_append_printf (insert, " || ')' FROM main.%s WHERE rowid = ?2", table);

  g_hash_table_insert (state->update_sql, g_strdup (table), g_string_free (update, FALSE));
  g_hash_table_insert (state->delete_sql, g_strdup (table), g_string_free (insert, FALSE));
  g_hash_table_insert (state->insert_sql, g_strdup (table),
                       g_strdup_printf ("INSERT INTO temp.undo_log (step, sql) "
                                        "VALUES (?1, 'DELETE FROM main.%s WHERE rowid = ' || ?2)",
                                        table));
  return TRUE;
}

/* Whether the row is above the table's rows before the edit, so that
 * the range delete of the undo reverses it. */
static gboolean
in_inserted_range (BulkState *state,
                   const char *table,
                   gint64 rowid)
{
  for (guint i = 0; i < G_N_ELEMENTS (insert_tables); i++)
    if (g_str_equal (insert_tables[i], table))
      return rowid > state->old_max[i];
  return FALSE;
}

static gboolean
log_row (InovdaPortfolio *self,
         GHashTable *sql_by_table,
         const char *table,
         gint64 rowid,
         GError **error)
{
  BulkState *state = get_state (self);
  sqlite3_stmt *stmt;

  if (in_inserted_range (state, table, rowid))
    return TRUE;

  stmt = _inovda_portfolio_prepare (self, g_hash_table_lookup (sql_by_table, table), error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, state->step);
  sqlite3_bind_int64 (stmt, 2, rowid);
  return _inovda_portfolio_step_done (self, stmt, error);
}

/* SQLite gives a new row the largest rowid plus one, so a row inserted
 * after this edit deleted the last row of its table takes that row's
 * rowid, below the range that the undo deletes: it is reversed on its
 * own, after the deleted row's INSERT has been logged. */
static gboolean
log_insert_below_range (InovdaPortfolio *self,
                        const char *table,
                        gint64 rowid,
                        GError **error)
{
  return log_row (self, get_state (self)->insert_sql, table, rowid, error);
}

static gboolean
log_update (InovdaPortfolio *self,
            const char *table,
            gint64 rowid,
            GError **error)
{
  BulkState *state = get_state (self);

  if (state->updates_by_trigger)
    return TRUE;
  return log_row (self, state->update_sql, table, rowid, error);
}

static gboolean
log_delete (InovdaPortfolio *self,
            const char *table,
            gint64 rowid,
            GError **error)
{
  return log_row (self, get_state (self)->delete_sql, table, rowid, error);
}

/* "INSERT INTO … VALUES (…), (…)" for 1 to n_rows rows of each batch
 * table, built once: bulk_prepare finds statements by the address of
 * their text. */
static const char *
batch_sql (BatchTable table,
           guint n_rows)
{
  static char *sql[BATCH_NONE][MAX_BATCH_ROWS + 1];
  static gsize built = 0;

  if (g_once_init_enter (&built))
    {
      for (guint t = 0; t < BATCH_NONE; t++)
        for (guint n = 1; n <= batch_tables[t].n_rows; n++)
          {
            GString *text = g_string_new (batch_tables[t].head);
            guint parameter = 1;

            for (guint i = 0; i < n; i++)
              {
                g_string_append (text, i > 0 ? ", (" : "(");
                for (guint c = 0; c < batch_tables[t].n_columns; c++)
                  g_string_append_printf (text, "%s?%u", c > 0 ? ", " : "", parameter++);
                g_string_append_c (text, ')');
              }
            sql[t][n] = g_string_free (text, FALSE);
          }
      g_once_init_leave (&built, 1);
    }
  return sql[table][n_rows];
}

/* Writes the rows waiting in the state. */
static gboolean
flush_pending (InovdaPortfolio *self,
               GError **error)
{
  BulkState *state = get_state (self);
  sqlite3_stmt *stmt;
  guint n_values;
  gboolean ok;

  if (state == NULL || state->pending_table == BATCH_NONE)
    return TRUE;
  n_values = state->n_pending_rows * batch_tables[state->pending_table].n_columns;
  stmt = bulk_prepare (self, batch_sql (state->pending_table, state->n_pending_rows), error);
  state->pending_table = BATCH_NONE;
  state->n_pending_rows = 0;
  if (stmt == NULL)
    {
      g_string_truncate (state->pending_text, 0);
      return FALSE;
    }
  for (guint i = 0; i < n_values; i++)
    {
      const PendingValue *value = &state->pending[i];

      if (value->kind == VALUE_INT)
        sqlite3_bind_int64 (stmt, (int) i + 1, value->number);
      else if (value->kind == VALUE_TEXT)
        sqlite3_bind_text (stmt, (int) i + 1, state->pending_text->str + value->number, -1, SQLITE_STATIC);
    }
  ok = _inovda_portfolio_step_done (self, stmt, error);
  g_string_truncate (state->pending_text, 0);
  return ok;
}

/* The values of a new row of @table, to be set with the functions below
 * (a value left alone is NULL); NULL when rows of another table waiting
 * could not be written. */
static PendingValue *
add_pending_row (InovdaPortfolio *self,
                 BatchTable table,
                 GError **error)
{
  BulkState *state = get_state (self);
  PendingValue *values;
  guint n_columns = batch_tables[table].n_columns;

  if (state->pending_table != table && !flush_pending (self, error))
    return NULL;
  state->pending_table = table;
  values = &state->pending[state->n_pending_rows++ * n_columns];
  for (guint c = 0; c < n_columns; c++)
    values[c].kind = VALUE_NULL;
  return values;
}

/* Writes the batch once it is full. */
static gboolean
pending_row_done (InovdaPortfolio *self,
                  GError **error)
{
  BulkState *state = get_state (self);

  return state->n_pending_rows < batch_tables[state->pending_table].n_rows || flush_pending (self, error);
}

static void
set_pending_int (PendingValue *value,
                 gint64 number)
{
  value->kind = VALUE_INT;
  value->number = number;
}

static void
set_pending_text (InovdaPortfolio *self,
                  PendingValue *value,
                  const char *text)
{
  GString *arena = get_state (self)->pending_text;

  if (text == NULL)
    return;
  value->kind = VALUE_TEXT;
  value->number = (gint64) arena->len;
  g_string_append_len (arena, text, (gssize) strlen (text) + 1);
}

/* ---------------------------------------------------------------------- */
/* The edit                                                               */

gboolean
inovda_portfolio_bulk_begin (InovdaPortfolio *self,
                             const char *label,
                             GError **error)
{
  BulkState *state;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (get_state (self) == NULL, FALSE);

  bulk_connection_begin (self);
  if (!inovda_portfolio_begin_edit (self, label, error))
    {
      bulk_connection_end (self);
      return FALSE;
    }

  state = g_new0 (BulkState, 1);
  state->update_sql = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  state->delete_sql = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  state->insert_sql = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  state->statements = g_hash_table_new (g_direct_hash, g_direct_equal);
  state->pending_text = g_string_sized_new (1024);
  state->pending_table = BATCH_NONE;
  state->writeback = inovda_writeback_new (sqlite3_db_filename (self->db, "main"));
  for (guint i = 0; i < N_PARENTS; i++)
    state->known[i] = parents[i].text_key ? g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL)
                                          : g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_object_set_data_full (G_OBJECT (self), BULK_KEY, state, bulk_state_free);
  self->bulk_state = state;

  if (!set_triggers_aside (self, state, error))
    goto failed;

  state->step = query_int64 (self, "SELECT step FROM temp.undo_state", error);
  if (state->step <= 0)
    goto failed;

  for (guint i = 0; i < G_N_ELEMENTS (insert_tables); i++)
    {
      g_autofree char *max_sql = g_strdup_printf ("SELECT coalesce (max (rowid), 0) FROM main.%s", insert_tables[i]);

      if (!build_log_sql (self, state, insert_tables[i], error))
        goto failed;
      state->old_max[i] = query_int64 (self, max_sql, error);
      if (state->old_max[i] < 0)
        goto failed;

      stmt = _inovda_portfolio_prepare (self, "INSERT INTO temp.undo_log (step, sql) VALUES (?1, '')", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, state->step);
      if (!_inovda_portfolio_step_done (self, stmt, error))
        goto failed;
      state->reserved_seq[i] = sqlite3_last_insert_rowid (self->db);
    }
  return TRUE;

failed:
  inovda_portfolio_bulk_rollback (self);
  return FALSE;
}

void
inovda_portfolio_bulk_set_trial (InovdaPortfolio *self)
{
  BulkState *state = get_state (self);

  g_return_if_fail (INOVDA_IS_PORTFOLIO (self));
  g_return_if_fail (state != NULL);

  g_clear_pointer (&state->writeback, inovda_writeback_free);
}

/**
 * inovda_portfolio_bulk_flush:
 *
 * Writes the rows still held for a multi-row insert, so that a dry run
 * meets every error the database would raise before it rolls back.
 */
gboolean
inovda_portfolio_bulk_flush (InovdaPortfolio *self,
                             GError **error)
{
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  return flush_pending (self, error);
}

gboolean
inovda_portfolio_bulk_commit (InovdaPortfolio *self,
                              GError **error)
{
  BulkState *state = get_state (self);

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (state != NULL, FALSE);

  if (!flush_pending (self, error))
    goto failed;
  for (guint i = 0; i < G_N_ELEMENTS (insert_tables); i++)
    {
      g_autofree char *max_sql = g_strdup_printf ("SELECT coalesce (max (rowid), 0) FROM main.%s", insert_tables[i]);
      gint64 new_max = query_int64 (self, max_sql, error);
      sqlite3_stmt *stmt;

      if (new_max < 0)
        goto failed;
      if (new_max > state->old_max[i])
        {
          g_autofree char *reverse = g_strdup_printf ("DELETE FROM main.%s WHERE rowid BETWEEN %" G_GINT64_FORMAT " AND %" G_GINT64_FORMAT,
                                                      insert_tables[i], state->old_max[i] + 1, new_max);
          stmt = _inovda_portfolio_prepare (self, "UPDATE temp.undo_log SET sql = ?2 WHERE seq = ?1", error);
          if (stmt != NULL)
            _inovda_bind_text (stmt, 2, reverse);
        }
      else
        stmt = _inovda_portfolio_prepare (self, "DELETE FROM temp.undo_log WHERE seq = ?1", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, state->reserved_seq[i]);
      if (!_inovda_portfolio_step_done (self, stmt, error))
        goto failed;
    }

  if (!_inovda_portfolio_exec (self, "UPDATE temp.undo_state SET recording = 1", error) ||
      !restore_triggers (self, state, error))
    goto failed;
  bulk_end (self);
  if (!inovda_portfolio_commit_edit (self, error))
    {
      bulk_connection_end (self);
      return FALSE;
    }
  bulk_connection_end (self);
  /* Statistics for the query planner, which otherwise walks every
   * assessment of a year to find one region's (the exports, the
   * region's scores). Sampled: milliseconds at national size. Only a
   * hint, so a failure is no error. */
  _inovda_portfolio_exec (self, "PRAGMA analysis_limit = 400; ANALYZE", NULL);
  return TRUE;

failed:
  inovda_portfolio_bulk_rollback (self);
  return FALSE;
}

void
inovda_portfolio_bulk_rollback (InovdaPortfolio *self)
{
  BulkState *state = get_state (self);
  g_autoptr (GPtrArray) triggers = NULL;

  g_return_if_fail (INOVDA_IS_PORTFOLIO (self));

  if (state != NULL)
    triggers = g_steal_pointer (&state->triggers);
  bulk_end (self);
  inovda_portfolio_rollback_edit (self);
  /* The rollback undid the drop; should the transaction have ended
   * before, the triggers are created again here. */
  if (triggers != NULL && triggers->len > 0 &&
      query_pragma (self, "SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger' AND name GLOB 'undo_*' "
                          "AND NOT name GLOB 'undo_*_update'") == 0)
    for (guint i = 0; i < triggers->len; i++)
      if (!_inovda_portfolio_exec (self, triggers->pdata[i], NULL))
        g_critical ("The undo log could not be restored after a failed import");
  bulk_connection_end (self);
}

/* ---------------------------------------------------------------------- */
/* References                                                             */

/* Records that the row of @parent with @id (or @text) exists. */
static void
note_parent (InovdaPortfolio *self,
             Parent parent,
             gint64 id,
             const char *text)
{
  BulkState *state = get_state (self);

  if (state == NULL || (parents[parent].text_key && text == NULL))
    return;
  if (parents[parent].text_key)
    g_hash_table_add (state->known[parent], g_strdup (text));
  else
    g_hash_table_add (state->known[parent], g_memdup2 (&id, sizeof id));
  state->last_known[parent] = parents[parent].text_key ? 0 : id;
}

/* Refuses a row of @table that would refer to a row of @parent that does
 * not exist; a NULL text reference is allowed. Id 0 is no row: the columns
 * written with it are NOT NULL, and a caller whose 0 means NULL (evidence
 * owners) does not ask. Outside a bulk edit SQLite checks them. */
static gboolean
require_parent (InovdaPortfolio *self,
                const char *table,
                Parent parent,
                gint64 id,
                const char *text,
                GError **error)
{
  BulkState *state = get_state (self);
  sqlite3_stmt *stmt;
  gboolean exists;

  if (state == NULL || (parents[parent].text_key && text == NULL))
    return TRUE;
  if (!parents[parent].text_key && id != 0 && state->last_known[parent] == id)
    return TRUE;
  if (parents[parent].text_key ? g_hash_table_contains (state->known[parent], text)
                               : g_hash_table_contains (state->known[parent], &id))
    {
      state->last_known[parent] = parents[parent].text_key ? 0 : id;
      return TRUE;
    }

  stmt = bulk_prepare (self, parents[parent].lookup_sql, error);
  if (stmt == NULL)
    return FALSE;
  if (parents[parent].text_key)
    bind_text_in_place (stmt, 1, text);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (!exists)
    {
      g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED,
                   /* Translators: %s is a table of the portfolio file */
                   _ ("The import would leave rows of table %s referring to rows that do not exist; "
                      "nothing was imported"),
                   table);
      return FALSE;
    }
  note_parent (self, parent, id, text);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Lookups                                                                */

gboolean
inovda_portfolio_bulk_region_exists (InovdaPortfolio *self,
                                     const char *code)
{
  return _inovda_portfolio_region_exists (self, code);
}

gint64
inovda_portfolio_bulk_find_unit (InovdaPortfolio *self,
                                 const char *region_code,
                                 const char *code)
{
  sqlite3_stmt *stmt = bulk_prepare (self, "SELECT id FROM unit WHERE region_code = ?1 AND code = ?2", NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  _inovda_bind_text (stmt, 1, region_code);
  _inovda_bind_text (stmt, 2, code);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

/* Steps @stmt, a bound SELECT of one text: the text, or NULL. */
static char *
fetch_text (sqlite3_stmt *stmt)
{
  char *text = NULL;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return text;
}

char *
inovda_portfolio_bulk_unit_region (InovdaPortfolio *self,
                                   gint64 unit_id)
{
  sqlite3_stmt *stmt = bulk_prepare (self, "SELECT region_code FROM unit WHERE id = ?1", NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  return fetch_text (stmt);
}

gboolean
inovda_portfolio_bulk_had_innovations (InovdaPortfolio *self)
{
  BulkState *state = get_state (self);

  /* Outside a bulk edit nothing is known: assume there were. */
  return state == NULL || state->old_max[INSERT_TABLE_INNOVATION] > 0;
}

gint64
inovda_portfolio_bulk_find_uid (InovdaPortfolio *self,
                                const char *uid,
                                gint64 *out_unit_id,
                                char **out_region_code,
                                char **out_name)
{
  sqlite3_stmt *stmt = bulk_prepare (self,
                                     "SELECT i.id, i.unit_id, u.region_code, i.nama FROM innovation i "
                                     "JOIN unit u ON u.id = i.unit_id WHERE i.uid = ?1",
                                     NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  _inovda_bind_text (stmt, 1, uid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      if (out_unit_id != NULL)
        *out_unit_id = sqlite3_column_int64 (stmt, 1);
      if (out_region_code != NULL)
        *out_region_code = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      if (out_name != NULL)
        *out_name = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
    }
  sqlite3_reset (stmt);
  return id;
}

gboolean
inovda_portfolio_bulk_has_assessment (InovdaPortfolio *self,
                                      gint64 innovation_id,
                                      int year)
{
  sqlite3_stmt *stmt = bulk_prepare (self, "SELECT 1 FROM assessment WHERE innovation_id = ?1 AND year = ?2", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, innovation_id);
  sqlite3_bind_int (stmt, 2, year);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

gboolean
inovda_portfolio_bulk_foreach_name (InovdaPortfolio *self,
                                    gint64 unit_id,
                                    void (*func) (gint64 id,
                                                  const char *uid,
                                                  const char *name,
                                                  gpointer user_data),
                                    gpointer user_data,
                                    GError **error)
{
  sqlite3_stmt *stmt = bulk_prepare (self, "SELECT id, uid, nama FROM innovation WHERE unit_id = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    func (sqlite3_column_int64 (stmt, 0), (const char *) sqlite3_column_text (stmt, 1),
          (const char *) sqlite3_column_text (stmt, 2), user_data);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _inovda_portfolio_set_error (self, error, "lookup");
      return FALSE;
    }
  return TRUE;
}

gboolean
inovda_portfolio_bulk_has_file (InovdaPortfolio *self,
                                const char *sha256)
{
  sqlite3_stmt *stmt = bulk_prepare (self, "SELECT 1 FROM file WHERE sha256 = ?1", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  _inovda_bind_text (stmt, 1, sha256);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

/* Steps @stmt, a bound SELECT of two texts. */
static gboolean
fetch_two_texts (sqlite3_stmt *stmt,
                 char **out_first,
                 char **out_second)
{
  gboolean found = sqlite3_step (stmt) == SQLITE_ROW;

  if (found)
    {
      *out_first = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      *out_second = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  return found;
}

gboolean
inovda_portfolio_bulk_get_region (InovdaPortfolio *self,
                                  const char *code,
                                  char **out_name,
                                  char **out_level)
{
  sqlite3_stmt *stmt = bulk_prepare (self, "SELECT name, level FROM region WHERE code = ?1", NULL);

  if (stmt == NULL)
    return FALSE;
  _inovda_bind_text (stmt, 1, code);
  return fetch_two_texts (stmt, out_name, out_level);
}

gboolean
inovda_portfolio_bulk_get_unit (InovdaPortfolio *self,
                                const char *region_code,
                                const char *code,
                                char **out_name,
                                char **out_short_name)
{
  sqlite3_stmt *stmt = bulk_prepare (self, "SELECT name, short_name FROM unit WHERE region_code = ?1 AND code = ?2", NULL);

  if (stmt == NULL)
    return FALSE;
  _inovda_bind_text (stmt, 1, region_code);
  _inovda_bind_text (stmt, 2, code);
  return fetch_two_texts (stmt, out_name, out_short_name);
}

char *
inovda_portfolio_bulk_get_status (InovdaPortfolio *self,
                                  gint64 innovation_id,
                                  int year)
{
  sqlite3_stmt *stmt = bulk_prepare (self, "SELECT status FROM assessment WHERE innovation_id = ?1 AND year = ?2", NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, innovation_id);
  sqlite3_bind_int (stmt, 2, year);
  return fetch_text (stmt);
}

int
inovda_portfolio_bulk_get_sid_verified (InovdaPortfolio *self,
                                        gint64 innovation_id,
                                        int year,
                                        const char *indicator)
{
  sqlite3_stmt *stmt = bulk_prepare (self,
                                     "SELECT s.verified_level FROM sid_answer s JOIN assessment a ON a.id = s.assessment_id "
                                     "WHERE a.innovation_id = ?1 AND a.year = ?2 AND s.indicator = ?3",
                                     NULL);
  int verified = INOVDA_LEVEL_UNVERIFIED;

  if (stmt == NULL)
    return verified;
  sqlite3_bind_int64 (stmt, 1, innovation_id);
  sqlite3_bind_int (stmt, 2, year);
  _inovda_bind_text (stmt, 3, indicator);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    verified = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return verified;
}

/* ---------------------------------------------------------------------- */
/* Writers                                                                */

static gboolean
text_differs (const char *stored,
              const char *wanted)
{
  return wanted != NULL && g_strcmp0 (stored, nonempty (wanted)) != 0;
}

static const char *
merged_text (const char *stored,
             const char *wanted)
{
  return wanted != NULL ? nonempty (wanted) : stored;
}

gboolean
inovda_portfolio_bulk_region (InovdaPortfolio *self,
                              const char *code,
                              const char *name,
                              const char *level,
                              InovdaBulkOutcome *outcome,
                              GError **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *old_name = NULL;
  g_autofree char *old_level = NULL;
  gint64 rowid = 0;

  *outcome = INOVDA_BULK_UNCHANGED;
  if (!flush_pending (self, error))
    return FALSE;
  stmt = bulk_prepare (self, "SELECT rowid, name, level FROM region WHERE code = ?1", error);
  if (stmt == NULL)
    return FALSE;
  _inovda_bind_text (stmt, 1, code);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      rowid = sqlite3_column_int64 (stmt, 0);
      old_name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      old_level = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);

  if (rowid == 0)
    {
      stmt = bulk_prepare (self, "INSERT INTO region (code, name, level) VALUES (?1, ?2, ?3)", error);
      if (stmt == NULL)
        return FALSE;
      _inovda_bind_text (stmt, 1, code);
      _inovda_bind_text (stmt, 2, name);
      _inovda_bind_text (stmt, 3, level);
      *outcome = INOVDA_BULK_INSERTED;
      if (!_inovda_portfolio_step_done (self, stmt, error))
        return FALSE;
    }
  note_parent (self, PARENT_REGION, 0, code);
  if (*outcome == INOVDA_BULK_INSERTED)
    return TRUE;

  if (!text_differs (old_name, name) && !text_differs (old_level, level))
    return TRUE;
  if (!log_update (self, "region", rowid, error))
    return FALSE;
  stmt = bulk_prepare (self, "UPDATE region SET name = ?2, level = ?3 WHERE rowid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rowid);
  _inovda_bind_text (stmt, 2, merged_text (old_name, name));
  _inovda_bind_text (stmt, 3, merged_text (old_level, level));
  *outcome = INOVDA_BULK_UPDATED;
  return _inovda_portfolio_step_done (self, stmt, error);
}

gint64
inovda_portfolio_bulk_unit (InovdaPortfolio *self,
                            const char *region_code,
                            const char *code,
                            const char *name,
                            const char *short_name,
                            InovdaBulkOutcome *outcome,
                            GError **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *old_name = NULL;
  g_autofree char *old_short = NULL;
  gint64 id = 0;

  *outcome = INOVDA_BULK_UNCHANGED;
  if (!flush_pending (self, error))
    return 0;
  stmt = bulk_prepare (self, "SELECT id, name, short_name FROM unit WHERE region_code = ?1 AND code = ?2", error);
  if (stmt == NULL)
    return 0;
  _inovda_bind_text (stmt, 1, region_code);
  _inovda_bind_text (stmt, 2, code);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      old_name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      old_short = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);

  if (id == 0)
    {
      if (!require_parent (self, "unit", PARENT_REGION, 0, region_code, error))
        return 0;
      stmt = bulk_prepare (self, "INSERT INTO unit (region_code, code, name, short_name) VALUES (?1, ?2, ?3, ?4)", error);
      if (stmt == NULL)
        return 0;
      _inovda_bind_text (stmt, 1, region_code);
      _inovda_bind_text (stmt, 2, code);
      _inovda_bind_text (stmt, 3, name);
      _inovda_bind_text (stmt, 4, nonempty (short_name));
      if (!_inovda_portfolio_step_done (self, stmt, error))
        return 0;
      *outcome = INOVDA_BULK_INSERTED;
      id = sqlite3_last_insert_rowid (self->db);
      note_parent (self, PARENT_UNIT, id, NULL);
      return id;
    }
  note_parent (self, PARENT_UNIT, id, NULL);

  if (!text_differs (old_name, name) && !text_differs (old_short, short_name))
    return id;
  if (!log_update (self, "unit", id, error))
    return 0;
  stmt = bulk_prepare (self, "UPDATE unit SET name = ?2, short_name = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  _inovda_bind_text (stmt, 2, merged_text (old_name, name));
  _inovda_bind_text (stmt, 3, merged_text (old_short, short_name));
  if (!_inovda_portfolio_step_done (self, stmt, error))
    return 0;
  *outcome = INOVDA_BULK_UPDATED;
  return id;
}

typedef enum
{
  INNOVATION_INSERT,
  INNOVATION_SELECT,
  INNOVATION_UPDATE,
} InnovationSql;

static char *
build_innovation_sql (InnovationSql kind)
{
  GString *sql = g_string_new (NULL);

  if (kind == INNOVATION_INSERT)
    {
      g_string_append (sql, "INSERT INTO innovation (uid, unit_id");
      for (guint f = 0; f < INOVDA_N_FIELDS; f++)
        g_string_append_printf (sql, ", %s", inovda_field_get_info (f)->code);
      g_string_append (sql, ") VALUES (?1, ?2");
      for (guint f = 0; f < INOVDA_N_FIELDS; f++)
        g_string_append_printf (sql, f == INOVDA_FIELD_TAHAPAN ? ", coalesce (?%u, 'penerapan')" : ", ?%u", f + 3);
      g_string_append (sql, ")");
    }
  else if (kind == INNOVATION_SELECT)
    {
      g_string_append (sql, "SELECT unit_id");
      for (guint f = 0; f < INOVDA_N_FIELDS; f++)
        g_string_append_printf (sql, ", %s", inovda_field_get_info (f)->code);
      g_string_append (sql, " FROM innovation WHERE id = ?1");
    }
  else
    {
      g_string_append (sql, "UPDATE innovation SET unit_id = ?2");
      for (guint f = 0; f < INOVDA_N_FIELDS; f++)
        g_string_append_printf (sql, ", %s = ?%u", inovda_field_get_info (f)->code, f + 3);
      g_string_append (sql, " WHERE id = ?1");
    }
  return g_string_free (sql, FALSE);
}

/* Built once: bulk_prepare finds statements by the address of their text. */
static const char *
innovation_sql (InnovationSql kind)
{
  static char *sql[INNOVATION_UPDATE + 1];
  static gsize built = 0;

  if (g_once_init_enter (&built))
    {
      for (guint k = 0; k <= INNOVATION_UPDATE; k++)
        sql[k] = build_innovation_sql (k);
      g_once_init_leave (&built, 1);
    }
  return sql[kind];
}

static gboolean
insert_urusan (InovdaPortfolio *self,
               gint64 innovation_id,
               const char *code,
               GError **error)
{
  sqlite3_stmt *stmt = bulk_prepare (self,
                                     "INSERT OR IGNORE INTO innovation_urusan (innovation_id, urusan) VALUES (?1, ?2)",
                                     error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, innovation_id);
  _inovda_bind_text (stmt, 2, code);
  if (!_inovda_portfolio_step_done (self, stmt, error))
    return FALSE;
  return sqlite3_changes (self->db) == 0 ||
         log_insert_below_range (self, "innovation_urusan", sqlite3_last_insert_rowid (self->db), error);
}

/* Makes the stored set of urusan lain equal to @codes, row by row. */
static gboolean
sync_urusan (InovdaPortfolio *self,
             gint64 innovation_id,
             const char *const *codes,
             gboolean *changed,
             GError **error)
{
  g_autoptr (GArray) remove = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GHashTable) stored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  stmt = bulk_prepare (self, "SELECT rowid, urusan FROM innovation_urusan WHERE innovation_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, innovation_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 1);
      gint64 rowid = sqlite3_column_int64 (stmt, 0);

      if (!g_strv_contains (codes, code))
        g_array_append_val (remove, rowid);
      else
        g_hash_table_add (stored, g_strdup (code));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _inovda_portfolio_set_error (self, error, "urusan");
      return FALSE;
    }

  for (guint i = 0; i < remove->len; i++)
    {
      gint64 rowid = g_array_index (remove, gint64, i);

      if (!log_delete (self, "innovation_urusan", rowid, error))
        return FALSE;
      stmt = bulk_prepare (self, "DELETE FROM innovation_urusan WHERE rowid = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, rowid);
      if (!_inovda_portfolio_step_done (self, stmt, error))
        return FALSE;
      *changed = TRUE;
    }
  for (guint i = 0; codes[i] != NULL; i++)
    if (!g_hash_table_contains (stored, codes[i]))
      {
        if (!insert_urusan (self, innovation_id, codes[i], error))
          return FALSE;
        g_hash_table_add (stored, g_strdup (codes[i]));
        *changed = TRUE;
      }
  return TRUE;
}

gint64
inovda_portfolio_bulk_innovation (InovdaPortfolio *self,
                                  gint64 innovation_id,
                                  const char *uid,
                                  gint64 unit_id,
                                  const char *const *fields,
                                  const char *const *urusan_lain,
                                  InovdaBulkOutcome *outcome,
                                  InovdaBulkInnovationChanges *changes,
                                  GError **error)
{
  g_autoptr (GPtrArray) old = NULL;
  InovdaBulkInnovationChanges found = { 0 };
  gint64 old_unit = 0;
  gboolean changed = FALSE;
  sqlite3_stmt *stmt;

  G_STATIC_ASSERT (INOVDA_N_FIELDS <= 64);
  *outcome = INOVDA_BULK_UNCHANGED;
  if (changes != NULL)
    *changes = found;
  if (!flush_pending (self, error))
    return 0;

  if (innovation_id == 0)
    {
      if (!require_parent (self, "innovation", PARENT_UNIT, unit_id, NULL, error))
        return 0;
      stmt = bulk_prepare (self, innovation_sql (INNOVATION_INSERT), error);
      if (stmt == NULL)
        return 0;
      bind_text_in_place (stmt, 1, uid);
      sqlite3_bind_int64 (stmt, 2, unit_id);
      for (guint f = 0; f < INOVDA_N_FIELDS; f++)
        bind_text_in_place (stmt, (int) f + 3, nonempty (fields[f]));
      if (!_inovda_portfolio_step_done (self, stmt, error))
        return 0;
      innovation_id = sqlite3_last_insert_rowid (self->db);
      note_parent (self, PARENT_INNOVATION, innovation_id, NULL);
      for (guint i = 0; urusan_lain != NULL && urusan_lain[i] != NULL; i++)
        if (!insert_urusan (self, innovation_id, urusan_lain[i], error))
          return 0;
      *outcome = INOVDA_BULK_INSERTED;
      return innovation_id;
    }

  stmt = bulk_prepare (self, innovation_sql (INNOVATION_SELECT), error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, innovation_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      old = g_ptr_array_new_full (INOVDA_N_FIELDS, g_free);
      old_unit = sqlite3_column_int64 (stmt, 0);
      for (guint f = 0; f < INOVDA_N_FIELDS; f++)
        g_ptr_array_add (old, g_strdup ((const char *) sqlite3_column_text (stmt, (int) f + 1)));
    }
  sqlite3_reset (stmt);
  if (old == NULL)
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND, _ ("The innovation no longer exists"));
      return 0;
    }
  note_parent (self, PARENT_INNOVATION, innovation_id, NULL);

  found.unit = unit_id != 0 && unit_id != old_unit;
  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    if (text_differs (old->pdata[f], fields[f]) && !(f == INOVDA_FIELD_TAHAPAN && nonempty (fields[f]) == NULL))
      found.fields |= G_GUINT64_CONSTANT (1) << f;
  changed = found.unit || found.fields != 0;
  if (found.unit && !require_parent (self, "innovation", PARENT_UNIT, unit_id, NULL, error))
    return 0;

  if (changed)
    {
      if (!log_update (self, "innovation", innovation_id, error))
        return 0;
      stmt = bulk_prepare (self, innovation_sql (INNOVATION_UPDATE), error);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, innovation_id);
      sqlite3_bind_int64 (stmt, 2, unit_id != 0 ? unit_id : old_unit);
      for (guint f = 0; f < INOVDA_N_FIELDS; f++)
        {
          const char *value = merged_text (old->pdata[f], fields[f]);
          _inovda_bind_text (stmt, (int) f + 3, value != NULL || f != INOVDA_FIELD_TAHAPAN ? value : old->pdata[f]);
        }
      if (!_inovda_portfolio_step_done (self, stmt, error))
        return 0;
    }

  if (urusan_lain != NULL && !sync_urusan (self, innovation_id, urusan_lain, &found.urusan_lain, error))
    return 0;
  changed = changed || found.urusan_lain;

  if (changes != NULL)
    *changes = found;
  *outcome = changed ? INOVDA_BULK_UPDATED : INOVDA_BULK_UNCHANGED;
  return innovation_id;
}

gint64
inovda_portfolio_bulk_assessment (InovdaPortfolio *self,
                                  gint64 innovation_id,
                                  int year,
                                  gboolean known_new,
                                  const char *status,
                                  const char *development_note,
                                  InovdaBulkOutcome *outcome,
                                  GError **error)
{
  g_autofree char *old_status = NULL;
  g_autofree char *old_note = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;

  *outcome = INOVDA_BULK_UNCHANGED;
  if (!flush_pending (self, error))
    return 0;
  if (!known_new)
    {
      stmt = bulk_prepare (self,
                           "SELECT id, status, development_note FROM assessment WHERE innovation_id = ?1 AND year = ?2",
                           error);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, innovation_id);
      sqlite3_bind_int (stmt, 2, year);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          id = sqlite3_column_int64 (stmt, 0);
          old_status = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
          old_note = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
        }
      sqlite3_reset (stmt);
    }

  if (id == 0)
    {
      if (!require_parent (self, "assessment", PARENT_INNOVATION, innovation_id, NULL, error))
        return 0;
      stmt = bulk_prepare (self,
                           "INSERT INTO assessment (innovation_id, year, status, development_note) "
                           "VALUES (?1, ?2, coalesce (?3, 'draf'), ?4)",
                           error);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, innovation_id);
      sqlite3_bind_int (stmt, 2, year);
      bind_text_in_place (stmt, 3, nonempty (status));
      bind_text_in_place (stmt, 4, nonempty (development_note));
      if (!_inovda_portfolio_step_done (self, stmt, error))
        return 0;
      *outcome = INOVDA_BULK_INSERTED;
      id = sqlite3_last_insert_rowid (self->db);
      note_parent (self, PARENT_ASSESSMENT, id, NULL);
      return id;
    }
  note_parent (self, PARENT_ASSESSMENT, id, NULL);

  if (!(nonempty (status) != NULL && text_differs (old_status, status)) && !text_differs (old_note, development_note))
    return id;
  if (!log_update (self, "assessment", id, error))
    return 0;
  stmt = bulk_prepare (self, "UPDATE assessment SET status = ?2, development_note = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  _inovda_bind_text (stmt, 2, nonempty (status) != NULL ? status : old_status);
  _inovda_bind_text (stmt, 3, merged_text (old_note, development_note));
  if (!_inovda_portfolio_step_done (self, stmt, error))
    return 0;
  *outcome = INOVDA_BULK_UPDATED;
  return id;
}

/* An answer as stored: rowid 0 when there is none. */
typedef struct
{
  gint64 rowid;
  int level;
  char *text; /* basis (SID) or raw value (SPD) */
  int verified;
} StoredAnswer;

/* Steps @stmt, a bound SELECT of rowid, level, text, verified_level. */
static void
fetch_answer (sqlite3_stmt *stmt,
              StoredAnswer *stored)
{
  *stored = (StoredAnswer){ 0, 0, NULL, INOVDA_LEVEL_UNVERIFIED };
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      stored->rowid = sqlite3_column_int64 (stmt, 0);
      stored->level = sqlite3_column_int (stmt, 1);
      stored->text = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        stored->verified = sqlite3_column_int (stmt, 3);
    }
  sqlite3_reset (stmt);
}

gboolean
inovda_portfolio_bulk_get_spd (InovdaPortfolio *self,
                               const char *region_code,
                               int year,
                               const char *indicator,
                               int *out_level,
                               char **out_raw_value,
                               int *out_verified)
{
  sqlite3_stmt *stmt = bulk_prepare (self,
                                     "SELECT rowid, level, raw_value, verified_level FROM spd_answer "
                                     "WHERE region_code = ?1 AND year = ?2 AND indicator = ?3",
                                     NULL);
  StoredAnswer stored;

  if (stmt == NULL)
    return FALSE;
  _inovda_bind_text (stmt, 1, region_code);
  sqlite3_bind_int (stmt, 2, year);
  _inovda_bind_text (stmt, 3, indicator);
  fetch_answer (stmt, &stored);
  *out_level = stored.level;
  *out_raw_value = stored.text;
  *out_verified = stored.verified;
  return stored.rowid != 0;
}

/* Merges the wanted answer into @stored and writes it, when it changes
 * anything, with @update_sql (?1 rowid, ?2 level, ?3 text, ?4 verified). */
static gboolean
update_answer (InovdaPortfolio *self,
               const char *table,
               const char *update_sql,
               const StoredAnswer *stored,
               int level,
               const char *text,
               int verified,
               InovdaBulkOutcome *outcome,
               GError **error)
{
  gboolean changed = FALSE;
  sqlite3_stmt *stmt;

  if (level == INOVDA_BULK_KEEP)
    level = stored->level;
  changed |= level != stored->level;
  changed |= text_differs (stored->text, text);
  text = merged_text (stored->text, text);
  if (verified == INOVDA_BULK_KEEP)
    verified = stored->verified;
  changed |= verified != stored->verified;
  if (!changed)
    return TRUE;

  if (!log_update (self, table, stored->rowid, error))
    return FALSE;
  stmt = bulk_prepare (self, update_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, stored->rowid);
  sqlite3_bind_int (stmt, 2, level);
  _inovda_bind_text (stmt, 3, text);
  _inovda_bind_level (stmt, 4, verified);
  *outcome = INOVDA_BULK_UPDATED;
  return _inovda_portfolio_step_done (self, stmt, error);
}

gboolean
inovda_portfolio_bulk_sid (InovdaPortfolio *self,
                           gint64 assessment_id,
                           gboolean known_new,
                           const char *indicator,
                           int level,
                           const char *basis,
                           int verified,
                           InovdaBulkOutcome *outcome,
                           int *stored_level,
                           GError **error)
{
  StoredAnswer stored = { 0, 0, NULL, INOVDA_LEVEL_UNVERIFIED };
  g_autofree char *stored_text = NULL;
  PendingValue *values;
  sqlite3_stmt *stmt;

  *outcome = INOVDA_BULK_UNCHANGED;
  if (stored_level != NULL)
    *stored_level = -1;
  if (!known_new)
    {
      if (!flush_pending (self, error))
        return FALSE;
      stmt = bulk_prepare (self,
                           "SELECT rowid, level, basis, verified_level FROM sid_answer "
                           "WHERE assessment_id = ?1 AND indicator = ?2",
                           error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, assessment_id);
      bind_text_in_place (stmt, 2, indicator);
      fetch_answer (stmt, &stored);
      stored_text = stored.text;
    }

  if (stored.rowid != 0 && stored_level != NULL)
    *stored_level = stored.level;
  if (stored.rowid != 0)
    return update_answer (self, "sid_answer",
                          "UPDATE sid_answer SET level = ?2, basis = ?3, verified_level = ?4 WHERE rowid = ?1",
                          &stored, level, basis, verified, outcome, error);
  if (!require_parent (self, "sid_answer", PARENT_ASSESSMENT, assessment_id, NULL, error))
    return FALSE;

  if (get_state (self) == NULL)
    {
      stmt = bulk_prepare (self, batch_sql (BATCH_SID, 1), error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, assessment_id);
      bind_text_in_place (stmt, 2, indicator);
      sqlite3_bind_int (stmt, 3, MAX (level, 0));
      bind_text_in_place (stmt, 4, nonempty (basis));
      _inovda_bind_level (stmt, 5, verified);
      *outcome = INOVDA_BULK_INSERTED;
      return _inovda_portfolio_step_done (self, stmt, error);
    }

  values = add_pending_row (self, BATCH_SID, error);
  if (values == NULL)
    return FALSE;
  set_pending_int (&values[0], assessment_id);
  set_pending_text (self, &values[1], indicator);
  set_pending_int (&values[2], MAX (level, 0));
  set_pending_text (self, &values[3], nonempty (basis));
  if (verified >= 0)
    set_pending_int (&values[4], verified);
  *outcome = INOVDA_BULK_INSERTED;
  return pending_row_done (self, error);
}

gboolean
inovda_portfolio_bulk_spd (InovdaPortfolio *self,
                           const char *region_code,
                           int year,
                           const char *indicator,
                           int level,
                           const char *raw_value,
                           int verified,
                           InovdaBulkOutcome *outcome,
                           GError **error)
{
  StoredAnswer stored;
  g_autofree char *stored_text = NULL;
  sqlite3_stmt *stmt;

  *outcome = INOVDA_BULK_UNCHANGED;
  if (!flush_pending (self, error))
    return FALSE;
  stmt = bulk_prepare (self,
                       "SELECT rowid, level, raw_value, verified_level FROM spd_answer "
                       "WHERE region_code = ?1 AND year = ?2 AND indicator = ?3",
                       error);
  if (stmt == NULL)
    return FALSE;
  _inovda_bind_text (stmt, 1, region_code);
  sqlite3_bind_int (stmt, 2, year);
  _inovda_bind_text (stmt, 3, indicator);
  fetch_answer (stmt, &stored);
  stored_text = stored.text;

  if (stored.rowid != 0)
    return update_answer (self, "spd_answer",
                          "UPDATE spd_answer SET level = ?2, raw_value = ?3, verified_level = ?4 WHERE rowid = ?1",
                          &stored, level, raw_value, verified, outcome, error);
  if (!require_parent (self, "spd_answer", PARENT_REGION, 0, region_code, error))
    return FALSE;

  stmt = bulk_prepare (self,
                       "INSERT INTO spd_answer (region_code, year, indicator, level, raw_value, verified_level) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                       error);
  if (stmt == NULL)
    return FALSE;
  _inovda_bind_text (stmt, 1, region_code);
  sqlite3_bind_int (stmt, 2, year);
  _inovda_bind_text (stmt, 3, indicator);
  sqlite3_bind_int (stmt, 4, MAX (level, 0));
  _inovda_bind_text (stmt, 5, nonempty (raw_value));
  _inovda_bind_level (stmt, 6, verified);
  *outcome = INOVDA_BULK_INSERTED;
  return _inovda_portfolio_step_done (self, stmt, error);
}

/* The evidence row of the owner in @owner_match with the same values. */
#define SAME_EVIDENCE_SQL(owner_match)                                                                   \
  "SELECT 1 FROM evidence WHERE " owner_match " AND assessment_id IS ?1 AND region_code IS ?2 "          \
  "AND innovation_id IS ?3 AND year IS ?4 AND indicator = ?5 AND file_sha256 IS ?6 AND file_name IS ?7 " \
  "AND nomor_surat IS ?8 AND tanggal_surat IS ?9 AND tentang IS ?10 AND tautan IS ?11"

gboolean
inovda_portfolio_bulk_evidence (InovdaPortfolio *self,
                                const InovdaBulkEvidenceTarget *target,
                                gboolean known_new,
                                GBytes *contents,
                                const char *sha256,
                                const char *file_name,
                                const char *nomor_surat,
                                const char *tanggal_surat,
                                const char *tentang,
                                const char *tautan,
                                InovdaBulkOutcome *outcome,
                                GError **error)
{
  g_autofree char *computed = NULL;
  sqlite3_stmt *stmt;
  const char *values[6];

  *outcome = INOVDA_BULK_UNCHANGED;
  /* The rows waiting go first: before a file, and before the lookup of
   * one that may be among them. */
  if ((contents != NULL || !known_new) && !flush_pending (self, error))
    return FALSE;

  if (contents != NULL)
    {
      gsize size;
      const void *data = g_bytes_get_data (contents, &size);

      computed = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, contents);
      sha256 = computed;
      stmt = bulk_prepare (self, "INSERT OR IGNORE INTO file (sha256, size, content) VALUES (?1, ?2, ?3)", error);
      if (stmt == NULL)
        return FALSE;
      _inovda_bind_text (stmt, 1, sha256);
      sqlite3_bind_int64 (stmt, 2, (sqlite3_int64) size);
      sqlite3_bind_blob64 (stmt, 3, data != NULL ? data : "", size, SQLITE_STATIC);
      if (!_inovda_portfolio_step_done (self, stmt, error))
        return FALSE;
      note_parent (self, PARENT_FILE, 0, sha256);
    }

  values[0] = nonempty (sha256);
  values[1] = nonempty (file_name);
  values[2] = nonempty (nomor_surat);
  values[3] = nonempty (tanggal_surat);
  values[4] = nonempty (tentang);
  values[5] = nonempty (tautan);

  if (!known_new)
    {
      gboolean found;

      /* The owner compared with "=" lets SQLite use its partial index. */
      stmt = bulk_prepare (self,
                           target->assessment_id != 0 ? SAME_EVIDENCE_SQL ("assessment_id = ?1")
                           : target->region_code != NULL
                               ? SAME_EVIDENCE_SQL ("region_code = ?2 AND year = ?4")
                               : SAME_EVIDENCE_SQL ("innovation_id = ?3"),
                           error);
      if (stmt == NULL)
        return FALSE;
      if (target->assessment_id != 0)
        sqlite3_bind_int64 (stmt, 1, target->assessment_id);
      bind_text_in_place (stmt, 2, target->region_code);
      if (target->innovation_id != 0)
        sqlite3_bind_int64 (stmt, 3, target->innovation_id);
      if (target->region_code != NULL)
        sqlite3_bind_int (stmt, 4, target->year);
      bind_text_in_place (stmt, 5, target->owner);
      for (guint i = 0; i < G_N_ELEMENTS (values); i++)
        bind_text_in_place (stmt, (int) i + 6, values[i]);
      found = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);
      if (found)
        return TRUE;
    }
  /* An owner id of 0 is written as NULL. */
  if ((target->assessment_id != 0 &&
       !require_parent (self, "evidence", PARENT_ASSESSMENT, target->assessment_id, NULL, error)) ||
      !require_parent (self, "evidence", PARENT_REGION, 0, target->region_code, error) ||
      (target->innovation_id != 0 &&
       !require_parent (self, "evidence", PARENT_INNOVATION, target->innovation_id, NULL, error)) ||
      !require_parent (self, "evidence", PARENT_FILE, 0, values[0], error))
    return FALSE;

  if (get_state (self) != NULL)
    {
      PendingValue *row = add_pending_row (self, BATCH_EVIDENCE, error);

      if (row == NULL)
        return FALSE;
      if (target->assessment_id != 0)
        set_pending_int (&row[0], target->assessment_id);
      set_pending_text (self, &row[1], target->region_code);
      if (target->innovation_id != 0)
        set_pending_int (&row[2], target->innovation_id);
      if (target->region_code != NULL)
        set_pending_int (&row[3], target->year);
      set_pending_text (self, &row[4], target->owner);
      for (guint i = 0; i < G_N_ELEMENTS (values); i++)
        set_pending_text (self, &row[i + 5], values[i]);
      *outcome = INOVDA_BULK_INSERTED;
      return pending_row_done (self, error);
    }

  stmt = bulk_prepare (self, batch_sql (BATCH_EVIDENCE, 1), error);
  if (stmt == NULL)
    return FALSE;
  if (target->assessment_id != 0)
    sqlite3_bind_int64 (stmt, 1, target->assessment_id);
  bind_text_in_place (stmt, 2, target->region_code);
  if (target->innovation_id != 0)
    sqlite3_bind_int64 (stmt, 3, target->innovation_id);
  if (target->region_code != NULL)
    sqlite3_bind_int (stmt, 4, target->year);
  bind_text_in_place (stmt, 5, target->owner);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    bind_text_in_place (stmt, (int) i + 6, values[i]);
  *outcome = INOVDA_BULK_INSERTED;
  return _inovda_portfolio_step_done (self, stmt, error);
}
