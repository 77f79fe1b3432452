/* inovda-import-dialog.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "io/inovda-import.h"

G_BEGIN_DECLS

/* Imports one exchange file: reads and checks it in a thread (with a
 * progress bar and Cancel), shows the preview (innovations added, updated,
 * unchanged and rejected, and every problem with its place in the file),
 * and applies it on Apply, again in a thread. The window stays responsive;
 * the dialog is modal so that nothing else touches the portfolio meanwhile. */

typedef enum
{
  INOVDA_IMPORT_DIALOG_READING,
  INOVDA_IMPORT_DIALOG_PREVIEW,
  INOVDA_IMPORT_DIALOG_APPLYING,
  INOVDA_IMPORT_DIALOG_FAILED,
  INOVDA_IMPORT_DIALOG_DONE,
  INOVDA_IMPORT_DIALOG_CANCELLED,
} InovdaImportDialogState;

#define INOVDA_TYPE_IMPORT_DIALOG (inovda_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (InovdaImportDialog, inovda_import_dialog, INOVDA, IMPORT_DIALOG, AdwWindow)

InovdaImportDialog *inovda_import_dialog_new (GtkWindow *parent,
                                              InovdaPortfolio *portfolio,
                                              GFile *file);
InovdaImportDialogState inovda_import_dialog_get_state (InovdaImportDialog *self);
/* The checked file's counts; NULL before the check ends. */
const InovdaImportCounts *inovda_import_dialog_get_counts (InovdaImportDialog *self);
/* GtkStringObject "LOCATION\tMESSAGE" per problem shown. */
GListModel *inovda_import_dialog_get_problems (InovdaImportDialog *self);
guint inovda_import_dialog_get_n_problems (InovdaImportDialog *self);
const char *inovda_import_dialog_get_error (InovdaImportDialog *self);

G_END_DECLS
