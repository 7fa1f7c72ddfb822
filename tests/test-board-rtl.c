/* test-board-rtl.c: right to left, the board opens at its start and scrolls the right way
 *
 * In Arabic or Hebrew the board's first column (Unsorted, then theme 1) is at the right, so the
 * board must open scrolled to its right-hand end, and moving to a column must bring it into
 * sight from that side. It reads in the right order: the columns from the right in the themes'
 * order, the cards of a column top down in the workshop's order, and each card's words as they
 * were typed, laid out from the right. The same checks run left to right as a control.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-test-window.h"

#include <gtk/gtk.h>

#include "widgets/cg-board-private.h"

#define N_THEMES 9

typedef struct
{
  CgWorkshop *workshop;
  GtkWidget  *window;
  CgBoard    *board;
  CgIdea     *first; /* the idea of theme 1 made with the others */
  CgIdea     *last;  /* the idea of the last theme */
  CgIdea     *theme_ideas[3];    /* theme 1's, in the workshop's order */
  CgIdea     *unsorted_ideas[2]; /* Unsorted's, in the workshop's order */
} Fixture;

/* More ideas, for the order within a column (none has a lam-alef: see test-render-rtl.c) */
#define LETTER "رسالة بلغة واضحة بعد كل زيارة"
#define HOURS "ساعات زيارة أطول"   /* short: on one line, it shows which side a card starts */
#define PARKING "موقف سيارات مجاني للزوار"
#define CALL "نريد أن يتصل بنا شخص نعرفه"

static CgIdea *
add_idea (Fixture    *f,
          const char *text,
          CgTheme    *theme,
          int         position)
{
  CgIdea *idea = cg_idea_new (text);

  cg_idea_set_theme (idea, theme);
  cg_workshop_insert (f->workshop, idea, position);
  g_object_unref (idea);
  return idea;
}

/* A workshop with more themes than fit in the window, in Arabic, each with one idea. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  GtkTextDirection direction = GPOINTER_TO_INT (data);
  g_autoptr(CgVoice) voice = cg_voice_new ("تجربة معاشة", "#c64600");
  g_autoptr(CgEvent) event = cg_event_new ("ورشة مارس");

  gtk_widget_set_default_direction (direction);
  f->workshop = cg_workshop_new ("ورشة التصميم المشترك");
  cg_workshop_add (f->workshop, event);
  cg_workshop_add (f->workshop, voice);
  for (guint i = 0; i < N_THEMES; i++)
    {
      g_autofree char *name = g_strdup_printf ("الموضوع %u", i + 1);
      g_autoptr(CgTheme) theme = cg_theme_new (name, "#3584e4");
      g_autoptr(CgIdea) idea = cg_idea_new ("اتصال هاتفي أولاً، ثم رسالة بلغة واضحة");

      cg_workshop_add (f->workshop, theme);
      cg_idea_set_theme (idea, theme);
      cg_idea_set_event (idea, event);
      cg_idea_set_voice (idea, voice);
      cg_workshop_add (f->workshop, idea);
      if (i == 0)
        f->first = idea;
      f->last = idea;
    }
  /* Theme 1: one idea put before the first, one after: the workshop's order, not the order
   * they were made in. Unsorted: two. */
  f->theme_ideas[0] = add_idea (f, LETTER, cg_idea_get_theme (f->first), 0);
  f->theme_ideas[1] = f->first;
  f->theme_ideas[2] = add_idea (f, HOURS, cg_idea_get_theme (f->first), -1);
  f->unsorted_ideas[0] = add_idea (f, PARKING, NULL, -1);
  f->unsorted_ideas[1] = add_idea (f, CALL, NULL, -1);
  cg_history_clear (cg_workshop_get_history (f->workshop));

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 600);
  f->board = CG_BOARD (cg_board_new ());
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (f->board)), ==, direction);
  cg_board_set_workshop (f->board, f->workshop);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->board));
  gtk_window_present (GTK_WINDOW (f->window));
  cg_test_wait_frames (f->window, 3);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
  g_assert_finalize_object (f->workshop);
}

/* Where column @index is, across the board's visible width: its left and right edges. */
static void
column_edges (Fixture *f,
              guint    index,
              double  *left,
              double  *right)
{
  GtkWidget *column = GTK_WIDGET (cg_board_get_column (f->board, index));
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (column, GTK_WIDGET (f->board), &bounds));
  *left = bounds.origin.x;
  *right = bounds.origin.x + bounds.size.width;
}

static void
assert_in_sight (Fixture *f,
                 guint    index)
{
  double left, right;
  int width = gtk_widget_get_width (GTK_WIDGET (f->board));

  column_edges (f, index, &left, &right);
  if (left < 0 || right > width)
    g_error ("column %u is at %.0f..%.0f, out of the board's 0..%d", index, left, right, width);
}

