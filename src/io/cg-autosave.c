/* cg-autosave.c: a copy of the open workshop kept on disk, so a crash loses nothing older than
 * the autosave interval
 *
 * The copy is DIR/ID.cgw, the workshop as it would be saved, with DIR/ID.ini beside it (the
 * title and the file the facilitator saves to). Both are written atomically, so a crash while
 * writing leaves the previous copy. The facilitator's own file is never touched and the history
 * is never marked clean: the workshop is still unsaved. Only cg_autosave_discard () removes the
 * copy; disposing of the CgAutosave leaves it, as a crash would.
 *
 * A protected workshop's copy is an envelope sealed with the workshop's key (cg-envelope.h),
 * and its sidecar names no title: only the file it is saved to, and that it is protected.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "io/cg-autosave-private.h"
#include "io/cg-io.h"
#include "io/cg-io-describe.h"
#include "io/cg-output.h"
#include "model/cg-text.h"

#define SIDECAR_GROUP "Autosave"

G_DEFINE_FINAL_TYPE (CgAutosave, cg_autosave, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WORKSHOP,
  PROP_FILE,
  PROP_DIR,
  PROP_INTERVAL,
  PROP_LAST_ERROR,
  N_PROPS
};

enum {
  WRITTEN,
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

char *
cg_autosave_dup_default_dir (void)
{
  const char *dir = g_getenv ("CG_AUTOSAVE_DIR");  /* for tests */

  if (dir != NULL && *dir != '\0')
    return g_strdup (dir);
  return g_build_filename (g_get_user_data_dir (), APP_ID, "autosave", NULL);
}

/* The name of the copy: the workshop's id, which the reader only accepts as letters, digits,
 * '-' and '_'; an id made some other way is hashed, so it can never point outside DIR. */
static char *
dup_base_name (CgWorkshop *workshop)
{
  const char *id = cg_object_get_id (CG_OBJECT (workshop));

  if (cg_text_is_valid_id (id))
    return g_strdup (id);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, id != NULL ? id : "", -1);
}

static void
set_last_error (CgAutosave *self,
                const char *message)
{
  if (g_strcmp0 (self->last_error, message) == 0)
    return;

  g_free (self->last_error);
  self->last_error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_ERROR]);
}


/* The sidecar: the title and the file the facilitator saves to. */
static GBytes *
dup_sidecar (CgAutosave *self)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  const char *title = cg_workshop_get_title (self->workshop);
  char *data;
  gsize length;

  /* A protected workshop's title is as private as the rest of it. */
  if (cg_workshop_is_protected (self->workshop))
    {
      title = _("Protected workshop");
      g_key_file_set_boolean (keys, SIDECAR_GROUP, "protected", TRUE);
    }
  g_key_file_set_string (keys, SIDECAR_GROUP, "title", title != NULL ? title : "");
  if (self->file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);

      g_key_file_set_string (keys, SIDECAR_GROUP, "file", uri);
    }

  data = g_key_file_to_data (keys, &length, NULL);
  return g_bytes_new_take (data, length);
}

CgAutosaveJob *
cg_autosave_job_new (CgAutosave *self,
                     GBytes     *plain,
                     GError    **error)
{
  CgAutosaveJob *job;
  CgEnvelopeKey *key = cg_workshop_get_key (self->workshop);

  /* A copy that recovery could not open again would be no copy at all. */
  if (!cg_workshop_check_savable (self->workshop, g_bytes_get_size (plain), error))
    {
      cg_envelope_wipe_bytes (plain);
      return NULL;
    }

  job = g_new0 (CgAutosaveJob, 1);
  job->gate = g_atomic_rc_box_acquire (self->gate);
  job->generation = ++self->generation;
  job->dir = g_strdup (self->dir);
  job->copy_path = g_strdup (self->copy_path);
  job->sidecar_path = g_strdup (self->sidecar_path);
  job->plain = plain;
  job->key = key != NULL ? cg_envelope_key_ref (key) : NULL;
  job->sidecar = dup_sidecar (self);
  return job;
}

