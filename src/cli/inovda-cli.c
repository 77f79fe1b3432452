/* inovda-cli.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>

#include "inovda-cli.h"
#include "inovda-error.h"

typedef int (*CommandFunc) (InovdaCliOptions *options);

typedef struct
{
  const char *name;
  CommandFunc run;
} Command;

static const Command commands[] = {
  { "init", inovda_cli_init },
  { "demo", inovda_cli_demo },
  { "catalogue", inovda_cli_catalogue },
  { "score", inovda_cli_score },
  { "check", inovda_cli_check },
  { "gaps", inovda_cli_gaps },
  { "chart", inovda_cli_chart },
  { "report", inovda_cli_report },
  { "import", inovda_cli_import },
  { "export", inovda_cli_export },
  { "template", inovda_cli_template },
};

static void
print_help (void)
{
  g_print ("%s\n\n", _ ("Usage: inovda-cli [--db FILE] COMMAND [OPTIONS]"));
  g_print ("%s\n", _ ("Keep a region's innovation portfolio and compute its Indeks Inovasi Daerah."));
  g_print ("\n%s\n", _ ("Commands:"));
  g_print ("  init                                %s\n", _ ("Create the portfolio file"));
  g_print ("  demo [--replace]                    %s\n", _ ("Add the demo region (Kalimantan Selatan)"));
  g_print ("  catalogue list                      %s\n", _ ("List the methodology catalogues"));
  g_print ("  catalogue show YEAR                 %s\n", _ ("Show one year's indicators, weights and bands"));
  g_print ("  catalogue import FILE               %s\n", _ ("Store a catalogue file in the portfolio"));
  g_print ("  score [--year Y] [--region CODE] [--json]\n");
  g_print ("                                      %s\n", _ ("Compute SPD, SID, IID and predikat"));
  g_print ("  check [--year Y] [--region CODE] [--json]\n");
  g_print ("                                      %s\n", _ ("List what keeps innovations from counting"));
  g_print ("  gaps --region CODE [--year Y] [--json]\n");
  g_print ("                                      %s\n", _ ("Rank the single changes that raise the IID"));
  g_print ("  chart OUT.(png|svg|pdf) --region CODE [--unit CODE | --innovation ID]\n");
  g_print ("        [--year Y] [--compare Y2] [--level indicators|variables] [--size WxH]\n");
  g_print ("                                      %s\n", _ ("Draw a radar chart of the variables or indicators"));
  g_print ("  report OUT.pdf --region CODE [--year Y]\n");
  g_print ("                                      %s\n", _ ("Write the region's PDF report"));
  inovda_cli_exchange_help ();
  g_print ("\n%s\n", _ ("Options:"));
  g_print ("  --db FILE      %s\n", _ ("The portfolio (default: the application's portfolio)"));
  g_print ("  --help         %s\n", _ ("Show this help"));
  g_print ("  --version      %s\n", _ ("Show the version"));
  g_print ("\n%s\n", _ ("Exit status: 0 success, 1 usage, 2 invalid input, 3 input/output or database failure."));
}

static gboolean
take_value (int argc,
            char **argv,
            int *i,
            const char *name,
            char **value)
{
  const char *arg = argv[*i];
  gsize len = strlen (name);

  if (g_str_has_prefix (arg, name) && arg[len] == '=')
    {
      *value = g_strdup (arg + len + 1);
      return TRUE;
    }
  if (g_str_equal (arg, name))
    {
      if (*i + 1 >= argc)
        return FALSE;
      *value = g_strdup (argv[++*i]);
      return TRUE;
    }
  return FALSE;
}

static gboolean
matches_option (const char *arg,
                const char *name)
{
  gsize len = strlen (name);
  return g_str_has_prefix (arg, name) && (arg[len] == '\0' || arg[len] == '=');
}

int
main (int argc,
      char *argv[])
{
  InovdaCliOptions options = { 0 };
  g_autoptr (GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *db = NULL;
  g_autofree char *region = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *innovation = NULL;
  g_autofree char *level = NULL;
  g_autofree char *size = NULL;
  g_autofree char *format = NULL;
  const char *command = NULL;
  gboolean positional_only = FALSE;

  setlocale (LC_ALL, "");
  /* INOVDA_LOCALEDIR lets a build run uninstalled in the user's language. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("INOVDA_LOCALEDIR") ? g_getenv ("INOVDA_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];
      g_autofree char *value = NULL;

      if (positional_only || arg[0] != '-' || g_str_equal (arg, "-"))
        {
          if (command == NULL)
            command = arg;
          else
            g_ptr_array_add (args, g_strdup (arg));
          continue;
        }

      if (g_str_equal (arg, "--"))
        positional_only = TRUE;
      else if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h"))
        {
          print_help ();
          return INOVDA_EXIT_OK;
        }
      else if (g_str_equal (arg, "--version"))
        {
          g_print ("inovda-cli %s\n", PACKAGE_VERSION);
          return INOVDA_EXIT_OK;
        }
      else if (g_str_equal (arg, "--json"))
        options.json = TRUE;
      else if (g_str_equal (arg, "--replace"))
        options.replace = TRUE;
      else if (g_str_equal (arg, "--dry-run"))
        options.dry_run = TRUE;
      else if (matches_option (arg, "--format"))
        {
          g_clear_pointer (&format, g_free);
          if (!take_value (argc, argv, &i, "--format", &format) ||
              !(g_str_equal (format, "workbook") || g_str_equal (format, "ministry-list") || g_str_equal (format, "xml")))
            return inovda_cli_usage_error (_ ("--format needs workbook, ministry-list or xml"));
        }
      else if (matches_option (arg, "--db"))
        {
          g_free (db);
          db = NULL;
          if (!take_value (argc, argv, &i, "--db", &db) || *db == '\0')
            return inovda_cli_usage_error (_ ("--db needs a file"));
        }
      else if (matches_option (arg, "--region"))
        {
          g_free (region);
          region = NULL;
          if (!take_value (argc, argv, &i, "--region", &region) || *region == '\0')
            return inovda_cli_usage_error (_ ("--region needs a kode wilayah such as 63"));
        }
      else if (matches_option (arg, "--year"))
        {
          char *end = NULL;
          gint64 year;

          if (!take_value (argc, argv, &i, "--year", &value))
            return inovda_cli_usage_error (_ ("--year needs a year such as 2026"));
          year = g_ascii_strtoll (value, &end, 10);
          if (end == value || *end != '\0' || year < 2000 || year > 2100)
            return inovda_cli_usage_error (_ ("--year needs a year such as 2026"));
          options.year = (int) year;
        }
      else if (matches_option (arg, "--compare"))
        {
          char *end = NULL;
          gint64 year;

          if (!take_value (argc, argv, &i, "--compare", &value))
            return inovda_cli_usage_error (_ ("--compare needs a year such as 2025"));
          year = g_ascii_strtoll (value, &end, 10);
          if (end == value || *end != '\0' || year < 2000 || year > 2100)
            return inovda_cli_usage_error (_ ("--compare needs a year such as 2025"));
          options.compare = (int) year;
        }
      else if (matches_option (arg, "--unit"))
        {
          g_clear_pointer (&unit, g_free);
          if (!take_value (argc, argv, &i, "--unit", &unit) || *unit == '\0')
            return inovda_cli_usage_error (_ ("--unit needs the code of a perangkat daerah"));
        }
      else if (matches_option (arg, "--innovation"))
        {
          g_clear_pointer (&innovation, g_free);
          if (!take_value (argc, argv, &i, "--innovation", &innovation) || *innovation == '\0')
            return inovda_cli_usage_error (_ ("--innovation needs the id of an innovation"));
        }
      else if (matches_option (arg, "--level"))
        {
          g_clear_pointer (&level, g_free);
          if (!take_value (argc, argv, &i, "--level", &level) ||
              !(g_str_equal (level, "indicators") || g_str_equal (level, "variables")))
            return inovda_cli_usage_error (_ ("--level needs “indicators” or “variables”"));
        }
      else if (matches_option (arg, "--size"))
        {
          g_clear_pointer (&size, g_free);
          if (!take_value (argc, argv, &i, "--size", &size))
            return inovda_cli_usage_error (_ ("--size needs a size such as 1200x900"));
        }
      else
        {
          /* Translators: %s is a command-line option */
          g_autofree char *message = g_strdup_printf (_ ("Unknown option %s"), arg);
          return inovda_cli_usage_error (message);
        }
    }

  if (command == NULL)
    return inovda_cli_usage_error (_ ("No command given"));

  options.db = db != NULL ? db : inovda_portfolio_default_path ();
  if (db == NULL)
    db = options.db;
  options.region = region;
  options.unit = unit;
  options.innovation = innovation;
  options.level = level;
  options.size = size;
  options.format = format;
  options.args = args;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, command))
      return commands[i].run (&options);

  {
    /* Translators: %s is what the user typed as a command */
    g_autofree char *message = g_strdup_printf (_ ("Unknown command %s"), command);
    return inovda_cli_usage_error (message);
  }
}

