/* cg-sync-read.c: one look at a workshop file in a synced folder and at its conflict copies,
 * on a worker thread: read them with the bounded reader, and keep only what changed
 *
 * Merging a whole 20,000-idea workshop takes the merge a quarter of a second, too long for the
 * board to stop while a facilitator types. So the look compares what arrived with the version of
 * the file last accounted for (the one opened, saved here, or merged before), object by object,
 * by a fingerprint of each object's properties, and hands on only the objects that are new or
 * changed, with what they refer to: usually a few ideas, merged in a blink. It is also the
 * right thing to merge: an idea this laptop deleted, or an arrival undone here, does not come
 * back just because the next arrival still holds it unchanged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-sync"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "io/cg-io.h"
#include "io/cg-io-describe.h"
#include "io/cg-sync-private.h"
#include "model/cg-idea-versions.h"

#define FINGERPRINT_LENGTH 16  /* hex digits of SHA-256 kept: 64 bits */

void
cg_sync_copy_free (CgSyncCopy *copy)
{
  if (copy == NULL)
    return;
  g_clear_object (&copy->file);
  g_free (copy->stamp);
  g_free (copy->hash);
  g_clear_object (&copy->changes);
  g_clear_error (&copy->error);
  g_free (copy);
}

CgSyncLook *
cg_sync_look_new (void)
{
  CgSyncLook *look = g_new0 (CgSyncLook, 1);

  look->copies = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_sync_copy_free);
  look->moved = g_ptr_array_new_with_free_func (g_object_unref);
  look->move_errors = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_sync_copy_free);
  return look;
}

void
cg_sync_look_free (CgSyncLook *look)
{
  if (look == NULL)
    return;
  g_clear_object (&look->file);
  g_clear_pointer (&look->key, cg_envelope_key_unref);
  g_free (look->known_hash);
  g_free (look->own_key);
  g_clear_pointer (&look->known, g_hash_table_unref);
  g_clear_pointer (&look->done, g_hash_table_unref);
  g_clear_pointer (&look->merged, g_hash_table_unref);
  g_clear_pointer (&look->to_move, g_ptr_array_unref);
  g_free (look->hash);
  g_clear_pointer (&look->fingerprints, g_hash_table_unref);
  g_clear_object (&look->changes);
  g_clear_error (&look->main_error);
  g_ptr_array_unref (look->copies);
  g_ptr_array_unref (look->moved);
  g_ptr_array_unref (look->move_errors);
  g_free (look);
}

/* Fingerprints */

static void
add_value (GString      *text,
           const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  switch (G_TYPE_FUNDAMENTAL (type))
    {
    case G_TYPE_STRING:
      if (g_value_get_string (value) == NULL)
        g_string_append_c (text, '\x01');
      else
        g_string_append (text, g_value_get_string (value));
      break;

    case G_TYPE_OBJECT:
      if (CG_IS_OBJECT (g_value_get_object (value)))
        g_string_append (text, cg_object_get_id (g_value_get_object (value)));
      else
        g_string_append_c (text, '\x01');
      break;

    case G_TYPE_VARIANT:
      if (g_value_get_variant (value) == NULL)
        {
          g_string_append_c (text, '\x01');
        }
      else
        {
          GVariant *variant = g_value_get_variant (value);

          /* (its serialised form: the same for the same value, and cheaper than printing) */
          g_string_append (text, g_variant_get_type_string (variant));
          g_string_append_len (text, g_variant_get_data (variant), g_variant_get_size (variant));
        }
      break;

    case G_TYPE_BOXED:
      if (g_value_get_boxed (value) == NULL)
        g_string_append_c (text, '\x01');
      else if (type == G_TYPE_DATE_TIME)
        g_string_append_printf (text, "%" G_GINT64_FORMAT,
                                g_date_time_to_unix (g_value_get_boxed (value)));
      else if (type == G_TYPE_STRV)
        for (const char * const *s = g_value_get_boxed (value); *s != NULL; s++)
          g_string_append_printf (text, "%s\x1f", *s);
      else
        goto other;
      break;

    default:
    other:
      {
        g_autofree char *contents = g_strdup_value_contents (value);

        g_string_append (text, contents);
      }
      break;
    }
}

