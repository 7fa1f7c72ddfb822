/* cg-timer-button.h: the laptop's timer: its time, and a popover to start it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-timer.h"

G_BEGIN_DECLS

#define CG_TYPE_TIMER_BUTTON (cg_timer_button_get_type ())
G_DECLARE_FINAL_TYPE (CgTimerButton, cg_timer_button, CG, TIMER_BUTTON, GtkWidget)

/* Shows @timer's time (nothing but its icon while idle). */
void     cg_timer_button_set_timer   (CgTimerButton *self,
                                      CgTimer       *timer);
/* The minutes the popover offers ("minutes" property; the window keeps it in GSettings). */
void     cg_timer_button_set_minutes (CgTimerButton *self,
                                      guint          minutes);
guint    cg_timer_button_get_minutes (CgTimerButton *self);
/* Opens the popover with the minutes ready to type over; Enter starts the timer. */
void     cg_timer_button_popup       (CgTimerButton *self);
void     cg_timer_button_popdown     (CgTimerButton *self);
/* Whether the popover is open. */
gboolean cg_timer_button_is_open     (CgTimerButton *self);
/* What the laptop shows, for the tests ("" while idle). Returns: (transfer none). */
const char *cg_timer_button_get_label (CgTimerButton *self);
/* The popover's volume of the timer's sound, 0 to 1 (the window binds it to GSettings
 * "timer-sound-volume"). Returns: (transfer none). */
GtkAdjustment *cg_timer_button_get_volume (CgTimerButton *self);

G_END_DECLS
