/* inovda-unit-page.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-unit-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "inovda-ui-format.h"
#include "inovda-ui-keys.h"
#include "inovda-ui-layout.h"
#include "inovda-unit-dialog.h"
#include "inovda-unit-page.h"
#include "inovda-unit-row.h"
#include "inovda-window.h"

struct _InovdaUnitPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkStack *stack;
  AdwStatusPage *empty_status;
  GtkWidget *add_button;
  GtkWidget *import_button;
  GtkWidget *demo_button;
  GtkLabel *summary_label;
  GtkColumnView *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *rule_column;
  GtkColumnViewColumn *average_column;
  GtkSingleSelection *selection;
  GtkSortListModel *sort_model;
  GtkButton *show_button;
  GtkButton *rename_button;
  GtkButton *merge_button;

  /* Owned references */
  InovdaPortfolio *portfolio;
  InovdaRegionResult *result;
  GListModel *units; /* InovdaUnit of the chosen year */
  GListStore *rows;  /* InovdaUnitRow */
  char *pending_selection;

  /* Borrowed from the column view */
  GtkColumnViewColumn *year_columns[INOVDA_UNIT_ROW_N_YEARS];

  guint narrow_idle;
  guint keep_place_tick;
  guint keep_place_frames;
  double kept_scroll;
  guint narrow : 1;
  guint keeping_place : 1;
  guint reveal_selected : 1;
};

/* Below this width only the chosen year's column is shown. */
#define NARROW_WIDTH 700

G_DEFINE_FINAL_TYPE (InovdaUnitPage, inovda_unit_page, ADW_TYPE_BIN)

/* ------------------------------------------------------------------------ */

static InovdaUnitRow *
selected_row (InovdaUnitPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static InovdaUnit *
find_unit (InovdaUnitPage *self,
           const char *code)
{
  guint n_units = self->units != NULL ? g_list_model_get_n_items (self->units) : 0;

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (self->units, i);

      if (g_strcmp0 (inovda_unit_get_code (unit), code) == 0)
        return unit;
    }
  return NULL;
}

static const char *
region_code (InovdaUnitPage *self)
{
  return self->result != NULL ? inovda_region_get_code (self->result->region) : NULL;
}

static void
add_toast (InovdaUnitPage *self,
           const char *text,
           gboolean with_undo)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast;

  if (!INOVDA_IS_WINDOW (root))
    return;

  toast = adw_toast_new (escaped);
  if (with_undo)
    {
      adw_toast_set_button_label (toast, _ ("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  inovda_window_add_toast (INOVDA_WINDOW (root), toast);
}

static void
show_error (InovdaUnitPage *self,
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
update_actions (InovdaUnitPage *self)
{
  InovdaUnitRow *row = selected_row (self);
  gboolean has_region = self->portfolio != NULL && self->result != NULL;
  gboolean has_units = self->units != NULL && g_list_model_get_n_items (self->units) > 1;
  const struct
  {
    GtkButton *button;
    const char *action;
  } buttons[] = {
    { self->show_button, "units.show-innovations" },
    { self->rename_button, "units.rename" },
    { self->merge_button, "units.merge" },
  };

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.add", has_region);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.show-innovations", has_region);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.rename", has_region);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.merge", has_region && has_units);

  /* The buttons act on the selected agency: they carry its code. */
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkActionable *actionable = GTK_ACTIONABLE (buttons[i].button);

      if (row != NULL)
        {
          gtk_actionable_set_action_target (actionable, "s", inovda_unit_row_get_code (row));
          gtk_actionable_set_action_name (actionable, buttons[i].action);
        }
      else
        {
          gtk_actionable_set_action_name (actionable, NULL);
          gtk_actionable_set_action_target_value (actionable, NULL);
        }
      gtk_widget_set_sensitive (GTK_WIDGET (buttons[i].button), row != NULL);
    }
}

