/* cg-summary-charts.c: "whose voices were heard": each group's share of the ideas beside its
 * share of the people in the room, and a theme-by-group grid that shows who was not heard where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-summary-private.h"

/* More groups than this and the grid's columns get too narrow: say it in sentences instead. */
#define MAX_GRID_VOICES 7

typedef struct
{
  guint   n_rows;
  double *bar_y;        /* top of each row's ideas bar */
  double *ideas;        /* shares, 0-1 */
  double *people;       /* shares, 0-1, or negative: not known */
  double  bar_height;
  double  bar_gap;
  double  full;         /* length of a share of 1 */
  double  key_y;        /* where the key's swatches go */
  double  key_x[2];
} ChartData;

static void
chart_data_free (gpointer data)
{
  ChartData *chart = data;

  g_free (chart->bar_y);
  g_free (chart->ideas);
  g_free (chart->people);
  g_free (chart);
}

/* Ideas: a solid bar. People: an outlined, striped bar. They differ without colour. */
static void
draw_bar (CgStyle *style,
          cairo_t *cr,
          double   start,
          double   y,
          double   length,
          double   height,
          gboolean solid)
{
  double x;

  length = MAX (length, 1.5);
  x = cg_style_x (style, start, length);
  if (!solid)
    cg_style_hatch (style, cr, x, y, length, height);
  cg_style_set_colour (style, cr, CG_COLOUR_ACCENT);
  if (solid)
    {
      cairo_rectangle (cr, x, y, length, height);
      cairo_fill (cr);
    }
  else
    {
      cairo_set_line_width (cr, 1.2);
      cairo_rectangle (cr, x + 0.6, y + 0.6, length - 1.2, height - 1.2);
      cairo_stroke (cr);
    }
}

static void
decorate_chart_cb (CgBlock *block,
                   CgStyle *style,
                   cairo_t *cr,
                   double   top,
                   double   bottom)
{
  ChartData *chart = block->data;
  double h = chart->bar_height;

  if (chart->key_y >= top && chart->key_y < bottom)
    for (guint k = 0; k < 2; k++)
      draw_bar (style, cr, chart->key_x[k], chart->key_y, 2 * h, h, k == 0);

  for (guint r = 0; r < chart->n_rows; r++)
    {
      double y = chart->bar_y[r];

      if (y < top - 0.01 || y >= bottom)
        continue;
      draw_bar (style, cr, 0, y, chart->ideas[r] * chart->full, h, TRUE);
      if (chart->people[r] >= 0)
        draw_bar (style, cr, 0, y + h + chart->bar_gap, chart->people[r] * chart->full, h, FALSE);
    }
}

static guint
percent (double share)
{
  return (guint) (share * 100 + 0.5);
}

char *
cg_summary_dup_share_words (guint part,
                            guint whole)
{
  /* The shares people know: "1 in N" up to 1 in 10, half, and a few above it. */
  static const guint above_half[][2] = { { 2, 3 }, { 3, 4 }, { 4, 5 }, { 9, 10 } };
  double share = whole > 0 ? (double) part / whole : 0;
  guint a = 1, b = 2;

  if (part == 0 || whole == 0)
    return g_strdup (_("none"));
  if (part >= whole)
    return g_strdup (_("all"));
  if (share < 0.075)
    return g_strdup (_("fewer than 1 in 10"));
  if (share > 0.95)
    return g_strdup (_("almost all"));

  if (share < 0.42)
    b = (guint) (1 / share + 0.5);
  else
    {
      double best = ABS (share - 0.5);

      for (guint i = 0; i < G_N_ELEMENTS (above_half); i++)
        {
          double error = ABS (share - (double) above_half[i][0] / above_half[i][1]);

          if (error < best)
            {
              best = error;
              a = above_half[i][0];
              b = above_half[i][1];
            }
        }
    }
  if (a == 1 && b == 2)
    return g_strdup (_("about half"));
  /* TRANSLATORS: easy read: a share in words, "about 1 in 3" */
  return g_strdup_printf (_("about %u in %u"), a, b);
}

/* Easy read: the same, in short sentences and words, one to a line: "Lived experience gave
 * 6 ideas.\nThat is about 1 in 5 of all the ideas.\n20 people came.\nThat is about 1 in 3 of
 * all the people." */
