/* test-undo.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "inovda-error.h"
#include "inovda-test-utils.h"
#include "storage/inovda-portfolio-bulk.h"
#include "storage/inovda-portfolio.h"

typedef struct
{
  InovdaPortfolio *portfolio;
  gint64 innovation;
  guint n_changed;
} Fixture;

static void
changed_cb (InovdaPortfolio *portfolio,
            Fixture *fixture)
{
  fixture->n_changed++;
}

static void
fixture_setup (Fixture *fixture,
               gconstpointer data)
{
  g_autofree char *path = inovda_test_temp_path ("undo.inovda");
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaInnovation) innovation = NULL;
  gint64 unit;

  fixture->portfolio = inovda_portfolio_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (inovda_portfolio_add_region (fixture->portfolio, "63", "Provinsi Kalimantan Selatan", INOVDA_REGION_PROVINSI, &error));
  unit = inovda_portfolio_add_unit (fixture->portfolio, "63", "DINKES", "Dinas Kesehatan", NULL, &error);
  innovation = inovda_portfolio_add_innovation (fixture->portfolio, "INV-1", unit, "Saliling", &error);
  g_assert_no_error (error);
  fixture->innovation = inovda_innovation_get_id (innovation);
  g_signal_connect (fixture->portfolio, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_teardown (Fixture *fixture,
                  gconstpointer data)
{
  g_assert_finalize_object (fixture->portfolio);
}

static char *
field_of (Fixture *fixture,
          InovdaField field)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaInnovation) innovation = inovda_portfolio_get_innovation (fixture->portfolio, fixture->innovation, &error);

  if (innovation == NULL)
    return NULL;
  return g_strdup (inovda_innovation_get_field (innovation, field));
}

static void
assert_field (Fixture *fixture,
              InovdaField field,
              const char *expected)
{
  g_autofree char *value = field_of (fixture, field);

  g_assert_cmpstr (value, ==, expected);
}

static void
test_field_undo_redo (Fixture *fixture,
                      gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *value = NULL;

  g_assert_true (inovda_portfolio_set_field (fixture->portfolio, fixture->innovation, INOVDA_FIELD_NAME, "Saliling Plus", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_true (inovda_portfolio_can_undo (fixture->portfolio));
  g_assert_false (inovda_portfolio_can_redo (fixture->portfolio));
  /* The label names the innovation as it was before the edit. */
  g_assert_nonnull (strstr (inovda_portfolio_get_undo_label (fixture->portfolio), "“Saliling”"));

  g_assert_true (inovda_portfolio_undo (fixture->portfolio, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 2);
  value = field_of (fixture, INOVDA_FIELD_NAME);
  g_assert_cmpstr (value, ==, "Saliling");
  g_assert_true (inovda_portfolio_can_redo (fixture->portfolio));

  g_assert_true (inovda_portfolio_redo (fixture->portfolio, &error));
  g_assert_no_error (error);
  g_free (value);
  value = field_of (fixture, INOVDA_FIELD_NAME);
  g_assert_cmpstr (value, ==, "Saliling Plus");
  g_assert_false (inovda_portfolio_can_redo (fixture->portfolio));

  /* Undo again, then a new edit: the redo step is gone. */
  g_assert_true (inovda_portfolio_undo (fixture->portfolio, &error));
  g_assert_true (inovda_portfolio_set_field (fixture->portfolio, fixture->innovation, INOVDA_FIELD_TUJUAN, "Baru", &error));
  g_assert_no_error (error);
  g_assert_false (inovda_portfolio_can_redo (fixture->portfolio));
  g_free (value);
  value = field_of (fixture, INOVDA_FIELD_NAME);
  g_assert_cmpstr (value, ==, "Saliling");
}

