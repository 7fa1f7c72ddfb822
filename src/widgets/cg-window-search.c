/* cg-window-search.c: the search bar: find words, filter by voice, kind, theme and privacy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-window-private.h"

/* The first entry of the voice and theme lists is "any"; the theme list's second is Unsorted. */
#define THEME_ANY 0
#define THEME_UNSORTED 1

static gboolean
search_matches_cb (gpointer item,
                   gpointer user_data)
{
  CgWindow *self = user_data;

  /* with the search bar closed, only the event switcher narrows the board */
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    return self->current_event == NULL || cg_idea_get_event (item) == self->current_event;
  return cg_search_matches (self->search, item);
}

void
cg_window_update_search_count (CgWindow *self)
{
  guint total, shown;
  g_autofree char *text = NULL;

  if (self->workshop == NULL)
    return;
  total = g_list_model_get_n_items (cg_workshop_get_ideas (self->workshop));
  shown = cg_board_get_n_shown (self->board);
  /* Translators: shown while searching: "12 of 40 ideas" */
  text = g_strdup_printf (ngettext ("%u of %u idea", "%u of %u ideas", total), shown, total);
  gtk_label_set_text (self->search_count, text);
}

static gpointer
selected_object (GtkDropDown *drop_down,
                 GListModel  *objects,
                 guint        n_fixed)
{
  guint position = gtk_drop_down_get_selected (drop_down);

  if (position == GTK_INVALID_LIST_POSITION || position < n_fixed)
    return NULL;
  return g_list_model_get_item (objects, position - n_fixed);
}

/* Reads every control into the search, then filters the board again. */
static void
search_changed_cb (CgWindow *self)
{
  guint kind = gtk_drop_down_get_selected (self->search_kind);
  guint theme = gtk_drop_down_get_selected (self->search_theme);
  guint private_ = gtk_drop_down_get_selected (self->search_private);
  g_autoptr(CgVoice) voice = NULL;
  g_autoptr(CgTheme) chosen = NULL;

  if (self->workshop == NULL)
    return;

  voice = selected_object (self->search_voice, cg_workshop_get_voices (self->workshop), 1);
  chosen = selected_object (self->search_theme, cg_workshop_get_themes (self->workshop), 2);
  cg_search_set_text (self->search, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  cg_search_set_voice (self->search, voice);
  cg_search_set_kind (self->search,
                      kind == 0 || kind == GTK_INVALID_LIST_POSITION ? -1 : (int) kind - 1);
  cg_search_set_theme (self->search, theme == THEME_ANY || theme == GTK_INVALID_LIST_POSITION,
                       theme == THEME_UNSORTED ? NULL : chosen);
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

  cg_board_set_filter (self->board, on || self->current_event != NULL ? self->filter : NULL);
  search_changed_cb (self);
}

/* A list of "any" choices followed by the name of each object in @objects. */
static GListModel *
names_model (const char * const *fixed,
             GListModel         *objects,
             const char         *property)
{
  GtkStringList *list = gtk_string_list_new (fixed);

  for (guint i = 0; objects != NULL && i < g_list_model_get_n_items (objects); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (objects, i);
      g_autofree char *name = NULL;

      g_object_get (object, property, &name, NULL);
      gtk_string_list_append (list, name != NULL ? name : "");
    }
  return G_LIST_MODEL (list);
}

static void
set_choices (GtkDropDown *drop_down,
             GListModel  *model)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  gtk_drop_down_set_model (drop_down, model);
  g_object_unref (model);
  if (selected == GTK_INVALID_LIST_POSITION || selected >= g_list_model_get_n_items (model))
    selected = 0;
  gtk_drop_down_set_selected (drop_down, selected);
}

void
cg_window_search_workshop_changed (CgWindow *self)
{
  const char *any_voice[] = { _("Any voice"), NULL };
  const char *any_theme[] = { _("Any theme"), _("Unsorted"), NULL };

  if (self->workshop == NULL)
    return;
  set_choices (self->search_voice,
               names_model (any_voice, cg_workshop_get_voices (self->workshop), "name"));
  set_choices (self->search_theme,
               names_model (any_theme, cg_workshop_get_themes (self->workshop), "name"));
  search_changed_cb (self);
}

void
cg_window_setup_search (CgWindow *self)
{
  const char *privacy[] = { _("All notes"), _("Only private notes"), _("No private notes"),
                            NULL };
  GtkStringList *kinds = gtk_string_list_new ((const char *[]) { _("Any kind"), NULL });

  for (int kind = 0; kind <= CG_IDEA_KIND_LAST; kind++)
    gtk_string_list_append (kinds, cg_idea_kind_get_label (kind));
  gtk_drop_down_set_model (self->search_kind, G_LIST_MODEL (kinds));
  g_object_unref (kinds);
  set_choices (self->search_private, G_LIST_MODEL (gtk_string_list_new (privacy)));

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
