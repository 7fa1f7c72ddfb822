/* cg-voice.c: a participant group (lived experience, carers, staff, community...)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include "cg-object-private.h"
#include "cg-tally.h"
#include "cg-voice.h"

#define DEFAULT_COLOUR "#3584e4"

enum {
  PROP_0,
  PROP_NAME,
  PROP_COLOUR,
  PROP_ATTENDANCE,
  N_PROPS
};

struct _CgVoice
{
  CgObject  parent_instance;

  char     *name;
  char     *colour;
  GVariant *attendance; /* a{su}, or NULL */
};

G_DEFINE_FINAL_TYPE (CgVoice, cg_voice, CG_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
cg_voice_finalize (GObject *object)
{
  CgVoice *self = CG_VOICE (object);

  g_free (self->name);
  g_free (self->colour);
  g_clear_pointer (&self->attendance, g_variant_unref);

  G_OBJECT_CLASS (cg_voice_parent_class)->finalize (object);
}

static void
cg_voice_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  CgVoice *self = CG_VOICE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_COLOUR:
      g_value_set_string (value, self->colour);
      break;

    case PROP_ATTENDANCE:
      g_value_set_variant (value, self->attendance);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_voice_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  CgVoice *self = CG_VOICE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      cg_object_change_text (CG_OBJECT (self), pspec, &self->name, g_value_get_string (value));
      break;

    case PROP_COLOUR:
      cg_object_change_colour (CG_OBJECT (self), pspec, &self->colour, g_value_get_string (value));
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
cg_voice_class_init (CgVoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_voice_finalize;
  object_class->get_property = cg_voice_get_property;
  object_class->set_property = cg_voice_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, DEFAULT_COLOUR, flags);
  properties[PROP_ATTENDANCE] =
    g_param_spec_variant ("attendance", NULL, NULL, CG_TALLY_TYPE, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_voice_init (CgVoice *self)
{
  self->colour = g_strdup (DEFAULT_COLOUR);
}

CgVoice *
cg_voice_new (const char *name,
              const char *colour)
{
  CgVoice *self = g_object_new (CG_TYPE_VOICE, "name", name, NULL);

  if (colour != NULL)
    cg_voice_set_colour (self, colour);
  return self;
}

const char *
cg_voice_get_name (CgVoice *self)
{
  g_return_val_if_fail (CG_IS_VOICE (self), NULL);
  return self->name;
}

void
cg_voice_set_name (CgVoice    *self,
                   const char *name)
{
  g_return_if_fail (CG_IS_VOICE (self));
  cg_object_change_text (CG_OBJECT (self), properties[PROP_NAME], &self->name, name);
}

const char *
cg_voice_get_colour (CgVoice *self)
{
  g_return_val_if_fail (CG_IS_VOICE (self), NULL);
  return self->colour;
}

void
cg_voice_set_colour (CgVoice    *self,
                     const char *colour)
{
  g_return_if_fail (CG_IS_VOICE (self));
  cg_object_change_colour (CG_OBJECT (self), properties[PROP_COLOUR], &self->colour, colour);
}

guint
cg_voice_get_attendance (CgVoice *self,
                         CgEvent *event)
{
  g_return_val_if_fail (CG_IS_VOICE (self), 0);
  g_return_val_if_fail (CG_IS_EVENT (event), 0);
  return cg_tally_get (self->attendance, cg_object_get_id (CG_OBJECT (event)));
}

void
cg_voice_set_attendance (CgVoice *self,
                         CgEvent *event,
                         guint    count)
{
  GVariant *tally;

  g_return_if_fail (CG_IS_VOICE (self));
  g_return_if_fail (CG_IS_EVENT (event));

  tally = cg_tally_set (self->attendance, cg_object_get_id (CG_OBJECT (event)), count);
  cg_object_change_variant (CG_OBJECT (self), properties[PROP_ATTENDANCE], &self->attendance,
                            tally);
}

guint
cg_voice_get_total_attendance (CgVoice *self)
{
  g_return_val_if_fail (CG_IS_VOICE (self), 0);
  return cg_tally_total (self->attendance);
}
