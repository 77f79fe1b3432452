/* test-exchange-workbook.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "inovda-test-utils.h"
#include "io/inovda-export.h"
#include "io/inovda-import.h"
#include "io/inovda-ministry-layout.h"
#include "io/inovda-spreadsheet.h"
#include "io/inovda-workbook-layout.h"
#include "storage/inovda-demo.h"
#include "inovda-test-exchange.h"

/* ---------------------------------------------------------------------- */
/* Portfolios                                                             */

static char *
export_workbook (InovdaPortfolio *portfolio,
                 const char *name,
                 gboolean with_files)
{
  InovdaExportOptions options = { NULL, 0, with_files };
  g_autoptr (GError) error = NULL;
  char *path = inovda_test_temp_path (name);

  g_assert_true (inovda_export_workbook (portfolio, path, &options, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static void
print_problems (InovdaImport *import)
{
  GPtrArray *problems = inovda_import_get_problems (import);

  for (guint i = 0; i < problems->len; i++)
    {
      InovdaImportProblem *problem = g_ptr_array_index (problems, i);
      g_test_message ("  %s: %s", problem->location ? problem->location : "-", problem->message);
    }
}

static InovdaImport *
run_import (InovdaPortfolio *portfolio,
            const char *path,
            gboolean dry_run)
{
  g_autoptr (GError) error = NULL;
  InovdaImport *import = inovda_import_new (portfolio, path);

  g_assert_true (inovda_import_run (import, dry_run, NULL, &error));
  g_assert_no_error (error);
  print_problems (import);
  return import;
}

static void
assert_no_problems (InovdaImport *import)
{
  g_assert_cmpuint (inovda_import_get_n_problems (import), ==, 0);
  g_assert_cmpint (inovda_import_get_format (import), ==, INOVDA_IMPORT_WORKBOOK);
}

/* Whether @list (InovdaImportProblem*) has one at @location whose message
 * holds @part (any message when NULL). */
static gboolean
list_has (GPtrArray *list,
          const char *location,
          const char *part)
{
  for (guint i = 0; i < list->len; i++)
    {
      InovdaImportProblem *problem = g_ptr_array_index (list, i);

      if (g_strcmp0 (problem->location, location) == 0 && (part == NULL || strstr (problem->message, part) != NULL))
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_problem (InovdaImport *import,
             const char *location,
             const char *part)
{
  return list_has (inovda_import_get_problems (import), location, part);
}

static gboolean
has_note (InovdaImport *import,
          const char *location,
          const char *part)
{
  return list_has (inovda_import_get_notes (import), location, part);
}

/* "Indikator SID" kept as a chart sheet: its rows would be lost without a
 * word, so the import refuses the file. */
static void
test_chart_sheet (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "spreadsheet", "chart-sheet.xlsx", NULL);
  g_autoptr (InovdaImport) import = NULL;

  portfolio = new_portfolio (FALSE, &path);
  import = run_import (portfolio, fixture, TRUE);
  g_assert_true (has_problem (import, "Indikator SID!A1", "chart or macro sheet"));
  g_assert_false (inovda_import_get_applied (import));
}

/* ---------------------------------------------------------------------- */
/* Rewriting a workbook as a person would: moved columns, edited cells    */

typedef struct
{
  guint column;
  InovdaCellType type;
  char *text;
} Cell;

typedef struct
{
  char *name;
  GPtrArray *rows; /* GArray of Cell, or NULL for an empty row */
} Sheet;

static void
cells_free (gpointer data)
{
  GArray *cells = data;

  for (guint i = 0; cells != NULL && i < cells->len; i++)
    g_free (g_array_index (cells, Cell, i).text);
  if (cells != NULL)
    g_array_unref (cells);
}

static void
sheet_free (gpointer data)
{
  Sheet *sheet = data;

  g_free (sheet->name);
  g_ptr_array_unref (sheet->rows);
  g_free (sheet);
}

static gboolean
collect_cb (guint row,
            const InovdaCell *cells,
            guint n_cells,
            gpointer user_data,
            GError **error)
{
  Sheet *sheet = user_data;
  GArray *copy = g_array_new (FALSE, FALSE, sizeof (Cell));

  for (guint i = 0; i < n_cells; i++)
    {
      Cell cell = { cells[i].column, cells[i].type, g_strdup (cells[i].text) };
      g_array_append_val (copy, cell);
    }
  if (sheet->rows->len <= row)
    g_ptr_array_set_size (sheet->rows, row + 1);
  g_ptr_array_index (sheet->rows, row) = copy;
  return TRUE;
}

static GPtrArray *
read_workbook (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = inovda_spreadsheet_open (path, &error);
  GPtrArray *sheets = g_ptr_array_new_with_free_func (sheet_free);

  g_assert_no_error (error);
  for (guint s = 0; s < inovda_spreadsheet_get_n_sheets (book); s++)
    {
      Sheet *sheet = g_new0 (Sheet, 1);

      sheet->name = g_strdup (inovda_spreadsheet_get_sheet_name (book, s));
      sheet->rows = g_ptr_array_new_with_free_func (cells_free);
      g_assert_true (inovda_spreadsheet_read_sheet (book, s, collect_cb, sheet, NULL, &error));
      g_assert_no_error (error);
      g_ptr_array_add (sheets, sheet);
    }
  return sheets;
}

static Sheet *
find_sheet (GPtrArray *sheets,
            const char *name)
{
  for (guint i = 0; i < sheets->len; i++)
    if (g_str_equal (((Sheet *) g_ptr_array_index (sheets, i))->name, name))
      return g_ptr_array_index (sheets, i);
  g_assert_not_reached ();
}

/* The column of a header in row 0. */
static guint
find_column (Sheet *sheet,
             const char *header)
{
  GArray *cells = g_ptr_array_index (sheet->rows, 0);

  for (guint i = 0; i < cells->len; i++)
    if (g_str_equal (g_array_index (cells, Cell, i).text, header))
      return g_array_index (cells, Cell, i).column;
  g_error ("no column %s in %s", header, sheet->name);
}

/* Sets a cell; @type EMPTY removes it. */
static void
set_cell (GPtrArray *sheets,
          const char *sheet_name,
          guint row,
          const char *header,
          InovdaCellType type,
          const char *text)
{
  Sheet *sheet = find_sheet (sheets, sheet_name);
  guint column = find_column (sheet, header);
  GArray *cells;

  if (sheet->rows->len <= row)
    g_ptr_array_set_size (sheet->rows, row + 1);
  cells = g_ptr_array_index (sheet->rows, row);
  if (cells == NULL)
    {
      cells = g_array_new (FALSE, FALSE, sizeof (Cell));
      g_ptr_array_index (sheet->rows, row) = cells;
    }
  for (guint i = 0; i < cells->len; i++)
    if (g_array_index (cells, Cell, i).column == column)
      {
        g_free (g_array_index (cells, Cell, i).text);
        g_array_remove_index (cells, i);
        break;
      }
  if (type != INOVDA_CELL_EMPTY)
    {
      Cell cell = { column, type, g_strdup (text) };
      g_array_append_val (cells, cell);
    }
}

static const char *
get_cell (GPtrArray *sheets,
          const char *sheet_name,
          guint row,
          const char *header)
{
  Sheet *sheet = find_sheet (sheets, sheet_name);
  guint column = find_column (sheet, header);
  GArray *cells = row < sheet->rows->len ? g_ptr_array_index (sheet->rows, row) : NULL;

  for (guint i = 0; cells != NULL && i < cells->len; i++)
    if (g_array_index (cells, Cell, i).column == column)
      return g_array_index (cells, Cell, i).text;
  return NULL;
}

/* Writes @sheets back, with the columns of every sheet reversed when
 * @reverse (a person dragging columns around), and a submission
 * template's @mark when not NULL. */
static void
write_workbook_marked (GPtrArray *sheets,
                       const char *path,
                       gboolean reverse,
                       const char *mark)
{
  lxw_workbook *workbook = workbook_new (path);
  lxw_format *date = workbook_add_format (workbook);

  if (mark != NULL)
    g_assert_cmpint (workbook_define_name (workbook, "InovdaTemplat", mark), ==, LXW_NO_ERROR);

  format_set_num_format (date, "yyyy-mm-dd");
  for (guint s = 0; s < sheets->len; s++)
    {
      Sheet *sheet = g_ptr_array_index (sheets, s);
      lxw_worksheet *worksheet = workbook_add_worksheet (workbook, sheet->name);
      guint last = 0;

      g_assert_nonnull (worksheet);
      for (guint r = 0; r < sheet->rows->len; r++)
        {
          GArray *cells = g_ptr_array_index (sheet->rows, r);
          for (guint i = 0; cells != NULL && i < cells->len; i++)
            last = MAX (last, g_array_index (cells, Cell, i).column);
        }
      for (guint r = 0; r < sheet->rows->len; r++)
        {
          GArray *cells = g_ptr_array_index (sheet->rows, r);

          for (guint i = 0; cells != NULL && i < cells->len; i++)
            {
              Cell *cell = &g_array_index (cells, Cell, i);
              lxw_col_t column = reverse ? last - cell->column : cell->column;
              lxw_datetime when = { 0 };

              switch (cell->type)
                {
                case INOVDA_CELL_NUMBER:
                  worksheet_write_number (worksheet, r, column, g_ascii_strtod (cell->text, NULL), NULL);
                  break;
                case INOVDA_CELL_BOOLEAN:
                  worksheet_write_boolean (worksheet, r, column, g_str_equal (cell->text, "1"), NULL);
                  break;
                case INOVDA_CELL_DATE:
                  g_assert_cmpint (sscanf (cell->text, "%d-%d-%d", &when.year, &when.month, &when.day), ==, 3);
                  worksheet_write_datetime (worksheet, r, column, &when, date);
                  break;
                case INOVDA_CELL_STRING:
                case INOVDA_CELL_EMPTY:
                case INOVDA_CELL_ERROR:
                default:
                  worksheet_write_string (worksheet, r, column, cell->text, NULL);
                  break;
                }
            }
        }
    }
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
}

static void
write_workbook (GPtrArray *sheets,
                const char *path,
                gboolean reverse)
{
  write_workbook_marked (sheets, path, reverse, NULL);
}

/* ---------------------------------------------------------------------- */
/* Tests                                                                  */

/* A fault in the first lines of a CSV file is reported once, though the
 * lines are read twice (to recognise the sheet, then to import it). */
static void
test_csv_fault_once (void)
{
  g_autofree char *path = NULL;
  g_autoptr (InovdaPortfolio) portfolio = new_portfolio (FALSE, &path);
  g_autofree char *csv = inovda_test_temp_path ("wilayah.csv");
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaImport) import = NULL;

  g_assert_true (g_file_set_contents (csv, "Kode Wilayah*,Nama Wilayah*,Jenis Wilayah*\n\"63.99,x,kota\n", -1, &error));
  g_assert_no_error (error);
  import = inovda_import_new (portfolio, csv);
  g_assert_true (inovda_import_run (import, TRUE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (inovda_import_get_n_problems (import), ==, 1);
}

static void
test_layout (void)
{
  /* Every profile field has its column, once. */
  const InovdaWorkbookSheetInfo *innovations = _inovda_workbook_get_sheet (INOVDA_WORKBOOK_INNOVATIONS);

  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    {
      guint found = 0;

      for (guint c = 0; c < innovations->n_columns; c++)
        if (_inovda_workbook_column_field (&innovations->columns[c]) == (int) f)
          found++;
      g_assert_cmpuint (found, ==, 1);
    }
  g_assert_nonnull (_inovda_workbook_find_column (INOVDA_WORKBOOK_INNOVATIONS, "  nama inovasi "));
  g_assert_nonnull (_inovda_workbook_find_column (INOVDA_WORKBOOK_INNOVATIONS, "Waktu Penerapan Inovasi Daerah*"));
  g_assert_nonnull (_inovda_workbook_find_column (INOVDA_WORKBOOK_INNOVATIONS, "URUSAN PEMERINTAHAN UTAMA"));
  g_assert_null (_inovda_workbook_find_column (INOVDA_WORKBOOK_INNOVATIONS, "Warna Favorit"));
}

static void
test_round_trip (void)
{
  g_autoptr (InovdaPortfolio) source = NULL;
  g_autoptr (InovdaPortfolio) target = NULL;
  g_autofree char *source_path = NULL;
  g_autofree char *target_path = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (InovdaImport) first = NULL;
  g_autoptr (InovdaImport) second = NULL;
  const InovdaImportCounts *counts;

  source = new_portfolio (TRUE, &source_path);
  target = new_portfolio (FALSE, &target_path);
  xlsx = export_workbook (source, "demo.xlsx", TRUE);

  first = run_import (target, xlsx, FALSE);
  assert_no_problems (first);
  g_assert_true (inovda_import_get_applied (first));
  g_assert_cmpuint (inovda_import_get_notes (first)->len, ==, 0);
  counts = inovda_import_get_counts (first);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_ADDED], >, 0);
  g_assert_cmpuint (counts->files_added, ==, inovda_portfolio_count_files (source));

  before = portfolio_checksum (source_path);
  after = portfolio_checksum (target_path);
  g_assert_cmpstr (before, ==, after);

  second = run_import (target, xlsx, FALSE);
  assert_no_problems (second);
  counts = inovda_import_get_counts (second);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_ADDED] + counts->innovations[INOVDA_IMPORT_UPDATED], ==, 0);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_UNCHANGED], ==, inovda_import_get_items (first)->len);
  g_assert_cmpuint (counts->answers_added + counts->answers_updated + counts->evidence_added, ==, 0);
  g_clear_pointer (&after, g_free);
  after = portfolio_checksum (target_path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_reproducible (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *a_bytes = NULL;
  g_autofree char *b_bytes = NULL;
  gsize a_length, b_length;

  portfolio = new_portfolio (TRUE, &path);
  a = export_workbook (portfolio, "a.xlsx", FALSE);
  b = export_workbook (portfolio, "b.xlsx", FALSE);
  g_assert_true (g_file_get_contents (a, &a_bytes, &a_length, NULL));
  g_assert_true (g_file_get_contents (b, &b_bytes, &b_length, NULL));
  g_assert_cmpmem (a_bytes, a_length, b_bytes, b_length);
}

static void
assert_same_bytes (const char *a,
                   const char *b)
{
  g_autofree char *a_bytes = NULL;
  g_autofree char *b_bytes = NULL;
  gsize a_length, b_length;

  g_assert_true (g_file_get_contents (a, &a_bytes, &a_length, NULL));
  g_assert_true (g_file_get_contents (b, &b_bytes, &b_length, NULL));
  g_assert_cmpmem (a_bytes, a_length, b_bytes, b_length);
}

/* Indonesian writes "0,7": a workbook written in that locale must still
 * hold "0.7", so it is the one written in the C locale. */
static void
test_decimal_comma_locale (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *c_workbook = NULL;
  g_autofree char *id_workbook = NULL;
  g_autofree char *c_list = inovda_test_temp_path ("c-list.xlsx");
  g_autofree char *id_list = inovda_test_temp_path ("id-list.xlsx");
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  InovdaExportOptions options = { NULL, 0, FALSE };
  g_autoptr (GError) error = NULL;

  portfolio = new_portfolio (TRUE, &path);
  c_workbook = export_workbook (portfolio, "c.xlsx", FALSE);
  g_assert_true (inovda_export_ministry_list (portfolio, c_list, &options, NULL, &error));
  g_assert_no_error (error);
  if (setlocale (LC_NUMERIC, "id_ID.UTF-8") == NULL)
    {
      g_test_skip ("the id_ID.UTF-8 locale is not installed");
      return;
    }
  id_workbook = export_workbook (portfolio, "id.xlsx", FALSE);
  g_assert_true (inovda_export_ministry_list (portfolio, id_list, &options, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");
  setlocale (LC_NUMERIC, saved);

  assert_same_bytes (c_workbook, id_workbook);
  assert_same_bytes (c_list, id_list);
}

static void
test_reordered (void)
{
  g_autoptr (InovdaPortfolio) source = NULL;
  g_autoptr (InovdaPortfolio) target = NULL;
  g_autofree char *source_path = NULL;
  g_autofree char *target_path = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *moved = inovda_test_temp_path ("moved.xlsx");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GPtrArray) sheets = NULL;
  g_autoptr (InovdaImport) import = NULL;

  source = new_portfolio (TRUE, &source_path);
  target = new_portfolio (FALSE, &target_path);
  xlsx = export_workbook (source, "demo.xlsx", TRUE);
  sheets = read_workbook (xlsx);
  /* Headers as a person might retype them, and a column of their own. */
  set_cell (sheets, "Inovasi", 0, "Nama Inovasi*", INOVDA_CELL_STRING, "nama inovasi");
  set_cell (sheets, "Inovasi", 0, "Waktu Penerapan", INOVDA_CELL_STRING, "Waktu Penerapan Inovasi Daerah");
  set_cell (sheets, "Inovasi", 0, "Nama Perangkat Daerah", INOVDA_CELL_STRING, "Catatan Saya");
  write_workbook (sheets, moved, TRUE);
  {
    g_autofree char *folder = g_path_get_dirname (xlsx);
    import = inovda_import_new (target, moved);
    inovda_import_set_files_folder (import, folder);
    g_assert_true (inovda_import_run (import, FALSE, NULL, NULL));
    print_problems (import);
  }
  assert_no_problems (import);
  g_assert_cmpuint (inovda_import_get_notes (import)->len, ==, 1);
  {
    /* The columns were reversed: the renamed one is now counted from the end. */
    Sheet *innovations = find_sheet (sheets, "Inovasi");
    GArray *header = g_ptr_array_index (innovations->rows, 0);
    guint last = 0;
    g_autofree char *cell = NULL;
    g_autofree char *location = NULL;

    for (guint i = 0; i < header->len; i++)
      last = MAX (last, g_array_index (header, Cell, i).column);
    cell = inovda_cell_reference (0, last - find_column (innovations, "Catatan Saya"));
    location = g_strdup_printf ("Inovasi!%s", cell);
    g_assert_cmpstr (((InovdaImportProblem *) g_ptr_array_index (inovda_import_get_notes (import), 0))->location, ==, location);
  }

  before = portfolio_checksum (source_path);
  after = portfolio_checksum (target_path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_dry_run (void)
{
  g_autoptr (InovdaPortfolio) source = NULL;
  g_autoptr (InovdaPortfolio) target = NULL;
  g_autofree char *source_path = NULL;
  g_autofree char *target_path = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (InovdaImport) import = NULL;

  source = new_portfolio (TRUE, &source_path);
  target = new_portfolio (FALSE, &target_path);
  xlsx = export_workbook (source, "demo.xlsx", TRUE);
  before = portfolio_checksum (target_path);

  import = run_import (target, xlsx, TRUE);
  assert_no_problems (import);
  g_assert_false (inovda_import_get_applied (import));
  g_assert_cmpuint (inovda_import_get_counts (import)->innovations[INOVDA_IMPORT_ADDED], ==, inovda_import_get_items (import)->len);
  g_assert_false (inovda_portfolio_can_undo (target));
  after = portfolio_checksum (target_path);
  g_assert_cmpstr (before, ==, after);
}

typedef struct
{
  const char *sheet;
  guint row;
  const char *header;
  InovdaCellType type;
  const char *text;
  gboolean expected; /* a problem in this very cell */
  const char *part;  /* a part of its message */
} Hostile;

/* Wrong values in every column that restricts its values, each its own
 * located problem; rows 1–3 of the export hold different innovations. */
static const Hostile hostile_cells[] = {
  /* Inovasi row 2: every profile column at once */
  { "Inovasi", 1, "Tahapan Inovasi*", INOVDA_CELL_STRING, "selesai", TRUE, "selesai" },
  { "Inovasi", 1, "Inisiator", INOVDA_CELL_STRING, "presiden", TRUE, "presiden" },
  { "Inovasi", 1, "Jenis Inovasi", INOVDA_CELL_NUMBER, "7", TRUE, "7" },
  { "Inovasi", 1, "Bentuk Inovasi", INOVDA_CELL_STRING, "festival", TRUE, "festival" },
  { "Inovasi", 1, "Tematik", INOVDA_CELL_STRING, "olahraga", TRUE, "olahraga" },
  { "Inovasi", 1, "Klasifikasi", INOVDA_CELL_BOOLEAN, "1", TRUE, NULL },
  { "Inovasi", 1, "Urusan Utama", INOVDA_CELL_STRING, "9.99", TRUE, "9.99" },
  { "Inovasi", 1, "Urusan Lain", INOVDA_CELL_STRING, "1.02 abc", TRUE, "abc" },
  { "Inovasi", 1, "Waktu Uji Coba", INOVDA_CELL_NUMBER, "45000", TRUE, "45000" },
  { "Inovasi", 1, "Waktu Penerapan", INOVDA_CELL_STRING, "30/02/2023", TRUE, "“30/02/2023” is not a date (YYYY-MM-DD or DD/MM/YYYY)" },
  { "Inovasi", 1, "Waktu Pengembangan", INOVDA_CELL_DATE, "1900-02-29", TRUE, "1900-02-29" },
  { "Inovasi", 1, "Berkembang", INOVDA_CELL_STRING, "mungkin", TRUE, "mungkin" },
  { "Inovasi", 1, "Lintang", INOVDA_CELL_STRING, "utara", TRUE, "utara" },
  { "Inovasi", 1, "Bujur", INOVDA_CELL_DATE, "2024-01-01", TRUE, NULL },
  { "Inovasi", 1, "Asta Cita", INOVDA_CELL_NUMBER, "9", TRUE, "9" },
  { "Inovasi", 1, "Klaster PKPN", INOVDA_CELL_STRING, "pariwisata", TRUE, "pariwisata" },
  { "Inovasi", 1, "Covid-19", INOVDA_CELL_STRING, "mungkin", TRUE, "mungkin" },
  /* Inovasi row 3: an unknown unit; row 4: a region code that is not one */
  { "Inovasi", 2, "Kode Perangkat Daerah*", INOVDA_CELL_STRING, "TIDAKADA", TRUE, "TIDAKADA" },
  { "Inovasi", 3, "Kode Wilayah*", INOVDA_CELL_STRING, "Banjar", TRUE, "Banjar" },
  /* Indikator SID: text where a level is expected, and the rest */
  { "Indikator SID", 1, "Level", INOVDA_CELL_STRING, "tinggi", TRUE, "tinggi" },
  { "Indikator SID", 2, "Level Verifikasi", INOVDA_CELL_NUMBER, "7", TRUE, "7" },
  { "Indikator SID", 3, "Tahun*", INOVDA_CELL_STRING, "dua ribu", TRUE, "dua ribu" },
  { "Indikator SID", 4, "Nomor Indikator", INOVDA_CELL_STRING, "99", TRUE, "99" },
  { "Indikator SID", 5, "ID Inovasi", INOVDA_CELL_STRING, "TIDAK-ADA", TRUE, "TIDAK-ADA" },
  { "Indikator SID", 6, "Level", INOVDA_CELL_ERROR, "#REF!", TRUE, "#REF!" },
  /* Indikator SPD */
  { "Indikator SPD", 1, "Level", INOVDA_CELL_STRING, "baik", TRUE, "baik" },
  { "Indikator SPD", 2, "Tahun*", INOVDA_CELL_DATE, "2026-01-01", TRUE, NULL },
  /* Bukti */
  { "Bukti", 1, "Tanggal Surat", INOVDA_CELL_STRING, "31/04/2024", TRUE, "31/04/2024" },
  { "Bukti", 2, "SHA-256", INOVDA_CELL_EMPTY, NULL, FALSE, NULL },
  { "Bukti", 2, "Lokasi Berkas", INOVDA_CELL_STRING, "../../etc/passwd", TRUE, ".." },
  /* Perangkat Daerah */
  { "Perangkat Daerah", 1, "Jenis Wilayah", INOVDA_CELL_STRING, "negara", TRUE, "negara" },
};

static void
test_hostile (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *hostile = inovda_test_temp_path ("hostile.xlsx");
  g_autofree char *duplicate = inovda_test_temp_path ("duplicate.xlsx");
  g_autofree char *folder = NULL;
  g_autoptr (GPtrArray) sheets = NULL;
  g_autoptr (InovdaImport) twice = NULL;

  portfolio = new_portfolio (TRUE, &path);
  xlsx = export_workbook (portfolio, "demo.xlsx", TRUE);
  folder = g_path_get_dirname (xlsx);
  before = portfolio_checksum (path);

  /* One file per sheet, so that a rejected innovation does not hide the
   * problems of the rows that refer to it. */
  for (guint s = 0; s < INOVDA_WORKBOOK_N_DATA_SHEETS; s++)
    {
      const char *name = _inovda_workbook_get_sheet (s)->name;
      g_autoptr (InovdaImport) import = NULL;
      g_autoptr (InovdaImport) dry = NULL;

      g_clear_pointer (&sheets, g_ptr_array_unref);
      sheets = read_workbook (xlsx);
      for (guint i = 0; i < G_N_ELEMENTS (hostile_cells); i++)
        if (g_str_equal (hostile_cells[i].sheet, name))
          set_cell (sheets, name, hostile_cells[i].row, hostile_cells[i].header, hostile_cells[i].type, hostile_cells[i].text);
      write_workbook (sheets, hostile, FALSE);

      import = inovda_import_new (portfolio, hostile);
      inovda_import_set_files_folder (import, folder);
      g_assert_true (inovda_import_run (import, FALSE, NULL, NULL));
      print_problems (import);
      g_assert_false (inovda_import_get_applied (import));
      for (guint i = 0; i < G_N_ELEMENTS (hostile_cells); i++)
        {
          const Hostile *h = &hostile_cells[i];
          g_autofree char *cell = NULL;
          g_autofree char *location = NULL;

          if (!h->expected || !g_str_equal (h->sheet, name))
            continue;
          cell = inovda_cell_reference (h->row, find_column (find_sheet (sheets, h->sheet), h->header));
          location = g_strdup_printf ("%s!%s", h->sheet, cell);
          g_test_message ("expecting %s (%s)", location, h->header);
          g_assert_true (has_problem (import, location, h->part));
        }
      g_clear_pointer (&after, g_free);
      after = portfolio_checksum (path);
      g_assert_cmpstr (before, ==, after);

      dry = inovda_import_new (portfolio, hostile);
      inovda_import_set_files_folder (dry, folder);
      g_assert_true (inovda_import_run (dry, TRUE, NULL, NULL));
      g_assert_cmpuint (inovda_import_get_n_problems (dry), ==, inovda_import_get_n_problems (import));
    }

  /* Duplicate ids: row 3 given the id of row 2. */
  g_clear_pointer (&sheets, g_ptr_array_unref);
  sheets = read_workbook (xlsx);
  set_cell (sheets, "Inovasi", 2, "ID Inovasi", INOVDA_CELL_STRING, get_cell (sheets, "Inovasi", 1, "ID Inovasi"));
  write_workbook (sheets, duplicate, FALSE);
  twice = inovda_import_new (portfolio, duplicate);
  inovda_import_set_files_folder (twice, folder);
  g_assert_true (inovda_import_run (twice, FALSE, NULL, NULL));
  print_problems (twice);
  g_assert_true (has_problem (twice, "Inovasi!A3", "twice"));
  g_clear_pointer (&after, g_free);
  after = portfolio_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

/* Appends a copy of row @row of @sheet_name after its last row. */
static void
append_copy_of_row (GPtrArray *sheets,
                    const char *sheet_name,
                    guint row)
{
  Sheet *sheet = find_sheet (sheets, sheet_name);
  GArray *cells = g_ptr_array_index (sheet->rows, row);
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (Cell), cells->len);

  for (guint i = 0; i < cells->len; i++)
    {
      Cell cell = g_array_index (cells, Cell, i);

      cell.text = g_strdup (cell.text);
      g_array_append_val (copy, cell);
    }
  g_ptr_array_add (sheet->rows, copy);
}

/* Two rows for one indicator of one assessment, imported into an empty
 * portfolio where the assessment is new. A row repeated word for word (a
 * list pasted twice) changes nothing and is let through; a second row
 * that answers differently is a located problem, not the database's
 * refusal of the second row. */
static void
test_duplicate_answer (void)
{
  g_autoptr (InovdaPortfolio) demo = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autoptr (GPtrArray) sheets = NULL;
  g_autofree char *demo_path = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *file = inovda_test_temp_path ("duplicate-answer.xlsx");
  g_autofree char *repeated = inovda_test_temp_path ("repeated-answer.xlsx");
  g_autofree char *cell = NULL;
  g_autofree char *location = NULL;
  const char *level;

  demo = new_portfolio (TRUE, &demo_path);
  xlsx = export_workbook (demo, "demo.xlsx", TRUE);
  folder = g_path_get_dirname (xlsx);
  sheets = read_workbook (xlsx);
  g_assert_cmpstr (get_cell (sheets, "Indikator SID", 1, "ID Inovasi"), ==, get_cell (sheets, "Indikator SID", 2, "ID Inovasi"));

  append_copy_of_row (sheets, "Indikator SID", 1);
  write_workbook (sheets, repeated, FALSE);
  assert_applied_into_empty (repeated, folder);

  set_cell (sheets, "Indikator SID", 2, "Nomor Indikator", INOVDA_CELL_STRING,
            get_cell (sheets, "Indikator SID", 1, "Nomor Indikator"));
  level = get_cell (sheets, "Indikator SID", 1, "Level");
  set_cell (sheets, "Indikator SID", 2, "Level", INOVDA_CELL_NUMBER,
            g_strcmp0 (level, "1") == 0 ? "2" : "1");
  write_workbook (sheets, file, FALSE);

  import = import_refused_into_empty (file, folder);
  print_problems (import);
  g_assert_cmpuint (inovda_import_get_n_problems (import), ==, 1);
  cell = inovda_cell_reference (2, find_column (find_sheet (sheets, "Indikator SID"), "Nomor Indikator"));
  location = g_strdup_printf ("Indikator SID!%s", cell);
  g_assert_true (has_problem (import, location, "twice, differently"));
}

/* Evidence files come from the folder beside the workbook, and only from
 * there: a symbolic link inside it, to a folder or to a file, is refused
 * rather than followed to a file of the user's elsewhere. */
static void
test_evidence_symlinks (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *outside = inovda_test_temp_path ("outside");
  g_autofree char *secret = NULL;
  g_autofree char *linked_folder = NULL;
  g_autofree char *linked_file = NULL;
  g_autofree char *real_file = NULL;
  g_autofree char *hostile = inovda_test_temp_path ("symlinks.xlsx");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GPtrArray) sheets = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autoptr (GError) error = NULL;
  const char *const paths[] = { "keluar/rahasia.pdf", "tautan.pdf", "asli.pdf" };
  Sheet *evidence;

  portfolio = new_portfolio (TRUE, &path);
  xlsx = export_workbook (portfolio, "demo-links.xlsx", TRUE);
  folder = g_path_get_dirname (xlsx);
  before = portfolio_checksum (path);

  g_assert_cmpint (g_mkdir_with_parents (outside, 0700), ==, 0);
  secret = g_build_filename (outside, "rahasia.pdf", NULL);
  g_assert_true (g_file_set_contents (secret, "%PDF-1.4 bukan untuk diimpor", -1, &error));
  g_assert_no_error (error);
  linked_folder = g_build_filename (folder, "keluar", NULL);
  linked_file = g_build_filename (folder, "tautan.pdf", NULL);
  g_assert_cmpint (symlink (outside, linked_folder), ==, 0);
  g_assert_cmpint (symlink (secret, linked_file), ==, 0);
  /* A plain file beside the workbook is still read. */
  real_file = g_build_filename (folder, "asli.pdf", NULL);
  g_assert_true (g_file_set_contents (real_file, "%PDF-1.4 surat asli", -1, &error));
  g_assert_no_error (error);

  sheets = read_workbook (xlsx);
  evidence = find_sheet (sheets, "Bukti");
  g_assert_cmpuint (evidence->rows->len, >, G_N_ELEMENTS (paths));
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      set_cell (sheets, "Bukti", i + 1, "SHA-256", INOVDA_CELL_EMPTY, NULL);
      set_cell (sheets, "Bukti", i + 1, "Lokasi Berkas", INOVDA_CELL_STRING, paths[i]);
    }
  write_workbook (sheets, hostile, FALSE);

  import = inovda_import_new (portfolio, hostile);
  inovda_import_set_files_folder (import, folder);
  g_assert_true (inovda_import_run (import, FALSE, NULL, NULL));
  print_problems (import);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *cell = inovda_cell_reference (i + 1, find_column (evidence, "Lokasi Berkas"));
      g_autofree char *location = g_strdup_printf ("Bukti!%s", cell);

      g_assert_true (has_problem (import, location, "is not next to the imported file"));
    }
  {
    g_autofree char *cell = inovda_cell_reference (3, find_column (evidence, "Lokasi Berkas"));
    g_autofree char *location = g_strdup_printf ("Bukti!%s", cell);

    g_assert_false (has_problem (import, location, NULL));
  }
  g_assert_false (inovda_import_get_applied (import));
  after = portfolio_checksum (path);
  g_assert_cmpstr (before, ==, after);

  g_unlink (linked_folder);
  g_unlink (linked_file);
  g_unlink (real_file);
}

static void
write_rows (lxw_workbook *workbook,
            const char *name,
            const char *const *cells,
            guint n_rows,
            guint n_columns)
{
  lxw_worksheet *worksheet = workbook_add_worksheet (workbook, name);

  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < n_columns; c++)
      if (*cells[r * n_columns + c] != '\0')
        worksheet_write_string (worksheet, r, c, cells[r * n_columns + c], NULL);
}

