/* inovda-field.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-field"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "inovda-decimal.h"
#include "inovda-enums.h"
#include "inovda-error.h"
#include "inovda-field.h"

static const char *const tahapan_codes[] = { "inisiatif", "uji-coba", "penerapan", NULL };
static const char *const inisiator_codes[] = { "kepala-daerah", "anggota-dprd", "perangkat-daerah", "asn", "masyarakat", NULL };
static const char *const jenis_codes[] = { "digital", "non-digital", NULL };
static const char *const bentuk_codes[] = { "tata-kelola", "pelayanan-publik", "lainnya", NULL };
static const char *const tematik_codes[] = { "digitalisasi-layanan", "penanggulangan-kemiskinan", "kemudahan-investasi", "prioritas-aktual-presiden", "non-tematik", NULL };
static const char *const klasifikasi_codes[] = { "perangkat-daerah", "desa", "masyarakat", NULL };
static const char *const asta_cita_codes[] = { "1", "2", "3", "4", "5", "6", "7", "8", NULL };
static const char *const pkpn_codes[] = { "kedaulatan-pangan", "kemandirian-energi-air", "pendidikan", "kesehatan", "hilirisasi-industrialisasi", "infrastruktur-perumahan-bencana", "ekonomi-kerakyatan-desa", "penurunan-kemiskinan", "non-pkpn", NULL };
static const char *const covid_codes[] = { "covid-19", "non-covid-19", NULL };

#define F(id, code, label, kind, choices, required)                             \
  {                                                                             \
    INOVDA_FIELD_##id, code, label, INOVDA_FIELD_KIND_##kind, choices, required \
  }

static const InovdaFieldInfo fields[INOVDA_N_FIELDS] = {
  F (NAME, "nama", N_ ("Name"), TEXT, NULL, TRUE),
  F (TAHAPAN, "tahapan", N_ ("Stage"), ENUM, tahapan_codes, TRUE),
  F (INISIATOR, "inisiator", N_ ("Initiator"), ENUM, inisiator_codes, FALSE),
  F (NAMA_INISIATOR, "nama_inisiator", N_ ("Initiator name"), TEXT, NULL, FALSE),
  F (JENIS, "jenis", N_ ("Type"), ENUM, jenis_codes, FALSE),
  F (BENTUK, "bentuk", N_ ("Form"), ENUM, bentuk_codes, FALSE),
  F (TEMATIK, "tematik", N_ ("Theme"), ENUM, tematik_codes, FALSE),
  F (KLASIFIKASI, "klasifikasi", N_ ("Classification"), ENUM, klasifikasi_codes, FALSE),
  F (URUSAN_UTAMA, "urusan_utama", N_ ("Main government affair"), URUSAN, NULL, FALSE),
  F (WAKTU_UJI_COBA, "waktu_uji_coba", N_ ("Trial date"), DATE, NULL, FALSE),
  F (WAKTU_PENERAPAN, "waktu_penerapan", N_ ("Implementation date"), DATE, NULL, FALSE),
  F (WAKTU_PENGEMBANGAN, "waktu_pengembangan", N_ ("Development date"), DATE, NULL, FALSE),
  F (BERKEMBANG, "berkembang", N_ ("Developed further"), BOOLEAN, NULL, FALSE),
  F (RANCANG_BANGUN, "rancang_bangun", N_ ("Design"), LONG_TEXT, NULL, FALSE),
  F (RB_DASAR_HUKUM, "rb_dasar_hukum", N_ ("Legal basis"), LONG_TEXT, NULL, FALSE),
  F (RB_PERMASALAHAN, "rb_permasalahan", N_ ("Problem"), LONG_TEXT, NULL, FALSE),
  F (RB_ISU_STRATEGIS, "rb_isu_strategis", N_ ("Strategic issues"), LONG_TEXT, NULL, FALSE),
  F (RB_METODE_PEMBAHARUAN, "rb_metode_pembaharuan", N_ ("Method of renewal"), LONG_TEXT, NULL, FALSE),
  F (RB_KEUNGGULAN, "rb_keunggulan", N_ ("Advantages and novelty"), LONG_TEXT, NULL, FALSE),
  F (RB_CARA_KERJA, "rb_cara_kerja", N_ ("How it works"), LONG_TEXT, NULL, FALSE),
  F (TUJUAN, "tujuan", N_ ("Goals"), LONG_TEXT, NULL, FALSE),
  F (MANFAAT, "manfaat", N_ ("Benefits"), LONG_TEXT, NULL, FALSE),
  F (HASIL, "hasil", N_ ("Results"), LONG_TEXT, NULL, FALSE),
  F (LATITUDE, "lintang", N_ ("Latitude"), DECIMAL, NULL, FALSE),
  F (LONGITUDE, "bujur", N_ ("Longitude"), DECIMAL, NULL, FALSE),
  F (LOKASI, "lokasi", N_ ("Location"), TEXT, NULL, FALSE),
  F (ASTA_CITA, "asta_cita", N_ ("Asta Cita"), ENUM, asta_cita_codes, FALSE),
  F (PKPN_KLASTER, "pkpn_klaster", N_ ("PKPN cluster"), ENUM, pkpn_codes, FALSE),
  F (PKPN_PROGRAM, "pkpn_program", N_ ("PKPN programme"), TEXT, NULL, FALSE),
  F (COVID, "covid", N_ ("COVID-19"), ENUM, covid_codes, FALSE),
  F (PRIORITAS, "prioritas", N_ ("Priority"), TEXT, NULL, FALSE),
  F (MISI, "misi", N_ ("Mission"), TEXT, NULL, FALSE),
};

#undef F

static const char *const profile_doc_codes[INOVDA_N_PROFILE_DOCS] = {
  "anggaran",
  "profil-bisnis",
  "haki",
  "penghargaan",
  "sop",
};

static const char *const profile_doc_labels[INOVDA_N_PROFILE_DOCS] = {
  N_ ("Budget"),
  N_ ("Business profile"),
  N_ ("Intellectual property"),
  N_ ("Award"),
  N_ ("SOP flow diagram"),
};

const InovdaFieldInfo *
inovda_field_get_info (InovdaField field)
{
  g_return_val_if_fail (field < INOVDA_N_FIELDS, NULL);
  return &fields[field];
}

const InovdaFieldInfo *
inovda_field_lookup (const char *code)
{
  for (guint i = 0; code != NULL && i < INOVDA_N_FIELDS; i++)
    if (g_str_equal (fields[i].code, code))
      return &fields[i];
  return NULL;
}

const char *
inovda_field_get_label (InovdaField field)
{
  g_return_val_if_fail (field < INOVDA_N_FIELDS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, fields[field].label);
}

static gboolean
digits_at (const char *text,
           guint start,
           guint n)
{
  for (guint i = start; i < start + n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static int
number_at (const char *text,
           guint start,
           guint n)
{
  int value = 0;

  for (guint i = start; i < start + n; i++)
    value = value * 10 + (text[i] - '0');
  return value;
}

gboolean
inovda_link_is_valid (const char *link)
{
  g_autoptr (GUri) uri = NULL;
  const char *host;
  const char *slash;

  g_return_val_if_fail (link != NULL, FALSE);

  for (const char *c = link; *c != '\0'; c++)
    if (g_ascii_isspace (*c) || g_ascii_iscntrl (*c))
      return FALSE;

  uri = g_uri_parse (link, G_URI_FLAGS_NONE, NULL);
  if (uri != NULL)
    {
      const char *scheme = g_uri_get_scheme (uri);

      host = g_uri_get_host (uri);
      return (g_ascii_strcasecmp (scheme, "https") == 0 || g_ascii_strcasecmp (scheme, "http") == 0) &&
             host != NULL && *host != '\0';
    }

  /* "jdih.kalselprov.go.id/perda/12": a host with a dot, no scheme */
  slash = strchr (link, '/');
  host = link;
  return slash != host && memchr (host, '.', slash != NULL ? (gsize) (slash - host) : strlen (host)) != NULL &&
         strchr (link, ':') == NULL;
}

