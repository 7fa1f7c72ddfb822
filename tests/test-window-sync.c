/* test-window-sync.c: the window with its file in a synced folder: other laptops' saves
 * replacing the file under it (by another process), conflicted copies of both engines'
 * naming, a hostile copy, our own save, undo of an arrival, and the Share page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "cg-test-util.h"
#include "cg-test-window.h"
#include "io/cg-io.h"
#include "widgets/cg-share-page.h"

typedef CgTestWindow Fixture;

static guint
n_ideas (CgWorkshop *workshop)
{
  return g_list_model_get_n_items (cg_workshop_get_ideas (workshop));
}

static CgHistory *
history_of (Fixture *f)
{
  return cg_workshop_get_history (f->workshop);
}

static CgSyncWatch *
watch_of (Fixture *f)
{
  CgSyncWatch *watch = cg_window_sync_get_watch (f->window);

  g_assert_nonnull (watch);
  return watch;
}

static gboolean
watch_idle (gpointer data)
{
  Fixture *f = data;

  return !cg_sync_watch_get_busy (watch_of (f));
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  cg_test_window_set_up (f, data);
  g_object_set (watch_of (f), "settle-time", 50, NULL);
  cg_test_wait_until (watch_idle, f);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  GtkMessageDialog *dialog = cg_test_find_dialog (GTK_WINDOW (f->window));

  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  cg_laptop_set_name (cg_window_sync_get_laptop (f->window), NULL);
  cg_test_window_tear_down (f, data);
}

/* Another laptop */

static void
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* The workshop as the file holds it now: what another laptop opened. */
static CgWorkshop *
their_copy (Fixture *f)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->path);
  g_autoptr(GError) error = NULL;
  CgWorkshop *workshop = cg_workshop_load (file, NULL, &error);

  g_assert_no_error (error);
  return workshop;
}

static void
add_ideas (CgWorkshop *workshop,
           guint       n,
           const char *laptop)
{
  CgEvent *event = cg_test_nth (cg_workshop_get_events (workshop), 0);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("Said at %s, %u", laptop, i);
      CgIdea *idea = cg_test_add (workshop, cg_idea_new (text));

      cg_idea_set_event (idea, event);
      cg_idea_set_laptop (idea, laptop);
    }
}

/* @workshop saved by another process into @name beside the file, the way Syncthing delivers
 * it: a temporary name in the folder, renamed over. Returns what was written. */
static char *
deliver (Fixture    *f,
         CgWorkshop *workshop,
         const char *name)
{
  g_autofree char *scratch_dir = g_dir_make_tmp ("cg-laptop-XXXXXX", NULL);
  g_autofree char *scratch = g_build_filename (scratch_dir, "theirs.cgw", NULL);
  g_autofree char *temp = g_build_filename (f->dir, ".syncthing.theirs.tmp", NULL);
  g_autofree char *target = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (scratch);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (cg_workshop_save (workshop, file, NULL, &error));
  g_assert_true (g_file_get_contents (scratch, &contents, NULL, NULL));
  run ((const char *[]) { "cp", scratch, temp, NULL });
  run ((const char *[]) { "mv", temp, target, NULL });
  cg_test_remove_tree (scratch_dir);
  return contents;
}

