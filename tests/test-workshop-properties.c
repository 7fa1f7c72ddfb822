/* test-workshop-properties.c: the Workshop Properties window: edits reach the model and the
 * window's title, undo brings them back, review mode only shows them, and the export dialog's
 * one reminder when no support contacts are set
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-workshop-properties"

#include "config.h"

#include <string.h>

#include "cg-test-window.h"
#include "widgets/cg-export-dialog.h"
#include "widgets/cg-workshop-properties.h"

typedef CgTestWindow Fixture;

/* The window of type @type over @parent, or NULL. */
static GtkWindow *
find_window (GType      type,
             GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_window_get_transient_for (window) == parent)
        return window;
    }
  return NULL;
}

static gboolean
properties_shown (gpointer window)
{
  GtkWindow *dialog = find_window (CG_TYPE_WORKSHOP_PROPERTIES, window);

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog));
}

static gboolean
properties_gone (gpointer window)
{
  return find_window (CG_TYPE_WORKSHOP_PROPERTIES, window) == NULL;
}

/* Opens the properties over @parent with @action ("win.properties", "export.properties"). */
static GtkWindow *
open_properties (GtkWindow  *parent,
                 const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (parent), action, NULL));
  cg_test_wait_until (properties_shown, parent);
  return find_window (CG_TYPE_WORKSHOP_PROPERTIES, parent);
}

static GtkWidget *
child (GtkWindow  *dialog,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), type, name);

  g_assert_true (GTK_IS_WIDGET (object));
  return GTK_WIDGET (object);
}

/* Types @text at the end of @editable, a character at a time. */
static void
type_text (GtkEditable *editable,
           const char  *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      int position = -1;

      gtk_editable_insert_text (editable, p, (int) (g_utf8_next_char (p) - p), &position);
    }
}

static char *
text_view_dup (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Typing a title renames the workshop and the window; one undo brings both back. */
static void
test_title (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *old_title = g_strdup (cg_workshop_get_title (f->workshop));
  CgHistory *history = cg_workshop_get_history (f->workshop);
  GtkWindow *dialog = open_properties (GTK_WINDOW (f->window), "win.properties");
  GtkEditable *entry = GTK_EDITABLE (child (dialog, CG_TYPE_WORKSHOP_PROPERTIES,
                                            "title_entry"));
  guint n_undo = cg_history_get_n_undo (history);

  g_assert_true (gtk_window_get_modal (dialog));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, old_title);
  g_assert_true (gtk_editable_get_editable (entry));

  gtk_editable_delete_text (entry, 0, -1);
  type_text (entry, "Crisis care in Tayside");
  cg_test_iterate ();
  g_assert_cmpstr (cg_workshop_get_title (f->workshop), ==, "Crisis care in Tayside");
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (f->window)),
                            "Crisis care in Tayside"));
  /* the typing is one step */
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, n_undo + 1);

  /* Ctrl+Z in the properties undoes in the workshop; the field follows */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "properties.undo", NULL));
  cg_test_iterate ();
  g_assert_cmpstr (cg_workshop_get_title (f->workshop), ==, old_title);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, old_title);
  g_assert_null (strstr (gtk_window_get_title (GTK_WINDOW (f->window)), "Tayside"));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (f->window)), old_title));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "properties.redo", NULL));
  cg_test_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Crisis care in Tayside");

  /* closed, then undone from the window */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  cg_test_wait_until (properties_gone, f->window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  cg_test_iterate ();
  g_assert_cmpstr (cg_workshop_get_title (f->workshop), ==, old_title);
}

