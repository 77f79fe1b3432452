/* test-chart-radar.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <libxml/parser.h>
#include <math.h>
#include <string.h>

#include "charts/inovda-chart-export.h"
#include "charts/inovda-chart-radar.h"
#include "io/inovda-catalogue-reader.h"
#include "inovda-test-utils.h"

/* The radar renderer, checked by its pixels: colours are sampled at points
 * computed here from the chart's centre and radius (never at text), with a
 * tolerance of 2 per channel. */

#define TOLERANCE 2

typedef struct
{
  int red;
  int green;
  int blue;
  int alpha;
} Pixel;

static Pixel
pixel_at (cairo_surface_t *surface,
          double x,
          double y)
{
  int stride = cairo_image_surface_get_stride (surface);
  const unsigned char *data = cairo_image_surface_get_data (surface);
  int ix = (int) floor (x);
  int iy = (int) floor (y);
  guint32 value;

  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (iy, <, cairo_image_surface_get_height (surface));
  cairo_surface_flush (surface);
  value = *(const guint32 *) (data + iy * stride + ix * 4);
  return (Pixel){ (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff, value >> 24 };
}

static gboolean
pixel_is (Pixel pixel,
          const InovdaChartColor *color)
{
  return pixel.alpha == 255 &&
         ABS (pixel.red - (int) round (color->red * 255)) <= TOLERANCE &&
         ABS (pixel.green - (int) round (color->green * 255)) <= TOLERANCE &&
         ABS (pixel.blue - (int) round (color->blue * 255)) <= TOLERANCE;
}

static void
assert_pixel_is (cairo_surface_t *surface,
                 double x,
                 double y,
                 const InovdaChartColor *color)
{
  Pixel p = pixel_at (surface, x, y);

  if (!pixel_is (p, color))
    g_error ("pixel (%.1f, %.1f) is #%02x%02x%02x/%d, expected #%02x%02x%02x", x, y, p.red, p.green, p.blue, p.alpha,
             (int) round (color->red * 255), (int) round (color->green * 255), (int) round (color->blue * 255));
}

static void
assert_pixel_is_not (cairo_surface_t *surface,
                     double x,
                     double y,
                     const InovdaChartColor *color)
{
  Pixel p = pixel_at (surface, x, y);

  if (pixel_is (p, color))
    g_error ("pixel (%.1f, %.1f) should not be the series colour", x, y);
}

/* The angle of axis k, as the chart promises it: the first axis straight up,
 * then clockwise. */
static void
expected_point (const InovdaRadarGeometry *g,
                guint k,
                guint n,
                double fraction,
                double *x,
                double *y)
{
  double angle = -G_PI / 2 + 2 * G_PI * k / n;

  *x = g->centre_x + g->radius * fraction * cos (angle);
  *y = g->centre_y + g->radius * fraction * sin (angle);
}

static InovdaRadarChart *
synthetic_chart (guint n_axes)
{
  InovdaRadarChart *chart = inovda_radar_chart_new (INOVDA_RADAR_INDICATORS, "Radar uji", "Subjudul");

  for (guint k = 0; k < n_axes; k++)
    {
      g_autofree char *key = g_strdup_printf ("%u", 16 + k);
      g_autofree char *name = g_strdup_printf ("Indikator nomor %u", 16 + k);
      inovda_radar_chart_add_axis (chart, key, key, name);
    }
  return chart;
}

/* Every value of the series is @numerator / @maximum, except @only when it
 * is not -1: then that axis alone is full and every other axis is 0. */
static void
add_series (InovdaRadarChart *chart,
            const char *label,
            gint64 numerator,
            gint64 maximum,
            int only)
{
  InovdaShare values[INOVDA_RADAR_MAX_AXES];

  for (guint k = 0; k < inovda_radar_chart_get_n_axes (chart); k++)
    {
      if (only >= 0)
        values[k] = (InovdaShare){ (int) k == only ? maximum : 0, 1, maximum };
      else
        values[k] = (InovdaShare){ numerator, 1, maximum };
    }
  g_assert_true (inovda_radar_chart_add_series (chart, label, values));
}

static cairo_surface_t *
render (const InovdaRadarChart *chart,
        const InovdaChartStyle *style,
        int width,
        int height,
        double scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (width * scale), (int) (height * scale));
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, scale, scale);
  inovda_chart_render_radar (cr, width, height, chart, style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

static void
check_full_and_zero (gboolean dark,
                     double scale)
{
  g_autoptr (InovdaRadarChart) chart = synthetic_chart (20);
  InovdaRadarGeometry g;
  InovdaChartStyle style;
  cairo_surface_t *surface;
  const InovdaChartColor *zero;
  const InovdaChartColor *full;
  guint n = 20;

  add_series (chart, "Nol", 0, 300, -1);
  add_series (chart, "Penuh", 300, 300, -1);
  inovda_chart_style_init (&style, dark);
  zero = inovda_chart_style_series_color (&style, 0);
  full = inovda_chart_style_series_color (&style, 1);
  surface = render (chart, &style, 800, 600, scale);
  inovda_chart_radar_measure (800, 600, chart, &style, &g);
  g_assert_cmpuint (g.n_axes, ==, n);
  g_assert_cmpfloat (g.radius, >, 150);

  /* The zero series is drawn at the centre, and only there. */
  assert_pixel_is (surface, g.centre_x * scale, g.centre_y * scale, zero);
  for (guint k = 0; k < n; k++)
    {
      double x, y;

      g_assert_cmpfloat_with_epsilon (g.angle[k], -G_PI / 2 + 2 * G_PI * k / n, 1e-9);

      /* The full series reaches the 100 % ring on every axis, not beyond. */
      expected_point (&g, k, n, 1.0, &x, &y);
      assert_pixel_is (surface, x * scale, y * scale, full);
      expected_point (&g, k, n, 1.0 + (g.marker_size * 1.3 + 3) / g.radius, &x, &y);
      assert_pixel_is_not (surface, x * scale, y * scale, full);

      expected_point (&g, k, n, 0.5, &x, &y);
      assert_pixel_is_not (surface, x * scale, y * scale, zero);
      assert_pixel_is_not (surface, x * scale, y * scale, full);
    }
  cairo_surface_destroy (surface);
}

static void
test_full_and_zero (void)
{
  check_full_and_zero (FALSE, 1.0);
}

static void
test_full_and_zero_dark_hidpi (void)
{
  check_full_and_zero (TRUE, 2.0);
}

/* A chart whose every value is zero draws no dot in the middle but says
 * that there is no score yet there, in the text's colour. */
static void
test_all_zero (void)
{
  g_autoptr (InovdaRadarChart) chart = synthetic_chart (8);
  InovdaRadarGeometry g;
  InovdaChartStyle style;
  cairo_surface_t *surface;
  const InovdaChartColor *zero;
  guint text_pixels = 0;

  add_series (chart, "Nol", 0, 300, -1);
  add_series (chart, "Juga nol", 0, 300, -1);
  inovda_chart_style_init (&style, FALSE);
  style.fill_background = TRUE;
  zero = inovda_chart_style_series_color (&style, 0);
  surface = render (chart, &style, 800, 600, 1.0);
  inovda_chart_radar_measure (800, 600, chart, &style, &g);

  for (int dx = -(int) g.radius / 3; dx <= (int) g.radius / 3; dx++)
    for (int dy = -(int) g.font_size; dy <= (int) g.font_size; dy++)
      {
        Pixel p = pixel_at (surface, g.centre_x + dx, g.centre_y + dy);

        assert_pixel_is_not (surface, g.centre_x + dx, g.centre_y + dy, zero);
        if (p.red < 160 && p.green < 160 && p.blue < 160)
          text_pixels++;
      }
  g_assert_cmpuint (text_pixels, >, 50);
  cairo_surface_destroy (surface);
}

/* A series that is full on axis k only has its one outer vertex at the
 * angle of axis k, and half a series sits on the 50 % ring. */
static void
test_axis_angles (void)
{
  static const guint sizes[] = { 5, 8, 20 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      guint n = sizes[i];

      for (guint k = 0; k < n; k += (n > 8 ? 3 : 1))
        {
          g_autoptr (InovdaRadarChart) chart = synthetic_chart (n);
          InovdaRadarGeometry g;
          InovdaChartStyle style;
          cairo_surface_t *surface;
          const InovdaChartColor *color;
          double x, y;

          add_series (chart, "Satu sumbu", 0, 200, (int) k);
          add_series (chart, "Setengah", 150, 300, -1);
          inovda_chart_style_init (&style, FALSE);
          surface = render (chart, &style, 640, 480, 1.0);
          inovda_chart_radar_measure (640, 480, chart, &style, &g);
          color = inovda_chart_style_series_color (&style, 0);

          expected_point (&g, k, n, 1.0, &x, &y);
          assert_pixel_is (surface, x, y, color);
          for (guint other = 0; other < n; other++)
            if (other != k)
              {
                expected_point (&g, other, n, 1.0, &x, &y);
                assert_pixel_is_not (surface, x, y, color);
              }
          for (guint other = 0; other < n; other++)
            {
              if (other == k)
                continue;
              expected_point (&g, other, n, 0.5, &x, &y);
              assert_pixel_is (surface, x, y, inovda_chart_style_series_color (&style, 1));
            }
          cairo_surface_destroy (surface);
        }
    }
}

static InovdaCatalogue *
load_catalogue (int year)
{
  g_autoptr (GError) error = NULL;
  InovdaCatalogue *catalogue = inovda_catalogue_reader_load_builtin (year, &error);

  g_assert_no_error (error);
  return catalogue;
}

/* The catalogue's real, long Indonesian names, four series with long
 * labels and a long title. */
static InovdaRadarChart *
long_names_chart (InovdaCatalogue *catalogue,
                  InovdaRadarLevel level)
{
  InovdaRadarChart *chart = inovda_radar_chart_new_for_catalogue (
      catalogue, level, INOVDA_SCOPE_REGION,
      "Dinas Komunikasi, Informatika, Statistik dan Persandian Provinsi Kalimantan Selatan",
      "Rata-rata indikator SID dari seluruh inovasi yang dihitung, tahun penilaian 2026");
  static const char *const labels[] = {
    "2026, klaim perangkat daerah",
    "2026, hasil verifikasi kementerian",
    "2025, hasil verifikasi kementerian",
    "Target Sangat Inovatif",
  };

  for (guint s = 0; s < G_N_ELEMENTS (labels); s++)
    add_series (chart, labels[s], 100 * (s + 1), 450, -1);
  return chart;
}

static gboolean
painted_outside (cairo_surface_t *surface,
                 int x0,
                 int y0,
                 int width,
                 int height)
{
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        if (x >= x0 && x < x0 + width && y >= y0 && y < y0 + height)
          continue;
        if (pixel_at (surface, x, y).alpha != 0)
          {
            g_test_message ("painted at (%d, %d)", x, y);
            return TRUE;
          }
      }
  return FALSE;
}

