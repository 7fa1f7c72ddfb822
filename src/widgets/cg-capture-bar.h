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

GtkWidget  *cg_capture_bar_new       (void);  /* (transfer floating) */
void        cg_capture_bar_set_workshop (CgCaptureBar *self,
                                         CgWorkshop   *workshop);

/* What the next idea gets (properties "voice", "kind", "theme", notified).
 * Returns: (transfer none) (nullable). */
CgVoice    *cg_capture_bar_get_voice (CgCaptureBar *self);
void        cg_capture_bar_set_voice (CgCaptureBar *self,
                                      CgVoice      *voice);
CgIdeaKind  cg_capture_bar_get_kind  (CgCaptureBar *self);
void        cg_capture_bar_set_kind  (CgCaptureBar *self,
                                      CgIdeaKind    kind);
CgTheme    *cg_capture_bar_get_theme (CgCaptureBar *self);  /* (transfer none) (nullable) */
void        cg_capture_bar_set_theme (CgCaptureBar *self,
                                      CgTheme      *theme);

/* The theme of the idea being typed only (a theme key pressed while typing): the drop-down shows
 * it, and once that idea is added the bar goes back to the theme it had before, which lasts.
 * cg_capture_bar_set_theme, or choosing in the drop-down, makes a choice that lasts. */
void        cg_capture_bar_set_typed_theme    (CgCaptureBar *self,
                                               CgTheme      *theme);
gboolean    cg_capture_bar_get_theme_is_typed (CgCaptureBar *self);

/* Whether the entry holds words not added yet (white space alone does not count). */
gboolean    cg_capture_bar_has_text  (CgCaptureBar *self);
/* Puts the keyboard focus in the text entry. */
void        cg_capture_bar_focus     (CgCaptureBar *self);
/* Whether the keyboard focus is in the bar: its entry or drop-downs (not a question it asks). */
gboolean    cg_capture_bar_has_focus (CgCaptureBar *self);

/* What cg_capture_bar_ask_name calls with the name given (stripped, never empty). */
typedef void (*CgCaptureBarNamed) (const char *name,
                                   gpointer    user_data);

/* Asks for the name of a new theme or voice (@type CG_TYPE_THEME or CG_TYPE_VOICE) in a popover
 * by the bar's theme or voice drop-down, under @heading, offering @name (selected, so typing
 * replaces it). Enter, the Add button or a click elsewhere calls @done with the name; Escape
 * (or another question) closes it and nothing is called. Either way the keyboard focus first goes
 * back to where it was, then @destroy frees @user_data. */
void        cg_capture_bar_ask_name   (CgCaptureBar      *self,
                                       GType              type,
                                       const char        *heading,
                                       const char        *name,
                                       CgCaptureBarNamed  done,
                                       gpointer           user_data,
                                       GDestroyNotify     destroy);
gboolean    cg_capture_bar_is_asking  (CgCaptureBar      *self);

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
