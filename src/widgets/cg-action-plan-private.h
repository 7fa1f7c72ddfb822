/* cg-action-plan-private.h: what the action plan's widget and its cells share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-action-plan.h"
#include "cg-workshop-signals.h"

G_BEGIN_DECLS

struct _CgActionPlan
{
  GtkWidget           parent_instance;

  CgWorkshop         *workshop;
  CgWorkshopSignals  *workshop_signals; /* its actions and history */
  gboolean            editable;
  gboolean            show_private;

  GtkSingleSelection *selection;       /* over the workshop's actions */
  GtkStringList      *statuses;        /* the status labels, in CgActionStatus order */
  GPtrArray          *cells;           /* the bound cells (PlanCell), for syncing them all */
  GHashTable         *action_cells;    /* CgAction -> the GtkEditableLabel of its Action cell */

  CgAction           *pending_edit;    /* its Action cell is edited once its row is bound */
  gint64              pending_until;   /* ... until then (monotonic time) */
  guint               edit_id;

  GtkWidget          *toolbar;
  GtkWidget          *add_button;
  GtkWidget          *remove_button;
  GtkWidget          *counts_label;
  GtkWidget          *scroller;
  GtkColumnView      *column_view;
  GtkWidget          *empty_label;
};

/* cg-action-plan-cells.c */

/* Makes the status labels and the table's columns. */
void cg_action_plan_cells_init       (CgActionPlan *self);
/* Frees what cells_init made that the widgets do not hold. */
void cg_action_plan_cells_finalize   (CgActionPlan *self);
/* Sets every bound cell from its action again (after show-private changes, say, or the themes
 * a Theme cell offers). */
void cg_action_plan_cells_sync_all   (CgActionPlan *self);

/* cg-action-plan.c */

/* Called when @action's Action cell is bound: the cell may be waiting to be edited. */
void cg_action_plan_action_cell_bound (CgActionPlan *self,
                                       CgAction     *action);

G_END_DECLS
