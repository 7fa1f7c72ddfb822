/* cg-timer.c: a countdown for an activity in the room: start, pause, extend, end
 *
 * A state machine with no clock of its own (see cg-timer.h), so the tests give it the time:
 *
 *   idle --start--> running --pause--> paused --resume--> running
 *   running --time runs out (update)--> finished --extend--> running
 *   running/paused --extend--> the same, with more time
 *   any --start--> running (afresh);  any --stop--> idle
 *
 * Running, it keeps the moment it ends; paused, the time that was left.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include "cg-timer.h"

struct _CgTimer
{
  GObject       parent_instance;

  CgTimerState  state;
  gint64        ends_at;   /* running: when it ends (monotonic microseconds) */
  gint64        left;      /* paused: microseconds left */
  guint         remaining; /* whole seconds shown, rounded up */
  guint         duration;
};

G_DEFINE_FINAL_TYPE (CgTimer, cg_timer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_REMAINING,
  PROP_DURATION,
  N_PROPS
};

enum {
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const GEnumValue state_values[] = {
  { CG_TIMER_IDLE, "CG_TIMER_IDLE", "idle" },
  { CG_TIMER_RUNNING, "CG_TIMER_RUNNING", "running" },
  { CG_TIMER_PAUSED, "CG_TIMER_PAUSED", "paused" },
  { CG_TIMER_FINISHED, "CG_TIMER_FINISHED", "finished" },
  { 0, NULL, NULL }
};

GType
cg_timer_state_get_type (void)
{
  static gsize type;

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static (g_intern_static_string ("CgTimerState"),
                                                      state_values));
  return type;
}

