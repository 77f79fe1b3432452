/* inovda-innovation-page.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-innovation-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "inovda-column-fit.h"
#include "inovda-drop-down.h"
#include "inovda-fixed-icon.h"
#include "inovda-text-cell.h"
#include "inovda-ui-keys.h"
#include "inovda-ui-layout.h"
#include "inovda-indicator-panel.h"
#include "inovda-innovation-editor.h"
#include "inovda-innovation-filter.h"
#include "inovda-innovation-page.h"
#include "inovda-ui-format.h"
#include "inovda-window.h"

#include "model/inovda-decimal.h"

struct _InovdaInnovationPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkStack *stack;
  AdwLeaflet *leaflet;
  GtkSearchEntry *search_entry;
  GtkMenuButton *filter_button;
  GtkDropDown *unit_dropdown;
  GtkDropDown *tahapan_dropdown;
  GtkDropDown *status_dropdown;
  GtkDropDown *urusan_dropdown;
  GtkCheckButton *problems_check;
  GtkCheckButton *at_risk_check;
  GtkLabel *count_label;
  GtkLabel *filters_label;
  GtkStack *results_stack;
  GtkColumnView *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *unit_column;
  GtkColumnViewColumn *tahapan_column;
  GtkColumnViewColumn *urusan_column;
  GtkColumnViewColumn *verified_column;
  GtkColumnViewColumn *completeness_column;
  GtkScrolledWindow *scrolled_window;
  GtkSingleSelection *selection;
  GtkSortListModel *sort_model;
  GtkFilterListModel *filter_model;
  AdwStatusPage *no_results_status;
  GtkButton *no_results_button;
  GtkLabel *editor_title;
  GtkLabel *editor_subtitle;
  AdwViewStack *view_stack;
  InovdaInnovationEditor *editor;
  InovdaIndicatorPanel *indicator_panel;

  /* Owned references */
  InovdaInnovationFilter *filter;
  InovdaPortfolio *portfolio;
  InovdaRegionResult *result;
  GListModel *units;
  InovdaInnovation *current; /* the innovation in the editor */

  int year;
  guint n_indicators;
  guint min_words;
  char decimal_mark;
  guint updating_filters : 1;
};

G_DEFINE_FINAL_TYPE (InovdaInnovationPage, inovda_innovation_page, ADW_TYPE_BIN)

/* Per innovation object: 0 when not reported, else 1 + answered + 64 × words
 * of the rancang bangun. Packed so that binding a row allocates nothing. */
static GQuark completeness_quark;

#define COMPLETENESS_ANSWERED(packed) (((packed) -1) % 64)
#define COMPLETENESS_WORDS(packed) (((packed) -1) / 64)

/* “1.01 Pendidikan” for every urusan, indexed as inovda_urusan_get_all(),
 * and the eligibility tooltips: looked up once, not for every cell. */
static const InovdaUrusan *urusan_table;
static char **urusan_labels;
static const char *counted_text;
static const char *not_counted_text;
static const char *not_reported_text;

/* Status filter rows after “any”: “not reported”, then every status. */
#define STATUS_FILTER_FIRST_STATUS 2

/* ------------------------------------------------------------------------ */

static void
add_toast_with_undo (InovdaInnovationPage *self,
                     const char *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast;

  if (!INOVDA_IS_WINDOW (root))
    return;

  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _ ("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  inovda_window_add_toast (INOVDA_WINDOW (root), toast);
}

static void
show_error (InovdaInnovationPage *self,
            const char *heading,
            const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (INOVDA_IS_WINDOW (root))
    inovda_window_show_error (INOVDA_WINDOW (root), heading, error);
  else
    g_warning ("%s: %s", heading, error->message);
}

static guint
completeness_of (InovdaInnovation *innovation)
{
  return GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (innovation), completeness_quark));
}

static void
store_completeness (InovdaInnovationPage *self,
                    GListModel *innovations)
{
  InovdaRegionYear *region_year = self->result != NULL ? self->result->region_year : NULL;
  guint n_items = g_list_model_get_n_items (innovations);

  self->n_indicators = 0;
  self->min_words = 0;
  if (region_year == NULL)
    return;

  self->n_indicators = self->result->catalogue->sid->len;
  self->min_words = self->result->catalogue->rancang_bangun_min_words;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (innovations, i);
      int index = inovda_region_year_find (region_year, inovda_innovation_get_id (innovation));
      const InovdaScoreInnovation *scored;
      guint answered = 0;

      if (index < 0)
        continue;

      scored = &region_year->region.innovations[index];
      for (guint k = 0; k < self->n_indicators && k < INOVDA_MAX_INDICATORS; k++)
        answered += scored->level[k] > 0;
      g_object_set_qdata (G_OBJECT (innovation), completeness_quark,
                          GUINT_TO_POINTER (1 + answered + 64 * MIN (scored->rancang_bangun_words, 1000000)));
    }
}

/* The button keeps the width of its widest label, so that its popover
 * stays in place when the count of filters appears. */
static void
fix_filter_button_width (InovdaInnovationPage *self)
{
  /* Translators: the filter button; %u is the number of filters in force. */
  g_autofree char *widest = g_strdup_printf (_ ("_Filter (%u)"), 8u);
  int natural = 0;

  gtk_menu_button_set_label (self->filter_button, widest);
  gtk_widget_measure (GTK_WIDGET (self->filter_button), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  gtk_widget_set_size_request (GTK_WIDGET (self->filter_button), natural, -1);
}

static void
update_filter_button (InovdaInnovationPage *self)
{
  guint n_choices = inovda_innovation_filter_count_choices (self->filter);
  g_autofree char *label = NULL;

  if (n_choices > 0)
    {
      /* Translators: the filter button; %u is the number of filters in force. */
      label = g_strdup_printf (_ ("_Filter (%u)"), n_choices);
      gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
  gtk_menu_button_set_label (self->filter_button, label != NULL ? label : _ ("_Filter"));
}

/* The choice of @dropdown when it narrows the list (its first item is
 * "any"), else NULL. */
static const char *
chosen_label (GtkDropDown *dropdown)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (!GTK_IS_STRING_LIST (model) || selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return gtk_string_list_get_string (GTK_STRING_LIST (model), selected);
}

/* What the filters in force keep, for the count: "Dinas Kesehatan, Uji coba". */
static char *
describe_filters (InovdaInnovationPage *self)
{
  GtkDropDown *const dropdowns[] = {
    self->unit_dropdown,
    self->tahapan_dropdown,
    self->status_dropdown,
    self->urusan_dropdown,
  };
  g_autoptr (GStrvBuilder) parts = g_strv_builder_new ();
  g_auto (GStrv) strv = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    {
      const char *label = chosen_label (dropdowns[i]);

      if (label != NULL)
        g_strv_builder_add (parts, label);
    }
  if (gtk_check_button_get_active (self->problems_check))
    /* Translators: in the list's count, for the filter "Only innovations not counted in the IID" */
    g_strv_builder_add (parts, _ ("not counted in the IID"));
  if (gtk_check_button_get_active (self->at_risk_check))
    /* Translators: in the list's count, for the filter "Only innovations with claimed levels without evidence" */
    g_strv_builder_add (parts, _ ("levels without evidence"));
  strv = g_strv_builder_end (parts);
  /* Translators: separates the filters named in the list's count */
  return strv[0] != NULL ? g_strjoinv (_ (", "), strv) : NULL;
}

/* The target changes first, with no action set: GTK warns about an action
 * whose target does not fit, even for a moment. */
static void
set_button_action (GtkButton *button,
                   const char *action_name,
                   GVariant *target)
{
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), NULL);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
}

