/* inovda-report.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <stdio.h>

#include "charts/inovda-chart-data.h"
#include "charts/inovda-chart-output.h"
#include "charts/inovda-chart-radar.h"
#include "model/inovda-decimal.h"
#include "model/inovda-field.h"
#include "model/inovda-months.h"
#include "inovda-report-private.h"

#define ACCENT_RED (0x1c / 255.0) /* GNOME blue 4, #1c71d8 */
#define ACCENT_GREEN (0x71 / 255.0)
#define ACCENT_BLUE (0xd8 / 255.0)
#define RADAR_HEIGHT 380.0

/**
 * inovda_format_long_date:
 * @date: a date
 *
 * Formats @date as the long date of letters and reports ("28 November
 * 2026"; Indonesian month names come from the translation), without
 * relying on the system's locales.
 *
 * Returns: (transfer full): the date as text
 */
char *
inovda_format_long_date (GDateTime *date)
{
  int month;

  g_return_val_if_fail (date != NULL, NULL);

  month = g_date_time_get_month (date);
  /* Translators: a long date: the day, the month's name and the year, as in "28 November 2026" */
  return g_strdup_printf (C_ ("long date", "%1$d %2$s %3$d"), g_date_time_get_day_of_month (date),
                          inovda_month_get_name (month),
                          g_date_time_get_year (date));
}

/**
 * inovda_format_long_iso_date:
 * @iso_date: an ISO date, "2026-11-28"
 *
 * Returns: (transfer full): @iso_date written out, "28 November 2026", or
 *   @iso_date itself when it is not a date
 */
