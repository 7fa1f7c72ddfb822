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
  GListStore         *theme_parts;     /* a list holding "No theme", then the workshop's themes */
  GListModel         *theme_choices;   /* theme_parts flattened: what a Theme cell offers */
  GtkListItemFactory *theme_factory;   /* how a theme choice is shown (its name, kept current) */
  GPtrArray          *cells;           /* the bound cells (PlanCell), for syncing them all */
  GHashTable         *action_cells;    /* CgAction -> the GtkEditableLabel of its Action cell */
  guint               themes_changing; /* > 0 while the themes list emits items-changed */

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

/* Makes the shared models and the table's columns. */
void cg_action_plan_cells_init       (CgActionPlan *self);
/* Frees what cells_init made that the widgets do not hold. */
void cg_action_plan_cells_finalize   (CgActionPlan *self);
/* Sets every bound cell from its action again (after show-private changes, say). */
void cg_action_plan_cells_sync_all   (CgActionPlan *self);
/* A signal list item factory calling @setup, @bind and @unbind with @user_data. */
GtkListItemFactory *cg_action_plan_factory_new (GCallback setup,
                                                GCallback bind,
                                                GCallback unbind,
                                                gpointer  user_data);

/* cg-action-plan-themes.c */

/* Makes theme_parts, theme_choices and theme_factory. */
void cg_action_plan_themes_init     (CgActionPlan *self);
void cg_action_plan_themes_finalize (CgActionPlan *self);
/* The themes the Theme cells offer (after "No theme"): @old_themes is forgotten. */
void cg_action_plan_themes_set      (CgActionPlan *self,
                                     GListModel   *old_themes,
                                     GListModel   *themes);

/* cg-action-plan.c */

/* Called when @action's Action cell is bound: the cell may be waiting to be edited. */
void cg_action_plan_action_cell_bound (CgActionPlan *self,
                                       CgAction     *action);

G_END_DECLS
