/* inovda-window.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-window"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "inovda-drop-down.h"
#include "inovda-settings.h"
#include "inovda-window-private.h"

#define DEFAULT_YEAR 2026

G_DEFINE_FINAL_TYPE (InovdaWindow, inovda_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_PORTFOLIO,
  PROP_REGION_CODE,
  PROP_YEAR,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of the sidebar rows; the names are the stack page names. */
static const char *const sections[] = {
  "summary",
  "innovations",
  "units",
  "region-indicators",
  "acceleration",
  "presentation",
};

/* Pages that show the region's data and reload when it changes. */
enum
{
  PAGE_SUMMARY = 1 << 0,
  PAGE_INNOVATIONS = 1 << 1,
  PAGE_UNITS = 1 << 2,
  PAGE_ACCELERATION = 1 << 3,
  PAGE_REGION_INDICATORS = 1 << 4,
  ALL_PAGES = PAGE_SUMMARY | PAGE_INNOVATIONS | PAGE_UNITS | PAGE_ACCELERATION | PAGE_REGION_INDICATORS,
};

/* ------------------------------------------------------------------------ */

static int
section_index (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (sections[i], name) == 0)
      return (int) i;
  return -1;
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  int x = *(const int *) a;
  int y = *(const int *) b;

  return (x > y) - (x < y);
}

static gboolean
choices_folded (InovdaWindow *self)
{
  return gtk_widget_get_parent (GTK_WIDGET (self->region_dropdown)) == GTK_WIDGET (self->folded_choice_box);
}

static void
update_folded_choice_box (InovdaWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->folded_choice_box),
                          choices_folded (self) && gtk_widget_get_visible (GTK_WIDGET (self->region_dropdown)));
}

/* At the width of a phone, the region and the year beside the section's
 * name left each of them a few letters: folded, they go to the top of the
 * sections list, where the back button leads. */
static void
place_choices (InovdaWindow *self,
               gboolean folded)
{
  GtkWidget *region = GTK_WIDGET (self->region_dropdown);
  GtkWidget *year = GTK_WIDGET (self->year_box);

  if (folded == choices_folded (self))
    return;

  g_object_ref (region);
  g_object_ref (year);
  if (folded)
    {
      adw_header_bar_remove (self->header_bar, region);
      adw_header_bar_remove (self->header_bar, year);
      gtk_widget_set_hexpand (region, TRUE);
      gtk_box_append (self->folded_choice_box, region);
      gtk_box_append (self->folded_choice_box, year);
    }
  else
    {
      gtk_box_remove (self->folded_choice_box, region);
      gtk_box_remove (self->folded_choice_box, year);
      gtk_widget_set_hexpand (region, FALSE);
      /* After the back button, and before the main menu. */
      adw_header_bar_pack_start (self->header_bar, region);
      adw_header_bar_pack_end (self->header_bar, year);
    }
  g_object_unref (region);
  g_object_unref (year);
  update_folded_choice_box (self);
}

static void
update_title (InovdaWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->stack);
  const char *section = NULL;

  if (child != NULL)
    section = gtk_stack_page_get_title (gtk_stack_get_page (self->stack, child));
  adw_window_title_set_title (self->section_title, section);

  if (self->portfolio != NULL)
    {
      g_autofree char *file_name = g_path_get_basename (inovda_portfolio_get_path (self->portfolio));
      g_autofree char *title = NULL;
      g_autofree char *choice = NULL;

      /* Folded, the header names the region and the year chosen at the
       * top of the sections list; the file is named there. */
      if (choices_folded (self) && self->region != NULL)
        /* Translators: the subtitle of a narrow window's header: a
         * region's name and an assessment year. */
        choice = g_strdup_printf (_ ("%s · %d"), inovda_region_get_name (self->region), self->year);
      adw_window_title_set_subtitle (self->window_title, file_name);
      adw_window_title_set_subtitle (self->section_title, choice != NULL ? choice : file_name);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->section_title), choice);
      /* Translators: the window title; %s is the portfolio's file name. */
      title = g_strdup_printf (_ ("%s — Inovda"), file_name);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  else
    {
      adw_window_title_set_subtitle (self->window_title, NULL);
      adw_window_title_set_subtitle (self->section_title, NULL);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->section_title), NULL);
      gtk_window_set_title (GTK_WINDOW (self), _ ("Inovda"));
    }
}

