/* test-merge.c: merging a workshop from another laptop: matching, conflicts, undo, repeats
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-test-util.h"

#include <string.h>

#include "io/cg-io.h"
#include "model/cg-merge.h"

/* An independent copy of @workshop (same ids), as another laptop would have it. */
static CgWorkshop *
copy_workshop (CgWorkshop *workshop)
{
  g_autoptr(GBytes) bytes = cg_workshop_save_to_bytes (workshop);
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  CgWorkshop *copy = cg_workshop_load_from_data (data, length, "copy.cgw", &error);

  g_assert_no_error (error);
  return copy;
}

static CgIdea *
add_idea (CgWorkshop *workshop,
          const char *text,
          CgEvent    *event,
          CgTheme    *theme,
          CgVoice    *voice)
{
  CgIdea *idea = cg_idea_new (text);

  cg_idea_set_event (idea, event);
  cg_idea_set_theme (idea, theme);
  cg_idea_set_voice (idea, voice);
  return cg_test_add (workshop, idea);
}

static CgIdea *
lookup_idea (CgWorkshop *workshop,
             CgIdea     *idea)
{
  CgObject *found = cg_workshop_lookup (workshop, cg_object_get_id (CG_OBJECT (idea)));

  g_assert_true (CG_IS_IDEA (found));
  return CG_IDEA (found);
}

static CgEvent *
lookup_event (CgWorkshop *workshop,
              CgEvent    *event)
{
  return CG_EVENT (cg_workshop_lookup (workshop, cg_object_get_id (CG_OBJECT (event))));
}

static char *
folded (const char *name)
{
  return name != NULL ? g_utf8_casefold (name, -1) : g_strdup ("");
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Sorted lines of "text|theme|voice|votes|review|id": what the workshop says, whatever the
 * ids. */
static char *
describe_content (CgWorkshop *workshop)
{
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  guint n_items = g_list_model_get_n_items (ideas);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
      CgTheme *theme = cg_idea_get_theme (idea);
      CgVoice *voice = cg_idea_get_voice (idea);
      g_autofree char *theme_name = folded (theme ? cg_theme_get_name (theme) : NULL);
      g_autofree char *voice_name = folded (voice ? cg_voice_get_name (voice) : NULL);

      g_ptr_array_add (lines, g_strdup_printf ("%s|%s|%s|%u|%s|%s", cg_idea_get_text (idea),
                                               theme_name, voice_name,
                                               cg_idea_get_total_votes (idea),
                                               cg_idea_get_needs_review (idea) ? "review" : "",
                                               cg_object_get_id (CG_OBJECT (idea))));
    }
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

/* The idea of @workshop holding @text (borrowed), which must be there. */
static CgIdea *
idea_with_text (CgWorkshop *workshop,
                const char *text)
{
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  CgIdea *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      if (g_str_equal (cg_idea_get_text (idea), text))
        found = idea;
    }
  g_assert_nonnull (found);
  return found;
}

static guint
count_flagged (CgWorkshop *workshop)
{
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  guint n_flagged = 0;

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      n_flagged += cg_idea_get_needs_review (idea) ? 1 : 0;
    }
  return n_flagged;
}

/* The facilitator looks at every flagged idea and clears its flag. */
static void
review_all (CgWorkshop *workshop)
{
  GListModel *ideas = cg_workshop_get_ideas (workshop);

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      cg_idea_set_needs_review (idea, FALSE);
    }
}

static void
merge_quietly (CgWorkshop *into,
               CgWorkshop *from)
{
  g_autoptr(CgMergeReport) report = cg_workshop_merge (into, from);
}

