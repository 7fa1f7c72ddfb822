/* cg-presenter-column.c: one theme's column on the room's screen
 *
 * A header (the theme's colour, name and how many ideas) over a list of cards. Nobody scrolls
 * the room's screen, and a screen holds a dozen or so cards a column, so the list shows a slice
 * of the column (twice the cards the screen holds: GtkSliceListModel) in a GtkListView: the
 * first cards when the column fills up, then the newest as they are captured, or the card a
 * voting round is at. A column of 2,000 ideas makes a few dozen cards, not the couple of hundred
 * a GtkListView keeps ready around what it shows. The slice moves by half its length, so a
 * capture seldom makes the column's cards again. Nothing in it takes the focus or answers the
 * pointer: the room looks, the laptop acts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-room"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-presenter-card.h"
#include "cg-presenter-column.h"

#define UNSORTED_COLOUR "#9a9996"
/* At most this many cards added at once are new ones to bring into sight. */
#define NEW_CARDS 3
/* Cards a column makes, until told how many its screen holds. */
#define SLICE 24

#define RESOURCE_PATH "/org/commonground/CommonGround/"

struct _CgPresenterColumn
{
  GtkWidget           parent_instance;

  CgTheme            *theme;
  GtkFilterListModel *ideas;
  GtkSliceListModel  *slice;      /* of ideas: the cards made */
  GHashTable         *cards;      /* CgIdea -> its bound CgPresenterCard */
  CgIdea             *current;
  gboolean            show_votes;
  gboolean            scroll_pending;
  guint               scroll_to;

  GtkWidget          *header;
  GtkWidget          *swatch;
  GtkLabel           *title;
  GtkLabel           *count;
  GtkWidget          *scroller;
  GtkWidget          *list;
};

G_DEFINE_FINAL_TYPE (CgPresenterColumn, cg_presenter_column, GTK_TYPE_WIDGET)

static gboolean
in_theme_cb (gpointer item,
             gpointer theme)
{
  return (gpointer) cg_idea_get_theme (item) == theme;
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  CgPresenterColumn *self = user_data;
  const char *colour = self->theme != NULL ? cg_theme_get_colour (self->theme) : NULL;
  double radius = MIN (width, height) / 2.0;
  GdkRGBA rgba, ring;

  if (!gdk_rgba_parse (&rgba, colour != NULL ? colour : UNSORTED_COLOUR))
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &ring);
  cairo_arc (cr, width / 2.0, height / 2.0, radius - 1.5, 0, 2 * G_PI);
  if (self->theme != NULL)
    {
      gdk_cairo_set_source_rgba (cr, &rgba);
      cairo_fill_preserve (cr);
      ring.alpha *= 0.5; /* a dark colour on a dark style still shows */
    }
  gdk_cairo_set_source_rgba (cr, &ring);
  cairo_set_line_width (cr, 3);
  cairo_stroke (cr);
}

static void
update_header (CgPresenterColumn *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->ideas));
  const char *title = self->theme != NULL ? cg_theme_get_name (self->theme) : _("Unsorted");
  g_autofree char *count = g_strdup_printf (ngettext ("%u idea", "%u ideas", n), n);
  g_autofree char *label = g_strdup_printf ("%s, %s", title, count);

  gtk_label_set_text (self->title, title);
  gtk_label_set_text (self->count, count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
}

/* The theme renamed or given another colour (a capture changes only the count). */
static void
theme_changed_cb (CgPresenterColumn *self)
{
  update_header (self);
  gtk_widget_queue_draw (self->swatch);
}

/* Brings the card asked for by scroll_to () into view, once the list has measured it. */
static void
scroll_into_view (CgPresenterColumn *self)
{
  guint offset = gtk_slice_list_model_get_offset (self->slice);

  self->scroll_pending = FALSE;
  if (self->scroll_to >= offset &&
      self->scroll_to - offset < g_list_model_get_n_items (G_LIST_MODEL (self->slice)))
    gtk_widget_activate_action (self->list, "list.scroll-to-item", "u", self->scroll_to - offset);
}

/* Brings item @position of the column into sight: into the slice of cards made (in its
 * middle), then, in the column's next allocation (see size_allocate), into view. */