/* Drawn on a larger transparent surface with the origin moved in, the
 * chart leaves everything outside its box untouched, whatever the names. */
static void
test_labels_inside (void)
{
  static const int sizes[][2] = { { 400, 300 }, { 300, 400 }, { 640, 360 }, { 1200, 900 } };
  static const InovdaRadarLevel levels[] = { INOVDA_RADAR_INDICATORS, INOVDA_RADAR_SPD, INOVDA_RADAR_VARIABLES };
  g_autoptr (InovdaCatalogue) catalogue = load_catalogue (2026);
  const int margin = 100;

  for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      for (int dark = 0; dark < 2; dark++)
        {
          g_autoptr (InovdaRadarChart) chart = long_names_chart (catalogue, levels[l]);
          int width = sizes[i][0];
          int height = sizes[i][1];
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width + 2 * margin, height + 2 * margin);
          cairo_t *cr = cairo_create (surface);
          InovdaChartStyle style;
          InovdaRadarGeometry g;

          inovda_chart_style_init (&style, dark);
          style.highlight_axis = 3;
          cairo_translate (cr, margin, margin);
          inovda_chart_render_radar (cr, width, height, chart, &style);
          cairo_destroy (cr);
          g_assert_false (painted_outside (surface, margin, margin, width, height));

          /* Labels sit inside the box and apart from one another. */
          inovda_chart_radar_measure (width, height, chart, &style, &g);
          g_assert_cmpfloat (g.radius, >, MIN (width, height) * 0.15);
          for (guint a = 0; a < g.n_axes; a++)
            {
              g_assert_cmpfloat (g.label[a].x, >=, 0);
              g_assert_cmpfloat (g.label[a].y, >=, 0);
              g_assert_cmpfloat (g.label[a].x + g.label[a].width, <=, width);
              g_assert_cmpfloat (g.label[a].y + g.label[a].height, <=, height);
              for (guint b = a + 1; b < g.n_axes; b++)
                g_assert_false (g.label[a].x < g.label[b].x + g.label[b].width &&
                                g.label[b].x < g.label[a].x + g.label[a].width &&
                                g.label[a].y < g.label[b].y + g.label[b].height &&
                                g.label[b].y < g.label[a].y + g.label[a].height);
            }
          cairo_surface_destroy (surface);
        }
}

