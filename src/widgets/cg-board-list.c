/* cg-board-list.c: a column's cards, virtualised: only the cards in sight are made
 *
 * GtkListView in GTK 4.8 keeps about 200 rows alive per list whatever the size of its view: nine
 * columns of a 20,000-idea workshop made 1,800 cards, took 8 seconds to show and 160 MB more.
 * This list makes the cards that are in sight (plus the focused one), measures them, and
 * estimates the height of the others from the average of those it has measured. The view is
 * anchored to the item at its top, so cards measured above it never make the view jump.
 *
 * The list is a GtkScrollable for the GtkScrolledWindow around it. It keeps its cards keyed by
 * idea, so an idea that stays in sight keeps its card (and the keyboard focus) across changes.
 *
 * Making, binding and recycling cards while allocated asks the widgets above for a resize
 * (gtk_widget_set_parent, a label's new text, the scrolled window showing its scrollbar). GTK 4.8
 * keeps such a request only for the ancestors that are themselves being allocated anew this frame:
 * one it merely passes through (its size unchanged, nothing asked of it) is left needing an
 * allocation nobody gives it, and is then skipped with "Trying to snapshot GtkScrolledWindow ...
 * without a current allocation" (and not drawn) until something else lays it out. So whenever the
 * list wants to lay out again it asks for a resize (queue_layout), never just an allocation: every
 * widget above it is then allocated anew in that frame. It never asks during its own allocation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-board"

#include "config.h"

#include <string.h>

#include "cg-board-private.h"
#include "cg-idea-card.h"

/* Height of a card before any was measured; cards in sight are made this far past the view. */
#define DEFAULT_HEIGHT 110
#define OVERSCAN 60

struct _CgBoardList
{
  GtkWidget      parent_instance;

  CgBoard       *board;    /* unowned: the board owns its columns and lists */
  GListModel    *ideas;
  GArray        *heights;  /* int per item: its measured height, or -1 */
  gint64         known_sum; /* of the measured heights, for the estimate */
  guint          n_known;
  int            width;    /* the width the heights were measured at */
  GHashTable    *cards;    /* CgIdea -> its CgIdeaCard, the cards made now */
  GPtrArray     *pool;     /* cards with no idea, ready to be used again */
  CgIdea        *selected;
  CgIdea        *pending_reveal; /* scroll to it once the list has a size */

  guint          anchor;   /* the item at the top of the view */
  int            anchor_offset; /* how far into it the view starts */
  gboolean       in_allocate; /* in size_allocate: too late to ask for a layout */

  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint          hscroll_policy : 1;
  guint          vscroll_policy : 1;
};

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

G_DEFINE_FINAL_TYPE_WITH_CODE (CgBoardList, cg_board_list, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

/* Heights */

static int
item_height (CgBoardList *self,
             guint        position)
{
  int height = g_array_index (self->heights, int, position);

  if (height >= 0)
    return height;
  return self->n_known > 0 ? (int) (self->known_sum / self->n_known) : DEFAULT_HEIGHT;
}

static void
set_height (CgBoardList *self,
            guint        position,
            int          height)
{
  int *slot = &g_array_index (self->heights, int, position);

  if (*slot >= 0)
    {
      self->known_sum -= *slot;
      self->n_known--;
    }
  *slot = height;
  if (height >= 0)
    {
      self->known_sum += height;
      self->n_known++;
    }
}

static void
forget_heights (CgBoardList *self)
{
  for (guint i = 0; i < self->heights->len; i++)
    g_array_index (self->heights, int, i) = -1;
  self->known_sum = 0;
  self->n_known = 0;
}

/* Where @position starts, from the top of the whole list. */
static gint64
item_top (CgBoardList *self,
          guint        position)
{
  gint64 top = 0;

  for (guint i = 0; i < position; i++)
    top += item_height (self, i);
  return top;
}

static gint64
total_height (CgBoardList *self)
{
  return item_top (self, self->heights->len);
}

/* Anchors the view at @value (pixels from the top of the list). */
static void
anchor_at (CgBoardList *self,
           gint64       value)
{
  gint64 top = 0;
  guint n = self->heights->len;

  for (guint i = 0; i < n; i++)
    {
      int height = item_height (self, i);

      if (top + height > value || i + 1 == n)
        {
          self->anchor = i;
          self->anchor_offset = (int) MAX (value - top, 0);
          return;
        }
      top += height;
    }
  self->anchor = 0;
  self->anchor_offset = 0;
}

/* Asks for the list to be laid out again (see the top of the file for why a resize). */
static void
queue_layout (CgBoardList *self)
{
  if (!self->in_allocate)
    gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Cards */

static void
card_focus_enter_cb (GtkEventControllerFocus *controller,
                     CgBoardList             *self)
{
  GtkWidget *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  CgIdea *idea = cg_idea_card_get_idea (CG_IDEA_CARD (card));

  if (idea != NULL)
    cg_board_set_selected (self->board, idea, FALSE);
}

/* A click selects (by focusing), a double click edits. */
static void
card_pressed_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 CgBoardList     *self)
{
  GtkWidget *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  CgIdea *idea = cg_idea_card_get_idea (CG_IDEA_CARD (card));
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  if (n_press == 1 && idea != NULL)
    cg_board_card_clicked (self->board, idea, state);
  gtk_widget_grab_focus (card);
  if (n_press == 2)
    gtk_widget_activate_action (GTK_WIDGET (self->board), "board.edit", NULL);
}

static GtkWidget *
make_card (CgBoardList *self)
{
  GtkWidget *card = cg_idea_card_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect (focus, "enter", G_CALLBACK (card_focus_enter_cb), self);
  gtk_widget_add_controller (card, focus);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (card_pressed_cb), self);
  gtk_widget_add_controller (card, GTK_EVENT_CONTROLLER (click));
  cg_board_dnd_setup_card (self->board, card);
  gtk_widget_set_parent (card, GTK_WIDGET (self));
  return card;
}

