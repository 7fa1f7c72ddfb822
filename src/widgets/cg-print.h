/* cg-print.h: printing a workshop's summary, drawn by the same renderer as the export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-model.h"
#include "render/cg-summary.h"

G_BEGIN_DECLS

/* Shows the print dialog for the summary of @workshop with @options (copied), and prints in
 * the background. A failure is shown in a dialog over @parent. */
void cg_print_workshop (GtkWindow              *parent,
                        CgWorkshop             *workshop,
                        const CgSummaryOptions *options);

G_END_DECLS