static void
update_count (InovdaInnovationPage *self)
{
  GListModel *all = gtk_filter_list_model_get_model (self->filter_model);
  guint n_total = all != NULL ? g_list_model_get_n_items (all) : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *shown = inovda_format_count (n_shown);
  g_autofree char *total = inovda_format_count (n_total);
  g_autofree char *text = NULL;
  g_autofree char *filters = NULL;

  if (n_shown == n_total)
    /* Translators: the number of innovations listed, written as the
     * locale writes numbers (36,930). */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s innovation", "%s innovations", n_total), total);
  else
    /* Translators: “12 of 40 innovations” match the search and filters. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s innovation", "%s of %s innovations", n_total),
                            shown, total);
  gtk_label_set_label (self->count_label, text);

  /* What the filters keep, on a line of its own under the search. */
  filters = describe_filters (self);
  if (filters != NULL)
    {
      /* Translators: above the list, the filters in force, as in “Filtered: Dinas Kesehatan, Uji coba” */
      g_autofree char *line = g_strdup_printf (_ ("Filtered: %s"), filters);

      gtk_label_set_label (self->filters_label, line);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->filters_label), line);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->filters_label), filters != NULL);

  if (n_total == 0 && (self->units == NULL || g_list_model_get_n_items (self->units) == 0))
    {
      /* An innovation belongs to a regional agency: without one, the way
       * forward is the Perangkat Daerah page, not a button that is off. */
      adw_status_page_set_icon_name (self->no_results_status, "view-list-bullet-symbolic");
      adw_status_page_set_title (self->no_results_status, _ ("No Innovations"));
      adw_status_page_set_description (self->no_results_status,
                                       _ ("This region has no regional agency yet, and every innovation belongs to one. Add the regional agencies first, or import their workbooks."));
      gtk_button_set_label (self->no_results_button, _ ("_Regional Agencies"));
      gtk_button_set_use_underline (self->no_results_button, TRUE);
      set_button_action (self->no_results_button, "win.show-section", g_variant_new_string ("units"));
      gtk_widget_add_css_class (GTK_WIDGET (self->no_results_button), "suggested-action");
    }
  else if (n_total == 0)
    {
      adw_status_page_set_icon_name (self->no_results_status, "view-list-bullet-symbolic");
      adw_status_page_set_title (self->no_results_status, _ ("No Innovations"));
      adw_status_page_set_description (self->no_results_status,
                                       _ ("No innovation of this region is recorded yet. Add the first one, or import the workbooks of the regional agencies."));
      gtk_button_set_label (self->no_results_button, _ ("_New Innovation"));
      gtk_button_set_use_underline (self->no_results_button, TRUE);
      set_button_action (self->no_results_button, "innovations.add", NULL);
      gtk_widget_add_css_class (GTK_WIDGET (self->no_results_button), "suggested-action");
    }
  else if (n_shown == 0)
    {
      adw_status_page_set_icon_name (self->no_results_status, "system-search-symbolic");
      adw_status_page_set_title (self->no_results_status, _ ("No Results Found"));
      adw_status_page_set_description (self->no_results_status,
                                       _ ("Try another name, regional agency or initiator, or show every innovation again."));
      gtk_button_set_label (self->no_results_button, _ ("_Show All"));
      gtk_button_set_use_underline (self->no_results_button, TRUE);
      set_button_action (self->no_results_button, "innovations.reset-filters", NULL);
      gtk_widget_remove_css_class (GTK_WIDGET (self->no_results_button), "suggested-action");
    }

  gtk_stack_set_visible_child_name (self->results_stack, n_shown > 0 ? "table" : "no-results");
}

static GtkStringList *
new_choice_list (const char *any_label)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, any_label);
  return list;
}

static void
fill_static_filters (InovdaInnovationPage *self)
{
  g_autoptr (GtkStringList) tahapan = new_choice_list (_ ("Any stage"));
  g_autoptr (GtkStringList) status = new_choice_list (_ ("Any status"));
  g_autoptr (GtkStringList) urusan = new_choice_list (_ ("Any affair"));
  const InovdaUrusan *all_urusan;
  guint n_urusan;

  for (int i = INOVDA_TAHAPAN_INISIATIF; i <= INOVDA_TAHAPAN_PENERAPAN; i++)
    gtk_string_list_append (tahapan, inovda_tahapan_get_label (i));

  gtk_string_list_append (status, _ ("Not reported this year"));
  for (int i = INOVDA_STATUS_DRAF; i <= INOVDA_STATUS_DITOLAK; i++)
    gtk_string_list_append (status, inovda_status_get_label (i));

  all_urusan = inovda_urusan_get_all (&n_urusan);
  for (guint i = 0; i < n_urusan; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s %s", all_urusan[i].code, all_urusan[i].name);

      gtk_string_list_append (urusan, text);
    }

  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->tahapan_dropdown, G_LIST_MODEL (tahapan));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (status));
  gtk_drop_down_set_model (self->urusan_dropdown, G_LIST_MODEL (urusan));
  self->updating_filters = FALSE;
}

static gint64
selected_unit_id (InovdaInnovationPage *self)
{
  GListModel *model = gtk_drop_down_get_model (self->unit_dropdown);
  guint selected = gtk_drop_down_get_selected (self->unit_dropdown);
  gint64 *ids;

  if (model == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return 0;
  ids = g_object_get_data (G_OBJECT (model), "unit-ids");
  return ids != NULL ? ids[selected - 1] : 0;
}

static void
fill_unit_filter (InovdaInnovationPage *self)
{
  g_autoptr (GtkStringList) names = new_choice_list (_ ("Any regional agency"));
  guint n_units = self->units != NULL ? g_list_model_get_n_items (self->units) : 0;
  gint64 *ids = g_new0 (gint64, n_units + 1);
  /* Keep the chosen unit across reloads. */
  gint64 selected_id = selected_unit_id (self);
  guint selected = 0;

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (self->units, i);

      ids[i] = inovda_unit_get_id (unit);
      gtk_string_list_append (names, inovda_unit_get_name (unit));
      if (ids[i] == selected_id)
        selected = i + 1;
    }
  g_object_set_data_full (G_OBJECT (names), "unit-ids", ids, g_free);

  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->unit_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->unit_dropdown, selected);
  self->updating_filters = FALSE;

  inovda_innovation_filter_set_unit (self->filter, selected > 0 ? selected_id : 0);
  update_filter_button (self);
}

