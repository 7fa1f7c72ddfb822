/* test-balance.c: each voice's share of the ideas and of the room, and who is heard in a theme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "model/cg-balance.h"
#include "model/cg-carry.h"
#include "model/cg-model.h"

typedef struct
{
  CgWorkshop *workshop;
  CgEvent    *march;
  CgEvent    *june;
  CgVoice    *lived;   /* 6 in March, 3 in June */
  CgVoice    *carers;  /* 2 in March, 1 in June */
  CgVoice    *staff;   /* never counted in the room */
  CgTheme    *contacts;
  CgTheme    *peers;
} Fixture;

static void
add_idea (Fixture    *fixture,
          CgEvent    *event,
          CgVoice    *voice,
          CgTheme    *theme,
          gboolean    private_)
{
  g_autoptr(CgIdea) idea = cg_idea_new ("said in the room");

  cg_idea_set_event (idea, event);
  cg_idea_set_voice (idea, voice);
  cg_idea_set_theme (idea, theme);
  cg_idea_set_private (idea, private_);
  cg_workshop_add (fixture->workshop, idea);
}

/* Ideas by event and voice (theme in brackets):
 *   March: lived x3 (contacts), lived x1 private (unsorted), carers x1 (unsorted), no voice x2
 *   June:  carers x2 (peers), staff x2 (peers)
 *   no event: staff x1 (contacts) */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->workshop = cg_workshop_new ("Balance");
  fixture->march = cg_event_new ("March");
  fixture->june = cg_event_new ("June");
  fixture->lived = cg_voice_new ("Lived experience", "#e69f00");
  fixture->carers = cg_voice_new ("Family and carers", "#56b4e9");
  fixture->staff = cg_voice_new ("Staff", "#009e73");
  fixture->contacts = cg_theme_new ("First contacts", "#332288");
  fixture->peers = cg_theme_new ("Peer roles", "#cc6677");

  cg_workshop_add (fixture->workshop, fixture->march);
  cg_workshop_add (fixture->workshop, fixture->june);
  cg_workshop_add (fixture->workshop, fixture->lived);
  cg_workshop_add (fixture->workshop, fixture->carers);
  cg_workshop_add (fixture->workshop, fixture->staff);
  cg_workshop_add (fixture->workshop, fixture->contacts);
  cg_workshop_add (fixture->workshop, fixture->peers);

  cg_voice_set_attendance (fixture->lived, fixture->march, 6);
  cg_voice_set_attendance (fixture->lived, fixture->june, 3);
  cg_voice_set_attendance (fixture->carers, fixture->march, 2);
  cg_voice_set_attendance (fixture->carers, fixture->june, 1);

  for (guint i = 0; i < 3; i++)
    add_idea (fixture, fixture->march, fixture->lived, fixture->contacts, FALSE);
  add_idea (fixture, fixture->march, fixture->lived, NULL, TRUE);
  add_idea (fixture, fixture->march, fixture->carers, NULL, FALSE);
  add_idea (fixture, fixture->march, NULL, fixture->contacts, FALSE);
  add_idea (fixture, fixture->march, NULL, NULL, FALSE);
  for (guint i = 0; i < 2; i++)
    {
      add_idea (fixture, fixture->june, fixture->carers, fixture->peers, FALSE);
      add_idea (fixture, fixture->june, fixture->staff, fixture->peers, FALSE);
    }
  add_idea (fixture, NULL, fixture->staff, fixture->contacts, FALSE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->march);
  g_clear_object (&fixture->june);
  g_clear_object (&fixture->lived);
  g_clear_object (&fixture->carers);
  g_clear_object (&fixture->staff);
  g_clear_object (&fixture->contacts);
  g_clear_object (&fixture->peers);
  g_assert_finalize_object (fixture->workshop);
}

static void
assert_entry (GArray  *balance,
              guint    position,
              CgVoice *voice,
              guint    n_ideas,
              guint    attendance,
              double   idea_share,
              double   room_share)
{
  CgVoiceBalance *entry = &g_array_index (balance, CgVoiceBalance, position);

  g_assert_true (entry->voice == voice);
  g_assert_cmpuint (entry->n_ideas, ==, n_ideas);
  g_assert_cmpuint (entry->attendance, ==, attendance);
  g_assert_cmpfloat_with_epsilon (entry->idea_share, idea_share, 1e-9);
  g_assert_cmpfloat_with_epsilon (entry->room_share, room_share, 1e-9);
}

