/* inovda-xml-scanner.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-xml-scanner"

#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "inovda-xml-scanner.h"

#define BLOCK_SIZE (256 * 1024)
/* The longest tag, comment, processing instruction or CDATA section. */
#define MAX_MARKUP (8 * 1024 * 1024)
#define MAX_DEPTH 256
#define MAX_ATTRIBUTES 256
/* "&#x10FFFF;" and a margin: a reference cut by the end of the buffer is
 * never longer than this. */
#define MAX_REFERENCE 16
/* Zero bytes kept after the data: the scans of names and values stop on
 * the first one without comparing against the end, and the vector scans
 * may read a whole block past the last byte. */
#define PADDING 32

struct _InovdaXmlScanner
{
  InovdaXmlReadFunc read_func;
  gpointer source;
  InovdaXmlScannerHandlers handlers;
  gpointer user_data;

  char *buffer;
  gsize capacity;
  gsize length;
  gboolean at_end;

  /* Lines are counted only when bytes leave the buffer, or for an error:
   * `line` is the line of buffer[0]. */
  int line;
  gsize mark; /* start of the construct being handled */

  /* Qualified names of the open elements, one after the other, and where
   * each starts: kept by hand, as GLib 2.74's GString and GArray cost a
   * call per tag. */
  char *names;
  gsize names_length;
  gsize names_capacity;
  gsize name_offsets[MAX_DEPTH];
  gsize local_offsets[MAX_DEPTH]; /* of the name without its prefix */
  guint depth;
  gboolean seen_root;
  gboolean root_closed;
  gboolean want_text;

  GString *text;
  InovdaXmlAttribute attributes[MAX_ATTRIBUTES];
};

G_DEFINE_QUARK (inovda - xml - scan - error - quark, inovda_xml_scan_error)

/* memmem and memrchr are GNU extensions. */
static const char *
find_bytes (const char *haystack,
            gsize length,
            const char *needle,
            gsize needle_length)
{
  const char *end = haystack + length;
  const char *p = haystack;

  while (p + needle_length <= end && (p = memchr (p, needle[0], (gsize) (end - p - needle_length + 1))) != NULL)
    {
      if (memcmp (p, needle, needle_length) == 0)
        return p;
      p++;
    }
  return NULL;
}

/* Names are a few bytes long: a loop beats a call to memcmp. */
static inline gboolean
same_bytes (const char *a,
            const char *b,
            gsize length)
{
  if (length > 16)
    return memcmp (a, b, length) == 0;
  for (gsize i = 0; i < length; i++)
    if (a[i] != b[i])
      return FALSE;
  return TRUE;
}