static void
update_provisional (InovdaWindow *self)
{
  InovdaCatalogue *catalogue = self->result != NULL ? self->result->catalogue : NULL;
  gboolean provisional = catalogue != NULL && catalogue->provisional;

  gtk_widget_set_visible (GTK_WIDGET (self->provisional_label), provisional);
  if (provisional)
    {
      g_autofree char *tooltip = NULL;

      /* Translators: %d is an assessment year. */
      tooltip = g_strdup_printf (_ ("The %d methodology is provisional: some weights, thresholds or rules are inferred from public sources and may change."),
                                 catalogue->year);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->provisional_label), tooltip);
    }
}

static void
refresh_visible_page (InovdaWindow *self)
{
  int index = section_index (gtk_stack_get_visible_child_name (self->stack));

  switch (index)
    {
    case 0:
      if (self->stale_pages & PAGE_SUMMARY)
        {
          self->stale_pages &= ~PAGE_SUMMARY;
          inovda_summary_page_show (self->summary_page, self->portfolio, self->result);
        }
      break;

    case 1:
      if (self->stale_pages & PAGE_INNOVATIONS)
        {
          self->stale_pages &= ~PAGE_INNOVATIONS;
          inovda_innovation_page_show (self->innovation_page, self->portfolio, self->result);
        }
      break;

    case 2:
      if (self->stale_pages & PAGE_UNITS)
        {
          self->stale_pages &= ~PAGE_UNITS;
          inovda_unit_page_show (self->unit_page, self->portfolio, self->result);
        }
      break;

    case 3:
      if (self->stale_pages & PAGE_REGION_INDICATORS)
        {
          self->stale_pages &= ~PAGE_REGION_INDICATORS;
          inovda_spd_page_show (self->spd_page, self->portfolio, self->result);
        }
      break;

    case 4:
      if (self->stale_pages & PAGE_ACCELERATION)
        {
          self->stale_pages &= ~PAGE_ACCELERATION;
          inovda_acceleration_page_show (self->acceleration_page, self->portfolio, self->result);
        }
      break;

    default:
      break;
    }
}

static void
reload_result (InovdaWindow *self)
{
  g_clear_pointer (&self->result, inovda_region_result_unref);
  if (self->portfolio != NULL && self->region != NULL)
    self->result = inovda_region_result_load (self->portfolio, self->region, self->year);

  update_provisional (self);
  self->stale_pages = ALL_PAGES;
  refresh_visible_page (self);
  _inovda_window_update_actions (self);
}

/* Whether @a and @b list the same regions, named and ranked alike. */
static gboolean
same_regions (GListModel *a,
              GListModel *b)
{
  guint n;

  if (a == NULL || b == NULL)
    return a == b;
  n = g_list_model_get_n_items (a);
  if (g_list_model_get_n_items (b) != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (InovdaRegion) x = g_list_model_get_item (a, i);
      g_autoptr (InovdaRegion) y = g_list_model_get_item (b, i);

      if (g_strcmp0 (inovda_region_get_code (x), inovda_region_get_code (y)) != 0 ||
          g_strcmp0 (inovda_region_get_name (x), inovda_region_get_name (y)) != 0 ||
          inovda_region_get_level (x) != inovda_region_get_level (y))
        return FALSE;
    }
  return TRUE;
}

static void
reload_regions (InovdaWindow *self)
{
  g_autoptr (GListModel) regions = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *previous = NULL;
  guint selected = 0;
  guint n_regions = 0;

  if (self->region != NULL)
    previous = g_strdup (inovda_region_get_code (self->region));

  if (self->portfolio != NULL)
    {
      regions = inovda_portfolio_list_regions (self->portfolio, &error);
      if (regions == NULL)
        inovda_window_show_error (self, _ ("Could Not Read the Regions"), error);
    }
  if (regions != NULL)
    n_regions = g_list_model_get_n_items (regions);

  for (guint i = 0; previous != NULL && i < n_regions; i++)
    {
      g_autoptr (InovdaRegion) region = g_list_model_get_item (regions, i);

      if (g_strcmp0 (inovda_region_get_code (region), previous) == 0)
        {
          selected = i;
          break;
        }
    }

  /* A new model rebuilds the drop-down's popover: only when the list moved. */
  self->updating_dropdowns = TRUE;
  if (!same_regions (self->regions, regions))
    {
      g_set_object (&self->regions, regions);
      gtk_drop_down_set_model (self->region_dropdown, regions);
    }
  if (n_regions > 0 && gtk_drop_down_get_selected (self->region_dropdown) != selected)
    gtk_drop_down_set_selected (self->region_dropdown, selected);
  self->updating_dropdowns = FALSE;

  g_clear_object (&self->region);
  if (n_regions > 0)
    self->region = g_list_model_get_item (regions, selected);

  gtk_widget_set_visible (GTK_WIDGET (self->region_dropdown), n_regions > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->year_box), n_regions > 0);
  update_folded_choice_box (self);

  if (g_strcmp0 (previous, inovda_window_get_region_code (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION_CODE]);
}

