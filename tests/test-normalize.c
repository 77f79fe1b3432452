/* test-normalize.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "io/inovda-catalogue-reader.h"
#include "model/inovda-decimal.h"
#include "scoring/inovda-normalize.h"

/* Chart shares from scores, checked exactly against hand-computed
 * fractions over the shipped catalogues' weights. */

#define MAX_INNOVATIONS 16

typedef struct
{
  InovdaCatalogue *catalogue;
  InovdaScoreRegion region;
  InovdaScoreInnovation innovations[MAX_INNOVATIONS];
  InovdaRegionScore score;
} Fixture;

static InovdaCatalogue *
load_catalogue (int year)
{
  g_autoptr (GError) error = NULL;
  InovdaCatalogue *catalogue = inovda_catalogue_reader_load_builtin (year, &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalogue);
  return catalogue;
}

static int
sid_index (InovdaCatalogue *catalogue,
           const char *id)
{
  int index = inovda_catalogue_indicator_index (catalogue, INOVDA_ASPECT_SID, id);

  g_assert_cmpint (index, >=, 0);
  return index;
}

static int
variable_index (InovdaCatalogue *catalogue,
                const char *id)
{
  for (guint v = 0; v < catalogue->variables->len; v++)
    if (g_str_equal (((InovdaVariable *) g_ptr_array_index (catalogue->variables, v))->id, id))
      return (int) v;
  g_assert_not_reached ();
}

/* An eligible innovation with every SID indicator at @level. */
static void
add_innovation (Fixture *f,
                const char *id,
                const char *unit,
                InovdaStatus status,
                int level)
{
  InovdaScoreInnovation *innovation = &f->innovations[f->region.n_innovations++];

  g_assert_cmpuint (f->region.n_innovations, <=, MAX_INNOVATIONS);
  inovda_score_innovation_init (innovation);
  innovation->id = id;
  innovation->name = id;
  innovation->unit_code = unit;
  innovation->status = status;
  innovation->tahapan = INOVDA_TAHAPAN_PENERAPAN;
  innovation->urusan_utama = "1.01";
  innovation->waktu_penerapan = "2024-06-01";
  innovation->rancang_bangun_words = 1000;
  for (guint k = 0; k < f->catalogue->sid->len; k++)
    innovation->level[k] = (gint8) level;
}

static void
fixture_init (Fixture *f,
              int year)
{
  memset (f, 0, sizeof *f);
  f->catalogue = load_catalogue (year);
  inovda_score_region_init (&f->region);
  f->region.code = "63";
  f->region.name = "Provinsi Uji";
  f->region.innovations = f->innovations;
}

static void
fixture_score (Fixture *f)
{
  inovda_score_region (f->catalogue, &f->region, &f->score);
}

static void
fixture_clear (Fixture *f)
{
  inovda_region_score_clear (&f->score);
  inovda_catalogue_unref (f->catalogue);
}

static void
assert_share (const InovdaShare *share,
              gint64 numerator,
              gint64 denominator,
              gint64 maximum)
{
  /* Equal fractions with equal maxima: compare cross-multiplied. */
  g_assert_cmpint (share->maximum, ==, maximum);
  g_assert_cmpint (share->numerator * denominator, ==, numerator * share->denominator);
}

static void
test_share_arithmetic (void)
{
  InovdaShare two_thirds = { 600, 1, 900 };
  InovdaShare eighth = { 100, 8, 100 };
  InovdaShare mean = { 500, 3, 900 };
  InovdaShare over = { 1000, 1, 900 };
  InovdaShare none = { 0, 1, 0 };

  g_assert_cmpint (inovda_share_percent (&two_thirds), ==, 6667);
  g_assert_cmpint (inovda_share_level (&two_thirds), ==, 200);
  g_assert_cmpint (inovda_share_score (&two_thirds), ==, 600);
  g_assert_cmpint (inovda_share_percent (&eighth), ==, 1250);
  g_assert_cmpint (inovda_share_score (&eighth), ==, 13);
  g_assert_cmpint (inovda_share_percent (&mean), ==, 1852);
  g_assert_cmpint (inovda_share_score (&mean), ==, 167);
  g_assert_cmpfloat_with_epsilon (inovda_share_to_fraction (&two_thirds), 2.0 / 3.0, 1e-12);
  g_assert_cmpfloat (inovda_share_to_fraction (&over), ==, 1.0);
  g_assert_false (inovda_share_applies (&none));
  g_assert_cmpfloat (inovda_share_to_fraction (&none), ==, 0.0);
  g_assert_cmpint (inovda_share_percent (&none), ==, 0);
}

