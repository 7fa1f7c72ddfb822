/* cg-outline-private.h: the outline's parts, shared by its files and reachable from the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-outline.h"
#include "widgets/cg-board-private.h"
#include "widgets/cg-workshop-signals.h"

G_BEGIN_DECLS

/* cg-outline-group.c: one theme (or Unsorted) of the outline, with the ideas it shows. */
#define CG_TYPE_OUTLINE_GROUP (cg_outline_group_get_type ())
G_DECLARE_FINAL_TYPE (CgOutlineGroup, cg_outline_group, CG, OUTLINE_GROUP, GObject)

/* The ideas of @ideas (a list of CgIdea) in @theme (NULL: Unsorted), in their order.
 * Returns: (transfer full). */
CgOutlineGroup *cg_outline_group_new       (CgTheme        *theme,
                                            GListModel     *ideas);
CgTheme        *cg_outline_group_get_theme (CgOutlineGroup *self);  /* (transfer none) (nullable) */
GListModel     *cg_outline_group_get_ideas (CgOutlineGroup *self);  /* (transfer none) */
/* Position of @idea among the group's ideas, or GTK_INVALID_LIST_POSITION. */
guint           cg_outline_group_find      (CgOutlineGroup *self,
                                            CgIdea         *idea);

/* cg-outline-row.c: one row: a theme's heading, or an idea as one sentence. */
#define CG_TYPE_OUTLINE_ROW (cg_outline_row_get_type ())
G_DECLARE_FINAL_TYPE (CgOutlineRow, cg_outline_row, CG, OUTLINE_ROW, GtkWidget)

GtkWidget      *cg_outline_row_new         (void);  /* (transfer floating) */
/* Shows @list_row's item (a CgOutlineGroup or a CgIdea) in @outline's way; NULL: nothing. */
void            cg_outline_row_bind        (CgOutlineRow   *self,
                                            GtkTreeListRow *list_row,
                                            CgOutline      *outline);
/* Reads its item again (after any change to the workshop, or to what is shown). */
void            cg_outline_row_refresh     (CgOutlineRow   *self);
/* The CgOutlineGroup or CgIdea shown, or NULL. Returns: (transfer none) (nullable). */
gpointer        cg_outline_row_get_item    (CgOutlineRow   *self);
GtkTreeListRow *cg_outline_row_get_list_row (CgOutlineRow  *self);  /* (transfer none) */
/* What a screen reader reads for the row now (its accessible name). Returns: (transfer none). */
const char     *cg_outline_row_get_spoken  (CgOutlineRow   *self);

/* The outline (cg-outline.c) */
struct _CgOutline
{
  GtkWidget           parent_instance;

  CgWorkshop         *workshop;
  CgWorkshopSignals  *workshop_signals; /* its themes and history */
  GtkFilter          *filter;        /* the window's, or NULL */
  CgEvent            *event;         /* where new ideas go; NULL: the newest */
  gboolean            show_private;
  gboolean            editable;

  CgBoardIdeas       *ideas;         /* the workshop's ideas, told again when one moves */
  GtkFilterListModel *shown;         /* those the filter lets through */
  GListStore         *groups;        /* CgOutlineGroup: Unsorted, then a group per theme */
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;
  GHashTable         *rows;          /* the CgOutlineRows bound now */
  gboolean            rows_stale;    /* the workshop changed while the outline was hidden */

  /* the keyboard focus, kept across changes: the row's item (a CgIdea or CgOutlineGroup, a
   * reference), where it was, and whether the outline should have the focus back */
  GObject            *current;
  guint               current_position;
  GtkRoot            *focus_root;     /* weak: whose focus is watched */
  gboolean            keep_focus;
  gboolean            focus_lost;     /* its row went away: settling gives it back */
  GdkFrameClock      *settle_clock;   /* weak: waited on for its next paint */
  guint               settle_timeout;
  char               *to_say;         /* said once the rows have settled */
  guint               n_undo;         /* the history's, to tell an undo or redo */
  guint               n_redo;
  gboolean            acting;         /* one of the outline's own actions is changing things */

