/* test-action-links.c: actions made from ideas, the links between them, and undoing it all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-test-util.h"

#include "model/cg-action-links.h"

typedef struct
{
  CgWorkshop *workshop;
  CgHistory  *history;
  CgTheme    *access;
  CgTheme    *staffing;
  CgIdea     *evenings;  /* Access, open */
  CgIdea     *parking;   /* Access, parked */
  CgIdea     *rota;      /* Staffing, open */
  CgIdea     *unsorted;  /* no theme, open */
  CgAction   *existing;  /* already links evenings */
} Fixture;

static CgIdea *
add_idea (Fixture      *fixture,
          const char   *text,
          CgTheme      *theme,
          CgIdeaStatus  status)
{
  CgIdea *idea = cg_idea_new (text);

  cg_idea_set_theme (idea, theme);
  cg_idea_set_status (idea, status);
  return cg_test_add (fixture->workshop, idea);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->workshop = cg_workshop_new ("Links");
  fixture->history = cg_workshop_get_history (fixture->workshop);
  fixture->access = cg_test_add (fixture->workshop, cg_theme_new ("Access", NULL));
  fixture->staffing = cg_test_add (fixture->workshop, cg_theme_new ("Staffing", NULL));
  fixture->evenings = add_idea (fixture, "Evening sessions", fixture->access, CG_IDEA_STATUS_OPEN);
  fixture->parking = add_idea (fixture, "Free parking", fixture->access, CG_IDEA_STATUS_PARKED);
  fixture->rota = add_idea (fixture, "A fairer rota", fixture->staffing, CG_IDEA_STATUS_OPEN);
  fixture->unsorted = add_idea (fixture, "Tea and biscuits", NULL, CG_IDEA_STATUS_OPEN);
  fixture->existing = cg_test_add (fixture->workshop, cg_action_new ("Access", "Open late"));
  cg_action_link_idea (fixture->existing, cg_object_get_id (CG_OBJECT (fixture->evenings)));
  cg_history_clear (fixture->history);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->workshop);
}

static guint
n_actions (Fixture *fixture)
{
  return g_list_model_get_n_items (cg_workshop_get_actions (fixture->workshop));
}

static void
test_idea_actions (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) none = cg_workshop_dup_idea_actions (fixture->workshop, fixture->rota);
  g_autoptr(GPtrArray) one = cg_workshop_dup_idea_actions (fixture->workshop, fixture->evenings);
  g_autoptr(GPtrArray) two = NULL;
  CgIdea *pair[] = { fixture->rota, fixture->evenings };
  CgAction *added;

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (one->len, ==, 1);
  g_assert_true (g_ptr_array_index (one, 0) == fixture->existing);

  added = cg_workshop_add_action_for_ideas (fixture->workshop, pair, G_N_ELEMENTS (pair));
  two = cg_workshop_dup_idea_actions (fixture->workshop, fixture->evenings);
  /* in plan order: the older action first */
  g_assert_cmpuint (two->len, ==, 2);
  g_assert_true (g_ptr_array_index (two, 0) == fixture->existing);
  g_assert_true (g_ptr_array_index (two, 1) == added);
}

static void
test_shared_theme (Fixture       *fixture,
                   gconstpointer  data)
{
  CgIdea *same[] = { fixture->evenings, fixture->parking };
  CgIdea *mixed[] = { fixture->evenings, fixture->rota };
  CgIdea *with_unsorted[] = { fixture->unsorted, fixture->rota };
  CgAction *action;

  action = cg_workshop_add_action_for_ideas (fixture->workshop, same, G_N_ELEMENTS (same));
  g_assert_true (cg_action_get_theme (action) == fixture->access);
  g_assert_cmpstr (cg_action_get_area (action), ==, "Access");
  g_assert_cmpstr (cg_action_get_action (action), ==, "");
  g_assert_cmpint (cg_action_get_status (action), ==, CG_ACTION_STATUS_PROPOSED);
  g_assert_true (cg_action_links_idea (action, cg_object_get_id (CG_OBJECT (fixture->evenings))));
  g_assert_true (cg_action_links_idea (action, cg_object_get_id (CG_OBJECT (fixture->parking))));
  g_assert_false (cg_action_links_idea (action, cg_object_get_id (CG_OBJECT (fixture->rota))));

  action = cg_workshop_add_action_for_ideas (fixture->workshop, mixed, G_N_ELEMENTS (mixed));
  g_assert_null (cg_action_get_theme (action));
  g_assert_cmpstr (cg_action_get_area (action), ==, "");

  action = cg_workshop_add_action_for_ideas (fixture->workshop, with_unsorted,
                                             G_N_ELEMENTS (with_unsorted));
  g_assert_null (cg_action_get_theme (action));
  g_assert_cmpstr (cg_action_get_area (action), ==, "");

  /* a blank action: nothing linked, at the end of the plan */
  action = cg_workshop_add_action_for_ideas (fixture->workshop, NULL, 0);
  g_assert_null (cg_action_get_theme (action));
  g_assert_cmpuint (g_strv_length ((char **) cg_action_get_idea_ids (action)), ==, 0);
  g_assert_cmpint (cg_workshop_index_of (fixture->workshop, action), ==, 4);
  g_assert_cmpuint (n_actions (fixture), ==, 5);
}

