/* cg-file.c: opening and saving workshop files, atomically and with a backup, in the background;
 * plain or protected with a passphrase
 *
 * A protected workshop carries its key (cg-envelope.h) as object data, so the model knows
 * nothing of it: every save seals the XML with it and wipes the plain copy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "io/cg-envelope.h"
#include "io/cg-input.h"
#include "io/cg-io.h"
#include "io/cg-io-describe.h"
#include "io/cg-xml-writer.h"
#include "io/cg-output.h"
#include "model/cg-idea-versions.h"

static char *
dup_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename != NULL ? g_filename_display_name (basename) : g_strdup ("workshop");
}

/* "Could not save “x.cgw”: the disk is full", keeping @cause's domain and code. The readers
 * and writers of cg-input.c and cg-output.c give the reason alone (cg-io-describe.h). */
static void
propagate_file_error (GError    **error,
                      GError     *cause,
                      GFile      *file,
                      gboolean    saving)
{
  g_autofree char *name = dup_display_name (file);
  const char *reason = cause->message;

  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    reason = cg_io_describe_error (cause, saving ? CG_IO_WRITING : CG_IO_READING);

  if (saving)
    /* Translators: the first "%s" is a file name, the second the reason ("the disk is full") */
    g_set_error (error, cause->domain, cause->code, _("Could not save “%s”: %s"), name, reason);
  else
    g_set_error (error, cause->domain, cause->code, _("Could not open “%s”: %s"), name, reason);
  g_error_free (cause);
}

/* Protection */

#define KEY_DATA "cg-envelope-key"

CgEnvelopeKey *
cg_workshop_get_key (CgWorkshop *workshop)
{
  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);

  return g_object_get_data (G_OBJECT (workshop), KEY_DATA);
}

gboolean
cg_workshop_is_protected (CgWorkshop *workshop)
{
  return cg_workshop_get_key (workshop) != NULL;
}

static void
attach_key (CgWorkshop    *workshop,
            CgEnvelopeKey *key)
{
  if (key != NULL)
    g_object_set_data_full (G_OBJECT (workshop), KEY_DATA, cg_envelope_key_ref (key),
                            (GDestroyNotify) cg_envelope_key_unref);
  else
    g_object_set_data (G_OBJECT (workshop), KEY_DATA, NULL);
}

void
cg_workshop_set_key (CgWorkshop    *workshop,
                     CgEnvelopeKey *key)
{
  g_return_if_fail (CG_IS_WORKSHOP (workshop));

  if (cg_workshop_get_key (workshop) == key)
    return;

  attach_key (workshop, key);
  /* The file on disk is not protected the way the workshop now is, until it is saved. */
  cg_history_mark_unsaved (cg_workshop_get_history (workshop));
}

/* Loading */

/* What cg-input.h says of a file over the limit. */
static void
set_too_large (GError **error)
{
  g_set_error (error, CG_IO_ERROR, CG_IO_ERROR_LIMIT,
               _("it is larger than %u MB, the most Common Ground reads"),
               (guint) (CG_FILE_MAX_SIZE / (1024 * 1024)));
}

/* An envelope may be a little larger than the file it holds; a plain file may not. */
static GBytes *
check_read (GBytes  *bytes,
            GError  *local_error,
            GError **error)
{
  const char *data;
  gsize length;

  if (bytes == NULL)
    {
      if (g_error_matches (local_error, CG_IO_ERROR, CG_IO_ERROR_LIMIT))
        {
          g_error_free (local_error);
          set_too_large (error);
        }
      else
        g_propagate_error (error, local_error);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &length);
  if (length > CG_FILE_MAX_SIZE && !cg_envelope_is_envelope (data, length))
    {
      g_bytes_unref (bytes);
      set_too_large (error);
      return NULL;
    }
  return bytes;
}

GBytes *
cg_workshop_read_path (const char   *path,
                       GCancellable *cancellable,
                       GError      **error)
{
  GError *local_error = NULL;
  GBytes *bytes;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = cg_input_read_path (path, CG_ENVELOPE_MAX_SIZE, cancellable, &local_error);
  return check_read (bytes, local_error, error);
}

static GBytes *
read_file (GFile        *file,
           GCancellable *cancellable,
           GError      **error)
{
  GError *local_error = NULL;
  GBytes *bytes = cg_input_read_file (file, CG_ENVELOPE_MAX_SIZE, cancellable, &local_error);

  return check_read (bytes, local_error, error);
}

