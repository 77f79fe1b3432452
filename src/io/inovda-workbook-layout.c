/* inovda-workbook-layout.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-workbook-layout"

#include "config.h"

#include <string.h>

#include "inovda-workbook-layout.h"
#include "model/inovda-enums.h"

#define COL(header, id, kind, list, width, ...)                                         \
  {                                                                                     \
    header, id, INOVDA_COLUMN_##kind, INOVDA_LIST_##list, width, FALSE, { __VA_ARGS__ } \
  }
#define NAME_KEY (INOVDA_KEY_FIRST_FIELD + INOVDA_FIELD_NAME)

static const InovdaWorkbookColumn unit_columns[] = {
  COL ("Kode Wilayah*", INOVDA_KEY_REGION_CODE, CODE, NONE, 14, "Kode Pemda", "Kode Daerah"),
  COL ("Nama Wilayah", INOVDA_KEY_REGION_NAME, TEXT, NONE, 36, "Nama Pemda", "Pemda", "Daerah"),
  COL ("Jenis Wilayah", INOVDA_KEY_REGION_LEVEL, CHOICE, REGION_LEVEL, 14, "Jenis Pemda"),
  COL ("Kode Perangkat Daerah", INOVDA_KEY_UNIT_CODE, CODE, NONE, 20, "Kode OPD", "Kode SKPD"),
  COL ("Nama Perangkat Daerah", INOVDA_KEY_UNIT_NAME, TEXT, NONE, 48, "Nama OPD", "OPD", "SKPD", "Perangkat Daerah"),
  COL ("Singkatan", INOVDA_KEY_UNIT_SHORT_NAME, TEXT, NONE, 16, "Nama Singkat"),
};

/* Indonesian headers of the profile fields, in the order of InovdaField. */
static const struct
{
  const char *header;
  double width;
  const char *synonyms[6];
} field_headers[] = {
  { "Nama Inovasi*", 48, { "Nama", "Nama Proposal", "Nama Inovasi Daerah" } },
  { "Tahapan Inovasi*", 16, { "Tahapan" } },
  { "Inisiator", 18, { "Inisiator Inovasi" } },
  { "Nama Inisiator", 28, { NULL } },
  { "Jenis Inovasi", 14, { "Jenis" } },
  { "Bentuk Inovasi", 18, { "Bentuk" } },
  { "Tematik", 22, { NULL } },
  { "Klasifikasi", 18, { "Klasifikasi Inovasi" } },
  { "Urusan Utama", 36, { "Urusan Pemerintahan Utama", "Urusan" } },
  { "Waktu Uji Coba", 14, { "Waktu Uji Coba Inovasi Daerah", "Waktu Uji", "Ujicoba" } },
  { "Waktu Penerapan", 14, { "Waktu Penerapan Inovasi Daerah", "Implementasi", "Penerapan Awal" } },
  { "Waktu Pengembangan", 14, { "Waktu Pengembangan Inovasi Daerah", "Pengembangan Terbaru" } },
  { "Berkembang", 12, { "Apakah sudah ada perkembangan inovasi tersebut?" } },
  { "Rancang Bangun", 60, { NULL } },
  { "Dasar Hukum", 40, { NULL } },
  { "Permasalahan", 40, { "Masalah" } },
  { "Isu Strategis", 40, { NULL } },
  { "Metode Pembaharuan", 40, { "Metode Baru" } },
  { "Keunggulan dan Kebaruan", 40, { "Keunggulan" } },
  { "Cara Kerja", 40, { NULL } },
  { "Tujuan", 40, { NULL } },
  { "Manfaat", 40, { NULL } },
  { "Hasil", 40, { "Hasil Inovasi" } },
  { "Lintang", 12, { "Latitude" } },
  { "Bujur", 12, { "Longitude" } },
  { "Lokasi", 28, { NULL } },
  { "Asta Cita", 10, { NULL } },
  { "Klaster PKPN", 26, { "PKPN Klaster" } },
  { "Program PKPN", 26, { "PKPN Program" } },
  { "Covid-19", 14, { "Covid" } },
  { "Prioritas", 20, { NULL } },
  { "Misi", 20, { NULL } },
};

G_STATIC_ASSERT (G_N_ELEMENTS (field_headers) == INOVDA_N_FIELDS);

static const InovdaWorkbookColumn innovation_head[] = {
  COL ("ID Inovasi", INOVDA_KEY_UID, CODE, NONE, 18, "ID", "Kode Inovasi"),
  COL ("Kode Wilayah*", INOVDA_KEY_REGION_CODE, CODE, NONE, 14, "Kode Pemda", "Kode Daerah"),
  COL ("Kode Perangkat Daerah*", INOVDA_KEY_UNIT_CODE, CODE, NONE, 20, "Kode OPD", "Kode SKPD"),
  COL ("Nama Perangkat Daerah", INOVDA_COLUMN_UNIT_NAME_INFO, TEXT, NONE, 36, "Nama OPD", "SKPD", "OPD Pelaksana", "Dibuat Oleh", "Perangkat Daerah"),
};

