/* inovda-xlsx-reader.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-xlsx-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include <libxml/xmlreader.h>
#include <libxml/xmlversion.h>
#include <zip.h>

#include "inovda-spreadsheet-private.h"
#include "inovda-row-pipe.h"
#include "inovda-xml-scanner.h"

#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | \
                       XML_PARSE_COMPACT | XML_PARSE_BIG_LINES)

#define MAX_SHEETS 4096
#define MAX_RELATIONSHIPS 65536
#define MAX_FORMATS 65536
#define MAX_MERGES 1000000
/* Only the constant formulas TRUE() and FALSE() are looked at. */
#define MAX_FORMULA_TEXT 32
#define CANCEL_CHECK_MASK 0xffff

#define REL_OFFICE_DOCUMENT "/officeDocument"
#define REL_WORKSHEET "/worksheet"
#define REL_SHARED_STRINGS "/sharedStrings"
#define REL_STYLES "/styles"

/* Serial numbers at and above 10000-01-01 are not dates. */
#define MAX_SERIAL 2958466

/* The structured error callback takes a const error from libxml2 2.12 on. */
#if LIBXML_VERSION >= 21200
#define XML_ERROR_CONST const
#else
#define XML_ERROR_CONST
#endif

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

typedef struct
{
  char *id;
  char *type;
  char *target;
} Relationship;

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
  zip_file_t *file;
  xmlTextReader *reader;
  GCancellable *cancellable;
  guint64 declared_size;
  guint64 size;
  guint64 nodes;
  PrologState prolog;
  int prolog_line;
  gboolean at_end;
  GError *read_error;
  char *xml_message;
  int xml_line;
} Part;

typedef enum
{
  CELL_NUMBER,
  CELL_SHARED,
  CELL_INLINE,
  CELL_FORMULA_STRING,
  CELL_BOOLEAN,
  CELL_ERROR,
  CELL_DATE,
} CellKind;

