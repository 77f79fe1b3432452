/* inovda-spd-evidence-dialog.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The form for one piece of evidence of a region indicator: nomor surat,
 * tanggal surat, tentang, a link and a file chosen with the file chooser.
 * Its "add" response is enabled once the evidence names a file, a link or
 * a letter number and the date, if any, is a date. */

#define INOVDA_TYPE_SPD_EVIDENCE_DIALOG (inovda_spd_evidence_dialog_get_type ())
G_DECLARE_FINAL_TYPE (InovdaSpdEvidenceDialog, inovda_spd_evidence_dialog, INOVDA, SPD_EVIDENCE_DIALOG, AdwMessageDialog)

InovdaSpdEvidenceDialog *inovda_spd_evidence_dialog_new (GtkWindow *parent,
                                                         const char *indicator_title,
                                                         const char *rules);
const char *inovda_spd_evidence_dialog_get_nomor (InovdaSpdEvidenceDialog *self);
/* ISO date, or NULL when none was given. */
const char *inovda_spd_evidence_dialog_get_tanggal (InovdaSpdEvidenceDialog *self);
const char *inovda_spd_evidence_dialog_get_tentang (InovdaSpdEvidenceDialog *self);
const char *inovda_spd_evidence_dialog_get_tautan (InovdaSpdEvidenceDialog *self);
GFile *inovda_spd_evidence_dialog_get_file (InovdaSpdEvidenceDialog *self);
void inovda_spd_evidence_dialog_set_file (InovdaSpdEvidenceDialog *self,
                                          GFile *file);

/* "01/03/2026", "1/3/2026" or "2026-03-01" as an ISO date; NULL otherwise. */
char *inovda_spd_evidence_parse_date (const char *text) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