static void
select_code (InovdaUnitPage *self,
             const char *code)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; code != NULL && i < n_items; i++)
    {
      g_autoptr (InovdaUnitRow) row = g_list_model_get_item (model, i);

      if (g_strcmp0 (inovda_unit_row_get_code (row), code) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

/* A reload gives the table new rows, and GTK 4.8's list then starts from
 * its top. The place is given back in the first layout of the new rows,
 * before they are drawn, when the adjustment takes their height; the
 * next frame is the fallback when the adjustment did not change. */
static void
restore_place (InovdaUnitPage *self)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));

  self->keeping_place = FALSE;
  gtk_adjustment_set_value (vadjustment, self->kept_scroll);
}

/* An agency just added or merged into is brought into view once its row
 * has a place. GTK 4.8's column view has no scroll_to (4.12): its inner
 * list view has the action. */
static void
reveal_selected (InovdaUnitPage *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  self->reveal_selected = FALSE;
  if (position != GTK_INVALID_LIST_POSITION)
    inovda_ui_column_view_scroll_to (self->column_view, position);
}

static void
vadjustment_changed_cb (InovdaUnitPage *self,
                        GtkAdjustment *adjustment)
{
  if (self->keeping_place)
    restore_place (self);
}

static gboolean
keep_place_tick_cb (GtkWidget *widget,
                    GdkFrameClock *frame_clock,
                    gpointer user_data)
{
  InovdaUnitPage *self = INOVDA_UNIT_PAGE (widget);

  /* The first frame lays the new rows out. */
  if (++self->keep_place_frames < 2)
    return G_SOURCE_CONTINUE;
  if (self->keeping_place)
    restore_place (self);
  if (self->reveal_selected)
    reveal_selected (self);
  self->keep_place_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
keep_place (InovdaUnitPage *self,
            double scroll,
            gboolean reveal)
{
  self->kept_scroll = scroll;
  self->keeping_place = TRUE;
  self->reveal_selected = reveal;
  self->keep_place_frames = 0;
  if (self->keep_place_tick == 0)
    self->keep_place_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), keep_place_tick_cb, NULL, NULL);
}

/* Adds the claimed kematangan of each innovation counted in the year's IID
 * to its unit's row, as the summary averages it. */
static void
add_kematangan (InovdaUnitPage *self,
                GHashTable *rows_by_code)
{
  InovdaRegionYear *region_year = self->result->region_year;

  if (region_year == NULL)
    return;

  for (guint i = 0; i < region_year->region.n_innovations; i++)
    {
      const InovdaScoreInnovation *innovation = &region_year->region.innovations[i];
      const InovdaInnovationScore *score;
      InovdaUnitRow *row;

      if (innovation->unit_code == NULL)
        continue;
      row = g_hash_table_lookup (rows_by_code, innovation->unit_code);
      score = inovda_region_result_get_innovation_score (self->result, INOVDA_PROJECTION_KLAIM, i);
      if (row != NULL && score != NULL && score->ineligible == 0)
        inovda_unit_row_add_kematangan (row, score->kematangan);
    }
}

static gboolean
load_rows (InovdaUnitPage *self,
           GError **error)
{
  g_autoptr (GHashTable) rows_by_code = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GListModel) units = NULL;
  int year = self->result->year;
  guint n_units;

  units = inovda_portfolio_list_units (self->portfolio, region_code (self), year, error);
  if (units == NULL)
    return FALSE;

  n_units = g_list_model_get_n_items (units);
  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (units, i);
      g_autoptr (InovdaUnitRow) row = inovda_unit_row_new (unit, year);

      inovda_unit_row_set_count (row, year, inovda_unit_get_n_innovations (unit));
      g_hash_table_insert (rows_by_code, (gpointer) inovda_unit_get_code (unit), row);
      g_list_store_append (self->rows, row);
    }

  for (int column_year = INOVDA_UNIT_ROW_FIRST_YEAR;
       column_year < INOVDA_UNIT_ROW_FIRST_YEAR + INOVDA_UNIT_ROW_N_YEARS;
       column_year++)
    {
      g_autoptr (GListModel) counts = NULL;
      guint n_counts;

      if (column_year == year)
        continue;
      counts = inovda_portfolio_list_units (self->portfolio, region_code (self), column_year, error);
      if (counts == NULL)
        return FALSE;

      n_counts = g_list_model_get_n_items (counts);
      for (guint i = 0; i < n_counts; i++)
        {
          g_autoptr (InovdaUnit) unit = g_list_model_get_item (counts, i);
          InovdaUnitRow *row = g_hash_table_lookup (rows_by_code, inovda_unit_get_code (unit));

          if (row != NULL)
            inovda_unit_row_set_count (row, column_year, inovda_unit_get_n_innovations (unit));
        }
    }

  add_kematangan (self, rows_by_code);
  g_set_object (&self->units, units);
  return TRUE;
}

