/* test-capture-keys.c: what the voice, kind and theme keys act on, pressed for real
 *
 * The rule under test (README, shortcuts window): in the capture bar Alt+N and Ctrl+K are for
 * the idea being typed and those after it and never change a card on the board; Ctrl+N files
 * the idea being typed, or moves the idea just added when the bar is empty; on the board the
 * keys change the selected card, and say so in a notice with Undo; a number past the last theme
 * or voice asks for a new one and files there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "cg-test-window.h"
#include "model/cg-series.h"
#include "widgets/cg-board-private.h"

typedef CgTestWindow Fixture;

/* (cg_test_wait_for names what it waited for when a key that does nothing at all fails the
 * test after ten seconds) */
#define wait_until(done, data) cg_test_wait_for ((done) (data))

/* The workshop's parts */

static CgTheme *
theme (Fixture *f,
       guint    n)
{
  return cg_test_nth (cg_workshop_get_themes (f->workshop), n - 1);
}

static CgVoice *
voice (Fixture *f,
       guint    n)
{
  return cg_test_nth (cg_workshop_get_voices (f->workshop), n - 1);
}

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

static guint
n_ideas (Fixture *f)
{
  return n_items (cg_workshop_get_ideas (f->workshop));
}

static guint
n_undo (Fixture *f)
{
  return cg_history_get_n_undo (cg_workshop_get_history (f->workshop));
}

static CgIdea *
idea_saying (Fixture    *f,
             const char *text)
{
  GListModel *ideas = cg_workshop_get_ideas (f->workshop);

  for (guint i = 0; i < n_items (ideas); i++)
    {
      CgIdea *idea = cg_test_nth (ideas, i);

      if (g_strcmp0 (cg_idea_get_text (idea), text) == 0)
        return idea;
    }
  return NULL;
}

/* The first idea in @in (NULL: Unsorted) whose voice is not @not_voice. */
static CgIdea *
idea_in (Fixture *f,
         CgTheme *in,
         CgVoice *not_voice)
{
  GListModel *ideas = cg_workshop_get_ideas (f->workshop);
  /* (All Events shows each lineage's latest copy only: one of those, so that it has a card) */
  g_autoptr(CgSeries) series = cg_series_new (f->workshop);

  for (guint i = 0; i < n_items (ideas); i++)
    {
      CgIdea *idea = cg_test_nth (ideas, i);

      if (cg_idea_get_theme (idea) == in && cg_idea_get_voice (idea) != not_voice &&
          !cg_idea_get_private (idea) && cg_series_is_latest (series, idea))
        return idea;
    }
  g_assert_not_reached ();
}

/* Every idea's voice, kind and theme, to tell later whether any changed. */
typedef struct
{
  CgIdea     *idea;
  CgVoice    *voice;
  CgIdeaKind  kind;
  CgTheme    *theme;
} Filing;

static GArray *
take_filings (Fixture *f)
{
  GListModel *ideas = cg_workshop_get_ideas (f->workshop);
  GArray *filings = g_array_new (FALSE, FALSE, sizeof (Filing));

  for (guint i = 0; i < n_items (ideas); i++)
    {
      CgIdea *idea = cg_test_nth (ideas, i);
      Filing filing = { idea, cg_idea_get_voice (idea), cg_idea_get_kind (idea),
                        cg_idea_get_theme (idea) };

      g_array_append_val (filings, filing);
    }
  return filings;
}

/* Every idea of @before is still there, filed as it was. */
static void
assert_unchanged (Fixture *f,
                  GArray  *before)
{
  for (guint i = 0; i < before->len; i++)
    {
      Filing *was = &g_array_index (before, Filing, i);

      g_assert_cmpint (cg_workshop_index_of (f->workshop, was->idea), >=, 0);
      if (cg_idea_get_voice (was->idea) != was->voice ||
          cg_idea_get_kind (was->idea) != was->kind || cg_idea_get_theme (was->idea) != was->theme)
        g_error ("‘%s’ was changed by a key pressed in the capture bar",
                 cg_idea_get_text (was->idea));
    }
}

/* What the window shows */

static const char *
notice_text (Fixture *f)
{
  return cg_notice_get_text (f->window->notice);
}

