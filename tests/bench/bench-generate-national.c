/* bench-generate-national.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The national dataset of the exchange benchmark, the same bytes every run.
 *
 *   bench-generate-national [--fraction F] PREFIX
 *
 * writes PREFIX.inovda (the portfolio, through the bulk writer),
 * PREFIX.xlsx (the Inovda workbook) and PREFIX.xml (the Inovda XML), both
 * by the exporters. The full set has 546 regions (38 provinces, 415
 * kabupaten, 93 kota), about 37,000 innovations over their perangkat
 * daerah, the 20 SID answers of 2026 for each (740,000), every SPD
 * answer of 2026 for each region, and evidence metadata (letters and
 * links, no files) on part of the answers. --fraction 0.5 keeps the first
 * half of the regions, each with exactly the data it has in the full set.
 */

#define G_LOG_DOMAIN "bench-generate-national"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "io/inovda-export.h"
#include "model/inovda-decimal.h"
#include "storage/inovda-portfolio-bulk.h"
#include "storage/inovda-portfolio.h"

#define YEAR 2026
#define SEED 20260101

/* The 38 provinces, by their kode wilayah. */
static const struct
{
  const char *code;
  const char *name;
} provinces[] = {
  { "11", "Aceh" },
  { "12", "Sumatera Utara" },
  { "13", "Sumatera Barat" },
  { "14", "Riau" },
  { "15", "Jambi" },
  { "16", "Sumatera Selatan" },
  { "17", "Bengkulu" },
  { "18", "Lampung" },
  { "19", "Kepulauan Bangka Belitung" },
  { "21", "Kepulauan Riau" },
  { "31", "DKI Jakarta" },
  { "32", "Jawa Barat" },
  { "33", "Jawa Tengah" },
  { "34", "DI Yogyakarta" },
  { "35", "Jawa Timur" },
  { "36", "Banten" },
  { "51", "Bali" },
  { "52", "Nusa Tenggara Barat" },
  { "53", "Nusa Tenggara Timur" },
  { "61", "Kalimantan Barat" },
  { "62", "Kalimantan Tengah" },
  { "63", "Kalimantan Selatan" },
  { "64", "Kalimantan Timur" },
  { "65", "Kalimantan Utara" },
  { "71", "Sulawesi Utara" },
  { "72", "Sulawesi Tengah" },
  { "73", "Sulawesi Selatan" },
  { "74", "Sulawesi Tenggara" },
  { "75", "Gorontalo" },
  { "76", "Sulawesi Barat" },
  { "81", "Maluku" },
  { "82", "Maluku Utara" },
  { "91", "Papua" },
  { "92", "Papua Barat" },
  { "93", "Papua Selatan" },
  { "94", "Papua Tengah" },
  { "95", "Papua Pegunungan" },
  { "96", "Papua Barat Daya" },
};

#define N_PROVINCES G_N_ELEMENTS (provinces)
#define N_KABUPATEN 415
#define N_KOTA 93

static const char *const syllables[] = {
  "ba",
  "ta",
  "ma",
  "ra",
  "lu",
  "ngi",
  "so",
  "pa",
  "ka",
  "wa",
  "ja",
  "se",
  "ri",
  "mo",
  "tu",
  "la",
  "di",
  "na",
  "go",
  "bi",
  "ke",
  "ro",
  "sa",
  "ho",
};

static const char *const words[] = {
  "layanan",
  "masyarakat",
  "digital",
  "perangkat",
  "daerah",
  "inovasi",
  "pelayanan",
  "data",
  "terpadu",
  "cepat",
  "mudah",
  "murah",
  "desa",
  "kesehatan",
  "pendidikan",
  "sistem",
  "informasi",
  "warga",
  "berbasis",
  "aplikasi",
  "pengaduan",
  "publik",
  "kolaborasi",
  "percepatan",
  "penurunan",
  "stunting",
  "kemiskinan",
  "perizinan",
  "investasi",
  "transparansi",
  "akuntabilitas",
  "partisipasi",
  "pemberdayaan",
  "ekonomi",
  "lokal",
  "usaha",
  "mikro",
  "kecil",
  "menengah",
  "petani",
  "nelayan",
  "sekolah",
  "puskesmas",
  "kelurahan",
  "kecamatan",
  "anggaran",
  "kinerja",
  "pegawai",
};

