/* cg-arrival.h: what another laptop's copy of the workshop brought when it was merged in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-merge.h"

G_BEGIN_DECLS

typedef struct _CgArrival CgArrival;

/* Merges @from (a copy of the workshop that arrived from another laptop, or the part of it
 * that changed there) into @into as one undo step (cg_workshop_merge_edits (), with
 * @unchanged, which may be NULL: then every idea that differs is a conflict), and counts the
 * ideas it brought and the laptops that captured them. Returns: (transfer full). */
CgArrival          *cg_arrival_merge          (CgWorkshop           *into,
                                               CgWorkshop           *from,
                                               CgMergeUnchangedFunc  unchanged,
                                               gpointer              data);
void                cg_arrival_free           (CgArrival       *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgArrival, cg_arrival_free)

/* Whether the merge changed @into (and so left one undo step). */
gboolean            cg_arrival_get_changed    (const CgArrival *self);
/* Ideas @into did not hold before (not counting conflict copies the merge made). */
guint               cg_arrival_get_n_ideas    (const CgArrival *self);
/* The names of the laptops that captured those ideas (cg_idea_get_laptop), sorted, each once,
 * NULL-terminated; ideas that record none are not counted here. */
const char * const *cg_arrival_get_laptops    (const CgArrival *self);
/* How many of those ideas record no laptop. */
guint               cg_arrival_get_n_unnamed  (const CgArrival *self);
/* Ideas edited on two laptops and now kept both ways, flagged for review. */
guint               cg_arrival_get_n_conflicts (const CgArrival *self);
const CgMergeReport *cg_arrival_get_report    (const CgArrival *self);  /* (transfer none) */

/* One line for a quiet notice: "3 ideas arrived from Table 2", "… from another laptop",
 * "Changes arrived from another laptop", with "· 1 idea was changed on two laptops: check it"
 * after it when there were conflicts; NULL when nothing changed.
 * Returns: (transfer full) (nullable). */
char               *cg_arrival_describe       (const CgArrival *self);

/* "Table 2", "Table 2 and Table 4", "3 laptops": the laptops @laptops names (and "another
 * laptop" for @n_unnamed > 0), for "from %s". Returns: (transfer full). */
char               *cg_arrival_describe_laptops (const char * const *laptops,
                                                 guint               n_unnamed);

G_END_DECLS
