/* test-enums.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "inovda-error.h"
#include "model/inovda-enums.h"
#include "model/inovda-field.h"

static void
test_codes_round_trip (void)
{
  for (int i = INOVDA_TAHAPAN_INISIATIF; i <= INOVDA_TAHAPAN_PENERAPAN; i++)
    g_assert_cmpint (inovda_tahapan_from_code (inovda_tahapan_to_code (i)), ==, i);
  for (int i = INOVDA_STATUS_DRAF; i <= INOVDA_STATUS_DITOLAK; i++)
    g_assert_cmpint (inovda_status_from_code (inovda_status_to_code (i)), ==, i);
  for (int i = INOVDA_INISIATOR_KEPALA_DAERAH; i <= INOVDA_INISIATOR_MASYARAKAT; i++)
    g_assert_cmpint (inovda_inisiator_from_code (inovda_inisiator_to_code (i)), ==, i);
  g_assert_cmpint (inovda_tahapan_from_code ("selesai"), ==, -1);
  g_assert_cmpint (inovda_status_from_code (NULL), ==, -1);
  g_assert_cmpstr (inovda_region_level_to_code (INOVDA_REGION_KOTA), ==, "kota");
}

static void
test_urusan (void)
{
  guint n = 0;
  const InovdaUrusan *all = inovda_urusan_get_all (&n);
  guint yandas = 0;

  g_assert_cmpuint (n, ==, 38);
  for (guint i = 0; i < n; i++)
    yandas += all[i].yandas;
  g_assert_cmpuint (yandas, ==, INOVDA_N_YANDAS);
  g_assert_cmpstr (inovda_urusan_lookup ("1.02")->name, ==, "Kesehatan");
  g_assert_cmpstr (inovda_urusan_lookup ("0.00")->name, ==, "Fungsi Lain sesuai dengan Ketentuan Peraturan Perundang-undangan");
  g_assert_null (inovda_urusan_lookup ("1.07"));
  g_assert_cmpuint (inovda_urusan_yandas_bit ("1.01"), ==, 1);
  g_assert_cmpuint (inovda_urusan_yandas_bit ("1.06"), ==, 32);
  g_assert_cmpuint (inovda_urusan_yandas_bit ("2.07"), ==, 0);
}

static void
test_fields (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *normalized = NULL;

  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    {
      g_assert_cmpint (inovda_field_get_info (f)->field, ==, f);
      g_assert_true (inovda_field_lookup (inovda_field_get_info (f)->code) == inovda_field_get_info (f));
    }

  g_assert_true (inovda_field_validate (INOVDA_FIELD_WAKTU_PENERAPAN, "2024-02-29", &normalized, &error));
  g_assert_cmpstr (normalized, ==, "2024-02-29");
  g_clear_pointer (&normalized, g_free);
  g_assert_false (inovda_field_validate (INOVDA_FIELD_WAKTU_PENERAPAN, "2025-02-29", &normalized, &error));
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (inovda_field_validate (INOVDA_FIELD_WAKTU_PENERAPAN, "01/03/2024", &normalized, &error));
  g_clear_error (&error);
  g_assert_false (inovda_field_validate (INOVDA_FIELD_LONGITUDE, "200", &normalized, &error));
  g_clear_error (&error);
  g_assert_false (inovda_field_validate (INOVDA_FIELD_BERKEMBANG, "mungkin", &normalized, &error));
  g_clear_error (&error);
  g_assert_false (inovda_field_validate (INOVDA_FIELD_NAME, "\xff\xfe", &normalized, &error));
  g_clear_error (&error);
  /* Bad bytes after a run of ASCII, and good ones. */
  g_assert_false (inovda_field_validate (INOVDA_FIELD_TUJUAN, "Meningkatkan layanan \xc3\x28 publik", &normalized, &error));
  g_assert_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (inovda_field_validate (INOVDA_FIELD_TUJUAN, "Meningkatkan layanan\xe2\x80", &normalized, &error));
  g_clear_error (&error);
  g_assert_true (inovda_field_validate (INOVDA_FIELD_TUJUAN, "Layanan kesehatan \xe2\x80\x94 cepat", &normalized, &error));
  g_assert_no_error (error);
  g_clear_pointer (&normalized, g_free);

  /* Clearing an optional field is allowed; long texts keep their spaces. */
  g_assert_true (inovda_field_validate (INOVDA_FIELD_TUJUAN, "", &normalized, &error));
  g_assert_null (normalized);
  g_assert_true (inovda_field_validate (INOVDA_FIELD_RANCANG_BANGUN, "  Latar belakang\n", &normalized, &error));
  g_assert_cmpstr (normalized, ==, "  Latar belakang\n");
}

