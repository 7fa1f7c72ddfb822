/* test-render.c: the summary renderer: what a reader's tools find in the PDF, SVG and PNG
 * files, privacy, page breaks, and workshops that push the layout (empty, huge, many, scripts)
 *
 * The PDF checks run poppler's pdftotext, pdfinfo and pdffonts, and are skipped when those are
 * not installed. The scripts test needs fonts for Chinese and Arabic (build-aux/test installs
 * them) and says which package is missing when they are not there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include "cg-test-util.h"

#include <libxml/parser.h>
#include <string.h>

#include <glib/gstdio.h>

#include "io/cg-io.h"
#include "render/cg-summary-export.h"
#include "render/cg-summary-private.h"

/* Lower-case letters of the sample's private note, and of text only it holds. */
#define PRIVATE_TEXT "asked that it stays in the room"

typedef CgTestSummary Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  cg_test_summary_set_up (fixture, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cg_test_summary_tear_down (fixture);
}

static char *
export (Fixture    *fixture,
        const char *format,
        const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (cg_summary_export (fixture->workshop, fixture->options, format, path, &warning,
                                    &error));
  g_assert_no_error (error);
  /* The sample is in English: every font it needs is on any machine that can build. */
  g_assert_null (warning);
  return path;
}

/* What to install when the text of a test comes out as boxes. */
#define FONT_PACKAGES "Chinese needs fonts-wqy-microhei, Arabic fonts-dejavu-core (Debian); " \
                      "build-aux/test installs both"

/* Fails, naming the fonts to install, when some of @summary's text has no font. */
static void
assert_every_char_drawn (CgSummary *summary)
{
  const char *warning = cg_summary_get_font_warning (summary);

  if (warning != NULL)
    g_error ("the summary would show boxes: %s (%s)", warning, FONT_PACKAGES);
}