static void
test_names_shown_when_room (void)
{
  g_autoptr (InovdaCatalogue) catalogue = load_catalogue (2026);
  g_autoptr (InovdaRadarChart) indicators = long_names_chart (catalogue, INOVDA_RADAR_INDICATORS);
  g_autoptr (InovdaRadarChart) variables = long_names_chart (catalogue, INOVDA_RADAR_VARIABLES);
  InovdaChartStyle style;
  InovdaRadarGeometry g;

  inovda_chart_style_init (&style, FALSE);
  inovda_chart_radar_measure (1200, 900, indicators, &style, &g);
  g_assert_true (g.names_shown);
  inovda_chart_radar_measure (400, 300, indicators, &style, &g);
  g_assert_false (g.names_shown);
  /* Variables have no numbers: their names are always drawn. */
  inovda_chart_radar_measure (400, 300, variables, &style, &g);
  g_assert_true (g.names_shown);
}

/* Without its titles (a slide names the chart), the radar takes their
 * room. */
static void
test_without_titles (void)
{
  g_autoptr (InovdaRadarChart) chart = synthetic_chart (8);
  InovdaChartStyle style;
  InovdaRadarGeometry titled;
  InovdaRadarGeometry untitled;

  inovda_chart_style_init (&style, FALSE);
  add_series (chart, "Klaim", 150, 300, -1);
  g_assert_nonnull (inovda_radar_chart_get_title (chart));
  inovda_chart_radar_measure (1200, 500, chart, &style, &titled);

  inovda_radar_chart_set_titles (chart, NULL, NULL);
  g_assert_null (inovda_radar_chart_get_title (chart));
  g_assert_null (inovda_radar_chart_get_subtitle (chart));
  inovda_chart_radar_measure (1200, 500, chart, &style, &untitled);
  g_assert_cmpfloat (untitled.radius, >, titled.radius + 10);
}

