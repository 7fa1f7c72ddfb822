/* test-history.c: undo and redo: every change, groups, typing coalesced, the saved state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "model/cg-history-private.h"
#include "model/cg-model.h"

typedef struct
{
  CgWorkshop *workshop;
  CgHistory  *history;
  CgEvent    *event;
  CgTheme    *theme;
  CgVoice    *voice;
  CgIdea     *idea;
  guint       n_changed;
  guint       n_can_undo;
  guint       n_modified;
} Fixture;

static void
count_cb (guint *counter)
{
  (*counter)++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->workshop = cg_workshop_new ("Redesign");
  f->history = cg_workshop_get_history (f->workshop);
  f->event = cg_event_new ("March");
  f->theme = cg_theme_new ("First contacts", "#1c71d8");
  f->voice = cg_voice_new ("Lived experience", "#c64600");
  f->idea = cg_idea_new ("Someone to call back");
  cg_workshop_add (f->workshop, f->event);
  cg_workshop_add (f->workshop, f->theme);
  cg_workshop_add (f->workshop, f->voice);
  cg_workshop_add (f->workshop, f->idea);
  cg_history_clear (f->history);
  cg_history_mark_clean (f->history);
  g_signal_connect_swapped (f->history, "changed", G_CALLBACK (count_cb), &f->n_changed);
  g_signal_connect_swapped (f->history, "notify::can-undo", G_CALLBACK (count_cb), &f->n_can_undo);
  g_signal_connect_swapped (f->history, "notify::modified", G_CALLBACK (count_cb), &f->n_modified);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_object_unref (f->event);
  g_object_unref (f->theme);
  g_object_unref (f->voice);
  g_object_unref (f->idea);
  g_assert_finalize_object (f->workshop);
}

static void
test_every_property_undoes (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 12, 10, 0, 0);
  g_autoptr(GDateTime) before = g_date_time_ref (cg_idea_get_created (f->idea));

  g_object_set (f->history, "coalesce-window", (gint64) 0, NULL);
  cg_idea_set_text (f->idea, "Someone to call back the same day");
  cg_idea_set_theme (f->idea, f->theme);
  cg_idea_set_voice (f->idea, f->voice);
  cg_idea_set_event (f->idea, f->event);
  cg_idea_set_kind (f->idea, CG_IDEA_KIND_DEVELOPMENT);
  cg_idea_set_status (f->idea, CG_IDEA_STATUS_PARKED);
  cg_idea_set_private (f->idea, TRUE);
  cg_idea_set_beyond_service (f->idea, TRUE);
  cg_idea_set_votes (f->idea, f->event, 4);
  cg_idea_set_created (f->idea, when);
  cg_idea_set_carried_from (f->idea, "earlier-idea");
  cg_theme_set_name (f->theme, "First contact");
  cg_voice_set_attendance (f->voice, f->event, 9);
  cg_event_set_place (f->event, "Community hall");
  cg_workshop_set_title (f->workshop, "MHO redesign");

  g_assert_cmpuint (cg_history_get_n_undo (f->history), ==, 15);
  g_assert_cmpuint (f->n_changed, ==, 15);
  g_assert_cmpuint (f->n_can_undo, ==, 1);
  g_assert_cmpuint (f->n_modified, ==, 1);

  while (cg_history_undo (f->history))
    ;

  g_assert_cmpstr (cg_idea_get_text (f->idea), ==, "Someone to call back");
  g_assert_null (cg_idea_get_theme (f->idea));
  g_assert_null (cg_idea_get_voice (f->idea));
  g_assert_null (cg_idea_get_event (f->idea));
  g_assert_cmpint (cg_idea_get_kind (f->idea), ==, CG_IDEA_KIND_IDEA);
  g_assert_cmpint (cg_idea_get_status (f->idea), ==, CG_IDEA_STATUS_OPEN);
  g_assert_false (cg_idea_get_private (f->idea));
  g_assert_false (cg_idea_get_beyond_service (f->idea));
  g_assert_cmpuint (cg_idea_get_votes (f->idea, f->event), ==, 0);
  g_assert_true (g_date_time_equal (cg_idea_get_created (f->idea), before));
  g_assert_null (cg_idea_get_carried_from (f->idea));
  g_assert_cmpstr (cg_theme_get_name (f->theme), ==, "First contacts");
  g_assert_cmpuint (cg_voice_get_attendance (f->voice, f->event), ==, 0);
  g_assert_null (cg_event_get_place (f->event));
  g_assert_cmpstr (cg_workshop_get_title (f->workshop), ==, "Redesign");
  g_assert_false (cg_history_get_modified (f->history));
  g_assert_cmpuint (cg_history_get_n_redo (f->history), ==, 15);

  while (cg_history_redo (f->history))
    ;

  g_assert_cmpstr (cg_idea_get_text (f->idea), ==, "Someone to call back the same day");
  g_assert_true (cg_idea_get_theme (f->idea) == f->theme);
  g_assert_cmpint (cg_idea_get_kind (f->idea), ==, CG_IDEA_KIND_DEVELOPMENT);
  g_assert_cmpuint (cg_idea_get_votes (f->idea, f->event), ==, 4);
  g_assert_true (g_date_time_equal (cg_idea_get_created (f->idea), when));
  g_assert_cmpstr (cg_workshop_get_title (f->workshop), ==, "MHO redesign");
  g_assert_cmpuint (cg_voice_get_attendance (f->voice, f->event), ==, 9);
  g_assert_true (cg_history_get_modified (f->history));
}

static void
test_no_op_records_nothing (Fixture       *f,
                            gconstpointer  data)
{
  cg_idea_set_text (f->idea, "Someone to call back");
  cg_idea_set_theme (f->idea, NULL);
  cg_idea_set_votes (f->idea, f->event, 0);
  cg_workshop_move (f->workshop, f->idea, 0);
  g_assert_false (cg_history_get_can_undo (f->history));
  g_assert_cmpuint (f->n_changed, ==, 0);
  g_assert_false (cg_history_get_modified (f->history));
  g_assert_false (cg_history_undo (f->history));
  g_assert_false (cg_history_redo (f->history));
}

static void
test_group_is_one_step (Fixture       *f,
                        gconstpointer  data)
{
  cg_history_begin_group (f->history, "Sort idea");
  cg_idea_set_theme (f->idea, f->theme);
  cg_history_begin_group (f->history, "inner");
  cg_idea_set_kind (f->idea, CG_IDEA_KIND_STRENGTH);
  cg_history_end_group (f->history);
  cg_idea_set_votes (f->idea, f->event, 2);
  g_assert_cmpuint (f->n_changed, ==, 0); /* nothing announced until the group ends */
  cg_history_end_group (f->history);

  g_assert_cmpuint (cg_history_get_n_undo (f->history), ==, 1);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpstr (cg_history_get_undo_label (f->history), ==, "Sort idea");

  g_assert_true (cg_history_undo (f->history));
  g_assert_null (cg_idea_get_theme (f->idea));
  g_assert_cmpint (cg_idea_get_kind (f->idea), ==, CG_IDEA_KIND_IDEA);
  g_assert_cmpuint (cg_idea_get_votes (f->idea, f->event), ==, 0);
  g_assert_cmpstr (cg_history_get_redo_label (f->history), ==, "Sort idea");

  /* an empty group records nothing */
  cg_history_begin_group (f->history, "Nothing");
  cg_history_end_group (f->history);
  g_assert_cmpuint (cg_history_get_n_undo (f->history), ==, 0);
  g_assert_cmpuint (cg_history_get_n_redo (f->history), ==, 1);
}

