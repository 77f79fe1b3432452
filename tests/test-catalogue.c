/* test-catalogue.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "inovda-error.h"
#include "io/inovda-catalogue-reader.h"
#include "model/inovda-decimal.h"

/* Expected values come from the methodology's tables: §4 (2023), §5 and
 * §6.2b (2024), §6 (2025), §7 (2026). */

static InovdaCatalogue *
load_builtin (int year)
{
  g_autoptr (GError) error = NULL;
  InovdaCatalogue *catalogue = inovda_catalogue_reader_load_builtin (year, &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalogue);
  return catalogue;
}

static gint64
value (const char *text)
{
  gint64 result = 0;

  g_assert_true (inovda_decimal_parse (text, 4, &result));
  return result;
}

static gint64
sum_of_weights (GPtrArray *rows)
{
  gint64 sum = 0;

  for (guint i = 0; i < rows->len; i++)
    sum += ((const InovdaIndicator *) g_ptr_array_index (rows, i))->weight;
  return sum;
}

static const InovdaIndicator *
find (InovdaCatalogue *catalogue,
      const char *id)
{
  const InovdaIndicator *indicator = inovda_catalogue_find_indicator (catalogue, id);

  g_assert_nonnull (indicator);
  return indicator;
}

static char *
mandatory_ids (GPtrArray *rows)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      const InovdaIndicator *indicator = g_ptr_array_index (rows, i);

      if (indicator->mandatory)
        g_string_append_printf (ids, "%s%s", ids->len > 0 ? " " : "", indicator->id);
    }
  return g_string_free (ids, FALSE);
}

static void
assert_bands (InovdaCatalogue *catalogue,
              gint64 sangat_inovatif,
              gint64 inovatif)
{
  const InovdaPredikatBand *band;

  g_assert_cmpuint (catalogue->bands->len, ==, 3);
  band = g_ptr_array_index (catalogue->bands, 0);
  g_assert_cmpint (band->lower, ==, sangat_inovatif);
  g_assert_cmpstr (band->label, ==, "Sangat Inovatif");
  band = g_ptr_array_index (catalogue->bands, 1);
  g_assert_cmpint (band->lower, ==, inovatif);
  g_assert_cmpstr (band->label, ==, "Inovatif");
  band = g_ptr_array_index (catalogue->bands, 2);
  g_assert_cmpint (band->lower, ==, 1);
  g_assert_cmpstr (band->label, ==, "Kurang Inovatif");
}

/* Shipped catalogues */

static void
test_builtin_list (void)
{
  g_autoptr (GArray) years = inovda_catalogue_reader_list_builtin ();
  static const int expected[] = { 2023, 2024, 2025, 2026 };

  g_assert_cmpuint (years->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (g_array_index (years, int, i), ==, expected[i]);
}

static void
check_indicator (InovdaCatalogue *catalogue,
                 const InovdaIndicator *indicator)
{
  const InovdaVariable *variable = inovda_catalogue_find_variable (catalogue, indicator->variable);

  g_assert_nonnull (variable);
  g_assert_cmpint (variable->aspect, ==, indicator->aspect);
  g_assert_cmpint (indicator->weight, >, 0);
  g_assert_nonnull (indicator->name);
  for (guint level = 0; level < INOVDA_LEVEL_MAX; level++)
    {
      g_assert_nonnull (indicator->levels[level]);
      g_assert_cmpstr (indicator->levels[level], !=, "");
    }
  if (indicator->input == INOVDA_INPUT_CATEGORY)
    g_assert_cmpuint (indicator->options->len, >, 0);
}

/* Every inference about one row names a row that is marked provisional. */
static void
check_inferences (InovdaCatalogue *catalogue)
{
  for (guint i = 0; i < catalogue->inferred->len; i++)
    {
      const InovdaInference *inference = g_ptr_array_index (catalogue->inferred, i);

      g_assert_cmpstr (inference->description, !=, "");
      if (g_str_has_prefix (inference->key, "indicator:"))
        g_assert_true (find (catalogue, inference->key + strlen ("indicator:"))->provisional);
    }
}

static void
test_builtin_all (void)
{
  g_autoptr (GArray) years = inovda_catalogue_reader_list_builtin ();

  g_assert_cmpuint (years->len, >, 0);
  for (guint i = 0; i < years->len; i++)
    {
      int year = g_array_index (years, int, i);
      g_autoptr (InovdaCatalogue) catalogue = load_builtin (year);

      g_test_message ("catalogue %d", year);
      g_assert_cmpint (catalogue->year, ==, year);
      g_assert_true (catalogue->provisional);
      g_assert_cmpuint (catalogue->inferred->len, >, 0);
      g_assert_cmpuint (catalogue->variables->len, ==, 8);
      g_assert_cmpuint (catalogue->spd->len, ==, 20);
      g_assert_cmpuint (catalogue->sid->len, ==, 20);
      g_assert_cmpint (sum_of_weights (catalogue->spd), ==, 2100);
      g_assert_cmpint (sum_of_weights (catalogue->sid), ==, 3700);
      g_assert_cmpint (catalogue->max_total, ==, 25000);
      g_assert_cmpuint (catalogue->rancang_bangun_min_words, ==, 300);
      g_assert_cmpstr (inovda_catalogue_predikat_for (catalogue, 0), ==,
                       INOVDA_PREDIKAT_TIDAK_DAPAT_DINILAI);
      for (guint j = 0; j < catalogue->spd->len; j++)
        check_indicator (catalogue, g_ptr_array_index (catalogue->spd, j));
      for (guint j = 0; j < catalogue->sid->len; j++)
        check_indicator (catalogue, g_ptr_array_index (catalogue->sid, j));
      check_inferences (catalogue);
    }
}

static void
test_builtin_missing (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaCatalogue) catalogue = inovda_catalogue_reader_load_builtin (2019, &error);

  g_assert_null (catalogue);
  g_assert_error (error, INOVDA_CATALOGUE_ERROR, INOVDA_CATALOGUE_ERROR_NOT_FOUND);
}

