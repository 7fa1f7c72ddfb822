/* cg-withdraw.c: taking out a person's words when they withdraw
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-withdraw.h"

GPtrArray *
cg_withdraw_find_ideas (CgWorkshop *workshop,
                        CgVoice    *voice,
                        CgEvent    *event)
{
  GListModel *ideas;
  GPtrArray *found = g_ptr_array_new ();

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), found);

  ideas = cg_workshop_get_ideas (workshop);
  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      if (cg_idea_get_voice (idea) == voice && cg_idea_get_carried_from (idea) == NULL &&
          (event == NULL || cg_idea_get_event (idea) == event))
        g_ptr_array_add (found, idea);
    }
  return found;
}

/* @chosen with every idea carried forward from one of them, at any remove, in the workshop's
 * order. */
static GPtrArray *
with_copies (CgWorkshop *workshop,
             GPtrArray  *chosen)
{
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  guint n = g_list_model_get_n_items (ideas);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *all = g_ptr_array_new ();
  gboolean grew = TRUE;

  for (guint i = 0; i < chosen->len; i++)
    g_hash_table_add (ids, (gpointer) cg_object_get_id (g_ptr_array_index (chosen, i)));
  /* (a copy of a copy is found on a later pass when it comes earlier in the file) */
  while (grew)
    {
      grew = FALSE;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
          const char *from = cg_idea_get_carried_from (idea);

          if (from != NULL && g_hash_table_contains (ids, from) &&
              g_hash_table_add (ids, (gpointer) cg_object_get_id (CG_OBJECT (idea))))
            grew = TRUE;
        }
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      if (g_hash_table_contains (ids, cg_object_get_id (CG_OBJECT (idea))))
        g_ptr_array_add (all, idea);
    }
  return all;
}

/* "Lived experience, Family and carers": the names of the voices (or events) of @ideas, each
 * once, in order of first appearance. */
static char *
dup_names (GPtrArray *ideas,
           gboolean   voices)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < ideas->len; i++)
    {
      CgIdea *idea = g_ptr_array_index (ideas, i);
      const char *name;

      if (voices)
        name = cg_idea_get_voice (idea) != NULL ? cg_voice_get_name (cg_idea_get_voice (idea))
                                                : _("no voice");
      else
        name = cg_idea_get_event (idea) != NULL
                 ? cg_event_get_display_title (cg_idea_get_event (idea)) : _("no event");
      if (!g_hash_table_add (seen, (gpointer) name))
        continue;
      if (names->len > 0)
        g_string_append (names, _(", "));
      g_string_append (names, name);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

guint
cg_withdraw_ideas (CgWorkshop   *workshop,
                   GPtrArray    *ideas,
                   CgWithdrawal  how,
                   GDateTime    *today)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *voices = NULL;
  g_autofree char *events = NULL;
  g_autofree char *entry = NULL;
  CgHistory *history;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), 0);
  g_return_val_if_fail (ideas != NULL, 0);

  all = with_copies (workshop, ideas);
  if (all->len == 0)
    return 0;
  voices = dup_names (all, TRUE);
  events = dup_names (all, FALSE);
  /* (hold the ideas while they are taken out of the workshop) */
  g_ptr_array_set_free_func (all, g_object_unref);
  for (guint i = 0; i < all->len; i++)
    g_object_ref (g_ptr_array_index (all, i));

  history = cg_workshop_get_history (workshop);
  if (how == CG_WITHDRAW_REMOVE)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new_null_terminated (all->len, NULL, TRUE);

      cg_history_begin_group (history, _("Remove a Person’s Words"));
      for (guint i = 0; i < all->len; i++)
        {
          g_ptr_array_add (ids, (gpointer) cg_object_get_id (g_ptr_array_index (all, i)));
          cg_workshop_remove (workshop, g_ptr_array_index (all, i));
        }
      /* (a merge with a laptop that still holds them does not bring them back) */
      cg_workshop_add_erased (workshop, (const char * const *) ids->pdata);
      /* TRANSLATORS: an entry of the workshop's log; the voices, then the events */
      entry = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u idea was removed at a person’s request "
                                            "(%s; %s).",
                                            "%u ideas were removed at a person’s request "
                                            "(%s; %s).", all->len),
                               all->len, voices, events);
    }
  else
    {
      cg_history_begin_group (history, _("Anonymise a Person’s Words"));
      for (guint i = 0; i < all->len; i++)
        cg_idea_set_voice (g_ptr_array_index (all, i), NULL);
      /* TRANSLATORS: an entry of the workshop's log; the voices, then the events */
      entry = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u idea was kept without its voice at a person’s "
                                            "request (%s; %s).",
                                            "%u ideas were kept without their voice at a "
                                            "person’s request (%s; %s).", all->len),
                               all->len, voices, events);
    }
  cg_workshop_add_log_entry (workshop, today, entry);
  cg_history_end_group (history);
  cg_history_seal (history);
  return all->len;
}
