/* inovda-unit-dialog.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-unit-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "inovda-drop-down.h"
#include "inovda-unit-dialog.h"

struct _InovdaUnitDialog
{
  AdwMessageDialog parent_instance;

  /* Template widgets */
  AdwEntryRow *code_row;
  AdwEntryRow *name_row;
  AdwEntryRow *short_name_row;
  AdwActionRow *target_row;
  GtkDropDown *target_dropdown;
  GtkLabel *problem_label;

  /* Owned references */
  GListModel *units;
  InovdaUnit *unit;
  GListStore *targets;
  char *code;
  char *name;
  char *short_name;
  char *problem;

  /* Borrowed: the row the problem is in */
  GtkWidget *problem_row;

  InovdaUnitDialogMode mode;
};

G_DEFINE_FINAL_TYPE (InovdaUnitDialog, inovda_unit_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* ------------------------------------------------------------------------ */

static char *
stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static InovdaUnit *
find_code (InovdaUnitDialog *self,
           const char *code)
{
  guint n_units = self->units != NULL ? g_list_model_get_n_items (self->units) : 0;

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (self->units, i);

      if (g_ascii_strcasecmp (inovda_unit_get_code (unit), code) == 0)
        return unit;
    }
  return NULL;
}

/* Names are compared as people read them: “Dinas  kesehatan” is
 * “Dinas Kesehatan”, and so is “DinasKesehatan”. */
static char *
name_key (const char *name)
{
  g_autofree char *normalized = g_utf8_normalize (name, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autofree char *folded = g_utf8_casefold (normalized, -1);
  GString *key = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (key, c);
    }
  return g_string_free (key, FALSE);
}

/* Another unit than the one renamed, with the same name. */
static InovdaUnit *
find_name (InovdaUnitDialog *self,
           const char *name)
{
  g_autofree char *key = name_key (name);
  guint n_units = self->units != NULL ? g_list_model_get_n_items (self->units) : 0;

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (self->units, i);
      g_autofree char *unit_key = NULL;

      if (self->unit != NULL && inovda_unit_get_id (unit) == inovda_unit_get_id (self->unit))
        continue;
      unit_key = name_key (inovda_unit_get_name (unit));
      if (strcmp (unit_key, key) == 0)
        return unit;
    }
  return NULL;
}

static char *
find_name_problem (InovdaUnitDialog *self)
{
  InovdaUnit *other = find_name (self, self->name);

  if (other == NULL)
    return NULL;
  self->problem_row = GTK_WIDGET (self->name_row);
  /* Translators: the code of another regional agency, then its name */
  return g_strdup_printf (_ ("The agency %s is already called %s."),
                          inovda_unit_get_code (other), inovda_unit_get_name (other));
}

static char *
find_problem (InovdaUnitDialog *self)
{
  InovdaUnit *other;

  self->problem_row = NULL;
  switch (self->mode)
    {
    case INOVDA_UNIT_DIALOG_ADD:
      self->problem_row = GTK_WIDGET (self->code_row);
      if (strpbrk (self->code, " \t") != NULL)
        return g_strdup (_ ("A code is one word, such as DISDIK."));
      other = *self->code != '\0' ? find_code (self, self->code) : NULL;
      if (other != NULL)
        /* Translators: a unit code, then the name of the regional agency that has it */
        return g_strdup_printf (_ ("The code %s is already used by %s."),
                                inovda_unit_get_code (other), inovda_unit_get_name (other));
      self->problem_row = NULL;
      if (*self->name == '\0')
        return NULL;
      return find_name_problem (self);

    case INOVDA_UNIT_DIALOG_RENAME:
      if (*self->name == '\0')
        return NULL;
      return find_name_problem (self);

    case INOVDA_UNIT_DIALOG_MERGE:
    default:
      return NULL;
    }
}

static gboolean
is_complete (InovdaUnitDialog *self)
{
  switch (self->mode)
    {
    case INOVDA_UNIT_DIALOG_ADD:
      return *self->code != '\0' && *self->name != '\0';

    case INOVDA_UNIT_DIALOG_RENAME:
      return *self->name != '\0' &&
             (g_strcmp0 (self->name, inovda_unit_get_name (self->unit)) != 0 ||
              g_strcmp0 (self->short_name, inovda_unit_get_short_name (self->unit) ?: "") != 0);

    case INOVDA_UNIT_DIALOG_MERGE:
      return inovda_unit_dialog_get_target (self) != NULL;

    default:
      g_assert_not_reached ();
    }
}

