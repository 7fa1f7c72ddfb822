/* cg-erase.h: deleting a workshop for good, with every copy the application made of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/cg-workshop.h"

G_BEGIN_DECLS

/* Deletes @file (the workshop's own file, may be NULL when it was never saved), then its
 * backup FILE~ and the autosaved copy of @workshop in @autosave_dir (NULL: the default folder).
 * When @file cannot be deleted, nothing else is: FALSE and @error ("Could not delete “NAME”:
 * reason"); when its backup cannot, the rest is deleted and @error names the backup. A backup or
 * copy that is not there is no error. Only ever called after the
 * facilitator has said yes. */
gboolean cg_workshop_erase_files (CgWorkshop *workshop,
                                  GFile      *file,
                                  const char *autosave_dir,
                                  GError    **error);

G_END_DECLS
