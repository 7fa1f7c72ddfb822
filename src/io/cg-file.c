/* cg-file.c: opening and saving workshop files, atomically and with a backup, in the background
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <libxml/parser.h>

#include "io/cg-io.h"

#define READ_CHUNK (256 * 1024)

static char *
dup_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename != NULL ? g_filename_display_name (basename) : g_strdup ("workshop");
}

/* The reason behind a GIO error in plain words, or NULL to keep GIO's own message. */
static const char *
describe_reason (const GError *error,
                 gboolean      saving)
{
  if (error->domain != G_IO_ERROR)
    return NULL;

  switch (error->code)
    {
    case G_IO_ERROR_NOT_FOUND:
      return saving ? "the folder does not exist" : "the file does not exist";
    case G_IO_ERROR_PERMISSION_DENIED:
      return saving ? "you are not allowed to write in that folder"
                    : "you are not allowed to read it";
    case G_IO_ERROR_READ_ONLY:
      return "the folder is read-only";
    case G_IO_ERROR_NO_SPACE:
      return "the disk is full";
    case G_IO_ERROR_IS_DIRECTORY:
      return saving ? "a folder of that name is in the way" : "it is a folder, not a file";
    case G_IO_ERROR_NOT_DIRECTORY:
      return "part of its path is a file, not a folder";
    case G_IO_ERROR_CANT_CREATE_BACKUP:
      return "the backup copy of the previous version (ending in ~) could not be made; "
             "the previous version is unchanged";
    case G_IO_ERROR_FILENAME_TOO_LONG:
      return "the name is too long";
    case G_IO_ERROR_INVALID_FILENAME:
      return "the name is not allowed there";
    case G_IO_ERROR_CANCELLED:
      return saving ? "saving was cancelled" : "opening was cancelled";
    default:
      return NULL;
    }
}

/* "Could not save “x.cgw”: the folder is read-only", keeping @cause's domain and code. */
static void
propagate_file_error (GError    **error,
                      GError     *cause,
                      GFile      *file,
                      gboolean    saving)
{
  g_autofree char *name = dup_display_name (file);
  const char *reason = describe_reason (cause, saving);

  g_set_error (error, cause->domain, cause->code, "Could not %s “%s”: %s",
               saving ? "save" : "open", name, reason != NULL ? reason : cause->message);
  g_error_free (cause);
}

/* Reads the whole of @stream, refusing more than CG_FILE_MAX_SIZE bytes. */
static GBytes *
read_limited (GFileInputStream *stream,
              GFile            *file,
              GCancellable     *cancellable,
              GError          **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) data = NULL;
  g_autofree char *name = NULL;
  GError *local_error = NULL;
  goffset size = 0;

  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable,
                                         NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    size = g_file_info_get_size (info);

  data = g_byte_array_sized_new (CLAMP (size, 0, CG_FILE_MAX_SIZE) + READ_CHUNK);
  while (size <= CG_FILE_MAX_SIZE)
    {
      guint length = data->len;
      gssize n;

      g_byte_array_set_size (data, length + READ_CHUNK);
      n = g_input_stream_read (G_INPUT_STREAM (stream), data->data + length, READ_CHUNK,
                               cancellable, &local_error);
      g_byte_array_set_size (data, length + MAX (n, 0));
      if (n < 0)
        {
          propagate_file_error (error, local_error, file, FALSE);
          return NULL;
        }
      if (n == 0)
        return g_byte_array_free_to_bytes (g_steal_pointer (&data));
      size = data->len;
    }

  name = dup_display_name (file);
  g_set_error (error, CG_IO_ERROR, CG_IO_ERROR_LIMIT,
               "Could not open “%s”: it is larger than %d MB, too large to be a workshop file",
               name, CG_FILE_MAX_SIZE / (1024 * 1024));
  return NULL;
}

CgWorkshop *
cg_workshop_load (GFile        *file,
                  GCancellable *cancellable,
                  GError      **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  GError *local_error = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      propagate_file_error (error, local_error, file, FALSE);
      return NULL;
    }

  bytes = read_limited (stream, file, cancellable, error);
  if (bytes == NULL)
    return NULL;

  name = dup_display_name (file);
  data = g_bytes_get_data (bytes, &length);

  return cg_workshop_load_from_data (data, length, name, error);
}

/* Writes @bytes to a temporary file beside @file, keeps the old @file as “@file~” and renames
 * the new one into place: a failure at any step leaves the old file as it was. */
static gboolean
write_bytes (GFile        *file,
             GBytes       *bytes,
             GCancellable *cancellable,
             GError      **error)
{
  GError *local_error = NULL;
  const char *data;
  gsize length;

  data = g_bytes_get_data (bytes, &length);
  if (!g_file_replace_contents (file, data, length, NULL, TRUE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable,
                                &local_error))
    {
      propagate_file_error (error, local_error, file, TRUE);
      return FALSE;
    }

  return TRUE;
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

  bytes = cg_workshop_save_to_bytes (workshop);
  if (!write_bytes (file, bytes, cancellable, error))
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
  g_bytes_unref (save->bytes);
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
  SaveData *save;

  g_return_if_fail (CG_IS_WORKSHOP (workshop));
  g_return_if_fail (G_IS_FILE (file));

  save = g_new0 (SaveData, 1);
  save->file = g_object_ref (file);
  save->bytes = cg_workshop_save_to_bytes (workshop);
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
