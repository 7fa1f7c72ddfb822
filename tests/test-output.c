/* test-output.c: the safe writer under faults: a save killed half-way, a disk that fills, links,
 * read-only files, leftovers of killed saves, an output that is one of the inputs
 *
 * A full disk is made with RLIMIT_FSIZE (a write past the limit fails with EFBIG, or kills the
 * process with SIGXFSZ when that is not ignored): it needs no root and no mount, and fails a
 * write half-way exactly as a full disk does. tests/bench/bench-faults does the same with a
 * real full tmpfs and random SIGKILLs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cg-test-util.h"
#include "io/cg-io.h"
#include "io/cg-output.h"

#define LIMIT 4096  /* bytes a process may write to one file in the full-disk tests */

typedef struct
{
  char       *dir;
  char       *path;    /* dir/workshop.cgw */
  char       *backup;  /* dir/workshop.cgw~ */
  GFile      *file;
  CgWorkshop *workshop;  /* larger than LIMIT once saved */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("cg-test-output-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "workshop.cgw", NULL);
  f->backup = g_strconcat (f->path, "~", NULL);
  f->file = g_file_new_for_path (f->path);
  f->workshop = cg_workshop_new ("Under faults");
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *text = g_strdup_printf ("Idea %u: a named worker calls back the same day",
                                               i);

      cg_test_add (f->workshop, cg_idea_new (text));
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_unsetenv ("CG_OUTPUT_NAMED_TEMP");
  cg_test_remove_tree (f->dir);
  g_object_unref (f->workshop);
  g_object_unref (f->file);
  g_free (f->backup);
  g_free (f->path);
  g_free (f->dir);
}

static void
write_text (const char *path,
            const char *contents)
{
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted and joined by spaces: "workshop.cgw workshop.cgw~". */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* Lowers the soft limit only, so that it can be raised again. */
static void
set_file_size_limit (rlim_t limit)
{
  struct rlimit rl;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &rl), ==, 0);
  rl.rlim_cur = limit;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &rl), ==, 0);
}

/* Saves in a child process that is killed (SIGXFSZ) when the file passes LIMIT bytes: a kill
 * in the middle of writing, at a known place. */
static void
save_killed_half_way (Fixture *f)
{
  pid_t pid = fork ();
  int status;

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      signal (SIGXFSZ, SIG_DFL);
      set_file_size_limit (LIMIT);
      cg_workshop_save (f->workshop, f->file, NULL, NULL);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGXFSZ);
}

/* Each test runs twice: with unnamed temporary files (O_TMPFILE, which vanish with a killed
 * process) and with the named ones other file systems get. */
static void
use_temp_kind (gconstpointer data)
{
  if (GPOINTER_TO_INT (data))
    g_setenv ("CG_OUTPUT_NAMED_TEMP", "1", TRUE);
  else
    g_unsetenv ("CG_OUTPUT_NAMED_TEMP");
}

/* After a kill: what is left beside @expected must be a named temporary file (private to its
 * owner), and the next save removes it. */
static void
assert_only_temps_left (Fixture    *f,
                        const char *expected)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  g_auto(GStrv) wanted = g_strsplit (expected, " ", -1);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      GStatBuf st;

      if (g_strv_contains ((const char * const *) wanted, name))
        continue;
      g_assert_true (g_str_has_prefix (name, ".syncthing.workshop.cgw."));
      g_assert_true (g_str_has_suffix (name, ".part"));
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    }
}

