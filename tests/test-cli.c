/* test-cli.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "inovda-test-utils.h"

/* Runs inovda-cli with @args and returns its exit status. */
static int
run_cli (const char *const *args,
         char **out,
         char **err)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  const char *cli = g_getenv ("INOVDA_CLI");

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char *const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &stdout_text, &stderr_text, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));

  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);
  return g_subprocess_get_exit_status (process);
}

/* Checks a JSON document with Python's parser, and runs @check (Python
 * code with the document as `d`) against it. */
static void
assert_json (const char *json,
             const char *check)
{
  g_autofree char *path = inovda_test_temp_path ("out.json");
  g_autofree char *script = g_strdup_printf ("import json, sys\n"
                                             "from decimal import Decimal as D, ROUND_HALF_UP\n"
                                             "d = json.load(open(sys.argv[1]), parse_float=D)\n"
                                             "%s\n",
                                             check);
  const char *argv[] = { "python3", "-c", script, path, NULL };
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *err = NULL;

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDERR_PIPE | G_SUBPROCESS_FLAGS_SEARCH_PATH_FROM_ENVP, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  if (g_subprocess_get_exit_status (process) != 0)
    g_error ("JSON check failed: %s\n%s", err, json);
}

/* Runs inovda-cli in Indonesian. */
static int
run_cli_indonesian (const char *const *args,
                    char **out)
{
  g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;

  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "id", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_ptr_array_add (argv, (gpointer) g_getenv ("INOVDA_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, NULL, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (process);
}

static char *
demo_portfolio (void)
{
  char *path = inovda_test_temp_path ("cli.inovda");
  const char *demo[] = { "--db", path, "demo", NULL };

  g_assert_cmpint (run_cli (demo, NULL, NULL), ==, 0);
  return path;
}

static void
test_usage (void)
{
  const char *none[] = { NULL };
  const char *help[] = { "--help", NULL };
  const char *unknown_option[] = { "--no-such-option", NULL };
  const char *unknown_command[] = { "frobnicate", NULL };
  const char *export_without_file[] = { "export", NULL };
  const char *bad_year[] = { "score", "--year", "dua ribu", NULL };
  const char *missing_value[] = { "score", "--region", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (none, NULL, NULL), ==, 1);
  g_assert_cmpint (run_cli (help, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "score"));
  g_assert_nonnull (strstr (out, "gaps --region CODE"));
  g_assert_cmpint (run_cli (unknown_option, NULL, NULL), ==, 1);
  g_assert_cmpint (run_cli (unknown_command, NULL, NULL), ==, 1);
  g_assert_cmpint (run_cli (export_without_file, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "export"));
  g_assert_cmpint (run_cli (bad_year, NULL, NULL), ==, 1);
  g_assert_cmpint (run_cli (missing_value, NULL, NULL), ==, 1);
}

static void
test_init_and_io_errors (void)
{
  g_autofree char *path = inovda_test_temp_path ("init.inovda");
  g_autofree char *missing = inovda_test_temp_path ("missing.inovda");
  g_autofree char *no_folder = g_build_filename (g_get_user_data_dir (), "no", "such", "folder", "p.inovda", NULL);
  g_autofree char *text = inovda_test_temp_path ("text.inovda");
  const char *init[] = { "--db", path, "init", NULL };
  const char *score_missing[] = { "--db", missing, "score", NULL };
  const char *init_no_folder[] = { "--db", no_folder, "init", NULL };
  const char *score_text[] = { "--db", text, "score", NULL };
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (init, NULL, NULL), ==, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (run_cli (init, NULL, NULL), ==, 0);

  g_assert_cmpint (run_cli (score_missing, NULL, &err), ==, 3);
  g_assert_nonnull (strstr (err, missing));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_cli (init_no_folder, NULL, NULL), ==, 3);

  g_assert_true (g_file_set_contents (text, "Ini bukan berkas portofolio Inovda, hanya teks.", -1, NULL));
  g_assert_cmpint (run_cli (score_text, NULL, NULL), ==, 3);
}

static void
test_demo (void)
{
  g_autofree char *path = demo_portfolio ();
  const char *again[] = { "--db", path, "demo", NULL };
  const char *replace[] = { "--db", path, "demo", "--replace", NULL };
  const char *score[] = { "--db", path, "score", "--json", NULL };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (score, &before, NULL), ==, 0);
  g_assert_cmpint (run_cli (again, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, path));
  g_assert_cmpint (run_cli (replace, NULL, NULL), ==, 0);
  g_assert_cmpint (run_cli (score, &after, NULL), ==, 0);
  g_assert_cmpstr (before, ==, after);
}

