/* test-demo.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "inovda-error.h"
#include "inovda-test-utils.h"
#include "model/inovda-decimal.h"
#include "scoring/inovda-iid.h"
#include "storage/inovda-demo.h"
#include "storage/inovda-portfolio.h"

#define FICTION "[Contoh fiktif] "

static InovdaPortfolio *
new_demo (void)
{
  g_autofree char *path = inovda_test_temp_path ("demo.inovda");
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaPortfolio) portfolio = inovda_portfolio_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (inovda_portfolio_is_empty (portfolio));
  g_assert_true (inovda_demo_populate (portfolio, FALSE, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&portfolio);
}

static guint
count_regions (InovdaPortfolio *portfolio)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) regions = inovda_portfolio_list_regions (portfolio, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (regions);
}

static guint
count_reported (InovdaPortfolio *portfolio,
                const char *region,
                int year)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) list = inovda_portfolio_list_innovations (portfolio, region, year, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (list, i);

      if (inovda_innovation_get_status (innovation) != NULL)
        n++;
    }
  return n;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* Every uid of the portfolio, sorted, as one string. */
static char *
collect_uids (InovdaPortfolio *portfolio)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) list = inovda_portfolio_list_innovations (portfolio, NULL, INOVDA_DEMO_YEAR, &error);
  g_autoptr (GPtrArray) uids = g_ptr_array_new ();

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (list, i);

      g_ptr_array_add (uids, (char *) inovda_innovation_get_uid (innovation));
    }
  g_ptr_array_sort (uids, compare_strings);
  g_ptr_array_add (uids, NULL);
  return g_strjoinv (" ", (char **) uids->pdata);
}

static gint64
find_id (InovdaPortfolio *portfolio,
         const char *uid)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaInnovation) innovation = inovda_portfolio_find_innovation (portfolio, uid, &error);

  g_assert_no_error (error);
  g_assert_nonnull (innovation);
  return inovda_innovation_get_id (innovation);
}

typedef struct
{
  gint64 klaim_iid;
  gint64 verifikasi_iid;
  guint klaim_counted;
  guint verifikasi_counted;
  guint yandas_covered;
  gboolean yandas_met;
  char *predikat;
  guint ineligible; /* InovdaIneligibility flags seen, status aside */
  guint n_ineligible;
  guint n_at_risk;
} Summary;

static void
summary_clear (Summary *summary)
{
  g_free (summary->predikat);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Summary, summary_clear)

static void
score (InovdaPortfolio *portfolio,
       const char *region,
       int year,
       Summary *summary)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaCatalogue) catalogue = inovda_portfolio_get_catalogue (portfolio, year, &error);
  g_autoptr (InovdaRegionYear) data = NULL;
  g_autofree char *klaim = NULL;
  g_autofree char *verifikasi = NULL;
  InovdaRegionScore result;

  g_assert_no_error (error);
  data = inovda_portfolio_load_region_year (portfolio, catalogue, region, year, &error);
  g_assert_no_error (error);
  g_assert_nonnull (data);

  inovda_score_region (catalogue, &data->region, &result);
  summary->klaim_iid = result.klaim.iid;
  summary->verifikasi_iid = result.verifikasi.iid;
  summary->klaim_counted = result.klaim.counted;
  summary->verifikasi_counted = result.verifikasi.counted;
  summary->yandas_covered = result.klaim.yandas_covered;
  summary->yandas_met = result.klaim.yandas_met;
  summary->predikat = g_strdup (result.klaim.predikat);
  for (guint i = 0; i < result.klaim.innovations->len; i++)
    {
      const InovdaInnovationScore *one = &g_array_index (result.klaim.innovations, InovdaInnovationScore, i);
      guint reasons = one->ineligible & ~(guint) INOVDA_INELIGIBLE_STATUS;

      summary->ineligible |= reasons;
      if (reasons != 0 && !(one->ineligible & INOVDA_INELIGIBLE_STATUS))
        summary->n_ineligible++;
      summary->n_at_risk += one->n_at_risk;
    }

  klaim = inovda_decimal_format (result.klaim.iid, 2, 2, ',');
  verifikasi = inovda_decimal_format (result.verifikasi.iid, 2, 2, ',');
  g_test_message ("%s %d: klaim IID %s (%s), n %u of %u, yandas %u, jumlah %" G_GINT64_FORMAT
                  "; verifikasi IID %s (%s), n %u; %u at risk",
                  region, year, klaim, result.klaim.predikat, result.klaim.counted,
                  data->region.n_innovations, result.klaim.yandas_covered, result.klaim.jumlah,
                  verifikasi, result.verifikasi.predikat, result.verifikasi.counted, summary->n_at_risk);
  inovda_region_score_clear (&result);
}

