/* cg-development.h: how each theme developed from one event of a series to the next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-workshop.h"

G_BEGIN_DECLS

/* One theme at one event. */
typedef struct
{
  guint raised;    /* ideas first raised there (carried copies not counted) */
  guint carried;   /* copies there of an idea raised earlier in the series (cg-series.h) */
  guint votes;     /* votes cast there on the theme's ideas, wherever they were raised */
  guint actioned;  /* of the theme's ideas at the event (raised or carried), now actioned */
  guint open;      /* ... and still open */
} CgDevelopmentFigures;

/* The figures of a whole series, worked out once: a table with one row per theme (workshop
 * order) and a last row for Unsorted ideas, and one column per event (series order). Ideas at
 * no event are not counted. It holds references to the themes and events, not to the
 * workshop; compute a new one after the workshop changes. */
typedef struct _CgDevelopment CgDevelopment;

CgDevelopment *cg_development_new          (CgWorkshop    *workshop);  /* (transfer full) */
void           cg_development_free         (CgDevelopment *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgDevelopment, cg_development_free)

/* The number of themes plus one (the Unsorted row, always last). */
guint          cg_development_get_n_rows   (CgDevelopment *self);
/* The theme of @row, or NULL for the Unsorted row. Returns: (transfer none) (nullable). */
CgTheme       *cg_development_get_theme    (CgDevelopment *self,
                                            guint          row);
/* The row of @theme (NULL: Unsorted), or -1 when it is not in the table. */
int            cg_development_find_row     (CgDevelopment *self,
                                            CgTheme       *theme);
guint          cg_development_get_n_events (CgDevelopment *self);
/* Returns: (transfer none). */
CgEvent       *cg_development_get_event    (CgDevelopment *self,
                                            guint          column);
const CgDevelopmentFigures *
               /* Returns: (transfer none). */
               cg_development_get_figures  (CgDevelopment *self,
                                            guint          row,
                                            guint          column);
/* Ideas of @row at every event, raised or carried: an idea carried through three events counts
 * three times (the series' count of ideas is cg_series_get_n_lineages). */
guint          cg_development_count_ideas  (CgDevelopment *self,
                                            guint          row);
/* One translated line for @row, each event where something happened in turn:
 * "March: 4 ideas, 12 votes → June: 2 new, 3 carried, 9 votes". Returns: (transfer full). */
char          *cg_development_describe     (CgDevelopment *self,
                                            guint          row);

G_END_DECLS
