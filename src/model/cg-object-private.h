/* cg-object-private.h: how model classes change a field so that it can be undone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-history.h"
#include "cg-object.h"

G_BEGIN_DECLS

/* The history that records changes of @self: set when it joins a workshop.
 * Returns: (transfer none). */
CgHistory *cg_object_get_history (CgObject  *self);
void       cg_object_set_history (CgObject  *self,
                                  CgHistory *history);

/* Each compares @value with *@field; when they differ it records an undo step (if @self is in a
 * workshop and no undo is being applied), stores @value and notifies @pspec. They return whether
 * the value changed. None takes ownership of @value (a floating variant is sunk). */
gboolean cg_object_change_string   (CgObject    *self,
                                    GParamSpec  *pspec,
                                    char       **field,
                                    const char  *value);
/* Like cg_object_change_string, after cg_text_normalize (@value, CG_TEXT_MAX_CHARS). */
gboolean cg_object_change_text     (CgObject    *self,
                                    GParamSpec  *pspec,
                                    char       **field,
                                    const char  *value);
/* Like cg_object_change_string for a "#rrggbb" colour; anything else is refused with a warning. */
gboolean cg_object_change_colour   (CgObject    *self,
                                    GParamSpec  *pspec,
                                    char       **field,
                                    const char  *value);
gboolean cg_object_change_object   (CgObject    *self,
                                    GParamSpec  *pspec,
                                    gpointer    *field,
                                    gpointer     value);
gboolean cg_object_change_int      (CgObject    *self,
                                    GParamSpec  *pspec,
                                    int         *field,
                                    int          value);
gboolean cg_object_change_variant  (CgObject    *self,
                                    GParamSpec  *pspec,
                                    GVariant   **field,
                                    GVariant    *value);
gboolean cg_object_change_datetime (CgObject    *self,
                                    GParamSpec  *pspec,
                                    GDateTime  **field,
                                    GDateTime   *value);
gboolean cg_object_change_strv     (CgObject    *self,
                                    GParamSpec  *pspec,
                                    char      ***field,
                                    const char * const *value);

G_END_DECLS
