/* test-window-series.c: a series in the window: the event switcher, a new event that brings
 * ideas forward, picked cards combined or turned into an action
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-test-util.h"
#include "cg-test-window.h"

#include "model/cg-action-links.h"
#include "model/cg-carry.h"
#include "widgets/cg-board-private.h"
#include "widgets/cg-events-dialog.h"

typedef CgTestWindow Fixture;

static guint
count_at (Fixture *f,
          CgEvent *event)
{
  GListModel *ideas = cg_workshop_get_ideas (f->workshop);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    n += cg_idea_get_event (cg_test_nth (ideas, i)) == event;
  return n;
}

/* The ideas of the series: an idea and its carried copies count once. (Worked out here from
 * the links, not with cg-series.h: the ideas less those carried from another idea.) */
static guint
count_series (Fixture *f)
{
  GListModel *ideas = cg_workshop_get_ideas (f->workshop);
  guint n = g_list_model_get_n_items (ideas);
  guint in_series = n;

  for (guint i = 0; i < n; i++)
    {
      CgIdea *idea = cg_test_nth (ideas, i);
      const char *carried_from = cg_idea_get_carried_from (idea);

      if (carried_from != NULL && CG_IS_IDEA (cg_workshop_lookup (f->workshop, carried_from)))
        in_series--;
    }
  return in_series;
}

static gboolean
has_unfinished_action (Fixture *f,
                       CgIdea  *idea)
{
  GListModel *actions = cg_workshop_get_actions (f->workshop);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      CgAction *action = cg_test_nth (actions, i);
      CgActionStatus status = cg_action_get_status (action);

      if (cg_action_links_idea (action, cg_object_get_id (CG_OBJECT (idea))) &&
          status != CG_ACTION_STATUS_DONE && status != CG_ACTION_STATUS_NOT_DOING)
        return TRUE;
    }
  return FALSE;
}

static gboolean
action_enabled (Fixture    *f,
                const char *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (f->window), name);
}

static void
test_event_switcher (Fixture       *f,
                     gconstpointer  data)
{
  GListModel *events = cg_workshop_get_events (f->workshop);
  CgEvent *first = cg_test_nth (events, 0);
  CgEvent *second = cg_test_nth (events, 1);
  guint total = g_list_model_get_n_items (cg_workshop_get_ideas (f->workshop));
  guint in_series = count_series (f);
  GtkDropDown *switcher = f->window->event_dropdown;
  GtkStringList *labels;
  CgIdea *added;

  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (switcher), ==, 0);
  /* all events: the sample's ideas carried from March to June show once */
  g_assert_cmpuint (in_series, <, total);
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, in_series);
  g_assert_cmpuint (count_at (f, first), >, 0);
  g_assert_cmpuint (count_at (f, first), <, total);

  /* the first event alone: its ideas, and new ones go to it, not to the newest */
  gtk_drop_down_set_selected (switcher, 1);
  cg_test_iterate ();
  g_assert_true (f->window->current_event == first);
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, count_at (f, first));
  g_assert_cmpuint (cg_capture_bar_add_text (f->capture_bar, "Raised at the first"), ==, 1);
  added = cg_test_nth (cg_workshop_get_ideas (f->workshop), total);
  g_assert_true (cg_idea_get_event (added) == first);
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, count_at (f, first));

  /* renaming an event renames its entry */
  cg_event_set_title (second, "June, at the library");
  cg_test_iterate ();
  labels = GTK_STRING_LIST (gtk_drop_down_get_model (switcher));
  g_assert_true (g_str_has_prefix (gtk_string_list_get_string (labels, 2),
                                   "June, at the library"));
  g_assert_cmpuint (gtk_drop_down_get_selected (switcher), ==, 1);

  /* the event shown goes (undo of nothing else: remove it): back to all events */
  gtk_drop_down_set_selected (switcher, 2);
  cg_test_iterate ();
  g_assert_true (f->window->current_event == second);
  cg_workshop_remove (f->workshop, second);
  cg_test_iterate ();
  g_assert_null (f->window->current_event);
  g_assert_cmpuint (gtk_drop_down_get_selected (switcher), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (switcher)), ==, 2);
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, in_series + 1);
}

