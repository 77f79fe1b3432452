/* inovda-acceleration-page.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-acceleration-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "inovda-acceleration-page.h"
#include "inovda-ui-layout.h"
#include "inovda-chart-view.h"
#include "inovda-drop-down.h"
#include "inovda-columns.h"
#include "inovda-plan-text.h"
#include "inovda-radar-charts.h"
#include "inovda-scenario-store.h"
#include "inovda-ui-format.h"
#include "inovda-what-if-bar.h"

#define N_GAPS_SHOWN 25

struct _InovdaAccelerationPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkStack *stack;
  AdwStatusPage *empty_status;
  GtkWidget *empty_buttons;
  InovdaWhatIfBar *what_if_bar;
  GtkWidget *real_box;
  GtkWidget *arrow_image;
  GtkWidget *what_if_box;
  GtkWidget *reset_button;
  GtkLabel *real_iid_label;
  GtkLabel *real_predikat_label;
  GtkLabel *scenario_label;
  GtkLabel *what_if_iid_label;
  GtkLabel *what_if_predikat_label;
  GtkLabel *what_if_delta_label;
  GtkMenuButton *open_button;
  GtkMenuButton *more_button;
  GtkMenuButton *save_button;
  GtkPopover *save_popover;
  GtkEntry *name_entry;
  GtkWidget *save_name_button;
  InovdaColumns *columns;
  AdwPreferencesGroup *gaps_group;
  AdwPreferencesGroup *changes_group;
  AdwPreferencesGroup *yandas_group;
  InovdaChartView *chart_view;
  GtkMenuButton *leave_out_button;
  GtkDropDown *leave_out_dropdown;

  /* Owned references */
  InovdaPortfolio *portfolio;
  InovdaRegionResult *result;
  InovdaScenario *scenario;
  InovdaWhatIf *what_if;
  InovdaGapAnalysis analysis;
  GPtrArray *saved;          /* InovdaScenario* */
  GPtrArray *leave_out_uids; /* char*, parallel to the dropdown's strings */
  char *region_code;
  int year;

  /* Borrowed: rows this page adds to its groups */
  GPtrArray *gap_rows;
  GPtrArray *try_buttons;
  GPtrArray *change_rows;
  GPtrArray *yandas_rows;
};

G_DEFINE_FINAL_TYPE (InovdaAccelerationPage, inovda_acceleration_page, ADW_TYPE_BIN)

