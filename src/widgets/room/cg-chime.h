/* cg-chime.h: the soft sound at the end of the room's timer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Plays the chime once at @volume (0 to 1), through GTK's media API. Returns the stream
 * playing it (owned by the chime until it ends; NULL at volume 0). Without a media backend or
 * a sound device nothing is heard and nothing is said: the timer's visual cue is enough.
 * Returns: (transfer full) (nullable). */
GtkMediaStream *cg_chime_play (double volume);

G_END_DECLS
