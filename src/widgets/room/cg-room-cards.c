/* cg-room-cards.c: the cards of one column on the room's screen, drawn
 *
 * Nobody scrolls the room's screen or points at it, and a column shows a dozen or so of its
 * cards: the first ones, then the newest as they are captured, or the card a voting round is
 * at. So its cards are not widgets. Each card in sight is laid out once, at the column's width,
 * and drawn once into a picture (a render node) that is kept until its idea, its voice or the
 * cards' look changes; a frame places those pictures. A capture lays out and draws one card:
 * no list rows, labels or style nodes are made, measured or styled for it (issue 11 measured
 * that work as most of what the presenter added to a capture; bench-presenter).
 *
 * The look is the stylesheet's (ui/cg-room.css) all the same: two boxes that are never shown
 * carry a card's classes (.cg-presenter-card, and .cg-presenter-current for the one taking
 * counts) with a label of each of a card's kinds of words in the first, and the cards are drawn
 * with their styles, so the screen's type size, dark style and high contrast apply as to a
 * widget. What a card says is the spotlight card's (cg_presenter_card_dup_meta).
 *
 * A screen reader finds the column (a group named by its theme and count, set by the column);
 * the cards' words are read on the laptop's board, where each card is a widget with a name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-room"

#include "config.h"

#include <string.h>

#include "cg-presenter-card.h"
#include "cg-room-cards.h"
#include "model/cg-audience.h"
#include "widgets/cg-voice-stripe.h"

/* A card's words are at least this many characters wide, as a label's width-chars. */
#define MIN_CHARS 10

typedef struct
{
  CgIdea        *idea;
  CgVoice       *voice;         /* followed: a renamed voice shows at once */
  gulong         idea_handler;
  gulong         voice_handler;
  gboolean       laid_out;
  gboolean       in_sight;      /* at the last allocation */
  char          *text;          /* NULL: nothing shows (never a private note's words) */
  PangoLayout   *words;
  PangoLayout   *meta;          /* voice · kind · votes */
  int            height;        /* with its margins; 0 when nothing shows */
  GskRenderNode *node;          /* the card drawn at 0, 0; NULL until a frame needs it */
} Card;

/* What the cards' look depends on, [0] for a card and [1] for the one taking counts: when any
 * of it changes, every card is laid out and drawn again. */
typedef struct
{
  GdkRGBA   words;
  GdkRGBA   meta;
  GtkBorder margin[2];
  GtkBorder border[2];
  GtkBorder padding[2];
  guint     serial[2];          /* of the words' and the meta line's fonts */
  int       direction;
  int       scale;              /* the screen's pixels to a point */
} Look;

struct _CgRoomCards
{
  GtkWidget   parent_instance;

  GListModel *ideas;
  GHashTable *cards;            /* CgIdea -> Card: those in sight */
  CgIdea     *current;
  gboolean    show_votes;
  guint       top;              /* the first item in sight */
  int         anchor;           /* the item last brought into sight, kept there (-1: none) */
  gboolean    restyle;          /* a card's style changed: every card is drawn again */
  int         width;            /* the width the cards are laid out for */
  Look        look;

  /* never shown (CgCardStyle): the styles of a card, of the one taking counts, and of a card's
   * words and of the line under them */
  GtkWidget  *card_style;
  GtkWidget  *current_style;
  GtkWidget  *words_style;
  GtkWidget  *meta_style;
};

G_DEFINE_FINAL_TYPE (CgRoomCards, cg_room_cards, GTK_TYPE_WIDGET)

/* A part of a card that is never shown: the cards are drawn in its style, and a change of its
 * style (a class on the window, say high contrast) has them laid out and drawn again. */
#define CG_TYPE_CARD_STYLE (cg_card_style_get_type ())
G_DECLARE_FINAL_TYPE (CgCardStyle, cg_card_style, CG, CARD_STYLE, GtkWidget)

struct _CgCardStyle
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (CgCardStyle, cg_card_style, GTK_TYPE_WIDGET)

