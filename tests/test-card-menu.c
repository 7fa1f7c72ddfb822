/* test-card-menu.c: the mouse and touch do what the keys do: a card's menu (right-click, long
 * press, Shift+F10, Menu), its vote buttons, and B for "beyond the service"
 *
 * The window is real (the sample, in a CgWindow), the menu is the popover the board opens, and its
 * items are activated as a click would: the menu closes, then the item's action runs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cg-test-util.h"
#include "cg-test-window.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "model/cg-action-links.h"
#include "widgets/cg-board-private.h"

typedef struct
{
  CgTestWindow  window;
  CgBoard      *board;
  CgIdea       *first;  /* the first two cards of First contacts */
  CgIdea       *second;
} Fixture;

static gboolean
has_card (gpointer data)
{
  Fixture *f = data;
  GtkWidget *first = cg_board_get_card (f->board, f->first);
  GtkWidget *second = cg_board_get_card (f->board, f->second);

  return first != NULL && second != NULL && gtk_widget_get_mapped (first) &&
         gtk_widget_get_mapped (second);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  GListModel *ideas;

  /* the X server's pointer out of the way (at the screen's corner), so no card starts under it */
  if (xdotool != NULL)
    {
      g_autofree char *command = g_strdup_printf ("%s mousemove 0 0", xdotool);

      g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
    }
  cg_test_window_set_up (&f->window, data);
  f->board = f->window.board;
  /* every change its own step, however fast the test goes */
  g_object_set (cg_workshop_get_history (f->window.workshop), "coalesce-window", (gint64) 0,
                NULL);
  cg_window_show_view (f->window.window, "board");
  ideas = cg_board_column_get_ideas (cg_board_get_column (f->board, 1));
  g_assert_cmpuint (g_list_model_get_n_items (ideas), >=, 2);
  f->first = cg_test_nth (ideas, 0);
  f->second = cg_test_nth (ideas, 1);
  cg_test_wait_until (has_card, f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  cg_test_window_tear_down (&f->window, data);
}

static CgHistory *
history (Fixture *f)
{
  return cg_workshop_get_history (f->window.workshop);
}

/* The whole document, to check that one undo puts back exactly what was there. */
static char *
snapshot (Fixture *f)
{
  return cg_test_save_to_string (f->window.workshop);
}

/* The last change was one undo step, and undoing it gives back @before. */
static void
assert_one_step_undoes (Fixture    *f,
                        const char *before,
                        guint       n_undo_before)
{
  g_autofree char *after = snapshot (f);
  g_autofree char *undone = NULL;

  g_assert_cmpstr (after, !=, before);
  g_assert_cmpuint (cg_history_get_n_undo (history (f)), ==, n_undo_before + 1);
  g_assert_true (cg_history_undo (history (f)));
  undone = snapshot (f);
  g_assert_cmpstr (undone, ==, before);
}

/* Runs the main loop until @widget has drawn @n more frames: what a person's next key or click
 * comes after. */
/* Widgets */

static GtkWidget *
find_descendant (GtkWidget  *widget,
                 gboolean  (*match) (GtkWidget *, gconstpointer),
                 gconstpointer data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The board's card menu: a popover menu, a child of the board. */
static GtkWidget *
card_menu (Fixture *f)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (f->board)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER_MENU (child))
      return child;
  return NULL;
}

static gboolean
menu_is_open (Fixture *f)
{
  GtkWidget *menu = card_menu (f);

  return menu != NULL && gtk_widget_get_visible (menu);
}

typedef struct
{
  Fixture *f;
  CgIdea  *idea;
} CardWait;

static gboolean
card_made (gpointer data)
{
  CardWait *wait = data;
  GtkWidget *card = cg_board_get_card (wait->f->board, wait->idea);

  return card != NULL && gtk_widget_get_mapped (card);
}

/* @idea's card, once the list has made it (scrolled to, if need be: the selection stays). */
static GtkWidget *
card_of (Fixture *f,
         CgIdea  *idea)
{
  CardWait wait = { f, idea };
  CgIdea *selected = cg_board_get_selected_idea (f->board);

  cg_test_iterate ();
  if (!card_made (&wait))
    {
      cg_board_select_idea (f->board, idea);
      cg_test_wait_until (card_made, &wait);
      if (selected != NULL)
        cg_board_select_idea (f->board, selected);
      cg_test_iterate ();
    }
  cg_test_wait_until (card_made, &wait);
  return cg_board_get_card (f->board, idea);
}

