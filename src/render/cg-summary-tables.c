/* cg-summary-tables.c: tables (rows of wrapped cells, a header repeated over pages) and the
 * action plan, "you said, we did"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-summary-private.h"

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

void
cg_table_end (CgBlock *last_row)
{
  last_row->n_close++;
}

static char *
dup_status (CgAction *action)
{
  const char *label = cg_action_status_get_label (cg_action_get_status (action));
  const char *reason = cg_action_get_reason (action);

  if (reason == NULL || *reason == '\0')
    return g_strdup (label);
  return g_strdup_printf ("%s\n%s", label, reason);
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
          (cg_idea_get_private (CG_IDEA (object)) && !builder->options->include_private))
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
      words = cg_idea_get_text (CG_IDEA (object));
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

void
cg_build_action_plan (CgBuilder *builder)
{
  static const double fractions[] = { 0.27, 0.22, 0.18, 0.18, 0.15 };
  static const CgTable table = { G_N_ELEMENTS (fractions), fractions };
  GListModel *actions = cg_workshop_get_actions (builder->workshop);
  guint n_actions = g_list_model_get_n_items (actions);
  const char *labels[] = {
    CG_PICK (builder, _("You said"), _("You said")),
    CG_PICK (builder, _("Action"), _("What we will do")),
    CG_PICK (builder, _("Current position"), _("Where it is now")),
    CG_PICK (builder, _("Next steps"), _("What happens next")),
    _("Status"),
  };
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
      cg_builder_add_text (builder, CG_FONT_BODY, _("No actions have been agreed yet."), "P");
      return;
    }

  if (!builder->style->easy_read)
    header = cg_table_add_row (builder, &table, labels, NULL, NULL);

  for (guint i = 0; i < n_actions; i++)
    {
      g_autoptr(CgAction) action = g_list_model_get_item (actions, i);
      g_autofree char *status = dup_status (action);
      g_autofree char *you_said = dup_you_said (builder, action);
      const char *cells[] = {
        you_said, cg_action_get_action (action),
        cg_action_get_position (action), cg_action_get_next_steps (action), status,
      };

      if (header != NULL)
        {
          block = cg_table_add_row (builder, &table, cells, NULL, header);
          continue;
        }

      /* Easy read: each action as a short list of plain lines. */
      {
        const char *pairs[G_N_ELEMENTS (cells) * 2 + 1] = { NULL, };

        for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
          {
            pairs[2 * c] = labels[c];
            pairs[2 * c + 1] = cells[c] != NULL ? cells[c] : "";
          }
        block = cg_builder_add_record (builder, pairs, "LI");
        if (i == 0)
          cg_block_open (block, "L");
      }
    }
  if (header != NULL)
    cg_table_end (block);
  else
    block->n_close++;
}
