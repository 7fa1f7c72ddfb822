/* bench-board.c: how fast a 20,000-idea board opens, takes a new idea and scrolls, and its memory
 *
 * Run by hand, with a display (xvfb-run -a build/tests/bench/bench-board [N]). Builds a workshop
 * of N ideas (20,000 by default) and one of 200, saves them to a temporary folder, then runs
 * itself once per measurement, each in a fresh process started the same way:
 *   bare   a plain GtkWindow, the big workshop loaded but not shown (the yardstick)
 *   board  the big workshop on a CgBoard in the window
 *   small  the 200-idea workshop on a CgBoard
 * and reports, each the median of three processes: time from gtk_init to the first frame drawn,
 * peak resident memory, the time from adding one idea to the frame that shows it (median and
 * worst of 30), and the worst frame while scrolling a long column. Goals: first frame within
 * 1.5x of the bare window, adding an idea under 16 ms and within 2x of the 200-idea board,
 * memory within 60 MB of the bare window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-bench"

#include "config.h"

#include "bench-util.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "io/cg-io.h"
#include "widgets/cg-board-private.h"

#define DEFAULT_N_IDEAS 20000
#define SMALL_N_IDEAS 200
#define N_PROCESSES 3
#define N_ADDS 30
#define N_SCROLLS 30
#define SEED 20261123

#define FIRST_FRAME_GOAL 1.5
#define ADD_GOAL_MS 16.0
#define ADD_RATIO_GOAL 2.0
#define MEMORY_GOAL_MB 60.0

static const char * const words[] = {
  "people", "service", "support", "worker", "staff", "carers", "family", "peer", "group",
  "team", "ward", "hospital", "home", "community", "phone", "call", "letter", "meeting", "plan",
  "crisis", "night", "weekend", "waiting", "referral", "assessment", "advocate", "rights",
  "choice", "safety", "trust", "respect", "hope", "recovery", "housing", "money", "work",
  "college", "garden", "walk", "café", "library", "charity", "GP", "nurse", "information",
  "interpreter", "listen", "heard", "explain", "know", "feel", "want", "need", "help", "change",
  "share", "first", "next", "early", "late", "kind", "calm", "clear", "honest", "local", "named",
  "better", "welcoming", "lonely", "safe", "useful", "equal", "paid", "new", "the", "a", "to",
  "and", "of", "in", "for", "with", "when", "before", "after", "we", "they", "our", "their",
};

static const char * const theme_names[] = {
  "First contacts", "Alternatives to in-patient treatment", "Third-sector links", "Peer roles",
  "Connectedness", "Hope and optimism", "Identity", "Empowerment",
};

static const char * const voice_names[] = {
  "Lived experience", "Family and carers", "Staff and practitioners", "Community and third sector",
};

static char *
make_text (GRand *rand)
{
  GString *text = g_string_new (NULL);
  int n = g_rand_int_range (rand, 4, 40);

  for (int i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }
  text->str[0] = g_ascii_toupper (text->str[0]);
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

static CgWorkshop *
make_workshop (guint n_ideas)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  CgWorkshop *workshop = cg_workshop_new ("Benchmark");
  CgEvent *events[3];
  CgVoice *voices[G_N_ELEMENTS (voice_names)];
  CgTheme *themes[G_N_ELEMENTS (theme_names)];

  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    {
      g_autofree char *title = g_strdup_printf ("Event %u", i + 1);

      events[i] = cg_event_new (title);
      cg_workshop_add (workshop, events[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (voices); i++)
    {
      g_autofree char *colour = g_strdup_printf ("#%02x%02x%02x", 40 + i * 50, 180 - i * 30,
                                                 90 + i * 35);

      voices[i] = cg_voice_new (voice_names[i], colour);
      cg_workshop_add (workshop, voices[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    {
      g_autofree char *colour = g_strdup_printf ("#%02x%02x%02x", 200 - i * 20, 60 + i * 20, 120);

      themes[i] = cg_theme_new (theme_names[i], colour);
      cg_workshop_add (workshop, themes[i]);
    }
  for (guint i = 0; i < n_ideas; i++)
    {
      g_autofree char *text = make_text (rand);
      g_autoptr(CgIdea) idea = cg_idea_new (text);
      int theme = g_rand_int_range (rand, -1, G_N_ELEMENTS (themes)); /* -1: unsorted */
      CgEvent *event = events[g_rand_int_range (rand, 0, G_N_ELEMENTS (events))];

      cg_idea_set_event (idea, event);
      cg_idea_set_theme (idea, theme >= 0 ? themes[theme] : NULL);
      cg_idea_set_voice (idea, voices[g_rand_int_range (rand, 0, G_N_ELEMENTS (voices))]);
      cg_idea_set_kind (idea, g_rand_int_range (rand, 0, CG_IDEA_KIND_LAST + 1));
      cg_idea_set_votes (idea, event, g_rand_int_range (rand, 0, 6));
      cg_idea_set_private (idea, g_rand_int_range (rand, 0, 20) == 0);
      cg_idea_set_beyond_service (idea, g_rand_int_range (rand, 0, 10) == 0);
      cg_workshop_add (workshop, idea);
    }
  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    g_object_unref (events[i]);
  for (guint i = 0; i < G_N_ELEMENTS (voices); i++)
    g_object_unref (voices[i]);
  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    g_object_unref (themes[i]);
  cg_history_clear (cg_workshop_get_history (workshop));
  return workshop;
}

