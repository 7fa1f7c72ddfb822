/* test-sync-watch.c: the sync watcher with no window: other processes replacing the file,
 * conflict copies of both engines' naming, hostile copies, our own saves, and the folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cg-test-util.h"
#include "cg-test-wait.h"
#include "io/cg-io.h"
#include "io/cg-sync-private.h"
#include "io/cg-sync-watch.h"

typedef struct
{
  char        *dir;
  char        *path;
  GFile       *file;
  CgWorkshop  *workshop;   /* what the file holds at first */
  CgSyncWatch *watch;
  GPtrArray   *arrived;    /* CgWorkshop: the changes handed out */
  GPtrArray   *sources;    /* GFile, beside them */
  GArray      *flags;      /* guint */
  GPtrArray   *refused;    /* char *: the messages */
  GPtrArray   *set_aside;  /* GFile: where copies went */
  gboolean     merge;      /* what "arrived" answers */
} Fixture;

/* Waiting */

/* Runs the main loop until @done, failing after ten seconds. */
#define wait_until(done, f) cg_test_wait_for ((done) (f))

static guint runs_before;
static guint events_before;

static gboolean
idle_after_event (Fixture *f)
{
  return cg_sync_watch_get_n_events (f->watch) > events_before &&
         cg_sync_watch_get_n_runs (f->watch) > runs_before && !cg_sync_watch_get_busy (f->watch);
}

static gboolean
idle (Fixture *f)
{
  return !cg_sync_watch_get_busy (f->watch);
}

static gboolean
seen_event (Fixture *f)
{
  return cg_sync_watch_get_n_events (f->watch) > events_before;
}

/* Runs the main loop until the folder has been quiet for the watcher's settle time since the
 * last change it saw: its look, had nothing held it back, has started by then. */
static void
wait_quiet (Fixture *f)
{
  guint settle_time;
  guint seen;

  g_object_get (f->watch, "settle-time", &settle_time, NULL);
  do
    {
      seen = cg_sync_watch_get_n_events (f->watch);
      cg_test_wait_timer (settle_time);
    }
  while (cg_sync_watch_get_n_events (f->watch) != seen);
}

/* Remembers where the watcher is, before something changes in the folder. */
static void
mark (Fixture *f)
{
  runs_before = cg_sync_watch_get_n_runs (f->watch);
  events_before = cg_sync_watch_get_n_events (f->watch);
}

/* Removes @path and what it holds, never following a link (a test here makes links to folders:
 * removing through one would empty the folder it points at). */
static void
remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;
  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }
  g_remove (path);
}

/* Workshops */

/* Item @n of @model, borrowed (the model holds it). */
static gpointer
nth (GListModel *model,
     guint       n)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, n);

  g_assert_nonnull (item);
  return item;
}

static CgWorkshop *
make_workshop (guint       n_ideas,
               const char *prefix)
{
  CgWorkshop *workshop = cg_workshop_new ("Shared");
  CgEvent *event = cg_test_add (workshop, cg_event_new ("March"));
  CgVoice *voice = cg_test_add (workshop, cg_voice_new ("Lived experience", "#3465a4"));
  CgTheme *theme = cg_test_add (workshop, cg_theme_new ("First contacts", "#c061cb"));

  for (guint i = 0; i < n_ideas; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s %u", prefix, i);
      CgIdea *idea = cg_test_add (workshop, cg_idea_new (text));

      cg_idea_set_event (idea, event);
      cg_idea_set_voice (idea, voice);
      cg_idea_set_theme (idea, theme);
    }
  cg_history_clear (cg_workshop_get_history (workshop));
  return workshop;
}

static CgWorkshop *
copy_workshop (CgWorkshop *workshop)
{
  g_autoptr(GBytes) bytes = cg_workshop_save_to_bytes (workshop);
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  CgWorkshop *copy = cg_workshop_load_from_data (data, length, "copy.cgw", &error);

  g_assert_no_error (error);
  return copy;
}

/* @workshop with @n more ideas, captured on @laptop. */
static CgWorkshop *
with_more_ideas (CgWorkshop *workshop,
                 guint       n,
                 const char *laptop)
{
  CgWorkshop *copy = copy_workshop (workshop);
  CgEvent *event = nth (cg_workshop_get_events (copy), 0);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("New from %s %u", laptop, i);
      CgIdea *idea = cg_test_add (copy, cg_idea_new (text));

      cg_idea_set_event (idea, event);
      cg_idea_set_laptop (idea, laptop);
    }
  return copy;
}

