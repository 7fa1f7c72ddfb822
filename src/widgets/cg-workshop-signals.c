/* cg-workshop-signals.c: a GSignalGroup for each part of a workshop a widget follows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-widgets"

#include "config.h"

#include "cg-workshop-signals.h"

struct _CgWorkshopSignals
{
  gpointer      instance;
  GSignalGroup *groups[CG_WORKSHOP_N_PARTS]; /* NULL for a part nothing follows */
};

CgWorkshopSignals *
cg_workshop_signals_new (gpointer instance)
{
  CgWorkshopSignals *self = g_new0 (CgWorkshopSignals, 1);

  g_return_val_if_fail (G_IS_OBJECT (instance), NULL);
  self->instance = instance;
  return self;
}

void
cg_workshop_signals_free (CgWorkshopSignals *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < CG_WORKSHOP_N_PARTS; i++)
    g_clear_object (&self->groups[i]);
  g_free (self);
}

void
cg_workshop_signals_connect (CgWorkshopSignals *self,
                             CgWorkshopPart     part,
                             const char        *detailed_signal,
                             GCallback          handler,
                             GConnectFlags      flags)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (part < CG_WORKSHOP_N_PARTS);

  if (self->groups[part] == NULL)
    self->groups[part] = g_signal_group_new (part == CG_WORKSHOP_HISTORY ? CG_TYPE_HISTORY
                                                                         : G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->groups[part], detailed_signal, handler, self->instance,
                                 flags);
}

static gpointer
part_of (CgWorkshop     *workshop,
         CgWorkshopPart  part)
{
  switch (part)
    {
    case CG_WORKSHOP_HISTORY:
      return cg_workshop_get_history (workshop);
    case CG_WORKSHOP_EVENTS:
      return cg_workshop_get_events (workshop);
    case CG_WORKSHOP_VOICES:
      return cg_workshop_get_voices (workshop);
    case CG_WORKSHOP_THEMES:
      return cg_workshop_get_themes (workshop);
    case CG_WORKSHOP_IDEAS:
      return cg_workshop_get_ideas (workshop);
    case CG_WORKSHOP_ACTIONS:
      return cg_workshop_get_actions (workshop);
    case CG_WORKSHOP_N_PARTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

void
cg_workshop_signals_set_workshop (CgWorkshopSignals *self,
                                  CgWorkshop        *workshop)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (workshop == NULL || CG_IS_WORKSHOP (workshop));

  for (guint i = 0; i < CG_WORKSHOP_N_PARTS; i++)
    {
      if (self->groups[i] != NULL)
        g_signal_group_set_target (self->groups[i], workshop != NULL ? part_of (workshop, i)
                                                                     : NULL);
    }
}
