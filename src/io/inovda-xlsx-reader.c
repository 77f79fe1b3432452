/* inovda-xlsx-reader.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-xlsx-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <unistd.h>

#include <libxml/xmlreader.h>
#include <libxml/xmlversion.h>
#include <zip.h>

#include "inovda-xlsx-private.h"

#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | \
                       XML_PARSE_COMPACT | XML_PARSE_BIG_LINES)

#define MAX_SHEETS 4096
#define MAX_RELATIONSHIPS 65536
/* Defined names: Excel's formula length of 8,192 characters, and as many
 * names as the relationships; all their text together is kept. */
#define MAX_DEFINED_NAMES 65536
#define MAX_DEFINED_NAME_TEXT (8192 * 4)
#define MAX_DEFINED_NAMES_TEXT (16 * 1024 * 1024)
#define MAX_FORMATS 65536
#define CANCEL_CHECK_MASK 0xffff

#define REL_OFFICE_DOCUMENT "/officeDocument"
#define REL_WORKSHEET "/worksheet"
#define REL_SHARED_STRINGS "/sharedStrings"
#define REL_STYLES "/styles"

/* The structured error callback takes a const error from libxml2 2.12 on. */
#if LIBXML_VERSION >= 21200
#define XML_ERROR_CONST const
#else
#define XML_ERROR_CONST
#endif

typedef struct
{
  char *id;
  char *type;
  char *target;
} Relationship;

static void
relationship_free (gpointer data)
{
  Relationship *rel = data;

  g_free (rel->id);
  g_free (rel->type);
  g_free (rel->target);
  g_free (rel);
}

void
_inovda_xlsx_free (InovdaXlsx *xlsx)
{
  if (xlsx->zip != NULL)
    zip_discard (xlsx->zip);
  g_clear_pointer (&xlsx->strings, g_byte_array_unref);
  g_clear_pointer (&xlsx->string_offsets, g_array_unref);
  g_clear_pointer (&xlsx->xf_kinds, g_byte_array_unref);
  g_free (xlsx);
}

/* Parts */

static zip_int64_t
locate_entry (zip_t *zip,
              const char *name)
{
  zip_int64_t index = zip_name_locate (zip, name, ZIP_FL_NOCASE);

  /* A few Windows tools write backslashes in entry names. */
  if (index < 0 && strchr (name, '/') != NULL)
    {
      g_autofree char *windows = g_strdelimit (g_strdup (name), "/", '\\');

      index = zip_name_locate (zip, windows, ZIP_FL_NOCASE);
    }
  return index;
}

static void
set_too_large_error (InovdaXlsxPart *part,
                     gboolean whole_file,
                     GError **error)
{
  InovdaSpreadsheet *book = part->book;
  g_autofree char *limit = g_format_size (whole_file ? book->limits.max_total_size : book->limits.max_part_size);

  if (whole_file)
    _inovda_spreadsheet_set_line_error (book, part->name, 0, error,
                                        /* Translators: %s is a size such as “1.1 GB” */
                                        _ ("The workbook would unpack to more than %s, more than Inovda "
                                           "accepts; the file is damaged or not a normal workbook"),
                                        limit);
  else
    _inovda_spreadsheet_set_line_error (book, part->name, 0, error,
                                        /* Translators: %s is a size such as “1.1 GB” */
                                        _ ("This part of the workbook would unpack to more than %s, more "
                                           "than Inovda accepts; the file is damaged or not a normal workbook"),
                                        limit);
}

static gboolean
count_bytes (InovdaXlsxPart *part,
             guint64 n,
             GError **error)
{
  guint64 total_read = _inovda_xlsx_count_total (part->book->xlsx, n);

  part->size += n;
  /* libzip checks the CRC but not the size, and a forged archive can
   * declare a small size with a matching CRC. */
  if (part->size > part->declared_size)
    {
      _inovda_spreadsheet_set_line_error (part->book, part->name, 0, error,
                                          _ ("The file is damaged: this part is larger than the archive "
                                             "says. Ask for the file again"));
      return FALSE;
    }
  if (part->size > part->book->limits.max_part_size)
    {
      set_too_large_error (part, FALSE, error);
      return FALSE;
    }
  if (total_read > part->book->limits.max_total_size)
    {
      set_too_large_error (part, TRUE, error);
      return FALSE;
    }
  return TRUE;
}

static void
set_zip_file_error (InovdaXlsxPart *part,
                    zip_error_t *zip_error,
                    GError **error)
{
  if (zip_error_code_zip (zip_error) == ZIP_ER_CRC)
    _inovda_spreadsheet_set_line_error (part->book, part->name, 0, error,
                                        _ ("The file is damaged: this part fails its checksum (CRC error). "
                                           "Ask for the file again"));
  else
    _inovda_spreadsheet_set_line_error (part->book, part->name, 0, error,
                                        /* Translators: %s is the reason given by the unzip library */
                                        _ ("The file is damaged: this part cannot be unpacked (%s). "
                                           "Ask for the file again"),
                                        zip_error_strerror (zip_error));
}

/* Reads the next unpacked bytes of @part: 0 at its end, -1 on error. */
static zip_int64_t
read_entry (InovdaXlsxPart *part,
            char *buffer,
            gsize length,
            GError **error)
{
  zip_int64_t n;

#ifdef HAVE_ISAL
  if (part->inflate != NULL)
    {
      InovdaZipInflateStatus status;
      zip_error_t zip_error;

      n = _inovda_zip_inflate_read (part->inflate, buffer, length, &status);
      if (n >= 0)
        return n;
      if (status == INOVDA_ZIP_INFLATE_READ)
        {
          set_zip_file_error (part, zip_file_get_error (_inovda_zip_inflate_get_file (part->inflate)), error);
          return -1;
        }
      zip_error_init_with_code (&zip_error, status == INOVDA_ZIP_INFLATE_CRC ? ZIP_ER_CRC : ZIP_ER_COMPRESSED_DATA);
      set_zip_file_error (part, &zip_error, error);
      zip_error_fini (&zip_error);
      return -1;
    }
#endif

  g_mutex_lock (&part->book->archive_lock);
  n = zip_fread (part->file, buffer, (zip_uint64_t) length);
  g_mutex_unlock (&part->book->archive_lock);
  if (n < 0)
    set_zip_file_error (part, zip_file_get_error (part->file), error);
  return n;
}

