/* test-review-view.c: review mode's browser: filters, sorting, private notes, the themes page,
 * and that nothing in it ever writes to the workshop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "cg-test-util.h"
#include "cg-test-window.h"

#include "model/cg-carry.h"
#include "model/cg-series.h"
#include "widgets/cg-review-view.h"

#define PRIVATE_TEXT "Who answers the phone at night?"

typedef struct
{
  CgWorkshop   *workshop;
  CgEvent      *march;
  CgEvent      *june;
  CgIdea       *reminders;  /* Access, June, open, 1 vote */
  GtkWindow    *window;
  CgReviewView *view;
} Fixture;

/* The ideas of the fixture, in workshop order. Events: 0 March, 1 June; themes: 0 Access,
 * 1 Peer roles, -1 unsorted. Ideas 5 to 7 are carried forward from March to June, below. */
typedef struct
{
  const char   *text;
  guint         event;
  int           theme;
  CgIdeaStatus  status;
  guint         votes;
} IdeaRow;

static const IdeaRow ideas_at_start[] = {
  { "Evening sessions at the clinic", 0, 0, CG_IDEA_STATUS_OPEN, 5 },
  { "Free parking for visitors", 0, 0, CG_IDEA_STATUS_ACTIONED, 3 },
  { "Easy-read letters", 0, 0, CG_IDEA_STATUS_OPEN, 2 },
  { "Paid peer workers", 0, 1, CG_IDEA_STATUS_PARKED, 1 },
  { PRIVATE_TEXT, 0, -1, CG_IDEA_STATUS_OPEN, 0 },
};

static const IdeaRow ideas_at_june[] = {
  { "Text reminders before appointments", 1, 0, CG_IDEA_STATUS_OPEN, 1 },
  { "Peer-led groups in the evening", 1, 1, CG_IDEA_STATUS_CLOSED, 0 },
};

static void
add_ideas (Fixture       *fixture,
           const IdeaRow *rows,
           guint          n_ideas)
{
  CgEvent *events[] = { fixture->march, fixture->june };

  for (guint i = 0; i < n_ideas; i++)
    {
      CgIdea *idea = cg_test_add (fixture->workshop, cg_idea_new (rows[i].text));
      CgTheme *theme = NULL;

      if (rows[i].theme >= 0)
        theme = g_list_model_get_item (cg_workshop_get_themes (fixture->workshop),
                                       rows[i].theme);
      cg_idea_set_event (idea, events[rows[i].event]);
      cg_idea_set_theme (idea, theme);
      cg_idea_set_status (idea, rows[i].status);
      cg_idea_set_votes (idea, events[rows[i].event], rows[i].votes);
      g_clear_object (&theme);
    }
}

static CgIdea *
nth_idea (Fixture *fixture,
          guint    position)
{
  g_autoptr(CgIdea) idea = g_list_model_get_item (cg_workshop_get_ideas (fixture->workshop),
                                                  position);

  return idea; /* the workshop holds it */
}

