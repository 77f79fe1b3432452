/* inovda-innovation.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-innovation"

#include "config.h"

#include <string.h>

#include "inovda-innovation.h"

/* A national list holds about 37,000 of these, so they are small: only the
 * fields that are set are stored, and the values that repeat across
 * innovations (codes, dates, units, regions, statuses, problems) are
 * interned reference-counted strings shared by every innovation. */
struct _InovdaInnovation
{
  GObject parent_instance;

  gint64 id;
  gint64 unit_id;
  gint64 kematangan;
  gint64 kematangan_verified;
  char *uid;
  char *region_code; /* shared */
  char *unit_code;   /* shared */
  char *unit_name;   /* shared */
  char **values;     /* one per bit of set_fields, in field order */
  GStrv urusan_lain;
  char *status;   /* shared */
  char *problems; /* shared */
  guint32 set_fields;
  guint eligible : 1;
  guint n_at_risk : 8; /* claimed levels without evidence */
};

G_STATIC_ASSERT (INOVDA_N_FIELDS <= 32);

G_DEFINE_FINAL_TYPE (InovdaInnovation, inovda_innovation, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_NAME,
  PROP_UNIT_CODE,
  PROP_UNIT_NAME,
  PROP_TAHAPAN,
  PROP_URUSAN_UTAMA,
  PROP_STATUS,
  PROP_KEMATANGAN,
  PROP_KEMATANGAN_VERIFIED,
  PROP_ELIGIBLE,
  PROP_PROBLEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */

static char *
share_string (const char *text)
{
  return text != NULL ? g_ref_string_new_intern (text) : NULL;
}

static void
release_shared (char **text)
{
  g_clear_pointer (text, g_ref_string_release);
}

/* Codes, dates and choices repeat across innovations; free text does not. */
static gboolean
field_is_shared (InovdaField field)
{
  switch (inovda_field_get_info (field)->kind)
    {
    case INOVDA_FIELD_KIND_DATE:
    case INOVDA_FIELD_KIND_ENUM:
    case INOVDA_FIELD_KIND_URUSAN:
    case INOVDA_FIELD_KIND_BOOLEAN:
      return TRUE;

    case INOVDA_FIELD_KIND_TEXT:
    case INOVDA_FIELD_KIND_LONG_TEXT:
    case INOVDA_FIELD_KIND_DECIMAL:
    default:
      return FALSE;
    }
}

static void
free_field_value (InovdaField field,
                  char *value)
{
  if (field_is_shared (field))
    g_ref_string_release (value);
  else
    g_free (value);
}

/* The position of @field's value in values[]. */
static guint
value_index (InovdaInnovation *self,
             InovdaField field)
{
  return (guint) __builtin_popcount (self->set_fields & ((1u << field) - 1));
}

static const char *
get_field_value (InovdaInnovation *self,
                 InovdaField field)
{
  if ((self->set_fields & (1u << field)) == 0)
    return NULL;
  return self->values[value_index (self, field)];
}

static void
inovda_innovation_finalize (GObject *object)
{
  InovdaInnovation *self = (InovdaInnovation *) object;
  guint n = 0;

  g_free (self->uid);
  release_shared (&self->region_code);
  release_shared (&self->unit_code);
  release_shared (&self->unit_name);
  for (guint f = 0; f < INOVDA_N_FIELDS; f++)
    if (self->set_fields & (1u << f))
      free_field_value (f, self->values[n++]);
  g_free (self->values);
  g_strfreev (self->urusan_lain);
  release_shared (&self->status);
  release_shared (&self->problems);

  G_OBJECT_CLASS (inovda_innovation_parent_class)->finalize (object);
}

static void
inovda_innovation_get_property (GObject *object,
                                guint prop_id,
                                GValue *value,
                                GParamSpec *pspec)
{
  InovdaInnovation *self = INOVDA_INNOVATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;

    case PROP_NAME:
      g_value_set_string (value, get_field_value (self, INOVDA_FIELD_NAME));
      break;

    case PROP_UNIT_CODE:
      g_value_set_string (value, self->unit_code);
      break;

    case PROP_UNIT_NAME:
      g_value_set_string (value, self->unit_name);
      break;

    case PROP_TAHAPAN:
      g_value_set_string (value, get_field_value (self, INOVDA_FIELD_TAHAPAN));
      break;

    case PROP_URUSAN_UTAMA:
      g_value_set_string (value, get_field_value (self, INOVDA_FIELD_URUSAN_UTAMA));
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_KEMATANGAN:
      g_value_set_int64 (value, self->kematangan);
      break;

    case PROP_KEMATANGAN_VERIFIED:
      g_value_set_int64 (value, self->kematangan_verified);
      break;

    case PROP_ELIGIBLE:
      g_value_set_boolean (value, self->eligible);
      break;

    case PROP_PROBLEMS:
      g_value_set_string (value, self->problems);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
inovda_innovation_class_init (InovdaInnovationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const GParamFlags notify = ro | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = inovda_innovation_finalize;
  object_class->get_property = inovda_innovation_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, notify);
  properties[PROP_UNIT_CODE] = g_param_spec_string ("unit-code", NULL, NULL, NULL, notify);
  properties[PROP_UNIT_NAME] = g_param_spec_string ("unit-name", NULL, NULL, NULL, notify);
  properties[PROP_TAHAPAN] = g_param_spec_string ("tahapan", NULL, NULL, NULL, notify);
  properties[PROP_URUSAN_UTAMA] = g_param_spec_string ("urusan-utama", NULL, NULL, NULL, notify);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, notify);
  properties[PROP_KEMATANGAN] = g_param_spec_int64 ("kematangan", NULL, NULL, -1, G_MAXINT64, -1, notify);
  properties[PROP_KEMATANGAN_VERIFIED] = g_param_spec_int64 ("kematangan-verified", NULL, NULL, -1, G_MAXINT64, -1, notify);
  properties[PROP_ELIGIBLE] = g_param_spec_boolean ("eligible", NULL, NULL, FALSE, notify);
  properties[PROP_PROBLEMS] = g_param_spec_string ("problems", NULL, NULL, NULL, notify);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
inovda_innovation_init (InovdaInnovation *self)
{
  self->kematangan = -1;
  self->kematangan_verified = -1;
}

InovdaInnovation *
inovda_innovation_new (gint64 id,
                       const char *uid,
                       const char *region_code,
                       gint64 unit_id)
{
  InovdaInnovation *self = g_object_new (INOVDA_TYPE_INNOVATION, NULL);

  self->id = id;
  self->uid = g_strdup (uid);
  self->region_code = share_string (region_code);
  self->unit_id = unit_id;
  return self;
}

gint64
inovda_innovation_get_id (InovdaInnovation *self)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION (self), 0);
  return self->id;
}

