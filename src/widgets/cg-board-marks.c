/* cg-board-marks.c: cards picked to act on together, what each idea led to, and read-only use
 *
 * Picking: Ctrl+click or Ctrl+Space ("board.toggle-mark") picks or unpicks a card; a plain click
 * lets every pick go. The picked ideas are what Combine Cards and New Action From Cards use.
 * Links: each card says how many actions of the plan its idea led to, and names them in a tooltip;
 * a card carried from an earlier event says where it was first raised, and its votes there.
 * Editable FALSE (review mode): no action that changes the workshop is enabled and nothing can
 * be dragged or dropped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-board"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-board-private.h"
#include "model/cg-carry.h"

void
cg_board_marks_init (CgBoard *self)
{
  self->marked = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) g_ptr_array_unref);
  self->editable = TRUE;
}

void
cg_board_marks_finalize (CgBoard *self)
{
  g_clear_pointer (&self->marked, g_hash_table_unref);
  g_clear_pointer (&self->links, g_hash_table_unref);
}

/* Picking */

static void
show_mark (CgBoard *self,
           CgIdea  *idea)
{
  GtkWidget *card = cg_board_get_card (self, idea);

  if (card != NULL)
    cg_idea_card_set_marked (CG_IDEA_CARD (card), g_hash_table_contains (self->marked, idea));
}

static void
marks_changed (CgBoard *self)
{
  cg_board_update_actions (self);
  cg_board_notify_n_marked (self);
}

void
cg_board_toggle_mark (CgBoard *self,
                      CgIdea  *idea)
{
  g_return_if_fail (CG_IS_BOARD (self));
  g_return_if_fail (CG_IS_IDEA (idea));

  if (!g_hash_table_remove (self->marked, idea))
    {
      if (!cg_board_holds (self, idea))
        return;
      g_hash_table_add (self->marked, g_object_ref (idea));
    }
  show_mark (self, idea);
  marks_changed (self);
}

void
cg_board_clear_marks (CgBoard *self)
{
  g_autoptr(GHashTable) was_marked = NULL;
  GHashTableIter iter;
  gpointer idea;

  g_return_if_fail (CG_IS_BOARD (self));

  if (g_hash_table_size (self->marked) == 0)
    return;
  /* swap in an empty table first, so each card is shown unpicked */
  was_marked = g_steal_pointer (&self->marked);
  self->marked = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  g_hash_table_iter_init (&iter, was_marked);
  while (g_hash_table_iter_next (&iter, &idea, NULL))
    show_mark (self, idea);
  marks_changed (self);
}

guint
cg_board_get_n_marked (CgBoard *self)
{
  g_return_val_if_fail (CG_IS_BOARD (self), 0);
  return g_hash_table_size (self->marked);
}

GPtrArray *
cg_board_dup_marked_ideas (CgBoard *self)
{
  GPtrArray *ideas = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *all;

  g_return_val_if_fail (CG_IS_BOARD (self), ideas);

  if (self->workshop == NULL || g_hash_table_size (self->marked) == 0)
    return ideas;
  all = cg_workshop_get_ideas (self->workshop);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (all, i);

      if (g_hash_table_contains (self->marked, idea))
        g_ptr_array_add (ideas, g_steal_pointer (&idea));
    }
  return ideas;
}

static void
toggle_mark_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CgBoard *self = CG_BOARD (widget);

  if (self->selected != NULL)
    cg_board_toggle_mark (self, self->selected);
}

void
cg_board_card_clicked (CgBoard         *self,
                       CgIdea          *idea,
                       GdkModifierType  state)
{
  if ((state & GDK_CONTROL_MASK) != 0)
    {
      /* the card already selected is picked too, as in a file manager */
      if (g_hash_table_size (self->marked) == 0 && self->selected != NULL && self->selected != idea)
        cg_board_toggle_mark (self, self->selected);
      cg_board_toggle_mark (self, idea);
    }
  else
    cg_board_clear_marks (self);
}

/* Links to the action plan */

