/* test-window-size.c: the window at every size: small screens, projector text, and the card
 * Escape brings into view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "cg-test-util.h"
#include "cg-test-window.h"
#include "widgets/cg-board-private.h"

typedef CgTestWindow Fixture;

/* A clean text size for each test: the settings outlive a window, as they should. */
static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    g_error ("the settings schema %s is not compiled for the tests (GSETTINGS_SCHEMA_DIR)",
             APP_ID);
  settings = g_settings_new_full (schema, NULL, NULL);
  g_settings_reset (settings, "text-scale");
  cg_test_window_set_up (f, data);
}

/* Waiting */

typedef struct
{
  GtkWidget *widget;
  int        width;
  int        height;
} SizeWait;

static gboolean
fits_cb (gpointer data)
{
  SizeWait *wait = data;

  return gtk_widget_get_width (wait->widget) > 0 &&
         gtk_widget_get_width (wait->widget) <= wait->width &&
         gtk_widget_get_height (wait->widget) <= wait->height;
}

/* Asks for a window of @width x @height and waits until it has been laid out no larger. */
static void
resize_window (Fixture *f,
               int      width,
               int      height)
{
  SizeWait wait = { GTK_WIDGET (f->window), width, height };

  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  cg_test_wait_until (fits_cb, &wait);
  cg_test_iterate ();
}

typedef struct
{
  GtkWidget *widget;
  int        size;
} FontWait;

static int
font_size (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);

  return pango_font_description_get_size (pango_context_get_font_description (context));
}

static gboolean
font_at_least_cb (gpointer data)
{
  FontWait *wait = data;

  return font_size (wait->widget) >= wait->size;
}

/* Zooms in @steps times and waits until @widget has been styled (and so laid out) with the
 * larger text. */
static void
zoom_to (Fixture   *f,
         guint      steps,
         GtkWidget *widget)
{
  FontWait wait = { widget, font_size (widget) };
  double before = f->window->text_scale;

  for (guint i = 0; i < steps; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-in", NULL));
  wait.size = (int) (wait.size * (f->window->text_scale / before) * 0.98);
  cg_test_wait_until (font_at_least_cb, &wait);
  cg_test_iterate ();
}

static gboolean
at_least_cb (gpointer data)
{
  SizeWait *wait = data;

  return gtk_widget_get_width (wait->widget) >= wait->width &&
         gtk_widget_get_height (wait->widget) >= wait->height;
}

static void
wait_until_at_least (GtkWidget *widget,
                     int        width,
                     int        height)
{
  SizeWait wait = { widget, width, height };

  cg_test_wait_until (at_least_cb, &wait);
  cg_test_iterate ();
}

/* The parts looked at */

static CgBoardColumn *
find_column (Fixture    *f,
             const char *title)
{
  CgBoard *board = f->board;

  for (guint i = 0; i < cg_board_get_n_columns (board); i++)
    {
      CgBoardColumn *column = cg_board_get_column (board, i);

      if (g_strcmp0 (cg_board_column_get_title (column), title) == 0)
        return column;
    }
  g_assert_not_reached ();
}

/* The theme's name in a column's header: the label after the colour dot. */
static GtkLabel *
column_title (CgBoardColumn *column)
{
  GtkWidget *header = cg_board_column_get_header (column);

  for (GtkWidget *child = gtk_widget_get_first_child (header); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) &&
        g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), cg_board_column_get_title (column)) == 0)
      return GTK_LABEL (child);
  g_assert_not_reached ();
}

/* Whether @widget lies wholly inside @within (its border box), horizontally (and, with
 * @vertically, vertically, give or take the pixel a header bar's border overlaps by). */
static gboolean
lies_within (GtkWidget *widget,
             GtkWidget *within,
             gboolean   vertically)
{
  graphene_rect_t bounds, box;

  if (!gtk_widget_get_mapped (widget) || !gtk_widget_compute_bounds (widget, within, &bounds) ||
      !gtk_widget_compute_bounds (within, within, &box))
    return FALSE;
  if (bounds.origin.x < box.origin.x - 0.5 ||
      bounds.origin.x + bounds.size.width > box.origin.x + box.size.width + 0.5)
    return FALSE;
  return !vertically ||
         (bounds.origin.y >= box.origin.y - 2 &&
          bounds.origin.y + bounds.size.height <= box.origin.y + box.size.height + 2);
}

