/* cg-outline-focus.c: where the outline's keyboard focus goes, and what it says in passing
 *
 * The focus is kept across changes: the outline remembers the item whose row has it (an idea or
 * a theme's group) and where that row was. A change can take the row away (the idea moved to
 * another theme, removed, undone, filtered out); GTK then gives the focus to whatever row, and
 * the outline takes it back, once the list has laid its rows out again, to the item's new row,
 * or to the row now where it was. Only then is what happened said (cg_notice_announce), from
 * the row that has the focus: said sooner, it could come from a row about to be replaced, and a
 * screen reader ignores what a vanished object says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-outline"

#include "config.h"

#include "cg-outline-private.h"
#include "widgets/cg-notice.h"

/* How long after a change the outline waits, at most, for its rows to settle (ms). */
#define SETTLE_TIMEOUT 300

/* The row with the focus went away in a change (a move, a delete, an undo): whatever row GTK
 * gives the focus to meanwhile is not the user's choice, and settling puts it back. */
void
cg_outline_note_focus_lost (CgOutline *self)
{
  if (!self->keep_focus)
    return;
  self->focus_lost = TRUE;
  cg_outline_queue_settle (self);
}


/* Where @item's row is in the list (opening its theme when @open), or
 * GTK_INVALID_LIST_POSITION when it is not shown. */
static guint
position_of (CgOutline *self,
             gpointer   item,
             gboolean   open)
{
  g_autoptr(GtkTreeListRow) group_row = NULL;
  CgOutlineGroup *group;
  guint index = 0, position = 0, in_group;

  if (CG_IS_IDEA (item))
    group = cg_outline_find_group (self, cg_idea_get_theme (item), &index);
  else if (CG_IS_OUTLINE_GROUP (item) && g_list_store_find (self->groups, item, &index))
    group = item;
  else
    return GTK_INVALID_LIST_POSITION;
  if (group == NULL)
    return GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < index; i++)
    {
      g_autoptr(GtkTreeListRow) row = cg_outline_get_group_row (self, i);

      position++;
      if (row != NULL && gtk_tree_list_row_get_expanded (row))
        position += g_list_model_get_n_items (gtk_tree_list_row_get_children (row));
    }
  if (item == (gpointer) group)
    return position;

  in_group = cg_outline_group_find (group, item);
  group_row = cg_outline_get_group_row (self, index);
  if (in_group == GTK_INVALID_LIST_POSITION || group_row == NULL)
    return GTK_INVALID_LIST_POSITION;
  if (!gtk_tree_list_row_get_expanded (group_row))
    {
      if (!open)
        return GTK_INVALID_LIST_POSITION;
      gtk_tree_list_row_set_expanded (group_row, TRUE);
    }
  return position + 1 + in_group;
}

static CgOutlineRow *
row_at (CgOutline *self,
        guint      position)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      GtkTreeListRow *list_row = cg_outline_row_get_list_row (row);

      if (list_row != NULL && gtk_tree_list_row_get_position (list_row) == position)
        return row;
    }
  return NULL;
}

static gboolean
focus_position (CgOutline *self,
                guint      position)
{
  CgOutlineRow *row;

  if (self->tree == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->tree)))
    return FALSE;
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  /* scrolls there, making its row, and gives that row the focus */
  gtk_widget_activate_action (self->list_view, "list.scroll-to-item", "u", position);
  row = row_at (self, position);
  if (row != NULL && !gtk_widget_has_focus (GTK_WIDGET (row)))
    gtk_widget_grab_focus (GTK_WIDGET (row));
  return row != NULL;
}

void
cg_outline_set_current (CgOutline *self,
                        gpointer   item)
{
  g_set_object (&self->current, (GObject *) item);
}

gboolean
cg_outline_focus_item (CgOutline *self,
                       gpointer   item)
{
  guint position = position_of (self, item, TRUE);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  cg_outline_set_current (self, item);
  self->current_position = position;
  self->keep_focus = TRUE;
  self->focus_lost = FALSE;
  focus_position (self, position);
  return TRUE;
}

/* The focus back on the current item's row, or, when it has gone (removed, undone, filtered
 * out), on the row now where it was. */
static void
refocus (CgOutline *self)
{
  CgOutlineRow *row;
  guint n;

  if (!self->keep_focus || self->tree == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
      cg_outline_editor_is_open (self) ||
      (self->menu != NULL && gtk_widget_get_visible (self->menu)))
    return;

  row = cg_outline_get_focus_row (self);
  if (row != NULL && self->current != NULL && cg_outline_row_get_item (row) == self->current)
    return;
  if (self->current != NULL && cg_outline_focus_item (self, self->current))
    return;
  self->focus_lost = FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
  if (n > 0 && focus_position (self, MIN (self->current_position, n - 1)))
    {
      row = cg_outline_get_focus_row (self);
      if (row != NULL)
        cg_outline_row_focused (self, row);
    }
  else if (n == 0)
    gtk_widget_grab_focus (self->list_view);
}