const char *
inovda_innovation_get_uid (InovdaInnovation *self)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION (self), NULL);
  return self->uid;
}

const char *
inovda_innovation_get_region_code (InovdaInnovation *self)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION (self), NULL);
  return self->region_code;
}

gint64
inovda_innovation_get_unit_id (InovdaInnovation *self)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION (self), 0);
  return self->unit_id;
}

const char *
inovda_innovation_get_unit_code (InovdaInnovation *self)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION (self), NULL);
  return self->unit_code;
}

const char *
inovda_innovation_get_unit_name (InovdaInnovation *self)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION (self), NULL);
  return self->unit_name;
}

const char *
inovda_innovation_get_name (InovdaInnovation *self)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION (self), NULL);
  return get_field_value (self, INOVDA_FIELD_NAME);
}

const char *
inovda_innovation_get_field (InovdaInnovation *self,
                             InovdaField field)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION (self), NULL);
  g_return_val_if_fail (field < INOVDA_N_FIELDS, NULL);
  return get_field_value (self, field);
}

const char *const *
inovda_innovation_get_urusan_lain (InovdaInnovation *self)
{
  static const char *const empty[] = { NULL };

  g_return_val_if_fail (INOVDA_IS_INNOVATION (self), NULL);
  return self->urusan_lain != NULL ? (const char *const *) self->urusan_lain : empty;
}

const char *
inovda_innovation_get_status (InovdaInnovation *self)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION (self), NULL);
  return self->status;
}

gint64
inovda_innovation_get_kematangan (InovdaInnovation *self)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION (self), -1);
  return self->kematangan;
}

