/* inovda-portfolio.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-portfolio"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "inovda-error.h"
#include "inovda-portfolio-private.h"
#include "io/inovda-catalogue-reader.h"

G_DEFINE_FINAL_TYPE (InovdaPortfolio, inovda_portfolio, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_PATH,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
statement_free (gpointer data)
{
  sqlite3_finalize (data);
}

static void
undo_step_clear (gpointer data)
{
  InovdaUndoStep *step = data;

  g_clear_pointer (&step->label, g_free);
}

static void cancel_write_through (InovdaPortfolio *self);

static void
inovda_portfolio_finalize (GObject *object)
{
  InovdaPortfolio *self = (InovdaPortfolio *) object;

  /* Closing the last connection copies the WAL into the file. */
  cancel_write_through (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->catalogues, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close (self->db);
  g_clear_pointer (&self->undo_steps, g_array_unref);
  g_clear_pointer (&self->redo_steps, g_array_unref);
  g_free (self->explicit_label);
  g_free (self->path);

  G_OBJECT_CLASS (inovda_portfolio_parent_class)->finalize (object);
}

static void
inovda_portfolio_get_property (GObject *object,
                               guint prop_id,
                               GValue *value,
                               GParamSpec *pspec)
{
  InovdaPortfolio *self = INOVDA_PORTFOLIO (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, inovda_portfolio_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, inovda_portfolio_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
inovda_portfolio_class_init (InovdaPortfolioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = inovda_portfolio_finalize;
  object_class->get_property = inovda_portfolio_get_property;

  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * InovdaPortfolio::changed:
   *
   * Emitted after an edit was committed, undone or redone, in the
   * thread that opened the portfolio. An edit committed in another thread
   * (an import) is announced, with the notifications of can-undo and
   * can-redo, when the opening thread calls
   * inovda_portfolio_announce_pending_changes() after that thread is done.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
inovda_portfolio_init (InovdaPortfolio *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, statement_free);
  self->catalogues = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                            (GDestroyNotify) inovda_catalogue_unref);
  self->undo_steps = g_array_new (FALSE, FALSE, sizeof (InovdaUndoStep));
  g_array_set_clear_func (self->undo_steps, undo_step_clear);
  self->redo_steps = g_array_new (FALSE, FALSE, sizeof (InovdaUndoStep));
  g_array_set_clear_func (self->redo_steps, undo_step_clear);
  self->next_step = 1;
  self->owner_thread = g_thread_self ();
}

/* ---------------------------------------------------------------------- */
/* Statements                                                             */

/* Sets @error for the failures that are the file's, not the edit's: a
 * file or folder that cannot be written, a damaged file, a full disk. SQLite's own words
 * for them are English and name no file. Returns %FALSE for other codes. */
gboolean
_inovda_storage_set_file_error (int code,
                                GError **error)
{
  switch (code & 0xff)
    {
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_READ_ONLY,
                   _ ("The portfolio cannot be changed: its file or folder is read-only. "
                      "Copy it to a folder you can write to, then open the copy"));
      return TRUE;

    case SQLITE_CORRUPT:
      g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_CORRUPT,
                   _ ("The portfolio file is damaged: %s"), sqlite3_errstr (code));
      return TRUE;

    case SQLITE_FULL:
      g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FULL,
                   _ ("The disk holding the portfolio is full: nothing was changed. "
                      "Make room on it, then try again"));
      return TRUE;

    default:
      return FALSE;
    }
}

void
_inovda_portfolio_set_error (InovdaPortfolio *self,
                             GError **error,
                             const char *what)
{
  int code = sqlite3_extended_errcode (self->db);
  int domain_code;

  if (_inovda_storage_set_file_error (code, error))
    return;

  switch (code & 0xff)
    {
    case SQLITE_CONSTRAINT:
      domain_code = INOVDA_STORAGE_ERROR_CONSTRAINT;
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      domain_code = INOVDA_STORAGE_ERROR_CORRUPT;
      break;

    default:
      domain_code = INOVDA_STORAGE_ERROR_FAILED;
      break;
    }

  /* Translators: the first %s names what failed, the second is the database's message */
  g_set_error (error, INOVDA_STORAGE_ERROR, domain_code,
               _ ("Portfolio error (%s): %s"), what, sqlite3_errmsg (self->db));
}

