/* test-presenter.c: the room's screen: it follows the laptop (adds, moves, edits, deletes, undo,
 * the event switcher, the theme order), never shows a private note anywhere in its widgets or
 * their accessible names, holds back exactly the new ideas, reads back in the stated order,
 * shows the timer and the voting round's counts, and opens and closes with F5 and Escape
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "cg-test-util.h"
#include "cg-test-window.h"
#include "widgets/room/cg-presenter-card.h"
#include "widgets/room/cg-presenter.h"
#include "widgets/room/cg-room-bar.h"
#include "widgets/room/cg-room-cards.h"
#include "widgets/room/cg-timer-button.h"

typedef CgTestWindow Fixture;

/* Words no other note has, to look for everywhere. */
#define SECRET "Secret words about the night shift on ward 4"

/* Helpers */

static CgRoom *
room_of (Fixture *f)
{
  return cg_window_get_room (f->window);
}

static CgPresenter *
open_presenter (Fixture *f)
{
  GtkWidget *presenter;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.presenter", NULL));
  presenter = cg_window_get_presenter (f->window);
  g_assert_true (CG_IS_PRESENTER (presenter));
  cg_test_iterate ();
  return CG_PRESENTER (presenter);
}

/* The words on show for @idea under @root (a presenter or one of its columns): on a column's
 * drawn cards or on a card widget (the spotlight), or NULL. */
static const char *
shown_text (GtkWidget *root,
            CgIdea    *idea)
{
  const char *text = NULL;

  if (!gtk_widget_get_mapped (root))
    return NULL;
  if (CG_IS_ROOM_CARDS (root))
    return cg_room_cards_get_shown_text (CG_ROOM_CARDS (root), idea);
  if (CG_IS_PRESENTER_CARD (root) && cg_presenter_card_get_idea (CG_PRESENTER_CARD (root)) == idea)
    return cg_presenter_card_get_text (CG_PRESENTER_CARD (root));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL && text == NULL;
       child = gtk_widget_get_next_sibling (child))
    text = shown_text (child, idea);
  return text;
}

static CgPresenterCard *
spotlight_of (CgPresenter *presenter)
{
  return CG_PRESENTER_CARD (cg_presenter_get_spotlight (presenter));
}

static CgPresenterColumn *
column_of (CgPresenter *presenter,
           CgTheme     *theme)
{
  for (guint i = 0; i < cg_presenter_get_n_columns (presenter); i++)
    if (cg_presenter_column_get_theme (cg_presenter_get_column (presenter, i)) == theme)
      return cg_presenter_get_column (presenter, i);
  g_assert_not_reached ();
}

typedef struct
{
  GtkWidget  *root;
  CgIdea     *idea;
  gboolean    shown;     /* wait for it to be on show (TRUE) or gone (FALSE) */
  const char *text;      /* with the words (when shown) */
} CardWait;

static gboolean
card_as_wanted_cb (gpointer data)
{
  CardWait *wait = data;
  const char *text = shown_text (wait->root, wait->idea);

  if (!wait->shown)
    return text == NULL;
  return text != NULL && (wait->text == NULL || g_strcmp0 (text, wait->text) == 0);
}

static void
wait_for_card (GtkWidget  *root,
               CgIdea     *idea,
               gboolean    shown,
               const char *text)
{
  CardWait wait = { root, idea, shown, text };

  cg_test_wait_until (card_as_wanted_cb, &wait);
}

static gboolean
in_model (GListModel *model,
          gpointer    item)
{
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);

      if (object == item)
        return TRUE;
    }
  return FALSE;
}

/* Adds an idea (private with @text SECRET: marked before it is added, as the room must never
 * see it even for a moment). */
static CgIdea *
add_idea (Fixture    *f,
          const char *text,
          CgTheme    *theme,
          CgEvent    *event)
{
  CgIdea *idea = cg_idea_new (text);

  cg_idea_set_private (idea, g_str_has_prefix (text, SECRET));

  cg_idea_set_theme (idea, theme);
  cg_idea_set_event (idea, event);
  return cg_test_add (f->workshop, idea);
}

static CgEvent *
last_event (Fixture *f)
{
  GListModel *events = cg_workshop_get_events (f->workshop);

  return cg_test_nth (events, g_list_model_get_n_items (events) - 1);
}

/* Every word the presenter holds: labels, tooltips, titles, accessible labels and
 * descriptions, of every widget, on show or not, and the words laid out on drawn cards. */
static void
collect_words (GtkWidget *widget,
               GString   *words)
{
  const GtkAccessibleProperty properties[] = {
    GTK_ACCESSIBLE_PROPERTY_LABEL, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
  };

  if (GTK_IS_LABEL (widget))
    g_string_append_printf (words, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  if (CG_IS_ROOM_CARDS (widget))
    {
      g_autofree char *drawn = cg_room_cards_dup_words (CG_ROOM_CARDS (widget));

      g_string_append (words, drawn);
    }
  if (GTK_IS_WINDOW (widget) && gtk_window_get_title (GTK_WINDOW (widget)) != NULL)
    g_string_append_printf (words, "%s\n", gtk_window_get_title (GTK_WINDOW (widget)));
  if (gtk_widget_get_tooltip_text (widget) != NULL)
    g_string_append_printf (words, "%s\n", gtk_widget_get_tooltip_text (widget));
  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    {
      /* (the value is returned when it is not the one asked about: never, here) */
      g_autofree char *value =
        gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), properties[i],
                                            "\x01 not a value \x01");

      if (value != NULL)
        g_string_append_printf (words, "%s\n", value);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_words (child, words);
}

static char *
presenter_words (CgPresenter *presenter)
{
  GString *words = g_string_new (NULL);

  collect_words (GTK_WIDGET (presenter), words);
  return g_string_free (words, FALSE);
}

static void
assert_no_secret (CgPresenter *presenter,
                  const char  *seen)
{
  g_autofree char *words = presenter_words (presenter);

  g_assert_null (strstr (words, "Secret words"));
  g_assert_null (strstr (words, "night shift"));
  /* the walk does reach cards' labels and accessible names */
  if (seen != NULL)
    g_assert_nonnull (strstr (words, seen));
}

