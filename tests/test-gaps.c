/* test-gaps.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "scoring/inovda-gaps.h"

#include "inovda-test-catalogues.h"

#define ALL0 "00000000000000000000"
#define ALL1 "11111111111111111111"
#define ALL2 "22222222222222222222"
#define ALL3 "33333333333333333333"
#define YANDAS_ALL "1.01 1.02 1.03 1.04 1.05 1.06"

/* ----------------------------------------------------------------------- */

static gint64
klaim_iid (InovdaCatalogue *catalogue,
           const InovdaScoreRegion *region)
{
  InovdaProjectionResult result;
  gint64 iid;

  inovda_score_projection (catalogue, region, INOVDA_PROJECTION_KLAIM, &result);
  iid = result.iid;
  inovda_projection_result_clear (&result);
  return iid;
}

/* The methodology formula written out independently of the engine, for the
 * candidates that no concrete input can reproduce. */
static gint64
formula_iid (InovdaCatalogue *catalogue,
             gint64 spd,
             gint64 kematangan_sum,
             guint counted,
             gboolean yandas_met)
{
  guint divisor = MAX (MAX (catalogue->divisor_floor, 1), counted);
  gint64 jumlah = yandas_met ? catalogue->jumlah_factor * MIN (counted, catalogue->jumlah_cap) : 0;
  gint64 numerator = ((spd + jumlah) * divisor + kematangan_sum) * 10000;
  gint64 denominator = (gint64) divisor * catalogue->max_total;

  if (counted == 0)
    return 0;
  return (2 * numerator + denominator) / (2 * denominator);
}

static InovdaScoreInnovation *
copy_innovations (const InovdaScoreRegion *region,
                  guint extra)
{
  InovdaScoreInnovation *copy = g_new0 (InovdaScoreInnovation, region->n_innovations + extra + 1);

  if (region->n_innovations > 0)
    memcpy (copy, region->innovations, region->n_innovations * sizeof *copy);
  return copy;
}

/* Re-tags counted innovations whose urusan is not needed for the coverage
 * they already give, until @count missing yandas urusan are covered.
 * Returns FALSE when the region has too few such innovations. */
static gboolean
retag_for_yandas (InovdaScoreRegion *region,
                  const InovdaProjectionResult *base,
                  const InovdaGap *gap)
{
  static const char *const codes[INOVDA_N_YANDAS] = { "1.01", "1.02", "1.03", "1.04", "1.05", "1.06" };
  guint covering[INOVDA_N_YANDAS] = { 0 };
  guint missing[INOVDA_N_YANDAS];
  guint n_missing = 0;
  guint done = 0;

  for (guint b = 0; b < INOVDA_N_YANDAS; b++)
    if (gap->yandas_missing_mask & (1u << b))
      missing[n_missing++] = b;
  g_assert_cmpuint (n_missing, >=, gap->count);

  for (guint i = 0; i < region->n_innovations; i++)
    {
      guint bit = inovda_urusan_yandas_bit (region->innovations[i].urusan_utama);

      if (g_array_index (base->innovations, InovdaInnovationScore, i).ineligible == 0 && bit != 0)
        covering[g_bit_nth_lsf (bit, -1)]++;
    }

  for (guint i = 0; i < region->n_innovations && done < gap->count; i++)
    {
      InovdaScoreInnovation *innovation = &region->innovations[i];
      guint bit = inovda_urusan_yandas_bit (innovation->urusan_utama);

      if (g_array_index (base->innovations, InovdaInnovationScore, i).ineligible != 0)
        continue;
      if (bit != 0 && covering[g_bit_nth_lsf (bit, -1)] < 2)
        continue;
      if (bit != 0)
        covering[g_bit_nth_lsf (bit, -1)]--;
      innovation->urusan_utama = codes[missing[done++]];
    }
  return done == gap->count;
}

/* Applies @gap to a copy of @region and scores the copy in full. Returns -1
 * when the change has no concrete input (added innovations of a fractional
 * mean, or too few innovations to re-tag). */
