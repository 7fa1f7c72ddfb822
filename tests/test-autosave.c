/* test-autosave.c: the autosave timer, the copy and its sidecar, write failures, the recovery
 * list, recovering, and a real crash (a child process killed with SIGKILL)
 *
 * The interval is 1 s. g_timeout_add_seconds () rounds its first expiry to a whole second of
 * the session's own phase, so a 1 s timer fires between 0.75 s and 1.75 s after it starts; the
 * bounds below allow for that and a little load.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include "cg-test-util.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "io/cg-autosave.h"
#include "io/cg-io.h"
#include "io/cg-xml-writer.h"

#define INTERVAL 1
/* The latest a 1 s timer may fire, with room for a loaded machine. */
#define LATEST_WRITE (2 * G_USEC_PER_SEC + G_USEC_PER_SEC / 4)

static const char *self_exe;

typedef struct
{
  char       *tmp;
  char       *dir;           /* tmp/autosave: not there until the first write */
  CgWorkshop *workshop;
  CgAutosave *autosave;
  char       *copy_path;
  char       *sidecar_path;
  GMainLoop  *loop;
  guint       n_written;
  guint       n_failed;
  gint64      first_written;  /* monotonic time of the first ::written */
  char       *failed_message;
} Fixture;

static char *
dup_copy_path (const char *dir,
               CgWorkshop *workshop,
               const char *extension)
{
  g_autofree char *name = g_strconcat (cg_object_get_id (CG_OBJECT (workshop)), extension, NULL);

  return g_build_filename (dir, name, NULL);
}

static void
written_cb (CgAutosave *autosave,
            Fixture    *fixture)
{
  if (fixture->n_written++ == 0)
    fixture->first_written = g_get_monotonic_time ();
  g_main_loop_quit (fixture->loop);
}

static void
failed_cb (CgAutosave *autosave,
           const char *message,
           Fixture    *fixture)
{
  fixture->n_failed++;
  g_free (fixture->failed_message);
  fixture->failed_message = g_strdup (message);
  g_main_loop_quit (fixture->loop);
}

static CgAutosave *
watch (Fixture    *fixture,
       CgWorkshop *workshop,
       GFile      *file)
{
  CgAutosave *autosave = cg_autosave_new (workshop, file, fixture->dir, INTERVAL);

  g_signal_connect (autosave, "written", G_CALLBACK (written_cb), fixture);
  g_signal_connect (autosave, "failed", G_CALLBACK (failed_cb), fixture);
  return autosave;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgIdea) idea = cg_idea_new ("Being believed the first time I call.");

  fixture->tmp = g_dir_make_tmp ("cg-test-autosave-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->dir = g_build_filename (fixture->tmp, "autosave", NULL);
  fixture->loop = g_main_loop_new (NULL, FALSE);

  fixture->workshop = cg_workshop_new ("Crisis line");
  cg_workshop_add (fixture->workshop, idea);
  cg_history_mark_clean (cg_workshop_get_history (fixture->workshop));
  fixture->copy_path = dup_copy_path (fixture->dir, fixture->workshop, ".cgw");
  fixture->sidecar_path = dup_copy_path (fixture->dir, fixture->workshop, ".ini");
  fixture->autosave = watch (fixture, fixture->workshop, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->autosave);
  g_clear_object (&fixture->workshop);
  cg_test_remove_tree (fixture->tmp);
  g_main_loop_unref (fixture->loop);
  g_free (fixture->failed_message);
  g_free (fixture->copy_path);
  g_free (fixture->sidecar_path);
  g_free (fixture->dir);
  g_free (fixture->tmp);
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @msec, or until ::written or ::failed if @until_signal. */
static void
run (Fixture *fixture,
     guint    msec,
     gboolean until_signal)
{
  guint n_signals = fixture->n_written + fixture->n_failed;
  gint64 deadline = g_get_monotonic_time () + msec * (G_USEC_PER_SEC / 1000);
  gint64 left;

  while ((left = deadline - g_get_monotonic_time ()) > 0)
    {
      guint id = g_timeout_add (left / 1000 + 1, quit_cb, fixture->loop);

      g_main_loop_run (fixture->loop);
      if (g_main_context_find_source_by_id (NULL, id) == NULL)
        return;  /* the time is up */
      g_source_remove (id);
      if (until_signal && fixture->n_written + fixture->n_failed != n_signals)
        return;
    }
}

static CgWorkshop *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CgWorkshop *workshop = cg_workshop_load (file, NULL, &error);

  g_assert_no_error (error);
  return workshop;
}