static void
test_innovation_indicators (void)
{
  Fixture f;
  InovdaShare shares[INOVDA_MAX_INDICATORS];
  InovdaScope scope = { INOVDA_SCOPE_INNOVATION, NULL, 0 };
  int regulasi;
  int video;
  guint n;

  fixture_init (&f, 2026);
  add_innovation (&f, "A", "DISDIK", INOVDA_STATUS_DRAF, 2);
  regulasi = sid_index (f.catalogue, "16");
  video = sid_index (f.catalogue, "35");
  f.innovations[0].level[regulasi] = 3;
  f.innovations[0].level[video] = 1;
  fixture_score (&f);

  /* One innovation is shown even when it does not count (a draf). */
  n = inovda_normalize_indicators (f.catalogue, &f.region, &f.score.klaim, INOVDA_PROJECTION_KLAIM, &scope, shares);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (f.catalogue->sid->len, ==, 20);
  assert_share (&shares[regulasi], 900, 1, 900); /* bobot 3 × level 3 of 9 */
  assert_share (&shares[video], 400, 1, 1200);   /* bobot 4 × level 1 of 12 */
  assert_share (&shares[sid_index (f.catalogue, "17")], 400, 1, 600);
  g_assert_cmpint (inovda_share_percent (&shares[video]), ==, 3333);
  g_assert_cmpint (inovda_share_level (&shares[video]), ==, 100);
  g_assert_cmpfloat (inovda_share_to_fraction (&shares[regulasi]), ==, 1.0);

  /* Verifikasi: nothing verified reads as 0, a verified level as itself. */
  f.innovations[0].verified_level[regulasi] = 1;
  n = inovda_normalize_indicators (f.catalogue, &f.region, &f.score.verifikasi, INOVDA_PROJECTION_VERIFIKASI, &scope, shares);
  g_assert_cmpuint (n, ==, 1);
  assert_share (&shares[regulasi], 300, 1, 900);
  assert_share (&shares[video], 0, 1, 1200);
  fixture_clear (&f);
}

static void
test_unit_and_region_means (void)
{
  Fixture f;
  InovdaShare shares[INOVDA_MAX_INDICATORS];
  InovdaScope unit = { INOVDA_SCOPE_UNIT, "DISDIK", 0 };
  InovdaScope region = { INOVDA_SCOPE_REGION, NULL, 0 };
  int regulasi;
  guint n;

  fixture_init (&f, 2026);
  add_innovation (&f, "A", "DISDIK", INOVDA_STATUS_DIKIRIM, 3);
  add_innovation (&f, "B", "DISDIK", INOVDA_STATUS_DIKIRIM, 1);
  add_innovation (&f, "C", "DISDIK", INOVDA_STATUS_DRAF, 3); /* not counted */
  add_innovation (&f, "D", "DINKES", INOVDA_STATUS_SIAP_KIRIM, 2);
  regulasi = sid_index (f.catalogue, "16");
  fixture_score (&f);
  g_assert_cmpuint (f.score.klaim.counted, ==, 3);

  n = inovda_normalize_indicators (f.catalogue, &f.region, &f.score.klaim, INOVDA_PROJECTION_KLAIM, &unit, shares);
  g_assert_cmpuint (n, ==, 2);
  assert_share (&shares[regulasi], 900 + 300, 2, 900); /* mean level 2 of 3 */
  g_assert_cmpint (inovda_share_percent (&shares[regulasi]), ==, 6667);
  g_assert_cmpint (inovda_share_level (&shares[regulasi]), ==, 200);

  n = inovda_normalize_indicators (f.catalogue, &f.region, &f.score.klaim, INOVDA_PROJECTION_KLAIM, &region, shares);
  g_assert_cmpuint (n, ==, 3);
  assert_share (&shares[regulasi], 900 + 300 + 600, 3, 900);
  g_assert_cmpint (inovda_share_score (&shares[regulasi]), ==, 600);

  /* Nothing verified: no innovation counts, every share is 0 of its maximum. */
  n = inovda_normalize_indicators (f.catalogue, &f.region, &f.score.verifikasi, INOVDA_PROJECTION_VERIFIKASI, &region, shares);
  g_assert_cmpuint (n, ==, 0);
  assert_share (&shares[regulasi], 0, 1, 900);
  g_assert_cmpint (shares[regulasi].denominator, ==, 1);
  fixture_clear (&f);
}

