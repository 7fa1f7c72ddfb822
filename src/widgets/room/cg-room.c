/* cg-room.c: what the room's screen shows: the state of the room, kept by the window
 *
 * DESIGN.md: the presenter observes the same CgWorkshop through filter list models, never a
 * copy; the timer and the read-back position are state of the window, shown by both screens.
 * This object is that state. Its models, in order:
 *
 *   the workshop's ideas
 *    -> CgRoomIdeas     says when one idea's privacy, theme or event changed
 *    -> "allowed"       the privacy rule (cg_idea_is_shown_to, CG_AUDIENCE_ROOM), the event
 *                       shown, and with all events one idea per lineage (its latest copy, as
 *                       the window's series says: cg_room_set_series)
 *    -> "ideas"         CgReveal: what has been revealed (everything, when not holding back)
 *
 * and the presenter's columns filter "ideas" by theme. "n-waiting" is the difference between
 * the two counts: held back, allowed ideas. The models are filled only while something needs
 * them (see cg_room_set_presenting), so a laptop with no presenter pays nothing per capture.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-room"

#include "config.h"

#include "cg-room-ideas.h"
#include "cg-room.h"
#include "model/cg-audience.h"
#include "model/cg-series.h"

struct _CgRoom
{
  GObject             parent_instance;

  CgWorkshop         *workshop;
  CgEvent            *event;
  CgSeries           *series;    /* the window's (not owned): the latest copy of each lineage */
  gboolean            presenting;
  gboolean            watching;  /* the models follow the workshop */

  CgRoomIdeas        *mirror;
  GtkFilter          *allow;
  GtkFilterListModel *allowed;
  CgReveal           *reveal;
  GtkFilterListModel *ideas;
  guint               n_waiting;

  gboolean            reading_back;
  CgReadBackOrder     read_back_order;
  CgIdea             *read_back_idea;
  GPtrArray          *read_back_order_seen; /* the order at the last step, to find a neighbour */

  gboolean            tallying;
  CgIdea             *tally_idea;
  GHashTable         *counted;  /* ideas given a count in this round (set, holding refs) */

  CgTimer            *timer;
  guint               tick_id;
};

G_DEFINE_FINAL_TYPE (CgRoom, cg_room, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WORKSHOP,
  PROP_EVENT,
  PROP_PRESENTING,
  PROP_HOLDING,
  PROP_N_WAITING,
  PROP_READING_BACK,
  PROP_READ_BACK_ORDER,
  PROP_READ_BACK_IDEA,
  PROP_TALLYING,
  PROP_TALLY_IDEA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_read_back (CgRoom *self);

/* The rule for "allowed" (see the top of the file). */
static gboolean
allowed_cb (gpointer item,
            gpointer user_data)
{
  CgRoom *self = user_data;
  CgIdea *idea = item;

  if (!cg_idea_is_shown_to (idea, CG_AUDIENCE_ROOM))
    return FALSE;
  if (self->event != NULL)
    return cg_idea_get_event (idea) == self->event;
  return self->series == NULL || cg_series_is_latest (self->series, idea);
}

static void
update_n_waiting (CgRoom *self)
{
  guint allowed = g_list_model_get_n_items (G_LIST_MODEL (self->allowed));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->ideas));
  guint n = allowed > shown ? allowed - shown : 0;

  if (n == self->n_waiting)
    return;
  self->n_waiting = n;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_WAITING]);
}

/* Fills or empties the models: they follow the workshop only while watched. */
static void
update_watching (CgRoom *self)
{
  gboolean watching = self->workshop != NULL &&
                      (self->presenting || self->reading_back ||
                       cg_reveal_get_holding (self->reveal));

  if (watching == self->watching)
    return;
  self->watching = watching;
  cg_room_ideas_set_source (self->mirror,
                            watching ? cg_workshop_get_ideas (self->workshop) : NULL);
}

/* After every change to the workshop, undo and redo included, and after the series has taken
 * it in (see cg_room_set_series). */
static void
history_changed_cb (CgRoom *self)
{
  update_read_back (self);
  if (self->tally_idea != NULL && cg_workshop_index_of (self->workshop, self->tally_idea) < 0)
    cg_room_set_tally_idea (self, NULL);
}

