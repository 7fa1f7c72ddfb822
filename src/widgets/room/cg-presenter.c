/* cg-presenter.c: the room's screen: a second window showing the board to the room, read only
 *
 * The laptop faces the facilitator; this window faces the room. It observes the window's CgRoom
 * (cg-room.h): the same workshop through the privacy and reveal filters, never a copy, and the
 * read-back card, the voting round and the timer the laptop runs. So it shows:
 *   - the board: a column per theme in the workshop's order (Unsorted first, while it has
 *     ideas), following the laptop's event switcher;
 *   - during a read-back, the card read back alone, large, with its voice and kind;
 *   - how many new ideas wait to be revealed (never what), and the timer.
 * It never shows a private note (the room's filter leaves them out, and a card asks
 * cg_idea_dup_shown_text with CG_AUDIENCE_ROOM whatever the laptop shows), and has no menu,
 * picker, button or anything else that takes the focus.
 *
 * Its type is sized to its screen, not to the laptop's text size: the font is chosen so that a
 * column holds about a dozen words a line (see font_for_size), and follows the window's size.
 * Colours are the theme's own, so dark style and high contrast apply as on the laptop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-room"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cg-presenter-card.h"
#include "cg-presenter.h"

/* Characters of the type a column's width holds (with its padding), and lines of it the
 * screen's height holds at least; the type stays within these sizes, in pixels. */
#define COLUMN_CHARS 26.0
#define SCREEN_LINES 18.0
#define FONT_MIN 16
#define FONT_MAX 72
/* Monitors come and go in bursts (a projector plugged in), and a window dragged to another
 * screen enters it before it leaves the first: placed once they settle, after this, in ms. */
#define PLACE_DELAY 250
/* A window (one monitor), until the facilitator sizes it. */
#define WINDOW_WIDTH 1024
#define WINDOW_HEIGHT 640

struct _CgPresenter
{
  GtkWindow       parent_instance;

  CgRoom         *room;
  GtkWindow      *laptop;       /* weak */
  GdkMonitor     *laptop_monitor; /* where the laptop's window is, when known */
  GdkMonitor     *monitor;      /* the one it is full screen on, or NULL */
  GListModel     *themes;       /* followed: columns come and go with themes */
  GPtrArray      *columns;      /* CgPresenterColumn: Unsorted, then one per theme */
  CgIdea         *spotlit;      /* followed for its theme */
  CgEvent        *event;        /* followed for its title */
  GtkCssProvider *size_css;
  char           *size_class;
  int             font_size;
  guint           place_idle;

  GtkStack       *stack;
  GtkWidget      *column_box;
  GtkLabel       *event_label;
  GtkLabel       *waiting_label;
  GtkLabel       *timer_label;
  GtkWidget      *spotlight;
  GtkLabel       *spotlight_theme;
  GtkLabel       *spotlight_place;
};

G_DEFINE_FINAL_TYPE (CgPresenter, cg_presenter, GTK_TYPE_WINDOW)

/* Type size */

static guint
n_columns_shown (CgPresenter *self)
{
  guint n = 0;

  for (guint i = 0; i < self->columns->len; i++)
    n += gtk_widget_get_visible (g_ptr_array_index (self->columns, i));
  return MAX (n, 1);
}

/* The type size, in pixels, for a screen of @width x @height with the columns shown. */
static int
font_for_size (CgPresenter *self,
               int          width,
               int          height)
{
  double by_width = width / (n_columns_shown (self) * COLUMN_CHARS * 0.55);
  double by_height = height / SCREEN_LINES;

  return CLAMP ((int) MIN (by_width, by_height), FONT_MIN, FONT_MAX);
}

static void
set_font_size (CgPresenter *self,
               int          size)
{
  g_autofree char *css = NULL;

  if (size == self->font_size)
    return;
  self->font_size = size;
  css = g_strdup_printf (".%s { font-size: %dpx; }", self->size_class, size);
  gtk_css_provider_load_from_data (self->size_css, css, -1);
}