static void
collect_controls (GtkWidget *widget,
                  GPtrArray *controls)
{
  /* (a control folded away, as the room's buttons are in a narrow header, is not shown at all:
   * it keeps its key and its menu item) */
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;
  if (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_DROP_DOWN (widget))
    {
      g_ptr_array_add (controls, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_controls (child, controls);
}

/* Whether @widget shows whole: within the window and within every ancestor that clips. */
static gboolean
shows_whole (GtkWidget *widget)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));

  for (GtkWidget *ancestor = gtk_widget_get_parent (widget); ancestor != window;
       ancestor = gtk_widget_get_parent (ancestor))
    if (gtk_widget_get_overflow (ancestor) == GTK_OVERFLOW_HIDDEN &&
        !lies_within (widget, ancestor, TRUE))
      return FALSE;
  return lies_within (widget, window, TRUE);
}

/* Every button, menu and picker of the header bar shows whole on the window. */
static void
assert_header_reachable (Fixture *f)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  g_autoptr(GPtrArray) controls = g_ptr_array_new ();
  gboolean has_close = FALSE;

  collect_controls (gtk_window_get_titlebar (GTK_WINDOW (f->window)), controls);
  g_assert_cmpuint (controls->len, >=, 7);
  for (guint i = 0; i < controls->len; i++)
    {
      GtkWidget *control = g_ptr_array_index (controls, i);

      graphene_rect_t bounds = { { 0, 0 }, { 0, 0 } };

      if (!gtk_widget_compute_bounds (control, window, &bounds) || !shows_whole (control))
        g_error ("a %s of the header bar (%s) is cut off (%d x %d window): %g, %g, %g x %g",
                 G_OBJECT_TYPE_NAME (control),
                 gtk_widget_get_tooltip_text (control) ? gtk_widget_get_tooltip_text (control)
                                                       : gtk_widget_get_css_name (control),
                 gtk_widget_get_width (window), gtk_widget_get_height (window),
                 bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height);
      has_close |= gtk_widget_has_css_class (control, "close");
    }
  g_assert_true (has_close);
}

/* How many columns show whole in the part of the board scrolled into view. */
static guint
n_whole_columns (Fixture *f)
{
  CgBoard *board = f->board;
  guint n = 0;

  for (guint i = 0; i < cg_board_get_n_columns (board); i++)
    n += lies_within (GTK_WIDGET (cg_board_get_column (board, i)), board->scroller, FALSE);
  return n;
}

static int
minimum_size (GtkWidget      *widget,
              GtkOrientation  orientation)
{
  int minimum;

  gtk_widget_measure (widget, orientation, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static GtkWidget *
find_voices_button (Fixture *f)
{
  g_autoptr(GPtrArray) controls = g_ptr_array_new ();

  collect_controls (gtk_window_get_titlebar (GTK_WINDOW (f->window)), controls);
  for (guint i = 0; i < controls->len; i++)
    {
      GtkWidget *control = g_ptr_array_index (controls, i);

      if (GTK_IS_ACTIONABLE (control) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (control)),
                     "win.show-voices") == 0)
        return control;
    }
  return NULL;
}

/* Tests */

/* A laptop of 800 x 600 (or a window made that small): all of it is there, two columns show,
 * and the voices are a button away. */
static void
test_small_window (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  GtkWidget *voices = GTK_WIDGET (f->window->voices_panel);
  GtkWidget *title = GTK_WIDGET (f->window->title_label);
  GtkWidget *voices_button;
  PangoFontMetrics *metrics;
  int char_width;

  /* docked beside the board when there is room */
  g_assert_true (gtk_widget_get_mapped (voices));

  g_assert_cmpint (minimum_size (window, GTK_ORIENTATION_HORIZONTAL), <=, 800);
  g_assert_cmpint (minimum_size (window, GTK_ORIENTATION_VERTICAL), <=, 600);
  resize_window (f, 800, 600);
  g_assert_cmpint (minimum_size (window, GTK_ORIENTATION_HORIZONTAL), <=, 800);

  assert_header_reachable (f);
  g_assert_true (lies_within (GTK_WIDGET (f->capture_bar), window, TRUE));
  g_assert_cmpuint (n_whole_columns (f), >=, 2);

  /* the title keeps a few words rather than collapsing to "…" */
  metrics = pango_context_get_metrics (gtk_widget_get_pango_context (title), NULL, NULL);
  char_width = pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  pango_font_metrics_unref (metrics);
  g_assert_cmpint (gtk_widget_get_width (title), >=, 10 * char_width);

  /* the voices panel folds away, and a header button brings it back as a sidebar */
  g_assert_false (gtk_widget_get_visible (voices));
  voices_button = find_voices_button (f);
  g_assert_nonnull (voices_button);
  g_assert_true (gtk_widget_get_mapped (voices_button));
  g_assert_true (gtk_widget_activate_action (window, "win.show-voices", NULL));
  cg_test_iterate ();
  g_assert_true (gtk_widget_get_visible (voices));
  wait_until_at_least (voices, 1, 1);
  g_assert_true (lies_within (voices, window, FALSE));
  g_assert_true (gtk_widget_activate_action (window, "win.show-voices", NULL));
  g_assert_false (gtk_widget_get_visible (voices));

  /* made large again, the window docks the panel as before */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 760);
  wait_until_at_least (window, 1200, 1);
  g_assert_true (gtk_widget_get_visible (voices));
  g_assert_false (gtk_widget_get_mapped (voices_button));
}

