/* test-input.c: the bounded reader: devices, pipes and folders refused by type, never more than
 * the limit read whatever the file's size says, and clear reasons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "cg-test-util.h"
#include "io/cg-input.h"
#include "io/cg-io.h"
#include "io/cg-io-describe.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("cg-test-input-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  cg_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
assert_refused (const char *path,
                GQuark      domain,
                int         code,
                const char *reason)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = cg_input_read_path (path, CG_FILE_MAX_SIZE, NULL, &error);

  g_assert_null (bytes);
  g_assert_error (error, domain, code);
  g_assert_cmpstr (error->message, ==, reason);
}

/* /dev/zero says it is empty and never ends; /dev/urandom likewise. */
static void
test_devices (Fixture       *f,
              gconstpointer  data)
{
  const char *reason = "it is not an ordinary file but a device, a pipe or a socket";

  assert_refused ("/dev/zero", G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, reason);
  assert_refused ("/dev/urandom", G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, reason);
}

/* A pipe with no writer: refused at once, where reading would wait for ever. */
static void
test_pipe (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (f->dir, "pipe.cgw", NULL);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  assert_refused (fifo, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                  "it is not an ordinary file but a device, a pipe or a socket");
}

static void
test_folder_and_missing (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "gone.cgw", NULL);

  assert_refused (f->dir, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "it is a folder, not a file");
  assert_refused (missing, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "the file does not exist");
}

/* The limit holds however the file got its size; one byte under it is read whole. */
static void
test_limit (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "big.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) under = NULL;
  g_autoptr(GBytes) over = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  char *contents = g_malloc (3 * 1024 * 1024);

  memset (contents, 'x', 3 * 1024 * 1024);
  g_assert_true (g_file_set_contents (path, contents, 3 * 1024 * 1024, NULL));
  g_free (contents);

  under = cg_input_read_path (path, 3 * 1024 * 1024, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (under), ==, 3 * 1024 * 1024);

  over = cg_input_read_path (path, 2 * 1024 * 1024, NULL, &error);
  g_assert_null (over);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "it is larger than 2 MB, the most Common Ground reads");
  g_clear_error (&error);

  over = cg_input_read_file (file, 2 * 1024 * 1024, NULL, &error);
  g_assert_null (over);
  g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_LIMIT);
}

/* The window opens through the same reader: a device is refused, not read for ever. */
static void
test_workshop_load (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = cg_workshop_load (zero, NULL, &error);

  g_assert_null (workshop);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_cmpstr (error->message, ==, "Could not open “zero”: it is not an ordinary file but a "
                                       "device, a pipe or a socket");
}

/* One describer for every reader and writer: the same failure reads the same way whether it
 * came as an errno or from GIO, and reading and writing each get their own words. */
static void
test_reasons (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) full = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                                                "Error writing to file: No space left on device");
  g_autoptr(GError) denied = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                                                  "Error removing file x: Permission denied");
  g_autoptr(GError) other = g_error_new_literal (CG_IO_ERROR, CG_IO_ERROR_LIMIT, "too large");
  g_autoptr(GError) named = NULL;

  g_assert_cmpstr (cg_io_describe_errno (ENOSPC, CG_IO_WRITING), ==, "the disk is full");
  g_assert_cmpstr (cg_io_describe_error (full, CG_IO_WRITING), ==, "the disk is full");
  g_assert_cmpstr (cg_io_describe_errno (ENOENT, CG_IO_READING), ==, "the file does not exist");
  g_assert_cmpstr (cg_io_describe_errno (ENOENT, CG_IO_WRITING), ==,
                   "the folder does not exist");
  g_assert_cmpstr (cg_io_describe_error (denied, CG_IO_READING), ==,
                   "you are not allowed to read it");
  g_assert_cmpstr (cg_io_describe_error (denied, CG_IO_WRITING), ==,
                   "you are not allowed to write in that folder");
  g_assert_cmpstr (cg_io_describe_error (other, CG_IO_READING), ==, "too large");

  cg_io_set_file_error (&named, "summary.pdf", full, CG_IO_WRITING);
  g_assert_error (named, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_cmpstr (named->message, ==,
                   "summary.pdf: cannot write: Error writing to file: No space left on device");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/io/input/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("devices", test_devices);
  ADD ("pipe", test_pipe);
  ADD ("folder-and-missing", test_folder_and_missing);
  ADD ("limit", test_limit);
  ADD ("workshop-load", test_workshop_load);
  ADD ("reasons", test_reasons);
#undef ADD

  return g_test_run ();
}