/* The board opens at its start: the first columns are in sight, on the side text starts. */
static void
test_opens_at_start (Fixture       *f,
                     gconstpointer  data)
{
  gboolean rtl = GPOINTER_TO_INT (data) == GTK_TEXT_DIR_RTL;
  guint n = cg_board_get_n_columns (f->board);
  int width = gtk_widget_get_width (GTK_WIDGET (f->board));
  double left, right, last_left, last_right;

  g_assert_cmpuint (n, ==, N_THEMES + 1);
  column_edges (f, 0, &left, &right);
  column_edges (f, n - 1, &last_left, &last_right);
  g_test_message ("board %d wide; first column %.0f..%.0f, last %.0f..%.0f", width, left, right,
                  last_left, last_right);
  /* the board is wider than the window, or this test shows nothing */
  g_assert_true (last_left < 0 || last_right > width);
  assert_in_sight (f, 0);
  assert_in_sight (f, 1);
  if (rtl)
    {
      g_assert_cmpfloat (last_right, <, left); /* the last column is to the left of the first */
      g_assert_cmpfloat (right, >, width - 60); /* and the first is at the right-hand edge */
    }
  else
    {
      g_assert_cmpfloat (last_left, >, right);
      g_assert_cmpfloat (left, <, 60);
    }
}

/* Selecting a card in the last column scrolls it into sight, and the first back again. */
static void
test_scrolls_to_column (Fixture       *f,
                        gconstpointer  data)
{
  guint n = cg_board_get_n_columns (f->board);

  cg_board_select_idea (f->board, f->last);
  cg_test_wait_frames (f->window, 3);
  assert_in_sight (f, n - 1);

  cg_board_select_idea (f->board, f->first);
  cg_test_wait_frames (f->window, 3);
  assert_in_sight (f, 1);
}

/* A new theme (a column at the far end) moves nothing in sight. */
static void
test_new_column_stays_put (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(CgTheme) theme = cg_theme_new ("الموضوع الأخير", "#e5a50a");
  double left, right, left_after, right_after;

  column_edges (f, 0, &left, &right);
  cg_workshop_add (f->workshop, theme);
  cg_test_wait_frames (f->window, 3);
  g_assert_cmpuint (cg_board_get_n_columns (f->board), ==, N_THEMES + 2);
  column_edges (f, 0, &left_after, &right_after);
  g_assert_cmpfloat_with_epsilon (left_after, left, 0.5);
  g_assert_cmpfloat_with_epsilon (right_after, right, 0.5);
}

/* Where @widget is on the board. */
static graphene_rect_t
bounds_on_board (Fixture   *f,
                 GtkWidget *widget)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (f->board), &bounds));
  return bounds;
}

/* The card's label of the idea's words. */
static GtkLabel *
find_text_label (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "cg-card-text"))
        return GTK_LABEL (child);
      if ((found = find_text_label (child)) != NULL)
        return found;
    }
  return NULL;
}

/* The columns run from the side text starts, in the themes' order: Unsorted, then theme 1, 2...
 * from the right in a right-to-left layout, from the left in a left-to-right one. */
static void
test_columns_in_order (Fixture       *f,
                       gconstpointer  data)
{
  gboolean rtl = GPOINTER_TO_INT (data) == GTK_TEXT_DIR_RTL;
  GListModel *themes = cg_workshop_get_themes (f->workshop);
  guint n = cg_board_get_n_columns (f->board);
  graphene_rect_t previous = GRAPHENE_RECT_INIT (0, 0, 0, 0);

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (themes) + 1);
  for (guint i = 0; i < n; i++)
    {
      CgBoardColumn *column = cg_board_get_column (f->board, i);
      g_autoptr(CgTheme) theme = i > 0 ? g_list_model_get_item (themes, i - 1) : NULL;
      graphene_rect_t bounds = bounds_on_board (f, GTK_WIDGET (column));
      double left = bounds.origin.x, right = left + bounds.size.width;

      g_assert_true (cg_board_column_get_theme (column) == theme);
      if (theme != NULL)
        g_assert_cmpstr (cg_board_column_get_title (column), ==, cg_theme_get_name (theme));
      g_assert_cmpfloat (bounds.size.width, >, 0);
      if (i == 0)
        {
          previous = bounds;
          continue;
        }
      /* each column is wholly on the far side of the one before it */
      if (rtl ? right > previous.origin.x + 0.5
              : left < previous.origin.x + previous.size.width - 0.5)
        g_error ("column %u (%s) is at %.0f..%.0f, not to the %s of column %u at %.0f..%.0f", i,
                 cg_board_column_get_title (column), left, right, rtl ? "left" : "right", i - 1,
                 previous.origin.x, previous.origin.x + previous.size.width);
      previous = bounds;
    }
}

/* The cards of column @index, top down, are @ideas (@n of them), each inside the column, with
 * its words as they were typed; returns the last card's label. */
