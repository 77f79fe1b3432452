/* inovda-iid.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-iid"

#include "config.h"

#include <string.h>

#include "model/inovda-decimal.h"
#include "inovda-iid.h"

/* IID in hundredths of a percent: total / max_total × 100 × 100. */
#define IID_SCALE G_GINT64_CONSTANT (10000)

/* The weights of one aspect, copied out of the catalogue once per call so
 * the inner loops do not chase pointers. */
typedef struct
{
  guint len;
  gint64 weight[INOVDA_MAX_INDICATORS];
  gboolean mandatory[INOVDA_MAX_INDICATORS];
} Weights;

static void
weights_init (Weights *weights,
              GPtrArray *rows)
{
  weights->len = MIN (rows->len, INOVDA_MAX_INDICATORS);
  for (guint i = 0; i < weights->len; i++)
    {
      const InovdaIndicator *indicator = g_ptr_array_index (rows, i);

      weights->weight[i] = indicator->weight;
      weights->mandatory[i] = indicator->mandatory;
    }
}

/* An unverified level (-1) scores nothing, and a level out of range is
 * clamped rather than allowed to inflate or sink a score. */
static int
effective_level (gint8 level)
{
  return CLAMP (level, 0, INOVDA_LEVEL_MAX);
}

static gint64
weighted_sum (const Weights *weights,
              const gint8 *levels)
{
  gint64 sum = 0;

  for (guint i = 0; i < weights->len; i++)
    sum += weights->weight[i] * effective_level (levels[i]);
  return sum;
}

static gboolean
status_counts (InovdaStatus status,
               InovdaProjection projection)
{
  if (projection == INOVDA_PROJECTION_VERIFIKASI)
    return status == INOVDA_STATUS_DITERIMA;
  return status == INOVDA_STATUS_SIAP_KIRIM ||
         status == INOVDA_STATUS_DIKIRIM ||
         status == INOVDA_STATUS_DITERIMA;
}

static gboolean
date_is_set (const char *date)
{
  return date != NULL && *date != '\0';
}

/* ISO dates compare as text. The upper bound is compared on its own length
 * so that a timestamp on the last day still falls inside. */
static gboolean
date_in_window (const char *date,
                const char *from,
                const char *to)
{
  if (!date_is_set (date))
    return FALSE;
  if (from != NULL && strcmp (date, from) < 0)
    return FALSE;
  if (to != NULL && strncmp (date, to, strlen (to)) > 0)
    return FALSE;
  return TRUE;
}

static guint
window_problem (InovdaCatalogue *catalogue,
                const InovdaScoreInnovation *innovation)
{
  const char *from = catalogue->eligible_from;
  const char *to = catalogue->eligible_to;

  if (from == NULL && to == NULL)
    return 0;
  if (date_in_window (innovation->waktu_penerapan, from, to) ||
      date_in_window (innovation->waktu_pengembangan, from, to))
    return 0;
  if (!date_is_set (innovation->waktu_penerapan))
    return INOVDA_INELIGIBLE_NO_PENERAPAN_DATE;
  return INOVDA_INELIGIBLE_OUTSIDE_WINDOW;
}

static int
first_empty_mandatory (const Weights *weights,
                       const gint8 *levels)
{
  for (guint i = 0; i < weights->len; i++)
    if (weights->mandatory[i] && effective_level (levels[i]) == 0)
      return (int) i;
  return -1;
}

/* The claimed levels without evidence above what a verifier has granted
 * (or not judged yet), and the first of them (or -1): a level verified as
 * claimed risks nothing. */
static guint
count_at_risk (const Weights *weights,
               const InovdaScoreInnovation *innovation,
               int *first)
{
  guint n = 0;

  *first = -1;
  for (guint i = 0; i < weights->len; i++)
    if (innovation->evidence_missing[i] && effective_level (innovation->level[i]) > 0 &&
        (innovation->verified_level[i] == INOVDA_LEVEL_UNVERIFIED ||
         innovation->verified_level[i] < effective_level (innovation->level[i])))
      {
        if (n++ == 0)
          *first = (int) i;
      }
  return n;
}

