/* cg-room-cards.h: the cards of one column on the room's screen, drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_TYPE_ROOM_CARDS (cg_room_cards_get_type ())
G_DECLARE_FINAL_TYPE (CgRoomCards, cg_room_cards, CG, ROOM_CARDS, GtkWidget)

/* The ideas of @ideas as cards, in their order, as many as the widget has room for, from the
 * first. Returns: (transfer floating). */
GtkWidget  *cg_room_cards_new            (GListModel  *ideas);
/* Brings the card of item @position into sight, and keeps it there (as cards above it grow, or
 * ideas come and go) until another is brought: as low as whole cards allow if it was below
 * the cards in sight, at the head if above. */
void        cg_room_cards_scroll_to      (CgRoomCards *self,
                                          guint        position);
/* @idea's card is marked as the one taking counts (NULL: none); with @show_votes every card
 * shows its votes, none too. */
void        cg_room_cards_set_current    (CgRoomCards *self,
                                          CgIdea      *idea,
                                          gboolean     show_votes);
/* The words on @idea's card if any of it is in sight now, else NULL. Returns: (transfer none). */
const char *cg_room_cards_get_shown_text (CgRoomCards *self,
                                          CgIdea      *idea);
/* Every word laid out on its cards, in sight or kept ready, one card's words and the line
 * under them per line: what the tests read to be sure of privacy. Returns: (transfer full). */
char       *cg_room_cards_dup_words      (CgRoomCards *self);

G_END_DECLS
