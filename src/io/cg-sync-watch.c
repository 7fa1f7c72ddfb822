/* cg-sync-watch.c: noticing, in a synced folder, the saves of other laptops and the conflict
 * copies of the sync engine (see cg-sync-watch.h)
 *
 * How it tells an arrival from our own save. Every look reads the file and keeps the SHA-256
 * of what it read: contents already accounted for (the version opened, our own save, an
 * arrival handed out before) are never handed out again. Our own save is announced
 * (begin_write ... end_write) and changes meanwhile wait. The save ends with our writer
 * renaming its temporary file, ".syncthing.NAME.XXXXXX.part" (cg-output.h), over the file;
 * the folder's monitor names the file renamed from, and Syncthing's own temporary files are
 * ".syncthing.NAME.tmp", the Nextcloud client's ".NAME.~XXXX": so once our rename has been
 * seen and the folder has been quiet for a moment, the file is taken as ours, unless another
 * change came after our rename, which makes it anyone's (an arrival). Taking another laptop's
 * save for ours would hide its ideas from the next merges (see cg-sync-read.c), so in doubt
 * (a save that failed, a rename never seen) the file is looked at as anyone's: merging our own
 * save again changes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-sync"

#include "config.h"

#include <string.h>
#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <libxml/parser.h>

#include "io/cg-output.h"
#include "io/cg-sync-private.h"

#define DEFAULT_SETTLE_TIME 400      /* ms of quiet before a look */
#define MAX_SETTLE_WAIT (5 * G_USEC_PER_SEC)  /* a look however busy the folder stays */
#define WRITE_TIMEOUT 30             /* s: an own save not ended by then has failed */
#define RENAME_TIMEOUT 5             /* s: for its rename to be seen once it is done */
#define DEFAULT_POLL_INTERVAL 60     /* s: a look now and then, for a missed event */
#define LOOK_NICE 10                 /* the looks' thread's priority (see look_thread) */

struct _CgSyncWatch
{
  GObject        parent_instance;

  GFile         *file;
  char          *base;
  GFileMonitor  *monitor;
  GCancellable  *cancellable;
  CgEnvelopeKey *key;
  guint          settle_time;
  guint          poll_interval;

  guint          settle_id;
  guint          poll_id;
  guint          write_timeout_id;
  gint64         first_change;  /* monotonic time of the first change not looked at yet */
  gboolean       look_main;     /* changes waiting for a look */
  gboolean       look_copies;
  gboolean       main_is_own;   /* the next look at the file takes it as ours */
  gboolean       writing;       /* our own save of the file is under way */
  gboolean       written;       /* ... and done, waiting for its rename to be seen */
  gboolean       own_rename;    /* our writer's rename over the file was seen meanwhile */
  gboolean       foreign_after; /* and another change after it */
  gboolean       unsure;        /* a save of ours may be in the file but is not known: what
                                 * arrives next cannot be said to hold all we have */
  char          *own_key;       /* the file as our rename left it (cg_sync_file_key ()) */
  gboolean       looking;
  gboolean       busy;

  char          *known_hash;
  GHashTable    *known;         /* id -> fingerprint of the version last accounted for */
  GHashTable    *arrival_base;  /* while the file's arrival is handed out: the version it was
                                 * compared with (cg_sync_watch_idea_unchanged ()) */
  GHashTable    *done;          /* conflict copies dealt with, by stamp */
  GHashTable    *merged;        /* conflict copies merged, by contents (SHA-256) */
  GPtrArray     *to_move;       /* merged conflict copies to set aside */
  guint          n_events;
  guint          n_runs;
};

