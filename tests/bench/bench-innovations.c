/* bench-innovations.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Inovasi page at national size.
 *
 *   bench-innovations generate PORTFOLIO   546 regions, about 37,000 innovations
 *                                          with 20 answers each, in one edit
 *   bench-innovations run PORTFOLIO        time to the window's first frame, frame
 *                                          times while the 37,000-row list scrolls
 *                                          from top to bottom, peak memory
 *
 * BENCH_STEP_PX scrolls that many pixels per frame instead of a page,
 * BENCH_MAX_FRAMES stops after that many frames, and BENCH_FRAMES_FILE names
 * a file for every frame's time, in order.
 *
 * Prints KEY=VALUE lines. Run under xvfb-run (see tests/bench/README.md).
 */

#define G_LOG_DOMAIN "bench-innovations"

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <sys/resource.h>

#include "storage/inovda-portfolio.h"
#include "ui/inovda-innovation-page.h"
#include "ui/inovda-window.h"

#define N_REGIONS 546
#define N_UNITS 24
#define YEAR 2026

static gint64 process_start;

static double
elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / 1000.0;
}

static guint
peak_rss_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (guint) (usage.ru_maxrss / 1024);
}

/* ------------------------------------------------------------------------ */

static const char *const words[] = {
  "layanan",
  "masyarakat",
  "digital",
  "perangkat",
  "daerah",
  "inovasi",
  "pelayanan",
  "data",
  "terpadu",
  "cepat",
  "mudah",
  "murah",
  "desa",
  "kesehatan",
  "pendidikan",
  "sistem",
};

static char *
paragraph (GRand *rand,
           guint n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
  return g_string_free (text, FALSE);
}

static int
generate (const char *path)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GRand) rand = g_rand_new_with_seed (2026);
  const InovdaUrusan *urusan;
  guint n_urusan;
  guint n_innovations = 0;
  gint64 start = g_get_monotonic_time ();

  portfolio = inovda_portfolio_open (path, &error);
  if (portfolio == NULL || !inovda_portfolio_is_empty (portfolio))
    {
      g_printerr ("%s: %s\n", path, error != NULL ? error->message : "not an empty portfolio");
      return 1;
    }
  catalogue = inovda_portfolio_get_catalogue (portfolio, YEAR, &error);
  g_assert_no_error (error);
  urusan = inovda_urusan_get_all (&n_urusan);

  if (!inovda_portfolio_begin_edit (portfolio, "Generate national portfolio", &error))
    g_error ("%s", error->message);

  for (guint r = 0; r < N_REGIONS; r++)
    {
      char region_code[16];
      char region_name[64];
      /* 37,000 innovations over 546 regions: 60 to 75 each. */
      guint n_here = 60 + g_rand_int_range (rand, 0, 16);
      gint64 units[N_UNITS];

      g_snprintf (region_code, sizeof region_code, "%02u.%02u", 11 + r / 60, r % 60 + 1);
      g_snprintf (region_name, sizeof region_name, "Kabupaten Uji %03u", r + 1);
      if (!inovda_portfolio_add_region (portfolio, region_code, region_name, INOVDA_REGION_KABUPATEN, &error))
        g_error ("%s", error->message);

      for (guint u = 0; u < N_UNITS; u++)
        {
          char code[16];
          char name[64];

          g_snprintf (code, sizeof code, "OPD%02u", u + 1);
          g_snprintf (name, sizeof name, "Dinas Uji Coba Pelayanan %02u", u + 1);
          units[u] = inovda_portfolio_add_unit (portfolio, region_code, code, name, code, &error);
          if (units[u] == 0)
            g_error ("%s", error->message);
        }

      for (guint i = 0; i < n_here; i++)
        {
          g_autoptr (InovdaInnovation) innovation = NULL;
          g_autofree char *name = NULL;
          g_autofree char *design = paragraph (rand, 280 + g_rand_int_range (rand, 0, 60));
          char date[16];
          gint64 id;

          name = g_strdup_printf ("Inovasi %s %u — %s", region_code, i + 1, words[i % G_N_ELEMENTS (words)]);
          innovation = inovda_portfolio_add_innovation (portfolio, NULL, units[i % N_UNITS], name, &error);
          if (innovation == NULL)
            g_error ("%s", error->message);
          id = inovda_innovation_get_id (innovation);
          g_snprintf (date, sizeof date, "2024-%02d-%02d", g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));

          if (!inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_TAHAPAN, "penerapan", &error) ||
              !inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_URUSAN_UTAMA,
                                           urusan[g_rand_int_range (rand, 0, n_urusan)].code, &error) ||
              !inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_WAKTU_PENERAPAN, date, &error) ||
              !inovda_portfolio_set_field (portfolio, id, INOVDA_FIELD_RB_CARA_KERJA, design, &error) ||
              !inovda_portfolio_set_status (portfolio, id, YEAR, g_rand_int_range (rand, 0, 5), &error))
            g_error ("%s", error->message);

          for (guint k = 0; k < catalogue->sid->len; k++)
            {
              const InovdaIndicator *indicator = g_ptr_array_index (catalogue->sid, k);
              const char *basis = indicator->bases->len > 0 ? ((InovdaBasis *) g_ptr_array_index (indicator->bases, 0))->id : NULL;

              if (!inovda_portfolio_set_sid_level (portfolio, id, YEAR, indicator->id,
                                                   g_rand_int_range (rand, 0, 4), basis, &error))
                g_error ("%s", error->message);
            }
          n_innovations++;
        }
    }

  if (!inovda_portfolio_commit_edit (portfolio, &error))
    g_error ("%s", error->message);

  g_print ("regions=%u\ninnovations=%u\ngenerate_s=%.1f\n", N_REGIONS, n_innovations, elapsed_ms (start) / 1000.0);
  return 0;
}