static void
show_links (CgBoard    *self,
            CgIdeaCard *card,
            CgIdea     *idea)
{
  GPtrArray *titles = g_hash_table_lookup (self->links, cg_object_get_id (CG_OBJECT (idea)));
  g_autoptr(GString) tooltip = NULL;
  g_autofree char *history = NULL;

  /* a card carried from an earlier event says where it was first raised */
  if (self->workshop != NULL && cg_idea_is_carried (self->workshop, idea))
    history = cg_idea_describe_history (self->workshop, idea);
  cg_idea_card_set_history (card, history);
  if (titles == NULL)
    {
      cg_idea_card_set_actions (card, 0, NULL);
      return;
    }
  tooltip = g_string_new (_("Led to:"));
  for (guint i = 0; i < titles->len; i++)
    g_string_append_printf (tooltip, "\n• %s", (const char *) titles->pdata[i]);
  cg_idea_card_set_actions (card, titles->len, tooltip->str);
}

/* What an action is called in a card's tooltip: its words, or its area when it has none yet. */
static const char *
action_title (CgAction *action)
{
  const char *text = cg_action_get_action (action);

  if (text != NULL && *text != '\0')
    return text;
  text = cg_action_get_area (action);
  return text != NULL && *text != '\0' ? text : _("An action with no words yet");
}

void
cg_board_refresh_links (CgBoard *self)
{
  GHashTableIter iter;
  gpointer idea, card;
  GListModel *actions;

  g_hash_table_remove_all (self->links);
  if (self->workshop == NULL)
    return;
  actions = cg_workshop_get_actions (self->workshop);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CgAction) action = g_list_model_get_item (actions, i);
      const char * const *ids = cg_action_get_idea_ids (action);

      for (guint j = 0; ids != NULL && ids[j] != NULL; j++)
        {
          GPtrArray *titles = g_hash_table_lookup (self->links, ids[j]);

          if (titles == NULL)
            {
              titles = g_ptr_array_new_with_free_func (g_free);
              g_hash_table_insert (self->links, g_strdup (ids[j]), titles);
            }
          g_ptr_array_add (titles, g_strdup (action_title (action)));
        }
    }
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &idea, &card))
    show_links (self, card, idea);
}

/* After any change: picks of ideas that left the workshop go, and the links are counted again. */
void
cg_board_marks_workshop_changed (CgBoard *self)
{
  GHashTableIter iter;
  gpointer idea;
  gboolean pruned = FALSE;

  g_hash_table_iter_init (&iter, self->marked);
  while (g_hash_table_iter_next (&iter, &idea, NULL))
    if (!cg_board_holds (self, idea))
      {
        g_hash_table_iter_remove (&iter);
        pruned = TRUE;
      }
  if (pruned)
    marks_changed (self);
  cg_board_refresh_links (self);
}

void
cg_board_marks_bind_card (CgBoard    *self,
                          CgIdeaCard *card,
                          CgIdea     *idea)
{
  cg_idea_card_set_marked (card, idea != NULL && g_hash_table_contains (self->marked, idea));
  if (idea != NULL)
    show_links (self, card, idea);
}

/* Read-only use */

void
cg_board_set_editable (CgBoard  *self,
                       gboolean  editable)
{
  g_return_if_fail (CG_IS_BOARD (self));

  editable = !!editable;
  if (self->editable == editable)
    return;
  self->editable = editable;
  if (!editable)
    cg_board_editor_cancel (self);
  gtk_widget_set_visible (self->add_button, editable);
  for (guint i = 0; i < self->columns->len; i++)
    cg_board_column_set_editable (g_ptr_array_index (self->columns, i), editable);
  cg_board_update_actions (self);
  g_object_notify (G_OBJECT (self), "editable");
}

gboolean
cg_board_get_editable (CgBoard *self)
{
  g_return_val_if_fail (CG_IS_BOARD (self), FALSE);
  return self->editable;
}

void
cg_board_marks_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "board.toggle-mark", NULL, toggle_mark_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, GDK_CONTROL_MASK,
                                       "board.toggle-mark", NULL);
}