static void
test_delete_cascade_undo (Fixture *fixture,
                          gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) contents = g_bytes_new_static ("SK Gubernur", 11);
  g_autoptr (GPtrArray) evidence = NULL;
  g_autoptr (InovdaInnovation) back = NULL;
  int verified = 0;

  g_assert_true (inovda_portfolio_set_status (fixture->portfolio, fixture->innovation, 2026, INOVDA_STATUS_DITERIMA, &error));
  g_assert_true (inovda_portfolio_set_sid_level (fixture->portfolio, fixture->innovation, 2026, "16", 3, NULL, &error));
  g_assert_true (inovda_portfolio_set_sid_verified (fixture->portfolio, fixture->innovation, 2026, "16", 2, &error));
  g_assert_cmpint (inovda_portfolio_add_sid_evidence (fixture->portfolio, fixture->innovation, 2026, "16", contents,
                                                      "sk.pdf", "188.44/1/2025", "2025-03-01", "Penetapan", NULL, &error),
                   >, 0);
  g_assert_no_error (error);

  g_assert_true (inovda_portfolio_delete_innovation (fixture->portfolio, fixture->innovation, &error));
  g_assert_nonnull (strstr (inovda_portfolio_get_undo_label (fixture->portfolio), "“Saliling”"));
  g_assert_no_error (error);
  g_assert_null (inovda_portfolio_get_innovation (fixture->portfolio, fixture->innovation, NULL));

  g_assert_true (inovda_portfolio_undo (fixture->portfolio, &error));
  g_assert_no_error (error);
  back = inovda_portfolio_get_innovation (fixture->portfolio, fixture->innovation, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (inovda_innovation_get_name (back), ==, "Saliling");
  g_assert_cmpint (inovda_portfolio_get_sid_level (fixture->portfolio, fixture->innovation, 2026, "16", NULL, &verified), ==, 3);
  g_assert_cmpint (verified, ==, 2);
  evidence = inovda_portfolio_list_sid_evidence (fixture->portfolio, fixture->innovation, 2026, "16", &error);
  g_assert_cmpuint (evidence->len, ==, 1);
  g_assert_cmpstr (((InovdaEvidence *) g_ptr_array_index (evidence, 0))->nomor_surat, ==, "188.44/1/2025");
  g_assert_cmpuint (inovda_portfolio_count_files (fixture->portfolio), ==, 1);

  /* And the deletion can be redone. */
  g_assert_true (inovda_portfolio_redo (fixture->portfolio, &error));
  g_assert_no_error (error);
  g_assert_null (inovda_portfolio_get_innovation (fixture->portfolio, fixture->innovation, NULL));
}

