/* inovda-spd-page.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-spd-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "inovda-spd-page.h"
#include "inovda-ui-format.h"
#include "inovda-ui-layout.h"

struct _InovdaSpdPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkStack *stack;
  AdwStatusPage *error_status;
  GtkLabel *total_label;
  GtkLabel *max_label;
  GtkLevelBar *total_bar;
  GtkLabel *detail_label;
  GtkBox *groups_box;
  GtkScrolledWindow *scrolled_window;

  /* Owned references */
  InovdaCatalogue *catalogue; /* the one the rows were built for */
  GPtrArray *rows;            /* InovdaSpdRow, borrowed from the groups */
  GPtrArray *groups;          /* AdwPreferencesGroup per variable, borrowed */
  char *region_code;
};

G_DEFINE_FINAL_TYPE (InovdaSpdPage, inovda_spd_page, ADW_TYPE_BIN)

/* ------------------------------------------------------------------------ */

static void
clear_rows (InovdaSpdPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->groups, 0);
  g_clear_pointer (&self->catalogue, inovda_catalogue_unref);
  g_clear_pointer (&self->region_code, g_free);
}

/* Rows survive a reload while the year keeps the same SPD rows, so that an
 * edit in progress keeps its focus. */
static gboolean
same_rows (InovdaSpdPage *self,
           InovdaRegionResult *result)
{
  InovdaCatalogue *catalogue = result->catalogue;

  if (self->catalogue == NULL || self->catalogue->year != catalogue->year ||
      self->catalogue->spd->len != catalogue->spd->len ||
      g_strcmp0 (self->region_code, inovda_region_get_code (result->region)) != 0)
    return FALSE;

  for (guint i = 0; i < catalogue->spd->len; i++)
    {
      const InovdaIndicator *a = g_ptr_array_index (self->catalogue->spd, i);
      const InovdaIndicator *b = g_ptr_array_index (catalogue->spd, i);

      if (g_strcmp0 (a->id, b->id) != 0 || a->input != b->input || a->weight != b->weight)
        return FALSE;
    }
  return TRUE;
}

static gint64
variable_max (InovdaCatalogue *catalogue,
              const char *variable)
{
  gint64 max = 0;

  for (guint i = 0; i < catalogue->spd->len; i++)
    {
      const InovdaIndicator *indicator = g_ptr_array_index (catalogue->spd, i);

      if (g_strcmp0 (indicator->variable, variable) == 0)
        max += indicator->weight * INOVDA_LEVEL_MAX;
    }
  return max;
}

static void
build_rows (InovdaSpdPage *self,
            InovdaRegionResult *result)
{
  InovdaCatalogue *catalogue = result->catalogue;

  clear_rows (self);
  self->catalogue = inovda_catalogue_ref (catalogue);
  self->region_code = g_strdup (inovda_region_get_code (result->region));

  for (guint v = 0; v < catalogue->variables->len; v++)
    {
      const InovdaVariable *variable = g_ptr_array_index (catalogue->variables, v);
      AdwPreferencesGroup *group = NULL;

      if (variable->aspect != INOVDA_ASPECT_SPD)
        continue;

      for (guint i = 0; i < catalogue->spd->len; i++)
        {
          const InovdaIndicator *indicator = g_ptr_array_index (catalogue->spd, i);
          InovdaSpdRow *row;

          if (g_strcmp0 (indicator->variable, variable->id) != 0)
            continue;

          if (group == NULL)
            {
              g_autofree char *title = g_markup_escape_text (variable->name, -1);

              group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
              adw_preferences_group_set_title (group, title);
              g_object_set_data_full (G_OBJECT (group), "variable", g_strdup (variable->id), g_free);
              gtk_box_append (self->groups_box, GTK_WIDGET (group));
              g_ptr_array_add (self->groups, group);
            }

          row = inovda_spd_row_new (catalogue, i);
          adw_preferences_group_add (group, GTK_WIDGET (row));
          g_ptr_array_add (self->rows, row);
        }
    }
}

static void
update_groups (InovdaSpdPage *self,
               InovdaRegionResult *result)
{
  InovdaCatalogue *catalogue = result->catalogue;
  const gint8 *levels = result->region_year->region.spd_level;

  for (guint g = 0; g < self->groups->len; g++)
    {
      AdwPreferencesGroup *group = g_ptr_array_index (self->groups, g);
      const char *variable = g_object_get_data (G_OBJECT (group), "variable");
      g_autofree char *score_text = NULL;
      g_autofree char *max_text = NULL;
      g_autofree char *description = NULL;
      gint64 score = 0;
      guint n_rows = 0;
      guint n_answered = 0;

      for (guint i = 0; i < catalogue->spd->len; i++)
        {
          const InovdaIndicator *indicator = g_ptr_array_index (catalogue->spd, i);

          if (g_strcmp0 (indicator->variable, variable) != 0)
            continue;
          n_rows++;
          if (levels[i] > 0)
            {
              n_answered++;
              score += indicator->weight * levels[i];
            }
        }

      score_text = inovda_format_score (score);
      max_text = inovda_format_score (variable_max (catalogue, variable));
      /* Translators: a variable's score out of its maximum, then how many of
       * its indicator rows have an answer */
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%s of %s · %u of %u row answered",
                                                  "%s of %s · %u of %u rows answered",
                                                  n_rows),
                                     score_text, max_text, n_answered, n_rows);
      adw_preferences_group_set_description (group, description);
    }
}

