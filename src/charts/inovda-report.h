/* inovda-report.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "scoring/inovda-iid.h"

G_BEGIN_DECLS

/* The region's PDF report for one assessment year (A4 portrait): a cover,
 * the summary with the variables radar against the previous year, one
 * table per perangkat daerah with its innovations and kematangan, the
 * claimed levels without evidence per unit, and "Page N of M" footers.
 * The caller loads the data (inovda_portfolio_load_region_year() and
 * inovda_portfolio_list_units()); the report only reads it. */

typedef struct
{
  InovdaCatalogue *catalogue;
  const InovdaScoreRegion *region; /* its code and name name the region */
  const guint *spd_n_evidence;     /* nullable: evidence count per catalogue->spd row */
  GListModel *units;               /* InovdaUnit: the region's perangkat daerah */
  int year;

  /* The year to compare with (nullable / 0 when there is none) */
  InovdaCatalogue *previous_catalogue;
  const InovdaScoreRegion *previous_region;
  int previous_year;

  GDateTime *date; /* nullable: the cover's date, today by default */
} InovdaReportInput;

gboolean inovda_report_write_pdf (const InovdaReportInput *input,
                                  const char *path,
                                  GError **error);
char *inovda_format_long_date (GDateTime *date);
char *inovda_format_long_iso_date (const char *iso_date);

G_END_DECLS
