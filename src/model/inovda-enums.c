/* inovda-enums.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-enums"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "inovda-enums.h"

typedef struct
{
  const char *code;
  const char *label;
} CodeLabel;

static const CodeLabel region_levels[] = {
  { "provinsi", N_ ("Province") },
  { "kabupaten", N_ ("Regency") },
  { "kota", N_ ("City") },
};

static const CodeLabel tahapan[] = {
  { "inisiatif", N_ ("Initiative") },
  { "uji-coba", N_ ("Trial") },
  { "penerapan", N_ ("Implementation") },
};

static const CodeLabel inisiator[] = {
  { "kepala-daerah", N_ ("Regional head") },
  { "anggota-dprd", N_ ("DPRD member") },
  { "perangkat-daerah", N_ ("Regional agency") },
  { "asn", N_ ("Civil servant") },
  { "masyarakat", N_ ("Community") },
};

static const CodeLabel jenis[] = {
  { "digital", N_ ("Digital") },
  { "non-digital", N_ ("Non-digital") },
};

static const CodeLabel bentuk[] = {
  { "tata-kelola", N_ ("Regional governance") },
  { "pelayanan-publik", N_ ("Public service") },
  { "lainnya", N_ ("Other government affairs") },
};

static const CodeLabel status[] = {
  { "draf", N_ ("Draft") },
  { "siap-kirim", N_ ("Ready to send") },
  { "dikirim", N_ ("Sent") },
  { "diterima", N_ ("Accepted") },
  { "ditolak", N_ ("Rejected") },
};

static const CodeLabel klasifikasi[] = {
  { "perangkat-daerah", N_ ("Regional agency innovation") },
  { "desa", N_ ("Village innovation") },
  { "masyarakat", N_ ("Community innovation") },
};

static const InovdaUrusan urusan[] = {
  { "1.01", "Pendidikan", TRUE },
  { "1.02", "Kesehatan", TRUE },
  { "1.03", "Pekerjaan Umum dan Penataan Ruang", TRUE },
  { "1.04", "Perumahan Rakyat dan Kawasan Permukiman", TRUE },
  { "1.05", "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat", TRUE },
  { "1.06", "Sosial", TRUE },
  { "2.07", "Tenaga Kerja", FALSE },
  { "2.08", "Pemberdayaan Perempuan dan Perlindungan Anak", FALSE },
  { "2.09", "Pangan", FALSE },
  { "2.10", "Pertanahan", FALSE },
  { "2.11", "Lingkungan Hidup", FALSE },
  { "2.12", "Administrasi Kependudukan dan Pencatatan Sipil", FALSE },
  { "2.13", "Pemberdayaan Masyarakat dan Desa", FALSE },
  { "2.14", "Pengendalian Penduduk dan Keluarga Berencana", FALSE },
  { "2.15", "Perhubungan", FALSE },
  { "2.16", "Komunikasi dan Informatika", FALSE },
  { "2.17", "Koperasi, Usaha Kecil, dan Menengah", FALSE },
  { "2.18", "Penanaman Modal", FALSE },
  { "2.19", "Kepemudaan dan Olahraga", FALSE },
  { "2.20", "Statistik", FALSE },
  { "2.21", "Persandian", FALSE },
  { "2.22", "Kebudayaan", FALSE },
  { "2.23", "Perpustakaan", FALSE },
  { "2.24", "Kearsipan", FALSE },
  { "3.25", "Kelautan dan Perikanan", FALSE },
  { "3.26", "Pariwisata", FALSE },
  { "3.27", "Pertanian", FALSE },
  { "3.28", "Kehutanan", FALSE },
  { "3.29", "Energi dan Sumber Daya Mineral", FALSE },
  { "3.30", "Perdagangan", FALSE },
  { "3.31", "Perindustrian", FALSE },
  { "3.32", "Transmigrasi", FALSE },
  { "5.01", "Perencanaan", FALSE },
  { "5.02", "Keuangan", FALSE },
  { "5.03", "Kepegawaian", FALSE },
  { "5.04", "Pendidikan dan Pelatihan", FALSE },
  { "5.05", "Penelitian dan Pengembangan", FALSE },
  { "0.00", "Fungsi Lain sesuai dengan Ketentuan Peraturan Perundang-undangan", FALSE },
};

static const char *
table_code (const CodeLabel *table,
            guint n,
            int value)
{
  g_return_val_if_fail (value >= 0 && (guint) value < n, NULL);
  return table[value].code;
}

static const char *
table_label (const CodeLabel *table,
             guint n,
             int value)
{
  g_return_val_if_fail (value >= 0 && (guint) value < n, NULL);
  return g_dgettext (GETTEXT_PACKAGE, table[value].label);
}

static int
table_lookup (const CodeLabel *table,
              guint n,
              const char *code)
{
  if (code == NULL)
    return -1;
  for (guint i = 0; i < n; i++)
    if (g_str_equal (table[i].code, code))
      return (int) i;
  return -1;
}

#define DEFINE_ENUM_FUNCS(prefix, Type, table)               \
  const char *prefix##_to_code (Type value)                  \
  {                                                          \
    return table_code (table, G_N_ELEMENTS (table), value);  \
  }                                                          \
  int prefix##_from_code (const char *code)                  \
  {                                                          \
    return table_lookup (table, G_N_ELEMENTS (table), code); \
  }                                                          \
  const char *prefix##_get_label (Type value)                \
  {                                                          \
    return table_label (table, G_N_ELEMENTS (table), value); \
  }

DEFINE_ENUM_FUNCS (inovda_region_level, InovdaRegionLevel, region_levels)
DEFINE_ENUM_FUNCS (inovda_tahapan, InovdaTahapan, tahapan)
DEFINE_ENUM_FUNCS (inovda_inisiator, InovdaInisiator, inisiator)
DEFINE_ENUM_FUNCS (inovda_jenis, InovdaJenis, jenis)
DEFINE_ENUM_FUNCS (inovda_bentuk, InovdaBentuk, bentuk)
DEFINE_ENUM_FUNCS (inovda_status, InovdaStatus, status)
DEFINE_ENUM_FUNCS (inovda_klasifikasi, InovdaKlasifikasi, klasifikasi)

const InovdaUrusan *
inovda_urusan_get_all (guint *n_urusan)
{
  if (n_urusan != NULL)
    *n_urusan = G_N_ELEMENTS (urusan);
  return urusan;
}

const InovdaUrusan *
inovda_urusan_lookup (const char *code)
{
  if (code == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (urusan); i++)
    if (urusan[i].code[0] == code[0] && strcmp (urusan[i].code, code) == 0)
      return &urusan[i];
  return NULL;
}

/* Returns the bit of a yandas urusan in a 6-bit coverage mask, or 0. */
guint
inovda_urusan_yandas_bit (const char *code)
{
  for (guint i = 0; i < INOVDA_N_YANDAS; i++)
    if (code != NULL && g_str_equal (urusan[i].code, code))
      return 1u << i;
  return 0;
}