static void
show_selected (CgBoardList *self,
               GtkWidget   *card,
               CgIdea      *idea)
{
  if (idea != NULL && idea == self->selected)
    gtk_widget_set_state_flags (card, GTK_STATE_FLAG_SELECTED, FALSE);
  else
    gtk_widget_unset_state_flags (card, GTK_STATE_FLAG_SELECTED);
}

/* The card of @idea, made (or taken from the pool) and bound when there is none. */
static GtkWidget *
ensure_card (CgBoardList *self,
             CgIdea      *idea)
{
  GtkWidget *card = g_hash_table_lookup (self->cards, idea);

  if (card != NULL)
    {
      /* Another column may have shown the idea meanwhile (moved there and back before this
       * list was laid out again) and taken the board's record of its card: this card claims
       * it back, so that what the board tells its cards (private notes hidden) reaches it. */
      if (cg_board_get_card (self->board, idea) != card)
        cg_board_bind_card (self->board, CG_IDEA_CARD (card), idea);
      return card;
    }
  card = self->pool->len > 0 ? g_ptr_array_steal_index_fast (self->pool, self->pool->len - 1)
                             : make_card (self);
  gtk_widget_set_child_visible (card, TRUE);
  cg_board_bind_card (self->board, CG_IDEA_CARD (card), idea);
  show_selected (self, card, idea);
  g_hash_table_insert (self->cards, idea, card);
  return card;
}

static void
recycle_card (CgBoardList *self,
              GtkWidget   *card)
{
  cg_board_unbind_card (self->board, CG_IDEA_CARD (card));
  gtk_widget_set_child_visible (card, FALSE);
  g_ptr_array_add (self->pool, card);
}

/* Layout */

static int
measure_card (CgBoardList *self,
              GtkWidget   *card,
              guint        position,
              int          width)
{
  int height;

  gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
  set_height (self, position, height);
  return height;
}

/* Scrolls as little as shows the whole of the item to reveal (when it is still in the list). */
static void
scroll_to_pending (CgBoardList *self,
                   int          height)
{
  g_autoptr(CgIdea) idea = g_steal_pointer (&self->pending_reveal);
  guint position = GTK_INVALID_LIST_POSITION;
  gint64 top, bottom, value;

  for (guint i = 0; idea != NULL && i < self->heights->len; i++)
    {
      g_autoptr(CgIdea) item = g_list_model_get_item (self->ideas, i);

      if (item == idea)
        {
          position = i;
          break;
        }
    }
  if (position == GTK_INVALID_LIST_POSITION)
    return;
  top = item_top (self, position);
  bottom = top + item_height (self, position);
  value = item_top (self, self->anchor) + self->anchor_offset;
  if (top < value)
    {
      self->anchor = position;
      self->anchor_offset = 0;
    }
  else if (bottom > value + height)
    {
      anchor_at (self, bottom - height);
    }
}

