/* inovda-region-year.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-region-year"

#include "config.h"

#include "inovda-region-year.h"

G_DEFINE_BOXED_TYPE (InovdaRegionYear, inovda_region_year, inovda_region_year_ref, inovda_region_year_unref)

InovdaRegionYear *
inovda_region_year_new (InovdaCatalogue *catalogue,
                        int year,
                        guint n_innovations)
{
  InovdaRegionYear *self = g_new0 (InovdaRegionYear, 1);

  g_return_val_if_fail (catalogue != NULL, NULL);

  g_atomic_ref_count_init (&self->ref_count);
  self->strings = g_string_chunk_new (4096);
  self->catalogue = inovda_catalogue_ref (catalogue);
  self->year = year;
  inovda_score_region_init (&self->region);
  self->region.innovations = g_new (InovdaScoreInnovation, MAX (n_innovations, 1));
  for (guint i = 0; i < n_innovations; i++)
    inovda_score_innovation_init (&self->region.innovations[i]);
  self->region.n_innovations = n_innovations;
  self->innovation_ids = g_new0 (gint64, MAX (n_innovations, 1));
  self->spd_raw_values = g_new0 (char *, INOVDA_MAX_INDICATORS);
  self->n_evidence = g_new0 (guint, (gsize) MAX (n_innovations, 1) * INOVDA_MAX_INDICATORS);
  self->spd_n_evidence = g_new0 (guint, INOVDA_MAX_INDICATORS);
  return self;
}

InovdaRegionYear *
inovda_region_year_ref (InovdaRegionYear *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
inovda_region_year_unref (InovdaRegionYear *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_string_chunk_free (self->strings);
  inovda_catalogue_unref (self->catalogue);
  g_free (self->region.innovations);
  g_free (self->innovation_ids);
  g_free (self->spd_raw_values);
  g_free (self->n_evidence);
  g_free (self->spd_n_evidence);
  g_free (self);
}

/* Strings live as long as @self; NULL stays NULL. */
const char *
inovda_region_year_intern (InovdaRegionYear *self,
                           const char *text)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (text == NULL)
    return NULL;
  return g_string_chunk_insert_const (self->strings, text);
}

int
inovda_region_year_find (InovdaRegionYear *self,
                         gint64 innovation_id)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < self->region.n_innovations; i++)
    if (self->innovation_ids[i] == innovation_id)
      return (int) i;
  return -1;
}