/* ------------------------------------------------------------------------ */

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
add_toast_text (InovdaAccelerationPage *self,
                const char *text,
                gboolean undo)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  if (overlay == NULL)
    return;

  escaped = g_markup_escape_text (text, -1);
  toast = adw_toast_new (escaped);
  if (undo)
    {
      adw_toast_set_button_label (toast, _ ("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
show_error (InovdaAccelerationPage *self,
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
set_predikat (GtkLabel *label,
              const InovdaProjectionResult *projection)
{
  static const char *const classes[] = {
    "predikat-top",
    "predikat-middle",
    "predikat-low",
    "predikat-none",
  };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (label), inovda_ui_predikat_style_class (projection->band));
  gtk_label_set_label (label, projection->predikat != NULL ? projection->predikat : INOVDA_PREDIKAT_TIDAK_DAPAT_DINILAI);
}

static void
set_score (GtkLabel *label,
           gint64 hundredths)
{
  g_autofree char *text = inovda_format_score (hundredths);

  gtk_label_set_label (label, text);
}

/* The page's bar names the scenario; a saved chart names the region and
 * the year, as the summary's and inovda-cli's do. */
static void
set_document_titles (InovdaAccelerationPage *self,
                     InovdaRadarChart *chart)
{
  InovdaRadarSubject subject = { INOVDA_SCOPE_REGION };
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  subject.region_name = inovda_region_get_name (self->result->region);
  subject.year = self->result->year;
  subject.n_counted = self->result->score.klaim.counted;
  inovda_radar_chart_dup_subject_titles (inovda_radar_chart_get_level (chart), &subject, &title, &subtitle);
  inovda_chart_view_set_document_titles (self->chart_view, title, subtitle);
}

/* ------------------------------------------------------------------------ */

static void
show_comparison (InovdaAccelerationPage *self)
{
  const InovdaProjectionResult *real = &self->result->score.klaim;
  const InovdaProjectionResult *what_if = &self->what_if->score.klaim;
  gint64 delta = what_if->iid - real->iid;
  g_autofree char *magnitude = inovda_format_score (ABS (delta));
  g_autofree char *delta_text = NULL;
  g_autoptr (InovdaRadarChart) chart = NULL;

  set_score (self->real_iid_label, real->iid);
  set_predikat (self->real_predikat_label, real);
  set_score (self->what_if_iid_label, what_if->iid);
  set_predikat (self->what_if_predikat_label, what_if);

  if (delta > 0)
    delta_text = g_strdup_printf ("+%s", magnitude);
  else if (delta < 0)
    delta_text = g_strdup_printf ("−%s", magnitude);
  else
    delta_text = g_strdup_printf ("±%s", magnitude);
  gtk_label_set_label (self->what_if_delta_label, delta_text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->what_if_delta_label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->what_if_delta_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->what_if_delta_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->what_if_delta_label),
                            delta > 0 ? "success" : delta < 0 ? "error"
                                                              : "dim-label");

  gtk_label_set_label (self->scenario_label,
                       self->scenario->name != NULL ? self->scenario->name : _ ("What-if"));

  if (self->scenario->changes->len > 0)
    chart = inovda_radar_charts_what_if (self->result, &self->what_if->region, what_if);
  else
    chart = inovda_radar_charts_what_if (self->result, NULL, NULL);
  inovda_chart_view_set_chart (self->chart_view, chart);
  set_document_titles (self, chart);
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip,
             const char *action_name,
             GVariant *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

static AdwActionRow *
add_action_row (AdwPreferencesGroup *group,
                GPtrArray *rows,
                const char *title,
                const char *subtitle)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (row, subtitle);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  g_ptr_array_add (rows, row);
  return row;
}

static void
show_changes (InovdaAccelerationPage *self)
{
  InovdaCatalogue *catalogue = self->result->catalogue;
  const InovdaScoreRegion *region = &self->result->region_year->region;
  guint n_changes = self->scenario->changes->len;
  g_autofree char *description = NULL;

  clear_rows (self->changes_group, self->change_rows);

  if (n_changes == 0)
    {
      /* A plain row: its subtitle is dimmed already, and the row's own
       * dimming would fade the explanation twice. */
      add_action_row (self->changes_group, self->change_rows, _ ("No changes yet"),
                      _ ("Try a ranked change, add an innovation in a basic-service affair, or leave one out. The portfolio stays as it is."));
      adw_preferences_group_set_description (self->changes_group, NULL);
      return;
    }

  for (guint i = 0; i < n_changes; i++)
    {
      const InovdaChange *change = g_ptr_array_index (self->scenario->changes, i);
      g_autofree char *title = inovda_plan_text_change (catalogue, region, change);
      g_autofree char *now = inovda_plan_text_change_now (catalogue, region, change);
      AdwActionRow *row = add_action_row (self->changes_group, self->change_rows, title, now);

      if (inovda_change_is_appliable (change))
        {
          GtkWidget *apply = gtk_button_new_with_mnemonic (_ ("_Apply"));

          gtk_widget_set_valign (apply, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (apply, _ ("Make this change in the portfolio, as one edit that can be undone"));
          gtk_actionable_set_action_name (GTK_ACTIONABLE (apply), "acceleration.apply-change");
          gtk_actionable_set_action_target_value (GTK_ACTIONABLE (apply), g_variant_new_uint32 (i));
          adw_action_row_add_suffix (row, apply);
        }
      adw_action_row_add_suffix (row, icon_button ("user-trash-symbolic", _ ("Remove From the Scenario"),
                                                   "acceleration.remove-change", g_variant_new_uint32 (i)));
    }

  /* Translators: the changes are tried on a copy; the portfolio changes
   * only when one is applied. */
  description = g_strdup (_ ("Tried on a copy. Apply a change to make it in the portfolio, one at a time."));
  adw_preferences_group_set_description (self->changes_group, description);
}

static void
show_yandas (InovdaAccelerationPage *self)
{
  const InovdaProjectionResult *klaim = &self->what_if->score.klaim;
  const InovdaScoreRegion *region = &self->what_if->region;
  guint n_urusan;
  const InovdaUrusan *urusan = inovda_urusan_get_all (&n_urusan);
  guint counts[INOVDA_N_YANDAS] = { 0 };
  g_autofree char *description = NULL;
  AdwActionRow *row;

  clear_rows (self->yandas_group, self->yandas_rows);

  for (guint i = 0; i < region->n_innovations && i < klaim->innovations->len; i++)
    {
      const InovdaInnovationScore *score = &g_array_index (klaim->innovations, InovdaInnovationScore, i);
      guint bit = inovda_urusan_yandas_bit (region->innovations[score->innovation_index].urusan_utama);

      for (guint k = 0; score->ineligible == 0 && k < INOVDA_N_YANDAS; k++)
        if (bit == 1u << k)
          counts[k]++;
    }

  for (guint k = 0; k < INOVDA_N_YANDAS && k < n_urusan; k++)
    {
      gboolean covered = (klaim->yandas_mask & (1u << k)) != 0;
      g_autofree char *title = g_strdup_printf ("%s %s", urusan[k].code, urusan[k].name);
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u counted innovation",
                                                             "%u counted innovations",
                                                             counts[k]),
                                                counts[k]);
      GtkWidget *icon = gtk_image_new_from_icon_name (covered ? "emblem-ok-symbolic" : "window-close-symbolic");

      gtk_widget_add_css_class (icon, covered ? "success" : "error");
      gtk_widget_set_tooltip_text (icon, covered ? _ ("Covered") : _ ("Not covered"));
      row = add_action_row (self->yandas_group, self->yandas_rows, title, count);
      adw_action_row_add_prefix (row, icon);
      adw_action_row_add_suffix (row, icon_button ("list-add-symbolic", _ ("Try a New Innovation in This Affair"),
                                                   "acceleration.add-innovation",
                                                   g_variant_new_string (urusan[k].code)));
    }

  row = add_action_row (self->yandas_group, self->yandas_rows, _ ("Another affair"),
                        _ ("A new innovation outside the six basic services"));
  adw_action_row_add_suffix (row, icon_button ("list-add-symbolic", _ ("Try a New Innovation"),
                                               "acceleration.add-innovation", g_variant_new_string ("")));

  if (self->result->catalogue->yandas_min > 0)
    description = g_strdup_printf (_ ("%u of the 6 covered by a counted innovation; the Skor Jumlah Inovasi needs at least %u."),
                                   klaim->yandas_covered, self->result->catalogue->yandas_min);
  else
    description = g_strdup_printf (_ ("%u of the 6 covered by a counted innovation."), klaim->yandas_covered);
  adw_preferences_group_set_description (self->yandas_group, description);
}

static void
update_try_buttons (InovdaAccelerationPage *self)
{
  for (guint i = 0; i < self->try_buttons->len; i++)
    {
      GtkButton *button = g_ptr_array_index (self->try_buttons, i);
      const InovdaGap *gap = &g_array_index (self->analysis.gaps, InovdaGap, i);
      gboolean tried = inovda_scenario_has_gap (self->scenario, self->result->catalogue,
                                                &self->result->region_year->region, gap);

      gtk_button_set_label (button, tried ? _ ("Tried") : _ ("_Try"));
      gtk_widget_set_sensitive (GTK_WIDGET (button), !tried);
    }
}

static void
evaluate (InovdaAccelerationPage *self)
{
  g_clear_pointer (&self->what_if, inovda_what_if_free);
  self->what_if = inovda_what_if_new (self->result->catalogue, self->result->region_year, self->scenario);

  show_comparison (self);
  show_changes (self);
  show_yandas (self);
  update_try_buttons (self);
}

static GtkWidget *
gain_box (const InovdaGap *gap,
          const char *next_predikat)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *gain = inovda_format_score (gap->gain);
  g_autofree char *text = g_strdup_printf ("+%s", gain);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "success");
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_tooltip_text (label, _ ("IID points gained"));
  gtk_box_append (GTK_BOX (box), label);

  if (gap->crosses_band && next_predikat != NULL)
    {
      GtkWidget *badge = gtk_label_new (next_predikat);
      g_autofree char *tooltip = NULL;

      /* Translators: %s is a predikat (“Sangat Inovatif”). */
      tooltip = g_strdup_printf (_ ("This change alone reaches %s"), next_predikat);
      gtk_widget_set_tooltip_text (badge, tooltip);
      gtk_widget_add_css_class (badge, "band-badge");
      gtk_widget_set_halign (badge, GTK_ALIGN_END);
      gtk_box_append (GTK_BOX (box), badge);
    }
  return box;
}

