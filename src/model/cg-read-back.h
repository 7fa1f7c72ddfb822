/* cg-read-back.h: the order in which the room's cards are read back, one at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cg-idea.h"

G_BEGIN_DECLS

/* BY_THEME: column by column as the board shows them (Unsorted first, then each theme in the
 * workshop's order), each column top to bottom (the workshop's order of ideas).
 * BY_VOTES: most votes first (all of an idea's votes); equal votes in the BY_THEME order. */
typedef enum
{
  CG_READ_BACK_BY_THEME,
  CG_READ_BACK_BY_VOTES,
} CgReadBackOrder;

/* The ideas of @ideas (a GListModel of CgIdea, in the workshop's order) in @order; @themes is
 * the workshop's list of themes. A new array of references. Returns: (transfer full). */
GPtrArray *cg_read_back_sort (GListModel      *ideas,
                              GListModel      *themes,
                              CgReadBackOrder  order);
/* The idea @delta places after @current in @sorted (before it, for a negative @delta), kept
 * within the first and the last; with @current NULL or not in @sorted, the first (for a
 * positive @delta) or the last. NULL when @sorted is empty. Borrowed from @sorted.
 * Returns: (transfer none) (nullable). */
CgIdea    *cg_read_back_step (GPtrArray       *sorted,
                              CgIdea          *current,
                              int              delta);

G_END_DECLS