/* The plain bytes of the envelope @data, with the key that opened them; errors give the reason
 * alone. @key is tried first when it fits, so a copy of an open workshop costs no Argon2id. */
static GBytes *
open_envelope (const char     *data,
               gsize           length,
               const char     *passphrase,
               gssize          passphrase_length,
               CgEnvelopeKey  *key,
               CgEnvelopeKey **key_out,
               GError        **error)
{
  GBytes *plain;

  if (key != NULL && cg_envelope_key_fits (key, data, length))
    {
      plain = cg_envelope_open_with_key (key, data, length, error);
      if (plain != NULL)
        *key_out = cg_envelope_key_ref (key);
      return plain;
    }
  return cg_envelope_open (passphrase, passphrase_length, data, length, key_out, error);
}

/* Parses what an envelope held, with the reader's own messages; the workshop keeps @key. */
static CgWorkshop *
load_opened (GBytes        *plain,
             CgEnvelopeKey *key,
             const char    *display_name,
             GError       **error)
{
  CgWorkshop *workshop;
  const char *data;
  gsize length;

  data = g_bytes_get_data (plain, &length);
  workshop = cg_workshop_load_from_data (data, length, display_name, error);
  if (workshop != NULL)
    attach_key (workshop, key);
  return workshop;
}

CgWorkshop *
cg_workshop_load_protected_from_data (const char    *data,
                                      gsize          length,
                                      const char    *display_name,
                                      const char    *passphrase,
                                      gssize         passphrase_length,
                                      CgEnvelopeKey *key,
                                      GError       **error)
{
  g_autoptr(CgEnvelopeKey) opened_key = NULL;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!cg_envelope_is_envelope (data, length))
    return cg_workshop_load_from_data (data, length, display_name, error);

  if (display_name == NULL)
    display_name = _("workshop");
  plain = open_envelope (data, length, passphrase, passphrase_length, key, &opened_key,
                         &local_error);
  if (plain == NULL)
    {
      /* Translators: a file name, then the reason ("the passphrase is wrong") */
      g_set_error (error, local_error->domain, local_error->code, _("%s: %s"), display_name,
                   local_error->message);
      return NULL;
    }
  return load_opened (plain, opened_key, display_name, error);
}

CgWorkshop *
cg_workshop_load_protected (GFile         *file,
                            const char    *passphrase,
                            gssize         passphrase_length,
                            CgEnvelopeKey *key,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(CgEnvelopeKey) opened_key = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) plain = NULL;
  g_autofree char *name = NULL;
  GError *local_error = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = read_file (file, cancellable, &local_error);
  if (bytes == NULL)
    {
      propagate_file_error (error, local_error, file, FALSE);
      return NULL;
    }

  name = dup_display_name (file);
  data = g_bytes_get_data (bytes, &length);
  if (!cg_envelope_is_envelope (data, length))
    return cg_workshop_load_from_data (data, length, name, error);

  plain = open_envelope (data, length, passphrase, passphrase_length, key, &opened_key,
                         &local_error);
  if (plain == NULL)
    {
      propagate_file_error (error, local_error, file, FALSE);
      return NULL;
    }
  return load_opened (plain, opened_key, name, error);
}

CgWorkshop *
cg_workshop_load (GFile        *file,
                  GCancellable *cancellable,
                  GError      **error)
{
  return cg_workshop_load_protected (file, NULL, 0, NULL, cancellable, error);
}

/* The vote and attendance counts of @workshop, as its file would hold them. */
static guint
count_counts (CgWorkshop *workshop)
{
  GListModel *lists[] = {
    cg_workshop_get_ideas (workshop), cg_workshop_get_voices (workshop),
    cg_workshop_get_participants (workshop),
  };
  guint n = 0;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0, n_items = g_list_model_get_n_items (lists[l]); i < n_items; i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);
        g_autoptr(GVariant) tally = NULL;

        g_object_get (item, CG_IS_IDEA (item) ? "votes" : "attendance", &tally, NULL);
        n += tally != NULL ? g_variant_n_children (tally) : 0;
      }
  return n;
}