/* Opening and closing */

static void
test_opens_and_closes (Fixture       *f,
                       gconstpointer  data)
{
  CgRoom *room = room_of (f);
  GtkWidget *presenter;
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (f->window), "presenter");
  g_autoptr(GVariant) state = NULL;

  g_assert_false (cg_room_get_presenting (room));
  /* no presenter, no room models: a capture costs nothing there */
  g_assert_cmpuint (g_list_model_get_n_items (cg_room_get_ideas (room)), ==, 0);

  presenter = GTK_WIDGET (open_presenter (f));
  g_assert_true (gtk_widget_get_visible (presenter));
  g_assert_true (cg_room_get_presenting (room));
  g_assert_cmpuint (g_list_model_get_n_items (cg_room_get_ideas (room)), >, 0);
  state = g_action_get_state (action);
  g_assert_true (g_variant_get_boolean (state));
  g_clear_pointer (&state, g_variant_unref);

  /* Escape on it closes it (its key binding: window.close) */
  g_object_add_weak_pointer (G_OBJECT (presenter), (gpointer *) &presenter);
  g_assert_true (gtk_widget_activate_action (presenter, "window.close", NULL));
  cg_test_iterate ();
  g_assert_null (presenter);
  g_assert_null (cg_window_get_presenter (f->window));
  g_assert_false (cg_room_get_presenting (room));
  state = g_action_get_state (action);
  g_assert_false (g_variant_get_boolean (state));
  g_clear_pointer (&state, g_variant_unref);

  /* F5 on the laptop opens it, and again closes it */
  presenter = GTK_WIDGET (open_presenter (f));
  g_object_add_weak_pointer (G_OBJECT (presenter), (gpointer *) &presenter);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.presenter", NULL));
  cg_test_iterate ();
  g_assert_null (presenter);

  /* closing the laptop's window closes the room's too */
  presenter = GTK_WIDGET (open_presenter (f));
  g_object_add_weak_pointer (G_OBJECT (presenter), (gpointer *) &presenter);
  gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = NULL;
  cg_test_iterate ();
  g_assert_null (presenter);
}

/* The presenter has the keys of the issue: Escape and F5 close it. */
static void
test_keys_close (Fixture       *f,
                 gconstpointer  data)
{
  const guint keys[] = { GDK_KEY_Escape, GDK_KEY_F5 };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      CgPresenter *presenter = open_presenter (f);
      GtkWidget *weak = GTK_WIDGET (presenter);
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (presenter));
      gboolean found = FALSE;

      g_object_add_weak_pointer (G_OBJECT (weak), (gpointer *) &weak);
      /* the class's bindings: a shortcut for the key whose action is window.close */
      for (guint c = 0; c < g_list_model_get_n_items (controllers) && !found; c++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, c);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !found; s++)
            {
              g_autoptr(GtkShortcut) shortcut =
                g_list_model_get_item (G_LIST_MODEL (controller), s);
              GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
              GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

              if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
                  gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keys[i] &&
                  GTK_IS_NAMED_ACTION (action) &&
                  g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                             "window.close") == 0)
                found = gtk_shortcut_action_activate (action, 0, GTK_WIDGET (presenter), NULL);
            }
        }
      g_assert_true (found);
      cg_test_iterate ();
      g_assert_null (weak);
    }
}

/* Following the laptop */

static void
test_follows_changes (Fixture       *f,
                      gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (f->workshop);
  GListModel *themes = cg_workshop_get_themes (f->workshop);
  CgTheme *first = cg_test_nth (themes, 0);
  CgTheme *second = cg_test_nth (themes, 1);
  CgPresenter *presenter = open_presenter (f);
  GtkWidget *root = GTK_WIDGET (presenter);
  CgIdea *idea;

  g_assert_cmpstr (cg_presenter_get_page (presenter), ==, "board");
  /* Unsorted, then the themes in the workshop's order */
  g_assert_cmpuint (cg_presenter_get_n_columns (presenter), ==,
                    1 + g_list_model_get_n_items (themes));
  g_assert_null (cg_presenter_column_get_theme (cg_presenter_get_column (presenter, 0)));
  g_assert_true (cg_presenter_column_get_theme (cg_presenter_get_column (presenter, 1)) == first);

  /* an idea captured on the laptop */
  idea = add_idea (f, "A named worker from the first call", first, last_event (f));
  wait_for_card (GTK_WIDGET (column_of (presenter, first)), idea, TRUE,
                 "A named worker from the first call");

  /* edited */
  cg_idea_set_text (idea, "A named worker from the very first call");
  wait_for_card (root, idea, TRUE, "A named worker from the very first call");

  /* moved to another theme */
  cg_workshop_place_idea (f->workshop, idea, second, NULL);
  wait_for_card (GTK_WIDGET (column_of (presenter, second)), idea, TRUE, NULL);
  wait_for_card (GTK_WIDGET (column_of (presenter, first)), idea, FALSE, NULL);

  /* the move undone: back where it was */
  g_assert_true (cg_history_undo (history));
  wait_for_card (GTK_WIDGET (column_of (presenter, first)), idea, TRUE, NULL);
  wait_for_card (GTK_WIDGET (column_of (presenter, second)), idea, FALSE, NULL);

  /* removed, and the removal undone */
  g_object_ref (idea);
  cg_workshop_remove (f->workshop, idea);
  wait_for_card (root, idea, FALSE, NULL);
  g_assert_true (cg_history_undo (history));
  wait_for_card (root, idea, TRUE, "A named worker from the very first call");
  g_object_unref (idea);

  /* the theme order: the second theme moved first moves its column */
  cg_workshop_move (f->workshop, second, 0);
  cg_test_iterate ();
  g_assert_true (cg_presenter_column_get_theme (cg_presenter_get_column (presenter, 1)) == second);
  g_assert_true (cg_presenter_column_get_theme (cg_presenter_get_column (presenter, 2)) == first);
  g_assert_true (in_model (cg_presenter_column_get_ideas (column_of (presenter, first)), idea));
}

