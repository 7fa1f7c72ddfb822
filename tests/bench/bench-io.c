/* bench-io.c: how fast workshop files load and save, and how much memory a loaded one takes
 *
 * Run by hand: bench-io [N]. Builds a workshop of N ideas (20,000 by default, about 10 MB on
 * disk), saves it to a temporary folder, then times `xmllint --noout` on the file (a yardstick
 * for "just parsing the XML"), cg_workshop_load and cg_workshop_save, each the median of five
 * runs, and measures the heap a loaded workshop holds. It prints the results against the goals:
 * load and save within 2x of xmllint, a loaded model within 3x of the file's size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-bench"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <malloc.h>
#include <stdlib.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "io/cg-io.h"
#include "model/cg-model.h"

#define DEFAULT_N_IDEAS 20000
#define N_RUNS 5
#define N_EVENTS 3
#define N_VOICES 4
#define N_THEMES 10
#define N_ACTIONS 50
#define SEED 20261123

#define LOAD_GOAL 2.0
#define SAVE_GOAL 2.0
#define MEMORY_GOAL 3.0

/* Words the idea texts are made of: what people say about a service in a workshop. A few carry
 * characters the writer must escape or encode (&, quotes, accents, dashes). */
static const char * const words[] = {
  "people", "service", "support", "worker", "staff", "carers", "family", "families", "friends",
  "peer", "peers", "group", "groups", "team", "ward", "hospital", "home", "community", "centre",
  "phone", "call", "letter", "meeting", "appointment", "review", "plan", "plans", "care",
  "crisis", "night", "weekend", "week", "month", "year", "time", "waiting", "list", "referral",
  "assessment", "detention", "tribunal", "advocate", "advocacy", "rights", "choice", "control",
  "safety", "trust", "respect", "dignity", "hope", "recovery", "wellbeing", "housing", "money",
  "benefits", "work", "college", "course", "training", "volunteering", "garden", "walk", "cafe",
  "café", "library", "church", "mosque", "club", "charity", "third-sector", "organisations",
  "GP", "nurse", "psychiatrist", "social", "officer", "manager", "commissioner", "budget",
  "information", "leaflet", "website", "language", "interpreter", "culture", "background",
  "young", "older", "parents", "children", "school", "transport", "bus", "travel", "distance",
  "listen", "listened", "listening", "heard", "ask", "asked", "tell", "told", "explain",
  "explained", "know", "knew", "understand", "feel", "felt", "want", "need", "needed",
  "help", "helped", "helpful", "wait", "waited", "change", "changed", "build", "share", "shared",
  "start", "started", "stop", "keep", "kept", "offer", "offered", "choose", "meet", "met",
  "first", "second", "last", "next", "early", "late", "quick", "slow", "long", "short",
  "kind", "calm", "clear", "honest", "open", "closed", "local", "named", "same", "different",
  "better", "worse", "good", "hard", "easy", "scary", "frightening", "welcoming", "friendly",
  "lonely", "safe", "unsafe", "useful", "useless", "real", "equal", "paid", "unpaid", "new",
  "always", "never", "sometimes", "often", "again", "together", "alone", "instead", "before",
  "after", "during", "without", "with", "about", "from", "into", "because", "when", "where",
  "who", "what", "how", "why", "and", "but", "or", "so", "if", "the", "the", "the", "a", "a",
  "an", "to", "to", "of", "of", "in", "in", "on", "at", "for", "for", "it", "it", "was", "was",
  "is", "is", "are", "were", "be", "been", "have", "had", "has", "not", "no", "more", "less",
  "most", "every", "each", "some", "all", "our", "their", "my", "your", "we", "they", "I", "you",
  "them", "us", "me", "one", "two", "three", "lived", "experience", "mental", "health",
  "in-patient", "out-of-hours", "follow-up", "carers & families", "“you said, we did”",
  "don’t", "couldn’t", "rôle", "naïve", "—",
};

static const char * const sentence_ends[] = { ".", ".", ".", ".", "?", "!", "." };