gboolean
inovda_date_is_valid (const char *iso_date)
{
  int y, m, d;
  char tail;

  if (iso_date == NULL || strlen (iso_date) != 10)
    return FALSE;
  /* The digits of a well-formed date are read without sscanf, which
   * imports call for every date field; sscanf decides the rest. */
  if (digits_at (iso_date, 0, 4) && iso_date[4] == '-' && digits_at (iso_date, 5, 2) && iso_date[7] == '-' &&
      digits_at (iso_date, 8, 2))
    {
      y = number_at (iso_date, 0, 4);
      m = number_at (iso_date, 5, 2);
      d = number_at (iso_date, 8, 2);
      return y >= 1900 && y <= 2100 && g_date_valid_dmy (d, m, y);
    }
  if (sscanf (iso_date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  if (!g_ascii_isdigit (iso_date[0]) || iso_date[4] != '-' || iso_date[7] != '-')
    return FALSE;
  return y >= 1900 && y <= 2100 && g_date_valid_dmy (d, m, y);
}

static gboolean
in_choices (const char *const *choices,
            const char *value)
{
  for (guint i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], value))
      return TRUE;
  return FALSE;
}

/* g_utf8_validate of GLib 2.74 looks at every byte in turn; the fields
 * are long and nearly all ASCII, which is skipped eight bytes at a time. */
