/* inovda-import-dialog.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-import-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "inovda-import-dialog.h"
#include "inovda-ui-format.h"
#include "inovda-window.h"

struct _InovdaImportDialog
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkButton *cancel_button;
  GtkButton *apply_button;
  GtkStack *stack;
  AdwStatusPage *working_status;
  GtkProgressBar *progress_bar;
  AdwStatusPage *error_status;
  GtkImage *verdict_icon;
  GtkLabel *verdict_label;
  GtkLabel *explanation_label;
  GtkLabel *submission_label;
  GtkFlowBox *counts_box;
  GtkLabel *details_label;
  GtkBox *scores_box;
  GtkListBox *scores_list;
  GtkBox *notes_box;
  GtkListBox *notes_list;
  GtkBox *list_box;
  GtkLabel *list_label;
  GtkListView *list_view;
  GtkNoSelection *list_selection;
  GtkStringList *problems; /* "LOCATION\tMESSAGE" */
  GtkStringList *items;    /* "UID\tNAME\tOUTCOME" */

  /* Owned references */
  InovdaPortfolio *portfolio;
  GFile *file;
  InovdaImport *checked; /* the dry run, for the preview */
  GCancellable *cancellable;
  char *error;
  guint pulse_id;

  InovdaImportDialogState state;
  guint running : 1;
  guint can_apply : 1;
};

