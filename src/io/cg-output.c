/* cg-output.c: the one way Common Ground writes a file, so that no failure, kill or full disk
 * ever costs the previous version
 *
 * The new contents go to a temporary file in the target's own folder (so the final rename is
 * atomic), preferably an unnamed one (O_TMPFILE) that vanishes by itself if the program dies;
 * where the file system has none, a named one, private (0600), locked while it is written, and
 * removed by the next save if a killed run left it. Then: fsync, the old version linked to
 * PATH~, rename over the target, fsync of the folder. GLib's g_file_replace_contents () is not
 * enough: it writes new files in place and commits a half-written file when the disk fills.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"
#define _GNU_SOURCE  /* O_TMPFILE */

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "io/cg-io-describe.h"
#include "io/cg-output.h"

#define MAX_LINKS 40          /* symbolic links followed before giving up, as the kernel does */
#define WRITE_CHUNK (1024 * 1024)
#define RANDOM_CHARS 6
/* An interrupted save by GLib's writer (versions before this one): removed once clearly dead. */
#define GLIB_TEMP_PREFIX ".goutputstream-"
#define GLIB_TEMP_AGE (10 * 60)

struct _CgOutput
{
  char          *path;       /* as the caller gave it */
  char          *base;       /* the target's name in its folder */
  char          *temp_name;  /* the temporary file's name, NULL while it has none */
  int            dir_fd;
  int            fd;
  mode_t         mode;       /* what the new file gets */
  gboolean       exists;     /* the target was there when the output was opened */
  gboolean       finished;
  CgOutputFlags  flags;
};

static gboolean
fail_errno (GError **error,
            int      saved_errno)
{
  return cg_io_set_error_from_errno (error, saved_errno, CG_IO_WRITING);
}

/* Follows symbolic links from @path to the file they lead to (which need not exist yet). */
static char *
resolve_links (const char *path,
               GError    **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i < MAX_LINKS; i++)
    {
      GStatBuf st;
      g_autofree char *target = NULL;
      g_autofree char *dir = NULL;

      if (g_lstat (current, &st) != 0)
        {
          if (errno == ENOENT)
            return g_steal_pointer (&current);  /* a new file; a missing folder shows later */
          fail_errno (error, errno);
          return NULL;
        }
      if (!S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, NULL);
      if (target == NULL)
        {
          fail_errno (error, errno != 0 ? errno : EIO);
          return NULL;
        }
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_path_is_absolute (target) ? g_steal_pointer (&target)
                                            : g_build_filename (dir, target, NULL);
    }

  fail_errno (error, ELOOP);
  return NULL;
}

/* 0666 less the umask, read without changing it (umask () would race with other threads). */
static mode_t
get_default_mode (void)
{
  static gsize mode = 0;

  if (g_once_init_enter (&mode))
    {
      g_autofree char *status = NULL;
      mode_t mask = 022;
      const char *line;

      if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
          (line = strstr (status, "\nUmask:")) != NULL)
        mask = (mode_t) g_ascii_strtoull (line + strlen ("\nUmask:"), NULL, 8) & 0777;
      g_once_init_leave (&mode, (gsize) (0666 & ~mask) | 0x10000);
    }
  return (mode_t) (mode & 0777);
}

static void
fill_random (char *name)
{
  static const char chars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  for (guint i = 0; i < RANDOM_CHARS; i++)
    name[i] = chars[g_random_int_range (0, sizeof chars - 1)];
}

/* ".syncthing.BASE.XXXXXX.part", with the X's at @random. */
static char *
make_temp_name (const char *base,
                char      **random)
{
  char *name = g_strconcat (CG_OUTPUT_TEMP_PREFIX, base, ".XXXXXX", CG_OUTPUT_TEMP_SUFFIX, NULL);

  *random = name + strlen (CG_OUTPUT_TEMP_PREFIX) + strlen (base) + 1;
  return name;
}

/* Is @name a temporary file of ours for @base (or for its backup, "BASE~"); with @base NULL,
 * for any file? */
static gboolean
is_our_temp_name (const char *name,
                  const char *base)
{
  gsize prefix = strlen (CG_OUTPUT_TEMP_PREFIX);
  gsize length = strlen (name);
  gsize base_length;
  const char *rest;

  if (!g_str_has_prefix (name, CG_OUTPUT_TEMP_PREFIX) ||
      !g_str_has_suffix (name, CG_OUTPUT_TEMP_SUFFIX))
    return FALSE;
  if (base == NULL)
    return length > prefix + 1 + RANDOM_CHARS + strlen (CG_OUTPUT_TEMP_SUFFIX);

  base_length = strlen (base);
  if (strncmp (name + prefix, base, base_length) != 0)
    return FALSE;
  rest = name + prefix + base_length;
  if (*rest == '~')
    rest++;
  return length == (gsize) (rest - name) + 1 + RANDOM_CHARS + strlen (CG_OUTPUT_TEMP_SUFFIX) &&
         *rest == '.';
}