/* The laptop's event switcher: the room sees the event the laptop shows. */
static void
test_follows_event (Fixture       *f,
                    gconstpointer  data)
{
  CgPresenter *presenter = open_presenter (f);
  CgRoom *room = room_of (f);
  GListModel *ideas = cg_workshop_get_ideas (f->workshop);
  CgEvent *first_event = cg_test_nth (cg_workshop_get_events (f->workshop), 0);
  guint expected = 0;
  guint shown = 0;

  cg_window_set_current_event (f->window, first_event);
  cg_test_iterate ();
  g_assert_true (cg_room_get_event (room) == first_event);
  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      CgIdea *idea = cg_test_nth (ideas, i);

      expected += cg_idea_get_event (idea) == first_event && !cg_idea_get_private (idea);
    }
  for (guint i = 0; i < cg_presenter_get_n_columns (presenter); i++)
    {
      CgPresenterColumn *column = cg_presenter_get_column (presenter, i);

      shown += g_list_model_get_n_items (cg_presenter_column_get_ideas (column));
    }
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (shown, ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (cg_room_get_ideas (room)), ==, expected);

  /* all events again: one card per lineage (the latest copy), as on the laptop's board */
  cg_window_set_current_event (f->window, NULL);
  cg_test_iterate ();
  g_assert_null (cg_room_get_event (room));
  for (guint i = 0, n = g_list_model_get_n_items (cg_room_get_ideas (room)); i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (cg_room_get_ideas (room), i);

      for (guint j = 0; j < g_list_model_get_n_items (ideas); j++)
        {
          CgIdea *other = cg_test_nth (ideas, j);

          /* no idea shown was carried forward to a later copy also shown */
          if (other != idea && g_strcmp0 (cg_idea_get_carried_from (other),
                                          cg_object_get_id (CG_OBJECT (idea))) == 0)
            g_assert_false (in_model (cg_room_get_ideas (room), other));
        }
    }
}

/* All events: an idea carried forward while the room watches gives its place to the copy (the
 * window's series says which copy is the latest), and takes it back when that is undone. */
static void
test_follows_carry (Fixture       *f,
                    gconstpointer  data)
{
  CgEvent *first_event = cg_test_nth (cg_workshop_get_events (f->workshop), 0);
  CgIdea *idea = add_idea (f, "A named worker from the first call", NULL, first_event);
  CgRoom *room;
  CgIdea *copy;

  open_presenter (f);
  room = room_of (f);
  g_assert_null (cg_room_get_event (room));
  g_assert_true (in_model (cg_room_get_ideas (room), idea));

  copy = cg_idea_new ("A named worker from the first call");
  cg_idea_set_event (copy, last_event (f));
  cg_idea_set_carried_from (copy, cg_object_get_id (CG_OBJECT (idea)));
  cg_test_add (f->workshop, copy);
  cg_test_iterate ();
  g_assert_true (in_model (cg_room_get_ideas (room), copy));
  g_assert_false (in_model (cg_room_get_ideas (room), idea));

  g_assert_true (cg_history_undo (cg_workshop_get_history (f->workshop)));
  cg_test_iterate ();
  g_assert_true (in_model (cg_room_get_ideas (room), idea));
}

/* Privacy: whatever the laptop shows, the room's screen never holds a private note's words,
 * in any label, tooltip, title or accessible name, in any mode. */
static void
test_never_private (Fixture       *f,
                    gconstpointer  data)
{
  CgTheme *first = cg_test_nth (cg_workshop_get_themes (f->workshop), 0);
  CgPresenter *presenter;
  CgRoom *room = room_of (f);
  CgIdea *secret, *open;

  /* the laptop shows private notes (asked once a run: say it was) */
  g_object_set_data (G_OBJECT (f->window), "cg-private-notes-confirmed", GINT_TO_POINTER (1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-private", NULL));
  cg_test_iterate ();

  presenter = open_presenter (f);
  secret = add_idea (f, SECRET, first, last_event (f));
  cg_idea_set_votes (secret, last_event (f), 99);
  open = add_idea (f, "Open words everyone may read", first, last_event (f));
  g_assert_true (cg_idea_get_private (secret));
  wait_for_card (GTK_WIDGET (presenter), open, TRUE, NULL);
  g_assert_false (in_model (cg_room_get_ideas (room), secret));
  g_assert_null (shown_text (GTK_WIDGET (presenter), secret));
  assert_no_secret (presenter, "Open words everyone may read");

  /* read back by votes: the secret has the most, and is still never shown */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.read-back", "s",
                                             "votes"));
  cg_test_iterate ();
  g_assert_true (cg_room_get_read_back_idea (room) != secret);
  for (int i = 0; i < 60; i++)
    {
      g_assert_true (cg_room_get_read_back_idea (room) != secret);
      gtk_widget_activate_action (GTK_WIDGET (f->window), "win.read-back-next", NULL);
    }
  cg_test_iterate ();
  assert_no_secret (presenter, NULL);

  /* the card read back made private on the laptop leaves the room's screen at once */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.read-back", "s",
                                             "theme"));
  while (cg_room_get_read_back_idea (room) != open)
    {
      CgIdea *before = cg_room_get_read_back_idea (room);

      gtk_widget_activate_action (GTK_WIDGET (f->window), "win.read-back-next", NULL);
      g_assert_true (cg_room_get_read_back_idea (room) != before);
    }
  g_assert_cmpstr (cg_presenter_card_get_text (spotlight_of (presenter)),
                   ==, "Open words everyone may read");
  cg_idea_set_text (open, SECRET " (2)");
  cg_idea_set_private (open, TRUE);
  cg_test_iterate ();
  g_assert_true (cg_room_get_read_back_idea (room) != open);
  assert_no_secret (presenter, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.read-back", "s", "off"));

  /* the voting round: the presenter shows counts, and still no private note */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.tally", NULL));
  cg_test_iterate ();
  g_assert_true (cg_room_get_tally_idea (room) != secret);
  assert_no_secret (presenter, NULL);

  /* a private note made open again (it was a mistake) shows again */
  cg_idea_set_private (secret, FALSE);
  wait_for_card (GTK_WIDGET (presenter), secret, TRUE, SECRET);
}

