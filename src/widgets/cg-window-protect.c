/* cg-window-protect.c: protected workshops in the window: the passphrase asked for on opening,
 * Protect With Passphrase… and Remove Protection…
 *
 * The key is made (Argon2id, about half a second) and checked on a worker thread; the window
 * stays usable meanwhile. The workshop keeps the key, never the passphrase (cg-io.h). Where
 * the desktop has a keyring, the facilitator may ask for the passphrase to be remembered there
 * (cg-keyring.c): opening the file then tries it first, and asks only if it fails.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cg-keyring.h"
#include "cg-passphrase-dialog.h"
#include "cg-window-private.h"
#include "io/cg-io.h"

/* Opening */

typedef struct
{
  CgWindow           *window;
  CgPassphraseDialog *dialog;      /* NULL: trying the passphrase the keyring remembered */
  GFile              *file;        /* the workshop's own file (NULL: never saved) */
  GFile              *source;      /* what is read: the file, or a sealed autosaved copy */
  gboolean            recovering;  /* ... the copy: its changes come back unsaved */
  char               *remember;    /* the passphrase, to remember once it opens the file */
} Opening;

static void
opening_free (Opening *opening)
{
  g_object_unref (opening->window);
  g_clear_object (&opening->dialog);
  g_clear_object (&opening->file);
  g_object_unref (opening->source);
  if (opening->remember != NULL)
    memset (opening->remember, 0, strlen (opening->remember));
  g_free (opening->remember);
  g_free (opening);
}

static void ask_with_dialog (CgWindow *self);

static void
protected_loaded_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Opening *opening = user_data;
  CgWindow *self = opening->window;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = cg_workshop_load_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      opening_free (opening);
      return;
    }
  if (g_error_matches (error, CG_IO_ERROR, CG_IO_ERROR_WRONG_PASSPHRASE))
    {
      if (opening->dialog != NULL)
        cg_passphrase_dialog_fail (opening->dialog,
                                   _("That passphrase does not open this workshop. Try again."));
      else
        /* the keyring's passphrase is an old one: ask */
        ask_with_dialog (self);
      opening_free (opening);
      return;
    }

  /* (closed without a word: not "cancelled") */
  if (opening->dialog != NULL)
    {
      g_signal_handlers_disconnect_by_data (opening->dialog, self);
      gtk_window_destroy (GTK_WINDOW (opening->dialog));
    }
  if (workshop != NULL && opening->remember != NULL && opening->file != NULL)
    cg_keyring_store (opening->file, opening->remember);
  if (workshop == NULL)
    {
      cg_window_show_error (self, error->message);
    }
  else if (opening->recovering)
    {
      /* the changes of a session that ended without saving: back, unsaved, to be saved */
      g_clear_object (&self->recovering);
      cg_history_mark_unsaved (cg_workshop_get_history (workshop));
      cg_window_set_workshop (self, workshop, opening->file);
    }
  else if (g_file_equal (opening->file, self->file))
    {
      g_autofree char *uri = g_file_get_uri (opening->file);

      cg_window_set_workshop (self, workshop, opening->file);
      cg_window_check_retention (self, NULL);
      if (!self->read_only)
        gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
    }
  opening_free (opening);
}

/* Reads the window's file, or the sealed copy being recovered, with @passphrase (from
 * @dialog, or NULL: from the keyring). */
static void
try_passphrase (CgWindow           *self,
                CgPassphraseDialog *dialog,
                const char         *passphrase)
{
  Opening *opening = g_new0 (Opening, 1);

  opening->window = g_object_ref (self);
  opening->dialog = dialog != NULL ? g_object_ref (dialog) : NULL;
  opening->file = self->file != NULL ? g_object_ref (self->file) : NULL;
  opening->recovering = self->recovering != NULL;
  opening->source = g_object_ref (self->recovering != NULL ? self->recovering : self->file);
  if (dialog != NULL && cg_passphrase_dialog_get_remember (dialog))
    opening->remember = g_strdup (passphrase);
  cg_workshop_load_protected_async (opening->source, passphrase, -1, NULL, self->cancellable,
                                    protected_loaded_cb, opening);
}

static void
open_submitted_cb (CgPassphraseDialog *dialog,
                   const char         *passphrase,
                   CgWindow           *self)
{
  try_passphrase (self, dialog, passphrase);
}

