/* inovda-spd-row.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-spd-row"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <string.h>

#include "model/inovda-decimal.h"

#include "inovda-spd-evidence-dialog.h"
#include "inovda-spd-row.h"
#include "inovda-ui-format.h"
#include "inovda-ui-layout.h"
#include "inovda-window.h"

struct _InovdaSpdRow
{
  AdwExpanderRow parent_instance;

  /* Template widgets */
  GtkLabel *mandatory_label;
  GtkLabel *score_label;
  AdwEntryRow *value_row;
  GtkLabel *unit_label;
  AdwComboRow *category_row;
  AdwComboRow *level_row;
  AdwActionRow *result_row;
  GtkImage *result_icon;
  AdwComboRow *verified_row;
  AdwActionRow *add_evidence_row;

  /* Owned references */
  InovdaCatalogue *catalogue;
  InovdaPortfolio *portfolio;
  GPtrArray *evidence;      /* InovdaEvidence */
  GPtrArray *evidence_rows; /* AdwActionRow, borrowed from the expander */
  GCancellable *cancellable;
  char *region_code;
  char *raw_value;
  char *level_text;
  char *error;

  /* Borrowed from the catalogue */
  const InovdaIndicator *indicator;

  guint index;
  int year;
  int level;
  int verified;
  guint updating : 1;
  guint editing : 1;
};

G_DEFINE_FINAL_TYPE (InovdaSpdRow, inovda_spd_row, ADW_TYPE_EXPANDER_ROW)

/* ------------------------------------------------------------------------ */

static InovdaWindow *
get_window (InovdaSpdRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return INOVDA_IS_WINDOW (root) ? INOVDA_WINDOW (root) : NULL;
}

static void
add_toast (InovdaSpdRow *self,
           const char *text,
           gboolean with_undo)
{
  InovdaWindow *window = get_window (self);
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast;

  if (window == NULL)
    return;

  toast = adw_toast_new (escaped);
  if (with_undo)
    {
      adw_toast_set_button_label (toast, _ ("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  inovda_window_add_toast (window, toast);
}

static void
show_error (InovdaSpdRow *self,
            const char *heading,
            const GError *error)
{
  InovdaWindow *window = get_window (self);

  if (window != NULL)
    inovda_window_show_error (window, heading, error);
  else
    g_warning ("%s: %s", heading, error->message);
}

static char *
markup_escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

/* "5.2300" as the user writes it: "5,23". */
static char *
format_value (const char *raw)
{
  gint64 value;
  char *text;
  char *end;

  if (raw == NULL || !inovda_decimal_parse (raw, 4, &value))
    return g_strdup (raw != NULL ? raw : "");

  text = inovda_decimal_format (value, 4, 4, inovda_decimal_mark ());
  end = text + strlen (text) - 1;
  while (end > text && *end == '0')
    *end-- = '\0';
  if (end > text && *end == inovda_decimal_mark ())
    *end = '\0';
  return text;
}

/* "%" follows the number; other units ("poin") come after a space. */
static char *
unit_suffix_text (const InovdaIndicator *indicator)
{
  const char *unit = indicator->value_unit;

  if (unit == NULL || *unit == '\0')
    return g_strdup ("");
  if (g_strcmp0 (unit, "%") == 0)
    return g_strdup (unit);
  return g_strconcat (" ", unit, NULL);
}

static char *
describe_level (InovdaSpdRow *self,
                int level,
                gboolean answered)
{
  if (level <= 0)
    return g_strdup (answered ? _ ("Level 0: below the first threshold") : _ ("Not answered"));

  /* Translators: a level of an indicator (1 to 3), then the catalogue's text for it */
  return g_strdup_printf (_ ("Level %d: %s"), level, self->indicator->levels[MIN (level, INOVDA_LEVEL_MAX) - 1]);
}

static void
set_result (InovdaSpdRow *self,
            const char *text,
            const char *icon_name,
            const char *style)
{
  g_autofree char *escaped = markup_escape (text);
  const char *styles[] = { "error", "warning", "success", "dim-label" };

  g_free (self->level_text);
  self->level_text = g_strdup (text);
  adw_action_row_set_subtitle (self->result_row, escaped);
  gtk_image_set_from_icon_name (self->result_icon, icon_name);
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->result_icon), styles[i]);
  if (style != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->result_icon), style);
}

