/* inovda-import.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "storage/inovda-portfolio.h"

G_BEGIN_DECLS

/* The import pipeline, the same for every exchange format: the format is
 * detected from the content (Inovda XML, Inovda workbook, ministry list,
 * UTF-8 CSV); columns are found by their header text; every value is
 * validated and every problem collected with its location ("Inovasi!D7",
 * "12:5"); the file is applied in one transaction, or not at all.
 *
 * The file is streamed once: records are validated and written into an
 * open transaction as they come, and the transaction is rolled back when
 * any problem was found or on a dry run. Only identity indexes (region and
 * unit codes, innovation ids and names) are kept in memory. An applied
 * import is one undo step. */

typedef enum
{
  INOVDA_IMPORT_XML,
  INOVDA_IMPORT_WORKBOOK,
  INOVDA_IMPORT_MINISTRY_LIST,
} InovdaImportFormat;

typedef enum
{
  INOVDA_IMPORT_UNCHANGED,
  INOVDA_IMPORT_ADDED,
  INOVDA_IMPORT_UPDATED,
  INOVDA_IMPORT_REJECTED,
} InovdaImportOutcome;

typedef struct
{
  char *location; /* "Inovasi!D7", "12:5", or NULL for the whole file */
  char *message;
} InovdaImportProblem;

/* What an update of an innovation changes, besides its profile fields. */
typedef enum
{
  INOVDA_IMPORT_CHANGE_UNIT = 1 << 0,
  INOVDA_IMPORT_CHANGE_URUSAN_LAIN = 1 << 1,
  INOVDA_IMPORT_CHANGE_REPORT = 1 << 2, /* a year's status or note, or a new year */
  INOVDA_IMPORT_CHANGE_EVIDENCE = 1 << 3,
} InovdaImportChange;

/* A claimed level before and after an update (the same when the update
 * changed something else of the answer); -1 where the file gave none. */
typedef struct
{
  int from;
  int to;
} InovdaImportLevelChange;

typedef struct
{
  char *uid;
  gboolean new_uid; /* the file gave no id: @uid is made up, and another is made when applied */
  char *name;
  InovdaImportOutcome outcome;
  /* What an update changes (INOVDA_IMPORT_UPDATED) */
  guint64 changed_fields; /* bit f: InovdaField f */
  InovdaImportChange changes;
  GPtrArray *changed_indicators; /* char*: SID indicator ids, first change first; or NULL */
  GArray *changed_levels;        /* InovdaImportLevelChange, one per changed indicator; or NULL */
} InovdaImportItem;

typedef struct
{
  /* innovations, by outcome */
  guint innovations[INOVDA_IMPORT_REJECTED + 1];
  guint regions_added, regions_updated;
  guint units_added, units_updated;
  guint assessments_added, assessments_updated;
  guint answers_added, answers_updated, answers_unchanged;
  guint evidence_added, evidence_unchanged;
  guint files_added;
} InovdaImportCounts;

/* A region's result for one year in one projection. */
typedef struct
{
  gint64 iid;     /* hundredths; -1 when the region is not in the portfolio */
  guint counted;  /* innovations counted in the index */
  char *predikat; /* NULL when the region is not in the portfolio */
} InovdaImportScore;

/* How an import would move a region's index in one year. */
typedef struct
{
  char *region_code;
  char *region_name;
  int year;
  InovdaImportScore klaim[2]; /* before, after */
  InovdaImportScore verified[2];
} InovdaImportScoreChange;

/* A unit's returned submission template: the workbook carries the mark
 * the template was written with. Its rows may only report the unit's own
 * innovations; verification (Level Verifikasi, the statuses diterima and
 * ditolak), the region's data and other units stay as they are. */
typedef struct
{
  char *region_code;
  char *unit_code;
  char *unit_name; /* NULL when the portfolio has no such unit */
  int year;
} InovdaImportSubmission;

typedef struct _InovdaImport InovdaImport;

InovdaImport *inovda_import_new (InovdaPortfolio *portfolio,
                                 const char *path);
void inovda_import_free (InovdaImport *self);

/* Evidence files named by the file are read from this folder (default:
 * the folder of the file). Paths are relative, never with "..". */
void inovda_import_set_files_folder (InovdaImport *self,
                                     const char *folder);

/* Reads, validates and, unless @dry_run or a problem was found, applies
 * the file. Returns FALSE with @error only when the file or the portfolio
 * cannot be read or written; problems in the content are not errors:
 * check inovda_import_get_problems (and nothing was applied). */
gboolean inovda_import_run (InovdaImport *self,
                            gboolean dry_run,
                            GCancellable *cancellable,
                            GError **error);

InovdaImportFormat inovda_import_get_format (InovdaImport *self);
gboolean inovda_import_get_applied (InovdaImport *self);
/* InovdaImportProblem*, in the order found; at most
 * INOVDA_IMPORT_MAX_PROBLEMS are kept, the rest only counted. */
GPtrArray *inovda_import_get_problems (InovdaImport *self);
guint inovda_import_get_n_problems (InovdaImport *self);
/* InovdaImportProblem*: what was ignored without stopping the import
 * (unknown columns or sheets), in the order found. */
GPtrArray *inovda_import_get_notes (InovdaImport *self);
/* InovdaImportItem*, one per innovation of the file, in file order. */
GPtrArray *inovda_import_get_items (InovdaImport *self);
const InovdaImportCounts *inovda_import_get_counts (InovdaImport *self);
/* After a dry run that found no problem: InovdaImportScoreChange*, one per
 * region and year of the file whose IID, predikat or number of counted
 * innovations the import would change, by region code then year. NULL
 * after any other run. */
GPtrArray *inovda_import_get_score_changes (InovdaImport *self);
/* After a run: the submission the file is, or NULL for any other file. */
const InovdaImportSubmission *inovda_import_get_submission (InovdaImport *self);
/* "Submission of unit Dinas Kesehatan (DINKES) of region 63 for 2026" */
char *inovda_import_submission_describe (const InovdaImportSubmission *submission) G_GNUC_WARN_UNUSED_RESULT;
const char *inovda_import_outcome_to_label (InovdaImportOutcome outcome);
gboolean inovda_import_score_equal (const InovdaImportScore *a,
                                    const InovdaImportScore *b);
/* "51,71 Sangat Inovatif, 48 innovations counted" in the user's language. */
char *inovda_import_score_describe (const InovdaImportScore *score) G_GNUC_WARN_UNUSED_RESULT;
/* "Tahapan, Tujuan; indicators 3, 7; report; evidence", or NULL. */
char *inovda_import_item_describe_changes (const InovdaImportItem *item) G_GNUC_WARN_UNUSED_RESULT;

#define INOVDA_IMPORT_MAX_PROBLEMS 10000
/* Evidence files larger than this are refused. */
#define INOVDA_IMPORT_MAX_FILE_SIZE (64 * 1024 * 1024)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaImport, inovda_import_free)

G_END_DECLS
