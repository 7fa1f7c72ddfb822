/* cg-io-describe.h: why reading or writing a file failed, in words a facilitator understands
 *
 * The one place that turns an errno or a GIO error into a reason ("the disk is full"). Every
 * reader and writer (cg-input.c, cg-output.c, autosave, erase, the summary export, the command
 * line) gives these reasons, and the caller says which file and what it was doing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What was being done when it failed: the same errno means different things when reading a
 * file and when writing one (ENOENT: "the file does not exist" or "the folder does not exist"). */
typedef enum
{
  CG_IO_READING,
  CG_IO_WRITING,
} CgIoAccess;

/* The reason behind @saved_errno, translated; strerror's words for an errno that has none of
 * its own. Returns: (transfer none): a static string. */
const char *cg_io_describe_errno (int        saved_errno,
                                  CgIoAccess access);

/* The reason behind an error straight from GIO (g_file_delete (), g_file_read ()...), whose
 * message is GLib's ("Error removing file /a/b: Permission denied"): a G_IO_ERROR code with a
 * reason of its own gets it, any other error keeps its message. Errors of cg-input.h and
 * cg-output.h already carry their reason: use their message as it is.
 * Returns: (transfer none): a static string, or @error's message. */
const char *cg_io_describe_error (const GError *error,
                                  CgIoAccess    access);

/* Sets @error to G_IO_ERROR (the code of @saved_errno) with the reason alone. Returns FALSE. */
gboolean    cg_io_set_error_from_errno (GError   **error,
                                        int        saved_errno,
                                        CgIoAccess access);

/* Sets @error to "NAME: cannot read: REASON" or "NAME: cannot write: REASON" (the command
 * line's and the summary export's form), keeping @cause's domain and code; @cause carries the
 * reason alone. */
void        cg_io_set_file_error (GError      **error,
                                  const char   *name,
                                  const GError *cause,
                                  CgIoAccess    access);

G_END_DECLS
