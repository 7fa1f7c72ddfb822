/* test-xml-guard.c: the walk before libxml2 refuses hostile shapes, with the right line, and
 * lets everything up to its limits through
 *
 * Each limit is tested on both sides: one past it is refused by the guard (CG_IO_ERROR_LIMIT,
 * "NAME:LINE: words"), and a file at it gets through the guard, so that it loads, or is refused
 * by the loader's own, later check. The hostile files are built here: most are megabytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-io"

#include "config.h"

#include <string.h>

#include "io/cg-io.h"
#include "io/cg-xml-reader-private.h"
#include "model/cg-text.h"

#define NAME "hostile.cgw"
#define MB (1024 * 1024)

/* Lines 1-3; what a test adds starts on line 4. */
static GString *
begin (void)
{
  return g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.0\" id=\"w\">\n"
                       "  <title>Hostile</title>\n");
}

static char *
finish (GString *data)
{
  g_string_append (data, "\n</workshop>\n");
  return g_string_free (data, FALSE);
}

static void
append_times (GString    *data,
              const char *text,
              gsize       times)
{
  for (gsize i = 0; i < times; i++)
    g_string_append (data, text);
}

/* @c @n times */
static void
append_run (GString *data,
            char     c,
            gsize    n)
{
  gsize len = data->len;

  g_string_set_size (data, len + n);
  memset (data->str + len, c, n);
}

static void
assert_loads (const char *data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = cg_workshop_load_from_data (data, strlen (data), NAME, &error);

  g_assert_no_error (error);
  g_assert_nonnull (workshop);
}

/* Refused with "NAME:LINE: " then @words; by the guard when @code is CG_IO_ERROR_LIMIT. */
static void
assert_refused (const char *data,
                int         line,
                int         code,
                const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = cg_workshop_load_from_data (data, strlen (data), NAME, &error);
  g_autofree char *prefix = g_strdup_printf (NAME ":%d: ", line);

  g_assert_null (workshop);
  g_assert_nonnull (error);
  if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, words) == NULL)
    g_error ("expected “%s…%s”, got “%.300s”", prefix, words, error->message);
  g_assert_error (error, CG_IO_ERROR, code);
}

static char *
tag_with_attributes (guint n)
{
  GString *data = begin ();

  g_string_append (data, "  <events");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (data, " a%u=\"\"", i);
  g_string_append (data, "/>");

  return finish (data);
}

static void
test_attributes (void)
{
  g_autofree char *at_limit = tag_with_attributes (GUARD_MAX_ATTRIBUTES);
  g_autofree char *over = tag_with_attributes (GUARD_MAX_ATTRIBUTES + 1);
  g_autofree char *tall = NULL;
  GString *data = begin ();

  /* The loader's own check speaks at the limit. */
  assert_refused (at_limit, 4, CG_IO_ERROR_INVALID, "unknown attribute 'a0' on <events>");
  assert_refused (over, 4, CG_IO_ERROR_LIMIT, "the <events> tag has more than 64 attributes");

  /* One attribute a line: the line is where the tag starts. */
  g_string_append (data, "\n\n  <events");
  for (guint i = 0; i <= GUARD_MAX_ATTRIBUTES; i++)
    g_string_append_printf (data, "\n      a%u='x'", i);
  g_string_append (data, ">\n  </events>");
  tall = finish (data);
  assert_refused (tall, 6, CG_IO_ERROR_LIMIT, "the <events> tag has more than 64 attributes");
}

/* The start tag that took libxml2 2.9.14 minutes. */
static void
test_200000_attributes (void)
{
  GString *data = g_string_new ("<?xml version=\"1.0\"?>\n"
                                "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.0\" "
                                "id=\"w\"");
  g_autofree char *text = NULL;

  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (data, " a%u=\"%u\"", i, i);
  g_string_append (data, ">\n<title>t</title>\n");
  text = finish (data);

  assert_refused (text, 2, CG_IO_ERROR_LIMIT, "the <workshop> tag has more than 64 attributes");
}

/* The root declares the default namespace and @n_more prefixes, in single quotes. */
static char *
root_with_namespaces (guint n_more)
{
  GString *data = g_string_new ("<?xml version=\"1.0\"?>\n"
                                "<workshop xmlns=\"urn:commonground:workshop:1\"");

  for (guint i = 0; i < n_more; i++)
    g_string_append_printf (data, " xmlns:p%u='urn:example:%u'", i, i);
  g_string_append (data, " version=\"1.0\" id=\"w\">\n<title>t</title>\n");

  return finish (data);
}

