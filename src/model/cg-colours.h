/* cg-colours.h: the colour a new theme or voice gets, the one rule for every place that makes
 * them (the board, the voices panel, the capture keys, templates, CSV import)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-workshop.h"

G_BEGIN_DECLS

/* The first colour of the theme palette (Paul Tol's "muted" set and one clear blue: ten
 * colours that people with the common kinds of colour blindness can tell apart) that no theme
 * of @workshop has yet; when all are taken, they go round again. Returns: (transfer none). */
const char *cg_colours_next_theme (CgWorkshop *workshop);
/* The same for voices, from the Okabe-Ito palette (eight colours, with grey for black).
 * Returns: (transfer none). */
const char *cg_colours_next_voice (CgWorkshop *workshop);

G_END_DECLS
