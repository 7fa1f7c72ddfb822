/* fuzz-merge.c: fuzz target for merging two workshop files, as from two laptops
 *
 * The input holds two files, A and B, split at the first line "--8<--"; without one, B is a
 * second copy of A (the same file on two laptops). When both load, A merged with B must:
 * save to a file that loads again and saves the same; leave B as it was; be one undo step that
 * undo and redo take back and forth; add nothing when merged again; give the same ideas and
 * flags when merged the other way round (B with A), where the two files name things alike; and
 * change nothing at all when B is a copy of A.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-fuzz"

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "model/cg-merge.h"

#define SEPARATOR "\n--8<--\n"

/* The offset of the first SEPARATOR in @data, or -1. */
static gssize
find_separator (const char *data,
                gsize       size)
{
  gsize length = strlen (SEPARATOR);
  const char *end = data + size;
  const char *newline = data;

  if (size == 0)
    return -1;
  while ((newline = memchr (newline, '\n', end - newline)) != NULL)
    {
      if ((gsize) (end - newline) >= length && memcmp (newline, SEPARATOR, length) == 0)
        return newline - data;
      newline++;
    }
  return -1;
}

/* Trimmed, case-folded and normalised, as the merge compares names; "" for none. */
static char *
fold_name (const char *name)
{
  g_autofree char *copy = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_autofree char *folded = g_utf8_casefold (copy, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

static char *
fold_object_name (gpointer object)
{
  if (object == NULL)
    return g_strdup ("");
  if (CG_IS_EVENT (object))
    return fold_name (cg_event_get_title (object));
  if (CG_IS_VOICE (object))
    return fold_name (cg_voice_get_name (object));
  if (CG_IS_THEME (object))
    return fold_name (cg_theme_get_name (object));
  return g_strdup ("");
}

/* TRUE when no two objects of @objects share a name. */
static gboolean
names_unique (GListModel *objects)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_items = g_list_model_get_n_items (objects);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (objects, i);
      char *name = fold_object_name (object);

      if (*name != '\0' && !g_hash_table_add (seen, name))
        return FALSE;
      if (*name == '\0')
        g_free (name);
    }
  return TRUE;
}

/* TRUE when every object of @objects (in @b) that has an id in @a is there of the same kind
 * and under the same name. */
