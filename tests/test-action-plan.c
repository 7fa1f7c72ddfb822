/* test-action-plan.c: the action plan table: rows, editing in place, undo, the toolbar, review mode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "cg-test-util.h"
#include "cg-test-window.h"

#include "widgets/cg-action-plan.h"

typedef struct
{
  CgWorkshop   *workshop;
  CgHistory    *history;
  CgTheme      *access;
  CgTheme      *staffing;
  CgIdea       *evenings;
  CgIdea       *secret;   /* private */
  CgAction     *tuesdays; /* Access, agreed, answers evenings and secret */
  CgAction     *peers;    /* Staffing, in progress */
  CgAction     *council;  /* no theme, done */
  GtkWindow    *window;
  CgActionPlan *plan;
} Fixture;

/* How long a text cell waits, after the focus left it, before it commits (GTK 4.8's
 * GtkEditableLabel, and cg-action-plan-cells.c in its place): a test that asserts nothing was
 * written waits that long. */
#define COMMIT_DELAY_MS 100

/* Finding the table's widgets */

typedef gboolean (*WidgetTest) (GtkWidget *widget, const char *value);

static gboolean
is_named (GtkWidget  *widget,
          const char *name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static gboolean
is_button_for (GtkWidget  *widget,
               const char *action_name)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

static gboolean
is_label_reading (GtkWidget  *widget,
                  const char *text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* Every widget below @top (not @top itself) that passes @test, depth first. */
static GPtrArray *
find_below (GtkWidget  *top,
            WidgetTest  test,
            const char *value)
{
  GPtrArray *found = g_ptr_array_new ();
  GtkWidget *widget = gtk_widget_get_first_child (top);

  while (widget != NULL)
    {
      if (test (widget, value))
        g_ptr_array_add (found, widget);
      if (gtk_widget_get_first_child (widget) != NULL)
        {
          widget = gtk_widget_get_first_child (widget);
          continue;
        }
      /* no children: the next sibling of the nearest ancestor (below @top) that has one */
      while (widget != top && gtk_widget_get_next_sibling (widget) == NULL)
        widget = gtk_widget_get_parent (widget);
      widget = widget != top ? gtk_widget_get_next_sibling (widget) : NULL;
    }
  return found;
}

static GPtrArray *
find_named (GtkWidget  *under,
            const char *name)
{
  return find_below (under, is_named, name);
}

/* The one widget below the plan that passes @test. */
static GtkWidget *
only_widget (Fixture    *fixture,
             WidgetTest  test,
             const char *value)
{
  g_autoptr(GPtrArray) found = find_below (GTK_WIDGET (fixture->plan), test, value);

  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

static const char *
named_label_text (Fixture    *fixture,
                  const char *name)
{
  return gtk_label_get_text (GTK_LABEL (only_widget (fixture, is_named, name)));
}

static GtkWidget *
toolbar_button (Fixture    *fixture,
                const char *action_name)
{
  return only_widget (fixture, is_button_for, action_name);
}

/* How many labels under @widget read @text. */
static guint
count_labels (GtkWidget  *widget,
              const char *text)
{
  g_autoptr(GPtrArray) found = find_below (widget, is_label_reading, text);

  return found->len;
}

/* The "cell-@column" widget whose text is @text (cells of text columns only). */
static GtkWidget *
find_text_cell (Fixture    *fixture,
                const char *column,
                const char *text)
{
  g_autofree char *name = g_strdup_printf ("cell-%s", column);
  g_autoptr(GPtrArray) cells = find_named (GTK_WIDGET (fixture->plan), name);
  GtkWidget *found = NULL;

  for (guint i = 0; i < cells->len; i++)
    if (g_strcmp0 (gtk_editable_get_text (g_ptr_array_index (cells, i)), text) == 0)
      {
        g_assert_null (found);
        found = g_ptr_array_index (cells, i);
      }
  g_assert_nonnull (found);
  return found;
}

/* How many rows the table has laid out (the cells of the Action column). */
static guint
n_rows_shown (Fixture *fixture)
{
  g_autoptr(GPtrArray) cells = find_named (GTK_WIDGET (fixture->plan), "cell-action");

  return cells->len;
}

/* The Action cell being edited, or NULL (there is never more than one). */
static GtkWidget *
editing_cell (Fixture *fixture)
{
  g_autoptr(GPtrArray) cells = find_named (GTK_WIDGET (fixture->plan), "cell-action");
  GtkWidget *editing = NULL;

  for (guint i = 0; i < cells->len; i++)
    if (gtk_editable_label_get_editing (g_ptr_array_index (cells, i)))
      {
        g_assert_null (editing);
        editing = g_ptr_array_index (cells, i);
      }
  return editing;
}

/* Whether a row's "cell-@column" reads @text. */
static gboolean
shows_text_cell (Fixture    *fixture,
                 const char *column,
                 const char *text)
{
  g_autofree char *name = g_strdup_printf ("cell-%s", column);
  g_autoptr(GPtrArray) cells = find_named (GTK_WIDGET (fixture->plan), name);

  for (guint i = 0; i < cells->len; i++)
    if (g_strcmp0 (gtk_editable_get_text (g_ptr_array_index (cells, i)), text) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
editable_reads (GtkWidget  *editable,
                const char *text)
{
  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (editable)), text) == 0;
}

/* The cell of @column in the same row as @cell: the nearest ancestor holding one is the row. */
static GtkWidget *
row_cell (GtkWidget  *cell,
          const char *column)
{
  g_autofree char *name = g_strdup_printf ("cell-%s", column);

  for (GtkWidget *up = gtk_widget_get_parent (cell); up != NULL; up = gtk_widget_get_parent (up))
    {
      g_autoptr(GPtrArray) found = find_named (up, name);

      if (found->len == 1)
        return g_ptr_array_index (found, 0);
      g_assert_cmpuint (found->len, ==, 0);
    }
  g_assert_not_reached ();
}

/* The fixture */

static CgAction *
add_action (Fixture        *fixture,
            const char     *area,
            const char     *words,
            CgActionStatus  status,
            CgTheme        *theme)
{
  return cg_test_add (fixture->workshop, g_object_new (CG_TYPE_ACTION, "area", area,
                                                       "action", words, "status", status,
                                                       "theme", theme, NULL));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->workshop = cg_workshop_new ("Plan");
  fixture->evenings = cg_test_add (fixture->workshop, cg_idea_new ("Open in the evenings"));
  fixture->secret = cg_test_add (fixture->workshop, cg_idea_new ("My neighbour works there"));
  cg_idea_set_private (fixture->secret, TRUE);
  fixture->access = cg_test_add (fixture->workshop, cg_theme_new ("Access", "#1c71d8"));
  fixture->staffing = cg_test_add (fixture->workshop, cg_theme_new ("Staffing", "#2ec27e"));
  fixture->tuesdays = add_action (fixture, "Access", "Open on Tuesday evenings",
                                  CG_ACTION_STATUS_AGREED, fixture->access);
  cg_action_link_idea (fixture->tuesdays, cg_object_get_id (CG_OBJECT (fixture->evenings)));
  cg_action_link_idea (fixture->tuesdays, cg_object_get_id (CG_OBJECT (fixture->secret)));
  fixture->peers = add_action (fixture, "Staffing", "Hire two peer workers",
                               CG_ACTION_STATUS_IN_PROGRESS, fixture->staffing);
  fixture->council = add_action (fixture, "Parking", "Ask the council", CG_ACTION_STATUS_DONE,
                                 NULL);
  fixture->history = cg_workshop_get_history (fixture->workshop);
  cg_history_clear (fixture->history);
  /* each edit is its own step, however quickly the test makes them */
  g_object_set (fixture->history, "coalesce-window", (gint64) 0, NULL);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 500);
  fixture->plan = CG_ACTION_PLAN (cg_action_plan_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->plan));
  cg_action_plan_set_workshop (fixture->plan, fixture->workshop);
  gtk_window_present (fixture->window);
  /* every action's row laid out */
  cg_test_wait_for (n_rows_shown (fixture) ==
                    g_list_model_get_n_items (cg_workshop_get_actions (fixture->workshop)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gboolean editing = editing_cell (fixture) != NULL;

  gtk_window_destroy (fixture->window);
  /* closed while a cell was being edited: the timeout its commit would come from fires now
   * (GTK's own, had the cell not replaced it, would read a freed controller) */
  if (editing)
    cg_test_wait_timer (COMMIT_DELAY_MS);
  /* nothing the plan made keeps the workshop alive */
  g_assert_finalize_object (fixture->workshop);
}

/* The tests */

static void
test_rows_shown (Fixture       *fixture,
                 gconstpointer  data)
{
  GListModel *actions = cg_workshop_get_actions (fixture->workshop);
  g_autoptr(GPtrArray) rows = find_named (GTK_WIDGET (fixture->plan), "cell-action");
  GtkWidget *peers = find_text_cell (fixture, "action", "Hire two peer workers");
  GtkWidget *tuesdays = find_text_cell (fixture, "action", "Open on Tuesday evenings");
  GtkWidget *ideas = row_cell (tuesdays, "ideas");
  g_autofree char *tooltip = NULL;

  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (actions));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row_cell (peers, "area"))), ==,
                   "Staffing");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (row_cell (peers, "status"))), ==,
                    CG_ACTION_STATUS_IN_PROGRESS);
  g_assert_true (gtk_drop_down_get_selected_item (GTK_DROP_DOWN (row_cell (peers, "theme"))) ==
                 fixture->staffing);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (
                      row_cell (find_text_cell (fixture, "action", "Ask the council"), "theme"))),
                    ==, 0);
  g_assert_cmpstr (named_label_text (fixture, "counts"), ==, "3 actions · 1 done");
  g_assert_false (gtk_widget_get_visible (only_widget (fixture, is_named, "empty")));

  /* "You said": the count, and the words behind it (a private note's only when shown) */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ideas)), ==, "2 ideas");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (ideas), ==,
                   "• Open in the evenings\n• Private note");
  cg_action_plan_set_show_private (fixture->plan, TRUE);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (ideas), ==,
                   "• Open in the evenings\n• My neighbour works there");

  /* an idea removed from the board is no longer counted */
  cg_workshop_remove (fixture->workshop, fixture->evenings);
  cg_test_wait_for (cg_test_label_reads (ideas, "1 idea"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ideas)), ==, "1 idea");
  tooltip = g_strdup (gtk_widget_get_tooltip_text (ideas));
  g_assert_cmpstr (tooltip, ==, "• My neighbour works there");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (row_cell (peers, "ideas"))), ==,
                   "No ideas linked");
}

