/* inovda-xml-guard.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "inovda-xml-guard.h"

typedef enum
{
  GUARD_TEXT,
  GUARD_OPEN, /* after “<” */
  GUARD_TAG,  /* inside a start tag */
  GUARD_DOUBLE_QUOTED,
  GUARD_SINGLE_QUOTED,
  GUARD_END_TAG,
  GUARD_PI,
  GUARD_PI_QUESTION,
  GUARD_BANG, /* after “<!” */
  GUARD_BANG_DASH,
  GUARD_COMMENT,
  GUARD_COMMENT_DASH,
  GUARD_COMMENT_DASH_DASH,
  GUARD_CDATA,
  GUARD_CDATA_BRACKET,
  GUARD_CDATA_BRACKET_BRACKET,
  GUARD_DECLARATION, /* <!DOCTYPE …>, refused later by its readers */
  GUARD_DECLARATION_QUOTED,
} GuardState;

void
_inovda_xml_guard_init (InovdaXmlGuard *guard)
{
  memset (guard, 0, sizeof *guard);
  guard->state = GUARD_TEXT;
  guard->line = 1;
}

/* One character, or one UTF-16 code unit; only ASCII ones matter. */
/* The state machine alone; the callers keep the line and column. */
static gboolean
step (InovdaXmlGuard *guard,
      guint c)
{
  switch ((GuardState) guard->state)
    {
    case GUARD_TEXT:
      if (c == '<')
        {
          guard->state = GUARD_OPEN;
          guard->tag_line = guard->line;
          guard->tag_column = guard->column;
        }
      break;
    case GUARD_OPEN:
      guard->n_attributes = 0;
      guard->state = c == '/' ? GUARD_END_TAG : c == '?' ? GUARD_PI
                                            : c == '!'   ? GUARD_BANG
                                                         : GUARD_TAG;
      break;
    case GUARD_TAG:
      if (c == '"')
        guard->state = GUARD_DOUBLE_QUOTED;
      else if (c == '\'')
        guard->state = GUARD_SINGLE_QUOTED;
      else if (c == '>')
        guard->state = GUARD_TEXT;
      else if (c == '=' && ++guard->n_attributes > INOVDA_XML_MAX_ATTRIBUTES)
        return FALSE;
      break;
    case GUARD_DOUBLE_QUOTED:
      if (c == '"')
        guard->state = GUARD_TAG;
      break;
    case GUARD_SINGLE_QUOTED:
      if (c == '\'')
        guard->state = GUARD_TAG;
      break;
    case GUARD_END_TAG:
      if (c == '>')
        guard->state = GUARD_TEXT;
      break;
    case GUARD_PI:
      if (c == '?')
        guard->state = GUARD_PI_QUESTION;
      break;
    case GUARD_PI_QUESTION:
      if (c == '>')
        guard->state = GUARD_TEXT;
      else if (c != '?')
        guard->state = GUARD_PI;
      break;
    case GUARD_BANG:
      guard->state = c == '-' ? GUARD_BANG_DASH : c == '[' ? GUARD_CDATA
                                                           : GUARD_DECLARATION;
      break;
    case GUARD_BANG_DASH:
      guard->state = c == '-' ? GUARD_COMMENT : GUARD_DECLARATION;
      break;
    case GUARD_COMMENT:
      if (c == '-')
        guard->state = GUARD_COMMENT_DASH;
      break;
    case GUARD_COMMENT_DASH:
      guard->state = c == '-' ? GUARD_COMMENT_DASH_DASH : GUARD_COMMENT;
      break;
    case GUARD_COMMENT_DASH_DASH:
      if (c == '>')
        guard->state = GUARD_TEXT;
      else if (c != '-')
        guard->state = GUARD_COMMENT;
      break;
    case GUARD_CDATA:
      if (c == ']')
        guard->state = GUARD_CDATA_BRACKET;
      break;
    case GUARD_CDATA_BRACKET:
      guard->state = c == ']' ? GUARD_CDATA_BRACKET_BRACKET : GUARD_CDATA;
      break;
    case GUARD_CDATA_BRACKET_BRACKET:
      if (c == '>')
        guard->state = GUARD_TEXT;
      else if (c != ']')
        guard->state = GUARD_CDATA;
      break;
    case GUARD_DECLARATION:
      if (c == '"' || c == '\'')
        {
          guard->state = GUARD_DECLARATION_QUOTED;
          guard->quote = (guint8) c;
        }
      else if (c == '>')
        guard->state = GUARD_TEXT;
      break;
    case GUARD_DECLARATION_QUOTED:
      if (c == guard->quote)
        guard->state = GUARD_DECLARATION;
      break;
    default:
      g_assert_not_reached ();
    }
  return TRUE;
}