static void
test_disjoint (void)
{
  g_autoptr(CgWorkshop) into = cg_workshop_new ("Mine");
  g_autoptr(CgWorkshop) from = cg_workshop_new ("Theirs");
  CgEvent *march = cg_test_add (into, cg_event_new ("March workshop"));
  CgTheme *access = cg_test_add (into, cg_theme_new ("Access", NULL));
  CgEvent *april = cg_test_add (from, cg_event_new ("April workshop"));
  CgTheme *housing = cg_test_add (from, cg_theme_new ("Housing", NULL));
  CgVoice *staff = cg_test_add (from, cg_voice_new ("Staff", NULL));
  CgIdea *theirs;
  CgIdea *copied;
  g_autoptr(CgMergeReport) report = NULL;
  CgHistory *history = cg_workshop_get_history (into);

  add_idea (into, "Evening sessions", march, access, NULL);
  theirs = add_idea (from, "A named contact", april, housing, staff);
  cg_idea_set_votes (theirs, april, 4);
  cg_history_clear (history);

  report = cg_workshop_merge (into, from);
  g_assert_cmpuint (cg_merge_report_get_n_added (report, CG_MERGE_IDEAS), ==, 1);
  g_assert_cmpuint (cg_merge_report_get_n_added (report, CG_MERGE_EVENTS), ==, 1);
  g_assert_cmpuint (cg_merge_report_get_n_added (report, CG_MERGE_THEMES), ==, 1);
  g_assert_cmpuint (cg_merge_report_get_n_added (report, CG_MERGE_VOICES), ==, 1);
  g_assert_cmpuint (cg_merge_report_get_n_matched (report, CG_MERGE_THEMES), ==, 0);
  g_assert_cmpuint (cg_merge_report_get_n_conflicts (report), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (into)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (into)), ==, 2);

  /* the copy keeps its id and points at objects of @into, not of @from */
  copied = lookup_idea (into, theirs);
  g_assert_true (copied != theirs);
  g_assert_true (cg_idea_get_theme (copied) != housing);
  g_assert_true (cg_idea_get_theme (copied) ==
                 (gpointer) cg_workshop_lookup (into, cg_object_get_id (CG_OBJECT (housing))));
  g_assert_true (cg_idea_get_voice (copied) ==
                 (gpointer) cg_workshop_lookup (into, cg_object_get_id (CG_OBJECT (staff))));
  g_assert_cmpuint (cg_idea_get_votes (copied, cg_idea_get_event (copied)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (from)), ==, 1);

  /* one step */
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (cg_history_get_undo_label (history), ==, "Merge workshop");
  g_assert_true (cg_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (into)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_events (into)), ==, 1);
}

/* The report says which laptops the new ideas came from (the names given on the Share page). */
static void
test_report_names_laptops (void)
{
  g_autoptr(CgWorkshop) into = cg_workshop_new ("Mine");
  g_autoptr(CgWorkshop) from = cg_workshop_new ("Theirs");
  CgEvent *march = cg_test_add (from, cg_event_new ("March workshop"));
  g_autoptr(CgMergeReport) report = NULL;
  g_autofree char *said = NULL;

  cg_idea_set_laptop (add_idea (from, "Evening sessions", march, NULL, NULL), "Table 3");
  cg_idea_set_laptop (add_idea (from, "A named contact", march, NULL, NULL), "Table 2");
  cg_idea_set_laptop (add_idea (from, "Peer workers", march, NULL, NULL), "Table 2");
  add_idea (from, "No laptop recorded", march, NULL, NULL);

  report = cg_workshop_merge (into, from);
  said = cg_merge_report_describe (report);
  g_assert_cmpstr (said, ==, "Added 4 ideas, 1 event; new ideas from Table 2 (2), Table 3 (1).");
}