/* 2026 */

static void
test_2026_sums (void)
{
  g_autoptr (InovdaCatalogue) catalogue = load_builtin (2026);
  gint64 spd = inovda_catalogue_max_spd (catalogue);
  gint64 sid = inovda_catalogue_max_kematangan (catalogue);
  gint64 jumlah = inovda_catalogue_max_jumlah (catalogue);

  g_assert_cmpint (sum_of_weights (catalogue->spd), ==, 2100);
  g_assert_cmpint (spd, ==, 6300);
  g_assert_cmpint (sum_of_weights (catalogue->sid), ==, 3700);
  g_assert_cmpint (sid, ==, 11100);
  g_assert_cmpint (jumlah, ==, 7600);
  g_assert_cmpint (catalogue->max_total, ==, 25000);
  g_assert_cmpint (spd + sid + jumlah, ==, catalogue->max_total);

  /* Shares in hundredths of a percent, exact. */
  g_assert_cmpint (spd * 10000 % catalogue->max_total, ==, 0);
  g_assert_cmpint (spd * 10000 / catalogue->max_total, ==, 2520);
  g_assert_cmpint (sid * 10000 / catalogue->max_total, ==, 4440);
  g_assert_cmpint (jumlah * 10000 / catalogue->max_total, ==, 3040);

  g_assert_cmpuint (catalogue->spd->len, ==, 20);
  g_assert_cmpuint (catalogue->sid->len, ==, 20);
  g_assert_cmpuint (catalogue->variables->len, ==, 8);
  g_assert_cmpuint (find (catalogue, "33")->bases->len, ==, 6);
}

static void
test_2026_rules (void)
{
  g_autoptr (InovdaCatalogue) catalogue = load_builtin (2026);

  g_assert_cmpuint (catalogue->divisor_floor, ==, 12);
  g_assert_cmpint (catalogue->jumlah_factor, ==, 38);
  g_assert_cmpuint (catalogue->jumlah_cap, ==, 200);
  g_assert_cmpuint (catalogue->yandas_min, ==, 5);
  g_assert_cmpuint (catalogue->rancang_bangun_min_words, ==, 300);
  g_assert_cmpuint (catalogue->max_participations, ==, 2);
  g_assert_cmpstr (catalogue->eligible_from, ==, "2024-01-01");
  g_assert_cmpstr (catalogue->eligible_to, ==, "2025-12-31");
  assert_bands (catalogue, 6501, 4001);
}

static void
test_2026_indicators (void)
{
  g_autoptr (InovdaCatalogue) catalogue = load_builtin (2026);
  g_autofree char *spd_mandatory = mandatory_ids (catalogue->spd);
  g_autofree char *sid_mandatory = mandatory_ids (catalogue->sid);
  static const char *spd_order[] = {
    "1",
    "2a",
    "2b",
    "3",
    "4",
    "5a",
    "5b",
    "6",
    "7",
    "8",
    "9",
    "10a",
    "10b",
    "11a",
    "11b",
    "12",
    "13a",
    "13b",
    "14",
    "15",
  };
  const InovdaIndicator *indicator;

  for (guint i = 0; i < G_N_ELEMENTS (spd_order); i++)
    g_assert_cmpstr (((const InovdaIndicator *) g_ptr_array_index (catalogue->spd, i))->id, ==, spd_order[i]);
  for (guint i = 0; i < catalogue->sid->len; i++)
    g_assert_cmpint (((const InovdaIndicator *) g_ptr_array_index (catalogue->sid, i))->number, ==, 16 + (int) i);

  g_assert_cmpstr (spd_mandatory, ==, "1 3 4 5a 5b 6 7 8 9 10a 10b 11a 11b");
  g_assert_cmpstr (sid_mandatory, ==, "16 17 32 33 35");

  indicator = find (catalogue, "5a");
  g_assert_cmpint (indicator->number, ==, 5);
  g_assert_cmpstr (indicator->row, ==, "a");
  g_assert_cmpint (indicator->weight, ==, 75);
  g_assert_cmpint (indicator->input, ==, INOVDA_INPUT_VALUE);
  g_assert_cmpstr (indicator->value_unit, ==, "poin");
  g_assert_cmpstr (indicator->levels[0], ==, "≤ 0,00");
  g_assert_true (indicator->provisional);

  indicator = find (catalogue, "16");
  g_assert_cmpint (indicator->weight, ==, 300);
  g_assert_cmpstr (indicator->name, ==, "Regulasi Inovasi Daerah");
  g_assert_cmpstr (indicator->file_types, ==, "PDF");
  g_assert_nonnull (indicator->evidence);
  g_assert_null (strchr (indicator->evidence, '\n'));
  g_assert_false (indicator->provisional);

  g_assert_cmpint (find (catalogue, "8")->input, ==, INOVDA_INPUT_CATEGORY);
  g_assert_cmpint (find (catalogue, "9")->input, ==, INOVDA_INPUT_CATEGORY);
  g_assert_cmpint (find (catalogue, "13b")->input, ==, INOVDA_INPUT_CATEGORY);
  g_assert_cmpint (find (catalogue, "1")->input, ==, INOVDA_INPUT_CHOICE);
  g_assert_false (find (catalogue, "8")->provisional);
  g_assert_true (find (catalogue, "9")->provisional);

  /* In 2026 each provisional row says why. */
  for (guint i = 0; i < catalogue->spd->len + catalogue->sid->len; i++)
    {
      GPtrArray *rows = i < catalogue->spd->len ? catalogue->spd : catalogue->sid;
      guint index = i < catalogue->spd->len ? i : i - catalogue->spd->len;
      const InovdaIndicator *row = g_ptr_array_index (rows, index);
      g_autofree char *key = g_strconcat ("indicator:", row->id, NULL);
      gboolean explained = FALSE;

      for (guint j = 0; j < catalogue->inferred->len; j++)
        explained |= g_str_equal (((const InovdaInference *) g_ptr_array_index (catalogue->inferred, j))->key, key);
      g_assert_cmpint (explained, ==, row->provisional);
    }
}

