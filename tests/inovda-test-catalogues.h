/* inovda-test-catalogues.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "model/inovda-catalogue.h"
#include "scoring/inovda-iid.h"

/* Catalogues built in code from the methodology document's tables, so the
 * engine's tests do not depend on the catalogue reader. */

#define N_ROWS 20

typedef struct
{
  const char *id;
  int number;
  const char *row;
  gint64 weight;
  gboolean mandatory;
} Row;

/* §7.2: Σ bobot = 21 (max 63). */
static const Row spd_rows[N_ROWS] = {
  { "1", 1, "", 100, TRUE },
  { "2a", 2, "a", 100, FALSE },
  { "2b", 2, "b", 100, FALSE },
  { "3", 3, "", 100, TRUE },
  { "4", 4, "", 100, TRUE },
  { "5a", 5, "a", 75, TRUE },
  { "5b", 5, "b", 75, TRUE },
  { "6", 6, "", 150, TRUE },
  { "7", 7, "", 150, TRUE },
  { "8", 8, "", 150, TRUE },
  { "9", 9, "", 100, TRUE },
  { "10a", 10, "a", 75, TRUE },
  { "10b", 10, "b", 75, TRUE },
  { "11a", 11, "a", 75, TRUE },
  { "11b", 11, "b", 75, TRUE },
  { "12", 12, "", 200, FALSE },
  { "13a", 13, "a", 100, FALSE },
  { "13b", 13, "b", 100, FALSE },
  { "14", 14, "", 100, FALSE },
  { "15", 15, "", 100, FALSE },
};

/* §7.3: Σ bobot = 37 (max 111); mandatory 16, 17, 32, 33, 35. */
static const Row sid_rows[N_ROWS] = {
  { "16", 16, "", 300, TRUE },
  { "17", 17, "", 200, TRUE },
  { "18", 18, "", 200, FALSE },
  { "19", 19, "", 200, FALSE },
  { "20", 20, "", 100, FALSE },
  { "21", 21, "", 200, FALSE },
  { "22", 22, "", 100, FALSE },
  { "23", 23, "", 100, FALSE },
  { "24", 24, "", 100, FALSE },
  { "25", 25, "", 100, FALSE },
  { "26", 26, "", 100, FALSE },
  { "27", 27, "", 100, FALSE },
  { "28", 28, "", 200, FALSE },
  { "29", 29, "", 100, FALSE },
  { "30", 30, "", 200, FALSE },
  { "31", 31, "", 300, FALSE },
  { "32", 32, "", 200, TRUE },
  { "33", 33, "", 300, TRUE },
  { "34", 34, "", 200, FALSE },
  { "35", 35, "", 400, TRUE },
};

static void
add_rows (GPtrArray *rows,
          const Row *table,
          InovdaAspect aspect)
{
  for (guint i = 0; i < N_ROWS; i++)
    {
      InovdaIndicator *indicator = inovda_indicator_new ();

      indicator->id = g_strdup (table[i].id);
      indicator->number = table[i].number;
      g_free (indicator->row);
      indicator->row = g_strdup (table[i].row);
      indicator->aspect = aspect;
      indicator->name = g_strdup_printf ("Indikator %s", table[i].id);
      indicator->weight = table[i].weight;
      indicator->mandatory = table[i].mandatory;
      g_ptr_array_add (rows, indicator);
    }
}

static void
add_band (InovdaCatalogue *catalogue,
          gint64 lower,
          const char *label)
{
  InovdaPredikatBand *band = g_new0 (InovdaPredikatBand, 1);

  band->lower = lower;
  band->label = g_strdup (label);
  g_ptr_array_add (catalogue->bands, band);
}

G_GNUC_UNUSED static InovdaCatalogue *
catalogue_common (int year)
{
  InovdaCatalogue *catalogue = inovda_catalogue_new ();

  catalogue->year = year;
  catalogue->title = g_strdup_printf ("IID %d", year);
  add_rows (catalogue->spd, spd_rows, INOVDA_ASPECT_SPD);
  add_rows (catalogue->sid, sid_rows, INOVDA_ASPECT_SID);
  catalogue->jumlah_factor = 38;
  catalogue->jumlah_cap = 200;
  catalogue->max_total = 25000;
  catalogue->rancang_bangun_min_words = 300;
  return catalogue;
}