static const char * const event_titles[N_EVENTS] = {
  "March workshop", "June workshop", "September review",
};
static const char * const event_dates[N_EVENTS] = {
  "2026-03-12", "2026-06-18", "2026-09-24",
};
static const char * const voice_names[N_VOICES] = {
  "Lived experience", "Family & carers", "Staff & practitioners", "Community & third sector",
};
static const char * const voice_colours[N_VOICES] = {
  "#3584e4", "#e66100", "#2ec27e", "#9141ac",
};
static const char * const theme_names[N_THEMES] = {
  "First contacts", "Alternatives to in-patient treatment", "Third-sector links",
  "Paid peer roles", "Out-of-hours crisis support", "Information people can use",
  "Carers as partners", "Staff wellbeing", "Transport and getting there",
  "A life beyond the service",
};
static const char * const theme_colours[N_THEMES] = {
  "#c01c28", "#e66100", "#f5c211", "#2ec27e", "#1c71d8",
  "#813d9c", "#865e3c", "#3d3846", "#26a269", "#1a5fb4",
};

/* A paragraph of 120-240 characters (about 10 MB for 20,000 ideas): sentences of varied words. */
static char *
make_text (GRand *rand)
{
  GString *text = g_string_new (NULL);
  guint target = g_rand_int_range (rand, 120, 241);

  while (text->len < target)
    {
      GString *sentence = g_string_new (NULL);
      guint n_words = g_rand_int_range (rand, 6, 19);

      for (guint i = 0; i < n_words; i++)
        {
          const char *word = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

          if (i > 0)
            g_string_append (sentence, g_rand_int_range (rand, 0, 12) == 0 ? ", " : " ");
          g_string_append (sentence, word);
        }
      sentence->str[0] = g_ascii_toupper (sentence->str[0]);
      g_string_append (sentence,
                       sentence_ends[g_rand_int_range (rand, 0, G_N_ELEMENTS (sentence_ends))]);

      /* Stop short rather than overshoot the longest length by much. */
      if (text->len >= 120 && text->len + 1 + sentence->len > 240)
        {
          g_string_free (sentence, TRUE);
          break;
        }
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append_len (text, sentence->str, sentence->len);
      g_string_free (sentence, TRUE);
    }

  return g_string_free (text, FALSE);
}

/* A series of three events, four voices, ten themes, @n_ideas ideas with votes, and fifty rows
 * in the action plan, all the same for the same @n_ideas. */