static void
set_error (InovdaSpdRow *self,
           const char *message)
{
  g_free (self->error);
  self->error = g_strdup (message);

  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->value_row), "error");
      set_result (self, message, "dialog-error-symbolic", "error");
      gtk_widget_set_visible (GTK_WIDGET (self->result_row), TRUE);
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->value_row), "error");
}

static void
show_stored_result (InovdaSpdRow *self)
{
  g_autofree char *text = describe_level (self, self->level, self->raw_value != NULL);

  if (self->error != NULL)
    return;
  set_result (self, text,
              self->level > 0 ? "emblem-ok-symbolic" : "dialog-information-symbolic",
              self->level > 0 ? "success" : "dim-label");
}

static void
update_summary (InovdaSpdRow *self)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *level_text = describe_level (self, self->level, self->raw_value != NULL);
  g_autofree char *escaped = NULL;
  g_autofree char *score = inovda_format_score (self->indicator->weight * MAX (self->level, 0));
  g_autofree char *max = inovda_format_score (self->indicator->weight * INOVDA_LEVEL_MAX);
  g_autofree char *score_text = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *weight = inovda_format_score (self->indicator->weight);

  if (self->raw_value != NULL && self->indicator->input == INOVDA_INPUT_VALUE)
    {
      g_autofree char *value = format_value (self->raw_value);
      g_autofree char *unit = unit_suffix_text (self->indicator);

      subtitle = g_strdup_printf ("%s%s · %s", value, unit, level_text);
    }
  else if (self->raw_value != NULL && self->indicator->input == INOVDA_INPUT_CATEGORY)
    subtitle = g_strdup_printf ("%s · %s", self->raw_value, level_text);
  else
    subtitle = g_strdup (level_text);

  escaped = markup_escape (subtitle);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), escaped);

  /* Translators: a score out of its maximum, such as “2,00 / 3,00” */
  score_text = g_strdup_printf (_ ("%s / %s"), score, max);
  gtk_label_set_label (self->score_label, score_text);
  /* Translators: a tooltip; the weight (bobot) of an indicator, the level chosen, the score */
  tooltip = g_strdup_printf (_ ("Weight %s × level %d = %s"), weight, MAX (self->level, 0), score);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->score_label), tooltip);
}

/* Sets the entry without showing its apply button: only typing does. */
static void
set_entry_text (InovdaSpdRow *self,
                const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->value_row)), text) == 0)
    return;
  adw_entry_row_set_show_apply_button (self->value_row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->value_row), text);
  adw_entry_row_set_show_apply_button (self->value_row, TRUE);
}

static guint
category_position (InovdaSpdRow *self,
                   const char *code)
{
  for (guint i = 0; code != NULL && i < self->indicator->options->len; i++)
    {
      InovdaValueOption *option = g_ptr_array_index (self->indicator->options, i);

      if (g_ascii_strcasecmp (option->code, code) == 0)
        return i + 1;
    }
  return 0;
}

static void
update_inputs (InovdaSpdRow *self)
{
  self->updating = TRUE;

  switch (self->indicator->input)
    {
    case INOVDA_INPUT_VALUE:
      if (!self->editing)
        {
          g_autofree char *text = format_value (self->raw_value);

          set_entry_text (self, text);
          set_error (self, NULL);
          show_stored_result (self);
        }
      break;

    case INOVDA_INPUT_CATEGORY:
      adw_combo_row_set_selected (self->category_row, category_position (self, self->raw_value));
      show_stored_result (self);
      break;

    case INOVDA_INPUT_CHOICE:
    default:
      adw_combo_row_set_selected (self->level_row, CLAMP (self->level, 0, INOVDA_LEVEL_MAX));
      g_free (self->level_text);
      self->level_text = describe_level (self, self->level, self->raw_value != NULL);
      break;
    }

  adw_combo_row_set_selected (self->verified_row,
                              self->verified == INOVDA_LEVEL_UNVERIFIED ? 0 : (guint) CLAMP (self->verified, 0, INOVDA_LEVEL_MAX) + 1);
  self->updating = FALSE;
}