char *
inovda_format_long_iso_date (const char *iso_date)
{
  g_autoptr (GDateTime) date = NULL;
  int y, m, d;

  g_return_val_if_fail (iso_date != NULL, NULL);

  if (!inovda_date_is_valid (iso_date) || sscanf (iso_date, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup (iso_date);
  date = g_date_time_new_utc (y, m, d, 0, 0, 0);
  return inovda_format_long_date (date);
}

static char *
format_hundredths (gint64 value)
{
  return inovda_format_score (value);
}

static void
set_accent (cairo_t *cr,
            double alpha)
{
  cairo_set_source_rgba (cr, ACCENT_RED, ACCENT_GREEN, ACCENT_BLUE, alpha);
}

static void
show_text (InovdaReportPage *page,
           const char *markup,
           double size,
           PangoWeight weight,
           double x,
           double y,
           double width,
           double alpha)
{
  g_autoptr (PangoLayout) layout = _inovda_report_page_layout (page, markup, size, weight, width);

  inovda_chart_set_color (page->cr, &page->style.foreground, alpha);
  cairo_move_to (page->cr, x, y);
  pango_cairo_show_layout (page->cr, layout);
}

static double
text_height (InovdaReportPage *page,
             const char *markup,
             double size,
             PangoWeight weight,
             double width)
{
  g_autoptr (PangoLayout) layout = _inovda_report_page_layout (page, markup, size, weight, width);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

/* ---------------------------------------------------------------------- */
/* Cover                                                                  */

static void
draw_figure_card (InovdaReportPage *page,
                  const char *label,
                  const InovdaProjectionResult *result,
                  double x,
                  double y,
                  double width,
                  double height)
{
  g_autofree char *iid = format_hundredths (result->iid);
  g_autofree char *label_markup = g_markup_escape_text (label, -1);
  g_autofree char *predikat = g_markup_escape_text (result->predikat, -1);
  double r = 8;

  cairo_new_sub_path (page->cr);
  cairo_arc (page->cr, x + width - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (page->cr, x + width - r, y + height - r, r, 0, G_PI / 2);
  cairo_arc (page->cr, x + r, y + height - r, r, G_PI / 2, G_PI);
  cairo_arc (page->cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (page->cr);
  inovda_chart_set_color (page->cr, &page->style.foreground, 0.05);
  cairo_fill (page->cr);

  show_text (page, label_markup, 10, PANGO_WEIGHT_BOLD, x + 16, y + 14, width - 32, 0.7);
  show_text (page, iid, 34, PANGO_WEIGHT_BOLD, x + 16, y + 32, width - 32, 1.0);
  show_text (page, predikat, 13, PANGO_WEIGHT_NORMAL, x + 16, y + 80, width - 32, 0.85);
}

static void
write_cover (InovdaReportPage *page,
             const InovdaReportInput *input,
             const InovdaRegionScore *score)
{
  double width = _inovda_report_page_text_width (page);
  double y = page->top + 150;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = inovda_format_long_date (input->date != NULL ? input->date : now);
  g_autofree char *region = g_markup_escape_text (input->region->name, -1);
  g_autofree char *kicker = g_markup_printf_escaped ("%s", _ ("INDEKS INOVASI DAERAH"));
  /* Translators: on the report's cover, under the region's name */
  g_autofree char *year = g_markup_printf_escaped (_ ("Assessment year %d"), input->year);
  g_autofree char *catalogue = NULL;
  g_autofree char *note = NULL;
  double card_width = (width - 16) / 2;

  cairo_rectangle (page->cr, page->left, y - 24, 48, 5);
  set_accent (page->cr, 1.0);
  cairo_fill (page->cr);

  show_text (page, kicker, 10, PANGO_WEIGHT_BOLD, page->left, y, width, 0.7);
  y += 22;
  show_text (page, region, 30, PANGO_WEIGHT_BOLD, page->left, y, width, 1.0);
  y += text_height (page, region, 30, PANGO_WEIGHT_BOLD, width) + 8;
  show_text (page, year, 15, PANGO_WEIGHT_NORMAL, page->left, y, width, 0.9);
  y += 24;
  show_text (page, date, 11, PANGO_WEIGHT_NORMAL, page->left, y, width, 0.7);
  y += 70;

  draw_figure_card (page, _ ("IID claimed"), &score->klaim, page->left, y, card_width, 112);
  draw_figure_card (page, _ ("IID verified"), &score->verifikasi, page->left + card_width + 16, y, card_width, 112);
  y += 112 + 14;
  note = g_markup_escape_text (_ ("Claimed: the levels the region chose, for the innovations it sent. Verified: the levels "
                                  "the ministry confirmed, for the innovations it accepted."),
                               -1);
  show_text (page, note, 8.5, PANGO_WEIGHT_NORMAL, page->left, y, width, 0.6);

  if (input->catalogue->provisional)
    /* Translators: the catalogue's title, on the report's cover */
    catalogue = g_markup_printf_escaped (_ ("Methodology: %s (provisional: some values are inferred)"), input->catalogue->title);
  else
    /* Translators: the catalogue's title, on the report's cover */
    catalogue = g_markup_printf_escaped (_ ("Methodology: %s"), input->catalogue->title);
  show_text (page, catalogue, 8.5, PANGO_WEIGHT_NORMAL, page->left, page->bottom - 12, width, 0.6);
}

/* ---------------------------------------------------------------------- */
/* Summary                                                                */

static void
summary_row (InovdaReportPage *page,
             const char *label,
             gint64 klaim,
             gint64 verifikasi,
             gint64 maximum)
{
  g_autofree char *a = format_hundredths (klaim);
  g_autofree char *b = format_hundredths (verifikasi);
  g_autofree char *m = maximum > 0 ? format_hundredths (maximum) : g_strdup ("");
  const char *cells[] = { label, a, b, m };

  _inovda_report_page_table_row (page, cells);
}

static void
count_row (InovdaReportPage *page,
           const char *label,
           guint klaim,
           guint verifikasi,
           guint maximum)
{
  g_autofree char *a = g_strdup_printf ("%u", klaim);
  g_autofree char *b = g_strdup_printf ("%u", verifikasi);
  g_autofree char *m = maximum > 0 ? g_strdup_printf ("%u", maximum) : g_strdup ("");
  const char *cells[] = { label, a, b, m };

  _inovda_report_page_table_row (page, cells);
}

static void
write_summary_table (InovdaReportPage *page,
                     const InovdaReportInput *input,
                     const InovdaRegionScore *score)
{
  static const InovdaReportColumn columns[] = {
    { N_ ("Score"), 0.46, PANGO_ALIGN_LEFT },
    { N_ ("Claimed"), 0.18, PANGO_ALIGN_RIGHT },
    { N_ ("Verified"), 0.18, PANGO_ALIGN_RIGHT },
    { N_ ("Maximum"), 0.18, PANGO_ALIGN_RIGHT },
  };
  InovdaReportColumn translated[G_N_ELEMENTS (columns)];
  InovdaCatalogue *catalogue = input->catalogue;
  const InovdaProjectionResult *k = &score->klaim;
  const InovdaProjectionResult *v = &score->verifikasi;
  const char *predikat[] = { _ ("Predikat"), k->predikat, v->predikat, "" };

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      translated[c] = columns[c];
      translated[c].title = _ (columns[c].title);
    }

  _inovda_report_page_table_begin (page, translated, G_N_ELEMENTS (translated));
  summary_row (page, _ ("Indeks Inovasi Daerah (IID)"), k->iid, v->iid, 100 * INOVDA_SCORE_SCALE);
  _inovda_report_page_table_row (page, predikat);
  summary_row (page, _ ("SPD"), k->spd, v->spd, inovda_catalogue_max_spd (catalogue));
  summary_row (page, _ ("Mean kematangan (sum ÷ divisor)"),
               inovda_decimal_div_half_up (k->kematangan_sum, k->divisor),
               inovda_decimal_div_half_up (v->kematangan_sum, v->divisor),
               inovda_catalogue_max_kematangan (catalogue));
  summary_row (page, _ ("Skor Jumlah Inovasi"), k->jumlah, v->jumlah, inovda_catalogue_max_jumlah (catalogue));
  summary_row (page, _ ("SID (mean kematangan + Skor Jumlah Inovasi)"), k->sid, v->sid,
               inovda_catalogue_max_kematangan (catalogue) + inovda_catalogue_max_jumlah (catalogue));
  summary_row (page, _ ("Total"), k->total, v->total, catalogue->max_total);
  count_row (page, _ ("Innovations counted"), k->counted, v->counted, 0);
  count_row (page, _ ("Divisor"), k->divisor, v->divisor, 0);
  count_row (page, _ ("Yandas urusan covered"), k->yandas_covered, v->yandas_covered, INOVDA_N_YANDAS);
  _inovda_report_page_table_end (page);
}

/* The previous year is shown by its verified result, the official one,
 * unless nothing of it was verified. */
static gboolean
previous_uses_verified (const InovdaRegionScore *previous)
{
  return previous->verifikasi.counted > 0;
}

static InovdaRadarChart *
build_variables_chart (const InovdaReportInput *input,
                       const InovdaRegionScore *score,
                       const InovdaRegionScore *previous)
{
  InovdaScope scope = { INOVDA_SCOPE_REGION, NULL, 0 };
  g_autoptr (InovdaRadarChart) chart = NULL;
  g_autofree char *klaim = NULL;
  g_autofree char *verified = NULL;

  chart = inovda_radar_chart_new_for_catalogue (input->catalogue, INOVDA_RADAR_VARIABLES, INOVDA_SCOPE_REGION, NULL, NULL);
  /* Translators: a chart series: the assessment year, claimed levels */
  klaim = g_strdup_printf (_ ("%d, claimed"), input->year);
  /* Translators: a chart series: the assessment year, verified levels */
  verified = g_strdup_printf (_ ("%d, verified"), input->year);
  inovda_radar_chart_add_scored_series (chart, input->catalogue, input->region, &score->klaim,
                                        INOVDA_PROJECTION_KLAIM, &scope, klaim);
  inovda_radar_chart_add_scored_series (chart, input->catalogue, input->region, &score->verifikasi,
                                        INOVDA_PROJECTION_VERIFIKASI, &scope, verified);
  if (previous != NULL)
    {
      gboolean use_verified = previous_uses_verified (previous);
      g_autofree char *label = g_strdup_printf (use_verified ? _ ("%d, verified") : _ ("%d, claimed"), input->previous_year);

      inovda_radar_chart_add_scored_series (chart, input->previous_catalogue, input->previous_region,
                                            use_verified ? &previous->verifikasi : &previous->klaim,
                                            use_verified ? INOVDA_PROJECTION_VERIFIKASI : INOVDA_PROJECTION_KLAIM,
                                            &scope, label);
    }
  return g_steal_pointer (&chart);
}

static void
write_variables_table (InovdaReportPage *page,
                       const InovdaRadarChart *chart)
{
  static const InovdaReportColumn shape[] = {
    { NULL, 0.40, PANGO_ALIGN_LEFT },
    { NULL, 0.15, PANGO_ALIGN_RIGHT },
    { NULL, 0.15, PANGO_ALIGN_RIGHT },
    { NULL, 0.15, PANGO_ALIGN_RIGHT },
    { NULL, 0.15, PANGO_ALIGN_RIGHT },
  };
  InovdaReportColumn columns[G_N_ELEMENTS (shape)];
  guint n_series = MIN (inovda_radar_chart_get_n_series (chart), 3);
  guint n_columns = n_series + 2;
  double value_width = 0.6 / (n_series + 1);

  columns[0] = shape[0];
  columns[0].title = _ ("Variable");
  columns[0].width = 0.4;
  for (guint s = 0; s < n_series; s++)
    {
      columns[s + 1] = shape[s + 1];
      columns[s + 1].title = inovda_radar_chart_get_series_label (chart, s);
      columns[s + 1].width = value_width;
    }
  columns[n_series + 1] = shape[4];
  columns[n_series + 1].title = _ ("Maximum");
  columns[n_series + 1].width = value_width;

  _inovda_report_page_table_begin (page, columns, n_columns);
  for (guint k = 0; k < inovda_radar_chart_get_n_axes (chart); k++)
    {
      char *values[5] = { NULL };
      const char *cells[5] = { NULL };
      const InovdaShare *first = inovda_radar_chart_get_value (chart, 0, k);

      cells[0] = inovda_radar_chart_get_axis_name (chart, k);
      for (guint s = 0; s < n_series; s++)
        {
          const InovdaShare *share = inovda_radar_chart_get_value (chart, s, k);

          values[s] = inovda_share_applies (share) ? format_hundredths (inovda_share_score (share)) : g_strdup ("—");
          cells[s + 1] = values[s];
        }
      values[4] = format_hundredths (first->maximum);
      cells[n_series + 1] = values[4];
      _inovda_report_page_table_row (page, cells);
      for (guint s = 0; s < G_N_ELEMENTS (values); s++)
        g_free (values[s]);
    }
  _inovda_report_page_table_end (page);
}

static void
write_summary (InovdaReportPage *page,
               const InovdaReportInput *input,
               const InovdaRegionScore *score,
               const InovdaRegionScore *previous)
{
  g_autoptr (InovdaRadarChart) chart = build_variables_chart (input, score, previous);
  InovdaChartStyle style;
  double width = _inovda_report_page_text_width (page);

  _inovda_report_page_heading (page, _ ("Summary"), 1);
  write_summary_table (page, input, score);

  if (previous != NULL)
    {
      const InovdaProjectionResult *p = previous_uses_verified (previous) ? &previous->verifikasi : &previous->klaim;
      g_autofree char *iid = format_hundredths (p->iid);
      g_autofree char *text = NULL;

      if (previous_uses_verified (previous))
        /* Translators: the previous year, its IID and its predikat */
        text = g_strdup_printf (_ ("In %d the verified IID was %s (%s)."), input->previous_year, iid, p->predikat);
      else
        /* Translators: the previous year, its IID and its predikat */
        text = g_strdup_printf (_ ("In %d the claimed IID was %s (%s); nothing of that year is verified."),
                                input->previous_year, iid, p->predikat);
      _inovda_report_page_paragraph (page, text, 0, 0.85, 6);
    }

  /* The heading and its note stay with the radar. */
  _inovda_report_page_ensure (page, RADAR_HEIGHT + 70);
  _inovda_report_page_heading (page, _ ("Variables of the index"), 2);
  _inovda_report_page_paragraph (page,
                                 _ ("Each axis is the variable’s score as a share of its maximum. SID variables are the mean "
                                    "over the counted innovations; Skor Jumlah Inovasi is part of “Jumlah Inovasi dan Hasil "
                                    "Kreatif”, so the eight maxima add up to the maximum total."),
                                 8.5, 0.7, 4);

  _inovda_report_page_ensure (page, RADAR_HEIGHT);
  inovda_chart_style_init (&style, FALSE);
  style.fill_background = FALSE;
  style.font_size = 9.5;
  cairo_save (page->cr);
  cairo_translate (page->cr, page->left, page->y);
  inovda_chart_render_radar (page->cr, width, RADAR_HEIGHT, chart, &style);
  cairo_restore (page->cr);
  page->y += RADAR_HEIGHT + 8;

  write_variables_table (page, chart);
}

/* ---------------------------------------------------------------------- */
/* The document                                                           */

static int
write_report (cairo_t *cr,
              const InovdaReportInput *input,
              const InovdaRegionScore *score,
              const InovdaRegionScore *previous,
              int n_pages)
{
  InovdaReportPage page;
  g_autofree char *footer = NULL;
  int pages;

  /* Translators: the report's page footer: the region's name, then the year */
  footer = g_strdup_printf (_ ("%s · Indeks Inovasi Daerah %d"), input->region->name, input->year);
  _inovda_report_page_init (&page, cr, n_pages, footer);

  write_cover (&page, input, score);
  _inovda_report_page_new_page (&page);
  write_summary (&page, input, score, previous);
  _inovda_report_write_units (&page, input, score);
  _inovda_report_page_new_page (&page);
  _inovda_report_write_evidence (&page, input, score);
  _inovda_report_page_finish (&page);

  pages = page.page;
  _inovda_report_page_clear (&page);
  return pages;
}

static cairo_status_t
discard (void *closure,
         const unsigned char *data,
         unsigned int length)
{
  return CAIRO_STATUS_SUCCESS;
}

/* Lays the whole report out once on a PDF surface that writes nowhere, to
 * learn M for "Page N of M"; the same surface type measures text the same
 * way as the real one. */
static int
count_pages (const InovdaReportInput *input,
             const InovdaRegionScore *score,
             const InovdaRegionScore *previous)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard, NULL, INOVDA_REPORT_PAGE_WIDTH,
                                                                  INOVDA_REPORT_PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  int pages = write_report (cr, input, score, previous, 0);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return pages;
}

/**
 * inovda_report_write_pdf:
 * @input: the region's data
 * @path: the PDF to write or replace
 *
 * Scores the region (and the previous year, if given) and writes the report.
 * The file is replaced all at once; errors are G_IO_ERROR.
 *
 * Returns: %TRUE on success
 */
gboolean
inovda_report_write_pdf (const InovdaReportInput *input,
                         const char *path,
                         GError **error)
{
  g_autoptr (InovdaChartOutput) output = NULL;
  g_autofree char *title = NULL;
  InovdaRegionScore score;
  InovdaRegionScore previous;
  gboolean has_previous;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int n_pages;

  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (input->catalogue != NULL && input->region != NULL, FALSE);
  g_return_val_if_fail (input->units != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  output = inovda_chart_output_open (path, error);
  if (output == NULL)
    return FALSE;

  has_previous = input->previous_catalogue != NULL && input->previous_region != NULL;
  inovda_score_region (input->catalogue, input->region, &score);
  if (has_previous)
    inovda_score_region (input->previous_catalogue, input->previous_region, &previous);

  n_pages = count_pages (input, &score, has_previous ? &previous : NULL);

  surface = cairo_pdf_surface_create_for_stream (inovda_chart_output_write, output, INOVDA_REPORT_PAGE_WIDTH,
                                                 INOVDA_REPORT_PAGE_HEIGHT);
  /* Translators: the PDF document's title: the year, then the region */
  title = g_strdup_printf (_ ("Indeks Inovasi Daerah %d — %s"), input->year, input->region->name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Inovda");
  cr = cairo_create (surface);
  write_report (cr, input, &score, has_previous ? &previous : NULL, n_pages);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  inovda_region_score_clear (&score);
  if (has_previous)
    inovda_region_score_clear (&previous);

  return inovda_chart_output_commit (output, status, error);
}
