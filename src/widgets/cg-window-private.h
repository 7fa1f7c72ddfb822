/* cg-window-private.h: what the window's files share: the CgWindow struct (its state and the
 * children of cg-window.ui) and the functions each file (cg-window-*.c) gives the others
 *
 * The views (board, capture bar, voices panel, outline, action plan, review view) follow the
 * window's "workshop", "show-private" and "editable" properties through bindings in
 * cg-window.ui: a file changes the window's state and notifies, it does not push into the
 * views. What must happen in order when the workshop changes (search, switcher, autosave, room,
 * sync) stays in cg_window_set_workshop (), after the views have followed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-action-plan.h"
#include "cg-board.h"
#include "cg-capture-bar.h"
#include "cg-choices.h"
#include "cg-notice.h"
#include "cg-review-view.h"
#include "cg-voices-panel.h"
#include "cg-window.h"
#include "cg-workshop-signals.h"
#include "io/cg-autosave.h"
#include "io/cg-fallback.h"
#include "io/cg-sync-watch.h"
#include "model/cg-laptop.h"
#include "model/cg-search.h"
#include "outline/cg-outline.h"
#include "room/cg-room.h"

G_BEGIN_DECLS

typedef struct _CgWindowRoom CgWindowRoom;

struct _CgWindow
{
  GtkApplicationWindow  parent_instance;

  CgWorkshop           *workshop;
  CgWorkshopSignals    *workshop_signals; /* its history, voices and themes */
  GFile                *file;
  GCancellable         *cancellable;
  CgAutosave           *autosave;
  CgIdea               *last_added;   /* weak: what Ctrl+0..9 moves from an empty capture bar */
  CgSearch             *search;
  CgEvent              *current_event; /* the event switcher's choice, or NULL: all events */
  CgWorkshop           *merge_target;  /* what a merge being read goes into */
  GtkWidget            *events_dialog; /* weak */
  GtkFilter            *filter;
  GtkCssProvider       *zoom_css;
  double                text_scale;
  gboolean              close_after_save;
  gboolean              closing_confirmed;
  gboolean              read_only;       /* review mode: nothing changes, nothing is written */

  GtkStack             *stack;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkWidget            *private_indicator;
  GtkLabel             *error_label;
  GtkWidget            *fallback_box;
  GtkLabel             *fallback_label;
  GtkWidget            *fallback_button;
  CgFallback           *fallback;     /* a copy that opens when the file did not */
  GFile                *recovering;   /* a sealed autosaved copy whose passphrase is asked */
  gboolean              seeking_fallback;  /* looking for that copy */
  GtkWidget            *board_page;
  CgBoard              *board;
  CgNotice             *notice;        /* over the board: what a key did to a card, with Undo */
  CgCaptureBar         *capture_bar;
  CgVoicesPanel        *voices_panel;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *search_voice;
  CgChoices            *voice_choices;  /* of search_voice */
  CgChoices            *theme_choices;  /* of search_theme */
  CgChoices            *event_choices;  /* of event_dropdown */
  GtkDropDown          *search_kind;
  GtkDropDown          *search_theme;
  GtkDropDown          *search_private;
  GtkLabel             *search_count;
  GtkDropDown          *event_dropdown;
  GtkStack             *view_stack;
  CgOutline            *outline;
  CgActionPlan         *action_plan;
  CgReviewView         *review_view;
  GtkWidget            *carry_dialog;  /* weak: the offer to bring ideas forward, while open */
  gboolean              switching;     /* TRUE while the switcher is set from the model */
  GMenu                *recent_section;
  GMenu                *template_section;
  CgWindowRoom         *room;          /* the room's screen: cg-window-room.c */
};

/* cg-window-actions.c */
void     cg_window_install_actions      (GtkWidgetClass *widget_class);
/* The window's actions live on its own action map ("win."), so they can hold state. */
void     cg_window_add_actions          (CgWindow       *self);
void     cg_window_update_actions       (CgWindow       *self);
/* Whether Show Private Notes is on (the laptop shows private notes' words). */
gboolean cg_window_get_showing_private  (CgWindow       *self);
void     cg_window_apply_text_scale     (CgWindow       *self);

/* cg-window-keys.c: focus-capture, focus-board, set-voice, move-to-theme, cycle-kind */
void     cg_window_keys_class_init      (GtkWidgetClass *widget_class);
void     cg_window_keys_init            (CgWindow       *self);
/* Whether the voice, kind and theme keys act on the board's selected card: the keyboard focus
 * is on the board. Elsewhere they act as in the capture bar. */
gboolean cg_window_keys_on_board        (CgWindow       *self);

/* cg-window-protect.c */
/* Asks for the passphrase of the protected file being opened, and opens it. */
void     cg_window_ask_passphrase       (CgWindow       *self);

void     cg_window_add_protect_actions  (CgWindow       *self);
void     cg_window_update_protect_actions (CgWindow     *self,
                                           gboolean      editing);

/* cg-window-retention.c */
void     cg_window_add_retention_actions (CgWindow      *self);
/* After a workshop opened: when it is past the date it is to be kept until on @today (NULL:
 * now), says so and offers what to do; returns that dialog, or NULL.
 * Returns: (transfer none) (nullable). */
