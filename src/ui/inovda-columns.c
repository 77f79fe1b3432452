/* inovda-columns.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-columns"

#include "config.h"

#include "inovda-columns.h"

#define SPACING 18

struct _InovdaColumns
{
  GtkWidget parent_instance;

  int min_column_width;
  guint n_columns;
};

G_DEFINE_FINAL_TYPE (InovdaColumns, inovda_columns, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_MIN_COLUMN_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
columns_for_width (InovdaColumns *self,
                   int width)
{
  return width >= 2 * self->min_column_width + SPACING ? 2 : 1;
}

/* The height of the rows for @n_columns columns of @column_width. */
static void
measure_rows (InovdaColumns *self,
              guint n_columns,
              int column_width,
              int *minimum,
              int *natural)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
  int n_rows = 0;

  *minimum = *natural = 0;
  while (child != NULL)
    {
      int row_minimum = 0;
      int row_natural = 0;

      for (guint c = 0; c < n_columns && child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          int child_minimum;
          int child_natural;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, column_width,
                              &child_minimum, &child_natural, NULL, NULL);
          row_minimum = MAX (row_minimum, child_minimum);
          row_natural = MAX (row_natural, child_natural);
          c++;
        }
      *minimum += row_minimum;
      *natural += row_natural;
      n_rows++;
    }
  if (n_rows > 1)
    {
      *minimum += SPACING * (n_rows - 1);
      *natural += SPACING * (n_rows - 1);
    }
}

static void
inovda_columns_measure (GtkWidget *widget,
                        GtkOrientation orientation,
                        int for_size,
                        int *minimum,
                        int *natural,
                        int *minimum_baseline,
                        int *natural_baseline)
{
  InovdaColumns *self = INOVDA_COLUMNS (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int largest_minimum = 0;
      int largest_natural = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_minimum;
          int child_natural;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &child_minimum, &child_natural, NULL, NULL);
          largest_minimum = MAX (largest_minimum, child_minimum);
          largest_natural = MAX (largest_natural, child_natural);
        }
      *minimum = largest_minimum;
      *natural = MAX (2 * MAX (largest_natural, self->min_column_width) + SPACING, largest_minimum);
    }
  else
    {
      int width = for_size;
      int natural_width;
      guint n_columns;

      /* Without a width, the height of the narrowest layout. */
      if (width < 0)
        inovda_columns_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &width, &natural_width, NULL, NULL);
      n_columns = columns_for_width (self, width);
      measure_rows (self, n_columns, (width - SPACING * ((int) n_columns - 1)) / (int) n_columns,
                    minimum, natural);
    }
}

static void
inovda_columns_size_allocate (GtkWidget *widget,
                              int width,
                              int height,
                              int baseline)
{
  InovdaColumns *self = INOVDA_COLUMNS (widget);
  guint n_columns = columns_for_width (self, width);
  int column_width = (width - SPACING * ((int) n_columns - 1)) / (int) n_columns;
  GtkWidget *child = gtk_widget_get_first_child (widget);
  int y = 0;

  self->n_columns = n_columns;
  while (child != NULL)
    {
      GtkWidget *row[2] = { NULL, NULL };
      int row_height = 0;
      guint n = 0;

      for (; n < n_columns && child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          int child_natural;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, column_width, NULL, &child_natural, NULL, NULL);
          row_height = MAX (row_height, child_natural);
          row[n++] = child;
        }

      for (guint c = 0; c < n; c++)
        {
          int x = (int) c * (column_width + SPACING);

          if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
            x = width - x - column_width;
          gtk_widget_size_allocate (row[c], &(GtkAllocation){ x, y, column_width, row_height }, -1);
        }
      y += row_height + SPACING;
    }
}

/* Tab moves through the children in their order, which is the reading
 * order: row by row, the left column first. GTK's own order sorts the
 * children by their middle, which puts a short right column before a
 * long left one. */
static gboolean
inovda_columns_focus (GtkWidget *widget,
                      GtkDirectionType direction)
{
  gboolean forward = direction == GTK_DIR_TAB_FORWARD;
  GtkWidget *child = gtk_widget_get_focus_child (widget);

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (inovda_columns_parent_class)->focus (widget, direction);

  if (child == NULL)
    child = forward ? gtk_widget_get_first_child (widget) : gtk_widget_get_last_child (widget);
  for (; child != NULL; child = forward ? gtk_widget_get_next_sibling (child) : gtk_widget_get_prev_sibling (child))
    if (gtk_widget_child_focus (child, direction))
      return TRUE;
  return FALSE;
}

static GtkSizeRequestMode
inovda_columns_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
inovda_columns_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (inovda_columns_parent_class)->dispose (object);
}

static void
inovda_columns_get_property (GObject *object,
                             guint prop_id,
                             GValue *value,
                             GParamSpec *pspec)
{
  InovdaColumns *self = INOVDA_COLUMNS (object);

  switch (prop_id)
    {
    case PROP_MIN_COLUMN_WIDTH:
      g_value_set_int (value, self->min_column_width);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
inovda_columns_set_property (GObject *object,
                             guint prop_id,
                             const GValue *value,
                             GParamSpec *pspec)
{
  InovdaColumns *self = INOVDA_COLUMNS (object);

  switch (prop_id)
    {
    case PROP_MIN_COLUMN_WIDTH:
      inovda_columns_set_min_column_width (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
inovda_columns_class_init (InovdaColumnsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = inovda_columns_dispose;
  object_class->get_property = inovda_columns_get_property;
  object_class->set_property = inovda_columns_set_property;

  widget_class->measure = inovda_columns_measure;
  widget_class->size_allocate = inovda_columns_size_allocate;
  widget_class->get_request_mode = inovda_columns_get_request_mode;
  widget_class->focus = inovda_columns_focus;

  properties[PROP_MIN_COLUMN_WIDTH] =
      g_param_spec_int ("min-column-width", NULL, NULL, 0, G_MAXINT, 420,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "inovdacolumns");
}

static void
inovda_columns_init (InovdaColumns *self)
{
  self->min_column_width = 420;
  self->n_columns = 1;
}

GtkWidget *
inovda_columns_new (void)
{
  return g_object_new (INOVDA_TYPE_COLUMNS, NULL);
}

/* Returns: the number of columns of the last layout */
guint
inovda_columns_get_n_columns (InovdaColumns *self)
{
  g_return_val_if_fail (INOVDA_IS_COLUMNS (self), 1);
  return self->n_columns;
}

int
inovda_columns_get_min_column_width (InovdaColumns *self)
{
  g_return_val_if_fail (INOVDA_IS_COLUMNS (self), 0);
  return self->min_column_width;
}

void
inovda_columns_set_min_column_width (InovdaColumns *self,
                                     int width)
{
  g_return_if_fail (INOVDA_IS_COLUMNS (self));

  if (self->min_column_width == width)
    return;
  self->min_column_width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN_COLUMN_WIDTH]);
}
