/* cg-summary-block.c: a block of laid-out content: its text, where it may break across pages,
 * and drawing all or part of it, with PDF structure tags when asked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include "cg-summary-private.h"

/* Positions closer than this are the same line edge (points). */
#define EPSILON 0.01

static void
clear_part (gpointer data)
{
  CgPart *part = data;

  g_clear_object (&part->layout);
}

CgBlock *
cg_block_new (void)
{
  CgBlock *block = g_new0 (CgBlock, 1);

  block->parts = g_array_new (FALSE, TRUE, sizeof (CgPart));
  g_array_set_clear_func (block->parts, clear_part);
  return block;
}

void
cg_block_free (CgBlock *block)
{
  if (block == NULL)
    return;
  g_array_unref (block->parts);
  g_clear_pointer (&block->breaks, g_array_unref);
  if (block->data_free != NULL)
    block->data_free (block->data);
  g_free (block->outline);
  g_free (block);
}

CgPart *
cg_block_add_layout (CgBlock     *block,
                     PangoLayout *layout,
                     double       x,
                     double       y,
                     double       width,
                     const char  *tag)
{
  CgPart part = { layout, x, y, width, tag, CG_COLOUR_INK };

  g_array_append_val (block->parts, part);
  block->height = MAX (block->height, y + cg_layout_height (layout));
  return &g_array_index (block->parts, CgPart, block->parts->len - 1);
}

void
cg_block_open (CgBlock    *block,
               const char *tag)
{
  for (guint i = 0; i < G_N_ELEMENTS (block->open); i++)
    {
      if (block->open[i] == NULL)
        {
          block->open[i] = tag;
          return;
        }
    }
  g_return_if_reached ();
}

typedef struct
{
  double top;
  double bottom;
} Span;

static void
collect_lines (const CgPart *part,
               GArray       *spans)
{
  PangoLayoutIter *iter = pango_layout_get_iter (part->layout);

  do
    {
      PangoRectangle logical;
      Span span;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      span.top = part->y + pango_units_to_double (logical.y);
      span.bottom = span.top + pango_units_to_double (logical.height);
      g_array_append_val (spans, span);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static gboolean
cuts_a_line (GArray *spans,
             double  y)
{
  for (guint i = 0; i < spans->len; i++)
    {
      const Span *span = &g_array_index (spans, Span, i);

      if (span->top < y - EPSILON && span->bottom > y + EPSILON)
        return TRUE;
    }
  return FALSE;
}

GArray *
cg_block_dup_breaks (CgBlock *block)
{
  g_autoptr(GArray) spans = NULL;
  GArray *breaks;

  if (block->breaks != NULL)
    return g_array_copy (block->breaks);

  /* Between lines, where no line of another part (a column beside it) would be cut. */
  spans = g_array_new (FALSE, FALSE, sizeof (Span));
  breaks = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < block->parts->len; i++)
    collect_lines (&g_array_index (block->parts, CgPart, i), spans);
  for (guint i = 0; i < spans->len; i++)
    {
      double y = g_array_index (spans, Span, i).bottom;

      if (y > EPSILON && y < block->height - EPSILON && !cuts_a_line (spans, y))
        g_array_append_val (breaks, y);
    }
  g_array_append_val (breaks, block->height);
  g_array_sort (breaks, compare_doubles);
  return breaks;
}

/* Draws the lines of @part whose tops fall within [@top, @bottom). */
static void
draw_part (cairo_t      *cr,
           const CgPart *part,
           double        x,
           double        top,
           double        bottom)
{
  PangoLayoutIter *iter;
  double height = cg_layout_height (part->layout);

  if (part->y >= top - EPSILON && part->y + height <= bottom + EPSILON)
    {
      cairo_move_to (cr, x, part->y);
      pango_cairo_show_layout (cr, part->layout);
      return;
    }
  if (part->y + height <= top || part->y >= bottom)
    return;

  iter = pango_layout_get_iter (part->layout);
  do
    {
      PangoRectangle logical;
      double line_top;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line_top = part->y + pango_units_to_double (logical.y);
      if (line_top >= top - EPSILON && line_top < bottom - EPSILON)
        {
          cairo_move_to (cr, x + pango_units_to_double (logical.x),
                         part->y + pango_units_to_double (pango_layout_iter_get_baseline (iter)));
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
begin_tag (cairo_t    *cr,
           GPtrArray  *tags,
           const char *tag)
{
  if (tags == NULL || tag == NULL)
    return;
  cairo_tag_begin (cr, tag, NULL);
  g_ptr_array_add (tags, (gpointer) tag);
}

static void
end_tag (cairo_t   *cr,
         GPtrArray *tags)
{
  if (tags == NULL || tags->len == 0)
    return;
  cairo_tag_end (cr, g_ptr_array_steal_index (tags, tags->len - 1));
}

void
cg_block_draw (CgBlock           *block,
               CgStyle           *style,
               cairo_t           *cr,
               const CgPlacement *placement,
               GPtrArray         *tags)
{
  if (placement->repeat)
    tags = NULL;

  if (placement->first)
    for (guint i = 0; i < G_N_ELEMENTS (block->open) && block->open[i] != NULL; i++)
      begin_tag (cr, tags, block->open[i]);

  cairo_save (cr);
  cairo_translate (cr, style->margin_side, placement->y - placement->top);

  /* A leaf tag wraps each fragment on its own page, so a running title drawn between two
   * fragments never lands inside it. */
  begin_tag (cr, tags, block->tag);
  if (block->decorate != NULL)
    {
      cairo_save (cr);
      block->decorate (block, style, cr, placement->top, placement->bottom);
      cairo_restore (cr);
    }

  for (guint i = 0; i < block->parts->len; i++)
    {
      const CgPart *part = &g_array_index (block->parts, CgPart, i);

      cg_style_set_colour (style, cr, part->colour);
      begin_tag (cr, tags, part->tag);
      /* The block's last fragment draws whatever is left, so no line is ever lost. */
      draw_part (cr, part, cg_style_x (style, part->x, part->width), placement->top,
                 placement->last ? G_MAXDOUBLE : placement->bottom);
      if (part->tag != NULL)
        end_tag (cr, tags);
    }
  if (block->tag != NULL)
    end_tag (cr, tags);
  cairo_restore (cr);

  if (placement->last)
    for (guint i = 0; i < block->n_close; i++)
      end_tag (cr, tags);
}
