/* inovda-portfolio-bulk.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "storage/inovda-portfolio.h"

G_BEGIN_DECLS

/* Whole-portfolio traffic for the exchange formats: a streamed walk over
 * everything (exports) and a bulk writer (imports).
 *
 * The bulk writer trusts its input: values are validated and normalised
 * by the caller (io/inovda-import.c); only the database's own constraints
 * are checked here. All writes happen inside one explicit edit opened by
 * inovda_portfolio_bulk_begin; the row triggers of the undo log are paused
 * meanwhile and the writer records compact reversing statements itself
 * (one range delete per table for the rows it inserted, one statement per
 * row it updated or deleted), so the import is one undo step. */

/* ---------------------------------------------------------------------- */
/* Walking the portfolio                                                  */

typedef struct
{
  const char *owner;  /* indicator id or profile document code */
  const char *sha256; /* NULL for a link or a letter */
  const char *file_name;
  const char *nomor_surat;
  const char *tanggal_surat;
  const char *tentang;
  const char *tautan;
} InovdaDumpEvidence;

typedef struct
{
  const char *code;
  const char *name;
  const char *level; /* provinsi, kabupaten, kota */
} InovdaDumpRegion;

typedef struct
{
  const char *region_code;
  const char *code;
  const char *name;
  const char *short_name;
} InovdaDumpUnit;

typedef struct
{
  const char *region_code;
  const char *uid;
  const char *unit_code;
  const char *fields[INOVDA_N_FIELDS];
  const char *const *urusan_lain; /* NULL-terminated, sorted */
  const InovdaDumpEvidence *documents;
  guint n_documents;
} InovdaDumpInnovation;

typedef struct
{
  const char *indicator;
  gboolean answered; /* FALSE: evidence only */
  int level;
  const char *basis;     /* SID */
  const char *raw_value; /* SPD */
  int verified;          /* INOVDA_LEVEL_UNVERIFIED when none */
  const InovdaDumpEvidence *evidence;
  guint n_evidence;
} InovdaDumpAnswer;

typedef struct
{
  const char *region_code;
  int year;
  const char *uid;
  const char *unit_code;
  const char *innovation_name;
  const char *status;
  const char *development_note;
  const InovdaDumpAnswer *answers; /* in catalogue-like order: 16, 17 … */
  guint n_answers;
} InovdaDumpAssessment;

/* Any callback may be NULL. The order is: region, its units, its
 * innovations, then per year (ascending) year_begin, the SPD answers, the
 * assessments and year_end; then region_end. Strings are valid during the
 * callback only. */
typedef struct
{
  gboolean (*region) (const InovdaDumpRegion *region,
                      gpointer user_data,
                      GError **error);
  gboolean (*unit) (const InovdaDumpUnit *unit,
                    gpointer user_data,
                    GError **error);
  gboolean (*innovation) (const InovdaDumpInnovation *innovation,
                          gpointer user_data,
                          GError **error);
  gboolean (*year_begin) (const char *region_code,
                          int year,
                          gpointer user_data,
                          GError **error);
  gboolean (*spd) (const char *region_code,
                   int year,
                   const InovdaDumpAnswer *answer,
                   gpointer user_data,
                   GError **error);
  gboolean (*assessment) (const InovdaDumpAssessment *assessment,
                          gpointer user_data,
                          GError **error);
  gboolean (*year_end) (const char *region_code,
                        int year,
                        gpointer user_data,
                        GError **error);
  gboolean (*region_end) (const char *region_code,
                          gpointer user_data,
                          GError **error);
} InovdaDumpVisitor;

typedef struct
{
  const char *region_code; /* NULL: every region */
  const char *unit_code;   /* NULL: every unit (needs region_code) */
  int year;                /* 0: every year */
  gboolean skip_spd;       /* a unit's template has no region answers */
} InovdaDumpFilter;

