/* cg-summary-private.h: what the summary's files share: the style, the model data it shows,
 * blocks of laid-out content and their places on pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "cg-summary.h"

G_BEGIN_DECLS

/* ---- Style: type, colours, measures and marks (cg-summary-style.c) ---- */

typedef enum
{
  CG_FONT_TITLE,
  CG_FONT_H1,
  CG_FONT_H2,
  CG_FONT_H3,
  CG_FONT_BODY,
  CG_FONT_STRONG,
  CG_FONT_QUOTE,
  CG_FONT_META,
  CG_FONT_TABLE,
  CG_FONT_TABLE_HEAD,
  CG_FONT_RUNNING,
  CG_N_FONTS
} CgFont;

typedef enum
{
  CG_COLOUR_INK,
  CG_COLOUR_MUTED,
  CG_COLOUR_RULE,
  CG_COLOUR_SHADE,
  CG_COLOUR_QUOTE_BG,
  CG_COLOUR_WARNING,
  CG_COLOUR_WARNING_BG,
  CG_COLOUR_ACCENT,
} CgColour;

typedef struct
{
  PangoContext         *context;
  PangoFontDescription *fonts[CG_N_FONTS];
  gboolean              easy_read;
  gboolean              greyscale;
  gboolean              rtl;            /* the document reads right to left */
  double                page_width;
  double                page_height;
  double                margin_side;
  double                content_width;
  double                content_top;    /* page y where content starts and ends */
  double                content_bottom;
  double                gap;            /* space between paragraphs */
  double                item_gap;       /* space between ideas in a list */
  double                mark_size;      /* side of a kind mark */
  double                indent;         /* where text starts after a mark */
  double                line_spacing;
} CgStyle;

CgStyle     *cg_style_new        (const CgSummaryOptions *options);  /* (transfer full) */
void         cg_style_free       (CgStyle    *style);
double       cg_style_font_size  (CgStyle    *style,
                                  CgFont      font);
/* A layout of @text (may be NULL) wrapped at @width, in the document's direction.
 * Returns: (transfer full). */
PangoLayout *cg_style_layout     (CgStyle    *style,
                                  CgFont      font,
                                  const char *text,
                                  double      width);
/* Sets bytes [@start, @end) of @layout's text in bold. */
void         cg_layout_embolden  (PangoLayout *layout,
                                  guint        start,
                                  guint        end);
double       cg_layout_height    (PangoLayout *layout);
/* @text set apart for the bidirectional algorithm, so a name in Arabic or Hebrew inside an
 * English sentence (or the reverse) does not pull the words and numbers around it out of order.
 * Returns: (transfer full). */
char        *cg_isolate          (const char *text);
/* Width of the widest word of @text set in @font. */
double       cg_style_longest_word (CgStyle    *style,
                                    CgFont      font,
                                    const char *text);
/* Width of @text (may be NULL) set in @font on one line. */
double       cg_style_text_width   (CgStyle    *style,
                                    CgFont      font,
                                    const char *text);
void         cg_style_set_colour (CgStyle    *style,
                                  cairo_t    *cr,
                                  CgColour    colour);
/* A "#rrggbb" colour from the file (grey in greyscale); @fallback when it is not one. */
void         cg_style_set_hex    (CgStyle    *style,
                                  cairo_t    *cr,
                                  const char *hex,
                                  CgColour    fallback);
/* The mark of a kind of note in a @size square at (@x, @y): a different shape for each kind,
 * so it reads without colour. */
void         cg_style_draw_mark  (CgStyle    *style,
                                  cairo_t    *cr,
                                  CgIdeaKind  kind,
                                  double      x,
                                  double      y,
                                  double      size);
/* Diagonal lines over a rectangle: "nothing here", visible without colour. */
void         cg_style_hatch      (CgStyle    *style,
                                  cairo_t    *cr,
                                  double      x,
                                  double      y,
                                  double      width,
                                  double      height);
/* Where a box @width wide at @x from the text column's start edge begins, measured from the
 * column's left edge (the same in a left-to-right document, mirrored in a right-to-left one). */
double       cg_style_x          (CgStyle    *style,
                                  double      x,
                                  double      width);

/* ---- The model data a summary shows (cg-summary-data.c) ---- */

typedef struct
{
  CgIdea *idea;
  guint   votes;   /* at the chosen event, or over all of them */
} CgIdeaEntry;

typedef struct
{
  CgTheme *theme;  /* NULL: not yet sorted */
  GArray  *ideas;  /* CgIdeaEntry, most votes first */
} CgThemeGroup;

typedef struct
{
  GPtrArray *events;        /* CgEvent covered, in order */
  GPtrArray *voices;        /* CgVoice */
  GPtrArray *groups;        /* CgThemeGroup in board order, unsorted last when it has ideas */
  guint     *attendance;    /* per voice, over the events covered */
  guint      total_attendance;
  guint     *voice_ideas;   /* per voice, then one for ideas with no voice */
  guint     *grid;          /* ideas per group and voice: [group * (n_voices + 1) + voice] */
  guint      n_ideas;       /* ideas shown */
  guint      n_private;     /* private ideas left out, or shown when they were asked for */
  CgSeries  *series;        /* the series' ideas: over every event, every figure above counts
                             * an idea and its carried copies once (src/model/cg-series.c) */
} CgSummaryData;

