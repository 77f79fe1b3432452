/* inovda-gaps.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-gaps"

#include "config.h"

#include <string.h>

#include "model/inovda-decimal.h"
#include "inovda-gaps.h"

#define ALL_YANDAS ((1u << INOVDA_N_YANDAS) - 1)

/* Every candidate changes only the sums of the klaim projection, so it is
 * scored by finishing a copy of the base sums: the same arithmetic as a full
 * re-score of the changed input. */
typedef struct
{
  InovdaCatalogue *catalogue;
  const InovdaScoreRegion *region;
  const InovdaProjectionResult *base;
  gint64 next_band_lower;
  GArray *gaps;
} Planner;

typedef struct
{
  gint64 spd;
  gint64 kematangan;
  guint counted;
  guint yandas_mask;
} Change;

static InovdaGap
gap_new (InovdaGapKind kind)
{
  InovdaGap gap = { 0 };

  gap.kind = kind;
  gap.innovation_index = -1;
  gap.indicator_index = -1;
  gap.from_level = -1;
  gap.to_level = -1;
  return gap;
}

static gint64
iid_after (const Planner *planner,
           const Change *change)
{
  InovdaProjectionResult changed = *planner->base;

  changed.innovations = NULL;
  changed.spd += change->spd;
  changed.kematangan_sum += change->kematangan;
  changed.counted += change->counted;
  changed.yandas_mask |= change->yandas_mask;
  inovda_projection_result_finish (planner->catalogue, &changed);
  return changed.iid;
}

static void
consider (Planner *planner,
          InovdaGap *gap,
          const Change *change)
{
  gap->iid_after = iid_after (planner, change);
  gap->gain = gap->iid_after - planner->base->iid;
  if (gap->gain <= 0)
    return;
  gap->crosses_band = planner->next_band_lower >= 0 &&
                      gap->iid_after >= planner->next_band_lower;
  g_array_append_val (planner->gaps, *gap);
}

static const InovdaInnovationScore *
base_score (const Planner *planner,
            guint innovation_index)
{
  return &g_array_index (planner->base->innovations, InovdaInnovationScore, innovation_index);
}

static gint64
indicator_weight (GPtrArray *rows,
                  guint indicator_index)
{
  return ((const InovdaIndicator *) g_ptr_array_index (rows, indicator_index))->weight;
}

static void
add_sid_raises (Planner *planner)
{
  GPtrArray *sid = planner->catalogue->sid;

  for (guint i = 0; i < planner->region->n_innovations; i++)
    {
      const InovdaScoreInnovation *innovation = &planner->region->innovations[i];

      if (base_score (planner, i)->ineligible != 0)
        continue;
      for (guint k = 0; k < sid->len; k++)
        {
          int level = CLAMP (innovation->level[k], 0, INOVDA_LEVEL_MAX);
          InovdaGap gap = gap_new (INOVDA_GAP_RAISE_SID);
          Change change = { 0 };

          if (level >= INOVDA_LEVEL_MAX)
            continue;
          gap.innovation_index = (int) i;
          gap.indicator_index = (int) k;
          gap.from_level = level;
          gap.to_level = level + 1;
          change.kematangan = indicator_weight (sid, k);
          consider (planner, &gap, &change);
        }
    }
}

/* A reported innovation is made eligible only when every reason it fails is
 * one the region can fix itself: fill the empty mandatory indicators at level
 * 1, lengthen the rancang bangun. Dates are facts, so a window problem is
 * never fixable. */
static void
add_eligibility_fixes (Planner *planner)
{
  const guint fixable = INOVDA_INELIGIBLE_MANDATORY_EMPTY | INOVDA_INELIGIBLE_RANCANG_BANGUN;
  GPtrArray *sid = planner->catalogue->sid;

  for (guint i = 0; i < planner->region->n_innovations; i++)
    {
      const InovdaScoreInnovation *innovation = &planner->region->innovations[i];
      const InovdaInnovationScore *score = base_score (planner, i);
      InovdaGap gap = gap_new (INOVDA_GAP_MAKE_ELIGIBLE);
      Change change = { 0 };

      if (score->ineligible == 0 || (score->ineligible & ~fixable) != 0)
        continue;

      change.kematangan = score->kematangan;
      change.counted = 1;
      change.yandas_mask = inovda_urusan_yandas_bit (innovation->urusan_utama);
      for (guint k = 0; k < sid->len; k++)
        {
          const InovdaIndicator *indicator = g_ptr_array_index (sid, k);

          if (!indicator->mandatory || CLAMP (innovation->level[k], 0, INOVDA_LEVEL_MAX) > 0)
            continue;
          change.kematangan += indicator->weight;
          gap.count++;
        }

      gap.innovation_index = (int) i;
      if (score->first_empty_mandatory >= 0)
        {
          gap.indicator_index = score->first_empty_mandatory;
          gap.from_level = 0;
          gap.to_level = 1;
        }
      consider (planner, &gap, &change);
    }
}

static gint64
sum_of_sid_weights (InovdaCatalogue *catalogue)
{
  gint64 sum = 0;

  for (guint k = 0; k < catalogue->sid->len; k++)
    sum += indicator_weight (catalogue->sid, k);
  return sum;
}

