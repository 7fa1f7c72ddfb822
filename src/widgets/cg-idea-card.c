/* cg-idea-card.c: one idea on the board: its words, voice, kind, votes and markers
 *
 * For the mouse and touch, a card shows small - and + buttons while the pointer is over it or it
 * is selected (board.vote-idea, for this card's idea), and opens its menu (see cg-card-menu.c) on
 * a right-click or a long press, through board.card-menu. Outside a board, or in review mode,
 * those actions are not there or not enabled: no buttons show and no menu opens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-board"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cg-idea-card.h"
#include "model/cg-audience.h"
#include "cg-notice.h"
#include "cg-resources.h"
#include "cg-voice-stripe.h"

/* The voice's stripe, down the card's start edge, in the padding ui/cg-board.css gives it. */
#define STRIPE_INSET 9
#define STRIPE_WIDTH 6

struct _CgIdeaCard
{
  GtkWidget       parent_instance;

  CgIdea         *idea;
  CgVoice        *voice; /* the idea's voice, watched for its name and colour */
  gboolean        show_private;
  gboolean        marked;
  guint           n_actions;

  GtkLabel       *text_label;
  GtkImage       *kind_image;
  GtkLabel       *voice_label;
  GtkLabel       *votes_label;
  GtkWidget      *markers;
  GtkWidget      *beyond_marker;
  GtkWidget      *private_marker;
  /* made the first time they are needed: most cards never show them, and a board of many cards
   * is quicker to make without (see ensure_* below) */
  GtkWidget      *actions_marker;
  GtkLabel       *actions_label;
  GtkWidget      *review_marker;
  GtkLabel       *history_label;
  GtkWidget      *marked_image;
  GtkWidget      *vote_buttons; /* made the first time the pointer is over the card, or it is
                                 * selected */
  GtkWidget      *vote_down_button;
  GtkWidget      *vote_up_button;
  gboolean        pointer_inside; /* a mouse, not a finger: touch has no hover */
  /* what a screen reader was last told of the idea's votes and marks, and for which idea: a
   * change made while the card has the focus is said (GTK 4.8 tells nothing of a list item's
   * new name, and Orca would not speak it) */
  char           *spoken_marks;
  CgIdea         *spoken_idea;   /* compared, never dereferenced */
};

