/* inovda-summary-page.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-summary-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "inovda-chart-view.h"
#include "inovda-columns.h"
#include "inovda-error.h"
#include "inovda-radar-charts.h"
#include "inovda-summary-page.h"
#include "inovda-ui-format.h"
#include "inovda-ui-layout.h"

#include "model/inovda-decimal.h"

#define N_GAPS_SHOWN 5
#define N_UNITS_SHOWN 8

struct _InovdaSummaryPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkStack *stack;
  AdwStatusPage *empty_status;
  AdwStatusPage *error_status;
  GtkLabel *region_label;
  GtkLabel *context_label;
  GtkWidget *provisional_note;
  GtkLabel *provisional_note_label;
  GtkLabel *klaim_iid_label;
  GtkLabel *klaim_predikat_label;
  GtkLabel *klaim_total_label;
  GtkLabel *verifikasi_iid_label;
  GtkLabel *verifikasi_predikat_label;
  GtkLabel *verifikasi_total_label;
  AdwActionRow *spd_row;
  GtkLabel *spd_value_label;
  GtkLevelBar *spd_level_bar;
  AdwActionRow *kematangan_row;
  GtkLabel *kematangan_value_label;
  GtkLevelBar *kematangan_level_bar;
  AdwActionRow *jumlah_row;
  GtkLabel *jumlah_value_label;
  GtkLevelBar *jumlah_level_bar;
  AdwActionRow *ineligible_row;
  GtkLabel *ineligible_value_label;
  AdwActionRow *at_risk_row;
  GtkLabel *at_risk_value_label;
  AdwPreferencesGroup *yandas_group;
  AdwPreferencesGroup *gaps_group;
  AdwPreferencesGroup *units_group;
  InovdaColumns *columns;
  InovdaChartView *chart_view;

  /* Borrowed: rows this page adds to the groups */
  AdwActionRow *yandas_rows[INOVDA_N_YANDAS];
  GtkImage *yandas_icons[INOVDA_N_YANDAS];
  GtkLabel *yandas_counts[INOVDA_N_YANDAS];
  GPtrArray *gap_rows;
  GPtrArray *unit_rows;
};

G_DEFINE_FINAL_TYPE (InovdaSummaryPage, inovda_summary_page, ADW_TYPE_BIN)

/* ------------------------------------------------------------------------ */

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static AdwActionRow *
add_row (AdwPreferencesGroup *group,
         GPtrArray *rows,
         const char *title,
         const char *subtitle)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  /* Innovation and unit names are plain text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (row, subtitle);
  inovda_ui_wrap_labels_fast (GTK_WIDGET (row));
  adw_preferences_group_add (group, GTK_WIDGET (row));
  g_ptr_array_add (rows, row);
  return row;
}

static void
set_value_against_maximum (GtkLabel *label,
                           GtkLevelBar *level_bar,
                           gint64 value,
                           gint64 maximum)
{
  g_autofree char *value_text = inovda_format_score (value);
  g_autofree char *maximum_text = inovda_format_score (maximum);
  g_autofree char *text = NULL;

  /* Translators: a score against its maximum, such as “42,00 of 63,00”. */
  text = g_strdup_printf (_ ("%s of %s"), value_text, maximum_text);
  gtk_label_set_label (label, text);

  gtk_level_bar_set_max_value (level_bar, MAX (maximum, 1) / (double) INOVDA_SCORE_SCALE);
  gtk_level_bar_set_value (level_bar, CLAMP (value, 0, MAX (maximum, 1)) / (double) INOVDA_SCORE_SCALE);
}

static void
set_predikat (GtkLabel *label,
              const char *predikat,
              int band)
{
  static const char *const classes[] = {
    "predikat-top",
    "predikat-middle",
    "predikat-low",
    "predikat-none",
  };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (label), inovda_ui_predikat_style_class (band));

  /* The ministry's own words, in every language. */
  gtk_label_set_label (label, predikat != NULL ? predikat : INOVDA_PREDIKAT_TIDAK_DAPAT_DINILAI);
}