static char *
read_sidecar (const char *path,
              const char *key)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  g_key_file_load_from_file (keys, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  return g_key_file_get_string (keys, "Autosave", key, NULL);
}

static void
test_change_written (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(CgWorkshop) copy = NULL;
  g_autofree char *title = NULL;
  gint64 changed;

  g_assert_false (g_file_test (fixture->copy_path, G_FILE_TEST_EXISTS));

  changed = g_get_monotonic_time ();
  cg_workshop_set_title (fixture->workshop, "Crisis line: what helps");
  run (fixture, 3000, TRUE);

  g_assert_cmpuint (fixture->n_written, ==, 1);
  g_assert_cmpint (fixture->first_written - changed, <=, LATEST_WRITE);
  g_assert_null (cg_autosave_get_last_error (fixture->autosave));

  copy = load (fixture->copy_path);
  g_assert_cmpstr (cg_workshop_get_title (copy), ==, "Crisis line: what helps");
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (copy)), ==, 1);
  title = read_sidecar (fixture->sidecar_path, "title");
  g_assert_cmpstr (title, ==, "Crisis line: what helps");

  /* The workshop is still unsaved. */
  g_assert_true (cg_history_get_modified (cg_workshop_get_history (fixture->workshop)));

  /* Once written, nothing more is written until the next change. */
  run (fixture, 1900, FALSE);
  g_assert_cmpuint (fixture->n_written, ==, 1);
}

static void
test_unmodified (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CgWorkshop) saved = cg_workshop_new ("Saved meanwhile");
  g_autoptr(CgWorkshop) dropped = cg_workshop_new ("Window closed");
  g_autoptr(CgAutosave) saved_autosave = watch (fixture, saved, NULL);
  CgAutosave *dropped_autosave = watch (fixture, dropped, NULL);
  CgHistory *history = cg_workshop_get_history (fixture->workshop);
  g_autoptr(GError) error = NULL;

  /* Nothing changed at all. */
  g_assert_true (cg_autosave_flush (fixture->autosave, &error));
  g_assert_no_error (error);

  /* A change undone: the timer starts, but there is nothing to keep. */
  cg_workshop_set_title (fixture->workshop, "Typo");
  cg_history_undo (history);
  g_assert_false (cg_history_get_modified (history));

  /* Saved before the timer fires. */
  cg_workshop_set_title (saved, "Saved meanwhile, renamed");
  cg_history_mark_clean (cg_workshop_get_history (saved));

  /* Changed, then its autosave goes away: the timer goes with it. */
  cg_workshop_set_title (dropped, "Window closed, renamed");
  g_object_unref (dropped_autosave);

  run (fixture, 2200, FALSE);
  g_assert_cmpuint (fixture->n_written, ==, 0);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  g_assert_false (g_file_test (fixture->dir, G_FILE_TEST_EXISTS));
}

static gboolean
change_cb (gpointer data)
{
  Fixture *fixture = data;
  static guint n = 0;
  g_autofree char *title = g_strdup_printf ("Draft %u", ++n);

  cg_workshop_set_title (fixture->workshop, title);
  return n < 15 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
test_not_postponed (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CgWorkshop) copy = NULL;
  gint64 start = g_get_monotonic_time ();

  /* A change every 200 ms for 3 s. Were the timer restarted by each change, nothing would be
   * written until 1 s after the last one, 4 s from now. */
  change_cb (fixture);
  g_timeout_add (200, change_cb, fixture);

  run (fixture, 3000, FALSE);
  g_assert_cmpuint (fixture->n_written, >=, 1);
  g_assert_cmpint (fixture->first_written - start, <=, LATEST_WRITE);
  g_assert_cmpuint (fixture->n_written, >=, 2);

  /* The last change is written too. */
  run (fixture, 2500, FALSE);
  copy = load (fixture->copy_path);
  g_assert_cmpstr (cg_workshop_get_title (copy), ==, "Draft 15");
  g_assert_cmpstr (cg_workshop_get_title (copy), ==, cg_workshop_get_title (fixture->workshop));
}

