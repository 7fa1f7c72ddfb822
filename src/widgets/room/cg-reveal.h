/* cg-reveal.h: new ideas held back from the room until the facilitator reveals them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_TYPE_REVEAL (cg_reveal_get_type ())
G_DECLARE_FINAL_TYPE (CgReveal, cg_reveal, CG, REVEAL, GtkFilter)

/* A filter of ideas. Not holding (as it starts), it lets every idea through. Holding, it lets
 * through the ideas the workshop had when holding began and those revealed since; an idea added
 * after (captured, carried, merged) is held back until revealed. Undoing the removal of an idea
 * the room had seen shows it again at once (ideas are known by their ids).
 * Returns: (transfer full). */
CgReveal *cg_reveal_new          (void);
gboolean  cg_reveal_get_holding  (CgReveal   *self);
/* Starts holding back ideas not in @ideas (a GListModel of CgIdea: the workshop's ideas), or,
 * with FALSE, stops: everything held is shown. */
void      cg_reveal_set_holding  (CgReveal   *self,
                                  gboolean    holding,
                                  GListModel *ideas);
/* Shows the ideas of @ideas that are held and that @theme_only says (FALSE: all of them; TRUE:
 * those in @theme, NULL meaning Unsorted), and goes on holding back the ideas still to come. */
void      cg_reveal_show         (CgReveal   *self,
                                  GListModel *ideas,
                                  gboolean    theme_only,
                                  CgTheme    *theme);
gboolean  cg_reveal_is_held      (CgReveal   *self,
                                  CgIdea     *idea);

G_END_DECLS
