/* test-audience.c: what each audience may see of an idea (the one rule for private notes)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "model/cg-audience.h"
#include "model/cg-model.h"

static void
test_open_idea_shown_to_all (void)
{
  g_autoptr(CgIdea) idea = cg_idea_new ("A phone call before any letter");

  for (int audience = CG_AUDIENCE_LAPTOP; audience <= CG_AUDIENCE_SUMMARY_PRIVATE; audience++)
    {
      g_autofree char *text = cg_idea_dup_shown_text (idea, audience);

      g_assert_true (cg_idea_is_shown_to (idea, audience));
      g_assert_true (cg_idea_shows_text_to (idea, audience));
      g_assert_cmpstr (text, ==, "A phone call before any letter");
    }
}

/* The room never sees a private note: not its words, not a placeholder; the laptop sees a
 * placeholder unless private notes are shown; a summary leaves it out unless asked. */
static void
test_private_note (void)
{
  g_autoptr(CgIdea) idea = cg_idea_new ("What happened to me on the ward");
  g_autofree char *laptop = NULL;
  g_autofree char *laptop_private = NULL;
  g_autofree char *room = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *summary_private = NULL;

  cg_idea_set_private (idea, TRUE);
  laptop = cg_idea_dup_shown_text (idea, cg_audience_for_laptop (FALSE));
  laptop_private = cg_idea_dup_shown_text (idea, cg_audience_for_laptop (TRUE));
  room = cg_idea_dup_shown_text (idea, CG_AUDIENCE_ROOM);
  summary = cg_idea_dup_shown_text (idea, CG_AUDIENCE_SUMMARY);
  summary_private = cg_idea_dup_shown_text (idea, CG_AUDIENCE_SUMMARY_PRIVATE);

  g_assert_cmpstr (laptop, ==, "Private note");
  g_assert_cmpstr (laptop_private, ==, "What happened to me on the ward");
  g_assert_null (room);
  g_assert_null (summary);
  g_assert_cmpstr (summary_private, ==, "What happened to me on the ward");

  g_assert_true (cg_idea_is_shown_to (idea, CG_AUDIENCE_LAPTOP));
  g_assert_false (cg_idea_shows_text_to (idea, CG_AUDIENCE_LAPTOP));
  g_assert_false (cg_idea_is_shown_to (idea, CG_AUDIENCE_ROOM));
  g_assert_false (cg_idea_shows_text_to (idea, CG_AUDIENCE_ROOM));
  g_assert_false (cg_idea_is_shown_to (idea, CG_AUDIENCE_SUMMARY));

  /* an audience the rule does not know is treated as the room */
  g_assert_false (cg_idea_is_shown_to (idea, (CgAudience) 99));
  g_assert_false (cg_idea_shows_text_to (idea, (CgAudience) 99));
}

/* Marking a note private (or not) changes what the room is shown at once. */
static void
test_follows_the_flag (void)
{
  g_autoptr(CgIdea) idea = cg_idea_new ("Named worker");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  before = cg_idea_dup_shown_text (idea, CG_AUDIENCE_ROOM);
  cg_idea_set_private (idea, TRUE);
  g_assert_null (cg_idea_dup_shown_text (idea, CG_AUDIENCE_ROOM));
  cg_idea_set_private (idea, FALSE);
  after = cg_idea_dup_shown_text (idea, CG_AUDIENCE_ROOM);
  g_assert_cmpstr (before, ==, "Named worker");
  g_assert_cmpstr (after, ==, "Named worker");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/audience/open-idea", test_open_idea_shown_to_all);
  g_test_add_func ("/model/audience/private-note", test_private_note);
  g_test_add_func ("/model/audience/follows-the-flag", test_follows_the_flag);

  return g_test_run ();
}