static void
show_projection (InovdaCatalogue *catalogue,
                 const InovdaProjectionResult *projection,
                 GtkLabel *iid_label,
                 GtkLabel *predikat_label,
                 GtkLabel *total_label)
{
  g_autofree char *iid = inovda_format_score (projection->iid);
  g_autofree char *total = inovda_format_score (projection->total);
  g_autofree char *maximum = inovda_format_score (catalogue->max_total);
  g_autofree char *text = NULL;

  gtk_label_set_label (iid_label, iid);
  set_predikat (predikat_label, projection->predikat, projection->band);

  /* Translators: the first two %s are the total score and its maximum
   * (“129,28”, “250,00”), %u the number of innovations counted. Two lines,
   * so that the narrow card never breaks the count from its noun. */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Total score %s of %s\n%u innovation counted",
                                       "Total score %s of %s\n%u innovations counted",
                                       projection->counted),
                          total, maximum, projection->counted);
  gtk_label_set_label (total_label, text);
}

static void
show_header (InovdaSummaryPage *self,
             InovdaRegionResult *result)
{
  InovdaRegion *region = result->region;
  const InovdaScoreRegion *scored = &result->region_year->region;
  guint n_reported = 0;
  g_autofree char *context = NULL;

  /* A draft is not reported yet. */
  for (guint i = 0; i < scored->n_innovations; i++)
    n_reported += scored->innovations[i].status != INOVDA_STATUS_DRAF;

  gtk_label_set_label (self->region_label, inovda_region_get_name (region));

  /* Translators: the first %s is the kind of region (Province, Regency,
   * City), the second its official code (kode wilayah), %d the assessment
   * year and %u the number of innovations reported for that year. */
  context = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%s · region code %s · Assessment year %d · %u innovation reported",
                                          "%s · region code %s · Assessment year %d · %u innovations reported",
                                          n_reported),
                             inovda_region_level_get_label (inovda_region_get_level (region)),
                             inovda_region_get_code (region),
                             result->year,
                             n_reported);
  gtk_label_set_label (self->context_label, context);
}

static void
show_provisional_note (InovdaSummaryPage *self,
                       InovdaCatalogue *catalogue)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GString) indicators = g_string_new (NULL);
  g_autoptr (GString) tooltip = g_string_new (NULL);
  guint n_inferred = catalogue->inferred != NULL ? catalogue->inferred->len : 0;

  gtk_widget_set_visible (self->provisional_note, catalogue->provisional);
  if (!catalogue->provisional)
    return;

  for (guint i = 0; i < n_inferred; i++)
    {
      const InovdaInference *inference = g_ptr_array_index (catalogue->inferred, i);

      if (g_str_has_prefix (inference->key, "indicator:"))
        {
          if (indicators->len > 0)
            g_string_append (indicators, ", ");
          g_string_append (indicators, inference->key + strlen ("indicator:"));
        }
      if (inference->description != NULL)
        {
          if (tooltip->len > 0)
            g_string_append (tooltip, "\n\n");
          g_string_append (tooltip, inference->description);
        }
    }

  /* Translators: %d is an assessment year, %u a number of values. */
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "The %d methodology is provisional: %u value is inferred from public sources, so scores may change when the ministry publishes its guide.",
                                       "The %d methodology is provisional: %u values are inferred from public sources, so scores may change when the ministry publishes its guide.",
                                       n_inferred),
                          catalogue->year, n_inferred);
  if (indicators->len > 0)
    {
      g_string_append_c (text, ' ');
      /* Translators: %s is a list of indicator numbers, “3, 4, 5a”. */
      g_string_append_printf (text, _ ("Inferred indicators: %s."), indicators->str);
    }

  gtk_label_set_label (self->provisional_note_label, text->str);
  gtk_widget_set_tooltip_text (self->provisional_note, tooltip->len > 0 ? tooltip->str : NULL);
}