static GtkLabel *
assert_cards_in_order (Fixture  *f,
                       guint     index,
                       CgIdea  **ideas,
                       guint     n)
{
  CgBoardColumn *column = cg_board_get_column (f->board, index);
  GListModel *model = cg_board_column_get_ideas (column);
  graphene_rect_t column_bounds = bounds_on_board (f, GTK_WIDGET (column));
  double bottom = -G_MAXDOUBLE;
  GtkLabel *label = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CgIdea) shown = g_list_model_get_item (model, i);
      GtkWidget *card = cg_board_get_card (f->board, ideas[i]);
      graphene_rect_t bounds;

      g_assert_true (shown == ideas[i]);
      g_assert_nonnull (card); /* in sight: the board opens at its start */
      g_assert_true (cg_board_column_find (column, ideas[i]) == i);
      bounds = bounds_on_board (f, card);
      g_test_message ("column %u, card %u: %.0f,%.0f %.0fx%.0f", index, i, bounds.origin.x,
                      bounds.origin.y, bounds.size.width, bounds.size.height);
      /* below the card before it, and within the column */
      g_assert_cmpfloat (bounds.origin.y, >=, bottom - 0.5);
      g_assert_cmpfloat (bounds.origin.x, >=, column_bounds.origin.x - 0.5);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=,
                         column_bounds.origin.x + column_bounds.size.width + 0.5);
      bottom = bounds.origin.y + bounds.size.height;

      /* the words in logical order: the very string that was typed, not reversed or shaped */
      label = find_text_label (card);
      g_assert_nonnull (label);
      g_assert_cmpstr (gtk_label_get_text (label), ==, cg_idea_get_text (ideas[i]));
      g_assert_cmpstr (cg_idea_card_get_shown_text (CG_IDEA_CARD (card)), ==,
                       cg_idea_get_text (ideas[i]));
    }
  return label;
}

/* Within a column the cards run top down in the workshop's order, and a card's Arabic words
 * are held as typed and laid out from the right: the label takes the board's direction, and the
 * one line of a short text ends at the label's right-hand edge and starts well inside it. */
static void
test_cards_in_order (Fixture       *f,
                     gconstpointer  data)
{
  GtkTextDirection direction = GPOINTER_TO_INT (data);
  GtkLabel *label;
  PangoLayout *layout;
  PangoRectangle logical;
  int x, y, width;
  double start, end;

  assert_cards_in_order (f, 0, f->unsorted_ideas, G_N_ELEMENTS (f->unsorted_ideas));
  label = assert_cards_in_order (f, 1, f->theme_ideas, G_N_ELEMENTS (f->theme_ideas));

  /* the last of theme 1's, HOURS, short enough for one line */
  g_assert_cmpstr (gtk_label_get_text (label), ==, HOURS);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (label)), ==, direction);
  layout = gtk_label_get_layout (label);
  g_assert_cmpint (pango_layout_get_line_count (layout), ==, 1);
  g_assert_cmpint (pango_layout_get_direction (layout, 0), ==, PANGO_DIRECTION_RTL);
  gtk_label_get_layout_offsets (label, &x, &y);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  width = gtk_widget_get_width (GTK_WIDGET (label));
  start = x + logical.x;
  end = start + logical.width;
  g_test_message ("label %d wide; its text at %.0f..%.0f", width, start, end);
  g_assert_cmpfloat (logical.width, <, width - 40); /* or where it starts shows nothing */
  if (direction == GTK_TEXT_DIR_RTL)
    {
      g_assert_cmpfloat_with_epsilon (end, width, 1.5);
      g_assert_cmpfloat (start, >, 40);
    }
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("no display: skipping the right-to-left board tests\n");
      return 77;
    }
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, direction, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (direction), fixture_setup, func, fixture_teardown)
  ADD ("/widgets/board/rtl/opens-at-start", GTK_TEXT_DIR_RTL, test_opens_at_start);
  ADD ("/widgets/board/rtl/scrolls-to-column", GTK_TEXT_DIR_RTL, test_scrolls_to_column);
  ADD ("/widgets/board/rtl/new-column-stays-put", GTK_TEXT_DIR_RTL, test_new_column_stays_put);
  ADD ("/widgets/board/rtl/columns-in-order", GTK_TEXT_DIR_RTL, test_columns_in_order);
  ADD ("/widgets/board/rtl/cards-in-order", GTK_TEXT_DIR_RTL, test_cards_in_order);
  ADD ("/widgets/board/ltr/opens-at-start", GTK_TEXT_DIR_LTR, test_opens_at_start);
  ADD ("/widgets/board/ltr/scrolls-to-column", GTK_TEXT_DIR_LTR, test_scrolls_to_column);
  ADD ("/widgets/board/ltr/new-column-stays-put", GTK_TEXT_DIR_LTR, test_new_column_stays_put);
  ADD ("/widgets/board/ltr/columns-in-order", GTK_TEXT_DIR_LTR, test_columns_in_order);
  ADD ("/widgets/board/ltr/cards-in-order", GTK_TEXT_DIR_LTR, test_cards_in_order);
#undef ADD

  return g_test_run ();
}
