/* cg-presenter.h: the room's screen: a second window showing the board to the room, read only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cg-presenter-column.h"
#include "cg-room.h"

G_BEGIN_DECLS

#define CG_TYPE_PRESENTER (cg_presenter_get_type ())
G_DECLARE_FINAL_TYPE (CgPresenter, cg_presenter, CG, PRESENTER, GtkWindow)

/* A presenter for @room, placed away from @laptop (the facilitator's window): full screen on
 * another monitor when there is one, else a window of its own. Escape or F5 on it closes it.
 * Returns: (transfer none). */
CgPresenter       *cg_presenter_new          (CgRoom      *room,
                                              GtkWindow   *laptop);
CgRoom            *cg_presenter_get_room     (CgPresenter *self);  /* (transfer none) */

/* The monitor the laptop's window is on (NULL: ask GDK where its surface is). A window across
 * two screens is on the one it was first shown on: the caller follows that (enter-monitor). */
void               cg_presenter_set_laptop_monitor (CgPresenter *self,
                                                    GdkMonitor  *monitor);

/* Puts the presenter on the monitor the laptop's window is not on, full screen, or (with one
 * monitor) back in a window; done when it opens and each time monitors come or go. */
void               cg_presenter_place        (CgPresenter *self);
/* The monitor it was put on full screen, or NULL (a window).
 * Returns: (transfer none) (nullable). */
GdkMonitor        *cg_presenter_get_monitor  (CgPresenter *self);

/* For the tests: the columns (Unsorted first, shown or not), the spotlight card of a read-back,
 * and the type size chosen for the screen, in pixels. */
guint              cg_presenter_get_n_columns (CgPresenter *self);
/* Returns: (transfer none). */
CgPresenterColumn *cg_presenter_get_column   (CgPresenter *self,
                                              guint        index);
GtkWidget         *cg_presenter_get_spotlight (CgPresenter *self);  /* (transfer none) */
int                cg_presenter_get_font_size (CgPresenter *self);
const char        *cg_presenter_get_page     (CgPresenter *self);  /* (transfer none) */

G_END_DECLS
