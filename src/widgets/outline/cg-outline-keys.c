/* cg-outline-keys.c: the keys of the outline's rows, those it catches on the window, and the
 * Menu key's menu
 *
 * A row's own key bindings come before the list's (Left, Right and Enter would otherwise be the
 * list's). Ctrl+0…9, Alt+1…9 and Ctrl+K are also application accelerators (the window's theme,
 * voice and kind keys, cg-window-keys.c), and GTK runs those before any key binding of the
 * focused widget: on a row they would act on the capture bar's idea instead. So while a row has
 * the focus, the outline catches them first, with a controller of its own on the window, in the
 * capture phase (cg_outline_watch_root_keys). The menu (Shift+F10, Menu, a right-click or a
 * long press) offers every action of the row, with its key.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-outline"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-outline-private.h"

/* The menu */

static GMenuItem *
menu_item (const char *label,
           const char *action,
           GVariant   *target,
           const char *accel)
{
  GMenuItem *item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  if (accel != NULL)
    g_menu_item_set_attribute (item, "accel", "s", accel);
  return item;
}

static void
append (GMenu      *menu,
        const char *label,
        const char *action,
        GVariant   *target,
        const char *accel)
{
  g_autoptr(GMenuItem) item = menu_item (label, action, target, accel);

  g_menu_append_item (menu, item);
}

/* The idea's voice, kind and theme as radio items: the "row" group's actions hold them. */
static void
row_choice_changed (GSimpleAction *action,
                    GVariant      *value,
                    gpointer       user_data)
{
  CgOutline *self = user_data;
  g_autofree char *outline_action = g_strdup_printf ("outline.set-%s",
                                                     g_action_get_name (G_ACTION (action)));

  g_simple_action_set_state (action, value);
  gtk_widget_activate_action_variant (GTK_WIDGET (self), outline_action, value);
}

static void
add_choice_action (GSimpleActionGroup *group,
                   CgOutline          *self,
                   const char         *name,
                   const char         *state)
{
  g_autoptr(GSimpleAction) action =
    g_simple_action_new_stateful (name, G_VARIANT_TYPE_STRING, g_variant_new_string (state));

  g_signal_connect (action, "change-state", G_CALLBACK (row_choice_changed), self);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), cg_outline_can_change (self));
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
}

static GMenuModel *
build_idea_menu (CgOutline *self,
                 CgIdea    *idea)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) words = g_menu_new ();
  g_autoptr(GMenu) choices = g_menu_new ();
  g_autoptr(GMenu) voices = g_menu_new ();
  g_autoptr(GMenu) kinds = g_menu_new ();
  g_autoptr(GMenu) themes = g_menu_new ();
  g_autoptr(GMenu) marks = g_menu_new ();
  g_autoptr(GMenu) places = g_menu_new ();
  g_autoptr(GMenu) removal = g_menu_new ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  GListModel *voice_list = cg_workshop_get_voices (self->workshop);
  GListModel *theme_list = cg_workshop_get_themes (self->workshop);
  CgVoice *voice = cg_idea_get_voice (idea);
  CgTheme *theme = cg_idea_get_theme (idea);

  append (words, _("_Edit…"), "outline.edit", NULL, "F2");
  append (words, _("_Add an Idea Here…"), "outline.add", NULL, "Insert");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (words));

  append (voices, _("No Voice"), "row.voice", g_variant_new_string (""), NULL);
  for (guint i = 0, n = g_list_model_get_n_items (voice_list); i < n; i++)
    {
      g_autoptr(CgVoice) item = g_list_model_get_item (voice_list, i);
      g_autofree char *accel = i < 9 ? g_strdup_printf ("<Alt>%u", i + 1) : NULL;

      append (voices, cg_voice_get_name (item), "row.voice",
              g_variant_new_string (cg_object_get_id (CG_OBJECT (item))), accel);
    }
  for (int kind = 0; kind <= CG_IDEA_KIND_LAST; kind++)
    append (kinds, cg_idea_kind_get_label (kind), "row.kind",
            g_variant_new_string (cg_enum_to_nick (CG_TYPE_IDEA_KIND, kind)), NULL);
  append (themes, _("Unsorted"), "row.theme", g_variant_new_string (""), "<Control>0");
  for (guint i = 0, n = g_list_model_get_n_items (theme_list); i < n; i++)
    {
      g_autoptr(CgTheme) item = g_list_model_get_item (theme_list, i);
      g_autofree char *accel = i < 9 ? g_strdup_printf ("<Control>%u", i + 1) : NULL;

      append (themes, cg_theme_get_name (item), "row.theme",
              g_variant_new_string (cg_object_get_id (CG_OBJECT (item))), accel);
    }
  g_menu_append_submenu (choices, _("_Voice"), G_MENU_MODEL (voices));
  g_menu_append_submenu (choices, _("_Kind"), G_MENU_MODEL (kinds));
  g_menu_append_submenu (choices, _("Move to _Theme"), G_MENU_MODEL (themes));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (choices));

  append (marks, _("Add a _Vote"), "outline.vote", g_variant_new_int32 (1), "plus");
  append (marks, _("_Remove a Vote"), "outline.vote", g_variant_new_int32 (-1), "minus");
  append (marks, cg_idea_get_private (idea) ? _("Not _Private") : _("Mark _Private"),
          "outline.toggle-private", NULL, "p");
  append (marks, cg_idea_get_beyond_service (idea) ? _("Not _Beyond the Service")
                                                   : _("_Beyond the Service"),
          "outline.toggle-beyond", NULL, "b");
  if (cg_idea_get_needs_review (idea))
    append (marks, _("Mark as C_hecked"), "outline.mark-reviewed", NULL, "r");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (marks));

  append (places, _("Move _Up"), "outline.move", g_variant_new_int32 (-1), "<Alt>Up");
  append (places, _("Move _Down"), "outline.move", g_variant_new_int32 (1), "<Alt>Down");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (places));

  append (removal, _("_Delete"), "outline.delete", NULL, "Delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (removal));

  add_choice_action (group, self, "voice",
                     voice != NULL ? cg_object_get_id (CG_OBJECT (voice)) : "");
  add_choice_action (group, self, "kind",
                     cg_enum_to_nick (CG_TYPE_IDEA_KIND, cg_idea_get_kind (idea)));
  add_choice_action (group, self, "theme",
                     theme != NULL ? cg_object_get_id (CG_OBJECT (theme)) : "");
  gtk_widget_insert_action_group (GTK_WIDGET (self), "row", G_ACTION_GROUP (group));
  return G_MENU_MODEL (menu);
}

