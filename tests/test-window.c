/* test-window.c: the window shows a workshop's ideas by theme, and a load error in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "io/cg-io.h"
#include "widgets/cg-window.h"

static CgWorkshop *
load_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "sample.cgw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CgWorkshop *workshop = cg_workshop_load (file, NULL, &error);

  g_assert_no_error (error);
  return workshop;
}

static GtkStack *
window_stack (CgWindow *window)
{
  return GTK_STACK (gtk_window_get_child (GTK_WINDOW (window)));
}

/* The box of columns inside the board page's scrolled window. */
static GtkWidget *
window_columns (CgWindow *window)
{
  GtkWidget *scroller = gtk_stack_get_child_by_name (window_stack (window), "board");
  GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));

  return gtk_viewport_get_child (GTK_VIEWPORT (viewport));
}

static const char *
column_title (GtkWidget *column)
{
  GtkWidget *header = gtk_widget_get_first_child (column);
  GtkWidget *swatch = gtk_widget_get_first_child (header);

  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_next_sibling (swatch)));
}

static const char *
column_count (GtkWidget *column)
{
  GtkWidget *header = gtk_widget_get_first_child (column);

  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (header)));
}

static void
wait_for_page (CgWindow   *window,
               const char *name)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_strcmp0 (gtk_stack_get_visible_child_name (window_stack (window)), name) != 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
test_columns_by_theme (void)
{
  g_autoptr(CgWorkshop) workshop = load_sample ();
  CgWindow *window = cg_window_new (NULL);
  GListModel *themes = cg_workshop_get_themes (workshop);
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  GtkWidget *column;
  guint n_columns = 0, n_unsorted = 0;
  g_autofree char *unsorted_count = NULL;

  cg_window_set_workshop (window, workshop, NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_stack (window)), ==, "board");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   cg_workshop_get_title (workshop));

  for (column = gtk_widget_get_first_child (window_columns (window)); column != NULL;
       column = gtk_widget_get_next_sibling (column))
    n_columns++;
  g_assert_cmpuint (n_columns, ==, 1 + g_list_model_get_n_items (themes));

  column = gtk_widget_get_first_child (window_columns (window));
  g_assert_cmpstr (column_title (column), ==, "Unsorted");
  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
      n_unsorted += cg_idea_get_theme (idea) == NULL;
    }
  unsorted_count = g_strdup_printf (n_unsorted == 1 ? "%u idea" : "%u ideas", n_unsorted);
  g_assert_cmpstr (column_count (column), ==, unsorted_count);

  column = gtk_widget_get_next_sibling (column);
  {
    g_autoptr(CgTheme) first = g_list_model_get_item (themes, 0);
    g_assert_cmpstr (column_title (column), ==, cg_theme_get_name (first));
  }

  /* a change through the model moves the idea between columns */
  {
    g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, 0);
    g_autofree char *after = NULL;
    gboolean was_unsorted = cg_idea_get_theme (idea) == NULL;
    g_autoptr(CgTheme) target = g_list_model_get_item (themes, 0);

    cg_idea_set_theme (idea, was_unsorted ? target : NULL);
    n_unsorted += was_unsorted ? -1 : 1;
    after = g_strdup_printf (n_unsorted == 1 ? "%u idea" : "%u ideas", n_unsorted);
    g_assert_cmpstr (column_count (gtk_widget_get_first_child (window_columns (window))), ==,
                     after);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_load_error_shown (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cg-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.cgw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CgWindow *window = cg_window_new (NULL);
  GtkWidget *page;
  GtkWidget *child;
  gboolean found = FALSE;

  g_assert_true (g_file_set_contents (path, "<?xml version=\"1.0\"?>\n<workshop", -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  cg_window_load (window, file);
  wait_for_page (window, "error");

  page = gtk_stack_get_child_by_name (window_stack (window), "error");
  for (child = gtk_widget_get_first_child (page); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (child)),
                                                  "broken.cgw:"))
      found = TRUE;
  g_assert_true (found);
  g_assert_null (cg_window_get_workshop (window));

  gtk_window_destroy (GTK_WINDOW (window));
  g_remove (path);
  g_rmdir (dir);
}

static void
test_load_good_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "sample.cgw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CgWindow *window = cg_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  cg_window_load (window, file);
  wait_for_page (window, "board");
  g_assert_nonnull (cg_window_get_workshop (window));
  g_assert_true (g_file_equal (cg_window_get_file (window), file));
  g_assert_false (cg_history_get_modified (cg_workshop_get_history (cg_window_get_workshop (window))));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("no display: skipping the window tests\n");
      return 77;
    }
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/widgets/window/columns-by-theme", test_columns_by_theme);
  g_test_add_func ("/widgets/window/load-error-shown", test_load_error_shown);
  g_test_add_func ("/widgets/window/load-good-file", test_load_good_file);

  return g_test_run ();
}
