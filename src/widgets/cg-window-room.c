/* cg-window-room.c: the room's screen, from the laptop: the presenter window, read-back,
 * holding ideas back, the timer and the voting round
 *
 * The window keeps the room's state (a CgRoom: DESIGN.md, "the timer and read-back position
 * are state of the application window, shown by both"); the presenter window and the laptop's
 * strip under the capture bar (CgRoomBar, with the timer's button, CgTimerButton) show it.
 * The actions, and their keys (set in cg-application.c, listed in the README and the
 * shortcuts window):
 *   win.presenter             F5            the presenter window, open or closed
 *   win.read-back ('theme')   F7            read back card by card, by theme (again: stop)
 *   win.read-back ('votes')   Shift+F7      the same, most votes first
 *   win.read-back-next        Page Down     while reading back (a presentation clicker's key)
 *   win.read-back-previous    Page Up
 *   win.hold-back             F9            hold new ideas back from the room, or stop
 *   win.reveal                Shift+F9      show the room every idea held back
 *   win.reveal-theme (id)                   those of one theme ('' for Unsorted), from the menu
 *   win.timer                 Ctrl+T        start (asks for minutes), pause, go on
 *   win.timer-extend          Ctrl+Shift+T  one more minute (or a minute, from nothing)
 *   win.timer-start (seconds), win.timer-pause, win.timer-stop, win.timer-sound
 *   win.tally                 Ctrl+Shift+V  the voting round: type a card's dots, Enter, next
 *   win.tally-enter (count)                 what Enter in the round's entry does (-1: skip)
 * Only the timer's settings are kept (GSettings: "timer-minutes", "timer-sound",
 * "timer-sound-volume"); what is held back, read back or counted is forgotten with the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-window-private.h"
#include "model/cg-audience.h"
#include "room/cg-chime.h"
#include "room/cg-folding-box.h"
#include "room/cg-presenter.h"
#include "room/cg-room-bar.h"
#include "room/cg-timer-button.h"

#define ONE_MINUTE 60

struct _CgWindowRoom
{
  CgRoom        *room;
  GtkWidget     *presenter;     /* weak: while open */
  GtkWidget     *bar;
  CgTimerButton *timer_button;
  GSettings     *settings;      /* NULL when the schema is not installed */
  GMenu         *reveal_section;
  GListModel    *themes;        /* followed for the Reveal One Theme menu */
  GPtrArray     *named_themes;  /* CgTheme, followed for their names */
  GPtrArray     *monitors;      /* GdkMonitor the laptop's window is on, first entered first */
};

static CgWindow *
window_of (gpointer user_data)
{
  return CG_WINDOW (user_data);
}

static CgWindowRoom *
room_of (gpointer user_data)
{
  return CG_WINDOW (user_data)->room;
}

static void
set_action_state (CgWindow   *self,
                  const char *name,
                  GVariant   *state)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);
  g_autoptr(GVariant) sunk = g_variant_ref_sink (state);
  g_autoptr(GVariant) old = action != NULL ? g_action_get_state (action) : NULL;

  if (action != NULL && (old == NULL || !g_variant_equal (old, sunk)))
    g_simple_action_set_state (G_SIMPLE_ACTION (action), sunk);
}