static void
test_refused_duplicate (void)
{
  /* A refused row under an id met before once replaced, and freed, the
   * innovation that later rows find by their unit and name. */
  static const char *const innovations[] = {
    "ID Inovasi",
    "Kode Wilayah*",
    "Kode Perangkat Daerah*",
    "Nama Inovasi*",
    "Tahapan Inovasi*",
    "BARU-1",
    "63",
    "BAPENDA",
    "Inovasi Baru",
    "penerapan",
    "BARU-1",
    "x",
    "BAPENDA",
    "Inovasi Baru",
    "penerapan",
  };
  static const char *const answers[] = {
    "ID Inovasi",
    "Kode Wilayah",
    "Kode Perangkat Daerah",
    "Nama Inovasi",
    "Tahun*",
    "Nomor Indikator",
    "Level",
    "",
    "63",
    "BAPENDA",
    "Inovasi Baru",
    "2025",
    "16",
    "1",
  };
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autofree char *path = NULL;
  g_autofree char *file = inovda_test_temp_path ("refused-duplicate.xlsx");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  lxw_workbook *workbook;

  portfolio = new_portfolio (TRUE, &path);
  before = portfolio_checksum (path);
  workbook = workbook_new (file);
  write_rows (workbook, "Inovasi", innovations, 3, 5);
  write_rows (workbook, "Indikator SID", answers, 2, 7);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);

  import = run_import (portfolio, file, FALSE);
  g_assert_true (has_problem (import, "Inovasi!B3", "“x”"));
  g_assert_true (has_problem (import, "Inovasi!A3", "twice"));
  g_assert_false (inovda_import_get_applied (import));
  after = portfolio_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

