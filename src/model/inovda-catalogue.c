/* inovda-catalogue.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-catalogue"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "inovda-catalogue.h"
#include "inovda-decimal.h"

G_DEFINE_BOXED_TYPE (InovdaCatalogue, inovda_catalogue, inovda_catalogue_ref, inovda_catalogue_unref)

static void
variable_free (gpointer data)
{
  InovdaVariable *variable = data;

  g_free (variable->id);
  g_free (variable->name);
  g_free (variable);
}

static void
option_free (gpointer data)
{
  InovdaValueOption *option = data;

  g_free (option->code);
  g_free (option->label);
  g_free (option);
}

static void
band_free (gpointer data)
{
  InovdaPredikatBand *band = data;

  g_free (band->label);
  g_free (band);
}

static void
inference_free (gpointer data)
{
  InovdaInference *inference = data;

  g_free (inference->key);
  g_free (inference->description);
  g_free (inference);
}

InovdaBasis *
inovda_basis_new (void)
{
  return g_new0 (InovdaBasis, 1);
}

void
inovda_basis_free (InovdaBasis *basis)
{
  if (basis == NULL)
    return;
  g_free (basis->id);
  g_free (basis->name);
  for (guint i = 0; i < INOVDA_LEVEL_MAX; i++)
    g_free (basis->levels[i]);
  g_free (basis->evidence);
  g_free (basis);
}

InovdaIndicator *
inovda_indicator_new (void)
{
  InovdaIndicator *indicator = g_new0 (InovdaIndicator, 1);

  indicator->row = g_strdup ("");
  indicator->options = g_ptr_array_new_with_free_func (option_free);
  indicator->bases = g_ptr_array_new_with_free_func ((GDestroyNotify) inovda_basis_free);
  return indicator;
}

void
inovda_indicator_free (InovdaIndicator *indicator)
{
  if (indicator == NULL)
    return;
  g_free (indicator->id);
  g_free (indicator->row);
  g_free (indicator->variable);
  g_free (indicator->name);
  for (guint i = 0; i < INOVDA_LEVEL_MAX; i++)
    g_free (indicator->levels[i]);
  g_free (indicator->evidence);
  g_free (indicator->file_types);
  g_free (indicator->value_unit);
  g_clear_pointer (&indicator->options, g_ptr_array_unref);
  g_clear_pointer (&indicator->bases, g_ptr_array_unref);
  g_free (indicator);
}

InovdaCatalogue *
inovda_catalogue_new (void)
{
  InovdaCatalogue *self = g_new0 (InovdaCatalogue, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->inferred = g_ptr_array_new_with_free_func (inference_free);
  self->variables = g_ptr_array_new_with_free_func (variable_free);
  self->spd = g_ptr_array_new_with_free_func ((GDestroyNotify) inovda_indicator_free);
  self->sid = g_ptr_array_new_with_free_func ((GDestroyNotify) inovda_indicator_free);
  self->bands = g_ptr_array_new_with_free_func (band_free);
  return self;
}

InovdaCatalogue *
inovda_catalogue_ref (InovdaCatalogue *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
inovda_catalogue_unref (InovdaCatalogue *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->title);
  g_free (self->source);
  g_free (self->eligible_from);
  g_free (self->eligible_to);
  g_ptr_array_unref (self->inferred);
  g_ptr_array_unref (self->variables);
  g_ptr_array_unref (self->spd);
  g_ptr_array_unref (self->sid);
  g_ptr_array_unref (self->bands);
  g_free (self);
}

const InovdaIndicator *
inovda_catalogue_find_indicator (InovdaCatalogue *self,
                                 const char *id)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (id == NULL)
    return NULL;
  for (guint i = 0; i < self->spd->len; i++)
    {
      const InovdaIndicator *indicator = g_ptr_array_index (self->spd, i);
      if (g_str_equal (indicator->id, id))
        return indicator;
    }
  for (guint i = 0; i < self->sid->len; i++)
    {
      const InovdaIndicator *indicator = g_ptr_array_index (self->sid, i);
      if (g_str_equal (indicator->id, id))
        return indicator;
    }
  return NULL;
}

int
inovda_catalogue_indicator_index (InovdaCatalogue *self,
                                  InovdaAspect aspect,
                                  const char *id)
{
  GPtrArray *rows;

  g_return_val_if_fail (self != NULL, -1);

  if (id == NULL)
    return -1;
  rows = aspect == INOVDA_ASPECT_SPD ? self->spd : self->sid;
  for (guint i = 0; i < rows->len; i++)
    {
      const InovdaIndicator *indicator = g_ptr_array_index (rows, i);
      if (indicator->id[0] == id[0] && strcmp (indicator->id, id) == 0)
        return (int) i;
    }
  return -1;
}

const InovdaVariable *
inovda_catalogue_find_variable (InovdaCatalogue *self,
                                const char *id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; id != NULL && i < self->variables->len; i++)
    {
      const InovdaVariable *variable = g_ptr_array_index (self->variables, i);
      if (g_str_equal (variable->id, id))
        return variable;
    }
  return NULL;
}

const InovdaBasis *
inovda_indicator_find_basis (const InovdaIndicator *indicator,
                             const char *basis_id)
{
  g_return_val_if_fail (indicator != NULL, NULL);

  for (guint i = 0; basis_id != NULL && i < indicator->bases->len; i++)
    {
      const InovdaBasis *basis = g_ptr_array_index (indicator->bases, i);
      if (g_str_equal (basis->id, basis_id))
        return basis;
    }
  return NULL;
}

static gint64
sum_of_weights (GPtrArray *rows)
{
  gint64 sum = 0;

  for (guint i = 0; i < rows->len; i++)
    sum += ((const InovdaIndicator *) g_ptr_array_index (rows, i))->weight;
  return sum;
}

/* Maxima in hundredths. */
gint64
inovda_catalogue_max_spd (InovdaCatalogue *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return sum_of_weights (self->spd) * INOVDA_LEVEL_MAX;
}

