/* test-room-cards.c: a column's cards on the room's screen, drawn (cg-room-cards.c)
 *
 * Which cards are in sight as a column fills up, is scrolled and loses ideas; cards that follow
 * their ideas and voices, never showing a private note; and cards drawn in the stylesheet's
 * look, high contrast and right to left included, read from the pixels drawn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "cg-test-window.h"
#include "model/cg-audience.h"
#include "widgets/room/cg-room.h"
#include "widgets/room/cg-room-cards.h"

#define N_IDEAS 30

typedef struct
{
  GListStore *ideas;
  CgVoice    *voice;
  GtkWidget  *window;
  GtkWidget  *cards;
} Fixture;

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  f->ideas = g_list_store_new (CG_TYPE_IDEA);
  f->voice = cg_voice_new ("Lived experience", "#e66100");
  for (guint i = 0; i < N_IDEAS; i++)
    {
      g_autofree char *text = g_strdup_printf ("Idea %u", i);
      g_autoptr(CgIdea) idea = cg_idea_new (text);

      cg_idea_set_voice (idea, f->voice);
      g_list_store_append (f->ideas, idea);
    }
  f->window = gtk_window_new ();
  /* the presenter's classes, as the stylesheet's rules for it ask */
  gtk_widget_add_css_class (f->window, "cg-presenter");
  cg_room_ensure_style (gtk_widget_get_display (f->window));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 420, 600);
  f->cards = cg_room_cards_new (G_LIST_MODEL (f->ideas));
  gtk_window_set_child (GTK_WINDOW (f->window), f->cards);
  gtk_window_present (GTK_WINDOW (f->window));
  cg_test_wait_frames (f->window, 3);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->ideas);
  g_clear_object (&f->voice);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static CgIdea *
idea_at (Fixture *f,
         guint    position)
{
  g_autoptr(CgIdea) idea = g_list_model_get_item (G_LIST_MODEL (f->ideas), position);

  return idea; /* (the store keeps it) */
}

static const char *
shown (Fixture *f,
       guint    position)
{
  return cg_room_cards_get_shown_text (CG_ROOM_CARDS (f->cards), idea_at (f, position));
}

/* The first and the last item in sight, and how many. */
static guint
in_sight (Fixture *f,
          guint   *first,
          guint   *last)
{
  guint n = 0;

  *first = *last = G_MAXUINT;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (f->ideas)); i++)
    if (shown (f, i) != NULL)
      {
        if (n++ == 0)
          *first = i;
        *last = i;
      }
  return n;
}

static void
scroll_to (Fixture *f,
           guint    position)
{
  cg_room_cards_scroll_to (CG_ROOM_CARDS (f->cards), position);
  cg_test_wait_frames (f->window, 2);
}

static void
test_sight (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CgIdea) head = NULL;
  guint first, last, n, n_before;

  /* a column that fills up shows its first cards, as many as it holds and no more */
  n = in_sight (f, &first, &last);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (n, >=, 5);
  g_assert_cmpuint (n, <, N_IDEAS);
  g_assert_cmpuint (last, ==, n - 1);
  g_assert_cmpstr (shown (f, 0), ==, "Idea 0");

  /* the newest brought into sight: at the foot, whole cards before it above it (the first
   * ones may have had a card cut at the foot) */
  scroll_to (f, N_IDEAS - 1);
  n_before = in_sight (f, &first, &last);
  g_assert_cmpuint (last, ==, N_IDEAS - 1);
  g_assert_null (shown (f, 0));
  g_assert_cmpuint (n_before, >=, n - 1);

  /* one in sight already: nothing moves */
  scroll_to (f, N_IDEAS - 3);
  g_assert_cmpuint (in_sight (f, &first, &last), ==, n_before);
  g_assert_cmpuint (last, ==, N_IDEAS - 1);

  /* one above: at the head */
  scroll_to (f, 2);
  in_sight (f, &first, &last);
  g_assert_cmpuint (first, ==, 2);

  /* an idea added before those in sight: the same cards stay in sight */
  head = cg_idea_new ("Added at the head");
  g_list_store_insert (f->ideas, 0, head);
  cg_test_wait_frames (f->window, 2);
  in_sight (f, &first, &last);
  g_assert_cmpuint (first, ==, 3);
  g_assert_cmpstr (shown (f, 3), ==, "Idea 2");

  /* at the foot, and ten ideas go: no room is left empty while cards above are out of sight */
  scroll_to (f, N_IDEAS);
  g_list_store_splice (f->ideas, N_IDEAS - 9, 10, NULL, 0);
  cg_test_wait_frames (f->window, 2);
  n = in_sight (f, &first, &last);
  g_assert_cmpuint (last, ==, N_IDEAS - 10);
  g_assert_cmpuint (n, >=, n_before - 1);
  g_assert_cmpuint (first, >, 0);
}