/* Ten ideas at two events (March, June), seven of the series:
 *   Access  March: Evening sessions at the clinic (open, 5), Free parking for visitors
 *                  (actioned, 3), Easy-read letters (open, 2)
 *           June:  Evening... carried (open, 6), Easy-read... carried (actioned, 4),
 *                  Text reminders before appointments (open, 1)
 *   Peers   March: Paid peer workers (parked, 1, and 2 more at June)
 *           June:  Peer-led groups in the evening (closed)
 *   Unsorted March: PRIVATE_TEXT (open, private question); June: its carried copy */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  CgHistory *history;

  fixture->workshop = cg_workshop_new ("Series");
  history = cg_workshop_get_history (fixture->workshop);
  fixture->march = cg_test_add (fixture->workshop, cg_event_new ("March"));
  fixture->june = cg_test_add (fixture->workshop, cg_event_new ("June"));
  cg_test_add (fixture->workshop, cg_theme_new ("Access", "#332288"));
  cg_test_add (fixture->workshop, cg_theme_new ("Peer roles", "#cc6677"));
  cg_test_add (fixture->workshop, cg_voice_new ("Carers", "#56b4e9"));

  add_ideas (fixture, ideas_at_start, G_N_ELEMENTS (ideas_at_start));
  cg_idea_set_votes (nth_idea (fixture, 3), fixture->june, 2);
  cg_idea_set_private (nth_idea (fixture, 4), TRUE);
  cg_idea_set_kind (nth_idea (fixture, 4), CG_IDEA_KIND_QUESTION);
  g_assert_cmpuint (cg_workshop_carry_forward (fixture->workshop, fixture->march, fixture->june),
                    ==, 3);
  cg_idea_set_votes (nth_idea (fixture, 5), fixture->june, 6);          /* Evening sessions */
  cg_idea_set_votes (nth_idea (fixture, 6), fixture->june, 4);          /* Easy-read letters */
  cg_idea_set_status (nth_idea (fixture, 6), CG_IDEA_STATUS_ACTIONED);
  add_ideas (fixture, ideas_at_june, G_N_ELEMENTS (ideas_at_june));
  fixture->reminders = nth_idea (fixture, 8);
  g_assert_cmpstr (cg_idea_get_text (fixture->reminders), ==, "Text reminders before appointments");
  g_assert_cmpuint (g_list_model_get_n_items (cg_workshop_get_ideas (fixture->workshop)), ==, 10);
  cg_history_clear (history);
  cg_history_mark_clean (history);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->view = CG_REVIEW_VIEW (cg_review_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_set_default_size (fixture->window, 1280, 800);
  cg_review_view_set_workshop (fixture->view, fixture->workshop);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (fixture->workshop);
}

/* The view only reads: whatever was done, there is nothing to undo and nothing to save. */
static void
assert_nothing_written (Fixture *fixture)
{
  CgHistory *history = cg_workshop_get_history (fixture->workshop);

  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 0);
  g_assert_false (cg_history_get_modified (history));
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      if ((found = find_named (child, name)) != NULL)
        return found;
    }
  return NULL;
}

/* A label under @widget whose text holds @words, or NULL. */
static GtkLabel *
find_label_holding (GtkWidget  *widget,
                    const char *words)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), words) != NULL)
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label_holding (child, words);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
view_part (Fixture    *fixture,
           const char *name)
{
  GtkWidget *widget = find_named (GTK_WIDGET (fixture->view), name);

  g_assert_nonnull (widget);
  return widget;
}

/* (what the view shows follows a filter, and the words searched for once the search entry's
 * delay is over: the assertions below wait for what they check) */
static void
choose (Fixture    *fixture,
        const char *drop_down,
        guint       position)
{
  gtk_drop_down_set_selected (GTK_DROP_DOWN (view_part (fixture, drop_down)), position);
}

static void
search_for (Fixture    *fixture,
            const char *words)
{
  gtk_editable_set_text (GTK_EDITABLE (view_part (fixture, "review-search")), words);
}

/* @n_shown rows, of @total with no filter but the event's: over all events, the 7 ideas of
 * the series (the 3 carried to June count once); at March or June, the 5 ideas there. */
static void
assert_shown_of (Fixture *fixture,
                 guint    n_shown,
                 guint    total)
{
  g_autofree char *count = g_strdup_printf ("%u of %u ideas", n_shown, total);

  cg_test_wait_for (cg_review_view_get_n_shown (fixture->view) == n_shown &&
                    cg_test_label_reads (view_part (fixture, "review-count"), count));
  g_assert_cmpuint (cg_review_view_get_n_shown (fixture->view), ==, n_shown);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (view_part (fixture, "review-count"))), ==,
                   count);
  assert_nothing_written (fixture);
}

