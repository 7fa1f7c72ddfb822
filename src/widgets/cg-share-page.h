/* cg-share-page.h: "Share With Other Laptops": how to share a workshop through a synced
 * folder, how things stand, this laptop's name, and the ideas to check after a merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "io/cg-sync-watch.h"
#include "model/cg-laptop.h"
#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_TYPE_SHARE_PAGE (cg_share_page_get_type ())
G_DECLARE_FINAL_TYPE (CgSharePage, cg_share_page, CG, SHARE_PAGE, GtkWindow)

/* A page over @parent for @workshop, saved in @file (NULL: not saved yet), on @laptop, whose
 * name the page sets. Private notes' words show only when @show_private.
 *
 * Signals:
 *   "show-idea" (CgIdea *idea): show @idea on the board, selected ("Check these").
 *   "look-now": look at the folder again for arrivals and conflicted copies.
 * Returns: (transfer none). */
GtkWidget *cg_share_page_new          (GtkWindow  *parent,
                                       CgWorkshop *workshop,
                                       GFile      *file,
                                       CgLaptop   *laptop,
                                       gboolean    show_private);
/* Looks at the folder again (in a thread) and says how it stands. */
void       cg_share_page_refresh      (CgSharePage *self);
/* Reasons copies were not merged, one a line, newest last (borrowed, kept by the window). */
void       cg_share_page_set_problems (CgSharePage *self,
                                       GListModel  *problems);
/* The ideas listed under "Check these": those a merge flagged and nobody has checked yet.
 * Returns: (transfer none). */
GListModel *cg_share_page_get_to_check (CgSharePage *self);
/* The page's last look at the folder, or NULL while looking (for tests).
 * Returns: (transfer none) (nullable). */
const CgSyncInspection *cg_share_page_get_inspection (CgSharePage *self);

G_END_DECLS
