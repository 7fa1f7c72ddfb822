/* cg-withdraw.h: taking out a person's words when they withdraw
 *
 * Someone who took part may later ask for what they said to be taken out. Their ideas are
 * found by the voice they were captured under and the event (the facilitator then picks the
 * person's own among them), and are removed, or kept without the voice ("anonymised"), with
 * every copy carried forward from them, in one undoable step. The workshop's log says what was
 * done, never the words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-workshop.h"

G_BEGIN_DECLS

typedef enum
{
  CG_WITHDRAW_REMOVE,     /* the ideas go, with their votes and their place in actions */
  CG_WITHDRAW_ANONYMISE,  /* the words stay, with no voice: nobody can be told from them */
} CgWithdrawal;

/* The ideas captured under @voice (NULL: with no voice) at @event (NULL: at any event), not
 * counting carried copies (they go with the idea they were carried from), in the workshop's
 * order. Free with g_ptr_array_unref(); the ideas are borrowed from the workshop.
 * Returns: (transfer full). */
GPtrArray *cg_withdraw_find_ideas (CgWorkshop *workshop,
                                   CgVoice    *voice,
                                   CgEvent    *event);

/* Removes or anonymises each of @ideas and every copy carried forward from them, as one undo
 * step (removed ideas' ids are kept as erased, cg_workshop_dup_erased(), so that no merge
 * brings them back) with an entry in the log dated @today (NULL: now) that says how many, from which voices
 * and events. Returns how many ideas were changed, copies included (0: nothing was done). */
guint      cg_withdraw_ideas      (CgWorkshop   *workshop,
                                   GPtrArray    *ideas,
                                   CgWithdrawal  how,
                                   GDateTime    *today);

G_END_DECLS