/* Who runs it, the thanks and the contacts go into the model as typed, each undoable. */
static void
test_front_page_fields (Fixture       *f,
                        gconstpointer  data)
{
  GtkWindow *dialog = open_properties (GTK_WINDOW (f->window), "win.properties");
  GtkEditable *facilitator = GTK_EDITABLE (child (dialog, CG_TYPE_WORKSHOP_PROPERTIES,
                                                  "facilitator_entry"));
  GtkWidget *support = child (dialog, CG_TYPE_WORKSHOP_PROPERTIES, "support_view");
  GtkWidget *thanks = child (dialog, CG_TYPE_WORKSHOP_PROPERTIES, "thanks_view");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (support));
  g_auto(GStrv) contacts = NULL;
  g_autofree char *shown = NULL;
  GtkTextIter end;

  type_text (facilitator, "Ann Smith");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (thanks)), "Thank you", -1);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "Samaritans — 116 123\n", -1);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "Breathing Space — 0800 83 85 87", -1);
  cg_test_iterate ();

  g_assert_cmpstr (cg_workshop_get_facilitator (f->workshop), ==, "Ann Smith");
  g_assert_cmpstr (cg_workshop_get_thanks (f->workshop), ==, "Thank you");
  contacts = cg_workshop_dup_support_contacts (f->workshop);
  g_assert_cmpuint (g_strv_length (contacts), ==, 2);
  g_assert_cmpstr (contacts[1], ==, "Breathing Space — 0800 83 85 87");

  /* one undo takes the contacts (typed as one step) away, and the field follows */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "properties.undo", NULL));
  cg_test_iterate ();
  g_assert_cmpstr (cg_workshop_get_support (f->workshop), ==, "");
  shown = text_view_dup (support);
  g_assert_cmpstr (shown, ==, "");
  g_assert_cmpstr (cg_workshop_get_thanks (f->workshop), ==, "Thank you");

  gtk_window_destroy (dialog);
  cg_test_iterate ();
}

/* In review mode the properties can be read, not changed. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *old_title = g_strdup (cg_workshop_get_title (f->workshop));
  CgHistory *history = cg_workshop_get_history (f->workshop);
  GtkWindow *dialog;
  GtkEditable *entry;
  GtkWidget *support;

  cg_window_set_read_only (f->window, TRUE);
  dialog = open_properties (GTK_WINDOW (f->window), "win.properties");
  entry = GTK_EDITABLE (child (dialog, CG_TYPE_WORKSHOP_PROPERTIES, "title_entry"));
  support = child (dialog, CG_TYPE_WORKSHOP_PROPERTIES, "support_view");

  g_assert_cmpstr (gtk_editable_get_text (entry), ==, old_title);
  g_assert_false (gtk_editable_get_editable (entry));
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (support)));
  g_assert_true (gtk_widget_get_visible (child (dialog, CG_TYPE_WORKSHOP_PROPERTIES,
                                                "read_only_label")));

  /* even text put there by other means goes nowhere */
  gtk_editable_set_text (entry, "Changed");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "properties.undo", NULL);
  cg_test_iterate ();
  g_assert_cmpstr (cg_workshop_get_title (f->workshop), ==, old_title);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 0);

  gtk_window_destroy (dialog);
  cg_test_iterate ();
}

static gboolean
export_shown (gpointer window)
{
  return find_window (CG_TYPE_EXPORT_DIALOG, window) != NULL;
}

static GtkWindow *
open_export (CgWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  cg_test_wait_until (export_shown, window);
  return find_window (CG_TYPE_EXPORT_DIALOG, GTK_WINDOW (window));
}

/* No contacts: the export dialog says so once, and its button opens the properties; contacts
 * set there put the reminder away. */
static void
test_export_reminder (Fixture       *f,
                      gconstpointer  data)
{
  GtkWindow *export = open_export (f->window);
  GtkWidget *reminder = child (export, CG_TYPE_EXPORT_DIALOG, "support_reminder");
  GtkWindow *properties;
  GtkWidget *support;

  g_assert_cmpstr (cg_workshop_get_support (f->workshop), ==, "");
  g_assert_true (gtk_widget_get_visible (reminder));

  properties = open_properties (export, "export.properties");
  support = child (properties, CG_TYPE_WORKSHOP_PROPERTIES, "support_view");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (support)),
                            "Samaritans — 116 123", -1);
  cg_test_iterate ();
  g_assert_cmpstr (cg_workshop_get_support (f->workshop), ==, "Samaritans — 116 123");
  g_assert_false (gtk_widget_get_visible (reminder));
  gtk_window_destroy (properties);
  gtk_window_destroy (export);
  cg_test_iterate ();

  /* once: with the contacts gone again, the next export does not remind */
  cg_workshop_set_support (f->workshop, NULL);
  export = open_export (f->window);
  g_assert_false (gtk_widget_get_visible (child (export, CG_TYPE_EXPORT_DIALOG,
                                                 "support_reminder")));
  gtk_window_destroy (export);
  cg_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  cg_test_window_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add ("/workshop-properties/" name, Fixture, NULL, cg_test_window_set_up, func, \
              cg_test_window_tear_down)
  ADD ("title", test_title);
  ADD ("front-page-fields", test_front_page_fields);
  ADD ("read-only", test_read_only);
  ADD ("export-reminder", test_export_reminder);
#undef ADD

  return g_test_run ();
}