/* Reveal */

static void
test_reveal_holds_back_new_ideas (Fixture       *f,
                                  gconstpointer  data)
{
  GListModel *themes = cg_workshop_get_themes (f->workshop);
  CgTheme *first = cg_test_nth (themes, 0);
  CgTheme *second = cg_test_nth (themes, 1);
  CgHistory *history = cg_workshop_get_history (f->workshop);
  CgPresenter *presenter = open_presenter (f);
  CgRoom *room = room_of (f);
  GListModel *shown = cg_room_get_ideas (room);
  guint before = g_list_model_get_n_items (shown);
  CgIdea *old = g_object_ref (cg_test_nth (shown, 0));
  CgIdea *a, *b, *c, *hidden;
  g_autofree char *words = NULL;
  CgRoomBar *bar = CG_ROOM_BAR (cg_window_get_room_bar (f->window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.hold-back", NULL));
  g_assert_true (cg_room_get_holding (room));
  /* holding changes nothing the room sees yet */
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, before);
  g_assert_cmpuint (cg_room_get_n_waiting (room), ==, 0);

  a = add_idea (f, "Held one", first, last_event (f));
  b = add_idea (f, "Held two", first, last_event (f));
  c = add_idea (f, "Held three", second, last_event (f));
  hidden = add_idea (f, SECRET, second, last_event (f));
  cg_test_iterate ();

  /* exactly the new ones are held: the room sees what it saw, and how many wait */
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, before);
  g_assert_false (in_model (shown, a) || in_model (shown, b) || in_model (shown, c));
  g_assert_cmpuint (cg_room_get_n_waiting (room), ==, 3); /* (never the private one) */
  words = presenter_words (presenter);
  g_assert_nonnull (strstr (words, "3 new ideas waiting to be shown"));
  g_assert_null (strstr (words, "Held"));
  g_assert_nonnull (strstr (cg_room_bar_get_status (bar, "holding"), "3 waiting"));

  /* the laptop's undo of an old idea's removal shows it again: the room had seen it */
  cg_workshop_remove (f->workshop, old);
  cg_test_iterate ();
  g_assert_false (in_model (shown, old));
  g_assert_true (cg_history_undo (history));
  cg_test_iterate ();
  g_assert_true (in_model (shown, old));
  g_assert_cmpuint (cg_room_get_n_waiting (room), ==, 3);

  /* one theme revealed: only its new idea */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.reveal-theme", "s",
                                             cg_object_get_id (CG_OBJECT (second))));
  cg_test_iterate ();
  g_assert_true (in_model (shown, c));
  g_assert_false (in_model (shown, a) || in_model (shown, b));
  g_assert_cmpuint (cg_room_get_n_waiting (room), ==, 2);
  wait_for_card (GTK_WIDGET (presenter), c, TRUE, "Held three");

  /* all revealed; still holding: the next idea waits */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.reveal", NULL));
  cg_test_iterate ();
  g_assert_true (in_model (shown, a) && in_model (shown, b));
  g_assert_cmpuint (cg_room_get_n_waiting (room), ==, 0);
  a = add_idea (f, "Held four", first, last_event (f));
  cg_test_iterate ();
  g_assert_false (in_model (shown, a));
  g_assert_cmpuint (cg_room_get_n_waiting (room), ==, 1);

  /* holding stops: everything shows (but never a private note) */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.hold-back", NULL));
  cg_test_iterate ();
  g_assert_false (cg_room_get_holding (room));
  g_assert_true (in_model (shown, a));
  g_assert_false (in_model (shown, hidden));
  g_assert_cmpuint (cg_room_get_n_waiting (room), ==, 0);
  g_object_unref (old);
}

/* Read-back */

/* The stated order, worked out here from the workshop: the room's ideas of @event column by
 * column (Unsorted, then each theme in order), each column in the workshop's order; by votes,
 * most first, ties in that order. */
static GPtrArray *
expected_order (Fixture  *f,
                CgEvent  *event,
                gboolean  by_votes)
{
  GListModel *ideas = cg_workshop_get_ideas (f->workshop);
  GListModel *themes = cg_workshop_get_themes (f->workshop);
  GPtrArray *order = g_ptr_array_new ();

  for (int column = -1; column < (int) g_list_model_get_n_items (themes); column++)
    {
      CgTheme *theme = column < 0 ? NULL : cg_test_nth (themes, column);

      for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
        {
          CgIdea *idea = cg_test_nth (ideas, i);

          if (cg_idea_get_event (idea) == event && !cg_idea_get_private (idea) &&
              cg_idea_get_theme (idea) == theme)
            g_ptr_array_add (order, idea);
        }
    }
  /* (insertion sort: stable) */
  for (guint i = 1; by_votes && i < order->len; i++)
    for (guint j = i; j > 0; j--)
      {
        CgIdea *x = order->pdata[j - 1], *y = order->pdata[j];

        if (cg_idea_get_total_votes (x) >= cg_idea_get_total_votes (y))
          break;
        order->pdata[j - 1] = y;
        order->pdata[j] = x;
      }
  return order;
}

