/* test-capture-bar.c: typing, Enter and pasting add ideas with the bar's voice, kind and theme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "cg-test-wait.h"

#include "widgets/cg-capture-bar.h"

typedef struct
{
  CgWorkshop   *workshop;
  GtkWindow    *window;
  CgCaptureBar *bar;
  GPtrArray    *added; /* ideas reported by "idea-added" */
} Fixture;

static gpointer
nth_item (GListModel *model,
          guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, position);

  return item; /* borrowed: the workshop holds it */
}

static CgVoice *
nth_voice (Fixture *fixture,
           guint    position)
{
  return nth_item (cg_workshop_get_voices (fixture->workshop), position);
}

static CgTheme *
nth_theme (Fixture *fixture,
           guint    position)
{
  return nth_item (cg_workshop_get_themes (fixture->workshop), position);
}

static guint
n_ideas (Fixture *fixture)
{
  return g_list_model_get_n_items (cg_workshop_get_ideas (fixture->workshop));
}

static CgIdea *
last_idea (Fixture *fixture)
{
  return nth_item (cg_workshop_get_ideas (fixture->workshop), n_ideas (fixture) - 1);
}

static guint
n_undo (Fixture *fixture)
{
  return cg_history_get_n_undo (cg_workshop_get_history (fixture->workshop));
}

static GtkWidget *
bar_entry (Fixture *fixture)
{
  return gtk_widget_get_first_child (GTK_WIDGET (fixture->bar));
}

/* The bar's children: the entry, then the voice, kind and theme drop-downs. */
static GtkDropDown *
bar_dropdown (Fixture *fixture,
              guint    n)
{
  GtkWidget *child = bar_entry (fixture);

  for (guint i = 0; i <= n; i++)
    child = gtk_widget_get_next_sibling (child);
  return GTK_DROP_DOWN (child);
}

/* What Enter does: the entry's text widget emits "activate". */
static void
press_enter (Fixture *fixture)
{
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (bar_entry (fixture))),
                         "activate");
}

static void
idea_added_cb (CgCaptureBar *bar,
               CgIdea       *idea,
               GPtrArray    *added)
{
  g_ptr_array_add (added, g_object_ref (idea));
}

static void
wait_until_mapped (GtkWidget *widget)
{
  cg_test_wait_for (gtk_widget_get_mapped (widget));
}

static void
add_to (CgWorkshop *workshop,
        gpointer    object)
{
  cg_workshop_add (workshop, object);
  g_object_unref (object);
}

/* Three voices, two themes, two events (the newest last) and a window with the bar in it. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  with_events)
{
  fixture->workshop = cg_workshop_new ("Capture");
  if (GPOINTER_TO_INT (with_events))
    {
      add_to (fixture->workshop, cg_event_new ("March"));
      add_to (fixture->workshop, cg_event_new ("June"));
    }
  add_to (fixture->workshop, cg_voice_new ("Lived experience", "#e69f00"));
  add_to (fixture->workshop, cg_voice_new ("Family and carers", "#56b4e9"));
  add_to (fixture->workshop, cg_voice_new ("Staff and practitioners", "#009e73"));
  add_to (fixture->workshop, cg_theme_new ("First contacts", "#332288"));
  add_to (fixture->workshop, cg_theme_new ("Peer roles", "#cc6677"));
  cg_history_clear (cg_workshop_get_history (fixture->workshop));

  fixture->added = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->bar = CG_CAPTURE_BAR (cg_capture_bar_new ());
  g_signal_connect (fixture->bar, "idea-added", G_CALLBACK (idea_added_cb), fixture->added);
  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

    /* something focusable before the bar, so that focus in the entry is the bar's doing */
    gtk_box_append (GTK_BOX (box), gtk_button_new_with_label ("Before"));
    gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->bar));
    gtk_window_set_child (fixture->window, box);
  }
  cg_capture_bar_set_workshop (fixture->bar, fixture->workshop);
  gtk_window_present (fixture->window);
  wait_until_mapped (GTK_WIDGET (fixture->bar));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  g_ptr_array_unref (fixture->added);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (fixture->workshop);
}

