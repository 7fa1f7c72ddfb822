/* bench-faults.c: what a kill or a full disk in the middle of a save leaves behind
 *
 * Run by hand: bench-faults [N]. It takes a few minutes; its second half needs root.
 *
 * The kill test makes a workshop of 20,000 ideas (about 11 MB) and times one save of it, and
 * its first byte written (medians of five). Then, N times (200 by default) for a new file and
 * N times for an existing one (the target holding an earlier, different version and its backup
 * an earlier one still), it forks a process that holds the workshop ready and waits on a pipe,
 * releases it, kills it with SIGKILL after a random time (uniform over 0 to 1.2 times a save,
 * one kill in each of N equal slices of that span) and looks at the folder:
 *   - The target must be absent (new file only) or exactly the old or the new version; the
 *     backup (PATH~), when there is one, exactly a version that was there before the save, and
 *     the old one once the target is the new one (the previous version always survives).
 *     Anything else is corrupt. Each version is loaded with cg_workshop_load once, at the start,
 *     so a file byte-equal to one is a file that loads completely; a file equal to none is
 *     loaded to say what is wrong with it.
 *   - Any other file in the folder is a temporary file left behind: counted right after the
 *     kill, and again after one more save by a fresh process, which must remove it.
 * Most of a save is making the XML in memory, when a kill can do no harm; so each case gets N / 4
 * more kills aimed at the rest: the bench watches the saver's /proc/PID/io for its first byte
 * written, then waits a random time over 0 to 1.2 times what a save takes from there on.
 * As root, both cases run once more, N / 4 times, with /proc hidden from the saving process (a
 * mount namespace of its own): the writer cannot give an unnamed (O_TMPFILE) file a name there,
 * so it falls back to named, locked temporary files, which the next save must remove. Last, it
 * saves once over a target whose backup is a second name (a hard link) of it, as a kill between
 * the backup's link and the final rename leaves them: nothing may be left behind there either.
 *
 * The full-disk test (root only) mounts small tmpfs file systems in a mount namespace of the
 * bench's own, writes a small valid workshop and its backup on each, then saves a larger one,
 * twice, on a disk: with too little space for it (full while writing); with no inode left for
 * a temporary file; with one inode left, enough for the temporary file but not for the
 * backup's link. A save that fails must say the disk is full and leave the target and the
 * backup byte-identical; one that succeeds must leave the new version, with the old one as
 * the backup. Nothing else may be left in the folder.
 *
 * The goal everywhere: corrupt 0, temp files left 0 (after the next save).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-bench"
#define _GNU_SOURCE  /* unshare (), pipe2 () */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "io/cg-io.h"
#include "model/cg-model.h"

#include "bench-util.h"

#define DEFAULT_N_KILLS 200
#define N_IDEAS 20000       /* the workshop saved when the kill comes, and the one it replaces */
#define N_SMALL_IDEAS 100   /* the version before those (the backup); the cleaning save */
#define N_TIMING_RUNS 5
#define KILL_SPREAD 1.2     /* kills fall uniformly over 0 to 1.2 times a save */
#define SEED_NEW 20261123
#define SEED_OLD 20261124
#define SEED_OLDER 20261125
#define N_EXAMPLES 3        /* corrupt results and leftover names shown per case */
#define AIMED_SHARE 4       /* N / 4 kills aimed at the writing, and for named temp files */

#define TARGET_NAME "target.cgw"
#define BACKUP_NAME "target.cgw~"

#define N_DISK_IDEAS 20     /* the workshop (and its backup) on the small disk: about 50 KB */
#define N_BIG_IDEAS 1000    /* what is saved over it: about 600 KB */
#define N_DISK_ATTEMPTS 2

typedef enum
{
  STATE_ABSENT,
  STATE_OLDER,    /* the version before last: what the backup held */
  STATE_OLD,      /* what the target held */
  STATE_NEW,      /* what was being saved */
  STATE_CORRUPT,  /* none of them: cut short, empty, unreadable */
  N_STATES
} FileState;

static const char * const state_names[N_STATES] = {
  "absent", "older", "old", "new", "corrupt",
};

typedef struct
{
  char       *folder;                /* where the kill test saves: dir/kill */
  char       *target;
  char       *backup;
  CgWorkshop *workshops[N_STATES];   /* those of STATE_OLDER, STATE_OLD and STATE_NEW */
  GBytes     *bytes[N_STATES];
} Bench;

typedef struct
{
  const char *name;
  gboolean    existing;      /* the target holds the old version, the backup the older */
  gboolean    named_temps;   /* /proc is hidden from the saver: no unnamed temporary files */
  double      save_ms;       /* one save, from its release to its exit */
  double      serialise_ms;  /* its first part, making the XML in memory, which writes nothing */
  double      write_ms;      /* the rest, from its first byte written to its exit */
} KillCase;