/* The readable properties of @type, found once per type in @specs (GType -> GParamSpec **). */
static GParamSpec **
specs_of (GHashTable *specs,
          GType       type,
          guint      *n_specs)
{
  GParamSpec **list = g_hash_table_lookup (specs, GSIZE_TO_POINTER (type));

  if (list == NULL)
    {
      gpointer klass = g_type_class_ref (type);

      list = g_object_class_list_properties (klass, n_specs);
      list = g_renew (GParamSpec *, list, *n_specs + 1);
      list[*n_specs] = NULL;
      g_hash_table_insert (specs, GSIZE_TO_POINTER (type), list);
      g_type_class_unref (klass);
    }
  for (*n_specs = 0; list[*n_specs] != NULL; (*n_specs)++)
    ;
  return list;
}

static char *
fingerprint_object (GObject    *object,
                    GHashTable *specs,
                    GString    *text)
{
  guint n_specs;
  GParamSpec **list = specs_of (specs, G_OBJECT_TYPE (object), &n_specs);
  g_autofree char *sum = NULL;

  g_string_truncate (text, 0);
  g_string_append (text, G_OBJECT_TYPE_NAME (object));
  for (guint i = 0; i < n_specs; i++)
    {
      GValue value = G_VALUE_INIT;

      if (!(list[i]->flags & G_PARAM_READABLE))
        continue;
      g_value_init (&value, list[i]->value_type);
      g_object_get_property (object, list[i]->name, &value);
      g_string_append_c (text, '\x1e');
      g_string_append (text, list[i]->name);
      g_string_append_c (text, '=');
      add_value (text, &value);
      g_value_unset (&value);
    }
  sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) text->str, text->len);
  return g_strndup (sum, FINGERPRINT_LENGTH);
}

static void
fingerprint_all (GHashTable *fingerprints,
                 GListModel *objects,
                 GHashTable *specs,
                 GString    *text)
{
  for (guint i = 0, n = g_list_model_get_n_items (objects); i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (objects, i);

      g_hash_table_insert (fingerprints, g_strdup (cg_object_get_id (CG_OBJECT (object))),
                           fingerprint_object (object, specs, text));
    }
}

GHashTable *
cg_sync_fingerprint (CgWorkshop *workshop)
{
  GHashTable *fingerprints = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) specs = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);

  fingerprint_all (fingerprints, cg_workshop_get_events (workshop), specs, text);
  fingerprint_all (fingerprints, cg_workshop_get_voices (workshop), specs, text);
  fingerprint_all (fingerprints, cg_workshop_get_themes (workshop), specs, text);
  fingerprint_all (fingerprints, cg_workshop_get_ideas (workshop), specs, text);
  fingerprint_all (fingerprints, cg_workshop_get_actions (workshop), specs, text);
  return fingerprints;
}

char *
cg_sync_fingerprint_object (GObject *object)
{
  g_autoptr(GHashTable) specs = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (CG_IS_OBJECT (object), NULL);

  return fingerprint_object (object, specs, text);
}

/* What changed */

typedef struct
{
  CgWorkshop *arrived;
  GHashTable *fingerprints;
  GHashTable *known;
  GHashTable *include;  /* objects of @arrived to copy (set) */
  GHashTable *copies;   /* object of @arrived -> its copy */
} Changes;

static gboolean
is_changed (Changes  *self,
            gpointer  object)
{
  const char *id = cg_object_get_id (CG_OBJECT (object));
  const char *before;

  if (self->known == NULL)
    return TRUE;
  before = g_hash_table_lookup (self->known, id);
  return before == NULL || g_strcmp0 (before, g_hash_table_lookup (self->fingerprints, id)) != 0;
}

static void
include_object (Changes  *self,
                gpointer  object)
{
  if (object != NULL)
    g_hash_table_add (self->include, object);
}

/* The events a tally (votes, attendance) counts at. */
static void
include_tally_events (Changes    *self,
                      GObject    *object,
                      const char *property)
{
  g_autoptr(GVariant) tally = NULL;
  GVariantIter iter;
  const char *event_id;
  guint count;

  g_object_get (object, property, &tally, NULL);
  if (tally == NULL)
    return;
  g_variant_iter_init (&iter, tally);
  while (g_variant_iter_next (&iter, "{&su}", &event_id, &count))
    {
      CgObject *event = cg_workshop_lookup (self->arrived, event_id);

      if (CG_IS_EVENT (event))
        include_object (self, event);
    }
}

static void
include_changed (Changes    *self,
                 GListModel *objects)
{
  for (guint i = 0, n = g_list_model_get_n_items (objects); i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (objects, i);

      if (is_changed (self, object))
        include_object (self, object);
    }
}

/* Changed ideas, and with each its carried-from original and the ideas carried from it (a
 * merge's conflict copies): the merge settles review flags over such a group as a whole. */