gboolean
cg_workshop_check_savable (CgWorkshop *workshop,
                           gsize       length,
                           GError    **error)
{
  guint n_ideas = g_list_model_get_n_items (cg_workshop_get_ideas (workshop));
  guint n_objects = n_ideas;

  n_objects += g_list_model_get_n_items (cg_workshop_get_events (workshop));
  n_objects += g_list_model_get_n_items (cg_workshop_get_voices (workshop));
  n_objects += g_list_model_get_n_items (cg_workshop_get_themes (workshop));
  n_objects += g_list_model_get_n_items (cg_workshop_get_actions (workshop));
  n_objects += g_list_model_get_n_items (cg_workshop_get_participants (workshop));

  if (g_list_model_get_n_items (cg_workshop_get_participants (workshop)) > 0 &&
      !cg_workshop_is_protected (workshop))
    g_set_error (error, CG_IO_ERROR, CG_IO_ERROR_UNSAFE,
                 _("the workshop holds a participation record, with people’s names, and that is "
                   "kept only in a workshop protected with a passphrase: protect it first, or "
                   "remove the record"));
  else if (length > CG_FILE_MAX_SIZE)
    g_set_error (error, CG_IO_ERROR, CG_IO_ERROR_LIMIT,
                 _("the workshop is too large: the file would be %u MB, and Common Ground "
                   "opens files of at most %u MB. Split it into smaller workshops (for example "
                   "one per event), or shorten the longest notes, then save again"),
                 (guint) ((length + 1024 * 1024 - 1) / (1024 * 1024)),
                 (guint) (CG_FILE_MAX_SIZE / (1024 * 1024)));
  else if (n_ideas > CG_FILE_MAX_IDEAS || n_objects > CG_FILE_MAX_OBJECTS ||
           count_counts (workshop) > CG_FILE_MAX_COUNTS)
    g_set_error (error, CG_IO_ERROR, CG_IO_ERROR_LIMIT,
                 _("the workshop holds more than Common Ground can open again (%u ideas, %u "
                   "objects in all, %u vote and attendance counts; at most %u, %u and %u). "
                   "Split it into smaller workshops, then save again"),
                 n_ideas, n_objects, count_counts (workshop), (guint) CG_FILE_MAX_IDEAS,
                 (guint) CG_FILE_MAX_OBJECTS, (guint) CG_FILE_MAX_COUNTS);
  else
    return TRUE;

  return FALSE;
}

/* Does the file at @path hold anything but an envelope (plain workshop text, or something
 * unknown)? FALSE when there is no file. Symbolic links are followed, as the writer follows
 * them. */
static gboolean
holds_plain_text (const char *path)
{
  char start[CG_ENVELOPE_MAGIC_SIZE];
  struct stat st;
  gssize n;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    return errno != ENOENT;  /* unreadable: assume the worst */
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      return FALSE;  /* not an ordinary file: the writer refuses it anyway */
    }
  do
    n = read (fd, start, sizeof start);
  while (n < 0 && errno == EINTR);
  close (fd);

  return n == 0 || !cg_envelope_is_envelope (start, n < 0 ? 0 : (gsize) n);
}

/* After a protected save: a backup that holds plain workshop text (from the saves before the
 * workshop was protected) must not stay beside the envelope. */
static void
remove_plain_backup (const char *path)
{
  g_autofree char *target = realpath (path, NULL);
  g_autofree char *backup = NULL;
  GStatBuf st;

  if (target == NULL)
    return;
  backup = g_strconcat (target, "~", NULL);
  if (g_lstat (backup, &st) != 0 || !S_ISREG (st.st_mode) || !holds_plain_text (backup))
    return;
  if (g_unlink (backup) != 0)
    g_warning ("could not remove the unprotected backup %s: %s", backup, g_strerror (errno));
}

/* Writes @bytes over @file through the safe writer, keeping the old version as “@file~”: a
 * failure at any step leaves the old file and its backup as they were. When @sealed (an
 * envelope), a plain old version is not kept: no backup then, and a plain one removed. */
static gboolean
write_bytes (GFile        *file,
             GBytes       *bytes,
             gboolean      sealed,
             GCancellable *cancellable,
             GError      **error)
{
  g_autofree char *path = g_file_get_path (file);
  CgOutputFlags flags = CG_OUTPUT_BACKUP | CG_OUTPUT_PRIVATE;
  GError *local_error = NULL;

  if (path == NULL)
    g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("workshops can only be saved in a folder on this computer"));
  else
    {
      if (sealed && holds_plain_text (path))
        flags &= ~CG_OUTPUT_BACKUP;
      if (cg_output_write_bytes (path, bytes, flags, cancellable, &local_error) && sealed)
        remove_plain_backup (path);
    }

  if (local_error != NULL)
    {
      propagate_file_error (error, local_error, file, TRUE);
      return FALSE;
    }
  return TRUE;
}

