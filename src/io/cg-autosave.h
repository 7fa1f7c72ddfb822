/* cg-autosave.h: a copy of the open workshop kept on disk, so a crash loses nothing older than
 * the autosave interval; and finding those copies again after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_AUTOSAVE_INTERVAL 30 /* seconds */

#define CG_TYPE_AUTOSAVE (cg_autosave_get_type ())
G_DECLARE_FINAL_TYPE (CgAutosave, cg_autosave, CG, AUTOSAVE, GObject)

/* The folder autosaves go to: g_get_user_data_dir ()/org.commonground.CommonGround/autosave,
 * or $CG_AUTOSAVE_DIR when set (tests keep their copies apart with it).
 * Returns: (transfer full). */
char       *cg_autosave_dup_default_dir (void);

/* Watches @workshop's history: after a change, writes a copy to @dir within @interval seconds
 * (the timer starts at the first unsaved change and is not pushed back by later ones, so no
 * change waits longer than @interval). @file is where the facilitator saves the workshop (NULL:
 * not saved yet); it is recorded beside the copy so recovery can offer it. @dir NULL: the
 * default folder. The copy stays on disk when the CgAutosave goes away (as after a crash); only
 * cg_autosave_discard () removes it.
 *
 * A write that fails (disk full, folder read-only) loses nothing: the message is kept in
 * "last-error" (NULL again after the next good write) and sent with ::failed (const char *), and
 * the next change tries again. ::written is emitted after each good write.
 *
 * The timer's write holds the window for no frame: the bytes are made in steps between frames
 * and written by a worker thread (cg-autosave-steps.c). cg_autosave_flush (), the rewrites and
 * cg_autosave_discard () act at once, and no older write lands after them.
 * Returns: (transfer full). */
CgAutosave *cg_autosave_new      (CgWorkshop *workshop,
                                  GFile      *file,
                                  const char *dir,
                                  guint       interval);
void        cg_autosave_set_file (CgAutosave *self,
                                  GFile      *file);
/* Whether the timer's write is under way: its bytes being made, or written by a worker. */
gboolean    cg_autosave_get_busy (CgAutosave *self);
/* Writes the copy now if a change is waiting (or the timer's write is under way). */
gboolean    cg_autosave_flush    (CgAutosave *self,
                                  GError    **error);
/* Writes the copy again now if this session wrote one: after the workshop's protection changed
 * (cg_workshop_set_key ()), so that no copy in the old form stays on disk. */
gboolean    cg_autosave_rewrite  (CgAutosave *self,
                                  GError    **error);
/* Removes the copy: after a successful save, or when the facilitator closes without saving. */
void        cg_autosave_discard  (CgAutosave *self);
/* Removes the copy of @workshop (and the record beside it) from @dir (NULL: the default folder),
 * whichever session wrote it: when the workshop is deleted for good. */
void        cg_autosave_remove_copy (CgWorkshop *workshop,
                                     const char *dir);
/* Why the last write failed, in words for the facilitator, or NULL.
 * Returns: (transfer none) (nullable). */
const char *cg_autosave_get_last_error (CgAutosave *self);

typedef struct
{
  char      *path;      /* the autosaved copy */
  char      *title;     /* the workshop's title */
  char      *file_uri;  /* where it was being saved, or NULL */
  GDateTime *modified;  /* when the copy was written */
} CgRecoverable;

void        cg_recoverable_free  (CgRecoverable *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgRecoverable, cg_recoverable_free)

/* Copies left in @dir by a session that ended without saving or discarding, newest first (never
 * NULL; empty when @dir does not exist). A copy that cannot be read is still listed (title from
 * its file name) so nothing is silently lost. Returns: (transfer full). */
GPtrArray  *cg_autosave_list_recoverable (const char *dir);

/* Opens the copy @item describes. The workshop comes back modified (in every state undo can
 * reach), so the facilitator is asked to save it; @file_out (if not NULL) gets the file it was
 * being saved to, or NULL. The copy stays on disk until an autosave of the workshop discards it.
 * On failure: NULL, @error, and @file_out untouched. Returns: (transfer full) (nullable). */
CgWorkshop *cg_autosave_recover (const CgRecoverable *item,
                                 GFile              **file_out,
                                 GError             **error);

G_END_DECLS