static void
add_detail_row (AdwExpanderRow *expander,
                const char *title,
                const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
  gtk_widget_add_css_class (row, "property");
  inovda_ui_wrap_labels_fast (row);
  adw_expander_row_add_row (expander, row);
}

/* What a change takes and the evidence it needs, shown when its row is
 * first expanded: a collapsed row's revealer still measures what it
 * holds, and the texts of 25 changes made switching to the page take a
 * second. */
typedef struct
{
  char *details;
  char *evidence;
} GapDetails;

static void
gap_details_free (gpointer data)
{
  GapDetails *details = data;

  g_free (details->details);
  g_free (details->evidence);
  g_free (details);
}

static void
gap_row_expanded_cb (AdwExpanderRow *row,
                     GParamSpec *pspec,
                     gpointer user_data)
{
  GapDetails *details = g_object_steal_data (G_OBJECT (row), "inovda-gap-details");

  if (details == NULL || !adw_expander_row_get_expanded (row))
    {
      if (details != NULL)
        g_object_set_data_full (G_OBJECT (row), "inovda-gap-details", details, gap_details_free);
      return;
    }
  if (details->details != NULL)
    add_detail_row (row, _ ("What it takes"), details->details);
  if (details->evidence != NULL)
    add_detail_row (row, _ ("Evidence required"), details->evidence);
  gap_details_free (details);
}

