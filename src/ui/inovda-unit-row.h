/* inovda-unit-row.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/inovda-unit.h"

G_BEGIN_DECLS

/* One line of the Perangkat Daerah table: a unit with its innovations per
 * year, its compliance in the chosen year and its average kematangan. */

#define INOVDA_UNIT_ROW_FIRST_YEAR 2023
#define INOVDA_UNIT_ROW_N_YEARS 4

#define INOVDA_TYPE_UNIT_ROW (inovda_unit_row_get_type ())
G_DECLARE_FINAL_TYPE (InovdaUnitRow, inovda_unit_row, INOVDA, UNIT_ROW, GObject)

InovdaUnitRow *inovda_unit_row_new (InovdaUnit *unit,
                                    int year);
InovdaUnit *inovda_unit_row_get_unit (InovdaUnitRow *self);
const char *inovda_unit_row_get_code (InovdaUnitRow *self);
const char *inovda_unit_row_get_name (InovdaUnitRow *self);
int inovda_unit_row_get_year (InovdaUnitRow *self);
/* Innovations reported in @year (any year, not only the table's columns);
 * G_MAXUINT when unknown. */
guint inovda_unit_row_get_count (InovdaUnitRow *self,
                                 int year);
guint inovda_unit_row_get_year_count (InovdaUnitRow *self);
gboolean inovda_unit_row_get_compliant (InovdaUnitRow *self);
/* Average claimed kematangan of the year in hundredths, -1 without any. */
gint64 inovda_unit_row_get_average (InovdaUnitRow *self);
guint inovda_unit_row_get_n_scored (InovdaUnitRow *self);
void inovda_unit_row_set_count (InovdaUnitRow *self,
                                int year,
                                guint count);
void inovda_unit_row_add_kematangan (InovdaUnitRow *self,
                                     gint64 kematangan);

G_END_DECLS
