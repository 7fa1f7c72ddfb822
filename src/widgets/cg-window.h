/* cg-window.h: a workshop's window: its ideas by theme, or why the file could not be opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cg-board.h"
#include "cg-capture-bar.h"
#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_TYPE_WINDOW (cg_window_get_type ())
G_DECLARE_FINAL_TYPE (CgWindow, cg_window, CG, WINDOW, GtkApplicationWindow)

CgWindow   *cg_window_new          (GtkApplication *application);  /* (transfer none) */
/* Shows @workshop; @file is where it is saved (NULL: not saved yet). */
void        cg_window_set_workshop (CgWindow       *self,
                                    CgWorkshop     *workshop,
                                    GFile          *file);
CgWorkshop *cg_window_get_workshop (CgWindow       *self);  /* (transfer none) */
GFile      *cg_window_get_file     (CgWindow       *self);  /* (transfer none) (nullable) */
/* Review mode (TRUE): the workshop can be browsed, searched, exported and printed, but nothing
 * can change it and nothing is written: no saving, no autosaved copy, no question on closing. */
void        cg_window_set_read_only (CgWindow      *self,
                                     gboolean       read_only);
gboolean    cg_window_get_read_only (CgWindow      *self);
/* Reads @file in the background, then shows it or the reason it could not be read. */
void        cg_window_load         (CgWindow       *self,
                                    GFile          *file);
/* Shows @message instead of a board (a file that could not be opened). */
void        cg_window_show_error   (CgWindow       *self,
                                    const char     *message);

/* Adds the "Workshops (*.cgw)" filter to a file chooser. */
void        cg_window_add_workshop_filter (GtkFileChooser *chooser);

/* Recovers the sealed autosaved copy @copy of the protected workshop saved at @file (NULL:
 * never saved): asks its passphrase (the keyring's first), then shows it, unsaved. */
void        cg_window_recover_protected (CgWindow *self,
                                         GFile    *copy,
                                         GFile    *file);

/* The board the workshop's ideas are shown on, and the bar new ideas are typed into
 * (transfer none). */
CgBoard      *cg_window_get_board       (CgWindow *self);
CgCaptureBar *cg_window_get_capture_bar (CgWindow *self);

G_END_DECLS
