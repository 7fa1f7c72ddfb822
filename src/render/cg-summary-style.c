/* cg-summary-style.c: the summary's type, colours, page measures and the marks of each kind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cg-summary-private.h"

#define FONT_FAMILY "Noto Sans,DejaVu Sans,sans-serif"

typedef struct
{
  double      standard;   /* size in points, standard print */
  double      easy;       /* ... easy read: never below 16 */
  PangoWeight weight;
  PangoStyle  slant;
} FontSpec;

static const FontSpec font_specs[CG_N_FONTS] = {
  [CG_FONT_TITLE] = { 28, 32, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [CG_FONT_H1] = { 20, 26, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [CG_FONT_H2] = { 16, 22, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [CG_FONT_H3] = { 12.5, 19, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [CG_FONT_BODY] = { 11.5, 17, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [CG_FONT_STRONG] = { 11.5, 17, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [CG_FONT_QUOTE] = { 11.5, 17, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC },
  [CG_FONT_META] = { 9.5, 16, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [CG_FONT_TABLE] = { 10, 16, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
  [CG_FONT_TABLE_HEAD] = { 10, 16, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL },
  [CG_FONT_RUNNING] = { 9, 16, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL },
};

/* Dark enough on white for text (at least 7:1) or for marks and rules (at least 3:1). */
static const guint32 colours[] = {
  [CG_COLOUR_INK] = 0x1a1a1a,
  [CG_COLOUR_MUTED] = 0x4d4d4d,
  [CG_COLOUR_RULE] = 0x8a8a8a,
  [CG_COLOUR_SHADE] = 0xebebeb,
  [CG_COLOUR_QUOTE_BG] = 0xf3f0e8,
  [CG_COLOUR_WARNING] = 0x8f1d00,
  [CG_COLOUR_WARNING_BG] = 0xfbe9e4,
  [CG_COLOUR_ACCENT] = 0x1d4e7a,
};

/* One colour per kind of note, each at least 4.5:1 on white; the shape carries the meaning. */
static const guint32 kind_colours[] = {
  [CG_IDEA_KIND_IDEA] = 0x0a5ca8,
  [CG_IDEA_KIND_STRENGTH] = 0x00704d,
  [CG_IDEA_KIND_DEVELOPMENT] = 0xad3a00,
  [CG_IDEA_KIND_STORY] = 0x7a3d8c,
  [CG_IDEA_KIND_QUESTION] = 0x5c4a00,
};

/* The summary reads in the direction of the language it is translated into. */
static gboolean
translation_reads_rtl (PangoContext *context)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (context);

  pango_layout_set_auto_dir (layout, TRUE);
  pango_layout_set_text (layout, _("What people said"), -1);
  return pango_layout_get_direction (layout, 0) == PANGO_DIRECTION_RTL;
}

CgStyle *
cg_style_new (const CgSummaryOptions *options)
{
  CgStyle *style = g_new0 (CgStyle, 1);
  cairo_font_options_t *font_options;
  double margin_top, margin_bottom;

  style->easy_read = options->easy_read;
  style->greyscale = options->greyscale;
  cg_paper_get_size (options->paper, &style->page_width, &style->page_height);

  /* Lay out in points, with no hinting, so every target and scale gets the same lines. */
  style->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (style->context, 72.0);
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (style->context, font_options);
  cairo_font_options_destroy (font_options);
  pango_context_set_round_glyph_positions (style->context, FALSE);
  style->rtl = translation_reads_rtl (style->context);
  pango_context_set_base_dir (style->context,
                              style->rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);

  for (guint i = 0; i < CG_N_FONTS; i++)
    {
      const FontSpec *spec = &font_specs[i];
      PangoFontDescription *font = pango_font_description_new ();

      pango_font_description_set_family_static (font, FONT_FAMILY);
      pango_font_description_set_weight (font, spec->weight);
      pango_font_description_set_style (font, spec->slant);
      pango_font_description_set_size (font, pango_units_from_double (options->easy_read
                                                                      ? spec->easy
                                                                      : spec->standard));
      style->fonts[i] = font;
    }

  /* Margins of about 20 mm at the sides, a little more at top and bottom for the running
   * title and page number. */
  style->margin_side = options->easy_read ? 60 : 58;
  margin_top = options->easy_read ? 84 : 70;
  margin_bottom = options->easy_read ? 84 : 66;
  style->content_width = style->page_width - 2 * style->margin_side;
  style->content_top = margin_top;
  style->content_bottom = style->page_height - margin_bottom;

  style->line_spacing = options->easy_read ? 1.3 : 1.12;
  style->gap = cg_style_font_size (style, CG_FONT_BODY) * (options->easy_read ? 0.9 : 0.7);
  style->item_gap = cg_style_font_size (style, CG_FONT_BODY) * (options->easy_read ? 0.9 : 0.6);
  style->mark_size = cg_style_font_size (style, CG_FONT_BODY) * (options->easy_read ? 0.85 : 0.7);
  style->indent = style->mark_size * 2.2;

  return style;
}

void
cg_style_free (CgStyle *style)
{
  if (style == NULL)
    return;
  for (guint i = 0; i < CG_N_FONTS; i++)
    pango_font_description_free (style->fonts[i]);
  g_clear_object (&style->context);
  g_free (style);
}

double
cg_style_font_size (CgStyle *style,
                    CgFont   font)
{
  return pango_units_to_double (pango_font_description_get_size (style->fonts[font]));
}

PangoLayout *
cg_style_layout (CgStyle    *style,
                 CgFont      font,
                 const char *text,
                 double      width)
{
  PangoLayout *layout = pango_layout_new (style->context);

  pango_layout_set_font_description (layout, style->fonts[font]);
  pango_layout_set_width (layout, pango_units_from_double (MAX (width, 1)));
  /* Long words (a URL, a name with no spaces) break rather than run off the page. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  /* A line of our own words that starts with a name people typed ("تجربة معاشة: 27% of
   * ideas") reads in the summary's direction: the name is isolated (cg_isolate ()), but pango
   * would take the paragraph's direction from its first letter. Notes keep their own. */
  pango_layout_set_auto_dir (layout, text == NULL || !g_str_has_prefix (text, "\u2068"));
  pango_layout_set_alignment (layout, style->rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  if (font >= CG_FONT_BODY)
    pango_layout_set_line_spacing (layout, style->line_spacing);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

void
cg_layout_embolden (PangoLayout *layout,
                    guint        start,
                    guint        end)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

  bold->start_index = start;
  bold->end_index = end;
  pango_attr_list_insert (attrs, bold);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

char *
cg_isolate (const char *text)
{
  /* FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE */
  return g_strconcat ("\u2068", text != NULL ? text : "", "\u2069", NULL);
}

double
cg_style_longest_word (CgStyle    *style,
                       CgFont      font,
                       const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text != NULL ? text : "", " \n\t", -1);
  g_autoptr(PangoLayout) layout = cg_style_layout (style, font, NULL, 1);
  double longest = 0;

  pango_layout_set_width (layout, -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      int width;

      pango_layout_set_text (layout, words[i], -1);
      pango_layout_get_size (layout, &width, NULL);
      longest = MAX (longest, pango_units_to_double (width));
    }
  return longest;
}

double
cg_style_text_width (CgStyle    *style,
                     CgFont      font,
                     const char *text)
{
  g_autoptr(PangoLayout) layout = cg_style_layout (style, font, text, 1);
  int width;

  pango_layout_set_width (layout, -1);
  pango_layout_get_size (layout, &width, NULL);
  return pango_units_to_double (width);
}

double
cg_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.y + logical.height);
}

static void
set_rgb (CgStyle *style,
         cairo_t *cr,
         guint32  rgb)
{
  double r = ((rgb >> 16) & 0xff) / 255.0;
  double g = ((rgb >> 8) & 0xff) / 255.0;
  double b = (rgb & 0xff) / 255.0;

  if (style->greyscale)
    r = g = b = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  cairo_set_source_rgb (cr, r, g, b);
}

void
cg_style_set_colour (CgStyle  *style,
                     cairo_t  *cr,
                     CgColour  colour)
{
  set_rgb (style, cr, colours[colour]);
}

void
cg_style_set_hex (CgStyle    *style,
                  cairo_t    *cr,
                  const char *hex,
                  CgColour    fallback)
{
  guint64 value;

  if (hex == NULL || hex[0] != '#' || strlen (hex) != 7
      || !g_ascii_string_to_unsigned (hex + 1, 16, 0, 0xffffff, &value, NULL))
    {
      cg_style_set_colour (style, cr, fallback);
      return;
    }
  set_rgb (style, cr, (guint32) value);
}

void
cg_style_draw_mark (CgStyle    *style,
                    cairo_t    *cr,
                    CgIdeaKind  kind,
                    double      x,
                    double      y,
                    double      size)
{
  double line = MAX (size * 0.16, 0.8);
  double inner = size - line;   /* outlined shapes keep their stroke inside the square */
  double cx = x + size / 2, cy = y + size / 2;

  cairo_save (cr);
  cairo_new_path (cr);
  if (style->greyscale)
    cg_style_set_colour (style, cr, CG_COLOUR_INK);
  else
    set_rgb (style, cr, kind_colours[MIN (kind, CG_IDEA_KIND_LAST)]);
  cairo_set_line_width (cr, line);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);

  switch (kind)
    {
    case CG_IDEA_KIND_STRENGTH:      /* a solid triangle, pointing up */
      cairo_move_to (cr, cx, y);
      cairo_line_to (cr, x + size, y + size);
      cairo_line_to (cr, x, y + size);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case CG_IDEA_KIND_DEVELOPMENT:   /* an open triangle, pointing down */
      cairo_move_to (cr, x + line / 2, y + line / 2);
      cairo_line_to (cr, x + size - line / 2, y + line / 2);
      cairo_line_to (cr, cx, y + size - line / 2);
      cairo_close_path (cr);
      cairo_stroke (cr);
      break;
    case CG_IDEA_KIND_STORY:         /* a solid diamond */
      cairo_move_to (cr, cx, y);
      cairo_line_to (cr, x + size, cy);
      cairo_line_to (cr, cx, y + size);
      cairo_line_to (cr, x, cy);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case CG_IDEA_KIND_QUESTION:      /* an open square */
      cairo_rectangle (cr, x + line / 2, y + line / 2, inner, inner);
      cairo_stroke (cr);
      break;
    case CG_IDEA_KIND_IDEA:          /* a solid circle */
    default:
      cairo_arc (cr, cx, cy, size / 2, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    }
  cairo_restore (cr);
}

void
cg_style_hatch (CgStyle *style,
                cairo_t *cr,
                double   x,
                double   y,
                double   width,
                double   height)
{
  double step = 4.5;

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  cg_style_set_colour (style, cr, CG_COLOUR_RULE);
  cairo_set_line_width (cr, 0.6);
  for (double d = -height; d < width; d += step)
    {
      cairo_move_to (cr, x + d, y + height);
      cairo_line_to (cr, x + d + height, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

double
cg_style_x (CgStyle *style,
            double   x,
            double   width)
{
  return style->rtl ? style->content_width - x - width : x;
}