/* What a batch of kills found. */
typedef struct
{
  gboolean   aimed;          /* the kills are timed from the first byte written, not the release */
  double     span_ms;        /* they come at random within this long of that */
  guint      n_kills;
  guint      n_corrupt;
  guint      n_finished;     /* saves that had already returned when the kill came */
  guint      n_left;         /* temporary files right after the kill */
  guint      n_left_after;   /* ... and after the next save */
  guint      n_next_failed;  /* next saves that did not succeed */
  guint      targets[N_STATES];
  guint      backups[N_STATES];
  GPtrArray *examples;       /* what was wrong, for the first few corrupt results */
  GPtrArray *left_names;     /* the first few files the kill left behind */
  GPtrArray *left_after;     /* ... and the first few the next save left */
} Tally;

typedef struct
{
  pid_t pid;
  int   go_fd;  /* writing to it releases the saver */
} Saver;

typedef struct
{
  guint n_attempts;
  guint n_corrupt;
  guint n_left;
  guint n_failed;
  guint n_said_full;  /* failed saves whose message says the disk is full */
} DiskTotals;

static gboolean
fail_errno (GError    **error,
            const char *what)
{
  int saved_errno = errno;

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", what,
               g_strerror (saved_errno));
  return FALSE;
}

static GBytes *
read_bytes (const char *path)
{
  char *data;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, NULL))
    return NULL;
  return g_bytes_new_take (data, length);
}

static gboolean
write_bytes (const char *path,
             GBytes     *bytes,
             GError    **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  /* In place, with no temporary file: this sets the scene, it is not under test. Flushed, or
   * the fsync of the save that follows would pay for writing it out too. */
  return g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_DURABLE, 0600, error);
}

static gboolean
same_bytes (GBytes *a,
            GBytes *b)
{
  return (a == NULL || b == NULL) ? a == b : g_bytes_equal (a, b);
}

/* Counts the files in @folder other than the target and its backup, keeping the first few
 * names in @names. (A forked saver inherits the bench's random state, so the writer may give
 * its temporary files the same name in every trial.) */
static guint
count_left (const char *folder,
            GPtrArray  *names)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  if (dir == NULL)
    return 0;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_equal (name, TARGET_NAME) || g_str_equal (name, BACKUP_NAME))
        continue;
      n++;
      if (names != NULL && names->len < N_EXAMPLES &&
          !g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        g_ptr_array_add (names, g_strdup (name));
    }
  return n;
}

/* Which version @path holds; for one that is none of them, says in @detail what it is. */
static FileState
classify (Bench      *bench,
          const char *path,
          char      **detail)
{
  g_autoptr(GBytes) bytes = read_bytes (path);
  g_autoptr(GFile) file = NULL;
  g_autoptr(CgWorkshop) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);

  if (bytes == NULL)
    return g_file_test (path, G_FILE_TEST_EXISTS) ? STATE_CORRUPT : STATE_ABSENT;
  for (FileState state = STATE_OLDER; state <= STATE_NEW; state++)
    if (g_bytes_equal (bytes, bench->bytes[state]))
      return state;

  file = g_file_new_for_path (path);
  loaded = cg_workshop_load (file, NULL, &error);
  *detail = g_strdup_printf ("%s is %" G_GSIZE_FORMAT " bytes (old %" G_GSIZE_FORMAT
                             ", new %" G_GSIZE_FORMAT "): %s", name,
                             g_bytes_get_size (bytes), g_bytes_get_size (bench->bytes[STATE_OLD]),
                             g_bytes_get_size (bench->bytes[STATE_NEW]),
                             loaded != NULL ? "it loads, but is none of the versions"
                                            : error->message);
  return STATE_CORRUPT;
}

/* Is this what a save may leave, whenever it is killed? */
static gboolean
is_whole (gboolean  existing,
          FileState target,
          FileState backup)
{
  if (!existing)
    return (target == STATE_ABSENT || target == STATE_NEW) && backup == STATE_ABSENT;

  switch (target)
    {
    case STATE_OLD:
      return backup == STATE_ABSENT || backup == STATE_OLDER || backup == STATE_OLD;
    case STATE_NEW:
      return backup == STATE_OLD;  /* the previous version lives on as the backup */
    default:
      return FALSE;
    }
}

/* Covers /proc with an empty file system, for this process alone. The writer names an
 * unnamed temporary file through /proc/self/fd; without it, it must use named ones. */
static gboolean
hide_proc (void)
{
  return unshare (CLONE_NEWNS) == 0 &&
         mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0 &&
         mount ("tmpfs", "/proc", "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=4k") == 0 &&
         !g_file_test ("/proc/self/fd", G_FILE_TEST_IS_DIR);
}

