/* inovda-xml-reader.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-xml-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <string.h>

#include "data/inovda-data-resources.h"
#include "inovda-error.h"
#include "inovda-import-private.h"
#include "inovda-xml-guard.h"

/* The Inovda XML, streamed with libxml2's SAX2 push parser and validated
 * against the schema on the way (xmlSchemaSAXPlug). SAX rather than
 * xmlTextReader: the text reader parses ahead in chunks, so its parser
 * position is not the position of the node it returns, and every problem
 * here is reported at the line and column of its element.
 *
 * No DOCTYPE (refused before its declarations are read), no entity
 * expansion, no network. */

#define NS "urn:inovda:pertukaran:1"
#define SCHEMA_PATH "/io/github/inovda/Inovda/data/schema/inovda-pertukaran-1.xsd"
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)
#define CHUNK_SIZE (64 * 1024)
#define MAX_TEXT (8 * 1024 * 1024)
/* The parser hands over a text in pieces: one per line and per character
 * reference, and at most 300 bytes each; libxml2's validator joins the
 * pieces of one element at a cost that grows with their square, so a name
 * of a million “&amp;” took minutes. No field's text needs this many. */
#define MAX_TEXT_PIECES 65536

#if LIBXML_VERSION >= 21200
#define XML_ERROR_CONST const
#else
#define XML_ERROR_CONST
#endif

typedef enum
{
  BUKTI_NONE,
  BUKTI_SPD,
  BUKTI_SID,
} BuktiOwner;

/* What the messages need to know of the schema that libxml2's errors do
 * not tell: the names of its elements, and the type each of its simple
 * types restricts. */
typedef struct
{
  xmlSchema *schema;
  GHashTable *elements; /* element name → itself */
  GHashTable *bases;    /* simple type name → its base ("xs:int", "p:teks") */
} Schema;

typedef struct
{
  const char *name; /* local name, prefix and namespace: in the parser's dictionary */
  const char *prefix;
  const char *uri;
  InovdaSourceLocation where; /* the end of its start tag */
} Element;

/* A problem the validator found in a value, which the pipeline may report
 * too when it checks the record: held back until then. */
typedef struct
{
  InovdaSourceLocation where;
  char *message;
} HeldProblem;

typedef struct
{
  InovdaImport *import;
  const Schema *schema;
  xmlParserCtxt *ctxt;
  GError *error; /* fatal: stops the parse */
  gboolean stopped;
  gboolean ending; /* the parser is told that the file ends */

  /* The validator checks an element right after our callbacks saw its
   * start, its text or its end: @checked is that element, and
   * @checked_ended tells that it was its end, after its content. */
  GArray *elements; /* Element: the open ones */
  Element checked;
  gboolean checked_ended;
  GArray *held;                          /* HeldProblem */
  GArray *reported;                      /* InovdaSourceLocation of the pipeline's problems meanwhile */
  InovdaSourceLocation last_value_where; /* of the validator's last problem in a value */
  char *last_value_attribute;

  GStringChunk *strings; /* strings of the records being built */
  char *region_code;
  char *year;

  /* <inovasi> */
  gboolean in_inovasi;
  InovdaRecord innovation;
  GString *urusan_lain;
  gboolean innovation_sent; /* at its first <dokumen> */

  /* text of the element being read */
  GString *text;
  InovdaRecordKey text_key; /* INOVDA_N_KEYS: not captured */
  InovdaRecord *text_record;
  gboolean text_is_urusan_lain;
  InovdaSourceLocation text_where;
  guint text_pieces; /* of the element being parsed, read or not */

  /* <sid> */
  gboolean assessment_pending;
  InovdaRecord assessment;
  char *uid;
  BuktiOwner bukti_owner;
  char *owner; /* indicator of the current <spd> or <indikator> */
} Reader;

