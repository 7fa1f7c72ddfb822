/* bench-arrival.c: another laptop's save of 50 new ideas arriving under a window that shows a
 * 20,000-idea workshop: how long the merge holds the board, and the worst frame meanwhile
 *
 * Run by hand, with a display (xvfb-run -a build/tests/bench/bench-arrival [N] [ROUNDS]).
 * Saves a workshop of N ideas (20,000) in a scratch folder and opens it in a real window
 * (CgWindow: board, capture bar, the sync watcher), which redraws every frame meanwhile.
 * Then, ROUNDS (5) times, another laptop's save with 50 more ideas replaces the file the way
 * Syncthing does it (a temporary name in the folder renamed over the file), and it measures:
 *   merge    the main thread's part: from the watcher handing over what changed to the end of
 *            the merge (one undo step), on the main thread;
 *   shown    from the file being replaced to the first frame with the new ideas on the board
 *            (the watcher waits for the folder to be quiet, 400 ms, then reads on a worker);
 *   frame    the longest time between two frames from the replacement until shortly after;
 * against two yardsticks measured in the same run: the longest frame while nothing arrives,
 * and merging the whole arrived workshop at once (what merging without the watcher's
 * comparison would cost). Goals: merge under 50 ms, no frame over 100 ms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-bench"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "bench-util.h"
#include "io/cg-io.h"
#include "model/cg-merge.h"
#include "widgets/cg-window-private.h"

#define DEFAULT_N_IDEAS 20000
#define DEFAULT_ROUNDS 5
#define N_NEW 50
#define SEED 20261204
#define AFTER_MS 300      /* frames watched after the new ideas show */
#define MERGE_GOAL_MS 50.0
#define FRAME_GOAL_MS 100.0

typedef struct
{
  GMainLoop  *loop;
  GArray     *painted;   /* gint64: monotonic times of frames, while recording */
  gboolean    recording;
  gint64      handed;    /* when the watcher handed over the changes */
  gint64      merged;    /* when the merge's undo step was recorded */
} Bench;

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();

  if (bench->recording)
    g_array_append_val (bench->painted, now);
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  /* a frame every time the clock ticks, as during an animation: a long one shows */
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

static void
window_realize_cb (GtkWidget *window,
                   Bench     *bench)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), bench);
}

static gboolean
arrived_hook (GSignalInvocationHint *hint,
              guint                  n_values,
              const GValue          *values,
              gpointer               data)
{
  Bench *bench = data;

  bench->handed = g_get_monotonic_time ();
  return TRUE;
}

/* (the first change after the hand-over is the merge; the save that follows marks the
 * history clean later, a change too) */
static void
history_changed_cb (CgHistory *history,
                    Bench     *bench)
{
  if (bench->handed != 0 && bench->merged == 0)
    bench->merged = g_get_monotonic_time ();
}

static gboolean
quit_cb (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static void
idle_for (Bench *bench,
          guint  ms)
{
  g_timeout_add (ms, quit_cb, bench->loop);
  g_main_loop_run (bench->loop);
}

/* The longest gap between recorded frames (and from @start to the first). */
static double
worst_frame (Bench  *bench,
             gint64  start)
{
  gint64 last = start, worst = 0;

  for (guint i = 0; i < bench->painted->len; i++)
    {
      gint64 at = g_array_index (bench->painted, gint64, i);

      worst = MAX (worst, at - last);
      last = at;
    }
  return worst / 1000.0;
}

/* What another laptop saves: the file as it is now, with @n ideas more. */
static CgWorkshop *
their_save (const char *path,
            guint       n,
            guint       round)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CgWorkshop *workshop = cg_workshop_load (file, NULL, &error);
  g_autoptr(CgEvent) event = NULL;
  g_autoptr(CgTheme) theme = NULL;

  g_assert_no_error (error);
  event = g_list_model_get_item (cg_workshop_get_events (workshop), 0);
  theme = g_list_model_get_item (cg_workshop_get_themes (workshop), round % 3);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("Round %u: idea %u from the laptop at table "
                                               "two, about evening support.", round, i);
      g_autoptr(CgIdea) idea = cg_idea_new (text);

      cg_idea_set_event (idea, event);
      cg_idea_set_theme (idea, theme);
      cg_idea_set_laptop (idea, "Table 2");
      cg_workshop_add (workshop, idea);
    }
  return workshop;
}