static void
set_gap_details (AdwExpanderRow *row,
                 const char *details,
                 const char *evidence)
{
  GapDetails *gap_details;

  if (details == NULL && evidence == NULL)
    {
      adw_expander_row_set_enable_expansion (row, FALSE);
      return;
    }
  gap_details = g_new0 (GapDetails, 1);
  gap_details->details = g_strdup (details);
  gap_details->evidence = g_strdup (evidence);
  g_object_set_data_full (G_OBJECT (row), "inovda-gap-details", gap_details, gap_details_free);
  g_signal_connect (row, "notify::expanded", G_CALLBACK (gap_row_expanded_cb), NULL);
}

static void
show_gaps (InovdaAccelerationPage *self)
{
  InovdaCatalogue *catalogue = self->result->catalogue;
  const InovdaScoreRegion *region = &self->result->region_year->region;
  g_autofree char *description = NULL;

  clear_rows (self->gaps_group, self->gap_rows);
  g_ptr_array_set_size (self->try_buttons, 0);
  inovda_gap_analysis_clear (&self->analysis);
  inovda_gaps_analyse (catalogue, region, &self->analysis);

  if (self->result->score.klaim.counted == 0)
    /* Translators: %d is the assessment year */
    description = g_strdup_printf (_ ("Without a counted innovation the region cannot be assessed for %d. Each change is scored alone on the claimed levels; expand one to see what it takes."),
                                   self->result->year);
  else if (self->analysis.next_predikat != NULL)
    {
      g_autofree char *points = inovda_format_score (self->analysis.points_needed);

      /* Translators: the first %s is a number of IID points (“3,30”), the
       * second a predikat (“Sangat Inovatif”). */
      description = g_strdup_printf (_ ("%s IID points are missing to reach %s. Each change is scored alone on the claimed levels; expand one to see what it takes."),
                                     points, self->analysis.next_predikat);
    }
  else
    description = g_strdup (_ ("The claimed IID is in the highest predikat band. Each change is scored alone on the claimed levels; expand one to see what it takes."));
  adw_preferences_group_set_description (self->gaps_group, description);

  for (guint i = 0; self->analysis.gaps != NULL && i < self->analysis.gaps->len && i < N_GAPS_SHOWN; i++)
    {
      const InovdaGap *gap = &g_array_index (self->analysis.gaps, InovdaGap, i);
      g_autofree char *title = inovda_plan_text_gap_title (catalogue, region, gap);
      g_autofree char *target = inovda_plan_text_gap_target (catalogue, region, gap);
      g_autofree char *details = inovda_ui_describe_gap_details (catalogue, region, &self->result->score.klaim, gap);
      g_autofree char *rank = g_strdup_printf ("%u", i + 1);
      const char *evidence = inovda_plan_text_gap_evidence (catalogue, gap);
      AdwExpanderRow *row;
      GtkWidget *rank_label;
      GtkWidget *try_button;

      if (title == NULL)
        break;

      row = ADW_EXPANDER_ROW (adw_expander_row_new ());
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      if (target != NULL || details != NULL)
        adw_expander_row_set_subtitle (row, target != NULL ? target : details);

      rank_label = gtk_label_new (rank);
      gtk_widget_add_css_class (rank_label, "rank");
      gtk_widget_add_css_class (rank_label, "numeric");
      adw_expander_row_add_prefix (row, rank_label);

      try_button = gtk_button_new_with_mnemonic (_ ("_Try"));
      gtk_widget_set_valign (try_button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (try_button, _ ("Add this change to the what-if scenario"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (try_button), "acceleration.try-gap");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (try_button), g_variant_new_uint32 (i));
      /* Actions are packed from the end: the gain first, then Try. */
      adw_expander_row_add_action (row, try_button);
      adw_expander_row_add_action (row, gain_box (gap, self->analysis.next_predikat));

      set_gap_details (row, details, evidence);

      adw_preferences_group_add (self->gaps_group, GTK_WIDGET (row));
      g_ptr_array_add (self->gap_rows, row);
      g_ptr_array_add (self->try_buttons, try_button);
    }

  if (self->gap_rows->len == 0)
    add_action_row (self->gaps_group, self->gap_rows, _ ("No single change raises the claimed IID"), NULL);
}

static void
fill_leave_out (InovdaAccelerationPage *self)
{
  const InovdaScoreRegion *region = &self->result->region_year->region;
  const InovdaProjectionResult *klaim = &self->result->score.klaim;
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->leave_out_uids, 0);
  for (guint i = 0; i < klaim->innovations->len; i++)
    {
      const InovdaInnovationScore *score = &g_array_index (klaim->innovations, InovdaInnovationScore, i);
      const InovdaScoreInnovation *innovation = &region->innovations[score->innovation_index];

      if (score->ineligible != 0)
        continue;
      gtk_string_list_append (names, innovation->name != NULL ? innovation->name : innovation->id);
      g_ptr_array_add (self->leave_out_uids, g_strdup (innovation->id));
    }
  gtk_drop_down_set_model (self->leave_out_dropdown, G_LIST_MODEL (names));
  /* Without a counted innovation there is nothing to leave out: no
   * popover with an empty list. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->leave_out_button), self->leave_out_uids->len > 0);
}

static void
reload_saved (InovdaAccelerationPage *self)
{
  g_autoptr (GMenu) menu = g_menu_new ();
  g_autoptr (GMenu) open_section = g_menu_new ();
  g_autoptr (GMenu) delete_menu = g_menu_new ();
  g_autoptr (GMenu) more_menu = g_menu_new ();
  g_autoptr (GMenu) reset_section = g_menu_new ();
  g_autoptr (GError) error = NULL;
  GPtrArray *saved;

  g_clear_pointer (&self->saved, g_ptr_array_unref);
  saved = inovda_scenario_store_load (inovda_portfolio_get_path (self->portfolio),
                                      self->region_code, self->year, &error);
  if (saved == NULL)
    {
      g_warning ("Could not read the saved scenarios: %s", error->message);
      saved = g_ptr_array_new_with_free_func ((GDestroyNotify) inovda_scenario_unref);
    }
  self->saved = saved;

  for (guint i = 0; i < saved->len; i++)
    {
      InovdaScenario *scenario = g_ptr_array_index (saved, i);
      g_autoptr (GMenuItem) open = g_menu_item_new (scenario->name, NULL);
      g_autoptr (GMenuItem) delete = g_menu_item_new (scenario->name, NULL);

      g_menu_item_set_action_and_target_value (open, "acceleration.open-scenario",
                                               g_variant_new_string (scenario->name));
      g_menu_item_set_action_and_target_value (delete, "acceleration.delete-scenario",
                                               g_variant_new_string (scenario->name));
      g_menu_append_item (open_section, open);
      g_menu_append_item (delete_menu, delete);
    }

  if (saved->len == 0)
    g_menu_append (open_section, _ ("No saved scenarios"), "acceleration.none");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (open_section));
  if (saved->len > 0)
    g_menu_append_submenu (menu, _ ("_Delete"), G_MENU_MODEL (delete_menu));
  gtk_menu_button_set_menu_model (self->open_button, G_MENU_MODEL (menu));

  /* The bar's menu when it has no room for Reset and Open */
  g_menu_append (reset_section, _ ("_Reset"), "acceleration.reset");
  g_menu_append_section (more_menu, NULL, G_MENU_MODEL (reset_section));
  g_menu_append_section (more_menu, _ ("Saved Scenarios"), G_MENU_MODEL (open_section));
  if (saved->len > 0)
    g_menu_append_submenu (more_menu, _ ("_Delete"), G_MENU_MODEL (delete_menu));
  gtk_menu_button_set_menu_model (self->more_button, G_MENU_MODEL (more_menu));
}

