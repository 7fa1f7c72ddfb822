/* cg-file.c: opening and saving workshop files, atomically and with a backup, in the background
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <libxml/parser.h>

#include <glib/gi18n-lib.h>

#include "io/cg-input.h"
#include "io/cg-io.h"
#include "io/cg-output.h"

static char *
dup_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename != NULL ? g_filename_display_name (basename) : g_strdup ("workshop");
}

/* "Could not save “x.cgw”: the disk is full", keeping @cause's domain and code. The readers
 * and writers of cg-input.c and cg-output.c give the reason alone. */
static void
propagate_file_error (GError    **error,
                      GError     *cause,
                      GFile      *file,
                      gboolean    saving)
{
  g_autofree char *name = dup_display_name (file);
  const char *reason = cause->message;

  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    reason = saving ? _("saving was cancelled") : _("opening was cancelled");

  if (saving)
    /* Translators: the first "%s" is a file name, the second the reason ("the disk is full") */
    g_set_error (error, cause->domain, cause->code, _("Could not save “%s”: %s"), name, reason);
  else
    g_set_error (error, cause->domain, cause->code, _("Could not open “%s”: %s"), name, reason);
  g_error_free (cause);
}

CgWorkshop *
cg_workshop_load (GFile        *file,
                  GCancellable *cancellable,
                  GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  GError *local_error = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = cg_input_read_file (file, CG_FILE_MAX_SIZE, cancellable, &local_error);
  if (bytes == NULL)
    {
      propagate_file_error (error, local_error, file, FALSE);
      return NULL;
    }

  name = dup_display_name (file);
  data = g_bytes_get_data (bytes, &length);

  return cg_workshop_load_from_data (data, length, name, error);
}

gboolean
cg_workshop_check_savable (CgWorkshop *workshop,
                           gsize       length,
                           GError    **error)
{
  guint n_ideas = g_list_model_get_n_items (cg_workshop_get_ideas (workshop));
  guint n_objects = n_ideas;

  n_objects += g_list_model_get_n_items (cg_workshop_get_events (workshop));
  n_objects += g_list_model_get_n_items (cg_workshop_get_voices (workshop));
  n_objects += g_list_model_get_n_items (cg_workshop_get_themes (workshop));
  n_objects += g_list_model_get_n_items (cg_workshop_get_actions (workshop));

  if (length > CG_FILE_MAX_SIZE)
    g_set_error (error, CG_IO_ERROR, CG_IO_ERROR_LIMIT,
                 _("the workshop is too large: the file would be %u MB, and Common Ground "
                   "opens files of at most %u MB. Split it into smaller workshops (for example "
                   "one per event), or shorten the longest notes, then save again"),
                 (guint) ((length + 1024 * 1024 - 1) / (1024 * 1024)),
                 (guint) (CG_FILE_MAX_SIZE / (1024 * 1024)));
  else if (n_ideas > CG_FILE_MAX_IDEAS || n_objects > CG_FILE_MAX_OBJECTS)
    g_set_error (error, CG_IO_ERROR, CG_IO_ERROR_LIMIT,
                 _("the workshop holds more than Common Ground can open again (%u ideas, %u "
                   "objects in all; at most %u and %u). Split it into smaller workshops, then "
                   "save again"),
                 n_ideas, n_objects, (guint) CG_FILE_MAX_IDEAS, (guint) CG_FILE_MAX_OBJECTS);
  else
    return TRUE;

  return FALSE;
}

/* Writes @bytes over @file through the safe writer, keeping the old version as “@file~”: a
 * failure at any step leaves the old file and its backup as they were. */
static gboolean
write_bytes (GFile        *file,
             GBytes       *bytes,
             GCancellable *cancellable,
             GError      **error)
{
  g_autofree char *path = g_file_get_path (file);
  GError *local_error = NULL;

  if (path == NULL)
    g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("workshops can only be saved in a folder on this computer"));
  else
    cg_output_write_bytes (path, bytes, CG_OUTPUT_BACKUP | CG_OUTPUT_PRIVATE, cancellable,
                           &local_error);

  if (local_error != NULL)
    {
      propagate_file_error (error, local_error, file, TRUE);
      return FALSE;
    }
  return TRUE;
}