static gint64
rescore_with_gap (InovdaCatalogue *catalogue,
                  const InovdaScoreRegion *region,
                  const InovdaProjectionResult *base,
                  const InovdaGap *gap)
{
  g_autofree InovdaScoreInnovation *innovations = copy_innovations (region, 0);
  InovdaScoreRegion changed = *region;
  InovdaScoreInnovation *innovation = NULL;

  changed.innovations = innovations;
  if (gap->innovation_index >= 0)
    innovation = &innovations[gap->innovation_index];

  switch (gap->kind)
    {
    case INOVDA_GAP_RAISE_SID:
      g_assert_cmpint (innovation->level[gap->indicator_index], ==, gap->from_level);
      innovation->level[gap->indicator_index] = (gint8) gap->to_level;
      break;

    case INOVDA_GAP_RAISE_SPD:
      g_assert_cmpint (changed.spd_level[gap->indicator_index], ==, gap->from_level);
      changed.spd_level[gap->indicator_index] = (gint8) gap->to_level;
      break;

    case INOVDA_GAP_MAKE_ELIGIBLE:
      innovation->rancang_bangun_words = MAX (innovation->rancang_bangun_words,
                                              catalogue->rancang_bangun_min_words);
      for (guint k = 0; k < catalogue->sid->len; k++)
        {
          const InovdaIndicator *indicator = g_ptr_array_index (catalogue->sid, k);

          if (indicator->mandatory && innovation->level[k] <= 0)
            innovation->level[k] = 1;
        }
      break;

    case INOVDA_GAP_COVER_YANDAS:
      if (!retag_for_yandas (&changed, base, gap))
        return -1;
      break;

    case INOVDA_GAP_ADD_INNOVATIONS:
    default:
      return -1;
    }

  return klaim_iid (catalogue, &changed);
}

/* What the gap's candidate gives by the formula: a second, independent
 * check of every kind. */
static gint64
formula_with_gap (InovdaCatalogue *catalogue,
                  const InovdaProjectionResult *base,
                  const InovdaGap *gap)
{
  switch (gap->kind)
    {
    case INOVDA_GAP_ADD_INNOVATIONS:
      g_assert_cmpuint (gap->count, ==, MAX (catalogue->divisor_floor, 1) - base->counted);
      if (base->counted > 0)
        g_assert_cmpint (gap->assumed_kematangan, ==,
                         (2 * base->kematangan_sum + base->counted) / (2 * base->counted));
      else
        g_assert_cmpint (gap->assumed_kematangan, ==, inovda_catalogue_max_kematangan (catalogue) / INOVDA_LEVEL_MAX);
      return formula_iid (catalogue, base->spd,
                          base->kematangan_sum + gap->assumed_kematangan * gap->count,
                          base->counted + gap->count, base->yandas_met);
    case INOVDA_GAP_COVER_YANDAS:
      return formula_iid (catalogue, base->spd, base->kematangan_sum, base->counted, TRUE);
    case INOVDA_GAP_RAISE_SID:
    case INOVDA_GAP_MAKE_ELIGIBLE:
    case INOVDA_GAP_RAISE_SPD:
    default:
      return -1;
    }
}

static int
compare_order (const InovdaGap *x,
               const InovdaGap *y)
{
  if (x->gain != y->gain)
    return x->gain > y->gain ? -1 : 1;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  if (x->innovation_index != y->innovation_index)
    return x->innovation_index < y->innovation_index ? -1 : 1;
  if (x->indicator_index != y->indicator_index)
    return x->indicator_index < y->indicator_index ? -1 : 1;
  return 0;
}

static const InovdaGap *
gap_at (const InovdaGapAnalysis *analysis,
        guint i)
{
  return &g_array_index (analysis->gaps, InovdaGap, i);
}

/* Every gap gains, is ordered strictly, knows whether it crosses the band,
 * and gives what a full re-score of the changed input gives. */
static void
assert_gaps_consistent (InovdaCatalogue *catalogue,
                        const InovdaScoreRegion *region,
                        const InovdaGapAnalysis *analysis)
{
  InovdaProjectionResult base;

  inovda_score_projection (catalogue, region, INOVDA_PROJECTION_KLAIM, &base);
  g_assert_cmpint (analysis->iid, ==, base.iid);
  g_assert_cmpint (analysis->band, ==, base.band);
  g_assert_cmpstr (analysis->predikat, ==, base.predikat);

  for (guint i = 0; i < analysis->gaps->len; i++)
    {
      const InovdaGap *gap = gap_at (analysis, i);
      gint64 full = rescore_with_gap (catalogue, region, &base, gap);
      gint64 formula = formula_with_gap (catalogue, &base, gap);

      g_assert_cmpint (gap->gain, >, 0);
      g_assert_cmpint (gap->gain, ==, gap->iid_after - analysis->iid);
      g_assert_cmpint (gap->crosses_band, ==,
                       analysis->next_band_lower >= 0 && gap->iid_after >= analysis->next_band_lower);
      if (i > 0)
        g_assert_cmpint (compare_order (gap_at (analysis, i - 1), gap), <, 0);
      g_assert_true (full >= 0 || formula >= 0);
      if (full >= 0)
        g_assert_cmpint (gap->iid_after, ==, full);
      if (formula >= 0)
        g_assert_cmpint (gap->iid_after, ==, formula);
    }
  inovda_projection_result_clear (&base);
}

static guint
count_kind (const InovdaGapAnalysis *analysis,
            InovdaGapKind kind)
{
  guint n = 0;

  for (guint i = 0; i < analysis->gaps->len; i++)
    if (gap_at (analysis, i)->kind == kind)
      n++;
  return n;
}