/* Killed while writing a file that does not exist yet: no half file where it should be. */
static void
test_killed_new_file (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *left = NULL;
  g_autoptr(GError) error = NULL;

  use_temp_kind (data);
  save_killed_half_way (f);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  assert_only_temps_left (f, "");
  if (!GPOINTER_TO_INT (data))
    {
      left = list_dir (f->dir);
      g_assert_cmpstr (left, ==, "");
    }

  g_assert_true (cg_workshop_save (f->workshop, f->file, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&left, g_free);
  left = list_dir (f->dir);
  g_assert_cmpstr (left, ==, "workshop.cgw");
}

/* Killed while replacing a file: the old one and its backup whole, nothing else left after the
 * next save. */
static void
test_killed_existing_file (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *left = NULL;
  g_autofree char *target = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(GError) error = NULL;

  use_temp_kind (data);
  write_text (f->path, "the last good version\n");
  write_text (f->backup, "the version before\n");
  save_killed_half_way (f);

  target = cg_test_read_text (f->path);
  backup = cg_test_read_text (f->backup);
  g_assert_cmpstr (target, ==, "the last good version\n");
  g_assert_cmpstr (backup, ==, "the version before\n");
  assert_only_temps_left (f, "workshop.cgw workshop.cgw~");

  g_assert_true (cg_workshop_save (f->workshop, f->file, NULL, &error));
  g_assert_no_error (error);
  left = list_dir (f->dir);
  g_assert_cmpstr (left, ==, "workshop.cgw workshop.cgw~");
}

/* A disk that fills half-way, twice in a row: a clear message, nothing lost, nothing left. */
static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  struct rlimit saved;

  use_temp_kind (data);
  write_text (f->path, "the last good version\n");
  write_text (f->backup, "the version before\n");
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, SIG_IGN);

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *left = NULL;
      g_autofree char *target = NULL;
      g_autofree char *backup = NULL;
      gboolean saved_ok;

      set_file_size_limit (LIMIT);
      saved_ok = cg_workshop_save (f->workshop, f->file, NULL, &error);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);

      g_assert_false (saved_ok);
      g_assert_cmpstr (error->message, ==, "Could not save “workshop.cgw”: the file is larger "
                                           "than this disk or your account allows");
      target = cg_test_read_text (f->path);
      backup = cg_test_read_text (f->backup);
      g_assert_cmpstr (target, ==, "the last good version\n");
      g_assert_cmpstr (backup, ==, "the version before\n");
      left = list_dir (f->dir);
      g_assert_cmpstr (left, ==, "workshop.cgw workshop.cgw~");
      g_assert_true (cg_history_get_modified (cg_workshop_get_history (f->workshop)));
    }
  signal (SIGXFSZ, SIG_DFL);
}

/* The backup is the old file itself (a hard link), not a copy that could be cut short. */
static void
test_backup_is_link (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GStatBuf before, backup, after;

  write_text (f->path, "the last good version\n");
  g_assert_cmpint (g_stat (f->path, &before), ==, 0);

  g_assert_true (cg_workshop_save (f->workshop, f->file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (f->backup, &backup), ==, 0);
  g_assert_cmpint (g_stat (f->path, &after), ==, 0);
  g_assert_cmpuint (backup.st_ino, ==, before.st_ino);
  g_assert_cmpuint (after.st_ino, !=, before.st_ino);
}

/* The file taken away between the start of a save and its end (Syncthing moves it aside as a
 * conflicted copy, then puts the other laptop's version in its place): the save goes through,
 * with no backup to make, and the old backup stays as it was. */
static void
test_target_gone (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CgOutput) output = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *aside = g_strconcat (f->path, ".sync-conflict-20261204-101500-ABCDEFG", NULL);

  write_text (f->path, "the version before\n");
  write_text (f->backup, "an older backup\n");
  output = cg_output_open (f->path, CG_OUTPUT_BACKUP, &error);
  g_assert_no_error (error);
  g_assert_true (cg_output_write (output, "the new version\n", 16, &error));
  g_assert_cmpint (g_rename (f->path, aside), ==, 0);
  g_assert_true (cg_output_commit (output, &error));
  g_assert_no_error (error);

  saved = cg_test_read_text (f->path);
  g_assert_cmpstr (saved, ==, "the new version\n");
  backup = cg_test_read_text (f->backup);
  g_assert_cmpstr (backup, ==, "an older backup\n");
  g_assert_true (g_file_test (aside, G_FILE_TEST_IS_REGULAR));
}

/* Two programs saving one file at once (two windows on a shared folder, or a laptop and the
 * test's third laptop): each save's start clears what killed saves left, and the link a backup
 * is made through looks like that for an instant. Every save goes through, and nothing is left
 * behind. */
#define N_RACING_SAVES 400

static gpointer
save_often (gpointer data)
{
  const char *path = data;

  for (guint i = 0; i < N_RACING_SAVES; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CgOutput) output = cg_output_open (path, CG_OUTPUT_BACKUP, &error);

      g_assert_no_error (error);
      g_assert_true (cg_output_write (output, "a whole version\n", 16, &error));
      g_assert_true (cg_output_commit (output, &error));
      g_assert_no_error (error);
    }
  return NULL;
}

static void
test_racing_saves (Fixture       *f,
                   gconstpointer  data)
{
  GThread *threads[2];
  g_autofree char *left = NULL;
  g_autofree char *saved = NULL;

  write_text (f->path, "the first version\n");
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("saving", save_often, f->path);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);

  saved = cg_test_read_text (f->path);
  g_assert_cmpstr (saved, ==, "a whole version\n");
  left = list_dir (f->dir);
  g_assert_cmpstr (left, ==, "workshop.cgw workshop.cgw~");
}

