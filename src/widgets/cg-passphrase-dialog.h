/* cg-passphrase-dialog.h: asks for a workshop's passphrase, or for a new one twice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CG_TYPE_PASSPHRASE_DIALOG (cg_passphrase_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CgPassphraseDialog, cg_passphrase_dialog, CG, PASSPHRASE_DIALOG, GtkWindow)

typedef enum
{
  CG_PASSPHRASE_ASK, /* the passphrase of a protected workshop */
  CG_PASSPHRASE_NEW, /* a new passphrase, typed twice */
} CgPassphraseMode;

/* A modal dialog over @parent. ::submitted (const char *passphrase) is emitted when the
 * passphrase is given (in NEW mode, only once both entries agree and are not empty); the dialog
 * then shows it is working until cg_passphrase_dialog_fail () or until it is destroyed.
 * ::cancelled is emitted when it is closed without one; it destroys itself then. The entries
 * are emptied as soon as their text has been handed on. Returns: (transfer none). */
CgPassphraseDialog *cg_passphrase_dialog_new  (GtkWindow          *parent,
                                               CgPassphraseMode    mode,
                                               const char         *heading,
                                               const char         *message,
                                               const char         *accept_label);
/* Shows @reason ("That passphrase does not open it") and lets the facilitator try again. */
void                cg_passphrase_dialog_fail (CgPassphraseDialog *self,
                                               const char         *reason);

/* Shows "Remember it in this computer's keyring" (where the build has a keyring), and whether
 * it is ticked. */
void                cg_passphrase_dialog_offer_remember (CgPassphraseDialog *self);
gboolean            cg_passphrase_dialog_get_remember   (CgPassphraseDialog *self);

/* What the dialog says is wrong, or NULL; and whether it is working (after ::submitted).
 * Returns: (transfer none) (nullable). */
const char         *cg_passphrase_dialog_get_problem (CgPassphraseDialog *self);
gboolean            cg_passphrase_dialog_get_busy    (CgPassphraseDialog *self);

G_END_DECLS
