/* cg-xml-writer.h: writing a workshop's file a few items at a time, so that a large workshop
 * can be written on the main thread between frames
 *
 * The writer reads the workshop as it goes: the workshop must not change between its steps
 * (whoever steps it starts again with a new writer after any change).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/cg-model.h"

G_BEGIN_DECLS

typedef struct _CgXmlWriter CgXmlWriter;

/* Begins writing @workshop (which it holds a reference to). Returns: (transfer full). */
CgXmlWriter *cg_xml_writer_new    (CgWorkshop  *workshop);
/* Writes items until all are written (TRUE) or the monotonic time passes @deadline (FALSE);
 * a @deadline of 0 writes everything. */
gboolean     cg_xml_writer_step   (CgXmlWriter *writer,
                                   gint64       deadline);
/* Writes what is left and frees @writer. Returns the file's bytes, the same as
 * cg_workshop_save_to_bytes () gives. Returns: (transfer full). */
GBytes      *cg_xml_writer_finish (CgXmlWriter *writer);
/* Frees @writer without finishing, wiping what it wrote. */
void         cg_xml_writer_free   (CgXmlWriter *writer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgXmlWriter, cg_xml_writer_free)

/* Changes that start a writing in steps again before the rest is written at once */
#define CG_XML_WRITER_MAX_RESTARTS 3

/* One step of writing @workshop from idle while it may change, for saves and autosaves: when
 * *@changed (the workshop changed since *@writer began), *@writer starts again, counted in
 * *@restarts; after CG_XML_WRITER_MAX_RESTARTS it writes the rest at once, so it always ends.
 * A new *@writer is made when there is none, and *@changed cleared then. The step lasts about
 * @step_usec. Returns TRUE when *@writer is done: cg_xml_writer_finish () it. */
gboolean     cg_xml_writer_step_again (CgXmlWriter **writer,
                                       guint        *restarts,
                                       gboolean     *changed,
                                       CgWorkshop   *workshop,
                                       gint64        step_usec);

/* How long each step of cg_workshop_save_async () may take on the main thread (8 ms); 0 makes
 * every step as short as it can be, for tests of changes made between steps. */
void cg_file_set_save_step_for_testing (gint64 usec);
/* How long each step of a save in steps lasts, in microseconds (8 ms unless a test says). */
gint64 cg_file_get_save_step (void);

G_END_DECLS
