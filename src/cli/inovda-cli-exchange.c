/* inovda-cli-exchange.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "inovda-cli.h"
#include "inovda-error.h"
#include "io/inovda-export.h"
#include "io/inovda-import.h"

/* import, export and template. What this version can read and write is
 * listed once here, so --help and the commands never disagree. */

typedef struct
{
  const char *name; /* --format NAME */
  InovdaExportFormat format;
  gboolean exports;
  gboolean imports;
} ExchangeFormat;

static const ExchangeFormat exchange_formats[] = {
  { "workbook", INOVDA_EXPORT_WORKBOOK, TRUE, TRUE },
  { "ministry-list", INOVDA_EXPORT_MINISTRY_LIST, TRUE, TRUE },
  { "xml", INOVDA_EXPORT_XML, TRUE, TRUE },
};

static const gboolean template_available = TRUE;

static const ExchangeFormat *
find_format (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (exchange_formats); i++)
    if (g_str_equal (exchange_formats[i].name, name))
      return &exchange_formats[i];
  return NULL;
}

static char *
join_formats (gboolean available,
              gboolean imports)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (exchange_formats); i++)
    if ((imports ? exchange_formats[i].imports : exchange_formats[i].exports) == available)
      g_string_append_printf (out, "%s%s", out->len > 0 ? "|" : "", exchange_formats[i].name);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The lines of --help for import, export and template. */
void
inovda_cli_exchange_help (void)
{
  g_autofree char *exports = join_formats (TRUE, FALSE);
  g_autofree char *imports = join_formats (TRUE, TRUE);
  g_autofree char *missing_exports = join_formats (FALSE, FALSE);
  g_autofree char *missing_imports = join_formats (FALSE, TRUE);

  g_print ("  import FILE [--dry-run]             %s\n", _ ("Import a file (format detected from its content)"));
  g_print ("                                      %s %s\n", _ ("Formats:"), imports);
  g_print ("  export FILE [--format %s] [--year Y] [--region CODE]\n", exports);
  if (find_format ("workbook")->exports)
    g_print ("                                      %s\n", _ ("Export the portfolio (default: the Inovda workbook)"));
  else
    g_print ("                                      %s\n", _ ("Export the portfolio (--format is required)"));
  if (template_available)
    {
      g_print ("  template FILE --unit CODE [--region CODE] [--year Y]\n");
      g_print ("                                      %s\n", _ ("Write a unit's pre-filled submission workbook"));
    }
  if (*missing_exports != '\0' || *missing_imports != '\0' || !template_available)
    {
      g_print ("\n%s\n", _ ("Not available in this version yet:"));
      if (*missing_imports != '\0')
        g_print ("  import (%s)\n", missing_imports);
      if (*missing_exports != '\0')
        g_print ("  export --format %s\n", missing_exports);
      if (!template_available)
        g_print ("  template\n");
    }
}

static int
not_available (const char *what)
{
  /* Translators: %s is a command, or a command with its --format */
  g_autofree char *message = g_strdup_printf (_ ("%s is not available in this version yet"), what);
  return inovda_cli_usage_error (message);
}

static int
report_file_error (const char *path,
                   const GError *error)
{
  g_printerr ("%s: %s\n", path, error->message);
  if (error->domain == INOVDA_INPUT_ERROR)
    return INOVDA_EXIT_INVALID_INPUT;
  return INOVDA_EXIT_IO;
}

static const char *
format_label (InovdaImportFormat format)
{
  switch (format)
    {
    case INOVDA_IMPORT_XML:
      return _ ("Inovda XML");
    case INOVDA_IMPORT_WORKBOOK:
      return _ ("Inovda workbook");
    case INOVDA_IMPORT_MINISTRY_LIST:
      return _ ("ministry list");
    default:
      g_return_val_if_reached ("");
    }
}

static const ExchangeFormat *
import_format (InovdaImportFormat format)
{
  switch (format)
    {
    case INOVDA_IMPORT_WORKBOOK:
      return find_format ("workbook");
    case INOVDA_IMPORT_MINISTRY_LIST:
      return find_format ("ministry-list");
    case INOVDA_IMPORT_XML:
    default:
      return find_format ("xml");
    }
}

static void
print_counts (InovdaImport *import)
{
  const InovdaImportCounts *counts = inovda_import_get_counts (import);

  /* Translators: counts of innovations by what the import does to them */
  g_print (_ ("Innovations: %u added, %u updated, %u unchanged, %u rejected\n"),
           counts->innovations[INOVDA_IMPORT_ADDED], counts->innovations[INOVDA_IMPORT_UPDATED],
           counts->innovations[INOVDA_IMPORT_UNCHANGED], counts->innovations[INOVDA_IMPORT_REJECTED]);
  g_print (_ ("Regions: %u added, %u updated; units: %u added, %u updated\n"),
           counts->regions_added, counts->regions_updated, counts->units_added, counts->units_updated);
  g_print (_ ("Assessments: %u added, %u updated; answers: %u added, %u updated, %u unchanged\n"),
           counts->assessments_added, counts->assessments_updated,
           counts->answers_added, counts->answers_updated, counts->answers_unchanged);
  g_print (_ ("Evidence: %u added, %u unchanged; files stored: %u\n"),
           counts->evidence_added, counts->evidence_unchanged, counts->files_added);
}

