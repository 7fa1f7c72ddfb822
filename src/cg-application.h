/* cg-application.h: the application: command line, actions, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CG_TYPE_APPLICATION (cg_application_get_type ())
G_DECLARE_FINAL_TYPE (CgApplication, cg_application, CG, APPLICATION, GtkApplication)

CgApplication *cg_application_new (void);

G_END_DECLS
