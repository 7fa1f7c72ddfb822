/* test-board.c: the board shows a workshop by theme and changes it only by undoable steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-test-window.h"

#include <string.h>

#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "io/cg-io.h"
#include "widgets/cg-board-private.h"
#include "widgets/cg-idea-card.h"

typedef struct
{
  CgWorkshop *workshop;
  GtkWidget  *window;
  CgBoard    *board;
  CgEvent    *march;
  CgEvent    *june;
  CgTheme    *themes[3]; /* A "First contacts", B "Peer roles", C "Third sector" (empty) */
} Fixture;

static CgIdea *
add_idea (CgWorkshop *workshop,
          const char *text,
          CgTheme    *theme,
          CgEvent    *event,
          CgVoice    *voice)
{
  g_autoptr(CgIdea) idea = cg_idea_new (text);

  cg_idea_set_theme (idea, theme);
  cg_idea_set_event (idea, event);
  cg_idea_set_voice (idea, voice);
  cg_workshop_add (workshop, idea);
  return idea;
}

/* Unsorted: u1 u2 (private) | A: a1 a2 a3 | B: b1 | C: nothing */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  static const char *names[] = { "First contacts", "Peer roles", "Third sector" };
  static const char *colours[] = { "#3584e4", "#2ec27e", "#e5a50a" };
  g_autoptr(CgVoice) lived = cg_voice_new ("Lived experience", "#c64600");
  g_autoptr(CgVoice) staff = cg_voice_new ("Staff and practitioners", "#26a269");
  CgIdea *a1;

  f->workshop = cg_workshop_new ("Board test");
  f->march = cg_event_new ("March");
  f->june = cg_event_new ("June");
  cg_workshop_add (f->workshop, f->march);
  cg_workshop_add (f->workshop, f->june);
  cg_workshop_add (f->workshop, lived);
  cg_workshop_add (f->workshop, staff);
  for (guint i = 0; i < 3; i++)
    {
      f->themes[i] = cg_theme_new (names[i], colours[i]);
      cg_workshop_add (f->workshop, f->themes[i]);
    }
  add_idea (f->workshop, "u1", NULL, f->march, lived);
  a1 = add_idea (f->workshop, "a1", f->themes[0], f->june, staff);
  cg_idea_set_votes (a1, f->june, 2);
  cg_idea_set_private (add_idea (f->workshop, "u2", NULL, f->june, lived), TRUE);
  add_idea (f->workshop, "a2", f->themes[0], f->march, NULL);
  add_idea (f->workshop, "b1", f->themes[1], f->june, staff);
  add_idea (f->workshop, "a3", f->themes[0], NULL, lived);
  cg_history_clear (cg_workshop_get_history (f->workshop));
  /* every step stands alone, however fast the test types */
  g_object_set (cg_workshop_get_history (f->workshop), "coalesce-window", (gint64) 0, NULL);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 720);
  f->board = CG_BOARD (cg_board_new ());
  cg_board_set_workshop (f->board, f->workshop);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->board));
  gtk_window_present (GTK_WINDOW (f->window));
  cg_test_wait_frames (f->window, 3);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_object_unref (f->march);
  g_object_unref (f->june);
  for (guint i = 0; i < 3; i++)
    g_object_unref (f->themes[i]);
  /* nothing the board made keeps the workshop alive */
  g_assert_finalize_object (f->workshop);
}

static CgIdea *
idea (Fixture    *f,
      const char *text)
{
  GListModel *ideas = cg_workshop_get_ideas (f->workshop);

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) item = g_list_model_get_item (ideas, i);

      if (g_strcmp0 (cg_idea_get_text (item), text) == 0)
        return item;
    }
  g_assert_not_reached ();
}

/* "Unsorted|First contacts|..." */
static char *
column_titles (CgBoard *board)
{
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < cg_board_get_n_columns (board); i++)
    g_string_append_printf (titles, "%s%s", i > 0 ? "|" : "",
                            cg_board_column_get_title (cg_board_get_column (board, i)));
  return g_string_free (titles, FALSE);
}

/* "a1 a2 a3": the column's cards, top to bottom */
static char *
column_cards (CgBoard *board,
              guint    index)
{
  GListModel *ideas = cg_board_column_get_ideas (cg_board_get_column (board, index));
  GString *texts = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) item = g_list_model_get_item (ideas, i);

      g_string_append_printf (texts, "%s%s", i > 0 ? " " : "", cg_idea_get_text (item));
    }
  return g_string_free (texts, FALSE);
}

#define assert_titles(board, expected) \
  G_STMT_START { g_autofree char *s_ = column_titles (board); \
                 g_assert_cmpstr (s_, ==, expected); } G_STMT_END
#define assert_cards(board, index, expected) \
  G_STMT_START { g_autofree char *s_ = column_cards (board, index); \
                 g_assert_cmpstr (s_, ==, expected); } G_STMT_END

/* The whole document, to check that one undo puts back exactly what was there. */
static char *
snapshot (Fixture *f)
{
  g_autoptr(GBytes) bytes = cg_workshop_save_to_bytes (f->workshop);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The last change was one undo step, and undoing it gives back @before. */
static void
assert_one_step_undoes (Fixture    *f,
                        const char *before,
                        guint       n_undo_before)
{
  CgHistory *history = cg_workshop_get_history (f->workshop);
  g_autofree char *after = snapshot (f);
  g_autofree char *undone = NULL;

  g_assert_cmpstr (after, !=, before);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, n_undo_before + 1);
  g_assert_true (cg_history_undo (history));
  undone = snapshot (f);
  g_assert_cmpstr (undone, ==, before);
}

/* Nothing changed and nothing was recorded. */
static void
assert_no_step (Fixture    *f,
                const char *before,
                guint       n_undo_before)
{
  g_autofree char *now = snapshot (f);

  g_assert_cmpstr (now, ==, before);
  g_assert_cmpuint (cg_history_get_n_undo (cg_workshop_get_history (f->workshop)), ==,
                    n_undo_before);
}

