/* cg-participation-dialog.h: the participation record: who came, consent to be quoted, payment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-workshop.h"

G_BEGIN_DECLS

#define CG_TYPE_PARTICIPATION_DIALOG (cg_participation_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CgParticipationDialog, cg_participation_dialog, CG, PARTICIPATION_DIALOG,
                      GtkWindow)

/* Opens the record of @workshop over @parent. An unprotected workshop shows why the record
 * needs protection, and a button that asks @parent to protect it (win.protect). Every change
 * is an undo step of @workshop. Returns: (transfer none). */
CgParticipationDialog *cg_participation_dialog_present (GtkWindow  *parent,
                                                        CgWorkshop *workshop);

/* For tests: the row of the @n-th person: a vertical GtkBox of a line (a GtkBox of the name
 * entry, the consent and payment drop-downs and the remove button) and a GtkFlowBox of one
 * check button per event. Returns: (transfer none) (nullable). */
GtkWidget *cg_participation_dialog_get_row (CgParticipationDialog *self,
                                            guint                  n);

G_END_DECLS
