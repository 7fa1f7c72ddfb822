/* cg-outline-row.c: one row of the outline: a theme's heading, or an idea as one sentence
 *
 * The row is what has the keyboard focus (GtkListView gives the focus of an item to its first
 * focusable child), so it is what a screen reader reads: a tree item named with the sentence
 * ("Idea from Lived experience, 12 votes: A phone call from a named worker"), a theme's with
 * its count and whether it is open. What it shows inside (an arrow, an icon, the words, a
 * line of details) is presentation only: the name already says it all, once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-outline"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-outline-private.h"
#include "model/cg-action-links.h"
#include "model/cg-audience.h"
#include "widgets/cg-idea-card.h"

/* How far an idea's row is set in from its theme's, in pixels. */
#define IDEA_INDENT 28

struct _CgOutlineRow
{
  GtkWidget       parent_instance;

  CgOutline      *outline;  /* weak */
  GtkTreeListRow *list_row;
  gpointer        item;     /* a reference: the CgOutlineGroup or CgIdea shown */
  char           *spoken;

  GtkWidget      *expander; /* a theme's arrow, or an idea's kind */
  GtkWidget      *text;
  GtkWidget      *details;
};

G_DEFINE_FINAL_TYPE (CgOutlineRow, cg_outline_row, GTK_TYPE_WIDGET)

/* Sentences */

static guint
count_actions (CgWorkshop *workshop,
               CgIdea     *idea)
{
  g_autoptr(GPtrArray) actions = NULL;

  if (workshop == NULL)
    return 0;
  actions = cg_workshop_dup_idea_actions (workshop, idea);
  return actions->len;
}

/* The event the idea was carried on from ("March workshop"), or NULL. */
static const char *
carried_from (CgWorkshop *workshop,
              CgIdea     *idea)
{
  const char *id = cg_idea_get_carried_from (idea);
  CgObject *earlier = id != NULL && workshop != NULL ? cg_workshop_lookup (workshop, id) : NULL;
  CgEvent *event = CG_IS_IDEA (earlier) ? cg_idea_get_event (CG_IDEA (earlier)) : NULL;

  return event != NULL ? cg_event_get_title (event) : NULL;
}

/* "12 votes, private, beyond the service, led to 1 action, carried from March workshop": what
 * follows the voice; @separator between the parts. */
static void
append_marks (GString    *text,
              CgWorkshop *workshop,
              CgIdea     *idea,
              gboolean    show_private,
              const char *separator)
{
  guint votes = cg_idea_get_total_votes (idea);
  guint n_actions = count_actions (workshop, idea);
  const char *from = carried_from (workshop, idea);

  if (votes == 0)
    g_string_append (text, _("no votes"));
  else
    g_string_append_printf (text, ngettext ("%u vote", "%u votes", votes), votes);
  /* (a private note whose words are hidden says so in place of them) */
  if (cg_idea_get_private (idea) && show_private)
    g_string_append_printf (text, "%s%s", separator, _("private"));
  if (cg_idea_get_beyond_service (idea))
    g_string_append_printf (text, "%s%s", separator, _("beyond the service"));
  if (n_actions > 0)
    {
      g_string_append (text, separator);
      g_string_append_printf (text, ngettext ("led to %u action", "led to %u actions", n_actions),
                              n_actions);
    }
  if (from != NULL)
    {
      g_string_append (text, separator);
      /* Translators: in the outline, an idea brought forward; %s is the earlier event (its
       * title may hold a colon, hence the quotes) */
      g_string_append_printf (text, _("carried from ‘%s’"), from);
    }
  else if (cg_idea_get_carried_from (idea) != NULL)
    g_string_append_printf (text, "%s%s", separator, _("carried forward"));
  if (cg_idea_get_needs_review (idea))
    g_string_append_printf (text, "%s%s", separator, _("to check: edited on two laptops"));
}

