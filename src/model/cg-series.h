/* cg-series.h: the ideas of a whole series: an idea and its carried copies are one lineage
 *
 * The counting rules every all-events view and count follows are written at the top of
 * cg-series.c (and, shorter, in the README's "How Common Ground counts").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-workshop.h"

G_BEGIN_DECLS

/* One idea across the series: the idea first raised and every copy carried on from it. */
typedef struct _CgLineage CgLineage;

/* Where the ideas of a workshop's series stand, worked out once: one lineage per idea of the
 * series, with its copies and its votes at each event. It holds references to the ideas, not
 * to the workshop; call cg_series_update() after the workshop changes. */
typedef struct _CgSeries CgSeries;

CgSeries   *cg_series_new             (CgWorkshop *workshop);  /* (transfer full) */
void        cg_series_free            (CgSeries   *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgSeries, cg_series_free)

/* The workshop, or NULL once it is gone (the series does not keep it alive).
 * Returns: (transfer none) (nullable). */
CgWorkshop *cg_series_get_workshop    (CgSeries   *self);
/* Works the lineages out again from the workshop as it is now. TRUE when some idea no longer
 * stands, or now stands, for its lineage in the all-events views (an idea carried on, a copy
 * removed or moved to another event, lineages combined or split, events put in another
 * order): what such a view shows must be worked out again. A new idea that stands for itself
 * (as cg_series_is_latest() said of it already), and changes of words, votes and the like,
 * give FALSE; the counts may still have changed. */
gboolean    cg_series_update          (CgSeries   *self);

/* Lineages, in the workshop's order of their latest copies. */
guint       cg_series_get_n_lineages  (CgSeries   *self);
/* Returns: (transfer none). */
CgLineage  *cg_series_get_lineage     (CgSeries   *self,
                                       guint       position);
/* The lineage @idea belongs to, or NULL when the series has not met it (added since the last
 * update, or not in the workshop). Returns: (transfer none) (nullable). */
CgLineage  *cg_series_find_lineage    (CgSeries   *self,
                                       CgIdea     *idea);
/* Whether @idea stands for its lineage in every all-events view: TRUE for the latest copy, and
 * for an idea the series has not met (it stands for itself until the next update). */
gboolean    cg_series_is_latest       (CgSeries   *self,
                                       CgIdea     *idea);
/* Whether @idea is a copy carried on from an earlier idea of its lineage, not the first. */
gboolean    cg_series_is_carried      (CgSeries   *self,
                                       CgIdea     *idea);
/* TRUE when some lineage has more than one idea: the all-events views then show fewer cards
 * than the workshop holds ideas. */
gboolean    cg_series_has_copies      (CgSeries   *self);

/* The all-events counts (see the rules in cg-series.c). */
guint       cg_series_count_private   (CgSeries   *self);
guint       cg_series_count_votes     (CgSeries   *self);

/* The copy that stands for the lineage: the one at the latest event. Its text, theme, voice,
 * kind, status, private and beyond-the-service flags are the lineage's.
 * Returns: (transfer none). */
CgIdea     *cg_lineage_get_latest     (CgLineage  *lineage);
/* The idea first raised, that the others were carried on from. Returns: (transfer none). */
CgIdea     *cg_lineage_get_first      (CgLineage  *lineage);
/* The ideas of the lineage in series order (by event, then the workshop's order). */
guint       cg_lineage_get_n_ideas    (CgLineage  *lineage);
/* Returns: (transfer none). */
CgIdea     *cg_lineage_get_idea       (CgLineage  *lineage,
                                       guint       position);
/* Votes cast at @event on any idea of the lineage. */
guint       cg_lineage_get_votes      (CgLineage  *lineage,
                                       CgEvent    *event);
/* Votes cast at every event on any idea of the lineage: each vote once. */
guint       cg_lineage_get_total_votes (CgLineage *lineage);
/* Private when its latest copy is. */
gboolean    cg_lineage_get_private    (CgLineage  *lineage);

G_END_DECLS
