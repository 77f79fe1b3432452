/* inovda-task-dialog.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-task-dialog"

#include "config.h"

#include "inovda-task-dialog.h"

struct _InovdaTaskDialog
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwStatusPage *status;
  GtkProgressBar *progress_bar;
  GtkButton *cancel_button;

  /* Owned references */
  GCancellable *cancellable;
  guint pulse_id;

  guint finished : 1;
};

G_DEFINE_FINAL_TYPE (InovdaTaskDialog, inovda_task_dialog, ADW_TYPE_WINDOW)

static gboolean
pulse_cb (gpointer user_data)
{
  InovdaTaskDialog *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
cancel_cb (InovdaTaskDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
}

static gboolean
inovda_task_dialog_close_request (GtkWindow *window)
{
  InovdaTaskDialog *self = INOVDA_TASK_DIALOG (window);

  /* The work ends first; its owner then finishes the dialog. */
  if (!self->finished)
    {
      cancel_cb (self);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (inovda_task_dialog_parent_class)->close_request (window);
}

static void
inovda_task_dialog_dispose (GObject *object)
{
  InovdaTaskDialog *self = INOVDA_TASK_DIALOG (object);

  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (inovda_task_dialog_parent_class)->dispose (object);
}

static void
inovda_task_dialog_class_init (InovdaTaskDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = inovda_task_dialog_dispose;
  window_class->close_request = inovda_task_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-task-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaTaskDialog, status);
  gtk_widget_class_bind_template_child (widget_class, InovdaTaskDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, InovdaTaskDialog, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, cancel_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
inovda_task_dialog_init (InovdaTaskDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->pulse_id = g_timeout_add (100, pulse_cb, self);
}

/**
 * inovda_task_dialog_new:
 * @parent: (nullable): the window
 * @title: what is being done, such as “Exporting portfolio.xml…”
 * @description: (nullable): a line under the title
 *
 * Returns: (transfer none): a new, presented dialog
 */
InovdaTaskDialog *
inovda_task_dialog_new (GtkWindow *parent,
                        const char *title,
                        const char *description)
{
  InovdaTaskDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (INOVDA_TYPE_TASK_DIALOG,
                       "transient-for", parent,
                       "title", title,
                       NULL);
  adw_status_page_set_title (self->status, title);
  adw_status_page_set_description (self->status, description);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

GCancellable *
inovda_task_dialog_get_cancellable (InovdaTaskDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_TASK_DIALOG (self), NULL);
  return self->cancellable;
}

void
inovda_task_dialog_finish (InovdaTaskDialog *self)
{
  g_return_if_fail (INOVDA_IS_TASK_DIALOG (self));

  self->finished = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}
