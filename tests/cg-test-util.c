/* cg-test-util.c: small helpers the test suites share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "cg-test-util.h"
#include "io/cg-io.h"

void
cg_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      cg_test_remove_tree (child);
    }
  g_remove (path);
}

gpointer
cg_test_add (CgWorkshop *workshop,
             gpointer    object)
{
  cg_workshop_add (workshop, object);
  g_object_unref (object);
  return object;
}

char *
cg_test_save_to_string (CgWorkshop *workshop)
{
  g_autoptr(GBytes) bytes = cg_workshop_save_to_bytes (workshop);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

char *
cg_test_read_text (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

char *
cg_test_pdf_page_text (const char *path,
                       guint       page)
{
  return cg_test_pdf_read (path, page, NULL);
}

char *
cg_test_pdf_read (const char *path,
                  guint       page,
                  const char *option)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (program == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return NULL;
    }
  g_ptr_array_add (argv, program);
  if (page > 0)
    {
      g_ptr_array_add (argv, (gpointer) "-f");
      g_ptr_array_add (argv, number);
      g_ptr_array_add (argv, (gpointer) "-l");
      g_ptr_array_add (argv, number);
    }
  if (option != NULL)
    g_ptr_array_add (argv, (gpointer) option);
  g_ptr_array_add (argv, (gpointer) path);
  g_ptr_array_add (argv, (gpointer) "-");
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

char *
cg_test_pdf_text (const char *path)
{
  return cg_test_pdf_page_text (path, 0);
}

char *
cg_test_squeeze (const char *text)
{
  g_autoptr(GString) out = NULL;
  gboolean space = FALSE;

  if (text == NULL)
    return NULL;
  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          g_string_append_c (out, *p);
          space = FALSE;
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

guint
cg_test_count_in (const char *haystack,
                  const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

char *
cg_test_dup_section (const char *text,
                     const char *start,
                     const char *end)
{
  const char *from = strstr (text, start);
  const char *to;

  if (from == NULL)
    g_error ("no “%s” in the summary:\n%s", start, text);
  to = end != NULL ? strstr (from, end) : NULL;
  return to != NULL ? g_strndup (from, to - from) : g_strdup (from);
}

CgIdea *
cg_test_add_idea (CgWorkshop *workshop,
                  const char *text,
                  CgEvent    *event,
                  CgVoice    *voice,
                  CgTheme    *theme,
                  guint       votes)
{
  CgIdea *idea = cg_idea_new (text);

  cg_idea_set_event (idea, event);
  cg_idea_set_voice (idea, voice);
  cg_idea_set_theme (idea, theme);
  if (event != NULL && votes > 0)
    cg_idea_set_votes (idea, event, votes);
  return cg_test_add (workshop, idea);
}

CgWorkshop *
cg_test_load_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "sample.cgw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CgWorkshop *workshop = cg_workshop_load (file, NULL, &error);

  g_assert_no_error (error);
  return workshop;
}

void
cg_test_summary_set_up (CgTestSummary *f,
                        CgWorkshop    *workshop)
{
  g_autoptr(GError) error = NULL;

  f->workshop = workshop != NULL ? workshop : cg_test_load_sample ();
  f->options = cg_summary_options_new ();
  f->options->paper = CG_PAPER_A4;
  f->dir = g_dir_make_tmp ("cg-summary-XXXXXX", &error);
  g_assert_no_error (error);
}

void
cg_test_summary_tear_down (CgTestSummary *f)
{
  cg_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->options, cg_summary_options_free);
  g_assert_finalize_object (f->workshop);
}