static gboolean
focus_in_entry (Fixture *fixture)
{
  GtkWidget *focus = gtk_window_get_focus (fixture->window);

  return focus != NULL && (focus == bar_entry (fixture) ||
                           gtk_widget_is_ancestor (focus, bar_entry (fixture)));
}

static void
test_focused_on_open (Fixture       *fixture,
                      gconstpointer  data)
{
  g_assert_true (focus_in_entry (fixture));
  g_assert_null (cg_capture_bar_get_voice (fixture->bar));
  g_assert_null (cg_capture_bar_get_theme (fixture->bar));
  g_assert_cmpint (cg_capture_bar_get_kind (fixture->bar), ==, CG_IDEA_KIND_IDEA);
}

static void
test_enter_adds_idea (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *entry = bar_entry (fixture);
  CgEvent *newest = nth_item (cg_workshop_get_events (fixture->workshop), 1);
  guint steps = n_undo (fixture);
  CgIdea *idea;

  cg_capture_bar_set_voice (fixture->bar, nth_voice (fixture, 1));
  cg_capture_bar_set_kind (fixture->bar, CG_IDEA_KIND_STRENGTH);
  cg_capture_bar_set_theme (fixture->bar, nth_theme (fixture, 1));
  gtk_editable_set_text (GTK_EDITABLE (entry), "  A peer worker at the first visit ");
  press_enter (fixture);

  g_assert_cmpuint (n_ideas (fixture), ==, 1);
  idea = last_idea (fixture);
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "A peer worker at the first visit");
  g_assert_true (cg_idea_get_voice (idea) == nth_voice (fixture, 1));
  g_assert_cmpint (cg_idea_get_kind (idea), ==, CG_IDEA_KIND_STRENGTH);
  g_assert_true (cg_idea_get_theme (idea) == nth_theme (fixture, 1));
  g_assert_true (cg_idea_get_event (idea) == newest);
  g_assert_cmpuint (n_undo (fixture), ==, steps + 1);
  g_assert_cmpuint (fixture->added->len, ==, 1);
  g_assert_true (g_ptr_array_index (fixture->added, 0) == idea);

  /* the bar is ready for the next one, and keeps its choices */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_true (focus_in_entry (fixture));
  g_assert_true (cg_capture_bar_get_voice (fixture->bar) == nth_voice (fixture, 1));

  gtk_editable_set_text (GTK_EDITABLE (entry), "Second");
  press_enter (fixture);
  g_assert_cmpuint (n_ideas (fixture), ==, 2);
  g_assert_cmpuint (n_undo (fixture), ==, steps + 2);

  /* undo takes back the last one only */
  g_assert_true (cg_history_undo (cg_workshop_get_history (fixture->workshop)));
  g_assert_cmpuint (n_ideas (fixture), ==, 1);
  g_assert_cmpstr (cg_idea_get_text (last_idea (fixture)), ==, "A peer worker at the first visit");
}

static void
test_blank_adds_nothing (Fixture       *fixture,
                         gconstpointer  data)
{
  const char * const blanks[] = { "", "   ", " \t ", "\n\n  \r\n" };
  GtkWidget *entry = bar_entry (fixture);
  guint steps = n_undo (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (blanks); i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), blanks[i]);
      press_enter (fixture);
      g_assert_cmpuint (cg_capture_bar_add_text (fixture->bar, blanks[i]), ==, 0);
    }
  g_assert_cmpuint (cg_capture_bar_add_text (fixture->bar, NULL), ==, 0);
  g_assert_cmpuint (n_ideas (fixture), ==, 0);
  g_assert_cmpuint (n_undo (fixture), ==, steps);
  g_assert_cmpuint (fixture->added->len, ==, 0);
  g_assert_true (focus_in_entry (fixture));
}

