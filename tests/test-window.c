/* test-window.c: the window as a facilitator uses it: capture, shortcuts, undo, search, save,
 * closing with unsaved changes, and a load error shown in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-test-util.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "io/cg-io.h"
#include "cg-test-window.h"

typedef CgTestWindow Fixture;

static char *
sample_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "sample.cgw", NULL);
}

static guint
n_ideas (Fixture *f)
{
  return g_list_model_get_n_items (cg_workshop_get_ideas (f->workshop));
}

static CgIdea *
last_idea (Fixture *f)
{
  GListModel *ideas = cg_workshop_get_ideas (f->workshop);
  g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, g_list_model_get_n_items (ideas) - 1);

  return idea;
}

static void
test_capture_then_shortcuts (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  CgHistory *history = cg_workshop_get_history (f->workshop);
  guint before = n_ideas (f);
  CgVoice *second_voice = cg_test_nth (cg_workshop_get_voices (f->workshop), 1);
  CgTheme *third_theme = cg_test_nth (cg_workshop_get_themes (f->workshop), 2);
  CgIdea *idea;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->stack), ==, "board");

  /* Alt+2 picks the second voice for what is captured next */
  g_assert_true (gtk_widget_activate_action (window, "win.set-voice", "i", 2));
  g_assert_true (cg_capture_bar_get_voice (f->capture_bar) == second_voice);
  g_assert_true (gtk_widget_activate_action (window, "win.cycle-kind", NULL));
  g_assert_cmpint (cg_capture_bar_get_kind (f->capture_bar), ==, CG_IDEA_KIND_STRENGTH);

  g_assert_cmpuint (cg_capture_bar_add_text (f->capture_bar,
                                             "Peer support in the waiting room"), ==, 1);
  g_assert_cmpuint (n_ideas (f), ==, before + 1);
  idea = last_idea (f);
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "Peer support in the waiting room");
  g_assert_true (cg_idea_get_voice (idea) == second_voice);
  g_assert_cmpint (cg_idea_get_kind (idea), ==, CG_IDEA_KIND_STRENGTH);
  g_assert_true (cg_history_get_modified (history));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* Ctrl+3 with no card selected moves the idea just added */
  g_assert_null (cg_board_get_selected_idea (f->board));
  g_assert_true (gtk_widget_activate_action (window, "win.move-to-theme", "i", 3));
  g_assert_true (cg_idea_get_theme (idea) == third_theme);
  g_assert_true (gtk_widget_activate_action (window, "win.move-to-theme", "i", 0));
  g_assert_null (cg_idea_get_theme (idea));

  /* Ctrl+Z undoes each step: the move back, the move, then the capture */
  g_assert_true (gtk_widget_activate_action (window, "win.undo", NULL));
  g_assert_true (cg_idea_get_theme (idea) == third_theme);
  g_assert_true (gtk_widget_activate_action (window, "win.undo", NULL));
  g_assert_null (cg_idea_get_theme (idea));
  g_assert_true (gtk_widget_activate_action (window, "win.undo", NULL));
  g_assert_cmpuint (n_ideas (f), ==, before);
  g_assert_false (cg_history_get_modified (history));
  g_assert_true (gtk_widget_activate_action (window, "win.redo", NULL));
  g_assert_cmpuint (n_ideas (f), ==, before + 1);

  /* a theme number with no theme does nothing */
  g_assert_true (gtk_widget_activate_action (window, "win.move-to-theme", "i", 9));
  g_assert_null (cg_idea_get_theme (idea));
}

static void
test_selected_card_takes_shortcuts (Fixture       *f,
                                    gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  CgIdea *idea = cg_test_nth (cg_workshop_get_ideas (f->workshop), 0);
  CgVoice *first_voice = cg_test_nth (cg_workshop_get_voices (f->workshop), 0);
  CgTheme *second_theme = cg_test_nth (cg_workshop_get_themes (f->workshop), 1);
  CgIdeaKind kind = cg_idea_get_kind (idea);

  cg_board_select_idea (f->board, idea);
  cg_test_iterate ();
  g_assert_true (cg_board_get_selected_idea (f->board) == idea);

  g_assert_true (gtk_widget_activate_action (window, "win.move-to-theme", "i", 2));
  g_assert_true (cg_idea_get_theme (idea) == second_theme);
  g_assert_true (gtk_widget_activate_action (window, "win.set-voice", "i", 1));
  g_assert_true (cg_idea_get_voice (idea) == first_voice);
  g_assert_true (gtk_widget_activate_action (window, "win.cycle-kind", NULL));
  g_assert_cmpint (cg_idea_get_kind (idea), ==, (kind + 1) % (CG_IDEA_KIND_LAST + 1));
}

typedef struct
{
  CgBoard *board;
  guint    expected;
} ShownWait;