G_DEFINE_FINAL_TYPE (CgSyncWatch, cg_sync_watch, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_SETTLE_TIME,
  PROP_POLL_INTERVAL,
  PROP_BUSY,
  PROP_N_EVENTS,
  PROP_N_RUNS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ARRIVED,
  REFUSED,
  SET_ASIDE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_look   (CgSyncWatch *self);
static void finish_write (CgSyncWatch *self,
                          gboolean     own);

static void
update_busy (CgSyncWatch *self)
{
  gboolean busy = self->settle_id != 0 || self->looking || self->writing ||
                  self->to_move->len > 0;

  if (busy == self->busy)
    return;
  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static gboolean
settled_cb (gpointer user_data)
{
  CgSyncWatch *self = user_data;

  self->settle_id = 0;
  /* our writer's rename over the file, and quiet since: that was our save, unless something
   * else replaced the file after it */
  if (self->writing && self->own_rename)
    {
      finish_write (self, !self->foreign_after);
      return G_SOURCE_REMOVE;
    }
  start_look (self);
  update_busy (self);
  return G_SOURCE_REMOVE;
}

/* A look after @delay ms of quiet; each new change waits again, up to MAX_SETTLE_WAIT. */
static void
schedule_look (CgSyncWatch *self,
               guint        delay)
{
  gint64 now = g_get_monotonic_time ();

  if (self->settle_id == 0)
    self->first_change = now;
  else if (now - self->first_change < MAX_SETTLE_WAIT)
    g_clear_handle_id (&self->settle_id, g_source_remove);
  if (self->settle_id == 0)
    {
      self->settle_id = g_timeout_add (delay, settled_cb, self);
      g_source_set_name_by_id (self->settle_id, "[cg] sync settle");
    }
  update_busy (self);
}

static void
count_event (CgSyncWatch *self)
{
  self->n_events++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_EVENTS]);
}

/* Whether @name is a temporary file of our writer for the file (cg-output.h):
 * ".syncthing.BASE.XXXXXX.part". Syncthing's own are ".syncthing.BASE.tmp". */
static gboolean
is_our_temp_name (CgSyncWatch *self,
                  const char  *name)
{
  gsize prefix = strlen (CG_OUTPUT_TEMP_PREFIX) + strlen (self->base) + 1;
  gsize length = strlen (name);

  return g_str_has_prefix (name, CG_OUTPUT_TEMP_PREFIX) &&
         strncmp (name + strlen (CG_OUTPUT_TEMP_PREFIX), self->base, strlen (self->base)) == 0 &&
         name[prefix - 1] == '.' && g_str_has_suffix (name, CG_OUTPUT_TEMP_SUFFIX) &&
         length == prefix + 6 + strlen (CG_OUTPUT_TEMP_SUFFIX);
}

/* While we write the file: is this change our writer's rename (from @renamed_from), or
 * someone else's? Only a file that was ours last is taken as ours. */
static void
note_change_while_writing (CgSyncWatch *self,
                           GFile       *renamed_from)
{
  g_autofree char *from = renamed_from != NULL ? g_file_get_basename (renamed_from) : NULL;

  /* (one save renames once: a second rename of our writer's is another program's) */
  if (from != NULL && is_our_temp_name (self, from) && !self->own_rename)
    {
      g_autofree char *path = g_file_get_path (self->file);

      self->own_rename = TRUE;
      g_free (self->own_key);
      self->own_key = cg_sync_file_key (path);
    }
  else
    {
      self->foreign_after = TRUE;
    }
}

static void
monitor_changed_cb (GFileMonitor      *monitor,
                    GFile             *child,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    CgSyncWatch       *self)
{
  GFile *files[2] = { child, event == G_FILE_MONITOR_EVENT_RENAMED ? other : NULL };

  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED ||
      event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT || event == G_FILE_MONITOR_EVENT_UNMOUNTED)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *name = files[i] != NULL ? g_file_get_basename (files[i]) : NULL;

      if (name == NULL)
        continue;
      if (g_str_equal (name, self->base))
        {
          /* (its going away leaves nothing to merge) */
          if (event == G_FILE_MONITOR_EVENT_DELETED ||
              (event == G_FILE_MONITOR_EVENT_RENAMED && i == 0) ||
              event == G_FILE_MONITOR_EVENT_MOVED_OUT)
            continue;
          self->look_main = TRUE;
          if (self->writing)
            note_change_while_writing (self, event == G_FILE_MONITOR_EVENT_RENAMED ? child : NULL);
        }
      else if (cg_sync_conflict_copy_engine (self->base, name) != CG_SYNC_ENGINE_NONE)
        {
          if (event == G_FILE_MONITOR_EVENT_DELETED ||
              event == G_FILE_MONITOR_EVENT_MOVED_OUT)
            continue;
          self->look_copies = TRUE;
        }
      else
        {
          continue;
        }
      count_event (self);
      schedule_look (self, self->settle_time);
    }
}

