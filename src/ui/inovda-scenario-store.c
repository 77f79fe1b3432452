/* inovda-scenario-store.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-scenario-store"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "inovda-scenario-store.h"

#define KEY_NAME "Name"
#define KEY_REGION "Region"
#define KEY_YEAR "Year"
#define KEY_CHANGES "Changes"

static char *
store_path (const char *portfolio_path)
{
  g_autofree char *checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, portfolio_path, -1);
  g_autofree char *file_name = NULL;

  checksum[16] = '\0';
  file_name = g_strdup_printf ("%s.ini", checksum);
  return g_build_filename (g_get_user_data_dir (), "inovda", "scenarios", file_name, NULL);
}

static GKeyFile *
read_store (const char *path,
            GError **error)
{
  g_autoptr (GKeyFile) key_file = g_key_file_new ();
  g_autoptr (GError) local_error = NULL;

  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &local_error) &&
      !g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&key_file);
}

static gboolean
write_store (GKeyFile *key_file,
             const char *path,
             GError **error)
{
  g_autofree char *folder = g_path_get_dirname (path);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", folder, g_strerror (saved_errno));
      return FALSE;
    }
  return g_key_file_save_to_file (key_file, path, error);
}

static gboolean
group_matches (GKeyFile *key_file,
               const char *group,
               const char *region_code,
               int year,
               const char *name)
{
  g_autofree char *region = g_key_file_get_string (key_file, group, KEY_REGION, NULL);
  g_autofree char *group_name = g_key_file_get_string (key_file, group, KEY_NAME, NULL);

  if (g_strcmp0 (region, region_code) != 0 ||
      g_key_file_get_integer (key_file, group, KEY_YEAR, NULL) != year)
    return FALSE;
  return name == NULL || g_strcmp0 (group_name, name) == 0;
}

/**
 * inovda_scenario_store_load:
 *
 * Returns: (transfer full) (element-type InovdaScenario): the scenarios
 *   saved for the region and year, in the order saved
 */
GPtrArray *
inovda_scenario_store_load (const char *portfolio_path,
                            const char *region_code,
                            int year,
                            GError **error)
{
  g_autofree char *path = NULL;
  g_autoptr (GKeyFile) key_file = NULL;
  g_autoptr (GPtrArray) scenarios = NULL;
  g_auto (GStrv) groups = NULL;

  g_return_val_if_fail (portfolio_path != NULL && region_code != NULL, NULL);

  path = store_path (portfolio_path);
  key_file = read_store (path, error);
  if (key_file == NULL)
    return NULL;

  scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) inovda_scenario_unref);
  groups = g_key_file_get_groups (key_file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      g_auto (GStrv) changes = NULL;
      InovdaScenario *scenario;

      if (!group_matches (key_file, groups[i], region_code, year, NULL))
        continue;

      name = g_key_file_get_string (key_file, groups[i], KEY_NAME, NULL);
      changes = g_key_file_get_string_list (key_file, groups[i], KEY_CHANGES, NULL, NULL);
      scenario = inovda_scenario_new (name);
      for (guint c = 0; changes != NULL && changes[c] != NULL; c++)
        {
          InovdaChange *change = inovda_change_deserialize (changes[c]);

          /* A line of a newer version is skipped, not fatal. */
          if (change != NULL)
            g_ptr_array_add (scenario->changes, change);
        }
      g_ptr_array_add (scenarios, scenario);
    }

  return g_steal_pointer (&scenarios);
}

/* Saves @scenario under its name, replacing a scenario of that name. */
gboolean
inovda_scenario_store_save (const char *portfolio_path,
                            const char *region_code,
                            int year,
                            InovdaScenario *scenario,
                            GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *group = NULL;
  g_autoptr (GKeyFile) key_file = NULL;
  g_autoptr (GPtrArray) lines = NULL;
  g_auto (GStrv) groups = NULL;

  g_return_val_if_fail (portfolio_path != NULL && region_code != NULL, FALSE);
  g_return_val_if_fail (scenario != NULL && scenario->name != NULL, FALSE);

  path = store_path (portfolio_path);
  key_file = read_store (path, error);
  if (key_file == NULL)
    return FALSE;

  groups = g_key_file_get_groups (key_file, NULL);
  for (guint i = 0; groups[i] != NULL && group == NULL; i++)
    if (group_matches (key_file, groups[i], region_code, year, scenario->name))
      group = g_strdup (groups[i]);
  for (guint n = g_strv_length (groups) + 1; group == NULL; n++)
    {
      g_autofree char *candidate = g_strdup_printf ("Scenario %u", n);

      if (!g_key_file_has_group (key_file, candidate))
        group = g_steal_pointer (&candidate);
    }

  lines = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < scenario->changes->len; i++)
    g_ptr_array_add (lines, inovda_change_serialize (g_ptr_array_index (scenario->changes, i)));

  g_key_file_remove_group (key_file, group, NULL);
  g_key_file_set_string (key_file, group, KEY_NAME, scenario->name);
  g_key_file_set_string (key_file, group, KEY_REGION, region_code);
  g_key_file_set_integer (key_file, group, KEY_YEAR, year);
  g_key_file_set_string_list (key_file, group, KEY_CHANGES,
                              (const char *const *) lines->pdata, lines->len);

  return write_store (key_file, path, error);
}

gboolean
inovda_scenario_store_delete (const char *portfolio_path,
                              const char *region_code,
                              int year,
                              const char *name,
                              GError **error)
{
  g_autofree char *path = NULL;
  g_autoptr (GKeyFile) key_file = NULL;
  g_auto (GStrv) groups = NULL;

  g_return_val_if_fail (portfolio_path != NULL && region_code != NULL && name != NULL, FALSE);

  path = store_path (portfolio_path);
  key_file = read_store (path, error);
  if (key_file == NULL)
    return FALSE;

  groups = g_key_file_get_groups (key_file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    if (group_matches (key_file, groups[i], region_code, year, name))
      g_key_file_remove_group (key_file, groups[i], NULL);

  return write_store (key_file, path, error);
}
