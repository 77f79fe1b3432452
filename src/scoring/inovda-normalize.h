/* inovda-normalize.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scoring/inovda-iid.h"

G_BEGIN_DECLS

/* Scores turned into shares of their maximum for the radar charts, exactly.
 *
 * An InovdaShare is the score numerator / denominator hundredths (a mean
 * over denominator innovations, or one value with denominator 1) out of
 * maximum hundredths. A maximum of 0 marks an axis that does not apply
 * (an SPD variable of a single unit). Only drawing turns a share into a
 * double. */

typedef struct
{
  gint64 numerator;
  gint64 denominator; /* > 0 */
  gint64 maximum;     /* hundredths; 0 = does not apply */
} InovdaShare;

typedef enum
{
  INOVDA_SCOPE_REGION,     /* every counted innovation of the region */
  INOVDA_SCOPE_UNIT,       /* the counted innovations of one perangkat daerah */
  INOVDA_SCOPE_INNOVATION, /* one innovation, counted or not */
} InovdaScopeKind;

typedef struct
{
  InovdaScopeKind kind;
  const char *unit_code;  /* INOVDA_SCOPE_UNIT */
  guint innovation_index; /* INOVDA_SCOPE_INNOVATION: into region->innovations */
} InovdaScope;

/* The SID variable that also holds Skor Jumlah Inovasi at region scope. */
#define INOVDA_JUMLAH_VARIABLE "hasil-kreatif"

gboolean inovda_share_applies (const InovdaShare *share);
double inovda_share_to_fraction (const InovdaShare *share);
gint64 inovda_share_score (const InovdaShare *share);
gint64 inovda_share_percent (const InovdaShare *share);
gint64 inovda_share_level (const InovdaShare *share);

guint inovda_normalize_indicators (InovdaCatalogue *catalogue,
                                   const InovdaScoreRegion *region,
                                   const InovdaProjectionResult *result,
                                   InovdaProjection projection,
                                   const InovdaScope *scope,
                                   InovdaShare *out);
guint inovda_normalize_variables (InovdaCatalogue *catalogue,
                                  const InovdaScoreRegion *region,
                                  const InovdaProjectionResult *result,
                                  InovdaProjection projection,
                                  const InovdaScope *scope,
                                  InovdaShare *out);
void inovda_normalize_spd (InovdaCatalogue *catalogue,
                           const InovdaScoreRegion *region,
                           InovdaProjection projection,
                           InovdaShare *out);
int inovda_normalize_jumlah_variable (InovdaCatalogue *catalogue);

G_END_DECLS