/* Standard output of a poppler tool, or NULL (and the test skipped) when it is not installed. */
static char *
run_tool (const char *tool,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path (tool);
  char *out = NULL;
  int status;
  const char *arg;
  va_list args;

  if (program == NULL)
    {
      g_test_skip_printf ("%s is not installed (poppler-utils)", tool);
      return NULL;
    }
  g_ptr_array_add (argv, program);
  va_start (args, tool);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

static char *
pdf_text (const char *pdf,
          int         page)
{
  g_autofree char *raw = cg_test_pdf_page_text (pdf, page);

  return cg_test_squeeze (raw);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  g_autofree char *squeezed = cg_test_squeeze (needle);

  if (strstr (haystack, squeezed) == NULL)
    g_error ("“%s” is missing from the summary", squeezed);
}

/* Draws every page onto a recording surface: nothing may fall outside the paper. */
static void
assert_within_pages (CgSummary *summary)
{
  double width, height;

  cg_summary_get_page_size (summary, &width, &height);
  for (guint page = 0; page < cg_summary_get_n_pages (summary); page++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);
      double x, y, w, h;

      cg_summary_draw_page (summary, cr, page, 1.0);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (x + w, <=, width);
      g_assert_cmpfloat (y + h, <=, height);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* No page but the last ends with a heading (a block kept with what follows). */
static void
assert_no_stranded_headings (CgSummary *summary)
{
  guint n_pages = cg_summary_get_n_pages (summary);

  for (guint page = 0; page + 1 < n_pages; page++)
    {
      GArray *placements = cg_summary_get_placements (summary, page);
      CgPlacement *last = &g_array_index (placements, CgPlacement, placements->len - 1);

      g_assert_cmpuint (placements->len, >, 0);
      if (last->block->keep_with_next)
        g_error ("page %u ends with a heading", page + 1);
    }
}

static gboolean
idea_is_private (gpointer idea)
{
  return cg_idea_get_private (idea);
}

/* ---- Options ---- */

static void
test_paper (void)
{
  CgPaper paper = CG_PAPER_A4;
  double width, height;

  g_assert_cmpint (cg_paper_for_locale ("en_US.UTF-8"), ==, CG_PAPER_LETTER);
  g_assert_cmpint (cg_paper_for_locale ("fr_CA"), ==, CG_PAPER_LETTER);
  g_assert_cmpint (cg_paper_for_locale ("en_GB.UTF-8@euro"), ==, CG_PAPER_A4);
  g_assert_cmpint (cg_paper_for_locale ("de_DE"), ==, CG_PAPER_A4);
  g_assert_cmpint (cg_paper_for_locale ("C.UTF-8"), ==, CG_PAPER_A4);
  g_assert_cmpint (cg_paper_for_locale (NULL), ==, CG_PAPER_A4);

  g_assert_true (cg_paper_from_nick ("Letter", &paper));
  g_assert_cmpint (paper, ==, CG_PAPER_LETTER);
  g_assert_false (cg_paper_from_nick ("a5", &paper));
  g_assert_cmpstr (cg_paper_to_nick (CG_PAPER_A4), ==, "a4");

  cg_paper_get_size (CG_PAPER_A4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
  cg_paper_get_size (CG_PAPER_LETTER, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);
}

static void
test_options_event (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CgEvent) event = g_list_model_get_item (cg_workshop_get_events (fixture->workshop), 0);
  g_autoptr(CgSummaryOptions) copy = NULL;

  g_assert_null (fixture->options->event);
  g_assert_false (fixture->options->include_private);
  cg_summary_options_set_event (fixture->options, event);
  copy = cg_summary_options_copy (fixture->options);
  g_assert_true (copy->event == event);
  g_clear_pointer (&copy, cg_summary_options_free);
  g_assert_true (fixture->options->event == event);
  cg_summary_options_set_event (fixture->options, NULL);
  g_assert_null (fixture->options->event);
}

/* ---- Layout ---- */

static void
test_layout_sample (Fixture       *fixture,
                    gconstpointer  data)
{
  for (int easy = 0; easy <= 1; easy++)
    {
      g_autoptr(CgSummary) summary = NULL;

      fixture->options->easy_read = easy;
      summary = cg_summary_new (fixture->workshop, fixture->options);
      g_assert_cmpuint (cg_summary_get_n_pages (summary), >=, 4);
      g_assert_cmpstr (cg_summary_get_title (summary), ==,
                       cg_workshop_get_title (fixture->workshop));
      assert_within_pages (summary);
      assert_no_stranded_headings (summary);
    }
}

/* ---- PDF ---- */

static void
test_pdf_content (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = export (fixture, "pdf", "summary.pdf");
  g_autofree char *text = pdf_text (path, 0);
  g_autoptr(CgSeries) series = cg_series_new (fixture->workshop);
  GListModel *ideas = cg_workshop_get_ideas (fixture->workshop);
  GListModel *themes = cg_workshop_get_themes (fixture->workshop);
  g_autofree char *said = NULL;
  guint n_private = 0;
  guint n_reworded = 0;

  if (text == NULL)
    return;
  /* every idea of the series in its latest words, private ones left out */
  for (guint i = 0; i < cg_series_get_n_lineages (series); i++)
    {
      CgIdea *idea = cg_lineage_get_latest (cg_series_get_lineage (series, i));

      if (idea_is_private (idea))
        {
          g_autofree char *squeezed = cg_test_squeeze (cg_idea_get_text (idea));

          g_assert_null (strstr (text, squeezed));
          n_private++;
        }
      else
        assert_contains (text, cg_idea_get_text (idea));
    }
  g_assert_cmpuint (n_private, ==, 1);

  /* earlier words of an idea carried on and reworded are not listed again (the action plan
   * may still quote them: they are what prompted it) */
  said = g_strndup (strstr (text, "What people said"),
                    strstr (text, "You said, we did") - strstr (text, "What people said"));
  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
      CgIdea *latest = cg_lineage_get_latest (cg_series_find_lineage (series, idea));
      g_autofree char *squeezed = cg_test_squeeze (cg_idea_get_text (idea));

      if (idea == latest || g_str_equal (cg_idea_get_text (idea), cg_idea_get_text (latest)))
        continue;
      g_assert_null (strstr (said, squeezed));
      n_reworded++;
    }
  g_assert_cmpuint (n_reworded, >, 0);
  g_assert_null (strstr (text, PRIVATE_TEXT));

  for (guint t = 0; t < g_list_model_get_n_items (themes); t++)
    {
      g_autoptr(CgTheme) theme = g_list_model_get_item (themes, t);

      assert_contains (text, cg_theme_get_name (theme));
    }
  assert_contains (text, "You said, we did");
  assert_contains (text, "Offer every person a named worker and a phone call before any letter");
}

/* The action plan quotes what prompted each action ("you said"), and a private note only when
 * private notes were asked for. */
static void
test_pdf_you_said (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CgAction) action = cg_action_new ("Test area", "Ring before writing");
  GListModel *ideas = cg_workshop_get_ideas (fixture->workshop);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *with_private = NULL;
  const char *plan;

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      if (idea_is_private (idea) ||
          g_str_has_prefix (cg_idea_get_text (idea), "A phone call from a named worker"))
        cg_action_link_idea (action, cg_object_get_id (CG_OBJECT (idea)));
    }
  g_assert_cmpuint (g_strv_length ((char **) cg_action_get_idea_ids (action)), ==, 2);
  cg_workshop_add (fixture->workshop, action);

  path = export (fixture, "pdf", "summary.pdf");
  text = pdf_text (path, 0);
  if (text == NULL)
    return;
  plan = strstr (text, "You said, we did");
  g_assert_nonnull (plan);
  assert_contains (plan, "Test area");
  assert_contains (plan, "“A phone");
  g_assert_null (strstr (text, "“Facilitator"));

  fixture->options->include_private = TRUE;
  g_free (path);
  path = export (fixture, "pdf", "private.pdf");
  with_private = pdf_text (path, 0);
  assert_contains (strstr (with_private, "You said, we did"), "“Facilitator");
}