static char *
dup_row_words (const char *name,
               guint       ideas,
               guint       total_ideas,
               guint       people,
               guint       total_people,
               gboolean    people_known)
{
  g_autofree char *isolated = cg_isolate (name);
  g_autofree char *idea_share = cg_summary_dup_share_words (ideas, total_ideas);
  g_autofree char *gave = NULL;
  g_autofree char *idea_line = NULL;
  g_autofree char *people_share = NULL;
  g_autofree char *came = NULL;
  g_autofree char *people_line = NULL;

  /* TRANSLATORS: easy read: a group and how many ideas came from it */
  gave = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s gave %u idea.", "%s gave %u ideas.",
                                       ideas), isolated, ideas);
  /* TRANSLATORS: easy read: %s is a share in words, "about 1 in 3" */
  idea_line = g_strdup_printf (_("That is %s of all the ideas."), idea_share);
  if (!people_known)
    return g_strdup_printf ("%s\n%s", gave, idea_line);

  people_share = cg_summary_dup_share_words (people, total_people);
  came = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person came.", "%u people came.",
                                       people), people);
  /* TRANSLATORS: easy read: %s is a share in words, "about 1 in 3" */
  people_line = g_strdup_printf (_("That is %s of all the people."), people_share);
  return g_strdup_printf ("%s\n%s\n%s\n%s", gave, idea_line, came, people_line);
}

/* "Lived experience: 35% of ideas (12), 31% of people (20)" */
static char *
dup_row_label (const char *name,
               guint       ideas,
               double      ideas_share,
               guint       people,
               double      people_share)
{
  g_autofree char *idea_part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u%% of ideas (%u idea)",
                                                             "%u%% of ideas (%u ideas)", ideas),
                                                percent (ideas_share), ideas);
  g_autofree char *people_part = NULL;
  g_autofree char *isolated = cg_isolate (name);

  if (people_share < 0)
    /* TRANSLATORS: a group in the chart and its share of the ideas */
    return g_strdup_printf (_("%s: %s"), isolated, idea_part);

  people_part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u%% of people (%u person)",
                                              "%u%% of people (%u people)", people),
                                 percent (people_share), people);
  /* TRANSLATORS: a group in the chart, its share of the ideas and of the people who came */
  return g_strdup_printf (_("%s: %s, %s"), isolated, idea_part, people_part);
}

static void
add_key_entry (CgBlock    *block,
               CgStyle    *style,
               ChartData  *chart,
               guint       k,
               double      x,
               const char *text)
{
  double swatch = 2 * chart->bar_height + 6;
  PangoLayout *layout = cg_style_layout (style, CG_FONT_META, text, style->content_width / 2
                                                                    - swatch - 12);

  chart->key_x[k] = x;
  cg_block_add_layout (block, layout, x + swatch, 0, style->content_width / 2 - swatch - 12, "P");
  chart->key_y = (cg_layout_height (layout) - chart->bar_height) / 2;
}

