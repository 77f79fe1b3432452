/* inovda-window-actions.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-window-actions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "inovda-error.h"
#include "inovda-ui-keys.h"
#include "inovda-window-private.h"

#include "inovda-presentation.h"

#include "storage/inovda-demo.h"

/* Says what an undo or redo did, in place of what the previous one said
 * (queued, nine quick undos took half a minute to tell) and of the toast
 * that offered the undo. */
static void
add_history_toast (InovdaWindow *self,
                   const char *text)
{
  /* Toast titles are markup on libadwaita 1.2. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (escaped);

  if (self->history_toast != NULL)
    adw_toast_dismiss (self->history_toast);
  /* Its edit may be the one just undone: shown again later, with its
   * button disabled, it read as if the edit had been made again. */
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_set_weak_pointer (&self->history_toast, toast);
  inovda_window_add_toast (self, toast);
}

static void
demo_loaded (InovdaWindow *self)
{
  AdwToast *toast;

  inovda_window_select_region (self, INOVDA_DEMO_REGION);
  inovda_window_set_year (self, INOVDA_DEMO_YEAR);

  toast = adw_toast_new (_ ("Demo data loaded"));
  adw_toast_set_button_label (toast, _ ("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  inovda_window_add_toast (self, toast);
}

static void
replace_demo_response_cb (InovdaWindow *self,
                          const char *response,
                          AdwMessageDialog *dialog)
{
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "replace") != 0 || self->portfolio == NULL)
    return;

  if (inovda_demo_populate (self->portfolio, TRUE, &error))
    demo_loaded (self);
  else
    inovda_window_show_error (self, _ ("Could Not Load the Demo Data"), error);
}

static void
ask_replace_demo (InovdaWindow *self)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   _ ("Replace the Demo Data?"),
                                   _ ("This portfolio already holds the demo regions of Kalimantan Selatan. Loading the demo again replaces them, together with every change made to them."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _ ("_Cancel"),
                                    "replace", _ ("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog),
                                              "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (replace_demo_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
load_demo_action (GtkWidget *widget,
                  const char *action_name,
                  GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);
  g_autoptr (GError) error = NULL;

  g_return_if_fail (self->portfolio != NULL);

  /* The demo refuses to land on its own regions; only then ask. */
  if (inovda_demo_populate (self->portfolio, FALSE, &error))
    demo_loaded (self);
  else if (error->domain == INOVDA_INPUT_ERROR)
    ask_replace_demo (self);
  else
    inovda_window_show_error (self, _ ("Could Not Load the Demo Data"), error);
}

static void
file_chooser_response_cb (InovdaWindow *self,
                          int response,
                          GtkNativeDialog *dialog)
{
  g_autoptr (GtkNativeDialog) chooser = g_steal_pointer (&self->file_chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        _inovda_window_open_file (self, file);
    }
  gtk_native_dialog_destroy (dialog);
}

static void
open_action (GtkWidget *widget,
             const char *action_name,
             GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);
  g_autoptr (GtkFileFilter) portfolios = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all_files = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (self->file_chooser != NULL)
    {
      gtk_native_dialog_show (self->file_chooser);
      return;
    }

  chooser = gtk_file_chooser_native_new (_ ("Open Portfolio"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _ ("_Open"),
                                         _ ("_Cancel"));

  gtk_file_filter_set_name (portfolios, _ ("Inovda Portfolios"));
  gtk_file_filter_add_mime_type (portfolios, "application/x-inovda");
  gtk_file_filter_add_suffix (portfolios, "inovda");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), portfolios);
  gtk_file_filter_set_name (all_files, _ ("All Files"));
  gtk_file_filter_add_pattern (all_files, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all_files);

  if (self->portfolio != NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_path (inovda_portfolio_get_path (self->portfolio));
      g_autoptr (GFile) folder = g_file_get_parent (file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (file_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->file_chooser);
}

static void
undo_action (GtkWidget *widget,
             const char *action_name,
             GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (self->portfolio != NULL);

  inovda_innovation_page_save_pending (self->innovation_page);
  if (!inovda_portfolio_can_undo (self->portfolio))
    return;
  label = g_strdup (inovda_portfolio_get_undo_label (self->portfolio));
  if (!inovda_portfolio_undo (self->portfolio, &error))
    {
      inovda_window_show_error (self, _ ("Could Not Undo"), error);
      return;
    }

  if (label != NULL)
    /* Translators: %s names the edit undone, such as “Load demo data”. */
    text = g_strdup_printf (_ ("Undone: %s"), label);
  add_history_toast (self, text != NULL ? text : _ ("Undone"));
}

/* Ctrl+Z and Ctrl+Shift+Z, taken before the editor's fields' own undo:
 * what they hold is saved as it is typed, so there is one history, the
 * portfolio's (a field's own would also hold the loading of its value). A
 * search or a value saved on Enter keeps the undo of its typing. */
static gboolean
undo_key_cb (GtkWidget *widget,
             GVariant *args,
             gpointer user_data)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);
  gboolean redo = GPOINTER_TO_INT (user_data);

  if (self->portfolio == NULL || inovda_ui_has_own_undo (gtk_root_get_focus (GTK_ROOT (self))))
    return FALSE;
  if (redo)
    {
      if (inovda_portfolio_can_redo (self->portfolio))
        gtk_widget_activate_action (widget, "win.redo", NULL);
    }
  else
    undo_action (widget, "win.undo", NULL);
  return TRUE;
}