static gboolean
poll_cb (gpointer user_data)
{
  CgSyncWatch *self = user_data;

  if (self->settle_id == 0 && !self->looking)
    cg_sync_watch_check (self);
  return G_SOURCE_CONTINUE;
}

/* Looks */

static void
emit_refused (CgSyncWatch *self,
              GFile       *file,
              GError      *error)
{
  g_debug ("Not merged: %s", error->message);
  g_signal_emit (self, signals[REFUSED], 0, file, error);
}

static void
take_main (CgSyncWatch *self,
           CgSyncLook  *look)
{
  CgSyncArrivalFlags flags = CG_SYNC_ARRIVAL_NONE;
  gboolean merged = FALSE;

  if (look->not_own)
    self->unsure = TRUE;
  if (!look->main_changed)
    return;
  g_free (self->known_hash);
  self->known_hash = g_strdup (look->hash);
  if (look->main_error != NULL)
    {
      emit_refused (self, self->file, look->main_error);
      return;
    }
  if (look->fingerprints == NULL)
    return;
  g_clear_pointer (&self->known, g_hash_table_unref);
  self->known = g_hash_table_ref (look->fingerprints);
  if (look->changes == NULL)
    {
      self->unsure = FALSE;
      return;  /* our own save, or what was opened */
    }

  if (look->holds_all && !self->unsure)
    flags |= CG_SYNC_ARRIVAL_HOLDS_ALL;
  self->unsure = FALSE;
  self->arrival_base = look->known;
  g_signal_emit (self, signals[ARRIVED], 0, look->changes, self->file, flags, &merged);
  self->arrival_base = NULL;
}

static void
take_copies (CgSyncWatch *self,
             CgSyncLook  *look)
{
  for (guint i = 0; i < look->copies->len; i++)
    {
      CgSyncCopy *copy = look->copies->pdata[i];
      gboolean merged = FALSE;

      if (copy->error != NULL)
        {
          g_hash_table_add (self->done, g_strdup (copy->stamp));
          emit_refused (self, copy->file, copy->error);
          continue;
        }
      if (copy->seen)
        {
          g_ptr_array_add (self->to_move, g_object_ref (copy->file));
          continue;
        }
      g_signal_emit (self, signals[ARRIVED], 0, copy->changes, copy->file,
                     CG_SYNC_ARRIVAL_CONFLICT_COPY, &merged);
      if (merged && copy->hash != NULL)
        g_hash_table_add (self->merged, g_strdup (copy->hash));
      if (merged)
        g_ptr_array_add (self->to_move, g_object_ref (copy->file));
      else
        g_hash_table_add (self->done, g_strdup (copy->stamp));
    }
}

static void
take_moves (CgSyncWatch *self,
            CgSyncLook  *look)
{
  for (guint i = 0; i + 1 < look->moved->len; i += 2)
    g_signal_emit (self, signals[SET_ASIDE], 0, look->moved->pdata[i], look->moved->pdata[i + 1]);
  for (guint i = 0; i < look->move_errors->len; i++)
    {
      CgSyncCopy *copy = look->move_errors->pdata[i];

      if (copy->stamp != NULL)
        g_hash_table_add (self->done, g_strdup (copy->stamp));
      emit_refused (self, copy->file, copy->error);
    }
}

/* A set of strings of its own, for a look (the watch's sets change while it runs). */
static GHashTable *
copy_set (GHashTable *set)
{
  GHashTable *copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer member;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &member, NULL))
    g_hash_table_add (copy, g_strdup (member));
  return copy;
}

