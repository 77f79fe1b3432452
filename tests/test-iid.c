/* test-iid.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "scoring/inovda-iid.h"

#include "inovda-test-catalogues.h"

static InovdaCatalogue *
catalogue_for (int year)
{
  return year == 2023 ? catalogue_2023 () : catalogue_2026 ();
}

#define ALL0 "00000000000000000000"
#define ALL1 "11111111111111111111"
#define ALL2 "22222222222222222222"
#define ALL3 "33333333333333333333"
#define YANDAS_ALL "1.01 1.02 1.03 1.04 1.05 1.06"

/* ----------------------------------------------------------------------- */
/* Whole regions, table-driven. Every amount is in hundredths. With n = 40
 * the divisor is 40 and IID = N × 10000 / (40 × 25000) = N / 100, where
 * N = (SPD + jumlah) × divisor + Σ kematangan. */

typedef struct
{
  guint count;
  const char *levels;
  const char *urusan;
  const char *status;
} Group;

typedef struct
{
  const char *path;
  int year;
  const char *spd;
  Group groups[3];
  gint64 spd_score;
  gint64 kematangan_sum;
  guint counted;
  guint divisor;
  guint yandas_covered;
  gint64 jumlah;
  gint64 sid;
  gint64 total;
  gint64 iid;
  const char *predikat;
} RegionCase;