void
_inovda_xlsx_set_doctype_error (InovdaXlsxPart *part,
                                int line,
                                GError **error)
{
  _inovda_spreadsheet_set_line_error (part->book, part->name, line, error,
                                      _ ("The workbook contains a document type declaration "
                                         "(DOCTYPE), which Inovda refuses for safety"));
}

static void
set_encoding_error (InovdaXlsxPart *part,
                    const char *encoding,
                    GError **error)
{
  _inovda_spreadsheet_set_line_error (part->book, part->name, part->prolog_line, error,
                                      /* Translators: %s is the name of a character encoding */
                                      _ ("This part of the workbook is in the encoding “%s”, which Inovda does not "
                                         "read: workbooks are saved in UTF-8 or UTF-16. Save the workbook again "
                                         "in a spreadsheet program"),
                                      encoding);
}

/* Workbook parts are in UTF-8 or UTF-16. Encodings that keep ASCII as it
 * is are read too; any other would hide the markup from scan_prolog and
 * from the attribute guard, which read ASCII bytes. */
static gboolean
is_readable_encoding (const char *name)
{
  static const char *const names[] = {
    "UTF-8",
    "UTF8",
    "UTF-16",
    "UTF16",
    "UTF-16LE",
    "UTF-16BE",
    "US-ASCII",
    "ASCII",
    "SHIFT_JIS",
    "SJIS",
    "GBK",
    "GB2312",
    "GB18030",
    "BIG5",
    "TIS-620",
  };
  static const char *const families[] = {
    "ISO-8859-",
    "ISO8859-",
    "ISO_8859-",
    "LATIN",
    "WINDOWS-125",
    "CP125",
    "KOI8-",
    "EUC-",
  };
  g_autofree char *upper = g_ascii_strup (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (upper, names[i]) == 0)
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (families); i++)
    if (g_str_has_prefix (upper, families[i]))
      return TRUE;
  return FALSE;
}

/* The encoding named in the XML declaration, if any. */
static gboolean
check_declared_encoding (InovdaXlsxPart *part,
                         GError **error)
{
  g_autofree char *declaration = g_strndup (part->declaration, part->declaration_length);
  g_autofree char *encoding = NULL;
  const char *p = strstr (declaration, "encoding");
  const char *end;
  char quote;

  if (!g_str_has_prefix (declaration, "xml") || p == NULL)
    return TRUE;
  p += strlen ("encoding");
  while (g_ascii_isspace (*p))
    p++;
  if (*p++ != '=')
    return TRUE;
  while (g_ascii_isspace (*p))
    p++;
  quote = *p++;
  if ((quote != '"' && quote != '\'') || (end = strchr (p, quote)) == NULL)
    return TRUE;
  encoding = g_strndup (p, (gsize) (end - p));
  if (is_readable_encoding (encoding))
    return TRUE;
  if (!g_utf8_validate (encoding, -1, NULL))
    g_strcanon (encoding, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:", '?');
  set_encoding_error (part, encoding, error);
  return FALSE;
}

/* The first bytes of a part that is neither UTF-8, UTF-16 nor another
 * encoding that keeps ASCII as it is (XML 1.0, appendix F). */
static const char *
unreadable_encoding (const guint8 *data,
                     gsize length)
{
  static const struct
  {
    guint8 bytes[4];
    const char *name;
  } signatures[] = {
    { { 0x4c, 0x6f, 0xa7, 0x94 }, "EBCDIC" },
    { { 0x00, 0x00, 0xfe, 0xff }, "UCS-4" },
    { { 0xff, 0xfe, 0x00, 0x00 }, "UCS-4" },
    { { 0x00, 0x00, 0x00, 0x3c }, "UCS-4" },
    { { 0x3c, 0x00, 0x00, 0x00 }, "UCS-4" },
    { { 0x2b, 0x2f, 0x76, 0x38 }, "UTF-7" },
  };

  if (length < 4)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (signatures); i++)
    if (memcmp (data, signatures[i].bytes, 4) == 0)
      return signatures[i].name;
  return NULL;
}

/* libxml2's reader parses up to the root element before it reports the
 * DOCTYPE node, entity declarations included, so a DOCTYPE is refused here
 * first, and so is an encoding that would hide it. NUL bytes are skipped:
 * that reads the ASCII markup of UTF-16 too. */
static gboolean
scan_prolog (InovdaXlsxPart *part,
             const char *data,
             gsize length,
             GError **error)
{
  if (part->size == length)
    {
      const char *encoding = unreadable_encoding ((const guint8 *) data, length);

      if (encoding != NULL)
        {
          set_encoding_error (part, encoding, error);
          return FALSE;
        }
    }

  for (gsize i = 0; i < length && part->prolog != PROLOG_DONE; i++)
    {
      char c = data[i];

      if (c == '\0')
        continue;
      if (c == '\n')
        part->prolog_line++;

      switch (part->prolog)
        {
        case PROLOG_TEXT:
          if (c == '<')
            part->prolog = PROLOG_OPEN;
          break;
        case PROLOG_OPEN:
          part->prolog = c == '?' ? PROLOG_PI : c == '!' ? PROLOG_BANG
                                                         : PROLOG_DONE;
          if (part->prolog == PROLOG_PI)
            part->pis++;
          break;
        case PROLOG_BANG:
        case PROLOG_BANG_DASH:
          if (c != '-')
            {
              _inovda_xlsx_set_doctype_error (part, part->prolog_line, error);
              return FALSE;
            }
          part->prolog = part->prolog == PROLOG_BANG ? PROLOG_BANG_DASH : PROLOG_COMMENT;
          break;
        case PROLOG_COMMENT:
          if (c == '-')
            part->prolog = PROLOG_COMMENT_DASH;
          break;
        case PROLOG_COMMENT_DASH:
          part->prolog = c == '-' ? PROLOG_COMMENT_DASH_DASH : PROLOG_COMMENT;
          break;
        case PROLOG_COMMENT_DASH_DASH:
          if (c == '>')
            part->prolog = PROLOG_TEXT;
          else if (c != '-')
            part->prolog = PROLOG_COMMENT;
          break;
        case PROLOG_PI:
          if (c == '?')
            part->prolog = PROLOG_PI_QUESTION;
          else if (part->pis == 1 && part->declaration_length < sizeof part->declaration - 1)
            part->declaration[part->declaration_length++] = c;
          break;
        case PROLOG_PI_QUESTION:
          if (c == '>')
            {
              part->prolog = PROLOG_TEXT;
              if (part->pis == 1 && !check_declared_encoding (part, error))
                return FALSE;
            }
          else if (c != '?')
            part->prolog = PROLOG_PI;
          break;
        case PROLOG_DONE:
        default:
          break;
        }
    }
  return TRUE;
}