static void
set_action_enabled (CgWindow   *self,
                    const char *name,
                    gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* The actions' states and what can be done, from the room. */
static void
sync_actions (CgWindow *self)
{
  CgRoom *room = self->room != NULL ? self->room->room : NULL;
  gboolean reading, by_votes, holding, tallying;

  if (room == NULL)
    return; /* (the window is going) */
  reading = cg_room_get_reading_back (room);
  by_votes = cg_room_get_read_back_order (room) == CG_READ_BACK_BY_VOTES;
  holding = cg_room_get_holding (room);
  tallying = cg_room_get_tallying (room);

  set_action_state (self, "presenter", g_variant_new_boolean (self->room->presenter != NULL));
  set_action_state (self, "read-back",
                    g_variant_new_string (!reading ? "off" : by_votes ? "votes" : "theme"));
  set_action_state (self, "hold-back", g_variant_new_boolean (holding));
  set_action_state (self, "tally", g_variant_new_boolean (tallying));
  /* (disabled, Page Up and Page Down go on to the board and the text fields) */
  set_action_enabled (self, "read-back-next", reading);
  set_action_enabled (self, "read-back-previous", reading);
  set_action_enabled (self, "reveal", holding);
  set_action_enabled (self, "reveal-theme", holding);
  set_action_enabled (self, "tally", !self->read_only && self->workshop != NULL);
  set_action_enabled (self, "tally-enter", tallying && !self->read_only);
}

/* The presenter */

static gboolean
present_laptop_cb (gpointer user_data)
{
  CgWindow *self = user_data;

  /* the facilitator's keys stay with the laptop: the presenter has nothing to type into (on
   * X11, GDK asks with the time of the last key or click, so the window manager lets it; a key
   * the presenter gets anyway goes back, see cg-presenter.c) */
  gtk_window_present (GTK_WINDOW (self));
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

static void
presenter_mapped_cb (GtkWidget *presenter,
                     CgWindow  *self)
{
  g_idle_add (present_laptop_cb, g_object_ref (self));
}

static void
presenter_destroyed_cb (GtkWidget *presenter,
                        CgWindow  *self)
{
  if (self->room == NULL || self->room->presenter != presenter)
    return;
  g_clear_weak_pointer (&self->room->presenter);
  cg_room_set_presenting (self->room->room, FALSE);
  sync_actions (self);
}

/* The monitor the laptop's window is on: of several (a window across two screens), the one
 * it came to first. The presenter goes elsewhere. */
GdkMonitor *
cg_window_get_laptop_monitor (CgWindow *self)
{
  GPtrArray *monitors;

  g_return_val_if_fail (CG_IS_WINDOW (self), NULL);

  if (self->room == NULL)
    return NULL;
  monitors = self->room->monitors;
  for (guint i = 0; i < monitors->len; i++)
    if (gdk_monitor_is_valid (g_ptr_array_index (monitors, i)))
      return g_ptr_array_index (monitors, i);
  return NULL;
}

static void
entered_monitor_cb (CgWindow   *self,
                    GdkMonitor *monitor)
{
  if (self->room == NULL)
    return;
  if (!g_ptr_array_find (self->room->monitors, monitor, NULL))
    g_ptr_array_add (self->room->monitors, g_object_ref (monitor));
  if (self->room->presenter != NULL)
    cg_presenter_set_laptop_monitor (CG_PRESENTER (self->room->presenter),
                                     cg_window_get_laptop_monitor (self));
}

static void
left_monitor_cb (CgWindow   *self,
                 GdkMonitor *monitor)
{
  if (self->room == NULL)
    return;
  g_ptr_array_remove (self->room->monitors, monitor);
  if (self->room->presenter != NULL)
    cg_presenter_set_laptop_monitor (CG_PRESENTER (self->room->presenter),
                                     cg_window_get_laptop_monitor (self));
}

static void
window_realized_cb (CgWindow *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));

  if (self->room == NULL)
    return;
  g_ptr_array_set_size (self->room->monitors, 0);
  g_signal_connect_object (surface, "enter-monitor", G_CALLBACK (entered_monitor_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (surface, "leave-monitor", G_CALLBACK (left_monitor_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
set_presenting (CgWindow *self,
                gboolean  on)
{
  CgWindowRoom *room = self->room;
  GtkWidget *presenter;

  if (on && room->presenter == NULL && self->workshop != NULL)
    {
      presenter = GTK_WIDGET (cg_presenter_new (room->room, GTK_WINDOW (self)));
      g_set_weak_pointer (&room->presenter, presenter);
      if (gtk_window_get_application (GTK_WINDOW (self)) != NULL)
        gtk_window_set_application (GTK_WINDOW (presenter),
                                    gtk_window_get_application (GTK_WINDOW (self)));
      g_signal_connect_object (presenter, "destroy", G_CALLBACK (presenter_destroyed_cb), self,
                               0);
      g_signal_connect_object (presenter, "map", G_CALLBACK (presenter_mapped_cb), self, 0);
      cg_room_set_presenting (room->room, TRUE);
      cg_presenter_set_laptop_monitor (CG_PRESENTER (presenter),
                                       cg_window_get_laptop_monitor (self));
      cg_presenter_place (CG_PRESENTER (presenter));
      gtk_window_present (GTK_WINDOW (presenter));
    }
  else if (!on && room->presenter != NULL)
    gtk_window_destroy (GTK_WINDOW (room->presenter));
  sync_actions (self);
}

static void
presenter_changed (GSimpleAction *action,
                   GVariant      *state,
                   gpointer       user_data)
{
  set_presenting (window_of (user_data), g_variant_get_boolean (state));
}

/* Read-back */

/* The card read back is the card selected on the board, ready for F2. */
static void
read_back_idea_cb (CgWindow *self)
{
  CgIdea *idea = self->room != NULL ? cg_room_get_read_back_idea (self->room->room) : NULL;

  if (idea != NULL && g_strcmp0 (cg_window_get_view (self), "board") == 0)
    cg_board_select_idea (self->board, idea);
}

static void
read_back_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  g_autoptr(GVariant) state = g_action_get_state (G_ACTION (action));

  /* the order it is in already: stop */
  if (g_variant_equal (state, parameter))
    g_action_change_state (G_ACTION (action), g_variant_new_string ("off"));
  else
    g_action_change_state (G_ACTION (action), parameter);
}

static void
read_back_changed (GSimpleAction *action,
                   GVariant      *state,
                   gpointer       user_data)
{
  CgWindow *self = window_of (user_data);
  const char *order = g_variant_get_string (state, NULL);

  if (g_strcmp0 (order, "theme") == 0)
    cg_room_start_read_back (self->room->room, CG_READ_BACK_BY_THEME);
  else if (g_strcmp0 (order, "votes") == 0)
    cg_room_start_read_back (self->room->room, CG_READ_BACK_BY_VOTES);
  else
    cg_room_stop_read_back (self->room->room);
  sync_actions (self);
}

static void
read_back_next_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  cg_room_read_back_step (room_of (user_data)->room, 1);
}

static void
read_back_previous_activated (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  cg_room_read_back_step (room_of (user_data)->room, -1);
}

/* Holding back and revealing */

static void
hold_back_changed (GSimpleAction *action,
                   GVariant      *state,
                   gpointer       user_data)
{
  CgWindow *self = window_of (user_data);

  cg_room_set_holding (self->room->room, g_variant_get_boolean (state));
  sync_actions (self);
}

static void
reveal_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  cg_room_reveal (room_of (user_data)->room, TRUE, NULL);
}

static void
reveal_theme_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  CgWindow *self = window_of (user_data);
  const char *id = g_variant_get_string (parameter, NULL);
  CgObject *theme = NULL;

  if (self->workshop == NULL)
    return;
  if (*id != '\0')
    {
      theme = cg_workshop_lookup (self->workshop, id);
      if (!CG_IS_THEME (theme))
        return;
    }
  cg_room_reveal (self->room->room, FALSE, CG_THEME (theme));
}

/* "Reveal One Theme": Unsorted, then each theme by name. */
static void
fill_reveal_menu (CgWindow *self)
{
  CgWindowRoom *room = self->room;
  g_autoptr(GMenuItem) unsorted = NULL;

  if (room == NULL)
    return;
  unsorted = g_menu_item_new (_("Unsorted"), NULL);
  for (guint i = 0; i < room->named_themes->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (room->named_themes, i),
                                          fill_reveal_menu, self);
  g_ptr_array_set_size (room->named_themes, 0);
  g_menu_remove_all (room->reveal_section);
  if (room->themes == NULL)
    return;
  g_menu_item_set_action_and_target_value (unsorted, "win.reveal-theme",
                                           g_variant_new_string (""));
  g_menu_append_item (room->reveal_section, unsorted);
  for (guint i = 0, n = g_list_model_get_n_items (room->themes); i < n; i++)
    {
      g_autoptr(CgTheme) theme = g_list_model_get_item (room->themes, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (cg_theme_get_name (theme), NULL);
      const char *id = cg_object_get_id (CG_OBJECT (theme));

      g_menu_item_set_action_and_target_value (item, "win.reveal-theme",
                                               g_variant_new_string (id));
      g_menu_append_item (room->reveal_section, item);
      g_signal_connect_object (theme, "notify::name", G_CALLBACK (fill_reveal_menu), self,
                               G_CONNECT_SWAPPED);
      g_ptr_array_add (room->named_themes, g_object_ref (theme));
    }
}

/* The timer */

static gint64
now (void)
{
  return g_get_monotonic_time ();
}

static CgTimer *
timer_of (gpointer user_data)
{
  return cg_room_get_timer (room_of (user_data)->room);
}

static void
timer_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  CgTimer *timer = timer_of (user_data);

  switch (cg_timer_get_state (timer))
    {
    case CG_TIMER_RUNNING:
      cg_timer_pause (timer, now ());
      break;
    case CG_TIMER_PAUSED:
      cg_timer_resume (timer, now ());
      break;
    case CG_TIMER_IDLE:
    case CG_TIMER_FINISHED:
    default:
      cg_timer_button_popup (room_of (user_data)->timer_button);
      break;
    }
}

static void
timer_start_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  CgWindowRoom *room = room_of (user_data);
  guint seconds = g_variant_get_uint32 (parameter);

  cg_timer_start (timer_of (user_data), seconds, now ());
  /* the minutes chosen are offered next time */
  if (seconds % 60 == 0 && seconds > 0)
    cg_timer_button_set_minutes (room->timer_button, seconds / 60);
}

