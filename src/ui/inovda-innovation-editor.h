/* inovda-innovation-editor.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "storage/inovda-portfolio.h"

G_BEGIN_DECLS

/* The profile form of one innovation and its status in one year. Every
 * change is saved as it is made; the form follows the portfolio's undo. */

#define INOVDA_TYPE_INNOVATION_EDITOR (inovda_innovation_editor_get_type ())
G_DECLARE_FINAL_TYPE (InovdaInnovationEditor, inovda_innovation_editor, INOVDA, INNOVATION_EDITOR, AdwBin)

GtkWidget *inovda_innovation_editor_new (void);
void inovda_innovation_editor_load (InovdaInnovationEditor *self,
                                    InovdaPortfolio *portfolio,
                                    gint64 innovation_id,
                                    int year);
gint64 inovda_innovation_editor_get_innovation_id (InovdaInnovationEditor *self);
GtkWidget *inovda_innovation_editor_get_field_widget (InovdaInnovationEditor *self,
                                                      InovdaField field);
const char *inovda_innovation_editor_get_field_error (InovdaInnovationEditor *self,
                                                      InovdaField field);
void inovda_innovation_editor_save_pending (InovdaInnovationEditor *self);

G_END_DECLS
