/* inovda-portfolio-profile.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-portfolio"

#include "config.h"

#include <glib/gi18n.h>

#include "inovda-error.h"
#include "inovda-portfolio-private.h"

/* Regions, perangkat daerah and innovation profiles. */

static gboolean
check_text (const char *value,
            const char *what,
            GError **error)
{
  if (value == NULL || *value == '\0' || !g_utf8_validate (value, -1, NULL))
    {
      /* Translators: %s names a field, such as "Region name" */
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID, _ ("%s must not be empty"), what);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_region_code (const char *code,
                   GError **error)
{
  gboolean ok = code != NULL && g_ascii_isdigit (code[0]);

  for (const char *p = code; ok && *p != '\0'; p++)
    ok = g_ascii_isdigit (*p) || (*p == '.' && g_ascii_isdigit (p[1]));
  if (!ok)
    g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                 _ ("“%s” is not a kode wilayah such as 63 or 63.01"), code ? code : "");
  return ok;
}

gboolean
_inovda_portfolio_region_exists (InovdaPortfolio *self,
                                 const char *code)
{
  sqlite3_stmt *stmt = _inovda_portfolio_prepare (self, "SELECT 1 FROM region WHERE code = ?1", NULL);
  gboolean exists;

  if (stmt == NULL)
    return FALSE;
  _inovda_bind_text (stmt, 1, code);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return exists;
}

/* Sets a NOT_FOUND error naming @code when the region is not there. */
gboolean
_inovda_portfolio_require_region (InovdaPortfolio *self,
                                  const char *code,
                                  GError **error)
{
  if (_inovda_portfolio_region_exists (self, code))
    return TRUE;
  g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND,
               _ ("There is no region %s in the portfolio"), code ? code : "");
  return FALSE;
}

/* ---------------------------------------------------------------------- */
/* Regions                                                                */

gboolean
inovda_portfolio_add_region (InovdaPortfolio *self,
                             const char *code,
                             const char *name,
                             InovdaRegionLevel level,
                             GError **error)
{
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  if (!check_region_code (code, error) || !check_text (name, _ ("Region name"), error))
    return FALSE;
  if (_inovda_portfolio_region_exists (self, code))
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                   _ ("The region %s is already in the portfolio"), code);
      return FALSE;
    }

  /* Translators: an undo label; %s is a region name */
  label = g_strdup_printf (_ ("Add region %s"), name);
  if (!_inovda_portfolio_edit_begin (self, label, error))
    return FALSE;
  stmt = _inovda_portfolio_prepare (self, "INSERT INTO region (code, name, level) VALUES (?1, ?2, ?3)", error);
  ok = stmt != NULL;
  if (ok)
    {
      _inovda_bind_text (stmt, 1, code);
      _inovda_bind_text (stmt, 2, name);
      _inovda_bind_text (stmt, 3, inovda_region_level_to_code (level));
      ok = _inovda_portfolio_step_done (self, stmt, error);
    }
  return _inovda_portfolio_edit_end (self, ok, error) && ok;
}

gboolean
inovda_portfolio_delete_region (InovdaPortfolio *self,
                                const char *code,
                                GError **error)
{
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  if (!_inovda_portfolio_require_region (self, code, error))
    return FALSE;

  /* Translators: an undo label; %s is a kode wilayah */
  label = g_strdup_printf (_ ("Remove region %s"), code);
  if (!_inovda_portfolio_edit_begin (self, label, error))
    return FALSE;
  stmt = _inovda_portfolio_prepare (self, "DELETE FROM region WHERE code = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      _inovda_bind_text (stmt, 1, code);
      ok = _inovda_portfolio_step_done (self, stmt, error);
    }
  return _inovda_portfolio_edit_end (self, ok, error) && ok;
}

static InovdaRegion *
region_from_row (sqlite3_stmt *stmt)
{
  int level = inovda_region_level_from_code ((const char *) sqlite3_column_text (stmt, 2));

  return inovda_region_new ((const char *) sqlite3_column_text (stmt, 0),
                            (const char *) sqlite3_column_text (stmt, 1),
                            level < 0 ? INOVDA_REGION_KABUPATEN : level);
}

/**
 * inovda_portfolio_list_regions:
 *
 * Returns: (transfer full): a #GListModel of #InovdaRegion, by code
 */
