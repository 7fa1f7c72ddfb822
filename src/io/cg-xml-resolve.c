/* cg-xml-resolve.c: resolving the references of a workshop file and building the workshop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "io/cg-xml-reader-private.h"
#include "model/cg-tally.h"
#include "model/cg-workshop-private.h"

static GType
ref_target_type (RefKind kind)
{
  switch (kind)
    {
    case REF_IDEA_EVENT:
    case REF_ATTENDANCE:
    case REF_VOTES:
      return CG_TYPE_EVENT;
    case REF_IDEA_THEME:
    case REF_ACTION_THEME:
      return CG_TYPE_THEME;
    case REF_IDEA_VOICE:
      return CG_TYPE_VOICE;
    case REF_CARRIED_FROM:
    case REF_ACTION_IDEA:
    default:
      return CG_TYPE_IDEA;
    }
}

static const char *
type_noun (GType type)
{
  if (type == CG_TYPE_EVENT)
    return "event";
  if (type == CG_TYPE_VOICE)
    return "voice";
  if (type == CG_TYPE_THEME)
    return "theme";
  if (type == CG_TYPE_IDEA)
    return "idea";
  if (type == CG_TYPE_ACTION)
    return "action";
  if (type == CG_TYPE_PARTICIPANT)
    return "participant";
  return "workshop";
}

static char *
describe_object (CgObject *object)
{
  return cg_xml_describe (type_noun (G_OBJECT_TYPE (object)), cg_object_get_id (object));
}

/* Counts (votes, attendance) and an action's ideas, gathered per owner and set once at the end:
 * setting them one at a time rebuilds the owner's whole table each time, so an idea with votes
 * at thousands of events, or an action linked to thousands of ideas, took minutes. */
typedef struct
{
  GHashTable *counts;  /* owner -> (event id -> count) */
  GHashTable *links;   /* action -> GPtrArray of idea ids, in file order */
  GHashTable *linked;  /* action -> set of idea ids */
} Gathered;

static void
gathered_init (Gathered *self)
{
  self->counts = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  self->links = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->linked = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
}

static void
gathered_clear (Gathered *self)
{
  g_hash_table_unref (self->counts);
  g_hash_table_unref (self->links);
  g_hash_table_unref (self->linked);
}

