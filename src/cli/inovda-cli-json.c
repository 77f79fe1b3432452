/* inovda-cli-json.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-cli"

#include "config.h"

#include "inovda-cli-json.h"
#include "model/inovda-decimal.h"

void
inovda_json_init (InovdaJson *json)
{
  json->out = g_string_new (NULL);
  json->first = g_array_new (FALSE, FALSE, sizeof (gboolean));
}

char *
inovda_json_finish (InovdaJson *json)
{
  g_array_unref (json->first);
  g_string_append_c (json->out, '\n');
  return g_string_free (json->out, FALSE);
}

static void
append_escaped (GString *out,
                const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

static void
member (InovdaJson *json,
        const char *key)
{
  if (json->first->len > 0)
    {
      gboolean *first = &g_array_index (json->first, gboolean, json->first->len - 1);

      if (!*first)
        g_string_append_c (json->out, ',');
      *first = FALSE;
    }
  if (key != NULL)
    {
      append_escaped (json->out, key);
      g_string_append_c (json->out, ':');
    }
}

static void
open_container (InovdaJson *json,
                const char *key,
                char bracket)
{
  gboolean first = TRUE;

  member (json, key);
  g_string_append_c (json->out, bracket);
  g_array_append_val (json->first, first);
}

static void
close_container (InovdaJson *json,
                 char bracket)
{
  g_assert (json->first->len > 0);
  g_array_set_size (json->first, json->first->len - 1);
  g_string_append_c (json->out, bracket);
}

void
inovda_json_begin_object (InovdaJson *json,
                          const char *key)
{
  open_container (json, key, '{');
}

void
inovda_json_end_object (InovdaJson *json)
{
  close_container (json, '}');
}

void
inovda_json_begin_array (InovdaJson *json,
                         const char *key)
{
  open_container (json, key, '[');
}

void
inovda_json_end_array (InovdaJson *json)
{
  close_container (json, ']');
}

void
inovda_json_string (InovdaJson *json,
                    const char *key,
                    const char *value)
{
  member (json, key);
  if (value == NULL)
    g_string_append (json->out, "null");
  else
    append_escaped (json->out, value);
}

void
inovda_json_int (InovdaJson *json,
                 const char *key,
                 gint64 value)
{
  member (json, key);
  g_string_append_printf (json->out, "%" G_GINT64_FORMAT, value);
}

void
inovda_json_bool (InovdaJson *json,
                  const char *key,
                  gboolean value)
{
  member (json, key);
  g_string_append (json->out, value ? "true" : "false");
}

void
inovda_json_hundredths (InovdaJson *json,
                        const char *key,
                        gint64 value)
{
  g_autofree char *text = inovda_decimal_format (value, 2, 2, '.');

  member (json, key);
  g_string_append (json->out, text);
}
