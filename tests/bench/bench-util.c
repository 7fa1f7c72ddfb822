/* bench-util.c: what the benchmarks share: a large, realistic workshop made up on the spot, and
 * removing a scratch folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "bench-util.h"

#define N_EVENTS 3
#define N_VOICES 4
#define N_THEMES 10
#define N_ACTIONS 50

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

CgWorkshop *
bench_make_workshop (guint   n_ideas,
                     guint32 seed)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Redesigning the crisis service");
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
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

void
bench_remove_tree (const char *dir_path)
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

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
bench_median (const double *values,
              guint         n)
{
  g_autofree double *sorted = NULL;

  if (n == 0)
    return 0;
  sorted = g_memdup2 (values, n * sizeof (double));
  qsort (sorted, n, sizeof (double), compare_doubles);
  return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

double
bench_maximum (const double *values,
               guint         n)
{
  double max = 0;

  for (guint i = 0; i < n; i++)
    max = MAX (max, values[i]);
  return max;
}

char *
bench_run_child (const char *program,
                 const char *self,
                 const char *mode,
                 const char *path,
                 const char *renderer)
{
  const char *argv[] = { self, "--child", mode, path, NULL };
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (renderer != NULL)
    env = g_environ_setenv (env, "GSK_RENDERER", renderer, TRUE);
  if (!g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s: the %s run failed: %s\n", program, mode, error->message);
      return NULL;
    }
  return g_strconcat (" ", out, NULL);
}

double
bench_field (const char *line,
             const char *name)
{
  g_autofree char *key = g_strdup_printf (" %s=", name);
  const char *at = strstr (line, key);

  return at != NULL ? g_ascii_strtod (at + strlen (key), NULL) : 0;
}
