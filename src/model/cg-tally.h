/* cg-tally.h: counts per event (votes, attendance) held as an a{su} GVariant
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CG_TALLY_TYPE ((const GVariantType *) "a{su}")

/* @tally may be NULL (no counts). */
guint     cg_tally_get   (GVariant   *tally,
                          const char *key);
guint     cg_tally_total (GVariant   *tally);
/* A new (floating) tally with @key set to @count, sorted by key, zero counts left out;
 * NULL when no count is left. Returns: (transfer full) (nullable). */
GVariant *cg_tally_set   (GVariant   *tally,
                          const char *key,
                          guint       count);
/* A new (floating) tally of @table (key -> GUINT_TO_POINTER (count)), sorted by key, zero
 * counts left out; NULL when none is left. Building one from many counts this way costs
 * n log n, where n calls of cg_tally_set () would cost n * n.
 * Returns: (transfer full) (nullable). */
GVariant *cg_tally_new_from_table (GHashTable *table);
/* Fills @table (key -> GUINT_TO_POINTER (count), keys borrowed from @tally) from @tally. */
void      cg_tally_fill_table     (GVariant   *tally,
                                   GHashTable *table);

G_END_DECLS
