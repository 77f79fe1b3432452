/* inovda-portfolio.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/inovda-catalogue.h"
#include "model/inovda-enums.h"
#include "model/inovda-field.h"
#include "model/inovda-innovation.h"
#include "model/inovda-region.h"
#include "model/inovda-unit.h"
#include "storage/inovda-region-year.h"

G_BEGIN_DECLS

/* The portfolio file (.inovda): one SQLite database with regions, perangkat
 * daerah, innovations, per-year assessments, evidence metadata and the
 * evidence files themselves (stored once by SHA-256).
 *
 * Every public edit function is one user edit: it runs in its own
 * transaction, is recorded in the undo log, and emits ::changed (no
 * arguments) after the commit, after an undo and after a redo; the
 * can-undo and can-redo properties follow. Errors are INOVDA_STORAGE_ERROR (I/O, database) or
 * INOVDA_INPUT_ERROR (a value the methodology or the schema refuses); a
 * failed edit changes nothing. */

#define INOVDA_TYPE_PORTFOLIO (inovda_portfolio_get_type ())
G_DECLARE_FINAL_TYPE (InovdaPortfolio, inovda_portfolio, INOVDA, PORTFOLIO, GObject)

#define INOVDA_PORTFOLIO_SCHEMA_VERSION 4
/* Bytes per database page of a portfolio created by this version. */
#define INOVDA_PORTFOLIO_PAGE_SIZE 16384

typedef struct
{
  gint64 id;
  char *sha256; /* NULL when the evidence is only a link */
  char *file_name;
  char *nomor_surat;
  char *tanggal_surat; /* ISO date */
  char *tentang;
  char *tautan;      /* link */
  guint reuse_count; /* other places the same file is attached */
} InovdaEvidence;

void inovda_evidence_free (InovdaEvidence *evidence);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaEvidence, inovda_evidence_free)

/* Opening, creating, copying */
InovdaPortfolio *inovda_portfolio_open (const char *path,
                                        GError **error);
char *inovda_portfolio_default_path (void);
/* Opens the default portfolio, creating its folder and file on first use. */
InovdaPortfolio *inovda_portfolio_open_default (GError **error);
const char *inovda_portfolio_get_path (InovdaPortfolio *self);
gboolean inovda_portfolio_is_own_file (InovdaPortfolio *self,
                                       const char *path);
gboolean inovda_portfolio_check_output (InovdaPortfolio *self,
                                        const char *path,
                                        GError **error);
int inovda_portfolio_get_schema_version (InovdaPortfolio *self);
gboolean inovda_portfolio_backup (InovdaPortfolio *self,
                                  const char *destination,
                                  GError **error);
gboolean inovda_portfolio_check_integrity (InovdaPortfolio *self,
                                           GError **error);
gboolean inovda_portfolio_is_empty (InovdaPortfolio *self);

/* Undo and redo of whole edits */
gboolean inovda_portfolio_can_undo (InovdaPortfolio *self);
gboolean inovda_portfolio_can_redo (InovdaPortfolio *self);
const char *inovda_portfolio_get_undo_label (InovdaPortfolio *self);
const char *inovda_portfolio_get_redo_label (InovdaPortfolio *self);
void inovda_portfolio_announce_pending_changes (InovdaPortfolio *self);
gboolean inovda_portfolio_refresh (InovdaPortfolio *self);
gboolean inovda_portfolio_undo (InovdaPortfolio *self,
                                GError **error);
gboolean inovda_portfolio_redo (InovdaPortfolio *self,
                                GError **error);

/* Several changes as one edit (an import, a demo, a merge). Nesting is not
 * allowed. */
gboolean inovda_portfolio_begin_edit (InovdaPortfolio *self,
                                      const char *label,
                                      GError **error);
gboolean inovda_portfolio_commit_edit (InovdaPortfolio *self,
                                       GError **error);
void inovda_portfolio_rollback_edit (InovdaPortfolio *self);

/* Catalogues: a user-supplied catalogue stored in the portfolio replaces the
 * shipped one of the same year. */
InovdaCatalogue *inovda_portfolio_get_catalogue (InovdaPortfolio *self,
                                                 int year,
                                                 GError **error);
