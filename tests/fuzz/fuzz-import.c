/* fuzz-import.c: the import pipeline on any file
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo portfolio takes every input. An input the import refuses must
 * leave the portfolio as it was; one it applies must be undone to exactly
 * what was there before.
 */

#include "config.h"

#include <string.h>

#include "../inovda-test-exchange.h"
#include "fuzz-input.h"

static InovdaPortfolio *portfolio;
static char *portfolio_path;
static char *pristine_checksum;
static char *files_folder;

int
LLVMFuzzerInitialize (int *argc,
                      char ***argv)
{
  g_autoptr (GError) error = NULL;

  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  portfolio_path = g_build_filename (fuzz_input_folder (), "demo.inovda", NULL);
  portfolio = inovda_portfolio_open (portfolio_path, &error);
  g_assert_no_error (error);
  g_assert_true (inovda_demo_populate (portfolio, FALSE, &error));
  g_assert_no_error (error);
  pristine_checksum = portfolio_checksum (portfolio_path);

  /* Evidence files the input names are looked for here; one exists. */
  files_folder = g_build_filename (fuzz_input_folder (), "bukti", NULL);
  g_mkdir_with_parents (files_folder, 0700);
  {
    g_autofree char *file = g_build_filename (files_folder, "sk.pdf", NULL);
    g_file_set_contents (file, "%PDF-1.4 demo\n", -1, &error);
    g_assert_no_error (error);
  }
  return 0;
}

static void
describe_everything (InovdaImport *import)
{
  GPtrArray *problems = inovda_import_get_problems (import);
  GPtrArray *notes = inovda_import_get_notes (import);
  GPtrArray *items = inovda_import_get_items (import);
  GPtrArray *score_changes = inovda_import_get_score_changes (import);
  const InovdaImportSubmission *submission = inovda_import_get_submission (import);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      const InovdaImportProblem *problem = g_ptr_array_index (problems, i);

      g_assert (problem->message != NULL && g_utf8_validate (problem->message, -1, NULL));
      g_assert (problem->location == NULL || g_utf8_validate (problem->location, -1, NULL));
    }
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    {
      const InovdaImportProblem *note = g_ptr_array_index (notes, i);

      g_assert (note->message != NULL && g_utf8_validate (note->message, -1, NULL));
    }
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      const InovdaImportItem *item = g_ptr_array_index (items, i);
      g_autofree char *changes = inovda_import_item_describe_changes (item);

      g_assert (item->uid != NULL && g_utf8_validate (item->uid, -1, NULL));
      g_assert (changes == NULL || g_utf8_validate (changes, -1, NULL));
      g_assert_nonnull (inovda_import_outcome_to_label (item->outcome));
    }
  for (guint i = 0; score_changes != NULL && i < score_changes->len; i++)
    {
      const InovdaImportScoreChange *change = g_ptr_array_index (score_changes, i);
      g_autofree char *before = inovda_import_score_describe (&change->klaim[0]);
      g_autofree char *after = inovda_import_score_describe (&change->klaim[1]);

      g_assert (g_utf8_validate (before, -1, NULL) && g_utf8_validate (after, -1, NULL));
    }
  if (submission != NULL)
    {
      g_autofree char *description = inovda_import_submission_describe (submission);

      g_assert (g_utf8_validate (description, -1, NULL));
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t size)
{
  const char *path = fuzz_input_write (data, size);
  g_autofree char *checksum = NULL;

  /* A dry run first (it also scores what the import would change), then
   * the import itself. */
  for (int dry_run = 1; dry_run >= 0; dry_run--)
    {
      g_autoptr (InovdaImport) import = inovda_import_new (portfolio, path);
      g_autoptr (GError) error = NULL;

      inovda_import_set_files_folder (import, files_folder);
      if (!inovda_import_run (import, dry_run, NULL, &error))
        g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));
      describe_everything (import);
      g_assert (!dry_run || !inovda_import_get_applied (import));

      /* An import that changes nothing leaves no edit to undo. */
      if (inovda_import_get_applied (import) &&
          g_strcmp0 (inovda_portfolio_get_undo_label (portfolio), "Import input") == 0)
        {
          g_assert_cmpuint (inovda_import_get_n_problems (import), ==, 0);
          g_assert_true (inovda_portfolio_undo (portfolio, &error));
          g_assert_no_error (error);
        }
    }

  checksum = portfolio_checksum (portfolio_path);
  g_assert_cmpstr (checksum, ==, pristine_checksum);
  return 0;
}