  char               *status;
  CgIdeaKind          new_kind;       /* what the last idea added here had */
  CgVoice            *new_voice;      /* weak */

  /* template */
  GtkWidget          *content;        /* a box: all there is but the popovers */
  GtkWidget          *list_view;
  GtkWidget          *status_label;
  GtkWidget          *add_button;
  GtkWidget          *add_theme_button;

  /* cg-outline-editor.c */
  GtkWidget          *editor;         /* a GtkPopover, child of the outline */
  GtkWidget          *editor_heading;
  GtkWidget          *editor_text;    /* a GtkTextView */
  GtkWidget          *editor_choices; /* voice and kind, for a new idea */
  GtkWidget          *editor_voice;
  GtkWidget          *editor_kind;
  GtkWidget          *editor_save;
  gpointer            editor_done;    /* CgOutlineEditorDone, until saved or cancelled */
  gpointer            editor_target;  /* a reference: what the text is for, or NULL */

  /* cg-outline-actions.c */
  GtkWidget          *menu;           /* a GtkPopoverMenu, child of the outline */
  GtkEventController *window_keys;    /* on the root: keys the application would take */
  GtkWidget          *window_keys_root;
};

/* cg-outline.c */
/* The idea with the focus changed ("selected-idea"). */
void           cg_outline_notify_selected_idea (CgOutline  *self);
/* The group of @theme (NULL: Unsorted) and its position among the groups, or NULL.
 * Returns: (transfer none) (nullable). */
CgOutlineGroup *cg_outline_find_group      (CgOutline      *self,
                                            CgTheme        *theme,
                                            guint          *index);
/* cg-outline-focus.c */
/* The row's item now has the keyboard focus. */
void           cg_outline_row_focused      (CgOutline      *self,
                                            CgOutlineRow   *row);
/* The row's item the focus is on, or is to go back to (a CgIdea or CgOutlineGroup). */
void           cg_outline_set_current      (CgOutline      *self,
                                            gpointer        item);
/* Gives the focus to @item's row (a CgIdea or CgOutlineGroup), opening its theme; FALSE when
 * it is not shown. */
gboolean       cg_outline_focus_item       (CgOutline      *self,
                                            gpointer        item);
/* The row with the focus went away with a change: the focus goes back once the rows settle. */
void           cg_outline_note_focus_lost  (CgOutline      *self);
/* After a change: once the rows have settled, the focus goes back where it belongs and what is
 * to be said is said. */
void           cg_outline_queue_settle     (CgOutline      *self);
/* Follows the keyboard focus of @root (NULL: none). */
void           cg_outline_watch_root_focus (CgOutline      *self,
                                            GtkRoot        *root);
void           cg_outline_focus_dispose    (CgOutline      *self);
/* The GtkTreeListRow of the group at @index (a new reference), or NULL.
 * Returns: (transfer none) (nullable). */
GtkTreeListRow *cg_outline_get_group_row   (CgOutline      *self,
                                            guint           index);
/* Shows @text under the outline and says it to a screen reader. */
void           cg_outline_tell             (CgOutline      *self,
                                            const char     *text);
/* The event a new idea goes to (made when the workshop has none). Returns: (transfer none). */
CgEvent       *cg_outline_ensure_event     (CgOutline      *self);
/* The row with the focus, or NULL. Returns: (transfer none) (nullable). */
CgOutlineRow  *cg_outline_get_focus_row    (CgOutline      *self);

/* cg-outline-actions.c: the outline.* actions (and, through the two files after it, all of
 * them), and what they share. */
void           cg_outline_class_add_actions (GtkWidgetClass *widget_class);
void           cg_outline_update_actions   (CgOutline      *self);
/* Enter on a row, or a double click. */
void           cg_outline_activate_item    (CgOutline      *self,
                                            gpointer        item);
/* The idea, or the theme's group, whose row has the focus (NULL: not one).
 * Returns: (transfer none) (nullable). */