static void
test_new_event_brings_forward (Fixture       *f,
                               gconstpointer  data)
{
  GListModel *events = cg_workshop_get_events (f->workshop);
  GListModel *ideas = cg_workshop_get_ideas (f->workshop);
  CgHistory *history = cg_workshop_get_history (f->workshop);
  CgEvent *previous = cg_test_nth (events, 1);
  guint total = g_list_model_get_n_items (ideas);
  guint expected = 0;
  CgEvent *event;

  for (guint i = 0; i < total; i++)
    {
      CgIdea *idea = cg_test_nth (ideas, i);

      if (cg_idea_get_event (idea) == previous &&
          (cg_idea_get_status (idea) == CG_IDEA_STATUS_OPEN || has_unfinished_action (f, idea)))
        expected++;
    }
  g_assert_cmpuint (expected, >, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-event", NULL));
  cg_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 3);
  event = cg_test_nth (events, 2);
  g_assert_true (f->window->current_event == event);
  g_assert_cmpuint (gtk_drop_down_get_selected (f->window->event_dropdown), ==, 3);
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, 0);

  /* the offer, accepted */
  g_assert_nonnull (f->window->carry_dialog);
  gtk_dialog_response (GTK_DIALOG (f->window->carry_dialog), GTK_RESPONSE_ACCEPT);
  cg_test_iterate ();
  g_assert_null (f->window->carry_dialog);
  g_assert_cmpuint (count_at (f, event), ==, expected);
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, expected);
  for (guint i = total; i < total + expected; i++)
    g_assert_nonnull (cg_idea_get_carried_from (cg_test_nth (ideas, i)));

  /* one undo takes the carried ideas back, the next the event */
  g_assert_true (cg_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, total);
  g_assert_true (cg_history_undo (history));
  cg_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);
  g_assert_null (f->window->current_event);

  /* "Start Empty" brings nothing */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-event", NULL));
  cg_test_iterate ();
  g_assert_nonnull (f->window->carry_dialog);
  gtk_dialog_response (GTK_DIALOG (f->window->carry_dialog), GTK_RESPONSE_REJECT);
  cg_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, total);
}

static void
test_events_dialog (Fixture       *f,
                    gconstpointer  data)
{
  GListModel *events = cg_workshop_get_events (f->workshop);
  CgEvent *first = cg_test_nth (events, 0);
  CgEvent *second = cg_test_nth (events, 1);
  g_autofree char *first_date = g_strdup (cg_event_get_date (first));
  g_autofree char *target = NULL;
  CgEventsDialog *dialog;
  GtkEditable *date;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-events", NULL));
  cg_test_iterate ();
  dialog = CG_EVENTS_DIALOG (f->window->events_dialog);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (cg_events_dialog_get_entry (dialog, 1, 0)), ==,
                   cg_event_get_title (second));

  /* typing renames; a date is taken only once it is a real one */
  gtk_editable_set_text (cg_events_dialog_get_entry (dialog, 0, 0), "Spring workshop");
  g_assert_cmpstr (cg_event_get_title (first), ==, "Spring workshop");
  date = cg_events_dialog_get_entry (dialog, 0, 1);
  gtk_editable_set_text (date, "2026-02-30");
  g_assert_cmpstr (cg_event_get_date (first), ==, first_date);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));
  gtk_editable_set_text (date, "2026-03-14");
  g_assert_cmpstr (cg_event_get_date (first), ==, "2026-03-14");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));
  /* an undo (Ctrl+Z in the Events window too) shows in the entry */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "events.undo", NULL));
  g_assert_cmpstr (gtk_editable_get_text (date), ==, first_date);
  /* emptied, the date goes on Enter */
  gtk_editable_set_text (date, "");
  g_assert_cmpstr (cg_event_get_date (first), ==, first_date);
  g_signal_emit_by_name (date, "activate");
  g_assert_null (cg_event_get_date (first));
  g_assert_true (cg_history_undo (cg_workshop_get_history (f->workshop)));

  /* later in the series, then removed: the rows follow */
  target = g_strdup (cg_object_get_id (CG_OBJECT (first)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "events.move", "(si)", target,
                                             1));
  g_assert_true (cg_test_nth (events, 1) == first);
  g_assert_cmpstr (gtk_editable_get_text (cg_events_dialog_get_entry (dialog, 1, 0)), ==,
                   "Spring workshop");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "events.remove", "(si)",
                                             target, 0));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
  g_assert_null (cg_events_dialog_get_entry (dialog, 1, 0));
  g_assert_true (cg_history_undo (cg_workshop_get_history (f->workshop)));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);
  gtk_window_destroy (GTK_WINDOW (dialog));
  cg_test_iterate ();
  g_assert_null (f->window->events_dialog);
}

