/* test-command-line-protect.c: protected workshops on the command line: --protect and
 * --unprotect, --passphrase-file on every command that reads or writes a workshop, and every
 * way a passphrase or an envelope can be wrong, each refused in one line with nothing written
 *
 * Each --protect costs the real Argon2id (about half a second), so the suite takes a few
 * seconds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE  /* memmem */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "io/cg-envelope.h"
#include "io/cg-io.h"

#include "cg-test-cli.h"
#include "cg-test-util.h"

typedef CliFixture Fixture;

#define TITLE "Redesigning the Mental Health Officer service together"
#define NOTE "a participant shared a personal account of being detained"

static char *
read_file (const char *path,
           gsize      *length)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

static gboolean
file_holds (const char *path,
            const char *text)
{
  gsize length;
  g_autofree char *contents = read_file (path, &length);

  return memmem (contents, length, text, strlen (text)) != NULL;
}

static gboolean
is_envelope (const char *path)
{
  gsize length;
  g_autofree char *contents = read_file (path, &length);

  return cg_envelope_is_envelope (contents, length);
}

/* Does any file in @dir (not its subfolders) hold @text? */
static gboolean
folder_holds (const char *dir,
              const char *text)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR) && file_holds (path, text))
        return TRUE;
    }
  return FALSE;
}

/* A passphrase file, private to its owner (as it must be). */
static char *
write_passphrase (Fixture    *f,
                  const char *name,
                  const char *contents)
{
  char *path = cg_test_cli_write_file (f, name, contents);

  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  return path;
}

static char *
copy_sample (Fixture    *f,
             const char *name)
{
  g_autofree char *sample = cg_test_data_path ("sample.cgw");
  g_autofree char *contents = read_file (sample, NULL);

  return cg_test_cli_write_file (f, name, contents);
}

/* Runs @args and expects status @status with one line on stderr holding @words. */
static void
assert_refused (Fixture     *f,
                const char **args,
                int          status,
                const char  *words)
{
  g_auto(Run) run = { 0 };

  cg_test_run_app (&run, f->dir, args);
  g_assert_cmpint (run.status, ==, status);
  g_assert_cmpuint (cg_test_count_lines (run.err), ==, 1);
  if (strstr (run.err, words) == NULL)
    g_error ("expected “%s” in: %s", words, run.err);
}

static void
run_ok (Fixture     *f,
        const char **args)
{
  g_auto(Run) run = { 0 };

  cg_test_run_app (&run, f->dir, args);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
}

/* Protect, use, unprotect: the words come back exactly, and while protected no file written
 * holds the title or the private note. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *workshop = copy_sample (f, "w.cgw");
  g_autofree char *backup = g_strconcat (workshop, "~", NULL);
  g_autofree char *pw = write_passphrase (f, "pw", "open sesame, it is me\n");
  g_autofree char *original = read_file (workshop, NULL);
  g_autofree char *after = NULL;
  g_autofree char *csv = NULL;
  g_auto(Run) validate = { 0 };

  g_assert_true (file_holds (workshop, TITLE));
  g_assert_true (file_holds (workshop, NOTE));

  run_ok (f, (const char *[]) { "--protect", "w.cgw", "--passphrase-file", "pw", NULL });
  g_assert_true (is_envelope (workshop));
  g_assert_false (file_holds (workshop, TITLE));
  g_assert_false (file_holds (workshop, NOTE));
  /* the plain version is not kept as a backup */
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  /* every command that reads it, with the passphrase */
  cg_test_run_app (&validate, f->dir,
                   (const char *[]) { "--validate", "w.cgw", "--passphrase-file", "pw", NULL });
  g_assert_cmpint (validate.status, ==, 0);
  g_assert_cmpstr (validate.out, ==, "w.cgw: ok\n");
  run_ok (f, (const char *[]) { "--export-csv", "w.cgw", "--output", "ideas.csv",
                                "--include-private", "--passphrase-file", "pw", NULL });
  csv = g_build_filename (f->dir, "ideas.csv", NULL);
  g_assert_true (file_holds (csv, NOTE));
  run_ok (f, (const char *[]) { "--export", "svg", "--output", "summary.svg", "w.cgw",
                                "--passphrase-file", "pw", NULL });
  run_ok (f, (const char *[]) { "--merge", "w.cgw", "w.cgw", "--output", "merged.cgw",
                                "--passphrase-file", "pw", NULL });

  /* unprotected again: the very bytes it started with, the protected version as backup */
  run_ok (f, (const char *[]) { "--unprotect", "w.cgw", "--passphrase-file", "pw", NULL });
  after = read_file (workshop, NULL);
  g_assert_cmpstr (after, ==, original);
  g_assert_true (is_envelope (backup));
}