static void
check_read_back (Fixture     *f,
                 CgPresenter *presenter,
                 const char  *mode)
{
  CgRoom *room = room_of (f);
  GtkWidget *window = GTK_WIDGET (f->window);
  GtkWidget *spotlight = cg_presenter_get_spotlight (presenter);
  g_autoptr(GPtrArray) order = expected_order (f, last_event (f), g_str_equal (mode, "votes"));
  guint n = 0;

  g_assert_cmpuint (order->len, >, 3);
  g_assert_true (gtk_widget_activate_action (window, "win.read-back", "s", mode));
  g_assert_cmpstr (cg_presenter_get_page (presenter), ==, "spotlight");
  for (guint i = 0; i < order->len; i++)
    {
      g_autofree char *shown = NULL;

      g_assert_true (cg_room_get_read_back_idea (room) == order->pdata[i]);
      g_assert_cmpuint (cg_room_get_read_back_place (room, &n), ==, i + 1);
      g_assert_cmpuint (n, ==, order->len);
      g_assert_cmpstr (cg_presenter_card_get_text (CG_PRESENTER_CARD (spotlight)), ==,
                       cg_idea_get_text (order->pdata[i]));
      g_assert_true (gtk_widget_activate_action (window, "win.read-back-next", NULL));
    }
  /* held at the end, and back again */
  g_assert_true (cg_room_get_read_back_idea (room) == order->pdata[order->len - 1]);
  g_assert_true (gtk_widget_activate_action (window, "win.read-back-previous", NULL));
  g_assert_true (cg_room_get_read_back_idea (room) == order->pdata[order->len - 2]);
}

static void
test_read_back_order (Fixture       *f,
                      gconstpointer  data)
{
  CgPresenter *presenter = open_presenter (f);
  CgRoom *room = room_of (f);
  GtkWidget *window = GTK_WIDGET (f->window);
  GAction *next = g_action_map_lookup_action (G_ACTION_MAP (f->window), "read-back-next");
  CgIdea *idea;

  cg_window_set_current_event (f->window, last_event (f));
  cg_test_iterate ();
  /* Page Down is the board's until a read-back starts */
  g_assert_false (g_action_get_enabled (next));

  check_read_back (f, presenter, "theme");
  g_assert_true (g_action_get_enabled (next));
  check_read_back (f, presenter, "votes");

  /* an edit on the laptop shows at once on the card read back */
  idea = cg_room_get_read_back_idea (room);
  cg_idea_set_text (idea, "Corrected while the room watched");
  g_assert_cmpstr (cg_presenter_card_get_text (spotlight_of (presenter)),
                   ==, "Corrected while the room watched");
  /* and the laptop's board has the card selected, for F2 */
  g_assert_true (cg_board_get_selected_idea (f->board) == idea);

  /* F7 again (the order it is in) stops */
  g_assert_true (gtk_widget_activate_action (window, "win.read-back", "s", "votes"));
  g_assert_false (cg_room_get_reading_back (room));
  g_assert_false (g_action_get_enabled (next));
  g_assert_cmpstr (cg_presenter_get_page (presenter), ==, "board");
}

/* The card read back is removed: the next one in the order takes its place. */
static void
test_read_back_survives_removal (Fixture       *f,
                                 gconstpointer  data)
{
  CgPresenter *presenter = open_presenter (f);
  CgRoom *room = room_of (f);
  GtkWidget *window = GTK_WIDGET (f->window);
  g_autoptr(GPtrArray) order = NULL;

  cg_window_set_current_event (f->window, last_event (f));
  cg_test_iterate ();
  order = expected_order (f, last_event (f), FALSE);
  g_assert_true (gtk_widget_activate_action (window, "win.read-back", "s", "theme"));
  g_assert_true (gtk_widget_activate_action (window, "win.read-back-next", NULL));
  g_assert_true (cg_room_get_read_back_idea (room) == order->pdata[1]);
  cg_workshop_remove (f->workshop, order->pdata[1]);
  g_assert_true (cg_room_get_read_back_idea (room) == order->pdata[2]);
  g_assert_true (cg_history_undo (cg_workshop_get_history (f->workshop)));
  g_assert_cmpstr (cg_presenter_get_page (presenter), ==, "spotlight");
}

/* The timer: shown on both screens, never taking the focus */

typedef struct
{
  CgPresenter *presenter;
  const char  *text;
} LabelWait;

static gboolean
timer_shows_cb (gpointer data)
{
  LabelWait *wait = data;
  g_autofree char *words = presenter_words (wait->presenter);

  return strstr (words, wait->text) != NULL;
}

static gboolean
popover_open_cb (gpointer data)
{
  return cg_timer_button_is_open (data);
}

static void
test_timer_on_both_screens (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  CgTimerButton *button = CG_TIMER_BUTTON (cg_window_get_timer_button (f->window));
  CgPresenter *presenter = open_presenter (f);
  CgTimer *timer = cg_room_get_timer (room_of (f));
  GtkWidget *focus;
  LabelWait wait = { presenter, NULL };

  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (gtk_widget_activate_action (window, "win.focus-capture", NULL));
  cg_test_iterate ();
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));

  g_assert_true (gtk_widget_activate_action (window, "win.timer-start", "u", 90));
  g_assert_cmpint (cg_timer_get_state (timer), ==, CG_TIMER_RUNNING);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_assert_cmpstr (cg_timer_button_get_label (button), ==, "1:30");
  wait.text = "1:30";
  cg_test_wait_until (timer_shows_cb, &wait);
  /* it took nothing from the capture bar */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == focus);

  /* Ctrl+T pauses, Ctrl+T goes on */
  g_assert_true (gtk_widget_activate_action (window, "win.timer", NULL));
  g_assert_cmpint (cg_timer_get_state (timer), ==, CG_TIMER_PAUSED);
  g_assert_nonnull (strstr (cg_timer_button_get_label (button), "paused"));
  wait.text = "paused";
  cg_test_wait_until (timer_shows_cb, &wait);

  /* one more minute */
  g_assert_true (gtk_widget_activate_action (window, "win.timer-extend", NULL));
  g_assert_cmpuint (cg_timer_get_remaining (timer), >=, 149);
  g_assert_true (gtk_widget_activate_action (window, "win.timer", NULL));
  g_assert_cmpint (cg_timer_get_state (timer), ==, CG_TIMER_RUNNING);

  /* a timer that runs out, read by the window's own clock: the gentle end, on both screens, and
   * the soft sound asked for (here, with no media backend or sound device, nothing is heard
   * and nothing is said: a warning would end the test) */
  g_assert_true (gtk_widget_activate_action (window, "win.timer-sound", NULL));
  /* how loud: the popover's Volume is the setting */
  {
    GtkAdjustment *volume = cg_timer_button_get_volume (button);
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_assert_true (g_settings_get_boolean (settings, "timer-sound"));
    g_assert_cmpfloat (gtk_adjustment_get_value (volume), ==,
                       g_settings_get_double (settings, "timer-sound-volume"));
    gtk_adjustment_set_value (volume, 0.2);
    g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "timer-sound-volume"), 0.2,
                                    1e-9);
    g_settings_set_double (settings, "timer-sound-volume", 0.7);
    g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (volume), 0.7, 1e-9);
  }
  g_assert_true (gtk_widget_activate_action (window, "win.timer-start", "u", 1));
  wait.text = "Time’s up";
  cg_test_wait_until (timer_shows_cb, &wait);
  g_assert_cmpint (cg_timer_get_state (timer), ==, CG_TIMER_FINISHED);
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_first_child (GTK_WIDGET (button)),
                                           "cg-timer-finished"));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == focus);
  /* and said to a screen reader, through the widget with the focus (cg-notice.c) */
  g_assert_true (gtk_test_accessible_check_property (GTK_ACCESSIBLE (focus),
                                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                     "Time’s up") == NULL);
  g_assert_true (gtk_widget_activate_action (window, "win.timer-sound", NULL));

  g_assert_true (gtk_widget_activate_action (window, "win.timer-stop", NULL));
  g_assert_cmpint (cg_timer_get_state (timer), ==, CG_TIMER_IDLE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));

  /* Ctrl+T with no timer asks for the minutes: the strip shows the timer, its popover opens */
  g_assert_true (gtk_widget_activate_action (window, "win.timer", NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  cg_test_wait_until (popover_open_cb, button);
  g_assert_cmpint (cg_timer_get_state (timer), ==, CG_TIMER_IDLE);
  cg_timer_button_popdown (button);
  cg_test_iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));
}

