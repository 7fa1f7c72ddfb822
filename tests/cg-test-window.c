/* cg-test-window.c: what the window tests share: a window on a copy of the sample, and waiting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-test-util.h"
#include "cg-test-window.h"
#include "widgets/cg-window-accels.h"

#include "io/cg-io.h"

void
cg_test_window_init (int    *argc,
                     char ***argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("no display: skipping the window tests\n");
      exit (77);
    }
  gtk_test_init (argc, argv, NULL);
}

void
cg_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  guint *left = data;

  if (*left > 0)
    (*left)--;
  return *left > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static gboolean
no_frames_left (gpointer data)
{
  return *(guint *) data == 0;
}

void
cg_test_wait_frames (GtkWidget *widget,
                     guint      n)
{
  guint left = n;

  gtk_widget_add_tick_callback (widget, count_frame_cb, &left, NULL);
  gtk_widget_queue_draw (widget);
  cg_test_wait_until (no_frames_left, &left);
}

gboolean
cg_test_label_reads (GtkWidget  *label,
                     const char *text)
{
  return g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0;
}

GtkWindow *
cg_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

GtkMessageDialog *
cg_test_find_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent)
        return GTK_MESSAGE_DIALOG (window);
    }
  return NULL;
}

gpointer
cg_test_nth (GListModel *model,
             guint       n)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, n);

  return item;
}

void
cg_test_window_set_up (CgTestWindow  *f,
                       gconstpointer  data)
{
  g_autofree char *sample_path = g_test_build_filename (G_TEST_DIST, "data", "sample.cgw", NULL);
  g_autoptr(GFile) sample = g_file_new_for_path (sample_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  f->dir = g_dir_make_tmp ("cg-window-XXXXXX", NULL);
  g_setenv ("CG_AUTOSAVE_DIR", f->dir, TRUE);
  f->path = g_build_filename (f->dir, "workshop.cgw", NULL);
  file = g_file_new_for_path (f->path);
  g_assert_true (g_file_copy (sample, file, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  f->workshop = cg_workshop_load (file, NULL, &error);
  g_assert_no_error (error);

  f->window = cg_window_new (NULL);
  f->board = cg_window_get_board (f->window);
  f->capture_bar = cg_window_get_capture_bar (f->window);
  cg_window_set_workshop (f->window, f->workshop, file);
  gtk_window_present (GTK_WINDOW (f->window));
  cg_test_iterate ();
}

static GtkApplication *keys_application;

GtkApplication *
cg_test_keys_application (const char *id)
{
  g_autoptr(GError) error = NULL;

  if (keys_application != NULL)
    return keys_application;
  keys_application = gtk_application_new (id, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (keys_application), NULL, &error));
  g_assert_no_error (error);
  cg_window_accels_install (keys_application);
  return keys_application;
}

void
cg_test_window_set_up_keys (CgTestWindow  *f,
                            gconstpointer  data)
{
  g_assert_nonnull (keys_application);
  cg_test_window_set_up (f, data);
  gtk_window_set_application (GTK_WINDOW (f->window), keys_application);
  g_object_set (cg_workshop_get_history (f->workshop), "coalesce-window", (gint64) 0, NULL);
}

void
cg_test_window_tear_down (CgTestWindow  *f,
                          gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  cg_test_iterate ();
  g_assert_finalize_object (f->workshop);
  cg_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}
