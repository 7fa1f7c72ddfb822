/* cg-notice.c: a short notice over the board: what just changed, with Undo, for a few seconds
 *
 * GTK 4.8 has no toast, so this is a small one: a revealer holding a label, an Undo button
 * (win.undo) and a dismiss button, in the theme's "app-notification" look. It tells what a key
 * did to a card the facilitator may not be looking at, and offers to take it back.
 *
 * What it says reaches a screen reader too (cg_notice_announce, at the end of this file).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-notice"

#include "config.h"

#include "cg-notice.h"
#include "cg-resources.h"

#define DEFAULT_TIMEOUT 5000 /* ms */
#define RECHECK_TIMEOUT 1000 /* ms: while the pointer or the focus is on it */

struct _CgNotice
{
  GtkWidget    parent_instance;

  GtkRevealer *revealer;
  GtkLabel    *label;
  GtkWidget   *undo_button;

  CgHistory   *history;
  char        *text;       /* NULL while hidden */
  guint        timeout;    /* ms */
  guint        timeout_id;
  gboolean     hovered;
};

G_DEFINE_FINAL_TYPE (CgNotice, cg_notice, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TIMEOUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean hide_later_cb (gpointer user_data);

/* The notice's style sheet, once per display. */
static void
ensure_style (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), "cg-notice-style") != NULL)
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/org/commonground/CommonGround/cg-notice.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "cg-notice-style", g_steal_pointer (&provider),
                          g_object_unref);
}

static void
start_timer (CgNotice *self,
             guint     ms)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (ms, hide_later_cb, self);
  g_source_set_name_by_id (self->timeout_id, "[cg] notice timeout");
}

/* Whether someone is reading it or about to press Undo: it stays while so. */
static gboolean
is_in_use (CgNotice *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return self->hovered || (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)));
}

static gboolean
hide_later_cb (gpointer user_data)
{
  CgNotice *self = user_data;

  self->timeout_id = 0;
  if (is_in_use (self))
    start_timer (self, RECHECK_TIMEOUT);
  else
    cg_notice_hide (self);
  return G_SOURCE_REMOVE;
}