static inline gboolean
is_space (char c)
{
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/* What each byte is to the scans of markup. Names end on a space, '>',
 * '/' or '='; everything else a name may hold is accepted, as the reader
 * needs only to tell names apart. */
enum
{
  CLASS_SPACE = 1 << 0,
  CLASS_NAME_END = 1 << 1,  /* space, '>', '/', '=' */
  CLASS_FORBIDDEN = 1 << 2, /* in a name: '<', '&', '"', '\'' */
  CLASS_COLON = 1 << 3,
  CLASS_NUL = 1 << 4,        /* the padding after the data, or a NUL in it */
  CLASS_NAME_START = 1 << 5, /* a letter, '_', ':' or part of a longer character */
  CLASS_VALUE_STOP = 1 << 6, /* in an attribute value: quotes, '<', '&', NUL */
  CLASS_NAME_STOP = CLASS_NAME_END | CLASS_FORBIDDEN | CLASS_COLON | CLASS_NUL,
};

static const guint8 classes[256] = {
  ['\0'] = CLASS_NUL | CLASS_VALUE_STOP,
  [' '] = CLASS_SPACE | CLASS_NAME_END,
  ['\t'] = CLASS_SPACE | CLASS_NAME_END,
  ['\n'] = CLASS_SPACE | CLASS_NAME_END,
  ['\r'] = CLASS_SPACE | CLASS_NAME_END,
  ['>'] = CLASS_NAME_END,
  ['/'] = CLASS_NAME_END,
  ['='] = CLASS_NAME_END,
  ['<'] = CLASS_FORBIDDEN | CLASS_VALUE_STOP,
  ['&'] = CLASS_FORBIDDEN | CLASS_VALUE_STOP,
  ['"'] = CLASS_FORBIDDEN | CLASS_VALUE_STOP,
  ['\''] = CLASS_FORBIDDEN | CLASS_VALUE_STOP,
  [':'] = CLASS_COLON | CLASS_NAME_START,
  ['_'] = CLASS_NAME_START,
  ['A' ... 'Z'] = CLASS_NAME_START,
  ['a' ... 'z'] = CLASS_NAME_START,
  [0x80 ... 0xFF] = CLASS_NAME_START,
};

static inline guint8
class_of (const char *p)
{
  return classes[(guchar) *p];
}

/* Returns the end of the name starting at @q (on the byte that ends it, or
 * on @end), with *@local after its last colon; NULL when the name holds a
 * byte forbidden in names. */
static inline const char *
scan_name (const char *q,
           const char *end,
           const char **local)
{
  *local = q;
  for (;;)
    {
      guint8 c;

      while (((c = class_of (q)) & CLASS_NAME_STOP) == 0)
        q++;
      if (c & CLASS_COLON)
        *local = q + 1;
      else if (c & CLASS_FORBIDDEN)
        return NULL;
      else if ((c & CLASS_NUL) == 0 || q >= end)
        return q;
      q++;
    }
}

/* Namespaces in XML: "local" or "prefix:local", neither part empty, one
 * colon at most. @local and @name_end as scan_name() gives them. */
static inline gboolean
is_qualified_name (const char *name,
                   const char *local,
                   const char *name_end)
{
  if (local == name_end)
    return FALSE;
  if (local == name)
    return TRUE;
  return local - 1 > name && memchr (name, ':', (gsize) (local - 1 - name)) == NULL;
}

/* The first '<' in [p, end), or NULL. */
static inline const char *
find_open (const char *p,
           const char *end)
{
#ifdef __SSE2__
  const __m128i open = _mm_set1_epi8 ('<');

  for (; p < end; p += 16)
    {
      __m128i block = _mm_loadu_si128 ((const __m128i *) (gconstpointer) p);
      guint mask = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (block, open));

      if (mask != 0)
        {
          p += __builtin_ctz (mask);
          return p < end ? p : NULL;
        }
    }
  return NULL;
#else
  return p < end ? memchr (p, '<', (gsize) (end - p)) : NULL;
#endif
}

/* The first '<', '&' or carriage return in [p, end), or @end: text up to
 * a '<' needs nothing decoded. */
static inline const char *
find_text_stop (const char *p,
                const char *end)
{
#ifdef __SSE2__
  const __m128i open = _mm_set1_epi8 ('<');
  const __m128i amp = _mm_set1_epi8 ('&');
  const __m128i cr = _mm_set1_epi8 ('\r');

  for (; p < end; p += 16)
    {
      __m128i block = _mm_loadu_si128 ((const __m128i *) (gconstpointer) p);
      __m128i hits = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (block, open), _mm_cmpeq_epi8 (block, amp)),
                                   _mm_cmpeq_epi8 (block, cr));
      guint mask = (guint) _mm_movemask_epi8 (hits);

      if (mask != 0)
        {
          p += __builtin_ctz (mask);
          return p < end ? p : end;
        }
    }
  return end;
#else
  while (p < end && *p != '<' && *p != '&' && *p != '\r')
    p++;
  return p;
#endif
}

const char *
_inovda_xml_find_text_stop (const char *p,
                            const char *end)
{
  return find_text_stop (p, end);
}

InovdaXmlScanner *
inovda_xml_scanner_new (InovdaXmlReadFunc read_func,
                        gpointer source,
                        const InovdaXmlScannerHandlers *handlers,
                        gpointer user_data)
{
  InovdaXmlScanner *self = g_new0 (InovdaXmlScanner, 1);

  self->read_func = read_func;
  self->source = source;
  self->handlers = *handlers;
  self->user_data = user_data;
  self->capacity = BLOCK_SIZE;
  self->buffer = g_malloc0 (self->capacity + PADDING);
  self->line = 1;
  self->names_capacity = 256;
  self->names = g_malloc (self->names_capacity + PADDING);
  self->text = g_string_sized_new (256);
  return self;
}