static void
clear_gate (gpointer data)
{
  g_mutex_clear (&((CgAutosaveGate *) data)->mutex);
}

void
cg_autosave_job_free (CgAutosaveJob *job)
{
  if (job == NULL)
    return;
  g_atomic_rc_box_release_full (job->gate, clear_gate);
  g_free (job->dir);
  g_free (job->copy_path);
  g_free (job->sidecar_path);
  if (job->plain != NULL)
    cg_envelope_wipe_bytes (job->plain);
  g_clear_pointer (&job->key, cg_envelope_key_unref);
  g_bytes_unref (job->sidecar);
  g_free (job);
}

static gboolean
replace_file (const char *path,
              GBytes     *bytes,
              GError    **error)
{
  /* Private: what people said in a workshop is nobody else's business on a shared computer. */
  return cg_output_write_bytes (path, bytes, CG_OUTPUT_PRIVATE, NULL, error);
}

static gboolean
write_job (CgAutosaveJob *job,
           GError       **error)
{
  g_autoptr(GBytes) copy = NULL;

  if (g_mkdir_with_parents (job->dir, 0700) != 0)
    return cg_io_set_error_from_errno (error, errno, CG_IO_WRITING);

  /* Protected: sealed (the writer's temporary file holds these same bytes), the plain text
   * wiped. */
  if (job->key == NULL)
    copy = g_bytes_ref (job->plain);
  else if ((copy = cg_envelope_seal (job->key, g_bytes_get_data (job->plain, NULL),
                                     g_bytes_get_size (job->plain), error)) == NULL)
    return FALSE;
  return replace_file (job->copy_path, copy, error) &&
         replace_file (job->sidecar_path, job->sidecar, error);
}

gboolean
cg_autosave_job_write (CgAutosaveJob *job,
                       gboolean      *skipped,
                       GError       **error)
{
  CgAutosaveGate *gate = job->gate;
  gboolean written;

  g_mutex_lock (&gate->mutex);
  *skipped = job->generation <= gate->done || job->generation < gate->floor;
  written = *skipped || write_job (job, error);
  if (written && !*skipped)
    gate->done = job->generation;
  g_mutex_unlock (&gate->mutex);
  return written;
}

void
cg_autosave_report (CgAutosave   *self,
                    const GError *cause,
                    GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  if (cause == NULL)
    {
      set_last_error (self, NULL);
      g_signal_emit (self, signals[WRITTEN], 0);
      return;
    }

  g_debug ("writing %s failed: %s", self->copy_path, cause->message);
  local_error = g_error_new (cause->domain, cause->code,
                             /* Translators: "%s" is the workshop's title, then the reason
                              * ("the disk is full") */
                             _("Your changes to “%s” could not be kept safe in case of a crash "
                               "(%s). Save the workshop now to be sure nothing is lost."),
                             cg_workshop_get_display_title (self->workshop),
                             cause->message);
  set_last_error (self, local_error->message);
  g_signal_emit (self, signals[FAILED], 0, local_error->message);
  g_propagate_error (error, g_steal_pointer (&local_error));
}

/* Writes the copy now, on this thread; a failure is kept in "last-error" and announced by
 * ::failed, and the change stays pending so that the next change tries again. */
static gboolean
write_now (CgAutosave *self,
           GError    **error)
{
  g_autoptr(GError) cause = NULL;
  g_autoptr(CgAutosaveJob) job = NULL;
  gboolean skipped;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  cg_autosave_steps_stop (self);

  job = cg_autosave_job_new (self, cg_workshop_save_to_bytes (self->workshop), &cause);
  if (job != NULL && cg_autosave_job_write (job, &skipped, &cause))
    {
      self->pending = FALSE;
      self->has_copy = TRUE;
      cg_autosave_report (self, NULL, NULL);
      return TRUE;
    }
  cg_autosave_report (self, cause, error);
  return FALSE;
}