static void
fit_type (CgPresenter *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  GdkRectangle area;

  if (width <= 0 || height <= 0)
    {
      /* not laid out yet: the monitor it goes to, or the size it asks for */
      if (self->monitor != NULL)
        {
          gdk_monitor_get_geometry (self->monitor, &area);
          width = area.width;
          height = area.height;
        }
      else
        gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
    }
  if (width > 0 && height > 0)
    set_font_size (self, font_for_size (self, width, height));
}

static void
surface_layout_cb (CgPresenter *self,
                   int          width,
                   int          height)
{
  set_font_size (self, font_for_size (self, width, height));
}

/* High contrast: the theme's colours already are; borders get heavier as well. */
static void
follow_contrast (CgPresenter *self)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  g_autofree char *theme = NULL;
  gboolean contrast;

  g_object_get (settings, "gtk-theme-name", &theme, NULL);
  contrast = theme != NULL && (strstr (theme, "-hc") != NULL ||
                               strstr (theme, "HighContrast") != NULL);
  if (contrast)
    gtk_widget_add_css_class (GTK_WIDGET (self), "cg-high-contrast");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "cg-high-contrast");
}

/* Columns */

static void
show_current (CgPresenter *self)
{
  CgIdea *idea = cg_room_get_tally_idea (self->room);
  gboolean tallying = cg_room_get_tallying (self->room);

  for (guint i = 0; i < self->columns->len; i++)
    {
      CgPresenterColumn *column = g_ptr_array_index (self->columns, i);
      CgTheme *theme = cg_presenter_column_get_theme (column);
      gboolean here = idea != NULL && cg_idea_get_theme (idea) == theme;

      cg_presenter_column_set_current (column, here ? idea : NULL, tallying);
    }
}

static void
unsorted_changed_cb (CgPresenter *self)
{
  GtkWidget *unsorted = self->columns->len > 0 ? g_ptr_array_index (self->columns, 0) : NULL;
  GListModel *ideas;
  gboolean shown;

  if (unsorted == NULL)
    return;
  ideas = cg_presenter_column_get_ideas (CG_PRESENTER_COLUMN (unsorted));
  shown = g_list_model_get_n_items (ideas) > 0;
  if (shown == gtk_widget_get_visible (unsorted))
    return;
  gtk_widget_set_visible (unsorted, shown);
  fit_type (self);
}

static void
add_column (CgPresenter *self,
            CgTheme     *theme)
{
  CgPresenterColumn *column = cg_presenter_column_new (cg_room_get_ideas (self->room), theme);

  g_ptr_array_add (self->columns, column);
  gtk_box_append (GTK_BOX (self->column_box), GTK_WIDGET (column));
}

/* Themes added, removed, renamed or moved: the columns are made again, in the new order. */
static void
rebuild_columns (CgPresenter *self)
{
  CgWorkshop *workshop = cg_room_get_workshop (self->room);
  GtkWidget *child;

  if (self->columns->len > 0)
    {
      CgPresenterColumn *unsorted = g_ptr_array_index (self->columns, 0);

      g_signal_handlers_disconnect_by_func (cg_presenter_column_get_ideas (unsorted),
                                            unsorted_changed_cb, self);
    }
  while ((child = gtk_widget_get_first_child (self->column_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->column_box), child);
  g_ptr_array_set_size (self->columns, 0);
  if (workshop == NULL)
    return;

  add_column (self, NULL);
  for (guint i = 0, n = g_list_model_get_n_items (self->themes); i < n; i++)
    {
      g_autoptr(CgTheme) theme = g_list_model_get_item (self->themes, i);

      add_column (self, theme);
    }
  gtk_widget_set_visible (g_ptr_array_index (self->columns, 0), FALSE);
  g_signal_connect_object (cg_presenter_column_get_ideas (g_ptr_array_index (self->columns, 0)),
                           "items-changed", G_CALLBACK (unsorted_changed_cb), self,
                           G_CONNECT_SWAPPED);
  unsorted_changed_cb (self);
  show_current (self);
  fit_type (self);
}

/* What the room is told */

static void
update_event (CgPresenter *self)
{
  CgWorkshop *workshop = cg_room_get_workshop (self->room);
  CgEvent *event = cg_room_get_event (self->room);
  const char *title = NULL;

  if (self->event != event)
    {
      if (self->event != NULL)
        g_signal_handlers_disconnect_by_func (self->event, update_event, self);
      g_set_object (&self->event, event);
      if (event != NULL)
        g_signal_connect_object (event, "notify::title", G_CALLBACK (update_event), self,
                                 G_CONNECT_SWAPPED);
    }
  if (event != NULL)
    title = cg_event_get_title (event);
  else if (workshop != NULL)
    title = cg_workshop_get_title (workshop);
  gtk_label_set_text (self->event_label, title != NULL ? title : "");
  gtk_window_set_title (GTK_WINDOW (self), title != NULL && *title != '\0'
                                           ? title : _("Common Ground for the room"));
}

static void
update_waiting (CgPresenter *self)
{
  guint n = cg_room_get_n_waiting (self->room);
  g_autofree char *text = NULL;

  /* how many, never what */
  text = g_strdup_printf (ngettext ("%u new idea waiting to be shown",
                                    "%u new ideas waiting to be shown", n), n);
  gtk_label_set_text (self->waiting_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->waiting_label),
                          n > 0 && cg_room_get_holding (self->room));
}