/* ------------------------------------------------------------------------ */
/* Evidence                                                                 */

static char *
describe_evidence (const InovdaEvidence *evidence)
{
  g_autoptr (GString) text = g_string_new (NULL);

  if (evidence->nomor_surat != NULL && *evidence->nomor_surat != '\0')
    {
      g_autofree char *nomor = inovda_ui_format_letter_number (evidence->nomor_surat);

      g_string_append (text, nomor);
    }
  if (evidence->tanggal_surat != NULL && evidence->tanggal_surat[0] != '\0')
    {
      g_autofree char *date = inovda_ui_format_letter_date (evidence->tanggal_surat);

      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, date);
    }
  if (evidence->file_name != NULL && evidence->tentang != NULL && *evidence->tentang != '\0')
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, evidence->file_name);
    }
  if (evidence->reuse_count > 0)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      /* Translators: the same file is attached elsewhere in the portfolio */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "also attached in %u other place", "also attached in %u other places", evidence->reuse_count),
                              evidence->reuse_count);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
evidence_button (const char *icon_name,
                 const char *tooltip,
                 const char *action,
                 gint64 id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static void
rebuild_evidence (InovdaSpdRow *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) evidence = NULL;

  for (guint i = 0; i < self->evidence_rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), g_ptr_array_index (self->evidence_rows, i));
  g_ptr_array_set_size (self->evidence_rows, 0);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);

  if (self->portfolio == NULL)
    return;

  evidence = inovda_portfolio_list_spd_evidence (self->portfolio, self->region_code, self->year,
                                                 self->indicator->id, &error);
  if (evidence == NULL)
    {
      g_warning ("Could not list the evidence of indicator %s: %s", self->indicator->id, error->message);
      return;
    }

  /* The "Add Evidence" row stays last. */
  g_object_ref (self->add_evidence_row);
  adw_expander_row_remove (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->add_evidence_row));

  for (guint i = 0; i < evidence->len; i++)
    {
      const InovdaEvidence *item = g_ptr_array_index (evidence, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *detail = describe_evidence (item);
      g_autofree char *title = NULL;
      const char *name;

      if (item->tentang != NULL && *item->tentang != '\0')
        name = item->tentang;
      else if (item->file_name != NULL)
        name = item->file_name;
      else if (item->tautan != NULL)
        name = item->tautan;
      else
        name = _ ("Letter");

      title = markup_escape (name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (*detail != '\0')
        {
          g_autofree char *subtitle = markup_escape (detail);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
        }
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name (item->sha256 != NULL ? "x-office-document-symbolic" : "web-browser-symbolic"));
      if (item->sha256 != NULL || item->tautan != NULL)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   evidence_button ("document-open-symbolic",
                                                    item->sha256 != NULL ? _ ("Open the File") : _ ("Open the Link"),
                                                    "spd-row.open-evidence", item->id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 evidence_button ("user-trash-symbolic", _ ("Remove the Evidence"),
                                                  "spd-row.remove-evidence", item->id));

      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
      g_ptr_array_add (self->evidence_rows, row);
    }

  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->add_evidence_row));
  g_object_unref (self->add_evidence_row);
  self->evidence = g_steal_pointer (&evidence);
}

static const InovdaEvidence *
find_evidence (InovdaSpdRow *self,
               gint64 id)
{
  for (guint i = 0; self->evidence != NULL && i < self->evidence->len; i++)
    {
      const InovdaEvidence *evidence = g_ptr_array_index (self->evidence, i);

      if (evidence->id == id)
        return evidence;
    }
  return NULL;
}

