/* inovda-region.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/inovda-enums.h"

G_BEGIN_DECLS

/* A pemda: a province, regency or city, by its official kode wilayah. */

#define INOVDA_TYPE_REGION (inovda_region_get_type ())
G_DECLARE_FINAL_TYPE (InovdaRegion, inovda_region, INOVDA, REGION, GObject)

InovdaRegion *inovda_region_new (const char *code,
                                 const char *name,
                                 InovdaRegionLevel level);
const char *inovda_region_get_code (InovdaRegion *self);
const char *inovda_region_get_name (InovdaRegion *self);
InovdaRegionLevel inovda_region_get_level (InovdaRegion *self);

G_END_DECLS