static gboolean
board_shows (gpointer data)
{
  ShownWait *wait = data;

  return cg_board_get_n_shown (wait->board) == wait->expected;
}

static void
test_search_filters_board (Fixture       *f,
                           gconstpointer  data)
{
  /* all events are shown: the ideas of the series, an idea carried forward once */
  g_autoptr(CgSeries) series = cg_series_new (f->workshop);
  guint total = cg_series_get_n_lineages (series);
  g_autofree char *expected = NULL;
  guint matches = 0;
  g_autoptr(CgSearch) search = cg_search_new ();
  ShownWait wait = { f->board, 0 };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (f->window->search_bar));
  g_assert_cmpuint (cg_board_get_n_shown (f->board), ==, total);

  cg_search_set_text (search, "peer");
  for (guint i = 0; i < total; i++)
    matches += cg_search_matches (search,
                                  cg_lineage_get_latest (cg_series_get_lineage (series, i)));
  g_assert_cmpuint (matches, >, 0);
  g_assert_cmpuint (matches, <, total);

  gtk_editable_set_text (GTK_EDITABLE (f->window->search_entry), "peer");
  wait.expected = matches;
  cg_test_wait_until (board_shows, &wait);
  expected = g_strdup_printf ("%u of %u ideas", matches, total);
  g_assert_cmpstr (gtk_label_get_text (f->window->search_count), ==, expected);

  /* closing the search shows everything again */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
  wait.expected = total;
  cg_test_wait_until (board_shows, &wait);
}

static void
window_destroyed_cb (gpointer  data,
                     GObject  *where)
{
  *(gboolean *) data = TRUE;
}

static void
test_close_asks_when_unsaved (Fixture       *f,
                              gconstpointer  data)
{
  gboolean destroyed = FALSE;
  GtkMessageDialog *dialog;

  /* unsaved words: closing asks first */
  cg_capture_bar_add_text (f->capture_bar, "A change worth keeping");
  cg_test_iterate ();
  gtk_window_close (GTK_WINDOW (f->window));
  cg_test_iterate ();
  dialog = cg_test_find_dialog (GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));

  /* Cancel keeps the window and the words */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  cg_test_iterate ();
  g_assert_null (cg_test_find_dialog (GTK_WINDOW (f->window)));
  g_assert_true (cg_history_get_modified (cg_workshop_get_history (f->workshop)));

  /* Close without saving closes */
  g_object_weak_ref (G_OBJECT (f->window), window_destroyed_cb, &destroyed);
  gtk_window_close (GTK_WINDOW (f->window));
  cg_test_iterate ();
  dialog = cg_test_find_dialog (GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), 1 /* close without saving */);
  cg_test_iterate ();
  g_assert_true (destroyed);
  f->window = NULL;
}

static gboolean
history_clean (gpointer data)
{
  return !cg_history_get_modified (cg_workshop_get_history (data));
}

static void
test_save_writes_file (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) reread = NULL;
  GFile *file = cg_window_get_file (f->window);
  guint before = n_ideas (f);
  gboolean destroyed = FALSE;

  cg_capture_bar_add_text (f->capture_bar, "Saved words stay saved");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  cg_test_wait_until (history_clean, f->workshop);
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (f->window)), "• "));

  reread = cg_workshop_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (reread)), ==, before + 1);

  /* a clean window closes without asking */
  g_object_weak_ref (G_OBJECT (f->window), window_destroyed_cb, &destroyed);
  gtk_window_close (GTK_WINDOW (f->window));
  cg_test_iterate ();
  g_assert_true (destroyed);
  f->window = NULL;
}

typedef struct
{
  Fixture *f;
  guint    expected;
} IdeasWait;

static gboolean
has_ideas (gpointer data)
{
  IdeasWait *wait = data;

  return n_ideas (wait->f) == wait->expected;
}