static gboolean
bar_has_focus (Fixture *f)
{
  return cg_capture_bar_has_focus (f->capture_bar);
}

static gboolean
bar_is_asking (Fixture *f)
{
  return cg_capture_bar_is_asking (f->capture_bar);
}

/* The notice tells of a change to a card: "@start…@end", the idea's words between. */
static void
assert_notice (Fixture    *f,
               const char *start,
               const char *end)
{
  const char *text = notice_text (f);

  if (text == NULL || !g_str_has_prefix (text, start) || !g_str_has_suffix (text, end))
    g_error ("the notice says “%s”, not “%s…%s”", text != NULL ? text : "nothing", start, end);
}

static gboolean
bar_focused_cb (gpointer data)
{
  return bar_has_focus (data);
}

static gboolean
asking_cb (gpointer data)
{
  return bar_is_asking (data);
}

static gboolean
not_asking_cb (gpointer data)
{
  return !bar_is_asking (data);
}

typedef struct
{
  Fixture *f;
  guint    n;
} Count;

static gboolean
n_ideas_is_cb (gpointer data)
{
  Count *count = data;

  return n_ideas (count->f) == count->n;
}

static gboolean
n_themes_is_cb (gpointer data)
{
  Count *count = data;

  return n_items (cg_workshop_get_themes (count->f->workshop)) == count->n;
}

static gboolean
n_voices_is_cb (gpointer data)
{
  Count *count = data;

  return n_items (cg_workshop_get_voices (count->f->workshop)) == count->n;
}

static gboolean
notice_gone_cb (gpointer data)
{
  return notice_text (data) == NULL;
}

static gboolean
keys_on_board_cb (gpointer data)
{
  Fixture *f = data;

  return cg_window_keys_on_board (f->window);
}

/* The first widget in @widget or under it that is a @type and, when @action is not NULL,
 * activates that action. */
static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *action)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (action == NULL || g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)),
                                    action) == 0))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The entry of the capture bar's question (its own popover, not a drop-down's). */
static GtkWidget *
question_entry (Fixture *f)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (f->capture_bar));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER (child))
        return find_widget (child, GTK_TYPE_ENTRY, NULL);
    }
  g_assert_not_reached ();
}

static gboolean
card_in_sight_cb (gpointer data)
{
  gpointer *pair = data;
  GtkWidget *card = cg_board_get_card (pair[0], pair[1]);

  return card != NULL && gtk_widget_get_mapped (card) && gtk_widget_get_width (card) > 0 &&
         cg_board_is_in_sight (pair[0], card);
}

/* Real keys and clicks through the X server (xdotool), to the window given the keyboard first.
 * (meson runs this test alone on its display.) When another window took the keyboard all the
 * same, the keys went elsewhere: the test says it was skipped rather than failing. */
#ifdef GDK_WINDOWING_X11
static gulong
xid (Fixture *f)
{
  return gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (f->window)));
}

/* Until the X server has handed over every event xdotool made, and GTK has handled them. */
static void
settle (Fixture *f)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (f->window));

  for (guint i = 0; i < 2; i++)
    {
      gdk_display_sync (display);
      cg_test_iterate ();
    }
}

static gboolean
xdotool (Fixture    *f,
         const char *what)
{
  g_autofree char *command = g_strdup_printf ("xdotool windowfocus --sync %lu %s", xid (f), what);
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, NULL));
  settle (f);
  if (status != 0 || !gtk_window_is_active (GTK_WINDOW (f->window)))
    {
      g_test_skip ("another window took the keyboard");
      return FALSE;
    }
  return TRUE;
}

#define PRESS(keys) \
  G_STMT_START { if (!xdotool (f, "key --delay 40 " keys)) return; } G_STMT_END
#define TYPE(words) \
  G_STMT_START { if (!xdotool (f, "type --delay 20 '" words "'")) return; } G_STMT_END

/* Clicks the middle of @widget. */
static gboolean
click (Fixture   *f,
       GtkWidget *widget)
{
  graphene_point_t middle = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.f,
                                                 gtk_widget_get_height (widget) / 2.f);
  graphene_point_t at;
  double dx, dy;
  g_autofree char *what = NULL;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (f->window), &middle, &at));
  gtk_native_get_surface_transform (GTK_NATIVE (f->window), &dx, &dy);
  what = g_strdup_printf ("mousemove --window %lu %d %d click 1", xid (f), (int) (at.x + dx),
                          (int) (at.y + dy));
  return xdotool (f, what);
}