void
cg_room_set_workshop (CgRoom     *self,
                      CgWorkshop *workshop)
{
  g_return_if_fail (CG_IS_ROOM (self));
  g_return_if_fail (workshop == NULL || CG_IS_WORKSHOP (workshop));

  if (self->workshop == workshop)
    return;
  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (cg_workshop_get_history (self->workshop), self);
  /* nothing of one workshop's room carries over to another */
  cg_room_stop_read_back (self);
  cg_room_set_tally_idea (self, NULL);
  cg_reveal_set_holding (self->reveal, FALSE, NULL);
  g_clear_object (&self->event);
  cg_room_ideas_set_source (self->mirror, NULL);
  self->watching = FALSE;

  g_set_object (&self->workshop, workshop);
  if (workshop != NULL)
    g_signal_connect_object (cg_workshop_get_history (workshop), "changed",
                             G_CALLBACK (history_changed_cb), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  update_watching (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSHOP]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

CgWorkshop *
cg_room_get_workshop (CgRoom *self)
{
  g_return_val_if_fail (CG_IS_ROOM (self), NULL);
  return self->workshop;
}

void
cg_room_set_event (CgRoom  *self,
                   CgEvent *event)
{
  g_return_if_fail (CG_IS_ROOM (self));
  g_return_if_fail (event == NULL || CG_IS_EVENT (event));

  if (!g_set_object (&self->event, event))
    return;
  gtk_filter_changed (self->allow, GTK_FILTER_CHANGE_DIFFERENT);
  update_read_back (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

void
cg_room_set_series (CgRoom   *self,
                    CgSeries *series)
{
  g_return_if_fail (CG_IS_ROOM (self));

  self->series = series;
  gtk_filter_changed (self->allow, GTK_FILTER_CHANGE_DIFFERENT);
}

CgEvent *
cg_room_get_event (CgRoom *self)
{
  g_return_val_if_fail (CG_IS_ROOM (self), NULL);
  return self->event;
}

void
cg_room_set_presenting (CgRoom   *self,
                        gboolean  presenting)
{
  g_return_if_fail (CG_IS_ROOM (self));

  presenting = !!presenting;
  if (self->presenting == presenting)
    return;
  self->presenting = presenting;
  update_watching (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

gboolean
cg_room_get_presenting (CgRoom *self)
{
  g_return_val_if_fail (CG_IS_ROOM (self), FALSE);
  return self->presenting;
}

GListModel *
cg_room_get_allowed (CgRoom *self)
{
  g_return_val_if_fail (CG_IS_ROOM (self), NULL);
  return G_LIST_MODEL (self->allowed);
}

GListModel *
cg_room_get_ideas (CgRoom *self)
{
  g_return_val_if_fail (CG_IS_ROOM (self), NULL);
  return G_LIST_MODEL (self->ideas);
}

gboolean
cg_room_shows (CgRoom *self,
               CgIdea *idea)
{
  g_return_val_if_fail (CG_IS_ROOM (self), FALSE);
  g_return_val_if_fail (CG_IS_IDEA (idea), FALSE);

  return self->watching && cg_workshop_index_of (self->workshop, idea) >= 0 &&
         gtk_filter_match (self->allow, idea) &&
         gtk_filter_match (GTK_FILTER (self->reveal), idea);
}

/* Reveal */

void
cg_room_set_holding (CgRoom   *self,
                     gboolean  holding)
{
  g_return_if_fail (CG_IS_ROOM (self));

  if (self->workshop == NULL || !!holding == cg_reveal_get_holding (self->reveal))
    return;
  cg_reveal_set_holding (self->reveal, holding, cg_workshop_get_ideas (self->workshop));
  update_watching (self);
  update_n_waiting (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOLDING]);
}

gboolean
cg_room_get_holding (CgRoom *self)
{
  g_return_val_if_fail (CG_IS_ROOM (self), FALSE);
  return cg_reveal_get_holding (self->reveal);
}

guint
cg_room_get_n_waiting (CgRoom *self)
{
  g_return_val_if_fail (CG_IS_ROOM (self), 0);
  return self->n_waiting;
}

void
cg_room_reveal (CgRoom   *self,
                gboolean  all,
                CgTheme  *theme)
{
  g_return_if_fail (CG_IS_ROOM (self));

  if (self->workshop != NULL)
    cg_reveal_show (self->reveal, cg_workshop_get_ideas (self->workshop), !all, theme);
}

CgReveal *
cg_room_get_reveal (CgRoom *self)
{
  g_return_val_if_fail (CG_IS_ROOM (self), NULL);
  return self->reveal;
}

/* Read-back */

static void
set_read_back_idea (CgRoom *self,
                    CgIdea *idea)
{
  if (!g_set_object (&self->read_back_idea, idea))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_BACK_IDEA]);
}

static GPtrArray *
sort_for_read_back (CgRoom *self)
{
  return cg_read_back_sort (G_LIST_MODEL (self->ideas), cg_workshop_get_themes (self->workshop),
                            self->read_back_order);
}

/* The card read back left the room (removed, made private, moved to another event): the next
 * one in the order it was in takes its place (or the one before, at the end). */
static void
update_read_back (CgRoom *self)
{
  GPtrArray *before = self->read_back_order_seen;
  guint position;

  if (!self->reading_back)
    return;
  if (self->read_back_idea != NULL && cg_room_shows (self, self->read_back_idea))
    return;
  if (self->read_back_idea != NULL && before != NULL &&
      g_ptr_array_find (before, self->read_back_idea, &position))
    {
      for (guint i = position + 1; i < before->len; i++)
        if (cg_room_shows (self, g_ptr_array_index (before, i)))
          {
            set_read_back_idea (self, g_ptr_array_index (before, i));
            return;
          }
      for (guint i = position; i-- > 0;)
        if (cg_room_shows (self, g_ptr_array_index (before, i)))
          {
            set_read_back_idea (self, g_ptr_array_index (before, i));
            return;
          }
    }
  /* from nowhere (or nothing left of the old order): the first card */
  g_clear_pointer (&self->read_back_order_seen, g_ptr_array_unref);
  self->read_back_order_seen = sort_for_read_back (self);
  set_read_back_idea (self, cg_read_back_step (self->read_back_order_seen, NULL, 1));
}

void
cg_room_start_read_back (CgRoom          *self,
                         CgReadBackOrder  order)
{
  g_return_if_fail (CG_IS_ROOM (self));

  if (self->workshop == NULL)
    return;
  if (self->reading_back && self->read_back_order == order)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  self->read_back_order = order;
  if (!self->reading_back)
    {
      self->reading_back = TRUE;
      update_watching (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READING_BACK]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_BACK_ORDER]);
  /* a new order starts from its first card */
  g_clear_pointer (&self->read_back_order_seen, g_ptr_array_unref);
  self->read_back_order_seen = sort_for_read_back (self);
  set_read_back_idea (self, cg_read_back_step (self->read_back_order_seen, NULL, 1));
  g_object_thaw_notify (G_OBJECT (self));
}

void
cg_room_stop_read_back (CgRoom *self)
{
  g_return_if_fail (CG_IS_ROOM (self));

  if (!self->reading_back)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  self->reading_back = FALSE;
  set_read_back_idea (self, NULL);
  g_clear_pointer (&self->read_back_order_seen, g_ptr_array_unref);
  update_watching (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READING_BACK]);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
cg_room_get_reading_back (CgRoom *self)
{
  g_return_val_if_fail (CG_IS_ROOM (self), FALSE);
  return self->reading_back;
}

CgReadBackOrder
cg_room_get_read_back_order (CgRoom *self)
{
  g_return_val_if_fail (CG_IS_ROOM (self), CG_READ_BACK_BY_THEME);
  return self->read_back_order;
}

CgIdea *
cg_room_get_read_back_idea (CgRoom *self)
{
  g_return_val_if_fail (CG_IS_ROOM (self), NULL);
  return self->read_back_idea;
}

void
cg_room_read_back_step (CgRoom *self,
                        int     delta)
{
  g_return_if_fail (CG_IS_ROOM (self));

  if (!self->reading_back)
    return;
  /* the order now: ideas added, moved or voted for since take their places */
  g_clear_pointer (&self->read_back_order_seen, g_ptr_array_unref);
  self->read_back_order_seen = sort_for_read_back (self);
  set_read_back_idea (self, cg_read_back_step (self->read_back_order_seen,
                                               self->read_back_idea, delta));
}

guint
cg_room_get_read_back_place (CgRoom *self,
                             guint  *n_cards)
{
  guint position;
  GPtrArray *order;

  g_return_val_if_fail (CG_IS_ROOM (self), 0);

  order = self->read_back_order_seen;
  if (n_cards != NULL)
    *n_cards = self->reading_back ? g_list_model_get_n_items (G_LIST_MODEL (self->ideas)) : 0;
  if (!self->reading_back || self->read_back_idea == NULL || order == NULL ||
      !g_ptr_array_find (order, self->read_back_idea, &position))
    return 0;
  return position + 1;
}

/* The voting round */

void
cg_room_set_tallying (CgRoom   *self,
                      gboolean  tallying)
{
  g_return_if_fail (CG_IS_ROOM (self));

  tallying = !!tallying;
  if (self->tallying == tallying)
    return;
  self->tallying = tallying;
  if (!tallying)
    cg_room_set_tally_idea (self, NULL);
  else
    g_hash_table_remove_all (self->counted);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TALLYING]);
}