/* A protected file without the passphrase, or with a wrong one: refused in one line by every
 * command, and nothing written. */
static void
test_wrong_passphrase (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *workshop = copy_sample (f, "w.cgw");
  g_autofree char *pw = write_passphrase (f, "pw", "open sesame\n");
  g_autofree char *wrong = write_passphrase (f, "wrong", "open sesame!\n");
  g_autofree char *protected_bytes = NULL;
  g_autofree char *now = NULL;
  const char *outputs[] = { "out.csv", "out.pdf", "out.cgw" };

  run_ok (f, (const char *[]) { "--protect", "w.cgw", "--passphrase-file", "pw", NULL });
  protected_bytes = read_file (workshop, NULL);

  assert_refused (f, (const char *[]) { "--validate", "w.cgw", NULL }, 1,
                  "w.cgw: it is protected with a passphrase: give it with --passphrase-file");
  assert_refused (f, (const char *[]) { "--validate", "w.cgw", "--passphrase-file", "wrong",
                                        NULL }, 1, "w.cgw: the passphrase is wrong");
  assert_refused (f, (const char *[]) { "--export-csv", "w.cgw", "--output", "out.csv",
                                        "--passphrase-file", "wrong", NULL }, 1,
                  "the passphrase is wrong");
  assert_refused (f, (const char *[]) { "--export", "pdf", "--output", "out.pdf", "w.cgw",
                                        "--passphrase-file", "wrong", NULL }, 1,
                  "the passphrase is wrong");
  assert_refused (f, (const char *[]) { "--export", "pdf", "--output", "out.pdf", "w.cgw",
                                        NULL }, 1, "protected with a passphrase");
  assert_refused (f, (const char *[]) { "--merge", "w.cgw", "w.cgw", "--output", "out.cgw",
                                        "--passphrase-file", "wrong", NULL }, 1,
                  "the passphrase is wrong");
  assert_refused (f, (const char *[]) { "--unprotect", "w.cgw", "--passphrase-file", "wrong",
                                        NULL }, 1, "the passphrase is wrong");
  assert_refused (f, (const char *[]) { "--protect", "w.cgw", "--passphrase-file", "wrong",
                                        NULL }, 1, "the passphrase is wrong");
  assert_refused (f, (const char *[]) { "--protect", "w.cgw", "--passphrase-file", "wrong",
                                        "--new-passphrase-file", "pw", NULL }, 1,
                  "the passphrase is wrong");

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, outputs[i], NULL);

      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  now = read_file (workshop, NULL);
  g_assert_cmpstr (now, ==, protected_bytes);
}

/* The passphrase file: private, readable, a non-empty first line; CR LF and no line end at
 * all mean the same passphrase; "-" is standard input. */
