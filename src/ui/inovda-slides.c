/* inovda-slides.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-slides"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "inovda-chart-view.h"
#include "inovda-plan-text.h"
#include "inovda-radar-charts.h"
#include "inovda-slides.h"
#include "inovda-ui-format.h"

#include "charts/inovda-report.h"
#include "model/inovda-decimal.h"

#define N_UNIT_INNOVATIONS 7
#define N_TOP_INNOVATIONS 7
#define N_GAPS 5
#define N_PLAN_STEPS 6

typedef struct
{
  GtkStack *stack;
  InovdaPortfolio *portfolio;
  InovdaRegionResult *result;
  char *kicker; /* “Provinsi Kalimantan Selatan · 2026” on every slide */
} Deck;

/* ------------------------------------------------------------------------ */

static GtkWidget *
label_new (const char *text,
           const char *style_class,
           float xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  return label;
}

static GtkWidget *
predikat_new (const InovdaProjectionResult *projection)
{
  GtkWidget *label = gtk_label_new (projection->predikat != NULL ? projection->predikat
                                                                 : INOVDA_PREDIKAT_TIDAK_DAPAT_DINILAI);

  gtk_widget_add_css_class (label, "predikat");
  gtk_widget_add_css_class (label, inovda_ui_predikat_style_class (projection->band));
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

/* A slide: the kicker and the title on top, @body below. */
static void
add_slide (Deck *deck,
           const char *name,
           const char *title,
           GtkWidget *body)
{
  GtkWidget *slide = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_add_css_class (slide, "slide");
  gtk_widget_add_css_class (header, "slide-header");
  gtk_box_append (GTK_BOX (header), label_new (deck->kicker, "slide-kicker", 0));
  gtk_box_append (GTK_BOX (header), label_new (title, "slide-title", 0));
  gtk_box_append (GTK_BOX (slide), header);

  gtk_widget_set_vexpand (body, TRUE);
  gtk_box_append (GTK_BOX (slide), body);
  gtk_stack_add_named (deck->stack, slide, name);
}

static GtkWidget *
chart_new (InovdaRadarChart *chart)
{
  GtkWidget *view = inovda_chart_view_new ();
  g_autofree char *name = g_strdup (inovda_radar_chart_get_title (chart));

  /* The slide's title names the chart: the radar takes the room of its own
   * title, which still names it for a screen reader. */
  inovda_radar_chart_set_titles (chart, NULL, NULL);
  inovda_chart_view_set_chart (INOVDA_CHART_VIEW (view), chart);
  if (name != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  inovda_chart_view_set_exportable (INOVDA_CHART_VIEW (view), FALSE);
  gtk_widget_set_focusable (view, FALSE);
  gtk_widget_set_hexpand (view, TRUE);
  gtk_widget_set_vexpand (view, TRUE);
  return view;
}

/* One line of a slide table: a text and a number on the right. */
static GtkWidget *
table_row (const char *rank,
           const char *text,
           const char *detail,
           const char *value)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label;

  gtk_widget_add_css_class (row, "slide-row");
  if (rank != NULL)
    gtk_box_append (GTK_BOX (row), label_new (rank, "slide-rank", 1));

  /* Long Indonesian names take two lines, then end in an ellipsis. */
  label = label_new (text, NULL, 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_box_append (GTK_BOX (texts), label);
  if (detail != NULL)
    {
      label = label_new (detail, "slide-detail", 0);
      gtk_label_set_wrap (GTK_LABEL (label), FALSE);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (texts), label);
    }
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), texts);

  if (value != NULL)
    {
      label = label_new (value, "slide-value", 1);
      gtk_label_set_wrap (GTK_LABEL (label), FALSE);
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (row), label);
    }
  return row;
}

static char *
score_text (gint64 hundredths)
{
  return inovda_format_score (hundredths);
}

/* ------------------------------------------------------------------------ */

