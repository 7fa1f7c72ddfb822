/* cg-board-private.h: the board's parts, shared by its files and reachable from the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-board.h"
#include "cg-idea-card.h"
#include "cg-workshop-signals.h"

G_BEGIN_DECLS

/* cg-board-ideas.c: the workshop's ideas as a list model that also says when one idea changed
 * column (or, with @watch_all, changed at all), so each column re-filters just that idea. */
#define CG_TYPE_BOARD_IDEAS (cg_board_ideas_get_type ())
G_DECLARE_FINAL_TYPE (CgBoardIdeas, cg_board_ideas, CG, BOARD_IDEAS, GObject)

CgBoardIdeas *cg_board_ideas_new           (GListModel   *source);  /* (transfer full) */
void          cg_board_ideas_set_watch_all (CgBoardIdeas *self,
                                            gboolean      watch_all);

/* cg-board-list.c: a column's cards, virtualised: only those in sight are made. */
#define CG_TYPE_BOARD_LIST (cg_board_list_get_type ())
G_DECLARE_FINAL_TYPE (CgBoardList, cg_board_list, CG, BOARD_LIST, GtkWidget)

/* Returns: (transfer floating). */
CgBoardList   *cg_board_list_new            (CgBoard       *board,
                                             GListModel    *ideas);
/* The idea whose card shows as selected (whether or not it is in this list). */
void           cg_board_list_set_selected   (CgBoardList   *self,
                                             CgIdea        *idea);
CgIdea        *cg_board_list_get_selected   (CgBoardList   *self);  /* (transfer none) (nullable) */
/* Scrolls item @position into view and returns its card, made now if need be.
 * Returns: (transfer none) (nullable). */
GtkWidget     *cg_board_list_reveal         (CgBoardList   *self,
                                             guint          position);

/* cg-board-column.c: one column: a theme's header over the list of its cards. */
#define CG_TYPE_BOARD_COLUMN (cg_board_column_get_type ())
G_DECLARE_FINAL_TYPE (CgBoardColumn, cg_board_column, CG, BOARD_COLUMN, GtkWidget)

/* Returns: (transfer floating). */
CgBoardColumn *cg_board_column_new            (CgBoard       *board,
                                               CgTheme       *theme,
                                               GListModel    *ideas);
/* Returns: (transfer none) (nullable). */
CgTheme       *cg_board_column_get_theme      (CgBoardColumn *self);
/* The ideas the column shows, in workshop order. Returns: (transfer none). */
GListModel    *cg_board_column_get_ideas      (CgBoardColumn *self);
CgBoardList   *cg_board_column_get_list       (CgBoardColumn *self);  /* (transfer none) */
GtkWidget     *cg_board_column_get_header     (CgBoardColumn *self);  /* (transfer none) */
/* "Unsorted", or the theme's name. Returns: (transfer none). */
const char    *cg_board_column_get_title      (CgBoardColumn *self);
/* "9 ideas", as the header shows it. Returns: (transfer none). */
const char    *cg_board_column_get_count_text (CgBoardColumn *self);
/* Only ideas @filter matches are shown (NULL: all of the column's). */
void           cg_board_column_set_filter     (CgBoardColumn *self,
                                               GtkFilter     *filter);
/* FALSE: the theme's menu (rename, colour, move, remove) is not offered. */
void           cg_board_column_set_editable   (CgBoardColumn *self,
                                               gboolean       editable);
/* Position of @idea among the column's ideas, or GTK_INVALID_LIST_POSITION. */
guint          cg_board_column_find           (CgBoardColumn *self,
                                               CgIdea        *idea);

/* What the in-place editor calls with the new text when it is saved (see cg-board-editor.c). */
typedef void (*CgBoardEditorDone) (CgBoard    *self,
                                   gpointer    target,
                                   const char *text);

/* The board itself (cg-board.c). */
struct _CgBoard
{
  GtkWidget           parent_instance;

  CgWorkshop         *workshop;
  CgWorkshopSignals  *workshop_signals; /* its themes and history */
  CgBoardIdeas       *ideas;
  GtkFilter          *filter;
  GPtrArray          *columns;      /* of CgBoardColumn: Unsorted, then one per theme */
  GHashTable         *cards;        /* CgIdea -> its bound CgIdeaCard */
  CgIdea             *selected;
  guint               n_shown;
  guint               scroll_idle;
  double              from_end;     /* how far the view is from the columns' far end */
  gboolean            show_private;
  gboolean            editable;
  GHashTable         *marked;       /* CgIdea (a ref) picked with Ctrl+click or Ctrl+Space */
  GHashTable         *links;        /* idea id -> GPtrArray of the titles of its actions */

  GtkWidget          *scroller;
  GtkWidget          *column_box;
  GtkWidget          *add_button;

  /* cg-board-editor.c */
  GtkWidget          *editor;        /* a GtkPopover, child of the board */
  GtkWidget          *editor_entry;  /* a GtkEntry or GtkTextView inside it */
  gpointer            editor_target; /* the idea or theme being edited (NULL: a new theme) */
  CgBoardEditorDone   editor_done;   /* until saved or cancelled */
  gboolean            editor_cancelled;

