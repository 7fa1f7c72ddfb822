/* cg-text.h: checks and normalisation for the text and values a workshop holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Longest text any field may hold, in characters. */
#define CG_TEXT_MAX_CHARS 10000

/* A copy of @text that a file can hold: invalid UTF-8 repaired, CR LF and lone CR made LF,
 * control characters other than tab and LF dropped, cut at @max_chars characters (0: no limit).
 * NULL stays NULL. Returns: (transfer full) (nullable). */
char    *cg_text_normalize (const char *text, gsize max_chars);

gboolean cg_text_is_valid_id     (const char *id);      /* 1-64 of [A-Za-z0-9_-] */
gboolean cg_text_is_valid_colour (const char *colour);  /* "#rrggbb" */
gboolean cg_text_is_valid_date   (const char *date);    /* a real calendar "YYYY-MM-DD" */
/* "YYYY-MM-DDTHH:MM:SSZ" -> a UTC GDateTime, or NULL. Returns: (transfer full) (nullable). */
GDateTime *cg_text_parse_timestamp (const char *text);
char      *cg_text_format_timestamp (GDateTime *datetime);  /* (transfer full) */

/* A colour normalised to lower case "#rrggbb", or NULL when @colour is not one.
 * Returns: (transfer full) (nullable). */
char    *cg_text_normalize_colour (const char *colour);

G_END_DECLS