static void
start_scenario (InovdaAccelerationPage *self,
                InovdaScenario *scenario)
{
  g_clear_pointer (&self->scenario, inovda_scenario_unref);
  self->scenario = scenario != NULL ? inovda_scenario_copy (scenario) : inovda_scenario_new (NULL);
}

/* ------------------------------------------------------------------------ */

static void
try_gap_action (GtkWidget *widget,
                const char *action_name,
                GVariant *param)
{
  InovdaAccelerationPage *self = INOVDA_ACCELERATION_PAGE (widget);
  guint index = g_variant_get_uint32 (param);

  if (self->result == NULL || self->analysis.gaps == NULL || index >= self->analysis.gaps->len)
    return;

  inovda_scenario_add_gap (self->scenario, self->result->catalogue, &self->result->region_year->region,
                           &g_array_index (self->analysis.gaps, InovdaGap, index));
  evaluate (self);
}

static void
remove_change_action (GtkWidget *widget,
                      const char *action_name,
                      GVariant *param)
{
  InovdaAccelerationPage *self = INOVDA_ACCELERATION_PAGE (widget);
  guint index = g_variant_get_uint32 (param);

  if (self->result == NULL || index >= self->scenario->changes->len)
    return;

  inovda_scenario_remove_change (self->scenario, index);
  evaluate (self);
}

