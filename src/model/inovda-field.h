/* inovda-field.h
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The profile fields of an innovation, as the ministry's form has them over
 * the years (iid-methodology.md §11). One table serves the store (column
 * names), the exchange formats (codes) and the editor (labels, kinds). */

typedef enum
{
  INOVDA_FIELD_NAME,
  INOVDA_FIELD_TAHAPAN,
  INOVDA_FIELD_INISIATOR,
  INOVDA_FIELD_NAMA_INISIATOR,
  INOVDA_FIELD_JENIS,
  INOVDA_FIELD_BENTUK,
  INOVDA_FIELD_TEMATIK,
  INOVDA_FIELD_KLASIFIKASI,
  INOVDA_FIELD_URUSAN_UTAMA,
  INOVDA_FIELD_WAKTU_UJI_COBA,
  INOVDA_FIELD_WAKTU_PENERAPAN,
  INOVDA_FIELD_WAKTU_PENGEMBANGAN,
  INOVDA_FIELD_BERKEMBANG,
  INOVDA_FIELD_RANCANG_BANGUN,
  INOVDA_FIELD_RB_DASAR_HUKUM,
  INOVDA_FIELD_RB_PERMASALAHAN,
  INOVDA_FIELD_RB_ISU_STRATEGIS,
  INOVDA_FIELD_RB_METODE_PEMBAHARUAN,
  INOVDA_FIELD_RB_KEUNGGULAN,
  INOVDA_FIELD_RB_CARA_KERJA,
  INOVDA_FIELD_TUJUAN,
  INOVDA_FIELD_MANFAAT,
  INOVDA_FIELD_HASIL,
  INOVDA_FIELD_LATITUDE,
  INOVDA_FIELD_LONGITUDE,
  INOVDA_FIELD_LOKASI,
  INOVDA_FIELD_ASTA_CITA,
  INOVDA_FIELD_PKPN_KLASTER,
  INOVDA_FIELD_PKPN_PROGRAM,
  INOVDA_FIELD_COVID,
  INOVDA_FIELD_PRIORITAS,
  INOVDA_FIELD_MISI,
  INOVDA_N_FIELDS
} InovdaField;

typedef enum
{
  INOVDA_FIELD_KIND_TEXT,
  INOVDA_FIELD_KIND_LONG_TEXT, /* rich text of the form: rancang bangun, tujuan … */
  INOVDA_FIELD_KIND_DATE,      /* ISO 8601 date */
  INOVDA_FIELD_KIND_ENUM,      /* a code of inovda-enums.h or of a value list */
  INOVDA_FIELD_KIND_URUSAN,    /* an urusan code such as 1.01 */
  INOVDA_FIELD_KIND_DECIMAL,   /* coordinates */
  INOVDA_FIELD_KIND_BOOLEAN,   /* "ya" / "tidak" */
} InovdaFieldKind;

typedef struct
{
  InovdaField field;
  const char *code;  /* column in the store and key in exchange files: "waktu_penerapan" */
  const char *label; /* translatable, mark with N_() */
  InovdaFieldKind kind;
  const char *const *choices; /* ENUM: the allowed codes, NULL-terminated */
  gboolean required;
} InovdaFieldInfo;

/* Document kinds attached to an innovation's profile (not to an indicator). */
typedef enum
{
  INOVDA_PROFILE_DOC_ANGGARAN,
  INOVDA_PROFILE_DOC_PROFIL_BISNIS,
  INOVDA_PROFILE_DOC_HAKI,
  INOVDA_PROFILE_DOC_PENGHARGAAN,
  INOVDA_PROFILE_DOC_SOP,
  INOVDA_N_PROFILE_DOCS
} InovdaProfileDoc;

const InovdaFieldInfo *inovda_field_get_info (InovdaField field);
const InovdaFieldInfo *inovda_field_lookup (const char *code);
const char *inovda_field_get_label (InovdaField field);
/* Checks and normalises a value for the field; NULL or "" clears it. */
gboolean inovda_field_validate (InovdaField field,
                                const char *value,
                                char **normalized,
                                GError **error);
/* Whether inovda_field_validate() would keep @value exactly as it is. */
gboolean inovda_field_keeps_value (InovdaField field,
                                   const char *value);
const char *inovda_profile_doc_to_code (InovdaProfileDoc doc);
int inovda_profile_doc_from_code (const char *code);
const char *inovda_profile_doc_get_label (InovdaProfileDoc doc);

gboolean inovda_date_is_valid (const char *iso_date);
/* A web address: http or https with a host, or a bare "host.tld/path". */
gboolean inovda_link_is_valid (const char *link);

G_END_DECLS
