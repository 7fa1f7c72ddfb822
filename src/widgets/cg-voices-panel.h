/* cg-voices-panel.h: who is in the room, and whose words are on the board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_TYPE_VOICES_PANEL (cg_voices_panel_get_type ())
G_DECLARE_FINAL_TYPE (CgVoicesPanel, cg_voices_panel, CG, VOICES_PANEL, GtkWidget)

GtkWidget *cg_voices_panel_new          (void);  /* (transfer floating) */
void       cg_voices_panel_set_workshop (CgVoicesPanel *self,
                                         CgWorkshop    *workshop);
/* FALSE (review mode): attendance, names and the voices themselves cannot be changed here. */
void       cg_voices_panel_set_editable (CgVoicesPanel *self,
                                         gboolean       editable);
/* The event whose attendance is edited and whose ideas are counted (NULL: the newest). */
void       cg_voices_panel_set_event    (CgVoicesPanel *self,
                                         CgEvent       *event);

G_END_DECLS
