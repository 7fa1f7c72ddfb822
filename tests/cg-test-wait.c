/* cg-test-wait.c: running the main loop until what a test asserts next has come about
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-test-wait.h"

#define WAIT_LIMIT (10 * G_USEC_PER_SEC)

static gboolean
wake_up_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

void
cg_test_wait_begin (CgTestWait *wait,
                    const char *what)
{
  wait->what = what;
  wait->deadline = g_get_monotonic_time () + WAIT_LIMIT;
  /* Wakes the loop now and then, so that a wait for something that never comes reaches the
   * deadline instead of blocking for ever. */
  wait->wake_id = g_timeout_add (100, wake_up_cb, NULL);
}

void
cg_test_wait_step (CgTestWait *wait)
{
  if (g_get_monotonic_time () >= wait->deadline)
    g_error ("waited ten seconds in vain for: %s", wait->what);
  g_main_context_iteration (NULL, TRUE);
}

void
cg_test_wait_end (CgTestWait *wait)
{
  g_clear_handle_id (&wait->wake_id, g_source_remove);
}

void
cg_test_wait_until (gboolean (*done) (gpointer),
                    gpointer   data)
{
  cg_test_wait_for (done (data));
}

static gboolean
timer_fired_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
cg_test_wait_timer (guint ms)
{
  gboolean fired = FALSE;

  g_timeout_add (ms, timer_fired_cb, &fired);
  cg_test_wait_for (fired);
}