/* Unknown values in Urusan Lain are one problem per cell, and a cell of
 * thousands of values is refused without looking each one up. */
static void
test_urusan_lain_values (void)
{
  g_autoptr (GString) many = g_string_new (NULL);
  const char *innovations[] = {
    "ID Inovasi",
    "Kode Wilayah*",
    "Kode Perangkat Daerah*",
    "Nama Inovasi*",
    "Tahapan Inovasi*",
    "Urusan Lain",
    "BARU-1",
    "63",
    "BAPENDA",
    "Inovasi Baru",
    "penerapan",
    "1.02 abc def",
    "BARU-2",
    "63",
    "BAPENDA",
    "Inovasi Lain",
    "penerapan",
    NULL,
  };
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autofree char *path = NULL;
  g_autofree char *file = inovda_test_temp_path ("urusan-lain.xlsx");
  lxw_workbook *workbook;

  for (guint i = 0; i < 5000; i++)
    g_string_append (many, "x ");
  innovations[17] = many->str;

  portfolio = new_portfolio (TRUE, &path);
  workbook = workbook_new (file);
  write_rows (workbook, "Inovasi", innovations, 3, 6);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);

  import = run_import (portfolio, file, TRUE);
  g_assert_cmpuint (inovda_import_get_n_problems (import), ==, 2);
  g_assert_true (has_problem (import, "Inovasi!F2", "“abc” and 1 more value are not urusan codes"));
  g_assert_true (has_problem (import, "Inovasi!F3", "more than 256 values"));
}

