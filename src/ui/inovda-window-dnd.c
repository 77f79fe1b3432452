/* inovda-window-dnd.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-window-dnd"

#include "config.h"

#include "inovda-window-private.h"

/* A workbook, XML or CSV file dropped on the window is imported. */

static gboolean
is_exchange_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  const char *suffixes[] = { ".xlsx", ".xml", ".csv" };

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *lower = g_ascii_strdown (name, -1);

      if (g_str_has_suffix (lower, suffixes[i]))
        return TRUE;
    }
  return FALSE;
}

static GFile *
first_exchange_file (const GValue *value)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return NULL;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    if (is_exchange_file (l->data))
      {
        GFile *file = g_object_ref (l->data);

        g_slist_free (files);
        return file;
      }
  g_slist_free (files);
  return NULL;
}

static gboolean
drop_cb (InovdaWindow *self,
         const GValue *value,
         double x,
         double y,
         GtkDropTarget *target)
{
  g_autoptr (GFile) file = first_exchange_file (value);

  if (file == NULL || self->portfolio == NULL)
    return FALSE;

  _inovda_window_import_file (self, file);
  return TRUE;
}

void
_inovda_window_dnd_init (InovdaWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
