/* test-carry.c: carrying open ideas forward to the next event, and an idea's history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-test-util.h"

#include "io/cg-io.h"
#include "model/cg-carry.h"

typedef struct
{
  CgWorkshop *workshop;
  CgEvent    *march;
  CgEvent    *april;
  CgTheme    *access;
  CgVoice    *carers;
  CgIdea     *open;       /* open, at March, 5 votes, private */
  CgIdea     *actioned;   /* actioned, at March */
  CgIdea     *parked;     /* parked, at March */
  CgIdea     *question;   /* open question, at March */
  CgIdea     *at_april;   /* open, already at April */
} Fixture;

static CgIdea *
add_idea (Fixture      *fixture,
          const char   *text,
          CgEvent      *event,
          CgIdeaStatus  status)
{
  CgIdea *idea = cg_idea_new (text);

  cg_idea_set_event (idea, event);
  cg_idea_set_theme (idea, fixture->access);
  cg_idea_set_voice (idea, fixture->carers);
  cg_idea_set_status (idea, status);
  return cg_test_add (fixture->workshop, idea);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->workshop = cg_workshop_new ("Series");
  fixture->march = cg_test_add (fixture->workshop, cg_event_new ("March workshop"));
  fixture->april = cg_test_add (fixture->workshop, cg_event_new ("April workshop"));
  fixture->access = cg_test_add (fixture->workshop, cg_theme_new ("Access", NULL));
  fixture->carers = cg_test_add (fixture->workshop, cg_voice_new ("Carers", NULL));
  fixture->open = add_idea (fixture, "Evening sessions", fixture->march, CG_IDEA_STATUS_OPEN);
  fixture->actioned = add_idea (fixture, "Free parking", fixture->march,
                                CG_IDEA_STATUS_ACTIONED);
  fixture->parked = add_idea (fixture, "A new building", fixture->march, CG_IDEA_STATUS_PARKED);
  fixture->question = add_idea (fixture, "Who answers the phone at night?", fixture->march,
                                CG_IDEA_STATUS_OPEN);
  fixture->at_april = add_idea (fixture, "Easy-read letters", fixture->april,
                                CG_IDEA_STATUS_OPEN);
  cg_idea_set_votes (fixture->open, fixture->march, 5);
  cg_idea_set_private (fixture->open, TRUE);
  cg_idea_set_kind (fixture->question, CG_IDEA_KIND_QUESTION);
  cg_history_clear (cg_workshop_get_history (fixture->workshop));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->workshop);
}

/* The idea at @event carried from @original, or NULL. */
static CgIdea *
find_carried (Fixture *fixture,
              CgIdea  *original,
              CgEvent *event)
{
  GListModel *ideas = cg_workshop_get_ideas (fixture->workshop);
  const char *id = cg_object_get_id (CG_OBJECT (original));

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      if (cg_idea_get_event (idea) == event &&
          g_strcmp0 (cg_idea_get_carried_from (idea), id) == 0)
        return idea;  /* the workshop holds it */
    }
  return NULL;
}

static void
test_copies_open_ideas (Fixture       *fixture,
                        gconstpointer  data)
{
  CgIdea *copy;

  g_assert_cmpuint (cg_workshop_carry_forward (fixture->workshop, fixture->march, fixture->april),
                    ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (fixture->workshop)), ==, 7);
  g_assert_null (find_carried (fixture, fixture->actioned, fixture->april));
  g_assert_null (find_carried (fixture, fixture->parked, fixture->april));
  g_assert_null (find_carried (fixture, fixture->at_april, fixture->april));

  copy = find_carried (fixture, fixture->open, fixture->april);
  g_assert_nonnull (copy);
  g_assert_true (copy != fixture->open);
  g_assert_cmpstr (cg_idea_get_text (copy), ==, "Evening sessions");
  g_assert_true (cg_idea_get_theme (copy) == fixture->access);
  g_assert_true (cg_idea_get_voice (copy) == fixture->carers);
  g_assert_cmpuint (cg_idea_get_total_votes (copy), ==, 0);
  g_assert_true (cg_idea_get_private (copy));
  g_assert_cmpint (cg_idea_get_status (copy), ==, CG_IDEA_STATUS_OPEN);

  copy = find_carried (fixture, fixture->question, fixture->april);
  g_assert_nonnull (copy);
  g_assert_cmpint (cg_idea_get_kind (copy), ==, CG_IDEA_KIND_QUESTION);
  /* the originals are untouched */
  g_assert_true (cg_idea_get_event (fixture->open) == fixture->march);
  g_assert_cmpuint (cg_idea_get_votes (fixture->open, fixture->march), ==, 5);
}

