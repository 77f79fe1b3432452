/* inovda-error.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "inovda-error.h"

G_DEFINE_QUARK (inovda - storage - error - quark, inovda_storage_error)
G_DEFINE_QUARK (inovda - catalogue - error - quark, inovda_catalogue_error)
G_DEFINE_QUARK (inovda - input - error - quark, inovda_input_error)