static char *
read_text (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

typedef struct
{
  Fixture *f;
  guint    n;
} Count;

static gboolean
has_n_ideas (gpointer data)
{
  Count *count = data;

  return n_ideas (count->f->workshop) == count->n && watch_idle (count->f);
}

static void
wait_for_ideas (Fixture *f,
                guint    n)
{
  Count count = { f, n };

  cg_test_wait_until (has_n_ideas, &count);
}

static gboolean
has_idea (CgWorkshop *workshop,
          const char *text)
{
  GListModel *ideas = cg_workshop_get_ideas (workshop);

  for (guint i = 0; i < g_list_model_get_n_items (ideas); i++)
    if (g_strcmp0 (cg_idea_get_text (cg_test_nth (ideas, i)), text) == 0)
      return TRUE;
  return FALSE;
}

/* Arrivals */

/* Another laptop's save replaces the file: its three ideas join the open workshop as one undo
 * step, told in the notice; the window matches its file, so it stays saved. Undo takes them
 * out again, and a later look does not bring them back. */
static void
test_arrival (Fixture       *f,
              gconstpointer  data)
{
  guint before = n_ideas (f->workshop);
  guint steps = cg_history_get_n_undo (history_of (f));
  g_autoptr(CgWorkshop) theirs = their_copy (f);
  g_autofree char *written = NULL;
  g_autofree char *on_disk = NULL;

  add_ideas (theirs, 3, "Table 2");
  written = deliver (f, theirs, "workshop.cgw");
  wait_for_ideas (f, before + 3);

  g_assert_true (has_idea (f->workshop, "Said at Table 2, 2"));
  g_assert_cmpuint (cg_history_get_n_undo (history_of (f)), ==, steps + 1);
  g_assert_cmpstr (cg_notice_get_text (f->window->notice), ==, "3 ideas arrived from Table 2");
  g_assert_false (cg_history_get_modified (history_of (f)));
  g_assert_cmpuint (cg_window_sync_get_n_merged (f->window), ==, 1);
  /* nothing written back: the file is theirs, byte for byte */
  on_disk = read_text (f->path);
  g_assert_cmpstr (on_disk, ==, written);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (n_ideas (f->workshop), ==, before);
  g_assert_false (has_idea (f->workshop, "Said at Table 2, 0"));
  g_assert_null (cg_notice_get_text (f->window->notice));

  cg_sync_watch_check (watch_of (f));
  cg_test_wait_until (watch_idle, f);
  g_assert_cmpuint (n_ideas (f->workshop), ==, before);
  g_assert_cmpuint (cg_window_sync_get_n_merged (f->window), ==, 1);
}

/* Unsaved work is never replaced: the arrival joins it, the window stays unsaved, and the
 * window does not write the file. */
static void
test_unsaved_work (Fixture       *f,
                   gconstpointer  data)
{
  guint before = n_ideas (f->workshop);
  g_autoptr(CgWorkshop) theirs = their_copy (f);
  g_autofree char *written = NULL;
  g_autofree char *on_disk = NULL;

  cg_capture_bar_add_text (f->capture_bar, "Not saved yet, and never to be lost");
  g_assert_true (cg_history_get_modified (history_of (f)));
  add_ideas (theirs, 2, "Table 3");
  written = deliver (f, theirs, "workshop.cgw");
  wait_for_ideas (f, before + 3);

  g_assert_true (has_idea (f->workshop, "Not saved yet, and never to be lost"));
  g_assert_true (has_idea (f->workshop, "Said at Table 3, 1"));
  g_assert_true (cg_history_get_modified (history_of (f)));
  on_disk = read_text (f->path);
  g_assert_cmpstr (on_disk, ==, written);

  /* undo takes the arrival back out, and only the arrival */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (n_ideas (f->workshop), ==, before + 1);
  g_assert_true (has_idea (f->workshop, "Not saved yet, and never to be lost"));
}

/* An arrival that lacks what this laptop had saved (their save crossed ours): merged, and the
 * window saves again so that the file holds both. */
static void
test_arrival_lacking (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CgWorkshop) theirs = their_copy (f);
  guint before = n_ideas (f->workshop);
  g_autoptr(CgWorkshop) on_disk = NULL;

  cg_capture_bar_add_text (f->capture_bar, "Saved here first");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  /* (their copy was opened before that save) */
  add_ideas (theirs, 1, "Table 2");
  while (cg_history_get_modified (history_of (f)))
    g_main_context_iteration (NULL, TRUE);
  cg_test_wait_until (watch_idle, f);
  g_free (deliver (f, theirs, "workshop.cgw"));
  wait_for_ideas (f, before + 2);
  cg_test_wait_until (watch_idle, f);
  while (cg_history_get_modified (history_of (f)))
    g_main_context_iteration (NULL, TRUE);

  on_disk = their_copy (f);
  g_assert_true (has_idea (on_disk, "Saved here first"));
  g_assert_true (has_idea (on_disk, "Said at Table 2, 0"));
}

