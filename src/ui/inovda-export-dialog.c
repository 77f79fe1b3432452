/* inovda-export-dialog.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-export-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/inovda-unit.h"

#include "inovda-export-dialog.h"
#include "inovda-ui-keys.h"
#include "inovda-ui-layout.h"

struct _InovdaExportDialog
{
  AdwMessageDialog parent_instance;

  /* Template widgets */
  AdwComboRow *format_row;
  AdwComboRow *scope_row;
  AdwComboRow *unit_row;

  /* Owned references */
  GArray *formats; /* InovdaExportFormat, in the order of format_row */

  guint template : 1;
};

G_DEFINE_FINAL_TYPE (InovdaExportDialog, inovda_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

static const struct
{
  InovdaExportFormat format;
  const char *label;
  const char *suffix;
} format_table[] = {
  { INOVDA_EXPORT_WORKBOOK, N_ ("Inovda workbook (.xlsx)"), "xlsx" },
  { INOVDA_EXPORT_MINISTRY_LIST, N_ ("Ministry list (.xlsx)"), "xlsx" },
  { INOVDA_EXPORT_XML, N_ ("Inovda XML (.xml)"), "xml" },
};

/* ------------------------------------------------------------------------ */

static void
update (InovdaExportDialog *self)
{
  gboolean ready;

  if (self->template)
    {
      ready = adw_combo_row_get_selected_item (self->unit_row) != NULL;
      /* The combo row's subtitle shows the agency chosen, and is dimmed:
       * until one is, it says what to do. */
      if (!ready)
        /* Translators: shown in the New Submission Template dialog until
         * an agency is chosen */
        adw_action_row_set_subtitle (ADW_ACTION_ROW (self->unit_row), _ ("Choose an agency"));
    }
  else
    ready = self->formats->len > 0 && adw_combo_row_get_selected (self->format_row) != GTK_INVALID_LIST_POSITION;
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "export", ready);

  /* The ministry list holds less than the other formats: say so. */
  if (!self->template)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                                 inovda_export_dialog_get_format (self) == INOVDA_EXPORT_MINISTRY_LIST
                                     ? _ ("The file lists the chosen innovations in the ministry’s layout: one row per innovation and year, with the claimed and verified level of each indicator. Evidence records are not included.")
                                     : _ ("The file holds the regions, regional agencies, innovations, indicator answers and evidence records chosen here."));
}

static void
selection_changed_cb (InovdaExportDialog *self)
{
  update (self);
}

static void
setup_formats (InovdaExportDialog *self)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (format_table); i++)
    {
      g_array_append_val (self->formats, format_table[i].format);
      gtk_string_list_append (labels, _ (format_table[i].label));
    }
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (labels));
}

/* ------------------------------------------------------------------------ */

static void
inovda_export_dialog_finalize (GObject *object)
{
  InovdaExportDialog *self = INOVDA_EXPORT_DIALOG (object);

  g_clear_pointer (&self->formats, g_array_unref);

  G_OBJECT_CLASS (inovda_export_dialog_parent_class)->finalize (object);
}

static void
inovda_export_dialog_class_init (InovdaExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = inovda_export_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaExportDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaExportDialog, unit_row);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);

  g_type_ensure (INOVDA_TYPE_UNIT);
}

static void
inovda_export_dialog_init (InovdaExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  inovda_ui_combo_row_show_full_labels (self->format_row);
  inovda_ui_combo_row_show_full_labels (self->scope_row);
  inovda_ui_combo_row_show_full_labels (self->unit_row);
  inovda_ui_combo_row_enter_opens (self->format_row);
  inovda_ui_combo_row_enter_opens (self->scope_row);
  inovda_ui_combo_row_enter_opens (self->unit_row);

  self->formats = g_array_new (FALSE, FALSE, sizeof (InovdaExportFormat));
}

/* ------------------------------------------------------------------------ */

/**
 * inovda_export_dialog_new:
 * @parent: (nullable): the window
 * @region_name: (nullable): the region shown, %NULL without one
 * @year: the assessment year shown
 *
 * Returns: (transfer floating): a new dialog, not yet presented
 */
InovdaExportDialog *
inovda_export_dialog_new (GtkWindow *parent,
                          const char *region_name,
                          int year)
{
  InovdaExportDialog *self;
  g_autoptr (GtkStringList) scopes = gtk_string_list_new (NULL);

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (INOVDA_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "heading", _ ("Export"),
                       NULL);
  setup_formats (self);

  if (region_name != NULL)
    {
      /* Translators: an export scope; a region's name and an assessment year */
      g_autofree char *region_year = g_strdup_printf (_ ("%s, %d"), region_name, year);
      /* Translators: an export scope; a region's name */
      g_autofree char *region = g_strdup_printf (_ ("%s, every year"), region_name);

      gtk_string_list_append (scopes, region_year);
      gtk_string_list_append (scopes, region);
    }
  gtk_string_list_append (scopes, _ ("Every region, every year"));
  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (scopes));
  gtk_widget_set_visible (GTK_WIDGET (self->unit_row), FALSE);

  update (self);
  return self;
}