static void
test_typing_coalesces (Fixture       *f,
                       gconstpointer  data)
{
  cg_idea_set_text (f->idea, "S");
  cg_idea_set_text (f->idea, "Sa");
  cg_idea_set_text (f->idea, "Sam");
  cg_idea_set_text (f->idea, "Same day");
  g_assert_cmpuint (cg_history_get_n_undo (f->history), ==, 1);

  /* another property breaks the run */
  cg_theme_set_name (f->theme, "F");
  cg_theme_set_name (f->theme, "Fi");
  g_assert_cmpuint (cg_history_get_n_undo (f->history), ==, 2);
  cg_idea_set_text (f->idea, "Same day call");
  g_assert_cmpuint (cg_history_get_n_undo (f->history), ==, 3);

  /* sealing breaks it too */
  cg_history_seal (f->history);
  cg_idea_set_text (f->idea, "Same day call back");
  g_assert_cmpuint (cg_history_get_n_undo (f->history), ==, 4);

  /* non-text properties never coalesce */
  cg_idea_set_votes (f->idea, f->event, 1);
  cg_idea_set_votes (f->idea, f->event, 2);
  g_assert_cmpuint (cg_history_get_n_undo (f->history), ==, 6);

  while (cg_history_undo (f->history))
    ;
  g_assert_cmpstr (cg_idea_get_text (f->idea), ==, "Someone to call back");
  g_assert_cmpstr (cg_theme_get_name (f->theme), ==, "First contacts");

  /* redo of a coalesced step restores the last text of the run */
  g_assert_true (cg_history_redo (f->history));
  g_assert_cmpstr (cg_idea_get_text (f->idea), ==, "Same day");
}

