/* cg-command-line-private.h: what the command line's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

/* A passphrase read for one command: NUL-terminated, in locked memory, wiped when freed. */
typedef char CgPassphrase;
void cg_passphrase_free (CgPassphrase *passphrase);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgPassphrase, cg_passphrase_free)

/* Prints @message as the one line of a problem on stderr. */
void          cg_command_line_print_error       (const char *message);

/* The passphrase: the first line of @path without its line ending (spaces are part of it), or
 * of standard input for "-". The file must be an ordinary file that only its owner can read
 * or write (as with ssh keys): a passphrase others can read protects nothing. NULL and @error
 * ("PATH: reason") when it cannot be read, is not private, or the line is empty or too long. */
CgPassphrase *cg_command_line_read_passphrase   (const char *path,
                                                 GError    **error);

/* Reads the workshop at @path, plain or protected (then with @passphrase, which may be NULL).
 * Errors name @path: "PATH:LINE: ...", "PATH: the passphrase is wrong", "PATH: it is protected
 * with a passphrase: give it with --passphrase-file FILE". */
CgWorkshop   *cg_command_line_load_workshop     (const char *path,
                                                 const char *passphrase,
                                                 GError    **error);

/* Refuses an @output_path that is the passphrase file (it would be lost), printing why. */
gboolean      cg_command_line_check_passphrase_output (const char *output_path,
                                                       const char *passphrase_file);

G_END_DECLS
