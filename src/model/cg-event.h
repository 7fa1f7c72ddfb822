/* cg-event.h: one workshop meeting in a series
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-object.h"

G_BEGIN_DECLS

#define CG_TYPE_EVENT (cg_event_get_type ())
G_DECLARE_FINAL_TYPE (CgEvent, cg_event, CG, EVENT, CgObject)

CgEvent    *cg_event_new       (const char *title);  /* (transfer full) */
const char *cg_event_get_title (CgEvent *self);  /* (transfer none) (nullable) */
/* The title to show: the event's own, or "Untitled event" when it has none (one rule for the
 * board, the review, the summary and the command line). Returns: (transfer none). */
const char *cg_event_get_display_title (CgEvent *self);
void        cg_event_set_title (CgEvent *self, const char *title);
/* "YYYY-MM-DD" or NULL. cg_event_set_date ignores (and warns about) anything else.
 * Returns: (transfer none) (nullable). */
const char *cg_event_get_date  (CgEvent *self);
void        cg_event_set_date  (CgEvent *self, const char *date);
const char *cg_event_get_place (CgEvent *self);  /* (transfer none) (nullable) */
void        cg_event_set_place (CgEvent *self, const char *place);
const char *cg_event_get_notes (CgEvent *self);  /* (transfer none) (nullable) */
void        cg_event_set_notes (CgEvent *self, const char *notes);

G_END_DECLS
