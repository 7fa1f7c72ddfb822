/* cg-review-view.h: review mode: browse the ideas of a whole series and how each theme developed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/cg-model.h"

G_BEGIN_DECLS

#define CG_TYPE_REVIEW_VIEW (cg_review_view_get_type ())
G_DECLARE_FINAL_TYPE (CgReviewView, cg_review_view, CG, REVIEW_VIEW, GtkWidget)

/* A read-only view: nothing in it changes the workshop. Two pages: a table of the ideas that
 * match the filter row (words, event, theme, voice, kind, status), sortable by any column, and
 * "How themes developed", the figures of each theme at each event (see cg-development.h).
 * Returns: (transfer floating). */
GtkWidget *cg_review_view_new               (void);
void       cg_review_view_set_workshop      (CgReviewView *self,
                                             CgWorkshop   *workshop);
/* Private notes show their words only when this is TRUE ("show-private" property); otherwise
 * they read "Private note", and searching for words never finds them. */
void       cg_review_view_set_show_private  (CgReviewView *self,
                                             gboolean      show_private);
/* Focuses the search entry (typing anywhere in the view goes there too). */
void       cg_review_view_focus_search      (CgReviewView *self);
/* Ideas that match the filters ("n-shown" property, notified). */
guint      cg_review_view_get_n_shown       (CgReviewView *self);
/* The idea of the selected row ("selected-idea" property, notified), or NULL.
 * Returns: (transfer none) (nullable). */
CgIdea    *cg_review_view_get_selected_idea (CgReviewView *self);

G_END_DECLS