/* Themes in board order, sections in order, ideas by votes. */
static void
test_pdf_reading_order (Fixture       *fixture,
                        gconstpointer  data)
{
  static const char * const order[] = {
    "Who took part", "What people said", "First contacts",
    /* carried from March to June and reworded: once, in its June words, with 12 + 10 votes */
    "Named worker and a phone call first", "22 votes",
    "Let people bring someone they trust",                           /* 6 votes */
    "Alternatives to in-patient treatment", "Third-sector links", "Peer roles",
    "Not yet sorted", "Whose voices were heard", "You said, we did",
  };
  g_autofree char *path = export (fixture, "pdf", "summary.pdf");
  g_autofree char *text = pdf_text (path, 0);
  const char *at;

  if (text == NULL)
    return;
  at = text;
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *found = strstr (at, order[i]);

      if (found == NULL)
        g_error ("“%s” is missing or out of order", order[i]);
      at = found + strlen (order[i]);
    }
}

static void
test_pdf_info (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(CgSummary) summary = cg_summary_new (fixture->workshop, fixture->options);
  g_autofree char *path = export (fixture, "pdf", "summary.pdf");
  g_autofree char *info = run_tool ("pdfinfo", path, NULL);
  g_autofree char *fonts = NULL;
  g_autofree char *pages = NULL;
  g_auto(GStrv) lines = NULL;
  GStatBuf st;
  guint n_fonts = 0;

  if (info == NULL)
    return;
  g_assert_nonnull (strstr (info, "Tagged:          yes"));
  g_assert_nonnull (strstr (info, "Title:           Redesigning the Mental Health Officer "
                                  "service together"));
  g_assert_nonnull (strstr (info, "Creator:         Common Ground " PACKAGE_VERSION));
  g_assert_nonnull (strstr (info, "Subject:         Summary of a co-design workshop"));
  g_assert_nonnull (strstr (info, "CreationDate:"));
  g_assert_nonnull (strstr (info, "Page size:       595.276 x 841.89 pts (A4)"));
  pages = g_strdup_printf ("Pages:           %u\n", cg_summary_get_n_pages (summary));
  g_assert_nonnull (strstr (info, pages));

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, <, 300 * 1024);

  /* Every font embedded, as a subset. */
  fonts = run_tool ("pdffonts", path, NULL);
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_assert_nonnull (strchr (lines[i], '+'));   /* ABCDEF+Name: a subset */
      g_assert_nonnull (strstr (lines[i], " yes yes "));
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

/* An idea that fits on a page is never split across two. */
static void
test_pdf_no_split (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CgSummary) summary = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CgSeries) series = cg_series_new (fixture->workshop);
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);

  fixture->options->easy_read = TRUE;
  summary = cg_summary_new (fixture->workshop, fixture->options);
  path = export (fixture, "pdf", "easy.pdf");
  for (guint p = 1; p <= cg_summary_get_n_pages (summary); p++)
    {
      char *text = pdf_text (path, p);

      if (text == NULL)
        return;
      g_ptr_array_add (pages, text);
    }

  /* the ideas of the series, each in its latest words */
  for (guint i = 0; i < cg_series_get_n_lineages (series); i++)
    {
      CgIdea *idea = cg_lineage_get_latest (cg_series_get_lineage (series, i));
      g_autofree char *squeezed = cg_test_squeeze (cg_idea_get_text (idea));
      guint found = 0;

      if (idea_is_private (idea))
        continue;
      for (guint p = 0; p < pages->len; p++)
        found += strstr (g_ptr_array_index (pages, p), squeezed) != NULL;
      /* (whole on at least one page: the action plan may quote it again on another) */
      if (found == 0)
        g_error ("“%s” is on no page whole: it was split", squeezed);
    }
}

