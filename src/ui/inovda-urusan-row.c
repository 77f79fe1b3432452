/* inovda-urusan-row.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-urusan-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "inovda-urusan-row.h"

#include "model/inovda-enums.h"

struct _InovdaUrusanRow
{
  AdwActionRow parent_instance;

  /* Owned by the widget tree */
  GtkMenuButton *button;
  GPtrArray *checks; /* GtkCheckButton*, in the order of inovda_urusan_get_all () */

  guint updating : 1;
};

G_DEFINE_FINAL_TYPE (InovdaUrusanRow, inovda_urusan_row, ADW_TYPE_ACTION_ROW)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------ */

static void
update_subtitle (InovdaUrusanRow *self)
{
  const InovdaUrusan *urusan;
  g_autoptr (GString) text = g_string_new (NULL);
  guint n_urusan;

  urusan = inovda_urusan_get_all (&n_urusan);
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      {
        if (text->len > 0)
          g_string_append (text, ", ");
        g_string_append (text, urusan[i].name);
      }

  if (text->len == 0)
    g_string_append (text, _ ("None"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), text->str);
}

static void
check_toggled_cb (InovdaUrusanRow *self,
                  GtkCheckButton *check)
{
  update_subtitle (self);
  if (!self->updating)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* ------------------------------------------------------------------------ */

static void
inovda_urusan_row_finalize (GObject *object)
{
  InovdaUrusanRow *self = INOVDA_URUSAN_ROW (object);

  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (inovda_urusan_row_parent_class)->finalize (object);
}

static void
inovda_urusan_row_class_init (InovdaUrusanRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = inovda_urusan_row_finalize;

  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
inovda_urusan_row_init (InovdaUrusanRow *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  const InovdaUrusan *urusan;
  guint n_urusan;

  self->checks = g_ptr_array_new ();
  urusan = inovda_urusan_get_all (&n_urusan);
  for (guint i = 0; i < n_urusan; i++)
    {
      g_autofree char *label = g_strdup_printf ("%s  %s", urusan[i].code, urusan[i].name);
      GtkWidget *check = gtk_check_button_new_with_label (label);

      g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (box), check);
      g_ptr_array_add (self->checks, check);
    }

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "document-edit-symbolic");
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _ ("Choose Other Affairs"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Choose other affairs"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 3);

  update_subtitle (self);
}

GtkWidget *
inovda_urusan_row_new (void)
{
  return g_object_new (INOVDA_TYPE_URUSAN_ROW, NULL);
}

/**
 * inovda_urusan_row_get_codes:
 *
 * Returns: (transfer full): the chosen urusan codes, in the official order
 */
char **
inovda_urusan_row_get_codes (InovdaUrusanRow *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  const InovdaUrusan *urusan;
  guint n_urusan;

  g_return_val_if_fail (INOVDA_IS_URUSAN_ROW (self), NULL);

  urusan = inovda_urusan_get_all (&n_urusan);
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_strv_builder_add (builder, urusan[i].code);
  return g_strv_builder_end (builder);
}

void
inovda_urusan_row_set_codes (InovdaUrusanRow *self,
                             const char *const *codes)
{
  const InovdaUrusan *urusan;
  guint n_urusan;

  g_return_if_fail (INOVDA_IS_URUSAN_ROW (self));

  urusan = inovda_urusan_get_all (&n_urusan);
  self->updating = TRUE;
  for (guint i = 0; i < self->checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->checks, i),
                                 codes != NULL && g_strv_contains (codes, urusan[i].code));
  self->updating = FALSE;
  update_subtitle (self);
}

/* As if the user had ticked or unticked @code. */
void
inovda_urusan_row_set_code_active (InovdaUrusanRow *self,
                                   const char *code,
                                   gboolean active)
{
  const InovdaUrusan *urusan;
  guint n_urusan;

  g_return_if_fail (INOVDA_IS_URUSAN_ROW (self));

  urusan = inovda_urusan_get_all (&n_urusan);
  for (guint i = 0; i < self->checks->len; i++)
    if (g_strcmp0 (urusan[i].code, code) == 0)
      gtk_check_button_set_active (g_ptr_array_index (self->checks, i), active);
}
