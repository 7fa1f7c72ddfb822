/* cg-carry.c: carrying open ideas forward from one event of a series to the next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-action-links.h"
#include "cg-carry.h"

/* Ids of the ideas already carried into @event. */
static GHashTable *
collect_carried_into (CgWorkshop *workshop,
                      CgEvent    *event)
{
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  guint n_items = g_list_model_get_n_items (ideas);
  GHashTable *carried = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
      const char *carried_from = cg_idea_get_carried_from (idea);

      if (cg_idea_get_event (idea) == event && carried_from != NULL)
        g_hash_table_add (carried, g_strdup (carried_from));
    }
  return carried;
}

/* The unfinished actions that link @idea (borrowed), in plan order; NULL when none. */
static GPtrArray *
collect_unfinished_actions (CgWorkshop *workshop,
                            CgIdea     *idea)
{
  GListModel *actions = cg_workshop_get_actions (workshop);
  const char *id = cg_object_get_id (CG_OBJECT (idea));
  GPtrArray *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CgAction) action = g_list_model_get_item (actions, i);

      if (!cg_action_is_unfinished (action) ||
          !cg_action_links_idea (action, id))
        continue;
      if (found == NULL)
        found = g_ptr_array_new ();
      g_ptr_array_add (found, action);  /* the workshop holds it */
    }
  return found;
}

typedef struct
{
  GPtrArray  *ideas;     /* CgIdea to carry (borrowed) */
  GPtrArray  *actions;   /* for each idea, its unfinished actions (GPtrArray or NULL) */
  GHashTable *distinct;  /* every unfinished action met */
  guint       n_open;
  guint       n_with_actions;
} CarryPlan;

static void
carry_plan_clear (CarryPlan *plan)
{
  g_clear_pointer (&plan->ideas, g_ptr_array_unref);
  g_clear_pointer (&plan->actions, g_ptr_array_unref);
  g_clear_pointer (&plan->distinct, g_hash_table_unref);
}

static void
free_actions (gpointer data)
{
  if (data != NULL)
    g_ptr_array_unref (data);
}

/* What is to be carried from @from to @to, without changing anything. */
static void
plan_carry (CgWorkshop *workshop,
            CgEvent    *from,
            CgEvent    *to,
            CarryPlan  *plan)
{
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  guint n_items = g_list_model_get_n_items (ideas);
  g_autoptr(GHashTable) carried = collect_carried_into (workshop, to);

  plan->ideas = g_ptr_array_new ();
  plan->actions = g_ptr_array_new_with_free_func (free_actions);
  plan->distinct = g_hash_table_new (NULL, NULL);
  if (from == to)
    return;
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
      GPtrArray *actions;

      if (cg_idea_get_event (idea) != from ||
          g_hash_table_contains (carried, cg_object_get_id (CG_OBJECT (idea))))
        continue;
      actions = collect_unfinished_actions (workshop, idea);
      if (actions != NULL)
        plan->n_with_actions++;
      else if (cg_idea_get_status (idea) == CG_IDEA_STATUS_OPEN)
        plan->n_open++;
      else
        continue;
      for (guint j = 0; actions != NULL && j < actions->len; j++)
        g_hash_table_add (plan->distinct, actions->pdata[j]);
      g_ptr_array_add (plan->ideas, idea);  /* the workshop holds it */
      g_ptr_array_add (plan->actions, actions);
    }
}

void
cg_workshop_count_carry_forward (CgWorkshop *workshop,
                                 CgEvent    *from,
                                 CgEvent    *to,
                                 guint      *n_open,
                                 guint      *n_with_actions,
                                 guint      *n_actions)
{
  CarryPlan plan = { 0 };

  g_return_if_fail (CG_IS_WORKSHOP (workshop));
  g_return_if_fail (CG_IS_EVENT (from) && CG_IS_EVENT (to));

  plan_carry (workshop, from, to, &plan);
  if (n_open != NULL)
    *n_open = plan.n_open;
  if (n_with_actions != NULL)
    *n_with_actions = plan.n_with_actions;
  if (n_actions != NULL)
    *n_actions = g_hash_table_size (plan.distinct);
  carry_plan_clear (&plan);
}