static gboolean
has_year (GArray *years,
          int year)
{
  for (guint i = 0; i < years->len; i++)
    if (g_array_index (years, int, i) == year)
      return TRUE;
  return FALSE;
}

static void
reload_years (InovdaWindow *self)
{
  g_autoptr (GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GtkStringList) strings = gtk_string_list_new (NULL);
  int year = self->year;
  guint selected = 0;

  if (self->portfolio != NULL)
    {
      g_autoptr (GArray) catalogue_years = inovda_portfolio_list_catalogue_years (self->portfolio);
      g_autoptr (GArray) assessed_years = inovda_portfolio_list_years (self->portfolio);

      for (guint i = 0; catalogue_years != NULL && i < catalogue_years->len; i++)
        if (!has_year (years, g_array_index (catalogue_years, int, i)))
          g_array_append_val (years, g_array_index (catalogue_years, int, i));
      for (guint i = 0; assessed_years != NULL && i < assessed_years->len; i++)
        if (!has_year (years, g_array_index (assessed_years, int, i)))
          g_array_append_val (years, g_array_index (assessed_years, int, i));
    }
  g_array_sort (years, compare_int);

  if (!has_year (years, year) && self->settings != NULL)
    year = g_settings_get_int (self->settings, "last-year");
  if (!has_year (years, year))
    year = DEFAULT_YEAR;
  if (!has_year (years, year) && years->len > 0)
    year = g_array_index (years, int, years->len - 1);
  if (!has_year (years, year))
    g_array_append_val (years, year);

  for (guint i = 0; i < years->len; i++)
    {
      char text[16];

      g_snprintf (text, sizeof text, "%d", g_array_index (years, int, i));
      gtk_string_list_append (strings, text);
      if (g_array_index (years, int, i) == year)
        selected = i;
    }

  self->updating_dropdowns = TRUE;
  if (self->years == NULL || self->years->len != years->len ||
      memcmp (self->years->data, years->data, years->len * sizeof (int)) != 0)
    {
      g_clear_pointer (&self->years, g_array_unref);
      self->years = g_steal_pointer (&years);
      gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (strings));
    }
  if (gtk_drop_down_get_selected (self->year_dropdown) != selected)
    gtk_drop_down_set_selected (self->year_dropdown, selected);
  self->updating_dropdowns = FALSE;

  if (self->year != year)
    {
      self->year = year;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
    }
}

static void
reload (InovdaWindow *self)
{
  reload_regions (self);
  reload_years (self);
  reload_result (self);
}

static void
select_sidebar_row (InovdaWindow *self,
                    int index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar_list, index);

  if (row != NULL && row != gtk_list_box_get_selected_row (self->sidebar_list))
    gtk_list_box_select_row (self->sidebar_list, row);
}

static void
save_window_state (InovdaWindow *self)
{
  int width;
  int height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

/* ------------------------------------------------------------------------ */

static void
portfolio_changed_cb (InovdaWindow *self,
                      InovdaPortfolio *portfolio)
{
  reload (self);
}

/* Whether a dialog of this window (an import, an export) is open: its
 * work may be using the portfolio in another thread. */
static gboolean
has_modal_dialog (InovdaWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (window) == GTK_WINDOW (self) && gtk_window_get_modal (window) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return TRUE;
    }
  return FALSE;
}

/* Back in the window after inovda-cli or another program wrote to the
 * portfolio: what they wrote is shown. Not on a timer, which would reload
 * the pages under the analyst's hands. */
static void
is_active_changed_cb (InovdaWindow *self,
                      GParamSpec *pspec,
                      gpointer user_data)
{
  if (self->portfolio != NULL && gtk_window_is_active (GTK_WINDOW (self)) && !has_modal_dialog (self))
    inovda_portfolio_refresh (self->portfolio);
}