void
inovda_xml_scanner_free (InovdaXmlScanner *self)
{
  if (self == NULL)
    return;
  g_free (self->buffer);
  g_free (self->names);
  g_string_free (self->text, TRUE);
  g_free (self);
}

void
inovda_xml_scanner_set_want_text (InovdaXmlScanner *self,
                                  gboolean want_text)
{
  self->want_text = want_text;
}

static int
count_lines (const char *start,
             const char *end)
{
  int lines = 0;

  while (start < end && (start = memchr (start, '\n', (gsize) (end - start))) != NULL)
    {
      lines++;
      start++;
    }
  return lines;
}

int
inovda_xml_scanner_get_line (InovdaXmlScanner *self)
{
  gsize mark = MIN (self->mark, self->length);

  return self->line + count_lines (self->buffer, self->buffer + mark);
}

static gboolean
malformed (InovdaXmlScanner *self,
           gsize position,
           GError **error,
           const char *message)
{
  self->mark = position;
  g_set_error_literal (error, INOVDA_XML_SCAN_ERROR, INOVDA_XML_SCAN_ERROR_MALFORMED, message);
  return FALSE;
}

/* The same, for the scanners of markup, which return a length. */
static gssize
refuse (InovdaXmlScanner *self,
        gsize position,
        GError **error,
        const char *message)
{
  malformed (self, position, error, message);
  return -1;
}

/* Keeps the bytes from @keep on and reads more after them. Returns 1 when
 * bytes were added, 0 at the end of the input, -1 on error. */
static int
refill (InovdaXmlScanner *self,
        gsize keep,
        GError **error)
{
  gssize n;

  if (keep > 0)
    {
      self->line += count_lines (self->buffer, self->buffer + keep);
      memmove (self->buffer, self->buffer + keep, self->length - keep);
      self->length -= keep;
      self->mark = self->mark > keep ? self->mark - keep : 0;
      memset (self->buffer + self->length, 0, PADDING);
    }
  if (self->at_end)
    return 0;

  if (self->length == self->capacity)
    {
      if (self->capacity >= MAX_MARKUP)
        return refuse (self, 0, error, "a tag, comment or CDATA section is too long");
      self->capacity *= 2;
      self->buffer = g_realloc (self->buffer, self->capacity + PADDING);
    }

  n = self->read_func (self->source, self->buffer + self->length, self->capacity - self->length, error);
  if (n > 0)
    self->length += (gsize) n;
  memset (self->buffer + self->length, 0, PADDING);
  if (n < 0)
    return -1;
  if (n == 0)
    {
      self->at_end = TRUE;
      return 0;
    }
  return 1;
}

static gboolean
append_character (GString *out,
                  const char *digits,
                  gsize length)
{
  gboolean hex = length > 0 && digits[0] == 'x';
  guint64 value = 0;

  if (hex)
    {
      digits++;
      length--;
    }
  if (length == 0 || length > 8)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      int digit = hex ? g_ascii_xdigit_value (digits[i]) : g_ascii_digit_value (digits[i]);

      if (digit < 0)
        return FALSE;
      value = value * (hex ? 16 : 10) + (guint64) digit;
    }
  /* The characters XML allows. */
  if (!(value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value <= 0xD7FF) ||
        (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF)))
    return FALSE;
  g_string_append_unichar (out, (gunichar) value);
  return TRUE;
}

/* Decodes the reference at @p (on its '&'), appending to @out; returns its
 * length, 0 when it is not a valid reference. */
static gsize
decode_reference (const char *p,
                  const char *end,
                  GString *out)
{
  const char *semicolon = memchr (p, ';', (gsize) MIN (end - p, MAX_REFERENCE));
  gsize length;

  if (semicolon == NULL)
    return 0;
  length = (gsize) (semicolon - p - 1);
  p++;
  if (length == 2 && p[0] == 'l' && p[1] == 't')
    g_string_append_c (out, '<');
  else if (length == 2 && p[0] == 'g' && p[1] == 't')
    g_string_append_c (out, '>');
  else if (length == 3 && memcmp (p, "amp", 3) == 0)
    g_string_append_c (out, '&');
  else if (length == 4 && memcmp (p, "quot", 4) == 0)
    g_string_append_c (out, '"');
  else if (length == 4 && memcmp (p, "apos", 4) == 0)
    g_string_append_c (out, '\'');
  else if (length > 1 && p[0] == '#')
    {
      if (!append_character (out, p + 1, length - 1))
        return 0;
    }
  else
    return 0;
  return length + 2;
}