char *
cg_outline_describe_idea (CgWorkshop *workshop,
                          CgIdea     *idea,
                          gboolean    show_private)
{
  CgVoice *voice;
  const char *kind;
  g_autofree char *words = NULL;
  g_autoptr(GString) about = g_string_new (NULL);

  g_return_val_if_fail (workshop == NULL || CG_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (CG_IS_IDEA (idea), NULL);

  voice = cg_idea_get_voice (idea);
  kind = cg_idea_kind_get_label (cg_idea_get_kind (idea));
  words = cg_idea_dup_shown_text (idea, cg_audience_for_laptop (show_private));
  if (voice != NULL)
    /* Translators: an idea in the outline: its kind and its voice ("Idea from Lived
     * experience") */
    g_string_append_printf (about, _("%s from %s"), kind, cg_voice_get_name (voice));
  else
    /* Translators: an idea in the outline that nobody's voice was given to ("Question, no
     * voice") */
    g_string_append_printf (about, _("%s, no voice"), kind);
  g_string_append (about, ", ");
  append_marks (about, workshop, idea, show_private, ", ");
  /* Translators: an idea in the outline, as a screen reader reads it: what it is, then its
   * words ("Idea from Lived experience, 12 votes: A phone call from a named worker") */
  return g_strdup_printf (C_("outline idea", "%s: %s"), about->str, words != NULL ? words : "");
}

char *
cg_outline_describe_theme (CgTheme *theme,
                           guint    n_ideas)
{
  const char *name = theme != NULL ? cg_theme_get_name (theme) : _("Unsorted");
  g_autofree char *count = n_ideas == 0
                           ? g_strdup (_("no ideas"))
                           : g_strdup_printf (ngettext ("%u idea", "%u ideas", n_ideas), n_ideas);

  /* Translators: a theme in the outline: its name, then how many ideas it has ("First
   * contacts: 8 ideas") */
  return g_strdup_printf (C_("outline theme", "%s: %s"), name, count);
}

/* The row */

static CgWorkshop *
workshop_of (CgOutlineRow *self)
{
  return self->outline != NULL ? self->outline->workshop : NULL;
}

static gboolean
showing_private (CgOutlineRow *self)
{
  return self->outline != NULL && self->outline->show_private;
}

static void
set_spoken (CgOutlineRow *self,
            char         *spoken)
{
  if (g_strcmp0 (self->spoken, spoken) == 0)
    {
      g_free (spoken);
      return;
    }
  g_free (self->spoken);
  self->spoken = spoken;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  -1);
}

static void
show_group (CgOutlineRow   *self,
            CgOutlineGroup *group)
{
  CgTheme *theme = cg_outline_group_get_theme (group);
  guint n = g_list_model_get_n_items (cg_outline_group_get_ideas (group));
  gboolean expanded = self->list_row != NULL && gtk_tree_list_row_get_expanded (self->list_row);
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  g_autofree char *count = n == 0 ? g_strdup (_("no ideas"))
                                  : g_strdup_printf (ngettext ("%u idea", "%u ideas", n), n);

  gtk_widget_set_margin_start (GTK_WIDGET (self), 0);
  gtk_widget_add_css_class (GTK_WIDGET (self), "cg-outline-theme");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "cg-outline-idea");
  gtk_image_set_from_icon_name (GTK_IMAGE (self->expander),
                                expanded ? "pan-down-symbolic"
                                         : rtl ? "pan-start-symbolic" : "pan-end-symbolic");
  gtk_label_set_text (GTK_LABEL (self->text), theme != NULL ? cg_theme_get_name (theme)
                                                            : _("Unsorted"));
  gtk_widget_remove_css_class (self->text, "cg-outline-hidden");
  gtk_label_set_text (GTK_LABEL (self->details), count);
  set_spoken (self, cg_outline_describe_theme (theme, n));
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED, expanded, -1);
}

static void
show_idea (CgOutlineRow *self,
           CgIdea       *idea)
{
  CgWorkshop *workshop = workshop_of (self);
  gboolean show_private = showing_private (self);
  CgVoice *voice = cg_idea_get_voice (idea);
  g_autofree char *words = cg_idea_dup_shown_text (idea, cg_audience_for_laptop (show_private));
  g_autoptr(GString) details = g_string_new (voice != NULL ? cg_voice_get_name (voice)
                                                           : _("No voice"));

  g_string_append (details, " · ");
  append_marks (details, workshop, idea, show_private, " · ");

  gtk_widget_set_margin_start (GTK_WIDGET (self), IDEA_INDENT);
  gtk_widget_add_css_class (GTK_WIDGET (self), "cg-outline-idea");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "cg-outline-theme");
  gtk_image_set_from_icon_name (GTK_IMAGE (self->expander),
                                cg_idea_card_kind_icon_name (cg_idea_get_kind (idea)));
  gtk_widget_set_tooltip_text (self->expander, cg_idea_kind_get_label (cg_idea_get_kind (idea)));
  gtk_label_set_text (GTK_LABEL (self->text), words != NULL ? words : "");
  if (cg_idea_shows_text_to (idea, cg_audience_for_laptop (show_private)))
    gtk_widget_remove_css_class (self->text, "cg-outline-hidden");
  else
    gtk_widget_add_css_class (self->text, "cg-outline-hidden");
  gtk_label_set_text (GTK_LABEL (self->details), details->str);
  set_spoken (self, cg_outline_describe_idea (workshop, idea, show_private));
  gtk_accessible_reset_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED);
}

