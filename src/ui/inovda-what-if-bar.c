/* inovda-what-if-bar.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-what-if-bar"

#include "config.h"

#include "inovda-what-if-bar.h"

/* The what-if bar: the portfolio's score, the scenario's, and the
 * scenario's buttons. GTK 4.8 has no breakpoints, so the bar takes the
 * first of its arrangements that fits the width it is given: all in one
 * row; the scores in one row with Reset and Open in a menu; the buttons
 * below the scores; the scores stacked, the buttons beside or below. Its
 * minimum width is that of the narrowest arrangement, whatever it shows. */

#define BAR_SPACING 18
#define BAR_ROW_SPACING 12
#define BAR_BUTTON_SPACING 6

typedef enum
{
  BAR_SCORES_IN_ROW = 1 << 0,  /* else stacked */
  BAR_ALL_BUTTONS = 1 << 1,    /* else Reset and Open in the menu */
  BAR_BUTTONS_BESIDE = 1 << 2, /* else below the scores */
} BarArrangement;

/* From the most to the least room needed. */
static const BarArrangement bar_arrangements[] = {
  BAR_SCORES_IN_ROW | BAR_ALL_BUTTONS | BAR_BUTTONS_BESIDE,
  BAR_SCORES_IN_ROW | BAR_BUTTONS_BESIDE,
  BAR_SCORES_IN_ROW | BAR_ALL_BUTTONS,
  BAR_BUTTONS_BESIDE,
  BAR_ALL_BUTTONS,
  0,
};

struct _InovdaWhatIfBar
{
  GtkWidget parent_instance;

  GtkWidget *parts[INOVDA_WHAT_IF_BAR_N_PARTS];
};

G_DEFINE_FINAL_TYPE (InovdaWhatIfBar, inovda_what_if_bar, GTK_TYPE_WIDGET)

static gboolean
bar_part_shown (BarArrangement arrangement,
                InovdaWhatIfBarPart part)
{
  switch (part)
    {
    case INOVDA_WHAT_IF_BAR_ARROW:
      return (arrangement & BAR_SCORES_IN_ROW) != 0;

    case INOVDA_WHAT_IF_BAR_RESET:
    case INOVDA_WHAT_IF_BAR_OPEN:
      return (arrangement & BAR_ALL_BUTTONS) != 0;

    case INOVDA_WHAT_IF_BAR_MORE:
      return (arrangement & BAR_ALL_BUTTONS) == 0;

    case INOVDA_WHAT_IF_BAR_REAL:
    case INOVDA_WHAT_IF_BAR_WHAT_IF:
    case INOVDA_WHAT_IF_BAR_SAVE:
    case INOVDA_WHAT_IF_BAR_N_PARTS:
    default:
      return TRUE;
    }
}

/* The widths of the parts, their minimum or natural ones. */
static void
bar_measure_widths (InovdaWhatIfBar *self,
                    gboolean natural,
                    int widths[INOVDA_WHAT_IF_BAR_N_PARTS])
{
  for (guint i = 0; i < INOVDA_WHAT_IF_BAR_N_PARTS; i++)
    {
      int minimum = 0;
      int natural_width = 0;

      if (self->parts[i] != NULL && gtk_widget_get_visible (self->parts[i]))
        gtk_widget_measure (self->parts[i], GTK_ORIENTATION_HORIZONTAL, -1,
                            &minimum, &natural_width, NULL, NULL);
      widths[i] = natural ? natural_width : minimum;
    }
}

static int
bar_scores_width (BarArrangement arrangement,
                  const int widths[INOVDA_WHAT_IF_BAR_N_PARTS])
{
  if (arrangement & BAR_SCORES_IN_ROW)
    return widths[INOVDA_WHAT_IF_BAR_REAL] + widths[INOVDA_WHAT_IF_BAR_ARROW] + widths[INOVDA_WHAT_IF_BAR_WHAT_IF] + 2 * BAR_SPACING;
  return MAX (widths[INOVDA_WHAT_IF_BAR_REAL], widths[INOVDA_WHAT_IF_BAR_WHAT_IF]);
}

static int
bar_buttons_width (BarArrangement arrangement,
                   const int widths[INOVDA_WHAT_IF_BAR_N_PARTS])
{
  if (arrangement & BAR_ALL_BUTTONS)
    return widths[INOVDA_WHAT_IF_BAR_RESET] + widths[INOVDA_WHAT_IF_BAR_OPEN] + widths[INOVDA_WHAT_IF_BAR_SAVE] + 2 * BAR_BUTTON_SPACING;
  return widths[INOVDA_WHAT_IF_BAR_MORE] + widths[INOVDA_WHAT_IF_BAR_SAVE] + BAR_BUTTON_SPACING;
}

