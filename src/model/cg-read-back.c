/* cg-read-back.c: the order in which the room's cards are read back, one at a time
 *
 * The room checks "did we capture your words right?" card by card, in the board's order or
 * from the most voted down (see cg-read-back.h). The order is worked out when asked (at each
 * step), from the ideas the room may see, so an idea added, moved or voted for in between takes
 * its new place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include "cg-read-back.h"

typedef struct
{
  CgIdea *idea;
  guint   column;   /* 0: Unsorted, then 1 + the theme's position */
  guint   position; /* in the workshop's order */
  guint   votes;
} Entry;

static int
compare_by_theme (const Entry *a,
                  const Entry *b)
{
  if (a->column != b->column)
    return a->column < b->column ? -1 : 1;
  return a->position < b->position ? -1 : a->position > b->position;
}

static int
compare_entries (gconstpointer pa,
                 gconstpointer pb,
                 gpointer      user_data)
{
  const Entry *a = pa, *b = pb;
  CgReadBackOrder order = GPOINTER_TO_INT (user_data);

  if (order == CG_READ_BACK_BY_VOTES && a->votes != b->votes)
    return a->votes > b->votes ? -1 : 1;
  return compare_by_theme (a, b);
}

GPtrArray *
cg_read_back_sort (GListModel      *ideas,
                   GListModel      *themes,
                   CgReadBackOrder  order)
{
  g_autoptr(GHashTable) columns = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  GPtrArray *sorted;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (ideas), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (themes), NULL);

  for (guint i = 0, n_themes = g_list_model_get_n_items (themes); i < n_themes; i++)
    {
      g_autoptr(GObject) theme = g_list_model_get_item (themes, i);

      g_hash_table_insert (columns, theme, GUINT_TO_POINTER (i + 1));
    }

  n = g_list_model_get_n_items (ideas);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
      CgTheme *theme = cg_idea_get_theme (idea);
      Entry entry = { idea, 0, i, cg_idea_get_total_votes (idea) };

      if (theme != NULL)
        entry.column = GPOINTER_TO_UINT (g_hash_table_lookup (columns, theme));
      g_array_append_val (entries, entry);
    }
  g_array_sort_with_data (entries, compare_entries, GINT_TO_POINTER (order));

  sorted = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (sorted, g_object_ref (g_array_index (entries, Entry, i).idea));
  return sorted;
}

CgIdea *
cg_read_back_step (GPtrArray *sorted,
                   CgIdea    *current,
                   int        delta)
{
  guint position;
  gint64 next;

  g_return_val_if_fail (sorted != NULL, NULL);

  if (sorted->len == 0)
    return NULL;
  if (current == NULL || !g_ptr_array_find (sorted, current, &position))
    return g_ptr_array_index (sorted, delta >= 0 ? 0 : sorted->len - 1);
  next = CLAMP ((gint64) position + delta, 0, (gint64) sorted->len - 1);
  return g_ptr_array_index (sorted, (guint) next);
}