static guint
position_of (GListModel *model,
             gint64 innovation_id)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (model, i);

      if (inovda_innovation_get_id (innovation) == innovation_id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
update_editor_header (InovdaInnovationPage *self)
{
  const char *status_code;
  int status;
  g_autofree char *subtitle = NULL;

  if (self->current == NULL)
    return;

  gtk_label_set_label (self->editor_title, inovda_innovation_get_name (self->current));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->editor_title), inovda_innovation_get_name (self->current));

  status_code = inovda_innovation_get_status (self->current);
  status = inovda_status_from_code (status_code);
  if (status >= 0)
    /* Translators: under an innovation's name: its unit, the year and its status. */
    subtitle = g_strdup_printf (_ ("%s · %d: %s"), inovda_innovation_get_unit_name (self->current),
                                self->year, inovda_status_get_label (status));
  else
    /* Translators: under an innovation's name: its unit, then the year it is not reported in. */
    subtitle = g_strdup_printf (_ ("%s · not reported for %d"), inovda_innovation_get_unit_name (self->current),
                                self->year);
  gtk_label_set_label (self->editor_subtitle, subtitle);
}

static void
close_editor (InovdaInnovationPage *self)
{
  g_clear_object (&self->current);
  inovda_innovation_editor_load (self->editor, NULL, 0, 0);
  inovda_indicator_panel_load (self->indicator_panel, NULL, 0, 0);
  adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

static void
open_item (InovdaInnovationPage *self,
           InovdaInnovation *innovation)
{
  gint64 id = inovda_innovation_get_id (innovation);
  gboolean same = self->current != NULL && inovda_innovation_get_id (self->current) == id;

  g_set_object (&self->current, innovation);
  update_editor_header (self);
  inovda_innovation_editor_load (self->editor, self->portfolio, id, self->year);
  inovda_indicator_panel_load (self->indicator_panel, self->portfolio, id, self->year);
  if (!same)
    adw_view_stack_set_visible_child_name (self->view_stack, "profile");
  adw_leaflet_set_visible_child_name (self->leaflet, "editor");
}

#define LIST_ITEM_KEY "inovda-list-item"

static GtkListItem *
find_list_item (GtkWidget *widget)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (widget), LIST_ITEM_KEY);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); item == NULL && child != NULL;
       child = gtk_widget_get_next_sibling (child))
    item = find_list_item (child);
  return item;
}

/* The list item of the row that has the keyboard focus, or NULL. The focus
 * can be on a row that is not selected: the Down key from the search
 * enters the list without selecting. */
static GtkListItem *
focused_list_item (InovdaInnovationPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->column_view)))
    return NULL;
  return find_list_item (focus);
}

/* The innovation the commands act on: the one in the editor, else the row
 * with the keyboard focus, else the selected row. */
static InovdaInnovation *
target_innovation (InovdaInnovationPage *self)
{
  GtkListItem *focused;

  if (self->current != NULL &&
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "editor") == 0)
    return self->current;
  focused = focused_list_item (self);
  if (focused != NULL && gtk_list_item_get_item (focused) != NULL)
    return gtk_list_item_get_item (focused);
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (InovdaInnovationPage *self)
{
  gboolean ready = self->portfolio != NULL && self->result != NULL;
  gboolean in_list = g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "list") == 0;
  /* In the list, the row with the focus may change without a signal. */
  gboolean has_target = ready && (target_innovation (self) != NULL ||
                                  (in_list && g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "innovations.add", ready && self->units != NULL && g_list_model_get_n_items (self->units) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "innovations.delete", has_target);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "innovations.resubmit", has_target);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "innovations.show-list", self->current != NULL);
}

/* ------------------------------------------------------------------------ */
/* Adding, resubmitting and deleting                                        */

static void
add_response_cb (InovdaInnovationPage *self,
                 const char *response,
                 AdwMessageDialog *dialog)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "name-entry");
  GtkDropDown *units = g_object_get_data (G_OBJECT (dialog), "unit-dropdown");
  g_autoptr (InovdaUnit) unit = NULL;
  g_autoptr (InovdaInnovation) innovation = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  gint64 id;

  if (g_strcmp0 (response, "add") != 0 || self->portfolio == NULL)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  unit = gtk_drop_down_get_selected_item (units) != NULL ? g_object_ref (gtk_drop_down_get_selected_item (units)) : NULL;
  if (unit == NULL)
    return;

  /* Translators: an undo label; %s is an innovation's name. */
  label = g_strdup_printf (_ ("Add %s"), name);
  if (!inovda_portfolio_begin_edit (self->portfolio, label, &error))
    {
      show_error (self, _ ("Could Not Add the Innovation"), error);
      return;
    }
  innovation = inovda_portfolio_add_innovation (self->portfolio, NULL, inovda_unit_get_id (unit), name, &error);
  if (innovation == NULL ||
      !inovda_portfolio_set_status (self->portfolio, inovda_innovation_get_id (innovation), self->year,
                                    INOVDA_STATUS_DRAF, &error))
    {
      inovda_portfolio_rollback_edit (self->portfolio);
      show_error (self, _ ("Could Not Add the Innovation"), error);
      return;
    }
  id = inovda_innovation_get_id (innovation);
  if (!inovda_portfolio_commit_edit (self->portfolio, &error))
    {
      show_error (self, _ ("Could Not Add the Innovation"), error);
      return;
    }

  inovda_innovation_page_open (self, id);
}

static void
add_changed_cb (AdwMessageDialog *dialog)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "name-entry");
  GtkDropDown *units = g_object_get_data (G_OBJECT (dialog), "unit-dropdown");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "add",
                                           name[0] != '\0' && gtk_drop_down_get_selected_item (units) != NULL);
}