static void
add_title_slide (Deck *deck)
{
  GtkWidget *slide = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = inovda_format_long_date (now);
  g_autofree char *index = NULL;

  gtk_widget_add_css_class (slide, "slide");
  gtk_widget_add_css_class (slide, "title-slide");
  gtk_widget_set_valign (slide, GTK_ALIGN_FILL);

  /* Translators: the presentation's opening line; %d is the assessment
   * year. */
  index = g_strdup_printf (_ ("Regional Innovation Index %d"), deck->result->year);
  gtk_box_append (GTK_BOX (slide), label_new (index, "slide-kicker", 0));
  gtk_box_append (GTK_BOX (slide), label_new (inovda_region_get_name (deck->result->region), "slide-display", 0));
  gtk_box_append (GTK_BOX (slide), label_new (date, "slide-subtitle", 0));

  gtk_widget_set_valign (gtk_widget_get_first_child (slide), GTK_ALIGN_END);
  gtk_widget_set_vexpand (gtk_widget_get_first_child (slide), TRUE);
  gtk_widget_set_valign (gtk_widget_get_last_child (slide), GTK_ALIGN_START);
  gtk_widget_set_vexpand (gtk_widget_get_last_child (slide), TRUE);
  gtk_stack_add_named (deck->stack, slide, "title");
}

static GtkWidget *
projection_block (const char *heading,
                  const InovdaProjectionResult *projection)
{
  GtkWidget *block = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *iid = score_text (projection->iid);

  GtkWidget *number = label_new (iid, "slide-huge", 0);

  /* A number must never break over two lines. */
  gtk_label_set_wrap (GTK_LABEL (number), FALSE);
  gtk_widget_set_hexpand (block, TRUE);
  gtk_box_append (GTK_BOX (block), label_new (heading, "slide-subtitle", 0));
  gtk_widget_add_css_class (line, "slide-iid-line");
  gtk_box_append (GTK_BOX (line), number);
  gtk_box_append (GTK_BOX (line), predikat_new (projection));
  gtk_box_append (GTK_BOX (block), line);
  return block;
}

static void
add_index_slide (Deck *deck)
{
  InovdaCatalogue *catalogue = deck->result->catalogue;
  const InovdaProjectionResult *klaim = &deck->result->score.klaim;
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *blocks = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *table = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *spd = score_text (klaim->spd);
  g_autofree char *spd_max = score_text (inovda_catalogue_max_spd (catalogue));
  g_autofree char *maturity = score_text (klaim->divisor > 0 ? inovda_decimal_div_half_up (klaim->kematangan_sum, klaim->divisor) : 0);
  g_autofree char *maturity_max = score_text (inovda_catalogue_max_kematangan (catalogue));
  g_autofree char *jumlah = score_text (klaim->jumlah);
  g_autofree char *jumlah_max = score_text (inovda_catalogue_max_jumlah (catalogue));
  g_autofree char *total = score_text (klaim->total);
  g_autofree char *total_max = score_text (catalogue->max_total);
  g_autofree char *counted = g_strdup_printf ("%u", klaim->counted);
  g_autofree char *value = NULL;

  gtk_widget_add_css_class (blocks, "slide-blocks");
  gtk_box_append (GTK_BOX (blocks), projection_block (_ ("Claimed"), klaim));
  gtk_box_append (GTK_BOX (blocks), projection_block (_ ("Verified"), &deck->result->score.verifikasi));
  gtk_box_append (GTK_BOX (body), blocks);

  /* Translators: a score against its maximum, such as “42,00 of 63,00”. */
  value = g_strdup_printf (_ ("%s of %s"), spd, spd_max);
  gtk_box_append (GTK_BOX (table), table_row (NULL, _ ("Region indicators (SPD)"), NULL, value));
  g_clear_pointer (&value, g_free);
  value = g_strdup_printf (_ ("%s of %s"), maturity, maturity_max);
  gtk_box_append (GTK_BOX (table), table_row (NULL, _ ("Average innovation maturity (SID)"), NULL, value));
  g_clear_pointer (&value, g_free);
  value = g_strdup_printf (_ ("%s of %s"), jumlah, jumlah_max);
  gtk_box_append (GTK_BOX (table), table_row (NULL, _ ("Skor Jumlah Inovasi (SID)"), NULL, value));
  g_clear_pointer (&value, g_free);
  value = g_strdup_printf (_ ("%s of %s"), total, total_max);
  gtk_box_append (GTK_BOX (table), table_row (NULL, _ ("Total score, claimed"), NULL, value));
  gtk_box_append (GTK_BOX (table), table_row (NULL, _ ("Innovations counted"), NULL, counted));
  gtk_widget_set_valign (table, GTK_ALIGN_END);
  gtk_widget_set_vexpand (table, TRUE);
  gtk_box_append (GTK_BOX (body), table);

  add_slide (deck, "index", _ ("The Index and Its Predikat"), body);
}

