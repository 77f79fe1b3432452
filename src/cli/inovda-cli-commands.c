/* inovda-cli-commands.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "inovda-cli.h"
#include "inovda-error.h"
#include "model/inovda-decimal.h"
#include "storage/inovda-demo.h"

/* init, demo and catalogue. */

int
inovda_cli_init (InovdaCliOptions *options)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  gboolean existed = g_file_test (options->db, G_FILE_TEST_EXISTS);
  int status = INOVDA_EXIT_OK;

  if (options->args->len > 0)
    return inovda_cli_usage_error (_ ("init takes no arguments"));

  portfolio = inovda_cli_open (options, TRUE, &status);
  if (portfolio == NULL)
    return status;

  if (existed)
    /* Translators: %s is a file path */
    g_print (_ ("The portfolio %s is ready\n"), options->db);
  else
    g_print (_ ("Created the portfolio %s\n"), options->db);
  return INOVDA_EXIT_OK;
}

int
inovda_cli_demo (InovdaCliOptions *options)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;
  int status = INOVDA_EXIT_OK;

  if (options->args->len > 0)
    return inovda_cli_usage_error (_ ("demo takes no arguments"));

  portfolio = inovda_cli_open (options, TRUE, &status);
  if (portfolio == NULL)
    return status;

  if (!inovda_demo_populate (portfolio, options->replace, &error))
    return inovda_cli_report_error (options, error);

  g_print ("%s\n", _ ("Added the demo region Provinsi Kalimantan Selatan (fictional innovations)"));
  return INOVDA_EXIT_OK;
}

static void
print_catalogue (InovdaCatalogue *catalogue)
{
  g_autofree char *max_total = inovda_format_score (catalogue->max_total);
  g_autofree char *factor = inovda_format_score (catalogue->jumlah_factor);
  GPtrArray *aspects[] = { catalogue->spd, catalogue->sid };
  const char *aspect_titles[] = { _ ("Region indicators (SPD)"), _ ("Innovation indicators (SID)") };

  g_print ("%s\n", catalogue->title ? catalogue->title : "");
  if (catalogue->provisional)
    g_print ("%s\n", _ ("Provisional: some values are inferred (marked *)"));
  if (catalogue->source != NULL)
    g_print ("%s %s\n", _ ("Source:"), catalogue->source);
  g_print ("\n");
  g_print ("%-32s %u\n", _ ("Divisor floor"), catalogue->divisor_floor);
  g_print ("%-32s %s × MIN(n, %u)\n", _ ("Skor Jumlah Inovasi"), factor, catalogue->jumlah_cap);
  if (catalogue->yandas_min > 0)
    g_print ("%-32s %u / %d\n", _ ("Yandas urusan required"), catalogue->yandas_min, INOVDA_N_YANDAS);
  g_print ("%-32s %s\n", _ ("Maximum total"), max_total);
  g_print ("%-32s %u\n", _ ("Rancang bangun minimum words"), catalogue->rancang_bangun_min_words);
  if (catalogue->eligible_from != NULL || catalogue->eligible_to != NULL)
    g_print ("%-32s %s – %s\n", _ ("Implementation window"),
             catalogue->eligible_from ? catalogue->eligible_from : "…",
             catalogue->eligible_to ? catalogue->eligible_to : "…");
  for (guint i = 0; i < catalogue->bands->len; i++)
    {
      const InovdaPredikatBand *band = g_ptr_array_index (catalogue->bands, i);
      g_autofree char *lower = inovda_format_score (band->lower);
      g_print ("%-32s ≥ %s\n", band->label, lower);
    }

  for (guint a = 0; a < G_N_ELEMENTS (aspects); a++)
    {
      g_print ("\n%s\n", aspect_titles[a]);
      for (guint i = 0; i < aspects[a]->len; i++)
        {
          const InovdaIndicator *row = g_ptr_array_index (aspects[a], i);
          g_autofree char *weight = inovda_format_score (row->weight);

          g_print ("  %-4s %-6s %s%s%s\n", row->id, weight, row->name,
                   row->mandatory ? " (W)" : "", row->provisional ? " *" : "");
        }
    }
  for (guint i = 0; i < catalogue->inferred->len; i++)
    {
      const InovdaInference *inference = g_ptr_array_index (catalogue->inferred, i);
      if (i == 0)
        g_print ("\n%s\n", _ ("Inferred values:"));
      g_print ("  %s: %s\n", inference->key, inference->description);
    }
}

