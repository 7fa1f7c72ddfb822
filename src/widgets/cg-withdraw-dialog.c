/* cg-withdraw-dialog.c: Remove a Person's Words: pick a person's ideas, then remove them or keep
 * them without their voice
 *
 * The ideas listed are those captured under the chosen voice at the chosen event (carried
 * copies are not listed: they go with their idea, cg-withdraw.h). Each is a check button with
 * the idea's whole words: this window is the facilitator's, on the laptop, and picking the
 * right ideas needs them (a private note says so after its words).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-withdraw-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cg-choices.h"
#include "cg-withdraw-dialog.h"
#include "model/cg-audience.h"
#include "model/cg-withdraw.h"

struct _CgWithdrawDialog
{
  GtkWindow    parent_instance;

  CgWorkshop  *workshop;
  gboolean     show_private;
  GPtrArray   *ideas;     /* CgIdea, borrowed from the workshop: those listed, in order */
  GPtrArray   *checks;    /* GtkCheckButton, one per idea listed */
  CgChoices   *voices;
  CgChoices   *events;

  GtkDropDown *voice_drop_down;
  GtkDropDown *event_drop_down;
  GtkListBox  *idea_list;
  GtkLabel    *count_label;
};

G_DEFINE_FINAL_TYPE (CgWithdrawDialog, cg_withdraw_dialog, GTK_TYPE_WINDOW)

static guint
count_picked (CgWithdrawDialog *self)
{
  guint n = 0;

  for (guint i = 0; i < self->checks->len; i++)
    n += gtk_check_button_get_active (g_ptr_array_index (self->checks, i));
  return n;
}

static void
update_count (CgWithdrawDialog *self)
{
  guint picked = count_picked (self);
  g_autofree char *text = NULL;

  /* TRANSLATORS: "2 of 5 ideas picked" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u idea picked",
                                       "%u of %u ideas picked", self->ideas->len),
                          picked, self->ideas->len);
  gtk_label_set_text (self->count_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "withdraw.remove", picked > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "withdraw.anonymise", picked > 0);
}

static GtkWidget *
make_check (CgWithdrawDialog *self,
            CgIdea           *idea)
{
  /* the words as the board shows them: a private note's only with Show Private Notes */
  const char *text = cg_idea_get_shown_text (idea, cg_audience_for_laptop (self->show_private));
  g_autofree char *label = NULL;
  GtkWidget *check;
  GtkWidget *words;

  label = cg_idea_get_private (idea) && cg_idea_shows_text_to (idea,
                                                               cg_audience_for_laptop (
                                                                 self->show_private))
            ? g_strdup_printf (_("%s (private note)"), text) : g_strdup (text);
  check = gtk_check_button_new ();
  words = gtk_label_new (label);
  gtk_label_set_wrap (GTK_LABEL (words), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (words), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (words), 0);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), words);
  gtk_widget_set_margin_top (check, 6);
  gtk_widget_set_margin_bottom (check, 6);
  gtk_widget_set_margin_start (check, 6);
  gtk_widget_set_margin_end (check, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return check;
}

void
cg_withdraw_dialog_show_ideas (CgWithdrawDialog *self,
                               CgVoice          *voice,
                               CgEvent          *event)
{
  GtkWidget *row;

  g_return_if_fail (CG_IS_WITHDRAW_DIALOG (self));

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->idea_list))) != NULL)
    gtk_list_box_remove (self->idea_list, row);
  g_ptr_array_set_size (self->checks, 0);
  g_clear_pointer (&self->ideas, g_ptr_array_unref);
  self->ideas = cg_withdraw_find_ideas (self->workshop, voice, event);
  for (guint i = 0; i < self->ideas->len; i++)
    {
      GtkWidget *check = make_check (self, g_ptr_array_index (self->ideas, i));
      GtkWidget *list_row = gtk_list_box_row_new ();

      g_signal_connect_object (check, "toggled", G_CALLBACK (update_count), self,
                               G_CONNECT_SWAPPED);
      g_ptr_array_add (self->checks, check);
      /* (the row is named as its check button is: a screen reader reads either) */
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), check);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (list_row),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, check, NULL, -1);
      gtk_list_box_append (self->idea_list, list_row);
    }
  update_count (self);
}

static void
choice_changed_cb (CgWithdrawDialog *self)
{
  if (self->workshop != NULL && self->voices != NULL && self->events != NULL)
    cg_withdraw_dialog_show_ideas (self, cg_choices_get_object (self->voices),
                                   cg_choices_get_object (self->events));
}

