/* cg-test-wait.h: running the main loop until what a test asserts next has come about
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One wait of cg_test_wait_for () (its parts are for that macro only). */
typedef struct
{
  const char *what;
  gint64      deadline;
  guint       wake_id;
} CgTestWait;

void     cg_test_wait_begin        (CgTestWait  *wait,
                                    const char  *what);
void     cg_test_wait_step         (CgTestWait  *wait);
void     cg_test_wait_end          (CgTestWait  *wait);

/* Runs the main loop until @condition (an expression, evaluated again after each turn) holds,
 * failing the test, with the condition's text, after ten seconds. */
#define cg_test_wait_for(condition) \
  G_STMT_START { \
    CgTestWait cg_test_wait_; \
    cg_test_wait_begin (&cg_test_wait_, #condition); \
    while (!(condition)) \
      cg_test_wait_step (&cg_test_wait_); \
    cg_test_wait_end (&cg_test_wait_); \
  } G_STMT_END

/* Runs the main loop until @done says so, failing the test after ten seconds. */
void     cg_test_wait_until        (gboolean     (*done) (gpointer),
                                    gpointer       data);

/* Runs the main loop until a timer of @ms started now has fired: then every timer the code
 * under test started before with a delay of @ms or less has fired too. For a test that
 * asserts something did NOT happen when such a timer of the code fired. */
void     cg_test_wait_timer        (guint          ms);

G_END_DECLS
