/* inovda-xlsx-private.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/xmlreader.h>
#include <zip.h>

#include "inovda-spreadsheet-private.h"
#include "inovda-xml-guard.h"
#include "inovda-zip-inflate.h"

G_BEGIN_DECLS

/* The XLSX reader in three files: inovda-xlsx-reader.c opens the package
 * and reads its small parts (workbook, relationships, shared strings,
 * styles), inovda-xlsx-values.c turns stored values into cell text, and
 * inovda-xlsx-sheet.c reads worksheets. */

typedef enum
{
  FORMAT_NUMBER,
  FORMAT_DATE,
  FORMAT_DATETIME,
  FORMAT_TIME,
  FORMAT_DURATION,
} FormatKind;

struct _InovdaXlsx
{
  zip_t *zip;
  gboolean date1904;
  guint64 total_read;
  GByteArray *strings;    /* shared strings, each ending in NUL */
  GArray *string_offsets; /* guint32 */
  GByteArray *xf_kinds;   /* FormatKind of each cellXfs entry */
};

/* Adds @n to the bytes the workbook has unpacked so far, in whichever
 * thread reads a part, and returns the new total. */
static inline guint64
_inovda_xlsx_count_total (InovdaXlsx *xlsx,
                          guint64 n)
{
  return __atomic_add_fetch (&xlsx->total_read, n, __ATOMIC_RELAXED);
}

/* Where the bytes before the root element stand: only an XML declaration,
 * processing instructions, comments and white space may come before it. */
typedef enum
{
  PROLOG_TEXT,
  PROLOG_OPEN,
  PROLOG_BANG,
  PROLOG_BANG_DASH,
  PROLOG_COMMENT,
  PROLOG_COMMENT_DASH,
  PROLOG_COMMENT_DASH_DASH,
  PROLOG_PI,
  PROLOG_PI_QUESTION,
  PROLOG_DONE,
} PrologState;

/* One part of the package, streamed from the zip entry into the XML reader. */
typedef struct
{
  InovdaSpreadsheet *book;
  char *name;
  zip_file_t *file;          /* unpacked by libzip, or */
  InovdaZipInflate *inflate; /* the compressed bytes, unpacked here */
  xmlTextReader *reader;
  InovdaXmlGuard *guard; /* for the parts libxml2 reads, not worksheets */
  GCancellable *cancellable;
  guint64 declared_size;
  guint64 size;
  guint64 nodes;
  PrologState prolog;
  int prolog_line;
  guint pis;             /* processing instructions begun */
  char declaration[128]; /* the start of the first one, the XML declaration */
  gsize declaration_length;
  gboolean at_end;
  GError *read_error;
  char *xml_message;
  int xml_line;
} InovdaXlsxPart;

gboolean _inovda_xlsx_part_open_entry (InovdaSpreadsheet *book,
                                       const char *name,
                                       gboolean required,
                                       GCancellable *cancellable,
                                       InovdaXlsxPart **out,
                                       GError **error);
/* Reads the next bytes of the part, checking the sizes and the prolog;
 * -1 with part->read_error set. */
int _inovda_xlsx_part_read (void *context,
                            char *buffer,
                            int length);
gboolean _inovda_xlsx_part_finish (InovdaXlsxPart *part,
                                   GError **error);
void _inovda_xlsx_part_free (InovdaXlsxPart *part);
void _inovda_xlsx_set_doctype_error (InovdaXlsxPart *part,
                                     int line,
                                     GError **error);

FormatKind _inovda_xlsx_classify_format_code (const char *code);
FormatKind _inovda_xlsx_classify_builtin_format (guint id);
gboolean _inovda_xlsx_serial_to_iso (double serial,
                                     gboolean date1904,
                                     FormatKind kind,
                                     GString *out);
gboolean _inovda_xlsx_normalise_iso_date (const char *text,
                                          GString *out);
void _inovda_xlsx_append_xstring (GString *out,
                                  const char *text,
                                  gsize length);
void _inovda_xlsx_trim_string (GString *string);
gboolean _inovda_xlsx_is_plain_number (const char *text,
                                       gsize length);
gboolean _inovda_xlsx_parse_index (const char *text,
                                   guint64 *index);
gboolean _inovda_xlsx_constant_boolean (const GString *formula,
                                        const char **value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaXlsxPart, _inovda_xlsx_part_free)

G_END_DECLS