/* Serialises @workshop, refusing one the loader would refuse. */
static GBytes *
dup_savable_bytes (CgWorkshop *workshop,
                   GFile      *file,
                   GError    **error)
{
  g_autoptr(GBytes) bytes = cg_workshop_save_to_bytes (workshop);
  GError *local_error = NULL;

  if (!cg_workshop_check_savable (workshop, g_bytes_get_size (bytes), &local_error))
    {
      propagate_file_error (error, local_error, file, TRUE);
      return NULL;
    }
  return g_steal_pointer (&bytes);
}

gboolean
cg_workshop_save (CgWorkshop   *workshop,
                  GFile        *file,
                  GCancellable *cancellable,
                  GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = dup_savable_bytes (workshop, file, error);
  if (bytes == NULL || !write_bytes (file, bytes, cancellable, error))
    return FALSE;

  cg_history_mark_clean (cg_workshop_get_history (workshop));
  return TRUE;
}

/* Loading in the background */

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  CgWorkshop *workshop;

  workshop = cg_workshop_load (task_data, cancellable, &error);
  if (workshop != NULL)
    g_task_return_pointer (task, workshop, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
cg_workshop_load_async (GFile              *file,
                        GCancellable       *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  /* libxml2 wants to be set up on the main thread before any worker uses it. */
  xmlInitParser ();

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cg_workshop_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

CgWorkshop *
cg_workshop_load_finish (GAsyncResult *result,
                         GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Saving in the background */

typedef struct
{
  GFile     *file;
  GBytes    *bytes;
  CgHistory *history;
  gulong     changed_id;
  gboolean  *changed;  /* an atomic rc box, shared with the "changed" handler */
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_clear_signal_handler (&save->changed_id, save->history);
  g_atomic_rc_box_release (save->changed);
  g_object_unref (save->history);
  g_clear_pointer (&save->bytes, g_bytes_unref);
  g_object_unref (save->file);
  g_free (save);
}

static void
history_changed_cb (CgHistory *history,
                    gboolean  *changed)
{
  *changed = TRUE;
}

static void
release_changed (gpointer  changed,
                 GClosure *closure)
{
  g_atomic_rc_box_release (changed);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *save = task_data;
  GError *error = NULL;

  if (write_bytes (save->file, save->bytes, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
cg_workshop_save_async (CgWorkshop         *workshop,
                        GFile              *file,
                        GCancellable       *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  SaveData *save;

  g_return_if_fail (CG_IS_WORKSHOP (workshop));
  g_return_if_fail (G_IS_FILE (file));

  save = g_new0 (SaveData, 1);
  save->file = g_object_ref (file);
  save->bytes = dup_savable_bytes (workshop, file, &error);
  save->history = g_object_ref (cg_workshop_get_history (workshop));
  save->changed = g_atomic_rc_box_new0 (gboolean);
  /* A change made while the file is written is not in it: the document stays modified. */
  save->changed_id = g_signal_connect_data (save->history, "changed",
                                            G_CALLBACK (history_changed_cb),
                                            g_atomic_rc_box_acquire (save->changed),
                                            release_changed, 0);

  task = g_task_new (workshop, cancellable, callback, user_data);
  g_task_set_source_tag (task, cg_workshop_save_async);
  g_task_set_task_data (task, save, save_data_free);
  if (save->bytes == NULL)
    g_task_return_error (task, error);  /* refused before a byte is written */
  else
    g_task_run_in_thread (task, save_thread);
}

gboolean
cg_workshop_save_finish (CgWorkshop   *workshop,
                         GAsyncResult *result,
                         GError      **error)
{
  SaveData *save;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, workshop), FALSE);

  save = g_task_get_task_data (G_TASK (result));
  g_clear_signal_handler (&save->changed_id, save->history);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  if (!*save->changed)
    cg_history_mark_clean (save->history);

  return TRUE;
}
