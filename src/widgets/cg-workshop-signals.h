/* cg-workshop-signals.h: the signals a widget follows on the workshop it shows
 *
 * One GSignalGroup for each part of the workshop (its history and its lists): the handlers are
 * connected once, as the widget is made, and move together to the next workshop, so no widget
 * writes its own connect and disconnect.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/cg-workshop.h"

G_BEGIN_DECLS

typedef enum {
  CG_WORKSHOP_HISTORY,  /* the CgHistory: "changed", "notify::modified" */
  CG_WORKSHOP_EVENTS,   /* the lists: "items-changed" */
  CG_WORKSHOP_VOICES,
  CG_WORKSHOP_THEMES,
  CG_WORKSHOP_IDEAS,
  CG_WORKSHOP_ACTIONS,
  CG_WORKSHOP_N_PARTS
} CgWorkshopPart;

typedef struct _CgWorkshopSignals CgWorkshopSignals;

/* Handlers run with @instance (the widget) as their data; they stop when it is finalized. */
CgWorkshopSignals *cg_workshop_signals_new     (gpointer           instance);
void               cg_workshop_signals_free    (CgWorkshopSignals *self);
/* @flags: 0 or G_CONNECT_SWAPPED (the widget first) */
void               cg_workshop_signals_connect (CgWorkshopSignals *self,
                                                CgWorkshopPart     part,
                                                const char        *detailed_signal,
                                                GCallback          handler,
                                                GConnectFlags      flags);
/* Moves every handler to @workshop's parts (NULL: to none). */
void               cg_workshop_signals_set_workshop (CgWorkshopSignals *self,
                                                     CgWorkshop        *workshop);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgWorkshopSignals, cg_workshop_signals_free)

G_END_DECLS