static const RegionCase region_cases[] = {
  /* §15.3 maximum: SPD 21 × 3 = 63; each innovation 37 × 3 = 111, Σ = 22200;
   * all 6 yandas covered, jumlah 0.38 × 200 = 76; total 63 + 111 + 76 = 250,
   * IID 100.00. */
  { "/inovda/iid/region/maximum", 2026, ALL3, { { 200, ALL3, YANDAS_ALL, NULL } }, 6300, 2220000, 200, 200, 6, 7600, 18700, 25000, 10000, "Sangat Inovatif" },
  /* 250 innovations of 37: jumlah stops at 0.38 × 200 = 76; divisor 250,
   * Σ / 250 = 37; total 37 + 76 = 113; IID = 113 / 2.5 = 45.20. */
  { "/inovda/iid/region/jumlah-cap", 2026, ALL0, { { 250, ALL1, YANDAS_ALL, NULL } }, 0, 925000, 250, 250, 6, 7600, 11300, 11300, 4520, "Inovatif" },
  /* Kematangan 80 = 37 × 2 + 3 (16 at 3) + 3 (31 at 3). D = 12: 640 / 12 =
   * 53.33; no yandas so jumlah 0; SPD 21; N = 21 × 12 + 640 = 892; total
   * 74.33; IID = 892 / 12 / 2.5 = 29.733 → 29.73. */
  { "/inovda/iid/region/divisor-floor/2026", 2026, ALL1, { { 8, "32222222222222232222", NULL, NULL } }, 2100, 64000, 8, 12, 0, 0, 5333, 7433, 2973, "Kurang Inovatif" },
  /* D = 10: 640 / 10 = 64.00, jumlah 0.38 × 8 = 3.04 (no yandas rule), sid
   * 67.04; total 21 + 67.04 = 88.04; IID = 88.04 / 2.5 = 35.216 → 35.22. */
  { "/inovda/iid/region/divisor-floor/2023", 2023, ALL1, { { 8, "32222222222222232222", NULL, NULL } }, 2100, 64000, 8, 10, 0, 304, 6704, 8804, 3522, "Inovatif" },
  /* 6 innovations of 37 cover 1.01–1.04 (4 of 6; the draf one with 1.05 is
   * not counted): jumlah 0; 222 / 12 = 18.50; IID = 18.50 / 2.5 = 7.40. */
  { "/inovda/iid/region/yandas/4-of-6", 2026, ALL0, { { 6, ALL1, "1.01 1.02 1.03 1.04 1.04 2.07", NULL }, { 1, ALL1, "1.05", "draf" } }, 0, 22200, 6, 12, 4, 0, 1850, 1850, 740, "Kurang Inovatif" },
  /* 5 of 6 covered: jumlah 0.38 × 6 = 2.28; sid 18.50 + 2.28 = 20.78;
   * IID = 20.78 / 2.5 = 8.312 → 8.31. */
  { "/inovda/iid/region/yandas/5-of-6", 2026, ALL0, { { 6, ALL1, "1.01 1.02 1.03 1.04 1.05 2.07", NULL } }, 0, 22200, 6, 12, 5, 228, 2078, 2078, 831, "Kurang Inovatif" },
  /* Band edges reached exactly. SPD 63; 40 × 37 = 1480; N = 63 × 40 + 1480 =
   * 4000 → IID 40.00 exactly, still Kurang Inovatif. */
  { "/inovda/iid/region/edge/2026/40.00", 2026, ALL3, { { 40, ALL1, NULL, NULL } }, 6300, 148000, 40, 40, 0, 0, 3700, 10000, 4000, "Kurang Inovatif" },
  /* One innovation has 20 at level 2 (38): Σ 1481, N = 4001 → 40.01, Inovatif;
   * sid 1481 / 40 = 37.025 → 37.03, total 100.025 → 100.03. */
  { "/inovda/iid/region/edge/2026/40.01", 2026, ALL3, { { 39, ALL1, NULL, NULL }, { 1, "11112111111111111111", NULL, NULL } }, 6300, 148100, 40, 40, 0, 0, 3703, 10003, 4001, "Inovatif" },
  /* SPD 63 − 1.5 (row 6 at 2) = 61.5; kematangan 111 − 1 (20) − 1 (22) − 8 (35)
   * = 101; N = 61.5 × 40 + 4040 = 6500 → 65.00, Inovatif. */
  { "/inovda/iid/region/edge/2026/65.00", 2026, "33333332333333333333", { { 40, "33332323333333333331", NULL, NULL } }, 6150, 404000, 40, 40, 0, 0, 10100, 16250, 6500, "Inovatif" },
  /* One innovation at 102 (22 back at 3): N = 6501 → 65.01, Sangat Inovatif. */
  { "/inovda/iid/region/edge/2026/65.01", 2026, "33333332333333333333", { { 39, "33332323333333333331", NULL, NULL }, { 1, "33332333333333333331", NULL, NULL } }, 6150, 404100, 40, 40, 0, 0, 10103, 16253, 6501, "Sangat Inovatif" },
  /* 2023: SPD 42 − 0.75 (5a at 1) = 41.25; kematangan 37 − 1 (20) − 3 (31) −
   * 2 (34) = 31, or 32 with 20 at 1; jumlah 0.38 × 40 = 15.20.
   * 39 × 31 + 32 = 1241; N = (41.25 + 15.20) × 40 + 1241 = 2258 + 1241 =
   * 3499 → 34.99, Kurang Inovatif. */
  { "/inovda/iid/region/edge/2023/34.99", 2023, "22222122222222222222", { { 39, "11110111111111101101", NULL, NULL }, { 1, "11111111111111101101", NULL, NULL } }, 4125, 124100, 40, 40, 0, 1520, 4623, 8748, 3499, "Kurang Inovatif" },
  /* 38 × 31 + 2 × 32 = 1242; N = 3500 → 35.00, Inovatif. */
  { "/inovda/iid/region/edge/2023/35.00", 2023, "22222122222222222222", { { 38, "11110111111111101101", NULL, NULL }, { 2, "11111111111111101101", NULL, NULL } }, 4125, 124200, 40, 40, 0, 1520, 4625, 8750, 3500, "Inovatif" },
  /* SPD 63 − 3 × 0.75 (5a, 5b, 10a at 2) = 60.75; 38 × 74 + 2 × 75 = 2962;
   * N = (60.75 + 15.20) × 40 + 2962 = 3038 + 2962 = 6000 → 60.00, Inovatif. */
  { "/inovda/iid/region/edge/2023/60.00", 2023, "33333223333233333333", { { 38, ALL2, NULL, NULL }, { 2, "22223222222222222222", NULL, NULL } }, 6075, 296200, 40, 40, 0, 1520, 8925, 15000, 6000, "Inovatif" },
  /* 37 × 74 + 3 × 75 = 2963; N = 6001 → 60.01, Sangat Inovatif. */
  { "/inovda/iid/region/edge/2023/60.01", 2023, "33333223333233333333", { { 37, ALL2, NULL, NULL }, { 3, "22223222222222222222", NULL, NULL } }, 6075, 296300, 40, 40, 0, 1520, 8928, 15003, 6001, "Sangat Inovatif" },
  /* An exact IID ending in 5 at the third decimal. n = 16: 15 × 37 + 38 = 593;
   * total = 63 + 593 / 16 = 100.0625; IID = 100.0625 / 2.5 = 40.025 exactly →
   * 40.03 (half-up). sid 37.0625 → 37.06, total → 100.06. */
  { "/inovda/iid/region/half-up", 2026, ALL3, { { 15, ALL1, NULL, NULL }, { 1, "11112111111111111111", NULL, NULL } }, 6300, 59300, 16, 16, 0, 0, 3706, 10006, 4003, "Inovatif" },
  /* Only draf innovations: n = 0, so IID 0, Tidak Dapat Dinilai, although the
   * SPD alone (63) would give a positive total. */
  { "/inovda/iid/region/no-innovation", 2026, ALL3, { { 3, ALL3, NULL, "draf" } }, 6300, 0, 0, 12, 0, 0, 0, 6300, 0, "Tidak Dapat Dinilai" },
};

