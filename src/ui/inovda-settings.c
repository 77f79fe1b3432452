/* inovda-settings.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-settings"

#include "config.h"

#include "inovda-settings.h"

/**
 * inovda_settings_new:
 *
 * g_settings_new() aborts when the schema is not installed, as when the
 * application runs from a build folder without GSETTINGS_SCHEMA_DIR; the
 * window then simply does not remember its state.
 *
 * Returns: (transfer full) (nullable): the application's settings
 */
GSettings *
inovda_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, INOVDA_SETTINGS_SCHEMA_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("Schema %s is not installed; settings are not kept", INOVDA_SETTINGS_SCHEMA_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}