/* A save killed between linking the backup and its last rename leaves FILE~ a link to FILE:
 * the next save still leaves nothing behind, and the backup holds the old version. */
static void
test_backup_already_linked (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;
  g_autofree char *backup = NULL;

  write_text (f->path, "the last good version\n");
  g_assert_cmpint (link (f->path, f->backup), ==, 0);

  g_assert_true (cg_workshop_save (f->workshop, f->file, NULL, &error));
  g_assert_no_error (error);
  left = list_dir (f->dir);
  g_assert_cmpstr (left, ==, "workshop.cgw workshop.cgw~");
  backup = cg_test_read_text (f->backup);
  g_assert_cmpstr (backup, ==, "the last good version\n");
}

/* A new workshop is for its owner only; an existing file keeps its permissions. */
static void
test_permissions (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other = g_build_filename (f->dir, "shared.cgw", NULL);
  g_autoptr(GFile) other_file = g_file_new_for_path (other);
  GStatBuf st;

  g_assert_true (cg_workshop_save (f->workshop, f->file, NULL, &error));
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  write_text (other, "shared with the team\n");
  g_assert_cmpint (g_chmod (other, 0640), ==, 0);
  g_assert_true (cg_workshop_save (f->workshop, other_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (other, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
}

/* Saving through a symbolic link replaces the file it points to, and keeps the link. */
static void
test_symbolic_link (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *real_dir = g_build_filename (f->dir, "real", NULL);
  g_autofree char *real = g_build_filename (real_dir, "march.cgw", NULL);
  g_autofree char *link = g_build_filename (f->dir, "link.cgw", NULL);
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autoptr(CgWorkshop) reread = NULL;
  g_autofree char *real_backup = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *left = NULL;
  GStatBuf st;

  g_assert_cmpint (g_mkdir (real_dir, 0700), ==, 0);
  write_text (real, "the last good version\n");
  g_assert_cmpint (symlink ("real/march.cgw", link), ==, 0);

  g_assert_true (cg_workshop_save (f->workshop, link_file, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  reread = cg_workshop_load (link_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cg_workshop_get_title (reread), ==, "Under faults");
  real_backup = g_strconcat (real, "~", NULL);
  backup = cg_test_read_text (real_backup);
  g_assert_cmpstr (backup, ==, "the last good version\n");
  left = list_dir (real_dir);
  g_assert_cmpstr (left, ==, "march.cgw march.cgw~");
}

/* A read-only file is not a read-only folder, and is left alone. */
static void
test_read_only_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *target = NULL;

  write_text (f->path, "kept as it is\n");
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);

  g_assert_false (cg_workshop_save (f->workshop, f->file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==, "Could not save “workshop.cgw”: the file is read-only");
  target = cg_test_read_text (f->path);
  g_assert_cmpstr (target, ==, "kept as it is\n");
}

/* A device or a pipe is never written over. */
static void
test_not_a_file (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("x", 1);
  g_autofree char *fifo = g_build_filename (f->dir, "pipe.cgw", NULL);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_false (cg_output_write_bytes (fifo, bytes, CG_OUTPUT_NONE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);

  g_assert_false (cg_output_write_bytes ("/dev/null", bytes, CG_OUTPUT_NONE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
}

/* What killed saves left is removed by the next save of the same file, unless a live save
 * holds it; other people's files are left alone. */
static void
test_stale_temps (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stale = g_build_filename (f->dir, ".syncthing.workshop.cgw.aB3dE9.part", NULL);
  g_autofree char *stale_backup = g_build_filename (f->dir, ".syncthing.workshop.cgw~.xY7zQ1.part",
                                                    NULL);
  g_autofree char *live = g_build_filename (f->dir, ".syncthing.workshop.cgw.LiVe00.part", NULL);
  g_autofree char *other = g_build_filename (f->dir, ".syncthing.notes.txt.aB3dE9.part", NULL);
  g_autofree char *old_glib = g_build_filename (f->dir, ".goutputstream-ABC123", NULL);
  g_autofree char *young_glib = g_build_filename (f->dir, ".goutputstream-DEF456", NULL);
  g_autofree char *left = NULL;
  struct timeval long_ago[2] = { { 1000000000, 0 }, { 1000000000, 0 } };
  int live_fd;

  write_text (stale, "<workshop xmlns=\"urn:commonground:workshop:1\"> half");
  write_text (stale_backup, "half a backup");
  write_text (live, "being written right now");
  write_text (other, "another program's file");
  write_text (old_glib, "<workshop xmlns=\"urn:commonground:workshop:1\"> killed long ago");
  write_text (young_glib, "<workshop xmlns=\"urn:commonground:workshop:1\"> may be live");
  g_assert_cmpint (utimes (old_glib, long_ago), ==, 0);
  live_fd = g_open (live, O_RDONLY, 0);
  g_assert_cmpint (flock (live_fd, LOCK_EX), ==, 0);

  g_assert_true (cg_workshop_save (f->workshop, f->file, NULL, &error));
  g_assert_no_error (error);
  close (live_fd);

  left = list_dir (f->dir);
  g_assert_cmpstr (left, ==, ".goutputstream-DEF456 .syncthing.notes.txt.aB3dE9.part "
                             ".syncthing.workshop.cgw.LiVe00.part workshop.cgw");
}

/* In a folder of its own (the autosave folder), every unlocked temporary file goes. */
static void
test_stale_temps_owned_folder (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, ".syncthing.a1b2.cgw.aB3dE9.part", NULL);
  g_autofree char *sidecar = g_build_filename (f->dir, ".syncthing.a1b2.ini.Zz9Yy8.part", NULL);
  g_autofree char *live = g_build_filename (f->dir, ".syncthing.c3d4.cgw.LiVe00.part", NULL);
  g_autofree char *kept = g_build_filename (f->dir, "a1b2.cgw", NULL);
  g_autofree char *left = NULL;
  int live_fd;

  write_text (copy, "half a copy");
  write_text (sidecar, "half a sidecar");
  write_text (live, "being written right now");
  write_text (kept, "a whole copy");
  live_fd = g_open (live, O_RDONLY, 0);
  g_assert_cmpint (flock (live_fd, LOCK_EX), ==, 0);

  cg_output_remove_stale_temps (f->dir);
  close (live_fd);

  left = list_dir (f->dir);
  g_assert_cmpstr (left, ==, ".syncthing.c3d4.cgw.LiVe00.part a1b2.cgw");
}

/* An output is never one of the inputs: not by name, not through a link. */
static void
test_not_input (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hard = g_build_filename (f->dir, "hard.cgw", NULL);
  g_autofree char *soft = g_build_filename (f->dir, "soft.cgw", NULL);
  g_autofree char *other = g_build_filename (f->dir, "other.cgw", NULL);
  g_autofree char *fresh = g_build_filename (f->dir, "fresh.pdf", NULL);
  const char *inputs[] = { other, f->path, NULL };

  write_text (f->path, "input\n");
  write_text (other, "another input\n");
  g_assert_cmpint (link (f->path, hard), ==, 0);
  g_assert_cmpint (symlink ("workshop.cgw", soft), ==, 0);

  g_assert_false (cg_output_check_not_input (f->path, inputs, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "also being read"));
  g_clear_error (&error);
  g_assert_false (cg_output_check_not_input (hard, inputs, &error));
  g_clear_error (&error);
  g_assert_false (cg_output_check_not_input (soft, inputs, &error));
  g_clear_error (&error);

  g_assert_true (cg_output_check_not_input (fresh, inputs, &error));
  g_assert_true (cg_output_check_not_input ("-", inputs, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/io/output/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
#define ADD_BOTH(path, func) \
  g_test_add ("/io/output/" path "/unnamed-temp", Fixture, GINT_TO_POINTER (0), \
              fixture_set_up, func, fixture_tear_down); \
  g_test_add ("/io/output/" path "/named-temp", Fixture, GINT_TO_POINTER (1), \
              fixture_set_up, func, fixture_tear_down)
  ADD_BOTH ("killed-new-file", test_killed_new_file);
  ADD_BOTH ("killed-existing-file", test_killed_existing_file);
  ADD_BOTH ("disk-full", test_disk_full);
  ADD ("backup-is-link", test_backup_is_link);
  ADD ("backup-already-linked", test_backup_already_linked);
  ADD ("target-gone", test_target_gone);
  ADD ("racing-saves", test_racing_saves);
  ADD ("permissions", test_permissions);
  ADD ("symbolic-link", test_symbolic_link);
  ADD ("read-only-file", test_read_only_file);
  ADD ("not-a-file", test_not_a_file);
  ADD ("stale-temps", test_stale_temps);
  ADD ("stale-temps-owned-folder", test_stale_temps_owned_folder);
  ADD ("not-input", test_not_input);
#undef ADD
#undef ADD_BOTH

  return g_test_run ();
}