static void
score_innovation (InovdaCatalogue *catalogue,
                  const Weights *sid,
                  const InovdaScoreInnovation *innovation,
                  InovdaProjection projection,
                  InovdaInnovationScore *score)
{
  gboolean klaim = projection == INOVDA_PROJECTION_KLAIM;
  const gint8 *levels = klaim ? innovation->level : innovation->verified_level;

  score->kematangan = weighted_sum (sid, levels);
  score->ineligible = 0;
  score->n_at_risk = 0;
  score->first_at_risk = -1;

  if (!status_counts (innovation->status, projection))
    score->ineligible |= INOVDA_INELIGIBLE_STATUS;
  score->ineligible |= window_problem (catalogue, innovation);
  if (innovation->rancang_bangun_words < catalogue->rancang_bangun_min_words)
    score->ineligible |= INOVDA_INELIGIBLE_RANCANG_BANGUN;
  score->first_empty_mandatory = first_empty_mandatory (sid, levels);
  if (score->first_empty_mandatory >= 0)
    score->ineligible |= INOVDA_INELIGIBLE_MANDATORY_EMPTY;
  /* Only the levels of an innovation that counts can cost anything at
   * verification. */
  if (klaim && score->ineligible == 0)
    score->n_at_risk = count_at_risk (sid, innovation, &score->first_at_risk);
}

static guint
count_bits (guint mask)
{
  guint n = 0;

  for (; mask != 0; mask &= mask - 1)
    n++;
  return n;
}

/**
 * inovda_iid_from_fraction:
 * @total_numerator: the total times @divisor, in hundredths (not negative)
 * @divisor: the SID divisor, MAX(D, n)
 * @max_total: the catalogue's maximum total, in hundredths
 *
 * Computes round_half_up (total / @max_total × 100) to hundredths without
 * ever rounding the total itself.
 *
 * Returns: the IID in hundredths
 */
gint64
inovda_iid_from_fraction (gint64 total_numerator,
                          guint divisor,
                          gint64 max_total)
{
  gint64 denominator;
  gint64 quotient;
  gint64 remainder;

  g_return_val_if_fail (total_numerator >= 0, 0);
  g_return_val_if_fail (divisor > 0, 0);
  g_return_val_if_fail (max_total > 0, 0);
  g_return_val_if_fail (max_total <= G_MAXINT64 / IID_SCALE / divisor, 0);

  /* Split off the whole part so that only the remainder, which is below the
   * denominator, is scaled: the product cannot overflow. */
  denominator = max_total * (gint64) divisor;
  quotient = total_numerator / denominator;
  remainder = total_numerator % denominator;
  g_return_val_if_fail (quotient <= G_MAXINT64 / IID_SCALE - 1, 0);

  return quotient * IID_SCALE +
         inovda_decimal_div_half_up (remainder * IID_SCALE, denominator);
}

/**
 * inovda_projection_result_finish:
 * @catalogue: the year's catalogue
 * @result: a result whose spd, kematangan_sum, counted and yandas_mask are set
 *
 * Fills in every other aggregate of @result exactly; the per-innovation
 * array is left alone.
 */
void
inovda_projection_result_finish (InovdaCatalogue *catalogue,
                                 InovdaProjectionResult *result)
{
  gint64 base;
  gint64 numerator;

  g_return_if_fail (catalogue != NULL);
  g_return_if_fail (result != NULL);
  g_return_if_fail (catalogue->max_total > 0);
  g_return_if_fail (result->spd >= 0 && result->kematangan_sum >= 0);

  result->divisor = MAX (MAX (catalogue->divisor_floor, 1), result->counted);
  result->yandas_covered = count_bits (result->yandas_mask);
  result->yandas_met = catalogue->yandas_min == 0 ||
                       result->yandas_covered >= catalogue->yandas_min;
  result->jumlah = 0;
  if (result->yandas_met)
    result->jumlah = catalogue->jumlah_factor *
                     (gint64) MIN (result->counted, catalogue->jumlah_cap);

  base = result->spd + result->jumlah;
  g_return_if_fail (base <= (G_MAXINT64 - result->kematangan_sum) / result->divisor);
  numerator = base * result->divisor + result->kematangan_sum;

  result->sid = inovda_decimal_div_half_up (result->kematangan_sum, result->divisor) +
                result->jumlah;
  result->total = inovda_decimal_div_half_up (numerator, result->divisor);

  /* A region without a single validatable innovation is published as 0,
   * Tidak Dapat Dinilai (the "disclaimer"), even when its SPD would give a
   * positive total: the ministry rates innovations, and the SPD alone is
   * never ranked (methodology §3.5, §9.2). The totals above stay visible. */
  if (result->counted == 0)
    result->iid = 0;
  else
    result->iid = inovda_iid_from_fraction (numerator, result->divisor, catalogue->max_total);

  result->band = inovda_catalogue_band_index (catalogue, result->iid);
  result->predikat = inovda_catalogue_predikat_for (catalogue, result->iid);
}