static void
test_explicit_edit_is_one_step (Fixture *fixture,
                                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *tujuan = NULL;
  g_autofree char *manfaat = NULL;

  g_assert_true (inovda_portfolio_begin_edit (fixture->portfolio, "Impor", &error));
  g_assert_true (inovda_portfolio_set_field (fixture->portfolio, fixture->innovation, INOVDA_FIELD_TUJUAN, "A", &error));
  g_assert_true (inovda_portfolio_set_field (fixture->portfolio, fixture->innovation, INOVDA_FIELD_MANFAAT, "B", &error));
  /* A failing change inside the edit leaves the others in place. */
  g_assert_false (inovda_portfolio_set_field (fixture->portfolio, fixture->innovation, INOVDA_FIELD_JENIS, "analog", &error));
  g_clear_error (&error);
  g_assert_cmpuint (fixture->n_changed, ==, 0);
  g_assert_true (inovda_portfolio_commit_edit (fixture->portfolio, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_cmpstr (inovda_portfolio_get_undo_label (fixture->portfolio), ==, "Impor");

  g_assert_true (inovda_portfolio_undo (fixture->portfolio, &error));
  tujuan = field_of (fixture, INOVDA_FIELD_TUJUAN);
  manfaat = field_of (fixture, INOVDA_FIELD_MANFAAT);
  g_assert_null (tujuan);
  g_assert_null (manfaat);
}

static void
test_failed_edit_changes_nothing (Fixture *fixture,
                                  gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;

  /* Steps from the fixture's own setup are on the stack already. */
  while (inovda_portfolio_can_undo (fixture->portfolio))
    g_assert_true (inovda_portfolio_undo (fixture->portfolio, &error));
  g_assert_true (inovda_portfolio_is_empty (fixture->portfolio));
  fixture->n_changed = 0;

  g_assert_false (inovda_portfolio_undo (fixture->portfolio, &error));
  g_assert_error (error, INOVDA_STORAGE_ERROR, INOVDA_STORAGE_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);

  g_assert_false (inovda_portfolio_set_field (fixture->portfolio, fixture->innovation, INOVDA_FIELD_NAME, "x", &error));
  g_clear_error (&error);
  g_assert_false (inovda_portfolio_can_undo (fixture->portfolio));
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  /* Redo everything back. */
  while (inovda_portfolio_can_redo (fixture->portfolio))
    g_assert_true (inovda_portfolio_redo (fixture->portfolio, &error));
  g_assert_no_error (error);
  name = field_of (fixture, INOVDA_FIELD_NAME);
  g_assert_cmpstr (name, ==, "Saliling");
}

static void
test_rollback_explicit_edit (Fixture *fixture,
                             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *tujuan = NULL;
  gboolean could_undo = inovda_portfolio_can_undo (fixture->portfolio);
  const char *label = inovda_portfolio_get_undo_label (fixture->portfolio);
  g_autofree char *label_before = g_strdup (label);

  g_assert_true (inovda_portfolio_begin_edit (fixture->portfolio, "Batal", &error));
  g_assert_true (inovda_portfolio_set_field (fixture->portfolio, fixture->innovation, INOVDA_FIELD_TUJUAN, "A", &error));
  inovda_portfolio_rollback_edit (fixture->portfolio);

  tujuan = field_of (fixture, INOVDA_FIELD_TUJUAN);
  g_assert_null (tujuan);
  g_assert_cmpint (inovda_portfolio_can_undo (fixture->portfolio), ==, could_undo);
  g_assert_cmpstr (inovda_portfolio_get_undo_label (fixture->portfolio), ==, label_before);
}

/* Another program (a second window, inovda-cli) writes manfaat and hasil
 * into the same file. */
static InovdaPortfolio *
other_program_writes (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaPortfolio) other = inovda_portfolio_open (inovda_portfolio_get_path (fixture->portfolio), &error);

  g_assert_no_error (error);
  g_assert_true (inovda_portfolio_set_field (other, fixture->innovation, INOVDA_FIELD_MANFAAT, "Manfaat mereka", &error));
  g_assert_true (inovda_portfolio_set_field (other, fixture->innovation, INOVDA_FIELD_HASIL, "Hasil mereka", &error));
  g_assert_no_error (error);
  return g_steal_pointer (&other);
}

/* Another program (a second window, inovda-cli) may write the same file.
 * Undoing an edit restored every column of the row, taking away what the
 * other program had written since into the row's other fields, or into
 * the same one. */
static void
test_undo_keeps_other_writers (Fixture *fixture,
                               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaPortfolio) other = NULL;

  g_assert_true (inovda_portfolio_set_field (fixture->portfolio, fixture->innovation, INOVDA_FIELD_TUJUAN, "Tujuan kami", &error));
  g_assert_true (inovda_portfolio_set_field (fixture->portfolio, fixture->innovation, INOVDA_FIELD_HASIL, "Hasil kami", &error));
  g_assert_no_error (error);
  other = other_program_writes (fixture);

  /* Undone: our hasil, which they have changed since, stays theirs. */
  g_assert_true (inovda_portfolio_undo (fixture->portfolio, &error));
  g_assert_no_error (error);
  assert_field (fixture, INOVDA_FIELD_HASIL, "Hasil mereka");

  /* Undone: our tujuan, and nothing of theirs. */
  g_assert_true (inovda_portfolio_undo (fixture->portfolio, &error));
  g_assert_no_error (error);
  assert_field (fixture, INOVDA_FIELD_TUJUAN, NULL);
  assert_field (fixture, INOVDA_FIELD_MANFAAT, "Manfaat mereka");

  /* Redone: our tujuan again, still nothing of theirs. */
  g_assert_true (inovda_portfolio_redo (fixture->portfolio, &error));
  g_assert_no_error (error);
  assert_field (fixture, INOVDA_FIELD_TUJUAN, "Tujuan kami");
  assert_field (fixture, INOVDA_FIELD_MANFAAT, "Manfaat mereka");
}

/* The same for an import: its undo restored the rows it updated whole,
 * taking away what another program had written into them since. */