/* Did GLib's writer leave @fd, a workshop, long ago? (Old versions saved through it.) */
static gboolean
is_stale_glib_temp (int                fd,
                    const struct stat *st)
{
  char head[4096];
  ssize_t n;

  if (st->st_mtime > g_get_real_time () / G_USEC_PER_SEC - GLIB_TEMP_AGE)
    return FALSE;
  n = pread (fd, head, sizeof head - 1, 0);
  if (n <= 0)
    return FALSE;
  head[n] = '\0';
  return strstr (head, "urn:commonground:workshop") != NULL;
}

/* Removes what killed saves of @base (NULL: of anything) left in the folder @dir_fd: our
 * temporary files that no live writer holds locked, and old GLib temporary files holding a
 * workshop. */
static void
remove_stale_temps_at (int         dir_fd,
                       const char *base)
{
  int fd = dup (dir_fd);
  DIR *dir = fd >= 0 ? fdopendir (fd) : NULL;
  struct dirent *entry;

  if (dir == NULL)
    {
      if (fd >= 0)
        close (fd);
      return;
    }

  while ((entry = readdir (dir)) != NULL)
    {
      gboolean ours = is_our_temp_name (entry->d_name, base);
      struct stat st;
      int temp_fd;

      if (!ours && !g_str_has_prefix (entry->d_name, GLIB_TEMP_PREFIX))
        continue;

      temp_fd = openat (dir_fd, entry->d_name,
                        O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
      if (temp_fd < 0)
        continue;
      if (fstat (temp_fd, &st) == 0 && S_ISREG (st.st_mode) &&
          (ours ? flock (temp_fd, LOCK_EX | LOCK_NB) == 0 : is_stale_glib_temp (temp_fd, &st)))
        {
          if (unlinkat (dir_fd, entry->d_name, 0) == 0)
            g_debug ("removed %s, left by an interrupted save", entry->d_name);
        }
      close (temp_fd);
    }
  closedir (dir);
}

void
cg_output_remove_stale_temps (const char *dir)
{
  int dir_fd;

  g_return_if_fail (dir != NULL);

  dir_fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (dir_fd < 0)
    return;
  remove_stale_temps_at (dir_fd, NULL);
  close (dir_fd);
}

/* Can /proc/self/fd name an unnamed temporary file at the end? (Not in every chroot.) The
 * tests set CG_OUTPUT_NAMED_TEMP to try the named temporary files that other file systems get. */
static gboolean
can_name_unnamed_files (void)
{
  static gsize answer = 0;

  if (g_getenv ("CG_OUTPUT_NAMED_TEMP") != NULL)
    return FALSE;
  if (g_once_init_enter (&answer))
    g_once_init_leave (&answer, g_file_test ("/proc/self/fd", G_FILE_TEST_IS_DIR) ? 1 : 2);
  return answer == 1;
}

static gboolean
create_temp (CgOutput *self,
             GError  **error)
{
  g_autofree char *name = NULL;
  char *random;

#ifdef O_TMPFILE
  if (can_name_unnamed_files ())
    {
      self->fd = openat (self->dir_fd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
      if (self->fd >= 0)
        {
          flock (self->fd, LOCK_EX | LOCK_NB);
          return TRUE;
        }
      /* Not every file system has unnamed files: fall back to a named one. */
      if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOENT)
        return fail_errno (error, errno);
    }
#endif

  name = make_temp_name (self->base, &random);
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      fill_random (random);
      self->fd = openat (self->dir_fd, name,
                         O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0600);
      if (self->fd >= 0)
        {
          /* Locked until it is renamed or removed: the next save knows it is not stale. */
          flock (self->fd, LOCK_EX | LOCK_NB);
          self->temp_name = g_steal_pointer (&name);
          return TRUE;
        }
      if (errno != EEXIST)
        break;
    }
  return fail_errno (error, errno);
}

