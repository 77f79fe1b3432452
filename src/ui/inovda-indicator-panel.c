/* inovda-indicator-panel.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-indicator-panel"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "inovda-indicator-panel.h"
#include "inovda-ui-layout.h"
#include "inovda-region-result.h"
#include "inovda-ui-format.h"

#include "model/inovda-decimal.h"

struct _InovdaIndicatorPanel
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkStack *stack;
  AdwStatusPage *empty_status;
  GtkLabel *kematangan_label;
  GtkLabel *note_label;
  GtkLabel *iid_label;
  GtkScrolledWindow *scrolled_window;
  GtkBox *rows_box;

  /* Owned references */
  InovdaPortfolio *portfolio;
  InovdaCatalogue *catalogue;
  GPtrArray *rows; /* InovdaIndicatorRow*, in catalogue order */

  gint64 innovation_id;
  int year;
};

G_DEFINE_FINAL_TYPE (InovdaIndicatorPanel, inovda_indicator_panel, ADW_TYPE_BIN)

/* ------------------------------------------------------------------------ */

static void
clear_rows (InovdaIndicatorPanel *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    gtk_box_remove (self->rows_box, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->catalogue, inovda_catalogue_unref);
}

static void
build_rows (InovdaIndicatorPanel *self,
            InovdaCatalogue *catalogue)
{
  clear_rows (self);
  self->catalogue = inovda_catalogue_ref (catalogue);
  for (guint i = 0; i < catalogue->sid->len; i++)
    {
      GtkWidget *row = inovda_indicator_row_new (catalogue, i);

      gtk_box_append (self->rows_box, row);
      g_ptr_array_add (self->rows, row);
    }
}

/* The region's klaim IID scored without the innovation at @index. */
static gint64
iid_without (InovdaRegionResult *result,
             int index)
{
  const InovdaScoreRegion *region = &result->region_year->region;
  g_autofree InovdaScoreInnovation *others = g_new0 (InovdaScoreInnovation, MAX (region->n_innovations, 1));
  InovdaScoreRegion copy = *region;
  InovdaProjectionResult score = { 0 };
  guint n = 0;
  gint64 iid;

  for (guint i = 0; i < region->n_innovations; i++)
    if ((int) i != index)
      others[n++] = region->innovations[i];
  copy.innovations = others;
  copy.n_innovations = n;

  inovda_score_projection (result->catalogue, &copy, INOVDA_PROJECTION_KLAIM, &score);
  iid = score.iid;
  inovda_projection_result_clear (&score);
  return iid;
}

