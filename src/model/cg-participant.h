/* cg-participant.h: one person in the participation record
 *
 * The participation record is for the organiser, never the room: who came to which event (a
 * name or initials, as the person chose), whether they agreed to be quoted, and whether an
 * involvement payment or voucher was offered, accepted or declined. It is never on the board,
 * the presenter, a summary or the CSV; it is written only into a protected workshop
 * (cg_workshop_check_savable), and exported only on purpose (--export-participation).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-enums.h"
#include "cg-event.h"
#include "cg-object.h"

G_BEGIN_DECLS

#define CG_TYPE_PARTICIPANT (cg_participant_get_type ())
G_DECLARE_FINAL_TYPE (CgParticipant, cg_participant, CG, PARTICIPANT, CgObject)

CgParticipant *cg_participant_new          (const char *name);  /* (transfer full) */
/* A name or initials, as the person chose: one line. Returns: (transfer none). */
const char    *cg_participant_get_name     (CgParticipant *self);
void           cg_participant_set_name     (CgParticipant *self, const char *name);
CgConsent      cg_participant_get_consent  (CgParticipant *self);
void           cg_participant_set_consent  (CgParticipant *self, CgConsent consent);
CgPayment      cg_participant_get_payment  (CgParticipant *self);
void           cg_participant_set_payment  (CgParticipant *self, CgPayment payment);
/* Whether the person came to @event. The whole record is the "attendance" property, a tally
 * like a voice's (a{su}, event id -> 1). Each change is one undo step. */
gboolean       cg_participant_get_attended (CgParticipant *self, CgEvent *event);
void           cg_participant_set_attended (CgParticipant *self, CgEvent *event,
                                            gboolean attended);

G_END_DECLS
