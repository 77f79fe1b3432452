/* inovda-import-scores.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "inovda-import-scores.h"
#include "model/inovda-decimal.h"
#include "scoring/inovda-iid.h"

typedef struct
{
  char *region_name;
  InovdaImportScore klaim;
  InovdaImportScore verified;
} Snapshot;

struct _InovdaImportScores
{
  GHashTable *snapshots; /* "region\x1fyear" → Snapshot* */
};

static void
snapshot_free (gpointer data)
{
  Snapshot *snapshot = data;

  g_free (snapshot->region_name);
  g_free (snapshot->klaim.predikat);
  g_free (snapshot->verified.predikat);
  g_free (snapshot);
}

static void
score_copy (InovdaImportScore *score,
            const InovdaProjectionResult *result)
{
  score->iid = result->iid;
  score->counted = result->counted;
  score->predikat = g_strdup (result->predikat);
}

static const InovdaImportScore absent = { -1, 0, NULL };

gboolean
inovda_import_score_equal (const InovdaImportScore *a,
                           const InovdaImportScore *b)
{
  return a->iid == b->iid && a->counted == b->counted && g_strcmp0 (a->predikat, b->predikat) == 0;
}

static gboolean
score_is_empty (const InovdaImportScore *score)
{
  return score->iid == 0 && score->counted == 0;
}

static void
score_set (InovdaImportScore *score,
           const InovdaImportScore *from)
{
  score->iid = from->iid;
  score->counted = from->counted;
  score->predikat = g_strdup (from->predikat);
}

static char *
snapshot_key (const char *region_code,
              int year)
{
  return g_strdup_printf ("%s\x1f%d", region_code, year);
}

static gboolean
take_region_year (InovdaImportScores *self,
                  InovdaPortfolio *portfolio,
                  InovdaCatalogue *catalogue,
                  InovdaRegion *region,
                  int year,
                  GError **error)
{
  g_autoptr (InovdaRegionYear) loaded = NULL;
  InovdaRegionScore score;
  Snapshot *snapshot;

  loaded = inovda_portfolio_load_region_year (portfolio, catalogue, inovda_region_get_code (region), year, error);
  if (loaded == NULL)
    return FALSE;

  inovda_score_region (catalogue, &loaded->region, &score);
  snapshot = g_new0 (Snapshot, 1);
  snapshot->region_name = g_strdup (inovda_region_get_name (region));
  score_copy (&snapshot->klaim, &score.klaim);
  score_copy (&snapshot->verified, &score.verifikasi);
  inovda_region_score_clear (&score);

  g_hash_table_insert (self->snapshots, snapshot_key (inovda_region_get_code (region), year), snapshot);
  return TRUE;
}

InovdaImportScores *
_inovda_import_scores_take (InovdaPortfolio *portfolio,
                            GHashTable *catalogues,
                            GHashTable *region_codes,
                            GCancellable *cancellable,
                            GError **error)
{
  g_autoptr (InovdaImportScores) self = g_new0 (InovdaImportScores, 1);
  g_autoptr (GListModel) regions = NULL;

  self->snapshots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, snapshot_free);
  regions = inovda_portfolio_list_regions (portfolio, error);
  if (regions == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr (InovdaRegion) region = g_list_model_get_item (regions, i);
      GHashTableIter iter;
      gpointer year, catalogue;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (region_codes != NULL && !g_hash_table_contains (region_codes, inovda_region_get_code (region)))
        continue;

      g_hash_table_iter_init (&iter, catalogues);
      while (g_hash_table_iter_next (&iter, &year, &catalogue))
        if (catalogue != NULL &&
            !take_region_year (self, portfolio, catalogue, region, GPOINTER_TO_INT (year), error))
          return NULL;
    }
  return g_steal_pointer (&self);
}

void
_inovda_import_scores_free (InovdaImportScores *self)
{
  g_clear_pointer (&self->snapshots, g_hash_table_unref);
  g_free (self);
}

static void
change_free (gpointer data)
{
  InovdaImportScoreChange *change = data;

  g_free (change->region_code);
  g_free (change->region_name);
  for (guint i = 0; i < 2; i++)
    {
      g_free (change->klaim[i].predikat);
      g_free (change->verified[i].predikat);
    }
  g_free (change);
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const InovdaImportScoreChange *x = *(InovdaImportScoreChange *const *) a;
  const InovdaImportScoreChange *y = *(InovdaImportScoreChange *const *) b;
  int by_code = strcmp (x->region_code, y->region_code);

  return by_code != 0 ? by_code : x->year - y->year;
}

GPtrArray *
_inovda_import_scores_compare (InovdaImportScores *before,
                               InovdaImportScores *after)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func (change_free);
  GHashTableIter iter;
  gpointer key, value;

  /* An import adds and updates, never removes: every region of before is
   * in after. */
  g_hash_table_iter_init (&iter, after->snapshots);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const Snapshot *now = value;
      const Snapshot *then = g_hash_table_lookup (before->snapshots, key);
      const InovdaImportScore *klaim = then != NULL ? &then->klaim : &absent;
      const InovdaImportScore *verified = then != NULL ? &then->verified : &absent;
      InovdaImportScoreChange *change;
      const char *separator;

      if (inovda_import_score_equal (klaim, &now->klaim) && inovda_import_score_equal (verified, &now->verified))
        continue;
      /* A region the file only names, with nothing to score in the year */
      if (then == NULL && score_is_empty (&now->klaim) && score_is_empty (&now->verified))
        continue;

      separator = strchr (key, '\x1f');
      change = g_new0 (InovdaImportScoreChange, 1);
      change->region_code = g_strndup (key, separator - (const char *) key);
      change->region_name = g_strdup (now->region_name);
      change->year = atoi (separator + 1);
      score_set (&change->klaim[0], klaim);
      score_set (&change->klaim[1], &now->klaim);
      score_set (&change->verified[0], verified);
      score_set (&change->verified[1], &now->verified);
      g_ptr_array_add (changes, change);
    }
  g_ptr_array_sort (changes, compare_changes);
  return changes;
}

char *
inovda_import_score_describe (const InovdaImportScore *score)
{
  g_autofree char *iid = NULL;

  if (score->predikat == NULL)
    /* Translators: a region's index before an import that adds the region */
    return g_strdup (_ ("not in the portfolio"));

  iid = inovda_format_score (score->iid);
  /* Translators: an IID such as 51,71, its predikat, then a count */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s %s, %u innovation counted",
                                       "%s %s, %u innovations counted", score->counted),
                          iid, score->predikat, score->counted);
}
