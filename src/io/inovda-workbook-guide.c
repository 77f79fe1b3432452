/* inovda-workbook-guide.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-workbook-guide"

#include "config.h"

#include <string.h>

#include "inovda-workbook-guide.h"
#include "model/inovda-catalogue.h"
#include "model/inovda-enums.h"

/* The workbook is an Indonesian document whatever the language of the
 * program, like the ministry's forms it stands beside: its texts are part
 * of the format and are not translated. */

typedef struct
{
  InovdaListKind kind;
  int field; /* INOVDA_LIST_FIELD */
} ListId;

/* The lists, one per column of Referensi, in this order. */
static guint
n_lists (void)
{
  guint n = 4;

  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    if (inovda_field_get_info (f)->kind == INOVDA_FIELD_KIND_ENUM ||
        inovda_field_get_info (f)->kind == INOVDA_FIELD_KIND_BOOLEAN)
      n++;
  return n;
}

static ListId
list_id (guint index)
{
  static const InovdaListKind fixed[] = { INOVDA_LIST_REGION_LEVEL, INOVDA_LIST_STATUS, INOVDA_LIST_LEVEL, INOVDA_LIST_URUSAN };
  ListId id = { INOVDA_LIST_FIELD, -1 };
  guint n = G_N_ELEMENTS (fixed);

  if (index < n)
    {
      id.kind = fixed[index];
      return id;
    }
  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    if (inovda_field_get_info (f)->kind == INOVDA_FIELD_KIND_ENUM ||
        inovda_field_get_info (f)->kind == INOVDA_FIELD_KIND_BOOLEAN)
      if (n++ == index)
        {
          id.field = (int) f;
          break;
        }
  return id;
}

/* A list is titled by its column's header, without the "*" that marks a
 * required column: the mark belongs to the data sheets' headers. */
