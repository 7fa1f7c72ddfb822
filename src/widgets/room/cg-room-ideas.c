/* cg-room-ideas.c: the workshop's ideas as a list that says when one idea changed what the room
 * sees of it
 *
 * The room's filters (privacy, event, reveal, and each presenter column's theme) are
 * GtkFilterListModels, which look at an item again only when their source says it changed. An
 * idea marked private, moved to another theme or event is a property notify they never see, and
 * re-filtering every idea on every change would cost the whole list per capture. This list
 * mirrors the workshop's ideas and, when one of those properties of an idea changes, says
 * items-changed (position, 1, 1) for that idea alone, so each filter looks at it again. Words,
 * voices, kinds and votes change no filter: the cards follow those themselves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-room"

#include "config.h"

#include <string.h>

#include "cg-room-ideas.h"
#include "model/cg-model.h"

struct _CgRoomIdeas
{
  GObject     parent_instance;

  GListModel *source;
  GPtrArray  *items;   /* CgIdea, one reference each (no free function: handled by hand) */
};

static void cg_room_ideas_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CgRoomIdeas, cg_room_ideas, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      cg_room_ideas_list_model_init))

static GType
cg_room_ideas_get_item_type (GListModel *model)
{
  return CG_TYPE_IDEA;
}

static guint
cg_room_ideas_get_n_items (GListModel *model)
{
  return CG_ROOM_IDEAS (model)->items->len;
}

static gpointer
cg_room_ideas_get_item (GListModel *model,
                        guint       position)
{
  CgRoomIdeas *self = CG_ROOM_IDEAS (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
cg_room_ideas_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cg_room_ideas_get_item_type;
  iface->get_n_items = cg_room_ideas_get_n_items;
  iface->get_item = cg_room_ideas_get_item;
}

/* The properties a room filter looks at. */
static gboolean
filtered_on (const char *name)
{
  return strcmp (name, "private") == 0 || strcmp (name, "theme") == 0 ||
         strcmp (name, "event") == 0;
}

static void
idea_notify_cb (CgIdea      *idea,
                GParamSpec  *pspec,
                CgRoomIdeas *self)
{
  guint position;

  if (filtered_on (pspec->name) && g_ptr_array_find (self->items, idea, &position))
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
}

static void
watch (CgRoomIdeas *self,
       CgIdea      *idea)
{
  g_signal_connect (idea, "notify", G_CALLBACK (idea_notify_cb), self);
}

static void
unwatch (CgRoomIdeas *self,
         CgIdea      *idea)
{
  g_signal_handlers_disconnect_by_func (idea, idea_notify_cb, self);
}

/* Replaces @removed items at @position by @added from the source. An idea that only moved keeps
 * its handler and its reference. */
static void
source_items_changed_cb (GListModel  *source,
                         guint        position,
                         guint        removed,
                         guint        added,
                         CgRoomIdeas *self)
{
  g_autoptr(GHashTable) leaving = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) arriving = g_ptr_array_new_full (added, NULL);
  GHashTableIter iter;
  gpointer idea;

  for (guint i = 0; i < removed; i++)
    g_hash_table_add (leaving, g_ptr_array_index (self->items, position + i));
  for (guint i = 0; i < added; i++)
    {
      CgIdea *item = g_list_model_get_item (source, position + i); /* the array's reference */

      if (g_hash_table_remove (leaving, item))
        g_object_unref (item); /* it was here already, with its handler and reference */
      else
        watch (self, item);
      g_ptr_array_add (arriving, item);
    }
  g_ptr_array_remove_range (self->items, position, removed);
  for (guint i = 0; i < arriving->len; i++)
    g_ptr_array_insert (self->items, (int) (position + i), g_ptr_array_index (arriving, i));

  g_hash_table_iter_init (&iter, leaving);
  while (g_hash_table_iter_next (&iter, &idea, NULL))
    {
      unwatch (self, idea);
      g_object_unref (idea);
    }

  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
clear_items (CgRoomIdeas *self)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      CgIdea *idea = g_ptr_array_index (self->items, i);

      unwatch (self, idea);
      g_object_unref (idea);
    }
  g_ptr_array_set_size (self->items, 0);
}

void
cg_room_ideas_set_source (CgRoomIdeas *self,
                          GListModel  *source)
{
  guint removed, added;

  g_return_if_fail (CG_IS_ROOM_IDEAS (self));
  g_return_if_fail (source == NULL || G_IS_LIST_MODEL (source));

  if (self->source == source)
    return;
  if (self->source != NULL)
    g_signal_handlers_disconnect_by_func (self->source, source_items_changed_cb, self);
  g_set_object (&self->source, source);

  removed = self->items->len;
  clear_items (self);
  added = source != NULL ? g_list_model_get_n_items (source) : 0;
  for (guint i = 0; i < added; i++)
    {
      CgIdea *idea = g_list_model_get_item (source, i);

      g_ptr_array_add (self->items, idea);
      watch (self, idea);
    }
  if (source != NULL)
    g_signal_connect (source, "items-changed", G_CALLBACK (source_items_changed_cb), self);
  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, added);
}

static void
cg_room_ideas_dispose (GObject *object)
{
  CgRoomIdeas *self = CG_ROOM_IDEAS (object);

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_func (self->source, source_items_changed_cb, self);
  g_clear_object (&self->source);
  clear_items (self);

  G_OBJECT_CLASS (cg_room_ideas_parent_class)->dispose (object);
}

static void
cg_room_ideas_finalize (GObject *object)
{
  CgRoomIdeas *self = CG_ROOM_IDEAS (object);

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (cg_room_ideas_parent_class)->finalize (object);
}

static void
cg_room_ideas_class_init (CgRoomIdeasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cg_room_ideas_dispose;
  object_class->finalize = cg_room_ideas_finalize;
}

static void
cg_room_ideas_init (CgRoomIdeas *self)
{
  self->items = g_ptr_array_new ();
}

CgRoomIdeas *
cg_room_ideas_new (void)
{
  return g_object_new (CG_TYPE_ROOM_IDEAS, NULL);
}
