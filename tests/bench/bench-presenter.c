/* bench-presenter.c: what the room's screen costs: its first frame, and one capture's cost with
 * the presenter open
 *
 * Run by hand, with a display (xvfb-run -a build/tests/bench/bench-presenter [N]). Makes a
 * workshop of N ideas (2,000 by default: a long workshop day), saves it to a temporary folder,
 * then runs itself once per measurement, each in a fresh process started the same way, with the
 * laptop's window (a CgWindow on the workshop, all events shown) open:
 *   laptop     N captures typed into the capture bar, each timed from the call to the laptop's
 *              frame that shows it: what one capture costs without a presenter
 *   echo       a bare GtkWindow of the presenter's size showing the newest idea's words in one
 *              label (the least any second window could cost), then the same captures
 *   presenter  a bare GtkWindow opened and closed (the yardstick), then the presenter (F5):
 *              each timed to its first frame; then the same captures, each timed from the call
 *              to the presenter's frame with the new card on it (and the laptop's frame drawn)
 * in five rounds of the three processes (a machine busier for a while weighs on all three),
 * and reports medians: of the captures in each process, and of the processes. Goal: with the
 * presenter open, a capture costs at most 20% more (to the card on the room's screen) than
 * without it (to the laptop's frame), taken round by round. The capture call itself (model,
 * filters, lists, with no drawing) is reported too, and the processor time of each window's
 * frames meanwhile, in their layout (with the update before it) and their paint (snapshot
 * and drawing).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-bench"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "bench-util.h"
#include "io/cg-io.h"
#include "widgets/cg-window-private.h"
#include "widgets/room/cg-presenter-card.h"
#include "widgets/room/cg-room-cards.h"

#define DEFAULT_N_IDEAS 2000
#define N_PROCESSES 5
#define N_CAPTURES 30
#define SEED 20261211
#define CAPTURE_GOAL 0.20

/* The child: one laptop window, measured */

typedef struct
{
  GMainLoop *loop;
  GtkWidget *window;    /* the window whose frames are awaited */
  gint64     painted;   /* monotonic time of its newest frame */
  guint      n_frames;
  gboolean   waiting;   /* the main loop runs until this window draws */
  /* processor time in its frames' phases while a capture is awaited: layout (with the update
   * before it) and paint (the snapshot, and drawing it) */
  gint64     phase_at;
  gint64     layout_us;
  gint64     paint_us;
} Frames;

static gint64 cpu_time (void);

static void
before_paint_cb (GdkFrameClock *clock,
                 Frames        *frames)
{
  frames->phase_at = cpu_time ();
}

/* Adds the processor time since the last phase ended to @phase_us, while a capture is awaited. */
static void
end_phase (Frames *frames,
           gint64 *phase_us)
{
  gint64 now = cpu_time ();

  if (frames->waiting)
    *phase_us += now - frames->phase_at;
  frames->phase_at = now;
}

static void
layout_done_cb (GdkFrameClock *clock,
                Frames        *frames)
{
  end_phase (frames, &frames->layout_us);
}

static void
paint_done_cb (GdkFrameClock *clock,
               Frames        *frames)
{
  end_phase (frames, &frames->paint_us);
}

static void
after_paint_cb (GdkFrameClock *clock,
                Frames        *frames)
{
  frames->painted = g_get_monotonic_time ();
  frames->n_frames++;
  if (frames->waiting)
    g_main_loop_quit (frames->loop);
}

static void
realize_cb (GtkWidget *window,
            Frames    *frames)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), frames);
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), frames);
  g_signal_connect_after (clock, "layout", G_CALLBACK (layout_done_cb), frames);
  g_signal_connect_after (clock, "paint", G_CALLBACK (paint_done_cb), frames);
}

static void
watch_frames (GtkWidget *window,
              Frames    *frames)
{
  frames->window = window;
  if (gtk_widget_get_realized (window))
    realize_cb (window, frames);
  else
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), frames);
}

static gboolean
quit_cb (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @frames' window draws a frame (or ten seconds go by: a first frame
 * drawn with GL in software takes seconds). Returns FALSE when none came. */