/* Called by libxml2; a size of 0 means the end of the part. */
int
_inovda_xlsx_part_read (void *context,
                        char *buffer,
                        int length)
{
  InovdaXlsxPart *part = context;
  zip_int64_t n;

  if (part->read_error != NULL)
    return -1;

  n = read_entry (part, buffer, (gsize) length, &part->read_error);
  if (n < 0)
    return -1;
  if (n == 0)
    part->at_end = TRUE;
  if (!count_bytes (part, (guint64) n, &part->read_error))
    return -1;
  if (part->prolog != PROLOG_DONE && !scan_prolog (part, buffer, (gsize) n, &part->read_error))
    return -1;
  if (part->guard != NULL && !_inovda_xml_guard_feed (part->guard, buffer, (gsize) n))
    {
      _inovda_spreadsheet_set_line_error (part->book, part->name, (int) part->guard->tag_line, &part->read_error,
                                          /* Translators: %d is a number */
                                          _ ("An element has more than %d attributes, more than Inovda accepts; "
                                             "the file is damaged or not a normal workbook"),
                                          INOVDA_XML_MAX_ATTRIBUTES);
      return -1;
    }
  return (int) n;
}

static void
part_error_cb (void *context,
               XML_ERROR_CONST xmlError *xml_error)
{
  InovdaXlsxPart *part = context;

  if (part->xml_message != NULL || xml_error == NULL || xml_error->level < XML_ERR_ERROR)
    return;
  /* libxml2 may quote the part, cut inside a character. */
  part->xml_message = g_strstrip (g_utf8_make_valid (xml_error->message != NULL ? xml_error->message : "", -1));
  part->xml_line = xml_error->line;
}

void
_inovda_xlsx_part_free (InovdaXlsxPart *part)
{
  g_clear_pointer (&part->reader, xmlFreeTextReader);
  if (part->file != NULL)
    {
      g_mutex_lock (&part->book->archive_lock);
      g_clear_pointer (&part->file, zip_fclose);
      g_mutex_unlock (&part->book->archive_lock);
    }
#ifdef HAVE_ISAL
  g_clear_pointer (&part->inflate, _inovda_zip_inflate_free);
#endif
  g_clear_error (&part->read_error);
  g_free (part->guard);
  g_free (part->xml_message);
  g_free (part->name);
  g_free (part);
}

static gboolean
set_part_error (InovdaXlsxPart *part,
                GError **error)
{
  if (part->read_error != NULL)
    g_propagate_error (error, g_steal_pointer (&part->read_error));
  else
    _inovda_spreadsheet_set_line_error (part->book, part->name,
                                        part->xml_message != NULL ? part->xml_line : 0, error,
                                        /* Translators: %s is the XML parser's explanation */
                                        _ ("This part of the workbook is damaged (%s)"),
                                        part->xml_message != NULL && *part->xml_message != '\0' ? part->xml_message : _ ("unreadable XML"));
  return FALSE;
}

static int
part_line (InovdaXlsxPart *part)
{
  return xmlTextReaderGetParserLineNumber (part->reader);
}

static G_GNUC_UNUSED gboolean
is_plain_deflate (const zip_stat_t *info)
{
  zip_uint64_t needed = ZIP_STAT_COMP_METHOD | ZIP_STAT_ENCRYPTION_METHOD | ZIP_STAT_CRC | ZIP_STAT_COMP_SIZE;

  /* An empty part some writers mark deflated without a stream: libzip's
   * reading of it stays as it was. */
  return (info->valid & needed) == needed && info->comp_method == ZIP_CM_DEFLATE &&
         info->encryption_method == ZIP_EM_NONE && info->comp_size > 0;
}

/* Opens the zip entry @name without a parser, or sets *@out to NULL when
 * an optional part is absent. */
gboolean
_inovda_xlsx_part_open_entry (InovdaSpreadsheet *book,
                              const char *name,
                              gboolean required,
                              GCancellable *cancellable,
                              InovdaXlsxPart **out,
                              GError **error)
{
  InovdaXlsx *xlsx = book->xlsx;
  g_autoptr (InovdaXlsxPart) part = g_new0 (InovdaXlsxPart, 1);
  /* Declared after the part: released before a failed opening frees it. */
  g_autoptr (GMutexLocker) archive_locker = NULL;
  zip_int64_t index;
  zip_stat_t info;

  *out = NULL;
  archive_locker = g_mutex_locker_new (&book->archive_lock);
  part->book = book;
  part->name = g_strdup (name);
  part->cancellable = cancellable;
  part->declared_size = G_MAXUINT64;
  part->prolog_line = 1;

  index = locate_entry (xlsx->zip, name);
  if (index < 0)
    {
      if (required)
        _inovda_spreadsheet_set_error (book, error,
                                       /* Translators: %s is the name of a part inside the workbook */
                                       _ ("The workbook is incomplete: its part “%s” is missing"),
                                       name);
      return !required;
    }

  /* Refuse what the archive admits is too large before unpacking anything;
   * count_bytes holds the archive to its word while unpacking. */
  zip_stat_init (&info);
  if (zip_stat_index (xlsx->zip, (zip_uint64_t) index, 0, &info) == 0 &&
      (info.valid & ZIP_STAT_SIZE) != 0)
    {
      part->declared_size = info.size;
      if (info.size > book->limits.max_part_size)
        {
          set_too_large_error (part, FALSE, error);
          return FALSE;
        }
      if (info.size > book->limits.max_total_size - MIN (_inovda_xlsx_count_total (xlsx, 0), book->limits.max_total_size))
        {
          set_too_large_error (part, TRUE, error);
          return FALSE;
        }
    }

#ifdef HAVE_ISAL
  if (is_plain_deflate (&info))
    {
      zip_file_t *compressed = zip_fopen_index (xlsx->zip, (zip_uint64_t) index, ZIP_FL_COMPRESSED);

      /* Where the compressed bytes cannot be had, libzip's own opening
       * below says why. */
      if (compressed != NULL)
        {
          part->inflate = _inovda_zip_inflate_new (compressed, info.crc, &book->archive_lock);
          *out = g_steal_pointer (&part);
          return TRUE;
        }
    }
#endif

  part->file = zip_fopen_index (xlsx->zip, (zip_uint64_t) index, 0);
  if (part->file == NULL)
    {
      int code = zip_error_code_zip (zip_get_error (xlsx->zip));

      if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
        _inovda_spreadsheet_set_line_error (book, name, 0, error,
                                            _ ("This part of the workbook is encrypted. Remove the password "
                                               "and save the workbook again"));
      else
        _inovda_spreadsheet_set_line_error (book, name, 0, error,
                                            /* Translators: %s is the reason given by the unzip library */
                                            _ ("The file is damaged: this part cannot be unpacked (%s). "
                                               "Ask for the file again"),
                                            zip_error_strerror (zip_get_error (xlsx->zip)));
      return FALSE;
    }

  *out = g_steal_pointer (&part);
  return TRUE;
}

