/* cg-keyring.h: a protected workshop's passphrase remembered in the desktop keyring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Whether this build can use the desktop keyring (libsecret). Whether one is running is only
 * known by trying: every call below fails quietly without one. */
gboolean cg_keyring_is_built   (void);

/* The passphrase remembered for @file (by its URI), or NULL: none, or no keyring. Free with
 * cg_keyring_free (), which wipes it. */
void     cg_keyring_lookup_async  (GFile               *file,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
char    *cg_keyring_lookup_finish (GAsyncResult        *result);  /* (transfer full) (nullable) */
/* Remembers @passphrase for @file (replacing what was there); forgets it. Fire and forget:
 * a failure is only logged (the passphrase is then asked next time, as without a keyring). */
void     cg_keyring_store         (GFile               *file,
                                   const char          *passphrase);
void     cg_keyring_forget        (GFile               *file);
void     cg_keyring_free          (char                *passphrase);

G_END_DECLS