GListModel *
inovda_portfolio_list_regions (InovdaPortfolio *self,
                               GError **error)
{
  g_autoptr (GListStore) store = g_list_store_new (INOVDA_TYPE_REGION);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);

  /* A province sorts before its kabupaten/kota: "63" < "63.01". */
  stmt = _inovda_portfolio_prepare (self, "SELECT code, name, level FROM region ORDER BY code", error);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr (InovdaRegion) region = region_from_row (stmt);
      g_list_store_append (store, region);
    }
  sqlite3_reset (stmt);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

InovdaRegion *
inovda_portfolio_get_region (InovdaPortfolio *self,
                             const char *code,
                             GError **error)
{
  sqlite3_stmt *stmt;
  InovdaRegion *region = NULL;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);

  stmt = _inovda_portfolio_prepare (self, "SELECT code, name, level FROM region WHERE code = ?1", error);
  if (stmt == NULL)
    return NULL;
  _inovda_bind_text (stmt, 1, code);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    region = region_from_row (stmt);
  sqlite3_reset (stmt);
  if (region == NULL)
    g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND,
                 _ ("There is no region %s in the portfolio"), code ? code : "");
  return region;
}

/* ---------------------------------------------------------------------- */
/* Perangkat daerah                                                       */

gint64
inovda_portfolio_add_unit (InovdaPortfolio *self,
                           const char *region_code,
                           const char *code,
                           const char *name,
                           const char *short_name,
                           GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), 0);

  if (!check_text (code, _ ("Unit code"), error) || !check_text (name, _ ("Unit name"), error))
    return 0;
  if (!_inovda_portfolio_require_region (self, region_code, error))
    return 0;

  /* Translators: an undo label; %s is the name of a regional agency */
  label = g_strdup_printf (_ ("Add %s"), name);
  if (!_inovda_portfolio_edit_begin (self, label, error))
    return 0;
  stmt = _inovda_portfolio_prepare (self,
                                    "INSERT INTO unit (region_code, code, name, short_name) VALUES (?1, ?2, ?3, ?4)",
                                    error);
  ok = stmt != NULL;
  if (ok)
    {
      _inovda_bind_text (stmt, 1, region_code);
      _inovda_bind_text (stmt, 2, code);
      _inovda_bind_text (stmt, 3, name);
      _inovda_bind_text (stmt, 4, short_name != NULL && *short_name != '\0' ? short_name : NULL);
      ok = _inovda_portfolio_step_done (self, stmt, &local_error);
      if (!ok && g_error_matches (local_error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_CONSTRAINT))
        g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                     _ ("The region %s already has a unit with the code %s"), region_code, code);
      else if (!ok)
        g_propagate_error (error, g_steal_pointer (&local_error));
      id = sqlite3_last_insert_rowid (self->db);
    }
  if (!(_inovda_portfolio_edit_end (self, ok, error) && ok))
    return 0;
  return id;
}

/* The name of the unit @id, for an undo label; %NULL, with @error set,
 * when there is no such unit. */
static char *
unit_name (InovdaPortfolio *self,
           gint64 id,
           GError **error)
{
  sqlite3_stmt *stmt = _inovda_portfolio_prepare (self, "SELECT name FROM unit WHERE id = ?1", error);
  char *name = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (name == NULL)
    g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND, _ ("The unit no longer exists"));
  return name;
}

gboolean
inovda_portfolio_rename_unit (InovdaPortfolio *self,
                              gint64 unit_id,
                              const char *name,
                              const char *short_name,
                              GError **error)
{
  g_autofree char *old_name = NULL;
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  if (!check_text (name, _ ("Unit name"), error))
    return FALSE;
  old_name = unit_name (self, unit_id, error);
  if (old_name == NULL)
    return FALSE;
  /* Translators: an undo label; %s is the name a regional agency had */
  label = g_strdup_printf (_ ("Rename %s"), old_name);
  if (!_inovda_portfolio_edit_begin (self, label, error))
    return FALSE;
  stmt = _inovda_portfolio_prepare (self, "UPDATE unit SET name = ?2, short_name = ?3 WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, unit_id);
      _inovda_bind_text (stmt, 2, name);
      _inovda_bind_text (stmt, 3, short_name != NULL && *short_name != '\0' ? short_name : NULL);
      ok = _inovda_portfolio_step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND, _ ("The unit no longer exists"));
      ok = FALSE;
    }
  return _inovda_portfolio_edit_end (self, ok, error) && ok;
}

