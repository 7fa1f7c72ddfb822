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

/* Sorted lines of "text|theme|voice|votes|id": what the workshop says, whatever the ids. */
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

      g_ptr_array_add (lines, g_strdup_printf ("%s|%s|%s|%u|%s", cg_idea_get_text (idea),
                                               theme_name, voice_name,
                                               cg_idea_get_total_votes (idea),
                                               cg_object_get_id (CG_OBJECT (idea))));
    }
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
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
static void
make_diverged_pair (CgWorkshop **a_out,
                    CgWorkshop **b_out,
                    CgIdea     **shared_out)
{
  g_autoptr(CgWorkshop) base = cg_workshop_new ("Series");
  CgEvent *march = cg_test_add (base, cg_event_new ("March workshop"));
  CgTheme *access = cg_test_add (base, cg_theme_new ("Access", NULL));
  CgIdea *shared = add_idea (base, "Longer appointments", march, access, NULL);
  CgIdea *voted = add_idea (base, "Text reminders", march, access, NULL);
  CgWorkshop *a;
  CgWorkshop *b;

  cg_idea_set_votes (voted, march, 1);
  a = copy_workshop (base);
  b = copy_workshop (base);

  cg_idea_set_text (lookup_idea (a, shared), "Longer appointments, please");
  cg_idea_set_text (lookup_idea (b, shared), "Longer first appointments");
  cg_idea_set_votes (lookup_idea (a, voted), lookup_event (a, march), 3);
  cg_idea_set_votes (lookup_idea (b, voted), lookup_event (b, march), 5);
  cg_history_clear (cg_workshop_get_history (a));
  cg_history_clear (cg_workshop_get_history (b));

  *a_out = a;
  *b_out = b;
  *shared_out = g_object_ref (shared);
}

static void
test_conflict_keeps_both_and_undoes (void)
{
  g_autoptr(CgWorkshop) a = NULL;
  g_autoptr(CgWorkshop) b = NULL;
  g_autoptr(CgIdea) shared = NULL;
  g_autoptr(CgMergeReport) report = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *undone = NULL;
  const char *id;
  const char * const *conflict_ids;
  CgHistory *history;
  CgIdea *kept;
  CgIdea *copy = NULL;
  GListModel *ideas;

  make_diverged_pair (&a, &b, &shared);
  id = cg_object_get_id (CG_OBJECT (shared));
  history = cg_workshop_get_history (a);
  before = cg_test_save_to_string (a);

  report = cg_workshop_merge (a, b);
  g_assert_cmpuint (cg_merge_report_get_n_conflicts (report), ==, 1);
  g_assert_cmpuint (cg_merge_report_get_n_added (report, CG_MERGE_IDEAS), ==, 0);
  ideas = cg_workshop_get_ideas (a);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 3);

  /* both versions are there; the one that sorts first keeps the id */
  kept = lookup_idea (a, shared);
  g_assert_cmpstr (cg_idea_get_text (kept), ==, "Longer appointments, please");
  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      if (g_strcmp0 (cg_idea_get_carried_from (idea), id) == 0)
        copy = idea;
    }
  g_assert_nonnull (copy);
  g_assert_cmpstr (cg_idea_get_text (copy), ==, "Longer first appointments");
  g_assert_true (cg_idea_get_theme (copy) == cg_idea_get_theme (kept));
  conflict_ids = cg_merge_report_get_conflict_ids (report);
  g_assert_cmpuint (g_strv_length ((char **) conflict_ids), ==, 2);
  g_assert_true (g_strv_contains (conflict_ids, id));
  g_assert_true (g_strv_contains (conflict_ids, cg_object_get_id (CG_OBJECT (copy))));

  /* votes: the larger count (a 3, b 5), not the sum */
  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      if (g_str_equal (cg_idea_get_text (idea), "Text reminders"))
        g_assert_cmpuint (cg_idea_get_total_votes (idea), ==, 5);
    }

  after = cg_test_save_to_string (a);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 1);
  g_assert_true (cg_history_undo (history));
  undone = cg_test_save_to_string (a);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (cg_history_redo (history));
  redone = cg_test_save_to_string (a);
  g_assert_cmpstr (redone, ==, after);
}