/**
 * inovda_export_dialog_new_template:
 * @parent: (nullable): the window
 * @units: the region's #InovdaUnit
 * @year: the year the template asks about
 *
 * Returns: (transfer floating): a new dialog, not yet presented
 */
InovdaExportDialog *
inovda_export_dialog_new_template (GtkWindow *parent,
                                   GListModel *units,
                                   int year)
{
  InovdaExportDialog *self;
  g_autofree char *body = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (units), NULL);

  self = g_object_new (INOVDA_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "heading", _ ("New Submission Template"),
                       NULL);
  self->template = TRUE;
  /* Translators: %d is an assessment year */
  body = g_strdup_printf (_ ("A workbook for one regional agency, filled with its innovations, for it to complete the %d indicators and send back for import."),
                          year);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "export", _ ("_Create"));
  gtk_widget_set_visible (GTK_WIDGET (self->format_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->scope_row), FALSE);
  adw_combo_row_set_model (self->unit_row, units);
  /* A template goes to one agency: nobody sends it to the one that only
   * happened to come first. A region of one agency has nothing to choose,
   * and an agency in view is chosen by inovda_export_dialog_select_unit(). */
  if (g_list_model_get_n_items (units) != 1)
    adw_combo_row_set_selected (self->unit_row, GTK_INVALID_LIST_POSITION);
  update (self);
  return self;
}

/**
 * inovda_export_dialog_select_unit:
 * @unit_code: (nullable): the code of one of the dialog's units
 *
 * Chooses the unit the template is for; an unknown code changes nothing.
 */
void
inovda_export_dialog_select_unit (InovdaExportDialog *self,
                                  const char *unit_code)
{
  GListModel *units;

  g_return_if_fail (INOVDA_IS_EXPORT_DIALOG (self));

  units = adw_combo_row_get_model (self->unit_row);
  for (guint i = 0; unit_code != NULL && units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (units, i);

      if (g_strcmp0 (inovda_unit_get_code (unit), unit_code) == 0)
        {
          adw_combo_row_set_selected (self->unit_row, i);
          return;
        }
    }
}

gboolean
inovda_export_dialog_is_template (InovdaExportDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_EXPORT_DIALOG (self), FALSE);
  return self->template;
}

InovdaExportFormat
inovda_export_dialog_get_format (InovdaExportDialog *self)
{
  guint selected;

  g_return_val_if_fail (INOVDA_IS_EXPORT_DIALOG (self), INOVDA_EXPORT_XML);

  if (self->template)
    return INOVDA_EXPORT_WORKBOOK;
  selected = adw_combo_row_get_selected (self->format_row);
  if (selected >= self->formats->len)
    return INOVDA_EXPORT_WORKBOOK;
  return g_array_index (self->formats, InovdaExportFormat, selected);
}

void
inovda_export_dialog_set_format (InovdaExportDialog *self,
                                 InovdaExportFormat format)
{
  g_return_if_fail (INOVDA_IS_EXPORT_DIALOG (self));

  for (guint i = 0; i < self->formats->len; i++)
    if (g_array_index (self->formats, InovdaExportFormat, i) == format)
      adw_combo_row_set_selected (self->format_row, i);
}

InovdaExportScope
inovda_export_dialog_get_scope (InovdaExportDialog *self)
{
  GListModel *model;
  guint selected;

  g_return_val_if_fail (INOVDA_IS_EXPORT_DIALOG (self), INOVDA_EXPORT_SCOPE_ALL);

  model = adw_combo_row_get_model (self->scope_row);
  selected = adw_combo_row_get_selected (self->scope_row);
  /* Without a region only "every region" is offered. */
  if (model == NULL || g_list_model_get_n_items (model) == 1 || selected == GTK_INVALID_LIST_POSITION)
    return INOVDA_EXPORT_SCOPE_ALL;
  return (InovdaExportScope) MIN (selected, INOVDA_EXPORT_SCOPE_ALL);
}

gpointer
inovda_export_dialog_get_unit (InovdaExportDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_EXPORT_DIALOG (self), NULL);
  return self->template ? adw_combo_row_get_selected_item (self->unit_row) : NULL;
}

const char *
inovda_export_format_get_suffix (InovdaExportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_table); i++)
    if (format_table[i].format == format)
      return format_table[i].suffix;
  return "xml";
}
