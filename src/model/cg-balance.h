/* cg-balance.h: whose voice is heard: each voice's share of ideas and of the people in the room
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-workshop.h"

G_BEGIN_DECLS

typedef struct
{
  CgVoice *voice;       /* borrowed */
  guint    n_ideas;     /* ideas of this voice (at the event, or in all events) */
  guint    attendance;  /* people of this voice (at the event, or summed) */
  double   idea_share;  /* n_ideas / all ideas with a voice, 0..1 */
  double   room_share;  /* attendance / everyone, 0..1 */
} CgVoiceBalance;

/* One entry per voice, in workshop order. @event NULL counts the whole series: an idea and its
 * carried copies once, for the latest copy's voice (cg-series.c). Private ideas count (they
 * were said in the room). The array owns its entries. Returns: (transfer full). */
GArray *cg_balance_compute (CgWorkshop *workshop,
                            CgEvent    *event);

/* TRUE when some idea of @voice is in @theme (NULL: unsorted) at @event; @event NULL: some
 * idea of the series is, by its latest copy's voice and theme. */
gboolean cg_balance_voice_in_theme (CgWorkshop *workshop,
                                    CgVoice    *voice,
                                    CgTheme    *theme,
                                    CgEvent    *event);

G_END_DECLS
