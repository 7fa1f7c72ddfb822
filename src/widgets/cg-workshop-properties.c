/* cg-workshop-properties.c: the Workshop Properties window: title, who runs it, description, the
 * thanks and support contacts on the summary's front page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-workshop-properties"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-workshop-properties.h"

/* The fields, each a workshop property. */
typedef enum
{
  FIELD_TITLE,
  FIELD_FACILITATOR,
  FIELD_DESCRIPTION,
  FIELD_THANKS,
  FIELD_SUPPORT,
  N_FIELDS
} Field;

static const char * const field_properties[N_FIELDS] = {
  "title", "facilitator", "description", "thanks", "support",
};

struct _CgWorkshopProperties
{
  GtkWindow    parent_instance;

  CgWorkshop  *workshop;
  gboolean     read_only;
  gboolean     updating;   /* the fields are being set from the model */

  GtkEntry    *title_entry;
  GtkEntry    *facilitator_entry;
  GtkTextView *description_view;
  GtkTextView *thanks_view;
  GtkTextView *support_view;
  GtkWidget   *read_only_label;
};

G_DEFINE_FINAL_TYPE (CgWorkshopProperties, cg_workshop_properties, GTK_TYPE_WINDOW)

static GtkWidget *
field_widget (CgWorkshopProperties *self,
              Field                 field)
{
  switch (field)
    {
    case FIELD_TITLE: return GTK_WIDGET (self->title_entry);
    case FIELD_FACILITATOR: return GTK_WIDGET (self->facilitator_entry);
    case FIELD_DESCRIPTION: return GTK_WIDGET (self->description_view);
    case FIELD_THANKS: return GTK_WIDGET (self->thanks_view);
    case FIELD_SUPPORT: return GTK_WIDGET (self->support_view);
    case N_FIELDS:
    default: g_assert_not_reached ();
    }
}

/* The words in a field, owned by the caller. */
static char *
dup_field_text (CgWorkshopProperties *self,
                Field                 field)
{
  GtkWidget *widget = field_widget (self, field);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (GTK_IS_EDITABLE (widget))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* A field was edited: its words go into the model. */
static void
field_changed (CgWorkshopProperties *self,
               Field                 field)
{
  g_autofree char *text = NULL;

  if (self->updating || self->workshop == NULL || self->read_only)
    return;

  text = dup_field_text (self, field);
  switch (field)
    {
    case FIELD_TITLE: cg_workshop_set_title (self->workshop, text); break;
    case FIELD_FACILITATOR: cg_workshop_set_facilitator (self->workshop, text); break;
    case FIELD_DESCRIPTION: cg_workshop_set_description (self->workshop, text); break;
    case FIELD_THANKS: cg_workshop_set_thanks (self->workshop, text); break;
    case FIELD_SUPPORT: cg_workshop_set_support (self->workshop, text); break;
    case N_FIELDS:
    default: g_assert_not_reached ();
    }
}

static void
entry_changed_cb (GtkEditable          *entry,
                  CgWorkshopProperties *self)
{
  field_changed (self, entry == GTK_EDITABLE (self->title_entry) ? FIELD_TITLE
                                                                  : FIELD_FACILITATOR);
}

static void
buffer_changed_cb (GtkTextBuffer        *buffer,
                   CgWorkshopProperties *self)
{
  for (Field field = FIELD_DESCRIPTION; field < N_FIELDS; field++)
    if (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field_widget (self, field))) == buffer)
      field_changed (self, field);
}

/* The model changed (an undo, another window, this one): each field follows, unless it already
 * holds the same words (so the cursor stays where the typing is). */
static void
workshop_notify_cb (CgWorkshopProperties *self)
{
  self->updating = TRUE;
  for (Field field = 0; field < N_FIELDS; field++)
    {
      GtkWidget *widget = field_widget (self, field);
      g_autofree char *value = NULL;
      g_autofree char *shown = dup_field_text (self, field);

      g_object_get (self->workshop, field_properties[field], &value, NULL);
      if (g_strcmp0 (shown, value != NULL ? value : "") == 0)
        continue;
      if (GTK_IS_EDITABLE (widget))
        gtk_editable_set_text (GTK_EDITABLE (widget), value != NULL ? value : "");
      else
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)),
                                  value != NULL ? value : "", -1);
    }
  self->updating = FALSE;
}

