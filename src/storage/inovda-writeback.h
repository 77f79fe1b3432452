/* inovda-writeback.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _InovdaWriteback InovdaWriteback;

InovdaWriteback *inovda_writeback_new (const char *path);
void inovda_writeback_poll (InovdaWriteback *self);
gint64 inovda_writeback_get_started (InovdaWriteback *self);
guint inovda_writeback_get_n_flushes (InovdaWriteback *self);
void inovda_writeback_free (InovdaWriteback *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (InovdaWriteback, inovda_writeback_free)

G_END_DECLS