static gint64 test_time;

static gint64
test_clock (void)
{
  return test_time;
}

static void
test_coalesce_window (Fixture       *f,
                      gconstpointer  data)
{
  g_object_set (f->history, "coalesce-window", (gint64) 0, NULL);
  cg_idea_set_text (f->idea, "a");
  cg_idea_set_text (f->idea, "ab");
  g_assert_cmpuint (cg_history_get_n_undo (f->history), ==, 2);

  /* (the time supplied: 60 ms between the two changes, past a 20 ms window) */
  cg_history_set_clock (f->history, test_clock);
  test_time = g_get_monotonic_time ();
  g_object_set (f->history, "coalesce-window", (gint64) 20 * 1000, NULL);
  cg_history_seal (f->history);
  cg_idea_set_text (f->idea, "abc");
  test_time += 60 * 1000;
  cg_idea_set_text (f->idea, "abcd");
  g_assert_cmpuint (cg_history_get_n_undo (f->history), ==, 4);
}

static void
test_undo_does_not_coalesce_into_redo (Fixture       *f,
                                       gconstpointer  data)
{
  cg_idea_set_text (f->idea, "one");
  g_assert_true (cg_history_undo (f->history));
  cg_idea_set_text (f->idea, "two");
  g_assert_cmpuint (cg_history_get_n_redo (f->history), ==, 0);
  g_assert_cmpuint (cg_history_get_n_undo (f->history), ==, 1);
  g_assert_true (cg_history_undo (f->history));
  g_assert_cmpstr (cg_idea_get_text (f->idea), ==, "Someone to call back");
}

