/* inovda-xml-scanner.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A streaming reader of UTF-8 XML for the large, flat parts of a workbook
 * (worksheets), several times faster than xmlTextReader because it builds
 * no nodes and copies nothing it is not asked for. It checks what makes a
 * document well formed where that matters to the reader: matching tags,
 * one root, attribute syntax, character and the five predefined entity
 * references; a DOCTYPE is refused, so nothing is ever expanded or fetched.
 * Names are reported without their prefix; namespaces are not resolved.
 * Text is reported only while the caller wants it
 * (inovda_xml_scanner_set_want_text), with references decoded and line ends
 * normalised, possibly in several pieces; its UTF-8 is the caller's to
 * check. */

#define INOVDA_XML_SCAN_ERROR (inovda_xml_scan_error_quark ())

typedef enum
{
  INOVDA_XML_SCAN_ERROR_MALFORMED,
  INOVDA_XML_SCAN_ERROR_DOCTYPE,
  INOVDA_XML_SCAN_ERROR_ENCODING,
} InovdaXmlScanError;

typedef struct
{
  const char *name; /* local name, without a prefix; not NUL-terminated */
  gsize name_length;
  const char *value; /* raw: see inovda_xml_attribute_value */
  gsize value_length;
  gboolean has_reference; /* the raw value holds a '&' */
  gboolean prefixed;      /* namespaced (x14ac:dyDescent) or a namespace declaration */
} InovdaXmlAttribute;

/* Reads up to @size bytes into @buffer: returns the count, 0 at the end,
 * -1 with @error set. */
typedef gssize (*InovdaXmlReadFunc) (gpointer source,
                                     char *buffer,
                                     gsize size,
                                     GError **error);

typedef struct
{
  gboolean (*start_element) (gpointer user_data,
                             const char *name,
                             gsize name_length,
                             const InovdaXmlAttribute *attributes,
                             guint n_attributes,
                             gboolean empty,
                             GError **error);
  gboolean (*end_element) (gpointer user_data,
                           const char *name,
                           gsize name_length,
                           GError **error);
  gboolean (*text) (gpointer user_data,
                    const char *text,
                    gsize length,
                    GError **error);
  /* Optional. Offered each start tag inside the root element where three
   * more levels of elements would stay within the nesting limit, before
   * the scanner reads it: @start is its '<', @end the end of the bytes read so
   * far, followed by at least 32 zero bytes. The function may read a
   * whole element itself and return its length in bytes; 0 leaves the
   * element to the scanner, -1 is an error. It takes only an element it
   * has checked to be well formed, whole before @end, and holding no
   * reference, carriage return, comment or other markup the scanner would
   * decode or refuse; its other handlers are not called for it. */
  gssize (*take_element) (gpointer user_data,
                          const char *start,
                          const char *end,
                          GError **error);
} InovdaXmlScannerHandlers;

typedef struct _InovdaXmlScanner InovdaXmlScanner;

GQuark inovda_xml_scan_error_quark (void);

InovdaXmlScanner *inovda_xml_scanner_new (InovdaXmlReadFunc read_func,
                                          gpointer source,
                                          const InovdaXmlScannerHandlers *handlers,
                                          gpointer user_data);
void inovda_xml_scanner_free (InovdaXmlScanner *self);
void inovda_xml_scanner_set_want_text (InovdaXmlScanner *self,
                                       gboolean want_text);
/* Reads the whole document. Errors of the document itself are
 * INOVDA_XML_SCAN_ERROR with a message in English for the log; errors of
 * the read function and the handlers pass through unchanged. */
gboolean inovda_xml_scanner_run (InovdaXmlScanner *self,
                                 GError **error);
/* The line (1-based) of the construct being reported or refused. */
int inovda_xml_scanner_get_line (InovdaXmlScanner *self);

/* The first '<', '&' or carriage return in [@p, @end), or @end: text up
 * to a '<' needs nothing decoded. Reads up to 15 bytes past @end, as the
 * scanner's buffer allows. */
const char *_inovda_xml_find_text_stop (const char *p,
                                        const char *end);

const char *_inovda_xml_attribute_decode (const InovdaXmlAttribute *attribute,
                                          GString *scratch,
                                          gsize *length);

/* The value of @attribute with its references decoded: the raw bytes when
 * there are none, else @scratch's. NULL when a reference is invalid. */
static inline const char *
inovda_xml_attribute_value (const InovdaXmlAttribute *attribute,
                            GString *scratch,
                            gsize *length)
{
  if (G_LIKELY (!attribute->has_reference))
    {
      *length = attribute->value_length;
      return attribute->value;
    }
  return _inovda_xml_attribute_decode (attribute, scratch, length);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaXmlScanner, inovda_xml_scanner_free)

G_END_DECLS
