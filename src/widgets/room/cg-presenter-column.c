/* cg-presenter-column.c: one theme's column on the room's screen
 *
 * A header (the theme's colour, name and how many ideas) over the theme's cards (cg-room-cards.c:
 * as many as the screen holds, drawn). The first cards show when the column fills up, then the
 * newest as they are captured, or the card a voting round is at. Nothing in it takes the focus
 * or answers the pointer: the room looks, the laptop acts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-room"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-presenter-column.h"
#include "cg-room-cards.h"

#define UNSORTED_COLOUR "#9a9996"
/* At most this many cards added at once are new ones to bring into sight. */
#define NEW_CARDS 3

#define RESOURCE_PATH "/org/commonground/CommonGround/"

struct _CgPresenterColumn
{
  GtkWidget           parent_instance;

  CgTheme            *theme;
  GtkFilterListModel *ideas;

  GtkWidget          *header;
  GtkWidget          *swatch;
  GtkLabel           *title;
  GtkLabel           *count;
  GtkWidget          *cards;
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
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cards), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
}

/* The theme renamed or given another colour (a capture changes only the count). */
static void
theme_changed_cb (CgPresenterColumn *self)
{
  update_header (self);
  gtk_widget_queue_draw (self->swatch);
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
    cg_room_cards_scroll_to (CG_ROOM_CARDS (self->cards), n - 1);
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
cg_presenter_column_set_current (CgPresenterColumn *self,
                                 CgIdea            *idea,
                                 gboolean           show_votes)
{
  g_return_if_fail (CG_IS_PRESENTER_COLUMN (self));

  cg_room_cards_set_current (CG_ROOM_CARDS (self->cards), idea, show_votes);
  if (idea == NULL)
    return;
  for (guint i = 0, n = g_list_model_get_n_items (G_LIST_MODEL (self->ideas)); i < n; i++)
    {
      g_autoptr(CgIdea) item = g_list_model_get_item (G_LIST_MODEL (self->ideas), i);

      if (item == idea)
        {
          cg_room_cards_scroll_to (CG_ROOM_CARDS (self->cards), i);
          break;
        }
    }
}

/* The header over the cards, as a vertical box would place them: the header at its natural
 * height, the cards in the rest. */
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
  int header_minimum, header_natural, cards_minimum, cards_natural;

  gtk_widget_measure (self->header, orientation, for_child, &header_minimum, &header_natural,
                      NULL, NULL);
  gtk_widget_measure (self->cards, orientation, for_child, &cards_minimum, &cards_natural,
                      NULL, NULL);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = header_minimum + cards_minimum;
      *natural = header_natural + cards_natural;
    }
  else
    {
      *minimum = MAX (header_minimum, cards_minimum);
      *natural = MAX (header_natural, cards_natural);
    }
}

static void
cg_presenter_column_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  CgPresenterColumn *self = CG_PRESENTER_COLUMN (widget);
  int header_minimum, header_natural, cards_minimum;
  GtkAllocation header, cards;

  gtk_widget_measure (self->header, GTK_ORIENTATION_VERTICAL, width, &header_minimum,
                      &header_natural, NULL, NULL);
  gtk_widget_measure (self->cards, GTK_ORIENTATION_VERTICAL, width, &cards_minimum, NULL,
                      NULL, NULL);
  header = (GtkAllocation) { 0, 0, width,
                             CLAMP (height - cards_minimum, header_minimum, header_natural) };
  cards = (GtkAllocation) { 0, header.height, width, MAX (height - header.height, 0) };
  gtk_widget_size_allocate (self->header, &header, -1);
  gtk_widget_size_allocate (self->cards, &cards, -1);
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
  g_clear_object (&self->ideas);
  g_clear_object (&self->theme);

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
  gtk_widget_class_set_css_name (widget_class, "cg-presenter-column");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cg_presenter_column_init (CgPresenterColumn *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->swatch), draw_swatch, self, NULL);
}

CgPresenterColumn *
cg_presenter_column_new (GListModel *ideas,
                         CgTheme    *theme)
{
  CgPresenterColumn *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (ideas), NULL);
  g_return_val_if_fail (theme == NULL || CG_IS_THEME (theme), NULL);

  self = g_object_new (CG_TYPE_PRESENTER_COLUMN, NULL);
  self->theme = theme != NULL ? g_object_ref (theme) : NULL;
  self->ideas = gtk_filter_list_model_new (g_object_ref (ideas),
                                           GTK_FILTER (gtk_custom_filter_new (in_theme_cb, theme,
                                                                              NULL)));
  self->cards = cg_room_cards_new (G_LIST_MODEL (self->ideas));
  gtk_widget_set_parent (self->cards, GTK_WIDGET (self));

  g_signal_connect_object (self->ideas, "items-changed", G_CALLBACK (ideas_changed_cb), self,
                           G_CONNECT_SWAPPED);
  if (theme != NULL)
    g_signal_connect_object (theme, "notify", G_CALLBACK (theme_changed_cb), self,
                             G_CONNECT_SWAPPED);
  update_header (self);
  return self;
}