void
cg_room_note_counted (CgRoom *self,
                      CgIdea *idea)
{
  g_return_if_fail (CG_IS_ROOM (self));
  g_return_if_fail (CG_IS_IDEA (idea));

  if (self->tallying)
    g_hash_table_add (self->counted, g_object_ref (idea));
}

guint
cg_room_get_round_votes (CgRoom *self)
{
  GHashTableIter iter;
  gpointer idea;
  guint votes = 0;

  g_return_val_if_fail (CG_IS_ROOM (self), 0);

  g_hash_table_iter_init (&iter, self->counted);
  while (self->workshop != NULL && g_hash_table_iter_next (&iter, &idea, NULL))
    {
      CgEvent *event = cg_room_get_vote_event (self, idea);

      /* (a card deleted since counts no more) */
      if (event != NULL &&
          cg_workshop_lookup (self->workshop, cg_object_get_id (CG_OBJECT (idea))) == idea)
        votes += cg_idea_get_votes (idea, event);
    }
  return votes;
}

gboolean
cg_room_get_tallying (CgRoom *self)
{
  g_return_val_if_fail (CG_IS_ROOM (self), FALSE);
  return self->tallying;
}

void
cg_room_set_tally_idea (CgRoom *self,
                        CgIdea *idea)
{
  g_return_if_fail (CG_IS_ROOM (self));
  g_return_if_fail (idea == NULL || CG_IS_IDEA (idea));

  if (g_set_object (&self->tally_idea, idea))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TALLY_IDEA]);
}