G_DEFINE_FINAL_TYPE (InovdaImportDialog, inovda_import_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */

static void
set_state (InovdaImportDialog *self,
           InovdaImportDialogState state)
{
  gboolean working = state == INOVDA_IMPORT_DIALOG_READING || state == INOVDA_IMPORT_DIALOG_APPLYING;

  self->state = state;
  gtk_widget_set_visible (GTK_WIDGET (self->apply_button), state == INOVDA_IMPORT_DIALOG_PREVIEW && self->can_apply);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply",
                                 state == INOVDA_IMPORT_DIALOG_PREVIEW && self->can_apply);
  gtk_button_set_label (self->cancel_button,
                        state == INOVDA_IMPORT_DIALOG_FAILED ||
                                (state == INOVDA_IMPORT_DIALOG_PREVIEW && !self->can_apply)
                            ? _ ("_Close")
                            : _ ("_Cancel"));
  if (working)
    gtk_stack_set_visible_child_name (self->stack, "working");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static char *
display_name (InovdaImportDialog *self)
{
  return g_file_get_basename (self->file);
}

static void
add_toast (InovdaImportDialog *self,
           const char *text,
           gboolean with_undo)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast;

  if (!INOVDA_IS_WINDOW (parent))
    return;

  toast = adw_toast_new (escaped);
  if (with_undo)
    {
      adw_toast_set_button_label (toast, _ ("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  inovda_window_add_toast (INOVDA_WINDOW (parent), toast);
}

static gboolean
pulse_cb (gpointer user_data)
{
  InovdaImportDialog *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static GtkWidget *
count_card (guint count,
            const char *caption)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *number;
  GtkWidget *label = gtk_label_new (caption);
  g_autofree char *text = inovda_format_count (count);

  number = gtk_label_new (text);
  gtk_widget_add_css_class (number, "title-2");
  gtk_widget_add_css_class (number, "numeric");
  if (count == 0)
    gtk_widget_add_css_class (number, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static void
append_detail (GString *text,
               const char *part)
{
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, part);
}

static char *
describe_details (const InovdaImportCounts *counts)
{
  g_autoptr (GString) text = g_string_new (NULL);

  if (counts->regions_added + counts->regions_updated > 0)
    {
      /* Translators: regions in an imported file: added, updated */
      g_autofree char *added = inovda_format_count (counts->regions_added);
      g_autofree char *updated = inovda_format_count (counts->regions_updated);
      g_autofree char *part = g_strdup_printf (_ ("Regions: %s added, %s updated"), added, updated);
      append_detail (text, part);
    }
  if (counts->units_added + counts->units_updated > 0)
    {
      /* Translators: regional agencies in an imported file: added, updated */
      g_autofree char *added = inovda_format_count (counts->units_added);
      g_autofree char *updated = inovda_format_count (counts->units_updated);
      g_autofree char *part = g_strdup_printf (_ ("Regional agencies: %s added, %s updated"), added, updated);
      append_detail (text, part);
    }
  if (counts->answers_added + counts->answers_updated + counts->answers_unchanged > 0)
    {
      /* Translators: indicator answers in an imported file: added, updated, unchanged */
      g_autofree char *added = inovda_format_count (counts->answers_added);
      g_autofree char *updated = inovda_format_count (counts->answers_updated);
      g_autofree char *unchanged = inovda_format_count (counts->answers_unchanged);
      g_autofree char *part = g_strdup_printf (_ ("Indicator answers: %s added, %s updated, %s unchanged"),
                                               added, updated, unchanged);
      append_detail (text, part);
    }
  if (counts->evidence_added + counts->evidence_unchanged > 0)
    {
      /* Translators: evidence in an imported file: added, unchanged */
      g_autofree char *added = inovda_format_count (counts->evidence_added);
      g_autofree char *unchanged = inovda_format_count (counts->evidence_unchanged);
      g_autofree char *part = g_strdup_printf (_ ("Evidence: %s added, %s unchanged"), added, unchanged);
      append_detail (text, part);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "12:5" (XML line and column) or "Inovasi!D7" (sheet, column, row) as a
 * sort key; problems without a place come first. */
static void
location_key (const char *location,
              char **sheet,
              guint *line,
              guint *column)
{
  const char *bang = location != NULL ? strchr (location, '!') : NULL;

  *sheet = NULL;
  *line = *column = 0;
  if (location == NULL || *location == '\0')
    return;

  if (bang != NULL)
    {
      const char *p = bang + 1;

      *sheet = g_strndup (location, bang - location);
      for (; g_ascii_isalpha (*p); p++)
        *column = *column * 26 + (guint) (g_ascii_toupper (*p) - 'A' + 1);
      *line = (guint) g_ascii_strtoull (p, NULL, 10);
    }
  else
    {
      char *end = NULL;

      *line = (guint) g_ascii_strtoull (location, &end, 10);
      if (end != NULL && *end == ':')
        *column = (guint) g_ascii_strtoull (end + 1, NULL, 10);
    }
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const InovdaImportProblem *x = *(InovdaImportProblem *const *) a;
  const InovdaImportProblem *y = *(InovdaImportProblem *const *) b;
  g_autofree char *x_sheet = NULL;
  g_autofree char *y_sheet = NULL;
  guint x_line, x_column, y_line, y_column;
  int order;

  location_key (x->location, &x_sheet, &x_line, &x_column);
  location_key (y->location, &y_sheet, &y_line, &y_column);
  if ((x->location == NULL) != (y->location == NULL))
    return x->location == NULL ? -1 : 1;
  order = g_strcmp0 (x_sheet, y_sheet);
  if (order != 0)
    return order;
  if (x_line != y_line)
    return x_line < y_line ? -1 : 1;
  if (x_column != y_column)
    return x_column < y_column ? -1 : 1;
  return 0;
}

/* A national file changes hundreds of regions: the first few say enough. */
#define MAX_SCORE_ROWS 5

static GtkWidget *
score_row_new (const char *title,
               const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

/* A unit's returned template is held to its own rules: the analyst sees
 * which unit and year they were checked against. */
static void
show_submission (InovdaImportDialog *self)
{
  const InovdaImportSubmission *submission = inovda_import_get_submission (self->checked);
  g_autofree char *described = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->submission_label), submission != NULL);
  if (submission == NULL)
    return;
  described = inovda_import_submission_describe (submission);
  /* Translators: %s says whose submission the file is, as in “Submission of unit … for 2026” */
  text = g_strdup_printf (_ ("%s: only the unit's own innovations are taken; verification and the region's data stay "
                             "as they are."),
                          described);
  gtk_label_set_label (self->submission_label, text);
}

/* Rows of their own, not a scrolled list, so that their wrapped texts are
 * measured as shown; the innovations below need the room. */
#define MAX_NOTE_ROWS 3

/* What the import reads and leaves out without a problem: a column that
 * is not Inovda's, a value a unit's submission does not decide. */
static void
show_notes (InovdaImportDialog *self)
{
  GPtrArray *notes = inovda_import_get_notes (self->checked);
  g_autoptr (GPtrArray) sorted = NULL;
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->notes_list))) != NULL)
    gtk_list_box_remove (self->notes_list, row);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_box), notes->len > 0);

  sorted = g_ptr_array_copy (notes, NULL, NULL);
  g_ptr_array_set_free_func (sorted, NULL);
  g_ptr_array_sort (sorted, compare_problems);
  for (guint i = 0; i < MIN (sorted->len, MAX_NOTE_ROWS); i++)
    {
      const InovdaImportProblem *note = g_ptr_array_index (sorted, i);

      gtk_list_box_append (self->notes_list, score_row_new (note->message, note->location));
    }
  if (sorted->len > MAX_NOTE_ROWS)
    {
      guint more = sorted->len - MAX_NOTE_ROWS;
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more note", "… and %u more notes", more),
                                                more);

      gtk_list_box_append (self->notes_list, score_row_new (title, NULL));
    }
}

