/* cg-idea-card.h: one idea on the board: its words, voice, kind, votes and markers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_TYPE_IDEA_CARD (cg_idea_card_get_type ())
G_DECLARE_FINAL_TYPE (CgIdeaCard, cg_idea_card, CG, IDEA_CARD, GtkWidget)

GtkWidget  *cg_idea_card_new               (void);  /* (transfer floating) */
/* The card follows @idea (and its voice) until another idea, or NULL, is set. */
void        cg_idea_card_set_idea          (CgIdeaCard *self,
                                            CgIdea     *idea);
CgIdea     *cg_idea_card_get_idea          (CgIdeaCard *self);  /* (transfer none) */
/* FALSE (the default): a private idea shows "Private note", never its words. */
void        cg_idea_card_set_show_private  (CgIdeaCard *self,
                                            gboolean    show_private);
gboolean    cg_idea_card_get_show_private  (CgIdeaCard *self);
/* Picked (with Ctrl+click or Ctrl+Space) to be combined or turned into an action: a check mark
 * and an accent outline, and "selected" to a screen reader. */
void        cg_idea_card_set_marked        (CgIdeaCard *self,
                                            gboolean    marked);
gboolean    cg_idea_card_get_marked        (CgIdeaCard *self);
/* How many actions of the plan the idea led to ("Led to 2 actions" on the card), and a tooltip
 * naming them. */
void        cg_idea_card_set_actions       (CgIdeaCard *self,
                                            guint       n_actions,
                                            const char *tooltip);
guint       cg_idea_card_get_n_actions     (CgIdeaCard *self);
/* Where a carried-forward idea came from ("Raised at March workshop, 5 votes"), in a line of
 * its own; NULL hides the line. */
void        cg_idea_card_set_history       (CgIdeaCard *self,
                                            const char *history);
const char *cg_idea_card_get_history       (CgIdeaCard *self);  /* (transfer none) (nullable) */
/* The words the card shows now ("Private note" for a hidden one). Returns: (transfer none). */
const char *cg_idea_card_get_shown_text    (CgIdeaCard *self);

/* What a screen reader says for @idea's card:
 * "<text>. <voice>, <kind>, N votes[, led to N actions][, beyond the service][, private]
 * [, to check: edited on two laptops]". Returns: (transfer full). */
char       *cg_idea_card_describe          (CgIdea     *idea,
                                            gboolean    show_private,
                                            guint       n_actions);
/* Whether a view that shows private words only when @show_private hides @idea's, and the words
 * it shows: "Private note" for a hidden one. Every view of ideas goes by these. */
gboolean    cg_idea_card_hides_text        (CgIdea     *idea,
                                            gboolean    show_private);
/* Returns: (transfer none). */
const char *cg_idea_card_shown_text        (CgIdea     *idea,
                                            gboolean    show_private);
/* The symbolic icon of a kind of note. Returns: (transfer none). */
const char *cg_idea_card_kind_icon_name    (CgIdeaKind  kind);

G_END_DECLS
