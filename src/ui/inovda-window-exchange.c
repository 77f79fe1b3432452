/* inovda-window-exchange.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-window-exchange"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "inovda-export-dialog.h"
#include "inovda-import-dialog.h"
#include "inovda-task-dialog.h"
#include "inovda-ui-layout.h"
#include "inovda-window-private.h"
#include "io/inovda-report-export.h"

/* Import, export, save a copy and submission templates: file choosers, then
 * the work in a thread behind a modal progress dialog, then a toast. */

typedef enum
{
  JOB_EXPORT,
  JOB_TEMPLATE,
  JOB_BACKUP,
  JOB_REPORT,
} JobKind;

typedef struct
{
  JobKind kind;
  InovdaExportFormat format;
  char *region_code; /* NULL: every region */
  char *unit_code;
  int year; /* 0: every year */
  char *path;
  InovdaPortfolio *portfolio;
  InovdaTaskDialog *dialog;
} Job;

static void
job_free (Job *job)
{
  g_free (job->region_code);
  g_free (job->unit_code);
  g_free (job->path);
  g_clear_object (&job->portfolio);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

/* ------------------------------------------------------------------------ */

static void
job_thread (GTask *task,
            gpointer source_object,
            gpointer task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr (GError) error = NULL;
  InovdaExportOptions options = { job->region_code, job->year, FALSE };
  gboolean ok = FALSE;

  switch (job->kind)
    {
    case JOB_EXPORT:
      if (job->format == INOVDA_EXPORT_XML)
        ok = inovda_export_xml (job->portfolio, job->path, &options, cancellable, &error);
      else if (job->format == INOVDA_EXPORT_WORKBOOK)
        ok = inovda_export_workbook (job->portfolio, job->path, &options, cancellable, &error);
      else
        ok = inovda_export_ministry_list (job->portfolio, job->path, &options, cancellable, &error);
      break;

    case JOB_TEMPLATE:
      ok = inovda_export_template (job->portfolio, job->path, job->region_code, job->unit_code,
                                   job->year, cancellable, &error);
      break;

    case JOB_BACKUP:
      ok = inovda_portfolio_backup (job->portfolio, job->path, &error);
      break;

    case JOB_REPORT:
      ok = inovda_export_report (job->portfolio, job->region_code, job->year, job->path, &error);
      break;

    default:
      g_assert_not_reached ();
    }

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
job_done_cb (GObject *object,
             GAsyncResult *result,
             gpointer user_data)
{
  InovdaWindow *self = INOVDA_WINDOW (object);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_path_get_basename (job->path);
  g_autofree char *text = NULL;

  inovda_task_dialog_finish (job->dialog);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        inovda_window_add_toast (self, inovda_ui_toast_new (_ ("Cancelled: no file was written"), NULL));
      else if (job->kind == JOB_BACKUP)
        inovda_window_show_error (self, _ ("Could Not Save a Copy"), error);
      else if (job->kind == JOB_TEMPLATE)
        inovda_window_show_error (self, _ ("Could Not Create the Template"), error);
      else if (job->kind == JOB_REPORT)
        inovda_window_show_error (self, _ ("Could Not Write the Report"), error);
      else
        inovda_window_show_error (self, _ ("Could Not Export"), error);
      return;
    }

  if (job->kind == JOB_BACKUP)
    /* Translators: %s is a file name */
    text = g_strdup_printf (_ ("Copy saved as %s"), name);
  else if (job->kind == JOB_TEMPLATE)
    /* Translators: %s is a file name */
    text = g_strdup_printf (_ ("Template saved as %s"), name);
  else if (job->kind == JOB_REPORT)
    /* Translators: %s is a file name */
    text = g_strdup_printf (_ ("Report saved as %s"), name);
  else
    /* Translators: %s is a file name */
    text = g_strdup_printf (_ ("Exported to %s"), name);

  /* The file just written is what the user will want to look at. */
  inovda_window_add_toast (self, inovda_ui_toast_new (text, job->kind == JOB_BACKUP ? NULL : job->path));
}

static void
open_written_action (GtkWidget *widget,
                     const char *action_name,
                     GVariant *param)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (param, NULL), GDK_CURRENT_TIME);
}

