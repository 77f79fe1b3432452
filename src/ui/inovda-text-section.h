/* inovda-text-section.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A titled multi-line text with a word count and an inline error; ::changed
 * tells that the user edited the text. */

#define INOVDA_TYPE_TEXT_SECTION (inovda_text_section_get_type ())
G_DECLARE_FINAL_TYPE (InovdaTextSection, inovda_text_section, INOVDA, TEXT_SECTION, AdwBin)

GtkWidget *inovda_text_section_new (const char *title);
char *inovda_text_section_get_text (InovdaTextSection *self) G_GNUC_WARN_UNUSED_RESULT;
void inovda_text_section_set_text (InovdaTextSection *self,
                                   const char *text);
guint inovda_text_section_get_words (InovdaTextSection *self);
void inovda_text_section_set_error (InovdaTextSection *self,
                                    const char *message);
GtkTextView *inovda_text_section_get_view (InovdaTextSection *self);

G_END_DECLS
