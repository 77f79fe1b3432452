/* fuzz-spreadsheet.c: the spreadsheet reader on any file
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fuzz-input.h"
#include "io/inovda-spreadsheet.h"

static gboolean
read_row (guint row,
          const InovdaCell *cells,
          guint n_cells,
          gpointer user_data,
          GError **error)
{
  gsize *n_bytes = user_data;

  /* Every text is read to its end, so that a text without its NUL or
   * freed too early shows under AddressSanitizer. */
  for (guint i = 0; i < n_cells; i++)
    {
      g_autofree char *reference = inovda_cell_reference (row, cells[i].column);

      g_assert (i == 0 || cells[i].column > cells[i - 1].column);
      g_assert (cells[i].type != INOVDA_CELL_EMPTY);
      g_assert (g_utf8_validate (cells[i].text, -1, NULL));
      *n_bytes += strlen (cells[i].text) + strlen (reference);
    }
  return TRUE;
}

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
  const char *path = fuzz_input_write (data, size);
  g_autoptr (InovdaSpreadsheet) spreadsheet = inovda_spreadsheet_open (path, NULL);
  gsize n_bytes = 0;

  if (spreadsheet == NULL)
    return 0;

  inovda_spreadsheet_get_defined_name (spreadsheet, "InovdaTemplat");
  for (guint sheet = 0; sheet < inovda_spreadsheet_get_n_sheets (spreadsheet); sheet++)
    {
      const char *name = inovda_spreadsheet_get_sheet_name (spreadsheet, sheet);
      const InovdaCellRange *merges;
      guint n_merges = 0;

      g_assert (name != NULL && g_utf8_validate (name, -1, NULL));
      g_assert (inovda_spreadsheet_find_sheet (spreadsheet, name) >= 0);
      inovda_spreadsheet_is_sheet_hidden (spreadsheet, sheet);
      if (!inovda_spreadsheet_read_sheet (spreadsheet, sheet, read_row, &n_bytes, NULL, NULL))
        continue;
      merges = inovda_spreadsheet_get_merges (spreadsheet, sheet, &n_merges);
      for (guint i = 0; i < n_merges; i++)
        g_assert (merges[i].first_row <= merges[i].last_row && merges[i].first_column <= merges[i].last_column);
    }
  return 0;
}