static CgWorkshop *
make_workshop (guint n_ideas)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Redesigning the crisis service");
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 12, 9, 30, 0);
  g_autoptr(GPtrArray) ideas = g_ptr_array_new_with_free_func (g_object_unref);
  CgHistory *history = cg_workshop_get_history (workshop);
  CgEvent *events[N_EVENTS];
  CgVoice *voices[N_VOICES];
  CgTheme *themes[N_THEMES];

  cg_history_begin_group (history, "Make benchmark workshop");

  for (guint i = 0; i < N_EVENTS; i++)
    {
      g_autoptr(CgEvent) event = cg_event_new (event_titles[i]);

      cg_event_set_date (event, event_dates[i]);
      cg_event_set_place (event, "Community centre, main hall");
      cg_event_set_notes (event, "Lunch at 12:30. Quiet room upstairs. "
                                 "Two peer supporters on hand.");
      cg_workshop_add (workshop, event);
      events[i] = event;
    }

  for (guint i = 0; i < N_VOICES; i++)
    {
      g_autoptr(CgVoice) voice = cg_voice_new (voice_names[i], voice_colours[i]);

      for (guint e = 0; e < N_EVENTS; e++)
        cg_voice_set_attendance (voice, events[e], g_rand_int_range (rand, 4, 15));
      cg_workshop_add (workshop, voice);
      voices[i] = voice;
    }

  for (guint i = 0; i < N_THEMES; i++)
    {
      g_autoptr(CgTheme) theme = cg_theme_new (theme_names[i], theme_colours[i]);

      cg_theme_set_description (theme, "Grouped from the notes of all three events.");
      cg_workshop_add (workshop, theme);
      themes[i] = theme;
    }

  for (guint i = 0; i < n_ideas; i++)
    {
      g_autofree char *text = make_text (rand);
      g_autoptr(CgIdea) idea = cg_idea_new (text);
      guint event = MIN (i * N_EVENTS / n_ideas, N_EVENTS - 1);
      g_autoptr(GDateTime) created = g_date_time_add_seconds (start, 7.0 * i);

      cg_idea_set_event (idea, events[event]);
      cg_idea_set_voice (idea, voices[g_rand_int_range (rand, 0, N_VOICES)]);
      if (g_rand_int_range (rand, 0, 10) > 0) /* one in ten still unsorted */
        cg_idea_set_theme (idea, themes[g_rand_int_range (rand, 0, N_THEMES)]);
      cg_idea_set_kind (idea, g_rand_int_range (rand, 0, CG_IDEA_KIND_LAST + 1));
      if (g_rand_int_range (rand, 0, 5) == 0)
        cg_idea_set_status (idea, g_rand_int_range (rand, CG_IDEA_STATUS_OPEN,
                                                    CG_IDEA_STATUS_CLOSED + 1));
      cg_idea_set_private (idea, g_rand_int_range (rand, 0, 30) == 0);
      cg_idea_set_beyond_service (idea, g_rand_int_range (rand, 0, 10) == 0);
      cg_idea_set_created (idea, created);

      /* Votes at its own event for most ideas, and at later events for some. */
      for (guint e = event; e < N_EVENTS; e++)
        if (g_rand_int_range (rand, 0, e == event ? 5 : 4) < 3)
          cg_idea_set_votes (idea, events[e], g_rand_int_range (rand, 1, 12));

      if (event > 0 && ideas->len > 0 && g_rand_int_range (rand, 0, 8) == 0)
        {
          CgIdea *earlier = g_ptr_array_index (ideas, g_rand_int_range (rand, 0, ideas->len));

          cg_idea_set_carried_from (idea, cg_object_get_id (CG_OBJECT (earlier)));
        }

      cg_workshop_add (workshop, idea);
      g_ptr_array_add (ideas, g_steal_pointer (&idea));
    }

  for (guint i = 0; i < N_ACTIONS; i++)
    {
      g_autoptr(CgAction) action = cg_action_new (theme_names[i % N_THEMES],
                                                  "Offer a named worker from the first phone "
                                                  "call to the end of the first month");
      guint n_links = g_rand_int_range (rand, 1, 6);

      cg_action_set_position (action, "Calls go to a duty system; people speak to someone new "
                                      "each time.");
      cg_action_set_next_steps (action, "Pilot with one team from June; report back at the "
                                        "September review.");
      cg_action_set_status (action, g_rand_int_range (rand, CG_ACTION_STATUS_PROPOSED,
                                                      CG_ACTION_STATUS_NOT_DOING + 1));
      if (cg_action_get_status (action) == CG_ACTION_STATUS_NOT_DOING)
        cg_action_set_reason (action, "Needs funding the service does not have this year.");
      cg_action_set_theme (action, themes[i % N_THEMES]);
      for (guint l = 0; l < n_links && ideas->len > 0; l++)
        {
          CgIdea *idea = g_ptr_array_index (ideas, g_rand_int_range (rand, 0, ideas->len));

          cg_action_link_idea (action, cg_object_get_id (CG_OBJECT (idea)));
        }
      cg_workshop_add (workshop, action);
    }

  cg_history_end_group (history);
  cg_history_clear (history);

  return g_steal_pointer (&workshop);
}

/* Bytes malloc has handed out and not had back: the arena's and the mmap()ed blocks. */
static gsize
heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n_values)
{
  qsort (values, n_values, sizeof (double), compare_doubles);
  if (n_values % 2 == 1)
    return values[n_values / 2];
  return (values[n_values / 2 - 1] + values[n_values / 2]) / 2.0;
}

static double
elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / 1000.0;
}

