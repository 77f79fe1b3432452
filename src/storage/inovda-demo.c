/* inovda-demo.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-demo"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "inovda-demo.h"

#include "inovda-error.h"
#include "model/inovda-decimal.h"
#include "scoring/inovda-iid.h"

#define DEMO_SEED 20260429
#define PREVIOUS_YEAR (INOVDA_DEMO_YEAR - 1)
#define FICTION "[Contoh fiktif] "
#define MIN_WORDS 320

typedef struct
{
  const char *code;
  const char *name;
  InovdaRegionLevel level;
  const char *town;
  int lat; /* micro-degrees of the seat of government */
  int lon;
} DemoRegion;

static const DemoRegion regions[] = {
  { "63", "Provinsi Kalimantan Selatan", INOVDA_REGION_PROVINSI, "Banjarbaru", -3457000, 114810000 },
  { "63.01", "Kabupaten Tanah Laut", INOVDA_REGION_KABUPATEN, "Pelaihari", -3800000, 114764000 },
  { "63.02", "Kabupaten Kotabaru", INOVDA_REGION_KABUPATEN, "Kotabaru", -3296000, 116165000 },
  { "63.03", "Kabupaten Banjar", INOVDA_REGION_KABUPATEN, "Martapura", -3413000, 114848000 },
  { "63.04", "Kabupaten Barito Kuala", INOVDA_REGION_KABUPATEN, "Marabahan", -2989000, 114758000 },
  { "63.05", "Kabupaten Tapin", INOVDA_REGION_KABUPATEN, "Rantau", -2944000, 115162000 },
  { "63.06", "Kabupaten Hulu Sungai Selatan", INOVDA_REGION_KABUPATEN, "Kandangan", -2777000, 115267000 },
  { "63.07", "Kabupaten Hulu Sungai Tengah", INOVDA_REGION_KABUPATEN, "Barabai", -2583000, 115383000 },
  { "63.08", "Kabupaten Hulu Sungai Utara", INOVDA_REGION_KABUPATEN, "Amuntai", -2417000, 115250000 },
  { "63.09", "Kabupaten Tabalong", INOVDA_REGION_KABUPATEN, "Tanjung", -2167000, 115383000 },
  { "63.10", "Kabupaten Tanah Bumbu", INOVDA_REGION_KABUPATEN, "Batulicin", -3447000, 115987000 },
  { "63.11", "Kabupaten Balangan", INOVDA_REGION_KABUPATEN, "Paringin", -2328000, 115470000 },
  { "63.71", "Kota Banjarmasin", INOVDA_REGION_KOTA, "Banjarmasin", -3319000, 114591000 },
  { "63.72", "Kota Banjarbaru", INOVDA_REGION_KOTA, "Banjarbaru", -3442000, 114833000 },
};

typedef struct
{
  const char *region;
  const char *code;
  const char *name;
  const char *short_name;
} DemoUnit;

