/* cg-xml-resolve.c: resolving the references of a workshop file and building the workshop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "io/cg-xml-reader-private.h"
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
  return "workshop";
}

static char *
describe_object (CgObject *object)
{
  return cg_xml_describe (type_noun (G_OBJECT_TYPE (object)), cg_object_get_id (object));
}

/* Applies one reference; the target exists and has the right type. */
static gboolean
apply_ref (Loader   *self,
           Ref      *ref,
           CgObject *target)
{
  const char *twice = NULL;  /* a message: the owner, then the target's id */

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
      if (cg_voice_get_attendance (CG_VOICE (ref->owner), CG_EVENT (target)) != 0)
        /* Translators: "voice 'v1' has two attendance counts for event 'e1'" */
        twice = N_("%s has two attendance counts for event '%s'");
      else
        cg_voice_set_attendance (CG_VOICE (ref->owner), CG_EVENT (target), ref->count);
      break;
    case REF_VOTES:
      if (cg_idea_get_votes (CG_IDEA (ref->owner), CG_EVENT (target)) != 0)
        twice = N_("%s has two vote counts for event '%s'");
      else
        cg_idea_set_votes (CG_IDEA (ref->owner), CG_EVENT (target), ref->count);
      break;
    case REF_ACTION_THEME:
      cg_action_set_theme (CG_ACTION (ref->owner), CG_THEME (target));
      break;
    case REF_ACTION_IDEA:
    default:
      if (cg_action_links_idea (CG_ACTION (ref->owner), ref->target))
        twice = N_("%s has two links to idea '%s'");
      else
        cg_action_link_idea (CG_ACTION (ref->owner), ref->target);
      break;
    }

  if (twice != NULL)
    {
      g_autofree char *what = describe_object (ref->owner);

      return cg_xml_fail_at (self, CG_IO_ERROR_INVALID, ref->line, _(twice), what, ref->target);
    }

  return TRUE;
}

gboolean
cg_xml_resolve_refs (Loader *self)
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

      if (!apply_ref (self, ref, target))
        return FALSE;
    }

  return TRUE;
}

CgWorkshop *
cg_xml_build_workshop (Loader *self)
{
  GType types[N_COLLECTIONS] = {
    CG_TYPE_EVENT, CG_TYPE_VOICE, CG_TYPE_THEME, CG_TYPE_IDEA, CG_TYPE_ACTION
  };
  CgWorkshop *workshop;

  workshop = cg_workshop_new_with_id (self->workshop_id, self->title);
  for (guint i = 0; i < N_COLLECTIONS; i++)
    if (self->objects[i]->len > 0)
      cg_workshop_append_loaded (workshop, types[i], self->objects[i]->pdata,
                                 self->objects[i]->len);

  return workshop;
}
