/* cg-series.c: the ideas of a whole series: an idea and its carried copies are one lineage
 *
 * Lineages. Carrying an idea forward (cg-carry.c) copies it into the next event and records
 * carried-from: the copy and the idea it came from are one idea of the series, one lineage.
 * A carried-from that names another idea of the workshop joins the two into one lineage,
 * whatever events they are at (a combine may point a copy at the kept idea of its own event),
 * except a merge's conflict copy at the event of the version it names: those are two versions
 * of one note, to be reviewed, and they stay apart until the facilitator settles them. A link to
 * an idea no longer in the workshop joins nothing. Two laptops that carried the same idea and
 * were merged give a lineage with two copies at one event; a damaged file may loop: a lineage
 * is every idea reached through links, either way.
 *
 * The latest copy stands for the lineage: the one at the latest event in the series' order (an
 * idea at no event comes before every event); of several there, the first in the workshop's
 * order. The first idea is the one whose carried-from names no other idea of the lineage.
 *
 * How Common Ground counts. Every all-events view and count (the board's All Events view, the
 * review, the search count, the voice balance, the summary of the whole series) is of lineages:
 * - ideas: one per lineage, however many events it was carried through;
 * - text, theme, voice, kind, status and "beyond the service": the latest copy's, so a lineage
 *   counts once, under its latest theme and for its latest voice ("Lived experience: 7 ideas");
 * - private: a lineage is private when its latest copy is (carrying keeps the flag; a flag the
 *   facilitator lifted later was lifted on purpose). A private lineage is left out whole, and
 *   "2 private notes were left out" counts lineages;
 * - votes: the sum over the events of the votes cast there on any idea of the lineage. A
 *   carried copy starts with none, so each vote was cast once, at one event, on one card: the
 *   sum counts every vote once and none twice. Votes at a later event are new backing from the
 *   people in that room, not the earlier votes again, so they add up (the larger is not taken);
 * - an action linked to an idea and its copies (carrying links the copy to the idea's unfinished
 *   actions) answers one idea: the summary's action plan quotes it once;
 * - per-event views and counts are unchanged: an event's ideas are those at it, carried copies
 *   included, with the votes cast there. The development table (cg-development.c) is per event:
 *   a copy counts at its own event, as carried, never as newly raised.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <string.h>

#include "cg-series.h"

/* A conflict copy's id is 64 hex digits, a form only the merge gives (cg-merge-private.h,
 * cg_merge_conflict_copy_id); every other object has a UUID. */
#define CONFLICT_COPY_ID_LENGTH 64

struct _CgLineage
{
  CgIdea **ideas;    /* n_ideas, series order: a stretch of the series' members */
  guint    n_ideas;
  CgIdea  *first;
  CgIdea  *latest;
};

struct _CgSeries
{
  CgWorkshop *workshop;   /* weak */
  GPtrArray  *ideas;      /* CgIdea, referenced: every idea met at the last update, in the
                           * workshop's order */
  GHashTable *position;   /* CgIdea -> its position in @ideas + 1 */
  CgLineage **lineage_of; /* per position in @ideas */
  CgIdea    **members;    /* the ideas again, lineage by lineage */
  CgLineage  *store;      /* every lineage, as met in series order */
  GPtrArray  *lineages;   /* CgLineage (in @store), the workshop's order of their latest copies */
  gboolean    has_copies;
};

static gboolean
is_conflict_copy_id (const char *id)
{
  return strlen (id) == CONFLICT_COPY_ID_LENGTH &&
         strspn (id, "0123456789abcdef") == CONFLICT_COPY_ID_LENGTH;
}

/* The idea @idea's carried-from joins it to, or NULL. */
static CgIdea *
linked_idea (CgWorkshop *workshop,
             CgIdea     *idea)
{
  const char *carried_from = cg_idea_get_carried_from (idea);
  CgObject *earlier;

  if (carried_from == NULL)
    return NULL;
  earlier = cg_workshop_lookup (workshop, carried_from);
  if (!CG_IS_IDEA (earlier) || CG_IDEA (earlier) == idea)
    return NULL;
  /* a merge's conflict copy beside its other version: two versions, not one idea carried */
  if (cg_idea_get_event (CG_IDEA (earlier)) == cg_idea_get_event (idea) &&
      is_conflict_copy_id (cg_object_get_id (CG_OBJECT (idea))))
    return NULL;
  return CG_IDEA (earlier);
}

/* Union-find over the positions of the ideas. */
static guint
find_root (guint *parent,
           guint  i)
{
  guint root = i;

  while (parent[root] != root)
    root = parent[root];
  while (parent[i] != root)
    {
      guint next = parent[i];

      parent[i] = root;
      i = next;
    }
  return root;
}

static void
join (guint *parent,
      guint  a,
      guint  b)
{
  a = find_root (parent, a);
  b = find_root (parent, b);
  if (a < b)
    parent[b] = a;
  else if (b < a)
    parent[a] = b;
}