static void
include_ideas (Changes *self)
{
  GListModel *ideas = cg_workshop_get_ideas (self->arrived);
  guint n = g_list_model_get_n_items (ideas);
  g_autoptr(GHashTable) carried = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
      const char *from = cg_idea_get_carried_from (idea);

      if (from != NULL)
        {
          GPtrArray *list = g_hash_table_lookup (carried, from);

          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (carried, (gpointer) from, list);
            }
          g_ptr_array_add (list, idea);
        }
      if (is_changed (self, idea))
        g_ptr_array_add (changed, idea);
    }

  for (guint i = 0; i < changed->len; i++)
    {
      CgIdea *idea = changed->pdata[i];
      const char *from = cg_idea_get_carried_from (idea);
      CgObject *original = from != NULL ? cg_workshop_lookup (self->arrived, from) : NULL;
      GPtrArray *children = g_hash_table_lookup (carried, cg_object_get_id (CG_OBJECT (idea)));

      include_object (self, idea);
      if (CG_IS_IDEA (original))
        include_object (self, original);
      for (guint j = 0; children != NULL && j < children->len; j++)
        include_object (self, children->pdata[j]);
    }
}

/* What the included ideas, actions and voices refer to. */
static void
include_references (Changes *self)
{
  GListModel *ideas = cg_workshop_get_ideas (self->arrived);
  GListModel *actions = cg_workshop_get_actions (self->arrived);
  GListModel *voices = cg_workshop_get_voices (self->arrived);

  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      if (!g_hash_table_contains (self->include, idea))
        continue;
      include_object (self, cg_idea_get_event (idea));
      include_object (self, cg_idea_get_theme (idea));
      include_object (self, cg_idea_get_voice (idea));
      include_tally_events (self, G_OBJECT (idea), "votes");
    }
  for (guint i = 0, n = g_list_model_get_n_items (actions); i < n; i++)
    {
      g_autoptr(CgAction) action = g_list_model_get_item (actions, i);

      if (g_hash_table_contains (self->include, action))
        include_object (self, cg_action_get_theme (action));
    }
  for (guint i = 0, n = g_list_model_get_n_items (voices); i < n; i++)
    {
      g_autoptr(CgVoice) voice = g_list_model_get_item (voices, i);

      if (g_hash_table_contains (self->include, voice))
        include_tally_events (self, G_OBJECT (voice), "attendance");
    }
}

/* A copy of @source in @into, its references pointing at the copies already made. */
static void
copy_object (Changes    *self,
             CgWorkshop *into,
             GObject    *source)
{
  guint n_specs;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (source),
                                                                   &n_specs);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  g_autoptr(GObject) copy = NULL;

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
  for (guint i = 0; i < n_specs; i++)
    {
      GValue value = G_VALUE_INIT;

      if ((specs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE)
        continue;
      g_value_init (&value, specs[i]->value_type);
      g_object_get_property (source, specs[i]->name, &value);
      if (G_VALUE_HOLDS_OBJECT (&value) && g_value_get_object (&value) != NULL)
        g_value_set_object (&value, g_hash_table_lookup (self->copies,
                                                         g_value_get_object (&value)));
      g_ptr_array_add (names, (gpointer) specs[i]->name);
      g_array_append_val (values, value);
    }
  copy = g_object_new_with_properties (G_OBJECT_TYPE (source), names->len,
                                       (const char **) names->pdata,
                                       (const GValue *) values->data);
  /* and what an idea was edited from, which is no property: the merge needs it */
  if (CG_IS_IDEA (copy))
    cg_idea_versions_take (CG_IDEA (copy), CG_IDEA (source));
  cg_workshop_add (into, copy);
  g_hash_table_insert (self->copies, source, copy);
}

static void
copy_included (Changes    *self,
               CgWorkshop *into,
               GListModel *objects)
{
  for (guint i = 0, n = g_list_model_get_n_items (objects); i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (objects, i);

      if (g_hash_table_contains (self->include, object))
        copy_object (self, into, object);
    }
}

static gboolean
holds_all_known (GHashTable *fingerprints,
                 GHashTable *known)
{
  GHashTableIter iter;
  gpointer id, before;

  if (known == NULL)
    return TRUE;
  g_hash_table_iter_init (&iter, known);
  while (g_hash_table_iter_next (&iter, &id, &before))
    if (g_strcmp0 (before, g_hash_table_lookup (fingerprints, id)) != 0)
      return FALSE;
  return TRUE;
}

