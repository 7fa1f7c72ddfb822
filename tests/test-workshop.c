/* test-workshop.c: the workshop's collections: insert, remove with references, move, undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "model/cg-model.h"
#include "model/cg-text.h"
#include "model/cg-workshop-private.h"

typedef struct
{
  guint n_signals;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *record)
{
  record->n_signals++;
  record->position = position;
  record->removed = removed;
  record->added = added;
}

static const char *
idea_text_at (CgWorkshop *workshop,
              guint       position)
{
  g_autoptr(CgIdea) idea = g_list_model_get_item (cg_workshop_get_ideas (workshop), position);

  return cg_idea_get_text (idea);
}

static CgWorkshop *
workshop_with_ideas (guint n)
{
  CgWorkshop *workshop = cg_workshop_new ("Ideas");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("idea %u", i);
      g_autoptr(CgIdea) idea = cg_idea_new (text);

      cg_workshop_add (workshop, idea);
    }
  cg_history_clear (cg_workshop_get_history (workshop));
  return workshop;
}

static void
test_insert_and_lookup (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Series");
  g_autoptr(CgTheme) a = cg_theme_new ("Hope", NULL);
  g_autoptr(CgTheme) b = cg_theme_new ("Identity", NULL);
  g_autoptr(CgTheme) c = cg_theme_new ("Connectedness", NULL);
  GListModel *themes = cg_workshop_get_themes (workshop);
  ItemsChanged record = { 0 };

  g_signal_connect (themes, "items-changed", G_CALLBACK (items_changed_cb), &record);
  cg_workshop_add (workshop, a);
  cg_workshop_add (workshop, b);
  cg_workshop_insert (workshop, c, 0);
  g_assert_cmpuint (record.n_signals, ==, 3);
  g_assert_cmpuint (record.position, ==, 0);
  g_assert_cmpuint (record.added, ==, 1);
  g_assert_cmpint (cg_workshop_index_of (workshop, c), ==, 0);
  g_assert_cmpint (cg_workshop_index_of (workshop, b), ==, 2);
  g_assert_true (cg_workshop_lookup (workshop, cg_object_get_id (CG_OBJECT (b))) == CG_OBJECT (b));
  g_assert_null (cg_workshop_lookup (workshop, "nope"));
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (workshop)), ==, 0);

  cg_history_undo (cg_workshop_get_history (workshop));
  g_assert_cmpint (cg_workshop_index_of (workshop, c), ==, -1);
  g_assert_null (cg_workshop_lookup (workshop, cg_object_get_id (CG_OBJECT (c))));
  g_assert_cmpuint (record.n_signals, ==, 4);
  cg_history_redo (cg_workshop_get_history (workshop));
  g_assert_cmpint (cg_workshop_index_of (workshop, c), ==, 0);
}

static void
test_insert_refuses_foreign_references (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Series");
  g_autoptr(CgTheme) stray = cg_theme_new ("Not in this workshop", NULL);
  g_autoptr(CgIdea) idea = cg_idea_new ("x");
  g_autoptr(CgTheme) twin = NULL;

  cg_idea_set_theme (idea, stray);
  g_test_expect_message ("cg-model", G_LOG_LEVEL_CRITICAL, "*references_resolve*");
  cg_workshop_add (workshop, idea);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (workshop)), ==, 0);

  /* ids are unique */
  cg_workshop_add (workshop, stray);
  twin = g_object_new (CG_TYPE_THEME, "id", cg_object_get_id (CG_OBJECT (stray)), NULL);
  g_test_expect_message ("cg-model", G_LOG_LEVEL_CRITICAL, "*lookup*");
  cg_workshop_add (workshop, twin);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (workshop)), ==, 1);
}

