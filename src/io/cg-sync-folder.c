/* cg-sync-folder.c: the folder a synced workshop lives in: conflict copies' names, the marks
 * sync engines leave, and moving merged copies aside
 *
 * The names are the engines' own (see cg-sync-watch.h); nothing else next to the file is
 * touched, and a conflict copy is never removed: once merged it goes into ".merged/" beside the
 * file, where the facilitator can still find it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-sync"
#define _GNU_SOURCE  /* renameat2 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "io/cg-io-describe.h"
#include "io/cg-sync-private.h"

#define MAX_ANCESTORS 64        /* folders looked at above the file's own */
#define MAX_ENTRIES 100000      /* names read from one folder */
#define MAX_JOURNAL_ENTRIES 4096 /* names read from a folder while looking for a client's journal */
#define MAX_SUFFIX 1000         /* "NAME (2).cgw" ... before giving up */

#define SYNCTHING_MARK ".sync-conflict-"
#define NEXTCLOUD_MARK " (conflicted copy "
#define OWNCLOUD_MARK "_conflict"

/* Names */

/* @base's extension: from its last dot, unless that starts the name ("" then). */
static const char *
extension_of (const char *base)
{
  const char *dot = strrchr (base, '.');

  return dot != NULL && dot != base ? dot : base + strlen (base);
}