gboolean inovda_portfolio_dump (InovdaPortfolio *self,
                                const InovdaDumpFilter *filter,
                                const InovdaDumpVisitor *visitor,
                                gpointer user_data,
                                GError **error);

/* ---------------------------------------------------------------------- */
/* Bulk writing                                                           */

typedef enum
{
  INOVDA_BULK_UNCHANGED,
  INOVDA_BULK_INSERTED,
  INOVDA_BULK_UPDATED,
} InovdaBulkOutcome;

/* "Keep the stored value" for integer arguments. */
#define INOVDA_BULK_KEEP (-2)

gboolean inovda_portfolio_bulk_begin (InovdaPortfolio *self,
                                      const char *label,
                                      GError **error);
/* The edit is a trial that will be rolled back (a dry run): its pages
 * need not be written to disk as it grows. */
void inovda_portfolio_bulk_set_trial (InovdaPortfolio *self);
gboolean inovda_portfolio_bulk_flush (InovdaPortfolio *self,
                                      GError **error);
gboolean inovda_portfolio_bulk_commit (InovdaPortfolio *self,
                                       GError **error);
void inovda_portfolio_bulk_rollback (InovdaPortfolio *self);

/* Lookups (also usable outside a bulk edit) */
gboolean inovda_portfolio_bulk_region_exists (InovdaPortfolio *self,
                                              const char *code);
gint64 inovda_portfolio_bulk_find_unit (InovdaPortfolio *self,
                                        const char *region_code,
                                        const char *code);
/* The kode wilayah of a stored unit, or NULL. */
char *inovda_portfolio_bulk_unit_region (InovdaPortfolio *self,
                                         gint64 unit_id) G_GNUC_WARN_UNUSED_RESULT;
/* Whether the portfolio held innovations when the bulk edit began: when
 * not, the only innovations to find are the edit's own. */
gboolean inovda_portfolio_bulk_had_innovations (InovdaPortfolio *self);
/* The innovation with @uid, its unit, region and name. */
gint64 inovda_portfolio_bulk_find_uid (InovdaPortfolio *self,
                                       const char *uid,
                                       gint64 *out_unit_id,
                                       char **out_region_code,
                                       char **out_name);
/* Whether the innovation has an assessment for @year. */
gboolean inovda_portfolio_bulk_has_assessment (InovdaPortfolio *self,
                                               gint64 innovation_id,
                                               int year);
/* Calls @func for every innovation of the unit (id, uid, nama). */
gboolean inovda_portfolio_bulk_foreach_name (InovdaPortfolio *self,
                                             gint64 unit_id,
                                             void (*func) (gint64 id,
                                                           const char *uid,
                                                           const char *name,
                                                           gpointer user_data),
                                             gpointer user_data,
                                             GError **error);
gboolean inovda_portfolio_bulk_has_file (InovdaPortfolio *self,
                                         const char *sha256);
/* What a unit's returned submission is compared with: the stored region
 * and unit (FALSE when absent), an assessment's status (NULL when
 * absent), the verified level of an SID answer (INOVDA_LEVEL_UNVERIFIED
 * when none) and an SPD answer (FALSE when absent). Answers the edit
 * holds back for a batch are not seen. */
gboolean inovda_portfolio_bulk_get_region (InovdaPortfolio *self,
                                           const char *code,
                                           char **out_name,
                                           char **out_level);
gboolean inovda_portfolio_bulk_get_unit (InovdaPortfolio *self,
                                         const char *region_code,
                                         const char *code,
                                         char **out_name,
                                         char **out_short_name);
char *inovda_portfolio_bulk_get_status (InovdaPortfolio *self,
                                        gint64 innovation_id,
                                        int year) G_GNUC_WARN_UNUSED_RESULT;
int inovda_portfolio_bulk_get_sid_verified (InovdaPortfolio *self,
                                            gint64 innovation_id,
                                            int year,
                                            const char *indicator);