static void
test_merge_from_another_laptop (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(CgWorkshop) other = cg_workshop_new ("Breakout group");
  g_autoptr(CgIdea) one = cg_idea_new ("Ask carers what a good first contact looks like");
  g_autoptr(CgIdea) two = cg_idea_new ("A peer worker at the duty desk");
  g_autofree char *path = g_build_filename (f->dir, "breakout.cgw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  IdeasWait wait = { f, n_ideas (f) + 2 };
  GtkMessageDialog *dialog;

  cg_workshop_add (other, one);
  cg_workshop_add (other, two);
  g_assert_true (cg_workshop_save (other, file, NULL, &error));
  g_assert_no_error (error);

  cg_window_merge_file (f->window, file);
  cg_test_wait_until (has_ideas, &wait);
  cg_test_iterate ();
  dialog = cg_test_find_dialog (GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  cg_test_iterate ();

  /* the whole merge is one step */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (n_ideas (f), ==, wait.expected - 2);
  g_assert_false (cg_history_get_modified (cg_workshop_get_history (f->workshop)));

  /* a file that cannot be read changes nothing and says why */
  g_assert_true (g_file_set_contents (path, "not a workshop", -1, NULL));
  cg_window_merge_file (f->window, file);
  while (cg_test_find_dialog (GTK_WINDOW (f->window)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (n_ideas (f), ==, wait.expected - 2);
  gtk_dialog_response (GTK_DIALOG (cg_test_find_dialog (GTK_WINDOW (f->window))),
                       GTK_RESPONSE_CLOSE);
  cg_test_iterate ();
}

static gboolean
board_shows_private (Fixture *f)
{
  gboolean show = FALSE;

  g_object_get (f->board, "show-private", &show, NULL);
  return show;
}

static gboolean
show_private_state (CgWindow *window)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window),
                                                               "show-private");

  return g_variant_get_boolean (state);
}

/* Showing private notes asks first (the screen may be the projector), once a run; while they
 * show, the header says so and offers to hide them. */
static void
test_private_notes_ask_first (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (f->window);
  GtkMessageDialog *dialog;

  gtk_widget_activate_action (widget, "win.show-private", NULL);
  cg_test_iterate ();
  dialog = cg_test_find_dialog (GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);
  g_assert_false (show_private_state (f->window));
  g_assert_false (board_shows_private (f));

  /* Cancel, the default: still hidden */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  cg_test_iterate ();
  g_assert_false (show_private_state (f->window));
  g_assert_false (gtk_widget_get_visible (f->window->private_indicator));

  /* Show: the board shows them, and the header says so */
  gtk_widget_activate_action (widget, "win.show-private", NULL);
  cg_test_iterate ();
  gtk_dialog_response (GTK_DIALOG (cg_test_find_dialog (GTK_WINDOW (f->window))),
                       GTK_RESPONSE_ACCEPT);
  cg_test_iterate ();
  g_assert_true (show_private_state (f->window));
  g_assert_true (board_shows_private (f));
  g_assert_true (gtk_widget_get_visible (f->window->private_indicator));
  g_assert_nonnull (strstr (gtk_label_get_text (f->window->subtitle_label),
                            "private notes shown"));

  /* the header's button hides them; showing them again does not ask twice */
  g_signal_emit_by_name (f->window->private_indicator, "clicked");
  cg_test_iterate ();
  g_assert_false (show_private_state (f->window));
  g_assert_false (gtk_widget_get_visible (f->window->private_indicator));
  gtk_widget_activate_action (widget, "win.show-private", NULL);
  cg_test_iterate ();
  g_assert_null (cg_test_find_dialog (GTK_WINDOW (f->window)));
  g_assert_true (show_private_state (f->window));
}

static gboolean
on_page (gpointer data)
{
  CgWindow *window = ((gpointer *) data)[0];
  const char *name = ((gpointer *) data)[1];

  return g_strcmp0 (gtk_stack_get_visible_child_name (window->stack), name) == 0;
}

static void
test_load_error_shown (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cg-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.cgw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CgWindow *window = cg_window_new (NULL);
  gpointer wait[2] = { window, "error" };

  g_assert_true (g_file_set_contents (path, "<?xml version=\"1.0\"?>\n<workshop", -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  cg_window_load (window, file);
  cg_test_wait_until (on_page, wait);

  g_assert_true (g_str_has_prefix (gtk_label_get_text (window->error_label), "broken.cgw:"));
  g_assert_null (cg_window_get_workshop (window));

  gtk_window_destroy (GTK_WINDOW (window));
  g_remove (path);
  g_rmdir (dir);
}

static void
test_load_good_file (void)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CgWindow *window = cg_window_new (NULL);
  gpointer wait[2] = { window, "board" };

  gtk_window_present (GTK_WINDOW (window));
  cg_window_load (window, file);
  cg_test_wait_until (on_page, wait);
  g_assert_nonnull (cg_window_get_workshop (window));
  g_assert_true (g_file_equal (cg_window_get_file (window), file));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   cg_workshop_get_title (cg_window_get_workshop (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  cg_test_window_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/widgets/window/" path, Fixture, NULL, cg_test_window_set_up, func, \
              cg_test_window_tear_down)
  ADD ("capture-then-shortcuts", test_capture_then_shortcuts);
  ADD ("selected-card-takes-shortcuts", test_selected_card_takes_shortcuts);
  ADD ("search-filters-board", test_search_filters_board);
  ADD ("close-asks-when-unsaved", test_close_asks_when_unsaved);
  ADD ("save-writes-file", test_save_writes_file);
  ADD ("merge-from-another-laptop", test_merge_from_another_laptop);
  ADD ("private-notes-ask-first", test_private_notes_ask_first);
#undef ADD
  g_test_add_func ("/widgets/window/load-error-shown", test_load_error_shown);
  g_test_add_func ("/widgets/window/load-good-file", test_load_good_file);

  return g_test_run ();
}
