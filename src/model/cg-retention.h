/* cg-retention.h: how long a workshop is kept, and taking out the words that need not be
 *
 * A workshop holds people's accounts of crisis and care; a service keeps such records for a set
 * time (its retention schedule) and no longer. The date a workshop is to be kept until is its
 * own "keep-until" when the facilitator set one, or else a number of years (the settings'
 * default, two) after its last dated event.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-workshop.h"

G_BEGIN_DECLS

/* The years after the last event a workshop is kept when it says nothing itself. */
#define CG_RETENTION_DEFAULT_YEARS 2

/* The years set in the application's settings ("retention-years"), or the default above when its
 * settings are not installed (a command run from a build folder). */
guint    cg_retention_default_years (void);

/* The date @workshop is to be kept until, "YYYY-MM-DD": its own keep-until, or @default_years
 * after the day of its latest dated event (29 February goes to 28 February). NULL when it has
 * neither (nothing to count from). Free with g_free(). Returns: (transfer full) (nullable). */
char    *cg_retention_dup_due_date (CgWorkshop *workshop,
                                    guint       default_years);
/* Whether @today (NULL: now, local time) is after that date. */
gboolean cg_retention_is_past      (CgWorkshop *workshop,
                                    guint       default_years,
                                    GDateTime  *today);

/* Takes out the words of every private note and of every story, keeping each idea with its
 * voice, theme, kind, votes and marks, so every count in the workshop and its summaries stays
 * the same; the ideas then read "Words removed". One undo step, with an entry in the workshop's
 * log dated @today (NULL: now) saying how many were taken out (never the words). Returns how
 * many ideas lost their words (0: nothing to do, and nothing recorded). */
guint    cg_retention_remove_words (CgWorkshop *workshop,
                                    GDateTime  *today);

G_END_DECLS