/* Checks what stands at the target now; sets exists and the mode the new file gets. */
static gboolean
check_target (CgOutput   *self,
              const char *target,
              GError    **error)
{
  GStatBuf st;

  if (g_stat (target, &st) != 0)
    {
      if (errno != ENOENT)
        return fail_errno (error, errno);
      self->exists = FALSE;
      self->mode = (self->flags & CG_OUTPUT_PRIVATE) ? 0600 : get_default_mode ();
      return TRUE;
    }

  if (S_ISDIR (st.st_mode))
    return fail_errno (error, EISDIR);
  if (!S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("it is not an ordinary file but a device, a pipe or a socket"));
      return FALSE;
    }
  /* Also as root, who may write anything: a file without write permission was made
   * read-only on purpose. */
  if ((st.st_mode & 0222) == 0 || access (target, W_OK) != 0)
    {
      if ((st.st_mode & 0222) != 0 && errno == EROFS)
        return fail_errno (error, EROFS);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY, _("the file is read-only"));
      return FALSE;
    }

  self->exists = TRUE;
  self->mode = st.st_mode & 07777;
  return TRUE;
}

CgOutput *
cg_output_open (const char    *path,
                CgOutputFlags  flags,
                GError       **error)
{
  g_autoptr(CgOutput) self = NULL;
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (CgOutput, 1);
  self->path = g_strdup (path);
  self->flags = flags;
  self->fd = -1;
  self->dir_fd = -1;

  target = resolve_links (path, error);
  if (target == NULL)
    return NULL;
  self->base = g_path_get_basename (target);
  dir = g_path_get_dirname (target);
  if (g_str_has_suffix (target, G_DIR_SEPARATOR_S) || strcmp (self->base, ".") == 0 ||
      strcmp (self->base, "..") == 0)
    {
      fail_errno (error, EISDIR);
      return NULL;
    }

  self->dir_fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (self->dir_fd < 0)
    {
      fail_errno (error, errno);
      return NULL;
    }
  if (!check_target (self, target, error))
    return NULL;

  remove_stale_temps_at (self->dir_fd, self->base);
  if (!create_temp (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
cg_output_get_path (CgOutput *self)
{
  return self->path;
}

gboolean
cg_output_write (CgOutput    *self,
                 const void  *data,
                 gsize        length,
                 GError     **error)
{
  const char *p = data;

  g_return_val_if_fail (self != NULL && self->fd >= 0 && !self->finished, FALSE);

  while (length > 0)
    {
      ssize_t written = write (self->fd, p, MIN (length, WRITE_CHUNK));

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          return fail_errno (error, errno);
        }
      p += written;
      length -= written;
    }
  return TRUE;
}

gboolean
cg_output_finish (CgOutput *self,
                  GError  **error)
{
  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);

  if (self->finished)
    return TRUE;

  /* A full disk may only show here, on file systems that allocate late. */
  if (fchmod (self->fd, self->mode) != 0 && errno != EPERM)
    return fail_errno (error, errno);
  if (fsync (self->fd) != 0 && errno != EINVAL && errno != EROFS)
    return fail_errno (error, errno);
  self->finished = TRUE;
  return TRUE;
}

/* Gives an unnamed temporary file a name, so it can be renamed over the target. */
static gboolean
name_temp (CgOutput *self,
           GError  **error)
{
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", self->fd);
  g_autofree char *name = NULL;
  char *random;

  name = make_temp_name (self->base, &random);
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      fill_random (random);
      if (linkat (AT_FDCWD, proc, self->dir_fd, name, AT_SYMLINK_FOLLOW) == 0)
        {
          self->temp_name = g_steal_pointer (&name);
          return TRUE;
        }
      if (errno != EEXIST)
        break;
    }
  return fail_errno (error, errno);
}

static gboolean
fail_backup (GError **error,
             int      saved_errno)
{
  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 /* Translators: "%s" is "the disk is full" or "your disk quota is used up" */
                 _("%s: there is no room for the backup copy of the previous version (ending "
                   "in ~); the previous version is unchanged"),
                 cg_io_describe_errno (saved_errno, CG_IO_WRITING));
  else
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANT_CREATE_BACKUP,
                         _("the backup copy of the previous version (ending in ~) could not be "
                           "made; the previous version is unchanged"));
  return FALSE;
}

/* Keeps the current target as BASE~: a hard link under a temporary name renamed over the old
 * backup, so that BASE~ is always whole. Where the file system has no hard links, *@moved says
 * that the target itself was renamed to BASE~ (and must go back if the save fails). */