static void
commit_text (GtkWidget  *cell,
             const char *text)
{
  gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (cell));
  gtk_editable_set_text (GTK_EDITABLE (cell), text);
  gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (cell), TRUE);
}

static void
test_edit_text (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *cell = find_text_cell (fixture, "action", "Hire two peer workers");
  GtkWidget *position = row_cell (cell, "position");

  commit_text (cell, "Hire three peer workers");
  g_assert_cmpstr (cg_action_get_action (fixture->peers), ==, "Hire three peer workers");
  g_assert_cmpstr (cg_action_get_action (fixture->tuesdays), ==, "Open on Tuesday evenings");
  g_assert_cmpuint (cg_history_get_n_undo (fixture->history), ==, 1);

  g_assert_true (cg_history_undo (fixture->history));
  cg_test_wait_for (editable_reads (cell, "Hire two peer workers"));
  g_assert_cmpstr (cg_action_get_action (fixture->peers), ==, "Hire two peer workers");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell)), ==, "Hire two peer workers");

  /* committing what is there already, or nothing in an empty cell, is no step at all */
  commit_text (cell, "Hire two peer workers");
  g_assert_null (cg_action_get_position (fixture->peers));
  commit_text (position, "");
  g_assert_null (cg_action_get_position (fixture->peers));
  g_assert_cmpuint (cg_history_get_n_undo (fixture->history), ==, 0);

  /* the words typed go to the row's action, and undo clears the cell again */
  commit_text (position, "  One in post since May ");
  g_assert_cmpstr (cg_action_get_position (fixture->peers), ==, "One in post since May");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (position)), ==, "One in post since May");
  g_assert_true (cg_history_undo (fixture->history));
  cg_test_wait_for (editable_reads (position, ""));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (position)), ==, "");
}