G_GNUC_UNUSED static InovdaCatalogue *
catalogue_2026 (void)
{
  InovdaCatalogue *catalogue = catalogue_common (2026);

  catalogue->divisor_floor = 12;
  catalogue->yandas_min = 5;
  catalogue->eligible_from = g_strdup ("2024-01-01");
  catalogue->eligible_to = g_strdup ("2025-12-31");
  add_band (catalogue, 6501, "Sangat Inovatif");
  add_band (catalogue, 4001, "Inovatif");
  add_band (catalogue, 1, "Kurang Inovatif");
  return catalogue;
}

G_GNUC_UNUSED static InovdaCatalogue *
catalogue_2023 (void)
{
  InovdaCatalogue *catalogue = catalogue_common (2023);

  catalogue->divisor_floor = 10;
  add_band (catalogue, 6001, "Sangat Inovatif");
  add_band (catalogue, 3500, "Inovatif");
  add_band (catalogue, 1, "Kurang Inovatif");
  return catalogue;
}

/* Levels as text, one character per row in catalogue order: '0'…'3', or
 * '-' for unverified. */
G_GNUC_UNUSED static void
parse_levels (gint8 *levels,
              const char *digits)
{
  g_assert_cmpuint (strlen (digits), ==, N_ROWS);
  for (guint i = 0; i < N_ROWS; i++)
    {
      if (digits[i] == '-')
        {
          levels[i] = INOVDA_LEVEL_UNVERIFIED;
          continue;
        }
      g_assert_true (digits[i] >= '0' && digits[i] <= '3');
      levels[i] = (gint8) (digits[i] - '0');
    }
}

/* A region under test; the innovations borrow their strings from @strings. */
typedef struct
{
  InovdaScoreRegion region;
  GArray *innovations;
  GStringChunk *strings;
} TestRegion;

G_GNUC_UNUSED static TestRegion *
test_region_new (const char *spd_levels)
{
  TestRegion *test = g_new0 (TestRegion, 1);

  inovda_score_region_init (&test->region);
  test->region.code = "99.01";
  test->region.name = "Kabupaten Uji";
  parse_levels (test->region.spd_level, spd_levels);
  test->innovations = g_array_new (FALSE, TRUE, sizeof (InovdaScoreInnovation));
  test->strings = g_string_chunk_new (256);
  return test;
}

G_GNUC_UNUSED static void
test_region_free (TestRegion *test)
{
  g_array_unref (test->innovations);
  g_string_chunk_free (test->strings);
  g_free (test);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestRegion, test_region_free)

G_GNUC_UNUSED static InovdaScoreInnovation *
test_region_get (TestRegion *test,
                 guint index_)
{
  g_assert_cmpuint (index_, <, test->innovations->len);
  return &g_array_index (test->innovations, InovdaScoreInnovation, index_);
}

G_GNUC_UNUSED static const InovdaScoreRegion *
test_region_sync (TestRegion *test)
{
  test->region.innovations = (InovdaScoreInnovation *) (gpointer) test->innovations->data;
  test->region.n_innovations = test->innovations->len;
  return &test->region;
}

/* Adds @count innovations with the same levels; @urusan is a space-separated
 * list of urusan codes given to them in turn; @status is a status code,
 * NULL for dikirim. Each is reported in the window with 300 words. */
G_GNUC_UNUSED static void
test_region_add (TestRegion *test,
                 guint count,
                 const char *levels,
                 const char *urusan,
                 const char *status)
{
  g_auto (GStrv) codes = urusan != NULL ? g_strsplit (urusan, " ", -1) : NULL;
  guint n_codes = codes != NULL ? g_strv_length (codes) : 0;

  for (guint i = 0; i < count; i++)
    {
      InovdaScoreInnovation innovation;
      g_autofree char *id = g_strdup_printf ("inovasi-%u", test->innovations->len + 1);

      inovda_score_innovation_init (&innovation);
      innovation.id = g_string_chunk_insert (test->strings, id);
      innovation.name = innovation.id;
      innovation.status = status != NULL ? inovda_status_from_code (status) : INOVDA_STATUS_DIKIRIM;
      g_assert_cmpint (innovation.status, >=, 0);
      innovation.tahapan = INOVDA_TAHAPAN_PENERAPAN;
      if (n_codes > 0)
        innovation.urusan_utama = g_string_chunk_insert_const (test->strings, codes[i % n_codes]);
      innovation.waktu_penerapan = "2024-06-01";
      innovation.rancang_bangun_words = 300;
      parse_levels (innovation.level, levels);
      g_array_append_val (test->innovations, innovation);
    }
  test_region_sync (test);
}
