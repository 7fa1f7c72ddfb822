/* test-bad-files.c: every malformed or hostile workshop file is refused with a clear message
 *
 * tests/data/bad/expected.txt lists each file with the line and the words its error must give.
 * Files too large for the repository (deep nesting, over the size limit) are made here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <string.h>

#include "io/cg-io.h"
#include "model/cg-tally.h"

typedef struct
{
  char *name;
  int   line;
  char *substring;
} Expected;

static void
expected_free (gpointer data)
{
  Expected *expected = data;

  g_free (expected->name);
  g_free (expected->substring);
  g_free (expected);
}

/* Loads @data and checks that it fails, that the message starts with "NAME:LINE: " (or
 * "NAME: " when @line is 0) and holds @substring. */
static void
assert_refused (const char *data,
                gsize       length,
                const char *name,
                int         line,
                const char *substring)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autofree char *prefix = NULL;

  workshop = cg_workshop_load_from_data (data, length, name, &error);
  g_assert_null (workshop);
  g_assert_nonnull (error);
  g_assert_true (error->domain == CG_IO_ERROR);
  g_assert_cmpint (error->code, <=, CG_IO_ERROR_UNSAFE);

  prefix = line > 0 ? g_strdup_printf ("%s:%d: ", name, line) : g_strdup_printf ("%s: ", name);
  if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, substring) == NULL)
    g_error ("%s: expected “%s…%s”, got “%s”", name, prefix, substring, error->message);
}

static void
test_bad_file (gconstpointer data)
{
  const Expected *expected = data;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  path = g_test_build_filename (G_TEST_DIST, "data", "bad", expected->name, NULL);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  assert_refused (contents, length, expected->name, expected->line, expected->substring);
}

static GPtrArray *
read_expected (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", "expected.txt",
                                                 NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *expected = g_ptr_array_new_with_free_func (expected_free);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      Expected *entry;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      fields = g_strsplit (lines[i], "\t", 3);
      g_assert_cmpuint (g_strv_length (fields), ==, 3);

      entry = g_new0 (Expected, 1);
      entry->name = g_strdup (fields[0]);
      entry->line = atoi (fields[1]);
      entry->substring = g_strdup (fields[2]);
      g_ptr_array_add (expected, entry);
    }

  return expected;
}

/* Every file of the folder is listed, and the corpus covers what it should. */
static void
test_all_listed (gconstpointer data)
{
  GPtrArray *expected = (GPtrArray *) data;
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_files = 0;

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      if (g_str_equal (name, "expected.txt"))
        continue;

      for (guint i = 0; i < expected->len && !listed; i++)
        listed = g_str_equal (((Expected *) g_ptr_array_index (expected, i))->name, name);
      if (!listed)
        g_error ("%s is not in expected.txt", name);
      n_files++;
    }

  g_assert_cmpuint (n_files, ==, expected->len);
  g_assert_cmpuint (n_files, >=, 35);
}

static char *
nested (const char *open,
        const char *close,
        guint       depth)
{
  GString *data = g_string_new ("<?xml version=\"1.0\"?>\n"
                                "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.0\" "
                                "id=\"w\">\n<title>Deep</title>\n");

  for (guint i = 0; i < depth; i++)
    g_string_append (data, open);
  for (guint i = 0; i < depth; i++)
    g_string_append (data, close);
  g_string_append (data, "\n</workshop>\n");

  return g_string_free (data, FALSE);
}

/* 100,000 levels: refused at once by the walk before libxml2 (cg-xml-guard.c), with no stack
 * overflow; 40 levels (deep-nesting.cgw) reach the reader, which names the first bad element. */
static void
test_deep_nesting (void)
{
  g_autofree char *known = nested ("<events>", "</events>", 100000);
  g_autofree char *unknown = nested ("<a>", "</a>", 100000);
  g_autofree char *unclosed = nested ("<ideas>", "", 100000);
  g_autofree char *shallow = nested ("<a>", "</a>", 40);

  assert_refused (known, strlen (known), "deep.cgw", 4,
                  "elements are nested too deeply (more than 64 levels)");
  assert_refused (unknown, strlen (unknown), "deep.cgw", 4,
                  "elements are nested too deeply (more than 64 levels)");
  assert_refused (unclosed, strlen (unclosed), "deep.cgw", 4,
                  "elements are nested too deeply (more than 64 levels)");
  assert_refused (shallow, strlen (shallow), "deep.cgw", 4,
                  "unknown element <a> inside <workshop>");
}