static const InovdaWorkbookColumn urusan_lain_column =
    COL ("Urusan Lain", INOVDA_KEY_URUSAN_LAIN, CODE, NONE, 20, "Urusan Irisan", "Urusan Beririsan", "Urusan Lainnya");

static const InovdaWorkbookColumn sid_columns[] = {
  COL ("ID Inovasi", INOVDA_KEY_UID, CODE, NONE, 18, "ID", "Kode Inovasi"),
  COL ("Kode Wilayah", INOVDA_KEY_REGION_CODE, CODE, NONE, 14, "Kode Pemda", "Kode Daerah"),
  COL ("Kode Perangkat Daerah", INOVDA_KEY_UNIT_CODE, CODE, NONE, 20, "Kode OPD", "Kode SKPD"),
  COL ("Nama Inovasi", NAME_KEY, TEXT, NONE, 40, "Nama", "Nama Inovasi Daerah"),
  COL ("Tahun*", INOVDA_KEY_YEAR, INTEGER, NONE, 8, "Tahun Penilaian"),
  COL ("Status", INOVDA_KEY_STATUS, CHOICE, STATUS, 12, "Status Inovasi"),
  COL ("Catatan Pengembangan", INOVDA_KEY_NOTE, LONG_TEXT, NONE, 30, "Catatan"),
  COL ("Nomor Indikator", INOVDA_KEY_INDICATOR, CODE, NONE, 10, "Indikator", "No Indikator"),
  COL ("Nama Indikator", INOVDA_COLUMN_INDICATOR_NAME, TEXT, NONE, 40, "Keterangan"),
  COL ("Level", INOVDA_KEY_LEVEL, INTEGER, LEVEL, 8, "Level Klaim", "Parameter", "Pilihan"),
  COL ("Basis", INOVDA_KEY_BASIS, CODE, NONE, 8, "Basis Kemanfaatan"),
  COL ("Level Verifikasi", INOVDA_KEY_VERIFIED, INTEGER, LEVEL, 10, "Level Terverifikasi"),
  { "Level Tahun Sebelumnya", INOVDA_COLUMN_PREVIOUS_LEVEL, INOVDA_COLUMN_INTEGER, INOVDA_LIST_NONE, 12, TRUE, { "Level Tahun Lalu" } },
};

static const InovdaWorkbookColumn spd_columns[] = {
  COL ("Kode Wilayah*", INOVDA_KEY_REGION_CODE, CODE, NONE, 14, "Kode Pemda", "Kode Daerah"),
  COL ("Nama Wilayah", INOVDA_COLUMN_REGION_NAME_INFO, TEXT, NONE, 36, "Nama Pemda", "Pemda", "Daerah"),
  COL ("Tahun*", INOVDA_KEY_YEAR, INTEGER, NONE, 8, "Tahun Penilaian"),
  COL ("Nomor Indikator*", INOVDA_KEY_INDICATOR, CODE, NONE, 10, "Indikator", "No Indikator"),
  COL ("Nama Indikator", INOVDA_COLUMN_INDICATOR_NAME, TEXT, NONE, 48, "Keterangan"),
  COL ("Level", INOVDA_KEY_LEVEL, INTEGER, LEVEL, 8, "Level Klaim", "Parameter"),
  COL ("Nilai", INOVDA_KEY_RAW_VALUE, DECIMAL, NONE, 12, "Nilai Data", "Data"),
  COL ("Level Verifikasi", INOVDA_KEY_VERIFIED, INTEGER, LEVEL, 10, "Level Terverifikasi"),
};