/* A cell whose action goes while it is being edited writes nothing to the next one bound. */
static void
test_edit_then_row_removed (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWidget *cell = find_text_cell (fixture, "action", "Open on Tuesday evenings");

  gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (cell));
  gtk_editable_set_text (GTK_EDITABLE (cell), "Stray words");
  cg_workshop_remove (fixture->workshop, fixture->tuesdays);
  before = cg_test_save_to_string (fixture->workshop);
  /* its row gone, and the moment a cell commits in after its focus left */
  cg_test_wait_for (n_rows_shown (fixture) == 2);
  cg_test_wait_timer (COMMIT_DELAY_MS);
  after = cg_test_save_to_string (fixture->workshop);
  g_assert_cmpstr (after, ==, before);
  g_assert_null (strstr (after, "Stray words"));
  g_assert_cmpuint (cg_history_get_n_undo (fixture->history), ==, 1);
  g_assert_cmpstr (named_label_text (fixture, "counts"), ==, "2 actions · 1 done");

  g_assert_true (cg_history_undo (fixture->history));
  cg_test_wait_for (shows_text_cell (fixture, "action", "Open on Tuesday evenings"));
  cell = find_text_cell (fixture, "action", "Open on Tuesday evenings");
  g_assert_false (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (cell)));

  /* the window closed while a cell is being edited: nothing is written, nothing left running */
  gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (cell));
  gtk_editable_set_text (GTK_EDITABLE (cell), "Closing words");
}

