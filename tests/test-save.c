/* test-save.c: atomic saving with a backup, failures that leave the old file alone, loading
 * from disk, and the _async variants
 *
 * The tests run as root, who may write anywhere, so failures come from the file system's shape
 * (a folder where the file or its backup should go, a file where a folder should be), not from
 * permissions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "io/cg-io.h"
#include "io/cg-xml-writer.h"

typedef struct
{
  char       *dir;
  char       *path;   /* dir/workshop.cgw */
  GFile      *file;
  CgWorkshop *workshop;
  GMainLoop  *loop;
  GAsyncResult *result;
} Fixture;

/* Deletes @file and, when it is a folder, everything in it. */
static void
delete_recursively (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) error = NULL;
  GFile *child;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL &&
         g_file_enumerator_iterate (children, NULL, &child, NULL, &error) && child != NULL)
    delete_recursively (child);
  g_assert_no_error (error);

  g_file_delete (file, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgIdea) idea = cg_idea_new ("The first phone call sets the tone.");

  fixture->dir = g_dir_make_tmp ("cg-test-save-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "workshop.cgw", NULL);
  fixture->file = g_file_new_for_path (fixture->path);
  fixture->workshop = cg_workshop_new ("Saving");
  cg_workshop_add (fixture->workshop, idea);
  fixture->loop = g_main_loop_new (NULL, FALSE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);

  delete_recursively (dir);
  g_clear_object (&fixture->result);
  g_main_loop_unref (fixture->loop);
  g_object_unref (fixture->workshop);
  g_object_unref (fixture->file);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
assert_file_is (const char *path,
                GBytes     *expected)
{
  g_autoptr(GBytes) contents = read_file (path);

  g_assert_true (g_bytes_equal (contents, expected));
}

static guint
count_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static gboolean
is_modified (Fixture *fixture)
{
  return cg_history_get_modified (cg_workshop_get_history (fixture->workshop));
}

static void
test_new_file (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) expected = cg_workshop_save_to_bytes (fixture->workshop);
  g_autofree char *backup = g_strconcat (fixture->path, "~", NULL);

  g_assert_true (is_modified (fixture));
  g_assert_true (cg_workshop_save (fixture->workshop, fixture->file, NULL, &error));
  g_assert_no_error (error);

  assert_file_is (fixture->path, expected);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);  /* no temporary file left */
  g_assert_false (is_modified (fixture));
}

/* Saving over a file keeps the previous version as FILE~. */
static void
test_backup (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_strconcat (fixture->path, "~", NULL);
  g_autoptr(GBytes) first = cg_workshop_save_to_bytes (fixture->workshop);
  g_autoptr(GBytes) second = NULL;

  g_assert_true (cg_workshop_save (fixture->workshop, fixture->file, NULL, &error));
  g_assert_no_error (error);

  cg_workshop_set_title (fixture->workshop, "Saving, again");
  g_assert_true (is_modified (fixture));
  second = cg_workshop_save_to_bytes (fixture->workshop);
  g_assert_true (cg_workshop_save (fixture->workshop, fixture->file, NULL, &error));
  g_assert_no_error (error);

  assert_file_is (fixture->path, second);
  assert_file_is (backup, first);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 2);
  g_assert_false (is_modified (fixture));
}

