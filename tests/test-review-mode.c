/* test-review-mode.c: a workshop opened to review can be browsed every way, and is never
 * changed or written: not the file, not a backup, not an autosaved copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-test-util.h"
#include "cg-test-window.h"

#include <glib/gstdio.h>
#include <string.h>
#include <utime.h>

typedef struct
{
  char     *dir;
  char     *path;
  GBytes   *bytes;   /* the file as it was */
  GStatBuf  stat;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "data", "sample.cgw", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  f->dir = g_dir_make_tmp ("cg-review-XXXXXX", NULL);
  g_setenv ("CG_AUTOSAVE_DIR", f->dir, TRUE);
  f->path = g_build_filename (f->dir, "workshop.cgw", NULL);
  g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));
  f->bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  /* a time in the past, so any write would show in the modification time */
  g_assert_cmpint (g_utime (f->path, &(struct utimbuf) { 1000000000, 1000000000 }), ==, 0);
  g_assert_cmpint (g_stat (f->path, &f->stat), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  cg_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_bytes_unref (f->bytes);
}

static gboolean
loaded (gpointer data)
{
  return cg_window_get_workshop (data) != NULL;
}

static gboolean
shows_error (gpointer data)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (CG_WINDOW (data)->stack), "error") == 0;
}

static gboolean
closed (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* The folder holds the file alone (no backup "workshop.cgw~", no autosaved copy), with the same
 * bytes and modification time as before. */
static void
assert_untouched (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  g_autofree char *contents = NULL;
  gsize length;
  GStatBuf now;
  const char *name;
  guint n_files = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_cmpstr (name, ==, "workshop.cgw");
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, 1);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (f->bytes, NULL), g_bytes_get_size (f->bytes));
  g_assert_cmpint (g_stat (f->path, &now), ==, 0);
  g_assert_cmpint (now.st_mtime, ==, f->stat.st_mtime);
}

/* The first widget under @widget named @name, or NULL. */
static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
try_everything (CgWindow *window)
{
  GtkWidget *widget = GTK_WIDGET (window);
  GtkWidget *board = GTK_WIDGET (cg_window_get_board (window));
  static const char * const window_actions[] = {
    "win.save", "win.undo", "win.redo", "win.new-event", "win.edit-events", "win.combine",
    "win.new-action", "win.cycle-kind", "win.focus-capture",
  };
  static const char * const board_actions[] = {
    "board.edit", "board.delete", "board.toggle-private", "board.add-theme",
  };
  CgWorkshop *workshop = cg_window_get_workshop (window);
  CgIdea *idea = cg_test_nth (cg_workshop_get_ideas (workshop), 0);
  CgTheme *theme = cg_test_nth (cg_workshop_get_themes (workshop), 0);
  g_autofree char *theme_id = g_strdup (cg_object_get_id (CG_OBJECT (theme)));
  GtkWidget *attendance;

  for (guint i = 0; i < G_N_ELEMENTS (window_actions); i++)
    gtk_widget_activate_action (widget, window_actions[i], NULL);
  gtk_widget_activate_action (widget, "win.set-voice", "i", 2);
  gtk_widget_activate_action (widget, "win.move-to-theme", "i", 2);

  /* on the board, with a card selected and picked */
  cg_window_show_view (window, "board");
  cg_board_select_idea (cg_window_get_board (window), idea);
  cg_board_toggle_mark (cg_window_get_board (window), idea);
  for (guint i = 0; i < G_N_ELEMENTS (board_actions); i++)
    gtk_widget_activate_action (board, board_actions[i], NULL);
  gtk_widget_activate_action (board, "board.vote", "i", 1);
  gtk_widget_activate_action (board, "board.move-column", "i", 1);
  gtk_widget_activate_action (board, "board.remove-theme", "s", theme_id);
  gtk_widget_activate_action (board, "board.move-theme", "(si)", theme_id, 1);
  gtk_widget_activate_action (widget, "win.combine", NULL);
  gtk_widget_activate_action (widget, "win.new-action", NULL);

  /* the voices panel: attendance shown, not changed */
  attendance = find_named (GTK_WIDGET (window->voices_panel), "attendance");
  g_assert_nonnull (attendance);
  g_assert_false (gtk_widget_get_sensitive (attendance));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (attendance),
                             gtk_spin_button_get_value (GTK_SPIN_BUTTON (attendance)) + 5);

  /* the plan and the review view; the search finds things; private notes shown */
  gtk_widget_activate_action (widget, "win.view", "s", "plan");
  gtk_widget_activate_action (widget, "win.view", "s", "review");
  gtk_widget_activate_action (widget, "win.search", NULL);
  gtk_widget_activate_action (widget, "win.show-private", NULL);
  cg_test_iterate ();
}

static void
test_no_write (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  CgWindow *window = cg_window_new (NULL);
  CgWorkshop *workshop;
  CgHistory *history;
  GListModel *ideas;
  guint n_ideas;

  cg_window_set_read_only (window, TRUE);
  gtk_window_present (GTK_WINDOW (window));
  cg_window_load (window, file);
  cg_test_wait_until (loaded, window);
  cg_test_iterate ();
  workshop = cg_window_get_workshop (window);
  history = cg_workshop_get_history (workshop);
  ideas = cg_workshop_get_ideas (workshop);
  n_ideas = g_list_model_get_n_items (ideas);

  /* it opens on the review view, says so, and offers no way to change anything */
  g_assert_cmpstr (cg_window_get_view (window), ==, "review");
  g_assert_true (strstr (gtk_label_get_text (window->subtitle_label), "read only") != NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (cg_window_get_capture_bar (window))));
  g_assert_false (cg_board_get_editable (cg_window_get_board (window)));
  for (const char * const *name = (const char * const[]) { "save", "save-as", "undo", "merge",
                                                            "new-event", "new-action", NULL };
       *name != NULL; name++)
    g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), *name));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export"));

  try_everything (window);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 0);
  g_assert_false (cg_history_get_modified (history));
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, n_ideas);

  /* past the autosave interval's worth of main loop, then closed: no question, no file */
  cg_test_iterate ();
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  cg_test_wait_until (closed, &window);
  cg_test_iterate ();
  assert_untouched (f);
}

/* A file that cannot be read is shown as such, and left as it is. */
static void
test_bad_file_untouched (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  CgWindow *window;

  g_bytes_unref (f->bytes);
  f->bytes = g_bytes_new_static ("<workshop", 9);
  g_assert_true (g_file_set_contents (f->path, "<workshop", 9, NULL));
  g_assert_cmpint (g_utime (f->path, &(struct utimbuf) { 1000000000, 1000000000 }), ==, 0);
  g_assert_cmpint (g_stat (f->path, &f->stat), ==, 0);

  window = cg_window_new (NULL);
  cg_window_set_read_only (window, TRUE);
  gtk_window_present (GTK_WINDOW (window));
  cg_window_load (window, file);
  cg_test_wait_until (shows_error, window);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "save"));
  gtk_window_destroy (GTK_WINDOW (window));
  cg_test_iterate ();
  assert_untouched (f);
}

int
main (int   argc,
      char *argv[])
{
  cg_test_window_init (&argc, &argv);

  g_test_add ("/widgets/review-mode/no-write", Fixture, NULL, fixture_set_up, test_no_write,
              fixture_tear_down);
  g_test_add ("/widgets/review-mode/bad-file-untouched", Fixture, NULL, fixture_set_up,
              test_bad_file_untouched, fixture_tear_down);

  return g_test_run ();
}
