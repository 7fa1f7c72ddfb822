/* cg-outline-group.c: one theme (or Unsorted) of the outline, with the ideas it shows
 *
 * The outline's tree asks each group for its children: the ideas shown (after the window's
 * filter) whose theme is the group's, in the workshop's order. A card that changes theme is
 * told by the list under it (CgBoardIdeas, as for the board's columns), so only that idea is
 * checked again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-outline"

#include "config.h"

#include "cg-outline-private.h"

struct _CgOutlineGroup
{
  GObject             parent_instance;

  CgTheme            *theme;
  GtkFilterListModel *ideas;
};

G_DEFINE_FINAL_TYPE (CgOutlineGroup, cg_outline_group, G_TYPE_OBJECT)

static gboolean
idea_in_group (gpointer item,
               gpointer user_data)
{
  CgOutlineGroup *self = user_data;

  return cg_idea_get_theme (item) == self->theme;
}

static void
cg_outline_group_dispose (GObject *object)
{
  CgOutlineGroup *self = CG_OUTLINE_GROUP (object);

  g_clear_object (&self->ideas);
  g_clear_object (&self->theme);

  G_OBJECT_CLASS (cg_outline_group_parent_class)->dispose (object);
}

static void
cg_outline_group_class_init (CgOutlineGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_outline_group_dispose;
}

static void
cg_outline_group_init (CgOutlineGroup *self)
{
}

CgOutlineGroup *
cg_outline_group_new (CgTheme    *theme,
                      GListModel *ideas)
{
  CgOutlineGroup *self;
  GtkCustomFilter *filter;

  g_return_val_if_fail (theme == NULL || CG_IS_THEME (theme), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (ideas), NULL);

  self = g_object_new (CG_TYPE_OUTLINE_GROUP, NULL);
  self->theme = theme != NULL ? g_object_ref (theme) : NULL;
  /* (the filter holds no reference to the group: the group holds the filter) */
  filter = gtk_custom_filter_new (idea_in_group, self, NULL);
  self->ideas = gtk_filter_list_model_new (g_object_ref (ideas), GTK_FILTER (filter));
  return self;
}

CgTheme *
cg_outline_group_get_theme (CgOutlineGroup *self)
{
  g_return_val_if_fail (CG_IS_OUTLINE_GROUP (self), NULL);
  return self->theme;
}

GListModel *
cg_outline_group_get_ideas (CgOutlineGroup *self)
{
  g_return_val_if_fail (CG_IS_OUTLINE_GROUP (self), NULL);
  return G_LIST_MODEL (self->ideas);
}

guint
cg_outline_group_find (CgOutlineGroup *self,
                       CgIdea         *idea)
{
  GListModel *ideas;

  g_return_val_if_fail (CG_IS_OUTLINE_GROUP (self), GTK_INVALID_LIST_POSITION);

  ideas = G_LIST_MODEL (self->ideas);
  if (idea == NULL || cg_idea_get_theme (idea) != self->theme)
    return GTK_INVALID_LIST_POSITION;
  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      g_autoptr(CgIdea) item = g_list_model_get_item (ideas, i);

      if (item == idea)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}