static void
add_variables_slide (Deck *deck)
{
  gboolean against_last_year = FALSE;
  g_autoptr (InovdaRadarChart) chart = inovda_radar_charts_variables (deck->portfolio, deck->result,
                                                                      &against_last_year);

  /* Without last year's assessments the chart sets the claimed scores
   * against the verified ones, and the title says so. */
  add_slide (deck, "variables",
             against_last_year ? _ ("The Variables Against Last Year") : _ ("The Variables, Claimed and Verified"),
             chart_new (chart));
}

static void
add_unit_slide (Deck *deck,
                InovdaUnit *unit)
{
  const char *code = inovda_unit_get_code (unit);
  const InovdaScoreRegion *region = &deck->result->region_year->region;
  g_autoptr (InovdaRadarChart) chart = inovda_radar_charts_unit (deck->result, code, NULL);
  g_autofree char *name = g_strdup_printf ("unit:%s", code);
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  guint n_listed = 0;
  guint n_reported = 0;

  gtk_widget_add_css_class (body, "slide-columns");
  gtk_box_append (GTK_BOX (body), chart_new (chart));

  for (guint i = 0; i < region->n_innovations; i++)
    {
      const InovdaScoreInnovation *innovation = &region->innovations[i];
      const InovdaInnovationScore *score;
      g_autofree char *value = NULL;
      const char *detail = NULL;

      if (g_strcmp0 (innovation->unit_code, code) != 0)
        continue;
      n_reported++;
      if (n_listed >= N_UNIT_INNOVATIONS)
        continue;

      score = inovda_region_result_get_innovation_score (deck->result, INOVDA_PROJECTION_KLAIM, i);
      if (score != NULL && score->ineligible == 0)
        value = score_text (score->kematangan);
      else
        detail = _ ("Not counted");
      gtk_box_append (GTK_BOX (list), table_row (NULL, innovation->name, detail, value));
      n_listed++;
    }

  if (n_reported > n_listed)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "and %u more innovation",
                                                            "and %u more innovations",
                                                            n_reported - n_listed),
                                               n_reported - n_listed);

      gtk_box_append (GTK_BOX (list), label_new (more, "slide-detail", 0));
    }

  gtk_widget_add_css_class (list, "slide-list");
  gtk_widget_set_valign (list, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (list, TRUE);
  gtk_box_append (GTK_BOX (body), list);
  gtk_box_set_homogeneous (GTK_BOX (body), TRUE);

  add_slide (deck, name, inovda_unit_get_name (unit), body);
}

static void
add_unit_slides (Deck *deck)
{
  g_autoptr (GListModel) units = NULL;
  g_autoptr (GError) error = NULL;

  units = inovda_portfolio_list_units (deck->portfolio, inovda_region_get_code (deck->result->region),
                                       deck->result->year, &error);
  if (units == NULL)
    {
      g_warning ("Could not list the regional agencies: %s", error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (units, i);

      if (inovda_unit_get_n_innovations (unit) > 0)
        add_unit_slide (deck, unit);
    }
}

static int
compare_kematangan (gconstpointer a,
                    gconstpointer b)
{
  const InovdaInnovationScore *x = *(const InovdaInnovationScore *const *) a;
  const InovdaInnovationScore *y = *(const InovdaInnovationScore *const *) b;

  return (y->kematangan > x->kematangan) - (y->kematangan < x->kematangan);
}

static const char *
unit_name (GHashTable *names,
           const char *code)
{
  const char *name = code != NULL ? g_hash_table_lookup (names, code) : NULL;

  return name != NULL ? name : code;
}

static GHashTable *
unit_names (Deck *deck)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GListModel) units = inovda_portfolio_list_units (deck->portfolio,
                                                              inovda_region_get_code (deck->result->region),
                                                              deck->result->year, NULL);

  for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (units, i);

      g_hash_table_insert (names, g_strdup (inovda_unit_get_code (unit)), g_strdup (inovda_unit_get_name (unit)));
    }
  return names;
}