/* A damaged workbook's problem names its cell once, not the file twice. */
static void
test_damaged_problem (void)
{
  g_autofree char *damaged = g_test_build_filename (G_TEST_DIST, "data", "spreadsheet", "sst-range.xlsx", NULL);
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autofree char *path = NULL;
  GPtrArray *problems;

  portfolio = new_portfolio (TRUE, &path);
  import = run_import (portfolio, damaged, TRUE);
  problems = inovda_import_get_problems (import);
  g_assert_cmpuint (problems->len, >, 0);
  g_assert_true (has_problem (import, NULL, "Sheet1!C5: The cell refers to shared text number 99"));
  for (guint i = 0; i < problems->len; i++)
    g_assert_false (g_str_has_prefix (((InovdaImportProblem *) g_ptr_array_index (problems, i))->message, "sst-range.xlsx"));
}

static void
test_long_cells (void)
{
  /* A workbook stores a repeated text once: ten rows of a thousand cells
   * of 32,000 characters are a few kilobytes. Looking for a header among
   * them once took minutes, and every problem kept the whole text. */
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaImport) unknown = NULL;
  g_autoptr (InovdaImport) refused = NULL;
  g_autofree char *path = NULL;
  g_autofree char *long_text = g_strnfill (32000, 'x');
  g_autofree char *file = inovda_test_temp_path ("long-cells.xlsx");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  static const char *const headers[] = { "ID Inovasi", "Kode Wilayah*", "Kode Perangkat Daerah*", "Nama Inovasi*",
                                         "Tahapan Inovasi*" };
  const char *const row[] = { "BARU-1", long_text, "BAPENDA", "Inovasi Baru", "penerapan" };
  InovdaImportProblem *problem;
  lxw_workbook *workbook;
  lxw_worksheet *worksheet;

  portfolio = new_portfolio (TRUE, &path);
  before = portfolio_checksum (path);
  workbook = workbook_new (file);
  worksheet = workbook_add_worksheet (workbook, "Data");
  for (guint r = 0; r < 10; r++)
    for (guint c = 0; c < 1000; c++)
      worksheet_write_string (worksheet, r, c, long_text, NULL);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);

  unknown = run_import (portfolio, file, FALSE);
  g_assert_true (has_problem (unknown, NULL, "neither an Inovda workbook nor a ministry list"));

  workbook = workbook_new (file);
  write_rows (workbook, "Inovasi", headers, 1, 5);
  worksheet = workbook_get_worksheet_by_name (workbook, "Inovasi");
  for (guint c = 0; c < 5; c++)
    worksheet_write_string (worksheet, 1, c, row[c], NULL);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);

  refused = run_import (portfolio, file, FALSE);
  g_assert_true (has_problem (refused, "Inovasi!B2", "is not a kode wilayah"));
  for (guint i = 0; i < inovda_import_get_problems (refused)->len; i++)
    {
      problem = g_ptr_array_index (inovda_import_get_problems (refused), i);
      g_assert_cmpuint (strlen (problem->message), <, 2000);
    }
  g_assert_false (inovda_import_get_applied (refused));
  after = portfolio_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_ministry_after_budget (void)
{
  /* The reads of a workbook share what it may unpack to. Six sheets of a
   * repeated 32,000-character text took most of it while the ministry list
   * behind them was found; looking for the list again then found nothing,
   * and the import read sheet -1 and crashed. */
  static const char *const list[] = {
    "ID Inovda",
    "Nama Inovasi",
    "Tahun",
    "Verifikasi 16",
    "DEMO-2025-006",
    "SAMKEDES",
    "2025",
    "1",
  };
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autofree char *path = NULL;
  g_autofree char *long_text = g_strnfill (32000, 'x');
  g_autofree char *file = inovda_test_temp_path ("budget.xlsx");
  lxw_workbook *workbook;

  portfolio = new_portfolio (TRUE, &path);
  workbook = workbook_new (file);
  for (guint s = 0; s < 6; s++)
    {
      g_autofree char *name = g_strdup_printf ("Lembar %u", s + 1);
      lxw_worksheet *worksheet = workbook_add_worksheet (workbook, name);

      for (guint r = 0; r < 10; r++)
        for (guint c = 0; c < 1000; c++)
          worksheet_write_string (worksheet, r, c, long_text, NULL);
    }
  write_rows (workbook, "Daftar", list, 2, 4);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);

  import = run_import (portfolio, file, TRUE);
  g_assert_cmpint (inovda_import_get_format (import), ==, INOVDA_IMPORT_MINISTRY_LIST);
}

static void
test_broken_files (void)
{
  static const char *const contents[] = {
    "PK\x03\x04 not really a zip",
    "Kode Wilayah,Nama Wilayah\n63,\"unterminated\n",
    "bukan apa-apa",
  };
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;

  portfolio = new_portfolio (TRUE, &path);
  before = portfolio_checksum (path);
  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      g_autofree char *file = inovda_test_temp_path ("broken.xlsx");
      g_autoptr (InovdaImport) import = NULL;
      g_autofree char *after = NULL;
      g_autoptr (GError) error = NULL;

      g_assert_true (g_file_set_contents (file, contents[i], -1, NULL));
      import = inovda_import_new (portfolio, file);
      if (inovda_import_run (import, FALSE, NULL, &error))
        g_assert_cmpuint (inovda_import_get_n_problems (import), >, 0);
      after = portfolio_checksum (path);
      g_assert_cmpstr (before, ==, after);
    }
}

/* Dinas Kesehatan's SEHATI was reported in 2025, not yet in 2026: its
 * template rows for 2026 go out blank. Returned so, they report nothing;
 * one level filled in reports it. */
static void
assert_untouched_template_changes_nothing (InovdaPortfolio *portfolio,
                                           const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *template = inovda_test_temp_path ("template-dinkes.xlsx");
  g_autofree char *returned = inovda_test_temp_path ("returned-dinkes.xlsx");
  g_autofree char *contradicting = inovda_test_temp_path ("contradicting-dinkes.xlsx");
  g_autoptr (InovdaImport) contradicted = NULL;
  g_autofree char *before = portfolio_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr (GPtrArray) sheets = NULL;
  g_autoptr (InovdaImport) same = NULL;
  g_autoptr (InovdaImport) filled = NULL;
  const InovdaImportCounts *counts;
  const InovdaImportSubmission *submission;
  Sheet *sid;
  guint sehati_row = 0;

  g_assert_true (inovda_export_template (portfolio, template, "63", "DINKES", 2026, NULL, &error));
  g_assert_no_error (error);

  same = run_import (portfolio, template, FALSE);
  assert_no_problems (same);
  /* Read as the unit's returned submission, whose rules it passes. */
  submission = inovda_import_get_submission (same);
  g_assert_nonnull (submission);
  g_assert_cmpstr (submission->region_code, ==, "63");
  g_assert_cmpstr (submission->unit_code, ==, "DINKES");
  g_assert_cmpstr (submission->unit_name, ==, "Dinas Kesehatan");
  g_assert_cmpint (submission->year, ==, 2026);
  counts = inovda_import_get_counts (same);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_UNCHANGED], ==, 5);
  g_assert_cmpuint (counts->assessments_added + counts->assessments_updated, ==, 0);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_ADDED] + counts->innovations[INOVDA_IMPORT_UPDATED], ==, 0);
  g_assert_cmpuint (counts->answers_added + counts->answers_updated, ==, 0);
  after = portfolio_checksum (path);
  g_assert_cmpstr (before, ==, after);

  sheets = read_workbook (template);
  sid = find_sheet (sheets, "Indikator SID");
  for (guint r = 1; r < sid->rows->len && sehati_row == 0; r++)
    if (g_strcmp0 (get_cell (sheets, "Indikator SID", r, "ID Inovasi"), "DEMO-2025-014") == 0)
      sehati_row = r;
  g_assert_cmpuint (sehati_row, >, 0);
  g_assert_null (get_cell (sheets, "Indikator SID", sehati_row, "Level"));
  set_cell (sheets, "Indikator SID", sehati_row, "Level", INOVDA_CELL_NUMBER, "1");
  write_workbook (sheets, returned, TRUE);

  /* A blank row's status still counts: a later row of the same year may
   * not contradict it. */
  g_clear_pointer (&sheets, g_ptr_array_unref);
  sheets = read_workbook (template);
  set_cell (sheets, "Indikator SID", sehati_row + 1, "Level", INOVDA_CELL_NUMBER, "1");
  set_cell (sheets, "Indikator SID", sehati_row + 1, "Status", INOVDA_CELL_STRING, "diterima");
  write_workbook (sheets, contradicting, FALSE);
  contradicted = run_import (portfolio, contradicting, FALSE);
  {
    g_autofree char *cell = inovda_cell_reference (sehati_row + 1,
                                                   find_column (find_sheet (sheets, "Indikator SID"), "Status"));
    g_autofree char *location = g_strdup_printf ("Indikator SID!%s", cell);

    g_assert_true (has_problem (contradicted, location, "differs"));
  }
  g_assert_false (inovda_import_get_applied (contradicted));

  filled = run_import (portfolio, returned, FALSE);
  assert_no_problems (filled);
  counts = inovda_import_get_counts (filled);
  g_assert_cmpuint (counts->assessments_added, ==, 1);
  g_assert_cmpuint (counts->answers_added, ==, 1);
}