static void
test_region_case (gconstpointer data)
{
  const RegionCase *c = data;
  g_autoptr (InovdaCatalogue) catalogue = catalogue_for (c->year);
  g_autoptr (TestRegion) test = test_region_new (c->spd);
  InovdaProjectionResult result;

  for (guint i = 0; i < G_N_ELEMENTS (c->groups) && c->groups[i].count > 0; i++)
    test_region_add (test, c->groups[i].count, c->groups[i].levels,
                     c->groups[i].urusan, c->groups[i].status);

  inovda_score_projection (catalogue, test_region_sync (test), INOVDA_PROJECTION_KLAIM, &result);

  g_assert_cmpint (result.spd, ==, c->spd_score);
  g_assert_cmpint (result.kematangan_sum, ==, c->kematangan_sum);
  g_assert_cmpuint (result.counted, ==, c->counted);
  g_assert_cmpuint (result.divisor, ==, c->divisor);
  g_assert_cmpuint (result.yandas_covered, ==, c->yandas_covered);
  g_assert_cmpint (result.jumlah, ==, c->jumlah);
  g_assert_cmpint (result.sid, ==, c->sid);
  g_assert_cmpint (result.total, ==, c->total);
  g_assert_cmpint (result.iid, ==, c->iid);
  g_assert_cmpstr (result.predikat, ==, c->predikat);
  g_assert_cmpint (result.band, ==, inovda_catalogue_band_index (catalogue, c->iid));
  g_assert_cmpuint (result.innovations->len, ==, test->innovations->len);

  inovda_projection_result_clear (&result);
  g_assert_null (result.innovations);
}

/* ----------------------------------------------------------------------- */

/* The total of the half-up case is 100.0625; in binary floating point
 * 100.0625 / 250 × 100 is 40.02499999…, which prints as 40.02 and would be
 * published one hundredth too low. The integer path must give 40.03. */
static void
test_half_up_exact (void)
{
  volatile double total = 63.0 + 59300.0 / 1600.0;
  g_autofree char *as_double = g_strdup_printf ("%.2f", total / 250.0 * 100.0);

  /* 100.0625 × 16 = 1601.00 hundredths: N = 160100, divisor 16. */
  g_assert_cmpint (inovda_iid_from_fraction (160100, 16, 25000), ==, 4003);
  g_assert_cmpint (inovda_iid_from_fraction (160099, 16, 25000), ==, 4002);
  g_test_message ("double arithmetic gives %s, the exact path 40.03", as_double);
}

typedef struct
{
  gint64 numerator;
  guint divisor;
  gint64 max_total;
  gint64 iid;
} FractionCase;

static const FractionCase fraction_cases[] = {
  /* 250 × 200 / 200 of 250 → 100.00. */
  { 5000000, 200, 25000, 10000 },
  /* Zero stays zero. */
  { 0, 12, 25000, 0 },
  /* 1 hundredth of a point over 12: 1 × 10000 / 300000 = 0.033 → 0. */
  { 1, 12, 25000, 0 },
  /* 15 × 10000 / 300000 = 0.5 → 1 (half-up). */
  { 15, 12, 25000, 1 },
  /* 14 × 10000 / 300000 = 0.467 → 0. */
  { 14, 12, 25000, 0 },
  /* A numerator whose product with 10000 would overflow int64:
   * 4e15 × 1e4 / (1e5 × 25000) = 1.6e10 exactly. */
  { G_GINT64_CONSTANT (4000000000000000), 100000, 25000, G_GINT64_CONSTANT (16000000000) },
  /* + 125000: 125000 × 1e4 / 2.5e9 = 0.5 → rounds up. */
  { G_GINT64_CONSTANT (4000000000125000), 100000, 25000, G_GINT64_CONSTANT (16000000001) },
};

static void
test_from_fraction (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (fraction_cases); i++)
    {
      const FractionCase *c = &fraction_cases[i];

      g_assert_cmpint (inovda_iid_from_fraction (c->numerator, c->divisor, c->max_total), ==, c->iid);
    }
}

/* ----------------------------------------------------------------------- */

typedef struct
{
  int year;
  gint64 iid;
  const char *predikat;
} BandCase;

