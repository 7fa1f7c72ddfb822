/* bench-io.c: how fast workshop files load and save, and how much memory a loaded one takes
 *
 * Run by hand: bench-io [N]. Builds a workshop of N ideas (20,000 by default, about 10 MB on
 * disk), saves it to a temporary folder, then times `xmllint --noout` on the file (a yardstick
 * for "just parsing the XML"), cg_workshop_load and cg_workshop_save, each the median of five
 * runs, and measures the heap a loaded workshop holds. It prints the results against the goals:
 * load and save within 2x of xmllint, a loaded model within 3x of the file's size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-bench"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <malloc.h>
#include <stdlib.h>
#include <unistd.h>

#include "io/cg-io.h"
#include "model/cg-model.h"

#include "bench-util.h"

#define DEFAULT_N_IDEAS 20000
#define N_RUNS 5
#define SEED 20261123

#define LOAD_GOAL 2.0
#define SAVE_GOAL 2.0
#define MEMORY_GOAL 3.0

/* Bytes malloc has handed out and not had back: the arena's and the mmap()ed blocks. */
static gsize
heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
}

static double
elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / 1000.0;
}

/* Runs @argv to completion and gives its wall time in ms, or a negative number and @error. */
static double
time_command (const char * const *argv,
              GError            **error)
{
  gint64 start = g_get_monotonic_time ();
  int wait_status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &wait_status, error))
    return -1;
  double ms = elapsed_ms (start);

  if (!g_spawn_check_wait_status (wait_status, error))
    {
      g_prefix_error (error, "%s: ", argv[0]);
      return -1;
    }
  return ms;
}

static const char *
verdict (double ratio,
         double goal)
{
  if (ratio < 0)
    return "n/a";
  return ratio <= goal ? "PASS" : "MISS";
}

static void
print_goal (const char *what,
            double      ratio,
            double      goal)
{
  if (ratio < 0)
    g_print ("  %-28s %8s   <= %.1fx   %s\n", what, "-", goal, verdict (ratio, goal));
  else
    g_print ("  %-28s %7.2fx   <= %.1fx   %s\n", what, ratio, goal, verdict (ratio, goal));
}

/* GLib 2.74 keeps freed GObjects in GSlice's caches, which would hide part of what a loaded
 * workshop costs; with plain malloc the heap counts are honest. GSlice reads G_SLICE when GLib
 * starts, so the program runs itself again with it set. */
static void
reexec_with_plain_malloc (char **argv)
{
  if (g_getenv ("G_SLICE") != NULL)
    return;
  g_setenv ("G_SLICE", "always-malloc", TRUE);
  execv ("/proc/self/exe", argv);
  g_printerr ("bench-io: could not restart with G_SLICE=always-malloc (%s); "
              "memory figures may be low\n", g_strerror (errno));
}