static void
test_lines_are_one_step (Fixture       *fixture,
                         gconstpointer  data)
{
  CgHistory *history = cg_workshop_get_history (fixture->workshop);
  guint steps = n_undo (fixture);

  cg_capture_bar_set_kind (fixture->bar, CG_IDEA_KIND_QUESTION);
  g_assert_cmpuint (cg_capture_bar_add_text (fixture->bar,
                                             "Who calls first?\n\n  Can a carer come?  \r\n"
                                             "\t\nWhat happens at night?\n"), ==, 3);
  g_assert_cmpuint (n_ideas (fixture), ==, 3);
  g_assert_cmpuint (n_undo (fixture), ==, steps + 1);
  g_assert_cmpuint (fixture->added->len, ==, 3);
  {
    const char * const expected[] = {
      "Who calls first?", "Can a carer come?", "What happens at night?"
    };

    for (guint i = 0; i < 3; i++)
      {
        CgIdea *idea = nth_item (cg_workshop_get_ideas (fixture->workshop), i);

        g_assert_cmpstr (cg_idea_get_text (idea), ==, expected[i]);
        g_assert_cmpint (cg_idea_get_kind (idea), ==, CG_IDEA_KIND_QUESTION);
        g_assert_null (cg_idea_get_voice (idea));
        g_assert_null (cg_idea_get_theme (idea));
      }
  }

  g_assert_true (cg_history_undo (history));
  g_assert_cmpuint (n_ideas (fixture), ==, 0);
  g_assert_true (cg_history_redo (history));
  g_assert_cmpuint (n_ideas (fixture), ==, 3);
}

static void
test_first_idea_makes_event (Fixture       *fixture,
                             gconstpointer  data)
{
  GListModel *events = cg_workshop_get_events (fixture->workshop);
  CgHistory *history = cg_workshop_get_history (fixture->workshop);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  CgEvent *event;

  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 0);
  g_assert_cmpuint (cg_capture_bar_add_text (fixture->bar, "One\nTwo"), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
  event = nth_item (events, 0);
  g_assert_true (g_str_has_prefix (cg_event_get_title (event), "Workshop 1, "));
  g_assert_cmpstr (cg_event_get_date (event), ==, today);
  g_assert_true (cg_idea_get_event (last_idea (fixture)) == event);
  g_assert_cmpuint (n_undo (fixture), ==, 1);

  /* the next idea goes to the same event */
  cg_capture_bar_add_text (fixture->bar, "Three");
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
  g_assert_true (cg_idea_get_event (last_idea (fixture)) == event);

  g_assert_true (cg_history_undo (history));
  g_assert_true (cg_history_undo (history));
  g_assert_cmpuint (n_ideas (fixture), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 0);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_removed_choice_falls_back (Fixture       *fixture,
                                gconstpointer  data)
{
  CgWorkshop *workshop = fixture->workshop;
  g_autoptr(CgVoice) staff = g_object_ref (nth_voice (fixture, 2));
  g_autoptr(CgTheme) peers = g_object_ref (nth_theme (fixture, 1));
  GtkDropDown *voices = bar_dropdown (fixture, 0);
  GtkDropDown *themes = bar_dropdown (fixture, 2);
  guint voice_notifies = 0;

  cg_capture_bar_set_voice (fixture->bar, staff);
  cg_capture_bar_set_theme (fixture->bar, peers);
  g_assert_cmpuint (gtk_drop_down_get_selected (voices), ==, 3);
  g_signal_connect (fixture->bar, "notify::voice", G_CALLBACK (count_notify_cb), &voice_notifies);

  /* removing another voice keeps the choice, shown at its new place */
  cg_workshop_remove (workshop, nth_voice (fixture, 0));
  g_assert_true (cg_capture_bar_get_voice (fixture->bar) == staff);
  g_assert_cmpuint (gtk_drop_down_get_selected (voices), ==, 2);
  g_assert_cmpuint (voice_notifies, ==, 0);

  /* removing the chosen one falls back to "No voice", not to a neighbour */
  cg_workshop_remove (workshop, staff);
  g_assert_null (cg_capture_bar_get_voice (fixture->bar));
  g_assert_cmpuint (gtk_drop_down_get_selected (voices), ==, 0);
  g_assert_cmpuint (voice_notifies, ==, 1);
  cg_workshop_remove (workshop, peers);
  g_assert_null (cg_capture_bar_get_theme (fixture->bar));
  g_assert_cmpuint (gtk_drop_down_get_selected (themes), ==, 0);

  cg_capture_bar_add_text (fixture->bar, "After the removal");
  g_assert_null (cg_idea_get_voice (last_idea (fixture)));
  g_assert_null (cg_idea_get_theme (last_idea (fixture)));

  /* the lists follow the workshop, undo included */
  cg_history_undo (cg_workshop_get_history (workshop));
  cg_history_undo (cg_workshop_get_history (workshop));
  cg_history_undo (cg_workshop_get_history (workshop));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (voices)), ==, 1 + 2);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (themes)), ==, 1 + 2);
  g_assert_true (nth_item (gtk_drop_down_get_model (voices), 2) == (gpointer) staff);
  g_assert_null (cg_capture_bar_get_voice (fixture->bar));
}

