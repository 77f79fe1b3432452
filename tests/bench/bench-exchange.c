/* bench-exchange.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The exchange benchmark: import, export, their floors and the peers on
 * the national dataset of bench-generate-national.
 *
 *   bench-exchange run PREFIX [--half PREFIX] [--work DIR] [--repeat N]
 *                      [--no-peers] [--peer-timeout S]
 *
 * runs every step in its own child process (so each peak RSS is that
 * step's own, from wait4) and prints the table and the ratios against
 * the budgets of the architecture ("Budgets"). The steps can also be run
 * alone:
 *
 *   bench-exchange import FILE DB      our import into an empty portfolio
 *   bench-exchange floor FILE          open the workbook and stream-parse the
 *                                      sheets the import reads, no-op callback
 *   bench-exchange xml-floor FILE      the XML file through xmlTextReader with
 *                                      the import's options, nothing kept
 *   bench-exchange export DB OUT       our export to the Inovda workbook
 *   bench-exchange export-xml DB OUT   our export to the Inovda XML
 *   bench-exchange cells FILE CELLS    (preparation, not timed) every cell of
 *                                      the workbook into a flat file
 *   bench-exchange bare CELLS OUT      a bare libxlsxwriter loop writing those
 *                                      cells (constant_memory)
 */

#define G_LOG_DOMAIN "bench-exchange"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <libxml/xmlreader.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "io/inovda-export.h"
#include "io/inovda-import.h"
#include "io/inovda-spreadsheet.h"
#include "storage/inovda-portfolio.h"

/* The sheets the importer reads. */
static const char *const data_sheets[] = {
  "Perangkat Daerah",
  "Inovasi",
  "Indikator SID",
  "Indikator SPD",
  "Bukti",
};

static void
remove_portfolio (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      g_unlink (name);
    }
}

/* ------------------------------------------------------------------------ */
/* Steps                                                                    */

static int
step_import (const char *file,
             const char *db)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autoptr (GError) error = NULL;
  const InovdaImportCounts *counts;

  remove_portfolio (db);
  portfolio = inovda_portfolio_open (db, &error);
  if (portfolio == NULL)
    {
      g_printerr ("%s: %s\n", db, error->message);
      return 3;
    }
  import = inovda_import_new (portfolio, file);
  if (!inovda_import_run (import, FALSE, NULL, &error))
    {
      g_printerr ("%s: %s\n", file, error->message);
      return 3;
    }
  if (!inovda_import_get_applied (import))
    {
      GPtrArray *problems = inovda_import_get_problems (import);

      g_printerr ("%s: %u problems, nothing imported\n", file, inovda_import_get_n_problems (import));
      for (guint i = 0; i < MIN (problems->len, 10); i++)
        {
          InovdaImportProblem *problem = g_ptr_array_index (problems, i);
          g_printerr ("  %s: %s\n", problem->location != NULL ? problem->location : "-", problem->message);
        }
      return 2;
    }
  counts = inovda_import_get_counts (import);
  g_print ("innovations=%u answers=%u evidence=%u\n", counts->innovations[INOVDA_IMPORT_ADDED], counts->answers_added,
           counts->evidence_added);
  return 0;
}

static gboolean
noop_row_cb (guint row,
             const InovdaCell *cells,
             guint n_cells,
             gpointer user_data,
             GError **error)
{
  return TRUE;
}

static int
step_floor (const char *file)
{
  g_autoptr (InovdaSpreadsheet) book = NULL;
  g_autoptr (GError) error = NULL;

  book = inovda_spreadsheet_open (file, &error);
  if (book == NULL)
    {
      g_printerr ("%s: %s\n", file, error->message);
      return 3;
    }
  for (guint s = 0; s < G_N_ELEMENTS (data_sheets); s++)
    {
      int index = inovda_spreadsheet_find_sheet (book, data_sheets[s]);

      if (index < 0)
        {
          g_printerr ("%s: no sheet %s\n", file, data_sheets[s]);
          return 2;
        }
      if (!inovda_spreadsheet_read_sheet (book, (guint) index, noop_row_cb, NULL, NULL, &error))
        {
          g_printerr ("%s: %s\n", file, error->message);
          return 3;
        }
    }
  return 0;
}