static gboolean
timeout_cb (gpointer data)
{
  CgAutosave *self = data;

  self->timeout_id = 0;

  /* Undone back to the saved state, or saved meanwhile: nothing to keep. */
  if (!cg_history_get_modified (self->history))
    self->pending = FALSE;
  else
    cg_autosave_steps_start (self);

  return G_SOURCE_REMOVE;
}

/* The first change since the last write starts the timer; later ones do not push it back, so no
 * change waits longer than the interval. */
static void
history_changed_cb (CgAutosave *self)
{
  self->pending = TRUE;
  if (self->step_id != 0)
    self->changed_meanwhile = TRUE;
  if (self->timeout_id != 0 || self->step_id != 0)
    return;

  self->timeout_id = g_timeout_add_seconds (self->interval, timeout_cb, self);
  g_source_set_name_by_id (self->timeout_id, "[cg] autosave");
}

static void
cg_autosave_constructed (GObject *object)
{
  CgAutosave *self = CG_AUTOSAVE (object);
  g_autofree char *base = NULL;
  g_autofree char *copy_name = NULL;
  g_autofree char *sidecar_name = NULL;

  G_OBJECT_CLASS (cg_autosave_parent_class)->constructed (object);

  g_assert (CG_IS_WORKSHOP (self->workshop));

  if (self->dir == NULL)
    self->dir = cg_autosave_dup_default_dir ();

  base = dup_base_name (self->workshop);
  copy_name = g_strconcat (base, ".cgw", NULL);
  sidecar_name = g_strconcat (base, ".ini", NULL);
  self->copy_path = g_build_filename (self->dir, copy_name, NULL);
  self->sidecar_path = g_build_filename (self->dir, sidecar_name, NULL);

  self->history = g_object_ref (cg_workshop_get_history (self->workshop));
  self->changed_id = g_signal_connect_swapped (self->history, "changed",
                                               G_CALLBACK (history_changed_cb), self);
}

static void
cg_autosave_dispose (GObject *object)
{
  CgAutosave *self = CG_AUTOSAVE (object);

  /* The copy stays on disk: only cg_autosave_discard () removes it. */
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  cg_autosave_steps_stop (self);
  g_clear_signal_handler (&self->changed_id, self->history);
  g_clear_object (&self->history);
  g_clear_object (&self->workshop);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (cg_autosave_parent_class)->dispose (object);
}

static void
cg_autosave_finalize (GObject *object)
{
  CgAutosave *self = CG_AUTOSAVE (object);

  g_free (self->dir);
  g_free (self->copy_path);
  g_free (self->sidecar_path);
  g_free (self->last_error);
  g_atomic_rc_box_release_full (self->gate, clear_gate);

  G_OBJECT_CLASS (cg_autosave_parent_class)->finalize (object);
}

