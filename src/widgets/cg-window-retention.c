/* cg-window-retention.c: data protection in the window: a workshop kept past its date,
 * removing private notes' and stories' words, removing a person's words, deleting for good
 *
 *   win.remove-private-words   takes out the words of private notes and stories (one undo step)
 *   win.withdraw               the Remove a Person's Words window (cg-withdraw-dialog.c)
 *   win.erase                  deletes the workshop, its backup and autosaved copy, after asking
 *   win.participation          the participation record (cg-participation-dialog.c)
 *
 * Opening a workshop past the date it is to be kept until (cg-retention.h) says so first and
 * offers the three, or Not Now. Nothing is deleted without a second, plain question.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-window-private.h"
#include "cg-participation-dialog.h"
#include "cg-withdraw-dialog.h"
#include "io/cg-erase.h"
#include "model/cg-retention.h"

enum
{
  RESPONSE_EXPORT = 1,
  RESPONSE_REMOVE_WORDS,
  RESPONSE_ERASE,
};

/* Removing words */

static void
remove_private_words (CgWindow *self)
{
  guint n;
  g_autofree char *text = NULL;

  if (self->workshop == NULL || self->read_only)
    return;
  n = cg_retention_remove_words (self->workshop, NULL);
  if (n == 0)
    text = g_strdup (_("No private note or story has words left to remove"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Removed the words of %u private note or story; save "
                                         "to keep the change",
                                         "Removed the words of %u private notes and stories; "
                                         "save to keep the change", n), n);
  cg_notice_set_history (self->notice, n > 0 ? cg_workshop_get_history (self->workshop) : NULL);
  cg_notice_show (self->notice, text);
}

static void
remove_words_response_cb (GtkDialog *dialog,
                          int        response,
                          CgWindow  *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_ACCEPT)
    remove_private_words (self);
}

static void
remove_private_words_activated (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  CgWindow *self = CG_WINDOW (user_data);
  GtkWidget *dialog;
  GtkWidget *remove;

  if (self->workshop == NULL || self->read_only)
    return;
  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   "%s", _("Remove the words of private notes and stories?"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
    _("Each private note and story keeps its place, its voice and its votes, so every count "
      "stays the same, but its words are taken out of the workshop. The workshop’s log records "
      "how many, never which words. Undo brings them back until the workshop is saved and "
      "closed."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  remove = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Remove Words"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_words_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Deleting for good */

static void
erase (CgWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = g_object_ref (self->workshop);

  /* (this window's autosave must not write the copy again) */
  if (self->autosave != NULL)
    cg_autosave_discard (self->autosave);
  g_clear_object (&self->autosave);
  if (!cg_workshop_erase_files (workshop, self->file, NULL, &error))
    {
      cg_window_show_message (self, GTK_MESSAGE_ERROR, _("The workshop was not deleted"),
                              error->message);
      cg_window_start_autosave (self);
      return;
    }
  /* nothing is left to save: the window closes without asking */
  cg_history_mark_clean (cg_workshop_get_history (workshop));
  self->closing_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
erase_idle_cb (gpointer data)
{
  CgWindow *self = data;

  if (self->workshop != NULL && gtk_widget_get_realized (GTK_WIDGET (self)))
    erase (self);
  return G_SOURCE_REMOVE;
}

static void
erase_response_cb (GtkDialog *dialog,
                   int        response,
                   CgWindow  *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* (once the question is gone: the window closes, and the question was over it) */
  if (response == GTK_RESPONSE_ACCEPT && self->workshop != NULL)
    g_idle_add_full (G_PRIORITY_DEFAULT, erase_idle_cb, g_object_ref (self), g_object_unref);
}

static void
ask_erase (CgWindow *self)
{
  const char *title;
  GtkWidget *dialog;
  GtkWidget *delete;
  g_autofree char *name = self->file != NULL ? g_file_get_basename (self->file) : NULL;

  if (self->workshop == NULL || self->read_only)
    return;
  title = cg_workshop_get_title (self->workshop);
  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE,
                                   _("Delete “%s” for good?"), *title != '\0' ? title : name);
  if (name != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
      _("The file “%s”, its backup and its autosaved copy are deleted, and this window closes. "
        "This cannot be undone. Summaries already exported are not touched."), name);
  else
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
      _("Its autosaved copy is deleted, and this window closes. This cannot be undone."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  delete = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Delete"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (delete, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (erase_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
erase_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  ask_erase (CG_WINDOW (user_data));
}

static void
participation_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  CgWindow *self = CG_WINDOW (user_data);

  if (self->workshop != NULL && !self->read_only)
    cg_participation_dialog_present (GTK_WINDOW (self), self->workshop);
}

static void
withdraw_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  CgWindow *self = CG_WINDOW (user_data);

  if (self->workshop != NULL && !self->read_only)
    cg_withdraw_dialog_present (GTK_WINDOW (self), self->workshop, self->current_event,
                                cg_window_get_showing_private (self));
}

/* Past its date */

static void
past_response_cb (GtkDialog *dialog,
                  int        response,
                  CgWindow  *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  switch (response)
    {
    case RESPONSE_EXPORT:
      gtk_widget_activate_action (GTK_WIDGET (self), "win.export", NULL);
      break;
    case RESPONSE_REMOVE_WORDS:
      remove_private_words (self);
      break;
    case RESPONSE_ERASE:
      ask_erase (self);
      break;
    default:
      break;
    }
}

GtkWidget *
cg_window_check_retention (CgWindow  *self,
                           GDateTime *today)
{
  guint years = cg_retention_default_years ();
  g_autofree char *due = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GDateTime) day = NULL;
  GtkWidget *dialog;
  GtkWidget *erase_button;
  const char *title;

  if (self->workshop == NULL || self->read_only ||
      !cg_retention_is_past (self->workshop, years, today))
    return NULL;

  due = cg_retention_dup_due_date (self->workshop, years);
  day = g_date_time_new_local (g_ascii_strtoll (due, NULL, 10), g_ascii_strtoll (due + 5, NULL, 10),
                               g_ascii_strtoll (due + 8, NULL, 10), 0, 0, 0);
  /* TRANSLATORS: a day, as in "14 June 2028" (see g_date_time_format) */
  date = day != NULL ? g_date_time_format (day, _("%-d %B %Y")) : g_strdup (due);
  title = cg_workshop_get_title (self->workshop);
  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_INFO, GTK_BUTTONS_NONE, "%s",
                                   _("This workshop is past the date it was to be kept until"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
    _("“%s” was to be kept until %s. People’s words are kept only as long as your organisation "
      "needs them. You can export a summary to keep, remove the words of private notes and "
      "stories (the counts stay), or delete the workshop. Nothing is deleted without asking "
      "again."), title, date);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Not Now"), GTK_RESPONSE_CANCEL);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Export Summary…"), RESPONSE_EXPORT);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Remove Private Words"),
                         RESPONSE_REMOVE_WORDS);
  erase_button = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Delete Workshop…"),
                                        RESPONSE_ERASE);
  gtk_widget_add_css_class (erase_button, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (past_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static const GActionEntry retention_actions[] = {
  { .name = "remove-private-words", .activate = remove_private_words_activated },
  { .name = "withdraw", .activate = withdraw_activated },
  { .name = "erase", .activate = erase_activated },
  { .name = "participation", .activate = participation_activated },
};

void
cg_window_add_retention_actions (CgWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), retention_actions,
                                   G_N_ELEMENTS (retention_actions), self);
}
