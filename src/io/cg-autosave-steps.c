/* cg-autosave-steps.c: the timer's autosave, off the main thread's way
 *
 * Serialising a large workshop and writing it (two fsyncs) would hold the window for a frame or
 * more every interval, while the room is talking. So the bytes are made a few items at a time
 * from an idle source (CgXmlWriter; each step as long as a save's), and a worker thread seals
 * and writes them. A change between steps starts the bytes again (after three such restarts
 * they are finished at once, so the copy is always written); a change after that is left for
 * the next write. The gate (cg-autosave-private.h) keeps an older write from landing after a
 * newer one or after a discard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include "io/cg-autosave-private.h"

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CgAutosaveJob *job = task_data;
  GError *error = NULL;
  gboolean skipped = FALSE;
  gboolean written = cg_autosave_job_write (job, &skipped, &error);

  /* (here, not on the main thread: megabytes to wipe) */
  cg_envelope_wipe_bytes (g_steal_pointer (&job->plain));
  if (written)
    g_task_return_int (task, skipped);
  else
    g_task_return_error (task, error);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  CgAutosave *self = CG_AUTOSAVE (source);
  CgAutosaveJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gssize skipped = g_task_propagate_int (G_TASK (result), &error);

  self->n_writing--;
  if (self->workshop == NULL)
    return;  /* gone meanwhile: the copy stays, as after a crash */
  if (error != NULL)
    {
      /* still to be kept: the next change tries again */
      self->pending = TRUE;
      cg_autosave_report (self, error, NULL);
      return;
    }
  if (skipped || job->generation < self->floor)
    return;  /* a newer write, or a discard, came first */
  self->has_copy = TRUE;
  cg_autosave_report (self, NULL, NULL);
}

static gboolean
step_cb (gpointer data)
{
  CgAutosave *self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  CgAutosaveJob *job;

  if (!cg_xml_writer_step_again (&self->writer, &self->restarts, &self->changed_meanwhile,
                                 self->workshop, cg_file_get_save_step ()))
    return G_SOURCE_CONTINUE;

  self->step_id = 0;
  /* the copy now holds every change so far */
  self->pending = FALSE;
  job = cg_autosave_job_new (self, cg_xml_writer_finish (g_steal_pointer (&self->writer)),
                             &error);
  if (job == NULL)
    {
      self->pending = TRUE;
      cg_autosave_report (self, error, NULL);
      return G_SOURCE_REMOVE;
    }
  self->n_writing++;
  task = g_task_new (self, NULL, written_cb, NULL);
  g_task_set_source_tag (task, cg_autosave_steps_start);
  g_task_set_task_data (task, job, (GDestroyNotify) cg_autosave_job_free);
  g_task_run_in_thread (task, write_thread);
  return G_SOURCE_REMOVE;
}

void
cg_autosave_steps_start (CgAutosave *self)
{
  if (self->step_id != 0)
    return;
  self->restarts = 0;
  self->changed_meanwhile = FALSE;
  self->step_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, step_cb, self, NULL);
  g_source_set_name_by_id (self->step_id, "[cg] autosave steps");
}

void
cg_autosave_steps_stop (CgAutosave *self)
{
  g_clear_handle_id (&self->step_id, g_source_remove);
  g_clear_pointer (&self->writer, cg_xml_writer_free);
}