sqlite3_stmt *
_inovda_portfolio_prepare (InovdaPortfolio *self,
                           const char *sql,
                           GError **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      _inovda_portfolio_set_error (self, error, "prepare");
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
_inovda_portfolio_exec (InovdaPortfolio *self,
                        const char *sql,
                        GError **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      _inovda_portfolio_set_error (self, error, "exec");
      return FALSE;
    }
  return TRUE;
}

gboolean
_inovda_portfolio_step_done (InovdaPortfolio *self,
                             sqlite3_stmt *stmt,
                             GError **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _inovda_portfolio_set_error (self, error, "step");
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

void
_inovda_bind_text (sqlite3_stmt *stmt,
                   int index,
                   const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* A level, or NULL for INOVDA_LEVEL_UNVERIFIED (or any negative level). */
void
_inovda_bind_level (sqlite3_stmt *stmt,
                    int index,
                    int level)
{
  if (level < 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, level);
}

/* ---------------------------------------------------------------------- */
/* Opening                                                                */

static gboolean
collect_unused_files (InovdaPortfolio *self,
                      GError **error)
{
  return _inovda_portfolio_exec (self,
                                 "DELETE FROM file WHERE NOT EXISTS "
                                 "(SELECT 1 FROM evidence WHERE evidence.file_sha256 = file.sha256)",
                                 error);
}

/**
 * inovda_portfolio_open:
 * @path: the portfolio file; created when it does not exist (its folder
 *   must exist)
 * @error: return location for a #GError
 *
 * Opens the portfolio, creating and migrating it as needed. A file that
 * comes from elsewhere should also go through
 * inovda_portfolio_check_integrity(), which reads the whole file.
 *
 * Returns: (transfer full): the portfolio, or %NULL
 */
/* SQLite counts its memory under a global mutex on every allocation unless
 * told not to, which only works before its first use; Inovda never reads
 * the counts. */
static void
configure_sqlite (void)
{
  static gsize configured = 0;

  if (g_once_init_enter (&configured))
    {
      sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
      g_once_init_leave (&configured, 1);
    }
}

InovdaPortfolio *
inovda_portfolio_open (const char *path,
                       GError **error)
{
  g_autoptr (InovdaPortfolio) self = NULL;
  int version = 0;

  g_return_val_if_fail (path != NULL, NULL);

  configure_sqlite ();

  self = g_object_new (INOVDA_TYPE_PORTFOLIO, NULL);
  self->path = g_strdup (path);

  if (sqlite3_open_v2 (path, &self->db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                       NULL) != SQLITE_OK)
    {
      g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED,
                   _ ("Could not open %s: %s"), path,
                   self->db != NULL ? sqlite3_errmsg (self->db) : g_strerror (ENOMEM));
      return NULL;
    }

  /* SQLite opens a file it may not write read-only, and says so only at
   * the first write. */
  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      _inovda_storage_set_file_error (SQLITE_READONLY, error);
      return NULL;
    }

  sqlite3_busy_timeout (self->db, INOVDA_PORTFOLIO_BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, 1);
  /* A portfolio may come from anyone: SQLite's settings for files it
   * cannot trust (https://sqlite.org/security.html). */
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  if (!_inovda_portfolio_exec (self, "PRAGMA cell_size_check = ON", error))
    return NULL;

  if (!_inovda_schema_migrate (self->db, &version, error))
    return NULL;

  /* Synchronous FULL: in WAL mode NORMAL keeps the file sound through a
   * power cut but may lose the last edits, which the editor has shown as
   * saved; FULL syncs the WAL at every commit. */
  if (!_inovda_portfolio_exec (self,
                               "PRAGMA journal_mode = WAL;"
                               "PRAGMA synchronous = FULL;"
                               "PRAGMA foreign_keys = ON;"
                               "PRAGMA temp_store = MEMORY;",
                               error))
    return NULL;

  if (!collect_unused_files (self, error) ||
      !_inovda_undo_install (self, error))
    return NULL;
  self->data_version = _inovda_portfolio_read_data_version (self);

  return g_steal_pointer (&self);
}

