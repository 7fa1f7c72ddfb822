/* cg-window-events.c: the event switcher, new events, and bringing ideas forward to them
 *
 * The switcher in the header shows the board for one event of the series or for all of them;
 * ideas typed go to the event chosen (or, with all shown, the newest). Starting a new event
 * offers to bring forward the previous event's open ideas and those still being worked on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-events-dialog.h"
#include "cg-window-private.h"
#include "model/cg-carry.h"

/* "March workshop (12 Mar 2026)", or the title alone when the event has no date. */
static char *
event_label (gpointer object)
{
  CgEvent *event = object;
  const char *title = cg_event_get_display_title (event);
  const char *date = cg_event_get_date (event);
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *shown_date = NULL;
  int year, month, mday;

  if (date == NULL || sscanf (date, "%d-%d-%d", &year, &month, &mday) != 3 ||
      (day = g_date_time_new_local (year, month, mday, 12, 0, 0)) == NULL)
    return g_strdup (title);
  /* Translators: an event's date in the event switcher; see g_date_time_format() */
  shown_date = g_date_time_format (day, _("%-d %b %Y"));
  /* Translators: an event in the switcher: its title, then its date */
  return g_strdup_printf (_("%s (%s)"), title, shown_date);
}

void
cg_window_events_changed (CgWindow *self)
{
  if (self->workshop == NULL)
    return;
  /* the event shown may have gone (removed, or undone) */
  if (self->current_event != NULL &&
      cg_workshop_index_of (self->workshop, self->current_event) < 0)
    {
      cg_window_set_current_event (self, NULL);
      return;
    }
  self->switching = TRUE;
  cg_choices_update (self->event_choices, cg_workshop_get_events (self->workshop));
  cg_choices_select (self->event_choices, self->current_event);
  self->switching = FALSE;
}

void
cg_window_set_current_event (CgWindow *self,
                             CgEvent  *event)
{
  g_return_if_fail (CG_IS_WINDOW (self));
  g_return_if_fail (event == NULL || CG_IS_EVENT (event));

  g_set_object (&self->current_event, event);
  cg_window_events_changed (self);
  cg_capture_bar_set_event (self->capture_bar, self->current_event);
  cg_voices_panel_set_event (self->voices_panel, self->current_event);
  cg_window_refilter (self);
}

static void
switcher_selected_cb (CgWindow *self)
{
  if (self->switching || self->workshop == NULL)
    return;
  cg_window_set_current_event (self, cg_choices_get_object (self->event_choices));
}

void
cg_window_setup_events (CgWindow *self)
{
  self->event_choices = cg_choices_new (self->event_dropdown,
                                       (const char *[]) { _("All Events"), NULL }, event_label);
  g_signal_connect_object (self->event_dropdown, "notify::selected",
                           G_CALLBACK (switcher_selected_cb), self, G_CONNECT_SWAPPED);
}

/* Bringing ideas forward */

static void
carry_response_cb (GtkDialog *dialog,
                   int        response,
                   CgWindow  *self)
{
  CgEvent *from = g_object_get_data (G_OBJECT (dialog), "cg-from");
  CgEvent *to = g_object_get_data (G_OBJECT (dialog), "cg-to");

  if (response == GTK_RESPONSE_ACCEPT && self->workshop != NULL && !self->read_only &&
      cg_workshop_index_of (self->workshop, from) >= 0 &&
      cg_workshop_index_of (self->workshop, to) >= 0)
    cg_workshop_carry_forward (self->workshop, from, to);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* What would come forward, in words: "5 open ideas and 2 ideas still being acted on". */
static char *
describe_carry (guint n_open,
                guint n_with_actions)
{
  g_autofree char *open = g_strdup_printf (ngettext ("%u open idea", "%u open ideas", n_open),
                                           n_open);
  g_autofree char *acting = NULL;

  if (n_with_actions == 0)
    return g_steal_pointer (&open);
  acting = g_strdup_printf (ngettext ("%u idea still being acted on",
                                      "%u ideas still being acted on", n_with_actions),
                            n_with_actions);
  if (n_open == 0)
    return g_steal_pointer (&acting);
  /* Translators: "5 open ideas and 2 ideas still being acted on" */
  return g_strdup_printf (_("%s and %s"), open, acting);
}

/* Offers to bring forward what is still open at @from to the new event @to; does nothing when
 * nothing is. */
static void
offer_carry_forward (CgWindow *self,
                     CgEvent  *from,
                     CgEvent  *to)
{
  guint n_open = 0, n_with_actions = 0;
  g_autofree char *what = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *from_label = NULL;
  GtkWidget *dialog;

  cg_workshop_count_carry_forward (self->workshop, from, to, &n_open, &n_with_actions, NULL);
  if (n_open + n_with_actions == 0)
    return;
  what = describe_carry (n_open, n_with_actions);
  /* Translators: %s is the title of the previous event */
  from_label = event_label (from);
  heading = g_strdup_printf (_("Bring ideas forward from %s?"), from_label);
  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", heading);
  gtk_message_dialog_format_secondary_text (
    GTK_MESSAGE_DIALOG (dialog),
    /* Translators: %s is "5 open ideas and 2 ideas still being acted on" */
    _("%s can start this event's board. Each says where it was first raised and how many votes "
      "it had, and ideas acted on stay linked to their actions."), what);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("Start _Empty"), GTK_RESPONSE_REJECT,
                          _("_Bring Forward"), GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_object_set_data_full (G_OBJECT (dialog), "cg-from", g_object_ref (from), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "cg-to", g_object_ref (to), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (carry_response_cb), self, 0);
  g_set_weak_pointer (&self->carry_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
cg_window_new_event (CgWindow *self)
{
  GListModel *events;
  guint n_events;
  g_autoptr(CgEvent) previous = NULL;
  CgEvent *event;

  g_return_if_fail (CG_IS_WINDOW (self));
  if (self->workshop == NULL || self->read_only)
    return;

  events = cg_workshop_get_events (self->workshop);
  n_events = g_list_model_get_n_items (events);
  previous = n_events > 0 ? g_list_model_get_item (events, n_events - 1) : NULL;
  /* today, named by the series' rule: "Workshop 3, 18 June" */
  event = cg_workshop_add_new_event (self->workshop, NULL);

  cg_window_set_current_event (self, event);
  if (previous != NULL)
    offer_carry_forward (self, previous, event);
}

void
cg_window_show_events_dialog (CgWindow *self)
{
  g_return_if_fail (CG_IS_WINDOW (self));
  if (self->workshop == NULL || self->read_only)
    return;

  if (self->events_dialog == NULL)
    g_set_weak_pointer (&self->events_dialog,
                        GTK_WIDGET (cg_events_dialog_new (GTK_WINDOW (self), self->workshop)));
  gtk_window_present (GTK_WINDOW (self->events_dialog));
}
