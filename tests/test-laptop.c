/* test-laptop.c: this laptop's identity, the laptop an idea records in the file, and what an
 * arrival from other laptops says
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cg-test-util.h"
#include "io/cg-io.h"
#include "model/cg-arrival.h"
#include "model/cg-laptop.h"

static CgWorkshop *
load (const char *text,
      GError    **error)
{
  return cg_workshop_load_from_data (text, strlen (text), "laptop.cgw", error);
}

static CgWorkshop *
reload (CgWorkshop *workshop)
{
  g_autofree char *text = cg_test_save_to_string (workshop);
  g_autoptr(GError) error = NULL;
  CgWorkshop *copy = load (text, &error);

  g_assert_no_error (error);
  return copy;
}

static gpointer
nth (GListModel *model,
     guint       n)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, n);

  g_assert_nonnull (item);
  return item;
}

/* New ideas record the laptop set for the process; ideas read or made otherwise keep theirs. */
static void
test_capturing (void)
{
  g_autoptr(CgIdea) before = NULL;
  g_autoptr(CgIdea) named = NULL;
  g_autoptr(CgIdea) after = NULL;
  g_autofree char *current = NULL;

  before = cg_idea_new ("No laptop yet");
  g_assert_null (cg_idea_get_laptop (before));

  cg_idea_set_capturing_laptop ("  Table\t2\n ");
  current = cg_idea_dup_capturing_laptop ();
  g_assert_cmpstr (current, ==, "Table 2");
  named = cg_idea_new ("Captured at table two");
  g_assert_cmpstr (cg_idea_get_laptop (named), ==, "Table 2");
  g_assert_null (cg_idea_get_laptop (before));

  cg_idea_set_capturing_laptop ("   ");
  after = cg_idea_new ("Nameless again");
  g_assert_null (cg_idea_get_laptop (after));
  cg_idea_set_capturing_laptop (NULL);
}

static void
test_normalize (void)
{
  g_autofree char *long_name = g_strnfill (100, 'x');
  g_autofree char *cut = cg_idea_normalize_laptop (long_name);
  g_autofree char *spaces = cg_idea_normalize_laptop ("  Table 2  ");
  g_autofree char *lines = cg_idea_normalize_laptop ("Table\n2");
  g_autofree char *blank = cg_idea_normalize_laptop (" \t ");
  g_autofree char *cut_space = NULL;
  g_autofree char *ys = g_strnfill (63, 'y');
  g_autofree char *spaced = g_strconcat (ys, " z", NULL);

  g_assert_cmpuint (g_utf8_strlen (cut, -1), ==, CG_IDEA_MAX_LAPTOP);
  g_assert_cmpstr (spaces, ==, "Table 2");
  g_assert_cmpstr (lines, ==, "Table 2");
  g_assert_null (blank);
  /* cut where a space would end it: the space goes too */
  cut_space = cg_idea_normalize_laptop (spaced);
  g_assert_cmpuint (strlen (cut_space), ==, 63);
}

/* The file: laptop="…" after carried-from, version 1.2 only when an idea records one, and
 * save, load, save gives the same bytes. */
static void
test_file (void)
{
  g_autoptr(CgWorkshop) workshop = cg_workshop_new ("Shared");
  g_autoptr(CgWorkshop) copy = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  CgIdea *idea = cg_test_add (workshop, cg_idea_new ("Somewhere to wait that is not a corridor"));
  CgIdea *other = cg_test_add (workshop, cg_idea_new ("A named worker"));

  plain = cg_test_save_to_string (workshop);
  g_assert_nonnull (strstr (plain, "version=\"1.0\""));
  g_assert_null (strstr (plain, "laptop"));

  cg_idea_set_laptop (idea, "Table 2 — by the window");
  cg_idea_set_carried_from (other, cg_object_get_id (CG_OBJECT (idea)));
  cg_idea_set_laptop (other, "Table <3> & \"friends\"");
  first = cg_test_save_to_string (workshop);
  g_assert_nonnull (strstr (first, "version=\"1.2\""));
  g_assert_nonnull (strstr (first, "Z\" laptop=\"Table 2 — by the window\">"));
  g_assert_nonnull (strstr (first, "\" laptop=\"Table &lt;3&gt; &amp; &quot;friends&quot;\">"));
  /* after carried-from */
  g_assert_nonnull (strstr (first, "carried-from=\""));
  g_assert_true (strstr (first, "carried-from=\"") < strstr (first, "laptop=\"Table &lt;"));

  copy = reload (workshop);
  g_assert_cmpstr (cg_idea_get_laptop (nth (cg_workshop_get_ideas (copy), 0)), ==,
                   "Table 2 — by the window");
  g_assert_cmpstr (cg_idea_get_laptop (nth (cg_workshop_get_ideas (copy), 1)), ==,
                   "Table <3> & \"friends\"");
  second = cg_test_save_to_string (copy);
  g_assert_cmpstr (first, ==, second);
}

