/* cg-card-menu.c: the menu of a card on the board, for the mouse, touch and the Menu key
 *
 * A right-click or a long press on a card, or Shift+F10 or Menu on the selected one, selects the
 * card and opens this menu by it. It is one GtkPopoverMenu, a child of the board (so a card the
 * list recycles cannot take it away), made from a GMenuModel built anew each time it opens: the
 * workshop's voices and themes change, and so does the number of picked cards.
 *
 * Every item runs the action its key runs, on the selected card: board.edit, board.vote,
 * board.delete, board.mark-reviewed, win.combine, win.new-action. Items that show a state (the
 * card's voice, kind and theme as radio items; private, beyond the service and picked as check
 * items) use the menu's own "card" actions, which mirror the card and hand each change to the
 * board's action for it (board.set-voice, board.toggle-private, ...). So there is one code path
 * whichever way a change is asked for. In review mode the board's actions are disabled (see
 * cg_board_update_actions) and the menu's own follow them: every item that would change
 * something is insensitive.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-board"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-board-private.h"
#include "cg-card-menu.h"

typedef struct
{
  GSimpleActionGroup *group;
  CgIdea             *idea; /* weak: the idea of the card the menu was opened on */
} MenuState;

static void
menu_state_free (gpointer data)
{
  MenuState *state = data;

  g_clear_weak_pointer (&state->idea);
  g_clear_object (&state->group);
  g_free (state);
}

static MenuState *
menu_state (CgBoard *self)
{
  if (self->card_menu == NULL)
    return NULL;
  return g_object_get_data (G_OBJECT (self->card_menu), "cg-card-menu-state");
}

/* The menu's idea, selected again if something else was selected since it opened; NULL when it
 * has left the board. */
static CgIdea *
select_target (CgBoard *self)
{
  MenuState *state = menu_state (self);

  if (state == NULL || state->idea == NULL || !cg_board_holds (self, state->idea))
    return NULL;
  if (self->selected != state->idea)
    cg_board_set_selected (self, state->idea, cg_board_has_focus_within (self));
  return state->idea;
}

static void
run_on_target (CgBoard    *self,
               const char *action,
               GVariant   *parameter)
{
  if (select_target (self) != NULL)
    gtk_widget_activate_action_variant (GTK_WIDGET (self), action, parameter);
}

/* The "card" actions */

static void
edit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  run_on_target (user_data, "board.edit", NULL);
}

static void
voice_changed (GSimpleAction *action,
               GVariant      *value,
               gpointer       user_data)
{
  run_on_target (user_data, "board.set-voice", value);
}

static void
kind_changed (GSimpleAction *action,
              GVariant      *value,
              gpointer       user_data)
{
  run_on_target (user_data, "board.set-kind", value);
}

static void
theme_changed (GSimpleAction *action,
               GVariant      *value,
               gpointer       user_data)
{
  run_on_target (user_data, "board.set-theme", value);
}

/* A check item: the board's toggle, when the card is not already as asked. */
static void
toggle_to (CgBoard    *self,
           GVariant   *value,
           gboolean  (*get) (CgBoard *, CgIdea *),
           const char *toggle)
{
  CgIdea *idea = select_target (self);

  if (idea != NULL && get (self, idea) != g_variant_get_boolean (value))
    gtk_widget_activate_action_variant (GTK_WIDGET (self), toggle, NULL);
}

static gboolean
idea_is_private (CgBoard *self,
                 CgIdea  *idea)
{
  return cg_idea_get_private (idea);
}

static gboolean
idea_is_beyond (CgBoard *self,
                CgIdea  *idea)
{
  return cg_idea_get_beyond_service (idea);
}

static gboolean
idea_is_picked (CgBoard *self,
                CgIdea  *idea)
{
  return g_hash_table_contains (self->marked, idea);
}

static void
private_changed (GSimpleAction *action,
                 GVariant      *value,
                 gpointer       user_data)
{
  toggle_to (user_data, value, idea_is_private, "board.toggle-private");
}

static void
beyond_changed (GSimpleAction *action,
                GVariant      *value,
                gpointer       user_data)
{
  toggle_to (user_data, value, idea_is_beyond, "board.toggle-beyond");
}