/* The card brought into sight stays there: when a card above it grows, when ideas before it
 * go (before it is placed, and straddling the head of those in sight). */
static void
test_kept_in_sight (Fixture       *f,
                    gconstpointer  data)
{
  GString *long_text = g_string_new (NULL);
  guint first, last, n;

  scroll_to (f, N_IDEAS - 1);
  for (guint i = 0; i < 12; i++)
    g_string_append (long_text, "Words that take a line or more of a card. ");
  cg_idea_set_text (idea_at (f, N_IDEAS - 2), long_text->str);
  g_string_free (long_text, TRUE);
  cg_test_wait_frames (f->window, 2);
  g_assert_cmpstr (shown (f, N_IDEAS - 1), ==, "Idea 29");
  g_assert_nonnull (shown (f, N_IDEAS - 2));

  /* asked for, then an idea before it goes before the next frame: the same card comes */
  cg_room_cards_scroll_to (CG_ROOM_CARDS (f->cards), 3);
  g_list_store_remove (f->ideas, 0);
  cg_test_wait_frames (f->window, 2);
  in_sight (f, &first, &last);
  g_assert_cmpuint (first, ==, 2);
  g_assert_cmpstr (shown (f, 2), ==, "Idea 3");

  /* at the foot again, three ideas go across the head of those in sight */
  scroll_to (f, N_IDEAS - 2);
  n = in_sight (f, &first, &last);
  g_assert_cmpuint (last, ==, N_IDEAS - 2);
  g_list_store_splice (f->ideas, first - 1, 3, NULL, 0);
  cg_test_wait_frames (f->window, 2);
  g_assert_cmpuint (in_sight (f, &first, &last), >=, n - 2);
  g_assert_cmpuint (last, ==, N_IDEAS - 5);
  g_assert_cmpstr (shown (f, last), ==, "Idea 29");
}

static gboolean
words_hold (Fixture    *f,
            const char *words)
{
  g_autofree char *all = cg_room_cards_dup_words (CG_ROOM_CARDS (f->cards));

  return strstr (all, words) != NULL;
}

/* Waits for the frames that lay out and draw what changed. */
static void
settle (Fixture *f)
{
  cg_test_wait_frames (f->window, 2);
}

static void
test_follows (Fixture       *f,
              gconstpointer  data)
{
  CgIdea *idea = idea_at (f, 1);

  cg_idea_set_text (idea, "Edited on the laptop");
  settle (f);
  g_assert_cmpstr (shown (f, 1), ==, "Edited on the laptop");
  g_assert_true (words_hold (f, "Lived experience"));

  cg_voice_set_name (f->voice, "People with lived experience");
  settle (f);
  g_assert_true (words_hold (f, "People with lived experience"));

  /* a voting round: the card taking counts, and every card's votes */
  g_assert_false (words_hold (f, "0 votes"));
  cg_room_cards_set_current (CG_ROOM_CARDS (f->cards), idea, TRUE);
  settle (f);
  g_assert_true (words_hold (f, "0 votes"));
  cg_room_cards_set_current (CG_ROOM_CARDS (f->cards), NULL, FALSE);
  settle (f);
  g_assert_false (words_hold (f, "0 votes"));
  g_assert_cmpstr (shown (f, 1), ==, "Edited on the laptop");

  /* a private note that reached the cards: nothing of it is laid out */
  cg_idea_set_private (idea, TRUE);
  settle (f);
  g_assert_null (shown (f, 1));
  g_assert_false (words_hold (f, "Edited on the laptop"));
  g_assert_cmpstr (shown (f, 2), ==, "Idea 2");
}

/* Words that look like markup are words; a card of 60,000 characters (or what the model keeps of
 * them) is taller than its column: its start shows, and the cards after it wait below. */