static void
timer_pause_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  CgTimer *timer = timer_of (user_data);

  if (cg_timer_get_state (timer) == CG_TIMER_PAUSED)
    cg_timer_resume (timer, now ());
  else
    cg_timer_pause (timer, now ());
}

/* One more minute (WCAG 2.2.1: time can be extended); from nothing, a minute. */
static void
timer_extend_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  CgTimer *timer = timer_of (user_data);

  if (cg_timer_get_state (timer) == CG_TIMER_IDLE)
    cg_timer_start (timer, ONE_MINUTE, now ());
  else
    cg_timer_extend (timer, ONE_MINUTE, now ());
}

static void
timer_stop_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  cg_timer_stop (timer_of (user_data));
}

/* The end: both screens change gently (their CSS); a soft sound only if asked for. */
static void
timer_finished_cb (CgWindow *self)
{
  GSettings *settings = self->room != NULL ? self->room->settings : NULL;

  /* said to a screen reader too: the glow is not seen by everyone, the chime is off by default */
  cg_notice_announce (GTK_WIDGET (self), _("Time’s up"));
  if (settings != NULL && g_settings_get_boolean (settings, "timer-sound"))
    cg_chime_play (g_settings_get_double (settings, "timer-sound-volume"));
}

/* The voting round */

/* The cards of the round in column order: what the board shows, less private notes (they are
 * not on the room's wall). */
