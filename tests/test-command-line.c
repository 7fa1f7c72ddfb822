/* test-command-line.c: the headless command line: exit statuses, messages, files written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-test-cli.h"
#include "cg-test-util.h"

#include <glib/gstdio.h>

#include "io/cg-io.h"

typedef CliFixture Fixture;

static void
test_version (Fixture       *f,
              gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  cg_test_run_app (&run, f->dir, (const char *[]) { "--version", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "common-ground " PACKAGE_VERSION "\n");
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_validate (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *sample = cg_test_data_path ("sample.cgw");
  g_autofree char *bad = cg_test_cli_write_file (f, "bad.cgw",
                                     "<?xml version=\"1.0\"?>\n<workshop xmlns=\"urn:commonground:"
                                     "workshop:1\" version=\"1.0\" id=\"w\">\n  <title>x</title>\n"
                                     "  <nonsense/>\n</workshop>\n");
  g_autofree char *expect_ok = g_strdup_printf ("%s: ok\n", sample);
  g_auto(Run) good = { 0 };
  g_auto(Run) mixed = { 0 };
  g_auto(Run) none = { 0 };
  g_auto(Run) missing = { 0 };

  cg_test_run_app (&good, f->dir, (const char *[]) { "--validate", sample, NULL });
  g_assert_cmpint (good.status, ==, 0);
  g_assert_cmpstr (good.out, ==, expect_ok);

  cg_test_run_app (&mixed, f->dir, (const char *[]) { "--validate", sample, "bad.cgw", NULL });
  g_assert_cmpint (mixed.status, ==, 1);
  g_assert_cmpstr (mixed.out, ==, expect_ok);
  g_assert_true (g_str_has_prefix (mixed.err, "bad.cgw:4: "));
  g_assert_cmpuint (cg_test_count_lines (mixed.err), ==, 1);

  cg_test_run_app (&none, f->dir, (const char *[]) { "--validate", NULL });
  g_assert_cmpint (none.status, ==, 2);
  g_assert_nonnull (strstr (none.err, "--validate needs"));

  cg_test_run_app (&missing, f->dir, (const char *[]) { "--validate", "no-such.cgw", NULL });
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_true (g_str_has_prefix (missing.err, "no-such.cgw: cannot read"));
  g_assert_cmpuint (cg_test_count_lines (missing.err), ==, 1);
}

/* A workshop past the date it was to be kept until is valid, and --validate says it is past. */
static void
test_validate_past_date (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *old = cg_test_cli_write_file (f, "old.cgw",
                                     "<?xml version=\"1.0\"?>\n<workshop xmlns=\"urn:commonground:"
                                     "workshop:1\" version=\"1.3\" id=\"w\">\n  <title>x</title>\n"
                                     "  <keep-until>2020-01-31</keep-until>\n</workshop>\n");
  g_autofree char *dated = cg_test_cli_write_file (f, "dated.cgw",
                                     "<?xml version=\"1.0\"?>\n<workshop xmlns=\"urn:commonground:"
                                     "workshop:1\" version=\"1.0\" id=\"w\">\n  <title>x</title>\n"
                                     "  <events>\n    <event id=\"e\" date=\"2019-05-02\">\n"
                                     "      <title>May</title>\n    </event>\n  </events>\n"
                                     "</workshop>\n");
  g_auto(Run) run = { 0 };

  cg_test_run_app (&run, f->dir, (const char *[]) { "--validate", "old.cgw", "dated.cgw", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==,
                   "old.cgw: ok, but it was to be kept only until 2020-01-31: open it to export "
                   "a summary, remove its private words or delete it\n"
                   "dated.cgw: ok, but it was to be kept only until 2021-05-02: open it to "
                   "export a summary, remove its private words or delete it\n");
}

static const char csv_good[] =
  "event,theme,voice,kind,text,votes,private,beyond_service,status\r\n"
  "March,First contacts,Lived experience,strength,\"A call back, the same day\",3,no,no,open\r\n"
  "March,Peer roles,Family and carers,idea,Paid peer workers,5,no,yes,open\r\n"
  "June,,Staff,question,\"Who \"\"owns\"\" the plan?\",0,yes,no,open\r\n";

static void
test_import_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *csv = cg_test_cli_write_file (f, "june.csv", csv_good);
  g_autofree char *out = g_build_filename (f->dir, "june.cgw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) with_template = { 0 };

  cg_test_run_app (&run, f->dir,
                   (const char *[]) { "--import-csv", "june.csv", "--output", "june.cgw", NULL });
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  workshop = cg_workshop_load (file, NULL, &error);
  g_assert_no_error (error);
  /* named for its template (none) and day, not for the CSV file */
  g_assert_true (g_str_has_prefix (cg_workshop_get_title (workshop), "Co-design workshop, "));
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (workshop)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (workshop)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_events (workshop)), ==, 2);
  g_clear_object (&workshop);

  cg_test_run_app (&with_template, f->dir,
                   (const char *[]) { "--import-csv", "june.csv", "--output", "june.cgw",
                                      "--template", "chime", NULL });
  g_assert_cmpint (with_template.status, ==, 0);
  workshop = cg_workshop_load (file, NULL, &error);
  g_assert_no_error (error);
  /* five CHIME themes first, then the two named in the CSV */
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (workshop)), ==, 7);
  g_assert_true (g_str_has_prefix (cg_workshop_get_title (workshop), "CHIME workshop, "));
}