GArray *inovda_portfolio_list_catalogue_years (InovdaPortfolio *self);
gboolean inovda_portfolio_import_catalogue (InovdaPortfolio *self,
                                            GBytes *xml,
                                            const char *name_for_errors,
                                            int *out_year,
                                            GError **error);

/* Regions */
gboolean inovda_portfolio_add_region (InovdaPortfolio *self,
                                      const char *code,
                                      const char *name,
                                      InovdaRegionLevel level,
                                      GError **error);
/* Removes the region with its units, innovations, answers and evidence. */
gboolean inovda_portfolio_delete_region (InovdaPortfolio *self,
                                         const char *code,
                                         GError **error);
GListModel *inovda_portfolio_list_regions (InovdaPortfolio *self,
                                           GError **error);
InovdaRegion *inovda_portfolio_get_region (InovdaPortfolio *self,
                                           const char *code,
                                           GError **error);

/* Perangkat daerah */
gint64 inovda_portfolio_add_unit (InovdaPortfolio *self,
                                  const char *region_code,
                                  const char *code,
                                  const char *name,
                                  const char *short_name,
                                  GError **error);
gboolean inovda_portfolio_rename_unit (InovdaPortfolio *self,
                                       gint64 unit_id,
                                       const char *name,
                                       const char *short_name,
                                       GError **error);
/* Moves every innovation of @from_unit to @into_unit and removes @from_unit. */
gboolean inovda_portfolio_merge_units (InovdaPortfolio *self,
                                       gint64 from_unit,
                                       gint64 into_unit,
                                       GError **error);
/* Units of a region; n-innovations counts the innovations reported in @year
 * (a draft is not reported yet). */
GListModel *inovda_portfolio_list_units (InovdaPortfolio *self,
                                         const char *region_code,
                                         int year,
                                         GError **error);
InovdaUnit *inovda_portfolio_find_unit (InovdaPortfolio *self,
                                        const char *region_code,
                                        const char *code,
                                        GError **error);

/* Innovations */
InovdaInnovation *inovda_portfolio_add_innovation (InovdaPortfolio *self,
                                                   const char *uid,
                                                   gint64 unit_id,
                                                   const char *name,
                                                   GError **error);
gboolean inovda_portfolio_set_field (InovdaPortfolio *self,
                                     gint64 innovation_id,
                                     InovdaField field,
                                     const char *value,
                                     GError **error);
gboolean inovda_portfolio_set_urusan_lain (InovdaPortfolio *self,
                                           gint64 innovation_id,
                                           const char *const *codes,
                                           GError **error);
gboolean inovda_portfolio_move_innovation (InovdaPortfolio *self,
                                           gint64 innovation_id,
                                           gint64 unit_id,
                                           GError **error);
gboolean inovda_portfolio_delete_innovation (InovdaPortfolio *self,
                                             gint64 innovation_id,
                                             GError **error);
InovdaInnovation *inovda_portfolio_get_innovation (InovdaPortfolio *self,
                                                   gint64 innovation_id,
                                                   GError **error);
InovdaInnovation *inovda_portfolio_get_innovation_in_year (InovdaPortfolio *self,
                                                           gint64 innovation_id,
                                                           int year,
                                                           GError **error);
InovdaInnovation *inovda_portfolio_find_innovation (InovdaPortfolio *self,
                                                    const char *uid,
                                                    GError **error);
/* Every innovation of a region (or of all regions when @region_code is
 * NULL), by name, with the status of @year filled in. The long texts
 * (rancang bangun and its sections, tujuan, manfaat, hasil) are left out;
 * inovda_portfolio_get_innovation() has every field. */
GListModel *inovda_portfolio_list_innovations (InovdaPortfolio *self,
                                               const char *region_code,
                                               int year,
                                               GError **error);
/* Years in which anything is assessed, ascending. */
GArray *inovda_portfolio_list_years (InovdaPortfolio *self);

/* Assessments (one per innovation and year) and their SID answers */
gboolean inovda_portfolio_set_status (InovdaPortfolio *self,
                                      gint64 innovation_id,
                                      int year,
                                      InovdaStatus status,
                                      GError **error);