static void
vadjustment_changed_cb (GtkAdjustment *adjustment,
                        CgBoardList   *self)
{
  anchor_at (self, (gint64) gtk_adjustment_get_value (adjustment));
  queue_layout (self);
}

static void
configure_vadjustment (CgBoardList *self,
                       int          height)
{
  gint64 total = total_height (self);
  gint64 value = item_top (self, self->anchor) + self->anchor_offset;

  if (value > MAX (total - height, 0))
    {
      value = MAX (total - height, 0);
      anchor_at (self, value);
    }
  if (self->vadjustment == NULL)
    return;
  g_signal_handlers_block_by_func (self->vadjustment, vadjustment_changed_cb, self);
  gtk_adjustment_configure (self->vadjustment, value, 0, MAX (total, height), height * 0.1,
                            height * 0.9, height);
  g_signal_handlers_unblock_by_func (self->vadjustment, vadjustment_changed_cb, self);
}

/* Whether the list is in the board's sight, or within half a view of it: a column scrolled in
 * a little at a time then already has its cards when it shows, rather than for a frame "2
 * ideas" over an empty list. */
static gboolean
is_near_sight (CgBoardList *self)
{
  GtkWidget *scroller = self->board->scroller;
  graphene_rect_t bounds;
  int width;

  if (scroller == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (self), scroller, &bounds))
    return TRUE;
  width = gtk_widget_get_width (scroller);
  return bounds.origin.x < width + width / 2 && bounds.origin.x + bounds.size.width > -width / 2;
}

/* Layout, in steps */

/* Before the cards are laid out: heights measured at another width are forgotten, a card waiting
 * to be revealed is scrolled to, and the anchor is kept within the list. */
static void
prepare_layout (CgBoardList *self,
                int          width,
                int          height)
{
  guint n = self->heights->len;

  if (width != self->width)
    {
      forget_heights (self);
      self->width = width;
    }
  if (self->pending_reveal != NULL)
    scroll_to_pending (self, height);
  if (self->anchor >= n)
    {
      self->anchor = n > 0 ? n - 1 : 0;
      self->anchor_offset = 0;
    }
}

/* Makes (or keeps) a card for every idea from the anchor down to the bottom of the view,
 * measuring as it goes, and adds the ideas to @wanted; returns the position after the last.
 * No cards at all while the column is scrolled out of the board's sight (@in_sight FALSE). */
static guint
fill_view (CgBoardList *self,
           gboolean     in_sight,
           int          width,
           int          height,
           GHashTable  *wanted)
{
  guint n = self->heights->len;
  gint64 y = -self->anchor_offset;
  guint last;

  for (last = self->anchor; in_sight && last < n && y < height + OVERSCAN; last++)
    {
      g_autoptr(CgIdea) item = g_list_model_get_item (self->ideas, last);

      y += measure_card (self, ensure_card (self, item), last, width);
      g_hash_table_add (wanted, item);
    }
  /* at the end of the list, no gap below the last card: bring cards above into view */
  while (in_sight && last == n && y < height && (self->anchor > 0 || self->anchor_offset > 0))
    {
      int gap = (int) MIN (height - y, self->anchor_offset);

      self->anchor_offset -= gap;
      y += gap;
      if (y < height && self->anchor > 0 && self->anchor_offset == 0)
        {
          g_autoptr(CgIdea) item = g_list_model_get_item (self->ideas, --self->anchor);

          self->anchor_offset = measure_card (self, ensure_card (self, item), self->anchor,
                                              width);
          g_hash_table_add (wanted, item);
        }
    }
  return last;
}

/* The cards not @wanted go back to the pool, but for one holding the keyboard @focus: it is kept,
 * placed out of sight above the view, so the keys go on reaching the board. */
static void
put_away_unwanted (CgBoardList *self,
                   GHashTable  *wanted,
                   GtkWidget   *focus,
                   int          width,
                   int          height)
{
  GHashTableIter iter;
  gpointer idea, card;

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &idea, &card))
    {
      gboolean shown = g_hash_table_contains (wanted, idea);

      if (!shown && !(focus != NULL && gtk_widget_is_ancestor (focus, card)) && focus != card)
        {
          g_hash_table_iter_remove (&iter);
          recycle_card (self, card);
          continue;
        }
      if (!shown)
        {
          int card_height;

          gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, width, NULL, &card_height, NULL,
                              NULL);
          gtk_widget_size_allocate (card, &(GtkAllocation) { 0, -card_height - height, width,
                                                             card_height }, -1);
        }
    }
}

