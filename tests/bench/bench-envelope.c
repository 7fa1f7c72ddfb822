/* bench-envelope.c: what protecting a workshop costs: opening and saving a protected workshop
 * next to the same workshop unprotected, and Argon2id on its own
 *
 * Run by hand: bench-envelope [N]. Builds a workshop of N ideas (20,000 by default, about
 * 10 MB), saves it plain and protected, then times, in turns so that a busy machine slows both
 * alike, the median of seven runs of: opening each (the protected one with its key, as every
 * save after the first and every autosave works, so without Argon2id), saving each, and sealing
 * and opening the bytes alone. Argon2id at the default cost is timed apart, and opening with
 * the passphrase, which is the two together. Goal: protected within 1.3x of plain, Argon2id
 * aside; Argon2id near 0.5 s.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cg-bench"

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "io/cg-envelope.h"
#include "io/cg-io.h"
#include "model/cg-model.h"

#include "bench-util.h"

#define DEFAULT_N_IDEAS 20000
#define N_RUNS 7
#define N_KDF_RUNS 5
#define SEED 20261204
#define PASSPHRASE "a bench's passphrase, long enough to be real"

#define RATIO_GOAL 1.3
#define KDF_GOAL_MS 500.0

static double
elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / 1000.0;
}

static void
print_goal (const char *what,
            double      ratio,
            double      goal)
{
  g_print ("  %-34s %7.2fx   <= %.1fx   %s\n", what, ratio, goal,
           ratio <= goal ? "PASS" : "MISS");
}

/* Times opening @file (with @key when not NULL). */
static double
time_load (GFile         *file,
           CgEnvelopeKey *key,
           GError       **error)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(CgWorkshop) loaded = cg_workshop_load_protected (file, NULL, 0, key, NULL, error);

  return loaded != NULL ? elapsed_ms (start) : -1;
}

static double
time_save (CgWorkshop *workshop,
           GFile      *file,
           GError    **error)
{
  gint64 start = g_get_monotonic_time ();

  return cg_workshop_save (workshop, file, NULL, error) ? elapsed_ms (start) : -1;
}