static void
test_move_is_one_signal (void)
{
  g_autoptr(CgWorkshop) workshop = workshop_with_ideas (6);
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  g_autoptr(CgIdea) second = g_list_model_get_item (ideas, 1);
  CgHistory *history = cg_workshop_get_history (workshop);
  ItemsChanged record = { 0 };

  g_signal_connect (ideas, "items-changed", G_CALLBACK (items_changed_cb), &record);
  cg_workshop_move (workshop, second, 4);
  g_assert_cmpuint (record.n_signals, ==, 1);
  g_assert_cmpuint (record.position, ==, 1);
  g_assert_cmpuint (record.removed, ==, 4);
  g_assert_cmpuint (record.added, ==, 4);
  g_assert_cmpstr (idea_text_at (workshop, 1), ==, "idea 2");
  g_assert_cmpstr (idea_text_at (workshop, 4), ==, "idea 1");
  g_assert_cmpstr (idea_text_at (workshop, 5), ==, "idea 5");

  /* past the end means the end */
  cg_workshop_move (workshop, second, 100);
  g_assert_cmpstr (idea_text_at (workshop, 5), ==, "idea 1");

  g_assert_true (cg_history_undo (history));
  g_assert_true (cg_history_undo (history));
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *expected = g_strdup_printf ("idea %u", i);
      g_assert_cmpstr (idea_text_at (workshop, i), ==, expected);
    }
  g_assert_cmpuint (record.n_signals, ==, 4);

  g_assert_true (cg_history_redo (history));
  g_assert_cmpstr (idea_text_at (workshop, 4), ==, "idea 1");
}

static void
test_remove_theme_sends_ideas_to_unsorted (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Series");
  g_autoptr(CgTheme) peer = cg_theme_new ("Peer roles", NULL);
  g_autoptr(CgTheme) other = cg_theme_new ("Third-sector links", NULL);
  g_autoptr(CgIdea) a = cg_idea_new ("Paid peer workers");
  g_autoptr(CgIdea) b = cg_idea_new ("Peer support at first contact");
  g_autoptr(CgIdea) c = cg_idea_new ("Link with the carers' centre");
  g_autoptr(CgAction) action = cg_action_new ("Peer roles", "Fund two posts");
  CgHistory *history = cg_workshop_get_history (workshop);

  cg_workshop_add (workshop, peer);
  cg_workshop_add (workshop, other);
  cg_idea_set_theme (a, peer);
  cg_idea_set_theme (b, peer);
  cg_idea_set_theme (c, other);
  cg_action_set_theme (action, peer);
  cg_workshop_add (workshop, a);
  cg_workshop_add (workshop, b);
  cg_workshop_add (workshop, c);
  cg_workshop_add (workshop, action);
  cg_history_clear (history);

  cg_workshop_remove (workshop, peer);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (cg_history_get_undo_label (history), ==, "Remove theme");
  g_assert_null (cg_idea_get_theme (a));
  g_assert_null (cg_idea_get_theme (b));
  g_assert_true (cg_idea_get_theme (c) == other);
  g_assert_null (cg_action_get_theme (action));
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (workshop)), ==, 1);
  g_assert_null (cg_workshop_lookup (workshop, cg_object_get_id (CG_OBJECT (peer))));

  g_assert_true (cg_history_undo (history));
  g_assert_cmpint (cg_workshop_index_of (workshop, peer), ==, 0);
  g_assert_true (cg_idea_get_theme (a) == peer);
  g_assert_true (cg_idea_get_theme (b) == peer);
  g_assert_true (cg_action_get_theme (action) == peer);

  g_assert_true (cg_history_redo (history));
  g_assert_null (cg_idea_get_theme (a));
}

static void
test_remove_event_keeps_words (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Series");
  g_autoptr(CgEvent) march = cg_event_new ("March");
  g_autoptr(CgEvent) june = cg_event_new ("June");
  g_autoptr(CgVoice) carers = cg_voice_new ("Family and carers", NULL);
  g_autoptr(CgIdea) idea = cg_idea_new ("Carers need to hear back");
  CgHistory *history = cg_workshop_get_history (workshop);

  cg_workshop_add (workshop, march);
  cg_workshop_add (workshop, june);
  cg_workshop_add (workshop, carers);
  cg_idea_set_event (idea, march);
  cg_idea_set_voice (idea, carers);
  cg_workshop_add (workshop, idea);
  cg_idea_set_votes (idea, march, 3);
  cg_idea_set_votes (idea, june, 2);
  cg_voice_set_attendance (carers, march, 5);
  cg_voice_set_attendance (carers, june, 7);

  cg_workshop_remove (workshop, march);
  g_assert_cmpint (cg_workshop_index_of (workshop, idea), ==, 0);
  g_assert_null (cg_idea_get_event (idea));
  g_assert_cmpuint (cg_idea_get_votes (idea, march), ==, 0);
  g_assert_cmpuint (cg_idea_get_total_votes (idea), ==, 2);
  g_assert_cmpuint (cg_voice_get_total_attendance (carers), ==, 7);

  cg_history_undo (history);
  g_assert_true (cg_idea_get_event (idea) == march);
  g_assert_cmpuint (cg_idea_get_votes (idea, march), ==, 3);
  g_assert_cmpuint (cg_voice_get_attendance (carers, march), ==, 5);

  cg_workshop_remove (workshop, carers);
  g_assert_null (cg_idea_get_voice (idea));
  cg_history_undo (history);
  g_assert_true (cg_idea_get_voice (idea) == carers);
}

