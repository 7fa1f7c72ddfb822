/* cg-board.c: the live board: a column per theme (Unsorted first) of idea cards
 *
 * The board observes the workshop: a column per theme in the workshop's order, each a
 * virtualised list (cg-board-list.c) over a GtkFilterListModel of the ideas (see
 * cg-board-ideas.c for how a card that changes theme is re-filtered without re-checking 20,000
 * others). One idea is selected across the whole board; its card has the keyboard focus while
 * the board does. Actions and keys live in cg-board-actions.c, the in-place editor in
 * cg-board-editor.c, drag and drop in cg-board-dnd.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-board"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-board-private.h"
#include "cg-idea-card.h"
#include "cg-resources.h"

G_DEFINE_FINAL_TYPE (CgBoard, cg_board, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSHOP,
  PROP_SELECTED_IDEA,
  PROP_SHOW_PRIVATE,
  PROP_EDITABLE,
  PROP_N_SHOWN,
  PROP_N_MARKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CARD_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The board's style sheet, once per display. */
static void
ensure_style (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), "cg-board-style") != NULL)
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/org/commonground/CommonGround/cg-board.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "cg-board-style", g_steal_pointer (&provider),
                          g_object_unref);
}

/* Columns */

guint
cg_board_get_n_columns (CgBoard *self)
{
  return self->columns->len;
}

CgBoardColumn *
cg_board_get_column (CgBoard *self,
                     guint    index)
{
  g_return_val_if_fail (index < self->columns->len, NULL);
  return g_ptr_array_index (self->columns, index);
}

CgBoardColumn *
cg_board_find_column (CgBoard *self,
                      CgTheme *theme,
                      guint   *index)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      CgBoardColumn *column = g_ptr_array_index (self->columns, i);

      if (cg_board_column_get_theme (column) == theme)
        {
          if (index != NULL)
            *index = i;
          return column;
        }
    }
  return NULL;
}

int
cg_board_get_column_width (CgBoard *self)
{
  int width;

  g_return_val_if_fail (CG_IS_BOARD (self), 0);

  if (self->columns->len == 0)
    return 0;
  gtk_widget_measure (g_ptr_array_index (self->columns, 0), GTK_ORIENTATION_HORIZONTAL, -1,
                      NULL, &width, NULL, NULL);
  return width + gtk_box_get_spacing (GTK_BOX (self->column_box));
}

static CgBoardList *
list_of (CgBoard *self,
         guint    index)
{
  return cg_board_column_get_list (g_ptr_array_index (self->columns, index));
}

static void
update_n_shown (CgBoard *self)
{
  guint n = 0;

  for (guint i = 0; i < self->columns->len; i++)
    n += g_list_model_get_n_items (cg_board_column_get_ideas (cg_board_get_column (self, i)));
  if (n == self->n_shown)
    return;
  self->n_shown = n;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
}

static CgBoardColumn *
create_column (CgBoard *self,
               CgTheme *theme)
{
  CgBoardColumn *column = cg_board_column_new (self, theme, G_LIST_MODEL (self->ideas));

  cg_board_column_set_filter (column, self->filter);
  cg_board_column_set_editable (column, self->editable);
  cg_board_dnd_setup_column (self, column);
  g_signal_connect_object (cg_board_column_get_ideas (column), "items-changed",
                           G_CALLBACK (update_n_shown), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->column_box), GTK_WIDGET (column));
  return column;
}

/* Puts the column widgets in the order of self->columns, the Add theme button last. */
static void
order_columns (CgBoard *self)
{
  GtkWidget *previous = NULL;

  for (guint i = 0; i < self->columns->len; i++)
    {
      GtkWidget *column = g_ptr_array_index (self->columns, i);

      if (gtk_widget_get_prev_sibling (column) != previous)
        gtk_box_reorder_child_after (GTK_BOX (self->column_box), column, previous);
      previous = column;
    }
  gtk_box_reorder_child_after (GTK_BOX (self->column_box), self->add_button, previous);
}

static void sync_selections (CgBoard *self);
static void follow_selected (CgBoard *self);

/* Themes were added, removed or moved: columns follow, and a moved theme keeps its column (and
 * the cards and scroll position in it). */