static void
add_action (GtkWidget *widget,
            const char *action_name,
            GVariant *param)
{
  InovdaInnovationPage *self = INOVDA_INNOVATION_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *entry;
  GtkWidget *units;
  g_autofree char *body = NULL;
  gint64 unit_id = selected_unit_id (self);

  g_return_if_fail (self->units != NULL);

  /* Translators: %d is the assessment year. */
  body = g_strdup_printf (_ ("The innovation is reported for %d as a draft. Fill in its profile and indicators next."),
                          self->year);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _ ("New Innovation"), body);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _ ("Name of the innovation"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Name"), -1);
  units = gtk_drop_down_new (g_object_ref (self->units),
                             gtk_property_expression_new (INOVDA_TYPE_UNIT, NULL, "name"));
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (units), TRUE);
  inovda_drop_down_search_anywhere (GTK_DROP_DOWN (units));
  gtk_widget_set_tooltip_text (units, _ ("Regional agency"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (units), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Regional agency"), -1);
  /* The agency the list shows, else none: an innovation is not added to
   * an agency that only happened to come first. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (units), GTK_INVALID_LIST_POSITION);
  /* Translators: shown in the New Innovation dialog's drop-down until an
   * agency is chosen */
  inovda_drop_down_set_placeholder (GTK_DROP_DOWN (units), _ ("Choose an agency"));
  if (unit_id != 0)
    {
      guint n_units = g_list_model_get_n_items (self->units);

      for (guint i = 0; i < n_units; i++)
        {
          g_autoptr (InovdaUnit) unit = g_list_model_get_item (self->units, i);

          if (inovda_unit_get_id (unit) == unit_id)
            gtk_drop_down_set_selected (GTK_DROP_DOWN (units), i);
        }
    }
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), units);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _ ("_Cancel"),
                                    "add", _ ("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "name-entry", entry);
  g_object_set_data (G_OBJECT (dialog), "unit-dropdown", units);
  g_signal_connect_object (entry, "changed", G_CALLBACK (add_changed_cb), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (units, "notify::selected", G_CALLBACK (add_changed_cb), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static gboolean
reported_in (InovdaInnovationPage *self,
             InovdaInnovation *innovation,
             int year)
{
  g_autoptr (InovdaInnovation) in_year = inovda_portfolio_get_innovation_in_year (self->portfolio,
                                                                                  inovda_innovation_get_id (innovation),
                                                                                  year, NULL);

  return in_year != NULL && inovda_innovation_get_status (in_year) != NULL;
}

/* Creates the next year's assessment with the same levels, where the next
 * catalogue has the same indicator; verification is never copied. */
static gboolean
resubmit (InovdaInnovationPage *self,
          InovdaInnovation *innovation,
          const char *note,
          guint *out_copied,
          GError **error)
{
  gint64 id = inovda_innovation_get_id (innovation);
  int next_year = self->year + 1;
  g_autoptr (InovdaCatalogue) next = inovda_portfolio_get_catalogue (self->portfolio, next_year, NULL);
  InovdaCatalogue *catalogue = self->result->catalogue;
  g_autofree char *label = NULL;
  guint copied = 0;

  /* Translators: an undo label; %s is an innovation's name, %d a year. */
  label = g_strdup_printf (_ ("Resubmit %s for %d"), inovda_innovation_get_name (innovation), next_year);
  if (!inovda_portfolio_begin_edit (self->portfolio, label, error))
    return FALSE;

  if (!inovda_portfolio_set_status (self->portfolio, id, next_year, INOVDA_STATUS_DRAF, error) ||
      !inovda_portfolio_set_development_note (self->portfolio, id, next_year, note, error))
    goto failed;

  for (guint i = 0; next != NULL && catalogue != NULL && i < catalogue->sid->len; i++)
    {
      const InovdaIndicator *indicator = g_ptr_array_index (catalogue->sid, i);
      const InovdaIndicator *same = inovda_catalogue_find_indicator (next, indicator->id);
      g_autofree char *basis = NULL;
      int level;

      if (same == NULL || same->aspect != INOVDA_ASPECT_SID)
        continue;
      level = inovda_portfolio_get_sid_level (self->portfolio, id, self->year, indicator->id, &basis, NULL);
      if (level <= 0)
        continue;
      if (basis != NULL && inovda_indicator_find_basis (same, basis) == NULL)
        continue;
      if (!inovda_portfolio_set_sid_level (self->portfolio, id, next_year, indicator->id, level, basis, error))
        goto failed;
      copied++;
    }

  if (!inovda_portfolio_commit_edit (self->portfolio, error))
    return FALSE;
  *out_copied = copied;
  return TRUE;

failed:
  inovda_portfolio_rollback_edit (self->portfolio);
  return FALSE;
}

static void
resubmit_response_cb (InovdaInnovationPage *self,
                      const char *response,
                      AdwMessageDialog *dialog)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "note-entry");
  InovdaInnovation *innovation = g_object_get_data (G_OBJECT (dialog), "innovation");
  g_autoptr (GError) error = NULL;
  g_autofree char *note = NULL;
  g_autofree char *text = NULL;
  guint copied = 0;

  if (g_strcmp0 (response, "resubmit") != 0 || self->portfolio == NULL || self->result == NULL)
    return;

  note = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (!resubmit (self, innovation, note, &copied, &error))
    {
      show_error (self, _ ("Could Not Resubmit the Innovation"), error);
      return;
    }

  if (copied > 0)
    /* Translators: a notification; %d is the next year */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Submitted for %d with %u level copied",
                                         "Submitted for %d with %u levels copied", copied),
                            self->year + 1, copied);
  else
    /* Translators: a notification; %d is the next year */
    text = g_strdup_printf (_ ("Submitted for %d as a draft without levels"), self->year + 1);
  add_toast_with_undo (self, text);
}

static void
resubmit_note_changed_cb (AdwMessageDialog *dialog,
                          GtkEditable *entry)
{
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "resubmit", note[0] != '\0');
}