static void
test_hostile_words (Fixture       *f,
                    gconstpointer  data)
{
  const char *markup_like = "<b>Bold?</b> & <span foreground='red'>&amp; &#0; </span";
  g_autoptr(CgVoice) voice = cg_voice_new ("<i>Carers</i> & co", "#3584e4");
  GString *huge = g_string_new (NULL);
  g_autofree char *room_text = NULL;

  cg_idea_set_text (idea_at (f, 0), markup_like);
  cg_idea_set_voice (idea_at (f, 0), voice);
  settle (f);
  g_assert_cmpstr (shown (f, 0), ==, markup_like);
  g_assert_true (words_hold (f, "<i>Carers</i> & co"));

  while (huge->len < 60000)
    g_string_append (huge, "One long account of a night in crisis, word after word. ");
  cg_idea_set_text (idea_at (f, 1), huge->str);
  cg_room_cards_scroll_to (CG_ROOM_CARDS (f->cards), 1);
  settle (f);
  /* (the model may keep fewer characters: the card shows what it keeps) */
  g_assert_true (g_strcmp0 (shown (f, 1), cg_idea_get_text (idea_at (f, 1))) == 0);
  g_assert_cmpuint (strlen (shown (f, 1)), >, 1000);
  g_assert_null (shown (f, 2));
  g_string_free (huge, TRUE);

  /* and one emptied still makes a card, with what the room is shown for it */
  cg_idea_set_text (idea_at (f, 1), "");
  settle (f);
  room_text = cg_idea_dup_shown_text (idea_at (f, 1), CG_AUDIENCE_ROOM);
  g_assert_nonnull (room_text);
  g_assert_cmpstr (shown (f, 1), ==, room_text);
  g_assert_cmpstr (shown (f, 2), ==, "Idea 2");
}

/* The cards as drawn: pixels in cairo's ARGB32 (B, G, R, A in memory here). */
static guchar *
draw_cards (Fixture *f,
            int     *width,
            int     *height)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (f->cards);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (f->cards));
  guchar *pixels;

  *width = gtk_widget_get_width (f->cards);
  *height = gtk_widget_get_height (f->cards);
  gdk_paintable_snapshot (paintable, snapshot, *width, *height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  pixels = g_malloc ((gsize) *width * *height * 4);
  gdk_texture_download (texture, pixels, *width * 4);
  return pixels;
}

typedef struct
{
  guint dark;           /* near black */
  guint colour_start;   /* strongly coloured, in the left fifth */
  guint colour_end;     /* the same in the right fifth */
} Counts;

static Counts
count_pixels (Fixture *f)
{
  Counts counts = { 0, 0, 0 };
  int width, height;
  g_autofree guchar *pixels = draw_cards (f, &width, &height);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = pixels + ((gsize) y * width + x) * 4;
        int top = MAX (p[0], MAX (p[1], p[2])), bottom = MIN (p[0], MIN (p[1], p[2]));

        if (p[3] > 200 && top < 90)
          counts.dark++;
        if (p[3] > 200 && top - bottom > 90)
          {
            if (x < width / 5)
              counts.colour_start++;
            else if (x >= width - width / 5)
              counts.colour_end++;
          }
      }
  return counts;
}

static void
test_look (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GtkCssProvider) provider = NULL;
  Counts plain, contrast, rtl, green;

  plain = count_pixels (f);
  /* the voice's stripe at the start edge: the left */
  g_assert_cmpuint (plain.colour_start, >, 100);
  g_assert_cmpuint (plain.colour_end, ==, 0);

  /* high contrast: cards with solid borders in the text's colour */
  gtk_widget_add_css_class (f->window, "cg-high-contrast");
  cg_test_wait_frames (f->window, 3);
  contrast = count_pixels (f);
  g_assert_cmpuint (contrast.dark, >, plain.dark + 1000);

  /* right to left: the stripe at the right */
  gtk_widget_remove_css_class (f->window, "cg-high-contrast");
  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  cg_test_wait_frames (f->window, 3);
  rtl = count_pixels (f);
  g_assert_cmpuint (rtl.colour_end, >, 100);
  g_assert_cmpuint (rtl.colour_start, ==, 0);
  g_assert_cmpuint (rtl.dark, <, contrast.dark);

  /* a change of a colour alone (no size, no text colour): the cards are drawn again */
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, ".cg-presenter-card { background-color: #00a000; }",
                                   -1);
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (f->window),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_USER);
  cg_test_wait_frames (f->window, 3);
  green = count_pixels (f);
  gtk_style_context_remove_provider_for_display (gtk_widget_get_display (f->window),
                                                 GTK_STYLE_PROVIDER (provider));
  g_assert_cmpuint (green.colour_start, >, 10 * rtl.colour_end);
  g_assert_cmpuint (green.colour_end, >, 10 * rtl.colour_end);
}

int
main (int   argc,
      char *argv[])
{
  cg_test_window_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/widgets/room-cards/" path, Fixture, NULL, set_up, func, tear_down)
  ADD ("sight", test_sight);
  ADD ("kept-in-sight", test_kept_in_sight);
  ADD ("follows", test_follows);
  ADD ("hostile-words", test_hostile_words);
  ADD ("look", test_look);
#undef ADD

  return g_test_run ();
}