/* Appends @length bytes of character data to @out with their references
 * decoded (unless @raw, for CDATA) and line ends normalised. On a bad
 * reference, sets *@bad (when not NULL) to it. */
static gboolean
decode_text (const char *text,
             gsize length,
             gboolean raw,
             GString *out,
             const char **bad)
{
  const char *p = text;
  const char *end = text + length;

  while (p < end)
    {
      const char *special = p;

      while (special < end && *special != '&' && *special != '\r')
        special++;
      g_string_append_len (out, p, special - p);
      if (special == end)
        break;
      if (*special == '\r')
        {
          g_string_append_c (out, '\n');
          p = special + 1;
          if (p < end && *p == '\n')
            p++;
        }
      else if (raw)
        {
          g_string_append_c (out, '&');
          p = special + 1;
        }
      else
        {
          gsize used = decode_reference (special, end, out);

          if (used == 0)
            {
              if (bad != NULL)
                *bad = special;
              return FALSE;
            }
          p = special + used;
        }
    }
  return TRUE;
}

const char *
_inovda_xml_attribute_decode (const InovdaXmlAttribute *attribute,
                              GString *scratch,
                              gsize *length)
{
  g_string_truncate (scratch, 0);
  if (!decode_text (attribute->value, attribute->value_length, FALSE, scratch, NULL))
    return NULL;
  *length = scratch->len;
  return scratch->str;
}

/* Whether a byte of @word is @c: the usual bit trick, a zero byte in
 * word ^ c…c. */
static inline gboolean
has_byte (guint64 word,
          char c)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  guint64 x = word ^ (ones * (guchar) c);

  return ((x - ones) & ~x & (ones << 7)) != 0;
}

/* How many bytes of @text come before the first '&' or carriage return.
 * Most text is a few dozen bytes without either: eight bytes at a time,
 * without memchr's set-up. */
static inline gsize
plain_text_length (const char *text,
                   gsize length)
{
  gsize plain = 0;

  for (; plain + 8 <= length; plain += 8)
    {
      guint64 word;

      memcpy (&word, text + plain, 8);
      if (has_byte (word, '&') || has_byte (word, '\r'))
        break;
    }
  while (plain < length && text[plain] != '&' && text[plain] != '\r')
    plain++;
  return plain;
}

static gboolean
deliver_text (InovdaXmlScanner *self,
              const char *text,
              gsize length,
              gboolean raw,
              GError **error)
{
  const char *bad = text;
  gsize plain = 0;

  if (length == 0)
    return TRUE;
  plain = plain_text_length (text, length);
  if (!raw && plain == length)
    return self->handlers.text (self->user_data, text, length, error);

  g_string_truncate (self->text, 0);
  if (!decode_text (text, length, raw, self->text, &bad))
    return malformed (self, (gsize) (bad - self->buffer), error, "invalid character or entity reference");
  return self->handlers.text (self->user_data, self->text->str, self->text->len, error);
}

/* Handles the character data in [start, stop). When @complete is FALSE the
 * data continues after the buffer: a reference or carriage return cut at
 * the end is kept back. Sets *@used to the bytes consumed. */
static gboolean
handle_text (InovdaXmlScanner *self,
             gsize start,
             gsize stop,
             gboolean complete,
             gsize *used,
             GError **error)
{
  const char *text = self->buffer + start;
  gsize length = stop - start;

  *used = length;
  if (self->depth == 0)
    {
      for (gsize i = 0; i < length; i++)
        if (!is_space (text[i]))
          return malformed (self, start + i, error, "text outside the root element");
      return TRUE;
    }
  if (!self->want_text)
    return TRUE;

  if (!complete)
    {
      gsize keep = length;
      gsize low = length > MAX_REFERENCE ? length - MAX_REFERENCE : 0;

      for (gsize i = length; i > low; i--)
        if (text[i - 1] == '&')
          {
            if (memchr (text + i, ';', length - i) == NULL)
              keep = i - 1;
            break;
          }
      if (keep > 0 && keep == length && text[keep - 1] == '\r')
        keep--;
      length = keep;
      *used = keep;
    }
  self->mark = start;
  return deliver_text (self, text, length, FALSE, error);
}

