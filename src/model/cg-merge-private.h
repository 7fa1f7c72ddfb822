/* cg-merge-private.h: what the parts of the workshop merge share
 *
 * cg-merge.c merges the content, cg-merge-report.c counts and words what happened, and
 * cg-merge-review.c settles the "needs review" flags of the merged ideas, and cg-merge-erased.c
 * keeps ideas removed at a person's request out of the result.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-merge.h"

G_BEGIN_DECLS

struct _CgMergeReport
{
  guint      n_added[CG_MERGE_N_KINDS];
  guint      n_matched[CG_MERGE_N_KINDS];
  guint      n_conflicts;
  GPtrArray *conflict_ids;  /* char *, NULL-terminated */
  GHashTable *laptops;      /* laptop name -> ideas added that it captured */
};

/* The report (cg-merge-report.c) */

CgMergeReport *cg_merge_report_new             (void);  /* (transfer full) */
void           cg_merge_report_add_conflict_id (CgMergeReport *self,
                                                const char    *id);
/* An idea added that @laptop (its name, or NULL: none recorded) captured. */
void           cg_merge_report_add_from_laptop (CgMergeReport *self,
                                                const char    *laptop);

/* Conflict copies and review flags (cg-merge-review.c) */

/* The id of the conflict copy of idea @id holding @text: the same on every laptop. It is 64
 * hex digits (a SHA-256), a form only the merge gives: new objects get UUIDs.
 * Returns: (transfer full). */
char          *cg_merge_conflict_copy_id       (const char    *id,
                                                const char    *text);

/* The review flags of the ideas of one workshop, and which conflict copies it holds, as they
 * were when it was made. */
typedef struct _CgMergeReview CgMergeReview;

CgMergeReview *cg_merge_review_new             (CgWorkshop    *workshop);  /* (transfer full) */
/* The same, for what cg_merge_review_settle asks of @into before a merge of @from_ideas: their
 * ideas here (and the ideas they are conflict copies of), and every conflict copy here. With a
 * few ideas arriving in a large workshop, that is a look at each idea, not a copy of each.
 * Returns: (transfer full). */
CgMergeReview *cg_merge_review_new_for         (CgWorkshop    *into,
                                                GListModel    *from_ideas);
void           cg_merge_review_free            (CgMergeReview *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgMergeReview, cg_merge_review_free)

/* Gives each idea of @into that came from, or was matched with, an idea of @from_ideas the flag
 * the two workshops agree on (@before: @into before the merge; @from: @from_ideas'), then flags
 * @conflict_ids (the versions of each new conflict). Each change is undoable. */
void           cg_merge_review_settle          (CgWorkshop          *into,
                                                const CgMergeReview *before,
                                                const CgMergeReview *from,
                                                GListModel          *from_ideas,
                                                const char * const  *conflict_ids);

/* Ideas removed at a person's request (cg-merge-erased.c) */

/* The ids erased in @a or @b (cg_workshop_dup_erased), with every idea of either carried, at any
 * remove, from one of them: a set of new strings. Returns: (transfer full). */
GHashTable    *cg_merge_erased_new             (CgWorkshop    *a,
                                                CgWorkshop    *b);
/* Removes from @workshop every idea in @erased, and records all of @erased as erased there. */
void           cg_merge_erased_apply           (CgWorkshop    *workshop,
                                                GHashTable    *erased);

G_END_DECLS