static gboolean
wait_for_frame (Frames *frames)
{
  guint n = frames->n_frames;
  guint timeout = g_timeout_add (10000, quit_cb, frames->loop);

  frames->waiting = TRUE;
  g_main_loop_run (frames->loop);
  frames->waiting = FALSE;
  if (frames->n_frames == n)
    return FALSE;
  g_source_remove (timeout);
  return TRUE;
}

static void
idle_for (GMainLoop *loop,
          guint      ms)
{
  g_timeout_add (ms, quit_cb, loop);
  g_main_loop_run (loop);
}

/* The processor time this process has used, in microseconds: on a machine shared with other
 * work, a steadier measure of what the program itself does than the clock on the wall. */
static gint64
cpu_time (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

/* Whether @widget or a widget in it shows @idea's words, mapped: a card on the room's screen,
 * or the yardstick's label. */
static gboolean
words_shown (GtkWidget *widget,
             CgIdea    *idea)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), cg_idea_get_text (idea)) == 0)
    return TRUE;
  if (CG_IS_ROOM_CARDS (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (cg_room_cards_get_shown_text (CG_ROOM_CARDS (widget), idea),
                 cg_idea_get_text (idea)) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (words_shown (child, idea))
      return TRUE;
  return FALSE;
}

static CgIdea *
newest_idea (CgWorkshop *workshop)
{
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, g_list_model_get_n_items (ideas) - 1);

  return idea;
}

/* Runs the main loop until both windows have drawn since @start and @idea's words are on the
 * room's screen. */
static void
wait_for_both (Frames *laptop,
               Frames *room,
               CgIdea *idea,
               gint64  start,
               gint64 *laptop_at,
               gint64 *room_at)
{
  guint timeout = g_timeout_add (10000, quit_cb, laptop->loop);

  *laptop_at = *room_at = 0;
  laptop->waiting = room->waiting = TRUE;
  while (*laptop_at == 0 || *room_at == 0)
    {
      guint n = laptop->n_frames + room->n_frames;

      g_main_loop_run (laptop->loop);
      if (laptop->n_frames + room->n_frames == n)
        break; /* (the ten seconds) */
      if (*laptop_at == 0 && laptop->painted > start)
        *laptop_at = laptop->painted;
      if (*room_at == 0 && room->painted > start && words_shown (room->window, idea))
        *room_at = room->painted;
    }
  laptop->waiting = room->waiting = FALSE;
  if (*laptop_at != 0 && *room_at != 0)
    g_source_remove (timeout);
}

/* Types N_CAPTURES ideas into the capture bar, each timed to the laptop's frame, and with a
 * presenter to the presenter's frame showing its card. */
static void
measure_captures (CgWindow  *window,
                  Frames    *laptop,
                  Frames    *room,
                  double    *laptop_ms,
                  double    *room_ms,
                  double    *call_ms,
                  double    *cpu_ms)
{
  CgWorkshop *workshop = cg_window_get_workshop (window);
  double laptop_times[N_CAPTURES], room_times[N_CAPTURES], calls[N_CAPTURES];
  double cpu[N_CAPTURES];

  laptop->layout_us = laptop->paint_us = 0;
  if (room != NULL)
    room->layout_us = room->paint_us = 0;
  for (guint i = 0; i < N_CAPTURES; i++)
    {
      g_autofree char *text = g_strdup_printf ("A named worker from the first call (%u)", i);
      gint64 start, laptop_at, room_at = 0, cpu_start;

      idle_for (laptop->loop, 60); /* nothing pending: a frame may start at once */
      cpu_start = cpu_time ();
      start = g_get_monotonic_time ();
      cg_capture_bar_add_text (cg_window_get_capture_bar (window), text);
      calls[i] = (g_get_monotonic_time () - start) / 1000.0;
      if (room == NULL)
        {
          wait_for_frame (laptop);
          laptop_at = laptop->painted;
        }
      else
        wait_for_both (laptop, room, newest_idea (workshop), start, &laptop_at, &room_at);
      cpu[i] = (cpu_time () - cpu_start) / 1000.0;
      laptop_times[i] = (laptop_at - start) / 1000.0;
      room_times[i] = room_at > 0 ? (MAX (room_at, laptop_at) - start) / 1000.0 : 0;
    }
  *laptop_ms = bench_median (laptop_times, N_CAPTURES);
  *room_ms = bench_median (room_times, N_CAPTURES);
  *call_ms = bench_median (calls, N_CAPTURES);
  *cpu_ms = bench_median (cpu, N_CAPTURES);
}

