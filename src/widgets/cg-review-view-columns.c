/* cg-review-view-columns.c: the review view's table of ideas: its columns, cells and sort orders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-review-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-review-view-private.h"
#include "model/cg-carry.h"

typedef enum
{
  COLUMN_IDEA,
  COLUMN_THEME,
  COLUMN_VOICE,
  COLUMN_KIND,
  COLUMN_STATUS,
  COLUMN_VOTES,
  COLUMN_EVENT,
  COLUMN_HISTORY,
  N_COLUMNS
} Column;

/* Where @object stands in its collection, for sorting; after everything when it is NULL. */
static int
position_of (CgReviewView *self,
             gpointer      object)
{
  int position = object != NULL && self->workshop != NULL
                   ? cg_workshop_index_of (self->workshop, object) : -1;

  return position >= 0 ? position : G_MAXINT;
}

static const char *
theme_name (CgIdea *idea)
{
  CgTheme *theme = cg_idea_get_theme (idea);

  return theme != NULL ? cg_theme_get_name (theme) : _("Unsorted");
}

static const char *
voice_name (CgIdea *idea)
{
  CgVoice *voice = cg_idea_get_voice (idea);

  return voice != NULL ? cg_voice_get_name (voice) : _("No voice");
}

static const char *
event_title (CgIdea *idea)
{
  CgEvent *event = cg_idea_get_event (idea);

  if (event == NULL)
    return _("No event");
  return cg_event_get_display_title (event);
}

static char *
describe_history (CgReviewView *self,
                  CgIdea       *idea)
{
  g_autofree char *history = NULL;
  const char *laptop = cg_idea_get_laptop (idea);

  if (self->workshop == NULL)
    return g_strdup ("");
  history = cg_idea_describe_history (self->workshop, idea);
  if (laptop == NULL)
    return g_steal_pointer (&history);
  /* Translators: the review's History column, with the laptop that captured the idea (the name
   * given on the Share page): "Raised at March workshop, 5 votes · from Table 2" */
  return g_strdup_printf (_("%s · from %s"), history, laptop);
}

/* Sort keys (the cells' text sorts as text; the rest by number) */

static char *
idea_key (CgIdea       *idea,
          CgReviewView *self)
{
  return g_strdup (cg_review_view_shown_text (self, idea));
}

static char *
voice_key (CgIdea       *idea,
           CgReviewView *self)
{
  return g_strdup (voice_name (idea));
}

static char *
history_key (CgIdea       *idea,
             CgReviewView *self)
{
  return describe_history (self, idea);
}

static int
theme_key (CgIdea       *idea,
           CgReviewView *self)
{
  return position_of (self, cg_idea_get_theme (idea));
}

static int
event_key (CgIdea       *idea,
           CgReviewView *self)
{
  return position_of (self, cg_idea_get_event (idea));
}

static int
kind_key (CgIdea       *idea,
          CgReviewView *self)
{
  return cg_idea_get_kind (idea);
}

static int
status_key (CgIdea       *idea,
            CgReviewView *self)
{
  return cg_idea_get_status (idea);
}

static guint
votes_key (CgIdea       *idea,
           CgReviewView *self)
{
  return cg_review_view_votes_of (self, idea);
}

static GtkSorter *
sorter_new (CgReviewView *self,
            GType         key_type,
            GCallback     key)
{
  GtkExpression *expression = gtk_cclosure_expression_new (key_type, NULL, 0, NULL, key, self,
                                                           NULL);

  if (key_type == G_TYPE_STRING)
    return GTK_SORTER (gtk_string_sorter_new (expression));
  return GTK_SORTER (gtk_numeric_sorter_new (expression));
}

/* Cells */

static void
set_cell_text (GtkLabel   *label,
               const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
}

/* The tooltip holds the cell's whole text, for when the cell has to cut it short. It is asked
 * for only when shown: setting one on every cell as rows scroll by costs a trip to the display
 * server each. */