/* Projector text at 200% on a 1366 x 768 screen: the window still fits, every control of the
 * header is on it, and two columns show. */
static void
test_large_text (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  GtkLabel *title = column_title (find_column (f, "First contacts"));

  zoom_to (f, 5, GTK_WIDGET (title));
  g_assert_cmpfloat (f->window->text_scale, >, 1.95);
  g_assert_cmpfloat (f->window->text_scale, <, 2.05);

  g_assert_cmpint (minimum_size (window, GTK_ORIENTATION_HORIZONTAL), <=, 1366);
  g_assert_cmpint (minimum_size (window, GTK_ORIENTATION_VERTICAL), <=, 768);
  resize_window (f, 1366, 768);
  assert_header_reachable (f);
  g_assert_true (lies_within (GTK_WIDGET (f->capture_bar), window, TRUE));
  g_assert_cmpuint (n_whole_columns (f), >=, 2);
}

/* At 175% a long theme name wraps onto a second line of a wider column: it is not cut short. */
static void
test_theme_names_wrap (Fixture       *f,
                       gconstpointer  data)
{
  CgBoardColumn *column = find_column (f, "Alternatives to in-patient treatment");
  GtkLabel *title = column_title (column);
  int width = gtk_widget_get_width (GTK_WIDGET (column));
  int text_width;

  g_assert_cmpint (width, >, 0);
  zoom_to (f, 4, GTK_WIDGET (title));
  g_assert_cmpfloat (f->window->text_scale, >, 1.7);
  g_assert_cmpfloat (f->window->text_scale, <, 1.8);

  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (title)));
  pango_layout_get_pixel_size (gtk_label_get_layout (title), &text_width, NULL);
  g_assert_cmpint (text_width, <=, gtk_widget_get_width (GTK_WIDGET (title)));
  /* larger text, wider columns */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (column)), >=, (int) (width * 1.6));
}

/* After each frame: no column in sight shows an empty list while it counts ideas. */
typedef struct
{
  Fixture *f;
  guint    n_frames;
  guint    n_blank;
} FrameWatch;

static gboolean
list_shows_cards (CgBoardList *list)
{
  for (GtkWidget *card = gtk_widget_get_first_child (GTK_WIDGET (list)); card != NULL;
       card = gtk_widget_get_next_sibling (card))
    {
      graphene_rect_t bounds;

      if (gtk_widget_get_child_visible (card) &&
          gtk_widget_compute_bounds (card, GTK_WIDGET (list), &bounds) &&
          bounds.origin.y + bounds.size.height > 0 &&
          bounds.origin.y < gtk_widget_get_height (GTK_WIDGET (list)))
        return TRUE;
    }
  return FALSE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                FrameWatch    *watch)
{
  CgBoard *board = watch->f->board;

  watch->n_frames++;
  for (guint i = 0; i < cg_board_get_n_columns (board); i++)
    {
      CgBoardColumn *column = cg_board_get_column (board, i);
      CgBoardList *list = cg_board_column_get_list (column);
      graphene_rect_t bounds;

      if (g_list_model_get_n_items (cg_board_column_get_ideas (column)) == 0 ||
          !gtk_widget_compute_bounds (GTK_WIDGET (list), board->scroller, &bounds) ||
          bounds.origin.x >= gtk_widget_get_width (board->scroller) ||
          bounds.origin.x + bounds.size.width <= 0)
        continue;
      if (!list_shows_cards (list))
        watch->n_blank++;
    }
}