static void
test_conflict_replaces_into_version (void)
{
  g_autoptr(CgWorkshop) a = NULL;
  g_autoptr(CgWorkshop) b = NULL;
  g_autoptr(CgIdea) shared = NULL;
  g_autoptr(CgMergeReport) report = NULL;
  g_autofree char *before = NULL;
  g_autofree char *undone = NULL;
  CgHistory *history;

  /* here @into's text sorts last, so @from's version takes the id and @into's is the copy */
  make_diverged_pair (&a, &b, &shared);
  history = cg_workshop_get_history (b);
  before = cg_test_save_to_string (b);
  report = cg_workshop_merge (b, a);
  g_assert_cmpuint (cg_merge_report_get_n_conflicts (report), ==, 1);
  g_assert_cmpstr (cg_idea_get_text (lookup_idea (b, shared)), ==, "Longer appointments, please");
  g_assert_true (cg_history_undo (history));
  undone = cg_test_save_to_string (b);
  g_assert_cmpstr (undone, ==, before);
}

static void
test_idempotent (void)
{
  g_autoptr(CgWorkshop) a = NULL;
  g_autoptr(CgWorkshop) b = NULL;
  g_autoptr(CgIdea) shared = NULL;
  g_autoptr(CgMergeReport) first = NULL;
  g_autoptr(CgMergeReport) second = NULL;
  g_autofree char *once = NULL;
  g_autofree char *twice = NULL;
  CgHistory *history;

  make_diverged_pair (&a, &b, &shared);
  cg_test_add (b, cg_theme_new ("Housing", NULL));
  cg_test_add (b, cg_voice_new ("Staff", NULL));
  add_idea (b, "Somewhere quiet to wait", NULL, NULL, NULL);
  history = cg_workshop_get_history (a);

  first = cg_workshop_merge (a, b);
  g_assert_cmpuint (cg_merge_report_get_n_added (first, CG_MERGE_IDEAS), ==, 1);
  once = cg_test_save_to_string (a);

  second = cg_workshop_merge (a, b);
  for (CgMergeKind kind = CG_MERGE_EVENTS; kind < CG_MERGE_N_KINDS; kind++)
    g_assert_cmpuint (cg_merge_report_get_n_added (second, kind), ==, 0);
  g_assert_cmpuint (cg_merge_report_get_n_conflicts (second), ==, 0);
  g_assert_cmpuint (cg_merge_report_get_n_matched (second, CG_MERGE_IDEAS), ==, 3);
  twice = cg_test_save_to_string (a);
  g_assert_cmpstr (twice, ==, once);
  /* nothing changed, so no undo step either */
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 1);
}

static void
test_order_independent (void)
{
  g_autoptr(CgWorkshop) a = NULL;
  g_autoptr(CgWorkshop) b = NULL;
  g_autoptr(CgIdea) shared = NULL;
  g_autoptr(CgWorkshop) a_then_b = NULL;
  g_autoptr(CgWorkshop) b_then_a = NULL;
  g_autoptr(CgMergeReport) one = NULL;
  g_autoptr(CgMergeReport) other = NULL;
  g_autofree char *content_one = NULL;
  g_autofree char *content_other = NULL;
  CgTheme *hope;

  make_diverged_pair (&a, &b, &shared);
  /* the same theme made on both laptops under different ids */
  add_idea (a, "Recovery college courses", NULL, cg_test_add (a, cg_theme_new ("Hope", NULL)), NULL);
  hope = cg_test_add (b, cg_theme_new ("hope", NULL));
  add_idea (b, "Peer mentors", NULL, hope, cg_test_add (b, cg_voice_new ("Lived experience", NULL)));

  a_then_b = copy_workshop (a);
  one = cg_workshop_merge (a_then_b, b);
  b_then_a = copy_workshop (b);
  other = cg_workshop_merge (b_then_a, a);

  content_one = describe_content (a_then_b);
  content_other = describe_content (b_then_a);
  g_assert_cmpstr (content_one, ==, content_other);
  /* and it holds what both had: 2 shared + 1 conflict copy + 1 from each side */
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (a_then_b)), ==, 5);
  g_assert_nonnull (strstr (content_one, "Text reminders|access||5|"));
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (a_then_b)), ==, 2);
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
  g_test_add_func ("/model/merge/match-by-name", test_match_by_name);
  g_test_add_func ("/model/merge/conflict-keeps-both-and-undoes",
                   test_conflict_keeps_both_and_undoes);
  g_test_add_func ("/model/merge/conflict-replaces-into-version",
                   test_conflict_replaces_into_version);
  g_test_add_func ("/model/merge/idempotent", test_idempotent);
  g_test_add_func ("/model/merge/order-independent", test_order_independent);
  g_test_add_func ("/model/merge/report-text", test_report_text);

  return g_test_run ();
}