static void
test_passphrase_file (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *workshop = copy_sample (f, "w.cgw");
  g_autofree char *pw = write_passphrase (f, "pw", "two words \n");
  g_autofree char *crlf = write_passphrase (f, "crlf", "two words \r\nsecond line\n");
  g_autofree char *bare = write_passphrase (f, "bare", "two words ");
  g_autofree char *trimmed = write_passphrase (f, "trimmed", "two words\n");
  g_autofree char *empty = write_passphrase (f, "empty", "\nsecret on line two\n");
  g_autofree char *shared = cg_test_cli_write_file (f, "shared", "two words \n");
  g_autofree char *folder = g_build_filename (f->dir, "folder", NULL);
  g_autofree char *command = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int wait_status;

  g_assert_cmpint (g_chmod (shared, 0644), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  run_ok (f, (const char *[]) { "--protect", "w.cgw", "--passphrase-file", "pw", NULL });

  run_ok (f, (const char *[]) { "--validate", "w.cgw", "--passphrase-file", "crlf", NULL });
  run_ok (f, (const char *[]) { "--validate", "w.cgw", "--passphrase-file", "bare", NULL });
  /* spaces are part of the passphrase */
  assert_refused (f, (const char *[]) { "--validate", "w.cgw", "--passphrase-file", "trimmed",
                                        NULL }, 1, "the passphrase is wrong");

  assert_refused (f, (const char *[]) { "--validate", "w.cgw", "--passphrase-file", "shared",
                                        NULL }, 1, "shared: other people can read or change it");
  assert_refused (f, (const char *[]) { "--validate", "w.cgw", "--passphrase-file", "empty",
                                        NULL }, 1, "empty: its first line, the passphrase, is empty");
  assert_refused (f, (const char *[]) { "--validate", "w.cgw", "--passphrase-file", "missing",
                                        NULL }, 1, "missing: cannot read: the file does not exist");
  assert_refused (f, (const char *[]) { "--validate", "w.cgw", "--passphrase-file", "folder",
                                        NULL }, 1, "must be an ordinary file");

  /* standard input */
  command = g_strdup_printf ("printf 'two words \\n' | timeout -s KILL 60 '%s' --validate w.cgw "
                             "--passphrase-file -", g_getenv ("CG_BINARY"));
  g_assert_true (g_spawn_sync (f->dir, (char *[]) { "sh", "-c", command, NULL }, NULL,
                               G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &wait_status, NULL));
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (out, ==, "w.cgw: ok\n");
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);
}

/* Writing with a passphrase protects: --import-csv and --merge; a new passphrase replaces the
 * old one; no file written for a protected workshop holds its words. */
static void
test_outputs_protected (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *sample = copy_sample (f, "plain.cgw");
  g_autofree char *pw = write_passphrase (f, "pw", "first passphrase\n");
  g_autofree char *pw2 = write_passphrase (f, "pw2", "second passphrase\n");
  g_autofree char *csv = cg_test_cli_write_file (f, "ideas.csv",
                                                 "event,theme,voice,kind,text,votes,private,"
                                                 "beyond_service,status\n"
                                                 "March,,,idea,Somewhere quiet to wait,0,no,no,"
                                                 "open\n");
  g_autofree char *imported = g_build_filename (f->dir, "imported.cgw", NULL);
  g_autofree char *merged = g_build_filename (f->dir, "merged.cgw", NULL);
  g_autofree char *protected_copy = g_build_filename (f->dir, "p.cgw", NULL);
  g_autofree char *contents = read_file (sample, NULL);
  g_auto(Run) validate = { 0 };

  run_ok (f, (const char *[]) { "--import-csv", "ideas.csv", "--output", "imported.cgw",
                                "--passphrase-file", "pw", NULL });
  g_assert_true (is_envelope (imported));
  g_assert_false (file_holds (imported, "Somewhere quiet"));

  g_assert_true (g_file_set_contents (protected_copy, contents, -1, NULL));
  run_ok (f, (const char *[]) { "--protect", "p.cgw", "--passphrase-file", "pw", NULL });
  /* a protected file merged with a plain one */
  run_ok (f, (const char *[]) { "--merge", "p.cgw", "plain.cgw", "imported.cgw",
                                "--output", "merged.cgw", "--passphrase-file", "pw", NULL });
  g_assert_true (is_envelope (merged));
  g_assert_false (file_holds (merged, TITLE));
  g_assert_false (file_holds (merged, NOTE));
  g_assert_false (file_holds (merged, "Somewhere quiet"));

  /* a new passphrase: the old one no longer opens it */
  run_ok (f, (const char *[]) { "--protect", "merged.cgw", "--passphrase-file", "pw",
                                "--new-passphrase-file", "pw2", NULL });
  assert_refused (f, (const char *[]) { "--validate", "merged.cgw", "--passphrase-file", "pw",
                                        NULL }, 1, "the passphrase is wrong");
  cg_test_run_app (&validate, f->dir, (const char *[]) { "--validate", "merged.cgw",
                                                         "--passphrase-file", "pw2", NULL });
  g_assert_cmpint (validate.status, ==, 0);

  /* what is left: the plain sample, the CSV and the passphrases hold words; none of the
   * protected files and their backups do */
  g_assert_cmpint (g_unlink (sample), ==, 0);
  g_assert_cmpint (g_unlink (csv), ==, 0);
  g_assert_false (folder_holds (f->dir, TITLE));
  g_assert_false (folder_holds (f->dir, NOTE));
  g_assert_false (folder_holds (f->dir, "Somewhere quiet"));
}

