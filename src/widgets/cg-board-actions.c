/* cg-board-actions.c: the board.* actions and the keys that reach them
 *
 *   arrows            board.select-card (int) up and down a column,
 *                     board.select-column (int) across columns
 *   Alt+Left/Right    board.move-column (int): the selected card to the previous/next column
 *   F2, Enter         board.edit: its words, in place
 *   Delete            board.delete
 *   plus, minus       board.vote (int): at the idea's event, or the newest one
 *   p                 board.toggle-private
 *   b                 board.toggle-beyond: the idea looks beyond the service for a solution
 *   r                 board.mark-reviewed: a card flagged by a merge has been checked
 * for the card's menu (cg-card-menu.c, which adds board.card-menu and its keys): board.set-voice
 * (voice id, "" for none), board.set-kind (nick), board.set-theme (theme id, "" for Unsorted);
 * for the vote buttons on a card: board.vote-idea ((idea id, delta)), which selects that card;
 * and, for the column menus and the Add Theme button: board.add-theme, board.rename-theme (id),
 * board.recolour-theme (id), board.move-theme ((id, delta)), board.remove-theme (id).
 * Each action that changes the workshop is one undo step; none is enabled in review mode.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-board"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-board-private.h"
#include "cg-card-menu.h"

static const char * const card_actions[] = {
  "board.move-column", "board.edit", "board.delete", "board.vote", "board.toggle-private",
  "board.toggle-beyond", "board.mark-reviewed", "board.set-voice", "board.set-kind",
  "board.set-theme",
};

static const char * const theme_actions[] = {
  "board.add-theme", "board.rename-theme", "board.recolour-theme", "board.move-theme",
  "board.remove-theme",
};

void
cg_board_update_actions (CgBoard *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_workshop = self->workshop != NULL;

  /* in review mode (not editable) only looking around is left */
  for (guint i = 0; i < G_N_ELEMENTS (card_actions); i++)
    gtk_widget_action_set_enabled (widget, card_actions[i],
                                   has_workshop && self->selected != NULL && self->editable);
  for (guint i = 0; i < G_N_ELEMENTS (theme_actions); i++)
    gtk_widget_action_set_enabled (widget, theme_actions[i], has_workshop && self->editable);
  gtk_widget_action_set_enabled (widget, "board.select-card", has_workshop);
  gtk_widget_action_set_enabled (widget, "board.select-column", has_workshop);
  gtk_widget_action_set_enabled (widget, "board.toggle-mark",
                                 has_workshop && self->selected != NULL);
  /* the vote buttons of every card, and its menu (where review mode leaves nothing enabled) */
  gtk_widget_action_set_enabled (widget, "board.vote-idea", has_workshop && self->editable);
  gtk_widget_action_set_enabled (widget, "board.card-menu", has_workshop);
  cg_card_menu_update (self);
}

/* The selected idea, when a card action may act on it (not while its words are being edited). */
static CgIdea *
card_target (CgBoard *self)
{
  if (self->workshop == NULL || cg_board_editor_is_open (self))
    return NULL;
  return self->selected;
}

static guint
column_index_of (CgBoard *self,
                 CgIdea  *idea)
{
  guint index = 0;

  cg_board_find_column (self, cg_idea_get_theme (idea), &index);
  return index;
}

/* Moving the selection */

static CgIdea *
first_shown_idea (CgBoard *self)
{
  for (guint i = 0; i < cg_board_get_n_columns (self); i++)
    {
      GListModel *ideas = cg_board_column_get_ideas (cg_board_get_column (self, i));

      if (g_list_model_get_n_items (ideas) > 0)
        return g_list_model_get_item (ideas, 0);
    }
  return NULL;
}

