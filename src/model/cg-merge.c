/* cg-merge.c: merging a workshop captured on another laptop into this one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "cg-idea-versions.h"
#include "cg-merge-private.h"
#include "cg-tally.h"

typedef struct
{
  CgWorkshop    *into;
  CgWorkshop    *from;
  CgMergeReport *report;
  GHashTable    *map;    /* id in @from -> CgObject in @into (borrowed) */
  GHashTable    *names;  /* "type:normalised name" -> CgObject in @into (borrowed) */
  GHashTable    *renamed; /* id of an idea or action in @from -> the id its copy takes */
  GHashTable    *erased;  /* ids of ideas removed at a person's request, in either workshop */
  CgMergeUnchangedFunc unchanged;  /* or NULL: see cg_workshop_merge_edits () */
  gpointer       unchanged_data;
} Merge;

/* The id a copy takes when its own id names an object of another kind in the workshop merged
 * into (hand-written files can do that): made from the id and the kind, so it is the same at
 * every merge and merging again finds the copy. Not 64 hex digits: that is a conflict copy. */
static char *
dup_kind_id (CgObject *source)
{
  g_autofree char *input = g_strdup_printf ("%s|%s", G_OBJECT_TYPE_NAME (source),
                                            cg_object_get_id (source));
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, input, -1);

  return g_strdup_printf ("k-%.32s", sum);
}

/* The id @source (of @from) has, or takes, in @into. */
static const char *
id_in_into (Merge    *merge,
            CgObject *source)
{
  const char *id = cg_object_get_id (source);
  const char *renamed = g_hash_table_lookup (merge->renamed, id);

  return renamed != NULL ? renamed : id;
}

/* Notes the ideas and actions of @from whose ids name something else in @into. */
static void
find_renamed (Merge      *merge,
              GListModel *objects)
{
  guint n_items = g_list_model_get_n_items (objects);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CgObject) source = g_list_model_get_item (objects, i);
      CgObject *existing = cg_workshop_lookup (merge->into, cg_object_get_id (source));

      if (existing != NULL && G_OBJECT_TYPE (existing) != G_OBJECT_TYPE (source))
        g_hash_table_insert (merge->renamed, g_strdup (cg_object_get_id (source)),
                             dup_kind_id (source));
    }
}

/* A copy's references to ideas by id (carried from, an action's ideas) follow their renames. */
static void
remap_idea_ids (Merge    *merge,
                CgObject *copy)
{
  if (CG_IS_IDEA (copy) && cg_idea_get_carried_from (CG_IDEA (copy)) != NULL)
    {
      const char *renamed = g_hash_table_lookup (merge->renamed,
                                                 cg_idea_get_carried_from (CG_IDEA (copy)));

      if (renamed != NULL)
        cg_idea_set_carried_from (CG_IDEA (copy), renamed);
    }
  else if (CG_IS_ACTION (copy))
    {
      g_auto(GStrv) ids = NULL;
      gboolean changed = FALSE;

      g_object_get (copy, "idea-ids", &ids, NULL);
      for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
        {
          const char *renamed = g_hash_table_lookup (merge->renamed, ids[i]);

          if (renamed != NULL)
            {
              g_free (ids[i]);
              ids[i] = g_strdup (renamed);
              changed = TRUE;
            }
        }
      if (changed)
        g_object_set (copy, "idea-ids", ids, NULL);
    }
}