static gboolean
can_press (Fixture *f)
{
  g_autofree char *program = g_find_program_in_path ("xdotool");

  if (program == NULL || !GDK_IS_X11_DISPLAY (gtk_widget_get_display (GTK_WIDGET (f->window))))
    {
      g_test_skip ("needs xdotool and an X display");
      return FALSE;
    }
  wait_until (bar_focused_cb, f);
  return TRUE;
}
#endif

/* Finding 1 of issue 10, key for key: click a card on the board, press Ctrl+L, type two ideas
 * with Enter, then Ctrl+1, Ctrl+4, Alt+2 and Ctrl+K. The card clicked earlier is never touched:
 * the theme keys move the idea just added, the voice and kind keys set what comes next. */
static void
test_finding_one (Fixture       *f,
                  gconstpointer  data)
{
#ifdef GDK_WINDOWING_X11
  CgBoard *board = f->board;
  CgCaptureBar *bar = f->capture_bar;
  CgIdea *clicked = idea_in (f, theme (f, 2), voice (f, 2));
  gpointer pair[] = { board, clicked };
  g_autoptr(GArray) before = take_filings (f);
  Count two_more = { f, n_ideas (f) + 2 };
  CgIdea *first, *second, *next;

  if (!can_press (f))
    return;

  wait_until (card_in_sight_cb, pair);
  if (!click (f, cg_board_get_card (board, clicked)))
    return;
  g_assert_true (cg_board_get_selected_idea (board) == clicked);

  PRESS ("ctrl+l");
  wait_until (bar_focused_cb, f);
  /* the card is let go, in plain sight: the keys now are for the capture bar */
  g_assert_null (cg_board_get_selected_idea (board));

  TYPE ("Peer workers on every ward");
  PRESS ("Return");
  TYPE ("A named worker before any letter");
  PRESS ("Return");
  wait_until (n_ideas_is_cb, &two_more);
  first = idea_saying (f, "Peer workers on every ward");
  second = idea_saying (f, "A named worker before any letter");
  g_assert_nonnull (first);
  g_assert_nonnull (second);

  PRESS ("ctrl+1");
  g_assert_true (cg_idea_get_theme (second) == theme (f, 1));
  g_assert_cmpstr (notice_text (f), ==,
                   "Moved ‘A named worker before any letter’ to First contacts");
  PRESS ("ctrl+4");
  g_assert_true (cg_idea_get_theme (second) == theme (f, 4));
  g_assert_cmpstr (notice_text (f), ==, "Moved ‘A named worker before any letter’ to Peer roles");
  PRESS ("alt+2");
  PRESS ("ctrl+k");

  /* every card that was there is as it was, the clicked one first of all */
  assert_unchanged (f, before);
  g_assert_true (cg_idea_get_theme (clicked) == theme (f, 2));
  g_assert_null (cg_board_get_selected_idea (board));
  /* the two new ones: the first where it was typed, the second moved twice; both with the voice
   * and kind the bar had when they were typed */
  g_assert_null (cg_idea_get_theme (first));
  g_assert_null (cg_idea_get_voice (first));
  g_assert_cmpint (cg_idea_get_kind (first), ==, CG_IDEA_KIND_IDEA);
  g_assert_true (cg_idea_get_theme (second) == theme (f, 4));
  g_assert_null (cg_idea_get_voice (second));
  g_assert_cmpint (cg_idea_get_kind (second), ==, CG_IDEA_KIND_IDEA);
  /* Alt+2 and Ctrl+K are for what comes next */
  g_assert_true (cg_capture_bar_get_voice (bar) == voice (f, 2));
  g_assert_cmpint (cg_capture_bar_get_kind (bar), ==, CG_IDEA_KIND_STRENGTH);
  g_assert_true (bar_has_focus (f));

  /* and the next idea has them */
  TYPE ("Family at the first meeting");
  PRESS ("Return");
  next = idea_saying (f, "Family at the first meeting");
  g_assert_nonnull (next);
  g_assert_true (cg_idea_get_voice (next) == voice (f, 2));
  g_assert_cmpint (cg_idea_get_kind (next), ==, CG_IDEA_KIND_STRENGTH);
  g_assert_true (cg_idea_get_voice (second) == NULL);
#else
  g_test_skip ("needs an X display");
#endif
}

