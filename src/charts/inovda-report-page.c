/* inovda-report-page.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-report"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "inovda-report-private.h"

#define MARGIN 56.7 /* 2 cm */
#define FOOTER_HEIGHT 28.0
#define BODY_SIZE 9.5
#define TABLE_SIZE 8.5
#define CELL_PAD_X 5.0
#define CELL_PAD_Y 3.5

void
_inovda_report_page_init (InovdaReportPage *page,
                          cairo_t *cr,
                          int n_pages,
                          const char *footer)
{
  memset (page, 0, sizeof *page);
  page->cr = cr;
  page->context = inovda_chart_create_pango_context (cr);
  inovda_chart_style_init (&page->style, FALSE);
  page->left = MARGIN;
  page->right = INOVDA_REPORT_PAGE_WIDTH - MARGIN;
  page->top = MARGIN;
  page->bottom = INOVDA_REPORT_PAGE_HEIGHT - MARGIN - FOOTER_HEIGHT;
  page->y = page->top;
  page->page = 1;
  page->n_pages = n_pages;
  page->footer = g_strdup (footer);
}

void
_inovda_report_page_clear (InovdaReportPage *page)
{
  g_clear_object (&page->context);
  g_clear_pointer (&page->footer, g_free);
}

double
_inovda_report_page_text_width (InovdaReportPage *page)
{
  return page->right - page->left;
}