static void
save (CgWorkshop *workshop,
      const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (cg_workshop_save (workshop, file, NULL, &error));
  g_assert_no_error (error);
}

/* Runs @argv as another process would change the folder, and waits for it. */
static void
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* Another laptop's save arriving as Syncthing delivers it: written to a temporary name in
 * the folder, then renamed over the file, by another process. */
static void
arrive (Fixture    *f,
        CgWorkshop *workshop,
        const char *name)
{
  g_autofree char *scratch = g_build_filename (f->dir, "..", "scratch.cgw", NULL);
  g_autofree char *temp = g_build_filename (f->dir, ".syncthing.workshop.cgw.tmp", NULL);
  g_autofree char *target = g_build_filename (f->dir, name, NULL);

  save (workshop, scratch);
  run ((const char *[]) { "cp", scratch, temp, NULL });
  run ((const char *[]) { "mv", temp, target, NULL });
  g_remove (scratch);
}

/* The fixture */

static gboolean
arrived_cb (CgSyncWatch *watch,
            CgWorkshop  *changes,
            GFile       *source,
            guint        flags,
            Fixture     *f)
{
  g_ptr_array_add (f->arrived, g_object_ref (changes));
  g_ptr_array_add (f->sources, g_object_ref (source));
  g_array_append_val (f->flags, flags);
  return f->merge;
}

static void
refused_cb (CgSyncWatch *watch,
            GFile       *source,
            GError      *error,
            Fixture     *f)
{
  g_ptr_array_add (f->refused, g_strdup (error->message));
}

static void
set_aside_cb (CgSyncWatch *watch,
              GFile       *source,
              GFile       *destination,
              Fixture     *f)
{
  g_ptr_array_add (f->set_aside, g_object_ref (destination));
}

static void
start_watch (Fixture *f)
{
  f->watch = g_object_new (CG_TYPE_SYNC_WATCH, "file", f->file, "settle-time", 50,
                           "poll-interval", 0, NULL);
  g_signal_connect (f->watch, "arrived", G_CALLBACK (arrived_cb), f);
  g_signal_connect (f->watch, "refused", G_CALLBACK (refused_cb), f);
  g_signal_connect (f->watch, "set-aside", G_CALLBACK (set_aside_cb), f);
  wait_until (idle, f);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *top = g_dir_make_tmp ("cg-sync-XXXXXX", NULL);

  /* (a folder in a folder: the scratch files of "another laptop" go beside it) */
  f->dir = g_build_filename (top, "Shared", NULL);
  g_assert_cmpint (g_mkdir (f->dir, 0700), ==, 0);
  f->path = g_build_filename (f->dir, "workshop.cgw", NULL);
  f->file = g_file_new_for_path (f->path);
  f->workshop = make_workshop (5, "Idea");
  save (f->workshop, f->path);
  f->arrived = g_ptr_array_new_with_free_func (g_object_unref);
  f->sources = g_ptr_array_new_with_free_func (g_object_unref);
  f->flags = g_array_new (FALSE, FALSE, sizeof (guint));
  f->refused = g_ptr_array_new_with_free_func (g_free);
  f->set_aside = g_ptr_array_new_with_free_func (g_object_unref);
  f->merge = TRUE;
  if (data == NULL)
    start_watch (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *top = g_path_get_dirname (f->dir);

  if (f->watch != NULL)
    {
      wait_until (idle, f);
      /* (the last look's task lets go of the watcher once its callback is done) */
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_assert_finalize_object (f->watch);
    }
  remove_tree (top);
  g_free (f->dir);
  g_free (f->path);
  g_object_unref (f->file);
  g_object_unref (f->workshop);
  g_ptr_array_unref (f->arrived);
  g_ptr_array_unref (f->sources);
  g_array_unref (f->flags);
  g_ptr_array_unref (f->refused);
  g_ptr_array_unref (f->set_aside);
}

static guint
n_ideas (CgWorkshop *workshop)
{
  return g_list_model_get_n_items (cg_workshop_get_ideas (workshop));
}

/* The file replaced by another process */

static gboolean
one_arrived (Fixture *f)
{
  return f->arrived->len >= 1 && idle (f);
}

/* Syncthing's way (a temporary name renamed over the file): the three new ideas are handed
 * out, with what they refer to, and nothing else; the file still holds all the rest. */
static void
test_arrival_renamed (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CgWorkshop) theirs = with_more_ideas (f->workshop, 3, "Table 2");
  CgWorkshop *changes;
  CgIdea *idea;

  arrive (f, theirs, "workshop.cgw");
  wait_until (one_arrived, f);

  g_assert_cmpuint (f->arrived->len, ==, 1);
  g_assert_true (g_file_equal (f->sources->pdata[0], f->file));
  g_assert_cmpuint (g_array_index (f->flags, guint, 0), ==, CG_SYNC_ARRIVAL_HOLDS_ALL);
  changes = f->arrived->pdata[0];
  g_assert_cmpuint (n_ideas (changes), ==, 3);
  idea = nth (cg_workshop_get_ideas (changes), 0);
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "New from Table 2 0");
  g_assert_cmpstr (cg_idea_get_laptop (idea), ==, "Table 2");
  g_assert_nonnull (cg_idea_get_event (idea));
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_events (changes)), ==, 1);
  /* the voice and theme no new idea refers to stay out */
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_voices (changes)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (changes)), ==, 0);
  g_assert_cmpuint (f->refused->len, ==, 0);

  /* the same contents again (touched, rewritten) are not handed out twice */
  mark (f);
  arrive (f, theirs, "workshop.cgw");
  wait_until (idle_after_event, f);
  g_assert_cmpuint (f->arrived->len, ==, 1);
}