/**
 * inovda_portfolio_default_path:
 *
 * Returns: (transfer full): the portfolio opened when no other is chosen
 */
char *
inovda_portfolio_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "inovda", "portfolio.inovda", NULL);
}

/**
 * inovda_portfolio_open_default:
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the default portfolio, created on first use
 */
InovdaPortfolio *
inovda_portfolio_open_default (GError **error)
{
  g_autofree char *path = inovda_portfolio_default_path ();
  g_autofree char *folder = g_path_get_dirname (path);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED,
                   _ ("Could not create the folder %s: %s"), folder, g_strerror (saved_errno));
      return NULL;
    }
  return inovda_portfolio_open (path, error);
}

const char *
inovda_portfolio_get_path (InovdaPortfolio *self)
{
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);
  return self->path;
}

static gboolean
same_file (const GStatBuf *a,
           const char *path)
{
  GStatBuf b;

  return g_stat (path, &b) == 0 && a->st_dev == b.st_dev && a->st_ino == b.st_ino;
}

/**
 * inovda_portfolio_is_own_file:
 * @path: a file the caller is about to read
 *
 * Whether @path is the portfolio's file or one of SQLite's beside it. The
 * connection's locks are POSIX locks, which a process drops when it closes
 * any descriptor of the file: reading the file another way would let
 * another program checkpoint and delete the journal under the open
 * portfolio. Found by comparing inodes, without opening @path.
 */
gboolean
inovda_portfolio_is_own_file (InovdaPortfolio *self,
                              const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
  GStatBuf buf;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  if (path == NULL || self->path == NULL || g_stat (path, &buf) != 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *own = g_strconcat (self->path, suffixes[i], NULL);

      if (same_file (&buf, own))
        return TRUE;
    }
  return FALSE;
}

/**
 * inovda_portfolio_check_output:
 * @path: a file about to be written
 *
 * Refuses @path when it is the portfolio itself (see
 * inovda_portfolio_is_own_file()): writing over it would destroy it under
 * its own connection.
 *
 * Returns: %FALSE with @error set when @path is the portfolio
 */
gboolean
inovda_portfolio_check_output (InovdaPortfolio *self,
                               const char *path,
                               GError **error)
{
  g_autofree char *name = NULL;

  if (!inovda_portfolio_is_own_file (self, path))
    return TRUE;
  name = g_path_get_basename (path);
  g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
               /* Translators: %s is a file name */
               _ ("%s is the open portfolio itself: choose another file to write"), name);
  return FALSE;
}

int
inovda_portfolio_get_schema_version (InovdaPortfolio *self)
{
  sqlite3_stmt *stmt;
  int version = -1;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), -1);

  stmt = _inovda_portfolio_prepare (self, "PRAGMA user_version", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return version;
}

gboolean
inovda_portfolio_check_integrity (InovdaPortfolio *self,
                                  GError **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *result = NULL;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  if (sqlite3_prepare_v2 (self->db, "PRAGMA quick_check", -1, &stmt, NULL) != SQLITE_OK)
    {
      _inovda_portfolio_set_error (self, error, "integrity");
      return FALSE;
    }
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_CORRUPT,
                   _ ("The portfolio file is damaged: %s"), result ? result : sqlite3_errmsg (self->db));
      return FALSE;
    }

  stmt = NULL;
  if (sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL) != SQLITE_OK)
    {
      _inovda_portfolio_set_error (self, error, "integrity");
      return FALSE;
    }
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_CORRUPT,
                   _ ("The portfolio file is damaged: table %s refers to a missing row"),
                   (const char *) sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);
  return TRUE;
}

