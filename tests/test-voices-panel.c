/* test-voices-panel.c: attendance edited in the panel, shares shown, voices not heard yet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "io/cg-io.h"
#include "model/cg-balance.h"
#include "widgets/cg-voices-panel.h"

typedef struct
{
  CgWorkshop    *workshop;
  GtkWindow     *window;
  CgVoicesPanel *panel;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "sample.cgw", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  fixture->workshop = cg_workshop_load (file, NULL, &error);
  g_assert_no_error (error);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->panel = CG_VOICES_PANEL (cg_voices_panel_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->panel));
  gtk_window_set_default_size (fixture->window, 300, 700);
  cg_voices_panel_set_workshop (fixture->panel, fixture->workshop);
  gtk_window_present (fixture->window);
}

static void
flush (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  flush ();
  g_assert_finalize_object (fixture->workshop);
}

static gpointer
nth_item (GListModel *model,
          guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, position);

  return item; /* borrowed: the workshop holds it */
}

static CgEvent *
newest_event (Fixture *fixture)
{
  GListModel *events = cg_workshop_get_events (fixture->workshop);

  return nth_item (events, g_list_model_get_n_items (events) - 1);
}

/* The widgets called @name under @widget, in order. */
static void
collect_named (GtkWidget  *widget,
               const char *name,
               GPtrArray  *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        g_ptr_array_add (found, child);
      collect_named (child, name, found);
    }
}

static GPtrArray *
find_named (Fixture    *fixture,
            const char *name)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_named (GTK_WIDGET (fixture->panel), name, found);
  return found;
}

static GtkSpinButton *
attendance_spin (Fixture *fixture,
                 guint    position)
{
  g_autoptr(GPtrArray) spins = find_named (fixture, "attendance");

  g_assert_cmpuint (position, <, spins->len);
  return g_ptr_array_index (spins, position);
}

/* The "not heard yet" lines, one string. */
static char *
not_heard_text (Fixture *fixture)
{
  g_autoptr(GPtrArray) boxes = find_named (fixture, "not-heard");
  GString *text = g_string_new (NULL);

  g_assert_cmpuint (boxes->len, ==, 1);
  for (GtkWidget *line = gtk_widget_get_first_child (g_ptr_array_index (boxes, 0)); line != NULL;
       line = gtk_widget_get_next_sibling (line))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (line)));
  return g_string_free (text, FALSE);
}

static void
test_attendance_spin (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *voices = cg_workshop_get_voices (fixture->workshop);
  CgHistory *history = cg_workshop_get_history (fixture->workshop);
  CgVoice *lived = nth_item (voices, 0);
  CgEvent *june = newest_event (fixture);
  CgEvent *march = nth_item (cg_workshop_get_events (fixture->workshop), 0);
  g_autoptr(GPtrArray) spins = find_named (fixture, "attendance");
  GtkSpinButton *spin = attendance_spin (fixture, 0);

  g_assert_cmpuint (spins->len, ==, g_list_model_get_n_items (voices));
  for (guint i = 0; i < spins->len; i++)
    g_assert_cmpint (gtk_spin_button_get_value_as_int (g_ptr_array_index (spins, i)), ==,
                     cg_voice_get_attendance (nth_item (voices, i), june));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (spin)), ==,
                   "People from Lived experience in the room");

  gtk_spin_button_set_value (spin, 20);
  g_assert_cmpuint (cg_voice_get_attendance (lived, june), ==, 20);
  g_assert_cmpuint (cg_voice_get_attendance (lived, march), ==, 11);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 1);

  g_assert_true (cg_history_undo (history));
  g_assert_cmpuint (cg_voice_get_attendance (lived, june), ==, 9);
  flush ();
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 9);
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 0);

  /* another event: its own counts */
  cg_voices_panel_set_event (fixture->panel, march);
  flush ();
  g_assert_cmpint (gtk_spin_button_get_value_as_int (attendance_spin (fixture, 0)), ==, 11);
  gtk_spin_button_set_value (attendance_spin (fixture, 0), 12);
  g_assert_cmpuint (cg_voice_get_attendance (lived, march), ==, 12);
  g_assert_cmpuint (cg_voice_get_attendance (lived, june), ==, 9);
}

static char *
format_share (double share)
{
  return g_strdup_printf ("%.0f%%", share * 100);
}

static void
assert_shares_shown (Fixture *fixture,
                     CgEvent *event)
{
  g_autoptr(GArray) balance = cg_balance_compute (fixture->workshop, event);
  g_autoptr(GPtrArray) ideas = find_named (fixture, "idea-share");
  g_autoptr(GPtrArray) room = find_named (fixture, "room-share");

  g_assert_cmpuint (ideas->len, ==, balance->len);
  g_assert_cmpuint (room->len, ==, balance->len);
  for (guint i = 0; i < balance->len; i++)
    {
      CgVoiceBalance *entry = &g_array_index (balance, CgVoiceBalance, i);
      g_autofree char *idea_share = format_share (entry->idea_share);
      g_autofree char *room_share = format_share (entry->room_share);

      g_assert_cmpstr (gtk_label_get_text (g_ptr_array_index (ideas, i)), ==, idea_share);
      g_assert_cmpstr (gtk_label_get_text (g_ptr_array_index (room, i)), ==, room_share);
    }
}

