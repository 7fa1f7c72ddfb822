/* cg-summary.c: a workshop's summary laid out into pages once, then drawn page by page onto
 * whatever cairo context asks: PDF, SVG, PNG, the preview, the printer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-summary-private.h"

struct _CgSummary
{
  GObject           parent_instance;

  CgSummaryOptions *options;
  CgStyle          *style;
  char             *title;
  char             *subject;
  GPtrArray        *blocks;       /* CgBlock */
  GPtrArray        *extras;       /* CgBlock repeated at the top of pages */
  GPtrArray        *pages;        /* GArray of CgPlacement */
  PangoLayout      *running_title;
  PangoLayout      *running_date; /* NULL when no event has a date */
  char             *font_warning; /* NULL when every character has a font */
};

G_DEFINE_FINAL_TYPE (CgSummary, cg_summary, G_TYPE_OBJECT)

static void
cg_summary_finalize (GObject *object)
{
  CgSummary *self = CG_SUMMARY (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->extras, g_ptr_array_unref);
  g_clear_object (&self->running_title);
  g_clear_object (&self->running_date);
  g_clear_pointer (&self->style, cg_style_free);
  g_clear_pointer (&self->options, cg_summary_options_free);
  g_free (self->title);
  g_free (self->subject);
  g_free (self->font_warning);

  G_OBJECT_CLASS (cg_summary_parent_class)->finalize (object);
}

static void
cg_summary_class_init (CgSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cg_summary_finalize;
}

static void
cg_summary_init (CgSummary *self)
{
}

/* "12 March 2026", or "12 March 2026 – 18 June 2026" for a series. */
static char *
dup_date_range (GPtrArray *events)
{
  const char *first = NULL, *last = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  for (guint i = 0; i < events->len; i++)
    {
      const char *date = cg_event_get_date (g_ptr_array_index (events, i));

      if (date == NULL)
        continue;
      if (first == NULL || g_strcmp0 (date, first) < 0)
        first = date;
      if (last == NULL || g_strcmp0 (date, last) > 0)
        last = date;
    }
  if (first == NULL)
    return NULL;

  from = cg_format_date (first);
  if (g_str_equal (first, last))
    return g_steal_pointer (&from);
  to = cg_format_date (last);
  /* TRANSLATORS: a range of dates, first to last */
  return g_strdup_printf (_("%s – %s"), from, to);
}

static void
make_running_title (CgSummary     *self,
                    CgSummaryData *data)
{
  CgStyle *style = self->style;
  g_autofree char *dates = dup_date_range (data->events);
  g_autofree char *one_line = g_strdelimit (g_strdup (self->title), "\n\t", ' ');
  double date_width = 0;

  if (dates != NULL)
    {
      int width;

      self->running_date = cg_style_layout (style, CG_FONT_RUNNING, dates, 1);
      pango_layout_set_width (self->running_date, -1);
      pango_layout_get_size (self->running_date, &width, NULL);
      date_width = MIN (pango_units_to_double (width), style->content_width / 2);
      if (pango_units_to_double (width) > date_width)
        {
          pango_layout_set_width (self->running_date, pango_units_from_double (date_width));
          pango_layout_set_ellipsize (self->running_date, PANGO_ELLIPSIZE_END);
        }
    }

  /* At the start edge whatever the title's own direction: its natural width when it fits,
   * else as much as fits, ending in an ellipsis. */
  self->running_title = cg_style_layout (style, CG_FONT_RUNNING, one_line,
                                         style->content_width - date_width - 24);
  pango_layout_set_ellipsize (self->running_title, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (self->running_title, -1);
  if (!pango_layout_is_ellipsized (self->running_title))
    pango_layout_set_width (self->running_title, -1);
}

static char *
dup_subject (CgSummaryData          *data,
             const CgSummaryOptions *options)
{
  if (options->event != NULL)
    /* TRANSLATORS: the document's subject, in its metadata; %s is the event's title */
    return g_strdup_printf (_("Summary of a co-design workshop event: %s"),
                            cg_event_get_title (options->event));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Summary of a co-design workshop: %u event",
                                       "Summary of a co-design workshop: %u events",
                                       data->events->len),
                          data->events->len);
}

/* Every line of text laid out: which characters came out as boxes, and in which notes. */
static char *
dup_font_warning (CgSummary     *self,
                  CgSummaryData *data)
{
  g_autoptr(CgFontCheck) check = cg_font_check_new ();
  g_autoptr(GPtrArray) texts = NULL;

  for (guint i = 0; i < self->blocks->len; i++)
    cg_font_check_add_block (check, g_ptr_array_index (self->blocks, i));
  for (guint i = 0; i < self->extras->len; i++)
    cg_font_check_add_block (check, g_ptr_array_index (self->extras, i));
  cg_font_check_add_layout (check, self->running_title);
  cg_font_check_add_layout (check, self->running_date);

  /* The notes in the order the summary shows them (the action plan only quotes these). */
  texts = g_ptr_array_new ();
  for (guint g = 0; g < data->groups->len; g++)
    {
      CgThemeGroup *group = g_ptr_array_index (data->groups, g);

      for (guint i = 0; i < group->ideas->len; i++)
        g_ptr_array_add (texts, (gpointer) cg_idea_get_text (g_array_index (group->ideas,
                                                                            CgIdeaEntry,
                                                                            i).idea));
    }
  return cg_font_check_dup_warning (check, texts);
}

