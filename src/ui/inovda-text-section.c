/* inovda-text-section.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-text-section"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "inovda-text-section.h"

#include "scoring/inovda-iid.h"

struct _InovdaTextSection
{
  AdwBin parent_instance;

  /* Owned by the widget tree */
  GtkLabel *title_label;
  GtkTextView *view;
  GtkLabel *error_label;
  GtkLabel *count_label;

  guint words;
  guint updating : 1;
};

G_DEFINE_FINAL_TYPE (InovdaTextSection, inovda_text_section, ADW_TYPE_BIN)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------ */

static void
count_words (InovdaTextSection *self)
{
  g_autofree char *text = inovda_text_section_get_text (self);
  char label[64];

  self->words = inovda_count_words (text);
  /* Translators: the words of one text field, e.g. “52 words”. */
  g_snprintf (label, sizeof label, g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", self->words), self->words);
  gtk_label_set_label (self->count_label, label);
}

static void
buffer_changed_cb (InovdaTextSection *self,
                   GtkTextBuffer *buffer)
{
  count_words (self);
  if (!self->updating)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* ------------------------------------------------------------------------ */

static void
inovda_text_section_class_init (InovdaTextSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_css_name (widget_class, "inovdatextsection");

  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
inovda_text_section_init (InovdaTextSection *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title_label, 0);
  gtk_label_set_wrap (self->title_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->title_label));

  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->view, FALSE);
  gtk_text_view_set_top_margin (self->view, 9);
  gtk_text_view_set_bottom_margin (self->view, 9);
  gtk_text_view_set_left_margin (self->view, 12);
  gtk_text_view_set_right_margin (self->view, 12);
  gtk_widget_set_size_request (GTK_WIDGET (self->view), -1, 96);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->view));
  gtk_box_append (GTK_BOX (box), frame);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->error_label, 0);
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->error_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "caption");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (footer), GTK_WIDGET (self->error_label));

  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->count_label, 1);
  gtk_widget_set_hexpand (GTK_WIDGET (self->count_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "numeric");
  gtk_box_append (GTK_BOX (footer), GTK_WIDGET (self->count_label));
  gtk_box_append (GTK_BOX (box), footer);

  adw_bin_set_child (ADW_BIN (self), box);

  g_signal_connect_object (gtk_text_view_get_buffer (self->view), "changed",
                           G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
  count_words (self);
}

GtkWidget *
inovda_text_section_new (const char *title)
{
  InovdaTextSection *self = g_object_new (INOVDA_TYPE_TEXT_SECTION, NULL);

  gtk_label_set_label (self->title_label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return GTK_WIDGET (self);
}

char *
inovda_text_section_get_text (InovdaTextSection *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (INOVDA_IS_TEXT_SECTION (self), NULL);

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Replaces the text without ::changed; the cursor keeps its offset where
 * the new text is long enough, so an undo does not throw it to the end. */
void
inovda_text_section_set_text (InovdaTextSection *self,
                              const char *text)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  int offset;

  g_return_if_fail (INOVDA_IS_TEXT_SECTION (self));

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  offset = gtk_text_iter_get_offset (&iter);

  self->updating = TRUE;
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  self->updating = FALSE;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  gtk_text_buffer_place_cursor (buffer, &iter);
}

guint
inovda_text_section_get_words (InovdaTextSection *self)
{
  g_return_val_if_fail (INOVDA_IS_TEXT_SECTION (self), 0);

  return self->words;
}

void
inovda_text_section_set_error (InovdaTextSection *self,
                               const char *message)
{
  g_return_if_fail (INOVDA_IS_TEXT_SECTION (self));

  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

GtkTextView *
inovda_text_section_get_view (InovdaTextSection *self)
{
  g_return_val_if_fail (INOVDA_IS_TEXT_SECTION (self), NULL);

  return self->view;
}