static guint
n_undo (Fixture *f)
{
  return cg_history_get_n_undo (cg_workshop_get_history (f->workshop));
}

/* Selects the idea that says @text, then activates @action on the board. */
static void
act_on (Fixture    *f,
        const char *text,
        const char *action,
        GVariant   *parameter)
{
  cg_board_select_idea (f->board, idea (f, text));
  gtk_widget_activate_action_variant (GTK_WIDGET (f->board), action, parameter);
}

static void
test_columns_follow_themes (Fixture       *f,
                            gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (f->workshop);
  g_autoptr(CgTheme) d = cg_theme_new ("Hope", "#9141ac");

  assert_titles (f->board, "Unsorted|First contacts|Peer roles|Third sector");
  assert_cards (f->board, 0, "u1 u2");
  assert_cards (f->board, 1, "a1 a2 a3");
  assert_cards (f->board, 2, "b1");
  assert_cards (f->board, 3, "");
  g_assert_cmpstr (cg_board_column_get_count_text (cg_board_get_column (f->board, 1)), ==,
                   "3 ideas");
  g_assert_cmpstr (cg_board_column_get_count_text (cg_board_get_column (f->board, 2)), ==,
                   "1 idea");

  cg_workshop_add (f->workshop, d);
  assert_titles (f->board, "Unsorted|First contacts|Peer roles|Third sector|Hope");
  cg_workshop_move (f->workshop, d, 0);
  assert_titles (f->board, "Unsorted|Hope|First contacts|Peer roles|Third sector");
  /* a moved theme keeps its column widget */
  {
    CgBoardColumn *first_contacts = cg_board_get_column (f->board, 2);

    cg_workshop_move (f->workshop, f->themes[0], 3);
    assert_titles (f->board, "Unsorted|Hope|Peer roles|Third sector|First contacts");
    g_assert_true (cg_board_get_column (f->board, 4) == first_contacts);
    assert_cards (f->board, 4, "a1 a2 a3");
  }
  cg_theme_set_name (d, "Hope and optimism");
  assert_titles (f->board, "Unsorted|Hope and optimism|Peer roles|Third sector|First contacts");
  cg_workshop_remove (f->workshop, f->themes[1]);
  assert_titles (f->board, "Unsorted|Hope and optimism|Third sector|First contacts");
  assert_cards (f->board, 0, "u1 u2 b1");

  while (cg_history_undo (history))
    ;
  assert_titles (f->board, "Unsorted|First contacts|Peer roles|Third sector");
  assert_cards (f->board, 0, "u1 u2");
  assert_cards (f->board, 2, "b1");
}

static void
test_cards_follow_ideas (Fixture       *f,
                         gconstpointer  data)
{
  CgIdea *added = add_idea (f->workshop, "b2", f->themes[1], f->june, NULL);
  CgIdeaCard *card;

  assert_cards (f->board, 2, "b1 b2");
  g_assert_cmpstr (cg_board_column_get_count_text (cg_board_get_column (f->board, 2)), ==,
                   "2 ideas");
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, 7);

  cg_idea_set_theme (added, f->themes[2]);
  assert_cards (f->board, 2, "b1");
  assert_cards (f->board, 3, "b2");
  g_assert_cmpstr (cg_board_column_get_count_text (cg_board_get_column (f->board, 3)), ==,
                   "1 idea");

  /* a card shows what its idea says, and follows it */
  cg_test_wait_frames (f->window, 2);
  card = CG_IDEA_CARD (cg_board_get_card (f->board, added));
  g_assert_nonnull (card);
  g_assert_cmpstr (cg_idea_card_get_shown_text (card), ==, "b2");
  cg_idea_set_text (added, "A phone call before any letter");
  g_assert_cmpstr (cg_idea_card_get_shown_text (card), ==, "A phone call before any letter");

  cg_workshop_remove (f->workshop, added);
  assert_cards (f->board, 3, "");
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, 6);
}

static void
test_card_description (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *a1 = cg_idea_card_describe (idea (f, "a1"), FALSE, 0);
  g_autofree char *a3 = NULL;
  g_autofree char *u2 = NULL;
  g_autofree char *u2_shown = NULL;

  g_assert_cmpstr (a1, ==, "a1. Staff and practitioners, Idea, 2 votes");
  cg_idea_set_kind (idea (f, "a3"), CG_IDEA_KIND_DEVELOPMENT);
  cg_idea_set_beyond_service (idea (f, "a3"), TRUE);
  cg_idea_set_votes (idea (f, "a3"), f->june, 1);
  a3 = cg_idea_card_describe (idea (f, "a3"), FALSE, 0);
  g_assert_cmpstr (a3, ==,
                   "a3. Lived experience, Area for development, 1 vote, beyond the service");
  u2 = cg_idea_card_describe (idea (f, "u2"), FALSE, 0);
  g_assert_cmpstr (u2, ==, "Private note. Lived experience, Idea, 0 votes, private");
  u2_shown = cg_idea_card_describe (idea (f, "u2"), TRUE, 0);
  g_assert_cmpstr (u2_shown, ==, "u2. Lived experience, Idea, 0 votes, private");

  /* every kind has an icon of its own */
  for (int i = 0; i <= CG_IDEA_KIND_LAST; i++)
    for (int j = i + 1; j <= CG_IDEA_KIND_LAST; j++)
      g_assert_cmpstr (cg_idea_card_kind_icon_name (i), !=, cg_idea_card_kind_icon_name (j));
}