CgWorkshop *
cg_sync_changes (CgWorkshop *arrived,
                 GHashTable *fingerprints,
                 GHashTable *known,
                 gboolean   *holds_all)
{
  Changes self = { arrived, fingerprints, known, NULL, NULL };
  CgWorkshop *changes;

  g_return_val_if_fail (CG_IS_WORKSHOP (arrived), NULL);
  g_return_val_if_fail (fingerprints != NULL, NULL);

  if (holds_all != NULL)
    *holds_all = holds_all_known (fingerprints, known);

  self.include = g_hash_table_new (NULL, NULL);
  self.copies = g_hash_table_new (NULL, NULL);
  include_ideas (&self);
  include_changed (&self, cg_workshop_get_actions (arrived));
  include_changed (&self, cg_workshop_get_events (arrived));
  include_changed (&self, cg_workshop_get_voices (arrived));
  include_changed (&self, cg_workshop_get_themes (arrived));
  include_references (&self);

  changes = cg_workshop_new (cg_workshop_get_title (arrived));
  copy_included (&self, changes, cg_workshop_get_events (arrived));
  copy_included (&self, changes, cg_workshop_get_voices (arrived));
  copy_included (&self, changes, cg_workshop_get_themes (arrived));
  copy_included (&self, changes, cg_workshop_get_ideas (arrived));
  copy_included (&self, changes, cg_workshop_get_actions (arrived));
  cg_history_clear (cg_workshop_get_history (changes));

  g_hash_table_unref (self.copies);
  g_hash_table_unref (self.include);
  return changes;
}

/* Reading */

/* What stat says of @path (following a link when @follow), as a short key; NULL when there is
 * nothing there. */
static char *
stat_key (const char *path,
          gboolean    follow,
          int        *saved_errno)
{
  struct stat st;

  if ((follow ? stat (path, &st) : lstat (path, &st)) != 0)
    {
      *saved_errno = errno;
      return NULL;
    }
  *saved_errno = 0;
  return g_strdup_printf ("%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT ".%09ld|%" G_GUINT64_FORMAT
                          "|%o", (gint64) st.st_size, (gint64) st.st_mtim.tv_sec,
                          st.st_mtim.tv_nsec, (guint64) st.st_ino, (unsigned) st.st_mode);
}

char *
cg_sync_file_key (const char *path)
{
  int saved_errno;

  return stat_key (path, TRUE, &saved_errno);
}

char *
cg_sync_stamp (const char *path,
               GError    **error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *key = NULL;
  struct stat st;
  int saved_errno;

  if (lstat (path, &st) != 0)
    {
      cg_io_set_error_from_errno (error, errno, CG_IO_READING);
      return NULL;
    }
  if (S_ISLNK (st.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("it is a link to another file, not a copy of the workshop"));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("it is not an ordinary file"));
      return NULL;
    }
  key = stat_key (path, FALSE, &saved_errno);
  return g_strconcat (name, "|", key, NULL);
}

/* "NAME: reason" for an error that carries the reason alone. */
static GError *
name_error (GFile  *file,
            GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  GError *named = g_error_new (error->domain, error->code, "%s: %s", name, error->message);

  g_error_free (error);
  return named;
}

/* Reads and parses the workshop in @file. NULL with @error, or with neither when the file was
 * being written meanwhile (*@unsettled) or is gone. @hash: of what was read. */
static CgWorkshop *
read_workshop (GFile         *file,
               CgEnvelopeKey *key,
               const char    *skip_hash,
               char         **hash,
               gboolean      *unsettled,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize length;
  int saved_errno;

  before = stat_key (path, TRUE, &saved_errno);
  if (before == NULL)
    return NULL;  /* gone (ENOENT), or a folder we cannot see into: nothing to read */

  bytes = cg_workshop_read_path (path, cancellable, &local_error);
  after = stat_key (path, TRUE, &saved_errno);
  if (g_strcmp0 (before, after) != 0)
    {
      *unsettled = TRUE;
      return NULL;
    }
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
          g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return NULL;
      /* (the same unreadable file is reported once: its stamp stands for its contents) */
      *hash = g_strconcat ("unread|", before, NULL);
      if (g_strcmp0 (*hash, skip_hash) != 0)
        g_propagate_error (error, name_error (file, g_steal_pointer (&local_error)));
      return NULL;
    }

  data = g_bytes_get_data (bytes, &length);
  *hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
  if (g_strcmp0 (*hash, skip_hash) == 0)
    return NULL;
  return cg_workshop_load_protected_from_data (data, length, name, NULL, -1, key, error);
}

