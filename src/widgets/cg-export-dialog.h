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

/* Opens the export window for @workshop over @parent (modal) and returns it (borrowed: it
 * destroys itself when closed). @source is the workshop's own file (or NULL): a summary is
 * never written over it. Returns: (transfer none). */
CgExportDialog *cg_export_dialog_present    (GtkWindow      *parent,
                                             CgWorkshop     *workshop,
                                             GFile          *source);
/* Writes the summary to @file as the options say (what the file chooser's Export does), on a
 * worker thread: it returns at once, with :exporting TRUE and :progress going from 0 to 1
 * page by page; the status says how it went when :exporting is FALSE again. The action
 * "export.cancel" (the Cancel button) stops it and leaves no file. A file the dialog refuses
 * (the workshop's own) is refused at once, with no export. */
void            cg_export_dialog_export_to  (CgExportDialog *self,
                                             GFile          *file);
gboolean        cg_export_dialog_get_exporting (CgExportDialog *self);
/* What the last export did, as the dialog shows it. Returns: (transfer none). */
const char     *cg_export_dialog_get_status (CgExportDialog *self);

G_END_DECLS
