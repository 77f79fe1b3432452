/* inovda-cli-charts.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "charts/inovda-chart-export.h"
#include "charts/inovda-report.h"
#include "io/inovda-report-export.h"
#include "inovda-cli.h"
#include "inovda-error.h"

/* chart and report: the radar charts and the PDF report, headless. */

#define DEFAULT_WIDTH 1200
#define DEFAULT_HEIGHT 900
#define MIN_SIZE 100
#define MAX_SIZE 10000

typedef struct
{
  InovdaCatalogue *catalogue;
  InovdaRegionYear *region;
  InovdaRegionScore score;
  gboolean scored;
} Year;

static void
year_clear (Year *year)
{
  if (year->scored)
    inovda_region_score_clear (&year->score);
  g_clear_pointer (&year->region, inovda_region_year_unref);
  g_clear_pointer (&year->catalogue, inovda_catalogue_unref);
  year->scored = FALSE;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Year, year_clear)

static int
invalid_input (const char *message)
{
  g_printerr ("inovda-cli: %s\n", message);
  return INOVDA_EXIT_INVALID_INPUT;
}

/* Loads and scores one region in one year. Returns an exit status. */
static int
year_load (Year *year,
           InovdaCliOptions *options,
           InovdaPortfolio *portfolio,
           int number)
{
  g_autoptr (GError) error = NULL;

  year->catalogue = inovda_portfolio_get_catalogue (portfolio, number, &error);
  if (year->catalogue == NULL)
    return inovda_cli_report_error (options, error);
  year->region = inovda_portfolio_load_region_year (portfolio, year->catalogue, options->region, number, &error);
  if (year->region == NULL)
    return inovda_cli_report_error (options, error);
  inovda_score_region (year->catalogue, &year->region->region, &year->score);
  year->scored = TRUE;
  return INOVDA_EXIT_OK;
}

/* "1200x900", optionally "@2x" for a PNG at twice the pixels. */
static gboolean
parse_size (const char *text,
            int *width,
            int *height,
            int *scale)
{
  g_auto (GStrv) parts = g_strsplit (text, "@", 2);
  g_auto (GStrv) dimensions = NULL;
  gint64 w, h;

  *scale = 1;
  if (parts[0] == NULL)
    return FALSE;
  if (parts[1] != NULL)
    {
      if (g_str_equal (parts[1], "2x"))
        *scale = 2;
      else if (!g_str_equal (parts[1], "1x"))
        return FALSE;
    }
  dimensions = g_strsplit_set (parts[0], "xX", 3);
  if (g_strv_length (dimensions) != 2 ||
      !g_ascii_string_to_signed (dimensions[0], 10, MIN_SIZE, MAX_SIZE, &w, NULL) ||
      !g_ascii_string_to_signed (dimensions[1], 10, MIN_SIZE, MAX_SIZE, &h, NULL))
    return FALSE;
  *width = (int) w;
  *height = (int) h;
  return TRUE;
}

static int
find_innovation (const InovdaRegionYear *region,
                 const char *id)
{
  for (guint i = 0; i < region->region.n_innovations; i++)
    if (g_strcmp0 (region->region.innovations[i].id, id) == 0)
      return (int) i;
  return -1;
}

static gboolean
innovation_verified (const InovdaScoreInnovation *innovation)
{
  for (guint k = 0; k < INOVDA_MAX_INDICATORS; k++)
    if (innovation->verified_level[k] != INOVDA_LEVEL_UNVERIFIED)
      return TRUE;
  return FALSE;
}

static char *
series_label (int year,
              gboolean verified)
{
  /* Translators: a chart series: the assessment year, verified levels */
  return g_strdup_printf (verified ? _ ("%d, verified") : _ ("%d, claimed"), year);
}

/* The comparison year shows its verified result, the official one, unless
 * nothing in the scope was verified that year. */
static void
add_year_series (InovdaRadarChart *chart,
                 Year *year,
                 int number,
                 const InovdaScope *scope,
                 gboolean with_claimed)
{
  const InovdaScoreRegion *region = &year->region->region;
  g_autofree char *claimed = series_label (number, FALSE);
  g_autofree char *verified = series_label (number, TRUE);
  gboolean has_verified;

  if (scope->kind == INOVDA_SCOPE_INNOVATION)
    has_verified = innovation_verified (&region->innovations[scope->innovation_index]);
  else
    {
      InovdaShare values[INOVDA_MAX_INDICATORS];
      has_verified = inovda_normalize_indicators (year->catalogue, region, &year->score.verifikasi,
                                                  INOVDA_PROJECTION_VERIFIKASI, scope, values) > 0;
    }

  if (with_claimed || !has_verified)
    inovda_radar_chart_add_scored_series (chart, year->catalogue, region, &year->score.klaim,
                                          INOVDA_PROJECTION_KLAIM, scope, claimed);
  if (has_verified)
    inovda_radar_chart_add_scored_series (chart, year->catalogue, region, &year->score.verifikasi,
                                          INOVDA_PROJECTION_VERIFIKASI, scope, verified);
}