static const BandCase band_cases[] = {
  /* 2023 (§4.2): 60.01–100 SI, 35.00–60.00 I, 0.01–34.99 KI, 0 TDD. */
  { 2023, 0, "Tidak Dapat Dinilai" },
  { 2023, 1, "Kurang Inovatif" },
  { 2023, 3499, "Kurang Inovatif" },
  { 2023, 3500, "Inovatif" },
  { 2023, 6000, "Inovatif" },
  { 2023, 6001, "Sangat Inovatif" },
  { 2023, 10000, "Sangat Inovatif" },
  /* 2026 (§7.1): 65.01–100 SI, 40.01–65.00 I, 0.01–40.00 KI, 0 TDD. */
  { 2026, 0, "Tidak Dapat Dinilai" },
  { 2026, 1, "Kurang Inovatif" },
  { 2026, 4000, "Kurang Inovatif" },
  { 2026, 4001, "Inovatif" },
  { 2026, 6500, "Inovatif" },
  { 2026, 6501, "Sangat Inovatif" },
  { 2026, 10000, "Sangat Inovatif" },
  /* Published classifications (§13); 2021–2024 used the 35/60 bands (§2). */
  { 2023, 6049, "Sangat Inovatif" },  /* Kab. Aceh Jaya 2022 */
  { 2023, 5171, "Inovatif" },         /* Prov. Kalimantan Selatan 2024 */
  { 2023, 2732, "Kurang Inovatif" },  /* Kab. Gorontalo 2021 */
  { 2023, 0, "Tidak Dapat Dinilai" }, /* Kab. Gorontalo Utara 2021 */
  { 2023, 6206, "Sangat Inovatif" },  /* Kab. Tegal 2021 */
  { 2023, 3876, "Inovatif" },         /* Kab. Pohuwato 2021 */
};

static void
test_bands (void)
{
  g_autoptr (InovdaCatalogue) c2023 = catalogue_2023 ();
  g_autoptr (InovdaCatalogue) c2026 = catalogue_2026 ();

  for (guint i = 0; i < G_N_ELEMENTS (band_cases); i++)
    {
      const BandCase *c = &band_cases[i];
      InovdaCatalogue *catalogue = c->year == 2023 ? c2023 : c2026;

      g_assert_cmpstr (inovda_catalogue_predikat_for (catalogue, c->iid), ==, c->predikat);
    }
}

/* §3.6: Kab. Tegal 2023, n = 129, average kematangan 52.04, implied SPD
 * 49.69, jumlah 0.38 × 129 = 49.02. N = (4969 + 4902) × 129 + 52.04 × 129 ×
 * 100 = 1273359 + 671316 = 1944675; IID = N × 10000 / (129 × 25000) =
 * 6030 exactly → 60.30, Sangat Inovatif with 2023 bands (Inovatif with 2026). */
static void
test_tegal_plausibility (void)
{
  g_autoptr (InovdaCatalogue) c2023 = catalogue_2023 ();
  g_autoptr (InovdaCatalogue) c2026 = catalogue_2026 ();
  gint64 numerator = (4969 + 38 * 129) * 129 + 5204 * 129;
  gint64 iid = inovda_iid_from_fraction (numerator, 129, c2023->max_total);

  g_assert_cmpint (numerator, ==, 1944675);
  g_assert_cmpint (iid, ==, 6030);
  g_assert_cmpstr (inovda_catalogue_predikat_for (c2023, iid), ==, "Sangat Inovatif");
  g_assert_cmpstr (inovda_catalogue_predikat_for (c2026, iid), ==, "Inovatif");
}

/* The catalogue tables add up to the published maxima: SPD 63, SID 111,
 * jumlah 76, total 250. */
static void
test_catalogue_sums (void)
{
  g_autoptr (InovdaCatalogue) catalogue = catalogue_2026 ();

  g_assert_cmpint (inovda_catalogue_max_spd (catalogue), ==, 6300);
  g_assert_cmpint (inovda_catalogue_max_kematangan (catalogue), ==, 11100);
  g_assert_cmpint (inovda_catalogue_max_jumlah (catalogue), ==, 7600);
  g_assert_cmpint (inovda_catalogue_max_spd (catalogue) +
                       inovda_catalogue_max_kematangan (catalogue) +
                       inovda_catalogue_max_jumlah (catalogue),
                   ==, catalogue->max_total);
}

/* ----------------------------------------------------------------------- */
/* Eligibility of one innovation, all levels 1 (kematangan 37) unless
 * emptied, reported as dikirim with penerapan 2024-06-01 and 300 words. */

typedef struct
{
  const char *path;
  const char *status;
  const char *penerapan;
  const char *pengembangan;
  guint words;
  const char *empty; /* SID numbers set to level 0 */
  guint ineligible;
  int first_empty; /* SID number, or -1 */
  gint64 kematangan;
} EligibilityCase;

#define BASE_DATE "2024-06-01"

