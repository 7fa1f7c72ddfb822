/* cg-notice.h: a short notice over the board: what just changed, with Undo, for a few seconds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_TYPE_NOTICE (cg_notice_get_type ())
G_DECLARE_FINAL_TYPE (CgNotice, cg_notice, CG, NOTICE, GtkWidget)

GtkWidget  *cg_notice_new         (void);  /* (transfer floating) */
/* Shows @text ("Moved ‘…’ to Peer roles") with an Undo button that activates "win.undo", then
 * hides after the "timeout" property's milliseconds (5000), or later while the pointer or the
 * keyboard focus is on it. Showing again replaces the text and starts the time again. A screen
 * reader hears the text: the notice is an alert labelled with it, and announces it. */
void        cg_notice_show        (CgNotice   *self,
                                   const char *text);
void        cg_notice_hide        (CgNotice   *self);
/* The text shown, or NULL while hidden. Returns: (transfer none) (nullable). */
const char *cg_notice_get_text    (CgNotice   *self);
/* The history whose newest step the notice tells about: any later step, undo or redo hides it,
 * since its Undo would then undo something else. NULL: none. */
void        cg_notice_set_history (CgNotice   *self,
                                   CgHistory  *history);

/* Says @text to a screen reader at once, from the window @widget is in (see cg-notice.c for
 * how, on GTK 4.8 and on 4.14 or later). cg_notice_show() does this with its text; a view
 * that says things in passing (the outline, the timer) calls it itself. */
void        cg_notice_announce        (GtkWidget  *widget,
                                       const char *text);
/* @widget's own accessible description (NULL: none), which it gets back after an announcement
 * made while it had the keyboard focus. A widget that sets its description otherwise loses it
 * to the first announcement. */
void        cg_notice_set_description (GtkWidget  *widget,
                                       const char *description);

G_END_DECLS