/* What the import would do to the index of each region it moves. */
static void
show_score_changes (InovdaImportDialog *self,
                    GPtrArray *changes)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->scores_list))) != NULL)
    gtk_list_box_remove (self->scores_list, row);
  gtk_widget_set_visible (GTK_WIDGET (self->scores_box), changes != NULL);
  if (changes == NULL)
    return;

  if (changes->len == 0)
    gtk_list_box_append (self->scores_list,
                         score_row_new (_ ("No change"), _ ("The import changes no region’s IID.")));
  for (guint i = 0; i < MIN (changes->len, MAX_SCORE_ROWS); i++)
    {
      const InovdaImportScoreChange *change = g_ptr_array_index (changes, i);
      g_autofree char *klaim = inovda_ui_describe_score_change (&change->klaim[0], &change->klaim[1]);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      /* Translators: a region's name, then an assessment year */
      title = g_strdup_printf (_ ("%s, %d"), change->region_name, change->year);
      if (inovda_import_score_equal (&change->verified[0], &change->verified[1]))
        /* Translators: the IID from the claimed levels */
        subtitle = g_strdup_printf (_ ("Claimed: %s"), klaim);
      else
        {
          g_autofree char *verified = inovda_ui_describe_score_change (&change->verified[0], &change->verified[1]);

          /* Translators: the IID from the claimed levels, then from the verified levels */
          subtitle = g_strdup_printf (_ ("Claimed: %s\nVerified: %s"), klaim, verified);
        }
      gtk_list_box_append (self->scores_list, score_row_new (title, subtitle));
    }
  if (changes->len > MAX_SCORE_ROWS)
    {
      guint more = changes->len - MAX_SCORE_ROWS;
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more region or year",
                                                             "… and %u more regions or years", more),
                                                more);

      gtk_list_box_append (self->scores_list, score_row_new (title, NULL));
    }
}

