/* cg-export-dialog.h: the Export Summary window: format and options beside a live preview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_TYPE_EXPORT_DIALOG (cg_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CgExportDialog, cg_export_dialog, CG, EXPORT_DIALOG, GtkWindow)

/* Opens the export window for @workshop over @parent (modal). */
void cg_export_dialog_present (GtkWindow  *parent,
                               CgWorkshop *workshop);

G_END_DECLS