static void
assert_shown (Fixture *fixture,
              guint    n_shown)
{
  assert_shown_of (fixture, n_shown, 7);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  assert_shown (fixture, 7);

  /* words, in any case, in any order: the carried Evening sessions is one idea */
  search_for (fixture, "evening");
  assert_shown (fixture, 2);
  search_for (fixture, "CLINIC evening");
  assert_shown (fixture, 1);

  /* and an event: June is the second entry after "All events"; there its copy is a row */
  search_for (fixture, "evening");
  choose (fixture, "review-event", 2);
  assert_shown_of (fixture, 2, 5);
  search_for (fixture, "");
  assert_shown_of (fixture, 5, 5);
  choose (fixture, "review-event", 0);

  /* themes: All, Unsorted, Access, Peer roles */
  choose (fixture, "review-theme", 2);
  assert_shown (fixture, 4);
  choose (fixture, "review-theme", 1);
  assert_shown (fixture, 1);
  choose (fixture, "review-theme", 0);

  /* statuses: Any, Open, Actioned, Parked, Closed; over all events, the latest copy's (the
   * letters, open in March, were actioned in June) */
  choose (fixture, "review-status", 1);
  assert_shown (fixture, 3);
  choose (fixture, "review-status", 2);
  assert_shown (fixture, 2);
  choose (fixture, "review-kind", 1 + CG_IDEA_KIND_QUESTION);
  assert_shown (fixture, 0);
  choose (fixture, "review-status", 0);
  assert_shown (fixture, 1);
  choose (fixture, "review-kind", 0);
  assert_shown (fixture, 7);
}

/* The ideas in the order the table shows them. */
static CgIdea *
row_idea (Fixture *fixture,
          guint    position)
{
  GtkColumnView *columns = GTK_COLUMN_VIEW (view_part (fixture, "review-ideas"));
  GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (columns));
  g_autoptr(CgIdea) idea = g_list_model_get_item (rows, position);

  return idea; /* the workshop holds it */
}

/* Whether the table's rows are still being sorted. */
static gboolean
sorting (Fixture *fixture)
{
  GtkColumnView *columns = GTK_COLUMN_VIEW (view_part (fixture, "review-ideas"));
  GListModel *sorted = gtk_single_selection_get_model (
      GTK_SINGLE_SELECTION (gtk_column_view_get_model (columns)));

  return gtk_sort_list_model_get_pending (GTK_SORT_LIST_MODEL (sorted)) > 0;
}

static void
sort_by (Fixture     *fixture,
         const char  *title,
         GtkSortType  order)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (view_part (fixture, "review-ideas"));
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        {
          gtk_column_view_sort_by_column (view, column, order);
          cg_test_wait_for (!sorting (fixture));
          return;
        }
    }
  g_assert_not_reached ();
}

/* The votes the row of @idea shows over all events: its lineage's, at every event. */
static guint
series_votes (Fixture *fixture,
              CgIdea  *idea)
{
  g_autoptr(CgSeries) series = cg_series_new (fixture->workshop);

  return cg_lineage_get_total_votes (cg_series_find_lineage (series, idea));
}