/* A value inovda_field_keeps_value() vouches for is one validation would
 * store unchanged; the others are left to validation. */
static void
test_field_keeps_value (void)
{
  const char *const values[] = {
    "Samsat Keliling",
    " Samsat",
    "Samsat ",
    "  Latar belakang\n",
    "",
    "   ",
    "\xff\xfe",
    "uji-coba",
    "penerapan",
    "1.01",
    "2024-02-29",
    "-3.316694",
    "ya",
    "Layanan \xe2\x80\x94 cepat",
  };
  guint kept = 0;

  for (InovdaField f = 0; f < INOVDA_N_FIELDS; f++)
    for (guint i = 0; i < G_N_ELEMENTS (values); i++)
      {
        g_autofree char *normalized = NULL;
        g_autoptr (GError) error = NULL;

        if (!inovda_field_keeps_value (f, values[i]))
          continue;
        kept++;
        g_assert_true (inovda_field_validate (f, values[i], &normalized, &error));
        g_assert_no_error (error);
        g_assert_cmpstr (normalized, ==, values[i]);
      }
  g_assert_cmpuint (kept, >, 0);
  g_assert_true (inovda_field_keeps_value (INOVDA_FIELD_RANCANG_BANGUN, "  Latar belakang\n"));
  g_assert_false (inovda_field_keeps_value (INOVDA_FIELD_NAME, " Samsat"));
  g_assert_false (inovda_field_keeps_value (INOVDA_FIELD_NAME, "\xff\xfe"));
  g_assert_false (inovda_field_keeps_value (INOVDA_FIELD_NAME, ""));
  g_assert_true (inovda_field_keeps_value (INOVDA_FIELD_TAHAPAN, "penerapan"));
  g_assert_false (inovda_field_keeps_value (INOVDA_FIELD_TAHAPAN, "Penerapan"));
  g_assert_false (inovda_field_keeps_value (INOVDA_FIELD_TAHAPAN, "penerapan "));
  g_assert_false (inovda_field_keeps_value (INOVDA_FIELD_TAHAPAN, "selesai"));
  g_assert_true (inovda_field_keeps_value (INOVDA_FIELD_URUSAN_UTAMA, "1.01"));
  g_assert_false (inovda_field_keeps_value (INOVDA_FIELD_URUSAN_UTAMA, "1.01 Pendidikan"));
  g_assert_true (inovda_field_keeps_value (INOVDA_FIELD_WAKTU_PENERAPAN, "2024-02-29"));
  g_assert_false (inovda_field_keeps_value (INOVDA_FIELD_WAKTU_PENERAPAN, "2023-02-29"));
  g_assert_false (inovda_field_keeps_value (INOVDA_FIELD_WAKTU_PENERAPAN, "29/02/2024"));
  g_assert_false (inovda_field_keeps_value (INOVDA_FIELD_LATITUDE, "-3.316694"));
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/inovda/enums/codes", test_codes_round_trip);
  g_test_add_func ("/inovda/enums/urusan", test_urusan);
  g_test_add_func ("/inovda/enums/fields", test_fields);
  g_test_add_func ("/inovda/enums/field-keeps-value", test_field_keeps_value);

  return g_test_run ();
}