static void
test_move_column (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *before = snapshot (f);
  guint steps = n_undo (f);

  act_on (f, "a2", "board.move-column", g_variant_new_int32 (1));
  assert_cards (f->board, 1, "a1 a3");
  assert_cards (f->board, 2, "b1 a2");
  g_assert_true (cg_board_get_selected_idea (f->board) == idea (f, "a2"));
  assert_one_step_undoes (f, before, steps);
  assert_cards (f->board, 1, "a1 a2 a3");

  act_on (f, "a1", "board.move-column", g_variant_new_int32 (-1));
  assert_cards (f->board, 0, "u1 u2 a1");
  assert_one_step_undoes (f, before, steps);

  /* nothing left of Unsorted */
  act_on (f, "u1", "board.move-column", g_variant_new_int32 (-1));
  assert_no_step (f, before, steps);
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *before = snapshot (f);
  guint steps = n_undo (f);

  act_on (f, "a2", "board.delete", NULL);
  assert_cards (f->board, 1, "a1 a3");
  /* the selection goes on to the next card */
  g_assert_true (cg_board_get_selected_idea (f->board) == idea (f, "a3"));
  assert_one_step_undoes (f, before, steps);
  assert_cards (f->board, 1, "a1 a2 a3");
}

static void
test_vote (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *before = snapshot (f);
  guint steps = n_undo (f);
  CgIdea *a1 = idea (f, "a1");
  CgIdea *a3 = idea (f, "a3");

  /* at the idea's own event */
  act_on (f, "a1", "board.vote", g_variant_new_int32 (1));
  g_assert_cmpuint (cg_idea_get_votes (a1, f->june), ==, 3);
  g_assert_cmpuint (cg_idea_get_votes (a1, f->march), ==, 0);
  assert_one_step_undoes (f, before, steps);
  gtk_widget_activate_action (GTK_WIDGET (f->board), "board.vote", "i", -1);
  g_assert_cmpuint (cg_idea_get_votes (a1, f->june), ==, 1);
  assert_one_step_undoes (f, before, steps);

  /* no event of its own: the newest one; never below nothing */
  act_on (f, "a3", "board.vote", g_variant_new_int32 (-1));
  assert_no_step (f, before, steps);
  gtk_widget_activate_action (GTK_WIDGET (f->board), "board.vote", "i", 1);
  g_assert_cmpuint (cg_idea_get_votes (a3, f->june), ==, 1);
  assert_one_step_undoes (f, before, steps);

  /* no event at all: nothing */
  cg_workshop_remove (f->workshop, f->march);
  cg_workshop_remove (f->workshop, f->june);
  g_free (before);
  before = snapshot (f);
  steps = n_undo (f);
  act_on (f, "a3", "board.vote", g_variant_new_int32 (1));
  assert_no_step (f, before, steps);
}

static void
test_toggle_private (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *before = snapshot (f);
  guint steps = n_undo (f);

  act_on (f, "b1", "board.toggle-private", NULL);
  g_assert_true (cg_idea_get_private (idea (f, "b1")));
  assert_one_step_undoes (f, before, steps);
  g_assert_false (cg_idea_get_private (idea (f, "b1")));
}

static char *payload (Fixture    *f,
                      const char *text);

static void
test_review_flag (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *card;
  g_autofree char *before = NULL;
  g_autofree char *spoken = NULL;
  guint steps;

  cg_idea_set_needs_review (idea (f, "a1"), TRUE);
  cg_history_clear (cg_workshop_get_history (f->workshop));
  before = snapshot (f);
  steps = n_undo (f);
  cg_board_select_idea (f->board, idea (f, "a1"));
  cg_test_wait_frames (f->window, 1);
  card = cg_board_get_card (f->board, idea (f, "a1"));
  spoken = cg_idea_card_describe (idea (f, "a1"), FALSE, 0);
  g_assert_true (g_str_has_suffix (spoken, "to check: edited on two laptops"));

  /* r: checked, one undo step */
  act_on (f, "a1", "board.mark-reviewed", NULL);
  g_assert_false (cg_idea_get_needs_review (idea (f, "a1")));
  assert_one_step_undoes (f, before, steps);
  g_assert_true (cg_idea_get_needs_review (idea (f, "a1")));
  g_assert_true (cg_idea_card_get_idea (CG_IDEA_CARD (card)) == idea (f, "a1"));
}

/* Not editable (review mode): every action that would change the workshop is off, and drops
 * and dragged cards are refused; picking and moving around still work. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  static const char * const changes[] = {
    "board.edit", "board.delete", "board.toggle-private", "board.mark-reviewed",
    "board.add-theme",
  };
  g_autofree char *before = snapshot (f);
  g_autofree char *a1 = payload (f, "a1");
  guint steps = n_undo (f);
  GtkWidget *board = GTK_WIDGET (f->board);

  cg_board_set_editable (f->board, FALSE);
  g_assert_false (cg_board_get_editable (f->board));
  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    act_on (f, "a1", changes[i], NULL);
  act_on (f, "a1", "board.vote", g_variant_new_int32 (1));
  act_on (f, "a1", "board.move-column", g_variant_new_int32 (1));
  g_assert_false (cg_board_drop_text (f->board, f->themes[1], NULL, a1));
  g_assert_false (cg_board_drop_text (f->board, NULL, NULL, "A new line"));
  g_assert_false (cg_board_editor_is_open (f->board));
  assert_no_step (f, before, steps);

  g_assert_true (gtk_widget_activate_action (board, "board.select-card", "i", 1));
  g_assert_true (cg_board_get_selected_idea (f->board) == idea (f, "a2"));
  g_assert_true (gtk_widget_activate_action (board, "board.toggle-mark", NULL));
  g_assert_cmpuint (cg_board_get_n_marked (f->board), ==, 1);

  /* editable again: the same action works */
  cg_board_set_editable (f->board, TRUE);
  act_on (f, "a1", "board.vote", g_variant_new_int32 (1));
  assert_one_step_undoes (f, before, steps);
}