gboolean
inovda_portfolio_merge_units (InovdaPortfolio *self,
                              gint64 from_unit,
                              gint64 into_unit,
                              GError **error)
{
  g_autofree char *from_name = NULL;
  g_autofree char *into_name = NULL;
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  if (from_unit == into_unit)
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID, _ ("A unit cannot be merged into itself"));
      return FALSE;
    }

  from_name = unit_name (self, from_unit, error);
  if (from_name == NULL)
    return FALSE;
  into_name = unit_name (self, into_unit, error);
  if (into_name == NULL)
    return FALSE;
  /* Translators: an undo label; the merged regional agency, then the
   * agency it is merged into */
  label = g_strdup_printf (_ ("Merge %s into %s"), from_name, into_name);
  if (!_inovda_portfolio_edit_begin (self, label, error))
    return FALSE;
  stmt = _inovda_portfolio_prepare (self,
                                    "UPDATE innovation SET unit_id = ?2 WHERE unit_id = ?1 "
                                    "AND (SELECT region_code FROM unit WHERE id = ?1) = "
                                    "(SELECT region_code FROM unit WHERE id = ?2)",
                                    error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, from_unit);
      sqlite3_bind_int64 (stmt, 2, into_unit);
      ok = _inovda_portfolio_step_done (self, stmt, error);
    }
  if (ok)
    {
      stmt = _inovda_portfolio_prepare (self,
                                        "DELETE FROM unit WHERE id = ?1 AND NOT EXISTS "
                                        "(SELECT 1 FROM innovation WHERE unit_id = ?1)",
                                        error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, from_unit);
          ok = _inovda_portfolio_step_done (self, stmt, error);
        }
      if (ok && sqlite3_changes (self->db) == 0)
        {
          g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                       _ ("Only units of the same region can be merged"));
          ok = FALSE;
        }
    }
  return _inovda_portfolio_edit_end (self, ok, error) && ok;
}

static InovdaUnit *
unit_from_row (sqlite3_stmt *stmt)
{
  InovdaUnit *unit = inovda_unit_new (sqlite3_column_int64 (stmt, 0),
                                      (const char *) sqlite3_column_text (stmt, 1),
                                      (const char *) sqlite3_column_text (stmt, 2),
                                      (const char *) sqlite3_column_text (stmt, 3),
                                      (const char *) sqlite3_column_text (stmt, 4));

  inovda_unit_set_n_innovations (unit, (guint) sqlite3_column_int (stmt, 5));
  return unit;
}

/**
 * inovda_portfolio_list_units:
 *
 * Returns: (transfer full): a #GListModel of #InovdaUnit, by name
 */
GListModel *
inovda_portfolio_list_units (InovdaPortfolio *self,
                             const char *region_code,
                             int year,
                             GError **error)
{
  g_autoptr (GListStore) store = g_list_store_new (INOVDA_TYPE_UNIT);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);

  /* CROSS JOIN keeps the unit's innovations outside: with the status
   * condition SQLite otherwise read every assessment of the year for each
   * unit (0.41 s for one region of the national portfolio). */
  stmt = _inovda_portfolio_prepare (self,
                                    "SELECT u.id, u.region_code, u.code, u.name, u.short_name, "
                                    "  (SELECT count(*) FROM innovation i CROSS JOIN assessment a ON a.innovation_id = i.id "
                                    "   WHERE i.unit_id = u.id AND a.year = ?2 AND a.status <> 'draf') "
                                    "FROM unit u WHERE u.region_code = ?1 ORDER BY u.name COLLATE NOCASE",
                                    error);
  if (stmt == NULL)
    return NULL;
  _inovda_bind_text (stmt, 1, region_code);
  sqlite3_bind_int (stmt, 2, year);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr (InovdaUnit) unit = unit_from_row (stmt);
      g_list_store_append (store, unit);
    }
  sqlite3_reset (stmt);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

InovdaUnit *
inovda_portfolio_find_unit (InovdaPortfolio *self,
                            const char *region_code,
                            const char *code,
                            GError **error)
{
  sqlite3_stmt *stmt;
  InovdaUnit *unit = NULL;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);

  stmt = _inovda_portfolio_prepare (self,
                                    "SELECT id, region_code, code, name, short_name, 0 FROM unit "
                                    "WHERE region_code = ?1 AND code = ?2",
                                    error);
  if (stmt == NULL)
    return NULL;
  _inovda_bind_text (stmt, 1, region_code);
  _inovda_bind_text (stmt, 2, code);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    unit = unit_from_row (stmt);
  sqlite3_reset (stmt);
  if (unit == NULL)
    g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND,
                 _ ("The region %s has no unit with the code %s"), region_code ? region_code : "", code ? code : "");
  return unit;
}

