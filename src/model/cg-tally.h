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
 * NULL when no count is left. */
GVariant *cg_tally_set   (GVariant   *tally,
                          const char *key,
                          guint       count);

G_END_DECLS