/* A save that fails leaves the old file byte for byte and the document still modified. */
static void
assert_save_fails (Fixture    *fixture,
                   GFile      *file,
                   const char *message)
{
  g_autoptr(GError) error = NULL;

  cg_workshop_set_title (fixture->workshop, "Changed, not saved");
  g_assert_false (cg_workshop_save (fixture->workshop, file, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_true (is_modified (fixture));
}

static void
test_backup_blocked (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *backup = g_strconcat (fixture->path, "~", NULL);
  g_autofree char *inside = g_build_filename (backup, "keep", NULL);
  g_autoptr(GBytes) old = NULL;

  write_file (fixture->path, "the old file\n");
  old = read_file (fixture->path);
  g_assert_cmpint (g_mkdir (backup, 0755), ==, 0);
  write_file (inside, "a folder with something in it, where the backup would go\n");

  assert_save_fails (fixture, fixture->file,
                     "Could not save “workshop.cgw”: the backup copy of the previous version "
                     "(ending in ~) could not be made; the previous version is unchanged");
  assert_file_is (fixture->path, old);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 2);
}

static void
test_folder_in_the_way (Fixture       *fixture,
                        gconstpointer  data)
{
  g_assert_cmpint (g_mkdir (fixture->path, 0755), ==, 0);

  assert_save_fails (fixture, fixture->file,
                     "Could not save “workshop.cgw”: a folder of that name is in the way");
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_DIR));
}

static void
test_parent_is_file (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *plain = g_build_filename (fixture->dir, "plain", NULL);
  g_autofree char *path = g_build_filename (plain, "x.cgw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) old = NULL;

  write_file (plain, "a file, not a folder\n");
  old = read_file (plain);

  assert_save_fails (fixture, file,
                     "Could not save “x.cgw”: part of its path is a file, not a folder");
  assert_file_is (plain, old);
}

static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "gone", "x.cgw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  assert_save_fails (fixture, file, "Could not save “x.cgw”: the folder does not exist");
}

static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) old = NULL;

  write_file (fixture->path, "the old file\n");
  old = read_file (fixture->path);
  g_cancellable_cancel (cancellable);

  g_assert_false (cg_workshop_save (fixture->workshop, fixture->file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpstr (error->message, ==, "Could not save “workshop.cgw”: saving was cancelled");
  assert_file_is (fixture->path, old);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);
}

static void
test_load (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) loaded = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) expected = cg_workshop_save_to_bytes (fixture->workshop);

  g_assert_true (cg_workshop_save (fixture->workshop, fixture->file, NULL, &error));
  loaded = cg_workshop_load (fixture->file, NULL, &error);
  g_assert_no_error (error);

  saved = cg_workshop_save_to_bytes (loaded);
  g_assert_true (g_bytes_equal (saved, expected));
  g_assert_false (cg_history_get_modified (cg_workshop_get_history (loaded)));
}

static void
assert_load_fails (GFile      *file,
                   GQuark      domain,
                   int         code,
                   const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = cg_workshop_load (file, NULL, &error);

  g_assert_null (workshop);
  g_assert_error (error, domain, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_load_errors (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "folder.cgw", NULL);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);

  assert_load_fails (fixture->file, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     "Could not open “workshop.cgw”: the file does not exist");

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  assert_load_fails (folder_file, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                     "Could not open “folder.cgw”: it is a folder, not a file");

  /* A damaged file: the reader's message, which starts with the file's name and line. */
  write_file (fixture->path, "<?xml version='1.0'?>\n<workshop xmlns='urn:commonground:workshop:1'"
              " version='1.0' id='w'>\n<title>t</title>\n<ideas><idea id='i'/></ideas>\n"
              "</workshop>\n");
  assert_load_fails (fixture->file, CG_IO_ERROR, CG_IO_ERROR_INVALID,
                     "workshop.cgw:4: idea 'i' has no created time");
}

/* A file over the limit is refused from its size, before it is read. */
static void
test_load_too_large (Fixture       *fixture,
                     gconstpointer  data)
{
  FILE *file = g_fopen (fixture->path, "w");

  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, CG_FILE_MAX_SIZE, SEEK_SET), ==, 0);  /* sparse */
  g_assert_cmpint (fputc (' ', file), ==, ' ');
  g_assert_cmpint (fclose (file), ==, 0);

  assert_load_fails (fixture->file, CG_IO_ERROR, CG_IO_ERROR_LIMIT,
                     "Could not open “workshop.cgw”: it is larger than 64 MB, the most Common "
                     "Ground reads");
}