static void
update (InovdaUnitDialog *self)
{
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->short_name, g_free);
  g_clear_pointer (&self->problem, g_free);

  self->code = stripped_text (self->code_row);
  self->name = stripped_text (self->name_row);
  self->short_name = stripped_text (self->short_name_row);
  self->problem = find_problem (self);

  gtk_widget_remove_css_class (GTK_WIDGET (self->code_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  if (self->problem_row != NULL)
    gtk_widget_add_css_class (self->problem_row, "error");
  gtk_label_set_label (self->problem_label, self->problem);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "apply",
                                           self->problem == NULL && is_complete (self));
}

static char *
unit_search_text_cb (gpointer item,
                     const char *name,
                     const char *code,
                     const char *short_name)
{
  return g_strjoin (" ", name, code, short_name, NULL);
}

static void
entry_changed_cb (InovdaUnitDialog *self)
{
  update (self);
}

static void
entry_activated_cb (InovdaUnitDialog *self)
{
  if (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (self), "apply"))
    {
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "apply");
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
setup_add (InovdaUnitDialog *self)
{
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _ ("Add Regional Agency"));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                               _ ("The code identifies the agency in workbooks and submission templates; it cannot be changed later."));
  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "apply", _ ("_Add"));
  gtk_widget_set_visible (GTK_WIDGET (self->target_row), FALSE);
}

static void
setup_rename (InovdaUnitDialog *self)
{
  g_autofree char *body = NULL;

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _ ("Rename Regional Agency"));
  /* Translators: %s is a regional agency's code, such as DISDIK */
  body = g_strdup_printf (_ ("The agency keeps its code %s and its innovations."),
                          inovda_unit_get_code (self->unit));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "apply", _ ("_Rename"));

  gtk_widget_set_visible (GTK_WIDGET (self->code_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->target_row), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), inovda_unit_get_name (self->unit));
  gtk_editable_set_text (GTK_EDITABLE (self->short_name_row), inovda_unit_get_short_name (self->unit) ?: "");
}

static void
setup_merge (InovdaUnitDialog *self)
{
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  guint n_units = self->units != NULL ? g_list_model_get_n_items (self->units) : 0;
  guint n = inovda_unit_get_n_innovations (self->unit);

  self->targets = g_list_store_new (INOVDA_TYPE_UNIT);
  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (self->units, i);

      if (inovda_unit_get_id (unit) != inovda_unit_get_id (self->unit))
        g_list_store_append (self->targets, unit);
    }

  /* Translators: %s is the name of a regional agency */
  heading = g_strdup_printf (_ ("Merge %s?"), inovda_unit_get_name (self->unit));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  if (n > 0)
    /* Translators: the agency's innovations of the chosen year; every year's innovations move */
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "After a restructuring, choose the agency that took over its work. Its innovations of every year (%u this year) move there and %s is removed.",
                                         "After a restructuring, choose the agency that took over its work. Its innovations of every year (%u this year) move there and %s is removed.",
                                         n),
                            n, inovda_unit_get_name (self->unit));
  else
    /* Translators: %s is the name of a regional agency */
    body = g_strdup_printf (_ ("After a restructuring, choose the agency that took over its work. Its innovations of every year move there and %s is removed."),
                            inovda_unit_get_name (self->unit));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "apply", _ ("_Merge"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "apply", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "cancel");

  gtk_widget_set_visible (GTK_WIDGET (self->code_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->name_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->short_name_row), FALSE);
  gtk_drop_down_set_model (self->target_dropdown, G_LIST_MODEL (self->targets));
  if (g_list_model_get_n_items (G_LIST_MODEL (self->targets)) > 0)
    /* Translators: shown in the merge dialog's drop-down until an agency is
     * chosen */
    inovda_drop_down_set_placeholder (self->target_dropdown, _ ("Choose an agency"));
  else
    {
      /* Translators: the merge dialog's drop-down when the region has no
       * other agency */
      inovda_drop_down_set_placeholder (self->target_dropdown, _ ("No other agency"));
      gtk_widget_set_sensitive (GTK_WIDGET (self->target_dropdown), FALSE);
    }
  /* Merging is not undone lightly: nobody merges into an agency that
   * only happened to come first. */
  gtk_drop_down_set_selected (self->target_dropdown, GTK_INVALID_LIST_POSITION);
}

