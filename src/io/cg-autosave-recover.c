/* cg-autosave-recover.c: finding the copies autosave left behind after a crash, and opening them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "io/cg-autosave.h"
#include "io/cg-io.h"
#include "io/cg-output.h"

/* Written by cg-autosave.c beside each copy. */
#define SIDECAR_GROUP "Autosave"

void
cg_recoverable_free (CgRecoverable *self)
{
  if (self == NULL)
    return;

  g_free (self->path);
  g_free (self->title);
  g_free (self->file_uri);
  g_clear_pointer (&self->modified, g_date_time_unref);
  g_free (self);
}

/* Fills in @item from the sidecar of the copy @name in @dir. A copy without a readable sidecar
 * takes its title from the copy itself or, failing that, from its file name. */
static void
read_sidecar (CgRecoverable *item,
              const char    *dir,
              const char    *name)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GFile) copy = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autofree char *base = g_strndup (name, strlen (name) - strlen (".cgw"));
  g_autofree char *sidecar_name = g_strconcat (base, ".ini", NULL);
  g_autofree char *sidecar = g_build_filename (dir, sidecar_name, NULL);

  if (g_key_file_load_from_file (keys, sidecar, G_KEY_FILE_NONE, NULL))
    {
      item->title = g_key_file_get_string (keys, SIDECAR_GROUP, "title", NULL);
      item->file_uri = g_key_file_get_string (keys, SIDECAR_GROUP, "file", NULL);
      if (item->file_uri != NULL && *item->file_uri == '\0')
        g_clear_pointer (&item->file_uri, g_free);
      if (item->title != NULL)
        {
          g_autofree char *title = g_steal_pointer (&item->title);

          item->title = g_strdup (cg_workshop_display_title (title));
          return;
        }
    }

  copy = g_file_new_for_path (item->path);
  workshop = cg_workshop_load (copy, NULL, NULL);
  if (workshop != NULL)
    item->title = g_strdup (cg_workshop_get_display_title (workshop));
  else
    item->title = g_filename_display_name (base);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const CgRecoverable *item_a = *(CgRecoverable * const *) a;
  const CgRecoverable *item_b = *(CgRecoverable * const *) b;
  int order = g_date_time_compare (item_b->modified, item_a->modified);

  return order != 0 ? order : g_strcmp0 (item_a->path, item_b->path);
}

GPtrArray *
cg_autosave_list_recoverable (const char *dir)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GDir) folder = NULL;
  const char *name;

  g_return_val_if_fail (dir != NULL, NULL);

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_recoverable_free);
  /* What a killed autosave left holds workshop words: it goes at the next start. */
  cg_output_remove_stale_temps (dir);
  folder = g_dir_open (dir, 0, NULL);
  if (folder == NULL)
    return g_steal_pointer (&items);

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autoptr(GFile) file = NULL;
      g_autoptr(GFileInfo) info = NULL;
      CgRecoverable *item;

      if (!g_str_has_suffix (name, ".cgw") || g_str_equal (name, ".cgw"))
        continue;

      file = g_file_new_build_filename (dir, name, NULL);
      info = g_file_query_info (file,
                                G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                G_FILE_QUERY_INFO_NONE, NULL, NULL);
      if (info == NULL || g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        continue;

      item = g_new0 (CgRecoverable, 1);
      item->path = g_file_get_path (file);
      item->modified = g_file_info_get_modification_date_time (info);
      if (item->modified == NULL)
        item->modified = g_date_time_new_from_unix_utc (0);
      read_sidecar (item, dir, name);
      g_ptr_array_add (items, item);
    }

  g_ptr_array_sort (items, compare_newest_first);
  return g_steal_pointer (&items);
}

CgWorkshop *
cg_autosave_recover (const CgRecoverable *item,
                     GFile              **file_out,
                     GError             **error)
{
  g_autoptr(GFile) copy = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (item != NULL && item->path != NULL, NULL);
  g_return_val_if_fail (file_out == NULL || *file_out == NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  copy = g_file_new_for_path (item->path);
  workshop = cg_workshop_load (copy, NULL, &local_error);
  if (workshop == NULL)
    {
      g_propagate_prefixed_error (error, local_error,
                                  /* Translators: "%s" is the workshop's title; the reason
                                   * follows */
                                  _("The unsaved changes to “%s” cannot be recovered. "),
                                  cg_workshop_display_title (item->title));
      return NULL;
    }

  cg_history_mark_unsaved (cg_workshop_get_history (workshop));

  if (file_out != NULL && item->file_uri != NULL)
    *file_out = g_file_new_for_uri (item->file_uri);

  return g_steal_pointer (&workshop);
}