void
_inovda_window_undo_keys_init (InovdaWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);
  const struct
  {
    guint key;
    GdkModifierType modifiers;
    gboolean redo;
  } keys[] = {
    { GDK_KEY_z, GDK_CONTROL_MASK, FALSE },
    { GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, TRUE },
    { GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, TRUE },
  };

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (shortcuts,
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, keys[i].modifiers),
                                                            gtk_callback_action_new (undo_key_cb,
                                                                                     GINT_TO_POINTER (keys[i].redo),
                                                                                     NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
redo_action (GtkWidget *widget,
             const char *action_name,
             GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (self->portfolio != NULL);

  label = g_strdup (inovda_portfolio_get_redo_label (self->portfolio));
  if (!inovda_portfolio_redo (self->portfolio, &error))
    {
      inovda_window_show_error (self, _ ("Could Not Redo"), error);
      return;
    }

  if (label != NULL)
    /* Translators: %s names the edit redone, such as “Load demo data”. */
    text = g_strdup_printf (_ ("Redone: %s"), label);
  add_history_toast (self, text != NULL ? text : _ ("Redone"));
}

static void
show_section_action (GtkWidget *widget,
                     const char *action_name,
                     GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);
  const char *name = g_variant_get_string (param, NULL);

  if (!_inovda_window_show_section (self, name))
    g_warning ("Unknown section “%s”", name);
}

static void
show_sidebar_action (GtkWidget *widget,
                     const char *action_name,
                     GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
search_action (GtkWidget *widget,
               const char *action_name,
               GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);

  _inovda_window_show_section (self, "innovations");
  inovda_innovation_page_focus_search (self->innovation_page);
}

static void
present_action (GtkWidget *widget,
                const char *action_name,
                GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);
  InovdaPresentation *presentation;

  g_return_if_fail (self->portfolio != NULL);
  g_return_if_fail (self->result != NULL && self->result->error == NULL);

  if (self->presentation != NULL)
    gtk_window_destroy (self->presentation);

  presentation = inovda_presentation_new (GTK_WINDOW (self), self->portfolio, self->result,
                                          inovda_acceleration_page_get_scenario (self->acceleration_page));
  self->presentation = GTK_WINDOW (presentation);
  g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *) &self->presentation);
  gtk_window_fullscreen (self->presentation);
  gtk_window_present (self->presentation);
}

/* Inovasi filtered by one unit. */
static void
show_unit_innovations_action (GtkWidget *widget,
                              const char *action_name,
                              GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);
  const char *code = g_variant_get_string (param, NULL);

  g_return_if_fail (self->portfolio != NULL && self->region != NULL);

  _inovda_window_show_section (self, "innovations");
  if (!inovda_innovation_page_show_unit (self->innovation_page, code))
    g_warning ("Unknown regional agency “%s”", code);
}

static void
show_not_counted_action (GtkWidget *widget,
                         const char *action_name,
                         GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);

  _inovda_window_show_section (self, "innovations");
  inovda_innovation_page_show_not_counted (self->innovation_page);
}

static void
show_at_risk_action (GtkWidget *widget,
                     const char *action_name,
                     GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);

  _inovda_window_show_section (self, "innovations");
  inovda_innovation_page_show_at_risk (self->innovation_page);
}

/* (xs): an innovation's row id and one of its indicators */
static void
show_innovation_indicator_action (GtkWidget *widget,
                                  const char *action_name,
                                  GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);
  gint64 innovation_id;
  const char *indicator_id;

  g_variant_get (param, "(x&s)", &innovation_id, &indicator_id);
  _inovda_window_show_section (self, "innovations");
  if (!inovda_innovation_page_open_indicator (self->innovation_page, innovation_id, indicator_id))
    g_warning ("Unknown innovation %" G_GINT64_FORMAT, innovation_id);
}

static void
show_innovation_problem_action (GtkWidget *widget,
                                const char *action_name,
                                GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);
  gint64 innovation_id = g_variant_get_int64 (param);

  _inovda_window_show_section (self, "innovations");
  if (!inovda_innovation_page_open_problem (self->innovation_page, innovation_id))
    g_warning ("Unknown innovation %" G_GINT64_FORMAT, innovation_id);
}

static void
show_region_indicator_action (GtkWidget *widget,
                              const char *action_name,
                              GVariant *param)
{
  InovdaWindow *self = INOVDA_WINDOW (widget);
  const char *indicator = g_variant_get_string (param, NULL);

  _inovda_window_show_section (self, "region-indicators");
  if (!inovda_spd_page_reveal (self->spd_page, indicator))
    g_warning ("Unknown region indicator “%s”", indicator);
}

