/* inovda-scenario.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-scenario"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "inovda-scenario.h"

#include "model/inovda-decimal.h"

static const char *const kind_codes[] = {
  [INOVDA_CHANGE_SID_LEVEL] = "sid",
  [INOVDA_CHANGE_SPD_LEVEL] = "spd",
  [INOVDA_CHANGE_ADD_INNOVATION] = "add",
  [INOVDA_CHANGE_LEAVE_OUT] = "leave-out",
  [INOVDA_CHANGE_MAKE_ELIGIBLE] = "eligible",
};

static InovdaChange *
change_new (InovdaChangeKind kind,
            const char *innovation,
            const char *indicator,
            const char *urusan,
            int level)
{
  InovdaChange *change = g_new0 (InovdaChange, 1);

  change->kind = kind;
  change->innovation = g_strdup (innovation);
  change->indicator = g_strdup (indicator);
  change->urusan = g_strdup (urusan);
  change->level = level;
  return change;
}

static gboolean
change_same_target (const InovdaChange *a,
                    const InovdaChange *b)
{
  if (a->kind != b->kind)
    return FALSE;
  switch (a->kind)
    {
    case INOVDA_CHANGE_SID_LEVEL:
      return g_strcmp0 (a->innovation, b->innovation) == 0 && g_strcmp0 (a->indicator, b->indicator) == 0;
    case INOVDA_CHANGE_SPD_LEVEL:
      return g_strcmp0 (a->indicator, b->indicator) == 0;
    case INOVDA_CHANGE_LEAVE_OUT:
    case INOVDA_CHANGE_MAKE_ELIGIBLE:
      return g_strcmp0 (a->innovation, b->innovation) == 0;
    case INOVDA_CHANGE_ADD_INNOVATION:
    default:
      return FALSE;
    }
}

void
inovda_change_free (InovdaChange *change)
{
  if (change == NULL)
    return;
  g_free (change->innovation);
  g_free (change->indicator);
  g_free (change->urusan);
  g_free (change);
}

/* Returns: one line of tab-separated fields: kind, innovation, indicator,
 * urusan, level */
char *
inovda_change_serialize (const InovdaChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);
  g_return_val_if_fail (change->kind < G_N_ELEMENTS (kind_codes), NULL);

  return g_strdup_printf ("%s\t%s\t%s\t%s\t%d",
                          kind_codes[change->kind],
                          change->innovation != NULL ? change->innovation : "",
                          change->indicator != NULL ? change->indicator : "",
                          change->urusan != NULL ? change->urusan : "",
                          change->level);
}

static const char *
empty_to_null (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : NULL;
}

/* Returns: (nullable): the change, or %NULL when @text is not one */
InovdaChange *
inovda_change_deserialize (const char *text)
{
  g_auto (GStrv) fields = NULL;
  gint64 level = 0;

  g_return_val_if_fail (text != NULL, NULL);

  fields = g_strsplit (text, "\t", 5);
  if (g_strv_length (fields) != 5 ||
      !g_ascii_string_to_signed (fields[4], 10, 0, INOVDA_LEVEL_MAX, &level, NULL))
    return NULL;

  for (guint kind = 0; kind < G_N_ELEMENTS (kind_codes); kind++)
    if (g_strcmp0 (fields[0], kind_codes[kind]) == 0)
      return change_new (kind, empty_to_null (fields[1]), empty_to_null (fields[2]),
                         empty_to_null (fields[3]), (int) level);
  return NULL;
}

/* A change the portfolio can take as one edit. Adding an innovation or
 * making one eligible needs the editor. */
gboolean
inovda_change_is_appliable (const InovdaChange *change)
{
  g_return_val_if_fail (change != NULL, FALSE);

  return change->kind == INOVDA_CHANGE_SID_LEVEL ||
         change->kind == INOVDA_CHANGE_SPD_LEVEL ||
         change->kind == INOVDA_CHANGE_LEAVE_OUT;
}

/* ------------------------------------------------------------------------ */

InovdaScenario *
inovda_scenario_new (const char *name)
{
  InovdaScenario *self = g_new0 (InovdaScenario, 1);

  g_ref_count_init (&self->ref_count);
  self->name = g_strdup (name);
  self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) inovda_change_free);
  return self;
}