static void
test_twice_adds_nothing (Fixture       *fixture,
                         gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (fixture->workshop);

  g_assert_cmpuint (cg_workshop_carry_forward (fixture->workshop, fixture->march, fixture->april),
                    ==, 2);
  g_assert_cmpuint (cg_workshop_carry_forward (fixture->workshop, fixture->march, fixture->april),
                    ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (fixture->workshop)), ==, 7);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 1);

  /* a new open idea at March is carried on the next call, alone */
  add_idea (fixture, "Shorter forms", fixture->march, CG_IDEA_STATUS_OPEN);
  g_assert_cmpuint (cg_workshop_carry_forward (fixture->workshop, fixture->march, fixture->april),
                    ==, 1);
  g_assert_cmpuint (cg_workshop_carry_forward (fixture->workshop, fixture->march, fixture->march),
                    ==, 0);
}

static void
test_undo (Fixture       *fixture,
           gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (fixture->workshop);
  g_autofree char *before = cg_test_save_to_string (fixture->workshop);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  cg_workshop_carry_forward (fixture->workshop, fixture->march, fixture->april);
  after = cg_test_save_to_string (fixture->workshop);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (cg_history_get_undo_label (history), ==, "Carry ideas forward");

  g_assert_true (cg_history_undo (history));
  undone = cg_test_save_to_string (fixture->workshop);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (cg_history_redo (history));
  redone = cg_test_save_to_string (fixture->workshop);
  g_assert_cmpstr (redone, ==, after);
}

static void
test_describe_history (Fixture       *fixture,
                       gconstpointer  data)
{
  CgEvent *may = cg_test_add (fixture->workshop, cg_event_new ("May workshop"));
  CgEvent *untitled = cg_test_add (fixture->workshop, cg_event_new (NULL));
  CgIdea *in_april;
  CgIdea *in_may;
  CgIdea *lonely;
  g_autofree char *original = NULL;
  g_autofree char *april = NULL;
  g_autofree char *may_text = NULL;
  g_autofree char *one_vote = NULL;
  g_autofree char *dangling = NULL;

  cg_workshop_carry_forward (fixture->workshop, fixture->march, fixture->april);
  in_april = find_carried (fixture, fixture->open, fixture->april);
  cg_idea_set_votes (in_april, fixture->april, 2);
  cg_workshop_carry_forward (fixture->workshop, fixture->april, may);
  in_may = find_carried (fixture, in_april, may);
  g_assert_nonnull (in_may);

  original = cg_idea_describe_history (fixture->workshop, fixture->open);
  g_assert_cmpstr (original, ==, "Raised at March workshop, 5 votes");
  april = cg_idea_describe_history (fixture->workshop, in_april);
  g_assert_cmpstr (april, ==, "Raised at March workshop, 7 votes");
  may_text = cg_idea_describe_history (fixture->workshop, in_may);
  g_assert_cmpstr (may_text, ==, "Raised at March workshop, 7 votes");

  lonely = add_idea (fixture, "Somewhere to park", untitled, CG_IDEA_STATUS_OPEN);
  cg_idea_set_votes (lonely, untitled, 1);
  one_vote = cg_idea_describe_history (fixture->workshop, lonely);
  g_assert_cmpstr (one_vote, ==, "Raised at an untitled event, 1 vote");

  /* a merge's conflict copy names its other version, at the same event: not a carry */
  {
    CgIdea *copy = add_idea (fixture, "Evening sessions, twice a week", fixture->march,
                             CG_IDEA_STATUS_OPEN);
    g_autofree char *copy_text = NULL;

    cg_idea_set_carried_from (copy, cg_object_get_id (CG_OBJECT (fixture->open)));
    cg_idea_set_votes (copy, fixture->march, 5);
    g_assert_false (cg_idea_is_carried (fixture->workshop, copy));
    g_assert_true (cg_idea_is_carried (fixture->workshop, in_april));
    g_assert_false (cg_idea_is_carried (fixture->workshop, fixture->open));
    copy_text = cg_idea_describe_history (fixture->workshop, copy);
    g_assert_cmpstr (copy_text, ==, "Raised at March workshop, 5 votes");
  }

  /* a carried-from naming an idea that is gone ends the walk there */
  cg_idea_set_carried_from (lonely, "gone");
  cg_idea_set_event (lonely, fixture->april);
  dangling = cg_idea_describe_history (fixture->workshop, lonely);
  g_assert_cmpstr (dangling, ==, "Raised at April workshop, 1 vote");
}