static void
test_populate (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_demo ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) units = inovda_portfolio_list_units (portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR, &error);
  g_autoptr (GListModel) all = inovda_portfolio_list_innovations (portfolio, NULL, INOVDA_DEMO_YEAR, &error);
  g_autoptr (InovdaRegion) province = inovda_portfolio_get_region (portfolio, INOVDA_DEMO_REGION, &error);
  g_autoptr (InovdaRegion) banjarmasin = inovda_portfolio_get_region (portfolio, "63.71", &error);
  g_autoptr (GPtrArray) evidence = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint idle_units = 0;
  gint64 shared_reuse = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (count_regions (portfolio), ==, 14);
  g_assert_cmpstr (inovda_region_get_name (province), ==, "Provinsi Kalimantan Selatan");
  g_assert_cmpint (inovda_region_get_level (province), ==, INOVDA_REGION_PROVINSI);
  g_assert_cmpstr (inovda_region_get_name (banjarmasin), ==, "Kota Banjarmasin");
  g_assert_cmpint (inovda_region_get_level (banjarmasin), ==, INOVDA_REGION_KOTA);

  g_assert_cmpuint (g_list_model_get_n_items (units), >=, 40);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (units, i);

      if (inovda_unit_get_n_innovations (unit) == 0)
        idle_units++;
    }
  g_assert_cmpuint (idle_units, >=, 5);

  g_assert_cmpuint (count_reported (portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR), >=, 64);
  g_assert_cmpuint (count_reported (portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR - 1), >=, 35);
  g_assert_cmpuint (count_reported (portfolio, "63.09", INOVDA_DEMO_YEAR), >=, 3);
  g_assert_cmpuint (count_reported (portfolio, "63.71", INOVDA_DEMO_YEAR), >=, 3);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr (InovdaInnovation) listed = g_list_model_get_item (all, i);
      g_autoptr (InovdaInnovation) innovation = inovda_portfolio_get_innovation (portfolio, inovda_innovation_get_id (listed), &error);
      const char *uid = inovda_innovation_get_uid (innovation);

      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (uid, "DEMO-"));
      g_assert_false (g_hash_table_contains (seen, uid));
      g_hash_table_add (seen, (char *) uid);
      g_assert_true (g_str_has_prefix (inovda_innovation_get_field (innovation, INOVDA_FIELD_RANCANG_BANGUN), FICTION));
      g_assert_true (g_str_has_prefix (inovda_innovation_get_field (innovation, INOVDA_FIELD_TUJUAN), FICTION));
      g_assert_nonnull (inovda_innovation_get_field (innovation, INOVDA_FIELD_LATITUDE));
    }

  /* The governor's decree is stored once and attached to many innovations. */
  evidence = inovda_portfolio_list_sid_evidence (portfolio, find_id (portfolio, "DEMO-2025-012"),
                                                 INOVDA_DEMO_YEAR, "16", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evidence->len, >=, 1);
  for (guint i = 0; i < evidence->len; i++)
    {
      const InovdaEvidence *item = g_ptr_array_index (evidence, i);

      g_assert_nonnull (item->sha256);
      shared_reuse = MAX (shared_reuse, (gint64) item->reuse_count);
    }
  g_assert_cmpint (shared_reuse, >=, 10);
  g_assert_cmpuint (inovda_portfolio_count_files (portfolio), >, 100);
}