/* Damaged envelopes, a plain file passed off as protected, garbage behind the magic: refused
 * in one line with the reason, and nothing written. */
static void
test_hostile_files (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *workshop = copy_sample (f, "w.cgw");
  g_autofree char *pw = write_passphrase (f, "pw", "open sesame\n");
  g_autofree char *contents = NULL;
  g_autofree char *cut = NULL;
  g_autofree char *flipped = NULL;
  g_autofree char *flipped_body = NULL;
  g_autofree char *fake = NULL;
  g_autofree char *out = g_build_filename (f->dir, "out.csv", NULL);
  gsize length;

  run_ok (f, (const char *[]) { "--protect", "w.cgw", "--passphrase-file", "pw", NULL });
  contents = read_file (workshop, &length);

  cut = g_build_filename (f->dir, "cut.cgw", NULL);
  g_assert_true (g_file_set_contents (cut, contents, length - 100, NULL));
  assert_refused (f, (const char *[]) { "--validate", "cut.cgw", "--passphrase-file", "pw",
                                        NULL }, 1, "cut.cgw: it is damaged or cut short");

  contents[30] ^= 0x04;  /* the salt */
  flipped = g_build_filename (f->dir, "flipped.cgw", NULL);
  g_assert_true (g_file_set_contents (flipped, contents, length, NULL));
  contents[30] ^= 0x04;
  assert_refused (f, (const char *[]) { "--validate", "flipped.cgw", "--passphrase-file", "pw",
                                        NULL }, 1, "its header has been changed");

  contents[length / 2] ^= 0x01;
  flipped_body = g_build_filename (f->dir, "body.cgw", NULL);
  g_assert_true (g_file_set_contents (flipped_body, contents, length, NULL));
  assert_refused (f, (const char *[]) { "--export-csv", "body.cgw", "--output", "out.csv",
                                        "--passphrase-file", "pw", NULL }, 1,
                  "body.cgw: it is damaged or cut short");
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  fake = cg_test_cli_write_file (f, "fake.cgw", "CGWE\1\1\1\20 not really sealed at all, "
                                                "only made to look like it. 0123456789 "
                                                "0123456789 0123456789 0123456789");
  assert_refused (f, (const char *[]) { "--validate", "fake.cgw", "--passphrase-file", "pw",
                                        NULL }, 1, "fake.cgw: it is damaged");
  assert_refused (f, (const char *[]) { "--unprotect", "fake.cgw", "--passphrase-file", "pw",
                                        NULL }, 1, "fake.cgw: it is damaged");
}