static void
resubmit_action (GtkWidget *widget,
                 const char *action_name,
                 GVariant *param)
{
  InovdaInnovationPage *self = INOVDA_INNOVATION_PAGE (widget);
  InovdaInnovation *innovation = target_innovation (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr (InovdaCatalogue) next_catalogue = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  if (innovation == NULL || self->portfolio == NULL || self->result == NULL)
    return;

  if (reported_in (self, innovation, self->year + 1))
    {
      g_autoptr (GError) error = NULL;

      /* Translators: %s is an innovation's name, %d a year. */
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_EXISTS, _ ("“%s” is already reported for %d."),
                   inovda_innovation_get_name (innovation), self->year + 1);
      show_error (self, _ ("Already Submitted"), error);
      return;
    }

  /* Translators: a dialog heading; %d is the next assessment year. */
  heading = g_strdup_printf (_ ("Resubmit for %d?"), self->year + 1);
  next_catalogue = inovda_portfolio_get_catalogue (self->portfolio, self->year + 1, NULL);
  if (next_catalogue != NULL)
    /* Translators: %d are the next and the current assessment year. */
    body = g_strdup_printf (_ ("The %d assessment starts as a draft with the levels chosen for %d. An innovation entered again must show how it was developed since: describe the development."),
                            self->year + 1, self->year);
  else
    /* Translators: %d is the next assessment year, three times. */
    body = g_strdup_printf (_ ("There is no methodology for %d yet, so the %d assessment starts as a draft without levels; choose them once the %d methodology is imported. An innovation entered again must show how it was developed since: describe the development."),
                            self->year + 1, self->year + 1, self->year + 1);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _ ("What was developed, and when"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Development explanation"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _ ("_Cancel"),
                                    "resubmit", _ ("_Resubmit"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "resubmit", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "resubmit", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "resubmit");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "note-entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "innovation", g_object_ref (innovation), g_object_unref);
  g_signal_connect_object (entry, "changed", G_CALLBACK (resubmit_note_changed_cb), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (resubmit_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
delete_action (GtkWidget *widget,
               const char *action_name,
               GVariant *param)
{
  InovdaInnovationPage *self = INOVDA_INNOVATION_PAGE (widget);
  InovdaInnovation *target = target_innovation (self);
  g_autoptr (InovdaInnovation) innovation = target != NULL ? g_object_ref (target) : NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  if (innovation == NULL || self->portfolio == NULL)
    return;

  if (!inovda_portfolio_delete_innovation (self->portfolio, inovda_innovation_get_id (innovation), &error))
    {
      show_error (self, _ ("Could Not Delete the Innovation"), error);
      return;
    }

  /* Translators: a notification; %s is an innovation's name. */
  text = g_strdup_printf (_ ("“%s” deleted"), inovda_innovation_get_name (innovation));
  add_toast_with_undo (self, text);
  /* Deleted from the editor, the list comes back: the keyboard goes on
   * there, not in the search. */
  if (g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "list") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
show_list_action (GtkWidget *widget,
                  const char *action_name,
                  GVariant *param)
{
  InovdaInnovationPage *self = INOVDA_INNOVATION_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

static void
show_indicators_action (GtkWidget *widget,
                        const char *action_name,
                        GVariant *param)
{
  InovdaInnovationPage *self = INOVDA_INNOVATION_PAGE (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "indicators");
}

static void
show_indicator_action (GtkWidget *widget,
                       const char *action_name,
                       GVariant *param)
{
  InovdaInnovationPage *self = INOVDA_INNOVATION_PAGE (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "indicators");
  inovda_indicator_panel_reveal (self->indicator_panel, g_variant_get_string (param, NULL));
}

static void
reset_filters_action (GtkWidget *widget,
                      const char *action_name,
                      GVariant *param)
{
  InovdaInnovationPage *self = INOVDA_INNOVATION_PAGE (widget);

  self->updating_filters = TRUE;
  gtk_drop_down_set_selected (self->unit_dropdown, 0);
  gtk_drop_down_set_selected (self->tahapan_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_drop_down_set_selected (self->urusan_dropdown, 0);
  gtk_check_button_set_active (self->problems_check, FALSE);
  gtk_check_button_set_active (self->at_risk_check, FALSE);
  self->updating_filters = FALSE;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  inovda_innovation_filter_set_search (self->filter, "");
  inovda_innovation_filter_reset_choices (self->filter);
  update_filter_button (self);
  /* The rows shown may be the same, so no items-changed says so. */
  update_count (self);
}

/* ------------------------------------------------------------------------ */
/* Cells                                                                    */

/* A column view keeps about 200 rows bound in GTK 4.8, and dragging the
 * scrollbar creates and binds a new page of them every frame, so a cell is
 * one cheap widget: an InovdaTextCell, whose column shares shaped texts.
 * Tooltips come from query-tooltip: setting a tooltip text asks the display
 * where the pointer is, a round trip per cell. The accessible description
 * is what the tooltip text used to set. */

static void
set_cell_description (GtkWidget *cell,
                      const char *text)
{
  if (text != NULL && text[0] != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
set_cell_text (GtkListItem *item,
               const char *text,
               gboolean with_tooltip)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  gboolean tooltip = with_tooltip && text != NULL && text[0] != '\0';

  inovda_text_cell_set_text (INOVDA_TEXT_CELL (cell), text);
  if (tooltip || gtk_widget_get_has_tooltip (cell))
    {
      gtk_widget_set_has_tooltip (cell, tooltip);
      set_cell_description (cell, tooltip ? text : NULL);
    }
}

static void
set_css_class (GtkWidget *widget,
               const char *css_class,
               gboolean set)
{
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static GQuark
text_column_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("inovda-text-column");
  return quark;
}

/* The cells of one column share an InovdaTextColumn, kept by its factory. */
static void
set_up_text_cell (InovdaInnovationPage *self,
                  GtkSignalListItemFactory *factory,
                  GtkListItem *item,
                  InovdaTextColumnKind kind,
                  gboolean repeated_texts)
{
  InovdaTextColumn *column = g_object_get_qdata (G_OBJECT (factory), text_column_quark ());

  if (column == NULL)
    {
      column = inovda_text_column_new (GTK_WIDGET (self->column_view), kind, repeated_texts);
      g_object_set_qdata_full (G_OBJECT (factory), text_column_quark (), column, g_object_unref);
    }
  gtk_list_item_set_child (item, inovda_text_cell_new (column));
}

static void
name_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem *item,
               InovdaInnovationPage *self)
{
  /* Every name differs: nothing to share. */
  set_up_text_cell (self, factory, item, INOVDA_TEXT_COLUMN_TEXT, FALSE);
  /* Which row has the focus, for the commands */
  g_object_set_data (G_OBJECT (gtk_list_item_get_child (item)), LIST_ITEM_KEY, item);
}

static void
text_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem *item,
               InovdaInnovationPage *self)
{
  set_up_text_cell (self, factory, item, INOVDA_TEXT_COLUMN_TEXT, TRUE);
}

static void
numeric_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem *item,
                  InovdaInnovationPage *self)
{
  set_up_text_cell (self, factory, item, INOVDA_TEXT_COLUMN_NUMERIC, TRUE);
}

static void
name_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem *item,
              InovdaInnovationPage *self)
{
  set_cell_text (item, inovda_innovation_get_name (gtk_list_item_get_item (item)), TRUE);
}

static void
unit_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem *item,
              InovdaInnovationPage *self)
{
  set_cell_text (item, inovda_innovation_get_unit_name (gtk_list_item_get_item (item)), TRUE);
}

static void
tahapan_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem *item,
                 InovdaInnovationPage *self)
{
  InovdaInnovation *innovation = gtk_list_item_get_item (item);
  int tahapan = inovda_tahapan_from_code (inovda_innovation_get_field (innovation, INOVDA_FIELD_TAHAPAN));

  set_cell_text (item, tahapan >= 0 ? inovda_tahapan_get_label (tahapan) : "—", FALSE);
}

static void
urusan_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem *item,
                InovdaInnovationPage *self)
{
  InovdaInnovation *innovation = gtk_list_item_get_item (item);
  const char *code = inovda_innovation_get_field (innovation, INOVDA_FIELD_URUSAN_UTAMA);
  const InovdaUrusan *urusan = inovda_urusan_lookup (code);

  if (urusan != NULL)
    set_cell_text (item, urusan_labels[urusan - urusan_table], TRUE);
  else
    set_cell_text (item, code != NULL ? code : "—", FALSE);
}

static void
status_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem *item,
                InovdaInnovationPage *self)
{
  int status = inovda_status_from_code (inovda_innovation_get_status (gtk_list_item_get_item (item)));

  set_cell_text (item, status >= 0 ? inovda_status_get_label (status) : not_reported_text, FALSE);
}

static void
set_score_cell (InovdaInnovationPage *self,
                GtkListItem *item,
                gint64 hundredths)
{
  char text[32];

  /* As inovda_ui_format_score(), without an allocation per cell. */
  if (hundredths >= 0)
    g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT "%c%02d",
                hundredths / INOVDA_SCORE_SCALE, self->decimal_mark, (int) (hundredths % INOVDA_SCORE_SCALE));
  inovda_text_cell_set_text (INOVDA_TEXT_CELL (gtk_list_item_get_child (item)), hundredths >= 0 ? text : "—");
}

static void
kematangan_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem *item,
                    InovdaInnovationPage *self)
{
  set_score_cell (self, item, inovda_innovation_get_kematangan (gtk_list_item_get_item (item)));
}