/* A narrow header cuts the region's name short: the tooltip has it whole. */
static void
update_region_tooltip (GtkDropDown *dropdown)
{
  InovdaRegion *region = gtk_drop_down_get_selected_item (dropdown);
  g_autofree char *tooltip = NULL;

  if (region != NULL)
    /* Translators: the tooltip of the region drop-down; %s is the region's name */
    tooltip = g_strdup_printf (_ ("Region: %s"), inovda_region_get_name (region));
  gtk_widget_set_tooltip_text (GTK_WIDGET (dropdown), tooltip != NULL ? tooltip : _ ("Region"));
}

static void
region_dropdown_selected_cb (InovdaWindow *self,
                             GParamSpec *pspec,
                             GtkDropDown *dropdown)
{
  guint selected;

  update_region_tooltip (dropdown);
  if (self->updating_dropdowns || self->regions == NULL)
    return;

  selected = gtk_drop_down_get_selected (dropdown);
  g_clear_object (&self->region);
  if (selected != GTK_INVALID_LIST_POSITION)
    self->region = g_list_model_get_item (self->regions, selected);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION_CODE]);
  reload_result (self);
}

static void
year_dropdown_selected_cb (InovdaWindow *self,
                           GParamSpec *pspec,
                           GtkDropDown *dropdown)
{
  guint selected;

  if (self->updating_dropdowns || self->years == NULL)
    return;

  selected = gtk_drop_down_get_selected (dropdown);
  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->years->len)
    return;

  self->year = g_array_index (self->years, int, selected);
  if (self->settings != NULL)
    g_settings_set_int (self->settings, "last-year", self->year);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
  reload_result (self);
}

static void
sidebar_row_activated_cb (InovdaWindow *self,
                          GtkListBoxRow *row,
                          GtkListBox *list)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && (guint) index < G_N_ELEMENTS (sections))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-section", "s", sections[index]);
}

/* Focus moving through the sidebar selects its rows on GTK 4.8 without
 * showing their pages; once the focus leaves, the row of the page shown is
 * selected again. */
static void
sidebar_focus_leave_cb (InovdaWindow *self)
{
  if (gtk_list_box_get_selection_mode (self->sidebar_list) != GTK_SELECTION_NONE)
    select_sidebar_row (self, section_index (gtk_stack_get_visible_child_name (self->stack)));
}

/* The shortcuts window opens on the section of the page shown: the keys
 * of the pages went unnoticed behind its section menu. */
static void
update_help_overlay_section (InovdaWindow *self)
{
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  gboolean pages = g_strcmp0 (page, "units") == 0 || g_strcmp0 (page, "region-indicators") == 0 ||
                   g_strcmp0 (page, "acceleration") == 0 || g_strcmp0 (page, "presentation") == 0;

  if (overlay != NULL)
    g_object_set (overlay, "section-name", pages ? "pages" : "general", NULL);
}