static GHashTable *
lookup_table (GHashTable *tables,
              gpointer    owner)
{
  GHashTable *table = g_hash_table_lookup (tables, owner);

  if (table == NULL)
    {
      table = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (tables, owner, table);
    }
  return table;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Sets every gathered table on its owner: a{su} sorted by event id, as cg_tally_set () keeps
 * it, and the ideas of each action in the order of the file. The keys belong to the refs. */
static void
gathered_apply (Gathered *self)
{
  GHashTableIter iter;
  gpointer owner, value;

  g_hash_table_iter_init (&iter, self->counts);
  while (g_hash_table_iter_next (&iter, &owner, &value))
    {
      g_autofree gpointer *keys = NULL;
      GVariantBuilder builder;
      guint n_keys;

      keys = g_hash_table_get_keys_as_array (value, &n_keys);
      qsort (keys, n_keys, sizeof (gpointer), compare_strings);
      g_variant_builder_init (&builder, CG_TALLY_TYPE);
      for (guint i = 0; i < n_keys; i++)
        g_variant_builder_add (&builder, "{su}", (const char *) keys[i],
                               GPOINTER_TO_UINT (g_hash_table_lookup (value, keys[i])));
      g_object_set (owner, CG_IS_IDEA (owner) ? "votes" : "attendance",
                    g_variant_builder_end (&builder), NULL);
    }

  g_hash_table_iter_init (&iter, self->links);
  while (g_hash_table_iter_next (&iter, &owner, &value))
    {
      GPtrArray *ids = value;

      g_ptr_array_add (ids, NULL);
      cg_action_set_idea_ids (owner, (const char * const *) ids->pdata);
    }
}

/* Applies one reference; the target exists and has the right type. */
static gboolean
apply_ref (Loader   *self,
           Gathered *gathered,
           Ref      *ref,
           CgObject *target)
{
  const char *twice = NULL;  /* a message: the owner, then the target's id */
  GHashTable *table;

  switch (ref->kind)
    {
    case REF_IDEA_EVENT:
      cg_idea_set_event (CG_IDEA (ref->owner), CG_EVENT (target));
      break;
    case REF_IDEA_THEME:
      cg_idea_set_theme (CG_IDEA (ref->owner), CG_THEME (target));
      break;
    case REF_IDEA_VOICE:
      cg_idea_set_voice (CG_IDEA (ref->owner), CG_VOICE (target));
      break;
    case REF_CARRIED_FROM:
      break;  /* set while reading; only checked here */
    case REF_ATTENDANCE:
    case REF_VOTES:
      table = lookup_table (gathered->counts, ref->owner);
      if (g_hash_table_contains (table, ref->target))
        twice = ref->kind == REF_VOTES ? N_("%s has two vote counts for event '%s'")
                /* Translators: "voice 'v1' has two attendance counts for event 'e1'" */
                                       : N_("%s has two attendance counts for event '%s'");
      else
        g_hash_table_insert (table, ref->target, GUINT_TO_POINTER (ref->count));
      break;
    case REF_ACTION_THEME:
      cg_action_set_theme (CG_ACTION (ref->owner), CG_THEME (target));
      break;
    case REF_ACTION_IDEA:
    default:
      table = lookup_table (gathered->linked, ref->owner);
      if (!g_hash_table_add (table, ref->target))
        twice = N_("%s has two links to idea '%s'");
      else
        {
          GPtrArray *ids = g_hash_table_lookup (gathered->links, ref->owner);

          if (ids == NULL)
            {
              ids = g_ptr_array_new ();
              g_hash_table_insert (gathered->links, ref->owner, ids);
            }
          g_ptr_array_add (ids, ref->target);
        }
      break;
    }

  if (twice != NULL)
    {
      g_autofree char *what = describe_object (ref->owner);

      return cg_xml_fail_at (self, CG_IO_ERROR_INVALID, ref->line, _(twice), what, ref->target);
    }

  return TRUE;
}

static gboolean
resolve_refs (Loader   *self,
              Gathered *gathered)
{
  for (guint i = 0; i < self->refs->len; i++)
    {
      Ref *ref = &g_array_index (self->refs, Ref, i);
      GType type = ref_target_type (ref->kind);
      gpointer index = g_hash_table_lookup (self->ids, ref->target);
      g_autofree char *what = NULL;
      g_autofree char *named = NULL;
      CgObject *target;

      if (index == NULL || (target = g_array_index (self->entries, Entry,
                                                    GPOINTER_TO_UINT (index) - 1).object,
                            target == NULL || !G_TYPE_CHECK_INSTANCE_TYPE (target, type)))
        {
          what = describe_object (ref->owner);
          named = cg_xml_describe (type_noun (type), ref->target);
        }

      if (index == NULL)
        return cg_xml_fail_at (self, CG_IO_ERROR_REFERENCE, ref->line,
                               /* Translators: "idea 'i1' refers to theme 'x' which does not
                                * exist" */
                               _("%s refers to %s which does not exist"), what, named);

      if (target == NULL || !G_TYPE_CHECK_INSTANCE_TYPE (target, type))
        return cg_xml_fail_at (self, CG_IO_ERROR_REFERENCE, ref->line,
                               /* Translators: "idea 'i1' refers to theme 'v1', but 'v1' is a
                                * voice" */
                               _("%s refers to %s, but '%s' is %s"), what, named, ref->target,
                               cg_xml_a_noun (target == NULL ? "workshop"
                                                             : type_noun (G_OBJECT_TYPE (target))));

      if (!apply_ref (self, gathered, ref, target))
        return FALSE;
    }

  return TRUE;
}

gboolean
cg_xml_resolve_refs (Loader *self)
{
  Gathered gathered;
  gboolean ok;

  gathered_init (&gathered);
  ok = resolve_refs (self, &gathered);
  if (ok)
    gathered_apply (&gathered);
  gathered_clear (&gathered);

  return ok;
}

CgWorkshop *
cg_xml_build_workshop (Loader *self)
{
  GType types[N_COLLECTIONS] = {
    CG_TYPE_EVENT, CG_TYPE_VOICE, CG_TYPE_THEME, CG_TYPE_IDEA, CG_TYPE_ACTION,
    CG_TYPE_PARTICIPANT
  };
  CgWorkshop *workshop;

  workshop = cg_workshop_new_with_id (self->workshop_id, self->title);
  for (guint i = 0; i < N_COLLECTIONS; i++)
    if (self->objects[i]->len > 0)
      cg_workshop_append_loaded (workshop, types[i], self->objects[i]->pdata,
                                 self->objects[i]->len);

  return workshop;
}
