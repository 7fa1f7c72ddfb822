/* test-render-easy.c: the easy-read summary in plain words (no percentages, one name for each
 * thing, short sentences, large type), and the action plan's table (status and why apart,
 * columns fitted to what they hold)
 *
 * The checks read the words the summary lays out, block by block, as a reader meets them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include "cg-test-util.h"

#include <string.h>

#include "io/cg-io.h"
#include "render/cg-summary-export.h"
#include "render/cg-summary-private.h"

#define REASON "Agreed by the service manager"

/* A series of one event, three groups, two themes, ideas of every kind (a few not sorted),
 * and two actions, one of them with the reason for its status. */
static CgWorkshop *
make_workshop (void)
{
  static const char * const voice_names[] = {
    "Lived experience", "Family and carers", "Staff and practitioners",
  };
  static const guint people[] = { 12, 6, 18 };
  CgWorkshop *workshop = cg_workshop_new ("Crisis care together");
  CgEvent *event = cg_test_add (workshop, cg_event_new ("Spring workshop"));
  CgTheme *first = cg_test_add (workshop, cg_theme_new ("First contacts", "#1c71d8"));
  CgTheme *peer = cg_test_add (workshop, cg_theme_new ("Peer roles", "#813d9c"));
  CgVoice *voices[3];
  CgAction *action;

  cg_event_set_date (event, "2026-03-12");
  for (guint v = 0; v < 3; v++)
    {
      voices[v] = cg_test_add (workshop, cg_voice_new (voice_names[v], "#2ec27e"));
      cg_voice_set_attendance (voices[v], event, people[v]);
    }
  /* Ideas: 3 from the first group, 3 from the second, 3 from the third: 1 in 3 each. */
  for (guint i = 0; i < 9; i++)
    {
      g_autofree char *text = g_strdup_printf ("Note number %u about the service.", i + 1);
      CgIdea *idea = cg_test_add (workshop, cg_idea_new (text));

      cg_idea_set_event (idea, event);
      cg_idea_set_voice (idea, voices[i % 3]);
      cg_idea_set_kind (idea, i % (CG_IDEA_KIND_LAST + 1));
      if (i < 4)
        cg_idea_set_theme (idea, first);
      else if (i < 7)
        cg_idea_set_theme (idea, peer);
      cg_idea_set_votes (idea, event, i);
      cg_idea_set_beyond_service (idea, i == 2);
    }

  action = cg_test_add (workshop, cg_action_new ("First contacts", "Ring before writing"));
  cg_action_set_position (action, "Letters go out first");
  cg_action_set_next_steps (action, "Try it for three months");
  cg_action_set_status (action, CG_ACTION_STATUS_IN_PROGRESS);
  cg_action_set_reason (action, REASON);
  action = cg_test_add (workshop, cg_action_new ("Peer roles", "Two paid peer posts"));
  cg_action_set_status (action, CG_ACTION_STATUS_PROPOSED);
  return workshop;
}

/* Action @n of @actions (borrowed: the workshop holds it). */
static CgAction *
nth_action (GListModel *actions,
            guint       n)
{
  g_autoptr(CgAction) action = g_list_model_get_item (actions, n);

  return action;
}

static CgSummary *
make_summary (CgWorkshop *workshop,
              gboolean    easy_read)
{
  g_autoptr(CgSummaryOptions) options = cg_summary_options_new ();

  options->paper = CG_PAPER_A4;
  options->easy_read = easy_read;
  return cg_summary_new (workshop, options);
}

/* Every block of @summary once, in reading order. */
static GPtrArray *
dup_blocks (CgSummary *summary)
{
  GPtrArray *blocks = g_ptr_array_new ();

  for (guint page = 0; page < cg_summary_get_n_pages (summary); page++)
    {
      GArray *placements = cg_summary_get_placements (summary, page);

      for (guint i = 0; i < placements->len; i++)
        {
          CgPlacement *placement = &g_array_index (placements, CgPlacement, i);

          if (placement->first && !placement->repeat)
            g_ptr_array_add (blocks, placement->block);
        }
    }
  return blocks;
}

/* All the words of @summary, one part (a paragraph, a cell) to a line. */
static char *
dup_text (CgSummary *summary)
{
  g_autoptr(GPtrArray) blocks = dup_blocks (summary);
  GString *text = g_string_new (NULL);

  for (guint b = 0; b < blocks->len; b++)
    {
      CgBlock *block = g_ptr_array_index (blocks, b);

      for (guint p = 0; p < block->parts->len; p++)
        g_string_append_printf (text, "%s\n",
                                pango_layout_get_text (g_array_index (block->parts, CgPart,
                                                                      p).layout));
    }
  return g_string_free (text, FALSE);
}