static GPtrArray *
list_to_array (GListModel *model)
{
  guint n_items = g_list_model_get_n_items (model);
  GPtrArray *array = g_ptr_array_new_full (n_items, g_object_unref);

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (array, g_list_model_get_item (model, i));
  return array;
}

static guint
add_votes (guint a,
           guint b)
{
  return b > G_MAXUINT - a ? G_MAXUINT : a + b;
}

/* Per idea: 0 at no event (or at one the workshop does not hold), else its event's
 * position + 1; @n_events is set to the number of events. */
static guint *
rank_events (CgSeries *self,
             guint    *n_events)
{
  GListModel *events = cg_workshop_get_events (self->workshop);
  g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);
  guint *event_of = g_new (guint, self->ideas->len);

  *n_events = g_list_model_get_n_items (events);
  for (guint e = 0; e < *n_events; e++)
    {
      /* (the workshop holds the events: the pointers stay good) */
      g_autoptr(CgEvent) event = g_list_model_get_item (events, e);

      g_hash_table_insert (index, event, GUINT_TO_POINTER (e + 1));
    }
  for (guint i = 0; i < self->ideas->len; i++)
    {
      CgEvent *event = cg_idea_get_event (self->ideas->pdata[i]);

      event_of[i] = event != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (index, event)) : 0;
    }
  return event_of;
}

/* Fills @self from the workshop's ideas as they are now. */
static void
compute (CgSeries *self)
{
  g_autofree guint *parent = NULL;
  g_autofree gboolean *linked = NULL;
  g_autofree guint *event_of = NULL;
  g_autofree guint *count = NULL;
  g_autofree guint *order = NULL;     /* positions of the ideas in series order */
  g_autofree guint *lineage_at = NULL; /* per root position: its lineage's place in @store + 1 */
  guint n, n_events, n_lineages = 0, filled = 0;

  self->ideas = self->workshop != NULL ? list_to_array (cg_workshop_get_ideas (self->workshop))
                                       : g_ptr_array_new_with_free_func (g_object_unref);
  self->position = g_hash_table_new (NULL, NULL);
  self->has_copies = FALSE;
  n = self->ideas->len;
  self->lineages = g_ptr_array_sized_new (n);
  self->lineage_of = g_new (CgLineage *, n);
  self->members = g_new (CgIdea *, n);
  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    g_hash_table_insert (self->position, self->ideas->pdata[i], GUINT_TO_POINTER (i + 1));

  /* join each idea to the one it was carried from */
  parent = g_new (guint, n);
  linked = g_new0 (gboolean, n);
  for (guint i = 0; i < n; i++)
    parent[i] = i;
  for (guint i = 0; i < n; i++)
    {
      CgIdea *earlier = linked_idea (self->workshop, self->ideas->pdata[i]);
      guint j = earlier != NULL
                ? GPOINTER_TO_UINT (g_hash_table_lookup (self->position, earlier)) : 0;

      if (j == 0)
        continue;
      linked[i] = TRUE;
      join (parent, i, j - 1);
    }

  /* series order: by event (none first), then the workshop's order; a counting sort, which is
   * stable, so the workshop's order holds within an event */
  event_of = rank_events (self, &n_events);
  count = g_new0 (guint, n_events + 2);
  for (guint i = 0; i < n; i++)
    count[event_of[i] + 1]++;
  for (guint e = 1; e <= n_events + 1; e++)
    count[e] += count[e - 1];
  order = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    order[count[event_of[i]]++] = i;

  /* the lineages: how many ideas each holds, then a stretch of @members each */
  lineage_at = g_new0 (guint, n);
  g_free (count);
  count = g_new0 (guint, n);
  for (guint r = 0; r < n; r++)
    {
      guint root = find_root (parent, order[r]);

      if (lineage_at[root] == 0)
        lineage_at[root] = ++n_lineages;
      count[lineage_at[root] - 1]++;
    }
  self->store = g_new0 (CgLineage, n_lineages);
  for (guint l = 0; l < n_lineages; l++)
    {
      self->store[l].ideas = self->members + filled;
      filled += count[l];
      self->has_copies = self->has_copies || count[l] > 1;
    }
  for (guint r = 0; r < n; r++)
    {
      guint i = order[r];
      CgLineage *lineage = &self->store[lineage_at[find_root (parent, i)] - 1];
      CgIdea *idea = self->ideas->pdata[i];

      lineage->ideas[lineage->n_ideas++] = idea;
      if (!linked[i] && lineage->first == NULL)
        lineage->first = idea;
      self->lineage_of[i] = lineage;
    }

  for (guint l = 0; l < n_lineages; l++)
    {
      CgLineage *lineage = &self->store[l];
      guint last = lineage->n_ideas - 1;

      /* (a loop in a damaged file has no first: take the earliest) */
      if (lineage->first == NULL)
        lineage->first = lineage->ideas[0];
      /* the first, in the workshop's order, of those at the latest event */
      while (last > 0 &&
             cg_idea_get_event (lineage->ideas[last - 1]) ==
             cg_idea_get_event (lineage->ideas[last]))
        last--;
      lineage->latest = lineage->ideas[last];
    }

  /* the lineages in the workshop's order of their latest copies */
  for (guint i = 0; i < n; i++)
    if (self->lineage_of[i]->latest == self->ideas->pdata[i])
      g_ptr_array_add (self->lineages, self->lineage_of[i]);
}

