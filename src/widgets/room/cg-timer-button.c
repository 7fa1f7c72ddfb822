/* cg-timer-button.c: the laptop's timer: its time, and a popover to start it
 *
 * The popover asks for minutes (Enter starts), and has Pause or Resume, One More Minute and
 * Stop; each button is a window action (win.timer-start, win.timer-pause, win.timer-extend,
 * win.timer-stop in cg-window-room.c), so the keys do the same. The timer itself never takes
 * the focus: only the facilitator opening this popover does, and closing it gives it back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-room"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-timer-button.h"

#define MINUTES_MAX 120

struct _CgTimerButton
{
  GtkWidget       parent_instance;

  CgTimer        *timer;

  GtkMenuButton  *button;
  GtkLabel       *time_label;
  GtkPopover     *popover;
  GtkSpinButton  *minutes;
  GtkWidget      *start_button;
  GtkWidget      *pause_button;
  GtkWidget      *extend_button;
  GtkWidget      *stop_button;
  GtkAdjustment  *volume;
  gboolean        popup_on_map;  /* asked to open while not shown yet */
};

G_DEFINE_FINAL_TYPE (CgTimerButton, cg_timer_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MINUTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_time (CgTimerButton *self)
{
  CgTimerState state = self->timer != NULL ? cg_timer_get_state (self->timer) : CG_TIMER_IDLE;
  g_autofree char *time = cg_timer_format (self->timer != NULL
                                           ? cg_timer_get_remaining (self->timer) : 0);
  g_autofree char *tooltip = NULL;
  g_autofree char *shown = NULL;
  GtkWidget *widget = GTK_WIDGET (self->button);

  switch (state)
    {
    case CG_TIMER_RUNNING:
      /* Translators: the timer button's tooltip and accessible name; %s is "4:32" */
      tooltip = g_strdup_printf (_("Timer: %s left (Ctrl+T pauses)"), time);
      shown = g_strdup (time);
      break;
    case CG_TIMER_PAUSED:
      tooltip = g_strdup_printf (_("Timer paused at %s (Ctrl+T goes on)"), time);
      /* Translators: the paused timer on the laptop, "4:32 paused" */
      shown = g_strdup_printf (_("%s paused"), time);
      break;
    case CG_TIMER_FINISHED:
      tooltip = g_strdup (_("The time is up (Ctrl+Shift+T: one more minute)"));
      shown = g_strdup (_("Time’s up"));
      break;
    case CG_TIMER_IDLE:
    default:
      tooltip = g_strdup (_("Timer (Ctrl+T)"));
      break;
    }
  /* shown only while it is in use (or being set): the strip it is on folds away otherwise */
  gtk_widget_set_visible (GTK_WIDGET (self),
                          state != CG_TIMER_IDLE || self->popup_on_map ||
                          gtk_widget_get_visible (GTK_WIDGET (self->popover)));
  gtk_label_set_text (self->time_label, shown != NULL ? shown : "");
  gtk_widget_set_visible (GTK_WIDGET (self->time_label), shown != NULL);
  gtk_widget_set_tooltip_text (widget, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  if (state == CG_TIMER_FINISHED)
    gtk_widget_add_css_class (widget, "cg-timer-finished");
  else
    gtk_widget_remove_css_class (widget, "cg-timer-finished");

  gtk_button_set_label (GTK_BUTTON (self->pause_button),
                        state == CG_TIMER_PAUSED ? _("_Resume") : _("_Pause"));
  gtk_widget_set_sensitive (self->pause_button,
                            state == CG_TIMER_RUNNING || state == CG_TIMER_PAUSED);
  gtk_widget_set_sensitive (self->extend_button, state != CG_TIMER_IDLE);
  gtk_widget_set_sensitive (self->stop_button, state != CG_TIMER_IDLE);
}

void
cg_timer_button_set_timer (CgTimerButton *self,
                           CgTimer       *timer)
{
  g_return_if_fail (CG_IS_TIMER_BUTTON (self));
  g_return_if_fail (timer == NULL || CG_IS_TIMER (timer));

  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_func (self->timer, update_time, self);
  g_set_object (&self->timer, timer);
  if (timer != NULL)
    g_signal_connect_object (timer, "notify", G_CALLBACK (update_time), self, G_CONNECT_SWAPPED);
  update_time (self);
}

void
cg_timer_button_set_minutes (CgTimerButton *self,
                             guint          minutes)
{
  g_return_if_fail (CG_IS_TIMER_BUTTON (self));
  gtk_spin_button_set_value (self->minutes, CLAMP (minutes, 1, MINUTES_MAX));
}

guint
cg_timer_button_get_minutes (CgTimerButton *self)
{
  g_return_val_if_fail (CG_IS_TIMER_BUTTON (self), 0);
  return (guint) gtk_spin_button_get_value_as_int (self->minutes);
}

void
cg_timer_button_popup (CgTimerButton *self)
{
  g_return_if_fail (CG_IS_TIMER_BUTTON (self));

  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self->button)))
    {
      /* (a popover opens by a button on the screen: once it is) */
      self->popup_on_map = TRUE;
      return;
    }
  self->popup_on_map = FALSE;
  gtk_menu_button_popup (self->button);
  gtk_widget_grab_focus (GTK_WIDGET (self->minutes));
  gtk_editable_select_region (GTK_EDITABLE (self->minutes), 0, -1);
}