static void
stack_visible_child_changed_cb (InovdaWindow *self,
                                GParamSpec *pspec,
                                GtkStack *stack)
{
  select_sidebar_row (self, section_index (gtk_stack_get_visible_child_name (stack)));
  update_title (self);
  update_help_overlay_section (self);
  refresh_visible_page (self);
  _inovda_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

static void
choice_changed_cb (InovdaWindow *self,
                   GParamSpec *pspec,
                   gpointer user_data)
{
  update_title (self);
}

static void
leaflet_folded_changed_cb (InovdaWindow *self,
                           GParamSpec *pspec,
                           AdwLeaflet *leaflet)
{
  place_choices (self, adw_leaflet_get_folded (leaflet));
  update_title (self);
  /* A folded sidebar is a plain list to pick from; unfolded, it shows the
   * current section. */
  if (adw_leaflet_get_folded (leaflet))
    gtk_list_box_set_selection_mode (self->sidebar_list, GTK_SELECTION_NONE);
  else
    {
      gtk_list_box_set_selection_mode (self->sidebar_list, GTK_SELECTION_SINGLE);
      select_sidebar_row (self, section_index (gtk_stack_get_visible_child_name (self->stack)));
    }
}

/* ------------------------------------------------------------------------ */

static gboolean
inovda_window_close_request (GtkWindow *window)
{
  save_window_state (INOVDA_WINDOW (window));

  return GTK_WINDOW_CLASS (inovda_window_parent_class)->close_request (window);
}

static void
inovda_window_constructed (GObject *object)
{
  InovdaWindow *self = INOVDA_WINDOW (object);

  G_OBJECT_CLASS (inovda_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  if (g_strcmp0 (PROFILE, "Devel") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

static void
inovda_window_dispose (GObject *object)
{
  InovdaWindow *self = INOVDA_WINDOW (object);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  if (self->presentation != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->presentation), (gpointer *) &self->presentation);
      gtk_window_destroy (g_steal_pointer (&self->presentation));
    }

  if (self->portfolio != NULL)
    g_signal_handlers_disconnect_by_data (self->portfolio, self);
  g_clear_object (&self->portfolio);
  g_clear_object (&self->regions);
  g_clear_object (&self->region);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->result, inovda_region_result_unref);
  g_clear_object (&self->settings);
  g_clear_weak_pointer (&self->history_toast);
  g_clear_weak_pointer (&self->undo_toast);

  G_OBJECT_CLASS (inovda_window_parent_class)->dispose (object);
}

static void
inovda_window_get_property (GObject *object,
                            guint prop_id,
                            GValue *value,
                            GParamSpec *pspec)
{
  InovdaWindow *self = INOVDA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PORTFOLIO:
      g_value_set_object (value, self->portfolio);
      break;

    case PROP_REGION_CODE:
      g_value_set_string (value, inovda_window_get_region_code (self));
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_SECTION:
      g_value_set_string (value, inovda_window_get_section (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
inovda_window_set_property (GObject *object,
                            guint prop_id,
                            const GValue *value,
                            GParamSpec *pspec)
{
  InovdaWindow *self = INOVDA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PORTFOLIO:
      inovda_window_set_portfolio (self, g_value_get_object (value));
      break;

    case PROP_YEAR:
      inovda_window_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
inovda_window_class_init (InovdaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = inovda_window_constructed;
  object_class->dispose = inovda_window_dispose;
  object_class->get_property = inovda_window_get_property;
  object_class->set_property = inovda_window_set_property;

  window_class->close_request = inovda_window_close_request;

  properties[PROP_PORTFOLIO] =
      g_param_spec_object ("portfolio", NULL, NULL,
                           INOVDA_TYPE_PORTFOLIO,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGION_CODE] =
      g_param_spec_string ("region-code", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
      g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, DEFAULT_YEAR,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTION] =
      g_param_spec_string ("section", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-window.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, presentation_status);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, present_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, presentation_import_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, presentation_demo_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, folded_choice_box);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, year_box);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, provisional_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, section_title);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, summary_page);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, innovation_page);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, unit_page);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, spd_page);
  gtk_widget_class_bind_template_child (widget_class, InovdaWindow, acceleration_page);
  gtk_widget_class_bind_template_callback (widget_class, region_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, year_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, stack_visible_child_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_folded_changed_cb);

  _inovda_window_class_actions_init (klass);
  _inovda_window_class_exchange_init (klass);

  g_type_ensure (INOVDA_TYPE_REGION);
  g_type_ensure (INOVDA_TYPE_SUMMARY_PAGE);
  g_type_ensure (INOVDA_TYPE_INNOVATION_PAGE);
  g_type_ensure (INOVDA_TYPE_UNIT_PAGE);
  g_type_ensure (INOVDA_TYPE_SPD_PAGE);
  g_type_ensure (INOVDA_TYPE_ACCELERATION_PAGE);
}

static void
inovda_window_init (InovdaWindow *self)
{
  self->year = DEFAULT_YEAR;
  self->settings = inovda_settings_new ();
  if (self->settings != NULL)
    self->year = g_settings_get_int (self->settings, "last-year");

  gtk_widget_init_template (GTK_WIDGET (self));
  inovda_drop_down_search_anywhere (self->region_dropdown);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (is_active_changed_cb), NULL);
  g_signal_connect (self, "notify::region-code", G_CALLBACK (choice_changed_cb), NULL);
  g_signal_connect (self, "notify::year", G_CALLBACK (choice_changed_cb), NULL);
  _inovda_window_dnd_init (self);
  _inovda_window_undo_keys_init (self);
  {
    GtkEventController *focus = gtk_event_controller_focus_new ();

    g_signal_connect_object (focus, "leave", G_CALLBACK (sidebar_focus_leave_cb), self, G_CONNECT_SWAPPED);
    gtk_widget_add_controller (GTK_WIDGET (self->sidebar_list), focus);
  }

  select_sidebar_row (self, 0);
  leaflet_folded_changed_cb (self, NULL, self->leaflet);
  self->stale_pages = ALL_PAGES;
  update_title (self);
  refresh_visible_page (self);
  _inovda_window_update_actions (self);
}