static int
step_xml_floor (const char *file)
{
  xmlTextReaderPtr reader;
  guint64 nodes = 0;
  int rc;

  reader = xmlReaderForFile (file, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT | XML_PARSE_BIG_LINES);
  if (reader == NULL)
    return 3;
  while ((rc = xmlTextReaderRead (reader)) == 1)
    {
      /* What every reader does at least: look at the node and its text. */
      if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_TEXT)
        (void) xmlTextReaderConstValue (reader);
      nodes++;
    }
  xmlFreeTextReader (reader);
  if (rc != 0)
    {
      g_printerr ("%s: not well-formed\n", file);
      return 2;
    }
  g_print ("nodes=%" G_GUINT64_FORMAT "\n", nodes);
  return 0;
}

static int
step_export (const char *db,
             const char *out,
             gboolean xml)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;
  gboolean ok;

  portfolio = inovda_portfolio_open (db, &error);
  if (portfolio == NULL)
    {
      g_printerr ("%s: %s\n", db, error->message);
      return 3;
    }
  ok = xml ? inovda_export_xml (portfolio, out, NULL, NULL, &error)
           : inovda_export_workbook (portfolio, out, NULL, NULL, &error);
  if (!ok)
    {
      g_printerr ("%s: %s\n", out, error->message);
      return 3;
    }
  return 0;
}

/* The flat cell file: per sheet 'S' name; per cell 'C' row column type
 * text; every field a 32-bit length or number, in host order. */
typedef struct
{
  FILE *out;
} CellDump;

static void
put_u32 (FILE *out,
         guint32 value)
{
  fwrite (&value, sizeof value, 1, out);
}

static void
put_text (FILE *out,
          const char *text)
{
  guint32 length = (guint32) strlen (text);

  put_u32 (out, length);
  fwrite (text, 1, length, out);
}

static gboolean
dump_row_cb (guint row,
             const InovdaCell *cells,
             guint n_cells,
             gpointer user_data,
             GError **error)
{
  CellDump *dump = user_data;

  for (guint i = 0; i < n_cells; i++)
    {
      fputc ('C', dump->out);
      put_u32 (dump->out, row);
      put_u32 (dump->out, cells[i].column);
      put_u32 (dump->out, cells[i].type);
      put_text (dump->out, cells[i].text);
    }
  return TRUE;
}

static int
step_cells (const char *file,
            const char *cells)
{
  g_autoptr (InovdaSpreadsheet) book = NULL;
  g_autoptr (GError) error = NULL;
  CellDump dump;

  book = inovda_spreadsheet_open (file, &error);
  if (book == NULL)
    {
      g_printerr ("%s: %s\n", file, error->message);
      return 3;
    }
  dump.out = fopen (cells, "wb");
  if (dump.out == NULL)
    {
      g_printerr ("%s: %s\n", cells, g_strerror (errno));
      return 3;
    }
  for (guint s = 0; s < inovda_spreadsheet_get_n_sheets (book); s++)
    {
      fputc ('S', dump.out);
      put_text (dump.out, inovda_spreadsheet_get_sheet_name (book, s));
      if (!inovda_spreadsheet_read_sheet (book, s, dump_row_cb, &dump, NULL, &error))
        {
          g_printerr ("%s: %s\n", file, error->message);
          fclose (dump.out);
          return 3;
        }
    }
  return fclose (dump.out) == 0 ? 0 : 3;
}

static gboolean
get_u32 (FILE *in,
         guint32 *value)
{
  return fread (value, sizeof *value, 1, in) == 1;
}

static gboolean
get_text (FILE *in,
          GString *text)
{
  guint32 length;

  if (!get_u32 (in, &length))
    return FALSE;
  g_string_set_size (text, length);
  return fread (text->str, 1, length, in) == length;
}

