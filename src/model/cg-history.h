/* cg-history.h: undo and redo of every change to a workshop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CG_TYPE_HISTORY (cg_history_get_type ())
G_DECLARE_FINAL_TYPE (CgHistory, cg_history, CG, HISTORY, GObject)

CgHistory *cg_history_new (void);  /* (transfer full) */

gboolean   cg_history_get_can_undo (CgHistory *self);
gboolean   cg_history_get_can_redo (CgHistory *self);
/* Label of the step undo/redo would act on ("Move idea"), or NULL.
 * Returns: (transfer none) (nullable). */
const char *cg_history_get_undo_label (CgHistory *self);
const char *cg_history_get_redo_label (CgHistory *self);  /* (transfer none) (nullable) */
gboolean   cg_history_undo (CgHistory *self);
gboolean   cg_history_redo (CgHistory *self);

/* Everything recorded between begin and end is one step. Groups nest; the outermost label wins. */
void       cg_history_begin_group (CgHistory *self, const char *label);
void       cg_history_end_group   (CgHistory *self);

/* Consecutive changes of one text property of one object within the coalesce window (default
 * 2 s, "coalesce-window" in microseconds; 0 turns coalescing off) make one step, until sealed. */
void       cg_history_seal (CgHistory *self);

/* The saved state: "modified" is TRUE whenever the document differs from the last mark. */
void       cg_history_mark_clean   (CgHistory *self);
gboolean   cg_history_get_modified (CgHistory *self);
/* No state is the saved one: "modified" stays TRUE until the next mark_clean (a recovered copy
 * that was never saved). */
void       cg_history_mark_unsaved (CgHistory *self);
/* Forget every step (after loading a file, say). */
void       cg_history_clear (CgHistory *self);
guint      cg_history_get_n_undo (CgHistory *self);
guint      cg_history_get_n_redo (CgHistory *self);

G_END_DECLS
