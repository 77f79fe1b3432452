/* inovda-export-dialog.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "io/inovda-export.h"

G_BEGIN_DECLS

/* Asks what to export: the format and the scope (this region and year,
 * this region in every year, or the whole portfolio); in template mode,
 * the regional agency the submission template is for. The "export"
 * response is enabled once a choice can be written. */

typedef enum
{
  INOVDA_EXPORT_SCOPE_REGION_YEAR,
  INOVDA_EXPORT_SCOPE_REGION,
  INOVDA_EXPORT_SCOPE_ALL,
} InovdaExportScope;

#define INOVDA_TYPE_EXPORT_DIALOG (inovda_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (InovdaExportDialog, inovda_export_dialog, INOVDA, EXPORT_DIALOG, AdwMessageDialog)

InovdaExportDialog *inovda_export_dialog_new (GtkWindow *parent,
                                              const char *region_name,
                                              int year);
void inovda_export_dialog_select_unit (InovdaExportDialog *self,
                                       const char *unit_code);
InovdaExportDialog *inovda_export_dialog_new_template (GtkWindow *parent,
                                                       GListModel *units,
                                                       int year);
gboolean inovda_export_dialog_is_template (InovdaExportDialog *self);
InovdaExportFormat inovda_export_dialog_get_format (InovdaExportDialog *self);
void inovda_export_dialog_set_format (InovdaExportDialog *self,
                                      InovdaExportFormat format);
InovdaExportScope inovda_export_dialog_get_scope (InovdaExportDialog *self);
/* Template mode: the chosen InovdaUnit. */
gpointer inovda_export_dialog_get_unit (InovdaExportDialog *self);

const char *inovda_export_format_get_suffix (InovdaExportFormat format);

G_END_DECLS