/* Picks follow the ideas: a picked idea removed (or undone away) is no longer picked. */
static void
test_picks (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) picked = NULL;
  GtkWidget *card;

  cg_board_toggle_mark (f->board, idea (f, "a2"));
  cg_board_toggle_mark (f->board, idea (f, "u1"));
  picked = cg_board_dup_marked_ideas (f->board);
  g_assert_cmpuint (picked->len, ==, 2);
  /* in workshop order, whatever the order of picking */
  g_assert_true (picked->pdata[0] == idea (f, "u1"));
  g_assert_true (picked->pdata[1] == idea (f, "a2"));
  card = cg_board_get_card (f->board, idea (f, "u1"));
  g_assert_nonnull (card);
  g_assert_true (cg_idea_card_get_marked (CG_IDEA_CARD (card)));

  cg_workshop_remove (f->workshop, idea (f, "u1"));
  g_assert_cmpuint (cg_board_get_n_marked (f->board), ==, 1);
  cg_board_toggle_mark (f->board, idea (f, "a2"));
  g_assert_cmpuint (cg_board_get_n_marked (f->board), ==, 0);
  card = cg_board_get_card (f->board, idea (f, "a2"));
  g_assert_false (cg_idea_card_get_marked (CG_IDEA_CARD (card)));
}

static void
set_editor_text (CgBoard    *board,
                 const char *text)
{
  g_assert_true (cg_board_editor_is_open (board));
  if (GTK_IS_TEXT_VIEW (board->editor_entry))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (board->editor_entry)),
                              text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (board->editor_entry), text);
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *before = snapshot (f);
  guint steps = n_undo (f);
  CgIdea *a1 = idea (f, "a1");

  cg_board_select_idea (f->board, a1);
  gtk_widget_activate_action (GTK_WIDGET (f->board), "board.edit", NULL);
  set_editor_text (f->board, "A named worker\nbefore any letter");
  g_assert_true (gtk_widget_activate_action (f->board->editor_entry, "editor.save", NULL));
  g_assert_false (cg_board_editor_is_open (f->board));
  g_assert_cmpstr (cg_idea_get_text (a1), ==, "A named worker\nbefore any letter");
  assert_one_step_undoes (f, before, steps);

  /* two edits, two steps, even within the coalescing window */
  g_object_set (cg_workshop_get_history (f->workshop), "coalesce-window",
                (gint64) (60 * G_USEC_PER_SEC), NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->board), "board.edit", NULL);
  set_editor_text (f->board, "first");
  cg_board_editor_save (f->board);
  gtk_widget_activate_action (GTK_WIDGET (f->board), "board.edit", NULL);
  set_editor_text (f->board, "second");
  cg_board_editor_save (f->board);
  g_assert_cmpuint (n_undo (f), ==, steps + 2);
  cg_history_undo (cg_workshop_get_history (f->workshop));
  g_assert_cmpstr (cg_idea_get_text (a1), ==, "first");
  cg_history_undo (cg_workshop_get_history (f->workshop));
  g_assert_cmpstr (cg_idea_get_text (a1), ==, "a1");

  /* Escape cancels */
  gtk_widget_activate_action (GTK_WIDGET (f->board), "board.edit", NULL);
  set_editor_text (f->board, "never saved");
  gtk_widget_activate_action (f->board->editor_entry, "editor.cancel", NULL);
  g_assert_false (cg_board_editor_is_open (f->board));
  assert_no_step (f, before, steps);

  /* a hidden private note cannot be opened for editing on a projected screen */
  act_on (f, "u2", "board.edit", NULL);
  g_assert_false (cg_board_editor_is_open (f->board));
}

static void
test_theme_actions (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *before = snapshot (f);
  guint steps = n_undo (f);
  const char *a_id = cg_object_get_id (CG_OBJECT (f->themes[0]));
  const char *c_id = cg_object_get_id (CG_OBJECT (f->themes[2]));
  GtkWidget *dialog = NULL;
  GList *toplevels;

  /* add: asks for a name, then one step */
  gtk_widget_activate_action (GTK_WIDGET (f->board), "board.add-theme", NULL);
  set_editor_text (f->board, "Hope");
  cg_board_editor_save (f->board);
  assert_titles (f->board, "Unsorted|First contacts|Peer roles|Third sector|Hope");
  assert_one_step_undoes (f, before, steps);
  assert_titles (f->board, "Unsorted|First contacts|Peer roles|Third sector");

  /* rename */
  gtk_widget_activate_action (GTK_WIDGET (f->board), "board.rename-theme", "s", a_id);
  set_editor_text (f->board, "First contact");
  g_assert_true (gtk_widget_activate_action (f->board->editor_entry, "editor.save", NULL));
  assert_titles (f->board, "Unsorted|First contact|Peer roles|Third sector");
  assert_one_step_undoes (f, before, steps);

  /* recolour, through the colour chooser */
  gtk_widget_activate_action (GTK_WIDGET (f->board), "board.recolour-theme", "s", a_id);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_COLOR_CHOOSER_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (dialog), &(GdkRGBA) { 1, 0.5, 0, 1 });
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
  g_assert_cmpstr (cg_theme_get_colour (f->themes[0]), ==, "#ff8000");
  assert_one_step_undoes (f, before, steps);

  /* move right, and not past the end */
  gtk_widget_activate_action (GTK_WIDGET (f->board), "board.move-theme", "(si)", a_id, 1);
  assert_titles (f->board, "Unsorted|Peer roles|First contacts|Third sector");
  assert_one_step_undoes (f, before, steps);
  gtk_widget_activate_action (GTK_WIDGET (f->board), "board.move-theme", "(si)", c_id, 1);
  assert_no_step (f, before, steps);
  gtk_widget_activate_action (GTK_WIDGET (f->board), "board.move-theme", "(si)", c_id, -2);
  assert_titles (f->board, "Unsorted|Third sector|First contacts|Peer roles");
  assert_one_step_undoes (f, before, steps);

  /* remove: its ideas go back to Unsorted, and come back with it */
  gtk_widget_activate_action (GTK_WIDGET (f->board), "board.remove-theme", "s", a_id);
  assert_titles (f->board, "Unsorted|Peer roles|Third sector");
  assert_cards (f->board, 0, "u1 a1 u2 a2 a3");
  g_assert_null (cg_idea_get_theme (idea (f, "a1")));
  assert_one_step_undoes (f, before, steps);
  assert_titles (f->board, "Unsorted|First contacts|Peer roles|Third sector");
  assert_cards (f->board, 1, "a1 a2 a3");
}

