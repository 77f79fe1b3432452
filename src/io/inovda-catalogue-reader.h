/* inovda-catalogue-reader.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/inovda-catalogue.h"

G_BEGIN_DECLS

/* Reads a methodology catalogue file (data/methodology/catalogue.xsd).
 * Every file is validated against the schema and then checked for
 * consistency (unique ids, known variables, ordered bands, thresholds that
 * rise with the level …). Errors are INOVDA_CATALOGUE_ERROR_INVALID with a
 * message located as "NAME:LINE:COLUMN: message" (or "NAME: message"). */

InovdaCatalogue *inovda_catalogue_reader_load_bytes (GBytes *xml,
                                                     const char *name_for_errors,
                                                     GError **error);
InovdaCatalogue *inovda_catalogue_reader_load_file (GFile *file,
                                                    GError **error);
/* The catalogues shipped in the resources, by year. */
InovdaCatalogue *inovda_catalogue_reader_load_builtin (int year,
                                                       GError **error);
GArray *inovda_catalogue_reader_list_builtin (void);

G_END_DECLS
