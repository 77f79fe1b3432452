/* test-ui-format.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the window writes dates and letter numbers, in the source language
 * (the Indonesian forms come from po/id.po: "4 September 2023"). Numbers
 * are tested with the decimals in test-decimal.c.
 */

#include "config.h"

#include <locale.h>

#include "charts/inovda-report.h"
#include "ui/inovda-ui-format.h"
#include "inovda-test-catalogues.h"

static void
test_letter_number (void)
{
  const char *const kept[] = { "No. 12/2023", "no.5", "Nomor 27 Tahun 2023", "NOMOR 1" };

  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *text = inovda_ui_format_letter_number (kept[i]);

      g_assert_cmpstr (text, ==, kept[i]);
    }
  {
    g_autofree char *text = inovda_ui_format_letter_number ("400/123/Brida");

    g_assert_cmpstr (text, ==, "No. 400/123/Brida");
  }
}

static void
test_letter_date (void)
{
  g_autofree char *date = inovda_ui_format_letter_date ("2023-09-04");
  g_autofree char *leap = inovda_ui_format_letter_date ("2024-02-29");
  g_autofree char *impossible = inovda_ui_format_letter_date ("2023-02-30");
  g_autofree char *text = inovda_ui_format_letter_date ("awal 2023");
  g_autofree char *trailing = inovda_ui_format_letter_date ("2023-09-04xyz");
  g_autoptr (GDateTime) now = g_date_time_new_local (2026, 11, 28, 9, 0, 0);
  g_autofree char *long_date = inovda_format_long_date (now);

  g_assert_cmpstr (date, ==, "4 September 2023");
  g_assert_cmpstr (leap, ==, "29 February 2024");
  g_assert_cmpstr (impossible, ==, "2023-02-30");
  g_assert_cmpstr (text, ==, "awal 2023");
  g_assert_cmpstr (trailing, ==, "2023-09-04xyz");
  g_assert_cmpstr (long_date, ==, "28 November 2026");
}

/* The assessment window is written out, as every other date the window
 * shows. */
static void
test_outside_window (void)
{
  g_autoptr (InovdaCatalogue) catalogue = catalogue_2026 ();
  InovdaScoreInnovation innovation = { 0 };
  InovdaInnovationScore score = { 0 };
  g_autofree char *text = NULL;

  innovation.id = "x";
  score.ineligible = INOVDA_INELIGIBLE_OUTSIDE_WINDOW;
  text = inovda_ui_describe_ineligibility (catalogue, &innovation, &score);
  g_assert_cmpstr (text, ==, "Implemented outside the assessment window, 1 January 2024 to 31 December 2025");
}

int
main (int argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/inovda/ui-format/letter-number", test_letter_number);
  g_test_add_func ("/inovda/ui-format/letter-date", test_letter_date);
  g_test_add_func ("/inovda/ui-format/outside-window", test_outside_window);

  return g_test_run ();
}
