/* inovda-ui-format.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-ui-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "inovda-ui-format.h"

#include "charts/inovda-report.h"
#include "model/inovda-decimal.h"
#include "model/inovda-field.h"

static const InovdaIndicator *
indicator_at (GPtrArray *indicators,
              int index)
{
  if (indicators == NULL || index < 0 || (guint) index >= indicators->len)
    return NULL;
  return g_ptr_array_index (indicators, index);
}

static const char *
innovation_name (const InovdaScoreRegion *region,
                 int index)
{
  const InovdaScoreInnovation *innovation;

  if (index < 0 || (guint) index >= region->n_innovations)
    return "";
  innovation = &region->innovations[index];
  return innovation->name != NULL ? innovation->name : innovation->id;
}

static const char *
level_text (const InovdaIndicator *indicator,
            int level)
{
  if (indicator == NULL || level < 1 || level > INOVDA_LEVEL_MAX)
    return NULL;
  return indicator->levels[level - 1];
}

static void
append_line (GString *text,
             const char *line)
{
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, line);
}

/* The band index runs from the best predikat (0) downwards; -1 is
 * Tidak Dapat Dinilai. */
const char *
inovda_ui_predikat_style_class (int band)
{
  if (band < 0)
    return "predikat-none";
  if (band == 0)
    return "predikat-top";
  if (band == 1)
    return "predikat-middle";
  return "predikat-low";
}

char *
inovda_ui_describe_gap (InovdaCatalogue *catalogue,
                        const InovdaScoreRegion *region,
                        const InovdaGap *gap)
{
  g_autofree char *gain = NULL;
  const InovdaIndicator *indicator;

  g_return_val_if_fail (catalogue != NULL, NULL);
  g_return_val_if_fail (region != NULL, NULL);
  g_return_val_if_fail (gap != NULL, NULL);

  gain = inovda_format_score (gap->gain);

  switch (gap->kind)
    {
    case INOVDA_GAP_RAISE_SID:
      indicator = indicator_at (catalogue->sid, gap->indicator_index);
      g_return_val_if_fail (indicator != NULL, NULL);
      /* Translators: one step that raises the IID. The first %s is the
       * indicator number (“33”), the second its official name, the third
       * the innovation's name; then the current and the next level, and
       * the IID points gained (“0,48”). */
      return g_strdup_printf (_ ("Raise indicator %s (%s) on “%s” from level %d to %d: +%s points"),
                              indicator->id,
                              indicator->name,
                              innovation_name (region, gap->innovation_index),
                              gap->from_level,
                              gap->to_level,
                              gain);

    case INOVDA_GAP_MAKE_ELIGIBLE:
      /* Translators: the first %s is an innovation's name, the second the
       * IID points gained (“0,48”). */
      return g_strdup_printf (_ ("Make «%s» eligible so that it is counted: +%s points"),
                              innovation_name (region, gap->innovation_index),
                              gain);

    case INOVDA_GAP_ADD_INNOVATIONS:
      /* Translators: %u is a number of innovations, %s the IID points
       * gained (“0,48”). */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Report %u more eligible innovation: +%s points",
                                           "Report %u more eligible innovations: +%s points",
                                           gap->count),
                              gap->count,
                              gain);

    case INOVDA_GAP_COVER_YANDAS:
      /* Translators: %u is a number of basic-service affairs (urusan wajib
       * pelayanan dasar), %s the IID points gained (“0,48”). */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Cover %u more basic-service affair with an eligible innovation: +%s points",
                                           "Cover %u more basic-service affairs with eligible innovations: +%s points",
                                           gap->count),
                              gap->count,
                              gain);

    case INOVDA_GAP_RAISE_SPD:
      indicator = indicator_at (catalogue->spd, gap->indicator_index);
      g_return_val_if_fail (indicator != NULL, NULL);
      /* Translators: the first %s is a region indicator's number (“2a”),
       * the second its official name; then the current and the next level,
       * and the IID points gained (“0,48”). */
      return g_strdup_printf (_ ("Raise region indicator %s (%s) from level %d to %d: +%s points"),
                              indicator->id,
                              indicator->name,
                              gap->from_level,
                              gap->to_level,
                              gain);

    default:
      g_return_val_if_reached (NULL);
    }
}

