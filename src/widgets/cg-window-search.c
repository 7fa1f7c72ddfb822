/* cg-window-search.c: the search bar: find words, filter by voice, kind, theme and privacy;
 * and what the event switcher lets through (all events: an idea and its carried copies once)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-window-private.h"
#include "model/cg-series.h"

/* The theme list's second entry, after "Any theme" */
#define THEME_UNSORTED 1

/* The series' ideas of the window's workshop (cg-series.h), kept with the window and worked
 * out again after each change to the workshop. */
static GQuark
series_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("cg-window-series");
  return quark;
}

static CgSeries *
get_series (CgWindow *self)
{
  return g_object_get_qdata (G_OBJECT (self), series_quark ());
}

static gboolean
search_matches_cb (gpointer item,
                   gpointer user_data)
{
  CgWindow *self = user_data;
  CgSeries *series = get_series (self);

  /* all events: an idea carried forward shows once, as its latest copy */
  if (self->current_event == NULL && series != NULL && !cg_series_is_latest (series, item))
    return FALSE;
  /* with the search bar closed, only the event switcher narrows the board */
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    return self->current_event == NULL || cg_idea_get_event (item) == self->current_event;
  return cg_search_matches (self->search, item);
}

/* What the board holds with nothing searched for: the ideas of the event shown, or, with all
 * events shown, the ideas of the series (an idea and its carried copies once). */
static guint
count_in_view (CgWindow *self)
{
  GListModel *ideas = cg_workshop_get_ideas (self->workshop);
  CgSeries *series = get_series (self);
  guint n = 0;

  if (self->current_event == NULL)
    return series != NULL ? cg_series_get_n_lineages (series) : g_list_model_get_n_items (ideas);
  for (guint i = 0, n_items = g_list_model_get_n_items (ideas); i < n_items; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      n += cg_idea_get_event (idea) == self->current_event;
    }
  return n;
}

void
cg_window_update_search_count (CgWindow *self)
{
  guint total, shown;
  g_autofree char *text = NULL;

  if (self->workshop == NULL)
    return;
  total = count_in_view (self);
  shown = cg_board_get_n_shown (self->board);
  /* Translators: shown while searching: "12 of 40 ideas" */
  text = g_strdup_printf (ngettext ("%u of %u idea", "%u of %u ideas", total), shown, total);
  gtk_label_set_text (self->search_count, text);
}

/* Reads every control into the search, then filters the board again. */
static void
search_changed_cb (CgWindow *self)
{
  guint kind = gtk_drop_down_get_selected (self->search_kind);
  guint private_ = gtk_drop_down_get_selected (self->search_private);
  CgTheme *chosen = cg_choices_get_object (self->theme_choices);

  if (self->workshop == NULL)
    return;

  cg_search_set_text (self->search, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  cg_search_set_voice (self->search, cg_choices_get_object (self->voice_choices));
  cg_search_set_kind (self->search,
                      kind == 0 || kind == GTK_INVALID_LIST_POSITION ? -1 : (int) kind - 1);
  cg_search_set_theme (self->search,
                       chosen == NULL && cg_choices_get_fixed (self->theme_choices) != THEME_UNSORTED,
                       chosen);
  cg_search_set_private (self->search, private_ == GTK_INVALID_LIST_POSITION ? 0 : private_);
  cg_search_set_event (self->search, self->current_event == NULL, self->current_event);

  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  /* cards picked may be out of sight now: nothing hidden is combined or acted on */
  cg_board_clear_marks (self->board);
  cg_window_update_search_count (self);
}

void
cg_window_refilter (CgWindow *self)
{
  gboolean on = gtk_search_bar_get_search_mode (self->search_bar);
  CgSeries *series = get_series (self);
  gboolean copies = series != NULL && cg_series_has_copies (series);

  cg_board_set_filter (self->board,
                       on || self->current_event != NULL || copies ? self->filter : NULL);
  search_changed_cb (self);
}

/* After every change to the workshop (and undo and redo): which ideas of the series stand for
 * their lineages, and how many there are. */
static void
series_history_changed_cb (CgWindow *self)
{
  CgSeries *series = get_series (self);

  if (series == NULL || cg_series_get_workshop (series) != self->workshop)
    return;
  if (cg_series_update (series))
    {
      cg_window_refilter (self);
      cg_window_room_series_changed (self, series);
    }
  else
    cg_window_update_search_count (self);
}

/* A series for the workshop shown, following its history (the room reads it too). */
static void
follow_series (CgWindow *self)
{
  CgSeries *series = get_series (self);
  CgHistory *history = cg_workshop_get_history (self->workshop);

  if (series == NULL || cg_series_get_workshop (series) != self->workshop)
    {
      series = cg_series_new (self->workshop);
      g_object_set_qdata_full (G_OBJECT (self), series_quark (), series,
                               (GDestroyNotify) cg_series_free);
      cg_window_room_series_changed (self, series);
    }
  /* (connected once: the window lets go of the history's handlers with the workshop) */
  g_signal_handlers_disconnect_by_func (history, series_history_changed_cb, self);
  g_signal_connect_object (history, "changed", G_CALLBACK (series_history_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

void
cg_window_search_workshop_changed (CgWindow *self)
{
  if (self->workshop == NULL)
    return;
  follow_series (self);
  cg_choices_update (self->voice_choices, cg_workshop_get_voices (self->workshop));
  cg_choices_update (self->theme_choices, cg_workshop_get_themes (self->workshop));
  search_changed_cb (self);
}

void
cg_window_setup_search (CgWindow *self)
{
  const char *privacy[] = { _("All notes"), _("Only private notes"), _("No private notes"),
                            NULL };
  GtkStringList *kinds = gtk_string_list_new ((const char *[]) { _("Any kind"), NULL });
  g_autoptr(GtkStringList) privacy_choices = NULL;

  for (int kind = 0; kind <= CG_IDEA_KIND_LAST; kind++)
    gtk_string_list_append (kinds, cg_idea_kind_get_label (kind));
  gtk_drop_down_set_model (self->search_kind, G_LIST_MODEL (kinds));
  g_object_unref (kinds);
  privacy_choices = gtk_string_list_new (privacy);
  gtk_drop_down_set_model (self->search_private, G_LIST_MODEL (privacy_choices));

  self->voice_choices = cg_choices_new (self->search_voice,
                                       (const char *[]) { _("Any voice"), NULL }, NULL);
  self->theme_choices = cg_choices_new (self->search_theme,
                                       (const char *[]) { _("Any theme"), _("Unsorted"), NULL },
                                       NULL);
  self->search = cg_search_new ();
  self->filter = GTK_FILTER (gtk_custom_filter_new (search_matches_cb, self, NULL));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_voice, "notify::selected", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_kind, "notify::selected", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_theme, "notify::selected", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_private, "notify::selected",
                           G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (cg_window_refilter), self, G_CONNECT_SWAPPED);
}
