/* cg-review-view-filters.c: the review view's filter row: words, event, theme, voice, kind, status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-review-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-review-view-private.h"

/* The theme list's second entry, after "All themes" */
#define THEME_UNSORTED 1

void
cg_review_view_update_choices (CgReviewView *self)
{
  CgWorkshop *workshop = self->workshop;

  self->updating_choices = TRUE;
  cg_choices_update (self->event_choices,
                     workshop != NULL ? cg_workshop_get_events (workshop) : NULL);
  cg_choices_update (self->theme_choices,
                     workshop != NULL ? cg_workshop_get_themes (workshop) : NULL);
  cg_choices_update (self->voice_choices,
                     workshop != NULL ? cg_workshop_get_voices (workshop) : NULL);
  self->updating_choices = FALSE;
}

/* The enum value chosen in a list of "any", then every value in order; -1 for "any". */
static int
chosen_value (GtkDropDown *drop_down)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  return selected == GTK_INVALID_LIST_POSITION || selected == 0 ? -1 : (int) selected - 1;
}

static gboolean
has_words (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

void
cg_review_view_apply_filters (CgReviewView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  CgEvent *event = cg_choices_get_object (self->event_choices);
  CgTheme *theme = cg_choices_get_object (self->theme_choices);
  gboolean was_empty = cg_search_is_empty (self->search) && !self->has_words;

  if (self->updating_choices)
    return;

  self->has_words = has_words (text);
  if (self->all_events != (event == NULL))
    {
      /* all events: a row per idea of the series, with its votes at every event (the filter
       * changes below, as the event did) */
      self->all_events = event == NULL;
      gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view),
                          GTK_SORTER_CHANGE_DIFFERENT);
      cg_review_view_update_cells (self);
    }
  cg_search_set_text (self->search, text);
  cg_search_set_event (self->search, event == NULL, event);
  cg_search_set_theme (self->search,
                       theme == NULL && cg_choices_get_fixed (self->theme_choices) != THEME_UNSORTED,
                       theme);
  cg_search_set_voice (self->search, cg_choices_get_object (self->voice_choices));
  cg_search_set_kind (self->search, chosen_value (self->kind_filter));
  cg_search_set_status (self->search, chosen_value (self->status_filter));

  /* with nothing to narrow it before or now, every idea is shown already */
  if (!was_empty || !cg_search_is_empty (self->search))
    gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  /* (the event chosen changes what the count is of, even when the rows stay the same) */
  cg_review_view_update_count (self);
}

/* Whether a row shows @idea. Words never find a private note whose words are hidden: that the
 * search found it would tell the room what it says. */
static gboolean
idea_matches_cb (gpointer item,
                 gpointer user_data)
{
  CgReviewView *self = user_data;

  if (self->has_words && cg_review_view_hides_text (self, item))
    return FALSE;
  /* an idea carried forward is one idea of the series: its latest copy is its row */
  if (self->all_events && self->series != NULL && !cg_series_is_latest (self->series, item))
    return FALSE;
  return cg_search_matches (self->search, item);
}

static void
set_value_list (GtkDropDown  *drop_down,
                const char   *any,
                const char *(*label) (int value),
                int           last)
{
  GtkStringList *names = gtk_string_list_new ((const char *[]) { any, NULL });

  for (int value = 0; value <= last; value++)
    gtk_string_list_append (names, label (value));
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (names));
  g_object_unref (names);
}

static const char *
kind_label (int kind)
{
  return cg_idea_kind_get_label (kind);
}

static const char *
status_label (int status)
{
  return cg_idea_status_get_label (status);
}

void
cg_review_view_setup_filters (CgReviewView *self)
{
  GtkDropDown *drop_downs[] = { self->event_filter, self->theme_filter, self->voice_filter,
                                self->kind_filter, self->status_filter };

  self->event_choices = cg_choices_new (self->event_filter,
                                       (const char *[]) { _("All events"), NULL }, NULL);
  self->theme_choices = cg_choices_new (self->theme_filter,
                                       (const char *[]) { _("All themes"), _("Unsorted"), NULL },
                                       NULL);
  self->voice_choices = cg_choices_new (self->voice_filter,
                                       (const char *[]) { _("All voices"), NULL }, NULL);
  set_value_list (self->kind_filter, _("All kinds"), kind_label, CG_IDEA_KIND_LAST);
  set_value_list (self->status_filter, _("Any status"), status_label, CG_IDEA_STATUS_CLOSED);
  cg_review_view_update_choices (self);

  self->filter = GTK_FILTER (gtk_custom_filter_new (idea_matches_cb, self, NULL));
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (self->filter));

  /* typing anywhere in the view searches */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (cg_review_view_apply_filters), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (drop_downs); i++)
    g_signal_connect_object (drop_downs[i], "notify::selected",
                             G_CALLBACK (cg_review_view_apply_filters), self, G_CONNECT_SWAPPED);
}
