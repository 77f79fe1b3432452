/* inovda-report-units.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-report"

#include "config.h"

#include <glib/gi18n.h>

#include "model/inovda-decimal.h"
#include "model/inovda-unit.h"
#include "inovda-report-private.h"

/* The report's sections per perangkat daerah: the innovations with their
 * kematangan, and the claimed levels that have no evidence. */

static gboolean
anything_verified (const InovdaScoreInnovation *innovation,
                   guint n_rows)
{
  for (guint k = 0; k < n_rows; k++)
    if (innovation->verified_level[k] != INOVDA_LEVEL_UNVERIFIED)
      return TRUE;
  return FALSE;
}

static char *
counted_text (InovdaCatalogue *catalogue,
              const InovdaScoreInnovation *innovation,
              const InovdaInnovationScore *score)
{
  if (score->ineligible == 0)
    return g_strdup (_ ("Yes"));
  if (score->ineligible & INOVDA_INELIGIBLE_STATUS)
    /* Translators: why an innovation does not count: its status, such as "Draf" */
    return g_strdup_printf (_ ("No: %s"), inovda_status_get_label (innovation->status));
  if (score->ineligible & INOVDA_INELIGIBLE_NO_PENERAPAN_DATE)
    return g_strdup (_ ("No: no implementation date"));
  if (score->ineligible & INOVDA_INELIGIBLE_OUTSIDE_WINDOW)
    return g_strdup (_ ("No: implemented outside the window"));
  if (score->ineligible & INOVDA_INELIGIBLE_RANCANG_BANGUN)
    return g_strdup (_ ("No: design too short"));
  if (score->ineligible & INOVDA_INELIGIBLE_MANDATORY_EMPTY && score->first_empty_mandatory >= 0)
    {
      const InovdaIndicator *row = g_ptr_array_index (catalogue->sid, score->first_empty_mandatory);
      /* Translators: why an innovation does not count: a mandatory indicator, by number, has no answer */
      return g_strdup_printf (_ ("No: indicator %s empty"), row->id);
    }
  return g_strdup (_ ("No"));
}

static const InovdaInnovationScore *
score_of (const InovdaProjectionResult *result,
          guint index)
{
  return &g_array_index (result->innovations, InovdaInnovationScore, index);
}

static void
write_unit (InovdaReportPage *page,
            const InovdaReportInput *input,
            const InovdaRegionScore *score,
            InovdaUnit *unit)
{
  static const InovdaReportColumn shape[] = {
    { NULL, 0.05, PANGO_ALIGN_RIGHT },
    { NULL, 0.37, PANGO_ALIGN_LEFT },
    { NULL, 0.12, PANGO_ALIGN_LEFT },
    { NULL, 0.14, PANGO_ALIGN_RIGHT },
    { NULL, 0.14, PANGO_ALIGN_RIGHT },
    { NULL, 0.18, PANGO_ALIGN_LEFT },
  };
  InovdaReportColumn columns[G_N_ELEMENTS (shape)];
  const InovdaScoreRegion *region = input->region;
  guint n_rows = input->catalogue->sid->len;
  g_autofree char *heading = NULL;
  g_autofree char *line = NULL;
  g_autofree char *mean = NULL;
  guint reported = 0;
  guint counted = 0;
  gint64 kematangan = 0;
  guint number = 0;

  for (guint i = 0; i < region->n_innovations; i++)
    if (g_strcmp0 (region->innovations[i].unit_code, inovda_unit_get_code (unit)) == 0)
      {
        const InovdaInnovationScore *s = score_of (&score->klaim, i);

        reported++;
        if (s->ineligible == 0)
          {
            counted++;
            kematangan += s->kematangan;
          }
      }

  /* A short table starts on the page of its heading. */
  _inovda_report_page_ensure (page, 75 + 28 * MIN (reported, 4));
  /* Translators: a perangkat daerah's name, then its code */
  heading = g_strdup_printf (_ ("%s (%s)"), inovda_unit_get_name (unit), inovda_unit_get_code (unit));
  _inovda_report_page_heading (page, heading, 2);

  mean = inovda_format_score (counted > 0 ? inovda_decimal_div_half_up (kematangan, counted) : 0);
  /* Translators: innovations reported, innovations counted, then the mean kematangan of those counted */
  line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u innovation reported, %u counted; mean kematangan claimed %s",
                                       "%u innovations reported, %u counted; mean kematangan claimed %s", reported),
                          reported, counted, mean);
  _inovda_report_page_paragraph (page, line, 8.5, 0.7, 5);

  for (guint c = 0; c < G_N_ELEMENTS (shape); c++)
    columns[c] = shape[c];
  columns[0].title = C_ ("table", "No.");
  columns[1].title = _ ("Innovation");
  columns[2].title = _ ("Status");
  columns[3].title = _ ("Kematangan claimed");
  columns[4].title = _ ("Kematangan verified");
  columns[5].title = _ ("Counted");

  _inovda_report_page_table_begin (page, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < region->n_innovations; i++)
    {
      const InovdaScoreInnovation *innovation = &region->innovations[i];
      const InovdaInnovationScore *klaim;
      g_autofree char *no = NULL;
      g_autofree char *claimed = NULL;
      g_autofree char *verified = NULL;
      g_autofree char *status = NULL;

      if (g_strcmp0 (innovation->unit_code, inovda_unit_get_code (unit)) != 0)
        continue;
      klaim = score_of (&score->klaim, i);
      no = g_strdup_printf ("%u", ++number);
      claimed = inovda_format_score (klaim->kematangan);
      verified = anything_verified (innovation, n_rows)
                     ? inovda_format_score (score_of (&score->verifikasi, i)->kematangan)
                     : g_strdup ("—");
      status = counted_text (input->catalogue, innovation, klaim);
      {
        const char *cells[] = { no, innovation->name, inovda_status_get_label (innovation->status),
                                claimed, verified, status };
        _inovda_report_page_table_row (page, cells);
      }
    }
  _inovda_report_page_table_end (page);
}