static void
update_titles (InovdaUnitPage *self)
{
  g_autofree char *rule_title = NULL;

  /* Translators: a column title; %d is the assessment year. Its cells say
   * whether the agency reported at least one innovation that year. */
  rule_title = g_strdup_printf (_ ("Reported in %d"), self->result->year);
  gtk_column_view_column_set_title (self->rule_column, rule_title);
  /* Translators: a column title: the mean of the claimed kematangan of an
   * agency's innovations */
  gtk_column_view_column_set_title (self->average_column, _ ("Avg. Maturity"));
}

static void
update_summary (InovdaUnitPage *self)
{
  g_autofree char *summary = NULL;
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint n_reported = 0;

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr (InovdaUnitRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      if (inovda_unit_row_get_compliant (row))
        n_reported++;
    }

  /* Translators: “9 of 12 regional agencies reported at least one innovation
   * for 2026.” */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u of %u regional agency reported at least one innovation for %d.",
                                          "%u of %u regional agencies reported at least one innovation for %d.",
                                          n_rows),
                             n_reported, n_rows, self->result->year);
  gtk_label_set_label (self->summary_label, summary);
}

static void
show_empty (InovdaUnitPage *self,
            const GError *error)
{
  gboolean has_region;

  if (error != NULL)
    {
      adw_status_page_set_title (self->empty_status, _ ("Could Not Read the Regional Agencies"));
      adw_status_page_set_description (self->empty_status, error->message);
    }
  else if (self->result == NULL)
    {
      adw_status_page_set_title (self->empty_status, _ ("No Region Yet"));
      adw_status_page_set_description (self->empty_status,
                                       _ ("Regional agencies belong to a region. Import a workbook or the Inovda XML of a region, or load the demo data."));
    }
  else
    {
      adw_status_page_set_title (self->empty_status, _ ("No Regional Agencies"));
      adw_status_page_set_description (self->empty_status,
                                       _ ("Add the region’s regional agencies one by one, or import a workbook that lists them."));
    }
  /* Without a region there is nothing to add an agency to: importing
   * one is the way forward. */
  has_region = error == NULL && self->result != NULL;
  gtk_widget_set_visible (self->add_button, has_region);
  gtk_widget_set_visible (self->demo_button, !has_region && error == NULL);
  if (has_region)
    gtk_widget_remove_css_class (self->import_button, "suggested-action");
  else
    gtk_widget_add_css_class (self->import_button, "suggested-action");
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* ------------------------------------------------------------------------ */

static void
unit_dialog_response_cb (InovdaUnitPage *self,
                         const char *response,
                         InovdaUnitDialog *dialog)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  InovdaUnit *unit = inovda_unit_dialog_get_unit (dialog);
  InovdaUnit *target;

  if (g_strcmp0 (response, "apply") != 0 || self->portfolio == NULL || self->result == NULL)
    return;

  switch (inovda_unit_dialog_get_mode (dialog))
    {
    case INOVDA_UNIT_DIALOG_ADD:
      g_free (self->pending_selection);
      self->pending_selection = g_strdup (inovda_unit_dialog_get_code (dialog));
      if (inovda_portfolio_add_unit (self->portfolio, region_code (self),
                                     inovda_unit_dialog_get_code (dialog),
                                     inovda_unit_dialog_get_name (dialog),
                                     inovda_unit_dialog_get_short_name (dialog),
                                     &error) == 0)
        {
          g_clear_pointer (&self->pending_selection, g_free);
          show_error (self, _ ("Could Not Add the Regional Agency"), error);
          return;
        }
      /* Translators: %s is the name of a regional agency */
      text = g_strdup_printf (_ ("%s added"), inovda_unit_dialog_get_name (dialog));
      break;

    case INOVDA_UNIT_DIALOG_RENAME:
      if (!inovda_portfolio_rename_unit (self->portfolio, inovda_unit_get_id (unit),
                                         inovda_unit_dialog_get_name (dialog),
                                         inovda_unit_dialog_get_short_name (dialog),
                                         &error))
        {
          show_error (self, _ ("Could Not Rename the Regional Agency"), error);
          return;
        }
      /* Translators: %s is the new name of a regional agency */
      text = g_strdup_printf (_ ("Renamed to %s"), inovda_unit_dialog_get_name (dialog));
      break;

    case INOVDA_UNIT_DIALOG_MERGE:
      target = inovda_unit_dialog_get_target (dialog);
      g_free (self->pending_selection);
      self->pending_selection = g_strdup (inovda_unit_get_code (target));
      if (!inovda_portfolio_merge_units (self->portfolio, inovda_unit_get_id (unit),
                                         inovda_unit_get_id (target), &error))
        {
          g_clear_pointer (&self->pending_selection, g_free);
          show_error (self, _ ("Could Not Merge the Regional Agencies"), error);
          return;
        }
      /* Translators: the merged agency, then the agency it was merged into */
      text = g_strdup_printf (_ ("%s merged into %s"), inovda_unit_get_name (unit), inovda_unit_get_name (target));
      break;

    default:
      g_assert_not_reached ();
    }

  add_toast (self, text, TRUE);
}