G_DEFINE_FINAL_TYPE (CgIdeaCard, cg_idea_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_IDEA,
  PROP_SHOW_PRIVATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
cg_idea_card_kind_icon_name (CgIdeaKind kind)
{
  switch (kind)
    {
    case CG_IDEA_KIND_IDEA: return "emoji-objects-symbolic";        /* a light bulb */
    case CG_IDEA_KIND_STRENGTH: return "starred-symbolic";
    case CG_IDEA_KIND_DEVELOPMENT: return "go-up-symbolic";         /* room to grow */
    case CG_IDEA_KIND_STORY: return "format-justify-left-symbolic"; /* lines of words */
    case CG_IDEA_KIND_QUESTION: return "dialog-question-symbolic";
    default: g_return_val_if_reached ("emoji-objects-symbolic");
    }
}

gboolean
cg_idea_card_hides_text (CgIdea   *idea,
                         gboolean  show_private)
{
  return !cg_idea_shows_text_to (idea, cg_audience_for_laptop (show_private));
}

const char *
cg_idea_card_shown_text (CgIdea   *idea,
                         gboolean  show_private)
{
  return cg_idea_get_shown_text (idea, cg_audience_for_laptop (show_private));
}

static const char *
voice_name (CgIdea *idea)
{
  CgVoice *voice = cg_idea_get_voice (idea);

  return voice != NULL ? cg_voice_get_name (voice) : _("No voice");
}

/* "Led to 2 actions" (a static buffer: use it at once). */
static const char *
actions_text (guint n_actions)
{
  static char buffer[128];

  g_snprintf (buffer, sizeof buffer,
              ngettext ("led to %u action", "led to %u actions", n_actions), n_actions);
  return buffer;
}

/* "2 votes, led to 1 action, private": the end of what a screen reader says for a card. */
static void
append_marks (GString *text,
              CgIdea  *idea,
              guint    n_actions)
{
  guint votes = cg_idea_get_total_votes (idea);

  g_string_append_printf (text, ngettext ("%u vote", "%u votes", votes), votes);
  if (n_actions > 0)
    g_string_append_printf (text, ", %s", actions_text (n_actions));
  if (cg_idea_get_beyond_service (idea))
    g_string_append_printf (text, ", %s", _("beyond the service"));
  if (cg_idea_get_private (idea))
    g_string_append_printf (text, ", %s", _("private"));
  if (cg_idea_get_needs_review (idea))
    g_string_append_printf (text, ", %s", _("to check: edited on two laptops"));
}

char *
cg_idea_card_describe (CgIdea   *idea,
                       gboolean  show_private,
                       guint     n_actions)
{
  GString *text;

  g_return_val_if_fail (CG_IS_IDEA (idea), NULL);

  text = g_string_new (cg_idea_card_shown_text (idea, show_private));
  g_string_append_printf (text, ". %s, %s, ", voice_name (idea),
                          cg_idea_kind_get_label (cg_idea_get_kind (idea)));
  append_marks (text, idea, n_actions);
  return g_string_free (text, FALSE);
}

/* A key changed the votes or marks of the idea on the focused card (+, P, B, R, or undo):
 * the screen reader says them. Voice, kind and theme keys are told by the window's notice. */
static void
tell_new_marks (CgIdeaCard *self)
{
  GString *marks = g_string_new (NULL);
  gboolean same_idea = self->spoken_idea == self->idea;

  append_marks (marks, self->idea, self->n_actions);
  if (same_idea && self->spoken_marks != NULL && strcmp (self->spoken_marks, marks->str) != 0 &&
      gtk_widget_has_focus (GTK_WIDGET (self)))
    {
      g_auto(GStrv) before = g_strsplit (self->spoken_marks, ", ", -1);
      g_auto(GStrv) now = g_strsplit (marks->str, ", ", -1);
      g_autoptr(GString) said = g_string_new (marks->str);

      /* a mark taken away is said too ("2 votes, no longer private"); the votes come first */
      for (guint i = 1; before[i] != NULL; i++)
        {
          if (g_strv_contains ((const char * const *) now, before[i]))
            continue;
          g_string_append (said, ", ");
          /* Translators: said of a card's mark just taken away ("no longer private") */
          g_string_append_printf (said, _("no longer %s"), before[i]);
        }
      cg_notice_announce (GTK_WIDGET (self), said->str);
    }
  g_free (self->spoken_marks);
  self->spoken_marks = g_string_free (marks, FALSE);
  self->spoken_idea = self->idea;
}

/* The stripe in the voice's colour (never alone: the voice's name is on the card too). The
 * snapshot starts at the content box: the stripe goes in the padding before it. */
static void
cg_idea_card_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  CgIdeaCard *self = CG_IDEA_CARD (widget);

  cg_voice_stripe_snapshot (widget, snapshot,
                            self->voice != NULL ? cg_voice_get_colour (self->voice) : NULL,
                            STRIPE_WIDTH, STRIPE_INSET);
  GTK_WIDGET_CLASS (cg_idea_card_parent_class)->snapshot (widget, snapshot);
}

static void update_card (CgIdeaCard *self);

/* Follows the idea's voice, so a renamed or recoloured voice shows at once. */
static void
watch_voice (CgIdeaCard *self,
             CgVoice    *voice)
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

