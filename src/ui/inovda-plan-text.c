/* inovda-plan-text.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-plan-text"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "inovda-plan-text.h"

static const InovdaIndicator *
indicator_at (GPtrArray *rows,
              int index)
{
  if (rows == NULL || index < 0 || (guint) index >= rows->len)
    return NULL;
  return g_ptr_array_index (rows, index);
}

static const char *
innovation_name (const InovdaScoreRegion *region,
                 int index)
{
  if (index < 0 || (guint) index >= region->n_innovations)
    return "";
  if (region->innovations[index].name != NULL)
    return region->innovations[index].name;
  return region->innovations[index].id;
}

char *
inovda_plan_text_gap_title (InovdaCatalogue *catalogue,
                            const InovdaScoreRegion *region,
                            const InovdaGap *gap)
{
  const InovdaIndicator *indicator;

  g_return_val_if_fail (catalogue != NULL && region != NULL && gap != NULL, NULL);

  switch (gap->kind)
    {
    case INOVDA_GAP_RAISE_SID:
      indicator = indicator_at (catalogue->sid, gap->indicator_index);
      g_return_val_if_fail (indicator != NULL, NULL);
      /* Translators: the first %s is an indicator number (“33”), the second
       * its official name, %d the level to reach. */
      return g_strdup_printf (_ ("Raise indicator %s (%s) to level %d"),
                              indicator->id, indicator->name, gap->to_level);

    case INOVDA_GAP_RAISE_SPD:
      indicator = indicator_at (catalogue->spd, gap->indicator_index);
      g_return_val_if_fail (indicator != NULL, NULL);
      /* Translators: the first %s is a region indicator number (“2a”), the
       * second its official name, %d the level to reach. */
      return g_strdup_printf (_ ("Raise region indicator %s (%s) to level %d"),
                              indicator->id, indicator->name, gap->to_level);

    case INOVDA_GAP_MAKE_ELIGIBLE:
      /* Translators: %s is an innovation's name. */
      return g_strdup_printf (_ ("Make «%s» eligible"), innovation_name (region, gap->innovation_index));

    case INOVDA_GAP_ADD_INNOVATIONS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Report %u more eligible innovation",
                                           "Report %u more eligible innovations",
                                           gap->count),
                              gap->count);

    case INOVDA_GAP_COVER_YANDAS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Cover %u more basic-service affair",
                                           "Cover %u more basic-service affairs",
                                           gap->count),
                              gap->count);

    default:
      g_return_val_if_reached (NULL);
    }
}

/* Returns: (nullable): where the change is made and the level now */
char *
inovda_plan_text_gap_target (InovdaCatalogue *catalogue,
                             const InovdaScoreRegion *region,
                             const InovdaGap *gap)
{
  g_return_val_if_fail (catalogue != NULL && region != NULL && gap != NULL, NULL);

  switch (gap->kind)
    {
    case INOVDA_GAP_RAISE_SID:
      /* Translators: %s is an innovation's name, %d its current level. */
      return g_strdup_printf (_ ("On «%s», now at level %d"),
                              innovation_name (region, gap->innovation_index), gap->from_level);

    case INOVDA_GAP_RAISE_SPD:
      /* Translators: %d is the region's current level. */
      return g_strdup_printf (_ ("The region’s answer, now at level %d"), gap->from_level);

    default:
      return NULL;
    }
}

/* Returns: (nullable): the catalogue's evidence rule for the indicator the
 * gap changes */
const char *
inovda_plan_text_gap_evidence (InovdaCatalogue *catalogue,
                               const InovdaGap *gap)
{
  const InovdaIndicator *indicator = NULL;

  g_return_val_if_fail (catalogue != NULL && gap != NULL, NULL);

  if (gap->kind == INOVDA_GAP_RAISE_SID || gap->kind == INOVDA_GAP_MAKE_ELIGIBLE)
    indicator = indicator_at (catalogue->sid, gap->indicator_index);
  else if (gap->kind == INOVDA_GAP_RAISE_SPD)
    indicator = indicator_at (catalogue->spd, gap->indicator_index);

  return indicator != NULL ? indicator->evidence : NULL;
}