static void
test_modified_tracks_clean_point (Fixture       *f,
                                  gconstpointer  data)
{
  g_assert_false (cg_history_get_modified (f->history));
  cg_idea_set_kind (f->idea, CG_IDEA_KIND_QUESTION);
  g_assert_true (cg_history_get_modified (f->history));
  cg_history_mark_clean (f->history);
  g_assert_false (cg_history_get_modified (f->history));
  g_assert_cmpuint (f->n_modified, ==, 2);

  cg_history_undo (f->history);
  g_assert_true (cg_history_get_modified (f->history));
  cg_history_redo (f->history);
  g_assert_false (cg_history_get_modified (f->history));

  /* typing after a save is a new step, not part of the saved one */
  cg_idea_set_text (f->idea, "x");
  cg_history_mark_clean (f->history);
  cg_idea_set_text (f->idea, "xy");
  g_assert_true (cg_history_get_modified (f->history));
  cg_history_undo (f->history);
  g_assert_false (cg_history_get_modified (f->history));
  g_assert_cmpstr (cg_idea_get_text (f->idea), ==, "x");

  /* once the saved step is dropped from redo, no undo gets back to it */
  cg_history_undo (f->history);
  cg_idea_set_kind (f->idea, CG_IDEA_KIND_STORY);
  g_assert_true (cg_history_get_modified (f->history));
  cg_history_undo (f->history);
  g_assert_true (cg_history_get_modified (f->history));
}

static void
test_new_change_drops_redo (Fixture       *f,
                            gconstpointer  data)
{
  guint can_redo = 0;

  g_signal_connect_swapped (f->history, "notify::can-redo", G_CALLBACK (count_cb), &can_redo);
  cg_idea_set_kind (f->idea, CG_IDEA_KIND_QUESTION);
  cg_history_undo (f->history);
  g_assert_true (cg_history_get_can_redo (f->history));
  cg_idea_set_private (f->idea, TRUE);
  g_assert_false (cg_history_get_can_redo (f->history));
  g_assert_cmpuint (can_redo, ==, 2);
}

static void
test_changes_outside_a_workshop_are_not_recorded (Fixture       *f,
                                                  gconstpointer  data)
{
  g_autoptr(CgIdea) loose = cg_idea_new ("not yet added");

  cg_idea_set_kind (loose, CG_IDEA_KIND_STORY);
  g_assert_false (cg_history_get_can_undo (f->history));
  cg_workshop_add (f->workshop, loose);
  g_assert_cmpuint (cg_history_get_n_undo (f->history), ==, 1);
  cg_idea_set_kind (loose, CG_IDEA_KIND_QUESTION);
  g_assert_cmpuint (cg_history_get_n_undo (f->history), ==, 2);
}

static void
test_mark_unsaved (Fixture       *f,
                   gconstpointer  data)
{
  cg_history_mark_unsaved (f->history);
  g_assert_true (cg_history_get_modified (f->history));
  g_assert_cmpuint (f->n_modified, ==, 1);
  g_assert_false (cg_history_get_can_undo (f->history));
  cg_idea_set_kind (f->idea, CG_IDEA_KIND_STORY);
  cg_history_undo (f->history);
  g_assert_true (cg_history_get_modified (f->history));
  cg_history_mark_clean (f->history);
  g_assert_false (cg_history_get_modified (f->history));
}

static void
test_clear (Fixture       *f,
            gconstpointer  data)
{
  cg_idea_set_kind (f->idea, CG_IDEA_KIND_QUESTION);
  cg_history_undo (f->history);
  cg_history_clear (f->history);
  g_assert_false (cg_history_get_can_undo (f->history));
  g_assert_false (cg_history_get_can_redo (f->history));
  g_assert_false (cg_history_get_modified (f->history));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/model/history/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("every-property-undoes", test_every_property_undoes);
  ADD ("no-op-records-nothing", test_no_op_records_nothing);
  ADD ("group-is-one-step", test_group_is_one_step);
  ADD ("typing-coalesces", test_typing_coalesces);
  ADD ("coalesce-window", test_coalesce_window);
  ADD ("undo-does-not-coalesce-into-redo", test_undo_does_not_coalesce_into_redo);
  ADD ("modified-tracks-clean-point", test_modified_tracks_clean_point);
  ADD ("new-change-drops-redo", test_new_change_drops_redo);
  ADD ("outside-a-workshop-not-recorded", test_changes_outside_a_workshop_are_not_recorded);
  ADD ("mark-unsaved", test_mark_unsaved);
  ADD ("clear", test_clear);
#undef ADD

  return g_test_run ();
}
