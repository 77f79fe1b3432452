/* inovda-indicator-row.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-indicator-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "inovda-evidence-dialog.h"
#include "inovda-evidence-row.h"
#include "inovda-fold-layout.h"
#include "inovda-indicator-row.h"
#include "inovda-ui-format.h"
#include "inovda-ui-layout.h"
#include "inovda-window.h"

#include "inovda-error.h"
#include "model/inovda-decimal.h"

struct _InovdaIndicatorRow
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel *title_label;
  GtkLabel *weight_label;
  GtkLabel *mandatory_label;
  GtkLabel *score_label;
  GtkListBox *level_list;
  GtkListBox *evidence_list;
  AdwComboRow *basis_row;
  AdwComboRow *verified_row;
  AdwActionRow *level_rows[INOVDA_LEVEL_MAX + 1];
  GtkCheckButton *level_checks[INOVDA_LEVEL_MAX + 1];
  AdwActionRow *rules_row;
  GtkWidget *attach_row;
  GtkLabel *attach_label;

  /* Owned references */
  InovdaCatalogue *catalogue;
  InovdaPortfolio *portfolio;
  GPtrArray *evidence_rows; /* InovdaEvidenceRow*, in the list */
  GtkNativeDialog *chooser;
  GCancellable *cancellable;
  char *basis;

  /* Borrowed from the catalogue */
  const InovdaIndicator *indicator;

  gint64 innovation_id;
  int year;
  int level;
  int verified;
  guint n_loading;
  guint updating : 1;
};

G_DEFINE_FINAL_TYPE (InovdaIndicatorRow, inovda_indicator_row, ADW_TYPE_BIN)

typedef struct
{
  InovdaIndicatorRow *self; /* strong */
  GPtrArray *names;         /* char* */
  GPtrArray *contents;      /* GBytes* */
  GError *error;
  guint pending;
} AttachBatch;

/* ------------------------------------------------------------------------ */

static char *
format_compact (gint64 hundredths)
{
  return inovda_decimal_format (hundredths, 2, hundredths % 100 == 0 ? 0 : 2, inovda_decimal_mark ());
}

static void
report_error (InovdaIndicatorRow *self,
              const char *heading,
              const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (INOVDA_IS_WINDOW (root))
    inovda_window_show_error (INOVDA_WINDOW (root), heading, error);
  else
    g_warning ("%s: %s", heading, error->message);
}

static const InovdaBasis *
chosen_basis (InovdaIndicatorRow *self)
{
  if (self->basis == NULL)
    return NULL;
  return inovda_indicator_find_basis (self->indicator, self->basis);
}

static gboolean
has_bases (InovdaIndicatorRow *self)
{
  return self->indicator->bases != NULL && self->indicator->bases->len > 0;
}

static void
update_levels (InovdaIndicatorRow *self)
{
  const InovdaBasis *basis = chosen_basis (self);
  gboolean needs_basis = has_bases (self) && basis == NULL;
  const char *rules = basis != NULL && basis->evidence != NULL ? basis->evidence : self->indicator->evidence;
  g_autoptr (GString) rules_text = g_string_new (rules != NULL ? rules : "");

  for (int level = 1; level <= INOVDA_LEVEL_MAX; level++)
    {
      const char *text = basis != NULL ? basis->levels[level - 1] : self->indicator->levels[level - 1];
      g_autofree char *score = format_compact (self->indicator->weight * level);
      g_autofree char *subtitle = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->level_rows[level]),
                                     text != NULL && !needs_basis ? text : "");
      /* Translators: under a level's text: the level and the score it gives. */
      subtitle = g_strdup_printf (_ ("Level %d · score %s"), level, score);
      adw_action_row_set_subtitle (self->level_rows[level], subtitle);
      gtk_widget_set_sensitive (GTK_WIDGET (self->level_rows[level]), !needs_basis);
      if (needs_basis)
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->level_rows[level]),
                                       _ ("Choose the basis of the benefit first"));
    }

  adw_action_row_set_subtitle (self->rules_row, rules_text->str);
  if (self->indicator->file_types != NULL)
    {
      g_autofree char *title = NULL;

      /* Translators: a heading over the evidence rules; %s lists file types such as “PDF/JPG”. */
      title = g_strdup_printf (_ ("Evidence · %s"), self->indicator->file_types);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rules_row), title);
    }
  else
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rules_row), _ ("Evidence"));
}