/* Runs @argv to completion and gives its wall time in ms, or a negative number and @error. */
static double
time_command (const char * const *argv,
              GError            **error)
{
  gint64 start = g_get_monotonic_time ();
  int wait_status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &wait_status, error))
    return -1;
  double ms = elapsed_ms (start);

  if (!g_spawn_check_wait_status (wait_status, error))
    {
      g_prefix_error (error, "%s: ", argv[0]);
      return -1;
    }
  return ms;
}

static void
remove_tree (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir_path);
}

static const char *
verdict (double ratio,
         double goal)
{
  if (ratio < 0)
    return "n/a";
  return ratio <= goal ? "PASS" : "MISS";
}

static void
print_goal (const char *what,
            double      ratio,
            double      goal)
{
  if (ratio < 0)
    g_print ("  %-28s %8s   <= %.1fx   %s\n", what, "-", goal, verdict (ratio, goal));
  else
    g_print ("  %-28s %7.2fx   <= %.1fx   %s\n", what, ratio, goal, verdict (ratio, goal));
}

/* GLib 2.74 keeps freed GObjects in GSlice's caches, which would hide part of what a loaded
 * workshop costs; with plain malloc the heap counts are honest. GSlice reads G_SLICE when GLib
 * starts, so the program runs itself again with it set. */
static void
reexec_with_plain_malloc (char **argv)
{
  if (g_getenv ("G_SLICE") != NULL)
    return;
  g_setenv ("G_SLICE", "always-malloc", TRUE);
  execv ("/proc/self/exe", argv);
  g_printerr ("bench-io: could not restart with G_SLICE=always-malloc (%s); "
              "memory figures may be low\n", g_strerror (errno));
}