static GMenuModel *
build_theme_menu (CgOutline      *self,
                  CgOutlineGroup *group)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) ideas = g_menu_new ();
  g_autoptr(GMenu) theme = g_menu_new ();
  g_autoptr(GMenu) all = g_menu_new ();
  g_autoptr(GtkTreeListRow) row = NULL;
  gboolean open = cg_outline_group_is_open (self, group, &row);

  append (ideas, _("_Add an Idea Here…"), "outline.add", NULL, "Insert");
  append (ideas, open ? _("_Close") : _("_Open"), "outline.activate", NULL, "Return");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (ideas));
  if (cg_outline_group_get_theme (group) != NULL)
    {
      append (theme, _("_Rename Theme…"), "outline.edit", NULL, "F2");
      append (theme, _("Move Theme _Up"), "outline.move", g_variant_new_int32 (-1), "<Alt>Up");
      append (theme, _("Move Theme _Down"), "outline.move", g_variant_new_int32 (1),
              "<Alt>Down");
      append (theme, _("Re_move Theme"), "outline.delete", NULL, "Delete");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (theme));
    }
  append (all, _("Add a _Theme…"), "outline.add-theme", NULL, NULL);
  append (all, _("Open _All"), "outline.expand-all", NULL, NULL);
  append (all, _("Close A_ll"), "outline.collapse-all", NULL, NULL);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (all));
  return G_MENU_MODEL (menu);
}

static void
menu_closed_cb (CgOutline *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && !cg_outline_editor_is_open (self))
    cg_outline_focus (self);
}

static void
menu_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CgOutline *self = CG_OUTLINE (widget);
  CgOutlineRow *row = cg_outline_get_focus_row (self);
  g_autoptr(GMenuModel) model = NULL;
  graphene_rect_t bounds;
  GdkRectangle rect = { 0, 0, 1, 1 };

  if (self->workshop == NULL || self->current == NULL)
    return;
  model = CG_IS_IDEA (self->current) ? build_idea_menu (self, CG_IDEA (self->current))
                                     : build_theme_menu (self, CG_OUTLINE_GROUP (self->current));
  if (self->menu == NULL)
    {
      self->menu = gtk_popover_menu_new_from_model (NULL);
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
      gtk_popover_set_position (GTK_POPOVER (self->menu), GTK_POS_BOTTOM);
      gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), TRUE);
      g_signal_connect_swapped (self->menu, "closed", G_CALLBACK (menu_closed_cb), self);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Row options"), -1);
    }
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), model);
  if (row != NULL && gtk_widget_compute_bounds (GTK_WIDGET (row), widget, &bounds))
    rect = (GdkRectangle) { (int) bounds.origin.x + 24, (int) bounds.origin.y,
                            1, (int) bounds.size.height };
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

/* Keys the application would take */

static gboolean
root_key_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  CgOutline *self = user_data;
  const char *action;
  GVariant *parameter;

  if (!cg_outline_has_row_focus (self))
    return FALSE; /* not ours: the application's key as ever */
  g_variant_get (args, "(&sv)", &action, &parameter);
  if (g_variant_is_of_type (parameter, G_VARIANT_TYPE_INT32))
    gtk_widget_activate_action_variant (GTK_WIDGET (self), action, parameter);
  else
    gtk_widget_activate_action_variant (GTK_WIDGET (self), action, NULL);
  g_variant_unref (parameter);
  return TRUE;
}