static void
update_summary (InovdaIndicatorPanel *self,
                const char *region_code)
{
  g_autoptr (InovdaRegion) region = NULL;
  g_autoptr (InovdaRegionResult) result = NULL;
  g_autofree char *kematangan = NULL;
  g_autofree char *maximum = NULL;
  g_autofree char *with = NULL;
  g_autofree char *without = NULL;
  g_autofree char *text = NULL;
  g_autofree char *iid_text = NULL;
  g_autoptr (GString) note = g_string_new (NULL);
  const InovdaInnovationScore *klaim;
  const InovdaInnovationScore *verifikasi;
  gint64 max_kematangan;
  int index;

  region = inovda_portfolio_get_region (self->portfolio, region_code, NULL);
  if (region != NULL)
    result = inovda_region_result_load (self->portfolio, region, self->year);
  if (result == NULL || result->region_year == NULL)
    {
      gtk_label_set_label (self->kematangan_label, "");
      gtk_label_set_label (self->iid_label, "");
      gtk_label_set_label (self->note_label, result != NULL && result->error != NULL ? result->error->message : "");
      return;
    }

  max_kematangan = inovda_catalogue_max_kematangan (result->catalogue);
  maximum = inovda_format_score (max_kematangan);
  with = inovda_format_score (result->score.klaim.iid);
  index = inovda_region_year_find (result->region_year, self->innovation_id);
  klaim = index >= 0 ? inovda_region_result_get_innovation_score (result, INOVDA_PROJECTION_KLAIM, index) : NULL;
  verifikasi = index >= 0 ? inovda_region_result_get_innovation_score (result, INOVDA_PROJECTION_VERIFIKASI, index) : NULL;

  if (klaim == NULL)
    {
      /* Translators: %d is the assessment year. */
      text = g_strdup_printf (_ ("Not reported for %d"), self->year);
      g_string_append (note, _ ("Choosing a level reports the innovation as a draft."));
      /* Translators: the region's IID, e.g. “IID 52,04”. */
      iid_text = g_strdup_printf (_ ("IID %s"), with);
    }
  else
    {
      kematangan = inovda_format_score (klaim->kematangan);
      /* Translators: the innovation’s kematangan of the maximum, e.g. “Maturity 74,00 of 111,00”. */
      text = g_strdup_printf (_ ("Maturity %s of %s"), kematangan, maximum);
      without = inovda_format_score (iid_without (result, index));
      /* Translators: the region's IID without this innovation, then with it: “IID 52,04 → 52,31”. */
      iid_text = g_strdup_printf (_ ("IID %s → %s"), without, with);

      if (verifikasi != NULL && verifikasi->kematangan > 0)
        {
          g_autofree char *verified = inovda_format_score (verifikasi->kematangan);

          /* Translators: %s is the kematangan after verification. */
          g_string_append_printf (note, _ ("Verified: %s."), verified);
        }
      if (klaim->ineligible != 0)
        {
          g_autofree char *problems = inovda_region_result_describe_problems (result, index);

          if (note->len > 0)
            g_string_append_c (note, ' ');
          /* Translators: followed by the reasons, one per line. */
          g_string_append_printf (note, _ ("Not counted in the IID: %s"), problems != NULL ? problems : "");
        }
      else
        {
          if (note->len > 0)
            g_string_append_c (note, ' ');
          g_string_append (note, _ ("Counted in the IID."));
        }
    }

  gtk_label_set_label (self->kematangan_label, text);
  gtk_label_set_label (self->iid_label, iid_text);
  gtk_label_set_label (self->note_label, note->str);
}

