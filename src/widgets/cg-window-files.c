/* cg-window-files.c: saving, closing with unsaved changes, and the autosaved copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-window-private.h"
#include "io/cg-io.h"
#include "model/cg-merge.h"

enum {
  RESPONSE_DISCARD = 1,
  RESPONSE_SAVE = 2,
  RESPONSE_SAVE_AS = 3,
};

void
cg_window_add_workshop_filter (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Workshops"));
  gtk_file_filter_add_pattern (filter, "*.cgw");
  gtk_file_filter_add_mime_type (filter, "application/x-common-ground-workshop");
  gtk_file_chooser_add_filter (chooser, filter);
}

void
cg_window_start_autosave (CgWindow *self)
{
  g_autofree char *dir = cg_autosave_dup_default_dir ();

  g_clear_object (&self->autosave);
  if (self->read_only)
    return;  /* review mode writes nothing, not even a copy */
  self->autosave = cg_autosave_new (self->workshop, self->file, dir, CG_AUTOSAVE_INTERVAL);
}

static void
save_error_response_cb (GtkDialog *dialog,
                        int        response,
                        CgWindow  *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == RESPONSE_SAVE_AS)
    cg_window_save (self, TRUE);
}

/* Says why, that nothing was lost, and offers to save somewhere else (another disk, a folder
 * that can be written). */
static void
show_save_error (CgWindow   *self,
                 const char *message)
{
  GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_NONE, "%s",
                                              _("The workshop was not saved"));

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s\n\n%s", message,
                                            _("Nothing was lost: the workshop is still open "
                                              "and the file on disk is as it was. You can save "
                                              "it somewhere else, for example on a USB stick."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Close"), GTK_RESPONSE_CLOSE,
                          _("Save _As…"), RESPONSE_SAVE_AS, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), RESPONSE_SAVE_AS);
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_error_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CgWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!cg_workshop_save_finish (CG_WORKSHOP (source), result, &error))
    {
      self->close_after_save = FALSE;
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_save_error (self, error->message);
      return;
    }

  if (self->file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);

      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
    }
  if (self->autosave != NULL &&
      !cg_history_get_modified (cg_workshop_get_history (CG_WORKSHOP (source))))
    cg_autosave_discard (self->autosave);
  cg_window_update_titles (self);

  if (self->close_after_save)
    {
      self->closing_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
save_to (CgWindow *self,
         GFile    *file)
{
  g_set_object (&self->file, file);
  if (self->autosave != NULL)
    cg_autosave_set_file (self->autosave, file);
  cg_window_update_titles (self);
  cg_workshop_save_async (self->workshop, file, self->cancellable, save_done_cb,
                          g_object_ref (self));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     CgWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *name = g_file_get_basename (file);

      /* Keep the extension that lets the file manager know it is a workshop. */
      if (!g_str_has_suffix (name, ".cgw"))
        {
          g_autofree char *with_suffix = g_strconcat (name, ".cgw", NULL);
          g_autoptr(GFile) parent = g_file_get_parent (file);
          g_autoptr(GFile) named = g_file_get_child (parent, with_suffix);

          /* (g_set_object takes a reference of its own: @named keeps, then drops, its one) */
          g_set_object (&file, named);
        }
      save_to (self, file);
    }
  else
    {
      self->close_after_save = FALSE;
    }
  g_object_unref (chooser);
}

void
cg_window_save (CgWindow *self,
                gboolean  choose_file)
{
  GtkFileChooserNative *chooser;
  g_autofree char *suggested = NULL;

  if (self->workshop == NULL || self->read_only)
    return;
  if (self->file != NULL && !choose_file)
    {
      save_to (self, self->file);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Save Workshop"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  cg_window_add_workshop_filter (GTK_FILE_CHOOSER (chooser));
  if (self->file != NULL)
    {
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), self->file, NULL);
    }
  else
    {
      const char *title = cg_workshop_get_title (self->workshop);

      suggested = g_strdup_printf ("%s.cgw", title != NULL && *title ? title : _("Workshop"));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
    }
  /* (disconnected if the window goes first: the chooser never calls back into a freed one) */
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
confirm_close_response_cb (GtkDialog *dialog,
                           int        response,
                           CgWindow  *self)
{
  /* The window may be gone before the dialog is finalized: let go of it now. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));

  switch (response)
    {
    case RESPONSE_SAVE:
      self->close_after_save = TRUE;
      cg_window_save (self, FALSE);
      break;

    case RESPONSE_DISCARD:
      if (self->autosave != NULL)
        cg_autosave_discard (self->autosave);
      self->closing_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      break;

    default:
      break;
    }
}

gboolean
cg_window_close_request_cb (GtkWindow *window)
{
  CgWindow *self = CG_WINDOW (window);
  const char *title;
  GtkWidget *dialog;

  if (self->workshop == NULL || self->closing_confirmed || self->read_only ||
      !cg_history_get_modified (cg_workshop_get_history (self->workshop)))
    {
      if (self->autosave != NULL && !self->closing_confirmed)
        cg_autosave_discard (self->autosave);
      return FALSE;
    }

  title = cg_workshop_get_title (self->workshop);
  dialog = gtk_message_dialog_new (window, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Save the changes to “%s” before closing?"),
                                   cg_workshop_display_title (title));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("If you close without saving, the changes since "
                                              "the last save are lost."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("Close _Without Saving"), RESPONSE_DISCARD,
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Save"), RESPONSE_SAVE,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), RESPONSE_SAVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

void
cg_window_show_message (CgWindow       *self,
                        GtkMessageType  type,
                        const char     *title,
                        const char     *detail)
{
  GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              type, GTK_BUTTONS_CLOSE, "%s", title);

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", detail);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
merge_loaded_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(CgWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) other = cg_workshop_load_finish (result, &error);
  g_autoptr(CgMergeReport) report = NULL;
  g_autofree char *description = NULL;

  /* (the window may show another workshop by now, or be for review only) */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->workshop == NULL ||
      self->workshop != self->merge_target || self->read_only)
    return;
  if (other == NULL)
    {
      cg_window_show_message (self, GTK_MESSAGE_ERROR, _("Nothing was merged"), error->message);
      return;
    }

  report = cg_workshop_merge (self->workshop, other);
  description = cg_merge_report_describe (report);
  cg_window_show_message (self, GTK_MESSAGE_INFO, _("Merged"), description);
}

void
cg_window_merge_file (CgWindow *self,
                      GFile    *file)
{
  g_return_if_fail (CG_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->workshop == NULL || self->read_only)
    return;
  g_set_object (&self->merge_target, self->workshop);
  cg_workshop_load_async (file, self->cancellable, merge_loaded_cb, g_object_ref (self));
}

static void
merge_chooser_response_cb (GtkNativeDialog *chooser,
                           int              response,
                           CgWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      cg_window_merge_file (self, file);
    }
  g_object_unref (chooser);
}

void
cg_window_choose_merge (CgWindow *self)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Merge a Workshop From Another Laptop"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Merge"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  cg_window_add_workshop_filter (GTK_FILE_CHOOSER (chooser));
  g_signal_connect_object (chooser, "response", G_CALLBACK (merge_chooser_response_cb), self,
                           0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
