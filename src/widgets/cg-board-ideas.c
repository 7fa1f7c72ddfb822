/* cg-board-ideas.c: the workshop's ideas as a list model that says when one idea changed column
 *
 * A GtkFilterListModel re-checks an item only when its model reports the item changed; a change
 * of an idea's theme is a property notify it never sees. Re-filtering whole columns on every
 * change would cost O(ideas) per column at 20,000 ideas, so this model mirrors the workshop's
 * list and, when an idea's theme changes (or any property, while the board has a filter of its
 * own), emits items-changed (position, 1, 1) for that idea alone: each column's filter model then
 * re-checks one item.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-board"

#include "config.h"

#include <string.h>

#include "cg-board-private.h"

struct _CgBoardIdeas
{
  GObject     parent_instance;

  GListModel *source;
  GPtrArray  *items;     /* CgIdea, one reference each: the source as this model shows it */
  gboolean    watch_all; /* report every property change, not only the theme */
};

static void cg_board_ideas_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CgBoardIdeas, cg_board_ideas, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      cg_board_ideas_list_model_init))

static GType
cg_board_ideas_get_item_type (GListModel *model)
{
  return CG_TYPE_IDEA;
}

static guint
cg_board_ideas_get_n_items (GListModel *model)
{
  return CG_BOARD_IDEAS (model)->items->len;
}

static gpointer
cg_board_ideas_get_item (GListModel *model,
                         guint       position)
{
  CgBoardIdeas *self = CG_BOARD_IDEAS (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
cg_board_ideas_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cg_board_ideas_get_item_type;
  iface->get_n_items = cg_board_ideas_get_n_items;
  iface->get_item = cg_board_ideas_get_item;
}

static void
idea_notify_cb (CgIdea       *idea,
                GParamSpec   *pspec,
                CgBoardIdeas *self)
{
  guint position;

  if (!self->watch_all && strcmp (pspec->name, "theme") != 0)
    return;
  if (g_ptr_array_find (self->items, idea, &position))
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
}

static void
watch (CgBoardIdeas *self,
       CgIdea       *idea)
{
  g_signal_connect (idea, "notify", G_CALLBACK (idea_notify_cb), self);
}

static void
unwatch (CgBoardIdeas *self,
         CgIdea       *idea)
{
  g_signal_handlers_disconnect_by_func (idea, idea_notify_cb, self);
}

/* Replaces @removed items at @position by @added from the source. An idea that only moved
 * keeps its handler: a move of one card across 20,000 ideas must not reconnect them all. */
static void
source_items_changed_cb (GListModel   *source,
                         guint         position,
                         guint         removed,
                         guint         added,
                         CgBoardIdeas *self)
{
  g_autoptr(GHashTable) leaving = g_hash_table_new (NULL, NULL);
  guint old_len = self->items->len;
  guint tail = old_len - position - removed;
  gpointer *pdata;
  GHashTableIter iter;
  gpointer idea;

  for (guint i = 0; i < removed; i++)
    g_hash_table_add (leaving, g_ptr_array_index (self->items, position + i));

  if (added > removed)
    g_ptr_array_set_size (self->items, old_len + added - removed);
  pdata = self->items->pdata;
  memmove (pdata + position + added, pdata + position + removed, tail * sizeof (gpointer));
  if (added < removed)
    g_ptr_array_set_size (self->items, old_len + added - removed);
  pdata = self->items->pdata;

  for (guint i = 0; i < added; i++)
    {
      CgIdea *item = g_list_model_get_item (source, position + i); /* the array's reference */

      pdata[position + i] = item;
      if (g_hash_table_remove (leaving, item))
        g_object_unref (item); /* it was here already, with its handler and reference */
      else
        watch (self, item);
    }

  g_hash_table_iter_init (&iter, leaving);
  while (g_hash_table_iter_next (&iter, &idea, NULL))
    {
      unwatch (self, idea);
      g_object_unref (idea);
    }

  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
cg_board_ideas_dispose (GObject *object)
{
  CgBoardIdeas *self = CG_BOARD_IDEAS (object);

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_func (self->source, source_items_changed_cb, self);
  g_clear_object (&self->source);
  for (guint i = 0; i < self->items->len; i++)
    {
      CgIdea *idea = g_ptr_array_index (self->items, i);

      unwatch (self, idea);
      g_object_unref (idea);
    }
  g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (cg_board_ideas_parent_class)->dispose (object);
}

static void
cg_board_ideas_finalize (GObject *object)
{
  CgBoardIdeas *self = CG_BOARD_IDEAS (object);

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (cg_board_ideas_parent_class)->finalize (object);
}

static void
cg_board_ideas_class_init (CgBoardIdeasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cg_board_ideas_dispose;
  object_class->finalize = cg_board_ideas_finalize;
}

static void
cg_board_ideas_init (CgBoardIdeas *self)
{
  self->items = g_ptr_array_new (); /* no free function: references are handled by hand */
}

CgBoardIdeas *
cg_board_ideas_new (GListModel *source)
{
  CgBoardIdeas *self;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);

  self = g_object_new (CG_TYPE_BOARD_IDEAS, NULL);
  self->source = g_object_ref (source);
  n = g_list_model_get_n_items (source);
  g_ptr_array_set_size (self->items, n);
  for (guint i = 0; i < n; i++)
    {
      CgIdea *idea = g_list_model_get_item (source, i);

      self->items->pdata[i] = idea;
      watch (self, idea);
    }
  g_signal_connect (source, "items-changed", G_CALLBACK (source_items_changed_cb), self);
  return self;
}

void
cg_board_ideas_set_watch_all (CgBoardIdeas *self,
                              gboolean      watch_all)
{
  g_return_if_fail (CG_IS_BOARD_IDEAS (self));
  self->watch_all = !!watch_all;
}