static gboolean
can_hide_proc (void)
{
  int status = 0;
  pid_t pid;

  if (geteuid () != 0)
    return FALSE;
  pid = fork ();
  if (pid == 0)
    _exit (hide_proc () ? 0 : 1);
  if (pid < 0)
    return FALSE;
  while (waitpid (pid, &status, 0) < 0 && errno == EINTR)
    ;
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

/* The saving process: it gets ready, says so, waits for the word, saves and exits. */
static void
run_saver (CgWorkshop *workshop,
           const char *path,
           gboolean    named_temps,
           int         ready_fd,
           int         go_fd)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  char c = 'r';

  if (named_temps && !hide_proc ())
    _exit (3);
  if (write (ready_fd, &c, 1) != 1 || read (go_fd, &c, 1) != 1)
    _exit (4);
  if (!cg_workshop_save (workshop, file, NULL, &error))
    {
      g_printerr ("bench-faults: the saving process: %s\n", error->message);
      _exit (1);
    }
  _exit (0);
}

static int
saver_wait (Saver *saver)
{
  int status = 0;

  if (saver->go_fd >= 0)
    close (saver->go_fd);  /* never released: it reads the end of the pipe and leaves */
  saver->go_fd = -1;
  while (waitpid (saver->pid, &status, 0) < 0 && errno == EINTR)
    ;
  return status;
}

/* Forks a process ready to save @workshop to @path, and waits until it is: the kill must fall
 * in the save, not in the making of the process. */
static gboolean
saver_start (Saver      *saver,
             CgWorkshop *workshop,
             const char *path,
             gboolean    named_temps,
             GError    **error)
{
  int ready[2], go[2];
  ssize_t n;
  char c;

  if (pipe2 (ready, O_CLOEXEC) != 0)
    return fail_errno (error, "pipe");
  if (pipe2 (go, O_CLOEXEC) != 0)
    {
      fail_errno (error, "pipe");
      close (ready[0]);
      close (ready[1]);
      return FALSE;
    }

  saver->pid = fork ();
  if (saver->pid == 0)
    {
      close (ready[0]);
      close (go[1]);
      run_saver (workshop, path, named_temps, ready[1], go[0]);
    }
  if (saver->pid < 0)
    fail_errno (error, "fork");
  close (ready[1]);
  close (go[0]);
  saver->go_fd = go[1];
  if (saver->pid < 0)
    {
      close (ready[0]);
      close (go[1]);
      return FALSE;
    }

  do
    n = read (ready[0], &c, 1);
  while (n < 0 && errno == EINTR);
  close (ready[0]);
  if (n != 1)
    {
      int status = saver_wait (saver);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "the saving process did not get ready (exit status %d)",
                   WIFEXITED (status) ? WEXITSTATUS (status) : -1);
      return FALSE;
    }
  return TRUE;
}

static void
saver_release (Saver *saver)
{
  char c = 'g';

  if (write (saver->go_fd, &c, 1) != 1)
    g_printerr ("bench-faults: the saving process went away before it was released\n");
}

static gboolean
exited_well (int status)
{
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

/* An empty folder; for an existing file, the target holds the old version, the backup the
 * older. */
static gboolean
set_scene (Bench    *bench,
           gboolean  existing,
           GError  **error)
{
  bench_remove_tree (bench->folder);
  if (g_mkdir (bench->folder, 0700) != 0)
    return fail_errno (error, bench->folder);
  return !existing ||
         (write_bytes (bench->target, bench->bytes[STATE_OLD], error) &&
          write_bytes (bench->backup, bench->bytes[STATE_OLDER], error));
}

/* How many bytes @pid has written so far ("wchar" in /proc/PID/io), or G_MAXUINT64. */
static guint64
read_wchar (pid_t pid)
{
  char path[64], text[1024];
  const char *line;
  ssize_t n;
  int fd;

  g_snprintf (path, sizeof path, "/proc/%d/io", (int) pid);
  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return G_MAXUINT64;
  n = read (fd, text, sizeof text - 1);
  close (fd);
  if (n <= 0)
    return G_MAXUINT64;
  text[n] = '\0';
  line = strstr (text, "wchar:");
  return line != NULL ? g_ascii_strtoull (line + strlen ("wchar:"), NULL, 10) : G_MAXUINT64;
}

/* Waits until @pid writes more than the @before bytes it had (or ends, or @timeout_ms pass). */
static void
wait_for_writing (pid_t   pid,
                  guint64 before,
                  double  timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) (timeout_ms * 1000);

  while (g_get_monotonic_time () < end)
    {
      guint64 written = read_wchar (pid);

      if (written == G_MAXUINT64 || written > before)
        return;
      g_usleep (100);
    }
}