static const DemoUnit units[] = {
  { "63", "SETDA", "Sekretariat Daerah", "Setda" },
  { "63", "SETWAN", "Sekretariat DPRD", "Setwan" },
  { "63", "INSPEKTORAT", "Inspektorat Daerah", "Inspektorat" },
  { "63", "BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "Bappeda" },
  { "63", "BRIDA", "Badan Riset dan Inovasi Daerah", "BRIDA" },
  { "63", "BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD" },
  { "63", "BAPENDA", "Badan Pendapatan Daerah", "Bapenda" },
  { "63", "BKD", "Badan Kepegawaian Daerah", "BKD" },
  { "63", "BPSDMD", "Badan Pengembangan Sumber Daya Manusia Daerah", "BPSDMD" },
  { "63", "KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", "Kesbangpol" },
  { "63", "BPBD", "Badan Penanggulangan Bencana Daerah", "BPBD" },
  { "63", "PENGHUBUNG", "Badan Penghubung", "Badan Penghubung" },
  { "63", "DISDIK", "Dinas Pendidikan dan Kebudayaan", "Disdikbud" },
  { "63", "DINKES", "Dinas Kesehatan", "Dinkes" },
  { "63", "RSUDULIN", "RSUD Ulin Banjarmasin", "RSUD Ulin" },
  { "63", "RSJSL", "RSJ Sambang Lihum", "RSJ Sambang Lihum" },
  { "63", "RSANSARI", "RS dr. H. Moch. Ansari Saleh", "RS Ansari Saleh" },
  { "63", "RSGM", "RSGM Gusti Hasan Aman", "RSGM" },
  { "63", "DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PUPR" },
  { "63", "DISPERKIM", "Dinas Perumahan Rakyat dan Kawasan Permukiman", "Disperkim" },
  { "63", "SATPOLPP", "Satuan Polisi Pamong Praja dan Pemadam Kebakaran", "Satpol PP dan Damkar" },
  { "63", "DINSOS", "Dinas Sosial", "Dinsos" },
  { "63", "DISNAKERTRANS", "Dinas Tenaga Kerja dan Transmigrasi", "Disnakertrans" },
  { "63", "DP3AKB", "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana", "DP3AKB" },
  { "63", "DPKP", "Dinas Pertanian dan Ketahanan Pangan", "DPKP" },
  { "63", "DLH", "Dinas Lingkungan Hidup", "DLH" },
  { "63", "DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil" },
  { "63", "DPMD", "Dinas Pemberdayaan Masyarakat dan Desa", "DPMD" },
  { "63", "DISHUB", "Dinas Perhubungan", "Dishub" },
  { "63", "DISKOMINFO", "Dinas Komunikasi dan Informatika", "Diskominfo" },
  { "63", "DISKOPUKM", "Dinas Koperasi dan UKM", "Diskop UKM" },
  { "63", "DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP" },
  { "63", "DISPORA", "Dinas Kepemudaan dan Olahraga", "Dispora" },
  { "63", "DISPERSIP", "Dinas Perpustakaan dan Kearsipan", "Dispersip" },
  { "63", "DKP", "Dinas Kelautan dan Perikanan", "DKP" },
  { "63", "DISPAR", "Dinas Pariwisata", "Dispar" },
  { "63", "DISBUNNAK", "Dinas Perkebunan dan Peternakan", "Disbunnak" },
  { "63", "DISHUT", "Dinas Kehutanan", "Dishut" },
  { "63", "DESDM", "Dinas Energi dan Sumber Daya Mineral", "Dinas ESDM" },
  { "63", "DISDAG", "Dinas Perdagangan", "Disdag" },
  { "63", "DISPERIN", "Dinas Perindustrian", "Disperin" },

  { "63.06", "DISTAN", "Dinas Pertanian", "Distan" },
  { "63.06", "DINKES", "Dinas Kesehatan", "Dinkes" },
  { "63.06", "DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil" },

  { "63.09", "BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "Bappeda" },
  { "63.09", "DISDIK", "Dinas Pendidikan", "Disdik" },
  { "63.09", "DINKES", "Dinas Kesehatan", "Dinkes" },
  { "63.09", "DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PUPR" },
  { "63.09", "SATPOLPP", "Satuan Polisi Pamong Praja", "Satpol PP" },
  { "63.09", "DINSOS", "Dinas Sosial", "Dinsos" },
  { "63.09", "DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil" },
  { "63.09", "DISKOMINFO", "Dinas Komunikasi dan Informatika", "Diskominfo" },

  { "63.71", "BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "Bappeda" },
  { "63.71", "DISDIK", "Dinas Pendidikan", "Disdik" },
  { "63.71", "DINKES", "Dinas Kesehatan", "Dinkes" },
  { "63.71", "DISPERKIM", "Dinas Perumahan Rakyat dan Kawasan Permukiman", "Disperkim" },
  { "63.71", "DLH", "Dinas Lingkungan Hidup", "DLH" },
  { "63.71", "DISHUB", "Dinas Perhubungan", "Dishub" },
  { "63.71", "DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP" },
};

enum
{
  S_NONE = -1,
  S_DRAF = INOVDA_STATUS_DRAF,
  S_SIAP = INOVDA_STATUS_SIAP_KIRIM,
  S_KIRIM = INOVDA_STATUS_DIKIRIM,
  S_TERIMA = INOVDA_STATUS_DITERIMA,
  S_TOLAK = INOVDA_STATUS_DITOLAK,
};

typedef enum
{
  F_UJI_COBA = 1 << 0,
  F_INISIATIF = 1 << 1,
  F_OLD = 1 << 2,      /* penerapan before the window and no development */
  F_SHORT = 1 << 3,    /* rancang bangun under the minimum */
  F_NO_VIDEO = 1 << 4, /* a mandatory indicator left empty */
  F_DESA = 1 << 5,
} DemoFlags;

typedef struct
{
  const char *region;
  const char *uid;
  const char *unit;
  const char *name;
  const char *urusan;
  const char *urusan_lain; /* space-separated, or NULL */
  const char *masalah;
  const char *sasaran;
  char jenis;            /* 'D' digital, 'N' non-digital */
  char bentuk;           /* 'T' tata kelola, 'P' pelayanan publik, 'L' lainnya */
  char basis;            /* Kemanfaatan basis */
  signed char status[2]; /* PREVIOUS_YEAR, INOVDA_DEMO_YEAR */
  guint flags;
} DemoInnovation;

static const DemoInnovation innovations[] = {
  { "63", "DEMO-2025-001", "SETDA", "SIPEKA — Sistem Informasi Pengendalian Kegiatan dan Anggaran", "5.02", NULL, "lambatnya pelaporan realisasi kegiatan dan anggaran antarperangkat daerah", "pimpinan daerah dan pengelola keuangan perangkat daerah", 'D', 'T', 'c', { S_TERIMA, S_KIRIM }, 0 },
  { "63", "DEMO-2026-001", "SETDA", "E-Protokol Banua — Layanan Daring Penjadwalan Audiensi Gubernur", "0.00", NULL, "antrean permohonan audiensi yang tidak tercatat dan sulit dipantau", "masyarakat dan lembaga yang mengajukan audiensi", 'D', 'T', 'a', { S_NONE, S_SIAP }, 0 },
  { "63", "DEMO-2025-002", "INSPEKTORAT", "SI-WASIAT — Sistem Pengawasan Internal Terpadu", "0.00", "5.02", "tindak lanjut temuan pemeriksaan yang lambat dan tercatat di banyak berkas terpisah", "auditor dan perangkat daerah yang diperiksa", 'D', 'T', 'f', { S_TERIMA, S_KIRIM }, 0 },
  { "63", "DEMO-2026-002", "INSPEKTORAT", "KLIK BERSIH — Klinik Konsultasi Pengadaan Bersih", "0.00", NULL, "kesalahan administrasi pengadaan barang dan jasa yang berulang", "pejabat pengadaan perangkat daerah", 'N', 'T', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63", "DEMO-2025-003", "BAPPEDA", "SIRENBANG Banua — Sistem Informasi Perencanaan Pembangunan Terintegrasi", "5.01", NULL, "dokumen perencanaan yang tidak selaras antara RPJMD, Renstra, dan RKPD", "perencana perangkat daerah", 'D', 'T', 'f', { S_TERIMA, S_SIAP }, 0 },
  { "63", "DEMO-2026-003", "BAPPEDA", "DAKSINA — Dasbor Kemiskinan Terpadu Banua", "5.01", "1.06", "data kemiskinan yang tersebar di banyak instansi dan jarang diperbarui", "perencana program penanggulangan kemiskinan", 'D', 'T', 'f', { S_NONE, S_KIRIM }, 0 },
  { "63", "DEMO-2025-004", "BRIDA", "SIMPATIK Inovasi — Sistem Manajemen Pembinaan Inovasi Daerah", "5.05", NULL, "pendataan inovasi perangkat daerah yang tidak lengkap dan tidak berbasis bukti", "perangkat daerah dan inovator ASN", 'D', 'T', 'b', { S_TERIMA, S_TERIMA }, 0 },
  { "63", "DEMO-2026-004", "BRIDA", "Klinik HAKI Banua — Pendampingan Kekayaan Intelektual Inovator Daerah", "5.05", "2.17", "rendahnya jumlah inovasi daerah yang memiliki pelindungan kekayaan intelektual", "inovator ASN, pelaku UMKM, dan peneliti daerah", 'N', 'L', 'e', { S_NONE, S_SIAP }, 0 },
  { "63", "DEMO-2026-005", "BRIDA", "RISET BERDAMPAK — Hibah Riset Terapan untuk Masalah Daerah", "5.05", NULL, "hasil riset perguruan tinggi yang jarang dimanfaatkan untuk kebijakan daerah", "perangkat daerah pengguna hasil riset", 'N', 'T', 'f', { S_NONE, S_KIRIM }, F_UJI_COBA },
  { "63", "DEMO-2025-005", "BPKAD", "SIMONA Aset — Sistem Monitoring Aset Daerah Berbasis Kode QR", "5.02", NULL, "aset daerah yang tidak tercatat lokasinya dan sulit ditelusuri saat inventarisasi", "pengurus barang perangkat daerah", 'D', 'T', 'c', { S_TERIMA, S_KIRIM }, 0 },
  { "63", "DEMO-2026-006", "BPKAD", "E-SPJ Cepat — Pertanggungjawaban Belanja Nontunai", "5.02", NULL, "penyusunan surat pertanggungjawaban belanja yang lambat dan rawan salah hitung", "bendahara pengeluaran perangkat daerah", 'D', 'T', 'c', { S_NONE, S_KIRIM }, 0 },
  { "63", "DEMO-2025-006", "BAPENDA", "SAMKEDES — Samsat Keliling Desa", "5.02", NULL, "jauhnya jarak kantor Samsat bagi wajib pajak di desa", "wajib pajak kendaraan bermotor di perdesaan", 'N', 'P', 'd', { S_TERIMA, S_TERIMA }, 0 },
  { "63", "DEMO-2025-007", "BAPENDA", "E-PAJAK Banua — Pembayaran Pajak Kendaraan melalui Dompet Digital", "5.02", NULL, "keterbatasan kanal pembayaran pajak kendaraan bermotor di luar jam kantor", "wajib pajak kendaraan bermotor", 'D', 'P', 'd', { S_TOLAK, S_KIRIM }, 0 },
  { "63", "DEMO-2026-007", "BAPENDA", "BAPENDA MENYAPA — Pengingat Jatuh Tempo Pajak melalui Pesan Singkat", "5.02", NULL, "banyaknya wajib pajak yang terlambat membayar karena lupa tanggal jatuh tempo", "wajib pajak kendaraan bermotor", 'D', 'P', 'd', { S_NONE, S_TOLAK }, 0 },
  { "63", "DEMO-2025-008", "BKD", "SI-CAKAP — Sistem Informasi Cuti dan Kenaikan Pangkat", "5.03", NULL, "pengurusan cuti dan kenaikan pangkat yang masih memakai berkas kertas", "aparatur sipil negara di lingkungan pemerintah provinsi", 'D', 'T', 'a', { S_TERIMA, S_SIAP }, 0 },
  { "63", "DEMO-2026-008", "BKD", "ASN BANUA BERAKHLAK — Catatan Kinerja Harian Berbasis Aplikasi", "5.03", NULL, "penilaian kinerja pegawai yang tidak didukung catatan kegiatan harian", "aparatur sipil negara dan atasan langsung", 'D', 'T', 'a', { S_NONE, S_DRAF }, 0 },
  { "63", "DEMO-2025-009", "BPSDMD", "KADAR — Kelas Daring ASN Terstruktur", "5.04", NULL, "terbatasnya kuota pelatihan tatap muka bagi ASN di kabupaten yang jauh", "aparatur sipil negara provinsi dan kabupaten/kota", 'D', 'T', 'a', { S_TERIMA, S_KIRIM }, 0 },
  { "63", "DEMO-2026-009", "BPSDMD", "COACHING CLINIC — Pendampingan Kepemimpinan Pejabat Pengawas", "5.04", NULL, "kemampuan kepemimpinan pejabat pengawas yang belum merata", "pejabat pengawas dan pejabat administrator", 'N', 'T', 'a', { S_NONE, S_SIAP }, 0 },
  { "63", "DEMO-2026-010", "BPBD", "SIAGA BANJIR — Peringatan Dini Muka Air Sungai Berbasis Sensor", "1.05", "2.16", "lambatnya informasi kenaikan muka air sungai kepada warga bantaran", "warga di daerah rawan banjir", 'D', 'P', 'a', { S_NONE, S_TERIMA }, 0 },
  { "63", "DEMO-2026-011", "BPBD", "DESTANA Plus — Pendampingan Desa Tangguh Bencana Lahan Gambut", "1.05", "2.13", "kesiapsiagaan desa yang rendah menghadapi kebakaran lahan gambut", "perangkat desa dan relawan di desa rawan kebakaran", 'N', 'P', 'b', { S_NONE, S_KIRIM }, F_DESA },
  { "63", "DEMO-2025-010", "DISDIK", "SIPINTAR Banua — Sistem Informasi Penerimaan Peserta Didik Terpadu", "1.01", NULL, "antrean pendaftaran peserta didik baru yang panjang dan kurang transparan", "calon peserta didik SMA, SMK, dan SLB beserta orang tua", 'D', 'P', 'a', { S_TERIMA, S_TERIMA }, 0 },
  { "63", "DEMO-2025-011", "DISDIK", "GERAK LITERASI — Guru Penggerak Literasi SMA dan SMK", "1.01", "2.23", "rendahnya kemampuan literasi membaca peserta didik jenjang menengah", "peserta didik dan guru SMA/SMK", 'N', 'P', 'b', { S_TERIMA, S_KIRIM }, 0 },
  { "63", "DEMO-2026-012", "DISDIK", "SEKOLAH SUNGAI — Kelas Terapung bagi Anak Bantaran Sungai", "1.01", "1.06", "tingginya angka putus sekolah anak di permukiman bantaran sungai", "anak usia sekolah di permukiman bantaran sungai", 'N', 'P', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63", "DEMO-2026-013", "DISDIK", "E-RASI — Rapor SMK Terhubung Industri", "1.01", "2.07", "lulusan SMK yang sulit terhubung dengan kebutuhan dunia usaha dan dunia industri", "peserta didik SMK dan mitra industri", 'D', 'P', 'a', { S_NONE, S_SIAP }, 0 },
  { "63", "DEMO-2026-014", "DISDIK", "JELAJAH MUSEUM — Tur Virtual Koleksi Budaya Banjar", "2.22", NULL, "terbatasnya akses pelajar dari daerah jauh terhadap koleksi museum daerah", "pelajar dan masyarakat umum", 'D', 'L', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63", "DEMO-2025-012", "DINKES", "SIPADU Sehat — Sistem Informasi Pelayanan Terpadu Puskesmas", "1.02", NULL, "antrean panjang dan pencatatan manual rekam kesehatan di puskesmas", "pasien dan tenaga kesehatan puskesmas", 'D', 'P', 'a', { S_TERIMA, S_TERIMA }, 0 },
  { "63", "DEMO-2025-013", "DINKES", "GERCEP STUNTING — Gerakan Cepat Cegah Stunting Berbasis Posyandu", "1.02", "2.14", "prevalensi stunting yang masih tinggi di beberapa kabupaten", "ibu hamil, ibu menyusui, dan balita", 'N', 'P', 'f', { S_TERIMA, S_KIRIM }, 0 },
  { "63", "DEMO-2026-015", "DINKES", "TEPAT — Telekonsultasi Puskesmas Terpencil", "1.02", "2.16", "keterbatasan dokter spesialis untuk konsultasi kasus di puskesmas terpencil", "tenaga kesehatan dan pasien puskesmas terpencil", 'D', 'P', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63", "DEMO-2026-016", "DINKES", "AMBULANS SUNGAI Siaga — Rujukan Pasien melalui Jalur Sungai", "1.02", "2.15", "lamanya waktu rujukan pasien dari desa yang hanya dapat dijangkau lewat sungai", "pasien rujukan dari desa di daerah aliran sungai", 'N', 'P', 'a', { S_NONE, S_KIRIM }, F_UJI_COBA },
  { "63", "DEMO-2025-014", "DINKES", "SEHATI — Sehat Ibu Hamil Terpantau", "1.02", NULL, "pemeriksaan kehamilan yang tidak teratur pada ibu hamil berisiko tinggi", "ibu hamil berisiko tinggi", 'D', 'P', 'a', { S_TERIMA, S_NONE }, 0 },
  { "63", "DEMO-2025-015", "RSUDULIN", "ANJUNG — Antrean Rawat Jalan Terjadwal", "1.02", NULL, "penumpukan pasien rawat jalan sejak pagi hari", "pasien rawat jalan rumah sakit", 'D', 'P', 'a', { S_TERIMA, S_TERIMA }, 0 },
  { "63", "DEMO-2026-017", "RSUDULIN", "RESEP ANTAR — Pengantaran Obat Pasien Penyakit Kronis", "1.02", NULL, "pasien penyakit kronis yang harus datang setiap bulan hanya untuk mengambil obat", "pasien penyakit kronis peserta program rujuk balik", 'N', 'P', 'a', { S_NONE, S_SIAP }, 0 },
  { "63", "DEMO-2026-018", "RSUDULIN", "SI-BED — Informasi Ketersediaan Tempat Tidur Waktu Nyata", "1.02", "2.16", "rujukan pasien yang ditolak karena informasi ketersediaan tempat tidur tidak mutakhir", "pasien rujukan dan fasilitas kesehatan perujuk", 'D', 'P', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63", "DEMO-2025-016", "RSJSL", "PULIH BERSAMA — Rehabilitasi Psikososial Berbasis Keluarga", "1.02", "1.06", "tingginya angka kekambuhan pasien gangguan jiwa setelah pulang perawatan", "pasien gangguan jiwa dan keluarganya", 'N', 'P', 'f', { S_TERIMA, S_SIAP }, 0 },
  { "63", "DEMO-2026-019", "RSJSL", "KAWAN JIWA — Konseling Kesehatan Jiwa Daring", "1.02", NULL, "stigma dan jarak yang membuat warga enggan mencari pertolongan kesehatan jiwa", "remaja dan dewasa muda", 'D', 'P', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63", "DEMO-2025-017", "RSANSARI", "HEMAT — Penjadwalan Hemodialisis Daring", "1.02", NULL, "jadwal cuci darah yang sering berubah dan membuat pasien menunggu lama", "pasien gagal ginjal kronis", 'D', 'P', 'a', { S_TERIMA, S_KIRIM }, 0 },
  { "63", "DEMO-2026-020", "RSANSARI", "KABAR — Kamar Bersalin Ramah dan Aman", "1.02", "2.08", "kecemasan ibu bersalin dan keluarga karena minimnya informasi selama persalinan", "ibu bersalin dan keluarganya", 'N', 'P', 'a', { S_NONE, S_SIAP }, 0 },
  { "63", "DEMO-2025-018", "RSGM", "SENYUM SEHAT — Pemeriksaan Gigi Anak Sekolah Keliling", "1.02", "1.01", "tingginya angka karies gigi pada anak usia sekolah dasar", "murid sekolah dasar", 'N', 'P', 'a', { S_TERIMA, S_NONE }, 0 },
  { "63", "DEMO-2025-019", "DPUPR", "SIJALAN MANTAP — Pelaporan Kerusakan Jalan Provinsi Berbasis Peta", "1.03", "2.16", "laporan kerusakan jalan provinsi yang lambat ditindaklanjuti", "pengguna jalan provinsi", 'D', 'P', 'a', { S_TERIMA, S_TERIMA }, 0 },
  { "63", "DEMO-2026-021", "DPUPR", "IRIGASI PINTAR — Pemantauan Debit Saluran Irigasi Rawa", "1.03", "3.27", "pembagian air irigasi rawa yang tidak merata antarpetak sawah", "petani di daerah irigasi rawa", 'D', 'L', 'b', { S_NONE, S_KIRIM }, 0 },
  { "63", "DEMO-2025-020", "DPUPR", "TARUNA — Peta Rencana Tata Ruang Daring", "1.03", NULL, "sulitnya masyarakat dan investor mengetahui peruntukan ruang suatu lokasi", "masyarakat, investor, dan pemohon izin", 'D', 'P', 'a', { S_TERIMA, S_NONE }, 0 },
  { "63", "DEMO-2026-022", "DISPERKIM", "RUMAH LAYAK Banua — Pendataan Rumah Tidak Layak Huni Terpadu", "1.04", "1.06", "data rumah tidak layak huni yang berbeda antara provinsi dan kabupaten/kota", "keluarga berpenghasilan rendah", 'D', 'P', 'a', { S_NONE, S_DRAF }, 0 },
  { "63", "DEMO-2026-023", "SATPOLPP", "DACETA — Damkar Cepat Tanggap Kebakaran Lahan", "1.05", "2.11", "lambatnya laporan titik api kebakaran lahan sampai ke petugas", "warga di sekitar lahan rawan terbakar", 'D', 'P', 'a', { S_NONE, S_TERIMA }, 0 },
  { "63", "DEMO-2026-024", "SATPOLPP", "PATROLI HUMANIS — Penegakan Perda dengan Pendekatan Dialog", "1.05", NULL, "penertiban pelanggaran peraturan daerah yang sering menimbulkan konflik", "pedagang kaki lima dan pelanggar ketertiban umum", 'N', 'P', 'a', { S_NONE, S_SIAP }, 0 },
  { "63", "DEMO-2025-021", "DINSOS", "SI-PANTAS — Penyaluran Bantuan Sosial Tepat Sasaran", "1.06", "2.12", "bantuan sosial yang salah sasaran karena data penerima tidak mutakhir", "keluarga penerima bantuan sosial", 'D', 'P', 'a', { S_TERIMA, S_TERIMA }, 0 },
  { "63", "DEMO-2026-025", "DINSOS", "LANSIA BAHAGIA — Rehabilitasi Lansia Terlantar Berbasis Keluarga Asuh", "1.06", NULL, "lansia terlantar yang tidak tertampung di panti sosial", "lanjut usia terlantar", 'N', 'P', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63", "DEMO-2025-022", "DISNAKERTRANS", "BUKA BANUA — Bursa Kerja Banua Daring", "2.07", NULL, "informasi lowongan kerja yang tidak sampai kepada pencari kerja di daerah", "pencari kerja dan perusahaan", 'D', 'P', 'a', { S_TERIMA, S_KIRIM }, 0 },
  { "63", "DEMO-2026-026", "DISNAKERTRANS", "VOKASI KELILING — Pelatihan Keterampilan untuk Pencari Kerja Desa", "2.07", "3.32", "keterampilan pencari kerja di desa yang tidak sesuai kebutuhan pasar kerja", "pencari kerja usia muda di perdesaan", 'N', 'P', 'a', { S_NONE, S_KIRIM }, F_SHORT },
  { "63", "DEMO-2025-023", "DP3AKB", "RUMAH AMAN — Layanan Pengaduan Terpadu Perempuan dan Anak", "2.08", "1.06", "korban kekerasan terhadap perempuan dan anak yang tidak tahu ke mana harus melapor", "perempuan dan anak korban kekerasan", 'N', 'P', 'a', { S_TERIMA, S_KIRIM }, 0 },
  { "63", "DEMO-2026-027", "DP3AKB", "SAPA KELUARGA — Konseling Keluarga Berencana Daring", "2.14", NULL, "rendahnya akses pasangan usia subur terhadap konseling keluarga berencana", "pasangan usia subur", 'D', 'P', 'a', { S_NONE, S_SIAP }, 0 },
  { "63", "DEMO-2025-024", "DPKP", "SI-TANI CERDAS — Kalender Tanam dan Informasi Harga Gabah", "3.27", "2.09", "petani yang menanam tidak serempak dan menjual gabah di bawah harga wajar", "petani padi dan kelompok tani", 'D', 'L', 'a', { S_TERIMA, S_TERIMA }, 0 },
  { "63", "DEMO-2025-025", "DPKP", "LUMPIT — Lumbung Pangan Desa Terpantau", "2.09", NULL, "cadangan pangan desa yang tidak tercatat dan cepat habis saat paceklik", "rumah tangga rawan pangan di desa", 'N', 'L', 'e', { S_TERIMA, S_KIRIM }, F_DESA },
  { "63", "DEMO-2026-028", "DPKP", "KLINIK HAMA Keliling — Pengendalian Hama Padi Rawa", "3.27", NULL, "serangan hama padi rawa yang terlambat dikenali petani", "petani padi lahan rawa", 'N', 'L', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63", "DEMO-2025-026", "DLH", "BASADI — Bank Sampah Digital Banua", "2.11", NULL, "sampah rumah tangga yang tidak terpilah dan menumpuk di tempat pembuangan akhir", "nasabah bank sampah dan rumah tangga", 'D', 'L', 'e', { S_TERIMA, S_SIAP }, 0 },
  { "63", "DEMO-2026-029", "DLH", "SUNGAI BERSIH Kita — Pemantauan Kualitas Air Sungai Daring", "2.11", NULL, "pencemaran sungai yang terlambat diketahui karena pemantauan masih manual", "masyarakat pengguna air sungai", 'D', 'L', 'f', { S_NONE, S_KIRIM }, 0 },
  { "63", "DEMO-2025-027", "DISDUKCAPIL", "JEBOL — Jemput Bola Dokumen Kependudukan di Lapas dan Panti", "2.12", "1.06", "warga binaan dan penghuni panti yang tidak memiliki dokumen kependudukan", "warga binaan pemasyarakatan dan penghuni panti sosial", 'N', 'P', 'a', { S_TERIMA, S_KIRIM }, 0 },
  { "63", "DEMO-2026-030", "DISDUKCAPIL", "AKTA KILAT — Akta Kelahiran Terbit di Rumah Sakit", "2.12", "1.02", "bayi baru lahir yang lama tidak memiliki akta kelahiran", "orang tua bayi baru lahir", 'D', 'P', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63", "DEMO-2025-028", "DPMD", "DEDIMAN — Desa Digital Mandiri", "2.13", "2.16", "profil dan data potensi desa yang tidak tersedia secara daring", "perangkat desa dan masyarakat desa", 'D', 'T', 'b', { S_TERIMA, S_KIRIM }, F_DESA },
  { "63", "DEMO-2026-031", "DPMD", "BUMDES NAIK KELAS — Klinik Usaha Badan Usaha Milik Desa", "2.13", "2.17", "badan usaha milik desa yang belum menghasilkan pendapatan asli desa", "pengelola badan usaha milik desa", 'N', 'L', 'd', { S_NONE, S_DRAF }, F_DESA },
  { "63", "DEMO-2025-029", "DISHUB", "BUSTER — Bus Sekolah Gratis Terjadwal", "2.15", "1.01", "biaya dan keselamatan perjalanan pelajar ke sekolah", "pelajar SMA dan SMK", 'N', 'P', 'a', { S_TOLAK, S_KIRIM }, 0 },
  { "63", "DEMO-2026-032", "DISHUB", "SI-KAPAL — Informasi Jadwal Kapal Penyeberangan Daring", "2.15", NULL, "penumpang kapal penyeberangan yang tidak mendapat kepastian jadwal", "penumpang kapal penyeberangan", 'D', 'P', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63", "DEMO-2025-030", "DISKOMINFO", "SATU DATA BANUA — Portal Data Terbuka Provinsi", "2.16", "2.20", "data sektoral yang berbeda-beda antarperangkat daerah", "perangkat daerah, peneliti, dan masyarakat", 'D', 'T', 'a', { S_TERIMA, S_TERIMA }, 0 },
  { "63", "DEMO-2026-033", "DISKOMINFO", "LAPOR BANUA — Kanal Pengaduan Masyarakat Terintegrasi", "2.16", NULL, "pengaduan masyarakat yang tersebar di banyak kanal dan tidak terpantau tindak lanjutnya", "masyarakat pengadu", 'D', 'P', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63", "DEMO-2026-034", "DISKOMINFO", "SUPER-APP BANUA — Layanan Publik dalam Satu Aplikasi", "2.16", "5.01", "banyaknya aplikasi layanan publik yang harus dipasang warga", "masyarakat pengguna layanan publik daring", 'D', 'P', 'a', { S_NONE, S_KIRIM }, F_INISIATIF },
  { "63", "DEMO-2025-031", "DISKOPUKM", "UMKM GO DIGITAL Banua — Pendampingan Pemasaran Daring", "2.17", NULL, "produk UMKM yang sulit menjangkau pembeli di luar daerah", "pelaku usaha mikro dan kecil", 'D', 'L', 'e', { S_TERIMA, S_KIRIM }, 0 },
  { "63", "DEMO-2026-035", "DISKOPUKM", "KERTAS — Kredit Bergulir Tanpa Agunan untuk Usaha Mikro", "2.17", NULL, "usaha mikro yang tidak dapat mengakses kredit karena tidak memiliki agunan", "pelaku usaha mikro", 'N', 'L', 'd', { S_NONE, S_TOLAK }, 0 },
  { "63", "DEMO-2025-032", "DPMPTSP", "PERIGI — Perizinan dalam Genggaman", "2.18", NULL, "proses perizinan yang panjang dan mengharuskan pemohon datang berkali-kali", "pemohon izin dan pelaku usaha", 'D', 'P', 'a', { S_TERIMA, S_TERIMA }, 0 },
  { "63", "DEMO-2026-036", "DPMPTSP", "KLINIK INVESTASI — Pendampingan Investor Pemula", "2.18", NULL, "calon investor yang tidak memahami prosedur penanaman modal di daerah", "calon investor dan pelaku usaha", 'N', 'P', 'a', { S_NONE, S_KIRIM }, F_OLD },
  { "63", "DEMO-2025-033", "DISPORA", "AMANAT — Atlet Muda Terpantau", "2.19", NULL, "pembinaan atlet muda berbakat yang tidak berkelanjutan", "atlet pelajar", 'D', 'L', 'a', { S_TERIMA, S_NONE }, F_SHORT },
  { "63", "DEMO-2025-034", "DISPERSIP", "PUSLING SUNGAI — Perpustakaan Keliling Sungai", "2.23", "1.01", "rendahnya akses bahan bacaan bagi anak di desa-desa tepian sungai", "anak-anak dan warga desa tepian sungai", 'N', 'P', 'a', { S_TERIMA, S_KIRIM }, 0 },
  { "63", "DEMO-2026-037", "DISPERSIP", "ARDI — Arsip Digital Desa", "2.24", "2.13", "arsip pemerintahan desa yang rusak dan hilang karena disimpan seadanya", "perangkat desa", 'D', 'T', 'b', { S_NONE, S_SIAP }, F_DESA },
  { "63", "DEMO-2025-035", "DKP", "NESTA — Kartu Nelayan Sejahtera Digital", "3.25", NULL, "nelayan kecil yang belum terdata sehingga tidak menerima program bantuan", "nelayan kecil", 'D', 'L', 'a', { S_TERIMA, S_KIRIM }, 0 },
  { "63", "DEMO-2026-038", "DKP", "BIOFLOK PEREMPUAN — Budidaya Ikan Sistem Bioflok untuk Kelompok Perempuan", "3.25", "2.08", "pendapatan keluarga pesisir yang rendah dan bergantung pada hasil tangkapan", "kelompok perempuan di desa pesisir", 'N', 'L', 'e', { S_NONE, S_KIRIM }, 0 },
  { "63", "DEMO-2025-036", "DISPAR", "PASAR TERAPUNG Digital — Promosi Wisata Sungai Terpadu", "3.26", "2.16", "promosi wisata sungai yang belum terpadu dan kurang menjangkau wisatawan", "pelaku wisata dan wisatawan", 'D', 'L', 'd', { S_TERIMA, S_SIAP }, 0 },
  { "63", "DEMO-2026-039", "DISPAR", "DESA WISATA Naik Kelas — Pendampingan Homestay", "3.26", "2.13", "kualitas layanan homestay desa wisata yang belum memenuhi standar", "pengelola desa wisata dan pemilik homestay", 'N', 'L', 'd', { S_NONE, S_KIRIM }, F_NO_VIDEO },
  { "63", "DEMO-2025-037", "DISHUT", "PAGAR GAMBUT — Patroli Gambut Berbasis Drone", "3.28", "2.11", "titik api di lahan gambut yang terlambat terdeteksi", "masyarakat peduli api dan petugas kehutanan", 'D', 'L', 'f', { S_TERIMA, S_KIRIM }, 0 },
  { "63", "DEMO-2026-040", "DISHUT", "PERSEMAIAN RAKYAT — Bibit Gratis untuk Rehabilitasi Lahan Kritis", "3.28", NULL, "luasnya lahan kritis yang belum direhabilitasi", "kelompok tani hutan", 'N', 'L', 'e', { S_NONE, S_DRAF }, 0 },
  { "63", "DEMO-2025-038", "DISDAG", "HAPASARI — Harga Pasar Hari Ini", "3.30", "2.09", "informasi harga bahan pokok yang tidak seragam antarpasar", "konsumen dan pedagang pasar", 'D', 'L', 'a', { S_TERIMA, S_KIRIM }, 0 },
  { "63", "DEMO-2026-041", "DISDAG", "TERA ULANG Keliling — Layanan Metrologi di Pasar Desa", "3.30", NULL, "timbangan pedagang pasar desa yang tidak pernah ditera ulang", "pedagang dan konsumen pasar desa", 'N', 'P', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63", "DEMO-2025-039", "DISBUNNAK", "SAPI SEHAT — Inseminasi Buatan Terjadwal", "3.27", NULL, "angka kelahiran sapi potong yang rendah di tingkat peternak", "peternak sapi potong", 'N', 'L', 'e', { S_TERIMA, S_NONE }, 0 },
  { "63", "DEMO-2025-040", "DESDM", "PLTS DESA — Pemantauan Listrik Surya Desa Terpencil", "3.29", NULL, "pembangkit listrik tenaga surya desa terpencil yang rusak tanpa terpantau", "rumah tangga di desa terpencil", 'D', 'L', 'a', { S_TERIMA, S_NONE }, F_DESA },
  { "63", "DEMO-2025-041", "DISPERIN", "RUMAKU — Rumah Kemasan UMKM", "3.31", "2.17", "kemasan produk industri kecil yang kurang menarik dan tidak berlabel", "pelaku industri kecil dan menengah", 'N', 'L', 'e', { S_TERIMA, S_NONE }, 0 },
  { "63", "DEMO-2025-042", "KESBANGPOL", "FORUM KEBANGSAAN Pelajar", "0.00", NULL, "rendahnya pemahaman wawasan kebangsaan di kalangan pelajar", "pelajar SMA dan SMK", 'N', 'L', 'a', { S_TOLAK, S_NONE }, 0 },
  { "63", "DEMO-2025-043", "SETWAN", "E-ASPIRASI Dewan — Penyampaian Aspirasi Masyarakat Daring", "0.00", NULL, "aspirasi masyarakat kepada DPRD yang tidak terdokumentasi", "masyarakat dan anggota DPRD", 'D', 'T', 'a', { S_DRAF, S_NONE }, 0 },

  { "63.06", "DEMO-2026-141", "DISTAN", "TASERA — Tanam Serentak Padi Rawa", "3.27", NULL, "jadwal tanam yang tidak serempak sehingga serangan hama meluas", "petani padi rawa", 'N', 'L', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63.06", "DEMO-2026-142", "DINKES", "BIDASI — Bidan Desa Siaga 24 Jam", "1.02", NULL, "persalinan di desa yang tidak didampingi tenaga kesehatan", "ibu hamil di desa", 'N', 'P', 'a', { S_NONE, S_KIRIM }, F_DESA },
  { "63.06", "DEMO-2026-143", "DISDUKCAPIL", "ANAKSE — Akta Nikah dan Kelahiran Sekaligus", "2.12", NULL, "pasangan yang harus mengurus dokumen pernikahan dan kelahiran secara terpisah", "pasangan suami istri dan orang tua bayi", 'D', 'P', 'a', { S_NONE, S_SIAP }, 0 },

  { "63.09", "DEMO-2026-101", "DINKES", "POSYANDU PINTAR — Pencatatan Tumbuh Kembang Balita Daring", "1.02", "2.14", "pencatatan tumbuh kembang balita di posyandu yang masih manual", "balita dan kader posyandu", 'D', 'P', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63.09", "DEMO-2026-102", "DISDIK", "SIALI — Sekolah Siaga Literasi Desa", "1.01", "2.23", "rendahnya minat baca murid sekolah dasar di desa", "murid sekolah dasar", 'N', 'P', 'b', { S_NONE, S_KIRIM }, 0 },
  { "63.09", "DEMO-2026-103", "DISDUKCAPIL", "DUKSADE — Dokumen Kependudukan Sampai Desa", "2.12", NULL, "warga desa yang harus menempuh jarak jauh untuk mengurus dokumen kependudukan", "warga desa", 'N', 'P', 'a', { S_NONE, S_SIAP }, 0 },
  { "63.09", "DEMO-2026-104", "DISKOMINFO", "TASLA — Tabalong Satu Layanan", "2.16", "5.01", "layanan daring pemerintah kabupaten yang terpisah-pisah", "masyarakat pengguna layanan publik", 'D', 'P', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63.09", "DEMO-2026-105", "DPUPR", "JADEMUS — Jalan Desa Mulus Terpantau", "1.03", NULL, "kerusakan jalan desa yang tidak terdata", "pengguna jalan desa", 'D', 'P', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63.09", "DEMO-2026-106", "DINSOS", "PEDIS — Peduli Disabilitas Terpadu", "1.06", NULL, "penyandang disabilitas yang belum terdata dan belum menerima layanan", "penyandang disabilitas", 'N', 'P', 'a', { S_NONE, S_SIAP }, 0 },
  { "63.09", "DEMO-2026-107", "SATPOLPP", "RONDA DIGITAL Kampung", "1.05", NULL, "laporan gangguan ketertiban di kampung yang lambat sampai ke petugas", "warga kampung", 'D', 'P', 'a', { S_NONE, S_KIRIM }, 0 },

  { "63.71", "DEMO-2026-121", "DINKES", "PUSTARA — Puskesmas Tanpa Antre", "1.02", NULL, "antrean pasien puskesmas yang panjang sejak pagi", "pasien puskesmas", 'D', 'P', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63.71", "DEMO-2026-122", "DISDIK", "KAS — Kelas Anak Sungai", "1.01", NULL, "anak-anak di kampung sungai yang tertinggal pelajaran", "murid sekolah dasar di kampung sungai", 'N', 'P', 'a', { S_NONE, S_KIRIM }, 0 },
  { "63.71", "DEMO-2026-123", "DISPERKIM", "KASIH — Kampung Sungai Bersih", "1.04", "2.11", "permukiman bantaran sungai yang kumuh", "warga permukiman bantaran sungai", 'N', 'P', 'b', { S_NONE, S_KIRIM }, 0 },
  { "63.71", "DEMO-2026-124", "DLH", "SAJABE — Sampah Jadi Berkah", "2.11", NULL, "sampah rumah tangga yang dibuang ke sungai", "rumah tangga dan nasabah bank sampah", 'N', 'L', 'e', { S_NONE, S_KIRIM }, 0 },
  { "63.71", "DEMO-2026-125", "DISHUB", "PARNOTA — Parkir Nontunai Kota", "2.15", NULL, "kebocoran retribusi parkir tepi jalan", "pengguna parkir tepi jalan", 'D', 'T', 'd', { S_NONE, S_SIAP }, 0 },
  { "63.71", "DEMO-2026-126", "DPMPTSP", "IKU — Izin Kilat UMKM", "2.18", "2.17", "izin usaha mikro yang lama terbit", "pelaku usaha mikro", 'D', 'P', 'a', { S_NONE, S_KIRIM }, 0 },
};

/* SPD answers: a level for choice rows, the raw value or category code for
 * the others. Columns: the province in INOVDA_DEMO_YEAR and PREVIOUS_YEAR,
 * then the kabupaten/kota with data in INOVDA_DEMO_YEAR. */
enum
{
  SPD_PROVINCE,
  SPD_PROVINCE_PREVIOUS,
  SPD_HSS,
  SPD_TABALONG,
  SPD_BANJARMASIN,
  N_SPD_SETS
};

typedef struct
{
  const char *indicator;
  const char *answer[N_SPD_SETS];
  int drop; /* levels the verification takes off */
} DemoSpd;

static const DemoSpd spd_answers[] = {
  { "1", { "3", "3", "2", "3", "3" }, 0 },
  { "2a", { "3", "2", "3", "3", "2" }, 0 },
  { "2b", { "2", "2", "2", "3", "2" }, 0 },
  { "3", { "3,42", "-4,10", "5,20", "12,50", "9,80" }, 0 },
  { "4", { "4,61", "3,95", "4,20", "5,60", "4,90" }, 0 },
  { "5a", { "0,21", "0,08", "0,30", "0,45", "0,12" }, 0 },
  { "5b", { "4,48", "4,69", "3,10", "2,95", "6,05" }, 0 },
  { "6", { "18,40", "11,20", "25,00", "96,30", "14,70" }, 0 },
  { "7", { "7,95", "5,30", "9,10", "12,40", "6,60" }, 0 },
  { "8", { "WTP", "WTP", "WTP", "WTP", "WTP" }, 0 },
  { "9", { "B", "B", "B", "A", "B" }, 0 },
  { "10a", { "0,35", "0,21", "0,15", "0,05", "0,40" }, 0 },
  { "10b", { "4,02", "4,11", "2,35", "4,75", "4,40" }, 0 },
  { "11a", { "0,78", "0,69", "0,80", "0,95", "0,71" }, 0 },
  { "11b", { "73,24", "72,46", "71,10", "72,80", "78,90" }, 0 },
  { "12", { "2", "1", "1", "3", "2" }, 1 },
  { "13a", { "5", "3", "2", "8", "4" }, 1 },
  { "13b", { "BAIK", "BAIK", "CUKUP", "BAIK", "BAIK" }, 0 },
  { "14", { "2", "1", "1", "2", "1" }, 1 },
  { "15", { "2", "2", "1", "2", "1" }, 0 },
};

typedef struct
{
  const char *indicator;
  const char *nomor;   /* {Y}: the year before the assessment */
  const char *tanggal; /* month and day, the year before the assessment */
  const char *tentang;
  gboolean link;
} DemoSpdEvidence;

static const DemoSpdEvidence spd_evidence[] = {
  { "1", "Nomor 3 Tahun {Y}", "04-15", "Rencana Pembangunan Jangka Menengah Daerah Provinsi Kalimantan Selatan", FALSE },
  { "3", NULL, NULL, "Rekapitulasi izin terbit DPMPTSP", TRUE },
  { "8", "21.A/LHP/XIX.BJM/05/{Y}", "05-23", "Laporan Hasil Pemeriksaan atas Laporan Keuangan Pemerintah Daerah", FALSE },
  { "9", "B/412/M.AA.05/{Y}", "12-09", "Hasil Evaluasi Akuntabilitas Kinerja Instansi Pemerintah", FALSE },
  { "12", "100.3.3.1/0590/KUM/{Y}", "11-10", "Pemberian Penghargaan bagi Inovator Daerah", FALSE },
  { "13a", "000.9/118/BRIDA/{Y}", "08-26", "Rekomendasi Kebijakan Hasil Kajian Badan Riset dan Inovasi Daerah", FALSE },
  { "14", NULL, NULL, "Rencana Induk dan Peta Jalan Pemajuan Iptek Daerah", TRUE },
};

/* Evidence of SID indicators other than 16 (regulation, handled apart). */
typedef struct
{
  const char *indicator;
  const char *prefix; /* nomor surat classification, NULL when no letter */
  const char *tentang;
  gboolean link;
} DemoSidEvidence;

static const DemoSidEvidence sid_evidence[] = {
  { "17", "800.1.11.1", "Penetapan Tim Pelaksana Inovasi %N", FALSE },
  { "18", "900.1.3", "Dokumen Pelaksanaan Anggaran yang memuat kegiatan %N", FALSE },
  { "19", NULL, "Dokumentasi alat kerja %N", FALSE },
  { "20", "800.1.5", "Laporan bimbingan teknis %N", FALSE },
  { "21", "050", "Kutipan RKPD yang memuat program %N", FALSE },
  { "22", "000.7.2", "Perjanjian kerja sama pelaksanaan %N", FALSE },
  { "23", "800.1.11.1", "Surat perintah pelaksana %N", FALSE },
  { "24", "800.1.11.1", "Penugasan jejaring perangkat daerah %N", FALSE },
  { "25", NULL, "Publikasi sosialisasi %N", TRUE },
  { "26", NULL, "Pedoman teknis %N", FALSE },
  { "27", NULL, "Kanal informasi layanan %N", TRUE },
  { "28", "000.8.3", "Standar operasional prosedur %N", FALSE },
  { "29", NULL, "Rekapitulasi penyelesaian pengaduan %N", FALSE },
  { "30", NULL, "Integrasi layanan %N", TRUE },
  { "31", "000.7.2", "Kesepakatan replikasi %N", FALSE },
  { "32", NULL, "Laporan tahapan penciptaan %N", FALSE },
  { "33", NULL, "Rekapitulasi kemanfaatan %N", FALSE },
  { "34", "700.1.2", "Laporan monitoring dan evaluasi %N", FALSE },
  { "35", NULL, "Video inovasi %N", TRUE },
};

/* Asta Cita item and PKPN klaster by urusan utama; others get "7" and
 * "non-pkpn". */
typedef struct
{
  const char *urusan;
  const char *asta_cita;
  const char *pkpn;
} DemoTheme;

static const DemoTheme themes[] = {
  { "1.01", "4", "pendidikan" },
  { "1.02", "4", "kesehatan" },
  { "1.03", "3", "infrastruktur-perumahan-bencana" },
  { "1.04", "3", "infrastruktur-perumahan-bencana" },
  { "1.05", "3", "infrastruktur-perumahan-bencana" },
  { "1.06", "6", "penurunan-kemiskinan" },
  { "2.07", "3", "ekonomi-kerakyatan-desa" },
  { "2.08", "4", "non-pkpn" },
  { "2.09", "2", "kedaulatan-pangan" },
  { "2.11", "8", "non-pkpn" },
  { "2.13", "6", "ekonomi-kerakyatan-desa" },
  { "2.14", "4", "kesehatan" },
  { "2.16", "2", "non-pkpn" },
  { "2.17", "3", "ekonomi-kerakyatan-desa" },
  { "2.18", "3", "non-pkpn" },
  { "2.19", "4", "non-pkpn" },
  { "2.22", "8", "non-pkpn" },
  { "2.23", "4", "pendidikan" },
  { "3.25", "2", "kedaulatan-pangan" },
  { "3.26", "3", "ekonomi-kerakyatan-desa" },
  { "3.27", "2", "kedaulatan-pangan" },
  { "3.28", "8", "non-pkpn" },
  { "3.29", "2", "kemandirian-energi-air" },
  { "3.30", "5", "hilirisasi-industrialisasi" },
  { "3.31", "5", "hilirisasi-industrialisasi" },
  { "5.04", "4", "pendidikan" },
  { "5.05", "4", "non-pkpn" },
};

/* Sentence pools for the rancang bangun. %N the innovation, %U the unit,
 * %M the problem, %S the beneficiaries, %L the location. */
static const char *const latar[] = {
  "Selama beberapa tahun terakhir %U menghadapi persoalan %M, yang berdampak langsung pada mutu layanan bagi %S.",
  "Hasil evaluasi internal dan masukan dari forum konsultasi publik menunjukkan bahwa persoalan tersebut tidak dapat diselesaikan dengan cara kerja yang selama ini digunakan.",
  "Keluhan yang masuk melalui kanal pengaduan memperlihatkan pola yang sama dari tahun ke tahun, terutama dari wilayah yang jauh dari pusat pelayanan.",
  "Kondisi geografis Kalimantan Selatan yang terdiri atas daratan, rawa, pegunungan, dan daerah aliran sungai membuat jangkauan layanan tidak merata antarwilayah.",
  "Di sisi lain, keterbatasan anggaran dan jumlah pegawai menuntut cara kerja yang lebih efisien tanpa menurunkan kualitas layanan kepada masyarakat.",
  "Pemetaan masalah yang dilakukan bersama pemangku kepentingan di %L menempatkan persoalan ini sebagai prioritas yang perlu segera ditangani.",
};

static const char *const gagasan[] = {
  "Untuk menjawab persoalan tersebut, %U menggagas %N sebagai cara baru yang lebih sederhana, lebih cepat, dan dapat dipantau oleh pimpinan maupun masyarakat.",
  "Gagasan ini lahir dari diskusi tim pelaksana dengan pengguna layanan, akademisi, dan perangkat daerah terkait, lalu disempurnakan melalui uji coba terbatas sebelum diterapkan lebih luas.",
  "%N dirancang agar dapat dijalankan dengan sumber daya yang sudah tersedia dan tidak bergantung pada satu orang pelaksana saja.",
  "Inovasi ini tidak sekadar memindahkan prosedur lama ke bentuk baru, tetapi menata ulang alur kerja sehingga langkah yang tidak memberi nilai tambah dihapus.",
  "Rancangan %N mengacu pada prinsip pelayanan publik yang mudah, murah, cepat, dan transparan sebagaimana diamanatkan peraturan perundang-undangan.",
};

static const char *const cara_digital[] = {
  "Pengguna mengakses layanan melalui aplikasi dan laman web yang terhubung dengan basis data %U, sehingga setiap permohonan tercatat sejak langkah pertama.",
  "Setiap permohonan mendapat nomor pelacakan, dan status penyelesaiannya dapat dipantau oleh pengguna maupun pimpinan melalui dasbor yang diperbarui setiap hari.",
  "Petugas menerima notifikasi otomatis ketika ada permohonan baru atau ketika tenggat penyelesaian hampir terlampaui.",
  "Data yang terkumpul diolah menjadi laporan bulanan yang digunakan untuk evaluasi kinerja dan perencanaan kegiatan tahun berikutnya.",
  "Bagi pengguna yang belum terbiasa dengan layanan daring, petugas tetap menyediakan pendampingan langsung di kantor layanan dan melalui telepon.",
  "Keamanan data dijaga dengan hak akses bertingkat, pencadangan berkala, dan pencatatan setiap perubahan data oleh petugas.",
};

static const char *const cara_manual[] = {
  "Tim pelaksana turun langsung ke lokasi sasaran dengan jadwal yang diumumkan sebelumnya melalui kecamatan, desa, dan media sosial resmi %U.",
  "Setiap kegiatan dicatat dalam buku register dan direkapitulasi setiap bulan sebagai bahan evaluasi dan pelaporan kepada pimpinan.",
  "Pelaksanaan kegiatan melibatkan kader, tokoh masyarakat, dan perangkat desa sehingga pesan dan manfaat inovasi diterima dengan baik oleh %S.",
  "Standar operasional prosedur disusun secara tertulis dengan batas waktu layanan yang jelas untuk setiap tahapan.",
  "Masukan dari penerima manfaat dikumpulkan pada akhir setiap kegiatan dan digunakan untuk memperbaiki pelaksanaan berikutnya.",
  "Petugas pelaksana mendapat pelatihan singkat dan buku saku agar cara kerja di setiap lokasi seragam.",
};

static const char *const dampak[] = {
  "Keunggulan %N terletak pada kesederhanaan prosedur, kepastian waktu layanan, dan keterbukaan informasi bagi %S.",
  "Sejak diterapkan, waktu penyelesaian layanan menjadi lebih singkat dan jumlah keluhan berkurang dibandingkan periode sebelumnya.",
  "Inovasi ini juga mendorong koordinasi yang lebih baik antarbidang dan antarperangkat daerah karena data yang digunakan bersumber dari satu tempat.",
  "Biaya yang harus dikeluarkan masyarakat untuk memperoleh layanan berkurang karena mereka tidak perlu lagi datang berulang kali ke kantor.",
  "Capaian inovasi dipantau dengan indikator kinerja yang terukur dan dilaporkan secara berkala kepada kepala daerah.",
};

static const char *const lanjut[] = {
  "Keberlanjutan %N dijamin melalui penganggaran dalam dokumen perencanaan daerah dan penetapan tim pelaksana dengan keputusan pimpinan.",
  "Ke depan, inovasi ini direncanakan untuk diperluas ke kabupaten dan kota lain di Kalimantan Selatan serta diintegrasikan dengan layanan perangkat daerah lainnya.",
  "Pedoman pelaksanaan dan materi pelatihan telah disusun agar inovasi mudah direplikasi oleh perangkat daerah maupun pemerintah daerah lain.",
  "Monitoring dan evaluasi dilakukan setiap semester untuk memastikan %N tetap relevan dengan kebutuhan %S.",
  "Tim pelaksana juga menyiapkan kader pengganti sehingga inovasi tetap berjalan ketika terjadi mutasi pegawai.",
};

static const char *const pengembangan[] = {
  "ditambah fitur pengaduan daring dan notifikasi status layanan bagi pengguna.",
  "diperluas dari tiga menjadi sembilan kabupaten/kota di Kalimantan Selatan.",
  "diintegrasikan dengan portal Satu Data Banua dan layanan perangkat daerah lain.",
  "disederhanakan alur layanannya dari tujuh menjadi empat langkah dengan batas waktu yang pasti.",
  "ditambah kanal layanan melalui pesan singkat dan layanan jemput bola ke desa.",
};

typedef struct
{
  InovdaPortfolio *portfolio;
  GRand *rng;
  InovdaCatalogue *catalogues[2]; /* PREVIOUS_YEAR, INOVDA_DEMO_YEAR */
  gint64 unit_ids[G_N_ELEMENTS (units)];
  guint serial;
} Demo;

typedef struct
{
  const char *nama;    /* %N */
  const char *unit;    /* %U */
  const char *masalah; /* %M */
  const char *sasaran; /* %S */
  const char *lokasi;  /* %L */
} Subst;

static int
year_of (guint slot)
{
  return slot == 0 ? PREVIOUS_YEAR : INOVDA_DEMO_YEAR;
}

static int
rand_range (Demo *demo,
            int from,
            int to)
{
  return g_rand_int_range (demo->rng, from, to + 1);
}

static gboolean
chance (Demo *demo,
        int percent)
{
  return g_rand_int_range (demo->rng, 0, 100) < percent;
}

static const DemoRegion *
find_region (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    if (g_str_equal (regions[i].code, code))
      return &regions[i];
  g_return_val_if_reached (NULL);
}

static guint
find_unit (const char *region,
           const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_str_equal (units[i].region, region) && g_str_equal (units[i].code, code))
      return i;
  g_return_val_if_reached (0);
}

static char *
short_name (const char *name)
{
  const char *dash = strstr (name, " — ");

  return dash != NULL ? g_strndup (name, dash - name) : g_strdup (name);
}

static char *
format_micro (int value)
{
  guint magnitude = (guint) ABS (value);

  return g_strdup_printf ("%s%u.%06u", value < 0 ? "-" : "", magnitude / 1000000, magnitude % 1000000);
}

/* A count with the Indonesian thousands separator: 12.500. */
static char *
format_count (int count)
{
  if (count < 1000)
    return g_strdup_printf ("%d", count);
  return g_strdup_printf ("%d.%03d", count / 1000, count % 1000);
}

static char *
format_date (int year,
             int month,
             int day)
{
  while (month < 1)
    {
      month += 12;
      year--;
    }
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* Arguments are evaluated in no fixed order: every draw is a statement of
 * its own so the sequence, and so the demo, is the same with any compiler. */
static char *
random_date (Demo *demo,
             int year,
             int first_month,
             int last_month)
{
  int month = rand_range (demo, first_month, last_month);
  int day = rand_range (demo, 1, 28);

  return format_date (year, month, day);
}

static void
expand (GString *out,
        const char *template,
        const Subst *subst)
{
  for (const char *p = template; *p != '\0'; p++)
    {
      const char *value = NULL;

      if (*p == '%')
        {
          switch (p[1])
            {
            case 'N':
              value = subst->nama;
              break;
            case 'U':
              value = subst->unit;
              break;
            case 'M':
              value = subst->masalah;
              break;
            case 'S':
              value = subst->sasaran;
              break;
            case 'L':
              value = subst->lokasi;
              break;
            default:
              break;
            }
        }
      if (value != NULL)
        {
          g_string_append (out, value);
          p++;
        }
      else
        g_string_append_c (out, *p);
    }
}

/* Appends @count sentences of @pool, in pool order, chosen at random. */
static void
append_sentences (Demo *demo,
                  GString *out,
                  const Subst *subst,
                  const char *const *pool,
                  guint n_pool,
                  guint count)
{
  guint needed = MIN (count, n_pool);

  for (guint i = 0; i < n_pool && needed > 0; i++)
    {
      if ((guint) g_rand_int_range (demo->rng, 0, (gint32) (n_pool - i)) >= needed)
        continue;
      if (out->len > 0 && out->str[out->len - 1] != '\n' && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
      expand (out, pool[i], subst);
      needed--;
    }
}

#define APPEND(demo, out, subst, pool, count) \
  append_sentences (demo, out, subst, pool, G_N_ELEMENTS (pool), count)

static char *
make_rancang_bangun (Demo *demo,
                     const DemoInnovation *row,
                     const Subst *subst)
{
  GString *text = g_string_new (FICTION);
  gboolean digital = row->jenis == 'D';
  const char *const *cara = digital ? cara_digital : cara_manual;
  guint n_cara = digital ? G_N_ELEMENTS (cara_digital) : G_N_ELEMENTS (cara_manual);

  if (row->flags & F_SHORT)
    {
      APPEND (demo, text, subst, latar, 2);
      g_string_append (text, "\n\n");
      APPEND (demo, text, subst, gagasan, 2);
      append_sentences (demo, text, subst, cara, n_cara, 2);
      return g_string_free (text, FALSE);
    }

  APPEND (demo, text, subst, latar, 4);
  g_string_append (text, "\n\n");
  APPEND (demo, text, subst, gagasan, 3);
  g_string_append (text, "\n\n");
  append_sentences (demo, text, subst, cara, n_cara, 4);
  g_string_append (text, "\n\n");
  APPEND (demo, text, subst, dampak, 3);
  g_string_append (text, "\n\n");
  APPEND (demo, text, subst, lanjut, 3);

  for (guint i = 0; inovda_count_words (text->str) < MIN_WORDS; i++)
    {
      g_string_append_c (text, ' ');
      expand (text, dampak[i % G_N_ELEMENTS (dampak)], subst);
    }
  return g_string_free (text, FALSE);
}

/* A one-page PDF with the given lines in Helvetica. */
static GBytes *
make_pdf (const char *const *lines)
{
  GString *content = g_string_new ("BT /F1 11 Tf 56 780 Td 15 TL\n");
  GString *pdf = g_string_new ("%PDF-1.4\n");
  gsize offsets[5];
  gsize xref;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *ascii = g_str_to_ascii (lines[i], "C");

      g_string_append_c (content, '(');
      for (const char *p = ascii; *p != '\0'; p++)
        {
          if (*p == '(' || *p == ')' || *p == '\\')
            g_string_append_c (content, '\\');
          g_string_append_c (content, *p);
        }
      g_string_append (content, ") Tj T*\n");
    }
  g_string_append (content, "ET\n");

  offsets[0] = pdf->len;
  g_string_append (pdf, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
  offsets[1] = pdf->len;
  g_string_append (pdf, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
  offsets[2] = pdf->len;
  g_string_append (pdf, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>\nendobj\n");
  offsets[3] = pdf->len;
  g_string_append (pdf, "4 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n");
  offsets[4] = pdf->len;
  g_string_append_printf (pdf, "5 0 obj\n<< /Length %" G_GSIZE_FORMAT " >>\nstream\n%s\nendstream\nendobj\n",
                          content->len, content->str);
  xref = pdf->len;
  g_string_append (pdf, "xref\n0 6\n0000000000 65535 f \n");
  for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
    g_string_append_printf (pdf, "%010" G_GSIZE_FORMAT " 00000 n \n", offsets[i]);
  g_string_append_printf (pdf, "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n", xref);

  g_string_free (content, TRUE);
  return g_string_free_to_bytes (pdf);
}

static GBytes *
make_document (const char *title,
               const char *nomor,
               const char *tanggal,
               const char *tentang,
               const char *subject)
{
  g_autofree char *nomor_line = g_strdup_printf ("Nomor: %s", nomor != NULL ? nomor : "-");
  g_autofree char *tanggal_line = g_strdup_printf ("Tanggal: %s", tanggal != NULL ? tanggal : "-");
  g_autofree char *tentang_line = g_strdup_printf ("Tentang: %s", tentang);
  const char *lines[] = {
    "[Contoh fiktif] Dokumen demo Inovda - bukan dokumen resmi",
    "",
    title,
    nomor_line,
    tanggal_line,
    tentang_line,
    "",
    subject != NULL ? subject : "",
    NULL,
  };

  return make_pdf (lines);
}

static char *
kepala_daerah (const DemoRegion *region)
{
  switch (region->level)
    {
    case INOVDA_REGION_PROVINSI:
      return g_strdup ("Gubernur Kalimantan Selatan");
    case INOVDA_REGION_KABUPATEN:
      return g_strconcat ("Bupati ", region->name + strlen ("Kabupaten "), NULL);
    case INOVDA_REGION_KOTA:
      return g_strconcat ("Wali Kota ", region->name + strlen ("Kota "), NULL);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Indicator 16: the kepala daerah's decree listing the innovations (one
 * file per region and year, shared by all its innovations), and for the
 * higher levels the Perkada or Perda it rests on. */
static gboolean
add_regulation_evidence (Demo *demo,
                         const DemoInnovation *row,
                         gint64 id,
                         int year,
                         int level,
                         GError **error)
{
  const DemoRegion *region = find_region (row->region);
  guint region_index = (guint) (region - regions);
  g_autofree char *head = kepala_daerah (region);
  g_autofree char *title = NULL;
  g_autofree char *nomor = NULL;
  g_autofree char *tanggal = NULL;
  g_autofree char *tentang = NULL;
  g_autofree char *file = NULL;
  g_autoptr (GBytes) contents = NULL;

  if (level >= 2)
    {
      gboolean perda = level == 3;
      const char *regulation_nomor = perda ? "Nomor 4 Tahun 2022" : "Nomor 27 Tahun 2023";
      const char *regulation_tanggal = perda ? "2022-07-20" : "2023-09-04";
      const char *regulation_tentang = perda ? "Penyelenggaraan Inovasi Daerah" : "Pedoman Pengelolaan Inovasi Daerah";
      g_autofree char *regulation_title = perda ? g_strconcat ("Peraturan Daerah ", region->name, NULL)
                                                : g_strconcat ("Peraturan ", head, NULL);
      g_autofree char *regulation_file = g_strdup_printf ("%s-inovasi-daerah-%s.pdf", perda ? "perda" : "perkada", region->code);
      g_autoptr (GBytes) regulation = make_document (regulation_title, regulation_nomor, regulation_tanggal,
                                                     regulation_tentang, NULL);

      if (inovda_portfolio_add_sid_evidence (demo->portfolio, id, year, "16", regulation, regulation_file,
                                             regulation_nomor, regulation_tanggal, regulation_tentang,
                                             NULL, error) <= 0)
        return FALSE;
      if (!perda)
        return TRUE;
    }

  title = g_strconcat ("Keputusan ", head, NULL);
  nomor = g_strdup_printf ("100.3.3.1/%04u/KUM/%d", 412 + 17 * region_index + 5 * (guint) (year - PREVIOUS_YEAR), year - 1);
  tanggal = format_date (year - 1, 3, 17);
  tentang = g_strdup_printf ("Penetapan Inovasi Daerah %s Tahun %d", region->name, year - 1);
  file = g_strdup_printf ("sk-inovasi-daerah-%s-%d.pdf", region->code, year - 1);
  contents = make_document (title, nomor, tanggal, tentang, "Lampiran: daftar inovasi daerah yang ditetapkan");

  return inovda_portfolio_add_sid_evidence (demo->portfolio, id, year, "16", contents, file,
                                            nomor, tanggal, tentang, NULL, error) > 0;
}

static gboolean
add_indicator_evidence (Demo *demo,
                        const DemoInnovation *row,
                        const Subst *subst,
                        gint64 id,
                        int year,
                        const char *indicator,
                        int level,
                        GError **error)
{
  const DemoSidEvidence *kind = NULL;
  g_autofree char *nomor = NULL;
  g_autofree char *tanggal = NULL;
  g_autofree char *tentang = NULL;
  g_autofree char *file = NULL;
  g_autofree char *link = NULL;
  g_autofree char *uid = NULL;
  g_autoptr (GBytes) contents = NULL;
  GString *text;

  if (g_str_equal (indicator, "16"))
    return add_regulation_evidence (demo, row, id, year, level, error);

  for (guint i = 0; i < G_N_ELEMENTS (sid_evidence); i++)
    if (g_str_equal (sid_evidence[i].indicator, indicator))
      kind = &sid_evidence[i];
  if (kind == NULL)
    return TRUE;

  text = g_string_new (NULL);
  expand (text, kind->tentang, subst);
  tentang = g_string_free (text, FALSE);
  tanggal = random_date (demo, year - 1, 1, 12);
  if (kind->prefix != NULL)
    nomor = g_strdup_printf ("%s/%03u/%s/%d", kind->prefix, ++demo->serial % 1000, row->unit, year - 1);

  uid = g_ascii_strdown (row->uid, -1);
  if (kind->link)
    link = g_strdup_printf ("https://example.org/inovda-demo/%s/%d/%s", uid, year, indicator);
  else
    {
      file = g_strdup_printf ("%s-%d-%s.pdf", uid, year, indicator);
      contents = make_document (tentang, nomor, tanggal, tentang, row->name);
    }

  return inovda_portfolio_add_sid_evidence (demo->portfolio, id, year, indicator, contents, file,
                                            nomor, tanggal, tentang, link, error) > 0;
}

static int
pick_level (Demo *demo,
            const DemoInnovation *row,
            const InovdaIndicator *indicator,
            int quality)
{
  const char *id = indicator->id;
  int level = (quality * 3 + rand_range (demo, -110, 110) + 50) / 100;

  level = CLAMP (level, 0, INOVDA_LEVEL_MAX);
  if (g_str_equal (id, "19"))
    level = row->jenis == 'D' ? rand_range (demo, 2, 3) : 1;
  else if (g_str_equal (id, "30"))
    level = row->jenis == 'D' ? MAX (level, 1) : MIN (level, 1);
  else if (g_str_equal (id, "31") && chance (demo, 60))
    level = 0;

  if (indicator->mandatory)
    level = MAX (level, 1);
  if (g_str_equal (id, "35") && (row->flags & F_NO_VIDEO))
    level = 0;
  return level;
}

static int
verify_level (Demo *demo,
              const InovdaIndicator *indicator,
              int level,
              gboolean has_evidence)
{
  int roll = rand_range (demo, 0, 99);
  int verified;

  if (level == 0)
    return 0;
  if (!has_evidence)
    return 0;
  verified = roll < 68 ? level : roll < 94 ? level - 1
                                           : level - 2;
  if (indicator->mandatory)
    verified = MAX (verified, 1);
  return MAX (verified, 0);
}

static gboolean
add_assessment (Demo *demo,
                const DemoInnovation *row,
                const Subst *subst,
                gint64 id,
                guint slot,
                int quality,
                GError **error)
{
  InovdaPortfolio *portfolio = demo->portfolio;
  InovdaCatalogue *catalogue = demo->catalogues[slot];
  InovdaStatus status = (InovdaStatus) row->status[slot];
  int year = year_of (slot);

  if (!inovda_portfolio_set_status (portfolio, id, year, INOVDA_STATUS_DRAF, error))
    return FALSE;

  for (guint i = 0; i < catalogue->sid->len; i++)
    {
      const InovdaIndicator *indicator = g_ptr_array_index (catalogue->sid, i);
      int level = pick_level (demo, row, indicator, quality);
      gboolean has_evidence = FALSE;
      char basis[2] = { row->basis, '\0' };
      const char *basis_id = NULL;

      if (indicator->bases->len > 0)
        basis_id = inovda_indicator_find_basis (indicator, basis) != NULL
                       ? basis
                       : ((const InovdaBasis *) g_ptr_array_index (indicator->bases, 0))->id;

      if (level > 0 &&
          !inovda_portfolio_set_sid_level (portfolio, id, year, indicator->id, level, basis_id, error))
        return FALSE;

      if (level > 0 && (indicator->mandatory || chance (demo, 84)))
        {
          if (!add_indicator_evidence (demo, row, subst, id, year, indicator->id, level, error))
            return FALSE;
          has_evidence = TRUE;
        }

      if (status == INOVDA_STATUS_DITERIMA &&
          !inovda_portfolio_set_sid_verified (portfolio, id, year, indicator->id,
                                              verify_level (demo, indicator, level, has_evidence), error))
        return FALSE;
    }

  if (slot == 1 && row->status[0] != S_NONE)
    {
      g_autofree char *note = g_strconcat (FICTION "Pengembangan 2025: inovasi ini ",
                                           pengembangan[rand_range (demo, 0, G_N_ELEMENTS (pengembangan) - 1)],
                                           NULL);

      if (!inovda_portfolio_set_development_note (portfolio, id, year, note, error))
        return FALSE;
    }

  return status == INOVDA_STATUS_DRAF ||
         inovda_portfolio_set_status (portfolio, id, year, status, error);
}

static gboolean
set_field (Demo *demo,
           gint64 id,
           InovdaField field,
           const char *value,
           GError **error)
{
  if (value == NULL)
    return TRUE;
  return inovda_portfolio_set_field (demo->portfolio, id, field, value, error);
}

static char *
nama_inisiator (InovdaInisiator inisiator,
                const DemoRegion *region,
                const DemoUnit *unit,
                const DemoRegion *location)
{
  switch (inisiator)
    {
    case INOVDA_INISIATOR_KEPALA_DAERAH:
      return kepala_daerah (region);
    case INOVDA_INISIATOR_ANGGOTA_DPRD:
      return g_strconcat ("Anggota DPRD ", region->name, NULL);
    case INOVDA_INISIATOR_PERANGKAT_DAERAH:
      if (g_str_has_prefix (unit->code, "RS"))
        return g_strconcat ("Direktur ", unit->name, NULL);
      if (g_str_equal (unit->code, "SETDA"))
        return g_strdup ("Sekretaris Daerah");
      if (g_str_equal (unit->code, "SETWAN"))
        return g_strdup ("Sekretaris DPRD");
      if (g_str_equal (unit->code, "INSPEKTORAT"))
        return g_strdup ("Inspektur Daerah");
      return g_strconcat ("Kepala ", unit->name, NULL);
    case INOVDA_INISIATOR_ASN:
      return g_strconcat ("Tim ASN ", unit->short_name, NULL);
    case INOVDA_INISIATOR_MASYARAKAT:
      return g_strconcat ("Komunitas warga ", location->town, NULL);
    default:
      g_return_val_if_reached (NULL);
    }
}

static InovdaInisiator
pick_inisiator (Demo *demo)
{
  int roll = rand_range (demo, 0, 99);

  if (roll < 50)
    return INOVDA_INISIATOR_PERANGKAT_DAERAH;
  if (roll < 75)
    return INOVDA_INISIATOR_ASN;
  if (roll < 88)
    return INOVDA_INISIATOR_KEPALA_DAERAH;
  if (roll < 96)
    return INOVDA_INISIATOR_MASYARAKAT;
  return INOVDA_INISIATOR_ANGGOTA_DPRD;
}

static const DemoRegion *
pick_location (Demo *demo,
               const DemoInnovation *row,
               const DemoUnit *unit)
{
  if (!g_str_equal (row->region, INOVDA_DEMO_REGION))
    return find_region (row->region);
  if (g_str_equal (unit->code, "RSJSL"))
    return find_region ("63.03");
  if (g_str_has_prefix (unit->code, "RS"))
    return find_region ("63.71");
  if (row->bentuk == 'T')
    return find_region ("63.72");
  return &regions[rand_range (demo, 1, G_N_ELEMENTS (regions) - 1)];
}

typedef struct
{
  char *uji_coba;
  char *penerapan;
  char *pengembangan;
} Dates;

static void
dates_clear (Dates *dates)
{
  g_free (dates->uji_coba);
  g_free (dates->penerapan);
  g_free (dates->pengembangan);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Dates, dates_clear)

static void
pick_dates (Demo *demo,
            const DemoInnovation *row,
            Dates *dates)
{
  int month;
  int lead;

  if (row->flags & F_INISIATIF)
    return;
  if (row->flags & F_UJI_COBA)
    {
      dates->uji_coba = random_date (demo, INOVDA_DEMO_YEAR - 1, 3, 9);
      return;
    }
  if (row->flags & F_OLD)
    {
      dates->uji_coba = g_strdup ("2021-11-01");
      dates->penerapan = g_strdup ("2022-03-14");
      return;
    }

  if (row->status[0] != S_NONE)
    {
      month = rand_range (demo, 2, 11);
      dates->penerapan = random_date (demo, PREVIOUS_YEAR - 2, month, month);
      lead = rand_range (demo, 3, 5);
      dates->uji_coba = random_date (demo, PREVIOUS_YEAR - 2, month - lead, month - lead);
      if (row->status[1] != S_NONE)
        dates->pengembangan = random_date (demo, PREVIOUS_YEAR, 1, 5);
    }
  else
    {
      int year;

      month = rand_range (demo, 2, 22);
      year = INOVDA_DEMO_YEAR - 2 + (month - 1) / 12;
      month = (month - 1) % 12 + 1;
      dates->penerapan = random_date (demo, year, month, month);
      lead = rand_range (demo, 2, 4);
      dates->uji_coba = random_date (demo, year, month - lead, month - lead);
    }
}

static char *
fiction (Demo *demo,
         const Subst *subst,
         const char *const *pool,
         guint n_pool,
         guint count)
{
  GString *text = g_string_new (FICTION);

  append_sentences (demo, text, subst, pool, n_pool, count);
  return g_string_free (text, FALSE);
}

static gboolean
add_sections (Demo *demo,
              const DemoInnovation *row,
              const Subst *subst,
              gint64 id,
              GError **error)
{
  const DemoRegion *region = find_region (row->region);
  const DemoUnit *unit = &units[find_unit (row->region, row->unit)];
  const InovdaUrusan *urusan = inovda_urusan_lookup (row->urusan);
  gboolean digital = row->jenis == 'D';
  g_autofree char *head = nama_inisiator (INOVDA_INISIATOR_PERANGKAT_DAERAH, region, unit, region);
  g_autofree char *dasar = g_strdup_printf (FICTION "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah; "
                                                    "Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah; "
                                                    "Keputusan %s tentang Tim Pelaksana %s.",
                                            head, subst->nama);
  g_autofree char *isu = g_strdup_printf (FICTION "Pemerataan dan percepatan layanan urusan %s bagi %s di %s.",
                                          urusan != NULL ? urusan->name : row->urusan, row->sasaran, subst->lokasi);
  g_autofree char *masalah = fiction (demo, subst, latar, 1, 1);
  g_autofree char *metode = fiction (demo, subst, gagasan, G_N_ELEMENTS (gagasan), 2);
  g_autofree char *keunggulan = fiction (demo, subst, dampak, G_N_ELEMENTS (dampak), 2);
  g_autofree char *cara = digital ? fiction (demo, subst, cara_digital, G_N_ELEMENTS (cara_digital), 3)
                                  : fiction (demo, subst, cara_manual, G_N_ELEMENTS (cara_manual), 3);

  return set_field (demo, id, INOVDA_FIELD_RB_DASAR_HUKUM, dasar, error) &&
         set_field (demo, id, INOVDA_FIELD_RB_PERMASALAHAN, masalah, error) &&
         set_field (demo, id, INOVDA_FIELD_RB_ISU_STRATEGIS, isu, error) &&
         set_field (demo, id, INOVDA_FIELD_RB_METODE_PEMBAHARUAN, metode, error) &&
         set_field (demo, id, INOVDA_FIELD_RB_KEUNGGULAN, keunggulan, error) &&
         set_field (demo, id, INOVDA_FIELD_RB_CARA_KERJA, cara, error);
}

static gboolean
add_profile_documents (Demo *demo,
                       const DemoInnovation *row,
                       gint64 id,
                       GError **error)
{
  g_autofree char *uid = g_ascii_strdown (row->uid, -1);

  if (chance (demo, 35))
    {
      g_autofree char *file = g_strdup_printf ("sop-%s.pdf", uid);
      g_autofree char *nomor = g_strdup_printf ("000.8.3/%03u/%s/%d", ++demo->serial % 1000, row->unit, INOVDA_DEMO_YEAR - 1);
      g_autoptr (GBytes) sop = make_document ("Standar Operasional Prosedur", nomor, NULL, row->name, NULL);

      if (inovda_portfolio_add_profile_document (demo->portfolio, id, INOVDA_PROFILE_DOC_SOP, sop, file, NULL, error) <= 0)
        return FALSE;
    }
  if (chance (demo, 25))
    {
      g_autofree char *file = g_strdup_printf ("anggaran-%s.pdf", uid);
      g_autoptr (GBytes) budget = make_document ("Dokumen Pelaksanaan Anggaran", NULL, NULL, row->name, NULL);

      if (inovda_portfolio_add_profile_document (demo->portfolio, id, INOVDA_PROFILE_DOC_ANGGARAN, budget, file, NULL, error) <= 0)
        return FALSE;
    }
  return TRUE;
}
static gboolean
add_innovation (Demo *demo,
                const DemoInnovation *row,
                GError **error)
{
  InovdaPortfolio *portfolio = demo->portfolio;
  guint unit_index = find_unit (row->region, row->unit);
  const DemoUnit *unit = &units[unit_index];
  const DemoRegion *region = find_region (row->region);
  const DemoRegion *location = pick_location (demo, row, unit);
  g_autoptr (InovdaInnovation) innovation = NULL;
  g_autofree char *nama = short_name (row->name);
  g_autofree char *unit_long = g_strconcat (unit->name, " ", region->name, NULL);
  g_autofree char *inisiator_name = NULL;
  g_autofree char *lat = NULL;
  g_autofree char *lon = NULL;
  g_autofree char *rancang_bangun = NULL;
  g_autofree char *tujuan = NULL;
  g_autofree char *manfaat = NULL;
  g_autofree char *hasil = NULL;
  g_auto (GStrv) urusan_lain = NULL;
  g_auto (Dates) dates = {
    NULL,
  };
  InovdaInisiator inisiator = pick_inisiator (demo);
  InovdaTahapan tahapan = INOVDA_TAHAPAN_PENERAPAN;
  InovdaKlasifikasi klasifikasi = INOVDA_KLASIFIKASI_PERANGKAT_DAERAH;
  InovdaBentuk bentuk;
  Subst subst = { nama, unit_long, row->masalah, row->sasaran, location->name };
  const DemoTheme *theme = NULL;
  int quality;
  gint64 id;

  innovation = inovda_portfolio_add_innovation (portfolio, row->uid, demo->unit_ids[unit_index], row->name, error);
  if (innovation == NULL)
    return FALSE;
  id = inovda_innovation_get_id (innovation);

  if (row->flags & F_UJI_COBA)
    tahapan = INOVDA_TAHAPAN_UJI_COBA;
  else if (row->flags & F_INISIATIF)
    tahapan = INOVDA_TAHAPAN_INISIATIF;
  if (inisiator == INOVDA_INISIATOR_MASYARAKAT && row->bentuk == 'T')
    inisiator = INOVDA_INISIATOR_PERANGKAT_DAERAH;
  if (row->flags & F_DESA)
    klasifikasi = INOVDA_KLASIFIKASI_DESA;
  else if (inisiator == INOVDA_INISIATOR_MASYARAKAT)
    klasifikasi = INOVDA_KLASIFIKASI_MASYARAKAT;
  bentuk = row->bentuk == 'T' ? INOVDA_BENTUK_TATA_KELOLA : row->bentuk == 'P' ? INOVDA_BENTUK_PELAYANAN_PUBLIK
                                                                               : INOVDA_BENTUK_LAINNYA;

  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    if (g_str_equal (themes[i].urusan, row->urusan))
      theme = &themes[i];

  pick_dates (demo, row, &dates);
  inisiator_name = nama_inisiator (inisiator, region, unit, location);
  lat = format_micro (location->lat + rand_range (demo, -15000, 15000));
  lon = format_micro (location->lon + rand_range (demo, -15000, 15000));
  rancang_bangun = make_rancang_bangun (demo, row, &subst);
  tujuan = g_strdup_printf (FICTION "Mengatasi %s melalui %s, sehingga %s memperoleh layanan yang lebih cepat, mudah, dan terukur.",
                            row->masalah, nama, row->sasaran);
  manfaat = g_strdup_printf (FICTION "Bagi %s: layanan lebih dekat, lebih cepat, dan waktu penyelesaiannya pasti. "
                                     "Bagi %s: data yang rapi untuk perencanaan, penganggaran, dan evaluasi kinerja.",
                             row->sasaran, unit->short_name);
  if (tahapan == INOVDA_TAHAPAN_PENERAPAN)
    {
      g_autofree char *served = format_count (rand_range (demo, 12, 480) * 25);
      int days_before = rand_range (demo, 6, 14);
      int days_after = rand_range (demo, 1, 5);
      int satisfied = rand_range (demo, 72, 94);

      hasil = g_strdup_printf (FICTION "Sampai akhir %d tercatat %s penerima manfaat; waktu layanan rata-rata turun dari %d hari "
                                       "menjadi %d hari, dan %d%% pengguna yang disurvei menyatakan puas.",
                               INOVDA_DEMO_YEAR - 1, served, days_before, days_after, satisfied);
    }

  if (!set_field (demo, id, INOVDA_FIELD_TAHAPAN, inovda_tahapan_to_code (tahapan), error) ||
      !set_field (demo, id, INOVDA_FIELD_INISIATOR, inovda_inisiator_to_code (inisiator), error) ||
      !set_field (demo, id, INOVDA_FIELD_NAMA_INISIATOR, inisiator_name, error) ||
      !set_field (demo, id, INOVDA_FIELD_JENIS,
                  inovda_jenis_to_code (row->jenis == 'D' ? INOVDA_JENIS_DIGITAL : INOVDA_JENIS_NON_DIGITAL), error) ||
      !set_field (demo, id, INOVDA_FIELD_BENTUK, inovda_bentuk_to_code (bentuk), error) ||
      !set_field (demo, id, INOVDA_FIELD_KLASIFIKASI, inovda_klasifikasi_to_code (klasifikasi), error) ||
      !set_field (demo, id, INOVDA_FIELD_URUSAN_UTAMA, row->urusan, error) ||
      !set_field (demo, id, INOVDA_FIELD_WAKTU_UJI_COBA, dates.uji_coba, error) ||
      !set_field (demo, id, INOVDA_FIELD_WAKTU_PENERAPAN, dates.penerapan, error) ||
      !set_field (demo, id, INOVDA_FIELD_WAKTU_PENGEMBANGAN, dates.pengembangan, error) ||
      !set_field (demo, id, INOVDA_FIELD_BERKEMBANG, dates.pengembangan != NULL ? "ya" : "tidak", error) ||
      !set_field (demo, id, INOVDA_FIELD_RANCANG_BANGUN, rancang_bangun, error) ||
      !set_field (demo, id, INOVDA_FIELD_TUJUAN, tujuan, error) ||
      !set_field (demo, id, INOVDA_FIELD_MANFAAT, manfaat, error) ||
      !set_field (demo, id, INOVDA_FIELD_HASIL, hasil, error) ||
      !set_field (demo, id, INOVDA_FIELD_LATITUDE, lat, error) ||
      !set_field (demo, id, INOVDA_FIELD_LONGITUDE, lon, error) ||
      !set_field (demo, id, INOVDA_FIELD_LOKASI, location->name, error) ||
      !set_field (demo, id, INOVDA_FIELD_ASTA_CITA, theme != NULL ? theme->asta_cita : "7", error) ||
      !set_field (demo, id, INOVDA_FIELD_PKPN_KLASTER, theme != NULL ? theme->pkpn : "non-pkpn", error))
    return FALSE;

  if (row->urusan_lain != NULL)
    {
      urusan_lain = g_strsplit (row->urusan_lain, " ", -1);
      if (!inovda_portfolio_set_urusan_lain (portfolio, id, (const char *const *) urusan_lain, error))
        return FALSE;
    }

  if (!(row->flags & F_SHORT) && chance (demo, 60) && !add_sections (demo, row, &subst, id, error))
    return FALSE;
  if (!add_profile_documents (demo, row, id, error))
    return FALSE;

  quality = rand_range (demo, 40, 72);
  for (guint slot = 0; slot < 2; slot++)
    {
      if (row->status[slot] == S_NONE)
        continue;
      if (!add_assessment (demo, row, &subst, id, slot,
                           slot == 0 ? quality - 8 : quality + (row->status[slot] == S_TERIMA ? 6 : 0), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
set_spd (Demo *demo,
         const char *region,
         guint slot,
         guint set,
         GError **error)
{
  InovdaPortfolio *portfolio = demo->portfolio;
  InovdaCatalogue *catalogue = demo->catalogues[slot];
  int year = year_of (slot);

  for (guint i = 0; i < G_N_ELEMENTS (spd_answers); i++)
    {
      const DemoSpd *row = &spd_answers[i];
      const InovdaIndicator *indicator = inovda_catalogue_find_indicator (catalogue, row->indicator);
      const char *answer = row->answer[set];
      gint64 value = 0;
      int level;
      gboolean ok;

      if (indicator == NULL || indicator->aspect != INOVDA_ASPECT_SPD)
        continue;

      switch (indicator->input)
        {
        case INOVDA_INPUT_CHOICE:
          level = (int) g_ascii_strtoll (answer, NULL, 10);
          ok = inovda_portfolio_set_spd_level (portfolio, region, year, indicator->id, level, error);
          break;
        case INOVDA_INPUT_VALUE:
          level = inovda_decimal_parse (answer, 4, &value) ? inovda_indicator_level_for_value (indicator, value) : 0;
          ok = inovda_portfolio_set_spd_value (portfolio, region, year, indicator->id, answer, error);
          break;
        case INOVDA_INPUT_CATEGORY:
          level = inovda_indicator_level_for_code (indicator, answer);
          ok = inovda_portfolio_set_spd_value (portfolio, region, year, indicator->id, answer, error);
          break;
        default:
          g_return_val_if_reached (FALSE);
        }
      if (!ok ||
          !inovda_portfolio_set_spd_verified (portfolio, region, year, indicator->id,
                                              CLAMP (level - row->drop, 0, INOVDA_LEVEL_MAX), error))
        return FALSE;
    }

  if (!g_str_equal (region, INOVDA_DEMO_REGION))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (spd_evidence); i++)
    {
      const DemoSpdEvidence *row = &spd_evidence[i];
      g_autofree char *previous = g_strdup_printf ("%d", year - 1);
      g_autofree char *file = NULL;
      g_autofree char *link = NULL;
      g_autofree char *tanggal = NULL;
      g_autoptr (GBytes) contents = NULL;
      g_autoptr (GString) nomor = NULL;

      if (inovda_catalogue_find_indicator (catalogue, row->indicator) == NULL)
        continue;
      if (row->nomor != NULL)
        {
          nomor = g_string_new (row->nomor);
          g_string_replace (nomor, "{Y}", previous, 0);
        }
      if (row->tanggal != NULL)
        tanggal = g_strconcat (previous, "-", row->tanggal, NULL);
      if (row->link)
        link = g_strdup_printf ("https://example.org/inovda-demo/spd/%s/%d/%s", region, year, row->indicator);
      else
        {
          file = g_strdup_printf ("spd-%s-%d-%s.pdf", region, year, row->indicator);
          contents = make_document (row->tentang, nomor != NULL ? nomor->str : NULL, tanggal, row->tentang,
                                    "Provinsi Kalimantan Selatan");
        }
      if (inovda_portfolio_add_spd_evidence (portfolio, region, year, row->indicator, contents, file,
                                             nomor != NULL ? nomor->str : NULL, tanggal, row->tentang, link,
                                             error) <= 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
populate (Demo *demo,
          GError **error)
{
  InovdaPortfolio *portfolio = demo->portfolio;

  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    if (!inovda_portfolio_add_region (portfolio, regions[i].code, regions[i].name, regions[i].level, error))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      demo->unit_ids[i] = inovda_portfolio_add_unit (portfolio, units[i].region, units[i].code,
                                                     units[i].name, units[i].short_name, error);
      if (demo->unit_ids[i] <= 0)
        return FALSE;
    }

  if (!set_spd (demo, INOVDA_DEMO_REGION, 1, SPD_PROVINCE, error) ||
      !set_spd (demo, INOVDA_DEMO_REGION, 0, SPD_PROVINCE_PREVIOUS, error) ||
      !set_spd (demo, "63.06", 1, SPD_HSS, error) ||
      !set_spd (demo, "63.09", 1, SPD_TABALONG, error) ||
      !set_spd (demo, "63.71", 1, SPD_BANJARMASIN, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (innovations); i++)
    if (!add_innovation (demo, &innovations[i], error))
      return FALSE;
  return TRUE;
}

/* The demo regions already in @portfolio. */
static GPtrArray *
find_demo_regions (InovdaPortfolio *portfolio,
                   GError **error)
{
  g_autoptr (GListModel) list = inovda_portfolio_list_regions (portfolio, error);
  GPtrArray *found;

  if (list == NULL)
    return NULL;

  found = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (InovdaRegion) region = g_list_model_get_item (list, i);

      for (guint j = 0; j < G_N_ELEMENTS (regions); j++)
        if (g_str_equal (inovda_region_get_code (region), regions[j].code))
          g_ptr_array_add (found, g_object_ref (region));
    }
  return found;
}

static InovdaCatalogue *
load_catalogue (InovdaPortfolio *portfolio,
                int year,
                InovdaCatalogue *fallback,
                GError **error)
{
  g_autoptr (GError) local_error = NULL;
  InovdaCatalogue *catalogue = inovda_portfolio_get_catalogue (portfolio, year, &local_error);

  if (catalogue != NULL)
    return catalogue;
  if (fallback != NULL && g_error_matches (local_error, INOVDA_CATALOGUE_ERROR, INOVDA_CATALOGUE_ERROR_NOT_FOUND))
    return inovda_catalogue_ref (fallback);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

/**
 * inovda_demo_populate:
 * @portfolio: the portfolio to fill
 * @replace: whether demo regions already present are removed first
 * @error: return location for a #GError
 *
 * Adds the demo portfolio as one undoable edit.
 *
 * Returns: %TRUE on success
 */
gboolean
inovda_demo_populate (InovdaPortfolio *portfolio,
                      gboolean replace,
                      GError **error)
{
  g_autoptr (GPtrArray) present = NULL;
  Demo demo = {
    portfolio,
  };
  gboolean ok;

  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (portfolio), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  present = find_demo_regions (portfolio, error);
  if (present == NULL)
    return FALSE;
  if (present->len > 0 && !replace)
    {
      InovdaRegion *region = g_ptr_array_index (present, 0);

      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                   /* Translators: %s are a region code and name */
                   _ ("The portfolio already has region %s (%s); replace it to load the demo again"),
                   inovda_region_get_code (region), inovda_region_get_name (region));
      return FALSE;
    }

  demo.catalogues[1] = load_catalogue (portfolio, INOVDA_DEMO_YEAR, NULL, error);
  if (demo.catalogues[1] == NULL)
    return FALSE;
  demo.catalogues[0] = load_catalogue (portfolio, PREVIOUS_YEAR, demo.catalogues[1], error);
  if (demo.catalogues[0] == NULL)
    {
      inovda_catalogue_unref (demo.catalogues[1]);
      return FALSE;
    }

  ok = inovda_portfolio_begin_edit (portfolio, _ ("Load demo portfolio"), error);
  if (ok)
    {
      demo.rng = g_rand_new_with_seed (DEMO_SEED);
      for (guint i = 0; ok && i < present->len; i++)
        ok = inovda_portfolio_delete_region (portfolio, inovda_region_get_code (g_ptr_array_index (present, i)), error);
      ok = ok && populate (&demo, error);
      if (ok)
        ok = inovda_portfolio_commit_edit (portfolio, error);
      else
        inovda_portfolio_rollback_edit (portfolio);
      g_rand_free (demo.rng);
    }

  inovda_catalogue_unref (demo.catalogues[0]);
  inovda_catalogue_unref (demo.catalogues[1]);
  return ok;
}