/* The window of the application that has @path open, or NULL. */
static InovdaWindow *
window_holding (InovdaWindow *self,
                const char *path)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  GList *windows = application != NULL ? gtk_application_get_windows (application) : NULL;

  if (self->portfolio != NULL && inovda_portfolio_is_own_file (self->portfolio, path))
    return self;
  for (GList *l = windows; l != NULL; l = l->next)
    {
      InovdaWindow *window = INOVDA_IS_WINDOW (l->data) ? l->data : NULL;

      if (window != NULL && window->portfolio != NULL && inovda_portfolio_is_own_file (window->portfolio, path))
        return window;
    }
  return NULL;
}

void
_inovda_window_open_file (InovdaWindow *self,
                          GFile *file)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  InovdaWindow *holder;

  g_return_if_fail (INOVDA_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _ ("Only portfolios stored on this computer can be opened."));
      inovda_window_show_error (self, _ ("Could Not Open the Portfolio"), error);
      return;
    }

  /* One window per portfolio: two would each undo the other's edits as
   * their own. The window that has it is brought forward, and a window
   * opened only for it goes. */
  holder = window_holding (self, path);
  if (holder != NULL)
    {
      gtk_window_present (GTK_WINDOW (holder));
      if (holder != self && self->portfolio == NULL)
        gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  /* A file handed over from elsewhere is read whole once before use. */
  portfolio = inovda_portfolio_open (path, &error);
  if (portfolio == NULL || !inovda_portfolio_check_integrity (portfolio, &error))
    {
      inovda_window_show_error (self, _ ("Could Not Open the Portfolio"), error);
      return;
    }

  inovda_window_set_portfolio (self, portfolio);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-portfolio", path);
}

void
_inovda_window_update_actions (InovdaWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_portfolio = self->portfolio != NULL;
  gboolean can_present = has_portfolio && self->result != NULL && self->result->error == NULL;

  gtk_widget_action_set_enabled (widget, "win.load-demo", has_portfolio);
  gtk_widget_action_set_enabled (widget, "win.undo",
                                 has_portfolio && inovda_portfolio_can_undo (self->portfolio));
  gtk_widget_action_set_enabled (widget, "win.redo",
                                 has_portfolio && inovda_portfolio_can_redo (self->portfolio));
  gtk_widget_action_set_enabled (widget, "win.search", has_portfolio && self->region != NULL);
  gtk_widget_action_set_enabled (widget, "win.show-unit-innovations", has_portfolio && self->region != NULL);
  gtk_widget_action_set_enabled (widget, "win.show-not-counted", has_portfolio && self->region != NULL);
  gtk_widget_action_set_enabled (widget, "win.show-at-risk", has_portfolio && self->region != NULL);
  gtk_widget_action_set_enabled (widget, "win.show-innovation-indicator", has_portfolio && self->region != NULL);
  gtk_widget_action_set_enabled (widget, "win.show-innovation-problem", has_portfolio && self->region != NULL);
  gtk_widget_action_set_enabled (widget, "win.show-region-indicator", has_portfolio && self->region != NULL);
  _inovda_window_update_exchange_actions (self);
  gtk_widget_action_set_enabled (widget, "win.present", can_present);
  /* Without a region, offer what makes one instead of a button that is off. */
  gtk_widget_set_visible (self->present_button, self->region != NULL);
  gtk_widget_set_visible (self->presentation_import_button, self->region == NULL);
  gtk_widget_set_visible (self->presentation_demo_button, self->region == NULL);
  /* Say why the button cannot be pressed. */
  adw_status_page_set_description (self->presentation_status,
                                   can_present ? _ ("Full-screen slides for the coordination meeting: the index and its predikat, the variables against last year, one slide per regional agency, the most mature innovations, the gaps and the plan from Acceleration. Use the arrow keys to move and Esc to leave.")
                                               : _ ("The slides show a region’s assessment year. Import a workbook or the Inovda XML of a region, or load the demo data, first."));
}

void
_inovda_window_class_actions_init (InovdaWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct
  {
    guint key;
    const char *section;
  } section_keys[] = {
    { GDK_KEY_1, "summary" },
    { GDK_KEY_2, "innovations" },
    { GDK_KEY_3, "units" },
    { GDK_KEY_4, "region-indicators" },
    { GDK_KEY_5, "acceleration" },
    { GDK_KEY_6, "presentation" },
  };

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.load-demo", NULL, load_demo_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-unit-innovations", "s", show_unit_innovations_action);
  gtk_widget_class_install_action (widget_class, "win.show-not-counted", NULL, show_not_counted_action);
  gtk_widget_class_install_action (widget_class, "win.show-at-risk", NULL, show_at_risk_action);
  gtk_widget_class_install_action (widget_class, "win.show-innovation-indicator", "(xs)",
                                   show_innovation_indicator_action);
  gtk_widget_class_install_action (widget_class, "win.show-innovation-problem", "x",
                                   show_innovation_problem_action);
  gtk_widget_class_install_action (widget_class, "win.show-region-indicator", "s",
                                   show_region_indicator_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (section_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, section_keys[i].key, GDK_ALT_MASK,
                                         "win.show-section", "s", section_keys[i].section);
}