static void
test_remove_idea_unlinks (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Series");
  g_autoptr(CgIdea) first = cg_idea_new ("Raised in March");
  g_autoptr(CgIdea) again = cg_idea_new ("Raised again in June");
  g_autoptr(CgAction) action = cg_action_new ("First contacts", "Call back within a day");
  const char *first_id = cg_object_get_id (CG_OBJECT (first));
  CgHistory *history = cg_workshop_get_history (workshop);

  cg_workshop_add (workshop, first);
  cg_idea_set_carried_from (again, first_id);
  cg_workshop_add (workshop, again);
  cg_action_link_idea (action, first_id);
  cg_action_link_idea (action, cg_object_get_id (CG_OBJECT (again)));
  cg_workshop_add (workshop, action);

  cg_workshop_remove (workshop, first);
  g_assert_false (cg_action_links_idea (action, first_id));
  g_assert_true (cg_action_links_idea (action, cg_object_get_id (CG_OBJECT (again))));
  g_assert_null (cg_idea_get_carried_from (again));
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (workshop)), ==, 1);

  cg_history_undo (history);
  g_assert_true (cg_action_links_idea (action, first_id));
  g_assert_cmpstr (cg_idea_get_carried_from (again), ==, first_id);
  g_assert_cmpint (cg_workshop_index_of (workshop, first), ==, 0);

  /* removing then undoing leaves the original order and ids */
  cg_workshop_remove (workshop, action);
  cg_history_undo (history);
  g_assert_true (cg_workshop_lookup (workshop, cg_object_get_id (CG_OBJECT (action))) ==
                 CG_OBJECT (action));
}

static void
test_place_idea (void)
{
  g_autoptr(CgWorkshop) workshop = workshop_with_ideas (5);
  g_autoptr(CgTheme) theme = cg_theme_new ("Peer roles", NULL);
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  g_autoptr(CgIdea) first = g_list_model_get_item (ideas, 0);
  g_autoptr(CgIdea) fourth = g_list_model_get_item (ideas, 3);
  g_autoptr(CgIdea) second = g_list_model_get_item (ideas, 1);
  CgHistory *history = cg_workshop_get_history (workshop);

  cg_workshop_add (workshop, theme);
  cg_history_clear (history);

  /* forward: before the fourth idea */
  cg_workshop_place_idea (workshop, first, theme, fourth);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (cg_history_get_undo_label (history), ==, "Move idea");
  g_assert_true (cg_idea_get_theme (first) == theme);
  g_assert_cmpint (cg_workshop_index_of (workshop, first), ==, 2);
  g_assert_cmpint (cg_workshop_index_of (workshop, fourth), ==, 3);

  /* backward, and to the end */
  cg_workshop_place_idea (workshop, fourth, NULL, second);
  g_assert_cmpint (cg_workshop_index_of (workshop, fourth), ==, 0);
  g_assert_cmpint (cg_workshop_index_of (workshop, second), ==, 1);
  cg_workshop_place_idea (workshop, second, theme, NULL);
  g_assert_cmpint (cg_workshop_index_of (workshop, second), ==, 4);

  /* only the theme changes when it is already in place */
  cg_workshop_place_idea (workshop, second, NULL, second);
  g_assert_null (cg_idea_get_theme (second));
  g_assert_cmpint (cg_workshop_index_of (workshop, second), ==, 4);

  while (cg_history_undo (history))
    ;
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *expected = g_strdup_printf ("idea %u", i);
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      g_assert_cmpstr (cg_idea_get_text (idea), ==, expected);
      g_assert_null (cg_idea_get_theme (idea));
    }
}

