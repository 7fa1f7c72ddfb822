/* cg-autosave-private.h: what cg-autosave.c and cg-autosave-steps.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "io/cg-autosave.h"
#include "io/cg-envelope.h"
#include "io/cg-xml-writer.h"

G_BEGIN_DECLS

/* Orders the writes of one copy, which may come from the main thread (a flush) and from worker
 * threads (the timer's writes): each has a generation, taken on the main thread when its bytes
 * are made, and a write older than one done, or than the last discard, is skipped. */
typedef struct
{
  GMutex  mutex;
  guint64 done;   /* generation of the newest write done */
  guint64 floor;  /* writes older than this were discarded before they were done */
} CgAutosaveGate;

struct _CgAutosave
{
  GObject         parent_instance;

  CgWorkshop     *workshop;
  CgHistory      *history;
  GFile          *file;          /* where the facilitator saves, or NULL */
  char           *dir;
  guint           interval;
  char           *copy_path;     /* DIR/ID.cgw */
  char           *sidecar_path;  /* DIR/ID.ini */

  gulong          changed_id;
  guint           timeout_id;
  gboolean        pending;       /* a change that is not in the copy yet */
  gboolean        has_copy;      /* this session wrote the copy and has not discarded it */
  char           *last_error;

  CgAutosaveGate *gate;          /* (a reference: worker threads hold others) */
  guint64         generation;    /* of the newest write begun */
  guint64         floor;         /* the gate's, as the main thread last set it */
  CgXmlWriter    *writer;        /* the copy's bytes being made in steps, or NULL */
  guint           step_id;
  guint           restarts;      /* of the writer, after changes made between its steps */
  gboolean        changed_meanwhile;
  guint           n_writing;     /* writes handed to worker threads, not yet finished */
};

/* The copy's bytes (sealed when protected) and the sidecar's, ready to be written. */
typedef struct
{
  CgAutosaveGate *gate;
  guint64         generation;
  char           *dir;
  char           *copy_path;
  char           *sidecar_path;
  GBytes         *plain;         /* the workshop serialised (wiped once written) */
  CgEnvelopeKey  *key;           /* seals it, or NULL */
  GBytes         *sidecar;
} CgAutosaveJob;

CgAutosaveJob *cg_autosave_job_new   (CgAutosave     *self,
                                      GBytes         *plain,
                                      GError        **error);
void           cg_autosave_job_free  (CgAutosaveJob  *job);
/* Writes the copy and its sidecar, atomically each, unless the gate says the job is too old
 * (then *@skipped). Any thread. */
gboolean       cg_autosave_job_write (CgAutosaveJob  *job,
                                      gboolean       *skipped,
                                      GError        **error);
/* After a write was tried: "last-error" and the signals. @cause: why it failed, or NULL. */
void           cg_autosave_report    (CgAutosave     *self,
                                      const GError   *cause,
                                      GError        **error);

/* The timer's write: the bytes are made in steps between frames, then written by a worker
 * thread (cg-autosave-steps.c). */
void           cg_autosave_steps_start (CgAutosave *self);
void           cg_autosave_steps_stop  (CgAutosave *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgAutosaveJob, cg_autosave_job_free)

G_END_DECLS