static void
test_namespaces_on_a_tag (void)
{
  g_autofree char *at_limit = root_with_namespaces (GUARD_MAX_NAMESPACES - 1);
  g_autofree char *over = root_with_namespaces (GUARD_MAX_NAMESPACES);

  assert_loads (at_limit);
  assert_refused (over, 2, CG_IO_ERROR_LIMIT,
                  "the <workshop> tag declares more than 16 namespaces");
}

/* @n_total prefixes declared, ten on each idea, one idea a line from line 5; the default
 * namespace declared again on each. Returns the line of the last idea in @last_line. */
static char *
file_with_namespaces (guint  n_total,
                      int   *last_line)
{
  GString *data = begin ();
  guint left = n_total;

  g_string_append (data, "  <ideas>\n");
  *last_line = 4;
  for (guint i = 0; left > 0; i++)
    {
      g_string_append_printf (data, "    <idea xmlns=\"urn:commonground:workshop:1\" id=\"i%u\" "
                              "created=\"2026-03-12T10:04:00Z\"", i);
      for (guint j = 0; j < 10 && left > 0; j++, left--)
        g_string_append_printf (data, " xmlns:n%u=\"urn:example:%u\"", j, i * 10 + j);
      g_string_append (data, "><text/></idea>\n");
      (*last_line)++;
    }
  g_string_append (data, "  </ideas>");

  return finish (data);
}

static void
test_namespaces_in_a_file (void)
{
  int line;
  g_autofree char *at_limit = file_with_namespaces (GUARD_MAX_ALL_NAMESPACES, &line);
  g_autofree char *over = file_with_namespaces (GUARD_MAX_ALL_NAMESPACES + 1, &line);
  GString *data = begin ();
  g_autofree char *defaults = NULL;

  assert_loads (at_limit);
  g_assert_cmpint (line, ==, 4 + 1001);
  assert_refused (over, line, CG_IO_ERROR_LIMIT,
                  "the file declares more than 10000 namespace prefixes");

  /* The default namespace declared again on every element adds nothing. */
  g_string_append (data, "  <ideas xmlns=\"urn:commonground:workshop:1\">\n");
  for (guint i = 0; i < 2 * GUARD_MAX_ALL_NAMESPACES; i++)
    g_string_append_printf (data, "    <idea xmlns=\"urn:commonground:workshop:1\" id=\"i%u\" "
                            "created=\"2026-03-12T10:04:00Z\"><text "
                            "xmlns=\"urn:commonground:workshop:1\"/></idea>\n", i);
  g_string_append (data, "  </ideas>");
  defaults = finish (data);
  assert_loads (defaults);
}

/* A name of @n characters of two bytes each ("é"). */
static char *
long_name (guint n)
{
  GString *name = g_string_new (NULL);

  append_times (name, "\xc3\xa9", n);
  return g_string_free (name, FALSE);
}

static void
test_long_names (void)
{
  g_autofree char *at_limit = long_name (GUARD_MAX_NAME);
  g_autofree char *over = long_name (GUARD_MAX_NAME + 1);
  const char * const shapes[] = {
    "  <%s/>",                          /* an element */
    "  <events %s=\"x\"/>",             /* an attribute */
    "  <events>\n  </%s>",              /* an end tag (on line 5) */
    "  <?%s data?>",                    /* a processing instruction */
  };

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      GString *data = begin ();
      g_autofree char *text = NULL;

      g_string_append_printf (data, shapes[i], over);
      text = finish (data);
      assert_refused (text, i == 2 ? 5 : 4, CG_IO_ERROR_LIMIT,
                      "a name in a tag is longer than 256 characters ('éééé");
    }

  /* At the limit the loader names it. */
  {
    GString *data = begin ();
    g_autofree char *text = NULL;

    g_string_append_printf (data, "  <%s/>", at_limit);
    text = finish (data);
    assert_refused (text, 4, CG_IO_ERROR_INVALID, "unknown element <éééé");
  }
}

/* @depth levels of elements with the root, one a line from line 4 (the root is on line 2). */
static char *
nested (guint depth)
{
  GString *data = begin ();

  for (guint i = 1; i < depth; i++)
    g_string_append (data, "<a>\n");
  for (guint i = 1; i < depth; i++)
    g_string_append (data, "</a>");

  return finish (data);
}

