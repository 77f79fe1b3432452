/* inovda-months.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *inovda_month_get_name (int month);
int inovda_month_parse (const char *text);

G_END_DECLS
