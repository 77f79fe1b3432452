/* inovda-radar-charts.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-radar-charts"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "inovda-radar-charts.h"

static char *
claimed_label (int year)
{
  /* Translators: a chart series, the claimed scores of a year: “Claimed
   * 2026”. */
  return g_strdup_printf (_ ("Claimed %d"), year);
}

static char *
verified_label (int year)
{
  /* Translators: a chart series, the verified scores of a year: “Verified
   * 2026”. */
  return g_strdup_printf (_ ("Verified %d"), year);
}

/* Adds last year's claimed variables when that year has a catalogue and
 * reported innovations. */
static gboolean
add_previous_year (InovdaRadarChart *chart,
                   InovdaPortfolio *portfolio,
                   InovdaRegionResult *result)
{
  const InovdaScope scope = { INOVDA_SCOPE_REGION, NULL, 0 };
  const char *code = inovda_region_get_code (result->region);
  int year = result->year - 1;
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  g_autoptr (InovdaRegionYear) region_year = NULL;
  g_autofree char *label = NULL;
  InovdaRegionScore score = { 0 };

  if (portfolio == NULL)
    return FALSE;

  catalogue = inovda_portfolio_get_catalogue (portfolio, year, NULL);
  if (catalogue == NULL)
    return FALSE;
  region_year = inovda_portfolio_load_region_year (portfolio, catalogue, code, year, NULL);
  if (region_year == NULL || region_year->region.n_innovations == 0)
    return FALSE;

  inovda_score_region (catalogue, &region_year->region, &score);
  label = claimed_label (year);
  inovda_radar_chart_add_scored_series (chart, catalogue, &region_year->region, &score.klaim,
                                        INOVDA_PROJECTION_KLAIM, &scope, label);
  inovda_region_score_clear (&score);
  return TRUE;
}

/**
 * inovda_radar_charts_variables:
 * @portfolio: (nullable): where last year's assessments are read
 * @result: a scored year without error
 * @against_last_year: (out) (optional): whether the chart has last year
 *
 * The variables of the index this year against last year, both as
 * claimed; without last year, the claimed scores against the verified.
 *
 * Returns: (transfer full): the chart
 */
InovdaRadarChart *
inovda_radar_charts_variables (InovdaPortfolio *portfolio,
                               InovdaRegionResult *result,
                               gboolean *against_last_year)
{
  const InovdaScope scope = { INOVDA_SCOPE_REGION, NULL, 0 };
  g_autoptr (InovdaRadarChart) chart = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;
  gboolean has_last_year;

  g_return_val_if_fail (result != NULL && result->error == NULL, NULL);

  /* Translators: the subtitle of the variables chart. */
  subtitle = g_strdup (_ ("Share of each variable’s maximum score"));
  chart = inovda_radar_chart_new_for_catalogue (result->catalogue, INOVDA_RADAR_VARIABLES,
                                                INOVDA_SCOPE_REGION,
                                                _ ("Variables of the Index"), subtitle);

  label = claimed_label (result->year);
  inovda_radar_chart_add_scored_series (chart, result->catalogue, &result->region_year->region,
                                        &result->score.klaim, INOVDA_PROJECTION_KLAIM, &scope, label);
  g_clear_pointer (&label, g_free);

  has_last_year = add_previous_year (chart, portfolio, result);
  if (!has_last_year)
    {
      label = verified_label (result->year);
      inovda_radar_chart_add_scored_series (chart, result->catalogue, &result->region_year->region,
                                            &result->score.verifikasi, INOVDA_PROJECTION_VERIFIKASI,
                                            &scope, label);
    }

  if (against_last_year != NULL)
    *against_last_year = has_last_year;
  return g_steal_pointer (&chart);
}

/**
 * inovda_radar_charts_unit:
 * @result: a scored year without error
 * @unit_code: a perangkat daerah of the region
 * @unit_name: its name, the chart's title
 *
 * The SID indicators of a unit, the mean over its counted innovations, as
 * claimed and, when any of them is accepted, as verified.
 *
 * Returns: (transfer full): the chart
 */
InovdaRadarChart *
inovda_radar_charts_unit (InovdaRegionResult *result,
                          const char *unit_code,
                          const char *unit_name)
{
  const InovdaScope scope = { INOVDA_SCOPE_UNIT, unit_code, 0 };
  const InovdaScoreRegion *region;
  g_autoptr (InovdaRadarChart) chart = NULL;
  g_autofree char *label = NULL;
  InovdaShare shares[INOVDA_MAX_INDICATORS];
  guint n_counted;

  g_return_val_if_fail (result != NULL && result->error == NULL, NULL);
  g_return_val_if_fail (unit_code != NULL, NULL);

  region = &result->region_year->region;
  chart = inovda_radar_chart_new_for_catalogue (result->catalogue, INOVDA_RADAR_INDICATORS,
                                                INOVDA_SCOPE_UNIT, unit_name,
                                                _ ("Mean level of the counted innovations, share of each indicator’s maximum"));

  label = claimed_label (result->year);
  n_counted = inovda_radar_chart_add_scored_series (chart, result->catalogue, region, &result->score.klaim,
                                                    INOVDA_PROJECTION_KLAIM, &scope, label);
  g_clear_pointer (&label, g_free);

  if (n_counted > 0 &&
      inovda_normalize_indicators (result->catalogue, region, &result->score.verifikasi,
                                   INOVDA_PROJECTION_VERIFIKASI, &scope, shares) > 0)
    {
      label = verified_label (result->year);
      inovda_radar_chart_add_scored_series (chart, result->catalogue, region, &result->score.verifikasi,
                                            INOVDA_PROJECTION_VERIFIKASI, &scope, label);
    }

  return g_steal_pointer (&chart);
}

/**
 * inovda_radar_charts_what_if:
 * @result: the real year, scored
 * @region: (nullable): a changed copy of @result's inputs, %NULL before
 *   any change
 * @klaim: (nullable): the klaim projection of @region
 *
 * The variables of the real portfolio against the what-if copy. Before a
 * change the copy would be drawn exactly under the portfolio, and listed
 * in the legend as a series nobody can see: it is left out.
 *
 * Returns: (transfer full): the chart
 */
InovdaRadarChart *
inovda_radar_charts_what_if (InovdaRegionResult *result,
                             const InovdaScoreRegion *region,
                             const InovdaProjectionResult *klaim)
{
  const InovdaScope scope = { INOVDA_SCOPE_REGION, NULL, 0 };
  g_autoptr (InovdaRadarChart) chart = NULL;

  g_return_val_if_fail (result != NULL && result->error == NULL, NULL);
  g_return_val_if_fail ((region == NULL) == (klaim == NULL), NULL);

  chart = inovda_radar_chart_new_for_catalogue (result->catalogue, INOVDA_RADAR_VARIABLES,
                                                INOVDA_SCOPE_REGION,
                                                _ ("Variables, Claimed"),
                                                _ ("Share of each variable’s maximum score"));
  inovda_radar_chart_add_scored_series (chart, result->catalogue, &result->region_year->region,
                                        &result->score.klaim, INOVDA_PROJECTION_KLAIM, &scope,
                                        /* Translators: a chart series, the data as stored. */
                                        _ ("Portfolio"));
  if (region != NULL)
    inovda_radar_chart_add_scored_series (chart, result->catalogue, region, klaim,
                                          INOVDA_PROJECTION_KLAIM, &scope,
                                          /* Translators: a chart series, the data with the
                                           * scenario's changes. */
                                          _ ("What-if"));
  return g_steal_pointer (&chart);
}