/* ------------------------------------------------------------------------ */

typedef struct
{
  GMainLoop *loop;
  GtkWidget *window;
  GtkAdjustment *adjustment;
  GArray *frame_ms; /* double: before-paint to after-paint */
  gint64 paint_start;
  gint64 layout_end;
  gint64 paint_end;
  double update_layout_sum; /* ms, over n_phased frames */
  double paint_sum;
  guint n_phased;
  gboolean first_frame_seen;
  gboolean scrolling;
  gboolean done;
  double first_frame_ms;
  double step;      /* pixels per frame, 0 for a page */
  guint max_frames; /* 0 for the whole list */
} Bench;

static void
before_paint_cb (GdkFrameClock *clock,
                 Bench *bench)
{
  bench->paint_start = g_get_monotonic_time ();
}

/* Connected after GTK's own handlers: they mark where its layout and
 * paint phases end. */
static void
layout_cb (GdkFrameClock *clock,
           Bench *bench)
{
  bench->layout_end = g_get_monotonic_time ();
}

static void
paint_cb (GdkFrameClock *clock,
          Bench *bench)
{
  bench->paint_end = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench *bench)
{
  if (!bench->first_frame_seen)
    {
      bench->first_frame_seen = TRUE;
      bench->first_frame_ms = elapsed_ms (process_start);
      g_main_loop_quit (bench->loop);
      return;
    }
  if (bench->scrolling && bench->paint_start != 0)
    {
      double ms = elapsed_ms (bench->paint_start);

      g_array_append_val (bench->frame_ms, ms);
      if (bench->layout_end > bench->paint_start && bench->paint_end > bench->layout_end)
        {
          bench->update_layout_sum += (bench->layout_end - bench->paint_start) / 1000.0;
          bench->paint_sum += (bench->paint_end - bench->layout_end) / 1000.0;
          bench->n_phased++;
        }
    }
}

/* By default one page further per frame: every frame shows rows never
 * bound before, the worst case of dragging the scrollbar. */
static gboolean
scroll_tick_cb (GtkWidget *widget,
                GdkFrameClock *clock,
                gpointer user_data)
{
  Bench *bench = user_data;
  double value = gtk_adjustment_get_value (bench->adjustment);
  double page = gtk_adjustment_get_page_size (bench->adjustment);
  double upper = gtk_adjustment_get_upper (bench->adjustment);

  if (value + page >= upper - 1)
    {
      bench->scrolling = FALSE;
      bench->done = TRUE;
      g_main_loop_quit (bench->loop);
      return G_SOURCE_REMOVE;
    }
  gtk_adjustment_set_value (bench->adjustment, value + (bench->step > 0 ? bench->step : page));
  if (bench->max_frames > 0 && bench->frame_ms->len >= bench->max_frames)
    {
      bench->scrolling = FALSE;
      g_main_loop_quit (bench->loop);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Every innovation of every region in one query. Scoring 546 regions one
 * by one would take minutes (see README.md), so the year's values are set
 * the way inovda_region_result_apply() sets them: each row binds the same
 * labels as in the application. */
static GListModel *
national_list (InovdaPortfolio *portfolio)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (37000);
  GListModel *all = inovda_portfolio_list_innovations (portfolio, NULL, YEAR, NULL);
  guint n = g_list_model_get_n_items (all);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (InovdaInnovation) innovation = g_list_model_get_item (all, i);
      gint64 kematangan = g_rand_int_range (rand, 0, 11100);
      gboolean eligible = g_rand_boolean (rand);

      inovda_innovation_set_assessment (innovation, inovda_innovation_get_status (innovation),
                                        kematangan, kematangan / 2, eligible,
                                        eligible ? NULL : "Rancang bangun kurang dari 300 kata");
    }
  return all;
}

