/* test-writeback.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <unistd.h>

#include "storage/inovda-writeback.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("inovda-writeback-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "p.sqlite", NULL);
}

static void
fixture_tear_down (Fixture *fixture,
                   gconstpointer data)
{
  g_autofree char *journal = g_strconcat (fixture->path, "-journal", NULL);

  g_unlink (journal);
  g_unlink (fixture->path);
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
exec (sqlite3 *db,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
file_size (const char *path)
{
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  return info.st_size;
}

/* The writeback borrows SQLite's own descriptor: it opens none of its
 * own, whose closing would drop SQLite's locks. */
static void
test_borrows_sqlite_descriptor (Fixture *fixture,
                                gconstpointer data)
{
  g_autoptr (InovdaWriteback) writeback = NULL;
  sqlite3 *db = NULL;

#ifndef __linux__
  g_test_skip ("only Linux has sync_file_range()");
  return;
#endif

  g_file_set_contents (fixture->path, "", 0, NULL);
  g_assert_null (inovda_writeback_new (fixture->path));
  g_assert_null (inovda_writeback_new (NULL));
  g_unlink (fixture->path);

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  exec (db, "PRAGMA journal_mode = DELETE; CREATE TABLE t (x BLOB)");
  writeback = inovda_writeback_new (fixture->path);
  g_assert_nonnull (writeback);
  g_assert_cmpint (inovda_writeback_get_started (writeback), ==, file_size (fixture->path));
  sqlite3_close (db);
}

/* A file of one table of blobs, with a cache small enough that a large
 * transaction writes its pages into the file before the commit. */
static InovdaWriteback *
open_small_cache (Fixture *fixture,
                  sqlite3 **db)
{
  InovdaWriteback *writeback;

  g_assert_cmpint (sqlite3_open (fixture->path, db), ==, SQLITE_OK);
  exec (*db, "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 100; CREATE TABLE t (x BLOB)");
  writeback = inovda_writeback_new (fixture->path);
  g_assert_nonnull (writeback);
  return writeback;
}

/* Appends @n blobs of 4,000 random bytes. */
static void
add_blobs (sqlite3 *db,
           guint n)
{
  g_autofree char *sql = g_strdup_printf ("WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %u) "
                                          "INSERT INTO t SELECT randomblob (4000) FROM n",
                                          n);

  exec (db, sql);
}

static void
test_follows_growth (Fixture *fixture,
                     gconstpointer data)
{
  g_autoptr (InovdaWriteback) writeback = NULL;
  sqlite3 *db = NULL;
  gint64 before;

#ifndef __linux__
  g_test_skip ("only Linux has sync_file_range()");
  return;
#endif

  writeback = open_small_cache (fixture, &db);
  before = inovda_writeback_get_started (writeback);

  /* A little growth waits for more. */
  exec (db, "INSERT INTO t VALUES (zeroblob (100000))");
  inovda_writeback_poll (writeback);
  g_assert_cmpint (inovda_writeback_get_started (writeback), ==, before);

  /* A transaction larger than SQLite's cache spills its pages into the
   * file before the commit: their writing is started then. */
  exec (db, "BEGIN");
  add_blobs (db, 3000);
  g_assert_cmpint (file_size (fixture->path), >, before + 8 * 1024 * 1024);
  inovda_writeback_poll (writeback);
  g_assert_cmpint (inovda_writeback_get_started (writeback), ==, file_size (fixture->path));
  exec (db, "COMMIT");
  sqlite3_close (db);
}

/* Every 32 MB of growth a thread of the writeback syncs the file, so that
 * the commit's own sync finds little left in the disk's cache; freeing
 * the writeback waits for a sync in progress. */
static void
test_syncs_as_it_grows (Fixture *fixture,
                        gconstpointer data)
{
  g_autoptr (InovdaWriteback) writeback = NULL;
  sqlite3 *db = NULL;
  gint64 deadline;

#ifndef __linux__
  g_test_skip ("only Linux has sync_file_range()");
  return;
#endif

  writeback = open_small_cache (fixture, &db);

  /* 24 MB: the writing is started, no sync asked for yet. */
  exec (db, "BEGIN");
  add_blobs (db, 6000);
  inovda_writeback_poll (writeback);
  g_assert_cmpint (inovda_writeback_get_started (writeback), >, 20 * 1024 * 1024);
  g_usleep (G_USEC_PER_SEC / 20);
  g_assert_cmpuint (inovda_writeback_get_n_flushes (writeback), ==, 0);

  /* 24 MB more: a sync. */
  add_blobs (db, 6000);
  inovda_writeback_poll (writeback);
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (inovda_writeback_get_n_flushes (writeback) == 0 && g_get_monotonic_time () < deadline)
    g_usleep (G_USEC_PER_SEC / 100);
  g_assert_cmpuint (inovda_writeback_get_n_flushes (writeback), ==, 1);

  /* Asked for again and freed at once: the free waits for it. */
  add_blobs (db, 9000);
  inovda_writeback_poll (writeback);
  g_clear_pointer (&writeback, inovda_writeback_free);
  exec (db, "COMMIT");
  sqlite3_close (db);
}

/* Once SQLite closes the file, its descriptor number may name another
 * file: the writeback stops rather than touch it. */
static void
test_stops_when_descriptor_is_gone (Fixture *fixture,
                                    gconstpointer data)
{
  g_autoptr (InovdaWriteback) writeback = NULL;
  g_autofree char *other = g_build_filename (fixture->dir, "other", NULL);
  sqlite3 *db = NULL;
  int fd;

#ifndef __linux__
  g_test_skip ("only Linux has sync_file_range()");
  return;
#endif

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  exec (db, "PRAGMA journal_mode = DELETE; CREATE TABLE t (x BLOB)");
  writeback = inovda_writeback_new (fixture->path);
  g_assert_nonnull (writeback);
  sqlite3_close (db);

  fd = open (other, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 64 * 1024 * 1024), ==, 0);
  inovda_writeback_poll (writeback);
  g_assert_cmpint (inovda_writeback_get_started (writeback), ==, -1);
  close (fd);
  g_unlink (other);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/inovda/writeback/borrows-sqlite-descriptor", Fixture, NULL,
              fixture_set_up, test_borrows_sqlite_descriptor, fixture_tear_down);
  g_test_add ("/inovda/writeback/follows-growth", Fixture, NULL,
              fixture_set_up, test_follows_growth, fixture_tear_down);
  g_test_add ("/inovda/writeback/syncs-as-it-grows", Fixture, NULL,
              fixture_set_up, test_syncs_as_it_grows, fixture_tear_down);
  g_test_add ("/inovda/writeback/stops-when-descriptor-is-gone", Fixture, NULL,
              fixture_set_up, test_stops_when_descriptor_is_gone, fixture_tear_down);

  return g_test_run ();
}
