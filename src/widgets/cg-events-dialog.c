/* cg-events-dialog.c: the events of a series: titles, dates and places, their order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-events-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-events-dialog.h"
#include "cg-workshop-signals.h"
#include "model/cg-text.h"

enum { FIELD_TITLE, FIELD_DATE, FIELD_PLACE, N_FIELDS };

struct _CgEventsDialog
{
  GtkWindow          parent_instance;

  CgWorkshop        *workshop;
  CgWorkshopSignals *workshop_signals; /* its events */
  GtkWindow         *parent;      /* weak: whose win.new-event "Add Event" activates */
  GtkWidget         *grid;
  GtkWidget         *empty_label;
  GPtrArray         *entries;     /* GtkEditable, N_FIELDS per event in series order */
  gboolean           updating;    /* TRUE while entries are set from the model */
};

G_DEFINE_FINAL_TYPE (CgEventsDialog, cg_events_dialog, GTK_TYPE_WINDOW)

#define FIELD_KEY "cg-field"

static const char *
field_value (CgEvent *event,
             guint    field)
{
  const char *value = NULL;

  switch (field)
    {
    case FIELD_TITLE: value = cg_event_get_title (event); break;
    case FIELD_DATE: value = cg_event_get_date (event); break;
    case FIELD_PLACE: value = cg_event_get_place (event); break;
    default: g_assert_not_reached ();
    }
  return value != NULL ? value : "";
}

/* An entry's words went into the model; a date only once it is a real one. */
static void
entry_changed_cb (GtkEditable    *entry,
                  CgEventsDialog *self)
{
  CgEvent *event = g_object_get_data (G_OBJECT (entry), "cg-event");
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), FIELD_KEY));
  const char *text = gtk_editable_get_text (entry);

  if (self->updating || event == NULL)
    return;
  switch (field)
    {
    case FIELD_TITLE:
      cg_event_set_title (event, text);
      break;
    case FIELD_DATE:
      /* an empty date is taken on Enter (date_activate_cb): retyping one empties it first */
      if (*text == '\0' || cg_text_is_valid_date (text))
        gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      else
        gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      if (cg_text_is_valid_date (text))
        cg_event_set_date (event, text);
      break;
    case FIELD_PLACE:
      cg_event_set_place (event, *text != '\0' ? text : NULL);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The model changed (an undo, another view): entries follow, unless they hold the same. */
static void
event_notify_cb (CgEventsDialog *self)
{
  self->updating = TRUE;
  for (guint i = 0; i < self->entries->len; i++)
    {
      GtkEditable *entry = self->entries->pdata[i];
      CgEvent *event = g_object_get_data (G_OBJECT (entry), "cg-event");
      guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), FIELD_KEY));
      const char *value = field_value (event, field);

      /* a half-typed date is left alone: it is not in the model yet */
      if (field == FIELD_DATE && gtk_widget_has_css_class (GTK_WIDGET (entry), "error"))
        continue;
      if (g_strcmp0 (gtk_editable_get_text (entry), value) != 0)
        gtk_editable_set_text (entry, value);
    }
  self->updating = FALSE;
}

static void
date_activate_cb (GtkEditable    *entry,
                  CgEventsDialog *self)
{
  CgEvent *event = g_object_get_data (G_OBJECT (entry), "cg-event");

  if (*gtk_editable_get_text (entry) == '\0')
    cg_event_set_date (event, NULL);
}

static GtkWidget *
make_entry (CgEventsDialog *self,
            CgEvent        *event,
            guint           field,
            const char     *accessible_name)
{
  GtkWidget *entry = gtk_entry_new ();

  g_object_set_data_full (G_OBJECT (entry), "cg-event", g_object_ref (event), g_object_unref);
  g_object_set_data (G_OBJECT (entry), FIELD_KEY, GUINT_TO_POINTER (field));
  gtk_editable_set_text (GTK_EDITABLE (entry), field_value (event, field));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name, -1);
  g_signal_connect (entry, "changed", G_CALLBACK (entry_changed_cb), self);
  g_ptr_array_add (self->entries, entry);
  return entry;
}

static GtkWidget *
make_button (CgEvent    *event,
             const char *icon_name,
             const char *tooltip,
             const char *action,
             int         delta)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(si)",
                                    cg_object_get_id (CG_OBJECT (event)), delta);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
