/* inovda-unit-dialog.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/inovda-unit.h"

G_BEGIN_DECLS

/* The forms that add, rename and merge a perangkat daerah. The dialog only
 * collects and checks the values; its "apply" response is enabled when
 * they are complete, and the caller makes the edit. */

typedef enum
{
  INOVDA_UNIT_DIALOG_ADD,
  INOVDA_UNIT_DIALOG_RENAME,
  INOVDA_UNIT_DIALOG_MERGE,
} InovdaUnitDialogMode;

#define INOVDA_TYPE_UNIT_DIALOG (inovda_unit_dialog_get_type ())
G_DECLARE_FINAL_TYPE (InovdaUnitDialog, inovda_unit_dialog, INOVDA, UNIT_DIALOG, AdwMessageDialog)

InovdaUnitDialog *inovda_unit_dialog_new (GtkWindow *parent,
                                          InovdaUnitDialogMode mode,
                                          GListModel *units,
                                          InovdaUnit *unit);
InovdaUnitDialogMode inovda_unit_dialog_get_mode (InovdaUnitDialog *self);
InovdaUnit *inovda_unit_dialog_get_unit (InovdaUnitDialog *self);
const char *inovda_unit_dialog_get_code (InovdaUnitDialog *self);
const char *inovda_unit_dialog_get_name (InovdaUnitDialog *self);
const char *inovda_unit_dialog_get_short_name (InovdaUnitDialog *self);
InovdaUnit *inovda_unit_dialog_get_target (InovdaUnitDialog *self);
/* Why "apply" is disabled, or NULL. */
const char *inovda_unit_dialog_get_problem (InovdaUnitDialog *self);

G_END_DECLS