static char *
list_title (ListId id)
{
  const InovdaWorkbookSheetInfo *innovations = _inovda_workbook_get_sheet (INOVDA_WORKBOOK_INNOVATIONS);

  switch (id.kind)
    {
    case INOVDA_LIST_REGION_LEVEL:
      return g_strdup ("Jenis Wilayah");
    case INOVDA_LIST_STATUS:
      return g_strdup ("Status");
    case INOVDA_LIST_LEVEL:
      return g_strdup ("Level");
    case INOVDA_LIST_URUSAN:
      return g_strdup ("Urusan");
    case INOVDA_LIST_FIELD:
      for (guint c = 0; c < innovations->n_columns; c++)
        if (_inovda_workbook_column_field (&innovations->columns[c]) == id.field)
          {
            const char *header = innovations->columns[c].header;

            return g_strndup (header, strlen (header) - (_inovda_workbook_column_required (&innovations->columns[c]) ? 1 : 0));
          }
      return g_strdup ("");
    case INOVDA_LIST_NONE:
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/* The values of a list; NULL-terminated, to be freed. */
static GStrv
list_values (ListId id)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  switch (id.kind)
    {
    case INOVDA_LIST_REGION_LEVEL:
      for (int i = INOVDA_REGION_PROVINSI; i <= INOVDA_REGION_KOTA; i++)
        g_strv_builder_add (builder, inovda_region_level_to_code (i));
      break;
    case INOVDA_LIST_STATUS:
      for (int i = INOVDA_STATUS_DRAF; i <= INOVDA_STATUS_DITOLAK; i++)
        g_strv_builder_add (builder, inovda_status_to_code (i));
      break;
    case INOVDA_LIST_LEVEL:
      for (int i = 0; i <= INOVDA_LEVEL_MAX; i++)
        {
          char level[4];

          g_snprintf (level, sizeof level, "%d", i);
          g_strv_builder_add (builder, level);
        }
      break;
    case INOVDA_LIST_URUSAN:
      {
        guint n;
        const InovdaUrusan *all = inovda_urusan_get_all (&n);

        for (guint i = 0; i < n; i++)
          {
            g_autofree char *label = _inovda_workbook_urusan_label (all[i].code);
            g_strv_builder_add (builder, label);
          }
      }
      break;
    case INOVDA_LIST_FIELD:
      {
        const InovdaFieldInfo *info = inovda_field_get_info (id.field);

        if (info->kind == INOVDA_FIELD_KIND_BOOLEAN)
          {
            g_strv_builder_add (builder, "ya");
            g_strv_builder_add (builder, "tidak");
          }
        else
          g_strv_builder_addv (builder, (const char **) info->choices);
      }
      break;
    case INOVDA_LIST_NONE:
    default:
      break;
    }
  return g_strv_builder_end (builder);
}

static gboolean
same_list (ListId a,
           const InovdaWorkbookColumn *column)
{
  if (a.kind != column->list)
    return FALSE;
  return a.kind != INOVDA_LIST_FIELD || a.field == _inovda_workbook_column_field (column);
}

char *
_inovda_workbook_list_formula (const InovdaWorkbookColumn *column)
{
  char letters[8];

  if (column->list == INOVDA_LIST_NONE)
    return NULL;
  for (guint i = 0; i < n_lists (); i++)
    {
      ListId id = list_id (i);

      if (same_list (id, column))
        {
          g_auto (GStrv) values = list_values (id);

          lxw_col_to_name (letters, (lxw_col_t) i, TRUE);
          return g_strdup_printf ("=" INOVDA_WORKBOOK_LISTS_SHEET "!%s$2:%s$%u", letters, letters,
                                  g_strv_length (values) + 1);
        }
    }
  g_return_val_if_reached (NULL);
}

/* Written row by row, as constant-memory mode wants. */
lxw_error
_inovda_workbook_write_lists (lxw_worksheet *sheet,
                              const InovdaWorkbookGuideFormats *formats)
{
  guint n = n_lists ();
  g_autoptr (GPtrArray) values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint longest = 0;
  lxw_error err = LXW_NO_ERROR;

  for (guint i = 0; i < n; i++)
    {
      GStrv list = list_values (list_id (i));
      g_autofree char *title = list_title (list_id (i));

      g_ptr_array_add (values, list);
      longest = MAX (longest, g_strv_length (list));
      err = worksheet_write_string (sheet, 0, (lxw_col_t) i, title, formats->header);
      if (err != LXW_NO_ERROR)
        return err;
      worksheet_set_column (sheet, (lxw_col_t) i, (lxw_col_t) i, list_id (i).kind == INOVDA_LIST_URUSAN ? 60 : 24, NULL);
    }
  for (guint row = 0; row < longest && err == LXW_NO_ERROR; row++)
    for (guint i = 0; i < n && err == LXW_NO_ERROR; i++)
      {
        GStrv list = g_ptr_array_index (values, i);

        if (row >= g_strv_length (list))
          continue;
        if (list_id (i).kind == INOVDA_LIST_LEVEL)
          err = worksheet_write_number (sheet, row + 1, (lxw_col_t) i, g_ascii_strtod (list[row], NULL), NULL);
        else
          err = worksheet_write_string (sheet, row + 1, (lxw_col_t) i, list[row], NULL);
      }
  worksheet_freeze_panes (sheet, 1, 0);
  return err;
}

/* ---------------------------------------------------------------------- */
/* Petunjuk                                                               */

typedef struct
{
  lxw_worksheet *sheet;
  const InovdaWorkbookGuideFormats *formats;
  lxw_row_t row;
  lxw_error err;
} Guide;

static void
line (Guide *guide,
      lxw_format *format,
      const char *text)
{
  if (guide->err == LXW_NO_ERROR)
    guide->err = worksheet_write_string (guide->sheet, guide->row, 0, text, format);
  guide->row++;
}

static void
heading (Guide *guide,
         const char *text)
{
  guide->row++;
  line (guide, guide->formats->heading, text);
}

static void
paragraph (Guide *guide,
           const char *text)
{
  line (guide, guide->formats->paragraph, text);
}

static char *
required_columns (const InovdaWorkbookSheetInfo *info)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint c = 0; c < info->n_columns; c++)
    if (_inovda_workbook_column_required (&info->columns[c]))
      g_string_append_printf (out, "%s%.*s", out->len > 0 ? ", " : "",
                              (int) strlen (info->columns[c].header) - 1, info->columns[c].header);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

