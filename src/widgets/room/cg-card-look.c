/* cg-card-look.c: how the room's drawn cards look, read from the stylesheet
 *
 * The columns of the room's screen draw their cards without a widget each (cg-room-cards.c).
 * Their look is the stylesheet's all the same (ui/cg-room.css): hidden parts (CgCardStyle,
 * never shown, hidden from screen readers) carry a card's classes, and a card is drawn with
 * their styles, so the screen's type size, dark style and high contrast apply as to a widget.
 * Any change of those styles says the cards drawn before are out of date.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-room"

#include "config.h"

#include <string.h>

#include "cg-card-look.h"
#include "cg-presenter-card.h"
#include "widgets/cg-voice-stripe.h"

/* A card's words are at least this many characters wide, as a label's width-chars. */
#define MIN_CHARS 10

/* What laying out depends on, [0] for a card and [1] for the one taking counts. A change of a
 * style that leaves these alone (a background's colour) is noted by the parts themselves. */
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
} Values;

struct _CgCardLook
{
  GtkWidget *owner;
  Values     values;
  gboolean   restyled;          /* a part's style changed since the look was last asked */
  GtkWidget *card;
  GtkWidget *current;
  GtkWidget *words;             /* (in card) */
  GtkWidget *meta;              /* (in card) */
};

/* A part that is never shown */

#define CG_TYPE_CARD_STYLE (cg_card_style_get_type ())
G_DECLARE_FINAL_TYPE (CgCardStyle, cg_card_style, CG, CARD_STYLE, GtkWidget)

struct _CgCardStyle
{
  GtkWidget   parent_instance;
  CgCardLook *look;
};

G_DEFINE_FINAL_TYPE (CgCardStyle, cg_card_style, GTK_TYPE_WIDGET)

static void
cg_card_style_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  CgCardLook *look = CG_CARD_STYLE (widget)->look;

  GTK_WIDGET_CLASS (cg_card_style_parent_class)->css_changed (widget, change);
  if (look == NULL)
    return;
  look->restyled = TRUE;
  gtk_widget_queue_allocate (look->owner);
}

static void
cg_card_style_dispose (GObject *object)
{
  GtkWidget *child;

  CG_CARD_STYLE (object)->look = NULL;
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
part_new (CgCardLook *look,
          GtkWidget  *parent,
          const char *css_class,
          const char *other_class)
{
  CgCardStyle *part = g_object_new (CG_TYPE_CARD_STYLE, NULL);

  part->look = look;
  gtk_widget_add_css_class (GTK_WIDGET (part), css_class);
  if (other_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (part), other_class);
  gtk_widget_set_parent (GTK_WIDGET (part), parent);
  gtk_widget_set_child_visible (GTK_WIDGET (part), FALSE);
  return GTK_WIDGET (part);
}

CgCardLook *
cg_card_look_new (GtkWidget *owner)
{
  CgCardLook *look = g_new0 (CgCardLook, 1);

  look->owner = owner;
  look->card = part_new (look, owner, "cg-presenter-card", NULL);
  look->words = part_new (look, look->card, "cg-presenter-text", NULL);
  look->meta = part_new (look, look->card, "cg-presenter-meta", NULL);
  look->current = part_new (look, owner, "cg-presenter-card", "cg-presenter-current");
  return look;
}

void
cg_card_look_free (CgCardLook *look)
{
  if (look == NULL)
    return;
  CG_CARD_STYLE (look->card)->look = NULL;
  CG_CARD_STYLE (look->current)->look = NULL;
  CG_CARD_STYLE (look->words)->look = NULL;
  CG_CARD_STYLE (look->meta)->look = NULL;
  gtk_widget_unparent (look->card);
  gtk_widget_unparent (look->current);
  g_free (look);
}

/* Reading the look */

static void
read_values (CgCardLook *look,
             Values     *values)
{
  GtkWidget *boxes[2] = { look->card, look->current };

  memset (values, 0, sizeof *values);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (look->words), &values->words);
  gtk_style_context_get_color (gtk_widget_get_style_context (look->meta), &values->meta);
  for (guint i = 0; i < G_N_ELEMENTS (boxes); i++)
    {
      GtkStyleContext *style = gtk_widget_get_style_context (boxes[i]);

      gtk_style_context_get_margin (style, &values->margin[i]);
      gtk_style_context_get_border (style, &values->border[i]);
      gtk_style_context_get_padding (style, &values->padding[i]);
    }
  G_GNUC_END_IGNORE_DEPRECATIONS
  values->serial[0] = pango_context_get_serial (gtk_widget_get_pango_context (look->words));
  values->serial[1] = pango_context_get_serial (gtk_widget_get_pango_context (look->meta));
  values->direction = gtk_widget_get_direction (look->owner);
  values->scale = gtk_widget_get_scale_factor (look->owner);
}