/* ---------------------------------------------------------------------- */
/* Innovations                                                            */

/* Lists leave the long texts out (rancang bangun, tujuan …): at national
 * size they would take most of the memory, and only the editor, which loads
 * one innovation, shows them. */
static char *
innovation_select_sql (const char *where,
                       gboolean with_long_texts)
{
  GString *sql = g_string_new ("SELECT i.id, i.uid, u.region_code, i.unit_id, u.code, u.name, a.status, "
                               "(SELECT group_concat (urusan, ' ') FROM innovation_urusan WHERE innovation_id = i.id)");

  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    {
      const InovdaFieldInfo *info = inovda_field_get_info (f);

      if (with_long_texts || info->kind != INOVDA_FIELD_KIND_LONG_TEXT)
        g_string_append_printf (sql, ", i.%s", info->code);
      else
        g_string_append (sql, ", NULL");
    }
  g_string_append (sql,
                   " FROM innovation i JOIN unit u ON u.id = i.unit_id"
                   " LEFT JOIN assessment a ON a.innovation_id = i.id AND a.year = ?1 WHERE ");
  g_string_append (sql, where);
  return g_string_free (sql, FALSE);
}

#define INNOVATION_FIRST_FIELD_COLUMN 8

static InovdaInnovation *
innovation_from_row (sqlite3_stmt *stmt)
{
  InovdaInnovation *innovation = inovda_innovation_new (sqlite3_column_int64 (stmt, 0),
                                                        (const char *) sqlite3_column_text (stmt, 1),
                                                        (const char *) sqlite3_column_text (stmt, 2),
                                                        sqlite3_column_int64 (stmt, 3));
  const char *urusan_lain = (const char *) sqlite3_column_text (stmt, 7);

  inovda_innovation_set_unit (innovation,
                              (const char *) sqlite3_column_text (stmt, 4),
                              (const char *) sqlite3_column_text (stmt, 5));
  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    inovda_innovation_set_field (innovation, f, (const char *) sqlite3_column_text (stmt, INNOVATION_FIRST_FIELD_COLUMN + f));
  if (urusan_lain != NULL)
    {
      g_auto (GStrv) codes = g_strsplit (urusan_lain, " ", -1);
      inovda_innovation_set_urusan_lain (innovation, (const char *const *) codes);
    }
  inovda_innovation_set_assessment (innovation, (const char *) sqlite3_column_text (stmt, 6), -1, -1, FALSE, NULL);
  return innovation;
}

static InovdaInnovation *
query_one_innovation (InovdaPortfolio *self,
                      const char *where,
                      gint64 id,
                      const char *uid,
                      int year,
                      GError **error)
{
  g_autofree char *sql = innovation_select_sql (where, TRUE);
  sqlite3_stmt *stmt = _inovda_portfolio_prepare (self, sql, error);
  InovdaInnovation *innovation = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  if (uid != NULL)
    _inovda_bind_text (stmt, 2, uid);
  else
    sqlite3_bind_int64 (stmt, 2, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    innovation = innovation_from_row (stmt);
  sqlite3_reset (stmt);
  if (innovation == NULL)
    g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND,
                 _ ("There is no innovation %s in the portfolio"), uid ? uid : "");
  return innovation;
}

InovdaInnovation *
inovda_portfolio_get_innovation (InovdaPortfolio *self,
                                 gint64 innovation_id,
                                 GError **error)
{
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);
  return query_one_innovation (self, "i.id = ?2", innovation_id, NULL, 0, error);
}

/**
 * inovda_portfolio_get_innovation_in_year:
 *
 * Returns: (transfer full): the innovation with every field, and with its
 *   status of @year (none when it is not assessed that year)
 */
InovdaInnovation *
inovda_portfolio_get_innovation_in_year (InovdaPortfolio *self,
                                         gint64 innovation_id,
                                         int year,
                                         GError **error)
{
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);
  return query_one_innovation (self, "i.id = ?2", innovation_id, NULL, year, error);
}

