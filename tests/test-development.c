/* test-development.c: how each theme developed from event to event, figure by figure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-test-util.h"

#include "model/cg-carry.h"
#include "model/cg-development.h"

typedef struct
{
  CgWorkshop *workshop;
  CgEvent    *march;
  CgEvent    *june;
  CgTheme    *access;
  CgTheme    *peers;
  CgTheme    *empty;
  CgIdea     *evening;   /* Access, March, open, 5 votes; carried to June (6 votes there) */
  CgIdea     *parking;   /* Access, March, actioned, 3 votes */
  CgIdea     *letters;   /* Access, March, open, 2 votes; carried to June, actioned there */
  CgIdea     *workers;   /* Peer roles, March, parked, 1 vote at March and 2 at June */
} Fixture;

static CgIdea *
add_idea (Fixture      *fixture,
          const char   *text,
          CgEvent      *event,
          CgTheme      *theme,
          CgIdeaStatus  status,
          guint         votes)
{
  CgIdea *idea = cg_idea_new (text);

  cg_idea_set_event (idea, event);
  cg_idea_set_theme (idea, theme);
  cg_idea_set_status (idea, status);
  if (event != NULL)
    cg_idea_set_votes (idea, event, votes);
  return cg_test_add (fixture->workshop, idea);
}

/* The idea at June carried from @original. */
static CgIdea *
carried_copy (Fixture *fixture,
              CgIdea  *original)
{
  GListModel *ideas = cg_workshop_get_ideas (fixture->workshop);

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      if (g_strcmp0 (cg_idea_get_carried_from (idea),
                     cg_object_get_id (CG_OBJECT (original))) == 0)
        return idea; /* the workshop holds it */
    }
  g_assert_not_reached ();
}

/* By theme and event:
 *   Access   March: evening (open, 5), parking (actioned, 3), letters (open, 2)
 *            June:  evening carried (open, 6), letters carried (actioned, 4),
 *                   reminders (new, open, 1)
 *   Peers    March: workers (parked, 1; and 2 more at June)
 *            June:  groups (closed, 0)
 *   Unsorted March: night (open); June: night carried (open)
 *   Empty    nothing
 *   and an Access idea at no event, counted nowhere. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  CgIdea *copy;

  fixture->workshop = cg_workshop_new ("Series");
  fixture->march = cg_test_add (fixture->workshop, cg_event_new ("March"));
  fixture->june = cg_test_add (fixture->workshop, cg_event_new ("June"));
  fixture->access = cg_test_add (fixture->workshop, cg_theme_new ("Access", "#332288"));
  fixture->peers = cg_test_add (fixture->workshop, cg_theme_new ("Peer roles", "#cc6677"));
  fixture->empty = cg_test_add (fixture->workshop, cg_theme_new ("Empty", "#117733"));

  fixture->evening = add_idea (fixture, "Evening sessions", fixture->march, fixture->access,
                               CG_IDEA_STATUS_OPEN, 5);
  fixture->parking = add_idea (fixture, "Free parking", fixture->march, fixture->access,
                               CG_IDEA_STATUS_ACTIONED, 3);
  fixture->letters = add_idea (fixture, "Easy-read letters", fixture->march, fixture->access,
                               CG_IDEA_STATUS_OPEN, 2);
  fixture->workers = add_idea (fixture, "Paid peer workers", fixture->march, fixture->peers,
                               CG_IDEA_STATUS_PARKED, 1);
  cg_idea_set_votes (fixture->workers, fixture->june, 2);
  add_idea (fixture, "Who answers at night?", fixture->march, NULL, CG_IDEA_STATUS_OPEN, 0);
  add_idea (fixture, "A leaflet", NULL, fixture->access, CG_IDEA_STATUS_OPEN, 0);

  /* evening, letters and night are open: carried to June */
  g_assert_cmpuint (cg_workshop_carry_forward (fixture->workshop, fixture->march, fixture->june),
                    ==, 3);
  cg_idea_set_votes (carried_copy (fixture, fixture->evening), fixture->june, 6);
  copy = carried_copy (fixture, fixture->letters);
  cg_idea_set_votes (copy, fixture->june, 4);
  cg_idea_set_status (copy, CG_IDEA_STATUS_ACTIONED);

  add_idea (fixture, "Text reminders", fixture->june, fixture->access, CG_IDEA_STATUS_OPEN, 1);
  add_idea (fixture, "Peer-led groups", fixture->june, fixture->peers, CG_IDEA_STATUS_CLOSED, 0);
  cg_history_clear (cg_workshop_get_history (fixture->workshop));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->workshop);
}

