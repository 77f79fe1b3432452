/* test-decimal.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "model/inovda-decimal.h"

typedef struct
{
  const char *text;
  guint scale;
  gboolean ok;
  gint64 value;
} ParseCase;

static const ParseCase parse_cases[] = {
  { "0.75", 2, TRUE, 75 },
  { "0,75", 2, TRUE, 75 },
  { "12", 2, TRUE, 1200 },
  { " -50.33 ", 4, TRUE, -503300 },
  { "+8.17", 4, TRUE, 81700 },
  { ".5", 2, TRUE, 50 },
  { "5.", 2, TRUE, 500 },
  { "0.380", 2, TRUE, 38 }, /* trailing zeros beyond the scale are exact */
  { "0.755", 2, FALSE, 0 }, /* never rounded silently */
  { "", 2, FALSE, 0 },
  { "-", 2, FALSE, 0 },
  { "1e3", 2, FALSE, 0 },
  { "1.2.3", 2, FALSE, 0 },
  { "NaN", 2, FALSE, 0 },
  { "99999999999999999999", 2, FALSE, 0 },
};

static void
test_parse (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      const ParseCase *c = &parse_cases[i];
      gint64 value = -1;
      gboolean ok = inovda_decimal_parse (c->text, c->scale, &value);

      g_test_message ("parse “%s”", c->text);
      g_assert_cmpint (ok, ==, c->ok);
      if (c->ok)
        g_assert_cmpint (value, ==, c->value);
    }
}

static void
test_format (void)
{
  g_autofree char *a = inovda_decimal_format (5171, 2, 2, ',');
  g_autofree char *b = inovda_decimal_format (-5, 2, 2, '.');
  g_autofree char *c = inovda_decimal_format (81750, 4, 2, '.');
  g_autofree char *d = inovda_decimal_format (-81750, 4, 2, '.');
  g_autofree char *e = inovda_decimal_format (1234, 2, 0, '.');
  g_autofree char *f = inovda_format_score (10000);

  g_assert_cmpstr (a, ==, "51,71");
  g_assert_cmpstr (b, ==, "-0.05");
  g_assert_cmpstr (c, ==, "8.18"); /* 8.175 → half-up */
  g_assert_cmpstr (d, ==, "-8.18");
  g_assert_cmpstr (e, ==, "12");
  g_assert_cmpstr (f, ==, "100.00"); /* C locale in the tests */
}

static void
test_half_up (void)
{
  g_assert_cmpint (inovda_decimal_div_half_up (5, 2), ==, 3);
  g_assert_cmpint (inovda_decimal_div_half_up (4, 3), ==, 1);
  g_assert_cmpint (inovda_decimal_div_half_up (5, 3), ==, 2);
  g_assert_cmpint (inovda_decimal_div_half_up (-5, 2), ==, -3);
  g_assert_cmpint (inovda_decimal_div_half_up (0, 7), ==, 0);
  /* 400250 / 10000 = 40.025 → 40.03 exactly; a double would see 40.02499… */
  g_assert_cmpint (inovda_decimal_div_half_up (400250, 100), ==, 4003);
}

static void
test_score_groups_thousands (void)
{
  const struct
  {
    gint64 hundredths;
    const char *text;
  } cases[] = {
    { 0, "0.00" },
    { 5971, "59.71" },
    { 99999, "999.99" },
    { 100000, "1,000.00" },
    { 377500, "3,775.00" },
    { 123456789, "1,234,567.89" },
    { -377500, "-3,775.00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = inovda_format_score (cases[i].hundredths);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_count_groups_thousands (void)
{
  const struct
  {
    guint count;
    const char *text;
  } cases[] = {
    { 0, "0" },
    { 999, "999" },
    { 1000, "1,000" },
    { 36930, "36,930" },
    { 736660, "736,660" },
    { 4000000000u, "4,000,000,000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = inovda_format_count (cases[i].count);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/inovda/decimal/parse", test_parse);
  g_test_add_func ("/inovda/decimal/format", test_format);
  g_test_add_func ("/inovda/decimal/half-up", test_half_up);
  g_test_add_func ("/inovda/decimal/score-groups-thousands", test_score_groups_thousands);
  g_test_add_func ("/inovda/decimal/count-groups-thousands", test_count_groups_thousands);

  return g_test_run ();
}