gint64
inovda_innovation_get_kematangan_verified (InovdaInnovation *self)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION (self), -1);
  return self->kematangan_verified;
}

gboolean
inovda_innovation_get_eligible (InovdaInnovation *self)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION (self), FALSE);
  return self->eligible;
}

/* The claimed levels of the assessment year that have no evidence yet,
 * which the verification may refuse. */
guint
inovda_innovation_get_n_at_risk (InovdaInnovation *self)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION (self), 0);
  return self->n_at_risk;
}

void
inovda_innovation_set_n_at_risk (InovdaInnovation *self,
                                 guint n_at_risk)
{
  g_return_if_fail (INOVDA_IS_INNOVATION (self));
  self->n_at_risk = MIN (n_at_risk, 255);
}

const char *
inovda_innovation_get_problems (InovdaInnovation *self)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION (self), NULL);
  return self->problems;
}

void
inovda_innovation_set_unit (InovdaInnovation *self,
                            const char *unit_code,
                            const char *unit_name)
{
  g_return_if_fail (INOVDA_IS_INNOVATION (self));

  if (g_strcmp0 (self->unit_code, unit_code) != 0)
    {
      release_shared (&self->unit_code);
      self->unit_code = share_string (unit_code);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT_CODE]);
    }
  if (g_strcmp0 (self->unit_name, unit_name) != 0)
    {
      release_shared (&self->unit_name);
      self->unit_name = share_string (unit_name);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT_NAME]);
    }
}

void
inovda_innovation_set_field (InovdaInnovation *self,
                             InovdaField field,
                             const char *value)
{
  g_return_if_fail (INOVDA_IS_INNOVATION (self));
  g_return_if_fail (field < INOVDA_N_FIELDS);

  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (get_field_value (self, field), value) == 0)
    return;

  {
    guint index = value_index (self, field);
    guint n_values = (guint) __builtin_popcount (self->set_fields);
    char *copy = NULL;

    if (value != NULL)
      copy = field_is_shared (field) ? share_string (value) : g_strdup (value);

    if (self->set_fields & (1u << field))
      {
        free_field_value (field, self->values[index]);
        if (copy != NULL)
          self->values[index] = copy;
        else
          {
            memmove (&self->values[index], &self->values[index + 1], (n_values - index - 1) * sizeof (char *));
            self->set_fields &= ~(1u << field);
            if (n_values == 1)
              g_clear_pointer (&self->values, g_free);
          }
      }
    else
      {
        self->values = g_renew (char *, self->values, n_values + 1);
        memmove (&self->values[index + 1], &self->values[index], (n_values - index) * sizeof (char *));
        self->values[index] = copy;
        self->set_fields |= 1u << field;
      }
  }

  if (field == INOVDA_FIELD_NAME)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  else if (field == INOVDA_FIELD_TAHAPAN)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAHAPAN]);
  else if (field == INOVDA_FIELD_URUSAN_UTAMA)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URUSAN_UTAMA]);
}

void
inovda_innovation_set_urusan_lain (InovdaInnovation *self,
                                   const char *const *codes)
{
  g_return_if_fail (INOVDA_IS_INNOVATION (self));

  g_strfreev (self->urusan_lain);
  self->urusan_lain = g_strdupv ((char **) codes);
}

void
inovda_innovation_set_assessment (InovdaInnovation *self,
                                  const char *status,
                                  gint64 kematangan,
                                  gint64 kematangan_verified,
                                  gboolean eligible,
                                  const char *problems)
{
  g_return_if_fail (INOVDA_IS_INNOVATION (self));

  eligible = !!eligible;
  g_object_freeze_notify (G_OBJECT (self));
  if (g_strcmp0 (self->status, status) != 0)
    {
      release_shared (&self->status);
      self->status = share_string (status);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
  if (self->kematangan != kematangan)
    {
      self->kematangan = kematangan;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEMATANGAN]);
    }
  if (self->kematangan_verified != kematangan_verified)
    {
      self->kematangan_verified = kematangan_verified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEMATANGAN_VERIFIED]);
    }
  if (self->eligible != eligible)
    {
      self->eligible = eligible;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ELIGIBLE]);
    }
  if (g_strcmp0 (self->problems, problems) != 0)
    {
      release_shared (&self->problems);
      self->problems = share_string (problems);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEMS]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}