/* The child: one window, measured */

typedef struct
{
  GMainLoop *loop;
  gint64     painted;   /* monotonic time of the newest frame */
  guint      n_frames;
  guint      timeout;   /* while waiting for a frame */
} Frames;

static void
after_paint_cb (GdkFrameClock *clock,
                Frames        *frames)
{
  frames->painted = g_get_monotonic_time ();
  frames->n_frames++;
  if (frames->loop != NULL)
    g_main_loop_quit (frames->loop);
}

static void
window_realize_cb (GtkWidget *window,
                   Frames    *frames)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), frames);
}

static gboolean
quit_cb (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static gboolean
frame_timeout_cb (gpointer data)
{
  Frames *frames = data;

  frames->timeout = 0;
  frames->painted = g_get_monotonic_time ();
  g_main_loop_quit (frames->loop);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the next frame is drawn (or a second has gone: nothing to draw). */
static void
wait_for_frame (Frames *frames)
{
  frames->timeout = g_timeout_add (1000, frame_timeout_cb, frames);
  g_main_loop_run (frames->loop);
  g_clear_handle_id (&frames->timeout, g_source_remove);
}

static void
idle_for (GMainLoop *loop,
          guint      ms)
{
  g_timeout_add (ms, quit_cb, loop);
  g_main_loop_run (loop);
}

/* Adds one idea at a time to the first theme, each time measuring until the frame showing it. */
static void
measure_adds (CgWorkshop *workshop,
              Frames     *frames,
              double     *median_ms,
              double     *worst_ms,
              double     *call_ms)
{
  g_autoptr(CgTheme) theme = g_list_model_get_item (cg_workshop_get_themes (workshop), 0);
  g_autoptr(CgEvent) event = g_list_model_get_item (cg_workshop_get_events (workshop), 0);
  double times[N_ADDS], calls[N_ADDS];

  for (guint i = 0; i < N_ADDS; i++)
    {
      g_autoptr(CgIdea) idea = cg_idea_new ("One more idea, typed while the room talks.");
      gint64 start;

      cg_idea_set_theme (idea, theme);
      cg_idea_set_event (idea, event);
      idle_for (frames->loop, 40); /* so a frame may start at once: nothing is pending */
      start = g_get_monotonic_time ();
      cg_workshop_add (workshop, idea);
      calls[i] = (g_get_monotonic_time () - start) / 1000.0;
      wait_for_frame (frames);
      times[i] = (frames->painted - start) / 1000.0;
    }
  *worst_ms = bench_maximum (times, N_ADDS);
  *median_ms = bench_median (times, N_ADDS);
  *call_ms = bench_median (calls, N_ADDS);
}

static GtkWidget *
find_list (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = CG_IS_BOARD_LIST (child) ? child : find_list (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Pages down the first column, measuring each frame. */
static double
measure_scrolling (GtkWidget *board,
                   Frames    *frames)
{
  GtkWidget *list = find_list (board);
  GtkAdjustment *adjustment = list != NULL ? gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list))
                                           : NULL;
  double times[N_SCROLLS];

  if (adjustment == NULL)
    return 0;
  for (guint i = 0; i < N_SCROLLS; i++)
    {
      gint64 start;

      idle_for (frames->loop, 20);
      start = g_get_monotonic_time ();
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) +
                                            gtk_adjustment_get_page_size (adjustment) * 3);
      wait_for_frame (frames);
      times[i] = (frames->painted - start) / 1000.0;
    }
  return bench_maximum (times, N_SCROLLS);
}

