/* inovda-date-row.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* An entry row for a date: typed as dd/mm/yyyy (or ISO 8601), or picked
 * from a calendar in a popover. */

#define INOVDA_TYPE_DATE_ROW (inovda_date_row_get_type ())
G_DECLARE_FINAL_TYPE (InovdaDateRow, inovda_date_row, INOVDA, DATE_ROW, AdwEntryRow)

GtkWidget *inovda_date_row_new (void);
void inovda_date_row_set_date (InovdaDateRow *self,
                               const char *iso_date);
gboolean inovda_date_row_get_date (InovdaDateRow *self,
                                   char **iso_date,
                                   GError **error);

gboolean inovda_date_parse (const char *text,
                            char **iso_date,
                            GError **error);
char *inovda_date_format (const char *iso_date) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
