/* cg-window-views.c: the window's three views (board, action plan, review) and what picked
 * cards become: one combined card, or a new action of the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-action-plan.h"
#include "cg-review-view.h"
#include "cg-window-private.h"
#include "model/cg-action-links.h"
#include "model/cg-combine.h"

void
cg_window_setup_views (CgWindow *self)
{
  self->action_plan = CG_ACTION_PLAN (cg_action_plan_new ());
  gtk_stack_add_titled (self->view_stack, GTK_WIDGET (self->action_plan), "plan",
                        _("Action Plan"));
  self->review_view = CG_REVIEW_VIEW (cg_review_view_new ());
  gtk_stack_add_titled (self->view_stack, GTK_WIDGET (self->review_view), "review",
                        _("Review"));
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (cg_window_view_changed), self, G_CONNECT_SWAPPED);
}

void
cg_window_views_set_workshop (CgWindow *self)
{
  cg_action_plan_set_workshop (self->action_plan, self->workshop);
  cg_review_view_set_workshop (self->review_view, self->workshop);
}

const char *
cg_window_get_view (CgWindow *self)
{
  return gtk_stack_get_visible_child_name (self->view_stack);
}

/* The capture bar and the board's search bar belong to the board; the event switcher narrows
 * the board only (the review view has filters of its own, the plan spans the series). */
void
cg_window_view_changed (CgWindow *self)
{
  const char *view = cg_window_get_view (self);
  gboolean board = g_strcmp0 (view, "board") == 0;
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "view");

  gtk_widget_set_visible (GTK_WIDGET (self->capture_bar), board && !self->read_only);
  gtk_widget_set_visible (GTK_WIDGET (self->event_dropdown), board);
  if (!board)
    gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  if (action != NULL && view != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (view));
  cg_window_update_actions (self);
}

void
cg_window_show_view (CgWindow   *self,
                     const char *view)
{
  if (gtk_stack_get_child_by_name (self->view_stack, view) == NULL)
    return;
  gtk_stack_set_visible_child_name (self->view_stack, view);
  if (g_strcmp0 (view, "review") == 0)
    cg_review_view_focus_search (self->review_view);
  else if (g_strcmp0 (view, "board") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->board));
}

/* Picked cards */

/* The picked ideas, or the selected one when none is picked. */
static GPtrArray *
dup_cards_to_use (CgWindow *self)
{
  GPtrArray *ideas = cg_board_dup_marked_ideas (self->board);
  CgIdea *selected = cg_board_get_selected_idea (self->board);

  if (ideas->len == 0 && selected != NULL)
    g_ptr_array_add (ideas, g_object_ref (selected));
  return ideas;
}

void
cg_window_combine_cards (CgWindow *self)
{
  g_autoptr(GPtrArray) ideas = cg_board_dup_marked_ideas (self->board);
  CgIdea *selected = cg_board_get_selected_idea (self->board);
  CgIdea *kept;
  guint index;

  if (self->workshop == NULL || self->read_only || ideas->len < 2)
    return;
  /* the card the facilitator is on keeps its place; the others join it */
  if (selected != NULL && g_ptr_array_find (ideas, selected, &index) && index > 0)
    {
      ideas->pdata[index] = ideas->pdata[0];
      ideas->pdata[0] = selected;
    }
  kept = cg_workshop_combine_ideas (self->workshop, (CgIdea * const *) ideas->pdata, ideas->len);
  if (kept == NULL)
    {
      cg_window_show_message (self, GTK_MESSAGE_INFO, _("These cards cannot be combined"),
                              _("Their words together would be longer than one card can hold. "
                                "Nothing was changed."));
      return;
    }
  cg_board_clear_marks (self->board);
  cg_board_select_idea (self->board, kept);
}

void
cg_window_new_action (CgWindow *self)
{
  g_autoptr(GPtrArray) ideas = NULL;
  CgAction *action;

  if (self->workshop == NULL || self->read_only)
    return;
  ideas = g_str_equal (cg_window_get_view (self), "board")
          ? dup_cards_to_use (self) : g_ptr_array_new_with_free_func (g_object_unref);
  action = cg_workshop_add_action_for_ideas (self->workshop, (CgIdea * const *) ideas->pdata,
                                             ideas->len);
  cg_board_clear_marks (self->board);
  cg_window_show_view (self, "plan");
  cg_action_plan_select_action (self->action_plan, action);
}
