/* cg-presenter-card.h: one idea as the room sees it: its words, voice, kind and votes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

/* The voice's stripe's inset from a card's edge, in pixels. */
#define CG_PRESENTER_STRIPE_INSET 6

#define CG_TYPE_PRESENTER_CARD (cg_presenter_card_get_type ())
G_DECLARE_FINAL_TYPE (CgPresenterCard, cg_presenter_card, CG, PRESENTER_CARD, GtkWidget)

GtkWidget *cg_presenter_card_new        (void);  /* (transfer floating) */
/* Shows @idea (NULL: nothing) and follows its changes. The words come from
 * cg_idea_dup_shown_text (idea, CG_AUDIENCE_ROOM): a private note never shows (the card hides
 * itself, even if one reached it). */
void       cg_presenter_card_set_idea   (CgPresenterCard *self,
                                         CgIdea          *idea);
CgIdea    *cg_presenter_card_get_idea   (CgPresenterCard *self);  /* (transfer none) */
/* The votes show when there are some, or always with @always (a voting round). */
void       cg_presenter_card_set_always_show_votes (CgPresenterCard *self,
                                                    gboolean         always);
/* The words shown now ("" for none), for the tests. Returns: (transfer none). */
const char *cg_presenter_card_get_text  (CgPresenterCard *self);

/* What every card on the room's screen says under an idea's words, as Pango markup: @voice's
 * name and the kind, then the votes when there are some or @always_show_votes. With @summary,
 * the card's accessible name too (words, voice, kind and votes). Returns: (transfer full). */
char      *cg_presenter_card_dup_meta   (CgIdea          *idea,
                                         CgVoice         *voice,
                                         gboolean         always_show_votes,
                                         char           **summary);
/* How wide the voice's stripe is on a card in @widget's type. */
double     cg_presenter_card_stripe_width (GtkWidget     *widget);

G_END_DECLS