static void
present_dialog (InovdaUnitPage *self,
                InovdaUnitDialogMode mode,
                InovdaUnit *unit)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  InovdaUnitDialog *dialog;

  dialog = inovda_unit_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, mode, self->units, unit);
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (unit_dialog_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static InovdaUnit *
unit_of_param (InovdaUnitPage *self,
               GVariant *param)
{
  const char *code = g_variant_get_string (param, NULL);
  InovdaUnit *unit = find_unit (self, code);

  if (unit == NULL)
    g_warning ("Unknown regional agency “%s”", code);
  return unit;
}

static void
add_action (GtkWidget *widget,
            const char *action_name,
            GVariant *param)
{
  present_dialog (INOVDA_UNIT_PAGE (widget), INOVDA_UNIT_DIALOG_ADD, NULL);
}

static void
rename_action (GtkWidget *widget,
               const char *action_name,
               GVariant *param)
{
  InovdaUnitPage *self = INOVDA_UNIT_PAGE (widget);
  InovdaUnit *unit = unit_of_param (self, param);

  if (unit != NULL)
    present_dialog (self, INOVDA_UNIT_DIALOG_RENAME, unit);
}

static void
merge_action (GtkWidget *widget,
              const char *action_name,
              GVariant *param)
{
  InovdaUnitPage *self = INOVDA_UNIT_PAGE (widget);
  InovdaUnit *unit = unit_of_param (self, param);

  if (unit != NULL)
    present_dialog (self, INOVDA_UNIT_DIALOG_MERGE, unit);
}

static void
show_innovations_action (GtkWidget *widget,
                         const char *action_name,
                         GVariant *param)
{
  gtk_widget_activate_action_variant (widget, "win.show-unit-innovations", param);
}

/* F2 and Ctrl+M act on the selected agency. */
static gboolean
selected_shortcut_cb (GtkWidget *widget,
                      GVariant *args,
                      gpointer user_data)
{
  InovdaUnitPage *self = INOVDA_UNIT_PAGE (widget);
  InovdaUnitRow *row = selected_row (self);

  if (row == NULL)
    return FALSE;
  return gtk_widget_activate_action (widget, g_variant_get_string (args, NULL), "s", inovda_unit_row_get_code (row));
}

/* ------------------------------------------------------------------------ */

static void
selection_changed_cb (InovdaUnitPage *self)
{
  update_actions (self);
}

static void
row_activated_cb (InovdaUnitPage *self,
                  guint position,
                  GtkColumnView *column_view)
{
  g_autoptr (InovdaUnitRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "units.show-innovations", "s", inovda_unit_row_get_code (row));
}

static void
name_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem *item,
               InovdaUnitPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *code = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (code), 0);
  gtk_label_set_ellipsize (GTK_LABEL (code), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (code, "caption");
  gtk_widget_add_css_class (code, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), code);
  gtk_list_item_set_child (item, box);
}

