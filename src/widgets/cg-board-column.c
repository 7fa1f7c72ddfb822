/* cg-board-column.c: one column of the board: a theme's header over a virtualised list of cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-board"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-board-private.h"

/* The colour of the Unsorted column's dot. */
#define UNSORTED_COLOUR "#9a9996"

struct _CgBoardColumn
{
  GtkWidget           parent_instance;

  CgBoard            *board; /* unowned: the board owns its columns */
  CgTheme            *theme; /* NULL: Unsorted */
  GtkFilter          *filter;
  GtkFilterListModel *ideas;

  GtkWidget          *header;
  GtkWidget          *swatch;
  GtkWidget          *title;
  GtkWidget          *count;
  GtkWidget          *menu_button; /* NULL in Unsorted */
  GtkWidget          *scroller;
  CgBoardList        *list;
  gboolean            has_filter; /* the board's filter follows the theme test */
};

G_DEFINE_FINAL_TYPE (CgBoardColumn, cg_board_column, GTK_TYPE_WIDGET)

static gboolean
idea_in_theme (gpointer item,
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
  CgBoardColumn *self = user_data;
  const char *colour = self->theme != NULL ? cg_theme_get_colour (self->theme) : NULL;
  double radius = MIN (width, height) / 2.0;
  GdkRGBA rgba, ring;

  if (!gdk_rgba_parse (&rgba, colour != NULL ? colour : UNSORTED_COLOUR))
    return;
  cairo_arc (cr, width / 2.0, height / 2.0, radius - 1, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, &rgba);
  if (self->theme != NULL)
    {
      /* the theme's colour in a faint ring of the text colour: a dark colour on a dark style
       * still shows (and the name is there anyway) */
      cairo_fill_preserve (cr);
      gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &ring);
      ring.alpha *= 0.35;
      gdk_cairo_set_source_rgba (cr, &ring);
      cairo_set_line_width (cr, 1);
    }
  else
    {
      /* Unsorted is a ring, not a colour: it is the absence of a theme */
      cairo_set_line_width (cr, 3);
      cairo_new_path (cr);
      cairo_arc (cr, width / 2.0, height / 2.0, radius - 1.5, 0, 2 * G_PI);
    }
  cairo_stroke (cr);
}

static void
update_count (CgBoardColumn *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->ideas));
  g_autofree char *text = g_strdup_printf (ngettext ("%u idea", "%u ideas", n), n);
  g_autofree char *list_label = g_strdup_printf ("%s, %s", cg_board_column_get_title (self),
                                                 text);

  gtk_label_set_text (GTK_LABEL (self->count), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  list_label, -1);
  /* the column itself is a group, named as its header reads: a screen reader entering it says
   * which theme and how many ideas */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  list_label, -1);
}

static void
update_header (CgBoardColumn *self)
{
  const char *title = cg_board_column_get_title (self);

  gtk_label_set_text (GTK_LABEL (self->title), title);
  gtk_widget_set_tooltip_text (self->title, title);
  gtk_widget_queue_draw (self->swatch);
  if (self->menu_button != NULL)
    {
      /* Translators: the menu of a column; %s is the theme's name */
      g_autofree char *options = g_strdup_printf (_("Theme options for %s"), title);

      gtk_widget_set_tooltip_text (self->menu_button, options);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, options, -1);
    }
  update_count (self);
}

static GMenuItem *
theme_menu_item (const char *label,
                 const char *action,
                 GVariant   *target)
{
  GMenuItem *item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  return item;
}

static GMenuModel *
build_theme_menu (CgTheme *theme)
{
  const char *id = cg_object_get_id (CG_OBJECT (theme));
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) move = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  g_autoptr(GMenuItem) rename_item = NULL;
  g_autoptr(GMenuItem) colour_item = NULL;
  g_autoptr(GMenuItem) left_item = NULL;
  g_autoptr(GMenuItem) right_item = NULL;
  g_autoptr(GMenuItem) remove_item = NULL;

  rename_item = theme_menu_item (_("_Rename…"), "board.rename-theme",
                                 g_variant_new_string (id));
  colour_item = theme_menu_item (_("_Colour…"), "board.recolour-theme",
                                 g_variant_new_string (id));
  left_item = theme_menu_item (_("Move _Left"), "board.move-theme",
                               g_variant_new ("(si)", id, -1));
  right_item = theme_menu_item (_("Move _Right"), "board.move-theme",
                                g_variant_new ("(si)", id, 1));
  remove_item = theme_menu_item (_("Re_move"), "board.remove-theme",
                                 g_variant_new_string (id));

  g_menu_append_item (edit, rename_item);
  g_menu_append_item (edit, colour_item);
  g_menu_append_item (move, left_item);
  g_menu_append_item (move, right_item);
  g_menu_append_item (remove, remove_item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (move));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  return G_MENU_MODEL (menu);
}

/* The menu is made when first opened: a popover menu for every column would slow the opening of
 * a board with many themes. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  CgBoardColumn *self = user_data;
  g_autoptr(GMenuModel) menu = NULL;

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;
  menu = build_theme_menu (self->theme);
  gtk_menu_button_set_menu_model (button, menu);
}

/* The header is in cg-board-column.ui; Unsorted has no menu (it cannot be renamed, moved or
 * removed), a theme's is made when first opened. */
