/* cg-laptop.c: this laptop, among the several that share a workshop: a stable id and the name
 * the facilitator gives it ("Table 2")
 *
 * Both live in the application's settings (GSettings, so per user of the laptop). The name is
 * what ideas record; the id stays the same when the name changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-idea.h"
#include "cg-laptop.h"

#define ID_KEY "laptop-id"
#define NAME_KEY "laptop-name"

struct _CgLaptop
{
  GObject    parent_instance;

  GSettings *settings;  /* or NULL */
  char      *id;        /* NULL until asked for */
  char      *name;
};

G_DEFINE_FINAL_TYPE (CgLaptop, cg_laptop, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Takes @name (normalised) as the name; TRUE when it changed. */
static gboolean
take_name (CgLaptop   *self,
           const char *name)
{
  g_autofree char *normal = cg_idea_normalize_laptop (name);

  if (g_strcmp0 (normal, self->name) == 0)
    return FALSE;
  g_free (self->name);
  self->name = g_steal_pointer (&normal);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  return TRUE;
}

static void
settings_changed_cb (CgLaptop   *self,
                     const char *key)
{
  g_autofree char *name = NULL;

  if (g_strcmp0 (key, NAME_KEY) != 0)
    return;
  name = g_settings_get_string (self->settings, NAME_KEY);
  take_name (self, name);
}

static void
cg_laptop_constructed (GObject *object)
{
  CgLaptop *self = CG_LAPTOP (object);

  G_OBJECT_CLASS (cg_laptop_parent_class)->constructed (object);

  if (self->settings == NULL)
    return;
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  settings_changed_cb (self, NAME_KEY);
}

static void
cg_laptop_dispose (GObject *object)
{
  CgLaptop *self = CG_LAPTOP (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cg_laptop_parent_class)->dispose (object);
}

static void
cg_laptop_finalize (GObject *object)
{
  CgLaptop *self = CG_LAPTOP (object);

  g_free (self->id);
  g_free (self->name);

  G_OBJECT_CLASS (cg_laptop_parent_class)->finalize (object);
}

static void
cg_laptop_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CgLaptop *self = CG_LAPTOP (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_ID:
      g_value_set_string (value, cg_laptop_get_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_laptop_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CgLaptop *self = CG_LAPTOP (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_NAME:
      cg_laptop_set_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_laptop_class_init (CgLaptopClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cg_laptop_constructed;
  object_class->dispose = cg_laptop_dispose;
  object_class->finalize = cg_laptop_finalize;
  object_class->get_property = cg_laptop_get_property;
  object_class->set_property = cg_laptop_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_laptop_init (CgLaptop *self)
{
}

CgLaptop *
cg_laptop_new (GSettings *settings)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (CG_TYPE_LAPTOP, "settings", settings, NULL);
}

const char *
cg_laptop_get_id (CgLaptop *self)
{
  g_return_val_if_fail (CG_IS_LAPTOP (self), NULL);

  if (self->id != NULL)
    return self->id;
  if (self->settings != NULL)
    self->id = g_settings_get_string (self->settings, ID_KEY);
  if (self->id == NULL || *self->id == '\0')
    {
      g_free (self->id);
      self->id = g_uuid_string_random ();
      if (self->settings != NULL)
        g_settings_set_string (self->settings, ID_KEY, self->id);
    }
  return self->id;
}

const char *
cg_laptop_get_name (CgLaptop *self)
{
  g_return_val_if_fail (CG_IS_LAPTOP (self), NULL);
  return self->name;
}

void
cg_laptop_set_name (CgLaptop   *self,
                    const char *name)
{
  g_return_if_fail (CG_IS_LAPTOP (self));

  if (!take_name (self, name))
    return;
  /* the id goes with the first name, so the laptop is one from then on */
  cg_laptop_get_id (self);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, NAME_KEY, self->name != NULL ? self->name : "");
}

char *
cg_laptop_dup_label (CgLaptop *self)
{
  g_return_val_if_fail (CG_IS_LAPTOP (self), NULL);

  /* Translators: what a laptop given no name is called */
  return g_strdup (self->name != NULL ? self->name : _("This laptop"));
}
