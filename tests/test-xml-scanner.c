/* test-xml-scanner.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "io/inovda-xml-guard.h"
#include "io/inovda-xml-scanner.h"

/* Every document is read with these read sizes, so that every construct is
 * cut by the end of the buffer somewhere. */
static const gsize chunk_sizes[] = { 1, 2, 3, 5, 7, 16, 4096 };

typedef struct
{
  const char *data;
  gsize length;
  gsize position;
  gsize chunk;
} Source;

typedef struct
{
  InovdaXmlScanner *scanner;
  GString *transcript;
  GString *scratch;
  gboolean in_text;
  gboolean want_text;
  const char *fail_on; /* a start tag whose handler fails */
} Transcript;

static gssize
read_chunk (gpointer data,
            char *buffer,
            gsize size,
            GError **error)
{
  Source *source = data;
  gsize n = MIN (MIN (size, source->chunk), source->length - source->position);

  memcpy (buffer, source->data + source->position, n);
  source->position += n;
  return (gssize) n;
}

/* NUL bytes are written as \0, so that they show in the transcript. */
static void
append_bytes (GString *out,
              const char *bytes,
              gsize length)
{
  for (gsize i = 0; i < length; i++)
    if (bytes[i] == '\0')
      g_string_append (out, "\\0");
    else
      g_string_append_c (out, bytes[i]);
}

static void
end_text (Transcript *transcript)
{
  if (transcript->in_text)
    g_string_append_c (transcript->transcript, ']');
  transcript->in_text = FALSE;
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

  end_text (transcript);
  if (transcript->fail_on != NULL && strlen (transcript->fail_on) == name_length &&
      memcmp (name, transcript->fail_on, name_length) == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "handler refused");
      return FALSE;
    }
  g_string_append_c (transcript->transcript, '<');
  append_bytes (transcript->transcript, name, name_length);
  for (guint i = 0; i < n_attributes; i++)
    {
      gsize length;
      const char *value = inovda_xml_attribute_value (&attributes[i], transcript->scratch, &length);

      g_assert_nonnull (value);
      g_string_append_c (transcript->transcript, ' ');
      append_bytes (transcript->transcript, attributes[i].name, attributes[i].name_length);
      g_string_append_printf (transcript->transcript, "%s=", attributes[i].prefixed ? "*" : "");
      append_bytes (transcript->transcript, value, length);
    }
  g_string_append (transcript->transcript, empty ? "/>" : ">");
  inovda_xml_scanner_set_want_text (transcript->scanner, transcript->want_text);
  return TRUE;
}

static gboolean
on_end (gpointer user_data,
        const char *name,
        gsize name_length,
        GError **error)
{
  Transcript *transcript = user_data;

  end_text (transcript);
  g_string_append (transcript->transcript, "</");
  append_bytes (transcript->transcript, name, name_length);
  g_string_append_c (transcript->transcript, '>');
  return TRUE;
}

static gboolean
on_text (gpointer user_data,
         const char *text,
         gsize length,
         GError **error)
{
  Transcript *transcript = user_data;

  g_assert_cmpuint (length, >, 0);
  if (!transcript->in_text)
    g_string_append_c (transcript->transcript, '[');
  transcript->in_text = TRUE;
  append_bytes (transcript->transcript, text, length);
  return TRUE;
}

static const InovdaXmlScannerHandlers handlers = {
  .start_element = on_start,
  .end_element = on_end,
  .text = on_text,
};

/* Scans @length bytes of @data, @chunk at a time; returns the transcript,
 * or NULL with @error and @line set. */
