/* test-export-dialog.c: the Export Summary window exports on a worker: the main loop runs on
 * while it writes, progress comes page by page, and Cancel leaves no file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cg-test-util.h"
#include "cg-test-window.h"

#include <glib/gstdio.h>

#include "widgets/cg-export-dialog.h"

/* Enough ideas for an export to take a while: about 100 pages. */
#define N_IDEAS 1200

typedef struct
{
  CgWorkshop     *workshop;
  CgExportDialog *dialog;
  char           *dir;
  guint           ticks;          /* of a timer in the main loop */
  guint           n_progress;     /* notifications of :progress */
  double          last_progress;
  gboolean        went_back;      /* :progress ever went down during an export */
} Fixture;

static CgWorkshop *
make_workshop (void)
{
  CgWorkshop *workshop = cg_workshop_new ("A long series");
  CgEvent *event = cg_test_add (workshop, cg_event_new ("The only event"));
  CgVoice *voice = cg_test_add (workshop, cg_voice_new ("Lived experience", "#1c71d8"));
  CgTheme *themes[6];

  for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
    {
      g_autofree char *name = g_strdup_printf ("Theme %u", t + 1);

      themes[t] = cg_test_add (workshop, cg_theme_new (name, "#813d9c"));
    }
  for (guint i = 0; i < N_IDEAS; i++)
    {
      g_autofree char *text = g_strdup_printf ("Idea %u: a named worker phones before any "
                                               "letter, and the same worker stays with you "
                                               "from the first contact on.", i + 1);
      CgIdea *idea = cg_test_add (workshop, cg_idea_new (text));

      cg_idea_set_event (idea, event);
      cg_idea_set_voice (idea, voice);
      cg_idea_set_theme (idea, themes[i % G_N_ELEMENTS (themes)]);
      cg_idea_set_kind (idea, i % (CG_IDEA_KIND_LAST + 1));
    }
  return workshop;
}

static gboolean
tick_cb (gpointer user_data)
{
  Fixture *f = user_data;

  f->ticks++;
  return G_SOURCE_CONTINUE;
}

static void
progress_cb (Fixture *f)
{
  double progress;

  g_object_get (f->dialog, "progress", &progress, NULL);
  if (progress < f->last_progress)
    f->went_back = TRUE;
  f->last_progress = progress;
  f->n_progress++;
}

/* The format drop-down: the one whose last choice is PNG. */
static GtkDropDown *
find_format (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget))
    {
      GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (widget));
      guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

      if (n == 3 && GTK_IS_STRING_LIST (model)
          && g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (model), 2), "PNG"))
        return GTK_DROP_DOWN (widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_format (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->workshop = make_workshop ();
  f->dir = g_dir_make_tmp ("cg-export-dialog-XXXXXX", &error);
  g_assert_no_error (error);
  f->dialog = cg_export_dialog_present (NULL, f->workshop, NULL);
  g_object_add_weak_pointer (G_OBJECT (f->dialog), (gpointer *) &f->dialog);
  g_signal_connect_swapped (f->dialog, "notify::progress", G_CALLBACK (progress_cb), f);
  cg_test_iterate ();
  /* PNG: the longest export */
  gtk_drop_down_set_selected (find_format (GTK_WIDGET (f->dialog)), 2);
  cg_test_iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (f->dialog));
  cg_test_iterate ();
  cg_test_remove_tree (f->dir);
  g_free (f->dir);
  g_assert_finalize_object (f->workshop);
}

static gboolean
exporting (CgExportDialog *dialog)
{
  gboolean value;

  g_object_get (dialog, "exporting", &value, NULL);
  return value;
}

static gboolean
export_over (gpointer data)
{
  return !exporting (data);
}

static gboolean
some_progress (gpointer data)
{
  Fixture *f = data;

  return f->last_progress > 0;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (listing != NULL && g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

/* The export returns at once; the main loop runs on (a timer fires, the window draws) while
 * the pages are written one by one; then every page is there and the status says so. */
static void
test_loop_runs (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "pages.png", NULL);
  g_autofree char *first = g_build_filename (f->dir, "pages-1.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint timer = g_timeout_add (5, tick_cb, f);

  cg_export_dialog_export_to (f->dialog, file);
  g_assert_true (exporting (f->dialog));
  g_assert_cmpuint (f->ticks, ==, 0);
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));
  cg_test_wait_until (export_over, f->dialog);
  g_source_remove (timer);

  g_assert_cmpuint (f->ticks, >, 0);
  g_assert_cmpuint (f->n_progress, >, 10);
  g_assert_false (f->went_back);
  g_assert_cmpfloat (f->last_progress, ==, 1.0);
  g_assert_true (g_str_has_prefix (cg_export_dialog_get_status (f->dialog), "Saved to "));
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_files (f->dir), >, 20);
}

