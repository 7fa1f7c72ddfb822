/* cg-review-view-private.h: what the review view's files (view, filters, columns, themes) share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cg-choices.h"
#include "cg-review-view.h"
#include "cg-workshop-signals.h"
#include "model/cg-search.h"
#include "model/cg-series.h"

G_BEGIN_DECLS

struct _CgReviewView
{
  GtkWidget           parent_instance;

  CgWorkshop         *workshop;
  CgWorkshopSignals  *workshop_signals;     /* its history and lists */
  gboolean            show_private;
  guint               n_shown;
  guint               refresh_id;           /* debounced refresh after the workshop changed */
  gboolean            refresh_waits;        /* ... which waits until the view is shown */
  gboolean            development_dirty;    /* the themes page waits until it is shown */

  CgSearch           *search;
  gboolean            has_words;            /* the search entry holds more than blanks */
  gboolean            all_events;           /* no event chosen: a row per idea of the series */
  CgSeries           *series;               /* the series' ideas, as of the last refresh */
  GtkFilter          *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  GHashTable         *bound_cells;          /* the GtkListItems showing an idea now */
  PangoAttrList      *cell_attrs;           /* large text, for a projector */
  PangoAttrList      *hidden_attrs;         /* the same, in italics: "Private note" */

  /* the event, theme and voice lists: "All events" and the like, then the workshop's own */
  CgChoices          *event_choices;
  CgChoices          *theme_choices;
  CgChoices          *voice_choices;
  gboolean            updating_choices;

  GtkWidget          *filter_row;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *event_filter;
  GtkDropDown        *theme_filter;
  GtkDropDown        *voice_filter;
  GtkDropDown        *kind_filter;
  GtkDropDown        *status_filter;
  GtkLabel           *count_label;
  GtkWidget          *switcher;
  GtkStack           *stack;
  GtkColumnView      *column_view;
  GtkWidget          *development_box;
};

/* The votes a row shows for @idea: over every event, its lineage's (cg-series.h); at an event,
 * its own. */
guint       cg_review_view_votes_of         (CgReviewView *self,
                                             CgIdea       *idea);
/* The text a row shows for @idea: its own words, or "Private note" unless show-private. */
gboolean    cg_review_view_hides_text       (CgReviewView *self,
                                             CgIdea       *idea);
/* Returns: (transfer none). */
const char *cg_review_view_shown_text       (CgReviewView *self,
                                             CgIdea       *idea);

/* "12 of 40 ideas": the rows shown, of the ideas of the event chosen or of the series. */
void        cg_review_view_update_count     (CgReviewView *self);

/* cg-review-view-filters.c */
void        cg_review_view_setup_filters    (CgReviewView *self);
/* Lists the workshop's events, themes and voices again, keeping what each list had chosen. */
void        cg_review_view_update_choices   (CgReviewView *self);
/* Reads every control into the search and filters the ideas again. */
void        cg_review_view_apply_filters    (CgReviewView *self);

/* cg-review-view-columns.c */
void        cg_review_view_setup_columns    (CgReviewView *self);
/* Shows every bound row's figures again (after ideas, names or show-private changed). */
void        cg_review_view_update_cells     (CgReviewView *self);

/* cg-review-view-themes.c */
void        cg_review_view_update_development (CgReviewView *self);

G_END_DECLS
