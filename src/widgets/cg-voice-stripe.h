/* cg-voice-stripe.h: the stripe in a voice's colour down the side of a card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Draws, in @widget's snapshot (which starts at its content box), a rounded stripe @width
 * pixels wide in @colour (grey without one) inside the padding at the card's start edge (the
 * right in a right-to-left layout), @inset pixels in from the card's edges. The board's cards
 * and the presenter's use it; the voice's name is on the card too, never the colour alone. */
void cg_voice_stripe_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot,
                               const char  *colour,
                               double       width,
                               double       inset);
/* The same in @padding_box (a card's box inside its border) of a card drawn without a widget
 * of its own (the room's screen, cg-room-cards.c). */
void cg_voice_stripe_append   (GtkSnapshot           *snapshot,
                               const char            *colour,
                               const graphene_rect_t *padding_box,
                               gboolean               rtl,
                               double                 width,
                               double                 inset);

G_END_DECLS
