/* cg-laptop.h: this laptop, among the several that share a workshop: a stable id and the name
 * the facilitator gives it ("Table 2")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CG_TYPE_LAPTOP (cg_laptop_get_type ())
G_DECLARE_FINAL_TYPE (CgLaptop, cg_laptop, CG, LAPTOP, GObject)

/* This laptop as @settings keep it (the application's settings, with the keys "laptop-id" and
 * "laptop-name"), following changes made elsewhere (another window); NULL: for this process
 * only. Returns: (transfer full). */
CgLaptop   *cg_laptop_new       (GSettings  *settings);
/* A random id, made and kept the first time it is asked for ("id"). Returns: (transfer none). */
const char *cg_laptop_get_id    (CgLaptop   *self);
/* The name the facilitator gave it, or NULL when none ("name", notified); set normalised as
 * ideas record it (cg_idea_normalize_laptop), NULL or blank for none.
 * Returns: (transfer none) (nullable). */
const char *cg_laptop_get_name  (CgLaptop   *self);
void        cg_laptop_set_name  (CgLaptop   *self,
                                 const char *name);
/* The name, or "This laptop" when it has none. Returns: (transfer full). */
char       *cg_laptop_dup_label (CgLaptop   *self);

G_END_DECLS
