/* inovda-catalogue-reader.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-catalogue-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <stdarg.h>
#include <string.h>

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlversion.h>

#include "data/inovda-data-resources.h"
#include "inovda-catalogue-reader.h"
#include "inovda-error.h"
#include "model/inovda-decimal.h"
#include "model/inovda-enums.h"

#define KATALOG_NS "urn:inovda:katalog:1"
#define RESOURCE_DIR "/io/github/inovda/Inovda/data/methodology/"
#define SCHEMA_PATH RESOURCE_DIR "catalogue.xsd"

#define MAX_CATALOGUE_BYTES (4 * 1024 * 1024)
#define SCORE_DIGITS 2 /* weights, bands, factor, total: hundredths */
#define VALUE_DIGITS 4 /* thresholds: INOVDA_VALUE_SCALE */
/* Bounds that keep every sum and product of the engine far from overflow. */
#define MAX_SCORE G_GINT64_CONSTANT (100000000) /* 1 000 000.00 */
#define MAX_COUNT 1000000

G_STATIC_ASSERT (INOVDA_SCORE_SCALE == 100);
G_STATIC_ASSERT (INOVDA_VALUE_SCALE == 10000);

#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES)

/* The structured error callback takes a const error from libxml2 2.12 on. */
#if LIBXML_VERSION >= 21200
#define XML_ERROR_CONST const
#else
#define XML_ERROR_CONST
#endif

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlSchema, xmlSchemaFree)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlSchemaParserCtxt, xmlSchemaFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlSchemaValidCtxt, xmlSchemaFreeValidCtxt)

/* Only the first error is kept: later ones are mostly its consequences. */
typedef struct
{
  char *message;
  int line;
  int column;
  gboolean doctype;
} FirstError;

typedef struct
{
  const char *name;
  InovdaCatalogue *catalogue;
  xmlNode *rules;
  gboolean any_provisional_row;
} Reader;

static gboolean fail_at (Reader *reader,
                         xmlNode *node,
                         GError **error,
                         const char *format,
                         ...) G_GNUC_PRINTF (4, 5);