/* Trimmed, case-folded and normalised, for matching names; NULL for a blank name. */
static char *
normalise_name (const char *name)
{
  g_autofree char *copy = NULL;
  g_autofree char *folded = NULL;

  if (name == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (name));
  if (*copy == '\0')
    return NULL;
  folded = g_utf8_casefold (copy, -1);
  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

static const char *
get_name (CgObject *object)
{
  if (object == NULL)
    return NULL;
  if (CG_IS_EVENT (object))
    return cg_event_get_title (CG_EVENT (object));
  if (CG_IS_THEME (object))
    return cg_theme_get_name (CG_THEME (object));
  if (CG_IS_VOICE (object))
    return cg_voice_get_name (CG_VOICE (object));
  return NULL;
}

static char *
name_key (CgObject *object)
{
  g_autofree char *name = normalise_name (get_name (object));

  if (name == NULL)
    return NULL;
  return g_strdup_printf ("%s:%s", G_OBJECT_TYPE_NAME (object), name);
}

static void
remember_name (Merge    *merge,
               CgObject *object)
{
  char *key = name_key (object);

  if (key != NULL && !g_hash_table_contains (merge->names, key))
    g_hash_table_insert (merge->names, key, object);
  else
    g_free (key);
}

/* The object in @into that @object (of @from) stands for; @object itself when @map is NULL. */
static CgObject *
resolve (GHashTable *map,
         CgObject   *object)
{
  if (object == NULL || map == NULL)
    return object;
  return g_hash_table_lookup (map, cg_object_get_id (object));
}

/* A tally (event id -> count) with its keys mapped to events of @into, the larger count kept
 * when two events became one. A new full reference, or NULL. */
static GVariant *
remap_tally (GHashTable *map,
             GVariant   *tally)
{
  g_autoptr(GHashTable) counts = NULL;
  GVariantIter iter;
  const char *key;
  guint count;
  GVariant *result;

  if (tally == NULL)
    return NULL;
  if (map == NULL)
    return g_variant_ref (tally);

  counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_variant_iter_init (&iter, tally);
  while (g_variant_iter_next (&iter, "{&su}", &key, &count))
    {
      CgObject *event = g_hash_table_lookup (map, key);
      const char *id;

      if (event == NULL)
        continue;
      id = cg_object_get_id (event);
      if (count > GPOINTER_TO_UINT (g_hash_table_lookup (counts, id)))
        g_hash_table_insert (counts, (gpointer) id, GUINT_TO_POINTER (count));
    }
  result = cg_tally_new_from_table (counts);
  return result != NULL ? g_variant_ref_sink (result) : NULL;
}

/* Points references in @value (objects, tallies keyed by event id) at the objects of @into. */
static void
remap_value (GHashTable *map,
             GValue     *value)
{
  if (G_VALUE_HOLDS (value, CG_TYPE_OBJECT))
    {
      g_value_set_object (value, resolve (map, g_value_get_object (value)));
    }
  else if (G_VALUE_HOLDS_VARIANT (value) && g_value_get_variant (value) != NULL &&
           g_variant_is_of_type (g_value_get_variant (value), CG_TALLY_TYPE))
    {
      g_autoptr(GVariant) tally = remap_tally (map, g_value_get_variant (value));

      g_value_set_variant (value, tally);
    }
}

/* Every property of @source that can be copied, with references remapped: values to unset. */
static GArray *
collect_properties (CgObject    *source,
                    GHashTable  *map,
                    GPtrArray   *names,
                    gboolean     with_id)
{
  guint n_specs;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (source),
                                                                   &n_specs);
  GArray *values = g_array_new (FALSE, TRUE, sizeof (GValue));

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
  for (guint i = 0; i < n_specs; i++)
    {
      GValue value = G_VALUE_INIT;

      if ((specs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE)
        continue;
      /* the id (construct-only) is copied only into a new object */
      if (!with_id && (specs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;
      g_value_init (&value, specs[i]->value_type);
      g_object_get_property (G_OBJECT (source), specs[i]->name, &value);
      remap_value (map, &value);
      g_ptr_array_add (names, (gpointer) specs[i]->name);
      g_array_append_val (values, value);
    }
  return values;
}

/* A new object like @source, references remapped through @map (NULL: none), with @id. */
static gpointer
copy_object (CgObject   *source,
             GHashTable *map,
             const char *id)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = collect_properties (source, map, names, TRUE);

  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (names->pdata[i], "id"))
      g_value_set_string (&g_array_index (values, GValue, i), id);

  return g_object_new_with_properties (G_OBJECT_TYPE (source), names->len,
                                       (const char **) names->pdata,
                                       (const GValue *) values->data);
}

/* Gives @target (in @into) the content of @source (in @from), each change undoable. The review
 * flag is not content: cg_merge_review_settle gives it at the end. */
static void
assign_content (CgObject   *target,
                CgObject   *source,
                GHashTable *map)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = collect_properties (source, map, names, FALSE);

  for (guint i = 0; i < names->len; i++)
    if (!g_str_equal (names->pdata[i], "needs-review"))
      g_object_set_property (G_OBJECT (target), names->pdata[i],
                             &g_array_index (values, GValue, i));
}