/* How long @window takes from being presented to its first frame. */
static double
first_frame (GtkWidget *window,
             GMainLoop *loop)
{
  Frames frames = { loop, NULL, 0, 0, FALSE };
  gint64 start = g_get_monotonic_time ();

  watch_frames (window, &frames);
  gtk_window_present (GTK_WINDOW (window));
  if (!wait_for_frame (&frames))
    return -1;
  /* (all of @frames' handlers: it is on this stack) */
  g_signal_handlers_disconnect_by_data (gtk_widget_get_frame_clock (window), &frames);
  g_signal_handlers_disconnect_by_data (window, &frames);
  return (frames.painted - start) / 1000.0;
}

/* The second yardstick: a bare window showing the newest idea's words in one label. */
static void
echo_newest_cb (GListModel *ideas,
                guint       position,
                guint       removed,
                guint       added,
                GtkLabel   *label)
{
  g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, g_list_model_get_n_items (ideas) - 1);

  if (added > 0 && idea != NULL)
    gtk_label_set_text (label, cg_idea_get_text (idea));
}

static GtkWidget *
echo_window_new (CgWorkshop *workshop)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_window_set_child (GTK_WINDOW (window), label);
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 640);
  g_signal_connect_object (cg_workshop_get_ideas (workshop), "items-changed",
                           G_CALLBACK (echo_newest_cb), label, 0);
  return window;
}

static int
run_child (const char *mode,
           const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  Frames laptop = { NULL, NULL, 0, 0, FALSE };
  Frames room = { NULL, NULL, 0, 0, FALSE };
  CgWindow *window;
  GtkWidget *bare, *presenter;
  double bare_ms = 0, presenter_ms = 0, laptop_ms = 0, room_ms = 0, call_ms = 0, cpu_ms = 0;
  double presenter_cpu_ms = 0;

  workshop = cg_workshop_load (file, NULL, &error);
  if (workshop == NULL)
    {
      g_printerr ("bench-presenter: %s\n", error->message);
      return 1;
    }
  gtk_init ();
  loop = g_main_loop_new (NULL, FALSE);
  laptop.loop = room.loop = loop;

  window = cg_window_new (NULL);
  cg_window_set_workshop (window, workshop, file);
  watch_frames (GTK_WIDGET (window), &laptop);
  gtk_window_present (GTK_WINDOW (window));
  if (!wait_for_frame (&laptop))
    {
      g_printerr ("bench-presenter: the laptop's window drew no frame\n");
      return 1;
    }
  idle_for (loop, 500);

  if (g_strcmp0 (mode, "presenter") == 0)
    {
      /* the yardstick: a bare window of the presenter's size, opened in the same state */
      bare = gtk_window_new ();
      gtk_window_set_default_size (GTK_WINDOW (bare), 1024, 640);
      bare_ms = first_frame (bare, loop);
      gtk_window_destroy (GTK_WINDOW (bare));
      idle_for (loop, 300);

      {
        /* from F5 (the presenter made, filled and shown) to its first frame */
        gint64 start = g_get_monotonic_time ();
        gint64 cpu_start = cpu_time ();

        gtk_widget_activate_action (GTK_WIDGET (window), "win.presenter", NULL);
        presenter = cg_window_get_presenter (window);
        if (presenter == NULL)
          {
            g_printerr ("bench-presenter: no presenter opened\n");
            return 1;
          }
        watch_frames (presenter, &room);
        if (!wait_for_frame (&room))
          {
            g_printerr ("bench-presenter: the presenter drew no frame\n");
            return 1;
          }
        presenter_ms = (room.painted - start) / 1000.0;
        presenter_cpu_ms = (cpu_time () - cpu_start) / 1000.0;
      }
      idle_for (loop, 500);
      measure_captures (window, &laptop, &room, &laptop_ms, &room_ms, &call_ms, &cpu_ms);
    }
  else if (g_strcmp0 (mode, "echo") == 0)
    {
      GtkWidget *echo = echo_window_new (workshop);

      if (first_frame (echo, loop) < 0)
        {
          g_printerr ("bench-presenter: the bare second window drew no frame\n");
          return 1;
        }
      watch_frames (echo, &room);
      idle_for (loop, 500);
      measure_captures (window, &laptop, &room, &laptop_ms, &room_ms, &call_ms, &cpu_ms);
      gtk_window_destroy (GTK_WINDOW (echo));
    }
  else
    measure_captures (window, &laptop, NULL, &laptop_ms, &room_ms, &call_ms, &cpu_ms);

  g_print ("renderer=%s bare_ms=%.2f presenter_ms=%.2f presenter_cpu_ms=%.2f laptop_ms=%.3f "
           "room_ms=%.3f call_ms=%.3f cpu_ms=%.3f laptop_layout_ms=%.3f laptop_paint_ms=%.3f "
           "room_layout_ms=%.3f room_paint_ms=%.3f\n",
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))), bare_ms,
           presenter_ms, presenter_cpu_ms, laptop_ms, room_ms, call_ms, cpu_ms,
           laptop.layout_us / 1000.0 / N_CAPTURES, laptop.paint_us / 1000.0 / N_CAPTURES,
           room.layout_us / 1000.0 / N_CAPTURES, room.paint_us / 1000.0 / N_CAPTURES);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}