/* The card's gesture of @type (for a GtkGestureClick, the one for @button). */
static GtkGesture *
card_gesture (GtkWidget *card,
              GType      type,
              guint      button)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (card);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (G_OBJECT_TYPE (controller) == type &&
          (type != GTK_TYPE_GESTURE_CLICK ||
           gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) == button))
        return GTK_GESTURE (controller);
    }
  return NULL;
}

/* A right-click on @idea's card, as its gesture sees one. */
static void
right_click (Fixture *f,
             CgIdea  *idea)
{
  GtkGesture *gesture = card_gesture (card_of (f, idea), GTK_TYPE_GESTURE_CLICK,
                                      GDK_BUTTON_SECONDARY);

  if (gesture == NULL)
    g_error ("a card has no gesture for the right button");
  g_signal_emit_by_name (gesture, "pressed", 1, 12.0, 10.0);
  cg_test_iterate ();
  g_assert_true (menu_is_open (f));
  g_assert_true (cg_board_get_selected_idea (f->board) == idea);
}

/* "Edit…", "_Beyond the Service" and "Beyond the Service" are the same item. */
static char *
plain_label (const char *text)
{
  GString *plain = g_string_new (NULL);

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (*p != '_' || p[1] == '_')
      g_string_append_c (plain, *p == '_' ? *p++ : *p);
  return g_string_free (plain, FALSE);
}

static gboolean
is_item_labelled (GtkWidget     *widget,
                  gconstpointer  label)
{
  g_autofree char *text = NULL;
  g_autofree char *plain = NULL;

  if (g_strcmp0 (G_OBJECT_TYPE_NAME (widget), "GtkModelButton") != 0)
    return FALSE;
  g_object_get (widget, "text", &text, NULL);
  plain = plain_label (text);
  return g_strcmp0 (plain, label) == 0;
}

/* The menu's item that says @label (in a submenu too), as a person sees it. */
static GtkWidget *
menu_item (Fixture    *f,
           const char *label)
{
  GtkWidget *menu = card_menu (f);
  GtkWidget *item = menu != NULL ? find_descendant (menu, is_item_labelled, label) : NULL;

  if (item == NULL)
    g_error ("no item “%s” in the card's menu", label);
  return item;
}

static gboolean
item_checked (Fixture    *f,
              const char *label)
{
  gboolean active = FALSE;

  g_object_get (menu_item (f, label), "active", &active, NULL);
  return active;
}

/* Opens @idea's menu and clicks @label: the menu closes, the item's action runs. */
static void
choose (Fixture    *f,
        CgIdea     *idea,
        const char *label)
{
  GtkWidget *item;

  right_click (f, idea);
  item = menu_item (f, label);
  g_assert_true (gtk_widget_get_sensitive (item));
  g_assert_true (gtk_widget_activate (item));
  cg_test_iterate ();
  g_assert_false (menu_is_open (f));
  cg_test_wait_frames (GTK_WIDGET (f->window.window), 2);
}

/* "action(target)" for every item of @model, its sections and submenus, one a line. */
static void
list_items (GMenuModel *model,
            GString    *out)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *action = NULL;
      g_autoptr(GVariant) target = NULL;
      g_autoptr(GMenuModel) section = NULL;
      g_autoptr(GMenuModel) submenu = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        {
          g_autofree char *printed = NULL;

          target = g_menu_model_get_item_attribute_value (model, i, G_MENU_ATTRIBUTE_TARGET, NULL);
          printed = target != NULL ? g_variant_print (target, FALSE) : NULL;
          g_string_append_printf (out, "%s%s%s%s\n", action, printed != NULL ? "(" : "",
                                  printed != NULL ? printed : "", printed != NULL ? ")" : "");
        }
      section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      if (section != NULL)
        list_items (section, out);
      submenu = g_menu_model_get_item_link (model, i, G_MENU_LINK_SUBMENU);
      if (submenu != NULL)
        list_items (submenu, out);
    }
}

