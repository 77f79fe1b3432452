/* inovda-window.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "storage/inovda-portfolio.h"

G_BEGIN_DECLS

#define INOVDA_TYPE_WINDOW (inovda_window_get_type ())
G_DECLARE_FINAL_TYPE (InovdaWindow, inovda_window, INOVDA, WINDOW, AdwApplicationWindow)

InovdaWindow *inovda_window_new (GtkApplication *application,
                                 InovdaPortfolio *portfolio);
InovdaPortfolio *inovda_window_get_portfolio (InovdaWindow *self);
const char *inovda_window_get_region_code (InovdaWindow *self);
int inovda_window_get_year (InovdaWindow *self);
const char *inovda_window_get_section (InovdaWindow *self);
void inovda_window_set_portfolio (InovdaWindow *self,
                                  InovdaPortfolio *portfolio);
void inovda_window_set_year (InovdaWindow *self,
                             int year);
gboolean inovda_window_select_region (InovdaWindow *self,
                                      const char *region_code);
void inovda_window_add_toast (InovdaWindow *self,
                              AdwToast *toast);
void inovda_window_show_error (InovdaWindow *self,
                               const char *heading,
                               const GError *error);

G_END_DECLS
