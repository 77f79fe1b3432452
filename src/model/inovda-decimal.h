/* inovda-decimal.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exact decimals as scaled integers. Scores, weights and indices are kept in
 * hundredths (scale 2); raw SPD values and thresholds in ten-thousandths
 * (scale 4). No binary floating point is involved anywhere. */

#define INOVDA_SCORE_SCALE 100   /* hundredths */
#define INOVDA_VALUE_SCALE 10000 /* raw values and thresholds */

gboolean inovda_decimal_parse (const char *text,
                               guint scale_digits,
                               gint64 *out_value);
char *inovda_decimal_format (gint64 value,
                             guint scale_digits,
                             guint shown_digits,
                             char decimal_mark);
gint64 inovda_decimal_div_half_up (gint64 numerator,
                                   gint64 denominator);

char inovda_decimal_mark (void);
/* Hundredths as text in the user's language: "3.775,00" in Indonesian. */
char *inovda_format_score (gint64 hundredths) G_GNUC_WARN_UNUSED_RESULT;
char *inovda_format_count (guint count) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
