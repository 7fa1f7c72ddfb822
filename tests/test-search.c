/* test-search.c: finding ideas by words, voice, kind, theme and privacy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "model/cg-model.h"
#include "model/cg-search.h"

static void
test_words (void)
{
  g_autoptr(CgSearch) search = cg_search_new ();
  g_autoptr(CgIdea) cafe = cg_idea_new ("A community crisis Café open in the evenings");
  g_autoptr(CgIdea) peer = cg_idea_new ("Paid peer workers");

  g_assert_true (cg_search_is_empty (search));
  g_assert_true (cg_search_matches (search, cafe));

  cg_search_set_text (search, "cafe");
  g_assert_false (cg_search_is_empty (search));
  g_assert_true (cg_search_matches (search, cafe));
  g_assert_false (cg_search_matches (search, peer));

  cg_search_set_text (search, "  EVENINGS   crisis ");
  g_assert_true (cg_search_matches (search, cafe));
  cg_search_set_text (search, "evenings peer");
  g_assert_false (cg_search_matches (search, cafe));

  cg_search_set_text (search, "   ");
  g_assert_true (cg_search_is_empty (search));
  g_assert_true (cg_search_matches (search, peer));
}

static void
test_fields (void)
{
  g_autoptr(CgSearch) search = cg_search_new ();
  g_autoptr(CgVoice) carers = cg_voice_new ("Family and carers", NULL);
  g_autoptr(CgTheme) peer_roles = cg_theme_new ("Peer roles", NULL);
  g_autoptr(CgIdea) idea = cg_idea_new ("Carer peer roles");
  g_autoptr(CgIdea) other = cg_idea_new ("Something else");

  cg_idea_set_voice (idea, carers);
  cg_idea_set_theme (idea, peer_roles);
  cg_idea_set_kind (idea, CG_IDEA_KIND_STRENGTH);
  cg_idea_set_private (other, TRUE);

  cg_search_set_voice (search, carers);
  g_assert_true (cg_search_matches (search, idea));
  g_assert_false (cg_search_matches (search, other));
  cg_search_set_voice (search, NULL);

  cg_search_set_kind (search, CG_IDEA_KIND_STRENGTH);
  g_assert_true (cg_search_matches (search, idea));
  g_assert_false (cg_search_matches (search, other));
  cg_search_set_kind (search, -1);

  cg_search_set_theme (search, FALSE, NULL);
  g_assert_false (cg_search_matches (search, idea));
  g_assert_true (cg_search_matches (search, other));
  cg_search_set_theme (search, FALSE, peer_roles);
  g_assert_true (cg_search_matches (search, idea));
  cg_search_set_theme (search, TRUE, NULL);

  cg_search_set_private (search, CG_SEARCH_PRIVATE_ONLY);
  g_assert_false (cg_search_matches (search, idea));
  g_assert_true (cg_search_matches (search, other));
  cg_search_set_private (search, CG_SEARCH_PRIVATE_NONE);
  g_assert_true (cg_search_matches (search, idea));
  g_assert_false (cg_search_matches (search, other));
}

static void
test_event_and_status (void)
{
  g_autoptr(CgSearch) search = cg_search_new ();
  g_autoptr(CgEvent) march = cg_event_new ("March");
  g_autoptr(CgEvent) june = cg_event_new ("June");
  g_autoptr(CgIdea) raised = cg_idea_new ("Raised in March");
  g_autoptr(CgIdea) undated = cg_idea_new ("At no event");

  cg_idea_set_event (raised, march);
  cg_idea_set_status (raised, CG_IDEA_STATUS_ACTIONED);

  cg_search_set_event (search, FALSE, march);
  g_assert_false (cg_search_is_empty (search));
  g_assert_true (cg_search_matches (search, raised));
  g_assert_false (cg_search_matches (search, undated));
  cg_search_set_event (search, FALSE, june);
  g_assert_false (cg_search_matches (search, raised));
  cg_search_set_event (search, FALSE, NULL);
  g_assert_true (cg_search_matches (search, undated));
  g_assert_false (cg_search_matches (search, raised));
  cg_search_set_event (search, TRUE, june);
  g_assert_true (cg_search_is_empty (search));
  g_assert_true (cg_search_matches (search, raised));

  cg_search_set_status (search, CG_IDEA_STATUS_OPEN);
  g_assert_false (cg_search_is_empty (search));
  g_assert_false (cg_search_matches (search, raised));
  g_assert_true (cg_search_matches (search, undated));
  cg_search_set_status (search, CG_IDEA_STATUS_ACTIONED);
  g_assert_true (cg_search_matches (search, raised));
  cg_search_set_status (search, -1);
  g_assert_true (cg_search_is_empty (search));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/search/words", test_words);
  g_test_add_func ("/model/search/fields", test_fields);
  g_test_add_func ("/model/search/event-and-status", test_event_and_status);

  return g_test_run ();
}