static void
select_card_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CgBoard *self = CG_BOARD (widget);
  int delta = g_variant_get_int32 (parameter);
  g_autoptr(CgIdea) target = NULL;
  CgBoardColumn *column;
  GListModel *ideas;
  guint position, n;

  if (self->selected == NULL)
    {
      target = first_shown_idea (self);
    }
  else
    {
      column = cg_board_get_column (self, column_index_of (self, self->selected));
      ideas = cg_board_column_get_ideas (column);
      position = cg_board_column_find (column, self->selected);
      n = g_list_model_get_n_items (ideas);
      if (position == GTK_INVALID_LIST_POSITION || n == 0)
        return;
      position = CLAMP ((gint64) position + delta, 0, (gint64) n - 1);
      target = g_list_model_get_item (ideas, position);
    }
  if (target != NULL)
    cg_board_set_selected (self, target, TRUE);
}

/* Left and right: to the nearest column with cards, at the same place down it (or its end). */
static void
select_column_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CgBoard *self = CG_BOARD (widget);
  int step = g_variant_get_int32 (parameter) < 0 ? -1 : 1;
  g_autoptr(CgIdea) target = NULL;
  CgBoardColumn *column;
  guint position;
  int index;

  if (self->selected == NULL)
    {
      target = first_shown_idea (self);
      if (target != NULL)
        cg_board_set_selected (self, target, TRUE);
      return;
    }

  index = (int) column_index_of (self, self->selected);
  column = cg_board_get_column (self, index);
  position = cg_board_column_find (column, self->selected);
  if (position == GTK_INVALID_LIST_POSITION)
    position = 0;
  for (index += step; index >= 0 && index < (int) cg_board_get_n_columns (self); index += step)
    {
      GListModel *ideas = cg_board_column_get_ideas (cg_board_get_column (self, index));
      guint n = g_list_model_get_n_items (ideas);

      if (n == 0)
        continue;
      target = g_list_model_get_item (ideas, MIN (position, n - 1));
      cg_board_set_selected (self, target, TRUE);
      return;
    }
}

/* The arrow keys, caught before anything inside the board sees them; not while the focus is on
 * a button or in the editor, where arrows do what they usually do. */
static gboolean
arrow_key_cb (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  CgBoard *self = CG_BOARD (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  guint keyval = GPOINTER_TO_UINT (user_data);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  if (self->workshop == NULL || cg_board_editor_is_open (self))
    return FALSE;
  if (focus != NULL && focus != widget &&
      gtk_widget_get_ancestor (focus, CG_TYPE_BOARD_LIST) == NULL)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Up:
      return gtk_widget_activate_action (widget, "board.select-card", "i", -1);
    case GDK_KEY_Down:
      return gtk_widget_activate_action (widget, "board.select-card", "i", 1);
    case GDK_KEY_Left:
      return gtk_widget_activate_action (widget, "board.select-column", "i", rtl ? 1 : -1);
    case GDK_KEY_Right:
      return gtk_widget_activate_action (widget, "board.select-column", "i", rtl ? -1 : 1);
    default:
      return FALSE;
    }
}