static void
test_template (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *template = inovda_test_temp_path ("template.xlsx");
  g_autofree char *returned = inovda_test_temp_path ("returned.xlsx");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GPtrArray) sheets = NULL;
  g_autoptr (InovdaImport) same = NULL;
  g_autoptr (InovdaImport) filled = NULL;
  Sheet *units, *sid;
  const InovdaImportCounts *counts;
  guint new_row;

  portfolio = new_portfolio (TRUE, &path);
  g_assert_true (inovda_export_template (portfolio, template, "63", "BAPENDA", 2026, NULL, &error));
  g_assert_no_error (error);
  before = portfolio_checksum (path);

  /* Restricted to the unit. */
  sheets = read_workbook (template);
  units = find_sheet (sheets, "Perangkat Daerah");
  g_assert_cmpuint (units->rows->len, ==, 2);
  g_assert_cmpstr (get_cell (sheets, "Perangkat Daerah", 1, "Kode Perangkat Daerah"), ==, "BAPENDA");
  g_assert_cmpuint (find_sheet (sheets, "Inovasi")->rows->len, >, 1);
  for (guint r = 1; r < find_sheet (sheets, "Inovasi")->rows->len; r++)
    g_assert_cmpstr (get_cell (sheets, "Inovasi", r, "Kode Perangkat Daerah*"), ==, "BAPENDA");
  sid = find_sheet (sheets, "Indikator SID");
  for (guint r = 1; r < sid->rows->len; r++)
    g_assert_cmpstr (get_cell (sheets, "Indikator SID", r, "Tahun*"), ==, "2026");
  g_assert_cmpuint (find_sheet (sheets, "Indikator SPD")->rows->len, ==, 1);
  /* The "*" of a required header stays on the data sheets: the lists and
   * the guide name the column without it. */
  g_assert_cmpstr (get_cell (sheets, "Referensi", 0, "Tahapan Inovasi"), ==, "Tahapan Inovasi");
  {
    Sheet *guide = find_sheet (sheets, "Petunjuk");
    guint listed = 0;

    for (guint r = 0; r < guide->rows->len; r++)
      {
        GArray *cells = g_ptr_array_index (guide->rows, r);
        const char *text = cells != NULL && cells->len > 0 ? g_array_index (cells, Cell, 0).text : "";

        g_assert_null (strstr (text, "*:"));
        listed += g_str_has_prefix (text, "• Tahapan Inovasi: ");
      }
    g_assert_cmpuint (listed, ==, 1);
  }

  /* Returned untouched: nothing is added. */
  same = run_import (portfolio, template, FALSE);
  assert_no_problems (same);
  counts = inovda_import_get_counts (same);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_ADDED], ==, 0);
  g_assert_cmpuint (counts->units_added + counts->regions_added, ==, 0);

  assert_untouched_template_changes_nothing (portfolio, path);

  /* Filled in: a level, a new name, and a new innovation without an id. */
  set_cell (sheets, "Indikator SID", 1, "Level", INOVDA_CELL_NUMBER, "1");
  set_cell (sheets, "Inovasi", 1, "Nama Inovasi*", INOVDA_CELL_STRING, "Nama Baru dari Perangkat Daerah");
  new_row = find_sheet (sheets, "Inovasi")->rows->len;
  set_cell (sheets, "Inovasi", new_row, "Kode Wilayah*", INOVDA_CELL_STRING, "63");
  set_cell (sheets, "Inovasi", new_row, "Kode Perangkat Daerah*", INOVDA_CELL_STRING, "BAPENDA");
  set_cell (sheets, "Inovasi", new_row, "Nama Inovasi*", INOVDA_CELL_STRING, "Inovasi Baru Sekali");
  set_cell (sheets, "Inovasi", new_row, "Tahapan Inovasi*", INOVDA_CELL_STRING, "Uji Coba");
  set_cell (sheets, "Inovasi", new_row, "Waktu Uji Coba", INOVDA_CELL_DATE, "2025-11-03");
  new_row = sid->rows->len;
  set_cell (sheets, "Indikator SID", new_row, "Kode Wilayah", INOVDA_CELL_STRING, "63");
  set_cell (sheets, "Indikator SID", new_row, "Kode Perangkat Daerah", INOVDA_CELL_STRING, "BAPENDA");
  set_cell (sheets, "Indikator SID", new_row, "Nama Inovasi", INOVDA_CELL_STRING, "inovasi baru  sekali");
  set_cell (sheets, "Indikator SID", new_row, "Tahun*", INOVDA_CELL_NUMBER, "2026");
  set_cell (sheets, "Indikator SID", new_row, "Nomor Indikator", INOVDA_CELL_STRING, "16");
  set_cell (sheets, "Indikator SID", new_row, "Level", INOVDA_CELL_NUMBER, "2");
  write_workbook (sheets, returned, TRUE);

  filled = run_import (portfolio, returned, FALSE);
  assert_no_problems (filled);
  counts = inovda_import_get_counts (filled);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_ADDED], ==, 1);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_UPDATED], >=, 1);
  g_assert_cmpuint (counts->answers_added + counts->answers_updated, >=, 2);
  /* The new innovation's id is made up by the import: the preview says so. */
  {
    GPtrArray *items = inovda_import_get_items (filled);
    guint n_new_uid = 0;

    for (guint i = 0; i < items->len; i++)
      {
        const InovdaImportItem *item = g_ptr_array_index (items, i);

        n_new_uid += item->new_uid;
        g_assert_true (!item->new_uid || item->outcome == INOVDA_IMPORT_ADDED);
      }
    g_assert_cmpuint (n_new_uid, ==, 1);
  }
  after = portfolio_checksum (path);
  g_assert_cmpstr (before, !=, after);
}

/* ---------------------------------------------------------------------- */
/* A unit's returned submission                                           */

#define DINKES_MARK "\"63;DINKES;2026\""

typedef struct
{
  const char *header;
  InovdaCellType type;
  const char *text;
} Edit;

/* One rule of a submission broken by a clerk's edit: the rows of
 * @row_uid (the first, or every one), else row @row, else a new row. */
typedef struct
{
  const char *sheet;
  const char *row_uid;
  gboolean every_row;
  guint row;
  Edit edits[6];
  const char *where; /* the header of the cell the problem names */
  const char *message;
  gboolean kept; /* not a problem: the portfolio's value stays, with a note */
} SubmissionCase;

/* The demo portfolio (its file in @path) and DINKES's 2026 template
 * written to @template. */
static InovdaPortfolio *
dinkes_template (char **path,
                 const char *template)
{
  g_autoptr (GError) error = NULL;
  InovdaPortfolio *portfolio = new_portfolio (TRUE, path);

  g_assert_true (inovda_export_template (portfolio, template, "63", "DINKES", 2026, NULL, &error));
  g_assert_no_error (error);
  return portfolio;
}

static const SubmissionCase submission_cases[] = {
  /* Verification is the ministry's */
  { "Indikator SID", "DEMO-2025-012", FALSE, 0, { { "Level Verifikasi", INOVDA_CELL_NUMBER, "3" } }, "Level Verifikasi", "Level Verifikasi is not taken", TRUE },
  { "Indikator SID", "DEMO-2025-013", TRUE, 0, { { "Status", INOVDA_CELL_STRING, "diterima" } }, "Status", "“diterima” is not taken", TRUE },
  { "Indikator SID", "DEMO-2025-014", FALSE, 0, { { "Status", INOVDA_CELL_STRING, "ditolak" } }, "Status", "cannot set it" },
  { "Indikator SID", "DEMO-2025-012", TRUE, 0, { { "Status", INOVDA_CELL_STRING, "dikirim" } }, "Status", "“dikirim” is not taken: the ministry's verification decides, and “diterima” stays", TRUE },
  /* Only the unit's own innovations */
  { "Inovasi", "DEMO-2025-012", FALSE, 0, { { "Kode Perangkat Daerah*", INOVDA_CELL_STRING, "BAPPEDA" } }, "Kode Perangkat Daerah*", "cannot report an innovation of unit BAPPEDA of region 63" },
  { "Inovasi", "DEMO-2025-012", FALSE, 0, { { "Kode Wilayah*", INOVDA_CELL_STRING, "63.71" } }, "Kode Wilayah*", "of region 63.71" },
  { "Inovasi", NULL, FALSE, 0, { { "ID Inovasi", INOVDA_CELL_STRING, "DEMO-2025-006" }, { "Kode Wilayah*", INOVDA_CELL_STRING, "63" }, { "Kode Perangkat Daerah*", INOVDA_CELL_STRING, "DINKES" }, { "Nama Inovasi*", INOVDA_CELL_STRING, "Samsat Keliling, kini Dinkes" }, { "Tahapan Inovasi*", INOVDA_CELL_STRING, "penerapan" } }, "ID Inovasi", "DEMO-2025-006 belongs to another unit" },
  { "Indikator SID", NULL, FALSE, 0, { { "ID Inovasi", INOVDA_CELL_STRING, "DEMO-2025-006" }, { "Tahun*", INOVDA_CELL_NUMBER, "2026" }, { "Nomor Indikator", INOVDA_CELL_STRING, "16" }, { "Level", INOVDA_CELL_NUMBER, "3" } }, "ID Inovasi", "DEMO-2025-006 belongs to another unit" },
  { "Bukti", NULL, FALSE, 0, { { "ID Inovasi", INOVDA_CELL_STRING, "DEMO-2025-006" }, { "Indikator atau Dokumen*", INOVDA_CELL_STRING, "sop" }, { "Nomor Surat", INOVDA_CELL_STRING, "12/2026" } }, "ID Inovasi", "DEMO-2025-006 belongs to another unit" },
  /* Only the template's year: the others may be accepted already */
  { "Indikator SID", NULL, FALSE, 0, { { "ID Inovasi", INOVDA_CELL_STRING, "DEMO-2025-012" }, { "Tahun*", INOVDA_CELL_NUMBER, "2025" }, { "Nomor Indikator", INOVDA_CELL_STRING, "16" }, { "Level", INOVDA_CELL_NUMBER, "3" } }, "Tahun*", "cannot report the year 2025" },
  /* The region's data and other units stay as they are */
  { "Indikator SPD", NULL, FALSE, 0, { { "Kode Wilayah*", INOVDA_CELL_STRING, "63" }, { "Tahun*", INOVDA_CELL_NUMBER, "2026" }, { "Nomor Indikator*", INOVDA_CELL_STRING, "1" }, { "Level", INOVDA_CELL_NUMBER, "0" } }, "Level", "does not change the region's indicators (Indikator SPD)", TRUE },
  { "Bukti", NULL, FALSE, 0, { { "Kode Wilayah", INOVDA_CELL_STRING, "63" }, { "Tahun", INOVDA_CELL_NUMBER, "2026" }, { "Indikator atau Dokumen*", INOVDA_CELL_STRING, "1" }, { "Nomor Surat", INOVDA_CELL_STRING, "12/2026" } }, "ID Inovasi", "evidence of the region's indicators" },
  { "Perangkat Daerah", NULL, FALSE, 1, { { "Nama Wilayah", INOVDA_CELL_STRING, "Kalsel" } }, "Nama Wilayah", "does not change the name or type of region 63", TRUE },
  { "Perangkat Daerah", NULL, FALSE, 0, { { "Kode Wilayah*", INOVDA_CELL_STRING, "63" }, { "Kode Perangkat Daerah", INOVDA_CELL_STRING, "BAPENDA" }, { "Nama Perangkat Daerah", INOVDA_CELL_STRING, "Badan Pendapatan Daerah Baru" }, { "Singkatan", INOVDA_CELL_STRING, "Bapenda" } }, "Nama Perangkat Daerah", "the unit BAPENDA stays as it is", TRUE },
  { "Perangkat Daerah", NULL, FALSE, 0, { { "Kode Wilayah*", INOVDA_CELL_STRING, "63" }, { "Kode Perangkat Daerah", INOVDA_CELL_STRING, "DISPERPUSIP" }, { "Nama Perangkat Daerah", INOVDA_CELL_STRING, "Dinas Perpustakaan dan Kearsipan" } }, "Kode Perangkat Daerah", "the unit DISPERPUSIP is not added", TRUE },
};