static void
name_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem *item,
              InovdaUnitPage *self)
{
  InovdaUnitRow *row = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *code = gtk_widget_get_next_sibling (name);
  InovdaUnit *unit = inovda_unit_row_get_unit (row);
  const char *short_name = inovda_unit_get_short_name (unit);
  g_autofree char *detail = NULL;

  /* “KESBANGPOL · Kesbangpol” says the same thing twice. */
  if (short_name != NULL && *short_name != '\0' &&
      g_ascii_strcasecmp (short_name, inovda_unit_get_code (unit)) != 0)
    detail = g_strdup_printf ("%s · %s", inovda_unit_get_code (unit), short_name);
  else
    detail = g_strdup (inovda_unit_get_code (unit));

  gtk_label_set_label (GTK_LABEL (name), inovda_unit_get_name (unit));
  gtk_label_set_label (GTK_LABEL (code), detail);
  gtk_widget_set_tooltip_text (box, inovda_unit_get_name (unit));
}

static void
number_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem *item,
                 gpointer user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
count_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem *item,
               gpointer user_data)
{
  InovdaUnitRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  guint count = inovda_unit_row_get_count (row, GPOINTER_TO_INT (user_data));
  g_autofree char *text = NULL;

  text = count == G_MAXUINT ? g_strdup ("—") : g_strdup_printf ("%u", count);
  gtk_label_set_label (GTK_LABEL (label), text);
  if (count == 0 || count == G_MAXUINT)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
average_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem *item,
                 InovdaUnitPage *self)
{
  InovdaUnitRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  gint64 average = inovda_unit_row_get_average (row);
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;
  guint n = inovda_unit_row_get_n_scored (row);

  if (average < 0)
    {
      gtk_label_set_label (GTK_LABEL (label), "—");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_tooltip_text (label, NULL);
      return;
    }

  text = inovda_format_score (average);
  /* Translators: a tooltip; %u innovations, %d the assessment year */
  tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Claimed kematangan of %u innovation in %d",
                                          "Average claimed kematangan of %u innovations in %d",
                                          n),
                             n, inovda_unit_row_get_year (row));
  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_remove_css_class (label, "dim-label");
  gtk_widget_set_tooltip_text (label, tooltip);
}

static void
rule_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem *item,
               InovdaUnitPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *image = gtk_image_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
