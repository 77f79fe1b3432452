/* inovda-ministry-layout.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The ministry's Daftar Inovasi Daerah list (peer-systems §12.1): its
 * columns, verbatim, one row per innovation and year; then Inovda's own
 * identification columns, and per innovation indicator of the catalogues
 * its claimed level ("Indikator 16") and its verified level
 * ("Verifikasi 16"). Importing the verified levels is the reconciliation. */

#define INOVDA_MINISTRY_SHEET "Daftar Inovasi Daerah"

#define INOVDA_MINISTRY_NO "No"
#define INOVDA_MINISTRY_PEMDA "Nama Pemda"
#define INOVDA_MINISTRY_NAME "Nama Inovasi"
#define INOVDA_MINISTRY_TAHAPAN "Tahapan Inovasi"
#define INOVDA_MINISTRY_INISIATOR "Nama Inisiator"
#define INOVDA_MINISTRY_URUSAN "Urusan Pemerintahan Utama"
#define INOVDA_MINISTRY_UJI_COBA "Waktu Uji Coba Inovasi Daerah"
#define INOVDA_MINISTRY_PENERAPAN "Waktu Penerapan Inovasi Daerah"
#define INOVDA_MINISTRY_PENGEMBANGAN "Waktu Pengembangan Inovasi Daerah"
#define INOVDA_MINISTRY_SCORE "Estimasi Skor Kematangan"
#define INOVDA_MINISTRY_VERIFIED_SCORE "Skor Kematangan Terverifikasi"
#define INOVDA_MINISTRY_YEAR "Tahun"
#define INOVDA_MINISTRY_STATUS "Status"
#define INOVDA_MINISTRY_UID "ID Inovda"
#define INOVDA_MINISTRY_REGION_CODE "Kode Wilayah"
#define INOVDA_MINISTRY_UNIT_CODE "Kode Perangkat Daerah"
#define INOVDA_MINISTRY_CLAIM_PREFIX "Indikator "
#define INOVDA_MINISTRY_VERIFIED_PREFIX "Verifikasi "

G_END_DECLS