static void
test_unfinished_actions (Fixture       *fixture,
                         gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (fixture->workshop);
  CgAction *parking = cg_test_add (fixture->workshop, cg_action_new ("Access", "Ask the trust"));
  CgAction *done = cg_test_add (fixture->workshop, cg_action_new ("Access", "Signs"));
  CgIdea *finished = add_idea (fixture, "Better signs", fixture->march, CG_IDEA_STATUS_ACTIONED);
  const char *copy_id;
  guint n_open = 99, n_with_actions = 99, n_actions = 99;
  CgIdea *copy;

  cg_action_set_status (parking, CG_ACTION_STATUS_IN_PROGRESS);
  cg_action_link_idea (parking, cg_object_get_id (CG_OBJECT (fixture->actioned)));
  cg_action_set_status (done, CG_ACTION_STATUS_DONE);
  cg_action_link_idea (done, cg_object_get_id (CG_OBJECT (finished)));
  cg_history_clear (history);

  cg_workshop_count_carry_forward (fixture->workshop, fixture->march, fixture->april,
                                   &n_open, &n_with_actions, &n_actions);
  g_assert_cmpuint (n_open, ==, 2);
  g_assert_cmpuint (n_with_actions, ==, 1);
  g_assert_cmpuint (n_actions, ==, 1);
  /* counting changes nothing */
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 0);

  g_assert_cmpuint (cg_workshop_carry_forward (fixture->workshop, fixture->march, fixture->april),
                    ==, 3);
  /* an idea whose action is done stays where it was */
  g_assert_null (find_carried (fixture, finished, fixture->april));
  copy = find_carried (fixture, fixture->actioned, fixture->april);
  g_assert_nonnull (copy);
  g_assert_cmpint (cg_idea_get_status (copy), ==, CG_IDEA_STATUS_ACTIONED);
  copy_id = cg_object_get_id (CG_OBJECT (copy));
  g_assert_true (cg_action_links_idea (parking, copy_id));
  g_assert_true (cg_action_links_idea (parking, cg_object_get_id (CG_OBJECT (fixture->actioned))));
  g_assert_false (cg_action_links_idea (done, copy_id));

  /* nothing is left to carry, and the link goes with the undo */
  cg_workshop_count_carry_forward (fixture->workshop, fixture->march, fixture->april,
                                   &n_open, &n_with_actions, &n_actions);
  g_assert_cmpuint (n_open + n_with_actions + n_actions, ==, 0);
  g_assert_true (cg_history_undo (history));
  g_assert_cmpuint (g_strv_length ((char **) cg_action_get_idea_ids (parking)), ==, 1);
  g_assert_null (find_carried (fixture, fixture->actioned, fixture->april));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/model/carry/copies-open-ideas", Fixture, NULL,
              fixture_set_up, test_copies_open_ideas, fixture_tear_down);
  g_test_add ("/model/carry/twice-adds-nothing", Fixture, NULL,
              fixture_set_up, test_twice_adds_nothing, fixture_tear_down);
  g_test_add ("/model/carry/undo", Fixture, NULL,
              fixture_set_up, test_undo, fixture_tear_down);
  g_test_add ("/model/carry/describe-history", Fixture, NULL,
              fixture_set_up, test_describe_history, fixture_tear_down);
  g_test_add ("/model/carry/unfinished-actions", Fixture, NULL,
              fixture_set_up, test_unfinished_actions, fixture_tear_down);

  return g_test_run ();
}
