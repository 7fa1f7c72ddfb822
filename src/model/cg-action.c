/* cg-action.c: one row of the action plan ("you said, we did")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include "cg-action.h"
#include "cg-object-private.h"

enum {
  PROP_0,
  PROP_AREA,
  PROP_ACTION,
  PROP_POSITION,
  PROP_NEXT_STEPS,
  PROP_REASON,
  PROP_STATUS,
  PROP_THEME,
  PROP_IDEA_IDS,
  N_PROPS
};
#define N_STRING_PROPS (PROP_REASON + 1)

struct _CgAction
{
  CgObject  parent_instance;

  char     *strings[N_STRING_PROPS]; /* by property id */
  int       status;
  CgTheme  *theme;
  char    **idea_ids;
};

G_DEFINE_FINAL_TYPE (CgAction, cg_action, CG_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
cg_action_dispose (GObject *object)
{
  g_clear_object (&CG_ACTION (object)->theme);

  G_OBJECT_CLASS (cg_action_parent_class)->dispose (object);
}

static void
cg_action_finalize (GObject *object)
{
  CgAction *self = CG_ACTION (object);

  for (guint i = 0; i < N_STRING_PROPS; i++)
    g_free (self->strings[i]);
  g_strfreev (self->idea_ids);

  G_OBJECT_CLASS (cg_action_parent_class)->finalize (object);
}

static void
cg_action_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CgAction *self = CG_ACTION (object);

  switch (prop_id)
    {
    case PROP_AREA:
    case PROP_ACTION:
    case PROP_POSITION:
    case PROP_NEXT_STEPS:
    case PROP_REASON:
      g_value_set_string (value, self->strings[prop_id]);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_THEME:
      g_value_set_object (value, self->theme);
      break;

    case PROP_IDEA_IDS:
      g_value_set_boxed (value, self->idea_ids);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_string (CgAction   *self,
            guint       prop_id,
            const char *value)
{
  cg_object_change_text (CG_OBJECT (self), properties[prop_id], &self->strings[prop_id], value);
}

static void
cg_action_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CgAction *self = CG_ACTION (object);

  switch (prop_id)
    {
    case PROP_AREA:
    case PROP_ACTION:
    case PROP_POSITION:
    case PROP_NEXT_STEPS:
    case PROP_REASON:
      set_string (self, prop_id, g_value_get_string (value));
      break;

    case PROP_STATUS:
      cg_action_set_status (self, g_value_get_enum (value));
      break;

    case PROP_THEME:
      cg_action_set_theme (self, g_value_get_object (value));
      break;

    case PROP_IDEA_IDS:
      cg_action_set_idea_ids (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_action_class_init (CgActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = cg_action_dispose;
  object_class->finalize = cg_action_finalize;
  object_class->get_property = cg_action_get_property;
  object_class->set_property = cg_action_set_property;

  properties[PROP_AREA] = g_param_spec_string ("area", NULL, NULL, NULL, flags);
  properties[PROP_ACTION] = g_param_spec_string ("action", NULL, NULL, NULL, flags);
  properties[PROP_POSITION] = g_param_spec_string ("position", NULL, NULL, NULL, flags);
  properties[PROP_NEXT_STEPS] = g_param_spec_string ("next-steps", NULL, NULL, NULL, flags);
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, CG_TYPE_ACTION_STATUS,
                                               CG_ACTION_STATUS_PROPOSED, flags);
  properties[PROP_THEME] = g_param_spec_object ("theme", NULL, NULL, CG_TYPE_THEME, flags);
  properties[PROP_IDEA_IDS] = g_param_spec_boxed ("idea-ids", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_action_init (CgAction *self)
{
  self->idea_ids = g_new0 (char *, 1);
}

CgAction *
cg_action_new (const char *area,
               const char *action)
{
  return g_object_new (CG_TYPE_ACTION, "area", area, "action", action, NULL);
}

#define STRING_ACCESSORS(field, PROP)                                  \
  const char *                                                         \
  cg_action_get_##field (CgAction *self)                               \
  {                                                                    \
    g_return_val_if_fail (CG_IS_ACTION (self), NULL);                  \
    return self->strings[PROP];                                        \
  }                                                                    \
                                                                       \
  void                                                                 \
  cg_action_set_##field (CgAction *self, const char *value)            \
  {                                                                    \
    g_return_if_fail (CG_IS_ACTION (self));                            \
    set_string (self, PROP, value);                                    \
  }

STRING_ACCESSORS (area, PROP_AREA)
STRING_ACCESSORS (action, PROP_ACTION)
STRING_ACCESSORS (position, PROP_POSITION)
STRING_ACCESSORS (next_steps, PROP_NEXT_STEPS)
STRING_ACCESSORS (reason, PROP_REASON)

CgActionStatus
cg_action_get_status (CgAction *self)
{
  g_return_val_if_fail (CG_IS_ACTION (self), CG_ACTION_STATUS_PROPOSED);
  return self->status;
}

void
cg_action_set_status (CgAction       *self,
                      CgActionStatus  status)
{
  g_return_if_fail (CG_IS_ACTION (self));
  g_return_if_fail (status <= CG_ACTION_STATUS_NOT_DOING);
  cg_object_change_int (CG_OBJECT (self), properties[PROP_STATUS], &self->status, status);
}

CgTheme *
cg_action_get_theme (CgAction *self)
{
  g_return_val_if_fail (CG_IS_ACTION (self), NULL);
  return self->theme;
}

void
cg_action_set_theme (CgAction *self,
                     CgTheme  *theme)
{
  g_return_if_fail (CG_IS_ACTION (self));
  g_return_if_fail (theme == NULL || CG_IS_THEME (theme));
  cg_object_change_object (CG_OBJECT (self), properties[PROP_THEME], (gpointer *) &self->theme,
                           theme);
}

const char * const *
cg_action_get_idea_ids (CgAction *self)
{
  g_return_val_if_fail (CG_IS_ACTION (self), NULL);
  return (const char * const *) self->idea_ids;
}

void
cg_action_set_idea_ids (CgAction           *self,
                        const char * const *idea_ids)
{
  g_return_if_fail (CG_IS_ACTION (self));
  cg_object_change_strv (CG_OBJECT (self), properties[PROP_IDEA_IDS], &self->idea_ids, idea_ids);
}

gboolean
cg_action_links_idea (CgAction   *self,
                      const char *idea_id)
{
  g_return_val_if_fail (CG_IS_ACTION (self), FALSE);
  return idea_id != NULL && g_strv_contains ((const char * const *) self->idea_ids, idea_id);
}

void
cg_action_link_idea (CgAction   *self,
                     const char *idea_id)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) ids = NULL;

  g_return_if_fail (CG_IS_ACTION (self));
  g_return_if_fail (idea_id != NULL);

  if (cg_action_links_idea (self, idea_id))
    return;

  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) self->idea_ids);
  g_strv_builder_add (builder, idea_id);
  ids = g_strv_builder_end (builder);
  cg_action_set_idea_ids (self, (const char * const *) ids);
}

void
cg_action_unlink_idea (CgAction   *self,
                       const char *idea_id)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) ids = NULL;

  g_return_if_fail (CG_IS_ACTION (self));

  if (!cg_action_links_idea (self, idea_id))
    return;

  builder = g_strv_builder_new ();
  for (guint i = 0; self->idea_ids[i] != NULL; i++)
    if (g_strcmp0 (self->idea_ids[i], idea_id) != 0)
      g_strv_builder_add (builder, self->idea_ids[i]);
  ids = g_strv_builder_end (builder);
  cg_action_set_idea_ids (self, (const char * const *) ids);
}