static void
test_shares_shown (Fixture       *fixture,
                   gconstpointer  data)
{
  GListModel *voices = cg_workshop_get_voices (fixture->workshop);
  CgEvent *june = newest_event (fixture);
  g_autoptr(CgIdea) idea = cg_idea_new ("More peer support at night");
  g_autoptr(GPtrArray) room = NULL;

  assert_shares_shown (fixture, june);
  /* by hand: 9 of the 28 people in the room in June are of lived experience */
  room = find_named (fixture, "room-share");
  g_assert_cmpstr (gtk_label_get_text (g_ptr_array_index (room, 0)), ==, "32%");

  /* several changes, shown together once the main loop turns */
  cg_voice_set_attendance (nth_item (voices, 3), june, 30);
  cg_idea_set_event (idea, june);
  cg_idea_set_voice (idea, nth_item (voices, 1));
  cg_workshop_add (fixture->workshop, idea);
  cg_voice_set_attendance (nth_item (voices, 0), june, 1);
  flush ();
  assert_shares_shown (fixture, june);

  /* a voice removed: its row goes; undo brings it back */
  cg_workshop_remove (fixture->workshop, nth_item (voices, 2));
  flush ();
  assert_shares_shown (fixture, june);
  cg_history_undo (cg_workshop_get_history (fixture->workshop));
  flush ();
  assert_shares_shown (fixture, june);
  g_assert_cmpuint (g_list_model_get_n_items (voices), ==, 4);
}

/* A theme and a voice in the room at the newest event with no idea of that voice in it. */
static gboolean
find_unheard (Fixture  *fixture,
              CgTheme **theme_out,
              CgVoice **voice_out)
{
  GListModel *themes = cg_workshop_get_themes (fixture->workshop);
  GListModel *voices = cg_workshop_get_voices (fixture->workshop);
  CgEvent *event = newest_event (fixture);

  for (guint t = 0; t < g_list_model_get_n_items (themes); t++)
    for (guint v = 0; v < g_list_model_get_n_items (voices); v++)
      {
        CgTheme *theme = nth_item (themes, t);
        CgVoice *voice = nth_item (voices, v);

        if (cg_voice_get_attendance (voice, event) > 0 &&
            !cg_balance_voice_in_theme (fixture->workshop, voice, theme, event))
          {
            *theme_out = theme;
            *voice_out = voice;
            return TRUE;
          }
      }
  return FALSE;
}

/* The line of @text about @theme, or NULL. */
static char *
line_of_theme (const char *text,
               CgTheme    *theme)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *prefix = g_strdup_printf ("%s: ", cg_theme_get_name (theme));

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strdup (lines[i]);
  return NULL;
}

static void
test_not_heard_updates (Fixture       *fixture,
                        gconstpointer  data)
{
  CgTheme *theme = NULL;
  CgVoice *voice = NULL;
  g_autofree char *before = NULL;
  g_autofree char *line = NULL;
  g_autofree char *after = NULL;
  g_autofree char *line_after = NULL;
  g_autoptr(CgIdea) idea = cg_idea_new ("Peer workers in the crisis team");

  g_assert_true (find_unheard (fixture, &theme, &voice));
  before = not_heard_text (fixture);
  line = line_of_theme (before, theme);
  g_assert_nonnull (line);
  g_assert_nonnull (strstr (line, cg_voice_get_name (voice)));

  cg_idea_set_event (idea, newest_event (fixture));
  cg_idea_set_voice (idea, voice);
  cg_idea_set_theme (idea, theme);
  cg_workshop_add (fixture->workshop, idea);
  flush ();
  after = not_heard_text (fixture);
  line_after = line_of_theme (after, theme);
  g_assert_true (line_after == NULL || strstr (line_after, cg_voice_get_name (voice)) == NULL);

  /* undo: not heard again */
  cg_history_undo (cg_workshop_get_history (fixture->workshop));
  flush ();
  g_free (after);
  after = not_heard_text (fixture);
  g_assert_cmpstr (after, ==, before);
}

static void
test_add_voice (Fixture       *fixture,
                gconstpointer  data)
{
  GListModel *voices = cg_workshop_get_voices (fixture->workshop);
  g_autoptr(GPtrArray) spins = NULL;
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (fixture->panel));
  GtkWidget *add = gtk_widget_get_last_child (header);
  CgVoice *voice;

  g_assert_true (GTK_IS_BUTTON (add));
  g_signal_emit_by_name (add, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (voices), ==, 5);
  voice = nth_item (voices, 4);
  g_assert_cmpstr (cg_voice_get_name (voice), ==, "New voice");
  /* a colour the other voices do not have */
  for (guint i = 0; i < 4; i++)
    g_assert_cmpstr (cg_voice_get_colour (nth_item (voices, i)), !=, cg_voice_get_colour (voice));
  flush ();
  spins = find_named (fixture, "attendance");
  g_assert_cmpuint (spins->len, ==, 5);

  cg_history_undo (cg_workshop_get_history (fixture->workshop));
  flush ();
  g_ptr_array_unref (spins);
  spins = find_named (fixture, "attendance");
  g_assert_cmpuint (spins->len, ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("no display: skipping the voices panel tests\n");
      return 77;
    }
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/widgets/voices-panel/attendance-spin", Fixture, NULL,
              fixture_set_up, test_attendance_spin, fixture_tear_down);
  g_test_add ("/widgets/voices-panel/shares-shown", Fixture, NULL,
              fixture_set_up, test_shares_shown, fixture_tear_down);
  g_test_add ("/widgets/voices-panel/not-heard-updates", Fixture, NULL,
              fixture_set_up, test_not_heard_updates, fixture_tear_down);
  g_test_add ("/widgets/voices-panel/add-voice", Fixture, NULL,
              fixture_set_up, test_add_voice, fixture_tear_down);

  return g_test_run ();
}