/* The voting round */

static void
test_voting_round (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  CgHistory *history = cg_workshop_get_history (f->workshop);
  CgRoom *room = room_of (f);
  CgPresenter *presenter = open_presenter (f);
  CgRoomBar *bar = CG_ROOM_BAR (cg_window_get_room_bar (f->window));
  GtkWidget *entry = cg_room_bar_get_tally_entry (bar);
  g_autoptr(GPtrArray) order = NULL;
  CgEvent *event = last_event (f);
  CgIdea *first, *second;
  guint first_votes, n_undo;
  g_autofree char *votes = NULL;

  cg_window_set_current_event (f->window, event);
  cg_test_iterate ();
  order = expected_order (f, event, FALSE);
  first = order->pdata[0];
  second = order->pdata[1];
  first_votes = cg_idea_get_votes (first, event);

  g_assert_true (gtk_widget_activate_action (window, "win.tally", NULL));
  g_assert_true (cg_room_get_tallying (room));
  g_assert_true (cg_room_get_tally_idea (room) == first);
  g_assert_true (gtk_widget_is_visible (entry));
  g_assert_true (gtk_widget_has_focus (entry) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), entry));
  votes = g_strdup_printf ("%u", first_votes);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, votes);

  /* a count typed, Enter: the count is the card's, and the next card in column order takes the
   * next count */
  n_undo = cg_history_get_n_undo (history);
  gtk_editable_set_text (GTK_EDITABLE (entry), "17");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (cg_idea_get_votes (first, event), ==, 17);
  g_assert_true (cg_room_get_tally_idea (room) == second);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, n_undo + 1);
  /* the presenter shows the count as it comes in */
  wait_for_card (GTK_WIDGET (presenter), first, TRUE, NULL);
  g_assert_nonnull (strstr (presenter_words (presenter), "17 votes"));

  /* Enter with nothing typed skips the card, changing nothing */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (cg_room_get_tally_idea (room) == order->pdata[2]);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, n_undo + 1);
  /* not a number: refused, nothing moves */
  gtk_editable_set_text (GTK_EDITABLE (entry), "lots");
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (cg_room_get_tally_idea (room) == order->pdata[2]);

  /* one undo step per card */
  g_assert_true (cg_history_undo (history));
  g_assert_cmpuint (cg_idea_get_votes (first, event), ==, first_votes);

  /* a new round: the votes the event holds from before are not its dots */
  cg_idea_set_votes (order->pdata[3], event, 9);
  g_assert_true (gtk_widget_activate_action (window, "win.tally", NULL));
  g_assert_true (gtk_widget_activate_action (window, "win.tally", NULL));
  g_assert_true (cg_room_get_tally_idea (room) == first);
  g_assert_cmpuint (cg_room_bar_get_total (bar), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (entry), "3");
  g_signal_emit_by_name (entry, "activate");
  gtk_editable_set_text (GTK_EDITABLE (entry), "4");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (cg_room_bar_get_total (bar), ==, 7);

  /* the dot allowance: 2 dots each for 3 people is fewer than the round's 7 */
  cg_room_bar_set_allowance (bar, 2, 3);
  g_assert_true (cg_room_bar_get_over (bar));
  g_assert_nonnull (strstr (cg_room_bar_get_status (bar, "tally"), "more than"));
  cg_room_bar_set_allowance (bar, 2, 4);
  g_assert_false (cg_room_bar_get_over (bar));
  g_assert_nonnull (strstr (cg_room_bar_get_status (bar, "tally"), "7 of 8 dots"));
  /* a count undone is gone from the round's total */
  g_assert_true (cg_history_undo (history));
  g_assert_cmpuint (cg_room_bar_get_total (bar), ==, 3 + cg_idea_get_votes (second, event));

  g_assert_true (gtk_widget_activate_action (window, "win.tally", NULL));
  g_assert_false (cg_room_get_tallying (room));
  g_assert_null (cg_room_get_tally_idea (room));
}

/* Big type for the screen, not the laptop's text size. */

typedef struct
{
  CgPresenter *presenter;
  int          size;
} FontWait;