static void
test_scores (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_demo ();
  g_auto (Summary) now = {
    0,
  };
  g_auto (Summary) before = {
    0,
  };
  g_auto (Summary) tabalong = {
    0,
  };

  score (portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR, &now);
  g_assert_cmpint (now.klaim_iid, >=, 4500);
  g_assert_cmpint (now.klaim_iid, <=, 6000);
  g_assert_cmpstr (now.predikat, ==, "Inovatif");
  g_assert_cmpint (now.verifikasi_iid, <=, now.klaim_iid - 1000);
  g_assert_cmpuint (now.klaim_counted, >=, 55);
  g_assert_true (now.yandas_met);
  g_assert_cmpuint (now.yandas_covered, ==, 5);
  g_assert_cmpuint (now.n_ineligible, >=, 3);
  g_assert_cmpuint (now.ineligible & INOVDA_INELIGIBLE_OUTSIDE_WINDOW, !=, 0);
  g_assert_cmpuint (now.ineligible & INOVDA_INELIGIBLE_RANCANG_BANGUN, !=, 0);
  g_assert_cmpuint (now.ineligible & INOVDA_INELIGIBLE_MANDATORY_EMPTY, !=, 0);
  g_assert_cmpuint (now.n_at_risk, >, 0);

  /* Last year only four of the six yandas urusan were covered, short of
   * the five the Skor Jumlah Inovasi asks for from 2026. */
  score (portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR - 1, &before);
  g_assert_cmpuint (before.yandas_covered, ==, 4);
  g_assert_cmpint (before.klaim_iid, >, 0);
  g_assert_cmpint (before.klaim_iid, <, now.klaim_iid);

  score (portfolio, "63.09", INOVDA_DEMO_YEAR, &tabalong);
  g_assert_cmpint (tabalong.klaim_iid, >, 0);
}

static void
test_refuse_and_replace (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_demo ();
  g_autoptr (GError) error = NULL;
  g_autofree char *first = collect_uids (portfolio);
  g_autofree char *refused = NULL;
  g_autofree char *second = NULL;
  g_auto (Summary) before = {
    0,
  };
  g_auto (Summary) after = {
    0,
  };
  guint reported = count_reported (portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR);
  guint files = inovda_portfolio_count_files (portfolio);

  score (portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR, &before);

  g_assert_false (inovda_demo_populate (portfolio, FALSE, &error));
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  refused = collect_uids (portfolio);
  g_assert_cmpstr (refused, ==, first);
  g_assert_cmpuint (count_regions (portfolio), ==, 14);

  g_assert_true (inovda_demo_populate (portfolio, TRUE, &error));
  g_assert_no_error (error);
  second = collect_uids (portfolio);
  g_assert_cmpstr (second, ==, first);
  g_assert_cmpuint (count_regions (portfolio), ==, 14);
  g_assert_cmpuint (count_reported (portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR), ==, reported);
  g_assert_cmpuint (inovda_portfolio_count_files (portfolio), ==, files);

  score (portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR, &after);
  g_assert_cmpint (after.klaim_iid, ==, before.klaim_iid);
  g_assert_cmpint (after.verifikasi_iid, ==, before.verifikasi_iid);
}

static void
test_undo (void)
{
  g_autoptr (InovdaPortfolio) portfolio = new_demo ();
  g_autoptr (GError) error = NULL;

  g_assert_true (inovda_portfolio_can_undo (portfolio));
  g_assert_true (inovda_portfolio_undo (portfolio, &error));
  g_assert_no_error (error);
  g_assert_true (inovda_portfolio_is_empty (portfolio));
  g_assert_cmpuint (count_regions (portfolio), ==, 0);

  g_assert_true (inovda_portfolio_redo (portfolio, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_regions (portfolio), ==, 14);
  g_assert_cmpuint (count_reported (portfolio, INOVDA_DEMO_REGION, INOVDA_DEMO_YEAR), >=, 64);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/demo/populate", test_populate);
  g_test_add_func ("/demo/scores", test_scores);
  g_test_add_func ("/demo/refuse-and-replace", test_refuse_and_replace);
  g_test_add_func ("/demo/undo", test_undo);

  return g_test_run ();
}