InovdaInnovation *
inovda_portfolio_find_innovation (InovdaPortfolio *self,
                                  const char *uid,
                                  GError **error)
{
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);
  return query_one_innovation (self, "i.uid = ?2", 0, uid, 0, error);
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  InovdaInnovation *x = *(InovdaInnovation **) a;
  InovdaInnovation *y = *(InovdaInnovation **) b;
  int by_name = g_ascii_strcasecmp (inovda_innovation_get_name (x), inovda_innovation_get_name (y));

  if (by_name != 0)
    return by_name;
  return (inovda_innovation_get_id (x) > inovda_innovation_get_id (y)) - (inovda_innovation_get_id (x) < inovda_innovation_get_id (y));
}

/**
 * inovda_portfolio_list_innovations:
 *
 * Returns: (transfer full): a #GListModel of #InovdaInnovation, by name
 */
GListModel *
inovda_portfolio_list_innovations (InovdaPortfolio *self,
                                   const char *region_code,
                                   int year,
                                   GError **error)
{
  g_autoptr (GListStore) store = g_list_store_new (INOVDA_TYPE_INNOVATION);
  g_autofree char *sql = innovation_select_sql (region_code != NULL ? "u.region_code = ?2" : "?2 IS NULL", FALSE);
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);

  stmt = _inovda_portfolio_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  _inovda_bind_text (stmt, 2, region_code);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (items, innovation_from_row (stmt));
  sqlite3_reset (stmt);

  /* Sorted here rather than by SQL: SQLite's sorter would hold every
   * column of every row at once, about 100 MB at national size. */
  g_ptr_array_sort (items, compare_by_name);
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

InovdaInnovation *
inovda_portfolio_add_innovation (InovdaPortfolio *self,
                                 const char *uid,
                                 gint64 unit_id,
                                 const char *name,
                                 GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *generated_uid = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), NULL);

  if (!check_text (name, inovda_field_get_label (INOVDA_FIELD_NAME), error))
    return NULL;
  if (uid == NULL || *uid == '\0')
    uid = generated_uid = g_uuid_string_random ();

  /* Translators: an undo label; %s is an innovation's name */
  label = g_strdup_printf (_ ("Add %s"), name);
  if (!_inovda_portfolio_edit_begin (self, label, error))
    return NULL;
  stmt = _inovda_portfolio_prepare (self,
                                    "INSERT INTO innovation (uid, unit_id, nama) "
                                    "SELECT ?1, id, ?3 FROM unit WHERE id = ?2",
                                    error);
  ok = stmt != NULL;
  if (ok)
    {
      _inovda_bind_text (stmt, 1, uid);
      sqlite3_bind_int64 (stmt, 2, unit_id);
      _inovda_bind_text (stmt, 3, name);
      ok = _inovda_portfolio_step_done (self, stmt, &local_error);
      if (!ok && g_error_matches (local_error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_CONSTRAINT))
        g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                     _ ("An innovation with the id %s already exists"), uid);
      else if (!ok)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (ok && sqlite3_changes (self->db) == 0)
        {
          g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND, _ ("The unit no longer exists"));
          ok = FALSE;
        }
      id = sqlite3_last_insert_rowid (self->db);
    }
  if (!(_inovda_portfolio_edit_end (self, ok, error) && ok))
    return NULL;
  return inovda_portfolio_get_innovation (self, id, error);
}

static gboolean
innovation_exists (InovdaPortfolio *self,
                   gint64 innovation_id)
{
  sqlite3_stmt *stmt = _inovda_portfolio_prepare (self, "SELECT 1 FROM innovation WHERE id = ?1", NULL);
  gboolean exists;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, innovation_id);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return exists;
}

#define LABEL_NAME_CHARS 40

char *
_inovda_portfolio_innovation_label (InovdaPortfolio *self,
                                    gint64 innovation_id,
                                    const char *format)
{
  sqlite3_stmt *stmt = _inovda_portfolio_prepare (self, "SELECT nama FROM innovation WHERE id = ?1", NULL);
  g_autofree char *name = NULL;

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, innovation_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  if (name == NULL)
    name = g_strdup ("?");
  if (g_utf8_strlen (name, -1) > LABEL_NAME_CHARS)
    {
      g_autofree char *start = g_utf8_substring (name, 0, LABEL_NAME_CHARS - 1);

      g_free (name);
      name = g_strconcat (g_strchomp (start), "…", NULL);
    }
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (format, name);
#pragma GCC diagnostic pop
}

