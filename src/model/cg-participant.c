/* cg-participant.c: one person in the participation record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include "cg-object-private.h"
#include "cg-participant.h"
#include "cg-tally.h"

enum {
  PROP_0,
  PROP_NAME,
  PROP_CONSENT,
  PROP_PAYMENT,
  PROP_ATTENDANCE,
  N_PROPS
};

struct _CgParticipant
{
  CgObject  parent_instance;

  char     *name;
  int       consent;
  int       payment;
  GVariant *attendance; /* a{su}, or NULL */
};

G_DEFINE_FINAL_TYPE (CgParticipant, cg_participant, CG_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
cg_participant_finalize (GObject *object)
{
  CgParticipant *self = CG_PARTICIPANT (object);

  g_free (self->name);
  g_clear_pointer (&self->attendance, g_variant_unref);

  G_OBJECT_CLASS (cg_participant_parent_class)->finalize (object);
}

static void
cg_participant_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CgParticipant *self = CG_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_CONSENT: g_value_set_enum (value, self->consent); break;
    case PROP_PAYMENT: g_value_set_enum (value, self->payment); break;
    case PROP_ATTENDANCE: g_value_set_variant (value, self->attendance); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_participant_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CgParticipant *self = CG_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      cg_participant_set_name (self, g_value_get_string (value));
      break;
    case PROP_CONSENT:
      cg_participant_set_consent (self, g_value_get_enum (value));
      break;
    case PROP_PAYMENT:
      cg_participant_set_payment (self, g_value_get_enum (value));
      break;
    case PROP_ATTENDANCE:
      cg_object_change_variant (CG_OBJECT (self), pspec, &self->attendance,
                                g_value_get_variant (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_participant_class_init (CgParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_participant_finalize;
  object_class->get_property = cg_participant_get_property;
  object_class->set_property = cg_participant_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_CONSENT] = g_param_spec_enum ("consent", NULL, NULL, CG_TYPE_CONSENT,
                                                CG_CONSENT_NOT_ASKED, flags);
  properties[PROP_PAYMENT] = g_param_spec_enum ("payment", NULL, NULL, CG_TYPE_PAYMENT,
                                                CG_PAYMENT_NONE, flags);
  properties[PROP_ATTENDANCE] =
    g_param_spec_variant ("attendance", NULL, NULL, CG_TALLY_TYPE, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_participant_init (CgParticipant *self)
{
  self->name = g_strdup ("");
}

CgParticipant *
cg_participant_new (const char *name)
{
  return g_object_new (CG_TYPE_PARTICIPANT, "name", name != NULL ? name : "", NULL);
}

const char *
cg_participant_get_name (CgParticipant *self)
{
  g_return_val_if_fail (CG_IS_PARTICIPANT (self), NULL);
  return self->name;
}

void
cg_participant_set_name (CgParticipant *self,
                         const char    *name)
{
  g_autofree char *line = NULL;

  g_return_if_fail (CG_IS_PARTICIPANT (self));
  /* (one line: a name or initials) */
  line = g_strdelimit (g_strdup (name != NULL ? name : ""), "\r\n\t", ' ');
  cg_object_change_text (CG_OBJECT (self), properties[PROP_NAME], &self->name, line);
}

CgConsent
cg_participant_get_consent (CgParticipant *self)
{
  g_return_val_if_fail (CG_IS_PARTICIPANT (self), CG_CONSENT_NOT_ASKED);
  return self->consent;
}

void
cg_participant_set_consent (CgParticipant *self,
                            CgConsent      consent)
{
  g_return_if_fail (CG_IS_PARTICIPANT (self));
  g_return_if_fail (consent <= CG_CONSENT_LAST);
  cg_object_change_int (CG_OBJECT (self), properties[PROP_CONSENT], &self->consent, consent);
}

CgPayment
cg_participant_get_payment (CgParticipant *self)
{
  g_return_val_if_fail (CG_IS_PARTICIPANT (self), CG_PAYMENT_NONE);
  return self->payment;
}

void
cg_participant_set_payment (CgParticipant *self,
                            CgPayment      payment)
{
  g_return_if_fail (CG_IS_PARTICIPANT (self));
  g_return_if_fail (payment <= CG_PAYMENT_LAST);
  cg_object_change_int (CG_OBJECT (self), properties[PROP_PAYMENT], &self->payment, payment);
}

gboolean
cg_participant_get_attended (CgParticipant *self,
                             CgEvent       *event)
{
  g_return_val_if_fail (CG_IS_PARTICIPANT (self), FALSE);
  g_return_val_if_fail (CG_IS_EVENT (event), FALSE);
  return cg_tally_get (self->attendance, cg_object_get_id (CG_OBJECT (event))) > 0;
}

void
cg_participant_set_attended (CgParticipant *self,
                             CgEvent       *event,
                             gboolean       attended)
{
  GVariant *tally;

  g_return_if_fail (CG_IS_PARTICIPANT (self));
  g_return_if_fail (CG_IS_EVENT (event));

  tally = cg_tally_set (self->attendance, cg_object_get_id (CG_OBJECT (event)), attended ? 1 : 0);
  cg_object_change_variant (CG_OBJECT (self), properties[PROP_ATTENDANCE], &self->attendance,
                            tally);
}
