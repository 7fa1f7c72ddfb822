/* test-timer.c: the room's timer as a state machine, with the time given by the test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "model/cg-timer.h"

#define SECOND ((gint64) G_USEC_PER_SEC)
/* an arbitrary moment: the timer must not care where the clock starts */
#define T0 ((gint64) 987654321)

typedef struct
{
  CgTimer *timer;
  guint    n_finished;
  guint    n_remaining;   /* "remaining" notifications */
} Fixture;

static void
finished_cb (CgTimer *timer,
             Fixture *f)
{
  f->n_finished++;
}

static void
remaining_cb (CgTimer    *timer,
              GParamSpec *pspec,
              Fixture    *f)
{
  f->n_remaining++;
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  f->timer = cg_timer_new ();
  g_signal_connect (f->timer, "finished", G_CALLBACK (finished_cb), f);
  g_signal_connect (f->timer, "notify::remaining", G_CALLBACK (remaining_cb), f);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_assert_finalize_object (f->timer);
}

static void
test_start_and_run_out (Fixture       *f,
                        gconstpointer  data)
{
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_IDLE);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 0);

  cg_timer_start (f->timer, 300, T0);
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_RUNNING);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 300);
  g_assert_cmpuint (cg_timer_get_duration (f->timer), ==, 300);

  /* rounded up: 299.5 s left still shows 5:00; 299 s shows 4:59 */
  cg_timer_update (f->timer, T0 + SECOND / 2);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 300);
  cg_timer_update (f->timer, T0 + SECOND);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 299);
  cg_timer_update (f->timer, T0 + 299 * SECOND + 1);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 1);
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_RUNNING);
  g_assert_cmpuint (f->n_finished, ==, 0);

  cg_timer_update (f->timer, T0 + 300 * SECOND);
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_FINISHED);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 0);
  g_assert_cmpuint (f->n_finished, ==, 1);

  /* finished once: later readings of the clock do not finish it again */
  cg_timer_update (f->timer, T0 + 400 * SECOND);
  g_assert_cmpuint (f->n_finished, ==, 1);
}

/* Reading the clock late (a busy main loop) still finishes it, once. */
static void
test_late_update (Fixture       *f,
                  gconstpointer  data)
{
  cg_timer_start (f->timer, 60, T0);
  cg_timer_update (f->timer, T0 + 3600 * SECOND);
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_FINISHED);
  g_assert_cmpuint (f->n_finished, ==, 1);
}

static void
test_pause_and_resume (Fixture       *f,
                       gconstpointer  data)
{
  cg_timer_start (f->timer, 120, T0);
  cg_timer_pause (f->timer, T0 + 30 * SECOND);
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_PAUSED);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 90);
  g_assert_cmpint (cg_timer_get_next_change (f->timer, T0 + 31 * SECOND), ==, -1);

  /* a long pause costs no time, and the clock is not read while paused */
  cg_timer_update (f->timer, T0 + 1000 * SECOND);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 90);
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_PAUSED);

  cg_timer_resume (f->timer, T0 + 1000 * SECOND);
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_RUNNING);
  cg_timer_update (f->timer, T0 + 1089 * SECOND);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 1);
  cg_timer_update (f->timer, T0 + 1090 * SECOND);
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_FINISHED);
  g_assert_cmpuint (f->n_finished, ==, 1);

  /* resuming or pausing what is not running or paused does nothing */
  cg_timer_resume (f->timer, T0 + 1100 * SECOND);
  cg_timer_pause (f->timer, T0 + 1100 * SECOND);
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_FINISHED);
}

/* A pause asked for after the time ran out finishes the timer instead. */
static void
test_pause_after_the_end (Fixture       *f,
                          gconstpointer  data)
{
  cg_timer_start (f->timer, 10, T0);
  cg_timer_pause (f->timer, T0 + 11 * SECOND);
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_FINISHED);
  g_assert_cmpuint (f->n_finished, ==, 1);
}