static void
test_import_csv_errors (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *bad = cg_test_cli_write_file (f, "bad.csv",
                                     "event,theme,voice,kind,text,votes,private,beyond_service,"
                                     "status\nMarch,,,idea,fine,0,no,no,open\n"
                                     "March,,,feeling,not a kind,0,no,no,open\n");
  g_autofree char *keep = cg_test_cli_write_file (f, "keep.cgw", "old contents\n");
  g_autofree char *stray = g_build_filename (f->dir, "x.cgw", NULL);
  g_autofree char *contents = NULL;
  g_auto(Run) bad_row = { 0 };
  g_auto(Run) no_output = { 0 };
  g_auto(Run) no_template = { 0 };
  g_auto(Run) missing = { 0 };

  cg_test_run_app (&bad_row, f->dir,
                   (const char *[]) { "--import-csv", "bad.csv", "-o", "keep.cgw", NULL });
  g_assert_cmpint (bad_row.status, ==, 1);
  g_assert_true (g_str_has_prefix (bad_row.err, "bad.csv:3: "));
  g_assert_cmpuint (cg_test_count_lines (bad_row.err), ==, 1);
  g_assert_true (g_file_get_contents (keep, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old contents\n");

  cg_test_run_app (&no_output, f->dir, (const char *[]) { "--import-csv", "bad.csv", NULL });
  g_assert_cmpint (no_output.status, ==, 2);
  g_assert_nonnull (strstr (no_output.err, "--output"));

  cg_test_run_app (&no_template, f->dir,
                   (const char *[]) { "--import-csv", "bad.csv", "-o", "x.cgw", "--template",
                                      "nope", NULL });
  g_assert_cmpint (no_template.status, ==, 2);
  g_assert_nonnull (strstr (no_template.err, "nope"));
  g_assert_false (g_file_test (stray, G_FILE_TEST_EXISTS));

  cg_test_run_app (&missing, f->dir,
                   (const char *[]) { "--import-csv", "gone.csv", "-o", "x.cgw", NULL });
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_true (g_str_has_prefix (missing.err, "gone.csv: cannot read"));
}

static void
test_export_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *sample = cg_test_data_path ("sample.cgw");
  g_autofree char *out = g_build_filename (f->dir, "sample.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(Run) to_file = { 0 };
  g_auto(Run) to_stdout = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) no_output = { 0 };

  cg_test_run_app (&to_file, f->dir,
                   (const char *[]) { "--export-csv", sample, "--output", "sample.csv", NULL });
  g_assert_cmpint (to_file.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents,
                                   "event,theme,voice,kind,text,votes,private,beyond_service,"
                                   "status\r\n"));

  cg_test_run_app (&to_stdout, f->dir,
                   (const char *[]) { "--export-csv", sample, "--output", "-", NULL });
  g_assert_cmpint (to_stdout.status, ==, 0);
  g_assert_cmpstr (to_stdout.out, ==, contents);

  cg_test_run_app (&bad, f->dir,
                   (const char *[]) { "--export-csv", "sample.csv", "-o", "y.csv", NULL });
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_true (g_str_has_prefix (bad.err, "sample.csv:1: "));

  cg_test_run_app (&no_output, f->dir, (const char *[]) { "--export-csv", sample, NULL });
  g_assert_cmpint (no_output.status, ==, 2);
}