static void
test_2026_variables (void)
{
  g_autoptr (InovdaCatalogue) catalogue = load_builtin (2026);
  static const struct
  {
    const char *id;
    InovdaAspect aspect;
    gint64 weight;
  } expected[] = {
    { "institusi", INOVDA_ASPECT_SPD, 1350 },
    { "sdm", INOVDA_ASPECT_SPD, 350 },
    { "ekosistem", INOVDA_ASPECT_SPD, 400 },
    { "infrastruktur", INOVDA_ASPECT_SID, 1000 },
    { "output", INOVDA_ASPECT_SID, 400 },
    { "kecepatan", INOVDA_ASPECT_SID, 700 },
    { "kecanggihan", INOVDA_ASPECT_SID, 700 },
    { "hasil-kreatif", INOVDA_ASPECT_SID, 900 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const InovdaVariable *variable = inovda_catalogue_find_variable (catalogue, expected[i].id);
      GPtrArray *rows = expected[i].aspect == INOVDA_ASPECT_SPD ? catalogue->spd : catalogue->sid;
      gint64 sum = 0;

      g_assert_nonnull (variable);
      g_assert_cmpint (variable->aspect, ==, expected[i].aspect);
      for (guint j = 0; j < rows->len; j++)
        {
          const InovdaIndicator *indicator = g_ptr_array_index (rows, j);

          if (g_str_equal (indicator->variable, expected[i].id))
            sum += indicator->weight;
        }
      g_assert_cmpint (sum, ==, expected[i].weight);
    }
}

static void
test_2026_bases (void)
{
  g_autoptr (InovdaCatalogue) catalogue = load_builtin (2026);
  const InovdaIndicator *kemanfaatan = find (catalogue, "33");
  const InovdaBasis *basis;

  g_assert_cmpuint (kemanfaatan->bases->len, ==, 6);
  for (guint i = 0; i < kemanfaatan->bases->len; i++)
    {
      char id[2] = { (char) ('a' + i), '\0' };

      basis = g_ptr_array_index (kemanfaatan->bases, i);
      g_assert_cmpstr (basis->id, ==, id);
      g_assert_nonnull (basis->evidence);
      for (guint level = 0; level < INOVDA_LEVEL_MAX; level++)
        g_assert_nonnull (basis->levels[level]);
    }

  basis = inovda_indicator_find_basis (kemanfaatan, "a");
  g_assert_cmpstr (basis->name, ==, "Jumlah penerima manfaat (orang)");
  g_assert_cmpstr (basis->levels[0], ==, "1–200 orang");
  g_assert_cmpstr (basis->levels[2], ==, "≥ 501 orang");
  g_assert_null (inovda_indicator_find_basis (kemanfaatan, "g"));
  g_assert_cmpuint (find (catalogue, "32")->bases->len, ==, 0);
}

typedef struct
{
  const char *id;
  const char *value;
  int level;
} LevelCase;

static void
test_2026_level_for_value (void)
{
  g_autoptr (InovdaCatalogue) catalogue = load_builtin (2026);
  static const LevelCase cases[] = {
    /* 3: P1 ≤ −50.32 and P2 from −50.33 overlap; the higher wins. */
    { "3", "-50.34", 1 },
    { "3", "-50.33", 2 },
    { "3", "-50.32", 2 },
    { "3", "8.16", 2 },
    { "3", "8.17", 3 },
    /* 4: "≥ 5.23" is in P2 and P3. */
    { "4", "2.04", 1 },
    { "4", "2.05", 2 },
    { "4", "5.22", 2 },
    { "4", "5.23", 3 },
    /* 5a: "≥ 0.36" is in P2 and P3. */
    { "5a", "0", 1 },
    { "5a", "0.01", 2 },
    { "5a", "0.35", 2 },
    { "5a", "0.36", 3 },
    /* 5b, lower is better: ≥ 5.91 / 2.34–5.92 / ≤ 2.35. */
    { "5b", "5.93", 1 },
    { "5b", "5.92", 2 },
    { "5b", "5.91", 2 },
    { "5b", "2.36", 2 },
    { "5b", "2.35", 3 },
    { "5b", "2.34", 3 },
    { "5b", "1", 3 },
    /* 10b, lower is better: ≥ 13.10 / 4.81–13.11 / ≤ 4.82. */
    { "10b", "13.12", 1 },
    { "10b", "13.10", 2 },
    { "10b", "4.83", 2 },
    { "10b", "4.82", 3 },
    /* 11a and 11b */
    { "11a", "0.55", 1 },
    { "11a", "0.89", 2 },
    { "11a", "0.90", 3 },
    { "11b", "69.99", 1 },
    { "11b", "70.00", 2 },
    { "11b", "80.00", 3 },
    /* 13a counts recommendations: none reaches no level. */
    { "13a", "0", 0 },
    { "13a", "1", 1 },
    { "13a", "3", 1 },
    { "13a", "4", 2 },
    { "13a", "7", 2 },
    { "13a", "8", 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const InovdaIndicator *indicator = find (catalogue, cases[i].id);

      g_test_message ("indicator %s, value %s", cases[i].id, cases[i].value);
      g_assert_cmpint (inovda_indicator_level_for_value (indicator, value (cases[i].value)), ==, cases[i].level);
    }

  g_assert_cmpint (find (catalogue, "5b")->direction, ==, INOVDA_DIRECTION_LOWER_IS_BETTER);
  g_assert_cmpint (find (catalogue, "5b")->threshold[1], ==, 59200);
  g_assert_cmpint (find (catalogue, "5b")->threshold[2], ==, 23500);
  g_assert_false (find (catalogue, "5b")->has_level1_threshold);
  g_assert_true (find (catalogue, "13a")->has_level1_threshold);
}

static void
test_2026_level_for_code (void)
{
  g_autoptr (InovdaCatalogue) catalogue = load_builtin (2026);
  const InovdaIndicator *opini = find (catalogue, "8");
  const InovdaIndicator *sakip = find (catalogue, "9");
  const InovdaIndicator *ikk = find (catalogue, "13b");

  g_assert_cmpint (inovda_indicator_level_for_code (opini, "WTP"), ==, 3);
  g_assert_cmpint (inovda_indicator_level_for_code (opini, "wdp"), ==, 2);
  g_assert_cmpint (inovda_indicator_level_for_code (opini, "TW"), ==, 1);
  g_assert_cmpint (inovda_indicator_level_for_code (opini, "TMP"), ==, 1);
  g_assert_cmpint (inovda_indicator_level_for_code (opini, "XYZ"), ==, -1);

  g_assert_cmpint (inovda_indicator_level_for_code (sakip, "AA"), ==, 3);
  g_assert_cmpint (inovda_indicator_level_for_code (sakip, "A"), ==, 3);
  g_assert_cmpint (inovda_indicator_level_for_code (sakip, "BB"), ==, 2);
  g_assert_cmpint (inovda_indicator_level_for_code (sakip, "B"), ==, 2);
  g_assert_cmpint (inovda_indicator_level_for_code (sakip, "CC"), ==, 1);
  g_assert_cmpint (inovda_indicator_level_for_code (sakip, "D"), ==, 1);

  g_assert_cmpint (inovda_indicator_level_for_code (ikk, "UNGGUL"), ==, 3);
  g_assert_cmpint (inovda_indicator_level_for_code (ikk, "sangat-baik"), ==, 3);
  g_assert_cmpint (inovda_indicator_level_for_code (ikk, "BAIK"), ==, 2);
  g_assert_cmpint (inovda_indicator_level_for_code (ikk, "KURANG"), ==, 1);
}

/* Other years */

static void
test_2023 (void)
{
  g_autoptr (InovdaCatalogue) catalogue = load_builtin (2023);
  g_autofree char *sid_mandatory = mandatory_ids (catalogue->sid);

  g_assert_cmpuint (catalogue->sid->len, ==, 20);
  g_assert_cmpint (sum_of_weights (catalogue->sid), ==, 3700);
  g_assert_cmpint (inovda_catalogue_max_kematangan (catalogue), ==, 11100);
  g_assert_cmpuint (catalogue->divisor_floor, ==, 10);
  g_assert_cmpint (catalogue->jumlah_factor, ==, 38);
  g_assert_cmpuint (catalogue->jumlah_cap, ==, 200);
  g_assert_cmpuint (catalogue->yandas_min, ==, 0);
  g_assert_cmpint (catalogue->max_total, ==, 25000);
  g_assert_null (catalogue->eligible_from);
  assert_bands (catalogue, 6001, 3500);
  g_assert_cmpstr (sid_mandatory, ==, "16 17 33 35");

  g_assert_cmpstr (find (catalogue, "19")->name, ==, "Penggunaan IT");
  g_assert_cmpstr (find (catalogue, "30")->name, ==, "Online sistem");
  g_assert_cmpuint (find (catalogue, "33")->bases->len, ==, 0);
  g_assert_cmpint (find (catalogue, "35")->weight, ==, 400);

  /* The SPD is the 2026 proxy: every row is flagged. */
  for (guint i = 0; i < catalogue->spd->len; i++)
    g_assert_true (((const InovdaIndicator *) g_ptr_array_index (catalogue->spd, i))->provisional);
  for (guint i = 0; i < catalogue->sid->len; i++)
    g_assert_false (((const InovdaIndicator *) g_ptr_array_index (catalogue->sid, i))->provisional);
}

static void
test_2024 (void)
{
  g_autoptr (InovdaCatalogue) catalogue = load_builtin (2024);
  const InovdaIndicator *kemanfaatan = find (catalogue, "33");

  g_assert_cmpuint (catalogue->divisor_floor, ==, 10);
  g_assert_cmpuint (catalogue->max_participations, ==, 2);
  assert_bands (catalogue, 6001, 3500);
  g_assert_cmpstr (find (catalogue, "19")->name, ==, "Alat Kerja");
  g_assert_cmpstr (find (catalogue, "29")->levels[2], ==, "≥ 86%");
  g_assert_cmpuint (kemanfaatan->bases->len, ==, 5);
  g_assert_cmpstr (inovda_indicator_find_basis (kemanfaatan, "a")->levels[2], ==, "≥ 201 orang");
  for (guint i = 0; i < catalogue->sid->len; i++)
    g_assert_true (((const InovdaIndicator *) g_ptr_array_index (catalogue->sid, i))->provisional);
}

static void
test_2025 (void)
{
  g_autoptr (InovdaCatalogue) catalogue = load_builtin (2025);

  g_assert_cmpuint (catalogue->divisor_floor, ==, 12);
  g_assert_cmpuint (catalogue->max_participations, ==, 2);
  g_assert_null (catalogue->eligible_from);
  g_assert_null (catalogue->eligible_to);
  assert_bands (catalogue, 6501, 4001);
  g_assert_cmpuint (find (catalogue, "33")->bases->len, ==, 6);
  for (guint i = 0; i < catalogue->spd->len; i++)
    g_assert_true (((const InovdaIndicator *) g_ptr_array_index (catalogue->spd, i))->provisional);
  for (guint i = 0; i < catalogue->sid->len; i++)
    g_assert_true (((const InovdaIndicator *) g_ptr_array_index (catalogue->sid, i))->provisional);
}

typedef struct
{
  int year;
  gint64 iid;
  const char *predikat;
} PredikatCase;

static void
test_predikat (void)
{
  static const PredikatCase cases[] = {
    { 2023, 0, INOVDA_PREDIKAT_TIDAK_DAPAT_DINILAI },
    { 2023, 1, "Kurang Inovatif" },
    { 2023, 3499, "Kurang Inovatif" },
    { 2023, 3500, "Inovatif" },
    { 2023, 6000, "Inovatif" },
    { 2023, 6001, "Sangat Inovatif" },
    { 2023, 10000, "Sangat Inovatif" },
    { 2026, 0, INOVDA_PREDIKAT_TIDAK_DAPAT_DINILAI },
    { 2026, 4000, "Kurang Inovatif" },
    { 2026, 4001, "Inovatif" },
    { 2026, 6500, "Inovatif" },
    { 2026, 6501, "Sangat Inovatif" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (InovdaCatalogue) catalogue = load_builtin (cases[i].year);

      g_assert_cmpstr (inovda_catalogue_predikat_for (catalogue, cases[i].iid), ==, cases[i].predikat);
    }
}

/* Files */

static GFile *
fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "catalogue", name, NULL);

  return g_file_new_for_path (path);
}

static void
test_file_minimal (void)
{
  g_autoptr (GFile) file = fixture ("minimal.xml");
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaCatalogue) catalogue = inovda_catalogue_reader_load_file (file, &error);
  const InovdaIndicator *indicator;

  g_assert_no_error (error);
  g_assert_cmpint (catalogue->year, ==, 2030);
  g_assert_false (catalogue->provisional);
  g_assert_cmpstr (catalogue->title, ==, "Katalog uji");
  g_assert_cmpuint (catalogue->inferred->len, ==, 0);
  g_assert_cmpuint (catalogue->max_participations, ==, 0);
  g_assert_cmpint (catalogue->max_total, ==, 8200);
  g_assert_cmpuint (catalogue->bands->len, ==, 2);

  indicator = find (catalogue, "1");
  g_assert_cmpint (indicator->aspect, ==, INOVDA_ASPECT_SPD);
  g_assert_cmpstr (indicator->row, ==, "");
  g_assert_false (indicator->mandatory);
  g_assert_cmpint (indicator->threshold[1], ==, 10 * INOVDA_VALUE_SCALE);
  g_assert_cmpint (indicator->threshold[2], ==, 20 * INOVDA_VALUE_SCALE);
  g_assert_null (indicator->value_unit);
  g_assert_null (indicator->evidence);
  g_assert_cmpstr (find (catalogue, "16")->levels[1], ==, "dua");
}

