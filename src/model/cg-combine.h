/* cg-combine.h: combining duplicate ideas into one card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-workshop.h"

G_BEGIN_DECLS

/* Combines two or more ideas of @workshop into the first, as one undo step ("Combine ideas"):
 * its votes at each event become the sum over all of them; the others' texts are appended to
 * its text, a blank line apart, skipping any already there; actions and carried-forward ideas
 * that pointed at the others point at it, and when it was carried from nothing it is carried
 * from where the first carried one of the others came from (so the series still sees one idea,
 * cg-series.h); it is private, or beyond the service, or needs review, when any of them was or
 * did; then the others are removed. Returns the kept idea, or NULL (and changes nothing) when
 * the combined text would not fit in CG_IDEA_MAX_TEXT characters.
 * Returns: (transfer none) (nullable). */
CgIdea *cg_workshop_combine_ideas (CgWorkshop     *workshop,
                                   CgIdea * const *ideas,
                                   guint           n_ideas);

G_END_DECLS
