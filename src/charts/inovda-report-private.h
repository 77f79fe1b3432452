/* inovda-report-private.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "charts/inovda-chart-style.h"
#include "charts/inovda-report.h"

G_BEGIN_DECLS

/* The report's page writer: a cursor that flows headings, paragraphs and
 * tables down A4 pages, breaks pages (repeating a table's header), and puts
 * the footer with "Page N of M" on every page but the cover. Sizes are in
 * points. */

#define INOVDA_REPORT_PAGE_WIDTH 595.276 /* A4 portrait */
#define INOVDA_REPORT_PAGE_HEIGHT 841.890

typedef struct
{
  const char *title;
  double width; /* share of the text width; the shares of a table add up to 1 */
  PangoAlignment alignment;
} InovdaReportColumn;

typedef struct
{
  cairo_t *cr;
  PangoContext *context;
  InovdaChartStyle style;
  double left;
  double right;
  double top;
  double bottom;
  double y;
  int page;
  int n_pages; /* 0 while pages are being counted */
  char *footer;

  const InovdaReportColumn *columns; /* the open table */
  guint n_columns;
  guint row;
} InovdaReportPage;

void _inovda_report_page_init (InovdaReportPage *page,
                               cairo_t *cr,
                               int n_pages,
                               const char *footer);
void _inovda_report_page_clear (InovdaReportPage *page);
void _inovda_report_page_new_page (InovdaReportPage *page);
void _inovda_report_page_finish (InovdaReportPage *page);
void _inovda_report_page_ensure (InovdaReportPage *page,
                                 double height);
double _inovda_report_page_text_width (InovdaReportPage *page);
PangoLayout *_inovda_report_page_layout (InovdaReportPage *page,
                                         const char *markup,
                                         double size,
                                         PangoWeight weight,
                                         double width);
void _inovda_report_page_paragraph (InovdaReportPage *page,
                                    const char *text,
                                    double size,
                                    double alpha,
                                    double space_after);
void _inovda_report_page_heading (InovdaReportPage *page,
                                  const char *text,
                                  int level);
void _inovda_report_page_table_begin (InovdaReportPage *page,
                                      const InovdaReportColumn *columns,
                                      guint n_columns);
void _inovda_report_page_table_row (InovdaReportPage *page,
                                    const char *const *cells);
void _inovda_report_page_table_end (InovdaReportPage *page);

/* The sections, in inovda-report-units.c */
void _inovda_report_write_units (InovdaReportPage *page,
                                 const InovdaReportInput *input,
                                 const InovdaRegionScore *score);
void _inovda_report_write_evidence (InovdaReportPage *page,
                                    const InovdaReportInput *input,
                                    const InovdaRegionScore *score);

G_END_DECLS