/* §7.2 and §7.3 of the methodology: the 2026 maxima per variable. */
static void
test_variable_maxima (void)
{
  static const struct
  {
    const char *id;
    gint64 maximum;
  } expected[] = {
    { "institusi", 4050 },
    { "sdm", 1050 },
    { "ekosistem", 1200 },
    { "infrastruktur", 3000 },
    { "output", 1200 },
    { "kecepatan", 2100 },
    { "kecanggihan", 2100 },
    { "hasil-kreatif", 2700 + 7600 }, /* indicators 33–35, plus Skor Jumlah Inovasi */
  };
  Fixture f;
  InovdaShare shares[INOVDA_MAX_INDICATORS];
  InovdaScope region = { INOVDA_SCOPE_REGION, NULL, 0 };
  gint64 sum = 0;

  fixture_init (&f, 2026);
  add_innovation (&f, "A", "DISDIK", INOVDA_STATUS_DIKIRIM, 1);
  fixture_score (&f);
  inovda_normalize_variables (f.catalogue, &f.region, &f.score.klaim, INOVDA_PROJECTION_KLAIM, &region, shares);

  g_assert_cmpuint (f.catalogue->variables->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      int v = variable_index (f.catalogue, expected[i].id);

      g_assert_cmpint (shares[v].maximum, ==, expected[i].maximum);
      sum += shares[v].maximum;
    }
  /* The eight axes partition the index. */
  g_assert_cmpint (sum, ==, f.catalogue->max_total);
  g_assert_cmpint (inovda_normalize_jumlah_variable (f.catalogue), ==, variable_index (f.catalogue, "hasil-kreatif"));
  fixture_clear (&f);
}

/* With n at the divisor floor, the eight variable scores add up to the
 * engine's exact total, Skor Jumlah Inovasi included. */
static void
test_variables_add_up_to_total (void)
{
  static const char *const units[] = { "DISDIK", "DINKES", "BAPPEDA" };
  Fixture f;
  InovdaShare shares[INOVDA_MAX_INDICATORS];
  InovdaScope region = { INOVDA_SCOPE_REGION, NULL, 0 };
  const InovdaProjectionResult *klaim;
  gint64 numerators = 0;
  int hasil;

  /* 2025: divisor floor 12, no yandas rule, jumlah 0.38 per innovation. */
  fixture_init (&f, 2025);
  for (guint i = 0; i < 12; i++)
    {
      add_innovation (&f, "X", units[i % 3], INOVDA_STATUS_DIKIRIM, 1 + (int) (i % 3));
      f.innovations[i].level[i % f.catalogue->sid->len] = 3;
    }
  for (guint k = 0; k < f.catalogue->spd->len; k++)
    f.region.spd_level[k] = (gint8) (k % 4);
  fixture_score (&f);
  klaim = &f.score.klaim;
  g_assert_cmpuint (klaim->counted, ==, 12);
  g_assert_cmpuint (klaim->divisor, ==, 12);
  g_assert_cmpint (klaim->jumlah, ==, 12 * 38);

  inovda_normalize_variables (f.catalogue, &f.region, klaim, INOVDA_PROJECTION_KLAIM, &region, shares);
  for (guint v = 0; v < f.catalogue->variables->len; v++)
    {
      g_assert_cmpint (shares[v].denominator, ==, 12);
      numerators += shares[v].numerator;
    }
  /* total = (SPD + jumlah) + Σ kematangan / 12, as a fraction over 12 */
  g_assert_cmpint (numerators, ==, (klaim->spd + klaim->jumlah) * 12 + klaim->kematangan_sum);
  g_assert_cmpint (inovda_decimal_div_half_up (numerators, 12), ==, klaim->total);

  /* Jumlah goes wholly into Jumlah Inovasi dan Hasil Kreatif. */
  hasil = variable_index (f.catalogue, "hasil-kreatif");
  {
    InovdaShare indicators[INOVDA_MAX_INDICATORS];
    gint64 hk = 0;

    inovda_normalize_indicators (f.catalogue, &f.region, klaim, INOVDA_PROJECTION_KLAIM, &region, indicators);
    for (const char *const *id = (const char *const[]){ "33", "34", "35", NULL }; *id != NULL; id++)
      hk += indicators[sid_index (f.catalogue, *id)].numerator;
    g_assert_cmpint (shares[hasil].numerator, ==, hk + klaim->jumlah * 12);
  }
  fixture_clear (&f);
}

