/* inovda-report-export.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-report-export"

#include "config.h"

#include "charts/inovda-report.h"
#include "inovda-report-export.h"

/* The year before, when the portfolio has innovations for it. */
static InovdaRegionYear *
load_previous (InovdaPortfolio *portfolio,
               const char *region_code,
               int year)
{
  g_autoptr (InovdaCatalogue) catalogue = inovda_portfolio_get_catalogue (portfolio, year, NULL);
  g_autoptr (InovdaRegionYear) region = NULL;

  if (catalogue == NULL)
    return NULL;
  region = inovda_portfolio_load_region_year (portfolio, catalogue, region_code, year, NULL);
  if (region == NULL || region->region.n_innovations == 0)
    return NULL;
  return g_steal_pointer (&region);
}

gboolean
inovda_export_report (InovdaPortfolio *portfolio,
                      const char *region_code,
                      int year,
                      const char *path,
                      GError **error)
{
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  g_autoptr (InovdaRegionYear) current = NULL;
  g_autoptr (InovdaRegionYear) previous = NULL;
  g_autoptr (GListModel) units = NULL;
  InovdaReportInput input = { 0 };

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (portfolio), FALSE);
  g_return_val_if_fail (region_code != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!inovda_portfolio_check_output (portfolio, path, error))
    return FALSE;
  catalogue = inovda_portfolio_get_catalogue (portfolio, year, error);
  if (catalogue == NULL)
    return FALSE;
  current = inovda_portfolio_load_region_year (portfolio, catalogue, region_code, year, error);
  if (current == NULL)
    return FALSE;
  units = inovda_portfolio_list_units (portfolio, region_code, year, error);
  if (units == NULL)
    return FALSE;

  input.catalogue = catalogue;
  input.region = &current->region;
  input.spd_n_evidence = current->spd_n_evidence;
  input.units = units;
  input.year = year;
  previous = load_previous (portfolio, region_code, year - 1);
  if (previous != NULL)
    {
      input.previous_catalogue = previous->catalogue;
      input.previous_region = &previous->region;
      input.previous_year = year - 1;
    }

  return inovda_report_write_pdf (&input, path, error);
}