static void
test_status_drop_down (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *cell = find_text_cell (fixture, "action", "Open on Tuesday evenings");
  GtkDropDown *status = GTK_DROP_DOWN (row_cell (cell, "status"));

  gtk_drop_down_set_selected (status, CG_ACTION_STATUS_DONE);
  g_assert_cmpint (cg_action_get_status (fixture->tuesdays), ==, CG_ACTION_STATUS_DONE);
  g_assert_cmpint (cg_action_get_status (fixture->peers), ==, CG_ACTION_STATUS_IN_PROGRESS);
  g_assert_cmpuint (cg_history_get_n_undo (fixture->history), ==, 1);
  cg_test_wait_for (g_str_equal (named_label_text (fixture, "counts"), "3 actions · 2 done"));
  g_assert_cmpstr (named_label_text (fixture, "counts"), ==, "3 actions · 2 done");

  g_assert_true (cg_history_undo (fixture->history));
  cg_test_wait_for (gtk_drop_down_get_selected (status) == CG_ACTION_STATUS_AGREED &&
                    g_str_equal (named_label_text (fixture, "counts"), "3 actions · 1 done"));
  g_assert_cmpint (cg_action_get_status (fixture->tuesdays), ==, CG_ACTION_STATUS_AGREED);
  g_assert_cmpuint (gtk_drop_down_get_selected (status), ==, CG_ACTION_STATUS_AGREED);
  g_assert_cmpstr (named_label_text (fixture, "counts"), ==, "3 actions · 1 done");
  /* setting the drop-down from the model recorded nothing */
  g_assert_false (cg_history_get_can_undo (fixture->history));
  g_assert_true (cg_history_get_can_redo (fixture->history));
}

static void
test_add_and_remove (Fixture       *fixture,
                     gconstpointer  data)
{
  GListModel *actions = cg_workshop_get_actions (fixture->workshop);
  g_autoptr(CgAction) added = NULL;
  GtkWidget *editing = NULL;

  g_signal_emit_by_name (toolbar_button (fixture, "plan.add-action"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 4);
  added = g_list_model_get_item (actions, 3);
  g_assert_true (cg_action_plan_get_selected_action (fixture->plan) == added);
  g_assert_cmpstr (cg_history_get_undo_label (fixture->history), ==, "New action");

  /* its Action cell is being edited: what is typed there is the new action's (waited for:
   * the row is made and its cell starts editing a frame or two later, more on a busy
   * machine) */
  cg_test_wait_for ((editing = editing_cell (fixture)) != NULL);
  g_assert_nonnull (editing);
  gtk_editable_set_text (GTK_EDITABLE (editing), "Weekend drop-in");
  gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (editing), TRUE);
  g_assert_cmpstr (cg_action_get_action (added), ==, "Weekend drop-in");
  g_assert_cmpstr (named_label_text (fixture, "counts"), ==, "4 actions · 1 done");

  /* Remove takes the selected row */
  cg_action_plan_select_action (fixture->plan, fixture->peers);
  cg_test_wait_for (cg_action_plan_get_selected_action (fixture->plan) == fixture->peers);
  g_assert_true (cg_action_plan_get_selected_action (fixture->plan) == fixture->peers);
  g_signal_emit_by_name (toolbar_button (fixture, "plan.remove-action"), "clicked");
  g_assert_cmpint (cg_workshop_index_of (fixture->workshop, fixture->peers), ==, -1);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 3);

  g_assert_true (cg_history_undo (fixture->history));
  g_assert_cmpint (cg_workshop_index_of (fixture->workshop, fixture->peers), ==, 1);
  g_assert_true (cg_history_undo (fixture->history)); /* the words */
  g_assert_true (cg_history_undo (fixture->history)); /* the new action */
  cg_test_wait_for (n_rows_shown (fixture) == 3);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 3);
  g_assert_cmpint (cg_workshop_index_of (fixture->workshop, added), ==, -1);
  g_assert_false (cg_history_get_can_undo (fixture->history));
}