/* How long a save takes in @kcase's conditions, from the release to the exit of the process,
 * and when it writes its first byte: the medians of a few. */
static gboolean
time_saves (Bench    *bench,
            KillCase *kcase,
            GError  **error)
{
  double save_runs[N_TIMING_RUNS], serialise_runs[N_TIMING_RUNS], write_runs[N_TIMING_RUNS];

  for (guint i = 0; i < N_TIMING_RUNS; i++)
    {
      guint64 written;
      gint64 start, first_write;
      Saver saver;
      int status;

      if (!set_scene (bench, kcase->existing, error) ||
          !saver_start (&saver, bench->workshops[STATE_NEW], bench->target, kcase->named_temps,
                        error))
        return FALSE;
      written = read_wchar (saver.pid);
      start = g_get_monotonic_time ();
      saver_release (&saver);
      wait_for_writing (saver.pid, written, 10000);
      first_write = g_get_monotonic_time ();
      status = saver_wait (&saver);
      save_runs[i] = (g_get_monotonic_time () - start) / 1000.0;
      serialise_runs[i] = (first_write - start) / 1000.0;
      write_runs[i] = save_runs[i] - serialise_runs[i];
      if (!exited_well (status))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: a save without a kill failed",
                       kcase->name);
          return FALSE;
        }
    }
  kcase->save_ms = bench_median (save_runs, N_TIMING_RUNS);
  kcase->serialise_ms = bench_median (serialise_runs, N_TIMING_RUNS);
  kcase->write_ms = bench_median (write_runs, N_TIMING_RUNS);
  return TRUE;
}

static void
tally_init (Tally    *tally,
            gboolean  aimed,
            double    span_ms)
{
  *tally = (Tally) { .aimed = aimed, .span_ms = span_ms };
  tally->examples = g_ptr_array_new_with_free_func (g_free);
  tally->left_names = g_ptr_array_new_with_free_func (g_free);
  tally->left_after = g_ptr_array_new_with_free_func (g_free);
}

static void
tally_clear (Tally *tally)
{
  g_clear_pointer (&tally->examples, g_ptr_array_unref);
  g_clear_pointer (&tally->left_names, g_ptr_array_unref);
  g_clear_pointer (&tally->left_after, g_ptr_array_unref);
}

/* When the @n kills of @tally come: uniform over its span, one in each of @n equal slices of
 * it (in random order), so that a short stretch of the save, such as the writing of the file,
 * gets its fair share of kills in every run rather than only on average. */
static double *
make_delays (Tally *tally,
             guint  n)
{
  double *delays = g_new (double, n);

  for (guint i = 0; i < n; i++)
    delays[i] = (i + g_random_double ()) * tally->span_ms / n;
  for (guint i = n - 1; i > 0; i--)
    {
      guint j = g_random_int_range (0, i + 1);
      double swap = delays[i];

      delays[i] = delays[j];
      delays[j] = swap;
    }
  return delays;
}

/* One kill @delay_ms into a save, what it left, and what the next save leaves. */
static gboolean
run_kill (Bench    *bench,
          KillCase *kcase,
          Tally    *tally,
          double    delay_ms,
          GError  **error)
{
  g_autofree char *target_detail = NULL;
  g_autofree char *backup_detail = NULL;
  FileState target, backup;
  guint64 written = 0;
  Saver saver;
  int status;

  if (!set_scene (bench, kcase->existing, error) ||
      !saver_start (&saver, bench->workshops[STATE_NEW], bench->target, kcase->named_temps,
                    error))
    return FALSE;
  if (tally->aimed)
    written = read_wchar (saver.pid);
  saver_release (&saver);
  if (tally->aimed && written != G_MAXUINT64)
    wait_for_writing (saver.pid, written, 3 * kcase->save_ms);
  g_usleep ((gulong) (delay_ms * 1000));
  kill (saver.pid, SIGKILL);
  status = saver_wait (&saver);
  if (WIFEXITED (status))
    tally->n_finished++;

  target = classify (bench, bench->target, &target_detail);
  backup = classify (bench, bench->backup, &backup_detail);
  tally->n_kills++;
  tally->targets[target]++;
  tally->backups[backup]++;
  if (!is_whole (kcase->existing, target, backup))
    {
      tally->n_corrupt++;
      if (tally->examples->len < N_EXAMPLES)
        g_ptr_array_add (tally->examples,
                         g_strdup_printf ("kill after %.1f ms: target %s, backup %s%s%s%s%s",
                                          delay_ms, state_names[target], state_names[backup],
                                          target_detail != NULL ? "; " : "",
                                          target_detail != NULL ? target_detail : "",
                                          backup_detail != NULL ? "; " : "",
                                          backup_detail != NULL ? backup_detail : ""));
    }
  tally->n_left += count_left (bench->folder, tally->left_names);

  /* One more save, by a process that took no part: it must clear up what the killed one left. */
  if (!saver_start (&saver, bench->workshops[STATE_OLDER], bench->target, kcase->named_temps,
                    error))
    return FALSE;
  saver_release (&saver);
  if (!exited_well (saver_wait (&saver)))
    tally->n_next_failed++;
  tally->n_left_after += count_left (bench->folder, tally->left_after);
  return TRUE;
}