static void
test_hit_test (void)
{
  g_autoptr (InovdaRadarChart) chart = synthetic_chart (8);
  InovdaRadarGeometry g;
  InovdaChartStyle style;
  InovdaRadarHit hit;
  double x, y;

  add_series (chart, "A", 150, 300, -1);
  add_series (chart, "B", 300, 300, -1);
  inovda_chart_style_init (&style, FALSE);
  inovda_chart_radar_measure (800, 600, chart, &style, &g);

  inovda_radar_geometry_point (&g, 3, 1.0, &x, &y);
  g_assert_true (inovda_radar_geometry_hit_test (&g, chart, x + 2, y - 1, &hit));
  g_assert_cmpint (hit.axis, ==, 3);
  g_assert_cmpint (hit.series, ==, 1);

  inovda_radar_geometry_point (&g, 6, 0.5, &x, &y);
  g_assert_true (inovda_radar_geometry_hit_test (&g, chart, x, y, &hit));
  g_assert_cmpint (hit.axis, ==, 6);
  g_assert_cmpint (hit.series, ==, 0);

  /* Between vertices, the nearest axis by angle. */
  inovda_radar_geometry_point (&g, 2, 0.75, &x, &y);
  g_assert_true (inovda_radar_geometry_hit_test (&g, chart, x, y, &hit));
  g_assert_cmpint (hit.axis, ==, 2);
  g_assert_cmpint (hit.series, ==, -1);

  /* On a label. */
  g_assert_true (inovda_radar_geometry_hit_test (&g, chart, g.label[5].x + g.label[5].width / 2,
                                                 g.label[5].y + g.label[5].height / 2, &hit));
  g_assert_cmpint (hit.axis, ==, 5);
  g_assert_cmpint (hit.series, ==, -1);

  g_assert_false (inovda_radar_geometry_hit_test (&g, chart, 1, 1, &hit));
  g_assert_cmpint (hit.axis, ==, -1);
}