static void
test_catalogue (void)
{
  g_autofree char *path = demo_portfolio ();
  g_autofree char *broken = inovda_test_temp_path ("rusak.xml");
  g_autofree char *source = g_build_filename (g_getenv ("INOVDA_SOURCE_ROOT"), "data", "methodology", "iid-2026.xml", NULL);
  const char *list[] = { "--db", path, "catalogue", "list", NULL };
  const char *show[] = { "--db", path, "catalogue", "show", "2026", NULL };
  const char *show_unknown[] = { "--db", path, "catalogue", "show", "1999", NULL };
  const char *show_bad[] = { "--db", path, "catalogue", "show", "x", NULL };
  const char *import_broken[] = { "--db", path, "catalogue", "import", broken, NULL };
  const char *import_good[] = { "--db", path, "catalogue", "import", source, NULL };
  const char *nothing[] = { "--db", path, "catalogue", NULL };
  g_autofree char *out = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (list, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "2023"));
  g_assert_nonnull (strstr (out, "2026"));

  g_assert_cmpint (run_cli (show, &shown, NULL), ==, 0);
  g_assert_nonnull (strstr (shown, "Visi dan Misi"));
  g_assert_nonnull (strstr (shown, "Kemanfaatan"));
  g_assert_nonnull (strstr (shown, "Sangat Inovatif"));

  g_assert_cmpint (run_cli (show_unknown, NULL, NULL), ==, 2);
  g_assert_cmpint (run_cli (show_bad, NULL, NULL), ==, 1);
  g_assert_cmpint (run_cli (nothing, NULL, NULL), ==, 1);

  g_assert_true (g_file_set_contents (broken, "<?xml version=\"1.0\"?>\n<katalog xmlns=\"urn:inovda:katalog:1\">\n  <judul>x</judul\n</katalog>\n", -1, NULL));
  g_assert_cmpint (run_cli (import_broken, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "rusak.xml:"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (list, &out, NULL), ==, 0);

  g_assert_cmpint (run_cli (import_good, NULL, NULL), ==, 0);
}

/* The JSON of score, recomputed independently with Python's decimals. */
static void
test_score_json (void)
{
  g_autofree char *path = demo_portfolio ();
  const char *score[] = { "--db", path, "score", "--year", "2026", "--json", NULL };
  const char *one[] = { "--db", path, "score", "--region", "63", "--json", NULL };
  const char *unknown[] = { "--db", path, "score", "--region", "99", NULL };
  const char *human[] = { "--db", path, "score", "--region", "63", NULL };
  g_autofree char *out = NULL;
  g_autofree char *single = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpint (run_cli (score, &out, NULL), ==, 0);
  assert_json (out,
               "assert d['year'] == 2026 and d['catalogue']['year'] == 2026\n"
               "assert d['catalogue']['status'] in ('verified', 'provisional')\n"
               "assert len(d['regions']) == 14\n"
               "def check(r):\n"
               "    n = r['innovations_counted']\n"
               "    assert r['divisor'] == max(12, n)\n"
               "    jumlah = D('0.38') * min(n, 200) if r['yandas_covered'] >= 5 else D(0)\n"
               "    assert r['jumlah'] == jumlah, (r['jumlah'], jumlah)\n"
               "    if n == 0:\n"
               "        assert r['iid'] == 0 and r['predikat'] == 'Tidak Dapat Dinilai'\n"
               "        return\n"
               "    from fractions import Fraction as F\n"
               "    total = F(r['spd']) + F(r['kematangan_sum']) / r['divisor'] + F(jumlah)\n"
               "    iid = (D(total.numerator) * 100 / 250 / D(total.denominator)).quantize(D('0.01'), ROUND_HALF_UP)\n"
               "    assert r['iid'] == iid, (r['code'], r['iid'], iid)\n"
               "    assert abs(r['total'] - (r['spd'] + r['sid'])) <= D('0.01')\n"
               "    band = 'Sangat Inovatif' if iid >= D('65.01') else 'Inovatif' if iid >= D('40.01') else 'Kurang Inovatif'\n"
               "    assert r['predikat'] == band\n"
               "for r in d['regions']:\n"
               "    check(r)\n"
               "    check(r['verified'])\n"
               "p = [r for r in d['regions'] if r['code'] == '63'][0]\n"
               "assert p['innovations_counted'] >= 40 and p['verified']['iid'] < p['iid']\n");

  g_assert_cmpint (run_cli (one, &single, NULL), ==, 0);
  assert_json (single, "assert [r['code'] for r in d['regions']] == ['63']");

  g_assert_cmpint (run_cli (unknown, NULL, NULL), ==, 2);
  g_assert_cmpint (run_cli (human, &text, NULL), ==, 0);
  g_assert_nonnull (strstr (text, "Provinsi Kalimantan Selatan"));
  g_assert_nonnull (strstr (text, "IID"));
}