/* Written in place by another program (cp): read once it is whole, never refused half-way. */
static void
test_arrival_in_place (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *scratch = g_build_filename (f->dir, "..", "big.cgw", NULL);
  g_autoptr(CgWorkshop) theirs = with_more_ideas (f->workshop, 2000, "Table 3");

  save (theirs, scratch);
  run ((const char *[]) { "cp", scratch, f->path, NULL });
  wait_until (one_arrived, f);

  g_assert_cmpuint (f->refused->len, ==, 0);
  g_assert_cmpuint (f->arrived->len, ==, 1);
  g_assert_cmpuint (n_ideas (f->arrived->pdata[0]), ==, 2000);
}

/* An arrival that lacks what this laptop had: it says so (no "holds all"). An idea changed
 * there comes with its conflict copy's original... and one left unchanged does not. */
static void
test_arrival_lacking (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CgWorkshop) theirs = copy_workshop (f->workshop);
  CgIdea *changed = nth (cg_workshop_get_ideas (theirs), 1);
  g_autoptr(CgIdea) removed = g_object_ref (nth (cg_workshop_get_ideas (theirs), 4));
  CgWorkshop *changes;

  cg_idea_set_text (changed, "Idea 1, said better");
  cg_workshop_remove (theirs, removed);
  arrive (f, theirs, "workshop.cgw");
  wait_until (one_arrived, f);

  g_assert_cmpuint (g_array_index (f->flags, guint, 0), ==, CG_SYNC_ARRIVAL_NONE);
  changes = f->arrived->pdata[0];
  g_assert_cmpuint (n_ideas (changes), ==, 1);
  g_assert_cmpstr (cg_idea_get_text (nth (cg_workshop_get_ideas (changes), 0)), ==,
                   "Idea 1, said better");
}

/* Our own save */

/* Saved here (announced): not handed out as an arrival; the next real arrival is compared
 * with what we saved, so it hands out only what is new to that. */
static void
test_own_save (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CgWorkshop) ours = with_more_ideas (f->workshop, 4, "Table 1");
  g_autoptr(CgWorkshop) theirs = NULL;

  mark (f);
  cg_sync_watch_begin_write (f->watch);
  save (ours, f->path);
  cg_sync_watch_end_write (f->watch, TRUE);
  wait_until (idle_after_event, f);
  g_assert_cmpuint (f->arrived->len, ==, 0);

  theirs = with_more_ideas (ours, 1, "Table 2");
  arrive (f, theirs, "workshop.cgw");
  wait_until (one_arrived, f);
  g_assert_cmpuint (n_ideas (f->arrived->pdata[0]), ==, 1);
  g_assert_cmpuint (g_array_index (f->flags, guint, 0), ==, CG_SYNC_ARRIVAL_HOLDS_ALL);
}

