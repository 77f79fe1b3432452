/* inovda-what-if-bar.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The children of the bar: the portfolio's score, an arrow, the
 * scenario's score, and the scenario's buttons (More holds Reset and Open
 * when they do not fit). */
typedef enum
{
  INOVDA_WHAT_IF_BAR_REAL,
  INOVDA_WHAT_IF_BAR_ARROW,
  INOVDA_WHAT_IF_BAR_WHAT_IF,
  INOVDA_WHAT_IF_BAR_RESET,
  INOVDA_WHAT_IF_BAR_OPEN,
  INOVDA_WHAT_IF_BAR_MORE,
  INOVDA_WHAT_IF_BAR_SAVE,
  INOVDA_WHAT_IF_BAR_N_PARTS
} InovdaWhatIfBarPart;

#define INOVDA_TYPE_WHAT_IF_BAR (inovda_what_if_bar_get_type ())
G_DECLARE_FINAL_TYPE (InovdaWhatIfBar, inovda_what_if_bar, INOVDA, WHAT_IF_BAR, GtkWidget)

void inovda_what_if_bar_set_parts (InovdaWhatIfBar *self,
                                   GtkWidget *const parts[INOVDA_WHAT_IF_BAR_N_PARTS]);

G_END_DECLS