/* ------------------------------------------------------------------------ */

static void
inovda_unit_dialog_dispose (GObject *object)
{
  InovdaUnitDialog *self = INOVDA_UNIT_DIALOG (object);

  g_clear_object (&self->units);
  g_clear_object (&self->unit);
  g_clear_object (&self->targets);

  G_OBJECT_CLASS (inovda_unit_dialog_parent_class)->dispose (object);
}

static void
inovda_unit_dialog_finalize (GObject *object)
{
  InovdaUnitDialog *self = INOVDA_UNIT_DIALOG (object);

  g_free (self->code);
  g_free (self->name);
  g_free (self->short_name);
  g_free (self->problem);

  G_OBJECT_CLASS (inovda_unit_dialog_parent_class)->finalize (object);
}

static void
inovda_unit_dialog_class_init (InovdaUnitDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = inovda_unit_dialog_dispose;
  object_class->finalize = inovda_unit_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-unit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitDialog, code_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitDialog, short_name_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitDialog, target_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitDialog, target_dropdown);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_search_text_cb);

  g_type_ensure (INOVDA_TYPE_UNIT);
}

static void
inovda_unit_dialog_init (InovdaUnitDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  inovda_drop_down_search_anywhere (self->target_dropdown);
}

/* ------------------------------------------------------------------------ */

/**
 * inovda_unit_dialog_new:
 * @parent: (nullable): the window
 * @mode: add, rename or merge
 * @units: the region's units (#InovdaUnit), to refuse a used code and to
 *   choose a merge target
 * @unit: (nullable): the unit renamed or merged; %NULL to add
 *
 * Returns: (transfer floating): a new dialog, not yet presented
 */
InovdaUnitDialog *
inovda_unit_dialog_new (GtkWindow *parent,
                        InovdaUnitDialogMode mode,
                        GListModel *units,
                        InovdaUnit *unit)
{
  InovdaUnitDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (units), NULL);
  g_return_val_if_fail (mode == INOVDA_UNIT_DIALOG_ADD || INOVDA_IS_UNIT (unit), NULL);

  self = g_object_new (INOVDA_TYPE_UNIT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->mode = mode;
  self->units = g_object_ref (units);
  if (unit != NULL)
    self->unit = g_object_ref (unit);

  switch (mode)
    {
    case INOVDA_UNIT_DIALOG_ADD:
      setup_add (self);
      break;

    case INOVDA_UNIT_DIALOG_RENAME:
      setup_rename (self);
      break;

    case INOVDA_UNIT_DIALOG_MERGE:
      setup_merge (self);
      break;

    default:
      g_assert_not_reached ();
    }

  update (self);
  return self;
}

InovdaUnitDialogMode
inovda_unit_dialog_get_mode (InovdaUnitDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT_DIALOG (self), INOVDA_UNIT_DIALOG_ADD);
  return self->mode;
}

InovdaUnit *
inovda_unit_dialog_get_unit (InovdaUnitDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT_DIALOG (self), NULL);
  return self->unit;
}

const char *
inovda_unit_dialog_get_code (InovdaUnitDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT_DIALOG (self), NULL);
  return self->code;
}

const char *
inovda_unit_dialog_get_name (InovdaUnitDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT_DIALOG (self), NULL);
  return self->name;
}

const char *
inovda_unit_dialog_get_short_name (InovdaUnitDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT_DIALOG (self), NULL);
  return self->short_name;
}

InovdaUnit *
inovda_unit_dialog_get_target (InovdaUnitDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT_DIALOG (self), NULL);

  if (self->mode != INOVDA_UNIT_DIALOG_MERGE)
    return NULL;
  return gtk_drop_down_get_selected_item (self->target_dropdown);
}

const char *
inovda_unit_dialog_get_problem (InovdaUnitDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT_DIALOG (self), NULL);
  return self->problem;
}
