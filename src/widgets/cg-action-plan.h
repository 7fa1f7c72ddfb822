/* cg-action-plan.h: the action plan ("you said, we did") as a table edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_TYPE_ACTION_PLAN (cg_action_plan_get_type ())
G_DECLARE_FINAL_TYPE (CgActionPlan, cg_action_plan, CG, ACTION_PLAN, GtkWidget)

GtkWidget *cg_action_plan_new                 (void);  /* (transfer floating) */
/* The workshop whose actions are shown (NULL: none). */
void       cg_action_plan_set_workshop        (CgActionPlan *self,
                                               CgWorkshop   *workshop);
/* FALSE is review mode: nothing in the table or its toolbar can change the workshop. */
void       cg_action_plan_set_editable        (CgActionPlan *self,
                                               gboolean      editable);
/* Whether the "You said" tooltips show private notes' words (otherwise "Private note"). */
void       cg_action_plan_set_show_private    (CgActionPlan *self,
                                               gboolean      show_private);
/* Selects @action's row, scrolls to it and, when editable, starts editing its Action cell. */
void       cg_action_plan_select_action       (CgActionPlan *self,
                                               CgAction     *action);
/* The selected action (borrowed), or NULL. Returns: (transfer none) (nullable). */
CgAction  *cg_action_plan_get_selected_action (CgActionPlan *self);

G_END_DECLS
