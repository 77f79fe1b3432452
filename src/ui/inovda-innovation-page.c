/* inovda-innovation-page.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-innovation-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "inovda-innovation-page.h"
#include "inovda-ui-format.h"

struct _InovdaInnovationPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkStack *stack;
  GtkSearchEntry *search_entry;
  GtkLabel *count_label;
  GtkStack *results_stack;
  GtkColumnView *column_view;
  GtkColumnViewColumn *name_column;
  GtkSingleSelection *selection;
  GtkSortListModel *sort_model;
  GtkFilterListModel *filter_model;
  AdwStatusPage *no_results_status;

  /* Owned references */
  GtkCustomFilter *search_filter;
  char *query;   /* folded */
  char **tokens; /* of the folded query */
  int year;
};

G_DEFINE_FINAL_TYPE (InovdaInnovationPage, inovda_innovation_page, ADW_TYPE_BIN)

static GQuark haystack_quark;

/* ------------------------------------------------------------------------ */

static const char *
innovation_haystack (InovdaInnovation *innovation)
{
  g_autoptr (GString) text = NULL;
  const char *haystack = g_object_get_qdata (G_OBJECT (innovation), haystack_quark);
  const char *inisiator;
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
  inisiator = inovda_innovation_get_field (innovation, INOVDA_FIELD_INISIATOR);
  kind = inovda_inisiator_from_code (inisiator);
  if (kind >= 0)
    g_string_append_printf (text, "\n%s", inovda_inisiator_get_label (kind));

  folded = inovda_ui_fold_for_search (text->str);
  g_object_set_qdata_full (G_OBJECT (innovation), haystack_quark, folded, g_free);
  return folded;
}

static gboolean
search_filter_func (gpointer item,
                    gpointer user_data)
{
  InovdaInnovationPage *self = user_data;
  const char *haystack;

  if (self->tokens == NULL || self->tokens[0] == NULL)
    return TRUE;

  haystack = innovation_haystack (INOVDA_INNOVATION (item));
  for (guint i = 0; self->tokens[i] != NULL; i++)
    if (strstr (haystack, self->tokens[i]) == NULL)
      return FALSE;
  return TRUE;
}

static void
update_count (InovdaInnovationPage *self)
{
  GListModel *all = gtk_filter_list_model_get_model (self->filter_model);
  guint n_total = all != NULL ? g_list_model_get_n_items (all) : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *text = NULL;

  if (n_shown == n_total)
    /* Translators: the number of innovations listed. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u innovation", "%u innovations", n_total),
                            n_total);
  else
    /* Translators: “12 of 40 innovations” match the search. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u innovation", "%u of %u innovations", n_total),
                            n_shown, n_total);
  gtk_label_set_label (self->count_label, text);

  if (n_total == 0)
    {
      adw_status_page_set_icon_name (self->no_results_status, "view-list-bullet-symbolic");
      adw_status_page_set_title (self->no_results_status, _("No Innovations"));
      adw_status_page_set_description (self->no_results_status,
                                       _("No innovation of this region is recorded in the portfolio."));
    }
  else if (n_shown == 0)
    {
      adw_status_page_set_icon_name (self->no_results_status, "system-search-symbolic");
      adw_status_page_set_title (self->no_results_status, _("No Results Found"));
      adw_status_page_set_description (self->no_results_status,
                                       _("Try another name, regional agency or initiator."));
    }

  gtk_stack_set_visible_child_name (self->results_stack, n_shown > 0 ? "table" : "no-results");
}

static GtkLabel *
cell_label (GtkListItem *item)
{
  return GTK_LABEL (gtk_list_item_get_child (item));
}

static void
set_cell_text (GtkListItem *item,
               const char *text,
               gboolean with_tooltip)
{
  GtkLabel *label = cell_label (item);

  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), with_tooltip ? text : NULL);
}

/* ------------------------------------------------------------------------ */

static void
search_changed_cb (InovdaInnovationPage *self,
                   GtkSearchEntry *entry)
{
  g_autofree char *query = inovda_ui_fold_for_search (gtk_editable_get_text (GTK_EDITABLE (entry)));
  GtkFilterChange change;

  g_strstrip (query);
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
  g_strfreev (self->tokens);
  self->tokens = g_strsplit_set (self->query, " \t", -1);

  /* Empty tokens from repeated spaces match everything; drop them. */
  {
    guint kept = 0;

    for (guint i = 0; self->tokens[i] != NULL; i++)
      {
        if (self->tokens[i][0] == '\0')
          g_free (self->tokens[i]);
        else
          self->tokens[kept++] = self->tokens[i];
      }
    self->tokens[kept] = NULL;
  }

  gtk_filter_changed (GTK_FILTER (self->search_filter), change);
}

static void
stop_search_cb (InovdaInnovationPage *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
filter_items_changed_cb (InovdaInnovationPage *self,
                         guint position,
                         guint removed,
                         guint added,
                         GListModel *model)
{
  update_count (self);
}

static void
text_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem *item,
               InovdaInnovationPage *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
numeric_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem *item,
                  InovdaInnovationPage *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
name_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem *item,
              InovdaInnovationPage *self)
{
  InovdaInnovation *innovation = gtk_list_item_get_item (item);

  set_cell_text (item, inovda_innovation_get_name (innovation), TRUE);
}

static void
unit_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem *item,
              InovdaInnovationPage *self)
{
  InovdaInnovation *innovation = gtk_list_item_get_item (item);

  set_cell_text (item, inovda_innovation_get_unit_name (innovation), TRUE);
}

