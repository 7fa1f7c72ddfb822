/* cg-fallback.c: a way back when a workshop file will not open: its backup (FILE~) or a copy
 * autosave kept of it, whichever is newer and loads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "io/cg-autosave.h"
#include "io/cg-fallback.h"
#include "io/cg-io.h"

void
cg_fallback_free (CgFallback *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->workshop);
  g_clear_pointer (&self->modified, g_date_time_unref);
  g_free (self->path);
  g_free (self);
}

static GDateTime *
dup_modified (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  GDateTime *modified = info != NULL ? g_file_info_get_modification_date_time (info) : NULL;

  return modified != NULL ? modified : g_date_time_new_from_unix_utc (0);
}

/* Loads @copy; keeps it in *@best when it is newer than what *@best holds. */
static void
consider (CgFallback  **best,
          GFile        *copy,
          gboolean      is_backup,
          GCancellable *cancellable)
{
  g_autoptr(GDateTime) modified = dup_modified (copy);
  g_autoptr(CgWorkshop) workshop = NULL;
  CgFallback *found;

  if (*best != NULL && g_date_time_compare (modified, (*best)->modified) <= 0)
    return;

  workshop = cg_workshop_load (copy, cancellable, NULL);
  if (workshop == NULL)
    return;

  cg_history_mark_unsaved (cg_workshop_get_history (workshop));
  found = g_new0 (CgFallback, 1);
  found->workshop = g_steal_pointer (&workshop);
  found->path = g_file_get_path (copy);
  found->is_backup = is_backup;
  found->modified = g_steal_pointer (&modified);
  cg_fallback_free (*best);
  *best = found;
}

CgFallback *
cg_fallback_find (GFile        *file,
                  const char   *autosave_dir,
                  GCancellable *cancellable)
{
  g_autofree char *path = NULL;
  g_autofree char *backup_path = NULL;
  g_autoptr(GFile) backup = NULL;
  CgFallback *best = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path != NULL)
    {
      backup_path = g_strconcat (path, "~", NULL);
      backup = g_file_new_for_path (backup_path);
      if (g_file_query_exists (backup, cancellable))
        consider (&best, backup, TRUE, cancellable);
    }

  if (autosave_dir != NULL)
    {
      g_autoptr(GPtrArray) items = cg_autosave_list_recoverable (autosave_dir);

      for (guint i = 0; i < items->len; i++)
        {
          const CgRecoverable *item = g_ptr_array_index (items, i);
          g_autoptr(GFile) saved_to = NULL;
          g_autoptr(GFile) copy = NULL;

          if (item->file_uri == NULL)
            continue;
          saved_to = g_file_new_for_uri (item->file_uri);
          if (!g_file_equal (saved_to, file))
            continue;
          copy = g_file_new_for_path (item->path);
          consider (&best, copy, FALSE, cancellable);
        }
    }

  return best;
}

static void
find_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = g_object_get_data (G_OBJECT (task), "cg-file");
  CgFallback *found = cg_fallback_find (file, task_data, cancellable);

  g_task_return_pointer (task, found, (GDestroyNotify) cg_fallback_free);
}

void
cg_fallback_find_async (GFile              *file,
                        const char         *autosave_dir,
                        GCancellable       *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cg_fallback_find_async);
  g_task_set_task_data (task, g_strdup (autosave_dir), g_free);
  g_object_set_data_full (G_OBJECT (task), "cg-file", g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, find_thread);
}

CgFallback *
cg_fallback_find_finish (GAsyncResult *result,
                         GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* "3 hours ago", in the largest whole unit. */
static char *
describe_age (GDateTime *then,
              GDateTime *now)
{
  GTimeSpan span = MAX (g_date_time_difference (now, then), 0);
  gint64 minutes = span / G_TIME_SPAN_MINUTE;
  gint64 hours = span / G_TIME_SPAN_HOUR;
  gint64 days = span / G_TIME_SPAN_DAY;

  if (minutes < 1)
    return g_strdup (_("less than a minute ago"));
  if (hours < 1)
    return g_strdup_printf (ngettext ("%d minute ago", "%d minutes ago", minutes), (int) minutes);
  if (days < 1)
    return g_strdup_printf (ngettext ("%d hour ago", "%d hours ago", hours), (int) hours);
  return g_strdup_printf (ngettext ("%d day ago", "%d days ago", days), (int) MIN (days, G_MAXINT));
}

char *
cg_fallback_describe (const CgFallback *self,
                      GDateTime        *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (self->modified);
  g_autofree char *age = describe_age (self->modified, now);
  /* Translators: a date and time, as in "Thursday 3 December, 14:02" (strftime format) */
  g_autofree char *when = g_date_time_format (local, _("%A %-d %B, %H:%M"));

  if (self->is_backup)
    /* Translators: "%s (%s)" is "3 hours ago (Thursday 3 December, 14:02)" */
    return g_strdup_printf (_("The backup copy saved %s (%s)"), age, when);
  return g_strdup_printf (_("The copy autosaved %s (%s)"), age, when);
}
