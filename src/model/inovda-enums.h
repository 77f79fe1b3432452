/* inovda-enums.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every enumeration has a stable code (used in the portfolio file, the
 * exchange formats and the CLI) and a label (translatable, for display).
 * The *_from_code functions return -1 for an unknown code. */

typedef enum
{
  INOVDA_REGION_PROVINSI,
  INOVDA_REGION_KABUPATEN,
  INOVDA_REGION_KOTA,
} InovdaRegionLevel;

typedef enum
{
  INOVDA_TAHAPAN_INISIATIF,
  INOVDA_TAHAPAN_UJI_COBA,
  INOVDA_TAHAPAN_PENERAPAN,
} InovdaTahapan;

typedef enum
{
  INOVDA_INISIATOR_KEPALA_DAERAH,
  INOVDA_INISIATOR_ANGGOTA_DPRD,
  INOVDA_INISIATOR_PERANGKAT_DAERAH,
  INOVDA_INISIATOR_ASN,
  INOVDA_INISIATOR_MASYARAKAT,
} InovdaInisiator;

typedef enum
{
  INOVDA_JENIS_DIGITAL,
  INOVDA_JENIS_NON_DIGITAL,
} InovdaJenis;

typedef enum
{
  INOVDA_BENTUK_TATA_KELOLA,
  INOVDA_BENTUK_PELAYANAN_PUBLIK,
  INOVDA_BENTUK_LAINNYA,
} InovdaBentuk;

typedef enum
{
  INOVDA_STATUS_DRAF,
  INOVDA_STATUS_SIAP_KIRIM,
  INOVDA_STATUS_DIKIRIM,
  INOVDA_STATUS_DITERIMA,
  INOVDA_STATUS_DITOLAK,
} InovdaStatus;

typedef enum
{
  INOVDA_KLASIFIKASI_PERANGKAT_DAERAH,
  INOVDA_KLASIFIKASI_DESA,
  INOVDA_KLASIFIKASI_MASYARAKAT,
} InovdaKlasifikasi;

typedef struct
{
  const char *code; /* "1.01" */
  const char *name; /* official Indonesian name, not translated */
  gboolean yandas;  /* urusan wajib pelayanan dasar */
} InovdaUrusan;

const char *inovda_region_level_to_code (InovdaRegionLevel level);
int inovda_region_level_from_code (const char *code);
const char *inovda_region_level_get_label (InovdaRegionLevel level);

const char *inovda_tahapan_to_code (InovdaTahapan tahapan);
int inovda_tahapan_from_code (const char *code);
const char *inovda_tahapan_get_label (InovdaTahapan tahapan);

const char *inovda_inisiator_to_code (InovdaInisiator inisiator);
int inovda_inisiator_from_code (const char *code);
const char *inovda_inisiator_get_label (InovdaInisiator inisiator);

const char *inovda_jenis_to_code (InovdaJenis jenis);
int inovda_jenis_from_code (const char *code);
const char *inovda_jenis_get_label (InovdaJenis jenis);

const char *inovda_bentuk_to_code (InovdaBentuk bentuk);
int inovda_bentuk_from_code (const char *code);
const char *inovda_bentuk_get_label (InovdaBentuk bentuk);

const char *inovda_status_to_code (InovdaStatus status);
int inovda_status_from_code (const char *code);
const char *inovda_status_get_label (InovdaStatus status);

const char *inovda_klasifikasi_to_code (InovdaKlasifikasi klasifikasi);
int inovda_klasifikasi_from_code (const char *code);
const char *inovda_klasifikasi_get_label (InovdaKlasifikasi klasifikasi);

/* The government's urusan numbering: 1.01–1.06 (yandas), 2.07–2.24,
 * 3.25–3.32, 5.01–5.05 and 0.00. */
const InovdaUrusan *inovda_urusan_get_all (guint *n_urusan);
const InovdaUrusan *inovda_urusan_lookup (const char *code);
guint inovda_urusan_yandas_bit (const char *code);

#define INOVDA_N_YANDAS 6

G_END_DECLS
