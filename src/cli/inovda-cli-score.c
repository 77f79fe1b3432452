/* inovda-cli-score.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "inovda-cli-json.h"
#include "inovda-cli.h"
#include "inovda-error.h"
#include "charts/inovda-report.h"
#include "model/inovda-decimal.h"
#include "scoring/inovda-gaps.h"

/* score, check and gaps: the engine's answers for one year. */

typedef struct
{
  InovdaPortfolio *portfolio;
  InovdaCatalogue *catalogue;
  int year;
  GPtrArray *regions; /* InovdaRegionYear* */
} ScoreRun;

static void
score_run_clear (ScoreRun *run)
{
  g_clear_object (&run->portfolio);
  g_clear_pointer (&run->catalogue, inovda_catalogue_unref);
  g_clear_pointer (&run->regions, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ScoreRun, score_run_clear)

/* Opens the portfolio, picks the year and its catalogue, and loads the
 * chosen region or every region. Returns an exit status. */
static int
score_run_load (ScoreRun *run,
                InovdaCliOptions *options)
{
  g_autoptr (GError) error = NULL;
  int status = INOVDA_EXIT_OK;

  if (options->args->len > 0)
    return inovda_cli_usage_error (_ ("Unexpected argument"));

  run->portfolio = inovda_cli_open (options, FALSE, &status);
  if (run->portfolio == NULL)
    return status;

  run->year = options->year != 0 ? options->year : inovda_cli_default_year (run->portfolio);
  run->catalogue = inovda_portfolio_get_catalogue (run->portfolio, run->year, &error);
  if (run->catalogue == NULL)
    return inovda_cli_report_error (options, error);

  run->regions = g_ptr_array_new_with_free_func ((GDestroyNotify) inovda_region_year_unref);
  if (options->region != NULL)
    {
      InovdaRegionYear *region = inovda_portfolio_load_region_year (run->portfolio, run->catalogue,
                                                                    options->region, run->year, &error);
      if (region == NULL)
        return inovda_cli_report_error (options, error);
      g_ptr_array_add (run->regions, region);
    }
  else
    {
      g_autoptr (GListModel) regions = inovda_portfolio_list_regions (run->portfolio, &error);

      if (regions == NULL)
        return inovda_cli_report_error (options, error);
      for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
        {
          g_autoptr (InovdaRegion) region = g_list_model_get_item (regions, i);
          InovdaRegionYear *loaded = inovda_portfolio_load_region_year (run->portfolio, run->catalogue,
                                                                        inovda_region_get_code (region),
                                                                        run->year, &error);
          if (loaded == NULL)
            return inovda_cli_report_error (options, error);
          g_ptr_array_add (run->regions, loaded);
        }
    }
  return INOVDA_EXIT_OK;
}

static void
json_catalogue (InovdaJson *json,
                InovdaCatalogue *catalogue)
{
  inovda_json_begin_object (json, "catalogue");
  inovda_json_int (json, "year", catalogue->year);
  inovda_json_string (json, "status", catalogue->provisional ? "provisional" : "verified");
  inovda_json_end_object (json);
}

/* ---------------------------------------------------------------------- */
/* score                                                                  */

static void
json_projection (InovdaJson *json,
                 const InovdaProjectionResult *result)
{
  inovda_json_hundredths (json, "spd", result->spd);
  inovda_json_hundredths (json, "kematangan_sum", result->kematangan_sum);
  inovda_json_int (json, "innovations_counted", result->counted);
  inovda_json_int (json, "divisor", result->divisor);
  inovda_json_int (json, "yandas_covered", result->yandas_covered);
  inovda_json_hundredths (json, "jumlah", result->jumlah);
  inovda_json_hundredths (json, "sid", result->sid);
  inovda_json_hundredths (json, "total", result->total);
  inovda_json_hundredths (json, "iid", result->iid);
  inovda_json_string (json, "predikat", result->predikat);
}

/* Pads by characters, not bytes, so translated labels line up. */
static void
print_columns (const char *label,
               const char *klaim,
               const char *verifikasi)
{
  g_print ("  %s%*s %*s%s %*s%s\n",
           label, (int) MAX (0, 30 - (glong) g_utf8_strlen (label, -1)), "",
           (int) MAX (0, 20 - (glong) g_utf8_strlen (klaim, -1)), "", klaim,
           (int) MAX (0, 20 - (glong) g_utf8_strlen (verifikasi, -1)), "", verifikasi);
}

static void
print_projection_row (const char *label,
                      gint64 klaim,
                      gint64 verifikasi)
{
  g_autofree char *a = inovda_format_score (klaim);
  g_autofree char *b = inovda_format_score (verifikasi);

  print_columns (label, a, b);
}

static void
print_count_row (const char *label,
                 guint klaim,
                 guint verifikasi)
{
  g_autofree char *a = g_strdup_printf ("%u", klaim);
  g_autofree char *b = g_strdup_printf ("%u", verifikasi);

  print_columns (label, a, b);
}

static void
print_region_score (const InovdaRegionYear *region,
                    const InovdaRegionScore *score)
{
  const InovdaProjectionResult *k = &score->klaim;
  const InovdaProjectionResult *v = &score->verifikasi;
  g_autofree char *yandas_k = g_strdup_printf ("%u/%d", k->yandas_covered, INOVDA_N_YANDAS);
  g_autofree char *yandas_v = g_strdup_printf ("%u/%d", v->yandas_covered, INOVDA_N_YANDAS);

  g_print ("\n%s (%s)\n", region->region.name, region->region.code);
  print_columns ("", _ ("Claimed"), _ ("Verified"));
  print_projection_row (_ ("SPD"), k->spd, v->spd);
  print_projection_row (_ ("Sum of kematangan"), k->kematangan_sum, v->kematangan_sum);
  print_count_row (_ ("Innovations counted"), k->counted, v->counted);
  print_count_row (_ ("Divisor"), k->divisor, v->divisor);
  print_columns (_ ("Yandas urusan covered"), yandas_k, yandas_v);
  print_projection_row (_ ("Skor Jumlah Inovasi"), k->jumlah, v->jumlah);
  print_projection_row (_ ("SID"), k->sid, v->sid);
  print_projection_row (_ ("Total"), k->total, v->total);
  print_projection_row (_ ("IID"), k->iid, v->iid);
  print_columns (_ ("Predikat"), k->predikat, v->predikat);
}

int
inovda_cli_score (InovdaCliOptions *options)
{
  g_auto (ScoreRun) run = { 0 };
  InovdaJson json;
  int status;

  status = score_run_load (&run, options);
  if (status != INOVDA_EXIT_OK)
    return status;

  if (options->json)
    {
      inovda_json_init (&json);
      inovda_json_begin_object (&json, NULL);
      inovda_json_int (&json, "year", run.year);
      json_catalogue (&json, run.catalogue);
      inovda_json_begin_array (&json, "regions");
    }
  else
    {
      if (run.catalogue->provisional)
        /* Translators: the first %d is the assessment year, the second the catalogue year */
        g_print (_ ("Indeks Inovasi Daerah %d (catalogue %d, provisional: some values are inferred)\n"),
                 run.year, run.catalogue->year);
      else
        /* Translators: the first %d is the assessment year, the second the catalogue year */
        g_print (_ ("Indeks Inovasi Daerah %d (catalogue %d)\n"), run.year, run.catalogue->year);
    }

  for (guint i = 0; i < run.regions->len; i++)
    {
      InovdaRegionYear *region = g_ptr_array_index (run.regions, i);
      InovdaRegionScore score;

      inovda_score_region (run.catalogue, &region->region, &score);
      if (options->json)
        {
          inovda_json_begin_object (&json, NULL);
          inovda_json_string (&json, "code", region->region.code);
          inovda_json_string (&json, "name", region->region.name);
          json_projection (&json, &score.klaim);
          inovda_json_begin_object (&json, "verified");
          json_projection (&json, &score.verifikasi);
          inovda_json_end_object (&json);
          inovda_json_end_object (&json);
        }
      else
        print_region_score (region, &score);
      inovda_region_score_clear (&score);
    }

  if (options->json)
    {
      g_autofree char *text = NULL;

      inovda_json_end_array (&json);
      inovda_json_end_object (&json);
      text = inovda_json_finish (&json);
      inovda_cli_print (text);
    }
  return INOVDA_EXIT_OK;
}

/* ---------------------------------------------------------------------- */
/* check                                                                  */

typedef struct
{
  const char *severity; /* "error": not counted; "warning": at risk */
  const char *kind;
  char *innovation;
  char *unit;
  char *indicator;
  char *message;
} Problem;

static void
problem_free (gpointer data)
{
  Problem *problem = data;

  g_free (problem->innovation);
  g_free (problem->unit);
  g_free (problem->indicator);
  g_free (problem->message);
  g_free (problem);
}

static Problem *
problem_new (const char *severity,
             const char *kind,
             const char *innovation,
             const char *unit,
             const char *indicator,
             char *message)
{
  Problem *problem = g_new0 (Problem, 1);

  problem->severity = severity;
  problem->kind = kind;
  problem->innovation = g_strdup (innovation);
  problem->unit = g_strdup (unit);
  problem->indicator = g_strdup (indicator);
  problem->message = message;
  return problem;
}

static void
add_ineligibility (GPtrArray *problems,
                   InovdaCatalogue *catalogue,
                   const InovdaScoreInnovation *innovation,
                   const InovdaInnovationScore *score)
{
  const char *id = innovation->id;

  if (score->ineligible & INOVDA_INELIGIBLE_STATUS)
    g_ptr_array_add (problems, problem_new ("error", "status", id, innovation->unit_code, NULL,
                                            /* Translators: the innovation's name, then its status */
                                            g_strdup_printf (_ ("%s is not counted: its status is %s"),
                                                             innovation->name, inovda_status_get_label (innovation->status))));
  if (score->ineligible & INOVDA_INELIGIBLE_OUTSIDE_WINDOW)
    {
      g_autofree char *implemented = inovda_format_long_iso_date (innovation->waktu_penerapan ? innovation->waktu_penerapan : "—");
      g_autofree char *from = inovda_format_long_iso_date (catalogue->eligible_from ? catalogue->eligible_from : "…");
      g_autofree char *to = inovda_format_long_iso_date (catalogue->eligible_to ? catalogue->eligible_to : "…");

      g_ptr_array_add (problems, problem_new ("error", "window", id, innovation->unit_code, NULL,
                                              /* Translators: the innovation, its implementation date, then the window's first and last day */
                                              g_strdup_printf (_ ("%s is not counted: implemented on %s, outside %s – %s, and no development date inside"),
                                                               innovation->name, implemented, from, to)));
    }
  if (score->ineligible & INOVDA_INELIGIBLE_NO_PENERAPAN_DATE)
    g_ptr_array_add (problems, problem_new ("error", "no-date", id, innovation->unit_code, NULL,
                                            g_strdup_printf (_ ("%s is not counted: the implementation date is missing"),
                                                             innovation->name)));
  if (score->ineligible & INOVDA_INELIGIBLE_RANCANG_BANGUN)
    g_ptr_array_add (problems, problem_new ("error", "rancang-bangun", id, innovation->unit_code, NULL,
                                            /* Translators: the innovation, the words written, the words required */
                                            g_strdup_printf (_ ("%s is not counted: the rancang bangun has %u words, %u are required"),
                                                             innovation->name, innovation->rancang_bangun_words,
                                                             catalogue->rancang_bangun_min_words)));
  if (score->ineligible & INOVDA_INELIGIBLE_MANDATORY_EMPTY && score->first_empty_mandatory >= 0)
    {
      const InovdaIndicator *row = g_ptr_array_index (catalogue->sid, score->first_empty_mandatory);
      g_ptr_array_add (problems, problem_new ("error", "mandatory-empty", id, innovation->unit_code, row->id,
                                              /* Translators: the innovation, the indicator number, the indicator name */
                                              g_strdup_printf (_ ("%s is not counted: mandatory indicator %s %s is empty"),
                                                               innovation->name, row->id, row->name)));
    }
}

static GPtrArray *
collect_problems (ScoreRun *run,
                  InovdaRegionYear *region,
                  const InovdaRegionScore *score)
{
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func (problem_free);
  InovdaCatalogue *catalogue = run->catalogue;
  const InovdaProjectionResult *klaim = &score->klaim;
  g_autoptr (GListModel) units = NULL;

  for (guint i = 0; i < klaim->innovations->len; i++)
    {
      const InovdaInnovationScore *s = &g_array_index (klaim->innovations, InovdaInnovationScore, i);
      const InovdaScoreInnovation *innovation = &region->region.innovations[s->innovation_index];

      if (s->ineligible != 0)
        add_ineligibility (problems, catalogue, innovation, s);
      for (guint k = 0; s->ineligible == 0 && k < catalogue->sid->len; k++)
        if (innovation->evidence_missing[k])
          {
            const InovdaIndicator *row = g_ptr_array_index (catalogue->sid, k);
            g_ptr_array_add (problems, problem_new ("warning", "evidence-missing", innovation->id, innovation->unit_code, row->id,
                                                    /* Translators: the innovation, the indicator number, the level */
                                                    g_strdup_printf (_ ("%s: indicator %s claims level %d without evidence"),
                                                                     innovation->name, row->id, innovation->level[k])));
          }
    }

  for (guint k = 0; k < catalogue->spd->len; k++)
    {
      const InovdaIndicator *row = g_ptr_array_index (catalogue->spd, k);
      if (row->mandatory && region->region.spd_level[k] == 0)
        g_ptr_array_add (problems, problem_new ("warning", "spd-empty", NULL, NULL, row->id,
                                                /* Translators: the indicator number, then its name */
                                                g_strdup_printf (_ ("Mandatory region indicator %s %s has no answer"), row->id, row->name)));
      else if (region->region.spd_level[k] > 0 && region->spd_n_evidence[k] == 0)
        g_ptr_array_add (problems, problem_new ("warning", "evidence-missing", NULL, NULL, row->id,
                                                g_strdup_printf (_ ("Region indicator %s claims level %d without evidence"),
                                                                 row->id, region->region.spd_level[k])));
    }

  if (catalogue->yandas_min > 0 && !klaim->yandas_met)
    {
      GString *missing = g_string_new (NULL);
      guint n;
      const InovdaUrusan *urusan = inovda_urusan_get_all (&n);

      for (guint b = 0; b < INOVDA_N_YANDAS; b++)
        if ((klaim->yandas_mask & (1u << b)) == 0)
          g_string_append_printf (missing, "%s%s %s", missing->len > 0 ? "; " : "", urusan[b].code, urusan[b].name);
      g_ptr_array_add (problems, problem_new ("error", "yandas", NULL, NULL, NULL,
                                              /* Translators: covered count, required count, then the missing urusan */
                                              g_strdup_printf (_ ("Skor Jumlah Inovasi is 0: %u of the %u required basic-service urusan are covered; missing: %s"),
                                                               klaim->yandas_covered, catalogue->yandas_min, missing->str)));
      g_string_free (missing, TRUE);
    }

  if (klaim->counted < catalogue->divisor_floor)
    g_ptr_array_add (problems, problem_new ("warning", "divisor-floor", NULL, NULL, NULL,
                                            /* Translators: innovations counted, then the divisor floor */
                                            g_strdup_printf (_ ("Only %u innovations count; the sum of kematangan is still divided by %u"),
                                                             klaim->counted, catalogue->divisor_floor)));

  units = inovda_portfolio_list_units (run->portfolio, region->region.code, run->year, NULL);
  for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (units, i);
      if (inovda_unit_get_n_innovations (unit) == 0)
        g_ptr_array_add (problems, problem_new ("warning", "unit-without-innovation", NULL,
                                                inovda_unit_get_code (unit), NULL,
                                                /* Translators: the unit's name, then the year */
                                                g_strdup_printf (_ ("%s reported no innovation for %d"),
                                                                 inovda_unit_get_name (unit), run->year)));
    }

  return g_steal_pointer (&problems);
}