static int
bar_arrangement_width (BarArrangement arrangement,
                       const int widths[INOVDA_WHAT_IF_BAR_N_PARTS])
{
  int scores = bar_scores_width (arrangement, widths);
  int buttons = bar_buttons_width (arrangement, widths);

  if (arrangement & BAR_BUTTONS_BESIDE)
    return scores + BAR_SPACING + buttons;
  return MAX (scores, buttons);
}

static BarArrangement
bar_choose_arrangement (InovdaWhatIfBar *self,
                        int width,
                        int widths[INOVDA_WHAT_IF_BAR_N_PARTS])
{
  bar_measure_widths (self, TRUE, widths);
  for (guint i = 0; i < G_N_ELEMENTS (bar_arrangements) - 1; i++)
    if (bar_arrangement_width (bar_arrangements[i], widths) <= width)
      return bar_arrangements[i];
  return bar_arrangements[G_N_ELEMENTS (bar_arrangements) - 1];
}

/* Places the parts shown in @arrangement in @width; returns the height. */
static int
bar_arrange (InovdaWhatIfBar *self,
             BarArrangement arrangement,
             int width,
             const int widths[INOVDA_WHAT_IF_BAR_N_PARTS],
             GtkAllocation boxes[INOVDA_WHAT_IF_BAR_N_PARTS])
{
  gboolean beside = (arrangement & BAR_BUTTONS_BESIDE) != 0;
  int buttons_width = MIN (bar_buttons_width (arrangement, widths), width);
  int scores_room = beside ? width - buttons_width - BAR_SPACING : width;
  int heights[INOVDA_WHAT_IF_BAR_N_PARTS] = { 0 };
  int scores_height;
  int buttons_height = 0;
  int height;
  int x;

  for (guint i = 0; i < INOVDA_WHAT_IF_BAR_N_PARTS; i++)
    {
      boxes[i] = (GtkAllocation){ 0, 0, widths[i], 0 };
      if (!bar_part_shown (arrangement, i) || widths[i] == 0)
        continue;
      if (i == INOVDA_WHAT_IF_BAR_REAL || i == INOVDA_WHAT_IF_BAR_WHAT_IF)
        boxes[i].width = MIN (widths[i], MAX (scores_room, 0));
      gtk_widget_measure (self->parts[i], GTK_ORIENTATION_VERTICAL, boxes[i].width,
                          NULL, &heights[i], NULL, NULL);
      if (i >= INOVDA_WHAT_IF_BAR_RESET)
        buttons_height = MAX (buttons_height, heights[i]);
    }

  /* The scores */
  if (arrangement & BAR_SCORES_IN_ROW)
    {
      scores_height = MAX (heights[INOVDA_WHAT_IF_BAR_REAL], MAX (heights[INOVDA_WHAT_IF_BAR_ARROW], heights[INOVDA_WHAT_IF_BAR_WHAT_IF]));
      boxes[INOVDA_WHAT_IF_BAR_ARROW].x = boxes[INOVDA_WHAT_IF_BAR_REAL].width + BAR_SPACING;
      boxes[INOVDA_WHAT_IF_BAR_WHAT_IF].x = boxes[INOVDA_WHAT_IF_BAR_ARROW].x + boxes[INOVDA_WHAT_IF_BAR_ARROW].width + BAR_SPACING;
      boxes[INOVDA_WHAT_IF_BAR_REAL].height = boxes[INOVDA_WHAT_IF_BAR_ARROW].height = boxes[INOVDA_WHAT_IF_BAR_WHAT_IF].height = scores_height;
    }
  else
    {
      scores_height = heights[INOVDA_WHAT_IF_BAR_REAL] + BAR_ROW_SPACING + heights[INOVDA_WHAT_IF_BAR_WHAT_IF];
      boxes[INOVDA_WHAT_IF_BAR_REAL].height = heights[INOVDA_WHAT_IF_BAR_REAL];
      boxes[INOVDA_WHAT_IF_BAR_WHAT_IF].y = heights[INOVDA_WHAT_IF_BAR_REAL] + BAR_ROW_SPACING;
      boxes[INOVDA_WHAT_IF_BAR_WHAT_IF].height = heights[INOVDA_WHAT_IF_BAR_WHAT_IF];
    }

  /* The buttons, at the end: centred beside the scores, or below them */
  height = beside ? MAX (scores_height, buttons_height)
                  : scores_height + BAR_ROW_SPACING + buttons_height;
  if (beside && scores_height < height)
    for (guint i = INOVDA_WHAT_IF_BAR_REAL; i <= INOVDA_WHAT_IF_BAR_WHAT_IF; i++)
      boxes[i].y += (height - scores_height) / 2;

  x = width - buttons_width;
  for (guint i = INOVDA_WHAT_IF_BAR_RESET; i < INOVDA_WHAT_IF_BAR_N_PARTS; i++)
    {
      if (!bar_part_shown (arrangement, i))
        continue;
      boxes[i].x = x;
      boxes[i].y = beside ? (height - buttons_height) / 2 : scores_height + BAR_ROW_SPACING;
      boxes[i].height = buttons_height;
      x += boxes[i].width + BAR_BUTTON_SPACING;
    }

  return height;
}