static gboolean
cell_tooltip_cb (GtkWidget  *label,
                 int         x,
                 int         y,
                 gboolean    keyboard,
                 GtkTooltip *tooltip)
{
  const char *text = gtk_label_get_text (GTK_LABEL (label));

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
update_idea_cell (CgReviewView *self,
                  GtkLabel     *label,
                  CgIdea       *idea)
{
  gboolean hidden = cg_review_view_hides_text (self, idea);

  set_cell_text (label, cg_review_view_shown_text (self, idea));
  gtk_label_set_attributes (label, hidden ? self->hidden_attrs : self->cell_attrs);
}

/* "● Access": the theme's colour as a dot, then its name (never on a line of its own). */
static void
update_theme_cell (GtkLabel *label,
                   CgIdea   *idea)
{
  CgTheme *theme = cg_idea_get_theme (idea);
  const char *colour = theme != NULL ? cg_theme_get_colour (theme) : NULL;
  g_autofree char *markup = NULL;
  GdkRGBA rgba;

  if (colour != NULL && gdk_rgba_parse (&rgba, colour))
    markup = g_markup_printf_escaped ("<span foreground=\"%s\">●</span>\u00a0%s", colour,
                                      theme_name (idea));
  else
    markup = g_markup_escape_text (theme_name (idea), -1);
  if (g_strcmp0 (gtk_label_get_label (label), markup) != 0)
    gtk_label_set_markup (label, markup);
}

static void
update_cell (CgReviewView *self,
             GtkListItem  *list_item)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (list_item), "cg-column"));
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));
  CgIdea *idea = gtk_list_item_get_item (list_item);
  g_autofree char *text = NULL;

  if (idea == NULL)
    return;

  switch (column)
    {
    case COLUMN_IDEA:
      update_idea_cell (self, label, idea);
      return;
    case COLUMN_THEME:
      update_theme_cell (label, idea);
      return;
    case COLUMN_VOICE:
      set_cell_text (label, voice_name (idea));
      return;
    case COLUMN_KIND:
      set_cell_text (label, cg_idea_kind_get_label (cg_idea_get_kind (idea)));
      return;
    case COLUMN_STATUS:
      set_cell_text (label, cg_idea_status_get_label (cg_idea_get_status (idea)));
      return;
    case COLUMN_VOTES:
      text = g_strdup_printf ("%u", cg_review_view_votes_of (self, idea));
      break;
    case COLUMN_EVENT:
      set_cell_text (label, event_title (idea));
      return;
    case COLUMN_HISTORY:
      text = describe_history (self, idea);
      break;
    case N_COLUMNS:
    default:
      g_return_if_reached ();
    }
  set_cell_text (label, text);
}

void
cg_review_view_update_cells (CgReviewView *self)
{
  GHashTableIter iter;
  gpointer list_item;

  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    update_cell (self, list_item);
}

/* How wide a column's text may grow, in characters, and how many lines it may take: the idea's
 * words get the room the others leave (and the window's zoom widens them all alike). */