static void
add_balance_chart (CgBuilder *builder)
{
  CgStyle *style = builder->style;
  CgSummaryData *data = builder->data;
  guint n_voices = data->voices->len;
  gboolean unattributed = data->voice_ideas[n_voices] > 0;
  ChartData *chart = g_new0 (ChartData, 1);
  CgBlock *block = cg_block_new ();
  double max_share = 0, y;

  chart->n_rows = n_voices + (unattributed ? 1 : 0);
  chart->bar_y = g_new0 (double, chart->n_rows);
  chart->ideas = g_new0 (double, chart->n_rows);
  chart->people = g_new0 (double, chart->n_rows);
  chart->bar_height = style->easy_read ? 13 : 9;
  chart->bar_gap = 2;
  block->data = chart;
  block->data_free = chart_data_free;
  block->decorate = decorate_chart_cb;
  block->breaks = g_array_new (FALSE, FALSE, sizeof (double));

  add_key_entry (block, style, chart, 0, 0, CG_PICK (builder, _("Share of ideas"), _("Ideas")));
  add_key_entry (block, style, chart, 1, style->content_width / 2,
                 CG_PICK (builder, _("Share of people who came"), _("People who came")));
  y = block->height + style->gap;
  g_array_append_val (block->breaks, y);

  for (guint r = 0; r < chart->n_rows; r++)
    {
      chart->ideas[r] = (double) data->voice_ideas[r] / MAX (data->n_ideas, 1);
      chart->people[r] = r < n_voices && data->total_attendance > 0
                         ? (double) data->attendance[r] / data->total_attendance : -1;
      max_share = MAX (max_share, MAX (chart->ideas[r], chart->people[r]));
    }
  chart->full = style->content_width * 0.9 / MAX (max_share, 0.01);

  for (guint r = 0; r < chart->n_rows; r++)
    {
      const char *name = r < n_voices ? cg_voice_get_name (g_ptr_array_index (data->voices, r))
                                      : CG_PICK (builder, _("Group not recorded"),
                                                 _("Group not known"));
      g_autofree char *label = NULL;

      if (style->easy_read)
        label = dup_row_words (name, data->voice_ideas[r], data->n_ideas,
                               r < n_voices ? data->attendance[r] : 0, data->total_attendance,
                               chart->people[r] >= 0);
      else
        label = dup_row_label (name, data->voice_ideas[r], chart->ideas[r],
                               r < n_voices ? data->attendance[r] : 0, chart->people[r]);

      cg_block_add_layout (block, cg_style_layout (style, CG_FONT_TABLE, label,
                                                   style->content_width),
                           0, y, style->content_width, "P");

      chart->bar_y[r] = block->height + 3;
      y = chart->bar_y[r] + 2 * chart->bar_height + chart->bar_gap;
      block->height = y;
      y += style->item_gap * 1.2;
      g_array_append_val (block->breaks, block->height);
    }

  cg_block_open (block, "Figure");
  block->n_close = 1;
  block->split_freely = TRUE;
  block->space_before = style->gap;
  g_ptr_array_add (builder->blocks, block);
}

/* Sentences in place of the grid: "Peer roles: nothing from Family and carers." */
static void
add_gaps_as_text (CgBuilder *builder)
{
  CgSummaryData *data = builder->data;

  for (guint g = 0; g < data->groups->len; g++)
    {
      CgThemeGroup *group = g_ptr_array_index (data->groups, g);
      const char *theme = group->theme != NULL ? cg_theme_get_name (group->theme)
                                               : cg_summary_unsorted_name (builder);
      g_autoptr(GString) missing = g_string_new (NULL);
      g_autofree char *line = NULL;
      CgBlock *block;
      g_autofree char *isolated = cg_isolate (theme);

      g_autoptr(GPtrArray) silent = g_ptr_array_new_with_free_func (g_free);

      for (guint v = 0; v < data->voices->len; v++)
        if (cg_summary_data_grid (data, g, v) == 0)
          g_ptr_array_add (silent, cg_isolate (cg_voice_get_name (g_ptr_array_index (data->voices,
                                                                                      v))));
      for (guint i = 0; i < silent->len; i++)
        {
          if (i > 0 && builder->style->easy_read && i + 1 == silent->len)
            /* TRANSLATORS: easy read: before the last group in a list ("A, B or C") */
            g_string_append (missing, _(" or "));
          else if (i > 0)
            g_string_append (missing, _(", "));
          g_string_append (missing, g_ptr_array_index (silent, i));
        }
      if (silent->len == 0)
        /* TRANSLATORS: %s is a theme */
        line = g_strdup_printf (_("%s: every group had a say."), isolated);
      else if (builder->style->easy_read)
        /* TRANSLATORS: easy read: %s is a theme, then the groups with no ideas on it */
        line = g_strdup_printf (_("%s: no ideas from %s."), isolated, missing->str);
      else
        /* TRANSLATORS: %s is a theme, then the groups with no notes on it */
        line = g_strdup_printf (_("%s: nothing from %s."), isolated, missing->str);
      block = cg_builder_add_text (builder, CG_FONT_BODY, line, "P");
      block->space_before = builder->style->gap * 0.6;
    }
}

/* Column widths for the grid: each group's column wide enough for the longest word of its name
 * where the page allows, the theme column taking what is left (at least a fifth). */
