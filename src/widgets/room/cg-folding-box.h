/* cg-folding-box.h: a child shown only when there is room for all of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CG_TYPE_FOLDING_BOX (cg_folding_box_get_type ())
G_DECLARE_FINAL_TYPE (CgFoldingBox, cg_folding_box, CG, FOLDING_BOX, GtkWidget)

/* Asks for no width of its own: given its child's natural width it shows the child, given
 * less it hides it (a header's buttons that have keys and menu items as well: a narrow window
 * keeps its room). Returns: (transfer floating). */
GtkWidget *cg_folding_box_new       (void);
void       cg_folding_box_set_child (CgFoldingBox *self,
                                     GtkWidget    *child);
GtkWidget *cg_folding_box_get_child (CgFoldingBox *self);  /* (transfer none) */
/* Whether the child is shown now. */
gboolean   cg_folding_box_get_unfolded (CgFoldingBox *self);

G_END_DECLS
