/* test-window-retention.c: data protection in the window (issue 16): a workshop past its date
 * says so when it opens and offers what to do; removing private words; deleting for good after
 * a second question; Remove a Person's Words; the date in Workshop Properties
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cg-test-util.h"
#include "cg-test-window.h"
#include "io/cg-io.h"
#include "model/cg-text.h"
#include "model/cg-withdraw.h"
#include "io/cg-envelope.h"
#include "widgets/cg-participation-dialog.h"
#include "widgets/cg-withdraw-dialog.h"
#include "widgets/cg-workshop-properties.h"

typedef CgTestWindow Fixture;

static GDateTime *
day (const char *date)
{
  g_autofree char *iso = g_strconcat (date, "T12:00:00Z", NULL);

  return g_date_time_new_from_iso8601 (iso, NULL);
}

static gboolean
dialog_shown (gpointer window)
{
  return cg_test_find_dialog (window) != NULL;
}

static gboolean
no_dialog (gpointer window)
{
  return cg_test_find_dialog (window) == NULL;
}

static char *
dialog_text (GtkMessageDialog *dialog)
{
  g_autofree char *primary = NULL;
  g_autofree char *secondary = NULL;

  g_object_get (dialog, "text", &primary, "secondary-text", &secondary, NULL);
  return g_strconcat (primary, "\n", secondary, NULL);
}

/* The first idea of @workshop that is private, or a story. */
static CgIdea *
find_idea (CgWorkshop *workshop,
           gboolean    private)
{
  GListModel *ideas = cg_workshop_get_ideas (workshop);

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    {
      CgIdea *idea = cg_test_nth (ideas, i);

      if (private ? cg_idea_get_private (idea) : cg_idea_get_kind (idea) == CG_IDEA_KIND_STORY)
        return idea;
    }
  g_assert_not_reached ();
}

/* A workshop kept until a day not yet come says nothing; past it, the window asks. */
static void
test_past_date_asks (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) before = day ("2099-12-31");
  g_autoptr(GDateTime) after = day ("2100-01-01");
  GtkMessageDialog *dialog;
  g_autofree char *text = NULL;

  g_assert_null (cg_window_check_retention (f->window, before));
  g_assert_null (cg_test_find_dialog (GTK_WINDOW (f->window)));

  g_assert_nonnull (cg_window_check_retention (f->window, after));
  dialog = cg_test_find_dialog (GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);
  text = dialog_text (dialog);
  g_assert_nonnull (strstr (text, "31 December 2099"));
  g_assert_nonnull (strstr (text, "Redesigning the Mental Health Officer service together"));

  /* Not Now: nothing changes */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  cg_test_wait_until (no_dialog, f->window);
  g_assert_false (cg_history_get_can_undo (cg_workshop_get_history (f->workshop)));
}

/* Opening a file past its date asks at once; its Remove Private Words takes out the words of
 * private notes and stories, keeps the cards, and is one undo step. */
static void
test_open_past_remove_words (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(GError) error = NULL;
  CgWindow *window;
  CgWorkshop *workshop;
  CgIdea *private, *story;
  guint n_ideas;
  g_autofree char *private_words = NULL;

  /* the sample, kept until a day gone by */
  cg_workshop_set_keep_until (f->workshop, "2020-01-31");
  g_assert_true (cg_workshop_save (f->workshop, file, NULL, &error));
  g_assert_no_error (error);

  window = cg_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  cg_window_load (window, file);
  cg_test_wait_until (dialog_shown, window);
  workshop = cg_window_get_workshop (window);
  n_ideas = g_list_model_get_n_items (cg_workshop_get_ideas (workshop));
  private = find_idea (workshop, TRUE);
  story = find_idea (workshop, FALSE);
  private_words = g_strdup (cg_idea_get_text (private));
  gtk_dialog_response (GTK_DIALOG (cg_test_find_dialog (GTK_WINDOW (window))), 2);
  cg_test_wait_until (no_dialog, window);

  g_assert_cmpstr (cg_idea_get_text (private), ==, "");
  g_assert_cmpstr (cg_idea_get_text (story), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (workshop)), ==, n_ideas);
  g_assert_nonnull (strstr (cg_notice_get_text (window->notice), "Removed the words of"));
  g_assert_true (cg_history_get_modified (cg_workshop_get_history (workshop)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (cg_idea_get_text (private), ==, private_words);

  cg_history_mark_clean (cg_workshop_get_history (workshop));
  gtk_window_destroy (GTK_WINDOW (window));
  cg_test_iterate ();
}

static gboolean
window_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Delete Workshop asks again; Cancel keeps everything, Delete removes the file, its backup and
 * its autosaved copy, and closes the window. */
static void
test_erase (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autofree char *copy_name = g_strconcat (cg_object_get_id (CG_OBJECT (f->workshop)), ".cgw",
                                            NULL);
  g_autofree char *copy = g_build_filename (f->dir, copy_name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkMessageDialog *dialog;

  /* a save (which keeps the backup) and an autosaved copy of a later change */
  g_assert_true (cg_workshop_save (f->workshop, file, NULL, &error));
  g_assert_no_error (error);
  cg_workshop_set_facilitator (f->workshop, "The peer team");
  g_assert_true (cg_autosave_flush (f->window->autosave, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.erase", NULL));
  cg_test_wait_until (dialog_shown, f->window);
  dialog = cg_test_find_dialog (GTK_WINDOW (f->window));
  text = dialog_text (dialog);
  g_assert_nonnull (strstr (text, "cannot be undone"));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  cg_test_wait_until (no_dialog, f->window);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));

  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.erase", NULL));
  cg_test_wait_until (dialog_shown, f->window);
  gtk_dialog_response (GTK_DIALOG (cg_test_find_dialog (GTK_WINDOW (f->window))),
                       GTK_RESPONSE_ACCEPT);
  cg_test_wait_until (window_gone, &f->window);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  g_assert_null (f->window);
}

static gboolean
withdraw_shown (gpointer window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) top = g_list_model_get_item (toplevels, i);

      if (CG_IS_WITHDRAW_DIALOG (top) && gtk_window_get_transient_for (top) == window &&
          gtk_widget_get_mapped (GTK_WIDGET (top)))
        return TRUE;
    }
  return FALSE;
}