/* A save that failed (nothing written): changes seen meanwhile are looked at afterwards. */
static void
test_own_save_failed (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CgWorkshop) theirs = with_more_ideas (f->workshop, 2, "Table 2");

  cg_sync_watch_begin_write (f->watch);
  mark (f);
  arrive (f, theirs, "workshop.cgw");
  /* (the change waits while we write: seen, and its moment to settle over, it is not read) */
  wait_until (seen_event, f);
  wait_quiet (f);
  g_assert_cmpuint (f->arrived->len, ==, 0);
  g_assert_true (cg_sync_watch_get_busy (f->watch));

  cg_sync_watch_end_write (f->watch, FALSE);
  wait_until (one_arrived, f);
  g_assert_cmpuint (n_ideas (f->arrived->pdata[0]), ==, 2);
}

/* Conflict copies */

static gboolean
two_set_aside (Fixture *f)
{
  return f->set_aside->len >= 2 && idle (f);
}

/* Both engines' names, written by another process: each handed out once as a conflict copy,
 * then moved into .merged beside the file, under its own name. */
static void
test_conflict_copies (Fixture       *f,
                      gconstpointer  data)
{
  const char *names[] = {
    "workshop.sync-conflict-20260312-101500-ABCDEFG.cgw",
    "workshop (conflicted copy 2026-03-12 101502).cgw",
  };
  g_autoptr(CgWorkshop) a = with_more_ideas (f->workshop, 2, "Table 2");
  g_autoptr(CgWorkshop) b = with_more_ideas (f->workshop, 1, "Table 3");

  arrive (f, a, names[0]);
  arrive (f, b, names[1]);
  wait_until (two_set_aside, f);

  g_assert_cmpuint (f->arrived->len, ==, 2);
  g_assert_cmpuint (f->refused->len, ==, 0);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *name = g_file_get_basename (f->sources->pdata[i]);
      g_autofree char *left = g_build_filename (f->dir, names[i], NULL);
      g_autofree char *moved = g_build_filename (f->dir, ".merged", names[i], NULL);
      CgWorkshop *changes = f->arrived->pdata[i];
      guint expected = g_str_equal (name, names[0]) ? 2 : 1;

      g_assert_cmpuint (g_array_index (f->flags, guint, i), ==, CG_SYNC_ARRIVAL_CONFLICT_COPY);
      g_assert_cmpuint (n_ideas (changes), ==, expected);
      g_assert_false (g_file_test (left, G_FILE_TEST_EXISTS));
      g_assert_true (g_file_test (moved, G_FILE_TEST_IS_REGULAR));
    }
}

static gboolean
one_set_aside (Fixture *f)
{
  return f->set_aside->len >= 1 && idle (f);
}

/* A conflict copy merged and set aside, then back under another name with the same contents
 * (two laptops setting it aside at once through an engine can do that): set aside again, not
 * handed out again, so its older versions of ideas edited since do not come back as conflicts. */
static void
test_conflict_copy_back (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(CgWorkshop) a = with_more_ideas (f->workshop, 2, "Table 2");
  g_autofree char *back = g_build_filename (f->dir, "workshop.sync-conflict-20260312-101700-"
                                            "ABCDEFG.cgw", NULL);
  g_autofree char *first = NULL;

  arrive (f, a, "workshop.sync-conflict-20260312-101500-ABCDEFG.cgw");
  wait_until (one_set_aside, f);
  g_assert_cmpuint (f->arrived->len, ==, 1);

  first = g_build_filename (f->dir, ".merged",
                            "workshop.sync-conflict-20260312-101500-ABCDEFG.cgw", NULL);
  run ((const char *[]) { "cp", first, back, NULL });
  mark (f);
  cg_sync_watch_check (f->watch);
  wait_until (two_set_aside, f);
  g_assert_cmpuint (f->arrived->len, ==, 1);
  g_assert_false (g_file_test (back, G_FILE_TEST_EXISTS));
}

