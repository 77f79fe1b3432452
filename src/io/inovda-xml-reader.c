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

typedef struct
{
  InovdaImport *import;
  xmlParserCtxt *ctxt;
  GError *error; /* fatal: stops the parse */
  gboolean stopped;
  guint depth;

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

/* The compiled schema, shared by every import (read-only once built). */
static xmlSchema *
get_schema (GError **error)
{
  static xmlSchema *schema;
  static GMutex lock;
  g_autoptr (GBytes) xsd = NULL;
  xmlSchemaParserCtxt *parser;

  g_mutex_lock (&lock);
  if (schema == NULL)
    {
      xsd = g_resources_lookup_data (SCHEMA_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (xsd != NULL)
        {
          parser = xmlSchemaNewMemParserCtxt (g_bytes_get_data (xsd, NULL), (int) g_bytes_get_size (xsd));
          if (parser != NULL)
            {
              schema = xmlSchemaParse (parser);
              xmlSchemaFreeParserCtxt (parser);
            }
          if (schema == NULL)
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("The exchange schema could not be compiled"));
        }
    }
  g_mutex_unlock (&lock);
  return schema;
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

  if (reader->stopped)
    return;
  reader->depth++;

  if (reader->depth == 1)
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

  if (reader->stopped)
    return;
  reader->depth--;

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

  if (reader->stopped || reader->text_key == INOVDA_N_KEYS)
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

static void
report_xml_error (Reader *reader,
                  XML_ERROR_CONST xmlError *xml_error)
{
  InovdaSourceLocation where = { NULL, 0, 0 };
  g_autofree char *message = NULL;
  GString *text;

  if (xml_error == NULL || xml_error->level < XML_ERR_ERROR || reader->stopped)
    return;

  if (reader->ctxt != NULL)
    where = here (reader);
  if (where.line == 0)
    where.line = (guint) MAX (xml_error->line, 0);

  text = g_string_new (xml_error->message != NULL ? xml_error->message : "");
  g_string_replace (text, "{" NS "}", "", 0);
  message = g_strstrip (g_string_free (text, FALSE));
  _inovda_import_problem (reader->import, &where, "%s", *message != '\0' ? message : _ ("Unknown XML error"));
  if (xml_error->domain == XML_FROM_PARSER || xml_error->level == XML_ERR_FATAL)
    stop (reader);
}

/* Parser errors arrive with the plug as user data; the context knows us. */
static void
parser_error_cb (void *user_data,
                 XML_ERROR_CONST xmlError *xml_error)
{
  xmlParserCtxt *ctxt = xml_error != NULL ? xml_error->ctxt : NULL;

  if (ctxt != NULL && ctxt->_private != NULL)
    report_xml_error (ctxt->_private, xml_error);
}

static void
schema_error_cb (void *user_data,
                 XML_ERROR_CONST xmlError *xml_error)
{
  report_xml_error (user_data, xml_error);
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
  xmlSchema *schema;
  Reader reader = { 0 };
  gpointer user_data = &reader;
  gboolean ok = TRUE;

  ensure_initialized ();
  schema = get_schema (error);
  if (schema == NULL)
    return FALSE;
  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return FALSE;

  reader.import = import;
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
  sax.serror = parser_error_cb;

  validator = xmlSchemaNewValidCtxt (schema);
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
  xmlCtxtUseOptions (reader.ctxt, PARSE_OPTIONS);

  buffer = g_malloc (CHUNK_SIZE);
  while (!reader.stopped && reader.error == NULL)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, CHUNK_SIZE, cancellable, error);

      if (n < 0)
        {
          ok = FALSE;
          break;
        }
      xmlParseChunk (reader.ctxt, buffer, (int) n, n == 0);
      if (n == 0)
        break;
    }

  if (ok && reader.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&reader.error));
      ok = FALSE;
    }
  /* An empty or cut-off file may end without any error of its own. */
  if (ok && !reader.stopped && !_inovda_import_has_problems (import) &&
      (!reader.ctxt->wellFormed || reader.depth != 0 || reader.ctxt->nodeNr > 0))
    {
      InovdaSourceLocation where = here (&reader);
      _inovda_import_problem (import, &where, _ ("The file ends before the XML document is complete"));
    }

out:
  if (reader.ctxt != NULL)
    xmlFreeParserCtxt (reader.ctxt);
  if (plug != NULL)
    xmlSchemaSAXUnplug (plug);
  if (validator != NULL)
    xmlSchemaFreeValidCtxt (validator);
  g_clear_error (&reader.error);
  g_string_chunk_free (reader.strings);
  g_string_free (reader.urusan_lain, TRUE);
  g_string_free (reader.text, TRUE);
  g_free (reader.region_code);
  g_free (reader.year);
  g_free (reader.uid);
  g_free (reader.owner);
  return ok;
}