/* A marker in the row under the words: an icon and a few words. */
static GtkWidget *
add_marker (CgIdeaCard *self,
            const char *icon_name,
            GtkLabel  **label)
{
  GtkWidget *marker = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *image = g_object_new (GTK_TYPE_IMAGE, "icon-name", icon_name,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

  gtk_widget_add_css_class (marker, "cg-card-marker");
  gtk_widget_set_halign (marker, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (marker), image);
  *label = GTK_LABEL (gtk_label_new (NULL));
  gtk_box_append (GTK_BOX (marker), GTK_WIDGET (*label));
  gtk_box_append (GTK_BOX (self->markers), marker);
  return marker;
}

static void
show_actions (CgIdeaCard *self)
{
  if (self->actions_marker == NULL && self->n_actions == 0)
    return;
  if (self->actions_marker == NULL)
    self->actions_marker = add_marker (self, "emblem-ok-symbolic", &self->actions_label);
  gtk_widget_set_visible (self->actions_marker, self->n_actions > 0);
  if (self->n_actions > 0)
    gtk_label_set_text (self->actions_label, actions_text (self->n_actions));
}

static void
show_review (CgIdeaCard *self,
             gboolean    review)
{
  GtkLabel *label;

  if (self->review_marker == NULL && !review)
    return;
  if (self->review_marker == NULL)
    {
      self->review_marker = add_marker (self, "dialog-warning-symbolic", &label);
      gtk_label_set_text (label, _("Check: merged"));
      gtk_widget_add_css_class (self->review_marker, "cg-card-review");
      gtk_widget_set_tooltip_text (self->review_marker,
                                   _("Edited differently on two laptops: both versions are kept. "
                                     "Press R once you have checked them."));
    }
  gtk_widget_set_visible (self->review_marker, review);
}

static void
update_votes (CgIdeaCard *self)
{
  guint votes = cg_idea_get_total_votes (self->idea);
  g_autofree char *shown = g_strdup_printf ("● %u", votes);
  g_autofree char *spoken = g_strdup_printf (ngettext ("%u vote", "%u votes", votes), votes);

  gtk_label_set_text (self->votes_label, shown);
  gtk_widget_set_visible (GTK_WIDGET (self->votes_label), votes > 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->votes_label), spoken);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->votes_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

static void update_vote_buttons (CgIdeaCard *self);

static void
set_vote_targets (CgIdeaCard *self)
{
  const char *id = self->idea != NULL ? cg_object_get_id (CG_OBJECT (self->idea)) : "";

  if (self->vote_buttons == NULL)
    return;
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->vote_down_button), "(si)", id, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->vote_up_button), "(si)", id, 1);
}

static GtkWidget *
add_vote_button (CgIdeaCard *self,
                 const char *icon_name,
                 const char *label,
                 const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  /* not in the focus chain: the arrows and Tab move between cards, and + and - do the same */
  gtk_widget_set_focusable (button, FALSE);
  gtk_widget_set_focus_on_click (button, FALSE);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_add_css_class (button, "cg-card-vote");
  gtk_box_append (GTK_BOX (self->vote_buttons), button);
  g_signal_connect_swapped (button, "notify::sensitive", G_CALLBACK (update_vote_buttons), self);
  return button;
}

/* After the votes, in the line under the words; no taller than that line, so a card keeps its
 * height when they show. */
static void
ensure_vote_buttons (CgIdeaCard *self)
{
  if (self->vote_buttons != NULL)
    return;
  self->vote_buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_valign (self->vote_buttons, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (self->vote_buttons, FALSE);
  gtk_widget_add_css_class (self->vote_buttons, "cg-card-vote-buttons");
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->votes_label))),
                  self->vote_buttons);
  self->vote_down_button = add_vote_button (self, "list-remove-symbolic", _("Remove a vote"),
                                            _("Remove a vote (−)"));
  self->vote_up_button = add_vote_button (self, "list-add-symbolic", _("Add a vote"),
                                          _("Add a vote (+)"));
  /* in the board now, so the action is found at once */
  set_vote_targets (self);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->vote_down_button), "board.vote-idea");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->vote_up_button), "board.vote-idea");
}

/* The vote buttons show while the pointer is over the card or it is selected (so a tap on a
 * card not selected selects it, never votes), and only where voting is possible. */