static void
open_cancelled_cb (CgPassphraseDialog *dialog,
                   CgWindow           *self)
{
  cg_window_show_error (self, _("This workshop is protected with a passphrase. It stays closed "
                                "until its passphrase is given: open it again to try."));
}

static void
ask_with_dialog (CgWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  CgPassphraseDialog *dialog;

  name = self->file != NULL ? g_file_get_basename (self->file) : NULL;
  if (self->recovering != NULL)
    /* Translators: "%s" is the workshop's file name */
    message = name != NULL
                ? g_strdup_printf (_("The unsaved changes to “%s” are protected. Type its "
                                     "passphrase to recover them."), name)
                : g_strdup (_("The unsaved changes to a protected workshop can be recovered. "
                              "Type its passphrase."));
  else
    /* Translators: "%s" is the workshop's file name */
    message = g_strdup_printf (_("“%s” is protected. Type its passphrase to open it."), name);
  dialog = cg_passphrase_dialog_new (GTK_WINDOW (self), CG_PASSPHRASE_ASK,
                                     _("Protected Workshop"), message, _("_Open"));
  if (cg_keyring_is_built ())
    cg_passphrase_dialog_offer_remember (dialog);
  g_signal_connect_object (dialog, "submitted", G_CALLBACK (open_submitted_cb), self, 0);
  g_signal_connect_object (dialog, "cancelled", G_CALLBACK (open_cancelled_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What the keyring remembers for the file: tried first, without a word; else the dialog. */
static void
keyring_looked_up_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(CgWindow) self = user_data;
  char *passphrase = cg_keyring_lookup_finish (result);

  if (g_cancellable_is_cancelled (self->cancellable))
    {
      cg_keyring_free (passphrase);
      return;
    }
  if (passphrase == NULL)
    {
      ask_with_dialog (self);
      return;
    }
  try_passphrase (self, NULL, passphrase);
  cg_keyring_free (passphrase);
}

void
cg_window_ask_passphrase (CgWindow *self)
{
  g_return_if_fail (CG_IS_WINDOW (self));
  g_return_if_fail (self->file != NULL || self->recovering != NULL);

  /* (a workshop never saved has no file for the keyring to know it by) */
  if (self->file == NULL)
    ask_with_dialog (self);
  else
    cg_keyring_lookup_async (self->file, self->cancellable, keyring_looked_up_cb,
                             g_object_ref (self));
}

void
cg_window_recover_protected (CgWindow *self,
                             GFile    *copy,
                             GFile    *file)
{
  g_return_if_fail (CG_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (copy));

  g_set_object (&self->recovering, copy);
  g_set_object (&self->file, file);
  cg_window_ask_passphrase (self);
}

/* Protecting and removing protection */

/* The protection changed: the file on disk and the autosaved copy must follow at once, so that
 * no plain copy (or no unreadable one) stays behind. */
static void
protection_changed (CgWindow   *self,
                    const char *notice)
{
  if (self->file != NULL)
    cg_window_save (self, FALSE);
  if (self->autosave != NULL)
    cg_autosave_rewrite (self->autosave, NULL);
  cg_window_update_actions (self);
  cg_notice_show (self->notice, notice);
}

static void
key_made_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CgPassphraseDialog) dialog = user_data;
  CgWindow *self = CG_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  g_autoptr(GError) error = NULL;
  g_autoptr(CgEnvelopeKey) key = cg_envelope_key_new_finish (result, &error);

  if (key == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        cg_passphrase_dialog_fail (dialog, error->message);
      return;
    }
  if (self == NULL || self->workshop == NULL)
    return;

  gtk_window_destroy (GTK_WINDOW (dialog));
  cg_workshop_set_key (self->workshop, key);
  protection_changed (self, self->file != NULL
                            ? _("Protected: the file can only be opened with its passphrase")
                            : _("Protected: save the workshop to write it protected"));
}

static void
protect_submitted_cb (CgPassphraseDialog *dialog,
                      const char         *passphrase,
                      CgWindow           *self)
{
  /* (remembered at once: the key made from it protects the file from the next save on, and a
   * keyring entry for a file not yet written is harmless) */
  if (self->file != NULL && cg_passphrase_dialog_get_remember (dialog))
    cg_keyring_store (self->file, passphrase);
  cg_envelope_key_new_async (passphrase, -1, self->cancellable, key_made_cb,
                             g_object_ref (dialog));
}

