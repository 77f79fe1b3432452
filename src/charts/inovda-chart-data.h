/* inovda-chart-data.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "charts/inovda-chart-style.h"
#include "scoring/inovda-normalize.h"

G_BEGIN_DECLS

/* What a radar chart shows: a title, its axes (each with a key that names
 * it in the catalogue, a short number and the full name) and up to
 * INOVDA_CHART_MAX_SERIES series of exact shares. Ref-counted and read-only
 * once built, so a widget, an export thread and a report can share one. */

#define INOVDA_RADAR_MAX_AXES 40

typedef enum
{
  INOVDA_RADAR_INDICATORS, /* the SID indicators (16–35) */
  INOVDA_RADAR_VARIABLES,  /* the variables of the index */
  INOVDA_RADAR_SPD,        /* the region's SPD rows */
} InovdaRadarLevel;

typedef struct _InovdaRadarChart InovdaRadarChart;

/* Whose chart it is, named in the titles of a chart that leaves the window
 * (a file, the clipboard, inovda-cli), where no page around it says so. */
typedef struct
{
  InovdaScopeKind kind;
  const char *region_name;
  const char *unit_name;       /* unit scope: the unit; innovation scope: its unit */
  const char *innovation_name; /* innovation scope */
  int year;
  guint n_counted; /* the region's counted innovations */
} InovdaRadarSubject;

#define INOVDA_TYPE_RADAR_CHART (inovda_radar_chart_get_type ())

GType inovda_radar_chart_get_type (void) G_GNUC_CONST;
InovdaRadarChart *inovda_radar_chart_new (InovdaRadarLevel level,
                                          const char *title,
                                          const char *subtitle);
InovdaRadarChart *inovda_radar_chart_new_for_catalogue (InovdaCatalogue *catalogue,
                                                        InovdaRadarLevel level,
                                                        InovdaScopeKind scope,
                                                        const char *title,
                                                        const char *subtitle);
InovdaRadarChart *inovda_radar_chart_copy (const InovdaRadarChart *self) G_GNUC_WARN_UNUSED_RESULT;
InovdaRadarChart *inovda_radar_chart_ref (InovdaRadarChart *self);
void inovda_radar_chart_unref (InovdaRadarChart *self);

InovdaRadarLevel inovda_radar_chart_get_level (const InovdaRadarChart *self);
const char *inovda_radar_chart_get_title (const InovdaRadarChart *self);
const char *inovda_radar_chart_get_subtitle (const InovdaRadarChart *self);
void inovda_radar_chart_set_titles (InovdaRadarChart *self,
                                    const char *title,
                                    const char *subtitle);
void inovda_radar_chart_dup_subject_titles (InovdaRadarLevel level,
                                            const InovdaRadarSubject *subject,
                                            char **title,
                                            char **subtitle);
guint inovda_radar_chart_get_n_axes (const InovdaRadarChart *self);
guint inovda_radar_chart_get_n_series (const InovdaRadarChart *self);
const char *inovda_radar_chart_get_axis_key (const InovdaRadarChart *self,
                                             guint axis);
const char *inovda_radar_chart_get_axis_number (const InovdaRadarChart *self,
                                                guint axis);
const char *inovda_radar_chart_get_axis_name (const InovdaRadarChart *self,
                                              guint axis);
char *inovda_radar_chart_dup_axis_title (const InovdaRadarChart *self,
                                         guint axis);
const char *inovda_radar_chart_get_series_label (const InovdaRadarChart *self,
                                                 guint series);
const InovdaShare *inovda_radar_chart_get_value (const InovdaRadarChart *self,
                                                 guint series,
                                                 guint axis);
double inovda_radar_chart_get_fraction (const InovdaRadarChart *self,
                                        guint series,
                                        guint axis);
char *inovda_radar_chart_describe_value (const InovdaRadarChart *self,
                                         guint series,
                                         guint axis);

void inovda_radar_chart_add_axis (InovdaRadarChart *self,
                                  const char *key,
                                  const char *number,
                                  const char *name);
gboolean inovda_radar_chart_add_series (InovdaRadarChart *self,
                                        const char *label,
                                        const InovdaShare *values);
guint inovda_radar_chart_add_scored_series (InovdaRadarChart *self,
                                            InovdaCatalogue *catalogue,
                                            const InovdaScoreRegion *region,
                                            const InovdaProjectionResult *result,
                                            InovdaProjection projection,
                                            const InovdaScope *scope,
                                            const char *label);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaRadarChart, inovda_radar_chart_unref)

G_END_DECLS