static void
cg_card_style_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  GtkWidget *cards = gtk_widget_get_parent (widget);

  GTK_WIDGET_CLASS (cg_card_style_parent_class)->css_changed (widget, change);
  while (cards != NULL && !CG_IS_ROOM_CARDS (cards))
    cards = gtk_widget_get_parent (cards);
  if (cards != NULL)
    {
      /* (any of it: a background or a border's colour is not in the Look) */
      CG_ROOM_CARDS (cards)->restyle = TRUE;
      gtk_widget_queue_allocate (cards);
    }
}

static void
cg_card_style_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (cg_card_style_parent_class)->dispose (object);
}

static void
cg_card_style_class_init (CgCardStyleClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_card_style_dispose;
  GTK_WIDGET_CLASS (klass)->css_changed = cg_card_style_css_changed;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "cg-card-style");
}

static void
cg_card_style_init (CgCardStyle *self)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
}

static GtkWidget *
card_style_new (GtkWidget  *parent,
                const char *css_class,
                const char *other_class)
{
  GtkWidget *style = g_object_new (CG_TYPE_CARD_STYLE, NULL);

  gtk_widget_add_css_class (style, css_class);
  if (other_class != NULL)
    gtk_widget_add_css_class (style, other_class);
  gtk_widget_set_parent (style, parent);
  gtk_widget_set_child_visible (style, FALSE);
  return style;
}

/* Cards */

static void
unlay (Card *card)
{
  if (card == NULL)
    return;
  card->laid_out = FALSE;
  card->height = 0;
  g_clear_pointer (&card->text, g_free);
  g_clear_object (&card->words);
  g_clear_object (&card->meta);
  g_clear_pointer (&card->node, gsk_render_node_unref);
}

static void
unlay_all (CgRoomCards *self)
{
  GHashTableIter iter;
  gpointer card;

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &card))
    unlay (card);
}

/* A voice renamed or given another colour: its cards are laid out again. */
static void
voice_changed_cb (CgVoice     *voice,
                  GParamSpec  *pspec,
                  CgRoomCards *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((Card *) value)->voice == voice)
      unlay (value);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
watch_voice (Card        *card,
             CgVoice     *voice,
             CgRoomCards *self)
{
  if (card->voice == voice)
    return;
  g_clear_signal_handler (&card->voice_handler, card->voice);
  g_set_object (&card->voice, voice);
  if (voice != NULL)
    card->voice_handler = g_signal_connect (voice, "notify", G_CALLBACK (voice_changed_cb), self);
}

static void
card_free (gpointer data)
{
  Card *card = data;

  unlay (card);
  watch_voice (card, NULL, NULL);
  g_clear_signal_handler (&card->idea_handler, card->idea);
  g_clear_object (&card->idea);
  g_free (card);
}