static gboolean
font_changed_cb (gpointer data)
{
  FontWait *wait = data;

  return cg_presenter_get_font_size (wait->presenter) != wait->size;
}

static void
test_type_fits_the_screen (Fixture       *f,
                           gconstpointer  data)
{
  CgPresenter *presenter = open_presenter (f);
  int size;
  FontWait wait = { presenter, 0 };

  if (cg_presenter_get_monitor (presenter) != NULL)
    {
      g_test_skip ("the presenter is full screen on a monitor of its own here");
      return;
    }
  size = cg_presenter_get_font_size (presenter);
  g_assert_cmpint (size, >=, 16);
  /* the laptop's text size is the laptop's */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-in", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-in", NULL));
  cg_test_iterate ();
  g_assert_cmpint (cg_presenter_get_font_size (presenter), ==, size);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-reset", NULL));

  /* a wider screen: larger type */
  gtk_window_set_default_size (GTK_WINDOW (presenter), 1900, 1000);
  wait.size = size;
  cg_test_wait_until (font_changed_cb, &wait);
  g_assert_cmpint (cg_presenter_get_font_size (presenter), >, size);
}

/* For tests/two-monitors.sh: with CG_ROOM_SHOW set to a folder, says that the screens
 * are ready to look at (FOLDER/NAME) and waits until they have been (FOLDER/NAME.done). */
static gboolean
looked_at_cb (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static void
show (const char *name)
{
  const char *folder = g_getenv ("CG_ROOM_SHOW");
  g_autofree char *ready = NULL;
  g_autofree char *done = NULL;

  if (folder == NULL)
    return;
  ready = g_build_filename (folder, name, NULL);
  done = g_strconcat (ready, ".done", NULL);
  cg_test_iterate ();
  g_assert_true (g_file_set_contents (ready, "", 0, NULL));
  cg_test_wait_until (looked_at_cb, done);
}

/* What the screenshots show: a capture, an idea held back, the timer, private notes shown on
 * the laptop; then a read-back; then a voting round. */
static void
show_the_room (Fixture *f)
{
  GtkWidget *window = GTK_WIDGET (f->window);

  if (g_getenv ("CG_ROOM_SHOW") == NULL)
    return;
  g_object_set_data (G_OBJECT (f->window), "cg-private-notes-confirmed", GINT_TO_POINTER (1));
  g_assert_true (gtk_widget_activate_action (window, "win.show-private", NULL));
  cg_capture_bar_add_text (f->capture_bar, "A named worker from the very first call");
  g_assert_true (gtk_widget_activate_action (window, "win.hold-back", NULL));
  cg_capture_bar_add_text (f->capture_bar, "Held back until the room has finished");
  g_assert_true (gtk_widget_activate_action (window, "win.timer-start", "u", 5 * 60));
  cg_capture_bar_focus (f->capture_bar);
  show ("board");
  g_assert_true (gtk_widget_activate_action (window, "win.read-back", "s", "theme"));
  g_assert_true (gtk_widget_activate_action (window, "win.read-back-next", NULL));
  g_assert_true (gtk_widget_activate_action (window, "win.read-back-next", NULL));
  show ("read-back");
  g_assert_true (gtk_widget_activate_action (window, "win.read-back", "s", "off"));
  g_assert_true (gtk_widget_activate_action (window, "win.reveal", NULL));
  g_assert_true (gtk_widget_activate_action (window, "win.tally", NULL));
  show ("tally");
}

static gboolean
font_is_cb (gpointer data)
{
  FontWait *wait = data;

  return cg_presenter_get_font_size (wait->presenter) == wait->size;
}

static gboolean
fullscreen_cb (gpointer data)
{
  return gtk_window_is_fullscreen (data);
}

typedef struct
{
  CgPresenter *presenter;
  GdkMonitor  *monitor;
} MonitorWait;

/* The presenter is full screen on the monitor awaited, and its surface there. */
static gboolean
full_screen_on_cb (gpointer data)
{
  MonitorWait *wait = data;

  if (cg_presenter_get_monitor (wait->presenter) != wait->monitor ||
      !gtk_window_is_fullscreen (GTK_WINDOW (wait->presenter)))
    return FALSE;
  return gdk_display_get_monitor_at_surface (gdk_monitor_get_display (wait->monitor),
                                             gtk_native_get_surface (GTK_NATIVE (wait->presenter)))
         == wait->monitor;
}

/* The laptop's window learns its monitor from its surface once shown, on Wayland a moment
 * later: a monitor it learns in the middle of a test would move the presenter. */
static gboolean
laptop_monitor_known_cb (gpointer data)
{
  return cg_window_get_laptop_monitor (data) != NULL;
}

/* Waits until the presenter's type is sized for the monitor it is full screen on: five columns
 * of 26 characters across, 18 lines down. */
static void
wait_for_monitor_type (CgPresenter *presenter)
{
  FontWait wait = { presenter, 0 };
  GdkRectangle area;

  gdk_monitor_get_geometry (cg_presenter_get_monitor (presenter), &area);
  wait.size = MIN (72, MAX (16, (int) MIN (area.width / (5 * 26 * 0.55), area.height / 18.0)));
  cg_test_wait_until (font_is_cb, &wait);
}

/* Two monitors: the presenter is full screen on the one the laptop's window is not on (of a
 * window across two, the one it was first shown on), its type sized for it; with the laptop on
 * the first, as tests/two-monitors.sh sets it, that is the second. Skipped with one. */
static void
test_second_monitor (Fixture       *f,
                     gconstpointer  data)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (f->window));
  GListModel *monitors = gdk_display_get_monitors (display);
  CgPresenter *presenter;
  g_autoptr(GdkMonitor) first = NULL;
  g_autoptr(GdkMonitor) second = NULL;
  MonitorWait wait;

  if (g_list_model_get_n_items (monitors) >= 2)
    cg_test_wait_until (laptop_monitor_known_cb, f->window);
  presenter = open_presenter (f);
  if (g_list_model_get_n_items (monitors) < 2)
    {
      g_assert_null (cg_presenter_get_monitor (presenter));
      g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (presenter)));
      g_test_skip ("one monitor: the presenter is a window of its own");
      return;
    }
  first = g_list_model_get_item (monitors, 0);
  second = g_list_model_get_item (monitors, 1);
  g_assert_nonnull (cg_window_get_laptop_monitor (f->window));
  g_assert_nonnull (cg_presenter_get_monitor (presenter));
  g_assert_true (cg_presenter_get_monitor (presenter) != cg_window_get_laptop_monitor (f->window));
  if (cg_window_get_laptop_monitor (f->window) == first)
    g_assert_true (cg_presenter_get_monitor (presenter) == second);
  /* (full screen first, then its surface's enter on the monitor, as the compositor says) */
  wait.presenter = presenter;
  wait.monitor = cg_presenter_get_monitor (presenter);
  cg_test_wait_until (full_screen_on_cb, &wait);
  wait_for_monitor_type (presenter);
  show_the_room (f);
}