CgIdea        *cg_outline_current_idea     (CgOutline      *self);
CgOutlineGroup *cg_outline_current_group   (CgOutline      *self);  /* (transfer none) (nullable) */
/* Whether the workshop may be changed (not in review mode). */
gboolean       cg_outline_can_change       (CgOutline      *self);
/* Nothing to do that: a bell, and (for a screen reader) @why, when not NULL. */
void           cg_outline_refuse           (CgOutline      *self,
                                            const char     *why);
/* The colour for a new theme or voice (@type): the first of its palette not taken.
 * Returns: (transfer full). */
const char    *cg_outline_new_colour       (CgOutline      *self,
                                            GType           type);
/* The theme's name, or "Unsorted". Returns: (transfer none). */
const char    *cg_outline_theme_name       (CgTheme        *theme);
/* The object of the workshop with @id, when it is a @type; else NULL.
 * Returns: (transfer none) (nullable). */
CgObject      *cg_outline_lookup           (CgOutline      *self,
                                            const char     *id,
                                            GType           type);
/* Whether @group's row is open; @row gets its GtkTreeListRow (a new reference, or NULL). */
gboolean       cg_outline_group_is_open    (CgOutline      *self,
                                            CgOutlineGroup *group,
                                            GtkTreeListRow **row);
/* The editor's answer for a new theme (named @text): added, and the idea @target (or NULL)
 * filed there, one undo step. */
void           cg_outline_theme_added      (CgOutline      *self,
                                            gpointer        target,
                                            const char     *text);

/* A change of the outline's own: @focus is the item the focus stays on (or goes to), the
 * outline does not take the change for someone else's (an undo), and afterwards the focus is
 * on @focus's row. */
#define CG_OUTLINE_BEGIN_CHANGE(self, focus) \
  G_STMT_START { cg_outline_set_current ((self), (focus)); (self)->acting = TRUE; } G_STMT_END
#define CG_OUTLINE_END_CHANGE(self) \
  G_STMT_START { (self)->acting = FALSE; cg_outline_focus_item ((self), (self)->current); } \
  G_STMT_END

/* cg-outline-filing.c: the actions that file an idea (theme, place, voice, kind). */
void           cg_outline_filing_class_init (GtkWidgetClass *widget_class);

/* cg-outline-keys.c: the keys of a row, those caught on the window, the row's menu. */
void           cg_outline_keys_class_init  (GtkWidgetClass *widget_class);
void           cg_outline_row_class_add_keys (GtkWidgetClass *widget_class);
/* The keys an application accelerator would otherwise take (Ctrl+0…9, Alt+1…9, Ctrl+K),
 * caught on @root first while a row has the focus. */
void           cg_outline_watch_root_keys  (CgOutline      *self,
                                            GtkWidget      *root);
void           cg_outline_actions_dispose  (CgOutline      *self);

/* cg-outline-editor.c: a popover by the focused row that asks for words. */
typedef void (*CgOutlineEditorDone) (CgOutline  *self,
                                     gpointer    target,
                                     const char *text);

/* Opens the editor by the focused row under @heading with @text; Enter saves (calls @done with
 * the words, stripped and never empty), Shift+Enter starts a line, Escape cancels. With
 * @choices it also asks for the voice and kind of a new idea. @target is kept (a reference)
 * until then. */
void           cg_outline_editor_open      (CgOutline          *self,
                                            const char         *heading,
                                            const char         *label,
                                            const char         *text,
                                            gboolean            choices,
                                            gpointer            target,
                                            CgOutlineEditorDone done);
gboolean       cg_outline_editor_is_open   (CgOutline      *self);
void           cg_outline_editor_save      (CgOutline      *self);
void           cg_outline_editor_cancel    (CgOutline      *self);
/* The voice and kind chosen in the editor for a new idea. Returns: (transfer none) (nullable). */
CgVoice       *cg_outline_editor_get_voice (CgOutline      *self);
CgIdeaKind     cg_outline_editor_get_kind  (CgOutline      *self);
void           cg_outline_editor_dispose   (CgOutline      *self);

G_END_DECLS
