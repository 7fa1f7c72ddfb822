/* bench-autosave.c: how long the autosave holds the main thread, with a large workshop
 *
 * Run by hand (build/tests/bench/bench-autosave [N]): makes a workshop of N ideas (20,000 by
 * default), then, five times each and in the same run:
 *   at once    a change, then cg_autosave_flush (): the bytes made and written, fsyncs and all,
 *              on the main thread, as the timer's write did before it went in steps
 *   timer      a change, then the main loop runs until the timer's write is done: the longest
 *              single turn of the loop while it was under way (what a frame waits for at
 *              worst), and all the turns together
 * and reports the medians, and the longest turn as a share of the write at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "bench-util.h"
#include "io/cg-autosave.h"
#include "io/cg-io.h"

#define DEFAULT_N_IDEAS 20000
#define ROUNDS 5

int
main (int   argc,
      char *argv[])
{
  guint n_ideas = argc > 1 ? (guint) atoi (argv[1]) : DEFAULT_N_IDEAS;
  g_autofree char *dir = g_dir_make_tmp ("cg-bench-autosave-XXXXXX", NULL);
  g_autoptr(CgWorkshop) workshop = bench_make_workshop (n_ideas, 20261204);
  g_autoptr(CgAutosave) autosave = cg_autosave_new (workshop, NULL, dir, 1);
  double at_once[ROUNDS], longest[ROUNDS], all[ROUNDS];

  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autofree char *title = g_strdup_printf ("Round %u", round);
      gint64 start;

      cg_workshop_set_title (workshop, title);
      start = g_get_monotonic_time ();
      if (!cg_autosave_flush (autosave, NULL))
        return 1;
      at_once[round] = (g_get_monotonic_time () - start) / 1000.0;

      cg_workshop_set_title (workshop, "Changed again");
      while (!cg_autosave_get_busy (autosave))
        g_main_context_iteration (NULL, TRUE);
      longest[round] = all[round] = 0;
      while (cg_autosave_get_busy (autosave))
        {
          gint64 turn = g_get_monotonic_time ();
          double ms;

          /* (waiting for the worker is no turn: only what runs on this thread counts) */
          if (!g_main_context_iteration (NULL, FALSE))
            {
              g_usleep (500);
              continue;
            }
          ms = (g_get_monotonic_time () - turn) / 1000.0;
          longest[round] = MAX (longest[round], ms);
          all[round] += ms;
        }
    }

  printf ("Autosave of %u ideas (medians of %d rounds)\n", n_ideas, ROUNDS);
  printf ("  at once, on the main thread   %.1f ms\n", bench_median (at_once, ROUNDS));
  printf ("  by the timer, in steps        longest turn %.1f ms (%.0f%% of at once), "
          "all turns %.1f ms\n", bench_median (longest, ROUNDS),
          100.0 * bench_median (longest, ROUNDS) / bench_median (at_once, ROUNDS),
          bench_median (all, ROUNDS));
  cg_autosave_discard (autosave);
  g_rmdir (dir);
  return 0;
}