InovdaScenario *
inovda_scenario_ref (InovdaScenario *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
inovda_scenario_unref (InovdaScenario *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;
  g_free (self->name);
  g_ptr_array_unref (self->changes);
  g_free (self);
}

InovdaScenario *
inovda_scenario_copy (InovdaScenario *self)
{
  InovdaScenario *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = inovda_scenario_new (self->name);
  for (guint i = 0; i < self->changes->len; i++)
    {
      const InovdaChange *change = g_ptr_array_index (self->changes, i);

      g_ptr_array_add (copy->changes, change_new (change->kind, change->innovation, change->indicator,
                                                  change->urusan, change->level));
    }
  return copy;
}

void
inovda_scenario_set_name (InovdaScenario *self,
                          const char *name)
{
  g_return_if_fail (self != NULL);

  g_free (self->name);
  self->name = g_strdup (name);
}

/**
 * inovda_scenario_add_change:
 * @change: (transfer full): the change
 *
 * Adds @change, replacing a change of the same level or innovation.
 */
void
inovda_scenario_add_change (InovdaScenario *self,
                            InovdaChange *change)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (change != NULL);

  for (guint i = 0; i < self->changes->len; i++)
    if (change_same_target (g_ptr_array_index (self->changes, i), change))
      {
        inovda_change_free (g_ptr_array_index (self->changes, i));
        g_ptr_array_index (self->changes, i) = change;
        return;
      }
  g_ptr_array_add (self->changes, change);
}

void
inovda_scenario_remove_change (InovdaScenario *self,
                               guint index)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->changes->len);

  g_ptr_array_remove_index (self->changes, index);
}

static const char *
indicator_id (GPtrArray *rows,
              int index)
{
  if (index < 0 || (guint) index >= rows->len)
    return NULL;
  return ((const InovdaIndicator *) g_ptr_array_index (rows, index))->id;
}

static const char *
real_innovation_uid (const InovdaScoreRegion *region,
                     int index)
{
  const char *id;

  if (index < 0 || (guint) index >= region->n_innovations)
    return NULL;
  id = region->innovations[index].id;
  if (id == NULL || g_str_has_prefix (id, INOVDA_WHAT_IF_ID_PREFIX))
    return NULL;
  return id;
}

/* The changes that try @gap, in a new array of InovdaChange*. */
static GPtrArray *
changes_for_gap (InovdaCatalogue *catalogue,
                 const InovdaScoreRegion *region,
                 const InovdaGap *gap)
{
  g_autoptr (GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) inovda_change_free);
  const char *uid = real_innovation_uid (region, gap->innovation_index);
  const char *indicator;
  guint n_urusan;
  const InovdaUrusan *urusan = inovda_urusan_get_all (&n_urusan);
  guint added = 0;

  switch (gap->kind)
    {
    case INOVDA_GAP_RAISE_SID:
      indicator = indicator_id (catalogue->sid, gap->indicator_index);
      if (uid != NULL && indicator != NULL)
        g_ptr_array_add (changes, change_new (INOVDA_CHANGE_SID_LEVEL, uid, indicator, NULL, gap->to_level));
      break;

    case INOVDA_GAP_RAISE_SPD:
      indicator = indicator_id (catalogue->spd, gap->indicator_index);
      if (indicator != NULL)
        g_ptr_array_add (changes, change_new (INOVDA_CHANGE_SPD_LEVEL, NULL, indicator, NULL, gap->to_level));
      break;

    case INOVDA_GAP_MAKE_ELIGIBLE:
      if (uid != NULL)
        g_ptr_array_add (changes, change_new (INOVDA_CHANGE_MAKE_ELIGIBLE, uid, NULL, NULL, 0));
      break;

    case INOVDA_GAP_ADD_INNOVATIONS:
      for (guint i = 0; i < gap->count; i++)
        g_ptr_array_add (changes, change_new (INOVDA_CHANGE_ADD_INNOVATION, NULL, NULL, NULL, 0));
      break;

    case INOVDA_GAP_COVER_YANDAS:
      for (guint k = 0; k < INOVDA_N_YANDAS && k < n_urusan && added < gap->count; k++)
        if (gap->yandas_missing_mask & (1u << k))
          {
            g_ptr_array_add (changes, change_new (INOVDA_CHANGE_ADD_INNOVATION, NULL, NULL, urusan[k].code, 0));
            added++;
          }
      break;

    default:
      break;
    }

  return g_steal_pointer (&changes);
}