static gboolean
apply_change (InovdaAccelerationPage *self,
              const InovdaChange *change,
              GError **error)
{
  InovdaRegionYear *region_year = self->result->region_year;
  int index = inovda_what_if_find (&region_year->region, change->innovation);
  g_autofree char *basis = NULL;
  gint64 id;
  int verified;

  if (change->kind == INOVDA_CHANGE_SPD_LEVEL)
    return inovda_portfolio_set_spd_level (self->portfolio, self->region_code, self->year,
                                           change->indicator, change->level, error);

  if (index < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _ ("The innovation is no longer reported for this year."));
      return FALSE;
    }
  id = region_year->innovation_ids[index];

  switch (change->kind)
    {
    case INOVDA_CHANGE_SID_LEVEL:
      /* Keep the basis an indicator with bases was answered on. */
      inovda_portfolio_get_sid_level (self->portfolio, id, self->year, change->indicator, &basis, &verified);
      return inovda_portfolio_set_sid_level (self->portfolio, id, self->year, change->indicator,
                                             change->level, basis, error);

    case INOVDA_CHANGE_LEAVE_OUT:
      return inovda_portfolio_set_status (self->portfolio, id, self->year, INOVDA_STATUS_DRAF, error);

    default:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _ ("This change needs the editor."));
      return FALSE;
    }
}

static void
apply_change_action (GtkWidget *widget,
                     const char *action_name,
                     GVariant *param)
{
  InovdaAccelerationPage *self = INOVDA_ACCELERATION_PAGE (widget);
  guint index = g_variant_get_uint32 (param);
  g_autoptr (InovdaScenario) scenario = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  InovdaChange *change;
  guint position;

  if (self->result == NULL || self->portfolio == NULL || index >= self->scenario->changes->len)
    return;

  /* Applying reloads the page through the portfolio's ::changed. */
  scenario = inovda_scenario_ref (self->scenario);
  change = g_ptr_array_index (scenario->changes, index);
  title = inovda_plan_text_change (self->result->catalogue, &self->result->region_year->region, change);

  if (!apply_change (self, change, &error))
    {
      show_error (self, _ ("Could Not Apply the Change"), error);
      return;
    }

  /* The change is real now: it leaves the scenario. */
  if (self->scenario == scenario && g_ptr_array_find (scenario->changes, change, &position))
    inovda_scenario_remove_change (scenario, position);
  if (self->result != NULL && self->scenario == scenario)
    evaluate (self);

  /* Translators: %s describes the change made in the portfolio. */
  text = g_strdup_printf (_ ("Applied: %s"), title);
  add_toast_text (self, text, TRUE);
}

static void
add_innovation_action (GtkWidget *widget,
                       const char *action_name,
                       GVariant *param)
{
  InovdaAccelerationPage *self = INOVDA_ACCELERATION_PAGE (widget);
  const char *urusan = g_variant_get_string (param, NULL);
  InovdaChange *change;

  if (self->result == NULL)
    return;

  change = g_new0 (InovdaChange, 1);
  change->kind = INOVDA_CHANGE_ADD_INNOVATION;
  change->urusan = urusan[0] != '\0' ? g_strdup (urusan) : NULL;
  inovda_scenario_add_change (self->scenario, change);
  evaluate (self);
}

static void
leave_out_selected_action (GtkWidget *widget,
                           const char *action_name,
                           GVariant *param)
{
  InovdaAccelerationPage *self = INOVDA_ACCELERATION_PAGE (widget);
  guint selected = gtk_drop_down_get_selected (self->leave_out_dropdown);
  InovdaChange *change;

  if (self->result == NULL || selected >= self->leave_out_uids->len)
    return;

  change = g_new0 (InovdaChange, 1);
  change->kind = INOVDA_CHANGE_LEAVE_OUT;
  change->innovation = g_strdup (g_ptr_array_index (self->leave_out_uids, selected));
  inovda_scenario_add_change (self->scenario, change);
  evaluate (self);
}

static void
reset_action (GtkWidget *widget,
              const char *action_name,
              GVariant *param)
{
  InovdaAccelerationPage *self = INOVDA_ACCELERATION_PAGE (widget);

  if (self->result == NULL)
    return;

  start_scenario (self, NULL);
  evaluate (self);
}