static void
assert_has_item (const char *items,
                 const char *expected)
{
  g_autofree char *line = g_strdup_printf ("\n%s\n", expected);
  g_autofree char *all = g_strdup_printf ("\n%s", items);

  if (strstr (all, line) == NULL)
    g_error ("no item %s in the card's menu:\n%s", expected, items);
}

static char *
quoted_id (gpointer object)
{
  return g_strdup_printf ("'%s'", cg_object_get_id (CG_OBJECT (object)));
}

/* Tests */

static void
test_right_click_opens_menu (Fixture       *f,
                             gconstpointer  data)
{
  CgWorkshop *workshop = f->window.workshop;
  GListModel *voices = cg_workshop_get_voices (workshop);
  GListModel *themes = cg_workshop_get_themes (workshop);
  g_autoptr(GString) items = g_string_new (NULL);
  GtkWidget *menu, *card;
  GdkRectangle pointing;
  graphene_rect_t bounds;
  static const char * const fixed[] = {
    "card.edit", "card.voice('')", "card.kind('idea')", "card.kind('strength')",
    "card.kind('development')", "card.kind('story')", "card.kind('question')", "card.theme('')",
    "board.vote(1)", "board.vote(-1)", "card.private", "card.beyond", "card.picked",
    "win.combine", "win.new-action", "board.delete",
  };

  cg_board_select_idea (f->board, f->second);
  g_assert_null (card_menu (f));
  right_click (f, f->first);
  menu = card_menu (f);

  /* it points into the card clicked, which is now the selected one */
  card = card_of (f, f->first);
  g_assert_true (gtk_popover_get_pointing_to (GTK_POPOVER (menu), &pointing));
  g_assert_true (gtk_widget_compute_bounds (card, GTK_WIDGET (f->board), &bounds));
  g_assert_true (graphene_rect_contains_point (&bounds,
                                               &GRAPHENE_POINT_INIT (pointing.x, pointing.y)));

  /* what the keys do to a card, all there */
  list_items (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (menu)), items);
  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    assert_has_item (items->str, fixed[i]);
  for (guint i = 0; i < g_list_model_get_n_items (voices); i++)
    {
      g_autofree char *id = quoted_id (cg_test_nth (voices, i));
      g_autofree char *line = g_strdup_printf ("card.voice(%s)", id);

      assert_has_item (items->str, line);
    }
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autofree char *id = quoted_id (cg_test_nth (themes, i));
      g_autofree char *line = g_strdup_printf ("card.theme(%s)", id);

      assert_has_item (items->str, line);
    }

  /* radio and check items show the card as it is */
  g_assert_true (item_checked (f, cg_voice_get_name (cg_idea_get_voice (f->first))));
  g_assert_true (item_checked (f, cg_theme_get_name (cg_idea_get_theme (f->first))));
  g_assert_true (item_checked (f, cg_idea_kind_get_label (cg_idea_get_kind (f->first))));
  g_assert_false (item_checked (f, "Unsorted"));
  g_assert_cmpint (item_checked (f, "Beyond the Service"), ==,
                   cg_idea_get_beyond_service (f->first));
  g_assert_false (item_checked (f, "Private"));

  /* another card: the same menu, now about that one */
  gtk_popover_popdown (GTK_POPOVER (menu));
  cg_test_iterate ();
  right_click (f, f->second);
  g_assert_true (card_menu (f) == menu);
  g_assert_true (item_checked (f, cg_voice_get_name (cg_idea_get_voice (f->second))));
  gtk_popover_popdown (GTK_POPOVER (menu));
}

/* A finger held on a card opens the same menu. */
static void
test_long_press_opens_menu (Fixture       *f,
                            gconstpointer  data)
{
  GtkGesture *gesture = card_gesture (card_of (f, f->second), GTK_TYPE_GESTURE_LONG_PRESS, 0);

  if (gesture == NULL)
    g_error ("a card has no long-press gesture");
  cg_board_select_idea (f->board, f->first);
  g_signal_emit_by_name (gesture, "pressed", 20.0, 20.0);
  cg_test_iterate ();
  g_assert_true (menu_is_open (f));
  g_assert_true (cg_board_get_selected_idea (f->board) == f->second);
  gtk_popover_popdown (GTK_POPOVER (card_menu (f)));
}