static void
clear (CgSeries *self)
{
  g_clear_pointer (&self->lineages, g_ptr_array_unref);
  g_clear_pointer (&self->store, g_free);
  g_clear_pointer (&self->members, g_free);
  g_clear_pointer (&self->lineage_of, g_free);
  g_clear_pointer (&self->position, g_hash_table_unref);
  g_clear_pointer (&self->ideas, g_ptr_array_unref);
}

CgSeries *
cg_series_new (CgWorkshop *workshop)
{
  CgSeries *self;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);

  self = g_new0 (CgSeries, 1);
  g_set_weak_pointer (&self->workshop, workshop);
  compute (self);
  return self;
}

void
cg_series_free (CgSeries *self)
{
  if (self == NULL)
    return;
  clear (self);
  g_clear_weak_pointer (&self->workshop);
  g_free (self);
}

CgWorkshop *
cg_series_get_workshop (CgSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->workshop;
}

CgLineage *
cg_series_find_lineage (CgSeries *self,
                        CgIdea   *idea)
{
  guint position;

  g_return_val_if_fail (self != NULL, NULL);

  position = GPOINTER_TO_UINT (g_hash_table_lookup (self->position, idea));
  return position > 0 ? self->lineage_of[position - 1] : NULL;
}

gboolean
cg_series_update (CgSeries *self)
{
  CgSeries before = *self;
  gboolean changed = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);

  /* the old ideas stay alive until compared: a new idea cannot take a removed one's address */
  compute (self);
  for (guint i = 0; i < self->ideas->len && !changed; i++)
    {
      CgIdea *idea = self->ideas->pdata[i];

      changed = cg_series_is_latest (&before, idea) != (self->lineage_of[i]->latest == idea);
    }
  clear (&before);
  return changed;
}

guint
cg_series_get_n_lineages (CgSeries *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->lineages->len;
}

CgLineage *
cg_series_get_lineage (CgSeries *self,
                       guint     position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->lineages->len, NULL);
  return self->lineages->pdata[position];
}

gboolean
cg_series_is_latest (CgSeries *self,
                     CgIdea   *idea)
{
  CgLineage *lineage;

  g_return_val_if_fail (self != NULL, TRUE);

  lineage = cg_series_find_lineage (self, idea);
  return lineage == NULL || lineage->latest == idea;
}

gboolean
cg_series_is_carried (CgSeries *self,
                      CgIdea   *idea)
{
  CgLineage *lineage;

  g_return_val_if_fail (self != NULL, FALSE);

  lineage = cg_series_find_lineage (self, idea);
  return lineage != NULL && lineage->first != idea;
}

gboolean
cg_series_has_copies (CgSeries *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->has_copies;
}

guint
cg_series_count_private (CgSeries *self)
{
  guint n_private = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->lineages->len; i++)
    n_private += cg_lineage_get_private (self->lineages->pdata[i]);
  return n_private;
}

guint
cg_series_count_votes (CgSeries *self)
{
  guint votes = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->lineages->len; i++)
    votes = add_votes (votes, cg_lineage_get_total_votes (self->lineages->pdata[i]));
  return votes;
}

CgIdea *
cg_lineage_get_latest (CgLineage *lineage)
{
  g_return_val_if_fail (lineage != NULL, NULL);
  return lineage->latest;
}

CgIdea *
cg_lineage_get_first (CgLineage *lineage)
{
  g_return_val_if_fail (lineage != NULL, NULL);
  return lineage->first;
}

guint
cg_lineage_get_n_ideas (CgLineage *lineage)
{
  g_return_val_if_fail (lineage != NULL, 0);
  return lineage->n_ideas;
}

CgIdea *
cg_lineage_get_idea (CgLineage *lineage,
                     guint      position)
{
  g_return_val_if_fail (lineage != NULL, NULL);
  g_return_val_if_fail (position < lineage->n_ideas, NULL);
  return lineage->ideas[position];
}

guint
cg_lineage_get_votes (CgLineage *lineage,
                      CgEvent   *event)
{
  guint votes = 0;

  g_return_val_if_fail (lineage != NULL, 0);
  g_return_val_if_fail (CG_IS_EVENT (event), 0);

  for (guint i = 0; i < lineage->n_ideas; i++)
    votes = add_votes (votes, cg_idea_get_votes (lineage->ideas[i], event));
  return votes;
}

guint
cg_lineage_get_total_votes (CgLineage *lineage)
{
  guint votes = 0;

  g_return_val_if_fail (lineage != NULL, 0);

  for (guint i = 0; i < lineage->n_ideas; i++)
    votes = add_votes (votes, cg_idea_get_total_votes (lineage->ideas[i]));
  return votes;
}

gboolean
cg_lineage_get_private (CgLineage *lineage)
{
  g_return_val_if_fail (lineage != NULL, FALSE);
  return cg_idea_get_private (lineage->latest);
}