/* Enter or Space on a row (or a click beside the words) picks its idea, as on its box. */
static void
row_activated_cb (GtkListBox       *list,
                  GtkListBoxRow    *row,
                  CgWithdrawDialog *self)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && (guint) index < self->checks->len)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, index);

      gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
    }
}

static void
withdraw_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CgWithdrawDialog *self = CG_WITHDRAW_DIALOG (widget);
  g_autoptr(GPtrArray) picked = g_ptr_array_new ();
  CgWithdrawal how = g_str_equal (action_name, "withdraw.remove") ? CG_WITHDRAW_REMOVE
                                                                   : CG_WITHDRAW_ANONYMISE;

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_ptr_array_add (picked, g_ptr_array_index (self->ideas, i));
  if (picked->len == 0)
    return;
  cg_withdraw_ideas (self->workshop, picked, how, NULL);
  gtk_window_close (GTK_WINDOW (self));
}

void
cg_withdraw_dialog_set_picked (CgWithdrawDialog *self,
                               guint             n,
                               gboolean          picked)
{
  g_return_if_fail (CG_IS_WITHDRAW_DIALOG (self));
  g_return_if_fail (n < self->checks->len);
  gtk_check_button_set_active (g_ptr_array_index (self->checks, n), picked);
}

guint
cg_withdraw_dialog_get_n_listed (CgWithdrawDialog *self)
{
  g_return_val_if_fail (CG_IS_WITHDRAW_DIALOG (self), 0);
  return self->ideas != NULL ? self->ideas->len : 0;
}

static void
cg_withdraw_dialog_dispose (GObject *object)
{
  CgWithdrawDialog *self = CG_WITHDRAW_DIALOG (object);

  g_clear_pointer (&self->voices, cg_choices_free);
  g_clear_pointer (&self->events, cg_choices_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_WITHDRAW_DIALOG);
  g_clear_pointer (&self->ideas, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_object (&self->workshop);

  G_OBJECT_CLASS (cg_withdraw_dialog_parent_class)->dispose (object);
}

static void
cg_withdraw_dialog_class_init (CgWithdrawDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_withdraw_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/"
                                               "cg-withdraw-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CgWithdrawDialog, voice_drop_down);
  gtk_widget_class_bind_template_child (widget_class, CgWithdrawDialog, event_drop_down);
  gtk_widget_class_bind_template_child (widget_class, CgWithdrawDialog, idea_list);
  gtk_widget_class_bind_template_child (widget_class, CgWithdrawDialog, count_label);
  gtk_widget_class_install_action (widget_class, "withdraw.remove", NULL, withdraw_activated);
  gtk_widget_class_install_action (widget_class, "withdraw.anonymise", NULL,
                                   withdraw_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cg_withdraw_dialog_init (CgWithdrawDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->checks = g_ptr_array_new ();
  g_signal_connect (self->idea_list, "row-activated", G_CALLBACK (row_activated_cb), self);
}

CgWithdrawDialog *
cg_withdraw_dialog_present (GtkWindow  *parent,
                            CgWorkshop *workshop,
                            CgEvent    *event,
                            gboolean    show_private)
{
  const char *no_voice[] = { _("No voice"), NULL };
  const char *all_events[] = { _("All events"), NULL };
  GListModel *voices = cg_workshop_get_voices (workshop);
  g_autoptr(CgVoice) first = NULL;
  CgWithdrawDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);

  self = g_object_new (CG_TYPE_WITHDRAW_DIALOG, "transient-for", parent, NULL);
  self->workshop = g_object_ref (workshop);
  self->show_private = !!show_private;
  self->voices = cg_choices_new (self->voice_drop_down, no_voice, NULL);
  self->events = cg_choices_new (self->event_drop_down, all_events, NULL);
  cg_choices_update (self->voices, voices);
  cg_choices_update (self->events, cg_workshop_get_events (workshop));
  if (g_list_model_get_n_items (voices) > 0)
    first = g_list_model_get_item (voices, 0);
  cg_choices_select (self->voices, first);
  cg_choices_select (self->events, event);
  g_signal_connect_object (self->voice_drop_down, "notify::selected",
                           G_CALLBACK (choice_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->event_drop_down, "notify::selected",
                           G_CALLBACK (choice_changed_cb), self, G_CONNECT_SWAPPED);
  choice_changed_cb (self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
