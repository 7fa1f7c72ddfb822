/* cg-room.h: what the room's screen shows: the state of the room, kept by the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cg-reveal.h"
#include "model/cg-model.h"
#include "model/cg-read-back.h"
#include "model/cg-series.h"
#include "model/cg-timer.h"

G_BEGIN_DECLS

#define CG_TYPE_ROOM (cg_room_get_type ())
G_DECLARE_FINAL_TYPE (CgRoom, cg_room, CG, ROOM, GObject)

CgRoom     *cg_room_new                   (void);  /* (transfer full) */
/* The room's style sheet (ui/cg-room.css) on @display, once: the presenter's and the laptop's
 * room controls. */
void        cg_room_ensure_style          (GdkDisplay      *display);

/* The workshop and the event the laptop shows (NULL: all events, one idea per lineage). */
void        cg_room_set_workshop          (CgRoom          *self,
                                           CgWorkshop      *workshop);
CgWorkshop *cg_room_get_workshop          (CgRoom          *self);  /* (transfer none) */
void        cg_room_set_event             (CgRoom          *self,
                                           CgEvent         *event);
CgEvent    *cg_room_get_event             (CgRoom          *self);  /* (transfer none) (nullable) */
/* The series of the workshop (with all events shown, the room sees each lineage's latest copy),
 * or NULL. Not a copy: its owner, the window, updates it after every change to the workshop,
 * before the room's own handler on the history runs, and sets it again (this call) when it made
 * a new one or its latest copies changed. */
void        cg_room_set_series            (CgRoom          *self,
                                           CgSeries        *series);

/* The room's models follow the workshop only while something needs them: the presenter is open
 * ("presenting"), new ideas are held back, or cards are read back. Otherwise they are empty and
 * a capture costs nothing here. */
void        cg_room_set_presenting        (CgRoom          *self,
                                           gboolean         presenting);
gboolean    cg_room_get_presenting        (CgRoom          *self);

/* What the room may see of the event shown: no private note (cg-audience.h, CG_AUDIENCE_ROOM),
 * in the workshop's order. Returns: (transfer none). */
GListModel *cg_room_get_allowed           (CgRoom          *self);
/* And of those, what is revealed: what the presenter shows. Returns: (transfer none). */
GListModel *cg_room_get_ideas             (CgRoom          *self);
/* Whether the presenter would show @idea now. */
gboolean    cg_room_shows                 (CgRoom          *self,
                                           CgIdea          *idea);

/* Reveal ("holding", "n-waiting" properties). */
void        cg_room_set_holding           (CgRoom          *self,
                                           gboolean         holding);
gboolean    cg_room_get_holding           (CgRoom          *self);
/* How many ideas the room may see are held back: the presenter says this number, never what. */
guint       cg_room_get_n_waiting         (CgRoom          *self);
/* Shows every held idea (all: TRUE), or those in @theme (NULL: Unsorted). */
void        cg_room_reveal                (CgRoom          *self,
                                           gboolean         all,
                                           CgTheme         *theme);
CgReveal   *cg_room_get_reveal            (CgRoom          *self);  /* (transfer none) */

/* Read-back ("reading-back", "read-back-order", "read-back-idea"): one card at a time. */
void        cg_room_start_read_back       (CgRoom          *self,
                                           CgReadBackOrder  order);
void        cg_room_stop_read_back        (CgRoom          *self);
gboolean    cg_room_get_reading_back      (CgRoom          *self);
CgReadBackOrder cg_room_get_read_back_order (CgRoom        *self);
/* The card read back now, or NULL (nothing the room may see).
 * Returns: (transfer none) (nullable). */
CgIdea     *cg_room_get_read_back_idea    (CgRoom          *self);
/* Goes @delta cards on (back, when negative) in the read-back order, held at both ends. */
void        cg_room_read_back_step        (CgRoom          *self,
                                           int              delta);
/* Where the card read back stands: its place (from 1) and of how many; 0 when none. */
guint       cg_room_get_read_back_place   (CgRoom          *self,
                                           guint           *n_cards);

/* The voting round: the card taking counts now ("tally-idea"), or NULL outside a round. */
void        cg_room_set_tally_idea        (CgRoom          *self,
                                           CgIdea          *idea);
CgIdea     *cg_room_get_tally_idea        (CgRoom          *self);  /* (transfer none) (nullable) */
void        cg_room_set_tallying          (CgRoom          *self,
                                           gboolean         tallying);
gboolean    cg_room_get_tallying          (CgRoom          *self);
/* A count was entered for @idea in this round (one starts each time tallying is switched on). */
void        cg_room_note_counted          (CgRoom          *self,
                                           CgIdea          *idea);
/* The votes the cards counted in this round hold now, each at its vote event: the dots the room
 * placed in this round, whatever was counted in earlier ones. */
guint       cg_room_get_round_votes       (CgRoom          *self);

/* The event a vote on @idea counts at: the idea's own, else the event shown, else the newest
 * of the series (NULL: the workshop has no event). With @idea NULL: the event of the round.
 * Returns: (transfer none) (nullable). */
CgEvent    *cg_room_get_vote_event        (CgRoom          *self,
                                           CgIdea          *idea);

/* The timer both screens show; the room reads the clock for it while it runs.
 * Returns: (transfer none). */
CgTimer    *cg_room_get_timer             (CgRoom          *self);

G_END_DECLS