static void
protect_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer      user_data)
{
  CgWindow *self = CG_WINDOW (user_data);
  CgPassphraseDialog *dialog;

  if (self->workshop == NULL || self->read_only || cg_workshop_is_protected (self->workshop))
    return;
  dialog = cg_passphrase_dialog_new (GTK_WINDOW (self), CG_PASSPHRASE_NEW,
                                     _("Protect With a Passphrase"),
                                     _("The workshop file, its backup and the copy kept in case "
                                       "of a crash will be unreadable without the passphrase. "
                                       "If it is lost, nobody can open the workshop again, not "
                                       "even with help: keep it somewhere safe."),
                                     _("_Protect"));
  if (cg_keyring_is_built () && self->file != NULL)
    cg_passphrase_dialog_offer_remember (dialog);
  g_signal_connect_object (dialog, "submitted", G_CALLBACK (protect_submitted_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Argon2id again, to check the passphrase against the workshop's key: on a worker. */
static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CgEnvelopeKey *key = g_object_get_data (G_OBJECT (task), "cg-key");
  char *passphrase = task_data;

  g_task_return_boolean (task, cg_envelope_key_check_passphrase (key, passphrase, -1));
}

static void
wipe_string (gpointer data)
{
  char *text = data;

  memset (text, 0, strlen (text));
  g_free (text);
}

static void
checked_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(CgPassphraseDialog) dialog = user_data;
  CgWindow *self = CG_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));

  if (!g_task_propagate_boolean (G_TASK (result), NULL))
    {
      cg_passphrase_dialog_fail (dialog, _("That is not this workshop's passphrase."));
      return;
    }
  if (self == NULL || self->workshop == NULL)
    return;

  gtk_window_destroy (GTK_WINDOW (dialog));
  cg_workshop_set_key (self->workshop, NULL);
  if (self->file != NULL)
    cg_keyring_forget (self->file);
  protection_changed (self, _("Protection removed: the file can be read without a passphrase"));
}

static void
unprotect_submitted_cb (CgPassphraseDialog *dialog,
                        const char         *passphrase,
                        CgWindow           *self)
{
  g_autoptr(GTask) task = g_task_new (NULL, self->cancellable, checked_cb, g_object_ref (dialog));

  g_task_set_task_data (task, g_strdup (passphrase), wipe_string);
  g_object_set_data_full (G_OBJECT (task), "cg-key",
                          cg_envelope_key_ref (cg_workshop_get_key (self->workshop)),
                          (GDestroyNotify) cg_envelope_key_unref);
  g_task_run_in_thread (task, check_thread);
}

static void
unprotect_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer      user_data)
{
  CgWindow *self = CG_WINDOW (user_data);
  CgPassphraseDialog *dialog;

  if (self->workshop == NULL || self->read_only || !cg_workshop_is_protected (self->workshop))
    return;
  dialog = cg_passphrase_dialog_new (GTK_WINDOW (self), CG_PASSPHRASE_ASK,
                                     _("Remove Protection"),
                                     _("Anyone who gets hold of the file will then be able to "
                                       "read every word in it. Type the passphrase to go on."),
                                     _("_Remove Protection"));
  g_signal_connect_object (dialog, "submitted", G_CALLBACK (unprotect_submitted_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const GActionEntry protect_actions[] = {
  { .name = "protect", .activate = protect_activated },
  { .name = "unprotect", .activate = unprotect_activated },
};

void
cg_window_add_protect_actions (CgWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), protect_actions,
                                   G_N_ELEMENTS (protect_actions), self);
}

void
cg_window_update_protect_actions (CgWindow *self,
                                  gboolean  editing)
{
  gboolean protected = self->workshop != NULL && cg_workshop_is_protected (self->workshop);
  GAction *protect = g_action_map_lookup_action (G_ACTION_MAP (self), "protect");
  GAction *unprotect = g_action_map_lookup_action (G_ACTION_MAP (self), "unprotect");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (protect), editing && !protected);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (unprotect), editing && protected);
}
