/* inovda-innovation-filter.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-innovation-filter"

#include "config.h"

#include <string.h>

#include "inovda-innovation-filter.h"
#include "inovda-ui-format.h"

#include "model/inovda-enums.h"

struct _InovdaInnovationFilter
{
  GtkFilter parent_instance;

  char *query;   /* folded */
  char **tokens; /* the words of the query, no empty ones */
  gint64 unit_id;
  int tahapan;
  int status;
  char *urusan;
  gboolean problems_only;
  gboolean at_risk_only;
};

G_DEFINE_FINAL_TYPE (InovdaInnovationFilter, inovda_innovation_filter, GTK_TYPE_FILTER)

static GQuark haystack_quark;

/* ------------------------------------------------------------------------ */

/* Folded once per innovation object: the list is reloaded on every edit,
 * so a stale haystack never outlives its innovation. */
static const char *
innovation_haystack (InovdaInnovation *innovation)
{
  g_autoptr (GString) text = NULL;
  const char *haystack = g_object_get_qdata (G_OBJECT (innovation), haystack_quark);
  char *folded;
  int kind;

  if (haystack != NULL)
    return haystack;

  text = g_string_new (NULL);
  g_string_append_printf (text, "%s\n%s\n%s\n%s\n%s",
                          inovda_innovation_get_name (innovation) ?: "",
                          inovda_innovation_get_uid (innovation) ?: "",
                          inovda_innovation_get_unit_name (innovation) ?: "",
                          inovda_innovation_get_unit_code (innovation) ?: "",
                          inovda_innovation_get_field (innovation, INOVDA_FIELD_NAMA_INISIATOR) ?: "");
  kind = inovda_inisiator_from_code (inovda_innovation_get_field (innovation, INOVDA_FIELD_INISIATOR));
  if (kind >= 0)
    g_string_append_printf (text, "\n%s", inovda_inisiator_get_label (kind));

  folded = inovda_ui_fold_for_search (text->str);
  g_object_set_qdata_full (G_OBJECT (innovation), haystack_quark, folded, g_free);
  return folded;
}

static gboolean
has_urusan (InovdaInnovation *innovation,
            const char *code)
{
  const char *const *others = inovda_innovation_get_urusan_lain (innovation);

  if (g_strcmp0 (inovda_innovation_get_field (innovation, INOVDA_FIELD_URUSAN_UTAMA), code) == 0)
    return TRUE;
  for (guint i = 0; others != NULL && others[i] != NULL; i++)
    if (g_str_equal (others[i], code))
      return TRUE;
  return FALSE;
}

static void
choices_changed (InovdaInnovationFilter *self)
{
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

/* ------------------------------------------------------------------------ */

static gboolean
inovda_innovation_filter_match (GtkFilter *filter,
                                gpointer item)
{
  InovdaInnovationFilter *self = INOVDA_INNOVATION_FILTER (filter);
  InovdaInnovation *innovation = INOVDA_INNOVATION (item);
  const char *status = inovda_innovation_get_status (innovation);

  if (self->unit_id != 0 && inovda_innovation_get_unit_id (innovation) != self->unit_id)
    return FALSE;
  if (self->tahapan != INOVDA_INNOVATION_FILTER_ANY &&
      inovda_tahapan_from_code (inovda_innovation_get_field (innovation, INOVDA_FIELD_TAHAPAN)) != self->tahapan)
    return FALSE;
  if (self->status == INOVDA_INNOVATION_FILTER_NOT_REPORTED && status != NULL)
    return FALSE;
  if (self->status >= 0 && inovda_status_from_code (status) != self->status)
    return FALSE;
  if (self->urusan != NULL && !has_urusan (innovation, self->urusan))
    return FALSE;
  if (self->problems_only && (status == NULL || inovda_innovation_get_eligible (innovation)))
    return FALSE;
  if (self->at_risk_only && (status == NULL || inovda_innovation_get_n_at_risk (innovation) == 0))
    return FALSE;

  if (self->tokens != NULL)
    {
      const char *haystack = innovation_haystack (innovation);

      for (guint i = 0; self->tokens[i] != NULL; i++)
        if (strstr (haystack, self->tokens[i]) == NULL)
          return FALSE;
    }
  return TRUE;
}

static GtkFilterMatch
inovda_innovation_filter_get_strictness (GtkFilter *filter)
{
  InovdaInnovationFilter *self = INOVDA_INNOVATION_FILTER (filter);

  if (self->tokens == NULL && inovda_innovation_filter_count_choices (self) == 0)
    return GTK_FILTER_MATCH_ALL;
  return GTK_FILTER_MATCH_SOME;
}

static void
inovda_innovation_filter_finalize (GObject *object)
{
  InovdaInnovationFilter *self = INOVDA_INNOVATION_FILTER (object);

  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->tokens, g_strfreev);
  g_clear_pointer (&self->urusan, g_free);

  G_OBJECT_CLASS (inovda_innovation_filter_parent_class)->finalize (object);
}