  /* cg-board-dnd.c */
  GtkWidget          *drop_mark;     /* the card a drop would land before, marked */

  /* cg-card-menu.c */
  GtkWidget          *card_menu;     /* a GtkPopoverMenu, child of the board, once first opened */
};

/* cg-board.c */
/* Returns: (transfer none). */
CgBoardColumn *cg_board_get_column         (CgBoard       *self,
                                            guint          index);
guint          cg_board_get_n_columns      (CgBoard       *self);
/* The column of @theme (NULL: Unsorted) and its index. Returns: (transfer none) (nullable). */
CgBoardColumn *cg_board_find_column        (CgBoard       *self,
                                            CgTheme       *theme,
                                            guint         *index);
/* The card the lists have made for @idea, or NULL when it is scrolled out of sight.
 * Returns: (transfer none) (nullable). */
GtkWidget     *cg_board_get_card           (CgBoard       *self,
                                            CgIdea        *idea);
/* A list shows @idea on @card (and stops). */
void           cg_board_bind_card          (CgBoard       *self,
                                            CgIdeaCard    *card,
                                            CgIdea        *idea);
void           cg_board_unbind_card        (CgBoard       *self,
                                            CgIdeaCard    *card);
/* Selects @idea (NULL: nothing) and, with @focus, scrolls to its card and focuses it. */
void           cg_board_set_selected       (CgBoard       *self,
                                            CgIdea        *idea,
                                            gboolean       focus);
gboolean       cg_board_has_focus_within   (CgBoard       *self);
/* Whether @widget is (partly) within the part of the board scrolled into view. */
gboolean       cg_board_is_in_sight        (CgBoard       *self,
                                            GtkWidget     *widget);
/* Whether @object (a CgObject) is in the board's workshop (not removed, not undone). */
gboolean       cg_board_holds              (CgBoard       *self,
                                            gpointer       object);
/* The event new votes and dropped ideas go to: the last of the series, or NULL.
 * Returns: (transfer none) (nullable). */
CgEvent       *cg_board_get_newest_event   (CgBoard       *self);

void           cg_board_notify_n_marked    (CgBoard       *self);

/* cg-board-marks.c: picked cards, links to the action plan, read-only use. */
void           cg_board_marks_init         (CgBoard       *self);
void           cg_board_marks_finalize     (CgBoard       *self);
void           cg_board_marks_class_init   (GtkWidgetClass *widget_class);
void           cg_board_marks_bind_card    (CgBoard       *self,
                                            CgIdeaCard    *card,
                                            CgIdea        *idea);
void           cg_board_marks_workshop_changed (CgBoard   *self);
void           cg_board_refresh_links      (CgBoard       *self);
/* A card was clicked with @state's modifiers: Ctrl picks or unpicks it, a plain click lets
 * every pick go. */
void           cg_board_card_clicked       (CgBoard       *self,
                                            CgIdea        *idea,
                                            GdkModifierType state);

/* cg-board-actions.c: the board.* actions and their keys. */
void           cg_board_class_add_actions  (GtkWidgetClass *widget_class);
void           cg_board_add_arrow_keys     (CgBoard        *self);
void           cg_board_update_actions     (CgBoard        *self);

/* cg-board-editor.c: the popover that edits a card's words or a theme's name in place. */
/* Opens the editor by @anchor with @text; Enter (or Ctrl+Enter) calls @done with the new text,
 * Escape closes it with no change. @multiline uses a text view (Shift+Enter starts a line). */
void           cg_board_editor_open        (CgBoard          *self,
                                            GtkWidget        *anchor,
                                            const char       *title,
                                            const char       *text,
                                            gboolean          multiline,
                                            gpointer          target,
                                            CgBoardEditorDone done);
gboolean       cg_board_editor_is_open     (CgBoard       *self);
/* What Enter does in the editor, and Escape. */
void           cg_board_editor_save        (CgBoard       *self);
void           cg_board_editor_cancel      (CgBoard       *self);
/* Asks for a colour for @theme with a GtkColorChooserDialog; OK recolours it (one undo step). */
void           cg_board_choose_colour      (CgBoard       *self,
                                            CgTheme       *theme);

/* cg-board-dnd.c: drag and drop. */
void           cg_board_dnd_setup_card     (CgBoard       *self,
                                            GtkWidget     *card);
void           cg_board_dnd_setup_column   (CgBoard       *self,
                                            CgBoardColumn *column);
/* What a drop on @theme's column (NULL: Unsorted) just before @before (NULL: at its end) does
 * with the dropped string: "cg-idea:<id>" moves that card there; any other text adds one idea
 * per non-blank line there, at the newest event, as one undo step. Returns whether anything
 * changed. */
gboolean       cg_board_drop_text          (CgBoard       *self,
                                            CgTheme       *theme,
                                            CgIdea        *before,
                                            const char    *text);

/* Emits ::card-changed (cg-board.h). */
void cg_board_card_changed (CgBoard       *self,
                            CgIdea        *idea,
                            CgBoardChange  change);

G_END_DECLS