add_row (CgEventsDialog *self,
         CgEvent        *event,
         guint           index,
         guint           n_events)
{
  GtkGrid *grid = GTK_GRID (self->grid);
  int row = (int) index + 1;
  guint number = index + 1;
  g_autofree char *title_name = NULL, *date_name = NULL, *place_name = NULL;
  g_autofree char *earlier = NULL, *later = NULL, *remove = NULL;
  GtkWidget *title_entry, *date, *up, *down;

  /* Translators: accessible names in the Events window; %u is the event's place in the series */
  title_name = g_strdup_printf (_("Title of event %u"), number);
  /* Translators: %u is the event's place in the series */
  date_name = g_strdup_printf (_("Date of event %u, as year-month-day"), number);
  /* Translators: %u is the event's place in the series */
  place_name = g_strdup_printf (_("Place of event %u"), number);
  /* Translators: %u is the event's place in the series */
  earlier = g_strdup_printf (_("Move event %u earlier in the series"), number);
  /* Translators: %u is the event's place in the series */
  later = g_strdup_printf (_("Move event %u later in the series"), number);
  /* Translators: %u is the event's place in the series */
  remove = g_strdup_printf (_("Remove event %u"), number);

  title_entry = make_entry (self, event, FIELD_TITLE, title_name);
  gtk_widget_set_hexpand (title_entry, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (title_entry), 24);
  gtk_grid_attach (grid, title_entry, 0, row, 1, 1);
  date = make_entry (self, event, FIELD_DATE, date_name);
  gtk_entry_set_placeholder_text (GTK_ENTRY (date), _("YYYY-MM-DD"));
  g_signal_connect (date, "activate", G_CALLBACK (date_activate_cb), self);
  gtk_editable_set_width_chars (GTK_EDITABLE (date), 11);
  gtk_grid_attach (grid, date, 1, row, 1, 1);
  gtk_grid_attach (grid, make_entry (self, event, FIELD_PLACE, place_name), 2, row, 1, 1);
  gtk_editable_set_width_chars (GTK_EDITABLE (cg_events_dialog_get_entry (self, index,
                                                                           FIELD_PLACE)), 16);

  up = make_button (event, "go-up-symbolic", earlier, "events.move", -1);
  gtk_widget_set_sensitive (up, index > 0);
  gtk_grid_attach (grid, up, 3, row, 1, 1);
  down = make_button (event, "go-down-symbolic", later, "events.move", 1);
  gtk_widget_set_sensitive (down, index + 1 < n_events);
  gtk_grid_attach (grid, down, 4, row, 1, 1);
  gtk_grid_attach (grid, make_button (event, "user-trash-symbolic", remove, "events.remove", 0),
                   5, row, 1, 1);
  g_signal_connect_object (event, "notify", G_CALLBACK (event_notify_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
add_heading (GtkGrid    *grid,
             const char *text,
             int         column)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (grid, label, column, 0, 1, 1);
}

/* Events were added, removed or moved: the rows are made again (a series has a handful). */
static void
rebuild (CgEventsDialog *self)
{
  GListModel *events = cg_workshop_get_events (self->workshop);
  guint n_events = g_list_model_get_n_items (events);
  GtkWidget *child;

  for (guint i = 0; i < self->entries->len; i++)
    {
      CgEvent *event = g_object_get_data (self->entries->pdata[i], "cg-event");

      g_signal_handlers_disconnect_by_func (event, event_notify_cb, self);
    }
  g_ptr_array_set_size (self->entries, 0);
  while ((child = gtk_widget_get_first_child (self->grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->grid), child);

  add_heading (GTK_GRID (self->grid), _("Title"), 0);
  add_heading (GTK_GRID (self->grid), _("Date"), 1);
  add_heading (GTK_GRID (self->grid), _("Place"), 2);
  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(CgEvent) event = g_list_model_get_item (events, i);

      add_row (self, event, i, n_events);
    }
  gtk_widget_set_visible (self->empty_label, n_events == 0);
}

/* The event an action's "(si)" parameter names (NULL when it has gone), and its number. */
static CgEvent *
event_of_parameter (CgEventsDialog *self,
                    GVariant       *parameter,
                    gint32         *delta)
{
  const char *id;
  CgObject *object;

  g_variant_get (parameter, "(&si)", &id, delta);
  object = cg_workshop_lookup (self->workshop, id);
  return CG_IS_EVENT (object) ? CG_EVENT (object) : NULL;
}

static void
move_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CgEventsDialog *self = CG_EVENTS_DIALOG (widget);
  gint32 delta;
  CgEvent *event = event_of_parameter (self, parameter, &delta);
  int index, n_events;

  if (event == NULL)
    return;
  index = cg_workshop_index_of (self->workshop, event);
  n_events = (int) g_list_model_get_n_items (cg_workshop_get_events (self->workshop));
  if (index + delta >= 0 && index + delta < n_events)
    cg_workshop_move (self->workshop, event, (guint) (index + delta));
}

static void
remove_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CgEventsDialog *self = CG_EVENTS_DIALOG (widget);
  gint32 delta;
  CgEvent *event = event_of_parameter (self, parameter, &delta);

  /* undoable: the ideas keep their words, and Ctrl+Z brings the event back */
  if (event != NULL)
    cg_workshop_remove (self->workshop, event);
}

