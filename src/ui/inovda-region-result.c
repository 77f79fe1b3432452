/* inovda-region-result.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-region-result"

#include "config.h"

#include "inovda-region-result.h"
#include "inovda-ui-format.h"

/**
 * inovda_region_result_load:
 * @portfolio: the portfolio
 * @region: the region
 * @year: the assessment year
 *
 * Loads and scores @region in @year. A year without a catalogue, or a failed
 * query, gives a result whose @error says why.
 *
 * Returns: (transfer full): the result
 */
InovdaRegionResult *
inovda_region_result_load (InovdaPortfolio *portfolio,
                           InovdaRegion *region,
                           int year)
{
  g_autoptr (InovdaRegionResult) self = NULL;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (portfolio), NULL);
  g_return_val_if_fail (INOVDA_IS_REGION (region), NULL);

  self = g_new0 (InovdaRegionResult, 1);
  g_ref_count_init (&self->ref_count);
  self->region = g_object_ref (region);
  self->year = year;

  self->catalogue = inovda_portfolio_get_catalogue (portfolio, year, &self->error);
  if (self->catalogue == NULL)
    return g_steal_pointer (&self);

  self->region_year = inovda_portfolio_load_region_year (portfolio,
                                                         self->catalogue,
                                                         inovda_region_get_code (region),
                                                         year,
                                                         &self->error);
  if (self->region_year == NULL)
    {
      g_clear_pointer (&self->catalogue, inovda_catalogue_unref);
      return g_steal_pointer (&self);
    }

  inovda_score_region (self->catalogue, &self->region_year->region, &self->score);
  return g_steal_pointer (&self);
}

InovdaRegionResult *
inovda_region_result_ref (InovdaRegionResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
inovda_region_result_unref (InovdaRegionResult *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  if (self->region_year != NULL)
    inovda_region_score_clear (&self->score);
  g_clear_pointer (&self->region_year, inovda_region_year_unref);
  g_clear_pointer (&self->catalogue, inovda_catalogue_unref);
  g_clear_object (&self->region);
  g_clear_error (&self->error);
  g_free (self);
}

/**
 * inovda_region_result_get_innovation_score:
 * @self: a result without error
 * @projection: klaim or verifikasi
 * @index: an index into the region year's innovations
 *
 * Returns: (nullable): the score of one innovation
 */
const InovdaInnovationScore *
inovda_region_result_get_innovation_score (InovdaRegionResult *self,
                                           InovdaProjection projection,
                                           guint index)
{
  const InovdaProjectionResult *result;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->region_year == NULL)
    return NULL;

  result = projection == INOVDA_PROJECTION_KLAIM ? &self->score.klaim : &self->score.verifikasi;
  if (result->innovations == NULL || index >= result->innovations->len)
    return NULL;

  /* The engine keeps the input order; search only if it ever does not. */
  if (g_array_index (result->innovations, InovdaInnovationScore, index).innovation_index == index)
    return &g_array_index (result->innovations, InovdaInnovationScore, index);
  for (guint i = 0; i < result->innovations->len; i++)
    if (g_array_index (result->innovations, InovdaInnovationScore, i).innovation_index == index)
      return &g_array_index (result->innovations, InovdaInnovationScore, i);
  return NULL;
}

char *
inovda_region_result_describe_problems (InovdaRegionResult *self,
                                        guint index)
{
  const InovdaInnovationScore *score;

  g_return_val_if_fail (self != NULL, NULL);

  score = inovda_region_result_get_innovation_score (self, INOVDA_PROJECTION_KLAIM, index);
  if (score == NULL || index >= self->region_year->region.n_innovations)
    return NULL;

  return inovda_ui_describe_ineligibility (self->catalogue,
                                           &self->region_year->region.innovations[index],
                                           score);
}

/**
 * inovda_region_result_apply:
 * @self: a result
 * @innovations: a list of #InovdaInnovation of the same region and year
 *
 * Sets the year-specific values (status, kematangan claimed and verified,
 * eligibility and its problems) of every innovation in @innovations.
 * Innovations not reported in the year are cleared.
 */
void
inovda_region_result_apply (InovdaRegionResult *self,
                            GListModel *innovations)
{
  guint n_items;

  g_return_if_fail (self != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (innovations));

  n_items = g_list_model_get_n_items (innovations);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (innovations, i);
      const InovdaInnovationScore *klaim = NULL;
      const InovdaInnovationScore *verifikasi = NULL;
      g_autofree char *problems = NULL;
      int index = -1;

      if (self->region_year != NULL)
        index = inovda_region_year_find (self->region_year, inovda_innovation_get_id (innovation));

      if (index >= 0)
        {
          klaim = inovda_region_result_get_innovation_score (self, INOVDA_PROJECTION_KLAIM, index);
          verifikasi = inovda_region_result_get_innovation_score (self, INOVDA_PROJECTION_VERIFIKASI, index);
        }

      if (klaim == NULL)
        {
          /* Without a score, keep the status the portfolio reports. */
          inovda_innovation_set_assessment (innovation,
                                            inovda_innovation_get_status (innovation),
                                            -1, -1, FALSE, NULL);
          inovda_innovation_set_n_at_risk (innovation, 0);
          continue;
        }

      problems = inovda_region_result_describe_problems (self, index);
      inovda_innovation_set_assessment (innovation,
                                        inovda_status_to_code (self->region_year->region.innovations[index].status),
                                        klaim->kematangan,
                                        verifikasi != NULL ? verifikasi->kematangan : -1,
                                        klaim->ineligible == 0,
                                        problems);
      inovda_innovation_set_n_at_risk (innovation, klaim->n_at_risk);
    }
}
