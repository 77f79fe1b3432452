/* inovda-ui-keys.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "inovda-ui-keys.h"

static gboolean
list_key_pressed_cb (GtkEventControllerKey *controller,
                     guint keyval,
                     guint keycode,
                     GdkModifierType state,
                     gpointer user_data)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkDirectionType direction;
  gboolean moved;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  if (keyval == GDK_KEY_ISO_Left_Tab || ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab) && (state & GDK_SHIFT_MASK)))
    direction = GTK_DIR_TAB_BACKWARD;
  else if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    direction = GTK_DIR_TAB_FORWARD;
  else
    return FALSE;

  /* Passed over while the focus moves on from it. */
  gtk_widget_set_can_focus (list, FALSE);
  moved = gtk_widget_child_focus (GTK_WIDGET (gtk_widget_get_root (list)), direction);
  gtk_widget_set_can_focus (list, TRUE);
  return moved;
}

/* Tab leaves @list for the next widget, as in a form; the arrow keys move
 * between its rows. GTK 4.8's lists move Tab from row to row, so leaving
 * a table of 40 agencies took 40 presses. */
void
inovda_ui_list_leave_on_tab (GtkWidget *list)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (list_key_pressed_cb), NULL);
  gtk_widget_add_controller (list, keys);
}

#define SAVED_AS_TYPED "inovda-saved-as-typed"

/* @field saves what is typed into the portfolio: its undo is the
 * portfolio's. */
void
inovda_ui_mark_saved_as_typed (GtkWidget *field)
{
  g_return_if_fail (GTK_IS_WIDGET (field));

  g_object_set_data (G_OBJECT (field), SAVED_AS_TYPED, GINT_TO_POINTER (TRUE));
}

/* Whether Ctrl+Z in @focus belongs to the text being typed (a search, a
 * value not saved until Enter) rather than to the portfolio. */
gboolean
inovda_ui_has_own_undo (GtkWidget *focus)
{
  gboolean text = FALSE;

  for (GtkWidget *widget = focus; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      if (g_object_get_data (G_OBJECT (widget), SAVED_AS_TYPED) != NULL)
        return FALSE;
      text |= GTK_IS_EDITABLE (widget) || GTK_IS_TEXT_VIEW (widget);
    }
  return text;
}

static gboolean
combo_row_key_pressed_cb (GtkEventControllerKey *controller,
                          guint keyval,
                          guint keycode,
                          GdkModifierType state,
                          gpointer user_data)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 ||
      (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter))
    return FALSE;
  if (!gtk_widget_has_focus (row))
    return FALSE;
  return gtk_widget_activate (row);
}

/* Enter on a focused choice row opens its list, as Space does, instead of
 * answering the dialog with its default response: a keyboard user meant to
 * choose, and would have exported the format shown. */
void
inovda_ui_combo_row_enter_opens (AdwComboRow *row)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (combo_row_key_pressed_cb), NULL);
  gtk_widget_add_controller (GTK_WIDGET (row), keys);
}