/* The drop-downs and the setters agree on the choice. */
static void
test_choices (Fixture       *fixture,
              gconstpointer  data)
{
  GtkDropDown *voices = bar_dropdown (fixture, 0);
  GtkDropDown *kinds = bar_dropdown (fixture, 1);
  GtkDropDown *themes = bar_dropdown (fixture, 2);

  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (voices)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (kinds)), ==,
                    CG_IDEA_KIND_LAST + 1);

  gtk_drop_down_set_selected (voices, 2);
  g_assert_true (cg_capture_bar_get_voice (fixture->bar) == nth_voice (fixture, 1));
  gtk_drop_down_set_selected (kinds, CG_IDEA_KIND_STORY);
  g_assert_cmpint (cg_capture_bar_get_kind (fixture->bar), ==, CG_IDEA_KIND_STORY);
  gtk_drop_down_set_selected (themes, 1);
  g_assert_true (cg_capture_bar_get_theme (fixture->bar) == nth_theme (fixture, 0));

  cg_capture_bar_set_voice (fixture->bar, nth_voice (fixture, 2));
  g_assert_cmpuint (gtk_drop_down_get_selected (voices), ==, 3);
  cg_capture_bar_set_voice (fixture->bar, NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (voices), ==, 0);

  cg_capture_bar_set_theme (fixture->bar, NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (themes), ==, 0);
  cg_capture_bar_set_kind (fixture->bar, CG_IDEA_KIND_DEVELOPMENT);
  g_assert_cmpuint (gtk_drop_down_get_selected (kinds), ==, CG_IDEA_KIND_DEVELOPMENT);

  /* a voice added to the workshop can be chosen at once */
  {
    g_autoptr(CgVoice) community = cg_voice_new ("Community", "#cc79a7");

    cg_workshop_add (fixture->workshop, community);
    g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (voices)), ==, 5);
    cg_capture_bar_set_voice (fixture->bar, community);
    g_assert_cmpuint (gtk_drop_down_get_selected (voices), ==, 4);
  }
}

static void
test_max_length (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *entry = bar_entry (fixture);
  g_autofree char *long_text = g_strnfill (CG_IDEA_MAX_TEXT + 50, 'a');

  g_assert_cmpint (gtk_entry_get_max_length (GTK_ENTRY (entry)), ==, CG_IDEA_MAX_TEXT);
  gtk_editable_set_text (GTK_EDITABLE (entry), long_text);
  g_assert_cmpuint (g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (entry)), -1), ==,
                    CG_IDEA_MAX_TEXT);
  press_enter (fixture);
  g_assert_cmpuint (g_utf8_strlen (cg_idea_get_text (last_idea (fixture)), -1), ==,
                    CG_IDEA_MAX_TEXT);
}

/* Paste @text into the entry as Ctrl+V would. */
static void
paste (Fixture    *fixture,
       const char *text)
{
  GtkWidget *entry = bar_entry (fixture);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (entry), text);
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "paste-clipboard");
}

