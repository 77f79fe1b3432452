/* inovda-presentation.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "inovda-region-result.h"
#include "inovda-scenario.h"

G_BEGIN_DECLS

#define INOVDA_TYPE_PRESENTATION (inovda_presentation_get_type ())
G_DECLARE_FINAL_TYPE (InovdaPresentation, inovda_presentation, INOVDA, PRESENTATION, AdwWindow)

InovdaPresentation *inovda_presentation_new (GtkWindow *parent,
                                             InovdaPortfolio *portfolio,
                                             InovdaRegionResult *result,
                                             InovdaScenario *plan);
guint inovda_presentation_get_n_slides (InovdaPresentation *self);
guint inovda_presentation_get_slide (InovdaPresentation *self);
const char *inovda_presentation_get_slide_name (InovdaPresentation *self);
void inovda_presentation_set_slide (InovdaPresentation *self,
                                    guint slide);

G_END_DECLS
