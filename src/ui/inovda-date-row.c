/* inovda-date-row.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-date-row"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "inovda-date-row.h"

#include "inovda-error.h"
#include "model/inovda-field.h"
#include "model/inovda-months.h"

struct _InovdaDateRow
{
  AdwEntryRow parent_instance;

  /* Owned by the widget tree */
  GtkMenuButton *button;
  GtkCalendar *calendar;

  guint setting_calendar : 1;
};

G_DEFINE_FINAL_TYPE (InovdaDateRow, inovda_date_row, ADW_TYPE_ENTRY_ROW)

enum
{
  DATE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------ */

static void
calendar_day_selected_cb (InovdaDateRow *self,
                          GtkCalendar *calendar)
{
  g_autoptr (GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = NULL;

  if (self->setting_calendar)
    return;

  text = g_date_time_format (date, "%d/%m/%Y");
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  gtk_menu_button_popdown (self->button);
  g_signal_emit (self, signals[DATE_CHOSEN], 0);
}

static void
popover_show_cb (InovdaDateRow *self,
                 GtkPopover *popover)
{
  g_autofree char *iso = NULL;
  g_autoptr (GDateTime) date = NULL;

  /* Open the calendar on the date typed, or today. */
  if (inovda_date_row_get_date (self, &iso, NULL) && iso != NULL)
    {
      int y, m, d;

      if (sscanf (iso, "%d-%d-%d", &y, &m, &d) == 3)
        date = g_date_time_new_local (y, m, d, 0, 0, 0);
    }
  if (date == NULL)
    date = g_date_time_new_now_local ();

  self->setting_calendar = TRUE;
  gtk_calendar_select_day (self->calendar, date);
  self->setting_calendar = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}

/* ------------------------------------------------------------------------ */

static void
inovda_date_row_class_init (InovdaDateRowClass *klass)
{
  signals[DATE_CHOSEN] = g_signal_new ("date-chosen",
                                       G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 0);
}

/* A date typed another way ("12 Mei 2025") is shown as every other date
 * once the user moves on. */
static void
focus_leave_cb (InovdaDateRow *self)
{
  g_autofree char *iso = NULL;
  g_autofree char *shown = NULL;

  if (!inovda_date_row_get_date (self, &iso, NULL) || iso == NULL)
    return;
  shown = inovda_date_format (iso);
  if (g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (self))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self), shown);
}

static void
inovda_date_row_init (InovdaDateRow *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  g_signal_connect_object (self->calendar, "day-selected",
                           G_CALLBACK (calendar_day_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (popover, "show", G_CALLBACK (popover_show_cb), self, G_CONNECT_SWAPPED);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _ ("Choose a Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Choose a date"), -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->button));
  gtk_editable_set_width_chars (GTK_EDITABLE (self), 10);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _ ("A date such as 17/08/2025"), -1);
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

GtkWidget *
inovda_date_row_new (void)
{
  return g_object_new (INOVDA_TYPE_DATE_ROW, NULL);
}

void
inovda_date_row_set_date (InovdaDateRow *self,
                          const char *iso_date)
{
  g_autofree char *text = NULL;

  g_return_if_fail (INOVDA_IS_DATE_ROW (self));

  text = inovda_date_format (iso_date);
  gtk_editable_set_text (GTK_EDITABLE (self), text);
}

/**
 * inovda_date_row_get_date:
 * @self: a date row
 * @iso_date: (out) (transfer full) (nullable): the date, %NULL when empty
 * @error: where to report a text that is not a date
 *
 * Returns: %TRUE when the row is empty or holds a date
 */
gboolean
inovda_date_row_get_date (InovdaDateRow *self,
                          char **iso_date,
                          GError **error)
{
  g_return_val_if_fail (INOVDA_IS_DATE_ROW (self), FALSE);

  return inovda_date_parse (gtk_editable_get_text (GTK_EDITABLE (self)), iso_date, error);
}

/* The words of @text, split at any Unicode white space (a date pasted
 * from a letter may hold no-break spaces). */
static GPtrArray *
split_words (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *start = NULL;

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gboolean end = *p == '\0' || g_unichar_isspace (g_utf8_get_char (p));

      if (end && start != NULL)
        {
          g_ptr_array_add (words, g_strndup (start, (gsize) (p - start)));
          start = NULL;
        }
      else if (!end && start == NULL)
        start = p;
      if (*p == '\0')
        return words;
    }
}

/* "17 Agustus 2025", as letters and the application write a date. */
static char *
parse_long_date (const char *text)
{
  g_autoptr (GPtrArray) words = NULL;
  int day = 0, month = 0, year = 0;
  char tail;

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;
  words = split_words (text);
  if (words->len == 3 && sscanf (words->pdata[0], "%2d%c", &day, &tail) == 1 &&
      (month = inovda_month_parse (words->pdata[1])) > 0 && sscanf (words->pdata[2], "%4d%c", &year, &tail) == 1 &&
      year > 999)
    return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
  return NULL;
}

/**
 * inovda_date_parse:
 * @text: what the user typed: 17/08/2025, 17-8-2025, 2025-08-17, the long
 *   date the application shows (17 Agustus 2025, 17 Agu 2025) or nothing
 * @iso_date: (out) (transfer full) (nullable): the ISO date, %NULL when empty
 * @error: where to say why the text is not a date
 *
 * Returns: %TRUE when @text is empty or a date
 */
gboolean
inovda_date_parse (const char *text,
                   char **iso_date,
                   GError **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *iso = NULL;
  int a, b, c;
  char tail;

  *iso_date = NULL;
  if (stripped[0] == '\0')
    return TRUE;

  /* A two-digit year is refused rather than guessed. */
  if (sscanf (stripped, "%4d-%2d-%2d%c", &a, &b, &c, &tail) == 3 && a > 999)
    iso = g_strdup_printf ("%04d-%02d-%02d", a, b, c);
  else if ((sscanf (stripped, "%2d/%2d/%4d%c", &a, &b, &c, &tail) == 3 ||
            sscanf (stripped, "%2d-%2d-%4d%c", &a, &b, &c, &tail) == 3 ||
            sscanf (stripped, "%2d.%2d.%4d%c", &a, &b, &c, &tail) == 3) &&
           c > 999)
    iso = g_strdup_printf ("%04d-%02d-%02d", c, b, a);
  else
    iso = parse_long_date (stripped);

  if (iso == NULL || !inovda_date_is_valid (iso))
    {
      /* Translators: %s is what the user typed in a date field. */
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                   _ ("“%s” is not a date. Write it as day/month/year, such as 17/08/2025."), stripped);
      return FALSE;
    }

  *iso_date = g_steal_pointer (&iso);
  return TRUE;
}

/**
 * inovda_date_format:
 * @iso_date: (nullable): an ISO date
 *
 * Returns: (transfer full): the date as dd/mm/yyyy, or "" for %NULL
 */
char *
inovda_date_format (const char *iso_date)
{
  int y, m, d;

  if (iso_date == NULL || !inovda_date_is_valid (iso_date) ||
      sscanf (iso_date, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup (iso_date != NULL ? iso_date : "");
  return g_strdup_printf ("%02d/%02d/%04d", d, m, y);
}
