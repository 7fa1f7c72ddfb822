/* cg-combine.c: combining duplicate ideas into one card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-combine.h"

/* The kept text followed by each other text not already among them, a blank line apart, or
 * NULL when that would not fit in CG_IDEA_MAX_TEXT characters (the cap would cut words). */
static char *
combined_text (CgIdea * const *ideas,
               guint           n_ideas)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (cg_idea_get_text (ideas[0]));

  g_ptr_array_add (texts, (gpointer) cg_idea_get_text (ideas[0]));
  for (guint i = 1; i < n_ideas; i++)
    {
      const char *other = cg_idea_get_text (ideas[i]);

      if (*other == '\0' ||
          g_ptr_array_find_with_equal_func (texts, other, g_str_equal, NULL))
        continue;
      g_ptr_array_add (texts, (gpointer) other);
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, other);
    }

  if (g_utf8_strlen (text->str, -1) > CG_IDEA_MAX_TEXT)
    return NULL;
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static guint
add_votes (guint a,
           guint b)
{
  return b > G_MAXUINT - a ? G_MAXUINT : a + b;
}

/* Where an idea carried from @id should now say it came from: the kept idea instead of a
 * removed one; the kept idea itself takes on what a removed one was carried from, never itself. */
static const char *
relinked_origin (GHashTable *removed,
                 CgIdea     *kept,
                 CgIdea     *idea,
                 const char *id)
{
  const char *kept_id = cg_object_get_id (CG_OBJECT (kept));
  guint steps = g_hash_table_size (removed);

  if (idea != kept)
    return g_hash_table_contains (removed, id) ? kept_id : id;

  /* follow the removed ideas back; @steps bounds a loop among them */
  while (id != NULL && steps-- > 0)
    {
      CgIdea *earlier = g_hash_table_lookup (removed, id);

      if (earlier == NULL)
        break;
      id = cg_idea_get_carried_from (earlier);
    }
  if (id != NULL && (g_hash_table_contains (removed, id) || g_str_equal (id, kept_id)))
    return NULL;
  return id;
}

/* (In every step, the first of @ideas is the one kept.) The ideas to remove, by id; NULL when @ideas are not two or more
 * different ideas of @workshop. */
static GHashTable *
index_removed (CgWorkshop     *workshop,
               CgIdea * const *ideas,
               guint           n_ideas)
{
  g_autoptr(GHashTable) removed = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n_ideas; i++)
    {
      g_return_val_if_fail (CG_IS_IDEA (ideas[i]), NULL);
      g_return_val_if_fail (cg_workshop_index_of (workshop, ideas[i]) >= 0, NULL);
      g_return_val_if_fail (ideas[i] != ideas[0] || i == 0, NULL);
      if (i > 0)
        {
          const char *id = cg_object_get_id (CG_OBJECT (ideas[i]));

          g_return_val_if_fail (!g_hash_table_contains (removed, id), NULL);
          g_hash_table_insert (removed, (gpointer) id, ideas[i]);
        }
    }
  return g_steal_pointer (&removed);
}

/* The kept idea's votes at each event become the sum of all their votes there. */
static void
sum_votes (CgWorkshop     *workshop,
           CgIdea * const *ideas,
           guint           n_ideas)
{
  GListModel *events = cg_workshop_get_events (workshop);
  CgIdea *kept = ideas[0];

  for (guint e = 0; e < g_list_model_get_n_items (events); e++)
    {
      g_autoptr(CgEvent) event = g_list_model_get_item (events, e);
      guint votes = 0;

      for (guint i = 0; i < n_ideas; i++)
        votes = add_votes (votes, cg_idea_get_votes (ideas[i], event));
      if (votes != cg_idea_get_votes (kept, event))
        cg_idea_set_votes (kept, event, votes);
    }
}

/* Never make public what was said in confidence, nor drop a conflict still to review: the
 * kept idea is private, beyond the service or needs review when any of them was or did. */