static GtkMessageDialog *
shown_question (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static GtkMessageDialog *
wait_for_question (void)
{
  GtkMessageDialog *question = NULL;

  cg_test_wait_for ((question = shown_question ()) != NULL);
  return question;
}

static void
wait_for_text (Fixture    *fixture,
               const char *text)
{
  cg_test_wait_for (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (bar_entry (fixture))),
                               text) == 0);
}

static void
answer (GtkMessageDialog *dialog,
        int               response)
{
  g_autofree char *question = NULL;

  g_object_get (dialog, "text", &question, NULL);
  g_assert_cmpstr (question, ==, "Add 3 ideas, one per line?");
  gtk_dialog_response (GTK_DIALOG (dialog), response);
}

static void
test_paste_lines_asks (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *entry = bar_entry (fixture);
  guint steps = n_undo (fixture);

  /* one line goes into the entry at the cursor, without a question */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Said: ");
  gtk_editable_set_position (GTK_EDITABLE (entry), -1);
  paste (fixture, "\n  a warm first letter \n");
  wait_for_text (fixture, "Said: a warm first letter");
  g_assert_cmpuint (n_ideas (fixture), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");

  /* several lines: cancel adds nothing */
  paste (fixture, "one\ntwo\n\nthree\n");
  answer (wait_for_question (), GTK_RESPONSE_CANCEL);
  g_assert_cmpuint (n_ideas (fixture), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  /* "Paste as one idea" puts them in the entry, on one line */
  paste (fixture, "one\ntwo\n\nthree\n");
  answer (wait_for_question (), 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "one two three");
  g_assert_cmpuint (n_ideas (fixture), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");

  /* "Add" adds one idea per line, as one step, and focus comes back */
  cg_capture_bar_set_voice (fixture->bar, nth_voice (fixture, 0));
  paste (fixture, "one\r\ntwo\r\n\r\nthree");
  answer (wait_for_question (), GTK_RESPONSE_ACCEPT);
  g_assert_cmpuint (n_ideas (fixture), ==, 3);
  g_assert_cmpuint (n_undo (fixture), ==, steps + 1);
  g_assert_true (cg_idea_get_voice (last_idea (fixture)) == nth_voice (fixture, 0));
  g_assert_cmpstr (cg_idea_get_text (last_idea (fixture)), ==, "three");
  g_assert_true (focus_in_entry (fixture));
}

/* A theme key pressed while typing files that idea only; the drop-down's own choice lasts. */
static void
test_typed_theme (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkDropDown *themes = bar_dropdown (fixture, 2);
  CgTheme *first = nth_theme (fixture, 0);
  CgTheme *second = nth_theme (fixture, 1);
  guint notified = 0;

  g_signal_connect (fixture->bar, "notify::theme", G_CALLBACK (count_notify_cb), &notified);
  cg_capture_bar_set_theme (fixture->bar, first);
  cg_capture_bar_set_typed_theme (fixture->bar, second);
  g_assert_true (cg_capture_bar_get_theme (fixture->bar) == second);
  g_assert_true (cg_capture_bar_get_theme_is_typed (fixture->bar));
  g_assert_cmpuint (gtk_drop_down_get_selected (themes), ==, 2);
  g_assert_cmpuint (notified, ==, 2);

  /* the idea being typed goes there; the one after goes where the drop-down said */
  g_assert_cmpuint (cg_capture_bar_add_text (fixture->bar, "One"), ==, 1);
  g_assert_true (cg_idea_get_theme (last_idea (fixture)) == second);
  g_assert_true (cg_capture_bar_get_theme (fixture->bar) == first);
  g_assert_false (cg_capture_bar_get_theme_is_typed (fixture->bar));
  g_assert_cmpuint (gtk_drop_down_get_selected (themes), ==, 1);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_cmpuint (cg_capture_bar_add_text (fixture->bar, "Two"), ==, 1);
  g_assert_true (cg_idea_get_theme (last_idea (fixture)) == first);

  /* Unsorted for the idea being typed, then back */
  cg_capture_bar_set_typed_theme (fixture->bar, NULL);
  g_assert_cmpuint (cg_capture_bar_add_text (fixture->bar, "Three"), ==, 1);
  g_assert_null (cg_idea_get_theme (last_idea (fixture)));
  g_assert_true (cg_capture_bar_get_theme (fixture->bar) == first);

  /* choosing in the drop-down meanwhile makes a choice that lasts */
  cg_capture_bar_set_typed_theme (fixture->bar, second);
  gtk_drop_down_set_selected (themes, 0);
  g_assert_false (cg_capture_bar_get_theme_is_typed (fixture->bar));
  cg_capture_bar_add_text (fixture->bar, "Four");
  g_assert_null (cg_idea_get_theme (last_idea (fixture)));
  g_assert_null (cg_capture_bar_get_theme (fixture->bar));

  /* the lasting theme left the workshop meanwhile: back to Unsorted */
  cg_capture_bar_set_theme (fixture->bar, first);
  cg_capture_bar_set_typed_theme (fixture->bar, second);
  cg_workshop_remove (fixture->workshop, first);
  cg_capture_bar_add_text (fixture->bar, "Five");
  g_assert_true (cg_idea_get_theme (last_idea (fixture)) == second);
  g_assert_null (cg_capture_bar_get_theme (fixture->bar));
  g_signal_handlers_disconnect_by_func (fixture->bar, count_notify_cb, &notified);
}

static void
test_has_text_and_focus (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *entry = bar_entry (fixture);

  g_assert_false (cg_capture_bar_has_text (fixture->bar));
  gtk_editable_set_text (GTK_EDITABLE (entry), " \t ");
  g_assert_false (cg_capture_bar_has_text (fixture->bar));
  gtk_editable_set_text (GTK_EDITABLE (entry), "  a");
  g_assert_true (cg_capture_bar_has_text (fixture->bar));

  g_assert_true (cg_capture_bar_has_focus (fixture->bar));
  gtk_widget_grab_focus (gtk_widget_get_prev_sibling (GTK_WIDGET (fixture->bar)));
  g_assert_false (cg_capture_bar_has_focus (fixture->bar));
  gtk_widget_grab_focus (GTK_WIDGET (bar_dropdown (fixture, 1)));
  g_assert_true (cg_capture_bar_has_focus (fixture->bar));
}

typedef struct
{
  GPtrArray *names;     /* given to the callback */
  guint      n_freed;
} Answers;

static void
named_cb (const char *name,
          gpointer    user_data)
{
  Answers *answers = user_data;

  g_ptr_array_add (answers->names, g_strdup (name));
}

static void
answer_freed_cb (gpointer user_data)
{
  Answers *answers = user_data;

  answers->n_freed++;
}

static GtkPopover *
question (Fixture *fixture)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->bar));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER (child))
        return GTK_POPOVER (child);
    }
  return NULL;
}