/* ---- Easy read ---- */

/* Shares in words, "about 1 in 3", never as percentages. */
static void
test_easy_no_percentages (void)
{
  g_autoptr(CgWorkshop) workshop = make_workshop ();
  g_autoptr(CgSummary) easy = make_summary (workshop, TRUE);
  g_autoptr(CgSummary) standard = make_summary (workshop, FALSE);
  g_autofree char *easy_text = dup_text (easy);
  g_autofree char *standard_text = dup_text (standard);

  /* the test can fail: the standard summary gives percentages */
  g_assert_nonnull (strstr (standard_text, "%"));
  g_assert_null (strstr (easy_text, "%"));
  /* each group gave 3 of the 9 ideas */
  g_assert_cmpuint (cg_test_count_in (easy_text, "about 1 in 3 of all the ideas"), ==, 3);
  /* 12, 6 and 18 of the 36 people */
  g_assert_nonnull (strstr (easy_text, "That is about 1 in 3 of all the people."));
  g_assert_nonnull (strstr (easy_text, "That is about 1 in 6 of all the people."));
  g_assert_nonnull (strstr (easy_text, "That is about half of all the people."));
}

static void
test_easy_share_words (void)
{
  static const struct
  {
    guint       part;
    guint       whole;
    const char *words;
  } cases[] = {
    { 0, 10, "none" }, { 10, 10, "all" }, { 1, 3, "about 1 in 3" }, { 5, 10, "about half" },
    { 6, 28, "about 1 in 5" }, { 2, 3, "about 2 in 3" }, { 3, 4, "about 3 in 4" },
    { 1, 40, "fewer than 1 in 10" }, { 99, 100, "almost all" }, { 1, 10, "about 1 in 10" },
    { 0, 0, "none" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *words = cg_summary_dup_share_words (cases[i].part, cases[i].whole);

      g_assert_cmpstr (words, ==, cases[i].words);
    }
}

/* Plain names for the kinds of note, and one name for each thing. */
static void
test_easy_plain_labels (void)
{
  g_autoptr(CgWorkshop) workshop = make_workshop ();
  g_autoptr(CgSummary) easy = make_summary (workshop, TRUE);
  g_autofree char *text = dup_text (easy);

  g_assert_null (strstr (text, "Area for development"));
  g_assert_null (strstr (text, "Strength"));
  g_assert_null (strstr (text, "Story or quote"));
  g_assert_nonnull (strstr (text, "Could be better: Note number"));
  g_assert_nonnull (strstr (text, "Good thing: Note number"));
  /* the ideas in no theme: one name, wherever they are named */
  g_assert_null (strstr (text, "Not yet sorted"));
  g_assert_cmpuint (cg_test_count_in (text, "Not sorted yet"), >=, 2);
  g_assert_null (strstr (text, "Beyond the service"));
  g_assert_nonnull (strstr (text, "Help from outside the service"));
  g_assert_null (strstr (text, " · "));
}

/* Short sentences (at most 15 words) in what the summary itself says after the front page,
 * leaving out the notes' own words. */
static void
test_easy_short_sentences (void)
{
  g_autoptr(CgWorkshop) workshop = make_workshop ();
  g_autoptr(CgSummary) easy = make_summary (workshop, TRUE);
  g_autoptr(GPtrArray) blocks = dup_blocks (easy);
  gboolean after_cover = FALSE;
  guint n_checked = 0;

  for (guint b = 0; b < blocks->len; b++)
    {
      CgBlock *block = g_ptr_array_index (blocks, b);

      if (block->outline != NULL && block->outline_level == 1
          && g_str_equal (block->outline, "What people said"))
        after_cover = TRUE;
      if (!after_cover)
        continue;
      for (guint p = 0; p < block->parts->len; p++)
        {
          const char *text = pango_layout_get_text (g_array_index (block->parts, CgPart,
                                                                   p).layout);
          g_auto(GStrv) sentences = NULL;

          if (strstr (text, "Note number") != NULL || strstr (text, "“") != NULL)
            continue;
          sentences = g_strsplit_set (text, ".?!\n", -1);
          for (guint s = 0; sentences[s] != NULL; s++)
            {
              g_auto(GStrv) words = g_strsplit_set (g_strstrip (sentences[s]), " ", -1);

              if (g_strv_length (words) > 15)
                g_error ("a sentence of %u words in the easy-read summary: “%s”",
                         g_strv_length (words), sentences[s]);
              n_checked++;
            }
        }
    }
  g_assert_true (after_cover);
  g_assert_cmpuint (n_checked, >, 20);
}

/* 16 points or more, everywhere. */
static void
test_easy_large_type (void)
{
  g_autoptr(CgWorkshop) workshop = make_workshop ();
  g_autoptr(CgSummary) easy = make_summary (workshop, TRUE);
  g_autoptr(GPtrArray) blocks = dup_blocks (easy);

  for (guint b = 0; b < blocks->len; b++)
    {
      CgBlock *block = g_ptr_array_index (blocks, b);

      for (guint p = 0; p < block->parts->len; p++)
        {
          PangoLayout *layout = g_array_index (block->parts, CgPart, p).layout;
          const PangoFontDescription *font = pango_layout_get_font_description (layout);

          g_assert_cmpfloat (pango_units_to_double (pango_font_description_get_size (font)),
                             >=, 16);
        }
    }
}

/* ---- The action plan ---- */

/* The rows of the action plan's table, header first: blocks with one part per column. */
static GPtrArray *
dup_plan_rows (CgSummary *summary)
{
  g_autoptr(GPtrArray) blocks = dup_blocks (summary);
  GPtrArray *rows = g_ptr_array_new ();
  gboolean in_plan = FALSE;

  for (guint b = 0; b < blocks->len; b++)
    {
      CgBlock *block = g_ptr_array_index (blocks, b);

      if (block->outline != NULL && block->outline_level == 1)
        in_plan = g_str_has_prefix (block->outline, "You said, we did");
      if (in_plan && block->parts->len >= 5 && g_strcmp0 (block->open[0], "Table") == 0)
        g_ptr_array_add (rows, block);
      else if (in_plan && rows->len > 0 && block->parts->len >= 5)
        g_ptr_array_add (rows, block);
    }
  return rows;
}

static const char *
cell_text (CgBlock *row,
           guint    column)
{
  return pango_layout_get_text (g_array_index (row->parts, CgPart, column).layout);
}

/* "In progress" and why are cells of their own, under headers of their own. */
static void
test_plan_status_and_reason (void)
{
  g_autoptr(CgWorkshop) workshop = make_workshop ();
  g_autoptr(CgSummary) summary = make_summary (workshop, FALSE);
  g_autoptr(GPtrArray) rows = dup_plan_rows (summary);
  g_autoptr(CgSummary) easy = make_summary (workshop, TRUE);
  g_autofree char *easy_text = dup_text (easy);
  CgBlock *header, *row = NULL;
  guint status = 0, reason = 0;

  g_assert_cmpuint (rows->len, ==, 3);
  header = g_ptr_array_index (rows, 0);
  for (guint c = 0; c < header->parts->len; c++)
    {
      if (g_str_equal (cell_text (header, c), "Status"))
        status = c;
      else if (g_str_equal (cell_text (header, c), "Why"))
        reason = c;
    }
  g_assert_cmpuint (status, >, 0);
  g_assert_cmpuint (reason, >, 0);
  for (guint r = 1; r < rows->len; r++)
    if (g_str_equal (cell_text (g_ptr_array_index (rows, r), 0), "First contacts"))
      row = g_ptr_array_index (rows, r);
  g_assert_nonnull (row);
  g_assert_cmpstr (cell_text (row, status), ==, "In progress");
  g_assert_cmpstr (cell_text (row, reason), ==, REASON);

  /* easy read: each on a line of its own, with a label */
  g_assert_nonnull (strstr (easy_text, "How far we have got: Started\nWhy: " REASON));
}

/* No "Why" column when no action says why. */
static void
test_plan_no_reasons (void)
{
  g_autoptr(CgWorkshop) workshop = make_workshop ();
  GListModel *actions = cg_workshop_get_actions (workshop);
  g_autoptr(CgSummary) summary = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    cg_action_set_reason (nth_action (actions, i), NULL);
  summary = make_summary (workshop, FALSE);
  rows = dup_plan_rows (summary);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpuint (((CgBlock *) g_ptr_array_index (rows, 0))->parts->len, ==, 5);
}

static double
column_width (CgBlock *row,
              guint    column)
{
  return g_array_index (row->parts, CgPart, column).width;
}

/* Columns by what they hold: long quotes in "you said" do not squeeze what was done about
 * them, and a short "you said" leaves its room to the others. */
static void
test_plan_columns (void)
{
  g_autoptr(CgWorkshop) workshop = make_workshop ();
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  GListModel *actions = cg_workshop_get_actions (workshop);
  CgAction *first = nth_action (actions, 0), *second = nth_action (actions, 1);
  g_autoptr(CgSummary) summary = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  CgStyle *style;
  double width, short_said;

  /* Long words elsewhere, short "you said": it gives way. */
  cg_action_set_action (first, "Reorganisation of the signposting arrangements, countywide");
  cg_action_set_next_steps (first, "Commissioners' multidisciplinary subcommittee reconvenes");
  summary = make_summary (workshop, FALSE);
  rows = dup_plan_rows (summary);
  style = cg_style_new (&(CgSummaryOptions) { .paper = CG_PAPER_A4 });
  width = style->content_width;
  short_said = column_width (g_ptr_array_index (rows, 0), 0);
  g_assert_cmpfloat (short_said, <, 0.2 * width);
  for (guint c = 0; c < 6; c++)
    for (guint r = 0; r < rows->len; r++)
      {
        CgBlock *row = g_ptr_array_index (rows, r);
        double word = cg_style_longest_word (style, r == 0 ? CG_FONT_TABLE_HEAD : CG_FONT_TABLE,
                                             cell_text (row, c));

        /* no word is broken (a part's width is its cell's less the padding) */
        g_assert_cmpfloat (column_width (row, c), >=, word);
      }
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_clear_object (&summary);

  /* Long quotes: "you said" grows, but no more than about a third of the width. */
  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
      g_autofree char *long_word = g_strnfill (60, 'x');
      g_autofree char *text = g_strdup_printf ("%s %s", long_word,
                                               "and a great many more words than anyone "
                                               "would fit in a table cell, said at length");

      cg_idea_set_text (idea, text);
      cg_action_link_idea (first, cg_object_get_id (CG_OBJECT (idea)));
      cg_action_link_idea (second, cg_object_get_id (CG_OBJECT (idea)));
    }
  summary = make_summary (workshop, FALSE);
  rows = dup_plan_rows (summary);
  g_assert_cmpfloat (column_width (g_ptr_array_index (rows, 0), 0), <=, 0.36 * width);
  g_assert_cmpfloat (column_width (g_ptr_array_index (rows, 0), 0), >, short_said * 1.3);
  for (guint c = 1; c < 6; c++)
    for (guint r = 0; r < rows->len; r++)
      {
        CgBlock *row = g_ptr_array_index (rows, r);

        g_assert_cmpfloat (column_width (row, c), >=,
                           cg_style_longest_word (style, r == 0 ? CG_FONT_TABLE_HEAD
                                                               : CG_FONT_TABLE,
                                                  cell_text (row, c)));
      }
  cg_style_free (style);
}