static int
run_child (const char *mode,
           const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  Frames frames = { NULL, 0, 0, 0 };
  GtkWidget *window, *board = NULL;
  gint64 load_start, loaded, start, first_frame;
  double add_median = 0, add_worst = 0, add_call = 0, scroll_worst = 0;
  struct rusage usage;
  const char *renderer;

  load_start = g_get_monotonic_time ();
  workshop = cg_workshop_load (file, NULL, &error);
  if (workshop == NULL)
    {
      g_printerr ("bench-board: %s\n", error->message);
      return 1;
    }
  loaded = g_get_monotonic_time ();

  /* the clock starts here, the same for both: GTK, the window, and what is in it */
  start = g_get_monotonic_time ();
  gtk_init ();
  frames.loop = g_main_loop_new (NULL, FALSE);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), &frames);
  if (g_strcmp0 (mode, "bare") != 0)
    {
      board = cg_board_new ();
      cg_board_set_workshop (CG_BOARD (board), workshop);
      gtk_window_set_child (GTK_WINDOW (window), board);
    }
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (&frames);
  if (frames.n_frames == 0)
    {
      g_printerr ("bench-board: no frame was drawn\n");
      return 1;
    }
  first_frame = frames.painted;
  renderer = G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window)));

  if (board != NULL)
    {
      idle_for (frames.loop, 300);
      measure_adds (workshop, &frames, &add_median, &add_worst, &add_call);
      scroll_worst = measure_scrolling (board, &frames);
    }

  getrusage (RUSAGE_SELF, &usage);
  g_print ("renderer=%s first_frame_ms=%.1f load_ms=%.1f rss_kb=%ld add_median_ms=%.2f "
           "add_worst_ms=%.2f add_call_ms=%.3f scroll_worst_ms=%.2f\n",
           renderer, (first_frame - start) / 1000.0, (loaded - load_start) / 1000.0,
           usage.ru_maxrss,
           add_median, add_worst, add_call, scroll_worst);
  return 0;
}

/* The parent: runs the children and compares */

typedef struct
{
  char   renderer[64];
  double first_frame_ms;
  double rss_mb;
  double add_median_ms;
  double add_worst_ms;
  double add_call_ms;
  double scroll_worst_ms;
} Result;

/* Runs @mode in N_PROCESSES fresh processes (with GSK_RENDERER=@renderer, when given); each
 * figure is the median of theirs. */
static gboolean
run_mode (const char *self,
          const char *mode,
          const char *path,
          const char *renderer,
          Result     *result)
{
  double first[N_PROCESSES], rss[N_PROCESSES], add[N_PROCESSES], worst[N_PROCESSES];
  double call[N_PROCESSES], scroll[N_PROCESSES];

  for (guint i = 0; i < N_PROCESSES; i++)
    {
      g_autofree char *line = bench_run_child ("bench-board", self, mode, path, renderer);

      if (line == NULL)
        return FALSE;
      if (sscanf (line, " renderer=%63s", result->renderer) != 1)
        g_strlcpy (result->renderer, "?", sizeof result->renderer);
      first[i] = bench_field (line, "first_frame_ms");
      rss[i] = bench_field (line, "rss_kb") / 1024.0;
      add[i] = bench_field (line, "add_median_ms");
      worst[i] = bench_field (line, "add_worst_ms");
      call[i] = bench_field (line, "add_call_ms");
      scroll[i] = bench_field (line, "scroll_worst_ms");
    }
  result->first_frame_ms = bench_median (first, N_PROCESSES);
  result->rss_mb = bench_median (rss, N_PROCESSES);
  result->add_median_ms = bench_median (add, N_PROCESSES);
  result->add_worst_ms = bench_median (worst, N_PROCESSES);
  result->add_call_ms = bench_median (call, N_PROCESSES);
  result->scroll_worst_ms = bench_median (scroll, N_PROCESSES);
  return TRUE;
}