int
inovda_cli_check (InovdaCliOptions *options)
{
  g_auto (ScoreRun) run = { 0 };
  InovdaJson json;
  int status;

  status = score_run_load (&run, options);
  if (status != INOVDA_EXIT_OK)
    return status;

  if (options->json)
    {
      inovda_json_init (&json);
      inovda_json_begin_object (&json, NULL);
      inovda_json_int (&json, "year", run.year);
      json_catalogue (&json, run.catalogue);
      inovda_json_begin_array (&json, "regions");
    }

  for (guint i = 0; i < run.regions->len; i++)
    {
      InovdaRegionYear *region = g_ptr_array_index (run.regions, i);
      g_autoptr (GPtrArray) problems = NULL;
      InovdaRegionScore score;
      guint errors = 0;

      inovda_score_region (run.catalogue, &region->region, &score);
      problems = collect_problems (&run, region, &score);
      for (guint p = 0; p < problems->len; p++)
        errors += g_str_equal (((Problem *) g_ptr_array_index (problems, p))->severity, "error");

      if (options->json)
        {
          inovda_json_begin_object (&json, NULL);
          inovda_json_string (&json, "code", region->region.code);
          inovda_json_string (&json, "name", region->region.name);
          inovda_json_int (&json, "innovations", region->region.n_innovations);
          inovda_json_int (&json, "innovations_counted", score.klaim.counted);
          inovda_json_int (&json, "errors", errors);
          inovda_json_int (&json, "warnings", problems->len - errors);
          inovda_json_begin_array (&json, "problems");
          for (guint p = 0; p < problems->len; p++)
            {
              Problem *problem = g_ptr_array_index (problems, p);
              inovda_json_begin_object (&json, NULL);
              inovda_json_string (&json, "severity", problem->severity);
              inovda_json_string (&json, "kind", problem->kind);
              inovda_json_string (&json, "innovation", problem->innovation);
              inovda_json_string (&json, "unit", problem->unit);
              inovda_json_string (&json, "indicator", problem->indicator);
              inovda_json_string (&json, "message", problem->message);
              inovda_json_end_object (&json);
            }
          inovda_json_end_array (&json);
          inovda_json_end_object (&json);
        }
      else
        {
          g_print ("%s (%s) %d\n", region->region.name, region->region.code, run.year);
          /* Translators: innovations counted, innovations reported, problems, warnings */
          g_print (_ ("  %u of %u innovations count; %u problems, %u warnings\n"),
                   score.klaim.counted, region->region.n_innovations, errors, problems->len - errors);
          for (guint p = 0; p < problems->len; p++)
            {
              Problem *problem = g_ptr_array_index (problems, p);
              g_print ("  %s %s\n", g_str_equal (problem->severity, "error") ? "✗" : "!", problem->message);
            }
        }
      inovda_region_score_clear (&score);
    }

  if (options->json)
    {
      g_autofree char *text = NULL;

      inovda_json_end_array (&json);
      inovda_json_end_object (&json);
      text = inovda_json_finish (&json);
      inovda_cli_print (text);
    }
  return INOVDA_EXIT_OK;
}