/* Enough ideas that the copy's bytes take several steps, each as short as it can be. */
static void
make_steps_many (Fixture *fixture)
{
  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *text = g_strdup_printf ("Said in the room, %u", i);

      cg_test_add (fixture->workshop, cg_idea_new (text));
    }
  cg_history_mark_clean (cg_workshop_get_history (fixture->workshop));
  cg_file_set_save_step_for_testing (0);
}

/* Runs the main loop until the timer's write is under way; how many turns of it that took. */
static void
run_until_busy (Fixture *fixture)
{
  gint64 deadline = g_get_monotonic_time () + LATEST_WRITE;

  while (!cg_autosave_get_busy (fixture->autosave))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* The timer's write takes turns with the main loop (its bytes in steps, the file written by a
 * worker thread), and a change made between its steps is in the copy it writes. */
static void
test_in_steps (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(CgWorkshop) copy = NULL;
  guint turns = 0;

  make_steps_many (fixture);
  cg_workshop_set_title (fixture->workshop, "First title");
  run_until_busy (fixture);
  g_assert_cmpuint (fixture->n_written, ==, 0);
  g_main_context_iteration (NULL, FALSE);
  cg_workshop_set_title (fixture->workshop, "Changed while the copy was being made");
  while (cg_autosave_get_busy (fixture->autosave))
    {
      g_main_context_iteration (NULL, TRUE);
      turns++;
    }
  /* (the written signal itself comes on the last turn) */
  g_assert_cmpuint (turns, >, 3);
  g_assert_cmpuint (fixture->n_written, ==, 1);
  copy = load (fixture->copy_path);
  g_assert_cmpstr (cg_workshop_get_title (copy), ==, "Changed while the copy was being made");
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (copy)), ==, 401);
  cg_file_set_save_step_for_testing (8 * 1000);
}

/* A flush, or a discard, while the timer's write is under way: the flush's copy is the one on
 * disk at the end, and after a discard none is, whatever the worker does after. */
static void
test_while_busy (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CgWorkshop) copy = NULL;
  g_autoptr(GError) error = NULL;

  make_steps_many (fixture);
  cg_workshop_set_title (fixture->workshop, "Being written");
  cg_file_set_save_step_for_testing (8 * 1000);
  run_until_busy (fixture);
  /* one step makes these bytes: most likely the worker is writing them now */
  g_main_context_iteration (NULL, FALSE);
  cg_workshop_set_title (fixture->workshop, "Flushed");
  g_assert_true (cg_autosave_flush (fixture->autosave, &error));
  g_assert_no_error (error);
  while (cg_autosave_get_busy (fixture->autosave))
    g_main_context_iteration (NULL, TRUE);
  copy = load (fixture->copy_path);
  g_assert_cmpstr (cg_workshop_get_title (copy), ==, "Flushed");

  cg_workshop_set_title (fixture->workshop, "Being written, then discarded");
  cg_file_set_save_step_for_testing (0);
  run_until_busy (fixture);
  cg_autosave_discard (fixture->autosave);
  while (cg_autosave_get_busy (fixture->autosave))
    g_main_context_iteration (NULL, TRUE);
  run (fixture, 300, FALSE);
  g_assert_false (g_file_test (fixture->copy_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (fixture->sidecar_path, G_FILE_TEST_EXISTS));
  cg_file_set_save_step_for_testing (8 * 1000);
}