static gboolean
ids_agree (CgWorkshop *a,
           GListModel *objects)
{
  guint n_items = g_list_model_get_n_items (objects);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CgObject) object = g_list_model_get_item (objects, i);
      CgObject *other = cg_workshop_lookup (a, cg_object_get_id (object));
      g_autofree char *name = NULL;
      g_autofree char *other_name = NULL;

      if (other == NULL)
        continue;
      if (G_OBJECT_TYPE (other) != G_OBJECT_TYPE (object))
        return FALSE;
      name = fold_object_name (object);
      other_name = fold_object_name (other);
      if (strcmp (name, other_name) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Whether merging either way round must give the same ideas: the promise holds for files whose
 * events, voices and themes have unique names and whose shared ids name the same things. Where
 * one file calls two themes "Hope", the two ways of merging may fairly differ. */
static gboolean
comparable (CgWorkshop *a,
            CgWorkshop *b)
{
  CgWorkshop *both[] = { a, b };

  for (guint i = 0; i < G_N_ELEMENTS (both); i++)
    if (!names_unique (cg_workshop_get_events (both[i])) ||
        !names_unique (cg_workshop_get_voices (both[i])) ||
        !names_unique (cg_workshop_get_themes (both[i])))
      return FALSE;

  return ids_agree (a, cg_workshop_get_events (b)) &&
         ids_agree (a, cg_workshop_get_voices (b)) &&
         ids_agree (a, cg_workshop_get_themes (b)) &&
         ids_agree (a, cg_workshop_get_ideas (b)) &&
         ids_agree (a, cg_workshop_get_actions (b));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Sorted lines, one an idea, of what the workshop's ideas say, by names rather than by the
 * ids of events, themes and voices (which depend on which file was merged into which). */
static char *
describe_ideas (CgWorkshop *workshop)
{
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  GListModel *events = cg_workshop_get_events (workshop);
  guint n_ideas = g_list_model_get_n_items (ideas);
  guint n_events = g_list_model_get_n_items (events);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_ideas; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
      g_autofree char *event = fold_object_name (cg_idea_get_event (idea));
      g_autofree char *theme = fold_object_name (cg_idea_get_theme (idea));
      g_autofree char *voice = fold_object_name (cg_idea_get_voice (idea));
      g_autoptr(GPtrArray) votes = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *joined = NULL;

      for (guint e = 0; e < n_events; e++)
        {
          g_autoptr(CgEvent) at = g_list_model_get_item (events, e);
          guint count = cg_idea_get_votes (idea, at);

          if (count > 0)
            {
              g_autofree char *name = fold_object_name (at);

              g_ptr_array_add (votes, g_strdup_printf ("%s=%u", name, count));
            }
        }
      g_ptr_array_sort (votes, compare_strings);
      g_ptr_array_add (votes, NULL);
      joined = g_strjoinv (",", (char **) votes->pdata);

      g_ptr_array_add (lines,
                       g_strdup_printf ("%s|%s|%s|%s|%s|%s|%d|%d|%d|%d|%s|%s",
                                        cg_object_get_id (CG_OBJECT (idea)),
                                        cg_idea_get_needs_review (idea) ? "review" : "",
                                        cg_idea_get_text (idea), event, theme, voice,
                                        (int) cg_idea_get_kind (idea),
                                        (int) cg_idea_get_status (idea),
                                        cg_idea_get_private (idea),
                                        cg_idea_get_beyond_service (idea),
                                        cg_idea_get_carried_from (idea) != NULL
                                        ? cg_idea_get_carried_from (idea) : "",
                                        joined));
    }
  g_ptr_array_sort (lines, compare_strings);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

static void
assert_nothing_new (const CgMergeReport *report,
                    const char          *what)
{
  for (CgMergeKind kind = CG_MERGE_EVENTS; kind < CG_MERGE_N_KINDS; kind++)
    if (cg_merge_report_get_n_added (report, kind) != 0)
      fuzz_fail ("%s: %u objects of kind %d added", what,
                 cg_merge_report_get_n_added (report, kind), (int) kind);
  if (cg_merge_report_get_n_conflicts (report) != 0)
    fuzz_fail ("%s: %u new conflicts", what, cg_merge_report_get_n_conflicts (report));
}

/* Every idea the report names as conflicting is in @workshop, flagged for review. */
static void
check_conflict_ids (const CgMergeReport *report,
                    CgWorkshop          *workshop)
{
  const char * const *ids = cg_merge_report_get_conflict_ids (report);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      CgObject *idea = cg_workshop_lookup (workshop, ids[i]);

      if (!CG_IS_IDEA (idea))
        fuzz_fail ("merge: the report names %s as a conflict, but there is no such idea", ids[i]);
      if (!cg_idea_get_needs_review (CG_IDEA (idea)))
        fuzz_fail ("merge: the new conflict %s is not flagged for review", ids[i]);
    }
}

/* B merged with A must hold what A merged with B holds. */
static void
check_other_way_round (const char *a_data,
                       gsize       a_size,
                       const char *b_data,
                       gsize       b_size,
                       CgWorkshop *merged)
{
  g_autoptr(CgWorkshop) a = fuzz_load (a_data, a_size, "a.cgw");
  g_autoptr(CgWorkshop) b = fuzz_load (b_data, b_size, "b.cgw");
  g_autoptr(CgMergeReport) report = NULL;
  g_autofree char *one_way = NULL;
  g_autofree char *other_way = NULL;

  if (a == NULL || b == NULL)
    fuzz_fail ("merge: a file that loaded once does not load again");
  if (!comparable (a, b))
    return;

  report = cg_workshop_merge (b, a);
  one_way = describe_ideas (merged);
  other_way = describe_ideas (b);
  if (strcmp (one_way, other_way) != 0)
    fuzz_fail ("merge: A with B and B with A differ:\n--- A with B\n%s\n--- B with A\n%s\n---",
               one_way, other_way);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *a_data = (const char *) data;
  const char *b_data = a_data;
  gsize a_size = size, b_size = size;
  gssize separator;
  gboolean same_file;
  g_autoptr(CgWorkshop) a = NULL;
  g_autoptr(CgWorkshop) b = NULL;
  g_autoptr(CgMergeReport) first = NULL;
  g_autoptr(CgMergeReport) second = NULL;
  g_autoptr(GBytes) a_before = NULL;
  g_autoptr(GBytes) b_before = NULL;
  g_autoptr(GBytes) b_after = NULL;
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GBytes) redone = NULL;
  g_autoptr(GBytes) twice = NULL;
  g_autofree char *description = NULL;
  CgHistory *history;
  guint n_undo;

  if (size > FUZZ_MAX_INPUT)
    return 0;

  separator = find_separator (a_data, size);
  same_file = separator < 0;
  if (!same_file)
    {
      a_size = separator;
      b_data = a_data + separator + strlen (SEPARATOR);
      b_size = size - a_size - strlen (SEPARATOR);
    }

  a = fuzz_load (a_data, a_size, "a.cgw");
  if (a == NULL)
    return 0;
  b = fuzz_load (b_data, b_size, "b.cgw");
  if (b == NULL)
    return 0;

  history = cg_workshop_get_history (a);
  a_before = cg_workshop_save_to_bytes (a);
  b_before = cg_workshop_save_to_bytes (b);

  first = cg_workshop_merge (a, b);
  if (first == NULL)
    fuzz_fail ("merge: no report");
  description = cg_merge_report_describe (first);
  if (description == NULL || !g_utf8_validate (description, -1, NULL))
    fuzz_fail ("merge: the report's description is missing or not UTF-8");
  check_conflict_ids (first, a);

  merged = fuzz_save_and_check (a, "A merged with B");
  b_after = cg_workshop_save_to_bytes (b);
  fuzz_assert_same_bytes (b_before, b_after, "merge: B changed by merging it into A");

  if (same_file)
    {
      assert_nothing_new (first, "merge of a file with its copy");
      fuzz_assert_same_bytes (a_before, merged, "merge of a file with its copy");
    }

  /* one undo step, or none when nothing changed */
  n_undo = cg_history_get_n_undo (history);
  if (n_undo > 1)
    fuzz_fail ("merge: %u undo steps, not one", n_undo);
  if (n_undo == 0)
    {
      fuzz_assert_same_bytes (a_before, merged, "merge: a change with no undo step");
    }
  else
    {
      cg_history_undo (history);
      undone = cg_workshop_save_to_bytes (a);
      fuzz_assert_same_bytes (a_before, undone, "merge, undo");
      cg_history_redo (history);
      redone = cg_workshop_save_to_bytes (a);
      fuzz_assert_same_bytes (merged, redone, "merge, undo, redo");
    }

  /* merging the same file again changes nothing */
  second = cg_workshop_merge (a, b);
  assert_nothing_new (second, "merge: B merged a second time");
  twice = cg_workshop_save_to_bytes (a);
  fuzz_assert_same_bytes (merged, twice, "merge: B merged a second time");
  if (cg_history_get_n_undo (history) != n_undo)
    fuzz_fail ("merge: merging B a second time made an undo step");

  if (!same_file)
    check_other_way_round (a_data, a_size, b_data, b_size, a);

  return 0;
}