/* Raises each per-event count of @target (votes of an idea, attendance of a voice) to the one
 * @source has, so that merging twice counts nothing twice. One change of the whole tally: one
 * at a time would rebuild it once per event. */
static void
merge_counts (Merge    *merge,
              CgObject *target,
              CgObject *source)
{
  const char *property = CG_IS_IDEA (source) ? "votes" : "attendance";
  g_autoptr(GVariant) source_tally = NULL;
  g_autoptr(GVariant) tally = NULL;
  g_autoptr(GVariant) target_tally = NULL;
  g_autoptr(GVariant) raised = NULL;
  g_autoptr(GHashTable) counts = NULL;
  gboolean changed = FALSE;
  GVariantIter iter;
  const char *key;
  guint count;

  g_object_get (source, property, &source_tally, NULL);
  tally = remap_tally (merge->map, source_tally);
  if (tally == NULL)
    return;

  g_object_get (target, property, &target_tally, NULL);
  counts = g_hash_table_new (g_str_hash, g_str_equal);
  cg_tally_fill_table (target_tally, counts);
  g_variant_iter_init (&iter, tally);
  while (g_variant_iter_next (&iter, "{&su}", &key, &count))
    if (count > GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)))
      {
        g_hash_table_insert (counts, (gpointer) key, GUINT_TO_POINTER (count));
        changed = TRUE;
      }

  if (!changed)
    return;
  raised = g_variant_ref_sink (cg_tally_new_from_table (counts));
  g_object_set (target, property, raised, NULL);
}

static CgMergeKind
kind_for (GType type)
{
  if (type == CG_TYPE_EVENT)
    return CG_MERGE_EVENTS;
  if (type == CG_TYPE_VOICE)
    return CG_MERGE_VOICES;
  if (type == CG_TYPE_THEME)
    return CG_MERGE_THEMES;
  if (type == CG_TYPE_IDEA)
    return CG_MERGE_IDEAS;
  return CG_MERGE_ACTIONS;
}

/* Events, voices or themes of @from: matched by id, then by name, else copied in. */
static void
merge_named (Merge      *merge,
             GListModel *objects)
{
  guint n_items = g_list_model_get_n_items (objects);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CgObject) source = g_list_model_get_item (objects, i);
      const char *id = cg_object_get_id (source);
      CgMergeKind kind = kind_for (G_OBJECT_TYPE (source));
      CgObject *existing = cg_workshop_lookup (merge->into, id);
      g_autofree char *key = NULL;
      g_autoptr(CgObject) copy = NULL;

      g_autofree char *kind_id = NULL;

      if (existing != NULL && G_OBJECT_TYPE (existing) != G_OBJECT_TYPE (source))
        {
          g_debug ("Id %s names objects of two kinds; the merged copy gets an id of its own", id);
          id = kind_id = dup_kind_id (source);
          existing = cg_workshop_lookup (merge->into, id);
        }
      if (existing == NULL && (key = name_key (source)) != NULL)
        existing = g_hash_table_lookup (merge->names, key);

      if (existing != NULL)
        {
          g_hash_table_insert (merge->map, g_strdup (cg_object_get_id (source)), existing);
          if (CG_IS_VOICE (source))
            merge_counts (merge, existing, source);
          merge->report->n_matched[kind]++;
          continue;
        }

      copy = copy_object (source, merge->map, id);
      cg_workshop_add (merge->into, copy);
      g_hash_table_insert (merge->map, g_strdup (cg_object_get_id (source)), copy);
      remember_name (merge, copy);
      merge->report->n_added[kind]++;
    }
}

/* The normalised name of what @object stands for in @into, or NULL. */
static char *
reference_name (GHashTable *map,
                gpointer    object)
{
  return normalise_name (get_name (resolve (map, object)));
}

/* What two versions of an idea must share to be the same idea: text first, then where it sits
 * and what it is, with names rather than ids so that either workshop may be @into. */