static gboolean
run (guint       n_ideas,
     const char *dir,
     GError    **error)
{
  g_autofree char *plain_path = g_build_filename (dir, "plain.cgw", NULL);
  g_autofree char *sealed_path = g_build_filename (dir, "protected.cgw", NULL);
  g_autoptr(GFile) plain_file = g_file_new_for_path (plain_path);
  g_autoptr(GFile) sealed_file = g_file_new_for_path (sealed_path);
  g_autoptr(CgWorkshop) plain = NULL;
  g_autoptr(CgWorkshop) sealed = NULL;
  g_autoptr(CgEnvelopeKey) key = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GBytes) envelope = NULL;
  double kdf_runs[N_KDF_RUNS], passphrase_runs[N_KDF_RUNS];
  double plain_load[N_RUNS], sealed_load[N_RUNS], plain_save[N_RUNS], sealed_save[N_RUNS];
  double seal_runs[N_RUNS], open_runs[N_RUNS];
  double kdf_ms, passphrase_ms, plain_load_ms, sealed_load_ms, plain_save_ms, sealed_save_ms;
  double seal_ms, open_ms;

  g_print ("Making a workshop of %u ideas...\n", n_ideas);
  plain = bench_make_workshop (n_ideas, SEED);

  g_print ("Timing Argon2id at the default cost (%d passes, %d MiB)...\n",
           CG_ENVELOPE_OPSLIMIT, CG_ENVELOPE_MEMLIMIT / (1024 * 1024));
  for (guint i = 0; i < N_KDF_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_pointer (&key, cg_envelope_key_unref);
      key = cg_envelope_key_new (PASSPHRASE, -1, error);
      if (key == NULL)
        return FALSE;
      kdf_runs[i] = elapsed_ms (start);
    }
  kdf_ms = bench_median (kdf_runs, N_KDF_RUNS);

  /* The same workshop, saved plain and protected. */
  if (!cg_workshop_save (plain, plain_file, NULL, error))
    return FALSE;
  sealed = cg_workshop_load (plain_file, NULL, error);
  if (sealed == NULL)
    return FALSE;
  cg_workshop_set_key (sealed, key);
  if (!cg_workshop_save (sealed, sealed_file, NULL, error))
    return FALSE;

  g_print ("Timing opening and saving, plain and protected in turns...\n");
  for (guint i = 0; i < N_RUNS; i++)
    {
      if ((plain_load[i] = time_load (plain_file, NULL, error)) < 0 ||
          (sealed_load[i] = time_load (sealed_file, key, error)) < 0 ||
          (plain_save[i] = time_save (plain, plain_file, error)) < 0 ||
          (sealed_save[i] = time_save (sealed, sealed_file, error)) < 0)
        return FALSE;
    }
  plain_load_ms = bench_median (plain_load, N_RUNS);
  sealed_load_ms = bench_median (sealed_load, N_RUNS);
  plain_save_ms = bench_median (plain_save, N_RUNS);
  sealed_save_ms = bench_median (sealed_save, N_RUNS);

  /* The envelope alone: sealing and opening the file's bytes in memory. */
  xml = cg_workshop_save_to_bytes (plain);
  for (guint i = 0; i < N_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GBytes) opened = NULL;

      g_clear_pointer (&envelope, g_bytes_unref);
      envelope = cg_envelope_seal (key, g_bytes_get_data (xml, NULL), g_bytes_get_size (xml),
                                   error);
      if (envelope == NULL)
        return FALSE;
      seal_runs[i] = elapsed_ms (start);

      start = g_get_monotonic_time ();
      opened = cg_envelope_open_with_key (key, g_bytes_get_data (envelope, NULL),
                                          g_bytes_get_size (envelope), error);
      if (opened == NULL)
        return FALSE;
      open_runs[i] = elapsed_ms (start);
    }
  seal_ms = bench_median (seal_runs, N_RUNS);
  open_ms = bench_median (open_runs, N_RUNS);

  /* Opening as a person does: with the passphrase, Argon2id included. */
  g_print ("Timing opening with the passphrase...\n");
  for (guint i = 0; i < N_KDF_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(CgWorkshop) loaded = cg_workshop_load_protected (sealed_file, PASSPHRASE, -1,
                                                                 NULL, NULL, error);

      if (loaded == NULL)
        return FALSE;
      passphrase_runs[i] = elapsed_ms (start);
    }
  passphrase_ms = bench_median (passphrase_runs, N_KDF_RUNS);

  g_print ("\nCommon Ground protected workshops (median of %d runs; Argon2id of %d)\n\n",
           N_RUNS, N_KDF_RUNS);
  g_print ("  %-34s %9u\n", "ideas", n_ideas);
  g_print ("  %-34s %9.1f MB\n", "file size, plain", g_bytes_get_size (xml) / 1e6);
  g_print ("  %-34s %9.1f MB\n\n", "file size, protected", g_bytes_get_size (envelope) / 1e6);

  g_print ("  %-34s %9s %9s\n", "measurement (ms)", "plain", "protected");
  g_print ("  %-34s %9.1f %9.1f\n", "open (protected: with its key)", plain_load_ms,
           sealed_load_ms);
  g_print ("  %-34s %9.1f %9.1f\n", "save", plain_save_ms, sealed_save_ms);
  g_print ("  %-34s %9s %9.1f\n", "seal the bytes alone", "", seal_ms);
  g_print ("  %-34s %9s %9.1f\n", "open the envelope alone", "", open_ms);
  g_print ("  %-34s %9s %9.1f\n", "Argon2id (the key, apart)", "", kdf_ms);
  g_print ("  %-34s %9s %9.1f\n\n", "open with the passphrase", "", passphrase_ms);

  g_print ("  %-34s %9s   %6s   %s\n", "goal", "ratio", "limit", "result");
  print_goal ("open, protected / plain", sealed_load_ms / plain_load_ms, RATIO_GOAL);
  print_goal ("save, protected / plain", sealed_save_ms / plain_save_ms, RATIO_GOAL);
  print_goal ("open + save, protected / plain",
              (sealed_load_ms + sealed_save_ms) / (plain_load_ms + plain_save_ms), RATIO_GOAL);
  g_print ("  %-34s %7.0f ms  ~%.0f ms   %s\n", "Argon2id", kdf_ms, KDF_GOAL_MS,
           kdf_ms <= 2 * KDF_GOAL_MS ? "PASS" : "MISS");
  g_print ("\n  Opening with the passphrase is the key's cost plus an open: %.0f ms less "
           "Argon2id\n  is %.0f ms, %.2fx the plain open.\n", passphrase_ms,
           passphrase_ms - kdf_ms, (passphrase_ms - kdf_ms) / plain_load_ms);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  guint64 n_ideas = DEFAULT_N_IDEAS;

  setlocale (LC_ALL, "");

  if (argc > 2 || (argc == 2 && (g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "--help"))))
    {
      g_print ("Usage: bench-envelope [N]\n"
               "Times opening and saving a protected workshop of N ideas (default %d) next to\n"
               "the same workshop unprotected, and Argon2id apart.\n", DEFAULT_N_IDEAS);
      return argc > 2 ? 2 : 0;
    }
  if (argc == 2 &&
      !g_ascii_string_to_unsigned (argv[1], 10, 1, CG_FILE_MAX_IDEAS, &n_ideas, &error))
    {
      g_printerr ("bench-envelope: N: %s\n", error->message);
      return 2;
    }

  g_autofree char *dir = g_dir_make_tmp ("cg-bench-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("bench-envelope: %s\n", error->message);
      return 1;
    }

  gboolean ok = run ((guint) n_ideas, dir, &error);

  bench_remove_tree (dir);
  if (!ok)
    {
      g_printerr ("bench-envelope: %s\n", error->message);
      return 1;
    }
  return 0;
}