static void
ensure_initialized (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      /* The generated constructor registers the resource where the compiler
       * supports constructors; registering it again would list it twice. */
      if (!g_resources_get_info (SCHEMA_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
        g_resources_register (inovda_data_get_resource ());
      g_once_init_leave (&initialized, 1);
    }
}

/* Errors */

static void
first_error_clear (FirstError *first)
{
  g_clear_pointer (&first->message, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FirstError, first_error_clear)

static void
first_error_record (FirstError *first,
                    const char *message,
                    int line,
                    int column)
{
  GString *text;

  if (first->message != NULL)
    return;

  text = g_string_new (message);
  g_string_replace (text, "{" KATALOG_NS "}", "", 0);
  first->message = g_strstrip (g_string_free (text, FALSE));
  if (first->message[0] == '\0')
    {
      g_free (first->message);
      first->message = g_strdup (_ ("Unknown XML error"));
    }
  first->line = MAX (line, 0);
  first->column = MAX (column, 0);
}

static void
record_xml_error (FirstError *first,
                  XML_ERROR_CONST xmlError *xml_error)
{
  g_autofree char *detail = NULL;
  g_autofree char *message = NULL;
  int line;

  if (xml_error == NULL || xml_error->level < XML_ERR_ERROR)
    return;

  line = xml_error->line;
  if (line <= 0 && xml_error->node != NULL)
    line = (int) xmlGetLineNo ((xmlNode *) xml_error->node);
  /* libxml2's own words stay, in English, after a sentence that says what
   * kind of fault it is. They may quote the file, cut inside a character. */
  detail = g_strstrip (g_utf8_make_valid (xml_error->message != NULL ? xml_error->message : "", -1));
  if (xml_error->domain == XML_FROM_SCHEMASV)
    /* Translators: %s is the XML library's description, in English */
    message = g_strdup_printf (_ ("The catalogue does not follow the catalogue schema: %s"), detail);
  else
    /* Translators: %s is the XML library's description, in English */
    message = g_strdup_printf (_ ("The file is not well-formed XML: %s"), detail);
  first_error_record (first, message, line, xml_error->domain == XML_FROM_PARSER ? xml_error->int2 : 0);
}

static void
set_located_error (GError **error,
                   const char *name,
                   const FirstError *first)
{
  if (first->line > 0 && first->column > 0)
    g_set_error (error, INOVDA_CATALOGUE_ERROR, INOVDA_CATALOGUE_ERROR_INVALID,
                 "%s:%d:%d: %s", name, first->line, first->column, first->message);
  else if (first->line > 0)
    g_set_error (error, INOVDA_CATALOGUE_ERROR, INOVDA_CATALOGUE_ERROR_INVALID,
                 "%s:%d: %s", name, first->line, first->message);
  else
    g_set_error (error, INOVDA_CATALOGUE_ERROR, INOVDA_CATALOGUE_ERROR_INVALID,
                 "%s: %s", name, first->message);
}

static gboolean
fail_at (Reader *reader,
         xmlNode *node,
         GError **error,
         const char *format,
         ...)
{
  g_auto (FirstError) first = { 0 };
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  first_error_record (&first, message, node != NULL ? (int) xmlGetLineNo (node) : 0, 0);
  set_located_error (error, reader->name, &first);
  return FALSE;
}

/* Parsing and validation */

/* The parser passes ctxt->userData, which is the context itself; our state
 * travels in ctxt->_private. */
static void
parser_error_cb (void *user_data,
                 XML_ERROR_CONST xmlError *xml_error)
{
  xmlParserCtxt *ctxt = user_data;

  record_xml_error (ctxt->_private, xml_error);
}

/* Refusing the DOCTYPE here stops the parser before any entity declaration
 * of the internal subset is read. */
static void
internal_subset_cb (void *user_data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = user_data;
  FirstError *first = ctxt->_private;

  first->doctype = TRUE;
  first_error_record (first, _ ("DOCTYPE declarations are not allowed"),
                      xmlSAX2GetLineNumber (ctxt), xmlSAX2GetColumnNumber (ctxt));
  xmlStopParser (ctxt);
}

static void
schema_error_cb (void *user_data,
                 XML_ERROR_CONST xmlError *xml_error)
{
  record_xml_error (user_data, xml_error);
}

static xmlDoc *
parse_document (GBytes *xml,
                const char *name,
                GError **error)
{
  g_autoptr (xmlParserCtxt) ctxt = NULL;
  g_autoptr (xmlDoc) doc = NULL;
  g_auto (FirstError) first = { 0 };
  const char *data;
  gsize size;

  data = g_bytes_get_data (xml, &size);
  if (size == 0)
    {
      g_set_error (error, INOVDA_CATALOGUE_ERROR, INOVDA_CATALOGUE_ERROR_INVALID,
                   _ ("%s: The file is empty"), name);
      return NULL;
    }
  if (size > MAX_CATALOGUE_BYTES)
    {
      g_set_error (error, INOVDA_CATALOGUE_ERROR, INOVDA_CATALOGUE_ERROR_INVALID,
                   /* Translators: %s is a file name, %d a size in MiB */
                   _ ("%s: A catalogue may not be larger than %d MiB"),
                   name, MAX_CATALOGUE_BYTES / (1024 * 1024));
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      g_set_error (error, INOVDA_CATALOGUE_ERROR, INOVDA_CATALOGUE_ERROR_INVALID,
                   _ ("%s: Could not create an XML parser"), name);
      return NULL;
    }
  ctxt->_private = &first;
  ctxt->sax->serror = parser_error_cb;
  ctxt->sax->internalSubset = internal_subset_cb;

  doc = xmlCtxtReadMemory (ctxt, data, (int) size, NULL, NULL, PARSE_OPTIONS);
  ctxt->_private = NULL;

  if (first.doctype || first.message != NULL || doc == NULL)
    {
      if (first.message == NULL)
        first_error_record (&first, _ ("The file is not well-formed XML"), 0, 0);
      set_located_error (error, name, &first);
      return NULL;
    }
  if (doc->intSubset != NULL || doc->extSubset != NULL)
    {
      first_error_record (&first, _ ("DOCTYPE declarations are not allowed"), 0, 0);
      set_located_error (error, name, &first);
      return NULL;
    }

  return g_steal_pointer (&doc);
}

static gboolean
validate_document (xmlDoc *doc,
                   const char *name,
                   GError **error)
{
  g_autoptr (GBytes) xsd = NULL;
  g_autoptr (xmlSchemaParserCtxt) parser = NULL;
  g_autoptr (xmlSchema) schema = NULL;
  g_autoptr (xmlSchemaValidCtxt) validator = NULL;
  g_auto (FirstError) first = { 0 };
  g_autoptr (GError) local_error = NULL;
  const char *data;
  gsize size;

  xsd = g_resources_lookup_data (SCHEMA_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (xsd == NULL)
    {
      g_set_error (error, INOVDA_CATALOGUE_ERROR, INOVDA_CATALOGUE_ERROR_INVALID,
                   _ ("%s: Cannot load the catalogue schema: %s"), name, local_error->message);
      return FALSE;
    }

  data = g_bytes_get_data (xsd, &size);
  parser = xmlSchemaNewMemParserCtxt (data, (int) size);
  if (parser != NULL)
    {
      xmlSchemaSetParserStructuredErrors (parser, schema_error_cb, &first);
      schema = xmlSchemaParse (parser);
    }
  if (schema == NULL)
    {
      first_error_record (&first, _ ("The schema could not be compiled"), 0, 0);
      set_located_error (error, "catalogue.xsd", &first);
      return FALSE;
    }

  validator = xmlSchemaNewValidCtxt (schema);
  if (validator == NULL)
    {
      g_set_error (error, INOVDA_CATALOGUE_ERROR, INOVDA_CATALOGUE_ERROR_INVALID,
                   _ ("%s: Could not create a schema validator"), name);
      return FALSE;
    }
  xmlSchemaSetValidStructuredErrors (validator, schema_error_cb, &first);

  if (xmlSchemaValidateDoc (validator, doc) != 0)
    {
      first_error_record (&first, _ ("The catalogue does not match catalogue.xsd"), 0, 0);
      set_located_error (error, name, &first);
      return FALSE;
    }

  return TRUE;
}

/* Small readers */

static gboolean
is_element (xmlNode *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE &&
         node->ns != NULL &&
         xmlStrEqual (node->ns->href, BAD_CAST KATALOG_NS) &&
         xmlStrEqual (node->name, BAD_CAST name);
}

static char *
get_attr (xmlNode *node,
          const char *attribute)
{
  xmlChar *value = xmlGetNoNsProp (node, BAD_CAST attribute);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* Text with runs of white space folded into one space, so the catalogue
 * files may wrap long texts. */
static char *
get_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  GString *text = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (const char *p = (const char *) content; p != NULL && *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          pending_space = text->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (text, ' ');
      pending_space = FALSE;
      g_string_append_c (text, *p);
    }

  xmlFree (content);
  return g_string_free (text, FALSE);
}

static gboolean
read_text_attr (Reader *reader,
                xmlNode *node,
                const char *attribute,
                char **out,
                GError **error)
{
  g_autofree char *value = get_attr (node, attribute);

  if (value == NULL || g_strstrip (value)[0] == '\0')
    /* Translators: %s is an XML attribute name */
    return fail_at (reader, node, error, _ ("Missing attribute “%s”"), attribute);
  *out = g_steal_pointer (&value);
  return TRUE;
}

static gboolean
read_decimal (Reader *reader,
              xmlNode *node,
              const char *attribute,
              guint digits,
              gint64 *out,
              GError **error)
{
  g_autofree char *text = NULL;

  if (!read_text_attr (reader, node, attribute, &text, error))
    return FALSE;
  if (!inovda_decimal_parse (text, digits, out))
    return fail_at (reader, node, error,
                    /* Translators: “bobot="0.755"” is not a decimal with at most 2 decimals */
                    _ ("“%s=\"%s\"” is not a decimal with at most %u decimals"),
                    attribute, text, digits);
  return TRUE;
}

static gboolean
read_score (Reader *reader,
            xmlNode *node,
            const char *attribute,
            gboolean zero_allowed,
            gint64 *out,
            GError **error)
{
  if (!read_decimal (reader, node, attribute, SCORE_DIGITS, out, error))
    return FALSE;
  if (*out < 0 || (*out == 0 && !zero_allowed))
    return fail_at (reader, node, error, _ ("“%s” must be above 0"), attribute);
  if (*out > MAX_SCORE)
    return fail_at (reader, node, error, _ ("“%s” is too large"), attribute);
  return TRUE;
}

static gboolean
read_count (Reader *reader,
            xmlNode *node,
            const char *attribute,
            guint min,
            guint max,
            guint *out,
            GError **error)
{
  g_autofree char *text = NULL;
  guint64 value;

  if (!read_text_attr (reader, node, attribute, &text, error))
    return FALSE;
  if (!g_ascii_string_to_unsigned (text, 10, min, max, &value, NULL))
    return fail_at (reader, node, error,
                    /* Translators: “yandas-minimum="7"” must be a whole number from 0 to 6 */
                    _ ("“%s=\"%s\"” must be a whole number from %u to %u"),
                    attribute, text, min, max);
  *out = (guint) value;
  return TRUE;
}

static gboolean
read_boolean (Reader *reader,
              xmlNode *node,
              const char *attribute,
              gboolean *out,
              GError **error)
{
  g_autofree char *text = get_attr (node, attribute);

  if (text == NULL || g_str_equal (text, "false") || g_str_equal (text, "0"))
    *out = FALSE;
  else if (g_str_equal (text, "true") || g_str_equal (text, "1"))
    *out = TRUE;
  else
    return fail_at (reader, node, error, _ ("“%s” must be true or false"), attribute);
  return TRUE;
}

static gboolean
read_aspect (Reader *reader,
             xmlNode *node,
             InovdaAspect *out,
             GError **error)
{
  g_autofree char *text = NULL;

  if (!read_text_attr (reader, node, "aspek", &text, error))
    return FALSE;
  if (g_str_equal (text, "spd"))
    *out = INOVDA_ASPECT_SPD;
  else if (g_str_equal (text, "sid"))
    *out = INOVDA_ASPECT_SID;
  else
    return fail_at (reader, node, error, _ ("“aspek” must be spd or sid"));
  return TRUE;
}

/* Catalogue parts */

static gboolean
read_inference (Reader *reader,
                xmlNode *node,
                GError **error)
{
  InovdaInference *inference;
  g_autofree char *key = NULL;

  if (!read_text_attr (reader, node, "kunci", &key, error))
    return FALSE;

  inference = g_new0 (InovdaInference, 1);
  inference->key = g_steal_pointer (&key);
  inference->description = get_text (node);
  g_ptr_array_add (reader->catalogue->inferred, inference);
  return TRUE;
}

static gboolean
read_rules (Reader *reader,
            xmlNode *node,
            GError **error)
{
  InovdaCatalogue *catalogue = reader->catalogue;

  reader->rules = node;
  if (!read_count (reader, node, "pembagi-minimum", 1, MAX_COUNT, &catalogue->divisor_floor, error) ||
      !read_score (reader, node, "faktor-jumlah", TRUE, &catalogue->jumlah_factor, error) ||
      !read_count (reader, node, "batas-jumlah", 0, MAX_COUNT, &catalogue->jumlah_cap, error) ||
      !read_count (reader, node, "yandas-minimum", 0, INOVDA_N_YANDAS, &catalogue->yandas_min, error) ||
      !read_score (reader, node, "total-maksimum", FALSE, &catalogue->max_total, error) ||
      !read_count (reader, node, "kata-rancang-bangun", 0, MAX_COUNT, &catalogue->rancang_bangun_min_words, error))
    return FALSE;

  if (xmlHasProp (node, BAD_CAST "partisipasi-maksimum") != NULL &&
      !read_count (reader, node, "partisipasi-maksimum", 0, MAX_COUNT, &catalogue->max_participations, error))
    return FALSE;

  catalogue->eligible_from = get_attr (node, "penerapan-dari");
  catalogue->eligible_to = get_attr (node, "penerapan-sampai");
  if (catalogue->eligible_from != NULL && catalogue->eligible_to != NULL &&
      strcmp (catalogue->eligible_from, catalogue->eligible_to) > 0)
    return fail_at (reader, node, error, _ ("“penerapan-dari” is after “penerapan-sampai”"));

  return TRUE;
}

static gboolean
read_band (Reader *reader,
           xmlNode *node,
           GError **error)
{
  GPtrArray *bands = reader->catalogue->bands;
  InovdaPredikatBand *band;
  g_autofree char *label = NULL;
  gint64 lower;

  if (!read_score (reader, node, "batas-bawah", FALSE, &lower, error) ||
      !read_text_attr (reader, node, "label", &label, error))
    return FALSE;

  if (lower > 100 * INOVDA_SCORE_SCALE)
    return fail_at (reader, node, error, _ ("“batas-bawah” is above 100"));
  if (bands->len > 0 &&
      lower >= ((InovdaPredikatBand *) g_ptr_array_index (bands, bands->len - 1))->lower)
    return fail_at (reader, node, error,
                    _ ("Bands must be listed from the highest lower edge down, each lower than the one before"));

  band = g_new0 (InovdaPredikatBand, 1);
  band->lower = lower;
  band->label = g_steal_pointer (&label);
  g_ptr_array_add (bands, band);
  return TRUE;
}

static gboolean
read_bands (Reader *reader,
            xmlNode *node,
            GError **error)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (!is_element (child, "pita"))
        return fail_at (reader, child, error, _ ("Unexpected element <%s>"), child->name);
      if (!read_band (reader, child, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_variable (Reader *reader,
               xmlNode *node,
               GError **error)
{
  InovdaVariable *variable;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  InovdaAspect aspect;

  if (!read_text_attr (reader, node, "id", &id, error) ||
      !read_text_attr (reader, node, "nama", &name, error) ||
      !read_aspect (reader, node, &aspect, error))
    return FALSE;
  if (inovda_catalogue_find_variable (reader->catalogue, id) != NULL)
    return fail_at (reader, node, error, _ ("Duplicate variable id “%s”"), id);

  variable = g_new0 (InovdaVariable, 1);
  variable->id = g_steal_pointer (&id);
  variable->name = g_steal_pointer (&name);
  variable->aspect = aspect;
  g_ptr_array_add (reader->catalogue->variables, variable);
  return TRUE;
}

static gboolean
read_level (Reader *reader,
            xmlNode *node,
            char **levels,
            GError **error)
{
  guint value;

  if (!read_count (reader, node, "nilai", 1, INOVDA_LEVEL_MAX, &value, error))
    return FALSE;
  if (levels[value - 1] != NULL)
    return fail_at (reader, node, error, _ ("Level %u is given twice"), value);
  levels[value - 1] = get_text (node);
  return TRUE;
}

static gboolean
check_levels (Reader *reader,
              xmlNode *node,
              char **levels,
              GError **error)
{
  for (guint i = 0; i < INOVDA_LEVEL_MAX; i++)
    if (levels[i] == NULL)
      return fail_at (reader, node, error, _ ("Level %u is missing"), i + 1);
  return TRUE;
}

static gboolean
beyond (InovdaDirection direction,
        gint64 value,
        gint64 threshold)
{
  if (direction == INOVDA_DIRECTION_HIGHER_IS_BETTER)
    return value > threshold;
  return value < threshold;
}

static gboolean
read_thresholds (Reader *reader,
                 xmlNode *node,
                 InovdaIndicator *indicator,
                 GError **error)
{
  g_autofree char *direction = NULL;
  gint64 *threshold = indicator->threshold;

  if (!read_text_attr (reader, node, "arah", &direction, error))
    return FALSE;
  if (g_str_equal (direction, "naik"))
    indicator->direction = INOVDA_DIRECTION_HIGHER_IS_BETTER;
  else if (g_str_equal (direction, "turun"))
    indicator->direction = INOVDA_DIRECTION_LOWER_IS_BETTER;
  else
    return fail_at (reader, node, error, _ ("“arah” must be naik or turun"));

  indicator->has_level1_threshold = xmlHasProp (node, BAD_CAST "level-1") != NULL;
  if ((indicator->has_level1_threshold &&
       !read_decimal (reader, node, "level-1", VALUE_DIGITS, &threshold[0], error)) ||
      !read_decimal (reader, node, "level-2", VALUE_DIGITS, &threshold[1], error) ||
      !read_decimal (reader, node, "level-3", VALUE_DIGITS, &threshold[2], error))
    return FALSE;

  if (!beyond (indicator->direction, threshold[2], threshold[1]) ||
      (indicator->has_level1_threshold && !beyond (indicator->direction, threshold[1], threshold[0])))
    return fail_at (reader, node, error,
                    /* Translators: %s is naik (higher is better) or turun (lower is better) */
                    _ ("Thresholds must move in the direction “%s”: level-3 beyond level-2, level-2 beyond level-1"),
                    direction);

  indicator->has_minimum = xmlHasProp (node, BAD_CAST "minimum") != NULL;
  indicator->has_maximum = xmlHasProp (node, BAD_CAST "maksimum") != NULL;
  if ((indicator->has_minimum && !read_decimal (reader, node, "minimum", VALUE_DIGITS, &indicator->minimum, error)) ||
      (indicator->has_maximum && !read_decimal (reader, node, "maksimum", VALUE_DIGITS, &indicator->maximum, error)))
    return FALSE;
  if (indicator->has_minimum && indicator->has_maximum && indicator->minimum >= indicator->maximum)
    return fail_at (reader, node, error, _ ("“minimum” must be below “maksimum”"));

  indicator->value_unit = get_attr (node, "satuan");
  return TRUE;
}

static gboolean
read_option (Reader *reader,
             xmlNode *node,
             InovdaIndicator *indicator,
             GError **error)
{
  InovdaValueOption *option;
  g_autofree char *code = NULL;
  guint level;

  if (!read_text_attr (reader, node, "kode", &code, error) ||
      !read_count (reader, node, "level", 0, INOVDA_LEVEL_MAX, &level, error))
    return FALSE;
  if (inovda_indicator_level_for_code (indicator, code) >= 0)
    return fail_at (reader, node, error, _ ("Duplicate option code “%s”"), code);

  option = g_new0 (InovdaValueOption, 1);
  option->code = g_steal_pointer (&code);
  option->label = get_text (node);
  option->level = (int) level;
  g_ptr_array_add (indicator->options, option);
  return TRUE;
}

static gboolean
read_basis (Reader *reader,
            xmlNode *node,
            InovdaIndicator *indicator,
            GError **error)
{
  g_autoptr (InovdaBasis) basis = inovda_basis_new ();

  if (!read_text_attr (reader, node, "id", &basis->id, error) ||
      !read_text_attr (reader, node, "nama", &basis->name, error))
    return FALSE;
  if (inovda_indicator_find_basis (indicator, basis->id) != NULL)
    return fail_at (reader, node, error, _ ("Duplicate basis id “%s”"), basis->id);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is_element (child, "level"))
        {
          if (!read_level (reader, child, basis->levels, error))
            return FALSE;
        }
      else if (is_element (child, "bukti"))
        basis->evidence = get_text (child);
      else
        return fail_at (reader, child, error, _ ("Unexpected element <%s>"), child->name);
    }

  if (!check_levels (reader, node, basis->levels, error))
    return FALSE;
  g_ptr_array_add (indicator->bases, g_steal_pointer (&basis));
  return TRUE;
}

static gboolean
read_input (Reader *reader,
            xmlNode *node,
            InovdaIndicator *indicator,
            GError **error)
{
  g_autofree char *input = NULL;

  if (!read_text_attr (reader, node, "masukan", &input, error))
    return FALSE;
  if (g_str_equal (input, "pilihan"))
    indicator->input = INOVDA_INPUT_CHOICE;
  else if (g_str_equal (input, "nilai"))
    indicator->input = INOVDA_INPUT_VALUE;
  else if (g_str_equal (input, "kategori"))
    indicator->input = INOVDA_INPUT_CATEGORY;
  else
    return fail_at (reader, node, error, _ ("“masukan” must be pilihan, nilai or kategori"));
  return TRUE;
}

static gboolean
read_indicator_attributes (Reader *reader,
                           xmlNode *node,
                           InovdaIndicator *indicator,
                           GError **error)
{
  InovdaCatalogue *catalogue = reader->catalogue;
  const InovdaVariable *variable;
  g_autofree char *expected_id = NULL;
  guint number;

  if (!read_text_attr (reader, node, "id", &indicator->id, error) ||
      !read_count (reader, node, "nomor", 1, 999, &number, error) ||
      !read_aspect (reader, node, &indicator->aspect, error) ||
      !read_text_attr (reader, node, "variabel", &indicator->variable, error) ||
      !read_score (reader, node, "bobot", FALSE, &indicator->weight, error) ||
      !read_boolean (reader, node, "wajib", &indicator->mandatory, error) ||
      !read_boolean (reader, node, "provisional", &indicator->provisional, error) ||
      !read_input (reader, node, indicator, error))
    return FALSE;

  indicator->number = (int) number;
  if (xmlHasProp (node, BAD_CAST "baris") != NULL)
    {
      g_free (indicator->row);
      indicator->row = get_attr (node, "baris");
    }

  expected_id = g_strdup_printf ("%u%s", number, indicator->row);
  if (!g_str_equal (indicator->id, expected_id))
    return fail_at (reader, node, error,
                    /* Translators: the id must be nomor followed by baris, e.g. “5a” */
                    _ ("Indicator id “%s” does not match nomor and baris (expected “%s”)"),
                    indicator->id, expected_id);
  if (inovda_catalogue_find_indicator (catalogue, indicator->id) != NULL)
    return fail_at (reader, node, error, _ ("Duplicate indicator id “%s”"), indicator->id);

  variable = inovda_catalogue_find_variable (catalogue, indicator->variable);
  if (variable == NULL)
    return fail_at (reader, node, error, _ ("Unknown variable “%s”"), indicator->variable);
  if (variable->aspect != indicator->aspect)
    return fail_at (reader, node, error,
                    _ ("Variable “%s” belongs to the other aspect"), indicator->variable);

  return TRUE;
}

static gboolean
check_input (Reader *reader,
             xmlNode *node,
             InovdaIndicator *indicator,
             xmlNode *thresholds,
             GError **error)
{
  if (indicator->input == INOVDA_INPUT_VALUE && thresholds == NULL)
    return fail_at (reader, node, error,
                    _ ("masukan=\"nilai\" needs an <ambang> with level-2 and level-3"));
  if (indicator->input != INOVDA_INPUT_VALUE && thresholds != NULL)
    return fail_at (reader, thresholds, error, _ ("<ambang> is only allowed with masukan=\"nilai\""));
  if (indicator->input == INOVDA_INPUT_CATEGORY && indicator->options->len == 0)
    return fail_at (reader, node, error, _ ("masukan=\"kategori\" needs at least one <opsi>"));
  if (indicator->input != INOVDA_INPUT_CATEGORY && indicator->options->len > 0)
    return fail_at (reader, node, error, _ ("<opsi> is only allowed with masukan=\"kategori\""));
  if (indicator->input != INOVDA_INPUT_CHOICE && indicator->bases->len > 0)
    return fail_at (reader, node, error, _ ("<basis> is only allowed with masukan=\"pilihan\""));
  return TRUE;
}

static gboolean
read_indicator_children (Reader *reader,
                         xmlNode *node,
                         InovdaIndicator *indicator,
                         GError **error)
{
  xmlNode *thresholds = NULL;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      gboolean ok = TRUE;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is_element (child, "nama") && indicator->name == NULL)
        indicator->name = get_text (child);
      else if (is_element (child, "level"))
        ok = read_level (reader, child, indicator->levels, error);
      else if (is_element (child, "ambang") && thresholds == NULL)
        {
          thresholds = child;
          ok = read_thresholds (reader, child, indicator, error);
        }
      else if (is_element (child, "opsi"))
        ok = read_option (reader, child, indicator, error);
      else if (is_element (child, "bukti") && indicator->evidence == NULL)
        {
          indicator->evidence = get_text (child);
          indicator->file_types = get_attr (child, "jenis-berkas");
        }
      else if (is_element (child, "basis"))
        ok = read_basis (reader, child, indicator, error);
      else
        ok = fail_at (reader, child, error, _ ("Unexpected element <%s>"), child->name);
      if (!ok)
        return FALSE;
    }

  if (indicator->name == NULL)
    return fail_at (reader, node, error, _ ("Missing element <nama>"));
  return check_levels (reader, node, indicator->levels, error) &&
         check_input (reader, node, indicator, thresholds, error);
}

static gboolean
read_indicator (Reader *reader,
                xmlNode *node,
                GError **error)
{
  g_autoptr (InovdaIndicator) indicator = inovda_indicator_new ();
  GPtrArray *rows;

  if (!read_indicator_attributes (reader, node, indicator, error) ||
      !read_indicator_children (reader, node, indicator, error))
    return FALSE;

  rows = indicator->aspect == INOVDA_ASPECT_SPD ? reader->catalogue->spd : reader->catalogue->sid;
  if (rows->len >= INOVDA_MAX_INDICATORS)
    return fail_at (reader, node, error,
                    /* Translators: %d is a number, %s is SPD or SID */
                    _ ("More than %d %s rows"), INOVDA_MAX_INDICATORS,
                    indicator->aspect == INOVDA_ASPECT_SPD ? "SPD" : "SID");

  reader->any_provisional_row |= indicator->provisional;
  g_ptr_array_add (rows, g_steal_pointer (&indicator));
  return TRUE;
}

static char *
format_score (gint64 hundredths)
{
  return inovda_decimal_format (hundredths, SCORE_DIGITS, SCORE_DIGITS, '.');
}

static gboolean
check_catalogue (Reader *reader,
                 xmlNode *root,
                 GError **error)
{
  InovdaCatalogue *catalogue = reader->catalogue;
  gint64 spd, sid, jumlah;

  if (catalogue->title == NULL || catalogue->source == NULL || reader->rules == NULL ||
      catalogue->bands->len == 0 || catalogue->variables->len == 0)
    return fail_at (reader, root, error,
                    _ ("A catalogue needs <judul>, <sumber>, <aturan>, <predikat> and <variabel>"));

  if (!catalogue->provisional && (catalogue->inferred->len > 0 || reader->any_provisional_row))
    return fail_at (reader, root, error,
                    _ ("A catalogue with status=\"verified\" cannot have inferred values"));
  if (catalogue->provisional && catalogue->inferred->len == 0)
    return fail_at (reader, root, error,
                    _ ("A provisional catalogue must list what is inferred in <inferensi>"));

  spd = inovda_catalogue_max_spd (catalogue);
  sid = inovda_catalogue_max_kematangan (catalogue);
  jumlah = inovda_catalogue_max_jumlah (catalogue);
  if (spd + sid + jumlah != catalogue->max_total)
    {
      g_autofree char *total_text = format_score (catalogue->max_total);
      g_autofree char *sum_text = format_score (spd + sid + jumlah);
      g_autofree char *spd_text = format_score (spd);
      g_autofree char *sid_text = format_score (sid);
      g_autofree char *jumlah_text = format_score (jumlah);

      return fail_at (reader, reader->rules, error,
                      /* Translators: the maxima of the three parts of the index */
                      _ ("total-maksimum is %s but the maxima add up to %s (SPD %s + SID %s + jumlah inovasi %s)"),
                      total_text, sum_text, spd_text, sid_text, jumlah_text);
    }

  return TRUE;
}

static gboolean
read_catalogue (Reader *reader,
                xmlNode *root,
                GError **error)
{
  InovdaCatalogue *catalogue = reader->catalogue;
  g_autofree char *status = NULL;
  guint year;

  if (root == NULL || !is_element (root, "katalog"))
    return fail_at (reader, root, error, _ ("The root element must be <katalog> in %s"), KATALOG_NS);
  if (!read_count (reader, root, "tahun", 2000, 2999, &year, error) ||
      !read_text_attr (reader, root, "status", &status, error))
    return FALSE;
  catalogue->year = (int) year;
  catalogue->provisional = !g_str_equal (status, "verified");

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      gboolean ok = TRUE;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is_element (child, "judul") && catalogue->title == NULL)
        catalogue->title = get_text (child);
      else if (is_element (child, "sumber") && catalogue->source == NULL)
        catalogue->source = get_text (child);
      else if (is_element (child, "inferensi"))
        ok = read_inference (reader, child, error);
      else if (is_element (child, "aturan") && reader->rules == NULL)
        ok = read_rules (reader, child, error);
      else if (is_element (child, "predikat") && catalogue->bands->len == 0)
        ok = read_bands (reader, child, error);
      else if (is_element (child, "variabel"))
        ok = read_variable (reader, child, error);
      else if (is_element (child, "indikator"))
        ok = read_indicator (reader, child, error);
      else
        ok = fail_at (reader, child, error, _ ("Unexpected element <%s>"), child->name);
      if (!ok)
        return FALSE;
    }

  return check_catalogue (reader, root, error);
}