/**
 * inovda_score_projection:
 * @catalogue: the year's catalogue
 * @region: the region's inputs
 * @projection: which levels to score
 * @result: (out caller-allocates): overwritten; clear a previous result first
 *
 * Scores one projection of one region exactly.
 */
void
inovda_score_projection (InovdaCatalogue *catalogue,
                         const InovdaScoreRegion *region,
                         InovdaProjection projection,
                         InovdaProjectionResult *result)
{
  Weights spd;
  Weights sid;
  const gint8 *spd_levels;

  g_return_if_fail (result != NULL);
  memset (result, 0, sizeof *result);
  g_return_if_fail (catalogue != NULL);
  g_return_if_fail (region != NULL);
  g_return_if_fail (region->n_innovations == 0 || region->innovations != NULL);
  g_return_if_fail (catalogue->spd->len <= INOVDA_MAX_INDICATORS);
  g_return_if_fail (catalogue->sid->len <= INOVDA_MAX_INDICATORS);

  weights_init (&spd, catalogue->spd);
  weights_init (&sid, catalogue->sid);

  spd_levels = projection == INOVDA_PROJECTION_KLAIM ? region->spd_level : region->spd_verified_level;
  result->spd = weighted_sum (&spd, spd_levels);

  result->innovations = g_array_sized_new (FALSE, TRUE, sizeof (InovdaInnovationScore),
                                           region->n_innovations);
  g_array_set_size (result->innovations, region->n_innovations);

  for (guint i = 0; i < region->n_innovations; i++)
    {
      const InovdaScoreInnovation *innovation = &region->innovations[i];
      InovdaInnovationScore *score = &g_array_index (result->innovations, InovdaInnovationScore, i);

      score->innovation_index = i;
      score_innovation (catalogue, &sid, innovation, projection, score);
      if (score->ineligible != 0)
        continue;
      result->counted++;
      result->kematangan_sum += score->kematangan;
      result->yandas_mask |= inovda_urusan_yandas_bit (innovation->urusan_utama);
    }

  inovda_projection_result_finish (catalogue, result);
}

/**
 * inovda_score_region:
 * @catalogue: the year's catalogue
 * @region: the region's inputs
 * @result: (out caller-allocates): both projections; clear with
 *   inovda_region_score_clear()
 */
void
inovda_score_region (InovdaCatalogue *catalogue,
                     const InovdaScoreRegion *region,
                     InovdaRegionScore *result)
{
  g_return_if_fail (result != NULL);

  inovda_score_projection (catalogue, region, INOVDA_PROJECTION_KLAIM, &result->klaim);
  inovda_score_projection (catalogue, region, INOVDA_PROJECTION_VERIFIKASI, &result->verifikasi);
}

void
inovda_projection_result_clear (InovdaProjectionResult *result)
{
  g_return_if_fail (result != NULL);

  g_clear_pointer (&result->innovations, g_array_unref);
  memset (result, 0, sizeof *result);
}

void
inovda_region_score_clear (InovdaRegionScore *result)
{
  g_return_if_fail (result != NULL);

  inovda_projection_result_clear (&result->klaim);
  inovda_projection_result_clear (&result->verifikasi);
}

void
inovda_score_innovation_init (InovdaScoreInnovation *innovation)
{
  g_return_if_fail (innovation != NULL);

  memset (innovation, 0, sizeof *innovation);
  innovation->status = INOVDA_STATUS_DRAF;
  memset (innovation->verified_level, INOVDA_LEVEL_UNVERIFIED, sizeof innovation->verified_level);
}

void
inovda_score_region_init (InovdaScoreRegion *region)
{
  g_return_if_fail (region != NULL);

  memset (region, 0, sizeof *region);
  memset (region->spd_verified_level, INOVDA_LEVEL_UNVERIFIED, sizeof region->spd_verified_level);
}

/**
 * inovda_count_words:
 * @text: (nullable): UTF-8 text
 *
 * Counts the words of a rancang bangun: runs of characters between Unicode
 * white space. Invalid bytes count as word characters.
 *
 * Returns: the number of words
 */
guint
inovda_count_words (const char *text)
{
  guint words = 0;
  gboolean in_word = FALSE;
  const char *p = text;

  if (text == NULL)
    return 0;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      gboolean space;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          space = FALSE;
          p++;
        }
      else
        {
          space = g_unichar_isspace (c);
          p = g_utf8_next_char (p);
        }
      if (!space && !in_word)
        words++;
      in_word = !space;
    }
  return words;
}