static void
update_timer (CgPresenter *self)
{
  CgTimer *timer = cg_room_get_timer (self->room);
  CgTimerState state = cg_timer_get_state (timer);
  g_autofree char *time = cg_timer_format (cg_timer_get_remaining (timer));
  g_autofree char *text = NULL;
  GtkWidget *label = GTK_WIDGET (self->timer_label);

  switch (state)
    {
    case CG_TIMER_PAUSED:
      /* Translators: the room's timer while paused, "4:32 paused" */
      text = g_strdup_printf (_("%s paused"), time);
      break;
    case CG_TIMER_FINISHED:
      text = g_strdup (_("Time’s up"));
      break;
    case CG_TIMER_RUNNING:
    case CG_TIMER_IDLE:
    default:
      text = g_steal_pointer (&time);
      break;
    }
  gtk_label_set_text (self->timer_label, text);
  gtk_widget_set_visible (label, state != CG_TIMER_IDLE);
  if (state == CG_TIMER_FINISHED)
    gtk_widget_add_css_class (label, "cg-timer-finished");
  else
    gtk_widget_remove_css_class (label, "cg-timer-finished");
  if (state == CG_TIMER_PAUSED)
    gtk_widget_add_css_class (label, "cg-timer-paused");
  else
    gtk_widget_remove_css_class (label, "cg-timer-paused");
}

static void
update_spotlight_place (CgPresenter *self)
{
  guint n = 0;
  guint place = cg_room_get_read_back_place (self->room, &n);
  g_autofree char *text = NULL;

  if (place > 0)
    /* Translators: which card is read back: "3 of 12" */
    text = g_strdup_printf (_("%u of %u"), place, n);
  gtk_label_set_text (self->spotlight_place, text != NULL ? text : "");
}

static void
update_spotlight_theme (CgPresenter *self)
{
  CgTheme *theme = self->spotlit != NULL ? cg_idea_get_theme (self->spotlit) : NULL;

  gtk_label_set_text (self->spotlight_theme, theme != NULL ? cg_theme_get_name (theme)
                                                           : _("Unsorted"));
}

static void
update_page (CgPresenter *self)
{
  CgIdea *idea = cg_room_get_read_back_idea (self->room);
  gboolean reading = cg_room_get_reading_back (self->room);

  if (self->spotlit != idea)
    {
      if (self->spotlit != NULL)
        g_signal_handlers_disconnect_by_func (self->spotlit, update_spotlight_theme, self);
      g_set_object (&self->spotlit, idea);
      if (idea != NULL)
        g_signal_connect_object (idea, "notify::theme", G_CALLBACK (update_spotlight_theme), self,
                                 G_CONNECT_SWAPPED);
    }
  /* (votes, in a read-back by votes; by theme, only where there are some) */
  cg_presenter_card_set_always_show_votes (CG_PRESENTER_CARD (self->spotlight),
                                           cg_room_get_read_back_order (self->room) ==
                                           CG_READ_BACK_BY_VOTES);
  cg_presenter_card_set_idea (CG_PRESENTER_CARD (self->spotlight), idea);
  update_spotlight_theme (self);
  update_spotlight_place (self);
  gtk_stack_set_visible_child_name (self->stack, reading && idea != NULL ? "spotlight"
                                                 : reading ? "nothing" : "board");
}