/* Returns: (transfer full). */
CgSummaryData *cg_summary_data_new  (CgWorkshop             *workshop,
                                     const CgSummaryOptions *options);
void           cg_summary_data_free (CgSummaryData          *data);
guint          cg_summary_data_grid (CgSummaryData          *data,
                                     guint                   group,
                                     guint                   voice);

/* ---- Blocks: laid-out content that pages are filled with (cg-summary-block.c) ---- */

typedef struct _CgBlock CgBlock;

/* Draws what is not text (marks, rules, bars) of the part of @block between @top and @bottom,
 * with @cr's origin at the block's top-left on the page (text column start). */
typedef void (*CgDecorateFunc) (CgBlock *block,
                                CgStyle *style,
                                cairo_t *cr,
                                double   top,
                                double   bottom);

typedef struct
{
  PangoLayout *layout;
  double       x;       /* from the start edge of the text column */
  double       y;
  double       width;
  const char  *tag;     /* leaf structure tag around this part, or NULL */
  CgColour     colour;  /* of the text: ink unless set */
} CgPart;

struct _CgBlock
{
  GArray         *parts;          /* CgPart */
  double          height;
  double          space_before;   /* dropped at the top of a page */
  const char     *tag;            /* leaf structure tag around the whole block, or NULL */
  const char     *open[3];        /* grouping tags opened before the block, outermost first */
  guint           n_close;        /* grouping tags closed after it */
  CgBlock        *header;         /* what to repeat above it at the top of a page (a table's
                                   * header row, a theme's name), or NULL */
  GArray         *breaks;         /* offsets where it may break, or NULL: between text lines */
  CgDecorateFunc  decorate;
  gpointer        data;
  GDestroyNotify  data_free;
  char           *outline;        /* bookmark title, or NULL */
  guint           outline_level;  /* 1: a section, 2: a theme */
  guint           keep_with_next : 1;
  guint           split_freely : 1;  /* may break across pages even when it would fit on one */
  guint           break_before : 1;  /* starts a new page */
};

CgBlock *cg_block_new          (void);  /* (transfer full) */
void     cg_block_free         (CgBlock     *block);
/* Adds @layout (taken) at (@x, @y) in a box @width wide; the block grows to hold it.
 * Returns: (transfer none). */
CgPart  *cg_block_add_layout   (CgBlock     *block,
                                PangoLayout *layout,
                                double       x,
                                double       y,
                                double       width,
                                const char  *tag);
void     cg_block_open         (CgBlock     *block,
                                const char  *tag);
/* Offsets where the block may end a page, ascending, after 0 and up to its height.
 * Returns: (transfer full). */
GArray  *cg_block_dup_breaks   (CgBlock     *block);

/* Where a block, or a part of it, sits on a page. */
typedef struct
{
  CgBlock *block;
  double   y;         /* page y of the top of the fragment */
  double   top;       /* the fragment, as offsets into the block */
  double   bottom;
  guint    first : 1; /* the fragment holds the block's start (opens its groups) */
  guint    last : 1;  /* ... its end (closes them) */
  guint    repeat : 1;/* a table header repeated on a new page: drawn but not tagged */
} CgPlacement;

/* Draws the fragment on @cr in page coordinates. With @tags (a stack of open tag names), wraps
 * it in PDF structure tags; NULL draws plain. */
void      cg_block_draw (CgBlock           *block,
                         CgStyle           *style,
                         cairo_t           *cr,
                         const CgPlacement *placement,
                         GPtrArray         *tags);

/* ---- Filling pages (cg-summary-paginate.c) ---- */

/* Returns one GArray of CgPlacement per page; at least one page. Returns: (transfer full). */
GPtrArray *cg_paginate (CgStyle   *style,
                        GPtrArray *blocks);

/* ---- Building the content (cg-summary-content.c, -tables.c, -charts.c) ---- */

typedef struct
{
  CgStyle                *style;
  const CgSummaryOptions *options;
  CgWorkshop             *workshop;
  CgSummaryData          *data;
  GPtrArray              *blocks;   /* CgBlock, in reading order */
  GPtrArray              *extras;   /* CgBlock only repeated at the top of pages */
} CgBuilder;

/* A paragraph or heading block with @text in @font, added to the document.
 * Returns: (transfer none). */
CgBlock *cg_builder_add_text    (CgBuilder  *builder,
                                 CgFont      font,
                                 const char *text,
                                 const char *tag);
/* A heading (H1 starts a section on a new page; every heading keeps with what follows).
 * Returns: (transfer none). */
CgBlock *cg_builder_add_heading (CgBuilder  *builder,
                                 int         level,
                                 const char *text);
