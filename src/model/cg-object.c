/* cg-object.c: base class of every workshop object: a stable id and undoable properties
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <string.h>

#include "cg-history-private.h"
#include "cg-object-private.h"
#include "cg-text.h"

typedef struct
{
  char      *id;
  CgHistory *history; /* unowned: the workshop clears it before the history goes */
} CgObjectPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CgObject, cg_object, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cg_object_finalize (GObject *object)
{
  CgObjectPrivate *priv = cg_object_get_instance_private (CG_OBJECT (object));

  g_free (priv->id);

  G_OBJECT_CLASS (cg_object_parent_class)->finalize (object);
}

static void
cg_object_constructed (GObject *object)
{
  CgObjectPrivate *priv = cg_object_get_instance_private (CG_OBJECT (object));

  G_OBJECT_CLASS (cg_object_parent_class)->constructed (object);

  if (priv->id == NULL)
    priv->id = g_uuid_string_random ();
}

static void
cg_object_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CgObjectPrivate *priv = cg_object_get_instance_private (CG_OBJECT (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_object_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CgObjectPrivate *priv = cg_object_get_instance_private (CG_OBJECT (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_free (priv->id);
      priv->id = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_object_class_init (CgObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cg_object_finalize;
  object_class->constructed = cg_object_constructed;
  object_class->get_property = cg_object_get_property;
  object_class->set_property = cg_object_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_object_init (CgObject *self)
{
}

const char *
cg_object_get_id (CgObject *self)
{
  CgObjectPrivate *priv = cg_object_get_instance_private (self);

  g_return_val_if_fail (CG_IS_OBJECT (self), NULL);

  return priv->id;
}

CgHistory *
cg_object_get_history (CgObject *self)
{
  CgObjectPrivate *priv = cg_object_get_instance_private (self);

  return priv->history;
}

void
cg_object_set_history (CgObject  *self,
                       CgHistory *history)
{
  CgObjectPrivate *priv = cg_object_get_instance_private (self);

  priv->history = history;
}

/* The recording history, or NULL when the change is not to be recorded. */
static CgHistory *
recording_history (CgObject *self)
{
  CgObjectPrivate *priv = cg_object_get_instance_private (self);

  if (priv->history == NULL || cg_history_is_applying (priv->history))
    return NULL;
  return priv->history;
}

/* Records a change whose old and new values the caller filled into @old_value and @new_value,
 * then notifies. Unsets both values. */
static void
finish_change (CgObject   *self,
               GParamSpec *pspec,
               GValue     *old_value,
               GValue     *new_value)
{
  CgHistory *history = recording_history (self);

  if (history != NULL && G_IS_VALUE (old_value))
    cg_history_record_property (history, G_OBJECT (self), pspec, old_value, new_value);
  if (G_IS_VALUE (old_value))
    g_value_unset (old_value);
  if (G_IS_VALUE (new_value))
    g_value_unset (new_value);

  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/* Fills @old_value and @new_value from the current field when the change will be recorded. */
#define PREPARE_VALUES(self, pspec, setter, old, new)        \
  G_STMT_START {                                             \
    if (recording_history (self) != NULL)                    \
      {                                                      \
        g_value_init (&old_value, (pspec)->value_type);      \
        g_value_init (&new_value, (pspec)->value_type);      \
        setter (&old_value, (old));                          \
        setter (&new_value, (new));                          \
      }                                                      \
  } G_STMT_END

gboolean
cg_object_change_string (CgObject    *self,
                         GParamSpec  *pspec,
                         char       **field,
                         const char  *value)
{
  GValue old_value = G_VALUE_INIT, new_value = G_VALUE_INIT;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  PREPARE_VALUES (self, pspec, g_value_set_string, *field, value);
  g_free (*field);
  *field = g_strdup (value);
  finish_change (self, pspec, &old_value, &new_value);
  return TRUE;
}

gboolean
cg_object_change_text (CgObject    *self,
                       GParamSpec  *pspec,
                       char       **field,
                       const char  *value)
{
  g_autofree char *normal = cg_text_normalize (value, CG_TEXT_MAX_CHARS);

  return cg_object_change_string (self, pspec, field, normal);
}

gboolean
cg_object_change_colour (CgObject    *self,
                         GParamSpec  *pspec,
                         char       **field,
                         const char  *value)
{
  g_autofree char *normal = cg_text_normalize_colour (value);

  if (normal == NULL)
    {
      g_warning ("“%s” is not a colour of the form #rrggbb", value ? value : "(null)");
      return FALSE;
    }
  return cg_object_change_string (self, pspec, field, normal);
}

gboolean
cg_object_change_object (CgObject   *self,
                         GParamSpec *pspec,
                         gpointer   *field,
                         gpointer    value)
{
  GValue old_value = G_VALUE_INIT, new_value = G_VALUE_INIT;

  if (*field == value)
    return FALSE;

  PREPARE_VALUES (self, pspec, g_value_set_object, *field, value);
  g_set_object ((GObject **) field, value);
  finish_change (self, pspec, &old_value, &new_value);
  return TRUE;
}

static void
set_int_value (GValue *gvalue,
               int     value)
{
  if (G_VALUE_HOLDS_BOOLEAN (gvalue))
    g_value_set_boolean (gvalue, value);
  else if (G_VALUE_HOLDS_ENUM (gvalue))
    g_value_set_enum (gvalue, value);
  else
    g_value_set_int (gvalue, value);
}

gboolean
cg_object_change_int (CgObject   *self,
                      GParamSpec *pspec,
                      int        *field,
                      int         value)
{
  GValue old_value = G_VALUE_INIT, new_value = G_VALUE_INIT;

  if (*field == value)
    return FALSE;

  PREPARE_VALUES (self, pspec, set_int_value, *field, value);
  *field = value;
  finish_change (self, pspec, &old_value, &new_value);
  return TRUE;
}

gboolean
cg_object_change_variant (CgObject   *self,
                          GParamSpec *pspec,
                          GVariant  **field,
                          GVariant   *value)
{
  GValue old_value = G_VALUE_INIT, new_value = G_VALUE_INIT;
  g_autoptr(GVariant) sunk = value != NULL ? g_variant_ref_sink (value) : NULL;

  if (*field == sunk || (*field != NULL && sunk != NULL && g_variant_equal (*field, sunk)))
    return FALSE;

  PREPARE_VALUES (self, pspec, g_value_set_variant, *field, sunk);
  g_clear_pointer (field, g_variant_unref);
  *field = g_steal_pointer (&sunk);
  finish_change (self, pspec, &old_value, &new_value);
  return TRUE;
}

gboolean
cg_object_change_datetime (CgObject   *self,
                           GParamSpec *pspec,
                           GDateTime **field,
                           GDateTime  *value)
{
  GValue old_value = G_VALUE_INIT, new_value = G_VALUE_INIT;

  if (*field == value || (*field != NULL && value != NULL && g_date_time_equal (*field, value)))
    return FALSE;

  PREPARE_VALUES (self, pspec, g_value_set_boxed, *field, value);
  g_clear_pointer (field, g_date_time_unref);
  *field = value != NULL ? g_date_time_ref (value) : NULL;
  finish_change (self, pspec, &old_value, &new_value);
  return TRUE;
}

gboolean
cg_object_change_strv (CgObject           *self,
                       GParamSpec         *pspec,
                       char             ***field,
                       const char * const *value)
{
  GValue old_value = G_VALUE_INIT, new_value = G_VALUE_INIT;
  const char * const empty[] = { NULL };

  if (value == NULL)
    value = empty;
  if (*field != NULL && g_strv_equal ((const char * const *) *field, value))
    return FALSE;

  PREPARE_VALUES (self, pspec, g_value_set_boxed, *field, value);
  g_strfreev (*field);
  *field = g_strdupv ((char **) value);
  finish_change (self, pspec, &old_value, &new_value);
  return TRUE;
}