static void
show_preview (InovdaImportDialog *self)
{
  const InovdaImportCounts *counts = inovda_import_get_counts (self->checked);
  GPtrArray *problems = inovda_import_get_problems (self->checked);
  GPtrArray *items = inovda_import_get_items (self->checked);
  guint n_problems = inovda_import_get_n_problems (self->checked);
  guint n_changes;
  g_autofree char *details = describe_details (counts);
  g_autofree char *verdict = NULL;
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) sorted = NULL;
  GtkWidget *child;
  const struct
  {
    InovdaImportOutcome outcome;
    const char *caption;
  } cards[] = {
    /* Translators: innovations an import adds, updates, leaves as they are and refuses */
    { INOVDA_IMPORT_ADDED, N_ ("Added") },
    { INOVDA_IMPORT_UPDATED, N_ ("Updated") },
    { INOVDA_IMPORT_UNCHANGED, N_ ("Unchanged") },
    { INOVDA_IMPORT_REJECTED, N_ ("Rejected") },
  };

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->counts_box))) != NULL)
    gtk_flow_box_remove (self->counts_box, child);
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      GtkWidget *card = count_card (counts->innovations[cards[i].outcome], _ (cards[i].caption));

      gtk_flow_box_append (self->counts_box, card);
      gtk_widget_add_css_class (gtk_widget_get_parent (card), "card");
    }

  n_changes = counts->innovations[INOVDA_IMPORT_ADDED] + counts->innovations[INOVDA_IMPORT_UPDATED] +
              counts->regions_added + counts->regions_updated + counts->units_added + counts->units_updated +
              counts->assessments_added + counts->assessments_updated + counts->answers_added +
              counts->answers_updated + counts->evidence_added;

  /* In the order of the file, whichever check found them. */
  sorted = g_ptr_array_copy (problems, NULL, NULL);
  g_ptr_array_set_free_func (sorted, NULL);
  g_ptr_array_sort (sorted, compare_problems);
  for (guint i = 0; i < sorted->len; i++)
    {
      const InovdaImportProblem *problem = g_ptr_array_index (sorted, i);

      g_ptr_array_add (lines, g_strdup_printf ("%s\t%s", problem->location ?: "", problem->message));
    }
  g_ptr_array_add (lines, NULL);
  gtk_string_list_splice (self->problems, 0, g_list_model_get_n_items (G_LIST_MODEL (self->problems)),
                          (const char *const *) lines->pdata);

  /* What changes first, each part in the order of the file: in a returned
   * workbook the few updated innovations would hide among the unchanged. */
  g_ptr_array_set_size (lines, 0);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < items->len; i++)
      {
        const InovdaImportItem *item = g_ptr_array_index (items, i);
        g_autofree char *changes = NULL;

        if ((item->outcome == INOVDA_IMPORT_UNCHANGED) != (pass == 1))
          continue;
        changes = inovda_import_item_describe_changes (item);
        g_ptr_array_add (lines, g_strdup_printf ("%s\t%s\t%s\t%s",
                                                 /* Translators: in place of the id of an innovation a file adds without one */
                                                 item->new_uid ? _ ("(new)") : item->uid ?
                                                                                         : "",
                                                 item->name ?: "",
                                                 inovda_import_outcome_to_label (item->outcome), changes ?: ""));
      }
  g_ptr_array_add (lines, NULL);
  gtk_string_list_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                          (const char *const *) lines->pdata);

  if (n_problems > 0)
    {
      g_autofree char *heading = NULL;

      /* Translators: the number of problems found in an imported file */
      verdict = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The file has %u problem", "The file has %u problems", n_problems),
                                 n_problems);
      gtk_label_set_label (self->explanation_label,
                           _ ("Nothing has been imported. Correct the places listed below in the file, then import it again."));
      gtk_image_set_from_icon_name (self->verdict_icon, "dialog-warning-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_icon), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->verdict_icon), "warning");
      if (n_problems > problems->len)
        /* Translators: the problems listed, then all problems found */
        heading = g_strdup_printf (_ ("Problems (the first %u of %u)"), problems->len, n_problems);
      else
        heading = g_strdup (_ ("Problems"));
      gtk_label_set_label (self->list_label, heading);
      gtk_no_selection_set_model (self->list_selection, G_LIST_MODEL (self->problems));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Problems found in the file"), -1);
      self->can_apply = FALSE;
    }
  else if (n_changes == 0)
    {
      verdict = g_strdup (_ ("Nothing to import"));
      gtk_label_set_label (self->explanation_label, _ ("The portfolio already holds everything in this file."));
      gtk_image_set_from_icon_name (self->verdict_icon, "emblem-ok-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_icon), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->verdict_icon), "success");
      self->can_apply = FALSE;
    }
  else
    {
      verdict = g_strdup (_ ("Ready to import"));
      gtk_label_set_label (self->explanation_label,
                           _ ("Apply makes these changes to the portfolio in one step, which Undo can take back."));
      gtk_image_set_from_icon_name (self->verdict_icon, "emblem-ok-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_icon), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->verdict_icon), "success");
      self->can_apply = TRUE;
    }

  if (n_problems == 0)
    {
      gtk_label_set_label (self->list_label, _ ("Innovations in the File"));
      gtk_no_selection_set_model (self->list_selection, G_LIST_MODEL (self->items));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Innovations in the file"), -1);
    }

  show_submission (self);
  show_notes (self);
  show_score_changes (self, n_problems == 0 ? inovda_import_get_score_changes (self->checked) : NULL);
  gtk_label_set_label (self->verdict_label, verdict);
  gtk_label_set_label (self->details_label, details);
  /* With problems nothing is applied: the details would mislead. */
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), n_problems == 0 && *details != '\0');
  /* Reading stops comparing at the first problem: the counts would too. */
  gtk_widget_set_visible (GTK_WIDGET (self->counts_box), n_problems == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->list_box),
                          g_list_model_get_n_items (gtk_no_selection_get_model (self->list_selection)) > 0);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  set_state (self, INOVDA_IMPORT_DIALOG_PREVIEW);

  if (self->can_apply)
    gtk_widget_grab_focus (GTK_WIDGET (self->apply_button));
}