static void
reload (InovdaIndicatorPanel *self)
{
  g_autoptr (InovdaInnovation) innovation = NULL;
  g_autoptr (InovdaCatalogue) catalogue = NULL;
  g_autoptr (GError) error = NULL;

  if (self->portfolio == NULL || self->innovation_id == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  innovation = inovda_portfolio_get_innovation (self->portfolio, self->innovation_id, NULL);
  catalogue = inovda_portfolio_get_catalogue (self->portfolio, self->year, &error);
  if (innovation == NULL || catalogue == NULL)
    {
      /* Translators: %d is an assessment year. */
      g_autofree char *title = g_strdup_printf (_ ("No Methodology for %d"), self->year);

      clear_rows (self);
      adw_status_page_set_title (self->empty_status, title);
      adw_status_page_set_description (self->empty_status, error != NULL ? error->message : NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  /* Undo reloads the catalogues: the same year keeps its rows and focus. */
  if (self->catalogue == NULL || self->catalogue->year != catalogue->year)
    build_rows (self, catalogue);
  for (guint i = 0; i < self->rows->len; i++)
    inovda_indicator_row_load (g_ptr_array_index (self->rows, i), self->portfolio, self->innovation_id, self->year);
  update_summary (self, inovda_innovation_get_region_code (innovation));
  gtk_stack_set_visible_child_name (self->stack, "indicators");
}

static void
portfolio_changed_cb (InovdaIndicatorPanel *self,
                      InovdaPortfolio *portfolio)
{
  reload (self);
}

/* ------------------------------------------------------------------------ */

static void
inovda_indicator_panel_dispose (GObject *object)
{
  InovdaIndicatorPanel *self = INOVDA_INDICATOR_PANEL (object);

  if (self->portfolio != NULL)
    g_signal_handlers_disconnect_by_data (self->portfolio, self);
  g_clear_object (&self->portfolio);

  G_OBJECT_CLASS (inovda_indicator_panel_parent_class)->dispose (object);
}

static void
inovda_indicator_panel_finalize (GObject *object)
{
  InovdaIndicatorPanel *self = INOVDA_INDICATOR_PANEL (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->catalogue, inovda_catalogue_unref);

  G_OBJECT_CLASS (inovda_indicator_panel_parent_class)->finalize (object);
}

static void
inovda_indicator_panel_class_init (InovdaIndicatorPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = inovda_indicator_panel_dispose;
  object_class->finalize = inovda_indicator_panel_finalize;

  gtk_widget_class_set_css_name (widget_class, "inovdaindicatorpanel");
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-indicator-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorPanel, empty_status);
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorPanel, kematangan_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorPanel, note_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorPanel, iid_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorPanel, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, InovdaIndicatorPanel, rows_box);
}

static void
inovda_indicator_panel_init (InovdaIndicatorPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
}

GtkWidget *
inovda_indicator_panel_new (void)
{
  return g_object_new (INOVDA_TYPE_INDICATOR_PANEL, NULL);
}

/**
 * inovda_indicator_panel_load:
 * @self: a panel
 * @portfolio: (nullable): the portfolio, %NULL to show nothing
 * @innovation_id: the innovation
 * @year: the assessment year
 *
 * Shows the innovation's indicators of @year; the panel then follows the
 * portfolio's changes by itself.
 */
void
inovda_indicator_panel_load (InovdaIndicatorPanel *self,
                             InovdaPortfolio *portfolio,
                             gint64 innovation_id,
                             int year)
{
  gboolean other_innovation;

  g_return_if_fail (INOVDA_IS_INDICATOR_PANEL (self));
  g_return_if_fail (portfolio == NULL || INOVDA_IS_PORTFOLIO (portfolio));

  if (self->portfolio == portfolio && self->innovation_id == innovation_id && self->year == year)
    return;

  other_innovation = self->innovation_id != innovation_id;
  if (self->portfolio != portfolio)
    {
      if (self->portfolio != NULL)
        g_signal_handlers_disconnect_by_data (self->portfolio, self);
      g_set_object (&self->portfolio, portfolio);
      if (portfolio != NULL)
        g_signal_connect_object (portfolio, "changed", G_CALLBACK (portfolio_changed_cb),
                                 self, G_CONNECT_SWAPPED);
    }
  self->innovation_id = innovation_id;
  self->year = year;
  reload (self);
  if (other_innovation)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

/**
 * inovda_indicator_panel_get_row:
 *
 * Returns: (transfer none) (nullable): the row of an indicator of the year
 */
InovdaIndicatorRow *
inovda_indicator_panel_get_row (InovdaIndicatorPanel *self,
                                const char *indicator_id)
{
  g_return_val_if_fail (INOVDA_IS_INDICATOR_PANEL (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      InovdaIndicatorRow *row = g_ptr_array_index (self->rows, i);

      if (g_strcmp0 (inovda_indicator_row_get_indicator (row)->id, indicator_id) == 0)
        return row;
    }
  return NULL;
}

/**
 * inovda_indicator_panel_reveal:
 * @indicator_id: an indicator of the loaded year
 *
 * Scrolls to the indicator's row and puts the cursor in it, once the panel
 * is laid out.
 */
void
inovda_indicator_panel_reveal (InovdaIndicatorPanel *self,
                               const char *indicator_id)
{
  InovdaIndicatorRow *row;

  g_return_if_fail (INOVDA_IS_INDICATOR_PANEL (self));

  row = inovda_indicator_panel_get_row (self, indicator_id);
  if (row != NULL)
    inovda_ui_reveal_later (self->scrolled_window, GTK_WIDGET (row));
}