static void
picked_changed (GSimpleAction *action,
                GVariant      *value,
                gpointer       user_data)
{
  toggle_to (user_data, value, idea_is_picked, "board.toggle-mark");
}

static void
set_action (MenuState  *state,
            const char *name,
            gboolean    enabled,
            GVariant   *value)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (state->group), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
  if (value != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), value);
}

static const char *
id_or_empty (gpointer object)
{
  return object != NULL ? cg_object_get_id (CG_OBJECT (object)) : "";
}

/* The "card" actions show the card as it is now, and change it only when the board may. */
static void
update_states (CgBoard *self)
{
  MenuState *state = menu_state (self);
  CgIdea *idea;
  gboolean can_change;

  if (state == NULL)
    return;
  idea = state->idea;
  if (idea == NULL || !cg_board_holds (self, idea))
    {
      if (gtk_widget_get_visible (self->card_menu))
        gtk_popover_popdown (GTK_POPOVER (self->card_menu));
      return;
    }
  can_change = self->editable;
  /* a private note's words stay off the screen: show private notes first to edit one */
  set_action (state, "edit", can_change && !cg_idea_card_hides_text (idea, self->show_private),
              NULL);
  set_action (state, "voice", can_change,
              g_variant_new_string (id_or_empty (cg_idea_get_voice (idea))));
  set_action (state, "kind", can_change,
              g_variant_new_string (cg_enum_to_nick (CG_TYPE_IDEA_KIND, cg_idea_get_kind (idea))));
  set_action (state, "theme", can_change,
              g_variant_new_string (id_or_empty (cg_idea_get_theme (idea))));
  set_action (state, "private", can_change, g_variant_new_boolean (cg_idea_get_private (idea)));
  set_action (state, "beyond", can_change,
              g_variant_new_boolean (cg_idea_get_beyond_service (idea)));
  set_action (state, "picked", can_change, g_variant_new_boolean (idea_is_picked (self, idea)));
}

/* The model */

/* A name as a menu label: its underscores are not mnemonics. */
static char *
escape_underscores (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             GVariant   *target,
             const char *accel)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  if (accel != NULL)
    g_menu_item_set_attribute (item, "accel", "s", accel);
  g_menu_append_item (menu, item);
}

/* One radio item a voice, with its Alt+number, then "No Voice". */
static GMenuModel *
build_voices (CgWorkshop *workshop)
{
  GMenu *menu = g_menu_new ();
  GListModel *voices = cg_workshop_get_voices (workshop);

  for (guint i = 0; i < g_list_model_get_n_items (voices); i++)
    {
      g_autoptr(CgVoice) voice = g_list_model_get_item (voices, i);
      g_autofree char *label = escape_underscores (cg_voice_get_name (voice));
      g_autofree char *accel = i < 9 ? g_strdup_printf ("<Alt>%u", i + 1) : NULL;

      append_item (menu, label, "card.voice",
                   g_variant_new_string (cg_object_get_id (CG_OBJECT (voice))), accel);
    }
  append_item (menu, _("No Voice"), "card.voice", g_variant_new_string (""), NULL);
  return G_MENU_MODEL (menu);
}

static GMenuModel *
build_kinds (void)
{
  GMenu *menu = g_menu_new ();

  for (CgIdeaKind kind = CG_IDEA_KIND_IDEA; kind <= CG_IDEA_KIND_LAST; kind++)
    {
      g_autofree char *label = escape_underscores (cg_idea_kind_get_label (kind));

      append_item (menu, label, "card.kind",
                   g_variant_new_string (cg_enum_to_nick (CG_TYPE_IDEA_KIND, kind)), NULL);
    }
  return G_MENU_MODEL (menu);
}