static void
show_failure (InovdaImportDialog *self,
              const char *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  adw_status_page_set_description (self->error_status, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  set_state (self, INOVDA_IMPORT_DIALOG_FAILED);
}

static void
destroy_cb (gpointer user_data)
{
  g_autoptr (GtkWindow) window = user_data;

  gtk_window_destroy (window);
}

/* The window behind reloads a whole portfolio at the same time: the dialog
 * goes away at once and is destroyed when the main loop is next idle, not
 * in the middle of the frame that shows the reloaded window. */
static void
close_later (InovdaImportDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_idle_add_once (destroy_cb, g_object_ref (self));
}

static void
finish_applied (InovdaImportDialog *self,
                InovdaImport *import)
{
  const InovdaImportCounts *counts = inovda_import_get_counts (import);
  g_autofree char *name = display_name (self);
  g_autofree char *added = inovda_format_count (counts->innovations[INOVDA_IMPORT_ADDED]);
  g_autofree char *updated = inovda_format_count (counts->innovations[INOVDA_IMPORT_UPDATED]);
  guint n_added = counts->innovations[INOVDA_IMPORT_ADDED];
  guint n_updated = counts->innovations[INOVDA_IMPORT_UPDATED];
  g_autofree char *text = NULL;

  /* Only the counts that are not zero. */
  if (n_added > 0 && n_updated > 0)
    /* Translators: a file name, then the numbers of innovations added and updated */
    text = g_strdup_printf (_ ("Imported %s: %s innovations added, %s updated"), name, added, updated);
  else if (n_added > 0)
    /* Translators: a file name, then a number of innovations */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %s: %s innovation added",
                                         "Imported %s: %s innovations added", n_added),
                            name, added);
  else if (n_updated > 0)
    /* Translators: a file name, then a number of innovations */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %s: %s innovation updated",
                                         "Imported %s: %s innovations updated", n_updated),
                            name, updated);
  else
    /* Translators: a file name; no innovation was added or changed, other rows were */
    text = g_strdup_printf (_ ("Imported %s"), name);
  add_toast (self, text, TRUE);
  set_state (self, INOVDA_IMPORT_DIALOG_DONE);
  close_later (self);
}