static void
verified_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem *item,
                  InovdaInnovationPage *self)
{
  InovdaInnovation *innovation = gtk_list_item_get_item (item);

  /* Only an accepted innovation has been through verification. */
  if (inovda_status_from_code (inovda_innovation_get_status (innovation)) == INOVDA_STATUS_DITERIMA)
    set_score_cell (self, item, inovda_innovation_get_kematangan_verified (innovation));
  else
    set_score_cell (self, item, -1);
}

static void
completeness_bind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem *item,
                      InovdaInnovationPage *self)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  guint packed = completeness_of (gtk_list_item_get_item (item));
  char text[96];

  if (packed == 0)
    {
      inovda_text_cell_set_text (INOVDA_TEXT_CELL (cell), "—");
      gtk_widget_remove_css_class (cell, "warning");
      return;
    }

  /* Translators: the completeness column: indicators answered of all,
   * then the words of the design and the minimum it needs, e.g.
   * “14/20 · 287 words (min. 300)”. */
  g_snprintf (text, sizeof text, _ ("%u/%u · %u words (min. %u)"),
              COMPLETENESS_ANSWERED (packed), self->n_indicators,
              COMPLETENESS_WORDS (packed), self->min_words);
  inovda_text_cell_set_text (INOVDA_TEXT_CELL (cell), text);
  set_css_class (cell, "warning", COMPLETENESS_WORDS (packed) < self->min_words);
}

static const char *
eligible_tooltip (InovdaInnovation *innovation)
{
  const char *problems;

  if (inovda_innovation_get_status (innovation) == NULL)
    return NULL;
  if (inovda_innovation_get_eligible (innovation))
    return counted_text;
  problems = inovda_innovation_get_problems (innovation);
  return problems != NULL ? problems : not_counted_text;
}