static const InovdaGap *
find_kind (const InovdaGapAnalysis *analysis,
           InovdaGapKind kind)
{
  for (guint i = 0; i < analysis->gaps->len; i++)
    if (gap_at (analysis, i)->kind == kind)
      return gap_at (analysis, i);
  return NULL;
}

/* ----------------------------------------------------------------------- */

typedef struct
{
  InovdaGapKind kind;
  int innovation;
  int indicator;
  gint64 iid_after;
  gint64 gain;
} ExpectedGap;

/* 2026, SPD all 0, 12 counted innovations of 37, no urusan; a 13th of 111
 * with 299 words. Base: N = 12 × 3700 = 44400 (divisor 12), IID = N / 30 =
 * 14.80.
 * - make the 13th eligible: n = 13, Σ = 444 + 111 = 555, IID = 555 / 13 / 2.5
 *   = 17.077 → 17.08, gain 2.28;
 * - cover yandas: jumlah 0.38 × 12 = 4.56; N = 44400 + 456 × 12 = 49872,
 *   IID 16.624 → 16.62, gain 1.82;
 * - SPD row 12 (bobot 2): N + 200 × 12 → 46800 / 30 = 15.60, gain 0.80;
 *   rows of 1.5: + 1800 → 15.40; rows of 1: + 1200 → 15.20;
 *   rows of 0.75: + 900 → 15.10;
 * - SID 35 (bobot 4): N + 400 → 1493.3 → 14.93, gain 0.13; bobot 3:
 *   + 300 → 14.90; bobot 2: + 200 → 1486.7 → 14.87; bobot 1: 1483.3 → 14.83. */
static const ExpectedGap ranking_head[] = {
  { INOVDA_GAP_MAKE_ELIGIBLE, 12, -1, 1708, 228 },
  { INOVDA_GAP_COVER_YANDAS, -1, -1, 1662, 182 },
  { INOVDA_GAP_RAISE_SPD, -1, 15, 1560, 80 },
  { INOVDA_GAP_RAISE_SPD, -1, 7, 1540, 60 },
  { INOVDA_GAP_RAISE_SPD, -1, 8, 1540, 60 },
  { INOVDA_GAP_RAISE_SPD, -1, 9, 1540, 60 },
  { INOVDA_GAP_RAISE_SPD, -1, 0, 1520, 40 },
  { INOVDA_GAP_RAISE_SPD, -1, 1, 1520, 40 },
  { INOVDA_GAP_RAISE_SPD, -1, 2, 1520, 40 },
  { INOVDA_GAP_RAISE_SPD, -1, 3, 1520, 40 },
  { INOVDA_GAP_RAISE_SPD, -1, 4, 1520, 40 },
  { INOVDA_GAP_RAISE_SPD, -1, 10, 1520, 40 },
  { INOVDA_GAP_RAISE_SPD, -1, 16, 1520, 40 },
  { INOVDA_GAP_RAISE_SPD, -1, 17, 1520, 40 },
  { INOVDA_GAP_RAISE_SPD, -1, 18, 1520, 40 },
  { INOVDA_GAP_RAISE_SPD, -1, 19, 1520, 40 },
  { INOVDA_GAP_RAISE_SPD, -1, 5, 1510, 30 },
  { INOVDA_GAP_RAISE_SPD, -1, 6, 1510, 30 },
  { INOVDA_GAP_RAISE_SPD, -1, 11, 1510, 30 },
  { INOVDA_GAP_RAISE_SPD, -1, 12, 1510, 30 },
  { INOVDA_GAP_RAISE_SPD, -1, 13, 1510, 30 },
  { INOVDA_GAP_RAISE_SPD, -1, 14, 1510, 30 },
};

/* SID rows grouped by bobot, in catalogue order, with IID after a raise. */
static const struct
{
  int indicators[8];
  guint n;
  gint64 iid_after;
} sid_by_weight[] = {
  { { 19 }, 1, 1493 },
  { { 0, 15, 17 }, 3, 1490 },
  { { 1, 2, 3, 5, 12, 14, 16, 18 }, 8, 1487 },
  { { 4, 6, 7, 8, 9, 10, 11, 13 }, 8, 1483 },
};

static TestRegion *
ranking_region (void)
{
  TestRegion *test = test_region_new (ALL0);

  test_region_add (test, 12, ALL1, NULL, NULL);
  test_region_add (test, 1, ALL3, NULL, NULL);
  test_region_get (test, 12)->rancang_bangun_words = 299;
  test_region_sync (test);
  return test;
}