static void
test_sorting (Fixture       *fixture,
              gconstpointer  data)
{
  CgIdea *idea;

  /* most votes first from the start: Evening sessions, 5 votes in March and 6 at June, as its
   * June copy; then the letters, 2 and 4 */
  idea = row_idea (fixture, 0);
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "Evening sessions at the clinic");
  g_assert_true (cg_idea_get_event (idea) == fixture->june);
  g_assert_cmpuint (series_votes (fixture, idea), ==, 11);
  g_assert_cmpstr (cg_idea_get_text (row_idea (fixture, 1)), ==, "Easy-read letters");
  g_assert_cmpuint (series_votes (fixture, row_idea (fixture, 1)), ==, 6);
  g_assert_cmpuint (series_votes (fixture, row_idea (fixture, 6)), ==, 0);

  sort_by (fixture, "Idea", GTK_SORT_ASCENDING);
  g_assert_cmpstr (cg_idea_get_text (row_idea (fixture, 0)), ==, "Easy-read letters");
  sort_by (fixture, "Event", GTK_SORT_DESCENDING);
  g_assert_true (cg_idea_get_event (row_idea (fixture, 0)) == fixture->june);
  g_assert_true (cg_idea_get_event (row_idea (fixture, 6)) == fixture->march);

  sort_by (fixture, "Votes", GTK_SORT_ASCENDING);
  g_assert_cmpuint (series_votes (fixture, row_idea (fixture, 0)), ==, 0);
  sort_by (fixture, "Votes", GTK_SORT_DESCENDING);
  g_assert_cmpuint (series_votes (fixture, row_idea (fixture, 0)), ==, 11);

  /* at one event, an idea's own votes there */
  choose (fixture, "review-event", 2);
  cg_test_wait_for (cg_review_view_get_n_shown (fixture->view) == 5 && !sorting (fixture));
  g_assert_cmpstr (cg_idea_get_text (row_idea (fixture, 0)), ==, "Evening sessions at the clinic");
  g_assert_cmpstr (cg_idea_get_text (row_idea (fixture, 1)), ==, "Easy-read letters");
  g_assert_cmpuint (cg_idea_get_total_votes (row_idea (fixture, 1)), ==, 4);
  choose (fixture, "review-event", 0);

  /* a vote cast elsewhere moves the idea up, once the change has settled */
  cg_idea_set_votes (fixture->reminders, fixture->june, 20);
  cg_test_wait_for (row_idea (fixture, 0) == fixture->reminders);
  g_assert_true (row_idea (fixture, 0) == fixture->reminders);
  g_assert_true (cg_history_undo (cg_workshop_get_history (fixture->workshop)));
  cg_test_wait_for (series_votes (fixture, row_idea (fixture, 0)) == 11);
  g_assert_cmpuint (series_votes (fixture, row_idea (fixture, 0)), ==, 11);

  /* choosing a row only selects it */
  gtk_selection_model_select_item (gtk_column_view_get_model (
                                     GTK_COLUMN_VIEW (view_part (fixture, "review-ideas"))),
                                   0, TRUE);
  g_assert_true (cg_review_view_get_selected_idea (fixture->view) == row_idea (fixture, 0));
  g_assert_cmpuint (cg_history_get_n_undo (cg_workshop_get_history (fixture->workshop)), ==, 0);
}

/* The text of every idea cell laid out now, one per line. */
static void
collect_idea_texts (GtkWidget *widget,
                    GString   *texts)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_strcmp0 (gtk_widget_get_name (child), "review-idea-text") == 0)
        g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (child)));
      collect_idea_texts (child, texts);
    }
}

static char *
shown_idea_texts (Fixture *fixture)
{
  GString *texts = g_string_new (NULL);

  collect_idea_texts (view_part (fixture, "review-ideas"), texts);
  return g_string_free (texts, FALSE);
}

/* Whether the idea cells laid out now show @line. */
static gboolean
shows_line (Fixture    *fixture,
            const char *line)
{
  g_autofree char *texts = shown_idea_texts (fixture);

  return strstr (texts, line) != NULL;
}

static void
test_private (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *hidden = NULL;
  g_autofree char *shown = NULL;

  /* the rows laid out */
  cg_test_wait_for (shows_line (fixture, "Text reminders before appointments\n") &&
                    shows_line (fixture, "Private note\n"));
  hidden = shown_idea_texts (fixture);
  g_assert_nonnull (strstr (hidden, "Text reminders before appointments\n"));
  g_assert_nonnull (strstr (hidden, "Private note\n"));
  g_assert_null (strstr (hidden, PRIVATE_TEXT));
  /* nor can a word search tell the room what it says */
  search_for (fixture, "phone");
  assert_shown (fixture, 0);

  cg_review_view_set_show_private (fixture->view, TRUE);
  assert_shown (fixture, 1);
  search_for (fixture, "");
  /* every row back, the private one with its words */
  cg_test_wait_for (cg_review_view_get_n_shown (fixture->view) == 7 &&
                    shows_line (fixture, PRIVATE_TEXT "\n") &&
                    !shows_line (fixture, "Private note"));
  shown = shown_idea_texts (fixture);
  g_assert_nonnull (strstr (shown, PRIVATE_TEXT "\n"));
  g_assert_null (strstr (shown, "Private note"));
  assert_nothing_written (fixture);
}