static void
add_top_innovations_slide (Deck *deck)
{
  const InovdaProjectionResult *klaim = &deck->result->score.klaim;
  const InovdaScoreRegion *region = &deck->result->region_year->region;
  g_autoptr (GPtrArray) counted = g_ptr_array_new ();
  g_autoptr (GHashTable) names = unit_names (deck);
  GtkWidget *table = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  for (guint i = 0; i < klaim->innovations->len; i++)
    {
      InovdaInnovationScore *score = &g_array_index (klaim->innovations, InovdaInnovationScore, i);

      if (score->ineligible == 0)
        g_ptr_array_add (counted, score);
    }
  g_ptr_array_sort (counted, compare_kematangan);

  for (guint i = 0; i < counted->len && i < N_TOP_INNOVATIONS; i++)
    {
      const InovdaInnovationScore *score = g_ptr_array_index (counted, i);
      const InovdaScoreInnovation *innovation = &region->innovations[score->innovation_index];
      g_autofree char *rank = g_strdup_printf ("%u", i + 1);
      g_autofree char *value = score_text (score->kematangan);

      gtk_box_append (GTK_BOX (table), table_row (rank, innovation->name,
                                                  unit_name (names, innovation->unit_code), value));
    }
  if (counted->len == 0)
    gtk_box_append (GTK_BOX (table), label_new (_ ("No innovation is counted yet."), "slide-subtitle", 0));

  gtk_widget_add_css_class (table, "slide-list");
  add_slide (deck, "top-innovations", _ ("The Most Mature Innovations"), table);
}

static void
add_gaps_slide (Deck *deck)
{
  InovdaCatalogue *catalogue = deck->result->catalogue;
  const InovdaScoreRegion *region = &deck->result->region_year->region;
  InovdaGapAnalysis analysis = { 0 };
  GtkWidget *table = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *title = NULL;

  inovda_gaps_analyse (catalogue, region, &analysis);
  if (analysis.next_predikat != NULL)
    {
      g_autofree char *points = score_text (analysis.points_needed);

      /* Translators: the first %s is a number of IID points (“3,30”), the
       * second a predikat (“Sangat Inovatif”). */
      title = g_strdup_printf (_ ("%s Points to %s"), points, analysis.next_predikat);
    }
  else
    title = g_strdup (_ ("Where the Index Still Gains"));

  for (guint i = 0; analysis.gaps != NULL && i < analysis.gaps->len && i < N_GAPS; i++)
    {
      const InovdaGap *gap = &g_array_index (analysis.gaps, InovdaGap, i);
      g_autofree char *text = inovda_plan_text_gap_title (catalogue, region, gap);
      g_autofree char *target = inovda_plan_text_gap_target (catalogue, region, gap);
      g_autofree char *gain = score_text (gap->gain);
      g_autofree char *value = g_strdup_printf ("+%s", gain);
      g_autofree char *rank = g_strdup_printf ("%u", i + 1);

      gtk_box_append (GTK_BOX (table), table_row (rank, text, target, value));
    }
  if (analysis.gaps == NULL || analysis.gaps->len == 0)
    gtk_box_append (GTK_BOX (table), label_new (_ ("No single change raises the claimed IID."), "slide-subtitle", 0));
  inovda_gap_analysis_clear (&analysis);

  gtk_widget_add_css_class (table, "slide-list");
  add_slide (deck, "gaps", title, table);
}