/* Settling: after a change, once the list has laid its rows out again (the next frame has been
 * painted, or a moment has passed), the focus goes back where it belongs, and then what the
 * outline has to say is said, from the row that has the focus. Said sooner, it could go to a row
 * the list is about to replace, and a screen reader ignores what a vanished object says. */
static void
settle (CgOutline *self)
{
  g_autofree char *said = g_steal_pointer (&self->to_say);

  if (self->settle_clock != NULL)
    g_signal_handlers_disconnect_by_data (self->settle_clock, self);
  g_clear_weak_pointer (&self->settle_clock);
  g_clear_handle_id (&self->settle_timeout, g_source_remove);
  refocus (self);
  if (said != NULL)
    cg_notice_announce (GTK_WIDGET (self), said);
}

static void
after_paint_cb (GdkFrameClock *clock,
                CgOutline     *self)
{
  settle (self);
}

static gboolean
settle_timeout_cb (gpointer user_data)
{
  CgOutline *self = user_data;

  self->settle_timeout = 0;
  settle (self);
  return G_SOURCE_REMOVE;
}

void
cg_outline_queue_settle (CgOutline *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->settle_timeout != 0)
    return;
  /* (a hidden window paints nothing: the time limit settles it all the same) */
  self->settle_timeout = g_timeout_add (SETTLE_TIMEOUT, settle_timeout_cb, self);
  g_source_set_name_by_id (self->settle_timeout, "[cg] outline settles");
  if (clock != NULL)
    {
      g_set_weak_pointer (&self->settle_clock, clock);
      g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

void
cg_outline_row_focused (CgOutline    *self,
                        CgOutlineRow *row)
{
  gpointer item = cg_outline_row_get_item (row);
  GtkTreeListRow *list_row = cg_outline_row_get_list_row (row);
  gboolean was_idea = CG_IS_IDEA (self->current);

  /* (GTK's choice of a row while the one with the focus went away: settling decides) */
  if (self->focus_lost && item != self->current)
    return;
  self->focus_lost = FALSE;
  self->keep_focus = TRUE;
  if (list_row != NULL)
    self->current_position = gtk_tree_list_row_get_position (list_row);
  if (item != self->current)
    {
      cg_outline_set_current (self, item);
      if (was_idea || CG_IS_IDEA (item))
        cg_outline_notify_selected_idea (self);
    }
  if (list_row != NULL &&
      !gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection),
                                        self->current_position))
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection),
                                     self->current_position, TRUE);
  cg_outline_update_actions (self);
}

/* The keyboard went elsewhere in the window (not lost with a row that went away). */
static void
root_focus_changed_cb (GtkRoot    *root,
                       GParamSpec *pspec,
                       CgOutline  *self)
{
  GtkWidget *focus = gtk_root_get_focus (root);

  if (focus == NULL || focus == GTK_WIDGET (root))
    {
      /* lost with a row that went away, not given elsewhere */
      cg_outline_note_focus_lost (self);
      return;
    }
  if (focus == GTK_WIDGET (self) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return;
  self->keep_focus = FALSE;
  self->focus_lost = FALSE;
}

void
cg_outline_tell (CgOutline  *self,
                 const char *text)
{
  g_free (self->status);
  self->status = g_strdup (text);
  gtk_label_set_text (GTK_LABEL (self->status_label), text);
  g_free (self->to_say);
  self->to_say = g_strdup (text);
  cg_outline_queue_settle (self);
}

void
cg_outline_focus (CgOutline *self)
{
  g_return_if_fail (CG_IS_OUTLINE (self));

  if (self->tree == NULL)
    {
      gtk_widget_grab_focus (self->list_view);
      return;
    }
  self->keep_focus = TRUE;
  if (self->current == NULL || !cg_outline_focus_item (self, self->current))
    focus_position (self, MIN (self->current_position,
                               MAX (g_list_model_get_n_items (G_LIST_MODEL (self->tree)), 1) - 1));
}

void
cg_outline_watch_root_focus (CgOutline *self,
                             GtkRoot   *root)
{
  if (self->focus_root != NULL)
    g_signal_handlers_disconnect_by_func (self->focus_root, root_focus_changed_cb, self);
  g_set_weak_pointer (&self->focus_root, root);
  if (root != NULL)
    g_signal_connect_object (root, "notify::focus-widget", G_CALLBACK (root_focus_changed_cb),
                             self, 0);
}

void
cg_outline_focus_dispose (CgOutline *self)
{
  cg_outline_watch_root_focus (self, NULL);
  if (self->settle_clock != NULL)
    g_signal_handlers_disconnect_by_data (self->settle_clock, self);
  g_clear_weak_pointer (&self->settle_clock);
  g_clear_handle_id (&self->settle_timeout, g_source_remove);
}
