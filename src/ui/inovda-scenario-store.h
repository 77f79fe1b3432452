/* inovda-scenario-store.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "inovda-scenario.h"

G_BEGIN_DECLS

/* Saved what-if scenarios, one small key file per portfolio under the
 * user's data folder, so that a plan prepared the day before is there in
 * the meeting. Scenarios never go into the portfolio file: they are the
 * analyst's drafts, not the region's data. */

GPtrArray *inovda_scenario_store_load (const char *portfolio_path,
                                       const char *region_code,
                                       int year,
                                       GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean inovda_scenario_store_save (const char *portfolio_path,
                                     const char *region_code,
                                     int year,
                                     InovdaScenario *scenario,
                                     GError **error);
gboolean inovda_scenario_store_delete (const char *portfolio_path,
                                       const char *region_code,
                                       int year,
                                       const char *name,
                                       GError **error);

G_END_DECLS