static void
test_match_by_name (void)
{
  g_autoptr(CgWorkshop) into = cg_workshop_new ("Mine");
  g_autoptr(CgWorkshop) from = cg_workshop_new ("Theirs");
  CgEvent *march = cg_test_add (into, cg_event_new ("March workshop"));
  CgTheme *access = cg_test_add (into, cg_theme_new ("Access", NULL));
  CgVoice *carers = cg_test_add (into, cg_voice_new ("Carers", NULL));
  CgEvent *their_march = cg_test_add (from, cg_event_new ("  MARCH Workshop "));
  CgTheme *their_access = cg_test_add (from, cg_theme_new ("access ", NULL));
  CgVoice *their_carers = cg_test_add (from, cg_voice_new ("carers", NULL));
  CgIdea *theirs;
  CgIdea *copied;
  g_autoptr(CgMergeReport) report = NULL;

  cg_voice_set_attendance (carers, march, 3);
  cg_voice_set_attendance (their_carers, their_march, 5);
  theirs = add_idea (from, "Peer support after discharge", their_march, their_access,
                     their_carers);
  cg_idea_set_votes (theirs, their_march, 6);

  report = cg_workshop_merge (into, from);
  g_assert_cmpuint (cg_merge_report_get_n_matched (report, CG_MERGE_EVENTS), ==, 1);
  g_assert_cmpuint (cg_merge_report_get_n_matched (report, CG_MERGE_THEMES), ==, 1);
  g_assert_cmpuint (cg_merge_report_get_n_matched (report, CG_MERGE_VOICES), ==, 1);
  g_assert_cmpuint (cg_merge_report_get_n_added (report, CG_MERGE_THEMES), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_events (into)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (into)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_voices (into)), ==, 1);
  g_assert_null (cg_workshop_lookup (into, cg_object_get_id (CG_OBJECT (their_access))));

  /* references remapped to the objects that were already there */
  copied = lookup_idea (into, theirs);
  g_assert_true (cg_idea_get_event (copied) == march);
  g_assert_true (cg_idea_get_theme (copied) == access);
  g_assert_true (cg_idea_get_voice (copied) == carers);
  g_assert_cmpuint (cg_idea_get_votes (copied, march), ==, 6);
  /* attendance takes the larger count */
  g_assert_cmpuint (cg_voice_get_attendance (carers, march), ==, 5);
}

/* A shared starting point, copied to two laptops that then differ in one idea's text. */
typedef struct
{
  CgWorkshop *a;       /* "Longer appointments, please"; 3 votes for "Text reminders" */
  CgWorkshop *b;       /* "Longer first appointments"; 5 votes for "Text reminders" */
  CgIdea     *shared;  /* the idea as it was before: look it up in @a or @b */
} Pair;

static void
pair_set_up (Pair          *pair,
             gconstpointer  data)
{
  g_autoptr(CgWorkshop) base = cg_workshop_new ("Series");
  CgEvent *march = cg_test_add (base, cg_event_new ("March workshop"));
  CgTheme *access = cg_test_add (base, cg_theme_new ("Access", NULL));
  CgIdea *shared = add_idea (base, "Longer appointments", march, access, NULL);
  CgIdea *voted = add_idea (base, "Text reminders", march, access, NULL);

  cg_idea_set_votes (voted, march, 1);
  pair->a = copy_workshop (base);
  pair->b = copy_workshop (base);
  pair->shared = g_object_ref (shared);

  cg_idea_set_text (lookup_idea (pair->a, shared), "Longer appointments, please");
  cg_idea_set_text (lookup_idea (pair->b, shared), "Longer first appointments");
  cg_idea_set_votes (lookup_idea (pair->a, voted), lookup_event (pair->a, march), 3);
  cg_idea_set_votes (lookup_idea (pair->b, voted), lookup_event (pair->b, march), 5);
  cg_history_clear (cg_workshop_get_history (pair->a));
  cg_history_clear (cg_workshop_get_history (pair->b));
}

static void
pair_tear_down (Pair          *pair,
                gconstpointer  data)
{
  g_clear_object (&pair->a);
  g_clear_object (&pair->b);
  g_clear_object (&pair->shared);
}

static void
assert_same_content (CgWorkshop *x,
                     CgWorkshop *y)
{
  g_autofree char *content_x = describe_content (x);
  g_autofree char *content_y = describe_content (y);

  g_assert_cmpstr (content_x, ==, content_y);
}

/* Merges @b into a copy of @a and @a into a copy of @b; both must give the same content after
 * @n_conflicts new conflicts. Returns the first. */
