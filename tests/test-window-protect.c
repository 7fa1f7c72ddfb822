/* test-window-protect.c: protected workshops in the window: protecting and removing
 * protection write the file (and the autosaved copy) at once; a protected file asks for its
 * passphrase on opening, again after a wrong one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "cg-test-util.h"
#include "cg-test-window.h"
#include "io/cg-envelope.h"
#include "io/cg-io.h"
#include "widgets/cg-passphrase-dialog.h"

typedef CgTestWindow Fixture;

static CgPassphraseDialog *
find_passphrase_dialog (void)
{
  return (CgPassphraseDialog *) cg_test_find_toplevel (CG_TYPE_PASSPHRASE_DIALOG);
}

static gboolean
dialog_shown (gpointer data)
{
  return find_passphrase_dialog () != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return find_passphrase_dialog () == NULL;
}

static gboolean
dialog_failed (gpointer data)
{
  CgPassphraseDialog *dialog = find_passphrase_dialog ();

  return dialog != NULL && !cg_passphrase_dialog_get_busy (dialog) &&
         cg_passphrase_dialog_get_problem (dialog) != NULL;
}

static gboolean
file_starts_with (const char *path,
                  const char *start)
{
  g_autofree char *contents = NULL;
  gsize length;

  return g_file_get_contents (path, &contents, &length, NULL) && length >= strlen (start) &&
         memcmp (contents, start, strlen (start)) == 0;
}

typedef struct
{
  const char *path;
  const char *start;
} FileWait;

static gboolean
file_starts_cb (gpointer data)
{
  FileWait *wait = data;

  return file_starts_with (wait->path, wait->start);
}

/* No byte run of @text in any file of @dir. */
static void
assert_not_in_folder (const char *dir,
                      const char *text)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      if (g_strstr_len (contents, length, text) != NULL)
        g_error ("%s holds “%s”", name, text);
    }
}

/* Protect, then remove the protection again, through the window's actions and dialogs. */
static void
test_protect_and_remove (Fixture       *f,
                         gconstpointer  data)
{
  const char *title = cg_workshop_get_title (f->workshop);
  FileWait sealed = { f->path, CG_ENVELOPE_MAGIC };
  FileWait plain = { f->path, "<?xml" };
  CgPassphraseDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.protect", NULL));
  cg_test_wait_until (dialog_shown, NULL);
  g_signal_emit_by_name (find_passphrase_dialog (), "submitted", "a tree by the river");
  cg_test_wait_until (file_starts_cb, &sealed);
  cg_test_wait_until (dialog_gone, NULL);
  g_assert_true (cg_workshop_is_protected (f->workshop));
  assert_not_in_folder (f->dir, title);

  /* removing asks for the passphrase again, and a wrong one changes nothing */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.unprotect", NULL));
  cg_test_wait_until (dialog_shown, NULL);
  dialog = find_passphrase_dialog ();
  g_signal_emit_by_name (dialog, "submitted", "a tree by the sea");
  cg_test_wait_until (dialog_failed, NULL);
  g_assert_true (cg_workshop_is_protected (f->workshop));
  g_assert_true (file_starts_with (f->path, CG_ENVELOPE_MAGIC));

  g_signal_emit_by_name (dialog, "submitted", "a tree by the river");
  cg_test_wait_until (file_starts_cb, &plain);
  g_assert_false (cg_workshop_is_protected (f->workshop));
}

/* A protected file asks for its passphrase, again after a wrong one, and then opens. */
static void
test_open_protected (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "protected.cgw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgEnvelopeKey) key = NULL;
  CgWindow *window;
  CgPassphraseDialog *dialog;

  /* a quick key: the file carries its cost, so opening it is quick too */
  key = cg_envelope_key_new_with_cost ("open sesame", -1, 1, 8 * 1024 * 1024, &error);
  g_assert_no_error (error);
  cg_workshop_set_key (f->workshop, key);
  g_assert_true (cg_workshop_save (f->workshop, file, NULL, &error));
  g_assert_no_error (error);

  window = cg_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  cg_window_load (window, file);
  cg_test_wait_until (dialog_shown, NULL);
  dialog = find_passphrase_dialog ();

  g_signal_emit_by_name (dialog, "submitted", "open barley");
  cg_test_wait_until (dialog_failed, NULL);
  g_assert_null (cg_window_get_workshop (window));

  g_signal_emit_by_name (dialog, "submitted", "open sesame");
  cg_test_wait_until (dialog_gone, NULL);
  g_assert_nonnull (cg_window_get_workshop (window));
  g_assert_true (cg_workshop_is_protected (cg_window_get_workshop (window)));
  g_assert_cmpstr (cg_workshop_get_title (cg_window_get_workshop (window)), ==,
                   cg_workshop_get_title (f->workshop));

  gtk_window_destroy (GTK_WINDOW (window));
  cg_test_iterate ();
}

/* After a crash, a protected workshop's autosaved copy (sealed too) comes back with its
 * passphrase: the changes unsaved, the window on the workshop's own file. */
static void
test_recover_protected (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "protected.cgw", NULL);
  g_autofree char *copies = g_build_filename (f->dir, "autosave", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgEnvelopeKey) key = NULL;
  g_autoptr(CgAutosave) autosave = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GFile) copy = NULL;
  CgRecoverable *item;
  CgWindow *window;

  key = cg_envelope_key_new_with_cost ("open sesame", -1, 1, 8 * 1024 * 1024, &error);
  g_assert_no_error (error);
  cg_workshop_set_key (f->workshop, key);
  g_assert_true (cg_workshop_save (f->workshop, file, NULL, &error));
  g_assert_no_error (error);
  /* a change after the save, autosaved (sealed), then the session ends without saving */
  autosave = cg_autosave_new (f->workshop, file, copies, 3600);
  cg_workshop_set_facilitator (f->workshop, "The peer team, after the crash");
  g_assert_true (cg_autosave_flush (autosave, &error));
  g_assert_no_error (error);
  assert_not_in_folder (copies, "after the crash");
  items = cg_autosave_list_recoverable (copies);
  g_assert_cmpuint (items->len, ==, 1);
  item = g_ptr_array_index (items, 0);
  g_assert_null (cg_autosave_recover (item, NULL, &error));
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_NEEDS_PASSPHRASE);

  copy = g_file_new_for_path (item->path);
  window = cg_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  cg_window_recover_protected (window, copy, file);
  cg_test_wait_until (dialog_shown, NULL);
  g_signal_emit_by_name (find_passphrase_dialog (), "submitted", "open sesame");
  cg_test_wait_until (dialog_gone, NULL);

  g_assert_nonnull (cg_window_get_workshop (window));
  g_assert_cmpstr (cg_workshop_get_facilitator (cg_window_get_workshop (window)), ==,
                   "The peer team, after the crash");
  g_assert_true (cg_history_get_modified (cg_workshop_get_history (
                   cg_window_get_workshop (window))));
  g_assert_true (g_file_equal (cg_window_get_file (window), file));
  g_assert_true (cg_workshop_is_protected (cg_window_get_workshop (window)));

  cg_history_mark_clean (cg_workshop_get_history (cg_window_get_workshop (window)));
  gtk_window_destroy (GTK_WINDOW (window));
  cg_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  cg_test_window_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/widgets/window-protect/" path, Fixture, NULL, cg_test_window_set_up, func, \
              cg_test_window_tear_down)
  ADD ("protect-and-remove", test_protect_and_remove);
  ADD ("open-protected", test_open_protected);
  ADD ("recover-protected", test_recover_protected);
#undef ADD

  return g_test_run ();
}
