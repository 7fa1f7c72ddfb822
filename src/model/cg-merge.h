/* cg-merge.h: merging a workshop captured on another laptop into this one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-workshop.h"

G_BEGIN_DECLS

typedef enum
{
  CG_MERGE_EVENTS,
  CG_MERGE_VOICES,
  CG_MERGE_THEMES,
  CG_MERGE_IDEAS,
  CG_MERGE_ACTIONS,
} CgMergeKind;
#define CG_MERGE_N_KINDS (CG_MERGE_ACTIONS + 1)

typedef struct _CgMergeReport CgMergeReport;

void        cg_merge_report_free (CgMergeReport *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgMergeReport, cg_merge_report_free)

/* Objects of @kind copied in, and found already there (by id, or by name for events, voices
 * and themes). */
guint       cg_merge_report_get_n_added   (const CgMergeReport *self,
                                           CgMergeKind          kind);
guint       cg_merge_report_get_n_matched (const CgMergeReport *self,
                                           CgMergeKind          kind);
/* Ideas that differed between the two workshops and are now kept both ways: new conflicts
 * only (a pair of versions either workshop already held counts as matched). */
guint       cg_merge_report_get_n_conflicts (const CgMergeReport *self);
/* Ids of the ideas the merge flagged as needing review: for each new conflict, the idea kept
 * under the original id and its conflict copy. NULL-terminated, owned by the report. */
const char * const *cg_merge_report_get_conflict_ids (const CgMergeReport *self);
/* One translated paragraph: "Added 12 ideas, 1 theme; matched 3 voices; 2 ideas conflicted and
 * were kept both ways." Returns: (transfer full). */
char       *cg_merge_report_describe (const CgMergeReport *self);

/* Merges @from into @into as one undo step ("Merge workshop"); @from is not changed.
 *
 * Objects are matched by id; events, themes and voices with no match by id are matched by
 * title or name (trimmed, ignoring case), and what refers to them is pointed at the one in
 * @into. Anything unmatched is copied with its id. Votes and attendance take the larger count
 * per event, so merging again changes nothing. An idea whose content differs (text, event,
 * theme, voice, kind, status, private, beyond the service, carried-from) is a conflict: the
 * version whose content sorts first keeps the id, the other is added with the id derived from
 * "id|text" and carried-from set to the id, and both are flagged as needing review
 * (cg_idea_set_needs_review). That flag is not content: a flag from either workshop is kept (so
 * a conflict met on another laptop stays flagged), except that where the other workshop holds
 * the idea unflagged and every conflict copy behind the flag, it was reviewed there and stays
 * cleared. The rule does not depend on which workshop is @into, so merging either way round
 * gives the same ideas and flags, and merging the same file again changes nothing.
 *
 * Removals for data protection hold: an idea erased in either workshop (cg_workshop_dup_erased),
 * or carried from one, is not in the result, and the result lists every erased id of both; an
 * idea whose words were removed in one workshop keeps that version whole (cg-merge-erased.c).
 * Returns: (transfer full). */
CgMergeReport *cg_workshop_merge (CgWorkshop *into,
                                  CgWorkshop *from);

/* Whether @idea, in the workshop merged into, is still as it was in the version of the file
 * both laptops last had in common (see cg_workshop_merge_edits ()). */
typedef gboolean (*CgMergeUnchangedFunc) (CgIdea   *idea,
                                          gpointer  data);

/* cg_workshop_merge () for @from holding another laptop's edits made after a version this
 * workshop also had: the synced file itself, replaced by the other laptop's save, never a
 * conflict copy (which holds a version that lost to another, so neither side is the later).
 * An idea whose content differs, and which @unchanged says was not changed here since that
 * version, was edited there only: it takes @from's version, with no conflict copy and no flag.
 * Ideas changed on both sides are conflicts as in cg_workshop_merge (). Not symmetric: which
 * workshop is @into matters. Returns: (transfer full). */
CgMergeReport *cg_workshop_merge_edits (CgWorkshop           *into,
                                        CgWorkshop           *from,
                                        CgMergeUnchangedFunc  unchanged,
                                        gpointer              data);

G_END_DECLS