static void
themes_changed_cb (GListModel *themes,
                   guint       position,
                   guint       removed,
                   guint       added,
                   CgBoard    *self)
{
  g_autoptr(GHashTable) leaving = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer column;

  for (guint i = 0; i < removed; i++)
    {
      column = g_ptr_array_index (self->columns, position + 1 + i);
      g_hash_table_insert (leaving, cg_board_column_get_theme (column), column);
    }
  g_ptr_array_remove_range (self->columns, position + 1, removed);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(CgTheme) theme = g_list_model_get_item (themes, position + i);

      if (!g_hash_table_steal_extended (leaving, theme, NULL, &column))
        column = create_column (self, theme);
      g_ptr_array_insert (self->columns, position + 1 + i, column);
    }

  g_hash_table_iter_init (&iter, leaving);
  while (g_hash_table_iter_next (&iter, NULL, &column))
    gtk_box_remove (GTK_BOX (self->column_box), column);

  order_columns (self);
  update_n_shown (self);
  sync_selections (self);
}

/* Cards */

void
cg_board_bind_card (CgBoard    *self,
                    CgIdeaCard *card,
                    CgIdea     *idea)
{
  cg_idea_card_set_show_private (card, self->show_private);
  cg_idea_card_set_idea (card, idea);
  cg_board_marks_bind_card (self, card, idea);
  g_hash_table_insert (self->cards, idea, card);
}

void
cg_board_unbind_card (CgBoard    *self,
                      CgIdeaCard *card)
{
  CgIdea *idea = cg_idea_card_get_idea (card);

  if (idea != NULL && g_hash_table_lookup (self->cards, idea) == card)
    g_hash_table_remove (self->cards, idea);
  cg_idea_card_set_idea (card, NULL);
}

GtkWidget *
cg_board_get_card (CgBoard *self,
                   CgIdea  *idea)
{
  return g_hash_table_lookup (self->cards, idea);
}

/* Selection and focus */

gboolean
cg_board_has_focus_within (CgBoard *self)
{
  return (gtk_widget_get_state_flags (GTK_WIDGET (self)) & GTK_STATE_FLAG_FOCUS_WITHIN) != 0;
}

gboolean
cg_board_is_in_sight (CgBoard   *self,
                      GtkWidget *widget)
{
  graphene_rect_t bounds;

  if (self->scroller == NULL || !gtk_widget_compute_bounds (widget, self->scroller, &bounds))
    return TRUE;
  return bounds.origin.x < gtk_widget_get_width (self->scroller) &&
         bounds.origin.x + bounds.size.width > 0;
}

static gboolean
allocate_lists_cb (gpointer user_data)
{
  CgBoard *self = user_data;

  self->scroll_idle = 0;
  /* a resize, not an allocation: making cards, a list asks for one (see cg-board-list.c) */
  for (guint i = 0; i < self->columns->len; i++)
    gtk_widget_queue_resize (GTK_WIDGET (list_of (self, i)));
  return G_SOURCE_REMOVE;
}

/* The board scrolled sideways: columns coming into sight make their cards. The scrolled window
 * can report this while it is being allocated, when asking for another allocation is too late
 * for this frame, so the lists are asked once the frame is done. */
static void
board_scrolled_cb (CgBoard *self)
{
  GtkAdjustment *adjustment =
    gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scroller));

  self->from_end = gtk_adjustment_get_upper (adjustment) -
                   gtk_adjustment_get_page_size (adjustment) -
                   gtk_adjustment_get_value (adjustment);
  if (self->scroll_idle == 0)
    self->scroll_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, allocate_lists_cb, self, NULL);
}

/* Right to left, the board starts at its right-hand end, but the adjustment counts from the left:
 * as the columns' width changes (the first allocation, a new column, a wider window), the view
 * keeps its distance from the right-hand end, so the board opens at its start and stays put. */
static void
board_resized_cb (CgBoard *self)
{
  GtkAdjustment *adjustment =
    gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  double end = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    gtk_adjustment_set_value (adjustment, MAX (end - self->from_end, 0));
}

/* Scrolls the board sideways as little as brings the whole of @column into view (its start,
 * when it is wider than the view), and has every list lay out again in this frame, so the
 * column arrives with its cards made. The viewport's own scrolling to the focused card cannot
 * do this: a card just made has no place yet (the viewport then scrolls to where the card is
 * not: this stops it), and a card that already had the focus is not scrolled to again. */