static const char *const unit_kinds[] = {
  "Dinas Pendidikan",
  "Dinas Kesehatan",
  "Dinas Pekerjaan Umum dan Penataan Ruang",
  "Dinas Perumahan dan Kawasan Permukiman",
  "Satuan Polisi Pamong Praja",
  "Dinas Sosial",
  "Dinas Tenaga Kerja",
  "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
  "Dinas Ketahanan Pangan",
  "Dinas Lingkungan Hidup",
  "Dinas Kependudukan dan Pencatatan Sipil",
  "Dinas Pemberdayaan Masyarakat dan Desa",
  "Dinas Pengendalian Penduduk dan Keluarga Berencana",
  "Dinas Perhubungan",
  "Dinas Komunikasi dan Informatika",
  "Dinas Koperasi dan Usaha Mikro",
  "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
  "Dinas Kepemudaan dan Olahraga",
  "Dinas Kebudayaan",
  "Dinas Perpustakaan dan Kearsipan",
  "Dinas Perikanan",
  "Dinas Pariwisata",
  "Dinas Pertanian",
  "Dinas Perdagangan",
  "Dinas Perindustrian",
  "Sekretariat Daerah",
  "Sekretariat DPRD",
  "Inspektorat",
  "Badan Perencanaan Pembangunan Daerah",
  "Badan Pengelolaan Keuangan dan Aset Daerah",
  "Badan Pendapatan Daerah",
  "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
  "Badan Penanggulangan Bencana Daerah",
  "Badan Kesatuan Bangsa dan Politik",
  "Badan Riset dan Inovasi Daerah",
  "Rumah Sakit Umum Daerah",
};

typedef struct
{
  char code[8];
  char name[96];
  const char *level;
} Region;