static int
step_bare (const char *cells,
           const char *out)
{
  lxw_workbook_options options = { 0 };
  lxw_doc_properties properties = { 0 };
  lxw_workbook *workbook;
  lxw_worksheet *sheet = NULL;
  lxw_format *date_format;
  g_autoptr (GString) text = g_string_new (NULL);
  FILE *in;
  int tag;
  lxw_error err;

  in = fopen (cells, "rb");
  if (in == NULL)
    {
      g_printerr ("%s: %s\n", cells, g_strerror (errno));
      return 3;
    }
  options.constant_memory = LXW_TRUE;
  options.use_zip64 = LXW_TRUE;
  workbook = workbook_new_opt (out, &options);
  properties.created = 1767225600;
  workbook_set_properties (workbook, &properties);
  date_format = workbook_add_format (workbook);
  format_set_num_format (date_format, "dd/mm/yyyy");

  while ((tag = fgetc (in)) != EOF)
    {
      guint32 row, column, type;

      if (tag == 'S')
        {
          if (!get_text (in, text))
            break;
          sheet = workbook_add_worksheet (workbook, text->str);
          continue;
        }
      if (tag != 'C' || sheet == NULL || !get_u32 (in, &row) || !get_u32 (in, &column) || !get_u32 (in, &type) ||
          !get_text (in, text))
        break;
      switch (type)
        {
        case INOVDA_CELL_NUMBER:
          worksheet_write_number (sheet, row, (lxw_col_t) column, g_ascii_strtod (text->str, NULL), NULL);
          break;
        case INOVDA_CELL_DATE:
          {
            lxw_datetime date = { 0 };

            sscanf (text->str, "%d-%d-%d", &date.year, &date.month, &date.day);
            worksheet_write_datetime (sheet, row, (lxw_col_t) column, &date, date_format);
          }
          break;
        default:
          worksheet_write_string (sheet, row, (lxw_col_t) column, text->str, NULL);
          break;
        }
    }
  fclose (in);
  err = workbook_close (workbook);
  if (err != LXW_NO_ERROR)
    {
      g_printerr ("%s: %s\n", out, lxw_strerror (err));
      return 3;
    }
  return 0;
}

/* ------------------------------------------------------------------------ */
/* The run                                                                  */

typedef struct
{
  char *label;
  double seconds; /* < 0: failed; the negated time for a timeout */
  long peak_kb;
  gboolean timed_out;
} Result;

static void
result_free (gpointer data)
{
  Result *result = data;

  g_free (result->label);
  g_free (result);
}

typedef struct
{
  char *self_path;
  char *work;
  guint repeat;
  int peer_timeout;
  GPtrArray *results;
} Run;

/* Runs @argv in a child, silencing its output into WORK/LABEL.log; the
 * best of @repeat runs (least time; the largest peak of all). */
/* A step's output of an earlier run, a file (with a portfolio's WAL) or
 * the files of a folder, removed before the step is timed. */
static void
clear_output (const char *path)
{
  g_autoptr (GDir) dir = NULL;
  const char *name;

  if (path == NULL)
    return;
  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      remove_portfolio (path);
      return;
    }
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_unlink (file);
    }
}

/* Each run starts with the outputs of the runs before it gone and on disk:
 * deleting a file of a few hundred megabytes whose pages are still being
 * written back took half a second, which belonged to no step. */
static Result *
measure (Run *run,
         const char *label,
         const char *const *argv,
         const char *output,
         guint repeat,
         int timeout)
{
  Result *result = g_new0 (Result, 1);
  g_autofree char *log = g_strdup_printf ("%s/%s.log", run->work, label);

  result->label = g_strdup (label);
  result->seconds = -1;
  for (guint r = 0; r < repeat; r++)
    {
      struct rusage usage;
      gint64 start = g_get_monotonic_time ();
      gboolean timed_out = FALSE;
      int status = 0;
      pid_t pid, done;

      clear_output (output);
      sync ();
      start = g_get_monotonic_time ();
      fflush (stdout);
      pid = fork ();
      if (pid == 0)
        {
          FILE *out = freopen (log, "w", stdout);

          if (out == NULL || dup2 (fileno (stdout), STDERR_FILENO) < 0)
            _exit (127);
          setpgid (0, 0);
          execvp (argv[0], (char *const *) argv);
          _exit (127);
        }
      if (pid < 0)
        g_error ("fork: %s", g_strerror (errno));
      setpgid (pid, pid);
      for (;;)
        {
          done = wait4 (pid, &status, WNOHANG, &usage);
          if (done == pid)
            break;
          if (timeout > 0 && g_get_monotonic_time () - start > (gint64) timeout * G_USEC_PER_SEC && !timed_out)
            {
              kill (-pid, SIGKILL);
              timed_out = TRUE;
            }
          g_usleep (20000);
        }
      result->peak_kb = MAX (result->peak_kb, usage.ru_maxrss);
      if (timed_out)
        {
          result->timed_out = TRUE;
          result->seconds = timeout;
          return result;
        }
      if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
        {
          g_printerr ("%s failed (see %s)\n", label, log);
          result->seconds = -1;
          return result;
        }
      {
        double seconds = (g_get_monotonic_time () - start) / 1e6;

        if (result->seconds < 0 || seconds < result->seconds)
          result->seconds = seconds;
      }
    }
  return result;
}

