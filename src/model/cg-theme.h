/* cg-theme.h: a theme ideas are grouped under (a column on the board)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-object.h"

G_BEGIN_DECLS

#define CG_TYPE_THEME (cg_theme_get_type ())
G_DECLARE_FINAL_TYPE (CgTheme, cg_theme, CG, THEME, CgObject)

CgTheme    *cg_theme_new             (const char *name, const char *colour);  /* (transfer full) */
const char *cg_theme_get_name        (CgTheme *self);  /* (transfer none) */
void        cg_theme_set_name        (CgTheme *self, const char *name);
const char *cg_theme_get_colour      (CgTheme *self);  /* (transfer none) (nullable) */
void        cg_theme_set_colour      (CgTheme *self, const char *colour);
const char *cg_theme_get_description (CgTheme *self);  /* (transfer none) (nullable) */
void        cg_theme_set_description (CgTheme *self, const char *description);
/* Id of the template (framework) the theme came from, or NULL.
 * Returns: (transfer none) (nullable). */
const char *cg_theme_get_framework   (CgTheme *self);
void        cg_theme_set_framework   (CgTheme *self, const char *framework);

G_END_DECLS