static void
start_job (InovdaWindow *self,
           Job *owned_job)
{
  g_autoptr (Job) job = owned_job;
  g_autoptr (GTask) task = NULL;
  g_autofree char *name = g_path_get_basename (job->path);
  g_autofree char *title = NULL;

  if (job->kind == JOB_BACKUP)
    /* Translators: %s is a file name */
    title = g_strdup_printf (_ ("Saving %s…"), name);
  else
    /* Translators: %s is a file name */
    title = g_strdup_printf (_ ("Writing %s…"), name);

  /* The dialog is modal: nothing touches the portfolio while the thread
   * reads it. */
  job->dialog = inovda_task_dialog_new (GTK_WINDOW (self), title, NULL);
  job->portfolio = g_object_ref (self->portfolio);

  task = g_task_new (self, inovda_task_dialog_get_cancellable (job->dialog), job_done_cb, NULL);
  g_task_set_source_tag (task, start_job);
  g_task_set_task_data (task, g_steal_pointer (&job), (GDestroyNotify) job_free);
  g_task_run_in_thread (task, job_thread);
}

/* ------------------------------------------------------------------------ */

static void
save_chooser_response_cb (InovdaWindow *self,
                          int response,
                          GtkNativeDialog *chooser)
{
  g_autoptr (GtkNativeDialog) owned = chooser;
  Job *job = g_object_steal_data (G_OBJECT (chooser), "job");
  g_autoptr (GFile) file = NULL;

  gtk_native_dialog_destroy (chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file == NULL || job == NULL)
    {
      g_clear_pointer (&job, job_free);
      return;
    }

  job->path = g_file_get_path (file);
  if (job->path == NULL)
    {
      g_autoptr (GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                      _ ("Files can only be written on this computer."));

      inovda_window_show_error (self, _ ("Could Not Write the File"), error);
      job_free (job);
      return;
    }
  start_job (self, job);
}

static void
choose_destination (InovdaWindow *self,
                    Job *job,
                    const char *title,
                    const char *suggested_name,
                    GtkFileFilter *filter)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _ ("_Save"), _ ("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (self->portfolio != NULL)
    {
      g_autoptr (GFile) portfolio_file = g_file_new_for_path (inovda_portfolio_get_path (self->portfolio));
      g_autoptr (GFile) folder = g_file_get_parent (portfolio_file);
      g_autoptr (GFile) data_folder = g_file_new_for_path (g_get_user_data_dir ());

      /* The default portfolio lives in the hidden data folder: files to
       * hand on belong in Documents. */
      if (folder != NULL && (g_file_equal (folder, data_folder) || g_file_has_prefix (folder, data_folder)))
        {
          const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

          g_clear_object (&folder);
          if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
            folder = g_file_new_for_path (documents);
          else
            folder = g_file_new_for_path (g_get_home_dir ());
        }
      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "job", job, (GDestroyNotify) job_free);
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (save_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GtkFileFilter *
filter_for (const char *name,
            const char *mime_type,
            const char *suffix)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);
  return filter;
}