/* Our own save */

typedef struct
{
  Fixture *f;
  guint    events;
} Seen;

static gboolean
event_seen (gpointer data)
{
  Seen *seen = data;

  return cg_sync_watch_get_n_events (watch_of (seen->f)) > seen->events;
}

/* Saved with Save, then the idea undone at once: the save replacing the file is not taken for
 * an arrival, so the idea stays undone and nothing is said. */
static void
test_own_save (Fixture       *f,
               gconstpointer  data)
{
  Seen seen = { f, cg_sync_watch_get_n_events (watch_of (f)) };
  guint before = n_ideas (f->workshop);
  guint steps;

  cg_capture_bar_add_text (f->capture_bar, "Taken back just after saving");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  while (cg_history_get_modified (history_of (f)))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  steps = cg_history_get_n_undo (history_of (f));
  /* the save's change to the file is seen, then dealt with */
  cg_test_wait_until (event_seen, &seen);
  cg_test_wait_until (watch_idle, f);

  g_assert_cmpuint (n_ideas (f->workshop), ==, before);
  g_assert_false (has_idea (f->workshop, "Taken back just after saving"));
  g_assert_cmpuint (cg_history_get_n_undo (history_of (f)), ==, steps);
  g_assert_cmpuint (cg_window_sync_get_n_merged (f->window), ==, 0);
  g_assert_null (cg_notice_get_text (f->window->notice));
}

/* Conflicted copies */

static gboolean
files_gone (gpointer data)
{
  const char * const *paths = data;

  for (guint i = 0; paths[i] != NULL; i++)
    if (g_file_test (paths[i], G_FILE_TEST_EXISTS))
      return FALSE;
  return TRUE;
}

/* Copies of both engines' naming appear: each is merged, moved into .merged beside the file,
 * and the window, which was saved, saves again so that the file holds them. */
static void
test_conflict_copies (Fixture       *f,
                      gconstpointer  data)
{
  const char *names[] = {
    "workshop.sync-conflict-20260312-101500-ABCDEFG.cgw",
    "workshop (conflicted copy 2026-03-12 101502).cgw",
  };
  char *left[3] = { g_build_filename (f->dir, names[0], NULL),
                    g_build_filename (f->dir, names[1], NULL), NULL };
  guint before = n_ideas (f->workshop);
  g_autoptr(CgWorkshop) a = their_copy (f);
  g_autoptr(CgWorkshop) b = their_copy (f);
  g_autoptr(CgWorkshop) on_disk = NULL;

  add_ideas (a, 2, "Table 2");
  add_ideas (b, 1, "Table 3");
  g_free (deliver (f, a, names[0]));
  g_free (deliver (f, b, names[1]));
  cg_test_wait_until (files_gone, left);
  wait_for_ideas (f, before + 3);
  while (cg_history_get_modified (history_of (f)))
    g_main_context_iteration (NULL, TRUE);
  cg_test_wait_until (watch_idle, f);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *moved = g_build_filename (f->dir, ".merged", names[i], NULL);

      g_assert_true (g_file_test (moved, G_FILE_TEST_IS_REGULAR));
    }
  on_disk = their_copy (f);
  g_assert_cmpuint (n_ideas (on_disk), ==, before + 3);
  g_assert_true (has_idea (on_disk, "Said at Table 3, 0"));
  g_free (left[0]);
  g_free (left[1]);
}

static gboolean
dialog_shown (gpointer data)
{
  return cg_test_find_dialog (data) != NULL;
}

