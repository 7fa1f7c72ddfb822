/* cg-presenter-column.h: one theme's column on the room's screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_TYPE_PRESENTER_COLUMN (cg_presenter_column_get_type ())
G_DECLARE_FINAL_TYPE (CgPresenterColumn, cg_presenter_column, CG, PRESENTER_COLUMN, GtkWidget)

/* The ideas of @ideas (what the room sees) in @theme (NULL: Unsorted), in their order; the
 * newest card added is scrolled into sight. Returns: (transfer floating). */
CgPresenterColumn *cg_presenter_column_new           (GListModel        *ideas,
                                                      CgTheme           *theme);
/* Returns: (transfer none) (nullable). */
CgTheme           *cg_presenter_column_get_theme     (CgPresenterColumn *self);
/* Returns: (transfer none). */
GListModel        *cg_presenter_column_get_ideas     (CgPresenterColumn *self);
/* The card of @idea is marked as the one taking counts, and scrolled into sight (NULL: none);
 * with @show_votes every card shows its votes, none too. */
void               cg_presenter_column_set_current   (CgPresenterColumn *self,
                                                      CgIdea            *idea,
                                                      gboolean           show_votes);

G_END_DECLS