/* A reader takes any 1.x file with laptops and refuses a name the model would change. */
static void
test_read (void)
{
  const char *head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<workshop xmlns=\"urn:commonground:workshop:1\" version=\"%s\" id=\"w\">"
                     "<title>T</title><ideas><idea id=\"i\" created=\"2026-03-12T10:04:00Z\""
                     " laptop=\"%s\"><text>x</text></idea></ideas></workshop>\n";
  struct { const char *version; const char *laptop; gboolean ok; } cases[] = {
    { "1.2", "Table 2", TRUE },
    { "1.0", "Table 2", TRUE },
    { "1.2", "", TRUE },
    { "1.2", " Table 2", FALSE },
    { "1.2", "Table 2 ", FALSE },
    { "1.2", "Table&#10;2", FALSE },
    { "1.2", "Table&#9;2", FALSE },
    { "1.2", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf (head, cases[i].version, cases[i].laptop);
      g_autoptr(GError) error = NULL;
      g_autoptr(CgWorkshop) workshop = load (text, &error);

      g_test_message ("laptop=\"%s\"", cases[i].laptop);
      if (cases[i].ok)
        {
          CgIdea *idea;

          g_assert_no_error (error);
          idea = nth (cg_workshop_get_ideas (workshop), 0);
          if (*cases[i].laptop == '\0')
            g_assert_null (cg_idea_get_laptop (idea));
          else
            g_assert_cmpstr (cg_idea_get_laptop (idea), ==, cases[i].laptop);
        }
      else
        {
          g_assert_null (workshop);
          g_assert_error (error, CG_IO_ERROR, CG_IO_ERROR_INVALID);
          g_test_message ("%s", error->message);
          g_assert_true (g_str_has_prefix (error->message, "laptop.cgw:2: laptop “"));
        }
    }
}

/* The laptop is not content: two versions differing only in it are one idea, and a merge
 * copies it with a new idea. */
static void
test_merge (void)
{
  g_autoptr(CgWorkshop) here = cg_workshop_new ("Shared");
  g_autoptr(CgWorkshop) there = NULL;
  g_autoptr(CgMergeReport) report = NULL;
  CgIdea *idea = cg_test_add (here, cg_idea_new ("Peer support on the ward"));
  CgIdea *theirs;

  there = reload (here);
  cg_idea_set_laptop (nth (cg_workshop_get_ideas (there), 0), "Table 2");
  theirs = cg_test_add (there, cg_idea_new ("Evening groups"));
  cg_idea_set_laptop (theirs, "Table 2");

  report = cg_workshop_merge (here, there);
  g_assert_cmpuint (cg_merge_report_get_n_conflicts (report), ==, 0);
  g_assert_cmpuint (cg_merge_report_get_n_added (report, CG_MERGE_IDEAS), ==, 1);
  g_assert_null (cg_idea_get_laptop (idea));
  g_assert_cmpstr (cg_idea_get_laptop (nth (cg_workshop_get_ideas (here), 1)), ==, "Table 2");
}

/* What an arrival says */

static CgWorkshop *
from_laptops (CgWorkshop         *base,
              const char * const *laptops,
              guint               n_each)
{
  CgWorkshop *there = reload (base);

  for (guint i = 0; laptops[i] != NULL; i++)
    for (guint j = 0; j < n_each; j++)
      {
        g_autofree char *text = g_strdup_printf ("From %s, %u", laptops[i], j);
        CgIdea *idea = cg_test_add (there, cg_idea_new (text));

        cg_idea_set_laptop (idea, *laptops[i] != '\0' ? laptops[i] : NULL);
      }
  return there;
}

static char *
describe (CgWorkshop         *base,
          const char * const *laptops,
          guint               n_each)
{
  g_autoptr(CgWorkshop) into = reload (base);
  g_autoptr(CgWorkshop) there = from_laptops (base, laptops, n_each);
  g_autoptr(CgArrival) arrival = cg_arrival_merge (into, there, NULL, NULL);

  return cg_arrival_describe (arrival);
}

static void
test_describe (void)
{
  g_autoptr(CgWorkshop) base = cg_workshop_new ("Shared");
  g_autoptr(CgWorkshop) into = NULL;
  g_autoptr(CgWorkshop) same = NULL;
  g_autoptr(CgWorkshop) edited = NULL;
  g_autoptr(CgArrival) nothing = NULL;
  g_autoptr(CgArrival) conflict = NULL;
  g_autofree char *text = NULL;
  CgHistory *history;

  cg_test_add (base, cg_idea_new ("Already here"));
  text = describe (base, (const char *[]) { "Table 2", NULL }, 3);
  g_assert_cmpstr (text, ==, "3 ideas arrived from Table 2");
  g_free (text);
  text = describe (base, (const char *[]) { "Table 2", NULL }, 1);
  g_assert_cmpstr (text, ==, "1 idea arrived from Table 2");
  g_free (text);
  text = describe (base, (const char *[]) { "", NULL }, 2);
  g_assert_cmpstr (text, ==, "2 ideas arrived from another laptop");
  g_free (text);
  text = describe (base, (const char *[]) { "Table 4", "Table 2", NULL }, 1);
  g_assert_cmpstr (text, ==, "2 ideas arrived from Table 2 and Table 4");
  g_free (text);
  text = describe (base, (const char *[]) { "Table 2", "", NULL }, 1);
  g_assert_cmpstr (text, ==, "2 ideas arrived from Table 2 and another laptop");
  g_free (text);
  text = describe (base, (const char *[]) { "Table 2", "Table 3", "Table 4", NULL }, 1);
  g_assert_cmpstr (text, ==, "3 ideas arrived from 3 laptops");
  g_clear_pointer (&text, g_free);

  /* nothing new: nothing to say, and no undo step */
  into = reload (base);
  history = cg_workshop_get_history (into);
  same = reload (base);
  nothing = cg_arrival_merge (into, same, NULL, NULL);
  g_assert_false (cg_arrival_get_changed (nothing));
  g_assert_null (cg_arrival_describe (nothing));
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 0);

  /* edited on both laptops: one undo step, and the conflict is told */
  edited = reload (base);
  cg_idea_set_text (nth (cg_workshop_get_ideas (edited), 0), "Already here, said otherwise");
  cg_idea_set_text (nth (cg_workshop_get_ideas (into), 0), "Already here, in other words");
  conflict = cg_arrival_merge (into, edited, NULL, NULL);
  g_assert_true (cg_arrival_get_changed (conflict));
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 2);
  g_assert_cmpuint (cg_arrival_get_n_ideas (conflict), ==, 0);
  g_assert_cmpuint (cg_arrival_get_n_conflicts (conflict), ==, 1);
  text = cg_arrival_describe (conflict);
  g_assert_cmpstr (text, ==, "Changes arrived from another laptop · 1 idea was changed on two "
                             "laptops: check it");
}

