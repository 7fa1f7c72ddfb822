/* cg-review-view-filters.c: the review view's filter row: words, event, theme, voice, kind, status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-review-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-review-view-private.h"

/* Entries before the workshop's own: "All events"; "All themes", "Unsorted"; "All voices". */
#define N_FIXED_EVENTS 1
#define N_FIXED_THEMES 2
#define N_FIXED_VOICES 1
#define THEME_UNSORTED 1

static const char *
object_label (GObject *object)
{
  const char *label = NULL;

  if (CG_IS_EVENT (object))
    label = cg_event_get_title (CG_EVENT (object));
  else if (CG_IS_THEME (object))
    label = cg_theme_get_name (CG_THEME (object));
  else if (CG_IS_VOICE (object))
    label = cg_voice_get_name (CG_VOICE (object));

  if (label == NULL || *label == '\0')
    return CG_IS_EVENT (object) ? _("Untitled event") : _("Unnamed");
  return label;
}

/* TRUE when @drop_down already lists @fixed then the labels of @objects. */
static gboolean
lists_same (GtkDropDown        *drop_down,
            const char * const *fixed,
            GListModel         *objects)
{
  GListModel *model = gtk_drop_down_get_model (drop_down);
  guint n_fixed = g_strv_length ((char **) fixed);
  guint n_objects = g_list_model_get_n_items (objects);

  if (model == NULL || g_list_model_get_n_items (model) != n_fixed + n_objects)
    return FALSE;
  for (guint i = 0; i < n_fixed + n_objects; i++)
    {
      const char *shown = gtk_string_list_get_string (GTK_STRING_LIST (model), i);
      g_autoptr(GObject) object = i >= n_fixed ? g_list_model_get_item (objects, i - n_fixed)
                                               : NULL;
      const char *wanted = object != NULL ? object_label (object) : fixed[i];

      if (g_strcmp0 (shown, wanted) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Lists @fixed then every object of @objects in @drop_down, keeping the chosen object chosen
 * (or the chosen fixed entry; the first one when the chosen object has gone). @listed holds what
 * the list shows after its fixed entries. */
static void
update_list (GtkDropDown        *drop_down,
             GPtrArray          *listed,
             const char * const *fixed,
             GListModel         *objects)
{
  guint n_fixed = g_strv_length ((char **) fixed);
  guint selected = gtk_drop_down_get_selected (drop_down);
  g_autoptr(GObject) chosen = NULL;
  GtkStringList *names;
  guint position;

  if (selected != GTK_INVALID_LIST_POSITION && selected >= n_fixed &&
      selected - n_fixed < listed->len)
    chosen = g_object_ref (g_ptr_array_index (listed, selected - n_fixed));
  else if (selected == GTK_INVALID_LIST_POSITION || selected >= n_fixed)
    selected = 0;

  g_ptr_array_set_size (listed, 0);
  names = gtk_string_list_new (fixed);
  for (guint i = 0, n = objects != NULL ? g_list_model_get_n_items (objects) : 0; i < n; i++)
    {
      GObject *object = g_list_model_get_item (objects, i);

      g_ptr_array_add (listed, object);
      gtk_string_list_append (names, object_label (object));
    }

  /* the same words in the same places: leave the list alone (an open popup stays open) */
  if (objects != NULL && lists_same (drop_down, fixed, objects))
    {
      g_object_unref (names);
      return;
    }
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (names));
  g_object_unref (names);
  if (chosen != NULL)
    selected = g_ptr_array_find (listed, chosen, &position) ? position + n_fixed : 0;
  gtk_drop_down_set_selected (drop_down, selected);
}

void
cg_review_view_update_choices (CgReviewView *self)
{
  const char *all_events[] = { _("All events"), NULL };
  const char *all_themes[] = { _("All themes"), _("Unsorted"), NULL };
  const char *all_voices[] = { _("All voices"), NULL };
  CgWorkshop *workshop = self->workshop;

  self->updating_choices = TRUE;
  update_list (self->event_filter, self->event_choices, all_events,
               workshop != NULL ? cg_workshop_get_events (workshop) : NULL);
  update_list (self->theme_filter, self->theme_choices, all_themes,
               workshop != NULL ? cg_workshop_get_themes (workshop) : NULL);
  update_list (self->voice_filter, self->voice_choices, all_voices,
               workshop != NULL ? cg_workshop_get_voices (workshop) : NULL);
  self->updating_choices = FALSE;
}

/* The object chosen in @drop_down, or NULL for one of its fixed entries. */
static gpointer
chosen_object (GtkDropDown *drop_down,
               GPtrArray   *listed,
               guint        n_fixed)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (selected == GTK_INVALID_LIST_POSITION || selected < n_fixed ||
      selected - n_fixed >= listed->len)
    return NULL;
  return g_ptr_array_index (listed, selected - n_fixed);
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
  CgEvent *event = chosen_object (self->event_filter, self->event_choices, N_FIXED_EVENTS);
  CgTheme *theme = chosen_object (self->theme_filter, self->theme_choices, N_FIXED_THEMES);
  guint theme_position = gtk_drop_down_get_selected (self->theme_filter);
  gboolean was_empty = cg_search_is_empty (self->search) && !self->has_words;

  if (self->updating_choices)
    return;

  self->has_words = has_words (text);
  cg_search_set_text (self->search, text);
  cg_search_set_event (self->search, event == NULL, event);
  cg_search_set_theme (self->search, theme == NULL && theme_position != THEME_UNSORTED, theme);
  cg_search_set_voice (self->search,
                       chosen_object (self->voice_filter, self->voice_choices, N_FIXED_VOICES));
  cg_search_set_kind (self->search, chosen_value (self->kind_filter));
  cg_search_set_status (self->search, chosen_value (self->status_filter));

  /* with nothing to narrow it before or now, every idea is shown already */
  if (!was_empty || !cg_search_is_empty (self->search))
    gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
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