/* The laptop's window dragged onto the room's screen: the presenter goes to the other one,
 * rather than cover it. (A test cannot move a window on Wayland: the laptop's window says it
 * is on the room's screen, as its surface's enter-monitor would.) Skipped with one monitor. */
static void
test_laptop_moves (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (f->window)));
  g_autoptr(GdkMonitor) room_screen = NULL;
  CgPresenter *presenter;
  MonitorWait wait;

  if (g_list_model_get_n_items (monitors) < 2)
    {
      g_test_skip ("one monitor (tests/two-monitors.sh makes two)");
      return;
    }
  cg_test_wait_until (laptop_monitor_known_cb, f->window);
  presenter = open_presenter (f);
  cg_test_wait_until (fullscreen_cb, presenter);
  room_screen = g_object_ref (cg_presenter_get_monitor (presenter));
  wait.presenter = presenter;
  wait.monitor = cg_window_get_laptop_monitor (f->window);
  g_assert_true (wait.monitor != room_screen);

  cg_presenter_set_laptop_monitor (presenter, room_screen);
  cg_test_wait_until (full_screen_on_cb, &wait);
  /* and back, when the laptop's window goes back */
  cg_presenter_set_laptop_monitor (presenter, wait.monitor);
  wait.monitor = room_screen;
  cg_test_wait_until (full_screen_on_cb, &wait);
}

static gboolean
one_monitor_cb (gpointer data)
{
  return g_list_model_get_n_items (data) == 1;
}

static gboolean
windowed_cb (gpointer data)
{
  CgPresenter *presenter = data;

  return cg_presenter_get_monitor (presenter) == NULL &&
         !gtk_window_is_fullscreen (GTK_WINDOW (presenter));
}

/* The projector unplugged mid-workshop (tests/two-monitors.sh closes the second output when the
 * test asks, at the step "unplug"): the presenter leaves full screen and stays open, a window on
 * the laptop's screen, still following the laptop, its type sized for the window. Skipped
 * without two monitors and someone to unplug one. */
static void
test_monitor_goes (Fixture       *f,
                   gconstpointer  data)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (f->window));
  GListModel *monitors = gdk_display_get_monitors (display);
  g_autoptr(GdkMonitor) gone = NULL;
  CgPresenter *presenter;
  CgIdea *idea;
  FontWait wait;
  int projector_size;

  if (g_list_model_get_n_items (monitors) < 2 || g_getenv ("CG_ROOM_SHOW") == NULL)
    {
      g_test_skip ("no second monitor to unplug (tests/two-monitors.sh makes one)");
      return;
    }
  presenter = open_presenter (f);
  cg_test_wait_until (fullscreen_cb, presenter);
  gone = g_object_ref (cg_presenter_get_monitor (presenter));
  g_assert_true (gone != cg_window_get_laptop_monitor (f->window));
  wait_for_monitor_type (presenter);
  projector_size = cg_presenter_get_font_size (presenter);

  show ("unplug");
  cg_test_wait_until (one_monitor_cb, monitors);
  g_assert_false (gdk_monitor_is_valid (gone));
  cg_test_wait_until (windowed_cb, presenter);
  g_assert_true (cg_window_get_presenter (f->window) == GTK_WIDGET (presenter));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (presenter)));

  /* it goes on following the laptop */
  idea = add_idea (f, "Captured after the projector went", NULL, last_event (f));
  wait_for_card (GTK_WIDGET (presenter), idea, TRUE, "Captured after the projector went");
  /* and its type is sized for its window now, smaller than for the projector's screen */
  wait.presenter = presenter;
  wait.size = projector_size;
  cg_test_wait_until (font_changed_cb, &wait);
  g_assert_cmpint (cg_presenter_get_font_size (presenter), <, projector_size);
  show ("unplugged");
}

int
main (int   argc,
      char *argv[])
{
  /* accessible names are kept (and readable) with GTK's test backend: the privacy test reads
   * every one of them */
  g_setenv ("GTK_A11Y", "test", TRUE);
  cg_test_window_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/widgets/presenter/" path, Fixture, NULL, cg_test_window_set_up, func, \
              cg_test_window_tear_down)
  ADD ("opens-and-closes", test_opens_and_closes);
  ADD ("keys-close", test_keys_close);
  ADD ("follows-changes", test_follows_changes);
  ADD ("follows-event", test_follows_event);
  ADD ("follows-carry", test_follows_carry);
  ADD ("never-private", test_never_private);
  ADD ("reveal-holds-back-new-ideas", test_reveal_holds_back_new_ideas);
  ADD ("read-back-order", test_read_back_order);
  ADD ("read-back-survives-removal", test_read_back_survives_removal);
  ADD ("timer-on-both-screens", test_timer_on_both_screens);
  ADD ("voting-round", test_voting_round);
  ADD ("type-fits-the-screen", test_type_fits_the_screen);
  ADD ("second-monitor", test_second_monitor);
  ADD ("laptop-moves", test_laptop_moves);
  ADD ("monitor-goes", test_monitor_goes);
#undef ADD

  return g_test_run ();
}