static void
test_unit_variables (void)
{
  Fixture f;
  InovdaShare shares[INOVDA_MAX_INDICATORS];
  InovdaScope unit = { INOVDA_SCOPE_UNIT, "DISDIK", 0 };
  int institusi;
  int hasil;
  int infrastruktur;

  fixture_init (&f, 2025);
  add_innovation (&f, "A", "DISDIK", INOVDA_STATUS_DIKIRIM, 3);
  add_innovation (&f, "B", "DINKES", INOVDA_STATUS_DIKIRIM, 1);
  for (guint k = 0; k < f.catalogue->spd->len; k++)
    f.region.spd_level[k] = 3;
  fixture_score (&f);
  g_assert_cmpint (f.score.klaim.jumlah, >, 0);

  inovda_normalize_variables (f.catalogue, &f.region, &f.score.klaim, INOVDA_PROJECTION_KLAIM, &unit, shares);
  institusi = variable_index (f.catalogue, "institusi");
  hasil = variable_index (f.catalogue, "hasil-kreatif");
  infrastruktur = variable_index (f.catalogue, "infrastruktur");
  /* The SPD belongs to the region, and the jumlah too. */
  g_assert_false (inovda_share_applies (&shares[institusi]));
  assert_share (&shares[hasil], 2700, 1, 2700);
  assert_share (&shares[infrastruktur], 3000, 1, 3000);
  fixture_clear (&f);
}

static void
test_spd_rows (void)
{
  Fixture f;
  InovdaShare shares[INOVDA_MAX_INDICATORS];
  int opini;
  int pengangguran;

  fixture_init (&f, 2026);
  opini = inovda_catalogue_indicator_index (f.catalogue, INOVDA_ASPECT_SPD, "8");
  pengangguran = inovda_catalogue_indicator_index (f.catalogue, INOVDA_ASPECT_SPD, "5a");
  f.region.spd_level[opini] = 2;
  f.region.spd_level[pengangguran] = 3;
  f.region.spd_verified_level[opini] = 1;

  inovda_normalize_spd (f.catalogue, &f.region, INOVDA_PROJECTION_KLAIM, shares);
  assert_share (&shares[opini], 300, 1, 450);        /* bobot 1.5 × 2 of 4.5 */
  assert_share (&shares[pengangguran], 225, 1, 225); /* bobot 0.75 × 3 */
  g_assert_cmpint (inovda_share_percent (&shares[opini]), ==, 6667);

  inovda_normalize_spd (f.catalogue, &f.region, INOVDA_PROJECTION_VERIFIKASI, shares);
  assert_share (&shares[opini], 150, 1, 450);
  assert_share (&shares[pengangguran], 0, 1, 225); /* unverified */
  fixture_clear (&f);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/inovda/normalize/share-arithmetic", test_share_arithmetic);
  g_test_add_func ("/inovda/normalize/innovation-indicators", test_innovation_indicators);
  g_test_add_func ("/inovda/normalize/unit-and-region-means", test_unit_and_region_means);
  g_test_add_func ("/inovda/normalize/variable-maxima", test_variable_maxima);
  g_test_add_func ("/inovda/normalize/variables-add-up-to-total", test_variables_add_up_to_total);
  g_test_add_func ("/inovda/normalize/unit-variables", test_unit_variables);
  g_test_add_func ("/inovda/normalize/spd-rows", test_spd_rows);

  return g_test_run ();
}