static void
set_up_header (CgBoardColumn *self)
{
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->swatch), draw_swatch, self, NULL);
  if (self->theme != NULL)
    gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->menu_button),
                                           create_menu_cb, self, NULL);
  else
    {
      gtk_box_remove (GTK_BOX (self->header), self->menu_button);
      self->menu_button = NULL;
    }
}

static void
build_list (CgBoardColumn *self,
            GListModel    *ideas)
{
  GtkCustomFilter *in_theme = gtk_custom_filter_new (idea_in_theme, self->theme, NULL);

  /* Every (in this theme, the board's filter): the theme test first, as it is the cheap one */
  self->filter = GTK_FILTER (gtk_every_filter_new ());
  gtk_multi_filter_append (GTK_MULTI_FILTER (self->filter), GTK_FILTER (in_theme));
  self->ideas = gtk_filter_list_model_new (g_object_ref (ideas), g_object_ref (self->filter));
  g_signal_connect_object (self->ideas, "items-changed", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);

  self->list = cg_board_list_new (self->board, G_LIST_MODEL (self->ideas));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->list));
}

static void
cg_board_column_dispose (GObject *object)
{
  CgBoardColumn *self = CG_BOARD_COLUMN (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_BOARD_COLUMN);
  self->list = NULL;
  g_clear_object (&self->ideas);
  g_clear_object (&self->filter);
  g_clear_object (&self->theme);

  G_OBJECT_CLASS (cg_board_column_parent_class)->dispose (object);
}

static void
cg_board_column_class_init (CgBoardColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_board_column_dispose;

  gtk_widget_class_set_css_name (widget_class, "cg-board-column");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/cg-board-column.ui");
  gtk_widget_class_bind_template_child (widget_class, CgBoardColumn, header);
  gtk_widget_class_bind_template_child (widget_class, CgBoardColumn, swatch);
  gtk_widget_class_bind_template_child (widget_class, CgBoardColumn, title);
  gtk_widget_class_bind_template_child (widget_class, CgBoardColumn, count);
  gtk_widget_class_bind_template_child (widget_class, CgBoardColumn, menu_button);
  gtk_widget_class_bind_template_child (widget_class, CgBoardColumn, scroller);
}

static void
cg_board_column_init (CgBoardColumn *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CgBoardColumn *
cg_board_column_new (CgBoard    *board,
                     CgTheme    *theme,
                     GListModel *ideas)
{
  CgBoardColumn *self;

  g_return_val_if_fail (CG_IS_BOARD (board), NULL);
  g_return_val_if_fail (theme == NULL || CG_IS_THEME (theme), NULL);

  self = g_object_new (CG_TYPE_BOARD_COLUMN, NULL);
  self->board = board;
  self->theme = theme != NULL ? g_object_ref (theme) : NULL;
  set_up_header (self);
  build_list (self, ideas);
  if (theme != NULL)
    g_signal_connect_object (theme, "notify", G_CALLBACK (update_header), self,
                             G_CONNECT_SWAPPED);
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "cg-column-unsorted");
  update_header (self);
  return self;
}

CgTheme *
cg_board_column_get_theme (CgBoardColumn *self)
{
  g_return_val_if_fail (CG_IS_BOARD_COLUMN (self), NULL);
  return self->theme;
}

GListModel *
cg_board_column_get_ideas (CgBoardColumn *self)
{
  g_return_val_if_fail (CG_IS_BOARD_COLUMN (self), NULL);
  return G_LIST_MODEL (self->ideas);
}

CgBoardList *
cg_board_column_get_list (CgBoardColumn *self)
{
  g_return_val_if_fail (CG_IS_BOARD_COLUMN (self), NULL);
  return self->list;
}

GtkWidget *
cg_board_column_get_header (CgBoardColumn *self)
{
  g_return_val_if_fail (CG_IS_BOARD_COLUMN (self), NULL);
  return self->header;
}

const char *
cg_board_column_get_title (CgBoardColumn *self)
{
  g_return_val_if_fail (CG_IS_BOARD_COLUMN (self), NULL);
  return self->theme != NULL ? cg_theme_get_name (self->theme) : _("Unsorted");
}

const char *
cg_board_column_get_count_text (CgBoardColumn *self)
{
  g_return_val_if_fail (CG_IS_BOARD_COLUMN (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->count));
}

void
cg_board_column_set_filter (CgBoardColumn *self,
                            GtkFilter     *filter)
{
  GtkMultiFilter *every;

  g_return_if_fail (CG_IS_BOARD_COLUMN (self));

  /* [0] is the theme test; [1], when there, the board's filter */
  every = GTK_MULTI_FILTER (self->filter);
  if (self->has_filter)
    gtk_multi_filter_remove (every, 1);
  self->has_filter = filter != NULL;
  if (filter != NULL)
    gtk_multi_filter_append (every, g_object_ref (filter));
}

void
cg_board_column_set_editable (CgBoardColumn *self,
                              gboolean       editable)
{
  g_return_if_fail (CG_IS_BOARD_COLUMN (self));

  if (self->menu_button != NULL)
    gtk_widget_set_visible (self->menu_button, editable);
}

guint
cg_board_column_find (CgBoardColumn *self,
                      CgIdea        *idea)
{
  GListModel *ideas;

  g_return_val_if_fail (CG_IS_BOARD_COLUMN (self), GTK_INVALID_LIST_POSITION);

  ideas = G_LIST_MODEL (self->ideas);
  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      g_autoptr(CgIdea) item = g_list_model_get_item (ideas, i);

      if (item == idea)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}
