/* test-window-keyring.c: a protected workshop's passphrase remembered in the desktop keyring
 * (issue 16): asked once, with "Remember" ticked; the next opening asks nothing; removing the
 * protection forgets it. Runs under tests/keyring/run-keyring.sh, with a real Secret Service.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cg-test-util.h"
#include "cg-test-window.h"
#include "io/cg-envelope.h"
#include "io/cg-io.h"
#include "widgets/cg-keyring.h"
#include "widgets/cg-passphrase-dialog.h"

#define PASSPHRASE "correct horse battery"

typedef struct
{
  gboolean done;
  char    *passphrase;
} Lookup;

static void
looked_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Lookup *lookup = user_data;

  lookup->passphrase = cg_keyring_lookup_finish (result);
  lookup->done = TRUE;
}

static gboolean
lookup_done (gpointer data)
{
  return ((Lookup *) data)->done;
}

/* What the keyring holds for @file now, or NULL. */
static char *
remembered (GFile *file)
{
  Lookup lookup = { FALSE, NULL };

  cg_keyring_lookup_async (file, NULL, looked_up_cb, &lookup);
  cg_test_wait_until (lookup_done, &lookup);
  return lookup.passphrase;
}

typedef struct
{
  GFile *file;
  char  *want;
} Remembered;

static gboolean
remembered_is (gpointer data)
{
  Remembered *r = data;
  char *now = remembered (r->file);
  gboolean same = g_strcmp0 (now, r->want) == 0;

  cg_keyring_free (now);
  return same;
}

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
workshop_open (gpointer window)
{
  return cg_window_get_workshop (window) != NULL;
}

static void
test_remembered (void)
{
  g_autofree char *sample_path = g_test_build_filename (G_TEST_DIST, "data", "sample.cgw", NULL);
  g_autoptr(GFile) sample = g_file_new_for_path (sample_path);
  g_autofree char *dir = g_dir_make_tmp ("cg-keyring-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "protected.cgw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = cg_workshop_load (sample, NULL, &error);
  CgEnvelopeKey *key;
  CgPassphraseDialog *dialog;
  CgWindow *first, *second;
  GtkWidget *check;
  Remembered is_kept = { NULL, PASSPHRASE };
  Remembered is_gone = { NULL, NULL };
  char *before;

  g_assert_no_error (error);
  g_setenv ("CG_AUTOSAVE_DIR", dir, TRUE);
  /* (a cheap key, so that the test need not wait for Argon2id's real cost) */
  key = cg_envelope_key_new_with_cost (PASSPHRASE, -1, 1, 1024 * 1024, &error);
  g_assert_no_error (error);
  cg_workshop_set_key (workshop, key);
  cg_envelope_key_unref (key);
  g_assert_true (cg_workshop_save (workshop, file, NULL, &error));
  g_assert_no_error (error);
  is_kept.file = is_gone.file = file;
  before = remembered (file);
  g_assert_null (before);

  /* the first time: asked, with Remember offered; ticked */
  first = cg_window_new (NULL);
  gtk_window_present (GTK_WINDOW (first));
  cg_window_load (first, file);
  cg_test_wait_until (dialog_shown, NULL);
  dialog = find_passphrase_dialog ();
  check = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                     CG_TYPE_PASSPHRASE_DIALOG,
                                                     "remember_check"));
  g_assert_true (gtk_widget_get_visible (check));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                         CG_TYPE_PASSPHRASE_DIALOG, "passphrase_entry")),
                         PASSPHRASE);
  g_signal_emit_by_name (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                           CG_TYPE_PASSPHRASE_DIALOG, "accept_button"), "clicked");
  cg_test_wait_until (workshop_open, first);
  cg_test_wait_until (remembered_is, &is_kept);

  /* the next time: nothing asked */
  second = cg_window_new (NULL);
  gtk_window_present (GTK_WINDOW (second));
  cg_window_load (second, file);
  cg_test_wait_until (workshop_open, second);
  g_assert_null (find_passphrase_dialog ());
  g_assert_true (cg_workshop_is_protected (cg_window_get_workshop (second)));

  /* removing the protection forgets it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (second), "win.unprotect", NULL));
  cg_test_wait_until (dialog_shown, NULL);
  dialog = find_passphrase_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                         CG_TYPE_PASSPHRASE_DIALOG, "passphrase_entry")),
                         PASSPHRASE);
  g_signal_emit_by_name (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                           CG_TYPE_PASSPHRASE_DIALOG, "accept_button"), "clicked");
  cg_test_wait_until (remembered_is, &is_gone);

  gtk_window_destroy (GTK_WINDOW (first));
  gtk_window_destroy (GTK_WINDOW (second));
  cg_test_iterate ();
  cg_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!cg_keyring_is_built ())
    {
      g_printerr ("built without libsecret: skipping the keyring test\n");
      return 77;
    }
  cg_test_window_init (&argc, &argv);
  g_test_add_func ("/window/keyring/remembered", test_remembered);
  return g_test_run ();
}
