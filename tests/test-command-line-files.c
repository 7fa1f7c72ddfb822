/* test-command-line-files.c: the command line never loses a file: an output that is one of
 * the inputs, devices and pipes given as input, a workshop too large to open again, a
 * read-only file, private notes in a CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cg-test-cli.h"
#include "cg-test-util.h"

typedef CliFixture Fixture;

static const char csv_good[] =
  "event,theme,voice,kind,text,votes,private,beyond_service,status\r\n"
  "March,First contacts,Lived experience,strength,A call back the same day,3,no,no,open\r\n";

/* A copy of the sample workshop in the fixture's folder, as @name. */
static char *
copy_sample (Fixture    *f,
             const char *name)
{
  g_autofree char *sample = cg_test_data_path ("sample.cgw");
  g_autofree char *contents = cg_test_read_text (sample);

  return cg_test_cli_write_file (f, name, contents);
}

/* Runs @args, which must be refused with one line saying the output is being read, and leaves
 * @path as it was, with no backup beside it. */
static void
assert_refused_as_input (Fixture     *f,
                         const char **args,
                         const char  *path)
{
  g_autofree char *before = cg_test_read_text (path);
  g_autofree char *after = NULL;
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_auto(Run) run = { 0 };

  cg_test_run_app (&run, f->dir, args);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "will not write over a file that is also being read"));
  g_assert_cmpuint (cg_test_count_lines (run.err), ==, 1);
  after = cg_test_read_text (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
}

static void
test_output_is_input (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *workshop = copy_sample (f, "w.cgw");
  g_autofree char *other = copy_sample (f, "other.cgw");
  g_autofree char *page = copy_sample (f, "pages-2.png");
  g_autofree char *csv = cg_test_cli_write_file (f, "ideas.csv", csv_good);
  g_autofree char *soft = g_build_filename (f->dir, "link.pdf", NULL);
  g_autofree char *hard = g_build_filename (f->dir, "hard.pdf", NULL);

  g_assert_cmpint (symlink ("w.cgw", soft), ==, 0);
  g_assert_cmpint (link (workshop, hard), ==, 0);

  assert_refused_as_input (f, (const char *[]) { "--export", "pdf", "--output", "w.cgw", "w.cgw",
                                                 NULL }, workshop);
  assert_refused_as_input (f, (const char *[]) { "--export", "svg", "-o", "link.pdf", "w.cgw",
                                                 NULL }, workshop);
  assert_refused_as_input (f, (const char *[]) { "--export", "pdf", "-o", "hard.pdf", "w.cgw",
                                                 NULL }, workshop);
  assert_refused_as_input (f, (const char *[]) { "--export", "png", "-o", "pages.png",
                                                 "pages-2.png", NULL }, page);
  assert_refused_as_input (f, (const char *[]) { "--export-csv", "w.cgw", "-o", "w.cgw", NULL },
                           workshop);
  assert_refused_as_input (f, (const char *[]) { "--merge", "other.cgw", "w.cgw", "-o", "w.cgw",
                                                 NULL }, workshop);
  assert_refused_as_input (f, (const char *[]) { "--import-csv", "ideas.csv", "-o", "ideas.csv",
                                                 NULL }, csv);
}

/* Devices and pipes are refused by type, at once: /dev/zero would be read for ever and a pipe
 * with no writer would wait for ever. */
static void
test_devices_and_pipes (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (f->dir, "pipe.cgw", NULL);
  g_auto(Run) zero = { 0 };
  g_auto(Run) urandom = { 0 };
  g_auto(Run) pipe = { 0 };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  cg_test_run_app (&zero, f->dir, (const char *[]) { "--validate", "/dev/zero", NULL });
  g_assert_cmpint (zero.status, ==, 1);
  g_assert_cmpstr (zero.err, ==, "/dev/zero: cannot read: it is not an ordinary file but a "
                                 "device, a pipe or a socket\n");

  cg_test_run_app (&urandom, f->dir, (const char *[]) { "--import-csv", "/dev/urandom", "-o",
                                                        "x.cgw", NULL });
  g_assert_cmpint (urandom.status, ==, 1);
  g_assert_true (g_str_has_prefix (urandom.err, "/dev/urandom: cannot read: it is not an "));

  cg_test_run_app (&pipe, f->dir, (const char *[]) { "--validate", "pipe.cgw", NULL });
  g_assert_cmpint (pipe.status, ==, 1);
  g_assert_true (g_str_has_prefix (pipe.err, "pipe.cgw: cannot read: it is not an ordinary"));
}