/* March: 5 ideas with a voice (the private one counts, the 2 with none do not); 8 people. */
static void
test_shares_at_event (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GArray) march = cg_balance_compute (fixture->workshop, fixture->march);
  g_autoptr(GArray) june = cg_balance_compute (fixture->workshop, fixture->june);

  g_assert_cmpuint (march->len, ==, 3);
  assert_entry (march, 0, fixture->lived, 4, 6, 4.0 / 5, 6.0 / 8);
  assert_entry (march, 1, fixture->carers, 1, 2, 1.0 / 5, 2.0 / 8);
  assert_entry (march, 2, fixture->staff, 0, 0, 0.0, 0.0);

  /* June: 4 ideas, 4 people; staff spoke but were not counted in the room */
  g_assert_cmpuint (june->len, ==, 3);
  assert_entry (june, 0, fixture->lived, 0, 3, 0.0, 3.0 / 4);
  assert_entry (june, 1, fixture->carers, 2, 1, 0.5, 1.0 / 4);
  assert_entry (june, 2, fixture->staff, 2, 0, 0.5, 0.0);
}

/* Every event, and ideas with no event: 10 ideas with a voice; 12 people summed over events. */
static void
test_shares_over_all_events (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GArray) all = cg_balance_compute (fixture->workshop, NULL);

  g_assert_cmpuint (all->len, ==, 3);
  assert_entry (all, 0, fixture->lived, 4, 9, 0.4, 0.75);
  assert_entry (all, 1, fixture->carers, 3, 3, 0.3, 0.25);
  assert_entry (all, 2, fixture->staff, 3, 0, 0.3, 0.0);
}

/* The figures follow the model, in workshop order, and back again on undo. */
static void
test_shares_follow_changes (Fixture       *fixture,
                            gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (fixture->workshop);
  g_autoptr(GArray) after = NULL;
  g_autoptr(GArray) undone = NULL;

  cg_workshop_move (fixture->workshop, fixture->staff, 0);
  cg_voice_set_attendance (fixture->staff, fixture->june, 4);
  after = cg_balance_compute (fixture->workshop, fixture->june);
  assert_entry (after, 0, fixture->staff, 2, 4, 0.5, 4.0 / 8);
  assert_entry (after, 1, fixture->lived, 0, 3, 0.0, 3.0 / 8);

  g_assert_true (cg_history_undo (history));
  undone = cg_balance_compute (fixture->workshop, fixture->june);
  assert_entry (undone, 0, fixture->staff, 2, 0, 0.5, 0.0);
}

/* Nobody counted and nothing said: every share is 0, never NaN. */
static void
test_empty_room (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Empty");
  g_autoptr(CgEvent) event = cg_event_new ("First");
  g_autoptr(CgVoice) voice = cg_voice_new ("Lived experience", NULL);
  g_autoptr(GArray) none = cg_balance_compute (workshop, NULL);
  g_autoptr(GArray) balance = NULL;
  g_autoptr(GArray) all = NULL;

  g_assert_cmpuint (none->len, ==, 0);

  cg_workshop_add (workshop, event);
  cg_workshop_add (workshop, voice);
  balance = cg_balance_compute (workshop, event);
  all = cg_balance_compute (workshop, NULL);
  assert_entry (balance, 0, voice, 0, 0, 0.0, 0.0);
  assert_entry (all, 0, voice, 0, 0, 0.0, 0.0);
}

static void
test_voice_in_theme (Fixture       *fixture,
                     gconstpointer  data)
{
  CgWorkshop *workshop = fixture->workshop;

  g_assert_true (cg_balance_voice_in_theme (workshop, fixture->lived, fixture->contacts,
                                            fixture->march));
  g_assert_false (cg_balance_voice_in_theme (workshop, fixture->lived, fixture->contacts,
                                             fixture->june));
  g_assert_true (cg_balance_voice_in_theme (workshop, fixture->lived, fixture->contacts, NULL));
  g_assert_false (cg_balance_voice_in_theme (workshop, fixture->lived, fixture->peers, NULL));

  /* NULL theme: unsorted */
  g_assert_true (cg_balance_voice_in_theme (workshop, fixture->carers, NULL, fixture->march));
  g_assert_false (cg_balance_voice_in_theme (workshop, fixture->carers, NULL, fixture->june));
  g_assert_false (cg_balance_voice_in_theme (workshop, fixture->carers, fixture->contacts, NULL));

  /* the staff idea with no event counts for "any event" only */
  g_assert_true (cg_balance_voice_in_theme (workshop, fixture->staff, fixture->contacts, NULL));
  g_assert_false (cg_balance_voice_in_theme (workshop, fixture->staff, fixture->contacts,
                                             fixture->march));
  g_assert_true (cg_balance_voice_in_theme (workshop, fixture->staff, fixture->peers,
                                            fixture->june));
}

