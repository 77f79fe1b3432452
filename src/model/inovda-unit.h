/* inovda-unit.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A perangkat daerah (SKPD/OPD) of a region. */

#define INOVDA_TYPE_UNIT (inovda_unit_get_type ())
G_DECLARE_FINAL_TYPE (InovdaUnit, inovda_unit, INOVDA, UNIT, GObject)

InovdaUnit *inovda_unit_new (gint64 id,
                             const char *region_code,
                             const char *code,
                             const char *name,
                             const char *short_name);
gint64 inovda_unit_get_id (InovdaUnit *self);
const char *inovda_unit_get_region_code (InovdaUnit *self);
const char *inovda_unit_get_code (InovdaUnit *self);
const char *inovda_unit_get_name (InovdaUnit *self);
const char *inovda_unit_get_short_name (InovdaUnit *self);
/* Innovations reported for the year the list was loaded for. */
guint inovda_unit_get_n_innovations (InovdaUnit *self);
void inovda_unit_set_n_innovations (InovdaUnit *self,
                                    guint n_innovations);

G_END_DECLS