static void
update_score (InovdaIndicatorRow *self)
{
  /* A level the verifier has granted risks nothing for its evidence; one
   * claimed above it does. */
  gboolean missing_evidence = self->level > 0 && self->evidence_rows->len == 0 &&
                              (self->verified == INOVDA_LEVEL_UNVERIFIED || self->verified < self->level);
  const char *attach_text;

  gtk_widget_remove_css_class (GTK_WIDGET (self->score_label), "dim-label");
  gtk_widget_remove_css_class (GTK_WIDGET (self->score_label), "warning");
  if (self->level > 0)
    {
      g_autofree char *score = format_compact (self->indicator->weight * self->level);
      g_autofree char *text = NULL;

      /* Translators: an indicator's answer: its level and the score it gives, e.g. “Level 2 · score 6”. */
      text = g_strdup_printf (_ ("Level %d · score %s"), self->level, score);
      gtk_label_set_label (self->score_label, text);
    }
  else
    {
      gtk_label_set_label (self->score_label, _ ("Not answered"));
      gtk_widget_add_css_class (GTK_WIDGET (self->score_label),
                                self->indicator->mandatory ? "warning" : "dim-label");
    }

  attach_text = missing_evidence ? _ ("No evidence yet: the level may be rejected at verification")
                                 : _ ("Drop files here, or");
  gtk_label_set_label (self->attach_label, attach_text);
  /* On the text only: the buttons would take its colour. */
  if (missing_evidence)
    gtk_widget_add_css_class (GTK_WIDGET (self->attach_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->attach_label), "warning");
}

