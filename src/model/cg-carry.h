/* cg-carry.h: carrying open ideas forward from one event of a series to the next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-workshop.h"

G_BEGIN_DECLS

/* What cg_workshop_carry_forward would copy from @from to @to now: open ideas, and ideas that
 * led to an unfinished action (proposed, agreed or in progress) and so are still being worked on;
 * @n_actions counts those unfinished actions. Either pointer may be NULL. */
void  cg_workshop_count_carry_forward (CgWorkshop *workshop,
                                       CgEvent    *from,
                                       CgEvent    *to,
                                       guint      *n_open,
                                       guint      *n_with_actions,
                                       guint      *n_actions);

/* Copies each idea raised at @from that is open, or that led to an unfinished action, to @to
 * (same text, theme, voice, kind, status, private and beyond-service flags; no votes;
 * carried-from set to the original's id; linked to the same unfinished actions, so the action
 * plan follows the idea), unless @to already holds a copy of it, as one undo step. Returns how
 * many ideas were copied. */
guint cg_workshop_carry_forward (CgWorkshop *workshop,
                                 CgEvent    *from,
                                 CgEvent    *to);

/* TRUE when @idea was carried forward from an idea (still in @workshop) at another event. A
 * merge's conflict copy also names its other version as carried-from, at the same event: that is
 * not a carry. */
gboolean cg_idea_is_carried (CgWorkshop *workshop,
                             CgIdea     *idea);

/* Where an idea first came up and the votes it has had on the way, following carried-from
 * links back: "Raised at March workshop, 5 votes". Returns: (transfer full). */
char *cg_idea_describe_history (CgWorkshop *workshop,
                                CgIdea     *idea);

G_END_DECLS