static void
test_pdf_private (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  fixture->options->include_private = TRUE;
  path = export (fixture, "pdf", "private.pdf");
  text = pdf_text (path, 1);
  if (text == NULL)
    return;
  assert_contains (text, "Private notes are included.");
  g_free (text);
  text = pdf_text (path, 0);
  assert_contains (text, PRIVATE_TEXT);
}

/* The first page of a PDF summary exported as @name, as a reader's tools see it (NULL when
 * they cannot be run here). */
static char *
exported_first_page (Fixture    *fixture,
                     const char *name)
{
  g_autofree char *path = export (fixture, "pdf", name);

  return pdf_text (path, 0);
}

/* The laptop that captured an idea is in the summary only when asked. */
static void
test_pdf_laptops (Fixture       *fixture,
                  gconstpointer  data)
{
  GListModel *ideas = cg_workshop_get_ideas (fixture->workshop);
  g_autofree char *not_asked = NULL;
  g_autofree char *asked = NULL;
  g_autofree char *easy = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      if (!idea_is_private (idea))
        cg_idea_set_laptop (idea, "Table 2");
    }
  not_asked = exported_first_page (fixture, "laptops-not-asked.pdf");
  if (not_asked == NULL)
    return;
  g_assert_null (strstr (not_asked, "Table 2"));

  fixture->options->show_laptops = TRUE;
  asked = exported_first_page (fixture, "laptops.pdf");
  assert_contains (asked, "captured at Table 2");

  fixture->options->easy_read = TRUE;
  easy = exported_first_page (fixture, "laptops-easy.pdf");
  assert_contains (easy, "Written down at Table 2.");
}

static void
test_pdf_one_event (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CgEvent) june = g_list_model_get_item (cg_workshop_get_events (fixture->workshop), 1);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  cg_summary_options_set_event (fixture->options, june);
  path = export (fixture, "pdf", "june.pdf");
  text = pdf_text (path, 0);
  if (text == NULL)
    return;
  assert_contains (text, "June workshop: from ideas to actions");
  assert_contains (text, "A community crisis café that is open in the evenings.");
  g_assert_null (strstr (text, "March workshop: what works"));
  g_assert_null (strstr (text, "A crisis house with peer staff"));
}

/* The smallest word height pdftotext -bbox finds, in points. A word's box is at least as tall
 * as its type size for the fonts in use (ascent plus descent exceed the em). */
static double
smallest_word (const char *pdf)
{
  g_autofree char *html = run_tool ("pdftotext", "-bbox", pdf, "-", NULL);
  double smallest = G_MAXDOUBLE;
  const char *p;

  if (html == NULL)
    return -1;
  for (p = strstr (html, "<word "); p != NULL; p = strstr (p + 1, "<word "))
    {
      const char *ymin = strstr (p, "yMin=\"");
      const char *ymax = strstr (p, "yMax=\"");

      g_assert_nonnull (ymin);
      g_assert_nonnull (ymax);
      smallest = MIN (smallest, g_ascii_strtod (ymax + 6, NULL) - g_ascii_strtod (ymin + 6, NULL));
    }
  return smallest;
}

static void
test_pdf_easy_read_size (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *standard = export (fixture, "pdf", "standard.pdf");
  g_autofree char *easy = NULL;
  double smallest = smallest_word (standard);

  if (smallest < 0)
    return;
  /* The measure can fail: standard print has smaller type. */
  g_assert_cmpfloat (smallest, <, 16);

  fixture->options->easy_read = TRUE;
  easy = export (fixture, "pdf", "easy.pdf");
  g_assert_cmpfloat (smallest_word (easy), >=, 16);
}

/* ---- SVG and PNG ---- */

static void
test_svg (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = export (fixture, "svg", "summary.svg");
  xmlDocPtr doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR
                                            | XML_PARSE_NOWARNING | XML_PARSE_HUGE);

  g_assert_nonnull (doc);
  g_assert_cmpstr ((const char *) xmlDocGetRootElement (doc)->name, ==, "svg");
  xmlFreeDoc (doc);
}