/* ---------------------------------------------------------------------- */
/* gaps                                                                   */

static const char *
gap_kind_code (InovdaGapKind kind)
{
  switch (kind)
    {
    case INOVDA_GAP_RAISE_SID:
      return "raise-indicator";
    case INOVDA_GAP_MAKE_ELIGIBLE:
      return "make-eligible";
    case INOVDA_GAP_ADD_INNOVATIONS:
      return "add-innovations";
    case INOVDA_GAP_COVER_YANDAS:
      return "cover-yandas";
    case INOVDA_GAP_RAISE_SPD:
      return "raise-region-indicator";
    default:
      g_assert_not_reached ();
    }
}

static char *
describe_gap (InovdaCatalogue *catalogue,
              const InovdaRegionYear *region,
              const InovdaGap *gap)
{
  const InovdaScoreInnovation *innovation = gap->innovation_index >= 0 ? &region->region.innovations[gap->innovation_index] : NULL;
  const InovdaIndicator *row = NULL;

  if (gap->indicator_index >= 0)
    row = g_ptr_array_index (gap->kind == INOVDA_GAP_RAISE_SPD ? catalogue->spd : catalogue->sid, gap->indicator_index);

  switch (gap->kind)
    {
    case INOVDA_GAP_RAISE_SID:
      /* Translators: indicator number and name, the innovation, the current and the new level */
      return g_strdup_printf (_ ("Raise indicator %s (%s) of “%s” from level %d to %d"),
                              row->id, row->name, innovation->name, gap->from_level, gap->to_level);
    case INOVDA_GAP_MAKE_ELIGIBLE:
      return g_strdup_printf (_ ("Complete “%s” so that it counts"), innovation->name);
    case INOVDA_GAP_ADD_INNOVATIONS:
      {
        g_autofree char *kematangan = inovda_format_score (gap->assumed_kematangan);
        /* Translators: the number of innovations, then their assumed kematangan */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Report %u more innovation (assumed kematangan %s) to reach the divisor floor",
                                             "Report %u more innovations (assumed kematangan %s each) to reach the divisor floor",
                                             gap->count),
                                gap->count, kematangan);
      }
    case INOVDA_GAP_COVER_YANDAS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Cover %u more basic-service urusan so Skor Jumlah Inovasi counts",
                                           "Cover %u more basic-service urusan so Skor Jumlah Inovasi counts",
                                           gap->count),
                              gap->count);
    case INOVDA_GAP_RAISE_SPD:
      /* Translators: indicator number and name, the current and the new level */
      return g_strdup_printf (_ ("Raise region indicator %s (%s) from level %d to %d"),
                              row->id, row->name, gap->from_level, gap->to_level);
    default:
      g_assert_not_reached ();
    }
}

