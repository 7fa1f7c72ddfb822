/* cg-workshop-private.h: for the io layer: filling a workshop read from a file, with no undo steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-workshop.h"

G_BEGIN_DECLS

/* A workshop with the given id (NULL: a new random one) and title, no events and no history.
 * Returns: (transfer full). */
CgWorkshop *cg_workshop_new_with_id (const char *id,
                                     const char *title);

/* Appends @n_objects objects of one type (CgEvent, CgVoice, CgTheme, CgIdea or CgAction) at the
 * end of their collection, records no undo step and emits one items-changed. The workshop takes
 * references of its own (the caller keeps its). The caller has checked that ids are unique and references resolve inside the workshop. */
void cg_workshop_append_loaded (CgWorkshop *self,
                                GType       type,
                                gpointer   *objects,
                                guint       n_objects);

/* Sets the properties read from a file (each may be NULL: not set) without recording undo
 * steps: a workshop just read has no history. */
void cg_workshop_set_loaded_properties (CgWorkshop *self,
                                        const char *facilitator,
                                        const char *description,
                                        const char *thanks,
                                        const char *support);
/* The same for the date to keep it until, its log and its erased ids (format 1.3). */
void cg_workshop_set_loaded_record     (CgWorkshop         *self,
                                        const char         *keep_until,
                                        const char         *log,
                                        const char * const *erased);

G_END_DECLS