void
cg_board_add_arrow_keys (CgBoard *self)
{
  static const guint keys[] = { GDK_KEY_Up, GDK_KEY_Down, GDK_KEY_Left, GDK_KEY_Right };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_keyval_trigger_new (keys[i], 0),
                        gtk_callback_action_new (arrow_key_cb, GUINT_TO_POINTER (keys[i]), NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* Card actions */

static void
move_column_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CgBoard *self = CG_BOARD (widget);
  CgIdea *idea = card_target (self);
  gboolean focus = cg_board_has_focus_within (self);
  gint64 index, target;
  CgTheme *theme;

  if (idea == NULL)
    return;
  index = column_index_of (self, idea);
  target = CLAMP (index + g_variant_get_int32 (parameter), 0,
                  (gint64) cg_board_get_n_columns (self) - 1);
  if (target == index)
    return;
  theme = cg_board_column_get_theme (cg_board_get_column (self, target));
  cg_workshop_place_idea (self->workshop, idea, theme, NULL);
  cg_board_set_selected (self, idea, focus);
}

static void
idea_edited (CgBoard    *self,
             gpointer    target,
             const char *text)
{
  CgIdea *idea = target;
  CgHistory *history = cg_workshop_get_history (self->workshop);
  g_autofree char *words = g_strstrip (g_strdup (text));

  if (*words == '\0' || g_strcmp0 (words, cg_idea_get_text (idea)) == 0)
    return;
  /* one edit, one step: neither joined to typing before it nor to typing after */
  cg_history_seal (history);
  cg_idea_set_text (idea, words);
  cg_history_seal (history);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CgBoard *self = CG_BOARD (widget);
  CgIdea *idea = card_target (self);
  GtkWidget *anchor;

  if (idea == NULL)
    return;
  if (cg_idea_get_private (idea) && !self->show_private)
    {
      /* its words stay off a projected screen: show private notes first to edit one */
      gtk_widget_error_bell (widget);
      return;
    }
  cg_board_set_selected (self, idea, TRUE);
  anchor = cg_board_get_card (self, idea);
  if (anchor == NULL)
    anchor = GTK_WIDGET (cg_board_column_get_list (cg_board_get_column (self,
                                                                        column_index_of (self,
                                                                                         idea))));
  cg_board_editor_open (self, anchor, _("Edit Idea"), cg_idea_get_text (idea), TRUE, idea,
                        idea_edited);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CgBoard *self = CG_BOARD (widget);
  CgIdea *idea = card_target (self);
  gboolean focus = cg_board_has_focus_within (self);
  g_autoptr(CgIdea) next = NULL;
  CgBoardColumn *column;
  GListModel *ideas;
  guint position;

  if (idea == NULL)
    return;
  /* the selection goes to the card below, or above when it was the last */
  column = cg_board_get_column (self, column_index_of (self, idea));
  ideas = cg_board_column_get_ideas (column);
  position = cg_board_column_find (column, idea);
  if (position != GTK_INVALID_LIST_POSITION)
    {
      next = g_list_model_get_item (ideas, position + 1);
      if (next == NULL && position > 0)
        next = g_list_model_get_item (ideas, position - 1);
    }
  g_object_ref (idea);
  cg_workshop_remove (self->workshop, idea);
  cg_board_set_selected (self, next, focus);
  cg_board_card_changed (self, idea, CG_BOARD_CHANGE_DELETED);
  g_object_unref (idea);
}

/* One vote more or less for @idea, at its event (or the newest one). */
static void
vote_on (CgBoard *self,
         CgIdea  *idea,
         int      delta)
{
  CgEvent *event;
  guint votes;

  if (idea == NULL || delta == 0)
    return;
  event = cg_idea_get_event (idea);
  if (event == NULL)
    event = cg_board_get_newest_event (self);
  if (event == NULL)
    return;
  votes = cg_idea_get_votes (idea, event);
  if (delta < 0 && votes == 0)
    return;
  cg_idea_set_votes (idea, event, delta > 0 ? votes + 1 : votes - 1);
  cg_board_card_changed (self, idea, CG_BOARD_CHANGE_VOTES);
}

static void
vote_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CgBoard *self = CG_BOARD (widget);

  vote_on (self, card_target (self), g_variant_get_int32 (parameter));
}

static CgObject *
lookup (CgBoard    *self,
        const char *id,
        GType       type)
{
  CgObject *object = self->workshop != NULL ? cg_workshop_lookup (self->workshop, id) : NULL;

  return object != NULL && G_TYPE_CHECK_INSTANCE_TYPE (object, type) ? object : NULL;
}

/* A vote button on a card: that card is selected, and voted for as the keys would. */
static void
vote_idea_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CgBoard *self = CG_BOARD (widget);
  const char *id;
  int delta;
  CgObject *idea;

  g_variant_get (parameter, "(&si)", &id, &delta);
  idea = lookup (self, id, CG_TYPE_IDEA);
  if (idea == NULL || cg_board_editor_is_open (self))
    return;
  cg_board_set_selected (self, CG_IDEA (idea), cg_board_has_focus_within (self));
  vote_on (self, card_target (self), delta);
}

