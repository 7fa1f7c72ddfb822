/* cg-timer.h: a countdown for an activity in the room: start, pause, extend, end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CG_TIMER_IDLE,      /* not started, or stopped */
  CG_TIMER_RUNNING,
  CG_TIMER_PAUSED,
  CG_TIMER_FINISHED,  /* ran out; stays until started, extended or stopped */
} CgTimerState;

#define CG_TYPE_TIMER_STATE (cg_timer_state_get_type ())
GType cg_timer_state_get_type (void) G_GNUC_CONST;

#define CG_TYPE_TIMER (cg_timer_get_type ())
G_DECLARE_FINAL_TYPE (CgTimer, cg_timer, CG, TIMER, GObject)

/* The longest a timer runs, in seconds (ten hours): longer asks and extensions are cut. */
#define CG_TIMER_MAX_SECONDS (10 * 60 * 60)

/* The timer knows no clock: every call that depends on time is given @now, a monotonic time in
 * microseconds (g_get_monotonic_time() in the application, any number in a test). Whoever
 * shows the timer calls cg_timer_update() now and then (cg_timer_get_next_change() says when
 * the shown seconds change next); "remaining" and "state" are notified only when they change,
 * and "finished" is emitted once when the time runs out. Returns: (transfer full). */
CgTimer      *cg_timer_new              (void);
CgTimerState  cg_timer_get_state        (CgTimer *self);
/* Whole seconds left as of the last call, rounded up (0:01 shows until the very end). */
guint         cg_timer_get_remaining    (CgTimer *self);
/* The seconds asked for, with every extension. */
guint         cg_timer_get_duration     (CgTimer *self);

/* Starts afresh with @seconds (at least 1), whatever the state. */
void          cg_timer_start            (CgTimer *self,
                                         guint    seconds,
                                         gint64   now);
/* Running: stops the clock. Otherwise nothing. */
void          cg_timer_pause            (CgTimer *self,
                                         gint64   now);
/* Paused: the clock goes on from where it stopped. Otherwise nothing. */
void          cg_timer_resume           (CgTimer *self,
                                         gint64   now);
/* Running or paused: @seconds more. Finished: runs again for @seconds ("one more minute").
 * Idle: nothing. */
void          cg_timer_extend           (CgTimer *self,
                                         guint    seconds,
                                         gint64   now);
/* Back to idle (no time shown). */
void          cg_timer_stop             (CgTimer *self);
/* Reads the clock: updates "remaining", and finishes the timer when no time is left. */
void          cg_timer_update           (CgTimer *self,
                                         gint64   now);
/* Microseconds from @now until the shown seconds change (or the timer ends), or -1 when the
 * timer is not running. */
gint64        cg_timer_get_next_change  (CgTimer *self,
                                         gint64   now);

/* "4:05", "0:09", "1:02:03": @seconds as the room reads it. Returns: (transfer full). */
char         *cg_timer_format           (guint    seconds);

G_END_DECLS
