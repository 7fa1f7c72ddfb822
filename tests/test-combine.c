/* test-combine.c: combining duplicate ideas into one card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-test-util.h"

#include "io/cg-io.h"
#include "model/cg-combine.h"

typedef struct
{
  CgWorkshop *workshop;
  CgEvent    *march;
  CgEvent    *april;
  CgIdea     *kept;     /* "Evening sessions", 3 votes at March */
  CgIdea     *second;   /* "Sessions after work", 2 at March, 4 at April, private */
  CgIdea     *third;    /* "Evening sessions" again, 1 at April, beyond the service */
  CgIdea     *carried;  /* at April, carried from @second */
  CgAction   *action;   /* links @second and @third */
} Fixture;

static CgIdea *
add_idea (Fixture    *fixture,
          const char *text,
          CgEvent    *event)
{
  CgIdea *idea = cg_idea_new (text);

  cg_idea_set_event (idea, event);
  return cg_test_add (fixture->workshop, idea);
}

static const char *
id_of (gpointer object)
{
  return cg_object_get_id (CG_OBJECT (object));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *linked[3] = { NULL, NULL, NULL };

  fixture->workshop = cg_workshop_new ("Series");
  fixture->march = cg_test_add (fixture->workshop, cg_event_new ("March workshop"));
  fixture->april = cg_test_add (fixture->workshop, cg_event_new ("April workshop"));
  fixture->kept = add_idea (fixture, "Evening sessions", fixture->march);
  fixture->second = add_idea (fixture, "Sessions after work", fixture->march);
  fixture->third = add_idea (fixture, "Evening sessions", fixture->april);
  fixture->carried = add_idea (fixture, "Sessions after work", fixture->april);
  cg_idea_set_votes (fixture->kept, fixture->march, 3);
  cg_idea_set_votes (fixture->second, fixture->march, 2);
  cg_idea_set_votes (fixture->second, fixture->april, 4);
  cg_idea_set_votes (fixture->third, fixture->april, 1);
  cg_idea_set_private (fixture->second, TRUE);
  cg_idea_set_beyond_service (fixture->third, TRUE);
  cg_idea_set_carried_from (fixture->carried, id_of (fixture->second));

  linked[0] = id_of (fixture->second);
  linked[1] = id_of (fixture->third);
  fixture->action = cg_test_add (fixture->workshop, cg_action_new ("Access", "Open on Thursdays"));
  cg_action_set_idea_ids (fixture->action, linked);
  cg_history_clear (cg_workshop_get_history (fixture->workshop));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->workshop);
}

static CgIdea *
combine_all (Fixture *fixture)
{
  CgIdea *ideas[] = { fixture->kept, fixture->second, fixture->third };

  return cg_workshop_combine_ideas (fixture->workshop, ideas, G_N_ELEMENTS (ideas));
}

static void
test_combines (Fixture       *fixture,
               gconstpointer  data)
{
  GListModel *ideas = cg_workshop_get_ideas (fixture->workshop);
  CgIdea *kept;

  kept = combine_all (fixture);
  g_assert_true (kept == fixture->kept);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, 2);
  g_assert_cmpint (cg_workshop_index_of (fixture->workshop, kept), ==, 0);

  /* votes summed per event */
  g_assert_cmpuint (cg_idea_get_votes (kept, fixture->march), ==, 5);
  g_assert_cmpuint (cg_idea_get_votes (kept, fixture->april), ==, 5);
  g_assert_cmpuint (cg_idea_get_total_votes (kept), ==, 10);

  /* the other text kept, the identical one not repeated */
  g_assert_cmpstr (cg_idea_get_text (kept), ==, "Evening sessions\n\nSessions after work");

  /* never expose a private note; beyond the service when any was */
  g_assert_true (cg_idea_get_private (kept));
  g_assert_true (cg_idea_get_beyond_service (kept));
  /* none was flagged for review */
  g_assert_false (cg_idea_get_needs_review (kept));
}

/* The kept idea needs review when any combined one did; undo gives each its own flag back. */
static void
test_needs_review (Fixture       *fixture,
                   gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (fixture->workshop);

  cg_idea_set_needs_review (fixture->third, TRUE);
  cg_history_clear (history);

  g_assert_true (combine_all (fixture) == fixture->kept);
  g_assert_true (cg_idea_get_needs_review (fixture->kept));

  g_assert_true (cg_history_undo (history));
  g_assert_false (cg_idea_get_needs_review (fixture->kept));
  g_assert_false (cg_idea_get_needs_review (fixture->second));
  g_assert_true (cg_idea_get_needs_review (fixture->third));
}

static void
test_relinks (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *second_id = g_strdup (id_of (fixture->second));
  g_autofree char *third_id = g_strdup (id_of (fixture->third));
  const char * const *ids;

  g_assert_nonnull (combine_all (fixture));

  ids = cg_action_get_idea_ids (fixture->action);
  g_assert_nonnull (ids);
  g_assert_cmpuint (g_strv_length ((char **) ids), ==, 1);
  g_assert_cmpstr (ids[0], ==, id_of (fixture->kept));
  g_assert_false (cg_action_links_idea (fixture->action, second_id));
  g_assert_false (cg_action_links_idea (fixture->action, third_id));

  g_assert_cmpstr (cg_idea_get_carried_from (fixture->carried), ==, id_of (fixture->kept));
  g_assert_null (cg_idea_get_carried_from (fixture->kept));
}

