/* inovda-gaps.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scoring/inovda-iid.h"

G_BEGIN_DECLS

/* The gaps analysis: every single change that would raise the region's IID
 * (klaim projection), ranked by the IID points it gains. */

typedef enum
{
  INOVDA_GAP_RAISE_SID,       /* raise one indicator of one counted innovation one level */
  INOVDA_GAP_MAKE_ELIGIBLE,   /* fix an innovation that is reported but not counted */
  INOVDA_GAP_ADD_INNOVATIONS, /* add the innovations missing to the divisor floor */
  INOVDA_GAP_COVER_YANDAS,    /* cover the missing urusan wajib pelayanan dasar */
  INOVDA_GAP_RAISE_SPD,       /* raise one SPD row one level */
} InovdaGapKind;

typedef struct
{
  InovdaGapKind kind;
  int innovation_index;      /* into the region's innovations, or -1 */
  int indicator_index;       /* into catalogue->sid or ->spd, or -1; MAKE_ELIGIBLE: the
                                first empty mandatory indicator */
  int from_level;            /* -1 when no level changes */
  int to_level;              /* -1 when no level changes */
  guint count;               /* ADD_INNOVATIONS: how many; COVER_YANDAS: urusan to cover;
                                MAKE_ELIGIBLE: mandatory indicators set to level 1 */
  guint yandas_missing_mask; /* COVER_YANDAS: bit i = 1.0(i+1) not covered */
  gint64 assumed_kematangan; /* ADD_INNOVATIONS: hundredths per added innovation */
  gint64 iid_after;          /* hundredths */
  gint64 gain;               /* hundredths of IID points */
  gboolean crosses_band;     /* iid_after reaches the next predikat band */
} InovdaGap;

typedef struct
{
  gint64 iid; /* current klaim IID, hundredths */
  int band;   /* current band index, -1 = Tidak Dapat Dinilai */
  const char *predikat;
  gint64 next_band_lower;    /* hundredths, or -1 at the top band */
  const char *next_predikat; /* NULL at the top band */
  gint64 points_needed;      /* next_band_lower − iid, or 0 */
  GArray *gaps;              /* InovdaGap, highest gain first */
} InovdaGapAnalysis;

void inovda_gaps_analyse (InovdaCatalogue *catalogue,
                          const InovdaScoreRegion *region,
                          InovdaGapAnalysis *analysis);
void inovda_gap_analysis_clear (InovdaGapAnalysis *analysis);

G_END_DECLS