/* Public API */

/**
 * inovda_catalogue_reader_load_bytes:
 * @xml: the catalogue document
 * @name_for_errors: (nullable): the name error messages start with, usually
 *   the file's basename
 * @error: return location for an %INOVDA_CATALOGUE_ERROR
 *
 * Parses @xml without network access and refusing any DOCTYPE, validates it
 * against catalogue.xsd and checks its consistency.
 *
 * Returns: (transfer full) (nullable): the catalogue
 */
InovdaCatalogue *
inovda_catalogue_reader_load_bytes (GBytes *xml,
                                    const char *name_for_errors,
                                    GError **error)
{
  g_autoptr (xmlDoc) doc = NULL;
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  Reader reader = { 0 };

  g_return_val_if_fail (xml != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (name_for_errors == NULL)
    name_for_errors = "catalogue";

  ensure_initialized ();
  doc = parse_document (xml, name_for_errors, error);
  if (doc == NULL || !validate_document (doc, name_for_errors, error))
    return NULL;

  catalogue = inovda_catalogue_new ();
  reader.name = name_for_errors;
  reader.catalogue = catalogue;
  if (!read_catalogue (&reader, xmlDocGetRootElement (doc), error))
    return NULL;

  return g_steal_pointer (&catalogue);
}

/**
 * inovda_catalogue_reader_load_file:
 * @file: a catalogue file
 * @error: return location for an error: %INOVDA_CATALOGUE_ERROR, or a
 *   %G_IO_ERROR when the file cannot be read
 *
 * Returns: (transfer full) (nullable): the catalogue
 */
InovdaCatalogue *
inovda_catalogue_reader_load_file (GFile *file,
                                   GError **error)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  name = g_file_get_basename (file);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return inovda_catalogue_reader_load_bytes (bytes, name, error);
}

