/* cg-window-views.c: the window's views (board, outline, action plan, review) and what picked
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
#include "outline/cg-outline.h"

/* The views (board, outline, plan, review) are in cg-window.ui, bound to the window's workshop,
 * show-private and editable. The outline (src/widgets/outline/), the board's ideas as a list of
 * themes for a screen reader and the keyboard, also shows what the event switcher lets through. */
static void
outline_event_cb (CgWindow *self)
{
  cg_outline_set_event (self->outline, self->current_event);
}

/* Names a screen reader needs that GTK 4.8 does not give.
 *
 * A GtkDropDown's button is what takes the keyboard focus, and GTK 4.8 names it after its class
 * ("GtkToggleButton"): every drop-down of the application (the event switcher, the capture
 * bar's, the filters, the plan's cells, the dialogs') would be read so. Each one's button is
 * labelled by the drop-down itself, so it reads as the drop-down is named ("Voice for the next
 * idea"): those of the window as it is made, and any other as it is first made ready to show.
 * The same for the parts of GTK's own shortcuts window that have no name, and for the search
 * bar's close button. (They belong in a file of their own once the window's files are
 * regrouped: they are here because the window is where they are set up.) */

/* The label whose mnemonic is for @target, under @widget, or NULL. */
static GtkWidget *
find_mnemonic_label (GtkWidget *widget,
                     GtkWidget *target)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_mnemonic_widget (GTK_LABEL (widget)) == target)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = find_mnemonic_label (child, target);

      if (label != NULL)
        return label;
    }
  return NULL;
}

static void
name_drop_down_button (GtkWidget *drop_down)
{
  GtkRoot *root = gtk_widget_get_root (drop_down);
  /* a drop-down named by the label beside it ("_Format") passes that label on: GTK 4.8 takes a
   * name through one relation, not two */
  GtkWidget *label = root != NULL ? find_mnemonic_label (GTK_WIDGET (root), drop_down) : NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (drop_down); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TOGGLE_BUTTON (child))
        gtk_accessible_update_relation (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                        label != NULL ? label : drop_down, NULL, -1);
    }
}

static void
name_drop_down_buttons (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget))
    name_drop_down_button (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_drop_down_buttons (child);
}

static void
name_shortcuts_window_parts (GtkWidget *widget)
{
  const char *icon = GTK_IS_BUTTON (widget) ? gtk_button_get_icon_name (GTK_BUTTON (widget))
                                            : NULL;

  if (GTK_IS_SEARCH_ENTRY (widget) || g_strcmp0 (icon, "edit-find-symbolic") == 0)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Search the shortcuts"), -1);
  else if (GTK_IS_MENU_BUTTON (widget))
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Kind of shortcuts shown"), -1);
  else if (GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)))
    gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                    gtk_widget_get_parent (widget), NULL, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_shortcuts_window_parts (child);
}

static gboolean
widget_realized_cb (GSignalInvocationHint *hint,
                    guint                  n_values,
                    const GValue          *values,
                    gpointer               data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);

  if (GTK_IS_DROP_DOWN (widget))
    name_drop_down_button (widget);
  else if (GTK_IS_SHORTCUTS_WINDOW (widget))
    name_shortcuts_window_parts (widget);
  return TRUE; /* (and for every widget after it) */
}

/* The search bar's own close button shows an icon and has no name. */
static void
name_search_close_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)), "window-close-symbolic") == 0)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("Close the search bar"), -1);
      else
        name_search_close_button (child);
    }
}

static void
name_what_gtk_leaves_unnamed (CgWindow *self)
{
  static gsize hooked;

  if (g_once_init_enter (&hooked))
    {
      g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0,
                                  widget_realized_cb, NULL, NULL);
      g_once_init_leave (&hooked, 1);
    }
  name_search_close_button (GTK_WIDGET (self->search_bar));
  name_drop_down_buttons (GTK_WIDGET (self));
}

/* A narrow window shows its views as icons (the board's page then has one): the outline's too. */
static void
board_icon_changed_cb (CgWindow *self)
{
  GtkStackPage *board =
    gtk_stack_get_page (self->view_stack, gtk_stack_get_child_by_name (self->view_stack, "board"));
  GtkWidget *outline = gtk_stack_get_child_by_name (self->view_stack, "outline");

  gtk_stack_page_set_icon_name (gtk_stack_get_page (self->view_stack, outline),
                                gtk_stack_page_get_icon_name (board) != NULL
                                ? "view-list-symbolic" : NULL);
}

void
cg_window_setup_views (CgWindow *self)
{
  g_signal_connect_object (gtk_stack_get_page (self->view_stack,
                                               gtk_stack_get_child_by_name (self->view_stack,
                                                                            "board")),
                           "notify::icon-name", G_CALLBACK (board_icon_changed_cb), self,
                           G_CONNECT_SWAPPED);
  cg_outline_set_filter (self->outline, self->filter);
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (outline_event_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (cg_window_view_changed), self, G_CONNECT_SWAPPED);
  name_what_gtk_leaves_unnamed (self);
}

const char *
cg_window_get_view (CgWindow *self)
{
  return gtk_stack_get_visible_child_name (self->view_stack);
}

/* The capture bar and the board's search bar belong to the board; the event switcher narrows
 * the board and the outline only (the review view has filters of its own, the plan spans the
 * series). */
void
cg_window_view_changed (CgWindow *self)
{
  const char *view = cg_window_get_view (self);
  gboolean board = g_strcmp0 (view, "board") == 0;
  gboolean outline = g_strcmp0 (view, "outline") == 0;
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "view");

  gtk_widget_set_visible (GTK_WIDGET (self->capture_bar), board && !self->read_only);
  gtk_widget_set_visible (GTK_WIDGET (self->event_dropdown), board || outline);
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
  else if (g_strcmp0 (view, "outline") == 0)
    cg_outline_focus (self->outline);
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