/**
 * inovda_scenario_add_gap:
 * @region: the input @gap was found in
 * @gap: a gap of the engine's analysis
 *
 * Adds the changes that try @gap: a level, an eligibility fix, or the
 * innovations it asks for.
 *
 * Returns: the number of changes added
 */
guint
inovda_scenario_add_gap (InovdaScenario *self,
                         InovdaCatalogue *catalogue,
                         const InovdaScoreRegion *region,
                         const InovdaGap *gap)
{
  g_autoptr (GPtrArray) changes = NULL;
  guint n;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (catalogue != NULL && region != NULL && gap != NULL, 0);

  changes = changes_for_gap (catalogue, region, gap);
  n = changes->len;
  for (guint i = 0; i < n; i++)
    inovda_scenario_add_change (self, g_ptr_array_steal_index (changes, 0));
  return n;
}

/* Returns: whether the level or fix @gap proposes is already in the
 * scenario (gaps that add innovations never are) */
gboolean
inovda_scenario_has_gap (InovdaScenario *self,
                         InovdaCatalogue *catalogue,
                         const InovdaScoreRegion *region,
                         const InovdaGap *gap)
{
  g_autoptr (GPtrArray) changes = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  changes = changes_for_gap (catalogue, region, gap);
  if (changes->len != 1)
    return FALSE;

  for (guint i = 0; i < self->changes->len; i++)
    {
      const InovdaChange *change = g_ptr_array_index (self->changes, i);
      const InovdaChange *wanted = g_ptr_array_index (changes, 0);

      if (change_same_target (change, wanted) && change->level >= wanted->level)
        return TRUE;
    }
  return FALSE;
}

/* Adds the changes of @gap one at a time, while @plan has fewer than
 * @max_changes, and stops once the claimed IID reaches @target: a gap that
 * asks for twelve more innovations may need only one for the next band. */
static guint
add_plan_gap (InovdaScenario *plan,
              InovdaCatalogue *catalogue,
              InovdaRegionYear *region_year,
              const InovdaScoreRegion *region,
              const InovdaGap *gap,
              gint64 target,
              guint max_changes)
{
  g_autoptr (GPtrArray) changes = changes_for_gap (catalogue, region, gap);
  guint added = 0;

  while (changes->len > 0 && plan->changes->len < max_changes)
    {
      inovda_scenario_add_change (plan, g_ptr_array_steal_index (changes, 0));
      added++;

      if (changes->len > 0 && target >= 0)
        {
          g_autoptr (InovdaWhatIf) what_if = inovda_what_if_new (catalogue, region_year, plan);

          if (what_if->score.klaim.iid >= target)
            break;
        }
    }
  return added;
}

/**
 * inovda_scenario_new_plan:
 * @region_year: the real input
 * @max_steps: the most changes to propose
 *
 * The route to the next predikat: the engine's best single change, tried,
 * then the best one after it, until the next band is reached (or, at the
 * top band, @max_steps changes). A change that adds several innovations
 * adds only those the next band needs.
 *
 * Returns: (transfer full): a scenario with the plan's changes
 */
InovdaScenario *
inovda_scenario_new_plan (InovdaCatalogue *catalogue,
                          InovdaRegionYear *region_year,
                          guint max_steps)
{
  g_autoptr (InovdaScenario) plan = inovda_scenario_new (NULL);
  InovdaGapAnalysis first = { 0 };
  gint64 target;

  g_return_val_if_fail (catalogue != NULL && region_year != NULL, NULL);

  inovda_gaps_analyse (catalogue, &region_year->region, &first);
  target = first.next_band_lower;
  inovda_gap_analysis_clear (&first);

  while (plan->changes->len < max_steps)
    {
      g_autoptr (InovdaWhatIf) what_if = inovda_what_if_new (catalogue, region_year, plan);
      InovdaGapAnalysis analysis = { 0 };
      guint added = 0;

      if (target >= 0 && what_if->score.klaim.iid >= target)
        break;

      inovda_gaps_analyse (catalogue, &what_if->region, &analysis);
      for (guint i = 0; analysis.gaps != NULL && i < analysis.gaps->len && added == 0; i++)
        added = add_plan_gap (plan, catalogue, region_year, &what_if->region,
                              &g_array_index (analysis.gaps, InovdaGap, i), target, max_steps);
      inovda_gap_analysis_clear (&analysis);

      if (added == 0)
        break;
    }

  return g_steal_pointer (&plan);
}

