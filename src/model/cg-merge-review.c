/* cg-merge-review.c: which merged ideas the facilitator should look at
 *
 * The merge sets an idea's "needs review" flag on both versions of a new conflict; the
 * facilitator clears it. Merging either way round must give the same flags, and merging a file
 * again must not bring back a flag that was cleared. A flag alone cannot say whether the other
 * file's flag is news or old news, so each flag is read with the conflict copies that explain
 * it (those carried from the idea, or from the idea it is a copy of):
 *
 * - a flag is kept unless the other workshop holds the same idea unflagged and holds every
 *   conflict copy that explains the flag: there it was reviewed, and the review stands;
 * - a flag that no conflict copy explains (set by hand) is always kept;
 * - a new conflict flags both its versions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <string.h>

#include "cg-merge-private.h"

#define COPY_ID_LENGTH 64  /* hex digits of a SHA-256 */

typedef struct
{
  gboolean  needs_review;
  char     *parent;  /* the idea this one is a conflict copy of, or NULL */
} Entry;

struct _CgMergeReview
{
  GHashTable *entries;  /* idea id -> Entry */
  GHashTable *copies;   /* idea id -> GPtrArray of the ids of its conflict copies */
};

char *
cg_merge_conflict_copy_id (const char *id,
                           const char *text)
{
  g_autofree char *input = NULL;

  g_return_val_if_fail (id != NULL, NULL);

  input = g_strdup_printf ("%s|%s", id, text != NULL ? text : "");
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, input, -1);
}

static gboolean
is_conflict_copy_id (const char *id)
{
  return strlen (id) == COPY_ID_LENGTH && strspn (id, "0123456789abcdef") == COPY_ID_LENGTH;
}

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->parent);
  g_free (entry);
}

static gboolean
is_conflict_copy (CgIdea *idea)
{
  return cg_idea_get_carried_from (idea) != NULL &&
         is_conflict_copy_id (cg_object_get_id (CG_OBJECT (idea)));
}

/* Notes @idea (NULL, or not an idea: nothing) as it is now. */
static void
add_entry (CgMergeReview *self,
           gpointer       idea)
{
  Entry *entry;

  if (!CG_IS_IDEA (idea) ||
      g_hash_table_contains (self->entries, cg_object_get_id (CG_OBJECT (idea))))
    return;
  entry = g_new0 (Entry, 1);
  entry->needs_review = cg_idea_get_needs_review (idea);
  if (is_conflict_copy (idea))
    entry->parent = g_strdup (cg_idea_get_carried_from (idea));
  g_hash_table_insert (self->entries, g_strdup (cg_object_get_id (CG_OBJECT (idea))), entry);
}

static CgMergeReview *
review_new (void)
{
  CgMergeReview *self = g_new0 (CgMergeReview, 1);

  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, entry_free);
  self->copies = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                        (GDestroyNotify) g_ptr_array_unref);
  return self;
}

/* Indexes the conflict copies among the entries by the idea they are copies of. */
static CgMergeReview *
index_copies (CgMergeReview *self)
{
  GHashTableIter iter;
  gpointer key, value;

  /* keys and ids are borrowed from the entries, which outlive this table */
  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Entry *entry = value;
      GPtrArray *copies;

      if (entry->parent == NULL)
        continue;
      copies = g_hash_table_lookup (self->copies, entry->parent);
      if (copies == NULL)
        {
          copies = g_ptr_array_new ();
          g_hash_table_insert (self->copies, entry->parent, copies);
        }
      g_ptr_array_add (copies, key);
    }
  return self;
}

CgMergeReview *
cg_merge_review_new (CgWorkshop *workshop)
{
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  CgMergeReview *self = review_new ();

  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      add_entry (self, idea);
    }
  return index_copies (self);
}