/* The viewer gets a copy under the cache folder, named like the original. */
static char *
write_cache_copy (InovdaSpdRow *self,
                  const InovdaEvidence *evidence,
                  GError **error)
{
  g_autoptr (GBytes) contents = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  contents = inovda_portfolio_read_file (self->portfolio, evidence->sha256, error);
  if (contents == NULL)
    return NULL;

  folder = g_build_filename (g_get_user_cache_dir (), "inovda", "evidence", evidence->sha256, NULL);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", folder, g_strerror (saved_errno));
      return NULL;
    }

  name = g_path_get_basename (evidence->file_name != NULL ? evidence->file_name : "berkas");
  if (*name == '\0' || g_strcmp0 (name, ".") == 0 || g_strcmp0 (name, "..") == 0 || strchr (name, G_DIR_SEPARATOR) != NULL)
    {
      g_free (name);
      name = g_strdup ("berkas");
    }
  path = g_build_filename (folder, name, NULL);
  if (!g_file_set_contents (path, g_bytes_get_data (contents, NULL), g_bytes_get_size (contents), error))
    return NULL;
  return g_steal_pointer (&path);
}

static void
open_evidence_action (GtkWidget *widget,
                      const char *action_name,
                      GVariant *param)
{
  InovdaSpdRow *self = INOVDA_SPD_ROW (widget);
  const InovdaEvidence *evidence = find_evidence (self, g_variant_get_int64 (param));
  g_autoptr (GError) error = NULL;
  g_autofree char *uri = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (evidence == NULL)
    return;

  if (evidence->sha256 != NULL)
    {
      g_autofree char *path = write_cache_copy (self, evidence, &error);

      if (path == NULL)
        {
          show_error (self, _ ("Could Not Open the Evidence"), error);
          return;
        }
      uri = g_filename_to_uri (path, NULL, NULL);
    }
  else if (g_str_has_prefix (evidence->tautan, "http://") || g_str_has_prefix (evidence->tautan, "https://"))
    uri = g_strdup (evidence->tautan);
  else
    uri = g_strconcat ("https://", evidence->tautan, NULL);

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static void
remove_evidence_action (GtkWidget *widget,
                        const char *action_name,
                        GVariant *param)
{
  InovdaSpdRow *self = INOVDA_SPD_ROW (widget);
  g_autoptr (GError) error = NULL;

  if (self->portfolio == NULL)
    return;

  if (!inovda_portfolio_remove_evidence (self->portfolio, g_variant_get_int64 (param), &error))
    {
      show_error (self, _ ("Could Not Remove the Evidence"), error);
      return;
    }
  add_toast (self, _ ("Evidence removed"), TRUE);
}

typedef struct
{
  char *nomor;
  char *tanggal;
  char *tentang;
  char *tautan;
  char *file_name;
} EvidenceFields;

static void
evidence_fields_free (EvidenceFields *fields)
{
  g_free (fields->nomor);
  g_free (fields->tanggal);
  g_free (fields->tentang);
  g_free (fields->tautan);
  g_free (fields->file_name);
  g_free (fields);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EvidenceFields, evidence_fields_free)

static void
store_evidence (InovdaSpdRow *self,
                const EvidenceFields *fields,
                GBytes *contents)
{
  g_autoptr (GError) error = NULL;

  if (self->portfolio == NULL)
    return;

  if (inovda_portfolio_add_spd_evidence (self->portfolio, self->region_code, self->year, self->indicator->id,
                                         contents, fields->file_name, fields->nomor, fields->tanggal,
                                         fields->tentang, fields->tautan, &error) == 0)
    {
      show_error (self, _ ("Could Not Add the Evidence"), error);
      return;
    }
  add_toast (self, _ ("Evidence added"), TRUE);
}

static void
file_loaded_cb (GObject *source,
                GAsyncResult *result,
                gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GBytes) contents = NULL;
  g_autoptr (GError) error = NULL;
  InovdaSpdRow *self = g_task_get_source_object (task);

  contents = g_file_load_bytes_finish (G_FILE (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (contents == NULL)
    {
      show_error (self, _ ("Could Not Read the File"), error);
      return;
    }
  store_evidence (self, g_task_get_task_data (task), contents);
}

static void
evidence_dialog_response_cb (InovdaSpdRow *self,
                             const char *response,
                             InovdaSpdEvidenceDialog *dialog)
{
  g_autoptr (EvidenceFields) fields = NULL;
  GFile *file = inovda_spd_evidence_dialog_get_file (dialog);

  if (g_strcmp0 (response, "add") != 0)
    return;

  fields = g_new0 (EvidenceFields, 1);
  fields->nomor = g_strdup (inovda_spd_evidence_dialog_get_nomor (dialog));
  fields->tanggal = g_strdup (inovda_spd_evidence_dialog_get_tanggal (dialog));
  fields->tentang = g_strdup (inovda_spd_evidence_dialog_get_tentang (dialog));
  fields->tautan = g_strdup (inovda_spd_evidence_dialog_get_tautan (dialog));

  if (file != NULL)
    {
      GTask *task = g_task_new (self, NULL, NULL, NULL);

      fields->file_name = g_file_get_basename (file);
      g_task_set_task_data (task, g_steal_pointer (&fields), (GDestroyNotify) evidence_fields_free);
      g_file_load_bytes_async (file, self->cancellable, file_loaded_cb, task);
    }
  else
    store_evidence (self, fields, NULL);
}

static void
add_evidence_action (GtkWidget *widget,
                     const char *action_name,
                     GVariant *param)
{
  InovdaSpdRow *self = INOVDA_SPD_ROW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  InovdaSpdEvidenceDialog *dialog;

  dialog = inovda_spd_evidence_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                           self->indicator->name, self->indicator->evidence);
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (evidence_dialog_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------------ */

static void
value_changed_cb (InovdaSpdRow *self)
{
  g_autofree char *range = NULL;
  const char *text;
  gint64 value;

  if (self->updating)
    return;

  self->editing = TRUE;
  set_error (self, NULL);
  text = gtk_editable_get_text (GTK_EDITABLE (self->value_row));

  /* The level the value will give, before it is saved. */
  if (*text == '\0')
    set_result (self, _ ("Press Enter to clear the answer"), "dialog-information-symbolic", "dim-label");
  else if (inovda_decimal_parse (text, 4, &value) && !inovda_indicator_value_possible (self->indicator, value, &range))
    {
      /* Translators: shown while typing a value; %s is the values the measure can take (“0 to 100”) */
      g_autofree char *hint = g_strdup_printf (_ ("Not a possible value: it must be %s"), range);

      set_result (self, hint, "dialog-warning-symbolic", "warning");
    }
  else if (inovda_decimal_parse (text, 4, &value))
    {
      int level = inovda_indicator_level_for_value (self->indicator, value);
      g_autofree char *described = NULL;
      g_autofree char *preview = NULL;

      described = describe_level (self, level, TRUE);
      /* Translators: shown while typing a value; %s is “Level 2: …” */
      preview = g_strdup_printf (_ ("%s — press Enter to save"), described);
      set_result (self, preview, level > 0 ? "emblem-ok-symbolic" : "dialog-information-symbolic",
                  level > 0 ? "success" : "dim-label");
      g_free (self->level_text);
      self->level_text = g_steal_pointer (&described);
    }
  else
    set_result (self, _ ("Enter a number such as 5,23"), "dialog-information-symbolic", "dim-label");
}

static gboolean
store_value (InovdaSpdRow *self,
             const char *text)
{
  g_autoptr (InovdaSpdRow) hold = NULL;
  g_autoptr (GError) error = NULL;

  if (self->portfolio == NULL)
    return FALSE;

  /* Saving reloads the page, which updates this row. */
  hold = g_object_ref (self);
  self->editing = FALSE;
  if (!inovda_portfolio_set_spd_value (self->portfolio, self->region_code, self->year,
                                       self->indicator->id, text, &error))
    {
      self->editing = TRUE;
      set_error (self, error->message);
      return FALSE;
    }
  set_error (self, NULL);
  show_stored_result (self);
  return TRUE;
}

static void
value_apply_cb (InovdaSpdRow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->value_row))));

  store_value (self, text);
}