static void
ignore_generic_error_cb (void *context,
                         const char *format,
                         ...)
{
}

/* Opens @name with libxml2's reader, or sets *@out to NULL when an
 * optional part is absent. */
static gboolean
part_open (InovdaSpreadsheet *book,
           const char *name,
           gboolean required,
           GCancellable *cancellable,
           InovdaXlsxPart **out,
           GError **error)
{
  g_autoptr (InovdaXlsxPart) part = NULL;

  if (!_inovda_xlsx_part_open_entry (book, name, required, cancellable, &part, error))
    return FALSE;
  if (part == NULL)
    {
      *out = NULL;
      return TRUE;
    }

  /* Errors that libxml2 raises without a parser, such as those of its
   * encoding conversions, go to this thread's generic handler, which
   * prints them on stderr; the parser's own come to part_error_cb. */
  xmlSetGenericErrorFunc (NULL, ignore_generic_error_cb);
  part->guard = g_new (InovdaXmlGuard, 1);
  _inovda_xml_guard_init (part->guard);
  part->reader = xmlReaderForIO (_inovda_xlsx_part_read, NULL, part, NULL, NULL, PARSE_OPTIONS);
  if (part->reader == NULL)
    return set_part_error (part, error);
  xmlTextReaderSetStructuredErrorHandler (part->reader, part_error_cb, part);

  *out = g_steal_pointer (&part);
  return TRUE;
}

/* Returns 1 with the reader on the next node, 0 at the end, -1 on error. */
static int
part_next (InovdaXlsxPart *part,
           GError **error)
{
  int result = xmlTextReaderRead (part->reader);

  if (result == 1)
    {
      /* A DOCTYPE is where entity bombs and external entities live;
       * no spreadsheet program writes one. */
      if (xmlTextReaderNodeType (part->reader) == XML_READER_TYPE_DOCUMENT_TYPE)
        {
          _inovda_xlsx_set_doctype_error (part, part_line (part), error);
          return -1;
        }
      if ((++part->nodes & CANCEL_CHECK_MASK) == 0 &&
          g_cancellable_set_error_if_cancelled (part->cancellable, error))
        return -1;
      return 1;
    }
  if (result == 0 && part->read_error == NULL && part->xml_message == NULL)
    return 0;

  set_part_error (part, error);
  return -1;
}