static GPtrArray *
tally_order (CgWindow *self)
{
  GListModel *ideas = cg_workshop_get_ideas (self->workshop);
  g_autoptr(GListStore) shown = g_list_store_new (CG_TYPE_IDEA);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      CgIdea *idea = g_list_model_get_item (ideas, i);

      if (cg_idea_is_shown_to (idea, CG_AUDIENCE_ROOM) &&
          (self->filter == NULL || gtk_filter_match (self->filter, idea)))
        g_ptr_array_add (items, idea);
      else
        g_object_unref (idea);
    }
  g_list_store_splice (shown, 0, 0, items->pdata, items->len);
  return cg_read_back_sort (G_LIST_MODEL (shown), cg_workshop_get_themes (self->workshop),
                            CG_READ_BACK_BY_THEME);
}

/* Shows @idea as the card taking counts: selected on the board (in sight), the entry ready. */
static void
tally_go_to (CgWindow *self,
             CgIdea   *idea)
{
  GtkWidget *entry = cg_room_bar_get_tally_entry (CG_ROOM_BAR (self->room->bar));

  cg_room_set_tally_idea (self->room->room, idea);
  if (idea != NULL && g_strcmp0 (cg_window_get_view (self), "board") == 0)
    cg_board_select_idea (self->board, idea);
  gtk_widget_grab_focus (entry);
}

static void
tally_changed (GSimpleAction *action,
               GVariant      *state,
               gpointer       user_data)
{
  CgWindow *self = window_of (user_data);
  CgRoom *room = self->room->room;
  gboolean on = g_variant_get_boolean (state);
  g_autoptr(GPtrArray) order = NULL;
  CgIdea *selected;
  CgIdea *first;

  if (on && (self->workshop == NULL || self->read_only))
    return;
  cg_room_set_tallying (room, on);
  sync_actions (self);
  if (!on)
    {
      cg_capture_bar_focus (self->capture_bar);
      return;
    }
  cg_window_show_view (self, "board");
  order = tally_order (self);
  selected = cg_board_get_selected_idea (self->board);
  /* from the card selected, else from the first */
  first = selected != NULL && g_ptr_array_find (order, selected, NULL) ? selected
          : cg_read_back_step (order, NULL, 1);
  tally_go_to (self, first);
}

