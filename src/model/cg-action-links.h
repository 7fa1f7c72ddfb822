/* cg-action-links.h: how the action plan's rows link to the ideas that prompted them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-workshop.h"

G_BEGIN_DECLS

/* The actions (new references, in plan order) that link @idea. Empty when none.
 * Returns: (transfer full). */
GPtrArray *cg_workshop_dup_idea_actions     (CgWorkshop      *workshop,
                                             CgIdea          *idea);

/* Adds a new action linked to @ideas (all in @workshop; @n_ideas may be 0), as one undo step
 * "New action". When the ideas all share a theme the action takes it and its name as the area;
 * otherwise no theme and an empty area. The action text is empty and the status proposed. Each
 * open idea becomes actioned. Returns the action, borrowed: the workshop holds it.
 * Returns: (transfer none). */
CgAction  *cg_workshop_add_action_for_ideas (CgWorkshop      *workshop,
                                             CgIdea * const  *ideas,
                                             guint            n_ideas);

/* "2 ideas", "No ideas linked": the linked ideas still in @workshop, for a table cell.
 * Returns: (transfer full). */
char      *cg_action_describe_ideas         (CgWorkshop      *workshop,
                                             CgAction        *action);

/* TRUE while the action is still to do: proposed, agreed or in progress. */
gboolean   cg_action_is_unfinished          (CgAction        *action);

G_END_DECLS