static gboolean
check_declaration (InovdaXmlScanner *self,
                   const char *start,
                   const char *end,
                   GError **error)
{
  const char *encoding = g_strstr_len (start, end - start, "encoding");
  const char *p;
  const char *value_end;
  char quote;
  gsize length;

  if (encoding == NULL)
    return TRUE;
  p = encoding + strlen ("encoding");
  while (p < end && is_space (*p))
    p++;
  if (p < end && *p == '=')
    p++;
  while (p < end && is_space (*p))
    p++;
  if (p >= end || (*p != '"' && *p != '\''))
    return malformed (self, (gsize) (start - self->buffer), error, "invalid XML declaration");
  quote = *p++;
  value_end = memchr (p, quote, (gsize) (end - p));
  if (value_end == NULL)
    return malformed (self, (gsize) (start - self->buffer), error, "invalid XML declaration");
  length = (gsize) (value_end - p);
  if ((length == 5 && g_ascii_strncasecmp (p, "UTF-8", 5) == 0) ||
      (length == 4 && g_ascii_strncasecmp (p, "UTF8", 4) == 0) ||
      (length == 8 && g_ascii_strncasecmp (p, "US-ASCII", 8) == 0) ||
      (length == 5 && g_ascii_strncasecmp (p, "ASCII", 5) == 0))
    return TRUE;

  self->mark = (gsize) (start - self->buffer);
  g_set_error (error, INOVDA_XML_SCAN_ERROR, INOVDA_XML_SCAN_ERROR_ENCODING,
               "the text is encoded in %.*s, not UTF-8", (int) MIN (length, 40), p);
  return FALSE;
}

/* Special markup: <?…?>, <!--…-->, <![CDATA[…]]>. */
static gssize
scan_special (InovdaXmlScanner *self,
              gsize position,
              gboolean at_document_start,
              GError **error)
{
  const char *p = self->buffer + position;
  gsize available = self->length - position;
  const char *close;

  if (p[1] == '?')
    {
      close = find_bytes (p + 2, available - 2, "?>", 2);
      if (close == NULL)
        return 0;
      if (available >= 6 && memcmp (p + 2, "xml", 3) == 0 && (is_space (p[5]) || p[5] == '?'))
        {
          if (!at_document_start)
            return refuse (self, position, error, "XML declaration not at the start");
          if (!check_declaration (self, p, close, error))
            return -1;
        }
      return (gssize) (close + 2 - p);
    }

  if (available < 4)
    return 0;
  if (memcmp (p, "<!--", 4) == 0)
    {
      close = find_bytes (p + 4, available - 4, "-->", 3);
      return close == NULL ? 0 : (gssize) (close + 3 - p);
    }
  if (available < 9)
    {
      if (memcmp (p, "<![CDATA[", available) == 0 || memcmp (p, "<!DOCTYPE", available) == 0)
        return 0;
      return refuse (self, position, error, "invalid markup");
    }
  if (memcmp (p, "<![CDATA[", 9) == 0)
    {
      close = find_bytes (p + 9, available - 9, "]]>", 3);
      if (close == NULL)
        return 0;
      if (self->depth == 0)
        return refuse (self, position, error, "CDATA outside the root element");
      self->mark = position;
      if (self->want_text && !deliver_text (self, p + 9, (gsize) (close - p - 9), TRUE, error))
        return -1;
      return (gssize) (close + 3 - p);
    }
  self->mark = position;
  if (memcmp (p, "<!DOCTYPE", 9) == 0)
    g_set_error_literal (error, INOVDA_XML_SCAN_ERROR, INOVDA_XML_SCAN_ERROR_DOCTYPE,
                         "document type declaration");
  else
    g_set_error_literal (error, INOVDA_XML_SCAN_ERROR, INOVDA_XML_SCAN_ERROR_MALFORMED, "invalid markup");
  return -1;
}