static void
test_ranking (void)
{
  g_autoptr (InovdaCatalogue) catalogue = catalogue_2026 ();
  g_autoptr (TestRegion) test = ranking_region ();
  InovdaGapAnalysis analysis;
  const InovdaGap *gap;
  guint next = 0;

  inovda_gaps_analyse (catalogue, test_region_sync (test), &analysis);

  g_assert_cmpint (analysis.iid, ==, 1480);
  g_assert_cmpstr (analysis.predikat, ==, "Kurang Inovatif");
  /* 1 + 1 + 20 SPD rows + 12 innovations × 20 SID rows. */
  g_assert_cmpuint (analysis.gaps->len, ==, 262);

  for (; next < G_N_ELEMENTS (ranking_head); next++)
    {
      const ExpectedGap *expected = &ranking_head[next];

      gap = gap_at (&analysis, next);
      g_assert_cmpint (gap->kind, ==, expected->kind);
      g_assert_cmpint (gap->innovation_index, ==, expected->innovation);
      g_assert_cmpint (gap->indicator_index, ==, expected->indicator);
      g_assert_cmpint (gap->iid_after, ==, expected->iid_after);
      g_assert_cmpint (gap->gain, ==, expected->gain);
      g_assert_false (gap->crosses_band);
    }

  gap = gap_at (&analysis, 0);
  g_assert_cmpuint (gap->count, ==, 0);
  g_assert_cmpint (gap->from_level, ==, -1);
  gap = gap_at (&analysis, 1);
  g_assert_cmpuint (gap->count, ==, 5);
  g_assert_cmphex (gap->yandas_missing_mask, ==, 0x3f);
  gap = gap_at (&analysis, 2);
  g_assert_cmpint (gap->from_level, ==, 0);
  g_assert_cmpint (gap->to_level, ==, 1);

  /* Equal gains: by innovation, then by indicator. */
  for (guint w = 0; w < G_N_ELEMENTS (sid_by_weight); w++)
    for (int i = 0; i < 12; i++)
      for (guint k = 0; k < sid_by_weight[w].n; k++, next++)
        {
          gap = gap_at (&analysis, next);
          g_assert_cmpint (gap->kind, ==, INOVDA_GAP_RAISE_SID);
          g_assert_cmpint (gap->innovation_index, ==, i);
          g_assert_cmpint (gap->indicator_index, ==, sid_by_weight[w].indicators[k]);
          g_assert_cmpint (gap->from_level, ==, 1);
          g_assert_cmpint (gap->to_level, ==, 2);
          g_assert_cmpint (gap->iid_after, ==, sid_by_weight[w].iid_after);
        }
  g_assert_cmpuint (next, ==, analysis.gaps->len);

  inovda_gap_analysis_clear (&analysis);
  g_assert_null (analysis.gaps);
}

/* Same ranking region plus an innovation whose mandatory 33 is empty (111 −
 * 9 = 102) and one whose window cannot be fixed. Making the first eligible
 * fills 33 at level 1: 105; n = 13, Σ = 444 + 105 = 549, IID = 549 / 13 / 2.5
 * = 16.892 → 16.89. The full re-score of the changed copy agrees for every
 * gap. */
static void
test_gain_equals_rescore (void)
{
  g_autoptr (InovdaCatalogue) catalogue = catalogue_2026 ();
  g_autoptr (TestRegion) test = test_region_new (ALL0);
  InovdaGapAnalysis analysis;
  const InovdaGap *gap;
  InovdaScoreInnovation *late;

  test_region_add (test, 12, ALL1, NULL, NULL);
  test_region_add (test, 2, "33333333333333333033", "1.06", NULL);
  test_region_add (test, 1, ALL3, NULL, "draf");
  late = test_region_get (test, 13);
  late->waktu_penerapan = "2022-01-01";

  inovda_gaps_analyse (catalogue, test_region_sync (test), &analysis);
  assert_gaps_consistent (catalogue, test_region_sync (test), &analysis);

  g_assert_cmpuint (count_kind (&analysis, INOVDA_GAP_MAKE_ELIGIBLE), ==, 1);
  gap = find_kind (&analysis, INOVDA_GAP_MAKE_ELIGIBLE);
  g_assert_cmpint (gap->innovation_index, ==, 12);
  g_assert_cmpint (gap->indicator_index, ==, 17);
  g_assert_cmpint (gap->from_level, ==, 0);
  g_assert_cmpint (gap->to_level, ==, 1);
  g_assert_cmpuint (gap->count, ==, 1);
  g_assert_cmpint (gap->iid_after, ==, 1689);
  g_assert_cmpint (gap->gain, ==, 209);

  inovda_gap_analysis_clear (&analysis);
}

/* 2026, SPD all 1 (21), 4 innovations of 74 covering 1.01–1.04 (4 of 6: no
 * jumlah). Base N = 21 × 12 + 4 × 74 = 252 + 296 = 548 (points × 12),
 * IID = 548 / 30 = 18.267 → 18.27. Adding 8 innovations of the mean 74:
 * N = 252 + 12 × 74 = 1140 → 38.00, gain 19.73. Covering one more urusan:
 * jumlah 0.38 × 4 = 1.52; N = 548 + 18.24 = 566.24 → 18.875 → 18.87
 * (566.24 / 30 = 18.8747), gain 0.60. */