/* The question's entry: where the focus is while it is asked. */
static GtkEditable *
question_entry (Fixture *fixture)
{
  GtkWidget *focus = gtk_window_get_focus (fixture->window);

  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (question (fixture))));
  g_assert_true (GTK_IS_EDITABLE (focus));
  return GTK_EDITABLE (focus);
}

static void
ask (Fixture *fixture,
     Answers *answers,
     GType    type)
{
  cg_capture_bar_ask_name (fixture->bar, type, "There is no theme 5 yet.", "Theme 5", named_cb,
                           answers, answer_freed_cb);
  g_assert_true (cg_capture_bar_is_asking (fixture->bar));
}

/* Escape, as its key would */
static void
press_escape (Fixture *fixture)
{
  g_autoptr(GListModel) controllers =
    gtk_widget_observe_controllers (GTK_WIDGET (question (fixture)));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      g_autoptr(GtkShortcut) shortcut = NULL;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      shortcut = g_list_model_get_item (G_LIST_MODEL (controller), 0);
      if (shortcut == NULL)
        continue;
      g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                   GTK_WIDGET (question (fixture)), NULL));
      return;
    }
  g_assert_not_reached ();
}

/* A name asked for: Enter gives it, Escape gives nothing, a click elsewhere gives it too, a
 * second question drops the first; each time the focus goes back to where it was. */