/* Presence follows the model: moving the carers' unsorted idea to peer roles. */
static void
test_voice_in_theme_follows_changes (Fixture       *fixture,
                                     gconstpointer  data)
{
  CgWorkshop *workshop = fixture->workshop;
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, 4);

  g_assert_true (cg_idea_get_voice (idea) == fixture->carers);
  g_assert_false (cg_balance_voice_in_theme (workshop, fixture->carers, fixture->peers,
                                             fixture->march));
  cg_workshop_place_idea (workshop, idea, fixture->peers, NULL);
  g_assert_true (cg_balance_voice_in_theme (workshop, fixture->carers, fixture->peers,
                                            fixture->march));
  g_assert_false (cg_balance_voice_in_theme (workshop, fixture->carers, NULL, fixture->march));

  cg_history_undo (cg_workshop_get_history (workshop));
  g_assert_false (cg_balance_voice_in_theme (workshop, fixture->carers, fixture->peers,
                                             fixture->march));
}

/* Carried forward, an idea is still one idea of the series, counted for its latest voice and
 * theme; at each event, its copy there counts as before. */
static void
test_carried_count_once (Fixture       *fixture,
                         gconstpointer  data)
{
  CgWorkshop *workshop = fixture->workshop;
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  guint n_before = g_list_model_get_n_items (ideas);
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) june = NULL;
  g_autoptr(GArray) moved = NULL;

  /* every March idea is open: all seven go on to June */
  g_assert_cmpuint (cg_workshop_carry_forward (workshop, fixture->march, fixture->june), ==, 7);
  all = cg_balance_compute (workshop, NULL);
  assert_entry (all, 0, fixture->lived, 4, 9, 0.4, 0.75);
  assert_entry (all, 1, fixture->carers, 3, 3, 0.3, 0.25);
  assert_entry (all, 2, fixture->staff, 3, 0, 0.3, 0.0);
  june = cg_balance_compute (workshop, fixture->june);
  assert_entry (june, 0, fixture->lived, 4, 3, 4.0 / 9, 3.0 / 4);
  assert_entry (june, 1, fixture->carers, 3, 1, 3.0 / 9, 1.0 / 4);

  /* the lived-experience copies in First contacts move to Peer roles, one of them to staff */
  for (guint i = n_before; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      if (cg_idea_get_voice (idea) != fixture->lived || cg_idea_get_theme (idea) == NULL)
        continue;
      cg_idea_set_theme (idea, fixture->peers);
      if (i == n_before)
        cg_idea_set_voice (idea, fixture->staff);
    }
  moved = cg_balance_compute (workshop, NULL);
  assert_entry (moved, 0, fixture->lived, 3, 9, 0.3, 0.75);
  assert_entry (moved, 2, fixture->staff, 4, 0, 0.4, 0.0);
  g_assert_false (cg_balance_voice_in_theme (workshop, fixture->lived, fixture->contacts, NULL));
  g_assert_true (cg_balance_voice_in_theme (workshop, fixture->lived, fixture->contacts,
                                            fixture->march));
  g_assert_true (cg_balance_voice_in_theme (workshop, fixture->lived, fixture->peers, NULL));
  g_assert_true (cg_balance_voice_in_theme (workshop, fixture->staff, fixture->peers, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/model/balance/shares-at-event", Fixture, NULL,
              fixture_set_up, test_shares_at_event, fixture_tear_down);
  g_test_add ("/model/balance/shares-over-all-events", Fixture, NULL,
              fixture_set_up, test_shares_over_all_events, fixture_tear_down);
  g_test_add ("/model/balance/shares-follow-changes", Fixture, NULL,
              fixture_set_up, test_shares_follow_changes, fixture_tear_down);
  g_test_add_func ("/model/balance/empty-room", test_empty_room);
  g_test_add ("/model/balance/voice-in-theme", Fixture, NULL,
              fixture_set_up, test_voice_in_theme, fixture_tear_down);
  g_test_add ("/model/balance/voice-in-theme-follows-changes", Fixture, NULL,
              fixture_set_up, test_voice_in_theme_follows_changes, fixture_tear_down);
  g_test_add ("/model/balance/carried-count-once", Fixture, NULL,
              fixture_set_up, test_carried_count_once, fixture_tear_down);

  return g_test_run ();
}