static void
test_add_innovations (void)
{
  g_autoptr (InovdaCatalogue) catalogue = catalogue_2026 ();
  g_autoptr (TestRegion) test = test_region_new (ALL1);
  g_autoptr (TestRegion) filled = test_region_new (ALL1);
  InovdaGapAnalysis analysis;
  const InovdaGap *gap;

  test_region_add (test, 4, ALL2, "1.01 1.02 1.03 1.04", NULL);
  inovda_gaps_analyse (catalogue, test_region_sync (test), &analysis);
  assert_gaps_consistent (catalogue, test_region_sync (test), &analysis);

  g_assert_cmpint (analysis.iid, ==, 1827);
  gap = find_kind (&analysis, INOVDA_GAP_ADD_INNOVATIONS);
  g_assert_nonnull (gap);
  g_assert_cmpuint (gap->count, ==, 8);
  g_assert_cmpint (gap->assumed_kematangan, ==, 7400);
  g_assert_cmpint (gap->iid_after, ==, 3800);
  g_assert_cmpint (gap->gain, ==, 1973);
  g_assert_true (gap == gap_at (&analysis, 0));

  /* The same as a full re-score with eight more such innovations, which
   * bring no new urusan. */
  test_region_add (filled, 4, ALL2, "1.01 1.02 1.03 1.04", NULL);
  test_region_add (filled, 8, ALL2, NULL, NULL);
  g_assert_cmpint (klaim_iid (catalogue, test_region_sync (filled)), ==, gap->iid_after);

  gap = find_kind (&analysis, INOVDA_GAP_COVER_YANDAS);
  g_assert_nonnull (gap);
  g_assert_cmpuint (gap->count, ==, 1);
  g_assert_cmphex (gap->yandas_missing_mask, ==, 0x30);
  g_assert_cmpint (gap->iid_after, ==, 1887);
  g_assert_cmpint (gap->gain, ==, 60);

  inovda_gap_analysis_clear (&analysis);
}

/* A mean that is not whole hundredths: 37, 38 and 38 → 113 / 3 = 37.667 →
 * assumed 37.67 (half-up). Base N = 11300 → 376.67 → IID 3.77; with 9 more:
 * N = 11300 + 9 × 3767 = 45203 → 45203 / 30 = 1506.77 → 15.07, gain 11.30. */
static void
test_add_innovations_mean (void)
{
  g_autoptr (InovdaCatalogue) catalogue = catalogue_2026 ();
  g_autoptr (TestRegion) test = test_region_new (ALL0);
  InovdaGapAnalysis analysis;
  const InovdaGap *gap;

  test_region_add (test, 1, ALL1, NULL, NULL);
  test_region_add (test, 2, "11112111111111111111", NULL, NULL);
  inovda_gaps_analyse (catalogue, test_region_sync (test), &analysis);
  assert_gaps_consistent (catalogue, test_region_sync (test), &analysis);

  g_assert_cmpint (analysis.iid, ==, 377);
  gap = gap_at (&analysis, 0);
  g_assert_cmpint (gap->kind, ==, INOVDA_GAP_ADD_INNOVATIONS);
  g_assert_cmpuint (gap->count, ==, 9);
  g_assert_cmpint (gap->assumed_kematangan, ==, 3767);
  g_assert_cmpint (gap->iid_after, ==, 1507);
  g_assert_cmpint (gap->gain, ==, 1130);

  inovda_gap_analysis_clear (&analysis);
}

/* No innovation counted: IID 0, Tidak Dapat Dinilai; the next band is the
 * lowest, 0.01. SPD changes gain nothing while n = 0, so the only gap is
 * adding 12 innovations at level 1 everywhere (37): N = 21 × 12 + 12 × 37
 * = 696 → 696 / 30 = 23.20. */
static void
test_add_innovations_none_counted (void)
{
  g_autoptr (InovdaCatalogue) catalogue = catalogue_2026 ();
  g_autoptr (TestRegion) test = test_region_new (ALL1);
  InovdaGapAnalysis analysis;
  const InovdaGap *gap;

  test_region_add (test, 2, ALL3, YANDAS_ALL, "draf");
  inovda_gaps_analyse (catalogue, test_region_sync (test), &analysis);
  assert_gaps_consistent (catalogue, test_region_sync (test), &analysis);

  g_assert_cmpint (analysis.iid, ==, 0);
  g_assert_cmpint (analysis.band, ==, -1);
  g_assert_cmpstr (analysis.predikat, ==, INOVDA_PREDIKAT_TIDAK_DAPAT_DINILAI);
  g_assert_cmpint (analysis.next_band_lower, ==, 1);
  g_assert_cmpstr (analysis.next_predikat, ==, "Kurang Inovatif");
  g_assert_cmpint (analysis.points_needed, ==, 1);
  g_assert_cmpuint (analysis.gaps->len, ==, 1);
  gap = gap_at (&analysis, 0);
  g_assert_cmpint (gap->kind, ==, INOVDA_GAP_ADD_INNOVATIONS);
  g_assert_cmpuint (gap->count, ==, 12);
  g_assert_cmpint (gap->assumed_kematangan, ==, 3700);
  g_assert_cmpint (gap->iid_after, ==, 2320);
  g_assert_true (gap->crosses_band);

  inovda_gap_analysis_clear (&analysis);
}