static void
test_png (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(CgSummary) summary = cg_summary_new (fixture->workshop, fixture->options);
  guint n_pages = cg_summary_get_n_pages (summary);
  g_autofree char *path = export (fixture, "png", "pages.png");
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n_files = 0;

  for (guint page = 1; page <= n_pages + 1; page++)
    {
      g_autofree char *name_n = g_strdup_printf ("pages-%u.png", page);
      g_autofree char *page_path = g_build_filename (fixture->dir, name_n, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      if (page > n_pages)
        {
          g_assert_false (g_file_test (page_path, G_FILE_TEST_EXISTS));
          break;
        }
      g_assert_true (g_file_get_contents (page_path, &contents, &length, NULL));
      g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
    }

  /* Nothing else: no "pages.png", no temporary files left behind. */
  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_true (g_str_has_prefix (name, "pages-"));
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, n_pages);
}

/* ---- Errors ---- */

static void
assert_dir_holds (const char *path,
                  guint       n_expected)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  g_assert_cmpuint (n, ==, n_expected);
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-folder", "out.pdf", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "folder.pdf", NULL);
  g_autofree char *kept = g_build_filename (fixture->dir, "kept.pdf", NULL);
  g_autofree char *contents = NULL;
  const char *formats[] = { "pdf", "svg", "png" };
  g_autoptr(GError) error = NULL;

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      char *warning = (char *) "not set";

      g_assert_false (cg_summary_export (fixture->workshop, fixture->options, formats[f],
                                         missing, &warning, &error));
      g_assert_null (warning);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
      /* The message names the file (for PNG, the first page's file). */
      g_assert_true (g_str_has_prefix (error->message, missing));
      g_assert_null (strchr (error->message, '\n'));
      g_clear_error (&error);
    }

  /* The rename fails at the very end: the temporary file must not stay behind. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (cg_summary_export (fixture->workshop, fixture->options, "pdf", folder, NULL,
                                     &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, folder));
  g_clear_error (&error);
  assert_dir_holds (fixture->dir, 1);

  /* An unknown format changes nothing. */
  g_assert_true (g_file_set_contents (kept, "old", -1, NULL));
  g_assert_false (cg_summary_export (fixture->workshop, fixture->options, "docx", kept, NULL,
                                     &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_true (g_str_has_prefix (error->message, kept));
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  assert_dir_holds (fixture->dir, 2);
}

/* ---- Workshops that push the layout ---- */

static CgWorkshop *
make_workshop (const char *title,
               guint       n_themes,
               const char *voice_name,
               const char *idea_text)
{
  CgWorkshop *workshop = cg_workshop_new (title);
  g_autoptr(CgEvent) event = cg_event_new ("Event");
  g_autoptr(CgVoice) voice = cg_voice_new (voice_name, "#3465a4");

  cg_event_set_date (event, "2026-05-01");
  cg_workshop_add (workshop, event);
  cg_workshop_add (workshop, voice);
  cg_voice_set_attendance (voice, event, 7);
  for (guint t = 0; t < n_themes; t++)
    {
      g_autofree char *name = g_strdup_printf ("Theme number %u", t + 1);
      g_autoptr(CgTheme) theme = cg_theme_new (name, "#c061cb");
      g_autoptr(CgIdea) idea = cg_idea_new (idea_text);

      cg_workshop_add (workshop, theme);
      cg_idea_set_theme (idea, theme);
      cg_idea_set_voice (idea, voice);
      cg_idea_set_event (idea, event);
      cg_idea_set_votes (idea, event, t % 5);
      cg_workshop_add (workshop, idea);
    }
  return workshop;
}

/* Exports @workshop in every format and checks the layout stays on its pages. */
static char *
export_all (Fixture    *fixture,
            CgWorkshop *workshop)
{
  g_autoptr(CgSummary) summary = cg_summary_new (workshop, fixture->options);
  const char *formats[] = { "svg", "png", "pdf" };
  g_autoptr(GError) error = NULL;
  char *pdf = NULL;

  assert_within_pages (summary);
  assert_no_stranded_headings (summary);
  assert_every_char_drawn (summary);
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *name = g_strconcat ("stress.", formats[f], NULL);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autofree char *warning = NULL;

      /* PNG pages are slow to compress and draw just as the recording above did. */
      if (f == 1 && cg_summary_get_n_pages (summary) > 8)
        continue;
      g_assert_true (cg_summary_export (workshop, fixture->options, formats[f], path, &warning,
                                        &error));
      g_assert_no_error (error);
      g_assert_null (warning);
      if (f == 2)
        pdf = g_steal_pointer (&path);
    }
  return pdf;
}

