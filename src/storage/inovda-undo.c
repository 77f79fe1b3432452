/* inovda-undo.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-undo"

#include "config.h"

#include "inovda-portfolio-private.h"

/* The undo log: temporary triggers on this connection write, for every
 * changed row, the SQL statement that reverses the change, tagged with the
 * current step. Undoing a step runs its statements newest first while
 * recording into a new step, which becomes the redo step. Being TEMP, the
 * triggers and the log belong to this connection only: another process
 * writing the same file neither records nor replays here, and an undone
 * update leaves alone what the other one has written since. Files are left
 * out: they are content-addressed and immutable, and unreferenced ones are
 * collected when the portfolio is next opened. */

static const char *const tracked_tables[] = {
  "region",
  "unit",
  "innovation",
  "innovation_urusan",
  "assessment",
  "sid_answer",
  "spd_answer",
  "evidence",
  "catalogue",
};

static GPtrArray *
table_columns (InovdaPortfolio *self,
               const char *table)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA main.table_info (%s)", table);
  g_autoptr (GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);
  return g_steal_pointer (&columns);
}

/* An update is reversed column by column, for the columns it changed,
 * and only where the column still holds the value it wrote: another
 * program may have written the row since, and undo must not take that
 * away. */
static void
append_update_trigger (GString *sql,
                       const char *table,
                       GPtrArray *columns,
                       const char *when,
                       const char *log)
{
  g_string_append_printf (sql, "CREATE TEMP TRIGGER undo_%s_update AFTER UPDATE ON main.%s %s AND (", table, table, when);
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, "%sold.\"%s\" IS NOT new.\"%s\"",
                            i > 0 ? " OR " : "",
                            (const char *) g_ptr_array_index (columns, i),
                            (const char *) g_ptr_array_index (columns, i));
  g_string_append_printf (sql, ") BEGIN %s'UPDATE main.%s SET ' || substr (''", log, table);
  for (guint i = 0; i < columns->len; i++)
    {
      const char *column = g_ptr_array_index (columns, i);

      g_string_append_printf (sql,
                              " || CASE WHEN old.\"%s\" IS NOT new.\"%s\" THEN "
                              "', \"%s\" = CASE WHEN \"%s\" IS ' || quote (new.\"%s\") || "
                              "' THEN ' || quote (old.\"%s\") || ' ELSE \"%s\" END' ELSE '' END",
                              column, column, column, column, column, column, column);
    }
  g_string_append (sql, ", 3) || ' WHERE rowid = ' || new.rowid FROM undo_state; END;");
}

static char *
trigger_sql (const char *table,
             GPtrArray *columns)
{
  GString *sql = g_string_new (NULL);
  const char *log = "INSERT INTO undo_log (step, sql) SELECT step, ";
  const char *when = "WHEN (SELECT recording FROM undo_state)";

  g_string_append_printf (sql,
                          "CREATE TEMP TRIGGER undo_%s_insert AFTER INSERT ON main.%s %s BEGIN "
                          "%s'DELETE FROM main.%s WHERE rowid = ' || new.rowid FROM undo_state; END;",
                          table, table, when, log, table);

  append_update_trigger (sql, table, columns, when, log);

  g_string_append_printf (sql,
                          "CREATE TEMP TRIGGER undo_%s_delete AFTER DELETE ON main.%s %s BEGIN "
                          "%s'INSERT INTO main.%s (rowid",
                          table, table, when, log, table);
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, ", \"%s\"", (const char *) g_ptr_array_index (columns, i));
  g_string_append (sql, ") VALUES (' || old.rowid");
  for (guint i = 0; i < columns->len; i++)
    g_string_append_printf (sql, " || ', ' || quote (old.\"%s\")", (const char *) g_ptr_array_index (columns, i));
  g_string_append (sql, " || ')' FROM undo_state; END;");

  return g_string_free (sql, FALSE);
}

gboolean
_inovda_undo_install (InovdaPortfolio *self,
                      GError **error)
{
  if (!_inovda_portfolio_exec (self,
                               "CREATE TEMP TABLE undo_log (seq INTEGER PRIMARY KEY, step INTEGER NOT NULL, sql TEXT NOT NULL);"
                               "CREATE INDEX temp.undo_log_step ON undo_log (step);"
                               "CREATE TEMP TABLE undo_state (recording INTEGER NOT NULL, step INTEGER NOT NULL);"
                               "INSERT INTO temp.undo_state VALUES (0, 0);",
                               error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (tracked_tables); i++)
    {
      g_autoptr (GPtrArray) columns = table_columns (self, tracked_tables[i]);
      g_autofree char *sql = NULL;

      if (columns == NULL || columns->len == 0)
        {
          _inovda_portfolio_set_error (self, error, tracked_tables[i]);
          return FALSE;
        }
      sql = trigger_sql (tracked_tables[i], columns);
      if (!_inovda_portfolio_exec (self, sql, error))
        return FALSE;
    }
  return TRUE;
}

/* Step 0 stops recording. */
gboolean
_inovda_undo_set_step (InovdaPortfolio *self,
                       gint64 step,
                       GError **error)
{
  sqlite3_stmt *stmt = _inovda_portfolio_prepare (self, "UPDATE temp.undo_state SET recording = ?1 <> 0, step = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, step);
  return _inovda_portfolio_step_done (self, stmt, error);
}

/* Runs the reversing statements of @step, newest first, recording what
 * they change as @into_step. The caller holds the transaction. */
gboolean
_inovda_undo_replay (InovdaPortfolio *self,
                     gint64 step,
                     gint64 into_step,
                     GError **error)
{
  g_autoptr (GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _inovda_portfolio_prepare (self, "SELECT sql FROM temp.undo_log WHERE step = ?1 ORDER BY seq DESC", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, step);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (statements, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _inovda_portfolio_set_error (self, error, "undo");
      return FALSE;
    }

  if (!_inovda_undo_forget (self, step, error) ||
      !_inovda_undo_set_step (self, into_step, error))
    return FALSE;

  for (guint i = 0; i < statements->len; i++)
    if (!_inovda_portfolio_exec (self, g_ptr_array_index (statements, i), error))
      return FALSE;

  return _inovda_undo_set_step (self, 0, error);
}

gboolean
_inovda_undo_forget (InovdaPortfolio *self,
                     gint64 step,
                     GError **error)
{
  sqlite3_stmt *stmt = _inovda_portfolio_prepare (self, "DELETE FROM temp.undo_log WHERE step = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, step);
  return _inovda_portfolio_step_done (self, stmt, error);
}