static void
test_depth (void)
{
  g_autofree char *at_limit = nested (GUARD_MAX_DEPTH);
  g_autofree char *over = nested (GUARD_MAX_DEPTH + 1);
  g_autofree char *unclosed = NULL;
  GString *data = begin ();

  assert_refused (at_limit, 4, CG_IO_ERROR_INVALID, "unknown element <a> inside <workshop>");
  /* The 65th level is the 64th <a>, on line 3 + 64. */
  assert_refused (over, 67, CG_IO_ERROR_LIMIT,
                  "elements are nested too deeply (more than 64 levels)");

  /* Empty elements and end tags do not add up. */
  append_times (data, "<a/><b></b>", 100000);
  append_times (data, "<c>", GUARD_MAX_DEPTH);
  unclosed = finish (data);
  assert_refused (unclosed, 4, CG_IO_ERROR_LIMIT, "nested too deeply (more than 64 levels)");
}

/* A comment of exactly @length bytes from "<!--" to "-->", of @fill, starting on line 4. */
static char *
comment_of (gsize length,
            char  fill)
{
  GString *data = begin ();

  g_string_append (data, "<!--\n");
  append_run (data, fill, length - 9);
  g_string_append (data, "\n-->");

  return finish (data);
}

static void
test_comments (void)
{
  g_autofree char *at_limit = comment_of (GUARD_MAX_CONSTRUCT, 'x');
  g_autofree char *over = comment_of (GUARD_MAX_CONSTRUCT + 1, 'x');
  /* Past 10 MB libxml2 said "internal error: Huge input lookup". */
  g_autofree char *huge = comment_of (11 * MB, 'x');
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;

  assert_loads (at_limit);
  assert_refused (over, 4, CG_IO_ERROR_LIMIT,
                  "a comment is longer than 1 MB; workshop files never hold one that long");
  assert_refused (huge, 4, CG_IO_ERROR_LIMIT, "a comment is longer than 1 MB");

  workshop = cg_workshop_load_from_data (huge, strlen (huge), NAME, &error);
  g_assert_null (strstr (error->message, "Huge input lookup"));
}

/* @n empty comments, one a line from line 4. */
static char *
many_comments (guint n)
{
  GString *data = begin ();

  append_times (data, "<!---->\n", n);
  return finish (data);
}

static void
test_comment_count (void)
{
  g_autofree char *at_limit = many_comments (GUARD_MAX_COMMENTS);
  g_autofree char *over = many_comments (GUARD_MAX_COMMENTS + 1);

  assert_loads (at_limit);
  assert_refused (over, 4 + GUARD_MAX_COMMENTS, CG_IO_ERROR_LIMIT,
                  "the file holds more than 100000 comments");
}

static char *
instruction_of (gsize length)
{
  GString *data = begin ();

  g_string_append (data, "<?note ");
  append_run (data, 'x', length - 9);
  g_string_append (data, "?>");

  return finish (data);
}

static void
test_processing_instructions (void)
{
  g_autofree char *at_limit = instruction_of (GUARD_MAX_CONSTRUCT);
  g_autofree char *over = instruction_of (GUARD_MAX_CONSTRUCT + 1);

  assert_refused (at_limit, 4, CG_IO_ERROR_UNSAFE, "processing instruction (<?note ...?>)");
  assert_refused (over, 4, CG_IO_ERROR_LIMIT,
                  "a processing instruction (<?note …?>) is longer than 1 MB");
}

/* <events> holding one CDATA section of exactly @length bytes of spaces. */
static char *
cdata_of (gsize length)
{
  GString *data = begin ();

  g_string_append (data, "<events><![CDATA[");
  append_run (data, ' ', length - 12);
  g_string_append (data, "]]></events>");

  return finish (data);
}

static void
test_cdata (void)
{
  g_autofree char *at_limit = cdata_of (GUARD_MAX_CONSTRUCT);
  g_autofree char *over = cdata_of (GUARD_MAX_CONSTRUCT + 1);

  assert_loads (at_limit);
  assert_refused (over, 4, CG_IO_ERROR_LIMIT, "a CDATA section (<![CDATA[…]]>) is longer than");
}

/* <title> whose start tag is exactly @length bytes long, padded with spaces and line breaks. */
static char *
title_tag_of (gsize length)
{
  GString *data = g_string_new ("<?xml version=\"1.0\"?>\n"
                                "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.0\" "
                                "id=\"w\">\n<title");
  gsize start = data->len - 6;

  append_run (data, ' ', length - 7);
  data->str[start + 100] = '\n';
  g_string_append (data, ">t</title>");

  return finish (data);
}