static void
child_revealed_cb (CgNotice *self)
{
  /* folded away: nothing of it is left to click or to read */
  if (!gtk_revealer_get_child_revealed (self->revealer) && self->text == NULL)
    gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

static void
undo_clicked_cb (CgNotice *self)
{
  cg_notice_hide (self);
}

static void
dismiss_clicked_cb (CgNotice *self)
{
  cg_notice_hide (self);
}

static void
pointer_enter_cb (CgNotice *self)
{
  self->hovered = TRUE;
}

static void
pointer_leave_cb (CgNotice *self)
{
  self->hovered = FALSE;
}

static void
history_changed_cb (CgNotice *self)
{
  cg_notice_hide (self);
}

static void
cg_notice_dispose (GObject *object)
{
  CgNotice *self = CG_NOTICE (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  cg_notice_set_history (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_NOTICE);

  G_OBJECT_CLASS (cg_notice_parent_class)->dispose (object);
}

static void
cg_notice_finalize (GObject *object)
{
  CgNotice *self = CG_NOTICE (object);

  g_free (self->text);

  G_OBJECT_CLASS (cg_notice_parent_class)->finalize (object);
}

static void
cg_notice_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CgNotice *self = CG_NOTICE (object);

  switch (prop_id)
    {
    case PROP_TIMEOUT:
      g_value_set_uint (value, self->timeout);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_notice_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CgNotice *self = CG_NOTICE (object);

  switch (prop_id)
    {
    case PROP_TIMEOUT:
      if (self->timeout != g_value_get_uint (value))
        {
          self->timeout = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_notice_class_init (CgNoticeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_notice_dispose;
  object_class->finalize = cg_notice_finalize;
  object_class->get_property = cg_notice_get_property;
  object_class->set_property = cg_notice_set_property;

  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL, 1, G_MAXUINT, DEFAULT_TIMEOUT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_assert (cg_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/cg-notice.ui");
  gtk_widget_class_bind_template_child (widget_class, CgNotice, revealer);
  gtk_widget_class_bind_template_child (widget_class, CgNotice, label);
  gtk_widget_class_bind_template_child (widget_class, CgNotice, undo_button);
  gtk_widget_class_bind_template_callback (widget_class, child_revealed_cb);
  gtk_widget_class_bind_template_callback (widget_class, undo_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_clicked_cb);

  gtk_widget_class_set_css_name (widget_class, "cg-notice");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ALERT);
}

static void
cg_notice_init (CgNotice *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  ensure_style (gtk_widget_get_display (GTK_WIDGET (self)));
  self->timeout = DEFAULT_TIMEOUT;
  g_signal_connect_swapped (motion, "enter", G_CALLBACK (pointer_enter_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (pointer_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
cg_notice_new (void)
{
  return g_object_new (CG_TYPE_NOTICE, NULL);
}

void
cg_notice_show (CgNotice   *self,
                const char *text)
{
  g_return_if_fail (CG_IS_NOTICE (self));
  g_return_if_fail (text != NULL);

  g_free (self->text);
  self->text = g_strdup (text);
  gtk_label_set_text (self->label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
  start_timer (self, self->timeout);
  /* (GTK 4.8 tells assistive technology nothing when a widget appears: said, not only shown) */
  cg_notice_announce (GTK_WIDGET (self), text);
}

void
cg_notice_hide (CgNotice *self)
{
  g_return_if_fail (CG_IS_NOTICE (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->text == NULL)
    return;
  g_clear_pointer (&self->text, g_free);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  /* not shown (yet) at all: no transition will say it is folded */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

const char *
cg_notice_get_text (CgNotice *self)
{
  g_return_val_if_fail (CG_IS_NOTICE (self), NULL);
  return self->text;
}

void
cg_notice_set_history (CgNotice  *self,
                       CgHistory *history)
{
  g_return_if_fail (CG_IS_NOTICE (self));
  g_return_if_fail (history == NULL || CG_IS_HISTORY (history));

  if (self->history == history)
    return;
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_func (self->history, history_changed_cb, self);
  g_set_object (&self->history, history);
  if (history != NULL)
    g_signal_connect_object (history, "changed", G_CALLBACK (history_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

/* Status messages for assistive technology
 *
 * GTK 4.14 and later have gtk_accessible_announce(): the message goes to the screen reader as
 * an AT-SPI announcement, whatever has the focus.
 *
 * GTK 4.8 has no such call, and its AT-SPI bridge sends no event when a widget appears (not
 * for this notice, not for an alert, not for a status label made visible), nor for a name
 * changed on an object no client has looked at yet. What it always sends is a change of the
 * name or description of the object with the keyboard focus, and that is what Orca speaks
 * (its default script presents a description change of its locus of focus). So on 4.8 the
 * message becomes, for a while, the accessible description of the widget with the keyboard
 * focus in @widget's window (object:property-change:accessible-description on that object).
 * When the focus leaves that widget it gets its own description back: the one given with
 * cg_notice_set_description(), else its tooltip (GTK's own description for it), else none. By
 * then the screen reader is on another object and says nothing about it. */

#define ANNOUNCED_KEY "cg-notice-announced"     /* on a root: the widget holding a message */
#define DESCRIPTION_KEY "cg-notice-description" /* on a widget: its own description */

#if !GTK_CHECK_VERSION (4, 14, 0)
typedef struct
{
  GtkWidget *widget; /* weak: the widget whose description holds the message */
} Announced;

static void
announced_free (gpointer data)
{
  Announced *announced = data;

  g_clear_weak_pointer (&announced->widget);
  g_free (announced);
}

static void
restore_description (GtkWidget *widget)
{
  const char *own = g_object_get_data (G_OBJECT (widget), DESCRIPTION_KEY);

  if (own == NULL)
    own = gtk_widget_get_tooltip_text (widget);
  if (own != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    own, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* The keyboard focus moved: the widget that said the message says its own words again. */
static void
root_focus_changed_cb (GtkRoot    *root,
                       GParamSpec *pspec,
                       Announced  *announced)
{
  GtkWidget *widget = announced->widget;

  if (widget == NULL || gtk_root_get_focus (root) == widget)
    return;
  g_clear_weak_pointer (&announced->widget);
  restore_description (widget);
}

static Announced *
announced_of (GtkRoot *root)
{
  Announced *announced = g_object_get_data (G_OBJECT (root), ANNOUNCED_KEY);

  if (announced == NULL)
    {
      announced = g_new0 (Announced, 1);
      g_object_set_data_full (G_OBJECT (root), ANNOUNCED_KEY, announced, announced_free);
      g_signal_connect (root, "notify::focus-widget", G_CALLBACK (root_focus_changed_cb),
                        announced);
    }
  return announced;
}
#endif

void
cg_notice_announce (GtkWidget  *widget,
                    const char *text)
{
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (text != NULL);

  root = gtk_widget_get_root (widget);
#if GTK_CHECK_VERSION (4, 14, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS /* (GDK_VERSION_MAX_ALLOWED says 4.8: this is 4.14's) */
  gtk_accessible_announce (GTK_ACCESSIBLE (root != NULL ? GTK_WIDGET (root) : widget), text,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  {
    GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
    Announced *announced;

    if (root == NULL || *text == '\0')
      return;
    if (focus == NULL)
      focus = GTK_WIDGET (root);
    announced = announced_of (root);
    if (announced->widget != NULL && announced->widget != focus)
      restore_description (announced->widget);
    g_set_weak_pointer (&announced->widget, focus);
    /* cleared first, so that the same words said twice are a change, and said twice */
    gtk_accessible_reset_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    gtk_accessible_update_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    text, -1);
  }
#endif
}

void
cg_notice_set_description (GtkWidget  *widget,
                           const char *description)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_object_set_data_full (G_OBJECT (widget), DESCRIPTION_KEY, g_strdup (description), g_free);
#if !GTK_CHECK_VERSION (4, 14, 0)
  {
    GtkRoot *root = gtk_widget_get_root (widget);
    Announced *announced = root != NULL ? g_object_get_data (G_OBJECT (root), ANNOUNCED_KEY)
                                        : NULL;

    /* while it holds a message, its own words wait until the focus leaves */
    if (announced != NULL && announced->widget == widget)
      return;
  }
#endif
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}