static gboolean
is_focused_card (Fixture    *f,
                 const char *text)
{
  GtkWidget *card = cg_board_get_card (f->board, idea (f, text));
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return card != NULL && focus != NULL &&
         (focus == card || gtk_widget_is_ancestor (card, focus));
}

static CgIdea *
list_selection (Fixture *f,
                guint    column)
{
  return cg_board_list_get_selected (cg_board_column_get_list (cg_board_get_column (f->board,
                                                                                    column)));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_selection_arrows (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *board = GTK_WIDGET (f->board);
  guint notified = 0;

  /* (the window's first focus may have gone to the first card, and selected it) */
  cg_board_select_idea (f->board, NULL);
  g_signal_connect (board, "notify::selected-idea", G_CALLBACK (count_notify_cb), &notified);
  g_assert_null (cg_board_get_selected_idea (f->board));
  /* with nothing selected, the card actions do nothing */
  gtk_widget_activate_action (board, "board.delete", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (f->workshop)), ==, 6);

  cg_board_select_idea (f->board, idea (f, "u1"));
  g_assert_cmpuint (notified, ==, 1);
  gtk_widget_activate_action (board, "board.select-column", "i", 1);
  g_assert_true (cg_board_get_selected_idea (f->board) == idea (f, "a1"));
  gtk_widget_activate_action (board, "board.select-card", "i", 1);
  gtk_widget_activate_action (board, "board.select-card", "i", 1);
  g_assert_true (cg_board_get_selected_idea (f->board) == idea (f, "a3"));
  gtk_widget_activate_action (board, "board.select-card", "i", 1);
  g_assert_true (cg_board_get_selected_idea (f->board) == idea (f, "a3"));
  /* B has one card: the nearest place in it */
  gtk_widget_activate_action (board, "board.select-column", "i", 1);
  g_assert_true (cg_board_get_selected_idea (f->board) == idea (f, "b1"));
  /* C is empty: nothing further right */
  gtk_widget_activate_action (board, "board.select-column", "i", 1);
  g_assert_true (cg_board_get_selected_idea (f->board) == idea (f, "b1"));
  gtk_widget_activate_action (board, "board.select-column", "i", -1);
  g_assert_true (cg_board_get_selected_idea (f->board) == idea (f, "a1"));
  g_assert_cmpuint (notified, ==, 6);

  /* one selection across the board: only a1's column shows one */
  for (guint i = 0; i < cg_board_get_n_columns (f->board); i++)
    g_assert_true (list_selection (f, i) == (i == 1 ? idea (f, "a1") : NULL));

  /* the selected card has the keyboard focus */
  cg_test_wait_frames (f->window, 2);
  g_assert_true (is_focused_card (f, "a1"));

  /* a card that takes the focus (a click, Tab) is selected, and only it */
  gtk_widget_grab_focus (cg_board_get_card (f->board, idea (f, "b1")));
  g_assert_true (cg_board_get_selected_idea (f->board) == idea (f, "b1"));
  g_assert_null (list_selection (f, 1));
  g_assert_true (list_selection (f, 2) == idea (f, "b1"));

  /* the selection follows its card to another column, and leaves with it */
  cg_idea_set_theme (idea (f, "b1"), f->themes[2]);
  g_assert_true (cg_board_get_selected_idea (f->board) == idea (f, "b1"));
  g_assert_true (list_selection (f, 3) == idea (f, "b1"));
  g_assert_null (list_selection (f, 2));
  cg_test_wait_frames (f->window, 2);
  g_assert_true (is_focused_card (f, "b1"));
  cg_workshop_remove (f->workshop, idea (f, "b1"));
  g_assert_null (cg_board_get_selected_idea (f->board));
  g_signal_handlers_disconnect_by_func (board, count_notify_cb, &notified);
}

/* Every key of the board's documented bindings reaches the action it should. */
static void
test_key_bindings (Fixture       *f,
                   gconstpointer  data)
{
  static const char *expected[] = {
    "<Alt>Left board.move-column(-1)", "<Alt>Right board.move-column(1)", "F2 board.edit",
    "Return board.edit", "Delete board.delete", "plus board.vote(1)", "minus board.vote(-1)",
    "p board.toggle-private",
  };
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->board));
  g_autoptr(GString) found = g_string_new ("\n");

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (
            gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          GVariant *args = gtk_shortcut_get_arguments (shortcut);
          g_autofree char *printed = args != NULL ? g_variant_print (args, FALSE) : NULL;

          if (GTK_IS_NAMED_ACTION (action))
            g_string_append_printf (found, "%s %s%s%s%s\n", trigger,
                                    gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                                    printed != NULL ? "(" : "", printed != NULL ? printed : "",
                                    printed != NULL ? ")" : "");
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n%s\n", expected[i]);

      if (strstr (found->str, line) == NULL)
        g_error ("no binding %s in:%s", expected[i], found->str);
    }
}

/* Real key presses, through the X server (xdotool), to the window given the keyboard first.
 * (meson runs this test alone on its display.) When another window took the keyboard all the
 * same, the keys went elsewhere: the test says it was skipped rather than failing. */