static void
test_chart_data (void)
{
  g_autoptr (InovdaCatalogue) catalogue = load_catalogue (2026);
  g_autoptr (InovdaRadarChart) indicators = NULL;
  g_autoptr (InovdaRadarChart) variables = NULL;
  g_autoptr (InovdaRadarChart) unit = NULL;
  g_autoptr (InovdaRadarChart) spd = NULL;
  g_autofree char *title = NULL;
  g_autofree char *single = NULL;
  g_autofree char *mean = NULL;
  g_autofree char *missing = NULL;
  InovdaShare values[INOVDA_RADAR_MAX_AXES] = { { 0 } };

  indicators = inovda_radar_chart_new_for_catalogue (catalogue, INOVDA_RADAR_INDICATORS, INOVDA_SCOPE_INNOVATION, "T", NULL);
  variables = inovda_radar_chart_new_for_catalogue (catalogue, INOVDA_RADAR_VARIABLES, INOVDA_SCOPE_REGION, "T", NULL);
  unit = inovda_radar_chart_new_for_catalogue (catalogue, INOVDA_RADAR_VARIABLES, INOVDA_SCOPE_UNIT, "T", NULL);
  spd = inovda_radar_chart_new_for_catalogue (catalogue, INOVDA_RADAR_SPD, INOVDA_SCOPE_REGION, "T", NULL);
  g_assert_cmpuint (inovda_radar_chart_get_n_axes (indicators), ==, 20);
  g_assert_cmpuint (inovda_radar_chart_get_n_axes (variables), ==, 8);
  g_assert_cmpuint (inovda_radar_chart_get_n_axes (unit), ==, 5);
  g_assert_cmpuint (inovda_radar_chart_get_n_axes (spd), ==, 20);

  g_assert_cmpstr (inovda_radar_chart_get_axis_number (indicators, 0), ==, "16");
  g_assert_cmpstr (inovda_radar_chart_get_axis_name (indicators, 0), ==, "Regulasi Inovasi Daerah");
  title = inovda_radar_chart_dup_axis_title (indicators, 0);
  g_assert_cmpstr (title, ==, "16 Regulasi Inovasi Daerah");
  g_assert_null (inovda_radar_chart_get_axis_number (variables, 0));

  values[0] = (InovdaShare){ 600, 1, 900 };
  values[1] = (InovdaShare){ 1000, 3, 600 };
  values[2] = (InovdaShare){ 0, 1, 0 };
  for (guint k = 3; k < 20; k++)
    values[k] = (InovdaShare){ 0, 1, 300 };
  g_assert_true (inovda_radar_chart_add_series (indicators, "2026", values));
  single = inovda_radar_chart_describe_value (indicators, 0, 0);
  g_assert_cmpstr (single, ==, "Level 2 · 6.00 of 9.00 (66.67%)");
  mean = inovda_radar_chart_describe_value (indicators, 0, 1);
  g_assert_cmpstr (mean, ==, "Mean level 1.67 · 3.33 of 6.00 (55.56%)");
  missing = inovda_radar_chart_describe_value (indicators, 0, 2);
  g_assert_cmpstr (missing, ==, "Not assessed");
  g_assert_cmpfloat_with_epsilon (inovda_radar_chart_get_fraction (indicators, 0, 0), 2.0 / 3.0, 1e-12);

  for (guint s = 1; s < INOVDA_CHART_MAX_SERIES; s++)
    g_assert_true (inovda_radar_chart_add_series (indicators, "lagi", values));
  g_assert_false (inovda_radar_chart_add_series (indicators, "terlalu banyak", values));
}

