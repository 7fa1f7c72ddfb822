/* cg-fallback.h: a way back when a workshop file will not open: its backup (FILE~) or a copy
 * autosave kept of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

typedef struct
{
  CgWorkshop *workshop;   /* loaded, with its history marked unsaved */
  char       *path;       /* where it was read from */
  gboolean    is_backup;  /* FILE~; otherwise an autosaved copy */
  GDateTime  *modified;   /* when that copy was written */
} CgFallback;

void        cg_fallback_free     (CgFallback *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgFallback, cg_fallback_free)

/* The newest copy of @file that loads: its backup, or a copy in @autosave_dir whose record names
 * @file. NULL when there is none. Reads through the same bounded, safe loader as any file.
 * Returns: (transfer full) (nullable). */
CgFallback *cg_fallback_find     (GFile        *file,
                                  const char   *autosave_dir,
                                  GCancellable *cancellable);
void        cg_fallback_find_async  (GFile              *file,
                                     const char         *autosave_dir,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data);
/* Returns: (transfer full) (nullable). */
CgFallback *cg_fallback_find_finish (GAsyncResult *result,
                                     GError      **error);

/* "The backup copy saved 3 hours ago (Thursday 3 December, 14:02)" as seen at @now.
 * Returns: (transfer full). */
char       *cg_fallback_describe (const CgFallback *self,
                                  GDateTime        *now);

G_END_DECLS