/* Ctrl+Z and Ctrl+Shift+Z here undo and redo in the workshop, as in its window. */
static void
history_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CgWorkshopProperties *self = CG_WORKSHOP_PROPERTIES (widget);
  CgHistory *history;

  if (self->workshop == NULL || self->read_only)
    return;
  history = cg_workshop_get_history (self->workshop);
  if (g_str_equal (action_name, "properties.undo"))
    cg_history_undo (history);
  else
    cg_history_redo (history);
}

static void
cg_workshop_properties_dispose (GObject *object)
{
  CgWorkshopProperties *self = CG_WORKSHOP_PROPERTIES (object);

  if (self->workshop != NULL)
    {
      /* what is typed after the window closes is a new step */
      cg_history_seal (cg_workshop_get_history (self->workshop));
      g_signal_handlers_disconnect_by_data (self->workshop, self);
    }
  g_clear_object (&self->workshop);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_WORKSHOP_PROPERTIES);

  G_OBJECT_CLASS (cg_workshop_properties_parent_class)->dispose (object);
}

static void
cg_workshop_properties_class_init (CgWorkshopPropertiesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_workshop_properties_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/"
                                               "cg-workshop-properties.ui");
  gtk_widget_class_bind_template_child (widget_class, CgWorkshopProperties, title_entry);
  gtk_widget_class_bind_template_child (widget_class, CgWorkshopProperties, facilitator_entry);
  gtk_widget_class_bind_template_child (widget_class, CgWorkshopProperties, description_view);
  gtk_widget_class_bind_template_child (widget_class, CgWorkshopProperties, thanks_view);
  gtk_widget_class_bind_template_child (widget_class, CgWorkshopProperties, support_view);
  gtk_widget_class_bind_template_child (widget_class, CgWorkshopProperties, read_only_label);

  gtk_widget_class_install_action (widget_class, "properties.undo", NULL, history_activated);
  gtk_widget_class_install_action (widget_class, "properties.redo", NULL, history_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "properties.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "properties.redo",
                                       NULL);
}

static void
cg_workshop_properties_init (CgWorkshopProperties *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* one undo for everything: the workshop's, so Ctrl+Z here and in the window agree */
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->title_entry), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->facilitator_entry), FALSE);
  for (Field field = FIELD_DESCRIPTION; field < N_FIELDS; field++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field_widget (self,
                                                                                     field)));

      gtk_text_buffer_set_enable_undo (buffer, FALSE);
      g_signal_connect (buffer, "changed", G_CALLBACK (buffer_changed_cb), self);
    }
  g_signal_connect (self->title_entry, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect (self->facilitator_entry, "changed", G_CALLBACK (entry_changed_cb), self);
}

CgWorkshopProperties *
cg_workshop_properties_present (GtkWindow  *parent,
                                CgWorkshop *workshop,
                                gboolean    read_only)
{
  CgWorkshopProperties *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);

  self = g_object_new (CG_TYPE_WORKSHOP_PROPERTIES, "transient-for", parent, NULL);
  self->workshop = g_object_ref (workshop);
  self->read_only = !!read_only;
  workshop_notify_cb (self);
  g_signal_connect_object (workshop, "notify", G_CALLBACK (workshop_notify_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_widget_set_visible (self->read_only_label, self->read_only);
  gtk_editable_set_editable (GTK_EDITABLE (self->title_entry), !self->read_only);
  gtk_editable_set_editable (GTK_EDITABLE (self->facilitator_entry), !self->read_only);
  for (Field field = FIELD_DESCRIPTION; field < N_FIELDS; field++)
    gtk_text_view_set_editable (GTK_TEXT_VIEW (field_widget (self, field)), !self->read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "properties.undo", !self->read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "properties.redo", !self->read_only);

  gtk_window_present (GTK_WINDOW (self));
  return self;
}