static void
test_tags (void)
{
  g_autofree char *at_limit = title_tag_of (GUARD_MAX_CONSTRUCT);
  g_autofree char *over = title_tag_of (GUARD_MAX_CONSTRUCT + 1);
  GString *data = begin ();
  g_autofree char *end_tag = NULL;
  g_autofree char *unclosed = NULL;

  assert_loads (at_limit);
  assert_refused (over, 3, CG_IO_ERROR_LIMIT,
                  "the <title> tag is longer than 1 MB; workshop files never hold one that long");

  g_string_append (data, "  <events>\n  </events");
  append_run (data, ' ', GUARD_MAX_CONSTRUCT);
  g_string_append (data, ">");
  end_tag = finish (data);
  assert_refused (end_tag, 5, CG_IO_ERROR_LIMIT, "the </events> tag is longer than 1 MB");

  /* A value never closed runs to the end of the file. */
  data = begin ();
  g_string_append (data, "  <themes>\n    <theme id=\"t\" framework=\"");
  append_run (data, 'x', GUARD_MAX_CONSTRUCT);
  unclosed = g_string_free (data, FALSE);
  assert_refused (unclosed, 5, CG_IO_ERROR_LIMIT, "the <theme> tag is longer than 1 MB");
}

/* @length bytes of text or blank space between two tags, from the end of line 3. */
static char *
text_of (gsize length,
         char  fill,
         gboolean in_title)
{
  GString *data = g_string_new ("<?xml version=\"1.0\"?>\n"
                                "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.0\" "
                                "id=\"w\">\n<title>");

  if (in_title)
    {
      append_run (data, fill, length);
      g_string_append (data, "</title>");
    }
  else
    {
      g_string_append (data, "t</title>");
      append_run (data, fill, length);
      g_string_append (data, "</workshop>\n");
      return g_string_free (data, FALSE);
    }

  return finish (data);
}

static void
test_text (void)
{
  g_autofree char *at_limit = text_of (GUARD_MAX_TEXT, '\n', FALSE);
  g_autofree char *over = text_of (GUARD_MAX_TEXT + 1, '\n', FALSE);
  /* Past 10 MB libxml2 said "xmlSAX2Characters: huge text node". */
  g_autofree char *huge = text_of (11 * MB, ' ', FALSE);
  g_autofree char *title = text_of (GUARD_MAX_TEXT + 1, 'x', TRUE);
  GString *data = begin ();
  g_autofree char *split = NULL;

  assert_loads (at_limit);
  assert_refused (over, 3, CG_IO_ERROR_LIMIT,
                  "there is more than 1 MB of text or blank space in one place");
  assert_refused (huge, 3, CG_IO_ERROR_LIMIT, "more than 1 MB of text or blank space");
  assert_refused (title, 3, CG_IO_ERROR_LIMIT, "more than 1 MB of text or blank space");

  /* Comments and CDATA sections do not cut a text short. */
  g_string_append (data, "  <events>");
  for (guint i = 0; i * 4000 <= GUARD_MAX_TEXT; i++)
    {
      append_run (data, ' ', 2000);
      g_string_append (data, "<!-- -->");
      g_string_append (data, "<![CDATA[");
      append_run (data, ' ', 2000);
      g_string_append (data, "]]>");
    }
  g_string_append (data, "</events>");
  split = finish (data);
  assert_refused (split, 4, CG_IO_ERROR_LIMIT, "more than 1 MB of text or blank space");
}

/* While a tag, comment or CDATA section is unfinished, the parser scans back over it for each
 * 512 bytes with a '>' in them: long ones full of '>' cost their length squared. */
static void
test_lookahead (void)
{
  GString *data = begin ();
  g_autofree char *few = NULL;
  g_autofree char *one_tag = NULL;
  g_autofree char *many = NULL;
  g_autofree char *cdata = NULL;

  /* Eight comments of 64 KB full of '>' are fine. */
  for (guint i = 0; i < 8; i++)
    {
      g_string_append (data, "<!--");
      append_run (data, '>', 64 * 1024);
      g_string_append (data, "-->\n");
    }
  few = finish (data);
  assert_loads (few);

  /* One attribute value of 900 KB of '>' is not (it took libxml2 0.6 s). */
  data = begin ();
  g_string_append (data, "  <themes>\n    <theme id=\"t\" framework=\"");
  append_run (data, '>', 900 * 1024);
  g_string_append (data, "\"><name>n</name></theme>\n  </themes>");
  one_tag = finish (data);
  assert_refused (one_tag, 5, CG_IO_ERROR_LIMIT,
                  "the file has too many '>' signs inside long tags, comments or CDATA sections");

  /* Nor are hundreds of comments of 64 KB, each one under every other limit. */
  data = begin ();
  for (guint i = 0; i < 200; i++)
    {
      g_string_append (data, "<!--");
      append_run (data, '>', 64 * 1024);
      g_string_append (data, "-->\n");
    }
  many = finish (data);
  assert_refused (many, 4 + 62, CG_IO_ERROR_LIMIT, "too many '>' signs");

  /* CDATA sections count too. */
  data = begin ();
  g_string_append (data, "<events><![CDATA[");
  append_run (data, '>', 1000 * 1024);
  g_string_append (data, "]]></events>");
  cdata = finish (data);
  assert_refused (cdata, 4, CG_IO_ERROR_LIMIT, "too many '>' signs");
}