gint64
inovda_catalogue_max_kematangan (InovdaCatalogue *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return sum_of_weights (self->sid) * INOVDA_LEVEL_MAX;
}

gint64
inovda_catalogue_max_jumlah (InovdaCatalogue *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->jumlah_factor * (gint64) self->jumlah_cap;
}

/* Returns the index in self->bands of the band of @iid_hundredths, or -1 for
 * Tidak Dapat Dinilai (an index of 0, or below every band). */
int
inovda_catalogue_band_index (InovdaCatalogue *self,
                             gint64 iid_hundredths)
{
  g_return_val_if_fail (self != NULL, -1);

  if (iid_hundredths <= 0)
    return -1;
  for (guint i = 0; i < self->bands->len; i++)
    {
      const InovdaPredikatBand *band = g_ptr_array_index (self->bands, i);
      if (iid_hundredths >= band->lower)
        return (int) i;
    }
  return -1;
}

const char *
inovda_catalogue_predikat_for (InovdaCatalogue *self,
                               gint64 iid_hundredths)
{
  int index = inovda_catalogue_band_index (self, iid_hundredths);

  if (index < 0)
    return INOVDA_PREDIKAT_TIDAK_DAPAT_DINILAI;
  return ((const InovdaPredikatBand *) g_ptr_array_index (self->bands, index))->label;
}

static gboolean
reaches (const InovdaIndicator *indicator,
         gint64 value,
         gint64 threshold)
{
  if (indicator->direction == INOVDA_DIRECTION_HIGHER_IS_BETTER)
    return value >= threshold;
  return value <= threshold;
}

/* The level a raw value gives; the higher level wins where the published
 * ranges overlap. */
int
inovda_indicator_level_for_value (const InovdaIndicator *indicator,
                                  gint64 value)
{
  g_return_val_if_fail (indicator != NULL, 0);
  g_return_val_if_fail (indicator->input == INOVDA_INPUT_VALUE, 0);

  if (reaches (indicator, value, indicator->threshold[2]))
    return 3;
  if (reaches (indicator, value, indicator->threshold[1]))
    return 2;
  if (!indicator->has_level1_threshold || reaches (indicator, value, indicator->threshold[0]))
    return 1;
  return 0;
}

static char *
format_bound (gint64 value)
{
  return inovda_decimal_format (value, 4, value % INOVDA_VALUE_SCALE == 0 ? 0 : 2, inovda_decimal_mark ());
}

gboolean
inovda_indicator_value_possible (const InovdaIndicator *indicator,
                                 gint64 value,
                                 char **range)
{
  g_autofree char *minimum = NULL;
  g_autofree char *maximum = NULL;

  g_return_val_if_fail (indicator != NULL, FALSE);

  if ((!indicator->has_minimum || value >= indicator->minimum) &&
      (!indicator->has_maximum || value <= indicator->maximum))
    return TRUE;
  if (range == NULL)
    return FALSE;

  minimum = indicator->has_minimum ? format_bound (indicator->minimum) : NULL;
  maximum = indicator->has_maximum ? format_bound (indicator->maximum) : NULL;
  if (minimum != NULL && maximum != NULL)
    /* Translators: the values an indicator's measure can take, e.g. “0 to 100” */
    *range = g_strdup_printf (_ ("%s to %s"), minimum, maximum);
  else if (minimum != NULL)
    /* Translators: the values an indicator's measure can take, e.g. “at least -100” */
    *range = g_strdup_printf (_ ("at least %s"), minimum);
  else
    /* Translators: the values an indicator's measure can take, e.g. “at most 100” */
    *range = g_strdup_printf (_ ("at most %s"), maximum);
  return FALSE;
}

/* Returns the level of a category code, or -1 for a code the catalogue does
 * not know. */
int
inovda_indicator_level_for_code (const InovdaIndicator *indicator,
                                 const char *code)
{
  g_return_val_if_fail (indicator != NULL, -1);

  for (guint i = 0; code != NULL && i < indicator->options->len; i++)
    {
      const InovdaValueOption *option = g_ptr_array_index (indicator->options, i);
      if (g_ascii_strcasecmp (option->code, code) == 0)
        return option->level;
    }
  return -1;
}
