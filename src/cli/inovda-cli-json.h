/* inovda-cli-json.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A small streaming JSON writer: enough for the CLI's reports, with
 * commas placed automatically. */

typedef struct
{
  GString *out;
  GArray *first; /* per open container: no member written yet */
} InovdaJson;

void inovda_json_init (InovdaJson *json);
char *inovda_json_finish (InovdaJson *json);
void inovda_json_begin_object (InovdaJson *json,
                               const char *key);
void inovda_json_end_object (InovdaJson *json);
void inovda_json_begin_array (InovdaJson *json,
                              const char *key);
void inovda_json_end_array (InovdaJson *json);
void inovda_json_string (InovdaJson *json,
                         const char *key,
                         const char *value);
void inovda_json_int (InovdaJson *json,
                      const char *key,
                      gint64 value);
void inovda_json_bool (InovdaJson *json,
                       const char *key,
                       gboolean value);
/* An exact decimal in hundredths, written as a JSON number: 41.35 */
void inovda_json_hundredths (InovdaJson *json,
                             const char *key,
                             gint64 value);

G_END_DECLS