static char *
place_name (GRand *rand)
{
  GString *name = g_string_new (NULL);
  guint n = (guint) g_rand_int_range (rand, 2, 5);

  for (guint i = 0; i < n; i++)
    g_string_append (name, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
  name->str[0] = g_ascii_toupper (name->str[0]);
  return g_string_free (name, FALSE);
}

static char *
sentence (GRand *rand,
          guint n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
  text->str[0] = g_ascii_toupper (text->str[0]);
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

static char *
uuid (GRand *rand)
{
  return g_strdup_printf ("%08x-%04x-4%03x-%04x-%08x%04x", g_rand_int (rand), g_rand_int (rand) & 0xffff,
                          g_rand_int (rand) & 0xfff, 0x8000 | (g_rand_int (rand) & 0x3fff), g_rand_int (rand),
                          g_rand_int (rand) & 0xffff);
}

/* The 546 regions in kode wilayah order: each province, then its kabupaten
 * (.01 …) and its kota (.71 …). */
static GArray *
make_regions (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (SEED);
  GArray *regions = g_array_new (FALSE, TRUE, sizeof (Region));

  for (guint p = 0; p < N_PROVINCES; p++)
    {
      guint n_kabupaten = N_KABUPATEN / N_PROVINCES + (p < N_KABUPATEN % N_PROVINCES ? 1 : 0);
      guint n_kota = N_KOTA / N_PROVINCES + (p < N_KOTA % N_PROVINCES ? 1 : 0);
      Region region = { { 0 } };

      g_strlcpy (region.code, provinces[p].code, sizeof region.code);
      g_snprintf (region.name, sizeof region.name, "Provinsi %s", provinces[p].name);
      region.level = "provinsi";
      g_array_append_val (regions, region);
      for (guint k = 0; k < n_kabupaten + n_kota; k++)
        {
          g_autofree char *place = place_name (rand);
          gboolean kota = k >= n_kabupaten;

          g_snprintf (region.code, sizeof region.code, "%s.%02u", provinces[p].code, kota ? 71 + k - n_kabupaten : k + 1);
          g_snprintf (region.name, sizeof region.name, "%s %s", kota ? "Kota" : "Kabupaten", place);
          region.level = kota ? "kota" : "kabupaten";
          g_array_append_val (regions, region);
        }
    }
  g_assert (regions->len == N_PROVINCES + N_KABUPATEN + N_KOTA);
  return regions;
}

static const char *
pick (GRand *rand,
      const char *const *choices)
{
  return choices[g_rand_int_range (rand, 0, (gint32) g_strv_length ((char **) choices))];
}

static char *
date_in (GRand *rand,
         int year)
{
  return g_strdup_printf ("%04d-%02d-%02d", year, g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
}

typedef struct
{
  InovdaPortfolio *portfolio;
  InovdaCatalogue *catalogue;
  guint n_units, n_innovations, n_sid, n_spd, n_evidence;
} Generator;

static void
check (gboolean ok,
       GError *error)
{
  if (!ok)
    g_error ("%s", error != NULL ? error->message : "failed");
}

static void
add_evidence (Generator *gen,
              GRand *rand,
              const InovdaBulkEvidenceTarget *target,
              const char *region_code)
{
  g_autofree char *nomor = g_strdup_printf ("%03d/%04d/%s/%d", g_rand_int_range (rand, 100, 999),
                                            g_rand_int_range (rand, 1, 9999), region_code, YEAR - 1);
  g_autofree char *tanggal = date_in (rand, YEAR - 1);
  g_autofree char *tentang = sentence (rand, (guint) g_rand_int_range (rand, 6, 14));
  g_autofree char *tautan = g_strdup_printf ("https://inovasi.%s.go.id/bukti/%08x.pdf", region_code, g_rand_int (rand));
  g_autoptr (GError) error = NULL;
  gboolean letter = g_rand_int_range (rand, 0, 3) > 0;
  InovdaBulkOutcome outcome;

  check (inovda_portfolio_bulk_evidence (gen->portfolio, target, TRUE, NULL, NULL, NULL,
                                         letter ? nomor : NULL, letter ? tanggal : NULL, letter ? tentang : NULL,
                                         letter ? NULL : tautan, &outcome, &error),
         error);
  gen->n_evidence++;
}

static void
generate_region (Generator *gen,
                 const Region *region,
                 guint index)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (SEED + 1 + index);
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) units = g_array_new (FALSE, FALSE, sizeof (gint64));
  InovdaBulkOutcome outcome;
  const InovdaUrusan *urusan;
  guint n_urusan;
  guint n_units = (guint) g_rand_int_range (rand, 24, G_N_ELEMENTS (unit_kinds) + 1);
  /* 37,000 innovations over 546 regions: 60 to 75 each. */
  guint n_innovations = (guint) g_rand_int_range (rand, 60, 76);

  urusan = inovda_urusan_get_all (&n_urusan);
  check (inovda_portfolio_bulk_region (gen->portfolio, region->code, region->name, region->level, &outcome, &error), error);

  for (guint u = 0; u < n_units; u++)
    {
      char code[32], short_name[16];
      g_autofree char *name = g_strdup_printf ("%s %s", unit_kinds[u], region->name);
      gint64 id;

      g_snprintf (code, sizeof code, "%u.%02u.%s.%04u", 1 + u / 12, 1 + u % 12, region->code, u + 1);
      g_snprintf (short_name, sizeof short_name, "OPD-%02u", u + 1);
      id = inovda_portfolio_bulk_unit (gen->portfolio, region->code, code, name, short_name, &outcome, &error);
      check (id != 0, error);
      g_array_append_val (units, id);
      gen->n_units++;
    }

  for (guint i = 0; i < n_innovations; i++)
    {
      const char *fields[INOVDA_N_FIELDS] = { NULL };
      g_autoptr (GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *uid = uuid (rand);
      const char *urusan_lain[3] = { NULL };
      gint64 innovation_id, assessment_id;
      int status = g_rand_int_range (rand, 0, 5);

#define OWN(x) (g_ptr_array_add (owned, (x)), (const char *) owned->pdata[owned->len - 1])
      fields[INOVDA_FIELD_NAME] = OWN (g_strdup_printf ("%s %s %s %u", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                                                        words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))],
                                                        words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))], i + 1));
      ((char *) fields[INOVDA_FIELD_NAME])[0] = g_ascii_toupper (fields[INOVDA_FIELD_NAME][0]);
      fields[INOVDA_FIELD_TAHAPAN] = pick (rand, inovda_field_get_info (INOVDA_FIELD_TAHAPAN)->choices);
      fields[INOVDA_FIELD_INISIATOR] = pick (rand, inovda_field_get_info (INOVDA_FIELD_INISIATOR)->choices);
      fields[INOVDA_FIELD_NAMA_INISIATOR] = OWN (g_strdup_printf ("%s %s", unit_kinds[i % n_units], region->name));
      fields[INOVDA_FIELD_JENIS] = pick (rand, inovda_field_get_info (INOVDA_FIELD_JENIS)->choices);
      fields[INOVDA_FIELD_BENTUK] = pick (rand, inovda_field_get_info (INOVDA_FIELD_BENTUK)->choices);
      fields[INOVDA_FIELD_TEMATIK] = pick (rand, inovda_field_get_info (INOVDA_FIELD_TEMATIK)->choices);
      fields[INOVDA_FIELD_KLASIFIKASI] = pick (rand, inovda_field_get_info (INOVDA_FIELD_KLASIFIKASI)->choices);
      fields[INOVDA_FIELD_URUSAN_UTAMA] = urusan[g_rand_int_range (rand, 0, n_urusan)].code;
      fields[INOVDA_FIELD_WAKTU_UJI_COBA] = OWN (date_in (rand, 2023));
      fields[INOVDA_FIELD_WAKTU_PENERAPAN] = OWN (date_in (rand, 2024));
      if (g_rand_boolean (rand))
        fields[INOVDA_FIELD_WAKTU_PENGEMBANGAN] = OWN (date_in (rand, 2025));
      fields[INOVDA_FIELD_BERKEMBANG] = fields[INOVDA_FIELD_WAKTU_PENGEMBANGAN] != NULL ? "ya" : "tidak";
      for (guint f = INOVDA_FIELD_RB_DASAR_HUKUM; f <= INOVDA_FIELD_RB_CARA_KERJA; f++)
        fields[f] = OWN (sentence (rand, (guint) g_rand_int_range (rand, 40, 60)));
      for (guint f = INOVDA_FIELD_TUJUAN; f <= INOVDA_FIELD_HASIL; f++)
        fields[f] = OWN (sentence (rand, (guint) g_rand_int_range (rand, 12, 25)));
      fields[INOVDA_FIELD_LATITUDE] = OWN (g_strdup_printf ("%d.%06d", g_rand_int_range (rand, -10, 6), g_rand_int_range (rand, 0, 1000000)));
      fields[INOVDA_FIELD_LONGITUDE] = OWN (g_strdup_printf ("%d.%06d", g_rand_int_range (rand, 95, 141), g_rand_int_range (rand, 0, 1000000)));
      fields[INOVDA_FIELD_LOKASI] = OWN (g_strdup_printf ("Kecamatan %s", region->name + 5));
      fields[INOVDA_FIELD_ASTA_CITA] = pick (rand, inovda_field_get_info (INOVDA_FIELD_ASTA_CITA)->choices);
      fields[INOVDA_FIELD_PKPN_KLASTER] = pick (rand, inovda_field_get_info (INOVDA_FIELD_PKPN_KLASTER)->choices);
      fields[INOVDA_FIELD_COVID] = pick (rand, inovda_field_get_info (INOVDA_FIELD_COVID)->choices);