static void
toggle_private_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CgIdea *idea = card_target (CG_BOARD (widget));

  if (idea == NULL)
    return;
  cg_idea_set_private (idea, !cg_idea_get_private (idea));
  cg_board_card_changed (CG_BOARD (widget), idea, CG_BOARD_CHANGE_PRIVATE);
}

/* The idea looks beyond the service for its answer (the summary marks it so). */
static void
toggle_beyond_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CgIdea *idea = card_target (CG_BOARD (widget));

  if (idea == NULL)
    return;
  cg_idea_set_beyond_service (idea, !cg_idea_get_beyond_service (idea));
  cg_board_card_changed (CG_BOARD (widget), idea, CG_BOARD_CHANGE_BEYOND);
}

/* Voice, kind and theme by name, as the card's menu offers them. */
static void
set_voice_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CgBoard *self = CG_BOARD (widget);
  CgIdea *idea = card_target (self);
  const char *id = g_variant_get_string (parameter, NULL);
  CgObject *voice = *id != '\0' ? lookup (self, id, CG_TYPE_VOICE) : NULL;

  if (idea == NULL || (*id != '\0' && voice == NULL))
    return;
  if ((CgObject *) cg_idea_get_voice (idea) != voice)
    cg_idea_set_voice (idea, CG_VOICE (voice));
}

static void
set_kind_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CgIdea *idea = card_target (CG_BOARD (widget));
  int kind;

  if (idea == NULL ||
      !cg_enum_from_nick (CG_TYPE_IDEA_KIND, g_variant_get_string (parameter, NULL), &kind))
    return;
  if (cg_idea_get_kind (idea) != (CgIdeaKind) kind)
    cg_idea_set_kind (idea, kind);
}

static void
set_theme_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CgBoard *self = CG_BOARD (widget);
  CgIdea *idea = card_target (self);
  gboolean focus = cg_board_has_focus_within (self);
  const char *id = g_variant_get_string (parameter, NULL);
  CgObject *theme = *id != '\0' ? lookup (self, id, CG_TYPE_THEME) : NULL;

  if (idea == NULL || (*id != '\0' && theme == NULL) ||
      (CgObject *) cg_idea_get_theme (idea) == theme)
    return;
  cg_workshop_place_idea (self->workshop, idea, CG_THEME (theme), NULL);
  cg_board_set_selected (self, idea, focus);
}

/* The facilitator has looked at a card that conflicted in a merge: its flag goes. */
static void
mark_reviewed_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CgIdea *idea = card_target (CG_BOARD (widget));

  if (idea != NULL)
    cg_idea_set_needs_review (idea, FALSE);
}

/* Theme actions */

static CgTheme *
lookup_theme (CgBoard    *self,
              const char *id)
{
  CgObject *object = self->workshop != NULL ? cg_workshop_lookup (self->workshop, id) : NULL;

  return CG_IS_THEME (object) ? CG_THEME (object) : NULL;
}

static void
theme_added (CgBoard    *self,
             gpointer    target,
             const char *text)
{
  g_autofree char *name = g_strstrip (g_strdup (text));
  g_autoptr(CgTheme) theme = NULL;

  if (*name == '\0')
    return;
  theme = cg_theme_new (name, cg_colours_next_theme (self->workshop));
  cg_workshop_add (self->workshop, theme);
}

static void
add_theme_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CgBoard *self = CG_BOARD (widget);

  if (self->workshop == NULL)
    return;
  cg_board_editor_open (self, self->add_button, _("Name of the New Theme"), "", FALSE, NULL,
                        theme_added);
}

static void
theme_renamed (CgBoard    *self,
               gpointer    target,
               const char *text)
{
  CgHistory *history = cg_workshop_get_history (self->workshop);
  g_autofree char *name = g_strstrip (g_strdup (text));

  if (*name == '\0' || g_strcmp0 (name, cg_theme_get_name (target)) == 0)
    return;
  cg_history_seal (history);
  cg_theme_set_name (target, name);
  cg_history_seal (history);
}

