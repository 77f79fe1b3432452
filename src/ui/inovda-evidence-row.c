/* inovda-evidence-row.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-evidence-row"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "inovda-evidence-dialog.h"
#include "inovda-evidence-row.h"
#include "inovda-ui-format.h"
#include "inovda-window.h"

struct _InovdaEvidenceRow
{
  AdwActionRow parent_instance;

  /* Owned by the widget tree */
  GtkLabel *reuse_label;

  /* Owned references */
  InovdaPortfolio *portfolio;
  InovdaEvidence evidence; /* a copy */
  char *indicator;
  gint64 innovation_id;
  int year;
};

G_DEFINE_FINAL_TYPE (InovdaEvidenceRow, inovda_evidence_row, ADW_TYPE_ACTION_ROW)

/* ------------------------------------------------------------------------ */

static void
report_error (InovdaEvidenceRow *self,
              const char *heading,
              const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (INOVDA_IS_WINDOW (root))
    inovda_window_show_error (INOVDA_WINDOW (root), heading, error);
  else
    g_warning ("%s: %s", heading, error->message);
}

static void
describe (InovdaEvidenceRow *self)
{
  const InovdaEvidence *evidence = &self->evidence;
  g_autoptr (GString) subtitle = g_string_new (NULL);
  const char *title = evidence->file_name;

  if (title == NULL)
    title = evidence->tautan;
  if (title == NULL)
    title = evidence->nomor_surat;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title != NULL ? title : _ ("Evidence"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);

  if (evidence->nomor_surat != NULL && title != evidence->nomor_surat)
    {
      g_autofree char *nomor = inovda_ui_format_letter_number (evidence->nomor_surat);

      g_string_append (subtitle, nomor);
    }
  if (evidence->tanggal_surat != NULL && evidence->tanggal_surat[0] != '\0')
    {
      g_autofree char *date = inovda_ui_format_letter_date (evidence->tanggal_surat);

      g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", date);
    }
  if (evidence->tentang != NULL)
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", evidence->tentang);
  if (evidence->tautan != NULL && title != evidence->tautan)
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", evidence->tautan);
  if (subtitle->len == 0)
    g_string_append (subtitle, _ ("No letter details yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle->str);

  if (evidence->reuse_count > 0)
    {
      g_autofree char *text = NULL;

      /* Translators: the same file is attached to other indicators or innovations. */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Also used in %u other place",
                                           "Also used in %u other places",
                                           evidence->reuse_count),
                              evidence->reuse_count);
      gtk_label_set_label (self->reuse_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->reuse_label), evidence->reuse_count > 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evidence.open",
                                 evidence->sha256 != NULL || evidence->tautan != NULL);
}

static GtkWidget *
suffix_button (InovdaEvidenceRow *self,
               const char *icon_name,
               const char *tooltip,
               const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), button);
  return button;
}

/* ------------------------------------------------------------------------ */

static void
open_action (GtkWidget *widget,
             const char *action_name,
             GVariant *param)
{
  InovdaEvidenceRow *self = INOVDA_EVIDENCE_ROW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr (GError) error = NULL;
  g_autofree char *uri = NULL;

  if (self->evidence.sha256 != NULL)
    {
      g_autofree char *path = inovda_evidence_row_write_to_cache (self, &error);

      if (path == NULL)
        {
          report_error (self, _ ("Could Not Open the File"), error);
          return;
        }
      uri = g_filename_to_uri (path, NULL, NULL);
    }
  else
    uri = g_strdup (self->evidence.tautan);

  if (uri != NULL)
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static void
edit_action (GtkWidget *widget,
             const char *action_name,
             GVariant *param)
{
  InovdaEvidenceRow *self = INOVDA_EVIDENCE_ROW (widget);

  inovda_evidence_dialog_present (widget, self->portfolio, self->innovation_id, self->year,
                                  self->indicator, &self->evidence);
}

static void
remove_action (GtkWidget *widget,
               const char *action_name,
               GVariant *param)
{
  InovdaEvidenceRow *self = INOVDA_EVIDENCE_ROW (widget);
  g_autoptr (GError) error = NULL;

  if (!inovda_portfolio_remove_evidence (self->portfolio, self->evidence.id, &error))
    report_error (self, _ ("Could Not Remove the Evidence"), error);
}

/* ------------------------------------------------------------------------ */

static void
inovda_evidence_row_dispose (GObject *object)
{
  InovdaEvidenceRow *self = INOVDA_EVIDENCE_ROW (object);

  g_clear_object (&self->portfolio);

  G_OBJECT_CLASS (inovda_evidence_row_parent_class)->dispose (object);
}

static void
inovda_evidence_row_finalize (GObject *object)
{
  InovdaEvidenceRow *self = INOVDA_EVIDENCE_ROW (object);

  g_free (self->evidence.sha256);
  g_free (self->evidence.file_name);
  g_free (self->evidence.nomor_surat);
  g_free (self->evidence.tanggal_surat);
  g_free (self->evidence.tentang);
  g_free (self->evidence.tautan);
  g_free (self->indicator);

  G_OBJECT_CLASS (inovda_evidence_row_parent_class)->finalize (object);
}

static void
inovda_evidence_row_class_init (InovdaEvidenceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = inovda_evidence_row_dispose;
  object_class->finalize = inovda_evidence_row_finalize;

  gtk_widget_class_install_action (widget_class, "evidence.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "evidence.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "evidence.remove", NULL, remove_action);
}

static void
inovda_evidence_row_init (InovdaEvidenceRow *self)
{
  self->reuse_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->reuse_label), GTK_ALIGN_CENTER);
  /* On two short lines rather than one long one, which took the width of
   * the file's name in a narrow window. */
  gtk_label_set_wrap (self->reuse_label, TRUE);
  gtk_label_set_width_chars (self->reuse_label, 16);
  gtk_label_set_max_width_chars (self->reuse_label, 18);
  gtk_label_set_justify (self->reuse_label, GTK_JUSTIFY_RIGHT);
  gtk_label_set_xalign (self->reuse_label, 1.0);
  gtk_widget_add_css_class (GTK_WIDGET (self->reuse_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->reuse_label), "accent");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->reuse_label));

  suffix_button (self, "document-open-symbolic", _ ("Open"), "evidence.open");
  suffix_button (self, "document-edit-symbolic", _ ("Edit Letter Details"), "evidence.edit");
  suffix_button (self, "user-trash-symbolic", _ ("Remove Evidence"), "evidence.remove");
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 2);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (self), 1);
}

