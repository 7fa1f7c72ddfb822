/* cg-card-look.h: how the room's drawn cards look, read from the stylesheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _CgCardLook CgCardLook;

/* Adds to @owner hidden parts that carry a card's classes (.cg-presenter-card, and
 * .cg-presenter-current for the card taking counts, with the words' and the meta line's), so
 * cards drawn without a widget of their own take the stylesheet's look. A change of their style
 * queues an allocation of @owner. Returns: (transfer full). */
CgCardLook    *cg_card_look_new         (GtkWidget      *owner);
/* Takes the parts out of their owner. */
void           cg_card_look_free        (CgCardLook     *look);
/* TRUE when the look has changed (its style, the type, the direction, the scale) since this was
 * last asked: cards laid out and drawn before are out of date. */
gboolean       cg_card_look_changed     (CgCardLook     *look);
/* The same, without taking note: for a frame drawn before the next allocation. */
gboolean       cg_card_look_out_of_date (CgCardLook     *look);
/* What a card's margins, border and padding take across it or down it. */
int            cg_card_look_frame       (CgCardLook     *look,
                                         gboolean        current,
                                         GtkOrientation  orientation);
/* The narrowest a card should be: words of ten characters. */
int            cg_card_look_min_width   (CgCardLook     *look);
/* A card's words (plain text), or with @meta the line under them (Pango markup), wrapped at
 * @width. Returns: (transfer full). */
PangoLayout   *cg_card_look_layout      (CgCardLook     *look,
                                         gboolean        meta,
                                         const char     *text,
                                         int             width);
/* A card of @width x @height (with its margins) at 0, 0: its box, @voice_colour's stripe (NULL:
 * no voice), @words and @meta under them. Under GL, an image drawn once. Returns: (transfer
 * full). */
GskRenderNode *cg_card_look_draw        (CgCardLook     *look,
                                         gboolean        current,
                                         const char     *voice_colour,
                                         PangoLayout    *words,
                                         PangoLayout    *meta,
                                         int             width,
                                         int             height);

G_END_DECLS