/* 12 innovations of 37 cover 1.01, 1.02, 1.03 (3 of 6): 2 more needed, from
 * 1.04, 1.05, 1.06. Base IID 14.80; with jumlah 0.38 × 12 = 4.56:
 * N = 44400 + 5472 = 49872 → 16.62. Re-tagging two 2.07 innovations as
 * 1.04 and 1.05 gives the same. */
static void
test_cover_yandas (void)
{
  g_autoptr (InovdaCatalogue) catalogue = catalogue_2026 ();
  g_autoptr (TestRegion) test = test_region_new (ALL0);
  InovdaGapAnalysis analysis;
  const InovdaGap *gap;

  test_region_add (test, 12, ALL1, "1.01 1.02 1.03 2.07", NULL);
  inovda_gaps_analyse (catalogue, test_region_sync (test), &analysis);
  assert_gaps_consistent (catalogue, test_region_sync (test), &analysis);

  gap = gap_at (&analysis, 0);
  g_assert_cmpint (gap->kind, ==, INOVDA_GAP_COVER_YANDAS);
  g_assert_cmpuint (gap->count, ==, 2);
  g_assert_cmphex (gap->yandas_missing_mask, ==, 0x38);
  g_assert_cmpint (gap->iid_after, ==, 1662);
  g_assert_cmpint (gap->gain, ==, 182);

  test_region_get (test, 3)->urusan_utama = "1.04";
  test_region_get (test, 7)->urusan_utama = "1.05";
  g_assert_cmpint (klaim_iid (catalogue, test_region_sync (test)), ==, 1662);

  inovda_gap_analysis_clear (&analysis);
}

/* 2026, SPD 63, 16 innovations of 37, no urusan: N = 16 × 63 + 592 = 1600
 * (points × 16), IID = 1600 / 16 / 2.5 = 40.00 exactly, Kurang Inovatif, one
 * hundredth below Inovatif. Every gap crosses: the smallest, a bobot-1 raise,
 * gives 1601 / 40 = 40.025 → 40.03. */
static void
test_next_band (void)
{
  g_autoptr (InovdaCatalogue) catalogue = catalogue_2026 ();
  g_autoptr (TestRegion) test = test_region_new (ALL3);
  InovdaGapAnalysis analysis;

  test_region_add (test, 16, ALL1, NULL, NULL);
  inovda_gaps_analyse (catalogue, test_region_sync (test), &analysis);
  assert_gaps_consistent (catalogue, test_region_sync (test), &analysis);

  g_assert_cmpint (analysis.iid, ==, 4000);
  g_assert_cmpint (analysis.band, ==, 2);
  g_assert_cmpint (analysis.next_band_lower, ==, 4001);
  g_assert_cmpstr (analysis.next_predikat, ==, "Inovatif");
  g_assert_cmpint (analysis.points_needed, ==, 1);
  g_assert_cmpuint (count_kind (&analysis, INOVDA_GAP_RAISE_SPD), ==, 0);
  g_assert_cmpuint (count_kind (&analysis, INOVDA_GAP_RAISE_SID), ==, 16 * 20);
  for (guint i = 0; i < analysis.gaps->len; i++)
    g_assert_true (gap_at (&analysis, i)->crosses_band);
  g_assert_cmpint (gap_at (&analysis, analysis.gaps->len - 1)->iid_after, ==, 4003);

  inovda_gap_analysis_clear (&analysis);
}

/* From Inovatif at 65.00 (the band edge case of test-iid) the next band is
 * Sangat Inovatif at 65.01. */
static void
test_next_band_inovatif (void)
{
  g_autoptr (InovdaCatalogue) catalogue = catalogue_2026 ();
  g_autoptr (TestRegion) test = test_region_new ("33333332333333333333");
  InovdaGapAnalysis analysis;

  test_region_add (test, 40, "33332323333333333331", NULL, NULL);
  inovda_gaps_analyse (catalogue, test_region_sync (test), &analysis);

  g_assert_cmpint (analysis.iid, ==, 6500);
  g_assert_cmpstr (analysis.predikat, ==, "Inovatif");
  g_assert_cmpint (analysis.next_band_lower, ==, 6501);
  g_assert_cmpstr (analysis.next_predikat, ==, "Sangat Inovatif");
  g_assert_cmpint (analysis.points_needed, ==, 1);
  inovda_gap_analysis_clear (&analysis);
}