static void
show_breakdown (InovdaSummaryPage *self,
                InovdaRegionResult *result)
{
  InovdaCatalogue *catalogue = result->catalogue;
  const InovdaProjectionResult *klaim = &result->score.klaim;
  const InovdaScoreRegion *region = &result->region_year->region;
  g_autofree char *subtitle = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *factor = NULL;
  g_autofree char *count = NULL;
  gint64 average;
  guint answered = 0;
  guint n_status = 0;
  guint n_rules = 0;

  for (guint i = 0; i < catalogue->spd->len && i < INOVDA_MAX_INDICATORS; i++)
    if (region->spd_level[i] > 0)
      answered++;

  set_value_against_maximum (self->spd_value_label, self->spd_level_bar,
                             klaim->spd, inovda_catalogue_max_spd (catalogue));
  /* Translators: numbers of region indicator rows. */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u row answered",
                                           "%u of %u rows answered",
                                           catalogue->spd->len),
                              answered, catalogue->spd->len);
  adw_action_row_set_subtitle (self->spd_row, subtitle);
  g_clear_pointer (&subtitle, g_free);

  average = klaim->divisor > 0 ? inovda_decimal_div_half_up (klaim->kematangan_sum, klaim->divisor) : 0;
  set_value_against_maximum (self->kematangan_value_label, self->kematangan_level_bar,
                             average, inovda_catalogue_max_kematangan (catalogue));
  sum = inovda_format_score (klaim->kematangan_sum);
  /* Translators: “Sum of maturity 700,00 ÷ 12: 8 innovations counted, at
   * least 12”. The first %s is a score, the first %u the divisor MAX(D, n),
   * the second the number of innovations counted, the third D. */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Sum of maturity %s ÷ %u: %u innovation counted, divided by at least %u",
                                           "Sum of maturity %s ÷ %u: %u innovations counted, divided by at least %u",
                                           klaim->counted),
                              sum, klaim->divisor, klaim->counted, catalogue->divisor_floor);
  adw_action_row_set_subtitle (self->kematangan_row, subtitle);
  g_clear_pointer (&subtitle, g_free);

  set_value_against_maximum (self->jumlah_value_label, self->jumlah_level_bar,
                             klaim->jumlah, inovda_catalogue_max_jumlah (catalogue));
  factor = inovda_format_score (catalogue->jumlah_factor);
  if (catalogue->yandas_min > 0 && !klaim->yandas_met)
    /* Translators: %u is how many of the six basic-service affairs must be
     * covered. */
    subtitle = g_strdup_printf (_ ("Zero until at least %u of the six basic-service affairs are covered"),
                                catalogue->yandas_min);
  else
    /* Translators: %s is a factor (“0,38”), %u the cap (200). */
    subtitle = g_strdup_printf (_ ("%s per counted innovation, for at most %u innovations"),
                                factor, catalogue->jumlah_cap);
  adw_action_row_set_subtitle (self->jumlah_row, subtitle);
  g_clear_pointer (&subtitle, g_free);

  for (guint i = 0; klaim->innovations != NULL && i < klaim->innovations->len; i++)
    {
      const InovdaInnovationScore *score = &g_array_index (klaim->innovations, InovdaInnovationScore, i);

      if (score->ineligible & ~INOVDA_INELIGIBLE_STATUS)
        n_rules++;
      else if (score->ineligible != 0)
        n_status++;
    }

  count = g_strdup_printf ("%u", n_rules + n_status);
  gtk_label_set_label (self->ineligible_value_label, count);
  if (klaim->innovations == NULL || klaim->innovations->len == 0)
    /* Translators: %d is the assessment year */
    subtitle = g_strdup_printf (_ ("No innovation is reported for %d"), result->year);
  else if (n_rules + n_status == 0)
    subtitle = g_strdup (_ ("Every reported innovation is counted"));
  else
    {
      g_autofree char *rules = NULL;
      g_autofree char *status = NULL;

      /* Translators: part of “2 fail an eligibility rule; 1 is a draft or
       * rejected”. */
      rules = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u fails an eligibility rule",
                                            "%u fail an eligibility rule",
                                            n_rules),
                               n_rules);
      status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u is a draft or rejected",
                                             "%u are drafts or rejected",
                                             n_status),
                                n_status);
      /* Translators: joins the two counts above. */
      subtitle = g_strdup_printf (_ ("%s; %s"), rules, status);
    }
  adw_action_row_set_subtitle (self->ineligible_row, subtitle);
}

/* What the verification may refuse: claimed levels without evidence, in
 * the innovations counted in the IID. */