static void
scroll_to (CgPresenterColumn *self,
           guint              position)
{
  guint offset = gtk_slice_list_model_get_offset (self->slice);
  guint size = gtk_slice_list_model_get_size (self->slice);

  /* (moving the slice makes every card again: it moves by half its size, not card by card) */
  if (position < offset || position >= offset + size)
    {
      offset = position > size / 2 ? position - size / 2 : 0;
      gtk_slice_list_model_set_offset (self->slice, offset);
    }
  self->scroll_to = position;
  self->scroll_pending = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
ideas_changed_cb (CgPresenterColumn *self,
                  guint              position,
                  guint              removed,
                  guint              added)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->ideas));

  update_header (self);
  /* a card or two added at the end (a capture, not the column filling up) is brought into
   * sight; a column that fills up shows its first cards */
  if (added > removed && added - removed <= NEW_CARDS && position + added == n)
    scroll_to (self, n - 1);
}

static void
mark_card (CgPresenterColumn *self,
           CgIdea            *idea,
           GtkWidget         *card)
{
  if (idea != NULL && idea == self->current)
    gtk_widget_add_css_class (card, "cg-presenter-current");
  else
    gtk_widget_remove_css_class (card, "cg-presenter-current");
  cg_presenter_card_set_always_show_votes (CG_PRESENTER_CARD (card), self->show_votes);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          CgPresenterColumn        *self)
{
  gtk_list_item_set_child (item, cg_presenter_card_new ());
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         CgPresenterColumn        *self)
{
  GtkWidget *card = gtk_list_item_get_child (item);
  CgIdea *idea = gtk_list_item_get_item (item);

  cg_presenter_card_set_idea (CG_PRESENTER_CARD (card), idea);
  /* the room's screen takes no keys: its rows are not stops for the keyboard or a screen
   * reader's focus, and the card itself carries the name */
  if (gtk_widget_get_parent (card) != NULL)
    gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
  g_hash_table_insert (self->cards, idea, card);
  mark_card (self, idea, card);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           CgPresenterColumn        *self)
{
  GtkWidget *card = gtk_list_item_get_child (item);
  CgIdea *idea = cg_presenter_card_get_idea (CG_PRESENTER_CARD (card));

  if (idea != NULL && g_hash_table_lookup (self->cards, idea) == card)
    g_hash_table_remove (self->cards, idea);
  cg_presenter_card_set_idea (CG_PRESENTER_CARD (card), NULL);
}

CgTheme *
cg_presenter_column_get_theme (CgPresenterColumn *self)
{
  g_return_val_if_fail (CG_IS_PRESENTER_COLUMN (self), NULL);
  return self->theme;
}

GListModel *
cg_presenter_column_get_ideas (CgPresenterColumn *self)
{
  g_return_val_if_fail (CG_IS_PRESENTER_COLUMN (self), NULL);
  return G_LIST_MODEL (self->ideas);
}

void
cg_presenter_column_set_n_cards (CgPresenterColumn *self,
                                 guint              n_cards)
{
  g_return_if_fail (CG_IS_PRESENTER_COLUMN (self));
  gtk_slice_list_model_set_size (self->slice, MAX (n_cards, 1));
}

void
cg_presenter_column_set_current (CgPresenterColumn *self,
                                 CgIdea            *idea,
                                 gboolean           show_votes)
{
  GHashTableIter iter;
  gpointer key, card;

  g_return_if_fail (CG_IS_PRESENTER_COLUMN (self));

  g_set_object (&self->current, idea);
  self->show_votes = !!show_votes;
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &key, &card))
    mark_card (self, key, card);
  if (idea != NULL)
    {
      for (guint i = 0, n = g_list_model_get_n_items (G_LIST_MODEL (self->ideas)); i < n; i++)
        {
          g_autoptr(CgIdea) item = g_list_model_get_item (G_LIST_MODEL (self->ideas), i);

          if (item == idea)
            {
              scroll_to (self, i);
              break;
            }
        }
    }
}

/* The header over the list, as a vertical box would place them: the header at its natural
 * height, the list in the rest. */
static void
cg_presenter_column_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  CgPresenterColumn *self = CG_PRESENTER_COLUMN (widget);
  int for_child = orientation == GTK_ORIENTATION_VERTICAL ? for_size : -1;
  int header_minimum, header_natural, list_minimum, list_natural;

  gtk_widget_measure (self->header, orientation, for_child, &header_minimum, &header_natural,
                      NULL, NULL);
  gtk_widget_measure (self->scroller, orientation, for_child, &list_minimum, &list_natural,
                      NULL, NULL);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = header_minimum + list_minimum;
      *natural = header_natural + list_natural;
    }
  else
    {
      *minimum = MAX (header_minimum, list_minimum);
      *natural = MAX (header_natural, list_natural);
    }
}

