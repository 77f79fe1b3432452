/* inovda-evidence-dialog.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "storage/inovda-portfolio.h"

G_BEGIN_DECLS

/* Asks for an evidence's letter number, letter date, subject and link, and
 * stores them: a new link or letter when @evidence is %NULL, otherwise the
 * evidence is replaced in one undoable edit. */
void inovda_evidence_dialog_present (GtkWidget *parent,
                                     InovdaPortfolio *portfolio,
                                     gint64 innovation_id,
                                     int year,
                                     const char *indicator,
                                     const InovdaEvidence *evidence);

G_END_DECLS