/* The rows @test names in @sheets, or a new row. */
static GArray *
case_rows (GPtrArray *sheets,
           const SubmissionCase *test)
{
  Sheet *sheet = find_sheet (sheets, test->sheet);
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (guint));

  if (test->row > 0)
    g_array_append_val (rows, test->row);
  else if (test->row_uid == NULL)
    g_array_append_val (rows, sheet->rows->len);
  for (guint r = 1; test->row_uid != NULL && r < sheet->rows->len && (test->every_row || rows->len == 0); r++)
    if (g_strcmp0 (get_cell (sheets, test->sheet, r, "ID Inovasi"), test->row_uid) == 0)
      g_array_append_val (rows, r);
  g_assert_cmpuint (rows->len, >, 0);
  return rows;
}

/* Each rule alone, on an otherwise untouched template: refused with its
 * location, or taken without the value the portfolio keeps (which may
 * have moved on since the template was written), with a note there;
 * nothing changed either way. */
static void
test_submission_refused (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *template = inovda_test_temp_path ("submission.xlsx");
  g_autofree char *before = NULL;

  portfolio = dinkes_template (&path, template);
  before = portfolio_checksum (path);

  for (guint c = 0; c < G_N_ELEMENTS (submission_cases); c++)
    {
      const SubmissionCase *test = &submission_cases[c];
      g_autoptr (GPtrArray) sheets = read_workbook (template);
      g_autoptr (GArray) rows = case_rows (sheets, test);
      g_autofree char *returned = inovda_test_temp_path ("returned-submission.xlsx");
      g_autofree char *cell = NULL;
      g_autofree char *location = NULL;
      g_autofree char *after = NULL;
      g_autoptr (InovdaImport) import = NULL;

      for (guint r = 0; r < rows->len; r++)
        for (guint e = 0; e < G_N_ELEMENTS (test->edits) && test->edits[e].header != NULL; e++)
          set_cell (sheets, test->sheet, g_array_index (rows, guint, r), test->edits[e].header, test->edits[e].type,
                    test->edits[e].text);
      write_workbook_marked (sheets, returned, FALSE, DINKES_MARK);
      g_test_message ("case %u: %s", c, test->message);
      import = run_import (portfolio, returned, FALSE);
      g_assert_nonnull (inovda_import_get_submission (import));
      cell = inovda_cell_reference (g_array_index (rows, guint, 0), find_column (find_sheet (sheets, test->sheet), test->where));
      location = g_strdup_printf ("%s!%s", test->sheet, cell);
      if (test->kept)
        {
          if (!has_note (import, location, test->message))
            g_error ("case %u: no note “%s” at %s", c, test->message, location);
          g_assert_cmpuint (inovda_import_get_n_problems (import), ==, 0);
        }
      else
        {
          if (!has_problem (import, location, test->message))
            g_error ("case %u: no problem “%s” at %s", c, test->message, location);
          g_assert_false (inovda_import_get_applied (import));
        }
      after = portfolio_checksum (path);
      g_assert_cmpstr (before, ==, after);
    }
}

static int
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int value = -100;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_type (stmt, 0) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* A template returned untouched after the portfolio moved on (the
 * ministry's verification imported, a status accepted): its old values of
 * what the unit does not decide are not problems; the portfolio's stay. */
static void
test_submission_stale (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaInnovation) innovation_12 = NULL;
  g_autoptr (InovdaInnovation) innovation_13 = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *template = inovda_test_temp_path ("stale-submission.xlsx");

  portfolio = dinkes_template (&path, template);

  innovation_12 = inovda_portfolio_find_innovation (portfolio, "DEMO-2025-012", &error);
  innovation_13 = inovda_portfolio_find_innovation (portfolio, "DEMO-2025-013", &error);
  g_assert_no_error (error);
  g_assert_true (inovda_portfolio_set_sid_verified (portfolio, inovda_innovation_get_id (innovation_12), 2026, "16", 2, &error));
  g_assert_true (inovda_portfolio_set_status (portfolio, inovda_innovation_get_id (innovation_13), 2026, INOVDA_STATUS_DITERIMA, &error));
  g_assert_no_error (error);

  import = run_import (portfolio, template, FALSE);
  g_assert_nonnull (inovda_import_get_submission (import));
  g_assert_cmpuint (inovda_import_get_n_problems (import), ==, 0);
  g_assert_cmpuint (inovda_import_get_notes (import)->len, >=, 2);
  g_assert_cmpint (query_int (path, "SELECT s.verified_level FROM sid_answer s JOIN assessment a ON a.id = "
                                    "s.assessment_id JOIN innovation i ON i.id = a.innovation_id WHERE i.uid = "
                                    "'DEMO-2025-012' AND a.year = 2026 AND s.indicator = '16'"),
                   ==, 2);
  g_assert_cmpint (query_int (path, "SELECT a.status = 'diterima' FROM assessment a JOIN innovation i ON i.id = "
                                    "a.innovation_id WHERE i.uid = 'DEMO-2025-013' AND a.year = 2026"),
                   ==, 1);
}

#define VERIFIED_16_SQL                                                                                         \
  "SELECT s.verified_level FROM sid_answer s JOIN assessment a ON a.id = s.assessment_id JOIN innovation i ON " \
  "i.id = a.innovation_id WHERE i.uid = 'DEMO-2025-012' AND a.year = 2026 AND s.indicator = '16'"

/* What a clerk does: a level, the unit's own status step, a cleared
 * Level Verifikasi (kept), a new innovation; an unchanged copy of another
 * unit's row. Without the mark, the same workbook is any workbook, and
 * its Level Verifikasi is taken. */
static void
test_submission_accepted (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *template = inovda_test_temp_path ("submission.xlsx");
  g_autofree char *returned = inovda_test_temp_path ("returned-submission.xlsx");
  g_autofree char *unmarked = inovda_test_temp_path ("unmarked.xlsx");
  g_autoptr (GPtrArray) sheets = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autoptr (InovdaImport) full = NULL;
  const InovdaImportCounts *counts;
  Sheet *sid;
  guint row;

  portfolio = dinkes_template (&path, template);
  sheets = read_workbook (template);
  sid = find_sheet (sheets, "Indikator SID");
  for (guint r = 1; r < sid->rows->len; r++)
    {
      const char *uid = get_cell (sheets, "Indikator SID", r, "ID Inovasi");

      if (g_strcmp0 (uid, "DEMO-2025-013") == 0)
        set_cell (sheets, "Indikator SID", r, "Status", INOVDA_CELL_STRING, "siap-kirim");
      if (g_strcmp0 (uid, "DEMO-2025-012") == 0)
        set_cell (sheets, "Indikator SID", r, "Level Verifikasi", INOVDA_CELL_EMPTY, NULL);
    }
  set_cell (sheets, "Indikator SID", 1, "Level", INOVDA_CELL_NUMBER, "3");
  row = find_sheet (sheets, "Inovasi")->rows->len;
  set_cell (sheets, "Inovasi", row, "Kode Wilayah*", INOVDA_CELL_STRING, "63");
  set_cell (sheets, "Inovasi", row, "Kode Perangkat Daerah*", INOVDA_CELL_STRING, "DINKES");
  set_cell (sheets, "Inovasi", row, "Nama Inovasi*", INOVDA_CELL_STRING, "Posyandu Digital");
  set_cell (sheets, "Inovasi", row, "Tahapan Inovasi*", INOVDA_CELL_STRING, "inisiatif");
  row = find_sheet (sheets, "Perangkat Daerah")->rows->len;
  set_cell (sheets, "Perangkat Daerah", row, "Kode Wilayah*", INOVDA_CELL_STRING, "63");
  set_cell (sheets, "Perangkat Daerah", row, "Kode Perangkat Daerah", INOVDA_CELL_STRING, "BAPENDA");
  set_cell (sheets, "Perangkat Daerah", row, "Nama Perangkat Daerah", INOVDA_CELL_STRING, "Badan Pendapatan Daerah");
  set_cell (sheets, "Perangkat Daerah", row, "Singkatan", INOVDA_CELL_STRING, "Bapenda");
  write_workbook_marked (sheets, returned, TRUE, DINKES_MARK);

  import = run_import (portfolio, returned, FALSE);
  assert_no_problems (import);
  g_assert_true (inovda_import_get_applied (import));
  counts = inovda_import_get_counts (import);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_ADDED], ==, 1);
  g_assert_cmpuint (counts->units_updated + counts->regions_updated, ==, 0);
  g_assert_cmpint (query_int (path, VERIFIED_16_SQL), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count (*) FROM assessment a JOIN innovation i ON i.id = a.innovation_id "
                                    "WHERE i.uid = 'DEMO-2025-013' AND a.year = 2026 AND a.status = 'siap-kirim'"),
                   ==, 1);

  /* The analyst's own workbook: no mark, no submission rules. */
  set_cell (sheets, "Indikator SID", 1, "Level Verifikasi", INOVDA_CELL_NUMBER, "3");
  write_workbook (sheets, unmarked, FALSE);
  full = run_import (portfolio, unmarked, FALSE);
  assert_no_problems (full);
  g_assert_null (inovda_import_get_submission (full));
  g_assert_cmpint (query_int (path, VERIFIED_16_SQL), ==, 3);
  /* A template's own column without its mark is said aloud: the mark
   * may have been taken out. */
  {
    GPtrArray *notes = inovda_import_get_notes (full);
    gboolean said = FALSE;

    for (guint i = 0; i < notes->len; i++)
      said |= strstr (((InovdaImportProblem *) g_ptr_array_index (notes, i))->message, "lacks the template's mark") != NULL;
    g_assert_true (said);
    g_assert_cmpuint (inovda_import_get_notes (import)->len, ==, 0);
  }
}

/* A mark that is not one refuses the file; so does one for a unit the
 * portfolio does not have. */
static void
test_submission_bad_mark (void)
{
  static const struct
  {
    const char *mark;
    const char *message;
  } cases[] = {
    { "\"63;DINKES\"", "is damaged" },
    { "\"63;DINKES;1999\"", "is damaged" },
    { "63", "is damaged" },
    { "\"63;%00;2026\"", "is damaged" },
    { "\"63;TIDAKADA;2026\"", "unit TIDAKADA of region 63, which is not in the portfolio" },
  };
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *template = inovda_test_temp_path ("submission.xlsx");
  g_autoptr (GPtrArray) sheets = NULL;

  portfolio = dinkes_template (&path, template);
  sheets = read_workbook (template);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *returned = inovda_test_temp_path ("marked.xlsx");
      g_autoptr (InovdaImport) import = NULL;

      write_workbook_marked (sheets, returned, FALSE, cases[c].mark);
      import = run_import (portfolio, returned, TRUE);
      g_assert_true (has_problem (import, NULL, cases[c].message));
    }
}