static CgWorkshop *
merge_both_ways (CgWorkshop *a,
                 CgWorkshop *b,
                 guint       n_conflicts)
{
  CgWorkshop *a_then_b = copy_workshop (a);
  g_autoptr(CgWorkshop) b_then_a = copy_workshop (b);
  g_autoptr(CgMergeReport) one = cg_workshop_merge (a_then_b, b);
  g_autoptr(CgMergeReport) other = cg_workshop_merge (b_then_a, a);

  g_assert_cmpuint (cg_merge_report_get_n_conflicts (one), ==, n_conflicts);
  g_assert_cmpuint (cg_merge_report_get_n_conflicts (other), ==, n_conflicts);
  assert_same_content (a_then_b, b_then_a);
  return a_then_b;
}

static void
test_conflict_keeps_both_and_undoes (Pair          *pair,
                                     gconstpointer  data)
{
  const char *id = cg_object_get_id (CG_OBJECT (pair->shared));
  CgHistory *history = cg_workshop_get_history (pair->a);
  g_autofree char *before = cg_test_save_to_string (pair->a);
  g_autoptr(CgMergeReport) report = NULL;
  g_autofree char *after = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *undone = NULL;
  const char * const *conflict_ids;
  CgIdea *kept;
  CgIdea *copy;

  report = cg_workshop_merge (pair->a, pair->b);
  g_assert_cmpuint (cg_merge_report_get_n_conflicts (report), ==, 1);
  g_assert_cmpuint (cg_merge_report_get_n_added (report, CG_MERGE_IDEAS), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (pair->a)), ==, 3);

  /* both versions are there; the one that sorts first keeps the id */
  kept = lookup_idea (pair->a, pair->shared);
  g_assert_cmpstr (cg_idea_get_text (kept), ==, "Longer appointments, please");
  copy = idea_with_text (pair->a, "Longer first appointments");
  g_assert_cmpstr (cg_idea_get_carried_from (copy), ==, id);
  g_assert_true (cg_idea_get_theme (copy) == cg_idea_get_theme (kept));
  conflict_ids = cg_merge_report_get_conflict_ids (report);
  g_assert_cmpuint (g_strv_length ((char **) conflict_ids), ==, 2);
  g_assert_true (g_strv_contains (conflict_ids, id));
  g_assert_true (g_strv_contains (conflict_ids, cg_object_get_id (CG_OBJECT (copy))));

  /* both versions, and only they, are flagged for the facilitator */
  g_assert_true (cg_idea_get_needs_review (kept));
  g_assert_true (cg_idea_get_needs_review (copy));
  g_assert_false (cg_idea_get_needs_review (idea_with_text (pair->a, "Text reminders")));
  g_assert_cmpuint (count_flagged (pair->a), ==, 2);

  /* votes: the larger count (a 3, b 5), not the sum */
  g_assert_cmpuint (cg_idea_get_total_votes (idea_with_text (pair->a, "Text reminders")), ==, 5);

  /* one step, flags and all */
  after = cg_test_save_to_string (pair->a);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 1);
  g_assert_true (cg_history_undo (history));
  undone = cg_test_save_to_string (pair->a);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (cg_history_redo (history));
  redone = cg_test_save_to_string (pair->a);
  g_assert_cmpstr (redone, ==, after);
}

static void
test_conflict_replaces_into_version (Pair          *pair,
                                     gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (pair->b);
  g_autofree char *before = cg_test_save_to_string (pair->b);
  g_autoptr(CgMergeReport) report = NULL;
  g_autofree char *undone = NULL;

  /* here @into's text sorts last, so @from's version takes the id and @into's is the copy */
  report = cg_workshop_merge (pair->b, pair->a);
  g_assert_cmpuint (cg_merge_report_get_n_conflicts (report), ==, 1);
  g_assert_cmpstr (cg_idea_get_text (lookup_idea (pair->b, pair->shared)), ==,
                   "Longer appointments, please");
  g_assert_true (cg_idea_get_needs_review (lookup_idea (pair->b, pair->shared)));
  g_assert_true (cg_idea_get_needs_review (idea_with_text (pair->b, "Longer first appointments")));
  g_assert_cmpuint (count_flagged (pair->b), ==, 2);
  g_assert_true (cg_history_undo (history));
  undone = cg_test_save_to_string (pair->b);
  g_assert_cmpstr (undone, ==, before);
}