static gboolean
run_kills (Bench    *bench,
           KillCase *kcase,
           Tally    *tally,
           guint     n,
           GError  **error)
{
  g_autofree double *delays = make_delays (tally, n);

  for (guint i = 0; i < n; i++)
    if (!run_kill (bench, kcase, tally, delays[i], error))
      return FALSE;
  return TRUE;
}

/* "absent 12, new 188": the states seen, in order, leaving out those never seen. */
static char *
describe_counts (const guint *counts)
{
  GString *text = g_string_new (NULL);

  for (FileState state = 0; state < N_STATES; state++)
    if (counts[state] > 0)
      g_string_append_printf (text, "%s%s %u", text->len > 0 ? ", " : "", state_names[state],
                              counts[state]);
  return g_string_free (text, FALSE);
}

static void
print_tally (const char *label,
             const char *indent,
             const char *note,
             Tally      *tally)
{
  g_autofree char *targets = describe_counts (tally->targets);
  g_autofree char *backups = describe_counts (tally->backups);

  g_print ("%s%s: corrupt: %u of %u, temp files left: %u (after next save: %u)\n", indent,
           label, tally->n_corrupt, tally->n_kills, tally->n_left, tally->n_left_after);
  if (note != NULL)
    g_print ("%s  %s\n", indent, note);
  g_print ("%s  kills at 0-%.0f ms after %s, %u of them after the save had returned\n", indent,
           tally->span_ms, tally->aimed ? "its first byte written" : "the release",
           tally->n_finished);
  g_print ("%s  where the kill landed: target %s (absent or old: before the rename; new: "
           "after)\n", indent, targets);
  g_print ("%s  backup after the kill: %s\n", indent, backups);
  for (guint i = 0; i < tally->left_names->len; i++)
    g_print ("%s  left by the kill: %s\n", indent,
             (char *) g_ptr_array_index (tally->left_names, i));
  for (guint i = 0; i < tally->left_after->len; i++)
    g_print ("%s  there after the next save: %s\n", indent,
             (char *) g_ptr_array_index (tally->left_after, i));
  for (guint i = 0; i < tally->examples->len; i++)
    g_print ("%s  corrupt: %s\n", indent, (char *) g_ptr_array_index (tally->examples, i));
  if (tally->n_next_failed > 0)
    g_print ("%s  the next save failed %u times\n", indent, tally->n_next_failed);
}

/* The kills of one case: N uniform over the whole save and, for the main cases, N / 4 more
 * aimed at its second part, once the XML is made, where the files are written: for a new file
 * written in place, that can be as little as a hundredth of the save. */
static gboolean
run_kill_case (Bench    *bench,
               KillCase *kcase,
               guint     n_kills,
               GError  **error)
{
  Tally uniform, aimed;
  gboolean ok;

  if (!time_saves (bench, kcase, error))
    return FALSE;

  tally_init (&uniform, FALSE, KILL_SPREAD * kcase->save_ms);
  tally_init (&aimed, TRUE, KILL_SPREAD * kcase->write_ms);
  if (kcase->named_temps)
    ok = run_kills (bench, kcase, &uniform, MAX (n_kills / AIMED_SHARE, 1), error);
  else
    ok = run_kills (bench, kcase, &uniform, n_kills, error) &&
         run_kills (bench, kcase, &aimed, MAX (n_kills / AIMED_SHARE, 1), error);
  if (ok)
    {
      g_autofree char *note = g_strdup_printf ("one save: %.0f ms (%.0f ms making the XML in "
                                               "memory, then %.0f ms writing)", kcase->save_ms,
                                               kcase->serialise_ms, kcase->write_ms);

      print_tally (kcase->name, "", note, &uniform);
      if (aimed.n_kills > 0)
        print_tally ("aimed at the writing", "  ", NULL, &aimed);
    }
  tally_clear (&uniform);
  tally_clear (&aimed);
  return ok;
}

