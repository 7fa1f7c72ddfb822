/* cg-events-dialog.h: the events of a series: titles, dates and places, their order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_TYPE_EVENTS_DIALOG (cg_events_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CgEventsDialog, cg_events_dialog, CG, EVENTS_DIALOG, GtkWindow)

/* A window listing @workshop's events, each with its title, date (YYYY-MM-DD) and place to edit
 * in place, and buttons to move it earlier or later in the series or remove it. Every change goes
 * through the model, one undo step each (typing in one field coalesces); Ctrl+Z and
 * Ctrl+Shift+Z undo and redo here too. "Add Event" activates
 * the "win.new-event" action of @parent, which starts a new event (and offers to carry ideas).
 * Returns: (transfer none). */
CgEventsDialog *cg_events_dialog_new (GtkWindow  *parent,
                                      CgWorkshop *workshop);

/* The row widgets of event @index, for tests: its title, date and place entries.
 * Returns: (transfer none) (nullable). */
GtkEditable    *cg_events_dialog_get_entry (CgEventsDialog *self,
                                            guint           index,
                                            guint           field);

G_END_DECLS