/* A merge that added nothing and met no new conflict. */
static void
assert_nothing_new (const CgMergeReport *report)
{
  for (CgMergeKind kind = CG_MERGE_EVENTS; kind < CG_MERGE_N_KINDS; kind++)
    g_assert_cmpuint (cg_merge_report_get_n_added (report, kind), ==, 0);
  g_assert_cmpuint (cg_merge_report_get_n_conflicts (report), ==, 0);
}

static void
test_idempotent (Pair          *pair,
                 gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (pair->a);
  g_autoptr(CgMergeReport) first = NULL;
  g_autoptr(CgMergeReport) second = NULL;
  g_autofree char *once = NULL;
  g_autofree char *twice = NULL;

  cg_test_add (pair->b, cg_theme_new ("Housing", NULL));
  cg_test_add (pair->b, cg_voice_new ("Staff", NULL));
  add_idea (pair->b, "Somewhere quiet to wait", NULL, NULL, NULL);

  first = cg_workshop_merge (pair->a, pair->b);
  g_assert_cmpuint (cg_merge_report_get_n_added (first, CG_MERGE_IDEAS), ==, 1);
  once = cg_test_save_to_string (pair->a);

  second = cg_workshop_merge (pair->a, pair->b);
  assert_nothing_new (second);
  g_assert_cmpuint (cg_merge_report_get_n_matched (second, CG_MERGE_IDEAS), ==, 3);
  twice = cg_test_save_to_string (pair->a);
  g_assert_cmpstr (twice, ==, once);
  /* nothing changed, so no undo step either */
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 1);
}

static void
test_order_independent (Pair          *pair,
                        gconstpointer  data)
{
  g_autoptr(CgWorkshop) merged = NULL;
  g_autofree char *content = NULL;
  CgTheme *hope;

  /* the same theme made on both laptops under different ids */
  add_idea (pair->a, "Recovery college courses", NULL,
            cg_test_add (pair->a, cg_theme_new ("Hope", NULL)), NULL);
  hope = cg_test_add (pair->b, cg_theme_new ("hope", NULL));
  add_idea (pair->b, "Peer mentors", NULL, hope,
            cg_test_add (pair->b, cg_voice_new ("Lived experience", NULL)));

  merged = merge_both_ways (pair->a, pair->b, 1);
  content = describe_content (merged);
  /* and it holds what both had: 2 shared + 1 conflict copy + 1 from each side */
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (merged)), ==, 5);
  g_assert_nonnull (strstr (content, "Text reminders|access||5||"));
  g_assert_nonnull (strstr (content, "Longer first appointments|access||0|review|"));
  g_assert_nonnull (strstr (content, "Longer appointments, please|access||0|review|"));
  g_assert_cmpuint (count_flagged (merged), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (merged)), ==, 2);
}

/* A conflict met on a third laptop, and reviewed on one of the two: merging the two either way
 * round gives the same flags; the review stands and the new conflict is flagged. */
static void
test_flags_order_independent (void)
{
  g_autoptr(CgWorkshop) base = cg_workshop_new ("Series");
  CgIdea *waits = add_idea (base, "Shorter waits", NULL, NULL, NULL);
  CgIdea *reminders = add_idea (base, "Text reminders", NULL, NULL, NULL);
  g_autoptr(CgWorkshop) a = copy_workshop (base);
  g_autoptr(CgWorkshop) b = copy_workshop (base);
  g_autoptr(CgWorkshop) c = copy_workshop (base);
  g_autoptr(CgWorkshop) merged = NULL;

  /* both laptops took in c, each having changed the same words otherwise; only a's facilitator
   * has looked at the result */
  cg_idea_set_text (lookup_idea (c, reminders), "Text reminders the day before");
  cg_idea_set_text (lookup_idea (a, reminders), "Text reminders, and a call");
  cg_idea_set_text (lookup_idea (b, reminders), "Text reminders, and a call");
  merge_quietly (a, c);
  merge_quietly (b, c);
  g_assert_cmpuint (count_flagged (a), ==, 2);
  g_assert_cmpuint (count_flagged (b), ==, 2);
  review_all (a);

  cg_idea_set_text (lookup_idea (a, waits), "Shorter waits for a first talk");
  cg_idea_set_text (lookup_idea (b, waits), "Shorter waits, and a call back");

  merged = merge_both_ways (a, b, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (merged)), ==, 4);
  g_assert_cmpuint (count_flagged (merged), ==, 2);
  g_assert_true (cg_idea_get_needs_review (idea_with_text (merged,
                                                           "Shorter waits for a first talk")));
  g_assert_true (cg_idea_get_needs_review (idea_with_text (merged,
                                                           "Shorter waits, and a call back")));
}