/* The keys: B, Shift+F10 and Menu are bound on the board. */
static void
test_keys (Fixture       *f,
           gconstpointer  data)
{
  static const char *expected[] = {
    "b board.toggle-beyond", "<Shift>F10 board.card-menu(('', -1.0, -1.0))",
    "Menu board.card-menu(('', -1.0, -1.0))",
  };
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->board));
  g_autoptr(GString) found = g_string_new ("\n");

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (
            gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          GVariant *args = gtk_shortcut_get_arguments (shortcut);
          g_autofree char *printed = args != NULL ? g_variant_print (args, FALSE) : NULL;

          if (GTK_IS_NAMED_ACTION (action))
            g_string_append_printf (found, "%s %s%s%s%s\n", trigger,
                                    gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                                    printed != NULL ? "(" : "", printed != NULL ? printed : "",
                                    printed != NULL ? ")" : "");
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n%s\n", expected[i]);

      if (strstr (found->str, line) == NULL)
        g_error ("no binding %s in:%s", expected[i], found->str);
    }

  /* what Shift+F10 runs opens the menu of the selected card */
  cg_board_select_idea (f->board, f->second);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->board), "board.card-menu", "(sdd)",
                                             "", -1.0, -1.0));
  cg_test_iterate ();
  g_assert_true (menu_is_open (f));
  g_assert_true (cg_board_get_selected_idea (f->board) == f->second);
  gtk_popover_popdown (GTK_POPOVER (card_menu (f)));
}

static gboolean
is_beyond_marker (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), "Beyond the service") == 0;
}

static gboolean
shows_beyond (Fixture *f,
              CgIdea  *idea)
{
  GtkWidget *marker = find_descendant (card_of (f, idea), is_beyond_marker, NULL);

  return marker != NULL && gtk_widget_is_visible (marker);
}

/* B marks the selected card "beyond the service", the card shows it and says it, undo takes it
 * back. */
static void
test_beyond_key (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *spoken = NULL;
  guint steps;

  cg_idea_set_beyond_service (f->first, FALSE);
  cg_idea_set_beyond_service (f->second, FALSE);
  before = snapshot (f);
  steps = cg_history_get_n_undo (history (f));
  g_assert_false (shows_beyond (f, f->first));

  cg_board_select_idea (f->board, f->first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->board), "board.toggle-beyond",
                                             NULL));
  g_assert_true (cg_idea_get_beyond_service (f->first));
  g_assert_false (cg_idea_get_beyond_service (f->second));
  g_assert_true (shows_beyond (f, f->first));
  spoken = cg_idea_card_describe (f->first, FALSE, 0);
  g_assert_nonnull (strstr (spoken, "beyond the service"));
  assert_one_step_undoes (f, before, steps);
  g_assert_false (cg_idea_get_beyond_service (f->first));
  g_assert_false (shows_beyond (f, f->first));

  /* and the menu's check item, the same way */
  choose (f, f->second, "Beyond the Service");
  g_assert_true (cg_idea_get_beyond_service (f->second));
  g_assert_false (cg_idea_get_beyond_service (f->first));
  assert_one_step_undoes (f, before, steps);
}

/* Each item changes the card the menu was opened on, not the one selected before, in one undo
 * step. */