/* ------------------------------------------------------------------------ */

typedef struct
{
  InovdaPortfolio *portfolio;
  InovdaImport *import;
  gboolean dry_run;
} RunData;

static void
run_data_free (RunData *data)
{
  g_clear_pointer (&data->import, inovda_import_free);
  g_clear_object (&data->portfolio);
  g_free (data);
}

static void
run_thread (GTask *task,
            gpointer source_object,
            gpointer task_data,
            GCancellable *cancellable)
{
  RunData *data = task_data;
  g_autoptr (GError) error = NULL;

  if (!inovda_import_run (data->import, data->dry_run, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else if (g_cancellable_is_cancelled (cancellable))
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _ ("The import was cancelled"));
  else
    g_task_return_boolean (task, TRUE);
}

/* Announced from an idle callback: the windows reload after this dialog has
 * closed, which under GTK 4.8 on X11 now and then left the window's content
 * unallocated, and blank, when both happened in one main loop iteration. */
static void
emit_changed_cb (gpointer user_data)
{
  g_autoptr (InovdaPortfolio) portfolio = user_data;

  inovda_portfolio_announce_pending_changes (portfolio);
}

static void
run_done_cb (GObject *object,
             GAsyncResult *result,
             gpointer user_data)
{
  InovdaImportDialog *self = INOVDA_IMPORT_DIALOG (object);
  RunData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  gboolean applied;

  g_clear_handle_id (&self->pulse_id, g_source_remove);
  self->running = FALSE;

  /* The worker is done with the portfolio: its commit can be announced. */
  applied = !data->dry_run && inovda_import_get_applied (data->import);
  g_idle_add_once (emit_changed_cb, g_object_ref (data->portfolio));

  /* Destroyed while the thread ran. */
  if (self->portfolio == NULL)
    return;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          add_toast (self, _ ("Import cancelled: nothing was changed"), FALSE);
          set_state (self, INOVDA_IMPORT_DIALOG_CANCELLED);
          gtk_window_destroy (GTK_WINDOW (self));
        }
      else
        show_failure (self, error->message);
      return;
    }

  if (applied)
    {
      finish_applied (self, data->import);
      return;
    }

  /* A dry run, or an apply that found problems after all. */
  g_clear_pointer (&self->checked, inovda_import_free);
  self->checked = g_steal_pointer (&data->import);
  show_preview (self);
}

static void
start_run (InovdaImportDialog *self,
           gboolean dry_run)
{
  g_autoptr (GTask) task = NULL;
  g_autofree char *path = g_file_get_path (self->file);
  g_autofree char *name = display_name (self);
  g_autofree char *title = NULL;
  RunData *data;

  if (path == NULL)
    {
      show_failure (self, _ ("Only files stored on this computer can be imported."));
      return;
    }

  /* Translators: %s is a file name */
  title = g_strdup_printf (dry_run ? _ ("Checking %s…") : _ ("Importing %s…"), name);
  adw_status_page_set_title (self->working_status, title);
  adw_status_page_set_description (self->working_status,
                                   dry_run ? _ ("Every row is checked before anything changes.") : NULL);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  set_state (self, dry_run ? INOVDA_IMPORT_DIALOG_READING : INOVDA_IMPORT_DIALOG_APPLYING);

  data = g_new0 (RunData, 1);
  data->portfolio = g_object_ref (self->portfolio);
  data->import = inovda_import_new (self->portfolio, path);
  data->dry_run = dry_run;

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->running = TRUE;
  self->pulse_id = g_timeout_add (100, pulse_cb, self);

  task = g_task_new (self, self->cancellable, run_done_cb, NULL);
  g_task_set_source_tag (task, start_run);
  g_task_set_task_data (task, data, (GDestroyNotify) run_data_free);
  g_task_run_in_thread (task, run_thread);
}

/* ------------------------------------------------------------------------ */

