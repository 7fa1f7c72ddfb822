/* cg-carry.c: carrying open ideas forward from one event of a series to the next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <glib/gi18n-lib.h>

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

static CgIdea *
carried_copy (CgIdea  *idea,
              CgEvent *to)
{
  CgIdea *copy = cg_idea_new (cg_idea_get_text (idea));

  cg_idea_set_event (copy, to);
  cg_idea_set_theme (copy, cg_idea_get_theme (idea));
  cg_idea_set_voice (copy, cg_idea_get_voice (idea));
  cg_idea_set_kind (copy, cg_idea_get_kind (idea));
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
  GListModel *ideas;
  g_autoptr(GHashTable) carried = NULL;
  g_autoptr(GPtrArray) copies = NULL;
  CgHistory *history;
  guint n_items;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), 0);
  g_return_val_if_fail (CG_IS_EVENT (from), 0);
  g_return_val_if_fail (CG_IS_EVENT (to), 0);
  g_return_val_if_fail (cg_workshop_index_of (workshop, from) >= 0, 0);
  g_return_val_if_fail (cg_workshop_index_of (workshop, to) >= 0, 0);

  if (from == to)
    return 0;

  /* collect first: adding to the list while walking it would visit the copies */
  ideas = cg_workshop_get_ideas (workshop);
  n_items = g_list_model_get_n_items (ideas);
  carried = collect_carried_into (workshop, to);
  copies = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      if (cg_idea_get_event (idea) != from ||
          cg_idea_get_status (idea) != CG_IDEA_STATUS_OPEN ||
          g_hash_table_contains (carried, cg_object_get_id (CG_OBJECT (idea))))
        continue;
      g_ptr_array_add (copies, carried_copy (idea, to));
    }

  history = cg_workshop_get_history (workshop);
  cg_history_begin_group (history, _("Carry ideas forward"));
  for (guint i = 0; i < copies->len; i++)
    cg_workshop_add (workshop, copies->pdata[i]);
  cg_history_end_group (history);

  return copies->len;
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
      if (!CG_IS_IDEA (earlier))
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