/* Quotes of either kind, with the other quote, '>' and "/>" inside, do not end a tag. */
static void
test_quotes (void)
{
  GString *data = begin ();
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = NULL;
  g_autoptr(CgTheme) theme = NULL;

  g_string_append (data, "  <themes>\n"
                         "    <theme id='t' colour=\"#332288\" framework='say \"a > b\"/>'\n"
                         "           ><name>x &gt; y <![CDATA[<a>]]></name></theme>\n"
                         "  </themes>");
  text = finish (data);

  workshop = cg_workshop_load_from_data (text, strlen (text), NAME, &error);
  g_assert_no_error (error);
  theme = g_list_model_get_item (cg_workshop_get_themes (workshop), 0);
  g_assert_cmpstr (cg_theme_get_framework (theme), ==, "say \"a > b\"/>");
  g_assert_cmpstr (cg_theme_get_name (theme), ==, "x > y <a>");
}

/* @n_chars of @unit */
static char *
repeat (const char *unit,
        guint       n_chars)
{
  GString *text = g_string_new (NULL);

  append_times (text, unit, n_chars);
  return g_string_free (text, FALSE);
}

/* The writer's largest tags and texts: the longest text of the characters it escapes most. */
static void
test_writer_extremes (void)
{
  const char * const units[] = { "\"", "&", "<", ">", "\xf0\x9f\x8c\xb1", "\t", "\n" };
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Extremes");
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(CgWorkshop) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *quotes = repeat ("&quot;", CG_TEXT_MAX_CHARS);
  gsize length;
  const char *bytes;

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_autofree char *text = repeat (units[i], CG_TEXT_MAX_CHARS);
      g_autoptr(CgTheme) theme = cg_theme_new (text, "#332288");
      g_autoptr(CgIdea) idea = cg_idea_new (text);

      cg_theme_set_framework (theme, text);
      cg_theme_set_description (theme, text);
      cg_workshop_add (workshop, theme);
      cg_workshop_add (workshop, idea);
    }

  saved = cg_workshop_save_to_bytes (workshop);
  bytes = g_bytes_get_data (saved, &length);
  /* A 60 KB attribute, and no '>' in any attribute (the writer writes &gt;). */
  g_assert_nonnull (g_strstr_len (bytes, length, quotes));
  g_assert_null (g_strstr_len (bytes, length, ">>"));
  loaded = cg_workshop_load_from_data (bytes, length, NAME, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_themes (loaded)), ==,
                    G_N_ELEMENTS (units));

  again = cg_workshop_save_to_bytes (loaded);
  g_assert_true (g_bytes_equal (saved, again));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/xml-guard/attributes", test_attributes);
  g_test_add_func ("/io/xml-guard/200000-attributes", test_200000_attributes);
  g_test_add_func ("/io/xml-guard/namespaces-on-a-tag", test_namespaces_on_a_tag);
  g_test_add_func ("/io/xml-guard/namespaces-in-a-file", test_namespaces_in_a_file);
  g_test_add_func ("/io/xml-guard/long-names", test_long_names);
  g_test_add_func ("/io/xml-guard/depth", test_depth);
  g_test_add_func ("/io/xml-guard/comments", test_comments);
  g_test_add_func ("/io/xml-guard/comment-count", test_comment_count);
  g_test_add_func ("/io/xml-guard/processing-instructions", test_processing_instructions);
  g_test_add_func ("/io/xml-guard/cdata", test_cdata);
  g_test_add_func ("/io/xml-guard/tags", test_tags);
  g_test_add_func ("/io/xml-guard/text", test_text);
  g_test_add_func ("/io/xml-guard/lookahead", test_lookahead);
  g_test_add_func ("/io/xml-guard/quotes", test_quotes);
  g_test_add_func ("/io/xml-guard/writer-extremes", test_writer_extremes);

  return g_test_run ();
}