/* Ctrl+N while typing files the idea being typed, and that idea only; no card moves. */
static void
test_theme_while_typing (Fixture       *f,
                         gconstpointer  data)
{
#ifdef GDK_WINDOWING_X11
  CgCaptureBar *bar = f->capture_bar;
  g_autoptr(GArray) before = NULL;
  CgIdea *typed;

  if (!can_press (f))
    return;
  TYPE ("Somewhere to go at night");
  PRESS ("Return");
  before = take_filings (f);

  TYPE ("A crisis cafe");
  PRESS ("ctrl+2");
  assert_unchanged (f, before);
  g_assert_null (notice_text (f));
  g_assert_true (cg_capture_bar_get_theme (bar) == theme (f, 2));
  PRESS ("Return");
  typed = idea_saying (f, "A crisis cafe");
  g_assert_nonnull (typed);
  g_assert_true (cg_idea_get_theme (typed) == theme (f, 2));
  assert_unchanged (f, before);
  /* the next idea is not filed there unasked */
  g_assert_null (cg_capture_bar_get_theme (bar));

  /* Ctrl+0 while typing: Unsorted, even when the bar's own choice is a theme */
  cg_capture_bar_set_theme (bar, theme (f, 3));
  TYPE ("Peer support groups");
  PRESS ("ctrl+0");
  g_assert_null (cg_capture_bar_get_theme (bar));
  PRESS ("Return");
  g_assert_null (cg_idea_get_theme (idea_saying (f, "Peer support groups")));
  g_assert_true (cg_capture_bar_get_theme (bar) == theme (f, 3));
#else
  g_test_skip ("needs an X display");
#endif
}

/* Finding 2: Ctrl+5 with four themes asks for a fifth and files the idea just added there, one
 * undo step; Alt+5 with four voices asks for a fifth and gives it to the next ideas. */
static void
test_past_the_end (Fixture       *f,
                   gconstpointer  data)
{
#ifdef GDK_WINDOWING_X11
  CgCaptureBar *bar = f->capture_bar;
  Count five_themes = { f, 5 };
  Count four_themes = { f, 4 };
  Count five_voices = { f, 5 };
  g_autoptr(GArray) before = NULL;
  CgIdea *added;
  guint steps;

  if (!can_press (f))
    return;
  g_assert_cmpuint (n_items (cg_workshop_get_themes (f->workshop)), ==, 4);
  g_assert_cmpuint (n_items (cg_workshop_get_voices (f->workshop)), ==, 4);
  TYPE ("Peer workers on every ward");
  PRESS ("Return");
  added = idea_saying (f, "Peer workers on every ward");
  before = take_filings (f);
  steps = n_undo (f);

  /* Ctrl+5: a question, with "Theme 5" offered; nothing changed yet */
  PRESS ("ctrl+5");
  wait_until (asking_cb, f);
  g_assert_null (cg_idea_get_theme (added));
  g_assert_cmpuint (n_undo (f), ==, steps);
  /* a name typed over the offered one, then Enter */
  TYPE ("Peer workers");
  PRESS ("Return");
  wait_until (n_themes_is_cb, &five_themes);
  g_assert_cmpstr (cg_theme_get_name (theme (f, 5)), ==, "Peer workers");
  g_assert_true (cg_idea_get_theme (added) == theme (f, 5));
  g_assert_cmpuint (n_undo (f), ==, steps + 1);
  g_assert_cmpstr (notice_text (f), ==, "Moved ‘Peer workers on every ward’ to Peer workers");
  wait_until (bar_focused_cb, f);

  /* one undo takes both back */
  PRESS ("ctrl+z");
  wait_until (n_themes_is_cb, &four_themes);
  g_assert_null (cg_idea_get_theme (added));
  g_assert_null (notice_text (f));

  /* Escape: nothing at all */
  PRESS ("ctrl+5");
  wait_until (asking_cb, f);
  PRESS ("Escape");
  wait_until (not_asking_cb, f);
  g_assert_cmpuint (n_items (cg_workshop_get_themes (f->workshop)), ==, 4);
  g_assert_null (cg_idea_get_theme (added));
  wait_until (bar_focused_cb, f);

  /* while typing, Ctrl+9 (five past the end) asks too; the idea typed goes there */
  TYPE ("Training with people who use the service");
  PRESS ("ctrl+9");
  wait_until (asking_cb, f);
  PRESS ("Return");
  wait_until (n_themes_is_cb, &five_themes);
  g_assert_cmpstr (cg_theme_get_name (theme (f, 5)), ==, "Theme 5");
  g_assert_true (cg_capture_bar_get_theme (bar) == theme (f, 5));
  wait_until (bar_focused_cb, f);
  PRESS ("Return");
  g_assert_true (cg_idea_get_theme (idea_saying (f, "Training with people who use the service"))
                 == theme (f, 5));

  /* Alt+5 in the bar: a fifth voice for the next ideas, and no card changes */
  assert_unchanged (f, before);
  g_array_unref (before);
  before = take_filings (f);
  PRESS ("alt+5");
  wait_until (asking_cb, f);
  TYPE ("Students");
  PRESS ("Return");
  wait_until (n_voices_is_cb, &five_voices);
  g_assert_cmpstr (cg_voice_get_name (voice (f, 5)), ==, "Students");
  g_assert_true (cg_capture_bar_get_voice (bar) == voice (f, 5));
  assert_unchanged (f, before);
#else
  g_test_skip ("needs an X display");
#endif
}

