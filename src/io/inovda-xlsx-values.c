/* inovda-xlsx-values.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-xlsx-reader"

#include "config.h"

#include <math.h>
#include <string.h>

#include "inovda-xlsx-private.h"

/* Serial numbers at and above 10000-01-01 are not dates. */
#define MAX_SERIAL 2958466

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
FormatKind
_inovda_xlsx_classify_format_code (const char *code)
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
FormatKind
_inovda_xlsx_classify_builtin_format (guint id)
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

/* As "%0*u" would, without printf's cost: a date column has a date on
 * every row. */
static void
append_padded (GString *out,
               guint value,
               guint width)
{
  char digits[16];
  guint n = 0;

  do
    {
      digits[n++] = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value > 0);
  while (n < width)
    digits[n++] = '0';
  while (n > 0)
    g_string_append_c (out, digits[--n]);
}

static void
append_date (GString *out,
             const GDate *date)
{
  append_padded (out, (guint) g_date_get_year (date), 4);
  g_string_append_c (out, '-');
  append_padded (out, (guint) g_date_get_month (date), 2);
  g_string_append_c (out, '-');
  append_padded (out, (guint) g_date_get_day (date), 2);
}

static void
append_time (GString *out,
             gint64 time_of_day)
{
  append_padded (out, (guint) (time_of_day / 3600), 2);
  g_string_append_c (out, ':');
  append_padded (out, (guint) (time_of_day / 60 % 60), 2);
  g_string_append_c (out, ':');
  append_padded (out, (guint) (time_of_day % 60), 2);
}

/* Excel's 1900 system counts from 1899-12-31 and keeps Lotus' 1900-02-29
 * as serial 60, so later serials count from 1899-12-30. Returns FALSE for
 * serials that are no date; they stay numbers. */
gboolean
_inovda_xlsx_serial_to_iso (double serial,
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
      append_time (out, time_of_day);
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
    {
      g_string_append_c (out, 'T');
      append_time (out, time_of_day);
    }
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
gboolean
_inovda_xlsx_normalise_iso_date (const char *text,
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
void
_inovda_xlsx_append_xstring (GString *out,
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
void
_inovda_xlsx_trim_string (GString *string)
{
  gsize start = 0;
  gsize end = string->len;

  while (start < end && g_ascii_isspace (string->str[start]))
    start++;
  while (end > start && g_ascii_isspace (string->str[end - 1]))
    end--;
  /* Both are calls, and values mostly have nothing to trim. */
  if (end < string->len)
    g_string_truncate (string, end);
  if (start > 0)
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

gboolean
_inovda_xlsx_is_plain_number (const char *text,
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

gboolean
_inovda_xlsx_parse_index (const char *text,
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
gboolean
_inovda_xlsx_constant_boolean (const GString *formula,
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