static void
scroll_to_column (CgBoard       *self,
                  CgBoardColumn *column)
{
  GtkAdjustment *adjustment =
    gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  double value = gtk_adjustment_get_value (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);
  int margin = gtk_box_get_spacing (GTK_BOX (self->column_box));
  graphene_rect_t bounds;
  double start, end;
  gboolean changed;

  if (!gtk_widget_compute_bounds (GTK_WIDGET (column), self->column_box, &bounds) || page <= 0)
    return;
  start = bounds.origin.x - margin;
  end = bounds.origin.x + bounds.size.width + margin;
  if (end - start > page)
    value = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? end - page : start;
  else if (start < value)
    value = start;
  else if (end > value + page)
    value = end - page;
  /* (set even when unchanged: that ends a scroll the viewport may have started) */
  changed = value != gtk_adjustment_get_value (adjustment);
  gtk_adjustment_set_value (adjustment, value);
  if (!changed)
    return;
  g_clear_handle_id (&self->scroll_idle, g_source_remove);
  allocate_lists_cb (self);
}

/* Scrolls the board and @idea's column to its card and gives it the keyboard focus. */
static void
reveal (CgBoard *self,
        CgIdea  *idea)
{
  CgBoardColumn *column = cg_board_find_column (self, cg_idea_get_theme (idea), NULL);
  guint position = column != NULL ? cg_board_column_find (column, idea) : GTK_INVALID_LIST_POSITION;
  GtkWidget *card;

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  card = cg_board_list_reveal (cg_board_column_get_list (column), position);
  if (card != NULL)
    gtk_widget_grab_focus (card);
  scroll_to_column (self, column);
}

/* Shows the selected idea as selected in its column, and nothing as selected in the others. */
static void
sync_selections (CgBoard *self)
{
  CgBoardColumn *target = NULL;

  if (self->selected != NULL)
    target = cg_board_find_column (self, cg_idea_get_theme (self->selected), NULL);
  for (guint i = 0; i < self->columns->len; i++)
    cg_board_list_set_selected (list_of (self, i),
                                g_ptr_array_index (self->columns, i) == (gpointer) target
                                ? self->selected : NULL);
}

void
cg_board_set_selected (CgBoard  *self,
                       CgIdea   *idea,
                       gboolean  focus)
{
  if (self->selected != idea)
    {
      if (self->selected != NULL)
        g_signal_handlers_disconnect_by_func (self->selected, follow_selected, self);
      g_set_object (&self->selected, idea);
      if (idea != NULL)
        g_signal_connect_object (idea, "notify::theme", G_CALLBACK (follow_selected), self,
                                 G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      cg_board_update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_IDEA]);
    }
  sync_selections (self);
  if (focus && idea != NULL)
    reveal (self, idea);
}

/* The selected idea changed theme (by a drop, an undo, another view...): select it in its new
 * column, and let the focus follow it when the board had it. */
static void
follow_selected (CgBoard *self)
{
  gboolean focus = cg_board_has_focus_within (self) && !cg_board_editor_is_open (self);
  CgBoardColumn *column = cg_board_find_column (self, cg_idea_get_theme (self->selected), NULL);

  if (column == NULL ||
      cg_board_list_get_selected (cg_board_column_get_list (column)) != self->selected)
    cg_board_set_selected (self, self->selected, focus);
}

/* After any change: what is selected or edited may have left the workshop. (The history
 * announces a property change before the object makes it: follow_selected deals with those.) */
static void
history_changed_cb (CgBoard *self)
{
  if (self->editor_target != NULL && !cg_board_holds (self, self->editor_target))
    cg_board_editor_cancel (self);
  if (self->selected != NULL && !cg_board_holds (self, self->selected))
    cg_board_set_selected (self, NULL, FALSE);
  cg_board_marks_workshop_changed (self);
}

gboolean
cg_board_holds (CgBoard  *self,
                gpointer  object)
{
  return self->workshop != NULL && object != NULL &&
         cg_workshop_lookup (self->workshop, cg_object_get_id (object)) == object;
}

CgEvent *
cg_board_get_newest_event (CgBoard *self)
{
  GListModel *events = cg_workshop_get_events (self->workshop);
  guint n = g_list_model_get_n_items (events);
  g_autoptr(CgEvent) event = n > 0 ? g_list_model_get_item (events, n - 1) : NULL;

  return event; /* borrowed: the workshop holds it */
}

/* The workshop */

static void
disconnect_workshop (CgBoard *self)
{
  if (self->workshop == NULL)
    return;

  cg_board_editor_cancel (self);
  cg_workshop_signals_set_workshop (self->workshop_signals, NULL);
  for (guint i = 0; i < self->columns->len; i++)
    gtk_box_remove (GTK_BOX (self->column_box), g_ptr_array_index (self->columns, i));
  g_ptr_array_set_size (self->columns, 0);
  g_hash_table_remove_all (self->cards);
  cg_board_clear_marks (self);
  g_hash_table_remove_all (self->links);
  g_clear_object (&self->ideas);
  if (self->selected != NULL)
    cg_board_set_selected (self, NULL, FALSE);
  g_clear_object (&self->workshop);
}