static void
show_at_risk (InovdaSummaryPage *self,
              InovdaRegionResult *result)
{
  const InovdaProjectionResult *klaim = &result->score.klaim;
  g_autofree char *subtitle = NULL;
  g_autofree char *count = NULL;
  guint n_at_risk = 0;
  guint n_innovations = 0;

  for (guint i = 0; klaim->innovations != NULL && i < klaim->innovations->len; i++)
    {
      const InovdaInnovationScore *score = &g_array_index (klaim->innovations, InovdaInnovationScore, i);

      if (score->n_at_risk > 0)
        {
          n_at_risk += score->n_at_risk;
          n_innovations++;
        }
    }
  count = inovda_format_count (n_at_risk);
  gtk_label_set_label (self->at_risk_value_label, count);
  if (klaim->counted == 0)
    subtitle = g_strdup (_ ("No innovation is counted yet"));
  else if (n_at_risk == 0)
    subtitle = g_strdup (_ ("Every claimed level has evidence"));
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             /* Translators: %u is a number of innovations */
                                             "In %u innovation; the verification may refuse them",
                                             "In %u innovations; the verification may refuse them",
                                             n_innovations),
                                n_innovations);
  adw_action_row_set_subtitle (self->at_risk_row, subtitle);
}

static void
show_yandas (InovdaSummaryPage *self,
             InovdaRegionResult *result)
{
  InovdaCatalogue *catalogue = result->catalogue;
  const InovdaProjectionResult *klaim = &result->score.klaim;
  const InovdaScoreRegion *region = &result->region_year->region;
  guint counts[INOVDA_N_YANDAS] = { 0 };
  g_autofree char *description = NULL;

  for (guint i = 0; i < region->n_innovations; i++)
    {
      const InovdaInnovationScore *score =
          inovda_region_result_get_innovation_score (result, INOVDA_PROJECTION_KLAIM, i);
      guint bit = inovda_urusan_yandas_bit (region->innovations[i].urusan_utama);

      if (score == NULL || score->ineligible != 0 || bit == 0)
        continue;
      for (guint k = 0; k < INOVDA_N_YANDAS; k++)
        if (bit == 1u << k)
          counts[k]++;
    }

  for (guint k = 0; k < INOVDA_N_YANDAS; k++)
    {
      gboolean covered = (klaim->yandas_mask & (1u << k)) != 0;
      g_autofree char *count = NULL;

      gtk_image_set_from_icon_name (self->yandas_icons[k],
                                    covered ? "emblem-ok-symbolic" : "window-close-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->yandas_icons[k]), covered ? "error" : "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->yandas_icons[k]), covered ? "success" : "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->yandas_icons[k]),
                                   covered ? _ ("Covered") : _ ("Not covered"));

      /* Translators: the number of counted innovations of one urusan. */
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u innovation",
                                            "%u innovations",
                                            counts[k]),
                               counts[k]);
      gtk_label_set_label (self->yandas_counts[k], count);
    }

  if (catalogue->yandas_min > 0)
    /* Translators: “4 of the 6 covered by a counted innovation; the Skor
     * Jumlah Inovasi needs at least 5.” */
    description = g_strdup_printf (_ ("%u of the 6 covered by a counted innovation; the Skor Jumlah Inovasi needs at least %u."),
                                   klaim->yandas_covered, catalogue->yandas_min);
  else
    description = g_strdup_printf (_ ("%u of the 6 covered by a counted innovation."),
                                   klaim->yandas_covered);
  adw_preferences_group_set_description (self->yandas_group, description);
}

static void
set_row_action (AdwActionRow *row,
                const char *action_name,
                GVariant *target)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* The target first: a name without it fails the action's type check. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action_name);
  adw_action_row_add_suffix (row, gtk_image_new_from_icon_name ("go-next-symbolic"));
}

