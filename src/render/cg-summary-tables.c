/* cg-summary-tables.c: tables (rows of wrapped cells, a header repeated over pages) and the
 * action plan, "you said, we did"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-summary-private.h"
#include "model/cg-audience.h"

typedef struct
{
  guint     n_columns;
  double   *x;         /* from the start edge of the text column */
  double   *width;
  gboolean *shaded;
  gboolean  header;
  char    **labels;    /* the header row's cells, to label a row set as lines */
} RowData;

static void
row_data_free (gpointer data)
{
  RowData *row = data;

  g_free (row->x);
  g_free (row->width);
  g_free (row->shaded);
  g_strfreev (row->labels);
  g_free (row);
}

static void
decorate_row_cb (CgBlock *block,
                 CgStyle *style,
                 cairo_t *cr,
                 double   top,
                 double   bottom)
{
  RowData *row = block->data;
  double total = row->x[row->n_columns - 1] + row->width[row->n_columns - 1];

  if (row->header)
    {
      cg_style_set_colour (style, cr, CG_COLOUR_SHADE);
      cairo_rectangle (cr, cg_style_x (style, 0, total), top, total, bottom - top);
      cairo_fill (cr);
    }
  for (guint c = 0; c < row->n_columns; c++)
    {
      const CgPart *part = &g_array_index (block->parts, CgPart, c);
      PangoRectangle text;

      if (!row->shaded[c])
        continue;
      cg_style_hatch (style, cr, cg_style_x (style, row->x[c], row->width[c]) + 1, top + 1,
                      row->width[c] - 2, bottom - top - 2);
      /* Clear paper behind the cell's words, so the stripes do not cross them. */
      pango_layout_get_extents (part->layout, NULL, &text);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_rectangle (cr, cg_style_x (style, part->x, part->width)
                           + pango_units_to_double (text.x) - 2,
                       part->y + pango_units_to_double (text.y) - 1,
                       pango_units_to_double (text.width) + 4,
                       pango_units_to_double (text.height) + 2);
      cairo_fill (cr);
    }

  if (bottom >= block->height - 0.01)
    {
      cg_style_set_colour (style, cr, row->header ? CG_COLOUR_INK : CG_COLOUR_RULE);
      cairo_set_line_width (cr, row->header ? 1.0 : 0.6);
      cairo_move_to (cr, cg_style_x (style, 0, total), block->height);
      cairo_rel_line_to (cr, total, 0);
      cairo_stroke (cr);
    }
}

/* A row too tall for any page becomes "heading: value" lines, which may break between pages. */
static CgBlock *
add_row_as_record (CgBuilder   *builder,
                   CgBlock     *header,
                   const char **cells)
{
  RowData *head = header->data;
  g_autoptr(GPtrArray) pairs = g_ptr_array_new ();
  CgBlock *block;

  for (guint c = 0; c < head->n_columns; c++)
    {
      g_ptr_array_add (pairs, head->labels[c]);
      g_ptr_array_add (pairs, (gpointer) (cells[c] != NULL ? cells[c] : ""));
    }
  g_ptr_array_add (pairs, NULL);

  block = cg_builder_add_record (builder, (const char **) pairs->pdata, "TD");
  block->space_before = 0;
  block->height += builder->style->item_gap;
  cg_block_open (block, "TR");
  block->n_close = 1;
  return block;
}