/* A theme chosen in the search bar stays chosen when another is added before it, and the
 * choice goes back to "Any theme" when it is removed. */
static void
test_search_keeps_choice (Fixture       *f,
                          gconstpointer  data)
{
  GListModel *themes = cg_workshop_get_themes (f->workshop);
  CgTheme *second = cg_test_nth (themes, 1);
  g_autoptr(CgTheme) added = cg_theme_new ("Added first", "#3584e4");
  guint shown;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  gtk_drop_down_set_selected (f->window->search_theme, 3);  /* Any, Unsorted, first, second */
  cg_test_iterate ();
  g_assert_true (cg_choices_get_object (f->window->theme_choices) == second);
  shown = cg_board_get_n_shown (f->board);
  g_assert_cmpuint (shown, >, 0);

  cg_workshop_insert (f->workshop, added, 0);
  cg_test_iterate ();
  g_assert_cmpuint (gtk_drop_down_get_selected (f->window->search_theme), ==, 4);
  g_assert_true (cg_choices_get_object (f->window->theme_choices) == second);
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, shown);

  /* Unsorted (a fixed entry) stays Unsorted */
  gtk_drop_down_set_selected (f->window->search_theme, 1);
  cg_workshop_remove (f->workshop, added);
  cg_test_iterate ();
  g_assert_cmpint (cg_choices_get_fixed (f->window->theme_choices), ==, 1);

  gtk_drop_down_set_selected (f->window->search_theme, 3);
  cg_workshop_remove (f->workshop, second);
  cg_test_iterate ();
  g_assert_cmpint (cg_choices_get_fixed (f->window->theme_choices), ==, 0);
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, count_series (f));
}

/* Whether the board lets @idea through (its filter, or none: every card). */
static gboolean
board_shows (Fixture *f,
             CgIdea  *idea)
{
  return cg_board_get_n_shown (f->board) ==
           g_list_model_get_n_items (cg_workshop_get_ideas (f->workshop)) ||
         gtk_filter_match (f->window->filter, idea);
}

/* All events show each idea once, as its latest copy, however many events it was carried
 * through; the search count counts the same; one event shows its own cards as before. */