static void
update_total (InovdaSpdPage *self,
              InovdaRegionResult *result)
{
  gint64 max = inovda_catalogue_max_spd (result->catalogue);
  g_autofree char *total = inovda_format_score (result->score.klaim.spd);
  g_autofree char *max_text = inovda_format_score (max);
  g_autofree char *of_max = NULL;
  g_autofree char *verified = inovda_format_score (result->score.verifikasi.spd);
  g_autofree char *detail = NULL;
  guint n_mandatory_empty = 0;

  for (guint i = 0; i < result->catalogue->spd->len; i++)
    {
      const InovdaIndicator *indicator = g_ptr_array_index (result->catalogue->spd, i);

      if (indicator->mandatory && result->region_year->region.spd_level[i] <= 0)
        n_mandatory_empty++;
    }

  gtk_label_set_label (self->total_label, total);
  /* Translators: follows a score, as in “42,75 of 63,00” */
  of_max = g_strdup_printf (_ ("of %s"), max_text);
  gtk_label_set_label (self->max_label, of_max);
  gtk_level_bar_set_value (self->total_bar, max > 0 ? CLAMP ((double) result->score.klaim.spd / (double) max, 0.0, 1.0) : 0.0);

  if (n_mandatory_empty > 0)
    /* Translators: the verified SPD score, then the number of mandatory rows without an answer */
    detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Verified: %s. %u mandatory row has no answer yet.",
                                           "Verified: %s. %u mandatory rows have no answer yet.",
                                           n_mandatory_empty),
                              verified, n_mandatory_empty);
  else
    /* Translators: %s is the verified SPD score */
    detail = g_strdup_printf (_ ("Verified: %s. Every mandatory row has an answer."), verified);
  gtk_label_set_label (self->detail_label, detail);
}

/* ------------------------------------------------------------------------ */

static void
inovda_spd_page_dispose (GObject *object)
{
  InovdaSpdPage *self = INOVDA_SPD_PAGE (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->catalogue, inovda_catalogue_unref);
  g_clear_pointer (&self->region_code, g_free);

  G_OBJECT_CLASS (inovda_spd_page_parent_class)->dispose (object);
}

static void
inovda_spd_page_class_init (InovdaSpdPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = inovda_spd_page_dispose;

  gtk_widget_class_set_css_name (widget_class, "inovdaspdpage");
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-spd-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdPage, stack);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdPage, error_status);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdPage, total_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdPage, max_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdPage, total_bar);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdPage, detail_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdPage, groups_box);
  gtk_widget_class_bind_template_child (widget_class, InovdaSpdPage, scrolled_window);

  g_type_ensure (INOVDA_TYPE_SPD_ROW);
}

static void
inovda_spd_page_init (InovdaSpdPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  self->groups = g_ptr_array_new ();
}

/**
 * inovda_spd_page_show:
 * @self: an SPD page
 * @portfolio: (nullable): the portfolio
 * @result: (nullable): the region's scored year, %NULL when there is no region
 *
 * Shows the region's SPD answers of the year.
 */
void
inovda_spd_page_show (InovdaSpdPage *self,
                      InovdaPortfolio *portfolio,
                      InovdaRegionResult *result)
{
  g_return_if_fail (INOVDA_IS_SPD_PAGE (self));
  g_return_if_fail (portfolio == NULL || INOVDA_IS_PORTFOLIO (portfolio));

  if (portfolio == NULL || result == NULL)
    {
      clear_rows (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  if (result->error != NULL || result->catalogue == NULL || result->region_year == NULL)
    {
      clear_rows (self);
      adw_status_page_set_description (self->error_status,
                                       result->error != NULL ? result->error->message : NULL);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  if (!same_rows (self, result))
    build_rows (self, result);

  for (guint i = 0; i < self->rows->len; i++)
    inovda_spd_row_update (g_ptr_array_index (self->rows, i), portfolio, result);
  update_groups (self, result);
  update_total (self, result);
  gtk_stack_set_visible_child_name (self->stack, "indicators");
}

InovdaSpdRow *
inovda_spd_page_get_row (InovdaSpdPage *self,
                         const char *indicator)
{
  g_return_val_if_fail (INOVDA_IS_SPD_PAGE (self), NULL);
  g_return_val_if_fail (indicator != NULL, NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      InovdaSpdRow *row = g_ptr_array_index (self->rows, i);

      if (g_strcmp0 (inovda_spd_row_get_indicator (row), indicator) == 0)
        return row;
    }
  return NULL;
}

/**
 * inovda_spd_page_reveal:
 * @indicator: an SPD indicator of the shown year
 *
 * Opens the indicator's row, scrolls to it and puts the cursor on it.
 *
 * Returns: %TRUE if the year has the indicator
 */
gboolean
inovda_spd_page_reveal (InovdaSpdPage *self,
                        const char *indicator)
{
  InovdaSpdRow *row = inovda_spd_page_get_row (self, indicator);

  if (row == NULL)
    return FALSE;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  inovda_ui_reveal_later (self->scrolled_window, GTK_WIDGET (row));
  return TRUE;
}