static void
test_stress_empty (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CgWorkshop) bare = cg_workshop_new ("");
  g_autoptr(CgWorkshop) no_ideas = make_workshop ("No ideas yet", 0, "Staff", "");
  g_autofree char *pdf = export_all (fixture, bare);
  g_autofree char *text = pdf_text (pdf, 0);

  if (text != NULL)
    assert_contains (text, "No ideas were recorded.");
  g_free (pdf);
  pdf = export_all (fixture, no_ideas);
  fixture->options->easy_read = TRUE;
  g_free (export_all (fixture, no_ideas));
}

static void
test_stress_long_idea (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autoptr(CgSummary) summary = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *out = NULL;
  guint n = 0;

  /* Words, then one "word" of 2,000 letters that must break, then the end marker. */
  while (text->len < CG_IDEA_MAX_TEXT - 2100)
    g_string_append_printf (text, "word%u ", n++);
  for (guint i = 0; i < 2000; i++)
    g_string_append_c (text, 'a' + i % 26);
  g_string_append (text, " THE-END");
  g_assert_cmpuint (g_utf8_strlen (text->str, -1), <=, CG_IDEA_MAX_TEXT);

  workshop = make_workshop ("One very long idea", 1, "Lived experience", text->str);
  summary = cg_summary_new (workshop, fixture->options);
  g_assert_cmpuint (cg_summary_get_n_pages (summary), >=, 5);
  pdf = export_all (fixture, workshop);
  out = pdf_text (pdf, 0);
  if (out == NULL)
    return;
  assert_contains (out, "word0 word1 word2");
  assert_contains (out, "THE-END");
  g_assert_nonnull (strstr (out, "word1000 "));
  g_assert_null (strstr (out, "word1000 word1000"));   /* no line drawn twice */

  fixture->options->easy_read = TRUE;
  g_free (export_all (fixture, workshop));
}

static void
test_stress_many_themes (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(CgWorkshop) workshop = make_workshop ("Two hundred themes", 200, "Carers",
                                                  "An idea under every theme.");
  g_autoptr(CgSummary) summary = cg_summary_new (workshop, fixture->options);
  g_autoptr(GArray) outline = cg_summary_dup_outline (summary);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  guint n_themes = 0;

  for (guint i = 0; i < outline->len; i++)
    n_themes += g_array_index (outline, CgOutlineEntry, i).level == 2;
  g_assert_cmpuint (n_themes, ==, 200);

  pdf = export_all (fixture, workshop);
  text = pdf_text (pdf, 0);
  if (text == NULL)
    return;
  assert_contains (text, "Theme number 1 ");
  assert_contains (text, "Theme number 200");
}

static void
test_stress_scripts (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(CgWorkshop) workshop = make_workshop ("ورشة عمل 设计工作坊", 3, "الأسرة ومقدمو الرعاية",
                                                  "我们希望第一次联系时有人打电话。 "
                                                  "نريد أن يتصل بنا شخص نعرفه أولاً.");
  g_autoptr(CgVoice) voice = cg_voice_new ("家属和照顾者", "#e69f00");
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;

  cg_workshop_add (workshop, voice);
  pdf = export_all (fixture, workshop);
  text = pdf_text (pdf, 0);
  if (text == NULL)
    return;
  assert_contains (text, "我们希望第一次联系时有人打电话。");
  assert_contains (text, "家属和照顾者");
  fonts = run_tool ("pdffonts", pdf, NULL);
  g_assert_null (strstr (fonts, " no "));   /* every font embedded */

  fixture->options->easy_read = TRUE;
  g_free (export_all (fixture, workshop));
}

/* ---- Characters no font can draw ---- */

/* A private-use character of the last plane: no font has a reason to draw it. */
#define NO_FONT_CHAR "\U0010FFFD"

static void
test_fonts_script_names (void)
{
  g_autofree char *han = cg_script_dup_name (G_UNICODE_SCRIPT_HAN);
  g_autofree char *arabic = cg_script_dup_name (G_UNICODE_SCRIPT_ARABIC);
  g_autofree char *cherokee = cg_script_dup_name (G_UNICODE_SCRIPT_CHEROKEE);
  g_autofree char *unknown = cg_script_dup_name (g_unichar_get_script (0x10FFFD));

  g_assert_cmpstr (han, ==, "Han (Chinese)");
  g_assert_cmpstr (arabic, ==, "Arabic");
  /* Scripts without a name in the table go by their ISO 15924 code. */
  g_assert_cmpstr (cherokee, ==, "script Cher");
  g_assert_cmpstr (unknown, ==, "private-use or unassigned characters");
}