typedef enum
{
  CAPTURE_NONE,
  CAPTURE_VALUE,
  CAPTURE_FORMULA,
  CAPTURE_TEXT,
} Capture;

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
set_too_large_error (Part *part,
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
count_bytes (Part *part,
             guint64 n,
             GError **error)
{
  InovdaXlsx *xlsx = part->book->xlsx;

  part->size += n;
  xlsx->total_read += n;
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
  if (xlsx->total_read > part->book->limits.max_total_size)
    {
      set_too_large_error (part, TRUE, error);
      return FALSE;
    }
  return TRUE;
}

static void
set_zip_file_error (Part *part,
                    GError **error)
{
  zip_error_t *zip_error = zip_file_get_error (part->file);

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

static void
set_doctype_error (Part *part,
                   int line,
                   GError **error)
{
  _inovda_spreadsheet_set_line_error (part->book, part->name, line, error,
                                      _ ("The workbook contains a document type declaration "
                                         "(DOCTYPE), which Inovda refuses for safety"));
}

/* libxml2's reader parses up to the root element before it reports the
 * DOCTYPE node, entity declarations included, so a DOCTYPE is refused here
 * first. NUL bytes are skipped: that reads the ASCII markup of UTF-16 too. */
static gboolean
scan_prolog (Part *part,
             const char *data,
             gsize length)
{
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
          break;
        case PROLOG_BANG:
          if (c != '-')
            return FALSE;
          part->prolog = PROLOG_BANG_DASH;
          break;
        case PROLOG_BANG_DASH:
          if (c != '-')
            return FALSE;
          part->prolog = PROLOG_COMMENT;
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
          break;
        case PROLOG_PI_QUESTION:
          if (c == '>')
            part->prolog = PROLOG_TEXT;
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
static int
part_read_cb (void *context,
              char *buffer,
              int length)
{
  Part *part = context;
  zip_int64_t n;

  if (part->read_error != NULL)
    return -1;

  n = zip_fread (part->file, buffer, (zip_uint64_t) length);
  if (n < 0)
    {
      set_zip_file_error (part, &part->read_error);
      return -1;
    }
  if (n == 0)
    part->at_end = TRUE;
  if (!count_bytes (part, (guint64) n, &part->read_error))
    return -1;
  if (part->prolog != PROLOG_DONE && !scan_prolog (part, buffer, (gsize) n))
    {
      set_doctype_error (part, part->prolog_line, &part->read_error);
      return -1;
    }
  return (int) n;
}

static void
part_error_cb (void *context,
               XML_ERROR_CONST xmlError *xml_error)
{
  Part *part = context;

  if (part->xml_message != NULL || xml_error == NULL || xml_error->level < XML_ERR_ERROR)
    return;
  part->xml_message = g_strstrip (g_strdup (xml_error->message != NULL ? xml_error->message : ""));
  part->xml_line = xml_error->line;
}

static void
part_free (Part *part)
{
  g_clear_pointer (&part->reader, xmlFreeTextReader);
  g_clear_pointer (&part->file, zip_fclose);
  g_clear_error (&part->read_error);
  g_free (part->xml_message);
  g_free (part->name);
  g_free (part);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Part, part_free)

static gboolean
set_part_error (Part *part,
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
part_line (Part *part)
{
  return xmlTextReaderGetParserLineNumber (part->reader);
}

/* Opens the zip entry @name without a parser, or sets *@out to NULL when
 * an optional part is absent. */
static gboolean
part_open_entry (InovdaSpreadsheet *book,
                 const char *name,
                 gboolean required,
                 GCancellable *cancellable,
                 Part **out,
                 GError **error)
{
  InovdaXlsx *xlsx = book->xlsx;
  g_autoptr (Part) part = g_new0 (Part, 1);
  zip_int64_t index;
  zip_stat_t info;

  *out = NULL;
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
      if (info.size > book->limits.max_total_size - MIN (xlsx->total_read, book->limits.max_total_size))
        {
          set_too_large_error (part, TRUE, error);
          return FALSE;
        }
    }

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

/* Opens @name with libxml2's reader, or sets *@out to NULL when an
 * optional part is absent. */
static gboolean
part_open (InovdaSpreadsheet *book,
           const char *name,
           gboolean required,
           GCancellable *cancellable,
           Part **out,
           GError **error)
{
  g_autoptr (Part) part = NULL;

  if (!part_open_entry (book, name, required, cancellable, &part, error))
    return FALSE;
  if (part == NULL)
    {
      *out = NULL;
      return TRUE;
    }

  part->reader = xmlReaderForIO (part_read_cb, NULL, part, NULL, NULL, PARSE_OPTIONS);
  if (part->reader == NULL)
    return set_part_error (part, error);
  xmlTextReaderSetStructuredErrorHandler (part->reader, part_error_cb, part);

  *out = g_steal_pointer (&part);
  return TRUE;
}

/* Returns 1 with the reader on the next node, 0 at the end, -1 on error. */
static int
part_next (Part *part,
           GError **error)
{
  int result = xmlTextReaderRead (part->reader);

  if (result == 1)
    {
      /* A DOCTYPE is where entity bombs and external entities live;
       * no spreadsheet program writes one. */
      if (xmlTextReaderNodeType (part->reader) == XML_READER_TYPE_DOCUMENT_TYPE)
        {
          set_doctype_error (part, part_line (part), error);
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
static gboolean
part_finish (Part *part,
             GError **error)
{
  char buffer[16384];

  while (!part->at_end)
    {
      zip_int64_t n = zip_fread (part->file, buffer, sizeof buffer);

      if (n < 0)
        {
          set_zip_file_error (part, error);
          return FALSE;
        }
      if (n == 0)
        part->at_end = TRUE;
      else if (!count_bytes (part, (guint64) n, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_element (Part *part,
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
attribute (Part *part,
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
dup_attribute (Part *part,
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
  g_autoptr (Part) part = NULL;
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
  if (result < 0 || !part_finish (part, error))
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

/* Number formats and dates */

static gboolean
is_elapsed_token (const char *start,
                  gsize length)
{
  if (length == 0)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (g_ascii_tolower (start[i]) != g_ascii_tolower (start[0]) ||
        strchr ("hms", g_ascii_tolower (start[0])) == NULL)
      return FALSE;
  return TRUE;
}

/* An "m" is minutes right after hours or right before seconds. */
static gboolean
m_means_minutes (const char *p,
                 char previous)
{
  if (previous == 'h')
    return TRUE;
  while (*p == 'm' || *p == 'M')
    p++;
  for (; *p != '\0' && *p != ';'; p++)
    {
      if (g_ascii_isalpha (*p))
        return *p == 's' || *p == 'S';
      if (*p == '"' || *p == '[')
        return FALSE;
    }
  return FALSE;
}

/* Only the first section counts: the others are for negative numbers,
 * zero and text. Quoted text, escaped characters, fill and padding
 * characters and bracketed parts ([$-421], [Red]) are not codes; [h], [mm]
 * and [ss] are elapsed time. */
static FormatKind
classify_format_code (const char *code)
{
  gboolean date = FALSE;
  gboolean time = FALSE;
  gboolean elapsed = FALSE;
  char previous = '\0';

  if (g_ascii_strcasecmp (code, "General") == 0)
    return FORMAT_NUMBER;

  for (const char *p = code; *p != '\0' && *p != ';'; p++)
    {
      switch (*p)
        {
        case '"':
          while (p[1] != '\0' && p[1] != '"')
            p++;
          if (p[1] == '"')
            p++;
          break;
        case '\\':
        case '_':
        case '*':
          if (p[1] != '\0')
            p++;
          break;
        case '[':
          {
            const char *close = strchr (p, ']');

            if (close == NULL)
              return FORMAT_NUMBER;
            if (is_elapsed_token (p + 1, (gsize) (close - p - 1)))
              {
                elapsed = TRUE;
                previous = g_ascii_tolower (p[1]);
              }
            p = close;
          }
          break;
        case 'y':
        case 'Y':
        case 'd':
        case 'D':
          date = TRUE;
          previous = g_ascii_tolower (*p);
          break;
        case 'h':
        case 'H':
        case 's':
        case 'S':
          time = TRUE;
          previous = g_ascii_tolower (*p);
          break;
        case 'm':
        case 'M':
          if (m_means_minutes (p, previous))
            time = TRUE;
          else
            date = TRUE;
          previous = 'm';
          while (p[1] == 'm' || p[1] == 'M')
            p++;
          break;
        case 'a':
        case 'A':
          if (g_ascii_strncasecmp (p, "AM/PM", 5) == 0 || g_ascii_strncasecmp (p, "A/P", 3) == 0)
            {
              time = TRUE;
              p += g_ascii_strncasecmp (p, "AM/PM", 5) == 0 ? 4 : 2;
            }
          break;
        default:
          break;
        }
    }

  if (elapsed)
    return FORMAT_DURATION;
  if (date && time)
    return FORMAT_DATETIME;
  if (date)
    return FORMAT_DATE;
  return time ? FORMAT_TIME : FORMAT_NUMBER;
}

/* Built-in formats have no code in the file. 27–36 and 50–58 are dates of
 * East Asian locales. */
static FormatKind
classify_builtin_format (guint id)
{
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
    return FORMAT_DATE;
  if ((id >= 18 && id <= 21) || id == 45 || id == 47)
    return FORMAT_TIME;
  if (id == 22)
    return FORMAT_DATETIME;
  if (id == 46)
    return FORMAT_DURATION;
  return FORMAT_NUMBER;
}

static void
append_date (GString *out,
             const GDate *date)
{
  g_string_append_printf (out, "%04u-%02u-%02u", (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date), (guint) g_date_get_day (date));
}

/* Excel's 1900 system counts from 1899-12-31 and keeps Lotus' 1900-02-29
 * as serial 60, so later serials count from 1899-12-30. Returns FALSE for
 * serials that are no date; they stay numbers. */
static gboolean
serial_to_iso (double serial,
               gboolean date1904,
               FormatKind kind,
               GString *out)
{
  gint64 seconds;
  gint64 days;
  gint64 time_of_day;
  GDate date;

  if (!isfinite (serial) || serial < 0 || serial >= MAX_SERIAL)
    return FALSE;

  seconds = llround (serial * 86400.0);
  days = kind == FORMAT_DATE ? (gint64) floor (serial) : seconds / 86400;
  time_of_day = seconds % 86400;

  if (kind == FORMAT_TIME)
    {
      g_string_append_printf (out, "%02d:%02d:%02d", (int) (time_of_day / 3600),
                              (int) (time_of_day / 60 % 60), (int) (time_of_day % 60));
      return TRUE;
    }
  if (days >= MAX_SERIAL)
    return FALSE;

  g_date_clear (&date, 1);
  if (date1904)
    g_date_set_dmy (&date, 1, G_DATE_JANUARY, 1904);
  else if (days == 0)
    return FALSE;
  else if (days < 60)
    g_date_set_dmy (&date, 31, G_DATE_DECEMBER, 1899);
  else
    g_date_set_dmy (&date, 30, G_DATE_DECEMBER, 1899);

  if (!date1904 && days == 60)
    g_string_append (out, "1900-02-29");
  else
    {
      g_date_add_days (&date, (guint) days);
      append_date (out, &date);
    }
  if (kind == FORMAT_DATETIME)
    g_string_append_printf (out, "T%02d:%02d:%02d", (int) (time_of_day / 3600),
                            (int) (time_of_day / 60 % 60), (int) (time_of_day % 60));
  return TRUE;
}

static gboolean
scan_digits (const char **p,
             guint count,
             int *value)
{
  int result = 0;

  for (guint i = 0; i < count; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      result = result * 10 + ((*p)[i] - '0');
    }
  *p += count;
  *value = result;
  return TRUE;
}

static gboolean
scan_time (const char **p,
           int *hour,
           int *minute,
           double *second)
{
  int whole = 0;

  *second = 0;
  if (!scan_digits (p, 2, hour) || **p != ':')
    return FALSE;
  (*p)++;
  if (!scan_digits (p, 2, minute))
    return FALSE;
  if (**p == ':')
    {
      (*p)++;
      if (!scan_digits (p, 2, &whole))
        return FALSE;
      *second = whole;
      if (**p == '.' || **p == ',')
        {
          double scale = 0.1;

          for ((*p)++; g_ascii_isdigit (**p); (*p)++, scale /= 10)
            *second += (**p - '0') * scale;
        }
    }
  return *hour < 24 && *minute < 60 && *second < 60;
}

/* t="d" cells hold ISO 8601 text: a date, a date and time, or a time; a
 * time zone is ignored, the wall time kept. */
static gboolean
normalise_iso_date (const char *text,
                    GString *out)
{
  const char *p = text;
  int year, month, day, hour = 0, minute = 0;
  double second = 0;
  gint64 seconds;
  GDate date;

  if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && p[2] == ':')
    {
      if (!scan_time (&p, &hour, &minute, &second) || *p != '\0')
        return FALSE;
      seconds = (gint64) hour * 3600 + minute * 60 + (gint64) floor (second + 0.5);
      seconds %= 86400;
      g_string_append_printf (out, "%02d:%02d:%02d", (int) (seconds / 3600),
                              (int) (seconds / 60 % 60), (int) (seconds % 60));
      return TRUE;
    }

  if (!scan_digits (&p, 4, &year) || *p++ != '-' || !scan_digits (&p, 2, &month) ||
      *p++ != '-' || !scan_digits (&p, 2, &day))
    return FALSE;
  if (*p == 'T' || *p == ' ')
    {
      p++;
      if (!scan_time (&p, &hour, &minute, &second))
        return FALSE;
    }
  if (*p == 'Z')
    p++;
  else if (*p == '+' || *p == '-')
    {
      int zone_hour, zone_minute;

      p++;
      if (!scan_digits (&p, 2, &zone_hour))
        return FALSE;
      if (*p == ':')
        p++;
      if (!scan_digits (&p, 2, &zone_minute))
        return FALSE;
    }
  if (*p != '\0' || year < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  seconds = (gint64) hour * 3600 + minute * 60 + (gint64) floor (second + 0.5);
  if (seconds >= 86400)
    {
      g_date_add_days (&date, 1);
      seconds -= 86400;
    }
  append_date (out, &date);
  if (seconds > 0)
    g_string_append_printf (out, "T%02d:%02d:%02d", (int) (seconds / 3600),
                            (int) (seconds / 60 % 60), (int) (seconds % 60));
  return TRUE;
}

/* Text values */

/* Characters that XML cannot carry are written as _xHHHH_ (_x000D_ for a
 * carriage return, _x005F_ for a literal underscore). */
static void
append_xstring (GString *out,
                const char *text,
                gsize length)
{
  const char *p = text;
  const char *end = text + length;

  while (p < end)
    {
      const char *underscore = memchr (p, '_', (gsize) (end - p));
      gunichar ch = 0;

      if (underscore == NULL)
        {
          g_string_append_len (out, p, end - p);
          return;
        }
      g_string_append_len (out, p, underscore - p);
      p = underscore;

      if (end - p >= 7 && p[1] == 'x' && p[6] == '_' && g_ascii_isxdigit (p[2]) &&
          g_ascii_isxdigit (p[3]) && g_ascii_isxdigit (p[4]) && g_ascii_isxdigit (p[5]))
        {
          for (int i = 2; i < 6; i++)
            ch = ch * 16 + (gunichar) g_ascii_xdigit_value (p[i]);
          if (ch != 0 && g_unichar_validate (ch))
            g_string_append_unichar (out, ch);
          p += 7;
        }
      else
        {
          g_string_append_c (out, '_');
          p++;
        }
    }
}

/* Trims @string in place. */
static void
trim_string (GString *string)
{
  gsize start = 0;
  gsize end = string->len;

  while (start < end && g_ascii_isspace (string->str[start]))
    start++;
  while (end > start && g_ascii_isspace (string->str[end - 1]))
    end--;
  g_string_truncate (string, end);
  g_string_erase (string, 0, (gssize) start);
}

static void
trim (const char **text,
      gsize *length)
{
  while (*length > 0 && g_ascii_isspace ((*text)[0]))
    {
      (*text)++;
      (*length)--;
    }
  while (*length > 0 && g_ascii_isspace ((*text)[*length - 1]))
    (*length)--;
}

static gboolean
is_plain_number (const char *text,
                 gsize length)
{
  const char *p = text;
  const char *end = text + length;
  guint digits = 0;

  if (p < end && (*p == '-' || *p == '+'))
    p++;
  for (; p < end && g_ascii_isdigit (*p); p++)
    digits++;
  if (p < end && *p == '.')
    for (p++; p < end && g_ascii_isdigit (*p); p++)
      digits++;
  if (digits == 0)
    return FALSE;
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      guint exponent_digits = 0;

      p++;
      if (p < end && (*p == '-' || *p == '+'))
        p++;
      for (; p < end && g_ascii_isdigit (*p); p++)
        exponent_digits++;
      if (exponent_digits == 0)
        return FALSE;
    }
  return p == end;
}

static gboolean
parse_index (const char *text,
             guint64 *index)
{
  guint64 result = 0;
  const char *p = text;

  if (*p == '\0')
    return FALSE;
  for (; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p) || result > G_MAXUINT32)
        return FALSE;
      result = result * 10 + (guint64) (*p - '0');
    }
  *index = result;
  return TRUE;
}

/* LibreOffice writes TRUE and FALSE as these constant formulas; their value
 * does not depend on the cached result, which another program may omit. */
static gboolean
constant_boolean (const GString *formula,
                  const char **value)
{
  const char *text = formula->str;
  gsize length = formula->len;

  trim (&text, &length);
  if (length > 0 && text[0] == '=')
    {
      text++;
      length--;
    }
  if ((length == 6 && g_ascii_strncasecmp (text, "TRUE()", 6) == 0) ||
      (length == 4 && g_ascii_strncasecmp (text, "TRUE", 4) == 0))
    *value = "1";
  else if ((length == 7 && g_ascii_strncasecmp (text, "FALSE()", 7) == 0) ||
           (length == 5 && g_ascii_strncasecmp (text, "FALSE", 5) == 0))
    *value = "0";
  else
    return FALSE;
  return TRUE;
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

static gboolean
read_sheet_entries (InovdaSpreadsheet *book,
                    const char *workbook_part,
                    GPtrArray *entries,
                    GError **error)
{
  g_autoptr (Part) part = NULL;
  gboolean seen_root = FALSE;
  int result;

  if (!part_open (book, workbook_part, TRUE, NULL, &part, error))
    return FALSE;

  while ((result = part_next (part, error)) == 1)
    {
      g_autofree char *state = NULL;
      const char *name;
      SheetEntry *entry;

      if (xmlTextReaderNodeType (part->reader) != XML_READER_TYPE_ELEMENT)
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
    }
  return result == 0 && part_finish (part, error);
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
  Part *part;
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
      append_xstring (decoded, text, length);
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
  g_autoptr (Part) part = NULL;
  g_autoptr (GString) current = g_string_new (NULL);
  StringsReader reader = { book, NULL, current, FALSE, FALSE, FALSE };
  int result;

  if (!part_open (book, name, TRUE, NULL, &part, error))
    return FALSE;
  reader.part = part;

  while ((result = part_next (part, error)) == 1)
    if (!shared_strings_node (&reader, error))
      return FALSE;
  return result == 0 && part_finish (part, error);
}

static gboolean
parse_format_id (const char *text,
                 guint *id)
{
  guint64 value;

  if (text == NULL || !parse_index (text, &value) || value > G_MAXUINT16 * 16)
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
        xlsx->xf_kinds->data[i] = (guint8) classify_builtin_format (id);
    }
}

static gboolean
read_styles (InovdaSpreadsheet *book,
             const char *name,
             GError **error)
{
  g_autoptr (Part) part = NULL;
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
                               GUINT_TO_POINTER (classify_format_code (code != NULL ? code : "")));
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
  if (result < 0 || !part_finish (part, error))
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

/* Worksheets
 *
 * Worksheets are most of a workbook's bytes, so they are read with the
 * scanner of inovda-xml-scanner.c rather than libxml2's reader: the same
 * checks where they matter, without a node per element. */

typedef struct
{
  InovdaSpreadsheet *book;
  InovdaXlsx *xlsx;
  guint sheet;
  Part *part;
  InovdaXmlScanner *scanner;
  InovdaRowFunc func;
  gpointer user_data;
  GCancellable *cancellable;
  InovdaRowBuffer row_buffer;
  GString *value;
  GString *formula;
  GString *text;
  GString *scratch;
  GString *attribute_scratch;
  guint64 n_cells;
  guint row;
  guint next_row;
  guint column;
  guint next_column;
  guint style;
  CellKind kind;
  Capture capture;
  gboolean in_row;
  gboolean in_cell;
  gboolean in_sheet_data;
  gboolean in_inline;
  gboolean in_phonetic;
} SheetReader;

/* With a literal @expected, the compiler turns this into a compare or two. */
#define name_is(name, length, expected) \
  ((length) == sizeof (expected) - 1 && memcmp ((name), (expected), sizeof (expected) - 1) == 0)

static gboolean
cell_error (SheetReader *reader,
            GError **error,
            const char *format,
            ...) G_GNUC_PRINTF (3, 4);

static gboolean
cell_error (SheetReader *reader,
            GError **error,
            const char *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  _inovda_spreadsheet_set_cell_error (reader->book, reader->sheet, reader->row, reader->column,
                                      error, "%s", message);
  return FALSE;
}

static gboolean
line_error (SheetReader *reader,
            GError **error,
            const char *message)
{
  _inovda_spreadsheet_set_line_error (reader->book, reader->part->name,
                                      inovda_xml_scanner_get_line (reader->scanner), error, "%s", message);
  return FALSE;
}

static void
set_capture (SheetReader *reader,
             Capture capture)
{
  reader->capture = capture;
  inovda_xml_scanner_set_want_text (reader->scanner, capture != CAPTURE_NONE);
}

/* libxml2 refused what XML cannot hold; the scanner leaves the text of
 * cells to us. */
static gboolean
check_text (SheetReader *reader,
            const GString *text,
            gboolean *has_underscore,
            GError **error)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  gboolean ascii = TRUE;
  gboolean underscore = FALSE;
  gsize i = 0;

  /* Eight bytes at a time while none is special: not ASCII, below 0x20
   * or '_' (the usual bit tricks for "has a byte less than / equal to"). */
  for (; i + 8 <= text->len; i += 8)
    {
      guint64 word;

      memcpy (&word, text->str + i, 8);
      if (((word | ((word - ones * 0x20) & ~word) | ((word ^ (ones * '_')) - ones)) & highs) != 0)
        break;
    }

  for (; i < text->len; i++)
    {
      guchar c = (guchar) text->str[i];

      if (c >= 0x80)
        ascii = FALSE;
      else if (c == '_')
        underscore = TRUE;
      else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        return line_error (reader, error, _ ("This part of the workbook is damaged (a cell holds a control character)"));
    }
  if (!ascii && !g_utf8_validate_len (text->str, text->len, NULL))
    return line_error (reader, error, _ ("This part of the workbook is damaged (a cell's text is not valid UTF-8)"));
  if (has_underscore != NULL)
    *has_underscore = underscore;
  return TRUE;
}

static gboolean
add_cell (SheetReader *reader,
          InovdaCellType type,
          const char *text,
          gsize length,
          GError **error)
{
  if (length == 0)
    return TRUE;
  _inovda_row_buffer_add_copy (&reader->row_buffer, reader->column, type, text, length);
  if (_inovda_row_buffer_text_size (&reader->row_buffer) > reader->book->limits.max_row_text)
    return cell_error (reader, error, _ ("This row holds more text than Inovda accepts"));
  return TRUE;
}

static gboolean
add_shared_string (SheetReader *reader,
                   const char *value,
                   GError **error)
{
  InovdaXlsx *xlsx = reader->xlsx;
  guint64 index;
  const char *text;

  if (!parse_index (value, &index))
    return cell_error (reader, error,
                       /* Translators: %s is the text found in the file */
                       _ ("The cell should refer to a shared text by its number, but holds “%s”"),
                       value);
  if (index >= xlsx->string_offsets->len)
    return cell_error (reader, error,
                       /* Translators: the first number is a position in a list, the second the list's length */
                       _ ("The cell refers to shared text number %" G_GUINT64_FORMAT ", but the workbook has "
                          "only %u; the file is damaged"),
                       index, xlsx->string_offsets->len);

  text = (const char *) xlsx->strings->data + g_array_index (xlsx->string_offsets, guint32, index);
  if (text[0] != '\0')
    _inovda_row_buffer_add_borrowed (&reader->row_buffer, reader->column, INOVDA_CELL_STRING, text);
  return TRUE;
}

static gboolean
add_number (SheetReader *reader,
            guint style,
            const char *value,
            gsize length,
            GError **error)
{
  FormatKind kind = style < reader->xlsx->xf_kinds->len ? reader->xlsx->xf_kinds->data[style] : FORMAT_NUMBER;

  if (!is_plain_number (value, length))
    return cell_error (reader, error,
                       /* Translators: %s is the text found in the file */
                       _ ("The cell should hold a number, but holds “%s”"),
                       value);

  if (kind == FORMAT_DATE || kind == FORMAT_DATETIME || kind == FORMAT_TIME)
    {
      g_string_truncate (reader->scratch, 0);
      if (serial_to_iso (g_ascii_strtod (value, NULL), reader->xlsx->date1904, kind, reader->scratch))
        return add_cell (reader, INOVDA_CELL_DATE, reader->scratch->str, reader->scratch->len, error);
    }
  return add_cell (reader, INOVDA_CELL_NUMBER, value, length, error);
}

static gboolean
finish_cell (SheetReader *reader,
             GError **error)
{
  const char *boolean;
  const char *value;
  gsize length;
  gboolean has_underscore;

  if (reader->formula->len > 0 && constant_boolean (reader->formula, &boolean))
    return add_cell (reader, INOVDA_CELL_BOOLEAN, boolean, 1, error);

  switch (reader->kind)
    {
    case CELL_INLINE:
      if (!check_text (reader, reader->text, &has_underscore, error))
        return FALSE;
      if (!has_underscore)
        return add_cell (reader, INOVDA_CELL_STRING, reader->text->str, reader->text->len, error);
      g_string_truncate (reader->scratch, 0);
      append_xstring (reader->scratch, reader->text->str, reader->text->len);
      return add_cell (reader, INOVDA_CELL_STRING, reader->scratch->str, reader->scratch->len, error);
    case CELL_FORMULA_STRING:
      if (!check_text (reader, reader->value, NULL, error))
        return FALSE;
      g_string_truncate (reader->scratch, 0);
      append_xstring (reader->scratch, reader->value->str, reader->value->len);
      return add_cell (reader, INOVDA_CELL_STRING, reader->scratch->str, reader->scratch->len, error);
    case CELL_SHARED:
    case CELL_BOOLEAN:
    case CELL_ERROR:
    case CELL_DATE:
    case CELL_NUMBER:
    default:
      break;
    }

  trim_string (reader->value);
  if (reader->value->len == 0)
    return TRUE;
  if (!check_text (reader, reader->value, NULL, error))
    return FALSE;
  value = reader->value->str;
  length = reader->value->len;

  switch (reader->kind)
    {
    case CELL_SHARED:
      return add_shared_string (reader, value, error);
    case CELL_BOOLEAN:
      if (strcmp (value, "1") == 0 || g_ascii_strcasecmp (value, "true") == 0)
        return add_cell (reader, INOVDA_CELL_BOOLEAN, "1", 1, error);
      if (strcmp (value, "0") == 0 || g_ascii_strcasecmp (value, "false") == 0)
        return add_cell (reader, INOVDA_CELL_BOOLEAN, "0", 1, error);
      return cell_error (reader, error,
                         /* Translators: %s is the text found in the file */
                         _ ("The cell should hold TRUE or FALSE, but holds “%s”"),
                         value);
    case CELL_ERROR:
      return add_cell (reader, INOVDA_CELL_ERROR, value, length, error);
    case CELL_DATE:
      g_string_truncate (reader->scratch, 0);
      if (!normalise_iso_date (value, reader->scratch))
        return cell_error (reader, error,
                           /* Translators: %s is the text found in the file */
                           _ ("The cell should hold a date, but holds “%s”, which is not a valid date"),
                           value);
      return add_cell (reader, INOVDA_CELL_DATE, reader->scratch->str, reader->scratch->len, error);
    case CELL_NUMBER:
      return add_number (reader, reader->style, value, length, error);
    case CELL_INLINE:
    case CELL_FORMULA_STRING:
    default:
      g_assert_not_reached ();
    }
  return TRUE;
}

static gboolean
parse_cell_kind (const char *type,
                 gsize length,
                 CellKind *kind)
{
  static const struct
  {
    const char *name;
    CellKind kind;
  } kinds[] = {
    { "n", CELL_NUMBER },
    { "s", CELL_SHARED },
    { "inlineStr", CELL_INLINE },
    { "str", CELL_FORMULA_STRING },
    { "b", CELL_BOOLEAN },
    { "e", CELL_ERROR },
    { "d", CELL_DATE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (strlen (kinds[i].name) == length && memcmp (type, kinds[i].name, length) == 0)
      {
        *kind = kinds[i].kind;
        return TRUE;
      }
  return FALSE;
}

static gboolean
parse_index_length (const char *text,
                    gsize length,
                    guint64 *index)
{
  guint64 result = 0;

  if (length == 0)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]) || result > G_MAXUINT32)
        return FALSE;
      result = result * 10 + (guint64) (text[i] - '0');
    }
  *index = result;
  return TRUE;
}

/* The value of the unprefixed attribute @name, or NULL; an attribute with
 * an invalid reference reads as "". */
static const char *
find_attribute (SheetReader *reader,
                const InovdaXmlAttribute *attributes,
                guint n_attributes,
                const char *name,
                gsize *length)
{
  for (guint i = 0; i < n_attributes; i++)
    if (!attributes[i].prefixed && attributes[i].name_length == strlen (name) &&
        memcmp (attributes[i].name, name, attributes[i].name_length) == 0)
      {
        const char *value = inovda_xml_attribute_value (&attributes[i], reader->attribute_scratch, length);

        if (value == NULL)
          *length = 0;
        return value != NULL ? value : "";
      }
  return NULL;
}

static gboolean
start_row (SheetReader *reader,
           const InovdaXmlAttribute *attributes,
           guint n_attributes,
           gboolean empty,
           GError **error)
{
  guint row = reader->next_row;
  gsize length;
  const char *value = find_attribute (reader, attributes, n_attributes, "r", &length);

  if (value != NULL)
    {
      guint64 number;

      if (!parse_index_length (value, length, &number) || number == 0 || number > INOVDA_SPREADSHEET_MAX_ROWS)
        return line_error (reader, error, _ ("A row has an invalid number"));
      if (number - 1 < reader->next_row)
        return line_error (reader, error, _ ("The rows are out of order or a row appears twice"));
      row = (guint) number - 1;
    }

  if (row >= INOVDA_SPREADSHEET_MAX_ROWS)
    return line_error (reader, error, _ ("The sheet has more rows than a spreadsheet may have"));

  reader->row = row;
  reader->next_row = row + 1;
  reader->next_column = 0;
  reader->in_row = !empty;
  return TRUE;
}

static gboolean
end_row (SheetReader *reader,
         GError **error)
{
  reader->in_row = FALSE;
  return _inovda_spreadsheet_emit_row (reader->book, reader->sheet, reader->row, &reader->row_buffer,
                                       reader->func, reader->user_data, reader->cancellable, error);
}

static gboolean
read_cell_attributes (SheetReader *reader,
                      const InovdaXmlAttribute *attributes,
                      guint n_attributes,
                      GError **error)
{
  guint column = reader->next_column;

  reader->kind = CELL_NUMBER;
  reader->style = 0;

  for (guint i = 0; i < n_attributes; i++)
    {
      const InovdaXmlAttribute *attribute = &attributes[i];
      const char *value;
      gsize length;

      if (attribute->name_length != 1 || attribute->prefixed)
        continue;
      value = inovda_xml_attribute_value (attribute, reader->attribute_scratch, &length);
      if (value == NULL)
        return line_error (reader, error, _ ("A cell has an invalid reference"));

      if (attribute->name[0] == 'r')
        {
          guint row;
          gboolean has_row;

          if (!_inovda_cell_reference_parse (value, length, &row, &has_row, &column))
            return line_error (reader, error, _ ("A cell has an invalid reference"));
        }
      else if (attribute->name[0] == 's')
        {
          guint64 number;

          if (!parse_index_length (value, length, &number))
            return line_error (reader, error, _ ("A cell has an invalid format number"));
          reader->style = (guint) MIN (number, G_MAXUINT);
        }
      else if (attribute->name[0] == 't' && !parse_cell_kind (value, length, &reader->kind))
        {
          g_autofree char *type = g_utf8_make_valid (value, (gssize) MIN (length, 64));

          reader->column = column;
          return cell_error (reader, error,
                             /* Translators: %s is the type found in the file */
                             _ ("The cell has an unknown type “%s”"),
                             type);
        }
    }

  if (column >= INOVDA_SPREADSHEET_MAX_COLUMNS)
    return line_error (reader, error, _ ("The sheet has more columns than a spreadsheet may have"));
  reader->column = column;
  reader->next_column = column + 1;
  return TRUE;
}

static gboolean
start_cell (SheetReader *reader,
            const InovdaXmlAttribute *attributes,
            guint n_attributes,
            gboolean empty,
            GError **error)
{
  guint n_styles = reader->xlsx->xf_kinds->len;

  if (!reader->in_row)
    return line_error (reader, error, _ ("A cell lies outside a row"));
  if (!read_cell_attributes (reader, attributes, n_attributes, error))
    return FALSE;
  if (++reader->n_cells > reader->book->limits.max_cells)
    return cell_error (reader, error,
                       /* Translators: %s is a number of cells */
                       _ ("The sheet has more than %" G_GUINT64_FORMAT " cells, more than Inovda accepts"),
                       reader->book->limits.max_cells);
  if (reader->style >= n_styles && (reader->style > 0 || n_styles > 0))
    return cell_error (reader, error,
                       /* Translators: the first number is a position in a list, the second the list's length */
                       _ ("The cell uses cell format number %u, but the workbook defines only %u; "
                          "the file is damaged"),
                       reader->style, n_styles);

  g_string_truncate (reader->value, 0);
  g_string_truncate (reader->formula, 0);
  g_string_truncate (reader->text, 0);
  reader->in_cell = !empty;
  return TRUE;
}

static gboolean
add_merge (SheetReader *reader,
           const InovdaXmlAttribute *attributes,
           guint n_attributes,
           GError **error)
{
  GArray *merges = ((InovdaSheet *) g_ptr_array_index (reader->book->sheets, reader->sheet))->merges;
  gsize length;
  const char *ref = find_attribute (reader, attributes, n_attributes, "ref", &length);
  const char *colon;
  const char *second;
  gsize second_length;
  InovdaCellRange range;
  gboolean has_first_row, has_last_row;

  if (ref == NULL)
    return TRUE;
  colon = memchr (ref, ':', length);
  second = colon != NULL ? colon + 1 : ref;
  second_length = colon != NULL ? length - (gsize) (second - ref) : length;
  if (!_inovda_cell_reference_parse (ref, colon != NULL ? (gsize) (colon - ref) : length,
                                     &range.first_row, &has_first_row, &range.first_column) ||
      !_inovda_cell_reference_parse (second, second_length, &range.last_row, &has_last_row, &range.last_column) ||
      !has_first_row || !has_last_row)
    return line_error (reader, error, _ ("A merged range has an invalid reference"));
  if (merges->len >= MAX_MERGES)
    return line_error (reader, error, _ ("The sheet has more merged ranges than Inovda accepts"));

  if (range.first_row > range.last_row)
    {
      guint swap = range.first_row;
      range.first_row = range.last_row;
      range.last_row = swap;
    }
  if (range.first_column > range.last_column)
    {
      guint swap = range.first_column;
      range.first_column = range.last_column;
      range.last_column = swap;
    }
  g_array_append_val (merges, range);
  return TRUE;
}

static gboolean
sheet_text (gpointer user_data,
            const char *text,
            gsize length,
            GError **error)
{
  SheetReader *reader = user_data;
  GString *target;

  switch (reader->capture)
    {
    case CAPTURE_VALUE:
      target = reader->value;
      break;
    case CAPTURE_TEXT:
      target = reader->text;
      break;
    case CAPTURE_FORMULA:
      if (reader->formula->len <= MAX_FORMULA_TEXT)
        g_string_append_len (reader->formula, text, (gssize) MIN (length, MAX_FORMULA_TEXT + 1));
      return TRUE;
    case CAPTURE_NONE:
    default:
      return TRUE;
    }

  if (target->len + length > INOVDA_SPREADSHEET_MAX_CELL_TEXT)
    return cell_error (reader, error, _ ("The cell holds more than 32,767 characters"));
  g_string_append_len (target, text, (gssize) length);
  return TRUE;
}

static void
cell_start_element (SheetReader *reader,
                    const char *name,
                    gsize length,
                    gboolean empty)
{
  if (name_is (name, length, "v"))
    set_capture (reader, empty ? CAPTURE_NONE : CAPTURE_VALUE);
  else if (name_is (name, length, "f"))
    set_capture (reader, empty ? CAPTURE_NONE : CAPTURE_FORMULA);
  else if (name_is (name, length, "is"))
    reader->in_inline = !empty;
  else if (name_is (name, length, "rPh"))
    reader->in_phonetic = !empty;
  else if (name_is (name, length, "t") && reader->in_inline && !reader->in_phonetic)
    set_capture (reader, empty ? CAPTURE_NONE : CAPTURE_TEXT);
}

static gboolean
sheet_start_element (gpointer user_data,
                     const char *name,
                     gsize length,
                     const InovdaXmlAttribute *attributes,
                     guint n_attributes,
                     gboolean empty,
                     GError **error)
{
  SheetReader *reader = user_data;

  if (reader->in_cell)
    {
      cell_start_element (reader, name, length, empty);
      return TRUE;
    }
  if (!reader->in_sheet_data)
    {
      if (name_is (name, length, "sheetData"))
        reader->in_sheet_data = !empty;
      else if (name_is (name, length, "mergeCell"))
        return add_merge (reader, attributes, n_attributes, error);
      return TRUE;
    }

  if (name_is (name, length, "c"))
    return start_cell (reader, attributes, n_attributes, empty, error);
  if (name_is (name, length, "row"))
    {
      if (reader->in_row && !end_row (reader, error))
        return FALSE;
      if (!start_row (reader, attributes, n_attributes, empty, error))
        return FALSE;
      return reader->in_row || end_row (reader, error);
    }
  return TRUE;
}

static gboolean
sheet_end_element (gpointer user_data,
                   const char *name,
                   gsize length,
                   GError **error)
{
  SheetReader *reader = user_data;

  if (reader->in_cell)
    {
      if (name_is (name, length, "c"))
        {
          reader->in_cell = FALSE;
          set_capture (reader, CAPTURE_NONE);
          reader->in_inline = FALSE;
          reader->in_phonetic = FALSE;
          return finish_cell (reader, error);
        }
      if (name_is (name, length, "v") || name_is (name, length, "f") || name_is (name, length, "t"))
        set_capture (reader, CAPTURE_NONE);
      else if (name_is (name, length, "rPh"))
        reader->in_phonetic = FALSE;
      else if (name_is (name, length, "is"))
        reader->in_inline = FALSE;
      return TRUE;
    }
  if (name_is (name, length, "row") && reader->in_row)
    return end_row (reader, error);
  if (name_is (name, length, "sheetData"))
    reader->in_sheet_data = FALSE;
  return TRUE;
}

static gssize
sheet_read (gpointer source,
            char *buffer,
            gsize size,
            GError **error)
{
  Part *part = source;
  int n;

  if (g_cancellable_set_error_if_cancelled (part->cancellable, error))
    return -1;
  n = part_read_cb (part, buffer, (int) MIN (size, (gsize) G_MAXINT));
  if (n < 0)
    {
      g_propagate_error (error, g_steal_pointer (&part->read_error));
      return -1;
    }
  return n;
}

/* Gives the scanner's own errors a location and a message for people. */
static void
locate_scan_error (SheetReader *reader,
                   GError **error)
{
  g_autoptr (GError) scan_error = NULL;
  int line;

  if (error == NULL || *error == NULL || (*error)->domain != INOVDA_XML_SCAN_ERROR)
    return;
  scan_error = g_steal_pointer (error);
  line = inovda_xml_scanner_get_line (reader->scanner);
  if (scan_error->code == INOVDA_XML_SCAN_ERROR_DOCTYPE)
    set_doctype_error (reader->part, line, error);
  else
    _inovda_spreadsheet_set_line_error (reader->book, reader->part->name, line, error,
                                        /* Translators: %s is the XML parser's explanation */
                                        _ ("This part of the workbook is damaged (%s)"),
                                        scan_error->message);
}

typedef struct
{
  InovdaSpreadsheet *book;
  guint sheet;
  GCancellable *cancellable;
} SheetJob;

/* Runs in the row pipe's worker thread. */
static gboolean
read_sheet_rows (gpointer data,
                 InovdaRowFunc func,
                 gpointer user_data,
                 GError **error)
{
  static const InovdaXmlScannerHandlers handlers = {
    .start_element = sheet_start_element,
    .end_element = sheet_end_element,
    .text = sheet_text,
  };
  SheetJob *job = data;
  InovdaSheet *info = g_ptr_array_index (job->book->sheets, job->sheet);
  g_autoptr (Part) part = NULL;
  SheetReader reader = { 0 };
  gboolean ok;

  if (!part_open_entry (job->book, info->part, TRUE, job->cancellable, &part, error))
    return FALSE;

  reader.book = job->book;
  reader.xlsx = job->book->xlsx;
  reader.sheet = job->sheet;
  reader.part = part;
  reader.func = func;
  reader.user_data = user_data;
  reader.cancellable = job->cancellable;
  reader.value = g_string_sized_new (64);
  reader.formula = g_string_sized_new (MAX_FORMULA_TEXT + 1);
  reader.text = g_string_sized_new (64);
  reader.scratch = g_string_sized_new (64);
  reader.attribute_scratch = g_string_sized_new (64);
  reader.scanner = inovda_xml_scanner_new (sheet_read, part, &handlers, &reader);
  _inovda_row_buffer_init (&reader.row_buffer);

  ok = inovda_xml_scanner_run (reader.scanner, error) && part_finish (part, error);
  if (!ok)
    locate_scan_error (&reader, error);

  _inovda_row_buffer_clear (&reader.row_buffer);
  inovda_xml_scanner_free (reader.scanner);
  g_string_free (reader.value, TRUE);
  g_string_free (reader.formula, TRUE);
  g_string_free (reader.text, TRUE);
  g_string_free (reader.scratch, TRUE);
  g_string_free (reader.attribute_scratch, TRUE);
  return ok;
}

gboolean
_inovda_xlsx_read_sheet (InovdaSpreadsheet *self,
                         guint sheet,
                         InovdaRowFunc func,
                         gpointer user_data,
                         GCancellable *cancellable,
                         GError **error)
{
  InovdaSheet *info = g_ptr_array_index (self->sheets, sheet);
  SheetJob job = { self, sheet, cancellable };

  if (_inovda_row_pipe_run (read_sheet_rows, &job, func, user_data, cancellable, error))
    return TRUE;
  g_array_set_size (info->merges, 0);
  return FALSE;
}