static void
assert_figures (CgDevelopment *development,
                CgTheme       *theme,
                guint          column,
                guint          raised,
                guint          carried,
                guint          votes,
                guint          actioned,
                guint          open)
{
  int row = cg_development_find_row (development, theme);
  const CgDevelopmentFigures *figures;

  g_assert_cmpint (row, >=, 0);
  figures = cg_development_get_figures (development, row, column);
  g_assert_cmpuint (figures->raised, ==, raised);
  g_assert_cmpuint (figures->carried, ==, carried);
  g_assert_cmpuint (figures->votes, ==, votes);
  g_assert_cmpuint (figures->actioned, ==, actioned);
  g_assert_cmpuint (figures->open, ==, open);
}

static void
test_table_shape (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CgDevelopment) development = cg_development_new (fixture->workshop);

  g_assert_cmpuint (cg_development_get_n_rows (development), ==, 4);
  g_assert_true (cg_development_get_theme (development, 0) == fixture->access);
  g_assert_true (cg_development_get_theme (development, 1) == fixture->peers);
  g_assert_true (cg_development_get_theme (development, 2) == fixture->empty);
  g_assert_null (cg_development_get_theme (development, 3));
  g_assert_cmpint (cg_development_find_row (development, NULL), ==, 3);
  g_assert_cmpint (cg_development_find_row (development, fixture->peers), ==, 1);

  g_assert_cmpuint (cg_development_get_n_events (development), ==, 2);
  g_assert_true (cg_development_get_event (development, 0) == fixture->march);
  g_assert_true (cg_development_get_event (development, 1) == fixture->june);
}

static void
test_figures (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(CgDevelopment) development = cg_development_new (fixture->workshop);

  /*                                       raised carried votes actioned open */
  assert_figures (development, fixture->access, 0, 3, 0, 10, 1, 2);
  assert_figures (development, fixture->access, 1, 1, 2, 11, 1, 2);
  /* votes at June on an idea raised in March count at June; parked and closed are not open */
  assert_figures (development, fixture->peers, 0, 1, 0, 1, 0, 0);
  assert_figures (development, fixture->peers, 1, 1, 0, 2, 0, 0);
  assert_figures (development, NULL, 0, 1, 0, 0, 0, 1);
  assert_figures (development, NULL, 1, 0, 1, 0, 0, 1);
  assert_figures (development, fixture->empty, 0, 0, 0, 0, 0, 0);
  assert_figures (development, fixture->empty, 1, 0, 0, 0, 0, 0);

  /* the idea at no event is in no column */
  g_assert_cmpuint (cg_development_count_ideas (development, 0), ==, 6);
  g_assert_cmpuint (cg_development_count_ideas (development, 1), ==, 2);
  g_assert_cmpuint (cg_development_count_ideas (development, 2), ==, 0);
  g_assert_cmpuint (cg_development_count_ideas (development, 3), ==, 2);
}

static void
test_describe (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(CgDevelopment) development = cg_development_new (fixture->workshop);
  g_autofree char *access = cg_development_describe (development, 0);
  g_autofree char *peers = cg_development_describe (development, 1);
  g_autofree char *empty = cg_development_describe (development, 2);
  g_autofree char *unsorted = cg_development_describe (development, 3);

  g_assert_cmpstr (access, ==, "March: 3 ideas, 10 votes → June: 1 new, 2 carried, 11 votes");
  g_assert_cmpstr (peers, ==, "March: 1 idea, 1 vote → June: 1 idea, 2 votes");
  g_assert_cmpstr (empty, ==, "No ideas yet");
  g_assert_cmpstr (unsorted, ==, "March: 1 idea, 0 votes → June: 0 new, 1 carried, 0 votes");
}

/* An event where nothing happened is left out of the line; an untitled one gets a name. */
static void
test_describe_gaps (Fixture       *fixture,
                    gconstpointer  data)
{
  CgEvent *july = cg_test_add (fixture->workshop, cg_event_new (""));
  g_autoptr(CgDevelopment) development = NULL;
  g_autofree char *peers = NULL;

  add_idea (fixture, "Peer mentors", july, fixture->peers, CG_IDEA_STATUS_OPEN, 3);
  development = cg_development_new (fixture->workshop);
  peers = cg_development_describe (development, 1);
  g_assert_cmpstr (peers, ==, "March: 1 idea, 1 vote → June: 1 idea, 2 votes → "
                              "Untitled event: 1 idea, 3 votes");
  /* Access has nothing at July */
  g_free (peers);
  peers = cg_development_describe (development, 0);
  g_assert_true (g_str_has_suffix (peers, "June: 1 new, 2 carried, 11 votes"));
}

