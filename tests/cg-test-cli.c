/* cg-test-cli.c: running the common-ground binary as a user would, for the command-line suites
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-test-cli.h"
#include "cg-test-util.h"

#include <sys/wait.h>

#define TIME_LIMIT "60"

void
cg_test_cli_set_up (CliFixture    *f,
                    gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("cg-cli-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
}

void
cg_test_cli_tear_down (CliFixture    *f,
                       gconstpointer  data)
{
  cg_test_remove_tree (f->dir);
  g_free (f->dir);
}

void
cg_test_run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

void
cg_test_run_app (Run         *run,
                 const char  *dir,
                 const char **args)
{
  g_autoptr(GStrvBuilder) argv = g_strv_builder_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_auto(GStrv) full = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status;

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  /* (a sanitizer build runs several times slower: tests/meson.build gives it more time) */
  g_strv_builder_add_many (argv, "timeout", "-s", "KILL",
                           g_getenv ("CG_TEST_TIME_LIMIT") != NULL ? g_getenv ("CG_TEST_TIME_LIMIT")
                                                                   : TIME_LIMIT, NULL);
  g_strv_builder_add (argv, g_getenv ("CG_BINARY"));
  g_strv_builder_addv (argv, args);
  full = g_strv_builder_end (argv);

  g_spawn_sync (dir, full, env, G_SPAWN_SEARCH_PATH, NULL, NULL, &run->out, &run->err,
                &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  g_assert_cmpint (run->status, !=, 124);  /* timeout's own status: the job never ended */
  g_assert_cmpint (run->status, !=, 128 + 9);
}

char *
cg_test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

char *
cg_test_cli_write_file (CliFixture *f,
                        const char *name,
                        const char *contents)
{
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

guint
cg_test_count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}