static void
category_selected_cb (InovdaSpdRow *self)
{
  guint selected = adw_combo_row_get_selected (self->category_row);
  const char *code = NULL;

  if (self->updating || self->portfolio == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (selected > 0 && selected <= self->indicator->options->len)
    code = ((InovdaValueOption *) g_ptr_array_index (self->indicator->options, selected - 1))->code;
  store_value (self, code);
}

static void
level_selected_cb (InovdaSpdRow *self)
{
  guint selected = adw_combo_row_get_selected (self->level_row);
  g_autoptr (GError) error = NULL;

  if (self->updating || self->portfolio == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (!inovda_portfolio_set_spd_level (self->portfolio, self->region_code, self->year,
                                       self->indicator->id, (int) selected, &error))
    show_error (self, _ ("Could Not Save the Level"), error);
}

static void
verified_selected_cb (InovdaSpdRow *self)
{
  guint selected = adw_combo_row_get_selected (self->verified_row);
  g_autoptr (GError) error = NULL;
  int level;

  if (self->updating || self->portfolio == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  level = selected == 0 ? INOVDA_LEVEL_UNVERIFIED : (int) selected - 1;
  if (!inovda_portfolio_set_spd_verified (self->portfolio, self->region_code, self->year,
                                          self->indicator->id, level, &error))
    show_error (self, _ ("Could Not Save the Verified Level"), error);
}

/* ------------------------------------------------------------------------ */

static GListModel *
level_choices (InovdaSpdRow *self,
               const char *none)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, none);
  for (int level = 1; level <= INOVDA_LEVEL_MAX; level++)
    {
      /* Translators: a level of an indicator (1 to 3), then the catalogue's text for it */
      g_autofree char *text = g_strdup_printf (_ ("Level %d: %s"), level, self->indicator->levels[level - 1]);

      gtk_string_list_append (list, text);
    }
  return G_LIST_MODEL (list);
}

static void
setup_inputs (InovdaSpdRow *self)
{
  const InovdaIndicator *indicator = self->indicator;
  g_autoptr (GtkStringList) verified = gtk_string_list_new (NULL);
  g_autofree char *title = NULL;

  /* Translators: an indicator number (with its row letter) and its official name */
  title = g_strdup_printf (_ ("%d%s · %s"), indicator->number, indicator->row ?: "", indicator->name);
  {
    g_autofree char *escaped = markup_escape (title);

    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), escaped);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->mandatory_label), indicator->mandatory);

  switch (indicator->input)
    {
    case INOVDA_INPUT_VALUE:
      {
        /* Translators: the raw number of an indicator, such as a growth in % */
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->value_row), _ ("Value"));
        gtk_label_set_label (self->unit_label, indicator->value_unit);
        gtk_widget_set_visible (GTK_WIDGET (self->value_row), TRUE);
        gtk_widget_set_visible (GTK_WIDGET (self->result_row), TRUE);
      }
      break;

    case INOVDA_INPUT_CATEGORY:
      {
        g_autoptr (GtkStringList) options = gtk_string_list_new (NULL);

        gtk_string_list_append (options, _ ("Not answered"));
        for (guint i = 0; i < indicator->options->len; i++)
          {
            InovdaValueOption *option = g_ptr_array_index (indicator->options, i);
            g_autofree char *text = g_strdup_printf ("%s — %s", option->code, option->label);

            gtk_string_list_append (options, text);
          }
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->category_row), _ ("Category"));
        adw_combo_row_set_model (self->category_row, G_LIST_MODEL (options));
        gtk_widget_set_visible (GTK_WIDGET (self->category_row), TRUE);
        gtk_widget_set_visible (GTK_WIDGET (self->result_row), TRUE);
      }
      break;

    case INOVDA_INPUT_CHOICE:
    default:
      {
        g_autoptr (GListModel) levels = level_choices (self, _ ("Not answered"));

        adw_combo_row_set_model (self->level_row, levels);
        gtk_widget_set_visible (GTK_WIDGET (self->level_row), TRUE);
      }
      break;
    }

  gtk_string_list_append (verified, _ ("Not verified"));
  gtk_string_list_append (verified, _ ("Level 0: evidence rejected"));
  for (int level = 1; level <= INOVDA_LEVEL_MAX; level++)
    {
      g_autofree char *text = g_strdup_printf (_ ("Level %d: %s"), level, indicator->levels[level - 1]);

      gtk_string_list_append (verified, text);
    }
  adw_combo_row_set_model (self->verified_row, G_LIST_MODEL (verified));

  if (indicator->evidence != NULL && *indicator->evidence != '\0')
    {
      g_autofree char *escaped = markup_escape (indicator->evidence);

      adw_action_row_set_subtitle (self->add_evidence_row, escaped);
    }
}