CgSummary *
cg_summary_new (CgWorkshop             *workshop,
                const CgSummaryOptions *options)
{
  CgSummary *self;
  CgSummaryData *data;
  CgBuilder builder;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_object_new (CG_TYPE_SUMMARY, NULL);
  self->options = cg_summary_options_copy (options);
  self->style = cg_style_new (self->options);
  self->title = g_strdup (cg_workshop_get_display_title (workshop));
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_block_free);
  self->extras = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_block_free);

  data = cg_summary_data_new (workshop, self->options);
  builder.style = self->style;
  builder.options = self->options;
  builder.workshop = workshop;
  builder.data = data;
  builder.blocks = self->blocks;
  builder.extras = self->extras;

  cg_build_cover (&builder);
  cg_build_themes (&builder);
  cg_build_voices (&builder);
  cg_build_action_plan (&builder);

  make_running_title (self, data);
  self->subject = dup_subject (data, self->options);
  self->font_warning = dup_font_warning (self, data);
  cg_summary_data_free (data);

  self->pages = cg_paginate (self->style, self->blocks);

  return self;
}

guint
cg_summary_get_n_pages (CgSummary *self)
{
  g_return_val_if_fail (CG_IS_SUMMARY (self), 0);

  return self->pages->len;
}

void
cg_summary_get_page_size (CgSummary *self,
                          double    *width,
                          double    *height)
{
  g_return_if_fail (CG_IS_SUMMARY (self));

  if (width != NULL)
    *width = self->style->page_width;
  if (height != NULL)
    *height = self->style->page_height;
}

const char *
cg_summary_get_title (CgSummary *self)
{
  g_return_val_if_fail (CG_IS_SUMMARY (self), NULL);

  return self->title;
}

const char *
cg_summary_get_font_warning (CgSummary *self)
{
  g_return_val_if_fail (CG_IS_SUMMARY (self), NULL);

  return self->font_warning;
}

char *
cg_summary_dup_subject (CgSummary *self)
{
  return g_strdup (self->subject);
}

/* Draws @layout in its box (its width, or its natural width when it has none) at @x from the
 * start edge of the text column. */
static void
show_at (CgSummary   *self,
         cairo_t     *cr,
         PangoLayout *layout,
         double       x,
         double       y)
{
  int width = pango_layout_get_width (layout);

  if (width < 0)
    pango_layout_get_size (layout, &width, NULL);
  cairo_move_to (cr, self->style->margin_side
                     + cg_style_x (self->style, x, pango_units_to_double (width)), y);
  pango_cairo_show_layout (cr, layout);
}

/* The running title and date at the top (not on the cover), the page number at the foot. */
static void
draw_furniture (CgSummary *self,
                cairo_t   *cr,
                guint      page)
{
  CgStyle *style = self->style;
  g_autoptr(PangoLayout) number = NULL;
  g_autofree char *text = NULL;
  double size = cg_style_font_size (style, CG_FONT_RUNNING);

  cairo_save (cr);
  cg_style_set_colour (style, cr, CG_COLOUR_MUTED);

  if (page > 0)
    {
      double top = style->content_top - size * 2.6 - 6;
      double rule = style->content_top - size * 1.2;

      show_at (self, cr, self->running_title, 0, top);
      if (self->running_date != NULL)
        {
          int width;

          pango_layout_get_size (self->running_date, &width, NULL);
          show_at (self, cr, self->running_date,
                   style->content_width - pango_units_to_double (width), top);
        }
      cg_style_set_colour (style, cr, CG_COLOUR_RULE);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, style->margin_side, rule);
      cairo_line_to (cr, style->margin_side + style->content_width, rule);
      cairo_stroke (cr);
      cg_style_set_colour (style, cr, CG_COLOUR_MUTED);
    }

  /* TRANSLATORS: the page number at the foot of each page of the summary */
  text = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  number = cg_style_layout (style, CG_FONT_RUNNING, text, style->content_width);
  pango_layout_set_alignment (number, PANGO_ALIGN_CENTER);
  show_at (self, cr, number, 0, style->content_bottom + size * 2.2);

  cairo_restore (cr);
}

void
cg_summary_draw_page_tagged (CgSummary *self,
                             cairo_t   *cr,
                             guint      page,
                             GPtrArray *tags)
{
  GArray *placements;

  g_return_if_fail (page < self->pages->len);

  placements = g_ptr_array_index (self->pages, page);
  draw_furniture (self, cr, page);
  for (guint i = 0; i < placements->len; i++)
    {
      CgPlacement *placement = &g_array_index (placements, CgPlacement, i);

      cg_block_draw (placement->block, self->style, cr, placement, tags);
    }
}

void
cg_summary_draw_page (CgSummary *self,
                      cairo_t   *cr,
                      guint      page,
                      double     scale)
{
  g_return_if_fail (CG_IS_SUMMARY (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  cg_summary_draw_page_tagged (self, cr, page, NULL);
  cairo_restore (cr);
}

GArray *
cg_summary_get_placements (CgSummary *self,
                           guint      page)
{
  g_return_val_if_fail (page < self->pages->len, NULL);

  return g_ptr_array_index (self->pages, page);
}

GArray *
cg_summary_dup_outline (CgSummary *self)
{
  GArray *outline = g_array_new (FALSE, FALSE, sizeof (CgOutlineEntry));

  for (guint p = 0; p < self->pages->len; p++)
    {
      GArray *placements = g_ptr_array_index (self->pages, p);

      for (guint i = 0; i < placements->len; i++)
        {
          CgPlacement *placement = &g_array_index (placements, CgPlacement, i);
          CgOutlineEntry entry;

          if (!placement->first || placement->repeat || placement->block->outline == NULL)
            continue;
          entry.title = placement->block->outline;
          entry.level = placement->block->outline_level;
          entry.page = p;
          entry.y = placement->y;
          g_array_append_val (outline, entry);
        }
    }
  return outline;
}