/* ------------------------------------------------------------------------ */

InovdaWindow *
inovda_window_new (GtkApplication *application,
                   InovdaPortfolio *portfolio)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (portfolio == NULL || INOVDA_IS_PORTFOLIO (portfolio), NULL);

  return g_object_new (INOVDA_TYPE_WINDOW,
                       "application", application,
                       "portfolio", portfolio,
                       NULL);
}

InovdaPortfolio *
inovda_window_get_portfolio (InovdaWindow *self)
{
  g_return_val_if_fail (INOVDA_IS_WINDOW (self), NULL);
  return self->portfolio;
}

const char *
inovda_window_get_region_code (InovdaWindow *self)
{
  g_return_val_if_fail (INOVDA_IS_WINDOW (self), NULL);
  return self->region != NULL ? inovda_region_get_code (self->region) : NULL;
}

int
inovda_window_get_year (InovdaWindow *self)
{
  g_return_val_if_fail (INOVDA_IS_WINDOW (self), 0);
  return self->year;
}

const char *
inovda_window_get_section (InovdaWindow *self)
{
  g_return_val_if_fail (INOVDA_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

void
inovda_window_set_portfolio (InovdaWindow *self,
                             InovdaPortfolio *portfolio)
{
  g_return_if_fail (INOVDA_IS_WINDOW (self));
  g_return_if_fail (portfolio == NULL || INOVDA_IS_PORTFOLIO (portfolio));

  if (self->portfolio == portfolio)
    return;

  if (self->portfolio != NULL)
    g_signal_handlers_disconnect_by_data (self->portfolio, self);
  g_set_object (&self->portfolio, portfolio);
  if (portfolio != NULL)
    g_signal_connect_object (portfolio, "changed",
                             G_CALLBACK (portfolio_changed_cb),
                             self, G_CONNECT_SWAPPED);

  g_clear_object (&self->region);
  update_title (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PORTFOLIO]);
}

void
inovda_window_set_year (InovdaWindow *self,
                        int year)
{
  g_return_if_fail (INOVDA_IS_WINDOW (self));

  if (self->years == NULL)
    {
      self->year = year;
      return;
    }
  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == year)
      gtk_drop_down_set_selected (self->year_dropdown, i);
}

/**
 * inovda_window_select_region:
 * @self: a window
 * @region_code: a region code of the portfolio
 *
 * Returns: %TRUE if the portfolio has the region
 */
gboolean
inovda_window_select_region (InovdaWindow *self,
                             const char *region_code)
{
  guint n_regions;

  g_return_val_if_fail (INOVDA_IS_WINDOW (self), FALSE);

  if (self->regions == NULL)
    return FALSE;

  n_regions = g_list_model_get_n_items (self->regions);
  for (guint i = 0; i < n_regions; i++)
    {
      g_autoptr (InovdaRegion) region = g_list_model_get_item (self->regions, i);

      if (g_strcmp0 (inovda_region_get_code (region), region_code) == 0)
        {
          gtk_drop_down_set_selected (self->region_dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}

void
inovda_window_add_toast (InovdaWindow *self,
                         AdwToast *toast)
{
  g_return_if_fail (INOVDA_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  /* A toast that offers Undo is stale after the next undo (see
   * add_history_toast ()). */
  if (g_strcmp0 (adw_toast_get_action_name (toast), "win.undo") == 0)
    g_set_weak_pointer (&self->undo_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
inovda_window_show_error (InovdaWindow *self,
                          const char *heading,
                          const GError *error)
{
  GtkWidget *dialog;

  g_return_if_fail (INOVDA_IS_WINDOW (self));
  g_return_if_fail (heading != NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   error != NULL ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
_inovda_window_show_section (InovdaWindow *self,
                             const char *name)
{
  g_assert (INOVDA_IS_WINDOW (self));

  if (section_index (name) < 0)
    return FALSE;

  gtk_stack_set_visible_child_name (self->stack, name);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  return TRUE;
}