/* @bytes (taken), @workshop serialised for its file, unless the loader would refuse it: then
 * NULL, the bytes wiped, and "Could not save …" in @error. Else its ideas remember these as the
 * versions their file holds (cg-idea-versions.h): should the file then not be written, at worst
 * a later merge keeps two versions where it could have taken one. */
static GBytes *
check_bytes (CgWorkshop *workshop,
             GFile      *file,
             GBytes     *serialised,
             GError    **error)
{
  g_autoptr(GBytes) bytes = serialised;
  GError *local_error = NULL;

  if (!cg_workshop_check_savable (workshop, g_bytes_get_size (bytes), &local_error))
    {
      propagate_file_error (error, local_error, file, TRUE);
      cg_envelope_wipe_bytes (g_steal_pointer (&bytes));
      return NULL;
    }
  cg_idea_versions_saved_all (cg_workshop_get_ideas (workshop));
  return g_steal_pointer (&bytes);
}

/* Serialises @workshop, refusing one the loader would refuse. */
static GBytes *
dup_savable_bytes (CgWorkshop *workshop,
                   GFile      *file,
                   GError    **error)
{
  return check_bytes (workshop, file, cg_workshop_save_to_bytes (workshop), error);
}

/* Seals @plain (taking it, and wiping it) with @key; with no key, gives it back as it is. */
static GBytes *
seal_bytes (GBytes        *plain,
            CgEnvelopeKey *key,
            GFile         *file,
            GError       **error)
{
  GError *local_error = NULL;
  const char *data;
  GBytes *sealed;
  gsize length;

  if (key == NULL)
    return plain;

  data = g_bytes_get_data (plain, &length);
  sealed = cg_envelope_seal (key, data, length, &local_error);
  cg_envelope_wipe_bytes (plain);
  if (sealed == NULL)
    propagate_file_error (error, local_error, file, TRUE);
  return sealed;
}

gboolean
cg_workshop_save (CgWorkshop   *workshop,
                  GFile        *file,
                  GCancellable *cancellable,
                  GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  CgEnvelopeKey *key;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  key = cg_workshop_get_key (workshop);
  bytes = dup_savable_bytes (workshop, file, error);
  if (bytes != NULL)
    bytes = seal_bytes (bytes, key, file, error);
  if (bytes == NULL || !write_bytes (file, bytes, key != NULL, cancellable, error))
    return FALSE;

  cg_history_mark_clean (cg_workshop_get_history (workshop));
  return TRUE;
}

/* Loading in the background */

