/* inovda-chart-data.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "model/inovda-decimal.h"
#include "inovda-chart-data.h"

typedef struct
{
  char *key;
  char *number;
  char *name;
} Axis;

typedef struct
{
  char *label;
  InovdaShare values[INOVDA_RADAR_MAX_AXES];
} Series;

struct _InovdaRadarChart
{
  gatomicrefcount ref_count;

  InovdaRadarLevel level;
  char *title;
  char *subtitle;
  GPtrArray *axes;   /* Axis* */
  GPtrArray *series; /* Series* */
};

G_DEFINE_BOXED_TYPE (InovdaRadarChart, inovda_radar_chart, inovda_radar_chart_ref, inovda_radar_chart_unref)

static void
axis_free (gpointer data)
{
  Axis *axis = data;

  g_free (axis->key);
  g_free (axis->number);
  g_free (axis->name);
  g_free (axis);
}

static void
series_free (gpointer data)
{
  Series *series = data;

  g_free (series->label);
  g_free (series);
}

/**
 * inovda_radar_chart_new:
 * @level: what the axes are
 * @title: (nullable): the chart's title
 * @subtitle: (nullable): one line under the title
 *
 * Returns: (transfer full): an empty chart; add axes, then series
 */
InovdaRadarChart *
inovda_radar_chart_new (InovdaRadarLevel level,
                        const char *title,
                        const char *subtitle)
{
  InovdaRadarChart *self = g_new0 (InovdaRadarChart, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->level = level;
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  self->axes = g_ptr_array_new_with_free_func (axis_free);
  self->series = g_ptr_array_new_with_free_func (series_free);
  return self;
}

/**
 * inovda_radar_chart_new_for_catalogue:
 * @catalogue: the catalogue whose rows give the axes
 * @level: indicators, variables or SPD rows
 * @scope: at anything but region scope the variables are the SID ones only
 *   (the SPD is answered by the region, not by a unit)
 *
 * Returns: (transfer full): a chart with the axes of @level and no series
 */
InovdaRadarChart *
inovda_radar_chart_new_for_catalogue (InovdaCatalogue *catalogue,
                                      InovdaRadarLevel level,
                                      InovdaScopeKind scope,
                                      const char *title,
                                      const char *subtitle)
{
  InovdaRadarChart *self;
  GPtrArray *rows;

  g_return_val_if_fail (catalogue != NULL, NULL);

  self = inovda_radar_chart_new (level, title, subtitle);
  switch (level)
    {
    case INOVDA_RADAR_INDICATORS:
    case INOVDA_RADAR_SPD:
      rows = level == INOVDA_RADAR_SPD ? catalogue->spd : catalogue->sid;
      for (guint k = 0; k < rows->len && k < INOVDA_RADAR_MAX_AXES; k++)
        {
          const InovdaIndicator *row = g_ptr_array_index (rows, k);
          inovda_radar_chart_add_axis (self, row->id, row->id, row->name);
        }
      break;

    case INOVDA_RADAR_VARIABLES:
      for (guint v = 0; v < catalogue->variables->len && v < INOVDA_RADAR_MAX_AXES; v++)
        {
          const InovdaVariable *variable = g_ptr_array_index (catalogue->variables, v);

          if (scope != INOVDA_SCOPE_REGION && variable->aspect == INOVDA_ASPECT_SPD)
            continue;
          inovda_radar_chart_add_axis (self, variable->id, NULL, variable->name);
        }
      break;

    default:
      g_assert_not_reached ();
    }
  return self;
}

/**
 * inovda_radar_chart_copy:
 *
 * A chart is read-only once shared; a copy can be given other titles.
 *
 * Returns: (transfer full): a new chart with the same titles, axes and series
 */
InovdaRadarChart *
inovda_radar_chart_copy (const InovdaRadarChart *self)
{
  InovdaRadarChart *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = inovda_radar_chart_new (self->level, self->title, self->subtitle);
  for (guint k = 0; k < self->axes->len; k++)
    {
      const Axis *axis = g_ptr_array_index (self->axes, k);
      inovda_radar_chart_add_axis (copy, axis->key, axis->number, axis->name);
    }
  for (guint s = 0; s < self->series->len; s++)
    {
      const Series *series = g_ptr_array_index (self->series, s);
      inovda_radar_chart_add_series (copy, series->label, series->values);
    }
  return copy;
}

InovdaRadarChart *
inovda_radar_chart_ref (InovdaRadarChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
inovda_radar_chart_unref (InovdaRadarChart *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->title);
  g_free (self->subtitle);
  g_ptr_array_unref (self->axes);
  g_ptr_array_unref (self->series);
  g_free (self);
}

InovdaRadarLevel
inovda_radar_chart_get_level (const InovdaRadarChart *self)
{
  g_return_val_if_fail (self != NULL, INOVDA_RADAR_VARIABLES);
  return self->level;
}

const char *
inovda_radar_chart_get_title (const InovdaRadarChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

const char *
inovda_radar_chart_get_subtitle (const InovdaRadarChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->subtitle;
}

/**
 * inovda_radar_chart_set_titles:
 * @title: (nullable): the title drawn above the radar, or %NULL for none
 * @subtitle: (nullable): the line below the title, or %NULL for none
 *
 * Where the chart's page already names it (a slide), the radar takes the
 * room of the titles.
 */
void
inovda_radar_chart_set_titles (InovdaRadarChart *self,
                               const char *title,
                               const char *subtitle)
{
  g_return_if_fail (self != NULL);

  g_free (self->title);
  self->title = g_strdup (title);
  g_free (self->subtitle);
  self->subtitle = g_strdup (subtitle);
}

static char *
subject_subtitle (InovdaRadarLevel level,
                  const InovdaRadarSubject *subject)
{
  const char *region_name = subject->region_name;
  int year = subject->year;
  guint n = subject->n_counted;

  if (subject->kind == INOVDA_SCOPE_INNOVATION && level == INOVDA_RADAR_VARIABLES)
    /* Translators: the innovation's perangkat daerah, the region, then the year */
    return g_strdup_printf (_ ("SID variables · %s · %s %d"), subject->unit_name, region_name, year);
  if (subject->kind == INOVDA_SCOPE_INNOVATION)
    /* Translators: the innovation's perangkat daerah, the region, then the year */
    return g_strdup_printf (_ ("SID indicators · %s · %s %d"), subject->unit_name, region_name, year);
  if (subject->kind == INOVDA_SCOPE_UNIT && level == INOVDA_RADAR_VARIABLES)
    /* Translators: the region, then the year */
    return g_strdup_printf (_ ("Mean SID variables of the counted innovations · %s %d"), region_name, year);
  if (subject->kind == INOVDA_SCOPE_UNIT)
    /* Translators: the region, then the year */
    return g_strdup_printf (_ ("Mean SID indicators of the counted innovations · %s %d"), region_name, year);
  if (level == INOVDA_RADAR_VARIABLES)
    /* Translators: the year */
    return g_strdup_printf (_ ("Variables of the Indeks Inovasi Daerah %d, as a share of each maximum"), year);
  /* Translators: the number of innovations, then the year */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Mean SID indicators of %u counted innovation, %d",
                                       "Mean SID indicators of %u counted innovations, %d", n),
                          n, year);
}

