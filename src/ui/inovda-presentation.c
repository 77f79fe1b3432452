/* inovda-presentation.c
 *
 * Copyright 2026 The Inovda authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "inovda-presentation"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "inovda-presentation.h"
#include "inovda-slides.h"

/* Type is sized for a 1280 × 720 screen and scaled to the real one, so a
 * projector at any resolution shows the same slide. */
#define DESIGN_WIDTH 1280.0
#define DESIGN_HEIGHT 720.0
#define DESIGN_FONT_SIZE 22.0

struct _InovdaPresentation
{
  AdwWindow parent_instance;

  /* Template widgets */
  GtkStack *stack;
  GtkLabel *counter_label;

  /* Owned references */
  GtkCssProvider *scale_provider;

  guint scale_source;
  int font_size;
};

G_DEFINE_FINAL_TYPE (InovdaPresentation, inovda_presentation, ADW_TYPE_WINDOW)

/* ------------------------------------------------------------------------ */

static void
update_counter (InovdaPresentation *self)
{
  g_autofree char *text = NULL;

  /* Translators: the slide shown and the number of slides: “3 / 12”. */
  text = g_strdup_printf (_ ("%u / %u"),
                          inovda_presentation_get_slide (self) + 1,
                          inovda_presentation_get_n_slides (self));
  gtk_label_set_label (self->counter_label, text);
}

static gboolean
update_scale_cb (gpointer data)
{
  InovdaPresentation *self = data;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double scale = MIN (width / DESIGN_WIDTH, height / DESIGN_HEIGHT);
  int font_size = (int) CLAMP (round (DESIGN_FONT_SIZE * scale), 12, 96);
  g_autofree char *css = NULL;

  self->scale_source = 0;
  if (font_size == self->font_size)
    return G_SOURCE_REMOVE;

  self->font_size = font_size;
  css = g_strdup_printf ("window.presentation { font-size: %dpx; }", font_size);
  gtk_css_provider_load_from_data (self->scale_provider, css, -1);
  return G_SOURCE_REMOVE;
}

static void
go_to (InovdaPresentation *self,
       int slide)
{
  guint n_slides = inovda_presentation_get_n_slides (self);

  if (n_slides == 0)
    return;
  inovda_presentation_set_slide (self, (guint) CLAMP (slide, 0, (int) n_slides - 1));
}

static void
next_action (GtkWidget *widget,
             const char *action_name,
             GVariant *param)
{
  InovdaPresentation *self = INOVDA_PRESENTATION (widget);

  go_to (self, (int) inovda_presentation_get_slide (self) + 1);
}

static void
previous_action (GtkWidget *widget,
                 const char *action_name,
                 GVariant *param)
{
  InovdaPresentation *self = INOVDA_PRESENTATION (widget);

  go_to (self, (int) inovda_presentation_get_slide (self) - 1);
}

static void
first_action (GtkWidget *widget,
              const char *action_name,
              GVariant *param)
{
  go_to (INOVDA_PRESENTATION (widget), 0);
}

static void
last_action (GtkWidget *widget,
             const char *action_name,
             GVariant *param)
{
  go_to (INOVDA_PRESENTATION (widget), G_MAXINT);
}

static void
leave_action (GtkWidget *widget,
              const char *action_name,
              GVariant *param)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
click_released_cb (InovdaPresentation *self,
                   int n_press,
                   double x,
                   double y,
                   GtkGestureClick *gesture)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == GDK_BUTTON_PRIMARY)
    gtk_widget_activate_action (GTK_WIDGET (self), "slides.next", NULL);
  else if (button == GDK_BUTTON_SECONDARY)
    gtk_widget_activate_action (GTK_WIDGET (self), "slides.previous", NULL);
}

static void
visible_child_changed_cb (InovdaPresentation *self,
                          GParamSpec *pspec,
                          GtkStack *stack)
{
  update_counter (self);
}

/* ------------------------------------------------------------------------ */

static void
inovda_presentation_size_allocate (GtkWidget *widget,
                                   int width,
                                   int height,
                                   int baseline)
{
  InovdaPresentation *self = INOVDA_PRESENTATION (widget);

  GTK_WIDGET_CLASS (inovda_presentation_parent_class)->size_allocate (widget, width, height, baseline);

  /* Restyling during allocation would allocate again: do it after. */
  if (self->scale_source == 0)
    self->scale_source = g_idle_add (update_scale_cb, self);
}

static void
inovda_presentation_dispose (GObject *object)
{
  InovdaPresentation *self = INOVDA_PRESENTATION (object);

  g_clear_handle_id (&self->scale_source, g_source_remove);
  g_clear_object (&self->scale_provider);

  G_OBJECT_CLASS (inovda_presentation_parent_class)->dispose (object);
}

/* Before the window's own bindings, which give the arrows, Space and
 * Return to keyboard focus: a slide has nothing to focus. */
