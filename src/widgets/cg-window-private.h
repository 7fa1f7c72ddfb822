/* cg-window-private.h: what the window's files (state, actions, files, search) share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-board.h"
#include "cg-capture-bar.h"
#include "cg-voices-panel.h"
#include "cg-window.h"
#include "io/cg-autosave.h"
#include "model/cg-search.h"

G_BEGIN_DECLS

struct _CgWindow
{
  GtkApplicationWindow  parent_instance;

  CgWorkshop           *workshop;
  GFile                *file;
  GCancellable         *cancellable;
  CgAutosave           *autosave;
  CgIdea               *last_added;   /* weak: the idea Ctrl+1..9 moves when none is selected */
  CgSearch             *search;
  GtkFilter            *filter;
  GtkCssProvider       *zoom_css;
  double                text_scale;
  gboolean              close_after_save;
  gboolean              closing_confirmed;

  GtkStack             *stack;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkLabel             *error_label;
  GtkWidget            *board_page;
  CgBoard              *board;
  CgCaptureBar         *capture_bar;
  CgVoicesPanel        *voices_panel;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *search_voice;
  GtkDropDown          *search_kind;
  GtkDropDown          *search_theme;
  GtkDropDown          *search_private;
  GtkLabel             *search_count;
  GMenu                *recent_section;
  GMenu                *template_section;
};

/* cg-window-actions.c */
void     cg_window_install_actions      (GtkWidgetClass *widget_class);
/* The window's actions live on its own action map ("win."), so they can hold state. */
void     cg_window_add_actions          (CgWindow       *self);
void     cg_window_update_actions       (CgWindow       *self);
void     cg_window_apply_text_scale     (CgWindow       *self);

/* cg-window-files.c */
void     cg_window_save                 (CgWindow       *self,
                                         gboolean        choose_file);
gboolean cg_window_close_request_cb     (GtkWindow      *window);
/* Reads @file and merges it into the open workshop as one undo step, then shows the report. */
void     cg_window_merge_file           (CgWindow       *self,
                                         GFile          *file);
void     cg_window_choose_merge         (CgWindow       *self);
void     cg_window_start_autosave       (CgWindow       *self);

/* cg-window-search.c */
void     cg_window_setup_search         (CgWindow       *self);
void     cg_window_search_workshop_changed (CgWindow    *self);
void     cg_window_update_search_count  (CgWindow       *self);

/* cg-window.c */
void     cg_window_update_titles        (CgWindow       *self);
/* The idea a shortcut acts on: the selected card, or else the one just captured. */
CgIdea  *cg_window_get_target_idea      (CgWindow       *self);

G_END_DECLS
