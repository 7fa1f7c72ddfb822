/* cg-room-bar.c: the laptop's strip for what the room's screen is doing: read-back, ideas held
 * back, and the voting round's count entry
 *
 * It sits under the capture bar and shows only while one of those is on, each on a line of its
 * own with its buttons (window actions, so the keys do the same; see cg-window-room.c):
 *   - the timer, while it runs: its time, and its popover (cg-timer-button.c);
 *   - "Reading back by theme: card 3 of 12", Previous, Next, Stop;
 *   - "Holding new ideas back from the room: 4 waiting", Reveal All, Show Everything;
 *   - the voting round: "Votes for ‘…’", an entry for the count (Enter: the next card), and
 *     the dot allowance: dots per person times people in the room, with a warning once the
 *     votes of the cards counted in this round are more than that (votes from an earlier
 *     round at the same event are not this round's dots).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-room"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-room-bar.h"
#include "cg-timer-button.h"
#include "model/cg-audience.h"

/* How much of a card's words the tally line quotes, in characters. */
#define QUOTE_LENGTH 48

struct _CgRoomBar
{
  GtkWidget       parent_instance;

  CgRoom         *room;
  CgWorkshop     *workshop;   /* followed for the total */
  guint           total;

  GtkWidget      *timer_row;
  GtkWidget      *timer_button;
  GtkWidget      *read_back_row;
  GtkLabel       *read_back_label;
  GtkWidget      *holding_row;
  GtkLabel       *holding_label;
  GtkWidget      *tally_row;
  GtkLabel       *tally_label;
  GtkEntry       *tally_entry;
  GtkSpinButton  *dots_spin;
  GtkSpinButton  *people_spin;
  GtkLabel       *total_label;
};

G_DEFINE_FINAL_TYPE (CgRoomBar, cg_room_bar, GTK_TYPE_WIDGET)

static char *
quote (CgIdea *idea)
{
  g_autofree char *text = cg_idea_dup_shown_text (idea, CG_AUDIENCE_LAPTOP);
  g_autofree char *line = NULL;

  if (text == NULL)
    return g_strdup ("");
  line = g_strdelimit (g_strstrip (g_steal_pointer (&text)), "\n\t", ' ');
  if (g_utf8_strlen (line, -1) <= QUOTE_LENGTH)
    return g_steal_pointer (&line);
  return g_strdup_printf ("%.*s…", (int) (g_utf8_offset_to_pointer (line, QUOTE_LENGTH) - line),
                          line);
}

static void
update_visibility (CgRoomBar *self)
{
  gboolean any = gtk_widget_get_visible (self->timer_row) ||
                 gtk_widget_get_visible (self->read_back_row) ||
                 gtk_widget_get_visible (self->holding_row) ||
                 gtk_widget_get_visible (self->tally_row);

  gtk_widget_set_visible (GTK_WIDGET (self), any);
}

/* The timer's line shows while its button does: while it runs (or is being set). */
static void
update_timer (CgRoomBar *self)
{
  gtk_widget_set_visible (self->timer_row, gtk_widget_get_visible (self->timer_button));
  update_visibility (self);
}

static void
update_read_back (CgRoomBar *self)
{
  gboolean on = cg_room_get_reading_back (self->room);
  gboolean by_votes = cg_room_get_read_back_order (self->room) == CG_READ_BACK_BY_VOTES;
  guint n = 0;
  guint place = cg_room_get_read_back_place (self->room, &n);
  g_autofree char *text = NULL;

  if (place > 0)
    text = g_strdup_printf (by_votes ? _("Reading back by votes: card %u of %u")
                                     : _("Reading back by theme: card %u of %u"), place, n);
  else
    text = g_strdup (_("Reading back: nothing the room may see yet"));
  gtk_label_set_text (self->read_back_label, text);
  gtk_widget_set_visible (self->read_back_row, on);
  update_visibility (self);
}

static void
update_holding (CgRoomBar *self)
{
  guint n = cg_room_get_n_waiting (self->room);
  g_autofree char *text = g_strdup_printf (ngettext ("Holding new ideas back from the room: "
                                                     "%u waiting",
                                                     "Holding new ideas back from the room: "
                                                     "%u waiting", n), n);

  gtk_label_set_text (self->holding_label, text);
  gtk_widget_set_visible (self->holding_row, cg_room_get_holding (self->room));
  update_visibility (self);
}

guint
cg_room_bar_get_allowance (CgRoomBar *self)
{
  g_return_val_if_fail (CG_IS_ROOM_BAR (self), 0);
  return (guint) gtk_spin_button_get_value_as_int (self->dots_spin) *
         (guint) gtk_spin_button_get_value_as_int (self->people_spin);
}