rule_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem *item,
              InovdaUnitPage *self)
{
  InovdaUnitRow *row = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (image);
  gboolean met = inovda_unit_row_get_compliant (row);
  g_autofree char *tooltip = NULL;

  gtk_image_set_from_icon_name (GTK_IMAGE (image), met ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  gtk_widget_remove_css_class (image, met ? "warning" : "success");
  gtk_widget_add_css_class (image, met ? "success" : "warning");
  /* Translators: the rule “at least one innovation a year” is met or not */
  gtk_label_set_label (GTK_LABEL (label), met ? C_ ("rule", "Met") : C_ ("rule", "Not met"));

  if (met)
    /* Translators: %d is the assessment year */
    tooltip = g_strdup_printf (_ ("At least one innovation reported in %d"), inovda_unit_row_get_year (row));
  else
    /* Translators: %d is the assessment year */
    tooltip = g_strdup_printf (_ ("No innovation reported in %d: every agency must report at least one a year"),
                               inovda_unit_row_get_year (row));
  gtk_widget_set_tooltip_text (box, tooltip);
}

static int
compare_counts_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer user_data)
{
  int year = GPOINTER_TO_INT (user_data);
  guint x = inovda_unit_row_get_count ((InovdaUnitRow *) a, year);
  guint y = inovda_unit_row_get_count ((InovdaUnitRow *) b, year);

  return (x > y) - (x < y);
}

/* One column per year of the table, before the rule of the chosen year. */
static void
add_year_columns (InovdaUnitPage *self)
{
  for (int i = 0; i < INOVDA_UNIT_ROW_N_YEARS; i++)
    {
      int year = INOVDA_UNIT_ROW_FIRST_YEAR + i;
      g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr (GtkColumnViewColumn) column = NULL;
      g_autoptr (GtkSorter) sorter = NULL;
      char title[16];

      g_signal_connect (factory, "setup", G_CALLBACK (number_setup_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (count_bind_cb), GINT_TO_POINTER (year));
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_counts_cb, GINT_TO_POINTER (year), NULL));

      g_snprintf (title, sizeof title, "%d", year);
      column = gtk_column_view_column_new (title, g_object_ref (factory));
      gtk_column_view_column_set_fixed_width (column, 64);
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_insert_column (self->column_view, 1 + i, column);
      self->year_columns[i] = column;
    }
}

static void
update_year_columns (InovdaUnitPage *self)
{
  int year = self->result != NULL ? self->result->year : 0;

  for (int i = 0; i < INOVDA_UNIT_ROW_N_YEARS; i++)
    gtk_column_view_column_set_visible (self->year_columns[i],
                                        !self->narrow || INOVDA_UNIT_ROW_FIRST_YEAR + i == year);
}

/* ------------------------------------------------------------------------ */

static void
narrow_idle_cb (gpointer user_data)
{
  InovdaUnitPage *self = user_data;

  self->narrow_idle = 0;
  update_year_columns (self);
}

/* The table's visible width follows the window: narrow, it keeps only the
 * chosen year's count. */
static void
page_size_changed_cb (InovdaUnitPage *self,
                      GParamSpec *pspec,
                      GtkAdjustment *adjustment)
{
  gboolean narrow = gtk_adjustment_get_page_size (adjustment) < NARROW_WIDTH;

  /* Not while the table is being allocated. */
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      if (self->narrow_idle == 0)
        self->narrow_idle = g_idle_add_once (narrow_idle_cb, self);
    }
}

static void
inovda_unit_page_dispose (GObject *object)
{
  InovdaUnitPage *self = INOVDA_UNIT_PAGE (object);

  g_clear_handle_id (&self->narrow_idle, g_source_remove);
  if (self->keep_place_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->keep_place_tick);
  self->keep_place_tick = 0;
  g_clear_object (&self->portfolio);
  g_clear_pointer (&self->result, inovda_region_result_unref);
  g_clear_object (&self->units);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->pending_selection, g_free);

  G_OBJECT_CLASS (inovda_unit_page_parent_class)->dispose (object);
}

static void
inovda_unit_page_class_init (InovdaUnitPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = inovda_unit_page_dispose;

  gtk_widget_class_set_css_name (widget_class, "inovdaunitpage");
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-unit-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, stack);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, empty_status);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, import_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, demo_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, rule_column);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, average_column);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, selection);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, show_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, rename_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, merge_button);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, number_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, average_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, rule_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, rule_bind_cb);

  gtk_widget_class_install_action (widget_class, "units.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "units.rename", "s", rename_action);
  gtk_widget_class_install_action (widget_class, "units.merge", "s", merge_action);
  gtk_widget_class_install_action (widget_class, "units.show-innovations", "s", show_innovations_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "units.add", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F2, 0, selected_shortcut_cb, "s", "units.rename");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, selected_shortcut_cb, "s", "units.merge");

  g_type_ensure (INOVDA_TYPE_UNIT_ROW);
}