/* An idea's words, kind or votes changed: its card is laid out again. */
static void
idea_changed_cb (CgIdea      *idea,
                 GParamSpec  *pspec,
                 CgRoomCards *self)
{
  unlay (g_hash_table_lookup (self->cards, idea));
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static Card *
card_of (CgRoomCards *self,
         CgIdea      *idea)
{
  Card *card = g_hash_table_lookup (self->cards, idea);

  if (card != NULL)
    return card;
  card = g_new0 (Card, 1);
  card->idea = g_object_ref (idea);
  card->idea_handler = g_signal_connect (idea, "notify", G_CALLBACK (idea_changed_cb), self);
  g_hash_table_insert (self->cards, idea, card);
  return card;
}

static PangoLayout *
new_layout (CgRoomCards *self,
            GtkWidget   *label,
            int          width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (label, NULL);

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
  /* as a label that starts its lines at the start edge (xalign 0) */
  pango_layout_set_alignment (layout, self->look.direction == GTK_TEXT_DIR_RTL ? PANGO_ALIGN_RIGHT
                                                                               : PANGO_ALIGN_LEFT);
  return layout;
}

/* What a card's margins, border and padding take across it, or down it. */
static int
frame_size (const Look     *look,
            gboolean        current,
            GtkOrientation  orientation)
{
  const GtkBorder *parts[] = {
    &look->margin[current], &look->border[current], &look->padding[current],
  };
  int size = 0;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    size += orientation == GTK_ORIENTATION_HORIZONTAL ? parts[i]->left + parts[i]->right
                                                      : parts[i]->top + parts[i]->bottom;
  return size;
}

static void
lay_out (CgRoomCards *self,
         Card        *card)
{
  gboolean current = card->idea == self->current;
  g_autofree char *markup = NULL;
  int inner = self->width - frame_size (&self->look, current, GTK_ORIENTATION_HORIZONTAL);
  int words_height, meta_height;

  if (card->laid_out)
    return;
  unlay (card);
  card->laid_out = TRUE;
  card->text = cg_idea_dup_shown_text (card->idea, CG_AUDIENCE_ROOM);
  watch_voice (card, card->text != NULL ? cg_idea_get_voice (card->idea) : NULL, self);
  if (card->text == NULL)
    return;
  markup = cg_presenter_card_dup_meta (card->idea, card->voice, self->show_votes, NULL);
  card->words = new_layout (self, self->words_style, inner);
  pango_layout_set_text (card->words, card->text, -1);
  card->meta = new_layout (self, self->meta_style, inner);
  pango_layout_set_markup (card->meta, markup, -1);
  pango_layout_get_pixel_size (card->words, NULL, &words_height);
  pango_layout_get_pixel_size (card->meta, NULL, &meta_height);
  card->height = frame_size (&self->look, current, GTK_ORIENTATION_VERTICAL) + words_height +
                 meta_height;
}

/* The height of item @position's card, laid out. */
static int
height_of (CgRoomCards *self,
           guint        position)
{
  g_autoptr(CgIdea) idea = g_list_model_get_item (self->ideas, position);
  Card *card;

  if (idea == NULL)
    return 0;
  card = card_of (self, idea);
  lay_out (self, card);
  return card->height;
}

/* Under GL (or Vulkan), a card is drawn into a texture once. GTK 4.8's GL renderer draws every
 * node of a window in each frame, and a card's rounded border and words cost it far more than an image
 * (bench-presenter, under software GL). The cairo renderer draws only what changed and would
 * copy an image each time: it keeps the card's nodes. */
static GskRenderNode *
as_picture (CgRoomCards   *self,
            GskRenderNode *node,
            int            height)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;
  int scale = self->look.scale;
  g_autoptr(GskTransform) scaling = NULL;
  g_autoptr(GskRenderNode) scaled = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (node == NULL || renderer == NULL || GSK_IS_CAIRO_RENDERER (renderer) ||
      !gsk_renderer_is_realized (renderer) || self->width <= 0 || height <= 0)
    return node;
  scaling = gsk_transform_scale (NULL, scale, scale);
  scaled = scaling != NULL ? gsk_transform_node_new (node, scaling) : gsk_render_node_ref (node);
  texture = gsk_renderer_render_texture (renderer, scaled,
                                         &GRAPHENE_RECT_INIT (0, 0, self->width * scale,
                                                              height * scale));
  gsk_render_node_unref (node);
  return gsk_texture_node_new (texture, &GRAPHENE_RECT_INIT (0, 0, self->width, height));
}

