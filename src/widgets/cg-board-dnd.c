/* cg-board-dnd.c: dragging cards between and within columns, and dropping text from elsewhere
 *
 * A card is dragged as the string "cg-idea:<id>" (never its words: a private note's text must
 * not leak into whatever it is dropped on). A column takes strings: one of ours moves the card
 * just before the card under the pointer, any other text becomes one idea per line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-board"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cg-board-private.h"
#include "cg-idea-card.h"

#define IDEA_PREFIX "cg-idea:"

/* Dragging a card */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 CgBoard       *self)
{
  GtkWidget *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  CgIdea *idea = cg_idea_card_get_idea (CG_IDEA_CARD (card));
  g_autofree char *payload = NULL;

  if (idea == NULL || cg_board_editor_is_open (self) || !self->editable)
    return NULL;
  payload = g_strconcat (IDEA_PREFIX, cg_object_get_id (CG_OBJECT (idea)), NULL);
  g_object_set_data (G_OBJECT (source), "cg-hot-x", GINT_TO_POINTER ((int) x));
  g_object_set_data (G_OBJECT (source), "cg-hot-y", GINT_TO_POINTER ((int) y));
  return gdk_content_provider_new_typed (G_TYPE_STRING, payload);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               CgBoard       *self)
{
  GtkWidget *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (card);

  gtk_drag_source_set_icon (source, icon,
                            GPOINTER_TO_INT (g_object_get_data (G_OBJECT (source), "cg-hot-x")),
                            GPOINTER_TO_INT (g_object_get_data (G_OBJECT (source), "cg-hot-y")));
  gtk_widget_add_css_class (card, "cg-card-dragging");
  cg_board_set_selected (self, cg_idea_card_get_idea (CG_IDEA_CARD (card)), FALSE);
}

static void
drag_end_cb (GtkDragSource *source,
             GdkDrag       *drag,
             gboolean       delete_data,
             CgBoard       *self)
{
  GtkWidget *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));

  gtk_widget_remove_css_class (card, "cg-card-dragging");
}

void
cg_board_dnd_setup_card (CgBoard   *self,
                         GtkWidget *card)
{
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (drag_prepare_cb), self, 0);
  g_signal_connect_object (source, "drag-begin", G_CALLBACK (drag_begin_cb), self, 0);
  g_signal_connect_object (source, "drag-end", G_CALLBACK (drag_end_cb), self, 0);
  gtk_widget_add_controller (card, GTK_EVENT_CONTROLLER (source));
}

/* Where a drop lands */

/* The card under (@x, @y) of @list, if any. */
static GtkWidget *
card_at (GtkWidget *list,
         double     x,
         double     y)
{
  GtkWidget *widget = gtk_widget_pick (list, x, y, GTK_PICK_DEFAULT);

  if (widget != NULL && !CG_IS_IDEA_CARD (widget))
    widget = gtk_widget_get_ancestor (widget, CG_TYPE_IDEA_CARD);
  return widget;
}

/* Item @position of @ideas, borrowed (the workshop holds every idea), or NULL. */
static CgIdea *
borrow_item (GListModel *ideas,
             guint       position)
{
  g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, position);

  return idea;
}

/* The idea a drop at (@x, @y) of @column goes before: the card under the pointer when on its
 * upper half, the one after it when on its lower half; NULL for the end of the column. */
static CgIdea *
idea_before_point (CgBoardColumn *column,
                   double         x,
                   double         y)
{
  GtkWidget *list = GTK_WIDGET (cg_board_column_get_list (column));
  GListModel *ideas = cg_board_column_get_ideas (column);
  graphene_point_t point;
  graphene_rect_t bounds;
  GtkWidget *card;
  CgIdea *idea;
  guint position;

  if (!gtk_widget_compute_point (GTK_WIDGET (column), list, &GRAPHENE_POINT_INIT (x, y), &point))
    return NULL;
  if (point.y < 0)
    return borrow_item (ideas, 0); /* on the header: the top */
  card = card_at (list, point.x, point.y);
  idea = card != NULL ? cg_idea_card_get_idea (CG_IDEA_CARD (card)) : NULL;
  if (idea == NULL || !gtk_widget_compute_bounds (card, list, &bounds))
    return NULL;
  if (point.y < bounds.origin.y + bounds.size.height / 2)
    return idea;
  position = cg_board_column_find (column, idea);
  return position != GTK_INVALID_LIST_POSITION ? borrow_item (ideas, position + 1) : NULL;
}

