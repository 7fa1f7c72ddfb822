/* cg-erase.c: deleting a workshop for good, with every copy the application made of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-autosave.h"
#include "cg-erase.h"
#include "cg-io-describe.h"

gboolean
cg_workshop_erase_files (CgWorkshop *workshop,
                         GFile      *file,
                         const char *autosave_dir,
                         GError    **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);

  if (file != NULL)
    {
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *backup_path = path != NULL ? g_strconcat (path, "~", NULL) : NULL;
      g_autoptr(GFile) backup = backup_path != NULL ? g_file_new_for_path (backup_path) : NULL;

      if (!g_file_delete (file, NULL, &local_error) &&
          !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_autofree char *name = g_file_get_basename (file);

          g_set_error (error, local_error->domain, local_error->code,
                       _("Could not delete “%s”: %s"), name,
                       cg_io_describe_error (local_error, CG_IO_WRITING));
          return FALSE;
        }
      g_clear_error (&local_error);
      if (backup != NULL && !g_file_delete (backup, NULL, &local_error) &&
          !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_autofree char *name = g_file_get_basename (backup);

          /* (the workshop's own file is gone: say what is left) */
          cg_autosave_remove_copy (workshop, autosave_dir);
          g_set_error (error, local_error->domain, local_error->code,
                       _("Could not delete the backup “%s”: %s"), name,
                       cg_io_describe_error (local_error, CG_IO_WRITING));
          return FALSE;
        }
    }
  cg_autosave_remove_copy (workshop, autosave_dir);
  return TRUE;
}
