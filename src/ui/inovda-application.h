/* inovda-application.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define INOVDA_TYPE_APPLICATION (inovda_application_get_type ())
G_DECLARE_FINAL_TYPE (InovdaApplication, inovda_application, INOVDA, APPLICATION, AdwApplication)

InovdaApplication *inovda_application_new (void);

G_END_DECLS