/* Labels and numbers follow the language; JSON and predikat words do not. */
static void
test_indonesian (void)
{
  g_autofree char *path = demo_portfolio ();
  const char *human[] = { "--db", path, "score", "--region", "63", NULL };
  const char *json[] = { "--db", path, "score", "--region", "63", "--json", NULL };
  g_autofree char *text = NULL;
  g_autofree char *data = NULL;

  g_assert_cmpint (run_cli_indonesian (human, &text), ==, 0);
  g_assert_nonnull (strstr (text, "Klaim"));
  g_assert_nonnull (strstr (text, "Verifikasi"));
  g_assert_true (g_regex_match_simple ("IID +[0-9]+,[0-9][0-9] ", text, 0, 0));
  g_assert_nonnull (strstr (text, "Inovatif"));

  g_assert_cmpint (run_cli_indonesian (json, &data), ==, 0);
  g_assert_true (g_regex_match_simple ("\"iid\":[0-9]+\\.[0-9][0-9],", data, 0, 0));
}

/* A dry run's IID lines, "klaim" and "terverifikasi", put their numbers in
 * one column. */
static void
test_dry_run_scores_aligned (void)
{
  g_autofree char *path = demo_portfolio ();
  g_autofree char *xml = inovda_test_temp_path ("verified.xml");
  const char *export[] = { "--db", path, "export", xml, "--format", "xml", "--region", "63", "--year", "2026", NULL };
  const char *dry_run[] = { "--db", path, "import", xml, "--dry-run", NULL };
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GString) edited = NULL;
  g_auto (GStrv) lines = NULL;
  const char *at;
  glong claimed_column = -1, verified_column = -1;

  g_assert_cmpint (run_cli (export, NULL, NULL), ==, 0);
  g_assert_true (g_file_get_contents (xml, &contents, NULL, NULL));
  edited = g_string_new (contents);
  /* An accepted innovation's verified level falls: only the verified IID moves. */
  at = strstr (edited->str, "level-verifikasi=\"2\"");
  g_assert_nonnull (at);
  edited->str[at - edited->str + strlen ("level-verifikasi=\"")] = '0';
  g_assert_true (g_file_set_contents (xml, edited->str, (gssize) edited->len, NULL));

  g_assert_cmpint (run_cli_indonesian (dry_run, &text), ==, 0);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *number = line + strspn (line, " ");

      number += strcspn (number, " ");
      number += strspn (number, " ");
      if (g_str_has_prefix (line, "    klaim "))
        claimed_column = g_utf8_pointer_to_offset (line, number);
      else if (g_str_has_prefix (line, "    terverifikasi "))
        verified_column = g_utf8_pointer_to_offset (line, number);
    }
  g_assert_cmpint (verified_column, >, 0);
  g_assert_cmpint (claimed_column, ==, verified_column);
}

