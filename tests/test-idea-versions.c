/* test-idea-versions.c: what an idea was edited from, kept in the file, and how a merge uses it
 * to take an edit made on one laptop instead of keeping both versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "cg-test-util.h"
#include "io/cg-io.h"
#include "model/cg-idea-versions.h"
#include "model/cg-merge.h"

typedef struct
{
  char *dir;
  char *path;         /* the shared file */
  CgWorkshop *base;   /* as first saved */
} Fixture;

static void
save_file (CgWorkshop *workshop,
           const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (cg_workshop_save (workshop, file, NULL, &error));
  g_assert_no_error (error);
}

static CgWorkshop *
load_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CgWorkshop *workshop = cg_workshop_load (file, NULL, &error);

  g_assert_no_error (error);
  return workshop;
}

/* Another laptop's copy: what the file holds now. */
static CgWorkshop *
laptop (Fixture *f)
{
  return load_file (f->path);
}

static CgIdea *
idea_of (CgWorkshop *workshop,
         const char *text)
{
  GListModel *ideas = cg_workshop_get_ideas (workshop);

  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      if (g_str_equal (cg_idea_get_text (idea), text))
        return idea;  /* (the workshop holds it) */
    }
  return NULL;
}

static guint
n_ideas (CgWorkshop *workshop)
{
  return g_list_model_get_n_items (cg_workshop_get_ideas (workshop));
}

static guint
merge_conflicts (CgWorkshop *into,
                 CgWorkshop *from)
{
  g_autoptr(CgMergeReport) report = cg_workshop_merge (into, from);

  return cg_merge_report_get_n_conflicts (report);
}

/* Merges @from into @into with no conflict: @into then has an idea reading @now and none
 * reading @was, the one version taken, not kept both ways. */
static void
assert_merge_takes (CgWorkshop *into,
                    CgWorkshop *from,
                    const char *now,
                    const char *was)
{
  g_assert_cmpuint (merge_conflicts (into, from), ==, 0);
  g_assert_nonnull (idea_of (into, now));
  g_assert_null (idea_of (into, was));
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Versions");
  CgEvent *event = cg_test_add (workshop, cg_event_new ("March"));
  CgTheme *theme = cg_test_add (workshop, cg_theme_new ("First contacts", NULL));

  f->dir = g_dir_make_tmp ("cg-versions-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "workshop.cgw", NULL);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *text = g_strdup_printf ("Idea %u", i);
      CgIdea *idea = cg_test_add (workshop, cg_idea_new (text));

      cg_idea_set_event (idea, event);
      cg_idea_set_theme (idea, theme);
    }
  save_file (workshop, f->path);
  f->base = load_file (f->path);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  g_clear_object (&f->base);
  cg_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* An idea never edited since the file held it says nothing; edited and saved, the file says
 * what it was edited from (format 1.4), and reads back the same. Undo before a save leaves no
 * trace; a copy written elsewhere (not the workshop's file) says the same but does not move on
 * what the file last held. */
static void
test_file (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CgWorkshop) a = laptop (f);
  g_autoptr(CgWorkshop) again = NULL;
  g_autofree char *before = cg_test_save_to_string (a);
  g_autofree char *edited = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *saved = NULL;
  CgIdea *idea = idea_of (a, "Idea 1");
  char original[CG_IDEA_VERSION_LEN + 1];

  g_assert_null (strstr (before, "edited-from"));
  g_assert_null (strstr (before, "version=\"1.4\""));
  cg_idea_version (idea, original);

  cg_idea_set_text (idea, "Idea 1, said better");
  edited = cg_test_save_to_string (a);
  g_assert_nonnull (strstr (edited, "version=\"1.4\""));
  g_assert_cmpuint (cg_test_count_in (edited, "edited-from="), ==, 1);
  g_assert_nonnull (strstr (edited, original));
  g_assert_true (cg_history_undo (cg_workshop_get_history (a)));
  undone = cg_test_save_to_string (a);
  g_assert_cmpstr (undone, ==, before);

  g_assert_true (cg_history_redo (cg_workshop_get_history (a)));
  save_file (a, f->path);
  saved = cg_test_read_text (f->path);
  g_assert_cmpstr (saved, ==, edited);
  again = laptop (f);
  g_assert_cmpstr (cg_idea_get_edited_from (idea_of (again, "Idea 1, said better")), ==,
                   original);
  g_free (saved);
  saved = cg_test_save_to_string (again);
  g_assert_cmpstr (saved, ==, edited);

  /* undo after the save is an edit of its own: the file then says so */
  g_assert_true (cg_history_undo (cg_workshop_get_history (a)));
  g_free (undone);
  undone = cg_test_save_to_string (a);
  g_assert_cmpstr (undone, !=, before);
  g_assert_cmpuint (cg_test_count_in (undone, "edited-from="), ==, 1);
}

/* Edited on one laptop only: merged either way round, the edit is taken, with no conflict copy
 * and no flag, and the other ideas stay as they were. */
static void
test_one_side (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CgWorkshop) a = laptop (f);
  g_autoptr(CgWorkshop) b = laptop (f);
  g_autoptr(CgWorkshop) b_saved = NULL;
  CgTheme *no_theme = NULL;

  cg_idea_set_text (idea_of (b, "Idea 1"), "Idea 1, said better");
  cg_idea_set_theme (idea_of (b, "Idea 1, said better"), no_theme);
  save_file (b, f->path);
  b_saved = laptop (f);

  g_assert_cmpuint (merge_conflicts (a, b_saved), ==, 0);
  g_assert_cmpuint (n_ideas (a), ==, 3);
  g_assert_nonnull (idea_of (a, "Idea 1, said better"));
  g_assert_null (cg_idea_get_theme (idea_of (a, "Idea 1, said better")));
  g_assert_false (cg_idea_get_needs_review (idea_of (a, "Idea 1, said better")));
  g_assert_null (idea_of (a, "Idea 1"));

  /* the other way round: the stale version does not undo the edit */
  g_clear_object (&a);
  a = laptop (f);
  assert_merge_takes (b_saved, f->base, "Idea 1, said better", "Idea 1");
  g_assert_cmpuint (n_ideas (b_saved), ==, 3);

  /* and an edit not saved yet is no older than the file's version it was edited from */
  cg_idea_set_text (idea_of (a, "Idea 2"), "Idea 2, not saved yet");
  assert_merge_takes (a, f->base, "Idea 2, not saved yet", "Idea 2");
}