static void
button_mapped_cb (CgTimerButton *self)
{
  if (self->popup_on_map)
    cg_timer_button_popup (self);
}

void
cg_timer_button_popdown (CgTimerButton *self)
{
  g_return_if_fail (CG_IS_TIMER_BUTTON (self));
  gtk_menu_button_popdown (self->button);
}

gboolean
cg_timer_button_is_open (CgTimerButton *self)
{
  g_return_val_if_fail (CG_IS_TIMER_BUTTON (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->popover));
}

const char *
cg_timer_button_get_label (CgTimerButton *self)
{
  g_return_val_if_fail (CG_IS_TIMER_BUTTON (self), NULL);
  return gtk_label_get_text (self->time_label);
}

/* Start: the minutes asked for, then the popover closes (and the focus goes back). */
static void
start_cb (CgTimerButton *self)
{
  guint minutes;

  gtk_spin_button_update (self->minutes);
  minutes = cg_timer_button_get_minutes (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTES]);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.timer-start", "u", minutes * 60);
  gtk_menu_button_popdown (self->button);
}

static void
pause_cb (CgTimerButton *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.timer-pause", NULL);
}

static void
extend_cb (CgTimerButton *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.timer-extend", NULL);
}

static void
stop_cb (CgTimerButton *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.timer-stop", NULL);
  gtk_menu_button_popdown (self->button);
}

/* Enter in the minutes starts (GTK 4.8's spin button has no "activate" of its own). */
static gboolean
minutes_key_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                CgTimerButton         *self)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  start_cb (self);
  return TRUE;
}

static void
cg_timer_button_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CgTimerButton *self = CG_TIMER_BUTTON (object);

  switch (prop_id)
    {
    case PROP_MINUTES:
      g_value_set_uint (value, cg_timer_button_get_minutes (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_timer_button_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CgTimerButton *self = CG_TIMER_BUTTON (object);

  switch (prop_id)
    {
    case PROP_MINUTES:
      if (g_value_get_uint (value) != cg_timer_button_get_minutes (self))
        {
          cg_timer_button_set_minutes (self, g_value_get_uint (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_timer_button_dispose (GObject *object)
{
  CgTimerButton *self = CG_TIMER_BUTTON (object);
  GtkWidget *child;

  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_func (self->timer, update_time, self);
  g_clear_object (&self->timer);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_TIMER_BUTTON);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cg_timer_button_parent_class)->dispose (object);
}

static void
cg_timer_button_class_init (CgTimerButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = cg_timer_button_get_property;
  object_class->set_property = cg_timer_button_set_property;
  object_class->dispose = cg_timer_button_dispose;

  properties[PROP_MINUTES] =
    g_param_spec_uint ("minutes", NULL, NULL, 1, MINUTES_MAX, 5,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/cg-timer-button.ui");
  gtk_widget_class_bind_template_child (widget_class, CgTimerButton, button);
  gtk_widget_class_bind_template_child (widget_class, CgTimerButton, time_label);
  gtk_widget_class_bind_template_child (widget_class, CgTimerButton, popover);
  gtk_widget_class_bind_template_child (widget_class, CgTimerButton, minutes);
  gtk_widget_class_bind_template_child (widget_class, CgTimerButton, start_button);
  gtk_widget_class_bind_template_child (widget_class, CgTimerButton, pause_button);
  gtk_widget_class_bind_template_child (widget_class, CgTimerButton, extend_button);
  gtk_widget_class_bind_template_child (widget_class, CgTimerButton, stop_button);
  gtk_widget_class_bind_template_child (widget_class, CgTimerButton, volume);
  gtk_widget_class_bind_template_callback (widget_class, start_cb);
  gtk_widget_class_bind_template_callback (widget_class, pause_cb);
  gtk_widget_class_bind_template_callback (widget_class, extend_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cg_timer_button_init (CgTimerButton *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (minutes_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->minutes), keys);
  g_signal_connect_object (self->popover, "closed", G_CALLBACK (update_time), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->button, "map", G_CALLBACK (button_mapped_cb), self,
                           G_CONNECT_SWAPPED);
  update_time (self);
}

GtkAdjustment *
cg_timer_button_get_volume (CgTimerButton *self)
{
  g_return_val_if_fail (CG_IS_TIMER_BUTTON (self), NULL);
  return self->volume;
}