static char *
scan (const char *data,
      gsize length,
      gsize chunk,
      gboolean want_text,
      const char *fail_on,
      int *line,
      GError **error)
{
  Source source = { data, length, 0, chunk };
  Transcript transcript = { 0 };
  g_autoptr (InovdaXmlScanner) scanner = inovda_xml_scanner_new (read_chunk, &source, &handlers, &transcript);
  g_autoptr (GString) scratch = g_string_new (NULL);
  g_autoptr (GString) text = g_string_new (NULL);
  gboolean ok;

  transcript.scanner = scanner;
  transcript.transcript = text;
  transcript.scratch = scratch;
  transcript.want_text = want_text;
  transcript.fail_on = fail_on;
  ok = inovda_xml_scanner_run (scanner, error);
  *line = inovda_xml_scanner_get_line (scanner);
  if (!ok)
    return NULL;
  end_text (&transcript);
  return g_strdup (text->str);
}

typedef struct
{
  const char *input;
  const char *expected;
} GoodCase;

static const GoodCase good_cases[] = {
  { "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<x:root xmlns:x=\"urn:a\"><x:a r=\"1\" x14:b='2'>t&amp;&lt;&gt;&quot;&apos;&#65;&#x42;</x:a><e/></x:root>",
    "<root x*=urn:a><a r=1 b*=2>[t&<>\"'AB]</a><e/></root>" },
  { "<r><![CDATA[a<b&c]]>d</r>", "<r>[a<b&cd]</r>" },
  { "<!-- before --><r><!--x--><?pi y?>a</r>\n<!-- after -->\n", "<r>[a]</r>" },
  { "<r>a\r\nb\rc</r>", "<r>[a\nb\nc]</r>" },
  { "\xEF\xBB\xBF<r/>", "<r/>" },
  { "<r a = \"1\"\n b\t=\t'x>y'  />", "<r a=1 b=x>y/>" },
  { "<r a=\"&#49;&amp;\"/>", "<r a=1&/>" },
  { "<?xml version='1.0' encoding='utf-8'?><r>\xC3\xA9&#x10FFFF;</r>", "<r>[\xC3\xA9\xF4\x8F\xBF\xBF]</r>" },
  { "<a><b><c>x</c>y</b ></a>", "<a><b><c>[x]</c>[y]</b></a>" },
  { "  \n<r>  </r>  ", "<r>[  ]</r>" },
  /* References and carriage returns after eight plain bytes or more. */
  { "<r>abcdefgh&amp;ijklmnopq\rs</r>", "<r>[abcdefgh&ijklmnopq\ns]</r>" },
  { "<r>abcdefghijklmno&lt;</r>", "<r>[abcdefghijklmno<]</r>" },
  { "<r a=\"abcdefghij&gt;\" b=\"abcdefghij\"/>", "<r a=abcdefghij> b=abcdefghij/>" },
};

static void
test_good (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (good_cases); i++)
    for (guint c = 0; c < G_N_ELEMENTS (chunk_sizes); c++)
      {
        g_autoptr (GError) error = NULL;
        g_autofree char *transcript = NULL;
        int line;

        g_test_message ("case %u, chunks of %" G_GSIZE_FORMAT, i, chunk_sizes[c]);
        transcript = scan (good_cases[i].input, strlen (good_cases[i].input), chunk_sizes[c], TRUE, NULL, &line, &error);
        g_assert_no_error (error);
        g_assert_cmpstr (transcript, ==, good_cases[i].expected);
      }
}

typedef struct
{
  const char *input;
  gsize length; /* 0: strlen */
  InovdaXmlScanError code;
  int line;
} BadCase;

