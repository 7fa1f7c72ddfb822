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
 * The look is the stylesheet's all the same (cg-card-look.c). What a card says is the spotlight
 * card's (cg_presenter_card_dup_meta).
 *
 * A screen reader finds the column (a group named by its theme and count, set by the column);
 * the cards' words are read on the laptop's board, where each card is a widget with a name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-room"

#include "config.h"

#include "cg-card-look.h"
#include "cg-presenter-card.h"
#include "cg-room-cards.h"
#include "model/cg-audience.h"

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

struct _CgRoomCards
{
  GtkWidget   parent_instance;

  GListModel *ideas;
  GHashTable *cards;            /* CgIdea -> Card: those in sight */
  CgIdea     *current;
  gboolean    show_votes;
  guint       top;              /* the first item in sight */
  int         anchor;           /* the item last brought into sight, kept there (-1: none) */
  int         width;            /* the width the cards are laid out for */
  CgCardLook *look;
};

G_DEFINE_FINAL_TYPE (CgRoomCards, cg_room_cards, GTK_TYPE_WIDGET)

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

static void
lay_out (CgRoomCards *self,
         Card        *card)
{
  gboolean current = card->idea == self->current;
  g_autofree char *markup = NULL;
  int inner = self->width - cg_card_look_frame (self->look, current, GTK_ORIENTATION_HORIZONTAL);
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
  card->words = cg_card_look_layout (self->look, FALSE, card->text, inner);
  card->meta = cg_card_look_layout (self->look, TRUE, markup, inner);
  pango_layout_get_pixel_size (card->words, NULL, &words_height);
  pango_layout_get_pixel_size (card->meta, NULL, &meta_height);
  card->height = cg_card_look_frame (self->look, current, GTK_ORIENTATION_VERTICAL) +
                 words_height + meta_height;
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

  if (cg_card_look_changed (self->look) || width != self->width)
    {
      self->width = width;
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

  /* (a look changed since the allocation, say a screen of another scale: the cards are laid
   * out and drawn anew in the next frame, and drawn as they were in this one) */
  if (cg_card_look_out_of_date (self->look))
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
        card->node = cg_card_look_draw (self->look, card->idea == self->current,
                                        card->voice != NULL ? cg_voice_get_colour (card->voice)
                                                            : NULL,
                                        card->words, card->meta, self->width, card->height);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, y));
      gtk_snapshot_append_node (snapshot, card->node);
      gtk_snapshot_restore (snapshot);
      y += card->height;
    }
  gtk_snapshot_pop (snapshot);
}

/* As wide as the narrowest card (cg_card_look_min_width); as high as the column lets it be. */
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

  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL
                        ? cg_card_look_min_width (self->look) : 0;
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
  g_clear_pointer (&self->look, cg_card_look_free);
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
  widget_class->unrealize = cg_room_cards_unrealize;

  gtk_widget_class_set_css_name (widget_class, "cg-room-cards");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cg_room_cards_init (CgRoomCards *self)
{
  self->cards = g_hash_table_new_full (NULL, NULL, NULL, card_free);
  self->anchor = -1;
  self->look = cg_card_look_new (GTK_WIDGET (self));
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