gboolean
inovda_portfolio_is_empty (InovdaPortfolio *self)
{
  sqlite3_stmt *stmt;
  gboolean empty = TRUE;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), TRUE);

  stmt = _inovda_portfolio_prepare (self, "SELECT EXISTS (SELECT 1 FROM region)", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    empty = sqlite3_column_int (stmt, 0) == 0;
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return empty;
}

/* A file SQLite still keeps a journal for is open in another program, or
 * was left by one that ended without closing it. A copy renamed over it
 * would leave the other program writing into a file no longer there, and
 * the journal would be read into the copy. Opened alone, a file left
 * behind takes its journal back in and is closed without one; a file in
 * use is refused. */
static gboolean
check_destination_unused (const char *destination,
                          GError **error)
{
  static const char *const suffixes[] = { "-wal", "-journal" };
  g_autofree char *name = NULL;
  gboolean journal = FALSE;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (destination, suffixes[i], NULL);

      journal |= g_file_test (path, G_FILE_TEST_EXISTS);
    }
  if (!journal)
    return TRUE;

  /* Leaving WAL mode needs the file alone; so does a write lock, which a
   * program writing with a rollback journal holds. */
  rc = sqlite3_open_v2 (destination, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "PRAGMA journal_mode = DELETE", -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) != SQLITE_ROW)
    rc = sqlite3_errcode (db);
  else if (rc == SQLITE_OK && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "delete") != 0)
    rc = SQLITE_BUSY;
  sqlite3_finalize (stmt);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "BEGIN IMMEDIATE; ROLLBACK", NULL, NULL, NULL);

  name = g_path_get_basename (destination);
  if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
    /* Translators: %s is a file name */
    g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED,
                 _ ("%s is open in another program: close it there first, or choose another file"), name);
  else if (rc != SQLITE_OK)
    g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED,
                 _ ("Could not write %s: %s"), destination,
                 db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  sqlite3_close (db);
  return rc == SQLITE_OK;
}

/**
 * inovda_portfolio_backup:
 * @destination: a path; an existing file there is replaced, unless it is
 *   the portfolio itself or a file another program has open
 *
 * Copies the whole portfolio with SQLite's online backup, into a temporary
 * file first, so that @destination is never left half written.
 */
gboolean
inovda_portfolio_backup (InovdaPortfolio *self,
                         const char *destination,
                         GError **error)
{
  g_autofree char *partial = NULL;
  sqlite3 *target = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);

  if (!inovda_portfolio_check_output (self, destination, error) ||
      !check_destination_unused (destination, error))
    return FALSE;

  partial = g_strconcat (destination, ".partial", NULL);
  g_unlink (partial);

  if (sqlite3_open_v2 (partial, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED,
                   _ ("Could not write %s: %s"), destination,
                   target ? sqlite3_errmsg (target) : g_strerror (ENOMEM));
      sqlite3_close (target);
      return FALSE;
    }

  backup = sqlite3_backup_init (target, "main", self->db, "main");
  if (backup == NULL)
    {
      g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED,
                   _ ("Could not write %s: %s"), destination, sqlite3_errmsg (target));
      sqlite3_close (target);
      g_unlink (partial);
      return FALSE;
    }
  do
    rc = sqlite3_backup_step (backup, 256);
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);

  if (rc != SQLITE_DONE)
    {
      g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED,
                   _ ("Could not write %s: %s"), destination, sqlite3_errstr (rc));
      sqlite3_close (target);
      g_unlink (partial);
      return FALSE;
    }
  sqlite3_close (target);

  if (g_rename (partial, destination) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED,
                   _ ("Could not write %s: %s"), destination, g_strerror (saved_errno));
      g_unlink (partial);
      return FALSE;
    }
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Edits, undo and redo                                                   */