static gboolean
text_is_utf8 (const char *text)
{
  gsize length = strlen (text);
  gsize ascii = 0;

  for (; ascii + 8 <= length; ascii += 8)
    {
      guint64 word;

      memcpy (&word, text + ascii, 8);
      if ((word & G_GUINT64_CONSTANT (0x8080808080808080)) != 0)
        break;
    }
  return g_utf8_validate_len (text + ascii, length - ascii, NULL);
}

gboolean
inovda_field_validate (InovdaField field,
                       const char *value,
                       char **normalized,
                       GError **error)
{
  const InovdaFieldInfo *info;
  g_autofree char *stripped = NULL;
  gint64 decimal;

  g_return_val_if_fail (field < INOVDA_N_FIELDS, FALSE);
  g_return_val_if_fail (normalized != NULL, FALSE);

  info = &fields[field];
  *normalized = NULL;

  if (value != NULL && !text_is_utf8 (value))
    {
      g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                   _ ("%s: the text is not valid UTF-8"), inovda_field_get_label (field));
      return FALSE;
    }

  stripped = info->kind == INOVDA_FIELD_KIND_LONG_TEXT ? g_strdup (value) : g_strstrip (g_strdup (value));
  if (stripped == NULL || *stripped == '\0')
    {
      if (info->required)
        {
          g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                       _ ("%s must not be empty"), inovda_field_get_label (field));
          return FALSE;
        }
      return TRUE;
    }

  switch (info->kind)
    {
    case INOVDA_FIELD_KIND_TEXT:
    case INOVDA_FIELD_KIND_LONG_TEXT:
      break;

    case INOVDA_FIELD_KIND_ENUM:
      if (!in_choices (info->choices, stripped))
        {
          g_autofree char *allowed = g_strjoinv (", ", (char **) info->choices);
          /* Translators: the field, the value given, then the allowed values */
          g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                       _ ("%s “%s” is not one of %s"), inovda_field_get_label (field), stripped, allowed);
          return FALSE;
        }
      break;

    case INOVDA_FIELD_KIND_URUSAN:
      if (inovda_urusan_lookup (stripped) == NULL)
        {
          g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                       _ ("%s “%s” is not an urusan code such as 1.01"), inovda_field_get_label (field), stripped);
          return FALSE;
        }
      break;

    case INOVDA_FIELD_KIND_DATE:
      if (!inovda_date_is_valid (stripped))
        {
          g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                       /* Translators: the field, then the value given. YYYY-MM-DD
                        * shows how a date is written: use your language's
                        * letters for year, month and day (Indonesian:
                        * TTTT-BB-HH); the digits keep that order */
                       _ ("%s “%s” is not a date (YYYY-MM-DD)"), inovda_field_get_label (field), stripped);
          return FALSE;
        }
      break;

    case INOVDA_FIELD_KIND_DECIMAL:
      if (!inovda_decimal_parse (stripped, 6, &decimal) ||
          (field == INOVDA_FIELD_LATITUDE && (decimal < -90000000 || decimal > 90000000)) ||
          (field == INOVDA_FIELD_LONGITUDE && (decimal < -180000000 || decimal > 180000000)))
        {
          if (field == INOVDA_FIELD_LATITUDE)
            g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                         /* Translators: the field, then the value given */
                         _ ("%s “%s” is not a latitude: a number of degrees from -90 to 90, such as -3.316694."),
                         inovda_field_get_label (field), stripped);
          else
            g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                         /* Translators: the field, then the value given */
                         _ ("%s “%s” is not a longitude: a number of degrees from -180 to 180, such as 114.590111."),
                         inovda_field_get_label (field), stripped);
          return FALSE;
        }
      g_free (stripped);
      stripped = inovda_decimal_format (decimal, 6, 6, '.');
      break;

    case INOVDA_FIELD_KIND_BOOLEAN:
      if (!g_str_equal (stripped, "ya") && !g_str_equal (stripped, "tidak"))
        {
          g_set_error (error, INOVDA_INPUT_ERROR, INOVDA_INPUT_ERROR_INVALID,
                       _ ("%s “%s” is not one of ya, tidak"), inovda_field_get_label (field), stripped);
          return FALSE;
        }
      break;

    default:
      g_assert_not_reached ();
    }

  *normalized = g_steal_pointer (&stripped);
  return TRUE;
}