static void
apply_action (GtkWidget *widget,
              const char *action_name,
              GVariant *param)
{
  InovdaImportDialog *self = INOVDA_IMPORT_DIALOG (widget);

  if (self->state == INOVDA_IMPORT_DIALOG_PREVIEW && self->can_apply && !self->running)
    start_run (self, FALSE);
}

static void
cancel_action (GtkWidget *widget,
               const char *action_name,
               GVariant *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* A line of the list: a problem's place and message, or an innovation's
 * id, name, outcome and, for an update, what it changes. */
static void
line_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem *item,
               gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *location = gtk_label_new (NULL);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *message = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);
  GtkWidget *outcome = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (location), 0);
  gtk_label_set_yalign (GTK_LABEL (location), 0);
  gtk_label_set_width_chars (GTK_LABEL (location), 12);
  gtk_label_set_selectable (GTK_LABEL (location), TRUE);
  gtk_widget_add_css_class (location, "monospace");
  gtk_widget_add_css_class (location, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (message), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (detail), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_set_valign (outcome, GTK_ALIGN_START);
  gtk_widget_add_css_class (outcome, "caption");
  gtk_widget_add_css_class (outcome, "dim-label");
  gtk_box_append (GTK_BOX (texts), message);
  gtk_box_append (GTK_BOX (texts), detail);
  gtk_box_append (GTK_BOX (box), location);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), outcome);
  gtk_list_item_set_child (item, box);
}

static void
line_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem *item,
              gpointer user_data)
{
  GtkStringObject *object = gtk_list_item_get_item (item);
  GtkWidget *location = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *texts = gtk_widget_get_next_sibling (location);
  GtkWidget *message = gtk_widget_get_first_child (texts);
  GtkWidget *detail = gtk_widget_get_next_sibling (message);
  GtkWidget *outcome = gtk_widget_get_next_sibling (texts);
  g_auto (GStrv) fields = g_strsplit (gtk_string_object_get_string (object), "\t", 4);
  guint n_fields = g_strv_length (fields);

  gboolean innovation = n_fields > 2;

  /* Translators: the place of a problem that concerns the whole file */
  gtk_label_set_label (GTK_LABEL (location), n_fields > 0 && *fields[0] != '\0' ? fields[0] : C_ ("location", "File"));
  /* An innovation's id, often a 36-character UUID, keeps to one narrow
   * column so that the names line up; a problem's place is never cut. */
  gtk_label_set_ellipsize (GTK_LABEL (location), innovation ? PANGO_ELLIPSIZE_MIDDLE : PANGO_ELLIPSIZE_NONE);
  gtk_label_set_width_chars (GTK_LABEL (location), innovation ? 14 : 12);
  gtk_label_set_max_width_chars (GTK_LABEL (location), innovation ? 14 : -1);
  gtk_widget_set_tooltip_text (location, innovation && n_fields > 0 && strlen (fields[0]) > 14 ? fields[0] : NULL);
  gtk_label_set_label (GTK_LABEL (message), n_fields > 1 ? fields[1] : "");
  gtk_label_set_label (GTK_LABEL (outcome), n_fields > 2 ? fields[2] : NULL);
  gtk_widget_set_visible (outcome, n_fields > 2);
  gtk_label_set_label (GTK_LABEL (detail), n_fields > 3 ? fields[3] : NULL);
  gtk_widget_set_visible (detail, n_fields > 3 && *fields[3] != '\0');
}

/* ------------------------------------------------------------------------ */

static gboolean
inovda_import_dialog_close_request (GtkWindow *window)
{
  InovdaImportDialog *self = INOVDA_IMPORT_DIALOG (window);

  /* A running thread ends first; its end closes the dialog. */
  if (self->running)
    {
      g_cancellable_cancel (self->cancellable);
      gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
      return TRUE;
    }

  if (self->state == INOVDA_IMPORT_DIALOG_PREVIEW)
    {
      add_toast (self, _ ("Import cancelled: nothing was changed"), FALSE);
      set_state (self, INOVDA_IMPORT_DIALOG_CANCELLED);
    }
  return GTK_WINDOW_CLASS (inovda_import_dialog_parent_class)->close_request (window);
}