/* Closes the innermost element, whose end tag takes @used bytes. */
static gssize
close_element (InovdaXmlScanner *self,
               gsize position,
               gsize used,
               GError **error)
{
  gsize offset = self->name_offsets[self->depth - 1];
  gsize local = self->local_offsets[self->depth - 1];
  const char *name = self->buffer + position + 2 + (local - offset);
  gsize length = self->names_length - local;

  self->names_length = offset;
  if (--self->depth == 0)
    self->root_closed = TRUE;
  self->mark = position;
  if (!self->handlers.end_element (self->user_data, name, length, error))
    return -1;
  return (gssize) used;
}

static gssize
scan_end_tag (InovdaXmlScanner *self,
              gsize position,
              GError **error)
{
  const char *p = self->buffer + position;
  const char *end = self->buffer + self->length;
  const char *close = p + 2;
  const char *name = p + 2;
  const char *q = name;
  gsize offset;
  gsize length;

  if (self->depth > 0)
    {
      /* Mostly the open element's name and '>'. */
      offset = self->name_offsets[self->depth - 1];
      length = self->names_length - offset;
      if (position + 2 + length < self->length && name[length] == '>' &&
          same_bytes (name, self->names + offset, length))
        return close_element (self, position, length + 3, error);
    }

  while (close < end && *close != '>')
    close++;
  if (close == end)
    return 0;
  while (q < close && !is_space (*q))
    q++;
  for (const char *s = q; s < close; s++)
    if (!is_space (*s))
      return refuse (self, position, error, "invalid end tag");
  if (self->depth == 0)
    return refuse (self, position, error, "end tag does not match the open element");
  offset = self->name_offsets[self->depth - 1];
  length = self->names_length - offset;
  if ((gsize) (q - name) != length || !same_bytes (self->names + offset, name, length))
    return refuse (self, position, error, "end tag does not match the open element");
  return close_element (self, position, (gsize) (close + 1 - p), error);
}

/* The value of the attribute whose opening quote is at @q: sets its value
 * and has_reference, and returns the closing quote; @end when the value
 * continues after the buffer, NULL on a '<'. */
static inline const char *
scan_value (const char *q,
            const char *end,
            InovdaXmlAttribute *attribute)
{
  const char quote = *q;
  const char *v = q + 1;

  attribute->has_reference = FALSE;
#ifdef __SSE2__
  {
    const __m128i quotes = _mm_set1_epi8 (quote);
    const __m128i open = _mm_set1_epi8 ('<');
    const __m128i amp = _mm_set1_epi8 ('&');

    for (;;)
      {
        __m128i block;
        guint mask;

        if (v >= end)
          return end;
        block = _mm_loadu_si128 ((const __m128i *) (gconstpointer) v);
        mask = (guint) _mm_movemask_epi8 (_mm_or_si128 (_mm_cmpeq_epi8 (block, quotes),
                                                        _mm_or_si128 (_mm_cmpeq_epi8 (block, open),
                                                                      _mm_cmpeq_epi8 (block, amp))));
        if (mask == 0)
          {
            v += 16;
            continue;
          }
        v += __builtin_ctz (mask);
        if (v >= end)
          return end;
        if (*v == quote)
          break;
        if (*v == '<')
          return NULL;
        attribute->has_reference = TRUE;
        v++;
      }
  }
#else
  for (;;)
    {
      while ((class_of (v) & CLASS_VALUE_STOP) == 0)
        v++;
      if (*v == quote)
        break;
      if (*v == '<')
        return NULL;
      if (*v == '&')
        attribute->has_reference = TRUE;
      else if (*v == '\0' && v >= end)
        return end;
      v++;
    }
#endif
  attribute->value = q + 1;
  attribute->value_length = (gsize) (v - q - 1);
  return v;
}