/* Where the change a gap row proposes is made. */
static void
link_gap_row (AdwActionRow *row,
              InovdaRegionResult *result,
              const InovdaGap *gap)
{
  const gint64 *ids = result->region_year->innovation_ids;
  InovdaIndicator *indicator = NULL;

  if (gap->kind == INOVDA_GAP_RAISE_SID && gap->indicator_index >= 0)
    indicator = g_ptr_array_index (result->catalogue->sid, gap->indicator_index);
  if ((gap->kind == INOVDA_GAP_RAISE_SID || gap->kind == INOVDA_GAP_MAKE_ELIGIBLE) && gap->innovation_index < 0)
    return;

  switch (gap->kind)
    {
    case INOVDA_GAP_RAISE_SID:
      if (indicator != NULL)
        set_row_action (row, "win.show-innovation-indicator",
                        g_variant_new ("(xs)", ids[gap->innovation_index], indicator->id));
      break;
    case INOVDA_GAP_MAKE_ELIGIBLE:
      set_row_action (row, "win.show-innovation-problem", g_variant_new_int64 (ids[gap->innovation_index]));
      break;
    case INOVDA_GAP_ADD_INNOVATIONS:
    case INOVDA_GAP_COVER_YANDAS:
      set_row_action (row, "win.show-section", g_variant_new_string ("innovations"));
      break;
    case INOVDA_GAP_RAISE_SPD:
      if (gap->indicator_index >= 0)
        {
          InovdaIndicator *spd = g_ptr_array_index (result->catalogue->spd, gap->indicator_index);

          set_row_action (row, "win.show-region-indicator", g_variant_new_string (spd->id));
        }
      break;
    default:
      break;
    }
}

static void
show_gaps (InovdaSummaryPage *self,
           InovdaRegionResult *result)
{
  InovdaCatalogue *catalogue = result->catalogue;
  const InovdaScoreRegion *region = &result->region_year->region;
  InovdaGapAnalysis analysis = { 0 };
  g_autofree char *description = NULL;

  clear_rows (self->gaps_group, self->gap_rows);
  inovda_gaps_analyse (catalogue, region, &analysis);

  if (result->score.klaim.counted == 0)
    /* Translators: %d is the assessment year */
    description = g_strdup_printf (_ ("Without a counted innovation the region cannot be assessed for %d. The single changes that gain the most:"),
                                   result->year);
  else if (analysis.next_predikat != NULL)
    {
      g_autofree char *points = inovda_format_score (analysis.points_needed);

      /* Translators: the first %s is a number of IID points (“3,30”), the
       * second a predikat (“Sangat Inovatif”). */
      description = g_strdup_printf (_ ("%s IID points are missing to reach %s. The single changes that gain the most:"),
                                     points, analysis.next_predikat);
    }
  else
    description = g_strdup (_ ("The claimed IID is already in the highest predikat band. The single changes that still gain the most:"));
  adw_preferences_group_set_description (self->gaps_group, description);

  for (guint i = 0; analysis.gaps != NULL && i < analysis.gaps->len && i < N_GAPS_SHOWN; i++)
    {
      const InovdaGap *gap = &g_array_index (analysis.gaps, InovdaGap, i);
      g_autofree char *title = inovda_ui_describe_gap (catalogue, region, gap);
      g_autofree char *details = inovda_ui_describe_gap_details (catalogue, region, &result->score.klaim, gap);
      g_autofree char *subtitle = NULL;

      if (title == NULL)
        continue;

      if (gap->crosses_band && analysis.next_predikat != NULL)
        {
          g_autofree char *reaches = NULL;

          /* Translators: %s is a predikat (“Sangat Inovatif”). */
          reaches = g_strdup_printf (_ ("Reaches %s"), analysis.next_predikat);
          subtitle = details != NULL ? g_strdup_printf ("%s\n%s", reaches, details) : g_steal_pointer (&reaches);
        }
      else
        subtitle = g_steal_pointer (&details);

      link_gap_row (add_row (self->gaps_group, self->gap_rows, title, subtitle), result, gap);
    }

  if (self->gap_rows->len == 0)
    add_row (self->gaps_group, self->gap_rows, _ ("No single change raises the claimed IID"), NULL);

  inovda_gap_analysis_clear (&analysis);
}

