/* bench-charts.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <time.h>

#include "charts/inovda-chart-export.h"
#include "charts/inovda-chart-radar.h"
#include "io/inovda-catalogue-reader.h"

/* The radar budget (architecture, "Budgets"): one 20-axis, 3-series radar
 * at 1200×900 in under 5 ms, and 100 charts exported to PNG in under 2 s.
 * Prints key=value lines that run-charts.sh reads; bench-charts.py draws the
 * same chart with matplotlib for the ratio.
 *
 *   bench-charts [RENDERS] [FOLDER]                                        */

#define WIDTH 1200
#define HEIGHT 900
#define N_SERIES 3
#define N_EXPORTS 100

/* The same deterministic values as bench-charts.py: percent of the maximum. */
static int
value_percent (guint series,
               guint axis)
{
  return 35 + (int) ((axis * 37 + series * 11) % 17) * 60 / 16;
}

static InovdaRadarChart *
build_chart (void)
{
  static const char *const labels[N_SERIES] = { "2026, klaim", "2026, verifikasi", "2025, verifikasi" };
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaCatalogue) catalogue = inovda_catalogue_reader_load_builtin (2026, &error);
  InovdaRadarChart *chart;

  if (catalogue == NULL)
    g_error ("%s", error->message);
  chart = inovda_radar_chart_new_for_catalogue (catalogue, INOVDA_RADAR_INDICATORS, INOVDA_SCOPE_REGION,
                                                "Provinsi Kalimantan Selatan",
                                                "Rata-rata indikator SID dari 63 inovasi yang dihitung, 2026");
  for (guint s = 0; s < N_SERIES; s++)
    {
      InovdaShare values[INOVDA_RADAR_MAX_AXES];

      for (guint k = 0; k < inovda_radar_chart_get_n_axes (chart); k++)
        values[k] = (InovdaShare){ value_percent (s, k), 1, 100 };
      inovda_radar_chart_add_series (chart, labels[s], values);
    }
  return chart;
}

/* Process CPU time in ms: other processes on a busy machine barely move it,
 * while they can stretch wall-clock time several times. */
static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int argc,
      char *argv[])
{
  g_autoptr (InovdaRadarChart) chart = build_chart ();
  g_autofree double *times = NULL;
  g_autofree char *folder = NULL;
  InovdaChartStyle style;
  cairo_surface_t *surface;
  int renders = argc > 1 ? atoi (argv[1]) : 500;
  double total = 0;
  double cpu_start;
  gint64 start;

  if (renders < 1)
    renders = 1;
  folder = argc > 2 ? g_strdup (argv[2]) : g_dir_make_tmp ("inovda-bench-XXXXXX", NULL);
  g_mkdir_with_parents (folder, 0700);

  inovda_chart_style_init (&style, FALSE);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);

  /* Warm the font caches, as a running application has them. */
  for (int i = 0; i < 5; i++)
    {
      cairo_t *cr = cairo_create (surface);
      inovda_chart_render_radar (cr, WIDTH, HEIGHT, chart, &style);
      cairo_destroy (cr);
    }

  times = g_new (double, renders);
  cpu_start = cpu_ms ();
  for (int i = 0; i < renders; i++)
    {
      cairo_t *cr;

      start = g_get_monotonic_time ();
      cr = cairo_create (surface);
      inovda_chart_render_radar (cr, WIDTH, HEIGHT, chart, &style);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      total += times[i];
    }
  g_print ("render_cpu_ms=%.3f\n", (cpu_ms () - cpu_start) / renders);
  qsort (times, renders, sizeof (double), compare_doubles);
  cairo_surface_destroy (surface);

  g_print ("renders=%d\n", renders);
  g_print ("render_mean_ms=%.3f\n", total / renders);
  g_print ("render_median_ms=%.3f\n", times[renders / 2]);
  g_print ("render_min_ms=%.3f\n", times[0]);

  start = g_get_monotonic_time ();
  cpu_start = cpu_ms ();
  for (int i = 0; i < N_EXPORTS; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("radar-%03d.png", i);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (!inovda_chart_export_radar (chart, &style, INOVDA_CHART_FORMAT_PNG, WIDTH, HEIGHT, 1, path, &error))
        g_error ("%s", error->message);
    }
  g_print ("exports=%d\n", N_EXPORTS);
  g_print ("export_total_s=%.3f\n", (g_get_monotonic_time () - start) / 1e6);
  g_print ("export_cpu_s=%.3f\n", (cpu_ms () - cpu_start) / 1e3);
  g_print ("folder=%s\n", folder);
  return EXIT_SUCCESS;
}