static GskRenderNode *
draw_card (CgRoomCards *self,
           Card        *card)
{
  gboolean current = card->idea == self->current;
  GtkStyleContext *style =
    gtk_widget_get_style_context (current ? self->current_style : self->card_style);
  const GtkBorder *margin = &self->look.margin[current];
  const GtkBorder *border = &self->look.border[current];
  const GtkBorder *padding = &self->look.padding[current];
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  graphene_rect_t box, inside;
  int words_height;
  double x, y;

  box = GRAPHENE_RECT_INIT (margin->left, margin->top,
                            self->width - margin->left - margin->right,
                            card->height - margin->top - margin->bottom);
  inside = GRAPHENE_RECT_INIT (box.origin.x + border->left, box.origin.y + border->top,
                               box.size.width - border->left - border->right,
                               box.size.height - border->top - border->bottom);
  x = inside.origin.x + padding->left;
  y = inside.origin.y + padding->top;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_snapshot_render_background (snapshot, style, box.origin.x, box.origin.y, box.size.width,
                                  box.size.height);
  gtk_snapshot_render_frame (snapshot, style, box.origin.x, box.origin.y, box.size.width,
                             box.size.height);
  cg_voice_stripe_append (snapshot, card->voice != NULL ? cg_voice_get_colour (card->voice) : NULL,
                          &inside, self->look.direction == GTK_TEXT_DIR_RTL,
                          cg_presenter_card_stripe_width (self->card_style),
                          CG_PRESENTER_STRIPE_INSET);
  gtk_snapshot_render_layout (snapshot, gtk_widget_get_style_context (self->words_style), x, y,
                              card->words);
  pango_layout_get_pixel_size (card->words, NULL, &words_height);
  gtk_snapshot_render_layout (snapshot, gtk_widget_get_style_context (self->meta_style), x,
                              y + words_height, card->meta);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return as_picture (self, gtk_snapshot_free_to_node (snapshot), card->height);
}

/* The look */

static void
read_look (CgRoomCards *self,
           Look        *look)
{
  GtkWidget *boxes[2] = { self->card_style, self->current_style };

  memset (look, 0, sizeof *look);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (self->words_style), &look->words);
  gtk_style_context_get_color (gtk_widget_get_style_context (self->meta_style), &look->meta);
  for (guint i = 0; i < G_N_ELEMENTS (boxes); i++)
    {
      GtkStyleContext *style = gtk_widget_get_style_context (boxes[i]);

      gtk_style_context_get_margin (style, &look->margin[i]);
      gtk_style_context_get_border (style, &look->border[i]);
      gtk_style_context_get_padding (style, &look->padding[i]);
    }
  G_GNUC_END_IGNORE_DEPRECATIONS
  look->serial[0] = pango_context_get_serial (gtk_widget_get_pango_context (self->words_style));
  look->serial[1] = pango_context_get_serial (gtk_widget_get_pango_context (self->meta_style));
  look->direction = gtk_widget_get_direction (GTK_WIDGET (self));
  look->scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

/* TRUE when the look has changed since the cards were laid out. */
static gboolean
look_changed (CgRoomCards *self)
{
  Look look;

  read_look (self, &look);
  if (memcmp (&look, &self->look, sizeof look) == 0)
    return FALSE;
  self->look = look;
  return TRUE;
}

/* Placing the cards */

/* Item @target as low as whole cards allow, the cards before it above it, unless it is in sight
 * already; above the cards in sight, at the head. A card is never cut at the head: the room
 * reads whole cards, and what is left at the foot is less than a card. */
static void
bring_into_sight (CgRoomCards *self,
                  guint        target,
                  int          height)
{
  int foot = 0;
  guint i;

  if (target <= self->top)
    {
      self->top = target;
      return;
    }
  for (i = self->top; i <= target && foot <= height; i++)
    foot += height_of (self, i);
  if (foot <= height)
    return;
  /* (a card taller than the widget shows its start) */
  for (i = target, foot = height_of (self, target); i > 0; i--)
    {
      int above = height_of (self, i - 1);

      if (foot + above > height)
        break;
      foot += above;
    }
  self->top = i;
}

/* No room left empty at the foot for a card above the head (ideas went). */
static void
fill_foot (CgRoomCards *self,
           guint        n,
           int          height)
{
  int y = 0;

  for (guint i = self->top; i < n && y < height; i++)
    y += height_of (self, i);
  /* (a card above is laid out only when there is room at the foot) */
  while (self->top > 0 && y < height)
    {
      int above = height_of (self, self->top - 1);

      if (y + above > height)
        break;
      y += above;
      self->top--;
    }
}

static gboolean
out_of_sight (gpointer key,
              gpointer card,
              gpointer user_data)
{
  return !((Card *) card)->in_sight;
}

