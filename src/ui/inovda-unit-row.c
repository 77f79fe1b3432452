/* inovda-unit-row.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-unit-row"

#include "config.h"

#include "model/inovda-decimal.h"

#include "inovda-unit-row.h"

struct _InovdaUnitRow
{
  GObject parent_instance;

  InovdaUnit *unit;
  int year;
  guint counts[INOVDA_UNIT_ROW_N_YEARS];
  guint year_count;
  gint64 kematangan_sum;
  guint n_scored;
};

G_DEFINE_FINAL_TYPE (InovdaUnitRow, inovda_unit_row, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_YEAR_COUNT,
  PROP_AVERAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
inovda_unit_row_dispose (GObject *object)
{
  InovdaUnitRow *self = INOVDA_UNIT_ROW (object);

  g_clear_object (&self->unit);

  G_OBJECT_CLASS (inovda_unit_row_parent_class)->dispose (object);
}

static void
inovda_unit_row_get_property (GObject *object,
                              guint prop_id,
                              GValue *value,
                              GParamSpec *pspec)
{
  InovdaUnitRow *self = INOVDA_UNIT_ROW (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, inovda_unit_row_get_code (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, inovda_unit_row_get_name (self));
      break;

    case PROP_YEAR_COUNT:
      g_value_set_uint (value, self->year_count);
      break;

    case PROP_AVERAGE:
      g_value_set_int64 (value, inovda_unit_row_get_average (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
inovda_unit_row_class_init (InovdaUnitRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = inovda_unit_row_dispose;
  object_class->get_property = inovda_unit_row_get_property;

  properties[PROP_CODE] =
      g_param_spec_string ("code", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
      g_param_spec_string ("name", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR_COUNT] =
      g_param_spec_uint ("year-count", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AVERAGE] =
      g_param_spec_int64 ("average", NULL, NULL, -1, G_MAXINT64, -1,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
inovda_unit_row_init (InovdaUnitRow *self)
{
  for (guint i = 0; i < INOVDA_UNIT_ROW_N_YEARS; i++)
    self->counts[i] = G_MAXUINT;
  self->year_count = 0;
}

InovdaUnitRow *
inovda_unit_row_new (InovdaUnit *unit,
                     int year)
{
  InovdaUnitRow *self;

  g_return_val_if_fail (INOVDA_IS_UNIT (unit), NULL);

  self = g_object_new (INOVDA_TYPE_UNIT_ROW, NULL);
  self->unit = g_object_ref (unit);
  self->year = year;
  return self;
}

InovdaUnit *
inovda_unit_row_get_unit (InovdaUnitRow *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT_ROW (self), NULL);
  return self->unit;
}

const char *
inovda_unit_row_get_code (InovdaUnitRow *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT_ROW (self), NULL);
  return inovda_unit_get_code (self->unit);
}

const char *
inovda_unit_row_get_name (InovdaUnitRow *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT_ROW (self), NULL);
  return inovda_unit_get_name (self->unit);
}

int
inovda_unit_row_get_year (InovdaUnitRow *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT_ROW (self), 0);
  return self->year;
}

guint
inovda_unit_row_get_count (InovdaUnitRow *self,
                           int year)
{
  int index = year - INOVDA_UNIT_ROW_FIRST_YEAR;

  g_return_val_if_fail (INOVDA_IS_UNIT_ROW (self), G_MAXUINT);

  if (year == self->year)
    return self->year_count;
  if (index < 0 || index >= INOVDA_UNIT_ROW_N_YEARS)
    return G_MAXUINT;
  return self->counts[index];
}

guint
inovda_unit_row_get_year_count (InovdaUnitRow *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT_ROW (self), 0);
  return self->year_count;
}

gboolean
inovda_unit_row_get_compliant (InovdaUnitRow *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT_ROW (self), FALSE);
  return self->year_count > 0;
}

gint64
inovda_unit_row_get_average (InovdaUnitRow *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT_ROW (self), -1);

  if (self->n_scored == 0)
    return -1;
  return inovda_decimal_div_half_up (self->kematangan_sum, self->n_scored);
}

guint
inovda_unit_row_get_n_scored (InovdaUnitRow *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT_ROW (self), 0);
  return self->n_scored;
}

void
inovda_unit_row_set_count (InovdaUnitRow *self,
                           int year,
                           guint count)
{
  int index = year - INOVDA_UNIT_ROW_FIRST_YEAR;

  g_return_if_fail (INOVDA_IS_UNIT_ROW (self));

  if (index >= 0 && index < INOVDA_UNIT_ROW_N_YEARS)
    self->counts[index] = count;
  if (year == self->year && self->year_count != count)
    {
      self->year_count = count;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR_COUNT]);
    }
}

void
inovda_unit_row_add_kematangan (InovdaUnitRow *self,
                                gint64 kematangan)
{
  g_return_if_fail (INOVDA_IS_UNIT_ROW (self));
  g_return_if_fail (kematangan >= 0);

  self->kematangan_sum += kematangan;
  self->n_scored++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVERAGE]);
}