static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *empty = only_widget (fixture, is_named, "empty");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(CgWorkshop) blank = cg_workshop_new ("Blank");

  cg_action_plan_set_workshop (fixture->plan, blank);
  cg_test_wait_for (gtk_widget_get_visible (empty) && n_rows_shown (fixture) == 0);
  g_assert_true (gtk_widget_get_visible (empty));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (empty)),
                            "Ctrl+Shift+A"));
  g_assert_cmpstr (named_label_text (fixture, "counts"), ==, "0 actions · 0 done");
  rows = find_named (GTK_WIDGET (fixture->plan), "cell-action");
  g_assert_cmpuint (rows->len, ==, 0);
  /* nothing to remove; no workshop, nothing to add to */
  g_assert_false (gtk_widget_get_sensitive (toolbar_button (fixture, "plan.remove-action")));
  g_assert_true (gtk_widget_get_sensitive (toolbar_button (fixture, "plan.add-action")));
  cg_action_plan_set_workshop (fixture->plan, NULL);
  g_assert_false (gtk_widget_get_sensitive (toolbar_button (fixture, "plan.add-action")));
  gtk_widget_activate_action (GTK_WIDGET (fixture->plan), "plan.add-action", NULL);
  g_assert_cmpstr (named_label_text (fixture, "counts"), ==, "");
  cg_action_plan_set_workshop (fixture->plan, fixture->workshop);
  cg_test_wait_for (!gtk_widget_get_visible (empty));
  g_assert_false (gtk_widget_get_visible (empty));
  g_assert_cmpstr (named_label_text (fixture, "counts"), ==, "3 actions · 1 done");
}

static void
test_review_mode (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *before = cg_test_save_to_string (fixture->workshop);
  g_autofree char *after = NULL;
  GtkWidget *cell = find_text_cell (fixture, "action", "Hire two peer workers");
  GtkWidget *status = row_cell (cell, "status");
  GtkWidget *theme = row_cell (cell, "theme");
  GtkWidget *add = toolbar_button (fixture, "plan.add-action");

  cg_action_plan_set_editable (fixture->plan, FALSE);
  g_assert_false (gtk_widget_get_visible (add));
  g_assert_false (gtk_widget_is_sensitive (status));
  g_assert_false (gtk_widget_is_sensitive (theme));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (cell)));

  g_signal_emit_by_name (add, "clicked");
  g_signal_emit_by_name (toolbar_button (fixture, "plan.remove-action"), "clicked");
  gtk_widget_activate_action (GTK_WIDGET (fixture->plan), "plan.add-action", NULL);
  cg_action_plan_select_action (fixture->plan, fixture->peers);
  gtk_widget_activate_action (GTK_WIDGET (fixture->plan), "plan.remove-action", NULL);
  /* the cell's own "start editing" is off */
  gtk_widget_activate_action (cell, "editing.start", NULL);
  g_assert_false (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (cell)));
  /* and words forced into it, or a drop-down moved anyway, are not written */
  commit_text (cell, "Sack everyone");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), CG_ACTION_STATUS_NOT_DOING);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (theme), 0);
  /* the cells back to the model's values, and the moment a cell commits in gone by */
  cg_test_wait_for (editable_reads (cell, "Hire two peer workers") &&
                    gtk_drop_down_get_selected (GTK_DROP_DOWN (status)) ==
                      CG_ACTION_STATUS_IN_PROGRESS &&
                    gtk_drop_down_get_selected_item (GTK_DROP_DOWN (theme)) == fixture->staffing);
  cg_test_wait_timer (COMMIT_DELAY_MS);

  g_assert_false (cg_history_get_can_undo (fixture->history));
  after = cg_test_save_to_string (fixture->workshop);
  g_assert_cmpstr (after, ==, before);
  /* the cells show the model again */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell)), ==, "Hire two peer workers");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (status)), ==,
                    CG_ACTION_STATUS_IN_PROGRESS);
  g_assert_true (gtk_drop_down_get_selected_item (GTK_DROP_DOWN (theme)) == fixture->staffing);

  /* editable again: the same drop-down writes */
  cg_action_plan_set_editable (fixture->plan, TRUE);
  g_assert_true (gtk_widget_is_sensitive (status));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), CG_ACTION_STATUS_NOT_DOING);
  g_assert_cmpint (cg_action_get_status (fixture->peers), ==, CG_ACTION_STATUS_NOT_DOING);
}

