/* inovda-workbook-layout.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "inovda-import-private.h"

G_BEGIN_DECLS

/* The sheets and columns of the Inovda workbook, shared by its writer and
 * its reader. Headers are Indonesian and part of the format, like the
 * ministry's own forms: they are never translated. On import a header is
 * compared with case, spaces and punctuation removed, so "Nama Inovasi*"
 * is also "nama inovasi"; synonyms are the names the peer systems use. */

typedef enum
{
  INOVDA_WORKBOOK_UNITS,
  INOVDA_WORKBOOK_INNOVATIONS,
  INOVDA_WORKBOOK_SID,
  INOVDA_WORKBOOK_SPD,
  INOVDA_WORKBOOK_EVIDENCE,
  INOVDA_WORKBOOK_N_DATA_SHEETS
} InovdaWorkbookSheet;

#define INOVDA_WORKBOOK_GUIDE_SHEET "Petunjuk"
#define INOVDA_WORKBOOK_LISTS_SHEET "Referensi"

typedef enum
{
  INOVDA_COLUMN_TEXT,
  INOVDA_COLUMN_LONG_TEXT,
  INOVDA_COLUMN_CODE, /* kept as text: kode wilayah, ids, indicator numbers */
  INOVDA_COLUMN_CHOICE,
  INOVDA_COLUMN_DATE,
  INOVDA_COLUMN_INTEGER,
  INOVDA_COLUMN_DECIMAL,
} InovdaColumnKind;

/* Columns that only inform the reader of the workbook; ignored on import. */
enum
{
  INOVDA_COLUMN_UNIT_NAME_INFO = INOVDA_N_KEYS,
  INOVDA_COLUMN_REGION_NAME_INFO,
  INOVDA_COLUMN_INDICATOR_NAME,
  INOVDA_COLUMN_PREVIOUS_LEVEL,
  INOVDA_N_COLUMN_IDS
};

/* Lists of the Referensi sheet that feed dropdowns. */
typedef enum
{
  INOVDA_LIST_NONE,
  INOVDA_LIST_REGION_LEVEL,
  INOVDA_LIST_FIELD, /* the choices of the column's profile field */
  INOVDA_LIST_URUSAN,
  INOVDA_LIST_STATUS,
  INOVDA_LIST_LEVEL,
} InovdaListKind;

typedef struct
{
  const char *header; /* as written; a trailing "*" marks a required column */
  guint id;           /* an InovdaRecordKey, or an INOVDA_COLUMN_*_INFO id */
  InovdaColumnKind kind;
  InovdaListKind list;
  double width;
  gboolean template_only;
  const char *synonyms[6];
} InovdaWorkbookColumn;

typedef struct
{
  const char *name;
  InovdaRecordKind kind;
  const char *about; /* for the Petunjuk sheet */
  const InovdaWorkbookColumn *columns;
  guint n_columns;
} InovdaWorkbookSheetInfo;

const InovdaWorkbookSheetInfo *_inovda_workbook_get_sheet (InovdaWorkbookSheet sheet);
/* The column a header names in @sheet, or NULL. */
const InovdaWorkbookColumn *_inovda_workbook_find_column (InovdaWorkbookSheet sheet,
                                                          const char *header);
gboolean _inovda_workbook_column_required (const InovdaWorkbookColumn *column);
InovdaRecordKey _inovda_workbook_column_key (const InovdaWorkbookColumn *column);
/* The profile field of a column, or -1. */
int _inovda_workbook_column_field (const InovdaWorkbookColumn *column);

/* The mark of a unit's submission template: a global defined name whose
 * formula is the text "kode wilayah;kode perangkat daerah;tahun", codes
 * percent-escaped. LibreOffice and openpyxl keep defined names when they
 * save a workbook; openpyxl drops custom document properties. */
#define INOVDA_WORKBOOK_TEMPLATE_NAME "InovdaTemplat"

char *_inovda_workbook_template_mark (const char *region_code,
                                      const char *unit_code,
                                      int year);
/* FALSE when @formula is not such a mark. */
gboolean _inovda_workbook_parse_template_mark (const char *formula,
                                               char **region_code,
                                               char **unit_code,
                                               int *year);

/* "1.01 Pendidikan", as the Urusan Utama column and its dropdown show it. */
char *_inovda_workbook_urusan_label (const char *code);

G_END_DECLS
