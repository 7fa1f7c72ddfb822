/* cg-output.h: the one way Common Ground writes a file: a private temporary file in the
 * target's folder, flushed to disk, then renamed over the target; the old version kept as a
 * backup by hard link; nothing left behind on any failure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  CG_OUTPUT_NONE    = 0,
  CG_OUTPUT_BACKUP  = 1 << 0, /* keep the previous version as PATH~ */
  CG_OUTPUT_PRIVATE = 1 << 1, /* a new file is for its owner only (0600); otherwise 0666 less
                               * the umask. A file that already exists keeps its permissions. */
} CgOutputFlags;

/* Temporary files are named ".syncthing.NAME.XXXXXX.part": Syncthing skips every name that
 * starts with ".syncthing." (its own temporary files), and Nextcloud's client skips hidden
 * files and "*.part" by default, so a save in a synced folder never travels half-written. */
#define CG_OUTPUT_TEMP_PREFIX ".syncthing."
#define CG_OUTPUT_TEMP_SUFFIX ".part"

typedef struct _CgOutput CgOutput;

/* Starts writing @path. A symbolic link is followed: the file it points to is replaced, in
 * its own folder. Refuses a target that is a folder, a device, a pipe or a socket, and a file
 * that is read-only. Removes temporary files that an earlier, killed save of @path left.
 * Errors are G_IO_ERROR with the reason alone ("the disk is full"): callers say which file.
 * Returns: (transfer full) (nullable). */
CgOutput *cg_output_open   (const char    *path,
                            CgOutputFlags  flags,
                            GError       **error);
gboolean  cg_output_write  (CgOutput      *self,
                            const void    *data,
                            gsize          length,
                            GError       **error);
/* Flushes the data to disk (fsync) and closes the temporary file, without replacing the
 * target yet (for sets of files that are replaced together). */
gboolean  cg_output_finish (CgOutput      *self,
                            GError       **error);
/* Finishes if needed, keeps the old version as PATH~ when asked, renames the new file over
 * the target and flushes the folder. On failure the target is as it was; its backup too,
 * except after the rare failure of the very last rename, when PATH~ already holds the target's
 * version (the one before it is then gone, never the target). */
gboolean  cg_output_commit (CgOutput      *self,
                            GError       **error);
/* Removes the temporary file of an output not committed, and frees. */
void      cg_output_free   (CgOutput      *self);
const char *cg_output_get_path (CgOutput  *self);  /* (transfer none) */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgOutput, cg_output_free)

/* Open, write, commit. */
gboolean  cg_output_write_bytes (const char    *path,
                                 GBytes        *bytes,
                                 CgOutputFlags  flags,
                                 GCancellable  *cancellable,
                                 GError       **error);

/* Refuses (G_IO_ERROR_EXISTS) when @output is the same file as one of @inputs: the same
 * path, or the same device and inode through a link. Call it before reading anything. */
gboolean  cg_output_check_not_input (const char         *output,
                                     const char * const *inputs,
                                     GError            **error);

/* Removes every temporary file of ours in @dir that no live save holds: for folders the
 * program owns, such as the autosave folder, at start. */
void      cg_output_remove_stale_temps (const char *dir);

G_END_DECLS