/* ---------------------------------------------------------------------- */
/* Real spreadsheet programs                                              */

static char *
soffice_path (void)
{
  char *path = g_find_program_in_path ("soffice");

  if (path == NULL)
    path = g_find_program_in_path ("libreoffice");
  return path;
}

static gboolean
run (const char *const *argv)
{
  g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;

  /* The test environment's malloc checks make LibreOffice abort. */
  g_subprocess_launcher_unsetenv (launcher, "MALLOC_CHECK_");
  g_subprocess_launcher_unsetenv (launcher, "MALLOC_PERTURB_");
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  return g_subprocess_wait_check (process, NULL, &error);
}

/* LibreOffice's CSV line of a row, from what our reader returns. */
static char *
csv_line (GArray *cells)
{
  g_autoptr (GString) line = g_string_new (NULL);
  guint next = 0;

  for (guint i = 0; cells != NULL && i < cells->len; i++)
    {
      Cell *cell = &g_array_index (cells, Cell, i);
      g_autofree char *text = NULL;

      for (; next < cell->column; next++)
        g_string_append_c (line, ',');
      if (cell->type == INOVDA_CELL_DATE)
        {
          int y, m, d;
          /* Headless LibreOffice writes dates in the en-US locale,
           * whatever the cell's format. */
          g_assert_cmpint (sscanf (cell->text, "%d-%d-%d", &y, &m, &d), ==, 3);
          text = g_strdup_printf ("%02d/%02d/%04d", m, d, y);
        }
      else if (cell->type == INOVDA_CELL_NUMBER)
        {
          /* Calc shows a double with 15 significant digits at most. */
          char number[G_ASCII_DTOSTR_BUF_SIZE];
          text = g_strdup (g_ascii_formatd (number, sizeof number, "%.15g", g_ascii_strtod (cell->text, NULL)));
        }
      else
        text = g_strdup (cell->text);
      if (strpbrk (text, ",\"\n\r") != NULL)
        {
          g_autoptr (GString) quoted = g_string_new (text);
          g_string_replace (quoted, "\"", "\"\"", 0);
          g_string_prepend_c (quoted, '"');
          g_string_append_c (quoted, '"');
          g_string_append (line, quoted->str);
        }
      else
        g_string_append (line, text);
    }
  return g_string_free (g_steal_pointer (&line), FALSE);
}

static void
test_libreoffice_csv (void)
{
  g_autofree char *soffice = soffice_path ();
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *profile_uri = NULL;
  g_autofree char *outdir = NULL;
  g_autoptr (GPtrArray) sheets = NULL;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed; install libreoffice-calc-nogui to compare its reading");
      return;
    }
  portfolio = new_portfolio (TRUE, &path);
  xlsx = export_workbook (portfolio, "lo.xlsx", FALSE);
  folder = g_path_get_dirname (xlsx);
  profile = g_build_filename (folder, "lo-profile", NULL);
  profile_uri = g_filename_to_uri (profile, NULL, NULL);
  outdir = g_build_filename (folder, "lo-csv", NULL);
  {
    g_autofree char *env = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
    const char *argv[] = { soffice, env, "--headless", "--convert-to",
                           "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                           "--outdir", outdir, xlsx, NULL };
    g_assert_true (run (argv));
  }

  sheets = read_workbook (xlsx);
  for (guint s = 0; s < sheets->len; s++)
    {
      Sheet *sheet = g_ptr_array_index (sheets, s);
      g_autofree char *name = g_strdup_printf ("%u-lo-%s.csv", 0u, sheet->name);
      g_autofree char *csv = NULL;
      g_autofree char *contents = NULL;
      g_autoptr (GString) expected = g_string_new (NULL);
      g_autoptr (GError) error = NULL;
      g_autofree char *base = g_path_get_basename (xlsx);

      *strrchr (base, '.') = '\0';
      g_free (name);
      name = g_strdup_printf ("%s-%s.csv", base, sheet->name);
      csv = g_build_filename (outdir, name, NULL);
      g_assert_true (g_file_get_contents (csv, &contents, NULL, &error));
      g_assert_no_error (error);

      for (guint r = 0; r < sheet->rows->len; r++)
        {
          g_autofree char *line = csv_line (g_ptr_array_index (sheet->rows, r));
          g_string_append_printf (expected, "%s\n", line);
        }
      /* LibreOffice pads rows to the widest one with commas. */
      {
        g_auto (GStrv) lines = g_strsplit (contents, "\n", -1);
        g_autoptr (GString) trimmed = g_string_new (NULL);

        for (guint i = 0; lines[i] != NULL; i++)
          {
            gsize len = strlen (lines[i]);
            if (lines[i + 1] == NULL && len == 0)
              break;
            while (len > 0 && lines[i][len - 1] == ',')
              len--;
            g_string_append_len (trimmed, lines[i], (gssize) len);
            g_string_append_c (trimmed, '\n');
          }
        g_test_message ("sheet %s", sheet->name);
        g_assert_cmpstr (trimmed->str, ==, expected->str);
      }
    }
}

/* A submission template saved again by another program still carries its
 * mark: returned untouched, it is the unit's submission and changes
 * nothing. */
static void
assert_resaved_submission (InovdaPortfolio *portfolio,
                           const char *path,
                           const char *resaved)
{
  g_autofree char *before = portfolio_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr (InovdaImport) import = run_import (portfolio, resaved, FALSE);
  const InovdaImportSubmission *submission = inovda_import_get_submission (import);

  assert_no_problems (import);
  g_assert_nonnull (submission);
  g_assert_cmpstr (submission->unit_code, ==, "DINKES");
  g_assert_cmpint (submission->year, ==, 2026);
  g_assert_cmpuint (inovda_import_get_counts (import)->innovations[INOVDA_IMPORT_UNCHANGED], ==, 5);
  after = portfolio_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_submission_libreoffice (void)
{
  g_autofree char *soffice = soffice_path ();
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *template = inovda_test_temp_path ("submission-lo.xlsx");
  g_autofree char *folder = g_path_get_dirname (template);
  g_autofree char *profile = g_build_filename (folder, "lo-profile", NULL);
  g_autofree char *profile_uri = g_filename_to_uri (profile, NULL, NULL);
  g_autofree char *outdir = g_build_filename (folder, "lo-xlsx", NULL);
  g_autofree char *base = g_path_get_basename (template);
  g_autofree char *resaved = g_build_filename (outdir, base, NULL);

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed; install libreoffice-calc-nogui to check that it keeps the mark");
      return;
    }
  portfolio = dinkes_template (&path, template);
  {
    g_autofree char *env = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
    const char *argv[] = { soffice, env, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                           "--outdir", outdir, template, NULL };
    g_assert_true (run (argv));
  }
  assert_resaved_submission (portfolio, path, resaved);
}

static void
test_submission_openpyxl (void)
{
  const char *const pythons[] = { "python3", "/usr/bin/python3" };
  const char *script = "import sys, openpyxl\n"
                       "openpyxl.load_workbook (sys.argv[1]).save (sys.argv[2])\n";
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *template = inovda_test_temp_path ("submission-py.xlsx");
  g_autofree char *resaved = inovda_test_temp_path ("submission-openpyxl.xlsx");
  gboolean saved = FALSE;

  portfolio = dinkes_template (&path, template);
  for (guint i = 0; i < G_N_ELEMENTS (pythons) && !saved; i++)
    {
      g_autofree char *python = g_find_program_in_path (pythons[i]);
      const char *argv[] = { python, "-c", script, template, resaved, NULL };

      saved = python != NULL && run (argv);
    }
  if (!saved)
    {
      g_test_skip ("Python's openpyxl is not installed; install python3-openpyxl to check that it keeps the mark");
      return;
    }
  assert_resaved_submission (portfolio, path, resaved);
}

/* Made by tests/data/exchange/make-fixtures.sh: our template with its
 * columns moved, saved again by LibreOffice Calc. */
static void
test_libreoffice_fixture (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autofree char *path = NULL;
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "exchange", "libreoffice-moved.xlsx", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (InovdaImport) import = NULL;
  const InovdaImportCounts *counts;

  portfolio = new_portfolio (TRUE, &path);
  before = portfolio_checksum (path);
  import = run_import (portfolio, fixture, FALSE);
  assert_no_problems (import);
  counts = inovda_import_get_counts (import);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_ADDED], ==, 0);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_UNCHANGED], >, 0);
  g_assert_cmpuint (counts->answers_updated, ==, 0);
  after = portfolio_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

/* Writes the template with moved columns for make-fixtures.sh. */
static void
test_make_fixture (void)
{
  const char *out = g_getenv ("INOVDA_FIXTURE_OUT");
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *template = inovda_test_temp_path ("template.xlsx");
  g_autoptr (GPtrArray) sheets = NULL;

  if (out == NULL)
    {
      g_test_skip ("Set INOVDA_FIXTURE_OUT to write the fixture");
      return;
    }
  portfolio = new_portfolio (TRUE, &path);
  g_assert_true (inovda_export_template (portfolio, template, "63", "BAPENDA", 2026, NULL, &error));
  g_assert_no_error (error);
  sheets = read_workbook (template);
  write_workbook (sheets, out, TRUE);
}

/* ---------------------------------------------------------------------- */
/* The ministry list and reconciliation                                   */

static char *
cli_score (const char *db)
{
  const char *argv[] = { g_getenv ("INOVDA_CLI"), "--db", db, "score", "--year", "2026", "--json", NULL };
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  char *out = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  return out;
}