static void
save_to (CgWorkshop *workshop,
         const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  if (!cg_workshop_save (workshop, file, NULL, &error))
    g_error ("bench-arrival: %s", error->message);
}

static guint
n_ideas (CgWorkshop *workshop)
{
  return g_list_model_get_n_items (cg_workshop_get_ideas (workshop));
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : DEFAULT_N_IDEAS;
  guint rounds = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : DEFAULT_ROUNDS;
  g_autofree char *dir = g_dir_make_tmp ("cg-bench-arrival-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "workshop.cgw", NULL);
  g_autofree char *temp = g_build_filename (dir, ".syncthing.workshop.cgw.tmp", NULL);
  g_autofree double *merge = NULL, *shown = NULL, *frame = NULL;
  g_autoptr(CgWorkshop) start = NULL;
  g_autoptr(CgWorkshop) opened = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  Bench bench = { 0 };
  CgWindow *window;
  double idle_worst, full_merge_ms, paste_ms, paste_frame;
  gint64 t;

  setlocale (LC_ALL, "");
  if (n == 0 || rounds == 0)
    {
      g_printerr ("usage: bench-arrival [N-IDEAS] [ROUNDS]\n");
      return 2;
    }
  if (!gtk_init_check ())
    {
      g_printerr ("bench-arrival: no display (try xvfb-run -a)\n");
      return 1;
    }
  merge = g_new0 (double, rounds);
  shown = g_new0 (double, rounds);
  frame = g_new0 (double, rounds);

  start = bench_make_workshop (n, SEED);
  save_to (start, path);
  file = g_file_new_for_path (path);
  opened = cg_workshop_load (file, NULL, &error);
  g_assert_no_error (error);

  /* the yardstick: the whole arrival merged at once, into a copy of what is open */
  {
    g_autoptr(CgWorkshop) copy = cg_workshop_load (file, NULL, NULL);
    g_autoptr(CgWorkshop) arrived = their_save (path, N_NEW, 0);
    g_autoptr(CgMergeReport) report = NULL;

    t = g_get_monotonic_time ();
    report = cg_workshop_merge (copy, arrived);
    full_merge_ms = (g_get_monotonic_time () - t) / 1000.0;
  }

  bench.loop = g_main_loop_new (NULL, FALSE);
  bench.painted = g_array_new (FALSE, FALSE, sizeof (gint64));
  window = cg_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), &bench);
  cg_window_set_workshop (window, opened, file);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_add_tick_callback (GTK_WIDGET (window), tick_cb, NULL, NULL);
  g_signal_add_emission_hook (g_signal_lookup ("arrived", CG_TYPE_SYNC_WATCH), 0, arrived_hook,
                              &bench, NULL);
  g_signal_connect (cg_workshop_get_history (opened), "changed",
                    G_CALLBACK (history_changed_cb), &bench);
  idle_for (&bench, 1500);

  /* frames while nothing arrives */
  g_array_set_size (bench.painted, 0);
  bench.recording = TRUE;
  t = g_get_monotonic_time ();
  idle_for (&bench, 1000);
  bench.recording = FALSE;
  idle_worst = worst_frame (&bench, t);

  /* the other yardstick: the same number of ideas typed here at once (pasted into the
   * capture bar: one undo step, the same work for the board) */
  {
    GString *lines = g_string_new (NULL);

    for (guint i = 0; i < N_NEW; i++)
      g_string_append_printf (lines, "Pasted idea %u, about evening support.\n", i);
    g_array_set_size (bench.painted, 0);
    bench.recording = TRUE;
    t = g_get_monotonic_time ();
    cg_capture_bar_add_text (cg_window_get_capture_bar (window), lines->str);
    paste_ms = (g_get_monotonic_time () - t) / 1000.0;
    idle_for (&bench, AFTER_MS);
    bench.recording = FALSE;
    paste_frame = worst_frame (&bench, t);
    g_string_free (lines, TRUE);
    /* (saved, so the arrivals below start from the file) */
    cg_window_save (window, FALSE);
    while (cg_history_get_modified (cg_workshop_get_history (opened)))
      g_main_context_iteration (NULL, TRUE);
    idle_for (&bench, 1000);
  }

  for (guint round = 0; round < rounds; round++)
    {
      g_autoptr(CgWorkshop) theirs = their_save (path, N_NEW, round + 1);
      guint expected = n_ideas (opened) + N_NEW;
      gint64 replaced, visible = 0;

      save_to (theirs, temp);
      idle_for (&bench, 300);
      g_array_set_size (bench.painted, 0);
      bench.handed = bench.merged = 0;
      bench.recording = TRUE;
      replaced = g_get_monotonic_time ();
      if (g_rename (temp, path) != 0)
        g_error ("bench-arrival: could not replace the file");
      while (n_ideas (opened) < expected)
        {
          if (g_get_monotonic_time () - replaced > 20 * G_USEC_PER_SEC)
            g_error ("bench-arrival: the ideas never arrived");
          g_main_context_iteration (NULL, TRUE);
        }
      /* the first frame after the merge shows them */
      for (guint i = 0; i < bench.painted->len && visible == 0; i++)
        if (g_array_index (bench.painted, gint64, i) > bench.merged)
          visible = g_array_index (bench.painted, gint64, i);
      idle_for (&bench, AFTER_MS);
      bench.recording = FALSE;
      for (guint i = 0; i < bench.painted->len && visible == 0; i++)
        if (g_array_index (bench.painted, gint64, i) > bench.merged)
          visible = g_array_index (bench.painted, gint64, i);

      merge[round] = (bench.merged - bench.handed) / 1000.0;
      shown[round] = (visible - replaced) / 1000.0;
      frame[round] = worst_frame (&bench, replaced);
      g_print ("round %u: merge %.1f ms, shown after %.0f ms, worst frame %.1f ms\n",
               round + 1, merge[round], shown[round], frame[round]);
      /* (what the window merged it saved: the next round starts from the file) */
      while (cg_history_get_modified (cg_workshop_get_history (opened)))
        g_main_context_iteration (NULL, TRUE);
      idle_for (&bench, 800);
    }

  g_print ("\n%u ideas open, %d new ideas arriving, %u rounds (renderer %s)\n", n, N_NEW, rounds,
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  g_print ("  merge on the main thread   median %6.1f ms  worst %6.1f ms   (goal < %.0f ms)\n",
           bench_median (merge, rounds), bench_maximum (merge, rounds), MERGE_GOAL_MS);
  g_print ("  worst frame meanwhile      median %6.1f ms  worst %6.1f ms   (goal < %.0f ms)\n",
           bench_median (frame, rounds), bench_maximum (frame, rounds), FRAME_GOAL_MS);
  g_print ("  file replaced to shown     median %6.0f ms  (400 ms of it waiting for quiet)\n",
           bench_median (shown, rounds));
  g_print ("  yardsticks: worst frame with nothing arriving %.1f ms;\n"
           "              %d ideas pasted into the capture bar here: %.1f ms, worst frame %.1f ms;\n"
           "              the whole arrived workshop merged at once (no comparison): %.1f ms\n",
           idle_worst, N_NEW, paste_ms, paste_frame, full_merge_ms);
  g_print ("  %s\n", bench_maximum (merge, rounds) < MERGE_GOAL_MS &&
                     bench_maximum (frame, rounds) < FRAME_GOAL_MS ? "goals met" : "GOALS NOT MET");

  gtk_window_destroy (GTK_WINDOW (window));
  idle_for (&bench, 200);
  bench_remove_tree (dir);
  g_array_unref (bench.painted);
  g_main_loop_unref (bench.loop);
  return 0;
}
