/* cg-action-links.c: how the action plan's rows link to the ideas that prompted them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-action-links.h"

GPtrArray *
cg_workshop_dup_idea_actions (CgWorkshop *workshop,
                              CgIdea     *idea)
{
  GListModel *actions;
  GPtrArray *found;
  const char *id;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (CG_IS_IDEA (idea), NULL);

  actions = cg_workshop_get_actions (workshop);
  found = g_ptr_array_new_with_free_func (g_object_unref);
  id = cg_object_get_id (CG_OBJECT (idea));
  for (guint i = 0, n = g_list_model_get_n_items (actions); i < n; i++)
    {
      g_autoptr(CgAction) action = g_list_model_get_item (actions, i);

      if (cg_action_links_idea (action, id))
        g_ptr_array_add (found, g_steal_pointer (&action));
    }
  return found;
}

/* The theme every one of @ideas is in, or NULL when they differ, one is unsorted or none given. */
static CgTheme *
shared_theme (CgIdea * const *ideas,
              guint           n_ideas)
{
  CgTheme *theme;

  if (n_ideas == 0)
    return NULL;
  theme = cg_idea_get_theme (ideas[0]);
  for (guint i = 1; i < n_ideas && theme != NULL; i++)
    if (cg_idea_get_theme (ideas[i]) != theme)
      theme = NULL;
  return theme;
}

static gboolean
ideas_belong (CgWorkshop     *workshop,
              CgIdea * const *ideas,
              guint           n_ideas)
{
  for (guint i = 0; i < n_ideas; i++)
    if (!CG_IS_IDEA (ideas[i]) || cg_workshop_index_of (workshop, ideas[i]) < 0)
      return FALSE;
  return TRUE;
}

CgAction *
cg_workshop_add_action_for_ideas (CgWorkshop     *workshop,
                                  CgIdea * const *ideas,
                                  guint           n_ideas)
{
  g_autoptr(CgAction) action = NULL;
  CgHistory *history;
  CgTheme *theme;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (n_ideas == 0 || ideas != NULL, NULL);
  g_return_val_if_fail (ideas_belong (workshop, ideas, n_ideas), NULL);

  /* filled in before it joins the workshop: adding it is then the only step to record */
  theme = shared_theme (ideas, n_ideas);
  action = cg_action_new (theme != NULL ? cg_theme_get_name (theme) : "", "");
  cg_action_set_theme (action, theme);
  cg_action_set_status (action, CG_ACTION_STATUS_PROPOSED);
  for (guint i = 0; i < n_ideas; i++)
    cg_action_link_idea (action, cg_object_get_id (CG_OBJECT (ideas[i])));

  history = cg_workshop_get_history (workshop);
  cg_history_begin_group (history, _("New action"));
  cg_workshop_add (workshop, action);
  for (guint i = 0; i < n_ideas; i++)
    if (cg_idea_get_status (ideas[i]) == CG_IDEA_STATUS_OPEN)
      cg_idea_set_status (ideas[i], CG_IDEA_STATUS_ACTIONED);
  cg_history_end_group (history);

  return action; /* the workshop holds its own reference */
}

char *
cg_action_describe_ideas (CgWorkshop *workshop,
                          CgAction   *action)
{
  const char * const *ids;
  guint n_linked = 0;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (CG_IS_ACTION (action), NULL);

  ids = cg_action_get_idea_ids (action);
  for (guint i = 0; ids[i] != NULL; i++)
    if (CG_IS_IDEA (cg_workshop_lookup (workshop, ids[i])))
      n_linked++;

  if (n_linked == 0)
    return g_strdup (_("No ideas linked"));
  /* Translators: the ideas an action answers, in a cell of the action plan */
  return g_strdup_printf (ngettext ("%u idea", "%u ideas", n_linked), n_linked);
}

gboolean
cg_action_is_unfinished (CgAction *action)
{
  g_return_val_if_fail (CG_IS_ACTION (action), FALSE);

  switch (cg_action_get_status (action))
    {
    case CG_ACTION_STATUS_PROPOSED:
    case CG_ACTION_STATUS_AGREED:
    case CG_ACTION_STATUS_IN_PROGRESS:
      return TRUE;

    case CG_ACTION_STATUS_DONE:
    case CG_ACTION_STATUS_NOT_DOING:
    default:
      return FALSE;
    }
}
