/* inovda-unit-page.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-unit-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "inovda-unit-page.h"

struct _InovdaUnitPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkStack *stack;
  AdwStatusPage *empty_status;
  GtkLabel *summary_label;
  GtkColumnView *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *count_column;
  GtkSortListModel *sort_model;
};

G_DEFINE_FINAL_TYPE (InovdaUnitPage, inovda_unit_page, ADW_TYPE_BIN)

/* ------------------------------------------------------------------------ */

static void
text_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem *item,
               InovdaUnitPage *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
code_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem *item,
              InovdaUnitPage *self)
{
  InovdaUnit *unit = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), inovda_unit_get_code (unit));
}

static void
name_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem *item,
              InovdaUnitPage *self)
{
  InovdaUnit *unit = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_label (GTK_LABEL (label), inovda_unit_get_name (unit));
  gtk_widget_set_tooltip_text (label, inovda_unit_get_name (unit));
}

static void
count_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem *item,
                InovdaUnitPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *image = gtk_image_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
count_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem *item,
               InovdaUnitPage *self)
{
  InovdaUnit *unit = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (image);
  guint n = inovda_unit_get_n_innovations (unit);
  g_autofree char *text = NULL;

  if (n > 0)
    {
      /* Translators: the number of innovations a regional agency reported. */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u innovation", "%u innovations", n), n);
      gtk_image_set_from_icon_name (GTK_IMAGE (image), "emblem-ok-symbolic");
      gtk_widget_remove_css_class (image, "warning");
      gtk_widget_add_css_class (image, "success");
    }
  else
    {
      text = g_strdup (_("Not reported"));
      gtk_image_set_from_icon_name (GTK_IMAGE (image), "dialog-warning-symbolic");
      gtk_widget_remove_css_class (image, "success");
      gtk_widget_add_css_class (image, "warning");
    }
  gtk_label_set_label (GTK_LABEL (label), text);
}

/* ------------------------------------------------------------------------ */

static void
inovda_unit_page_class_init (InovdaUnitPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_css_name (widget_class, "inovdaunitpage");
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-unit-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, stack);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, empty_status);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, count_column);
  gtk_widget_class_bind_template_child (widget_class, InovdaUnitPage, sort_model);
  gtk_widget_class_bind_template_callback (widget_class, text_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, code_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, count_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, count_bind_cb);

  g_type_ensure (INOVDA_TYPE_UNIT);
}

static void
inovda_unit_page_init (InovdaUnitPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
}

/**
 * inovda_unit_page_show:
 * @self: a unit page
 * @portfolio: (nullable): the portfolio
 * @result: (nullable): the region's scored year, %NULL when there is no region
 *
 * Lists the region's regional agencies with their innovations of the year.
 */
void
inovda_unit_page_show (InovdaUnitPage *self,
                       InovdaPortfolio *portfolio,
                       InovdaRegionResult *result)
{
  g_autoptr (GListModel) units = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *title = NULL;
  guint n_units;
  guint n_reported = 0;

  g_return_if_fail (INOVDA_IS_UNIT_PAGE (self));
  g_return_if_fail (portfolio == NULL || INOVDA_IS_PORTFOLIO (portfolio));

  if (portfolio != NULL && result != NULL)
    units = inovda_portfolio_list_units (portfolio, inovda_region_get_code (result->region),
                                         result->year, &error);
  if (error != NULL)
    adw_status_page_set_description (self->empty_status, error->message);

  n_units = units != NULL ? g_list_model_get_n_items (units) : 0;
  gtk_sort_list_model_set_model (self->sort_model, units);
  if (n_units == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr (InovdaUnit) unit = g_list_model_get_item (units, i);

      if (inovda_unit_get_n_innovations (unit) > 0)
        n_reported++;
    }

  /* Translators: a column title; %d is an assessment year. */
  title = g_strdup_printf (_("Innovations in %d"), result->year);
  gtk_column_view_column_set_title (self->count_column, title);

  /* Translators: “9 of 12 regional agencies reported at least one innovation
   * for 2026.” */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u of %u regional agency reported at least one innovation for %d.",
                                          "%u of %u regional agencies reported at least one innovation for %d.",
                                          n_units),
                             n_reported, n_units, result->year);
  gtk_label_set_label (self->summary_label, summary);
  gtk_stack_set_visible_child_name (self->stack, "list");
}
