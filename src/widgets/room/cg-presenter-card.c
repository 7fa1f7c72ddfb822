/* cg-presenter-card.c: one idea as the room sees it: its words, voice, kind and votes
 *
 * Read only: no menu, no buttons, nothing that takes the focus. The voice's colour is a stripe
 * down the card's start, never alone (its name is on the card too).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-room"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-presenter-card.h"
#include "widgets/cg-voice-stripe.h"
#include "model/cg-audience.h"

/* The voice's stripe, in em of the card's font. */
#define STRIPE_EM 0.35

#define RESOURCE_PATH "/org/commonground/CommonGround/"

struct _CgPresenterCard
{
  GtkWidget  parent_instance;

  CgIdea    *idea;
  CgVoice   *voice;        /* followed: a renamed voice shows at once */
  gboolean   always_show_votes;

  GtkLabel  *text_label;
  GtkLabel  *meta_label;      /* voice · kind · votes (markup) */
};

G_DEFINE_FINAL_TYPE (CgPresenterCard, cg_presenter_card, GTK_TYPE_WIDGET)

double
cg_presenter_card_stripe_width (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

  /* points at 96 dpi, unless the size is absolute already */
  if (!pango_font_description_get_size_is_absolute (font))
    size *= 96.0 / 72.0;
  return MAX (4.0, STRIPE_EM * size);
}

char *
cg_presenter_card_dup_meta (CgIdea    *idea,
                            CgVoice   *voice,
                            gboolean   always_show_votes,
                            char     **summary)
{
  g_autofree char *meta = NULL;
  g_autofree char *votes_text = NULL;
  const char *voice_name = voice != NULL ? cg_voice_get_name (voice) : _("No voice");
  guint votes = cg_idea_get_total_votes (idea);

  /* Translators: under an idea on the room's screen: its voice, then its kind */
  meta = g_strdup_printf (_("%s · %s"), voice_name,
                          cg_idea_kind_get_label (cg_idea_get_kind (idea)));
  votes_text = g_strdup_printf (ngettext ("%u vote", "%u votes", votes), votes);
  if (summary != NULL)
    {
      g_autofree char *text = cg_idea_dup_shown_text (idea, CG_AUDIENCE_ROOM);

      *summary = g_strdup_printf ("%s. %s, %s", text != NULL ? text : "", meta, votes_text);
    }
  if (votes > 0 || always_show_votes)
    /* Translators: under an idea on the room's screen: its voice and kind, then its votes */
    return g_markup_printf_escaped (_("%s · <b>%s</b>"), meta, votes_text);
  return g_markup_escape_text (meta, -1);
}

static void
cg_presenter_card_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  CgPresenterCard *self = CG_PRESENTER_CARD (widget);

  if (self->idea != NULL)
    cg_voice_stripe_snapshot (widget, snapshot,
                              self->voice != NULL ? cg_voice_get_colour (self->voice) : NULL,
                              cg_presenter_card_stripe_width (widget),
                              CG_PRESENTER_STRIPE_INSET);
  GTK_WIDGET_CLASS (cg_presenter_card_parent_class)->snapshot (widget, snapshot);
}

static void update_card (CgPresenterCard *self);

static void
watch_voice (CgPresenterCard *self,
             CgVoice         *voice)
{
  if (self->voice == voice)
    return;
  if (self->voice != NULL)
    g_signal_handlers_disconnect_by_func (self->voice, update_card, self);
  g_set_object (&self->voice, voice);
  if (voice != NULL)
    g_signal_connect_object (voice, "notify", G_CALLBACK (update_card), self,
                             G_CONNECT_SWAPPED);
}

/* Everything on the card from its idea, as the room may see it. */
static void
update_card (CgPresenterCard *self)
{
  g_autofree char *text = self->idea != NULL ? cg_idea_dup_shown_text (self->idea,
                                                                       CG_AUDIENCE_ROOM)
                                             : NULL;
  g_autofree char *markup = NULL;
  g_autofree char *summary = NULL;

  watch_voice (self, text != NULL ? cg_idea_get_voice (self->idea) : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self), text != NULL);
  if (text == NULL)
    {
      /* nothing of a private note stays on the card, not even in its accessible name */
      gtk_label_set_text (self->text_label, "");
      gtk_label_set_text (self->meta_label, "");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }

  markup = cg_presenter_card_dup_meta (self->idea, self->voice, self->always_show_votes,
                                       &summary);
  gtk_label_set_text (self->text_label, text);
  gtk_label_set_markup (self->meta_label, markup);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
cg_presenter_card_set_idea (CgPresenterCard *self,
                            CgIdea          *idea)
{
  g_return_if_fail (CG_IS_PRESENTER_CARD (self));
  g_return_if_fail (idea == NULL || CG_IS_IDEA (idea));

  if (self->idea == idea)
    return;
  if (self->idea != NULL)
    g_signal_handlers_disconnect_by_func (self->idea, update_card, self);
  g_set_object (&self->idea, idea);
  if (idea != NULL)
    g_signal_connect_object (idea, "notify", G_CALLBACK (update_card), self, G_CONNECT_SWAPPED);
  update_card (self);
}

CgIdea *
cg_presenter_card_get_idea (CgPresenterCard *self)
{
  g_return_val_if_fail (CG_IS_PRESENTER_CARD (self), NULL);
  return self->idea;
}

void
cg_presenter_card_set_always_show_votes (CgPresenterCard *self,
                                         gboolean         always)
{
  g_return_if_fail (CG_IS_PRESENTER_CARD (self));

  always = !!always;
  if (self->always_show_votes == always)
    return;
  self->always_show_votes = always;
  update_card (self);
}

const char *
cg_presenter_card_get_text (CgPresenterCard *self)
{
  g_return_val_if_fail (CG_IS_PRESENTER_CARD (self), NULL);
  return gtk_label_get_text (self->text_label);
}

static void
cg_presenter_card_dispose (GObject *object)
{
  CgPresenterCard *self = CG_PRESENTER_CARD (object);
  GtkWidget *child;

  if (self->idea != NULL)
    g_signal_handlers_disconnect_by_func (self->idea, update_card, self);
  g_clear_object (&self->idea);
  watch_voice (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_PRESENTER_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cg_presenter_card_parent_class)->dispose (object);
}

static void
cg_presenter_card_class_init (CgPresenterCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_presenter_card_dispose;
  widget_class->snapshot = cg_presenter_card_snapshot;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "cg-presenter-card.ui");
  gtk_widget_class_bind_template_child (widget_class, CgPresenterCard, text_label);
  gtk_widget_class_bind_template_child (widget_class, CgPresenterCard, meta_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cg-presenter-card");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cg_presenter_card_init (CgPresenterCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  update_card (self);
}

GtkWidget *
cg_presenter_card_new (void)
{
  return g_object_new (CG_TYPE_PRESENTER_CARD, NULL);
}