static void
cg_room_cards_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  CgRoomCards *self = CG_ROOM_CARDS (widget);
  guint n = g_list_model_get_n_items (self->ideas);
  GHashTableIter iter;
  gpointer card;
  int y;

  if (look_changed (self) || self->restyle || width != self->width)
    {
      self->width = width;
      self->restyle = FALSE;
      unlay_all (self);
    }
  self->top = n > 0 ? MIN (self->top, n - 1) : 0;
  /* (at each allocation: cards above it may have grown, or the column narrowed) */
  if (self->anchor >= 0 && (guint) self->anchor < n)
    bring_into_sight (self, self->anchor, height);
  fill_foot (self, n, height);

  /* only the cards in sight are kept */
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &card))
    ((Card *) card)->in_sight = FALSE;
  y = 0;
  for (guint i = self->top; i < n && y < height; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (self->ideas, i);
      Card *shown = card_of (self, idea);

      lay_out (self, shown);
      shown->in_sight = TRUE;
      y += shown->height;
    }
  g_hash_table_foreach_remove (self->cards, out_of_sight, NULL);
  /* (the same size is no new picture to GTK: the cards in sight may be new all the same) */
  gtk_widget_queue_draw (widget);
}

static void
cg_room_cards_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  CgRoomCards *self = CG_ROOM_CARDS (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint n = g_list_model_get_n_items (self->ideas);
  int y = 0;

  Look look;

  /* (a look changed since the allocation, say a screen of another scale: the cards are laid
   * out and drawn anew in the next frame, and drawn as they were in this one) */
  read_look (self, &look);
  if (memcmp (&look, &self->look, sizeof look) != 0)
    gtk_widget_queue_allocate (widget);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  for (guint i = self->top; i < n && y < height; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (self->ideas, i);
      Card *card = g_hash_table_lookup (self->cards, idea);

      /* (a card changed since the allocation is drawn after the next) */
      if (card == NULL || !card->laid_out)
        break;
      if (card->height == 0)
        continue;
      if (card->node == NULL)
        card->node = draw_card (self, card);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, y));
      gtk_snapshot_append_node (snapshot, card->node);
      gtk_snapshot_restore (snapshot);
      y += card->height;
    }
  gtk_snapshot_pop (snapshot);
}

/* As wide as a card with words of MIN_CHARS characters; as high as the column lets it be. */
static void
cg_room_cards_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  CgRoomCards *self = CG_ROOM_CARDS (widget);
  PangoFontMetrics *metrics;
  Look look;

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_VERTICAL)
    return;
  read_look (self, &look);
  metrics = pango_context_get_metrics (gtk_widget_get_pango_context (self->words_style), NULL,
                                       NULL);
  *minimum = *natural = MIN_CHARS * pango_font_metrics_get_approximate_char_width (metrics) /
                        PANGO_SCALE +
                        MAX (frame_size (&look, FALSE, orientation),
                             frame_size (&look, TRUE, orientation));
  pango_font_metrics_unref (metrics);
}

static void
items_changed_cb (GListModel  *ideas,
                  guint        position,
                  guint        removed,
                  guint        added,
                  CgRoomCards *self)
{
  /* the card kept in sight stays the same, if it is still there */
  if (self->anchor >= 0 && position + removed <= (guint) self->anchor)
    self->anchor = self->anchor - (int) removed + (int) added;
  else if (self->anchor >= 0 && position <= (guint) self->anchor)
    self->anchor = -1;
  /* the same card stays first in sight, if it is still there */
  if (position + removed <= self->top)
    self->top = self->top - removed + added;
  else if (position < self->top)
    self->top = position;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* The stylesheet changed what the cards' box inherits (the type size, dark style...). */
static void
cg_room_cards_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (cg_room_cards_parent_class)->css_changed (widget, change);
  gtk_widget_queue_allocate (widget);
}

/* (textures belong to the renderer that drew them, which goes with the window's surface) */
static void
cg_room_cards_unrealize (GtkWidget *widget)
{
  unlay_all (CG_ROOM_CARDS (widget));
  gtk_widget_queue_allocate (widget);
  GTK_WIDGET_CLASS (cg_room_cards_parent_class)->unrealize (widget);
}