GtkWidget *
inovda_evidence_row_new (InovdaPortfolio *portfolio,
                         gint64 innovation_id,
                         int year,
                         const char *indicator,
                         const InovdaEvidence *evidence)
{
  InovdaEvidenceRow *self;
  GtkWidget *icon;
  const char *icon_name;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (portfolio), NULL);
  g_return_val_if_fail (evidence != NULL, NULL);

  self = g_object_new (INOVDA_TYPE_EVIDENCE_ROW, NULL);
  self->portfolio = g_object_ref (portfolio);
  self->innovation_id = innovation_id;
  self->year = year;
  self->indicator = g_strdup (indicator);
  self->evidence.id = evidence->id;
  self->evidence.sha256 = g_strdup (evidence->sha256);
  self->evidence.file_name = g_strdup (evidence->file_name);
  self->evidence.nomor_surat = g_strdup (evidence->nomor_surat);
  self->evidence.tanggal_surat = g_strdup (evidence->tanggal_surat);
  self->evidence.tentang = g_strdup (evidence->tentang);
  self->evidence.tautan = g_strdup (evidence->tautan);
  self->evidence.reuse_count = evidence->reuse_count;

  if (evidence->sha256 != NULL)
    icon_name = "mail-attachment-symbolic";
  else if (evidence->tautan != NULL)
    icon_name = "insert-link-symbolic";
  else
    icon_name = "x-office-document-symbolic";
  icon = gtk_image_new_from_icon_name (icon_name);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self), icon);

  describe (self);
  return GTK_WIDGET (self);
}

const InovdaEvidence *
inovda_evidence_row_get_evidence (InovdaEvidenceRow *self)
{
  g_return_val_if_fail (INOVDA_IS_EVIDENCE_ROW (self), NULL);

  return &self->evidence;
}

/* The reuse mark as shown, or %NULL when the file is used only here. */
const char *
inovda_evidence_row_get_reuse_text (InovdaEvidenceRow *self)
{
  g_return_val_if_fail (INOVDA_IS_EVIDENCE_ROW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->reuse_label)))
    return NULL;
  return gtk_label_get_label (self->reuse_label);
}

/**
 * inovda_evidence_row_write_to_cache:
 * @self: a row with a file
 *
 * Writes the file to the user's cache folder, under its own name, so that
 * the system's viewer can open it.
 *
 * Returns: (transfer full): the path written
 */
char *
inovda_evidence_row_write_to_cache (InovdaEvidenceRow *self,
                                    GError **error)
{
  g_autoptr (GBytes) contents = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *path = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (INOVDA_IS_EVIDENCE_ROW (self), NULL);
  g_return_val_if_fail (self->evidence.sha256 != NULL, NULL);

  contents = inovda_portfolio_read_file (self->portfolio, self->evidence.sha256, error);
  if (contents == NULL)
    return NULL;

  /* One folder per file content keeps two files of the same name apart. */
  prefix = g_strndup (self->evidence.sha256, 16);
  folder = g_build_filename (g_get_user_cache_dir (), "inovda", "evidence", prefix, NULL);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", folder, g_strerror (saved_errno));
      return NULL;
    }
  name = g_path_get_basename (self->evidence.file_name != NULL ? self->evidence.file_name : self->evidence.sha256);
  if (g_str_equal (name, ".") || g_str_equal (name, G_DIR_SEPARATOR_S))
    {
      g_free (name);
      name = g_strdup (self->evidence.sha256);
    }
  path = g_build_filename (folder, name, NULL);
  data = g_bytes_get_data (contents, &size);
  if (!g_file_set_contents (path, data != NULL ? data : "", size, error))
    return NULL;
  return g_steal_pointer (&path);
}