/* Whether @text starts with @n ASCII digits. */
static gboolean
digits (const char *text,
        guint       n)
{
  for (guint i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* "YYYYMMDD-HHMMSS" */
static gboolean
compact_time (const char *text)
{
  return digits (text, 8) && text[8] == '-' && digits (text + 9, 6);
}

/* One or more ".sync-conflict-YYYYMMDD-HHMMSS-DEVICE" (a copy of a copy has two), where
 * DEVICE is the short id of the device whose version lost: capitals and digits. */
static gboolean
syncthing_tag (const char *tag,
               gsize       length)
{
  const char *end = tag + length;
  const char *p = tag;

  if (length == 0)
    return FALSE;
  while (p < end)
    {
      gsize n = 0;

      if ((gsize) (end - p) < strlen (SYNCTHING_MARK) + 15 + 2 ||
          strncmp (p, SYNCTHING_MARK, strlen (SYNCTHING_MARK)) != 0)
        return FALSE;
      p += strlen (SYNCTHING_MARK);
      if (!compact_time (p) || p[15] != '-')
        return FALSE;
      p += 16;
      while (p + n < end && p[n] != '.' && (g_ascii_isupper (p[n]) || g_ascii_isdigit (p[n])))
        n++;
      if (n == 0 || n > 16 || (p + n < end && p[n] != '.'))
        return FALSE;
      p += n;
    }
  return TRUE;
}

/* " (conflicted copy [USER ]YYYY-MM-DD HHMMSS)": USER has no parentheses (the client makes
 * sure) and no slash. */
static gboolean
nextcloud_tag (const char *tag,
               gsize       length)
{
  gsize mark = strlen (NEXTCLOUD_MARK);
  const char *when;
  gsize user;

  if (length < mark + 17 + 1 || strncmp (tag, NEXTCLOUD_MARK, mark) != 0 ||
      tag[length - 1] != ')')
    return FALSE;
  when = tag + length - 1 - 17;
  if (!(digits (when, 4) && when[4] == '-' && digits (when + 5, 2) && when[7] == '-' &&
        digits (when + 8, 2) && when[10] == ' ' && digits (when + 11, 6)))
    return FALSE;
  user = (gsize) (when - (tag + mark));
  if (user == 0)
    return TRUE;
  if (tag[mark + user - 1] != ' ')
    return FALSE;
  for (gsize i = 0; i < user; i++)
    if (strchr ("()/", tag[mark + i]) != NULL)
      return FALSE;
  return TRUE;
}

/* "_conflict-YYYYMMDD-HHMMSS" or "_conflict_USER-YYYYMMDD-HHMMSS" (ownCloud clients). */
static gboolean
owncloud_tag (const char *tag,
              gsize       length)
{
  gsize mark = strlen (OWNCLOUD_MARK);

  if (length < mark + 1 + 15 || strncmp (tag, OWNCLOUD_MARK, mark) != 0 ||
      !compact_time (tag + length - 15) || tag[length - 16] != '-')
    return FALSE;
  if (length == mark + 1 + 15)
    return tag[mark] == '-';
  if (tag[mark] != '_')
    return FALSE;
  for (gsize i = mark; i < length - 16; i++)
    if (tag[i] == '/')
      return FALSE;
  return TRUE;
}

CgSyncEngine
cg_sync_conflict_copy_engine (const char *base,
                              const char *name)
{
  const char *ext;
  gsize stem, name_length, ext_length;
  const char *tag;
  gsize tag_length;

  g_return_val_if_fail (base != NULL && name != NULL, CG_SYNC_ENGINE_NONE);

  ext = extension_of (base);
  ext_length = strlen (ext);
  stem = (gsize) (ext - base);
  name_length = strlen (name);
  if (stem == 0 || name_length <= stem + ext_length || strncmp (name, base, stem) != 0 ||
      strcmp (name + name_length - ext_length, ext) != 0 || strchr (name, '/') != NULL)
    return CG_SYNC_ENGINE_NONE;

  tag = name + stem;
  tag_length = name_length - stem - ext_length;
  if (syncthing_tag (tag, tag_length))
    return CG_SYNC_ENGINE_SYNCTHING;
  if (nextcloud_tag (tag, tag_length) || owncloud_tag (tag, tag_length))
    return CG_SYNC_ENGINE_NEXTCLOUD;
  return CG_SYNC_ENGINE_NONE;
}

/* Marks of sync engines */

static gboolean
exists_in (const char *dir,
           const char *name,
           gboolean    folder)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  struct stat st;

  return stat (path, &st) == 0 && (!folder || S_ISDIR (st.st_mode));
}

/* The Nextcloud (ownCloud) desktop client keeps its journal in the folder it syncs. */
static gboolean
has_client_journal (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  if (listing == NULL)
    return FALSE;
  while ((name = g_dir_read_name (listing)) != NULL && n++ < MAX_JOURNAL_ENTRIES)
    {
      if (((g_str_has_prefix (name, ".sync_") || g_str_has_prefix (name, "._sync_")) &&
           g_str_has_suffix (name, ".db")) ||
          g_str_equal (name, ".owncloudsync.log"))
        return TRUE;
    }
  return FALSE;
}

static CgSyncEngine
engine_marked_in (const char *dir)
{
  if (exists_in (dir, ".stfolder", FALSE))
    return CG_SYNC_ENGINE_SYNCTHING;
  if (has_client_journal (dir))
    return CG_SYNC_ENGINE_NEXTCLOUD;
  if (exists_in (dir, ".sync", TRUE))
    return CG_SYNC_ENGINE_RESILIO;
  return CG_SYNC_ENGINE_NONE;
}

CgSyncEngine
cg_sync_detect_engine (GFile  *folder,
                       GFile **root)
{
  g_autoptr(GFile) dir = NULL;

  g_return_val_if_fail (G_IS_FILE (folder), CG_SYNC_ENGINE_NONE);

  if (root != NULL)
    *root = NULL;
  dir = g_object_ref (folder);
  for (guint depth = 0; dir != NULL && depth < MAX_ANCESTORS; depth++)
    {
      g_autofree char *path = g_file_get_path (dir);
      CgSyncEngine engine = path != NULL ? engine_marked_in (path) : CG_SYNC_ENGINE_NONE;

      if (engine != CG_SYNC_ENGINE_NONE)
        {
          if (root != NULL)
            *root = g_steal_pointer (&dir);
          return engine;
        }
      g_set_object (&dir, g_file_get_parent (dir));
    }
  return CG_SYNC_ENGINE_NONE;
}

/* Conflict copies */

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  return strcmp (g_file_peek_path (*(GFile * const *) a), g_file_peek_path (*(GFile * const *) b));
}

/* The conflict copies of @base in the folder @dir, at most @max (0: no limit). */
static GPtrArray *
list_copies_in (const char *dir,
                const char *base,
                guint       max,
                GError    **error)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, error);
  GPtrArray *copies;
  const char *name;
  guint n = 0;

  if (listing == NULL)
    return NULL;
  copies = g_ptr_array_new_with_free_func (g_object_unref);
  while ((name = g_dir_read_name (listing)) != NULL && n++ < MAX_ENTRIES)
    {
      if (cg_sync_conflict_copy_engine (base, name) == CG_SYNC_ENGINE_NONE)
        continue;
      g_ptr_array_add (copies, g_file_new_build_filename (dir, name, NULL));
    }
  g_ptr_array_sort (copies, compare_files);
  if (max > 0 && copies->len > max)
    g_ptr_array_set_size (copies, max);
  return copies;
}

GPtrArray *
cg_sync_list_conflict_copies (GFile   *file,
                              guint    max,
                              GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("the workshop is not in a folder on this computer"));
      return NULL;
    }
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  return list_copies_in (dir, base, max, error);
}