typedef struct
{
  Fixture *f;
  CgIdea  *idea;
} RevealWait;

static gboolean
card_in_sight_cb (gpointer data)
{
  RevealWait *wait = data;
  CgBoard *board = wait->f->board;
  GtkWidget *card = cg_board_get_card (board, wait->idea);

  /* (the window's focus widget: whether the window is the active one depends on the other
   * tests on the display) */
  return card != NULL && gtk_root_get_focus (gtk_widget_get_root (card)) == card &&
         lies_within (card, board->scroller, TRUE);
}

/* A card picked in a column out of sight (the last card of the last column, past the voices
 * panel): Escape to the board scrolls it whole into view, and no column on the way is drawn
 * without its cards. */
static void
test_escape_reveals_card (Fixture       *f,
                          gconstpointer  data)
{
  CgBoard *board = f->board;
  CgBoardColumn *column = find_column (f, "Peer roles");
  GListModel *ideas = cg_board_column_get_ideas (column);
  CgIdea *idea = cg_test_nth (ideas, g_list_model_get_n_items (ideas) - 1);
  GtkAdjustment *hadjustment =
    gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (board->scroller));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  FrameWatch watch = { f, 0, 0 };
  RevealWait wait = { f, idea };
  gulong handler;

  wait_until_at_least (GTK_WIDGET (f->window), 1200, 1);
  g_assert_cmpfloat (gtk_adjustment_get_value (hadjustment), ==, 0);
  g_assert_false (lies_within (GTK_WIDGET (column), board->scroller, FALSE));

  /* picked (say by a search) while the capture bar has the keys */
  cg_capture_bar_focus (f->capture_bar);
  cg_board_set_selected (board, idea, FALSE);
  g_assert_true (cg_board_get_selected_idea (board) == idea);

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &watch);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.focus-board", NULL));
  cg_test_wait_until (card_in_sight_cb, &wait);
  cg_test_iterate ();
  g_signal_handler_disconnect (clock, handler);

  g_assert_cmpfloat (gtk_adjustment_get_value (hadjustment), >, 0);
  if (!card_in_sight_cb (&wait))
    {
      GtkWidget *card = cg_board_get_card (board, idea);
      graphene_rect_t bounds = { { 0, 0 }, { 0, 0 } };

      if (card != NULL && !gtk_widget_compute_bounds (card, board->scroller, &bounds))
        g_test_message ("the card has no bounds");
      g_error ("the card left the view (card %p, focus %d, at %g, %g, %g x %g in %d x %d, "
               "scrolled to %g)", (void *) card,
               card != NULL && gtk_root_get_focus (gtk_widget_get_root (card)) == card,
               bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height,
               gtk_widget_get_width (board->scroller), gtk_widget_get_height (board->scroller),
               gtk_adjustment_get_value (hadjustment));
    }
  g_assert_cmpuint (watch.n_frames, >, 0);
  g_assert_cmpuint (watch.n_blank, ==, 0);
}

/* The text size chosen is the one a new window starts with. */
static void
test_text_size_remembered (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  CgWindow *second;
  double scale;

  g_assert_cmpfloat (f->window->text_scale, ==, 1.0);
  zoom_to (f, 2, GTK_WIDGET (f->board));
  scale = f->window->text_scale;
  g_assert_cmpfloat (scale, >, 1.25);
  g_assert_cmpfloat (g_settings_get_double (settings, "text-scale"), ==, scale);
  gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = NULL;
  cg_test_iterate ();

  second = cg_window_new (NULL);
  g_assert_cmpfloat (second->text_scale, ==, scale);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (second), "win.zoom-reset", NULL));
  g_assert_cmpfloat (second->text_scale, ==, 1.0);
  g_assert_cmpfloat (g_settings_get_double (settings, "text-scale"), ==, 1.0);
  gtk_window_destroy (GTK_WINDOW (second));
}

int
main (int   argc,
      char *argv[])
{
  cg_test_window_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/widgets/window-size/" path, Fixture, NULL, set_up, func, \
              cg_test_window_tear_down)
  ADD ("small-window", test_small_window);
  ADD ("large-text", test_large_text);
  ADD ("theme-names-wrap", test_theme_names_wrap);
  ADD ("escape-reveals-card", test_escape_reveals_card);
  ADD ("text-size-remembered", test_text_size_remembered);
#undef ADD

  return g_test_run ();
}