/**
 * inovda_catalogue_reader_load_builtin:
 * @year: an assessment year
 * @error: return location for an %INOVDA_CATALOGUE_ERROR;
 *   %INOVDA_CATALOGUE_ERROR_NOT_FOUND when no catalogue is shipped for @year
 *
 * Returns: (transfer full) (nullable): the catalogue shipped for @year
 */
InovdaCatalogue *
inovda_catalogue_reader_load_builtin (int year,
                                      GError **error)
{
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ensure_initialized ();
  name = g_strdup_printf ("iid-%d.xml", year);
  path = g_strconcat (RESOURCE_DIR, name, NULL);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, INOVDA_CATALOGUE_ERROR, INOVDA_CATALOGUE_ERROR_NOT_FOUND,
                   _ ("No built-in catalogue for %d"), year);
      return NULL;
    }

  catalogue = inovda_catalogue_reader_load_bytes (bytes, name, error);
  if (catalogue != NULL && catalogue->year != year)
    {
      g_set_error (error, INOVDA_CATALOGUE_ERROR, INOVDA_CATALOGUE_ERROR_INVALID,
                   /* Translators: iid-2026.xml: The catalogue is for 2025, not 2026 */
                   _ ("%s: The catalogue is for %d, not %d"), name, catalogue->year, year);
      return NULL;
    }
  return g_steal_pointer (&catalogue);
}

static gboolean
year_from_resource_name (const char *name,
                         int *year)
{
  g_autofree char *digits = NULL;
  guint64 value;
  gsize length = strlen (name);

  if (!g_str_has_prefix (name, "iid-") || !g_str_has_suffix (name, ".xml") || length != 12)
    return FALSE;
  digits = g_strndup (name + 4, 4);
  if (!g_ascii_string_to_unsigned (digits, 10, 2000, 2999, &value, NULL))
    return FALSE;
  *year = (int) value;
  return TRUE;
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  int year_a = *(const int *) a;
  int year_b = *(const int *) b;

  return (year_a > year_b) - (year_a < year_b);
}

/**
 * inovda_catalogue_reader_list_builtin:
 *
 * Returns: (transfer full) (element-type int): the years of the shipped
 *   catalogues, ascending
 */
GArray *
inovda_catalogue_reader_list_builtin (void)
{
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));
  g_auto (GStrv) names = NULL;

  ensure_initialized ();
  names = g_resources_enumerate_children (RESOURCE_DIR, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      int year;

      if (year_from_resource_name (names[i], &year))
        g_array_append_val (years, year);
    }
  g_array_sort (years, compare_years);
  return years;
}