static void
set_drop_mark (CgBoard   *self,
               GtkWidget *card)
{
  if (self->drop_mark == card)
    return;
  if (self->drop_mark != NULL)
    gtk_widget_remove_css_class (self->drop_mark, "cg-drop-before");
  g_set_weak_pointer (&self->drop_mark, card);
  if (card != NULL)
    gtk_widget_add_css_class (card, "cg-drop-before");
}

static GdkDragAction
drop_motion_cb (GtkDropTarget *target,
                double         x,
                double         y,
                CgBoard       *self)
{
  GtkWidget *column = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  CgIdea *before;

  if (!self->editable)
    return 0;
  before = idea_before_point (CG_BOARD_COLUMN (column), x, y);
  set_drop_mark (self, before != NULL ? cg_board_get_card (self, before) : NULL);
  return gdk_drop_get_actions (gtk_drop_target_get_current_drop (target)) & GDK_ACTION_MOVE
         ? GDK_ACTION_MOVE : GDK_ACTION_COPY;
}

static void
drop_leave_cb (GtkDropTarget *target,
               CgBoard       *self)
{
  set_drop_mark (self, NULL);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         CgBoard       *self)
{
  GtkWidget *column = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  CgIdea *before = idea_before_point (CG_BOARD_COLUMN (column), x, y);

  set_drop_mark (self, NULL);
  if (!G_VALUE_HOLDS_STRING (value) || g_value_get_string (value) == NULL)
    return FALSE;
  return cg_board_drop_text (self, cg_board_column_get_theme (CG_BOARD_COLUMN (column)), before,
                             g_value_get_string (value));
}

void
cg_board_dnd_setup_column (CgBoard       *self,
                           CgBoardColumn *column)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_COPY | GDK_ACTION_MOVE);

  g_signal_connect_object (target, "motion", G_CALLBACK (drop_motion_cb), self, 0);
  g_signal_connect_object (target, "leave", G_CALLBACK (drop_leave_cb), self, 0);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (column), GTK_EVENT_CONTROLLER (target));
}

/* What a drop does */

static gboolean
drop_card (CgBoard    *self,
           CgTheme    *theme,
           CgIdea     *before,
           const char *id)
{
  CgObject *object = cg_workshop_lookup (self->workshop, id);
  gboolean focus = cg_board_has_focus_within (self);
  CgIdea *idea;

  if (!CG_IS_IDEA (object))
    return FALSE;
  idea = CG_IDEA (object);
  if (before == idea && cg_idea_get_theme (idea) == theme)
    return FALSE;
  cg_workshop_place_idea (self->workshop, idea, theme, before);
  cg_board_set_selected (self, idea, focus);
  return TRUE;
}

/* One idea per non-blank line, at the newest event, with no voice, as one undo step. */
static gboolean
drop_lines (CgBoard    *self,
            CgTheme    *theme,
            CgIdea     *before,
            const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  CgEvent *event = cg_board_get_newest_event (self);
  int position = before != NULL ? cg_workshop_index_of (self->workshop, before) : -1;
  CgHistory *history = cg_workshop_get_history (self->workshop);
  g_autoptr(CgIdea) first = NULL;

  cg_history_begin_group (history, _("Add ideas"));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(CgIdea) idea = NULL;
      char *words = g_strstrip (lines[i]);

      if (*words == '\0')
        continue;
      idea = cg_idea_new (words);
      cg_idea_set_theme (idea, theme);
      cg_idea_set_event (idea, event);
      cg_workshop_insert (self->workshop, idea, position);
      if (position >= 0)
        position++;
      if (first == NULL)
        first = g_object_ref (idea);
    }
  cg_history_end_group (history);

  if (first != NULL)
    cg_board_set_selected (self, first, FALSE);
  return first != NULL;
}

gboolean
cg_board_drop_text (CgBoard    *self,
                    CgTheme    *theme,
                    CgIdea     *before,
                    const char *text)
{
  g_return_val_if_fail (CG_IS_BOARD (self), FALSE);
  g_return_val_if_fail (theme == NULL || CG_IS_THEME (theme), FALSE);
  g_return_val_if_fail (before == NULL || CG_IS_IDEA (before), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (self->workshop == NULL || !self->editable)
    return FALSE;
  if (g_str_has_prefix (text, IDEA_PREFIX))
    return drop_card (self, theme, before, text + strlen (IDEA_PREFIX));
  return drop_lines (self, theme, before, text);
}