static void
look_at_main (CgSyncLook   *look,
              GCancellable *cancellable)
{
  g_autoptr(CgWorkshop) workshop = NULL;

  /* ours only when it is still the very file our rename left */
  if (look->main_is_own && look->own_key != NULL)
    {
      g_autofree char *path = g_file_get_path (look->file);
      g_autofree char *key = cg_sync_file_key (path);

      if (g_strcmp0 (key, look->own_key) != 0)
        {
          look->main_is_own = FALSE;
          look->not_own = TRUE;
        }
    }

  workshop = read_workshop (look->file, look->key, look->known_hash, &look->hash,
                            &look->unsettled, cancellable, &look->main_error);
  look->main_changed = look->hash != NULL && g_strcmp0 (look->hash, look->known_hash) != 0;
  if (workshop == NULL)
    return;

  look->fingerprints = cg_sync_fingerprint (workshop);
  if (!look->main_is_own)
    look->changes = cg_sync_changes (workshop, look->fingerprints, look->known,
                                     &look->holds_all);
}

static void
look_at_copies (CgSyncLook   *look,
                GCancellable *cancellable)
{
  g_autoptr(GPtrArray) files = cg_sync_list_conflict_copies (look->file, 0, NULL);
  GHashTable *known = look->fingerprints != NULL ? look->fingerprints : look->known;
  guint n_read = 0;

  for (guint i = 0; files != NULL && i < files->len; i++)
    {
      GFile *file = files->pdata[i];
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *hash = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(CgWorkshop) workshop = NULL;
      g_autofree char *stamp = cg_sync_stamp (path, &error);
      gboolean unsettled = FALSE;
      CgSyncCopy *copy;

      if (g_cancellable_is_cancelled (cancellable))
        return;
      if (stamp == NULL)
        {
          if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
            continue;
          stamp = g_strconcat (g_file_peek_path (file), "|not a file", NULL);
        }
      if (g_hash_table_contains (look->done, stamp))
        continue;
      if (n_read++ == CG_SYNC_MAX_COPIES_PER_LOOK)
        {
          look->more_copies = TRUE;
          return;
        }

      if (error == NULL)
        workshop = read_workshop (file, look->key, NULL, &hash, &unsettled, cancellable, &error);
      else
        error = name_error (file, g_steal_pointer (&error));
      if (unsettled)
        {
          look->copies_unsettled = TRUE;
          continue;
        }
      if (workshop == NULL && error == NULL)
        continue;  /* gone meanwhile */

      copy = g_new0 (CgSyncCopy, 1);
      copy->file = g_object_ref (file);
      copy->stamp = g_steal_pointer (&stamp);
      copy->error = g_steal_pointer (&error);
      copy->hash = g_steal_pointer (&hash);
      /* (one merged before, back again: an engine that set it aside here and there at once
       * can bring it back; merged again now, its older versions would be new conflicts) */
      copy->seen = copy->hash != NULL && look->merged != NULL &&
                   g_hash_table_contains (look->merged, copy->hash);
      if (workshop != NULL && !copy->seen)
        {
          g_autoptr(GHashTable) fingerprints = cg_sync_fingerprint (workshop);

          copy->changes = cg_sync_changes (workshop, fingerprints, known, NULL);
        }
      g_ptr_array_add (look->copies, copy);
    }
}

static void
move_aside (CgSyncLook *look)
{
  for (guint i = 0; look->to_move != NULL && i < look->to_move->len; i++)
    {
      GFile *file = look->to_move->pdata[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) moved = cg_sync_set_aside (file, &error);

      if (moved != NULL)
        {
          g_ptr_array_add (look->moved, g_object_ref (file));
          g_ptr_array_add (look->moved, g_steal_pointer (&moved));
        }
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          CgSyncCopy *copy = g_new0 (CgSyncCopy, 1);

          copy->file = g_object_ref (file);
          copy->stamp = cg_sync_stamp (g_file_peek_path (file), NULL);
          copy->error = name_error (file, g_steal_pointer (&error));
          g_ptr_array_add (look->move_errors, copy);
        }
    }
}

void
cg_sync_look_run (CgSyncLook   *look,
                  GCancellable *cancellable)
{
  g_return_if_fail (look != NULL);

  move_aside (look);
  if (look->look_main)
    look_at_main (look, cancellable);
  if (look->look_copies)
    look_at_copies (look, cancellable);
}
