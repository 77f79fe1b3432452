/* inovda-normalize.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-normalize"

#include "config.h"

#include "model/inovda-decimal.h"
#include "inovda-normalize.h"

/* Levels as the engine reads them: unverified (-1) is 0, and out-of-range
 * values are clamped. */
static int
effective_level (gint8 level)
{
  return CLAMP (level, 0, INOVDA_LEVEL_MAX);
}

static const gint8 *
levels_of (const InovdaScoreInnovation *innovation,
           InovdaProjection projection)
{
  return projection == INOVDA_PROJECTION_KLAIM ? innovation->level : innovation->verified_level;
}

static gboolean
is_counted (const InovdaProjectionResult *result,
            guint index)
{
  const InovdaInnovationScore *score;

  if (result == NULL || result->innovations == NULL || index >= result->innovations->len)
    return FALSE;
  score = &g_array_index (result->innovations, InovdaInnovationScore, index);
  return score->ineligible == 0;
}

static gboolean
in_scope (const InovdaScoreRegion *region,
          const InovdaProjectionResult *result,
          const InovdaScope *scope,
          guint index)
{
  switch (scope->kind)
    {
    case INOVDA_SCOPE_REGION:
      return is_counted (result, index);
    case INOVDA_SCOPE_UNIT:
      return is_counted (result, index) &&
             g_strcmp0 (region->innovations[index].unit_code, scope->unit_code) == 0;
    case INOVDA_SCOPE_INNOVATION:
      return index == scope->innovation_index;
    default:
      g_assert_not_reached ();
    }
}

static void
share_set (InovdaShare *share,
           gint64 numerator,
           guint denominator,
           gint64 maximum)
{
  share->numerator = numerator;
  share->denominator = MAX (denominator, 1);
  share->maximum = maximum;
}

static int
variable_index (InovdaCatalogue *catalogue,
                const InovdaIndicator *row)
{
  for (guint v = 0; v < catalogue->variables->len; v++)
    {
      const InovdaVariable *variable = g_ptr_array_index (catalogue->variables, v);

      if (g_strcmp0 (variable->id, row->variable) == 0)
        return (int) v;
    }
  return -1;
}

gboolean
inovda_share_applies (const InovdaShare *share)
{
  g_return_val_if_fail (share != NULL, FALSE);
  return share->maximum > 0 && share->denominator > 0;
}

/**
 * inovda_share_to_fraction:
 * @share: a share
 *
 * The only place where a share becomes binary floating point, for drawing.
 *
 * Returns: the share of the maximum, clamped to 0..1; 0 when it does not apply
 */
double
inovda_share_to_fraction (const InovdaShare *share)
{
  double fraction;

  g_return_val_if_fail (share != NULL, 0.0);

  if (!inovda_share_applies (share))
    return 0.0;
  fraction = (double) share->numerator / ((double) share->denominator * (double) share->maximum);
  return CLAMP (fraction, 0.0, 1.0);
}

/* Returns: the score in hundredths, a mean rounded half-up */
gint64
inovda_share_score (const InovdaShare *share)
{
  g_return_val_if_fail (share != NULL, 0);
  g_return_val_if_fail (share->denominator > 0, 0);
  return inovda_decimal_div_half_up (share->numerator, share->denominator);
}

/* Returns: the share in hundredths of a percent (6667 for two thirds),
 * rounded half-up once from the exact fraction */
gint64
inovda_share_percent (const InovdaShare *share)
{
  g_return_val_if_fail (share != NULL, 0);

  if (!inovda_share_applies (share))
    return 0;
  return inovda_decimal_div_half_up (share->numerator * 10000, share->denominator * share->maximum);
}

/* Returns: the mean level in hundredths (the share of level 3): 200 for an
 * indicator at level 2 */
gint64
inovda_share_level (const InovdaShare *share)
{
  g_return_val_if_fail (share != NULL, 0);

  if (!inovda_share_applies (share))
    return 0;
  return inovda_decimal_div_half_up (share->numerator * INOVDA_LEVEL_MAX * INOVDA_SCORE_SCALE,
                                     share->denominator * share->maximum);
}

/**
 * inovda_normalize_indicators:
 * @catalogue: the year's catalogue
 * @region: the region's inputs
 * @result: the engine's result of @projection for @region (gives which
 *   innovations count)
 * @projection: which levels to read
 * @scope: one innovation, or the mean over a unit's or the region's
 *   counted innovations
 * @out: (array): one share per catalogue->sid row, each out of weight × 3
 *
 * Returns: the number of innovations averaged
 */
guint
inovda_normalize_indicators (InovdaCatalogue *catalogue,
                             const InovdaScoreRegion *region,
                             const InovdaProjectionResult *result,
                             InovdaProjection projection,
                             const InovdaScope *scope,
                             InovdaShare *out)
{
  gint64 sums[INOVDA_MAX_INDICATORS] = { 0 };
  guint n = 0;
  guint n_rows;

  g_return_val_if_fail (catalogue != NULL, 0);
  g_return_val_if_fail (region != NULL, 0);
  g_return_val_if_fail (scope != NULL, 0);
  g_return_val_if_fail (out != NULL, 0);

  n_rows = MIN (catalogue->sid->len, INOVDA_MAX_INDICATORS);
  for (guint i = 0; i < region->n_innovations; i++)
    {
      const gint8 *levels;

      if (!in_scope (region, result, scope, i))
        continue;
      levels = levels_of (&region->innovations[i], projection);
      for (guint k = 0; k < n_rows; k++)
        {
          const InovdaIndicator *row = g_ptr_array_index (catalogue->sid, k);
          sums[k] += row->weight * effective_level (levels[k]);
        }
      n++;
    }

  for (guint k = 0; k < n_rows; k++)
    {
      const InovdaIndicator *row = g_ptr_array_index (catalogue->sid, k);
      share_set (&out[k], sums[k], n, row->weight * INOVDA_LEVEL_MAX);
    }
  return n;
}

