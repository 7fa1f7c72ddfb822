/* cg-participation-dialog.c: the participation record: who came, consent to be quoted, payment
 *
 * One row a person: a name entry, two drop-downs (consent, payment), a remove button, then a
 * check button for each event. Each control changes the model at once (one undo step each, the
 * name coalescing as typing does), and follows it (undo, another window). The rows are made
 * again when people or events come or go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-participation"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-participation-dialog.h"
#include "io/cg-io.h"

struct _CgParticipationDialog
{
  GtkWindow   parent_instance;

  CgWorkshop *workshop;
  gboolean    updating;

  GtkStack   *stack;
  GtkListBox *people_list;
  GtkLabel   *count_label;
};

G_DEFINE_FINAL_TYPE (CgParticipationDialog, cg_participation_dialog, GTK_TYPE_WINDOW)

#define PERSON_KEY "cg-participant"
#define EVENT_KEY "cg-event"

static CgParticipant *
person_of (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      CgParticipant *person = g_object_get_data (G_OBJECT (widget), PERSON_KEY);

      if (person != NULL)
        return person;
    }
  return NULL;
}

/* The controls of a row: the top line (name, consent, payment, remove), then the events. */
static GtkWidget *
top_line (GtkWidget *row)
{
  return gtk_widget_get_first_child (row);
}

static GtkFlowBox *
events_line (GtkWidget *row)
{
  return GTK_FLOW_BOX (gtk_widget_get_last_child (row));
}

/* The row's controls follow the model. */
static void
update_row (GtkWidget *row)
{
  GtkRoot *root = gtk_widget_get_root (row);
  CgParticipationDialog *self;
  CgParticipant *person = person_of (row);
  GtkWidget *child = gtk_widget_get_first_child (top_line (row));
  GtkFlowBoxChild *cell;

  if (!CG_IS_PARTICIPATION_DIALOG (root) || person == NULL)
    return;
  self = CG_PARTICIPATION_DIALOG (root);
  self->updating = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (child)),
                 cg_participant_get_name (person)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (child), cg_participant_get_name (person));
  child = gtk_widget_get_next_sibling (child);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child), cg_participant_get_consent (person));
  child = gtk_widget_get_next_sibling (child);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child), cg_participant_get_payment (person));
  for (int i = 0; (cell = gtk_flow_box_get_child_at_index (events_line (row), i)) != NULL; i++)
    {
      GtkWidget *check = gtk_flow_box_child_get_child (cell);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   cg_participant_get_attended (person,
                                     g_object_get_data (G_OBJECT (check), EVENT_KEY)));
    }
  self->updating = FALSE;
}

static gboolean
updating (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return !CG_IS_PARTICIPATION_DIALOG (root) || CG_PARTICIPATION_DIALOG (root)->updating;
}

static void
name_changed_cb (GtkEditable *entry)
{
  if (!updating (GTK_WIDGET (entry)))
    cg_participant_set_name (person_of (GTK_WIDGET (entry)), gtk_editable_get_text (entry));
}

static void
consent_changed_cb (GtkDropDown *drop_down)
{
  if (!updating (GTK_WIDGET (drop_down)))
    cg_participant_set_consent (person_of (GTK_WIDGET (drop_down)),
                                gtk_drop_down_get_selected (drop_down));
}

static void
payment_changed_cb (GtkDropDown *drop_down)
{
  if (!updating (GTK_WIDGET (drop_down)))
    cg_participant_set_payment (person_of (GTK_WIDGET (drop_down)),
                                gtk_drop_down_get_selected (drop_down));
}

static void
attended_toggled_cb (GtkCheckButton *check)
{
  if (!updating (GTK_WIDGET (check)))
    cg_participant_set_attended (person_of (GTK_WIDGET (check)),
                                 g_object_get_data (G_OBJECT (check), EVENT_KEY),
                                 gtk_check_button_get_active (check));
}

static void
remove_clicked_cb (GtkButton             *button,
                   CgParticipationDialog *self)
{
  cg_workshop_remove (self->workshop, person_of (GTK_WIDGET (button)));
}

static GtkWidget *
labelled_drop_down (const char *const *labels,
                    const char        *accessible_name,
                    GCallback          changed)
{
  GtkWidget *drop_down = gtk_drop_down_new_from_strings (labels);

  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name, -1);
  g_signal_connect (drop_down, "notify::selected", changed, NULL);
  return drop_down;
}