static void
test_export_summary (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *sample = cg_test_data_path ("sample.cgw");
  g_autofree char *pdf = g_build_filename (f->dir, "summary.pdf", NULL);
  g_autofree char *page1 = g_build_filename (f->dir, "pages-1.png", NULL);
  g_autofree char *not_written = g_build_filename (f->dir, "y.pdf", NULL);
  g_autofree char *head = NULL;
  gsize length = 0;
  g_auto(Run) ok = { 0 };
  g_auto(Run) png = { 0 };
  g_auto(Run) bad_format = { 0 };
  g_auto(Run) no_output = { 0 };
  g_auto(Run) bad_paper = { 0 };
  g_auto(Run) bad_event = { 0 };
  g_auto(Run) bad_file = { 0 };

  cg_test_run_app (&ok, f->dir,
                   (const char *[]) { "--export", "pdf", "--output", "summary.pdf", "--paper",
                                      "letter", "--easy-read", sample, NULL });
  g_assert_cmpstr (ok.err, ==, "");
  g_assert_cmpint (ok.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &head, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (head, "%PDF-"));

  cg_test_run_app (&png, f->dir,
                   (const char *[]) { "--export", "png", "-o", "pages.png", sample, NULL });
  g_assert_cmpint (png.status, ==, 0);
  g_assert_true (g_file_test (page1, G_FILE_TEST_IS_REGULAR));

  cg_test_run_app (&bad_format, f->dir,
                   (const char *[]) { "--export", "docx", "-o", "x", sample, NULL });
  g_assert_cmpint (bad_format.status, ==, 2);
  g_assert_nonnull (strstr (bad_format.err, "pdf, svg or png"));

  cg_test_run_app (&no_output, f->dir, (const char *[]) { "--export", "pdf", sample, NULL });
  g_assert_cmpint (no_output.status, ==, 2);

  cg_test_run_app (&bad_paper, f->dir,
                   (const char *[]) { "--export", "pdf", "-o", "y.pdf", "--paper", "a3", sample,
                                      NULL });
  g_assert_cmpint (bad_paper.status, ==, 2);
  g_assert_nonnull (strstr (bad_paper.err, "a4 or letter"));

  cg_test_run_app (&bad_event, f->dir,
                   (const char *[]) { "--export", "pdf", "-o", "y.pdf", "--event", "no-such-event",
                                      sample, NULL });
  g_assert_cmpint (bad_event.status, ==, 2);
  g_assert_nonnull (strstr (bad_event.err, "no-such-event"));

  cg_test_run_app (&bad_file, f->dir,
                   (const char *[]) { "--export", "pdf", "-o", "y.pdf", "summary.pdf", NULL });
  g_assert_cmpint (bad_file.status, ==, 1);
  g_assert_true (g_str_has_prefix (bad_file.err, "summary.pdf:"));
  g_assert_cmpuint (cg_test_count_lines (bad_file.err), ==, 1);
  g_assert_false (g_file_test (not_written, G_FILE_TEST_EXISTS));
}

/* The PDF @name in the fixture's folder summarises the event titled @title. */
static void
assert_summary_of (Fixture    *f,
                   const char *name,
                   const char *title)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *contents = NULL;
  /* (cairo breaks long strings over lines: the start of the title will do) */
  g_autofree char *subject = g_strdup_printf ("event: %.14s", title);
  gboolean found;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* the document's subject, in its metadata, names the event (the PDF holds NULs) */
  found = FALSE;
  for (gsize i = 0; !found && i + strlen (subject) <= length; i++)
    found = memcmp (contents + i, subject, strlen (subject)) == 0;
  g_assert_true (found);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* --event takes an event's title (any case), its date (as the file or the summary writes it)
 * or its id; an unknown one lists the events and their dates; one that could be two, their
 * ids too. */