static CgWithdrawDialog *
find_withdraw (GtkWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) top = g_list_model_get_item (toplevels, i);

      if (CG_IS_WITHDRAW_DIALOG (top) && gtk_window_get_transient_for (top) == window)
        return CG_WITHDRAW_DIALOG (top);
    }
  return NULL;
}

static gboolean
withdraw_gone (gpointer window)
{
  return find_withdraw (window) == NULL;
}

/* Remove a Person's Words lists a voice's ideas at an event; nothing picked, nothing can be
 * done; the picked ones go, in one undo step, and the log says so. */
static void
test_withdraw_dialog (Fixture       *f,
                      gconstpointer  data)
{
  CgVoice *voice = cg_test_nth (cg_workshop_get_voices (f->workshop), 0);
  CgEvent *event = cg_test_nth (cg_workshop_get_events (f->workshop), 0);
  CgHistory *history = cg_workshop_get_history (f->workshop);
  GListModel *ideas = cg_workshop_get_ideas (f->workshop);
  guint n_ideas = g_list_model_get_n_items (ideas);
  g_autoptr(GPtrArray) expected = cg_withdraw_find_ideas (f->workshop, voice, event);
  CgWithdrawDialog *dialog;
  CgIdea *gone;

  g_assert_cmpuint (expected->len, >=, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.withdraw", NULL));
  cg_test_wait_until (withdraw_shown, f->window);
  dialog = find_withdraw (GTK_WINDOW (f->window));
  cg_withdraw_dialog_show_ideas (dialog, voice, event);
  g_assert_cmpuint (cg_withdraw_dialog_get_n_listed (dialog), ==, expected->len);

  /* nothing picked: both buttons are off */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "withdraw.remove", NULL) &&
                  g_list_model_get_n_items (ideas) != n_ideas);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, n_ideas);

  gone = g_ptr_array_index (expected, 1);
  cg_withdraw_dialog_set_picked (dialog, 1, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "withdraw.remove", NULL));
  cg_test_wait_until (withdraw_gone, f->window);
  g_assert_cmpint (cg_workshop_index_of (f->workshop, gone), ==, -1);
  g_assert_cmpuint (g_list_model_get_n_items (ideas), <, n_ideas);
  g_assert_nonnull (strstr (cg_workshop_get_log (f->workshop), "at a person’s request"));
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 1);
  g_assert_true (cg_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, n_ideas);
}

static gboolean
properties_shown (gpointer window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) top = g_list_model_get_item (toplevels, i);

      if (CG_IS_WORKSHOP_PROPERTIES (top) && gtk_widget_get_mapped (GTK_WIDGET (top)))
        return TRUE;
    }
  return FALSE;
}

/* The Keep until field: a real date goes into the workshop (one undo step), anything else
 * waits and says how to write it, empty means the default the hint states. */