static void
test_extend (Fixture       *f,
             gconstpointer  data)
{
  /* idle: nothing to extend */
  cg_timer_extend (f->timer, 60, T0);
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_IDLE);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 0);

  /* running: one more minute */
  cg_timer_start (f->timer, 60, T0);
  cg_timer_extend (f->timer, 60, T0 + 50 * SECOND);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 70);
  g_assert_cmpuint (cg_timer_get_duration (f->timer), ==, 120);
  cg_timer_update (f->timer, T0 + 61 * SECOND);
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_RUNNING);

  /* paused: the minute is kept for when it resumes */
  cg_timer_pause (f->timer, T0 + 100 * SECOND);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 20);
  cg_timer_extend (f->timer, 60, T0 + 200 * SECOND);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 80);
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_PAUSED);
  cg_timer_resume (f->timer, T0 + 300 * SECOND);
  cg_timer_update (f->timer, T0 + 380 * SECOND);
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_FINISHED);
  g_assert_cmpuint (f->n_finished, ==, 1);

  /* finished: it runs again for the minute, and can finish again */
  cg_timer_extend (f->timer, 60, T0 + 500 * SECOND);
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_RUNNING);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 60);
  cg_timer_update (f->timer, T0 + 560 * SECOND);
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_FINISHED);
  g_assert_cmpuint (f->n_finished, ==, 2);
}

static void
test_stop_and_restart (Fixture       *f,
                       gconstpointer  data)
{
  cg_timer_start (f->timer, 600, T0);
  cg_timer_stop (f->timer);
  g_assert_cmpint (cg_timer_get_state (f->timer), ==, CG_TIMER_IDLE);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 0);
  /* a stopped timer never finishes */
  cg_timer_update (f->timer, T0 + 700 * SECOND);
  g_assert_cmpuint (f->n_finished, ==, 0);

  /* start again, then start afresh while running */
  cg_timer_start (f->timer, 600, T0 + 800 * SECOND);
  cg_timer_start (f->timer, 30, T0 + 810 * SECOND);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 30);
  g_assert_cmpuint (cg_timer_get_duration (f->timer), ==, 30);
  cg_timer_update (f->timer, T0 + 840 * SECOND);
  g_assert_cmpuint (f->n_finished, ==, 1);

  /* 0 seconds is taken as 1; more than ten hours is cut to ten hours */
  cg_timer_start (f->timer, 0, T0);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 1);
  cg_timer_start (f->timer, G_MAXUINT, T0);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, CG_TIMER_MAX_SECONDS);
  cg_timer_extend (f->timer, G_MAXUINT, T0);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, CG_TIMER_MAX_SECONDS);
}

/* "remaining" is notified when the shown seconds change, not on every reading of the clock;
 * and the next change is due when the next whole second passes. */
static void
test_notifies_each_second (Fixture       *f,
                           gconstpointer  data)
{
  cg_timer_start (f->timer, 10, T0);
  f->n_remaining = 0;
  for (int tenth = 1; tenth <= 30; tenth++)
    cg_timer_update (f->timer, T0 + tenth * SECOND / 10);
  g_assert_cmpuint (f->n_remaining, ==, 3);
  g_assert_cmpuint (cg_timer_get_remaining (f->timer), ==, 7);

  g_assert_cmpint (cg_timer_get_next_change (f->timer, T0 + 3 * SECOND), ==, SECOND);
  g_assert_cmpint (cg_timer_get_next_change (f->timer, T0 + 3 * SECOND + 250000), ==, 750000);
  cg_timer_stop (f->timer);
  g_assert_cmpint (cg_timer_get_next_change (f->timer, T0), ==, -1);
}

static void
test_format (void)
{
  const struct
  {
    guint       seconds;
    const char *text;
  } cases[] = {
    { 0, "0:00" }, { 9, "0:09" }, { 60, "1:00" }, { 245, "4:05" }, { 3599, "59:59" },
    { 3600, "1:00:00" }, { 3723, "1:02:03" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = cg_timer_format (cases[i].seconds);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/model/timer/start-and-run-out", Fixture, NULL, set_up, test_start_and_run_out,
              tear_down);
  g_test_add ("/model/timer/late-update", Fixture, NULL, set_up, test_late_update, tear_down);
  g_test_add ("/model/timer/pause-and-resume", Fixture, NULL, set_up, test_pause_and_resume,
              tear_down);
  g_test_add ("/model/timer/pause-after-the-end", Fixture, NULL, set_up,
              test_pause_after_the_end, tear_down);
  g_test_add ("/model/timer/extend", Fixture, NULL, set_up, test_extend, tear_down);
  g_test_add ("/model/timer/stop-and-restart", Fixture, NULL, set_up, test_stop_and_restart,
              tear_down);
  g_test_add ("/model/timer/notifies-each-second", Fixture, NULL, set_up,
              test_notifies_each_second, tear_down);
  g_test_add_func ("/model/timer/format", test_format);

  return g_test_run ();
}