static void
test_file_unreadable (void)
{
  g_autoptr (GFile) file = fixture ("does-not-exist.xml");
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaCatalogue) catalogue = inovda_catalogue_reader_load_file (file, &error);

  g_assert_null (catalogue);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

typedef struct
{
  const char *name;
  int line;
  const char *message;
} BrokenFile;

static const BrokenFile broken_files[] = {
  { "not-well-formed.xml", 3, "mismatch" },
  { "wrong-root.xml", 2, "No matching global declaration" },
  { "unknown-variable.xml", 20, "Unknown variable “infrastruktur-daerah”" },
  { "duplicate-id.xml", 20, "Duplicate indicator id “1”" },
  { "non-monotonic.xml", 18, "Thresholds must move in the direction “naik”" },
  { "weight-precision.xml", 20, "bobot=\"0.755\"" },
  { "doctype-entity.xml", 2, "DOCTYPE" },
  { "missing-attribute.xml", 20, "'bobot' is required" },
};

static void
assert_located_error (const GError *error,
                      const char *name,
                      int line,
                      const char *message)
{
  g_autofree char *location = g_strdup_printf ("%s:%d:", name, line);

  g_assert_error (error, INOVDA_CATALOGUE_ERROR, INOVDA_CATALOGUE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, location));
  g_assert_nonnull (strstr (error->message, message));
}