/**
 * inovda_radar_chart_dup_subject_titles:
 * @level: what the chart's axes are
 * @subject: whose chart it is
 * @title: (out) (transfer full): the region's, unit's or innovation's name
 * @subtitle: (out) (transfer full): what the chart shows, with the year
 *
 * The titles of a chart read away from Inovda: a saved or copied chart and
 * the charts of inovda-cli name the same things in the same words.
 */
void
inovda_radar_chart_dup_subject_titles (InovdaRadarLevel level,
                                       const InovdaRadarSubject *subject,
                                       char **title,
                                       char **subtitle)
{
  g_return_if_fail (subject != NULL);
  g_return_if_fail (subject->region_name != NULL);
  g_return_if_fail (title != NULL && subtitle != NULL);

  switch (subject->kind)
    {
    case INOVDA_SCOPE_UNIT:
      *title = g_strdup (subject->unit_name);
      break;
    case INOVDA_SCOPE_INNOVATION:
      *title = g_strdup (subject->innovation_name);
      break;
    case INOVDA_SCOPE_REGION:
    default:
      *title = g_strdup (subject->region_name);
      break;
    }
  *subtitle = subject_subtitle (level, subject);
}

guint
inovda_radar_chart_get_n_axes (const InovdaRadarChart *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->axes->len;
}

guint
inovda_radar_chart_get_n_series (const InovdaRadarChart *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->series->len;
}

