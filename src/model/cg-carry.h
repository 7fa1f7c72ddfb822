/* cg-carry.h: carrying open ideas forward from one event of a series to the next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-workshop.h"

G_BEGIN_DECLS

/* Copies each open idea raised at @from to @to (same text, theme, voice, kind, private and
 * beyond-service flags; no votes; carried-from set to the original's id), unless @to already
 * holds a copy of it, as one undo step. Returns how many ideas were copied. */
guint cg_workshop_carry_forward (CgWorkshop *workshop,
                                 CgEvent    *from,
                                 CgEvent    *to);

/* Where an idea first came up and the votes it has had on the way, following carried-from
 * links back: "Raised at March workshop, 5 votes". */
char *cg_idea_describe_history (CgWorkshop *workshop,
                                CgIdea     *idea);

G_END_DECLS
