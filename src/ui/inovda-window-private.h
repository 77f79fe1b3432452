/* inovda-window-private.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "inovda-acceleration-page.h"
#include "inovda-innovation-page.h"
#include "inovda-region-result.h"
#include "inovda-spd-page.h"
#include "inovda-summary-page.h"
#include "inovda-unit-page.h"
#include "inovda-window.h"

G_BEGIN_DECLS

struct _InovdaWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwLeaflet *leaflet;
  GtkListBox *sidebar_list;
  GtkBox *folded_choice_box;
  AdwHeaderBar *header_bar;
  GtkDropDown *region_dropdown;
  GtkBox *year_box;
  GtkDropDown *year_dropdown;
  GtkLabel *provisional_label;
  AdwWindowTitle *window_title;
  AdwWindowTitle *section_title;
  GtkMenuButton *primary_menu_button;
  AdwToastOverlay *toast_overlay;
  AdwToast *history_toast; /* weak: the last undo or redo toast shown */
  AdwToast *undo_toast;    /* weak: the last toast offering Undo */
  GtkStack *stack;
  InovdaSummaryPage *summary_page;
  InovdaInnovationPage *innovation_page;
  InovdaUnitPage *unit_page;
  InovdaSpdPage *spd_page;
  InovdaAccelerationPage *acceleration_page;
  AdwStatusPage *presentation_status;
  GtkWidget *present_button;
  GtkWidget *presentation_import_button;
  GtkWidget *presentation_demo_button;

  /* Owned references */
  InovdaPortfolio *portfolio;
  GListModel *regions;
  GArray *years;
  InovdaRegion *region;
  InovdaRegionResult *result;
  GSettings *settings;
  GtkNativeDialog *file_chooser;

  /* Borrowed references */
  GtkWindow *presentation;

  int year;
  guint stale_pages;
  guint updating_dropdowns : 1;
};

void _inovda_window_class_actions_init (InovdaWindowClass *klass);
void _inovda_window_update_actions (InovdaWindow *self);
gboolean _inovda_window_show_section (InovdaWindow *self,
                                      const char *name);
void _inovda_window_open_file (InovdaWindow *self,
                               GFile *file);

/* inovda-window-exchange.c: import, export, save a copy, templates */
void _inovda_window_class_exchange_init (InovdaWindowClass *klass);
void _inovda_window_update_exchange_actions (InovdaWindow *self);
GtkWindow *_inovda_window_import_file (InovdaWindow *self,
                                       GFile *file);
/* inovda-window-dnd.c */
void _inovda_window_dnd_init (InovdaWindow *self);
void _inovda_window_undo_keys_init (InovdaWindow *self);

G_END_DECLS