static void
async_ready_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  Fixture *fixture = data;

  fixture->result = g_object_ref (result);
  g_main_loop_quit (fixture->loop);
}

static GAsyncResult *
wait_for_result (Fixture *fixture)
{
  g_clear_object (&fixture->result);
  g_main_loop_run (fixture->loop);
  g_assert_nonnull (fixture->result);

  return fixture->result;
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) expected = cg_workshop_save_to_bytes (fixture->workshop);
  g_autoptr(CgWorkshop) loaded = NULL;
  g_autoptr(GBytes) reloaded = NULL;

  cg_workshop_save_async (fixture->workshop, fixture->file, NULL, async_ready_cb, fixture);
  g_assert_true (is_modified (fixture));  /* not before it is written */
  g_assert_true (cg_workshop_save_finish (fixture->workshop, wait_for_result (fixture), &error));
  g_assert_no_error (error);
  assert_file_is (fixture->path, expected);
  g_assert_false (is_modified (fixture));

  cg_workshop_load_async (fixture->file, NULL, async_ready_cb, fixture);
  loaded = cg_workshop_load_finish (wait_for_result (fixture), &error);
  g_assert_no_error (error);
  reloaded = cg_workshop_save_to_bytes (loaded);
  g_assert_true (g_bytes_equal (reloaded, expected));
}

/* What changes while the file is being written is not in it: the document stays modified. */
static void
test_async_change_while_writing (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) expected = cg_workshop_save_to_bytes (fixture->workshop);

  cg_workshop_save_async (fixture->workshop, fixture->file, NULL, async_ready_cb, fixture);
  cg_workshop_set_title (fixture->workshop, "Typed during the save");
  g_assert_true (cg_workshop_save_finish (fixture->workshop, wait_for_result (fixture), &error));
  g_assert_no_error (error);

  assert_file_is (fixture->path, expected);
  g_assert_true (is_modified (fixture));
}

/* A workshop of @n ideas over three themes, some of them voted on. */
static CgWorkshop *
workshop_of (guint n)
{
  CgWorkshop *workshop = cg_workshop_new ("Many ideas");
  g_autoptr(CgEvent) event = cg_event_new ("Evening workshop");
  CgTheme *themes[3];

  cg_workshop_add (workshop, event);
  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    {
      g_autofree char *name = g_strdup_printf ("Theme %u", i);

      themes[i] = cg_theme_new (name, NULL);
      cg_workshop_add (workshop, themes[i]);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("Idea %u: somewhere to go after six.", i);
      g_autoptr(CgIdea) idea = cg_idea_new (text);

      cg_idea_set_event (idea, event);
      cg_idea_set_theme (idea, themes[i % 3]);
      if (i % 4 == 0)
        cg_idea_set_votes (idea, event, i % 7 + 1);
      cg_workshop_add (workshop, idea);
    }
  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    g_object_unref (themes[i]);
  return workshop;
}

/* Written a few items at a time, a workshop gives the same bytes as written at once. */
static void
test_writer_steps (void)
{
  g_autoptr(CgWorkshop) workshop = workshop_of (500);
  g_autoptr(GBytes) whole = cg_workshop_save_to_bytes (workshop);
  g_autoptr(GBytes) stepped = NULL;
  CgXmlWriter *writer = cg_xml_writer_new (workshop);
  guint steps = 1;

  /* (a deadline already past: each step writes as little as it can) */
  while (!cg_xml_writer_step (writer, 1))
    steps++;
  stepped = cg_xml_writer_finish (writer);
  g_assert_cmpuint (steps, >, 500 / 64);
  g_assert_true (g_bytes_equal (stepped, whole));
}

static gboolean
is_saving (Fixture *fixture)
{
  return fixture->result == NULL;
}