static void
test_items_change_the_card (Fixture       *f,
                            gconstpointer  data)
{
  CgWorkshop *workshop = f->window.workshop;
  GListModel *voices = cg_workshop_get_voices (workshop);
  GListModel *themes = cg_workshop_get_themes (workshop);
  CgIdea *idea = f->first;
  CgVoice *voice = NULL;
  CgTheme *theme = cg_test_nth (themes, 2);
  g_autofree char *before = NULL;
  guint steps, votes;

  g_assert_false (cg_idea_get_private (idea));
  g_assert_true (cg_idea_get_theme (idea) != theme);
  for (guint i = 0; i < g_list_model_get_n_items (voices) && voice == NULL; i++)
    if (cg_test_nth (voices, i) != (gpointer) cg_idea_get_voice (idea))
      voice = cg_test_nth (voices, i);
  g_assert_nonnull (voice);
  before = snapshot (f);
  steps = cg_history_get_n_undo (history (f));
  votes = cg_idea_get_total_votes (idea);

#define AGAIN() G_STMT_START { cg_board_select_idea (f->board, f->second); } G_STMT_END

  AGAIN ();
  choose (f, idea, cg_voice_get_name (voice));
  g_assert_true (cg_idea_get_voice (idea) == voice);
  assert_one_step_undoes (f, before, steps);

  AGAIN ();
  choose (f, idea, "Question");
  g_assert_cmpint (cg_idea_get_kind (idea), ==, CG_IDEA_KIND_QUESTION);
  assert_one_step_undoes (f, before, steps);

  AGAIN ();
  choose (f, idea, cg_theme_get_name (theme));
  g_assert_true (cg_idea_get_theme (idea) == theme);
  g_assert_true (cg_board_get_selected_idea (f->board) == idea);
  assert_one_step_undoes (f, before, steps);

  AGAIN ();
  choose (f, idea, "Unsorted");
  g_assert_null (cg_idea_get_theme (idea));
  assert_one_step_undoes (f, before, steps);

  AGAIN ();
  choose (f, idea, "Add a Vote");
  g_assert_cmpuint (cg_idea_get_total_votes (idea), ==, votes + 1);
  assert_one_step_undoes (f, before, steps);

  AGAIN ();
  choose (f, idea, "Remove a Vote");
  g_assert_cmpuint (cg_idea_get_total_votes (idea), ==, votes - 1);
  assert_one_step_undoes (f, before, steps);

  AGAIN ();
  choose (f, idea, "Private");
  g_assert_true (cg_idea_get_private (idea));
  g_assert_false (cg_idea_get_private (f->second));
  assert_one_step_undoes (f, before, steps);

  AGAIN ();
  choose (f, idea, "Edit…");
  g_assert_true (cg_board_editor_is_open (f->board));
  g_assert_true (cg_board_get_selected_idea (f->board) == idea);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->board->editor_entry)),
                            "Said again, in other words", -1);
  cg_board_editor_save (f->board);
  g_assert_cmpstr (cg_idea_get_text (idea), ==, "Said again, in other words");
  assert_one_step_undoes (f, before, steps);

  AGAIN ();
  g_object_ref (idea);
  choose (f, idea, "Delete");
  g_assert_cmpint (cg_workshop_index_of (workshop, idea), ==, -1);
  g_assert_cmpint (cg_workshop_index_of (workshop, f->second), >=, 0);
  assert_one_step_undoes (f, before, steps);
  g_assert_cmpint (cg_workshop_index_of (workshop, idea), >=, 0);
  g_object_unref (idea);

  /* a merge's flag: the item is there only on a flagged card */
  right_click (f, idea);
  g_assert_null (find_descendant (card_menu (f), is_item_labelled, "Mark as Checked"));
  gtk_popover_popdown (GTK_POPOVER (card_menu (f)));
  cg_idea_set_needs_review (idea, TRUE);
  g_free (before);
  before = snapshot (f);
  steps = cg_history_get_n_undo (history (f));
  AGAIN ();
  choose (f, idea, "Mark as Checked");
  g_assert_false (cg_idea_get_needs_review (idea));
  assert_one_step_undoes (f, before, steps);
#undef AGAIN
}

/* Picking by the menu (a touch screen has no Ctrl+click), then combining and making an action
 * from the menu. */
