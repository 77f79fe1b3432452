/* inovda-import-private.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "inovda-import.h"
#include "model/inovda-field.h"

G_BEGIN_DECLS

/* What a format reader hands to the pipeline: records, one at a time, with
 * the location of every value. The pipeline validates and writes them. */

typedef enum
{
  INOVDA_RECORD_REGION,
  INOVDA_RECORD_UNIT,
  INOVDA_RECORD_INNOVATION,
  INOVDA_RECORD_ASSESSMENT, /* status and note, with or without an answer */
  INOVDA_RECORD_SID,        /* an assessment row with one indicator answer */
  INOVDA_RECORD_SPD,
  INOVDA_RECORD_EVIDENCE, /* SID (uid + year + indicator), SPD (region +
                           * year + indicator) or a profile document
                           * (uid + document kind in INDICATOR) */
} InovdaRecordKind;

typedef enum
{
  INOVDA_KEY_REGION_CODE,
  INOVDA_KEY_REGION_NAME,
  INOVDA_KEY_REGION_LEVEL,
  INOVDA_KEY_UNIT_CODE,
  INOVDA_KEY_UNIT_NAME,
  INOVDA_KEY_UNIT_SHORT_NAME,
  INOVDA_KEY_UID,
  INOVDA_KEY_URUSAN_LAIN, /* codes separated by spaces, commas or semicolons */
  INOVDA_KEY_YEAR,
  INOVDA_KEY_STATUS,
  INOVDA_KEY_NOTE,
  INOVDA_KEY_INDICATOR,
  INOVDA_KEY_LEVEL,
  INOVDA_KEY_RAW_VALUE,
  INOVDA_KEY_BASIS,
  INOVDA_KEY_VERIFIED,
  INOVDA_KEY_FILE_NAME,
  INOVDA_KEY_SHA256,
  INOVDA_KEY_FILE_PATH,
  INOVDA_KEY_NOMOR_SURAT,
  INOVDA_KEY_TANGGAL_SURAT,
  INOVDA_KEY_TENTANG,
  INOVDA_KEY_TAUTAN,
  INOVDA_KEY_IGNORED, /* informative columns: names, scores */
  INOVDA_KEY_FIRST_FIELD,
  INOVDA_N_KEYS = INOVDA_KEY_FIRST_FIELD + INOVDA_N_FIELDS
} InovdaRecordKey;

/* A cell ("Sheet!D7": @sheet set, 0-based @line = row and @column) or an
 * XML position (1-based line and column; column 0 when unknown). */
typedef struct
{
  const char *sheet;
  guint line;
  guint column;
} InovdaSourceLocation;

typedef struct
{
  const char *text; /* NULL: not in the file (keep); "" clears */
  InovdaSourceLocation where;
} InovdaRecordValue;

typedef struct
{
  InovdaRecordKind kind;
  InovdaSourceLocation where;
  InovdaRecordValue values[INOVDA_N_KEYS];
} InovdaRecord;

void _inovda_record_reset (InovdaRecord *record,
                           InovdaRecordKind kind,
                           const InovdaSourceLocation *where);

/* Called by the readers. A problem in the file is reported and reading
 * goes on; FALSE with @error stops everything (I/O, database). */
gboolean _inovda_import_record (InovdaImport *self,
                                const InovdaRecord *record,
                                GError **error);
void _inovda_import_problem (InovdaImport *self,
                             const InovdaSourceLocation *where,
                             const char *format,
                             ...) G_GNUC_PRINTF (3, 4);
void _inovda_import_reader_problem (InovdaImport *self,
                                    const char *message);
void _inovda_import_note (InovdaImport *self,
                          const InovdaSourceLocation *where,
                          const char *format,
                          ...) G_GNUC_PRINTF (3, 4);
/* From now on the location of every problem reported is also appended to
 * @locations (of InovdaSourceLocation), until called with NULL: a reader
 * that holds back a problem of its own learns whether the pipeline found
 * it too. */
void _inovda_import_watch_problems (InovdaImport *self,
                                    GArray *locations);
gboolean _inovda_import_has_problems (InovdaImport *self);
/* The file is a unit's returned submission template: called by the reader
 * before the first record. */
void _inovda_import_set_submission (InovdaImport *self,
                                    const char *region_code,
                                    const char *unit_code,
                                    int year);
InovdaPortfolio *_inovda_import_get_portfolio (InovdaImport *self);
/* Header text with case, spaces and punctuation removed: "Nama Inovasi*"
 * is "namainovasi". */
char *_inovda_import_normalize (const char *text);

/* Readers: each streams its file into the pipeline. */
gboolean _inovda_xml_reader_read (InovdaImport *import,
                                  const char *path,
                                  GCancellable *cancellable,
                                  GError **error);
gboolean _inovda_workbook_reader_read (InovdaImport *import,
                                       const char *path,
                                       InovdaImportFormat *out_format,
                                       GCancellable *cancellable,
                                       GError **error);

G_END_DECLS
