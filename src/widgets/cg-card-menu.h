/* cg-card-menu.h: the menu of a card on the board, for the mouse, touch and the Menu key
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-board.h"

G_BEGIN_DECLS

/* Installs "board.card-menu" ((sdd): the id of an idea, or "" for the selected one, and a point
 * in its card, or -1, -1 to point at the whole card) on the board's class, with its keys:
 * Shift+F10 and Menu. A card asks for it on a right-click or a long press. */
void        cg_card_menu_class_init  (GtkWidgetClass *board_class);

/* Selects @idea's card and opens its menu there: what the keys do to the selected card (edit,
 * voice, kind, theme, votes, private, beyond the service, pick, combine, new action, delete),
 * each running the board's or the window's action for it. With the board not editable (review
 * mode) every item that would change something is insensitive. Returns FALSE when @idea is not
 * on the board. */
gboolean    cg_card_menu_popup       (CgBoard        *board,
                                      CgIdea         *idea,
                                      double          x,
                                      double          y);

/* The board's editability or selection changed: the open menu's items follow (or it closes
 * when its idea left the board). */
void        cg_card_menu_update      (CgBoard        *board);

/* The menu's popover, or NULL when it was never opened (for the tests).
 * Returns: (transfer none) (nullable). */
GtkWidget  *cg_card_menu_get_popover (CgBoard        *board);

G_END_DECLS
