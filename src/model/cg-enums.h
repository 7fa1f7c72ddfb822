/* cg-enums.h: the enumerations of the workshop model (kinds of note, statuses)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The kind of a note. The file format stores the nick ("idea", "strength", ...). */
typedef enum
{
  CG_IDEA_KIND_IDEA,
  CG_IDEA_KIND_STRENGTH,
  CG_IDEA_KIND_DEVELOPMENT,
  CG_IDEA_KIND_STORY,
  CG_IDEA_KIND_QUESTION,
} CgIdeaKind;
#define CG_IDEA_KIND_LAST CG_IDEA_KIND_QUESTION

/* What became of an idea. "open" ideas are the ones a later event can carry forward. */
typedef enum
{
  CG_IDEA_STATUS_OPEN,
  CG_IDEA_STATUS_ACTIONED,
  CG_IDEA_STATUS_PARKED,
  CG_IDEA_STATUS_CLOSED,
} CgIdeaStatus;

/* The status of a row in the action plan ("you said, we did"). */
typedef enum
{
  CG_ACTION_STATUS_PROPOSED,
  CG_ACTION_STATUS_AGREED,
  CG_ACTION_STATUS_IN_PROGRESS,
  CG_ACTION_STATUS_DONE,
  CG_ACTION_STATUS_NOT_DOING,
} CgActionStatus;

/* In the participation record: whether a person agreed to be quoted. */
typedef enum
{
  CG_CONSENT_NOT_ASKED,
  CG_CONSENT_YES,
  CG_CONSENT_NO,
} CgConsent;
#define CG_CONSENT_LAST CG_CONSENT_NO

/* In the participation record: an involvement payment or voucher (people may decline: it can
 * affect benefits). */
typedef enum
{
  CG_PAYMENT_NONE,
  CG_PAYMENT_OFFERED,
  CG_PAYMENT_ACCEPTED,
  CG_PAYMENT_DECLINED,
} CgPayment;
#define CG_PAYMENT_LAST CG_PAYMENT_DECLINED

#define CG_TYPE_IDEA_KIND (cg_idea_kind_get_type ())
#define CG_TYPE_IDEA_STATUS (cg_idea_status_get_type ())
#define CG_TYPE_ACTION_STATUS (cg_action_status_get_type ())
#define CG_TYPE_CONSENT (cg_consent_get_type ())
#define CG_TYPE_PAYMENT (cg_payment_get_type ())

GType cg_idea_kind_get_type (void) G_GNUC_CONST;
GType cg_idea_status_get_type (void) G_GNUC_CONST;
GType cg_action_status_get_type (void) G_GNUC_CONST;
GType cg_consent_get_type (void) G_GNUC_CONST;
GType cg_payment_get_type (void) G_GNUC_CONST;

/* Nick <-> value, as written in files and CSV. from_nick returns FALSE for an unknown nick.
 * Returns: (transfer none) (nullable). */
const char *cg_enum_to_nick (GType enum_type, int value);
gboolean    cg_enum_from_nick (GType enum_type, const char *nick, int *value);

/* A translated, human label for a kind ("Area for development"). Returns: (transfer none). */
const char *cg_idea_kind_get_label (CgIdeaKind kind);
const char *cg_idea_status_get_label (CgIdeaStatus status);  /* (transfer none) */
const char *cg_action_status_get_label (CgActionStatus status);  /* (transfer none) */
const char *cg_consent_get_label (CgConsent consent);  /* (transfer none) */
const char *cg_payment_get_label (CgPayment payment);  /* (transfer none) */

G_END_DECLS