/* Two laptops merge each other's file; the facilitator reviews the conflict on one. Merging
 * either file again brings no flag back, and the review reaches the other laptop. */
static void
test_cleared_stays_cleared (Pair          *pair,
                            gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (pair->a);
  g_autoptr(CgWorkshop) b_synced = NULL;
  g_autoptr(CgMergeReport) back = NULL;
  g_autoptr(CgMergeReport) again = NULL;
  g_autoptr(CgMergeReport) from_synced = NULL;
  g_autofree char *reviewed = NULL;
  g_autofree char *after = NULL;
  guint n_undo;

  merge_quietly (pair->a, pair->b);
  g_assert_cmpuint (count_flagged (pair->a), ==, 2);

  /* b takes in a's file: the pair a already holds is not a new conflict, but still flagged */
  b_synced = copy_workshop (pair->b);
  back = cg_workshop_merge (b_synced, pair->a);
  g_assert_cmpuint (cg_merge_report_get_n_conflicts (back), ==, 0);
  g_assert_cmpuint (count_flagged (b_synced), ==, 2);

  review_all (pair->a);
  g_assert_cmpuint (count_flagged (pair->a), ==, 0);
  reviewed = cg_test_save_to_string (pair->a);
  n_undo = cg_history_get_n_undo (history);

  again = cg_workshop_merge (pair->a, pair->b);
  from_synced = cg_workshop_merge (pair->a, b_synced);
  assert_nothing_new (again);
  assert_nothing_new (from_synced);
  after = cg_test_save_to_string (pair->a);
  g_assert_cmpstr (after, ==, reviewed);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, n_undo);

  merge_quietly (b_synced, pair->a);
  g_assert_cmpuint (count_flagged (b_synced), ==, 0);
  assert_same_content (pair->a, b_synced);
}

/* After a review, a version not seen before is a new conflict: flagged, with the idea it
 * conflicts with; the copy already reviewed stays as it was. */
static void
test_new_conflict_flags_again (Pair          *pair,
                               gconstpointer  data)
{
  g_autoptr(CgMergeReport) report = NULL;

  merge_quietly (pair->a, pair->b);
  review_all (pair->a);

  cg_idea_set_text (lookup_idea (pair->b, pair->shared), "Longer appointments for carers too");
  report = cg_workshop_merge (pair->a, pair->b);
  g_assert_cmpuint (cg_merge_report_get_n_conflicts (report), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (pair->a)), ==, 4);
  g_assert_cmpuint (count_flagged (pair->a), ==, 2);
  g_assert_true (cg_idea_get_needs_review (lookup_idea (pair->a, pair->shared)));
  g_assert_true (cg_idea_get_needs_review (idea_with_text (pair->a,
                                                           "Longer appointments, please")));
  g_assert_false (cg_idea_get_needs_review (idea_with_text (pair->a,
                                                            "Longer first appointments")));
}