static const InovdaWorkbookColumn evidence_columns[] = {
  COL ("ID Inovasi", INOVDA_KEY_UID, CODE, NONE, 18, "ID", "Kode Inovasi"),
  COL ("Kode Wilayah", INOVDA_KEY_REGION_CODE, CODE, NONE, 14, "Kode Pemda", "Kode Daerah"),
  COL ("Kode Perangkat Daerah", INOVDA_KEY_UNIT_CODE, CODE, NONE, 20, "Kode OPD", "Kode SKPD"),
  COL ("Nama Inovasi", NAME_KEY, TEXT, NONE, 36, "Nama", "Nama Inovasi Daerah"),
  COL ("Tahun", INOVDA_KEY_YEAR, INTEGER, NONE, 8, "Tahun Penilaian"),
  COL ("Indikator atau Dokumen*", INOVDA_KEY_INDICATOR, CODE, NONE, 14, "Nomor Indikator", "Indikator", "Jenis Dokumen", "Dokumen"),
  COL ("Nomor Surat", INOVDA_KEY_NOMOR_SURAT, TEXT, NONE, 24, "No Surat"),
  COL ("Tanggal Surat", INOVDA_KEY_TANGGAL_SURAT, DATE, NONE, 14, "Tanggal"),
  COL ("Tentang", INOVDA_KEY_TENTANG, TEXT, NONE, 40, "Perihal"),
  COL ("Nama Berkas", INOVDA_KEY_FILE_NAME, TEXT, NONE, 28, "Berkas", "File", "Bukti"),
  COL ("SHA-256", INOVDA_KEY_SHA256, CODE, NONE, 20, "Checksum"),
  COL ("Lokasi Berkas", INOVDA_KEY_FILE_PATH, TEXT, NONE, 40, "Jalur Berkas", "Path"),
  COL ("Tautan", INOVDA_KEY_TAUTAN, TEXT, NONE, 36, "Link", "URL"),
};

#undef COL

static InovdaWorkbookColumn innovation_columns[G_N_ELEMENTS (innovation_head) + INOVDA_N_FIELDS + 1];

static InovdaWorkbookSheetInfo sheets[INOVDA_WORKBOOK_N_DATA_SHEETS] = {
  { "Perangkat Daerah", INOVDA_RECORD_UNIT,
    "Wilayah (pemda) dan perangkat daerahnya. Satu baris per perangkat daerah; baris tanpa kode perangkat daerah hanya mencatat wilayahnya.",
    unit_columns, G_N_ELEMENTS (unit_columns) },
  { "Inovasi", INOVDA_RECORD_INNOVATION,
    "Profil setiap inovasi daerah: satu baris per inovasi.",
    innovation_columns, G_N_ELEMENTS (innovation_columns) },
  { "Indikator SID", INOVDA_RECORD_SID,
    "Jawaban indikator satuan inovasi daerah (SID): satu baris per inovasi, tahun dan indikator. Status dan catatan berlaku untuk inovasi pada tahun itu.",
    sid_columns, G_N_ELEMENTS (sid_columns) },
  { "Indikator SPD", INOVDA_RECORD_SPD,
    "Jawaban indikator satuan pemerintah daerah (SPD): satu baris per wilayah, tahun dan indikator. Untuk indikator berupa angka, isi Nilai; levelnya dihitung Inovda.",
    spd_columns, G_N_ELEMENTS (spd_columns) },
  { "Bukti", INOVDA_RECORD_EVIDENCE,
    "Dokumen bukti: satu baris per dokumen, untuk indikator SID (ID inovasi, tahun, nomor indikator), indikator SPD (kode wilayah, tahun, nomor indikator) atau dokumen profil inovasi (ID inovasi dan jenis dokumen: anggaran, profil-bisnis, haki, penghargaan, sop).",
    evidence_columns, G_N_ELEMENTS (evidence_columns) },
};

static GHashTable *lookup[INOVDA_WORKBOOK_N_DATA_SHEETS]; /* normalised header → column */

static void
add_name (GHashTable *table,
          const char *name,
          const InovdaWorkbookColumn *column)
{
  g_autofree char *key = _inovda_import_normalize (name);

  if (g_hash_table_contains (table, key))
    g_critical ("Workbook header “%s” is ambiguous", name);
  g_hash_table_insert (table, g_steal_pointer (&key), (gpointer) column);
}