static CgIdea *
carried_copy (CgIdea  *idea,
              CgEvent *to)
{
  CgIdea *copy = cg_idea_new (cg_idea_get_text (idea));

  cg_idea_set_event (copy, to);
  cg_idea_set_theme (copy, cg_idea_get_theme (idea));
  cg_idea_set_voice (copy, cg_idea_get_voice (idea));
  cg_idea_set_kind (copy, cg_idea_get_kind (idea));
  cg_idea_set_status (copy, cg_idea_get_status (idea));
  /* what was said in confidence stays so at the next event */
  cg_idea_set_private (copy, cg_idea_get_private (idea));
  cg_idea_set_beyond_service (copy, cg_idea_get_beyond_service (idea));
  cg_idea_set_carried_from (copy, cg_object_get_id (CG_OBJECT (idea)));
  return copy;
}

guint
cg_workshop_carry_forward (CgWorkshop *workshop,
                           CgEvent    *from,
                           CgEvent    *to)
{
  CarryPlan plan = { 0 };
  CgHistory *history;
  guint n_copied;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), 0);
  g_return_val_if_fail (CG_IS_EVENT (from), 0);
  g_return_val_if_fail (CG_IS_EVENT (to), 0);
  g_return_val_if_fail (cg_workshop_index_of (workshop, from) >= 0, 0);
  g_return_val_if_fail (cg_workshop_index_of (workshop, to) >= 0, 0);

  /* plan first: adding to the list while walking it would visit the copies */
  plan_carry (workshop, from, to, &plan);
  history = cg_workshop_get_history (workshop);
  cg_history_begin_group (history, _("Carry ideas forward"));
  for (guint i = 0; i < plan.ideas->len; i++)
    {
      g_autoptr(CgIdea) copy = carried_copy (plan.ideas->pdata[i], to);
      GPtrArray *actions = plan.actions->pdata[i];

      cg_workshop_add (workshop, copy);
      for (guint j = 0; actions != NULL && j < actions->len; j++)
        cg_action_link_idea (actions->pdata[j], cg_object_get_id (CG_OBJECT (copy)));
    }
  cg_history_end_group (history);
  n_copied = plan.ideas->len;
  carry_plan_clear (&plan);
  return n_copied;
}

gboolean
cg_idea_is_carried (CgWorkshop *workshop,
                    CgIdea     *idea)
{
  const char *carried_from;
  CgObject *earlier;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), FALSE);
  g_return_val_if_fail (CG_IS_IDEA (idea), FALSE);

  carried_from = cg_idea_get_carried_from (idea);
  if (carried_from == NULL)
    return FALSE;
  earlier = cg_workshop_lookup (workshop, carried_from);
  return CG_IS_IDEA (earlier) && cg_idea_get_event (CG_IDEA (earlier)) != cg_idea_get_event (idea);
}

char *
cg_idea_describe_history (CgWorkshop *workshop,
                          CgIdea     *idea)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  CgIdea *origin = idea;
  guint votes;
  CgEvent *event;
  const char *title;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (CG_IS_IDEA (idea), NULL);

  /* walk back to the first idea, adding up the votes each step had; @seen stops a loop */
  votes = cg_idea_get_total_votes (idea);
  g_hash_table_add (seen, (gpointer) cg_object_get_id (CG_OBJECT (idea)));
  for (;;)
    {
      const char *carried_from = cg_idea_get_carried_from (origin);
      CgObject *earlier;

      if (carried_from == NULL || g_hash_table_contains (seen, carried_from))
        break;
      earlier = cg_workshop_lookup (workshop, carried_from);
      /* (a merge's conflict copy points at its other version, at the same event: not a step) */
      if (!CG_IS_IDEA (earlier) ||
          cg_idea_get_event (CG_IDEA (earlier)) == cg_idea_get_event (origin))
        break;
      origin = CG_IDEA (earlier);
      g_hash_table_add (seen, (gpointer) cg_object_get_id (earlier));
      votes += cg_idea_get_total_votes (origin);
    }

  event = cg_idea_get_event (origin);
  title = event != NULL ? cg_event_get_title (event) : NULL;
  if (title == NULL || *title == '\0')
    /* Translators: the idea's first event has no title */
    return g_strdup_printf (ngettext ("Raised at an untitled event, %u vote",
                                      "Raised at an untitled event, %u votes", votes), votes);
  /* Translators: "Raised at March workshop, 5 votes" */
  return g_strdup_printf (ngettext ("Raised at %s, %u vote", "Raised at %s, %u votes", votes),
                          title, votes);
}
