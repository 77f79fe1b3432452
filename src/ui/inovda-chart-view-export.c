/* inovda-chart-view-export.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-chart-view-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "inovda-chart-view-private.h"
#include "inovda-ui-layout.h"

/* A chart saved or copied at less than this looks poor in a document. */
#define MIN_EXPORT_WIDTH 480
#define MIN_EXPORT_HEIGHT 360

typedef struct
{
  InovdaRadarChart *chart;
  InovdaChartStyle style;
  InovdaChartFormat format;
  double width;
  double height;
  double scale;
  char *path;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_pointer (&job->chart, inovda_radar_chart_unref);
  g_free (job->path);
  g_free (job);
}

static const char *
format_suffix (InovdaChartFormat format)
{
  switch (format)
    {
    case INOVDA_CHART_FORMAT_PNG:
      return "png";
    case INOVDA_CHART_FORMAT_SVG:
      return "svg";
    case INOVDA_CHART_FORMAT_PDF:
      return "pdf";
    default:
      g_return_val_if_reached ("png");
    }
}

/* Files and the clipboard get the light document colours with a painted
 * background, whatever the window's theme: they end up in reports and
 * slides. */
static void
document_style (InovdaChartStyle *style)
{
  inovda_chart_style_init (style, FALSE);
}

/* @path (nullable): a file written, for the toast to open. */
static void
notify (InovdaChartView *self,
        const char *text,
        const char *path)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), inovda_ui_toast_new (text, path));
}