/* At the maximum there is no next band and nothing left to raise. */
static void
test_top_band (void)
{
  g_autoptr (InovdaCatalogue) catalogue = catalogue_2026 ();
  g_autoptr (TestRegion) test = test_region_new (ALL3);
  InovdaGapAnalysis analysis;

  test_region_add (test, 200, ALL3, YANDAS_ALL, NULL);
  inovda_gaps_analyse (catalogue, test_region_sync (test), &analysis);

  g_assert_cmpint (analysis.iid, ==, 10000);
  g_assert_cmpint (analysis.band, ==, 0);
  g_assert_cmpint (analysis.next_band_lower, ==, -1);
  g_assert_null (analysis.next_predikat);
  g_assert_cmpint (analysis.points_needed, ==, 0);
  g_assert_cmpuint (analysis.gaps->len, ==, 0);
  inovda_gap_analysis_clear (&analysis);
}

/* ----------------------------------------------------------------------- */

static const char *const random_urusan[] = { "1.01", "1.02", "1.03", "1.04", "1.05", "1.06", "2.07", "3.25", NULL };
static const char *const random_penerapan[] = { "2024-06-01", "2025-12-31", "2024-01-01", "2023-06-01", NULL };
static const char *const random_pengembangan[] = { NULL, NULL, NULL, "2025-01-01", "2022-01-01" };

static void
randomise_innovation (GRand *rand,
                      InovdaCatalogue *catalogue,
                      InovdaScoreInnovation *innovation)
{
  static const InovdaStatus statuses[] = {
    INOVDA_STATUS_DIKIRIM,
    INOVDA_STATUS_DIKIRIM,
    INOVDA_STATUS_DITERIMA,
    INOVDA_STATUS_SIAP_KIRIM,
    INOVDA_STATUS_DRAF,
    INOVDA_STATUS_DITOLAK,
  };

  innovation->status = statuses[g_rand_int_range (rand, 0, G_N_ELEMENTS (statuses))];
  innovation->urusan_utama = random_urusan[g_rand_int_range (rand, 0, G_N_ELEMENTS (random_urusan))];
  innovation->waktu_penerapan = random_penerapan[g_rand_int_range (rand, 0, G_N_ELEMENTS (random_penerapan))];
  innovation->waktu_pengembangan = random_pengembangan[g_rand_int_range (rand, 0, G_N_ELEMENTS (random_pengembangan))];
  innovation->rancang_bangun_words = g_rand_int_range (rand, 0, 4) == 0 ? 299 : 300;
  for (guint k = 0; k < catalogue->sid->len; k++)
    {
      const InovdaIndicator *indicator = g_ptr_array_index (catalogue->sid, k);
      int low = indicator->mandatory && g_rand_int_range (rand, 0, 12) != 0 ? 1 : 0;

      innovation->level[k] = (gint8) g_rand_int_range (rand, low, INOVDA_LEVEL_MAX + 1);
      innovation->evidence_missing[k] = g_rand_int_range (rand, 0, 5) == 0;
    }
}

/* The gaps the analysis must list, found by brute force: every single raise
 * or fix re-scored in full, kept when it gains. */
static void
count_expected (InovdaCatalogue *catalogue,
                const InovdaScoreRegion *region,
                guint *sid_raises,
                guint *spd_raises,
                guint *fixes)
{
  const guint fixable = INOVDA_INELIGIBLE_MANDATORY_EMPTY | INOVDA_INELIGIBLE_RANCANG_BANGUN;
  InovdaProjectionResult base;

  *sid_raises = *spd_raises = *fixes = 0;
  inovda_score_projection (catalogue, region, INOVDA_PROJECTION_KLAIM, &base);

  for (guint i = 0; i < region->n_innovations; i++)
    {
      guint ineligible = g_array_index (base.innovations, InovdaInnovationScore, i).ineligible;
      InovdaGap gap = { 0 };

      gap.innovation_index = (int) i;
      if (ineligible != 0 && (ineligible & ~fixable) == 0)
        {
          gap.kind = INOVDA_GAP_MAKE_ELIGIBLE;
          if (rescore_with_gap (catalogue, region, &base, &gap) > base.iid)
            (*fixes)++;
        }
      if (ineligible != 0)
        continue;
      for (guint k = 0; k < catalogue->sid->len; k++)
        {
          if (region->innovations[i].level[k] >= INOVDA_LEVEL_MAX)
            continue;
          gap.kind = INOVDA_GAP_RAISE_SID;
          gap.indicator_index = (int) k;
          gap.from_level = region->innovations[i].level[k];
          gap.to_level = gap.from_level + 1;
          if (rescore_with_gap (catalogue, region, &base, &gap) > base.iid)
            (*sid_raises)++;
        }
    }

  for (guint k = 0; k < catalogue->spd->len; k++)
    {
      InovdaGap gap = { 0 };

      if (region->spd_level[k] >= INOVDA_LEVEL_MAX)
        continue;
      gap.kind = INOVDA_GAP_RAISE_SPD;
      gap.innovation_index = -1;
      gap.indicator_index = (int) k;
      gap.from_level = region->spd_level[k];
      gap.to_level = gap.from_level + 1;
      if (rescore_with_gap (catalogue, region, &base, &gap) > base.iid)
        (*spd_raises)++;
    }
  inovda_projection_result_clear (&base);
}