/* @width: in characters, so that "klaim" and "terverifikasi" line up. */
static void
print_score_change (const char *projection,
                    glong width,
                    const InovdaImportScore scores[2])
{
  g_autofree char *before = inovda_import_score_describe (&scores[0]);
  g_autofree char *after = inovda_import_score_describe (&scores[1]);

  g_print ("    %s%*s %s → %s\n", projection, (int) MAX (0, width - g_utf8_strlen (projection, -1)), "", before, after);
}

/* What the import would do to each region's index. */
static void
print_score_changes (InovdaImport *import)
{
  GPtrArray *changes = inovda_import_get_score_changes (import);
  /* Translators: the IID from the levels the region claims */
  const char *claimed = _ ("claimed");
  /* Translators: the IID from the verified levels */
  const char *verified = _ ("verified");
  glong width = MAX (g_utf8_strlen (claimed, -1), g_utf8_strlen (verified, -1));

  if (changes == NULL)
    return;
  if (changes->len == 0)
    {
      g_print (_ ("The IID of every region stays the same\n"));
      return;
    }
  g_print (_ ("The IID after the import:\n"));
  for (guint i = 0; i < changes->len; i++)
    {
      const InovdaImportScoreChange *change = g_ptr_array_index (changes, i);

      /* Translators: a year, then a region's code and name */
      g_print (_ ("  %d, %s %s\n"), change->year, change->region_code, change->region_name);
      print_score_change (claimed, width, change->klaim);
      if (!inovda_import_score_equal (&change->verified[0], &change->verified[1]))
        print_score_change (verified, width, change->verified);
    }
}

int
inovda_cli_import (InovdaCliOptions *options)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autoptr (GError) error = NULL;
  const char *path;
  GPtrArray *problems, *notes;
  g_autofree char *submission = NULL;
  int status = INOVDA_EXIT_OK;

  if (options->args->len != 1)
    return inovda_cli_usage_error (_ ("import needs one file"));
  path = g_ptr_array_index (options->args, 0);

  portfolio = inovda_cli_open (options, FALSE, &status);
  if (portfolio == NULL)
    return status;

  import = inovda_import_new (portfolio, path);
  if (!inovda_import_run (import, options->dry_run, NULL, &error))
    return report_file_error (path, error);
  if (!import_format (inovda_import_get_format (import))->imports)
    {
      /* Translators: %s is a kind of file, such as "ministry list" */
      g_autofree char *what = g_strdup_printf (_ ("Importing a %s"), format_label (inovda_import_get_format (import)));
      return not_available (what);
    }

  if (inovda_import_get_submission (import) != NULL)
    submission = inovda_import_submission_describe (inovda_import_get_submission (import));
  notes = inovda_import_get_notes (import);
  for (guint i = 0; i < notes->len; i++)
    {
      InovdaImportProblem *note = g_ptr_array_index (notes, i);

      /* Translators: a file path, a place in it such as "Inovasi!AH1", then a message */
      g_printerr (_ ("%s:%s: note: %s\n"), path, note->location != NULL ? note->location : "", note->message);
    }

  problems = inovda_import_get_problems (import);
  if (inovda_import_get_n_problems (import) > 0)
    {
      /* Which rules the problems follow from. */
      if (submission != NULL)
        /* Translators: a file path, then what the file is, as in “Submission of unit … for 2026” */
        g_printerr (_ ("%s: note: %s\n"), path, submission);
      for (guint i = 0; i < problems->len; i++)
        {
          InovdaImportProblem *problem = g_ptr_array_index (problems, i);

          if (problem->location != NULL)
            g_printerr ("%s:%s: %s\n", path, problem->location, problem->message);
          else
            g_printerr ("%s: %s\n", path, problem->message);
        }
      if (inovda_import_get_n_problems (import) > problems->len)
        /* Translators: a file path, then a count */
        g_printerr (_ ("%s: … and %u more problems\n"), path, inovda_import_get_n_problems (import) - problems->len);
      /* Translators: %s is a file path, %u a count */
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s: %u problem; the portfolio was not changed\n",
                               "%s: %u problems; the portfolio was not changed\n", inovda_import_get_n_problems (import)),
                  path, inovda_import_get_n_problems (import));
      return INOVDA_EXIT_INVALID_INPUT;
    }

  if (options->dry_run)
    {
      GPtrArray *items = inovda_import_get_items (import);

      /* Translators: %s is a kind of file, such as "Inovda XML" */
      g_print (_ ("Dry run (%s): nothing was changed\n"), format_label (inovda_import_get_format (import)));
      if (submission != NULL)
        g_print ("%s\n", submission);
      for (guint i = 0; i < items->len; i++)
        {
          InovdaImportItem *item = g_ptr_array_index (items, i);
          g_autofree char *changes = inovda_import_item_describe_changes (item);

          if (item->outcome == INOVDA_IMPORT_UNCHANGED)
            continue;
          g_print ("  %-10s %s  %s", inovda_import_outcome_to_label (item->outcome),
                   /* Translators: in place of the id of an innovation a file adds without one */
                   item->new_uid ? _ ("(new)") : item->uid,
                   item->name != NULL ? item->name : "");
          if (changes != NULL)
            g_print ("  (%s)", changes);
          g_print ("\n");
        }
      print_score_changes (import);
    }
  else
    {
      /* Translators: a kind of file, then a file path */
      g_print (_ ("Imported the %s %s\n"), format_label (inovda_import_get_format (import)), path);
      if (submission != NULL)
        g_print ("%s\n", submission);
    }
  print_counts (import);
  return INOVDA_EXIT_OK;
}

