/* cg-audience.h: what each audience may see of an idea: the one rule for private notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-idea.h"

G_BEGIN_DECLS

/* Who is looking. A private note holds words someone asked to keep out of the room (DOMAIN.md):
 *   LAPTOP           the facilitator's board, private notes hidden: the card stays, its words
 *                    are replaced by "Private note" (the facilitator knows it is there);
 *   LAPTOP_PRIVATE   the facilitator asked to see private notes (Show Private Notes): every word;
 *   ROOM             the presenter window, always projected: a private note is left out whole,
 *                    whatever the laptop shows (no words, no voice, no kind, no gap);
 *   SUMMARY          a summary, CSV or print as shared: private notes left out whole;
 *   SUMMARY_PRIVATE  a summary asked for with private notes (--include-private): every word. */
typedef enum
{
  CG_AUDIENCE_LAPTOP,
  CG_AUDIENCE_LAPTOP_PRIVATE,
  CG_AUDIENCE_ROOM,
  CG_AUDIENCE_SUMMARY,
  CG_AUDIENCE_SUMMARY_PRIVATE,
} CgAudience;

/* Whether @idea appears at all for @audience (FALSE: it is left out whole). */
gboolean  cg_idea_is_shown_to       (CgIdea     *idea,
                                     CgAudience  audience);
/* Whether @audience sees @idea's own words (FALSE: left out, or shown as "Private note"). */
gboolean  cg_idea_shows_text_to     (CgIdea     *idea,
                                     CgAudience  audience);
/* The words @audience is shown for @idea: its text, the translated "Private note" in its place,
 * "Words removed" for an idea with none (cg-retention.h takes words out and keeps the idea), or
 * NULL when the idea is left out for @audience. Borrowed from the idea or the catalogue.
 * Returns: (transfer none) (nullable). */
const char *cg_idea_get_shown_text  (CgIdea     *idea,
                                     CgAudience  audience);
/* The same, for keeping: free with g_free(). Returns: (transfer full). */
char     *cg_idea_dup_shown_text    (CgIdea     *idea,
                                     CgAudience  audience);

/* The laptop's audience for a board that shows private notes or not. */
CgAudience cg_audience_for_laptop   (gboolean    show_private);
/* The audience of a summary, CSV or print made with private notes or without. */
CgAudience cg_audience_for_summary  (gboolean    include_private);

G_END_DECLS