static const EligibilityCase eligibility_cases[] = {
  { "/inovda/iid/eligibility/dikirim", "dikirim", BASE_DATE, NULL, 300, "", 0, -1, 3700 },
  { "/inovda/iid/eligibility/siap-kirim", "siap-kirim", BASE_DATE, NULL, 300, "", 0, -1, 3700 },
  { "/inovda/iid/eligibility/diterima", "diterima", BASE_DATE, NULL, 300, "", 0, -1, 3700 },
  { "/inovda/iid/eligibility/draf", "draf", BASE_DATE, NULL, 300, "", INOVDA_INELIGIBLE_STATUS, -1, 3700 },
  { "/inovda/iid/eligibility/ditolak", "ditolak", BASE_DATE, NULL, 300, "", INOVDA_INELIGIBLE_STATUS, -1, 3700 },
  { "/inovda/iid/eligibility/window/before", "dikirim", "2023-12-31", NULL, 300, "", INOVDA_INELIGIBLE_OUTSIDE_WINDOW, -1, 3700 },
  { "/inovda/iid/eligibility/window/after", "dikirim", "2026-01-01", NULL, 300, "", INOVDA_INELIGIBLE_OUTSIDE_WINDOW, -1, 3700 },
  { "/inovda/iid/eligibility/window/first-day", "dikirim", "2024-01-01", NULL, 300, "", 0, -1, 3700 },
  { "/inovda/iid/eligibility/window/last-day", "dikirim", "2025-12-31", NULL, 300, "", 0, -1, 3700 },
  { "/inovda/iid/eligibility/window/last-day-timestamp", "dikirim", "2025-12-31T16:00:00", NULL, 300, "", 0, -1, 3700 },
  { "/inovda/iid/eligibility/window/pengembangan-rescues", "dikirim", "2022-05-01", "2025-03-01", 300, "", 0, -1, 3700 },
  { "/inovda/iid/eligibility/window/pengembangan-outside", "dikirim", "2022-05-01", "2021-03-01", 300, "", INOVDA_INELIGIBLE_OUTSIDE_WINDOW, -1, 3700 },
  { "/inovda/iid/eligibility/window/no-date", "dikirim", NULL, NULL, 300, "", INOVDA_INELIGIBLE_NO_PENERAPAN_DATE, -1, 3700 },
  { "/inovda/iid/eligibility/window/empty-date", "dikirim", "", NULL, 300, "", INOVDA_INELIGIBLE_NO_PENERAPAN_DATE, -1, 3700 },
  { "/inovda/iid/eligibility/window/no-date-pengembangan-inside", "dikirim", NULL, "2024-02-01", 300, "", 0, -1, 3700 },
  { "/inovda/iid/eligibility/window/no-date-pengembangan-outside", "dikirim", NULL, "2023-01-01", 300, "", INOVDA_INELIGIBLE_NO_PENERAPAN_DATE, -1, 3700 },
  { "/inovda/iid/eligibility/words/299", "dikirim", BASE_DATE, NULL, 299, "", INOVDA_INELIGIBLE_RANCANG_BANGUN, -1, 3700 },
  { "/inovda/iid/eligibility/words/0", "dikirim", BASE_DATE, NULL, 0, "", INOVDA_INELIGIBLE_RANCANG_BANGUN, -1, 3700 },
  { "/inovda/iid/eligibility/words/301", "dikirim", BASE_DATE, NULL, 301, "", 0, -1, 3700 },
  /* 37 − 2 (32). */
  { "/inovda/iid/eligibility/mandatory/32", "dikirim", BASE_DATE, NULL, 300, "32", INOVDA_INELIGIBLE_MANDATORY_EMPTY, 32, 3500 },
  /* 37 − 4 (35) − 2 (17); the first in catalogue order is 17. */
  { "/inovda/iid/eligibility/mandatory/first", "dikirim", BASE_DATE, NULL, 300, "35 17", INOVDA_INELIGIBLE_MANDATORY_EMPTY, 17, 3100 },
  /* 18 is not mandatory: 37 − 2 = 35, still counted. */
  { "/inovda/iid/eligibility/mandatory/optional-empty", "dikirim", BASE_DATE, NULL, 300, "18", 0, -1, 3500 },
  /* 37 − 3 (16). */
  { "/inovda/iid/eligibility/several", "draf", "2023-02-01", NULL, 299, "16", INOVDA_INELIGIBLE_STATUS | INOVDA_INELIGIBLE_OUTSIDE_WINDOW | INOVDA_INELIGIBLE_RANCANG_BANGUN | INOVDA_INELIGIBLE_MANDATORY_EMPTY, 16, 3400 },
};