/* Each version, written and loaded once: so a file byte-equal to one loads completely. */
static gboolean
check_versions (Bench   *bench,
                GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (bench->target);

  if (!set_scene (bench, FALSE, error))
    return FALSE;
  for (FileState state = STATE_OLDER; state <= STATE_NEW; state++)
    {
      g_autoptr(CgWorkshop) loaded = NULL;
      g_autoptr(GBytes) again = NULL;

      if (!write_bytes (bench->target, bench->bytes[state], error) ||
          (loaded = cg_workshop_load (file, NULL, error)) == NULL)
        return FALSE;
      again = cg_workshop_save_to_bytes (loaded);
      if (!g_bytes_equal (again, bench->bytes[state]))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       "the %s version does not load back to the same bytes", state_names[state]);
          return FALSE;
        }
    }
  return TRUE;
}

/* A kill between the backup's link and the final rename leaves the backup a second name of
 * the target (the old version under both). The kills above land there only by luck, so this
 * sets that scene directly and saves once: the save must leave nothing else behind. */
static gboolean
run_linked_backup (Bench   *bench,
                   GError **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *target_detail = NULL;
  g_autofree char *backup_detail = NULL;
  FileState target, backup;
  Saver saver;
  guint n_left;
  int status;

  if (!set_scene (bench, TRUE, error))
    return FALSE;
  if (g_unlink (bench->backup) != 0 || link (bench->target, bench->backup) != 0)
    return fail_errno (error, bench->backup);
  if (!saver_start (&saver, bench->workshops[STATE_NEW], bench->target, FALSE, error))
    return FALSE;
  saver_release (&saver);
  status = saver_wait (&saver);

  target = classify (bench, bench->target, &target_detail);
  backup = classify (bench, bench->backup, &backup_detail);
  n_left = count_left (bench->folder, names);
  g_print ("existing file, backup a link to it (a kill between the renames): save %s, "
           "target %s, backup %s, temp files left: %u%s%s\n",
           exited_well (status) ? "done" : "FAILED", state_names[target], state_names[backup],
           n_left, names->len > 0 ? ": " : "",
           names->len > 0 ? (char *) g_ptr_array_index (names, 0) : "");
  return TRUE;
}

static gboolean
run_kill_test (Bench   *bench,
               guint    n_kills,
               GError **error)
{
  KillCase cases[] = {
    { .name = "new file" },
    { .name = "existing file", .existing = TRUE },
    { .name = "new file, named temp files", .named_temps = TRUE },
    { .name = "existing file, named temp files", .existing = TRUE, .named_temps = TRUE },
  };
  guint n_cases = can_hide_proc () ? G_N_ELEMENTS (cases) : 2;
  gboolean ok = TRUE;

  g_print ("Making workshops of %d and %d ideas...\n", N_IDEAS, N_SMALL_IDEAS);
  bench->workshops[STATE_OLDER] = bench_make_workshop (N_SMALL_IDEAS, SEED_OLDER);
  bench->workshops[STATE_OLD] = bench_make_workshop (N_IDEAS, SEED_OLD);
  bench->workshops[STATE_NEW] = bench_make_workshop (N_IDEAS, SEED_NEW);
  for (FileState state = STATE_OLDER; state <= STATE_NEW; state++)
    bench->bytes[state] = cg_workshop_save_to_bytes (bench->workshops[state]);
  if (!check_versions (bench, error))
    return FALSE;

  g_print ("Kill test: saving %d ideas (%.1f MB) over nothing, or over %d ideas with a backup "
           "of %d, in %s\n\n", N_IDEAS, g_bytes_get_size (bench->bytes[STATE_NEW]) / 1e6,
           N_IDEAS, N_SMALL_IDEAS, bench->folder);
  for (guint c = 0; c < n_cases && ok; c++)
    ok = run_kill_case (bench, &cases[c], n_kills, error);
  if (ok && n_cases < G_N_ELEMENTS (cases))
    g_print ("named temp files: skipped (needs root, to hide /proc from the saving process)\n");
  return ok && run_linked_backup (bench, error);
}

/* What @after is, next to what was there @before, the @new_bytes saved and the @old_target. */
static char *
describe_file (GBytes *after,
               GBytes *before,
               GBytes *new_bytes,
               GBytes *old_target)
{
  g_autoptr(CgWorkshop) loaded = NULL;
  const char *what;
  const char *data;
  gsize length;

  if (after == NULL)
    return g_strdup (before == NULL ? "absent" : "gone");
  if (same_bytes (after, new_bytes))
    return g_strdup ("the new version");
  if (same_bytes (after, before))
    return g_strdup ("unchanged");

  what = same_bytes (after, old_target) ? "the previous target" : "changed";
  data = g_bytes_get_data (after, &length);
  loaded = cg_workshop_load_from_data (data, length, TARGET_NAME, NULL);
  return g_strdup_printf ("%s (%" G_GSIZE_FORMAT " bytes, was %" G_GSIZE_FORMAT ", %s)", what,
                          length, before != NULL ? g_bytes_get_size (before) : 0,
                          loaded != NULL ? "loads" : "does not load");
}