static void
save_action (GtkWidget *widget,
             const char *action_name,
             GVariant *param)
{
  InovdaAccelerationPage *self = INOVDA_ACCELERATION_PAGE (widget);
  g_autofree char *name = g_strstrip (g_strdup (g_variant_get_string (param, NULL)));
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  if (self->result == NULL || name[0] == '\0')
    return;

  inovda_scenario_set_name (self->scenario, name);
  if (!inovda_scenario_store_save (inovda_portfolio_get_path (self->portfolio),
                                   self->region_code, self->year, self->scenario, &error))
    {
      show_error (self, _ ("Could Not Save the Scenario"), error);
      return;
    }

  reload_saved (self);
  show_comparison (self);
  /* Translators: %s is the name given to a what-if scenario. */
  text = g_strdup_printf (_ ("Scenario “%s” saved"), name);
  add_toast_text (self, text, FALSE);
}

static InovdaScenario *
find_saved (InovdaAccelerationPage *self,
            const char *name)
{
  for (guint i = 0; self->saved != NULL && i < self->saved->len; i++)
    {
      InovdaScenario *scenario = g_ptr_array_index (self->saved, i);

      if (g_strcmp0 (scenario->name, name) == 0)
        return scenario;
    }
  return NULL;
}

static void
open_scenario_action (GtkWidget *widget,
                      const char *action_name,
                      GVariant *param)
{
  InovdaAccelerationPage *self = INOVDA_ACCELERATION_PAGE (widget);
  InovdaScenario *scenario = find_saved (self, g_variant_get_string (param, NULL));

  if (self->result == NULL || scenario == NULL)
    return;

  start_scenario (self, scenario);
  evaluate (self);
}

static void
delete_scenario_action (GtkWidget *widget,
                        const char *action_name,
                        GVariant *param)
{
  InovdaAccelerationPage *self = INOVDA_ACCELERATION_PAGE (widget);
  const char *name = g_variant_get_string (param, NULL);
  g_autoptr (GError) error = NULL;

  if (self->result == NULL)
    return;

  if (!inovda_scenario_store_delete (inovda_portfolio_get_path (self->portfolio),
                                     self->region_code, self->year, name, &error))
    {
      show_error (self, _ ("Could Not Delete the Scenario"), error);
      return;
    }
  reload_saved (self);
}

static gboolean
name_is_blank (const char *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));

  return stripped[0] == '\0';
}

static void
name_entry_activate_cb (InovdaAccelerationPage *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));

  /* A scenario is saved under a name: without one the popover stays. */
  if (name_is_blank (name))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "acceleration.save", "s", name);
  gtk_popover_popdown (self->save_popover);
}

static void
name_entry_changed_cb (InovdaAccelerationPage *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));

  gtk_widget_set_sensitive (self->save_name_button, !name_is_blank (name));
}

/* ------------------------------------------------------------------------ */

static void
inovda_acceleration_page_dispose (GObject *object)
{
  InovdaAccelerationPage *self = INOVDA_ACCELERATION_PAGE (object);

  g_clear_object (&self->portfolio);
  g_clear_pointer (&self->result, inovda_region_result_unref);
  g_clear_pointer (&self->what_if, inovda_what_if_free);
  g_clear_pointer (&self->scenario, inovda_scenario_unref);
  inovda_gap_analysis_clear (&self->analysis);
  g_clear_pointer (&self->saved, g_ptr_array_unref);

  G_OBJECT_CLASS (inovda_acceleration_page_parent_class)->dispose (object);
}

static void
inovda_acceleration_page_finalize (GObject *object)
{
  InovdaAccelerationPage *self = INOVDA_ACCELERATION_PAGE (object);

  g_clear_pointer (&self->leave_out_uids, g_ptr_array_unref);
  g_clear_pointer (&self->gap_rows, g_ptr_array_unref);
  g_clear_pointer (&self->try_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->change_rows, g_ptr_array_unref);
  g_clear_pointer (&self->yandas_rows, g_ptr_array_unref);
  g_free (self->region_code);

  G_OBJECT_CLASS (inovda_acceleration_page_parent_class)->finalize (object);
}