static void
test_export_event (Fixture       *f,
                   gconstpointer  data)
{
  static const char march[] = "March workshop: what works and what could change";
  static const char june[] = "June workshop: from ideas to actions";
  static const char * const names[] = {
    "  june WORKSHOP: from ideas to actions ", "2026-03-12", "18 June 2026",
    "65c4e79b-d634-41d6-acc1-0d22ac41bc89",
  };
  static const char * const titles[] = { june, march, june, march };
  g_autofree char *sample = cg_test_data_path ("sample.cgw");
  g_autofree char *twice = g_build_filename (f->dir, "twice.cgw", NULL);
  g_autoptr(GFile) twice_file = g_file_new_for_path (twice);
  g_autoptr(GFile) sample_file = g_file_new_for_path (sample);
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *not_written = g_build_filename (f->dir, "x.pdf", NULL);
  CgEvent *again;
  g_auto(Run) unknown = { 0 };
  g_auto(Run) ambiguous = { 0 };
  g_auto(Run) by_date = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_auto(Run) run = { 0 };

      cg_test_run_app (&run, f->dir,
                       (const char *[]) { "--export", "pdf", "-o", "one.pdf", "--event", names[i],
                                          sample, NULL });
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpint (run.status, ==, 0);
      assert_summary_of (f, "one.pdf", titles[i]);
    }

  cg_test_run_app (&unknown, f->dir,
                   (const char *[]) { "--export", "pdf", "-o", "x.pdf", "--event", "Event 2",
                                      sample, NULL });
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_cmpuint (cg_test_count_lines (unknown.err), ==, 1);
  g_assert_nonnull (strstr (unknown.err, "“Event 2”"));
  g_assert_nonnull (strstr (unknown.err, "“March workshop: what works and what could change” "
                                         "(12 March 2026)"));
  g_assert_nonnull (strstr (unknown.err, "“June workshop: from ideas to actions” "
                                         "(18 June 2026)"));
  g_assert_false (g_file_test (not_written, G_FILE_TEST_EXISTS));

  /* Two events of the same title: the title will not do, the date will. */
  workshop = cg_workshop_load (sample_file, NULL, &error);
  g_assert_no_error (error);
  again = cg_test_add (workshop, cg_event_new (march));
  cg_event_set_date (again, "2026-09-10");
  g_assert_true (cg_workshop_save (workshop, twice_file, NULL, &error));
  g_assert_no_error (error);

  cg_test_run_app (&ambiguous, f->dir,
                   (const char *[]) { "--export", "pdf", "-o", "x.pdf", "--event",
                                      "march workshop: what works and what could change",
                                      twice, NULL });
  g_assert_cmpint (ambiguous.status, ==, 2);
  g_assert_cmpuint (cg_test_count_lines (ambiguous.err), ==, 1);
  g_assert_nonnull (strstr (ambiguous.err, "12 March 2026, id 65c4e79b-d634-41d6-acc1-"
                                           "0d22ac41bc89"));
  g_assert_nonnull (strstr (ambiguous.err, cg_object_get_id (CG_OBJECT (again))));
  g_assert_null (strstr (ambiguous.err, "June"));
  g_assert_false (g_file_test (not_written, G_FILE_TEST_EXISTS));

  cg_test_run_app (&by_date, f->dir,
                   (const char *[]) { "--export", "pdf", "-o", "one.pdf", "--event",
                                      "10 September 2026", twice, NULL });
  g_assert_cmpint (by_date.status, ==, 0);
  assert_summary_of (f, "one.pdf", march);
}