/* Reads what libxml2 left unread, so that libzip checks the CRC. */
gboolean
_inovda_xlsx_part_finish (InovdaXlsxPart *part,
                          GError **error)
{
  char buffer[16384];

  while (!part->at_end)
    {
      zip_int64_t n = read_entry (part, buffer, sizeof buffer, error);

      if (n < 0)
        return FALSE;
      if (n == 0)
        part->at_end = TRUE;
      else if (!count_bytes (part, (guint64) n, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_element (InovdaXlsxPart *part,
            const char *local_name)
{
  return xmlTextReaderNodeType (part->reader) == XML_READER_TYPE_ELEMENT &&
         strcmp ((const char *) xmlTextReaderConstLocalName (part->reader), local_name) == 0;
}

static gboolean
is_text_node (int type)
{
  return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
         type == XML_READER_TYPE_WHITESPACE || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
}

/* The value of the attribute @local_name, in any namespace when @namespaced,
 * else without one; borrowed until the next read. */
static const char *
attribute (InovdaXlsxPart *part,
           const char *local_name,
           gboolean namespaced)
{
  const char *value = NULL;

  while (value == NULL && xmlTextReaderMoveToNextAttribute (part->reader) == 1)
    {
      const xmlChar *ns = xmlTextReaderConstNamespaceUri (part->reader);

      if ((ns != NULL) == namespaced &&
          strcmp ((const char *) xmlTextReaderConstLocalName (part->reader), local_name) == 0)
        value = (const char *) xmlTextReaderConstValue (part->reader);
    }
  xmlTextReaderMoveToElement (part->reader);
  return value;
}

static char *
dup_attribute (InovdaXlsxPart *part,
               const char *local_name,
               gboolean namespaced)
{
  return g_strdup (attribute (part, local_name, namespaced));
}

/* Relationships */

static char *
part_folder (const char *part)
{
  const char *slash = strrchr (part, '/');

  return slash == NULL ? g_strdup ("") : g_strndup (part, (gsize) (slash - part));
}

/* Targets are URIs relative to the source part's folder, or absolute from
 * the package root. The result is only ever looked up in the archive. */
static char *
resolve_target (const char *folder,
                const char *target)
{
  g_autofree char *unescaped = strchr (target, '%') != NULL ? g_uri_unescape_string (target, NULL) : NULL;
  const char *path = unescaped != NULL ? unescaped : target;
  g_autoptr (GPtrArray) segments = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) result = g_string_new (NULL);
  g_auto (GStrv) folder_segments = g_strsplit (folder, "/", -1);
  g_auto (GStrv) path_segments = g_strsplit (path, "/", -1);

  if (path[0] != '/')
    for (guint i = 0; folder_segments[i] != NULL; i++)
      if (folder_segments[i][0] != '\0')
        g_ptr_array_add (segments, g_strdup (folder_segments[i]));

  for (guint i = 0; path_segments[i] != NULL; i++)
    {
      const char *segment = path_segments[i];

      if (segment[0] == '\0' || strcmp (segment, ".") == 0)
        continue;
      if (strcmp (segment, "..") == 0)
        {
          if (segments->len > 0)
            g_ptr_array_remove_index (segments, segments->len - 1);
          continue;
        }
      g_ptr_array_add (segments, g_strdup (segment));
    }

  for (guint i = 0; i < segments->len; i++)
    g_string_append_printf (result, "%s%s", i > 0 ? "/" : "", (const char *) g_ptr_array_index (segments, i));
  return g_string_free (g_steal_pointer (&result), FALSE);
}

static char *
relationships_part_name (const char *source)
{
  g_autofree char *folder = part_folder (source);
  const char *base = strrchr (source, '/') != NULL ? strrchr (source, '/') + 1 : source;

  if (folder[0] == '\0')
    return g_strdup_printf ("_rels/%s.rels", base);
  return g_strdup_printf ("%s/_rels/%s.rels", folder, base);
}

/* The relationships of @source ("" for the package), External ones left out. */
static GPtrArray *
read_relationships (InovdaSpreadsheet *book,
                    const char *source,
                    GError **error)
{
  g_autoptr (GPtrArray) rels = g_ptr_array_new_with_free_func (relationship_free);
  g_autofree char *name = relationships_part_name (source);
  g_autofree char *folder = part_folder (source);
  g_autoptr (InovdaXlsxPart) part = NULL;
  int result;

  if (!part_open (book, name, FALSE, NULL, &part, error))
    return NULL;
  if (part == NULL)
    return g_steal_pointer (&rels);

  while ((result = part_next (part, error)) == 1)
    {
      g_autofree char *mode = NULL;
      g_autofree char *target = NULL;
      Relationship *rel;

      if (!is_element (part, "Relationship"))
        continue;
      mode = dup_attribute (part, "TargetMode", FALSE);
      target = dup_attribute (part, "Target", FALSE);
      if (target == NULL || g_strcmp0 (mode, "External") == 0)
        continue;
      if (rels->len >= MAX_RELATIONSHIPS)
        {
          _inovda_spreadsheet_set_line_error (book, name, part_line (part), error,
                                              _ ("This part lists more relationships than Inovda accepts"));
          return NULL;
        }

      rel = g_new0 (Relationship, 1);
      rel->id = dup_attribute (part, "Id", FALSE);
      rel->type = dup_attribute (part, "Type", FALSE);
      rel->target = resolve_target (folder, target);
      g_ptr_array_add (rels, rel);
    }
  if (result < 0 || !_inovda_xlsx_part_finish (part, error))
    return NULL;
  return g_steal_pointer (&rels);
}

static const Relationship *
find_relationship_by_type (GPtrArray *rels,
                           const char *type_suffix)
{
  for (guint i = 0; i < rels->len; i++)
    {
      const Relationship *rel = g_ptr_array_index (rels, i);

      if (rel->type != NULL && g_str_has_suffix (rel->type, type_suffix))
        return rel;
    }
  return NULL;
}

static const Relationship *
find_relationship_by_id (GPtrArray *rels,
                         const char *id)
{
  for (guint i = 0; i < rels->len; i++)
    {
      const Relationship *rel = g_ptr_array_index (rels, i);

      if (g_strcmp0 (rel->id, id) == 0)
        return rel;
    }
  return NULL;
}

/* Workbook parts read at opening */

typedef struct
{
  char *name;
  char *id;
  gboolean hidden;
  int line;
} SheetEntry;

static void
sheet_entry_free (gpointer data)
{
  SheetEntry *entry = data;

  g_free (entry->name);
  g_free (entry->id);
  g_free (entry);
}

static gboolean
parse_boolean_attribute (const char *value)
{
  return g_strcmp0 (value, "1") == 0 || g_ascii_strcasecmp (value != NULL ? value : "", "true") == 0;
}

static gboolean
set_not_a_workbook_error (InovdaSpreadsheet *book,
                          GError **error)
{
  _inovda_spreadsheet_set_error (book, error,
                                 _ ("This ZIP archive is not an Excel workbook (.xlsx). "
                                    "Open the file in a spreadsheet program and save it as .xlsx"));
  return FALSE;
}

/* The workbook's global defined names (a sheet's own are left out), read
 * as <definedName name="…">formula</definedName>. */
typedef struct
{
  InovdaSpreadsheet *book;
  InovdaXlsxPart *part;
  char *name; /* of the global name being read, or NULL */
  GString *text;
  gsize total;
} NamesReader;

static void
names_reader_clear (NamesReader *names)
{
  g_clear_pointer (&names->name, g_free);
  if (names->text != NULL)
    g_string_free (names->text, TRUE);
}

static void
names_start (NamesReader *names)
{
  if (xmlTextReaderIsEmptyElement (names->part->reader) == 1 || attribute (names->part, "localSheetId", FALSE) != NULL)
    return;
  g_free (names->name);
  names->name = dup_attribute (names->part, "name", FALSE);
  if (names->text == NULL)
    names->text = g_string_new (NULL);
  g_string_truncate (names->text, 0);
}

static gboolean
names_text (NamesReader *names,
            const char *workbook_part,
            GError **error)
{
  const char *value = (const char *) xmlTextReaderConstValue (names->part->reader);
  gsize length = value != NULL ? strlen (value) : 0;

  if (names->text->len + length > MAX_DEFINED_NAME_TEXT || names->total + length > MAX_DEFINED_NAMES_TEXT)
    {
      _inovda_spreadsheet_set_line_error (names->book, workbook_part, part_line (names->part), error,
                                          _ ("A name defined in the workbook is longer than Inovda accepts"));
      return FALSE;
    }
  g_string_append_len (names->text, value, (gssize) length);
  names->total += length;
  return TRUE;
}

static gboolean
names_end (NamesReader *names,
           const char *workbook_part,
           GError **error)
{
  InovdaSpreadsheet *book = names->book;
  g_autofree char *name = g_steal_pointer (&names->name);
  g_autofree char *key = NULL;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return TRUE;
  if (book->defined_names == NULL)
    book->defined_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  /* Names are unique regardless of case, as in Excel. */
  key = g_utf8_casefold (name, -1);
  if (g_hash_table_contains (book->defined_names, key))
    {
      _inovda_spreadsheet_set_line_error (book, workbook_part, part_line (names->part), error,
                                          /* Translators: %s is a name defined in a workbook */
                                          _ ("The workbook defines the name “%s” twice"), name);
      return FALSE;
    }
  if (g_hash_table_size (book->defined_names) >= MAX_DEFINED_NAMES)
    {
      _inovda_spreadsheet_set_line_error (book, workbook_part, part_line (names->part), error,
                                          _ ("The workbook defines more names than Inovda accepts"));
      return FALSE;
    }
  g_hash_table_insert (book->defined_names, g_steal_pointer (&key), g_strdup (names->text->str));
  return TRUE;
}

static gboolean
read_sheet_entries (InovdaSpreadsheet *book,
                    const char *workbook_part,
                    GPtrArray *entries,
                    GError **error)
{
  g_autoptr (InovdaXlsxPart) part = NULL;
  NamesReader names = { book, NULL, NULL, NULL, 0 };
  gboolean seen_root = FALSE;
  int result;

  if (!part_open (book, workbook_part, TRUE, NULL, &part, error))
    return FALSE;
  names.part = part;

  while ((result = part_next (part, error)) == 1)
    {
      g_autofree char *state = NULL;
      const char *name;
      SheetEntry *entry;
      int type = xmlTextReaderNodeType (part->reader);

      if (names.name != NULL && is_text_node (type) && !names_text (&names, workbook_part, error))
        {
          result = -1;
          break;
        }
      if (type == XML_READER_TYPE_END_ELEMENT && names.name != NULL &&
          strcmp ((const char *) xmlTextReaderConstLocalName (part->reader), "definedName") == 0 &&
          !names_end (&names, workbook_part, error))
        {
          result = -1;
          break;
        }
      if (type != XML_READER_TYPE_ELEMENT)
        continue;
      name = (const char *) xmlTextReaderConstLocalName (part->reader);
      if (!seen_root)
        {
          if (strcmp (name, "workbook") != 0)
            return set_not_a_workbook_error (book, error);
          seen_root = TRUE;
        }
      else if (strcmp (name, "workbookPr") == 0)
        book->xlsx->date1904 = parse_boolean_attribute (attribute (part, "date1904", FALSE));
      else if (strcmp (name, "sheet") == 0)
        {
          if (entries->len >= MAX_SHEETS)
            {
              _inovda_spreadsheet_set_line_error (book, workbook_part, part_line (part), error,
                                                  _ ("The workbook has more sheets than Inovda accepts"));
              return FALSE;
            }
          entry = g_new0 (SheetEntry, 1);
          entry->name = dup_attribute (part, "name", FALSE);
          entry->id = dup_attribute (part, "id", TRUE);
          state = dup_attribute (part, "state", FALSE);
          entry->hidden = state != NULL && strcmp (state, "visible") != 0;
          entry->line = part_line (part);
          g_ptr_array_add (entries, entry);
        }
      else if (strcmp (name, "definedName") == 0)
        names_start (&names);
    }
  names_reader_clear (&names);
  return result == 0 && _inovda_xlsx_part_finish (part, error);
}

/* Sheets in workbook order; chart sheets, dialog and macro sheets are left out. */
static gboolean
read_workbook (InovdaSpreadsheet *book,
               const char *workbook_part,
               GPtrArray *rels,
               GError **error)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (sheet_entry_free);

  if (!read_sheet_entries (book, workbook_part, entries, error))
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      SheetEntry *entry = g_ptr_array_index (entries, i);
      const Relationship *rel = entry->id != NULL ? find_relationship_by_id (rels, entry->id) : NULL;

      if (entry->name == NULL || entry->name[0] == '\0')
        {
          _inovda_spreadsheet_set_line_error (book, workbook_part, entry->line, error,
                                              _ ("A sheet has no name"));
          return FALSE;
        }
      if (rel == NULL)
        {
          _inovda_spreadsheet_set_line_error (book, workbook_part, entry->line, error,
                                              /* Translators: %s is a sheet name */
                                              _ ("The sheet “%s” refers to a part that the workbook does not list"),
                                              entry->name);
          return FALSE;
        }
      if (rel->type != NULL && g_str_has_suffix (rel->type, REL_WORKSHEET))
        _inovda_spreadsheet_add_sheet (book, entry->name, rel->target, entry->hidden);
      else
        g_ptr_array_add (book->other_sheets, g_strdup (entry->name));
    }

  if (book->sheets->len == 0)
    {
      _inovda_spreadsheet_set_error (book, error, _ ("The workbook contains no worksheet"));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  InovdaSpreadsheet *book;
  InovdaXlsxPart *part;
  GString *current;
  gboolean in_item;
  gboolean in_phonetic;
  gboolean capture;
} StringsReader;

static gboolean
commit_shared_string (StringsReader *reader,
                      GError **error)
{
  InovdaXlsx *xlsx = reader->book->xlsx;
  guint32 offset = xlsx->strings->len;
  gsize before = xlsx->strings->len;
  g_autoptr (GString) decoded = NULL;
  const char *text = reader->current->str;
  gsize length = reader->current->len;

  if (memchr (text, '_', length) != NULL)
    {
      decoded = g_string_sized_new (length);
      _inovda_xlsx_append_xstring (decoded, text, length);
      text = decoded->str;
      length = decoded->len;
    }

  /* The offsets count too: a million empty strings are not free. */
  if ((guint64) before + length + 1 + (guint64) (xlsx->string_offsets->len + 1) * sizeof (guint32) >
      reader->book->limits.max_shared_text)
    {
      g_autofree char *limit = g_format_size (reader->book->limits.max_shared_text);

      _inovda_spreadsheet_set_line_error (reader->book, reader->part->name, part_line (reader->part), error,
                                          /* Translators: %s is a size such as “134.2 MB” */
                                          _ ("The workbook's shared text is larger than Inovda accepts (%s)"),
                                          limit);
      return FALSE;
    }

  g_byte_array_append (xlsx->strings, (const guint8 *) text, (guint) length);
  g_byte_array_append (xlsx->strings, (const guint8 *) "", 1);
  g_array_append_val (xlsx->string_offsets, offset);
  g_string_truncate (reader->current, 0);
  return TRUE;
}

static gboolean
shared_strings_node (StringsReader *reader,
                     GError **error)
{
  xmlTextReader *xml = reader->part->reader;
  int type = xmlTextReaderNodeType (xml);
  const char *name;

  if (is_text_node (type))
    {
      if (reader->capture)
        {
          const char *value = (const char *) xmlTextReaderConstValue (xml);

          g_string_append (reader->current, value);
          if (reader->current->len > INOVDA_SPREADSHEET_MAX_CELL_TEXT)
            {
              _inovda_spreadsheet_set_line_error (reader->book, reader->part->name, part_line (reader->part),
                                                  error, _ ("A text holds more than 32,767 characters"));
              return FALSE;
            }
        }
      return TRUE;
    }
  if (type != XML_READER_TYPE_ELEMENT && type != XML_READER_TYPE_END_ELEMENT)
    return TRUE;

  name = (const char *) xmlTextReaderConstLocalName (xml);
  if (type == XML_READER_TYPE_ELEMENT)
    {
      gboolean empty = xmlTextReaderIsEmptyElement (xml) == 1;

      if (strcmp (name, "si") == 0)
        {
          g_string_truncate (reader->current, 0);
          reader->in_item = !empty;
          if (empty)
            return commit_shared_string (reader, error);
        }
      else if (strcmp (name, "rPh") == 0)
        reader->in_phonetic = !empty;
      else if (strcmp (name, "t") == 0)
        reader->capture = reader->in_item && !reader->in_phonetic && !empty;
      return TRUE;
    }

  if (strcmp (name, "t") == 0)
    reader->capture = FALSE;
  else if (strcmp (name, "rPh") == 0)
    reader->in_phonetic = FALSE;
  else if (strcmp (name, "si") == 0 && reader->in_item)
    {
      reader->in_item = FALSE;
      return commit_shared_string (reader, error);
    }
  return TRUE;
}

static gboolean
read_shared_strings (InovdaSpreadsheet *book,
                     const char *name,
                     GError **error)
{
  g_autoptr (InovdaXlsxPart) part = NULL;
  g_autoptr (GString) current = g_string_new (NULL);
  StringsReader reader = { book, NULL, current, FALSE, FALSE, FALSE };
  int result;

  if (!part_open (book, name, TRUE, NULL, &part, error))
    return FALSE;
  reader.part = part;

  while ((result = part_next (part, error)) == 1)
    if (!shared_strings_node (&reader, error))
      return FALSE;
  return result == 0 && _inovda_xlsx_part_finish (part, error);
}

static gboolean
parse_format_id (const char *text,
                 guint *id)
{
  guint64 value;

  if (text == NULL || !_inovda_xlsx_parse_index (text, &value) || value > G_MAXUINT16 * 16)
    return FALSE;
  *id = (guint) value;
  return TRUE;
}

static void
compute_xf_kinds (InovdaXlsx *xlsx,
                  GArray *xf_formats,
                  GHashTable *custom_kinds)
{
  g_byte_array_set_size (xlsx->xf_kinds, xf_formats->len);
  for (guint i = 0; i < xf_formats->len; i++)
    {
      guint id = g_array_index (xf_formats, guint, i);
      gpointer kind;

      if (g_hash_table_lookup_extended (custom_kinds, GUINT_TO_POINTER (id), NULL, &kind))
        xlsx->xf_kinds->data[i] = (guint8) GPOINTER_TO_UINT (kind);
      else
        xlsx->xf_kinds->data[i] = (guint8) _inovda_xlsx_classify_builtin_format (id);
    }
}

static gboolean
read_styles (InovdaSpreadsheet *book,
             const char *name,
             GError **error)
{
  g_autoptr (InovdaXlsxPart) part = NULL;
  g_autoptr (GHashTable) custom_kinds = g_hash_table_new (NULL, NULL);
  g_autoptr (GArray) xf_formats = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean in_formats = FALSE;
  gboolean in_cell_xfs = FALSE;
  int result;

  if (!part_open (book, name, TRUE, NULL, &part, error))
    return FALSE;

  while ((result = part_next (part, error)) == 1)
    {
      int type = xmlTextReaderNodeType (part->reader);
      const char *local;
      guint id = 0;

      if (type == XML_READER_TYPE_END_ELEMENT)
        {
          local = (const char *) xmlTextReaderConstLocalName (part->reader);
          if (strcmp (local, "numFmts") == 0)
            in_formats = FALSE;
          else if (strcmp (local, "cellXfs") == 0)
            in_cell_xfs = FALSE;
          continue;
        }
      if (type != XML_READER_TYPE_ELEMENT)
        continue;

      local = (const char *) xmlTextReaderConstLocalName (part->reader);
      if (strcmp (local, "numFmts") == 0)
        in_formats = xmlTextReaderIsEmptyElement (part->reader) != 1;
      else if (strcmp (local, "cellXfs") == 0)
        in_cell_xfs = xmlTextReaderIsEmptyElement (part->reader) != 1;
      else if (in_formats && strcmp (local, "numFmt") == 0)
        {
          const char *code;

          if (!parse_format_id (attribute (part, "numFmtId", FALSE), &id))
            continue;
          code = attribute (part, "formatCode", FALSE);
          if (g_hash_table_size (custom_kinds) >= MAX_FORMATS)
            {
              _inovda_spreadsheet_set_line_error (book, name, part_line (part), error,
                                                  _ ("The workbook defines more number formats than Inovda accepts"));
              return FALSE;
            }
          g_hash_table_insert (custom_kinds, GUINT_TO_POINTER (id),
                               GUINT_TO_POINTER (_inovda_xlsx_classify_format_code (code != NULL ? code : "")));
        }
      else if (in_cell_xfs && strcmp (local, "xf") == 0)
        {
          if (xf_formats->len >= MAX_FORMATS)
            {
              _inovda_spreadsheet_set_line_error (book, name, part_line (part), error,
                                                  _ ("The workbook defines more cell formats than Inovda accepts"));
              return FALSE;
            }
          if (!parse_format_id (attribute (part, "numFmtId", FALSE), &id))
            id = 0;
          g_array_append_val (xf_formats, id);
        }
    }
  if (result < 0 || !_inovda_xlsx_part_finish (part, error))
    return FALSE;

  compute_xf_kinds (book->xlsx, xf_formats, custom_kinds);
  return TRUE;
}

/* The optional parts; a workbook without relationships for them may still
 * carry them at their usual place. */
static char *
optional_part (GPtrArray *rels,
               const char *type_suffix,
               const char *workbook_part,
               const char *usual_name,
               zip_t *zip)
{
  const Relationship *rel = find_relationship_by_type (rels, type_suffix);
  g_autofree char *folder = NULL;
  g_autofree char *usual = NULL;

  if (rel != NULL)
    return g_strdup (rel->target);

  folder = part_folder (workbook_part);
  usual = resolve_target (folder, usual_name);
  return locate_entry (zip, usual) >= 0 ? g_steal_pointer (&usual) : NULL;
}

static gboolean
set_zip_open_error (InovdaSpreadsheet *book,
                    int code,
                    GError **error)
{
  zip_error_t zip_error;

  zip_error_init_with_code (&zip_error, code);
  if (code == ZIP_ER_READ || code == ZIP_ER_SEEK || code == ZIP_ER_OPEN || code == ZIP_ER_TELL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 /* Translators: the first %s is a file name, the second the unzip library's reason */
                 _ ("%s: The file cannot be read: %s"),
                 book->display_name, zip_error_strerror (&zip_error));
  else
    _inovda_spreadsheet_set_error (book, error,
                                   /* Translators: %s is the unzip library's reason */
                                   _ ("The file is incomplete or damaged (%s). It may not have been "
                                      "copied or downloaded completely: ask for the file again"),
                                   zip_error_strerror (&zip_error));
  zip_error_fini (&zip_error);
  return FALSE;
}

static char *
find_workbook_part (InovdaSpreadsheet *book,
                    GError **error)
{
  zip_t *zip = book->xlsx->zip;
  g_autoptr (GPtrArray) package_rels = NULL;
  const Relationship *document;
  const char *target;

  if (locate_entry (zip, "[Content_Types].xml") < 0)
    {
      if (locate_entry (zip, "mimetype") >= 0 && locate_entry (zip, "content.xml") >= 0)
        _inovda_spreadsheet_set_error (book, error,
                                       _ ("This is an OpenDocument file (.ods), which Inovda does not read. "
                                          "Open it in LibreOffice and save it as an Excel workbook (.xlsx)"));
      else
        set_not_a_workbook_error (book, error);
      return NULL;
    }

  package_rels = read_relationships (book, "", error);
  if (package_rels == NULL)
    return NULL;
  document = find_relationship_by_type (package_rels, REL_OFFICE_DOCUMENT);
  target = document != NULL ? document->target : "xl/workbook.xml";

  if (g_str_has_suffix (target, ".bin"))
    {
      _inovda_spreadsheet_set_error (book, error,
                                     _ ("This is a binary Excel workbook (.xlsb), which Inovda does not read. "
                                        "Save it as an Excel workbook (.xlsx)"));
      return NULL;
    }
  if (locate_entry (zip, target) < 0)
    {
      set_not_a_workbook_error (book, error);
      return NULL;
    }
  return g_strdup (target);
}

/* libzip finds the first of two entries of one name, other programs the
 * last: such an archive is refused rather than read differently. Names
 * are compared as locate_entry looks them up. */
static gboolean
check_unique_entries (InovdaSpreadsheet *book,
                      GError **error)
{
  zip_t *zip = book->xlsx->zip;
  zip_int64_t n = zip_get_num_entries (zip, 0);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (zip_int64_t i = 0; i < n; i++)
    {
      const char *name = zip_get_name (zip, (zip_uint64_t) i, 0);
      char *key;

      if (name == NULL)
        continue;
      key = g_strdelimit (g_ascii_strdown (name, -1), "\\", '/');
      if (!g_hash_table_add (seen, key))
        {
          g_autofree char *shown = g_utf8_make_valid (name, -1);

          _inovda_spreadsheet_set_error (book, error,
                                         /* Translators: %s is the name of a part inside the workbook */
                                         _ ("The workbook contains the part “%s” twice, which spreadsheet "
                                            "programs read differently; the file is damaged. Ask for the file again"),
                                         shown);
          return FALSE;
        }
    }
  return TRUE;
}

/* Workbooks are read in worker threads; libxml2 2.9 must be initialised
 * once, before any of them. */
static void
ensure_initialized (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

/* Takes @fd over, closing it on failure. */
gboolean
_inovda_xlsx_open (InovdaSpreadsheet *self,
                   int fd,
                   GError **error)
{
  g_autofree char *workbook_part = NULL;
  g_autofree char *strings_part = NULL;
  g_autofree char *styles_part = NULL;
  g_autoptr (GPtrArray) rels = NULL;
  InovdaXlsx *xlsx;
  int code = 0;

  ensure_initialized ();

  xlsx = self->xlsx = g_new0 (InovdaXlsx, 1);
  xlsx->strings = g_byte_array_new ();
  xlsx->string_offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  xlsx->xf_kinds = g_byte_array_new ();
  self->limits.max_shared_text = MIN (self->limits.max_shared_text, G_MAXUINT32);

  if (lseek (fd, 0, SEEK_SET) != 0)
    {
      close (fd);
      return set_zip_open_error (self, ZIP_ER_SEEK, error);
    }
  /* zip_fdopen closes fd only when it succeeds. */
  xlsx->zip = zip_fdopen (fd, 0, &code);
  if (xlsx->zip == NULL)
    {
      close (fd);
      return set_zip_open_error (self, code, error);
    }

  if (!check_unique_entries (self, error))
    return FALSE;
  workbook_part = find_workbook_part (self, error);
  if (workbook_part == NULL)
    return FALSE;
  rels = read_relationships (self, workbook_part, error);
  if (rels == NULL || !read_workbook (self, workbook_part, rels, error))
    return FALSE;

  strings_part = optional_part (rels, REL_SHARED_STRINGS, workbook_part, "sharedStrings.xml", xlsx->zip);
  if (strings_part != NULL && !read_shared_strings (self, strings_part, error))
    return FALSE;
  styles_part = optional_part (rels, REL_STYLES, workbook_part, "styles.xml", xlsx->zip);
  if (styles_part != NULL && !read_styles (self, styles_part, error))
    return FALSE;
  return TRUE;
}
