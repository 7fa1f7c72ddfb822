/* cg-arrival.c: what another laptop's copy of the workshop brought when it was merged in
 *
 * The merge (cg-merge.c) says how many objects it added; a facilitator wants to know where
 * they came from: "3 ideas arrived from Table 2". Ideas record the laptop that captured them
 * (cg_idea_get_laptop), so the ideas of the arriving copy that this workshop did not hold are
 * counted by laptop before the merge.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-arrival.h"

/* Laptops named one by one in a notice; more are counted. */
#define MAX_NAMED 2

struct _CgArrival
{
  CgMergeReport *report;
  GStrv          laptops;
  guint          n_ideas;
  guint          n_unnamed;
  gboolean       changed;
};

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

CgArrival *
cg_arrival_merge (CgWorkshop           *into,
                  CgWorkshop           *from,
                  CgMergeUnchangedFunc  unchanged,
                  gpointer              data)
{
  GListModel *ideas;
  CgHistory *history;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  GHashTableIter iter;
  gpointer name;
  CgArrival *self;
  guint n_steps;

  g_return_val_if_fail (CG_IS_WORKSHOP (into), NULL);
  g_return_val_if_fail (CG_IS_WORKSHOP (from), NULL);

  self = g_new0 (CgArrival, 1);
  names = g_hash_table_new (g_str_hash, g_str_equal);
  ideas = cg_workshop_get_ideas (from);
  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
      const char *laptop = cg_idea_get_laptop (idea);

      if (cg_workshop_lookup (into, cg_object_get_id (CG_OBJECT (idea))) != NULL)
        continue;
      self->n_ideas++;
      /* (the names live as long as @from, which outlives this function) */
      if (laptop != NULL)
        g_hash_table_add (names, (gpointer) laptop);
      else
        self->n_unnamed++;
    }

  history = cg_workshop_get_history (into);
  n_steps = cg_history_get_n_undo (history);
  self->report = cg_workshop_merge_edits (into, from, unchanged, data);
  self->changed = cg_history_get_n_undo (history) != n_steps;

  sorted = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    g_ptr_array_add (sorted, name);
  g_ptr_array_sort (sorted, compare_names);
  self->laptops = g_new0 (char *, sorted->len + 1);
  for (guint i = 0; i < sorted->len; i++)
    self->laptops[i] = g_strdup (sorted->pdata[i]);

  return self;
}

void
cg_arrival_free (CgArrival *self)
{
  if (self == NULL)
    return;
  cg_merge_report_free (self->report);
  g_strfreev (self->laptops);
  g_free (self);
}

gboolean
cg_arrival_get_changed (const CgArrival *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->changed;
}

guint
cg_arrival_get_n_ideas (const CgArrival *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_ideas;
}

const char * const *
cg_arrival_get_laptops (const CgArrival *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->laptops;
}

guint
cg_arrival_get_n_unnamed (const CgArrival *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_unnamed;
}

guint
cg_arrival_get_n_conflicts (const CgArrival *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return cg_merge_report_get_n_conflicts (self->report);
}

const CgMergeReport *
cg_arrival_get_report (const CgArrival *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->report;
}

char *
cg_arrival_describe_laptops (const char * const *laptops,
                             guint               n_unnamed)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  guint n;

  for (guint i = 0; laptops != NULL && laptops[i] != NULL; i++)
    g_ptr_array_add (all, (gpointer) laptops[i]);
  /* Translators: where ideas that record no laptop came from: "3 ideas arrived from another
   * laptop" */
  if (n_unnamed > 0 || all->len == 0)
    g_ptr_array_add (all, (gpointer) _("another laptop"));
  n = all->len;

  if (n == 1)
    return g_strdup (all->pdata[0]);
  if (n <= MAX_NAMED)
    /* Translators: two laptops ideas came from: "Table 2 and Table 4" */
    return g_strdup_printf (_("%s and %s"), (const char *) all->pdata[0],
                            (const char *) all->pdata[1]);
  /* Translators: ideas came from several laptops: "3 ideas arrived from 4 laptops" */
  return g_strdup_printf (ngettext ("%u laptop", "%u laptops", n), n);
}

char *
cg_arrival_describe (const CgArrival *self)
{
  g_autofree char *what = NULL;
  guint n_conflicts;

  g_return_val_if_fail (self != NULL, NULL);

  if (!self->changed)
    return NULL;

  n_conflicts = cg_arrival_get_n_conflicts (self);
  if (self->n_ideas > 0)
    {
      g_autofree char *from = cg_arrival_describe_laptops (cg_arrival_get_laptops (self),
                                                           self->n_unnamed);

      /* Translators: a notice: "3 ideas arrived from Table 2" */
      what = g_strdup_printf (ngettext ("%u idea arrived from %s", "%u ideas arrived from %s",
                                        self->n_ideas), self->n_ideas, from);
    }
  else
    {
      /* Translators: a notice: another laptop changed ideas, votes or themes, nothing new */
      what = g_strdup (_("Changes arrived from another laptop"));
    }

  if (n_conflicts == 0)
    return g_steal_pointer (&what);
  /* Translators: a notice, after what arrived: "3 ideas arrived from Table 2 · 1 idea was
   * changed on two laptops: check it" */
  return g_strdup_printf (ngettext ("%s · %u idea was changed on two laptops: check it",
                                    "%s · %u ideas were changed on two laptops: check them",
                                    n_conflicts), what, n_conflicts);
}