static void
show_units (InovdaSummaryPage *self,
            InovdaPortfolio *portfolio,
            InovdaRegionResult *result)
{
  g_autoptr (GListModel) units = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *description = NULL;
  guint n_units;
  guint n_unreported = 0;
  guint n_shown;

  clear_rows (self->units_group, self->unit_rows);

  units = inovda_portfolio_list_units (portfolio, inovda_region_get_code (result->region), result->year, &error);
  if (units == NULL)
    {
      adw_preferences_group_set_description (self->units_group, error->message);
      return;
    }

  n_units = g_list_model_get_n_items (units);
  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (units, i);

      if (inovda_unit_get_n_innovations (unit) == 0)
        n_unreported++;
    }

  /* A row saying “1 more” would take the room of the agency it hides. */
  n_shown = n_unreported > N_UNITS_SHOWN + 1 ? N_UNITS_SHOWN : n_unreported;
  for (guint i = 0, n_listed = 0; i < n_units && n_listed < n_shown; i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (units, i);

      if (inovda_unit_get_n_innovations (unit) > 0)
        continue;
      set_row_action (add_row (self->units_group, self->unit_rows,
                               inovda_unit_get_name (unit), inovda_unit_get_code (unit)),
                      "win.show-unit-innovations", g_variant_new_string (inovda_unit_get_code (unit)));
      n_listed++;
    }

  if (n_unreported > n_shown)
    {
      g_autofree char *more = NULL;
      AdwActionRow *row;

      /* Translators: %u is a number of regional agencies not listed. */
      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u more regional agency",
                                           "%u more regional agencies",
                                           n_unreported - n_shown),
                              n_unreported - n_shown);
      row = add_row (self->units_group, self->unit_rows, more, NULL);
      set_row_action (row, "win.show-section", g_variant_new_string ("units"));
    }

  if (n_units == 0)
    description = g_strdup (_ ("No regional agencies are recorded for this region."));
  else if (n_unreported == 0)
    /* Translators: %u is a number of regional agencies, %d a year. */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "The %u regional agency reported an innovation for %d.",
                                                "All %u regional agencies reported at least one innovation for %d.",
                                                n_units),
                                   n_units, result->year);
  else
    /* Translators: “3 of 12 regional agencies have not reported an
     * innovation for 2026; each must report at least one.” */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u of %u regional agency has not reported an innovation for %d; each must report at least one.",
                                                "%u of %u regional agencies have not reported an innovation for %d; each must report at least one.",
                                                n_units),
                                   n_unreported, n_units, result->year);
  adw_preferences_group_set_description (self->units_group, description);
}

static void
show_chart (InovdaSummaryPage *self,
            InovdaPortfolio *portfolio,
            InovdaRegionResult *result)
{
  g_autoptr (InovdaRadarChart) chart = inovda_radar_charts_variables (portfolio, result, NULL);
  InovdaRadarSubject subject = { INOVDA_SCOPE_REGION };
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  /* The page's heading names the region and the year; a saved chart names
   * them itself, as inovda-cli's does. */
  subject.region_name = inovda_region_get_name (result->region);
  subject.year = result->year;
  subject.n_counted = result->score.klaim.counted;
  inovda_radar_chart_dup_subject_titles (inovda_radar_chart_get_level (chart), &subject, &title, &subtitle);
  inovda_chart_view_set_chart (self->chart_view, chart);
  inovda_chart_view_set_document_titles (self->chart_view, title, subtitle);
}