#ifdef GDK_WINDOWING_X11
static gboolean
press (Fixture    *f,
       const char *keys)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (f->window));
  gulong xid = gdk_x11_surface_get_xid (surface);
  g_autofree char *command = g_strdup_printf ("xdotool windowfocus --sync %lu key --delay 30 %s",
                                              xid, keys);
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, NULL));
  cg_test_wait_frames (f->window, 3);
  /* (the editor's popover takes the keyboard from its window: that is no loss) */
  if (status != 0 ||
      !(gtk_window_is_active (GTK_WINDOW (f->window)) || cg_board_editor_is_open (f->board)))
    {
      g_test_skip ("another window took the keyboard");
      return FALSE;
    }
  return TRUE;
}
#define PRESS(keys) G_STMT_START { if (!press (f, keys)) return; } G_STMT_END

#endif

static void
test_real_keys (Fixture       *f,
                gconstpointer  data)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  CgIdea *a1 = idea (f, "a1");

  if (xdotool == NULL || !GDK_IS_X11_DISPLAY (gtk_widget_get_display (f->window)))
    {
      g_test_skip ("needs xdotool and an X display");
      return;
    }

  cg_board_select_idea (f->board, idea (f, "u1"));
  cg_test_wait_frames (f->window, 3);
  g_assert_true (is_focused_card (f, "u1"));
  PRESS ("Right");
  g_assert_true (cg_board_get_selected_idea (f->board) == a1);
  PRESS ("Down Up");
  g_assert_true (cg_board_get_selected_idea (f->board) == a1);
  g_assert_true (is_focused_card (f, "a1"));
  PRESS ("plus");
  g_assert_cmpuint (cg_idea_get_votes (a1, f->june), ==, 3);
  PRESS ("minus minus");
  g_assert_cmpuint (cg_idea_get_votes (a1, f->june), ==, 1);
  PRESS ("p");
  g_assert_true (cg_idea_get_private (a1));
  PRESS ("alt+Right");
  assert_cards (f->board, 2, "b1 a1");
  g_assert_true (is_focused_card (f, "a1"));
  PRESS ("alt+Left alt+Left");
  assert_cards (f->board, 0, "u1 u2 a1");
  PRESS ("F2");
  g_assert_false (cg_board_editor_is_open (f->board)); /* a hidden private note */
  PRESS ("p Return");
  g_assert_true (cg_board_editor_is_open (f->board));
  PRESS ("ctrl+a N e w Return");
  g_assert_false (cg_board_editor_is_open (f->board));
  g_assert_cmpstr (cg_idea_get_text (a1), ==, "New");
  PRESS ("F2 x Escape");
  g_assert_false (cg_board_editor_is_open (f->board));
  g_assert_cmpstr (cg_idea_get_text (a1), ==, "New");
  PRESS ("Delete");
  g_assert_cmpint (cg_workshop_index_of (f->workshop, a1), <, 0);
#else
  g_test_skip ("needs an X display");
#endif
}

/* What dragging the card of the idea that says @text carries. */
static char *
payload (Fixture    *f,
         const char *text)
{
  return g_strdup_printf ("cg-idea:%s", cg_object_get_id (CG_OBJECT (idea (f, text))));
}

static void
test_drop_cards (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *before = snapshot (f);
  guint steps = n_undo (f);
  g_autofree char *a3 = payload (f, "a3");
  g_autofree char *a1 = payload (f, "a1");

  /* within a column */
  g_assert_true (cg_board_drop_text (f->board, f->themes[0], idea (f, "a1"), a3));
  assert_cards (f->board, 1, "a3 a1 a2");
  assert_one_step_undoes (f, before, steps);
  assert_cards (f->board, 1, "a1 a2 a3");

  /* between columns, before a card and at the end */
  g_assert_true (cg_board_drop_text (f->board, f->themes[1], idea (f, "b1"), a1));
  assert_cards (f->board, 1, "a2 a3");
  assert_cards (f->board, 2, "a1 b1");
  assert_one_step_undoes (f, before, steps);
  g_assert_true (cg_board_drop_text (f->board, f->themes[2], NULL, a1));
  assert_cards (f->board, 3, "a1");
  assert_one_step_undoes (f, before, steps);
  g_assert_true (cg_board_drop_text (f->board, NULL, NULL, a1));
  assert_cards (f->board, 0, "u1 u2 a1");
  assert_one_step_undoes (f, before, steps);

  /* onto itself: nothing */
  g_assert_false (cg_board_drop_text (f->board, f->themes[0], idea (f, "a1"), a1));
  assert_no_step (f, before, steps);
  /* an idea that is not there: nothing */
  g_assert_false (cg_board_drop_text (f->board, f->themes[0], NULL, "cg-idea:nope"));
  assert_no_step (f, before, steps);
}

static GtkDropTarget *
drop_target_of (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  g_assert_not_reached ();
}

/* The column's drop target itself, at a point: the upper half of a card drops before it, the
 * lower half after it. */
static void
test_drop_target (Fixture       *f,
                  gconstpointer  data)
{
  CgBoardColumn *column = cg_board_get_column (f->board, 1);
  GtkWidget *card = cg_board_get_card (f->board, idea (f, "a1"));
  g_autofree char *a3 = payload (f, "a3");
  g_auto(GValue) value = G_VALUE_INIT;
  graphene_rect_t bounds;
  gboolean dropped = FALSE;

  g_assert_nonnull (card);
  g_assert_true (gtk_widget_compute_bounds (card, GTK_WIDGET (column), &bounds));
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, a3);

  g_signal_emit_by_name (drop_target_of (GTK_WIDGET (column)), "drop", &value,
                         (double) bounds.origin.x + 20, (double) bounds.origin.y + 4, &dropped);
  g_assert_true (dropped);
  assert_cards (f->board, 1, "a3 a1 a2");
  cg_history_undo (cg_workshop_get_history (f->workshop));
  cg_test_wait_frames (f->window, 2);

  card = cg_board_get_card (f->board, idea (f, "a1"));
  g_assert_true (gtk_widget_compute_bounds (card, GTK_WIDGET (column), &bounds));
  g_signal_emit_by_name (drop_target_of (GTK_WIDGET (column)), "drop", &value,
                         (double) bounds.origin.x + 20,
                         (double) bounds.origin.y + bounds.size.height - 4, &dropped);
  assert_cards (f->board, 1, "a1 a3 a2");

  /* text from another application, on an empty column's drop target */
  g_value_set_string (&value, "from a chat window");
  g_signal_emit_by_name (drop_target_of (GTK_WIDGET (cg_board_get_column (f->board, 3))), "drop",
                         &value, 40.0, 200.0, &dropped);
  g_assert_true (dropped);
  assert_cards (f->board, 3, "from a chat window");
}