void
cg_board_set_workshop (CgBoard    *self,
                       CgWorkshop *workshop)
{
  GListModel *themes;

  g_return_if_fail (CG_IS_BOARD (self));
  g_return_if_fail (workshop == NULL || CG_IS_WORKSHOP (workshop));

  if (self->workshop == workshop)
    return;

  disconnect_workshop (self);
  if (workshop != NULL)
    {
      self->workshop = g_object_ref (workshop);
      self->ideas = cg_board_ideas_new (cg_workshop_get_ideas (workshop));
      cg_board_ideas_set_watch_all (self->ideas, self->filter != NULL);

      themes = cg_workshop_get_themes (workshop);
      g_ptr_array_add (self->columns, create_column (self, NULL));
      themes_changed_cb (themes, 0, 0, g_list_model_get_n_items (themes), self);
      cg_workshop_signals_set_workshop (self->workshop_signals, workshop);
      cg_board_refresh_links (self);
    }
  update_n_shown (self);
  cg_board_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSHOP]);
}

CgWorkshop *
cg_board_get_workshop (CgBoard *self)
{
  g_return_val_if_fail (CG_IS_BOARD (self), NULL);
  return self->workshop;
}

CgIdea *
cg_board_get_selected_idea (CgBoard *self)
{
  g_return_val_if_fail (CG_IS_BOARD (self), NULL);
  return self->selected;
}

void
cg_board_select_idea (CgBoard *self,
                      CgIdea  *idea)
{
  g_return_if_fail (CG_IS_BOARD (self));
  g_return_if_fail (idea == NULL || CG_IS_IDEA (idea));

  cg_board_set_selected (self, idea, TRUE);
}

void
cg_board_set_filter (CgBoard   *self,
                     GtkFilter *filter)
{
  g_return_if_fail (CG_IS_BOARD (self));
  g_return_if_fail (filter == NULL || GTK_IS_FILTER (filter));

  if (!g_set_object (&self->filter, filter))
    return;
  if (self->ideas != NULL)
    cg_board_ideas_set_watch_all (self->ideas, filter != NULL);
  for (guint i = 0; i < self->columns->len; i++)
    cg_board_column_set_filter (g_ptr_array_index (self->columns, i), filter);
  update_n_shown (self);
  sync_selections (self);
}

guint
cg_board_get_n_shown (CgBoard *self)
{
  g_return_val_if_fail (CG_IS_BOARD (self), 0);
  return self->n_shown;
}

void
cg_board_set_show_private (CgBoard  *self,
                           gboolean  show_private)
{
  GHashTableIter iter;
  gpointer card;

  g_return_if_fail (CG_IS_BOARD (self));

  show_private = !!show_private;
  if (self->show_private == show_private)
    return;
  self->show_private = show_private;
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &card))
    cg_idea_card_set_show_private (card, show_private);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_PRIVATE]);
}

/* GtkWidget */