static void
show_error (InovdaSummaryPage *self,
            InovdaRegionResult *result)
{
  g_autofree char *title = NULL;

  if (g_error_matches (result->error, INOVDA_CATALOGUE_ERROR, INOVDA_CATALOGUE_ERROR_NOT_FOUND))
    /* Translators: %d is an assessment year. */
    title = g_strdup_printf (_ ("No Methodology for %d"), result->year);
  else
    title = g_strdup (_ ("This Year Cannot Be Scored"));

  adw_status_page_set_title (self->error_status, title);
  adw_status_page_set_description (self->error_status, result->error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
build_yandas_rows (InovdaSummaryPage *self)
{
  guint n_urusan;
  const InovdaUrusan *urusan = inovda_urusan_get_all (&n_urusan);

  for (guint k = 0; k < INOVDA_N_YANDAS && k < n_urusan; k++)
    {
      g_autofree char *title = g_strdup_printf ("%s %s", urusan[k].code, urusan[k].name);
      AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
      GtkWidget *icon = gtk_image_new ();
      GtkWidget *count = gtk_label_new (NULL);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_add_prefix (row, icon);
      gtk_widget_add_css_class (count, "dim-label");
      gtk_widget_add_css_class (count, "numeric");
      adw_action_row_add_suffix (row, count);
      adw_preferences_group_add (self->yandas_group, GTK_WIDGET (row));

      self->yandas_rows[k] = row;
      self->yandas_icons[k] = GTK_IMAGE (icon);
      self->yandas_counts[k] = GTK_LABEL (count);
    }
}

/* ------------------------------------------------------------------------ */

static void
inovda_summary_page_finalize (GObject *object)
{
  InovdaSummaryPage *self = INOVDA_SUMMARY_PAGE (object);

  g_clear_pointer (&self->gap_rows, g_ptr_array_unref);
  g_clear_pointer (&self->unit_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (inovda_summary_page_parent_class)->finalize (object);
}

static void
inovda_summary_page_class_init (InovdaSummaryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = inovda_summary_page_finalize;

  gtk_widget_class_set_css_name (widget_class, "inovdasummarypage");
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-summary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, stack);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, empty_status);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, error_status);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, region_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, context_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, provisional_note);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, provisional_note_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, klaim_iid_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, klaim_predikat_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, klaim_total_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, verifikasi_iid_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, verifikasi_predikat_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, verifikasi_total_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, spd_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, spd_value_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, spd_level_bar);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, kematangan_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, kematangan_value_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, kematangan_level_bar);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, jumlah_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, jumlah_value_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, jumlah_level_bar);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, ineligible_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, ineligible_value_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, at_risk_row);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, at_risk_value_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, yandas_group);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, gaps_group);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, units_group);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, columns);
  gtk_widget_class_bind_template_child (widget_class, InovdaSummaryPage, chart_view);

  g_type_ensure (INOVDA_TYPE_CHART_VIEW);
  g_type_ensure (INOVDA_TYPE_COLUMNS);
}

static void
inovda_summary_page_init (InovdaSummaryPage *self)
{
  GtkLevelBar *level_bars[3];

  gtk_widget_init_template (GTK_WIDGET (self));

  self->gap_rows = g_ptr_array_new ();
  self->unit_rows = g_ptr_array_new ();

  /* The bars show a share of a maximum, not a good or bad range. */
  level_bars[0] = self->spd_level_bar;
  level_bars[1] = self->kematangan_level_bar;
  level_bars[2] = self->jumlah_level_bar;
  for (guint i = 0; i < G_N_ELEMENTS (level_bars); i++)
    {
      gtk_level_bar_remove_offset_value (level_bars[i], GTK_LEVEL_BAR_OFFSET_LOW);
      gtk_level_bar_remove_offset_value (level_bars[i], GTK_LEVEL_BAR_OFFSET_HIGH);
      gtk_level_bar_remove_offset_value (level_bars[i], GTK_LEVEL_BAR_OFFSET_FULL);
    }

  build_yandas_rows (self);
  inovda_ui_wrap_labels_fast (GTK_WIDGET (self));
}

/**
 * inovda_summary_page_show:
 * @self: a summary page
 * @portfolio: (nullable): the portfolio
 * @result: (nullable): the region's scored year, %NULL when there is no region
 *
 * Shows @result, or the empty state without a region.
 */
void
inovda_summary_page_show (InovdaSummaryPage *self,
                          InovdaPortfolio *portfolio,
                          InovdaRegionResult *result)
{
  g_return_if_fail (INOVDA_IS_SUMMARY_PAGE (self));
  g_return_if_fail (portfolio == NULL || INOVDA_IS_PORTFOLIO (portfolio));

  if (portfolio == NULL || result == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  if (result->error != NULL)
    {
      show_error (self, result);
      return;
    }

  show_header (self, result);
  show_provisional_note (self, result->catalogue);
  show_projection (result->catalogue, &result->score.klaim,
                   self->klaim_iid_label, self->klaim_predikat_label, self->klaim_total_label);
  show_projection (result->catalogue, &result->score.verifikasi,
                   self->verifikasi_iid_label, self->verifikasi_predikat_label, self->verifikasi_total_label);
  show_breakdown (self, result);
  show_at_risk (self, result);
  show_chart (self, portfolio, result);
  show_yandas (self, result);
  show_gaps (self, result);
  show_units (self, portfolio, result);

  gtk_stack_set_visible_child_name (self->stack, "summary");
}