static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *sample = cg_test_data_path ("sample.cgw");
  g_autofree char *csv = cg_test_cli_write_file (f, "laptop-b.csv", csv_good);
  g_autofree char *once = g_build_filename (f->dir, "merged.cgw", NULL);
  g_autofree char *twice = g_build_filename (f->dir, "again.cgw", NULL);
  g_autofree char *never = g_build_filename (f->dir, "never.cgw", NULL);
  g_autofree char *bad = cg_test_cli_write_file (f, "bad.cgw",
                                                 "<?xml version=\"1.0\"?>\n<workshop");
  g_autofree char *first = NULL, *second = NULL;
  gsize first_len, second_len;
  g_auto(Run) import = { 0 };
  g_auto(Run) merge = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) broken = { 0 };
  g_auto(Run) lonely = { 0 };

  cg_test_run_app (&import, f->dir,
                   (const char *[]) { "--import-csv", "laptop-b.csv", "-o", "b.cgw", NULL });
  g_assert_cmpint (import.status, ==, 0);

  cg_test_run_app (&merge, f->dir,
                   (const char *[]) { "--merge", sample, "b.cgw", "-o", "merged.cgw", NULL });
  g_assert_cmpstr (merge.err, ==, "");
  g_assert_cmpint (merge.status, ==, 0);
  g_assert_true (g_str_has_prefix (merge.out, "b.cgw: Added 3 ideas"));

  /* merging the same file again adds nothing: the same bytes */
  cg_test_run_app (&again, f->dir,
                   (const char *[]) { "--merge", "merged.cgw", "b.cgw", "-o", "again.cgw", NULL });
  g_assert_cmpint (again.status, ==, 0);
  g_assert_true (g_file_get_contents (once, &first, &first_len, NULL));
  g_assert_true (g_file_get_contents (twice, &second, &second_len, NULL));
  g_assert_cmpmem (first, first_len, second, second_len);

  /* a bad file is named with its line, and nothing is written */
  cg_test_run_app (&broken, f->dir,
                   (const char *[]) { "--merge", sample, "bad.cgw", "-o", "never.cgw", NULL });
  g_assert_cmpint (broken.status, ==, 1);
  g_assert_true (g_str_has_prefix (broken.err, "bad.cgw:2: "));
  g_assert_cmpuint (cg_test_count_lines (broken.err), ==, 1);
  g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));

  cg_test_run_app (&lonely, f->dir,
                   (const char *[]) { "--merge", sample, "-o", "never.cgw", NULL });
  g_assert_cmpint (lonely.status, ==, 2);
}

/* Characters no font can draw: the summary is still written, and stderr says which note. */
static void
test_export_font_warning (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *csv = cg_test_cli_write_file (f, "boxes.csv",
                                                 "event,theme,voice,kind,text,votes,private,"
                                                 "beyond_service,status\n"
                                                 "March,,,idea,Drawn as boxes \xf4\x8f\xbf\xbd,0,"
                                                 "no,no,open\n");
  g_autofree char *pdf = g_build_filename (f->dir, "boxes.pdf", NULL);
  g_auto(Run) import = { 0 };
  g_auto(Run) export = { 0 };

  cg_test_run_app (&import, f->dir, (const char *[]) { "--import-csv", "boxes.csv", "-o",
                                                       "boxes.cgw", NULL });
  g_assert_cmpint (import.status, ==, 0);
  cg_test_run_app (&export, f->dir, (const char *[]) { "--export", "pdf", "-o", "boxes.pdf",
                                                       "boxes.cgw", NULL });
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_str_has_prefix (export.err, "boxes.pdf: "));
  g_assert_nonnull (strstr (export.err, "Drawn as boxes"));
  g_assert_cmpuint (cg_test_count_lines (export.err), ==, 1);
}

static void
test_templates_listed (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  cg_test_run_app (&run, f->dir, (const char *[]) { "--list-templates", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (cg_test_count_lines (run.out), ==, 10);
  g_assert_nonnull (strstr (run.out, "dundee: "));
  g_assert_nonnull (strstr (run.out, "chime: "));
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(Run) window = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) stray_output = { 0 };

  cg_test_run_app (&window, f->dir, (const char *[]) { "x.cgw", NULL });
  g_assert_cmpint (window.status, ==, 1);
  g_assert_nonnull (strstr (window.err, "no display"));
  g_assert_cmpuint (cg_test_count_lines (window.err), ==, 1);

  cg_test_run_app (&unknown, f->dir, (const char *[]) { "--frobnicate", NULL });
  g_assert_cmpint (unknown.status, !=, 0);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));

  cg_test_run_app (&stray_output, f->dir, (const char *[]) { "--output", "z", NULL });
  g_assert_cmpint (stray_output.status, ==, 2);
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
  g_test_add ("/cli/" path, Fixture, NULL, cg_test_cli_set_up, func, cg_test_cli_tear_down)
  ADD ("version", test_version);
  ADD ("validate", test_validate);
  ADD ("validate-past-date", test_validate_past_date);
  ADD ("import-csv", test_import_csv);
  ADD ("import-csv-errors", test_import_csv_errors);
  ADD ("export-csv", test_export_csv);
  ADD ("export-summary", test_export_summary);
  ADD ("export-event", test_export_event);
  ADD ("merge", test_merge);
  ADD ("export-font-warning", test_export_font_warning);
  ADD ("templates-listed", test_templates_listed);
  ADD ("usage-errors", test_usage_errors);
#undef ADD

  return g_test_run ();
}
