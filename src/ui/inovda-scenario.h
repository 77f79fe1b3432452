/* inovda-scenario.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "scoring/inovda-gaps.h"
#include "storage/inovda-region-year.h"

G_BEGIN_DECLS

/* A what-if scenario: a named list of changes to one region's year, tried
 * on a copy of the engine's input and never on the portfolio. Innovations
 * are named by their lasting uid and indicators by their catalogue id, so a
 * scenario outlives the loaded data and can be stored. */

typedef enum
{
  INOVDA_CHANGE_SID_LEVEL,      /* innovation, indicator, level */
  INOVDA_CHANGE_SPD_LEVEL,      /* indicator, level */
  INOVDA_CHANGE_ADD_INNOVATION, /* urusan (NULL: not a basic-service affair) */
  INOVDA_CHANGE_LEAVE_OUT,      /* innovation: not counted */
  INOVDA_CHANGE_MAKE_ELIGIBLE,  /* innovation: mandatory indicators and rancang bangun fixed */
} InovdaChangeKind;

typedef struct
{
  InovdaChangeKind kind;
  char *innovation;
  char *indicator;
  char *urusan;
  int level;
} InovdaChange;

typedef struct
{
  /*< private >*/
  grefcount ref_count;

  /*< public, read-only >*/
  char *name;         /* NULL until saved */
  GPtrArray *changes; /* InovdaChange* */
} InovdaScenario;

/* The changed copy of a year's input and its score. */
typedef struct
{
  /*< public, read-only >*/
  InovdaScoreRegion region;
  InovdaRegionScore score;
  guint n_added;     /* innovations added at the end of region.innovations */
  guint n_unmatched; /* changes whose innovation or indicator is gone */

  /*< private >*/
  InovdaRegionYear *base;
  InovdaScoreInnovation *innovations;
  GStringChunk *strings;
} InovdaWhatIf;

#define INOVDA_WHAT_IF_ID_PREFIX "inovda-what-if:"

void inovda_change_free (InovdaChange *change);
char *inovda_change_serialize (const InovdaChange *change) G_GNUC_WARN_UNUSED_RESULT;
InovdaChange *inovda_change_deserialize (const char *text) G_GNUC_WARN_UNUSED_RESULT;
gboolean inovda_change_is_appliable (const InovdaChange *change);

InovdaScenario *inovda_scenario_new (const char *name) G_GNUC_WARN_UNUSED_RESULT;
InovdaScenario *inovda_scenario_ref (InovdaScenario *self);
void inovda_scenario_unref (InovdaScenario *self);
InovdaScenario *inovda_scenario_copy (InovdaScenario *self) G_GNUC_WARN_UNUSED_RESULT;
void inovda_scenario_set_name (InovdaScenario *self,
                               const char *name);
void inovda_scenario_add_change (InovdaScenario *self,
                                 InovdaChange *change);
void inovda_scenario_remove_change (InovdaScenario *self,
                                    guint index);
guint inovda_scenario_add_gap (InovdaScenario *self,
                               InovdaCatalogue *catalogue,
                               const InovdaScoreRegion *region,
                               const InovdaGap *gap);
gboolean inovda_scenario_has_gap (InovdaScenario *self,
                                  InovdaCatalogue *catalogue,
                                  const InovdaScoreRegion *region,
                                  const InovdaGap *gap);
InovdaScenario *inovda_scenario_new_plan (InovdaCatalogue *catalogue,
                                          InovdaRegionYear *region_year,
                                          guint max_steps) G_GNUC_WARN_UNUSED_RESULT;

InovdaWhatIf *inovda_what_if_new (InovdaCatalogue *catalogue,
                                  InovdaRegionYear *base,
                                  InovdaScenario *scenario) G_GNUC_WARN_UNUSED_RESULT;
void inovda_what_if_free (InovdaWhatIf *self);
int inovda_what_if_find (const InovdaScoreRegion *region,
                         const char *uid);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaChange, inovda_change_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaScenario, inovda_scenario_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaWhatIf, inovda_what_if_free)

G_END_DECLS