static gboolean
save (CgWorkshop *workshop,
      const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  if (!cg_workshop_save (workshop, file, NULL, &error))
    {
      g_printerr ("bench-board: %s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

static const char *
verdict (gboolean ok)
{
  return ok ? "ok" : "MISSED";
}

/* One pass: the bare window, the big board and the small one, with one renderer. */
static gboolean
compare (const char *self,
         const char *big_path,
         const char *small_path,
         guint       n_ideas,
         const char *renderer)
{
  Result bare, board, little;
  double frame_ratio, add_ratio, memory;

  if (!run_mode (self, "bare", big_path, renderer, &bare) ||
      !run_mode (self, "board", big_path, renderer, &board) ||
      !run_mode (self, "board", small_path, renderer, &little))
    return FALSE;

  frame_ratio = board.first_frame_ms / MAX (bare.first_frame_ms, 0.001);
  add_ratio = board.add_median_ms / MAX (little.add_median_ms, 0.001);
  memory = board.rss_mb - bare.rss_mb;

  g_print ("Board with %u ideas, %s (medians of %d processes; 1280x720 window)\n", n_ideas,
           board.renderer, N_PROCESSES);
  g_print ("  first frame    bare window %6.1f ms, board %6.1f ms: %.2fx (goal <= %.1fx) %s\n",
           bare.first_frame_ms, board.first_frame_ms, frame_ratio, FIRST_FRAME_GOAL,
           verdict (frame_ratio <= FIRST_FRAME_GOAL));
  g_print ("  add one idea   to its frame: %u ideas %.1f ms (worst %.1f), %u ideas %.1f ms "
           "(worst %.1f): %.2fx (goal < %.0f ms, <= %.1fx) %s\n",
           SMALL_N_IDEAS, little.add_median_ms, little.add_worst_ms, n_ideas, board.add_median_ms,
           board.add_worst_ms, add_ratio, ADD_GOAL_MS, ADD_RATIO_GOAL,
           verdict (board.add_median_ms < ADD_GOAL_MS && add_ratio <= ADD_RATIO_GOAL));
  g_print ("                 the change itself (model, filters, lists): %.3f ms, %.3f ms\n",
           little.add_call_ms, board.add_call_ms);
  g_print ("  scrolling      worst frame paging down a column: %.1f ms\n", board.scroll_worst_ms);
  g_print ("  peak memory    bare window %6.1f MB, board %6.1f MB: +%.1f MB "
           "(goal <= +%.0f MB) %s\n",
           bare.rss_mb, board.rss_mb, memory, MEMORY_GOAL_MB, verdict (memory <= MEMORY_GOAL_MB));
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *big_path = NULL;
  g_autofree char *small_path = NULL;
  g_autoptr(CgWorkshop) big = NULL;
  g_autoptr(CgWorkshop) small = NULL;
  guint n_ideas = DEFAULT_N_IDEAS;
  gboolean ok;

  setlocale (LC_ALL, "");
  if (argc == 4 && g_strcmp0 (argv[1], "--child") == 0)
    return run_child (argv[2], argv[3]);
  if (argc > 1)
    n_ideas = (guint) g_ascii_strtoull (argv[1], NULL, 10);
  if (n_ideas == 0)
    {
      g_printerr ("usage: bench-board [N]\n");
      return 2;
    }
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("bench-board: needs a display (try xvfb-run -a bench-board)\n");
      return 77;
    }

  dir = g_dir_make_tmp ("cg-bench-board-XXXXXX", NULL);
  big_path = g_build_filename (dir, "big.cgw", NULL);
  small_path = g_build_filename (dir, "small.cgw", NULL);
  big = make_workshop (n_ideas);
  small = make_workshop (SMALL_N_IDEAS);
  ok = save (big, big_path) && save (small, small_path);

  /* the renderer GTK picks here (under Xvfb: GL in software, which is slow to draw), then
   * cairo, the one a machine without a GPU falls back to */
  ok = ok && compare (argv[0], big_path, small_path, n_ideas, g_getenv ("GSK_RENDERER"));
  if (ok && g_getenv ("GSK_RENDERER") == NULL)
    ok = compare (argv[0], big_path, small_path, n_ideas, "cairo");

  g_remove (big_path);
  g_remove (small_path);
  g_rmdir (dir);
  return ok ? 0 : 1;
}