/* "12 March 2026" for "2026-03-12"; NULL for NULL. Returns: (transfer full) (nullable). */
char    *cg_format_date         (const char *iso_date);
/* Now, or SOURCE_DATE_EPOCH when it is set (for reproducible output). Returns: (transfer full). */
GDateTime *cg_summary_now       (void);
/* A list item (LI): the mark of @kind, @text, and @meta (may be NULL) in small type below.
 * Returns: (transfer none). */
CgBlock *cg_summary_add_marked_item (CgBuilder  *builder,
                                     CgIdeaKind  kind,
                                     const char *text,
                                     const char *meta);
/* Plain wording in the easy-read summary, standard wording otherwise. */
#define CG_PICK(builder, standard, easy) ((builder)->style->easy_read ? (easy) : (standard))

/* One phrase for each thing, wherever the summary names it (cg-summary-themes.c): a kind of
 * note ("Area for development", in easy read "Could be better"), the ideas in no theme, and
 * the mark of an idea that looks beyond the service. Returns: (transfer none). */
const char *cg_summary_kind_label     (CgBuilder  *builder,
                                       CgIdeaKind  kind);
const char *cg_summary_unsorted_name  (CgBuilder  *builder);  /* (transfer none) */
const char *cg_summary_beyond_words   (CgBuilder  *builder);  /* (transfer none) */
/* @part of @whole in words, for the easy-read summary (cg-summary-charts.c): "none",
 * "fewer than 1 in 10", "about 1 in 3" (up to 1 in 10), "about half", "about 2 in 3" (or 3 in
 * 4, 4 in 5, 9 in 10), "almost all", "all". Returns: (transfer full). */
char       *cg_summary_dup_share_words (guint part,
                                        guint whole);

void cg_build_cover       (CgBuilder *builder);
void cg_build_themes      (CgBuilder *builder);
void cg_build_voices      (CgBuilder *builder);
void cg_build_action_plan (CgBuilder *builder);

/* A table: column widths as fractions of the text column. */
typedef struct
{
  guint         n_columns;
  const double *fractions;
} CgTable;

/* A row of @cells (n_columns strings; NULL for an empty cell), added to the document. @shaded
 * marks cells drawn hatched as "nothing here" (may be NULL). @header is the table's header row,
 * or NULL for the header row itself (which starts the table). A row too tall for a page is set
 * as "heading: value" lines instead. Returns: (transfer none). */
CgBlock *cg_table_add_row (CgBuilder      *builder,
                           const CgTable  *table,
                           const char    **cells,
                           const gboolean *shaded,
                           CgBlock        *header);
/* Closes the table whose last row is @last_row. */
void     cg_table_end     (CgBuilder      *builder,
                           CgBlock        *last_row);
/* Label: value lines, labels in bold, as one paragraph. @pairs is label, value, ..., NULL.
 * Returns: (transfer none). */
CgBlock *cg_builder_add_record (CgBuilder   *builder,
                                const char **pairs,
                                const char  *tag);

/* ---- Characters no installed font can draw (cg-summary-fonts.c) ---- */

typedef struct _CgFontCheck CgFontCheck;

CgFontCheck *cg_font_check_new         (void);  /* (transfer full) */
void         cg_font_check_free        (CgFontCheck *check);
/* Notes the characters of @layout (laid out) that came out as boxes; TRUE if any did. */
gboolean     cg_font_check_add_layout  (CgFontCheck *check,
                                        PangoLayout *layout);
void         cg_font_check_add_block   (CgFontCheck *check,
                                        CgBlock     *block);
/* Whether @text holds a character found as a box so far. */
gboolean     cg_font_check_has_boxes   (CgFontCheck *check,
                                        const char  *text);
/* One translated sentence naming the scripts and, of @texts (the notes' words, in order), those
 * holding a character found as a box; NULL when none was found.
 * Returns: (transfer full) (nullable). */
char        *cg_font_check_dup_warning (CgFontCheck *check,
                                        GPtrArray   *texts);
/* "Han (Chinese)", "Arabic"...: the name of a common script, else its ISO 15924 code.
 * Returns: (transfer full). */
char        *cg_script_dup_name        (GUnicodeScript script);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgFontCheck, cg_font_check_free)

/* ---- For the exporter (cg-summary.c) ---- */

typedef struct
{
  const char *title;
  guint       level;
  guint       page;   /* 0-based */
  double      y;
} CgOutlineEntry;

/* Draws page @page in points with structure tags (see cg_block_draw). */
void     cg_summary_draw_page_tagged (CgSummary *self,
                                      cairo_t   *cr,
                                      guint      page,
                                      GPtrArray *tags);
/* The CgPlacements of page @page (borrowed): for tests of the page breaks.
 * Returns: (transfer none). */
GArray  *cg_summary_get_placements   (CgSummary *self,
                                      guint      page);
/* CgOutlineEntry, in document order. Returns: (transfer full). */
GArray  *cg_summary_dup_outline      (CgSummary *self);
/* A one-line description for the document's metadata. Returns: (transfer full). */
char    *cg_summary_dup_subject      (CgSummary *self);

G_END_DECLS
