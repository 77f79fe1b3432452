/* test-spreadsheet.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

#include "inovda-error.h"
#include "inovda-test-utils.h"
#include "io/inovda-spreadsheet-private.h"

/* The fixtures come from tests/data/spreadsheet/make-fixtures.py; their
 * expected values are written here by hand, not taken from the script. */

typedef struct
{
  GHashTable *cells; /* "B4" → "d:2024-01-02" */
  GArray *rows;      /* guint, as handed over */
} Grid;

static void
grid_free (Grid *grid)
{
  g_hash_table_unref (grid->cells);
  g_array_unref (grid->rows);
  g_free (grid);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Grid, grid_free)

static char
type_letter (InovdaCellType type)
{
  switch (type)
    {
    case INOVDA_CELL_STRING:
      return 's';
    case INOVDA_CELL_NUMBER:
      return 'n';
    case INOVDA_CELL_BOOLEAN:
      return 'b';
    case INOVDA_CELL_DATE:
      return 'd';
    case INOVDA_CELL_ERROR:
      return 'e';
    case INOVDA_CELL_EMPTY:
    default:
      return '?';
    }
}

/* Also checks the callback's promises: rows in order, cells sorted by
 * column, no empty cell, text never NULL. */
static gboolean
collect_row_cb (guint row,
                const InovdaCell *cells,
                guint n_cells,
                gpointer user_data,
                GError **error)
{
  Grid *grid = user_data;

  if (grid->rows->len > 0)
    g_assert_cmpuint (row, >, g_array_index (grid->rows, guint, grid->rows->len - 1));
  g_assert_cmpuint (n_cells, >, 0);
  for (guint i = 0; i < n_cells; i++)
    {
      g_assert_true (i == 0 || cells[i].column > cells[i - 1].column);
      g_assert_nonnull (cells[i].text);
      g_assert_cmpstr (cells[i].text, !=, "");
      g_assert_cmpint (cells[i].type, !=, INOVDA_CELL_EMPTY);
      g_hash_table_insert (grid->cells, inovda_cell_reference (row, cells[i].column),
                           g_strdup_printf ("%c:%s", type_letter (cells[i].type), cells[i].text));
    }
  g_array_append_val (grid->rows, row);
  return TRUE;
}

static Grid *
grid_new (void)
{
  Grid *grid = g_new0 (Grid, 1);

  grid->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  grid->rows = g_array_new (FALSE, FALSE, sizeof (guint));
  return grid;
}

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "spreadsheet", name, NULL);
}

static InovdaSpreadsheet *
open_fixture (const char *name)
{
  g_autofree char *path = fixture (name);
  g_autoptr (GError) error = NULL;
  InovdaSpreadsheet *book = inovda_spreadsheet_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (book);
  return book;
}

static Grid *
read_grid (InovdaSpreadsheet *book,
           const char *sheet_name)
{
  g_autoptr (GError) error = NULL;
  Grid *grid = grid_new ();
  int sheet = inovda_spreadsheet_find_sheet (book, sheet_name);

  g_assert_cmpint (sheet, >=, 0);
  g_assert_true (inovda_spreadsheet_read_sheet (book, (guint) sheet, collect_row_cb, grid, NULL, &error));
  g_assert_no_error (error);
  return grid;
}

static void
assert_cell (Grid *grid,
             const char *reference,
             const char *expected)
{
  g_assert_cmpstr (g_hash_table_lookup (grid->cells, reference), ==, expected);
}

static void
assert_merge (InovdaSpreadsheet *book,
              guint sheet,
              guint index,
              guint first_row,
              guint first_column,
              guint last_row,
              guint last_column)
{
  guint n = 0;
  const InovdaCellRange *merges = inovda_spreadsheet_get_merges (book, sheet, &n);

  g_assert_cmpuint (index, <, n);
  g_assert_cmpuint (merges[index].first_row, ==, first_row);
  g_assert_cmpuint (merges[index].first_column, ==, first_column);
  g_assert_cmpuint (merges[index].last_row, ==, last_row);
  g_assert_cmpuint (merges[index].last_column, ==, last_column);
}

/* "NAME: LOCATION" opens the message, @text is somewhere in it. */
static void
assert_located (const GError *error,
                GQuark domain,
                int code,
                const char *location,
                const char *text)
{
  g_assert_error (error, domain, code);
  if (!g_str_has_prefix (error->message, location))
    g_error ("“%s” does not start with “%s”", error->message, location);
  if (text != NULL && strstr (error->message, text) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, text);
}

static void
assert_open_fails (const char *name,
                   const char *location,
                   const char *text)
{
  g_autofree char *path = fixture (name);
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = inovda_spreadsheet_open (path, &error);

  g_assert_null (book);
  assert_located (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID, location, text);
}

static void
assert_read_fails_with_limits (const char *name,
                               const InovdaSpreadsheetLimits *limits,
                               const char *location,
                               const char *text)
{
  g_autofree char *path = fixture (name);
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = _inovda_spreadsheet_open_with_limits (path, limits, &error);
  g_autoptr (Grid) grid = grid_new ();

  g_assert_no_error (error);
  g_assert_false (inovda_spreadsheet_read_sheet (book, 0, collect_row_cb, grid, NULL, &error));
  assert_located (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID, location, text);
}

static void
assert_read_fails (const char *name,
                   const char *location,
                   const char *text)
{
  InovdaSpreadsheetLimits limits;

  _inovda_spreadsheet_get_default_limits (&limits);
  assert_read_fails_with_limits (name, &limits, location, text);
}

/* References */