static void
show_error (InovdaChartView *self,
            const char *heading,
            const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_thread (GTask *task,
               gpointer source_object,
               gpointer task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr (GError) error = NULL;

  if (inovda_chart_export_radar (job->chart, &job->style, job->format,
                                 job->width, job->height, job->scale, job->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
export_done_cb (GObject *object,
                GAsyncResult *result,
                gpointer user_data)
{
  InovdaChartView *self = INOVDA_CHART_VIEW (object);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_error (self, _ ("Could Not Save the Chart"), error);
      return;
    }

  name = g_filename_display_basename (job->path);
  /* Translators: %s is a file name */
  text = g_strdup_printf (_ ("Chart saved as %s"), name);
  notify (self, text, job->path);
}

/* Writes the document chart to @path in a worker thread; a toast or an
 * error dialog says how it went. */
void
_inovda_chart_view_save (InovdaChartView *self,
                         InovdaChartFormat format,
                         double scale,
                         const char *path)
{
  g_autoptr (GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (self->chart != NULL);

  job = g_new0 (ExportJob, 1);
  job->chart = _inovda_chart_view_dup_document_chart (self);
  document_style (&job->style);
  job->format = format;
  job->scale = scale;
  job->path = g_strdup (path);
  _inovda_chart_view_export_size (self, &job->width, &job->height);

  /* The chart is shared read-only, so a worker can draw it. */
  task = g_task_new (self, NULL, export_done_cb, NULL);
  g_task_set_source_tag (task, _inovda_chart_view_save);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
save_response_cb (InovdaChartView *self,
                  int response,
                  GtkNativeDialog *dialog)
{
  g_autoptr (GtkNativeDialog) chooser = g_steal_pointer (&self->file_chooser);
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  gtk_native_dialog_destroy (dialog);

  if (file == NULL || self->chart == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autoptr (GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                      _ ("Charts can only be saved on this computer."));

      show_error (self, _ ("Could Not Save the Chart"), error);
      return;
    }

  _inovda_chart_view_save (self, self->save_format, self->save_scale, path);
}

static char *
suggested_name (InovdaChartView *self,
                const char *suffix)
{
  const char *title = self->document_title != NULL ? self->document_title
                                                   : inovda_radar_chart_get_title (self->chart);
  g_autoptr (GString) name = g_string_new (NULL);

  /* Keep letters, digits and spaces of the title, nothing a file system
   * could refuse. */
  for (const char *p = title != NULL ? title : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || c == ' ' || c == '-')
        g_string_append_unichar (name, c);
    }
  g_strstrip (name->str);
  if (name->str[0] == '\0')
    /* Translators: the file name suggested for a saved chart, without the
     * extension. */
    g_string_assign (name, _ ("Chart"));
  else
    g_string_truncate (name, strlen (name->str));

  g_string_append_printf (name, ".%s", suffix);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

static void
save_action (GtkWidget *widget,
             const char *action_name,
             GVariant *param)
{
  InovdaChartView *self = INOVDA_CHART_VIEW (widget);
  const char *kind = g_variant_get_string (param, NULL);
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  const char *title;

  g_return_if_fail (self->chart != NULL);

  self->save_scale = 1.0;
  if (g_strcmp0 (kind, "png") == 0 || g_strcmp0 (kind, "png-2x") == 0)
    {
      self->save_format = INOVDA_CHART_FORMAT_PNG;
      self->save_scale = g_strcmp0 (kind, "png-2x") == 0 ? 2.0 : 1.0;
      gtk_file_filter_set_name (filter, _ ("PNG Images"));
      gtk_file_filter_add_mime_type (filter, "image/png");
      title = _ ("Save Chart as PNG");
    }
  else if (g_strcmp0 (kind, "svg") == 0)
    {
      self->save_format = INOVDA_CHART_FORMAT_SVG;
      gtk_file_filter_set_name (filter, _ ("SVG Images"));
      gtk_file_filter_add_mime_type (filter, "image/svg+xml");
      title = _ ("Save Chart as SVG");
    }
  else if (g_strcmp0 (kind, "pdf") == 0)
    {
      self->save_format = INOVDA_CHART_FORMAT_PDF;
      gtk_file_filter_set_name (filter, _ ("PDF Documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      title = _ ("Save Chart as PDF");
    }
  else
    {
      g_warning ("Unknown chart format “%s”", kind);
      return;
    }

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  chooser = gtk_file_chooser_native_new (title,
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _ ("_Save"),
                                         _ ("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = suggested_name (self, format_suffix (self->save_format));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (save_response_cb),
                           self, G_CONNECT_SWAPPED);
  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->file_chooser);
}

static void
copy_action (GtkWidget *widget,
             const char *action_name,
             GVariant *param)
{
  InovdaChartView *self = INOVDA_CHART_VIEW (widget);
  g_autoptr (InovdaRadarChart) chart = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autoptr (GBytes) bytes = NULL;
  InovdaChartStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width;
  double height;
  const double scale = 2.0;
  int pixel_width;
  int pixel_height;

  g_return_if_fail (self->chart != NULL);

  chart = _inovda_chart_view_dup_document_chart (self);
  _inovda_chart_view_export_size (self, &width, &height);
  pixel_width = (int) ceil (width * scale);
  pixel_height = (int) ceil (height * scale);
  document_style (&style);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  inovda_chart_render_radar (cr, width, height, chart, &style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is premultiplied native-endian words, which is what
   * GDK_MEMORY_DEFAULT describes. */
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * pixel_height);
  texture = gdk_memory_texture_new (pixel_width, pixel_height, GDK_MEMORY_DEFAULT,
                                    bytes, cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);

  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  notify (self, _ ("Chart copied"), NULL);
}

/* The size saved is the size shown, so the file looks like the screen;
 * small views are scaled up to a size that reads well on paper. */
void
_inovda_chart_view_export_size (InovdaChartView *self,
                                double *width,
                                double *height)
{
  double w = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
  double h = MAX (gtk_widget_get_height (GTK_WIDGET (self)), 1);
  double grow = MAX (MIN_EXPORT_WIDTH / w, MIN_EXPORT_HEIGHT / h);

  if (grow > 1.0)
    {
      w *= grow;
      h *= grow;
    }
  *width = round (w);
  *height = round (h);
}

/* Returns: (transfer full): the chart as saved or copied, under the
 * document titles when the view has them */
InovdaRadarChart *
_inovda_chart_view_dup_document_chart (InovdaChartView *self)
{
  InovdaRadarChart *chart;

  g_return_val_if_fail (self->chart != NULL, NULL);

  if (self->document_title == NULL && self->document_subtitle == NULL)
    return inovda_radar_chart_ref (self->chart);
  chart = inovda_radar_chart_copy (self->chart);
  inovda_radar_chart_set_titles (chart, self->document_title, self->document_subtitle);
  return chart;
}

void
_inovda_chart_view_dispose_export (InovdaChartView *self)
{
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);
}

void
_inovda_chart_view_class_export_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "chart.save", "s", save_action);
  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, copy_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "chart.copy", NULL);
}