/* Places the cards of the ideas from @first to before @last one under the other, the first
 * anchor_offset above the top of the view. */
static void
place_cards (CgBoardList *self,
             guint        first,
             guint        last,
             int          width)
{
  gint64 y = -self->anchor_offset;

  for (guint i = first; i < last; i++)
    {
      g_autoptr(CgIdea) item = g_list_model_get_item (self->ideas, i);
      int item_h = item_height (self, i);

      gtk_widget_size_allocate (g_hash_table_lookup (self->cards, item),
                                &(GtkAllocation) { 0, (int) y, width, item_h }, -1);
      y += item_h;
    }
}

static void
cg_board_list_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  CgBoardList *self = CG_BOARD_LIST (widget);
  gboolean in_sight = is_near_sight (self);
  g_autoptr(GHashTable) wanted = g_hash_table_new (NULL, NULL);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  guint first, last;

  self->in_allocate = TRUE;
  prepare_layout (self, width, height);
  last = fill_view (self, in_sight, width, height, wanted);
  /* (configuring may move the anchor: a column out of sight, say, whose list just got shorter,
   * has no cards made for it; what was made is placed now, and the next layout follows) */
  first = self->anchor;
  configure_vadjustment (self, height);
  put_away_unwanted (self, wanted, focus, width, height);
  place_cards (self, first, last, width);
  self->in_allocate = FALSE;
}

static void
cg_board_list_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  /* the scrolled window and the column's width decide: the list shows what fits. The height is
   * that of all the cards (as far as known), as GtkListView gives: the scrolled window around
   * decides from it whether to show its scrollbar before allocating the list, and guessing right
   * spares it a second allocation (and a resize of its own, see the top of the file). */
  *minimum = 0;
  *natural = 0;
  if (orientation == GTK_ORIENTATION_VERTICAL)
    *minimum = *natural = (int) MIN (total_height (CG_BOARD_LIST (widget)), G_MAXINT / 2);
}

/* Tab comes into the list at the selected card (or the first in sight), and leaves it at once:
 * the arrows move within and across columns. */
static gboolean
cg_board_list_focus (GtkWidget        *widget,
                     GtkDirectionType  direction)
{
  CgBoardList *self = CG_BOARD_LIST (widget);
  GtkWidget *card = NULL;

  if (gtk_widget_get_focus_child (widget) != NULL)
    return FALSE;
  if (self->selected != NULL)
    card = g_hash_table_lookup (self->cards, self->selected);
  if (card == NULL && self->anchor < self->heights->len)
    {
      g_autoptr(CgIdea) top = g_list_model_get_item (self->ideas, self->anchor);

      card = ensure_card (self, top);
    }
  return card != NULL && gtk_widget_grab_focus (card);
}

static gboolean
cg_board_list_grab_focus (GtkWidget *widget)
{
  return cg_board_list_focus (widget, GTK_DIR_TAB_FORWARD);
}

/* The model */

static void
ideas_changed_cb (GListModel  *ideas,
                  guint        position,
                  guint        removed,
                  guint        added,
                  CgBoardList *self)
{
  for (guint i = 0; i < removed; i++)
    set_height (self, position + i, -1);
  g_array_remove_range (self->heights, position, removed);
  g_array_set_size (self->heights, self->heights->len + added);
  memmove (&g_array_index (self->heights, int, position + added),
           &g_array_index (self->heights, int, position),
           (self->heights->len - position - added) * sizeof (int));
  for (guint i = 0; i < added; i++)
    g_array_index (self->heights, int, position + i) = -1;

  /* the view stays on what it showed */
  if (self->anchor >= position + removed)
    self->anchor = self->anchor + added - removed;
  else if (self->anchor >= position && removed != added)
    {
      self->anchor = position;
      self->anchor_offset = 0;
    }
  queue_layout (self);
}

