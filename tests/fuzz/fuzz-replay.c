/* fuzz-replay.c: runs a fuzz target over saved inputs, as a test of the ordinary suite
 *
 * Linked with one fuzz target instead of libFuzzer: every file named on the command line, and
 * every file in every folder named there, is one test case fed to LLVMFuzzerTestOneInput. So an
 * input the fuzzer found once (kept in tests/data/fuzz/) is replayed by every build, with no
 * clang needed. A folder's "known-bugs.txt" lists inputs that still fail, one a line as
 * "NAME<tab>TARGET<tab>why" (TARGET: load, csv, merge, or * for all three); they are skipped
 * with that reason until the bug is fixed and the line removed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-fuzz"

#include "config.h"

#include <string.h>

#include "fuzz-common.h"

#define KNOWN_BUGS "known-bugs.txt"

typedef struct
{
  char *path;
  char *known_bug;  /* why it is skipped, or NULL */
} Input;

static void
input_free (gpointer data)
{
  Input *input = data;

  g_free (input->path);
  g_free (input->known_bug);
  g_free (input);
}

static void
replay_input (gconstpointer data)
{
  const Input *input = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (input->known_bug != NULL)
    {
      g_test_skip (input->known_bug);
      return;
    }

  g_file_get_contents (input->path, &contents, &length, &error);
  g_assert_no_error (error);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
}

/* NAME -> why, from the lines of @folder's known-bugs.txt for @target (an empty table when
 * there is none). */
static GHashTable *
read_known_bugs (const char *folder,
                 const char *target)
{
  GHashTable *known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *path = g_build_filename (folder, KNOWN_BUGS, NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return known;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '#')
        continue;
      fields = g_strsplit (lines[i], "\t", 3);
      if (g_strv_length (fields) != 3)
        continue;
      if (g_str_equal (fields[1], "*") || g_str_equal (fields[1], target))
        g_hash_table_insert (known, g_strdup (fields[0]), g_strdup (g_strstrip (fields[2])));
    }
  return known;
}

static void
add_input (GPtrArray  *inputs,
           const char *path,
           const char *known_bug)
{
  Input *input = g_new0 (Input, 1);

  input->path = g_strdup (path);
  input->known_bug = g_strdup (known_bug);
  g_ptr_array_add (inputs, input);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
add_folder (GPtrArray  *inputs,
            const char *folder,
            const char *target)
{
  g_autoptr(GHashTable) known = read_known_bugs (folder, target);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, &error);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && !g_str_equal (name, KNOWN_BUGS))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, names->pdata[i], NULL);

      if (!g_file_test (path, G_FILE_TEST_IS_DIR))
        add_input (inputs, path, g_hash_table_lookup (known, names->pdata[i]));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (input_free);
  g_autofree char *program = g_path_get_basename (argv[0]);
  /* "replay-merge": the target is "merge" */
  const char *target = g_str_has_prefix (program, "replay-") ? program + strlen ("replay-")
                                                             : program;

  g_test_init (&argc, &argv, NULL);
  LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        add_folder (inputs, argv[i], target);
      else
        add_input (inputs, argv[i], NULL);
    }

  for (guint i = 0; i < inputs->len; i++)
    {
      const Input *input = inputs->pdata[i];
      g_autofree char *base = g_path_get_basename (input->path);
      g_autofree char *test_path = g_strdup_printf ("/%s/%s", program, base);

      g_test_add_data_func (test_path, input, replay_input);
    }

  return g_test_run ();
}
