/* inovda-region-year.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "scoring/inovda-iid.h"

G_BEGIN_DECLS

/* One region's assessments of one year, loaded from the portfolio in the
 * shape the scoring engine takes, with the strings it borrows. */

typedef struct
{
  /*< private >*/
  gatomicrefcount ref_count;
  GStringChunk *strings;

  /*< public, read-only >*/
  InovdaCatalogue *catalogue;
  int year;
  InovdaScoreRegion region; /* region.innovations has n_innovations items */
  gint64 *innovation_ids;   /* the database id of each innovation, same order */
  char **spd_raw_values;    /* per catalogue->spd row: the raw value entered, or NULL */
  guint *n_evidence;        /* per innovation × INOVDA_MAX_INDICATORS: evidence count */
  guint *spd_n_evidence;    /* per catalogue->spd row */
} InovdaRegionYear;

#define INOVDA_TYPE_REGION_YEAR (inovda_region_year_get_type ())

GType inovda_region_year_get_type (void) G_GNUC_CONST;
InovdaRegionYear *inovda_region_year_new (InovdaCatalogue *catalogue,
                                          int year,
                                          guint n_innovations);
InovdaRegionYear *inovda_region_year_ref (InovdaRegionYear *self);
void inovda_region_year_unref (InovdaRegionYear *self);
const char *inovda_region_year_intern (InovdaRegionYear *self,
                                       const char *text);
int inovda_region_year_find (InovdaRegionYear *self,
                             gint64 innovation_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaRegionYear, inovda_region_year_unref)

G_END_DECLS