/* ---------------------------------------------------------------------- */
/* Shared helpers                                                         */

int
inovda_cli_usage_error (const char *message)
{
  g_printerr ("inovda-cli: %s\n", message);
  g_printerr ("%s\n", _ ("Try “inovda-cli --help”."));
  return INOVDA_EXIT_USAGE;
}

/* Prints the error as FILE: message and returns the exit status it means. */
int
inovda_cli_report_error (InovdaCliOptions *options,
                         const GError *error)
{
  g_printerr ("%s: %s\n", options->db, error->message);
  if (error->domain == INOVDA_INPUT_ERROR || error->domain == INOVDA_CATALOGUE_ERROR)
    return INOVDA_EXIT_INVALID_INPUT;
  return INOVDA_EXIT_IO;
}

/* Opens the portfolio. Only @create commands make a new file; the others
 * refuse a path where there is none. */
InovdaPortfolio *
inovda_cli_open (InovdaCliOptions *options,
                 gboolean create,
                 int *exit_status)
{
  g_autoptr (GError) error = NULL;
  InovdaPortfolio *portfolio;
  g_autofree char *default_path = inovda_portfolio_default_path ();

  if (!create && !g_file_test (options->db, G_FILE_TEST_IS_REGULAR))
    {
      /* Translators: %s is a file path */
      g_printerr (_ ("%s: no portfolio here; create one with “inovda-cli --db %s init”\n"), options->db, options->db);
      *exit_status = INOVDA_EXIT_IO;
      return NULL;
    }

  /* Only the application's own folder is made on demand. */
  if (create && g_str_equal (options->db, default_path))
    portfolio = inovda_portfolio_open_default (&error);
  else
    portfolio = inovda_portfolio_open (options->db, &error);
  if (portfolio == NULL)
    *exit_status = inovda_cli_report_error (options, error);
  return portfolio;
}

static gint
compare_int (gconstpointer a,
             gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* The newest year with assessments that has a catalogue, else the newest
 * catalogue year. */
int
inovda_cli_default_year (InovdaPortfolio *portfolio)
{
  g_autoptr (GArray) years = inovda_portfolio_list_years (portfolio);
  g_autoptr (GArray) catalogues = inovda_portfolio_list_catalogue_years (portfolio);

  g_array_sort (years, compare_int);
  for (guint i = years->len; i > 0; i--)
    for (guint j = 0; j < catalogues->len; j++)
      if (g_array_index (years, int, i - 1) == g_array_index (catalogues, int, j))
        return g_array_index (years, int, i - 1);
  return catalogues->len > 0 ? g_array_index (catalogues, int, catalogues->len - 1) : 0;
}

void
inovda_cli_print (const char *text)
{
  fputs (text, stdout);
}