/* ------------------------------------------------------------------------ */

int
inovda_what_if_find (const InovdaScoreRegion *region,
                     const char *uid)
{
  g_return_val_if_fail (region != NULL, -1);

  for (guint i = 0; uid != NULL && i < region->n_innovations; i++)
    if (g_strcmp0 (region->innovations[i].id, uid) == 0)
      return (int) i;
  return -1;
}

/* A new innovation is as mature as the counted innovation nearest the
 * region's mean (the same assumption the gaps analysis makes); without one,
 * level 1 everywhere, implemented at the start of the window. */
static void
make_template (InovdaCatalogue *catalogue,
               const InovdaScoreRegion *region,
               InovdaScoreInnovation *template)
{
  InovdaProjectionResult result = { 0 };
  gint64 best_distance = G_MAXINT64;
  int best = -1;

  inovda_score_projection (catalogue, region, INOVDA_PROJECTION_KLAIM, &result);
  for (guint i = 0; result.counted > 0 && i < result.innovations->len; i++)
    {
      const InovdaInnovationScore *score = &g_array_index (result.innovations, InovdaInnovationScore, i);
      gint64 distance;

      if (score->ineligible != 0)
        continue;
      /* Compare kematangan × n with the sum: no rounding needed. */
      distance = ABS (score->kematangan * (gint64) result.counted - result.kematangan_sum);
      if (distance < best_distance)
        {
          best_distance = distance;
          best = (int) score->innovation_index;
        }
    }
  inovda_projection_result_clear (&result);

  if (best >= 0)
    {
      *template = region->innovations[best];
      return;
    }

  inovda_score_innovation_init (template);
  for (guint k = 0; k < catalogue->sid->len && k < INOVDA_MAX_INDICATORS; k++)
    template->level[k] = 1;
  template->status = INOVDA_STATUS_DIKIRIM;
  template->tahapan = INOVDA_TAHAPAN_PENERAPAN;
  template->waktu_penerapan = catalogue->eligible_from;
  template->rancang_bangun_words = catalogue->rancang_bangun_min_words;
}

static void
add_innovation (InovdaWhatIf *self,
                InovdaCatalogue *catalogue,
                const InovdaScoreInnovation *template,
                const char *urusan)
{
  InovdaScoreInnovation *innovation = &self->innovations[self->region.n_innovations];
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;

  self->n_added++;
  id = g_strdup_printf (INOVDA_WHAT_IF_ID_PREFIX "%u", self->n_added);
  /* Translators: a hypothetical innovation in a what-if scenario; %u
   * numbers them. */
  name = g_strdup_printf (_ ("New innovation %u"), self->n_added);

  *innovation = *template;
  innovation->id = g_string_chunk_insert (self->strings, id);
  innovation->name = g_string_chunk_insert (self->strings, name);
  innovation->unit_code = NULL;
  innovation->status = INOVDA_STATUS_DIKIRIM;
  /* "0.00" is no basic-service affair: the new one covers nothing new. */
  innovation->urusan_utama = g_string_chunk_insert (self->strings, urusan != NULL ? urusan : "0.00");
  for (guint k = 0; k < INOVDA_MAX_INDICATORS; k++)
    {
      innovation->verified_level[k] = INOVDA_LEVEL_UNVERIFIED;
      innovation->evidence_missing[k] = FALSE;
    }
  self->region.n_innovations++;
}

