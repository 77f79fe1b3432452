/* inovda-innovation.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/inovda-field.h"

G_BEGIN_DECLS

/* An innovation: a lasting identity with its profile fields. The
 * year-specific values (status, kematangan, eligibility) describe the
 * assessment year the list was loaded for. */

#define INOVDA_TYPE_INNOVATION (inovda_innovation_get_type ())
G_DECLARE_FINAL_TYPE (InovdaInnovation, inovda_innovation, INOVDA, INNOVATION, GObject)

InovdaInnovation *inovda_innovation_new (gint64 id,
                                         const char *uid,
                                         const char *region_code,
                                         gint64 unit_id);
gint64 inovda_innovation_get_id (InovdaInnovation *self);
const char *inovda_innovation_get_uid (InovdaInnovation *self);
const char *inovda_innovation_get_region_code (InovdaInnovation *self);
gint64 inovda_innovation_get_unit_id (InovdaInnovation *self);
const char *inovda_innovation_get_unit_code (InovdaInnovation *self);
const char *inovda_innovation_get_unit_name (InovdaInnovation *self);
const char *inovda_innovation_get_name (InovdaInnovation *self);
const char *inovda_innovation_get_field (InovdaInnovation *self,
                                         InovdaField field);
const char *const *inovda_innovation_get_urusan_lain (InovdaInnovation *self);
/* The assessment year's status code, or NULL when not reported that year. */
const char *inovda_innovation_get_status (InovdaInnovation *self);
gint64 inovda_innovation_get_kematangan (InovdaInnovation *self);
gint64 inovda_innovation_get_kematangan_verified (InovdaInnovation *self);
gboolean inovda_innovation_get_eligible (InovdaInnovation *self);
const char *inovda_innovation_get_problems (InovdaInnovation *self);
guint inovda_innovation_get_n_at_risk (InovdaInnovation *self);

void inovda_innovation_set_unit (InovdaInnovation *self,
                                 const char *unit_code,
                                 const char *unit_name);
void inovda_innovation_set_field (InovdaInnovation *self,
                                  InovdaField field,
                                  const char *value);
void inovda_innovation_set_urusan_lain (InovdaInnovation *self,
                                        const char *const *codes);
void inovda_innovation_set_n_at_risk (InovdaInnovation *self,
                                      guint n_at_risk);
void inovda_innovation_set_assessment (InovdaInnovation *self,
                                       const char *status,
                                       gint64 kematangan,
                                       gint64 kematangan_verified,
                                       gboolean eligible,
                                       const char *problems);

G_END_DECLS