/* On the board the keys change the selected card, and each change is told with Undo. */
static void
test_board_keys (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  CgBoard *board = f->board;
  CgCaptureBar *bar = f->capture_bar;
  CgIdea *card = idea_in (f, theme (f, 2), voice (f, 3));
  CgIdeaKind kind = cg_idea_get_kind (card);
  CgTheme *was_in = cg_idea_get_theme (card);
  Count five_voices = { f, 5 };
  guint steps = n_undo (f);
  g_autofree char *said = NULL;

  cg_board_select_idea (board, card);
  cg_test_iterate ();
  g_assert_true (cg_window_keys_on_board (f->window));

  g_assert_true (gtk_widget_activate_action (window, "win.set-voice", "i", 3));
  g_assert_true (cg_idea_get_voice (card) == voice (f, 3));
  g_assert_null (cg_capture_bar_get_voice (bar));
  assert_notice (f, "Voice of ‘", "’ set to Staff and practitioners");

  g_assert_true (gtk_widget_activate_action (window, "win.cycle-kind", NULL));
  g_assert_cmpint (cg_idea_get_kind (card), ==, (kind + 1) % (CG_IDEA_KIND_LAST + 1));
  g_assert_cmpint (cg_capture_bar_get_kind (bar), ==, CG_IDEA_KIND_IDEA);
  said = g_strdup_printf ("’ set to %s", cg_idea_kind_get_label (cg_idea_get_kind (card)));
  assert_notice (f, "Kind of ‘", said);

  g_assert_true (gtk_widget_activate_action (window, "win.move-to-theme", "i", 3));
  g_assert_true (cg_idea_get_theme (card) == theme (f, 3));
  assert_notice (f, "Moved ‘", "’ to Third-sector links");
  g_assert_true (cg_board_get_selected_idea (board) == card);
  g_assert_cmpuint (n_undo (f), ==, steps + 3);

  /* the notice's Undo takes back the move it tells of, and goes */
  g_signal_emit_by_name (find_widget (GTK_WIDGET (f->window->notice), GTK_TYPE_BUTTON,
                                      "win.undo"), "clicked");
  g_assert_true (cg_idea_get_theme (card) == was_in);
  g_assert_null (notice_text (f));

  /* Alt+9 with four voices asks; the new voice is the card's */
  g_assert_true (gtk_widget_activate_action (window, "win.set-voice", "i", 9));
  cg_test_iterate ();
  g_assert_true (bar_is_asking (f));
  /* the question has the keyboard, with "Voice 5" offered: Enter */
  g_signal_emit_by_name (question_entry (f), "activate");
  wait_until (n_voices_is_cb, &five_voices);
  g_assert_cmpstr (cg_voice_get_name (voice (f, 5)), ==, "Voice 5");
  g_assert_true (cg_idea_get_voice (card) == voice (f, 5));
  assert_notice (f, "Voice of ‘", "’ set to Voice 5");
  g_assert_null (cg_capture_bar_get_voice (bar));
  /* and the keys go on acting on the card */
  wait_until (keys_on_board_cb, f);
  g_assert_true (cg_board_get_selected_idea (board) == card);
}

