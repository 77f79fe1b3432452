/* fuzz-xml-scanner.c: the worksheet scanner on any bytes, in any chunks
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scanner reads nearly every byte of a workbook. Each input is scanned
 * twice, whole and in small chunks (their size taken from the input's
 * first byte), and the two scans must agree: every event and every decoded
 * attribute of a document read, the error and its line of one refused.
 * Text handed over is wanted in elements whose name has an even length.
 */

#include "config.h"

#include <string.h>

#include "fuzz-input.h"
#include "io/inovda-xml-scanner.h"

typedef struct
{
  const guint8 *data;
  gsize length;
  gsize offset;
  gsize chunk;
} Source;

typedef struct
{
  InovdaXmlScanner *scanner;
  GString *events;
  GString *scratch;
} Transcript;

static gssize
read_chunk (gpointer user_data,
            char *buffer,
            gsize size,
            GError **error)
{
  Source *source = user_data;
  gsize n = MIN (MIN (size, source->chunk), source->length - source->offset);

  memcpy (buffer, source->data + source->offset, n);
  source->offset += n;
  return (gssize) n;
}

static gboolean
on_start (gpointer user_data,
          const char *name,
          gsize name_length,
          const InovdaXmlAttribute *attributes,
          guint n_attributes,
          gboolean empty,
          GError **error)
{
  Transcript *transcript = user_data;

  g_assert (name_length > 0);
  g_string_append_c (transcript->events, '<');
  g_string_append_len (transcript->events, name, name_length);
  for (guint i = 0; i < n_attributes; i++)
    {
      gsize length = 0;
      const char *value = inovda_xml_attribute_value (&attributes[i], transcript->scratch, &length);

      g_assert (attributes[i].name_length > 0);
      g_string_append_printf (transcript->events, " %d:", attributes[i].prefixed);
      g_string_append_len (transcript->events, attributes[i].name, attributes[i].name_length);
      g_string_append_c (transcript->events, '=');
      g_string_append_len (transcript->events, value, length);
    }
  g_string_append (transcript->events, empty ? "/>" : ">");
  inovda_xml_scanner_set_want_text (transcript->scanner, name_length % 2 == 0);
  return TRUE;
}

static gboolean
on_end (gpointer user_data,
        const char *name,
        gsize name_length,
        GError **error)
{
  Transcript *transcript = user_data;

  g_string_append (transcript->events, "</");
  g_string_append_len (transcript->events, name, name_length);
  g_string_append_c (transcript->events, '>');
  return TRUE;
}

/* Text may come in pieces wherever the chunks end: only its bytes are
 * compared, not where it was cut. */
static gboolean
on_text (gpointer user_data,
         const char *text,
         gsize length,
         GError **error)
{
  Transcript *transcript = user_data;

  g_assert (length > 0);
  g_string_append_len (transcript->events, text, length);
  return TRUE;
}

static const InovdaXmlScannerHandlers handlers = {
  .start_element = on_start,
  .end_element = on_end,
  .text = on_text,
};

/* The events of a scan, or when it fails only its error and line: the
 * text handed over before an error may end anywhere, and is discarded. */
static char *
scan (const guint8 *data,
      gsize length,
      gsize chunk)
{
  Source source = { data, length, 0, chunk };
  g_autoptr (GString) scratch = g_string_new (NULL);
  g_autoptr (GString) events = g_string_new (NULL);
  Transcript transcript = { NULL, events, scratch };
  g_autoptr (InovdaXmlScanner) scanner = inovda_xml_scanner_new (read_chunk, &source, &handlers, &transcript);
  g_autoptr (GError) error = NULL;

  transcript.scanner = scanner;
  inovda_xml_scanner_set_want_text (scanner, TRUE);
  if (!inovda_xml_scanner_run (scanner, &error))
    {
      g_assert (error->domain == INOVDA_XML_SCAN_ERROR);
      return g_strdup_printf ("error %d at line %d", error->code, inovda_xml_scanner_get_line (scanner));
    }
  return g_string_free (g_steal_pointer (&events), FALSE);
}

int
LLVMFuzzerInitialize (int *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t size)
{
  g_autofree char *whole = NULL;
  g_autofree char *chunked = NULL;
  gsize chunk;

  if (size == 0)
    return 0;
  chunk = 1 + data[0] % 61;
  whole = scan (data + 1, size - 1, G_MAXSIZE);
  chunked = scan (data + 1, size - 1, chunk);
  g_assert_cmpstr (whole, ==, chunked);
  return 0;
}
