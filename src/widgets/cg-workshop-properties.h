/* cg-workshop-properties.h: the Workshop Properties window: title, who runs it, description, the
 * thanks and support contacts on the summary's front page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_TYPE_WORKSHOP_PROPERTIES (cg_workshop_properties_get_type ())
G_DECLARE_FINAL_TYPE (CgWorkshopProperties, cg_workshop_properties, CG, WORKSHOP_PROPERTIES,
                      GtkWindow)

/* Shows the properties of @workshop in a modal window over @parent. Every edit goes through the
 * model as it is typed (typing in one field coalesces into one undo step; Ctrl+Z and
 * Ctrl+Shift+Z undo and redo here too), and the fields follow the model when it changes. With
 * @read_only (review mode) they can be read and copied, not changed. Escape closes it.
 * Returns: (transfer none). */
CgWorkshopProperties *cg_workshop_properties_present (GtkWindow  *parent,
                                                      CgWorkshop *workshop,
                                                      gboolean    read_only);

G_END_DECLS