static guint
whole_seconds (gint64 microseconds)
{
  if (microseconds <= 0)
    return 0;
  return (guint) ((microseconds + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
}

static void
set_state (CgTimer      *self,
           CgTimerState  state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_remaining (CgTimer *self,
               guint    remaining)
{
  if (self->remaining == remaining)
    return;
  self->remaining = remaining;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
}

static void
set_duration (CgTimer *self,
              guint    duration)
{
  if (self->duration == duration)
    return;
  self->duration = duration;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
}

static void
cg_timer_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  CgTimer *self = CG_TIMER (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_REMAINING:
      g_value_set_uint (value, self->remaining);
      break;
    case PROP_DURATION:
      g_value_set_uint (value, self->duration);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_timer_class_init (CgTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = cg_timer_get_property;

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, CG_TYPE_TIMER_STATE, CG_TIMER_IDLE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REMAINING] =
    g_param_spec_uint ("remaining", NULL, NULL, 0, CG_TIMER_MAX_SECONDS, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DURATION] =
    g_param_spec_uint ("duration", NULL, NULL, 0, CG_TIMER_MAX_SECONDS, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The time ran out (once for each run). */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cg_timer_init (CgTimer *self)
{
}

CgTimer *
cg_timer_new (void)
{
  return g_object_new (CG_TYPE_TIMER, NULL);
}

CgTimerState
cg_timer_get_state (CgTimer *self)
{
  g_return_val_if_fail (CG_IS_TIMER (self), CG_TIMER_IDLE);
  return self->state;
}

guint
cg_timer_get_remaining (CgTimer *self)
{
  g_return_val_if_fail (CG_IS_TIMER (self), 0);
  return self->remaining;
}

guint
cg_timer_get_duration (CgTimer *self)
{
  g_return_val_if_fail (CG_IS_TIMER (self), 0);
  return self->duration;
}

/* Runs for @left microseconds from @now. */
static void
run (CgTimer *self,
     gint64   left,
     gint64   now)
{
  g_object_freeze_notify (G_OBJECT (self));
  self->ends_at = now + left;
  self->left = 0;
  set_remaining (self, whole_seconds (left));
  set_state (self, CG_TIMER_RUNNING);
  g_object_thaw_notify (G_OBJECT (self));
}

void
cg_timer_start (CgTimer *self,
                guint    seconds,
                gint64   now)
{
  g_return_if_fail (CG_IS_TIMER (self));

  seconds = CLAMP (seconds, 1, CG_TIMER_MAX_SECONDS);
  g_object_freeze_notify (G_OBJECT (self));
  set_duration (self, seconds);
  run (self, (gint64) seconds * G_USEC_PER_SEC, now);
  g_object_thaw_notify (G_OBJECT (self));
}

void
cg_timer_update (CgTimer *self,
                 gint64   now)
{
  gint64 left;

  g_return_if_fail (CG_IS_TIMER (self));

  if (self->state != CG_TIMER_RUNNING)
    return;
  left = self->ends_at - now;
  if (left > 0)
    {
      set_remaining (self, whole_seconds (left));
      return;
    }
  g_object_freeze_notify (G_OBJECT (self));
  set_remaining (self, 0);
  set_state (self, CG_TIMER_FINISHED);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[FINISHED], 0);
}

void
cg_timer_pause (CgTimer *self,
                gint64   now)
{
  g_return_if_fail (CG_IS_TIMER (self));

  cg_timer_update (self, now);
  if (self->state != CG_TIMER_RUNNING)
    return;
  self->left = self->ends_at - now;
  set_state (self, CG_TIMER_PAUSED);
}

void
cg_timer_resume (CgTimer *self,
                 gint64   now)
{
  g_return_if_fail (CG_IS_TIMER (self));

  if (self->state == CG_TIMER_PAUSED)
    run (self, self->left, now);
}

void
cg_timer_extend (CgTimer *self,
                 guint    seconds,
                 gint64   now)
{
  gint64 more;
  gint64 most;

  g_return_if_fail (CG_IS_TIMER (self));

  cg_timer_update (self, now);
  seconds = MIN (seconds, CG_TIMER_MAX_SECONDS);
  more = (gint64) seconds * G_USEC_PER_SEC;
  most = (gint64) CG_TIMER_MAX_SECONDS * G_USEC_PER_SEC;
  g_object_freeze_notify (G_OBJECT (self));
  switch (self->state)
    {
    case CG_TIMER_RUNNING:
      self->ends_at = now + MIN (self->ends_at - now + more, most);
      set_remaining (self, whole_seconds (self->ends_at - now));
      set_duration (self, MIN (self->duration + seconds, CG_TIMER_MAX_SECONDS));
      break;
    case CG_TIMER_PAUSED:
      self->left = MIN (self->left + more, most);
      set_remaining (self, whole_seconds (self->left));
      set_duration (self, MIN (self->duration + seconds, CG_TIMER_MAX_SECONDS));
      break;
    case CG_TIMER_FINISHED:
      if (seconds > 0)
        {
          set_duration (self, MIN (self->duration + seconds, CG_TIMER_MAX_SECONDS));
          run (self, more, now);
        }
      break;
    case CG_TIMER_IDLE:
    default:
      break;
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
cg_timer_stop (CgTimer *self)
{
  g_return_if_fail (CG_IS_TIMER (self));

  g_object_freeze_notify (G_OBJECT (self));
  self->ends_at = 0;
  self->left = 0;
  set_remaining (self, 0);
  set_duration (self, 0);
  set_state (self, CG_TIMER_IDLE);
  g_object_thaw_notify (G_OBJECT (self));
}

gint64
cg_timer_get_next_change (CgTimer *self,
                          gint64   now)
{
  gint64 left;
  gint64 into_second;

  g_return_val_if_fail (CG_IS_TIMER (self), -1);

  if (self->state != CG_TIMER_RUNNING)
    return -1;
  left = self->ends_at - now;
  if (left <= 0)
    return 0;
  /* the shown number drops when the time left passes a whole second */
  into_second = left % G_USEC_PER_SEC;
  return into_second == 0 ? G_USEC_PER_SEC : into_second;
}

char *
cg_timer_format (guint seconds)
{
  guint hours = seconds / 3600;
  guint minutes = (seconds / 60) % 60;

  if (hours > 0)
    return g_strdup_printf ("%u:%02u:%02u", hours, minutes, seconds % 60);
  return g_strdup_printf ("%u:%02u", minutes, seconds % 60);
}
