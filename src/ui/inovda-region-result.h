/* inovda-region-result.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "storage/inovda-portfolio.h"

G_BEGIN_DECLS

/* One region's assessment year as the pages show it: the catalogue, the
 * inputs loaded from the portfolio and their score, computed once per change
 * and shared by every page. */

typedef struct
{
  /*< private >*/
  grefcount ref_count;

  /*< public, read-only >*/
  InovdaRegion *region;
  int year;
  InovdaCatalogue *catalogue;    /* NULL when @error is set */
  InovdaRegionYear *region_year; /* NULL when @error is set */
  InovdaRegionScore score;       /* zeroed when @error is set */
  GError *error;                 /* why the year cannot be scored */
} InovdaRegionResult;

InovdaRegionResult *inovda_region_result_load (InovdaPortfolio *portfolio,
                                               InovdaRegion *region,
                                               int year) G_GNUC_WARN_UNUSED_RESULT;
InovdaRegionResult *inovda_region_result_ref (InovdaRegionResult *self);
void inovda_region_result_unref (InovdaRegionResult *self);
const InovdaInnovationScore *inovda_region_result_get_innovation_score (InovdaRegionResult *self,
                                                                        InovdaProjection projection,
                                                                        guint index);
char *inovda_region_result_describe_problems (InovdaRegionResult *self,
                                              guint index) G_GNUC_WARN_UNUSED_RESULT;
void inovda_region_result_apply (InovdaRegionResult *self,
                                 GListModel *innovations);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaRegionResult, inovda_region_result_unref)

G_END_DECLS