/* Unsorted, then one radio item a theme, with their Ctrl+number. */
static GMenuModel *
build_themes (CgWorkshop *workshop)
{
  GMenu *menu = g_menu_new ();
  GListModel *themes = cg_workshop_get_themes (workshop);

  append_item (menu, _("Unsorted"), "card.theme", g_variant_new_string (""), "<Control>0");
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(CgTheme) theme = g_list_model_get_item (themes, i);
      g_autofree char *label = escape_underscores (cg_theme_get_name (theme));
      g_autofree char *accel = i < 9 ? g_strdup_printf ("<Control>%u", i + 1) : NULL;

      append_item (menu, label, "card.theme",
                   g_variant_new_string (cg_object_get_id (CG_OBJECT (theme))), accel);
    }
  return G_MENU_MODEL (menu);
}

static void
append_section (GMenu *menu,
                GMenu *section)
{
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);
}

static GMenuModel *
build_menu (CgBoard *self,
            CgIdea  *idea)
{
  GMenu *menu = g_menu_new ();
  GMenu *section;
  g_autoptr(GMenuModel) voices = build_voices (self->workshop);
  g_autoptr(GMenuModel) kinds = build_kinds ();
  g_autoptr(GMenuModel) themes = build_themes (self->workshop);
  guint n_marked = g_hash_table_size (self->marked);

  section = g_menu_new ();
  append_item (section, _("_Edit…"), "card.edit", NULL, "F2");
  append_section (menu, section);

  section = g_menu_new ();
  g_menu_append_submenu (section, _("_Voice"), voices);
  g_menu_append_submenu (section, _("_Kind"), kinds);
  g_menu_append_submenu (section, _("_Theme"), themes);
  append_section (menu, section);

  section = g_menu_new ();
  append_item (section, _("_Add a Vote"), "board.vote", g_variant_new_int32 (1), "plus");
  append_item (section, _("_Remove a Vote"), "board.vote", g_variant_new_int32 (-1), "minus");
  append_section (menu, section);

  section = g_menu_new ();
  append_item (section, _("_Private"), "card.private", NULL, "p");
  append_item (section, _("_Beyond the Service"), "card.beyond", NULL, "b");
  append_item (section, _("P_icked"), "card.picked", NULL, "<Control>space");
  if (cg_idea_get_needs_review (idea))
    append_item (section, _("Mark as C_hecked"), "board.mark-reviewed", NULL, "r");
  append_section (menu, section);

  section = g_menu_new ();
  append_item (section, _("_Combine Picked Cards"), "win.combine", NULL, NULL);
  append_item (section, n_marked > 0 ? _("_New Action From Picked Cards")
                                     : _("_New Action From This Card"),
               "win.new-action", NULL, NULL);
  append_section (menu, section);

  section = g_menu_new ();
  append_item (section, _("_Delete"), "board.delete", NULL, "Delete");
  append_section (menu, section);

  return G_MENU_MODEL (menu);
}

/* The popover */

static void
menu_closed_cb (GtkPopover *popover,
                CgBoard    *self)
{
  /* back to the card, so the keys go on working on the board (an item that opens the editor
   * runs after this, and takes the focus from there) */
  if (self->selected != NULL && self->workshop != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    cg_board_set_selected (self, self->selected, TRUE);
}

static GtkWidget *
build_popover (CgBoard *self)
{
  static const GActionEntry entries[] = {
    { .name = "edit", .activate = edit_activated },
    { .name = "voice", .parameter_type = "s", .state = "''", .change_state = voice_changed },
    { .name = "kind", .parameter_type = "s", .state = "'idea'", .change_state = kind_changed },
    { .name = "theme", .parameter_type = "s", .state = "''", .change_state = theme_changed },
    { .name = "private", .state = "false", .change_state = private_changed },
    { .name = "beyond", .state = "false", .change_state = beyond_changed },
    { .name = "picked", .state = "false", .change_state = picked_changed },
  };
  MenuState *state = g_new0 (MenuState, 1);
  GtkWidget *popover = gtk_popover_menu_new_from_model (NULL);

  state->group = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (state->group), entries, G_N_ELEMENTS (entries),
                                   self);
  gtk_widget_insert_action_group (popover, "card", G_ACTION_GROUP (state->group));
  g_object_set_data_full (G_OBJECT (popover), "cg-card-menu-state", state, menu_state_free);

  /* at the pointer, like any context menu, starting there */
  gtk_widget_add_css_class (popover, "cg-card-menu");
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_widget_set_halign (popover, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (popover), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Card options"), -1);
  g_signal_connect (popover, "closed", G_CALLBACK (menu_closed_cb), self);
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  return popover;
}

/* Below @y (in the board), or above it in the lower half of the window: GTK flips a popover
 * only when the other side has room for all of it, and a long menu often fits neither. */
static GtkPositionType
side_with_room (CgBoard *self,
                int      y)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  graphene_point_t point;

  if (root != NULL &&
      gtk_widget_compute_point (GTK_WIDGET (self), root, &GRAPHENE_POINT_INIT (0, y), &point) &&
      point.y > gtk_widget_get_height (root) / 2.0)
    return GTK_POS_TOP;
  return GTK_POS_BOTTOM;
}