static void
notify_undo_state (InovdaPortfolio *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
announce (InovdaPortfolio *self)
{
  notify_undo_state (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Handlers (a window's, say) run in the thread that opened the portfolio,
 * and only once no other thread uses its connection: an edit committed in
 * a worker thread waits for inovda_portfolio_announce_pending_changes(). */
static void
announce_changes (InovdaPortfolio *self)
{
  if (g_thread_self () == self->owner_thread)
    announce (self);
  else
    g_atomic_int_set (&self->announce_pending, TRUE);
}

/**
 * inovda_portfolio_announce_pending_changes:
 *
 * Emits #InovdaPortfolio::changed, and notifies can-undo and can-redo, for
 * edits committed in another thread since the last call. Call it in the
 * thread that opened the portfolio once the other thread is done with it.
 */
void
inovda_portfolio_announce_pending_changes (InovdaPortfolio *self)
{
  g_return_if_fail (INOVDA_IS_PORTFOLIO (self));
  g_return_if_fail (g_thread_self () == self->owner_thread);

  if (g_atomic_int_compare_and_exchange (&self->announce_pending, TRUE, FALSE))
    announce (self);
}

/* Another program may rename a file over the portfolio, or delete it: the
 * connection would go on writing into the file no longer there, and each
 * edit would be lost when the window closes. */
static gboolean
check_not_moved (InovdaPortfolio *self,
                 GError **error)
{
  int moved = 0;

  if (sqlite3_file_control (self->db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK || !moved)
    return TRUE;
  g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_FAILED,
               _ ("The portfolio file was replaced, moved or deleted by another program, "
                  "so this change was not saved: open the portfolio again"));
  return FALSE;
}

static gboolean
transaction_begin (InovdaPortfolio *self,
                   GError **error)
{
  if (!check_not_moved (self, error) ||
      !_inovda_portfolio_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!_inovda_undo_set_step (self, self->next_step, error))
    {
      _inovda_portfolio_exec (self, "ROLLBACK", NULL);
      return FALSE;
    }
  return TRUE;
}

static void
forget_redo (InovdaPortfolio *self)
{
  for (guint i = 0; i < self->redo_steps->len; i++)
    _inovda_undo_forget (self, g_array_index (self->redo_steps, InovdaUndoStep, i).id, NULL);
  g_array_set_size (self->redo_steps, 0);
}

static gboolean
step_has_changes (InovdaPortfolio *self,
                  gint64 step)
{
  sqlite3_stmt *stmt = _inovda_portfolio_prepare (self, "SELECT EXISTS (SELECT 1 FROM temp.undo_log WHERE step = ?1)", NULL);
  gboolean changes = TRUE;

  if (stmt == NULL)
    return TRUE;
  sqlite3_bind_int64 (stmt, 1, step);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    changes = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  return changes;
}

/* "Copying that one file moves everything": a copy of the file taken while
 * the portfolio is open would miss the edits still in the WAL beside it,
 * so committed edits go on into the file. Passive, so that it never waits
 * for another program reading the file; what it cannot copy now goes with
 * the next edit. */
static void
write_through (InovdaPortfolio *self)
{
  sqlite3_wal_checkpoint_v2 (self->db, "main", SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
}

#define WRITE_THROUGH_DELAY_MS 1500

static gboolean
write_through_cb (gpointer data)
{
  InovdaPortfolio *self = data;

  g_clear_pointer (&self->write_through_source, g_source_unref);
  write_through (self);
  return G_SOURCE_REMOVE;
}

/* A copy into the file costs three syncs besides the commit's own: a run of
 * edits (typing, a level chosen per click) pays it once, a moment after
 * its first edit. Without a main loop (inovda-cli) closing the file copies
 * the WAL in; an edit committed by another thread (an import) is copied
 * at once. */
static void
schedule_write_through (InovdaPortfolio *self)
{
  if (g_thread_self () != self->owner_thread)
    {
      write_through (self);
      return;
    }
  if (self->write_through_source != NULL)
    return;
  self->write_through_source = g_timeout_source_new (WRITE_THROUGH_DELAY_MS);
  g_source_set_priority (self->write_through_source, G_PRIORITY_LOW);
  g_source_set_callback (self->write_through_source, write_through_cb, self, NULL);
  g_source_attach (self->write_through_source, g_main_context_get_thread_default ());
}

static void
cancel_write_through (InovdaPortfolio *self)
{
  if (self->write_through_source == NULL)
    return;
  g_source_destroy (self->write_through_source);
  g_clear_pointer (&self->write_through_source, g_source_unref);
}

static gboolean
transaction_commit (InovdaPortfolio *self,
                    const char *label,
                    GError **error)
{
  InovdaUndoStep step;
  gboolean changed = step_has_changes (self, self->next_step);

  if (!_inovda_undo_set_step (self, 0, error) ||
      !_inovda_portfolio_exec (self, "COMMIT", error))
    {
      _inovda_portfolio_exec (self, "ROLLBACK", NULL);
      return FALSE;
    }

  /* Typing a value that is already there is no edit. */
  if (!changed)
    return TRUE;
  schedule_write_through (self);

  step.id = self->next_step++;
  step.label = g_strdup (label);
  g_array_append_val (self->undo_steps, step);
  forget_redo (self);

  announce_changes (self);
  return TRUE;
}

gboolean
_inovda_portfolio_edit_begin (InovdaPortfolio *self,
                              const char *label,
                              GError **error)
{
  if (self->in_explicit_edit)
    {
      if (!_inovda_portfolio_exec (self, "SAVEPOINT edit", error))
        return FALSE;
      self->savepoint_depth++;
      return TRUE;
    }

  if (!transaction_begin (self, error))
    return FALSE;
  g_free (self->explicit_label);
  self->explicit_label = g_strdup (label);
  return TRUE;
}

gboolean
_inovda_portfolio_edit_end (InovdaPortfolio *self,
                            gboolean success,
                            GError **error)
{
  if (self->in_explicit_edit)
    {
      g_assert (self->savepoint_depth > 0);
      self->savepoint_depth--;
      if (!success)
        {
          _inovda_portfolio_exec (self, "ROLLBACK TO edit", NULL);
          _inovda_portfolio_exec (self, "RELEASE edit", NULL);
          return FALSE;
        }
      return _inovda_portfolio_exec (self, "RELEASE edit", error);
    }

  if (!success)
    {
      _inovda_undo_set_step (self, 0, NULL);
      _inovda_portfolio_exec (self, "ROLLBACK", NULL);
      return FALSE;
    }
  return transaction_commit (self, self->explicit_label, error);
}

gboolean
inovda_portfolio_begin_edit (InovdaPortfolio *self,
                             const char *label,
                             GError **error)
{
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (!self->in_explicit_edit, FALSE);

  if (!transaction_begin (self, error))
    return FALSE;
  self->in_explicit_edit = TRUE;
  g_free (self->explicit_label);
  self->explicit_label = g_strdup (label);
  return TRUE;
}

gboolean
inovda_portfolio_commit_edit (InovdaPortfolio *self,
                              GError **error)
{
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (self->in_explicit_edit, FALSE);

  self->in_explicit_edit = FALSE;
  return transaction_commit (self, self->explicit_label, error);
}

void
inovda_portfolio_rollback_edit (InovdaPortfolio *self)
{
  g_return_if_fail (INOVDA_IS_PORTFOLIO (self));
  g_return_if_fail (self->in_explicit_edit);

  self->in_explicit_edit = FALSE;
  self->savepoint_depth = 0;
  _inovda_undo_set_step (self, 0, NULL);
  _inovda_portfolio_exec (self, "ROLLBACK", NULL);
  g_hash_table_remove_all (self->catalogues);
}

gboolean
inovda_portfolio_can_undo (InovdaPortfolio *self)
{
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);
  return self->undo_steps->len > 0;
}

gboolean
inovda_portfolio_can_redo (InovdaPortfolio *self)
{
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);
  return self->redo_steps->len > 0;
}

const char *
inovda_portfolio_get_undo_label (InovdaPortfolio *self)
{
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);
  if (self->undo_steps->len == 0)
    return NULL;
  return g_array_index (self->undo_steps, InovdaUndoStep, self->undo_steps->len - 1).label;
}

const char *
inovda_portfolio_get_redo_label (InovdaPortfolio *self)
{
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);
  if (self->redo_steps->len == 0)
    return NULL;
  return g_array_index (self->redo_steps, InovdaUndoStep, self->redo_steps->len - 1).label;
}

/* Moves the newest step of @from onto @to, replaying it. */
static gboolean
replay_newest (InovdaPortfolio *self,
               GArray *from,
               GArray *to,
               GError **error)
{
  InovdaUndoStep step;
  InovdaUndoStep moved;

  g_return_val_if_fail (!self->in_explicit_edit, FALSE);

  if (from->len == 0)
    {
      g_set_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_NOTHING_TO_UNDO,
                   _ ("There is nothing to undo"));
      return FALSE;
    }
  step = g_array_index (from, InovdaUndoStep, from->len - 1);

  if (!check_not_moved (self, error) ||
      !_inovda_portfolio_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  /* Reversing statements run child rows before or after their parents,
   * depending on how the change cascaded: check references at commit. */
  if (!_inovda_portfolio_exec (self, "PRAGMA defer_foreign_keys = ON", error) ||
      !_inovda_undo_replay (self, step.id, self->next_step, error) ||
      !_inovda_portfolio_exec (self, "COMMIT", error))
    {
      _inovda_undo_set_step (self, 0, NULL);
      _inovda_portfolio_exec (self, "ROLLBACK", NULL);
      return FALSE;
    }
  schedule_write_through (self);

  moved.id = self->next_step++;
  moved.label = g_steal_pointer (&g_array_index (from, InovdaUndoStep, from->len - 1).label);
  g_array_set_size (from, from->len - 1);
  g_array_append_val (to, moved);
  g_hash_table_remove_all (self->catalogues);

  announce_changes (self);
  return TRUE;
}

gint64
_inovda_portfolio_read_data_version (InovdaPortfolio *self)
{
  sqlite3_stmt *stmt = _inovda_portfolio_prepare (self, "PRAGMA main.data_version", NULL);
  gint64 version = -1;

  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return version;
}

/**
 * inovda_portfolio_refresh:
 * @self: a portfolio
 *
 * Announces what another program (inovda-cli, a second window) has
 * committed to the file since the last call, with the #InovdaPortfolio::changed
 * signal. Cheap: one PRAGMA. Call it from the thread that opened the
 * portfolio while no edit is running.
 *
 * Returns: whether another program changed the file
 */
gboolean
inovda_portfolio_refresh (InovdaPortfolio *self)
{
  gint64 version;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (g_thread_self () == self->owner_thread, FALSE);

  /* An edit under way, maybe another thread's (an import), has the
   * connection: its statements are not to be shared meanwhile. */
  if (self->in_explicit_edit || self->savepoint_depth > 0 || self->bulk_state != NULL ||
      !sqlite3_get_autocommit (self->db))
    return FALSE;
  version = _inovda_portfolio_read_data_version (self);
  if (version < 0 || version == self->data_version)
    return FALSE;
  self->data_version = version;
  announce (self);
  return TRUE;
}

gboolean
inovda_portfolio_undo (InovdaPortfolio *self,
                       GError **error)
{
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);
  return replay_newest (self, self->undo_steps, self->redo_steps, error);
}