/* A second line for a gap: what exactly to do, in the catalogue's words. */
char *
inovda_ui_describe_gap_details (InovdaCatalogue *catalogue,
                                const InovdaScoreRegion *region,
                                const InovdaProjectionResult *klaim,
                                const InovdaGap *gap)
{
  g_autoptr (GString) text = g_string_new (NULL);
  const InovdaIndicator *indicator = NULL;
  const char *level;

  g_return_val_if_fail (catalogue != NULL, NULL);
  g_return_val_if_fail (gap != NULL, NULL);

  switch (gap->kind)
    {
    case INOVDA_GAP_RAISE_SID:
    case INOVDA_GAP_RAISE_SPD:
      indicator = indicator_at (gap->kind == INOVDA_GAP_RAISE_SID ? catalogue->sid : catalogue->spd,
                                gap->indicator_index);
      level = level_text (indicator, gap->to_level);
      if (level != NULL)
        /* Translators: %d is a level (1–3), %s the catalogue's official
         * description of that level. */
        g_string_append_printf (text, _ ("Level %d: %s"), gap->to_level, level);
      break;

    case INOVDA_GAP_MAKE_ELIGIBLE:
      indicator = indicator_at (catalogue->sid, gap->indicator_index);
      if (gap->count == 1 && indicator != NULL)
        {
          g_autofree char *line = NULL;

          /* Translators: the first %s is an indicator number, the second
           * its official name. */
          line = g_strdup_printf (_ ("Set the mandatory indicator %s %s to level 1"),
                                  indicator->id, indicator->name);
          append_line (text, line);
        }
      else if (gap->count > 1)
        {
          g_autofree char *line = NULL;

          line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Set %u empty mandatory indicator to level 1",
                                               "Set %u empty mandatory indicators to level 1",
                                               gap->count),
                                  gap->count);
          append_line (text, line);
        }
      if (klaim != NULL && klaim->innovations != NULL &&
          gap->innovation_index >= 0 &&
          (guint) gap->innovation_index < klaim->innovations->len)
        {
          const InovdaInnovationScore *score =
              &g_array_index (klaim->innovations, InovdaInnovationScore, gap->innovation_index);

          if (score->ineligible & INOVDA_INELIGIBLE_RANCANG_BANGUN)
            {
              g_autofree char *line = NULL;

              line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "Write a rancang bangun of at least %u word",
                                                   "Write a rancang bangun of at least %u words",
                                                   catalogue->rancang_bangun_min_words),
                                      catalogue->rancang_bangun_min_words);
              append_line (text, line);
            }
        }
      break;

    case INOVDA_GAP_ADD_INNOVATIONS:
      {
        g_autofree char *assumed = inovda_format_score (gap->assumed_kematangan);

        /* Translators: %u is the divisor floor D of MAX(D, n), %s a
         * kematangan score (“58,33”). */
        g_string_append_printf (text,
                                _ ("The average is divided by at least %u; each new innovation is assumed to reach a kematangan of %s"),
                                catalogue->divisor_floor,
                                assumed);
      }
      break;

    case INOVDA_GAP_COVER_YANDAS:
      {
        g_autoptr (GString) names = g_string_new (NULL);
        guint n_urusan;
        const InovdaUrusan *urusan = inovda_urusan_get_all (&n_urusan);

        for (guint i = 0; i < INOVDA_N_YANDAS && i < n_urusan; i++)
          {
            if ((gap->yandas_missing_mask & (1u << i)) == 0)
              continue;
            if (names->len > 0)
              g_string_append (names, ", ");
            g_string_append_printf (names, "%s %s", urusan[i].code, urusan[i].name);
          }
        /* Translators: %s is a list of urusan such as “1.03 Pekerjaan Umum
         * dan Penataan Ruang, 1.06 Sosial”. */
        g_string_append_printf (text, _ ("Not yet covered: %s"), names->str);
      }
      break;

    default:
      break;
    }

  if (text->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* One line per reason, for tooltips and the editor. */
char *
inovda_ui_describe_ineligibility (InovdaCatalogue *catalogue,
                                  const InovdaScoreInnovation *innovation,
                                  const InovdaInnovationScore *score)
{
  g_autoptr (GString) text = g_string_new (NULL);

  g_return_val_if_fail (catalogue != NULL, NULL);
  g_return_val_if_fail (innovation != NULL, NULL);
  g_return_val_if_fail (score != NULL, NULL);

  if (score->ineligible == 0)
    return NULL;

  if (score->ineligible & INOVDA_INELIGIBLE_STATUS)
    {
      g_autofree char *line = NULL;

      /* Translators: a reason an innovation is not counted; %s is a status such as “Draft”. */
      line = g_strdup_printf (_ ("The status is “%s”"),
                              inovda_status_get_label (innovation->status));
      append_line (text, line);
    }

  if (score->ineligible & INOVDA_INELIGIBLE_NO_PENERAPAN_DATE)
    append_line (text, _ ("No implementation date (waktu penerapan)"));

  if (score->ineligible & INOVDA_INELIGIBLE_OUTSIDE_WINDOW)
    {
      if (catalogue->eligible_from != NULL && catalogue->eligible_to != NULL)
        {
          g_autofree char *from = inovda_ui_format_letter_date (catalogue->eligible_from);
          g_autofree char *to = inovda_ui_format_letter_date (catalogue->eligible_to);
          g_autofree char *line = NULL;

          /* Translators: the two %s are dates written out (1 Januari 2024). */
          line = g_strdup_printf (_ ("Implemented outside the assessment window, %s to %s"), from, to);
          append_line (text, line);
        }
      else
        append_line (text, _ ("Implemented outside the assessment window"));
    }

  if (score->ineligible & INOVDA_INELIGIBLE_RANCANG_BANGUN)
    {
      g_autofree char *line = NULL;

      /* Translators: the first %u is the minimum number of words, the
       * second the number of words written. */
      line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The rancang bangun needs at least %u word; it has %u",
                                           "The rancang bangun needs at least %u words; it has %u",
                                           catalogue->rancang_bangun_min_words),
                              catalogue->rancang_bangun_min_words,
                              innovation->rancang_bangun_words);
      append_line (text, line);
    }

  if (score->ineligible & INOVDA_INELIGIBLE_MANDATORY_EMPTY)
    {
      const InovdaIndicator *indicator = indicator_at (catalogue->sid, score->first_empty_mandatory);
      g_autofree char *line = NULL;

      if (indicator != NULL)
        /* Translators: the first %s is an indicator number, the second its
         * official name. */
        line = g_strdup_printf (_ ("The mandatory indicator %s %s has no level"),
                                indicator->id, indicator->name);
      else
        line = g_strdup (_ ("A mandatory indicator has no level"));
      append_line (text, line);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * inovda_ui_fold_for_search:
 * @text: (nullable): any text
 *
 * Folds case and removes diacritics, so that “Sinergi” matches “sinérgi”.
 *
 * Returns: (transfer full): the folded text
 */
char *
inovda_ui_fold_for_search (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autoptr (GString) stripped = NULL;

  if (text == NULL)
    return g_strdup ("");

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strdup ("");

  stripped = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (stripped, c);
    }

  return g_utf8_casefold (stripped->str, stripped->len);
}