CgBlock *
cg_table_add_row (CgBuilder      *builder,
                  const CgTable  *table,
                  const char    **cells,
                  const gboolean *shaded,
                  CgBlock        *header)
{
  CgStyle *style = builder->style;
  CgBlock *block = cg_block_new ();
  RowData *row = g_new0 (RowData, 1);
  double pad_y = style->easy_read ? 7 : 4.5, pad_x = 5;
  double x = 0;

  row->n_columns = table->n_columns;
  row->x = g_new0 (double, table->n_columns);
  row->width = g_new0 (double, table->n_columns);
  row->shaded = g_new0 (gboolean, table->n_columns);
  row->header = header == NULL;
  block->data = row;
  block->data_free = row_data_free;
  block->decorate = decorate_row_cb;

  for (guint c = 0; c < table->n_columns; c++)
    {
      double width = table->fractions[c] * style->content_width;
      PangoLayout *layout = cg_style_layout (style, row->header ? CG_FONT_TABLE_HEAD
                                                                : CG_FONT_TABLE,
                                             cells[c], width - 2 * pad_x);

      cg_block_add_layout (block, layout, x + pad_x, pad_y, width - 2 * pad_x,
                           row->header ? "TH" : "TD");
      row->x[c] = x;
      row->width[c] = width;
      row->shaded[c] = shaded != NULL && shaded[c];
      x += width;
    }
  block->height += pad_y;

  if (row->header)
    {
      row->labels = g_new0 (char *, table->n_columns + 1);
      for (guint c = 0; c < table->n_columns; c++)
        row->labels[c] = g_strdup (cells[c] != NULL ? cells[c] : "");
      cg_block_open (block, "Table");
      block->keep_with_next = TRUE;
      block->space_before = style->gap;
    }
  else if (block->height > style->content_bottom - style->content_top - header->height)
    {
      cg_block_free (block);
      return add_row_as_record (builder, header, cells);
    }
  else
    block->header = header;

  cg_block_open (block, "TR");
  block->n_close = 1;
  g_ptr_array_add (builder->blocks, block);
  return block;
}

/* A table of at most this many rows is kept on one page when it fits on one: a reader should
 * not turn the page for its last row or two. Longer tables break between rows, their header
 * repeated. */
#define SHORT_TABLE_ROWS 8

void
cg_table_end (CgBuilder *builder,
              CgBlock   *last_row)
{
  CgBlock *header = last_row->header != NULL ? last_row->header : last_row;
  guint n_rows = 0;
  guint first;

  last_row->n_close++;
  /* the rows are the blocks after the header, up to @last_row, the newest block */
  for (first = builder->blocks->len; first > 0; first--)
    {
      CgBlock *block = g_ptr_array_index (builder->blocks, first - 1);

      if (block == header)
        break;
      if (block->header != header)
        return;
      n_rows++;
    }
  if (n_rows == 0 || n_rows > SHORT_TABLE_ROWS)
    return;
  for (guint i = first; i + 1 < builder->blocks->len; i++)
    ((CgBlock *) g_ptr_array_index (builder->blocks, i))->keep_with_next = TRUE;
}

/* The status in words; easy read has plainer ones. */
static const char *
get_status_words (CgBuilder *builder,
                  CgAction  *action)
{
  CgActionStatus status = cg_action_get_status (action);

  if (builder->style->easy_read)
    switch (status)
      {
      case CG_ACTION_STATUS_PROPOSED: return _("Suggested, not agreed yet");
      case CG_ACTION_STATUS_AGREED: return _("Agreed");
      case CG_ACTION_STATUS_IN_PROGRESS: return _("Started");
      case CG_ACTION_STATUS_DONE: return _("Done");
      case CG_ACTION_STATUS_NOT_DOING: return _("We will not do this");
      default: break;
      }
  return cg_action_status_get_label (status);
}

/* Longest quote of an idea in the plan, and how many ideas an action quotes. */
#define QUOTE_MAX_CHARS 100
#define QUOTE_MAX_IDEAS 3

/* "First contacts" then what prompted the action, quoted: the linked ideas the summary may show
 * (a private note only when private notes were asked for). */