static void
tahapan_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem *item,
                 InovdaInnovationPage *self)
{
  InovdaInnovation *innovation = gtk_list_item_get_item (item);
  int tahapan = inovda_tahapan_from_code (inovda_innovation_get_field (innovation, INOVDA_FIELD_TAHAPAN));

  set_cell_text (item, tahapan >= 0 ? inovda_tahapan_get_label (tahapan) : "—", FALSE);
}

static void
urusan_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem *item,
                InovdaInnovationPage *self)
{
  InovdaInnovation *innovation = gtk_list_item_get_item (item);
  const char *code = inovda_innovation_get_field (innovation, INOVDA_FIELD_URUSAN_UTAMA);
  const InovdaUrusan *urusan = inovda_urusan_lookup (code);
  g_autofree char *text = NULL;

  if (urusan != NULL)
    text = g_strdup_printf ("%s %s", urusan->code, urusan->name);
  set_cell_text (item, text != NULL ? text : (code != NULL ? code : "—"), urusan != NULL);
}

static void
status_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem *item,
                InovdaInnovationPage *self)
{
  InovdaInnovation *innovation = gtk_list_item_get_item (item);
  int status = inovda_status_from_code (inovda_innovation_get_status (innovation));

  set_cell_text (item, status >= 0 ? inovda_status_get_label (status) : "—", FALSE);
}

static void
kematangan_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem *item,
                    InovdaInnovationPage *self)
{
  InovdaInnovation *innovation = gtk_list_item_get_item (item);
  gint64 kematangan = inovda_innovation_get_kematangan (innovation);
  gint64 verified = inovda_innovation_get_kematangan_verified (innovation);
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  if (kematangan >= 0)
    text = inovda_ui_format_score (kematangan);
  if (verified >= 0)
    {
      g_autofree char *verified_text = inovda_ui_format_score (verified);

      /* Translators: %s is the verified kematangan (“45,00”). */
      tooltip = g_strdup_printf (_("Verified: %s"), verified_text);
    }

  gtk_label_set_label (cell_label (item), text != NULL ? text : "—");
  gtk_widget_set_tooltip_text (GTK_WIDGET (cell_label (item)), tooltip);
}

static void
eligible_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem *item,
                   InovdaInnovationPage *self)
{
  GtkWidget *image = gtk_image_new ();

  gtk_widget_set_halign (image, GTK_ALIGN_START);
  gtk_list_item_set_child (item, image);
}