/* Two versions that differ only in the flag are one idea, not a conflict; the flag is kept. */
static void
test_flag_is_not_content (void)
{
  g_autoptr(CgWorkshop) base = cg_workshop_new ("Series");
  CgIdea *idea = add_idea (base, "A named contact", NULL, NULL, NULL);
  g_autoptr(CgWorkshop) a = copy_workshop (base);
  g_autoptr(CgWorkshop) b = copy_workshop (base);
  g_autoptr(CgWorkshop) merged = NULL;
  g_autoptr(CgMergeReport) report = NULL;

  cg_idea_set_needs_review (lookup_idea (b, idea), TRUE);
  merged = merge_both_ways (a, b, 0);
  g_assert_true (cg_idea_get_needs_review (lookup_idea (merged, idea)));

  report = cg_workshop_merge (a, b);
  g_assert_cmpuint (cg_merge_report_get_n_matched (report, CG_MERGE_IDEAS), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (a)), ==, 1);
  g_assert_true (cg_idea_get_needs_review (lookup_idea (a, idea)));
}

static CgWorkshop *
load_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  CgWorkshop *workshop = cg_workshop_load_from_data (text, strlen (text), "hand.cgw", &error);

  g_assert_no_error (error);
  return workshop;
}

/* Hand-written files can give an idea the id of a theme in the other file: the idea's copy gets
 * an id of its own, the same at every merge, and what pointed at it (an idea carried from it,
 * an action's ideas) follows; merging again adds nothing. */
static void
test_id_of_another_kind (void)
{
  g_autoptr(CgWorkshop) into = load_text (
    "<workshop xmlns='urn:commonground:workshop:1' version='1.0' id='w'><title>A</title>"
    "<themes><theme id='x' colour='#c061cb'><name>Hope</name></theme></themes></workshop>");
  g_autoptr(CgWorkshop) from = load_text (
    "<workshop xmlns='urn:commonground:workshop:1' version='1.0' id='w'><title>B</title><ideas>"
    "<idea id='x' created='2026-03-12T10:00:00Z'><text>One</text></idea>"
    "<idea id='y' carried-from='x' created='2026-03-12T10:00:00Z'><text>Two</text></idea>"
    "</ideas><actions><action id='a'><area>a</area><what>b</what><idea ref='x'/></action>"
    "</actions></workshop>");
  g_autoptr(CgMergeReport) first = cg_workshop_merge (into, from);
  g_autoptr(CgMergeReport) again = NULL;
  g_autofree char *before = cg_test_save_to_string (into);
  g_autofree char *after = NULL;
  CgObject *two = cg_workshop_lookup (into, "y");
  CgObject *action = cg_workshop_lookup (into, "a");
  CgObject *one;
  g_auto(GStrv) idea_ids = NULL;

  g_assert_true (CG_IS_THEME (cg_workshop_lookup (into, "x")));
  g_assert_true (CG_IS_IDEA (two) && CG_IS_ACTION (action));
  one = cg_workshop_lookup (into, cg_idea_get_carried_from (CG_IDEA (two)));
  g_assert_true (CG_IS_IDEA (one));
  g_assert_cmpstr (cg_idea_get_text (CG_IDEA (one)), ==, "One");
  g_object_get (action, "idea-ids", &idea_ids, NULL);
  g_assert_cmpuint (g_strv_length (idea_ids), ==, 1);
  g_assert_cmpstr (idea_ids[0], ==, cg_object_get_id (one));

  again = cg_workshop_merge (into, from);
  after = cg_test_save_to_string (into);
  g_assert_cmpstr (after, ==, before);
}

static gboolean
unchanged_cb (CgIdea   *idea,
              gpointer  data)
{
  return g_strcmp0 (cg_object_get_id (CG_OBJECT (idea)), data) == 0;
}

/* Merging another laptop's edits: the idea this workshop has not changed since their common
 * version takes the other's edit, in one undo step, with no conflict copy and no flag; one the
 * callback says was changed here too is a conflict as always. */