static void
test_append_loaded (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new_with_id ("ws-1", "Loaded");
  gpointer ideas[3];
  ItemsChanged record = { 0 };
  GListModel *model = cg_workshop_get_ideas (workshop);

  for (guint i = 0; i < 3; i++)
    ideas[i] = cg_idea_new ("loaded");

  g_assert_cmpstr (cg_object_get_id (CG_OBJECT (workshop)), ==, "ws-1");
  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), &record);
  cg_workshop_append_loaded (workshop, CG_TYPE_IDEA, ideas, 3);
  g_assert_cmpuint (record.n_signals, ==, 1);
  g_assert_cmpuint (record.added, ==, 3);
  g_assert_false (cg_history_get_can_undo (cg_workshop_get_history (workshop)));
  g_assert_false (cg_history_get_modified (cg_workshop_get_history (workshop)));
  g_assert_true (cg_workshop_lookup (workshop, cg_object_get_id (ideas[2])) == ideas[2]);

  /* loaded objects record their later changes */
  cg_idea_set_kind (ideas[0], CG_IDEA_KIND_STORY);
  g_assert_true (cg_history_get_can_undo (cg_workshop_get_history (workshop)));

  for (guint i = 0; i < 3; i++)
    g_object_unref (ideas[i]);
}

static void
test_title_is_undoable_and_workshop_finalizes (void)
{
  CgWorkshop *workshop = workshop_with_ideas (3);
  g_autoptr(CgIdea) survivor = g_list_model_get_item (cg_workshop_get_ideas (workshop), 0);

  cg_workshop_set_title (workshop, "Renamed");
  g_assert_true (cg_history_get_modified (cg_workshop_get_history (workshop)));
  cg_history_undo (cg_workshop_get_history (workshop));
  g_assert_cmpstr (cg_workshop_get_title (workshop), ==, "Ideas");
  cg_history_redo (cg_workshop_get_history (workshop));
  g_assert_cmpstr (cg_workshop_get_title (workshop), ==, "Renamed");
  g_assert_finalize_object (workshop);

  /* an idea outliving its workshop can still be changed without touching a dead history */
  cg_idea_set_text (survivor, "still here");
  g_assert_cmpstr (cg_idea_get_text (survivor), ==, "still here");
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Who runs it, description, thanks and support: notified on a real change only, one undo step
 * each, typing coalesced; the contacts are the lines that hold something. */
static void
test_properties (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Series");
  CgHistory *history = cg_workshop_get_history (workshop);
  const char *names[] = { "facilitator", "description", "thanks", "support" };
  g_auto(GStrv) contacts = NULL;
  guint notified = 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *signal = g_strconcat ("notify::", names[i], NULL);
      g_autofree char *value = NULL;

      g_signal_connect (workshop, signal, G_CALLBACK (count_notify_cb), &notified);
      g_object_get (workshop, names[i], &value, NULL);
      g_assert_cmpstr (value, ==, "");
    }

  cg_workshop_set_facilitator (workshop, "Ann");
  cg_workshop_set_facilitator (workshop, "Ann");
  g_assert_cmpuint (notified, ==, 1);
  cg_workshop_set_facilitator (workshop, "Ann Smith");  /* typing on: the same step */
  cg_history_seal (history);
  cg_workshop_set_description (workshop, "Two meetings");
  cg_workshop_set_thanks (workshop, "Thank you\r\nall");
  cg_workshop_set_support (workshop, "  Samaritans — 116 123 \n\n\t\nBreathing Space\n");
  g_assert_cmpuint (notified, ==, 5);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 4);
  g_assert_cmpstr (cg_workshop_get_thanks (workshop), ==, "Thank you\nall");

  contacts = cg_workshop_dup_support_contacts (workshop);
  g_assert_cmpuint (g_strv_length (contacts), ==, 2);
  g_assert_cmpstr (contacts[0], ==, "Samaritans — 116 123");
  g_assert_cmpstr (contacts[1], ==, "Breathing Space");

  cg_history_undo (history);
  g_assert_cmpstr (cg_workshop_get_support (workshop), ==, "");
  cg_history_undo (history);
  cg_history_undo (history);
  g_assert_cmpstr (cg_workshop_get_description (workshop), ==, "");
  cg_history_undo (history);
  g_assert_cmpstr (cg_workshop_get_facilitator (workshop), ==, "");
  g_assert_false (cg_history_get_can_undo (history));
  cg_history_redo (history);
  g_assert_cmpstr (cg_workshop_get_facilitator (workshop), ==, "Ann Smith");
  g_assert_cmpuint (notified, ==, 10);

  cg_workshop_set_facilitator (workshop, NULL);
  g_assert_cmpstr (cg_workshop_get_facilitator (workshop), ==, "");
}

/* New events are named by one rule: "Workshop N, day month", N their place in the series, a
 * number already used by an event's title skipped. */