static void
test_eligibility_case (gconstpointer data)
{
  const EligibilityCase *c = data;
  g_autoptr (InovdaCatalogue) catalogue = catalogue_2026 ();
  g_autoptr (TestRegion) test = test_region_new (ALL0);
  g_auto (GStrv) empty = g_strsplit (c->empty, " ", -1);
  InovdaScoreInnovation *innovation;
  const InovdaInnovationScore *score;
  InovdaProjectionResult result;
  int first_empty = -1;

  test_region_add (test, 1, ALL1, NULL, c->status);
  innovation = test_region_get (test, 0);
  innovation->waktu_penerapan = c->penerapan;
  innovation->waktu_pengembangan = c->pengembangan;
  innovation->rancang_bangun_words = c->words;
  for (guint i = 0; empty[i] != NULL; i++)
    {
      if (*empty[i] == '\0')
        continue;
      innovation->level[inovda_catalogue_indicator_index (catalogue, INOVDA_ASPECT_SID, empty[i])] = 0;
    }
  if (c->first_empty >= 0)
    {
      g_autofree char *id = g_strdup_printf ("%d", c->first_empty);
      first_empty = inovda_catalogue_indicator_index (catalogue, INOVDA_ASPECT_SID, id);
    }

  inovda_score_projection (catalogue, test_region_sync (test), INOVDA_PROJECTION_KLAIM, &result);
  score = &g_array_index (result.innovations, InovdaInnovationScore, 0);

  g_assert_cmpuint (score->innovation_index, ==, 0);
  g_assert_cmphex (score->ineligible, ==, c->ineligible);
  g_assert_cmpint (score->first_empty_mandatory, ==, first_empty);
  g_assert_cmpint (score->kematangan, ==, c->kematangan);
  g_assert_cmpuint (result.counted, ==, c->ineligible == 0 ? 1 : 0);
  g_assert_cmpint (result.kematangan_sum, ==, c->ineligible == 0 ? c->kematangan : 0);
  inovda_projection_result_clear (&result);
}

/* Without a window in the catalogue (2023) dates do not matter. */
static void
test_eligibility_no_window (void)
{
  g_autoptr (InovdaCatalogue) catalogue = catalogue_2023 ();
  g_autoptr (TestRegion) test = test_region_new (ALL0);
  InovdaProjectionResult result;

  test_region_add (test, 2, ALL1, NULL, NULL);
  test_region_get (test, 0)->waktu_penerapan = NULL;
  test_region_get (test, 1)->waktu_penerapan = "2019-01-01";

  inovda_score_projection (catalogue, test_region_sync (test), INOVDA_PROJECTION_KLAIM, &result);
  g_assert_cmpuint (result.counted, ==, 2);
  inovda_projection_result_clear (&result);
}

/* ----------------------------------------------------------------------- */

/* Four innovations, SPD verified for rows 1–9 only:
 * A diterima: klaim all 2 except 19 at 0 (74 − 4 = 70); the verifier lowers
 *   35 from 2 to 1 (70 − 4 = 66); evidence missing on 18 (level 2, but
 *   verified at 2: no longer at risk), on 19 (level 0, not at risk) and on
 *   35 (level 2 above the 1 verified: at risk).
 * B diterima: klaim all 2 (74), nothing verified yet: verified kematangan 0,
 *   so its mandatory indicators are empty; evidence missing on 21 (level 2,
 *   at risk).
 * C dikirim: all 2 claimed and verified (74), but not accepted yet.
 * D draf: all 3, never counted.
 * Klaim: SPD 42; n = 3 (A, B, C), Σ = 70 + 74 + 74 = 218; D = 12;
 *   N = 42 × 12 + 218 = 722; sid 218 / 12 = 18.17; total 60.17;
 *   IID = 722 / 30 = 24.067 → 24.07.
 * Verifikasi: SPD rows 1–9 at 2 = 2 × 11 = 22; n = 1 (A), Σ = 66;
 *   N = 22 × 12 + 66 = 330; sid 5.50; total 27.50; IID = 330 / 30 = 11.00. */