static void
test_pick_combine_new_action (Fixture       *f,
                              gconstpointer  data)
{
  CgWorkshop *workshop = f->window.workshop;
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  GListModel *actions = cg_workshop_get_actions (workshop);
  guint n_ideas = g_list_model_get_n_items (ideas);
  guint n_actions = g_list_model_get_n_items (actions);
  g_autofree char *before = snapshot (f);
  guint steps = cg_history_get_n_undo (history (f));
  CgAction *action;

  /* one card alone: an action from it; combining needs two */
  right_click (f, f->first);
  g_assert_false (gtk_widget_get_sensitive (menu_item (f, "Combine Picked Cards")));
  g_assert_true (gtk_widget_activate (menu_item (f, "New Action From This Card")));
  cg_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, n_actions + 1);
  action = cg_test_nth (actions, n_actions);
  g_assert_true (cg_action_links_idea (action, cg_object_get_id (CG_OBJECT (f->first))));
  g_assert_false (cg_action_links_idea (action, cg_object_get_id (CG_OBJECT (f->second))));
  assert_one_step_undoes (f, before, steps);
  cg_window_show_view (f->window.window, "board");
  cg_test_wait_until (has_card, f);

  /* pick two by the menu: picks change nothing in the file */
  choose (f, f->first, "Picked");
  choose (f, f->second, "Picked");
  g_assert_cmpuint (cg_board_get_n_marked (f->board), ==, 2);
  g_assert_cmpuint (cg_history_get_n_undo (history (f)), ==, steps);
  right_click (f, f->second);
  g_assert_true (item_checked (f, "Picked"));
  gtk_popover_popdown (GTK_POPOVER (card_menu (f)));

  g_object_ref (f->first);
  choose (f, f->second, "Combine Picked Cards");
  g_assert_cmpuint (g_list_model_get_n_items (ideas), ==, n_ideas - 1);
  /* the card the menu was opened on is the one kept */
  g_assert_cmpint (cg_workshop_index_of (workshop, f->second), >=, 0);
  g_assert_cmpint (cg_workshop_index_of (workshop, f->first), ==, -1);
  assert_one_step_undoes (f, before, steps);
  g_assert_cmpint (cg_workshop_index_of (workshop, f->first), >=, 0);
  g_object_unref (f->first);
}

static gboolean
is_vote_button (GtkWidget     *widget,
                gconstpointer  data)
{
  GVariant *target;
  const char *id;
  int delta;

  if (!GTK_IS_BUTTON (widget) ||
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "board.vote-idea") != 0)
    return FALSE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  if (target == NULL || !g_variant_is_of_type (target, G_VARIANT_TYPE ("(si)")))
    return FALSE;
  g_variant_get (target, "(&si)", &id, &delta);
  return delta == GPOINTER_TO_INT (data);
}

static GtkWidget *
vote_button (Fixture *f,
             CgIdea  *idea,
             int      delta)
{
  GtkWidget *button = find_descendant (card_of (f, idea), is_vote_button,
                                       GINT_TO_POINTER (delta));

  if (button == NULL)
    g_error ("no %+d vote button on a card", delta);
  return button;
}

static gboolean
shows_vote_buttons (Fixture *f,
                    CgIdea  *idea)
{
  GtkWidget *button = find_descendant (card_of (f, idea), is_vote_button, GINT_TO_POINTER (1));

  return button != NULL && gtk_widget_is_visible (button);
}

static GtkEventController *
card_motion (Fixture *f,
             CgIdea  *idea)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (card_of (f, idea));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
        return GTK_EVENT_CONTROLLER (controller);
    }
  g_error ("a card does not follow the pointer");
}

/* The + and - on a card vote for that card (whichever was selected), show on the selected card
 * and the one under the pointer only, and say what they do. */