static const struct
{
  int   width_chars;
  int   max_width_chars;
  int   lines;
} column_sizes[N_COLUMNS] = {
  [COLUMN_IDEA] = { 20, 60, 3 },
  [COLUMN_THEME] = { 8, 14, 2 },
  [COLUMN_VOICE] = { 8, 12, 2 },
  [COLUMN_KIND] = { 8, 12, 2 },
  [COLUMN_STATUS] = { 8, 12, 2 },
  [COLUMN_VOTES] = { 3, 4, 1 },
  [COLUMN_EVENT] = { 8, 14, 2 },
  [COLUMN_HISTORY] = { 10, 16, 3 },
};

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               CgReviewView             *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "cg-column"));
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  g_object_set_data (G_OBJECT (list_item), "cg-column", GINT_TO_POINTER (column));
  gtk_label_set_attributes (label, self->cell_attrs);
  gtk_label_set_xalign (label, column == COLUMN_VOTES ? 1 : 0);
  gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (label, column_sizes[column].width_chars);
  gtk_label_set_max_width_chars (label, column_sizes[column].max_width_chars);
  if (column_sizes[column].lines > 1)
    {
      gtk_label_set_wrap (label, TRUE);
      gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (label, column_sizes[column].lines);
    }
  if (column == COLUMN_VOTES)
    gtk_widget_add_css_class (GTK_WIDGET (label), "numeric");
  if (column == COLUMN_HISTORY)
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  gtk_widget_set_name (GTK_WIDGET (label),
                       column == COLUMN_IDEA ? "review-idea-text" : "review-cell");
  gtk_widget_set_has_tooltip (GTK_WIDGET (label), TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (cell_tooltip_cb), NULL);
  gtk_widget_set_margin_top (GTK_WIDGET (label), 4);
  gtk_widget_set_margin_bottom (GTK_WIDGET (label), 4);
  gtk_list_item_set_child (list_item, GTK_WIDGET (label));
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              CgReviewView             *self)
{
  g_hash_table_add (self->bound_cells, list_item);
  update_cell (self, list_item);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                CgReviewView             *self)
{
  g_hash_table_remove (self->bound_cells, list_item);
}

static void
teardown_cell_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  CgReviewView             *self)
{
  g_hash_table_remove (self->bound_cells, list_item);
}

static void
add_column (CgReviewView *self,
            Column        column,
            const char   *title,
            GtkSorter    *sorter)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "cg-column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (teardown_cell_cb), self);

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, column == COLUMN_IDEA);
  g_object_unref (sorter);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

static const char * const column_titles[N_COLUMNS] = {
  [COLUMN_IDEA] = N_("Idea"),
  [COLUMN_THEME] = N_("Theme"),
  [COLUMN_VOICE] = N_("Voice"),
  [COLUMN_KIND] = N_("Kind"),
  [COLUMN_STATUS] = N_("Status"),
  [COLUMN_VOTES] = N_("Votes"),
  [COLUMN_EVENT] = N_("Event"),
  [COLUMN_HISTORY] = N_("History"),
};

/* What each column sorts by: the shown text for words, positions and counts as numbers (the
 * event by its place in the series, not its title). */
static const struct
{
  GType     type;
  GCallback key;
} column_keys[N_COLUMNS] = {
  [COLUMN_IDEA] = { G_TYPE_STRING, G_CALLBACK (idea_key) },
  [COLUMN_THEME] = { G_TYPE_INT, G_CALLBACK (theme_key) },
  [COLUMN_VOICE] = { G_TYPE_STRING, G_CALLBACK (voice_key) },
  [COLUMN_KIND] = { G_TYPE_INT, G_CALLBACK (kind_key) },
  [COLUMN_STATUS] = { G_TYPE_INT, G_CALLBACK (status_key) },
  [COLUMN_VOTES] = { G_TYPE_UINT, G_CALLBACK (votes_key) },
  [COLUMN_EVENT] = { G_TYPE_INT, G_CALLBACK (event_key) },
  [COLUMN_HISTORY] = { G_TYPE_STRING, G_CALLBACK (history_key) },
};

void
cg_review_view_setup_columns (CgReviewView *self)
{
  GtkSorter *sorter;
  GListModel *columns;
  g_autoptr(GtkColumnViewColumn) votes_column = NULL;

  for (guint i = 0; i < N_COLUMNS; i++)
    add_column (self, i, _(column_titles[i]), sorter_new (self, column_keys[i].type,
                                                         column_keys[i].key));

  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)),
                                          g_object_ref (sorter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  /* most votes first (among equals, the workshop's order: the sort keeps it) */
  columns = gtk_column_view_get_columns (self->column_view);
  votes_column = g_list_model_get_item (columns, COLUMN_VOTES);
  gtk_column_view_sort_by_column (self->column_view, votes_column, GTK_SORT_DESCENDING);
}