static void
test_file_broken (gconstpointer data)
{
  const BrokenFile *broken = data;
  g_autoptr (GFile) file = fixture (broken->name);
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaCatalogue) catalogue = inovda_catalogue_reader_load_file (file, &error);

  g_assert_null (catalogue);
  assert_located_error (error, broken->name, broken->line, broken->message);
}

/* Inline variants of minimal.xml, each breaking one rule of the reader */

typedef struct
{
  const char *path;
  const char *find;
  const char *replace;
  const char *find2;
  const char *replace2;
  int line;
  const char *message;
} BrokenCase;

#define LEVEL_3 "<level nilai=\"3\">tiga</level>"
#define LEVELS "<level nilai=\"1\">1</level><level nilai=\"2\">2</level><level nilai=\"3\">3</level>"
#define OPTIONS_AB LEVEL_3 "\n<opsi kode=\"A\" level=\"1\">a</opsi><opsi kode=\"a\" level=\"2\">b</opsi>"
#define BASES_AA LEVEL_3 "\n<basis id=\"a\" nama=\"x\">" LEVELS "</basis><basis id=\"a\" nama=\"y\">" LEVELS "</basis>"

static const BrokenCase broken_cases[] = {
  { "/inovda/catalogue/broken/bands-order",
    "<pita batas-bawah=\"0.01\"", "<pita batas-bawah=\"50.00\"", NULL, NULL, 9, "highest lower edge" },
  { "/inovda/catalogue/broken/band-zero",
    "<pita batas-bawah=\"0.01\"", "<pita batas-bawah=\"0.00\"", NULL, NULL, 9, "“batas-bawah” must be above 0" },
  { "/inovda/catalogue/broken/band-above-100",
    "<pita batas-bawah=\"50.00\"", "<pita batas-bawah=\"100.01\"", NULL, NULL, 8, "above 100" },
  { "/inovda/catalogue/broken/level-twice",
    "<level nilai=\"3\">tiga</level>", "<level nilai=\"2\">tiga</level>", NULL, NULL, 24, "Level 2 is given twice" },
  { "/inovda/catalogue/broken/weight-zero",
    "bobot=\"1\" masukan=\"pilihan\"", "bobot=\"0\" masukan=\"pilihan\"", NULL, NULL, 20, "“bobot” must be above 0" },
  { "/inovda/catalogue/broken/weight-comma",
    "bobot=\"1\" masukan=\"pilihan\"", "bobot=\"0,75\" masukan=\"pilihan\"", NULL, NULL, 20, "bobot" },
  { "/inovda/catalogue/broken/value-without-thresholds",
    "masukan=\"pilihan\"", "masukan=\"nilai\"", NULL, NULL, 20, "needs an <ambang>" },
  { "/inovda/catalogue/broken/thresholds-on-choice",
    "masukan=\"nilai\"", "masukan=\"pilihan\"", NULL, NULL, 18, "only allowed with masukan=\"nilai\"" },
  { "/inovda/catalogue/broken/category-without-options",
    "masukan=\"pilihan\"", "masukan=\"kategori\"", NULL, NULL, 20, "at least one <opsi>" },
  { "/inovda/catalogue/broken/options-on-choice",
    "<level nilai=\"3\">tiga</level>", "<level nilai=\"3\">tiga</level><opsi kode=\"A\" level=\"1\">a</opsi>", NULL, NULL, 20,
    "only allowed with masukan=\"kategori\"" },
  { "/inovda/catalogue/broken/duplicate-option",
    "<level nilai=\"3\">tiga</level>", OPTIONS_AB, "masukan=\"pilihan\"", "masukan=\"kategori\"", 25, "Duplicate option code “a”" },
  { "/inovda/catalogue/broken/duplicate-basis",
    "<level nilai=\"3\">tiga</level>", BASES_AA, NULL, NULL, 25, "Duplicate basis id “a”" },
  { "/inovda/catalogue/broken/thresholds-lower-is-better",
    "arah=\"naik\"", "arah=\"turun\"", NULL, NULL, 18, "direction “turun”" },
  { "/inovda/catalogue/broken/threshold-level-1",
    "level-2=\"10\"", "level-1=\"10\" level-2=\"10\"", NULL, NULL, 18, "level-2 beyond level-1" },
  { "/inovda/catalogue/broken/threshold-precision",
    "level-3=\"20\"", "level-3=\"20.00001\"", NULL, NULL, 18, "at most 4 decimals" },
  { "/inovda/catalogue/broken/total",
    "total-maksimum=\"82\"", "total-maksimum=\"250\"", NULL, NULL, 6, "add up to 82.00" },
  { "/inovda/catalogue/broken/verified-with-inference",
    "</sumber>", "</sumber><inferensi kunci=\"x\">y</inferensi>", NULL, NULL, 2, "status=\"verified\"" },
  { "/inovda/catalogue/broken/verified-with-provisional-row",
    "masukan=\"pilihan\"", "masukan=\"pilihan\" provisional=\"true\"", NULL, NULL, 2, "status=\"verified\"" },
  { "/inovda/catalogue/broken/provisional-without-inference",
    "status=\"verified\"", "status=\"provisional\"", NULL, NULL, 2, "<inferensi>" },
  { "/inovda/catalogue/broken/id-mismatch",
    "id=\"16\" nomor=\"16\"", "id=\"17\" nomor=\"16\"", NULL, NULL, 20, "expected “16”" },
  { "/inovda/catalogue/broken/variable-aspect",
    "variabel=\"infrastruktur\"", "variabel=\"institusi\"", NULL, NULL, 20, "other aspect" },
  { "/inovda/catalogue/broken/duplicate-variable",
    "id=\"infrastruktur\" aspek=\"sid\"", "id=\"institusi\" aspek=\"sid\"", NULL, NULL, 12, "Duplicate variable id" },
  { "/inovda/catalogue/broken/window",
    "kata-rancang-bangun=\"300\"", "kata-rancang-bangun=\"300\" penerapan-dari=\"2025-01-01\" penerapan-sampai=\"2024-12-31\"",
    NULL, NULL, 6, "penerapan-dari" },
  { "/inovda/catalogue/broken/bad-date",
    "kata-rancang-bangun=\"300\"", "kata-rancang-bangun=\"300\" penerapan-dari=\"2025-02-30\"", NULL, NULL, 6, "penerapan-dari" },
  { "/inovda/catalogue/broken/yandas",
    "yandas-minimum=\"0\"", "yandas-minimum=\"7\"", NULL, NULL, 6, "yandas-minimum" },
  { "/inovda/catalogue/broken/namespace",
    "urn:inovda:katalog:1", "urn:inovda:katalog:2", NULL, NULL, 2, "No matching global declaration" },
  { "/inovda/catalogue/broken/unknown-element",
    "</sumber>", "</sumber><catatan>x</catatan>", NULL, NULL, 4, "catatan" },
  { "/inovda/catalogue/broken/external-dtd",
    "?>\n", "?>\n<!DOCTYPE katalog SYSTEM \"http://example.com/katalog.dtd\">\n", NULL, NULL, 2, "DOCTYPE" },
  { "/inovda/catalogue/broken/entity-reference",
    "<judul>Katalog uji</judul>", "<judul>&judul;</judul>", NULL, NULL, 3, "judul" },
};

