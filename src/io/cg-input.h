/* cg-input.h: the one way Common Ground reads a file it is given: bounded, whatever the file
 * claims to be
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Reads the whole of the ordinary file at @path, at most @max_size bytes: reading stops there
 * whatever the file's size says (a device says 0). Folders, devices, pipes and sockets are
 * refused by their type before a byte is read, and opening never waits on a pipe.
 * Errors carry the reason alone ("it is a folder, not a file"), for the caller to say which
 * file: G_IO_ERROR, or CG_IO_ERROR_LIMIT when the file is larger than @max_size.
 * Returns: (transfer full) (nullable). */
GBytes *cg_input_read_path (const char   *path,
                            gsize         max_size,
                            GCancellable *cancellable,
                            GError      **error);
/* The same for standard input, whatever it is (a pipe from the window exporting a summary in
 * another language, cg-export-language.c): at most @max_size bytes.
 * Returns: (transfer full) (nullable). */
GBytes *cg_input_read_stdin (gsize         max_size,
                             GCancellable *cancellable,
                             GError      **error);
/* The same for a GFile: a local one goes through cg_input_read_path (); any other (a network
 * share through GVfs) is read as a stream, also stopping at @max_size.
 * Returns: (transfer full) (nullable). */
GBytes *cg_input_read_file (GFile        *file,
                            gsize         max_size,
                            GCancellable *cancellable,
                            GError      **error);

G_END_DECLS