static void
test_drop_text (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *before = snapshot (f);
  guint steps = n_undo (f);
  CgIdea *first;

  g_assert_true (cg_board_drop_text (f->board, f->themes[1], idea (f, "b1"),
                                     "Peer workers\n\n   \r\n  in every team  \r\n"
                                     "cg-idea: not an id\n"));
  assert_cards (f->board, 2, "Peer workers in every team cg-idea: not an id b1");
  first = idea (f, "Peer workers");
  g_assert_true (cg_idea_get_event (first) == f->june);
  g_assert_null (cg_idea_get_voice (first));
  g_assert_cmpint (cg_idea_get_kind (first), ==, CG_IDEA_KIND_IDEA);
  g_assert_true (cg_board_get_selected_idea (f->board) == first);
  assert_one_step_undoes (f, before, steps);
  assert_cards (f->board, 2, "b1");

  /* at the end of Unsorted */
  g_assert_true (cg_board_drop_text (f->board, NULL, NULL, "one more"));
  assert_cards (f->board, 0, "u1 u2 one more");
  assert_one_step_undoes (f, before, steps);

  /* blank text adds nothing */
  g_assert_false (cg_board_drop_text (f->board, NULL, NULL, " \n\t\n"));
  assert_no_step (f, before, steps);
}

static void
test_private (Fixture       *f,
              gconstpointer  data)
{
  CgIdea *u2 = idea (f, "u2");
  CgIdeaCard *card = CG_IDEA_CARD (cg_board_get_card (f->board, u2));

  g_assert_nonnull (card);
  g_assert_cmpstr (cg_idea_card_get_shown_text (card), ==, "Private note");
  cg_board_set_show_private (f->board, TRUE);
  g_assert_cmpstr (cg_idea_card_get_shown_text (card), ==, "u2");
  cg_board_set_show_private (f->board, FALSE);
  g_assert_cmpstr (cg_idea_card_get_shown_text (card), ==, "Private note");

  /* a card made private hides its words at once */
  card = CG_IDEA_CARD (cg_board_get_card (f->board, idea (f, "u1")));
  cg_idea_set_private (idea (f, "u1"), TRUE);
  g_assert_cmpstr (cg_idea_card_get_shown_text (card), ==, "Private note");
}

/* Whether a label on screen (drawn: mapped and child-visible up the tree) shows @text. */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_get_child_visible (widget))
    return FALSE;
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

/* A card moved to another column and back within one frame (a move, then Undo at once) is
 * still the board's: hiding private notes reaches it. (It once lost its place in the board's
 * table of cards, and went on showing a private note's words.) */
static void
test_private_after_quick_undo (Fixture       *f,
                               gconstpointer  data)
{
  CgIdea *u2 = idea (f, "u2");
  CgIdeaCard *card;

  cg_board_set_show_private (f->board, TRUE);
  /* selected, with the keyboard focus, as the card menu leaves it */
  cg_board_select_idea (f->board, u2);
  cg_test_wait_frames (f->window, 2);
  g_assert_true (shows_text (f->window, "u2"));

  /* moved (by the board's action, which keeps it selected), then back at once, in the same
   * frame and one frame later */
  for (guint frames = 0; frames < 2; frames++)
    {
      gtk_widget_activate_action (GTK_WIDGET (f->board), "board.set-theme", "s",
                                  cg_object_get_id (CG_OBJECT (f->themes[0])));
      g_assert_true (cg_idea_get_theme (u2) == f->themes[0]);
      if (frames > 0)
        cg_test_wait_frames (f->window, frames);
      cg_history_undo (cg_workshop_get_history (f->workshop));
      cg_test_wait_frames (f->window, 3);
    }

  cg_board_set_show_private (f->board, FALSE);
  cg_test_wait_frames (f->window, 2);
  card = CG_IDEA_CARD (cg_board_get_card (f->board, u2));
  g_assert_nonnull (card);
  g_assert_cmpstr (cg_idea_card_get_shown_text (card), ==, "Private note");
  g_assert_false (shows_text (f->window, "u2"));
}

static gboolean
has_letter_a (gpointer item,
              gpointer user_data)
{
  return strchr (cg_idea_get_text (item), 'a') != NULL;
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GtkCustomFilter) filter = gtk_custom_filter_new (has_letter_a, NULL, NULL);

  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, 6);
  cg_board_set_filter (f->board, GTK_FILTER (filter));
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, 3);
  assert_cards (f->board, 0, "");
  assert_cards (f->board, 1, "a1 a2 a3");
  assert_cards (f->board, 2, "");
  g_assert_cmpstr (cg_board_column_get_count_text (cg_board_get_column (f->board, 1)), ==,
                   "3 ideas");

  /* re-run as ideas change: in when it starts matching, out when it stops */
  cg_idea_set_text (idea (f, "b1"), "b1 again");
  assert_cards (f->board, 2, "b1 again");
  cg_idea_set_text (idea (f, "a2"), "x2");
  assert_cards (f->board, 1, "a1 a3");
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, 3);
  /* and moves still show */
  cg_idea_set_theme (idea (f, "a1"), f->themes[2]);
  assert_cards (f->board, 3, "a1");

  cg_board_set_filter (f->board, NULL);
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, 6);
  assert_cards (f->board, 1, "x2 a3");
}

/* Layout and paint happen for real, as they do for someone looking at the board: after each
 * change, the frames that lay the board out again and draw it. */