static void
test_edits_taken (Pair          *pair,
                  gconstpointer  data)
{
  const char *id = cg_object_get_id (CG_OBJECT (pair->shared));
  CgHistory *history = cg_workshop_get_history (pair->a);
  g_autoptr(CgWorkshop) other = copy_workshop (pair->a);
  g_autoptr(CgMergeReport) taken = NULL;
  g_autoptr(CgMergeReport) conflict = NULL;
  CgIdea *idea = lookup_idea (pair->a, pair->shared);

  taken = cg_workshop_merge_edits (pair->a, pair->b, unchanged_cb, (gpointer) id);
  g_assert_cmpuint (cg_merge_report_get_n_conflicts (taken), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (pair->a)), ==, 2);
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "Longer first appointments");
  g_assert_false (cg_idea_get_needs_review (idea));
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 1);
  g_assert_true (cg_history_undo (history));
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "Longer appointments, please");

  conflict = cg_workshop_merge_edits (other, pair->b, unchanged_cb, (gpointer) "another idea");
  g_assert_cmpuint (cg_merge_report_get_n_conflicts (conflict), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (other)), ==, 3);
}

static void
test_report_text (void)
{
  g_autoptr(CgWorkshop) base = cg_workshop_new ("Series");
  g_autoptr(CgWorkshop) a = NULL;
  g_autoptr(CgWorkshop) b = NULL;
  g_autoptr(CgMergeReport) report = NULL;
  g_autoptr(CgMergeReport) empty = NULL;
  g_autoptr(CgWorkshop) nothing = cg_workshop_new ("Nothing");
  g_autofree char *text = NULL;
  g_autofree char *empty_text = NULL;
  CgIdea *shared = add_idea (base, "Shorter waits", NULL, NULL, NULL);

  a = copy_workshop (base);
  b = copy_workshop (base);
  cg_test_add (a, cg_voice_new ("Carers", NULL));
  cg_test_add (b, cg_voice_new ("carers", NULL));
  cg_test_add (b, cg_theme_new ("Hope", NULL));
  add_idea (b, "One", NULL, NULL, NULL);
  add_idea (b, "Two", NULL, NULL, NULL);
  cg_idea_set_text (lookup_idea (b, shared), "Shorter waits for a first talk");
  cg_idea_set_text (lookup_idea (a, shared), "Shorter waits, and a call back");

  report = cg_workshop_merge (a, b);
  text = cg_merge_report_describe (report);
  g_assert_cmpstr (text, ==,
                   "Added 2 ideas, 1 theme; matched 1 voice; "
                   "1 idea conflicted and was kept both ways.");

  empty = cg_workshop_merge (a, nothing);
  empty_text = cg_merge_report_describe (empty);
  g_assert_cmpstr (empty_text, ==, "The other workshop was empty: nothing to merge.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/merge/disjoint", test_disjoint);
  g_test_add_func ("/model/merge/report-names-laptops", test_report_names_laptops);
  g_test_add_func ("/model/merge/match-by-name", test_match_by_name);
  g_test_add ("/model/merge/conflict-keeps-both-and-undoes", Pair, NULL,
              pair_set_up, test_conflict_keeps_both_and_undoes, pair_tear_down);
  g_test_add ("/model/merge/conflict-replaces-into-version", Pair, NULL,
              pair_set_up, test_conflict_replaces_into_version, pair_tear_down);
  g_test_add ("/model/merge/idempotent", Pair, NULL,
              pair_set_up, test_idempotent, pair_tear_down);
  g_test_add ("/model/merge/order-independent", Pair, NULL,
              pair_set_up, test_order_independent, pair_tear_down);
  g_test_add_func ("/model/merge/flags-order-independent", test_flags_order_independent);
  g_test_add ("/model/merge/cleared-stays-cleared", Pair, NULL,
              pair_set_up, test_cleared_stays_cleared, pair_tear_down);
  g_test_add ("/model/merge/new-conflict-flags-again", Pair, NULL,
              pair_set_up, test_new_conflict_flags_again, pair_tear_down);
  g_test_add_func ("/model/merge/flag-is-not-content", test_flag_is_not_content);
  g_test_add ("/model/merge/edits-taken", Pair, NULL, pair_set_up, test_edits_taken,
              pair_tear_down);
  g_test_add_func ("/model/merge/report-text", test_report_text);
  g_test_add_func ("/model/merge/id-of-another-kind", test_id_of_another_kind);

  return g_test_run ();
}