static void
inovda_unit_page_init (InovdaUnitPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  inovda_ui_list_leave_on_tab (GTK_WIDGET (self->column_view));

  self->rows = g_list_store_new (INOVDA_TYPE_UNIT_ROW);
  add_year_columns (self);
  g_signal_connect_object (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view)),
                           "notify::page-size", G_CALLBACK (page_size_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view)),
                           "changed", G_CALLBACK (vadjustment_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view)),
                           "value-changed", G_CALLBACK (vadjustment_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  update_actions (self);
}

/**
 * inovda_unit_page_get_selected_code:
 *
 * Returns: (nullable): the code of the selected unit
 */
const char *
inovda_unit_page_get_selected_code (InovdaUnitPage *self)
{
  InovdaUnitRow *row;

  g_return_val_if_fail (INOVDA_IS_UNIT_PAGE (self), NULL);

  row = selected_row (self);
  return row != NULL ? inovda_unit_row_get_code (row) : NULL;
}

/**
 * inovda_unit_page_show:
 * @self: a unit page
 * @portfolio: (nullable): the portfolio
 * @result: (nullable): the region's scored year, %NULL when there is no region
 *
 * Lists the region's regional agencies with their innovations per year.
 */
void
inovda_unit_page_show (InovdaUnitPage *self,
                       InovdaPortfolio *portfolio,
                       InovdaRegionResult *result)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *selected = NULL;
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));
  double scroll = gtk_adjustment_get_value (vadjustment);
  gboolean same_list;
  gboolean reveal;
  InovdaUnitRow *row;

  g_return_if_fail (INOVDA_IS_UNIT_PAGE (self));
  g_return_if_fail (portfolio == NULL || INOVDA_IS_PORTFOLIO (portfolio));

  same_list = self->result != NULL && result != NULL && self->result->year == result->year &&
              g_strcmp0 (region_code (self), inovda_region_get_code (result->region)) == 0;
  row = selected_row (self);
  reveal = self->pending_selection != NULL;
  if (self->pending_selection != NULL)
    selected = g_steal_pointer (&self->pending_selection);
  else if (row != NULL)
    selected = g_strdup (inovda_unit_row_get_code (row));

  g_set_object (&self->portfolio, portfolio);
  g_clear_pointer (&self->result, inovda_region_result_unref);
  if (result != NULL)
    self->result = inovda_region_result_ref (result);

  gtk_sort_list_model_set_model (self->sort_model, NULL);
  g_list_store_remove_all (self->rows);
  g_clear_object (&self->units);

  if (portfolio == NULL || result == NULL || !load_rows (self, &error) ||
      g_list_model_get_n_items (G_LIST_MODEL (self->rows)) == 0)
    {
      if (error != NULL)
        g_list_store_remove_all (self->rows);
      show_empty (self, error);
      update_actions (self);
      return;
    }

  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->rows));
  update_year_columns (self);
  update_titles (self);
  update_summary (self);
  select_code (self, selected);
  update_actions (self);
  gtk_stack_set_visible_child_name (self->stack, "list");
  if (same_list)
    keep_place (self, scroll, reveal);
}

GListModel *
inovda_unit_page_get_rows (InovdaUnitPage *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT_PAGE (self), NULL);
  return G_LIST_MODEL (self->selection);
}

gboolean
inovda_unit_page_select_unit (InovdaUnitPage *self,
                              const char *code)
{
  g_return_val_if_fail (INOVDA_IS_UNIT_PAGE (self), FALSE);

  select_code (self, code);
  return selected_row (self) != NULL;
}