static GtkWidget *
make_row (CgParticipationDialog *self,
          CgParticipant         *person)
{
  const char *consents[] = {
    cg_consent_get_label (CG_CONSENT_NOT_ASKED), cg_consent_get_label (CG_CONSENT_YES),
    cg_consent_get_label (CG_CONSENT_NO), NULL,
  };
  const char *payments[] = {
    cg_payment_get_label (CG_PAYMENT_NONE), cg_payment_get_label (CG_PAYMENT_OFFERED),
    cg_payment_get_label (CG_PAYMENT_ACCEPTED), cg_payment_get_label (CG_PAYMENT_DECLINED), NULL,
  };
  GListModel *events = cg_workshop_get_events (self->workshop);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *came = gtk_flow_box_new ();
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  g_object_set_data_full (G_OBJECT (row), PERSON_KEY, g_object_ref (person), g_object_unref);
  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_widget_set_margin_start (row, 6);
  gtk_widget_set_margin_end (row, 6);

  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Name or initials"));
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 16);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name or initials"), -1);
  g_signal_connect (entry, "changed", G_CALLBACK (name_changed_cb), NULL);
  gtk_box_append (GTK_BOX (row), top);
  gtk_box_append (GTK_BOX (row), came);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (came), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (came), 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (came), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Events the person came to"), -1);
  gtk_box_append (GTK_BOX (top), entry);
  gtk_box_append (GTK_BOX (top), labelled_drop_down (consents, _("Agreed to be quoted"),
                                                     G_CALLBACK (consent_changed_cb)));
  gtk_box_append (GTK_BOX (top), labelled_drop_down (payments, _("Involvement payment"),
                                                     G_CALLBACK (payment_changed_cb)));
  gtk_widget_set_tooltip_text (remove, _("Remove this person from the record"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove this person from the record"), -1);
  gtk_widget_add_css_class (remove, "flat");
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (top), remove);

  for (guint i = 0, n = g_list_model_get_n_items (events); i < n; i++)
    {
      g_autoptr(CgEvent) event = g_list_model_get_item (events, i);
      GtkWidget *check = gtk_check_button_new_with_label (cg_event_get_display_title (event));
      g_autofree char *name = g_strdup_printf (_("Came to %s"),
                                               cg_event_get_display_title (event));

      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      g_object_set_data (G_OBJECT (check), EVENT_KEY, event);
      g_signal_connect (check, "toggled", G_CALLBACK (attended_toggled_cb), NULL);
      gtk_flow_box_append (GTK_FLOW_BOX (came), check);
    }
  g_signal_connect_object (person, "notify", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);
  return row;
}

static void
rebuild (CgParticipationDialog *self)
{
  GListModel *people = cg_workshop_get_participants (self->workshop);
  guint n = g_list_model_get_n_items (people);
  g_autofree char *count = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->people_list))) != NULL)
    gtk_list_box_remove (self->people_list, child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CgParticipant) person = g_list_model_get_item (people, i);
      GtkWidget *row = make_row (self, person);

      gtk_list_box_append (self->people_list, row);
      update_row (row);
    }
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person in the record",
                                        "%u people in the record", n), n);
  gtk_label_set_text (self->count_label, count);
}

GtkWidget *
cg_participation_dialog_get_row (CgParticipationDialog *self,
                                 guint                  n)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (CG_IS_PARTICIPATION_DIALOG (self), NULL);
  row = gtk_list_box_get_row_at_index (self->people_list, n);
  return row != NULL ? gtk_list_box_row_get_child (row) : NULL;
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CgParticipationDialog *self = CG_PARTICIPATION_DIALOG (widget);
  g_autoptr(CgParticipant) person = NULL;
  GtkWidget *row;

  if (self->workshop == NULL || !cg_workshop_is_protected (self->workshop))
    return;
  person = cg_participant_new ("");
  cg_workshop_add (self->workshop, person);
  row = cg_participation_dialog_get_row (self, g_list_model_get_n_items (
                                           cg_workshop_get_participants (self->workshop)) - 1);
  if (row != NULL)
    gtk_widget_grab_focus (gtk_widget_get_first_child (top_line (row)));
}

static void
protect_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  gtk_window_close (GTK_WINDOW (widget));
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.protect", NULL);
}

static void
cg_participation_dialog_dispose (GObject *object)
{
  CgParticipationDialog *self = CG_PARTICIPATION_DIALOG (object);

  if (self->workshop != NULL)
    cg_history_seal (cg_workshop_get_history (self->workshop));
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_PARTICIPATION_DIALOG);
  g_clear_object (&self->workshop);

  G_OBJECT_CLASS (cg_participation_dialog_parent_class)->dispose (object);
}

static void
cg_participation_dialog_class_init (CgParticipationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_participation_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/"
                                               "cg-participation-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CgParticipationDialog, people_list);
  gtk_widget_class_bind_template_child (widget_class, CgParticipationDialog, count_label);
  gtk_widget_class_install_action (widget_class, "participation.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "participation.protect", NULL,
                                   protect_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cg_participation_dialog_init (CgParticipationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* (the window's own child: not bound, as disposing the template would unparent it twice) */
  self->stack = GTK_STACK (gtk_window_get_child (GTK_WINDOW (self)));
}

CgParticipationDialog *
cg_participation_dialog_present (GtkWindow  *parent,
                                 CgWorkshop *workshop)
{
  CgParticipationDialog *self;
  gboolean protected;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);

  self = g_object_new (CG_TYPE_PARTICIPATION_DIALOG, "transient-for", parent, NULL);
  self->workshop = g_object_ref (workshop);
  protected = cg_workshop_is_protected (workshop);
  gtk_stack_set_visible_child_name (self->stack, protected ? "record" : "locked");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participation.add", protected);
  rebuild (self);
  g_signal_connect_object (cg_workshop_get_participants (workshop), "items-changed",
                           G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (cg_workshop_get_events (workshop), "items-changed",
                           G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