/* ------------------------------------------------------------------------ */

static void
inovda_spd_row_dispose (GObject *object)
{
  InovdaSpdRow *self = INOVDA_SPD_ROW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->portfolio);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);
  g_clear_pointer (&self->evidence_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (inovda_spd_row_parent_class)->dispose (object);
}

static void
inovda_spd_row_finalize (GObject *object)
{
  InovdaSpdRow *self = INOVDA_SPD_ROW (object);

  g_clear_pointer (&self->catalogue, inovda_catalogue_unref);
  g_free (self->region_code);
  g_free (self->raw_value);
  g_free (self->level_text);
  g_free (self->error);

  G_OBJECT_CLASS (inovda_spd_row_parent_class)->finalize (object);
}

static void
inovda_spd_row_class_init (InovdaSpdRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = inovda_spd_row_dispose;
  object_class->finalize = inovda_spd_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-spd-row.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdRow, mandatory_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdRow, score_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdRow, value_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdRow, unit_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdRow, category_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdRow, level_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdRow, result_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdRow, result_icon);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdRow, verified_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdRow, add_evidence_row);
  gtk_widget_class_bind_template_callback (widget_class, value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, value_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, category_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, level_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, verified_selected_cb);

  gtk_widget_class_install_action (widget_class, "spd-row.add-evidence", NULL, add_evidence_action);
  gtk_widget_class_install_action (widget_class, "spd-row.open-evidence", "x", open_evidence_action);
  gtk_widget_class_install_action (widget_class, "spd-row.remove-evidence", "x", remove_evidence_action);
}