/* The parent: runs the children and compares */

/* What a child prints, by name */
enum
{
  BARE, PRESENTER, PRESENTER_CPU, CPU, LAPTOP, ROOM, CALL,
  LAPTOP_LAYOUT, LAPTOP_PAINT, ROOM_LAYOUT, ROOM_PAINT, N_FIELDS
};

static const char *const field_names[N_FIELDS] = {
  "bare_ms", "presenter_ms", "presenter_cpu_ms", "cpu_ms", "laptop_ms", "room_ms", "call_ms",
  "laptop_layout_ms", "laptop_paint_ms", "room_layout_ms", "room_paint_ms"
};

typedef struct
{
  char   renderer[64];
  double samples[N_FIELDS][N_PROCESSES];
  double ms[N_FIELDS];   /* the medians */
} Result;

/* Runs child @round of @mode and keeps what it printed. */
static gboolean
run_once (const char *self,
          const char *mode,
          const char *path,
          const char *renderer,
          guint       round,
          Result     *result)
{
  g_autofree char *line = bench_run_child ("bench-presenter", self, mode, path, renderer);

  if (line == NULL)
    return FALSE;
  if (sscanf (line, " renderer=%63s", result->renderer) != 1)
    g_strlcpy (result->renderer, "?", sizeof result->renderer);
  for (guint k = 0; k < N_FIELDS; k++)
    result->samples[k][round] = bench_field (line, field_names[k]);
  return TRUE;
}

static void
take_medians (Result *result)
{
  for (guint k = 0; k < N_FIELDS; k++)
    result->ms[k] = bench_median (result->samples[k], N_PROCESSES);
}

/* The median, over the rounds, of what @with added to @alone's processor time per capture. */
static double
added_in_rounds (const Result *alone,
                 const Result *with)
{
  double added[N_PROCESSES];

  for (guint i = 0; i < N_PROCESSES; i++)
    added[i] = with->samples[CPU][i] / MAX (alone->samples[CPU][i], 0.001) - 1;
  return bench_median (added, N_PROCESSES);
}