static const char *
change_innovation_name (const InovdaScoreRegion *region,
                        const InovdaChange *change)
{
  int index = inovda_what_if_find (region, change->innovation);

  return index >= 0 ? innovation_name (region, index) : change->innovation;
}

char *
inovda_plan_text_change (InovdaCatalogue *catalogue,
                         const InovdaScoreRegion *region,
                         const InovdaChange *change)
{
  const InovdaIndicator *indicator;
  const InovdaUrusan *urusan;

  g_return_val_if_fail (catalogue != NULL && region != NULL && change != NULL, NULL);

  switch (change->kind)
    {
    case INOVDA_CHANGE_SID_LEVEL:
      indicator = inovda_catalogue_find_indicator (catalogue, change->indicator);
      /* Translators: an indicator number (“16”) and name, an innovation's
       * name, and a level: “Indicator 16 Regulasi … on «SIPEKA» at level
       * 3”. */
      return g_strdup_printf (_ ("Indicator %s “%s” on «%s» at level %d"),
                              change->indicator,
                              indicator != NULL ? indicator->name : "",
                              change_innovation_name (region, change),
                              change->level);

    case INOVDA_CHANGE_SPD_LEVEL:
      indicator = inovda_catalogue_find_indicator (catalogue, change->indicator);
      /* Translators: a region indicator number (“2a”) and name, and a
       * level. */
      return g_strdup_printf (_ ("Region indicator %s “%s” at level %d"),
                              change->indicator,
                              indicator != NULL ? indicator->name : "",
                              change->level);

    case INOVDA_CHANGE_ADD_INNOVATION:
      urusan = change->urusan != NULL ? inovda_urusan_lookup (change->urusan) : NULL;
      if (urusan != NULL)
        /* Translators: the urusan code and name: “1.03 Pekerjaan Umum dan
         * Penataan Ruang”. */
        return g_strdup_printf (_ ("A new innovation in %s %s"), urusan->code, urusan->name);
      return g_strdup (_ ("A new innovation, as mature as the region’s average"));

    case INOVDA_CHANGE_LEAVE_OUT:
      /* Translators: %s is an innovation's name. */
      return g_strdup_printf (_ ("Leave out «%s»"), change_innovation_name (region, change));

    case INOVDA_CHANGE_MAKE_ELIGIBLE:
      /* Translators: %s is an innovation's name. */
      return g_strdup_printf (_ ("Make «%s» eligible"), change_innovation_name (region, change));

    default:
      g_return_val_if_reached (NULL);
    }
}

/* Returns: (nullable): the real value the change replaces */
char *
inovda_plan_text_change_now (InovdaCatalogue *catalogue,
                             const InovdaScoreRegion *region,
                             const InovdaChange *change)
{
  int index;
  int k;

  g_return_val_if_fail (catalogue != NULL && region != NULL && change != NULL, NULL);

  switch (change->kind)
    {
    case INOVDA_CHANGE_SID_LEVEL:
      index = inovda_what_if_find (region, change->innovation);
      k = inovda_catalogue_indicator_index (catalogue, INOVDA_ASPECT_SID, change->indicator);
      if (index < 0 || k < 0)
        return g_strdup (_ ("No longer in the portfolio"));
      /* Translators: the level stored in the portfolio. */
      return g_strdup_printf (_ ("In the portfolio: level %d"), region->innovations[index].level[k]);

    case INOVDA_CHANGE_SPD_LEVEL:
      k = inovda_catalogue_indicator_index (catalogue, INOVDA_ASPECT_SPD, change->indicator);
      if (k < 0)
        return g_strdup (_ ("No longer in the methodology"));
      return g_strdup_printf (_ ("In the portfolio: level %d"), region->spd_level[k]);

    case INOVDA_CHANGE_ADD_INNOVATION:
      return g_strdup (_ ("A regional agency has to report it"));

    case INOVDA_CHANGE_MAKE_ELIGIBLE:
      return g_strdup (_ ("Fill the mandatory indicators and the rancang bangun in the editor"));

    case INOVDA_CHANGE_LEAVE_OUT:
      if (inovda_what_if_find (region, change->innovation) < 0)
        return g_strdup (_ ("No longer in the portfolio"));
      return g_strdup (_ ("Applying sets it back to draft"));

    default:
      return NULL;
    }
}