static Result *
measure_self (Run *run,
              const char *label,
              const char *step,
              const char *arg1,
              const char *arg2)
{
  const char *argv[] = { run->self_path, step, arg1, arg2, NULL };
  Result *result = measure (run, label, argv, arg2, run->repeat, 0);

  g_ptr_array_add (run->results, result);
  return result;
}

static void
print_result (const Result *result,
              const char *meaning)
{
  g_autofree char *time = NULL;

  if (result->timed_out)
    time = g_strdup_printf ("> %.0f s", result->seconds);
  else if (result->seconds < 0)
    time = g_strdup ("failed");
  else
    time = g_strdup_printf ("%.2f s", result->seconds);
  g_print ("| %-22s | %10s | %7.0f MB | %s |\n", result->label, time, result->peak_kb / 1024.0, meaning);
}

static void
print_ratio (const char *what,
             const Result *a,
             const Result *b,
             const char *comparison,
             double target)
{
  double ratio;
  gboolean met;

  if (a->seconds <= 0 || b->seconds <= 0)
    {
      g_print ("| %-34s | %8s | %s %.1f | not measured |\n", what, "—", comparison, target);
      return;
    }
  ratio = a->seconds / b->seconds;
  met = g_str_equal (comparison, "≤") ? ratio <= target : ratio >= target;
  g_print ("| %-34s | %s%7.2f | %s %.1f | %s |\n", what, a->timed_out ? ">" : " ", ratio, comparison, target,
           met ? "met" : "missed");
}

static guint64
file_size (const char *path)
{
  GStatBuf buf;

  return g_stat (path, &buf) == 0 ? (guint64) buf.st_size : 0;
}