static void
test_vote_buttons (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *before = snapshot (f);
  guint steps = cg_history_get_n_undo (history (f));
  guint votes = cg_idea_get_total_votes (f->second);
  guint first_votes = cg_idea_get_total_votes (f->first);
  GtkEventController *motion = card_motion (f, f->second);
  GtkWidget *up, *down;

  g_assert_cmpuint (votes, >, 0);

  /* on the selected card, not on the others until the pointer is over them */
  cg_board_select_idea (f->board, f->first);
  cg_test_iterate ();
  g_assert_true (shows_vote_buttons (f, f->first));
  g_assert_false (shows_vote_buttons (f, f->second));
  g_signal_emit_by_name (motion, "enter", 5.0, 5.0);
  g_assert_true (shows_vote_buttons (f, f->second));

  up = vote_button (f, f->second, 1);
  down = vote_button (f, f->second, -1);
  g_assert_nonnull (gtk_widget_get_tooltip_text (up));
  g_assert_nonnull (gtk_widget_get_tooltip_text (down));
  g_assert_false (gtk_widget_get_focusable (up));
  g_assert_false (gtk_widget_get_focusable (down));

  /* (a click: "activate" would first animate the press) */
  g_assert_true (gtk_widget_get_sensitive (up));
  g_signal_emit_by_name (up, "clicked");
  cg_test_iterate ();
  g_assert_cmpuint (cg_idea_get_total_votes (f->second), ==, votes + 1);
  g_assert_cmpuint (cg_idea_get_total_votes (f->first), ==, first_votes);
  g_assert_true (cg_board_get_selected_idea (f->board) == f->second);
  assert_one_step_undoes (f, before, steps);

  cg_board_select_idea (f->board, f->first);
  g_signal_emit_by_name (down, "clicked");
  cg_test_iterate ();
  g_assert_cmpuint (cg_idea_get_total_votes (f->second), ==, votes - 1);
  g_assert_true (cg_board_get_selected_idea (f->board) == f->second);
  assert_one_step_undoes (f, before, steps);

  /* the pointer gone and another card selected, they hide again */
  g_signal_emit_by_name (motion, "leave");
  g_assert_true (shows_vote_buttons (f, f->second));
  cg_board_select_idea (f->board, f->first);
  cg_test_iterate ();
  g_assert_false (shows_vote_buttons (f, f->second));
}

/* A private note's menu never offers to open its words on a projected screen. */
static void
test_private_note (Fixture       *f,
                   gconstpointer  data)
{
  cg_idea_set_private (f->first, TRUE);
  right_click (f, f->first);
  g_assert_false (gtk_widget_get_sensitive (menu_item (f, "Edit…")));
  g_assert_true (item_checked (f, "Private"));
  g_assert_true (gtk_widget_get_sensitive (menu_item (f, "Private")));
  gtk_popover_popdown (GTK_POPOVER (card_menu (f)));
  g_assert_false (cg_board_editor_is_open (f->board));

  /* shown on purpose, it can be edited */
  cg_board_set_show_private (f->board, TRUE);
  right_click (f, f->first);
  g_assert_true (gtk_widget_get_sensitive (menu_item (f, "Edit…")));
  gtk_popover_popdown (GTK_POPOVER (card_menu (f)));
}

static gboolean
is_model_button (GtkWidget     *widget,
                 gconstpointer  data)
{
  return g_strcmp0 (G_OBJECT_TYPE_NAME (widget), "GtkModelButton") == 0;
}

static void
collect_items (GtkWidget *widget,
               GPtrArray *items)
{
  if (is_model_button (widget, NULL))
    g_ptr_array_add (items, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_items (child, items);
}

/* Opened to review: the menu opens, every item that would change something is insensitive,
 * and even activated it changes nothing; the vote buttons are gone. */
static void
test_review_mode (Fixture       *f,
                  gconstpointer  data)
{
  static const char * const submenus[] = { "Voice", "Kind", "Theme" };
  g_autofree char *before = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  guint steps;

  cg_idea_set_needs_review (f->first, TRUE);
  cg_window_set_read_only (f->window.window, TRUE);
  cg_window_show_view (f->window.window, "board");
  cg_test_wait_until (has_card, f);
  before = snapshot (f);
  steps = cg_history_get_n_undo (history (f));
  g_assert_false (cg_board_get_editable (f->board));

  right_click (f, f->first);
  g_assert_false (shows_vote_buttons (f, f->first));
  collect_items (card_menu (f), items);
  g_assert_cmpuint (items->len, >, 20);
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *text = NULL;
      g_autofree char *plain = NULL;
      gboolean submenu = FALSE;

      g_object_get (items->pdata[i], "text", &text, NULL);
      plain = plain_label (text);
      /* (what opens a submenu, and leads back from it, changes nothing) */
      for (guint j = 0; j < G_N_ELEMENTS (submenus); j++)
        submenu = submenu || g_strcmp0 (plain, submenus[j]) == 0;
      if (submenu || *plain == '\0')
        continue;
      if (gtk_widget_get_sensitive (items->pdata[i]))
        g_error ("“%s” can be chosen in review mode", plain);
    }
  /* activated all the same, one after another, nothing happens */
  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(GPtrArray) now = g_ptr_array_new ();

      right_click (f, f->first);
      collect_items (card_menu (f), now);
      g_assert_cmpuint (now->len, ==, items->len);
      gtk_widget_activate (now->pdata[i]);
      cg_test_iterate ();
    }
  for (const char * const *name = (const char * const[]) { "board.toggle-beyond",
                                                            "board.toggle-private",
                                                            "board.delete", "board.edit", NULL };
       *name != NULL; name++)
    gtk_widget_activate_action (GTK_WIDGET (f->board), *name, NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->board), "board.set-kind", "s", "question");
  gtk_widget_activate_action (GTK_WIDGET (f->board), "board.set-theme", "s", "");
  gtk_widget_activate_action (GTK_WIDGET (f->board), "board.vote-idea", "(si)",
                              cg_object_get_id (CG_OBJECT (f->second)), 1);
  cg_test_iterate ();
  g_assert_false (cg_board_editor_is_open (f->board));
  g_assert_cmpuint (cg_history_get_n_undo (history (f)), ==, steps);
  {
    g_autofree char *after = snapshot (f);

    g_assert_cmpstr (after, ==, before);
  }
  if (menu_is_open (f))
    gtk_popover_popdown (GTK_POPOVER (card_menu (f)));
}

