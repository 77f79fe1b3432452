/* inovda-fold-layout.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-fold-layout"

#include "config.h"

#include "inovda-fold-layout.h"

struct _InovdaFoldLayout
{
  GtkLayoutManager parent_instance;

  int spacing;
  gboolean folded;
};

G_DEFINE_FINAL_TYPE (InovdaFoldLayout, inovda_fold_layout, GTK_TYPE_LAYOUT_MANAGER)

enum
{
  PROP_0,
  PROP_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------------ */

static gboolean
get_children (GtkWidget *widget,
              GtkWidget **first,
              GtkWidget **second)
{
  *first = NULL;
  *second = NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      if (*first == NULL)
        *first = child;
      else if (*second == NULL)
        *second = child;
    }
  return *first != NULL;
}

static int
natural_width (GtkWidget *child)
{
  int natural = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

static int
height_for (GtkWidget *child,
            int width,
            gboolean minimum)
{
  int min = 0;
  int nat = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
  return minimum ? min : nat;
}

/* Whether the two fit side by side in @width, and the first one's width
 * then. */
static gboolean
fits_beside (InovdaFoldLayout *self,
             GtkWidget *first,
             GtkWidget *second,
             int width,
             int *first_width)
{
  int second_width = natural_width (second);
  int needed = natural_width (first) + self->spacing + second_width;

  if (width >= 0 && width < needed)
    return FALSE;
  if (first_width != NULL)
    *first_width = (width >= 0 ? width : needed) - self->spacing - second_width;
  return TRUE;
}

/* ------------------------------------------------------------------------ */

static void
inovda_fold_layout_measure (GtkLayoutManager *manager,
                            GtkWidget *widget,
                            GtkOrientation orientation,
                            int for_size,
                            int *minimum,
                            int *natural,
                            int *minimum_baseline,
                            int *natural_baseline)
{
  InovdaFoldLayout *self = INOVDA_FOLD_LAYOUT (manager);
  GtkWidget *first;
  GtkWidget *second;
  int first_width;

  *minimum = *natural = 0;
  if (!get_children (widget, &first, &second))
    return;
  if (second == NULL)
    {
      gtk_widget_measure (first, orientation, for_size, minimum, natural, NULL, NULL);
      return;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int first_min = 0;
      int second_min = 0;

      gtk_widget_measure (first, orientation, -1, &first_min, NULL, NULL, NULL);
      gtk_widget_measure (second, orientation, -1, &second_min, NULL, NULL, NULL);
      *minimum = MAX (first_min, second_min);
      *natural = MAX (*minimum, natural_width (first) + self->spacing + natural_width (second));
    }
  else if (fits_beside (self, first, second, for_size, &first_width))
    {
      int second_width = natural_width (second);

      *minimum = MAX (height_for (first, first_width, TRUE), height_for (second, second_width, TRUE));
      *natural = MAX (height_for (first, first_width, FALSE), height_for (second, second_width, FALSE));
    }
  else
    {
      *minimum = height_for (first, for_size, TRUE) + self->spacing + height_for (second, for_size, TRUE);
      *natural = height_for (first, for_size, FALSE) + self->spacing + height_for (second, for_size, FALSE);
    }
}

static void
inovda_fold_layout_allocate (GtkLayoutManager *manager,
                             GtkWidget *widget,
                             int width,
                             int height,
                             int baseline)
{
  InovdaFoldLayout *self = INOVDA_FOLD_LAYOUT (manager);
  GtkWidget *first;
  GtkWidget *second;
  int first_width;
  gboolean folded;

  if (!get_children (widget, &first, &second))
    return;
  if (second == NULL)
    {
      gtk_widget_size_allocate (first, &(GtkAllocation){ 0, 0, width, height }, -1);
      return;
    }

  folded = !fits_beside (self, first, second, width, &first_width);
  if (folded)
    {
      int first_height = height_for (first, width, FALSE);

      gtk_widget_size_allocate (first, &(GtkAllocation){ 0, 0, width, first_height }, -1);
      gtk_widget_size_allocate (second,
                                &(GtkAllocation){ 0, first_height + self->spacing, width,
                                                  MAX (0, height - first_height - self->spacing) },
                                -1);
    }
  else
    {
      gtk_widget_size_allocate (first, &(GtkAllocation){ 0, 0, first_width, height }, -1);
      gtk_widget_size_allocate (second,
                                &(GtkAllocation){ first_width + self->spacing, 0, width - first_width - self->spacing,
                                                  height },
                                -1);
    }
  self->folded = folded;
}

static GtkSizeRequestMode
inovda_fold_layout_get_request_mode (GtkLayoutManager *manager,
                                     GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
inovda_fold_layout_get_property (GObject *object,
                                 guint prop_id,
                                 GValue *value,
                                 GParamSpec *pspec)
{
  InovdaFoldLayout *self = INOVDA_FOLD_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
inovda_fold_layout_set_property (GObject *object,
                                 guint prop_id,
                                 const GValue *value,
                                 GParamSpec *pspec)
{
  InovdaFoldLayout *self = INOVDA_FOLD_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      inovda_fold_layout_set_spacing (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
inovda_fold_layout_class_init (InovdaFoldLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->get_property = inovda_fold_layout_get_property;
  object_class->set_property = inovda_fold_layout_set_property;
  layout_class->measure = inovda_fold_layout_measure;
  layout_class->allocate = inovda_fold_layout_allocate;
  layout_class->get_request_mode = inovda_fold_layout_get_request_mode;

  properties[PROP_SPACING] =
      g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
inovda_fold_layout_init (InovdaFoldLayout *self)
{
}

/* ------------------------------------------------------------------------ */

GtkLayoutManager *
inovda_fold_layout_new (void)
{
  return g_object_new (INOVDA_TYPE_FOLD_LAYOUT, NULL);
}

int
inovda_fold_layout_get_spacing (InovdaFoldLayout *self)
{
  g_return_val_if_fail (INOVDA_IS_FOLD_LAYOUT (self), 0);

  return self->spacing;
}

void
inovda_fold_layout_set_spacing (InovdaFoldLayout *self,
                                int spacing)
{
  g_return_if_fail (INOVDA_IS_FOLD_LAYOUT (self));

  if (self->spacing == spacing)
    return;
  self->spacing = spacing;
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}

/**
 * inovda_fold_layout_get_folded:
 *
 * Returns: whether the last layout put the second child below the first
 */
gboolean
inovda_fold_layout_get_folded (InovdaFoldLayout *self)
{
  g_return_val_if_fail (INOVDA_IS_FOLD_LAYOUT (self), FALSE);

  return self->folded;
}