void
cg_outline_row_refresh (CgOutlineRow *self)
{
  g_return_if_fail (CG_IS_OUTLINE_ROW (self));

  if (CG_IS_OUTLINE_GROUP (self->item))
    show_group (self, self->item);
  else if (CG_IS_IDEA (self->item))
    show_idea (self, self->item);
}

static void
unbind (CgOutlineRow *self)
{
  if (self->list_row != NULL)
    g_signal_handlers_disconnect_by_func (self->list_row, cg_outline_row_refresh, self);
  if (CG_IS_OUTLINE_GROUP (self->item))
    g_signal_handlers_disconnect_by_func (cg_outline_group_get_ideas (self->item),
                                          cg_outline_row_refresh, self);
  g_clear_object (&self->list_row);
  g_clear_object (&self->item);
}

void
cg_outline_row_bind (CgOutlineRow   *self,
                     GtkTreeListRow *list_row,
                     CgOutline      *outline)
{
  g_return_if_fail (CG_IS_OUTLINE_ROW (self));
  g_return_if_fail (list_row == NULL || GTK_IS_TREE_LIST_ROW (list_row));

  unbind (self);
  g_set_weak_pointer (&self->outline, outline);
  if (list_row == NULL)
    return;

  self->list_row = g_object_ref (list_row);
  self->item = gtk_tree_list_row_get_item (list_row);
  g_signal_connect_swapped (list_row, "notify::expanded", G_CALLBACK (cg_outline_row_refresh),
                            self);
  if (CG_IS_OUTLINE_GROUP (self->item))
    g_signal_connect_swapped (cg_outline_group_get_ideas (self->item), "items-changed",
                              G_CALLBACK (cg_outline_row_refresh), self);
  cg_outline_row_refresh (self);
}

gpointer
cg_outline_row_get_item (CgOutlineRow *self)
{
  g_return_val_if_fail (CG_IS_OUTLINE_ROW (self), NULL);
  return self->item;
}

GtkTreeListRow *
cg_outline_row_get_list_row (CgOutlineRow *self)
{
  g_return_val_if_fail (CG_IS_OUTLINE_ROW (self), NULL);
  return self->list_row;
}

const char *
cg_outline_row_get_spoken (CgOutlineRow *self)
{
  g_return_val_if_fail (CG_IS_OUTLINE_ROW (self), NULL);
  return self->spoken;
}

/* Pointer and focus */

static void
focus_enter_cb (CgOutlineRow *self)
{
  if (self->outline != NULL && self->item != NULL)
    cg_outline_row_focused (self->outline, self);
}

/* A click on a theme's arrow opens or closes it. */
static void
expander_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      CgOutlineRow    *self)
{
  if (self->list_row == NULL || !gtk_tree_list_row_is_expandable (self->list_row))
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_tree_list_row_set_expanded (self->list_row,
                                  !gtk_tree_list_row_get_expanded (self->list_row));
}

/* A right-click or a long press: the row's menu, as Shift+F10 opens it. */
static void
request_menu (CgOutlineRow *self)
{
  if (self->item == NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_widget_activate_action (GTK_WIDGET (self), "outline.menu", NULL);
}

static void
secondary_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      CgOutlineRow    *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  request_menu (self);
}

static void
long_pressed_cb (GtkGestureLongPress *gesture,
                 double               x,
                 double               y,
                 CgOutlineRow        *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  request_menu (self);
}

static void
cg_outline_row_dispose (GObject *object)
{
  CgOutlineRow *self = CG_OUTLINE_ROW (object);

  unbind (self);
  g_clear_weak_pointer (&self->outline);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_OUTLINE_ROW);

  G_OBJECT_CLASS (cg_outline_row_parent_class)->dispose (object);
}

static void
cg_outline_row_finalize (GObject *object)
{
  g_free (CG_OUTLINE_ROW (object)->spoken);

  G_OBJECT_CLASS (cg_outline_row_parent_class)->finalize (object);
}

static void
cg_outline_row_class_init (CgOutlineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_outline_row_dispose;
  object_class->finalize = cg_outline_row_finalize;

  gtk_widget_class_set_css_name (widget_class, "cg-outline-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TREE_ITEM);
  cg_outline_row_class_add_keys (widget_class);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/cg-outline-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CgOutlineRow, expander);
  gtk_widget_class_bind_template_child (widget_class, CgOutlineRow, text);
  gtk_widget_class_bind_template_child (widget_class, CgOutlineRow, details);
  gtk_widget_class_bind_template_callback (widget_class, focus_enter_cb);
  gtk_widget_class_bind_template_callback (widget_class, expander_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, secondary_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, long_pressed_cb);
}

static void
cg_outline_row_init (CgOutlineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cg_outline_row_new (void)
{
  return g_object_new (CG_TYPE_OUTLINE_ROW, NULL);
}
