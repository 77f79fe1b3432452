/* inovda-innovation-page.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "inovda-region-result.h"

G_BEGIN_DECLS

#define INOVDA_TYPE_INNOVATION_PAGE (inovda_innovation_page_get_type ())
G_DECLARE_FINAL_TYPE (InovdaInnovationPage, inovda_innovation_page, INOVDA, INNOVATION_PAGE, AdwBin)

void inovda_innovation_page_show (InovdaInnovationPage *self,
                                  InovdaPortfolio *portfolio,
                                  InovdaRegionResult *result);
void inovda_innovation_page_focus_search (InovdaInnovationPage *self);
gboolean inovda_innovation_page_open (InovdaInnovationPage *self,
                                      gint64 innovation_id);
gboolean inovda_innovation_page_open_indicator (InovdaInnovationPage *self,
                                                gint64 innovation_id,
                                                const char *indicator_id);
gboolean inovda_innovation_page_open_problem (InovdaInnovationPage *self,
                                              gint64 innovation_id);
gint64 inovda_innovation_page_get_open_id (InovdaInnovationPage *self);
const char *inovda_innovation_page_get_unit_in_view (InovdaInnovationPage *self);
gboolean inovda_innovation_page_show_unit (InovdaInnovationPage *self,
                                           const char *unit_code);
void inovda_innovation_page_show_not_counted (InovdaInnovationPage *self);
void inovda_innovation_page_show_at_risk (InovdaInnovationPage *self);
void inovda_innovation_page_save_pending (InovdaInnovationPage *self);

G_END_DECLS