CgIdea *
cg_room_get_tally_idea (CgRoom *self)
{
  g_return_val_if_fail (CG_IS_ROOM (self), NULL);
  return self->tally_idea;
}

CgEvent *
cg_room_get_vote_event (CgRoom *self,
                        CgIdea *idea)
{
  GListModel *events;
  guint n;
  g_autoptr(CgEvent) newest = NULL;

  g_return_val_if_fail (CG_IS_ROOM (self), NULL);

  if (idea != NULL && cg_idea_get_event (idea) != NULL)
    return cg_idea_get_event (idea);
  if (self->event != NULL || self->workshop == NULL)
    return self->event;
  events = cg_workshop_get_events (self->workshop);
  n = g_list_model_get_n_items (events);
  if (n == 0)
    return NULL;
  newest = g_list_model_get_item (events, n - 1);
  return newest; /* (the workshop holds it) */
}

/* The timer: read the clock when the shown seconds change, while it runs */

static void schedule_tick (CgRoom *self);

static gboolean
tick_cb (gpointer user_data)
{
  CgRoom *self = user_data;

  self->tick_id = 0;
  cg_timer_update (self->timer, g_get_monotonic_time ());
  schedule_tick (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_tick (CgRoom *self)
{
  gint64 next = cg_timer_get_next_change (self->timer, g_get_monotonic_time ());

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (next < 0)
    return;
  /* a millisecond late rather than early: then the number has changed */
  self->tick_id = g_timeout_add ((guint) (next / 1000) + 1, tick_cb, self);
}

CgTimer *
cg_room_get_timer (CgRoom *self)
{
  g_return_val_if_fail (CG_IS_ROOM (self), NULL);
  return self->timer;
}

/* GObject */

static void
cg_room_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  CgRoom *self = CG_ROOM (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    case PROP_HOLDING:
      g_value_set_boolean (value, cg_reveal_get_holding (self->reveal));
      break;
    case PROP_N_WAITING:
      g_value_set_uint (value, self->n_waiting);
      break;
    case PROP_READING_BACK:
      g_value_set_boolean (value, self->reading_back);
      break;
    case PROP_READ_BACK_ORDER:
      g_value_set_int (value, self->read_back_order);
      break;
    case PROP_READ_BACK_IDEA:
      g_value_set_object (value, self->read_back_idea);
      break;
    case PROP_TALLYING:
      g_value_set_boolean (value, self->tallying);
      break;
    case PROP_TALLY_IDEA:
      g_value_set_object (value, self->tally_idea);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_room_dispose (GObject *object)
{
  CgRoom *self = CG_ROOM (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);
  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (cg_workshop_get_history (self->workshop), self);
  if (self->mirror != NULL)
    cg_room_ideas_set_source (self->mirror, NULL);
  self->series = NULL;
  g_clear_pointer (&self->read_back_order_seen, g_ptr_array_unref);
  g_clear_object (&self->read_back_idea);
  g_clear_object (&self->tally_idea);
  g_clear_pointer (&self->counted, g_hash_table_unref);
  g_clear_object (&self->event);
  g_clear_object (&self->workshop);
  g_clear_object (&self->ideas);
  g_clear_object (&self->allowed);
  g_clear_object (&self->reveal);
  g_clear_object (&self->allow);
  g_clear_object (&self->mirror);
  g_clear_object (&self->timer);

  G_OBJECT_CLASS (cg_room_parent_class)->dispose (object);
}

static void
cg_room_class_init (CgRoomClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = cg_room_get_property;
  object_class->dispose = cg_room_dispose;

  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL, CG_TYPE_WORKSHOP,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, CG_TYPE_EVENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOLDING] =
    g_param_spec_boolean ("holding", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_WAITING] =
    g_param_spec_uint ("n-waiting", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READING_BACK] =
    g_param_spec_boolean ("reading-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_BACK_ORDER] =
    g_param_spec_int ("read-back-order", NULL, NULL, CG_READ_BACK_BY_THEME,
                      CG_READ_BACK_BY_VOTES, CG_READ_BACK_BY_THEME,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_BACK_IDEA] =
    g_param_spec_object ("read-back-idea", NULL, NULL, CG_TYPE_IDEA,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TALLYING] =
    g_param_spec_boolean ("tallying", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TALLY_IDEA] =
    g_param_spec_object ("tally-idea", NULL, NULL, CG_TYPE_IDEA,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_room_init (CgRoom *self)
{
  self->mirror = cg_room_ideas_new ();
  self->counted = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->allow = GTK_FILTER (gtk_custom_filter_new (allowed_cb, self, NULL));
  self->allowed = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->mirror)),
                                             g_object_ref (self->allow));
  self->reveal = cg_reveal_new ();
  self->ideas = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->allowed)),
                                           GTK_FILTER (g_object_ref (self->reveal)));
  g_signal_connect_object (self->allowed, "items-changed", G_CALLBACK (update_n_waiting), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->ideas, "items-changed", G_CALLBACK (update_n_waiting), self,
                           G_CONNECT_SWAPPED);

  self->timer = cg_timer_new ();
  g_signal_connect_object (self->timer, "notify::state", G_CALLBACK (schedule_tick), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timer, "notify::remaining", G_CALLBACK (schedule_tick), self,
                           G_CONNECT_SWAPPED);
}

void
cg_room_ensure_style (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), "cg-room-style") != NULL)
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/org/commonground/CommonGround/cg-room.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "cg-room-style", g_steal_pointer (&provider),
                          g_object_unref);
}

CgRoom *
cg_room_new (void)
{
  return g_object_new (CG_TYPE_ROOM, NULL);
}