static void
test_verifikasi (void)
{
  g_autoptr (InovdaCatalogue) catalogue = catalogue_2026 ();
  g_autoptr (TestRegion) test = test_region_new (ALL2);
  const InovdaInnovationScore *scores;
  InovdaScoreInnovation *a;
  InovdaRegionScore result;

  parse_levels (test->region.spd_verified_level, "2222222222----------");
  test_region_add (test, 1, "22202222222222222222", NULL, "diterima");
  test_region_add (test, 1, ALL2, NULL, "diterima");
  test_region_add (test, 1, ALL2, NULL, "dikirim");
  test_region_add (test, 1, ALL3, NULL, "draf");
  a = test_region_get (test, 0);
  parse_levels (a->verified_level, "22202222222222222221");
  a->evidence_missing[2] = TRUE;
  a->evidence_missing[3] = TRUE;
  a->evidence_missing[19] = TRUE;
  test_region_get (test, 1)->evidence_missing[5] = TRUE;
  /* Without evidence too, but a draft: it cannot cost anything. */
  test_region_get (test, 3)->evidence_missing[0] = TRUE;
  parse_levels (test_region_get (test, 2)->verified_level, ALL2);
  parse_levels (test_region_get (test, 3)->verified_level, ALL3);

  inovda_score_region (catalogue, test_region_sync (test), &result);

  g_assert_cmpint (result.klaim.spd, ==, 4200);
  g_assert_cmpuint (result.klaim.counted, ==, 3);
  g_assert_cmpint (result.klaim.kematangan_sum, ==, 21800);
  g_assert_cmpint (result.klaim.sid, ==, 1817);
  g_assert_cmpint (result.klaim.total, ==, 6017);
  g_assert_cmpint (result.klaim.iid, ==, 2407);
  scores = (const InovdaInnovationScore *) (gpointer) result.klaim.innovations->data;
  g_assert_cmpuint (scores[0].n_at_risk, ==, 1);
  g_assert_cmpint (scores[0].first_at_risk, ==, 19);
  g_assert_cmpuint (scores[1].n_at_risk, ==, 1);
  g_assert_cmpint (scores[1].first_at_risk, ==, 5);
  g_assert_cmphex (scores[3].ineligible, ==, INOVDA_INELIGIBLE_STATUS);
  g_assert_cmpuint (scores[3].n_at_risk, ==, 0);
  g_assert_cmpint (scores[3].first_at_risk, ==, -1);

  g_assert_cmpint (result.verifikasi.spd, ==, 2200);
  g_assert_cmpuint (result.verifikasi.counted, ==, 1);
  g_assert_cmpint (result.verifikasi.kematangan_sum, ==, 6600);
  g_assert_cmpint (result.verifikasi.sid, ==, 550);
  g_assert_cmpint (result.verifikasi.total, ==, 2750);
  g_assert_cmpint (result.verifikasi.iid, ==, 1100);
  g_assert_cmpstr (result.verifikasi.predikat, ==, "Kurang Inovatif");
  scores = (const InovdaInnovationScore *) (gpointer) result.verifikasi.innovations->data;
  g_assert_cmpint (scores[0].kematangan, ==, 6600);
  g_assert_cmphex (scores[0].ineligible, ==, 0);
  g_assert_cmpuint (scores[0].n_at_risk, ==, 0);
  g_assert_cmpint (scores[1].kematangan, ==, 0);
  g_assert_cmphex (scores[1].ineligible, ==, INOVDA_INELIGIBLE_MANDATORY_EMPTY);
  g_assert_cmpint (scores[1].first_empty_mandatory, ==, 0);
  g_assert_cmpint (scores[2].kematangan, ==, 7400);
  g_assert_cmphex (scores[2].ineligible, ==, INOVDA_INELIGIBLE_STATUS);
  g_assert_cmphex (scores[3].ineligible, ==, INOVDA_INELIGIBLE_STATUS);

  inovda_region_score_clear (&result);
  g_assert_null (result.klaim.innovations);
  g_assert_null (result.verifikasi.innovations);
}

/* The verified SPD counts unverified rows as 0 even when the claim is full:
 * n = 0 verified innovations keeps the verifikasi projection at TDD. */
static void
test_verifikasi_nothing_verified (void)
{
  g_autoptr (InovdaCatalogue) catalogue = catalogue_2026 ();
  g_autoptr (TestRegion) test = test_region_new (ALL3);
  InovdaRegionScore result;

  test_region_add (test, 12, ALL3, YANDAS_ALL, "diterima");
  inovda_score_region (catalogue, test_region_sync (test), &result);

  /* Klaim: 63 + 111 × 12 / 12 + 0.38 × 12 = 63 + 111 + 4.56 = 178.56;
   * IID = 178.56 / 2.5 = 71.424 → 71.42. */
  g_assert_cmpint (result.klaim.iid, ==, 7142);
  g_assert_cmpint (result.verifikasi.spd, ==, 0);
  g_assert_cmpuint (result.verifikasi.counted, ==, 0);
  g_assert_cmpint (result.verifikasi.iid, ==, 0);
  g_assert_cmpint (result.verifikasi.band, ==, -1);
  g_assert_cmpstr (result.verifikasi.predikat, ==, INOVDA_PREDIKAT_TIDAK_DAPAT_DINILAI);
  inovda_region_score_clear (&result);
}

/* ----------------------------------------------------------------------- */

