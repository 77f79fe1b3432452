/* inovda-evidence-row.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "storage/inovda-portfolio.h"

G_BEGIN_DECLS

/* One piece of evidence of an indicator answer: its file or link, the
 * letter it is, and commands to open, describe or remove it. */

#define INOVDA_TYPE_EVIDENCE_ROW (inovda_evidence_row_get_type ())
G_DECLARE_FINAL_TYPE (InovdaEvidenceRow, inovda_evidence_row, INOVDA, EVIDENCE_ROW, AdwActionRow)

GtkWidget *inovda_evidence_row_new (InovdaPortfolio *portfolio,
                                    gint64 innovation_id,
                                    int year,
                                    const char *indicator,
                                    const InovdaEvidence *evidence);
const InovdaEvidence *inovda_evidence_row_get_evidence (InovdaEvidenceRow *self);
const char *inovda_evidence_row_get_reuse_text (InovdaEvidenceRow *self);
char *inovda_evidence_row_write_to_cache (InovdaEvidenceRow *self,
                                          GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