int
inovda_cli_export (InovdaCliOptions *options)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;
  InovdaExportOptions export = { options->region, options->year, TRUE };
  const char *path;
  const ExchangeFormat *format = find_format (options->format != NULL ? options->format : "workbook");
  int status = INOVDA_EXIT_OK;
  gboolean ok;

  if (options->args->len != 1)
    return inovda_cli_usage_error (_ ("export needs one file"));
  path = g_ptr_array_index (options->args, 0);
  if (format == NULL)
    return inovda_cli_usage_error (_ ("--format needs workbook, ministry-list or xml"));
  if (!format->exports)
    {
      g_autofree char *what = g_strdup_printf ("export --format %s", format->name);
      return not_available (what);
    }

  portfolio = inovda_cli_open (options, FALSE, &status);
  if (portfolio == NULL)
    return status;

  switch (format->format)
    {
    case INOVDA_EXPORT_XML:
      ok = inovda_export_xml (portfolio, path, &export, NULL, &error);
      break;
    case INOVDA_EXPORT_MINISTRY_LIST:
      ok = inovda_export_ministry_list (portfolio, path, &export, NULL, &error);
      break;
    case INOVDA_EXPORT_WORKBOOK:
    default:
      ok = inovda_export_workbook (portfolio, path, &export, NULL, &error);
      break;
    }
  if (!ok)
    return report_file_error (path, error);

  /* Translators: %s is a file path */
  g_print (_ ("Exported %s\n"), path);
  return INOVDA_EXIT_OK;
}

/* The region of a unit code, when only one region has it. */
static char *
region_of_unit (InovdaPortfolio *portfolio,
                const char *unit_code,
                int *status)
{
  g_autoptr (GListModel) regions = inovda_portfolio_list_regions (portfolio, NULL);
  g_autoptr (GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; regions != NULL && i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr (InovdaRegion) region = g_list_model_get_item (regions, i);
      g_autoptr (InovdaUnit) unit = inovda_portfolio_find_unit (portfolio, inovda_region_get_code (region), unit_code, NULL);

      if (unit != NULL)
        g_ptr_array_add (found, g_strdup (inovda_region_get_code (region)));
    }
  if (found->len == 1)
    return g_strdup (g_ptr_array_index (found, 0));

  if (found->len == 0)
    {
      /* Translators: %s is the code of a perangkat daerah */
      g_printerr (_ ("inovda-cli: no region has a unit with the code %s\n"), unit_code);
      *status = INOVDA_EXIT_INVALID_INPUT;
    }
  else
    {
      g_autofree char *message = NULL;
      g_autofree char *codes = NULL;

      g_ptr_array_add (found, NULL);
      codes = g_strjoinv (", ", (char **) found->pdata);
      /* Translators: the code of a perangkat daerah, then kode wilayah */
      message = g_strdup_printf (_ ("Several regions have a unit %s (%s): choose one with --region"), unit_code, codes);
      *status = inovda_cli_usage_error (message);
    }
  return NULL;
}

int
inovda_cli_template (InovdaCliOptions *options)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *region = NULL;
  const char *path;
  int status = INOVDA_EXIT_OK;
  int year;

  if (!template_available)
    return not_available ("template");
  if (options->args->len != 1)
    return inovda_cli_usage_error (_ ("template needs one file"));
  if (options->unit == NULL)
    return inovda_cli_usage_error (_ ("template needs --unit CODE"));
  path = g_ptr_array_index (options->args, 0);

  portfolio = inovda_cli_open (options, FALSE, &status);
  if (portfolio == NULL)
    return status;

  region = options->region != NULL ? g_strdup (options->region) : region_of_unit (portfolio, options->unit, &status);
  if (region == NULL)
    return status;
  year = options->year != 0 ? options->year : inovda_cli_default_year (portfolio);

  if (!inovda_export_template (portfolio, path, region, options->unit, year, NULL, &error))
    return report_file_error (path, error);

  /* Translators: a file path, the code of a perangkat daerah, then a year */
  g_print (_ ("Wrote the submission workbook %s for %s, year %d\n"), path, options->unit, year);
  return INOVDA_EXIT_OK;
}