/* Reads the file once so that the first step does not pay for the disk. */
static void
warm (const char *path)
{
  g_autoptr (GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
  const char *data;
  gsize length;
  volatile char sum = 0;

  if (file == NULL)
    return;
  data = g_mapped_file_get_contents (file);
  length = g_mapped_file_get_length (file);
  for (gsize i = 0; i < length; i += 4096)
    sum ^= data[i];
}

static int
run_all (int argc,
         char *argv[])
{
  g_autofree char *prefix = NULL;
  g_autofree char *half = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *db = NULL;
  g_autofree char *db_xml = NULL;
  g_autofree char *db_half = NULL;
  g_autofree char *half_xlsx = NULL;
  g_autofree char *cells = NULL;
  g_autofree char *export = NULL;
  g_autofree char *export_xml = NULL;
  g_autofree char *bare = NULL;
  g_autofree char *lo_profile = NULL;
  g_autofree char *lo_out = NULL;
  g_autofree char *gnm_out = NULL;
  g_autofree char *gnm_pattern = NULL;
  g_autoptr (GPtrArray) results = g_ptr_array_new_with_free_func (result_free);
  gboolean peers = TRUE;
  Result *import, *import_xml, *floor, *xml_floor, *exported, *exported_xml, *bare_loop;
  Result *gnumeric = NULL, *libreoffice = NULL, *import_half = NULL;
  Run run = { 0 };

  run.self_path = g_canonicalize_filename (argv[0], NULL);
  run.work = g_strdup (g_get_tmp_dir ());
  run.repeat = 1;
  run.peer_timeout = 1800;
  run.results = results;
  for (int i = 2; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--half") && i + 1 < argc)
        half = g_strdup (argv[++i]);
      else if (g_str_equal (argv[i], "--work") && i + 1 < argc)
        {
          g_free (run.work);
          run.work = g_canonicalize_filename (argv[++i], NULL);
        }
      else if (g_str_equal (argv[i], "--repeat") && i + 1 < argc)
        {
          int repeat = atoi (argv[++i]);

          run.repeat = (guint) MAX (1, repeat);
        }
      else if (g_str_equal (argv[i], "--peer-timeout") && i + 1 < argc)
        run.peer_timeout = atoi (argv[++i]);
      else if (g_str_equal (argv[i], "--no-peers"))
        peers = FALSE;
      else if (prefix == NULL && argv[i][0] != '-')
        prefix = g_strdup (argv[i]);
      else
        {
          g_printerr ("Unknown argument %s\n", argv[i]);
          return 1;
        }
    }
  if (prefix == NULL)
    {
      g_printerr ("Usage: %s run PREFIX [--half PREFIX] [--work DIR] [--repeat N] [--no-peers] [--peer-timeout S]\n", argv[0]);
      return 1;
    }
  g_mkdir_with_parents (run.work, 0700);

  xlsx = g_strconcat (prefix, ".xlsx", NULL);
  xml = g_strconcat (prefix, ".xml", NULL);
  db = g_build_filename (run.work, "imported.inovda", NULL);
  db_xml = g_build_filename (run.work, "imported-xml.inovda", NULL);
  cells = g_build_filename (run.work, "cells.bin", NULL);
  export = g_build_filename (run.work, "exported.xlsx", NULL);
  export_xml = g_build_filename (run.work, "exported.xml", NULL);
  bare = g_build_filename (run.work, "bare.xlsx", NULL);
  g_print ("Workbook %s: %.1f MB; XML %s: %.1f MB\n", xlsx, file_size (xlsx) / 1e6, xml, file_size (xml) / 1e6);
  warm (xlsx);
  warm (xml);

  floor = measure_self (&run, "floor", "floor", xlsx, NULL);
  import = measure_self (&run, "import", "import", xlsx, db);
  xml_floor = measure_self (&run, "xml-floor", "xml-floor", xml, NULL);
  import_xml = measure_self (&run, "import-xml", "import", xml, db_xml);
  exported = measure_self (&run, "export", "export", db, export);
  exported_xml = measure_self (&run, "export-xml", "export-xml", db, export_xml);
  {
    const char *argv_cells[] = { run.self_path, "cells", xlsx, cells, NULL };
    Result *prepared = measure (&run, "cells", argv_cells, cells, 1, 0);
    gboolean ok = prepared->seconds >= 0;

    result_free (prepared);
    if (!ok)
      return 3;
  }
  bare_loop = measure_self (&run, "bare-libxlsxwriter", "bare", cells, bare);
  g_unlink (cells);

  if (half != NULL)
    {
      half_xlsx = g_strconcat (half, ".xlsx", NULL);
      db_half = g_build_filename (run.work, "imported-half.inovda", NULL);
      warm (half_xlsx);
      import_half = measure_self (&run, "import-half", "import", half_xlsx, db_half);
    }

  if (peers)
    {
      g_autofree char *lo_uri = NULL;
      g_autofree char *env = NULL;
      g_autofree char *tiny = g_build_filename (run.work, "warm-up.xlsx", NULL);
      const char *filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

      lo_profile = g_build_filename (run.work, "lo-bench", NULL);
      lo_out = g_build_filename (run.work, "lo-csv", NULL);
      gnm_out = g_build_filename (run.work, "gnm-csv", NULL);
      g_mkdir_with_parents (lo_out, 0700);
      g_mkdir_with_parents (gnm_out, 0700);
      gnm_pattern = g_build_filename (gnm_out, "out_%n.csv", NULL);
      lo_uri = g_filename_to_uri (lo_profile, NULL, NULL);
      env = g_strdup_printf ("-env:UserInstallation=%s", lo_uri);

      /* A first start creates LibreOffice's profile: not part of the
       * conversion, so it happens on a one-cell workbook first. */
      {
        lxw_workbook *workbook = workbook_new (tiny);
        const char *warm_lo[] = { "soffice", env, "--headless", "--convert-to", filter, "--outdir", lo_out, tiny, NULL };
        const char *warm_gnm[] = { "ssconvert", "-S", tiny, gnm_pattern, NULL };

        worksheet_write_string (workbook_add_worksheet (workbook, NULL), 0, 0, "x", NULL);
        workbook_close (workbook);
        result_free (measure (&run, "warm-up-soffice", warm_lo, lo_out, 1, 300));
        result_free (measure (&run, "warm-up-ssconvert", warm_gnm, gnm_out, 1, 300));
      }
      {
        const char *argv_gnm[] = { "ssconvert", "-S", xlsx, gnm_pattern, NULL };
        const char *argv_lo[] = { "soffice", env, "--headless", "--convert-to", filter, "--outdir", lo_out, xlsx, NULL };

        gnumeric = measure (&run, "ssconvert", argv_gnm, gnm_out, 1, run.peer_timeout);
        g_ptr_array_add (results, gnumeric);
        libreoffice = measure (&run, "soffice", argv_lo, lo_out, 1, run.peer_timeout);
        g_ptr_array_add (results, libreoffice);
      }
    }

  g_print ("\n| Step                   |  Wall time |   Peak RSS | What it is |\n");
  g_print ("|---|---|---|---|\n");
  print_result (import, "our import of the workbook into an empty portfolio");
  print_result (floor, "open + stream-parse the same five sheets, no-op callback");
  print_result (import_xml, "our import of the XML into an empty portfolio");
  print_result (xml_floor, "the XML through xmlTextReader, nothing kept");
  if (import_half != NULL)
    print_result (import_half, "our import of the half-size workbook");
  if (gnumeric != NULL)
    print_result (gnumeric, "ssconvert -S, every sheet to CSV");
  if (libreoffice != NULL)
    print_result (libreoffice, "soffice --headless --convert-to csv, every sheet");
  print_result (exported, "our export of the imported portfolio to the workbook");
  print_result (bare_loop, "bare libxlsxwriter loop, same sheets and cells, constant_memory");
  print_result (exported_xml, "our export of the imported portfolio to XML");

  g_print ("\n| Ratio                              |    Value | Target | |\n");
  g_print ("|---|---|---|---|\n");
  print_ratio ("import / floor", import, floor, "≤", 1.5);
  if (gnumeric != NULL)
    print_ratio ("ssconvert / import", gnumeric, import, "≥", 10);
  if (libreoffice != NULL)
    print_ratio ("LibreOffice / import", libreoffice, import, "≥", 10);
  print_ratio ("export / bare loop", exported, bare_loop, "≤", 2);
  if (import_xml->seconds > 0 && xml_floor->seconds > 0)
    g_print ("\nXML import / XML parse: %.2f (no budget: the XML parses much faster than the workbook)\n",
             import_xml->seconds / xml_floor->seconds);
  if (import_half != NULL)
    g_print ("\nImport peak RSS: half-size %.0f MB, full size %.0f MB (%.2f×)\n", import_half->peak_kb / 1024.0,
             import->peak_kb / 1024.0, (double) import->peak_kb / MAX (import_half->peak_kb, 1));
  g_free (run.self_path);
  g_free (run.work);
  return 0;
}

int
main (int argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  if (argc >= 2 && g_str_equal (argv[1], "run"))
    return run_all (argc, argv);
  if (argc == 4 && g_str_equal (argv[1], "import"))
    return step_import (argv[2], argv[3]);
  if (argc == 3 && g_str_equal (argv[1], "floor"))
    return step_floor (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "xml-floor"))
    return step_xml_floor (argv[2]);
  if (argc == 4 && g_str_equal (argv[1], "export"))
    return step_export (argv[2], argv[3], FALSE);
  if (argc == 4 && g_str_equal (argv[1], "export-xml"))
    return step_export (argv[2], argv[3], TRUE);
  if (argc == 4 && g_str_equal (argv[1], "cells"))
    return step_cells (argv[2], argv[3]);
  if (argc == 4 && g_str_equal (argv[1], "bare"))
    return step_bare (argv[2], argv[3]);
  g_printerr ("Usage: %s run PREFIX [--half PREFIX] [--work DIR] [--repeat N] [--no-peers] [--peer-timeout S]\n"
              "       %s import|floor|xml-floor|export|export-xml|cells|bare …\n",
              argv[0], argv[0]);
  return 1;
}
