/* cg-workshop-properties.c: the Workshop Properties window: title, who runs it, description, the
 * thanks and support contacts on the summary's front page, and the date to keep it until
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-workshop-properties"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-workshop-properties.h"
#include "model/cg-retention.h"
#include "model/cg-text.h"

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
  GtkEntry    *keep_until_entry;
  GtkLabel    *keep_until_hint;
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

/* The date to keep the workshop until: what applies when none is set, and whether what is typed
 * is a date. */
static void
update_keep_until_hint (CgWorkshopProperties *self)
{
  guint years = cg_retention_default_years ();
  g_autofree char *due = cg_retention_dup_due_date (self->workshop, years);
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->keep_until_entry));
  g_autofree char *hint = NULL;

  if (*typed != '\0' && !cg_text_is_valid_date (typed))
    hint = g_strdup (_("Write a real date as YYYY-MM-DD, such as 2028-06-30."));
  else if (*cg_workshop_get_keep_until (self->workshop) != '\0')
    hint = g_strdup (_("After this date, opening the workshop asks whether to export a summary, "
                       "remove private words or delete it."));
  else if (due != NULL)
    /* TRANSLATORS: %s is a date, YYYY-MM-DD; %u the years in the settings */
    hint = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Left empty, it is kept until %s, %u year after its "
                                         "last event, as your organisation’s settings say.",
                                         "Left empty, it is kept until %s, %u years after its "
                                         "last event, as your organisation’s settings say.",
                                         years), due, years);
  else
    hint = g_strdup (_("Left empty, it is kept until some years after its last event; no event "
                       "has a date yet."));
  gtk_label_set_text (self->keep_until_hint, hint);
  if (*typed != '\0' && !cg_text_is_valid_date (typed))
    gtk_widget_add_css_class (GTK_WIDGET (self->keep_until_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->keep_until_entry), "error");
}

/* A date typed (or cleared) goes into the model; anything else waits to be finished. */
static void
keep_until_changed_cb (GtkEditable          *entry,
                       CgWorkshopProperties *self)
{
  const char *typed = gtk_editable_get_text (entry);

  if (!self->updating && self->workshop != NULL && !self->read_only &&
      (*typed == '\0' || cg_text_is_valid_date (typed)))
    cg_workshop_set_keep_until (self->workshop, typed);
  if (self->workshop != NULL)
    update_keep_until_hint (self);
}

static void
follow_keep_until (CgWorkshopProperties *self)
{
  const char *own = cg_workshop_get_keep_until (self->workshop);

  self->updating = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->keep_until_entry)), own) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->keep_until_entry), own);
  self->updating = FALSE;
  update_keep_until_hint (self);
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
  gtk_widget_class_bind_template_child (widget_class, CgWorkshopProperties, keep_until_entry);
  gtk_widget_class_bind_template_child (widget_class, CgWorkshopProperties, keep_until_hint);

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
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->keep_until_entry), FALSE);
  g_signal_connect (self->keep_until_entry, "changed", G_CALLBACK (keep_until_changed_cb), self);
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
  follow_keep_until (self);
  g_signal_connect_object (workshop, "notify", G_CALLBACK (workshop_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (workshop, "notify::keep-until", G_CALLBACK (follow_keep_until), self,
                           G_CONNECT_SWAPPED);
  /* (the date that applies when none is set follows the events' dates) */
  g_signal_connect_object (cg_workshop_get_events (workshop), "items-changed",
                           G_CALLBACK (update_keep_until_hint), self, G_CONNECT_SWAPPED);

  gtk_widget_set_visible (self->read_only_label, self->read_only);
  gtk_editable_set_editable (GTK_EDITABLE (self->title_entry), !self->read_only);
  gtk_editable_set_editable (GTK_EDITABLE (self->facilitator_entry), !self->read_only);
  gtk_editable_set_editable (GTK_EDITABLE (self->keep_until_entry), !self->read_only);
  for (Field field = FIELD_DESCRIPTION; field < N_FIELDS; field++)
    gtk_text_view_set_editable (GTK_TEXT_VIEW (field_widget (self, field)), !self->read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "properties.undo", !self->read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "properties.redo", !self->read_only);

  gtk_window_present (GTK_WINDOW (self));
  return self;
}