static void
cg_board_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  gtk_widget_measure (CG_BOARD (widget)->scroller, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static void
cg_board_size_allocate (GtkWidget *widget,
                        int        width,
                        int        height,
                        int        baseline)
{
  CgBoard *self = CG_BOARD (widget);

  gtk_widget_allocate (self->scroller, width, height, baseline, NULL);
  if (self->editor != NULL && gtk_widget_get_visible (self->editor))
    gtk_popover_present (GTK_POPOVER (self->editor));
  if (self->card_menu != NULL && gtk_widget_get_visible (self->card_menu))
    gtk_popover_present (GTK_POPOVER (self->card_menu));
}

/* The board takes the focus by giving it to the selected card (or the first one). */
static gboolean
cg_board_grab_focus (GtkWidget *widget)
{
  CgBoard *self = CG_BOARD (widget);
  g_autoptr(CgIdea) first = NULL;

  for (guint i = 0; self->selected == NULL && i < self->columns->len && first == NULL; i++)
    first = g_list_model_get_item (cg_board_column_get_ideas (g_ptr_array_index (self->columns,
                                                                                 i)), 0);
  if (self->selected != NULL || first != NULL)
    {
      cg_board_set_selected (self, self->selected != NULL ? self->selected : first, TRUE);
      return TRUE;
    }
  return gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
}

static void
cg_board_dispose (GObject *object)
{
  CgBoard *self = CG_BOARD (object);

  g_clear_handle_id (&self->scroll_idle, g_source_remove);
  g_clear_weak_pointer (&self->drop_mark);
  disconnect_workshop (self);
  g_clear_pointer (&self->workshop_signals, cg_workshop_signals_free);
  g_clear_pointer (&self->editor, gtk_widget_unparent);
  g_clear_pointer (&self->card_menu, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_BOARD);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (cg_board_parent_class)->dispose (object);
}

static void
cg_board_finalize (GObject *object)
{
  CgBoard *self = CG_BOARD (object);

  g_ptr_array_unref (self->columns);
  g_hash_table_unref (self->cards);
  cg_board_marks_finalize (self);

  G_OBJECT_CLASS (cg_board_parent_class)->finalize (object);
}

static void
cg_board_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  CgBoard *self = CG_BOARD (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    case PROP_SELECTED_IDEA:
      g_value_set_object (value, self->selected);
      break;

    case PROP_SHOW_PRIVATE:
      g_value_set_boolean (value, self->show_private);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;

    case PROP_N_SHOWN:
      g_value_set_uint (value, self->n_shown);
      break;

    case PROP_N_MARKED:
      g_value_set_uint (value, cg_board_get_n_marked (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_board_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  CgBoard *self = CG_BOARD (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      cg_board_set_workshop (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_IDEA:
      cg_board_select_idea (self, g_value_get_object (value));
      break;

    case PROP_SHOW_PRIVATE:
      cg_board_set_show_private (self, g_value_get_boolean (value));
      break;

    case PROP_EDITABLE:
      cg_board_set_editable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_board_class_init (CgBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_board_dispose;
  object_class->finalize = cg_board_finalize;
  object_class->get_property = cg_board_get_property;
  object_class->set_property = cg_board_set_property;
  widget_class->measure = cg_board_measure;
  widget_class->size_allocate = cg_board_size_allocate;
  widget_class->grab_focus = cg_board_grab_focus;

  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL, CG_TYPE_WORKSHOP,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_IDEA] =
    g_param_spec_object ("selected-idea", NULL, NULL, CG_TYPE_IDEA,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_PRIVATE] =
    g_param_spec_boolean ("show-private", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* FALSE: review mode (cg-board-marks.c) */
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SHOWN] =
    g_param_spec_uint ("n-shown", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_MARKED] =
    g_param_spec_uint ("n-marked", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[CARD_CHANGED] =
    g_signal_new ("card-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, CG_TYPE_IDEA, G_TYPE_INT);

  g_assert (cg_get_resource () != NULL);
  gtk_widget_class_set_css_name (widget_class, "cg-board");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  cg_board_class_add_actions (widget_class);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/cg-board.ui");
  gtk_widget_class_bind_template_child (widget_class, CgBoard, scroller);
  gtk_widget_class_bind_template_child (widget_class, CgBoard, column_box);
  gtk_widget_class_bind_template_child (widget_class, CgBoard, add_button);
  cg_board_marks_class_init (widget_class);
}

void
cg_board_notify_n_marked (CgBoard *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MARKED]);
}

static void
cg_board_init (CgBoard *self)
{
  GtkAdjustment *hadjustment;

  ensure_style (gtk_widget_get_display (GTK_WIDGET (self)));
  self->columns = g_ptr_array_new ();
  self->cards = g_hash_table_new (NULL, NULL);
  cg_board_marks_init (self);
  self->workshop_signals = cg_workshop_signals_new (self);
  cg_workshop_signals_connect (self->workshop_signals, CG_WORKSHOP_THEMES, "items-changed",
                               G_CALLBACK (themes_changed_cb), 0);
  cg_workshop_signals_connect (self->workshop_signals, CG_WORKSHOP_HISTORY, "changed",
                               G_CALLBACK (history_changed_cb), G_CONNECT_SWAPPED);

  gtk_widget_init_template (GTK_WIDGET (self));
  hadjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  g_signal_connect_object (hadjustment, "value-changed", G_CALLBACK (board_scrolled_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (hadjustment, "changed", G_CALLBACK (board_resized_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Ideas by theme"), -1);
  cg_board_add_arrow_keys (self);
  cg_board_update_actions (self);
}

GtkWidget *
cg_board_new (void)
{
  return g_object_new (CG_TYPE_BOARD, NULL);
}

void
cg_board_card_changed (CgBoard       *self,
                       CgIdea        *idea,
                       CgBoardChange  change)
{
  g_signal_emit (self, signals[CARD_CHANGED], 0, idea, (int) change);
}
