/* inovda-months.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-months"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "inovda-months.h"

/* The month names come from the translation, not the system's locales,
 * which a machine may not have. */
static const char *const month_names[12] = {
  NC_ ("month", "January"),
  NC_ ("month", "February"),
  NC_ ("month", "March"),
  NC_ ("month", "April"),
  NC_ ("month", "May"),
  NC_ ("month", "June"),
  NC_ ("month", "July"),
  NC_ ("month", "August"),
  NC_ ("month", "September"),
  NC_ ("month", "October"),
  NC_ ("month", "November"),
  NC_ ("month", "December"),
};

/* Dates in the region's letters are written in Indonesian whatever the
 * language of the interface. */
static const char *const indonesian_names[12] = {
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
};

/* Shortest start of a name taken for the month: "Agu", "Okt", "Des". */
#define MIN_ABBREVIATION 3

/**
 * inovda_month_get_name:
 * @month: 1 to 12
 *
 * Returns: the month's name in the user's language
 */
const char *
inovda_month_get_name (int month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "month", month_names[month - 1]);
}

static gboolean
names_month (const char *name,
             const char *folded)
{
  g_autofree char *folded_name = g_utf8_casefold (name, -1);
  glong length = g_utf8_strlen (folded, -1);

  return g_str_equal (folded_name, folded) ||
         (length >= MIN_ABBREVIATION && g_str_has_prefix (folded_name, folded));
}

/**
 * inovda_month_parse:
 * @text: a month's name, in the user's language, Indonesian or English, in
 *   any case, or its first three letters or more, with or without a final
 *   "."
 *
 * Returns: the month, 1 to 12, or 0 when @text names none
 */
int
inovda_month_parse (const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL) || *text == '\0')
    return 0;
  folded = g_utf8_casefold (text, -1);
  if (g_str_has_suffix (folded, "."))
    folded[strlen (folded) - 1] = '\0';
  for (int month = 1; month <= 12; month++)
    if (names_month (inovda_month_get_name (month), folded) || names_month (month_names[month - 1], folded) ||
        names_month (indonesian_names[month - 1], folded))
      return month;
  return 0;
}