static void
test_all_events_once (Fixture       *fixture,
                      gconstpointer  data)
{
  Fixture *f = fixture;
  GListModel *events = cg_workshop_get_events (f->workshop);
  GListModel *ideas = cg_workshop_get_ideas (f->workshop);
  CgEvent *june = cg_test_nth (events, 1);
  guint total = g_list_model_get_n_items (ideas);
  guint in_series = count_series (f);
  g_autofree char *count = NULL;
  CgEvent *september;
  guint n_carried = 0;

  g_assert_null (f->window->current_event);
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, in_series);
  for (guint i = 0; i < total; i++)
    {
      CgIdea *idea = cg_test_nth (ideas, i);
      CgObject *original = cg_workshop_lookup (f->workshop, cg_idea_get_carried_from (idea));

      if (original == NULL)
        continue;
      /* the June copy, not the March idea it came from */
      g_assert_true (board_shows (f, idea));
      g_assert_false (board_shows (f, CG_IDEA (original)));
      n_carried++;
    }
  g_assert_cmpuint (n_carried, ==, total - in_series);

  /* the search counts the ideas of the series too */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  cg_test_iterate ();
  count = g_strdup_printf ("%u of %u ideas", in_series, in_series);
  g_assert_cmpstr (gtk_label_get_text (f->window->search_count), ==, count);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));

  /* June alone: its own cards, carried copies included */
  gtk_drop_down_set_selected (f->window->event_dropdown, 2);
  cg_test_iterate ();
  g_assert_true (f->window->current_event == june);
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, count_at (f, june));

  /* a third event, its open ideas brought forward: still the same ideas over all events */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-event", NULL));
  cg_test_iterate ();
  september = cg_test_nth (events, 2);
  g_assert_nonnull (f->window->carry_dialog);
  gtk_dialog_response (GTK_DIALOG (f->window->carry_dialog), GTK_RESPONSE_ACCEPT);
  cg_test_iterate ();
  g_assert_cmpuint (count_at (f, september), >, 0);
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, count_at (f, september));
  gtk_drop_down_set_selected (f->window->event_dropdown, 0);
  cg_test_iterate ();
  g_assert_null (f->window->current_event);
  g_assert_cmpuint (count_series (f), ==, in_series);
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, in_series);
  for (guint i = total; i < g_list_model_get_n_items (ideas); i++)
    {
      CgIdea *copy = cg_test_nth (ideas, i);
      CgObject *earlier = cg_workshop_lookup (f->workshop, cg_idea_get_carried_from (copy));

      g_assert_true (board_shows (f, copy));
      g_assert_false (board_shows (f, CG_IDEA (earlier)));
    }

  /* the bringing forward undone: the June copies stand again */
  g_assert_true (cg_history_undo (cg_workshop_get_history (f->workshop)));
  cg_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, total);
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, in_series);
}

/* The first two ideas of the first theme with two or more. */
static void
two_of_a_theme (Fixture  *f,
                CgIdea  **a,
                CgIdea  **b)
{
  GListModel *ideas = cg_workshop_get_ideas (f->workshop);

  *a = *b = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (ideas) && *b == NULL; i++)
    for (guint j = i + 1; j < g_list_model_get_n_items (ideas) && *b == NULL; j++)
      {
        CgIdea *x = cg_test_nth (ideas, i), *y = cg_test_nth (ideas, j);

        if (cg_idea_get_theme (x) != NULL && cg_idea_get_theme (x) == cg_idea_get_theme (y))
          {
            *a = x;
            *b = y;
          }
      }
  g_assert_nonnull (*b);
}