/* The event list follows the workshop: renamed, added, removed (and a removed choice falls back
 * to "All events"). */
static void
test_lists_follow (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkDropDown *events = GTK_DROP_DOWN (view_part (fixture, "review-event"));
  GListModel *names = NULL;
  g_autoptr(CgEvent) january = NULL;
  CgHistory *history = cg_workshop_get_history (fixture->workshop);

  choose (fixture, "review-event", 2);
  assert_shown_of (fixture, 5, 5);
  cg_event_set_title (fixture->june, "June: from ideas to actions");
  january = cg_event_new ("January");
  cg_workshop_insert (fixture->workshop, january, 0);
  /* the list follows: four entries, June's renamed, still chosen */
  cg_test_wait_for (g_list_model_get_n_items (gtk_drop_down_get_model (events)) == 4 &&
                    g_strcmp0 (gtk_string_list_get_string (
                                 GTK_STRING_LIST (gtk_drop_down_get_model (events)), 3),
                               "June: from ideas to actions") == 0 &&
                    gtk_drop_down_get_selected (events) == 3);
  names = gtk_drop_down_get_model (events);
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 1), ==, "January");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 3), ==,
                   "June: from ideas to actions");
  /* still June, now in third place */
  g_assert_cmpuint (gtk_drop_down_get_selected (events), ==, 3);
  g_assert_cmpuint (cg_review_view_get_n_shown (fixture->view), ==, 5);

  cg_workshop_remove (fixture->workshop, fixture->june);
  cg_test_wait_for (gtk_drop_down_get_selected (events) == 0 &&
                    cg_review_view_get_n_shown (fixture->view) == 7);
  g_assert_cmpuint (gtk_drop_down_get_selected (events), ==, 0);
  g_assert_cmpuint (cg_review_view_get_n_shown (fixture->view), ==, 7);
  /* the three changes above are the test's own: the view added none */
  g_assert_cmpuint (cg_history_get_n_undo (history), ==, 3);
}

static GtkWidget *
development_cell (GtkGrid    *grid,
                  const char *theme,
                  guint       event)
{
  for (int row = 1; gtk_grid_get_child_at (grid, 0, row) != NULL; row++)
    {
      GtkWidget *name = find_named (gtk_grid_get_child_at (grid, 0, row),
                                    "review-development-theme");

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (name)), theme) == 0)
        return gtk_grid_get_child_at (grid, event + 1, row);
    }
  g_assert_not_reached ();
}

/* A cell's lines, joined by " / ". */
static char *
cell_text (GtkWidget *cell)
{
  GString *text = g_string_new (NULL);

  g_assert_cmpstr (gtk_widget_get_name (cell), ==, "review-development-cell");
  for (GtkWidget *line = gtk_widget_get_first_child (cell); line != NULL;
       line = gtk_widget_get_next_sibling (line))
    g_string_append_printf (text, "%s%s", text->len > 0 ? " / " : "",
                            gtk_label_get_text (GTK_LABEL (line)));
  return g_string_free (text, FALSE);
}

static char *
figures_shown (Fixture    *fixture,
               const char *theme,
               guint       event)
{
  GtkGrid *grid = GTK_GRID (view_part (fixture, "review-development-grid"));

  return cell_text (development_cell (grid, theme, event));
}

static gboolean
figures_read (Fixture    *fixture,
              const char *theme,
              guint       event,
              const char *figures)
{
  g_autofree char *shown = figures_shown (fixture, theme, event);

  return g_str_equal (shown, figures);
}