static char *
minimal_text (void)
{
  g_autoptr (GFile) file = fixture ("minimal.xml");
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_load_contents (file, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static GBytes *
broken_variant (const BrokenCase *broken)
{
  GString *text = g_string_new (NULL);
  g_autofree char *minimal = minimal_text ();

  g_string_assign (text, minimal);
  g_assert_cmpuint (g_string_replace (text, broken->find, broken->replace, 1), ==, 1);
  if (broken->find2 != NULL)
    g_assert_cmpuint (g_string_replace (text, broken->find2, broken->replace2, 1), ==, 1);
  return g_string_free_to_bytes (text);
}

static void
test_broken_case (gconstpointer data)
{
  const BrokenCase *broken = data;
  g_autoptr (GBytes) bytes = broken_variant (broken);
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaCatalogue) catalogue = inovda_catalogue_reader_load_bytes (bytes, "variant.xml", &error);

  g_assert_null (catalogue);
  assert_located_error (error, "variant.xml", broken->line, broken->message);
}

static void
test_broken_too_many_rows (void)
{
  GString *text = g_string_new ("<?xml version=\"1.0\"?>\n"
                                "<katalog xmlns=\"urn:inovda:katalog:1\" versi=\"1\" tahun=\"2030\" status=\"verified\">\n"
                                "<judul>x</judul><sumber>x</sumber>\n"
                                "<aturan pembagi-minimum=\"1\" faktor-jumlah=\"0\" batas-jumlah=\"0\" yandas-minimum=\"0\""
                                " total-maksimum=\"99\" kata-rancang-bangun=\"0\"/>\n"
                                "<predikat><pita batas-bawah=\"0.01\" label=\"x\"/></predikat>\n"
                                "<variabel id=\"v\" aspek=\"spd\" nama=\"v\"/>\n");
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaCatalogue) catalogue = NULL;

  for (int i = 1; i <= INOVDA_MAX_INDICATORS + 1; i++)
    g_string_append_printf (text,
                            "<indikator id=\"%d\" nomor=\"%d\" aspek=\"spd\" variabel=\"v\" bobot=\"1\" masukan=\"pilihan\">"
                            "<nama>x</nama><level nilai=\"1\">1</level><level nilai=\"2\">2</level><level nilai=\"3\">3</level>"
                            "</indikator>\n",
                            i, i);
  g_string_append (text, "</katalog>\n");
  bytes = g_string_free_to_bytes (text);

  catalogue = inovda_catalogue_reader_load_bytes (bytes, "rows.xml", &error);
  g_assert_null (catalogue);
  assert_located_error (error, "rows.xml", 6 + INOVDA_MAX_INDICATORS + 1, "More than 32 SPD rows");
}

