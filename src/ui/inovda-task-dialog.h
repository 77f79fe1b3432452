/* inovda-task-dialog.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A modal progress window for long work running in a thread: a pulsing
 * bar and Cancel, which cancels the dialog's GCancellable. The window
 * stays drawn; its owner destroys it when the work ends. */

#define INOVDA_TYPE_TASK_DIALOG (inovda_task_dialog_get_type ())
G_DECLARE_FINAL_TYPE (InovdaTaskDialog, inovda_task_dialog, INOVDA, TASK_DIALOG, AdwWindow)

InovdaTaskDialog *inovda_task_dialog_new (GtkWindow *parent,
                                          const char *title,
                                          const char *description);
GCancellable *inovda_task_dialog_get_cancellable (InovdaTaskDialog *self);
void inovda_task_dialog_finish (InovdaTaskDialog *self);

G_END_DECLS