/* Adds a note with @text under the first theme of @workshop. */
static void
add_note (CgWorkshop *workshop,
          const char *text)
{
  g_autoptr(CgTheme) theme = g_list_model_get_item (cg_workshop_get_themes (workshop), 0);
  g_autoptr(CgEvent) event = g_list_model_get_item (cg_workshop_get_events (workshop), 0);
  CgIdea *idea = cg_test_add (workshop, cg_idea_new (text));

  cg_idea_set_theme (idea, theme);
  cg_idea_set_event (idea, event);
}

/* A note with a character no font has: the file is still written, and the warning names the
 * note and the script; the notes that draw are not named. */
static void
test_fonts_warning (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CgWorkshop) workshop = make_workshop ("Fonts", 1, "Carers", "Every letter draws.");
  g_autofree char *path = g_build_filename (fixture->dir, "boxes.pdf", NULL);
  g_autofree char *warning = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgSummary) summary = NULL;
  GStatBuf st;

  /* All drawn: no warning. */
  g_assert_true (cg_summary_export (workshop, fixture->options, "pdf", path, &warning, &error));
  g_assert_no_error (error);
  g_assert_null (warning);

  add_note (workshop, "Ring the family " NO_FONT_CHAR " before any letter is sent to them");
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (cg_summary_export (workshop, fixture->options, "pdf", path, &warning, &error));
  g_assert_no_error (error);
  g_assert_nonnull (warning);
  g_test_message ("%s", warning);
  g_assert_nonnull (strstr (warning, "1 note has characters no installed font can draw"));
  g_assert_nonnull (strstr (warning, "private-use or unassigned characters"));
  /* The note by the start of its words, cut short, on one line. */
  g_assert_nonnull (strstr (warning, "Ring the family " NO_FONT_CHAR " before"));
  g_assert_null (strstr (warning, "sent to them"));
  g_assert_null (strstr (warning, "Every letter draws"));
  g_assert_null (strchr (warning, '\n'));
  /* ... and the file written all the same. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 1000);
  g_clear_pointer (&warning, g_free);

  /* The same in every format, and for the summary itself (the preview, printing). */
  g_free (path);
  path = g_build_filename (fixture->dir, "boxes.png", NULL);
  g_assert_true (cg_summary_export (workshop, fixture->options, "png", path, &warning, &error));
  g_assert_nonnull (warning);
  summary = cg_summary_new (workshop, fixture->options);
  g_assert_cmpstr (cg_summary_get_font_warning (summary), ==, warning);
}

/* Many notes: each named once, the first few of them; text that is not a note is named too. */
static void
test_fonts_warning_many (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(CgWorkshop) workshop = make_workshop ("Fonts " NO_FONT_CHAR " title", 1, "Carers",
                                                  "Every letter draws.");
  g_autoptr(CgSummary) summary = NULL;
  g_autoptr(CgSummary) title_only = NULL;

  /* Only the title: named as the summary's text. */
  title_only = cg_summary_new (workshop, fixture->options);
  g_assert_nonnull (cg_summary_get_font_warning (title_only));
  g_assert_true (g_str_has_prefix (cg_summary_get_font_warning (title_only),
                                   "The summary has characters no installed font can draw "
                                   "(private-use or unassigned characters), in “"));
  g_assert_nonnull (strstr (cg_summary_get_font_warning (title_only), "Fonts " NO_FONT_CHAR));

  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *text = g_strdup_printf ("Note %u " NO_FONT_CHAR, i);

      add_note (workshop, text);
    }
  add_note (workshop, "Note 0 " NO_FONT_CHAR);   /* the same words twice: named once */
  summary = cg_summary_new (workshop, fixture->options);
  g_test_message ("%s", cg_summary_get_font_warning (summary));
  g_assert_true (g_str_has_prefix (cg_summary_get_font_warning (summary),
                                   "8 notes have characters no installed font can draw"));
  g_assert_nonnull (strstr (cg_summary_get_font_warning (summary), " and 3 more."));
  g_assert_null (strstr (cg_summary_get_font_warning (summary), "Fonts " NO_FONT_CHAR));
}