static void
tally_enter_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  CgWindow *self = window_of (user_data);
  CgRoom *room = self->room->room;
  CgIdea *idea = cg_room_get_tally_idea (room);
  int count = g_variant_get_int32 (parameter);
  g_autoptr(GPtrArray) order = NULL;
  CgEvent *event;

  if (idea == NULL || self->workshop == NULL || self->read_only)
    return;
  event = cg_room_get_vote_event (room, idea);
  if (count >= 0 && event != NULL && cg_idea_get_votes (idea, event) != (guint) count)
    {
      CgHistory *history = cg_workshop_get_history (self->workshop);

      /* one undo step per card */
      cg_history_begin_group (history, _("Count votes"));
      cg_idea_set_votes (idea, event, (guint) count);
      cg_history_end_group (history);
    }
  if (count >= 0)
    cg_room_note_counted (room, idea);
  order = tally_order (self);
  tally_go_to (self, cg_read_back_step (order, idea, 1));
}

/* Following the laptop */

static void
sync_event (CgWindow *self)
{
  if (self->room != NULL)
    cg_room_set_event (self->room->room, self->current_event);
}

void
cg_window_room_series_changed (CgWindow *self,
                               CgSeries *series)
{
  if (self->room != NULL)
    cg_room_set_series (self->room->room, series);
}

void
cg_window_room_workshop_changed (CgWindow *self)
{
  CgWindowRoom *room = self->room;
  GListModel *themes = self->workshop != NULL ? cg_workshop_get_themes (self->workshop) : NULL;

  cg_room_set_workshop (room->room, self->workshop);
  sync_event (self);
  if (self->workshop != NULL)
    g_signal_connect_object (cg_workshop_get_history (self->workshop), "changed",
                             G_CALLBACK (sync_event), self, G_CONNECT_SWAPPED);
  if (room->themes != themes)
    {
      if (room->themes != NULL)
        g_signal_handlers_disconnect_by_func (room->themes, fill_reveal_menu, self);
      g_set_object (&room->themes, themes);
      if (themes != NULL)
        g_signal_connect_object (themes, "items-changed", G_CALLBACK (fill_reveal_menu), self,
                                 G_CONNECT_SWAPPED);
    }
  fill_reveal_menu (self);
  sync_actions (self);
}

CgRoom *
cg_window_get_room (CgWindow *self)
{
  g_return_val_if_fail (CG_IS_WINDOW (self), NULL);
  return self->room->room;
}

GtkWidget *
cg_window_get_presenter (CgWindow *self)
{
  g_return_val_if_fail (CG_IS_WINDOW (self), NULL);
  return self->room->presenter;
}

GtkWidget *
cg_window_get_room_bar (CgWindow *self)
{
  g_return_val_if_fail (CG_IS_WINDOW (self), NULL);
  return self->room->bar;
}

GtkWidget *
cg_window_get_timer_button (CgWindow *self)
{
  g_return_val_if_fail (CG_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->room->timer_button);
}