static void
add_root_key (GtkShortcutController *controller,
              CgOutline             *self,
              guint                  keyval,
              GdkModifierType        modifiers,
              const char            *action,
              GVariant              *parameter)
{
  GtkShortcut *shortcut =
    gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                      gtk_callback_action_new (root_key_cb, self, NULL));

  gtk_shortcut_set_arguments (shortcut, g_variant_new ("(sv)", action,
                                                       parameter != NULL ? parameter
                                                                         : g_variant_new ("b",
                                                                                          FALSE)));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

void
cg_outline_watch_root_keys (CgOutline *self,
                            GtkWidget *root)
{
  GtkShortcutController *controller;

  if (self->window_keys != NULL && self->window_keys_root != NULL)
    gtk_widget_remove_controller (self->window_keys_root, self->window_keys);
  self->window_keys = NULL;
  g_clear_weak_pointer (&self->window_keys_root);
  if (root == NULL)
    return;

  controller = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_event_controller_set_static_name (GTK_EVENT_CONTROLLER (controller),
                                        "cg-outline-window-keys");
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (controller),
                                              GTK_PHASE_CAPTURE);
  for (int n = 0; n <= 9; n++)
    {
      add_root_key (controller, self, GDK_KEY_0 + n, GDK_CONTROL_MASK, "outline.theme-number",
                    g_variant_new_int32 (n));
      add_root_key (controller, self, GDK_KEY_KP_0 + n, GDK_CONTROL_MASK, "outline.theme-number",
                    g_variant_new_int32 (n));
      if (n > 0)
        add_root_key (controller, self, GDK_KEY_0 + n, GDK_ALT_MASK, "outline.voice-number",
                      g_variant_new_int32 (n));
    }
  add_root_key (controller, self, GDK_KEY_k, GDK_CONTROL_MASK, "outline.next-kind", NULL);
  self->window_keys = GTK_EVENT_CONTROLLER (controller);
  g_set_weak_pointer (&self->window_keys_root, root);
  gtk_widget_add_controller (root, self->window_keys);
}

void
cg_outline_actions_dispose (CgOutline *self)
{
  cg_outline_watch_root_keys (self, NULL);
  if (self->menu != NULL)
    g_signal_handlers_disconnect_by_func (self->menu, menu_closed_cb, self);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
}

void
cg_outline_keys_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "outline.menu", NULL, menu_activated);
}

/* The keys of a row: its own bindings come before the list's (the arrows Left and Right, and
 * Enter, would otherwise be the list's). */
void
cg_outline_row_class_add_keys (GtkWidgetClass *widget_class)
{
  static const struct
  {
    guint           keyval;
    GdkModifierType modifiers;
    const char     *action;
    int             parameter; /* G_MININT: none */
  } keys[] = {
    { GDK_KEY_Return, 0, "outline.activate", G_MININT },
    { GDK_KEY_KP_Enter, 0, "outline.activate", G_MININT },
    { GDK_KEY_ISO_Enter, 0, "outline.activate", G_MININT },
    { GDK_KEY_F2, 0, "outline.edit", G_MININT },
    { GDK_KEY_Insert, 0, "outline.add", G_MININT },
    { GDK_KEY_KP_Insert, 0, "outline.add", G_MININT },
    { GDK_KEY_Delete, 0, "outline.delete", G_MININT },
    { GDK_KEY_KP_Delete, 0, "outline.delete", G_MININT },
    { GDK_KEY_plus, 0, "outline.vote", 1 },
    { GDK_KEY_equal, 0, "outline.vote", 1 },
    { GDK_KEY_KP_Add, 0, "outline.vote", 1 },
    { GDK_KEY_minus, 0, "outline.vote", -1 },
    { GDK_KEY_KP_Subtract, 0, "outline.vote", -1 },
    { GDK_KEY_p, 0, "outline.toggle-private", G_MININT },
    { GDK_KEY_b, 0, "outline.toggle-beyond", G_MININT },
    { GDK_KEY_r, 0, "outline.mark-reviewed", G_MININT },
    { GDK_KEY_Left, 0, "outline.left", G_MININT },
    { GDK_KEY_KP_Left, 0, "outline.left", G_MININT },
    { GDK_KEY_Right, 0, "outline.right", G_MININT },
    { GDK_KEY_KP_Right, 0, "outline.right", G_MININT },
    { GDK_KEY_Left, GDK_ALT_MASK, "outline.step-theme", -1 },
    { GDK_KEY_Right, GDK_ALT_MASK, "outline.step-theme", 1 },
    { GDK_KEY_Up, GDK_ALT_MASK, "outline.move", -1 },
    { GDK_KEY_Down, GDK_ALT_MASK, "outline.move", 1 },
    { GDK_KEY_F10, GDK_SHIFT_MASK, "outline.menu", G_MININT },
    { GDK_KEY_Menu, 0, "outline.menu", G_MININT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      if (keys[i].parameter == G_MININT)
        gtk_widget_class_add_binding_action (widget_class, keys[i].keyval, keys[i].modifiers,
                                             keys[i].action, NULL);
      else
        gtk_widget_class_add_binding_action (widget_class, keys[i].keyval, keys[i].modifiers,
                                             keys[i].action, "i", keys[i].parameter);
    }
}