static void
fit_columns (CgStyle     *style,
             const char **headings,
             guint        n_columns,
             double      *fractions)
{
  double padding = 14 / style->content_width;
  double share = 0.72 / (n_columns - 1);
  double used = 0;

  for (guint c = 1; c < n_columns; c++)
    {
      double word = cg_style_longest_word (style, CG_FONT_TABLE_HEAD, headings[c]);

      fractions[c] = MAX (share, word / style->content_width + padding);
      used += fractions[c];
    }
  if (used > 0.8)
    for (guint c = 1; c < n_columns; c++)
      fractions[c] *= 0.8 / used;
  fractions[0] = 1.0 - MIN (used, 0.8);
}

static void
add_grid (CgBuilder *builder)
{
  CgSummaryData *data = builder->data;
  guint n_voices = data->voices->len;
  guint n_columns = n_voices + 2;
  g_autofree double *fractions = g_new (double, n_columns);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree gboolean *shaded = g_new0 (gboolean, n_columns);
  CgTable table = { n_columns, fractions };
  CgBlock *header, *row = NULL;

  g_ptr_array_add (cells, g_strdup (_("Theme")));
  for (guint v = 0; v < n_voices; v++)
    g_ptr_array_add (cells, g_strdup (cg_voice_get_name (g_ptr_array_index (data->voices, v))));
  g_ptr_array_add (cells, g_strdup (_("All notes")));
  fit_columns (builder->style, (const char **) cells->pdata, n_columns, fractions);
  header = cg_table_add_row (builder, &table, (const char **) cells->pdata, NULL, NULL);

  for (guint g = 0; g < data->groups->len; g++)
    {
      CgThemeGroup *group = g_ptr_array_index (data->groups, g);

      g_ptr_array_set_size (cells, 0);
      g_ptr_array_add (cells, g_strdup (group->theme != NULL ? cg_theme_get_name (group->theme)
                                                             : cg_summary_unsorted_name (builder)));
      for (guint v = 0; v < n_voices; v++)
        {
          guint count = cg_summary_data_grid (data, g, v);

          shaded[v + 1] = count == 0;
          /* TRANSLATORS: in the theme-by-group grid, a group with no notes on a theme */
          g_ptr_array_add (cells, count > 0 ? g_strdup_printf ("%u", count) : g_strdup (_("none")));
        }
      g_ptr_array_add (cells, g_strdup_printf ("%u", group->ideas->len));
      row = cg_table_add_row (builder, &table, (const char **) cells->pdata, shaded, header);
    }
  cg_table_end (builder, row != NULL ? row : header);
}

void
cg_build_voices (CgBuilder *builder)
{
  CgSummaryData *data = builder->data;

  cg_builder_add_heading (builder, 1, CG_PICK (builder, _("Whose voices were heard"),
                                               _("Who had a say")));

  cg_builder_add_heading (builder, 2, CG_PICK (builder, _("Share of ideas and share of people"),
                                               _("Ideas and people")));
  if (data->n_ideas == 0 || data->voices->len == 0)
    cg_builder_add_text (builder, CG_FONT_BODY,
                         CG_PICK (builder, _("There are no ideas from any group to compare yet."),
                                  _("There are no ideas from any group yet.")), "P");
  else
    {
      cg_builder_add_text (builder, CG_FONT_BODY,
                           CG_PICK (builder,
                                    _("For each group, the solid bar is its share of the ideas "
                                      "and the striped bar its share of the people who came. "
                                      "A solid bar much shorter than the striped one can mean a "
                                      "group was not heard as much as the others."),
                                    _("The solid bar shows ideas. The striped bar shows "
                                      "people.")), "P");
      add_balance_chart (builder);
    }

  cg_builder_add_heading (builder, 2, CG_PICK (builder, _("Which groups spoke on each theme"),
                                               _("Who spoke about each theme")));
  if (data->voices->len == 0 || data->groups->len == 0)
    {
      cg_builder_add_text (builder, CG_FONT_BODY,
                           CG_PICK (builder, _("There are no groups or themes to show."),
                                    _("There are no groups or themes yet.")), "P");
      return;
    }
  if (builder->style->easy_read || data->voices->len > MAX_GRID_VOICES)
    {
      add_gaps_as_text (builder);
      return;
    }
  cg_builder_add_text (builder, CG_FONT_BODY,
                       _("How many notes each group gave on each theme. “none” on a striped "
                         "ground marks a group that was not heard on that theme."), "P");
  add_grid (builder);
}