int
inovda_cli_chart (InovdaCliOptions *options)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaRadarChart) chart = NULL;
  g_autoptr (InovdaUnit) unit = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (Year) current = { 0 };
  g_auto (Year) compared = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  InovdaRadarSubject subject = { INOVDA_SCOPE_REGION };
  InovdaChartFormat format;
  InovdaChartStyle style;
  InovdaScope scope = { INOVDA_SCOPE_REGION, NULL, 0 };
  InovdaRadarLevel level;
  const char *out;
  int width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT, scale = 1;
  int status = INOVDA_EXIT_OK;
  int year;

  if (options->args->len != 1)
    return inovda_cli_usage_error (_ ("chart needs one output file: OUT.png, OUT.svg or OUT.pdf"));
  out = g_ptr_array_index (options->args, 0);
  if (!inovda_chart_format_from_path (out, &format))
    return inovda_cli_usage_error (_ ("The output file must end in .png, .svg or .pdf"));
  if (options->region == NULL)
    return inovda_cli_usage_error (_ ("chart needs --region CODE"));
  if (options->unit != NULL && options->innovation != NULL)
    return inovda_cli_usage_error (_ ("Give --unit or --innovation, not both"));
  if (options->size != NULL && !parse_size (options->size, &width, &height, &scale))
    {
      /* Translators: the size given; the limits follow in the message */
      g_autofree char *message = g_strdup_printf (_ ("Invalid size %s: give WIDTHxHEIGHT in pixels, each from %d to %d, such as 1200x900"),
                                                  options->size, MIN_SIZE, MAX_SIZE);
      return invalid_input (message);
    }

  portfolio = inovda_cli_open (options, FALSE, &status);
  if (portfolio == NULL)
    return status;
  year = options->year != 0 ? options->year : inovda_cli_default_year (portfolio);
  status = year_load (&current, options, portfolio, year);
  if (status != INOVDA_EXIT_OK)
    return status;
  subject.region_name = current.region->region.name;
  subject.year = year;
  subject.n_counted = current.score.klaim.counted;

  if (options->unit != NULL)
    {
      unit = inovda_portfolio_find_unit (portfolio, options->region, options->unit, &error);
      if (unit == NULL)
        return inovda_cli_report_error (options, error);
      scope.kind = INOVDA_SCOPE_UNIT;
      scope.unit_code = inovda_unit_get_code (unit);
      subject.kind = INOVDA_SCOPE_UNIT;
      subject.unit_name = inovda_unit_get_name (unit);
    }
  else if (options->innovation != NULL)
    {
      int index = find_innovation (current.region, options->innovation);

      if (index < 0)
        {
          /* Translators: an innovation id, the region code, then the year */
          g_autofree char *message = g_strdup_printf (_ ("No innovation %s is assessed in region %s in %d"),
                                                      options->innovation, options->region, year);
          return invalid_input (message);
        }
      scope.kind = INOVDA_SCOPE_INNOVATION;
      scope.innovation_index = (guint) index;
      unit = inovda_portfolio_find_unit (portfolio, options->region, current.region->region.innovations[index].unit_code, NULL);
      subject.kind = INOVDA_SCOPE_INNOVATION;
      subject.innovation_name = current.region->region.innovations[index].name;
      subject.unit_name = unit != NULL ? inovda_unit_get_name (unit) : current.region->region.innovations[index].unit_code;
    }

  if (options->level != NULL)
    level = g_str_equal (options->level, "indicators") ? INOVDA_RADAR_INDICATORS : INOVDA_RADAR_VARIABLES;
  else
    level = scope.kind == INOVDA_SCOPE_REGION ? INOVDA_RADAR_VARIABLES : INOVDA_RADAR_INDICATORS;

  inovda_radar_chart_dup_subject_titles (level, &subject, &title, &subtitle);
  chart = inovda_radar_chart_new_for_catalogue (current.catalogue, level, scope.kind, title, subtitle);
  add_year_series (chart, &current, year, &scope, TRUE);

  if (options->compare != 0)
    {
      InovdaScope compared_scope = scope;

      status = year_load (&compared, options, portfolio, options->compare);
      if (status != INOVDA_EXIT_OK)
        return status;
      if (scope.kind == INOVDA_SCOPE_INNOVATION)
        {
          int index = find_innovation (compared.region, options->innovation);

          if (index < 0)
            {
              /* Translators: an innovation id, then the year compared with */
              g_autofree char *message = g_strdup_printf (_ ("Innovation %s has no assessment in %d to compare with"),
                                                          options->innovation, options->compare);
              return invalid_input (message);
            }
          compared_scope.innovation_index = (guint) index;
        }
      add_year_series (chart, &compared, options->compare, &compared_scope, FALSE);
    }

  inovda_chart_style_init (&style, FALSE);
  if (!inovda_portfolio_check_output (portfolio, out, &error))
    return invalid_input (error->message);
  if (!inovda_chart_export_radar (chart, &style, format, width, height, scale, out, &error))
    {
      g_printerr ("inovda-cli: %s\n", error->message);
      return INOVDA_EXIT_IO;
    }
  /* Translators: a file path */
  g_print (_ ("Wrote %s\n"), out);
  return INOVDA_EXIT_OK;
}

int
inovda_cli_report (InovdaCliOptions *options)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;
  const char *out;
  int status = INOVDA_EXIT_OK;
  int year;

  if (options->args->len != 1)
    return inovda_cli_usage_error (_ ("report needs one output file: OUT.pdf"));
  out = g_ptr_array_index (options->args, 0);
  if (!g_str_has_suffix (out, ".pdf") && !g_str_has_suffix (out, ".PDF"))
    return inovda_cli_usage_error (_ ("The report is a PDF: the output file must end in .pdf"));
  if (options->region == NULL)
    return inovda_cli_usage_error (_ ("report needs --region CODE"));

  portfolio = inovda_cli_open (options, FALSE, &status);
  if (portfolio == NULL)
    return status;
  year = options->year != 0 ? options->year : inovda_cli_default_year (portfolio);

  if (!inovda_export_report (portfolio, options->region, year, out, &error))
    {
      if (error->domain == INOVDA_INPUT_ERROR || error->domain == INOVDA_CATALOGUE_ERROR)
        return inovda_cli_report_error (options, error);
      g_printerr ("inovda-cli: %s\n", error->message);
      return INOVDA_EXIT_IO;
    }
  g_print (_ ("Wrote %s\n"), out);
  return INOVDA_EXIT_OK;
}