static void
ensure_initialized (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      if (!g_resources_get_info (SCHEMA_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
        g_resources_register (inovda_data_get_resource ());
      g_once_init_leave (&initialized, 1);
    }
}

static void
collect_names (xmlNode *node,
               Schema *schema)
{
  for (; node != NULL; node = node->next)
    {
      xmlChar *name;

      if (node->type != XML_ELEMENT_NODE)
        continue;
      name = xmlGetProp (node, (const xmlChar *) "name");
      if (name != NULL && xmlStrEqual (node->name, (const xmlChar *) "element"))
        g_hash_table_add (schema->elements, g_strdup ((const char *) name));
      else if (name != NULL && xmlStrEqual (node->name, (const xmlChar *) "simpleType"))
        {
          for (xmlNode *child = node->children; child != NULL; child = child->next)
            {
              xmlChar *base = child->type == XML_ELEMENT_NODE && xmlStrEqual (child->name, (const xmlChar *) "restriction")
                                  ? xmlGetProp (child, (const xmlChar *) "base")
                                  : NULL;

              if (base != NULL)
                g_hash_table_insert (schema->bases, g_strdup ((const char *) name), g_strdup ((const char *) base));
              xmlFree (base);
            }
        }
      xmlFree (name);
      collect_names (node->children, schema);
    }
}

/* The compiled schema, shared by every import (read-only once built). */
static const Schema *
get_schema (GError **error)
{
  static Schema schema;
  static GMutex lock;
  g_autoptr (GBytes) xsd = NULL;
  xmlSchemaParserCtxt *parser;
  xmlDoc *doc;

  g_mutex_lock (&lock);
  if (schema.schema == NULL)
    {
      xsd = g_resources_lookup_data (SCHEMA_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (xsd != NULL)
        {
          parser = xmlSchemaNewMemParserCtxt (g_bytes_get_data (xsd, NULL), (int) g_bytes_get_size (xsd));
          if (parser != NULL)
            {
              schema.schema = xmlSchemaParse (parser);
              xmlSchemaFreeParserCtxt (parser);
            }
          if (schema.schema == NULL)
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("The exchange schema could not be compiled"));
        }
      if (schema.schema != NULL)
        {
          schema.elements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          schema.bases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          doc = xmlReadMemory (g_bytes_get_data (xsd, NULL), (int) g_bytes_get_size (xsd), NULL, NULL,
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
          if (doc != NULL)
            collect_names (xmlDocGetRootElement (doc), &schema);
          xmlFreeDoc (doc);
        }
    }
  g_mutex_unlock (&lock);
  return schema.schema != NULL ? &schema : NULL;
}

static InovdaSourceLocation
here (Reader *reader)
{
  InovdaSourceLocation where = { NULL, (guint) MAX (0, xmlSAX2GetLineNumber (reader->ctxt)),
                                 (guint) MAX (0, xmlSAX2GetColumnNumber (reader->ctxt)) };
  return where;
}

/* Every callback returns at once from now on, and no more of the file is
 * fed to the parser. Not xmlStopParser, in general: inside a callback it
 * frees the input that the schema validator's wrapper of the callback
 * still reads (libxml2 2.9). */
static void
stop (Reader *reader)
{
  reader->stopped = TRUE;
}

static void
emit (Reader *reader,
      const InovdaRecord *record)
{
  if (reader->stopped || reader->error != NULL)
    return;
  if (!_inovda_import_record (reader->import, record, &reader->error))
    stop (reader);
}

/* A problem of the validator's: not one of those the pipeline found. */
static void
report_schema_problem (Reader *reader,
                       const InovdaSourceLocation *where,
                       const char *message)
{
  _inovda_import_watch_problems (reader->import, NULL);
  _inovda_import_problem (reader->import, where, "%s", message);
  _inovda_import_watch_problems (reader->import, reader->reported);
}

/* Sends the held problems that the pipeline did not report at their
 * place, once it checked the record they concern (at once when @all). */
static void
release_held (Reader *reader,
              gboolean all)
{
  if (!all && ((reader->in_inovasi && !reader->innovation_sent) || reader->assessment_pending))
    return;
  for (guint i = 0; i < reader->held->len; i++)
    {
      HeldProblem *held = &g_array_index (reader->held, HeldProblem, i);
      gboolean reported = FALSE;

      for (guint r = 0; r < reader->reported->len && !reported; r++)
        {
          InovdaSourceLocation *where = &g_array_index (reader->reported, InovdaSourceLocation, r);
          reported = where->line == held->where.line && where->column == held->where.column;
        }
      if (!reported)
        report_schema_problem (reader, &held->where, held->message);
      g_free (held->message);
    }
  g_array_set_size (reader->held, 0);
  g_array_set_size (reader->reported, 0);
}

static const char *
keep (Reader *reader,
      const char *text)
{
  return text != NULL ? g_string_chunk_insert (reader->strings, text) : NULL;
}

/* An attribute's value; "&amp;" reaches SAX2 as "&#38;" when entities are
 * not replaced. */
static const char *
attribute (Reader *reader,
           int n_attributes,
           const xmlChar **attributes,
           const char *name)
{
  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **a = &attributes[i * 5];

      if (a[2] == NULL && g_str_equal ((const char *) a[0], name))
        {
          g_autoptr (GString) value = g_string_new_len ((const char *) a[3], a[4] - a[3]);
          if (strchr (value->str, '&') != NULL)
            g_string_replace (value, "&#38;", "&", 0);
          return g_string_chunk_insert (reader->strings, value->str);
        }
    }
  return NULL;
}

static void
set (InovdaRecord *record,
     InovdaRecordKey key,
     const char *text,
     const InovdaSourceLocation *where)
{
  record->values[key].text = text;
  record->values[key].where = *where;
}

/* A complete format: what is absent is empty. */
static void
set_or_clear (InovdaRecord *record,
              InovdaRecordKey key,
              const char *text,
              const InovdaSourceLocation *where)
{
  set (record, key, text != NULL ? text : "", where);
}

static void
flush_assessment (Reader *reader)
{
  if (!reader->assessment_pending)
    return;
  reader->assessment_pending = FALSE;
  emit (reader, &reader->assessment);
}

static void
capture (Reader *reader,
         InovdaRecord *record,
         InovdaRecordKey key,
         const InovdaSourceLocation *where)
{
  g_string_truncate (reader->text, 0);
  reader->text_record = record;
  reader->text_key = key;
  reader->text_where = *where;
}

/* Sends the innovation once its profile is complete: at its first
 * <dokumen>, as the documents come last, or at its end. */
static void
send_innovation (Reader *reader)
{
  InovdaRecord *record = &reader->innovation;
  InovdaSourceLocation where = record->where;

  if (reader->innovation_sent)
    return;
  reader->innovation_sent = TRUE;
  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    if (record->values[INOVDA_KEY_FIRST_FIELD + f].text == NULL)
      set (record, INOVDA_KEY_FIRST_FIELD + f, "", &where);
  if (record->values[INOVDA_KEY_URUSAN_LAIN].text == NULL)
    set (record, INOVDA_KEY_URUSAN_LAIN, "", &where);
  else
    record->values[INOVDA_KEY_URUSAN_LAIN].text = keep (reader, reader->urusan_lain->str);
  emit (reader, record);
}

static void
start_inovasi_child (Reader *reader,
                     const char *name,
                     int n_attributes,
                     const xmlChar **attributes,
                     const InovdaSourceLocation *where)
{
  InovdaRecord *record = &reader->innovation;
  g_autofree char *code = NULL;
  const InovdaFieldInfo *info;

  if (g_str_equal (name, "inisiator"))
    {
      set_or_clear (record, INOVDA_KEY_FIRST_FIELD + INOVDA_FIELD_INISIATOR,
                    attribute (reader, n_attributes, attributes, "jenis"), where);
      capture (reader, record, INOVDA_KEY_FIRST_FIELD + INOVDA_FIELD_NAMA_INISIATOR, where);
      return;
    }
  if (g_str_equal (name, "urusan"))
    {
      const char *utama = attribute (reader, n_attributes, attributes, "utama");
      gboolean main = utama != NULL && (g_str_equal (utama, "true") || g_str_equal (utama, "1"));

      capture (reader, record, INOVDA_KEY_FIRST_FIELD + INOVDA_FIELD_URUSAN_UTAMA, where);
      reader->text_is_urusan_lain = !main;
      if (!main)
        set (record, INOVDA_KEY_URUSAN_LAIN, "", where);
      return;
    }
  if (g_str_equal (name, "dokumen"))
    {
      InovdaRecord document;

      /* Each document is sent as it comes, never kept: a file of
       * <dokumen/> would otherwise take a record's memory per ten bytes. */
      send_innovation (reader);
      _inovda_record_reset (&document, INOVDA_RECORD_EVIDENCE, where);
      document.values[INOVDA_KEY_UID] = record->values[INOVDA_KEY_UID];
      set (&document, INOVDA_KEY_INDICATOR, attribute (reader, n_attributes, attributes, "jenis"), where);
      set (&document, INOVDA_KEY_FILE_NAME, attribute (reader, n_attributes, attributes, "berkas"), where);
      set (&document, INOVDA_KEY_SHA256, attribute (reader, n_attributes, attributes, "sha256"), where);
      set (&document, INOVDA_KEY_FILE_PATH, attribute (reader, n_attributes, attributes, "lokasi-berkas"), where);
      set (&document, INOVDA_KEY_TAUTAN, attribute (reader, n_attributes, attributes, "tautan"), where);
      emit (reader, &document);
      return;
    }

  code = g_strdelimit (g_strdup (name), "-", '_');
  info = inovda_field_lookup (code);
  if (info != NULL)
    capture (reader, record, INOVDA_KEY_FIRST_FIELD + info->field, where);
}

static void
start_element_cb (void *user_data,
                  const xmlChar *localname,
                  const xmlChar *prefix,
                  const xmlChar *uri,
                  int n_namespaces,
                  const xmlChar **namespaces,
                  int n_attributes,
                  int n_defaulted,
                  const xmlChar **attributes)
{
  Reader *reader = user_data;
  const char *name = (const char *) localname;
  InovdaSourceLocation where = here (reader);
  InovdaRecord record;
  Element element = { name, (const char *) prefix, (const char *) uri, where };

  if (reader->stopped)
    return;
  reader->text_pieces = 0;
  release_held (reader, FALSE);
  g_array_append_val (reader->elements, element);
  reader->checked = element;
  reader->checked_ended = FALSE;

  if (reader->elements->len == 1)
    {
      if (uri == NULL || !g_str_equal ((const char *) uri, NS) || !g_str_equal (name, "inovda"))
        {
          /* Translators: the first %s is an XML element name, the second a namespace */
          _inovda_import_problem (reader->import, &where,
                                  _ ("This is not an Inovda exchange file: the root element is <%s> in the namespace “%s”, not <inovda> in urn:inovda:pertukaran:1"),
                                  name, uri != NULL ? (const char *) uri : "");
          stop (reader);
        }
      return;
    }
  if (uri == NULL || !g_str_equal ((const char *) uri, NS))
    return;

  if (reader->in_inovasi)
    {
      start_inovasi_child (reader, name, n_attributes, attributes, &where);
      return;
    }

  /* A pending assessment refers to strings that the elements below
   * replace: it is sent before any element but its note, however
   * misplaced (the schema's errors do not stop the parse). */
  if (!g_str_equal (name, "catatan-pengembangan"))
    flush_assessment (reader);

  if (g_str_equal (name, "pemda"))
    {
      g_string_chunk_clear (reader->strings);
      g_free (reader->region_code);
      reader->region_code = g_strdup (attribute (reader, n_attributes, attributes, "kode"));
      _inovda_record_reset (&record, INOVDA_RECORD_REGION, &where);
      set (&record, INOVDA_KEY_REGION_CODE, reader->region_code, &where);
      set (&record, INOVDA_KEY_REGION_NAME, attribute (reader, n_attributes, attributes, "nama"), &where);
      set (&record, INOVDA_KEY_REGION_LEVEL, attribute (reader, n_attributes, attributes, "jenis"), &where);
      emit (reader, &record);
    }
  else if (g_str_equal (name, "perangkat-daerah"))
    {
      _inovda_record_reset (&record, INOVDA_RECORD_UNIT, &where);
      set (&record, INOVDA_KEY_REGION_CODE, reader->region_code, &where);
      set (&record, INOVDA_KEY_UNIT_CODE, attribute (reader, n_attributes, attributes, "kode"), &where);
      set (&record, INOVDA_KEY_UNIT_NAME, attribute (reader, n_attributes, attributes, "nama"), &where);
      set_or_clear (&record, INOVDA_KEY_UNIT_SHORT_NAME, attribute (reader, n_attributes, attributes, "singkatan"), &where);
      emit (reader, &record);
    }
  else if (g_str_equal (name, "inovasi"))
    {
      g_string_chunk_clear (reader->strings);
      _inovda_record_reset (&reader->innovation, INOVDA_RECORD_INNOVATION, &where);
      set (&reader->innovation, INOVDA_KEY_REGION_CODE, reader->region_code, &where);
      set (&reader->innovation, INOVDA_KEY_UID, attribute (reader, n_attributes, attributes, "id"), &where);
      set (&reader->innovation, INOVDA_KEY_UNIT_CODE, attribute (reader, n_attributes, attributes, "perangkat-daerah"), &where);
      g_string_truncate (reader->urusan_lain, 0);
      reader->innovation_sent = FALSE;
      reader->in_inovasi = TRUE;
    }
  else if (g_str_equal (name, "penilaian"))
    {
      g_free (reader->year);
      reader->year = g_strdup (attribute (reader, n_attributes, attributes, "tahun"));
    }
  else if (g_str_equal (name, "spd"))
    {
      const char *level, *value, *verified;

      g_string_chunk_clear (reader->strings);
      level = attribute (reader, n_attributes, attributes, "level");
      value = attribute (reader, n_attributes, attributes, "nilai");
      verified = attribute (reader, n_attributes, attributes, "level-verifikasi");
      g_free (reader->owner);
      reader->owner = g_strdup (attribute (reader, n_attributes, attributes, "indikator"));
      reader->bukti_owner = BUKTI_SPD;
      _inovda_record_reset (&record, INOVDA_RECORD_SPD, &where);
      set (&record, INOVDA_KEY_REGION_CODE, reader->region_code, &where);
      set (&record, INOVDA_KEY_YEAR, reader->year, &where);
      set (&record, INOVDA_KEY_INDICATOR, reader->owner, &where);
      if (level != NULL || value != NULL || verified != NULL)
        {
          set (&record, INOVDA_KEY_LEVEL, level, &where);
          set_or_clear (&record, INOVDA_KEY_RAW_VALUE, value, &where);
          set_or_clear (&record, INOVDA_KEY_VERIFIED, verified, &where);
          emit (reader, &record);
        }
    }
  else if (g_str_equal (name, "sid"))
    {
      const char *status;

      g_string_chunk_clear (reader->strings);
      status = attribute (reader, n_attributes, attributes, "status");
      g_free (reader->uid);
      reader->uid = g_strdup (attribute (reader, n_attributes, attributes, "inovasi"));
      _inovda_record_reset (&reader->assessment, INOVDA_RECORD_ASSESSMENT, &where);
      set (&reader->assessment, INOVDA_KEY_UID, reader->uid, &where);
      set (&reader->assessment, INOVDA_KEY_YEAR, reader->year, &where);
      set (&reader->assessment, INOVDA_KEY_STATUS, status != NULL ? status : "draf", &where);
      set (&reader->assessment, INOVDA_KEY_NOTE, "", &where);
      reader->assessment_pending = TRUE;
    }
  else if (g_str_equal (name, "catatan-pengembangan"))
    capture (reader, &reader->assessment, INOVDA_KEY_NOTE, &where);
  else if (g_str_equal (name, "indikator"))
    {
      const char *level, *verified;

      g_string_chunk_clear (reader->strings);
      level = attribute (reader, n_attributes, attributes, "level");
      verified = attribute (reader, n_attributes, attributes, "level-verifikasi");
      g_free (reader->owner);
      reader->owner = g_strdup (attribute (reader, n_attributes, attributes, "nomor"));
      reader->bukti_owner = BUKTI_SID;
      if (level != NULL || verified != NULL)
        {
          _inovda_record_reset (&record, INOVDA_RECORD_SID, &where);
          set (&record, INOVDA_KEY_UID, reader->uid, &where);
          set (&record, INOVDA_KEY_YEAR, reader->year, &where);
          set (&record, INOVDA_KEY_INDICATOR, reader->owner, &where);
          set_or_clear (&record, INOVDA_KEY_LEVEL, level, &where);
          set_or_clear (&record, INOVDA_KEY_BASIS, attribute (reader, n_attributes, attributes, "basis"), &where);
          set_or_clear (&record, INOVDA_KEY_VERIFIED, verified, &where);
          emit (reader, &record);
        }
    }
  else if (g_str_equal (name, "bukti") && reader->bukti_owner != BUKTI_NONE)
    {
      _inovda_record_reset (&record, INOVDA_RECORD_EVIDENCE, &where);
      if (reader->bukti_owner == BUKTI_SPD)
        set (&record, INOVDA_KEY_REGION_CODE, reader->region_code, &where);
      else
        set (&record, INOVDA_KEY_UID, reader->uid, &where);
      set (&record, INOVDA_KEY_YEAR, reader->year, &where);
      set (&record, INOVDA_KEY_INDICATOR, reader->owner, &where);
      set (&record, INOVDA_KEY_NOMOR_SURAT, attribute (reader, n_attributes, attributes, "nomor-surat"), &where);
      set (&record, INOVDA_KEY_TANGGAL_SURAT, attribute (reader, n_attributes, attributes, "tanggal"), &where);
      set (&record, INOVDA_KEY_TENTANG, attribute (reader, n_attributes, attributes, "tentang"), &where);
      set (&record, INOVDA_KEY_FILE_NAME, attribute (reader, n_attributes, attributes, "berkas"), &where);
      set (&record, INOVDA_KEY_SHA256, attribute (reader, n_attributes, attributes, "sha256"), &where);
      set (&record, INOVDA_KEY_FILE_PATH, attribute (reader, n_attributes, attributes, "lokasi-berkas"), &where);
      set (&record, INOVDA_KEY_TAUTAN, attribute (reader, n_attributes, attributes, "tautan"), &where);
      emit (reader, &record);
    }
}

static void
finish_inovasi (Reader *reader)
{
  reader->in_inovasi = FALSE;
  send_innovation (reader);
}

static void
end_element_cb (void *user_data,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  Reader *reader = user_data;
  const char *name = (const char *) localname;

  if (reader->stopped || reader->elements->len == 0)
    return;
  reader->text_pieces = 0;
  release_held (reader, FALSE);
  reader->checked = g_array_index (reader->elements, Element, reader->elements->len - 1);
  reader->checked_ended = TRUE;
  g_array_set_size (reader->elements, reader->elements->len - 1);

  if (reader->text_key != INOVDA_N_KEYS)
    {
      if (reader->text_is_urusan_lain)
        {
          g_string_append_printf (reader->urusan_lain, "%s%s", reader->urusan_lain->len > 0 ? " " : "", reader->text->str);
          reader->text_is_urusan_lain = FALSE;
        }
      else
        set (reader->text_record, reader->text_key, keep (reader, reader->text->str), &reader->text_where);
      reader->text_key = INOVDA_N_KEYS;
      return;
    }
  if (uri == NULL || !g_str_equal ((const char *) uri, NS))
    return;

  /* The innovation refers to the region's code: nothing inside it, not
   * even a misplaced </pemda>, ends anything but the innovation. */
  if (reader->in_inovasi)
    {
      if (g_str_equal (name, "inovasi"))
        finish_inovasi (reader);
    }
  else if (g_str_equal (name, "sid"))
    {
      flush_assessment (reader);
      reader->bukti_owner = BUKTI_NONE;
    }
  else if (g_str_equal (name, "spd"))
    reader->bukti_owner = BUKTI_NONE;
  else if (g_str_equal (name, "pemda"))
    g_clear_pointer (&reader->region_code, g_free);
}

static void
characters_cb (void *user_data,
               const xmlChar *text,
               int length)
{
  Reader *reader = user_data;

  if (reader->stopped)
    return;
  if (reader->elements->len > 0)
    {
      reader->checked = g_array_index (reader->elements, Element, reader->elements->len - 1);
      reader->checked_ended = FALSE;
    }
  if (++reader->text_pieces > MAX_TEXT_PIECES)
    {
      InovdaSourceLocation where = here (reader);

      /* Translators: %d is a number; &amp; is written as is */
      _inovda_import_problem (reader->import, &where, _ ("A text with more than %d lines or character references (such as &amp;) is not accepted"),
                              MAX_TEXT_PIECES);
      stop (reader);
      return;
    }
  if (reader->text_key == INOVDA_N_KEYS)
    return;
  if (reader->text->len + (gsize) length > MAX_TEXT)
    {
      InovdaSourceLocation where = here (reader);

      /* Translators: %d is a size in MiB */
      _inovda_import_problem (reader->import, &where, _ ("A text longer than %d MiB is not accepted"), MAX_TEXT / (1024 * 1024));
      stop (reader);
      return;
    }
  g_string_append_len (reader->text, (const char *) text, length);
}

/* Refusing the DOCTYPE here halts the parser before any declaration of
 * the internal subset is read: attribute defaults declared there would
 * otherwise be added to every element of the chunk, at a cost that grows
 * with their square. The validator does not wrap this callback, so
 * xmlStopParser frees nothing that is read after it. */
static void
internal_subset_cb (void *user_data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  Reader *reader = user_data;
  InovdaSourceLocation where = here (reader);

  if (reader->stopped)
    return;
  _inovda_import_problem (reader->import, &where, _ ("DOCTYPE declarations are not allowed"));
  stop (reader);
  xmlStopParser (reader->ctxt);
}

/* ---------------------------------------------------------------------- */
/* The validator's and the parser's errors, in words                      */

/* libxml2's own text, without our namespace: only for the rare kinds of
 * error that have no sentence of their own here. It may quote the file,
 * cut inside a character. */
static char *
libxml_text (XML_ERROR_CONST xmlError *xml_error)
{
  g_autofree char *valid = g_utf8_make_valid (xml_error->message != NULL ? xml_error->message : "", -1);
  GString *text = g_string_new (valid);

  g_string_replace (text, "{" NS "}", "", 0);
  return g_strstrip (g_string_free (text, FALSE));
}

/* The quoted name after @marker in libxml2's text ("type 'xs:date'"). */
static char *
quoted_after (const char *text,
              const char *marker)
{
  const char *start = text != NULL ? strstr (text, marker) : NULL;
  const char *end;

  if (start == NULL)
    return NULL;
  start += strlen (marker);
  end = strchr (start, '\'');
  return end != NULL ? g_strndup (start, end - start) : NULL;
}

/* The attribute that the validator's text names before the colon,
 * "Element 'pemda', attribute 'jenis': …": the structured error has the
 * element's value, not the attribute's name. */
static char *
message_attribute (const char *text)
{
  const char *colon = strstr (text, "': ");
  const char *attribute = strstr (text, "', attribute '");

  if (!g_str_has_prefix (text, "Element '") || attribute == NULL || (colon != NULL && colon < attribute))
    return NULL;
  return quoted_after (attribute, "', attribute '");
}

/* "… Expected is ( nama )." or "… Expected is one of ( a, b )." as
 * "<nama>" or "<a>, <b>"; NULL when libxml2 lists nothing. */
static char *
expected_elements (const char *text,
                   gboolean *one_of)
{
  const char *start = strstr (text, "Expected is ");
  const char *end;
  g_autofree char *inside = NULL;
  g_auto (GStrv) names = NULL;
  g_autoptr (GString) list = g_string_new (NULL);

  if (start == NULL)
    return NULL;
  start += strlen ("Expected is ");
  *one_of = g_str_has_prefix (start, "one of ");
  start = strchr (start, '(');
  end = start != NULL ? strchr (start, ')') : NULL;
  if (end == NULL)
    return NULL;
  inside = g_strndup (start + 1, end - start - 1);
  names = g_strsplit (inside, ",", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = g_strstrip (names[i]);

      if (*name != '\0')
        g_string_append_printf (list, "%s<%s>", list->len > 0 ? ", " : "", name);
    }
  return list->len > 0 ? g_string_free (g_steal_pointer (&list), FALSE) : NULL;
}

typedef enum
{
  TYPE_OTHER,
  TYPE_DATE,
  TYPE_WHOLE_NUMBER,
  TYPE_NUMBER,
  TYPE_BOOLEAN,
} TypeKind;

/* The built-in type under @name ("xs:date", or one of the schema's simple
 * types, named after libxml2 dropped our namespace). */
static TypeKind
type_kind (const Schema *schema,
           const char *name)
{
  static const char *const whole[] = { "int", "integer", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                                       "negativeInteger", "nonPositiveInteger", "unsignedLong", "unsignedInt",
                                       "unsignedShort", "unsignedByte", NULL };

  /* A chain of restrictions ends in a built-in type; the bound only
   * guards against a cycle. */
  for (guint i = 0; name != NULL && i < 16; i++)
    {
      const char *colon = strchr (name, ':');

      if (g_str_has_prefix (name, "xs:"))
        {
          name += strlen ("xs:");
          if (g_str_equal (name, "date"))
            return TYPE_DATE;
          if (g_strv_contains (whole, name))
            return TYPE_WHOLE_NUMBER;
          if (g_str_equal (name, "decimal") || g_str_equal (name, "float") || g_str_equal (name, "double"))
            return TYPE_NUMBER;
          if (g_str_equal (name, "boolean"))
            return TYPE_BOOLEAN;
          return TYPE_OTHER;
        }
      name = g_hash_table_lookup (schema->bases, colon != NULL ? colon + 1 : name);
    }
  return TYPE_OTHER;
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* "'a', 'b', 'c'" as "a, b, c". */
static char *
unquoted (const char *list)
{
  GString *text = g_string_new (NULL);

  for (const char *p = list; *p != '\0'; p++)
    if (*p != '\'')
      g_string_append_c (text, *p);
  return g_string_free (text, FALSE);
}

/* The validator's error as a sentence, or NULL when it only follows from
 * another one. @about_value: it concerns a value or a required part of an
 * element, which the pipeline may find wrong too; the other kinds (an
 * element or attribute in the wrong place, text where none belongs) are
 * the validator's alone. */
static char *
describe_schema_error (Reader *reader,
                       XML_ERROR_CONST xmlError *xml_error,
                       const char *text,
                       const char *element,
                       gboolean element_known,
                       const char *attribute,
                       gboolean *about_value)
{
  g_autofree char *subject = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *type = NULL;
  g_autofree char *allowed = NULL;
  g_autofree char *key = NULL;
  /* libxml2 leaves out an empty element's value. */
  const char *value = xml_error->str1 != NULL ? xml_error->str1 : "";
  const char *length, *limit, *rest;
  gboolean one_of = FALSE;

  if (attribute != NULL)
    /* Translators: where a value is in an XML file: an attribute, then
     * the element it belongs to, as in “attribute tahun of <penilaian>”.
     * It is the %s that says where in the messages about values of the
     * exchange file. */
    subject = g_strdup_printf (_ ("attribute %s of <%s>"), attribute, element);
  else
    subject = g_strdup_printf ("<%s>", element);

  *about_value = TRUE;
  switch ((int) xml_error->code)
    {
    case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_1:
    case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_2:
    case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_3:
    case XML_SCHEMAV_CVC_ATTRIBUTE_3:
      if (is_blank (value))
        /* Translators: %s is an element, or an attribute of an element */
        return g_strdup_printf (_ ("A value is required in %s"), subject);
      /* The type is named last; the value, quoted before it, may hold
       * anything. */
      type = quoted_after (g_strrstr (text, "type '"), "type '");
      switch (type_kind (reader->schema, type))
        {
        case TYPE_DATE:
          /* Translators: a value, then where it is (an element, or an
           * attribute of an element). YYYY-MM-DD shows how a date is
           * written: use your language's letters for year, month and day
           * (Indonesian: TTTT-BB-HH) */
          return g_strdup_printf (_ ("“%s” in %s is not a date (YYYY-MM-DD)"), value, subject);
        case TYPE_WHOLE_NUMBER:
          /* Translators: a value, then where it is (an element, or an attribute of an element) */
          return g_strdup_printf (_ ("“%s” in %s is not a whole number"), value, subject);
        case TYPE_NUMBER:
          /* Translators: a value, then where it is (an element, or an attribute of an element) */
          return g_strdup_printf (_ ("“%s” in %s is not a number"), value, subject);
        case TYPE_BOOLEAN:
          /* Translators: a value, then where it is (an element, or an
           * attribute of an element); “true” and “false” are written so
           * in the file: keep them */
          return g_strdup_printf (_ ("“%s” in %s is not true or false"), value, subject);
        case TYPE_OTHER:
        default:
          /* Translators: a value, then where it is (an element, or an attribute of an element) */
          return g_strdup_printf (_ ("“%s” in %s is not a valid value"), value, subject);
        }

    case XML_SCHEMAV_CVC_ENUMERATION_VALID:
      if (xml_error->str2 == NULL)
        break;
      if (is_blank (value))
        return g_strdup_printf (_ ("A value is required in %s"), subject);
      allowed = unquoted (xml_error->str2);
      /* Translators: a value, where it is (an element, or an attribute
       * of an element), then the values allowed there */
      return g_strdup_printf (_ ("“%s” in %s is not one of: %s"), value, subject, allowed);

    case XML_SCHEMAV_CVC_PATTERN_VALID:
      if (is_blank (value))
        return g_strdup_printf (_ ("A value is required in %s"), subject);
      /* Translators: a value, then where it is (an element, or an attribute of an element) */
      return g_strdup_printf (_ ("“%s” in %s is not written in the form the exchange format requires"), value, subject);

    case XML_SCHEMAV_CVC_MININCLUSIVE_VALID:
      if (xml_error->str2 == NULL)
        break;
      /* Translators: a value, where it is (an element, or an attribute
       * of an element), then the smallest value allowed */
      return g_strdup_printf (_ ("“%s” in %s is too small: the smallest value allowed is %s"), value, subject, xml_error->str2);

    case XML_SCHEMAV_CVC_MINEXCLUSIVE_VALID:
      if (xml_error->str2 == NULL)
        break;
      /* Translators: a value, where it is (an element, or an attribute
       * of an element), then a limit */
      return g_strdup_printf (_ ("“%s” in %s is too small: it must be greater than %s"), value, subject, xml_error->str2);

    case XML_SCHEMAV_CVC_MAXINCLUSIVE_VALID:
      if (xml_error->str2 == NULL)
        break;
      /* Translators: a value, where it is (an element, or an attribute
       * of an element), then the largest value allowed */
      return g_strdup_printf (_ ("“%s” in %s is too large: the largest value allowed is %s"), value, subject, xml_error->str2);

    case XML_SCHEMAV_CVC_MAXEXCLUSIVE_VALID:
      if (xml_error->str2 == NULL)
        break;
      /* Translators: a value, where it is (an element, or an attribute
       * of an element), then a limit */
      return g_strdup_printf (_ ("“%s” in %s is too large: it must be less than %s"), value, subject, xml_error->str2);

    case XML_SCHEMAV_CVC_LENGTH_VALID:
    case XML_SCHEMAV_CVC_MINLENGTH_VALID:
    case XML_SCHEMAV_CVC_MAXLENGTH_VALID:
      /* The value, its length and the limit; without the value when it
       * is empty. */
      length = xml_error->str3 != NULL ? xml_error->str2 : xml_error->str1;
      limit = xml_error->str3 != NULL ? xml_error->str3 : xml_error->str2;
      if (length == NULL || limit == NULL)
        break;
      if (g_str_equal (length, "0"))
        return g_strdup_printf (_ ("A value is required in %s"), subject);
      if (xml_error->code == XML_SCHEMAV_CVC_MAXLENGTH_VALID)
        /* Translators: where a text is (an element, or an attribute of an
         * element), its length, then the longest allowed */
        return g_strdup_printf (_ ("The text in %s has %s characters; at most %s are allowed"), subject, length, limit);
      if (xml_error->code == XML_SCHEMAV_CVC_MINLENGTH_VALID)
        /* Translators: where a text is (an element, or an attribute of an
         * element), its length, then the shortest allowed */
        return g_strdup_printf (_ ("The text in %s has %s characters; at least %s are required"), subject, length, limit);
      /* Translators: where a text is (an element, or an attribute of an
       * element), its length, then the length required */
      return g_strdup_printf (_ ("The text in %s has %s characters; exactly %s are required"), subject, length, limit);

    case XML_SCHEMAV_CVC_COMPLEX_TYPE_4:
      if (xml_error->str1 == NULL)
        break;
      /* Translators: an element, then the name of the attribute it lacks */
      return g_strdup_printf (_ ("<%s> lacks the required attribute %s"), element, xml_error->str1);

    case XML_SCHEMAV_CVC_IDC:
      /* Without a key it only says that an invalid value, reported
       * already, could not be compared. */
      if (xml_error->str1 == NULL)
        return NULL;
      key = g_strdup (xml_error->str1);
      g_strstrip (g_strdelimit (key, "[]'", ' '));
      /* Translators: an element, then the value that must be unique
       * among its kind (a region code, an innovation ID…) */
      return g_strdup_printf (_ ("<%s> “%s” appears more than once"), element, key);

    case XML_SCHEMAV_ELEMENT_CONTENT:
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_4:
      expected = expected_elements (text, &one_of);
      if (reader->checked_ended)
        {
          /* Its end: a required element is missing. */
          if (expected == NULL)
            /* Translators: %s is an element */
            return g_strdup_printf (_ ("<%s> is incomplete: an element is missing"), element);
          if (one_of)
            /* Translators: an element, then the elements one of which it lacks */
            return g_strdup_printf (_ ("<%s> is incomplete: it needs one of %s"), element, expected);
          /* Translators: an element, then the element(s) it lacks */
          return g_strdup_printf (_ ("<%s> is incomplete: it needs %s"), element, expected);
        }
      *about_value = FALSE;
      if (!element_known)
        /* Translators: %s is an element */
        return g_strdup_printf (_ ("The element <%s> is not part of the Inovda exchange format"), element);
      if (expected == NULL)
        /* Translators: %s is an element */
        return g_strdup_printf (_ ("The element <%s> is not allowed here"), element);
      if (one_of)
        /* Translators: an element, then the elements allowed in its place */
        return g_strdup_printf (_ ("The element <%s> is not allowed here; expected is one of %s"), element, expected);
      /* Translators: an element, then the element(s) expected in its place */
      return g_strdup_printf (_ ("The element <%s> is not allowed here; expected is %s"), element, expected);

    case XML_SCHEMAV_CVC_ELT_1:
      *about_value = FALSE;
      return g_strdup_printf (_ ("The element <%s> is not part of the Inovda exchange format"), element);

    case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_1:
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_2:
      if (xml_error->str1 == NULL)
        break;
      *about_value = FALSE;
      /* Translators: an element, then one of its attributes */
      return g_strdup_printf (_ ("<%s> has an attribute %s that the Inovda exchange format does not know"), element, xml_error->str1);

    case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_1:
      *about_value = FALSE;
      /* Translators: %s is an element */
      return g_strdup_printf (_ ("<%s> must be empty"), element);

    case XML_SCHEMAV_CVC_TYPE_3_1_2: /* an element inside one of text only */
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_2:
      *about_value = FALSE;
      /* Translators: %s is an element */
      return g_strdup_printf (_ ("<%s> may hold only text, not other elements"), element);

    case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_3:
      *about_value = FALSE;
      /* Translators: %s is an element */
      return g_strdup_printf (_ ("<%s> may hold only other elements, not text"), element);

    default:
      break;
    }

  /* A rare kind: libxml2's own words, after the element it names. */
  *about_value = FALSE;
  rest = g_str_has_prefix (text, "Element '") ? strstr (text, "': ") : NULL;
  /* Translators: where the problem is (an element, or an attribute of an
   * element), then the XML library's description, in English */
  return g_strdup_printf (_ ("The Inovda exchange format does not allow this in %s: %s"), subject, rest != NULL ? rest + 3 : text);
}

/* Reported at the element the validator checks, where the pipeline reports
 * its values too: its end is where libxml2 is when it checks the content. */
static void
schema_error_cb (void *user_data,
                 XML_ERROR_CONST xmlError *xml_error)
{
  Reader *reader = user_data;
  InovdaSourceLocation where;
  g_autofree char *text = NULL;
  g_autofree char *attribute = NULL;
  g_autofree char *element = NULL;
  g_autofree char *message = NULL;
  gboolean known, about_value;

  if (xml_error == NULL || xml_error->level < XML_ERR_ERROR || reader->stopped)
    return;

  text = libxml_text (xml_error);
  attribute = message_attribute (text);
  if (reader->checked.name != NULL)
    {
      where = reader->checked.where;
      element = reader->checked.prefix != NULL ? g_strdup_printf ("%s:%s", reader->checked.prefix, reader->checked.name)
                                               : g_strdup (reader->checked.name);
      known = reader->checked.uri != NULL && g_str_equal (reader->checked.uri, NS) &&
              g_hash_table_contains (reader->schema->elements, reader->checked.name);
    }
  else
    {
      where = here (reader);
      element = quoted_after (text, "Element '");
      if (element == NULL)
        element = g_strdup ("?");
      known = TRUE;
    }

  /* Reported at the element found inside, it is about the one around it,
   * which the text names. */
  if (xml_error->code == XML_SCHEMAV_CVC_TYPE_3_1_2 && g_str_has_prefix (text, "Element '"))
    {
      g_free (element);
      element = quoted_after (text, "Element '");
    }

  message = describe_schema_error (reader, xml_error, text, element, known, attribute, &about_value);
  if (message == NULL)
    return;
  if (!about_value)
    {
      report_schema_problem (reader, &where, message);
      return;
    }

  /* One problem in a value may break several facets of its type ("" is
   * too short and does not match the pattern): the first tells. */
  if (where.line == reader->last_value_where.line && where.column == reader->last_value_where.column &&
      g_strcmp0 (attribute, reader->last_value_attribute) == 0)
    return;
  reader->last_value_where = where;
  g_free (reader->last_value_attribute);
  reader->last_value_attribute = g_steal_pointer (&attribute);

  g_array_append_val (reader->held, ((HeldProblem){ where, g_steal_pointer (&message) }));
}

/* A file that is not well-formed XML: the first error stops the parse, as
 * what follows it would be read wrong. */
static char *
describe_parser_error (Reader *reader,
                       XML_ERROR_CONST xmlError *xml_error)
{
  const char *name = xml_error->str1 != NULL ? xml_error->str1 : "";
  g_autofree char *text = NULL;

  switch ((int) xml_error->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      /* Also what libxml2 says of text before the first element */
      return g_strdup (_ ("There is no XML element where the file begins: it is empty, or starts with something else"));
    case XML_ERR_DOCUMENT_END:
      /* What libxml2 says, at the end of a file cut off in the middle. */
      if (reader->ending && reader->ctxt->instate != XML_PARSER_EPILOG)
        return g_strdup (_ ("The file ends before the XML document is complete"));
      return g_strdup (_ ("There is more content after the end of the document’s main element"));
    case XML_ERR_ATTRIBUTE_NOT_STARTED:
      /* Translators: keep the example as it is: XML needs the quotation marks */
      return g_strdup (_ ("The value of an attribute must be in quotation marks, as in kode=\"63\""));
    case XML_ERR_ATTRIBUTE_NOT_FINISHED:
      return g_strdup (_ ("The value of an attribute is not closed with a quotation mark"));
    case XML_ERR_ATTRIBUTE_WITHOUT_VALUE:
      /* Translators: %s is the name of an attribute, twice */
      return g_strdup_printf (_ ("The attribute %s has no value: write it as %s=\"…\""), name, name);
    case XML_ERR_ATTRIBUTE_REDEFINED:
      /* libxml2 names a prefixed attribute as its prefix, then its local name. */
      if (xml_error->str2 != NULL)
        text = g_strdup_printf ("%s:%s", name, xml_error->str2);
      /* Translators: %s is the name of an attribute */
      return g_strdup_printf (_ ("The attribute %s appears twice in the same element"), text != NULL ? text : name);
    case XML_ERR_LT_IN_ATTRIBUTE:
      /* Translators: keep &lt; as it is: it is how XML writes “<” */
      return g_strdup (_ ("The value of an attribute contains “<”: write it as &lt;"));
    case XML_ERR_GT_REQUIRED:
      /* Translators: %s is the name of an element */
      return g_strdup_printf (_ ("The start tag <%s is not closed with “>”"), name);
    case XML_ERR_TAG_NAME_MISMATCH:
      if (xml_error->str2 == NULL)
        break;
      /* Translators: an element, the line where it begins, then the end
       * tag found instead of its own */
      return g_strdup_printf (_ ("The element <%s> that begins on line %d is closed by </%s>"),
                              name, xml_error->int1, xml_error->str2);
    case XML_ERR_TAG_NOT_FINISHED:
      /* Translators: an element, then the line where it begins */
      return g_strdup_printf (_ ("The file ends before the element <%s> that begins on line %d is closed"),
                              name, xml_error->int1);
    case XML_ERR_ENTITYREF_SEMICOL_MISSING:
      /* Translators: keep &amp; as it is: it is how XML writes “&” */
      return g_strdup (_ ("A “&” in the text must be written as &amp;"));
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      /* Translators: %s is a name written after “&” in the file */
      return g_strdup_printf (_ ("“&%s;” is not a known character: a “&” in the text must be written as &amp;"), name);
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_CHARREF:
      return g_strdup (_ ("The file contains a character that XML does not allow"));
    case XML_ERR_INVALID_ENCODING:
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
      return g_strdup (_ ("The file is not UTF-8 text, or contains damaged characters"));
    default:
      break;
    }
  text = libxml_text (xml_error);
  /* Translators: %s is the XML library's description, in English */
  return g_strdup_printf (_ ("The file is not well-formed XML: %s"), *text != '\0' ? text : _ ("Unknown XML error"));
}

/* Parser errors arrive with the plug as user data; the context knows us. */
static void
parser_error_cb (void *user_data,
                 XML_ERROR_CONST xmlError *xml_error)
{
  xmlParserCtxt *ctxt = xml_error != NULL ? xml_error->ctxt : NULL;
  Reader *reader = ctxt != NULL ? ctxt->_private : NULL;
  InovdaSourceLocation where;
  g_autofree char *message = NULL;

  if (reader == NULL || xml_error->level < XML_ERR_ERROR || reader->stopped)
    return;
  where = here (reader);
  if (where.line == 0)
    where.line = (guint) MAX (xml_error->line, 0);
  message = describe_parser_error (reader, xml_error);
  _inovda_import_problem (reader->import, &where, "%s", message);
  if (xml_error->domain == XML_FROM_PARSER || xml_error->level == XML_ERR_FATAL)
    stop (reader);
}

static void
ignore_generic_error_cb (void *context,
                         const char *format,
                         ...)
{
}

/* Unplugging clears the validator, but libxml2 2.9 frees its spare
 * identity-constraint matchers before it releases those of the elements
 * still open, which become spare only then: a file cut off or stopped
 * inside <pemda> left them behind. A second, empty run clears them. */
static void
unplug_validator (xmlSchemaSAXPlugStruct *plug,
                  xmlSchemaValidCtxt *validator)
{
  xmlSAXHandler sax = { .initialized = XML_SAX2_MAGIC };
  xmlSAXHandler *plugged = &sax;
  gpointer user_data = NULL;

  xmlSchemaSAXUnplug (plug);
  plug = xmlSchemaSAXPlug (validator, &plugged, &user_data);
  if (plug != NULL)
    xmlSchemaSAXUnplug (plug);
}

gboolean
_inovda_xml_reader_read (InovdaImport *import,
                         const char *path,
                         GCancellable *cancellable,
                         GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileInputStream) stream = NULL;
  g_autofree char *buffer = NULL;
  xmlSAXHandler sax = { 0 };
  xmlSAXHandler *plugged = &sax;
  xmlSchemaValidCtxt *validator = NULL;
  xmlSchemaSAXPlugStruct *plug = NULL;
  const Schema *schema;
  Reader reader = { 0 };
  InovdaXmlGuard guard;
  gpointer user_data = &reader;
  gboolean ok = TRUE;

  ensure_initialized ();
  /* Errors that libxml2 raises without a parser go to this thread's
   * generic handler, which prints them on stderr. */
  xmlSetGenericErrorFunc (NULL, ignore_generic_error_cb);
  schema = get_schema (error);
  if (schema == NULL)
    return FALSE;
  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return FALSE;

  reader.import = import;
  reader.schema = schema;
  reader.elements = g_array_new (FALSE, FALSE, sizeof (Element));
  reader.held = g_array_new (FALSE, FALSE, sizeof (HeldProblem));
  reader.reported = g_array_new (FALSE, FALSE, sizeof (InovdaSourceLocation));
  reader.strings = g_string_chunk_new (16 * 1024);
  reader.urusan_lain = g_string_new (NULL);
  reader.text = g_string_new (NULL);
  reader.text_key = INOVDA_N_KEYS;

  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = start_element_cb;
  sax.endElementNs = end_element_cb;
  sax.characters = characters_cb;
  sax.cdataBlock = characters_cb;
  sax.internalSubset = internal_subset_cb;

  validator = xmlSchemaNewValidCtxt (schema->schema);
  if (validator != NULL)
    {
      xmlSchemaSetValidStructuredErrors (validator, schema_error_cb, &reader);
      plug = xmlSchemaSAXPlug (validator, &plugged, &user_data);
    }
  if (plug == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("Could not create a schema validator"));
      ok = FALSE;
      goto out;
    }

  reader.ctxt = xmlCreatePushParserCtxt (plugged, user_data, NULL, 0, path);
  if (reader.ctxt == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("Could not create an XML parser"));
      ok = FALSE;
      goto out;
    }
  reader.ctxt->_private = &reader;
  /* The plug's handler forwards no structured errors (libxml2 2.9): set
   * on it before, a malformed file's errors went nowhere, and the file
   * seemed only to end too early. */
  reader.ctxt->sax->serror = parser_error_cb;
  xmlCtxtUseOptions (reader.ctxt, PARSE_OPTIONS);
  _inovda_import_watch_problems (import, reader.reported);

  buffer = g_malloc (CHUNK_SIZE);
  _inovda_xml_guard_init (&guard);
  while (!reader.stopped && reader.error == NULL)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, CHUNK_SIZE, cancellable, error);

      if (n < 0)
        {
          ok = FALSE;
          break;
        }
      if (!_inovda_xml_guard_feed (&guard, buffer, (gsize) n))
        {
          InovdaSourceLocation where = { NULL, guard.tag_line, guard.tag_column };

          /* Translators: %d is a number */
          _inovda_import_problem (import, &where, _ ("An element has more than %d attributes, more than Inovda accepts"),
                                  INOVDA_XML_MAX_ATTRIBUTES);
          stop (&reader);
          break;
        }
      reader.ending = n == 0;
      xmlParseChunk (reader.ctxt, buffer, (int) n, n == 0);
      if (n == 0)
        break;
    }

  /* Whatever stopped the parse, what the validator found is reported. */
  release_held (&reader, TRUE);
  _inovda_import_watch_problems (import, NULL);

  if (ok && reader.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&reader.error));
      ok = FALSE;
    }
  /* An empty or cut-off file may end without any error of its own. */
  if (ok && !reader.stopped && !_inovda_import_has_problems (import) &&
      (!reader.ctxt->wellFormed || reader.elements->len != 0 || reader.ctxt->nodeNr > 0))
    {
      InovdaSourceLocation where = here (&reader);
      _inovda_import_problem (import, &where, _ ("The file ends before the XML document is complete"));
    }

out:
  if (reader.ctxt != NULL)
    xmlFreeParserCtxt (reader.ctxt);
  if (plug != NULL)
    unplug_validator (plug, validator);
  if (validator != NULL)
    xmlSchemaFreeValidCtxt (validator);
  _inovda_import_watch_problems (import, NULL);
  g_clear_error (&reader.error);
  for (guint i = 0; reader.held != NULL && i < reader.held->len; i++)
    g_free (g_array_index (reader.held, HeldProblem, i).message);
  g_clear_pointer (&reader.held, g_array_unref);
  g_clear_pointer (&reader.reported, g_array_unref);
  g_clear_pointer (&reader.elements, g_array_unref);
  g_free (reader.last_value_attribute);
  g_string_chunk_free (reader.strings);
  g_string_free (reader.urusan_lain, TRUE);
  g_string_free (reader.text, TRUE);
  g_free (reader.region_code);
  g_free (reader.year);
  g_free (reader.uid);
  g_free (reader.owner);
  return ok;
}