static void
inovda_import_dialog_dispose (GObject *object)
{
  InovdaImportDialog *self = INOVDA_IMPORT_DIALOG (object);

  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->checked, inovda_import_free);
  g_clear_object (&self->portfolio);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (inovda_import_dialog_parent_class)->dispose (object);
}

static void
inovda_import_dialog_finalize (GObject *object)
{
  InovdaImportDialog *self = INOVDA_IMPORT_DIALOG (object);

  g_free (self->error);

  G_OBJECT_CLASS (inovda_import_dialog_parent_class)->finalize (object);
}

static void
inovda_import_dialog_get_property (GObject *object,
                                   guint prop_id,
                                   GValue *value,
                                   GParamSpec *pspec)
{
  InovdaImportDialog *self = INOVDA_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
inovda_import_dialog_class_init (InovdaImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = inovda_import_dialog_dispose;
  object_class->finalize = inovda_import_dialog_finalize;
  object_class->get_property = inovda_import_dialog_get_property;
  window_class->close_request = inovda_import_dialog_close_request;

  properties[PROP_STATE] =
      g_param_spec_int ("state", NULL, NULL,
                        INOVDA_IMPORT_DIALOG_READING, INOVDA_IMPORT_DIALOG_CANCELLED, INOVDA_IMPORT_DIALOG_READING,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, apply_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, working_status);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, error_status);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, verdict_icon);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, submission_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, counts_box);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, details_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, scores_box);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, scores_list);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, notes_box);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, notes_list);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, list_box);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, list_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, list_view);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, list_selection);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, problems);
  gtk_widget_class_bind_template_child (widget_class, InovdaImportDialog, items);
  gtk_widget_class_bind_template_callback (widget_class, line_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, line_bind_cb);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
inovda_import_dialog_init (InovdaImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------------ */

/**
 * inovda_import_dialog_new:
 * @parent: (nullable): the window, which gets the closing toast
 * @portfolio: the portfolio to import into
 * @file: the exchange file
 *
 * Creates the dialog and starts checking @file.
 *
 * Returns: (transfer none): the dialog, owned by GTK's window list
 */
InovdaImportDialog *
inovda_import_dialog_new (GtkWindow *parent,
                          InovdaPortfolio *portfolio,
                          GFile *file)
{
  InovdaImportDialog *self;
  g_autofree char *name = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (portfolio), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (INOVDA_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->portfolio = g_object_ref (portfolio);
  self->file = g_object_ref (file);

  name = display_name (self);
  adw_window_title_set_subtitle (self->window_title, name);
  start_run (self, TRUE);
  return self;
}

InovdaImportDialogState
inovda_import_dialog_get_state (InovdaImportDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_IMPORT_DIALOG (self), INOVDA_IMPORT_DIALOG_FAILED);
  return self->state;
}

const InovdaImportCounts *
inovda_import_dialog_get_counts (InovdaImportDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_IMPORT_DIALOG (self), NULL);
  return self->checked != NULL ? inovda_import_get_counts (self->checked) : NULL;
}

GListModel *
inovda_import_dialog_get_problems (InovdaImportDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_IMPORT_DIALOG (self), NULL);
  return G_LIST_MODEL (self->problems);
}

guint
inovda_import_dialog_get_n_problems (InovdaImportDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_IMPORT_DIALOG (self), 0);
  return self->checked != NULL ? inovda_import_get_n_problems (self->checked) : 0;
}

const char *
inovda_import_dialog_get_error (InovdaImportDialog *self)
{
  g_return_val_if_fail (INOVDA_IS_IMPORT_DIALOG (self), NULL);
  return self->error;
}