#undef OWN
      if (g_rand_int_range (rand, 0, 4) == 0)
        {
          const char *other = urusan[g_rand_int_range (rand, 0, n_urusan)].code;

          if (!g_str_equal (other, fields[INOVDA_FIELD_URUSAN_UTAMA]))
            urusan_lain[0] = other;
        }

      innovation_id = inovda_portfolio_bulk_innovation (gen->portfolio, 0, uid, g_array_index (units, gint64, i % n_units),
                                                        fields, urusan_lain[0] != NULL ? urusan_lain : NULL, &outcome, NULL,
                                                        &error);
      check (innovation_id != 0, error);
      gen->n_innovations++;

      assessment_id = inovda_portfolio_bulk_assessment (gen->portfolio, innovation_id, YEAR, TRUE, inovda_status_to_code (status),
                                                        g_rand_int_range (rand, 0, 5) == 0 ? "Dikembangkan dengan fitur baru." : NULL,
                                                        &outcome, &error);
      check (assessment_id != 0, error);
      for (guint k = 0; k < gen->catalogue->sid->len; k++)
        {
          const InovdaIndicator *indicator = g_ptr_array_index (gen->catalogue->sid, k);
          const char *basis = NULL;
          int level = g_rand_int_range (rand, 0, 4);
          int verified = status == INOVDA_STATUS_DITERIMA ? MAX (level - g_rand_int_range (rand, 0, 2), 0) : INOVDA_LEVEL_UNVERIFIED;

          if (indicator->bases->len > 0)
            basis = ((InovdaBasis *) g_ptr_array_index (indicator->bases, g_rand_int_range (rand, 0, indicator->bases->len)))->id;
          check (inovda_portfolio_bulk_sid (gen->portfolio, assessment_id, TRUE, indicator->id, level, basis, verified, &outcome, NULL, &error),
                 error);
          gen->n_sid++;
          /* One answer in six has a letter or a link. */
          if (level > 0 && g_rand_int_range (rand, 0, 6) == 0)
            {
              InovdaBulkEvidenceTarget target = { assessment_id, NULL, 0, YEAR, indicator->id };
              add_evidence (gen, rand, &target, region->code);
            }
        }
    }

  for (guint k = 0; k < gen->catalogue->spd->len; k++)
    {
      const InovdaIndicator *indicator = g_ptr_array_index (gen->catalogue->spd, k);
      g_autofree char *raw = NULL;
      int level = g_rand_int_range (rand, 1, 4);

      if (indicator->input == INOVDA_INPUT_VALUE)
        {
          /* Within the values the measure can take (a percentage, an IPM) */
          gint32 low = indicator->has_minimum ? (gint32) MAX (indicator->minimum, -500000) : -500000;
          gint32 high = indicator->has_maximum ? (gint32) MIN (indicator->maximum, 1500000) : 1500000;
          gint64 value = g_rand_int_range (rand, low, high + 1);

          raw = inovda_decimal_format (value, 4, 4, '.');
          level = inovda_indicator_level_for_value (indicator, value);
        }
      else if (indicator->input == INOVDA_INPUT_CATEGORY && indicator->options->len > 0)
        {
          const InovdaValueOption *option = g_ptr_array_index (indicator->options, g_rand_int_range (rand, 0, indicator->options->len));

          raw = g_strdup (option->code);
          level = option->level;
        }
      check (inovda_portfolio_bulk_spd (gen->portfolio, region->code, YEAR, indicator->id, level, raw, INOVDA_LEVEL_UNVERIFIED,
                                        &outcome, &error),
             error);
      gen->n_spd++;
      if (g_rand_int_range (rand, 0, 3) == 0)
        {
          InovdaBulkEvidenceTarget target = { 0, region->code, 0, YEAR, indicator->id };
          add_evidence (gen, rand, &target, region->code);
        }
    }
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int argc,
      char *argv[])
{
  g_autoptr (InovdaPortfolio) portfolio = NULL;
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  g_autoptr (GArray) regions = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *xlsx_path = NULL;
  g_autofree char *xml_path = NULL;
  double fraction = 1.0;
  const char *prefix = NULL;
  Generator gen = { 0 };
  guint n_regions;
  gint64 start;

  setlocale (LC_ALL, "");
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--fraction") && i + 1 < argc)
        fraction = g_ascii_strtod (argv[++i], NULL);
      else if (prefix == NULL && argv[i][0] != '-')
        prefix = argv[i];
      else
        prefix = NULL, i = argc;
    }
  if (prefix == NULL || fraction <= 0 || fraction > 1)
    {
      g_printerr ("Usage: %s [--fraction F] PREFIX\n", argv[0]);
      return 1;
    }

  db_path = g_strconcat (prefix, ".inovda", NULL);
  xlsx_path = g_strconcat (prefix, ".xlsx", NULL);
  xml_path = g_strconcat (prefix, ".xml", NULL);
  for (guint i = 0; i < 3; i++)
    {
      static const char *const suffixes[] = { "", "-wal", "-shm" };
      g_autofree char *path = g_strconcat (db_path, suffixes[i], NULL);
      g_unlink (path);
    }

  regions = make_regions ();
  n_regions = MAX (1, (guint) (regions->len * fraction + 0.5));

  start = g_get_monotonic_time ();
  portfolio = inovda_portfolio_open (db_path, &error);
  check (portfolio != NULL, error);
  catalogue = inovda_portfolio_get_catalogue (portfolio, YEAR, &error);
  check (catalogue != NULL, error);
  gen.portfolio = portfolio;
  gen.catalogue = catalogue;

  check (inovda_portfolio_bulk_begin (portfolio, "Generate the national dataset", &error), error);
  for (guint r = 0; r < n_regions; r++)
    generate_region (&gen, &g_array_index (regions, Region, r), r);
  check (inovda_portfolio_bulk_commit (portfolio, &error), error);
  g_print ("regions=%u units=%u innovations=%u sid_answers=%u spd_answers=%u evidence=%u\n",
           n_regions, gen.n_units, gen.n_innovations, gen.n_sid, gen.n_spd, gen.n_evidence);
  g_print ("portfolio_s=%.1f\n", seconds_since (start));

  start = g_get_monotonic_time ();
  check (inovda_export_workbook (portfolio, xlsx_path, NULL, NULL, &error), error);
  g_print ("workbook_s=%.1f\n", seconds_since (start));
  start = g_get_monotonic_time ();
  check (inovda_export_xml (portfolio, xml_path, NULL, NULL, &error), error);
  g_print ("xml_s=%.1f\n", seconds_since (start));
  return 0;
}