static gboolean
unit_has_innovations (const InovdaScoreRegion *region,
                      InovdaUnit *unit)
{
  for (guint i = 0; i < region->n_innovations; i++)
    if (g_strcmp0 (region->innovations[i].unit_code, inovda_unit_get_code (unit)) == 0)
      return TRUE;
  return FALSE;
}

void
_inovda_report_write_units (InovdaReportPage *page,
                            const InovdaReportInput *input,
                            const InovdaRegionScore *score)
{
  g_autoptr (GString) silent = g_string_new (NULL);
  guint n_units = g_list_model_get_n_items (input->units);

  _inovda_report_page_heading (page, _ ("Innovations by perangkat daerah"), 1);

  if (input->region->n_innovations == 0)
    {
      /* Translators: the assessment year */
      g_autofree char *none = g_strdup_printf (_ ("No innovation is reported for %d."), input->year);

      _inovda_report_page_paragraph (page, none, 0, 0.9, 6);
    }

  for (guint u = 0; u < n_units; u++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (input->units, u);

      if (unit_has_innovations (input->region, unit))
        write_unit (page, input, score, unit);
      else
        g_string_append_printf (silent, "%s%s", silent->len > 0 ? ", " : "", inovda_unit_get_name (unit));
    }

  if (silent->len > 0)
    {
      g_autofree char *heading = NULL;
      g_autofree char *escaped = g_markup_escape_text (silent->str, -1);

      /* Translators: the assessment year */
      heading = g_strdup_printf (_ ("Perangkat daerah without an innovation in %d"), input->year);
      _inovda_report_page_heading (page, heading, 2);
      _inovda_report_page_paragraph (page, escaped, 0, 0.9, 6);
    }
}

/* ---------------------------------------------------------------------- */
/* Missing evidence                                                       */

static void
append_row_line (GString *text,
                 const InovdaIndicator *row,
                 int level)
{
  if (text->len > 0)
    g_string_append_c (text, '\n');
  /* Translators: an indicator's number and name, then the level claimed */
  g_string_append_printf (text, _ ("%s %s — level %d"), row->id, row->name, level);
}

static const InovdaReportColumn *
evidence_columns (InovdaReportColumn *columns)
{
  columns[0] = (InovdaReportColumn){ _ ("Innovation"), 0.38, PANGO_ALIGN_LEFT };
  columns[1] = (InovdaReportColumn){ _ ("Indicators claimed without evidence"), 0.62, PANGO_ALIGN_LEFT };
  return columns;
}