/* A hostile copy: said so once, left where it is, and the workshop is as it was. */
static void
test_hostile_copy (Fixture       *f,
                   gconstpointer  data)
{
  const char *name = "workshop.sync-conflict-20260312-101500-EVILAAA.cgw";
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  const char *bomb =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE workshop [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
    "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.0\" id=\"w\">"
    "<title>&b;</title></workshop>\n";
  guint before = n_ideas (f->workshop);
  guint steps = cg_history_get_n_undo (history_of (f));
  g_autofree char *secondary = NULL;
  g_autofree char *after = NULL;
  GtkMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, bomb, -1, NULL));
  cg_test_wait_until (dialog_shown, f->window);
  dialog = cg_test_find_dialog (GTK_WINDOW (f->window));
  g_object_get (dialog, "secondary-text", &secondary, NULL);
  g_assert_nonnull (strstr (secondary, name));
  g_assert_nonnull (strstr (secondary, "left where it is"));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  cg_test_iterate ();

  cg_test_wait_until (watch_idle, f);
  g_assert_cmpuint (n_ideas (f->workshop), ==, before);
  g_assert_cmpuint (cg_history_get_n_undo (history_of (f)), ==, steps);
  after = read_text (path);
  g_assert_cmpstr (after, ==, bomb);
  g_assert_false (cg_history_get_modified (history_of (f)));

  /* looked at again: not said again */
  cg_sync_watch_check (watch_of (f));
  cg_test_wait_until (watch_idle, f);
  g_assert_null (cg_test_find_dialog (GTK_WINDOW (f->window)));
}

/* One idea edited on both laptops: kept both ways, flagged, told, and listed under "Check
 * these" on the Share page, from where Show selects it on the board. */