static void
rename_theme_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CgBoard *self = CG_BOARD (widget);
  CgTheme *theme = lookup_theme (self, g_variant_get_string (parameter, NULL));
  CgBoardColumn *column = theme != NULL ? cg_board_find_column (self, theme, NULL) : NULL;

  if (column == NULL)
    return;
  cg_board_editor_open (self, cg_board_column_get_header (column), _("Rename Theme"),
                        cg_theme_get_name (theme), FALSE, theme, theme_renamed);
}

static void
recolour_theme_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CgBoard *self = CG_BOARD (widget);
  CgTheme *theme = lookup_theme (self, g_variant_get_string (parameter, NULL));

  if (theme != NULL)
    cg_board_choose_colour (self, theme);
}

static void
move_theme_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CgBoard *self = CG_BOARD (widget);
  const char *id;
  int delta;
  CgTheme *theme;
  gint64 from, to;

  g_variant_get (parameter, "(&si)", &id, &delta);
  theme = lookup_theme (self, id);
  if (theme == NULL)
    return;
  from = cg_workshop_index_of (self->workshop, theme);
  to = CLAMP (from + delta, 0,
              (gint64) g_list_model_get_n_items (cg_workshop_get_themes (self->workshop)) - 1);
  if (to != from)
    cg_workshop_move (self->workshop, theme, (guint) to);
}

static void
remove_theme_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CgBoard *self = CG_BOARD (widget);
  CgTheme *theme = lookup_theme (self, g_variant_get_string (parameter, NULL));

  /* its ideas go back to Unsorted (the model does that, in the same undo step) */
  if (theme != NULL)
    cg_workshop_remove (self->workshop, theme);
}

void
cg_board_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "board.select-card", "i", select_card_activated);
  gtk_widget_class_install_action (widget_class, "board.select-column", "i",
                                   select_column_activated);
  gtk_widget_class_install_action (widget_class, "board.move-column", "i", move_column_activated);
  gtk_widget_class_install_action (widget_class, "board.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "board.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "board.vote", "i", vote_activated);
  gtk_widget_class_install_action (widget_class, "board.vote-idea", "(si)", vote_idea_activated);
  gtk_widget_class_install_action (widget_class, "board.toggle-private", NULL,
                                   toggle_private_activated);
  gtk_widget_class_install_action (widget_class, "board.toggle-beyond", NULL,
                                   toggle_beyond_activated);
  gtk_widget_class_install_action (widget_class, "board.set-voice", "s", set_voice_activated);
  gtk_widget_class_install_action (widget_class, "board.set-kind", "s", set_kind_activated);
  gtk_widget_class_install_action (widget_class, "board.set-theme", "s", set_theme_activated);
  gtk_widget_class_install_action (widget_class, "board.mark-reviewed", NULL,
                                   mark_reviewed_activated);
  gtk_widget_class_install_action (widget_class, "board.add-theme", NULL, add_theme_activated);
  gtk_widget_class_install_action (widget_class, "board.rename-theme", "s",
                                   rename_theme_activated);
  gtk_widget_class_install_action (widget_class, "board.recolour-theme", "s",
                                   recolour_theme_activated);
  gtk_widget_class_install_action (widget_class, "board.move-theme", "(si)", move_theme_activated);
  gtk_widget_class_install_action (widget_class, "board.remove-theme", "s",
                                   remove_theme_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "board.move-column", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "board.move-column", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "board.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "board.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "board.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "board.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "board.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "board.vote", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "board.vote", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "board.vote", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "board.vote", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "board.vote", "i",
                                       -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, 0, "board.toggle-private", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, 0, "board.toggle-beyond", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, 0, "board.mark-reviewed", NULL);

  cg_card_menu_class_init (widget_class);
}