gboolean
cg_card_menu_popup (CgBoard *self,
                    CgIdea  *idea,
                    double   x,
                    double   y)
{
  g_autoptr(GMenuModel) model = NULL;
  MenuState *state;
  GtkWidget *card;
  graphene_rect_t bounds, visible;
  graphene_point_t point;
  GdkRectangle rect;

  g_return_val_if_fail (CG_IS_BOARD (self), FALSE);
  g_return_val_if_fail (CG_IS_IDEA (idea), FALSE);

  if (!cg_board_holds (self, idea) || cg_board_editor_is_open (self))
    return FALSE;
  cg_board_set_selected (self, idea, TRUE);

  if (self->card_menu == NULL)
    self->card_menu = build_popover (self);
  state = menu_state (self);
  g_set_weak_pointer (&state->idea, idea);
  model = build_menu (self, idea);
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->card_menu), model);
  update_states (self);

  /* at the point clicked, or (from the keyboard) a little into the card, half way down: a long
   * menu then fits above or below it; at the edge of the board when it is out of sight */
  card = cg_board_get_card (self, idea);
  visible = GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (GTK_WIDGET (self)),
                                gtk_widget_get_height (GTK_WIDGET (self)));
  if (card != NULL && gtk_widget_compute_bounds (card, GTK_WIDGET (self), &bounds) &&
      graphene_rect_intersection (&bounds, &visible, &bounds))
    {
      if (x >= 0 && y >= 0 &&
          gtk_widget_compute_point (card, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (x, y), &point))
        rect = (GdkRectangle) { point.x, point.y, 1, 1 };
      else
        rect = (GdkRectangle) { bounds.origin.x + MIN (24, bounds.size.width / 2),
                                bounds.origin.y + bounds.size.height / 2, 1, 1 };
    }
  else
    {
      rect = (GdkRectangle) { MAX (visible.size.width - 48, 0), 0, 1, 48 };
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->card_menu), &rect);
  gtk_popover_set_position (GTK_POPOVER (self->card_menu), side_with_room (self, rect.y));
  gtk_popover_popup (GTK_POPOVER (self->card_menu));
  return TRUE;
}

void
cg_card_menu_update (CgBoard *self)
{
  g_return_if_fail (CG_IS_BOARD (self));
  update_states (self);
}

GtkWidget *
cg_card_menu_get_popover (CgBoard *self)
{
  g_return_val_if_fail (CG_IS_BOARD (self), NULL);
  return self->card_menu;
}

/* board.card-menu */

static void
card_menu_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CgBoard *self = CG_BOARD (widget);
  CgIdea *idea = NULL;
  const char *id;
  double x, y;

  if (self->workshop == NULL)
    return;
  g_variant_get (parameter, "(&sdd)", &id, &x, &y);
  if (*id == '\0')
    {
      idea = self->selected;
    }
  else
    {
      CgObject *object = cg_workshop_lookup (self->workshop, id);

      idea = CG_IS_IDEA (object) ? CG_IDEA (object) : NULL;
    }
  if (idea == NULL || !cg_card_menu_popup (self, idea, x, y))
    gtk_widget_error_bell (widget);
}

void
cg_card_menu_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "board.card-menu", "(sdd)", card_menu_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "board.card-menu", "(sdd)", "", -1.0, -1.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0,
                                       "board.card-menu", "(sdd)", "", -1.0, -1.0);
}