static int
bar_minimum_width (InovdaWhatIfBar *self)
{
  int widths[INOVDA_WHAT_IF_BAR_N_PARTS];

  bar_measure_widths (self, FALSE, widths);
  return bar_arrangement_width (bar_arrangements[G_N_ELEMENTS (bar_arrangements) - 1], widths);
}

static void
inovda_what_if_bar_measure (GtkWidget *widget,
                            GtkOrientation orientation,
                            int for_size,
                            int *minimum,
                            int *natural,
                            int *minimum_baseline,
                            int *natural_baseline)
{
  InovdaWhatIfBar *self = INOVDA_WHAT_IF_BAR (widget);
  int widths[INOVDA_WHAT_IF_BAR_N_PARTS];

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = bar_minimum_width (self);
      bar_measure_widths (self, TRUE, widths);
      *natural = MAX (*minimum, bar_arrangement_width (bar_arrangements[0], widths));
    }
  else
    {
      GtkAllocation boxes[INOVDA_WHAT_IF_BAR_N_PARTS];
      int width = for_size >= 0 ? for_size : bar_minimum_width (self);
      BarArrangement arrangement = bar_choose_arrangement (self, width, widths);

      *minimum = *natural = bar_arrange (self, arrangement, width, widths, boxes);
    }
}

static void
inovda_what_if_bar_size_allocate (GtkWidget *widget,
                                  int width,
                                  int height,
                                  int baseline)
{
  InovdaWhatIfBar *self = INOVDA_WHAT_IF_BAR (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GtkAllocation boxes[INOVDA_WHAT_IF_BAR_N_PARTS];
  int widths[INOVDA_WHAT_IF_BAR_N_PARTS];
  BarArrangement arrangement = bar_choose_arrangement (self, width, widths);
  int used = bar_arrange (self, arrangement, width, widths, boxes);

  for (guint i = 0; i < INOVDA_WHAT_IF_BAR_N_PARTS; i++)
    {
      gboolean shown = bar_part_shown (arrangement, i);

      if (self->parts[i] == NULL)
        continue;
      /* Like a stack's pages: hidden by the arrangement, not by the page. */
      gtk_widget_set_child_visible (self->parts[i], shown);
      if (!shown)
        continue;
      if (rtl)
        boxes[i].x = width - boxes[i].x - boxes[i].width;
      boxes[i].y += MAX (height - used, 0) / 2;
      gtk_widget_size_allocate (self->parts[i], &boxes[i], -1);
    }
}

static GtkSizeRequestMode
inovda_what_if_bar_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
inovda_what_if_bar_dispose (GObject *object)
{
  InovdaWhatIfBar *self = INOVDA_WHAT_IF_BAR (object);
  GtkWidget *child;

  for (guint i = 0; i < INOVDA_WHAT_IF_BAR_N_PARTS; i++)
    self->parts[i] = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (inovda_what_if_bar_parent_class)->dispose (object);
}

static void
inovda_what_if_bar_class_init (InovdaWhatIfBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = inovda_what_if_bar_dispose;

  widget_class->measure = inovda_what_if_bar_measure;
  widget_class->size_allocate = inovda_what_if_bar_size_allocate;
  widget_class->get_request_mode = inovda_what_if_bar_get_request_mode;

  gtk_widget_class_set_css_name (widget_class, "inovdawhatifbar");
}

static void
inovda_what_if_bar_init (InovdaWhatIfBar *self)
{
}

/**
 * inovda_what_if_bar_set_parts:
 * @self: a what-if bar
 * @parts: its children, by the part each one is
 *
 * Tells the bar which of its children is which.
 */
void
inovda_what_if_bar_set_parts (InovdaWhatIfBar *self,
                              GtkWidget *const parts[INOVDA_WHAT_IF_BAR_N_PARTS])
{
  for (guint i = 0; i < INOVDA_WHAT_IF_BAR_N_PARTS; i++)
    {
      g_assert (gtk_widget_get_parent (parts[i]) == GTK_WIDGET (self));
      self->parts[i] = parts[i];
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