static void
inovda_innovation_filter_class_init (InovdaInnovationFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = inovda_innovation_filter_finalize;
  filter_class->match = inovda_innovation_filter_match;
  filter_class->get_strictness = inovda_innovation_filter_get_strictness;

  haystack_quark = g_quark_from_static_string ("inovda-search-haystack");
}

static void
inovda_innovation_filter_init (InovdaInnovationFilter *self)
{
  self->tahapan = INOVDA_INNOVATION_FILTER_ANY;
  self->status = INOVDA_INNOVATION_FILTER_ANY;
}

/* ------------------------------------------------------------------------ */

InovdaInnovationFilter *
inovda_innovation_filter_new (void)
{
  return g_object_new (INOVDA_TYPE_INNOVATION_FILTER, NULL);
}

/* The number of popover choices in force, for the filter button. */
guint
inovda_innovation_filter_count_choices (InovdaInnovationFilter *self)
{
  g_return_val_if_fail (INOVDA_IS_INNOVATION_FILTER (self), 0);

  return (self->unit_id != 0) +
         (self->tahapan != INOVDA_INNOVATION_FILTER_ANY) +
         (self->status != INOVDA_INNOVATION_FILTER_ANY) +
         (self->urusan != NULL) +
         (self->problems_only != FALSE) +
         (self->at_risk_only != FALSE);
}

void
inovda_innovation_filter_set_search (InovdaInnovationFilter *self,
                                     const char *text)
{
  g_autofree char *query = NULL;
  GtkFilterChange change;
  guint kept = 0;

  g_return_if_fail (INOVDA_IS_INNOVATION_FILTER (self));

  query = g_strstrip (inovda_ui_fold_for_search (text));
  if (g_strcmp0 (query, self->query) == 0)
    return;

  if (self->query == NULL || strstr (query, self->query) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (self->query, query) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  g_free (self->query);
  self->query = g_steal_pointer (&query);
  g_clear_pointer (&self->tokens, g_strfreev);
  self->tokens = g_strsplit_set (self->query, " \t", -1);

  /* Empty words from repeated spaces would match everything. */
  for (guint i = 0; self->tokens[i] != NULL; i++)
    {
      if (self->tokens[i][0] == '\0')
        g_free (self->tokens[i]);
      else
        self->tokens[kept++] = self->tokens[i];
    }
  self->tokens[kept] = NULL;
  if (kept == 0)
    g_clear_pointer (&self->tokens, g_strfreev);

  gtk_filter_changed (GTK_FILTER (self), change);
}

void
inovda_innovation_filter_set_unit (InovdaInnovationFilter *self,
                                   gint64 unit_id)
{
  g_return_if_fail (INOVDA_IS_INNOVATION_FILTER (self));

  if (self->unit_id == unit_id)
    return;
  self->unit_id = unit_id;
  choices_changed (self);
}

void
inovda_innovation_filter_set_tahapan (InovdaInnovationFilter *self,
                                      int tahapan)
{
  g_return_if_fail (INOVDA_IS_INNOVATION_FILTER (self));

  if (self->tahapan == tahapan)
    return;
  self->tahapan = tahapan;
  choices_changed (self);
}

void
inovda_innovation_filter_set_status (InovdaInnovationFilter *self,
                                     int status)
{
  g_return_if_fail (INOVDA_IS_INNOVATION_FILTER (self));

  if (self->status == status)
    return;
  self->status = status;
  choices_changed (self);
}

void
inovda_innovation_filter_set_urusan (InovdaInnovationFilter *self,
                                     const char *code)
{
  g_return_if_fail (INOVDA_IS_INNOVATION_FILTER (self));

  if (g_strcmp0 (self->urusan, code) == 0)
    return;
  g_free (self->urusan);
  self->urusan = g_strdup (code);
  choices_changed (self);
}

void
inovda_innovation_filter_set_problems (InovdaInnovationFilter *self,
                                       gboolean problems_only)
{
  g_return_if_fail (INOVDA_IS_INNOVATION_FILTER (self));

  if (self->problems_only == !!problems_only)
    return;
  self->problems_only = !!problems_only;
  choices_changed (self);
}

/* Only the innovations with claimed levels that have no evidence yet. */
void
inovda_innovation_filter_set_at_risk (InovdaInnovationFilter *self,
                                      gboolean at_risk_only)
{
  g_return_if_fail (INOVDA_IS_INNOVATION_FILTER (self));

  if (self->at_risk_only == !!at_risk_only)
    return;
  self->at_risk_only = !!at_risk_only;
  choices_changed (self);
}

void
inovda_innovation_filter_reset_choices (InovdaInnovationFilter *self)
{
  g_return_if_fail (INOVDA_IS_INNOVATION_FILTER (self));

  if (inovda_innovation_filter_count_choices (self) == 0)
    return;
  self->unit_id = 0;
  self->tahapan = INOVDA_INNOVATION_FILTER_ANY;
  self->status = INOVDA_INNOVATION_FILTER_ANY;
  g_clear_pointer (&self->urusan, g_free);
  self->problems_only = FALSE;
  self->at_risk_only = FALSE;
  choices_changed (self);
}