static char *
idea_content_key (CgIdea     *idea,
                  GHashTable *map,
                  GHashTable *renamed)
{
  g_autofree char *event = reference_name (map, cg_idea_get_event (idea));
  g_autofree char *theme = reference_name (map, cg_idea_get_theme (idea));
  g_autofree char *voice = reference_name (map, cg_idea_get_voice (idea));
  const char *carried_from = cg_idea_get_carried_from (idea);

  if (renamed != NULL && carried_from != NULL && g_hash_table_contains (renamed, carried_from))
    carried_from = g_hash_table_lookup (renamed, carried_from);

  /* normalised text holds no U+001F, so the fields cannot run into each other */
  return g_strdup_printf ("%s\x1f%s\x1f%s\x1f%s\x1f%d\x1f%d\x1f%d\x1f%d\x1f%s",
                          cg_idea_get_text (idea) ? cg_idea_get_text (idea) : "",
                          event ? event : "", theme ? theme : "", voice ? voice : "",
                          (int) cg_idea_get_kind (idea), (int) cg_idea_get_status (idea),
                          cg_idea_get_private (idea), cg_idea_get_beyond_service (idea),
                          carried_from ? carried_from : "");
}

/* Two versions of one idea: the one whose content sorts first keeps the id, the other becomes
 * a conflict copy next to it. The conflict is new, to be reviewed, unless either workshop
 * already holds that copy: then a facilitator has had both versions in front of them. */
static void
merge_conflict (Merge  *merge,
                CgIdea *kept,
                CgIdea *source,
                int     order)
{
  const char *id = cg_object_get_id (CG_OBJECT (kept));
  gboolean source_loses = order < 0;
  CgIdea *loser = source_loses ? source : kept;
  g_autofree char *copy_id = cg_merge_conflict_copy_id (id, cg_idea_get_text (loser));
  g_autoptr(CgIdea) copy = NULL;

  if (cg_workshop_lookup (merge->into, copy_id) != NULL)
    {
      /* merged before: both versions are already here */
      merge->report->n_matched[CG_MERGE_IDEAS]++;
      return;
    }

  if (source_loses)
    {
      copy = copy_object (CG_OBJECT (source), merge->map, copy_id);
    }
  else
    {
      copy = copy_object (CG_OBJECT (kept), NULL, copy_id);
      assign_content (CG_OBJECT (kept), CG_OBJECT (source), merge->map);
      remap_idea_ids (merge, CG_OBJECT (kept));
    }
  cg_idea_set_carried_from (copy, id);
  cg_workshop_insert (merge->into, copy, cg_workshop_index_of (merge->into, kept) + 1);

  if (cg_workshop_lookup (merge->from, copy_id) != NULL)
    {
      /* the other laptop merged our version before; its flags say what was reviewed */
      merge->report->n_matched[CG_MERGE_IDEAS]++;
      return;
    }
  merge->report->n_conflicts++;
  cg_merge_report_add_conflict_id (merge->report, id);
  cg_merge_report_add_conflict_id (merge->report, copy_id);
}

/* Words removed in either workshop (cg-retention.h) stay removed: the version without words
 * keeps the idea, whatever else differs, and no conflict copy brings the words back. Whether
 * that settled the idea. */
static gboolean
words_removed (Merge  *merge,
               CgIdea *existing,
               CgIdea *source)
{
  gboolean kept_wordless = *cg_idea_get_text (existing) == '\0';
  gboolean source_wordless = *cg_idea_get_text (source) == '\0';

  if (kept_wordless == source_wordless)
    return FALSE;
  if (source_wordless)
    {
      assign_content (CG_OBJECT (existing), CG_OBJECT (source), merge->map);
      remap_idea_ids (merge, CG_OBJECT (existing));
    }
  merge_counts (merge, CG_OBJECT (existing), CG_OBJECT (source));
  merge->report->n_matched[CG_MERGE_IDEAS]++;
  return TRUE;
}

/* Two versions of one idea that need no conflict copy: the same content, @kept's the later, or,
 * with @take, @source's the later: @kept takes @source's content and what it was edited from. */