static gboolean
eligible_query_tooltip_cb (GtkWidget *image,
                           int x,
                           int y,
                           gboolean keyboard_mode,
                           GtkTooltip *tooltip,
                           GtkListItem *item)
{
  InovdaInnovation *innovation = gtk_list_item_get_item (item);
  const char *text = innovation != NULL ? eligible_tooltip (innovation) : NULL;

  if (text == NULL || text[0] == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
eligible_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem *item,
                   InovdaInnovationPage *self)
{
  GtkWidget *image = inovda_fixed_icon_new ();

  gtk_widget_set_halign (image, GTK_ALIGN_CENTER);
  g_signal_connect_object (image, "query-tooltip", G_CALLBACK (eligible_query_tooltip_cb), item, 0);
  gtk_list_item_set_child (item, image);
}

static void
eligible_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem *item,
                  InovdaInnovationPage *self)
{
  InovdaInnovation *innovation = gtk_list_item_get_item (item);
  GtkWidget *image = gtk_list_item_get_child (item);
  gboolean reported = inovda_innovation_get_status (innovation) != NULL;
  gboolean eligible = reported && inovda_innovation_get_eligible (innovation);
  const char *tooltip = eligible_tooltip (innovation);

  if (!reported)
    inovda_fixed_icon_set_icon_name (INOVDA_FIXED_ICON (image), NULL);
  else
    inovda_fixed_icon_set_icon_name (INOVDA_FIXED_ICON (image), eligible ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  set_css_class (image, "success", reported && eligible);
  set_css_class (image, "warning", reported && !eligible);
  gtk_widget_set_has_tooltip (image, tooltip != NULL && tooltip[0] != '\0');
  set_cell_description (image, tooltip);
}

static int
tahapan_rank_cb (gpointer item,
                 const char *tahapan)
{
  return inovda_tahapan_from_code (tahapan);
}

static int
status_rank_cb (gpointer item,
                const char *status)
{
  return inovda_status_from_code (status);
}

static int
eligible_rank_cb (gpointer item,
                  gboolean eligible,
                  const char *status)
{
  if (status == NULL)
    return 0;
  return eligible ? 2 : 1;
}

static int
compare_completeness (gconstpointer a,
                      gconstpointer b,
                      gpointer user_data)
{
  guint x = completeness_of ((gpointer) a);
  guint y = completeness_of ((gpointer) b);

  if (x == 0 || y == 0)
    return (x != 0) - (y != 0);
  if (COMPLETENESS_ANSWERED (x) != COMPLETENESS_ANSWERED (y))
    return COMPLETENESS_ANSWERED (x) < COMPLETENESS_ANSWERED (y) ? -1 : 1;
  return (COMPLETENESS_WORDS (x) > COMPLETENESS_WORDS (y)) - (COMPLETENESS_WORDS (x) < COMPLETENESS_WORDS (y));
}

/* ------------------------------------------------------------------------ */
/* Callbacks                                                                */

/* After the user changes what is shown, the list starts from its top: the
 * list otherwise keeps the row that was on top, far down once the rows
 * around it come back. */
static void
show_first_row (InovdaInnovationPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    inovda_ui_column_view_scroll_to (self->column_view, 0);
}

static void
search_changed_cb (InovdaInnovationPage *self,
                   GtkSearchEntry *entry)
{
  inovda_innovation_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
  show_first_row (self);
}

static void
stop_search_cb (InovdaInnovationPage *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
filter_choice_changed_cb (InovdaInnovationPage *self,
                          GParamSpec *pspec,
                          GObject *widget)
{
  guint tahapan = gtk_drop_down_get_selected (self->tahapan_dropdown);
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint urusan = gtk_drop_down_get_selected (self->urusan_dropdown);
  const InovdaUrusan *all_urusan;
  guint n_urusan;

  if (self->updating_filters)
    return;

  all_urusan = inovda_urusan_get_all (&n_urusan);

  inovda_innovation_filter_set_unit (self->filter, selected_unit_id (self));
  inovda_innovation_filter_set_tahapan (self->filter, tahapan > 0 && tahapan != GTK_INVALID_LIST_POSITION
                                                          ? (int) tahapan - 1
                                                          : INOVDA_INNOVATION_FILTER_ANY);
  if (status == 1)
    inovda_innovation_filter_set_status (self->filter, INOVDA_INNOVATION_FILTER_NOT_REPORTED);
  else if (status >= STATUS_FILTER_FIRST_STATUS && status != GTK_INVALID_LIST_POSITION)
    inovda_innovation_filter_set_status (self->filter, (int) status - STATUS_FILTER_FIRST_STATUS);
  else
    inovda_innovation_filter_set_status (self->filter, INOVDA_INNOVATION_FILTER_ANY);
  inovda_innovation_filter_set_urusan (self->filter, urusan > 0 && urusan <= n_urusan
                                                         ? all_urusan[urusan - 1].code
                                                         : NULL);
  inovda_innovation_filter_set_problems (self->filter, gtk_check_button_get_active (self->problems_check));
  inovda_innovation_filter_set_at_risk (self->filter, gtk_check_button_get_active (self->at_risk_check));
  update_filter_button (self);
  update_count (self);
  show_first_row (self);
}

static void
filter_items_changed_cb (InovdaInnovationPage *self,
                         guint position,
                         guint removed,
                         guint added,
                         GListModel *model)
{
  update_count (self);
  update_actions (self);
}

static void
column_view_activate_cb (InovdaInnovationPage *self,
                         guint position,
                         GtkColumnView *column_view)
{
  g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (innovation == NULL)
    return;
  open_item (self, innovation);
  /* The row that had the focus is on the page that goes away. */
  gtk_widget_child_focus (GTK_WIDGET (self->editor), GTK_DIR_TAB_FORWARD);
}

static void
leaflet_visible_child_cb (InovdaInnovationPage *self,
                          GParamSpec *pspec,
                          AdwLeaflet *leaflet)
{
  if (g_strcmp0 (adw_leaflet_get_visible_child_name (leaflet), "list") == 0 && self->current != NULL)
    {
      guint position = position_of (G_LIST_MODEL (self->selection), inovda_innovation_get_id (self->current));

      /* Save what is typed before the form goes away, then return to the row. */
      inovda_innovation_editor_save_pending (self->editor);
      g_clear_object (&self->current);
      if (position != GTK_INVALID_LIST_POSITION)
        {
          gtk_single_selection_set_selected (self->selection, position);
          inovda_ui_column_view_scroll_to (self->column_view, position);
        }
      gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
    }
  update_actions (self);
}

/* ------------------------------------------------------------------------ */

static void
inovda_innovation_page_dispose (GObject *object)
{
  InovdaInnovationPage *self = INOVDA_INNOVATION_PAGE (object);

  g_clear_object (&self->current);
  g_clear_object (&self->portfolio);
  g_clear_pointer (&self->result, inovda_region_result_unref);
  g_clear_object (&self->units);

  G_OBJECT_CLASS (inovda_innovation_page_parent_class)->dispose (object);
}

static void
inovda_innovation_page_finalize (GObject *object)
{
  InovdaInnovationPage *self = INOVDA_INNOVATION_PAGE (object);

  g_clear_object (&self->filter);

  G_OBJECT_CLASS (inovda_innovation_page_parent_class)->finalize (object);
}

static void
inovda_innovation_page_class_init (InovdaInnovationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = inovda_innovation_page_dispose;
  object_class->finalize = inovda_innovation_page_finalize;

  gtk_widget_class_set_css_name (widget_class, "inovdainnovationpage");
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-innovation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, stack);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, tahapan_dropdown);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, urusan_dropdown);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, problems_check);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, at_risk_check);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, filters_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, unit_column);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, tahapan_column);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, urusan_column);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, verified_column);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, completeness_column);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, selection);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, no_results_status);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, no_results_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, editor_title);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, editor_subtitle);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, editor);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, indicator_panel);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_items_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_visible_child_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, numeric_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, tahapan_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, urusan_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, kematangan_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, verified_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, completeness_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, eligible_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, eligible_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, tahapan_rank_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_rank_cb);
  gtk_widget_class_bind_template_callback (widget_class, eligible_rank_cb);

  gtk_widget_class_install_action (widget_class, "innovations.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "innovations.resubmit", NULL, resubmit_action);
  gtk_widget_class_install_action (widget_class, "innovations.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "innovations.show-list", NULL, show_list_action);
  gtk_widget_class_install_action (widget_class, "innovations.show-indicators", NULL, show_indicators_action);
  gtk_widget_class_install_action (widget_class, "innovations.show-indicator", "s", show_indicator_action);
  gtk_widget_class_install_action (widget_class, "innovations.reset-filters", NULL, reset_filters_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "innovations.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "innovations.resubmit", NULL);

  g_type_ensure (INOVDA_TYPE_INNOVATION);
  g_type_ensure (INOVDA_TYPE_INNOVATION_EDITOR);
  g_type_ensure (INOVDA_TYPE_INDICATOR_PANEL);
  completeness_quark = g_quark_from_static_string ("inovda-completeness");

  {
    guint n_urusan;

    urusan_table = inovda_urusan_get_all (&n_urusan);
    urusan_labels = g_new0 (char *, n_urusan + 1);
    for (guint i = 0; i < n_urusan; i++)
      urusan_labels[i] = g_strdup_printf ("%s %s", urusan_table[i].code, urusan_table[i].name);
  }
  counted_text = _ ("Counted in the IID");
  not_counted_text = _ ("Not counted in the IID");
  /* Translators: a status in a narrow column of the list, about 10 characters at most */
  not_reported_text = C_ ("status", "Not reported");
}

static void
inovda_innovation_page_init (InovdaInnovationPage *self)
{
  g_autoptr (GtkCustomSorter) completeness = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Delete acts on the selected row. */
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  inovda_drop_down_search_anywhere (self->unit_dropdown);
  inovda_drop_down_search_anywhere (self->urusan_dropdown);
  {
    /* Left out in this order when the list is narrow. */
    GtkColumnViewColumn *const optional[] = {
      self->completeness_column,
      self->verified_column,
      self->urusan_column,
      self->tahapan_column,
      self->unit_column,
    };

    inovda_column_fit_install (self->column_view, self->scrolled_window, optional, G_N_ELEMENTS (optional));
  }

  self->decimal_mark = inovda_decimal_mark ();
  self->filter = inovda_innovation_filter_new ();
  fix_filter_button_width (self);
  update_filter_button (self);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  completeness = gtk_custom_sorter_new (compare_completeness, NULL, NULL);
  gtk_column_view_column_set_sorter (self->completeness_column, GTK_SORTER (completeness));
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  inovda_ui_list_leave_on_tab (GTK_WIDGET (self->column_view));

  fill_static_filters (self);
  update_count (self);
  update_filter_button (self);
  update_actions (self);
}

/**
 * inovda_innovation_page_show:
 * @self: an innovation page
 * @portfolio: (nullable): the portfolio
 * @result: (nullable): the region's scored year, %NULL when there is no region
 *
 * Lists every innovation of the region with the values of the year. The
 * innovation open in the editor stays open when it still exists.
 */
void
inovda_innovation_page_show (InovdaInnovationPage *self,
                             InovdaPortfolio *portfolio,
                             InovdaRegionResult *result)
{
  g_autoptr (GListModel) innovations = NULL;
  g_autoptr (GError) error = NULL;
  gint64 open_id = self->current != NULL ? inovda_innovation_get_id (self->current) : 0;
  guint position;

  g_return_if_fail (INOVDA_IS_INNOVATION_PAGE (self));
  g_return_if_fail (portfolio == NULL || INOVDA_IS_PORTFOLIO (portfolio));

  g_set_object (&self->portfolio, portfolio);
  g_clear_pointer (&self->result, inovda_region_result_unref);
  if (result != NULL)
    self->result = inovda_region_result_ref (result);

  if (portfolio == NULL || result == NULL)
    {
      close_editor (self);
      g_clear_object (&self->units);
      gtk_filter_list_model_set_model (self->filter_model, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      update_actions (self);
      return;
    }

  self->year = result->year;
  g_clear_object (&self->units);
  self->units = inovda_portfolio_list_units (portfolio, inovda_region_get_code (result->region), result->year, NULL);
  fill_unit_filter (self);

  innovations = inovda_portfolio_list_innovations (portfolio,
                                                   inovda_region_get_code (result->region),
                                                   result->year,
                                                   &error);
  if (innovations == NULL)
    {
      close_editor (self);
      gtk_filter_list_model_set_model (self->filter_model, NULL);
      adw_status_page_set_icon_name (self->no_results_status, "dialog-warning-symbolic");
      adw_status_page_set_title (self->no_results_status, _ ("Could Not Read the Innovations"));
      adw_status_page_set_description (self->no_results_status, error->message);
      gtk_stack_set_visible_child_name (self->results_stack, "no-results");
      gtk_stack_set_visible_child_name (self->stack, "list");
      update_actions (self);
      return;
    }

  inovda_region_result_apply (result, innovations);
  store_completeness (self, innovations);
  gtk_filter_list_model_set_model (self->filter_model, innovations);
  update_count (self);
  gtk_stack_set_visible_child_name (self->stack, "list");

  position = open_id != 0 ? position_of (innovations, open_id) : GTK_INVALID_LIST_POSITION;
  if (position != GTK_INVALID_LIST_POSITION)
    {
      g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (innovations, position);

      /* Same innovation: the editor reloads itself on the portfolio's
       * change, so only the year or the header may need to follow. */
      g_set_object (&self->current, innovation);
      update_editor_header (self);
      inovda_innovation_editor_load (self->editor, portfolio, open_id, self->year);
      inovda_indicator_panel_load (self->indicator_panel, portfolio, open_id, self->year);
    }
  else if (open_id != 0)
    close_editor (self);

  update_actions (self);
}

void
inovda_innovation_page_focus_search (InovdaInnovationPage *self)
{
  g_return_if_fail (INOVDA_IS_INNOVATION_PAGE (self));

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  /* What is typed next replaces the last search. */
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

/**
 * inovda_innovation_page_open:
 * @self: an innovation page
 * @innovation_id: an innovation of the listed region
 *
 * Opens the innovation in the editor.
 *
 * Returns: %TRUE if the innovation is listed
 */
gboolean
inovda_innovation_page_open (InovdaInnovationPage *self,
                             gint64 innovation_id)
{
  GListModel *all;
  guint position;

  g_return_val_if_fail (INOVDA_IS_INNOVATION_PAGE (self), FALSE);

  all = gtk_filter_list_model_get_model (self->filter_model);
  if (all == NULL)
    return FALSE;
  position = position_of (all, innovation_id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  {
    g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (all, position);

    open_item (self, innovation);
  }
  update_actions (self);
  return TRUE;
}

/**
 * inovda_innovation_page_open_indicator:
 * @innovation_id: an innovation of the listed region
 * @indicator_id: an indicator of the year's catalogue
 *
 * Opens the innovation on its Indikator tab, scrolled to the indicator.
 *
 * Returns: %TRUE if the innovation is listed
 */
gboolean
inovda_innovation_page_open_indicator (InovdaInnovationPage *self,
                                       gint64 innovation_id,
                                       const char *indicator_id)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION_PAGE (self), FALSE);

  if (!inovda_innovation_page_open (self, innovation_id))
    return FALSE;
  adw_view_stack_set_visible_child_name (self->view_stack, "indicators");
  inovda_indicator_panel_reveal (self->indicator_panel, indicator_id);
  return TRUE;
}

/**
 * inovda_innovation_page_open_problem:
 * @innovation_id: an innovation of the listed region
 *
 * Opens the innovation at the first reason it is not counted.
 *
 * Returns: %TRUE if the innovation is listed
 */
gboolean
inovda_innovation_page_open_problem (InovdaInnovationPage *self,
                                     gint64 innovation_id)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION_PAGE (self), FALSE);

  if (!inovda_innovation_page_open (self, innovation_id))
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self->editor), "editor.show-problem", NULL);
  return TRUE;
}

