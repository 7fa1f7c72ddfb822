/* cg-voice-stripe.c: the stripe in a voice's colour down the side of a card
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-voice-stripe.h"

/* the stripe of an idea without a voice */
#define NO_VOICE_COLOUR "#9a9996"

void
cg_voice_stripe_append (GtkSnapshot           *snapshot,
                        const char            *colour,
                        const graphene_rect_t *padding_box,
                        gboolean               rtl,
                        double                 width,
                        double                 inset)
{
  graphene_rect_t bar;
  GskRoundedRect rounded;
  GdkRGBA rgba;

  bar = GRAPHENE_RECT_INIT (padding_box->origin.x + inset, padding_box->origin.y + inset, width,
                            padding_box->size.height - 2 * inset);
  if (rtl)
    bar.origin.x = padding_box->origin.x + padding_box->size.width - inset - width;
  if (bar.size.height <= 0 || !gdk_rgba_parse (&rgba, colour != NULL ? colour : NO_VOICE_COLOUR))
    return;
  gsk_rounded_rect_init_from_rect (&rounded, &bar, width / 2.0);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, &rgba, &bar);
  gtk_snapshot_pop (snapshot);
}

void
cg_voice_stripe_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot,
                          const char  *colour,
                          double       width,
                          double       inset)
{
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  GtkBorder padding;
  graphene_rect_t box;

  gtk_style_context_get_padding (style, &padding);
  box = GRAPHENE_RECT_INIT (-padding.left, -padding.top,
                            gtk_widget_get_width (widget) + padding.left + padding.right,
                            gtk_widget_get_height (widget) + padding.top + padding.bottom);
  cg_voice_stripe_append (snapshot, colour, &box,
                          gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL, width, inset);
}