static void
merge_same (Merge   *merge,
            CgIdea  *kept,
            CgIdea  *source,
            gboolean take)
{
  if (take)
    {
      assign_content (CG_OBJECT (kept), CG_OBJECT (source), merge->map);
      remap_idea_ids (merge, CG_OBJECT (kept));
      cg_idea_versions_take (kept, source);
    }
  merge_counts (merge, CG_OBJECT (kept), CG_OBJECT (source));
  merge->report->n_matched[CG_MERGE_IDEAS]++;
}

/* Two versions of one idea whose content differs: an edit made on one side only is taken
 * (cg-idea-versions.h), or kept when the other side's version is the older; anything else is a
 * conflict. */
static void
merge_different (Merge  *merge,
                 CgIdea *kept,
                 CgIdea *source,
                 int     order)
{
  switch (cg_idea_compare_versions (kept, source))
    {
    case CG_VERSIONS_OLDER:
      merge_same (merge, kept, source, TRUE);
      return;
    case CG_VERSIONS_NEWER:
      merge_same (merge, kept, source, FALSE);
      return;
    case CG_VERSIONS_SAME:
    case CG_VERSIONS_APART:
    default:
      break;
    }
  /* nothing known of either's past (an edit in a file before 1.4): the synced file's watcher
   * may know whether this side changed it */
  if (merge->unchanged != NULL && cg_idea_get_edited_from (kept) == NULL &&
      cg_idea_get_edited_from (source) == NULL &&
      merge->unchanged (kept, merge->unchanged_data))
    merge_same (merge, kept, source, TRUE);
  else
    merge_conflict (merge, kept, source, order);
}

static void
merge_ideas (Merge      *merge,
             GListModel *ideas)
{
  guint n_items = g_list_model_get_n_items (ideas);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CgIdea) source = g_list_model_get_item (ideas, i);
      const char *id = id_in_into (merge, CG_OBJECT (source));
      CgObject *existing = cg_workshop_lookup (merge->into, id);
      g_autofree char *kept_key = NULL;
      g_autofree char *source_key = NULL;
      int order;

      if (g_hash_table_contains (merge->erased, id) ||
          g_hash_table_contains (merge->erased, cg_object_get_id (CG_OBJECT (source))))
        continue;
      if (existing != NULL && words_removed (merge, CG_IDEA (existing), source))
        continue;
      if (existing == NULL)
        {
          g_autoptr(CgIdea) copy = copy_object (CG_OBJECT (source), merge->map, id);

          remap_idea_ids (merge, CG_OBJECT (copy));
          cg_idea_versions_take (copy, source);
          cg_workshop_add (merge->into, copy);
          merge->report->n_added[CG_MERGE_IDEAS]++;
          cg_merge_report_add_from_laptop (merge->report, cg_idea_get_laptop (source));
          continue;
        }

      kept_key = idea_content_key (CG_IDEA (existing), NULL, NULL);
      source_key = idea_content_key (source, merge->map, merge->renamed);
      order = strcmp (kept_key, source_key);
      if (order == 0)
        merge_same (merge, CG_IDEA (existing), source, FALSE);
      else
        merge_different (merge, CG_IDEA (existing), source, order);
    }
}

static void
merge_actions (Merge      *merge,
               GListModel *actions)
{
  guint n_items = g_list_model_get_n_items (actions);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CgAction) source = g_list_model_get_item (actions, i);
      const char *id = id_in_into (merge, CG_OBJECT (source));
      CgObject *existing = cg_workshop_lookup (merge->into, id);
      g_autoptr(CgAction) copy = NULL;

      if (CG_IS_ACTION (existing))
        {
          merge->report->n_matched[CG_MERGE_ACTIONS]++;
          continue;
        }
      copy = copy_object (CG_OBJECT (source), merge->map, id);
      remap_idea_ids (merge, CG_OBJECT (copy));
      cg_workshop_add (merge->into, copy);
      merge->report->n_added[CG_MERGE_ACTIONS]++;
    }
}

/* The people of the participation record: matched by id; each event either workshop records is
 * kept. Where the two differ, the same rule either way round: the more careful answer on being
 * quoted (no, then yes, then not asked), the furthest on payment (declined, accepted, offered,
 * none), and the name that sorts first. */
static int
consent_rank (CgConsent consent)
{
  return consent == CG_CONSENT_NO ? 2 : consent == CG_CONSENT_YES ? 1 : 0;
}