/* Saves a workshop of 300 ideas in the shortest steps, running @meanwhile between them. */
static void
save_in_short_steps (Fixture     *fixture,
                     GSourceFunc  meanwhile)
{
  g_autoptr(GError) error = NULL;

  g_set_object (&fixture->workshop, workshop_of (300));
  cg_file_set_save_step_for_testing (0);
  g_clear_object (&fixture->result);
  cg_workshop_save_async (fixture->workshop, fixture->file, NULL, async_ready_cb, fixture);
  g_idle_add (meanwhile, fixture);
  g_main_loop_run (fixture->loop);
  cg_file_set_save_step_for_testing (8000);
  g_assert_true (cg_workshop_save_finish (fixture->workshop, fixture->result, &error));
  g_assert_no_error (error);
}

static gboolean
type_title_cb (gpointer data)
{
  Fixture *fixture = data;

  g_assert_true (is_saving (fixture));
  cg_workshop_set_title (fixture->workshop, "Typed during the save");
  return G_SOURCE_REMOVE;
}

/* The bytes are written between turns of the main loop; a change made then is in the file, and
 * the document is saved. */
static void
test_async_change_while_serialising (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(GBytes) expected = NULL;

  save_in_short_steps (fixture, type_title_cb);
  g_assert_cmpstr (cg_workshop_get_title (fixture->workshop), ==, "Typed during the save");

  expected = cg_workshop_save_to_bytes (fixture->workshop);
  assert_file_is (fixture->path, expected);
  g_assert_false (is_modified (fixture));
}

static gboolean
change_cb (gpointer data)
{
  Fixture *fixture = data;
  g_autofree char *title = g_strdup_printf ("Change %u", g_random_int_range (0, 1000000));

  cg_workshop_set_title (fixture->workshop, title);
  return is_saving (fixture) ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Changes that keep coming while the bytes are written do not keep the save from ending: it
 * ends, with a file that reads, and the document is saved only if the file holds it. */
static void
test_async_changes_keep_coming (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) current = NULL;
  g_autoptr(CgWorkshop) loaded = NULL;
  g_autoptr(GBytes) file_bytes = NULL;

  save_in_short_steps (fixture, change_cb);
  loaded = cg_workshop_load (fixture->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (loaded)), ==, 300);
  file_bytes = read_file (fixture->path);
  current = cg_workshop_save_to_bytes (fixture->workshop);
  g_assert_true (is_modified (fixture) != g_bytes_equal (file_bytes, current));
}

static void
test_async_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) loaded = NULL;

  cg_workshop_load_async (fixture->file, NULL, async_ready_cb, fixture);
  loaded = cg_workshop_load_finish (wait_for_result (fixture), &error);
  g_assert_null (loaded);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (fixture->path, 0755), ==, 0);
  cg_workshop_save_async (fixture->workshop, fixture->file, NULL, async_ready_cb, fixture);
  g_assert_false (cg_workshop_save_finish (fixture->workshop, wait_for_result (fixture), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_true (is_modified (fixture));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/io/save/new-file", test_new_file);
  ADD ("/io/save/backup", test_backup);
  ADD ("/io/save/backup-blocked", test_backup_blocked);
  ADD ("/io/save/folder-in-the-way", test_folder_in_the_way);
  ADD ("/io/save/parent-is-file", test_parent_is_file);
  ADD ("/io/save/missing-folder", test_missing_folder);
  ADD ("/io/save/cancelled", test_cancelled);
  ADD ("/io/save/async", test_async);
  ADD ("/io/save/async-change-while-writing", test_async_change_while_writing);
  ADD ("/io/save/async-errors", test_async_errors);
  ADD ("/io/save/async-change-while-serialising", test_async_change_while_serialising);
  ADD ("/io/save/async-changes-keep-coming", test_async_changes_keep_coming);
  g_test_add_func ("/io/save/writer-steps", test_writer_steps);
  ADD ("/io/load/from-file", test_load);
  ADD ("/io/load/errors", test_load_errors);
  ADD ("/io/load/too-large", test_load_too_large);

#undef ADD

  return g_test_run ();
}