/* Not merged (the window said no): left where it is, and not handed out again. */
static void
test_conflict_copy_not_merged (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(CgWorkshop) a = with_more_ideas (f->workshop, 1, "Table 2");
  g_autofree char *left = g_build_filename (f->dir, "workshop (conflicted copy 2026-03-12 "
                                            "101502).cgw", NULL);

  f->merge = FALSE;
  arrive (f, a, "workshop (conflicted copy 2026-03-12 101502).cgw");
  wait_until (one_arrived, f);
  mark (f);
  cg_sync_watch_check (f->watch);
  wait_until (idle, f);
  g_assert_cmpuint (f->arrived->len, ==, 1);
  g_assert_true (g_file_test (left, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (f->set_aside->len, ==, 0);
}

/* Conflict copies already there when watching starts are looked at at once; a copy of another
 * workshop, the backup and the engines' temporary files are not. */
static void
test_conflict_copies_at_start (Fixture       *f,
                               gconstpointer  data)
{
  const char *others[] = {
    "other.sync-conflict-20260312-101500-ABCDEFG.cgw", "workshop.cgw~",
    ".syncthing.workshop.cgw.a1B2c3.part", "workshop.sync-conflict-20260312-101500-ABCDEFG.cgw~",
  };
  g_autoptr(CgWorkshop) a = with_more_ideas (f->workshop, 3, "Table 2");

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, others[i], NULL);

      save (a, path);
    }
  arrive (f, a, "workshop.sync-conflict-20260312-101500-ABCDEFG.sync-conflict-20260312-"
          "101600-QRSTUV2.cgw");
  start_watch (f);
  wait_until (one_arrived, f);
  wait_until (idle, f);
  g_assert_cmpuint (f->arrived->len, ==, 1);
  g_assert_cmpuint (f->set_aside->len, ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, others[i], NULL);

      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

/* A hostile or broken copy: reported once, left alone (not moved, not removed), and the good
 * copy beside it is still merged. */
static void
test_hostile_copy (Fixture       *f,
                   gconstpointer  data)
{
  const char *hostile_name = "workshop.sync-conflict-20260312-101500-EVILAAA.cgw";
  const char *link_name = "workshop (conflicted copy 2026-03-12 101502).cgw";
  const char *good_name = "workshop.sync-conflict-20260312-101700-GOODAAA.cgw";
  g_autofree char *hostile = g_build_filename (f->dir, hostile_name, NULL);
  g_autofree char *link = g_build_filename (f->dir, link_name, NULL);
  g_autoptr(CgWorkshop) good = with_more_ideas (f->workshop, 1, "Table 2");
  const char *bomb =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE workshop [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
    "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.0\" id=\"w\">"
    "<title>&b;</title></workshop>\n";
  g_autofree char *before = NULL;

  g_assert_true (g_file_set_contents (hostile, bomb, -1, NULL));
  g_assert_cmpint (symlink ("workshop.cgw", link), ==, 0);
  arrive (f, good, good_name);
  cg_sync_watch_check (f->watch);
  wait_until (one_arrived, f);
  wait_until (idle, f);

  g_assert_cmpuint (f->arrived->len, ==, 1);
  g_assert_cmpuint (f->refused->len, ==, 2);
  for (guint i = 0; i < f->refused->len; i++)
    g_assert_true (strstr (f->refused->pdata[i], hostile_name) != NULL ||
                   strstr (f->refused->pdata[i], link_name) != NULL);
  g_assert_true (g_file_get_contents (hostile, &before, NULL, NULL));
  g_assert_cmpstr (before, ==, bomb);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_cmpuint (f->set_aside->len, ==, 1);

  /* looked at again: not reported again */
  cg_sync_watch_check (f->watch);
  wait_until (idle, f);
  g_assert_cmpuint (f->refused->len, ==, 2);
}

/* A hostile file in place of the workshop itself: reported once, nothing handed out. */
static void
test_hostile_arrival (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *scratch = g_build_filename (f->dir, "..", "bad.cgw", NULL);

  g_assert_true (g_file_set_contents (scratch, "<workshop><title>cut sho", -1, NULL));
  mark (f);
  run ((const char *[]) { "mv", scratch, f->path, NULL });
  wait_until (idle_after_event, f);
  g_assert_cmpuint (f->arrived->len, ==, 0);
  g_assert_cmpuint (f->refused->len, ==, 1);
  g_assert_true (g_str_has_prefix (f->refused->pdata[0], "workshop.cgw:"));
  cg_sync_watch_check (f->watch);
  wait_until (idle, f);
  g_assert_cmpuint (f->refused->len, ==, 1);
}

/* The folder */

static void
test_names (void)
{
  struct { const char *name; CgSyncEngine engine; } cases[] = {
    { "Workshop.sync-conflict-20260312-101500-ABCDEFG.cgw", CG_SYNC_ENGINE_SYNCTHING },
    { "Workshop.sync-conflict-20260312-101500-ABCDEFG.sync-conflict-20260313-090000-XYZ2345.cgw",
      CG_SYNC_ENGINE_SYNCTHING },
    { "Workshop (conflicted copy 2026-03-12 101502).cgw", CG_SYNC_ENGINE_NEXTCLOUD },
    { "Workshop (conflicted copy Ann Smith 2026-03-12 101502).cgw", CG_SYNC_ENGINE_NEXTCLOUD },
    { "Workshop_conflict-20260312-101502.cgw", CG_SYNC_ENGINE_NEXTCLOUD },
    { "Workshop_conflict_ann-20260312-101502.cgw", CG_SYNC_ENGINE_NEXTCLOUD },
    { "Workshop.cgw", CG_SYNC_ENGINE_NONE },
    { "Workshop.cgw~", CG_SYNC_ENGINE_NONE },
    { "Other.sync-conflict-20260312-101500-ABCDEFG.cgw", CG_SYNC_ENGINE_NONE },
    { "Workshop.sync-conflict-20260312-101500-ABCDEFG.cgw~", CG_SYNC_ENGINE_NONE },
    { "Workshop.sync-conflict-20260312-101500-ABCDEFG.txt", CG_SYNC_ENGINE_NONE },
    { "Workshop.sync-conflict-2026031-101500-ABCDEFG.cgw", CG_SYNC_ENGINE_NONE },
    { "Workshop.sync-conflict-20260312-101500-.cgw", CG_SYNC_ENGINE_NONE },
    { "Workshop.sync-conflict-20260312-101500-abcdefg.cgw", CG_SYNC_ENGINE_NONE },
    { "Workshop.sync-conflict-20260312-101500-ABCDEFG extra.cgw", CG_SYNC_ENGINE_NONE },
    { "Workshop (conflicted copy 2026-03-12).cgw", CG_SYNC_ENGINE_NONE },
    { "Workshop (conflicted copy (x) 2026-03-12 101502).cgw", CG_SYNC_ENGINE_NONE },
    { "Workshop (conflicted copy Ann2026-03-12 101502).cgw", CG_SYNC_ENGINE_NONE },
    { "Workshop 2 (conflicted copy 2026-03-12 101502).cgw", CG_SYNC_ENGINE_NONE },
    { ".sync-conflict-20260312-101500-ABCDEFG.cgw", CG_SYNC_ENGINE_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].name);
      g_assert_cmpint (cg_sync_conflict_copy_engine ("Workshop.cgw", cases[i].name), ==,
                       cases[i].engine);
    }
  /* a name without an extension */
  g_assert_cmpint (cg_sync_conflict_copy_engine ("notes", "notes.sync-conflict-20260312-101500-"
                                                 "ABCDEFG"), ==, CG_SYNC_ENGINE_SYNCTHING);
}

static void
touch (const char *dir,
       const char *name,
       gboolean    folder)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  if (folder)
    g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  else
    g_assert_true (g_file_set_contents (path, "", 0, NULL));
}