/* Columns follow the series order; the figures follow the ideas as they change. */
static void
test_follows_workshop (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CgDevelopment) before = cg_development_new (fixture->workshop);
  g_autoptr(CgDevelopment) after = NULL;
  g_autoptr(CgDevelopment) removed = NULL;
  CgHistory *history = cg_workshop_get_history (fixture->workshop);

  /* working it out changes nothing */
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 0);
  g_assert_false (cg_history_get_modified (history));

  cg_workshop_move (fixture->workshop, fixture->june, 0);
  cg_idea_set_status (fixture->evening, CG_IDEA_STATUS_ACTIONED);
  cg_idea_set_theme (fixture->workers, fixture->access);
  after = cg_development_new (fixture->workshop);
  g_assert_true (cg_development_get_event (after, 0) == fixture->june);
  /*                                   raised carried votes actioned open */
  assert_figures (after, fixture->access, 1, 4, 0, 11, 2, 1);
  assert_figures (after, fixture->access, 0, 1, 2, 13, 1, 2);
  assert_figures (after, fixture->peers, 1, 0, 0, 0, 0, 0);
  /* the earlier table is untouched */
  assert_figures (before, fixture->access, 0, 3, 0, 10, 1, 2);

  /* a removed theme's ideas are unsorted */
  cg_workshop_remove (fixture->workshop, fixture->peers);
  removed = cg_development_new (fixture->workshop);
  g_assert_cmpuint (cg_development_get_n_rows (removed), ==, 3);
  g_assert_cmpint (cg_development_find_row (removed, fixture->peers), ==, -1);
  assert_figures (removed, NULL, 0, 1, 1, 0, 0, 1);
  assert_figures (removed, NULL, 1, 1, 0, 0, 0, 1);
}

/* A merge's conflict copy names its other version as carried-from, at the same event: it is a
 * version to review, not an idea carried in. */
static void
test_conflict_copy_not_carried (Fixture       *fixture,
                                gconstpointer  data)
{
  GListModel *ideas = cg_workshop_get_ideas (fixture->workshop);
  g_autoptr(CgIdea) reminders = g_list_model_get_item (ideas, g_list_model_get_n_items (ideas) - 2);
  /* 64 hex digits: the form of id only the merge gives */
  CgIdea *copy = g_object_new (CG_TYPE_IDEA, "id", "0123456789abcdef0123456789abcdef"
                                                   "0123456789abcdef0123456789abcdef", NULL);
  g_autoptr(CgDevelopment) development = NULL;

  g_assert_cmpstr (cg_idea_get_text (reminders), ==, "Text reminders");
  cg_idea_set_text (copy, "Text and email reminders");
  cg_idea_set_event (copy, fixture->june);
  cg_idea_set_theme (copy, fixture->access);
  cg_idea_set_carried_from (copy, cg_object_get_id (CG_OBJECT (reminders)));
  cg_test_add (fixture->workshop, copy);

  development = cg_development_new (fixture->workshop);
  /*                                       raised carried votes actioned open */
  assert_figures (development, fixture->access, 1, 2, 2, 11, 1, 3);
}

static void
test_empty_workshop (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Empty");
  g_autoptr(CgDevelopment) development = cg_development_new (workshop);
  g_autofree char *line = cg_development_describe (development, 0);

  g_assert_cmpuint (cg_development_get_n_rows (development), ==, 1);
  g_assert_cmpuint (cg_development_get_n_events (development), ==, 0);
  g_assert_cmpuint (cg_development_count_ideas (development, 0), ==, 0);
  g_assert_cmpstr (line, ==, "No ideas yet");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/model/development/table-shape", Fixture, NULL,
              fixture_set_up, test_table_shape, fixture_tear_down);
  g_test_add ("/model/development/figures", Fixture, NULL,
              fixture_set_up, test_figures, fixture_tear_down);
  g_test_add ("/model/development/describe", Fixture, NULL,
              fixture_set_up, test_describe, fixture_tear_down);
  g_test_add ("/model/development/describe-gaps", Fixture, NULL,
              fixture_set_up, test_describe_gaps, fixture_tear_down);
  g_test_add ("/model/development/follows-workshop", Fixture, NULL,
              fixture_set_up, test_follows_workshop, fixture_tear_down);
  g_test_add ("/model/development/conflict-copy-not-carried", Fixture, NULL,
              fixture_set_up, test_conflict_copy_not_carried, fixture_tear_down);
  g_test_add_func ("/model/development/empty-workshop", test_empty_workshop);

  return g_test_run ();
}