static char *
portfolio_stem (InovdaWindow *self)
{
  g_autofree char *base = g_path_get_basename (inovda_portfolio_get_path (self->portfolio));
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

/* ------------------------------------------------------------------------ */

static void
import_chooser_response_cb (InovdaWindow *self,
                            int response,
                            GtkNativeDialog *chooser)
{
  g_autoptr (GtkNativeDialog) owned = chooser;
  g_autoptr (GFile) file = NULL;

  gtk_native_dialog_destroy (chooser);
  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    _inovda_window_import_file (self, file);
}

static void
import_action (GtkWidget *widget,
               const char *action_name,
               GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) workbook = NULL;
  g_autoptr (GtkFileFilter) ministry = NULL;
  g_autoptr (GtkFileFilter) xml = NULL;
  g_autoptr (GtkFileFilter) csv = NULL;

  g_return_if_fail (self->portfolio != NULL);

  chooser = gtk_file_chooser_native_new (_ ("Import"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _ ("_Import"), _ ("_Cancel"));

  gtk_file_filter_set_name (all, _ ("All Exchange Files"));
  gtk_file_filter_add_suffix (all, "xlsx");
  gtk_file_filter_add_suffix (all, "xml");
  gtk_file_filter_add_suffix (all, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  workbook = filter_for (_ ("Inovda Workbooks (.xlsx)"),
                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), workbook);
  ministry = filter_for (_ ("Ministry Lists (.xlsx)"),
                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), ministry);
  xml = filter_for (_ ("Inovda XML (.xml)"), "application/xml", "xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), xml);
  csv = filter_for (_ ("CSV (.csv)"), "text/csv", "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (import_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_dialog_response_cb (InovdaWindow *self,
                           const char *response,
                           InovdaExportDialog *dialog)
{
  g_autoptr (GtkFileFilter) filter = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *suggested = NULL;
  const char *suffix;
  Job *job;

  if (g_strcmp0 (response, "export") != 0 || self->portfolio == NULL)
    return;

  job = g_new0 (Job, 1);
  if (inovda_export_dialog_is_template (dialog))
    {
      InovdaUnit *unit = inovda_export_dialog_get_unit (dialog);

      job->kind = JOB_TEMPLATE;
      job->format = INOVDA_EXPORT_WORKBOOK;
      job->region_code = g_strdup (inovda_unit_get_region_code (unit));
      job->unit_code = g_strdup (inovda_unit_get_code (unit));
      job->year = self->year;
      /* Translators: a suggested file name: “template-DISDIK-2026.xlsx” */
      suggested = g_strdup_printf (_ ("template-%s-%d.xlsx"), job->unit_code, job->year);
      filter = filter_for (_ ("Inovda Workbooks (.xlsx)"), NULL, "xlsx");
      choose_destination (self, job, _ ("Save the Submission Template"), suggested, filter);
      return;
    }

  job->kind = JOB_EXPORT;
  job->format = inovda_export_dialog_get_format (dialog);
  switch (inovda_export_dialog_get_scope (dialog))
    {
    case INOVDA_EXPORT_SCOPE_REGION_YEAR:
      job->region_code = g_strdup (inovda_window_get_region_code (self));
      job->year = self->year;
      break;

    case INOVDA_EXPORT_SCOPE_REGION:
      job->region_code = g_strdup (inovda_window_get_region_code (self));
      break;

    case INOVDA_EXPORT_SCOPE_ALL:
    default:
      break;
    }

  suffix = inovda_export_format_get_suffix (job->format);
  stem = portfolio_stem (self);
  /* The ministry list and the workbook are both .xlsx: named apart, one
   * does not replace the other by default. */
  if (job->format == INOVDA_EXPORT_MINISTRY_LIST)
    {
      /* Translators: added to a suggested file name: “demo-daftar-kementerian-63-2026.xlsx” */
      char *named = g_strconcat (stem, _ ("-ministry-list"), NULL);

      g_free (stem);
      stem = named;
    }
  if (job->region_code != NULL && job->year != 0)
    suggested = g_strdup_printf ("%s-%s-%d.%s", stem, job->region_code, job->year, suffix);
  else if (job->region_code != NULL)
    suggested = g_strdup_printf ("%s-%s.%s", stem, job->region_code, suffix);
  else
    suggested = g_strdup_printf ("%s.%s", stem, suffix);

  if (job->format == INOVDA_EXPORT_XML)
    filter = filter_for (_ ("Inovda XML (.xml)"), "application/xml", "xml");
  else
    filter = filter_for (_ ("Workbooks (.xlsx)"), NULL, "xlsx");
  choose_destination (self, job, _ ("Export"), suggested, filter);
}

static void
export_action (GtkWidget *widget,
               const char *action_name,
               GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);
  InovdaExportDialog *dialog;

  g_return_if_fail (self->portfolio != NULL);

  dialog = inovda_export_dialog_new (GTK_WINDOW (self),
                                     self->region != NULL ? inovda_region_get_name (self->region) : NULL,
                                     self->year);
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (export_dialog_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The unit the user is looking at: that of the innovation open in the
 * editor or the one the list is filtered to, or the one chosen among the
 * regional agencies. */
static const char *
context_unit_code (InovdaWindow *self)
{
  const char *section = inovda_window_get_section (self);

  if (g_strcmp0 (section, "innovations") == 0)
    return inovda_innovation_page_get_unit_in_view (self->innovation_page);
  if (g_strcmp0 (section, "units") == 0)
    return inovda_unit_page_get_selected_code (self->unit_page);
  return NULL;
}

static void
new_template_action (GtkWidget *widget,
                     const char *action_name,
                     GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);
  g_autoptr (GListModel) units = NULL;
  g_autoptr (GError) error = NULL;
  InovdaExportDialog *dialog;

  g_return_if_fail (self->portfolio != NULL && self->region != NULL);

  units = inovda_portfolio_list_units (self->portfolio, inovda_region_get_code (self->region), self->year, &error);
  if (units == NULL)
    {
      inovda_window_show_error (self, _ ("Could Not Read the Regional Agencies"), error);
      return;
    }

  dialog = inovda_export_dialog_new_template (GTK_WINDOW (self), units, self->year);
  inovda_export_dialog_select_unit (dialog, context_unit_code (self));
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (export_dialog_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_copy_action (GtkWidget *widget,
                  const char *action_name,
                  GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);
  g_autoptr (GtkFileFilter) filter = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *suggested = NULL;
  Job *job;

  g_return_if_fail (self->portfolio != NULL);

  stem = portfolio_stem (self);
  /* Translators: a suggested file name for a copy of “portfolio.inovda” */
  suggested = g_strdup_printf (_ ("%s (copy).inovda"), stem);
  filter = filter_for (_ ("Inovda Portfolios"), "application/x-inovda", "inovda");

  job = g_new0 (Job, 1);
  job->kind = JOB_BACKUP;
  choose_destination (self, job, _ ("Save a Copy"), suggested, filter);
}

static void
report_action (GtkWidget *widget,
               const char *action_name,
               GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);
  g_autoptr (GtkFileFilter) filter = NULL;
  g_autofree char *suggested = NULL;
  Job *job;

  g_return_if_fail (self->portfolio != NULL && self->region != NULL);

  /* Translators: a suggested file name; the region's name, then the year */
  suggested = g_strdup_printf (_ ("IID report %s %d.pdf"), inovda_region_get_name (self->region), self->year);
  filter = filter_for (_ ("PDF Documents"), "application/pdf", "pdf");

  job = g_new0 (Job, 1);
  job->kind = JOB_REPORT;
  job->region_code = g_strdup (inovda_region_get_code (self->region));
  job->year = self->year;
  choose_destination (self, job, _ ("Save PDF Report"), suggested, filter);
}

/* ------------------------------------------------------------------------ */

/**
 * _inovda_window_import_file:
 * @self: a window
 * @file: an exchange file
 *
 * Checks @file and shows the import preview.
 *
 * Returns: (transfer none): the import dialog
 */
GtkWindow *
_inovda_window_import_file (InovdaWindow *self,
                            GFile *file)
{
  InovdaImportDialog *dialog;

  g_return_val_if_fail (INOVDA_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (self->portfolio != NULL, NULL);

  dialog = inovda_import_dialog_new (GTK_WINDOW (self), self->portfolio, file);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

void
_inovda_window_update_exchange_actions (InovdaWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_portfolio = self->portfolio != NULL;

  gtk_widget_action_set_enabled (widget, "win.import", has_portfolio);
  gtk_widget_action_set_enabled (widget, "win.export", has_portfolio && !inovda_portfolio_is_empty (self->portfolio));
  gtk_widget_action_set_enabled (widget, "win.save-copy", has_portfolio);
  gtk_widget_action_set_enabled (widget, "win.new-template", has_portfolio && self->region != NULL);
  gtk_widget_action_set_enabled (widget, "win.report", has_portfolio && self->region != NULL);
}

void
_inovda_window_class_exchange_init (InovdaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
  gtk_widget_class_install_action (widget_class, "win.new-template", NULL, new_template_action);
  gtk_widget_class_install_action (widget_class, "win.report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "win.open-written", "s", open_written_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.report", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-copy", NULL);
}