/* Random regions from a fixed seed, both catalogues: the incremental gains
 * equal full re-scores, and no gaining single change is missing. */
static void
test_random (void)
{
  g_autoptr (InovdaCatalogue) c2023 = catalogue_2023 ();
  g_autoptr (InovdaCatalogue) c2026 = catalogue_2026 ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (20260429);
  guint n_gaps = 0;
  guint kinds_seen = 0;

  for (guint round = 0; round < 300; round++)
    {
      InovdaCatalogue *catalogue = round % 3 == 0 ? c2023 : c2026;
      g_autoptr (TestRegion) test = test_region_new (ALL0);
      guint n = (guint) g_rand_int_range (rand, 0, 31);
      InovdaGapAnalysis analysis;
      guint sid_raises, spd_raises, fixes;

      for (guint k = 0; k < catalogue->spd->len; k++)
        test->region.spd_level[k] = (gint8) g_rand_int_range (rand, 0, INOVDA_LEVEL_MAX + 1);
      test_region_add (test, n, ALL1, NULL, NULL);
      for (guint i = 0; i < n; i++)
        randomise_innovation (rand, catalogue, test_region_get (test, i));

      inovda_gaps_analyse (catalogue, test_region_sync (test), &analysis);
      assert_gaps_consistent (catalogue, test_region_sync (test), &analysis);

      count_expected (catalogue, test_region_sync (test), &sid_raises, &spd_raises, &fixes);
      g_assert_cmpuint (count_kind (&analysis, INOVDA_GAP_RAISE_SID), ==, sid_raises);
      g_assert_cmpuint (count_kind (&analysis, INOVDA_GAP_RAISE_SPD), ==, spd_raises);
      g_assert_cmpuint (count_kind (&analysis, INOVDA_GAP_MAKE_ELIGIBLE), ==, fixes);

      n_gaps += analysis.gaps->len;
      for (guint i = 0; i < analysis.gaps->len; i++)
        kinds_seen |= 1u << gap_at (&analysis, i)->kind;
      inovda_gap_analysis_clear (&analysis);
    }

  /* The seed exercises every kind of change. */
  g_assert_cmphex (kinds_seen, ==, 0x1f);
  g_test_message ("%u gaps checked", n_gaps);
}

/* The same input gives the same list, byte for byte. */
static void
test_deterministic (void)
{
  g_autoptr (InovdaCatalogue) catalogue = catalogue_2026 ();
  g_autoptr (TestRegion) test = ranking_region ();
  InovdaGapAnalysis first;
  InovdaGapAnalysis second;

  inovda_gaps_analyse (catalogue, test_region_sync (test), &first);
  inovda_gaps_analyse (catalogue, test_region_sync (test), &second);
  g_assert_cmpuint (first.gaps->len, ==, second.gaps->len);
  g_assert_cmpmem (first.gaps->data, first.gaps->len * sizeof (InovdaGap),
                   second.gaps->data, second.gaps->len * sizeof (InovdaGap));
  inovda_gap_analysis_clear (&first);
  inovda_gap_analysis_clear (&second);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/inovda/gaps/ranking", test_ranking);
  g_test_add_func ("/inovda/gaps/gain-equals-rescore", test_gain_equals_rescore);
  g_test_add_func ("/inovda/gaps/add-innovations", test_add_innovations);
  g_test_add_func ("/inovda/gaps/add-innovations/fractional-mean", test_add_innovations_mean);
  g_test_add_func ("/inovda/gaps/add-innovations/none-counted", test_add_innovations_none_counted);
  g_test_add_func ("/inovda/gaps/cover-yandas", test_cover_yandas);
  g_test_add_func ("/inovda/gaps/next-band", test_next_band);
  g_test_add_func ("/inovda/gaps/next-band/inovatif", test_next_band_inovatif);
  g_test_add_func ("/inovda/gaps/top-band", test_top_band);
  g_test_add_func ("/inovda/gaps/random", test_random);
  g_test_add_func ("/inovda/gaps/deterministic", test_deterministic);

  return g_test_run ();
}