/* One save of @workshop on the small disk, and what it left. */
static void
attempt_save (DiskTotals *totals,
              const char *label,
              const char *folder,
              CgWorkshop *workshop,
              GBytes     *new_bytes)
{
  g_autofree char *target = g_build_filename (folder, TARGET_NAME, NULL);
  g_autofree char *backup = g_build_filename (folder, BACKUP_NAME, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(GBytes) target_before = read_bytes (target);
  g_autoptr(GBytes) backup_before = read_bytes (backup);
  g_autoptr(GBytes) target_after = NULL;
  g_autoptr(GBytes) backup_after = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *target_text = NULL;
  g_autofree char *backup_text = NULL;
  gboolean saved, whole;
  guint n_left;

  saved = cg_workshop_save (workshop, file, NULL, &error);
  target_after = read_bytes (target);
  backup_after = read_bytes (backup);
  n_left = count_left (folder, names);

  if (saved)
    whole = same_bytes (target_after, new_bytes) && same_bytes (backup_after, target_before);
  else
    whole = same_bytes (target_after, target_before) && same_bytes (backup_after, backup_before);

  totals->n_attempts++;
  totals->n_corrupt += whole ? 0 : 1;
  totals->n_left += n_left;
  if (!saved)
    {
      totals->n_failed++;
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE) ||
          strstr (error->message, "full") != NULL)
        totals->n_said_full++;
    }

  target_text = describe_file (target_after, target_before, new_bytes, target_before);
  backup_text = describe_file (backup_after, backup_before, new_bytes, target_before);
  g_print ("  %s: %s%s\n", label, saved ? "saved" : "failed: ", saved ? "" : error->message);
  g_print ("    target %s, backup %s, %u other files%s%s%s -> %s\n", target_text, backup_text,
           n_left, names->len > 0 ? " (" : "",
           names->len > 0 ? (char *) g_ptr_array_index (names, 0) : "",
           names->len > 0 ? (names->len > 1 ? ", ...)" : ")") : "",
           whole && n_left == 0 ? "ok" : "WRONG");
}

typedef struct
{
  const char *name;
  const char *size;       /* the disk's size once the files are on it */
  int         n_inodes;   /* inodes left free then, or -1 for no limit */
} DiskCase;

static const DiskCase disk_cases[] = {
  { "full while writing", "128k", -1 },
  { "no inode for a temporary file", "128k", 0 },
  { "an inode for the temporary file, none for the backup's link", "4m", 1 },
};

/* A fresh tmpfs on @mount_point with a small workshop and its backup, shrunk to @dcase's
 * limits, and the saves on it. */
static gboolean
run_disk_case (DiskTotals     *totals,
               const DiskCase *dcase,
               const char     *mount_point,
               CgWorkshop     *workshop,
               GError        **error)
{
  g_autofree char *target = g_build_filename (mount_point, TARGET_NAME, NULL);
  g_autofree char *backup = g_build_filename (mount_point, BACKUP_NAME, NULL);
  g_autoptr(CgWorkshop) old_target = bench_make_workshop (N_DISK_IDEAS, SEED_OLD);
  g_autoptr(CgWorkshop) old_backup = bench_make_workshop (N_DISK_IDEAS, SEED_OLDER);
  g_autoptr(GBytes) target_bytes = cg_workshop_save_to_bytes (old_target);
  g_autoptr(GBytes) backup_bytes = cg_workshop_save_to_bytes (old_backup);
  g_autoptr(GBytes) new_bytes = cg_workshop_save_to_bytes (workshop);
  g_autofree char *options = NULL;
  struct statvfs st;
  gboolean ok;

  if (mount ("tmpfs", mount_point, "tmpfs", MS_NOSUID | MS_NODEV, "size=4m,mode=0700") != 0)
    return fail_errno (error, "mount -t tmpfs");

  ok = write_bytes (target, target_bytes, error) && write_bytes (backup, backup_bytes, error);
  if (ok && statvfs (mount_point, &st) != 0)
    ok = fail_errno (error, "statvfs");
  if (ok)
    {
      if (dcase->n_inodes >= 0)
        options = g_strdup_printf ("size=%s,nr_inodes=%lu", dcase->size,
                                   (gulong) (st.f_files - st.f_ffree) + dcase->n_inodes);
      else
        options = g_strdup_printf ("size=%s", dcase->size);
      if (mount ("tmpfs", mount_point, "tmpfs", MS_REMOUNT | MS_NOSUID | MS_NODEV, options) != 0)
        ok = fail_errno (error, "mount -o remount");
    }
  if (ok)
    {
      g_print ("%s (tmpfs %s; a %" G_GSIZE_FORMAT "-byte workshop and its backup, "
               "saving %" G_GSIZE_FORMAT " bytes over it)\n", dcase->name, options,
               g_bytes_get_size (target_bytes), g_bytes_get_size (new_bytes));
      for (guint i = 1; i <= N_DISK_ATTEMPTS; i++)
        {
          g_autofree char *label = g_strdup_printf ("attempt %u", i);

          attempt_save (totals, label, mount_point, workshop, new_bytes);
        }
    }

  if (umount2 (mount_point, 0) != 0 && umount2 (mount_point, MNT_DETACH) != 0 && ok)
    ok = fail_errno (error, "umount");
  return ok;
}

