/* cg-test-cli.h: running the common-ground binary as a user would, for the command-line suites
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *dir;
} CliFixture;

typedef struct
{
  int   status;  /* the exit status; -1 when killed (124 from the time limit) */
  char *out;
  char *err;
} Run;

void  cg_test_cli_set_up    (CliFixture    *f,
                             gconstpointer  data);
void  cg_test_cli_tear_down (CliFixture    *f,
                             gconstpointer  data);

void  cg_test_run_clear (Run *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, cg_test_run_clear)

/* Runs common-ground (CG_BINARY) with @args (NULL-terminated) and no display, in @dir, for at
 * most a minute: a job that would never end fails the test instead of hanging it. */
void  cg_test_run_app  (Run         *run,
                        const char  *dir,
                        const char **args);
/* tests/data/@name */
char *cg_test_data_path (const char *name);
/* Writes @contents to @name in the fixture's folder; returns the path. */
char *cg_test_cli_write_file (CliFixture *f,
                              const char *name,
                              const char *contents);
guint cg_test_count_lines (const char *text);

G_END_DECLS