/* The added innovations are assumed as mature as the counted ones on
 * average (rounded half-up to hundredths), or at level 1 everywhere when
 * none is counted; they bring no new yandas urusan. */
static void
add_missing_innovations (Planner *planner)
{
  const InovdaProjectionResult *base = planner->base;
  guint divisor_floor = MAX (planner->catalogue->divisor_floor, 1);
  InovdaGap gap = gap_new (INOVDA_GAP_ADD_INNOVATIONS);
  Change change = { 0 };

  if (base->counted >= divisor_floor)
    return;

  gap.count = divisor_floor - base->counted;
  if (base->counted > 0)
    gap.assumed_kematangan = inovda_decimal_div_half_up (base->kematangan_sum, base->counted);
  else
    gap.assumed_kematangan = sum_of_sid_weights (planner->catalogue);

  change.counted = gap.count;
  change.kematangan = gap.assumed_kematangan * gap.count;
  consider (planner, &gap, &change);
}

static void
add_yandas_cover (Planner *planner)
{
  const InovdaProjectionResult *base = planner->base;
  guint needed = planner->catalogue->yandas_min;
  InovdaGap gap = gap_new (INOVDA_GAP_COVER_YANDAS);
  Change change = { 0 };

  if (base->yandas_met || needed > INOVDA_N_YANDAS)
    return;

  gap.count = needed - base->yandas_covered;
  gap.yandas_missing_mask = ALL_YANDAS & ~base->yandas_mask;
  change.yandas_mask = gap.yandas_missing_mask;
  consider (planner, &gap, &change);
}

static void
add_spd_raises (Planner *planner)
{
  GPtrArray *spd = planner->catalogue->spd;

  for (guint k = 0; k < spd->len; k++)
    {
      int level = CLAMP (planner->region->spd_level[k], 0, INOVDA_LEVEL_MAX);
      InovdaGap gap = gap_new (INOVDA_GAP_RAISE_SPD);
      Change change = { 0 };

      if (level >= INOVDA_LEVEL_MAX)
        continue;
      gap.indicator_index = (int) k;
      gap.from_level = level;
      gap.to_level = level + 1;
      change.spd = indicator_weight (spd, k);
      consider (planner, &gap, &change);
    }
}

static int
compare_int64 (gint64 a,
               gint64 b)
{
  return (a > b) - (a < b);
}

static int
compare_gaps (gconstpointer a,
              gconstpointer b)
{
  const InovdaGap *x = a;
  const InovdaGap *y = b;
  int order;

  if ((order = compare_int64 (y->gain, x->gain)) != 0)
    return order;
  if ((order = compare_int64 (x->kind, y->kind)) != 0)
    return order;
  if ((order = compare_int64 (x->innovation_index, y->innovation_index)) != 0)
    return order;
  return compare_int64 (x->indicator_index, y->indicator_index);
}

/* Bands run from the highest edge down; above Tidak Dapat Dinilai comes the
 * lowest band. */
static int
next_band_index (InovdaCatalogue *catalogue,
                 int band)
{
  if (band < 0)
    return (int) catalogue->bands->len - 1;
  return band - 1;
}

/**
 * inovda_gaps_analyse:
 * @catalogue: the year's catalogue
 * @region: the region's inputs
 * @analysis: (out caller-allocates): overwritten; clear with
 *   inovda_gap_analysis_clear()
 *
 * Lists every single change that raises the klaim IID, highest gain first.
 */
void
inovda_gaps_analyse (InovdaCatalogue *catalogue,
                     const InovdaScoreRegion *region,
                     InovdaGapAnalysis *analysis)
{
  InovdaProjectionResult base = { 0 };
  Planner planner = { 0 };
  int next;

  g_return_if_fail (analysis != NULL);
  memset (analysis, 0, sizeof *analysis);
  g_return_if_fail (catalogue != NULL);
  g_return_if_fail (region != NULL);

  inovda_score_projection (catalogue, region, INOVDA_PROJECTION_KLAIM, &base);
  g_return_if_fail (base.innovations != NULL);

  analysis->iid = base.iid;
  analysis->band = base.band;
  analysis->predikat = base.predikat;
  analysis->next_band_lower = -1;
  next = next_band_index (catalogue, base.band);
  if (next >= 0)
    {
      const InovdaPredikatBand *band = g_ptr_array_index (catalogue->bands, next);

      analysis->next_band_lower = band->lower;
      analysis->next_predikat = band->label;
      analysis->points_needed = MAX (band->lower - base.iid, 0);
    }
  analysis->gaps = g_array_new (FALSE, TRUE, sizeof (InovdaGap));

  planner.catalogue = catalogue;
  planner.region = region;
  planner.base = &base;
  planner.next_band_lower = analysis->next_band_lower;
  planner.gaps = analysis->gaps;

  add_sid_raises (&planner);
  add_eligibility_fixes (&planner);
  add_missing_innovations (&planner);
  add_yandas_cover (&planner);
  add_spd_raises (&planner);
  g_array_sort (analysis->gaps, compare_gaps);

  inovda_projection_result_clear (&base);
}

void
inovda_gap_analysis_clear (InovdaGapAnalysis *analysis)
{
  g_return_if_fail (analysis != NULL);

  g_clear_pointer (&analysis->gaps, g_array_unref);
  memset (analysis, 0, sizeof *analysis);
}