/* A returned submission template says whose it is on a dry run. */
static void
test_import_submission (void)
{
  g_autofree char *path = demo_portfolio ();
  g_autofree char *template = inovda_test_temp_path ("dinkes.xlsx");
  const char *write[] = { "--db", path, "template", template, "--unit", "DINKES", "--region", "63", "--year", "2026", NULL };
  const char *dry_run[] = { "--db", path, "import", template, "--dry-run", NULL };
  g_autofree char *out = NULL;

  g_assert_cmpint (run_cli (write, NULL, NULL), ==, 0);
  g_assert_cmpint (run_cli (dry_run, &out, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\nSubmission of unit Dinas Kesehatan (DINKES) of region 63 for 2026\n"));
}

static void
test_check_json (void)
{
  g_autofree char *path = demo_portfolio ();
  const char *check[] = { "--db", path, "check", "--region", "63", "--json", NULL };
  const char *human[] = { "--db", path, "check", "--region", "63", NULL };
  g_autofree char *out = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpint (run_cli (check, &out, NULL), ==, 0);
  assert_json (out,
               "r = d['regions'][0]\n"
               "kinds = {p['kind'] for p in r['problems']}\n"
               "assert 'unit-without-innovation' in kinds, kinds\n"
               "assert 'evidence-missing' in kinds, kinds\n"
               "assert r['errors'] == sum(p['severity'] == 'error' for p in r['problems'])\n"
               "assert r['innovations_counted'] < r['innovations']\n"
               "for p in r['problems']:\n"
               "    assert p['severity'] in ('error', 'warning') and p['message']\n"
               "import re\n"
               "window = [p['message'] for p in r['problems'] if p['kind'] == 'window']\n"
               "assert window, kinds\n"
               "assert not re.search(r'[0-9]{4}-[0-9]{2}-[0-9]{2}', window[0]), window[0]\n"
               "assert re.search(r' [0-9]{1,2} [A-Z][a-z]+ [0-9]{4}', window[0]), window[0]\n");
  g_assert_cmpint (run_cli (human, &text, NULL), ==, 0);
  g_assert_nonnull (strstr (text, "Provinsi Kalimantan Selatan"));
}

static void
test_gaps_json (void)
{
  g_autofree char *path = demo_portfolio ();
  const char *gaps[] = { "--db", path, "gaps", "--region", "63", "--json", NULL };
  const char *no_region[] = { "--db", path, "gaps", NULL };
  const char *score[] = { "--db", path, "score", "--region", "63", "--json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *scores = NULL;
  g_autofree char *script = NULL;
  g_autofree char *iid = NULL;
  const char *found;

  g_assert_cmpint (run_cli (no_region, NULL, NULL), ==, 1);
  g_assert_cmpint (run_cli (gaps, &out, NULL), ==, 0);
  g_assert_cmpint (run_cli (score, &scores, NULL), ==, 0);
  found = strstr (scores, "\"iid\":");
  g_assert_nonnull (found);
  iid = g_strndup (found + 6, strcspn (found + 6, ",}"));

  script = g_strdup_printf ("assert d['region']['code'] == '63'\n"
                            "assert d['iid'] == D('%s')\n"
                            "g = d['gaps']\n"
                            "assert len(g) > 0\n"
                            "assert all(a['gain'] >= b['gain'] for a, b in zip(g, g[1:]))\n"
                            "assert all(x['gain'] > 0 and x['iid_after'] == d['iid'] + x['gain'] for x in g)\n"
                            "assert d['next_predikat'] is None or d['points_needed'] == d['next_band_lower'] - d['iid']\n"
                            "assert all(x['description'] for x in g)\n",
                            iid);
  assert_json (out, script);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/inovda/cli/usage", test_usage);
  g_test_add_func ("/inovda/cli/init-and-io-errors", test_init_and_io_errors);
  g_test_add_func ("/inovda/cli/demo", test_demo);
  g_test_add_func ("/inovda/cli/catalogue", test_catalogue);
  g_test_add_func ("/inovda/cli/score-json", test_score_json);
  g_test_add_func ("/inovda/cli/indonesian", test_indonesian);
  g_test_add_func ("/inovda/cli/dry-run-scores-aligned", test_dry_run_scores_aligned);
  g_test_add_func ("/inovda/cli/import-submission", test_import_submission);
  g_test_add_func ("/inovda/cli/check-json", test_check_json);
  g_test_add_func ("/inovda/cli/gaps-json", test_gaps_json);

  return g_test_run ();
}