CgMergeReview *
cg_merge_review_new_for (CgWorkshop *into,
                         GListModel *from_ideas)
{
  GListModel *ideas = cg_workshop_get_ideas (into);
  CgMergeReview *self = review_new ();

  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      CgIdea *idea = g_list_model_get_item (ideas, i);

      if (is_conflict_copy (idea))
        add_entry (self, idea);
      g_object_unref (idea);
    }
  for (guint i = 0, n = g_list_model_get_n_items (from_ideas); i < n; i++)
    {
      g_autoptr(CgIdea) source = g_list_model_get_item (from_ideas, i);
      gpointer idea = cg_workshop_lookup (into, cg_object_get_id (CG_OBJECT (source)));
      const char *parent = CG_IS_IDEA (idea) ? cg_idea_get_carried_from (idea) : NULL;

      add_entry (self, idea);
      if (parent != NULL)
        add_entry (self, cg_workshop_lookup (into, parent));
    }
  return index_copies (self);
}

void
cg_merge_review_free (CgMergeReview *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->copies);
  g_hash_table_unref (self->entries);
  g_free (self);
}

/* Whether @self holds @copy_id as a conflict copy of idea @id, or of the idea @id is a copy of. */
static gboolean
holds_copy (const CgMergeReview *self,
            const char          *id,
            const char          *copy_id)
{
  const Entry *copy = g_hash_table_lookup (self->entries, copy_id);
  const Entry *entry = g_hash_table_lookup (self->entries, id);

  if (copy == NULL || copy->parent == NULL)
    return FALSE;
  return g_str_equal (copy->parent, id) ||
         (entry != NULL && entry->parent != NULL && g_str_equal (copy->parent, entry->parent));
}

/* Whether conflict copies in @self explain its flag on @id, and @other holds them all. */
static gboolean
flag_known_to (const CgMergeReview *self,
               const CgMergeReview *other,
               const char          *id)
{
  const Entry *entry = g_hash_table_lookup (self->entries, id);
  const char *roots[] = { id, entry->parent };
  gboolean explained = FALSE;

  for (guint r = 0; r < G_N_ELEMENTS (roots); r++)
    {
      GPtrArray *copies = roots[r] != NULL ? g_hash_table_lookup (self->copies, roots[r]) : NULL;

      for (guint i = 0; copies != NULL && i < copies->len; i++)
        {
          if (!holds_copy (other, id, copies->pdata[i]))
            return FALSE;
          explained = TRUE;
        }
    }
  return explained;
}

/* Whether the flag @self has on @id stands after merging with @other. */
static gboolean
keeps_flag (const CgMergeReview *self,
            const CgMergeReview *other,
            const char          *id)
{
  const Entry *mine = g_hash_table_lookup (self->entries, id);
  const Entry *theirs = g_hash_table_lookup (other->entries, id);

  if (mine == NULL || !mine->needs_review)
    return FALSE;
  if (theirs == NULL || theirs->needs_review)
    return TRUE;
  /* unflagged there: reviewed, unless this flag comes with conflicts it has not seen */
  return !flag_known_to (self, other, id);
}

void
cg_merge_review_settle (CgWorkshop          *into,
                        const CgMergeReview *before,
                        const CgMergeReview *from,
                        GListModel          *from_ideas,
                        const char * const  *conflict_ids)
{
  guint n_items = g_list_model_get_n_items (from_ideas);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CgIdea) source = g_list_model_get_item (from_ideas, i);
      const char *id = cg_object_get_id (CG_OBJECT (source));
      CgObject *target = cg_workshop_lookup (into, id);

      /* (an idea whose id named something else here was copied under a new id, flag and all) */
      if (!CG_IS_IDEA (target))
        continue;
      cg_idea_set_needs_review (CG_IDEA (target),
                                keeps_flag (before, from, id) || keeps_flag (from, before, id));
    }

  for (guint i = 0; conflict_ids[i] != NULL; i++)
    {
      CgObject *target = cg_workshop_lookup (into, conflict_ids[i]);

      if (CG_IS_IDEA (target))
        cg_idea_set_needs_review (CG_IDEA (target), TRUE);
    }
}