static void
detect_width (InovdaXmlGuard *guard,
              guint8 first,
              guint8 second)
{
  guard->width = 1;
  if ((first == 0xff && second == 0xfe) || (first == '<' && second == 0))
    guard->width = 2;
  else if ((first == 0xfe && second == 0xff) || (first == 0 && second == '<'))
    {
      guard->width = 2;
      guard->big_endian = TRUE;
    }
}

/* What a start tag's state depends on, and newlines for the lines. */
static const gboolean tag_special[256] = {
  ['"'] = TRUE,
  ['\''] = TRUE,
  ['>'] = TRUE,
  ['='] = TRUE,
  ['\n'] = TRUE,
};

/* Lines advance on the newlines of [@from, @to). */
static void
count_lines (InovdaXmlGuard *guard,
             const guint8 *bytes,
             gsize from,
             gsize to)
{
  const guint8 *newline;

  while (from < to && (newline = memchr (bytes + from, '\n', to - from)) != NULL)
    {
      from = (gsize) (newline - bytes) + 1;
      guard->line++;
      guard->line_start = guard->offset + from;
    }
}

/* Bytes of an ASCII-compatible encoding. Text and quoted values, most of
 * a part, are skipped with memchr (); only markup goes byte by byte. */
static gboolean
feed_bytes (InovdaXmlGuard *guard,
            const guint8 *bytes,
            gsize i,
            gsize length)
{
  while (i < length)
    {
      GuardState state = guard->state;

      if (state == GUARD_TEXT || state == GUARD_DOUBLE_QUOTED || state == GUARD_SINGLE_QUOTED)
        {
          int wanted = state == GUARD_TEXT ? '<' : state == GUARD_DOUBLE_QUOTED ? '"'
                                                                                : '\'';
          const guint8 *found = memchr (bytes + i, wanted, length - i);
          gsize end = found != NULL ? (gsize) (found - bytes) : length;

          count_lines (guard, bytes, i, end);
          i = end;
          if (i == length)
            break;
          if (state == GUARD_TEXT)
            guard->column = (guint) MIN (guard->offset + i - guard->line_start + 1, G_MAXUINT);
        }
      else if (state == GUARD_TAG)
        {
          /* Names and spaces until what the tag's state depends on */
          while (i < length && !tag_special[bytes[i]])
            i++;
          if (i == length)
            break;
        }
      if (bytes[i] == '\n')
        {
          guard->line++;
          guard->line_start = guard->offset + i + 1;
        }
      if (!step (guard, bytes[i++]))
        return FALSE;
    }
  guard->offset += length;
  return TRUE;
}

gboolean
_inovda_xml_guard_feed (InovdaXmlGuard *guard,
                        const char *data,
                        gsize length)
{
  const guint8 *bytes = (const guint8 *) data;
  gsize i = 0;

  if (length == 0)
    return TRUE;
  if (guard->width == 0)
    {
      /* A single first byte waits for its neighbour. */
      if (!guard->have_half && length == 1)
        {
          guard->have_half = TRUE;
          guard->half = bytes[0];
          return TRUE;
        }
      detect_width (guard, guard->have_half ? guard->half : bytes[0], guard->have_half ? bytes[0] : bytes[1]);
      if (guard->width == 1 && guard->have_half)
        {
          guard->have_half = FALSE;
          if (!feed_bytes (guard, &guard->half, 0, 1))
            return FALSE;
        }
    }

  if (guard->width == 1)
    return feed_bytes (guard, bytes, i, length);

  for (; i < length; i++)
    {
      guint unit;

      if (!guard->have_half)
        {
          guard->have_half = TRUE;
          guard->half = bytes[i];
          continue;
        }
      guard->have_half = FALSE;
      unit = guard->big_endian ? (guint) guard->half << 8 | bytes[i] : (guint) bytes[i] << 8 | guard->half;
      if (unit == '\n')
        {
          guard->line++;
          guard->column = 0;
        }
      else if (unit < 0xdc00 || unit >= 0xe000)
        guard->column++; /* not the second half of a surrogate pair */
      /* Beyond ASCII only the count of columns matters. */
      if (!step (guard, unit < 0x80 ? unit : 0xc0))
        return FALSE;
    }
  return TRUE;
}
