/* cg-window-sync.c: the window's side of sharing a workshop through a synced folder: merging
 * what other laptops saved, this laptop's name, and the Share With Other Laptops page
 *
 * The watcher (io/cg-sync-watch.h) sees another laptop's save replace the open file, or a
 * conflicted copy appear beside it, and hands over what changed. The window merges it into the
 * open workshop as one undo step and says so in the notice over the board ("3 ideas arrived
 * from Table 2 · Undo"). It never replaces what the facilitator has not saved: a workshop with
 * unsaved changes keeps them, with the arrival merged in. A saved one whose file now lacks
 * something it holds is saved again, so the other laptops get it (cg_sync_after_merge ()).
 *
 * Our own saves are announced to the watcher: the window's Save (win.save) and the saves it
 * makes itself begin a write; the history becoming unmodified ends it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-share-page.h"
#include "cg-window-private.h"
#include "io/cg-io.h"

typedef struct
{
  CgWindow     *window;      /* owns this */
  CgSyncWatch  *watch;       /* NULL when not watching */
  CgLaptop     *laptop;
  GtkWidget    *share_page;  /* weak */
  GtkWidget    *problem_dialog; /* weak: one at a time */
  GtkStringList *problems;   /* what was not merged, and why */
  gulong        save_handler;
  gboolean      saving;      /* the watcher was told of a save of ours */
  gboolean      auto_saving; /* a save of ours after an arrival is being written */
  gboolean      save_again;  /* and another is wanted once it is done */
  gboolean      merging;
  gboolean      only_arrivals; /* what is unsaved came from other laptops only */
  guint         n_merged;
} WindowSync;

static GQuark
sync_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("cg-window-sync");
  return quark;
}

static void
stop_watching (WindowSync *sync)
{
  if (sync->watch == NULL)
    return;
  g_signal_handlers_disconnect_by_data (sync->watch, sync->window);
  g_clear_object (&sync->watch);
}

static void
window_sync_free (gpointer data)
{
  WindowSync *sync = data;

  stop_watching (sync);
  g_clear_weak_pointer (&sync->share_page);
  g_clear_weak_pointer (&sync->problem_dialog);
  g_clear_object (&sync->laptop);
  g_clear_object (&sync->problems);
  g_free (sync);
}

/* The application's settings when its schema is installed with the laptop's keys, else NULL
 * (a build run in place): the laptop then has a name for this run only. */