/* The fontconfig setup of a machine with only DejaVu Sans: no font for Chinese. */
static const char only_dejavu_conf[] =
  "<?xml version=\"1.0\"?>\n"
  "<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
  "<fontconfig>\n"
  "  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n"
  "  <selectfont>\n"
  "    <rejectfont><pattern/></rejectfont>\n"
  "    <acceptfont><pattern><patelt name=\"family\"><string>DejaVu Sans</string></patelt>"
  "</pattern></acceptfont>\n"
  "  </selectfont>\n"
  "</fontconfig>\n";

static gboolean
has_family (const char *name)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoFontFamily **families = NULL;
  gboolean found = FALSE;
  int n;

  pango_font_map_list_families (map, &families, &n);
  for (int i = 0; i < n && !found; i++)
    found = g_str_equal (pango_font_family_get_name (families[i]), name);
  g_free (families);
  return found;
}

/* Run in a process of its own, where fontconfig sees only DejaVu Sans. */
static void
only_dejavu_child (Fixture *fixture)
{
  g_autoptr(CgWorkshop) arabic = make_workshop ("ورشة عمل", 1, "الأسرة ومقدمو الرعاية",
                                                "نريد أن يتصل بنا شخص نعرفه أولاً.");
  g_autoptr(CgWorkshop) chinese = make_workshop ("Chinese", 1, "Carers", "Every letter draws.");
  g_autoptr(CgSummaryOptions) options = cg_summary_options_new ();
  g_autofree char *path = g_build_filename (fixture->dir, "chinese.pdf", NULL);
  g_autofree char *warning = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgSummary) summary = NULL;

  g_assert_false (has_family ("WenQuanYi Micro Hei"));

  /* DejaVu Sans draws the Arabic the scripts test uses. */
  summary = cg_summary_new (arabic, options);
  g_assert_cmpstr (cg_summary_get_font_warning (summary), ==, NULL);

  add_note (chinese, "我们希望第一次联系时有人打电话。");
  g_assert_true (cg_summary_export (chinese, options, "pdf", path, &warning, &error));
  g_assert_no_error (error);
  g_assert_nonnull (warning);
  g_assert_true (g_str_has_prefix (warning, "1 note has characters no installed font can draw "
                                            "(Han (Chinese)): “"));
  g_assert_nonnull (strstr (warning, "我们希望第一次联系时有人打电话。"));
  g_assert_nonnull (strstr (warning, "Install a font for that script"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_fonts_no_cjk_font (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *conf = g_build_filename (fixture->dir, "fonts.conf", NULL);

  if (g_test_subprocess ())
    {
      only_dejavu_child (fixture);
      return;
    }
  if (!has_family ("DejaVu Sans") || !g_file_test ("/etc/fonts/fonts.conf", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("needs DejaVu Sans and /etc/fonts/fonts.conf");
      return;
    }

  g_assert_true (g_file_set_contents (conf, only_dejavu_conf, -1, NULL));
  /* The child reads the environment afresh; this process's fonts are already loaded. */
  g_setenv ("FONTCONFIG_FILE", conf, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT
                                   | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("FONTCONFIG_FILE");
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/render/options/paper", test_paper);
  ADD ("/render/options/event", test_options_event);
  ADD ("/render/layout/sample", test_layout_sample);
  ADD ("/render/pdf/content", test_pdf_content);
  ADD ("/render/pdf/reading-order", test_pdf_reading_order);
  ADD ("/render/pdf/you-said", test_pdf_you_said);
  ADD ("/render/pdf/info", test_pdf_info);
  ADD ("/render/pdf/no-split", test_pdf_no_split);
  ADD ("/render/pdf/private", test_pdf_private);
  ADD ("/render/pdf/laptops", test_pdf_laptops);
  ADD ("/render/pdf/one-event", test_pdf_one_event);
  ADD ("/render/pdf/easy-read-size", test_pdf_easy_read_size);
  ADD ("/render/svg/well-formed", test_svg);
  ADD ("/render/png/pages", test_png);
  ADD ("/render/export/errors", test_errors);
  ADD ("/render/stress/empty", test_stress_empty);
  ADD ("/render/stress/long-idea", test_stress_long_idea);
  ADD ("/render/stress/many-themes", test_stress_many_themes);
  ADD ("/render/stress/scripts", test_stress_scripts);
  g_test_add_func ("/render/fonts/script-names", test_fonts_script_names);
  ADD ("/render/fonts/warning", test_fonts_warning);
  ADD ("/render/fonts/warning-many", test_fonts_warning_many);
  ADD ("/render/fonts/no-cjk-font", test_fonts_no_cjk_font);

  return g_test_run ();
}
