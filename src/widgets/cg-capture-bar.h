/* cg-capture-bar.h: where the facilitator types what the room says, one idea per Enter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_TYPE_CAPTURE_BAR (cg_capture_bar_get_type ())
G_DECLARE_FINAL_TYPE (CgCaptureBar, cg_capture_bar, CG, CAPTURE_BAR, GtkWidget)

GtkWidget  *cg_capture_bar_new       (void);
void        cg_capture_bar_set_workshop (CgCaptureBar *self,
                                         CgWorkshop   *workshop);

/* What the next idea gets (properties "voice", "kind", "theme", notified). */
CgVoice    *cg_capture_bar_get_voice (CgCaptureBar *self);
void        cg_capture_bar_set_voice (CgCaptureBar *self,
                                      CgVoice      *voice);
CgIdeaKind  cg_capture_bar_get_kind  (CgCaptureBar *self);
void        cg_capture_bar_set_kind  (CgCaptureBar *self,
                                      CgIdeaKind    kind);
CgTheme    *cg_capture_bar_get_theme (CgCaptureBar *self);
void        cg_capture_bar_set_theme (CgCaptureBar *self,
                                      CgTheme      *theme);

/* Puts the keyboard focus in the text entry. */
void        cg_capture_bar_focus     (CgCaptureBar *self);

/* The event new ideas are raised at (the event switcher's choice); NULL: the newest. */
void        cg_capture_bar_set_event (CgCaptureBar *self,
                                      CgEvent      *event);

/* Adds @text as ideas with the bar's voice, kind and theme at the bar's event, else the
 * workshop's newest event (creating an event dated today when there is none), one undo step; several lines become one
 * idea each. Blank lines add nothing. Returns the number of ideas added and emits
 * "idea-added" (CgIdea *) for each. Enter in the entry calls this; pasting several lines asks
 * first. */
guint       cg_capture_bar_add_text  (CgCaptureBar *self,
                                      const char   *text);

G_END_DECLS
