/* cg-passphrase-dialog.c: asks for a workshop's passphrase, or for a new one twice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cg-passphrase-dialog.h"

struct _CgPassphraseDialog
{
  GtkWindow         parent_instance;

  CgPassphraseMode  mode;
  gboolean          busy;

  GtkLabel         *heading_label;
  GtkLabel         *message_label;
  GtkEditable      *passphrase_entry;
  GtkEditable      *again_entry;
  GtkWidget        *again_label;
  GtkLabel         *problem_label;
  GtkCheckButton   *remember_check;
  GtkSpinner       *spinner;
  GtkButton        *accept_button;
};

G_DEFINE_FINAL_TYPE (CgPassphraseDialog, cg_passphrase_dialog, GTK_TYPE_WINDOW)

enum {
  SUBMITTED,
  CANCELLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_busy (CgPassphraseDialog *self,
          gboolean            busy)
{
  self->busy = busy;
  /* (the focus leaves the entries before they become insensitive: GTK 4.8 would otherwise
   * warn that the focused one "did not receive a focus-out event") */
  if (busy)
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->passphrase_entry), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->again_entry), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->accept_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->remember_check), !busy);
}

static void
show_problem (CgPassphraseDialog *self,
              const char         *problem)
{
  gtk_label_set_text (self->problem_label, problem);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
}

static void
accept_cb (CgPassphraseDialog *self)
{
  g_autofree char *passphrase = NULL;

  if (self->busy)
    return;

  passphrase = g_strdup (gtk_editable_get_text (self->passphrase_entry));
  if (*passphrase == '\0')
    {
      show_problem (self, _("Type the passphrase first."));
      gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_entry));
      return;
    }
  if (self->mode == CG_PASSPHRASE_NEW &&
      g_strcmp0 (passphrase, gtk_editable_get_text (self->again_entry)) != 0)
    {
      show_problem (self, _("The two passphrases are not the same. Type them again."));
      gtk_editable_set_text (self->again_entry, "");
      gtk_widget_grab_focus (GTK_WIDGET (self->again_entry));
      return;
    }

  /* Handed on, then gone from the entries (GTK keeps a password entry's text in memory it
   * does not wipe; at least it is not kept longer than needed). */
  gtk_editable_set_text (self->passphrase_entry, "");
  gtk_editable_set_text (self->again_entry, "");
  show_problem (self, NULL);
  set_busy (self, TRUE);
  g_signal_emit (self, signals[SUBMITTED], 0, passphrase);
  memset (passphrase, 0, strlen (passphrase));
}

static void
cancel_cb (CgPassphraseDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
cg_passphrase_dialog_close_request (GtkWindow *window)
{
  CgPassphraseDialog *self = CG_PASSPHRASE_DIALOG (window);

  g_signal_emit (self, signals[CANCELLED], 0);
  return GTK_WINDOW_CLASS (cg_passphrase_dialog_parent_class)->close_request (window);
}

static void
cg_passphrase_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CG_TYPE_PASSPHRASE_DIALOG);

  G_OBJECT_CLASS (cg_passphrase_dialog_parent_class)->dispose (object);
}

static void
cg_passphrase_dialog_class_init (CgPassphraseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cg_passphrase_dialog_dispose;
  window_class->close_request = cg_passphrase_dialog_close_request;

  /* The passphrase has been given; the dialog waits for the caller's verdict. */
  signals[SUBMITTED] = g_signal_new ("submitted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* Closed without a passphrase (Cancel, Escape, the close button). */
  signals[CANCELLED] = g_signal_new ("cancelled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/"
                                               "cg-passphrase-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CgPassphraseDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, CgPassphraseDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, CgPassphraseDialog, passphrase_entry);
  gtk_widget_class_bind_template_child (widget_class, CgPassphraseDialog, again_entry);
  gtk_widget_class_bind_template_child (widget_class, CgPassphraseDialog, again_label);
  gtk_widget_class_bind_template_child (widget_class, CgPassphraseDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, CgPassphraseDialog, remember_check);
  gtk_widget_class_bind_template_child (widget_class, CgPassphraseDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, CgPassphraseDialog, accept_button);
  gtk_widget_class_bind_template_callback (widget_class, accept_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cg_passphrase_dialog_init (CgPassphraseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CgPassphraseDialog *
cg_passphrase_dialog_new (GtkWindow        *parent,
                          CgPassphraseMode  mode,
                          const char       *heading,
                          const char       *message,
                          const char       *accept_label)
{
  CgPassphraseDialog *self = g_object_new (CG_TYPE_PASSPHRASE_DIALOG,
                                           "transient-for", parent,
                                           "modal", TRUE,
                                           "destroy-with-parent", TRUE,
                                           NULL);

  self->mode = mode;
  gtk_window_set_title (GTK_WINDOW (self), heading);
  gtk_label_set_text (self->heading_label, heading);
  gtk_label_set_text (self->message_label, message);
  gtk_button_set_label (self->accept_button, accept_label);
  gtk_widget_set_visible (GTK_WIDGET (self->again_entry), mode == CG_PASSPHRASE_NEW);
  gtk_widget_set_visible (self->again_label, mode == CG_PASSPHRASE_NEW);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->accept_button));
  return self;
}

void
cg_passphrase_dialog_fail (CgPassphraseDialog *self,
                           const char         *reason)
{
  g_return_if_fail (CG_IS_PASSPHRASE_DIALOG (self));

  set_busy (self, FALSE);
  show_problem (self, reason);
  gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_entry));
}

const char *
cg_passphrase_dialog_get_problem (CgPassphraseDialog *self)
{
  g_return_val_if_fail (CG_IS_PASSPHRASE_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->problem_label)))
    return NULL;
  return gtk_label_get_text (self->problem_label);
}

void
cg_passphrase_dialog_offer_remember (CgPassphraseDialog *self)
{
  g_return_if_fail (CG_IS_PASSPHRASE_DIALOG (self));
  gtk_widget_set_visible (GTK_WIDGET (self->remember_check), TRUE);
}

gboolean
cg_passphrase_dialog_get_remember (CgPassphraseDialog *self)
{
  g_return_val_if_fail (CG_IS_PASSPHRASE_DIALOG (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->remember_check)) &&
         gtk_check_button_get_active (self->remember_check);
}

gboolean
cg_passphrase_dialog_get_busy (CgPassphraseDialog *self)
{
  g_return_val_if_fail (CG_IS_PASSPHRASE_DIALOG (self), FALSE);

  return self->busy;
}