/* Returns: (transfer full): a wrapped layout of @markup */
PangoLayout *
_inovda_report_page_layout (InovdaReportPage *page,
                            const char *markup,
                            double size,
                            PangoWeight weight,
                            double width)
{
  PangoLayout *layout = inovda_chart_create_layout (page->context, size, weight);

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static void
show (InovdaReportPage *page,
      PangoLayout *layout,
      double x,
      double y,
      double alpha)
{
  inovda_chart_set_color (page->cr, &page->style.foreground, alpha);
  cairo_move_to (page->cr, x, y);
  pango_cairo_show_layout (page->cr, layout);
}

static void
draw_footer (InovdaReportPage *page)
{
  g_autoptr (PangoLayout) left = NULL;
  g_autoptr (PangoLayout) right = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *number = NULL;
  double width = _inovda_report_page_text_width (page);
  double y = INOVDA_REPORT_PAGE_HEIGHT - MARGIN;

  /* The cover carries no footer, and nothing is drawn while counting. */
  if (page->page == 1 || page->n_pages == 0)
    return;

  cairo_move_to (page->cr, page->left, y - 6);
  cairo_line_to (page->cr, page->right, y - 6);
  cairo_set_line_width (page->cr, 0.5);
  inovda_chart_set_color (page->cr, &page->style.foreground, 0.2);
  cairo_stroke (page->cr);

  escaped = g_markup_escape_text (page->footer != NULL ? page->footer : "", -1);
  left = _inovda_report_page_layout (page, escaped, 7.5, PANGO_WEIGHT_NORMAL, width * 0.7);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  show (page, left, page->left, y, 0.65);

  /* Translators: the page footer of the PDF report: this page's number, then the number of pages */
  number = g_strdup_printf (_ ("Page %d of %d"), page->page, page->n_pages);
  right = _inovda_report_page_layout (page, number, 7.5, PANGO_WEIGHT_NORMAL, width * 0.3);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  show (page, right, page->left + width * 0.7, y, 0.65);
}

void
_inovda_report_page_new_page (InovdaReportPage *page)
{
  draw_footer (page);
  cairo_show_page (page->cr);
  page->page++;
  page->y = page->top;
  page->row = 0;
}

void
_inovda_report_page_finish (InovdaReportPage *page)
{
  draw_footer (page);
  cairo_show_page (page->cr);
}

/* Starts a new page unless @height fits below the cursor (or the cursor is
 * at the top already, where nothing more can be done). */
void
_inovda_report_page_ensure (InovdaReportPage *page,
                            double height)
{
  if (page->y + height > page->bottom && page->y > page->top)
    _inovda_report_page_new_page (page);
}

void
_inovda_report_page_paragraph (InovdaReportPage *page,
                               const char *text,
                               double size,
                               double alpha,
                               double space_after)
{
  g_autoptr (PangoLayout) layout = NULL;
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  double height;

  layout = _inovda_report_page_layout (page, escaped, size > 0 ? size : BODY_SIZE, PANGO_WEIGHT_NORMAL,
                                       _inovda_report_page_text_width (page));
  height = layout_height (layout);
  _inovda_report_page_ensure (page, height);
  show (page, layout, page->left, page->y, alpha);
  page->y += height + space_after;
}

/* A level 1 heading opens a section, level 2 a unit; either is kept with
 * the start of what follows it. */
void
_inovda_report_page_heading (InovdaReportPage *page,
                             const char *text,
                             int level)
{
  g_autoptr (PangoLayout) layout = NULL;
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  double size = level == 1 ? 17.0 : 12.0;
  double before = level == 1 ? 4.0 : 12.0;
  double height;

  layout = _inovda_report_page_layout (page, escaped, size, PANGO_WEIGHT_BOLD, _inovda_report_page_text_width (page));
  height = layout_height (layout);
  if (page->y > page->top)
    page->y += before;
  _inovda_report_page_ensure (page, height + (level == 1 ? 90.0 : 70.0));
  show (page, layout, page->left, page->y, 1.0);
  page->y += height + (level == 1 ? 8.0 : 4.0);
}

static void
draw_row (InovdaReportPage *page,
          const char *const *cells,
          gboolean header)
{
  PangoLayout *layouts[16] = { NULL };
  double width = _inovda_report_page_text_width (page);
  double height = 0;
  double x = page->left;

  g_assert (page->n_columns <= G_N_ELEMENTS (layouts));

  for (guint c = 0; c < page->n_columns; c++)
    {
      const char *text = header ? page->columns[c].title : cells[c];
      g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);
      double cell_width = width * page->columns[c].width - 2 * CELL_PAD_X;

      layouts[c] = _inovda_report_page_layout (page, escaped, TABLE_SIZE,
                                               header ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL, cell_width);
      pango_layout_set_alignment (layouts[c], page->columns[c].alignment);
      height = MAX (height, layout_height (layouts[c]));
    }
  height += 2 * CELL_PAD_Y;

  if (!header && page->y + height > page->bottom && page->y > page->top)
    {
      _inovda_report_page_new_page (page);
      draw_row (page, (const char *const *) NULL, TRUE);
    }

  if (header || page->row % 2 == 1)
    {
      cairo_rectangle (page->cr, page->left, page->y, width, height);
      inovda_chart_set_color (page->cr, &page->style.foreground, header ? 0.08 : 0.035);
      cairo_fill (page->cr);
    }

  for (guint c = 0; c < page->n_columns; c++)
    {
      show (page, layouts[c], x + CELL_PAD_X, page->y + CELL_PAD_Y, header ? 0.9 : 1.0);
      x += width * page->columns[c].width;
      g_object_unref (layouts[c]);
    }

  page->y += height;
  if (header)
    {
      cairo_move_to (page->cr, page->left, page->y);
      cairo_line_to (page->cr, page->right, page->y);
      cairo_set_line_width (page->cr, 0.6);
      inovda_chart_set_color (page->cr, &page->style.foreground, 0.35);
      cairo_stroke (page->cr);
    }
  else
    page->row++;
}

void
_inovda_report_page_table_begin (InovdaReportPage *page,
                                 const InovdaReportColumn *columns,
                                 guint n_columns)
{
  page->columns = columns;
  page->n_columns = n_columns;
  page->row = 0;
  /* The header never stands alone at the foot of a page. */
  _inovda_report_page_ensure (page, 3 * (TABLE_SIZE * 1.3 + 2 * CELL_PAD_Y));
  draw_row (page, NULL, TRUE);
}

void
_inovda_report_page_table_row (InovdaReportPage *page,
                               const char *const *cells)
{
  g_return_if_fail (page->columns != NULL);
  draw_row (page, cells, FALSE);
}

void
_inovda_report_page_table_end (InovdaReportPage *page)
{
  cairo_move_to (page->cr, page->left, page->y);
  cairo_line_to (page->cr, page->right, page->y);
  cairo_set_line_width (page->cr, 0.6);
  inovda_chart_set_color (page->cr, &page->style.foreground, 0.2);
  cairo_stroke (page->cr);
  page->columns = NULL;
  page->n_columns = 0;
  page->y += 10;
}
