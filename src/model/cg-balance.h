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

/* Which voices were heard in which themes at @event (@event NULL: over the series, by each
 * lineage's latest copy's voice and theme), found in one pass over the ideas, to ask of every
 * voice and theme. Returns: (transfer full). */
typedef struct _CgBalanceHeard CgBalanceHeard;
CgBalanceHeard *cg_balance_heard_new      (CgWorkshop     *workshop,
                                           CgEvent        *event);
/* TRUE when some idea of @voice is in @theme (NULL: unsorted) in @self. */
gboolean        cg_balance_heard_contains (CgBalanceHeard *self,
                                           CgVoice        *voice,
                                           CgTheme        *theme);
void            cg_balance_heard_free     (CgBalanceHeard *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgBalanceHeard, cg_balance_heard_free)

/* TRUE when some idea of @voice is in @theme (NULL: unsorted) at @event; @event NULL: some
 * idea of the series is, by its latest copy's voice and theme. (One question: for many, use
 * cg_balance_heard_new ().) */
gboolean cg_balance_voice_in_theme (CgWorkshop *workshop,
                                    CgVoice    *voice,
                                    CgTheme    *theme,
                                    CgEvent    *event);

G_END_DECLS
