/* test-enums.c: kinds and statuses keep the nicks the file format relies on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "model/cg-model.h"

static void
test_nicks_round_trip (void)
{
  const struct { GType type; int value; const char *nick; } cases[] = {
    { CG_TYPE_IDEA_KIND, CG_IDEA_KIND_IDEA, "idea" },
    { CG_TYPE_IDEA_KIND, CG_IDEA_KIND_STRENGTH, "strength" },
    { CG_TYPE_IDEA_KIND, CG_IDEA_KIND_DEVELOPMENT, "development" },
    { CG_TYPE_IDEA_KIND, CG_IDEA_KIND_STORY, "story" },
    { CG_TYPE_IDEA_KIND, CG_IDEA_KIND_QUESTION, "question" },
    { CG_TYPE_IDEA_STATUS, CG_IDEA_STATUS_OPEN, "open" },
    { CG_TYPE_IDEA_STATUS, CG_IDEA_STATUS_ACTIONED, "actioned" },
    { CG_TYPE_IDEA_STATUS, CG_IDEA_STATUS_PARKED, "parked" },
    { CG_TYPE_IDEA_STATUS, CG_IDEA_STATUS_CLOSED, "closed" },
    { CG_TYPE_ACTION_STATUS, CG_ACTION_STATUS_PROPOSED, "proposed" },
    { CG_TYPE_ACTION_STATUS, CG_ACTION_STATUS_AGREED, "agreed" },
    { CG_TYPE_ACTION_STATUS, CG_ACTION_STATUS_IN_PROGRESS, "in-progress" },
    { CG_TYPE_ACTION_STATUS, CG_ACTION_STATUS_DONE, "done" },
    { CG_TYPE_ACTION_STATUS, CG_ACTION_STATUS_NOT_DOING, "not-doing" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int value = -1;

      g_assert_cmpstr (cg_enum_to_nick (cases[i].type, cases[i].value), ==, cases[i].nick);
      g_assert_true (cg_enum_from_nick (cases[i].type, cases[i].nick, &value));
      g_assert_cmpint (value, ==, cases[i].value);
    }
}

static void
test_unknown_nicks (void)
{
  int value = 42;

  g_assert_false (cg_enum_from_nick (CG_TYPE_IDEA_KIND, "Idea", &value));
  g_assert_false (cg_enum_from_nick (CG_TYPE_IDEA_KIND, "", &value));
  g_assert_false (cg_enum_from_nick (CG_TYPE_IDEA_KIND, NULL, &value));
  g_assert_false (cg_enum_from_nick (CG_TYPE_ACTION_STATUS, "open", &value));
  g_assert_cmpint (value, ==, 42);
  g_assert_null (cg_enum_to_nick (CG_TYPE_IDEA_KIND, 99));
}

static void
test_labels (void)
{
  g_assert_cmpstr (cg_idea_kind_get_label (CG_IDEA_KIND_DEVELOPMENT), ==, "Area for development");
  for (int k = 0; k <= CG_IDEA_KIND_LAST; k++)
    g_assert_nonnull (cg_idea_kind_get_label (k));
  for (int s = 0; s <= CG_IDEA_STATUS_CLOSED; s++)
    g_assert_nonnull (cg_idea_status_get_label (s));
  for (int s = 0; s <= CG_ACTION_STATUS_NOT_DOING; s++)
    g_assert_nonnull (cg_action_status_get_label (s));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/enums/nicks-round-trip", test_nicks_round_trip);
  g_test_add_func ("/model/enums/unknown-nicks", test_unknown_nicks);
  g_test_add_func ("/model/enums/labels", test_labels);

  return g_test_run ();
}