/* A laptop's edit whose save lost to another laptop's (a sync engine's conflict copy): the
 * winning file has the idea as it was, and is taken in first; the edit stays, and the losing
 * copy brings nothing new. */
static void
test_lost_save (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CgWorkshop) a = laptop (f);
  g_autoptr(CgWorkshop) b = laptop (f);
  g_autofree char *a_path = g_build_filename (f->dir, "a.cgw", NULL);
  g_autoptr(CgWorkshop) a_copy = NULL;
  g_autoptr(CgWorkshop) winner = NULL;

  cg_idea_set_text (idea_of (a, "Idea 0"), "Idea 0, edited on a");
  save_file (a, a_path);
  cg_test_add (b, cg_idea_new ("Captured on b"));
  save_file (b, f->path);
  winner = laptop (f);
  a_copy = load_file (a_path);

  assert_merge_takes (a, winner, "Idea 0, edited on a", "Idea 0");
  g_assert_nonnull (idea_of (a, "Captured on b"));
  g_assert_cmpuint (merge_conflicts (a, a_copy), ==, 0);
  g_assert_cmpuint (n_ideas (a), ==, 4);

  /* on b, the losing copy brings the edit */
  assert_merge_takes (winner, a_copy, "Idea 0, edited on a", "Idea 0");
}

/* Edited on both laptops: kept both ways and flagged, whichever way round. So is an idea that
 * went back to a version it had before while the other laptop went on from the later one: an
 * undo after a save, on one laptop, and an edit on the other. */
static void
test_both_sides (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CgWorkshop) a = laptop (f);
  g_autoptr(CgWorkshop) b = laptop (f);
  g_autoptr(CgWorkshop) c = NULL;
  g_autoptr(CgWorkshop) d = NULL;
  g_autofree char *c_path = g_build_filename (f->dir, "c.cgw", NULL);

  cg_idea_set_text (idea_of (a, "Idea 1"), "Idea 1, on a");
  cg_idea_set_text (idea_of (b, "Idea 1"), "Idea 1, on b");
  g_assert_cmpuint (merge_conflicts (a, b), ==, 1);
  g_assert_cmpuint (n_ideas (a), ==, 4);
  g_assert_true (cg_idea_get_needs_review (idea_of (a, "Idea 1, on a")));
  g_assert_true (cg_idea_get_needs_review (idea_of (a, "Idea 1, on b")));
  g_clear_object (&a);
  a = laptop (f);
  cg_idea_set_text (idea_of (a, "Idea 1"), "Idea 1, on a");
  g_assert_cmpuint (merge_conflicts (b, a), ==, 1);

  /* c saves an edit, which d takes; c undoes it and saves, d edits it further */
  c = laptop (f);
  cg_idea_set_text (idea_of (c, "Idea 2"), "Idea 2, on c");
  save_file (c, c_path);
  d = load_file (c_path);
  g_assert_true (cg_history_undo (cg_workshop_get_history (c)));
  save_file (c, c_path);
  g_clear_object (&c);
  c = load_file (c_path);
  cg_idea_set_text (idea_of (d, "Idea 2, on c"), "Idea 2, on d");
  g_assert_cmpuint (merge_conflicts (c, d), ==, 1);
  g_assert_nonnull (idea_of (c, "Idea 2"));
  g_assert_nonnull (idea_of (c, "Idea 2, on d"));
}