static void
look_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  /* (held until the end: the handlers may let go of it) */
  g_autoptr(CgSyncWatch) self = user_data;
  CgSyncLook *look = g_task_get_task_data (G_TASK (result));

  self->looking = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), NULL) ||
      g_cancellable_is_cancelled (self->cancellable))
    return;

  if (look->unsettled)
    {
      /* the file was being written while read: look again once it is quiet */
      self->look_main = TRUE;
      self->main_is_own |= look->main_is_own;
      if (self->own_key == NULL)
        self->own_key = g_steal_pointer (&look->own_key);
      schedule_look (self, self->settle_time);
    }
  else
    {
      take_main (self, look);
    }
  take_moves (self, look);
  take_copies (self, look);
  if (look->copies_unsettled)
    {
      self->look_copies = TRUE;
      schedule_look (self, self->settle_time);
    }
  else if (look->more_copies)
    {
      self->look_copies = TRUE;
      schedule_look (self, 0);
    }
  self->n_runs++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RUNS]);

  if (self->settle_id == 0 && (self->to_move->len > 0 || self->look_main || self->look_copies))
    start_look (self);
  update_busy (self);
}

/* A look runs in a thread of its own, at a lower priority (nice 10): reading and comparing a
 * large workshop takes a core for a few hundred milliseconds, and the board's frames come
 * first. (Not in GIO's shared pool, whose threads would keep the lower priority.) */
static gpointer
look_thread (gpointer data)
{
  GTask *task = data;

#ifdef __linux__
  setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), LOOK_NICE);
#endif
  if (!g_task_return_error_if_cancelled (task))
    {
      cg_sync_look_run (g_task_get_task_data (task), g_task_get_cancellable (task));
      g_task_return_boolean (task, TRUE);
    }
  g_object_unref (task);
  return NULL;
}

static void
start_look (CgSyncWatch *self)
{
  g_autoptr(GTask) task = NULL;
  CgSyncLook *look;

  if (self->looking || self->writing ||
      !(self->look_main || self->look_copies || self->to_move->len > 0))
    return;

  look = cg_sync_look_new ();
  look->file = g_object_ref (self->file);
  look->key = self->key != NULL ? cg_envelope_key_ref (self->key) : NULL;
  look->known_hash = g_strdup (self->known_hash);
  look->known = self->known != NULL ? g_hash_table_ref (self->known) : NULL;
  /* (copies: the look gets tables of its own, as these change while it runs) */
  look->done = copy_set (self->done);
  look->merged = copy_set (self->merged);
  look->to_move = g_steal_pointer (&self->to_move);
  self->to_move = g_ptr_array_new_with_free_func (g_object_unref);
  look->look_main = self->look_main;
  look->main_is_own = self->main_is_own;
  look->own_key = g_steal_pointer (&self->own_key);
  look->look_copies = self->look_copies;
  self->look_main = self->look_copies = self->main_is_own = FALSE;

  /* libxml2 wants to be set up on the main thread before any worker uses it */
  xmlInitParser ();
  self->looking = TRUE;
  /* (no source object: the worker may drop the task after the callback, and the watcher is
   * let go of here, on the main thread) */
  task = g_task_new (NULL, self->cancellable, look_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, start_look);
  g_task_set_task_data (task, look, (GDestroyNotify) cg_sync_look_free);
  g_thread_unref (g_thread_new ("cg-sync-look", look_thread, g_steal_pointer (&task)));
  update_busy (self);
}

/* GObject */

static void
cg_sync_watch_constructed (GObject *object)
{
  CgSyncWatch *self = CG_SYNC_WATCH (object);
  g_autoptr(GFile) folder = g_file_get_parent (self->file);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (cg_sync_watch_parent_class)->constructed (object);

  self->base = g_file_get_basename (self->file);
  if (folder != NULL)
    self->monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES,
                                              self->cancellable, &error);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self, 0);
  else
    g_debug ("Not watching the folder of %s: %s", self->base,
             error != NULL ? error->message : "no folder");
  if (self->poll_interval > 0)
    {
      self->poll_id = g_timeout_add_seconds (self->poll_interval, poll_cb, self);
      g_source_set_name_by_id (self->poll_id, "[cg] sync poll");
    }

  /* what is there now is what the window opened; copies already there are looked at */
  self->look_main = self->main_is_own = self->look_copies = TRUE;
  schedule_look (self, 0);
}

static void
cg_sync_watch_dispose (GObject *object)
{
  CgSyncWatch *self = CG_SYNC_WATCH (object);

  g_cancellable_cancel (self->cancellable);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
    }
  g_clear_object (&self->monitor);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  g_clear_handle_id (&self->poll_id, g_source_remove);
  g_clear_handle_id (&self->write_timeout_id, g_source_remove);

  G_OBJECT_CLASS (cg_sync_watch_parent_class)->dispose (object);
}