/* A short table (who came) is kept whole on one page with its sentence, never split so that a
 * reader turns the page for its last rows. (The sample's used to put one row on page 1.) */
static void
test_short_table_whole (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = cg_test_load_sample ();
  g_autoptr(CgSummaryOptions) options = cg_summary_options_new ();
  g_autofree char *dir = g_dir_make_tmp ("cg-render-easy-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "easy.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  gboolean found = FALSE;

  options->easy_read = TRUE;
  options->paper = CG_PAPER_A4;
  g_assert_true (cg_summary_export (workshop, options, "pdf", pdf, NULL, &error));
  g_assert_no_error (error);
  for (guint page = 1; page <= 30 && !found; page++)
    {
      g_autofree char *text = cg_test_pdf_page_text (pdf, page);

      if (text == NULL)
        break;
      if (strstr (text, "Who came") == NULL)
        continue;
      found = TRUE;
      g_assert_nonnull (strstr (text, "places were taken"));
      g_assert_nonnull (strstr (text, "Lived experience"));
      g_assert_nonnull (strstr (text, "Family and carers"));
      g_assert_nonnull (strstr (text, "Staff and practitioners"));
      g_assert_nonnull (strstr (text, "Community and third sector"));
    }
  cg_test_remove_tree (dir);
  /* (without pdftotext the test was skipped above) */
  if (!g_test_failed () && pdftotext != NULL)
    g_assert_true (found);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/easy/no-percentages", test_easy_no_percentages);
  g_test_add_func ("/render/easy/short-table-whole", test_short_table_whole);
  g_test_add_func ("/render/easy/share-words", test_easy_share_words);
  g_test_add_func ("/render/easy/plain-labels", test_easy_plain_labels);
  g_test_add_func ("/render/easy/short-sentences", test_easy_short_sentences);
  g_test_add_func ("/render/easy/large-type", test_easy_large_type);
  g_test_add_func ("/render/plan/status-and-reason", test_plan_status_and_reason);
  g_test_add_func ("/render/plan/no-reasons", test_plan_no_reasons);
  g_test_add_func ("/render/plan/columns", test_plan_columns);
  return g_test_run ();
}
