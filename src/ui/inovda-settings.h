/* inovda-settings.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The schema id is the same in both profiles. */
#define INOVDA_SETTINGS_SCHEMA_ID "io.github.inovda.Inovda"

GSettings *inovda_settings_new (void) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
