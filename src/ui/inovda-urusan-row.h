/* inovda-urusan-row.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A row choosing any number of the 38 urusan, in a popover of check
 * buttons; ::changed tells that the user changed the choice. */

#define INOVDA_TYPE_URUSAN_ROW (inovda_urusan_row_get_type ())
G_DECLARE_FINAL_TYPE (InovdaUrusanRow, inovda_urusan_row, INOVDA, URUSAN_ROW, AdwActionRow)

GtkWidget *inovda_urusan_row_new (void);
char **inovda_urusan_row_get_codes (InovdaUrusanRow *self) G_GNUC_WARN_UNUSED_RESULT;
void inovda_urusan_row_set_codes (InovdaUrusanRow *self,
                                  const char *const *codes);
void inovda_urusan_row_set_code_active (InovdaUrusanRow *self,
                                        const char *code,
                                        gboolean active);

G_END_DECLS