static int
catalogue_list (InovdaCliOptions *options,
                InovdaPortfolio *portfolio)
{
  g_autoptr (GArray) years = inovda_portfolio_list_catalogue_years (portfolio);

  for (guint i = 0; i < years->len; i++)
    {
      int year = g_array_index (years, int, i);
      g_autoptr (GError) error = NULL;
      g_autoptr (InovdaCatalogue) catalogue = inovda_portfolio_get_catalogue (portfolio, year, &error);

      if (catalogue == NULL)
        return inovda_cli_report_error (options, error);
      g_print ("%d  %-12s %s\n", year,
               catalogue->provisional ? _ ("provisional") : _ ("verified"),
               catalogue->title ? catalogue->title : "");
    }
  return INOVDA_EXIT_OK;
}

static int
catalogue_import (InovdaCliOptions *options,
                  InovdaPortfolio *portfolio,
                  const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr (GBytes) xml = g_file_load_bytes (file, NULL, NULL, &error);
  g_autofree char *name = g_path_get_basename (path);
  int year = 0;

  if (xml == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return INOVDA_EXIT_IO;
    }
  if (!inovda_portfolio_import_catalogue (portfolio, xml, name, &year, &error))
    {
      /* Catalogue errors carry their own location: FILE:LINE: message */
      g_printerr ("%s\n", error->message);
      return error->domain == INOVDA_STORAGE_ERROR ? INOVDA_EXIT_IO : INOVDA_EXIT_INVALID_INPUT;
    }
  /* Translators: %d is a year */
  g_print (_ ("Stored the catalogue for %d in the portfolio\n"), year);
  return INOVDA_EXIT_OK;
}

int
inovda_cli_catalogue (InovdaCliOptions *options)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  const char *action = options->args->len > 0 ? g_ptr_array_index (options->args, 0) : NULL;
  int status = INOVDA_EXIT_OK;

  if (g_strcmp0 (action, "list") == 0 && options->args->len == 1)
    {
      portfolio = inovda_cli_open (options, TRUE, &status);
      return portfolio != NULL ? catalogue_list (options, portfolio) : status;
    }

  if (g_strcmp0 (action, "show") == 0 && options->args->len == 2)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (InovdaCatalogue) catalogue = NULL;
      const char *text = g_ptr_array_index (options->args, 1);
      char *end = NULL;
      gint64 year = g_ascii_strtoll (text, &end, 10);

      if (end == text || *end != '\0')
        return inovda_cli_usage_error (_ ("catalogue show needs a year such as 2026"));
      portfolio = inovda_cli_open (options, TRUE, &status);
      if (portfolio == NULL)
        return status;
      catalogue = inovda_portfolio_get_catalogue (portfolio, (int) year, &error);
      if (catalogue == NULL)
        return inovda_cli_report_error (options, error);
      print_catalogue (catalogue);
      return INOVDA_EXIT_OK;
    }

  if (g_strcmp0 (action, "import") == 0 && options->args->len == 2)
    {
      portfolio = inovda_cli_open (options, TRUE, &status);
      if (portfolio == NULL)
        return status;
      return catalogue_import (options, portfolio, g_ptr_array_index (options->args, 1));
    }

  return inovda_cli_usage_error (_ ("Use “catalogue list”, “catalogue show YEAR” or “catalogue import FILE”"));
}
