/* test-window-files.c: the window never loses a word to a file problem: a save that fails says
 * why and offers Save As with the work still open; a file that will not open offers its backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cg-test-util.h"
#include "cg-test-window.h"
#include "io/cg-io.h"
#include "widgets/cg-export-dialog.h"

typedef CgTestWindow Fixture;

static gboolean
dialog_shown (gpointer data)
{
  return cg_test_find_dialog (data) != NULL;
}

/* Saves with the window's Save, expecting the error dialog; returns its secondary text. */
static char *
save_and_expect_error (Fixture *f)
{
  GtkMessageDialog *dialog;
  char *text = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  cg_test_wait_until (dialog_shown, f->window);
  dialog = cg_test_find_dialog (GTK_WINDOW (f->window));
  g_object_get (dialog, "secondary-text", &text, NULL);
  /* Save As is offered, and is what Enter does */
  g_assert_nonnull (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), 3));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  cg_test_iterate ();
  return text;
}

/* A read-only file: the dialog says so; the words stay in the window, the file as it was. */
static void
test_save_read_only (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *before = cg_test_read_text (f->path);
  g_autofree char *after = NULL;
  g_autofree char *message = NULL;

  cg_capture_bar_add_text (f->capture_bar, "Words that must not be lost");
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);

  message = save_and_expect_error (f);
  g_assert_true (g_str_has_prefix (message, "Could not save “workshop.cgw”: the file is "
                                            "read-only"));
  g_assert_nonnull (strstr (message, "Nothing was lost"));
  after = cg_test_read_text (f->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (cg_history_get_modified (cg_workshop_get_history (f->workshop)));
  g_assert_cmpint (g_chmod (f->path, 0644), ==, 0);
}

/* The disk fills while writing (a file size limit stands in for it), twice: the file and its
 * backup stay whole. */
static void
test_save_disk_full (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autofree char *before = cg_test_read_text (f->path);
  struct rlimit saved, limited;

  g_assert_true (g_file_set_contents (backup, "the version before\n", -1, NULL));
  cg_capture_bar_add_text (f->capture_bar, "Words that must not be lost");
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limited = saved;
  limited.rlim_cur = 2048;
  signal (SIGXFSZ, SIG_IGN);

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      g_autofree char *message = NULL;
      g_autofree char *after = NULL;
      g_autofree char *after_backup = NULL;

      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);
      message = save_and_expect_error (f);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);

      g_assert_true (g_str_has_prefix (message, "Could not save “workshop.cgw”: the file is "
                                                "larger than this disk"));
      after = cg_test_read_text (f->path);
      after_backup = cg_test_read_text (backup);
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpstr (after_backup, ==, "the version before\n");
      g_assert_true (cg_history_get_modified (cg_workshop_get_history (f->workshop)));
    }
  signal (SIGXFSZ, SIG_DFL);
}

static gboolean
fallback_offered (gpointer data)
{
  CgWindow *window = data;

  return gtk_widget_get_visible (window->fallback_box);
}

static gboolean
on_error_page (gpointer data)
{
  CgWindow *window = data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (window->stack), "error") == 0;
}

/* A damaged file whose backup loads: the error page offers the backup, which opens as a new,
 * unsaved workshop; the damaged file is not touched. */
static void
test_damaged_offers_backup (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autofree char *damaged = g_strdup ("<?xml version=\"1.0\"?>\n<workshop xmlns=\"urn:commo");
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autofree char *good = cg_test_read_text (f->path);
  CgWindow *window = cg_window_new (NULL);
  CgWorkshop *opened;

  g_assert_true (g_file_set_contents (backup, good, -1, NULL));
  g_assert_true (g_file_set_contents (f->path, damaged, -1, NULL));

  gtk_window_present (GTK_WINDOW (window));
  cg_window_load (window, file);
  cg_test_wait_until (fallback_offered, window);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (window->fallback_label),
                                   "The backup copy saved less than a "
                                   "minute ago"));

  g_signal_emit_by_name (window->fallback_button, "clicked");
  opened = cg_window_get_workshop (window);
  g_assert_nonnull (opened);
  g_assert_cmpstr (cg_workshop_get_title (opened), ==, cg_workshop_get_title (f->workshop));
  g_assert_null (cg_window_get_file (window));
  g_assert_true (cg_history_get_modified (cg_workshop_get_history (opened)));
  after = cg_test_read_text (f->path);
  g_assert_cmpstr (after, ==, damaged);

  gtk_window_destroy (GTK_WINDOW (window));
  cg_test_iterate ();
}

static gboolean
search_done (gpointer data)
{
  return !((CgWindow *) data)->seeking_fallback;
}

/* No backup and no copy: only the reason, no offer. */
static void
test_damaged_without_backup (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  CgWindow *window = cg_window_new (NULL);

  g_assert_true (g_file_set_contents (f->path, "<?xml version=\"1.0\"?>\n<work", -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  cg_window_load (window, file);
  cg_test_wait_until (on_error_page, window);
  /* the search for a copy runs in the background: let it finish */
  cg_test_wait_until (search_done, window);
  g_assert_false (gtk_widget_get_visible (window->fallback_box));

  gtk_window_destroy (GTK_WINDOW (window));
  cg_test_iterate ();
}

static gboolean
export_over (gpointer data)
{
  return !cg_export_dialog_get_exporting (data);
}

/* The export dialog never writes a summary over the workshop's own file, not even through a
 * link; another name works. */
static void
test_export_not_over_workshop (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *before = cg_test_read_text (f->path);
  g_autofree char *after = NULL;
  g_autofree char *link = g_build_filename (f->dir, "link.pdf", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "summary.pdf", NULL);
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  CgExportDialog *dialog;

  g_assert_cmpint (symlink ("workshop.cgw", link), ==, 0);
  dialog = cg_export_dialog_present (GTK_WINDOW (f->window), f->workshop,
                                     cg_window_get_file (f->window));

  cg_export_dialog_export_to (dialog, cg_window_get_file (f->window));
  g_assert_cmpstr (cg_export_dialog_get_status (dialog), ==,
                   "“workshop.cgw” is this workshop's own file: the summary would replace it. "
                   "Choose another name.");
  cg_export_dialog_export_to (dialog, link_file);
  g_assert_true (g_str_has_prefix (cg_export_dialog_get_status (dialog), "“link.pdf” is this"));
  after = cg_test_read_text (f->path);
  g_assert_cmpstr (after, ==, before);

  cg_export_dialog_export_to (dialog, pdf_file);
  cg_test_wait_until (export_over, dialog);
  g_assert_true (g_str_has_prefix (cg_export_dialog_get_status (dialog), "Saved to "));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  gtk_window_destroy (GTK_WINDOW (dialog));
  cg_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  cg_test_window_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/widgets/window-files/" path, Fixture, NULL, cg_test_window_set_up, func, \
              cg_test_window_tear_down)
  ADD ("save-read-only", test_save_read_only);
  ADD ("save-disk-full", test_save_disk_full);
  ADD ("damaged-offers-backup", test_damaged_offers_backup);
  ADD ("damaged-without-backup", test_damaged_without_backup);
  ADD ("export-not-over-workshop", test_export_not_over_workshop);
#undef ADD

  return g_test_run ();
}