static void
test_import_undo_keeps_other_writers (Fixture *fixture,
                                      gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaPortfolio) other = NULL;
  const char *fields[INOVDA_N_FIELDS] = { NULL };
  InovdaBulkOutcome outcome;

  fields[INOVDA_FIELD_TUJUAN] = "Tujuan impor";
  fields[INOVDA_FIELD_HASIL] = "Hasil impor";
  g_assert_true (inovda_portfolio_bulk_begin (fixture->portfolio, "Impor", &error));
  g_assert_cmpint (inovda_portfolio_bulk_innovation (fixture->portfolio, fixture->innovation, NULL, 0, fields, NULL,
                                                     &outcome, NULL, &error),
                   ==, fixture->innovation);
  g_assert_no_error (error);
  g_assert_cmpint (outcome, ==, INOVDA_BULK_UPDATED);
  g_assert_true (inovda_portfolio_bulk_commit (fixture->portfolio, &error));
  g_assert_no_error (error);

  other = other_program_writes (fixture);

  /* Undone: the import's tujuan; their manfaat and their hasil stay. */
  g_assert_true (inovda_portfolio_undo (fixture->portfolio, &error));
  g_assert_no_error (error);
  assert_field (fixture, INOVDA_FIELD_TUJUAN, NULL);
  assert_field (fixture, INOVDA_FIELD_MANFAAT, "Manfaat mereka");
  assert_field (fixture, INOVDA_FIELD_HASIL, "Hasil mereka");

  /* Redone: the import's tujuan again, still nothing of theirs lost. */
  g_assert_true (inovda_portfolio_redo (fixture->portfolio, &error));
  g_assert_no_error (error);
  assert_field (fixture, INOVDA_FIELD_TUJUAN, "Tujuan impor");
  assert_field (fixture, INOVDA_FIELD_MANFAAT, "Manfaat mereka");
}

/* An import that replaces the last urusan lain of the table: SQLite gave
 * the new row the deleted row's rowid, below the range the undo deletes,
 * and the undo failed on the deleted row's INSERT. */
static void
test_import_undo_urusan_rowid_reused (Fixture *fixture,
                                      gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaInnovation) innovation = NULL;
  const char *const before[] = { "1.02", "1.03", NULL };
  const char *const after[] = { "1.02", "1.05", NULL };
  const char *fields[INOVDA_N_FIELDS] = { NULL };
  InovdaBulkOutcome outcome;
  const char *const *stored;

  g_assert_true (inovda_portfolio_set_urusan_lain (fixture->portfolio, fixture->innovation, before, &error));
  g_assert_no_error (error);

  g_assert_true (inovda_portfolio_bulk_begin (fixture->portfolio, "Impor", &error));
  g_assert_cmpint (inovda_portfolio_bulk_innovation (fixture->portfolio, fixture->innovation, NULL, 0, fields, after,
                                                     &outcome, NULL, &error),
                   ==, fixture->innovation);
  g_assert_no_error (error);
  g_assert_true (inovda_portfolio_bulk_commit (fixture->portfolio, &error));
  g_assert_no_error (error);

  g_assert_true (inovda_portfolio_undo (fixture->portfolio, &error));
  g_assert_no_error (error);
  innovation = inovda_portfolio_get_innovation (fixture->portfolio, fixture->innovation, &error);
  g_assert_no_error (error);
  stored = inovda_innovation_get_urusan_lain (innovation);
  g_assert_nonnull (stored);
  g_assert_cmpstrv (stored, before);

  g_assert_true (inovda_portfolio_redo (fixture->portfolio, &error));
  g_assert_no_error (error);
  g_clear_object (&innovation);
  innovation = inovda_portfolio_get_innovation (fixture->portfolio, fixture->innovation, &error);
  g_assert_cmpstrv (inovda_innovation_get_urusan_lain (innovation), after);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/inovda/undo/field", Fixture, NULL, fixture_setup, test_field_undo_redo, fixture_teardown);
  g_test_add ("/inovda/undo/delete-cascade", Fixture, NULL, fixture_setup, test_delete_cascade_undo, fixture_teardown);
  g_test_add ("/inovda/undo/explicit-edit", Fixture, NULL, fixture_setup, test_explicit_edit_is_one_step, fixture_teardown);
  g_test_add ("/inovda/undo/failed-edit", Fixture, NULL, fixture_setup, test_failed_edit_changes_nothing, fixture_teardown);
  g_test_add ("/inovda/undo/rollback", Fixture, NULL, fixture_setup, test_rollback_explicit_edit, fixture_teardown);
  g_test_add ("/inovda/undo/other-writers", Fixture, NULL, fixture_setup, test_undo_keeps_other_writers, fixture_teardown);
  g_test_add ("/inovda/undo/import-urusan-rowid-reused", Fixture, NULL, fixture_setup, test_import_undo_urusan_rowid_reused,
              fixture_teardown);
  g_test_add ("/inovda/undo/import-other-writers", Fixture, NULL, fixture_setup, test_import_undo_keeps_other_writers,
              fixture_teardown);

  return g_test_run ();
}