static void
test_broken_not_xml (void)
{
  g_autoptr (GBytes) text = g_bytes_new_static ("bukan XML", 9);
  g_autoptr (GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr (GError) error = NULL;
  g_autoptr (InovdaCatalogue) catalogue = NULL;

  catalogue = inovda_catalogue_reader_load_bytes (text, "text.xml", &error);
  g_assert_null (catalogue);
  assert_located_error (error, "text.xml", 1, "");
  g_clear_error (&error);

  catalogue = inovda_catalogue_reader_load_bytes (empty, "empty.xml", &error);
  g_assert_null (catalogue);
  g_assert_error (error, INOVDA_CATALOGUE_ERROR, INOVDA_CATALOGUE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "empty.xml: "));
}

/* libxml2 must report through the reader only, never on stderr. */
static void
test_quiet (void)
{
  if (g_test_subprocess ())
    {
      for (guint i = 0; i < G_N_ELEMENTS (broken_files); i++)
        {
          g_autoptr (GFile) file = fixture (broken_files[i].name);
          g_autoptr (GError) error = NULL;
          g_autoptr (InovdaCatalogue) catalogue = inovda_catalogue_reader_load_file (file, &error);

          g_assert_null (catalogue);
        }
      for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
        {
          g_autoptr (GBytes) bytes = broken_variant (&broken_cases[i]);
          g_autoptr (GError) error = NULL;
          g_autoptr (InovdaCatalogue) catalogue = inovda_catalogue_reader_load_bytes (bytes, "variant.xml", &error);

          g_assert_null (catalogue);
        }
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
}

/* The shipped files validate with xmllint too, so authors can check them. */
static void
test_xmllint (void)
{
  const char *root = g_getenv ("INOVDA_SOURCE_ROOT");
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *standard_error = NULL;
  g_autoptr (GError) error = NULL;
  int status = -1;

  if (root == NULL || xmllint == NULL)
    {
      g_test_skip ("xmllint or INOVDA_SOURCE_ROOT not available");
      return;
    }

  g_ptr_array_add (argv, g_strdup (xmllint));
  g_ptr_array_add (argv, g_strdup ("--noout"));
  g_ptr_array_add (argv, g_strdup ("--nonet"));
  g_ptr_array_add (argv, g_strdup ("--schema"));
  g_ptr_array_add (argv, g_build_filename (root, "data", "methodology", "catalogue.xsd", NULL));
  for (int year = 2023; year <= 2026; year++)
    g_ptr_array_add (argv, g_strdup_printf ("%s/data/methodology/iid-%d.xml", root, year));
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, &standard_error, &status, &error);
  g_assert_no_error (error);
  g_test_message ("%s", standard_error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/inovda/catalogue/builtin/list", test_builtin_list);
  g_test_add_func ("/inovda/catalogue/builtin/all", test_builtin_all);
  g_test_add_func ("/inovda/catalogue/builtin/missing", test_builtin_missing);
  g_test_add_func ("/inovda/catalogue/2026/sums", test_2026_sums);
  g_test_add_func ("/inovda/catalogue/2026/rules", test_2026_rules);
  g_test_add_func ("/inovda/catalogue/2026/indicators", test_2026_indicators);
  g_test_add_func ("/inovda/catalogue/2026/variables", test_2026_variables);
  g_test_add_func ("/inovda/catalogue/2026/bases", test_2026_bases);
  g_test_add_func ("/inovda/catalogue/2026/level-for-value", test_2026_level_for_value);
  g_test_add_func ("/inovda/catalogue/2026/level-for-code", test_2026_level_for_code);
  g_test_add_func ("/inovda/catalogue/2023", test_2023);
  g_test_add_func ("/inovda/catalogue/2024", test_2024);
  g_test_add_func ("/inovda/catalogue/2025", test_2025);
  g_test_add_func ("/inovda/catalogue/predikat", test_predikat);
  g_test_add_func ("/inovda/catalogue/file/minimal", test_file_minimal);
  g_test_add_func ("/inovda/catalogue/file/unreadable", test_file_unreadable);
  for (guint i = 0; i < G_N_ELEMENTS (broken_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/inovda/catalogue/file/broken/%s", broken_files[i].name);

      g_test_add_data_func (path, &broken_files[i], test_file_broken);
    }
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    g_test_add_data_func (broken_cases[i].path, &broken_cases[i], test_broken_case);
  g_test_add_func ("/inovda/catalogue/broken/too-many-rows", test_broken_too_many_rows);
  g_test_add_func ("/inovda/catalogue/broken/not-xml", test_broken_not_xml);
  g_test_add_func ("/inovda/catalogue/quiet", test_quiet);
  g_test_add_func ("/inovda/catalogue/xmllint", test_xmllint);

  return g_test_run ();
}
