/* cg-object.h: base class of every workshop object: a stable id and undoable properties
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CG_TYPE_OBJECT (cg_object_get_type ())
G_DECLARE_DERIVABLE_TYPE (CgObject, cg_object, CG, OBJECT, GObject)

struct _CgObjectClass
{
  GObjectClass parent_class;

  gpointer padding[4];
};

/* The object's UUID. Set once at construction ("id" property); a random one when none is given.
 * Returns: (transfer none). */
const char *cg_object_get_id (CgObject *self);

G_END_DECLS