static const Axis *
get_axis (const InovdaRadarChart *self,
          guint axis)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (axis < self->axes->len, NULL);
  return g_ptr_array_index (self->axes, axis);
}

static const Series *
get_series (const InovdaRadarChart *self,
            guint series)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (series < self->series->len, NULL);
  return g_ptr_array_index (self->series, series);
}

/* Returns: the catalogue id of the axis: "16", "2a", "institusi" */
const char *
inovda_radar_chart_get_axis_key (const InovdaRadarChart *self,
                                 guint axis)
{
  const Axis *a = get_axis (self, axis);
  return a != NULL ? a->key : NULL;
}

/* Returns: (nullable): the short number drawn at the axis end ("16"), or
 * %NULL when the axis is drawn with its name only (variables) */
const char *
inovda_radar_chart_get_axis_number (const InovdaRadarChart *self,
                                    guint axis)
{
  const Axis *a = get_axis (self, axis);
  return a != NULL ? a->number : NULL;
}

/* Returns: the full official name of the axis, for tooltips and keys */
const char *
inovda_radar_chart_get_axis_name (const InovdaRadarChart *self,
                                  guint axis)
{
  const Axis *a = get_axis (self, axis);
  return a != NULL ? a->name : NULL;
}

/* Returns: (transfer full): "16 Regulasi Inovasi Daerah", or the name alone */
char *
inovda_radar_chart_dup_axis_title (const InovdaRadarChart *self,
                                   guint axis)
{
  const Axis *a = get_axis (self, axis);

  if (a == NULL)
    return NULL;
  if (a->number == NULL)
    return g_strdup (a->name);
  return g_strdup_printf ("%s %s", a->number, a->name);
}

const char *
inovda_radar_chart_get_series_label (const InovdaRadarChart *self,
                                     guint series)
{
  const Series *s = get_series (self, series);
  return s != NULL ? s->label : NULL;
}

const InovdaShare *
inovda_radar_chart_get_value (const InovdaRadarChart *self,
                              guint series,
                              guint axis)
{
  const Series *s = get_series (self, series);

  g_return_val_if_fail (axis < self->axes->len, NULL);
  return s != NULL ? &s->values[axis] : NULL;
}

/* Returns: the value as a share of the axis maximum, 0..1, for drawing */
double
inovda_radar_chart_get_fraction (const InovdaRadarChart *self,
                                 guint series,
                                 guint axis)
{
  const InovdaShare *share = inovda_radar_chart_get_value (self, series, axis);
  return share != NULL ? inovda_share_to_fraction (share) : 0.0;
}

/**
 * inovda_radar_chart_describe_value:
 *
 * The value of one series on one axis in words, for a tooltip or a table:
 * score, maximum and share, with the level for indicator axes.
 *
 * Returns: (transfer full): the text
 */
char *
inovda_radar_chart_describe_value (const InovdaRadarChart *self,
                                   guint series,
                                   guint axis)
{
  const InovdaShare *share = inovda_radar_chart_get_value (self, series, axis);
  g_autofree char *score = NULL;
  g_autofree char *maximum = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *level = NULL;

  if (share == NULL)
    return NULL;
  if (!inovda_share_applies (share))
    return g_strdup (_ ("Not assessed"));

  score = inovda_format_score (inovda_share_score (share));
  maximum = inovda_format_score (share->maximum);
  percent = inovda_format_score (inovda_share_percent (share));

  if (self->level == INOVDA_RADAR_VARIABLES)
    /* Translators: a score, its maximum and the share in percent: "12,50 of 27,00 (46,30%)" */
    return g_strdup_printf (_ ("%s of %s (%s%%)"), score, maximum, percent);

  if (share->denominator == 1)
    {
      gint64 hundredths = inovda_share_level (share);
      /* Translators: an indicator's level, its score, its maximum and the share in percent */
      return g_strdup_printf (_ ("Level %d · %s of %s (%s%%)"), (int) (hundredths / INOVDA_SCORE_SCALE),
                              score, maximum, percent);
    }

  level = inovda_format_score (inovda_share_level (share));
  /* Translators: the mean level over several innovations ("1,67"), the mean score,
   * its maximum and the share in percent */
  return g_strdup_printf (_ ("Mean level %s · %s of %s (%s%%)"), level, score, maximum, percent);
}

/**
 * inovda_radar_chart_add_axis:
 * @key: the axis's catalogue id, used to match scored series
 * @number: (nullable): a short number drawn at the axis end
 * @name: the full name
 */