static const BadCase bad_cases[] = {
  { "<r><a></r>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r>\n\n<a></b></r>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 3 },
  { "<r>&foo;</r>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  /* The line of the reference, not of the start of its text (found by
   * fuzzing: it depended on where the input was cut). */
  { "<r>\n\nab &x;</r>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 3 },
  { "<r>\n\" &<</r>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 2 },
  { "<r>&#0;</r>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r>&#xD800;</r>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r>a &amp b c d e f g h i j k l m n o p</r>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r>a &amp", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<!DOCTYPE r [<!ENTITY e \"x\">]><r>&e;</r>", 0, INOVDA_XML_SCAN_ERROR_DOCTYPE, 1 },
  { "<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"file:///etc/hostname\"><r/>", 0, INOVDA_XML_SCAN_ERROR_DOCTYPE, 2 },
  { "<r/><s/>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "text<r/>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r/>tail", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r a=\"1\"b=\"2\"/>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r a=1/>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r a/>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r a=\"<\"/>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r a=\"1/>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<1r/>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  /* Names with an empty prefix or local part, or two colons (found by
   * fuzzing: they were handed on with an empty name). */
  { "<:/>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<x:/>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<:x/>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<x:y:z/>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r x:=\"1\"/>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r :x=\"1\"/>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r a:b:c=\"1\"/>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r></ r>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r><", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r><ab></ac></r>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r><abcdefghijklmnopqrstu></abcdefghijklmnopqrstv></r>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r><a></r></a>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r a=\"b<c\"/>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r><!-- open", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r><!x></r>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<![CDATA[x]]><r/>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 1 },
  { "<r/>\n<?xml version=\"1.0\"?>", 0, INOVDA_XML_SCAN_ERROR_MALFORMED, 2 },
  { "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r/>", 0, INOVDA_XML_SCAN_ERROR_ENCODING, 1 },
  { "\xFF\xFE<\0r\0/\0>\0", 8, INOVDA_XML_SCAN_ERROR_ENCODING, 1 },
  { "<\0r\0/\0>\0", 8, INOVDA_XML_SCAN_ERROR_ENCODING, 1 },
};

static void
test_bad (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    for (guint c = 0; c < G_N_ELEMENTS (chunk_sizes); c++)
      {
        const BadCase *bad = &bad_cases[i];
        g_autoptr (GError) error = NULL;
        g_autofree char *transcript = NULL;
        int line = 0;

        g_test_message ("case %u, chunks of %" G_GSIZE_FORMAT, i, chunk_sizes[c]);
        transcript = scan (bad->input, bad->length > 0 ? bad->length : strlen (bad->input), chunk_sizes[c], TRUE,
                           NULL, &line, &error);
        g_assert_error (error, INOVDA_XML_SCAN_ERROR, (int) bad->code);
        g_assert_null (transcript);
        g_assert_cmpint (line, ==, bad->line);
      }
}

static void
test_deep_nesting (void)
{
  g_autoptr (GString) document = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *transcript = NULL;
  int line;

  for (guint i = 0; i < 300; i++)
    g_string_append (document, "<a>");
  for (guint i = 0; i < 300; i++)
    g_string_append (document, "</a>");
  transcript = scan (document->str, document->len, 4096, TRUE, NULL, &line, &error);
  g_assert_error (error, INOVDA_XML_SCAN_ERROR, INOVDA_XML_SCAN_ERROR_MALFORMED);
}

/* The names of open elements are kept however long they are, up to the
 * deepest nesting allowed. */
static void
test_long_names (void)
{
  g_autoptr (GString) document = g_string_new (NULL);
  g_autoptr (GString) expected = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *transcript = NULL;
  int line;

  for (guint i = 0; i < 256; i++)
    {
      g_string_append_printf (document, "<element-with-a-long-name-%u>", i);
      g_string_append_printf (expected, "<element-with-a-long-name-%u>", i);
    }
  for (guint i = 256; i-- > 0;)
    {
      g_string_append_printf (document, "</element-with-a-long-name-%u>", i);
      g_string_append_printf (expected, "</element-with-a-long-name-%u>", i);
    }
  transcript = scan (document->str, document->len, 4096, TRUE, NULL, &line, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (transcript, ==, expected->str);
}

/* A tag that never ends may not make the scanner keep the whole input. */
static void
test_endless_tag (void)
{
  gsize length = 64 * 1024 * 1024;
  g_autofree char *document = g_malloc (length);
  g_autoptr (GError) error = NULL;
  g_autofree char *transcript = NULL;
  int line;

  memcpy (document, "<r a=\"", 6);
  memset (document + 6, 'x', length - 6);
  transcript = scan (document, length, 1024 * 1024, TRUE, NULL, &line, &error);
  g_assert_error (error, INOVDA_XML_SCAN_ERROR, INOVDA_XML_SCAN_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "too long"));
}

static void
test_text_not_wanted (void)
{
  const char *document = "<r>abc<a>d&amp;e</a><![CDATA[f]]></r>";

  for (guint c = 0; c < G_N_ELEMENTS (chunk_sizes); c++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *transcript = NULL;
      int line;

      transcript = scan (document, strlen (document), chunk_sizes[c], FALSE, NULL, &line, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (transcript, ==, "<r><a></a></r>");
    }
}

static void
check_document (const char *document,
                gsize length,
                const char *expected)
{
  for (guint c = 0; c < G_N_ELEMENTS (chunk_sizes); c++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *transcript = NULL;
      int line;

      transcript = scan (document, length, chunk_sizes[c], TRUE, NULL, &line, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (transcript, ==, expected);
    }
}

/* Text, values and names are searched a block of 16 bytes at a time: every
 * special byte is tried at every place in a block, in both the first and
 * the second block. */
static void
test_block_boundaries (void)
{
  static const struct
  {
    const char *raw;
    const char *decoded;
  } specials[] = {
    { "&amp;", "&" },
    { "&#x42;", "B" },
    { "\r\n", "\n" },
    { "\r", "\n" },
    { "", "" },
  };

  for (guint n = 0; n < 40; n++)
    {
      g_autofree char *run = g_strnfill (n, 'x');

      for (guint i = 0; i < G_N_ELEMENTS (specials); i++)
        {
          g_autofree char *text = g_strdup_printf ("<r>%s%sy</r>", run, specials[i].raw);
          g_autofree char *text_expected = g_strdup_printf ("<r>[%s%sy]</r>", run, specials[i].decoded);
          g_autofree char *value = g_strdup_printf ("<r a=\"%s%s\" b='%s'/>", run, specials[i].raw, run);
          g_autofree char *value_expected = g_strdup_printf ("<r a=%s%s b=%s/>", run, specials[i].decoded, run);

          check_document (text, strlen (text), text_expected);
          if (specials[i].raw[0] != '\r')
            check_document (value, strlen (value), value_expected);
        }
    }

  /* Names of every length around the 16 bytes copied at once. */
  for (guint n = 1; n < 40; n++)
    {
      g_autofree char *name = g_strnfill (n, 'n');
      g_autofree char *document = g_strdup_printf ("<p:%s q:a=\"1\"><%s>t</%s></p:%s>", name, name, name, name);
      g_autofree char *expected = g_strdup_printf ("<%s a*=1><%s>[t]</%s></%s>", name, name, name, name);
      g_autofree char *wrong = g_strdup_printf ("<%s></%.*sm>", name, n - 1, name);
      g_autoptr (GError) error = NULL;
      g_autofree char *transcript = NULL;
      int line;

      check_document (document, strlen (document), expected);
      transcript = scan (wrong, strlen (wrong), 4096, TRUE, NULL, &line, &error);
      g_assert_error (error, INOVDA_XML_SCAN_ERROR, INOVDA_XML_SCAN_ERROR_MALFORMED);
    }
}

/* A reference, a line end or a tag cut by the end of the scanner's buffer
 * (256 KiB), in text longer than the buffer. */
static void
test_buffer_boundaries (void)
{
  const gsize block = 256 * 1024;

  for (gsize shift = 0; shift < 24; shift++)
    {
      g_autoptr (GString) document = g_string_new ("<r><a>");
      g_autoptr (GString) expected = g_string_new ("<r><a>[");
      gsize fill = block - document->len - shift;
      g_autoptr (GError) error = NULL;
      g_autofree char *transcript = NULL;
      int line;

      for (gsize i = 0; i < fill; i++)
        g_string_append_c (document, (char) ('a' + i % 26));
      g_string_append_len (expected, document->str + 6, (gssize) fill);
      g_string_append (document, "&amp;\r\nz</a><b>&lt;</b></r>");
      g_string_append (expected, "&\nz]</a><b>[<]</b></r>");
      transcript = scan (document->str, document->len, 4096, TRUE, NULL, &line, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (transcript, ==, expected->str);
    }
}

/* NUL bytes are not XML, but they are not markup either: they end no
 * name, value or text. */
static void
test_nul_bytes (void)
{
  static const char document[] = "<r a=\"x\0y\" b\0c='z'>t\0u<s\0t/></r>";

  check_document (document, sizeof document - 1, "<r a=x\\0y b\\0c=z>[t\\0u]<s\\0t/></r>");
}

static void
test_handler_error (void)
{
  const char *document = "<r>\n<a/>\n<b/>\n</r>";
  g_autoptr (GError) error = NULL;
  g_autofree char *transcript = NULL;
  int line;

  transcript = scan (document, strlen (document), 3, TRUE, "b", &line, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_cmpint (line, ==, 3);
}

/* The attribute guard in front of libxml2: the same verdict and place
 * whether the bytes come at once or one by one, with "=", ">" and
 * newlines inside quoted values, comments and CDATA not counted. */
static void
test_guard_boundaries (void)
{
  g_autoptr (GString) document = g_string_new ("<?xml version=\"1.0\"?>\n<a x=\"1=2>\n3\" y='=>'>\n"
                                               "<!-- a=1 b=2 <c d=3> -->\n<![CDATA[ <e f=1 g=2> ]]>\n  <h");
  InovdaXmlGuard whole, bytewise;

  for (guint i = 0; i <= INOVDA_XML_MAX_ATTRIBUTES; i++)
    g_string_append_printf (document, " a%u=\"=\"", i);
  g_string_append (document, "/>\n</a>\n");

  _inovda_xml_guard_init (&whole);
  g_assert_false (_inovda_xml_guard_feed (&whole, document->str, document->len));
  _inovda_xml_guard_init (&bytewise);
  for (gsize i = 0; i < document->len; i++)
    if (!_inovda_xml_guard_feed (&bytewise, document->str + i, 1))
      break;
  g_assert_cmpuint (whole.tag_line, ==, 6);
  g_assert_cmpuint (whole.tag_column, ==, 3);
  g_assert_cmpuint (bytewise.tag_line, ==, whole.tag_line);
  g_assert_cmpuint (bytewise.tag_column, ==, whole.tag_column);

  /* One attribute fewer passes. */
  {
    g_autofree char *fewer = g_strdup (document->str);
    char *last = strstr (fewer, " a256=");
    InovdaXmlGuard guard;

    g_assert_nonnull (last);
    memmove (last, last + strlen (" a256=\"=\""), strlen (last + strlen (" a256=\"=\"")) + 1);
    _inovda_xml_guard_init (&guard);
    g_assert_true (_inovda_xml_guard_feed (&guard, fewer, strlen (fewer)));
  }
}

typedef struct
{
  Transcript transcript;
  guint n_taken;
} Taker;

/* Takes <k>letters</k> whole, written as the scanner would report it,
 * and refuses <bad…>; leaves everything else to the scanner. */
static gssize
take_k (gpointer user_data,
        const char *start,
        const char *end,
        GError **error)
{
  Taker *taker = user_data;
  const char *p = start + 3;

  if (memcmp (start, "<bad", 4) == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "taker refused");
      return -1;
    }
  if (memcmp (start, "<k>", 3) != 0)
    return 0;
  while (g_ascii_isalpha (*p))
    p++;
  if (p == start + 3 || end - p < 4 || memcmp (p, "</k>", 4) != 0)
    return 0;
  end_text (&taker->transcript);
  g_string_append (taker->transcript.transcript, "<k>[");
  g_string_append_len (taker->transcript.transcript, start + 3, p - start - 3);
  g_string_append (taker->transcript.transcript, "]</k>");
  taker->n_taken++;
  return p + 4 - start;
}

static const InovdaXmlScannerHandlers taking_handlers = {
  .start_element = on_start,
  .end_element = on_end,
  .text = on_text,
  .take_element = take_k,
};

/* Scans @document @chunk bytes at a time with take_k; returns the
 * transcript, or NULL with @error set. */
static char *
scan_taking (const char *document,
             gsize chunk,
             guint *n_taken,
             int *line,
             GError **error)
{
  Source source = { document, strlen (document), 0, chunk };
  Taker taker = { { 0 } };
  g_autoptr (InovdaXmlScanner) scanner = inovda_xml_scanner_new (read_chunk, &source, &taking_handlers, &taker);
  g_autoptr (GString) scratch = g_string_new (NULL);
  g_autoptr (GString) text = g_string_new (NULL);
  gboolean ok;

  taker.transcript.scanner = scanner;
  taker.transcript.transcript = text;
  taker.transcript.scratch = scratch;
  taker.transcript.want_text = TRUE;
  ok = inovda_xml_scanner_run (scanner, error);
  *n_taken = taker.n_taken;
  *line = inovda_xml_scanner_get_line (scanner);
  if (!ok)
    return NULL;
  end_text (&taker.transcript);
  return g_strdup (text->str);
}

/* An element taken by the caller is skipped as a whole: the scanner's
 * nesting, line count and checks go on after it, elements cut by the end
 * of the buffer are offered again or read by the scanner, and the
 * taker's error ends the scan. */
static void
test_take_element (void)
{
  static const char document[] = "<r>\n<k>ab</k><a>x</a><k>cd</k><k/><k>e&amp;</k>\n<o><k>fg</k></o></r>";
  static const char expected[] = "<r>[\n]<k>[ab]</k><a>[x]</a><k>[cd]</k><k/><k>[e&]</k>[\n]<o><k>[fg]</k></o></r>";
  guint n_taken = 0;
  int line = 0;

  for (guint i = 0; i < G_N_ELEMENTS (chunk_sizes); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *transcript = scan_taking (document, chunk_sizes[i], &n_taken, &line, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (transcript, ==, expected);
      if (chunk_sizes[i] == 4096)
        g_assert_cmpuint (n_taken, ==, 3);
    }

  {
    g_autoptr (GError) error = NULL;

    g_assert_null (scan_taking ("<r>\n<k>ab</k>\n<bad/></r>", 4096, &n_taken, &line, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
    g_assert_cmpint (line, ==, 3);
  }

  /* A taken element does not close the one around it. */
  {
    g_autoptr (GError) error = NULL;

    g_assert_null (scan_taking ("<r><k>ab</k>", 4096, &n_taken, &line, &error));
    g_assert_error (error, INOVDA_XML_SCAN_ERROR, INOVDA_XML_SCAN_ERROR_MALFORMED);
    g_assert_cmpuint (n_taken, ==, 1);
  }
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/inovda/xml-scanner/good", test_good);
  g_test_add_func ("/inovda/xml-scanner/bad", test_bad);
  g_test_add_func ("/inovda/xml-scanner/deep-nesting", test_deep_nesting);
  g_test_add_func ("/inovda/xml-scanner/long-names", test_long_names);
  g_test_add_func ("/inovda/xml-scanner/endless-tag", test_endless_tag);
  g_test_add_func ("/inovda/xml-scanner/text-not-wanted", test_text_not_wanted);
  g_test_add_func ("/inovda/xml-scanner/handler-error", test_handler_error);
  g_test_add_func ("/inovda/xml-scanner/block-boundaries", test_block_boundaries);
  g_test_add_func ("/inovda/xml-scanner/buffer-boundaries", test_buffer_boundaries);
  g_test_add_func ("/inovda/xml-scanner/nul-bytes", test_nul_bytes);
  g_test_add_func ("/inovda/xml-scanner/guard-boundaries", test_guard_boundaries);
  g_test_add_func ("/inovda/xml-scanner/take-element", test_take_element);

  return g_test_run ();
}
