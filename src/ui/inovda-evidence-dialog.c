/* inovda-evidence-dialog.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-evidence-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "inovda-date-row.h"
#include "inovda-evidence-dialog.h"
#include "inovda-window.h"

typedef struct
{
  InovdaPortfolio *portfolio;
  gint64 innovation_id;
  int year;
  char *indicator;
  gint64 evidence_id; /* 0 for a new one */
  char *sha256;
  char *file_name;
  GtkEditable *nomor;
  InovdaDateRow *tanggal;
  GtkEditable *tentang;
  GtkEditable *tautan;
  char *body; /* the dialog's text while the date is right */
} DialogData;

static void
dialog_data_free (DialogData *data)
{
  g_clear_object (&data->portfolio);
  g_free (data->indicator);
  g_free (data->sha256);
  g_free (data->file_name);
  g_free (data->body);
  g_free (data);
}

static gboolean
store (DialogData *data,
       GError **error)
{
  g_autoptr (GBytes) contents = NULL;
  g_autofree char *tanggal = NULL;
  gint64 id;

  if (!inovda_date_row_get_date (data->tanggal, &tanggal, error))
    return FALSE;
  if (data->sha256 != NULL)
    {
      contents = inovda_portfolio_read_file (data->portfolio, data->sha256, error);
      if (contents == NULL)
        return FALSE;
    }

  if (!inovda_portfolio_begin_edit (data->portfolio,
                                    data->evidence_id != 0 ? _ ("Change evidence details") : _ ("Attach evidence"),
                                    error))
    return FALSE;
  if (data->evidence_id != 0 && !inovda_portfolio_remove_evidence (data->portfolio, data->evidence_id, error))
    {
      inovda_portfolio_rollback_edit (data->portfolio);
      return FALSE;
    }
  id = inovda_portfolio_add_sid_evidence (data->portfolio, data->innovation_id, data->year, data->indicator,
                                          contents, data->file_name,
                                          gtk_editable_get_text (data->nomor), tanggal,
                                          gtk_editable_get_text (data->tentang),
                                          gtk_editable_get_text (data->tautan), error);
  if (id == 0)
    {
      inovda_portfolio_rollback_edit (data->portfolio);
      return FALSE;
    }
  return inovda_portfolio_commit_edit (data->portfolio, error);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char *response,
             DialogData *data)
{
  g_autoptr (GError) error = NULL;
  GtkWindow *parent;

  if (g_strcmp0 (response, "save") != 0)
    return;

  if (!store (data, &error))
    {
      parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
      if (INOVDA_IS_WINDOW (parent))
        inovda_window_show_error (INOVDA_WINDOW (parent), _ ("Could Not Store the Evidence"), error);
      else
        g_warning ("Could not store the evidence: %s", error->message);
    }
}

/* A letter date that is not a date keeps Save off and says why. */
static void
fields_changed_cb (AdwMessageDialog *dialog,
                   GtkEditable *editable)
{
  DialogData *data = g_object_get_data (G_OBJECT (dialog), "evidence-data");
  g_autofree char *tanggal = NULL;
  g_autoptr (GError) error = NULL;
  gboolean date_ok = inovda_date_row_get_date (data->tanggal, &tanggal, &error);
  gboolean has_content = data->sha256 != NULL ||
                         gtk_editable_get_text (data->nomor)[0] != '\0' ||
                         gtk_editable_get_text (data->tautan)[0] != '\0';

  if (date_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (data->tanggal), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (data->tanggal), "error");
  adw_message_dialog_set_body (dialog, date_ok ? data->body : error->message);
  adw_message_dialog_set_response_enabled (dialog, "save", date_ok && has_content);
}

static GtkEditable *
add_entry_row (GtkListBox *list,
               const char *title,
               const char *text,
               AdwMessageDialog *dialog)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_signal_connect_object (row, "changed", G_CALLBACK (fields_changed_cb), dialog, G_CONNECT_SWAPPED);
  gtk_list_box_append (list, row);
  return GTK_EDITABLE (row);
}

void
inovda_evidence_dialog_present (GtkWidget *parent,
                                InovdaPortfolio *portfolio,
                                gint64 innovation_id,
                                int year,
                                const char *indicator,
                                const InovdaEvidence *evidence)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  GtkWidget *dialog;
  GtkWidget *list;
  DialogData *data;

  g_return_if_fail (INOVDA_IS_PORTFOLIO (portfolio));
  g_return_if_fail (indicator != NULL);

  data = g_new0 (DialogData, 1);
  data->portfolio = g_object_ref (portfolio);
  data->innovation_id = innovation_id;
  data->year = year;
  data->indicator = g_strdup (indicator);
  if (evidence != NULL)
    {
      data->evidence_id = evidence->id;
      data->sha256 = g_strdup (evidence->sha256);
      data->file_name = g_strdup (evidence->file_name);
    }

  data->body = g_strdup (evidence != NULL && evidence->file_name != NULL
                             ? evidence->file_name
                             : _ ("Evidence needs a link or a letter number; the date is written as day/month/year."));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   evidence != NULL ? _ ("Evidence Details") : _ ("Add a Link or Letter"),
                                   data->body);
  g_object_set_data_full (G_OBJECT (dialog), "evidence-data", data, (GDestroyNotify) dialog_data_free);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  data->nomor = add_entry_row (GTK_LIST_BOX (list), _ ("Letter number"), evidence ? evidence->nomor_surat : NULL,
                               ADW_MESSAGE_DIALOG (dialog));
  data->tanggal = INOVDA_DATE_ROW (inovda_date_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->tanggal), _ ("Letter date"));
  inovda_date_row_set_date (data->tanggal, evidence ? evidence->tanggal_surat : NULL);
  g_signal_connect_object (data->tanggal, "changed", G_CALLBACK (fields_changed_cb), dialog, G_CONNECT_SWAPPED);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (data->tanggal));
  data->tentang = add_entry_row (GTK_LIST_BOX (list), _ ("Subject"), evidence ? evidence->tentang : NULL,
                                 ADW_MESSAGE_DIALOG (dialog));
  data->tautan = add_entry_row (GTK_LIST_BOX (list), _ ("Link"), evidence ? evidence->tautan : NULL,
                                ADW_MESSAGE_DIALOG (dialog));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _ ("_Cancel"),
                                    "save", evidence != NULL ? _ ("_Save") : _ ("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), data);
  fields_changed_cb (ADW_MESSAGE_DIALOG (dialog), data->nomor);
  gtk_window_present (GTK_WINDOW (dialog));
}
