/* cg-room-bar.h: the laptop's strip for what the room's screen is doing: read-back, ideas held
 * back, and the voting round's count entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cg-room.h"

G_BEGIN_DECLS

#define CG_TYPE_ROOM_BAR (cg_room_bar_get_type ())
G_DECLARE_FINAL_TYPE (CgRoomBar, cg_room_bar, CG, ROOM_BAR, GtkWidget)

GtkWidget *cg_room_bar_new            (CgRoom    *room);  /* (transfer floating) */
/* The timer's button (a CgTimerButton), shown while the timer runs or is being set.
 * Returns: (transfer none). */
GtkWidget *cg_room_bar_get_timer_button (CgRoomBar *self);
/* The entry that takes a card's count in a voting round (focused when the round starts).
 * Returns: (transfer none). */
GtkWidget *cg_room_bar_get_tally_entry (CgRoomBar *self);
/* The votes of the round at the room's event (or the newest), and the allowance: dots per person
 * times people in the room, 0 when no allowance is set. */
guint      cg_room_bar_get_total      (CgRoomBar *self);
guint      cg_room_bar_get_allowance  (CgRoomBar *self);
void       cg_room_bar_set_allowance  (CgRoomBar *self,
                                       guint      dots_per_person,
                                       guint      people);
/* Whether the total is over the allowance (the bar says so). */
gboolean   cg_room_bar_get_over       (CgRoomBar *self);
/* The line the bar shows for a mode ("read-back", "holding", "tally"), for the tests.
 * Returns: (transfer none) (nullable). */
const char *cg_room_bar_get_status    (CgRoomBar *self,
                                       const char *mode);

G_END_DECLS