#ifdef GDK_WINDOWING_X11
/* Moves the X server's pointer into @idea's card and runs xdotool @then there ("" or "click 3"). */
static void
pointer_to (Fixture    *f,
            CgIdea     *idea,
            const char *xdotool,
            const char *then)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (f->window.window));
  g_autofree char *command = NULL;
  graphene_rect_t bounds;
  double dx, dy;
  int status = 0;

  g_assert_true (gtk_widget_compute_bounds (card_of (f, idea), GTK_WIDGET (f->window.window),
                                            &bounds));
  gtk_native_get_surface_transform (GTK_NATIVE (f->window.window), &dx, &dy);
  command = g_strdup_printf ("%s mousemove --window %lu %d %d %s", xdotool,
                             gdk_x11_surface_get_xid (surface),
                             (int) (bounds.origin.x + dx + 20), (int) (bounds.origin.y + dy + 12),
                             then);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
}

static gboolean
second_shows_votes (gpointer data)
{
  Fixture *f = data;

  return shows_vote_buttons (f, f->second);
}
#endif

/* The real pointer, through the X server: over a card, its vote buttons show; a right-click on
 * another opens that one's menu. */
static void
test_real_pointer (Fixture       *f,
                   gconstpointer  data)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (f->window.window));
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  if (!GDK_IS_X11_SURFACE (surface) || xdotool == NULL)
    {
      g_test_skip ("needs X11 and xdotool");
      return;
    }
  cg_board_select_idea (f->board, f->first);
  cg_test_iterate ();
  g_assert_false (shows_vote_buttons (f, f->second));
  pointer_to (f, f->second, xdotool, "");
  cg_test_wait_until (second_shows_votes, f);

  pointer_to (f, f->first, xdotool, "click 3");
  cg_test_wait_until ((gboolean (*) (gpointer)) menu_is_open, f);
  g_assert_true (cg_board_get_selected_idea (f->board) == f->first);
  gtk_popover_popdown (GTK_POPOVER (card_menu (f)));
#else
  g_test_skip ("needs X11");
#endif
}

int
main (int   argc,
      char *argv[])
{
  cg_test_window_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/widgets/card-menu/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("right-click-opens-menu", test_right_click_opens_menu);
  ADD ("long-press-opens-menu", test_long_press_opens_menu);
  ADD ("keys", test_keys);
  ADD ("beyond-key", test_beyond_key);
  ADD ("items-change-the-card", test_items_change_the_card);
  ADD ("pick-combine-new-action", test_pick_combine_new_action);
  ADD ("vote-buttons", test_vote_buttons);
  ADD ("private-note", test_private_note);
  ADD ("review-mode", test_review_mode);
  ADD ("real-pointer", test_real_pointer);
#undef ADD

  return g_test_run ();
}