static GSettings *
room_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "timer-sound"))
    {
      g_debug ("The settings schema %s is not installed: the timer's settings are not kept",
               APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static const GActionEntry room_actions[] = {
  { .name = "presenter", .state = "false", .change_state = presenter_changed },
  { .name = "read-back", .parameter_type = "s", .state = "'off'", .activate = read_back_activated,
    .change_state = read_back_changed },
  { .name = "read-back-next", .activate = read_back_next_activated },
  { .name = "read-back-previous", .activate = read_back_previous_activated },
  { .name = "hold-back", .state = "false", .change_state = hold_back_changed },
  { .name = "reveal", .activate = reveal_activated },
  { .name = "reveal-theme", .parameter_type = "s", .activate = reveal_theme_activated },
  { .name = "timer", .activate = timer_activated },
  { .name = "timer-start", .parameter_type = "u", .activate = timer_start_activated },
  { .name = "timer-pause", .activate = timer_pause_activated },
  { .name = "timer-extend", .activate = timer_extend_activated },
  { .name = "timer-stop", .activate = timer_stop_activated },
  { .name = "tally", .state = "false", .change_state = tally_changed },
  { .name = "tally-enter", .parameter_type = "i", .activate = tally_enter_activated },
};

void
cg_window_room_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (CG_TYPE_FOLDING_BOX);
  gtk_widget_class_bind_template_child_full (widget_class, "reveal_section", FALSE, 0);
}

void
cg_window_room_init (CgWindow *self)
{
  CgWindowRoom *room = g_new0 (CgWindowRoom, 1);
  GtkWidget *timer_button;
  g_autoptr(GAction) sound = NULL;

  self->room = room;
  cg_room_ensure_style (gtk_widget_get_display (GTK_WIDGET (self)));
  room->room = cg_room_new ();
  room->named_themes = g_ptr_array_new_with_free_func (g_object_unref);
  room->monitors = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect (self, "realize", G_CALLBACK (window_realized_cb), NULL);
  room->settings = room_settings_new ();
  room->reveal_section = G_MENU (gtk_widget_get_template_child (GTK_WIDGET (self), CG_TYPE_WINDOW,
                                                                "reveal_section"));
  g_action_map_add_action_entries (G_ACTION_MAP (self), room_actions,
                                   G_N_ELEMENTS (room_actions), self);
  /* the sound is a setting of its own: without the schema, a switch that is forgotten */
  if (room->settings != NULL)
    sound = g_settings_create_action (room->settings, "timer-sound");
  else
    sound = G_ACTION (g_simple_action_new_stateful ("timer-sound", NULL,
                                                    g_variant_new_boolean (FALSE)));
  g_action_map_add_action (G_ACTION_MAP (self), sound);

  /* the strip under the capture bar */
  room->bar = cg_room_bar_new (room->room);
  gtk_box_insert_child_after (GTK_BOX (self->board_page), room->bar,
                              GTK_WIDGET (self->capture_bar));

  /* the timer, on the strip */
  timer_button = cg_room_bar_get_timer_button (CG_ROOM_BAR (room->bar));
  room->timer_button = CG_TIMER_BUTTON (timer_button);
  if (room->settings != NULL)
    {
      g_settings_bind (room->settings, "timer-minutes", timer_button, "minutes",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (room->settings, "timer-sound-volume",
                       cg_timer_button_get_volume (room->timer_button), "value",
                       G_SETTINGS_BIND_DEFAULT);
    }
  g_signal_connect_object (cg_room_get_timer (room->room), "finished",
                           G_CALLBACK (timer_finished_cb), self, G_CONNECT_SWAPPED);

  /* following the laptop's event switcher (after the window's own handler has run) */
  g_signal_connect_object (self->event_dropdown, "notify::selected", G_CALLBACK (sync_event),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (room->room, "notify::read-back-idea", G_CALLBACK (read_back_idea_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (room->room, "notify::reading-back", G_CALLBACK (sync_actions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (room->room, "notify::holding", G_CALLBACK (sync_actions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (room->room, "notify::tallying", G_CALLBACK (sync_actions), self,
                           G_CONNECT_SWAPPED);
  sync_actions (self);
}

void
cg_window_room_dispose (CgWindow *self)
{
  CgWindowRoom *room = self->room;

  if (room == NULL)
    return;
  if (room->presenter != NULL)
    gtk_window_destroy (GTK_WINDOW (room->presenter));
  g_clear_weak_pointer (&room->presenter);
  for (guint i = 0; i < room->named_themes->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (room->named_themes, i),
                                          fill_reveal_menu, self);
  if (room->themes != NULL)
    g_signal_handlers_disconnect_by_func (room->themes, fill_reveal_menu, self);
  cg_room_set_workshop (room->room, NULL);
  cg_room_set_series (room->room, NULL);
  g_clear_pointer (&room->named_themes, g_ptr_array_unref);
  g_clear_pointer (&room->monitors, g_ptr_array_unref);
  g_clear_object (&room->themes);
  g_clear_object (&room->settings);
  g_clear_object (&room->room);
  g_free (room);
  self->room = NULL;
}