#define FRAMES_AFTER_CHANGE 3

/* Adding, moving and scrolling to cards on a board in sight lays it out again without leaving a
 * widget to be drawn with no allocation. A list makes and binds cards while it is allocated; when
 * a widget above it was not itself laid out anew in that frame, GTK warns "Trying to snapshot
 * GtkScrolledWindow ... without a current allocation" (fatal here). The sample workshop fills its
 * columns, so new cards also bring scrollbars. */
static void
test_changes_in_sight (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "sample.cgw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = cg_workshop_load (file, NULL, &error);
  g_autoptr(CgTheme) theme = NULL;
  g_autoptr(CgEvent) event = NULL;
  GtkAdjustment *adjustment;
  GtkWidget *window;
  CgBoard *board;
  CgIdea *moved = NULL;

  g_assert_no_error (error);
  theme = g_list_model_get_item (cg_workshop_get_themes (workshop), 0);
  event = g_list_model_get_item (cg_workshop_get_events (workshop), 0);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  board = CG_BOARD (cg_board_new ());
  cg_board_set_workshop (board, workshop);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (board));
  gtk_window_present (GTK_WINDOW (window));
  cg_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (board)));
  cg_test_wait_frames (window, FRAMES_AFTER_CHANGE);

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *text = g_strdup_printf ("New unsorted idea %u, long enough to wrap onto "
                                               "a second line of its card", i);
      CgIdea *added = add_idea (workshop, text, NULL, event, NULL);

      /* as the capture bar does: the new card is selected, and scrolled to */
      if (i % 3 == 0)
        cg_board_select_idea (board, added);
      if (i == 4)
        moved = added;
      cg_test_wait_frames (window, FRAMES_AFTER_CHANGE);
    }
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *text = g_strdup_printf ("New idea %u in a theme", i);

      cg_board_select_idea (board, add_idea (workshop, text, theme, event, NULL));
      cg_test_wait_frames (window, FRAMES_AFTER_CHANGE);
    }
  g_assert_cmpuint (cg_board_column_find (cg_board_get_column (board, 0), moved), !=,
                    GTK_INVALID_LIST_POSITION);

  /* a card moved from Unsorted to the theme, and back to the top of Unsorted */
  cg_workshop_place_idea (workshop, moved, theme, NULL);
  cg_test_wait_frames (window, FRAMES_AFTER_CHANGE);
  g_assert_cmpuint (cg_board_column_find (cg_board_get_column (board, 1), moved), !=,
                    GTK_INVALID_LIST_POSITION);
  cg_board_select_idea (board, moved);
  cg_test_wait_frames (window, FRAMES_AFTER_CHANGE);
  {
    g_autoptr(CgIdea) first = g_list_model_get_item (
        cg_board_column_get_ideas (cg_board_get_column (board, 0)), 0);

    cg_workshop_place_idea (workshop, moved, NULL, first);
  }
  cg_test_wait_frames (window, FRAMES_AFTER_CHANGE);
  g_assert_cmpuint (cg_board_column_find (cg_board_get_column (board, 0), moved), ==, 0);

  /* scrolling a long column, then removing what is in sight */
  adjustment = gtk_scrollable_get_vadjustment (
      GTK_SCROLLABLE (cg_board_column_get_list (cg_board_get_column (board, 0))));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  cg_test_wait_frames (window, FRAMES_AFTER_CHANGE);
  {
    GListModel *unsorted = cg_board_column_get_ideas (cg_board_get_column (board, 0));
    g_autoptr(CgIdea) last = g_list_model_get_item (unsorted,
                                                    g_list_model_get_n_items (unsorted) - 1);

    cg_workshop_remove (workshop, last);
  }
  cg_test_wait_frames (window, FRAMES_AFTER_CHANGE);
  g_assert_true (cg_history_undo (cg_workshop_get_history (workshop)));
  cg_test_wait_frames (window, FRAMES_AFTER_CHANGE);

  /* the board scrolled sideways: columns coming into sight make their cards */
  adjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (board->scroller));
  for (guint i = 0; i < 6; i++)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 200);
      cg_test_wait_frames (window, FRAMES_AFTER_CHANGE);
    }
  add_idea (workshop, "Added with the board scrolled sideways", theme, event, NULL);
  cg_test_wait_frames (window, FRAMES_AFTER_CHANGE);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("no display: skipping the board tests\n");
      return 77;
    }
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/widgets/board/columns-follow-themes", test_columns_follow_themes);
  ADD ("/widgets/board/cards-follow-ideas", test_cards_follow_ideas);
  ADD ("/widgets/board/card-description", test_card_description);
  ADD ("/widgets/board/action/move-column", test_move_column);
  ADD ("/widgets/board/action/delete", test_delete);
  ADD ("/widgets/board/action/vote", test_vote);
  ADD ("/widgets/board/action/toggle-private", test_toggle_private);
  ADD ("/widgets/board/action/review-flag", test_review_flag);
  ADD ("/widgets/board/read-only", test_read_only);
  ADD ("/widgets/board/picks", test_picks);
  ADD ("/widgets/board/action/edit", test_edit);
  ADD ("/widgets/board/action/themes", test_theme_actions);
  ADD ("/widgets/board/selection-arrows", test_selection_arrows);
  ADD ("/widgets/board/key-bindings", test_key_bindings);
  ADD ("/widgets/board/real-keys", test_real_keys);
  ADD ("/widgets/board/drop/cards", test_drop_cards);
  ADD ("/widgets/board/drop/target", test_drop_target);
  ADD ("/widgets/board/drop/text", test_drop_text);
  ADD ("/widgets/board/private", test_private);
  ADD ("/widgets/board/private-after-quick-undo", test_private_after_quick_undo);
  ADD ("/widgets/board/filter", test_filter);
#undef ADD
  g_test_add_func ("/widgets/board/changes-in-sight", test_changes_in_sight);

  return g_test_run ();
}