static char *
dup_you_said (CgBuilder *builder,
              CgAction  *action)
{
  const char *area = cg_action_get_area (action);
  const char * const *ids = cg_action_get_idea_ids (action);
  GString *text = g_string_new (area != NULL ? area : "");
  g_autoptr(GHashTable) lineages = g_hash_table_new (NULL, NULL);
  guint n_quoted = 0, n_more = 0;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      CgObject *object = cg_workshop_lookup (builder->workshop, ids[i]);
      CgLineage *lineage;
      const char *words;

      if (!CG_IS_IDEA (object) ||
          !cg_idea_is_shown_to (CG_IDEA (object),
                                cg_audience_for_summary (builder->options->include_private)))
        continue;
      /* an idea and its carried copies (carrying links each to the action) are one idea,
       * quoted once: in the words of the first of them linked */
      lineage = cg_series_find_lineage (builder->data->series, CG_IDEA (object));
      if (lineage != NULL && !g_hash_table_add (lineages, lineage))
        continue;
      if (n_quoted == QUOTE_MAX_IDEAS)
        {
          n_more++;
          continue;
        }
      words = cg_idea_get_shown_text (CG_IDEA (object),
                                      cg_audience_for_summary (builder->options->include_private));
      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (g_utf8_strlen (words, -1) > QUOTE_MAX_CHARS)
        {
          g_autofree char *start = g_utf8_substring (words, 0, QUOTE_MAX_CHARS - 1);

          /* Translators: a quoted idea in the action plan, cut short */
          g_string_append_printf (text, _("“%s…”"), start);
        }
      else
        /* Translators: a quoted idea in the action plan */
        g_string_append_printf (text, _("“%s”"), words);
      n_quoted++;
    }
  if (n_more > 0)
    {
      g_string_append_c (text, '\n');
      /* Translators: after the ideas quoted in the action plan */
      g_string_append_printf (text, ngettext ("and %u more idea", "and %u more ideas", n_more),
                              n_more);
    }
  return g_string_free (text, FALSE);
}

/* Columns of the action plan. */
enum { YOU_SAID, ACTION, POSITION, NEXT_STEPS, STATUS, REASON, N_PLAN_COLUMNS };

/* Most of the width "you said" may take, however much people said: the quotes go on down the
 * page rather than squeeze what was done about them. */
#define YOU_SAID_MAX 0.36
/* A cell of at most this many characters ("In progress") is kept on one line. */
#define SHORT_CELL 16

/* Column widths (fractions of the text column) for the plan's @n_columns columns of @rows
 * (each a row of cells, the first the header): each column at least as wide as its longest
 * word, and a short cell ("In progress", not a heading) on one line; then the rest shared by how much text
 * each column has, so that the rows come out about as tall in each column, but "you said" at
 * most YOU_SAID_MAX: long quotes go on down the page rather than squeeze the rest. */
static void
fit_plan_columns (CgBuilder  *builder,
                  GPtrArray  *rows,
                  guint       n_columns,
                  double     *fractions)
{
  CgStyle *style = builder->style;
  double width = style->content_width, pad = 2 * 5 + 2;
  double least[N_PLAN_COLUMNS] = { 0, }, text[N_PLAN_COLUMNS] = { 0, };
  double heading = 0, used = 0, demand = 0, spare;

  for (guint r = 0; r < rows->len; r++)
    {
      const char **cells = g_ptr_array_index (rows, r);

      for (guint c = 0; c < n_columns; c++)
        {
          CgFont font = r == 0 ? CG_FONT_TABLE_HEAD : CG_FONT_TABLE;
          double need = cg_style_longest_word (style, font, cells[c]);

          if (r > 0 && cells[c] != NULL && g_utf8_strlen (cells[c], -1) <= SHORT_CELL)
            need = MAX (need, cg_style_text_width (style, font, cells[c]));
          least[c] = MAX (least[c], MIN (need + pad, width * 0.3));
          if (r == 0 && c == YOU_SAID)
            heading = least[c];
          if (r > 0 && cells[c] != NULL)
            text[c] += g_utf8_strlen (cells[c], -1);
        }
    }
  for (guint c = 0; c < n_columns; c++)
    used += least[c];
  /* Too long a word in what people said breaks before any word of what was done. */
  if (used > width)
    {
      double others = used - least[YOU_SAID];

      least[YOU_SAID] = MAX (heading, MIN (least[YOU_SAID], width - others));
    }
  used = 0;
  for (guint c = 0; c < n_columns; c++)
    {
      fractions[c] = least[c] / width;
      used += fractions[c];
      demand += text[c];
    }
  if (used > 1)
    {
      for (guint c = 0; c < n_columns; c++)
        fractions[c] /= used;
      return;
    }

  /* The rest, by how much each column has to say beyond its least: what "you said" may not
   * take goes to the others. */
  spare = 1 - used;
  for (guint c = 0; c < n_columns && demand > 0; c++)
    fractions[c] += spare * text[c] / demand;
  if (fractions[YOU_SAID] > YOU_SAID_MAX && least[YOU_SAID] / width <= YOU_SAID_MAX)
    {
      double excess = fractions[YOU_SAID] - YOU_SAID_MAX;

      fractions[YOU_SAID] = YOU_SAID_MAX;
      demand -= text[YOU_SAID];
      for (guint c = 1; c < n_columns; c++)
        fractions[c] += demand > 0 ? excess * text[c] / demand : excess / (n_columns - 1);
    }
}

