/* inovda-innovation-filter.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/inovda-innovation.h"

G_BEGIN_DECLS

/* The Inovasi list's filter: the search words (case and diacritics
 * ignored) and the choices of the filter popover, all of which must match. */

#define INOVDA_INNOVATION_FILTER_ANY (-1)
#define INOVDA_INNOVATION_FILTER_NOT_REPORTED (-2)

#define INOVDA_TYPE_INNOVATION_FILTER (inovda_innovation_filter_get_type ())
G_DECLARE_FINAL_TYPE (InovdaInnovationFilter, inovda_innovation_filter, INOVDA, INNOVATION_FILTER, GtkFilter)

InovdaInnovationFilter *inovda_innovation_filter_new (void);
guint inovda_innovation_filter_count_choices (InovdaInnovationFilter *self);
void inovda_innovation_filter_set_search (InovdaInnovationFilter *self,
                                          const char *text);
void inovda_innovation_filter_set_unit (InovdaInnovationFilter *self,
                                        gint64 unit_id);
void inovda_innovation_filter_set_tahapan (InovdaInnovationFilter *self,
                                           int tahapan);
void inovda_innovation_filter_set_status (InovdaInnovationFilter *self,
                                          int status);
void inovda_innovation_filter_set_urusan (InovdaInnovationFilter *self,
                                          const char *code);
void inovda_innovation_filter_set_problems (InovdaInnovationFilter *self,
                                            gboolean problems_only);
void inovda_innovation_filter_set_at_risk (InovdaInnovationFilter *self,
                                           gboolean at_risk_only);
void inovda_innovation_filter_reset_choices (InovdaInnovationFilter *self);

G_END_DECLS