/* Cancel, once some pages are written: no page is left, nor any temporary file. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "pages.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  cg_export_dialog_export_to (f->dialog, file);
  cg_test_wait_until (some_progress, f);
  g_assert_true (exporting (f->dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "export.cancel", NULL));
  cg_test_wait_until (export_over, f->dialog);

  g_assert_cmpuint (count_files (f->dir), ==, 0);
  g_assert_cmpstr (cg_export_dialog_get_status (f->dialog), ==,
                   "Export cancelled: nothing was saved.");

  /* and a new export after it goes through */
  cg_export_dialog_export_to (f->dialog, file);
  cg_test_wait_until (export_over, f->dialog);
  g_assert_true (g_str_has_prefix (cg_export_dialog_get_status (f->dialog), "Saved to "));
}

/* Closing the window while it exports stops the export, and leaves no file. */
static void
test_close (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "pages.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  cg_export_dialog_export_to (f->dialog, file);
  cg_test_wait_until (some_progress, f);
  gtk_window_destroy (GTK_WINDOW (f->dialog));
  /* the task holds the window until the worker has stopped and cleaned up */
  cg_test_wait_for (f->dialog == NULL);
  g_assert_cmpuint (count_files (f->dir), ==, 0);
}

/* The summary in another language than the window's: Welsh (the window is in English, C.UTF-8
 * here), written by another run of the program, with the workshop on its standard input. */
static void
test_other_language (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "crynodeb.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkDropDown *languages = GTK_DROP_DOWN (gtk_widget_get_template_child (
                             GTK_WIDGET (f->dialog), CG_TYPE_EXPORT_DIALOG, "language_dropdown"));
  GListModel *names = gtk_drop_down_get_model (languages);
  guint welsh = GTK_INVALID_LIST_POSITION;
  g_autofree char *text = NULL;

  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), ==,
                   "Same as Common Ground");
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Cymraeg") == 0)
      welsh = i;
  if (welsh == GTK_INVALID_LIST_POSITION)
    {
      g_test_skip ("no Welsh here: the cy_GB.UTF-8 locale or the catalogue is missing");
      return;
    }
  gtk_drop_down_set_selected (languages, welsh);
  /* (a PDF, to read its words back) */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (gtk_widget_get_template_child (
                                GTK_WIDGET (f->dialog), CG_TYPE_EXPORT_DIALOG, "format_dropdown")),
                              0);
  cg_export_dialog_export_to (f->dialog, file);
  g_assert_true (exporting (f->dialog));
  cg_test_wait_until (export_over, f->dialog);
  g_assert_true (g_str_has_prefix (cg_export_dialog_get_status (f->dialog), "Saved to "));
  text = cg_test_pdf_text (path);
  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "Crynodeb o’r gweithdy"));
  g_assert_nonnull (strstr (text, "Beth ddywedodd pobl"));
  g_assert_null (strstr (text, "What people said"));
  /* the workshop's own words are as they were */
  g_assert_nonnull (strstr (text, "The only event"));
}

static const char *
nth_label (GtkDropDown *drop_down,
           guint        position)
{
  return gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (drop_down)),
                                     position);
}

/* The Events list follows the workshop while the window is open: an event renamed, added or
 * removed; the event chosen stays chosen wherever it moves, and "All events" once it has gone. */
static void
test_events_follow (Fixture       *f,
                    gconstpointer  data)
{
  GtkDropDown *events = GTK_DROP_DOWN (gtk_widget_get_template_child (
                          GTK_WIDGET (f->dialog), CG_TYPE_EXPORT_DIALOG, "event_dropdown"));
  g_autoptr(CgEvent) only = g_list_model_get_item (cg_workshop_get_events (f->workshop), 0);
  g_autoptr(CgEvent) earlier = cg_event_new ("An earlier event");

  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (events)), ==, 2);
  g_assert_cmpstr (nth_label (events, 0), ==, "All events");
  g_assert_cmpstr (nth_label (events, 1), ==, "The only event");
  gtk_drop_down_set_selected (events, 1);

  cg_event_set_title (only, "The first and only event");
  cg_test_iterate ();
  g_assert_cmpstr (nth_label (events, 1), ==, "The first and only event");
  g_assert_cmpuint (gtk_drop_down_get_selected (events), ==, 1);

  cg_workshop_insert (f->workshop, earlier, 0);
  cg_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (events)), ==, 3);
  g_assert_cmpstr (nth_label (events, 1), ==, "An earlier event");
  g_assert_cmpstr (nth_label (events, 2), ==, "The first and only event");
  g_assert_cmpuint (gtk_drop_down_get_selected (events), ==, 2);

  cg_workshop_remove (f->workshop, earlier);
  cg_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (events)), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (events), ==, 1);

  cg_workshop_remove (f->workshop, only);
  cg_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (events)), ==, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (events), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  cg_test_window_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/widgets/export-dialog/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)
  ADD ("loop-runs", test_loop_runs);
  ADD ("cancel", test_cancel);
  ADD ("other-language", test_other_language);
  ADD ("close", test_close);
  ADD ("events-follow", test_events_follow);
#undef ADD
  return g_test_run ();
}