int
inovda_cli_gaps (InovdaCliOptions *options)
{
  g_auto (ScoreRun) run = { 0 };
  InovdaGapAnalysis analysis;
  InovdaRegionYear *region;
  InovdaJson json;
  int status;

  if (options->region == NULL)
    return inovda_cli_usage_error (_ ("gaps needs --region CODE"));

  status = score_run_load (&run, options);
  if (status != INOVDA_EXIT_OK)
    return status;

  region = g_ptr_array_index (run.regions, 0);
  inovda_gaps_analyse (run.catalogue, &region->region, &analysis);

  if (options->json)
    {
      g_autofree char *text = NULL;

      inovda_json_init (&json);
      inovda_json_begin_object (&json, NULL);
      inovda_json_int (&json, "year", run.year);
      json_catalogue (&json, run.catalogue);
      inovda_json_begin_object (&json, "region");
      inovda_json_string (&json, "code", region->region.code);
      inovda_json_string (&json, "name", region->region.name);
      inovda_json_end_object (&json);
      inovda_json_hundredths (&json, "iid", analysis.iid);
      inovda_json_string (&json, "predikat", analysis.predikat);
      inovda_json_string (&json, "next_predikat", analysis.next_predikat);
      if (analysis.next_band_lower >= 0)
        inovda_json_hundredths (&json, "next_band_lower", analysis.next_band_lower);
      else
        inovda_json_string (&json, "next_band_lower", NULL);
      inovda_json_hundredths (&json, "points_needed", analysis.points_needed);
      inovda_json_begin_array (&json, "gaps");
      for (guint i = 0; i < analysis.gaps->len; i++)
        {
          const InovdaGap *gap = &g_array_index (analysis.gaps, InovdaGap, i);
          g_autofree char *description = describe_gap (run.catalogue, region, gap);

          inovda_json_begin_object (&json, NULL);
          inovda_json_string (&json, "kind", gap_kind_code (gap->kind));
          inovda_json_string (&json, "innovation",
                              gap->innovation_index >= 0 ? region->region.innovations[gap->innovation_index].id : NULL);
          if (gap->indicator_index >= 0)
            inovda_json_string (&json, "indicator",
                                ((InovdaIndicator *) g_ptr_array_index (gap->kind == INOVDA_GAP_RAISE_SPD ? run.catalogue->spd : run.catalogue->sid,
                                                                        gap->indicator_index))
                                    ->id);
          else
            inovda_json_string (&json, "indicator", NULL);
          inovda_json_int (&json, "from_level", gap->from_level);
          inovda_json_int (&json, "to_level", gap->to_level);
          inovda_json_int (&json, "count", gap->count);
          inovda_json_hundredths (&json, "iid_after", gap->iid_after);
          inovda_json_hundredths (&json, "gain", gap->gain);
          inovda_json_bool (&json, "crosses_band", gap->crosses_band);
          inovda_json_string (&json, "description", description);
          inovda_json_end_object (&json);
        }
      inovda_json_end_array (&json);
      inovda_json_end_object (&json);
      text = inovda_json_finish (&json);
      inovda_cli_print (text);
    }
  else
    {
      g_autofree char *iid = inovda_format_score (analysis.iid);

      /* Translators: region name, year, IID, predikat */
      g_print (_ ("%s %d: IID %s, %s\n"), region->region.name, run.year, iid, analysis.predikat);
      if (analysis.next_predikat != NULL)
        {
          g_autofree char *needed = inovda_format_score (analysis.points_needed);
          /* Translators: the points needed, then the next predikat */
          g_print (_ ("%s more points reach %s\n"), needed, analysis.next_predikat);
        }
      for (guint i = 0; i < analysis.gaps->len; i++)
        {
          const InovdaGap *gap = &g_array_index (analysis.gaps, InovdaGap, i);
          g_autofree char *description = describe_gap (run.catalogue, region, gap);
          g_autofree char *gain = inovda_format_score (gap->gain);

          g_print ("%3u. +%s  %s%s\n", i + 1, gain, description, gap->crosses_band ? " ★" : "");
        }
    }

  inovda_gap_analysis_clear (&analysis);
  return INOVDA_EXIT_OK;
}