static void
workshop_changed_cb (CgPresenter *self)
{
  CgWorkshop *workshop = cg_room_get_workshop (self->room);
  GListModel *themes = workshop != NULL ? cg_workshop_get_themes (workshop) : NULL;

  if (self->themes != themes)
    {
      if (self->themes != NULL)
        g_signal_handlers_disconnect_by_func (self->themes, rebuild_columns, self);
      g_set_object (&self->themes, themes);
      if (themes != NULL)
        g_signal_connect_object (themes, "items-changed", G_CALLBACK (rebuild_columns), self,
                                 G_CONNECT_SWAPPED);
    }
  rebuild_columns (self);
  update_event (self);
  update_page (self);
}

/* Where it goes */

static void place_soon (CgPresenter *self);

/* The laptop's window is on @monitor now. Brought onto the room's screen (dragged there), it
 * would be under the presenter: the presenter goes to another screen. */
void
cg_presenter_set_laptop_monitor (CgPresenter *self,
                                 GdkMonitor  *monitor)
{
  g_return_if_fail (CG_IS_PRESENTER (self));
  g_return_if_fail (monitor == NULL || GDK_IS_MONITOR (monitor));

  if (g_set_object (&self->laptop_monitor, monitor) && monitor != NULL &&
      monitor == self->monitor)
    place_soon (self);
}

static GdkMonitor *
laptop_monitor (CgPresenter *self)
{
  GdkSurface *surface;

  if (self->laptop_monitor != NULL && gdk_monitor_is_valid (self->laptop_monitor))
    return self->laptop_monitor;
  if (self->laptop == NULL || !gtk_widget_get_realized (GTK_WIDGET (self->laptop)))
    return NULL;
  surface = gtk_native_get_surface (GTK_NATIVE (self->laptop));
  if (surface == NULL)
    return NULL;
  return gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (self)), surface);
}

void
cg_presenter_place (CgPresenter *self)
{
  GListModel *monitors;
  GdkMonitor *avoid, *best = NULL;
  guint n;
  gint64 best_area = -1;

  g_return_if_fail (CG_IS_PRESENTER (self));

  monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  n = g_list_model_get_n_items (monitors);
  avoid = laptop_monitor (self);
  for (guint i = 0; i < n && n >= 2; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle area;

      if (monitor == avoid || !gdk_monitor_is_valid (monitor))
        continue;
      gdk_monitor_get_geometry (monitor, &area);
      /* the largest other screen: the projector, usually */
      if ((gint64) area.width * area.height > best_area)
        {
          best_area = (gint64) area.width * area.height;
          best = monitor;
        }
    }
  /* with no laptop window to go by, the laptop is taken to be on the first */
  if (best != NULL && avoid == NULL)
    {
      g_autoptr(GdkMonitor) first = g_list_model_get_item (monitors, 0);

      if (best == first && n >= 2)
        {
          g_autoptr(GdkMonitor) second = g_list_model_get_item (monitors, 1);

          best = second;
        }
    }

  if (best != NULL)
    {
      g_set_object (&self->monitor, best);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), best);
    }
  else if (self->monitor != NULL)
    {
      /* its screen went: back to a window the facilitator can place */
      g_clear_object (&self->monitor);
      gtk_window_unfullscreen (GTK_WINDOW (self));
    }
  fit_type (self);
}

static gboolean
place_cb (gpointer user_data)
{
  CgPresenter *self = user_data;

  self->place_idle = 0;
  cg_presenter_place (self);
  return G_SOURCE_REMOVE;
}

static void
place_soon (CgPresenter *self)
{
  if (self->place_idle == 0)
    self->place_idle = g_timeout_add (PLACE_DELAY, place_cb, self);
}

GdkMonitor *
cg_presenter_get_monitor (CgPresenter *self)
{
  g_return_val_if_fail (CG_IS_PRESENTER (self), NULL);
  return self->monitor;
}

/* For the tests */