/**
 * inovda_ui_format_letter_number:
 * @nomor: a letter's number as typed
 *
 * Prefixes @nomor with “No.”, unless it already starts with “No.” or
 * “Nomor”, as regulations are often written (“Nomor 27 Tahun 2023”).
 *
 * Returns: (transfer full): the number to show
 */
char *
inovda_ui_format_letter_number (const char *nomor)
{
  g_return_val_if_fail (nomor != NULL, NULL);

  if (g_ascii_strncasecmp (nomor, "No.", 3) == 0 ||
      g_ascii_strncasecmp (nomor, "Nomor", 5) == 0)
    return g_strdup (nomor);
  /* Translators: a letter's number, such as “No. 400/123/Brida”. */
  return g_strdup_printf (_ ("No. %s"), nomor);
}

/**
 * inovda_ui_format_letter_date:
 * @iso_date: an ISO date
 *
 * Returns: (transfer full): @iso_date written out, “28 November 2026”, or
 *   @iso_date itself when it is not a date
 */
char *
inovda_ui_format_letter_date (const char *iso_date)
{
  return inovda_format_long_iso_date (iso_date);
}

/* "IID 43,32 → 43,38 · Inovatif · 38 innovations counted": what changes,
 * with arrows, and what does not, once. */
char *
inovda_ui_describe_score_change (const InovdaImportScore *before,
                                 const InovdaImportScore *after)
{
  g_autofree char *to = inovda_format_score (after->iid);
  g_autofree char *from = NULL;
  GString *text;

  if (before->predikat == NULL)
    /* Translators: a region an import adds: its IID, predikat and a count */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "IID %s · %s · %u innovation counted",
                                         "IID %s · %s · %u innovations counted", after->counted),
                            to, after->predikat, after->counted);

  from = inovda_format_score (before->iid);
  text = g_string_new (NULL);
  if (before->iid != after->iid)
    /* Translators: an IID before and after an import */
    g_string_append_printf (text, _ ("IID %s → %s"), from, to);
  else
    /* Translators: an IID an import leaves as it is */
    g_string_append_printf (text, _ ("IID %s"), to);

  if (g_strcmp0 (before->predikat, after->predikat) != 0)
    g_string_append_printf (text, " · %s → %s", before->predikat, after->predikat);
  else
    g_string_append_printf (text, " · %s", after->predikat);

  if (before->counted != after->counted)
    /* Translators: the number of innovations counted before and after an import */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " · %u → %u innovation counted", " · %u → %u innovations counted", after->counted),
                            before->counted, after->counted);
  else
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " · %u innovation counted", " · %u innovations counted", after->counted),
                            after->counted);
  return g_string_free (text, FALSE);
}