static void
update_vote_buttons (CgIdeaCard *self)
{
  GtkStateFlags state = gtk_widget_get_state_flags (GTK_WIDGET (self));
  gboolean wanted = self->idea != NULL &&
                    (self->pointer_inside ||
                     (state & (GTK_STATE_FLAG_SELECTED | GTK_STATE_FLAG_FOCUS_WITHIN)) != 0);

  if (!wanted && self->vote_buttons == NULL)
    return;
  ensure_vote_buttons (self);
  gtk_widget_set_visible (self->vote_buttons,
                          wanted && gtk_widget_get_sensitive (self->vote_up_button));
}

static void
pointer_enter_cb (GtkEventControllerMotion *controller,
                  double                    x,
                  double                    y,
                  CgIdeaCard               *self)
{
  GdkDevice *device =
    gtk_event_controller_get_current_event_device (GTK_EVENT_CONTROLLER (controller));

  if (device != NULL && gdk_device_get_source (device) == GDK_SOURCE_TOUCHSCREEN)
    return;
  self->pointer_inside = TRUE;
  update_vote_buttons (self);
}

static void
pointer_leave_cb (GtkEventControllerMotion *controller,
                  CgIdeaCard               *self)
{
  self->pointer_inside = FALSE;
  update_vote_buttons (self);
}

static void
cg_idea_card_state_flags_changed (GtkWidget     *widget,
                                  GtkStateFlags  previous)
{
  GTK_WIDGET_CLASS (cg_idea_card_parent_class)->state_flags_changed (widget, previous);
  update_vote_buttons (CG_IDEA_CARD (widget));
}

/* The card's menu: the board opens it (selecting the card first). */
static void
request_menu (CgIdeaCard *self,
              double      x,
              double      y)
{
  if (self->idea != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "board.card-menu", "(sdd)",
                                cg_object_get_id (CG_OBJECT (self->idea)), x, y);
}

static void
secondary_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      CgIdeaCard      *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  request_menu (self, x, y);
}

static void
long_pressed_cb (GtkGestureLongPress *gesture,
                 double               x,
                 double               y,
                 CgIdeaCard          *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  request_menu (self, x, y);
}

static void
update_card (CgIdeaCard *self)
{
  CgIdeaKind kind;
  const char *kind_label;
  gboolean hidden, beyond, private_, review;
  g_autofree char *description = NULL;

  if (self->idea == NULL)
    return;

  watch_voice (self, cg_idea_get_voice (self->idea));
  kind = cg_idea_get_kind (self->idea);
  kind_label = cg_idea_kind_get_label (kind);
  hidden = cg_idea_card_hides_text (self->idea, self->show_private);
  beyond = cg_idea_get_beyond_service (self->idea);
  private_ = cg_idea_get_private (self->idea);
  review = cg_idea_get_needs_review (self->idea);

  gtk_label_set_text (self->text_label, cg_idea_card_shown_text (self->idea, self->show_private));
  if (hidden)
    gtk_widget_add_css_class (GTK_WIDGET (self->text_label), "cg-card-hidden");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->text_label), "cg-card-hidden");

  gtk_image_set_from_icon_name (self->kind_image, cg_idea_card_kind_icon_name (kind));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_image), kind_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->kind_image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kind_label, -1);
  gtk_label_set_text (self->voice_label, voice_name (self->idea));
  update_votes (self);

  gtk_widget_set_visible (self->beyond_marker, beyond);
  gtk_widget_set_visible (self->private_marker, private_);
  show_actions (self);
  show_review (self, review);
  gtk_widget_set_visible (self->markers, beyond || private_ || review || self->n_actions > 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  description = cg_idea_card_describe (self->idea, self->show_private, self->n_actions);
  if (self->history_label != NULL && gtk_widget_get_visible (GTK_WIDGET (self->history_label)))
    {
      /* "…, 2 votes. Raised at March workshop, 5 votes" */
      g_autofree char *plain = g_steal_pointer (&description);

      description = g_strdup_printf ("%s. %s", plain, gtk_label_get_text (self->history_label));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  tell_new_marks (self);
}

void
cg_idea_card_set_idea (CgIdeaCard *self,
                       CgIdea     *idea)
{
  g_return_if_fail (CG_IS_IDEA_CARD (self));
  g_return_if_fail (idea == NULL || CG_IS_IDEA (idea));

  if (self->idea == idea)
    return;

  if (self->idea != NULL)
    g_signal_handlers_disconnect_by_func (self->idea, update_card, self);
  watch_voice (self, NULL);
  g_set_object (&self->idea, idea);
  /* the buttons vote for this card's idea, whichever card is selected */
  set_vote_targets (self);
  if (idea == NULL)
    self->pointer_inside = FALSE;
  update_vote_buttons (self);
  if (idea != NULL)
    {
      g_signal_connect_object (idea, "notify", G_CALLBACK (update_card), self,
                               G_CONNECT_SWAPPED);
      update_card (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IDEA]);
}

CgIdea *
cg_idea_card_get_idea (CgIdeaCard *self)
{
  g_return_val_if_fail (CG_IS_IDEA_CARD (self), NULL);
  return self->idea;
}

void
cg_idea_card_set_show_private (CgIdeaCard *self,
                               gboolean    show_private)
{
  g_return_if_fail (CG_IS_IDEA_CARD (self));

  show_private = !!show_private;
  if (self->show_private == show_private)
    return;
  self->show_private = show_private;
  update_card (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_PRIVATE]);
}

