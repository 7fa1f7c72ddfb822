/* cg-summary.h: the summary that goes back to everyone after an event: options, page layout,
 * and drawing one page onto any cairo context
 *
 * One layout serves every output (PDF, SVG, PNG, the preview and printing), so they cannot
 * disagree. Coordinates are in points (1/72 inch); draw at another size with a scale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

typedef enum
{
  CG_PAPER_A4,
  CG_PAPER_LETTER,
} CgPaper;

/* Paper from a locale name such as "en_US.UTF-8" (Letter in the US, Canada and the few other
 * countries that use it, A4 everywhere else, "C" included). */
CgPaper     cg_paper_for_locale  (const char *locale);
/* Paper of the user's LC_PAPER (LC_ALL, then LC_PAPER, then LANG, as setlocale reads them). */
CgPaper     cg_paper_get_default (void);
void        cg_paper_get_size    (CgPaper     paper,
                                  double     *width,
                                  double     *height);
/* "a4" or "letter" (any case); FALSE for anything else. */
gboolean    cg_paper_from_nick   (const char *nick,
                                  CgPaper    *paper);
const char *cg_paper_to_nick     (CgPaper     paper);  /* (transfer none) */

/* What goes into a summary. Set the event with cg_summary_options_set_event(): options from
 * _new() and _copy() hold a reference to it, which _free() drops. */
typedef struct
{
  CgPaper   paper;
  CgEvent  *event;            /* NULL: every event */
  gboolean  include_private;  /* private notes appear only when this is set */
  gboolean  greyscale;
  gboolean  easy_read;        /* large type, one idea per line, plain headings */
  gboolean  show_laptops;     /* each idea says which laptop captured it ("Table 2") */
} CgSummaryOptions;

#define CG_TYPE_SUMMARY_OPTIONS (cg_summary_options_get_type ())
GType             cg_summary_options_get_type  (void) G_GNUC_CONST;
/* Defaults: paper from the locale, every event, no private notes, colour, standard print.
 * Returns: (transfer full). */
CgSummaryOptions *cg_summary_options_new       (void);
/* Returns: (transfer full). */
CgSummaryOptions *cg_summary_options_copy      (const CgSummaryOptions *options);
void              cg_summary_options_free      (CgSummaryOptions       *options);
void              cg_summary_options_set_event (CgSummaryOptions       *options,
                                                CgEvent                *event);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgSummaryOptions, cg_summary_options_free)

#define CG_TYPE_SUMMARY (cg_summary_get_type ())
G_DECLARE_FINAL_TYPE (CgSummary, cg_summary, CG, SUMMARY, GObject)

/* Lays out the whole summary of @workshop now. The result is a snapshot: later changes to the
 * workshop need a new summary. Use it on the thread that made it (pango's font map is per
 * thread). Returns: (transfer full). */
CgSummary  *cg_summary_new           (CgWorkshop             *workshop,
                                      const CgSummaryOptions *options);
guint       cg_summary_get_n_pages   (CgSummary *self);
void        cg_summary_get_page_size (CgSummary *self,
                                      double    *width,
                                      double    *height);
/* One translated sentence naming the notes (and their scripts) that have characters no
 * installed font can draw, which every output of this summary shows as boxes; NULL when every
 * character has a font. Returns: (transfer none) (nullable). */
const char *cg_summary_get_font_warning (CgSummary *self);
/* The document title (the workshop's title, or a stand-in when it has none).
 * Returns: (transfer none). */
const char *cg_summary_get_title     (CgSummary *self);
/* Draws page @page (0-based) at (0, 0) of @cr, @scale device units per point. Draws no page
 * background: paint one first where the target is not already white. */
void        cg_summary_draw_page     (CgSummary *self,
                                      cairo_t   *cr,
                                      guint      page,
                                      double     scale);

G_END_DECLS