static const struct
{
  guint key;
  GdkModifierType modifiers;
  const char *action;
} slide_keys[] = {
  { GDK_KEY_Right, 0, "slides.next" },
  { GDK_KEY_KP_Right, 0, "slides.next" },
  { GDK_KEY_Down, 0, "slides.next" },
  { GDK_KEY_Page_Down, 0, "slides.next" },
  { GDK_KEY_KP_Page_Down, 0, "slides.next" },
  { GDK_KEY_space, 0, "slides.next" },
  { GDK_KEY_Return, 0, "slides.next" },
  { GDK_KEY_Left, 0, "slides.previous" },
  { GDK_KEY_KP_Left, 0, "slides.previous" },
  { GDK_KEY_Up, 0, "slides.previous" },
  { GDK_KEY_Page_Up, 0, "slides.previous" },
  { GDK_KEY_KP_Page_Up, 0, "slides.previous" },
  { GDK_KEY_BackSpace, 0, "slides.previous" },
  { GDK_KEY_space, GDK_SHIFT_MASK, "slides.previous" },
  { GDK_KEY_Home, 0, "slides.first" },
  { GDK_KEY_KP_Home, 0, "slides.first" },
  { GDK_KEY_F5, 0, "slides.first" },
  { GDK_KEY_End, 0, "slides.last" },
  { GDK_KEY_KP_End, 0, "slides.last" },
  { GDK_KEY_Escape, 0, "slides.leave" },
};

static void
add_slide_keys (InovdaPresentation *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (slide_keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (slide_keys[i].key, slide_keys[i].modifiers),
                                                            gtk_named_action_new (slide_keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
inovda_presentation_class_init (InovdaPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = inovda_presentation_dispose;

  widget_class->size_allocate = inovda_presentation_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/inovda/Inovda/ui/inovda-presentation.ui");
  gtk_widget_class_bind_template_child (widget_class, InovdaPresentation, stack);
  gtk_widget_class_bind_template_child (widget_class, InovdaPresentation, counter_label);
  gtk_widget_class_bind_template_callback (widget_class, click_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_child_changed_cb);

  gtk_widget_class_install_action (widget_class, "slides.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "slides.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "slides.first", NULL, first_action);
  gtk_widget_class_install_action (widget_class, "slides.last", NULL, last_action);
  gtk_widget_class_install_action (widget_class, "slides.leave", NULL, leave_action);
}

static void
inovda_presentation_init (InovdaPresentation *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_slide_keys (self);

  /* The base size applies to this window only; the slides inherit it. */
  self->scale_provider = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                  GTK_STYLE_PROVIDER (self->scale_provider),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
}

/* ------------------------------------------------------------------------ */

/**
 * inovda_presentation_new:
 * @parent: (nullable): the window the presentation is shown for
 * @portfolio: the portfolio
 * @result: a scored year without error
 * @plan: (nullable): the changes to present as the plan; %NULL for the
 *   engine's route to the next predikat
 *
 * Returns: (transfer none): a new presentation window, not yet shown
 */
InovdaPresentation *
inovda_presentation_new (GtkWindow *parent,
                         InovdaPortfolio *portfolio,
                         InovdaRegionResult *result,
                         InovdaScenario *plan)
{
  InovdaPresentation *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (INOVDA_IS_PORTFOLIO (portfolio), NULL);
  g_return_val_if_fail (result != NULL && result->error == NULL, NULL);

  self = g_object_new (INOVDA_TYPE_PRESENTATION,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  inovda_slides_build (self->stack, portfolio, result, plan);
  update_counter (self);
  return self;
}

guint
inovda_presentation_get_n_slides (InovdaPresentation *self)
{
  g_autoptr (GtkSelectionModel) pages = NULL;

  g_return_val_if_fail (INOVDA_IS_PRESENTATION (self), 0);

  pages = gtk_stack_get_pages (self->stack);
  return g_list_model_get_n_items (G_LIST_MODEL (pages));
}

guint
inovda_presentation_get_slide (InovdaPresentation *self)
{
  GtkWidget *visible;
  guint index = 0;

  g_return_val_if_fail (INOVDA_IS_PRESENTATION (self), 0);

  visible = gtk_stack_get_visible_child (self->stack);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       child != NULL && child != visible;
       child = gtk_widget_get_next_sibling (child))
    index++;
  return visible != NULL ? index : 0;
}

const char *
inovda_presentation_get_slide_name (InovdaPresentation *self)
{
  g_return_val_if_fail (INOVDA_IS_PRESENTATION (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

void
inovda_presentation_set_slide (InovdaPresentation *self,
                               guint slide)
{
  GtkWidget *child = NULL;
  guint index = 0;

  g_return_if_fail (INOVDA_IS_PRESENTATION (self));

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       child != NULL && index < slide;
       child = gtk_widget_get_next_sibling (child))
    index++;
  if (child != NULL)
    gtk_stack_set_visible_child (self->stack, child);
}