guint
cg_presenter_get_n_columns (CgPresenter *self)
{
  g_return_val_if_fail (CG_IS_PRESENTER (self), 0);
  return self->columns->len;
}

CgPresenterColumn *
cg_presenter_get_column (CgPresenter *self,
                         guint        index)
{
  g_return_val_if_fail (CG_IS_PRESENTER (self), NULL);
  g_return_val_if_fail (index < self->columns->len, NULL);
  return g_ptr_array_index (self->columns, index);
}

GtkWidget *
cg_presenter_get_spotlight (CgPresenter *self)
{
  g_return_val_if_fail (CG_IS_PRESENTER (self), NULL);
  return self->spotlight;
}

int
cg_presenter_get_font_size (CgPresenter *self)
{
  g_return_val_if_fail (CG_IS_PRESENTER (self), 0);
  return self->font_size;
}

const char *
cg_presenter_get_page (CgPresenter *self)
{
  g_return_val_if_fail (CG_IS_PRESENTER (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

CgRoom *
cg_presenter_get_room (CgPresenter *self)
{
  g_return_val_if_fail (CG_IS_PRESENTER (self), NULL);
  return self->room;
}

/* GObject */

static gboolean
toggle_fullscreen_cb (GtkWidget *widget,
                      GVariant  *args,
                      gpointer   user_data)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
  return TRUE;
}

/* The presenter has nothing to type into. Should the window manager give it the keyboard
 * anyway, a key goes back to the laptop (all but Escape, F5 and F11, its own), and so does the
 * focus. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                CgPresenter           *self)
{
  GtkWidget *focus;
  guint32 time;

  if (keyval == GDK_KEY_Escape || keyval == GDK_KEY_F5 || keyval == GDK_KEY_F11 ||
      self->laptop == NULL)
    return FALSE;
  time = gtk_event_controller_get_current_event_time (GTK_EVENT_CONTROLLER (controller));
  gtk_window_present_with_time (self->laptop, time);
  /* the laptop's own keys first (F7, Page Down, Ctrl+T...), then its focus (typing) */
  if (gtk_event_controller_key_forward (controller, GTK_WIDGET (self->laptop)))
    return TRUE;
  focus = gtk_root_get_focus (GTK_ROOT (self->laptop));
  for (GtkWidget *widget = focus; widget != NULL && widget != GTK_WIDGET (self->laptop);
       widget = gtk_widget_get_parent (widget))
    if (gtk_event_controller_key_forward (controller, widget))
      break;
  return TRUE;
}

static void
cg_presenter_realize (GtkWidget *widget)
{
  CgPresenter *self = CG_PRESENTER (widget);

  GTK_WIDGET_CLASS (cg_presenter_parent_class)->realize (widget);
  g_signal_connect_object (gtk_native_get_surface (GTK_NATIVE (self)), "layout",
                           G_CALLBACK (surface_layout_cb), self, G_CONNECT_SWAPPED);
}

static void
cg_presenter_dispose (GObject *object)
{
  CgPresenter *self = CG_PRESENTER (object);

  g_clear_handle_id (&self->place_idle, g_source_remove);
  if (self->room != NULL)
    g_signal_handlers_disconnect_by_data (self->room, self);
  if (self->room != NULL)
    {
      g_signal_handlers_disconnect_by_data (cg_room_get_timer (self->room), self);
      g_signal_handlers_disconnect_by_data (cg_room_get_ideas (self->room), self);
    }
  if (self->themes != NULL)
    g_signal_handlers_disconnect_by_data (self->themes, self);
  if (self->spotlit != NULL)
    g_signal_handlers_disconnect_by_data (self->spotlit, self);
  if (self->event != NULL)
    g_signal_handlers_disconnect_by_data (self->event, self);
  if (self->size_css != NULL)
    gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                   GTK_STYLE_PROVIDER (self->size_css));
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_PRESENTER);
  g_clear_weak_pointer (&self->laptop);
  g_clear_object (&self->monitor);
  g_clear_object (&self->laptop_monitor);
  g_clear_object (&self->themes);
  g_clear_object (&self->spotlit);
  g_clear_object (&self->event);
  g_clear_object (&self->size_css);
  g_clear_object (&self->room);

  G_OBJECT_CLASS (cg_presenter_parent_class)->dispose (object);
}