/* "NAME (2).cgw" for @name and @n. */
static char *
numbered_name (const char *name,
               guint       n)
{
  const char *ext = extension_of (name);

  return g_strdup_printf ("%.*s (%u)%s", (int) (ext - name), name, n, ext);
}

/* Renames @from to @to unless @to exists: EEXIST then. */
static int
rename_no_replace (const char *from,
                   const char *to)
{
  struct stat st;

#ifdef RENAME_NOREPLACE
  if (renameat2 (AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0)
    return 0;
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
    return errno;
#endif
  /* (a file system without it: look first; another laptop's engine does not write here) */
  if (lstat (to, &st) == 0)
    return EEXIST;
  return rename (from, to) == 0 ? 0 : errno;
}

static gboolean
fail_aside_because (GError    **error,
                    int         code,
                    const char *reason)
{
  g_set_error (error, G_IO_ERROR, code,
               /* Translators: %s says why: "it is a link, not a folder" */
               _("it was merged, but could not be moved into the “.merged” folder: %s"),
               reason);
  return FALSE;
}

static gboolean
fail_aside (GError **error,
            int      saved_errno)
{
  return fail_aside_because (error, g_io_error_from_errno (saved_errno),
                             cg_io_describe_errno (saved_errno, CG_IO_WRITING));
}

GFile *
cg_sync_set_aside (GFile   *copy,
                   GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *merged = NULL;
  struct stat st;

  g_return_val_if_fail (G_IS_FILE (copy), NULL);

  path = g_file_get_path (copy);
  if (path == NULL)
    {
      fail_aside_because (error, G_IO_ERROR_NOT_SUPPORTED, _("it is not on this computer"));
      return NULL;
    }
  if (lstat (path, &st) != 0)
    {
      cg_io_set_error_from_errno (error, errno, CG_IO_READING);
      return NULL;
    }
  dir = g_path_get_dirname (path);
  name = g_path_get_basename (path);
  merged = g_build_filename (dir, CG_SYNC_MERGED_FOLDER, NULL);

  if (lstat (merged, &st) != 0)
    {
      if (errno != ENOENT || (g_mkdir (merged, 0700) != 0 && errno != EEXIST) ||
          lstat (merged, &st) != 0)
        {
          fail_aside (error, errno);
          return NULL;
        }
    }
  if (!S_ISDIR (st.st_mode))
    {
      fail_aside_because (error, G_IO_ERROR_NOT_DIRECTORY,
                          S_ISLNK (st.st_mode) ? _("that is a link, not a folder")
                                               : _("that is a file, not a folder"));
      return NULL;
    }

  for (guint n = 1; n <= MAX_SUFFIX; n++)
    {
      g_autofree char *target_name = n == 1 ? g_strdup (name) : numbered_name (name, n);
      g_autofree char *target = g_build_filename (merged, target_name, NULL);
      int saved_errno = rename_no_replace (path, target);

      if (saved_errno == 0)
        return g_file_new_for_path (target);
      if (saved_errno != EEXIST)
        {
          fail_aside (error, saved_errno);
          return NULL;
        }
    }
  fail_aside_because (error, G_IO_ERROR_EXISTS, _("it holds too many files of that name"));
  return NULL;
}

/* The share page's look */

void
cg_sync_inspection_free (CgSyncInspection *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->root);
  g_free (self);
}

CgSyncInspection *
cg_sync_inspect (GFile *file)
{
  CgSyncInspection *self;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GPtrArray) copies = NULL;
  g_autoptr(GPtrArray) set_aside = NULL;
  g_autofree char *path = NULL;
  g_autofree char *merged = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_new0 (CgSyncInspection, 1);
  folder = g_file_get_parent (file);
  path = g_file_get_path (file);
  if (folder == NULL || path == NULL)
    return self;

  self->engine = cg_sync_detect_engine (folder, &self->root);
  copies = cg_sync_list_conflict_copies (file, 0, NULL);
  self->n_copies = copies != NULL ? copies->len : 0;
  base = g_path_get_basename (path);
  merged = g_build_filename (g_file_peek_path (folder), CG_SYNC_MERGED_FOLDER, NULL);
  set_aside = list_copies_in (merged, base, 0, NULL);
  self->n_set_aside = set_aside != NULL ? set_aside->len : 0;
  return self;
}

static void
inspect_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  g_task_return_pointer (task, cg_sync_inspect (task_data),
                         (GDestroyNotify) cg_sync_inspection_free);
}

void
cg_sync_inspect_async (GFile              *file,
                       GCancellable       *cancellable,
                       GAsyncReadyCallback callback,
                       gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cg_sync_inspect_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, inspect_thread);
}

CgSyncInspection *
cg_sync_inspect_finish (GAsyncResult *result,
                        GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
