/* test-board-rtl.c: right to left, the board opens at its start and scrolls the right way
 *
 * In Arabic or Hebrew the board's first column (Unsorted, then theme 1) is at the right, so the
 * board must open scrolled to its right-hand end, and moving to a column must bring it into
 * sight from that side. The same checks run left to right as a control.
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
  CgIdea     *first; /* the idea of theme 1 */
  CgIdea     *last;  /* the idea of the last theme */
} Fixture;

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
  ADD ("/widgets/board/ltr/opens-at-start", GTK_TEXT_DIR_LTR, test_opens_at_start);
  ADD ("/widgets/board/ltr/scrolls-to-column", GTK_TEXT_DIR_LTR, test_scrolls_to_column);
  ADD ("/widgets/board/ltr/new-column-stays-put", GTK_TEXT_DIR_LTR, test_new_column_stays_put);
#undef ADD

  return g_test_run ();
}