GtkWidget *cg_window_check_retention    (CgWindow       *self,
                                         GDateTime      *today);

/* cg-window-fallback.c */
/* Looks for a backup or autosaved copy of @file, which did not open, and offers it. */
void     cg_window_offer_fallback       (CgWindow       *self,
                                         GFile          *file);
void     cg_window_fallback_clicked_cb  (CgWindow       *self);

/* cg-window-files.c */
void     cg_window_save                 (CgWindow       *self,
                                         gboolean        choose_file);
gboolean cg_window_close_request_cb     (GtkWindow      *window);
/* Reads @file and merges it into the open workshop as one undo step, then shows the report. */
void     cg_window_merge_file           (CgWindow       *self,
                                         GFile          *file);
void     cg_window_choose_merge         (CgWindow       *self);
void     cg_window_start_autosave       (CgWindow       *self);
void     cg_window_show_message         (CgWindow       *self,
                                         GtkMessageType  type,
                                         const char     *title,
                                         const char     *detail);

/* cg-window-events.c */
void     cg_window_setup_events         (CgWindow       *self);
/* The workshop's events were added, removed, moved or renamed: the switcher follows. */
void     cg_window_events_changed       (CgWindow       *self);
/* Shows @event's board (NULL: every event's); new ideas go to it. */
void     cg_window_set_current_event    (CgWindow       *self,
                                         CgEvent        *event);
void     cg_window_new_event            (CgWindow       *self);
void     cg_window_show_events_dialog   (CgWindow       *self);

/* cg-window-views.c */
void     cg_window_setup_views          (CgWindow       *self);
/* "board", "plan" or "review". Returns: (transfer none). */
const char *cg_window_get_view          (CgWindow       *self);
void     cg_window_show_view            (CgWindow       *self,
                                         const char     *view);
void     cg_window_view_changed         (CgWindow       *self);
/* Combines the picked cards into the selected one (or the first), one undo step. */
void     cg_window_combine_cards        (CgWindow       *self);
/* A new action linked to the picked cards (or the selected card), shown in the plan. */
void     cg_window_new_action           (CgWindow       *self);

/* cg-window-search.c */
void     cg_window_setup_search         (CgWindow       *self);
void     cg_window_search_workshop_changed (CgWindow    *self);
void     cg_window_update_search_count  (CgWindow       *self);
/* The board shows what the search bar (when open) and the event switcher let through. */
void     cg_window_refilter             (CgWindow       *self);

/* cg-window-room.c: the presenter window, read-back, reveal, the timer, the voting round */
void     cg_window_room_class_init      (GtkWidgetClass *widget_class);
void     cg_window_room_init            (CgWindow       *self);
void     cg_window_room_dispose         (CgWindow       *self);
/* The window shows another workshop (or none). */
void     cg_window_room_workshop_changed (CgWindow      *self);
/* The window's series (cg-window-search.c) was made, or its latest copies changed: the room's
 * filter reads the same one. */
void     cg_window_room_series_changed  (CgWindow       *self,
                                         CgSeries       *series);
/* The room's state (a CgRoom), the presenter window while it is open, the strip under the
 * capture bar and the timer in the header; for the tests. Returns: (transfer none). */
CgRoom    *cg_window_get_room           (CgWindow       *self);
GtkWidget *cg_window_get_presenter      (CgWindow       *self);  /* (transfer none) */
GtkWidget *cg_window_get_room_bar       (CgWindow       *self);  /* (transfer none) */
GtkWidget *cg_window_get_timer_button   (CgWindow       *self);  /* (transfer none) */
/* The monitor the window is on (of several, the one it came to first), or NULL: the presenter
 * goes to another. Returns: (transfer none) (nullable). */
GdkMonitor *cg_window_get_laptop_monitor (CgWindow      *self);

/* cg-window-sync.c: sharing through a synced folder */
/* Watches the window's file for other laptops' saves and conflicted copies and merges them as
 * one undo step (not in review mode); called whenever the window's workshop is set. */
void     cg_window_sync_start           (CgWindow       *self);
void     cg_window_sync_stop            (CgWindow       *self);
void     cg_window_show_share_page      (CgWindow       *self);
/* The watcher (NULL when none), this laptop, the share page (NULL when closed), and how many
 * arrivals changed the workshop: for tests. Returns: (transfer none) (nullable). */
CgSyncWatch *cg_window_sync_get_watch   (CgWindow       *self);
CgLaptop *cg_window_sync_get_laptop     (CgWindow       *self);  /* (transfer none) */
GtkWidget *cg_window_sync_get_share_page (CgWindow      *self);  /* (transfer none) (nullable) */
guint    cg_window_sync_get_n_merged    (CgWindow       *self);

/* cg-window.c */
void     cg_window_update_titles        (CgWindow       *self);
/* Show Private Notes was turned on or off: the views bound to the window's "show-private"
 * follow. */
void     cg_window_notify_show_private  (CgWindow       *self);
/* The card a theme key (Ctrl+0..9) moves: on the board, the selected one; elsewhere, when the
 * capture bar is empty, the idea just added from it; else NULL (the key is for the idea being
 * typed). Returns: (transfer none) (nullable). */
CgIdea  *cg_window_get_target_idea      (CgWindow       *self);

G_END_DECLS