void
cg_board_list_set_selected (CgBoardList *self,
                            CgIdea      *idea)
{
  GtkWidget *card;

  g_return_if_fail (CG_IS_BOARD_LIST (self));

  if (self->selected == idea)
    return;
  if (self->selected != NULL && (card = g_hash_table_lookup (self->cards, self->selected)) != NULL)
    show_selected (self, card, NULL);
  g_set_object (&self->selected, idea);
  if (idea != NULL && (card = g_hash_table_lookup (self->cards, idea)) != NULL)
    show_selected (self, card, idea);
}

CgIdea *
cg_board_list_get_selected (CgBoardList *self)
{
  g_return_val_if_fail (CG_IS_BOARD_LIST (self), NULL);
  return self->selected;
}

GtkWidget *
cg_board_list_reveal (CgBoardList *self,
                      guint        position)
{
  g_autoptr(CgIdea) idea = NULL;

  g_return_val_if_fail (CG_IS_BOARD_LIST (self), NULL);

  if (position >= self->heights->len)
    return NULL;
  idea = g_list_model_get_item (self->ideas, position);
  /* before the list has a size, scroll when it gets one */
  g_set_object (&self->pending_reveal, idea);
  if (gtk_widget_get_height (GTK_WIDGET (self)) > 0)
    scroll_to_pending (self, gtk_widget_get_height (GTK_WIDGET (self)));
  queue_layout (self);
  return ensure_card (self, idea);
}

/* GObject */

static void
set_adjustment (CgBoardList    *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment,
                gboolean        vertical)
{
  if (*slot == adjustment && adjustment != NULL)
    return;
  if (*slot != NULL && vertical)
    g_signal_handlers_disconnect_by_func (*slot, vadjustment_changed_cb, self);
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  g_set_object (slot, adjustment);
  if (vertical)
    g_signal_connect (*slot, "value-changed", G_CALLBACK (vadjustment_changed_cb), self);
  queue_layout (self);
}

static void
cg_board_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CgBoardList *self = CG_BOARD_LIST (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;

    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;

    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;

    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_board_list_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CgBoardList *self = CG_BOARD_LIST (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value), FALSE);
      break;

    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value), TRUE);
      break;

    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;

    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_board_list_dispose (GObject *object)
{
  CgBoardList *self = CG_BOARD_LIST (object);
  GHashTableIter iter;
  gpointer card;
  GtkWidget *child;

  if (self->ideas != NULL)
    g_signal_handlers_disconnect_by_func (self->ideas, ideas_changed_cb, self);
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &card))
    cg_board_unbind_card (self->board, card);
  g_hash_table_remove_all (self->cards);
  g_ptr_array_set_size (self->pool, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->ideas);
  g_clear_object (&self->selected);
  g_clear_object (&self->pending_reveal);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, vadjustment_changed_cb, self);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->hadjustment);

  G_OBJECT_CLASS (cg_board_list_parent_class)->dispose (object);
}

static void
cg_board_list_finalize (GObject *object)
{
  CgBoardList *self = CG_BOARD_LIST (object);

  g_array_unref (self->heights);
  g_hash_table_unref (self->cards);
  g_ptr_array_unref (self->pool);

  G_OBJECT_CLASS (cg_board_list_parent_class)->finalize (object);
}

static void
cg_board_list_class_init (CgBoardListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_board_list_dispose;
  object_class->finalize = cg_board_list_finalize;
  object_class->get_property = cg_board_list_get_property;
  object_class->set_property = cg_board_list_set_property;
  widget_class->measure = cg_board_list_measure;
  widget_class->size_allocate = cg_board_list_size_allocate;
  widget_class->focus = cg_board_list_focus;
  widget_class->grab_focus = cg_board_list_grab_focus;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "cg-board-list");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
cg_board_list_init (CgBoardList *self)
{
  self->heights = g_array_new (FALSE, FALSE, sizeof (int));
  self->cards = g_hash_table_new (NULL, NULL);
  self->pool = g_ptr_array_new ();
  self->width = -1;
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

CgBoardList *
cg_board_list_new (CgBoard    *board,
                   GListModel *ideas)
{
  CgBoardList *self;

  g_return_val_if_fail (CG_IS_BOARD (board), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (ideas), NULL);

  self = g_object_new (CG_TYPE_BOARD_LIST, NULL);
  self->board = board;
  self->ideas = g_object_ref (ideas);
  g_array_set_size (self->heights, g_list_model_get_n_items (ideas));
  forget_heights (self);
  g_signal_connect (ideas, "items-changed", G_CALLBACK (ideas_changed_cb), self);
  return self;
}