static void
test_ask_name (Fixture       *fixture,
               gconstpointer  data)
{
  Answers answers = { g_ptr_array_new_with_free_func (g_free), 0 };
  GtkEditable *entry;
  int start, end;

  g_assert_false (cg_capture_bar_is_asking (fixture->bar));
  gtk_editable_set_text (GTK_EDITABLE (bar_entry (fixture)), "typed so far");

  /* offered, selected so that typing replaces it; Enter gives the name, stripped */
  ask (fixture, &answers, CG_TYPE_THEME);
  g_assert_false (cg_capture_bar_has_focus (fixture->bar));
  entry = question_entry (fixture);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Theme 5");
  g_assert_true (gtk_editable_get_selection_bounds (entry, &start, &end));
  g_assert_cmpint (end - start, ==, 7);
  gtk_editable_set_text (entry, "  Peer workers ");
  g_signal_emit_by_name (entry, "activate");
  g_assert_false (cg_capture_bar_is_asking (fixture->bar));
  g_assert_cmpuint (answers.names->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (answers.names, 0), ==, "Peer workers");
  g_assert_cmpuint (answers.n_freed, ==, 1);
  g_assert_true (focus_in_entry (fixture));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (bar_entry (fixture))), ==,
                   "typed so far");

  /* Escape: nothing */
  ask (fixture, &answers, CG_TYPE_VOICE);
  press_escape (fixture);
  g_assert_false (cg_capture_bar_is_asking (fixture->bar));
  g_assert_cmpuint (answers.names->len, ==, 1);
  g_assert_cmpuint (answers.n_freed, ==, 2);
  g_assert_true (focus_in_entry (fixture));

  /* an empty name: nothing */
  ask (fixture, &answers, CG_TYPE_THEME);
  gtk_editable_set_text (question_entry (fixture), "  ");
  g_signal_emit_by_name (question_entry (fixture), "activate");
  g_assert_cmpuint (answers.names->len, ==, 1);
  g_assert_cmpuint (answers.n_freed, ==, 3);

  /* a second question drops the first; closing it otherwise than by Escape keeps the name */
  ask (fixture, &answers, CG_TYPE_THEME);
  ask (fixture, &answers, CG_TYPE_VOICE);
  g_assert_cmpuint (answers.n_freed, ==, 4);
  g_assert_cmpuint (answers.names->len, ==, 1);
  gtk_popover_popdown (question (fixture));
  g_assert_cmpuint (answers.names->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (answers.names, 1), ==, "Theme 5");
  g_assert_cmpuint (answers.n_freed, ==, 5);

  /* a question open when the bar goes frees what it was given, and calls nothing */
  ask (fixture, &answers, CG_TYPE_THEME);
  gtk_window_destroy (fixture->window);
  fixture->window = NULL;
  g_assert_cmpuint (answers.names->len, ==, 2);
  g_assert_cmpuint (answers.n_freed, ==, 6);
  g_ptr_array_unref (answers.names);
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("no display: skipping the capture bar tests\n");
      return 77;
    }
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func, events) \
  g_test_add ("/widgets/capture-bar/" path, Fixture, GINT_TO_POINTER (events), \
              fixture_set_up, func, fixture_tear_down)
  ADD ("focused-on-open", test_focused_on_open, TRUE);
  ADD ("enter-adds-idea", test_enter_adds_idea, TRUE);
  ADD ("blank-adds-nothing", test_blank_adds_nothing, TRUE);
  ADD ("lines-are-one-step", test_lines_are_one_step, TRUE);
  ADD ("first-idea-makes-event", test_first_idea_makes_event, FALSE);
  ADD ("removed-choice-falls-back", test_removed_choice_falls_back, TRUE);
  ADD ("choices", test_choices, TRUE);
  ADD ("max-length", test_max_length, TRUE);
  ADD ("paste-lines-asks", test_paste_lines_asks, TRUE);
  ADD ("typed-theme", test_typed_theme, TRUE);
  ADD ("has-text-and-focus", test_has_text_and_focus, TRUE);
  ADD ("ask-name", test_ask_name, TRUE);
#undef ADD

  return g_test_run ();
}