static void
test_new_event_titles (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Series");
  g_autoptr(GDateTime) december = g_date_time_new_local (2026, 12, 4, 10, 0, 0);
  g_autoptr(GDateTime) june = g_date_time_new_local (2027, 6, 18, 9, 30, 0);
  CgHistory *history = cg_workshop_get_history (workshop);
  g_autofree char *title = NULL;
  CgEvent *first, *second, *third, *today;

  first = cg_workshop_add_new_event (workshop, december);
  g_assert_cmpstr (cg_event_get_title (first), ==, "Workshop 1, 4 December");
  g_assert_cmpstr (cg_event_get_date (first), ==, "2026-12-04");
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 1);

  second = cg_workshop_add_new_event (workshop, june);
  g_assert_cmpstr (cg_event_get_title (second), ==, "Workshop 2, 18 June");
  g_assert_cmpstr (cg_event_get_date (second), ==, "2027-06-18");

  /* the first removed: the next is the third, not a second "Workshop 2" */
  cg_workshop_remove (workshop, first);
  third = cg_workshop_add_new_event (workshop, june);
  g_assert_cmpstr (cg_event_get_title (third), ==, "Workshop 3, 18 June");

  /* a renamed event frees its number; an undated "Workshop 3" takes it */
  cg_event_set_title (second, "June workshop");
  cg_event_set_title (third, "Workshop 3");
  cg_event_set_date (third, NULL);
  title = cg_workshop_dup_new_event_title (workshop, december);
  g_assert_cmpstr (title, ==, "Workshop 4, 4 December");

  today = cg_workshop_add_new_event (workshop, NULL);
  g_assert_true (g_str_has_prefix (cg_event_get_title (today), "Workshop 4, "));
  g_assert_true (cg_text_is_valid_date (cg_event_get_date (today)));
}

/* A new theme (voice) takes the first colour of its palette that no theme (voice) has yet;
 * themes and voices draw from different palettes. */
static void
test_next_colours (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Colours");
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const char *first_theme = cg_colours_next_theme (workshop);
  const char *first_voice = cg_colours_next_voice (workshop);

  g_assert_cmpstr (first_theme, !=, first_voice);
  for (guint i = 0; i < 10; i++)
    {
      const char *colour = cg_colours_next_theme (workshop);

      g_assert_false (g_hash_table_contains (seen, colour));
      g_hash_table_add (seen, (gpointer) colour);
      g_autoptr(CgTheme) theme = cg_theme_new ("A theme", colour);

      cg_workshop_add (workshop, theme);
    }
  /* all ten taken: round again, still a colour of the palette */
  g_assert_true (g_hash_table_contains (seen, cg_colours_next_theme (workshop)));
  /* a colour freed by a theme of another colour is the next one again */
  g_assert_cmpstr (cg_colours_next_voice (workshop), ==, first_voice);
}

static void
test_event_display_title (void)
{
  g_autoptr(CgEvent) named = cg_event_new ("June workshop");
  g_autoptr(CgEvent) blank = cg_event_new ("");

  g_assert_cmpstr (cg_event_get_display_title (named), ==, "June workshop");
  g_assert_cmpstr (cg_event_get_display_title (blank), ==, "Untitled event");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/workshop/insert-and-lookup", test_insert_and_lookup);
  g_test_add_func ("/model/workshop/insert-refuses-foreign-references",
                   test_insert_refuses_foreign_references);
  g_test_add_func ("/model/workshop/move-is-one-signal", test_move_is_one_signal);
  g_test_add_func ("/model/workshop/remove-theme-sends-ideas-to-unsorted",
                   test_remove_theme_sends_ideas_to_unsorted);
  g_test_add_func ("/model/workshop/remove-event-keeps-words", test_remove_event_keeps_words);
  g_test_add_func ("/model/workshop/remove-idea-unlinks", test_remove_idea_unlinks);
  g_test_add_func ("/model/workshop/place-idea", test_place_idea);
  g_test_add_func ("/model/workshop/append-loaded", test_append_loaded);
  g_test_add_func ("/model/workshop/properties", test_properties);
  g_test_add_func ("/model/workshop/new-event-titles", test_new_event_titles);
  g_test_add_func ("/model/workshop/title-undoable-and-finalizes",
                   test_title_is_undoable_and_workshop_finalizes);

  g_test_add_func ("/model/colours/next", test_next_colours);
  g_test_add_func ("/model/event/display-title", test_event_display_title);

  return g_test_run ();
}