static void
test_too_large (void)
{
  gsize length = CG_FILE_MAX_SIZE + 1;
  g_autofree char *data = g_malloc (length);

  memset (data, ' ', length);
  assert_refused (data, length, "huge.cgw", 0, "too large");
}

/* More vote and attendance counts than a file may hold: refused where the limit is passed, not
 * read whole; and a workshop in memory holding that many is refused before anything is written
 * (so the application never writes a file it will not open). */
static void
test_too_many_counts (void)
{
  GString *data = g_string_new ("<?xml version=\"1.0\"?>\n"
                                "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.0\" "
                                "id=\"w\">\n<title>Counts</title>\n"
                                "<events><event id=\"e\"><title/></event></events>\n"
                                "<ideas><idea id=\"i\" created=\"2026-03-12T10:04:00Z\"><text/>\n");
  g_autofree char *text = NULL;
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Counts");
  g_autoptr(CgIdea) idea = cg_idea_new ("Voted on at too many events");
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GVariant *tally;

  for (guint i = 0; i <= CG_FILE_MAX_COUNTS; i++)
    g_string_append (data, "<votes event=\"e\" count=\"1\"/>\n");
  g_string_append (data, "</idea></ideas>\n</workshop>\n");
  text = g_string_free (data, FALSE);
  assert_refused (text, strlen (text), "counts.cgw", CG_FILE_MAX_COUNTS + 6,
                  "more than 600000 vote and attendance counts");

  for (guint i = 0; i <= CG_FILE_MAX_COUNTS; i++)
    g_hash_table_insert (table, g_strdup_printf ("e%u", i), GUINT_TO_POINTER (1));
  tally = cg_tally_new_from_table (table);
  g_object_set (idea, "votes", tally, NULL);
  cg_workshop_add (workshop, idea);
  bytes = cg_workshop_save_to_bytes (workshop);
  g_assert_false (cg_workshop_check_savable (workshop, g_bytes_get_size (bytes), &error));
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "vote and attendance counts"));
}

static char *
load_good_file (const char *name,
                gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

/* A file cut short at any byte is refused, never half-loaded. */
static void
test_truncated_everywhere (void)
{
  gsize length;
  g_autofree char *data = load_good_file ("forward-references.cgw", &length);
  gsize end = length;

  while (end > 0 && g_ascii_isspace (data[end - 1]))
    end--;

  for (gsize cut = 0; cut < end; cut++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CgWorkshop) workshop = cg_workshop_load_from_data (data, cut, "cut.cgw", &error);

      g_assert_null (workshop);
      g_assert_error (error, CG_IO_ERROR, error->code);
      g_assert_true (g_str_has_prefix (error->message, "cut.cgw:"));
    }
}

/* Random damage either loads or gives an error that names the file; it never crashes. */
static void
test_random_damage (void)
{
  gsize length;
  g_autofree char *data = load_good_file ("forward-references.cgw", &length);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260312);
  guint n_refused = 0;

  for (guint round = 0; round < 3000; round++)
    {
      g_autofree char *copy = g_memdup2 (data, length);
      g_autoptr(GError) error = NULL;
      g_autoptr(CgWorkshop) workshop = NULL;
      guint n_changes = g_rand_int_range (rand, 1, 4);

      for (guint i = 0; i < n_changes; i++)
        copy[g_rand_int_range (rand, 0, length)] = (char) g_rand_int_range (rand, 0, 256);

      workshop = cg_workshop_load_from_data (copy, length, "damaged.cgw", &error);
      g_assert_true ((workshop == NULL) != (error == NULL));
      if (error != NULL)
        {
          g_assert_true (g_str_has_prefix (error->message, "damaged.cgw:"));
          n_refused++;
        }
    }

  g_assert_cmpuint (n_refused, >, 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) expected = NULL;

  g_test_init (&argc, &argv, NULL);

  expected = read_expected ();
  for (guint i = 0; i < expected->len; i++)
    {
      Expected *entry = g_ptr_array_index (expected, i);
      g_autofree char *path = g_strdup_printf ("/io/bad-files/corpus/%s", entry->name);

      g_test_add_data_func (path, entry, test_bad_file);
    }
  g_test_add_data_func ("/io/bad-files/all-listed", expected, test_all_listed);
  g_test_add_func ("/io/bad-files/deep-nesting", test_deep_nesting);
  g_test_add_func ("/io/bad-files/too-large", test_too_large);
  g_test_add_func ("/io/bad-files/too-many-counts", test_too_many_counts);
  g_test_add_func ("/io/bad-files/truncated-everywhere", test_truncated_everywhere);
  g_test_add_func ("/io/bad-files/random-damage", test_random_damage);

  return g_test_run ();
}