void
cg_room_cards_scroll_to (CgRoomCards *self,
                         guint        position)
{
  g_return_if_fail (CG_IS_ROOM_CARDS (self));

  self->anchor = (int) MIN (position, (guint) G_MAXINT);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
cg_room_cards_set_current (CgRoomCards *self,
                           CgIdea      *idea,
                           gboolean     show_votes)
{
  g_return_if_fail (CG_IS_ROOM_CARDS (self));
  g_return_if_fail (idea == NULL || CG_IS_IDEA (idea));

  show_votes = !!show_votes;
  if (self->cards == NULL || (idea == self->current && show_votes == self->show_votes))
    return;
  if (show_votes != self->show_votes)
    unlay_all (self);
  unlay (self->current != NULL ? g_hash_table_lookup (self->cards, self->current) : NULL);
  unlay (idea != NULL ? g_hash_table_lookup (self->cards, idea) : NULL);
  self->show_votes = show_votes;
  g_set_object (&self->current, idea);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

const char *
cg_room_cards_get_shown_text (CgRoomCards *self,
                              CgIdea      *idea)
{
  Card *card;

  g_return_val_if_fail (CG_IS_ROOM_CARDS (self), NULL);

  card = self->cards != NULL ? g_hash_table_lookup (self->cards, idea) : NULL;
  if (card == NULL || !card->in_sight || !card->laid_out || card->height == 0)
    return NULL;
  return card->text;
}

char *
cg_room_cards_dup_words (CgRoomCards *self)
{
  GString *words = g_string_new (NULL);
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (CG_IS_ROOM_CARDS (self), NULL);

  if (self->cards == NULL)
    return g_string_free (words, FALSE);
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Card *card = value;

      if (card->words != NULL)
        g_string_append_printf (words, "%s\n%s\n", pango_layout_get_text (card->words),
                                pango_layout_get_text (card->meta));
    }
  return g_string_free (words, FALSE);
}

static void
cg_room_cards_dispose (GObject *object)
{
  CgRoomCards *self = CG_ROOM_CARDS (object);

  if (self->ideas != NULL)
    g_signal_handlers_disconnect_by_data (self->ideas, self);
  g_clear_pointer (&self->cards, g_hash_table_unref);
  /* (the words' and the meta line's styles go with the card's) */
  self->words_style = self->meta_style = NULL;
  g_clear_pointer (&self->card_style, gtk_widget_unparent);
  g_clear_pointer (&self->current_style, gtk_widget_unparent);
  g_clear_object (&self->ideas);
  g_clear_object (&self->current);

  G_OBJECT_CLASS (cg_room_cards_parent_class)->dispose (object);
}

static void
cg_room_cards_class_init (CgRoomCardsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_room_cards_dispose;
  widget_class->measure = cg_room_cards_measure;
  widget_class->size_allocate = cg_room_cards_size_allocate;
  widget_class->snapshot = cg_room_cards_snapshot;
  widget_class->css_changed = cg_room_cards_css_changed;
  widget_class->unrealize = cg_room_cards_unrealize;

  gtk_widget_class_set_css_name (widget_class, "cg-room-cards");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cg_room_cards_init (CgRoomCards *self)
{
  self->cards = g_hash_table_new_full (NULL, NULL, NULL, card_free);
  self->anchor = -1;
  self->card_style = card_style_new (GTK_WIDGET (self), "cg-presenter-card", NULL);
  self->words_style = card_style_new (self->card_style, "cg-presenter-text", NULL);
  self->meta_style = card_style_new (self->card_style, "cg-presenter-meta", NULL);
  self->current_style = card_style_new (GTK_WIDGET (self), "cg-presenter-card",
                                        "cg-presenter-current");
}

GtkWidget *
cg_room_cards_new (GListModel *ideas)
{
  CgRoomCards *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (ideas), NULL);

  self = g_object_new (CG_TYPE_ROOM_CARDS, NULL);
  self->ideas = g_object_ref (ideas);
  g_signal_connect (ideas, "items-changed", G_CALLBACK (items_changed_cb), self);
  return GTK_WIDGET (self);
}