static void
inovda_acceleration_page_class_init (InovdaAccelerationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = inovda_acceleration_page_dispose;
  object_class->finalize = inovda_acceleration_page_finalize;

  gtk_widget_class_set_css_name (widget_class, "inovdaaccelerationpage");
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-acceleration-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, stack);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, empty_status);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, empty_buttons);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, what_if_bar);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, real_box);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, arrow_image);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, what_if_box);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, reset_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, real_iid_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, real_predikat_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, scenario_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, what_if_iid_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, what_if_predikat_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, what_if_delta_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, open_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, more_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, save_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, save_popover);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, name_entry);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, save_name_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, columns);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, gaps_group);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, changes_group);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, yandas_group);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, leave_out_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaAccelerationPage, leave_out_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, name_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_entry_changed_cb);

  gtk_widget_class_install_action (widget_class, "acceleration.try-gap", "u", try_gap_action);
  gtk_widget_class_install_action (widget_class, "acceleration.remove-change", "u", remove_change_action);
  gtk_widget_class_install_action (widget_class, "acceleration.apply-change", "u", apply_change_action);
  gtk_widget_class_install_action (widget_class, "acceleration.add-innovation", "s", add_innovation_action);
  gtk_widget_class_install_action (widget_class, "acceleration.leave-out-selected", NULL, leave_out_selected_action);
  gtk_widget_class_install_action (widget_class, "acceleration.reset", NULL, reset_action);
  gtk_widget_class_install_action (widget_class, "acceleration.save", "s", save_action);
  gtk_widget_class_install_action (widget_class, "acceleration.open-scenario", "s", open_scenario_action);
  gtk_widget_class_install_action (widget_class, "acceleration.delete-scenario", "s", delete_scenario_action);

  g_type_ensure (INOVDA_TYPE_CHART_VIEW);
  g_type_ensure (INOVDA_TYPE_COLUMNS);
  g_type_ensure (INOVDA_TYPE_WHAT_IF_BAR);
}

static void
inovda_acceleration_page_init (InovdaAccelerationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  inovda_drop_down_search_anywhere (self->leave_out_dropdown);
  inovda_what_if_bar_set_parts (self->what_if_bar,
                                (GtkWidget *[INOVDA_WHAT_IF_BAR_N_PARTS]){
                                    [INOVDA_WHAT_IF_BAR_REAL] = self->real_box,
                                    [INOVDA_WHAT_IF_BAR_ARROW] = self->arrow_image,
                                    [INOVDA_WHAT_IF_BAR_WHAT_IF] = self->what_if_box,
                                    [INOVDA_WHAT_IF_BAR_RESET] = self->reset_button,
                                    [INOVDA_WHAT_IF_BAR_OPEN] = GTK_WIDGET (self->open_button),
                                    [INOVDA_WHAT_IF_BAR_MORE] = GTK_WIDGET (self->more_button),
                                    [INOVDA_WHAT_IF_BAR_SAVE] = GTK_WIDGET (self->save_button),
                                });

  self->gap_rows = g_ptr_array_new ();
  self->try_buttons = g_ptr_array_new ();
  self->change_rows = g_ptr_array_new ();
  self->yandas_rows = g_ptr_array_new ();
  self->leave_out_uids = g_ptr_array_new_with_free_func (g_free);
  self->scenario = inovda_scenario_new (NULL);
}

/**
 * inovda_acceleration_page_show:
 * @self: an acceleration page
 * @portfolio: (nullable): the portfolio
 * @result: (nullable): the region's scored year
 *
 * Shows the gaps of @result and re-scores the scenario on its input. The
 * scenario is kept while the region and the year stay the same.
 */
void
inovda_acceleration_page_show (InovdaAccelerationPage *self,
                               InovdaPortfolio *portfolio,
                               InovdaRegionResult *result)
{
  gboolean same_year;

  g_return_if_fail (INOVDA_IS_ACCELERATION_PAGE (self));
  g_return_if_fail (portfolio == NULL || INOVDA_IS_PORTFOLIO (portfolio));

  if (portfolio == NULL || result == NULL || result->error != NULL)
    {
      g_clear_pointer (&self->result, inovda_region_result_unref);
      g_clear_pointer (&self->what_if, inovda_what_if_free);
      if (result != NULL && result->error != NULL)
        adw_status_page_set_description (self->empty_status, result->error->message);
      else
        adw_status_page_set_description (self->empty_status,
                                         _ ("There is no region yet. Import a workbook or the Inovda XML of a region, or load the demo data."));
      /* Without a region, what makes one. */
      gtk_widget_set_visible (self->empty_buttons, result == NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  same_year = self->portfolio == portfolio &&
              g_strcmp0 (self->region_code, inovda_region_get_code (result->region)) == 0 &&
              self->year == result->year;

  g_set_object (&self->portfolio, portfolio);
  if (self->result != result)
    {
      g_clear_pointer (&self->result, inovda_region_result_unref);
      self->result = inovda_region_result_ref (result);
    }
  g_free (self->region_code);
  self->region_code = g_strdup (inovda_region_get_code (result->region));
  self->year = result->year;

  if (!same_year)
    {
      start_scenario (self, NULL);
      reload_saved (self);
    }

  show_gaps (self);
  fill_leave_out (self);
  evaluate (self);
  inovda_ui_wrap_labels_fast (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "page");
}

/* Returns: (transfer none): the scenario being tried */
InovdaScenario *
inovda_acceleration_page_get_scenario (InovdaAccelerationPage *self)
{
  g_return_val_if_fail (INOVDA_IS_ACCELERATION_PAGE (self), NULL);
  return self->scenario;
}
