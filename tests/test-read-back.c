/* test-read-back.c: the order in which the room's cards are read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-test-util.h"
#include "model/cg-model.h"
#include "model/cg-read-back.h"

typedef struct
{
  CgWorkshop *workshop;
  CgEvent    *event;
  CgTheme    *contacts;
  CgTheme    *peers;
} Fixture;

static CgIdea *
add (Fixture    *f,
     const char *text,
     CgTheme    *theme,
     guint       votes)
{
  CgIdea *idea = cg_idea_new (text);

  cg_idea_set_event (idea, f->event);
  cg_idea_set_theme (idea, theme);
  cg_idea_set_votes (idea, f->event, votes);
  return cg_test_add (f->workshop, idea);
}

/* Columns: Unsorted (u1 0 votes, u2 3), First contacts (c1 1, c2 5), Peer roles (p1 3), added
 * in the order c1 u1 p1 c2 u2. */
static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  f->workshop = cg_workshop_new ("Read back");
  f->event = cg_test_add (f->workshop, cg_event_new ("March"));
  f->contacts = cg_test_add (f->workshop, cg_theme_new ("First contacts", "#3584e4"));
  f->peers = cg_test_add (f->workshop, cg_theme_new ("Peer roles", "#2ec27e"));
  add (f, "c1", f->contacts, 1);
  add (f, "u1", NULL, 0);
  add (f, "p1", f->peers, 3);
  add (f, "c2", f->contacts, 5);
  add (f, "u2", NULL, 3);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_assert_finalize_object (f->workshop);
}

static char *
texts (GPtrArray *ideas)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < ideas->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " " : "",
                            cg_idea_get_text (g_ptr_array_index (ideas, i)));
  return g_string_free (text, FALSE);
}

static char *
sorted_texts (Fixture         *f,
              CgReadBackOrder  order)
{
  g_autoptr(GPtrArray) sorted = cg_read_back_sort (cg_workshop_get_ideas (f->workshop),
                                                   cg_workshop_get_themes (f->workshop), order);

  return texts (sorted);
}

static void
test_by_theme (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *order = sorted_texts (f, CG_READ_BACK_BY_THEME);

  g_assert_cmpstr (order, ==, "u1 u2 c1 c2 p1");
}

/* Most votes first; equal votes (u2 and p1, 3 each) in the board's order. */
static void
test_by_votes (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *order = sorted_texts (f, CG_READ_BACK_BY_VOTES);

  g_assert_cmpstr (order, ==, "c2 u2 p1 c1 u1");
}

static CgIdea *
find (Fixture    *f,
      const char *text)
{
  GListModel *ideas = cg_workshop_get_ideas (f->workshop);

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      if (g_strcmp0 (cg_idea_get_text (idea), text) == 0)
        return idea;
    }
  g_assert_not_reached ();
}

/* The order follows the workshop: a theme moved first, a card moved, a vote cast. */
static void
test_follows_changes (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *themes_moved = NULL;
  g_autofree char *card_moved = NULL;
  g_autofree char *voted = NULL;

  cg_workshop_move (f->workshop, f->peers, 0);
  themes_moved = sorted_texts (f, CG_READ_BACK_BY_THEME);
  g_assert_cmpstr (themes_moved, ==, "u1 u2 p1 c1 c2");

  cg_workshop_place_idea (f->workshop, find (f, "u1"), f->contacts, find (f, "c1"));
  card_moved = sorted_texts (f, CG_READ_BACK_BY_THEME);
  g_assert_cmpstr (card_moved, ==, "u2 p1 u1 c1 c2");

  cg_idea_set_votes (find (f, "u1"), f->event, 9);
  voted = sorted_texts (f, CG_READ_BACK_BY_VOTES);
  g_assert_cmpstr (voted, ==, "u1 c2 u2 p1 c1");
}

static void
test_step (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) sorted = cg_read_back_sort (cg_workshop_get_ideas (f->workshop),
                                                   cg_workshop_get_themes (f->workshop),
                                                   CG_READ_BACK_BY_THEME);
  g_autoptr(GPtrArray) empty = g_ptr_array_new ();
  g_autoptr(CgIdea) stranger = cg_idea_new ("not in the list");
  CgIdea *idea;

  /* from nowhere: the first forwards, the last backwards */
  idea = cg_read_back_step (sorted, NULL, 1);
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "u1");
  g_assert_cmpstr (cg_idea_get_text (cg_read_back_step (sorted, NULL, -1)), ==, "p1");
  g_assert_cmpstr (cg_idea_get_text (cg_read_back_step (sorted, stranger, 1)), ==, "u1");

  /* through the whole list and back, held at both ends */
  idea = cg_read_back_step (sorted, idea, 1);
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "u2");
  idea = cg_read_back_step (sorted, idea, 1);
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "c1");
  idea = cg_read_back_step (sorted, idea, 2);
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "p1");
  idea = cg_read_back_step (sorted, idea, 1);
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "p1");
  idea = cg_read_back_step (sorted, idea, -10);
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "u1");

  g_assert_null (cg_read_back_step (empty, NULL, 1));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/model/read-back/by-theme", Fixture, NULL, set_up, test_by_theme, tear_down);
  g_test_add ("/model/read-back/by-votes", Fixture, NULL, set_up, test_by_votes, tear_down);
  g_test_add ("/model/read-back/follows-changes", Fixture, NULL, set_up, test_follows_changes,
              tear_down);
  g_test_add ("/model/read-back/step", Fixture, NULL, set_up, test_step, tear_down);

  return g_test_run ();
}