static void
eligible_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem *item,
                  InovdaInnovationPage *self)
{
  InovdaInnovation *innovation = gtk_list_item_get_item (item);
  GtkWidget *image = gtk_list_item_get_child (item);

  gtk_widget_remove_css_class (image, "success");
  gtk_widget_remove_css_class (image, "warning");

  if (inovda_innovation_get_status (innovation) == NULL)
    {
      g_autofree char *tooltip = NULL;

      gtk_image_clear (GTK_IMAGE (image));
      /* Translators: %d is an assessment year. */
      tooltip = g_strdup_printf (_("Not reported for %d"), self->year);
      gtk_widget_set_tooltip_text (image, tooltip);
    }
  else if (inovda_innovation_get_eligible (innovation))
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (image), "emblem-ok-symbolic");
      gtk_widget_add_css_class (image, "success");
      gtk_widget_set_tooltip_text (image, _("Counted in the IID"));
    }
  else
    {
      const char *problems = inovda_innovation_get_problems (innovation);

      gtk_image_set_from_icon_name (GTK_IMAGE (image), "dialog-warning-symbolic");
      gtk_widget_add_css_class (image, "warning");
      gtk_widget_set_tooltip_text (image, problems != NULL ? problems : _("Not counted in the IID"));
    }
}

static int
tahapan_rank_cb (gpointer item,
                 const char *tahapan)
{
  return inovda_tahapan_from_code (tahapan);
}

static int
status_rank_cb (gpointer item,
                const char *status)
{
  return inovda_status_from_code (status);
}

static int
eligible_rank_cb (gpointer item,
                  gboolean eligible,
                  const char *status)
{
  if (status == NULL)
    return 0;
  return eligible ? 2 : 1;
}

/* ------------------------------------------------------------------------ */

static void
inovda_innovation_page_finalize (GObject *object)
{
  InovdaInnovationPage *self = INOVDA_INNOVATION_PAGE (object);

  g_clear_object (&self->search_filter);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->tokens, g_strfreev);

  G_OBJECT_CLASS (inovda_innovation_page_parent_class)->finalize (object);
}

static void
inovda_innovation_page_class_init (InovdaInnovationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = inovda_innovation_page_finalize;

  gtk_widget_class_set_css_name (widget_class, "inovdainnovationpage");
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-innovation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, stack);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, selection);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, InovdaInnovationPage, no_results_status);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_items_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, numeric_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, tahapan_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, urusan_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, kematangan_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, eligible_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, eligible_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, tahapan_rank_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_rank_cb);
  gtk_widget_class_bind_template_callback (widget_class, eligible_rank_cb);

  g_type_ensure (INOVDA_TYPE_INNOVATION);
  haystack_quark = g_quark_from_static_string ("inovda-search-haystack");
}

static void
inovda_innovation_page_init (InovdaInnovationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->search_filter = gtk_custom_filter_new (search_filter_func, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->search_filter));
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  update_count (self);
}

/**
 * inovda_innovation_page_show:
 * @self: an innovation page
 * @portfolio: (nullable): the portfolio
 * @result: (nullable): the region's scored year, %NULL when there is no region
 *
 * Lists every innovation of the region with the values of the year.
 */
void
inovda_innovation_page_show (InovdaInnovationPage *self,
                             InovdaPortfolio *portfolio,
                             InovdaRegionResult *result)
{
  g_autoptr (GListModel) innovations = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (INOVDA_IS_INNOVATION_PAGE (self));
  g_return_if_fail (portfolio == NULL || INOVDA_IS_PORTFOLIO (portfolio));

  if (portfolio == NULL || result == NULL)
    {
      gtk_filter_list_model_set_model (self->filter_model, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->year = result->year;
  innovations = inovda_portfolio_list_innovations (portfolio,
                                                   inovda_region_get_code (result->region),
                                                   result->year,
                                                   &error);
  if (innovations == NULL)
    {
      gtk_filter_list_model_set_model (self->filter_model, NULL);
      adw_status_page_set_icon_name (self->no_results_status, "dialog-warning-symbolic");
      adw_status_page_set_title (self->no_results_status, _("Could Not Read the Innovations"));
      adw_status_page_set_description (self->no_results_status, error->message);
      gtk_stack_set_visible_child_name (self->results_stack, "no-results");
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }

  inovda_region_result_apply (result, innovations);
  gtk_filter_list_model_set_model (self->filter_model, innovations);
  update_count (self);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

void
inovda_innovation_page_focus_search (InovdaInnovationPage *self)
{
  g_return_if_fail (INOVDA_IS_INNOVATION_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