/* The score with its verified projections cut out, and those alone. */
static void
split_score (const char *json,
             char **claimed,
             char **verified)
{
  g_autoptr (GRegex) regex = g_regex_new ("\"verified\": *\\{[^}]*\\}", 0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  g_autoptr (GString) all = g_string_new (NULL);

  *claimed = g_regex_replace_literal (regex, json, -1, 0, "", 0, NULL);
  g_regex_match (regex, json, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *part = g_match_info_fetch (match, 0);
      g_string_append (all, part);
      g_match_info_next (match, NULL);
    }
  *verified = g_string_free (g_steal_pointer (&all), FALSE);
}

static void
test_ministry_reconcile (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *list = inovda_test_temp_path ("daftar.xlsx");
  g_autofree char *returned = inovda_test_temp_path ("daftar-verifikasi.xlsx");
  g_autofree char *score_before = NULL;
  g_autofree char *score_after = NULL;
  g_autofree char *claimed_before = NULL;
  g_autofree char *claimed_after = NULL;
  g_autofree char *verified_before = NULL;
  g_autofree char *verified_after = NULL;
  g_autoptr (GPtrArray) sheets = NULL;
  g_autoptr (InovdaImport) same = NULL;
  g_autoptr (InovdaImport) import = NULL;
  InovdaExportOptions options = { NULL, 2026, FALSE };
  Sheet *sheet;
  guint changed = 0;

  portfolio = new_portfolio (TRUE, &path);
  g_assert_true (inovda_export_ministry_list (portfolio, list, &options, NULL, &error));
  g_assert_no_error (error);
  score_before = cli_score (path);

  /* Unchanged, it changes nothing. */
  same = run_import (portfolio, list, FALSE);
  g_assert_cmpuint (inovda_import_get_n_problems (same), ==, 0);
  g_assert_cmpint (inovda_import_get_format (same), ==, INOVDA_IMPORT_MINISTRY_LIST);
  g_assert_cmpuint (inovda_import_get_counts (same)->answers_updated, ==, 0);

  /* A verified score only where something was verified: an innovation not
   * verified yet has an empty cell, not a verified zero. */
  sheets = read_workbook (list);
  sheet = find_sheet (sheets, "Daftar Inovasi Daerah");
  {
    GArray *header = g_ptr_array_index (sheet->rows, 0);
    guint n_unverified = 0, n_verified = 0;

    for (guint r = 1; r < sheet->rows->len; r++)
      {
        gboolean any = FALSE;

        for (guint i = 0; i < header->len; i++)
          {
            const char *name = g_array_index (header, Cell, i).text;

            if (g_str_has_prefix (name, INOVDA_MINISTRY_VERIFIED_PREFIX) &&
                get_cell (sheets, "Daftar Inovasi Daerah", r, name) != NULL)
              any = TRUE;
          }
        if (any)
          g_assert_nonnull (get_cell (sheets, "Daftar Inovasi Daerah", r, INOVDA_MINISTRY_VERIFIED_SCORE));
        else
          g_assert_null (get_cell (sheets, "Daftar Inovasi Daerah", r, INOVDA_MINISTRY_VERIFIED_SCORE));
        n_verified += any;
        n_unverified += !any;
      }
    g_assert_cmpuint (n_verified, >, 0);
    g_assert_cmpuint (n_unverified, >, 0);
  }

  /* The ministry verified indicator 16 at level 0 everywhere; rows named
   * by region and innovation name only, as the ministry's own list does. */
  for (guint r = 1; r < sheet->rows->len; r++)
    {
      set_cell (sheets, "Daftar Inovasi Daerah", r, "ID Inovda", INOVDA_CELL_EMPTY, NULL);
      set_cell (sheets, "Daftar Inovasi Daerah", r, "Kode Wilayah", INOVDA_CELL_EMPTY, NULL);
      if (g_strcmp0 (get_cell (sheets, "Daftar Inovasi Daerah", r, "Verifikasi 16"), "0") != 0)
        changed++;
      set_cell (sheets, "Daftar Inovasi Daerah", r, "Verifikasi 16", INOVDA_CELL_NUMBER, "0");
    }
  g_assert_cmpuint (changed, >, 0);
  write_workbook (sheets, returned, TRUE);

  import = run_import (portfolio, returned, FALSE);
  g_assert_cmpuint (inovda_import_get_n_problems (import), ==, 0);
  g_assert_cmpuint (inovda_import_get_counts (import)->answers_updated + inovda_import_get_counts (import)->answers_added, ==, changed);
  /* The list names innovations by id: the preview still shows their names. */
  for (guint i = 0; i < inovda_import_get_items (import)->len; i++)
    {
      const InovdaImportItem *item = g_ptr_array_index (inovda_import_get_items (import), i);

      g_autofree char *changes = inovda_import_item_describe_changes (item);

      g_assert_nonnull (item->name);
      g_assert_cmpstr (item->name, !=, "");
      /* No claimed level beside a verified change: it would read as the
       * verified one. */
      g_assert_true (changes == NULL || strchr (changes, ':') == NULL);
    }

  score_after = cli_score (path);
  split_score (score_before, &claimed_before, &verified_before);
  split_score (score_after, &claimed_after, &verified_after);
  g_assert_cmpstr (claimed_before, ==, claimed_after);
  g_assert_cmpstr (verified_before, !=, verified_after);
}

/* A list with the ministry's verified totals only (its own list, or
 * SIMONDA's "Skor SID Terverifikasi"): the totals cannot be turned into
 * levels, and the import says so instead of doing nothing in silence; the
 * rows still count, and a status the ministry decided is taken. */
static void
test_ministry_totals_only (void)
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *list = inovda_test_temp_path ("daftar.xlsx");
  g_autofree char *returned = inovda_test_temp_path ("daftar-total.xlsx");
  g_autoptr (GPtrArray) sheets = NULL;
  g_autoptr (InovdaImport) import = NULL;
  g_autoptr (InovdaInnovation) decided = NULL;
  g_autofree char *decided_uid = NULL;
  g_autofree char *total_reference = NULL;
  g_autofree char *total_location = NULL;
  InovdaExportOptions options = { NULL, 2026, FALSE };
  const InovdaImportCounts *counts;
  GArray *header;
  Sheet *sheet;
  gint64 decided_id;
  guint n_rows = 0;

  portfolio = new_portfolio (TRUE, &path);
  g_assert_true (inovda_export_ministry_list (portfolio, list, &options, NULL, &error));
  g_assert_no_error (error);
  sheets = read_workbook (list);
  sheet = find_sheet (sheets, "Daftar Inovasi Daerah");
  header = g_ptr_array_index (sheet->rows, 0);

  for (guint r = 1; r < sheet->rows->len; r++)
    if (get_cell (sheets, "Daftar Inovasi Daerah", r, "ID Inovda") != NULL)
      {
        set_cell (sheets, "Daftar Inovasi Daerah", r, INOVDA_MINISTRY_VERIFIED_SCORE, INOVDA_CELL_NUMBER, "40");
        for (guint i = 0; i < header->len; i++)
          if (g_str_has_prefix (g_array_index (header, Cell, i).text, INOVDA_MINISTRY_VERIFIED_PREFIX))
            set_cell (sheets, "Daftar Inovasi Daerah", r, g_array_index (header, Cell, i).text, INOVDA_CELL_EMPTY, NULL);
        n_rows++;
      }
  for (guint i = header->len; i-- > 0;)
    if (g_str_has_prefix (g_array_index (header, Cell, i).text, INOVDA_MINISTRY_VERIFIED_PREFIX))
      {
        g_free (g_array_index (header, Cell, i).text);
        g_array_remove_index (header, i);
      }
  /* The first innovation sent is accepted by the ministry. */
  for (guint r = 1; r < sheet->rows->len && decided_uid == NULL; r++)
    if (g_strcmp0 (get_cell (sheets, "Daftar Inovasi Daerah", r, "Status"), "dikirim") == 0)
      {
        decided_uid = g_strdup (get_cell (sheets, "Daftar Inovasi Daerah", r, "ID Inovda"));
        set_cell (sheets, "Daftar Inovasi Daerah", r, "Status", INOVDA_CELL_STRING, "diterima");
      }
  g_assert_nonnull (decided_uid);
  g_assert_cmpuint (n_rows, >, 10);
  total_reference = inovda_cell_reference (0, find_column (sheet, INOVDA_MINISTRY_VERIFIED_SCORE));
  total_location = g_strconcat ("Daftar Inovasi Daerah!", total_reference, NULL);
  write_workbook (sheets, returned, FALSE);

  import = run_import (portfolio, returned, FALSE);
  g_assert_cmpuint (inovda_import_get_n_problems (import), ==, 0);
  g_assert_true (has_note (import, total_location, "“Skor Kematangan Terverifikasi” is a total and was not read"));
  counts = inovda_import_get_counts (import);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_UPDATED], ==, 1);
  g_assert_cmpuint (counts->innovations[INOVDA_IMPORT_UNCHANGED], ==, n_rows - 1);
  g_assert_cmpuint (counts->answers_updated + counts->answers_added, ==, 0);

  decided = inovda_portfolio_find_innovation (portfolio, decided_uid, &error);
  g_assert_no_error (error);
  decided_id = inovda_innovation_get_id (decided);
  g_clear_object (&decided);
  decided = inovda_portfolio_get_innovation_in_year (portfolio, decided_id, 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (inovda_innovation_get_status (decided), ==, "diterima");

  /* The ministry's own list has no year: nothing to take, and no problem. */
  {
    g_autoptr (InovdaImport) yearless = NULL;
    g_autofree char *checksum = portfolio_checksum (path);
    g_autofree char *after = NULL;

    for (guint i = 0; i < header->len; i++)
      if (g_str_equal (g_array_index (header, Cell, i).text, INOVDA_MINISTRY_YEAR))
        {
          g_free (g_array_index (header, Cell, i).text);
          g_array_remove_index (header, i);
          break;
        }
    write_workbook (sheets, returned, FALSE);
    yearless = run_import (portfolio, returned, FALSE);
    g_assert_cmpuint (inovda_import_get_n_problems (yearless), ==, 0);
    after = portfolio_checksum (path);
    g_assert_cmpstr (after, ==, checksum);
  }
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/inovda/exchange/workbook/layout", test_layout);
  g_test_add_func ("/inovda/exchange/workbook/csv-fault-once", test_csv_fault_once);
  g_test_add_func ("/inovda/exchange/workbook/round-trip", test_round_trip);
  g_test_add_func ("/inovda/exchange/workbook/reproducible", test_reproducible);
  g_test_add_func ("/inovda/exchange/workbook/decimal-comma-locale", test_decimal_comma_locale);
  g_test_add_func ("/inovda/exchange/workbook/reordered", test_reordered);
  g_test_add_func ("/inovda/exchange/workbook/dry-run", test_dry_run);
  g_test_add_func ("/inovda/exchange/workbook/chart-sheet", test_chart_sheet);
  g_test_add_func ("/inovda/exchange/workbook/hostile", test_hostile);
  g_test_add_func ("/inovda/exchange/workbook/refused-duplicate", test_refused_duplicate);
  g_test_add_func ("/inovda/exchange/workbook/urusan-lain-values", test_urusan_lain_values);
  g_test_add_func ("/inovda/exchange/workbook/damaged-problem", test_damaged_problem);
  g_test_add_func ("/inovda/exchange/workbook/duplicate-answer", test_duplicate_answer);
  g_test_add_func ("/inovda/exchange/workbook/evidence-symlinks", test_evidence_symlinks);
  g_test_add_func ("/inovda/exchange/workbook/long-cells", test_long_cells);
  g_test_add_func ("/inovda/exchange/workbook/ministry-after-budget", test_ministry_after_budget);
  g_test_add_func ("/inovda/exchange/workbook/broken-files", test_broken_files);
  g_test_add_func ("/inovda/exchange/workbook/template", test_template);
  g_test_add_func ("/inovda/exchange/workbook/submission/refused", test_submission_refused);
  g_test_add_func ("/inovda/exchange/workbook/submission/accepted", test_submission_accepted);
  g_test_add_func ("/inovda/exchange/workbook/submission/stale", test_submission_stale);
  g_test_add_func ("/inovda/exchange/workbook/submission/bad-mark", test_submission_bad_mark);
  g_test_add_func ("/inovda/exchange/workbook/ministry-reconcile", test_ministry_reconcile);
  g_test_add_func ("/inovda/exchange/workbook/ministry-totals-only", test_ministry_totals_only);
  g_test_add_func ("/inovda/exchange/workbook/libreoffice-csv", test_libreoffice_csv);
  g_test_add_func ("/inovda/exchange/workbook/libreoffice-fixture", test_libreoffice_fixture);
  g_test_add_func ("/inovda/exchange/workbook/submission/libreoffice", test_submission_libreoffice);
  g_test_add_func ("/inovda/exchange/workbook/submission/openpyxl", test_submission_openpyxl);
  g_test_add_func ("/inovda/exchange/workbook/make-fixture", test_make_fixture);

  return g_test_run ();
}