static gboolean
make_backup (CgOutput  *self,
             gboolean  *moved,
             GError   **error)
{
  g_autofree char *backup = g_strconcat (self->base, "~", NULL);
  g_autofree char *name = NULL;
  char *random;
  int saved;

  *moved = FALSE;
  name = make_temp_name (backup, &random);
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      fill_random (random);
      if (linkat (self->dir_fd, self->base, self->dir_fd, name, 0) == 0)
        {
          if (renameat (self->dir_fd, name, self->dir_fd, backup) == 0)
            {
              /* When BASE~ already was the target (a save killed just before its rename left
               * them linked), rename () does nothing and the temporary name stays. */
              unlinkat (self->dir_fd, name, 0);
              return TRUE;
            }
          saved = errno;
          unlinkat (self->dir_fd, name, 0);
          /* another program saving the same file took the link for a killed save's leftover
           * (nothing holds it locked) and removed it: again, under another name */
          if (saved == ENOENT)
            continue;
          return fail_backup (error, saved);
        }
      if (errno != EEXIST)
        break;
    }

  saved = errno;
  /* gone since it was opened (a sync engine moved it aside as a conflicted copy, which keeps
   * that version): nothing to keep here */
  if (saved == ENOENT)
    return TRUE;
  if (saved == EPERM || saved == EOPNOTSUPP || saved == EMLINK || saved == EXDEV)
    {
      if (renameat (self->dir_fd, self->base, self->dir_fd, backup) == 0)
        {
          *moved = TRUE;
          return TRUE;
        }
      saved = errno;
    }
  return fail_backup (error, saved);
}

/* Puts the moved target back after a failed save (file systems without hard links). */
static void
undo_moved_backup (CgOutput *self)
{
  g_autofree char *backup = g_strconcat (self->base, "~", NULL);

  renameat (self->dir_fd, backup, self->dir_fd, self->base);
}

gboolean
cg_output_commit (CgOutput *self,
                  GError  **error)
{
  gboolean moved = FALSE;
  int saved;

  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);

  if (!cg_output_finish (self, error))
    return FALSE;

  /* The backup first, then the new file's name: a kill between the two system calls that
   * finish the save is the only one that leaves a named temporary file behind. */
  if ((self->flags & CG_OUTPUT_BACKUP) && self->exists && !make_backup (self, &moved, error))
    return FALSE;
  if (self->temp_name == NULL && !name_temp (self, error))
    {
      if (moved)
        undo_moved_backup (self);
      return FALSE;
    }

  if (renameat (self->dir_fd, self->temp_name, self->dir_fd, self->base) != 0)
    {
      saved = errno;
      if (moved)
        undo_moved_backup (self);
      return fail_errno (error, saved);
    }
  g_clear_pointer (&self->temp_name, g_free);

  /* The rename itself must reach the disk, or a power cut could undo a save reported done. */
  if (fsync (self->dir_fd) != 0 && errno != EINVAL && errno != EROFS && errno != EBADF)
    return fail_errno (error, errno);

  close (self->fd);
  self->fd = -1;
  return TRUE;
}

void
cg_output_free (CgOutput *self)
{
  if (self == NULL)
    return;

  if (self->temp_name != NULL)
    unlinkat (self->dir_fd, self->temp_name, 0);
  if (self->fd >= 0)
    close (self->fd);
  if (self->dir_fd >= 0)
    close (self->dir_fd);
  g_free (self->temp_name);
  g_free (self->base);
  g_free (self->path);
  g_free (self);
}

gboolean
cg_output_write_bytes (const char    *path,
                       GBytes        *bytes,
                       CgOutputFlags  flags,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(CgOutput) output = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  output = cg_output_open (path, flags, error);
  if (output == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  while (length > 0)
    {
      gsize n = MIN (length, WRITE_CHUNK);

      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !cg_output_write (output, data, n, error))
        return FALSE;
      data += n;
      length -= n;
    }

  return !g_cancellable_set_error_if_cancelled (cancellable, error) &&
         cg_output_commit (output, error);
}

gboolean
cg_output_check_not_input (const char         *output,
                           const char * const *inputs,
                           GError            **error)
{
  GStatBuf out_st;

  g_return_val_if_fail (output != NULL, FALSE);

  if (inputs == NULL || g_strcmp0 (output, "-") == 0)
    return TRUE;

  for (guint i = 0; inputs[i] != NULL; i++)
    {
      GStatBuf in_st;
      gboolean same = g_strcmp0 (inputs[i], output) == 0;

      if (!same && g_stat (output, &out_st) == 0 && g_stat (inputs[i], &in_st) == 0)
        same = out_st.st_dev == in_st.st_dev && out_st.st_ino == in_st.st_ino;
      if (same)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       /* Translators: "%s" is a file name given on the command line or chosen
                        * in a dialog */
                       _("%s: will not write over a file that is also being read; choose "
                         "another name for the output"), output);
          return FALSE;
        }
    }
  return TRUE;
}