typedef struct
{
  GFile         *file;
  char          *passphrase;  /* locked memory, or NULL */
  gsize          passphrase_length;
  CgEnvelopeKey *key;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_object_unref (load->file);
  cg_envelope_secret_free (load->passphrase);
  g_clear_pointer (&load->key, cg_envelope_key_unref);
  g_free (load);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *load = task_data;
  GError *error = NULL;
  CgWorkshop *workshop;

  workshop = cg_workshop_load_protected (load->file, load->passphrase,
                                         (gssize) load->passphrase_length, load->key,
                                         cancellable, &error);
  if (workshop != NULL)
    g_task_return_pointer (task, workshop, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
cg_workshop_load_protected_async (GFile              *file,
                                  const char         *passphrase,
                                  gssize              passphrase_length,
                                  CgEnvelopeKey      *key,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *load;

  g_return_if_fail (G_IS_FILE (file));

  /* libxml2 wants to be set up on the main thread before any worker uses it. */
  xmlInitParser ();

  load = g_new0 (LoadData, 1);
  load->file = g_object_ref (file);
  if (passphrase != NULL)
    load->passphrase = cg_envelope_secret_dup (passphrase, passphrase_length,
                                               &load->passphrase_length);
  load->key = key != NULL ? cg_envelope_key_ref (key) : NULL;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cg_workshop_load_async);
  g_task_set_task_data (task, load, load_data_free);
  g_task_run_in_thread (task, load_thread);
}

void
cg_workshop_load_async (GFile              *file,
                        GCancellable       *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer            user_data)
{
  cg_workshop_load_protected_async (file, NULL, 0, NULL, cancellable, callback, user_data);
}

CgWorkshop *
cg_workshop_load_finish (GAsyncResult *result,
                         GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Saving in the background */

typedef struct
{
  GFile         *file;
  CgXmlWriter   *writer;  /* while the bytes are being written, on the main thread */
  guint          restarts;
  gint64         step_usec;  /* how long the next step may take */
  GBytes        *bytes;  /* plain: sealed on the worker when there is a key */
  CgEnvelopeKey *key;
  CgHistory     *history;
  gulong     changed_id;
  gboolean  *changed;  /* an atomic rc box, shared with the "changed" handler */
} SaveData;

/* How long one step of writing the bytes may hold the main thread: a frame has time left */
static gint64 save_step_usec = 8 * 1000;
/* ... and the first, taken at once: a small workshop is written before the call returns, as
 * before, and a large one adds little to what its caller did (a merge, say) before the frame */
#define SAVE_FIRST_STEP_USEC 1000

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_clear_signal_handler (&save->changed_id, save->history);
  g_atomic_rc_box_release (save->changed);
  g_object_unref (save->history);
  g_clear_pointer (&save->writer, cg_xml_writer_free);
  if (save->bytes != NULL)
    cg_envelope_wipe_bytes (g_steal_pointer (&save->bytes));
  g_clear_pointer (&save->key, cg_envelope_key_unref);
  g_object_unref (save->file);
  g_free (save);
}

static void
history_changed_cb (CgHistory *history,
                    gboolean  *changed)
{
  *changed = TRUE;
}

static void
release_changed (gpointer  changed,
                 GClosure *closure)
{
  g_atomic_rc_box_release (changed);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *save = task_data;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  bytes = seal_bytes (g_steal_pointer (&save->bytes), save->key, save->file, &error);
  if (bytes != NULL && write_bytes (save->file, bytes, save->key != NULL, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
cg_file_set_save_step_for_testing (gint64 usec)
{
  save_step_usec = usec;
}

gint64
cg_file_get_save_step (void)
{
  return save_step_usec;
}

/* The bytes are written in steps between frames; a change meanwhile starts them again (the
 * writer reads the workshop as it goes). Then they are checked, and sealed and written to the
 * file on a worker. */
static gboolean
save_step_cb (gpointer data)
{
  GTask *task = data;
  SaveData *save = g_task_get_task_data (task);
  CgWorkshop *workshop = g_task_get_source_object (task);
  GError *error = NULL;
  gboolean done;

  if (g_task_return_error_if_cancelled (task))
    return G_SOURCE_REMOVE;
  done = cg_xml_writer_step_again (&save->writer, &save->restarts, save->changed, workshop,
                                   save->step_usec);
  save->step_usec = save_step_usec;
  if (!done)
    return G_SOURCE_CONTINUE;

  save->bytes = check_bytes (workshop, save->file,
                             cg_xml_writer_finish (g_steal_pointer (&save->writer)), &error);
  if (save->bytes == NULL)
    {
      g_task_return_error (task, error);  /* refused before a byte is written */
      return G_SOURCE_REMOVE;
    }
  g_task_run_in_thread (task, save_thread);
  return G_SOURCE_REMOVE;
}

void
cg_workshop_save_async (CgWorkshop         *workshop,
                        GFile              *file,
                        GCancellable       *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer            user_data)
{
  GTask *task;
  SaveData *save;

  g_return_if_fail (CG_IS_WORKSHOP (workshop));
  g_return_if_fail (G_IS_FILE (file));

  save = g_new0 (SaveData, 1);
  save->file = g_object_ref (file);
  save->key = cg_workshop_get_key (workshop);
  if (save->key != NULL)
    cg_envelope_key_ref (save->key);
  save->history = g_object_ref (cg_workshop_get_history (workshop));
  save->changed = g_atomic_rc_box_new0 (gboolean);
  /* A change made while the bytes are written starts them again; one made while the file is
   * written is not in it: the document stays modified. */
  save->changed_id = g_signal_connect_data (save->history, "changed",
                                            G_CALLBACK (history_changed_cb),
                                            g_atomic_rc_box_acquire (save->changed),
                                            release_changed, 0);

  task = g_task_new (workshop, cancellable, callback, user_data);
  g_task_set_source_tag (task, cg_workshop_save_async);
  g_task_set_task_data (task, save, save_data_free);
  save->step_usec = MIN (SAVE_FIRST_STEP_USEC, save_step_usec);
  if (save_step_cb (task) == G_SOURCE_CONTINUE)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, save_step_cb, task, g_object_unref);
  else
    g_object_unref (task);
}

gboolean
cg_workshop_save_finish (CgWorkshop   *workshop,
                         GAsyncResult *result,
                         GError      **error)
{
  SaveData *save;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, workshop), FALSE);

  save = g_task_get_task_data (G_TASK (result));
  g_clear_signal_handler (&save->changed_id, save->history);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  if (!*save->changed)
    cg_history_mark_clean (save->history);

  return TRUE;
}