/* The identity */

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_identity (void)
{
  g_autoptr(CgLaptop) laptop = cg_laptop_new (NULL);
  g_autofree char *label = cg_laptop_dup_label (laptop);
  g_autofree char *named = NULL;
  g_autofree char *id = NULL;
  guint notified = 0;

  g_assert_cmpstr (label, ==, "This laptop");
  g_assert_null (cg_laptop_get_name (laptop));
  id = g_strdup (cg_laptop_get_id (laptop));
  g_assert_true (g_uuid_string_is_valid (id));
  g_signal_connect_swapped (laptop, "notify::name", G_CALLBACK (count_cb), &notified);

  cg_laptop_set_name (laptop, " Table 2 ");
  g_assert_cmpstr (cg_laptop_get_name (laptop), ==, "Table 2");
  cg_laptop_set_name (laptop, "Table 2");
  g_assert_cmpuint (notified, ==, 1);
  named = cg_laptop_dup_label (laptop);
  g_assert_cmpstr (named, ==, "Table 2");
  /* the id stays when the name changes */
  cg_laptop_set_name (laptop, "Table 3");
  g_assert_cmpstr (cg_laptop_get_id (laptop), ==, id);
  cg_laptop_set_name (laptop, "");
  g_assert_null (cg_laptop_get_name (laptop));
  g_assert_cmpuint (notified, ==, 3);
}

/* Kept in settings: the id is made once and found again; a name set elsewhere is followed. */
static void
test_identity_settings (void)
{
  g_autofree char *schema_dir = g_test_build_filename (G_TEST_BUILT, ".", NULL);
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(CgLaptop) first = NULL;
  g_autoptr(CgLaptop) second = NULL;
  g_autofree char *id = NULL;
  g_autofree char *kept = NULL;

  source = g_settings_schema_source_new_from_directory (schema_dir, NULL, FALSE, NULL);
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, FALSE);
  if (schema == NULL)
    {
      g_test_skip ("the application's settings schema is not compiled here");
      return;
    }
  settings = g_settings_new_full (schema, NULL, NULL);
  g_settings_reset (settings, "laptop-id");
  g_settings_reset (settings, "laptop-name");

  first = cg_laptop_new (settings);
  id = g_strdup (cg_laptop_get_id (first));
  second = cg_laptop_new (settings);
  g_assert_cmpstr (cg_laptop_get_id (second), ==, id);

  cg_laptop_set_name (first, "Table 2");
  g_assert_cmpstr (cg_laptop_get_name (second), ==, "Table 2");
  kept = g_settings_get_string (settings, "laptop-name");
  g_assert_cmpstr (kept, ==, "Table 2");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/laptop/capturing", test_capturing);
  g_test_add_func ("/laptop/normalize", test_normalize);
  g_test_add_func ("/laptop/file", test_file);
  g_test_add_func ("/laptop/read", test_read);
  g_test_add_func ("/laptop/merge", test_merge);
  g_test_add_func ("/laptop/describe", test_describe);
  g_test_add_func ("/laptop/identity", test_identity);
  g_test_add_func ("/laptop/identity-settings", test_identity_settings);

  return g_test_run ();
}