static void
allocate_list (CgPresenterColumn *self,
               int                width,
               int                height,
               int                top)
{
  GtkAllocation allocation = { 0, top, width, MAX (height - top, 0) };

  gtk_widget_size_allocate (self->scroller, &allocation, -1);
}

/* A card scrolled to (see scroll_to) is placed once the list has measured it: a list gives a
 * card no height until its allocation. The list is then allocated again at its new place in
 * the same frame, so the room sees a new card in the first frame after its capture, not in a
 * second one. */
static void
cg_presenter_column_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  CgPresenterColumn *self = CG_PRESENTER_COLUMN (widget);
  int header_minimum, header_natural, list_minimum;
  GtkAllocation header;

  gtk_widget_measure (self->header, GTK_ORIENTATION_VERTICAL, width, &header_minimum,
                      &header_natural, NULL, NULL);
  gtk_widget_measure (self->scroller, GTK_ORIENTATION_VERTICAL, width, &list_minimum, NULL,
                      NULL, NULL);
  header = (GtkAllocation) { 0, 0, width,
                             CLAMP (height - list_minimum, header_minimum, header_natural) };
  gtk_widget_size_allocate (self->header, &header, -1);
  allocate_list (self, width, height, header.height);
  if (!self->scroll_pending)
    return;
  scroll_into_view (self);
  allocate_list (self, width, height, header.height);
}

static void
cg_presenter_column_dispose (GObject *object)
{
  CgPresenterColumn *self = CG_PRESENTER_COLUMN (object);
  GtkWidget *child;

  if (self->theme != NULL)
    g_signal_handlers_disconnect_by_data (self->theme, self);
  if (self->ideas != NULL)
    g_signal_handlers_disconnect_by_data (self->ideas, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_PRESENTER_COLUMN);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->slice);
  g_clear_object (&self->ideas);
  g_clear_object (&self->theme);
  g_clear_object (&self->current);
  g_clear_pointer (&self->cards, g_hash_table_unref);

  G_OBJECT_CLASS (cg_presenter_column_parent_class)->dispose (object);
}

static void
cg_presenter_column_class_init (CgPresenterColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_presenter_column_dispose;
  widget_class->measure = cg_presenter_column_measure;
  widget_class->size_allocate = cg_presenter_column_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "cg-presenter-column.ui");
  gtk_widget_class_bind_template_child (widget_class, CgPresenterColumn, header);
  gtk_widget_class_bind_template_child (widget_class, CgPresenterColumn, swatch);
  gtk_widget_class_bind_template_child (widget_class, CgPresenterColumn, title);
  gtk_widget_class_bind_template_child (widget_class, CgPresenterColumn, count);
  gtk_widget_class_bind_template_child (widget_class, CgPresenterColumn, scroller);
  gtk_widget_class_bind_template_child (widget_class, CgPresenterColumn, list);
  gtk_widget_class_set_css_name (widget_class, "cg-presenter-column");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cg_presenter_column_init (CgPresenterColumn *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cards = g_hash_table_new (NULL, NULL);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->swatch), draw_swatch, self, NULL);
}

CgPresenterColumn *
cg_presenter_column_new (GListModel *ideas,
                         CgTheme    *theme)
{
  CgPresenterColumn *self;
  GtkListItemFactory *factory;

  g_return_val_if_fail (G_IS_LIST_MODEL (ideas), NULL);
  g_return_val_if_fail (theme == NULL || CG_IS_THEME (theme), NULL);

  self = g_object_new (CG_TYPE_PRESENTER_COLUMN, NULL);
  self->theme = theme != NULL ? g_object_ref (theme) : NULL;
  self->ideas = gtk_filter_list_model_new (g_object_ref (ideas),
                                           GTK_FILTER (gtk_custom_filter_new (in_theme_cb, theme,
                                                                              NULL)));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  gtk_list_view_set_factory (GTK_LIST_VIEW (self->list), factory);
  g_object_unref (factory);
  self->slice = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->ideas)), 0, SLICE);
  gtk_list_view_set_model (GTK_LIST_VIEW (self->list),
                           GTK_SELECTION_MODEL (gtk_no_selection_new (
                             G_LIST_MODEL (g_object_ref (self->slice)))));
  g_object_unref (gtk_list_view_get_model (GTK_LIST_VIEW (self->list)));

  g_signal_connect_object (self->ideas, "items-changed", G_CALLBACK (ideas_changed_cb), self,
                           G_CONNECT_SWAPPED);
  if (theme != NULL)
    g_signal_connect_object (theme, "notify", G_CALLBACK (theme_changed_cb), self,
                             G_CONNECT_SWAPPED);
  update_header (self);
  return self;
}