gboolean inovda_portfolio_bulk_get_spd (InovdaPortfolio *self,
                                        const char *region_code,
                                        int year,
                                        const char *indicator,
                                        int *out_level,
                                        char **out_raw_value,
                                        int *out_verified);

/* Writers: NULL strings keep the stored value, "" clears it (where the
 * column may be empty). Each returns FALSE with @error on a database
 * failure and reports what happened through @outcome. */
gboolean inovda_portfolio_bulk_region (InovdaPortfolio *self,
                                       const char *code,
                                       const char *name,
                                       const char *level,
                                       InovdaBulkOutcome *outcome,
                                       GError **error);
gint64 inovda_portfolio_bulk_unit (InovdaPortfolio *self,
                                   const char *region_code,
                                   const char *code,
                                   const char *name,
                                   const char *short_name,
                                   InovdaBulkOutcome *outcome,
                                   GError **error);
/* What an update of an innovation's profile changed. */
typedef struct
{
  guint64 fields; /* bit f: InovdaField f */
  gboolean unit;
  gboolean urusan_lain;
} InovdaBulkInnovationChanges;

/* @innovation_id 0 inserts (then @uid, @unit_id and the name are needed);
 * @fields has INOVDA_N_FIELDS entries; @urusan_lain NULL keeps the set;
 * @changes (may be NULL) says what an update changed. */
gint64 inovda_portfolio_bulk_innovation (InovdaPortfolio *self,
                                         gint64 innovation_id,
                                         const char *uid,
                                         gint64 unit_id,
                                         const char *const *fields,
                                         const char *const *urusan_lain,
                                         InovdaBulkOutcome *outcome,
                                         InovdaBulkInnovationChanges *changes,
                                         GError **error);
/* @known_new: the innovation was inserted by this bulk edit, so nothing
 * of it can be stored yet (saves a lookup per row). */
gint64 inovda_portfolio_bulk_assessment (InovdaPortfolio *self,
                                         gint64 innovation_id,
                                         int year,
                                         gboolean known_new,
                                         const char *status,
                                         const char *development_note,
                                         InovdaBulkOutcome *outcome,
                                         GError **error);
/* @level and @verified: a level, INOVDA_LEVEL_UNVERIFIED (verified only)
 * or INOVDA_BULK_KEEP; @basis NULL keeps, "" clears. @stored_level
 * (nullable) gets the level the answer had, -1 for a new one. */
gboolean inovda_portfolio_bulk_sid (InovdaPortfolio *self,
                                    gint64 assessment_id,
                                    gboolean known_new,
                                    const char *indicator,
                                    int level,
                                    const char *basis,
                                    int verified,
                                    InovdaBulkOutcome *outcome,
                                    int *stored_level,
                                    GError **error);
/* @raw_value NULL keeps, "" clears. */
gboolean inovda_portfolio_bulk_spd (InovdaPortfolio *self,
                                    const char *region_code,
                                    int year,
                                    const char *indicator,
                                    int level,
                                    const char *raw_value,
                                    int verified,
                                    InovdaBulkOutcome *outcome,
                                    GError **error);

typedef struct
{
  gint64 assessment_id;    /* an SID answer's evidence, or */
  const char *region_code; /* an SPD answer's (with year), or */
  gint64 innovation_id;    /* a profile document */
  int year;
  const char *owner; /* indicator id or profile document code */
} InovdaBulkEvidenceTarget;

/* Adds the evidence unless the same (file, name, letter, link) is already
 * attached there. @contents stores a new file; without it @sha256 must
 * name a stored file (or be NULL). */
gboolean inovda_portfolio_bulk_evidence (InovdaPortfolio *self,
                                         const InovdaBulkEvidenceTarget *target,
                                         gboolean known_new,
                                         GBytes *contents,
                                         const char *sha256,
                                         const char *file_name,
                                         const char *nomor_surat,
                                         const char *tanggal_surat,
                                         const char *tentang,
                                         const char *tautan,
                                         InovdaBulkOutcome *outcome,
                                         GError **error);

G_END_DECLS
