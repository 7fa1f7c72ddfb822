/* cg-enums.c: the enumerations of the workshop model (kinds of note, statuses)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-enums.h"

/* The nicks are the file format's words: never change them. */
static const GEnumValue idea_kind_values[] = {
  { CG_IDEA_KIND_IDEA, "CG_IDEA_KIND_IDEA", "idea" },
  { CG_IDEA_KIND_STRENGTH, "CG_IDEA_KIND_STRENGTH", "strength" },
  { CG_IDEA_KIND_DEVELOPMENT, "CG_IDEA_KIND_DEVELOPMENT", "development" },
  { CG_IDEA_KIND_STORY, "CG_IDEA_KIND_STORY", "story" },
  { CG_IDEA_KIND_QUESTION, "CG_IDEA_KIND_QUESTION", "question" },
  { 0, NULL, NULL }
};

static const GEnumValue idea_status_values[] = {
  { CG_IDEA_STATUS_OPEN, "CG_IDEA_STATUS_OPEN", "open" },
  { CG_IDEA_STATUS_ACTIONED, "CG_IDEA_STATUS_ACTIONED", "actioned" },
  { CG_IDEA_STATUS_PARKED, "CG_IDEA_STATUS_PARKED", "parked" },
  { CG_IDEA_STATUS_CLOSED, "CG_IDEA_STATUS_CLOSED", "closed" },
  { 0, NULL, NULL }
};

static const GEnumValue action_status_values[] = {
  { CG_ACTION_STATUS_PROPOSED, "CG_ACTION_STATUS_PROPOSED", "proposed" },
  { CG_ACTION_STATUS_AGREED, "CG_ACTION_STATUS_AGREED", "agreed" },
  { CG_ACTION_STATUS_IN_PROGRESS, "CG_ACTION_STATUS_IN_PROGRESS", "in-progress" },
  { CG_ACTION_STATUS_DONE, "CG_ACTION_STATUS_DONE", "done" },
  { CG_ACTION_STATUS_NOT_DOING, "CG_ACTION_STATUS_NOT_DOING", "not-doing" },
  { 0, NULL, NULL }
};

static const GEnumValue consent_values[] = {
  { CG_CONSENT_NOT_ASKED, "CG_CONSENT_NOT_ASKED", "not-asked" },
  { CG_CONSENT_YES, "CG_CONSENT_YES", "yes" },
  { CG_CONSENT_NO, "CG_CONSENT_NO", "no" },
  { 0, NULL, NULL }
};

static const GEnumValue payment_values[] = {
  { CG_PAYMENT_NONE, "CG_PAYMENT_NONE", "none" },
  { CG_PAYMENT_OFFERED, "CG_PAYMENT_OFFERED", "offered" },
  { CG_PAYMENT_ACCEPTED, "CG_PAYMENT_ACCEPTED", "accepted" },
  { CG_PAYMENT_DECLINED, "CG_PAYMENT_DECLINED", "declined" },
  { 0, NULL, NULL }
};

static GType
register_enum (const char       *name,
               const GEnumValue *values,
               gsize            *once)
{
  if (g_once_init_enter (once))
    g_once_init_leave (once, g_enum_register_static (g_intern_static_string (name), values));
  return *once;
}

GType
cg_idea_kind_get_type (void)
{
  static gsize type;

  return register_enum ("CgIdeaKind", idea_kind_values, &type);
}

GType
cg_idea_status_get_type (void)
{
  static gsize type;

  return register_enum ("CgIdeaStatus", idea_status_values, &type);
}

GType
cg_action_status_get_type (void)
{
  static gsize type;

  return register_enum ("CgActionStatus", action_status_values, &type);
}

GType
cg_consent_get_type (void)
{
  static gsize type;

  return register_enum ("CgConsent", consent_values, &type);
}

GType
cg_payment_get_type (void)
{
  static gsize type;

  return register_enum ("CgPayment", payment_values, &type);
}

const char *
cg_consent_get_label (CgConsent consent)
{
  switch (consent)
    {
    case CG_CONSENT_NOT_ASKED: return _("Not asked");
    case CG_CONSENT_YES: return _("May be quoted");
    case CG_CONSENT_NO: return _("Not to be quoted");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cg_payment_get_label (CgPayment payment)
{
  switch (payment)
    {
    case CG_PAYMENT_NONE: return _("No payment");
    case CG_PAYMENT_OFFERED: return _("Offered");
    case CG_PAYMENT_ACCEPTED: return _("Accepted");
    case CG_PAYMENT_DECLINED: return _("Declined");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cg_enum_to_nick (GType enum_type,
                 int   value)
{
  GEnumClass *klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  g_type_class_unref (klass);
  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
cg_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  GEnumClass *klass;
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  g_type_class_unref (klass);
  if (ev == NULL)
    return FALSE;
  if (value != NULL)
    *value = ev->value;
  return TRUE;
}

const char *
cg_idea_kind_get_label (CgIdeaKind kind)
{
  switch (kind)
    {
    case CG_IDEA_KIND_IDEA: return _("Idea");
    case CG_IDEA_KIND_STRENGTH: return _("Strength");
    case CG_IDEA_KIND_DEVELOPMENT: return _("Area for development");
    case CG_IDEA_KIND_STORY: return _("Story or quote");
    case CG_IDEA_KIND_QUESTION: return _("Question");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cg_idea_status_get_label (CgIdeaStatus status)
{
  switch (status)
    {
    case CG_IDEA_STATUS_OPEN: return _("Open");
    case CG_IDEA_STATUS_ACTIONED: return _("Led to an action");
    case CG_IDEA_STATUS_PARKED: return _("Parked");
    case CG_IDEA_STATUS_CLOSED: return _("Closed");
    default: g_return_val_if_reached (NULL);
    }
}

const char *
cg_action_status_get_label (CgActionStatus status)
{
  switch (status)
    {
    case CG_ACTION_STATUS_PROPOSED: return _("Proposed");
    case CG_ACTION_STATUS_AGREED: return _("Agreed");
    case CG_ACTION_STATUS_IN_PROGRESS: return _("In progress");
    case CG_ACTION_STATUS_DONE: return _("Done");
    case CG_ACTION_STATUS_NOT_DOING: return _("Not doing");
    default: g_return_val_if_reached (NULL);
    }
}