gboolean
cg_idea_card_get_show_private (CgIdeaCard *self)
{
  g_return_val_if_fail (CG_IS_IDEA_CARD (self), FALSE);
  return self->show_private;
}

void
cg_idea_card_set_marked (CgIdeaCard *self,
                         gboolean    marked)
{
  g_return_if_fail (CG_IS_IDEA_CARD (self));

  marked = !!marked;
  if (self->marked == marked)
    return;
  self->marked = marked;
  if (self->marked_image == NULL)
    {
      self->marked_image = gtk_image_new_from_icon_name ("object-select-symbolic");
      gtk_widget_add_css_class (self->marked_image, "cg-card-marked-check");
      gtk_widget_set_tooltip_text (self->marked_image,
                                   _("Picked, to combine or make an action from"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->marked_image),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Picked"), -1);
      gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->votes_label))),
                                  self->marked_image, GTK_WIDGET (self->voice_label));
    }
  gtk_widget_set_visible (self->marked_image, marked);
  if (marked)
    gtk_widget_add_css_class (GTK_WIDGET (self), "cg-card-marked");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "cg-card-marked");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED, marked, -1);
}

gboolean
cg_idea_card_get_marked (CgIdeaCard *self)
{
  g_return_val_if_fail (CG_IS_IDEA_CARD (self), FALSE);
  return self->marked;
}

void
cg_idea_card_set_actions (CgIdeaCard *self,
                          guint       n_actions,
                          const char *tooltip)
{
  g_return_if_fail (CG_IS_IDEA_CARD (self));

  if (self->n_actions != n_actions)
    {
      self->n_actions = n_actions;
      update_card (self);
    }
  if (self->actions_marker != NULL)
    gtk_widget_set_tooltip_text (self->actions_marker, tooltip);
}

void
cg_idea_card_set_history (CgIdeaCard *self,
                          const char *history)
{
  g_return_if_fail (CG_IS_IDEA_CARD (self));

  if (self->history_label == NULL)
    {
      if (history == NULL)
        return;
      self->history_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (self->history_label, 0);
      gtk_label_set_wrap (self->history_label, TRUE);
      gtk_label_set_width_chars (self->history_label, 10);
      gtk_label_set_max_width_chars (self->history_label, 30);
      gtk_widget_add_css_class (GTK_WIDGET (self->history_label), "cg-card-history");
      gtk_widget_insert_after (GTK_WIDGET (self->history_label), GTK_WIDGET (self),
                               GTK_WIDGET (self->text_label));
    }
  else if (g_strcmp0 (gtk_label_get_text (self->history_label), history ? history : "") == 0 &&
           gtk_widget_get_visible (GTK_WIDGET (self->history_label)) == (history != NULL))
    return;
  gtk_label_set_text (self->history_label, history ? history : "");
  gtk_widget_set_visible (GTK_WIDGET (self->history_label), history != NULL);
  update_card (self);
}