/* Runs the full-disk cases in a mount namespace of the bench's own, so that its small disks
 * are seen by no other process and vanish with it, whatever happens. */
static gboolean
run_full_disk_test (const char *dir,
                    GError    **error)
{
  g_autofree char *mount_point = g_build_filename (dir, "disk", NULL);
  g_autoptr(CgWorkshop) workshop = NULL;
  DiskTotals totals = { 0 };
  gboolean ok = TRUE;

  if (geteuid () != 0 || unshare (CLONE_NEWNS) != 0 ||
      mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    {
      g_print ("full disk: skipped (needs root)\n");
      return TRUE;
    }
  if (g_mkdir (mount_point, 0700) != 0)
    return fail_errno (error, mount_point);

  workshop = bench_make_workshop (N_BIG_IDEAS, SEED_NEW);
  g_print ("Full-disk test\n");
  for (guint c = 0; c < G_N_ELEMENTS (disk_cases) && ok; c++)
    {
      ok = run_disk_case (&totals, &disk_cases[c], mount_point, workshop, error);
      if (!ok && totals.n_attempts == 0)
        {
          g_print ("full disk: skipped (needs root: %s)\n", (*error)->message);
          g_clear_error (error);
          g_rmdir (mount_point);
          return TRUE;
        }
    }
  g_rmdir (mount_point);
  if (!ok)
    return FALSE;

  g_print ("full disk: corrupt: %u of %u, temp files left: %u\n", totals.n_corrupt,
           totals.n_attempts, totals.n_left);
  g_print ("  failed saves that say the disk is full: %u of %u\n", totals.n_said_full,
           totals.n_failed);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  gint64 start = g_get_monotonic_time ();
  guint64 n_kills = DEFAULT_N_KILLS;
  Bench bench = { 0 };
  gboolean ok;

  setlocale (LC_ALL, "");

  if (argc > 2 || (argc == 2 && (g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "--help"))))
    {
      g_print ("Usage: bench-faults [N]\n"
               "Kills a save of a %d-idea workshop at a random moment, N times (default %d) for\n"
               "a new file and N times for an existing one, and counts corrupt files and\n"
               "temporary files left; then, as root, fills small tmpfs disks during saves.\n",
               N_IDEAS, DEFAULT_N_KILLS);
      return argc > 2 ? 2 : 0;
    }
  if (argc == 2 && !g_ascii_string_to_unsigned (argv[1], 10, 1, 100000, &n_kills, &error))
    {
      g_printerr ("bench-faults: N: %s\n", error->message);
      return 2;
    }

  /* A saver that dies before it is released must not take the bench with it. */
  signal (SIGPIPE, SIG_IGN);

  dir = g_dir_make_tmp ("cg-bench-faults-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("bench-faults: %s\n", error->message);
      return 1;
    }
  bench.folder = g_build_filename (dir, "kill", NULL);
  bench.target = g_build_filename (bench.folder, TARGET_NAME, NULL);
  bench.backup = g_build_filename (bench.folder, BACKUP_NAME, NULL);

  ok = run_kill_test (&bench, (guint) n_kills, &error);
  bench_remove_tree (bench.folder);
  if (ok)
    {
      g_print ("\n");
      ok = run_full_disk_test (dir, &error);
    }
  g_rmdir (dir);

  for (FileState state = STATE_OLDER; state <= STATE_NEW; state++)
    {
      g_clear_object (&bench.workshops[state]);
      g_clear_pointer (&bench.bytes[state], g_bytes_unref);
    }
  g_free (bench.folder);
  g_free (bench.target);
  g_free (bench.backup);

  if (!ok)
    {
      g_printerr ("bench-faults: %s\n", error->message);
      return 1;
    }
  g_print ("\n(%.0f s in all)\n", (g_get_monotonic_time () - start) / 1e6);
  return 0;
}