/* 1,500 notes of 10,000 "&" each: a 15 MB CSV whose workshop file would be 75 MB, more than
 * the loader opens. Refused before writing, saying why and what to do; the old file stays. */
static void
test_too_large_to_save (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("event,theme,voice,kind,text,votes,private,"
                                         "beyond_service,status\n");
  g_autofree char *ampersands = g_strnfill (10000, '&');
  g_autofree char *csv_path = g_build_filename (f->dir, "big.csv", NULL);
  g_autofree char *target = cg_test_cli_write_file (f, "target.cgw", "the old workshop\n");
  g_autofree char *after = NULL;
  g_autofree char *left = NULL;
  g_auto(Run) run = { 0 };

  for (guint i = 0; i < 1500; i++)
    g_string_append_printf (csv, "March,,,idea,%s,0,no,no,open\n", ampersands);
  g_assert_true (g_file_set_contents (csv_path, csv->str, csv->len, NULL));

  cg_test_run_app (&run, f->dir, (const char *[]) { "--import-csv", "big.csv", "-o",
                                                    "target.cgw", NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (cg_test_count_lines (run.err), ==, 1);
  g_assert_nonnull (strstr (run.err, "the workshop is too large"));
  g_assert_nonnull (strstr (run.err, "at most 64 MB"));
  after = cg_test_read_text (target);
  g_assert_cmpstr (after, ==, "the old workshop\n");
  left = g_strconcat (target, "~", NULL);
  g_assert_false (g_file_test (left, G_FILE_TEST_EXISTS));
}

/* A read-only file says so (not "a read-only folder") and is left alone. */
static void
test_read_only_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *csv = cg_test_cli_write_file (f, "ideas.csv", csv_good);
  g_autofree char *target = cg_test_cli_write_file (f, "kept.cgw", "the old workshop\n");
  g_autofree char *out = cg_test_cli_write_file (f, "kept.csv", "an old export\n");
  g_autofree char *after = NULL;
  g_autofree char *sample = cg_test_data_path ("sample.cgw");
  g_auto(Run) save = { 0 };
  g_auto(Run) export = { 0 };

  g_assert_cmpint (g_chmod (target, 0444), ==, 0);
  g_assert_cmpint (g_chmod (out, 0444), ==, 0);

  cg_test_run_app (&save, f->dir, (const char *[]) { "--import-csv", "ideas.csv", "-o",
                                                     "kept.cgw", NULL });
  g_assert_cmpint (save.status, ==, 1);
  g_assert_cmpstr (save.err, ==, "Could not save “kept.cgw”: the file is read-only\n");
  after = cg_test_read_text (target);
  g_assert_cmpstr (after, ==, "the old workshop\n");

  cg_test_run_app (&export, f->dir, (const char *[]) { "--export-csv", sample, "-o", "kept.csv",
                                                       NULL });
  g_assert_cmpint (export.status, ==, 1);
  g_assert_cmpstr (export.err, ==, "kept.csv: cannot write: the file is read-only\n");
}

/* Like the summary, a CSV leaves private notes out unless asked for. */
static void
test_export_csv_private (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *sample = cg_test_data_path ("sample.cgw");
  g_auto(Run) plain = { 0 };
  g_auto(Run) with_private = { 0 };

  cg_test_run_app (&plain, f->dir, (const char *[]) { "--export-csv", sample, "-o", "-", NULL });
  cg_test_run_app (&with_private, f->dir, (const char *[]) { "--export-csv", sample, "-o", "-",
                                                             "--include-private", NULL });
  g_assert_cmpint (plain.status, ==, 0);
  g_assert_cmpint (with_private.status, ==, 0);
  /* the sample has one private note */
  g_assert_cmpuint (cg_test_count_lines (with_private.out), ==,
                    cg_test_count_lines (plain.out) + 1);
  g_assert_null (strstr (plain.out, "asked that it stays in the room"));
  g_assert_nonnull (strstr (with_private.out, "asked that it stays in the room"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("CG_BINARY") == NULL)
    {
      g_printerr ("CG_BINARY is not set; run through meson test\n");
      return 77;
    }

#define ADD(path, func) \
  g_test_add ("/cli/files/" path, Fixture, NULL, cg_test_cli_set_up, func, cg_test_cli_tear_down)
  ADD ("output-is-input", test_output_is_input);
  ADD ("devices-and-pipes", test_devices_and_pipes);
  ADD ("too-large-to-save", test_too_large_to_save);
  ADD ("read-only-file", test_read_only_file);
  ADD ("export-csv-private", test_export_csv_private);
#undef ADD

  return g_test_run ();
}
