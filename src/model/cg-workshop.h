/* cg-workshop.h: the workshop file: a series of events, its voices, themes, ideas and actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-action.h"
#include "cg-event.h"
#include "cg-history.h"
#include "cg-idea.h"
#include "cg-object.h"
#include "cg-participant.h"
#include "cg-theme.h"
#include "cg-voice.h"

G_BEGIN_DECLS

#define CG_TYPE_WORKSHOP (cg_workshop_get_type ())
G_DECLARE_FINAL_TYPE (CgWorkshop, cg_workshop, CG, WORKSHOP, CgObject)

CgWorkshop *cg_workshop_new (const char *title);  /* (transfer full) */

const char *cg_workshop_get_title (CgWorkshop *self);  /* (transfer none) */
/* The title to show for a workshop titled @title: @title, or "Untitled workshop" when it is
 * empty or NULL; the one rule for it. Returns: (transfer none). */
const char *cg_workshop_display_title (const char *title);
/* cg_workshop_display_title () of @self's title. Returns: (transfer none). */
const char *cg_workshop_get_display_title (CgWorkshop *self);
void        cg_workshop_set_title (CgWorkshop *self, const char *title);
CgHistory  *cg_workshop_get_history (CgWorkshop *self);  /* (transfer none) */

/* What the workshop's properties say about it, for the summary's front page: who runs it ("Ann
 * Smith and the peer team"), a short description, the thanks to everyone who came, and where to
 * get support after a difficult conversation: free text, one contact a line ("Samaritans — 116
 * 123 — samaritans.org"). Each is "" when not set; each change is one undoable step (typing
 * coalesces as for any text). Returns: (transfer none). */
const char *cg_workshop_get_facilitator (CgWorkshop *self);
void        cg_workshop_set_facilitator (CgWorkshop *self, const char *facilitator);
const char *cg_workshop_get_description (CgWorkshop *self);  /* (transfer none) */
void        cg_workshop_set_description (CgWorkshop *self, const char *description);
const char *cg_workshop_get_thanks      (CgWorkshop *self);  /* (transfer none) */
void        cg_workshop_set_thanks      (CgWorkshop *self, const char *thanks);
const char *cg_workshop_get_support     (CgWorkshop *self);  /* (transfer none) */
void        cg_workshop_set_support     (CgWorkshop *self, const char *support);
/* The support contacts: the lines of "support" that hold more than white space, trimmed, in
 * order. An empty array when none is set. Returns: (transfer full). */
char      **cg_workshop_dup_support_contacts (CgWorkshop *self);

/* Data protection (format 1.3). The date the workshop is to be kept until, YYYY-MM-DD, or "" when
 * none was set (cg-retention.h works out the date that applies then); setting it is one undo
 * step. Returns: (transfer none). */
const char *cg_workshop_get_keep_until (CgWorkshop *self);
void        cg_workshop_set_keep_until (CgWorkshop *self, const char *date);
/* The workshop's log of what was removed from it, and when: one entry a line, "YYYY-MM-DD what
 * was done" (never the words removed). "" when nothing was. Adding an entry is an undo step of
 * its own, or part of the group it is added in; the oldest entries give way past 10,000
 * characters. Returns: (transfer none). */
const char *cg_workshop_get_log        (CgWorkshop *self);
void        cg_workshop_add_log_entry  (CgWorkshop *self,
                                        GDateTime  *day,
                                        const char *entry);

/* The ids of ideas removed at a person's request (cg-withdraw.h), so that a merge never brings
 * them back from a laptop that still holds them: sorted, NULL-terminated, never NULL (free with
 * g_strfreev()). Adding ids is one undo step, or part of the group it is made in.
 * Returns: (transfer full). */
char      **cg_workshop_dup_erased     (CgWorkshop         *self);
void        cg_workshop_add_erased     (CgWorkshop         *self,
                                        const char * const *ids);

/* The one naming rule for new events: "Workshop 2, 18 June", the number the event will have in
 * the series and its day (@day NULL: today). A title some event already has is not given again:
 * the number goes up until it is free. Returns: (transfer full). */
char       *cg_workshop_dup_new_event_title (CgWorkshop *self,
                                             GDateTime  *day);
/* A new event dated @day (NULL: today), titled by cg_workshop_dup_new_event_title, added at the
 * end of the series as one undo step. Returns it, borrowed from the workshop.
 * Returns: (transfer full). */
CgEvent    *cg_workshop_add_new_event       (CgWorkshop *self,
                                             GDateTime  *day);

/* The collections, in document order. Each is a GListModel of its object type; views observe
 * them, and change them only through the functions below (which record undo steps).
 * Returns: (transfer none). */
GListModel *cg_workshop_get_events  (CgWorkshop *self);
GListModel *cg_workshop_get_voices  (CgWorkshop *self);  /* (transfer none) */
GListModel *cg_workshop_get_themes  (CgWorkshop *self);  /* (transfer none) */
GListModel *cg_workshop_get_ideas   (CgWorkshop *self);  /* (transfer none) */
GListModel *cg_workshop_get_actions (CgWorkshop *self);  /* (transfer none) */
/* The participation record (cg-participant.h): for the organiser only, never shown to the room
 * or in a summary, and saved only in a protected workshop. Returns: (transfer none). */
GListModel *cg_workshop_get_participants (CgWorkshop *self);

/* Adds @object (a CgEvent, CgVoice, CgTheme, CgIdea, CgAction or CgParticipant) at @position (-1: the end).
 * Its id must be new to the workshop; every object it refers to must already be in it. */
void        cg_workshop_insert (CgWorkshop *self, gpointer object, int position);
void        cg_workshop_add    (CgWorkshop *self, gpointer object);
/* Removes @object and every reference to it, as one undo step: ideas of a removed theme go back
 * to unsorted, of a removed voice lose their voice, of a removed event keep their text but lose
 * the event (and votes and attendance counted at it); actions forget a removed idea or theme. */
void        cg_workshop_remove (CgWorkshop *self, gpointer object);
/* Moves @object to @position within its collection. */
void        cg_workshop_move   (CgWorkshop *self, gpointer object, guint position);

/* Puts @idea in @theme (NULL: unsorted) just before @before (NULL: after every other idea), as
 * one undo step. This is what moving a card on the board does. */
void        cg_workshop_place_idea (CgWorkshop *self,
                                    CgIdea     *idea,
                                    CgTheme    *theme,
                                    CgIdea     *before);

/* Any object in the workshop by its id, or NULL. Returns: (transfer none) (nullable). */
CgObject   *cg_workshop_lookup (CgWorkshop *self, const char *id);
/* Position of @object in its collection, or -1. */
int         cg_workshop_index_of (CgWorkshop *self, gpointer object);

G_END_DECLS