gboolean
inovda_portfolio_redo (InovdaPortfolio *self,
                       GError **error)
{
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);
  return replay_newest (self, self->redo_steps, self->undo_steps, error);
}

/* ---------------------------------------------------------------------- */
/* Catalogues                                                             */

/**
 * inovda_portfolio_get_catalogue:
 * @year: the assessment year
 *
 * Returns: (transfer full): the catalogue imported into this portfolio for
 *   @year, else the shipped one, or %NULL with INOVDA_CATALOGUE_ERROR_NOT_FOUND
 */
InovdaCatalogue *
inovda_portfolio_get_catalogue (InovdaPortfolio *self,
                                int year,
                                GError **error)
{
  InovdaCatalogue *catalogue;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);

  catalogue = g_hash_table_lookup (self->catalogues, GINT_TO_POINTER (year));
  if (catalogue != NULL)
    return inovda_catalogue_ref (catalogue);

  stmt = _inovda_portfolio_prepare (self, "SELECT name, xml FROM catalogue WHERE year = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      g_autoptr (GBytes) xml = g_bytes_new (sqlite3_column_text (stmt, 1), sqlite3_column_bytes (stmt, 1));

      sqlite3_reset (stmt);
      catalogue = inovda_catalogue_reader_load_bytes (xml, name ? name : "catalogue", error);
    }
  else
    {
      sqlite3_reset (stmt);
      catalogue = inovda_catalogue_reader_load_builtin (year, error);
    }

  if (catalogue == NULL)
    return NULL;
  g_hash_table_insert (self->catalogues, GINT_TO_POINTER (year), inovda_catalogue_ref (catalogue));
  return catalogue;
}