/* A plain file handed to --unprotect is left alone and said so. */
static void
test_unprotect_plain (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *workshop = copy_sample (f, "w.cgw");
  g_autofree char *pw = write_passphrase (f, "pw", "open sesame\n");
  g_autofree char *before = read_file (workshop, NULL);
  g_autofree char *after = NULL;
  g_autofree char *backup = g_strconcat (workshop, "~", NULL);
  g_auto(Run) run = { 0 };

  cg_test_run_app (&run, f->dir,
                   (const char *[]) { "--unprotect", "w.cgw", "--passphrase-file", "pw", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "w.cgw: it is not protected; nothing was changed\n");
  after = read_file (workshop, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
}

/* The participation record: a plain file that holds one (written by hand) can be protected,
 * not unprotected; --export-participation writes it on purpose, and nothing else does. */
static void
test_participation (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *workshop = cg_test_cli_write_file (f, "w.cgw",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.3\" id=\"w\">\n"
    "  <title>Crisis service</title>\n"
    "  <events>\n    <event id=\"e1\" date=\"2026-03-12\">\n      <title>March</title>\n"
    "    </event>\n  </events>\n"
    "  <ideas>\n    <idea id=\"i1\" event=\"e1\" created=\"2026-03-12T10:00:00Z\">\n"
    "      <text>A named worker</text>\n    </idea>\n  </ideas>\n"
    "  <participants>\n    <participant id=\"p1\" consent=\"no\" payment=\"declined\">\n"
    "      <name>Bronwen Hughes</name>\n      <attendance event=\"e1\" count=\"1\"/>\n"
    "    </participant>\n  </participants>\n"
    "</workshop>\n");
  g_autofree char *pw = write_passphrase (f, "pw", "open sesame\n");
  g_autofree char *record = g_build_filename (f->dir, "people.csv", NULL);
  g_autofree char *ideas = g_build_filename (f->dir, "ideas.csv", NULL);
  g_autofree char *csv = NULL;

  run_ok (f, (const char *[]) { "--protect", "w.cgw", "--passphrase-file", "pw", NULL });
  g_assert_true (is_envelope (workshop));
  g_assert_false (file_holds (workshop, "Hughes"));

  run_ok (f, (const char *[]) { "--export-participation", "w.cgw", "--output", "people.csv",
                                "--passphrase-file", "pw", NULL });
  csv = read_file (record, NULL);
  g_assert_cmpstr (csv, ==, "name,quote_consent,payment,March\r\n"
                            "Bronwen Hughes,no,declined,yes\r\n");

  run_ok (f, (const char *[]) { "--export-csv", "w.cgw", "--output", "ideas.csv",
                                "--include-private", "--passphrase-file", "pw", NULL });
  g_assert_true (file_holds (ideas, "A named worker"));
  g_assert_false (file_holds (ideas, "Hughes"));

  assert_refused (f, (const char *[]) { "--unprotect", "w.cgw", "--passphrase-file", "pw",
                                        NULL }, 1, "participation record");
  g_assert_true (is_envelope (workshop));
  assert_refused (f, (const char *[]) { "--export-participation", "w.cgw", NULL }, 2,
                  "--export-participation needs --output");
  assert_refused (f, (const char *[]) { "--export-participation", "w.cgw", "--output",
                                        "again.csv", NULL }, 1, "protected");
}

/* Options in the wrong company: status 2, one line. */
static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *workshop = copy_sample (f, "w.cgw");
  g_autofree char *pw = write_passphrase (f, "pw", "open sesame\n");

  assert_refused (f, (const char *[]) { "--protect", "w.cgw", NULL }, 2,
                  "--protect needs --passphrase-file");
  assert_refused (f, (const char *[]) { "--unprotect", "w.cgw", NULL }, 2,
                  "--unprotect needs --passphrase-file");
  assert_refused (f, (const char *[]) { "--protect", "w.cgw", "--passphrase-file", "pw",
                                        "--output", "x.cgw", NULL }, 2, "takes no --output");
  assert_refused (f, (const char *[]) { "--validate", "w.cgw", "--new-passphrase-file", "pw",
                                        NULL }, 2, "--new-passphrase-file goes with --protect");
  assert_refused (f, (const char *[]) { "--passphrase-file", "pw", "w.cgw", NULL }, 2,
                  "--passphrase-file goes with");
  /* the passphrase file is never an output */
  assert_refused (f, (const char *[]) { "--protect", "pw", "--passphrase-file", "pw", NULL }, 1,
                  "will not write over a file that is also being read");
  assert_refused (f, (const char *[]) { "--merge", "w.cgw", "w.cgw", "--output", "pw",
                                        "--passphrase-file", "pw", NULL }, 1,
                  "will not write over a file that is also being read");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/protect/round-trip", Fixture, NULL, cg_test_cli_set_up, test_round_trip,
              cg_test_cli_tear_down);
  g_test_add ("/cli/protect/wrong-passphrase", Fixture, NULL, cg_test_cli_set_up,
              test_wrong_passphrase, cg_test_cli_tear_down);
  g_test_add ("/cli/protect/passphrase-file", Fixture, NULL, cg_test_cli_set_up,
              test_passphrase_file, cg_test_cli_tear_down);
  g_test_add ("/cli/protect/outputs-protected", Fixture, NULL, cg_test_cli_set_up,
              test_outputs_protected, cg_test_cli_tear_down);
  g_test_add ("/cli/protect/hostile-files", Fixture, NULL, cg_test_cli_set_up,
              test_hostile_files, cg_test_cli_tear_down);
  g_test_add ("/cli/protect/participation", Fixture, NULL, cg_test_cli_set_up,
              test_participation, cg_test_cli_tear_down);
  g_test_add ("/cli/protect/unprotect-plain", Fixture, NULL, cg_test_cli_set_up,
              test_unprotect_plain, cg_test_cli_tear_down);
  g_test_add ("/cli/protect/usage", Fixture, NULL, cg_test_cli_set_up, test_usage,
              cg_test_cli_tear_down);

  return g_test_run ();
}