/* Makes the file in @dir, measures, and prints the table. */
static gboolean
run (guint       n_ideas,
     const char *dir,
     GError    **error)
{
  g_autofree char *in_path = g_build_filename (dir, "bench.cgw", NULL);
  g_autofree char *out_path = g_build_filename (dir, "bench-saved.cgw", NULL);
  g_autoptr(GFile) in_file = g_file_new_for_path (in_path);
  g_autoptr(GFile) out_file = g_file_new_for_path (out_path);
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  double xmllint_runs[N_RUNS], version_runs[N_RUNS], load_runs[N_RUNS], save_runs[N_RUNS];
  double xmllint_ms = -1, spawn_ms = -1, parse_ms = -1, load_ms, save_ms;

  /* The file under test. */
  g_print ("Making a workshop of %u ideas...\n", n_ideas);
  {
    g_autoptr(CgWorkshop) made = make_workshop (n_ideas);

    if (!cg_workshop_save (made, in_file, NULL, error))
      return FALSE;
  }
  g_autoptr(GFileInfo) info = g_file_query_info (in_file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return FALSE;
  goffset file_size = g_file_info_get_size (info);

  /* (a) xmllint, and what starting it costs on its own. */
  if (xmllint != NULL)
    {
      const char *lint_argv[] = { xmllint, "--noout", in_path, NULL };
      const char *version_argv[] = { xmllint, "--version", NULL };

      g_print ("Timing xmllint...\n");
      for (guint i = 0; i < N_RUNS; i++)
        {
          if ((version_runs[i] = time_command (version_argv, error)) < 0 ||
              (xmllint_runs[i] = time_command (lint_argv, error)) < 0)
            return FALSE;
        }
      xmllint_ms = median (xmllint_runs, N_RUNS);
      spawn_ms = median (version_runs, N_RUNS);
      parse_ms = MAX (xmllint_ms - spawn_ms, 0.001);
    }

  /* Memory first, before repeated loads have warmed the allocator. */
  g_print ("Timing cg_workshop_load and cg_workshop_save...\n");
  gsize heap_before = heap_in_use ();
  g_autoptr(CgWorkshop) kept = cg_workshop_load (in_file, NULL, error);
  if (kept == NULL)
    return FALSE;
  gsize heap_after = heap_in_use ();
  gssize model_bytes = (gssize) heap_after - (gssize) heap_before;
  guint n_loaded = g_list_model_get_n_items (cg_workshop_get_ideas (kept));

  if (n_loaded != n_ideas)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "saved %u ideas but loaded %u", n_ideas, n_loaded);
      return FALSE;
    }

  /* (b) load, each copy dropped before the next. */
  for (guint i = 0; i < N_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(CgWorkshop) loaded = cg_workshop_load (in_file, NULL, error);

      load_runs[i] = elapsed_ms (start);
      if (loaded == NULL)
        return FALSE;
    }
  load_ms = median (load_runs, N_RUNS);

  /* (c) save; after the first, over the previous copy, as an editing session does. */
  for (guint i = 0; i < N_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!cg_workshop_save (kept, out_file, NULL, error))
        return FALSE;
      save_runs[i] = elapsed_ms (start);
    }
  save_ms = median (save_runs, N_RUNS);

  /* Plain ASCII rather than g_format_size(), whose no-break space a C locale cannot print. */
  g_autofree char *size_text = g_strdup_printf ("%.1f MB", file_size / 1e6);
  g_autofree char *model_text = g_strdup_printf ("%.1f MB", model_bytes / 1e6);

  g_print ("\nCommon Ground I/O benchmark (median of %d runs each)\n\n", N_RUNS);
  g_print ("  %-28s %9u\n", "ideas", n_loaded);
  g_print ("  %-28s %9s   (%" G_GOFFSET_FORMAT " bytes)\n", "file size", size_text, file_size);
  g_print ("  %-28s %9s   (%" G_GSSIZE_FORMAT " bytes of heap)\n\n", "model in memory",
           model_text, model_bytes);

  g_print ("  %-28s %9s\n", "measurement", "time (ms)");
  if (xmllint != NULL)
    {
      g_print ("  %-28s %9.1f\n", "xmllint --noout (raw)", xmllint_ms);
      g_print ("  %-28s %9.1f\n", "xmllint --version (spawn)", spawn_ms);
      g_print ("  %-28s %9.1f\n", "xmllint, less spawn", parse_ms);
    }
  else
    {
      g_print ("  %-28s %9s\n", "xmllint --noout", "not found");
    }
  g_print ("  %-28s %9.1f\n", "cg_workshop_load", load_ms);
  g_print ("  %-28s %9.1f\n\n", "cg_workshop_save", save_ms);

  g_print ("  %-28s %9s   %6s   %s\n", "goal", "ratio", "limit", "result");
  print_goal ("load / xmllint", xmllint != NULL ? load_ms / parse_ms : -1, LOAD_GOAL);
  print_goal ("save / xmllint", xmllint != NULL ? save_ms / parse_ms : -1, SAVE_GOAL);
  print_goal ("model memory / file size", (double) model_bytes / file_size, MEMORY_GOAL);
  if (xmllint != NULL)
    g_print ("\n  Ratios are to xmllint less its spawn cost; to its raw time they are\n"
             "  %.2fx (load) and %.2fx (save).\n", load_ms / xmllint_ms, save_ms / xmllint_ms);

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  guint64 n_ideas = DEFAULT_N_IDEAS;

  reexec_with_plain_malloc (argv);
  setlocale (LC_ALL, "");

  if (argc > 2 || (argc == 2 && (g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "--help"))))
    {
      g_print ("Usage: bench-io [N]\n"
               "Times loading and saving a workshop file of N ideas (default %d) against\n"
               "xmllint, and measures the memory a loaded workshop takes.\n", DEFAULT_N_IDEAS);
      return argc > 2 ? 2 : 0;
    }
  if (argc == 2 &&
      !g_ascii_string_to_unsigned (argv[1], 10, 1, CG_FILE_MAX_IDEAS, &n_ideas, &error))
    {
      g_printerr ("bench-io: N: %s\n", error->message);
      return 2;
    }

  g_autofree char *dir = g_dir_make_tmp ("cg-bench-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("bench-io: %s\n", error->message);
      return 1;
    }

  gboolean ok = run ((guint) n_ideas, dir, &error);

  remove_tree (dir);
  if (!ok)
    {
      g_printerr ("bench-io: %s\n", error->message);
      return 1;
    }
  return 0;
}