static void
test_theme_drop_down (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *cell = find_text_cell (fixture, "action", "Open on Tuesday evenings");
  GtkDropDown *theme = GTK_DROP_DOWN (row_cell (cell, "theme"));
  g_autoptr(CgTheme) first = cg_theme_new ("Before all others", NULL);

  g_assert_true (gtk_drop_down_get_selected_item (theme) == fixture->access);
  g_assert_cmpuint (count_labels (GTK_WIDGET (theme), "Access"), >=, 1);

  /* renamed on the board: the drop-down shows the new name */
  cg_theme_set_name (fixture->access, "Getting in");
  cg_test_wait_for (count_labels (GTK_WIDGET (theme), "Getting in") >= 1 &&
                    count_labels (GTK_WIDGET (theme), "Access") == 0);
  g_assert_cmpuint (count_labels (GTK_WIDGET (theme), "Getting in"), >=, 1);
  g_assert_cmpuint (count_labels (GTK_WIDGET (theme), "Access"), ==, 0);

  /* a theme added before it moves it down the list, and changes nothing in the action */
  cg_workshop_insert (fixture->workshop, first, 0);
  cg_test_wait_for (gtk_drop_down_get_selected (theme) == 2);
  g_assert_true (gtk_drop_down_get_selected_item (theme) == fixture->access);
  g_assert_cmpuint (gtk_drop_down_get_selected (theme), ==, 2);
  g_assert_true (cg_action_get_theme (fixture->tuesdays) == fixture->access);
  g_assert_cmpuint (cg_history_get_n_undo (fixture->history), ==, 2);

  /* choosing in the drop-down sets the theme, undoably */
  gtk_drop_down_set_selected (theme, 3);
  g_assert_true (cg_action_get_theme (fixture->tuesdays) == fixture->staffing);
  g_assert_true (cg_history_undo (fixture->history));
  g_assert_true (cg_action_get_theme (fixture->tuesdays) == fixture->access);
  cg_test_wait_for (gtk_drop_down_get_selected_item (theme) == fixture->access);
  g_assert_true (gtk_drop_down_get_selected_item (theme) == fixture->access);

  /* the theme removed: "No theme"; undo brings both back */
  cg_workshop_remove (fixture->workshop, fixture->access);
  cg_test_wait_for (gtk_drop_down_get_selected (theme) == 0);
  g_assert_null (cg_action_get_theme (fixture->tuesdays));
  g_assert_cmpuint (gtk_drop_down_get_selected (theme), ==, 0);
  g_assert_true (cg_history_undo (fixture->history));
  cg_test_wait_for (gtk_drop_down_get_selected_item (theme) == fixture->access);
  g_assert_true (cg_action_get_theme (fixture->tuesdays) == fixture->access);
  g_assert_true (gtk_drop_down_get_selected_item (theme) == fixture->access);
  g_assert_cmpuint (cg_history_get_n_undo (fixture->history), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("no display: skipping the action plan tests\n");
      return 77;
    }
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/widgets/action-plan/rows-shown", Fixture, NULL,
              fixture_set_up, test_rows_shown, fixture_tear_down);
  g_test_add ("/widgets/action-plan/edit-text", Fixture, NULL,
              fixture_set_up, test_edit_text, fixture_tear_down);
  g_test_add ("/widgets/action-plan/edit-then-row-removed", Fixture, NULL,
              fixture_set_up, test_edit_then_row_removed, fixture_tear_down);
  g_test_add ("/widgets/action-plan/status-drop-down", Fixture, NULL,
              fixture_set_up, test_status_drop_down, fixture_tear_down);
  g_test_add ("/widgets/action-plan/add-and-remove", Fixture, NULL,
              fixture_set_up, test_add_and_remove, fixture_tear_down);
  g_test_add ("/widgets/action-plan/empty-state", Fixture, NULL,
              fixture_set_up, test_empty_state, fixture_tear_down);
  g_test_add ("/widgets/action-plan/review-mode", Fixture, NULL,
              fixture_set_up, test_review_mode, fixture_tear_down);
  g_test_add ("/widgets/action-plan/theme-drop-down", Fixture, NULL,
              fixture_set_up, test_theme_drop_down, fixture_tear_down);

  return g_test_run ();
}