static void
test_init (void)
{
  InovdaScoreInnovation innovation;
  InovdaScoreRegion region;

  memset (&innovation, 0x55, sizeof innovation);
  memset (&region, 0x55, sizeof region);
  inovda_score_innovation_init (&innovation);
  inovda_score_region_init (&region);

  g_assert_null (innovation.id);
  g_assert_null (innovation.urusan_utama);
  g_assert_null (innovation.waktu_penerapan);
  g_assert_cmpint (innovation.status, ==, INOVDA_STATUS_DRAF);
  g_assert_cmpuint (innovation.rancang_bangun_words, ==, 0);
  for (guint i = 0; i < INOVDA_MAX_INDICATORS; i++)
    {
      g_assert_cmpint (innovation.level[i], ==, 0);
      g_assert_cmpint (innovation.verified_level[i], ==, INOVDA_LEVEL_UNVERIFIED);
      g_assert_false (innovation.evidence_missing[i]);
      g_assert_cmpint (region.spd_level[i], ==, 0);
      g_assert_cmpint (region.spd_verified_level[i], ==, INOVDA_LEVEL_UNVERIFIED);
    }
  g_assert_null (region.innovations);
  g_assert_cmpuint (region.n_innovations, ==, 0);
}

typedef struct
{
  const char *text;
  guint words;
} WordsCase;

static const WordsCase words_cases[] = {
  { "", 0 },
  { "   \t\n ", 0 },
  { "satu", 1 },
  { "  satu  dua\ttiga\nempat  ", 4 },
  { "inovasi\xc2\xa0"
    "daerah",
    2 }, /* U+00A0 no-break space */
  { "inovasi\xe2\x80\x83"
    "daerah",
    2 }, /* U+2003 em space */
  { "inovasi\xe3\x80\x80"
    "daerah",
    2 }, /* U+3000 ideographic space */
  { "satu\xe2\x80\xa8"
    "dua\xe2\x80\xa9tiga",
    3 }, /* U+2028, U+2029 */
  { "kata\xe2\x80\x8b"
    "sambung",
    1 },                                 /* U+200B is not white space */
  { "Pelayanan Publik Terpadu—Mal", 3 }, /* an em dash joins */
  { "\xff\xfe kata", 2 },                /* invalid bytes form a word */
};

static void
test_count_words (void)
{
  g_assert_cmpuint (inovda_count_words (NULL), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (words_cases); i++)
    g_assert_cmpuint (inovda_count_words (words_cases[i].text), ==, words_cases[i].words);
}

/* Levels outside 0..3 are clamped; a negative klaim level scores nothing. */
static void
test_levels_clamped (void)
{
  g_autoptr (InovdaCatalogue) catalogue = catalogue_2026 ();
  g_autoptr (TestRegion) test = test_region_new (ALL0);
  InovdaProjectionResult result;

  test_region_add (test, 1, ALL1, NULL, NULL);
  test->region.spd_level[0] = 9;
  test_region_get (test, 0)->level[4] = 7;
  test_region_get (test, 0)->level[2] = -3;

  /* SPD 1 × 3 = 3; kematangan 37 + 1 × 2 (20 clamped to 3) − 2 (18 at 0) = 37. */
  inovda_score_projection (catalogue, test_region_sync (test), INOVDA_PROJECTION_KLAIM, &result);
  g_assert_cmpint (result.spd, ==, 300);
  g_assert_cmpint (result.kematangan_sum, ==, 3700);
  inovda_projection_result_clear (&result);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (region_cases); i++)
    g_test_add_data_func (region_cases[i].path, &region_cases[i], test_region_case);
  for (guint i = 0; i < G_N_ELEMENTS (eligibility_cases); i++)
    g_test_add_data_func (eligibility_cases[i].path, &eligibility_cases[i], test_eligibility_case);

  g_test_add_func ("/inovda/iid/half-up-exact", test_half_up_exact);
  g_test_add_func ("/inovda/iid/from-fraction", test_from_fraction);
  g_test_add_func ("/inovda/iid/bands", test_bands);
  g_test_add_func ("/inovda/iid/tegal-plausibility", test_tegal_plausibility);
  g_test_add_func ("/inovda/iid/catalogue-sums", test_catalogue_sums);
  g_test_add_func ("/inovda/iid/eligibility/no-window", test_eligibility_no_window);
  g_test_add_func ("/inovda/iid/verifikasi", test_verifikasi);
  g_test_add_func ("/inovda/iid/verifikasi/nothing-verified", test_verifikasi_nothing_verified);
  g_test_add_func ("/inovda/iid/init", test_init);
  g_test_add_func ("/inovda/iid/count-words", test_count_words);
  g_test_add_func ("/inovda/iid/levels-clamped", test_levels_clamped);

  return g_test_run ();
}