static void
test_reference (void)
{
  static const struct
  {
    guint row, column;
    const char *text;
  } cases[] = {
    { 0, 0, "A1" },
    { 6, 3, "D7" },
    { 0, 25, "Z1" },
    { 0, 26, "AA1" },
    { 9, 701, "ZZ10" },
    { 1048575, 16383, "XFD1048576" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = inovda_cell_reference (cases[i].row, cases[i].column);
      guint row = 0, column = 0;
      gboolean has_row = FALSE;

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_true (_inovda_cell_reference_parse (text, strlen (text), &row, &has_row, &column));
      g_assert_true (has_row);
      g_assert_cmpuint (row, ==, cases[i].row);
      g_assert_cmpuint (column, ==, cases[i].column);
    }
}

static void
test_reference_parse (void)
{
  static const char *const invalid[] = { "", "1", "$", "A0", "XFE1", "AAAA1", "A1048577", "A1B", "A-1", "A 1" };
  guint row = 0, column = 0;
  gboolean has_row = TRUE;

  g_assert_true (_inovda_cell_reference_parse ("$b$7", 4, &row, &has_row, &column));
  g_assert_cmpuint (row, ==, 6);
  g_assert_cmpuint (column, ==, 1);
  g_assert_true (_inovda_cell_reference_parse ("C", 1, &row, &has_row, &column));
  g_assert_false (has_row);
  g_assert_cmpuint (column, ==, 2);

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    g_assert_false (_inovda_cell_reference_parse (invalid[i], strlen (invalid[i]), &row, &has_row, &column));
}

/* Hand-made edge cases */

static void
test_edge_cases_sheets (void)
{
  g_autoptr (InovdaSpreadsheet) book = open_fixture ("edge-cases.xlsx");

  /* Workbook order, not file names; the chart sheet is left out. */
  g_assert_cmpint (inovda_spreadsheet_get_format (book), ==, INOVDA_SPREADSHEET_XLSX);
  g_assert_cmpuint (inovda_spreadsheet_get_n_sheets (book), ==, 3);
  g_assert_cmpstr (inovda_spreadsheet_get_sheet_name (book, 0), ==, "Data");
  g_assert_cmpstr (inovda_spreadsheet_get_sheet_name (book, 1), ==, "Tersembunyi");
  g_assert_cmpstr (inovda_spreadsheet_get_sheet_name (book, 2), ==, "O'Brien & Co");
  g_assert_false (inovda_spreadsheet_is_sheet_hidden (book, 0));
  g_assert_true (inovda_spreadsheet_is_sheet_hidden (book, 1));
  g_assert_cmpint (inovda_spreadsheet_find_sheet (book, "Grafik"), ==, -1);
  g_assert_cmpint (inovda_spreadsheet_find_sheet (book, "data"), ==, 0);
  g_assert_cmpint (inovda_spreadsheet_find_sheet (book, "O'BRIEN & CO"), ==, 2);
  g_assert_cmpint (inovda_spreadsheet_find_sheet (book, "Tidak ada"), ==, -1);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static char *
dump_sheet (InovdaSpreadsheet *book,
            guint sheet)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (Grid) grid = grid_new ();
  g_autofree gpointer *keys = NULL;
  GString *dump = g_string_new (NULL);
  guint n_keys = 0;
  guint n_merges = 0;

  g_assert_true (inovda_spreadsheet_read_sheet (book, sheet, collect_row_cb, grid, NULL, &error));
  g_assert_no_error (error);
  keys = g_hash_table_get_keys_as_array (grid->cells, &n_keys);
  qsort (keys, n_keys, sizeof (gpointer), compare_strings);
  for (guint i = 0; i < n_keys; i++)
    g_string_append_printf (dump, "%s=%s\n", (char *) keys[i], (char *) g_hash_table_lookup (grid->cells, keys[i]));
  inovda_spreadsheet_get_merges (book, sheet, &n_merges);
  g_string_append_printf (dump, "merges=%u\n", n_merges);
  return g_string_free (dump, FALSE);
}

static char *write_workbook_with_strings (const char *name,
                                          GString *sheet,
                                          const char *shared_strings);

/* The same sheet with a space before the end of every cell's start tag,
 * a form that the one-pass reading of the usual cells (take_cell in
 * inovda-xlsx-sheet.c) leaves to the scanner's tags. */
static char *
tag_by_tag_form (const char *xml)
{
  GString *out = g_string_new (NULL);
  const char *p = xml;

  for (;;)
    {
      const char *cell = strstr (p, "<c");
      const char *close;

      while (cell != NULL && cell[2] != ' ' && cell[2] != '>' && cell[2] != '/')
        cell = strstr (cell + 2, "<c");
      if (cell == NULL)
        break;
      close = strchr (cell, '>');
      g_assert_nonnull (close);
      if (close[-1] == '/')
        close--;
      g_string_append_len (out, p, close - p);
      g_string_append_c (out, ' ');
      p = close;
    }
  g_string_append (out, p);
  return g_string_free (out, FALSE);
}

/* Every cell of the first sheet as "B4=s:text" lines, or the error. */
static char *
read_sheet_dump (const char *sheet_xml,
                 const char *shared_strings)
{
  g_autoptr (GString) sheet = g_string_new (sheet_xml);
  g_autofree char *path = write_workbook_with_strings ("forms.xlsx", sheet, shared_strings);
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = inovda_spreadsheet_open (path, &error);
  g_autoptr (Grid) grid = grid_new ();
  g_autofree gpointer *keys = NULL;
  GString *dump = g_string_new (NULL);
  guint n_keys = 0;

  g_assert_no_error (error);
  if (!inovda_spreadsheet_read_sheet (book, 0, collect_row_cb, grid, NULL, &error))
    {
      const char *location = strstr (error->message, ".xlsx: ");

      /* Without the file's name, which differs from one workbook to the next. */
      g_assert_nonnull (location);
      g_string_append_printf (dump, "error: %s", location + strlen (".xlsx: "));
      return g_string_free (dump, FALSE);
    }
  keys = g_hash_table_get_keys_as_array (grid->cells, &n_keys);
  qsort (keys, n_keys, sizeof (gpointer), compare_strings);
  for (guint i = 0; i < n_keys; i++)
    g_string_append_printf (dump, "%s=%s\n", (char *) keys[i], (char *) g_hash_table_lookup (grid->cells, keys[i]));
  for (guint i = 0; i < grid->rows->len; i++)
    g_string_append_printf (dump, "row %u\n", g_array_index (grid->rows, guint, i));
  return g_string_free (dump, FALSE);
}

#define SHEET_START "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
#define SHEET_END "</sheetData></worksheet>"
#define TWO_SHARED_STRINGS                                                                        \
  "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>zero</t></si>" \
  "<si><t>one</t></si></sst>"

/* The usual cells are read in one pass, the others tag by tag: a sheet
 * reads the same, with the same errors, in both forms. */
static void
test_cell_forms (void)
{
  static const char good[] =
      SHEET_START
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>plain</t></is></c>"
      "<c r=\"B1\" s=\"1\" t=\"inlineStr\"><is><t>caf\xC3\xA9 _x0041_ a_b</t></is></c>"
      "<c r=\"C1\" t=\"inlineStr\"><is><t></t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>two\nlines</t></is></c></row>"
      "<row r=\"2\"><c r=\"A2\"><v>3.5</v></c><c r=\"B2\" s=\"1\"><v> 42 </v></c><c r=\"C2\" t=\"n\"><v>-1E3</v></c>"
      "<c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"e\"><v>#N/A</v></c><c r=\"F2\" t=\"str\"><v>text</v></c>"
      "<c r=\"G2\" t=\"d\"><v>2024-02-29</v></c><c r=\"H2\" t=\"inlineStr\"><v>value of an inline cell</v></c>"
      "<c r=\"I2\" t=\"s\"><is><t>inline text of a shared cell</t></is></c></row>"
      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" t=\"s\"><v>0</v></c><c r=\"C3\"/><c r=\"D3\"></c>"
      "<c t=\"inlineStr\"><is><t>no reference</t></is></c><c s=\"1\"><v>7</v></c><c><v>8</v></c></row>"
      "<row r=\"5\"><c r=\"B5\" t=\"inlineStr\"><is><t>a &amp; b</t></is></c>"
      "<c r=\"C5\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> spaced </t></is></c>"
      "<c r=\"D5\" t=\"inlineStr\"><is><r><t>rich</t></r><r><t> runs</t></r></is></c>"
      "<c r=\"E5\"><f>1+1</f><v>2</v></c><c r=\"F5\" t='s'><v>0</v></c><c r=\"G5\" t=\"inlineStr\"><is><t>cr\r\nlf</t></is></c></row>"
      "<row><c t=\"inlineStr\"><is><t>a row without its number</t></is></c></row>"
      "<row r=\"9\"><c r=\"AA9\" t=\"inlineStr\"><is><t>far</t></is></c><c r=\"XFD9\"><v>1</v></c></row>"
      "<row r=\"10\"/><row r=\"11\"><c r=\"A11\" t=\"inlineStr\"/></row>" SHEET_END;
  static const char *const bad_cells[] = {
    "<c r=\"A2\" t=\"zz\"><v>1</v></c>",
    "<c r=\"A2\" s=\"9\"><v>1</v></c>",
    "<c r=\"A2\" s=\"x\"><v>1</v></c>",
    "<c r=\"A2\" t=\"d\"><v>2024-02-30</v></c>",
    "<c r=\"A2\" t=\"inlineStr\"><is><t>bad \x01</t></is></c>",
    "<c r=\"A2\" t=\"inlineStr\"><is><t>bad \xC3(</t></is></c>",
    "<c r=\"A2\" t=\"s\"><v>7</v></c>",
    "<c r=\"A2\" t=\"s\"><v>x</v></c>",
    "<c r=\"A2\"><v>abc</v></c>",
    "<c r=\"A2\" t=\"b\"><v>maybe</v></c>",
    "<c r=\"1A\"><v>1</v></c>",
    "<c r=\"XFE2\"><v>1</v></c>",
  };
  g_autofree char *tag_by_tag = tag_by_tag_form (good);
  g_autofree char *expected = read_sheet_dump (tag_by_tag, TWO_SHARED_STRINGS);
  g_autofree char *got = read_sheet_dump (good, TWO_SHARED_STRINGS);

  g_assert_true (strstr (tag_by_tag, "<c r=\"A1\" t=\"inlineStr\" >") != NULL);
  g_assert_true (strstr (tag_by_tag, "<c r=\"C3\" />") != NULL);
  g_assert_true (strstr (expected, "A1=s:plain\n") != NULL);
  g_assert_true (strstr (expected, "A3=s:one\n") != NULL);
  g_assert_true (strstr (expected, "E3=s:no reference\n") != NULL);
  g_assert_cmpstr (got, ==, expected);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cells); i++)
    {
      g_autofree char *sheet = g_strconcat (SHEET_START "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\">",
                                            bad_cells[i], "</row>" SHEET_END, NULL);
      g_autofree char *sheet_tag_by_tag = tag_by_tag_form (sheet);
      g_autofree char *bad_expected = read_sheet_dump (sheet_tag_by_tag, TWO_SHARED_STRINGS);
      g_autofree char *bad_got = read_sheet_dump (sheet, TWO_SHARED_STRINGS);
      g_autofree char *shown = g_strescape (bad_cells[i], NULL);

      g_test_message ("%s", shown);
      g_assert_true (g_str_has_prefix (bad_expected, "error: "));
      g_assert_cmpstr (bad_got, ==, bad_expected);
    }

  /* Cells nested near the scanner's limit on depth (256): the limit
   * holds for the cells read in one pass too. */
  for (guint wrappers = 248; wrappers <= 254; wrappers++)
    {
      g_autoptr (GString) deep = g_string_new (SHEET_START "<row r=\"1\">");
      g_autofree char *deep_form = NULL;
      g_autofree char *deep_expected = NULL;
      g_autofree char *deep_got = NULL;

      for (guint i = 0; i < wrappers; i++)
        g_string_append (deep, "<x>");
      g_string_append (deep, "<c r=\"A1\"><v>1</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>b</t></is></c>");
      for (guint i = 0; i < wrappers; i++)
        g_string_append (deep, "</x>");
      g_string_append (deep, "</row>" SHEET_END);
      deep_form = tag_by_tag_form (deep->str);
      deep_expected = read_sheet_dump (deep_form, NULL);
      deep_got = read_sheet_dump (deep->str, NULL);
      g_test_message ("%u elements around the cells", wrappers);
      g_assert_cmpstr (deep_got, ==, deep_expected);
    }

  /* A cell outside a row, and a text longer than a cell may hold. */
  {
    g_autoptr (GString) long_text = g_string_new (SHEET_START "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
    g_autofree char *outside = NULL;
    g_autofree char *outside_expected = NULL;
    g_autofree char *long_form = NULL;
    g_autofree char *long_expected = NULL;
    g_autofree char *long_got = NULL;

    outside = read_sheet_dump (SHEET_START "<c r=\"A1\"><v>1</v></c>" SHEET_END, NULL);
    outside_expected = read_sheet_dump (SHEET_START "<c r=\"A1\" ><v>1</v></c>" SHEET_END, NULL);
    g_assert_true (g_str_has_prefix (outside_expected, "error: "));
    g_assert_cmpstr (outside, ==, outside_expected);

    for (guint i = 0; i <= INOVDA_SPREADSHEET_MAX_CELL_TEXT; i++)
      g_string_append_c (long_text, 'a' + i % 26);
    g_string_append (long_text, "</t></is></c></row>" SHEET_END);
    long_form = tag_by_tag_form (long_text->str);
    long_expected = read_sheet_dump (long_form, NULL);
    long_got = read_sheet_dump (long_text->str, NULL);
    g_assert_true (g_str_has_prefix (long_expected, "error: "));
    g_assert_cmpstr (long_got, ==, long_expected);
  }
}

/* With a read order, each sheet is read ahead while the one before it is
 * handed over: the rows are the same in every order, also when the caller
 * strays from the order or stops early. */