static void
inovda_spd_row_init (InovdaSpdRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  inovda_ui_combo_row_show_full_labels (self->category_row);
  inovda_ui_combo_row_show_full_labels (self->level_row);
  inovda_ui_combo_row_show_full_labels (self->verified_row);

  self->evidence_rows = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
  self->verified = INOVDA_LEVEL_UNVERIFIED;
}

/* ------------------------------------------------------------------------ */

InovdaSpdRow *
inovda_spd_row_new (InovdaCatalogue *catalogue,
                    guint index)
{
  InovdaSpdRow *self;

  g_return_val_if_fail (catalogue != NULL, NULL);
  g_return_val_if_fail (index < catalogue->spd->len, NULL);

  self = g_object_new (INOVDA_TYPE_SPD_ROW, NULL);
  self->catalogue = inovda_catalogue_ref (catalogue);
  self->index = index;
  self->indicator = g_ptr_array_index (catalogue->spd, index);
  setup_inputs (self);
  update_summary (self);
  return self;
}

const char *
inovda_spd_row_get_indicator (InovdaSpdRow *self)
{
  g_return_val_if_fail (INOVDA_IS_SPD_ROW (self), NULL);
  return self->indicator->id;
}

/**
 * inovda_spd_row_update:
 * @self: a row
 * @portfolio: the portfolio
 * @result: the region's year, with the same SPD rows as the row's catalogue
 *
 * Shows the stored answer, verified level and evidence.
 */
