/* cg-merge-erased.c: a merge never brings back an idea removed at a person's request
 *
 * When someone withdraws, their ideas are removed on one laptop (cg-withdraw.h), and their ids
 * are kept as "erased". Another laptop, or an older copy of the file, may still hold them; a
 * merge in either direction leaves them out, with every copy carried from them, and the result
 * keeps every erased id of both. The rule is the same whichever workshop is merged into.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include "cg-merge-private.h"

static void
add_listed (GHashTable *erased,
            CgWorkshop *workshop)
{
  g_auto(GStrv) ids = cg_workshop_dup_erased (workshop);

  for (guint i = 0; ids[i] != NULL; i++)
    g_hash_table_add (erased, g_steal_pointer (&ids[i]));
}

/* Adds the ideas of @workshop carried from an erased one; whether any was new. */
static gboolean
add_copies (GHashTable *erased,
            CgWorkshop *workshop)
{
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  gboolean grew = FALSE;

  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
      const char *from = cg_idea_get_carried_from (idea);
      const char *id = cg_object_get_id (CG_OBJECT (idea));

      if (from != NULL && g_hash_table_contains (erased, from) &&
          !g_hash_table_contains (erased, id))
        {
          g_hash_table_add (erased, g_strdup (id));
          grew = TRUE;
        }
    }
  return grew;
}

GHashTable *
cg_merge_erased_new (CgWorkshop *a,
                     CgWorkshop *b)
{
  GHashTable *erased = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  add_listed (erased, a);
  add_listed (erased, b);
  /* (a copy of a copy is found on a later round; nothing to do when nothing is erased) */
  while (g_hash_table_size (erased) > 0 && (add_copies (erased, a) | add_copies (erased, b)))
    ;
  return erased;
}

void
cg_merge_erased_apply (CgWorkshop *workshop,
                       GHashTable *erased)
{
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree const char **ids = NULL;
  GHashTableIter iter;
  gpointer id;

  if (g_hash_table_size (erased) == 0)
    return;
  g_hash_table_iter_init (&iter, erased);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    {
      CgObject *object = cg_workshop_lookup (workshop, id);

      if (CG_IS_IDEA (object))
        g_ptr_array_add (gone, g_object_ref (object));
    }
  for (guint i = 0; i < gone->len; i++)
    cg_workshop_remove (workshop, g_ptr_array_index (gone, i));
  ids = (const char **) g_hash_table_get_keys_as_array (erased, NULL);
  cg_workshop_add_erased (workshop, ids);
}