static gssize
scan_start_tag (InovdaXmlScanner *self,
                gsize position,
                GError **error)
{
  const char *p = self->buffer + position;
  const char *end = self->buffer + self->length;
  const char *name = p + 1;
  const char *local;
  const char *q;
  gsize name_length;
  guint n_attributes = 0;
  gboolean empty = FALSE;

  if ((class_of (name) & CLASS_NAME_START) == 0)
    return refuse (self, position, error, "invalid element name");
  q = scan_name (name, end, &local);
  if (q == NULL || (q < end && !is_qualified_name (name, local, q)))
    return refuse (self, position, error, "invalid element name");
  name_length = (gsize) (q - name);

  for (;;)
    {
      InovdaXmlAttribute *attribute;
      const char *attribute_name;
      const char *attribute_local;
      const char *before = q;

      while (class_of (q) & CLASS_SPACE)
        q++;
      if (q >= end)
        return 0;
      if (*q == '>')
        {
          q++;
          break;
        }
      if (*q == '/')
        {
          if (q + 1 >= end)
            return 0;
          if (q[1] != '>')
            return refuse (self, position, error, "invalid tag");
          empty = TRUE;
          q += 2;
          break;
        }
      if (q == before && q > name + name_length)
        return refuse (self, position, error, "attributes must be separated by spaces");
      if ((class_of (q) & CLASS_NAME_START) == 0)
        return refuse (self, position, error, "invalid attribute name");

      attribute_name = q;
      q = scan_name (q, end, &attribute_local);
      if (q == NULL || (q < end && !is_qualified_name (attribute_name, attribute_local, q)))
        return refuse (self, position, error, "invalid attribute name");
      if (n_attributes == MAX_ATTRIBUTES)
        return refuse (self, position, error, "too many attributes");
      attribute = &self->attributes[n_attributes++];
      attribute->name = attribute_local;
      attribute->name_length = (gsize) (q - attribute_local);
      attribute->prefixed = attribute_local != attribute_name ||
                            (attribute->name_length == 5 && memcmp (attribute_name, "xmlns", 5) == 0);

      /* Mostly name="value", without spaces. */
      if (G_LIKELY (q[0] == '=' && q[1] == '"'))
        q++;
      else
        {
          while (class_of (q) & CLASS_SPACE)
            q++;
          if (q >= end)
            return 0;
          if (*q != '=')
            return refuse (self, position, error, "attribute without a value");
          q++;
          while (class_of (q) & CLASS_SPACE)
            q++;
          if (q >= end)
            return 0;
          if (*q != '"' && *q != '\'')
            return refuse (self, position, error, "attribute value without quotes");
        }
      q = scan_value (q, end, attribute);
      if (q == NULL)
        return refuse (self, position, error, "'<' in an attribute value");
      if (q >= end)
        return 0;
      q++;
    }

  if (self->root_closed)
    return refuse (self, position, error, "content after the root element");
  self->seen_root = TRUE;
  if (empty)
    {
      if (self->depth == 0)
        self->root_closed = TRUE;
    }
  else
    {
      gsize offset = self->names_length;

      if (self->depth == MAX_DEPTH)
        return refuse (self, position, error, "elements nested too deeply");
      if (offset + name_length > self->names_capacity)
        {
          self->names_capacity = MAX (self->names_capacity * 2, offset + name_length);
          self->names = g_realloc (self->names, self->names_capacity + PADDING);
        }
      /* Names are short, and both buffers have room to spare after them. */
      if (name_length <= 16)
        {
          memcpy (self->names + offset, name, 8);
          memcpy (self->names + offset + 8, name + 8, 8);
        }
      else
        memcpy (self->names + offset, name, name_length);
      self->name_offsets[self->depth] = offset;
      self->local_offsets[self->depth++] = offset + (gsize) (local - name);
      self->names_length = offset + name_length;
    }

  self->mark = position;
  if (!self->handlers.start_element (self->user_data, local, name_length - (gsize) (local - name),
                                     self->attributes, n_attributes, empty, error))
    return -1;
  return (gssize) (q - p);
}

/* Returns the bytes the markup at @position takes, 0 when it continues
 * after the buffer, -1 on error. */
static gssize
scan_markup (InovdaXmlScanner *self,
             gsize position,
             gboolean at_document_start,
             GError **error)
{
  const char *p = self->buffer + position;

  if (self->length - position < 3)
    return 0;
  if (p[1] == '/')
    return scan_end_tag (self, position, error);
  if (p[1] == '?' || p[1] == '!')
    return scan_special (self, position, at_document_start, error);
  return scan_start_tag (self, position, error);
}