static gint
compare_int (gconstpointer a,
             gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/**
 * inovda_portfolio_list_catalogue_years:
 *
 * Returns: (transfer full): the years with a catalogue, shipped or
 *   imported, ascending
 */
GArray *
inovda_portfolio_list_catalogue_years (InovdaPortfolio *self)
{
  g_autoptr (GArray) years = inovda_catalogue_reader_list_builtin ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);

  stmt = _inovda_portfolio_prepare (self, "SELECT year FROM catalogue", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      gboolean known = FALSE;

      for (guint i = 0; i < years->len; i++)
        known |= g_array_index (years, int, i) == year;
      if (!known)
        g_array_append_val (years, year);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  g_array_sort (years, compare_int);
  return g_steal_pointer (&years);
}

gboolean
inovda_portfolio_import_catalogue (InovdaPortfolio *self,
                                   GBytes *xml,
                                   const char *name_for_errors,
                                   int *out_year,
                                   GError **error)
{
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (xml != NULL, FALSE);

  catalogue = inovda_catalogue_reader_load_bytes (xml, name_for_errors, error);
  if (catalogue == NULL)
    return FALSE;

  /* Translators: an undo label; %d is a year */
  label = g_strdup_printf (_ ("Import catalogue %d"), catalogue->year);
  if (!_inovda_portfolio_edit_begin (self, label, error))
    return FALSE;

  stmt = _inovda_portfolio_prepare (self,
                                    "INSERT OR REPLACE INTO catalogue (year, name, xml, imported) "
                                    "VALUES (?1, ?2, ?3, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                                    error);
  ok = stmt != NULL;
  if (ok)
    {
      gsize size;
      const char *data = g_bytes_get_data (xml, &size);

      sqlite3_bind_int (stmt, 1, catalogue->year);
      _inovda_bind_text (stmt, 2, name_for_errors);
      sqlite3_bind_text (stmt, 3, data, (int) size, SQLITE_TRANSIENT);
      ok = _inovda_portfolio_step_done (self, stmt, error);
    }
  if (ok)
    g_hash_table_remove (self->catalogues, GINT_TO_POINTER (catalogue->year));
  if (ok && out_year != NULL)
    *out_year = catalogue->year;
  return _inovda_portfolio_edit_end (self, ok, error) && ok;
}