static void
test_read_ahead (void)
{
  static const guint orders[][3] = { { 0, 1, 2 }, { 2, 0, 1 }, { 1, 2, 0 } };
  g_autofree char *expected[3] = { NULL };

  for (guint s = 0; s < 3; s++)
    {
      g_autoptr (InovdaSpreadsheet) book = open_fixture ("edge-cases.xlsx");

      expected[s] = dump_sheet (book, s);
      g_assert_cmpstr (expected[s], !=, "merges=0\n");
    }

  for (guint o = 0; o < G_N_ELEMENTS (orders); o++)
    {
      g_autoptr (InovdaSpreadsheet) book = open_fixture ("edge-cases.xlsx");

      inovda_spreadsheet_set_read_order (book, orders[o], 3);
      for (guint i = 0; i < 3; i++)
        {
          g_autofree char *dump = dump_sheet (book, orders[o][i]);

          g_assert_cmpstr (dump, ==, expected[orders[o][i]]);
        }
    }

  /* Out of order: the sheet read ahead is dropped, and read again later. */
  {
    g_autoptr (InovdaSpreadsheet) book = open_fixture ("edge-cases.xlsx");
    g_autofree char *first = NULL;
    g_autofree char *third = NULL;
    g_autofree char *second = NULL;

    inovda_spreadsheet_set_read_order (book, orders[0], 3);
    first = dump_sheet (book, 0);
    third = dump_sheet (book, 2);
    second = dump_sheet (book, 1);
    g_assert_cmpstr (first, ==, expected[0]);
    g_assert_cmpstr (second, ==, expected[1]);
    g_assert_cmpstr (third, ==, expected[2]);
  }

  /* Stopping after the first sheet frees what was read ahead. */
  {
    g_autoptr (InovdaSpreadsheet) book = open_fixture ("edge-cases.xlsx");
    g_autofree char *first = NULL;

    inovda_spreadsheet_set_read_order (book, orders[0], 3);
    first = dump_sheet (book, 0);
    g_assert_cmpstr (first, ==, expected[0]);
  }

  /* A read cancelled between two sheets stops the one read ahead. */
  {
    g_autoptr (InovdaSpreadsheet) book = open_fixture ("edge-cases.xlsx");
    g_autoptr (GCancellable) cancellable = g_cancellable_new ();
    g_autoptr (GError) error = NULL;
    g_autoptr (Grid) grid = grid_new ();

    inovda_spreadsheet_set_read_order (book, orders[0], 3);
    g_assert_true (inovda_spreadsheet_read_sheet (book, 0, collect_row_cb, grid, cancellable, &error));
    g_assert_no_error (error);
    g_cancellable_cancel (cancellable);
    g_assert_false (inovda_spreadsheet_read_sheet (book, 1, collect_row_cb, grid, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  }
}

static char *write_workbook (const char *name,
                             GString *sheet);
static char *write_workbook_with_strings (const char *name,
                                          GString *sheet,
                                          const char *shared_strings);

/* A sheet announced twice in a row is not read ahead while it is being
 * read: two readers of one sheet would both fill in its merges. */
static void
test_read_ahead_same_sheet (void)
{
  g_autoptr (GString) sheet = g_string_new ("<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                                            "spreadsheetml/2006/main\"><sheetData>");
  g_autofree char *path = NULL;
  static const guint order[] = { 0, 0 };

  for (guint row = 1; row <= 20000; row++)
    g_string_append_printf (sheet, "<row r=\"%u\"><c r=\"A%u\" t=\"inlineStr\"><is><t>baris %u</t></is></c>"
                                   "<c r=\"B%u\"><v>%u</v></c></row>",
                            row, row, row, row, row);
  g_string_append (sheet, "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells></worksheet>");
  path = write_workbook ("same-sheet.xlsx", sheet);

  for (guint i = 0; i < 10; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (InovdaSpreadsheet) book = inovda_spreadsheet_open (path, &error);

      g_assert_no_error (error);
      inovda_spreadsheet_set_read_order (book, order, G_N_ELEMENTS (order));
      for (guint pass = 0; pass < 2; pass++)
        {
          g_autoptr (Grid) grid = grid_new ();
          guint n_merges = 0;

          g_assert_true (inovda_spreadsheet_read_sheet (book, 0, collect_row_cb, grid, NULL, &error));
          g_assert_no_error (error);
          g_assert_cmpuint (grid->rows->len, ==, 20000);
          inovda_spreadsheet_get_merges (book, 0, &n_merges);
          g_assert_cmpuint (n_merges, ==, 1);
        }
    }
}

/* Rows cross to the caller's thread in batches: every cell comes out with
 * its own text, also where it repeats the row above, only shares a
 * beginning with it, sits in a column the row above does not have, or
 * comes from the shared strings, and across the batches' boundaries. */
static void
test_repeated_texts (void)
{
  static const char *const stems[] = { "ab", "abc", "abcd" };
  g_autoptr (GString) sheet = g_string_new ("<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                                            "spreadsheetml/2006/main\"><sheetData>");
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = NULL;
  g_autoptr (Grid) grid = grid_new ();
  g_autofree char *path = NULL;
  const guint n_rows = 10000; /* more than two batches */

  for (guint row = 1; row <= n_rows; row++)
    {
      g_string_append_printf (sheet, "<row r=\"%u\"><c r=\"A%u\" t=\"s\"><v>%u</v></c>"
                                     "<c r=\"B%u\" t=\"inlineStr\"><is><t>inovasi-%u</t></is></c>",
                              row, row, (row / 20) % 3, row, row / 20);
      if (row % 2 == 1)
        g_string_append_printf (sheet, "<c r=\"C%u\" t=\"inlineStr\"><is><t>inovasi-%u</t></is></c>", row, row / 20);
      g_string_append_printf (sheet, "<c r=\"D%u\" t=\"inlineStr\"><is><t>%s</t></is></c><c r=\"E%u\"><v>%u</v></c></row>",
                              row, stems[row % 3], row, row % 2);
    }
  g_string_append (sheet, "</sheetData></worksheet>");
  path = write_workbook_with_strings ("repeated-texts.xlsx", sheet,
                                      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                      "<si><t>satu</t></si><si><t>dua</t></si><si><t>tiga</t></si></sst>");
  book = inovda_spreadsheet_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (inovda_spreadsheet_read_sheet (book, 0, collect_row_cb, grid, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (grid->rows->len, ==, n_rows);
  for (guint row = 1; row <= n_rows; row++)
    {
      static const char *const numbers[] = { "satu", "dua", "tiga" };
      g_autofree char *a = g_strdup_printf ("A%u", row);
      g_autofree char *b = g_strdup_printf ("B%u", row);
      g_autofree char *c = g_strdup_printf ("C%u", row);
      g_autofree char *d = g_strdup_printf ("D%u", row);
      g_autofree char *e = g_strdup_printf ("E%u", row);
      g_autofree char *name = g_strdup_printf ("s:inovasi-%u", row / 20);
      g_autofree char *shared = g_strdup_printf ("s:%s", numbers[(row / 20) % 3]);
      g_autofree char *stem = g_strdup_printf ("s:%s", stems[row % 3]);

      assert_cell (grid, a, shared);
      assert_cell (grid, b, name);
      assert_cell (grid, c, row % 2 == 1 ? name : NULL);
      assert_cell (grid, d, stem);
      assert_cell (grid, e, row % 2 == 1 ? "n:1" : "n:0");
    }
}

static void
test_other_sheets (void)
{
  g_autoptr (InovdaSpreadsheet) book = open_fixture ("chart-sheet.xlsx");

  g_assert_cmpuint (inovda_spreadsheet_get_n_sheets (book), ==, 1);
  g_assert_cmpint (inovda_spreadsheet_find_sheet (book, "Indikator SID"), ==, -1);
  g_assert_true (inovda_spreadsheet_has_other_sheet (book, "indikator sid"));
  g_assert_false (inovda_spreadsheet_has_other_sheet (book, "Inovasi"));
}

static void
test_edge_cases_values (void)
{
  g_autoptr (InovdaSpreadsheet) book = open_fixture ("edge-cases.xlsx");
  g_autoptr (Grid) grid = read_grid (book, "Data");
  guint n_merges = 0;

  /* Shared strings: rich runs joined, phonetic runs left out, _xHHHH_. */
  assert_cell (grid, "A1", "s:Nama");
  assert_cell (grid, "B1", "s:Inovasi Daerah");
  assert_cell (grid, "C1", "s:東京");
  assert_cell (grid, "D1", NULL);
  assert_cell (grid, "E1", "s:Satu\r\nDua A_x0041_B");
  assert_cell (grid, "F1", "s:  spasi  ");

  /* A row and cells without r follow the previous ones. */
  assert_cell (grid, "A2", "s:inline");
  assert_cell (grid, "B2", "s:inline");
  assert_cell (grid, "C2", "e:#DIV/0!");
  assert_cell (grid, "D2", "d:2020-08-15");
  assert_cell (grid, "E2", NULL);
  assert_cell (grid, "F2", "n:1E-3");

  /* date1904="1": 43831 is 2024-01-02, not 2020-01-01. */
  assert_cell (grid, "A4", "d:2024-01-02");
  assert_cell (grid, "B4", "d:2028-03-01");
  assert_cell (grid, "C4", "n:3273012345678901");
  assert_cell (grid, "D4", "n:6546024691357802");

  assert_cell (grid, "A5", "b:1");
  assert_cell (grid, "B5", "b:1");
  assert_cell (grid, "C5", "b:0");
  assert_cell (grid, "D5", "n:10");
  assert_cell (grid, "E5", NULL);
  assert_cell (grid, "F5", "d:2024-02-29T13:45:00");

  assert_cell (grid, "B7", "n:-2.50E+3");
  assert_cell (grid, "D7", "e:#N/A");
  assert_cell (grid, "E7", NULL);

  g_assert_cmpuint (g_hash_table_size (grid->cells), ==, 21);
  g_assert_cmpuint (grid->rows->len, ==, 5);

  g_assert_nonnull (inovda_spreadsheet_get_merges (book, 0, &n_merges));
  g_assert_cmpuint (n_merges, ==, 2);
  assert_merge (book, 0, 0, 0, 0, 0, 2);
  assert_merge (book, 0, 1, 6, 3, 7, 4);
}

static void
test_edge_cases_other_sheets (void)
{
  g_autoptr (InovdaSpreadsheet) book = open_fixture ("edge-cases.xlsx");
  g_autoptr (Grid) hidden = read_grid (book, "Tersembunyi");
  g_autoptr (Grid) apostrophe = read_grid (book, "O'Brien & Co");
  guint n_merges = 1;

  assert_cell (hidden, "A1", "s:rahasia");
  assert_cell (apostrophe, "B2", "s:O'Brien");
  g_assert_null (inovda_spreadsheet_get_merges (book, 2, &n_merges));
  g_assert_cmpuint (n_merges, ==, 0);
}

static void
test_read_twice (void)
{
  g_autoptr (InovdaSpreadsheet) book = open_fixture ("edge-cases.xlsx");
  g_autoptr (Grid) first = read_grid (book, "Data");
  g_autoptr (Grid) second = read_grid (book, "Data");
  guint n_merges = 0;

  g_assert_cmpuint (g_hash_table_size (first->cells), ==, g_hash_table_size (second->cells));
  assert_cell (second, "F5", "d:2024-02-29T13:45:00");
  inovda_spreadsheet_get_merges (book, 0, &n_merges);
  g_assert_cmpuint (n_merges, ==, 2);
}

static void
test_strict (void)
{
  g_autoptr (InovdaSpreadsheet) book = open_fixture ("strict.xlsx");
  g_autoptr (Grid) grid = read_grid (book, "Strict");

  g_assert_cmpuint (inovda_spreadsheet_get_n_sheets (book), ==, 1);
  assert_cell (grid, "A1", "s:ketat");
  assert_cell (grid, "B1", "d:1904-01-01");
  assert_cell (grid, "C1", "d:2024-03-01");
}

/* Rows as written by make_dates (): serial/numFmtId in column A. */
static const char *const dates_1900[] = {
  "d:1900-01-01",          /* 1, built-in 14 */
  "d:1900-02-28",          /* 59 */
  "d:1900-02-29",          /* 60: Lotus' day that never was */
  "d:1900-03-01",          /* 61 */
  "d:2024-02-29T13:45:00", /* built-in 22, rounded to the second */
  "d:12:00:00",            /* built-in 20, h:mm */
  "n:1.5",                 /* built-in 46, [h]:mm:ss: a duration */
  "d:2024-01-01",          /* [$-421]dd\ mmmm\ yyyy;@ */
  "d:2024-01-01T18:00:00", /* yyyy\-mm\-dd\ hh:mm */
  "d:2024-01-01",          /* "Tanggal "dd/mm/yyyy */
  "n:3",                   /* 0.00\ "hari" */
  "n:1.25",                /* [h]:mm */
  "n:45292",               /* [Red]#,##0.00 */
  "d:2024-01-01",          /* [$-F800]dddd\,\ mmmm\ dd\,\ yyyy */
  "d:18:00:00",            /* h:mm AM/PM */
  "d:2024-01-01",          /* m/d/yy */
  "n:45292",               /* General, declared */
  "n:12345",               /* 0.0E+00 */
  "n:1500",                /* accounting, with _( and \( */
  "d:2024-01-02T00:00:00", /* 45292.999999 rounds into the next day */
  "d:00:01:00",            /* mm:ss */
  "n:0.5",                 /* [mm]:ss */
  "n:0",                   /* serial 0 is 1900-01-00: no date */
  "n:-1",
  "n:2958466",    /* after 9999-12-31 */
  "d:2024-01-01", /* 45292.9 in a date-only format */
  "d:1927-05-18", /* 1E+4 */
  "n:43831",      /* General */
  "d:2024-03-01", /* t="d" */
  "d:13:45:31",   /* t="d", a time of day */
  "d:2025-01-01", /* t="d" with a zone, rounded up */
};

static void
test_dates_1900 (void)
{
  g_autoptr (InovdaSpreadsheet) book = open_fixture ("dates-1900.xlsx");
  g_autoptr (Grid) grid = read_grid (book, "Sheet1");

  for (guint i = 0; i < G_N_ELEMENTS (dates_1900); i++)
    {
      g_autofree char *label = g_strdup_printf ("A%u", i + 1);
      g_autofree char *reference = g_strdup_printf ("B%u", i + 1);

      g_test_message ("%s %s", (const char *) g_hash_table_lookup (grid->cells, label), reference);
      assert_cell (grid, reference, dates_1900[i]);
    }
}

static void
test_dates_1904 (void)
{
  g_autoptr (InovdaSpreadsheet) book = open_fixture ("dates-1904.xlsx");
  g_autoptr (Grid) grid = read_grid (book, "Sheet1");

  assert_cell (grid, "A1", "d:2024-01-02");
  assert_cell (grid, "B1", "d:1904-01-01");
  assert_cell (grid, "C1", "d:1904-03-01");
}

/* Files written by other programs */

typedef struct
{
  const char *file;
  const char *order[8];
  const char *budget_x2[3]; /* a formula: its cached value */
  const char *nik[3];
  const char *budget[3];
} Producer;

static const char *const headers[] = {
  "Nama Inovasi",
  "Perangkat Daerah",
  "Tanggal Uji Coba",
  "Tanggal Penerapan",
  "Anggaran",
  "Anggaran x2",
  "NIK",
  "Aktif",
};

static const char *const common_values[][3] = {
  { "s:Puskesmas Keliling", "s:Sistem Antrean Daring", "s:Lapor Cepat" },
  { "s:Dinas Kesehatan", "s:RSUD Ulin", "s:Diskominfo" },
  { "d:2024-03-01", "d:2023-11-20", "d:2024-02-29" },
  { "s:15/03/2024", "s:01/12/2023", "s:29/02/2024" },
  { NULL, NULL, NULL }, /* Anggaran: per producer */
  { NULL, NULL, NULL }, /* Anggaran x2: per producer */
  { NULL, NULL, NULL }, /* NIK: per producer */
  { "b:1", "b:0", "b:1" },
};

static const Producer producers[] = {
  {
      /* openpyxl keeps no cached value for formulas. */
      "openpyxl.xlsx",
      { "Nama Inovasi", "Perangkat Daerah", "Tanggal Uji Coba", "Tanggal Penerapan",
        "Anggaran", "Anggaran x2", "NIK", "Aktif" },
      { NULL, NULL, NULL },
      { "n:3273012345678901", "n:6371010101010001", "n:6372020202020002" },
      { "n:1500000", "n:2750000.5", "n:0.001" },
  },
  {
      /* LibreOffice 7.4 writes 16-digit numbers with 15 significant digits:
       * the NIK is already damaged in the file. Booleans are TRUE()/FALSE(). */
      "libreoffice.xlsx",
      { "Aktif", "NIK", "Nama Inovasi", "Tanggal Penerapan", "Anggaran x2",
        "Anggaran", "Perangkat Daerah", "Tanggal Uji Coba" },
      { "n:3000000", "n:5500001", "n:0.002" },
      { "n:3273012345678900", "n:6371010101010000", "n:6372020202020000" },
      { "n:1500000", "n:2750000.5", "n:0.001" },
  },
  {
      /* Gnumeric writes the binary value of 0.001 to 24 digits. */
      "gnumeric.xlsx",
      { "Perangkat Daerah", "Tanggal Penerapan", "Anggaran", "Nama Inovasi",
        "Aktif", "Tanggal Uji Coba", "NIK", "Anggaran x2" },
      { "n:3000000", "n:5500001", "n:0.00199999999999999999992" },
      { "n:3273012345678901", "n:6371010101010001", "n:6372020202020002" },
      { "n:1500000", "n:2750000.5", "n:0.000999999999999999999958" },
  },
};

static const char *
expected_value (const Producer *producer,
                guint header,
                guint row)
{
  if (strcmp (headers[header], "Anggaran") == 0)
    return producer->budget[row];
  if (strcmp (headers[header], "Anggaran x2") == 0)
    return producer->budget_x2[row];
  if (strcmp (headers[header], "NIK") == 0)
    return producer->nik[row];
  return common_values[header][row];
}

static void
test_producer (gconstpointer data)
{
  const Producer *producer = data;
  g_autoptr (InovdaSpreadsheet) book = open_fixture (producer->file);
  g_autoptr (Grid) grid = read_grid (book, "Inovasi");
  g_autoptr (Grid) notes = read_grid (book, "Catatan");

  g_assert_cmpuint (inovda_spreadsheet_get_n_sheets (book), ==, 2);
  g_assert_cmpstr (inovda_spreadsheet_get_sheet_name (book, 0), ==, "Inovasi");
  assert_cell (grid, "A1", "s:Daftar Inovasi Daerah");
  assert_cell (grid, "B1", NULL);
  assert_merge (book, 0, 0, 0, 0, 0, 7);
  assert_cell (notes, "A1", "s:Dibuat untuk pengujian");

  for (guint column = 0; column < 8; column++)
    {
      g_autofree char *header = inovda_cell_reference (1, column);
      g_autofree char *expected = g_strdup_printf ("s:%s", producer->order[column]);
      guint h = 0;

      assert_cell (grid, header, expected);
      while (strcmp (headers[h], producer->order[column]) != 0)
        h++;
      for (guint row = 0; row < 3; row++)
        {
          g_autofree char *reference = inovda_cell_reference (row + 2, column);

          g_test_message ("%s %s", producer->file, reference);
          assert_cell (grid, reference, expected_value (producer, h, row));
        }
    }
  g_assert_cmpuint (grid->rows->len, ==, 5);
}

/* CSV */

static void
test_csv_bom_comma (void)
{
  g_autoptr (InovdaSpreadsheet) book = open_fixture ("bom-comma.csv");
  g_autoptr (Grid) grid = read_grid (book, "bom-comma");

  g_assert_cmpint (inovda_spreadsheet_get_format (book), ==, INOVDA_SPREADSHEET_CSV);
  g_assert_cmpuint (inovda_spreadsheet_get_n_sheets (book), ==, 1);
  assert_cell (grid, "A1", "s:Nama Inovasi");
  assert_cell (grid, "C1", "s:Tanggal");
  assert_cell (grid, "A2", "s:Sistem \"Cepat\", Tepat");
  assert_cell (grid, "C2", "s:15/03/2024");
  assert_cell (grid, "A3", "s:Dua\nbaris");
  assert_cell (grid, "B3", NULL);
  assert_cell (grid, "C3", "s:2024-03-01");
  /* The blank line is an empty row; the last line has no line break. */
  assert_cell (grid, "A5", "s:Akhir");
  assert_cell (grid, "B5", "s:Bappeda");
  g_assert_cmpuint (g_hash_table_size (grid->cells), ==, 10);
  g_assert_cmpuint (grid->rows->len, ==, 4);
}

static void
test_csv_semicolon (void)
{
  g_autoptr (InovdaSpreadsheet) book = open_fixture ("semicolon.csv");
  g_autoptr (Grid) grid = read_grid (book, "semicolon");

  assert_cell (grid, "A1", "s:Nama");
  assert_cell (grid, "B2", "s:1,5");
  assert_cell (grid, "C2", "s:a;b");
}

static void
test_csv_libreoffice (void)
{
  g_autoptr (InovdaSpreadsheet) book = open_fixture ("libreoffice.csv");
  g_autoptr (Grid) grid = read_grid (book, "libreoffice");

  assert_cell (grid, "A1", "s:Daftar Inovasi Daerah");
  assert_cell (grid, "B1", NULL);
  assert_cell (grid, "B2", "s:NIK");
  assert_cell (grid, "A3", "s:TRUE");
  /* LibreOffice writes dates for the en-US locale whatever the format. */
  assert_cell (grid, "H3", "s:03/01/2024");
  assert_cell (grid, "F4", "s:2750000.5");
}

static void
test_csv_invalid_utf8 (void)
{
  assert_read_fails ("invalid-utf8.csv", "invalid-utf8.csv:5: ", "UTF-8");
}

/* A NUL byte is valid UTF-8, but no text of a CSV file. */
static void
test_csv_nul (void)
{
  assert_read_fails ("nul.csv", "nul.csv:3: ", "NUL");
}

static void
test_csv_unterminated (void)
{
  assert_read_fails ("unterminated.csv", "unterminated.csv:3: ", "never closed");
}

static void
test_csv_utf16 (void)
{
  assert_open_fails ("utf16.csv", "utf16.csv: ", "UTF-16");
}

static void
test_not_a_spreadsheet (void)
{
  assert_open_fails ("notes.txt", "notes.txt: ", "not a spreadsheet");
}

static void
test_empty_file (void)
{
  g_autofree char *path = inovda_test_temp_path ("kosong.xlsx");
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = NULL;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  book = inovda_spreadsheet_open (path, &error);
  g_assert_null (book);
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
  g_assert_true (g_str_has_suffix (error->message, "kosong.xlsx: The file is empty"));
}

/* Other formats */

static void
test_legacy_xls (void)
{
  assert_open_fails ("legacy.xls", "legacy.xls: ", "(.xlsx)");
}

static void
test_opendocument (void)
{
  assert_open_fails ("opendocument.ods", "opendocument.ods: ", "OpenDocument");
}

/* Broken and hostile files */

static void
test_not_xlsx_zip (void)
{
  assert_open_fails ("not-xlsx.zip", "not-xlsx.zip: ", "not an Excel workbook");
}

static void
test_word_document (void)
{
  assert_open_fails ("document.xlsx", "document.xlsx: ", "not an Excel workbook");
}

static void
test_truncated (void)
{
  assert_open_fails ("truncated.xlsx", "truncated.xlsx: ", "incomplete or damaged");
}

static void
test_crc (void)
{
  assert_read_fails ("crc.xlsx", "crc.xlsx: xl/worksheets/sheet1.xml: ", "CRC");
}

/* Deflated parts are unpacked by Inovda itself where it is built with
 * ISA-L, by libzip otherwise: both must refuse the same faults. */
static void
test_deflate_crc (void)
{
  assert_read_fails ("deflate-crc.xlsx", "deflate-crc.xlsx: xl/worksheets/sheet1.xml: ", "CRC");
}

static void
test_deflate_damaged (void)
{
  assert_read_fails ("deflate-damaged.xlsx", "deflate-damaged.xlsx: xl/worksheets/sheet1.xml: ",
                     "cannot be unpacked");
}

/* Half of the stream: libzip finds the CRC wrong, ISA-L the stream cut. */
static void
test_deflate_cut (void)
{
  assert_read_fails ("deflate-cut.xlsx", "deflate-cut.xlsx: xl/worksheets/sheet1.xml: ",
                     "The file is damaged");
}

static void
test_bomb_declared (void)
{
  assert_read_fails ("bomb-declared.xlsx", "bomb-declared.xlsx: xl/worksheets/sheet1.xml: ",
                     "would unpack to more than");
}

/* The archive claims 1000 bytes with a matching CRC; counting what is
 * unpacked finds out long before any limit. */
static void
test_bomb_lying (void)
{
  assert_read_fails ("bomb-lying.xlsx", "bomb-lying.xlsx: xl/worksheets/sheet1.xml: ",
                     "larger than the archive says");
}

static void
test_bomb_total (void)
{
  InovdaSpreadsheetLimits limits;

  _inovda_spreadsheet_get_default_limits (&limits);
  limits.max_part_size = 1024 * 1024;
  limits.max_total_size = 1024 * 1024;
  assert_read_fails_with_limits ("bomb-total.xlsx", &limits,
                                 "bomb-total.xlsx: xl/worksheets/sheet1.xml: ",
                                 "The workbook would unpack to more than 1.0");
}

static void
test_shared_text_limit (void)
{
  InovdaSpreadsheetLimits limits;
  g_autofree char *path = fixture ("edge-cases.xlsx");
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = NULL;

  _inovda_spreadsheet_get_default_limits (&limits);
  limits.max_shared_text = 40;
  book = _inovda_spreadsheet_open_with_limits (path, &limits, &error);
  g_assert_null (book);
  assert_located (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                  "edge-cases.xlsx: xl/SharedStrings.xml:2: ", "shared text is larger");
}

static void
test_billion_laughs (void)
{
  assert_open_fails ("billion-laughs.xlsx", "billion-laughs.xlsx: xl/sharedStrings.xml:3: ", "DOCTYPE");
}

static void
test_external_entity (gconstpointer data)
{
  const char *name = data;
  g_autofree char *location = g_strdup_printf ("%s: xl/worksheets/sheet1.xml:2: ", name);
  g_autofree char *hostname = NULL;
  g_autofree char *path = fixture (name);
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = inovda_spreadsheet_open (path, &error);
  g_autoptr (Grid) grid = grid_new ();

  g_assert_no_error (error);
  g_assert_false (inovda_spreadsheet_read_sheet (book, 0, collect_row_cb, grid, NULL, &error));
  assert_located (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID, location, "DOCTYPE");
  g_assert_cmpuint (grid->rows->len, ==, 0);
  if (g_file_get_contents ("/etc/hostname", &hostname, NULL, NULL) && *g_strstrip (hostname) != '\0')
    g_assert_null (strstr (error->message, hostname));
}

/* Entry names are looked up, never used as paths. */
static void
test_dotdot_entry (void)
{
  g_autoptr (InovdaSpreadsheet) book = open_fixture ("dotdot-entry.xlsx");
  g_autoptr (Grid) grid = read_grid (book, "Sheet1");

  assert_cell (grid, "A1", "s:baik");
  g_assert_false (g_file_test ("../../inovda-evil.txt", G_FILE_TEST_EXISTS));
}

static void
test_dotdot_target (void)
{
  assert_read_fails ("dotdot-target.xlsx", "dotdot-target.xlsx: ",
                     "its part “tmp/inovda-evil/sheet1.xml” is missing");
  g_assert_false (g_file_test ("/tmp/inovda-evil", G_FILE_TEST_EXISTS));
}

static void
add_entry (zip_t *zip,
           GPtrArray *buffers,
           const char *name,
           char *data)
{
  zip_source_t *source = zip_source_buffer (zip, data, strlen (data), 0);

  g_ptr_array_add (buffers, data);
  g_assert_nonnull (source);
  g_assert_cmpint (zip_file_add (zip, name, source, ZIP_FL_OVERWRITE), >=, 0);
}

/* A million empty styled cells in rows without r, as LibreOffice leaves
 * after a validation range, then one value. Written here: deflate cannot
 * make it a few kilobytes. */
static char *
write_workbook_with_strings (const char *name,
                             GString *sheet,
                             const char *shared_strings)
{
  g_autofree char *path = inovda_test_temp_path (name);
  g_autoptr (GPtrArray) buffers = g_ptr_array_new_with_free_func (g_free);
  int code = 0;
  zip_t *zip = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &code);

  g_assert_nonnull (zip);
  add_entry (zip, buffers, "[Content_Types].xml", g_strdup ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
  add_entry (zip, buffers, "_rels/.rels",
             g_strdup ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                       "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                       "</Relationships>"));
  add_entry (zip, buffers, "xl/workbook.xml",
             g_strdup ("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                       "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
  add_entry (zip, buffers, "xl/_rels/workbook.xml.rels",
             g_strdup ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                       "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                       "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                       "</Relationships>"));
  add_entry (zip, buffers, "xl/styles.xml",
             g_strdup ("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                       "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"0\"/></cellXfs></styleSheet>"));
  add_entry (zip, buffers, "xl/worksheets/sheet1.xml", g_strndup (sheet->str, sheet->len));
  /* Found at its usual place without a relationship. */
  if (shared_strings != NULL)
    add_entry (zip, buffers, "xl/sharedStrings.xml", g_strdup (shared_strings));
  g_assert_cmpint (zip_close (zip), ==, 0);
  return g_steal_pointer (&path);
}

static char *
write_workbook (const char *name,
                GString *sheet)
{
  return write_workbook_with_strings (name, sheet, NULL);
}

/* A workbook of one empty sheet whose part @part_name holds @part_data
 * (@part_length bytes) instead of its own. */
static char *
write_workbook_with_part (const char *name,
                          const char *part_name,
                          const char *part_data,
                          gsize part_length)
{
  g_autoptr (GString) sheet = g_string_new ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                            "<sheetData/></worksheet>");
  g_autofree char *path = write_workbook (name, sheet);
  g_autoptr (GPtrArray) buffers = g_ptr_array_new_with_free_func (g_free);
  int code = 0;
  zip_t *zip = zip_open (path, 0, &code);
  zip_source_t *source;
  char *data = g_memdup2 (part_data, part_length);

  g_assert_nonnull (zip);
  g_ptr_array_add (buffers, data);
  source = zip_source_buffer (zip, data, part_length, 0);
  g_assert_cmpint (zip_file_add (zip, part_name, source, ZIP_FL_OVERWRITE), >=, 0);
  g_assert_cmpint (zip_close (zip), ==, 0);
  return g_steal_pointer (&path);
}

/* @location follows the file's name at the start of the message. */
static void
assert_workbook_open_fails (const char *path,
                            const char *location,
                            const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = inovda_spreadsheet_open (path, &error);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *full = g_strdup_printf ("%s: %s", base, location);

  g_assert_null (book);
  assert_located (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID, full, text);
}

/* libxml2 2.9 checks an element's attributes for duplicates at a cost
 * that grows with their square: 300,000 took minutes. */
static void
test_many_attributes (void)
{
  g_autoptr (GString) styles = g_string_new ("<?xml version=\"1.0\"?>\n<!-- a=\"1\" b=\"2\" -->\n"
                                             "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"");
  g_autofree char *path = NULL;

  for (guint i = 0; i < 300000; i++)
    g_string_append_printf (styles, " a%u=\"x\"", i);
  g_string_append (styles, "/>");
  path = write_workbook_with_part ("many-attributes.xlsx", "xl/styles.xml", styles->str, styles->len);
  assert_workbook_open_fails (path, "xl/styles.xml:3: ", "more than 256 attributes");
}

#define WORKBOOK_BODY "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "   \
                      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" \
                      "<sheets><sheet name=\"Lembar\xe9\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"

static void
open_ebcdic_workbook (void)
{
  const char *text = "<?xml version=\"1.0\" encoding=\"IBM037\"?>\n"
                     "<!DOCTYPE workbook [¬<!ENTITY % a \"aaaa\"><!ENTITY % b \"%a;%a;\">]><workbook/>";
  g_autoptr (GError) error = NULL;
  gsize length = 0;
  g_autofree char *ebcdic = g_convert (text, -1, "IBM037", "UTF-8", NULL, &length, &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = write_workbook_with_part ("ebcdic.xlsx", "xl/workbook.xml", ebcdic, length);
  assert_workbook_open_fails (path, "xl/workbook.xml:1: ", "encoding “EBCDIC”");
}

/* A part in EBCDIC hid its DOCTYPE from the check made before libxml2
 * reads it, and libxml2 printed its conversion errors on stderr. */
static void
test_ebcdic_part (void)
{
  if (g_test_subprocess ())
    {
      open_ebcdic_workbook ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
}

/* An ASCII declaration naming an encoding that does not keep ASCII is
 * refused too; one that does is read. */
static void
test_declared_encoding (void)
{
  const char *ebcdic = "<?xml version=\"1.0\" encoding='cp037' ?>" WORKBOOK_BODY;
  const char *latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" WORKBOOK_BODY;
  g_autofree char *refused = write_workbook_with_part ("declared-ebcdic.xlsx", "xl/workbook.xml", ebcdic, strlen (ebcdic));
  g_autofree char *read = write_workbook_with_part ("latin1.xlsx", "xl/workbook.xml", latin1, strlen (latin1));
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = NULL;

  assert_workbook_open_fails (refused, "xl/workbook.xml:1: ", "encoding “cp037”");
  book = inovda_spreadsheet_open (read, &error);
  g_assert_no_error (error);
  g_assert_cmpint (inovda_spreadsheet_find_sheet (book, "Lembaré"), ==, 0);
}

#define NAMES_HEAD "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "   \
                   "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" \
                   "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets><definedNames>"
#define NAMES_TAIL "</definedNames></workbook>"

static char *
write_with_names (const char *file_name,
                  const char *names)
{
  g_autofree char *workbook = g_strconcat (NAMES_HEAD, names, NAMES_TAIL, NULL);

  return write_workbook_with_part (file_name, "xl/workbook.xml", workbook, strlen (workbook));
}

/* Global names are kept as written, found in any case; a sheet's own
 * names are left out, as are names of a CSV file. */
static void
test_defined_names (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = NULL;
  g_autoptr (InovdaSpreadsheet) csv = NULL;
  g_autofree char *path = NULL;

  path = write_with_names ("names.xlsx",
                           "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">Sheet1!$A$1:$B$1</definedName>"
                           "<definedName name=\"Local\" localSheetId=\"0\">\"sheet\"</definedName>"
                           "<definedName function=\"false\" name=\"InovdaTemplat\">&quot;63;DINKES;2026&quot;</definedName>"
                           "<definedName name=\"Kosong\"></definedName><definedName name=\"Empty\"/>"
                           "<definedName name=\"Rate\"><![CDATA[0.96]]></definedName>");
  book = inovda_spreadsheet_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (inovda_spreadsheet_get_defined_name (book, "InovdaTemplat"), ==, "\"63;DINKES;2026\"");
  g_assert_cmpstr (inovda_spreadsheet_get_defined_name (book, "inovdatemplat"), ==, "\"63;DINKES;2026\"");
  g_assert_cmpstr (inovda_spreadsheet_get_defined_name (book, "Rate"), ==, "0.96");
  g_assert_cmpstr (inovda_spreadsheet_get_defined_name (book, "Kosong"), ==, "");
  g_assert_null (inovda_spreadsheet_get_defined_name (book, "Empty"));
  g_assert_null (inovda_spreadsheet_get_defined_name (book, "Local"));
  g_assert_null (inovda_spreadsheet_get_defined_name (book, "_xlnm._FilterDatabase"));
  g_assert_null (inovda_spreadsheet_get_defined_name (book, "Other"));

  csv = open_fixture ("libreoffice.csv");
  g_assert_null (inovda_spreadsheet_get_defined_name (csv, "InovdaTemplat"));
}

/* A name longer than a formula may be, a name defined twice and more
 * names than relationships are refused where they stand. */
static void
test_defined_names_refused (void)
{
  g_autoptr (GString) long_name = g_string_new ("<definedName name=\"Long\">&quot;");
  g_autofree char *long_path = NULL;
  g_autofree char *twice_path = NULL;
  g_autoptr (GString) many = g_string_new (NULL);
  g_autofree char *many_path = NULL;

  for (guint i = 0; i < 8192; i++)
    g_string_append (long_name, "ab&amp;d");
  g_string_append (long_name, "&quot;</definedName>");
  long_path = write_with_names ("long-name.xlsx", long_name->str);
  assert_workbook_open_fails (long_path, "xl/workbook.xml:1: ", "longer than Inovda accepts");

  twice_path = write_with_names ("twice.xlsx",
                                 "<definedName name=\"InovdaTemplat\">\"63;A;2026\"</definedName>"
                                 "<definedName name=\"inovdaTEMPLAT\">\"63;B;2026\"</definedName>");
  assert_workbook_open_fails (twice_path, "xl/workbook.xml:1: ", "the name “inovdaTEMPLAT” twice");

  for (guint i = 0; i <= 65536; i++)
    g_string_append_printf (many, "<definedName name=\"n%u\">%u</definedName>", i, i);
  many_path = write_with_names ("many-names.xlsx", many->str);
  assert_workbook_open_fails (many_path, "xl/workbook.xml:1: ", "more names than Inovda accepts");
}

/* libzip reads the first of two entries of one name, other programs the
 * last. The second name is written differently, then made the same. */
static void
test_duplicate_entry (gconstpointer data)
{
  const char *second = data;
  g_autoptr (GString) sheet = g_string_new ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                            "<sheetData/></worksheet>");
  g_autofree char *path = write_workbook ("duplicate-entry.xlsx", sheet);
  g_autofree char *contents = NULL;
  g_autofree char *expected = g_strdup_printf ("part “%s” twice", second);
  gsize length = 0;
  int code = 0;
  zip_t *zip = zip_open (path, 0, &code);

  g_assert_nonnull (zip);
  g_assert_cmpint (zip_file_add (zip, "xl/worksheets/sheetX.xml", zip_source_buffer (zip, "<x/>", 4, 0), 0), >=, 0);
  g_assert_cmpint (zip_close (zip), ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (char *p = contents; (p = memchr (p, 'X', length - (gsize) (p - contents))) != NULL; p++)
    if (p - contents >= 19 && memcmp (p - 19, "xl/worksheets/sheetX.xml", 24) == 0)
      memcpy (p - 19, second, 24);
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));

  assert_workbook_open_fails (path, "", expected);
}

/* Up to the limit, and with “=” in comments, quoted values, CDATA and
 * processing instructions, a part is read. */
static void
test_attributes_at_limit (void)
{
  g_autoptr (GString) styles = g_string_new ("<?xml version=\"1.0\"?><?pi a=b c=d?><!-- = = = -->"
                                             "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"");
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = NULL;
  g_autofree char *path = NULL;

  for (guint i = 0; i < 255; i++)
    g_string_append_printf (styles, " a%u='=%u=' ", i, i);
  g_string_append (styles, "><numFmts><numFmt numFmtId=\"164\" formatCode=\"a=b\"/></numFmts>"
                           "<extLst><![CDATA[<x a=1 b=2>]]></extLst>"
                           "<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
  path = write_workbook_with_part ("attributes-at-limit.xlsx", "xl/styles.xml", styles->str, styles->len);
  book = inovda_spreadsheet_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (book);
}

/* Reads the first sheet of the workbook at @path, which must succeed. */
static Grid *
read_whole_sheet (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = inovda_spreadsheet_open (path, &error);
  g_autoptr (Grid) grid = grid_new ();

  g_assert_no_error (error);
  g_assert_true (inovda_spreadsheet_read_sheet (book, 0, collect_row_cb, grid, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&grid);
}

static char *
write_empty_styled_workbook (void)
{
  g_autoptr (GString) sheet = g_string_new ("<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                                            "spreadsheetml/2006/main\"><dimension ref=\"A1:P62501\"/>"
                                            "<sheetData>");

  for (guint row = 0; row < 62500; row++)
    {
      g_string_append (sheet, "<row>");
      for (guint column = 0; column < 16; column++)
        g_string_append (sheet, "<c s=\"1\"/>");
      g_string_append (sheet, "</row>");
    }
  g_string_append (sheet, "<row><c t=\"inlineStr\"><is><t>akhir</t></is></c></row></sheetData></worksheet>");
  return write_workbook ("empty-styled.xlsx", sheet);
}

/* 20,000 numbered rows, every tenth left out, column B always empty:
 * several batches of the reader's worker thread. */
#define MANY_ROWS 20000

static char *
write_many_rows_workbook (void)
{
  g_autoptr (GString) sheet = g_string_new ("<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/"
                                            "spreadsheetml/2006/main\"><x:sheetData>");

  for (guint row = 1; row <= MANY_ROWS; row++)
    if (row % 10 != 0)
      g_string_append_printf (sheet,
                              "<x:row r=\"%u\"><x:c r=\"A%u\" t=\"inlineStr\"><x:is><x:t>baris %u &amp; "
                              "_x0041_</x:t></x:is></x:c><x:c r=\"C%u\" s=\"1\"><x:v>%u</x:v></x:c></x:row>\n",
                              row, row, row, row, row * 3);
  g_string_append (sheet, "</x:sheetData></x:worksheet>");
  return write_workbook ("many-rows.xlsx", sheet);
}

static void
test_many_rows (void)
{
  g_autofree char *path = write_many_rows_workbook ();
  g_autoptr (Grid) grid = read_whole_sheet (path);

  g_assert_cmpuint (grid->rows->len, ==, MANY_ROWS - MANY_ROWS / 10);
  for (guint row = 1; row <= MANY_ROWS; row++)
    {
      g_autofree char *a = g_strdup_printf ("A%u", row);
      g_autofree char *b = g_strdup_printf ("B%u", row);
      g_autofree char *c = g_strdup_printf ("C%u", row);
      g_autofree char *text = g_strdup_printf ("s:baris %u & A", row);
      g_autofree char *number = g_strdup_printf ("n:%u", row * 3);

      assert_cell (grid, b, NULL);
      assert_cell (grid, a, row % 10 != 0 ? text : NULL);
      assert_cell (grid, c, row % 10 != 0 ? number : NULL);
    }
}

static char *
write_one_cell_workbook (const char *name,
                         const char *inline_text)
{
  g_autoptr (GString) sheet = g_string_new ("<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                                            "spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                                            "<c r=\"A1\" t=\"inlineStr\"><is><t>pertama</t></is></c></row>\n<row r=\"2\">"
                                            "<c r=\"B2\" t=\"inlineStr\"><is><t>");

  g_string_append (sheet, inline_text);
  g_string_append (sheet, "</t></is></c></row></sheetData></worksheet>");
  return write_workbook (name, sheet);
}

/* What libxml2 used to refuse, the worksheet reader refuses too. */
static void
test_bad_cell_text (void)
{
  static const struct
  {
    const char *text;
    const char *message;
  } cases[] = {
    { "Inovasi pelayanan publik\x01 daerah", "control character" },
    { "ab\x02", "control character" },
    { "Inovasi pelayanan publik \xC3\x28 daerah", "not valid UTF-8" },
    { "\xFF", "not valid UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = write_one_cell_workbook ("bad-text.xlsx", cases[i].text);
      g_autoptr (GError) error = NULL;
      g_autoptr (InovdaSpreadsheet) book = inovda_spreadsheet_open (path, &error);
      g_autoptr (Grid) grid = grid_new ();

      g_assert_no_error (error);
      g_assert_false (inovda_spreadsheet_read_sheet (book, 0, collect_row_cb, grid, NULL, &error));
      assert_located (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID, "", cases[i].message);
      g_assert_nonnull (strstr (error->message, "bad-text.xlsx: Sheet1!B2: "));
    }

  {
    g_autofree char *path = write_one_cell_workbook ("good-text.xlsx", "Tab\tbaris\nbaru, r\xC3\xA9sum\xC3\xA9 _x005F_ ok");
    g_autoptr (Grid) grid = read_whole_sheet (path);

    assert_cell (grid, "B2", "s:Tab\tbaris\nbaru, r\xC3\xA9sum\xC3\xA9 _ ok");
  }
}

/* A fault in a worksheet's markup is located by sheet and row or cell,
 * never by the line of the XML, which is usually the only one. */
static void
test_markup_fault_location (void)
{
  static const struct
  {
    const char *sheet_data;
    const char *location;
    const char *message;
  } cases[] = {
    { "<sheetData><row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"3A\"><v>2</v></c></row></sheetData>",
      "cells.xlsx: Sheet1, row 3: ", "invalid reference" },
    { "<sheetData><row r=\"2\"><c r=\"A2\"><v>1</v></c></row><row r=\"x\"/></sheetData>",
      "cells.xlsx: Sheet1, after row 2: ", "invalid number" },
    { "<sheetData><row r=\"4\"><c r=\"B4\"><v>1</c></row></sheetData>", "cells.xlsx: Sheet1!B4: ", "damaged" },
    { "<sheetData/><mergeCells><mergeCell ref=\"A1:B\"/></mergeCells>", "cells.xlsx: Sheet1: ", "merged range “A1:B”" },
    { "<sheetData/><mergeCells><mergeCell ref=\"A:A\"/></mergeCells>", "cells.xlsx: Sheet1: ", "merged range “A:A”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GString) sheet = g_string_new ("<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                                                "spreadsheetml/2006/main\">");
      g_autofree char *path = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (InovdaSpreadsheet) book = NULL;
      g_autoptr (Grid) grid = grid_new ();

      g_string_append_printf (sheet, "%s</worksheet>", cases[i].sheet_data);
      path = write_workbook ("cells.xlsx", sheet);
      book = inovda_spreadsheet_open (path, &error);
      g_assert_no_error (error);
      g_assert_false (inovda_spreadsheet_read_sheet (book, 0, collect_row_cb, grid, NULL, &error));
      assert_located (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID, "", cases[i].message);
      g_assert_nonnull (strstr (error->message, cases[i].location));
    }
}

/* Cell text is checked sixteen bytes at a time: a control character, a
 * byte not ASCII or an escape at every place of the first blocks. */
static void
test_cell_text_blocks (void)
{
  for (guint length = 1; length <= 40; length++)
    for (guint at = 0; at < length; at++)
      {
        g_autoptr (GString) text = g_string_new (NULL);
        g_autofree char *path = NULL;
        g_autoptr (GError) error = NULL;
        g_autoptr (InovdaSpreadsheet) book = NULL;
        g_autoptr (Grid) grid = grid_new ();

        for (guint i = 0; i < length; i++)
          g_string_append_c (text, i == at ? '\x1F' : (char) ('a' + i % 26));
        path = write_one_cell_workbook ("control.xlsx", text->str);
        book = inovda_spreadsheet_open (path, &error);
        g_assert_no_error (error);
        g_assert_false (inovda_spreadsheet_read_sheet (book, 0, collect_row_cb, grid, NULL, &error));
        assert_located (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID, "", "control character");

        {
          g_autoptr (GString) plain = g_string_new (NULL);
          g_autoptr (GString) escaped = g_string_new (NULL);
          g_autoptr (GString) accented = g_string_new (NULL);
          g_autofree char *expected_plain = NULL;
          g_autofree char *expected_escaped = NULL;
          g_autofree char *expected_accented = NULL;
          g_autoptr (Grid) plain_grid = NULL;
          g_autoptr (Grid) escaped_grid = NULL;
          g_autoptr (Grid) accented_grid = NULL;
          g_autofree char *plain_path = NULL;
          g_autofree char *escaped_path = NULL;
          g_autofree char *accented_path = NULL;

          for (guint i = 0; i < length; i++)
            g_string_append_c (plain, (char) ('a' + i % 26));
          g_string_append_len (escaped, plain->str, at);
          g_string_append (escaped, "_x0041_");
          g_string_append (escaped, plain->str + at);
          g_string_append_len (accented, plain->str, at);
          g_string_append (accented, "\xC3\xA9");
          g_string_append (accented, plain->str + at);

          plain_path = write_one_cell_workbook ("plain.xlsx", plain->str);
          escaped_path = write_one_cell_workbook ("escaped.xlsx", escaped->str);
          accented_path = write_one_cell_workbook ("accented.xlsx", accented->str);
          plain_grid = read_whole_sheet (plain_path);
          escaped_grid = read_whole_sheet (escaped_path);
          accented_grid = read_whole_sheet (accented_path);
          expected_plain = g_strdup_printf ("s:%s", plain->str);
          expected_escaped = g_strdup_printf ("s:%.*sA%s", (int) at, plain->str, plain->str + at);
          expected_accented = g_strdup_printf ("s:%s", accented->str);
          assert_cell (plain_grid, "B2", expected_plain);
          assert_cell (escaped_grid, "B2", expected_escaped);
          assert_cell (accented_grid, "B2", expected_accented);
        }
      }
}

/* Cell references as spreadsheet programs write them, and as they may. */
static void
test_cell_references (void)
{
  static const struct
  {
    const char *reference;
    const char *found; /* NULL: refused */
  } cases[] = {
    { "A1", "A1" },
    { "Z1", "Z1" },
    { "AB1", "AB1" },
    { "XFD1", "XFD1" },
    { "c1", "C1" },
    { "$D$1", "D1" },
    { "E01", "E1" },
    { "F", "F1" },
    { "G1048576", "G1" },
    { "XFE1", NULL },
    { "AAAA1", NULL },
    { "A0", NULL },
    { "A1048577", NULL },
    { "A12345678", NULL },
    { "A1B", NULL },
    { "1", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GString) sheet = g_string_new ("<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                                                "spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
      g_autofree char *path = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (InovdaSpreadsheet) book = NULL;
      g_autoptr (Grid) grid = grid_new ();
      gboolean ok;

      g_test_message ("reference %s", cases[i].reference);
      g_string_append_printf (sheet, "<c r=\"%s\"><v>7</v></c></row></sheetData></worksheet>", cases[i].reference);
      path = write_workbook ("reference.xlsx", sheet);
      book = inovda_spreadsheet_open (path, &error);
      g_assert_no_error (error);
      ok = inovda_spreadsheet_read_sheet (book, 0, collect_row_cb, grid, NULL, &error);
      if (cases[i].found != NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpuint (g_hash_table_size (grid->cells), ==, 1);
          assert_cell (grid, cases[i].found, "n:7");
        }
      else
        {
          g_assert_false (ok);
          g_assert_nonnull (error);
        }
    }
}

static gboolean
count_rows_cb (guint row,
               const InovdaCell *cells,
               guint n_cells,
               gpointer user_data,
               GError **error)
{
  (*(guint *) user_data)++;
  return TRUE;
}

/* Counts the rows it is given and refuses those from row `from` on. */
typedef struct
{
  guint calls;
  guint from;
} Refusal;

static gboolean
refuse_row_cb (guint row,
               const InovdaCell *cells,
               guint n_cells,
               gpointer user_data,
               GError **error)
{
  Refusal *refusal = user_data;

  refusal->calls++;
  if (row < refusal->from)
    return TRUE;
  g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND, "berhenti di baris %u", row + 1);
  return FALSE;
}

/* The worker thread stops as soon as the rows are refused. */
static void
test_many_rows_refused (void)
{
  g_autofree char *path = write_many_rows_workbook ();
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = inovda_spreadsheet_open (path, &error);
  Refusal refusal = { 0, 6999 };
  guint calls = 0;

  g_assert_no_error (error);
  g_assert_false (inovda_spreadsheet_read_sheet (book, 0, refuse_row_cb, &refusal, NULL, &error));
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "berhenti di baris 7001");
  g_assert_cmpuint (refusal.calls, ==, 6301);

  /* The same book reads again, whole. */
  g_clear_error (&error);
  g_assert_true (inovda_spreadsheet_read_sheet (book, 0, count_rows_cb, &calls, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls, ==, MANY_ROWS - MANY_ROWS / 10);
}

/* Ten rows of a hundred cells, each a reference to one shared text of a
 * thousand characters: a megabyte of cells from a kilobyte of text. */
static char *
write_repeated_text_workbook (void)
{
  g_autoptr (GString) sheet = g_string_new ("<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                                            "spreadsheetml/2006/main\"><sheetData>");
  g_autoptr (GString) strings = g_string_new ("<sst xmlns=\"http://schemas.openxmlformats.org/"
                                              "spreadsheetml/2006/main\"><si><t>");

  for (guint row = 0; row < 10; row++)
    {
      g_string_append (sheet, "<row>");
      for (guint column = 0; column < 100; column++)
        g_string_append (sheet, "<c t=\"s\"><v>0</v></c>");
      g_string_append (sheet, "</row>");
    }
  g_string_append (sheet, "</sheetData></worksheet>");
  for (guint i = 0; i < 1000; i++)
    g_string_append_c (strings, 'x');
  g_string_append (strings, "</t></si></sst>");
  return write_workbook_with_strings ("repeated-text.xlsx", sheet, strings->str);
}

/* A shared text counts wherever a cell repeats it: in the row's text and
 * in what the workbook unpacks to. */
static void
test_repeated_shared_text (void)
{
  g_autofree char *path = write_repeated_text_workbook ();
  g_autofree char *text = g_strnfill (1000, 'x');
  g_autofree char *expected = g_strconcat ("s:", text, NULL);
  InovdaSpreadsheetLimits limits;

  {
    g_autoptr (Grid) grid = read_whole_sheet (path);

    g_assert_cmpuint (grid->rows->len, ==, 10);
    assert_cell (grid, "CV10", expected);
  }

  _inovda_spreadsheet_get_default_limits (&limits);
  limits.max_row_text = 50000;
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (InovdaSpreadsheet) book = _inovda_spreadsheet_open_with_limits (path, &limits, &error);
    g_autoptr (Grid) grid = grid_new ();

    g_assert_no_error (error);
    g_assert_false (inovda_spreadsheet_read_sheet (book, 0, collect_row_cb, grid, NULL, &error));
    assert_located (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID, "", "more text than Inovda accepts");
    g_assert_nonnull (strstr (error->message, "repeated-text.xlsx: Sheet1!AY1: "));
  }

  _inovda_spreadsheet_get_default_limits (&limits);
  limits.max_total_size = 500000;
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (InovdaSpreadsheet) book = _inovda_spreadsheet_open_with_limits (path, &limits, &error);
    g_autoptr (Grid) grid = grid_new ();

    g_assert_no_error (error);
    g_assert_false (inovda_spreadsheet_read_sheet (book, 0, collect_row_cb, grid, NULL, &error));
    assert_located (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID, "", "more shared text than Inovda accepts");
    g_assert_nonnull (strstr (error->message, "repeated-text.xlsx: Sheet1!"));
  }
}

static void
test_million_empty_cells (void)
{
  g_autofree char *path = write_empty_styled_workbook ();
  g_autoptr (Grid) grid = read_whole_sheet (path);

  g_assert_cmpuint (grid->rows->len, ==, 1);
  assert_cell (grid, "A62501", "s:akhir");
}

static void
test_cell_limit (void)
{
  g_autofree char *path = write_empty_styled_workbook ();
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = NULL;
  g_autoptr (Grid) grid = grid_new ();
  InovdaSpreadsheetLimits limits;

  _inovda_spreadsheet_get_default_limits (&limits);
  limits.max_cells = 100000;
  book = _inovda_spreadsheet_open_with_limits (path, &limits, &error);
  g_assert_no_error (error);
  g_assert_false (inovda_spreadsheet_read_sheet (book, 0, collect_row_cb, grid, NULL, &error));
  assert_located (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID, "",
                  "empty-styled.xlsx: Sheet1!A6251: The sheet has more than 100000 cells");
}

static void
test_shared_string_range (void)
{
  assert_read_fails ("sst-range.xlsx", "sst-range.xlsx: Sheet1!C5: ",
                     "shared text number 99, but the workbook has only 3");
}

static void
test_style_range (void)
{
  assert_read_fails ("style-range.xlsx", "style-range.xlsx: Sheet1!B2: ",
                     "cell format number 57, but the workbook defines only 2");
}

static void
test_not_well_formed (void)
{
  assert_read_fails ("not-well-formed.xlsx", "not-well-formed.xlsx: Sheet1!A1: ", "damaged");
}

static void
test_bad_date (void)
{
  assert_read_fails ("bad-date.xlsx", "bad-date.xlsx: Sheet1!B3: ", "“2023-02-29”");
}

static void
test_bad_number (void)
{
  assert_read_fails ("bad-number.xlsx", "bad-number.xlsx: Sheet1!A2: ", "“12abc”");
}

static void
test_unknown_type (void)
{
  assert_read_fails ("unknown-type.xlsx", "unknown-type.xlsx: Sheet1!D4: ", "“x”");
}

static void
test_rows_out_of_order (void)
{
  assert_read_fails ("rows-out-of-order.xlsx", "rows-out-of-order.xlsx: Sheet1, after row 5: ",
                     "out of order");
}

static void
test_duplicate_cell (void)
{
  assert_read_fails ("duplicate-cell.xlsx", "duplicate-cell.xlsx: Sheet1!B2: ", "twice");
}

static void
test_unreadable (void)
{
  g_autofree char *source = fixture ("small.xlsx");
  g_autofree char *path = inovda_test_temp_path ("terkunci.xlsx");
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = NULL;
  gsize length = 0;

  if (geteuid () == 0)
    {
      g_test_skip ("running as root, which reads a file whatever its mode; "
                   "folder and missing-file cases are tested instead");
      return;
    }

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  book = inovda_spreadsheet_open (path, &error);
  g_assert_null (book);
  assert_located (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED, "", "terkunci.xlsx: The file cannot be read");
  g_chmod (path, 0600);
}

static void
test_folder (void)
{
  g_autofree char *path = inovda_test_temp_path ("folder.xlsx");
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = NULL;

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  book = inovda_spreadsheet_open (path, &error);
  g_assert_null (book);
  assert_located (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "", "folder.xlsx: This is a folder, not a file");
}

static void
test_missing (void)
{
  g_autofree char *path = fixture ("tidak-ada.xlsx");
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaSpreadsheet) book = inovda_spreadsheet_open (path, &error);

  g_assert_null (book);
  assert_located (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "tidak-ada.xlsx: ", "cannot be read");
}

static guint
count_open_files (void)
{
  g_autoptr (GDir) dir = g_dir_open ("/proc/self/fd", 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* Every way of refusing a file closes it. */
static void
test_no_file_left_open (void)
{
  static const char *const refused[] = {
    "notes.txt",
    "utf16.csv",
    "legacy.xls",
    "opendocument.ods",
    "not-xlsx.zip",
    "document.xlsx",
    "truncated.xlsx",
    "billion-laughs.xlsx",
    "tidak-ada.xlsx",
  };
  static const char *const failing_reads[] = {
    "crc.xlsx",
    "xxe.xlsx",
    "sst-range.xlsx",
    "invalid-utf8.csv",
    "unterminated.csv",
  };
  g_autofree char *empty = inovda_test_temp_path ("kosong.csv");
  guint before;

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  before = count_open_files ();
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *path = fixture (refused[i]);
      g_autoptr (GError) error = NULL;

      g_assert_null (inovda_spreadsheet_open (path, &error));
      g_assert_nonnull (error);
    }
  g_assert_null (inovda_spreadsheet_open (empty, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (failing_reads); i++)
    {
      g_autoptr (InovdaSpreadsheet) book = open_fixture (failing_reads[i]);
      g_autoptr (Grid) grid = grid_new ();

      g_assert_false (inovda_spreadsheet_read_sheet (book, 0, collect_row_cb, grid, NULL, NULL));
    }
  g_assert_cmpuint (count_open_files (), ==, before);
}

/* Callbacks and cancelling */

static gboolean
cancel_after_first_row_cb (guint row,
                           const InovdaCell *cells,
                           guint n_cells,
                           gpointer user_data,
                           GError **error)
{
  g_cancellable_cancel (user_data);
  return TRUE;
}

static void
test_cancel (gconstpointer data)
{
  g_autoptr (InovdaSpreadsheet) book = open_fixture (data);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;

  g_assert_false (inovda_spreadsheet_read_sheet (book, 0, cancel_after_first_row_cb, cancellable,
                                                 cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_callback_error (void)
{
  g_autoptr (InovdaSpreadsheet) book = open_fixture ("edge-cases.xlsx");
  g_autoptr (GError) error = NULL;
  Refusal refusal = { 0, 0 };

  g_assert_false (inovda_spreadsheet_read_sheet (book, 0, refuse_row_cb, &refusal, NULL, &error));
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "berhenti di baris 1");
  g_assert_cmpuint (refusal.calls, ==, 1);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/inovda/spreadsheet/reference/format", test_reference);
  g_test_add_func ("/inovda/spreadsheet/reference/parse", test_reference_parse);
  g_test_add_func ("/inovda/spreadsheet/xlsx/edge-cases/sheets", test_edge_cases_sheets);
  g_test_add_func ("/inovda/spreadsheet/xlsx/edge-cases/values", test_edge_cases_values);
  g_test_add_func ("/inovda/spreadsheet/xlsx/edge-cases/other-sheets", test_edge_cases_other_sheets);
  g_test_add_func ("/inovda/spreadsheet/xlsx/read-twice", test_read_twice);
  g_test_add_func ("/inovda/spreadsheet/xlsx/read-ahead", test_read_ahead);
  g_test_add_func ("/inovda/spreadsheet/xlsx/read-ahead-same-sheet", test_read_ahead_same_sheet);
  g_test_add_func ("/inovda/spreadsheet/xlsx/repeated-texts", test_repeated_texts);
  g_test_add_func ("/inovda/spreadsheet/xlsx/cell-forms", test_cell_forms);
  g_test_add_func ("/inovda/spreadsheet/xlsx/other-sheets", test_other_sheets);
  g_test_add_func ("/inovda/spreadsheet/xlsx/strict", test_strict);
  g_test_add_func ("/inovda/spreadsheet/xlsx/dates-1900", test_dates_1900);
  g_test_add_func ("/inovda/spreadsheet/xlsx/dates-1904", test_dates_1904);
  for (guint i = 0; i < G_N_ELEMENTS (producers); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/inovda/spreadsheet/xlsx/producer/%s", producers[i].file);

      g_test_add_data_func (test_path, &producers[i], test_producer);
    }
  g_test_add_func ("/inovda/spreadsheet/csv/bom-comma", test_csv_bom_comma);
  g_test_add_func ("/inovda/spreadsheet/csv/semicolon", test_csv_semicolon);
  g_test_add_func ("/inovda/spreadsheet/csv/libreoffice", test_csv_libreoffice);
  g_test_add_func ("/inovda/spreadsheet/csv/invalid-utf8", test_csv_invalid_utf8);
  g_test_add_func ("/inovda/spreadsheet/csv/unterminated", test_csv_unterminated);
  g_test_add_func ("/inovda/spreadsheet/csv/nul", test_csv_nul);
  g_test_add_func ("/inovda/spreadsheet/csv/utf16", test_csv_utf16);
  g_test_add_func ("/inovda/spreadsheet/format/not-a-spreadsheet", test_not_a_spreadsheet);
  g_test_add_func ("/inovda/spreadsheet/format/empty", test_empty_file);
  g_test_add_func ("/inovda/spreadsheet/format/legacy-xls", test_legacy_xls);
  g_test_add_func ("/inovda/spreadsheet/format/opendocument", test_opendocument);
  g_test_add_func ("/inovda/spreadsheet/hostile/not-xlsx-zip", test_not_xlsx_zip);
  g_test_add_func ("/inovda/spreadsheet/hostile/word-document", test_word_document);
  g_test_add_func ("/inovda/spreadsheet/hostile/truncated", test_truncated);
  g_test_add_func ("/inovda/spreadsheet/hostile/crc", test_crc);
  g_test_add_func ("/inovda/spreadsheet/hostile/deflate-crc", test_deflate_crc);
  g_test_add_func ("/inovda/spreadsheet/hostile/deflate-damaged", test_deflate_damaged);
  g_test_add_func ("/inovda/spreadsheet/hostile/deflate-cut", test_deflate_cut);
  g_test_add_func ("/inovda/spreadsheet/hostile/bomb-declared", test_bomb_declared);
  g_test_add_func ("/inovda/spreadsheet/hostile/bomb-lying", test_bomb_lying);
  g_test_add_func ("/inovda/spreadsheet/hostile/bomb-total", test_bomb_total);
  g_test_add_func ("/inovda/spreadsheet/hostile/shared-text-limit", test_shared_text_limit);
  g_test_add_func ("/inovda/spreadsheet/hostile/billion-laughs", test_billion_laughs);
  g_test_add_data_func ("/inovda/spreadsheet/hostile/external-entity/utf-8", "xxe.xlsx", test_external_entity);
  g_test_add_data_func ("/inovda/spreadsheet/hostile/external-entity/utf-16", "xxe-utf16.xlsx", test_external_entity);
  g_test_add_func ("/inovda/spreadsheet/hostile/dotdot-entry", test_dotdot_entry);
  g_test_add_func ("/inovda/spreadsheet/hostile/dotdot-target", test_dotdot_target);
  g_test_add_func ("/inovda/spreadsheet/hostile/million-empty-cells", test_million_empty_cells);
  g_test_add_func ("/inovda/spreadsheet/hostile/many-attributes", test_many_attributes);
  g_test_add_func ("/inovda/spreadsheet/xlsx/attributes-at-limit", test_attributes_at_limit);
  g_test_add_func ("/inovda/spreadsheet/hostile/ebcdic-part", test_ebcdic_part);
  g_test_add_func ("/inovda/spreadsheet/hostile/defined-names", test_defined_names_refused);
  g_test_add_func ("/inovda/spreadsheet/xlsx/defined-names", test_defined_names);
  g_test_add_func ("/inovda/spreadsheet/hostile/declared-encoding", test_declared_encoding);
  g_test_add_data_func ("/inovda/spreadsheet/hostile/duplicate-entry/same", "xl/worksheets/sheet1.xml", test_duplicate_entry);
  g_test_add_data_func ("/inovda/spreadsheet/hostile/duplicate-entry/case", "XL/Worksheets/Sheet1.xml", test_duplicate_entry);
  g_test_add_func ("/inovda/spreadsheet/hostile/repeated-shared-text", test_repeated_shared_text);
  g_test_add_func ("/inovda/spreadsheet/xlsx/many-rows", test_many_rows);
  g_test_add_func ("/inovda/spreadsheet/xlsx/cell-text-blocks", test_cell_text_blocks);
  g_test_add_func ("/inovda/spreadsheet/xlsx/cell-references", test_cell_references);
  g_test_add_func ("/inovda/spreadsheet/xlsx/many-rows-refused", test_many_rows_refused);
  g_test_add_func ("/inovda/spreadsheet/hostile/bad-cell-text", test_bad_cell_text);
  g_test_add_func ("/inovda/spreadsheet/hostile/cell-limit", test_cell_limit);
  g_test_add_func ("/inovda/spreadsheet/hostile/shared-string-range", test_shared_string_range);
  g_test_add_func ("/inovda/spreadsheet/hostile/style-range", test_style_range);
  g_test_add_func ("/inovda/spreadsheet/hostile/not-well-formed", test_not_well_formed);
  g_test_add_func ("/inovda/spreadsheet/hostile/markup-fault-location", test_markup_fault_location);
  g_test_add_func ("/inovda/spreadsheet/hostile/bad-date", test_bad_date);
  g_test_add_func ("/inovda/spreadsheet/hostile/bad-number", test_bad_number);
  g_test_add_func ("/inovda/spreadsheet/hostile/unknown-type", test_unknown_type);
  g_test_add_func ("/inovda/spreadsheet/hostile/rows-out-of-order", test_rows_out_of_order);
  g_test_add_func ("/inovda/spreadsheet/hostile/duplicate-cell", test_duplicate_cell);
  g_test_add_func ("/inovda/spreadsheet/hostile/unreadable", test_unreadable);
  g_test_add_func ("/inovda/spreadsheet/hostile/folder", test_folder);
  g_test_add_func ("/inovda/spreadsheet/hostile/missing", test_missing);
  g_test_add_func ("/inovda/spreadsheet/hostile/no-file-left-open", test_no_file_left_open);
  g_test_add_data_func ("/inovda/spreadsheet/cancel/xlsx", "edge-cases.xlsx", test_cancel);
  g_test_add_data_func ("/inovda/spreadsheet/cancel/csv", "bom-comma.csv", test_cancel);
  g_test_add_func ("/inovda/spreadsheet/callback-error", test_callback_error);

  return g_test_run ();
}