static void
cg_presenter_finalize (GObject *object)
{
  CgPresenter *self = CG_PRESENTER (object);

  g_free (self->size_class);

  G_OBJECT_CLASS (cg_presenter_parent_class)->finalize (object);
}

static void
cg_presenter_class_init (CgPresenterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_presenter_dispose;
  object_class->finalize = cg_presenter_finalize;
  widget_class->realize = cg_presenter_realize;

  g_type_ensure (CG_TYPE_PRESENTER_CARD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/cg-presenter.ui");
  gtk_widget_class_bind_template_child (widget_class, CgPresenter, stack);
  gtk_widget_class_bind_template_child (widget_class, CgPresenter, column_box);
  gtk_widget_class_bind_template_child (widget_class, CgPresenter, event_label);
  gtk_widget_class_bind_template_child (widget_class, CgPresenter, waiting_label);
  gtk_widget_class_bind_template_child (widget_class, CgPresenter, timer_label);
  gtk_widget_class_bind_template_child (widget_class, CgPresenter, spotlight);
  gtk_widget_class_bind_template_child (widget_class, CgPresenter, spotlight_theme);
  gtk_widget_class_bind_template_child (widget_class, CgPresenter, spotlight_place);

  /* the only keys: Escape (or F5, as on the laptop) closes it; F11 makes a window full screen */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "window.close", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F11, 0, toggle_fullscreen_cb, NULL);
}

static void
cg_presenter_init (CgPresenter *self)
{
  static guint serial;

  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  self->columns = g_ptr_array_new ();
  self->size_class = g_strdup_printf ("cg-presenter-size-%u", ++serial);
  self->size_css = gtk_css_provider_new ();
  gtk_widget_add_css_class (GTK_WIDGET (self), self->size_class);
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->size_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 2);
  cg_room_ensure_style (gtk_widget_get_display (GTK_WIDGET (self)));
  gtk_window_set_default_size (GTK_WINDOW (self), WINDOW_WIDTH, WINDOW_HEIGHT);

  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)), "notify::gtk-theme-name",
                           G_CALLBACK (follow_contrast), self, G_CONNECT_SWAPPED);
  follow_contrast (self);
  g_signal_connect_object (gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self))),
                           "items-changed", G_CALLBACK (place_soon), self,
                           G_CONNECT_SWAPPED);
}

CgPresenter *
cg_presenter_new (CgRoom    *room,
                  GtkWindow *laptop)
{
  CgPresenter *self;
  const struct
  {
    const char *property;
    GCallback   callback;
  } follow[] = {
    { "notify::workshop", G_CALLBACK (workshop_changed_cb) },
    { "notify::event", G_CALLBACK (update_event) },
    { "notify::n-waiting", G_CALLBACK (update_waiting) },
    { "notify::holding", G_CALLBACK (update_waiting) },
    { "notify::reading-back", G_CALLBACK (update_page) },
    { "notify::read-back-idea", G_CALLBACK (update_page) },
    { "notify::read-back-order", G_CALLBACK (update_page) },
    { "notify::tally-idea", G_CALLBACK (show_current) },
    { "notify::tallying", G_CALLBACK (show_current) },
  };

  g_return_val_if_fail (CG_IS_ROOM (room), NULL);
  g_return_val_if_fail (laptop == NULL || GTK_IS_WINDOW (laptop), NULL);

  self = g_object_new (CG_TYPE_PRESENTER, NULL);
  self->room = g_object_ref (room);
  g_set_weak_pointer (&self->laptop, laptop);
  for (guint i = 0; i < G_N_ELEMENTS (follow); i++)
    g_signal_connect_object (room, follow[i].property, follow[i].callback, self,
                             G_CONNECT_SWAPPED);
  g_signal_connect_object (cg_room_get_ideas (room), "items-changed",
                           G_CALLBACK (update_spotlight_place), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (cg_room_get_timer (room), "notify", G_CALLBACK (update_timer), self,
                           G_CONNECT_SWAPPED);
  workshop_changed_cb (self);
  update_waiting (self);
  update_timer (self);
  return self;
}