static void
add_plan_slide (Deck *deck,
                InovdaScenario *plan)
{
  InovdaCatalogue *catalogue = deck->result->catalogue;
  InovdaRegionYear *region_year = deck->result->region_year;
  g_autoptr (InovdaScenario) steps = inovda_scenario_new (NULL);
  g_autoptr (InovdaScenario) computed = NULL;
  g_autoptr (InovdaWhatIf) final = NULL;
  GtkWidget *table = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *result_line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  g_autofree char *before = score_text (deck->result->score.klaim.iid);
  g_autofree char *after = NULL;
  g_autofree char *outcome = NULL;
  g_autofree char *title = NULL;
  InovdaGapAnalysis analysis = { 0 };

  if (plan == NULL || plan->changes->len == 0)
    plan = computed = inovda_scenario_new_plan (catalogue, region_year, N_PLAN_STEPS);
  inovda_gaps_analyse (catalogue, &region_year->region, &analysis);

  /* Each step shows the IID with it and every step before it. */
  for (guint i = 0; i < plan->changes->len && i < N_PLAN_STEPS; i++)
    {
      const InovdaChange *change = g_ptr_array_index (plan->changes, i);
      g_autofree char *text = inovda_plan_text_change (catalogue, &region_year->region, change);
      g_autofree char *rank = g_strdup_printf ("%u", i + 1);
      g_autofree char *iid = NULL;
      g_autoptr (InovdaChange) copy = inovda_change_deserialize (inovda_change_serialize (change));
      g_autoptr (InovdaWhatIf) what_if = NULL;

      g_ptr_array_add (steps->changes, g_steal_pointer (&copy));
      what_if = inovda_what_if_new (catalogue, region_year, steps);
      iid = score_text (what_if->score.klaim.iid);
      gtk_box_append (GTK_BOX (table), table_row (rank, text, NULL, iid));
    }
  if (plan->changes->len == 0)
    gtk_box_append (GTK_BOX (table), label_new (_ ("No change is planned."), "slide-subtitle", 0));
  if (plan->changes->len > N_PLAN_STEPS)
    {
      guint n_more = plan->changes->len - N_PLAN_STEPS;
      g_autofree char *more = NULL;

      /* Translators: %u is a number of planned changes not listed. */
      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more change", "and %u more changes", n_more),
                              n_more);
      gtk_box_append (GTK_BOX (table), label_new (more, "slide-detail", 0));
    }

  /* The outcome is the whole plan's, as the Akselerasi page shows it. */
  final = inovda_what_if_new (catalogue, region_year, plan);
  after = score_text (final->score.klaim.iid);
  /* Translators: the claimed IID now and after the plan: “52,04 → 55,30”. */
  outcome = g_strdup_printf (_ ("IID %s → %s"), before, after);
  gtk_widget_add_css_class (result_line, "slide-iid-line");
  gtk_widget_add_css_class (result_line, "slide-outcome");
  gtk_box_append (GTK_BOX (result_line), label_new (outcome, "slide-subtitle", 0));
  gtk_box_append (GTK_BOX (result_line), predikat_new (&final->score.klaim));
  gtk_box_append (GTK_BOX (table), result_line);

  if (analysis.next_predikat != NULL && final->score.klaim.iid < analysis.next_band_lower)
    {
      g_autofree char *missing = score_text (analysis.next_band_lower - final->score.klaim.iid);
      g_autofree char *note = NULL;

      /* Translators: the first %s is a number of IID points (“8,97”), the
       * second a predikat (“Sangat Inovatif”); the number of steps
       * chooses the form. */
      note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Still %s points short of %s after this step.",
                                           "Still %s points short of %s after these steps.",
                                           plan->changes->len),
                              missing, analysis.next_predikat);
      gtk_box_append (GTK_BOX (table), label_new (note, "slide-detail", 0));
    }

  gtk_widget_add_css_class (table, "slide-list");
  if (plan->name != NULL)
    title = g_strdup (plan->name);
  else if (analysis.next_predikat != NULL)
    /* Translators: %s is a predikat (“Sangat Inovatif”). */
    title = g_strdup_printf (_ ("The Plan Towards %s"), analysis.next_predikat);
  else
    title = g_strdup (_ ("The Plan"));
  inovda_gap_analysis_clear (&analysis);
  add_slide (deck, "plan", title, table);
}

/**
 * inovda_slides_build:
 * @stack: an empty stack
 * @portfolio: the portfolio, for last year and the regional agencies
 * @result: a scored year without error
 * @plan: (nullable): the changes to present as the plan
 *
 * Adds the slides of the presentation to @stack.
 */
void
inovda_slides_build (GtkStack *stack,
                     InovdaPortfolio *portfolio,
                     InovdaRegionResult *result,
                     InovdaScenario *plan)
{
  Deck deck = { stack, portfolio, result, NULL };

  g_return_if_fail (GTK_IS_STACK (stack));
  g_return_if_fail (INOVDA_IS_PORTFOLIO (portfolio));
  g_return_if_fail (result != NULL && result->error == NULL);

  /* Translators: the line above every slide's title: the region and the
   * assessment year. */
  deck.kicker = g_strdup_printf (_ ("%s · %d"), inovda_region_get_name (result->region), result->year);

  add_title_slide (&deck);
  add_index_slide (&deck);
  add_variables_slide (&deck);
  add_unit_slides (&deck);
  add_top_innovations_slide (&deck);
  add_gaps_slide (&deck);
  add_plan_slide (&deck, plan);

  g_free (deck.kicker);
}
