/* cg-room-ideas.h: the workshop's ideas as a list that says when one idea changed what the room
 * sees of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CG_TYPE_ROOM_IDEAS (cg_room_ideas_get_type ())
G_DECLARE_FINAL_TYPE (CgRoomIdeas, cg_room_ideas, CG, ROOM_IDEAS, GObject)

CgRoomIdeas *cg_room_ideas_new        (void);  /* (transfer full) */
/* Mirrors @source (a GListModel of CgIdea: the workshop's ideas), or nothing with NULL. */
void         cg_room_ideas_set_source (CgRoomIdeas *self,
                                       GListModel  *source);

G_END_DECLS