gboolean inovda_portfolio_remove_assessment (InovdaPortfolio *self,
                                             gint64 innovation_id,
                                             int year,
                                             GError **error);
gboolean inovda_portfolio_set_development_note (InovdaPortfolio *self,
                                                gint64 innovation_id,
                                                int year,
                                                const char *note,
                                                GError **error);
/* @level 0..3 (0 clears); @basis for indicators with bases, else NULL. */
gboolean inovda_portfolio_set_sid_level (InovdaPortfolio *self,
                                         gint64 innovation_id,
                                         int year,
                                         const char *indicator,
                                         int level,
                                         const char *basis,
                                         GError **error);
/* @level 0..3, or INOVDA_LEVEL_UNVERIFIED (-1) to clear the verification. */
gboolean inovda_portfolio_set_sid_verified (InovdaPortfolio *self,
                                            gint64 innovation_id,
                                            int year,
                                            const char *indicator,
                                            int level,
                                            GError **error);
int inovda_portfolio_get_sid_level (InovdaPortfolio *self,
                                    gint64 innovation_id,
                                    int year,
                                    const char *indicator,
                                    char **out_basis,
                                    int *out_verified);

/* SPD answers: a level, or a raw value (the catalogue turns it into a level) */
gboolean inovda_portfolio_set_spd_level (InovdaPortfolio *self,
                                         const char *region_code,
                                         int year,
                                         const char *indicator,
                                         int level,
                                         GError **error);
gboolean inovda_portfolio_set_spd_value (InovdaPortfolio *self,
                                         const char *region_code,
                                         int year,
                                         const char *indicator,
                                         const char *raw_value,
                                         GError **error);
gboolean inovda_portfolio_set_spd_verified (InovdaPortfolio *self,
                                            const char *region_code,
                                            int year,
                                            const char *indicator,
                                            int level,
                                            GError **error);

/* Evidence: attached to an SID answer (innovation, year, indicator) or an SPD
 * answer (region, year, indicator). @contents may be NULL for a link only. */
gint64 inovda_portfolio_add_sid_evidence (InovdaPortfolio *self,
                                          gint64 innovation_id,
                                          int year,
                                          const char *indicator,
                                          GBytes *contents,
                                          const char *file_name,
                                          const char *nomor_surat,
                                          const char *tanggal_surat,
                                          const char *tentang,
                                          const char *tautan,
                                          GError **error);
gint64 inovda_portfolio_add_spd_evidence (InovdaPortfolio *self,
                                          const char *region_code,
                                          int year,
                                          const char *indicator,
                                          GBytes *contents,
                                          const char *file_name,
                                          const char *nomor_surat,
                                          const char *tanggal_surat,
                                          const char *tentang,
                                          const char *tautan,
                                          GError **error);
gint64 inovda_portfolio_add_profile_document (InovdaPortfolio *self,
                                              gint64 innovation_id,
                                              InovdaProfileDoc kind,
                                              GBytes *contents,
                                              const char *file_name,
                                              const char *tautan,
                                              GError **error);
gboolean inovda_portfolio_remove_evidence (InovdaPortfolio *self,
                                           gint64 evidence_id,
                                           GError **error);
/* InovdaEvidence* of one SID answer; free with g_ptr_array_unref. */
GPtrArray *inovda_portfolio_list_sid_evidence (InovdaPortfolio *self,
                                               gint64 innovation_id,
                                               int year,
                                               const char *indicator,
                                               GError **error);
GPtrArray *inovda_portfolio_list_spd_evidence (InovdaPortfolio *self,
                                               const char *region_code,
                                               int year,
                                               const char *indicator,
                                               GError **error);
GBytes *inovda_portfolio_read_file (InovdaPortfolio *self,
                                    const char *sha256,
                                    GError **error);
guint inovda_portfolio_count_files (InovdaPortfolio *self);

/* Scoring input: the region's assessments of @year in the shape the engine
 * takes (see inovda-region-year.h). */
InovdaRegionYear *inovda_portfolio_load_region_year (InovdaPortfolio *self,
                                                     InovdaCatalogue *catalogue,
                                                     const char *region_code,
                                                     int year,
                                                     GError **error);

G_END_DECLS