static void
cg_sync_watch_finalize (GObject *object)
{
  CgSyncWatch *self = CG_SYNC_WATCH (object);

  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->key, cg_envelope_key_unref);
  g_free (self->base);
  g_free (self->known_hash);
  g_free (self->own_key);
  g_clear_pointer (&self->known, g_hash_table_unref);
  g_hash_table_unref (self->done);
  g_hash_table_unref (self->merged);
  g_ptr_array_unref (self->to_move);

  G_OBJECT_CLASS (cg_sync_watch_parent_class)->finalize (object);
}

static void
cg_sync_watch_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CgSyncWatch *self = CG_SYNC_WATCH (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_SETTLE_TIME:
      g_value_set_uint (value, self->settle_time);
      break;

    case PROP_POLL_INTERVAL:
      g_value_set_uint (value, self->poll_interval);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    case PROP_N_EVENTS:
      g_value_set_uint (value, self->n_events);
      break;

    case PROP_N_RUNS:
      g_value_set_uint (value, self->n_runs);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_sync_watch_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CgSyncWatch *self = CG_SYNC_WATCH (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;

    case PROP_SETTLE_TIME:
      if (self->settle_time != g_value_get_uint (value))
        {
          self->settle_time = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_POLL_INTERVAL:
      self->poll_interval = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_sync_watch_class_init (CgSyncWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cg_sync_watch_constructed;
  object_class->dispose = cg_sync_watch_dispose;
  object_class->finalize = cg_sync_watch_finalize;
  object_class->get_property = cg_sync_watch_get_property;
  object_class->set_property = cg_sync_watch_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTLE_TIME] =
    g_param_spec_uint ("settle-time", NULL, NULL, 0, 60000, DEFAULT_SETTLE_TIME,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);
  /* (0: none) */
  properties[PROP_POLL_INTERVAL] =
    g_param_spec_uint ("poll-interval", NULL, NULL, 0, 3600, DEFAULT_POLL_INTERVAL,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_EVENTS] =
    g_param_spec_uint ("n-events", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_RUNS] =
    g_param_spec_uint ("n-runs", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ARRIVED] = g_signal_new ("arrived", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   g_signal_accumulator_true_handled, NULL, NULL,
                                   G_TYPE_BOOLEAN, 3, CG_TYPE_WORKSHOP, G_TYPE_FILE, G_TYPE_UINT);
  signals[REFUSED] = g_signal_new ("refused", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_FILE, G_TYPE_ERROR);
  signals[SET_ASIDE] = g_signal_new ("set-aside", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_FILE,
                                     G_TYPE_FILE);
}

static void
cg_sync_watch_init (CgSyncWatch *self)
{
  self->cancellable = g_cancellable_new ();
  self->done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->merged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->to_move = g_ptr_array_new_with_free_func (g_object_unref);
}

CgSyncWatch *
cg_sync_watch_new (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (CG_TYPE_SYNC_WATCH, "file", file, NULL);
}

GFile *
cg_sync_watch_get_file (CgSyncWatch *self)
{
  g_return_val_if_fail (CG_IS_SYNC_WATCH (self), NULL);
  return self->file;
}

void
cg_sync_watch_set_key (CgSyncWatch   *self,
                       CgEnvelopeKey *key)
{
  g_return_if_fail (CG_IS_SYNC_WATCH (self));

  if (key == self->key)
    return;
  if (key != NULL)
    cg_envelope_key_ref (key);
  g_clear_pointer (&self->key, cg_envelope_key_unref);
  self->key = key;
}

/* Our save is over: the next look at the file takes it as ours when @own (our rename was the
 * last change seen), else as anyone's. */
static void
finish_write (CgSyncWatch *self,
              gboolean     own)
{
  if (!self->writing)
    return;
  self->writing = self->written = self->own_rename = self->foreign_after = FALSE;
  g_clear_handle_id (&self->write_timeout_id, g_source_remove);
  self->look_main = TRUE;
  self->main_is_own |= own;
  self->unsure |= !own;
  if (!own)
    g_clear_pointer (&self->own_key, g_free);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  start_look (self);
  update_busy (self);
}

static gboolean
write_timeout_cb (gpointer user_data)
{
  CgSyncWatch *self = user_data;

  self->write_timeout_id = 0;
  g_debug ("Our save of %s was not seen to end; the file is looked at as anyone's",
           self->base);
  finish_write (self, FALSE);
  return G_SOURCE_REMOVE;
}

static void
set_write_timeout (CgSyncWatch *self,
                   guint        seconds)
{
  g_clear_handle_id (&self->write_timeout_id, g_source_remove);
  self->write_timeout_id = g_timeout_add_seconds (seconds, write_timeout_cb, self);
  g_source_set_name_by_id (self->write_timeout_id, "[cg] sync write");
}

void
cg_sync_watch_begin_write (CgSyncWatch *self)
{
  g_return_if_fail (CG_IS_SYNC_WATCH (self));

  self->writing = TRUE;
  self->written = self->own_rename = self->foreign_after = FALSE;
  g_clear_pointer (&self->own_key, g_free);
  set_write_timeout (self, WRITE_TIMEOUT);
  update_busy (self);
}

void
cg_sync_watch_end_write (CgSyncWatch *self,
                         gboolean     written)
{
  g_return_if_fail (CG_IS_SYNC_WATCH (self));

  if (!self->writing)
    return;
  if (!written)
    {
      /* nothing of ours is in the file: what changed meanwhile is anyone's */
      finish_write (self, FALSE);
      return;
    }
  /* done: once its rename has been seen and the folder is quiet, the file is ours (see
   * settled_cb), unless something else replaced it after */
  self->written = TRUE;
  if (self->own_rename && self->settle_id == 0)
    finish_write (self, !self->foreign_after);
  else
    set_write_timeout (self, RENAME_TIMEOUT);
}

void
cg_sync_watch_check (CgSyncWatch *self)
{
  g_return_if_fail (CG_IS_SYNC_WATCH (self));

  self->look_main = self->look_copies = TRUE;
  schedule_look (self, 0);
}

gboolean
cg_sync_watch_idea_unchanged (CgIdea   *idea,
                              gpointer  watch)
{
  CgSyncWatch *self = watch;
  g_autofree char *fingerprint = NULL;
  const char *before;

  g_return_val_if_fail (CG_IS_IDEA (idea), FALSE);
  g_return_val_if_fail (CG_IS_SYNC_WATCH (self), FALSE);

  if (self->arrival_base == NULL)
    return FALSE;
  before = g_hash_table_lookup (self->arrival_base, cg_object_get_id (CG_OBJECT (idea)));
  if (before == NULL)
    return FALSE;
  fingerprint = cg_sync_fingerprint_object (G_OBJECT (idea));
  return g_str_equal (fingerprint, before);
}

gboolean
cg_sync_watch_get_busy (CgSyncWatch *self)
{
  g_return_val_if_fail (CG_IS_SYNC_WATCH (self), FALSE);
  return self->busy;
}

guint
cg_sync_watch_get_n_events (CgSyncWatch *self)
{
  g_return_val_if_fail (CG_IS_SYNC_WATCH (self), 0);
  return self->n_events;
}

guint
cg_sync_watch_get_n_runs (CgSyncWatch *self)
{
  g_return_val_if_fail (CG_IS_SYNC_WATCH (self), 0);
  return self->n_runs;
}

CgSyncAfterMerge
cg_sync_after_merge (gboolean            was_modified,
                     const CgArrival    *arrival,
                     CgSyncArrivalFlags  flags)
{
  gboolean changed = arrival != NULL && cg_arrival_get_changed (arrival);

  if (was_modified)
    return CG_SYNC_KEEP;
  if (flags & CG_SYNC_ARRIVAL_CONFLICT_COPY)
    return changed ? CG_SYNC_SAVE : CG_SYNC_KEEP;
  if (!(flags & CG_SYNC_ARRIVAL_HOLDS_ALL) ||
      (arrival != NULL && cg_arrival_get_n_conflicts (arrival) > 0))
    return CG_SYNC_SAVE;
  return changed ? CG_SYNC_MARK_SAVED : CG_SYNC_KEEP;
}