/* Every other change the board makes to a card (P, B, + and −, Delete, its menu and buttons) is
 * told in the notice too, after it happens, with the card's words. */
static void
test_board_changes_told (Fixture       *f,
                         gconstpointer  data)
{
  CgBoard *board = f->board;
  GtkWidget *widget = GTK_WIDGET (board);
  CgIdea *card = idea_in (f, theme (f, 1), NULL);
  guint votes = cg_idea_get_total_votes (card);
  g_autofree char *said = NULL;
  g_autofree char *now = NULL;

  cg_board_select_idea (board, card);
  cg_test_iterate ();
  g_assert_true (gtk_widget_activate_action (widget, "board.toggle-private", NULL));
  assert_notice (f, "‘", "’ is now a private note");
  g_assert_true (gtk_widget_activate_action (widget, "board.toggle-private", NULL));
  assert_notice (f, "‘", "’ is no longer private");
  g_assert_true (gtk_widget_activate_action (widget, "board.toggle-beyond", NULL));
  assert_notice (f, "‘", cg_idea_get_beyond_service (card)
                           ? "’ marked beyond the service"
                           : "’ no longer marked beyond the service");
  g_assert_true (gtk_widget_activate_action (widget, "board.vote", "i", 1));
  now = g_strdup_printf ("’ now has %u vote%s", votes + 1, votes + 1 == 1 ? "" : "s");
  assert_notice (f, "‘", now);
  said = g_strdup_printf ("Deleted ‘%.8s", cg_idea_get_text (card));
  g_assert_true (gtk_widget_activate_action (widget, "board.delete", NULL));
  assert_notice (f, said, "");
  g_assert_cmpint (cg_workshop_index_of (f->workshop, card), ==, -1);

  /* its Undo brings the card back */
  g_signal_emit_by_name (find_widget (GTK_WIDGET (f->window->notice), GTK_TYPE_BUTTON,
                                      "win.undo"), "clicked");
  g_assert_cmpint (cg_workshop_index_of (f->workshop, card), >=, 0);
}

/* The notice goes when its time is up, and as soon as its Undo would undo something else. */
static void
test_notice_goes (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  CgIdea *card = idea_in (f, theme (f, 1), NULL);

  cg_board_select_idea (f->board, card);
  cg_test_iterate ();
  g_assert_true (gtk_widget_activate_action (window, "win.move-to-theme", "i", 0));
  g_assert_nonnull (notice_text (f));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window->notice)));

  /* another change: its Undo would not undo the move any more */
  g_assert_cmpuint (cg_capture_bar_add_text (f->capture_bar, "Another idea"), ==, 1);
  g_assert_null (notice_text (f));

  /* and by itself, after its time */
  g_object_set (f->window->notice, "timeout", 50, NULL);
  g_assert_true (gtk_widget_activate_action (window, "win.move-to-theme", "i", 2));
  g_assert_nonnull (notice_text (f));
  wait_until (notice_gone_cb, f);
}

int
main (int   argc,
      char *argv[])
{
  cg_test_window_init (&argc, &argv);
  cg_test_keys_application ("org.commonground.CommonGround.TestKeys");

#define ADD(path, func) g_test_add ("/widgets/capture-keys/" path, Fixture, NULL, \
                                    cg_test_window_set_up_keys, func, cg_test_window_tear_down)
  ADD ("finding-one", test_finding_one);
  ADD ("theme-while-typing", test_theme_while_typing);
  ADD ("past-the-end", test_past_the_end);
  ADD ("board-keys", test_board_keys);
  ADD ("board-changes-told", test_board_changes_told);
  ADD ("notice-goes", test_notice_goes);
#undef ADD

  return g_test_run ();
}
