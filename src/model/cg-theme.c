/* cg-theme.c: a theme ideas are grouped under (a column on the board)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include "cg-object-private.h"
#include "cg-theme.h"

#define DEFAULT_COLOUR "#77767b"

enum {
  PROP_0,
  PROP_NAME,
  PROP_COLOUR,
  PROP_DESCRIPTION,
  PROP_FRAMEWORK,
  N_PROPS
};

struct _CgTheme
{
  CgObject parent_instance;

  char *strings[N_PROPS]; /* by property id */
};

G_DEFINE_FINAL_TYPE (CgTheme, cg_theme, CG_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
cg_theme_finalize (GObject *object)
{
  CgTheme *self = CG_THEME (object);

  for (guint i = 0; i < N_PROPS; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (cg_theme_parent_class)->finalize (object);
}

static void
cg_theme_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  g_value_set_string (value, CG_THEME (object)->strings[prop_id]);
}

static void
set_string (CgTheme    *self,
            guint       prop_id,
            const char *value)
{
  if (prop_id == PROP_COLOUR)
    cg_object_change_colour (CG_OBJECT (self), properties[prop_id], &self->strings[prop_id], value);
  else
    cg_object_change_text (CG_OBJECT (self), properties[prop_id], &self->strings[prop_id], value);
}

static void
cg_theme_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  set_string (CG_THEME (object), prop_id, g_value_get_string (value));
}

static void
cg_theme_class_init (CgThemeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_theme_finalize;
  object_class->get_property = cg_theme_get_property;
  object_class->set_property = cg_theme_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, DEFAULT_COLOUR, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_FRAMEWORK] = g_param_spec_string ("framework", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_theme_init (CgTheme *self)
{
  self->strings[PROP_COLOUR] = g_strdup (DEFAULT_COLOUR);
}

CgTheme *
cg_theme_new (const char *name,
              const char *colour)
{
  CgTheme *self = g_object_new (CG_TYPE_THEME, "name", name, NULL);

  if (colour != NULL)
    cg_theme_set_colour (self, colour);
  return self;
}

const char *
cg_theme_get_name (CgTheme *self)
{
  g_return_val_if_fail (CG_IS_THEME (self), NULL);
  return self->strings[PROP_NAME];
}

void
cg_theme_set_name (CgTheme    *self,
                   const char *name)
{
  g_return_if_fail (CG_IS_THEME (self));
  set_string (self, PROP_NAME, name);
}

const char *
cg_theme_get_colour (CgTheme *self)
{
  g_return_val_if_fail (CG_IS_THEME (self), NULL);
  return self->strings[PROP_COLOUR];
}

void
cg_theme_set_colour (CgTheme    *self,
                     const char *colour)
{
  g_return_if_fail (CG_IS_THEME (self));
  set_string (self, PROP_COLOUR, colour);
}

const char *
cg_theme_get_description (CgTheme *self)
{
  g_return_val_if_fail (CG_IS_THEME (self), NULL);
  return self->strings[PROP_DESCRIPTION];
}

void
cg_theme_set_description (CgTheme    *self,
                          const char *description)
{
  g_return_if_fail (CG_IS_THEME (self));
  set_string (self, PROP_DESCRIPTION, description);
}

const char *
cg_theme_get_framework (CgTheme *self)
{
  g_return_val_if_fail (CG_IS_THEME (self), NULL);
  return self->strings[PROP_FRAMEWORK];
}

void
cg_theme_set_framework (CgTheme    *self,
                        const char *framework)
{
  g_return_if_fail (CG_IS_THEME (self));
  set_string (self, PROP_FRAMEWORK, framework);
}