/* An undo after a save reaches the other laptop as the later version. */
static void
test_undo_travels (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CgWorkshop) a = laptop (f);
  g_autoptr(CgWorkshop) b = NULL;
  g_autoptr(CgWorkshop) a_saved = NULL;

  cg_idea_set_text (idea_of (a, "Idea 0"), "Idea 0, for a moment");
  save_file (a, f->path);
  b = laptop (f);
  g_assert_true (cg_history_undo (cg_workshop_get_history (a)));
  save_file (a, f->path);
  a_saved = laptop (f);

  assert_merge_takes (b, a_saved, "Idea 0", "Idea 0, for a moment");
  g_assert_cmpuint (merge_conflicts (a_saved, b), ==, 0);
  g_assert_nonnull (idea_of (a_saved, "Idea 0"));
}

/* What a file may say an idea was edited from: a bad list is refused with where it is. */
static void
test_bad_lists (void)
{
  static const char *bad[] = {
    "", "0123456789abcdeF", "0123456789abcde", "0123456789abcdef ", " 0123456789abcdef",
    "0123456789abcdef  0123456789abcdef", "0123456789abcdef,0123456789abcdef",
    "0123456789abcdef0",
  };
  g_autoptr(GString) many = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = g_strdup_printf (
        "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"1.4\" id=\"w\">\n"
        "<title>T</title><ideas>\n"
        "<idea id=\"i\" created=\"2026-03-12T10:04:00Z\" edited-from=\"%s\"><text>x</text></idea>"
        "</ideas></workshop>", bad[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(CgWorkshop) workshop = cg_workshop_load_from_data (text, strlen (text),
                                                                   "bad.cgw", &error);

      g_assert_null (workshop);
      g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "bad.cgw:3:"));
      g_assert_nonnull (strstr (error->message, "edited-from"));
    }

  for (guint i = 0; i < CG_IDEA_MAX_EDITED_FROM; i++)
    g_string_append_printf (many, "%s%016x", i > 0 ? " " : "", i);
  g_assert_true (cg_idea_edited_from_is_valid (many->str));
  g_string_append (many, " 00000000000000ff");
  g_assert_false (cg_idea_edited_from_is_valid (many->str));
}

/* Many edits between saves: the list keeps the newest CG_IDEA_MAX_EDITED_FROM versions. */
static void
test_list_bounded (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CgWorkshop) a = laptop (f);
  CgIdea *idea = idea_of (a, "Idea 0");
  char last[CG_IDEA_VERSION_LEN + 1];
  const char *list;

  for (guint i = 0; i < CG_IDEA_MAX_EDITED_FROM + 5; i++)
    {
      g_autofree char *text = g_strdup_printf ("Idea 0, edit %u", i);

      cg_idea_version (idea, last);
      cg_idea_set_text (idea, text);
      save_file (a, f->path);
    }
  list = cg_idea_get_edited_from (idea);
  g_assert_true (cg_idea_edited_from_is_valid (list));
  g_assert_cmpuint (strlen (list), ==,
                    CG_IDEA_MAX_EDITED_FROM * (CG_IDEA_VERSION_LEN + 1) - 1);
  g_assert_true (g_str_has_prefix (list, last));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/model/versions/" path, Fixture, NULL, set_up, func, tear_down)
  ADD ("file", test_file);
  ADD ("one-side", test_one_side);
  ADD ("lost-save", test_lost_save);
  ADD ("both-sides", test_both_sides);
  ADD ("undo-travels", test_undo_travels);
  ADD ("list-bounded", test_list_bounded);
#undef ADD
  g_test_add_func ("/model/versions/bad-lists", test_bad_lists);
  return g_test_run ();
}