/**
 * inovda_normalize_variables:
 * @out: (array): one share per catalogue->variables entry
 *
 * The variables of the index. An SPD variable is the sum of its rows out of
 * their maximum; it applies at region scope only. An SID variable is the mean
 * over the innovations in @scope of the sum of its indicators, out of the
 * maximum of those indicators.
 *
 * At region scope Skor Jumlah Inovasi is added to the variable
 * INOVDA_JUMLAH_VARIABLE ("Jumlah Inovasi dan Hasil Kreatif"), with its
 * maximum added to the variable's: the ministry names that variable for the
 * number of innovations, and the SID aspect's share of the index (74.8 % in
 * 2023) is the indicators' 111 plus the jumlah's 76 out of 250. So the eight
 * maxima add up to the catalogue's maximum total, and when n reaches the
 * divisor floor the eight scores add up to the total.
 *
 * Returns: the number of innovations averaged
 */
guint
inovda_normalize_variables (InovdaCatalogue *catalogue,
                            const InovdaScoreRegion *region,
                            const InovdaProjectionResult *result,
                            InovdaProjection projection,
                            const InovdaScope *scope,
                            InovdaShare *out)
{
  InovdaShare indicators[INOVDA_MAX_INDICATORS];
  gboolean region_scope;
  int jumlah_variable;
  guint n;

  g_return_val_if_fail (catalogue != NULL, 0);
  g_return_val_if_fail (region != NULL, 0);
  g_return_val_if_fail (scope != NULL, 0);
  g_return_val_if_fail (out != NULL, 0);

  n = inovda_normalize_indicators (catalogue, region, result, projection, scope, indicators);
  region_scope = scope->kind == INOVDA_SCOPE_REGION;

  for (guint v = 0; v < catalogue->variables->len; v++)
    share_set (&out[v], 0, n, 0);

  /* Every indicator share of one call has the same denominator, so the
   * numerators add. */
  for (guint k = 0; k < MIN (catalogue->sid->len, INOVDA_MAX_INDICATORS); k++)
    {
      int v = variable_index (catalogue, g_ptr_array_index (catalogue->sid, k));

      if (v < 0)
        continue;
      out[v].numerator += indicators[k].numerator;
      out[v].maximum += indicators[k].maximum;
    }

  if (region_scope)
    {
      const gint8 *spd_levels = projection == INOVDA_PROJECTION_KLAIM ? region->spd_level : region->spd_verified_level;

      for (guint k = 0; k < MIN (catalogue->spd->len, INOVDA_MAX_INDICATORS); k++)
        {
          const InovdaIndicator *row = g_ptr_array_index (catalogue->spd, k);
          int v = variable_index (catalogue, row);

          if (v < 0)
            continue;
          /* SPD rows are one value for the region, not a mean. */
          out[v].numerator += row->weight * effective_level (spd_levels[k]) * out[v].denominator;
          out[v].maximum += row->weight * INOVDA_LEVEL_MAX;
        }

      jumlah_variable = inovda_normalize_jumlah_variable (catalogue);
      if (jumlah_variable >= 0 && result != NULL)
        {
          out[jumlah_variable].numerator += result->jumlah * out[jumlah_variable].denominator;
          out[jumlah_variable].maximum += inovda_catalogue_max_jumlah (catalogue);
        }
    }
  else
    {
      for (guint v = 0; v < catalogue->variables->len; v++)
        {
          const InovdaVariable *variable = g_ptr_array_index (catalogue->variables, v);

          if (variable->aspect == INOVDA_ASPECT_SPD)
            share_set (&out[v], 0, 1, 0);
        }
    }
  return n;
}

/**
 * inovda_normalize_spd:
 * @out: (array): one share per catalogue->spd row, each out of weight × 3
 *
 * The region's SPD rows.
 */
void
inovda_normalize_spd (InovdaCatalogue *catalogue,
                      const InovdaScoreRegion *region,
                      InovdaProjection projection,
                      InovdaShare *out)
{
  const gint8 *levels;

  g_return_if_fail (catalogue != NULL);
  g_return_if_fail (region != NULL);
  g_return_if_fail (out != NULL);

  levels = projection == INOVDA_PROJECTION_KLAIM ? region->spd_level : region->spd_verified_level;
  for (guint k = 0; k < MIN (catalogue->spd->len, INOVDA_MAX_INDICATORS); k++)
    {
      const InovdaIndicator *row = g_ptr_array_index (catalogue->spd, k);
      share_set (&out[k], row->weight * effective_level (levels[k]), 1, row->weight * INOVDA_LEVEL_MAX);
    }
}

/* Returns: the index in catalogue->variables of the variable that holds Skor
 * Jumlah Inovasi: INOVDA_JUMLAH_VARIABLE, else the last SID variable, else -1 */
int
inovda_normalize_jumlah_variable (InovdaCatalogue *catalogue)
{
  int last_sid = -1;

  g_return_val_if_fail (catalogue != NULL, -1);

  for (guint v = 0; v < catalogue->variables->len; v++)
    {
      const InovdaVariable *variable = g_ptr_array_index (catalogue->variables, v);

      if (g_strcmp0 (variable->id, INOVDA_JUMLAH_VARIABLE) == 0)
        return (int) v;
      if (variable->aspect == INOVDA_ASPECT_SID)
        last_sid = (int) v;
    }
  return last_sid;
}