gboolean
cg_room_bar_get_over (CgRoomBar *self)
{
  guint allowance;

  g_return_val_if_fail (CG_IS_ROOM_BAR (self), FALSE);
  allowance = cg_room_bar_get_allowance (self);
  return allowance > 0 && self->total > allowance;
}

guint
cg_room_bar_get_total (CgRoomBar *self)
{
  g_return_val_if_fail (CG_IS_ROOM_BAR (self), 0);
  return self->total;
}

static void
update_total (CgRoomBar *self)
{
  guint allowance = cg_room_bar_get_allowance (self);
  g_autofree char *text = NULL;
  guint total;

  if (!cg_room_get_tallying (self->room))
    return;
  total = self->total = cg_room_get_round_votes (self->room);
  if (allowance == 0)
    text = g_strdup_printf (ngettext ("%u vote so far", "%u votes so far", total), total);
  else if (total > allowance)
    /* Translators: the dots entered are more than the room had */
    text = g_strdup_printf (_("%u votes entered: more than the %u dots the room had"), total,
                            allowance);
  else
    text = g_strdup_printf (_("%u of %u dots entered"), total, allowance);
  gtk_label_set_text (self->total_label, text);
  if (allowance > 0 && total > allowance)
    gtk_widget_add_css_class (GTK_WIDGET (self->total_label), "cg-room-warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->total_label), "cg-room-warning");
}

/* How many people were in the room at @event: its voices' counts. */
static guint
people_at (CgRoomBar *self,
           CgEvent   *event)
{
  GListModel *voices;
  guint people = 0;

  if (self->workshop == NULL || event == NULL)
    return 0;
  voices = cg_workshop_get_voices (self->workshop);
  for (guint i = 0, n = g_list_model_get_n_items (voices); i < n; i++)
    {
      g_autoptr(CgVoice) voice = g_list_model_get_item (voices, i);

      people += cg_voice_get_attendance (voice, event);
    }
  return people;
}

static void
update_tally (CgRoomBar *self)
{
  CgIdea *idea = cg_room_get_tally_idea (self->room);
  gboolean on = cg_room_get_tallying (self->room);
  g_autofree char *words = NULL;
  g_autofree char *text = NULL;
  g_autofree char *votes = NULL;

  if (on && !gtk_widget_get_visible (self->tally_row) &&
      gtk_spin_button_get_value_as_int (self->people_spin) == 0)
    gtk_spin_button_set_value (self->people_spin,
                               people_at (self, cg_room_get_vote_event (self->room, NULL)));
  gtk_widget_set_visible (self->tally_row, on);
  update_visibility (self);
  if (idea != NULL)
    {
      CgEvent *event = cg_room_get_vote_event (self->room, idea);

      words = quote (idea);
      /* Translators: the card taking a count in a voting round */
      text = g_strdup_printf (_("Votes for ‘%s’"), words);
      votes = g_strdup_printf ("%u", event != NULL ? cg_idea_get_votes (idea, event) : 0);
    }
  gtk_label_set_text (self->tally_label, text != NULL ? text : _("No card to count"));
  gtk_editable_set_text (GTK_EDITABLE (self->tally_entry), votes != NULL ? votes : "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->tally_entry), idea != NULL);
  /* the count is typed over */
  gtk_editable_select_region (GTK_EDITABLE (self->tally_entry), 0, -1);
  gtk_widget_remove_css_class (GTK_WIDGET (self->tally_entry), "error");
  update_total (self);
}

/* Enter: this card's count (an empty entry leaves it as it is), then the next card. */
static void
tally_activate_cb (CgRoomBar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->tally_entry));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  guint64 count = 0;

  if (*trimmed != '\0' &&
      (!g_ascii_string_to_unsigned (trimmed, 10, 0, 9999, &count, NULL)))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->tally_entry), "error");
      gtk_widget_error_bell (GTK_WIDGET (self->tally_entry));
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "win.tally-enter", "i",
                              *trimmed == '\0' ? -1 : (int) count);
}

static void
workshop_changed_cb (CgRoomBar *self)
{
  CgWorkshop *workshop = cg_room_get_workshop (self->room);

  if (self->workshop == workshop)
    return;
  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_func (cg_workshop_get_history (self->workshop), update_total,
                                          self);
  g_set_object (&self->workshop, workshop);
  if (workshop != NULL)
    g_signal_connect_object (cg_workshop_get_history (workshop), "changed",
                             G_CALLBACK (update_total), self, G_CONNECT_SWAPPED);
  gtk_spin_button_set_value (self->people_spin, 0);
  update_total (self);
}

GtkWidget *
cg_room_bar_get_timer_button (CgRoomBar *self)
{
  g_return_val_if_fail (CG_IS_ROOM_BAR (self), NULL);
  return self->timer_button;
}

GtkWidget *
cg_room_bar_get_tally_entry (CgRoomBar *self)
{
  g_return_val_if_fail (CG_IS_ROOM_BAR (self), NULL);
  return GTK_WIDGET (self->tally_entry);
}