static void
test_undo_redo (Fixture       *fixture,
                gconstpointer  data)
{
  CgIdea *ideas[] = { fixture->evenings, fixture->parking, fixture->rota };
  g_autofree char *before = cg_test_save_to_string (fixture->workshop);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  CgAction *action;

  action = cg_workshop_add_action_for_ideas (fixture->workshop, ideas, G_N_ELEMENTS (ideas));
  g_object_ref (action);
  /* open ideas are now actioned; a parked one stays parked */
  g_assert_cmpint (cg_idea_get_status (fixture->evenings), ==, CG_IDEA_STATUS_ACTIONED);
  g_assert_cmpint (cg_idea_get_status (fixture->rota), ==, CG_IDEA_STATUS_ACTIONED);
  g_assert_cmpint (cg_idea_get_status (fixture->parking), ==, CG_IDEA_STATUS_PARKED);
  g_assert_cmpint (cg_idea_get_status (fixture->unsorted), ==, CG_IDEA_STATUS_OPEN);
  g_assert_cmpuint (cg_history_get_n_undo (fixture->history), ==, 1);
  g_assert_cmpstr (cg_history_get_undo_label (fixture->history), ==, "New action");
  after = cg_test_save_to_string (fixture->workshop);

  /* one undo: the action is gone and every status is back */
  g_assert_true (cg_history_undo (fixture->history));
  g_assert_cmpint (cg_workshop_index_of (fixture->workshop, action), ==, -1);
  g_assert_cmpuint (n_actions (fixture), ==, 1);
  g_assert_cmpint (cg_idea_get_status (fixture->evenings), ==, CG_IDEA_STATUS_OPEN);
  g_assert_cmpint (cg_idea_get_status (fixture->rota), ==, CG_IDEA_STATUS_OPEN);
  g_assert_false (cg_history_get_can_undo (fixture->history));
  undone = cg_test_save_to_string (fixture->workshop);
  g_assert_cmpstr (undone, ==, before);

  g_assert_true (cg_history_redo (fixture->history));
  g_assert_cmpint (cg_workshop_index_of (fixture->workshop, action), ==, 1);
  g_assert_cmpint (cg_idea_get_status (fixture->evenings), ==, CG_IDEA_STATUS_ACTIONED);
  redone = cg_test_save_to_string (fixture->workshop);
  g_assert_cmpstr (redone, ==, after);
  g_object_unref (action);
}

static void
test_removed_idea_unlinks (Fixture       *fixture,
                           gconstpointer  data)
{
  CgIdea *ideas[] = { fixture->evenings, fixture->rota };
  const char *evenings_id = cg_object_get_id (CG_OBJECT (fixture->evenings));
  CgAction *action;
  g_autofree char *two = NULL;
  g_autofree char *one = NULL;
  g_autofree char *back = NULL;

  action = cg_workshop_add_action_for_ideas (fixture->workshop, ideas, G_N_ELEMENTS (ideas));
  two = cg_action_describe_ideas (fixture->workshop, action);
  g_assert_cmpstr (two, ==, "2 ideas");

  cg_workshop_remove (fixture->workshop, fixture->evenings);
  g_assert_false (cg_action_links_idea (action, evenings_id));
  g_assert_false (cg_action_links_idea (fixture->existing, evenings_id));
  g_assert_true (cg_action_links_idea (action, cg_object_get_id (CG_OBJECT (fixture->rota))));
  one = cg_action_describe_ideas (fixture->workshop, action);
  g_assert_cmpstr (one, ==, "1 idea");

  /* undoing the removal links it again */
  g_assert_true (cg_history_undo (fixture->history));
  g_assert_true (cg_action_links_idea (action, evenings_id));
  g_assert_true (cg_action_links_idea (fixture->existing, evenings_id));
  back = cg_action_describe_ideas (fixture->workshop, action);
  g_assert_cmpstr (back, ==, "2 ideas");
}

static void
test_describe_and_unfinished (Fixture       *fixture,
                              gconstpointer  data)
{
  static const char *dangling[] = { "00000000-0000-4000-8000-000000000000", NULL };
  CgAction *blank = cg_workshop_add_action_for_ideas (fixture->workshop, NULL, 0);
  g_autofree char *none = cg_action_describe_ideas (fixture->workshop, blank);
  g_autofree char *missing = NULL;
  struct { CgActionStatus status; gboolean unfinished; } cases[] = {
    { CG_ACTION_STATUS_PROPOSED, TRUE },
    { CG_ACTION_STATUS_AGREED, TRUE },
    { CG_ACTION_STATUS_IN_PROGRESS, TRUE },
    { CG_ACTION_STATUS_DONE, FALSE },
    { CG_ACTION_STATUS_NOT_DOING, FALSE },
  };

  g_assert_cmpstr (none, ==, "No ideas linked");
  /* an id of no idea here (from another laptop, say) is not counted */
  cg_action_set_idea_ids (blank, dangling);
  missing = cg_action_describe_ideas (fixture->workshop, blank);
  g_assert_cmpstr (missing, ==, "No ideas linked");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      cg_action_set_status (blank, cases[i].status);
      g_assert_cmpint (cg_action_is_unfinished (blank), ==, cases[i].unfinished);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/model/action-links/idea-actions", Fixture, NULL,
              fixture_set_up, test_idea_actions, fixture_tear_down);
  g_test_add ("/model/action-links/shared-theme", Fixture, NULL,
              fixture_set_up, test_shared_theme, fixture_tear_down);
  g_test_add ("/model/action-links/undo-redo", Fixture, NULL,
              fixture_set_up, test_undo_redo, fixture_tear_down);
  g_test_add ("/model/action-links/removed-idea-unlinks", Fixture, NULL,
              fixture_set_up, test_removed_idea_unlinks, fixture_tear_down);
  g_test_add ("/model/action-links/describe-and-unfinished", Fixture, NULL,
              fixture_set_up, test_describe_and_unfinished, fixture_tear_down);

  return g_test_run ();
}