lxw_error
_inovda_workbook_write_guide (lxw_worksheet *sheet,
                              const InovdaWorkbookGuideFormats *formats,
                              const char *scope,
                              gboolean template)
{
  Guide guide = { sheet, formats, 0, LXW_NO_ERROR };

  worksheet_set_column (sheet, 0, 0, 110, NULL);
  line (&guide, formats->title, "Buku Kerja Inovda: petunjuk pengisian");
  if (scope != NULL)
    paragraph (&guide, scope);
  if (template)
    paragraph (&guide, "Buku kerja ini dikirim kepada perangkat daerah untuk dilengkapi lalu dikembalikan ke Brida. "
                       "Isinya adalah inovasi perangkat daerah Anda yang sudah tercatat; perbarui profilnya, isi level "
                       "setiap indikator di lembar Indikator SID dan tambahkan inovasi baru pada baris kosong.");

  heading (&guide, "Isi buku kerja");
  for (guint s = 0; s < INOVDA_WORKBOOK_N_DATA_SHEETS; s++)
    {
      const InovdaWorkbookSheetInfo *info = _inovda_workbook_get_sheet (s);
      g_autofree char *text = g_strdup_printf ("%s: %s", info->name, info->about);

      paragraph (&guide, text);
    }
  paragraph (&guide, INOVDA_WORKBOOK_LISTS_SHEET ": daftar nilai yang diizinkan, sumber pilihan (dropdown) di lembar lain. Jangan diubah.");

  heading (&guide, "Kolom wajib");
  paragraph (&guide, "Judul kolom yang diakhiri tanda * wajib diisi pada setiap baris:");
  for (guint s = 0; s < INOVDA_WORKBOOK_N_DATA_SHEETS; s++)
    {
      const InovdaWorkbookSheetInfo *info = _inovda_workbook_get_sheet (s);
      g_autofree char *columns = required_columns (info);
      g_autofree char *text = g_strdup_printf ("• %s: %s.", info->name, columns);

      paragraph (&guide, text);
    }
  paragraph (&guide, "Di lembar Indikator SID dan Bukti, inovasi dikenali dari ID Inovasi; tanpa ID, dari Kode Wilayah, "
                     "Kode Perangkat Daerah dan Nama Inovasi.");

  heading (&guide, "Nilai yang diizinkan");
  paragraph (&guide, "Kolom dengan panah pilihan hanya menerima nilai dari lembar Referensi:");
  for (guint i = 0; i < n_lists (); i++)
    {
      ListId id = list_id (i);
      g_auto (GStrv) values = list_values (id);
      g_autofree char *joined = id.kind == INOVDA_LIST_URUSAN ? NULL : g_strjoinv (", ", values);
      g_autofree char *title = list_title (id);
      g_autofree char *text = NULL;

      if (joined != NULL)
        text = g_strdup_printf ("• %s: %s.", title, joined);
      else
        text = g_strdup_printf ("• %s: kode dan nama urusan pemerintahan, misalnya “1.01 Pendidikan” (lihat lembar Referensi); "
                                "kode saja, misalnya 1.01, juga diterima.",
                                title);
      paragraph (&guide, text);
    }
  paragraph (&guide, "• Urusan Lain: kode urusan lain yang beririsan, dipisahkan spasi atau koma, misalnya “1.02 1.06”.");
  paragraph (&guide, "• Level dan Level Verifikasi: 0, 1, 2 atau 3. Basis (indikator Kemanfaatan): huruf a sampai f.");
  paragraph (&guide, "• Tahun: tahun penilaian, misalnya 2026.");

  heading (&guide, "Tanggal");
  paragraph (&guide, "Isi kolom tanggal (Waktu Uji Coba, Waktu Penerapan, Waktu Pengembangan, Tanggal Surat) sebagai tanggal, "
                     "atau ketik 2024-03-01 (tahun-bulan-hari) atau 01/03/2024 (hari/bulan/tahun). "
                     "Tanggal yang tidak ada, misalnya 30/02/2024, ditolak.");

  heading (&guide, "ID dan perubahan");
  paragraph (&guide, "Jangan mengubah atau menghapus ID Inovasi, Kode Wilayah dan Kode Perangkat Daerah: dengan kode itu "
                     "Inovda mengenali data yang sudah ada, sehingga buku kerja yang dikembalikan memperbarui data, "
                     "tidak menggandakannya. Inovasi baru ditambahkan pada baris baru dengan ID Inovasi dikosongkan.");
  paragraph (&guide, "Urutan kolom boleh diubah. Jangan mengubah judul kolom; kolom tambahan tidak dibaca dan akan dilaporkan. "
                     "Sel yang dikosongkan menghapus isinya.");
  paragraph (&guide, "Jika ada kesalahan, tidak satu pun data dimasukkan; setiap kesalahan dilaporkan dengan letak selnya, "
                     "misalnya Inovasi!D7.");

  heading (&guide, "Bukti dan berkas");
  paragraph (&guide, "Setiap dokumen bukti adalah satu baris di lembar Bukti, dengan nomor surat, tanggal surat, tentang, "
                     "dan berkas atau tautan. Lokasi Berkas adalah jalur berkas relatif terhadap buku kerja ini, misalnya "
                     "“bukti/perbup-12-2024.pdf”: kirim folder itu bersama buku kerja. Jalur dengan “..” atau jalur absolut ditolak.");
  paragraph (&guide, "SHA-256 diisi oleh Inovda untuk berkas yang sudah tersimpan; kosongkan untuk berkas baru.");

  return guide.err;
}