static gboolean
start_document (InovdaXmlScanner *self,
                gsize *position,
                GError **error)
{
  while (self->length < 4 && !self->at_end)
    if (refill (self, 0, error) < 0)
      return FALSE;
  if (self->length >= 3 && memcmp (self->buffer, "\xEF\xBB\xBF", 3) == 0)
    *position = 3;
  if (memchr (self->buffer, '\0', MIN (self->length, 4)) != NULL ||
      (self->length >= 2 && ((guchar) self->buffer[0] == 0xFE || (guchar) self->buffer[0] == 0xFF)))
    {
      g_set_error_literal (error, INOVDA_XML_SCAN_ERROR, INOVDA_XML_SCAN_ERROR_ENCODING,
                           "the text is encoded in UTF-16, not UTF-8");
      return FALSE;
    }
  return TRUE;
}

gboolean
inovda_xml_scanner_run (InovdaXmlScanner *self,
                        GError **error)
{
  gsize position = 0;
  gboolean at_document_start = TRUE;

  if (!start_document (self, &position, error))
    return FALSE;

  for (;;)
    {
      const char *start = self->buffer + position;
      const char *end = self->buffer + self->length;
      const char *open;
      gssize used;
      gsize text_used;
      int result;

      /* Tags mostly follow each other directly, and the text wanted is
       * mostly plain: handed over in place. */
      if (start < end && *start == '<')
        {
          open = start;
          /* Mostly the end tag of the open element, without spaces: closed
           * here, without the general steps of scan_markup. */
          if (start[1] == '/' && self->depth > 0)
            {
              gsize offset = self->name_offsets[self->depth - 1];
              gsize length = self->names_length - offset;

              if (start + 2 + length < end && start[2 + length] == '>' &&
                  same_bytes (start + 2, self->names + offset, length))
                {
                  if (close_element (self, position, length + 3, error) < 0)
                    return FALSE;
                  at_document_start = FALSE;
                  position += length + 3;
                  continue;
                }
            }
        }
      else if (self->want_text && self->depth > 0)
        {
          const char *stop = find_text_stop (start, end);

          if (stop < end && *stop == '<')
            {
              self->mark = position;
              if (!self->handlers.text (self->user_data, start, (gsize) (stop - start), error))
                return FALSE;
              position = (gsize) (stop - self->buffer);
              start = open = stop;
            }
          else
            open = find_open (stop, end);
        }
      else
        open = find_open (start, end);

      if (open == NULL)
        {
          if (!handle_text (self, position, self->length, FALSE, &text_used, error))
            return FALSE;
          position += text_used;
          result = refill (self, position, error);
          if (result < 0)
            return FALSE;
          position = 0;
          if (result == 0)
            break;
          continue;
        }
      if (open > start)
        {
          if (!handle_text (self, position, (gsize) (open - self->buffer), TRUE, &text_used, error))
            return FALSE;
          position = (gsize) (open - self->buffer);
        }

      /* Only where the deepest element a caller takes (three levels, as
       * in <c><is><t>) stays within the nesting limit. */
      if (self->handlers.take_element != NULL && self->depth > 0 && self->depth + 3 <= MAX_DEPTH)
        {
          const char *tag = self->buffer + position;
          gssize taken;

          if (tag[1] != '/' && tag[1] != '!' && tag[1] != '?')
            {
              self->mark = position;
              taken = self->handlers.take_element (self->user_data, tag, self->buffer + self->length, error);
              if (taken < 0)
                return FALSE;
              g_assert ((gsize) taken <= self->length - position);
              if (taken > 0)
                {
                  position += (gsize) taken;
                  continue;
                }
            }
        }

      used = scan_markup (self, position, at_document_start, error);
      if (used < 0)
        return FALSE;
      if (used == 0)
        {
          result = refill (self, position, error);
          if (result < 0)
            return FALSE;
          position = 0;
          if (result == 0)
            return malformed (self, 0, error, "the document ends inside a tag");
          continue;
        }
      at_document_start = FALSE;
      position += (gsize) used;
    }

  if (position < self->length)
    return malformed (self, position, error, "invalid character or entity reference");
  if (!self->seen_root)
    return malformed (self, self->length, error, "the document has no root element");
  if (self->depth > 0)
    return malformed (self, self->length, error, "the document ends before its elements are closed");
  return TRUE;
}