static GSettings *
laptop_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "laptop-name") ||
      !g_settings_schema_has_key (schema, "laptop-id"))
    {
      g_debug ("The settings schema %s with the laptop's keys is not installed: this laptop's "
               "name is kept for this run only", APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

/* New ideas record this laptop's name. */
static void
laptop_name_cb (CgLaptop   *laptop,
                GParamSpec *pspec,
                gpointer    unused)
{
  cg_idea_set_capturing_laptop (cg_laptop_get_name (laptop));
}

static WindowSync *
get_sync (CgWindow *self)
{
  WindowSync *sync = g_object_get_qdata (G_OBJECT (self), sync_quark ());
  g_autoptr(GSettings) settings = NULL;

  if (sync != NULL)
    return sync;
  sync = g_new0 (WindowSync, 1);
  sync->window = self;
  settings = laptop_settings ();
  sync->laptop = cg_laptop_new (settings);
  sync->problems = gtk_string_list_new (NULL);
  g_signal_connect (sync->laptop, "notify::name", G_CALLBACK (laptop_name_cb), NULL);
  laptop_name_cb (sync->laptop, NULL, NULL);
  g_object_set_qdata_full (G_OBJECT (self), sync_quark (), sync, window_sync_free);
  return sync;
}

/* Saving */

/* The window's Save begins a write of the file the watcher watches. */
static void
save_activated_cb (CgWindow *self)
{
  WindowSync *sync = get_sync (self);

  if (sync->watch == NULL || self->file == NULL ||
      !g_file_equal (self->file, cg_sync_watch_get_file (sync->watch)))
    return;
  sync->saving = TRUE;
  cg_sync_watch_begin_write (sync->watch);
}

static void save_now (CgWindow *self);

static void
auto_saved_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(CgWindow) self = user_data;
  WindowSync *sync = get_sync (self);
  g_autoptr(GError) error = NULL;
  gboolean written = cg_workshop_save_finish (CG_WORKSHOP (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  sync->auto_saving = sync->saving = FALSE;
  if (sync->watch != NULL)
    cg_sync_watch_end_write (sync->watch, written);
  if (!written)
    {
      sync->save_again = FALSE;
      cg_window_show_message (self, GTK_MESSAGE_WARNING,
                              _("What arrived from other laptops was not saved"),
                              error->message);
      return;
    }
  if (self->autosave != NULL && CG_WORKSHOP (source) == self->workshop &&
      !cg_history_get_modified (cg_workshop_get_history (self->workshop)))
    cg_autosave_discard (self->autosave);
  cg_window_update_titles (self);
  if (sync->save_again)
    {
      sync->save_again = FALSE;
      save_now (self);
    }
}

/* Saves the workshop to its file after an arrival, telling the watcher first; one save at a
 * time (another wanted meanwhile follows it). */
static void
save_now (CgWindow *self)
{
  WindowSync *sync = get_sync (self);

  if (self->workshop == NULL || self->file == NULL || self->read_only || sync->watch == NULL)
    return;
  if (sync->auto_saving)
    {
      sync->save_again = TRUE;
      return;
    }
  sync->auto_saving = sync->saving = TRUE;
  cg_sync_watch_begin_write (sync->watch);
  cg_workshop_save_async (self->workshop, self->file, self->cancellable, auto_saved_cb,
                          g_object_ref (self));
}

/* The history is unmodified again: a save is done (or an undo went back to the saved state). */
static void
modified_cb (CgWindow *self)
{
  WindowSync *sync = get_sync (self);

  if (self->workshop == NULL || cg_history_get_modified (cg_workshop_get_history (self->workshop)))
    return;
  sync->only_arrivals = TRUE;
  /* a first save, or Save As: the file to watch is another */
  if (self->file != NULL &&
      (sync->watch == NULL || !g_file_equal (self->file, cg_sync_watch_get_file (sync->watch))))
    {
      cg_window_sync_start (self);
      return;
    }
  if (sync->saving && !sync->auto_saving && sync->watch != NULL)
    {
      sync->saving = FALSE;
      cg_sync_watch_set_key (sync->watch, cg_workshop_get_key (self->workshop));
      cg_sync_watch_end_write (sync->watch, TRUE);
    }
}

/* Any change but a merge of ours: the unsaved work is the facilitator's own. */
static void
history_changed_cb (CgWindow *self)
{
  WindowSync *sync = get_sync (self);

  if (!sync->merging)
    sync->only_arrivals = FALSE;
}

/* What arrived */

static gboolean
arrived_cb (CgWindow    *self,
            CgWorkshop  *changes,
            GFile       *source,
            guint        flags,
            CgSyncWatch *watch)
{
  WindowSync *sync = get_sync (self);
  g_autoptr(CgArrival) arrival = NULL;
  g_autofree char *text = NULL;
  CgSyncAfterMerge action;
  CgHistory *history;
  gboolean was_modified;

  if (self->workshop == NULL || self->read_only)
    return FALSE;

  history = cg_workshop_get_history (self->workshop);
  /* (unsaved only because of earlier arrivals, whose save is under way or failed: as saved) */
  was_modified = cg_history_get_modified (history) && !sync->only_arrivals;
  sync->merging = TRUE;
  arrival = cg_arrival_merge (self->workshop, changes, cg_sync_watch_idea_unchanged, watch);
  sync->merging = FALSE;
  action = cg_sync_after_merge (was_modified, arrival, flags);
  if (!was_modified && cg_history_get_modified (history) && action == CG_SYNC_KEEP)
    action = CG_SYNC_SAVE;
  if (action == CG_SYNC_MARK_SAVED && sync->auto_saving)
    action = CG_SYNC_SAVE;
  switch (action)
    {
    case CG_SYNC_MARK_SAVED:
      cg_history_mark_clean (history);
      break;
    case CG_SYNC_SAVE:
      save_now (self);
      break;
    case CG_SYNC_KEEP:
    default:
      break;
    }

  text = cg_arrival_describe (arrival);
  if (text != NULL)
    {
      sync->n_merged++;
      cg_notice_set_history (self->notice, history);
      cg_notice_show (self->notice, text);
    }
  return TRUE;
}

static void
problem_response_cb (GtkDialog *dialog,
                     int        response,
                     CgWindow  *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_HELP)
    cg_window_show_share_page (self);
}

static void
refused_cb (CgWindow    *self,
            GFile       *source,
            GError      *error,
            CgSyncWatch *watch)
{
  WindowSync *sync = get_sync (self);
  GtkWidget *dialog;

  gtk_string_list_append (sync->problems, error->message);
  /* one at a time: the rest are listed on the share page */
  if (sync->problem_dialog != NULL || self->read_only)
    return;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE, "%s",
                                   _("A copy from another laptop was not merged"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s\n\n%s",
                                            error->message,
                                            _("It was left where it is, and nothing in this "
                                              "workshop changed."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Share Page"), GTK_RESPONSE_HELP,
                          _("_Close"), GTK_RESPONSE_CLOSE, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (problem_response_cb), self, 0);
  g_set_weak_pointer (&sync->problem_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
folder_changed_cb (CgWindow *self)
{
  WindowSync *sync = get_sync (self);

  if (sync->share_page != NULL)
    cg_share_page_refresh (CG_SHARE_PAGE (sync->share_page));
}

/* Starting and stopping */

void
cg_window_sync_start (CgWindow *self)
{
  WindowSync *sync;
  CgHistory *history;
  GAction *save;

  g_return_if_fail (CG_IS_WINDOW (self));

  sync = get_sync (self);
  stop_watching (sync);
  sync->saving = sync->save_again = FALSE;
  if (self->workshop == NULL || self->read_only)
    return;
  history = cg_workshop_get_history (self->workshop);
  sync->only_arrivals = !cg_history_get_modified (history);

  /* (connected once: the window lets go of the history's handlers with the workshop) */
  g_signal_handlers_disconnect_by_func (history, modified_cb, self);
  g_signal_handlers_disconnect_by_func (history, history_changed_cb, self);
  g_signal_connect_object (history, "notify::modified", G_CALLBACK (modified_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (history, "changed", G_CALLBACK (history_changed_cb), self,
                           G_CONNECT_SWAPPED);
  save = g_action_map_lookup_action (G_ACTION_MAP (self), "save");
  if (sync->save_handler == 0 && save != NULL)
    sync->save_handler = g_signal_connect_object (save, "activate",
                                                  G_CALLBACK (save_activated_cb), self,
                                                  G_CONNECT_SWAPPED);

  /* a new workshop not saved yet: watched from its first save */
  if (self->file == NULL || !g_file_is_native (self->file))
    return;
  sync->watch = cg_sync_watch_new (self->file);
  cg_sync_watch_set_key (sync->watch, cg_workshop_get_key (self->workshop));
  g_signal_connect_object (sync->watch, "arrived", G_CALLBACK (arrived_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (sync->watch, "refused", G_CALLBACK (refused_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (sync->watch, "set-aside", G_CALLBACK (folder_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

void
cg_window_sync_stop (CgWindow *self)
{
  WindowSync *sync = g_object_get_qdata (G_OBJECT (self), sync_quark ());

  if (sync == NULL)
    return;
  stop_watching (sync);
  if (sync->share_page != NULL)
    gtk_window_destroy (GTK_WINDOW (sync->share_page));
  if (sync->problem_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (sync->problem_dialog));
}

CgSyncWatch *
cg_window_sync_get_watch (CgWindow *self)
{
  WindowSync *sync = g_object_get_qdata (G_OBJECT (self), sync_quark ());

  return sync != NULL ? sync->watch : NULL;
}

guint
cg_window_sync_get_n_merged (CgWindow *self)
{
  WindowSync *sync = g_object_get_qdata (G_OBJECT (self), sync_quark ());

  return sync != NULL ? sync->n_merged : 0;
}

CgLaptop *
cg_window_sync_get_laptop (CgWindow *self)
{
  return get_sync (self)->laptop;
}

/* The share page */

static void
show_idea_cb (CgWindow *self,
              CgIdea   *idea)
{
  if (self->workshop == NULL || cg_workshop_index_of (self->workshop, idea) < 0)
    return;
  cg_window_show_view (self, "board");
  /* (the event the idea was raised at, so the board holds it) */
  cg_window_set_current_event (self, cg_idea_get_event (idea));
  cg_board_select_idea (self->board, idea);
  gtk_window_present (GTK_WINDOW (self));
}

static void
look_now_cb (CgWindow *self)
{
  WindowSync *sync = get_sync (self);

  if (sync->watch != NULL)
    cg_sync_watch_check (sync->watch);
}

void
cg_window_show_share_page (CgWindow *self)
{
  WindowSync *sync;
  GtkWidget *page;

  g_return_if_fail (CG_IS_WINDOW (self));

  if (self->workshop == NULL)
    return;
  sync = get_sync (self);
  if (sync->share_page != NULL)
    gtk_window_destroy (GTK_WINDOW (sync->share_page));

  page = cg_share_page_new (GTK_WINDOW (self), self->workshop, self->file, sync->laptop,
                            cg_window_get_showing_private (self));
  cg_share_page_set_problems (CG_SHARE_PAGE (page), G_LIST_MODEL (sync->problems));
  g_signal_connect_object (page, "show-idea", G_CALLBACK (show_idea_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "look-now", G_CALLBACK (look_now_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&sync->share_page, page);
  gtk_window_present (GTK_WINDOW (page));
}

GtkWidget *
cg_window_sync_get_share_page (CgWindow *self)
{
  WindowSync *sync = g_object_get_qdata (G_OBJECT (self), sync_quark ());

  return sync != NULL ? sync->share_page : NULL;
}