void
inovda_spd_row_update (InovdaSpdRow *self,
                       InovdaPortfolio *portfolio,
                       InovdaRegionResult *result)
{
  InovdaRegionYear *region_year;

  g_return_if_fail (INOVDA_IS_SPD_ROW (self));
  g_return_if_fail (INOVDA_IS_PORTFOLIO (portfolio));
  g_return_if_fail (result != NULL && result->region_year != NULL);

  region_year = result->region_year;
  g_set_object (&self->portfolio, portfolio);
  g_free (self->region_code);
  self->region_code = g_strdup (inovda_region_get_code (result->region));
  self->year = result->year;

  self->level = region_year->region.spd_level[self->index];
  self->verified = region_year->region.spd_verified_level[self->index];
  if (!self->editing)
    {
      g_free (self->raw_value);
      self->raw_value = g_strdup (region_year->spd_raw_values[self->index]);
    }

  update_inputs (self);
  update_summary (self);
  rebuild_evidence (self);
}

/**
 * inovda_spd_row_enter_value:
 * @self: a row whose indicator takes a value or a category
 * @text: a number ("5,23"), a category code, or "" to clear
 *
 * Types @text into the row's entry (or chooses the category) and saves it.
 *
 * Returns: %TRUE if the portfolio took the value; otherwise the row shows
 *   the reason, see inovda_spd_row_get_error()
 */
gboolean
inovda_spd_row_enter_value (InovdaSpdRow *self,
                            const char *text)
{
  g_return_val_if_fail (INOVDA_IS_SPD_ROW (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (self->indicator->input == INOVDA_INPUT_CATEGORY)
    {
      guint position = category_position (self, text);

      if (position == 0 && *text != '\0')
        return store_value (self, text);
      adw_combo_row_set_selected (self->category_row, position);
      return self->error == NULL;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->value_row), text);
  g_signal_emit_by_name (self->value_row, "apply");
  return self->error == NULL;
}

gboolean
inovda_spd_row_choose_level (InovdaSpdRow *self,
                             int level)
{
  g_return_val_if_fail (INOVDA_IS_SPD_ROW (self), FALSE);
  g_return_val_if_fail (level >= 0 && level <= INOVDA_LEVEL_MAX, FALSE);

  if (self->indicator->input != INOVDA_INPUT_CHOICE)
    return FALSE;
  adw_combo_row_set_selected (self->level_row, level);
  return self->level == level;
}

gboolean
inovda_spd_row_choose_verified (InovdaSpdRow *self,
                                int level)
{
  g_return_val_if_fail (INOVDA_IS_SPD_ROW (self), FALSE);
  g_return_val_if_fail (level >= INOVDA_LEVEL_UNVERIFIED && level <= INOVDA_LEVEL_MAX, FALSE);

  adw_combo_row_set_selected (self->verified_row, level == INOVDA_LEVEL_UNVERIFIED ? 0 : (guint) level + 1);
  return self->verified == level;
}

int
inovda_spd_row_get_level (InovdaSpdRow *self)
{
  g_return_val_if_fail (INOVDA_IS_SPD_ROW (self), 0);
  return self->level;
}

const char *
inovda_spd_row_get_level_text (InovdaSpdRow *self)
{
  g_return_val_if_fail (INOVDA_IS_SPD_ROW (self), NULL);
  return self->level_text;
}

const char *
inovda_spd_row_get_error (InovdaSpdRow *self)
{
  g_return_val_if_fail (INOVDA_IS_SPD_ROW (self), NULL);
  return self->error;
}

guint
inovda_spd_row_get_n_evidence (InovdaSpdRow *self)
{
  g_return_val_if_fail (INOVDA_IS_SPD_ROW (self), 0);
  return self->evidence != NULL ? self->evidence->len : 0;
}
