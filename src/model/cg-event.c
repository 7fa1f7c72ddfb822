/* cg-event.c: one workshop meeting in a series
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-event.h"
#include "cg-object-private.h"
#include "cg-text.h"

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DATE,
  PROP_PLACE,
  PROP_NOTES,
  N_PROPS
};

struct _CgEvent
{
  CgObject parent_instance;

  char *strings[N_PROPS]; /* by property id */
};

G_DEFINE_FINAL_TYPE (CgEvent, cg_event, CG_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
cg_event_finalize (GObject *object)
{
  CgEvent *self = CG_EVENT (object);

  for (guint i = 0; i < N_PROPS; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (cg_event_parent_class)->finalize (object);
}

static void
cg_event_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  g_value_set_string (value, CG_EVENT (object)->strings[prop_id]);
}

static void
set_string (CgEvent    *self,
            guint       prop_id,
            const char *value)
{
  if (prop_id == PROP_DATE && value != NULL && !cg_text_is_valid_date (value))
    {
      g_warning ("“%s” is not a date of the form YYYY-MM-DD", value);
      return;
    }
  cg_object_change_text (CG_OBJECT (self), properties[prop_id], &self->strings[prop_id], value);
}

static void
cg_event_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  set_string (CG_EVENT (object), prop_id, g_value_get_string (value));
}

static void
cg_event_class_init (CgEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_event_finalize;
  object_class->get_property = cg_event_get_property;
  object_class->set_property = cg_event_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, NULL, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_event_init (CgEvent *self)
{
}

CgEvent *
cg_event_new (const char *title)
{
  return g_object_new (CG_TYPE_EVENT, "title", title, NULL);
}

const char *
cg_event_get_title (CgEvent *self)
{
  g_return_val_if_fail (CG_IS_EVENT (self), NULL);
  return self->strings[PROP_TITLE];
}

const char *
cg_event_get_display_title (CgEvent *self)
{
  const char *title;

  g_return_val_if_fail (CG_IS_EVENT (self), NULL);

  title = self->strings[PROP_TITLE];
  return title != NULL && *title != '\0' ? title : _("Untitled event");
}

void
cg_event_set_title (CgEvent    *self,
                    const char *title)
{
  g_return_if_fail (CG_IS_EVENT (self));
  set_string (self, PROP_TITLE, title);
}

const char *
cg_event_get_date (CgEvent *self)
{
  g_return_val_if_fail (CG_IS_EVENT (self), NULL);
  return self->strings[PROP_DATE];
}

void
cg_event_set_date (CgEvent    *self,
                   const char *date)
{
  g_return_if_fail (CG_IS_EVENT (self));
  set_string (self, PROP_DATE, date);
}

const char *
cg_event_get_place (CgEvent *self)
{
  g_return_val_if_fail (CG_IS_EVENT (self), NULL);
  return self->strings[PROP_PLACE];
}

void
cg_event_set_place (CgEvent    *self,
                    const char *place)
{
  g_return_if_fail (CG_IS_EVENT (self));
  set_string (self, PROP_PLACE, place);
}

const char *
cg_event_get_notes (CgEvent *self)
{
  g_return_val_if_fail (CG_IS_EVENT (self), NULL);
  return self->strings[PROP_NOTES];
}

void
cg_event_set_notes (CgEvent    *self,
                    const char *notes)
{
  g_return_if_fail (CG_IS_EVENT (self));
  set_string (self, PROP_NOTES, notes);
}
