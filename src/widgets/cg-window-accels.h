/* cg-window-accels.h: the application's keys, in one table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Sets every key of the application's and its windows' actions on @app. */
void cg_window_accels_install (GtkApplication *app);

G_END_DECLS