void
inovda_radar_chart_add_axis (InovdaRadarChart *self,
                             const char *key,
                             const char *number,
                             const char *name)
{
  Axis *axis;

  g_return_if_fail (self != NULL);
  g_return_if_fail (name != NULL);
  g_return_if_fail (self->series->len == 0);
  g_return_if_fail (self->axes->len < INOVDA_RADAR_MAX_AXES);

  axis = g_new0 (Axis, 1);
  axis->key = g_strdup (key);
  axis->number = g_strdup (number);
  axis->name = g_strdup (name);
  g_ptr_array_add (self->axes, axis);
}

/**
 * inovda_radar_chart_add_series:
 * @label: the series' name in the legend
 * @values: (array): one share per axis
 *
 * Returns: %FALSE when the chart already has INOVDA_CHART_MAX_SERIES series
 */
gboolean
inovda_radar_chart_add_series (InovdaRadarChart *self,
                               const char *label,
                               const InovdaShare *values)
{
  Series *series;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (label != NULL, FALSE);
  g_return_val_if_fail (values != NULL || self->axes->len == 0, FALSE);

  if (self->series->len >= INOVDA_CHART_MAX_SERIES)
    return FALSE;

  series = g_new0 (Series, 1);
  series->label = g_strdup (label);
  for (guint k = 0; k < self->axes->len; k++)
    series->values[k] = values[k];
  g_ptr_array_add (self->series, series);
  return TRUE;
}

static int
find_key (InovdaRadarLevel level,
          GPtrArray *rows,
          const char *key)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const char *id;

      if (level == INOVDA_RADAR_VARIABLES)
        id = ((const InovdaVariable *) g_ptr_array_index (rows, i))->id;
      else
        id = ((const InovdaIndicator *) g_ptr_array_index (rows, i))->id;
      if (g_strcmp0 (id, key) == 0)
        return (int) i;
    }
  return -1;
}

/**
 * inovda_radar_chart_add_scored_series:
 * @catalogue: the catalogue of the series' year (it may differ from the
 *   catalogue that gave the axes: axes are matched by key, and an axis the
 *   catalogue does not have is not assessed)
 * @region: the region's inputs for that year
 * @result: the engine's result of @projection for @region
 * @projection: klaim or verifikasi levels
 * @scope: region, unit or innovation
 * @label: the series' name in the legend
 *
 * Normalises the scores of @region for the chart's level and adds them as a
 * series.
 *
 * Returns: the number of innovations averaged (0: nothing counts in @scope)
 */
guint
inovda_radar_chart_add_scored_series (InovdaRadarChart *self,
                                      InovdaCatalogue *catalogue,
                                      const InovdaScoreRegion *region,
                                      const InovdaProjectionResult *result,
                                      InovdaProjection projection,
                                      const InovdaScope *scope,
                                      const char *label)
{
  InovdaShare computed[INOVDA_MAX_INDICATORS];
  InovdaShare values[INOVDA_RADAR_MAX_AXES];
  GPtrArray *rows = NULL;
  guint n = 1;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (catalogue != NULL, 0);
  g_return_val_if_fail (region != NULL, 0);
  g_return_val_if_fail (scope != NULL, 0);
  g_return_val_if_fail (catalogue->variables->len <= INOVDA_MAX_INDICATORS, 0);

  switch (self->level)
    {
    case INOVDA_RADAR_INDICATORS:
      n = inovda_normalize_indicators (catalogue, region, result, projection, scope, computed);
      rows = catalogue->sid;
      break;
    case INOVDA_RADAR_VARIABLES:
      n = inovda_normalize_variables (catalogue, region, result, projection, scope, computed);
      rows = catalogue->variables;
      break;
    case INOVDA_RADAR_SPD:
      inovda_normalize_spd (catalogue, region, projection, computed);
      rows = catalogue->spd;
      break;
    default:
      g_assert_not_reached ();
    }

  for (guint k = 0; k < self->axes->len; k++)
    {
      const Axis *axis = g_ptr_array_index (self->axes, k);
      int index = find_key (self->level, rows, axis->key);

      if (index >= 0 && index < INOVDA_MAX_INDICATORS)
        values[k] = computed[index];
      else
        values[k] = (InovdaShare){ 0, 1, 0 };
    }

  g_return_val_if_fail (inovda_radar_chart_add_series (self, label, values), 0);
  return n;
}