/**
 * inovda_field_keeps_value:
 * @field: a field
 * @value: a value for it
 *
 * Lets a caller with many values skip the copy inovda_field_validate()
 * returns when it would be @value itself.
 *
 * Returns: %TRUE for a text that is valid UTF-8, not empty and, unless it
 *   is a long text, without spaces around it; for a code, an urusan or a
 *   date, when it is one as the field stores it
 */
gboolean
inovda_field_keeps_value (InovdaField field,
                          const char *value)
{
  const InovdaFieldInfo *info;

  g_return_val_if_fail (field < INOVDA_N_FIELDS, FALSE);

  info = &fields[field];
  if (value == NULL || *value == '\0')
    return FALSE;
  switch (info->kind)
    {
    case INOVDA_FIELD_KIND_TEXT:
      {
        gsize length = strlen (value);

        if (g_ascii_isspace (value[0]) || g_ascii_isspace (value[length - 1]))
          return FALSE;
      }
      break;

    case INOVDA_FIELD_KIND_LONG_TEXT:
      break;

    /* Codes and dates written as they are stored, as every export writes
     * them; they are ASCII. */
    case INOVDA_FIELD_KIND_ENUM:
      return in_choices (info->choices, value);

    case INOVDA_FIELD_KIND_URUSAN:
      return inovda_urusan_lookup (value) != NULL;

    case INOVDA_FIELD_KIND_DATE:
      return inovda_date_is_valid (value);

    case INOVDA_FIELD_KIND_BOOLEAN:
      return g_str_equal (value, "ya") || g_str_equal (value, "tidak");

    /* Stored with six decimals, which nobody writes. */
    case INOVDA_FIELD_KIND_DECIMAL:
    default:
      return FALSE;
    }
  return text_is_utf8 (value);
}

const char *
inovda_profile_doc_to_code (InovdaProfileDoc doc)
{
  g_return_val_if_fail (doc < INOVDA_N_PROFILE_DOCS, NULL);
  return profile_doc_codes[doc];
}

int
inovda_profile_doc_from_code (const char *code)
{
  for (guint i = 0; code != NULL && i < INOVDA_N_PROFILE_DOCS; i++)
    if (g_str_equal (profile_doc_codes[i], code))
      return (int) i;
  return -1;
}

const char *
inovda_profile_doc_get_label (InovdaProfileDoc doc)
{
  g_return_val_if_fail (doc < INOVDA_N_PROFILE_DOCS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, profile_doc_labels[doc]);
}
