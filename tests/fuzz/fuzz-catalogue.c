/* fuzz-catalogue.c: the catalogue reader on any XML
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-input.h"
#include "io/inovda-catalogue-reader.h"

int
LLVMFuzzerInitialize (int *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaCatalogue) catalogue = inovda_catalogue_reader_load_bytes (bytes, "input.xml", &error);

  g_assert ((catalogue == NULL) == (error != NULL));
  if (error != NULL)
    g_assert (g_utf8_validate (error->message, -1, NULL));
  return 0;
}