const char *
cg_idea_card_get_history (CgIdeaCard *self)
{
  g_return_val_if_fail (CG_IS_IDEA_CARD (self), NULL);
  return self->history_label != NULL && gtk_widget_get_visible (GTK_WIDGET (self->history_label))
         ? gtk_label_get_text (self->history_label) : NULL;
}

guint
cg_idea_card_get_n_actions (CgIdeaCard *self)
{
  g_return_val_if_fail (CG_IS_IDEA_CARD (self), 0);
  return self->n_actions;
}

const char *
cg_idea_card_get_shown_text (CgIdeaCard *self)
{
  g_return_val_if_fail (CG_IS_IDEA_CARD (self), NULL);
  return gtk_label_get_text (self->text_label);
}

static void
cg_idea_card_dispose (GObject *object)
{
  CgIdeaCard *self = CG_IDEA_CARD (object);
  GtkWidget *child;

  cg_idea_card_set_idea (self, NULL);
  g_clear_pointer (&self->spoken_marks, g_free);
  if (self->vote_buttons != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->vote_down_button, update_vote_buttons, self);
      g_signal_handlers_disconnect_by_func (self->vote_up_button, update_vote_buttons, self);
      self->vote_buttons = self->vote_down_button = self->vote_up_button = NULL;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_IDEA_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cg_idea_card_parent_class)->dispose (object);
}

static void
cg_idea_card_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CgIdeaCard *self = CG_IDEA_CARD (object);

  switch (prop_id)
    {
    case PROP_IDEA:
      g_value_set_object (value, self->idea);
      break;

    case PROP_SHOW_PRIVATE:
      g_value_set_boolean (value, self->show_private);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_idea_card_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CgIdeaCard *self = CG_IDEA_CARD (object);

  switch (prop_id)
    {
    case PROP_IDEA:
      cg_idea_card_set_idea (self, g_value_get_object (value));
      break;

    case PROP_SHOW_PRIVATE:
      cg_idea_card_set_show_private (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_idea_card_class_init (CgIdeaCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_idea_card_dispose;
  object_class->get_property = cg_idea_card_get_property;
  object_class->set_property = cg_idea_card_set_property;
  widget_class->snapshot = cg_idea_card_snapshot;
  widget_class->state_flags_changed = cg_idea_card_state_flags_changed;

  properties[PROP_IDEA] =
    g_param_spec_object ("idea", NULL, NULL, CG_TYPE_IDEA,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_PRIVATE] =
    g_param_spec_boolean ("show-private", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_assert (cg_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/cg-idea-card.ui");
  gtk_widget_class_bind_template_child (widget_class, CgIdeaCard, text_label);
  gtk_widget_class_bind_template_child (widget_class, CgIdeaCard, kind_image);
  gtk_widget_class_bind_template_child (widget_class, CgIdeaCard, voice_label);
  gtk_widget_class_bind_template_child (widget_class, CgIdeaCard, votes_label);
  gtk_widget_class_bind_template_child (widget_class, CgIdeaCard, markers);
  gtk_widget_class_bind_template_child (widget_class, CgIdeaCard, beyond_marker);
  gtk_widget_class_bind_template_child (widget_class, CgIdeaCard, private_marker);

  gtk_widget_class_set_css_name (widget_class, "cg-idea-card");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
}

static void
cg_idea_card_init (CgIdeaCard *self)
{
  GtkGesture *secondary = gtk_gesture_click_new ();
  GtkGesture *long_press = gtk_gesture_long_press_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_visible (self->markers, FALSE);

  g_signal_connect (motion, "enter", G_CALLBACK (pointer_enter_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (pointer_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  /* the menu: a right-click, or a long press of a finger (a mouse has its right button) */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  g_signal_connect (secondary, "pressed", G_CALLBACK (secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (secondary));
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (long_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (long_press));
}

GtkWidget *
cg_idea_card_new (void)
{
  return g_object_new (CG_TYPE_IDEA_CARD, NULL);
}