static CgSyncEngine
engine_of (const char *dir,
           char      **root_path)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) root = NULL;
  CgSyncEngine engine = cg_sync_detect_engine (folder, &root);

  *root_path = root != NULL ? g_file_get_path (root) : NULL;
  return engine;
}

static void
test_engines (void)
{
  g_autofree char *top = g_dir_make_tmp ("cg-engines-XXXXXX", NULL);
  const char *kinds[] = { "st", "nc", "oc", "rs", "none" };
  struct { const char *mark; gboolean folder; CgSyncEngine engine; } marks[] = {
    { ".stfolder", TRUE, CG_SYNC_ENGINE_SYNCTHING },
    { ".sync_0a1b2c3d4e5f.db", FALSE, CG_SYNC_ENGINE_NEXTCLOUD },
    { ".owncloudsync.log", FALSE, CG_SYNC_ENGINE_NEXTCLOUD },
    { ".sync", TRUE, CG_SYNC_ENGINE_RESILIO },
    { "not-a-mark", FALSE, CG_SYNC_ENGINE_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *root = g_build_filename (top, kinds[i], NULL);
      g_autofree char *deep = g_build_filename (root, "Workshops", "2026", NULL);
      g_autofree char *found = NULL;

      g_assert_cmpint (g_mkdir_with_parents (deep, 0700), ==, 0);
      touch (root, marks[i].mark, marks[i].folder);
      g_assert_cmpint (engine_of (deep, &found), ==, marks[i].engine);
      if (marks[i].engine != CG_SYNC_ENGINE_NONE)
        g_assert_cmpstr (found, ==, root);
    }
  remove_tree (top);
}

static void
test_set_aside (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cg-aside-XXXXXX", NULL);
  const char *name = "w.sync-conflict-20260312-101500-ABCDEFG.cgw";
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *merged = g_build_filename (dir, ".merged", NULL);
  g_autofree char *first = g_build_filename (merged, name, NULL);
  g_autofree char *second = g_build_filename (merged, "w.sync-conflict-20260312-101500-"
                                              "ABCDEFG (2).cgw", NULL);
  g_autofree char *elsewhere = g_build_filename (dir, "elsewhere", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GFile) copy = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GFile) moved = NULL;
      g_autofree char *contents = g_strdup_printf ("version %u", i);

      g_assert_true (g_file_set_contents (path, contents, -1, NULL));
      moved = cg_sync_set_aside (copy, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (g_file_peek_path (moved), ==, i == 0 ? first : second);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  /* the first is not replaced by the second */
  g_assert_true (g_file_get_contents (first, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "version 0");
  remove_tree (merged);

  /* a .merged that is a link (to a folder of this test's own) is not followed: the copy
   * stays where it is */
  g_assert_true (g_file_set_contents (path, "mine", -1, NULL));
  g_assert_cmpint (g_mkdir (elsewhere, 0700), ==, 0);
  g_assert_cmpint (symlink ("elsewhere", merged), ==, 0);
  g_assert_null (cg_sync_set_aside (copy, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_unlink (merged), ==, 0);
  remove_tree (dir);
}

/* What changed */

static void
test_changes (void)
{
  g_autoptr(CgWorkshop) base = make_workshop (6, "Idea");
  g_autoptr(GHashTable) known = cg_sync_fingerprint (base);
  g_autoptr(CgWorkshop) same = copy_workshop (base);
  g_autoptr(GHashTable) same_prints = cg_sync_fingerprint (same);
  g_autoptr(CgWorkshop) none = NULL;
  g_autoptr(CgWorkshop) voted = copy_workshop (base);
  g_autoptr(GHashTable) voted_prints = NULL;
  g_autoptr(CgWorkshop) changes = NULL;
  gboolean holds_all = FALSE;
  CgIdea *idea;

  none = cg_sync_changes (same, same_prints, known, &holds_all);
  g_assert_true (holds_all);
  g_assert_cmpuint (n_ideas (none), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_events (none)), ==, 0);

  /* a vote is a change: the idea comes with its event, voice and theme */
  idea = nth (cg_workshop_get_ideas (voted), 2);
  cg_idea_set_votes (idea, cg_idea_get_event (idea), 3);
  voted_prints = cg_sync_fingerprint (voted);
  changes = cg_sync_changes (voted, voted_prints, known, &holds_all);
  g_assert_false (holds_all);
  g_assert_cmpuint (n_ideas (changes), ==, 1);
  idea = nth (cg_workshop_get_ideas (changes), 0);
  g_assert_cmpuint (cg_idea_get_total_votes (idea), ==, 3);
  g_assert_nonnull (cg_idea_get_voice (idea));
  g_assert_nonnull (cg_idea_get_theme (idea));
  g_assert_true (cg_idea_get_event (idea) ==
                 nth (cg_workshop_get_events (changes), 0));
  g_clear_object (&changes);

  /* nothing known: all of it */
  changes = cg_sync_changes (voted, voted_prints, NULL, &holds_all);
  g_assert_true (holds_all);
  g_assert_cmpuint (n_ideas (changes), ==, 6);
}

/* A conflict copy changed there comes with the idea it was carried from, and the other way. */
static void
test_changes_conflict_pairs (void)
{
  g_autoptr(CgWorkshop) base = make_workshop (3, "Idea");
  CgIdea *original = nth (cg_workshop_get_ideas (base), 0);
  CgIdea *copy = cg_test_add (base, cg_idea_new ("Idea 0, the other way"));
  g_autoptr(GHashTable) known = NULL;
  g_autoptr(CgWorkshop) there = NULL;
  g_autoptr(GHashTable) prints = NULL;
  g_autoptr(CgWorkshop) changes = NULL;

  cg_idea_set_carried_from (copy, cg_object_get_id (CG_OBJECT (original)));
  cg_idea_set_needs_review (copy, TRUE);
  cg_idea_set_needs_review (original, TRUE);
  known = cg_sync_fingerprint (base);
  there = copy_workshop (base);
  /* checked there: the original only */
  cg_idea_set_needs_review (nth (cg_workshop_get_ideas (there), 0), FALSE);
  prints = cg_sync_fingerprint (there);
  changes = cg_sync_changes (there, prints, known, NULL);
  g_assert_cmpuint (n_ideas (changes), ==, 2);
  g_assert_cmpstr (cg_idea_get_carried_from (nth (cg_workshop_get_ideas (changes), 1)),
                   ==, cg_object_get_id (CG_OBJECT (original)));
}

/* The rule after a merge */

static void
test_after_merge (void)
{
  g_autoptr(CgWorkshop) into = make_workshop (2, "Idea");
  g_autoptr(CgWorkshop) nothing = cg_workshop_new ("Nothing");
  g_autoptr(CgWorkshop) more = with_more_ideas (into, 1, "Table 2");
  g_autoptr(CgArrival) unchanged = cg_arrival_merge (into, nothing, NULL, NULL);
  g_autoptr(CgArrival) changed = cg_arrival_merge (into, more, NULL, NULL);
  const CgSyncArrivalFlags all = CG_SYNC_ARRIVAL_HOLDS_ALL;
  const CgSyncArrivalFlags copy = CG_SYNC_ARRIVAL_CONFLICT_COPY;

  g_assert_false (cg_arrival_get_changed (unchanged));
  g_assert_true (cg_arrival_get_changed (changed));
  /* unsaved work stays unsaved, whatever arrived */
  g_assert_cmpint (cg_sync_after_merge (TRUE, changed, all), ==, CG_SYNC_KEEP);
  g_assert_cmpint (cg_sync_after_merge (TRUE, changed, CG_SYNC_ARRIVAL_NONE), ==, CG_SYNC_KEEP);
  g_assert_cmpint (cg_sync_after_merge (TRUE, changed, copy), ==, CG_SYNC_KEEP);
  /* saved: the file holds what the workshop holds now */
  g_assert_cmpint (cg_sync_after_merge (FALSE, changed, all), ==, CG_SYNC_MARK_SAVED);
  g_assert_cmpint (cg_sync_after_merge (FALSE, unchanged, all), ==, CG_SYNC_KEEP);
  /* the file lacks something: saved again */
  g_assert_cmpint (cg_sync_after_merge (FALSE, unchanged, CG_SYNC_ARRIVAL_NONE), ==,
                   CG_SYNC_SAVE);
  g_assert_cmpint (cg_sync_after_merge (FALSE, changed, copy), ==, CG_SYNC_SAVE);
  g_assert_cmpint (cg_sync_after_merge (FALSE, unchanged, copy), ==, CG_SYNC_KEEP);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sync/names", test_names);
  g_test_add_func ("/sync/engines", test_engines);
  g_test_add_func ("/sync/set-aside", test_set_aside);
  g_test_add_func ("/sync/changes", test_changes);
  g_test_add_func ("/sync/changes-conflict-pairs", test_changes_conflict_pairs);
  g_test_add_func ("/sync/after-merge", test_after_merge);
  g_test_add ("/sync/watch/arrival-renamed", Fixture, NULL, fixture_set_up, test_arrival_renamed,
              fixture_tear_down);
  g_test_add ("/sync/watch/arrival-in-place", Fixture, NULL, fixture_set_up,
              test_arrival_in_place, fixture_tear_down);
  g_test_add ("/sync/watch/arrival-lacking", Fixture, NULL, fixture_set_up,
              test_arrival_lacking, fixture_tear_down);
  g_test_add ("/sync/watch/own-save", Fixture, NULL, fixture_set_up, test_own_save,
              fixture_tear_down);
  g_test_add ("/sync/watch/own-save-failed", Fixture, NULL, fixture_set_up,
              test_own_save_failed, fixture_tear_down);
  g_test_add ("/sync/watch/conflict-copies", Fixture, NULL, fixture_set_up,
              test_conflict_copies, fixture_tear_down);
  g_test_add ("/sync/watch/conflict-copy-back", Fixture, NULL, fixture_set_up,
              test_conflict_copy_back, fixture_tear_down);
  g_test_add ("/sync/watch/conflict-copy-not-merged", Fixture, NULL, fixture_set_up,
              test_conflict_copy_not_merged, fixture_tear_down);
  g_test_add ("/sync/watch/conflict-copies-at-start", Fixture, "later", fixture_set_up,
              test_conflict_copies_at_start, fixture_tear_down);
  g_test_add ("/sync/watch/hostile-copy", Fixture, NULL, fixture_set_up, test_hostile_copy,
              fixture_tear_down);
  g_test_add ("/sync/watch/hostile-arrival", Fixture, NULL, fixture_set_up,
              test_hostile_arrival, fixture_tear_down);

  return g_test_run ();
}