gboolean
inovda_portfolio_set_field (InovdaPortfolio *self,
                            gint64 innovation_id,
                            InovdaField field,
                            const char *value,
                            GError **error)
{
  g_autofree char *normalized = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (field < INOVDA_N_FIELDS, FALSE);

  if (!inovda_field_validate (field, value, &normalized, error))
    return FALSE;

  {
    /* Translators: an undo label; %s is a field such as "Implementation date",
     * %%s the innovation's name */
    g_autofree char *format = g_strdup_printf (_ ("Change %s of “%%s”"), inovda_field_get_label (field));

    label = _inovda_portfolio_innovation_label (self, innovation_id, format);
  }
  sql = g_strdup_printf ("UPDATE innovation SET %s = ?2 WHERE id = ?1 AND %s IS NOT ?2",
                         inovda_field_get_info (field)->code, inovda_field_get_info (field)->code);
  if (!_inovda_portfolio_edit_begin (self, label, error))
    return FALSE;
  stmt = _inovda_portfolio_prepare (self, sql, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, innovation_id);
      _inovda_bind_text (stmt, 2, normalized);
      ok = _inovda_portfolio_step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (self->db) == 0 && !innovation_exists (self, innovation_id))
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND, _ ("The innovation no longer exists"));
      ok = FALSE;
    }
  return _inovda_portfolio_edit_end (self, ok, error) && ok;
}

gboolean
inovda_portfolio_set_urusan_lain (InovdaPortfolio *self,
                                  gint64 innovation_id,
                                  const char *const *codes,
                                  GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    if (inovda_urusan_lookup (codes[i]) == NULL)
      {
        g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                     _ ("“%s” is not an urusan code such as 1.01"), codes[i]);
        return FALSE;
      }

  if (!_inovda_portfolio_edit_begin (self, _ ("Change other government affairs"), error))
    return FALSE;
  stmt = _inovda_portfolio_prepare (self, "DELETE FROM innovation_urusan WHERE innovation_id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, innovation_id);
      ok = _inovda_portfolio_step_done (self, stmt, error);
    }
  for (guint i = 0; ok && codes != NULL && codes[i] != NULL; i++)
    {
      stmt = _inovda_portfolio_prepare (self, "INSERT OR IGNORE INTO innovation_urusan (innovation_id, urusan) VALUES (?1, ?2)", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, innovation_id);
          _inovda_bind_text (stmt, 2, codes[i]);
          ok = _inovda_portfolio_step_done (self, stmt, error);
        }
    }
  return _inovda_portfolio_edit_end (self, ok, error) && ok;
}

gboolean
inovda_portfolio_move_innovation (InovdaPortfolio *self,
                                  gint64 innovation_id,
                                  gint64 unit_id,
                                  GError **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  if (!_inovda_portfolio_edit_begin (self, _ ("Move innovation"), error))
    return FALSE;
  stmt = _inovda_portfolio_prepare (self, "UPDATE innovation SET unit_id = ?2 WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, innovation_id);
      sqlite3_bind_int64 (stmt, 2, unit_id);
      ok = _inovda_portfolio_step_done (self, stmt, error);
    }
  return _inovda_portfolio_edit_end (self, ok, error) && ok;
}

gboolean
inovda_portfolio_delete_innovation (InovdaPortfolio *self,
                                    gint64 innovation_id,
                                    GError **error)
{
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), FALSE);

  /* Translators: an undo label; %s is an innovation's name */
  label = _inovda_portfolio_innovation_label (self, innovation_id, _ ("Delete “%s”"));
  if (!_inovda_portfolio_edit_begin (self, label, error))
    return FALSE;
  stmt = _inovda_portfolio_prepare (self, "DELETE FROM innovation WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, innovation_id);
      ok = _inovda_portfolio_step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND, _ ("The innovation no longer exists"));
      ok = FALSE;
    }
  return _inovda_portfolio_edit_end (self, ok, error) && ok;
}

/**
 * inovda_portfolio_list_years:
 *
 * Returns: (transfer full): the years with assessments or SPD answers, ascending
 */
GArray *
inovda_portfolio_list_years (InovdaPortfolio *self)
{
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (self), years);

  stmt = _inovda_portfolio_prepare (self,
                                    "SELECT year FROM assessment UNION SELECT year FROM spd_answer ORDER BY 1",
                                    NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      g_array_append_val (years, year);
    }
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return years;
}
