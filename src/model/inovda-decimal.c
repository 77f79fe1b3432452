/* inovda-decimal.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-decimal"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "inovda-decimal.h"

static gint64
power_of_ten (guint digits)
{
  gint64 p = 1;

  while (digits-- > 0)
    p *= 10;
  return p;
}

/**
 * inovda_decimal_parse:
 * @text: a decimal such as `-50.33`, `0.75` or `12`; a comma is accepted as
 *   the decimal mark
 * @scale_digits: how many decimals the result keeps
 * @out_value: (out): @text × 10^@scale_digits
 *
 * Parses @text exactly. Text with more decimals than @scale_digits is
 * rejected rather than rounded, so no value silently changes.
 *
 * Returns: %TRUE if @text is a decimal that fits
 */
gboolean
inovda_decimal_parse (const char *text,
                      guint scale_digits,
                      gint64 *out_value)
{
  const char *p = text;
  gboolean negative = FALSE;
  gint64 integer = 0;
  gint64 fraction = 0;
  guint fraction_digits = 0;
  gboolean any_digit = FALSE;

  g_return_val_if_fail (out_value != NULL, FALSE);
  g_return_val_if_fail (scale_digits <= 6, FALSE);

  if (text == NULL)
    return FALSE;

  while (g_ascii_isspace (*p))
    p++;
  if (*p == '-' || *p == '+')
    negative = (*p++ == '-');

  for (; g_ascii_isdigit (*p); p++)
    {
      if (integer > (G_MAXINT64 / 10 - 10) / power_of_ten (scale_digits))
        return FALSE;
      integer = integer * 10 + (*p - '0');
      any_digit = TRUE;
    }

  if (*p == '.' || *p == ',')
    {
      p++;
      for (; g_ascii_isdigit (*p); p++)
        {
          any_digit = TRUE;
          if (fraction_digits == scale_digits)
            {
              if (*p != '0')
                return FALSE;
              continue;
            }
          fraction = fraction * 10 + (*p - '0');
          fraction_digits++;
        }
    }

  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0' || !any_digit)
    return FALSE;

  fraction *= power_of_ten (scale_digits - fraction_digits);
  *out_value = integer * power_of_ten (scale_digits) + fraction;
  if (negative)
    *out_value = -*out_value;
  return TRUE;
}

/**
 * inovda_decimal_format:
 * @value: a scaled integer
 * @scale_digits: the scale of @value
 * @shown_digits: decimals to show, at most @scale_digits; rounded half-up
 * @decimal_mark: `.` for files and JSON, `,` for Indonesian text
 *
 * Returns: (transfer full): the decimal as text
 */
/* What "%s%" G_GINT64_FORMAT "%c%0*" G_GINT64_FORMAT prints, without
 * printf: imports format a coordinate or a value on many rows. */
static char *
format_fixed (gboolean negative,
              gint64 whole,
              char decimal_mark,
              guint n_fraction,
              gint64 fraction)
{
  char buffer[64];
  char *p = buffer + sizeof buffer;

  *--p = '\0';
  for (guint i = 0; i < n_fraction; i++, fraction /= 10)
    *--p = (char) ('0' + fraction % 10);
  *--p = decimal_mark;
  do
    *--p = (char) ('0' + whole % 10);
  while ((whole /= 10) > 0);
  if (negative)
    *--p = '-';
  return g_strdup (p);
}

char *
inovda_decimal_format (gint64 value,
                       guint scale_digits,
                       guint shown_digits,
                       char decimal_mark)
{
  gint64 divisor;
  gint64 shown;
  gint64 unit;
  gboolean negative;

  g_return_val_if_fail (shown_digits <= scale_digits, NULL);

  divisor = power_of_ten (scale_digits - shown_digits);
  shown = inovda_decimal_div_half_up (value, divisor);
  negative = shown < 0;
  if (negative)
    shown = -shown;

  if (shown_digits == 0)
    return g_strdup_printf ("%s%" G_GINT64_FORMAT, negative ? "-" : "", shown);

  unit = power_of_ten (shown_digits);
  if (shown < 0 || shown_digits > 18) /* G_MININT64, or past any scale */
    return g_strdup_printf ("%s%" G_GINT64_FORMAT "%c%0*" G_GINT64_FORMAT,
                            negative ? "-" : "",
                            shown / unit,
                            decimal_mark,
                            (int) shown_digits,
                            shown % unit);
  return format_fixed (negative, shown / unit, decimal_mark, shown_digits, shown % unit);
}

/**
 * inovda_decimal_div_half_up:
 * @numerator: any integer
 * @denominator: a positive integer
 *
 * Divides and rounds half away from zero, the rounding of published indices.
 *
 * Returns: the rounded quotient
 */
gint64
inovda_decimal_div_half_up (gint64 numerator,
                            gint64 denominator)
{
  gint64 quotient;
  gint64 remainder;

  g_return_val_if_fail (denominator > 0, 0);

  if (numerator < 0)
    return -inovda_decimal_div_half_up (-numerator, denominator);

  quotient = numerator / denominator;
  remainder = numerator % denominator;
  if (remainder * 2 >= denominator)
    quotient++;
  return quotient;
}

/**
 * inovda_decimal_mark:
 *
 * Returns: the decimal mark of the user's language: `,` in Indonesian
 */
char
inovda_decimal_mark (void)
{
  /* Translators: the decimal separator of scores such as 51.71. Indonesian
   * writes 51,71, so translate with a comma. Exactly one character. */
  const char *mark = C_ ("decimal separator", ".");

  if (mark[0] != '\0' && mark[1] == '\0')
    return mark[0];
  return '.';
}

/* @plain with its whole part grouped by thousands, 3,775.00 (3.775,00 in
 * Indonesian); unchanged when the translation gives no usable separator. */
static char *
group_thousands (char *plain)
{
  /* Translators: the thousands separator of numbers such as 3,775.00 or
   * 36,930 innovations. Indonesian writes 3.775,00, so translate with a
   * full stop. Exactly one character, different from the decimal separator. */
  const char *group = C_ ("thousands separator", ",");
  char decimal_mark = inovda_decimal_mark ();
  const char *digits = plain;
  const char *end;
  gsize n_digits;
  GString *grouped;

  if (group[0] == '\0' || group[1] != '\0' || group[0] == decimal_mark)
    return plain;

  if (*digits == '-')
    digits++;
  end = strchr (digits, decimal_mark);
  n_digits = end != NULL ? (gsize) (end - digits) : strlen (digits);
  if (n_digits <= 3)
    return plain;

  grouped = g_string_new_len (plain, digits - plain);
  for (gsize i = 0; i < n_digits; i++)
    {
      if (i > 0 && (n_digits - i) % 3 == 0)
        g_string_append_c (grouped, group[0]);
      g_string_append_c (grouped, digits[i]);
    }
  g_string_append (grouped, digits + n_digits);
  g_free (plain);
  return g_string_free (grouped, FALSE);
}

/**
 * inovda_format_score:
 * @hundredths: a score, an index or a weight in hundredths
 *
 * Returns: (transfer full): the value with two decimals, as the user's
 *   language writes it: 3,775.00, or 3.775,00 in Indonesian
 */
char *
inovda_format_score (gint64 hundredths)
{
  return group_thousands (inovda_decimal_format (hundredths, 2, 2, inovda_decimal_mark ()));
}

/**
 * inovda_format_count:
 * @count: a number of things
 *
 * Returns: (transfer full): @count as the user's language writes it:
 *   36,930, or 36.930 in Indonesian
 */
char *
inovda_format_count (guint count)
{
  return group_thousands (g_strdup_printf ("%u", count));
}