static int
run (const char *path)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) all = NULL;
  InovdaInnovationPage *page;
  GtkFilterListModel *filter_model;
  GtkScrolledWindow *scrolled;
  GdkFrameClock *clock;
  Bench bench = { 0 };
  double open_ms;
  double list_ms;
  gint64 start;
  double sum = 0;
  guint over_16 = 0;

  portfolio = inovda_portfolio_open (path, &error);
  if (portfolio == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return 1;
    }
  open_ms = elapsed_ms (process_start);

  bench.loop = g_main_loop_new (NULL, FALSE);
  bench.step = g_ascii_strtod (g_getenv ("BENCH_STEP_PX") ?: "0", NULL);
  bench.max_frames = (guint) g_ascii_strtoull (g_getenv ("BENCH_MAX_FRAMES") ?: "0", NULL, 10);
  bench.frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
  bench.window = GTK_WIDGET (inovda_window_new (NULL, portfolio));
  gtk_window_set_default_size (GTK_WINDOW (bench.window), 1400, 900);
  gtk_widget_realize (bench.window);
  clock = gtk_widget_get_frame_clock (bench.window);
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), &bench);
  g_signal_connect (clock, "layout", G_CALLBACK (layout_cb), &bench);
  g_signal_connect (clock, "paint", G_CALLBACK (paint_cb), &bench);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &bench);
  gtk_window_present (GTK_WINDOW (bench.window));
  g_main_loop_run (bench.loop);

  /* The whole country in one list, as the page's own model. */
  start = g_get_monotonic_time ();
  all = national_list (portfolio);
  list_ms = elapsed_ms (start);
  gtk_widget_activate_action (bench.window, "win.show-section", "s", "innovations");
  page = INOVDA_INNOVATION_PAGE (gtk_widget_get_template_child (bench.window, INOVDA_TYPE_WINDOW, "innovation_page"));
  filter_model = GTK_FILTER_LIST_MODEL (gtk_widget_get_template_child (GTK_WIDGET (page), INOVDA_TYPE_INNOVATION_PAGE,
                                                                       "filter_model"));
  gtk_filter_list_model_set_model (filter_model, all);
  scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_parent (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page),
                                                                                                    INOVDA_TYPE_INNOVATION_PAGE,
                                                                                                    "column_view"))));
  bench.adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

  /* Let the first rows settle, then scroll. */
  start = g_get_monotonic_time ();
  while (g_get_monotonic_time () - start < G_USEC_PER_SEC)
    g_main_context_iteration (NULL, FALSE);
  bench.scrolling = TRUE;
  start = g_get_monotonic_time ();
  gtk_widget_add_tick_callback (bench.window, scroll_tick_cb, &bench, NULL);
  g_main_loop_run (bench.loop);

  if (g_getenv ("BENCH_FRAMES_FILE") != NULL)
    {
      g_autoptr (GString) frames = g_string_new (NULL);

      for (guint i = 0; i < bench.frame_ms->len; i++)
        g_string_append_printf (frames, "%.2f\n", g_array_index (bench.frame_ms, double, i));
      g_file_set_contents (g_getenv ("BENCH_FRAMES_FILE"), frames->str, frames->len, NULL);
    }
  g_array_sort (bench.frame_ms, compare_double);
  for (guint i = 0; i < bench.frame_ms->len; i++)
    {
      double ms = g_array_index (bench.frame_ms, double, i);

      sum += ms;
      over_16 += ms > 16.0;
    }

  g_print ("innovations=%u\n", g_list_model_get_n_items (all));
  g_print ("open_portfolio_ms=%.1f\n", open_ms);
  g_print ("first_frame_ms=%.1f\n", bench.first_frame_ms);
  g_print ("national_list_ms=%.1f\n", list_ms);
  g_print ("scroll_s=%.1f\n", elapsed_ms (start) / 1000.0);
  g_print ("frames=%u\n", bench.frame_ms->len);
  if (bench.frame_ms->len > 0)
    {
      g_print ("frame_mean_ms=%.2f\n", sum / bench.frame_ms->len);
      g_print ("frame_p95_ms=%.2f\n", g_array_index (bench.frame_ms, double, bench.frame_ms->len * 95 / 100));
      g_print ("frame_max_ms=%.2f\n", g_array_index (bench.frame_ms, double, bench.frame_ms->len - 1));
      g_print ("frame_update_layout_mean_ms=%.2f\n", bench.update_layout_sum / MAX (bench.n_phased, 1));
      g_print ("frame_paint_mean_ms=%.2f\n", bench.paint_sum / MAX (bench.n_phased, 1));
    }
  g_print ("frames_over_16ms=%u\n", over_16);
  g_print ("peak_rss_mb=%u\n", peak_rss_mb ());

  gtk_window_destroy (GTK_WINDOW (bench.window));
  g_array_unref (bench.frame_ms);
  g_main_loop_unref (bench.loop);
  return 0;
}

int
main (int argc,
      char *argv[])
{
  process_start = g_get_monotonic_time ();
  setlocale (LC_ALL, "");

  if (argc != 3 || (g_strcmp0 (argv[1], "generate") != 0 && g_strcmp0 (argv[1], "run") != 0))
    {
      g_printerr ("Usage: %s generate|run PORTFOLIO\n", argv[0]);
      return 2;
    }
  if (g_str_equal (argv[1], "generate"))
    return generate (argv[2]);

  gtk_init ();
  adw_init ();
  {
    g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

    /* The application loads its style sheet from its resource base path;
     * the window has it too. */
    gtk_css_provider_load_from_resource (provider, "/io/github/inovda/Inovda/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  return run (argv[2]);
}