static gboolean
same_evidence (InovdaIndicatorRow *self,
               GPtrArray *list)
{
  if (list->len != self->evidence_rows->len)
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    {
      const InovdaEvidence *fresh = g_ptr_array_index (list, i);
      const InovdaEvidence *shown = inovda_evidence_row_get_evidence (g_ptr_array_index (self->evidence_rows, i));

      /* Editing the details stores a new row, which SQLite may give the
       * same id: compare the details too. */
      if (fresh->id != shown->id || fresh->reuse_count != shown->reuse_count ||
          g_strcmp0 (fresh->sha256, shown->sha256) != 0 ||
          g_strcmp0 (fresh->file_name, shown->file_name) != 0 ||
          g_strcmp0 (fresh->nomor_surat, shown->nomor_surat) != 0 ||
          g_strcmp0 (fresh->tanggal_surat, shown->tanggal_surat) != 0 ||
          g_strcmp0 (fresh->tentang, shown->tentang) != 0 ||
          g_strcmp0 (fresh->tautan, shown->tautan) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
load_evidence (InovdaIndicatorRow *self)
{
  g_autoptr (GPtrArray) list = NULL;

  list = inovda_portfolio_list_sid_evidence (self->portfolio, self->innovation_id, self->year,
                                             self->indicator->id, NULL);
  if (list == NULL)
    list = g_ptr_array_new ();
  if (same_evidence (self, list))
    return;

  for (guint i = 0; i < self->evidence_rows->len; i++)
    gtk_list_box_remove (self->evidence_list, g_ptr_array_index (self->evidence_rows, i));
  g_ptr_array_set_size (self->evidence_rows, 0);

  for (guint i = 0; i < list->len; i++)
    {
      GtkWidget *row = inovda_evidence_row_new (self->portfolio, self->innovation_id, self->year,
                                                self->indicator->id, g_ptr_array_index (list, i));

      /* After the rules row, before the attach row. */
      gtk_list_box_insert (self->evidence_list, row, (int) i + 1);
      g_ptr_array_add (self->evidence_rows, row);
    }
}

static void
clear_evidence (InovdaIndicatorRow *self)
{
  for (guint i = 0; i < self->evidence_rows->len; i++)
    gtk_list_box_remove (self->evidence_list, g_ptr_array_index (self->evidence_rows, i));
  g_ptr_array_set_size (self->evidence_rows, 0);
}

static void
store_level (InovdaIndicatorRow *self,
             int level,
             const char *basis)
{
  g_autoptr (GError) error = NULL;

  if (self->portfolio == NULL)
    return;
  if (!inovda_portfolio_set_sid_level (self->portfolio, self->innovation_id, self->year,
                                       self->indicator->id, level, basis, &error))
    {
      report_error (self, _ ("Could Not Change the Level"), error);
      inovda_indicator_row_load (self, self->portfolio, self->innovation_id, self->year);
    }
}

/* ------------------------------------------------------------------------ */
/* Attaching files                                                          */

static void
attach_batch_free (AttachBatch *batch)
{
  g_clear_object (&batch->self);
  g_ptr_array_unref (batch->names);
  g_ptr_array_unref (batch->contents);
  g_clear_error (&batch->error);
  g_free (batch);
}

static void
attach_batch_finish (AttachBatch *batch)
{
  InovdaIndicatorRow *self = batch->self;
  g_autoptr (GError) error = NULL;
  g_autofree char *label = NULL;

  self->n_loading--;
  if (batch->error != NULL)
    {
      if (!g_error_matches (batch->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        report_error (self, _ ("Could Not Read the File"), batch->error);
      return;
    }
  if (self->portfolio == NULL || batch->contents->len == 0)
    return;

  /* Translators: an undo label; %u is the number of files. */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Attach %u file", "Attach %u files", batch->contents->len),
                           batch->contents->len);
  if (!inovda_portfolio_begin_edit (self->portfolio, label, &error))
    {
      report_error (self, _ ("Could Not Attach the Files"), error);
      return;
    }
  for (guint i = 0; i < batch->contents->len; i++)
    if (inovda_portfolio_add_sid_evidence (self->portfolio, self->innovation_id, self->year, self->indicator->id,
                                           g_ptr_array_index (batch->contents, i),
                                           g_ptr_array_index (batch->names, i),
                                           NULL, NULL, NULL, NULL, &error) == 0)
      {
        inovda_portfolio_rollback_edit (self->portfolio);
        report_error (self, _ ("Could Not Attach the Files"), error);
        return;
      }
  if (!inovda_portfolio_commit_edit (self->portfolio, &error))
    report_error (self, _ ("Could Not Attach the Files"), error);
}

/* The last file read finishes the batch. */
static void
batch_file_done (AttachBatch *batch)
{
  if (--batch->pending == 0)
    {
      attach_batch_finish (batch);
      attach_batch_free (batch);
    }
}

static void
load_contents_cb (GObject *source,
                  GAsyncResult *result,
                  gpointer user_data)
{
  AttachBatch *batch = user_data;
  g_autoptr (GError) error = NULL;
  char *data = NULL;
  gsize size = 0;

  if (g_file_load_contents_finish (G_FILE (source), result, &data, &size, NULL, &error))
    {
      g_ptr_array_add (batch->names, g_file_get_basename (G_FILE (source)));
      g_ptr_array_add (batch->contents, g_bytes_new_take (data, size));
    }
  else if (batch->error == NULL)
    batch->error = g_steal_pointer (&error);

  batch_file_done (batch);
}

static void
chooser_response_cb (InovdaIndicatorRow *self,
                     int response,
                     GtkNativeDialog *dialog)
{
  g_autoptr (GtkNativeDialog) chooser = g_steal_pointer (&self->chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));

      inovda_indicator_row_attach_files (self, files);
    }
  gtk_native_dialog_destroy (dialog);
}

static void
add_filter (GtkFileChooser *chooser,
            const char *name,
            const char *const *patterns)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, patterns[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
attach_action (GtkWidget *widget,
               const char *action_name,
               GVariant *param)
{
  InovdaIndicatorRow *self = INOVDA_INDICATOR_ROW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) all_files = gtk_file_filter_new ();

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (self->chooser);
      return;
    }

  chooser = gtk_file_chooser_native_new (_ ("Attach Evidence"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _ ("_Attach"),
                                         _ ("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);

  /* The catalogue's file types first, then anything. */
  if (self->indicator->file_types != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (self->indicator->file_types, -1);
      g_auto (GStrv) types = g_strsplit_set (lower, "/, ", -1);
      g_autofree char *name = NULL;

      /* Translators: a file filter; %s lists file types such as “PDF/JPG”. */
      name = g_strdup_printf (_ ("Accepted files (%s)"), self->indicator->file_types);
      add_filter (GTK_FILE_CHOOSER (chooser), name, (const char *const *) types);
    }
  gtk_file_filter_set_name (all_files, _ ("All Files"));
  gtk_file_filter_add_pattern (all_files, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all_files);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
add_link_action (GtkWidget *widget,
                 const char *action_name,
                 GVariant *param)
{
  InovdaIndicatorRow *self = INOVDA_INDICATOR_ROW (widget);

  if (self->portfolio == NULL)
    return;
  inovda_evidence_dialog_present (widget, self->portfolio, self->innovation_id, self->year,
                                  self->indicator->id, NULL);
}

static gboolean
drop_cb (InovdaIndicatorRow *self,
         const GValue *value,
         double x,
         double y,
         GtkDropTarget *target)
{
  GSList *files;
  g_autoptr (GListStore) store = NULL;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) || self->portfolio == NULL)
    return FALSE;

  files = g_value_get_boxed (value);
  store = g_list_store_new (G_TYPE_FILE);
  for (GSList *l = files; l != NULL; l = l->next)
    g_list_store_append (store, l->data);
  inovda_indicator_row_attach_files (self, G_LIST_MODEL (store));
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */

static void
level_toggled_cb (InovdaIndicatorRow *self,
                  GtkCheckButton *check)
{
  if (self->updating || !gtk_check_button_get_active (check))
    return;

  for (int level = 0; level <= INOVDA_LEVEL_MAX; level++)
    if (self->level_checks[level] == check && level != self->level)
      {
        self->level = level;
        update_score (self);
        store_level (self, level, self->basis);
      }
}

static void
basis_selected_cb (InovdaIndicatorRow *self,
                   GParamSpec *pspec,
                   AdwComboRow *row)
{
  guint selected = adw_combo_row_get_selected (row);
  const InovdaBasis *basis;

  if (self->updating || !has_bases (self) || selected == GTK_INVALID_LIST_POSITION)
    return;

  basis = selected > 0 && selected <= self->indicator->bases->len
              ? g_ptr_array_index (self->indicator->bases, selected - 1)
              : NULL;
  g_free (self->basis);
  self->basis = basis != NULL ? g_strdup (basis->id) : NULL;
  update_levels (self);
  /* The levels of one basis mean nothing for another: start again at 0. */
  store_level (self, basis != NULL ? self->level : 0, self->basis);
}

static void
verified_selected_cb (InovdaIndicatorRow *self,
                      GParamSpec *pspec,
                      AdwComboRow *row)
{
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr (GError) error = NULL;
  int level;

  if (self->updating || self->portfolio == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  level = selected == 0 ? INOVDA_LEVEL_UNVERIFIED : (int) selected - 1;
  if (!inovda_portfolio_set_sid_verified (self->portfolio, self->innovation_id, self->year,
                                          self->indicator->id, level, &error))
    {
      report_error (self, _ ("Could Not Change the Verified Level"), error);
      return;
    }
  self->verified = level;
  update_score (self);
}

/* ------------------------------------------------------------------------ */

static void
inovda_indicator_row_dispose (GObject *object)
{
  InovdaIndicatorRow *self = INOVDA_INDICATOR_ROW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  g_clear_object (&self->portfolio);

  G_OBJECT_CLASS (inovda_indicator_row_parent_class)->dispose (object);
}

static void
inovda_indicator_row_finalize (GObject *object)
{
  InovdaIndicatorRow *self = INOVDA_INDICATOR_ROW (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->evidence_rows, g_ptr_array_unref);
  g_clear_pointer (&self->catalogue, inovda_catalogue_unref);
  g_clear_pointer (&self->basis, g_free);

  G_OBJECT_CLASS (inovda_indicator_row_parent_class)->finalize (object);
}

static void
inovda_indicator_row_class_init (InovdaIndicatorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = inovda_indicator_row_dispose;
  object_class->finalize = inovda_indicator_row_finalize;

  gtk_widget_class_set_css_name (widget_class, "inovdaindicatorrow");
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-indicator-row.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorRow, weight_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorRow, mandatory_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorRow, score_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorRow, level_list);
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorRow, evidence_list);
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorRow, basis_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorRow, verified_row);
  gtk_widget_class_bind_template_child_full (widget_class, "level0_row", FALSE, G_STRUCT_OFFSET (InovdaIndicatorRow, level_rows[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "level1_row", FALSE, G_STRUCT_OFFSET (InovdaIndicatorRow, level_rows[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "level2_row", FALSE, G_STRUCT_OFFSET (InovdaIndicatorRow, level_rows[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "level3_row", FALSE, G_STRUCT_OFFSET (InovdaIndicatorRow, level_rows[3]));
  gtk_widget_class_bind_template_child_full (widget_class, "level0_check", FALSE, G_STRUCT_OFFSET (InovdaIndicatorRow, level_checks[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "level1_check", FALSE, G_STRUCT_OFFSET (InovdaIndicatorRow, level_checks[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "level2_check", FALSE, G_STRUCT_OFFSET (InovdaIndicatorRow, level_checks[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "level3_check", FALSE, G_STRUCT_OFFSET (InovdaIndicatorRow, level_checks[3]));
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorRow, rules_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorRow, attach_row);

  g_type_ensure (INOVDA_TYPE_FOLD_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorRow, attach_label);
  gtk_widget_class_bind_template_callback (widget_class, level_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, basis_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, verified_selected_cb);

  gtk_widget_class_install_action (widget_class, "indicator.attach", NULL, attach_action);
  gtk_widget_class_install_action (widget_class, "indicator.add-link", NULL, add_link_action);
}

static void
inovda_indicator_row_init (InovdaIndicatorRow *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));
  inovda_ui_combo_row_show_full_labels (self->basis_row);
  inovda_ui_combo_row_show_full_labels (self->verified_row);

  self->evidence_rows = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->evidence_list), GTK_EVENT_CONTROLLER (target));
}

GtkWidget *
inovda_indicator_row_new (InovdaCatalogue *catalogue,
                          guint index)
{
  InovdaIndicatorRow *self;
  const InovdaIndicator *indicator;
  g_autofree char *title = NULL;
  g_autofree char *weight = NULL;
  g_autofree char *weight_text = NULL;
  const InovdaVariable *variable;
  g_autoptr (GtkStringList) verified = gtk_string_list_new (NULL);

  g_return_val_if_fail (catalogue != NULL, NULL);
  g_return_val_if_fail (index < catalogue->sid->len, NULL);

  self = g_object_new (INOVDA_TYPE_INDICATOR_ROW, NULL);
  self->catalogue = inovda_catalogue_ref (catalogue);
  self->indicator = indicator = g_ptr_array_index (catalogue->sid, index);

  title = g_strdup_printf ("%d%s · %s", indicator->number, indicator->row != NULL ? indicator->row : "", indicator->name);
  gtk_label_set_label (self->title_label, title);
  weight = format_compact (indicator->weight);
  variable = inovda_catalogue_find_variable (catalogue, indicator->variable);
  /* Translators: under an indicator's name: its weight, then its variable. */
  weight_text = g_strdup_printf (_ ("Weight %s · %s"), weight, variable != NULL ? variable->name : indicator->variable);
  gtk_label_set_label (self->weight_label, weight_text);
  gtk_widget_set_visible (GTK_WIDGET (self->mandatory_label), indicator->mandatory);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->level_list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->evidence_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Evidence"), -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->level_rows[0]), _ ("Not answered"));
  adw_action_row_set_subtitle (self->level_rows[0], _ ("Level 0 · score 0"));

  if (has_bases (self))
    {
      g_autoptr (GtkStringList) bases = gtk_string_list_new (NULL);

      gtk_string_list_append (bases, _ ("Not chosen"));
      for (guint i = 0; i < indicator->bases->len; i++)
        {
          const InovdaBasis *basis = g_ptr_array_index (indicator->bases, i);
          g_autofree char *text = g_strdup_printf ("%s. %s", basis->id, basis->name);

          gtk_string_list_append (bases, text);
        }
      adw_combo_row_set_model (self->basis_row, G_LIST_MODEL (bases));
      gtk_widget_set_visible (GTK_WIDGET (self->basis_row), TRUE);
    }

  gtk_string_list_append (verified, _ ("Not verified"));
  gtk_string_list_append (verified, _ ("Not proven (0)"));
  for (int level = 1; level <= INOVDA_LEVEL_MAX; level++)
    {
      g_autofree char *text = g_strdup_printf (_ ("Level %d"), level);

      gtk_string_list_append (verified, text);
    }
  adw_combo_row_set_model (self->verified_row, G_LIST_MODEL (verified));

  update_levels (self);
  update_score (self);
  return GTK_WIDGET (self);
}

const InovdaIndicator *
inovda_indicator_row_get_indicator (InovdaIndicatorRow *self)
{
  g_return_val_if_fail (INOVDA_IS_INDICATOR_ROW (self), NULL);

  return self->indicator;
}

/**
 * inovda_indicator_row_load:
 * @self: an indicator row
 * @portfolio: (nullable): the portfolio
 * @innovation_id: the innovation
 * @year: the assessment year of the row's catalogue
 *
 * Shows the stored answer and evidence.
 */
void
inovda_indicator_row_load (InovdaIndicatorRow *self,
                           InovdaPortfolio *portfolio,
                           gint64 innovation_id,
                           int year)
{
  g_autofree char *basis = NULL;
  guint basis_position = 0;
  int verified = INOVDA_LEVEL_UNVERIFIED;

  g_return_if_fail (INOVDA_IS_INDICATOR_ROW (self));

  if (self->innovation_id != innovation_id || self->portfolio != portfolio)
    clear_evidence (self);
  g_set_object (&self->portfolio, portfolio);
  self->innovation_id = innovation_id;
  self->year = year;
  if (portfolio == NULL)
    return;

  self->level = inovda_portfolio_get_sid_level (portfolio, innovation_id, year, self->indicator->id,
                                                &basis, &verified);
  self->verified = verified;
  g_free (self->basis);
  self->basis = g_steal_pointer (&basis);

  for (guint i = 0; has_bases (self) && self->basis != NULL && i < self->indicator->bases->len; i++)
    if (g_strcmp0 (((InovdaBasis *) g_ptr_array_index (self->indicator->bases, i))->id, self->basis) == 0)
      basis_position = i + 1;

  self->updating = TRUE;
  gtk_check_button_set_active (self->level_checks[CLAMP (self->level, 0, INOVDA_LEVEL_MAX)], TRUE);
  if (has_bases (self))
    adw_combo_row_set_selected (self->basis_row, basis_position);
  adw_combo_row_set_selected (self->verified_row, verified == INOVDA_LEVEL_UNVERIFIED ? 0 : (guint) verified + 1);
  self->updating = FALSE;

  update_levels (self);
  load_evidence (self);
  update_score (self);
}

/**
 * inovda_indicator_row_attach_files:
 * @self: an indicator row showing an innovation
 * @files: a list of #GFile
 *
 * Reads the files without blocking and attaches them all in one undoable
 * edit. Files already in the portfolio are stored only once.
 */
void
inovda_indicator_row_attach_files (InovdaIndicatorRow *self,
                                   GListModel *files)
{
  AttachBatch *batch;
  guint n_files;

  g_return_if_fail (INOVDA_IS_INDICATOR_ROW (self));
  g_return_if_fail (G_IS_LIST_MODEL (files));

  n_files = g_list_model_get_n_items (files);
  if (n_files == 0 || self->portfolio == NULL)
    return;

  batch = g_new0 (AttachBatch, 1);
  batch->self = g_object_ref (self);
  batch->names = g_ptr_array_new_with_free_func (g_free);
  batch->contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  batch->pending = 1; /* until every file is started */
  self->n_loading++;

  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr (GFile) file = g_list_model_get_item (files, i);
      g_autofree char *path = g_file_get_path (file);

      /* Reading the open portfolio would drop its locks (see
       * inovda_portfolio_is_own_file()). */
      if (inovda_portfolio_is_own_file (self->portfolio, path))
        {
          g_autofree char *name = g_file_get_basename (file);

          if (batch->error == NULL)
            batch->error = g_error_new (INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                                        /* Translators: %s is a file name */
                                        _ ("%s is the open portfolio itself and cannot be attached as evidence"), name);
          continue;
        }
      batch->pending++;
      g_file_load_contents_async (file, self->cancellable, load_contents_cb, batch);
    }
  batch_file_done (batch);
}

gboolean
inovda_indicator_row_is_attaching (InovdaIndicatorRow *self)
{
  g_return_val_if_fail (INOVDA_IS_INDICATOR_ROW (self), FALSE);

  return self->n_loading > 0;
}

/**
 * inovda_indicator_row_get_evidence_rows:
 *
 * Returns: (transfer none) (element-type InovdaEvidenceRow): the rows shown
 */
GPtrArray *
inovda_indicator_row_get_evidence_rows (InovdaIndicatorRow *self)
{
  g_return_val_if_fail (INOVDA_IS_INDICATOR_ROW (self), NULL);

  return self->evidence_rows;
}