static void
test_discard (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  cg_workshop_set_title (fixture->workshop, "Closing without saving");
  g_assert_true (cg_autosave_flush (fixture->autosave, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_written, ==, 1);
  g_assert_true (g_file_test (fixture->copy_path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (fixture->sidecar_path, G_FILE_TEST_IS_REGULAR));

  /* Going away is not discarding: a crash must leave the copy. */
  g_clear_object (&fixture->autosave);
  g_assert_true (g_file_test (fixture->copy_path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (fixture->sidecar_path, G_FILE_TEST_IS_REGULAR));

  /* A new session on the same workshop discards it, timer and all. */
  fixture->autosave = watch (fixture, fixture->workshop, NULL);
  cg_workshop_set_title (fixture->workshop, "Closing without saving, really");
  cg_autosave_discard (fixture->autosave);
  g_assert_false (g_file_test (fixture->copy_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (fixture->sidecar_path, G_FILE_TEST_EXISTS));

  run (fixture, 1900, FALSE);
  g_assert_cmpuint (fixture->n_written, ==, 1);
  g_assert_false (g_file_test (fixture->copy_path, G_FILE_TEST_EXISTS));
}

static void
set_age (const char *path,
         int         age)
{
  struct utimbuf times;

  times.actime = times.modtime = time (NULL) - age;
  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

/* Writes a copy of a new workshop called @title and dates it @age seconds ago. */
static char *
write_copy (Fixture    *fixture,
            const char *title,
            GFile      *file,
            int         age)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new (title);
  g_autoptr(CgIdea) idea = cg_idea_new (title);
  g_autoptr(CgAutosave) autosave = watch (fixture, workshop, file);
  g_autoptr(GError) error = NULL;
  char *path = dup_copy_path (fixture->dir, workshop, ".cgw");

  cg_workshop_add (workshop, idea);
  g_assert_true (cg_autosave_flush (autosave, &error));
  g_assert_no_error (error);
  set_age (path, age);
  return path;
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GFile) original = g_file_new_for_path ("/nowhere/middle.cgw");
  g_autofree char *oldest = write_copy (fixture, "Oldest", NULL, 300);
  g_autofree char *middle = write_copy (fixture, "Middle", original, 200);
  g_autofree char *newest = write_copy (fixture, "Newest", NULL, 100);
  g_autofree char *damaged = g_build_filename (fixture->dir, "damaged.cgw", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "folder.cgw", NULL);
  g_autofree char *notes = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_autofree char *default_dir = cg_autosave_dup_default_dir ();
  g_autofree char *missing = g_build_filename (fixture->tmp, "missing", NULL);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GError) error = NULL;
  const CgRecoverable *item;

  /* A damaged copy without its sidecar, between middle and newest. */
  g_file_set_contents (damaged, "<workshop xmlns=\"urn:commonground:workshop:1\" vers", -1,
                       &error);
  g_assert_no_error (error);
  set_age (damaged, 150);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_file_set_contents (notes, "not a copy", -1, &error);
  g_assert_no_error (error);

  items = cg_autosave_list_recoverable (fixture->dir);
  g_assert_cmpuint (items->len, ==, 4);

  item = g_ptr_array_index (items, 0);
  g_assert_cmpstr (item->path, ==, newest);
  g_assert_cmpstr (item->title, ==, "Newest");
  g_assert_null (item->file_uri);

  item = g_ptr_array_index (items, 1);
  g_assert_cmpstr (item->path, ==, damaged);
  g_assert_cmpstr (item->title, ==, "damaged");
  g_assert_null (item->file_uri);
  g_assert_cmpint (g_date_time_to_unix (item->modified), <=, time (NULL) - 150);

  item = g_ptr_array_index (items, 2);
  g_assert_cmpstr (item->path, ==, middle);
  g_assert_cmpstr (item->title, ==, "Middle");
  g_assert_cmpstr (item->file_uri, ==, "file:///nowhere/middle.cgw");

  item = g_ptr_array_index (items, 3);
  g_assert_cmpstr (item->path, ==, oldest);
  g_assert_cmpstr (item->title, ==, "Oldest");

  for (guint i = 1; i < items->len; i++)
    {
      const CgRecoverable *newer = g_ptr_array_index (items, i - 1);

      item = g_ptr_array_index (items, i);
      g_assert_cmpint (g_date_time_compare (newer->modified, item->modified), >, 0);
    }

  none = cg_autosave_list_recoverable (missing);
  g_assert_nonnull (none);
  g_assert_cmpuint (none->len, ==, 0);

  g_assert_true (g_str_has_suffix (default_dir, "/org.commonground.CommonGround/autosave"));
  g_assert_true (g_str_has_prefix (default_dir, g_get_user_data_dir ()));
}

static void
test_recover (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *original_path = g_build_filename (fixture->tmp, "original.cgw", NULL);
  g_autofree char *damaged = g_build_filename (fixture->dir, "damaged.cgw", NULL);
  g_autoptr(GFile) original = g_file_new_for_path (original_path);
  g_autoptr(CgIdea) idea = cg_idea_new ("Call back when you say you will.");
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(CgWorkshop) recovered = NULL;
  g_autoptr(CgWorkshop) failed = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) no_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgIdea) second = NULL;
  CgRecoverable *item = NULL;
  CgHistory *history;

  cg_workshop_set_title (fixture->workshop, "Crisis line, recovered");
  cg_workshop_add (fixture->workshop, idea);
  g_assert_true (cg_autosave_flush (fixture->autosave, &error));
  g_assert_no_error (error);

  /* Saved as, with the copy still there: the sidecar follows. */
  cg_autosave_set_file (fixture->autosave, original);

  items = cg_autosave_list_recoverable (fixture->dir);
  g_assert_cmpuint (items->len, ==, 1);
  item = g_ptr_array_index (items, 0);
  g_assert_cmpstr (item->title, ==, "Crisis line, recovered");

  recovered = cg_autosave_recover (item, &file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (recovered);
  g_assert_cmpstr (cg_workshop_get_title (recovered), ==, "Crisis line, recovered");
  g_assert_cmpstr (cg_object_get_id (CG_OBJECT (recovered)), ==,
                   cg_object_get_id (CG_OBJECT (fixture->workshop)));
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (recovered)), ==, 2);
  second = g_list_model_get_item (cg_workshop_get_ideas (recovered), 1);
  g_assert_cmpstr (cg_idea_get_text (second), ==, "Call back when you say you will.");
  g_assert_nonnull (file);
  g_assert_true (g_file_equal (file, original));

  /* Unsaved, whatever undo and redo do. */
  history = cg_workshop_get_history (recovered);
  g_assert_true (cg_history_get_modified (history));
  while (cg_history_undo (history))
    g_assert_true (cg_history_get_modified (history));
  g_assert_true (cg_history_get_modified (history));
  while (cg_history_redo (history))
    g_assert_true (cg_history_get_modified (history));

  /* The facilitator's file was never written, and the copy stays until discarded. */
  g_assert_false (g_file_test (original_path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (item->path, G_FILE_TEST_IS_REGULAR));

  /* A damaged copy: an error that says which workshop, and nothing half-loaded. */
  g_file_set_contents (damaged, "<workshop", -1, &error);
  g_assert_no_error (error);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = cg_autosave_list_recoverable (fixture->dir);
  g_assert_cmpuint (items->len, ==, 2);
  item = g_ptr_array_index (items, 0);
  if (!g_str_equal (item->path, damaged))
    item = g_ptr_array_index (items, 1);
  g_assert_cmpstr (item->path, ==, damaged);

  failed = cg_autosave_recover (item, &no_file, &error);
  g_assert_null (failed);
  g_assert_null (no_file);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "“damaged”"));
}