static char *
run_tool (const char *tool,
          const char *path)
{
  const char *argv[] = { tool, path, NULL };
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static InovdaRadarChart *
demo_chart (void)
{
  g_autoptr (InovdaCatalogue) catalogue = load_catalogue (2026);
  InovdaRadarChart *chart = inovda_radar_chart_new_for_catalogue (catalogue, INOVDA_RADAR_INDICATORS, INOVDA_SCOPE_REGION,
                                                                  "Provinsi Kalimantan Selatan", "Indikator SID 2026");

  add_series (chart, "2026, klaim", 200, 300, -1);
  add_series (chart, "2025, verifikasi", 100, 300, -1);
  return chart;
}

static void
test_export_png (void)
{
  g_autoptr (InovdaRadarChart) chart = demo_chart ();
  g_autofree char *path = inovda_test_temp_path ("radar.png");
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = NULL;
  InovdaChartFormat format;
  InovdaChartStyle style;
  cairo_surface_t *png;

  inovda_chart_style_init (&style, FALSE);
  g_assert_true (inovda_chart_format_from_path (path, &format));
  g_assert_cmpint (format, ==, INOVDA_CHART_FORMAT_PNG);
  g_assert_true (inovda_chart_export_radar (chart, &style, format, 800, 600, 1, path, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 600);
  cairo_surface_destroy (png);

  /* 2×, replacing the file. */
  g_assert_true (inovda_chart_export_radar (chart, &style, format, 800, 600, 2, path, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 1200);
  cairo_surface_destroy (png);

  /* No temporary file is left beside it. */
  dir = g_dir_open (folder, 0, NULL);
  for (const char *name = g_dir_read_name (dir); name != NULL; name = g_dir_read_name (dir))
    g_assert_false (g_str_has_prefix (name, "."));

  g_assert_false (inovda_chart_format_from_path ("radar.jpg", &format));
  g_assert_true (inovda_chart_format_from_path ("RADAR.SVG", &format));
  g_assert_cmpint (format, ==, INOVDA_CHART_FORMAT_SVG);
}

/* Without a background the PNG keeps its alpha channel: transparent
 * where nothing is drawn, the exact series colour on a marker. */
static void
test_export_png_transparent (void)
{
  g_autoptr (InovdaRadarChart) chart = synthetic_chart (8);
  g_autofree char *path = inovda_test_temp_path ("transparan.png");
  g_autoptr (GError) error = NULL;
  InovdaRadarGeometry g;
  InovdaChartStyle style;
  cairo_surface_t *png;
  double x, y;

  add_series (chart, "Penuh", 300, 300, -1);
  inovda_chart_style_init (&style, FALSE);
  style.fill_background = FALSE;
  g_assert_true (inovda_chart_export_radar (chart, &style, INOVDA_CHART_FORMAT_PNG, 640, 480, 1, path, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (pixel_at (png, 1, 1).alpha, ==, 0);
  g_assert_cmpint (pixel_at (png, 639, 479).alpha, ==, 0);
  inovda_chart_radar_measure (640, 480, chart, &style, &g);
  expected_point (&g, 2, 8, 1.0, &x, &y);
  assert_pixel_is (png, x, y, inovda_chart_style_series_color (&style, 0));
  cairo_surface_destroy (png);
}

static void
test_export_error (void)
{
  g_autoptr (InovdaRadarChart) chart = demo_chart ();
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "tidak", "ada", "radar.png", NULL);
  g_autoptr (GError) error = NULL;
  InovdaChartStyle style;

  inovda_chart_style_init (&style, FALSE);
  g_assert_false (inovda_chart_export_radar (chart, &style, INOVDA_CHART_FORMAT_PNG, 400, 300, 1, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, path));
}

static void
test_export_svg (void)
{
  g_autoptr (InovdaRadarChart) chart = demo_chart ();
  g_autofree char *path = inovda_test_temp_path ("radar.svg");
  g_autoptr (GError) error = NULL;
  InovdaChartStyle style;
  xmlDocPtr doc;
  xmlNodePtr root;
  xmlChar *width;
  xmlChar *height;
  xmlChar *view_box;

  inovda_chart_style_init (&style, TRUE);
  g_assert_true (inovda_chart_export_radar (chart, &style, INOVDA_CHART_FORMAT_SVG, 800, 600, 1, path, &error));
  g_assert_no_error (error);

  doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->name, ==, "svg");
  g_assert_cmpstr ((const char *) root->ns->href, ==, "http://www.w3.org/2000/svg");
  width = xmlGetProp (root, (const xmlChar *) "width");
  height = xmlGetProp (root, (const xmlChar *) "height");
  view_box = xmlGetProp (root, (const xmlChar *) "viewBox");
  g_assert_cmpstr ((const char *) width, ==, "800px");
  g_assert_cmpstr ((const char *) height, ==, "600px");
  g_assert_cmpstr ((const char *) view_box, ==, "0 0 800 600");
  xmlFree (width);
  xmlFree (height);
  xmlFree (view_box);
  xmlFreeDoc (doc);
}

static void
test_export_pdf (void)
{
  g_autoptr (InovdaRadarChart) chart = demo_chart ();
  g_autofree char *path = inovda_test_temp_path ("radar.pdf");
  g_autofree char *info = NULL;
  g_autofree char *fonts = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdffonts = g_find_program_in_path ("pdffonts");
  g_autofree char *head = NULL;
  InovdaChartStyle style;
  guint n_fonts = 0;

  inovda_chart_style_init (&style, FALSE);
  g_assert_true (inovda_chart_export_radar (chart, &style, INOVDA_CHART_FORMAT_PDF, 800, 600, 1, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &head, NULL, NULL));
  g_assert_true (g_str_has_prefix (head, "%PDF-"));

  if (pdfinfo == NULL || pdffonts == NULL)
    {
      g_test_skip ("pdfinfo and pdffonts (poppler-utils) are not installed: page count and fonts not checked");
      return;
    }

  info = run_tool ("pdfinfo", path);
  g_assert_nonnull (strstr (info, "\nPages:"));
  g_assert_true (g_regex_match_simple ("^Pages:\\s+1$", info, G_REGEX_MULTILINE, 0));
  /* 800 × 600 pixels at 96 per inch */
  g_assert_true (g_regex_match_simple ("^Page size:\\s+600 x 450 pts", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Title:\\s+Provinsi Kalimantan Selatan$", info, G_REGEX_MULTILINE, 0));

  fonts = run_tool ("pdffonts", path);
  g_assert_nonnull (strstr (fonts, "Cantarell"));
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto (GStrv) fields = g_regex_split_simple ("\\s+", g_strstrip (lines[i]), 0, 0);
      guint n = g_strv_length (fields);

      if (n < 6)
        continue;
      /* name type… emb sub uni object ID: every font is embedded */
      g_assert_cmpstr (fields[n - 5], ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

/* The titles of a chart away from the window name whose chart it is and
 * the year, in the words inovda-cli has always used. */
static void
test_subject_titles (void)
{
  static const InovdaRadarSubject region = { INOVDA_SCOPE_REGION, "Kabupaten Banjar", NULL, NULL, 2026, 12 };
  static const InovdaRadarSubject unit = { INOVDA_SCOPE_UNIT, "Kabupaten Banjar", "Dinas Kesehatan", NULL, 2026, 12 };
  static const InovdaRadarSubject innovation = { INOVDA_SCOPE_INNOVATION, "Kabupaten Banjar", "Dinas Kesehatan", "TEPAT", 2025, 12 };
  static const struct
  {
    const InovdaRadarSubject *subject;
    InovdaRadarLevel level;
    const char *title;
    const char *subtitle;
  } cases[] = {
    { &region, INOVDA_RADAR_VARIABLES, "Kabupaten Banjar", "Variables of the Indeks Inovasi Daerah 2026, as a share of each maximum" },
    { &region, INOVDA_RADAR_INDICATORS, "Kabupaten Banjar", "Mean SID indicators of 12 counted innovations, 2026" },
    { &unit, INOVDA_RADAR_INDICATORS, "Dinas Kesehatan", "Mean SID indicators of the counted innovations · Kabupaten Banjar 2026" },
    { &unit, INOVDA_RADAR_VARIABLES, "Dinas Kesehatan", "Mean SID variables of the counted innovations · Kabupaten Banjar 2026" },
    { &innovation, INOVDA_RADAR_INDICATORS, "TEPAT", "SID indicators · Dinas Kesehatan · Kabupaten Banjar 2025" },
    { &innovation, INOVDA_RADAR_VARIABLES, "TEPAT", "SID variables · Dinas Kesehatan · Kabupaten Banjar 2025" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      inovda_radar_chart_dup_subject_titles (cases[i].level, cases[i].subject, &title, &subtitle);
      g_assert_cmpstr (title, ==, cases[i].title);
      g_assert_cmpstr (subtitle, ==, cases[i].subtitle);
    }
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/inovda/chart/radar/full-and-zero", test_full_and_zero);
  g_test_add_func ("/inovda/chart/radar/full-and-zero-dark-hidpi", test_full_and_zero_dark_hidpi);
  g_test_add_func ("/inovda/chart/radar/all-zero", test_all_zero);
  g_test_add_func ("/inovda/chart/radar/axis-angles", test_axis_angles);
  g_test_add_func ("/inovda/chart/radar/labels-inside", test_labels_inside);
  g_test_add_func ("/inovda/chart/radar/names-shown-when-room", test_names_shown_when_room);
  g_test_add_func ("/inovda/chart/radar/hit-test", test_hit_test);
  g_test_add_func ("/inovda/chart/radar/without-titles", test_without_titles);
  g_test_add_func ("/inovda/chart/data", test_chart_data);
  g_test_add_func ("/inovda/chart/export/png", test_export_png);
  g_test_add_func ("/inovda/chart/export/png-transparent", test_export_png_transparent);
  g_test_add_func ("/inovda/chart/export/error", test_export_error);
  g_test_add_func ("/inovda/chart/export/svg", test_export_svg);
  g_test_add_func ("/inovda/chart/export/pdf", test_export_pdf);
  g_test_add_func ("/inovda/chart/subject-titles", test_subject_titles);

  return g_test_run ();
}
