/* inovda-spd-evidence-dialog.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-spd-evidence-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "inovda-spd-evidence-dialog.h"

struct _InovdaSpdEvidenceDialog
{
  AdwMessageDialog parent_instance;

  /* Template widgets */
  AdwEntryRow *nomor_row;
  AdwEntryRow *tanggal_row;
  AdwEntryRow *tentang_row;
  AdwEntryRow *tautan_row;
  AdwActionRow *file_row;
  GtkLabel *problem_label;

  /* Owned references */
  GtkNativeDialog *chooser;
  GFile *file;
  char *nomor;
  char *tanggal;
  char *tentang;
  char *tautan;
};

G_DEFINE_FINAL_TYPE (InovdaSpdEvidenceDialog, inovda_spd_evidence_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* ------------------------------------------------------------------------ */

static char *
stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
update (InovdaSpdEvidenceDialog *self)
{
  g_autofree char *date_text = stripped_text (self->tanggal_row);
  const char *problem = NULL;
  gboolean complete;

  g_clear_pointer (&self->nomor, g_free);
  g_clear_pointer (&self->tanggal, g_free);
  g_clear_pointer (&self->tentang, g_free);
  g_clear_pointer (&self->tautan, g_free);
  self->nomor = stripped_text (self->nomor_row);
  self->tentang = stripped_text (self->tentang_row);
  self->tautan = stripped_text (self->tautan_row);

  if (*date_text != '\0')
    {
      self->tanggal = inovda_spd_evidence_parse_date (date_text);
      if (self->tanggal == NULL)
        problem = _ ("Write the letter’s date as day/month/year, such as 01/03/2026.");
    }
  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->tanggal_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->tanggal_row), "error");
  gtk_label_set_label (self->problem_label, problem);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);

  complete = self->file != NULL || *self->tautan != '\0' || *self->nomor != '\0';
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add", complete && problem == NULL);
}

static void
entry_changed_cb (InovdaSpdEvidenceDialog *self)
{
  update (self);
}

static void
chooser_response_cb (InovdaSpdEvidenceDialog *self,
                     int response,
                     GtkNativeDialog *chooser)
{
  g_autoptr (GtkNativeDialog) owned = g_steal_pointer (&self->chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        inovda_spd_evidence_dialog_set_file (self, file);
    }
  gtk_native_dialog_destroy (chooser);
}

static void
choose_file_cb (InovdaSpdEvidenceDialog *self)
{
  g_autoptr (GtkFileFilter) documents = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all_files = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (self->chooser);
      return;
    }

  chooser = gtk_file_chooser_native_new (_ ("Attach Evidence"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _ ("_Attach"),
                                         _ ("_Cancel"));
  gtk_file_filter_set_name (documents, _ ("Documents and Images"));
  gtk_file_filter_add_mime_type (documents, "application/pdf");
  gtk_file_filter_add_mime_type (documents, "image/*");
  gtk_file_filter_add_suffix (documents, "pdf");
  gtk_file_filter_add_suffix (documents, "docx");
  gtk_file_filter_add_suffix (documents, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), documents);
  gtk_file_filter_set_name (all_files, _ ("All Files"));
  gtk_file_filter_add_pattern (all_files, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all_files);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

/* ------------------------------------------------------------------------ */

static void
inovda_spd_evidence_dialog_dispose (GObject *object)
{
  InovdaSpdEvidenceDialog *self = INOVDA_SPD_EVIDENCE_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (inovda_spd_evidence_dialog_parent_class)->dispose (object);
}

static void
inovda_spd_evidence_dialog_finalize (GObject *object)
{
  InovdaSpdEvidenceDialog *self = INOVDA_SPD_EVIDENCE_DIALOG (object);

  g_free (self->nomor);
  g_free (self->tanggal);
  g_free (self->tentang);
  g_free (self->tautan);

  G_OBJECT_CLASS (inovda_spd_evidence_dialog_parent_class)->finalize (object);
}

static void
inovda_spd_evidence_dialog_class_init (InovdaSpdEvidenceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = inovda_spd_evidence_dialog_dispose;
  object_class->finalize = inovda_spd_evidence_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-spd-evidence-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdEvidenceDialog, nomor_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdEvidenceDialog, tanggal_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdEvidenceDialog, tentang_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdEvidenceDialog, tautan_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdEvidenceDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdEvidenceDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, choose_file_cb);
}

static void
inovda_spd_evidence_dialog_init (InovdaSpdEvidenceDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

/* ------------------------------------------------------------------------ */

/**
 * inovda_spd_evidence_dialog_new:
 * @parent: (nullable): the window
 * @indicator_title: the indicator, for the body text
 * @rules: (nullable): the catalogue's evidence rules for the indicator
 *
 * Returns: (transfer floating): a new dialog, not yet presented
 */
InovdaSpdEvidenceDialog *
inovda_spd_evidence_dialog_new (GtkWindow *parent,
                                const char *indicator_title,
                                const char *rules)
{
  InovdaSpdEvidenceDialog *self;
  g_autofree char *body = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (indicator_title != NULL, NULL);

  self = g_object_new (INOVDA_TYPE_SPD_EVIDENCE_DIALOG,
                       "transient-for", parent,
                       NULL);
  if (rules != NULL && *rules != '\0')
    body = g_strdup_printf ("%s\n\n%s", indicator_title, rules);
  else
    body = g_strdup (indicator_title);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  return self;
}

const char *
inovda_spd_evidence_dialog_get_nomor (InovdaSpdEvidenceDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_SPD_EVIDENCE_DIALOG (self), NULL);
  return self->nomor;
}

const char *
inovda_spd_evidence_dialog_get_tanggal (InovdaSpdEvidenceDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_SPD_EVIDENCE_DIALOG (self), NULL);
  return self->tanggal;
}

const char *
inovda_spd_evidence_dialog_get_tentang (InovdaSpdEvidenceDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_SPD_EVIDENCE_DIALOG (self), NULL);
  return self->tentang;
}

const char *
inovda_spd_evidence_dialog_get_tautan (InovdaSpdEvidenceDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_SPD_EVIDENCE_DIALOG (self), NULL);
  return self->tautan;
}

GFile *
inovda_spd_evidence_dialog_get_file (InovdaSpdEvidenceDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_SPD_EVIDENCE_DIALOG (self), NULL);
  return self->file;
}

void
inovda_spd_evidence_dialog_set_file (InovdaSpdEvidenceDialog *self,
                                     GFile *file)
{
  g_autofree char *name = NULL;

  g_return_if_fail (INOVDA_IS_SPD_EVIDENCE_DIALOG (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  g_set_object (&self->file, file);
  if (file != NULL)
    name = g_file_get_basename (file);
  adw_action_row_set_subtitle (self->file_row, name != NULL ? name : _ ("No file chosen"));
  update (self);
}

char *
inovda_spd_evidence_parse_date (const char *text)
{
  unsigned int day = 0, month = 0, year = 0;
  char end = '\0';

  g_return_val_if_fail (text != NULL, NULL);

  if (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) == 3 ||
      sscanf (text, "%2u/%2u/%4u%c", &day, &month, &year, &end) == 3)
    {
      if (year >= 1900 && year <= 2999 && g_date_valid_dmy (day, month, year))
        return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
    }
  return NULL;
}