/* Ctrl+Z and Ctrl+Shift+Z here undo and redo in the workshop, as in its window. */
static void
history_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CgEventsDialog *self = CG_EVENTS_DIALOG (widget);
  CgHistory *history = cg_workshop_get_history (self->workshop);

  if (g_str_equal (action_name, "events.undo"))
    cg_history_undo (history);
  else
    cg_history_redo (history);
}

static void
add_clicked_cb (CgEventsDialog *self)
{
  if (self->parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->parent), "win.new-event", NULL);
}

GtkEditable *
cg_events_dialog_get_entry (CgEventsDialog *self,
                            guint           index,
                            guint           field)
{
  g_return_val_if_fail (CG_IS_EVENTS_DIALOG (self), NULL);
  g_return_val_if_fail (field < N_FIELDS, NULL);

  if (index * N_FIELDS + field >= self->entries->len)
    return NULL;
  return self->entries->pdata[index * N_FIELDS + field];
}

static void
cg_events_dialog_dispose (GObject *object)
{
  CgEventsDialog *self = CG_EVENTS_DIALOG (object);

  g_clear_pointer (&self->workshop_signals, cg_workshop_signals_free);
  for (guint i = 0; self->entries != NULL && i < self->entries->len; i++)
    g_signal_handlers_disconnect_by_func (g_object_get_data (self->entries->pdata[i], "cg-event"),
                                          event_notify_cb, self);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_object (&self->workshop);
  g_clear_weak_pointer (&self->parent);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_EVENTS_DIALOG);

  G_OBJECT_CLASS (cg_events_dialog_parent_class)->dispose (object);
}

static void
cg_events_dialog_class_init (CgEventsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_events_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "events.move", "(si)", move_activated);
  gtk_widget_class_install_action (widget_class, "events.remove", "(si)", remove_activated);
  gtk_widget_class_install_action (widget_class, "events.undo", NULL, history_activated);
  gtk_widget_class_install_action (widget_class, "events.redo", NULL, history_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "events.undo",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "events.redo", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/cg-events-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CgEventsDialog, grid);
  gtk_widget_class_bind_template_child (widget_class, CgEventsDialog, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "grab_focus",
                                                G_CALLBACK (gtk_widget_grab_focus));
}

static void
cg_events_dialog_init (CgEventsDialog *self)
{
  self->entries = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->workshop_signals = cg_workshop_signals_new (self);
  cg_workshop_signals_connect (self->workshop_signals, CG_WORKSHOP_EVENTS, "items-changed",
                               G_CALLBACK (rebuild), G_CONNECT_SWAPPED);
}

CgEventsDialog *
cg_events_dialog_new (GtkWindow  *parent,
                      CgWorkshop *workshop)
{
  CgEventsDialog *self;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);

  self = g_object_new (CG_TYPE_EVENTS_DIALOG, "transient-for", parent,
                       "destroy-with-parent", TRUE, NULL);
  self->workshop = g_object_ref (workshop);
  g_set_weak_pointer (&self->parent, parent);
  cg_workshop_signals_set_workshop (self->workshop_signals, workshop);
  rebuild (self);
  return self;
}
