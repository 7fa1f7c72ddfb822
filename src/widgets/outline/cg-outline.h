/* cg-outline.h: the workshop as an outline: each theme with its count, then its ideas, each
 * read as one sentence; all that the board does, from the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_TYPE_OUTLINE (cg_outline_get_type ())
G_DECLARE_FINAL_TYPE (CgOutline, cg_outline, CG, OUTLINE, GtkWidget)

GtkWidget  *cg_outline_new               (void);  /* (transfer floating) */
void        cg_outline_set_workshop      (CgOutline  *self,
                                          CgWorkshop *workshop);
/* Only ideas @filter matches are shown (the window's: the event switcher, and with all events
 * one idea per lineage); NULL: every idea. Re-run whenever @filter says it changed. */
void        cg_outline_set_filter        (CgOutline  *self,
                                          GtkFilter  *filter);
/* The event new ideas are raised at; NULL: the newest (one dated today when there is none). */
void        cg_outline_set_event         (CgOutline  *self,
                                          CgEvent    *event);
/* FALSE (the default): a private note reads "Private note", never its words
 * ("show-private" property). */
void        cg_outline_set_show_private  (CgOutline  *self,
                                          gboolean    show_private);
/* FALSE: review mode: the outline can be read and moved through, and changes nothing. */
void        cg_outline_set_editable      (CgOutline  *self,
                                          gboolean    editable);
gboolean    cg_outline_get_editable      (CgOutline  *self);

/* The idea whose row has (or last had) the keyboard focus; NULL when that is a theme's row or
 * no row ("selected-idea" property, notified). Returns: (transfer none) (nullable). */
CgIdea     *cg_outline_get_selected_idea (CgOutline  *self);
/* The theme of the row with the focus, or of the idea on it (NULL: Unsorted).
 * Returns: (transfer none) (nullable). */
CgTheme    *cg_outline_get_selected_theme (CgOutline *self);
/* Opens @idea's theme, scrolls to its row and gives it the keyboard focus. */
void        cg_outline_select_idea       (CgOutline  *self,
                                          CgIdea     *idea);
/* The same for a theme's own row (NULL: Unsorted). */
void        cg_outline_select_theme      (CgOutline  *self,
                                          CgTheme    *theme);
/* Gives the keyboard focus to the row that had it last, or to the first. */
void        cg_outline_focus             (CgOutline  *self);
/* Whether the keyboard focus is on one of the outline's rows. */
gboolean    cg_outline_has_row_focus     (CgOutline  *self);
/* What the outline last said in passing ("Moved to Peer roles"), or NULL: it shows under the
 * outline, and a screen reader hears it (cg_notice_announce).
 * Returns: (transfer none) (nullable). */
const char *cg_outline_get_status        (CgOutline  *self);

/* What a screen reader reads for @idea's row: "Idea from Lived experience, 12 votes: A phone
 * call from a named worker". A private note reads "Private note" unless @show_private.
 * Returns: (transfer full). */
char       *cg_outline_describe_idea     (CgWorkshop *workshop,
                                          CgIdea     *idea,
                                          gboolean    show_private);
/* And for a theme's row: "First contacts: 8 ideas" (@theme NULL: Unsorted).
 * Returns: (transfer full). */
char       *cg_outline_describe_theme    (CgTheme    *theme,
                                          guint       n_ideas);

/* Keys, on a row (installed as outline.* actions, see cg-outline-actions.c):
 *   Up, Down, Home, End, Page Up, Page Down   from row to row
 *   Left, Right        close or open a theme; from an idea, Left goes to its theme
 *   Enter, F2          edit the idea's words (a theme's row: open or close it; F2 renames)
 *   Insert             a new idea in this theme
 *   Delete             remove the idea (or the theme: its ideas go to Unsorted); undoable
 *   plus, minus        a vote more or less (at the idea's event)
 *   Alt+Left/Right     the idea to the previous or next theme
 *   Alt+Up/Down        the idea (or theme) one place up or down
 *   Ctrl+1…9, Ctrl+0   the idea to theme 1 to 9, or Unsorted (past the last: a new one)
 *   Alt+1…9            the idea's voice;  Ctrl+K  its next kind
 *   P, B, R            private, beyond the service, checked after a merge
 *   Shift+F10, Menu    all of these in a menu
 * Undo and redo are the window's (Ctrl+Z, Ctrl+Shift+Z): the focus follows the idea undone. */

G_END_DECLS