static void
cg_autosave_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CgAutosave *self = CG_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_DIR:
      g_value_set_string (value, self->dir);
      break;
    case PROP_INTERVAL:
      g_value_set_uint (value, self->interval);
      break;
    case PROP_LAST_ERROR:
      g_value_set_string (value, self->last_error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_autosave_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CgAutosave *self = CG_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      self->workshop = g_value_dup_object (value);
      break;
    case PROP_FILE:
      cg_autosave_set_file (self, g_value_get_object (value));
      break;
    case PROP_DIR:
      self->dir = g_value_dup_string (value);
      break;
    case PROP_INTERVAL:
      self->interval = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_autosave_class_init (CgAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cg_autosave_constructed;
  object_class->dispose = cg_autosave_dispose;
  object_class->finalize = cg_autosave_finalize;
  object_class->get_property = cg_autosave_get_property;
  object_class->set_property = cg_autosave_set_property;

  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL, CG_TYPE_WORKSHOP,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* NULL: cg_autosave_dup_default_dir (). */
  properties[PROP_DIR] =
    g_param_spec_string ("dir", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERVAL] =
    g_param_spec_uint ("interval", NULL, NULL, 1, 3600, CG_AUTOSAVE_INTERVAL,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Why the last write failed, for the window to show; NULL once a write succeeds. */
  properties[PROP_LAST_ERROR] =
    g_param_spec_string ("last-error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The copy on disk now holds every change so far. */
  signals[WRITTEN] = g_signal_new ("written", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A write failed; the message (also in "last-error") is meant for the facilitator. The next
   * change tries again. */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
cg_autosave_init (CgAutosave *self)
{
  self->interval = CG_AUTOSAVE_INTERVAL;
  self->gate = g_atomic_rc_box_new0 (CgAutosaveGate);
  g_mutex_init (&self->gate->mutex);
}

CgAutosave *
cg_autosave_new (CgWorkshop *workshop,
                 GFile      *file,
                 const char *dir,
                 guint       interval)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);
  g_return_val_if_fail (interval > 0, NULL);

  return g_object_new (CG_TYPE_AUTOSAVE,
                       "workshop", workshop,
                       "file", file,
                       "dir", dir,
                       "interval", interval,
                       NULL);
}

void
cg_autosave_set_file (CgAutosave *self,
                      GFile      *file)
{
  g_return_if_fail (CG_IS_AUTOSAVE (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->file == file || (self->file != NULL && file != NULL && g_file_equal (self->file, file)))
    return;

  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);

  /* A copy already on disk must name the new file, or recovery would offer the old one. */
  if (self->has_copy)
    write_now (self, NULL);
}

const char *
cg_autosave_get_last_error (CgAutosave *self)
{
  g_return_val_if_fail (CG_IS_AUTOSAVE (self), NULL);

  return self->last_error;
}

gboolean
cg_autosave_get_busy (CgAutosave *self)
{
  g_return_val_if_fail (CG_IS_AUTOSAVE (self), FALSE);
  return self->step_id != 0 || self->n_writing > 0;
}

gboolean
cg_autosave_flush (CgAutosave *self,
                   GError    **error)
{
  g_return_val_if_fail (CG_IS_AUTOSAVE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  /* (a write a worker thread has not finished may not outlive the process: written again) */
  if ((!self->pending && self->n_writing == 0) || !cg_history_get_modified (self->history))
    return TRUE;

  return write_now (self, error);
}

gboolean
cg_autosave_rewrite (CgAutosave *self,
                     GError    **error)
{
  g_return_val_if_fail (CG_IS_AUTOSAVE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* (no copy from this session: nothing on disk to bring up to date) */
  if (!self->has_copy)
    return TRUE;

  return write_now (self, error);
}

static void
remove_file (const char *path)
{
  if (g_remove (path) != 0 && errno != ENOENT)
    g_debug ("could not remove %s: %s", path, g_strerror (errno));
}

void
cg_autosave_remove_copy (CgWorkshop *workshop,
                         const char *dir)
{
  g_autofree char *folder = dir != NULL ? g_strdup (dir) : cg_autosave_dup_default_dir ();
  g_autofree char *base = NULL;
  g_autofree char *copy_name = NULL;
  g_autofree char *sidecar_name = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *sidecar_path = NULL;

  g_return_if_fail (CG_IS_WORKSHOP (workshop));

  base = dup_base_name (workshop);
  copy_name = g_strconcat (base, ".cgw", NULL);
  sidecar_name = g_strconcat (base, ".ini", NULL);
  copy_path = g_build_filename (folder, copy_name, NULL);
  sidecar_path = g_build_filename (folder, sidecar_name, NULL);
  remove_file (copy_path);
  remove_file (sidecar_path);
}

void
cg_autosave_discard (CgAutosave *self)
{
  g_return_if_fail (CG_IS_AUTOSAVE (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  cg_autosave_steps_stop (self);
  self->pending = FALSE;
  self->has_copy = FALSE;
  /* (no write begun before this may land after it) */
  g_mutex_lock (&self->gate->mutex);
  self->floor = self->gate->floor = ++self->generation;
  remove_file (self->copy_path);
  remove_file (self->sidecar_path);
  g_mutex_unlock (&self->gate->mutex);
  set_last_error (self, NULL);
}