static gboolean
compare (const char *self,
         const char *path,
         guint       n_ideas,
         const char *renderer)
{
  Result alone, room, echo;
  double added, floor;

  /* (in rounds of the three, so that a machine busier for a while weighs on all three) */
  for (guint i = 0; i < N_PROCESSES; i++)
    if (!run_once (self, "laptop", path, renderer, i, &alone) ||
        !run_once (self, "echo", path, renderer, i, &echo) ||
        !run_once (self, "presenter", path, renderer, i, &room))
      return FALSE;
  take_medians (&alone);
  take_medians (&echo);
  take_medians (&room);

  added = added_in_rounds (&alone, &room);
  floor = added_in_rounds (&alone, &echo);
  g_print ("Presenter with %u ideas, %s (%d rounds of a process each, %d captures each; "
           "medians)\n", n_ideas, room.renderer, N_PROCESSES, N_CAPTURES);
  g_print ("  first frame   bare window %.1f ms; presenter %.1f ms from F5 (%.1f ms of "
           "processor time)\n", room.ms[BARE], room.ms[PRESENTER], room.ms[PRESENTER_CPU]);
  g_print ("  one capture   processor time from the capture to its frames: %.2f ms alone, "
           "%.2f ms with the presenter: %+.0f%% (goal <= +%.0f%%) %s\n",
           alone.ms[CPU], room.ms[CPU], added * 100, CAPTURE_GOAL * 100,
           added <= CAPTURE_GOAL ? "ok" : "MISSED");
  g_print ("                with a bare second window showing the words in one label "
           "instead: %.2f ms, %+.0f%% (the least any second window adds here; its frame: "
           "layout %.2f ms, paint %.2f ms)\n",
           echo.ms[CPU], floor * 100, echo.ms[ROOM_LAYOUT], echo.ms[ROOM_PAINT]);
  g_print ("                the capture call (model, filters, lists): %.2f ms alone, %.2f ms "
           "with the presenter\n", alone.ms[CALL], room.ms[CALL]);
  g_print ("                in the frames: laptop layout %.2f ms, paint %.2f ms alone; "
           "%.2f and %.2f ms with the presenter, whose own take %.2f and %.2f ms\n",
           alone.ms[LAPTOP_LAYOUT], alone.ms[LAPTOP_PAINT], room.ms[LAPTOP_LAYOUT],
           room.ms[LAPTOP_PAINT], room.ms[ROOM_LAYOUT], room.ms[ROOM_PAINT]);
  g_print ("                on the clock: to the laptop's frame %.1f ms alone, %.1f ms with "
           "the presenter; to the card on the room's screen %.1f ms\n",
           alone.ms[LAPTOP], room.ms[LAPTOP], room.ms[ROOM]);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  guint n_ideas = DEFAULT_N_IDEAS;
  gboolean ok;

  setlocale (LC_ALL, "");
  if (argc == 4 && g_strcmp0 (argv[1], "--child") == 0)
    return run_child (argv[2], argv[3]);
  if (argc > 1)
    n_ideas = (guint) g_ascii_strtoull (argv[1], NULL, 10);
  if (n_ideas == 0)
    {
      g_printerr ("usage: bench-presenter [N]\n");
      return 2;
    }
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("bench-presenter: needs a display (try xvfb-run -a bench-presenter)\n");
      return 77;
    }

  /* (BENCH_SAVE=FILE: only write the workshop there, to run a child by hand under a profiler:
   * bench-presenter --child presenter FILE) */
  if (g_getenv ("BENCH_SAVE") != NULL)
    {
      g_autoptr(GFile) out = g_file_new_for_path (g_getenv ("BENCH_SAVE"));

      workshop = bench_make_workshop (n_ideas, SEED);
      return cg_workshop_save (workshop, out, NULL, NULL) ? 0 : 1;
    }
  dir = g_dir_make_tmp ("cg-bench-presenter-XXXXXX", NULL);
  path = g_build_filename (dir, "workshop.cgw", NULL);
  file = g_file_new_for_path (path);
  workshop = bench_make_workshop (n_ideas, SEED);
  if (!cg_workshop_save (workshop, file, NULL, &error))
    {
      g_printerr ("bench-presenter: %s\n", error->message);
      return 1;
    }

  /* the renderer GTK picks here, then cairo (a machine without a GPU) */
  ok = compare (argv[0], path, n_ideas, g_getenv ("GSK_RENDERER"));
  if (ok && g_getenv ("GSK_RENDERER") == NULL)
    ok = compare (argv[0], path, n_ideas, "cairo");

  bench_remove_tree (dir);
  return ok ? 0 : 1;
}