static void
test_conflict_flagged (Fixture       *f,
                       gconstpointer  data)
{
  CgIdea *mine = cg_test_nth (cg_workshop_get_ideas (f->workshop), 0);
  g_autoptr(CgWorkshop) theirs = their_copy (f);
  CgIdea *their_idea = cg_test_nth (cg_workshop_get_ideas (theirs), 0);
  guint before = n_ideas (f->workshop);
  CgSharePage *page;
  GListModel *to_check;

  cg_idea_set_text (mine, "Said this way here");
  cg_idea_set_text (their_idea, "Said otherwise at table two");
  cg_idea_set_laptop (their_idea, "Table 2");
  g_free (deliver (f, theirs, "workshop.cgw"));
  wait_for_ideas (f, before + 1);

  g_assert_true (cg_idea_get_needs_review (mine));
  g_assert_true (g_str_has_suffix (cg_notice_get_text (f->window->notice),
                                   "1 idea was changed on two laptops: check it"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.share", NULL));
  page = CG_SHARE_PAGE (cg_window_sync_get_share_page (f->window));
  g_assert_nonnull (page);
  to_check = cg_share_page_get_to_check (page);
  g_assert_cmpuint (g_list_model_get_n_items (to_check), ==, 2);

  g_signal_emit_by_name (page, "show-idea", cg_test_nth (to_check, 1));
  g_assert_true (cg_board_get_selected_idea (f->board) == cg_test_nth (to_check, 1));

  /* checked (R on the card): off the list */
  cg_idea_set_needs_review (mine, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (to_check), ==, 1);
}

typedef struct
{
  Fixture    *f;
  const char *text;
} Words;

static gboolean
holds_words (gpointer data)
{
  Words *words = data;

  return has_idea (words->f->workshop, words->text) && watch_idle (words->f);
}

/* One idea edited on the other laptop only (its words and its theme), this laptop's version
 * as the file last had it: the edit is taken, as one undo step, with no conflict copy and no
 * flag; undo gives this laptop's version back. That undo is an edit of its own (the file holds
 * the other laptop's version): a further edit of the other laptop's version, arriving in a
 * conflict copy, meets it, and both are kept, flagged. */
static void
test_edit_arrives (Fixture       *f,
                   gconstpointer  data)
{
  CgIdea *mine = cg_test_nth (cg_workshop_get_ideas (f->workshop), 0);
  g_autofree char *words_before = g_strdup (cg_idea_get_text (mine));
  CgTheme *theme_before = cg_idea_get_theme (mine);
  g_autoptr(CgWorkshop) theirs = their_copy (f);
  CgIdea *their_idea = cg_test_nth (cg_workshop_get_ideas (theirs), 0);
  CgTheme *their_theme = NULL;
  guint before = n_ideas (f->workshop);
  guint steps = cg_history_get_n_undo (history_of (f));
  Words words = { f, "Said better at table two" };

  for (guint i = 0; their_theme == NULL; i++)
    {
      CgTheme *theme = cg_test_nth (cg_workshop_get_themes (theirs), i);

      if (g_strcmp0 (cg_object_get_id (CG_OBJECT (theme)),
                     theme_before != NULL ? cg_object_get_id (CG_OBJECT (theme_before)) : NULL))
        their_theme = theme;
    }
  cg_idea_set_text (their_idea, words.text);
  cg_idea_set_theme (their_idea, their_theme);
  g_free (deliver (f, theirs, "workshop.cgw"));
  cg_test_wait_until (holds_words, &words);

  g_assert_cmpuint (n_ideas (f->workshop), ==, before);
  g_assert_cmpstr (cg_idea_get_text (mine), ==, words.text);
  g_assert_cmpstr (cg_object_get_id (CG_OBJECT (cg_idea_get_theme (mine))), ==,
                   cg_object_get_id (CG_OBJECT (their_theme)));
  g_assert_false (cg_idea_get_needs_review (mine));
  g_assert_cmpstr (cg_notice_get_text (f->window->notice), ==,
                   "Changes arrived from another laptop");
  g_assert_cmpuint (cg_history_get_n_undo (history_of (f)), ==, steps + 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpstr (cg_idea_get_text (mine), ==, words_before);
  g_assert_true (cg_idea_get_theme (mine) == theme_before);

  /* the same edit as a conflict copy */
  words.text = "Said better at table three";
  cg_idea_set_text (their_idea, words.text);
  g_free (deliver (f, theirs, "workshop.sync-conflict-20261204-101500-ABCDEFG.cgw"));
  cg_test_wait_until (holds_words, &words);
  g_assert_cmpuint (n_ideas (f->workshop), ==, before + 1);
  g_assert_true (has_idea (f->workshop, words_before));
  for (guint i = 0; i < n_ideas (f->workshop); i++)
    {
      CgIdea *idea = cg_test_nth (cg_workshop_get_ideas (f->workshop), i);
      const char *text = cg_idea_get_text (idea);

      g_assert_true (cg_idea_get_needs_review (idea) ==
                     (g_str_equal (text, words_before) || g_str_equal (text, words.text)));
    }
}

/* This laptop's edit, saved, lost to another laptop's save made at the same time: the engine
 * keeps the other one as the file, and this laptop's as a conflict copy beside it. The edit
 * stays as it is, unflagged (the other laptop's version is the one it was edited from); the
 * other laptop's new idea arrives; the copy brings nothing more. */
static void
test_lost_save (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CgWorkshop) theirs = their_copy (f);
  CgIdea *mine = cg_test_nth (cg_workshop_get_ideas (f->workshop), 0);
  g_autofree char *copy = g_build_filename (
    f->dir, "workshop.sync-conflict-20261204-101500-ABCDEFG.cgw", NULL);
  g_autofree char *temp = g_build_filename (f->dir, ".syncthing.copy.tmp", NULL);
  g_autofree char *mine_saved = NULL;
  const char *paths[] = { copy, NULL };
  Seen seen = { f, cg_sync_watch_get_n_events (watch_of (f)) };
  guint before = n_ideas (f->workshop);

  cg_idea_set_text (mine, "Said better on this laptop");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  while (cg_history_get_modified (history_of (f)))
    g_main_context_iteration (NULL, TRUE);
  cg_test_wait_until (event_seen, &seen);
  cg_test_wait_until (watch_idle, f);
  mine_saved = read_text (f->path);

  add_ideas (theirs, 1, "Table 2");
  g_free (deliver (f, theirs, "workshop.cgw"));
  g_assert_true (g_file_set_contents (temp, mine_saved, -1, NULL));
  g_assert_cmpint (g_rename (temp, copy), ==, 0);
  wait_for_ideas (f, before + 1);
  cg_test_wait_until (files_gone, paths);
  cg_test_wait_until (watch_idle, f);

  g_assert_cmpuint (n_ideas (f->workshop), ==, before + 1);
  g_assert_cmpstr (cg_idea_get_text (mine), ==, "Said better on this laptop");
  g_assert_true (has_idea (f->workshop, "Said at Table 2, 0"));
  for (guint i = 0; i < n_ideas (f->workshop); i++)
    g_assert_false (cg_idea_get_needs_review (cg_test_nth (cg_workshop_get_ideas (f->workshop),
                                                           i)));
}

/* The Share page */

static gboolean
inspected (gpointer data)
{
  return cg_share_page_get_inspection (data) != NULL;
}

/* How things stand, and this laptop's name: new ideas record it from then on. */
static void
test_share_page (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *marker = g_build_filename (f->dir, ".stfolder", NULL);
  const char *name = "workshop (conflicted copy 2026-03-12 101502).cgw";
  g_autofree char *copy = g_build_filename (f->dir, name, NULL);
  CgLaptop *laptop = cg_window_sync_get_laptop (f->window);
  const CgSyncInspection *look;
  g_autoptr(GFile) root = NULL;
  CgSharePage *page;
  GtkWidget *entry;
  CgIdea *idea;

  g_assert_cmpint (g_mkdir (marker, 0700), ==, 0);
  /* (not merged yet: a copy that is not a workshop is refused and stays) */
  g_assert_true (g_file_set_contents (copy, "not a workshop", -1, NULL));
  cg_test_wait_until (dialog_shown, f->window);
  gtk_window_destroy (GTK_WINDOW (cg_test_find_dialog (GTK_WINDOW (f->window))));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.share", NULL));
  page = CG_SHARE_PAGE (cg_window_sync_get_share_page (f->window));
  cg_test_wait_until (inspected, page);
  look = cg_share_page_get_inspection (page);
  root = g_file_new_for_path (f->dir);
  g_assert_cmpint (look->engine, ==, CG_SYNC_ENGINE_SYNCTHING);
  g_assert_true (g_file_equal (look->root, root));
  g_assert_cmpuint (look->n_copies, ==, 1);

  entry = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), CG_TYPE_SHARE_PAGE,
                                                     "name_entry"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "  Table 2");
  g_assert_cmpstr (cg_laptop_get_name (laptop), ==, "Table 2");

  cg_capture_bar_add_text (f->capture_bar, "Captured here, at table two");
  idea = cg_test_nth (cg_workshop_get_ideas (f->workshop),
                      n_ideas (f->workshop) - 1);
  g_assert_cmpstr (cg_idea_get_laptop (idea), ==, "Table 2");

  /* a name given no more: new ideas record none */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_assert_null (cg_laptop_get_name (laptop));
  cg_capture_bar_add_text (f->capture_bar, "Captured after");
  idea = cg_test_nth (cg_workshop_get_ideas (f->workshop), n_ideas (f->workshop) - 1);
  g_assert_null (cg_idea_get_laptop (idea));

  gtk_window_destroy (GTK_WINDOW (page));
  cg_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  cg_test_window_init (&argc, &argv);

  g_test_add ("/window-sync/arrival", Fixture, NULL, set_up, test_arrival, tear_down);
  g_test_add ("/window-sync/unsaved-work", Fixture, NULL, set_up, test_unsaved_work, tear_down);
  g_test_add ("/window-sync/arrival-lacking", Fixture, NULL, set_up, test_arrival_lacking,
              tear_down);
  g_test_add ("/window-sync/own-save", Fixture, NULL, set_up, test_own_save, tear_down);
  g_test_add ("/window-sync/conflict-copies", Fixture, NULL, set_up, test_conflict_copies,
              tear_down);
  g_test_add ("/window-sync/hostile-copy", Fixture, NULL, set_up, test_hostile_copy, tear_down);
  g_test_add ("/window-sync/conflict-flagged", Fixture, NULL, set_up, test_conflict_flagged,
              tear_down);
  g_test_add ("/window-sync/edit-arrives", Fixture, NULL, set_up, test_edit_arrives, tear_down);
  g_test_add ("/window-sync/lost-save", Fixture, NULL, set_up, test_lost_save, tear_down);
  g_test_add ("/window-sync/share-page", Fixture, NULL, set_up, test_share_page, tear_down);

  return g_test_run ();
}
