/* cg-withdraw-dialog.h: Remove a Person's Words: pick a person's ideas, then remove them or keep
 * them without their voice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-workshop.h"

G_BEGIN_DECLS

#define CG_TYPE_WITHDRAW_DIALOG (cg_withdraw_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CgWithdrawDialog, cg_withdraw_dialog, CG, WITHDRAW_DIALOG, GtkWindow)

/* Opens the window over @parent for @workshop, showing the first voice's ideas at @event (NULL:
 * at every event). A private note's words are shown only with @show_private (the window's Show
 * Private Notes), as on the board. Removing or keeping without voice is one undo step in
 * @workshop (cg-withdraw.h); the window then closes. Returns: (transfer none). */
CgWithdrawDialog *cg_withdraw_dialog_present (GtkWindow  *parent,
                                              CgWorkshop *workshop,
                                              CgEvent    *event,
                                              gboolean    show_private);

/* For tests: picks or unpicks the @n-th idea listed; how many are listed. */
void              cg_withdraw_dialog_set_picked (CgWithdrawDialog *self,
                                                 guint             n,
                                                 gboolean          picked);
guint             cg_withdraw_dialog_get_n_listed (CgWithdrawDialog *self);
/* For tests: the voice (NULL: no voice) and event (NULL: every event) to list. */
void              cg_withdraw_dialog_show_ideas  (CgWithdrawDialog *self,
                                                  CgVoice          *voice,
                                                  CgEvent          *event);

G_END_DECLS
