/* cg-desktop-style.h: following the desktop's dark style and high-contrast preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* GTK 4.8 on its own does not follow GNOME's "dark style" (org.gnome.desktop.interface
 * color-scheme) or high contrast (org.gnome.desktop.a11y.interface high-contrast). Reads both,
 * when the desktop has those settings, applies them to @settings and keeps following changes.
 * Returns the GSettings objects kept alive for that (unref them at shutdown), possibly empty. */
GPtrArray *cg_desktop_style_follow (GtkSettings *settings);

G_END_DECLS