static void
test_combine_picked_cards (Fixture       *f,
                           gconstpointer  data)
{
  GListModel *ideas = cg_workshop_get_ideas (f->workshop);
  CgHistory *history = cg_workshop_get_history (f->workshop);
  guint total = g_list_model_get_n_items (ideas);
  CgIdea *a, *b;
  guint votes;

  two_of_a_theme (f, &a, &b);
  g_object_ref (a);
  votes = cg_idea_get_total_votes (a) + cg_idea_get_total_votes (b);
  g_assert_false (action_enabled (f, "combine"));

  /* Ctrl+Space on the selected card picks it; a second pick makes two */
  cg_board_select_idea (f->board, b);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->board), "board.toggle-mark",
                                             NULL));
  g_assert_cmpuint (cg_board_get_n_marked (f->board), ==, 1);
  g_assert_false (action_enabled (f, "combine"));
  cg_board_toggle_mark (f->board, a);
  g_assert_cmpuint (cg_board_get_n_marked (f->board), ==, 2);
  g_assert_true (action_enabled (f, "combine"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.combine", NULL));
  cg_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, total - 1);
  /* the selected card is the one kept */
  g_assert_cmpint (cg_workshop_index_of (f->workshop, b), >=, 0);
  g_assert_cmpint (cg_workshop_index_of (f->workshop, a), ==, -1);
  g_assert_cmpuint (cg_idea_get_total_votes (b), ==, votes);
  g_assert_cmpuint (cg_board_get_n_marked (f->board), ==, 0);
  g_assert_true (cg_board_get_selected_idea (f->board) == b);

  g_assert_true (cg_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, total);
  g_assert_cmpint (cg_workshop_index_of (f->workshop, a), >=, 0);

  /* picks the event switcher hides are let go: nothing out of sight is combined */
  cg_board_toggle_mark (f->board, a);
  cg_board_toggle_mark (f->board, b);
  g_assert_true (action_enabled (f, "combine"));
  gtk_drop_down_set_selected (f->window->event_dropdown, 1);
  cg_test_iterate ();
  g_assert_cmpuint (cg_board_get_n_marked (f->board), ==, 0);
  g_assert_false (action_enabled (f, "combine"));
  g_object_unref (a);
}

static void
test_new_action_from_cards (Fixture       *f,
                            gconstpointer  data)
{
  GListModel *actions = cg_workshop_get_actions (f->workshop);
  guint n_actions = g_list_model_get_n_items (actions);
  CgIdea *a, *b;
  CgAction *action;
  GtkWidget *card;
  g_autoptr(GPtrArray) led_to = NULL;

  two_of_a_theme (f, &a, &b);
  led_to = cg_workshop_dup_idea_actions (f->workshop, a);
  cg_board_toggle_mark (f->board, a);
  cg_board_toggle_mark (f->board, b);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-action", NULL));
  cg_test_iterate ();

  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, n_actions + 1);
  action = cg_test_nth (actions, n_actions);
  g_assert_true (cg_action_links_idea (action, cg_object_get_id (CG_OBJECT (a))));
  g_assert_true (cg_action_links_idea (action, cg_object_get_id (CG_OBJECT (b))));
  g_assert_true (cg_action_get_theme (action) == cg_idea_get_theme (a));
  g_assert_cmpstr (cg_window_get_view (f->window), ==, "plan");
  g_assert_true (cg_action_plan_get_selected_action (f->window->action_plan) == action);
  g_assert_cmpuint (cg_board_get_n_marked (f->board), ==, 0);

  /* back on the board, the card says what it led to */
  cg_window_show_view (f->window, "board");
  cg_board_select_idea (f->board, a);
  cg_test_iterate ();
  card = cg_board_get_card (f->board, a);
  g_assert_nonnull (card);
  g_assert_cmpuint (cg_idea_card_get_n_actions (CG_IDEA_CARD (card)), ==, led_to->len + 1);
  /* and forgets it with the undo */
  g_assert_true (cg_history_undo (cg_workshop_get_history (f->workshop)));
  cg_test_iterate ();
  g_assert_cmpuint (cg_idea_card_get_n_actions (CG_IDEA_CARD (card)), ==, led_to->len);
}

int
main (int   argc,
      char *argv[])
{
  cg_test_window_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/widgets/window-series/" path, Fixture, NULL, cg_test_window_set_up, func, \
              cg_test_window_tear_down)
  ADD ("event-switcher", test_event_switcher);
  ADD ("events-dialog", test_events_dialog);
  ADD ("search-keeps-choice", test_search_keeps_choice);
  ADD ("new-event-brings-forward", test_new_event_brings_forward);
  ADD ("combine-picked-cards", test_combine_picked_cards);
  ADD ("new-action-from-cards", test_new_action_from_cards);
  ADD ("all-events-once", test_all_events_once);
#undef ADD

  return g_test_run ();
}
