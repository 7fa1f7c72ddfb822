/* cg-board.h: the live board: a column per theme (Unsorted first) of idea cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_TYPE_BOARD (cg_board_get_type ())
G_DECLARE_FINAL_TYPE (CgBoard, cg_board, CG, BOARD, GtkWidget)

/* What a key, a vote button or the card menu just did to a card, as the board's
 * ::card-changed (CgIdea *idea, CgBoardChange change) says, after the change: the window tells
 * it in a notice with Undo. (Moves, voices and kinds are told by the window's own keys.) */
typedef enum
{
  CG_BOARD_CHANGE_PRIVATE,
  CG_BOARD_CHANGE_BEYOND,
  CG_BOARD_CHANGE_VOTES,
  CG_BOARD_CHANGE_DELETED,
} CgBoardChange;

GtkWidget  *cg_board_new               (void);  /* (transfer floating) */
void        cg_board_set_workshop      (CgBoard    *self,
                                        CgWorkshop *workshop);
CgWorkshop *cg_board_get_workshop      (CgBoard    *self);  /* (transfer none) */

/* The selected card's idea ("selected-idea" property, notified), or NULL.
 * Returns: (transfer none) (nullable). */
CgIdea     *cg_board_get_selected_idea (CgBoard    *self);
/* Selects @idea's card, scrolls it into view and gives it keyboard focus. */
void        cg_board_select_idea       (CgBoard    *self,
                                        CgIdea     *idea);

/* Only ideas that @filter matches are shown (NULL: all). The filter is re-run whenever ideas
 * change, so a card leaves the board as soon as it stops matching. */
void        cg_board_set_filter        (CgBoard    *self,
                                        GtkFilter  *filter);
/* Ideas on the board now (after the filter), for the "12 of 40 ideas" count. */
guint       cg_board_get_n_shown       (CgBoard    *self);
/* The width a column takes, with the gap after it, at the present text size (0: no columns).
 * Columns are sized in em, so larger text makes them wider. */
int         cg_board_get_column_width  (CgBoard    *self);

/* Private notes show their text only when this is TRUE (off while projecting); otherwise a card
 * says "Private note" and keeps its words off the screen. */
void        cg_board_set_show_private  (CgBoard    *self,
                                        gboolean    show_private);

/* FALSE: review mode: nothing on the board can change the workshop (no editing, voting,
 * moving, deleting, theme changes, drag or drop). TRUE by default. */
void        cg_board_set_editable      (CgBoard    *self,
                                        gboolean    editable);
gboolean    cg_board_get_editable      (CgBoard    *self);

/* Cards picked with Ctrl+click or Ctrl+Space ("n-marked" property, notified), to combine them or
 * make an action from them. A plain click lets them go; so does an idea leaving the workshop. */
void        cg_board_toggle_mark       (CgBoard    *self,
                                        CgIdea     *idea);
void        cg_board_clear_marks       (CgBoard    *self);
guint       cg_board_get_n_marked      (CgBoard    *self);
/* The picked ideas, in workshop order (a new array of references; empty when none).
 * Returns: (transfer full). */
GPtrArray  *cg_board_dup_marked_ideas  (CgBoard    *self);

/* Keyboard, on the focused board (widget actions installed in cg-board-actions.c and, for
 * marks, cg-board-marks.c):
 *   arrows            move the selection within and across columns
 *   Alt+Left/Right    "board.move-column" (int -1/+1): the selected card to the previous/next column
 *   F2, Enter         "board.edit": edit the selected card's text in place
 *   Delete            "board.delete" (undoable)
 *   plus (=), minus   "board.vote" (int +1/-1) at the card's event
 *   p                 "board.toggle-private"
 *   b                 "board.toggle-beyond": beyond the service
 *   r                 "board.mark-reviewed": clear a merge conflict's "needs review" flag
 *   Ctrl+Space        "board.toggle-mark": pick or unpick the selected card
 * Drag and drop (cg-board-dnd.c): cards move between and within columns
 * (cg_workshop_place_idea); text dropped from another application adds one idea per line to the
 * column it lands on. */

G_END_DECLS