static void
merge_flags (CgIdea * const *ideas,
             guint           n_ideas)
{
  CgIdea *kept = ideas[0];
  gboolean private_ = FALSE;
  gboolean beyond_service = FALSE;
  gboolean needs_review = FALSE;

  for (guint i = 0; i < n_ideas; i++)
    {
      private_ = private_ || cg_idea_get_private (ideas[i]);
      beyond_service = beyond_service || cg_idea_get_beyond_service (ideas[i]);
      needs_review = needs_review || cg_idea_get_needs_review (ideas[i]);
    }
  cg_idea_set_private (kept, private_);
  cg_idea_set_beyond_service (kept, beyond_service);
  cg_idea_set_needs_review (kept, needs_review);
}

/* Actions linked to a removed idea are linked to the kept one instead. */
static void
relink_actions (CgWorkshop     *workshop,
                CgIdea * const *ideas,
                guint           n_ideas)
{
  GListModel *actions = cg_workshop_get_actions (workshop);
  const char *kept_id = cg_object_get_id (CG_OBJECT (ideas[0]));

  for (guint a = 0; a < g_list_model_get_n_items (actions); a++)
    {
      g_autoptr(CgAction) action = g_list_model_get_item (actions, a);

      for (guint i = 1; i < n_ideas; i++)
        {
          const char *id = cg_object_get_id (CG_OBJECT (ideas[i]));

          if (!cg_action_links_idea (action, id))
            continue;
          cg_action_unlink_idea (action, id);
          cg_action_link_idea (action, kept_id);
        }
    }
}

/* A kept idea first raised here goes on the lineage of a removed one carried from an earlier
 * idea: one idea of the series, not a new one beside the old (cg-series.c). */
static void
join_lineage (GHashTable     *removed,
              CgIdea * const *ideas,
              guint           n_ideas)
{
  CgIdea *kept = ideas[0];

  for (guint i = 1; i < n_ideas && cg_idea_get_carried_from (kept) == NULL; i++)
    {
      g_autofree char *origin = g_strdup (relinked_origin (removed, kept, kept,
                                                           cg_idea_get_carried_from (ideas[i])));

      if (origin != NULL)
        cg_idea_set_carried_from (kept, origin);
    }
}

/* Ideas carried forward from a removed idea say they came from the kept one. */
static void
relink_carried (CgWorkshop *workshop,
                GHashTable *removed,
                CgIdea     *kept)
{
  GListModel *all_ideas = cg_workshop_get_ideas (workshop);

  for (guint j = 0; j < g_list_model_get_n_items (all_ideas); j++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (all_ideas, j);
      const char *carried_from = cg_idea_get_carried_from (idea);
      const char *origin;

      if (carried_from == NULL ||
          g_hash_table_contains (removed, cg_object_get_id (CG_OBJECT (idea))))
        continue;
      origin = relinked_origin (removed, kept, idea, carried_from);
      if (g_strcmp0 (origin, carried_from) != 0)
        {
          g_autofree char *copy = g_strdup (origin);

          cg_idea_set_carried_from (idea, copy);
        }
    }
}

CgIdea *
cg_workshop_combine_ideas (CgWorkshop     *workshop,
                           CgIdea * const *ideas,
                           guint           n_ideas)
{
  g_autoptr(GHashTable) removed = NULL;
  g_autoptr(GPtrArray) hold = NULL;
  g_autofree char *text = NULL;
  CgHistory *history;
  CgIdea *kept;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (ideas != NULL, NULL);
  g_return_val_if_fail (n_ideas >= 2, NULL);

  removed = index_removed (workshop, ideas, n_ideas);
  if (removed == NULL)
    return NULL;
  text = combined_text (ideas, n_ideas);
  if (text == NULL)
    return NULL;

  /* the removed ideas must outlive the step, whoever else holds them */
  hold = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_ideas; i++)
    g_ptr_array_add (hold, g_object_ref (ideas[i]));

  kept = ideas[0];
  history = cg_workshop_get_history (workshop);
  cg_history_begin_group (history, _("Combine ideas"));
  cg_idea_set_text (kept, text);
  sum_votes (workshop, ideas, n_ideas);
  merge_flags (ideas, n_ideas);
  relink_actions (workshop, ideas, n_ideas);
  join_lineage (removed, ideas, n_ideas);
  relink_carried (workshop, removed, kept);
  for (guint i = 1; i < n_ideas; i++)
    cg_workshop_remove (workshop, ideas[i]);
  cg_history_end_group (history);

  return kept;
}