/* Makes the file in @dir, measures, and prints the table. */
static gboolean
run (guint       n_ideas,
     const char *dir,
     GError    **error)
{
  g_autofree char *in_path = g_build_filename (dir, "bench.cgw", NULL);
  g_autofree char *out_path = g_build_filename (dir, "bench-saved.cgw", NULL);
  g_autoptr(GFile) in_file = g_file_new_for_path (in_path);
  g_autoptr(GFile) out_file = g_file_new_for_path (out_path);
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  double xmllint_runs[N_RUNS], version_runs[N_RUNS], load_runs[N_RUNS], save_runs[N_RUNS];
  double xmllint_ms = -1, spawn_ms = -1, parse_ms = -1, load_ms, save_ms;

  /* The file under test. */
  g_print ("Making a workshop of %u ideas...\n", n_ideas);
  {
    g_autoptr(CgWorkshop) made = bench_make_workshop (n_ideas, SEED);

    if (!cg_workshop_save (made, in_file, NULL, error))
      return FALSE;
  }
  g_autoptr(GFileInfo) info = g_file_query_info (in_file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return FALSE;
  goffset file_size = g_file_info_get_size (info);

  /* (a) xmllint, and what starting it costs on its own. */
  if (xmllint != NULL)
    {
      const char *lint_argv[] = { xmllint, "--noout", in_path, NULL };
      const char *version_argv[] = { xmllint, "--version", NULL };

      g_print ("Timing xmllint...\n");
      for (guint i = 0; i < N_RUNS; i++)
        {
          if ((version_runs[i] = time_command (version_argv, error)) < 0 ||
              (xmllint_runs[i] = time_command (lint_argv, error)) < 0)
            return FALSE;
        }
      xmllint_ms = bench_median (xmllint_runs, N_RUNS);
      spawn_ms = bench_median (version_runs, N_RUNS);
      parse_ms = MAX (xmllint_ms - spawn_ms, 0.001);
    }

  /* Memory first, before repeated loads have warmed the allocator. */
  g_print ("Timing cg_workshop_load and cg_workshop_save...\n");
  gsize heap_before = heap_in_use ();
  g_autoptr(CgWorkshop) kept = cg_workshop_load (in_file, NULL, error);
  if (kept == NULL)
    return FALSE;
  gsize heap_after = heap_in_use ();
  gssize model_bytes = (gssize) heap_after - (gssize) heap_before;
  guint n_loaded = g_list_model_get_n_items (cg_workshop_get_ideas (kept));

  if (n_loaded != n_ideas)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "saved %u ideas but loaded %u", n_ideas, n_loaded);
      return FALSE;
    }

  /* (b) load, each copy dropped before the next. */
  for (guint i = 0; i < N_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(CgWorkshop) loaded = cg_workshop_load (in_file, NULL, error);

      load_runs[i] = elapsed_ms (start);
      if (loaded == NULL)
        return FALSE;
    }
  load_ms = bench_median (load_runs, N_RUNS);

  /* (c) save; after the first, over the previous copy, as an editing session does. */
  for (guint i = 0; i < N_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!cg_workshop_save (kept, out_file, NULL, error))
        return FALSE;
      save_runs[i] = elapsed_ms (start);
    }
  save_ms = bench_median (save_runs, N_RUNS);

  /* Plain ASCII rather than g_format_size(), whose no-break space a C locale cannot print. */
  g_autofree char *size_text = g_strdup_printf ("%.1f MB", file_size / 1e6);
  g_autofree char *model_text = g_strdup_printf ("%.1f MB", model_bytes / 1e6);

  g_print ("\nCommon Ground I/O benchmark (median of %d runs each)\n\n", N_RUNS);
  g_print ("  %-28s %9u\n", "ideas", n_loaded);
  g_print ("  %-28s %9s   (%" G_GOFFSET_FORMAT " bytes)\n", "file size", size_text, file_size);
  g_print ("  %-28s %9s   (%" G_GSSIZE_FORMAT " bytes of heap)\n\n", "model in memory",
           model_text, model_bytes);

  g_print ("  %-28s %9s\n", "measurement", "time (ms)");
  if (xmllint != NULL)
    {
      g_print ("  %-28s %9.1f\n", "xmllint --noout (raw)", xmllint_ms);
      g_print ("  %-28s %9.1f\n", "xmllint --version (spawn)", spawn_ms);
      g_print ("  %-28s %9.1f\n", "xmllint, less spawn", parse_ms);
    }
  else
    {
      g_print ("  %-28s %9s\n", "xmllint --noout", "not found");
    }
  g_print ("  %-28s %9.1f\n", "cg_workshop_load", load_ms);
  g_print ("  %-28s %9.1f\n\n", "cg_workshop_save", save_ms);

  g_print ("  %-28s %9s   %6s   %s\n", "goal", "ratio", "limit", "result");
  print_goal ("load / xmllint", xmllint != NULL ? load_ms / parse_ms : -1, LOAD_GOAL);
  print_goal ("save / xmllint", xmllint != NULL ? save_ms / parse_ms : -1, SAVE_GOAL);
  print_goal ("model memory / file size", (double) model_bytes / file_size, MEMORY_GOAL);
  if (xmllint != NULL)
    g_print ("\n  Ratios are to xmllint less its spawn cost; to its raw time they are\n"
             "  %.2fx (load) and %.2fx (save).\n", load_ms / xmllint_ms, save_ms / xmllint_ms);

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  guint64 n_ideas = DEFAULT_N_IDEAS;

  reexec_with_plain_malloc (argv);
  setlocale (LC_ALL, "");

  if (argc > 2 || (argc == 2 && (g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "--help"))))
    {
      g_print ("Usage: bench-io [N]\n"
               "Times loading and saving a workshop file of N ideas (default %d) against\n"
               "xmllint, and measures the memory a loaded workshop takes.\n", DEFAULT_N_IDEAS);
      return argc > 2 ? 2 : 0;
    }
  if (argc == 2 &&
      !g_ascii_string_to_unsigned (argv[1], 10, 1, CG_FILE_MAX_IDEAS, &n_ideas, &error))
    {
      g_printerr ("bench-io: N: %s\n", error->message);
      return 2;
    }

  g_autofree char *dir = g_dir_make_tmp ("cg-bench-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("bench-io: %s\n", error->message);
      return 1;
    }

  gboolean ok = run ((guint) n_ideas, dir, &error);

  bench_remove_tree (dir);
  if (!ok)
    {
      g_printerr ("bench-io: %s\n", error->message);
      return 1;
    }
  return 0;
}