static void
test_kept_carried_from_removed (Fixture       *fixture,
                                gconstpointer  data)
{
  CgIdea *ideas[] = { fixture->carried, fixture->second };

  /* the kept idea was carried from the other: it must not end up carried from itself */
  g_assert_true (cg_workshop_combine_ideas (fixture->workshop, ideas, 2) == fixture->carried);
  g_assert_null (cg_idea_get_carried_from (fixture->carried));
  g_assert_cmpstr (cg_idea_get_text (fixture->carried), ==, "Sessions after work");
  g_assert_cmpuint (cg_idea_get_votes (fixture->carried, fixture->april), ==, 4);
}

static void
test_undo_redo (Fixture       *fixture,
                gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (fixture->workshop);
  g_autofree char *before = cg_test_save_to_string (fixture->workshop);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  g_assert_nonnull (combine_all (fixture));
  after = cg_test_save_to_string (fixture->workshop);
  g_assert_cmpstr (after, !=, before);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (cg_history_get_undo_label (history), ==, "Combine ideas");

  g_assert_true (cg_history_undo (history));
  undone = cg_test_save_to_string (fixture->workshop);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (fixture->workshop)), ==, 4);

  g_assert_true (cg_history_redo (history));
  redone = cg_test_save_to_string (fixture->workshop);
  g_assert_cmpstr (redone, ==, after);
}

static void
test_too_long_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (fixture->workshop);
  g_autofree char *long_text = g_strnfill (CG_IDEA_MAX_TEXT - 10, 'a');
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_undo;

  cg_idea_set_text (fixture->kept, long_text);
  before = cg_test_save_to_string (fixture->workshop);
  n_undo = cg_history_get_n_undo (history);

  g_assert_null (combine_all (fixture));
  after = cg_test_save_to_string (fixture->workshop);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, n_undo);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (fixture->workshop)), ==, 4);
}

static void
test_exactly_full (Fixture       *fixture,
                   gconstpointer  data)
{
  /* 9979 + 2 + 19 ("Sessions after work") is exactly the cap */
  g_autofree char *long_text = g_strnfill (CG_IDEA_MAX_TEXT - 21, 'a');
  CgIdea *ideas[2];

  cg_idea_set_text (fixture->kept, long_text);
  ideas[0] = fixture->kept;
  ideas[1] = fixture->second;
  g_assert_nonnull (cg_workshop_combine_ideas (fixture->workshop, ideas, 2));
  g_assert_cmpuint (g_utf8_strlen (cg_idea_get_text (fixture->kept), -1), ==, CG_IDEA_MAX_TEXT);
}

static void
test_bad_arguments (Fixture       *fixture,
                    gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      CgIdea *ideas[] = { fixture->kept, fixture->second, fixture->kept };

      cg_workshop_combine_ideas (fixture->workshop, ideas, 3);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*");
}

static void
test_bad_arguments_outsider (Fixture       *fixture,
                             gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(CgIdea) outsider = cg_idea_new ("Not here");
      CgIdea *ideas[] = { fixture->kept, outsider };

      cg_workshop_combine_ideas (fixture->workshop, ideas, 2);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*");
}

static void
test_bad_arguments_one (Fixture       *fixture,
                        gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      CgIdea *ideas[] = { fixture->kept };

      cg_workshop_combine_ideas (fixture->workshop, ideas, 1);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/model/combine/combines", Fixture, NULL,
              fixture_set_up, test_combines, fixture_tear_down);
  g_test_add ("/model/combine/needs-review", Fixture, NULL,
              fixture_set_up, test_needs_review, fixture_tear_down);
  g_test_add ("/model/combine/relinks", Fixture, NULL,
              fixture_set_up, test_relinks, fixture_tear_down);
  g_test_add ("/model/combine/kept-carried-from-removed", Fixture, NULL,
              fixture_set_up, test_kept_carried_from_removed, fixture_tear_down);
  g_test_add ("/model/combine/undo-redo", Fixture, NULL,
              fixture_set_up, test_undo_redo, fixture_tear_down);
  g_test_add ("/model/combine/too-long-refused", Fixture, NULL,
              fixture_set_up, test_too_long_refused, fixture_tear_down);
  g_test_add ("/model/combine/exactly-full", Fixture, NULL,
              fixture_set_up, test_exactly_full, fixture_tear_down);
  g_test_add ("/model/combine/duplicate-refused", Fixture, NULL,
              fixture_set_up, test_bad_arguments, fixture_tear_down);
  g_test_add ("/model/combine/outsider-refused", Fixture, NULL,
              fixture_set_up, test_bad_arguments_outsider, fixture_tear_down);
  g_test_add ("/model/combine/one-refused", Fixture, NULL,
              fixture_set_up, test_bad_arguments_one, fixture_tear_down);

  return g_test_run ();
}