/* Reads the look into @values: TRUE when it differs from the one taken note of. */
static gboolean
read_differs (CgCardLook *look,
              Values     *values)
{
  read_values (look, values);
  return look->restyled || memcmp (values, &look->values, sizeof *values) != 0;
}

gboolean
cg_card_look_out_of_date (CgCardLook *look)
{
  Values values;

  return read_differs (look, &values);
}

gboolean
cg_card_look_changed (CgCardLook *look)
{
  Values values;
  gboolean changed = read_differs (look, &values);

  look->values = values;
  look->restyled = FALSE;
  return changed;
}

static int
frame_of (const Values   *values,
          gboolean        current,
          GtkOrientation  orientation)
{
  const GtkBorder *parts[] = {
    &values->margin[current], &values->border[current], &values->padding[current],
  };
  int size = 0;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    size += orientation == GTK_ORIENTATION_HORIZONTAL ? parts[i]->left + parts[i]->right
                                                      : parts[i]->top + parts[i]->bottom;
  return size;
}

int
cg_card_look_frame (CgCardLook     *look,
                    gboolean        current,
                    GtkOrientation  orientation)
{
  return frame_of (&look->values, current, orientation);
}

/* (read afresh: a widget is measured before it is allocated) */
int
cg_card_look_min_width (CgCardLook *look)
{
  PangoFontMetrics *metrics;
  Values values;
  int width;

  read_values (look, &values);
  metrics = pango_context_get_metrics (gtk_widget_get_pango_context (look->words), NULL, NULL);
  width = MIN_CHARS * pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  pango_font_metrics_unref (metrics);
  return width + MAX (frame_of (&values, FALSE, GTK_ORIENTATION_HORIZONTAL),
                      frame_of (&values, TRUE, GTK_ORIENTATION_HORIZONTAL));
}

PangoLayout *
cg_card_look_layout (CgCardLook *look,
                     gboolean    meta,
                     const char *text,
                     int         width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (meta ? look->meta : look->words, NULL);

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
  /* as a label that starts its lines at the start edge (xalign 0) */
  pango_layout_set_alignment (layout, look->values.direction == GTK_TEXT_DIR_RTL
                                      ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  if (meta)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);
  return layout;
}

/* Drawing a card */

/* Under GL (or Vulkan), a card is drawn into a texture once. GTK 4.8's GL renderer draws every
 * node of a window in each frame, and a card's rounded border and words cost it far more than
 * an image (bench-presenter, under software GL). The cairo renderer draws only what changed and
 * would copy an image each time: it keeps the card's nodes. */
static GskRenderNode *
as_picture (CgCardLook    *look,
            GskRenderNode *node,
            int            width,
            int            height)
{
  GtkNative *native = gtk_widget_get_native (look->owner);
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;
  int scale = look->values.scale;
  g_autoptr(GskTransform) scaling = NULL;
  g_autoptr(GskRenderNode) scaled = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (node == NULL || renderer == NULL || GSK_IS_CAIRO_RENDERER (renderer) ||
      !gsk_renderer_is_realized (renderer) || width <= 0 || height <= 0)
    return node;
  scaling = gsk_transform_scale (NULL, scale, scale);
  scaled = scaling != NULL ? gsk_transform_node_new (node, scaling) : gsk_render_node_ref (node);
  texture = gsk_renderer_render_texture (renderer, scaled,
                                         &GRAPHENE_RECT_INIT (0, 0, width * scale,
                                                              height * scale));
  gsk_render_node_unref (node);
  return gsk_texture_node_new (texture, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

GskRenderNode *
cg_card_look_draw (CgCardLook  *look,
                   gboolean     current,
                   const char  *voice_colour,
                   PangoLayout *words,
                   PangoLayout *meta,
                   int          width,
                   int          height)
{
  GtkStyleContext *style = gtk_widget_get_style_context (current ? look->current : look->card);
  const GtkBorder *margin = &look->values.margin[current];
  const GtkBorder *border = &look->values.border[current];
  const GtkBorder *padding = &look->values.padding[current];
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  graphene_rect_t box, inside;
  int words_height;
  double x, y;

  box = GRAPHENE_RECT_INIT (margin->left, margin->top, width - margin->left - margin->right,
                            height - margin->top - margin->bottom);
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
  cg_voice_stripe_append (snapshot, voice_colour, &inside,
                          look->values.direction == GTK_TEXT_DIR_RTL,
                          cg_presenter_card_stripe_width (look->card),
                          CG_PRESENTER_STRIPE_INSET);
  gtk_snapshot_render_layout (snapshot, gtk_widget_get_style_context (look->words), x, y, words);
  pango_layout_get_pixel_size (words, NULL, &words_height);
  gtk_snapshot_render_layout (snapshot, gtk_widget_get_style_context (look->meta), x,
                              y + words_height, meta);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return as_picture (look, gtk_snapshot_free_to_node (snapshot), width, height);
}