static void
test_properties_keep_until (Fixture       *f,
                            gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *properties = NULL;
  GtkEditable *entry;
  GtkLabel *hint;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.properties", NULL));
  cg_test_wait_until (properties_shown, f->window);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && properties == NULL; i++)
    if (CG_IS_WORKSHOP_PROPERTIES (cg_test_nth (toplevels, i)))
      properties = cg_test_nth (toplevels, i);
  entry = GTK_EDITABLE (gtk_widget_get_template_child (properties, CG_TYPE_WORKSHOP_PROPERTIES,
                                                       "keep_until_entry"));
  hint = GTK_LABEL (gtk_widget_get_template_child (properties, CG_TYPE_WORKSHOP_PROPERTIES,
                                                   "keep_until_hint"));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "2099-12-31");

  /* (replacing the text passes through an empty field, which is a change of its own) */
  gtk_editable_set_text (entry, "2031-02-30");
  g_assert_cmpstr (cg_workshop_get_keep_until (f->workshop), !=, "2031-02-30");
  g_assert_true (cg_text_is_valid_date (cg_workshop_get_keep_until (f->workshop)) ||
                 *cg_workshop_get_keep_until (f->workshop) == '\0');
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (hint), "YYYY-MM-DD"));

  gtk_editable_set_text (entry, "2031-02-28");
  g_assert_cmpstr (cg_workshop_get_keep_until (f->workshop), ==, "2031-02-28");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));

  /* empty: the settings' years after the last event (18 June 2026) */
  gtk_editable_set_text (entry, "");
  g_assert_cmpstr (cg_workshop_get_keep_until (f->workshop), ==, "");
  g_assert_nonnull (strstr (gtk_label_get_text (hint), "2028-06-18"));

  /* undo puts the field back too (edits of the date close together are one step, as typing) */
  g_assert_true (cg_history_undo (cg_workshop_get_history (f->workshop)));
  g_assert_cmpstr (cg_workshop_get_keep_until (f->workshop), ==, "2099-12-31");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "2099-12-31");
  gtk_window_destroy (GTK_WINDOW (properties));
}

static CgParticipationDialog *
find_participation (GtkWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) top = g_list_model_get_item (toplevels, i);

      if (CG_IS_PARTICIPATION_DIALOG (top) && gtk_window_get_transient_for (top) == window)
        return CG_PARTICIPATION_DIALOG (top);
    }
  return NULL;
}

static gboolean
participation_shown (gpointer window)
{
  CgParticipationDialog *dialog = find_participation (window);

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog));
}

static gboolean
participation_gone (gpointer window)
{
  return find_participation (window) == NULL;
}

/* The record of an unprotected workshop cannot be filled in and says why; protected, each
 * control changes the model as one undo step. */
static void
test_participation_record (Fixture       *f,
                           gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (f->workshop);
  GListModel *people = cg_workshop_get_participants (f->workshop);
  CgEvent *first_event = cg_test_nth (cg_workshop_get_events (f->workshop), 0);
  g_autoptr(GError) error = NULL;
  CgEnvelopeKey *key;
  CgParticipationDialog *dialog;
  CgParticipant *person;
  GtkWidget *row, *entry, *consent, *payment, *remove, *came;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.participation", NULL));
  cg_test_wait_until (participation_shown, f->window);
  dialog = find_participation (GTK_WINDOW (f->window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (gtk_window_get_child (
                     GTK_WINDOW (dialog)))), ==, "locked");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "participation.add", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  cg_test_wait_until (participation_gone, f->window);

  key = cg_envelope_key_new_with_cost ("correct horse", -1, 1, 1024 * 1024, &error);
  g_assert_no_error (error);
  cg_workshop_set_key (f->workshop, key);
  cg_envelope_key_unref (key);
  g_object_set (history, "coalesce-window", (gint64) 0, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.participation", NULL));
  cg_test_wait_until (participation_shown, f->window);
  dialog = find_participation (GTK_WINDOW (f->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "participation.add", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  person = cg_test_nth (people, 0);
  row = cg_participation_dialog_get_row (dialog, 0);
  entry = gtk_widget_get_first_child (gtk_widget_get_first_child (row));
  consent = gtk_widget_get_next_sibling (entry);
  payment = gtk_widget_get_next_sibling (consent);
  remove = gtk_widget_get_next_sibling (payment);
  came = gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (
                                         GTK_FLOW_BOX (gtk_widget_get_last_child (row)), 0));

  gtk_editable_set_text (GTK_EDITABLE (entry), "A. B.");
  g_assert_cmpstr (cg_participant_get_name (person), ==, "A. B.");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (consent), CG_CONSENT_NO);
  g_assert_cmpint (cg_participant_get_consent (person), ==, CG_CONSENT_NO);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (payment), CG_PAYMENT_DECLINED);
  g_assert_cmpint (cg_participant_get_payment (person), ==, CG_PAYMENT_DECLINED);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (came), TRUE);
  g_assert_true (cg_participant_get_attended (person, first_event));

  /* undo reaches the dialog too */
  g_assert_true (cg_history_undo (history));
  g_assert_false (cg_participant_get_attended (person, first_event));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (came)));

  g_signal_emit_by_name (remove, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
  cg_test_wait_until (participation_gone, f->window);
}

int
main (int   argc,
      char *argv[])
{
  cg_test_window_init (&argc, &argv);

#define ADD(path, func) g_test_add ("/window/retention/" path, Fixture, NULL, \
                                    cg_test_window_set_up, func, cg_test_window_tear_down)
  ADD ("past-date-asks", test_past_date_asks);
  ADD ("open-past-remove-words", test_open_past_remove_words);
  ADD ("erase", test_erase);
  ADD ("withdraw-dialog", test_withdraw_dialog);
  ADD ("properties-keep-until", test_properties_keep_until);
  ADD ("participation-record", test_participation_record);
#undef ADD

  return g_test_run ();
}
