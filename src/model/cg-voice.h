/* cg-voice.h: a participant group (lived experience, carers, staff, community...)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-object.h"
#include "cg-event.h"

G_BEGIN_DECLS

#define CG_TYPE_VOICE (cg_voice_get_type ())
G_DECLARE_FINAL_TYPE (CgVoice, cg_voice, CG, VOICE, CgObject)

CgVoice    *cg_voice_new        (const char *name, const char *colour);  /* (transfer full) */
const char *cg_voice_get_name   (CgVoice *self);  /* (transfer none) (nullable) */
void        cg_voice_set_name   (CgVoice *self, const char *name);
/* "#rrggbb" (lower case). Returns: (transfer none) (nullable). */
const char *cg_voice_get_colour (CgVoice *self);
void        cg_voice_set_colour (CgVoice *self, const char *colour);
/* People of this voice in the room at @event. The whole table is the "attendance" property,
 * a GVariant of type a{su} (event id -> count), sorted by event id, entries of 0 left out. */
guint       cg_voice_get_attendance (CgVoice *self, CgEvent *event);
void        cg_voice_set_attendance (CgVoice *self, CgEvent *event, guint count);
guint       cg_voice_get_total_attendance (CgVoice *self);

G_END_DECLS
