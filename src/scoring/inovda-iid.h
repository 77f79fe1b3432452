/* inovda-iid.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/inovda-catalogue.h"
#include "model/inovda-enums.h"

G_BEGIN_DECLS

/* The IID engine: pure functions over plain structs, no I/O.
 *
 * All amounts are exact integers in hundredths (INOVDA_SCORE_SCALE). The SID
 * average is a fraction (Σ kematangan / divisor) that is never rounded
 * before the IID: total = SPD + Σ kematangan / divisor + jumlah, and
 * IID = round_half_up (total / max_total × 100, 2 decimals). */

#define INOVDA_LEVEL_UNVERIFIED (-1)

/* One innovation's report for the assessment year. Levels are indexed like
 * catalogue->sid; 0 means no answer. */
typedef struct
{
  const char *id;        /* borrowed; the innovation's lasting id */
  const char *name;      /* borrowed */
  const char *unit_code; /* borrowed, may be NULL */
  InovdaStatus status;
  InovdaTahapan tahapan;
  const char *urusan_utama;       /* borrowed, "1.01", may be NULL */
  const char *waktu_penerapan;    /* borrowed ISO date or NULL */
  const char *waktu_pengembangan; /* borrowed ISO date or NULL */
  guint rancang_bangun_words;
  gint8 level[INOVDA_MAX_INDICATORS];
  gint8 verified_level[INOVDA_MAX_INDICATORS];      /* INOVDA_LEVEL_UNVERIFIED or 0..3 */
  gboolean evidence_missing[INOVDA_MAX_INDICATORS]; /* level > 0 without evidence: at risk */
} InovdaScoreInnovation;

/* One region's inputs for one year. SPD levels are indexed like
 * catalogue->spd (a raw value must already be turned into its level). */
typedef struct
{
  const char *code; /* borrowed */
  const char *name; /* borrowed */
  gint8 spd_level[INOVDA_MAX_INDICATORS];
  gint8 spd_verified_level[INOVDA_MAX_INDICATORS]; /* INOVDA_LEVEL_UNVERIFIED or 0..3 */
  InovdaScoreInnovation *innovations;              /* borrowed array */
  guint n_innovations;
} InovdaScoreRegion;

typedef enum
{
  INOVDA_PROJECTION_KLAIM,      /* the levels the region chose */
  INOVDA_PROJECTION_VERIFIKASI, /* the verified levels */
} InovdaProjection;

/* Why an innovation is not counted. Several may apply. */
typedef enum
{
  INOVDA_INELIGIBLE_STATUS = 1 << 0,         /* draf / ditolak (or not diterima when verified) */
  INOVDA_INELIGIBLE_OUTSIDE_WINDOW = 1 << 1, /* penerapan and pengembangan outside the window */
  INOVDA_INELIGIBLE_NO_PENERAPAN_DATE = 1 << 2,
  INOVDA_INELIGIBLE_RANCANG_BANGUN = 1 << 3,  /* fewer words than the catalogue asks */
  INOVDA_INELIGIBLE_MANDATORY_EMPTY = 1 << 4, /* a mandatory indicator at level 0 */
} InovdaIneligibility;

typedef struct
{
  guint innovation_index;    /* into InovdaScoreRegion.innovations */
  gint64 kematangan;         /* hundredths */
  guint ineligible;          /* InovdaIneligibility flags, 0 = counted */
  int first_empty_mandatory; /* catalogue->sid index, or -1 */
  guint n_at_risk;           /* levels > 0 without evidence, not yet verified (klaim, counted innovations only) */
  int first_at_risk;         /* catalogue->sid index of the first of them, or -1 */
} InovdaInnovationScore;

typedef struct
{
  gint64 spd;            /* hundredths */
  gint64 kematangan_sum; /* hundredths, counted innovations only */
  guint counted;         /* n */
  guint divisor;         /* MAX(D, n) */
  guint yandas_mask;     /* bit i: yandas urusan 1.0(i+1) covered by a counted innovation */
  guint yandas_covered;
  gboolean yandas_met;
  gint64 jumlah;        /* hundredths */
  gint64 sid;           /* hundredths, rounded half-up (output only) */
  gint64 total;         /* hundredths, rounded half-up (output only) */
  gint64 iid;           /* hundredths, from the exact total */
  int band;             /* index into catalogue->bands, -1 = Tidak Dapat Dinilai */
  const char *predikat; /* the catalogue's label, or "Tidak Dapat Dinilai" */
  GArray *innovations;  /* InovdaInnovationScore, one per input innovation */
} InovdaProjectionResult;

typedef struct
{
  InovdaProjectionResult klaim;
  InovdaProjectionResult verifikasi;
} InovdaRegionScore;

void inovda_score_innovation_init (InovdaScoreInnovation *innovation);
void inovda_score_region_init (InovdaScoreRegion *region);

/* Scores one region. The result owns its arrays; free with
 * inovda_region_score_clear(). */
void inovda_score_region (InovdaCatalogue *catalogue,
                          const InovdaScoreRegion *region,
                          InovdaRegionScore *result);
void inovda_score_projection (InovdaCatalogue *catalogue,
                              const InovdaScoreRegion *region,
                              InovdaProjection projection,
                              InovdaProjectionResult *result);
void inovda_projection_result_clear (InovdaProjectionResult *result);
void inovda_region_score_clear (InovdaRegionScore *result);

/* Derives divisor, yandas, jumlah, sid, total, iid, band and predikat from
 * spd, kematangan_sum, counted and yandas_mask. The engine ends with it; the
 * gaps analysis and what-if call it on changed sums. */
void inovda_projection_result_finish (InovdaCatalogue *catalogue,
                                      InovdaProjectionResult *result);

/* The exact IID, in hundredths rounded half-up, of a total of
 * total_numerator / divisor hundredths against max_total hundredths. */
gint64 inovda_iid_from_fraction (gint64 total_numerator,
                                 guint divisor,
                                 gint64 max_total);

guint inovda_count_words (const char *text);

G_END_DECLS