static void
build (void)
{
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (innovation_head); i++)
    innovation_columns[n++] = innovation_head[i];
  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    {
      const InovdaFieldInfo *info = inovda_field_get_info (f);
      InovdaWorkbookColumn *column = &innovation_columns[n++];

      memset (column, 0, sizeof *column);
      column->header = field_headers[f].header;
      column->id = INOVDA_KEY_FIRST_FIELD + f;
      column->width = field_headers[f].width;
      memcpy (column->synonyms, field_headers[f].synonyms, sizeof column->synonyms);
      switch (info->kind)
        {
        case INOVDA_FIELD_KIND_LONG_TEXT:
          column->kind = INOVDA_COLUMN_LONG_TEXT;
          break;
        case INOVDA_FIELD_KIND_DATE:
          column->kind = INOVDA_COLUMN_DATE;
          break;
        case INOVDA_FIELD_KIND_ENUM:
        case INOVDA_FIELD_KIND_BOOLEAN:
          column->kind = INOVDA_COLUMN_CHOICE;
          column->list = INOVDA_LIST_FIELD;
          break;
        case INOVDA_FIELD_KIND_URUSAN:
          column->kind = INOVDA_COLUMN_CHOICE;
          column->list = INOVDA_LIST_URUSAN;
          break;
        case INOVDA_FIELD_KIND_DECIMAL:
          column->kind = INOVDA_COLUMN_DECIMAL;
          break;
        case INOVDA_FIELD_KIND_TEXT:
        default:
          column->kind = INOVDA_COLUMN_TEXT;
          break;
        }
      if (f == INOVDA_FIELD_URUSAN_UTAMA)
        innovation_columns[n++] = urusan_lain_column;
    }
  g_assert (n == G_N_ELEMENTS (innovation_columns));

  for (guint s = 0; s < INOVDA_WORKBOOK_N_DATA_SHEETS; s++)
    {
      lookup[s] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint c = 0; c < sheets[s].n_columns; c++)
        {
          const InovdaWorkbookColumn *column = &sheets[s].columns[c];

          add_name (lookup[s], column->header, column);
          for (guint i = 0; i < G_N_ELEMENTS (column->synonyms) && column->synonyms[i] != NULL; i++)
            add_name (lookup[s], column->synonyms[i], column);
        }
    }
}

static void
ensure_built (void)
{
  static gsize built = 0;

  if (g_once_init_enter (&built))
    {
      build ();
      g_once_init_leave (&built, 1);
    }
}

const InovdaWorkbookSheetInfo *
_inovda_workbook_get_sheet (InovdaWorkbookSheet sheet)
{
  g_return_val_if_fail (sheet < INOVDA_WORKBOOK_N_DATA_SHEETS, NULL);
  ensure_built ();
  return &sheets[sheet];
}

const InovdaWorkbookColumn *
_inovda_workbook_find_column (InovdaWorkbookSheet sheet,
                              const char *header)
{
  g_autofree char *key = _inovda_import_normalize (header);

  ensure_built ();
  return g_hash_table_lookup (lookup[sheet], key);
}

gboolean
_inovda_workbook_column_required (const InovdaWorkbookColumn *column)
{
  return g_str_has_suffix (column->header, "*");
}

InovdaRecordKey
_inovda_workbook_column_key (const InovdaWorkbookColumn *column)
{
  return column->id < INOVDA_N_KEYS ? column->id : INOVDA_KEY_IGNORED;
}

int
_inovda_workbook_column_field (const InovdaWorkbookColumn *column)
{
  if (column->id >= INOVDA_KEY_FIRST_FIELD && column->id < INOVDA_N_KEYS)
    return (int) (column->id - INOVDA_KEY_FIRST_FIELD);
  return -1;
}

char *
_inovda_workbook_urusan_label (const char *code)
{
  const InovdaUrusan *urusan = inovda_urusan_lookup (code);

  if (urusan == NULL)
    return g_strdup (code);
  return g_strdup_printf ("%s %s", urusan->code, urusan->name);
}

char *
_inovda_workbook_template_mark (const char *region_code,
                                const char *unit_code,
                                int year)
{
  g_autofree char *region = g_uri_escape_string (region_code, NULL, FALSE);
  g_autofree char *unit = g_uri_escape_string (unit_code, NULL, FALSE);

  return g_strdup_printf ("\"%s;%s;%d\"", region, unit, year);
}

static char *
unescape_code (const char *text)
{
  char *code = g_uri_unescape_string (text, NULL);

  if (code != NULL && (*code == '\0' || !g_utf8_validate (code, -1, NULL)))
    g_clear_pointer (&code, g_free);
  return code;
}

gboolean
_inovda_workbook_parse_template_mark (const char *formula,
                                      char **region_code,
                                      char **unit_code,
                                      int *year)
{
  g_autofree char *text = NULL;
  g_auto (GStrv) parts = NULL;
  g_autofree char *region = NULL;
  g_autofree char *unit = NULL;
  guint64 value = 0;
  gsize length;

  if (*formula == '=')
    formula++;
  length = strlen (formula);
  if (length < 2 || formula[0] != '"' || formula[length - 1] != '"')
    return FALSE;
  text = g_strndup (formula + 1, length - 2);
  parts = g_strsplit (text, ";", 4);
  if (g_strv_length (parts) != 3 || !g_ascii_string_to_unsigned (parts[2], 10, 2000, 2100, &value, NULL))
    return FALSE;
  region = unescape_code (parts[0]);
  unit = unescape_code (parts[1]);
  if (region == NULL || unit == NULL)
    return FALSE;
  *region_code = g_steal_pointer (&region);
  *unit_code = g_steal_pointer (&unit);
  *year = (int) value;
  return TRUE;
}
