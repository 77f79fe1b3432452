/* inovda-file-open.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Opens @path for reading, a regular file only: without waiting for a
 * writer on a FIFO, and refusing a folder or a device. Errors start with
 * @display_name when it is given. Returns the descriptor, or -1. */
int _inovda_file_open_regular (const char *path,
                               const char *display_name,
                               GError **error);

G_END_DECLS