void
cg_room_bar_set_allowance (CgRoomBar *self,
                           guint      dots_per_person,
                           guint      people)
{
  g_return_if_fail (CG_IS_ROOM_BAR (self));

  gtk_spin_button_set_value (self->dots_spin, dots_per_person);
  gtk_spin_button_set_value (self->people_spin, people);
  update_total (self);
}

const char *
cg_room_bar_get_status (CgRoomBar  *self,
                        const char *mode)
{
  g_return_val_if_fail (CG_IS_ROOM_BAR (self), NULL);

  if (g_strcmp0 (mode, "read-back") == 0)
    return gtk_label_get_text (self->read_back_label);
  if (g_strcmp0 (mode, "holding") == 0)
    return gtk_label_get_text (self->holding_label);
  if (g_strcmp0 (mode, "tally") == 0)
    return gtk_label_get_text (self->total_label);
  return NULL;
}

static void
cg_room_bar_dispose (GObject *object)
{
  CgRoomBar *self = CG_ROOM_BAR (object);
  GtkWidget *child;

  if (self->room != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->room, self);
      g_signal_handlers_disconnect_by_data (cg_room_get_ideas (self->room), self);
    }
  if (self->workshop != NULL)
    g_signal_handlers_disconnect_by_data (cg_workshop_get_history (self->workshop), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_ROOM_BAR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->workshop);
  g_clear_object (&self->room);

  G_OBJECT_CLASS (cg_room_bar_parent_class)->dispose (object);
}

static void
cg_room_bar_class_init (CgRoomBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_room_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/cg-room-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, CgRoomBar, timer_row);
  gtk_widget_class_bind_template_child (widget_class, CgRoomBar, timer_button);
  gtk_widget_class_bind_template_child (widget_class, CgRoomBar, read_back_row);
  gtk_widget_class_bind_template_child (widget_class, CgRoomBar, read_back_label);
  gtk_widget_class_bind_template_child (widget_class, CgRoomBar, holding_row);
  gtk_widget_class_bind_template_child (widget_class, CgRoomBar, holding_label);
  gtk_widget_class_bind_template_child (widget_class, CgRoomBar, tally_row);
  gtk_widget_class_bind_template_child (widget_class, CgRoomBar, tally_label);
  gtk_widget_class_bind_template_child (widget_class, CgRoomBar, tally_entry);
  gtk_widget_class_bind_template_child (widget_class, CgRoomBar, dots_spin);
  gtk_widget_class_bind_template_child (widget_class, CgRoomBar, people_spin);
  gtk_widget_class_bind_template_child (widget_class, CgRoomBar, total_label);
  gtk_widget_class_bind_template_callback (widget_class, tally_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_total);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cg-room-bar");
}

static void
cg_room_bar_init (CgRoomBar *self)
{
  g_type_ensure (CG_TYPE_TIMER_BUTTON);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->timer_button, "notify::visible", G_CALLBACK (update_timer), self,
                           G_CONNECT_SWAPPED);
  cg_room_ensure_style (gtk_widget_get_display (GTK_WIDGET (self)));
}

GtkWidget *
cg_room_bar_new (CgRoom *room)
{
  CgRoomBar *self;
  const struct
  {
    const char *property;
    GCallback   callback;
  } follow[] = {
    { "notify::reading-back", G_CALLBACK (update_read_back) },
    { "notify::read-back-order", G_CALLBACK (update_read_back) },
    { "notify::read-back-idea", G_CALLBACK (update_read_back) },
    { "notify::holding", G_CALLBACK (update_holding) },
    { "notify::n-waiting", G_CALLBACK (update_holding) },
    { "notify::tallying", G_CALLBACK (update_tally) },
    { "notify::tally-idea", G_CALLBACK (update_tally) },
    { "notify::event", G_CALLBACK (update_total) },
    { "notify::workshop", G_CALLBACK (workshop_changed_cb) },
  };

  g_return_val_if_fail (CG_IS_ROOM (room), NULL);

  self = g_object_new (CG_TYPE_ROOM_BAR, NULL);
  self->room = g_object_ref (room);
  for (guint i = 0; i < G_N_ELEMENTS (follow); i++)
    g_signal_connect_object (room, follow[i].property, follow[i].callback, self,
                             G_CONNECT_SWAPPED);
  /* the place read back changes as cards come and go */
  g_signal_connect_object (cg_room_get_ideas (room), "items-changed",
                           G_CALLBACK (update_read_back), self, G_CONNECT_SWAPPED);
  cg_timer_button_set_timer (CG_TIMER_BUTTON (self->timer_button), cg_room_get_timer (room));
  workshop_changed_cb (self);
  update_timer (self);
  update_read_back (self);
  update_holding (self);
  update_tally (self);
  return GTK_WIDGET (self);
}