static void
test_development (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *stack = view_part (fixture, "review-ideas");
  g_autofree char *march = NULL;
  g_autofree char *june = NULL;
  g_autofree char *unsorted = NULL;
  g_autofree char *after = NULL;

  /* the page switcher's stack holds the table */
  while (stack != NULL && !GTK_IS_STACK (stack))
    stack = gtk_widget_get_parent (stack);
  g_assert_nonnull (stack);
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "development");
  cg_test_wait_for (gtk_widget_get_mapped (view_part (fixture, "review-development-grid")));

  march = figures_shown (fixture, "Access", 0);
  june = figures_shown (fixture, "Access", 1);
  unsorted = figures_shown (fixture, "Unsorted", 1);
  g_assert_cmpstr (march, ==, "3 ideas / 10 votes / 1 actioned, 2 still open");
  g_assert_cmpstr (june, ==, "1 new, 2 carried / 11 votes / 1 actioned, 2 still open");
  g_assert_cmpstr (unsorted, ==, "0 new, 1 carried / 0 votes / 0 actioned, 1 still open");
  assert_nothing_written (fixture);

  /* an idea actioned elsewhere: the page follows once the change has settled */
  cg_idea_set_status (fixture->reminders, CG_IDEA_STATUS_ACTIONED);
  cg_test_wait_for (figures_read (fixture, "Access", 1,
                                  "1 new, 2 carried / 11 votes / 2 actioned, 1 still open"));
  after = figures_shown (fixture, "Access", 1);
  g_assert_cmpstr (after, ==, "1 new, 2 carried / 11 votes / 2 actioned, 1 still open");
}

/* Hidden (another view is shown), the view does not sort again after a change: the change
 * waits, and is there as soon as the view is shown. */
static void
test_hidden_waits (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);

  g_assert_cmpstr (cg_idea_get_text (row_idea (fixture, 0)), ==, "Evening sessions at the clinic");
  gtk_widget_set_visible (view, FALSE);
  g_assert_false (gtk_widget_get_mapped (view));
  cg_idea_set_votes (fixture->reminders, fixture->june, 20);
  /* (past the view's delay: the refresh it would have made) */
  cg_test_wait_timer (400);
  g_assert_cmpstr (cg_idea_get_text (row_idea (fixture, 0)), ==, "Evening sessions at the clinic");

  gtk_widget_set_visible (view, TRUE);
  g_assert_true (gtk_widget_get_mapped (view));
  g_assert_false (sorting (fixture));
  g_assert_true (row_idea (fixture, 0) == fixture->reminders);
}

static void
test_focus_search (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *entry = view_part (fixture, "review-search");
  GtkWidget *focus;

  cg_review_view_focus_search (fixture->view);
  focus = gtk_window_get_focus (fixture->window);
  g_assert_nonnull (focus);
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));
  assert_nothing_written (fixture);
}

/* The History column says which laptop captured an idea, when one is recorded. */
static void
test_laptop_in_history (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkLabel *label = NULL;

  cg_idea_set_laptop (fixture->reminders, "Table 2");
  cg_test_wait_for ((label = find_label_holding (GTK_WIDGET (fixture->view), "from Table 2")) !=
                    NULL);
  g_assert_nonnull (label);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (label), "Raised at June"));
  g_assert_true (g_str_has_suffix (gtk_label_get_text (label), " · from Table 2"));
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("no display: skipping the review view tests\n");
      return 77;
    }
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/widgets/review-view/filters", Fixture, NULL,
              fixture_set_up, test_filters, fixture_tear_down);
  g_test_add ("/widgets/review-view/sorting", Fixture, NULL,
              fixture_set_up, test_sorting, fixture_tear_down);
  g_test_add ("/widgets/review-view/private", Fixture, NULL,
              fixture_set_up, test_private, fixture_tear_down);
  g_test_add ("/widgets/review-view/lists-follow", Fixture, NULL,
              fixture_set_up, test_lists_follow, fixture_tear_down);
  g_test_add ("/widgets/review-view/development", Fixture, NULL,
              fixture_set_up, test_development, fixture_tear_down);
  g_test_add ("/widgets/review-view/hidden-waits", Fixture, NULL,
              fixture_set_up, test_hidden_waits, fixture_tear_down);
  g_test_add ("/widgets/review-view/focus-search", Fixture, NULL,
              fixture_set_up, test_focus_search, fixture_tear_down);
  g_test_add ("/widgets/review-view/laptop-in-history", Fixture, NULL,
              fixture_set_up, test_laptop_in_history, fixture_tear_down);

  return g_test_run ();
}