/**
 * inovda_innovation_page_get_unit_in_view:
 *
 * Returns: (nullable): the unit of the innovation open in the editor, else
 *   the unit the list is filtered to
 */
const char *
inovda_innovation_page_get_unit_in_view (InovdaInnovationPage *self)
{
  gint64 unit_id;

  g_return_val_if_fail (INOVDA_IS_INNOVATION_PAGE (self), NULL);

  if (self->current != NULL && g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "editor") == 0)
    return inovda_innovation_get_unit_code (self->current);
  unit_id = selected_unit_id (self);
  for (guint i = 0; unit_id != 0 && self->units != NULL && i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (self->units, i);

      if (inovda_unit_get_id (unit) == unit_id)
        return inovda_unit_get_code (unit);
    }
  return NULL;
}

gint64
inovda_innovation_page_get_open_id (InovdaInnovationPage *self)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION_PAGE (self), 0);

  return self->current != NULL ? inovda_innovation_get_id (self->current) : 0;
}

/**
 * inovda_innovation_page_show_unit:
 * @self: an innovation page
 * @unit_code: the code of a unit of the listed region
 *
 * Lists only the unit's innovations, with the search cleared.
 *
 * Returns: %TRUE if the region has the unit
 */
gboolean
inovda_innovation_page_show_unit (InovdaInnovationPage *self,
                                  const char *unit_code)
{
  guint n_units;

  g_return_val_if_fail (INOVDA_IS_INNOVATION_PAGE (self), FALSE);

  n_units = self->units != NULL ? g_list_model_get_n_items (self->units) : 0;
  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (self->units, i);

      if (g_strcmp0 (inovda_unit_get_code (unit), unit_code) == 0)
        {
          gtk_widget_activate_action (GTK_WIDGET (self), "innovations.reset-filters", NULL);
          gtk_drop_down_set_selected (self->unit_dropdown, i + 1);
          adw_leaflet_set_visible_child_name (self->leaflet, "list");
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * inovda_innovation_page_show_not_counted:
 * @self: the page
 *
 * Lists only the reported innovations that the IID does not count, with
 * every other filter and the search cleared.
 */
void
inovda_innovation_page_show_not_counted (InovdaInnovationPage *self)
{
  g_return_if_fail (INOVDA_IS_INNOVATION_PAGE (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "innovations.reset-filters", NULL);
  gtk_check_button_set_active (self->problems_check, TRUE);
  adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

/**
 * inovda_innovation_page_show_at_risk:
 *
 * Lists only the innovations whose claimed levels lack evidence, which
 * the verification may refuse.
 */
void
inovda_innovation_page_show_at_risk (InovdaInnovationPage *self)
{
  g_return_if_fail (INOVDA_IS_INNOVATION_PAGE (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "innovations.reset-filters", NULL);
  gtk_check_button_set_active (self->at_risk_check, TRUE);
  adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

/* Saves what is being typed in the editor, so that it is an edit like the
 * others, which undo can take back. */
void
inovda_innovation_page_save_pending (InovdaInnovationPage *self)
{
  g_return_if_fail (INOVDA_IS_INNOVATION_PAGE (self));

  inovda_innovation_editor_save_pending (self->editor);
}
