/* inovda-region.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-region"

#include "config.h"

#include "inovda-region.h"

struct _InovdaRegion
{
  GObject parent_instance;

  char *code;
  char *name;
  InovdaRegionLevel level;
};

G_DEFINE_FINAL_TYPE (InovdaRegion, inovda_region, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_LEVEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
inovda_region_finalize (GObject *object)
{
  InovdaRegion *self = (InovdaRegion *) object;

  g_free (self->code);
  g_free (self->name);

  G_OBJECT_CLASS (inovda_region_parent_class)->finalize (object);
}

static void
inovda_region_get_property (GObject *object,
                            guint prop_id,
                            GValue *value,
                            GParamSpec *pspec)
{
  InovdaRegion *self = INOVDA_REGION (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_LEVEL:
      g_value_set_string (value, inovda_region_level_to_code (self->level));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
inovda_region_class_init (InovdaRegionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = inovda_region_finalize;
  object_class->get_property = inovda_region_get_property;

  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEVEL] = g_param_spec_string ("level", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
inovda_region_init (InovdaRegion *self)
{
}

InovdaRegion *
inovda_region_new (const char *code,
                   const char *name,
                   InovdaRegionLevel level)
{
  InovdaRegion *self = g_object_new (INOVDA_TYPE_REGION, NULL);

  self->code = g_strdup (code);
  self->name = g_strdup (name);
  self->level = level;
  return self;
}

const char *
inovda_region_get_code (InovdaRegion *self)
{
  g_return_val_if_fail (INOVDA_IS_REGION (self), NULL);
  return self->code;
}

const char *
inovda_region_get_name (InovdaRegion *self)
{
  g_return_val_if_fail (INOVDA_IS_REGION (self), NULL);
  return self->name;
}

InovdaRegionLevel
inovda_region_get_level (InovdaRegion *self)
{
  g_return_val_if_fail (INOVDA_IS_REGION (self), INOVDA_REGION_PROVINSI);
  return self->level;
}