static gboolean
write_spd_evidence (InovdaReportPage *page,
                    const InovdaReportInput *input)
{
  InovdaReportColumn columns[2];
  g_autoptr (GString) text = g_string_new (NULL);
  InovdaCatalogue *catalogue = input->catalogue;

  if (input->spd_n_evidence == NULL)
    return FALSE;
  for (guint k = 0; k < catalogue->spd->len && k < INOVDA_MAX_INDICATORS; k++)
    if (input->region->spd_level[k] > 0 && input->spd_n_evidence[k] == 0)
      append_row_line (text, g_ptr_array_index (catalogue->spd, k), input->region->spd_level[k]);
  if (text->len == 0)
    return FALSE;

  _inovda_report_page_heading (page, _ ("Region indicators (SPD)"), 2);
  evidence_columns (columns);
  columns[0].title = _ ("Region");
  _inovda_report_page_table_begin (page, columns, 2);
  {
    const char *cells[] = { input->region->name, text->str };
    _inovda_report_page_table_row (page, cells);
  }
  _inovda_report_page_table_end (page);
  return TRUE;
}

static char *
missing_for (InovdaCatalogue *catalogue,
             const InovdaScoreInnovation *innovation)
{
  GString *text = g_string_new (NULL);

  for (guint k = 0; k < catalogue->sid->len && k < INOVDA_MAX_INDICATORS; k++)
    if (innovation->evidence_missing[k] && innovation->level[k] > 0)
      append_row_line (text, g_ptr_array_index (catalogue->sid, k), innovation->level[k]);
  return g_string_free (text, text->len == 0);
}

static gboolean
write_unit_evidence (InovdaReportPage *page,
                     const InovdaReportInput *input,
                     const InovdaRegionScore *score,
                     InovdaUnit *unit)
{
  InovdaReportColumn columns[2];
  const InovdaScoreRegion *region = input->region;
  gboolean started = FALSE;

  for (guint i = 0; i < region->n_innovations; i++)
    {
      const InovdaScoreInnovation *innovation = &region->innovations[i];
      g_autofree char *missing = NULL;

      /* Only what counts in the claimed IID is at risk. */
      if (g_strcmp0 (innovation->unit_code, inovda_unit_get_code (unit)) != 0 ||
          score_of (&score->klaim, i)->ineligible != 0)
        continue;
      missing = missing_for (input->catalogue, innovation);
      if (missing == NULL)
        continue;
      if (!started)
        {
          g_autofree char *heading = g_strdup_printf (_ ("%s (%s)"), inovda_unit_get_name (unit), inovda_unit_get_code (unit));

          _inovda_report_page_heading (page, heading, 2);
          _inovda_report_page_table_begin (page, evidence_columns (columns), 2);
          started = TRUE;
        }
      {
        const char *cells[] = { innovation->name, missing };
        _inovda_report_page_table_row (page, cells);
      }
    }
  if (started)
    _inovda_report_page_table_end (page);
  return started;
}

void
_inovda_report_write_evidence (InovdaReportPage *page,
                               const InovdaReportInput *input,
                               const InovdaRegionScore *score)
{
  guint n_units = g_list_model_get_n_items (input->units);
  gboolean any;

  _inovda_report_page_heading (page, _ ("Claimed levels without evidence"), 1);
  _inovda_report_page_paragraph (page,
                                 _ ("Levels above 0 with no evidence attached. They count in the claimed IID, "
                                    "but the verifier will score them 0 unless evidence is added."),
                                 8.5, 0.7, 6);

  any = write_spd_evidence (page, input);
  for (guint u = 0; u < n_units; u++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (input->units, u);
      any |= write_unit_evidence (page, input, score, unit);
    }
  /* With nothing claimed, “every claimed level has evidence” would be
   * true but misleading. */
  if (!any && score->klaim.counted == 0)
    _inovda_report_page_paragraph (page, _ ("No innovation is counted yet."), 0, 0.9, 6);
  else if (!any)
    _inovda_report_page_paragraph (page, _ ("Every claimed level has evidence."), 0, 0.9, 6);
}