static gboolean
apply_change (InovdaWhatIf *self,
              InovdaCatalogue *catalogue,
              const InovdaChange *change,
              const InovdaScoreInnovation *template)
{
  int index = -1;
  int k;

  if (change->innovation != NULL)
    {
      index = inovda_what_if_find (&self->region, change->innovation);
      if (index < 0)
        return FALSE;
    }

  switch (change->kind)
    {
    case INOVDA_CHANGE_SID_LEVEL:
      k = inovda_catalogue_indicator_index (catalogue, INOVDA_ASPECT_SID, change->indicator);
      if (k < 0 || k >= INOVDA_MAX_INDICATORS || index < 0)
        return FALSE;
      self->innovations[index].level[k] = (gint8) CLAMP (change->level, 0, INOVDA_LEVEL_MAX);
      return TRUE;

    case INOVDA_CHANGE_SPD_LEVEL:
      k = inovda_catalogue_indicator_index (catalogue, INOVDA_ASPECT_SPD, change->indicator);
      if (k < 0 || k >= INOVDA_MAX_INDICATORS)
        return FALSE;
      self->region.spd_level[k] = (gint8) CLAMP (change->level, 0, INOVDA_LEVEL_MAX);
      return TRUE;

    case INOVDA_CHANGE_LEAVE_OUT:
      if (index < 0)
        return FALSE;
      self->innovations[index].status = INOVDA_STATUS_DRAF;
      return TRUE;

    case INOVDA_CHANGE_MAKE_ELIGIBLE:
      if (index < 0)
        return FALSE;
      for (guint j = 0; j < catalogue->sid->len && j < INOVDA_MAX_INDICATORS; j++)
        {
          const InovdaIndicator *indicator = g_ptr_array_index (catalogue->sid, j);

          if (indicator->mandatory && self->innovations[index].level[j] <= 0)
            self->innovations[index].level[j] = 1;
        }
      self->innovations[index].rancang_bangun_words =
          MAX (self->innovations[index].rancang_bangun_words, catalogue->rancang_bangun_min_words);
      return TRUE;

    case INOVDA_CHANGE_ADD_INNOVATION:
      add_innovation (self, catalogue, template, change->urusan);
      return TRUE;

    default:
      return FALSE;
    }
}

/**
 * inovda_what_if_new:
 * @catalogue: the year's catalogue
 * @base: the real input, kept alive: the copy borrows its strings
 * @scenario: (nullable): the changes to make
 *
 * Copies the input of @base, makes the changes of @scenario on the copy and
 * scores it with the engine. @base is never changed.
 *
 * Returns: (transfer full): the changed copy and its score
 */
InovdaWhatIf *
inovda_what_if_new (InovdaCatalogue *catalogue,
                    InovdaRegionYear *base,
                    InovdaScenario *scenario)
{
  g_autoptr (InovdaWhatIf) self = NULL;
  InovdaScoreInnovation template = { 0 };
  guint n_changes = scenario != NULL ? scenario->changes->len : 0;
  guint n_adds = 0;

  g_return_val_if_fail (catalogue != NULL, NULL);
  g_return_val_if_fail (base != NULL, NULL);

  for (guint i = 0; i < n_changes; i++)
    if (((InovdaChange *) g_ptr_array_index (scenario->changes, i))->kind == INOVDA_CHANGE_ADD_INNOVATION)
      n_adds++;

  self = g_new0 (InovdaWhatIf, 1);
  self->base = inovda_region_year_ref (base);
  self->strings = g_string_chunk_new (256);
  self->region = base->region;
  self->innovations = g_new0 (InovdaScoreInnovation, base->region.n_innovations + n_adds + 1);
  if (base->region.n_innovations > 0)
    memcpy (self->innovations, base->region.innovations,
            sizeof (InovdaScoreInnovation) * base->region.n_innovations);
  self->region.innovations = self->innovations;

  if (n_adds > 0)
    make_template (catalogue, &base->region, &template);

  for (guint i = 0; i < n_changes; i++)
    if (!apply_change (self, catalogue, g_ptr_array_index (scenario->changes, i), &template))
      self->n_unmatched++;

  inovda_score_region (catalogue, &self->region, &self->score);
  return g_steal_pointer (&self);
}

void
inovda_what_if_free (InovdaWhatIf *self)
{
  if (self == NULL)
    return;

  inovda_region_score_clear (&self->score);
  g_free (self->innovations);
  g_string_chunk_free (self->strings);
  inovda_region_year_unref (self->base);
  g_free (self);
}