/* After a failure: a change to @title is written by the timer, and the error is gone. */
static void
assert_change_written (Fixture    *fixture,
                       const char *title,
                       guint       n_written)
{
  g_autoptr(CgWorkshop) copy = NULL;

  cg_workshop_set_title (fixture->workshop, title);
  run (fixture, 3000, TRUE);
  g_assert_cmpuint (fixture->n_written, ==, n_written);
  g_assert_null (cg_autosave_get_last_error (fixture->autosave));
  copy = load (fixture->copy_path);
  g_assert_cmpstr (cg_workshop_get_title (copy), ==, title);
}

static void
test_write_fails (Fixture       *fixture,
                  gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (fixture->workshop);
  g_autoptr(GError) error = NULL;

  /* The autosave folder is a file. */
  g_file_set_contents (fixture->dir, "in the way", -1, &error);
  g_assert_no_error (error);

  cg_workshop_set_title (fixture->workshop, "Kept in memory");
  run (fixture, 3000, TRUE);
  g_assert_cmpuint (fixture->n_failed, ==, 1);
  g_assert_cmpuint (fixture->n_written, ==, 0);
  g_assert_nonnull (cg_autosave_get_last_error (fixture->autosave));
  g_assert_cmpstr (cg_autosave_get_last_error (fixture->autosave), ==, fixture->failed_message);
  g_assert_nonnull (strstr (fixture->failed_message, "“Kept in memory”"));
  g_assert_true (cg_history_get_modified (history));
  g_assert_cmpstr (cg_workshop_get_title (fixture->workshop), ==, "Kept in memory");

  /* The way is cleared; the next change tries again and writes everything. */
  g_assert_cmpint (g_remove (fixture->dir), ==, 0);
  assert_change_written (fixture, "Kept in memory, then on disk", 1);

  /* A folder where the copy goes: flush reports it, and the next change retries. */
  g_assert_cmpint (g_remove (fixture->copy_path), ==, 0);
  g_assert_cmpint (g_mkdir (fixture->copy_path, 0700), ==, 0);
  cg_workshop_set_title (fixture->workshop, "Blocked");
  g_assert_false (cg_autosave_flush (fixture->autosave, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpuint (fixture->n_failed, ==, 2);
  g_assert_cmpstr (cg_autosave_get_last_error (fixture->autosave), ==, error->message);
  g_assert_nonnull (strstr (error->message, "a folder of that name is in the way"));
  g_clear_error (&error);

  g_assert_cmpint (g_rmdir (fixture->copy_path), ==, 0);
  assert_change_written (fixture, "Unblocked", 2);
}

/* The crash: a child opens the sample, changes it, waits for the autosave and says so on its
 * standard output; the parent kills it and recovers. */

#define CRASH_TITLE "Redesigning the service together (edited before the crash)"
#define CRASH_IDEA "Peer support workers on every shift, not only in the day."

static void
child_written_cb (CgAutosave *autosave,
                  gpointer    data)
{
  printf ("written\n");
  fflush (stdout);
}

static int
run_crash_child (const char *sample_path,
                 const char *dir)
{
  g_autoptr(GFile) sample = g_file_new_for_path (sample_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = cg_workshop_load (sample, NULL, &error);
  g_autoptr(CgAutosave) autosave = NULL;
  g_autoptr(CgIdea) idea = cg_idea_new (CRASH_IDEA);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  if (workshop == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  autosave = cg_autosave_new (workshop, sample, dir, INTERVAL);
  g_signal_connect (autosave, "written", G_CALLBACK (child_written_cb), NULL);

  cg_workshop_set_title (workshop, CRASH_TITLE);
  cg_workshop_add (workshop, idea);

  /* Waits for the parent's SIGKILL; gives up if the parent has gone. */
  g_timeout_add_seconds (30, quit_cb, loop);
  g_main_loop_run (loop);
  return 2;
}

static void
test_crash (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *sample_path = g_test_build_filename (G_TEST_DIST, "data", "sample.cgw", NULL);
  g_autoptr(GFile) sample = g_file_new_for_path (sample_path);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) output = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(CgWorkshop) recovered = NULL;
  g_autoptr(CgWorkshop) original = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  const CgRecoverable *item;
  GListModel *ideas;
  gboolean found = FALSE;

  before = g_file_load_bytes (sample, NULL, NULL, &error);
  g_assert_no_error (error);

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                            self_exe, "--crash-child", sample_path, fixture->dir, NULL);
  g_assert_no_error (error);
  output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  line = g_data_input_stream_read_line_utf8 (output, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "written");

  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (child));
  g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);

  items = cg_autosave_list_recoverable (fixture->dir);
  g_assert_cmpuint (items->len, ==, 1);
  item = g_ptr_array_index (items, 0);
  g_assert_cmpstr (item->title, ==, CRASH_TITLE);

  recovered = cg_autosave_recover (item, &file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (file);
  g_assert_true (g_file_equal (file, sample));
  g_assert_true (cg_history_get_modified (cg_workshop_get_history (recovered)));
  g_assert_cmpstr (cg_workshop_get_title (recovered), ==, CRASH_TITLE);

  ideas = cg_workshop_get_ideas (recovered);
  original = load (sample_path);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==,
                    g_list_model_get_n_items (cg_workshop_get_ideas (original)) + 1);
  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      found |= g_str_equal (cg_idea_get_text (idea), CRASH_IDEA);
    }
  g_assert_true (found);

  /* The facilitator's own file is untouched. */
  after = g_file_load_bytes (sample, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (before, after));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *exe = NULL;

  if (argc == 4 && g_str_equal (argv[1], "--crash-child"))
    return run_crash_child (argv[2], argv[3]);

  g_test_init (&argc, &argv, NULL);

  exe = g_file_read_link ("/proc/self/exe", NULL);
  self_exe = exe != NULL ? exe : argv[0];

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/io/autosave/change-written", test_change_written);
  ADD ("/io/autosave/unmodified", test_unmodified);
  ADD ("/io/autosave/not-postponed", test_not_postponed);
  ADD ("/io/autosave/in-steps", test_in_steps);
  ADD ("/io/autosave/while-busy", test_while_busy);
  ADD ("/io/autosave/discard", test_discard);
  ADD ("/io/autosave/list", test_list);
  ADD ("/io/autosave/recover", test_recover);
  ADD ("/io/autosave/write-fails", test_write_fails);
  ADD ("/io/autosave/crash", test_crash);

  return g_test_run ();
}
