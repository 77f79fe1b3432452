/* inovda-application-private.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "inovda-application.h"

G_BEGIN_DECLS

void _inovda_application_actions_init (InovdaApplication *self,
                                       GSettings *settings);

G_END_DECLS