static void
merge_participants (Merge      *merge,
                    GListModel *participants)
{
  for (guint i = 0, n = g_list_model_get_n_items (participants); i < n; i++)
    {
      g_autoptr(CgParticipant) source = g_list_model_get_item (participants, i);
      CgObject *existing = cg_workshop_lookup (merge->into,
                                               cg_object_get_id (CG_OBJECT (source)));
      CgParticipant *kept;

      if (existing == NULL)
        {
          g_autoptr(CgParticipant) copy = copy_object (CG_OBJECT (source), merge->map,
                                                       cg_object_get_id (CG_OBJECT (source)));

          cg_workshop_add (merge->into, copy);
          continue;
        }
      if (!CG_IS_PARTICIPANT (existing))
        continue;
      kept = CG_PARTICIPANT (existing);
      merge_counts (merge, existing, CG_OBJECT (source));
      if (consent_rank (cg_participant_get_consent (source)) >
          consent_rank (cg_participant_get_consent (kept)))
        cg_participant_set_consent (kept, cg_participant_get_consent (source));
      if (cg_participant_get_payment (source) > cg_participant_get_payment (kept))
        cg_participant_set_payment (kept, cg_participant_get_payment (source));
      if (strcmp (cg_participant_get_name (source), cg_participant_get_name (kept)) < 0)
        cg_participant_set_name (kept, cg_participant_get_name (source));
    }
}

static void
remember_names (Merge      *merge,
                GListModel *objects)
{
  guint n_items = g_list_model_get_n_items (objects);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CgObject) object = g_list_model_get_item (objects, i);

      remember_name (merge, object);
    }
}

CgMergeReport *
cg_workshop_merge (CgWorkshop *into,
                   CgWorkshop *from)
{
  return cg_workshop_merge_edits (into, from, NULL, NULL);
}

CgMergeReport *
cg_workshop_merge_edits (CgWorkshop           *into,
                         CgWorkshop           *from,
                         CgMergeUnchangedFunc  unchanged,
                         gpointer              data)
{
  g_autoptr(CgMergeReview) before = NULL;
  g_autoptr(CgMergeReview) review = NULL;
  CgHistory *history;
  Merge merge = { 0 };

  g_return_val_if_fail (CG_IS_WORKSHOP (into), NULL);
  g_return_val_if_fail (CG_IS_WORKSHOP (from), NULL);

  merge.into = into;
  merge.from = from;
  merge.unchanged = unchanged;
  merge.unchanged_data = data;
  merge.report = cg_merge_report_new ();
  if (into == from)
    return merge.report;

  merge.map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  merge.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  merge.renamed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  merge.erased = cg_merge_erased_new (into, from);
  find_renamed (&merge, cg_workshop_get_ideas (from));
  find_renamed (&merge, cg_workshop_get_actions (from));
  remember_names (&merge, cg_workshop_get_events (into));
  remember_names (&merge, cg_workshop_get_voices (into));
  remember_names (&merge, cg_workshop_get_themes (into));
  before = cg_merge_review_new_for (into, cg_workshop_get_ideas (from));
  review = cg_merge_review_new (from);

  history = cg_workshop_get_history (into);
  cg_history_begin_group (history, _("Merge workshop"));
  /* events first: the counts of voices and ideas are keyed by event */
  merge_named (&merge, cg_workshop_get_events (from));
  merge_named (&merge, cg_workshop_get_voices (from));
  merge_named (&merge, cg_workshop_get_themes (from));
  merge_ideas (&merge, cg_workshop_get_ideas (from));
  merge_actions (&merge, cg_workshop_get_actions (from));
  merge_participants (&merge, cg_workshop_get_participants (from));
  cg_merge_erased_apply (into, merge.erased);
  cg_merge_review_settle (into, before, review, cg_workshop_get_ideas (from),
                          cg_merge_report_get_conflict_ids (merge.report));
  cg_history_end_group (history);

  g_hash_table_unref (merge.erased);
  g_hash_table_unref (merge.renamed);
  g_hash_table_unref (merge.names);
  g_hash_table_unref (merge.map);
  return merge.report;
}
