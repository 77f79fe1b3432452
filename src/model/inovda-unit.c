/* inovda-unit.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-unit"

#include "config.h"

#include "inovda-unit.h"

struct _InovdaUnit
{
  GObject parent_instance;

  gint64 id;
  char *region_code;
  char *code;
  char *name;
  char *short_name;
  guint n_innovations;
};

G_DEFINE_FINAL_TYPE (InovdaUnit, inovda_unit, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_N_INNOVATIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
inovda_unit_finalize (GObject *object)
{
  InovdaUnit *self = (InovdaUnit *) object;

  g_free (self->region_code);
  g_free (self->code);
  g_free (self->name);
  g_free (self->short_name);

  G_OBJECT_CLASS (inovda_unit_parent_class)->finalize (object);
}

static void
inovda_unit_get_property (GObject *object,
                          guint prop_id,
                          GValue *value,
                          GParamSpec *pspec)
{
  InovdaUnit *self = INOVDA_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;

    case PROP_N_INNOVATIONS:
      g_value_set_uint (value, self->n_innovations);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
inovda_unit_class_init (InovdaUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = inovda_unit_finalize;
  object_class->get_property = inovda_unit_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHORT_NAME] = g_param_spec_string ("short-name", NULL, NULL, NULL,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_INNOVATIONS] = g_param_spec_uint ("n-innovations", NULL, NULL, 0, G_MAXUINT, 0,
                                                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
inovda_unit_init (InovdaUnit *self)
{
}

InovdaUnit *
inovda_unit_new (gint64 id,
                 const char *region_code,
                 const char *code,
                 const char *name,
                 const char *short_name)
{
  InovdaUnit *self = g_object_new (INOVDA_TYPE_UNIT, NULL);

  self->id = id;
  self->region_code = g_strdup (region_code);
  self->code = g_strdup (code);
  self->name = g_strdup (name);
  self->short_name = g_strdup (short_name);
  return self;
}

gint64
inovda_unit_get_id (InovdaUnit *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT (self), 0);
  return self->id;
}

const char *
inovda_unit_get_region_code (InovdaUnit *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT (self), NULL);
  return self->region_code;
}

const char *
inovda_unit_get_code (InovdaUnit *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT (self), NULL);
  return self->code;
}

const char *
inovda_unit_get_name (InovdaUnit *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT (self), NULL);
  return self->name;
}

const char *
inovda_unit_get_short_name (InovdaUnit *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT (self), NULL);
  return self->short_name;
}

guint
inovda_unit_get_n_innovations (InovdaUnit *self)
{
  g_return_val_if_fail (INOVDA_IS_UNIT (self), 0);
  return self->n_innovations;
}

void
inovda_unit_set_n_innovations (InovdaUnit *self,
                               guint n_innovations)
{
  g_return_if_fail (INOVDA_IS_UNIT (self));

  if (self->n_innovations == n_innovations)
    return;
  self->n_innovations = n_innovations;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_INNOVATIONS]);
}