void
cg_build_action_plan (CgBuilder *builder)
{
  GListModel *actions = cg_workshop_get_actions (builder->workshop);
  guint n_actions = g_list_model_get_n_items (actions);
  const char *labels[N_PLAN_COLUMNS] = {
    CG_PICK (builder, _("You said"), _("You said")),
    CG_PICK (builder, _("Action"), _("What we will do")),
    CG_PICK (builder, _("Current position"), _("Where it is now")),
    CG_PICK (builder, _("Next steps"), _("What happens next")),
    CG_PICK (builder, _("Status"), _("How far we have got")),
    _("Why"),
  };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  double fractions[N_PLAN_COLUMNS];
  CgTable table = { N_PLAN_COLUMNS - 1, fractions };
  CgBlock *header = NULL, *block = NULL;

  cg_builder_add_heading (builder, 1, CG_PICK (builder, _("You said, we did: the action plan"),
                                               _("What we will do")));
  cg_builder_add_text (builder, CG_FONT_BODY,
                       CG_PICK (builder,
                                _("What the service has agreed to do about what people said, "
                                  "and how far each action has got."),
                                _("What we will do about your ideas, and how far we have got.")),
                       "P")->space_before = builder->style->gap * 1.5;

  if (n_actions == 0)
    {
      cg_builder_add_text (builder, CG_FONT_BODY,
                           CG_PICK (builder, _("No actions have been agreed yet."),
                                    _("We have not agreed what to do yet.")), "P");
      return;
    }

  /* Every row first: the columns are fitted to what they hold. The status and why it is so
   * are cells of their own ("In progress" | "Agreed by the service manager"), never one run
   * of words; the "Why" column is there when some action has a reason. */
  g_ptr_array_add (rows, g_memdup2 (labels, sizeof labels));
  for (guint i = 0; i < n_actions; i++)
    {
      g_autoptr(CgAction) action = g_list_model_get_item (actions, i);
      const char *reason = cg_action_get_reason (action);
      char *you_said = dup_you_said (builder, action);
      const char *cells[N_PLAN_COLUMNS] = {
        you_said, cg_action_get_action (action), cg_action_get_position (action),
        cg_action_get_next_steps (action), get_status_words (builder, action),
        reason != NULL && *reason != '\0' ? reason : NULL,
      };

      g_ptr_array_add (owned, you_said);
      g_ptr_array_add (rows, g_memdup2 (cells, sizeof cells));
      if (cells[REASON] != NULL)
        table.n_columns = N_PLAN_COLUMNS;
    }

  if (builder->style->easy_read)
    {
      /* Easy read: each action as a short list of plain lines, a label on each. */
      for (guint r = 1; r < rows->len; r++)
        {
          const char **cells = g_ptr_array_index (rows, r);
          const char *pairs[N_PLAN_COLUMNS * 2 + 1] = { NULL, };

          for (guint c = 0; c < N_PLAN_COLUMNS; c++)
            {
              pairs[2 * c] = labels[c];
              pairs[2 * c + 1] = cells[c] != NULL ? cells[c] : "";
            }
          block = cg_builder_add_record (builder, pairs, "LI");
          if (r == 1)
            cg_block_open (block, "L");
        }
      block->n_close++;
      return;
    }

  fit_plan_columns (builder, rows, table.n_columns, fractions);
  header = cg_table_add_row (builder, &table, g_ptr_array_index (rows, 0), NULL, NULL);
  for (guint r = 1; r < rows->len; r++)
    block = cg_table_add_row (builder, &table, g_ptr_array_index (rows, r), NULL, header);
  cg_table_end (builder, block);
}
