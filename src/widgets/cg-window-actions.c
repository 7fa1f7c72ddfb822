/* cg-window-actions.c: what the window's keys and menu items do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-export-dialog.h"
#include "cg-print.h"
#include "cg-window-private.h"

#define TEXT_SCALE_MIN 0.6
#define TEXT_SCALE_MAX 3.0
#define TEXT_SCALE_STEP 1.15

static CgWindow *
window_of (gpointer user_data)
{
  return CG_WINDOW (user_data);
}

static void
set_enabled (CgWindow   *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
cg_window_update_actions (CgWindow *self)
{
  CgHistory *history = self->workshop != NULL ? cg_workshop_get_history (self->workshop) : NULL;
  gboolean open = self->workshop != NULL &&
                  g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "board") == 0;
  gboolean editing = open && !self->read_only;
  gboolean on_board = g_strcmp0 (cg_window_get_view (self), "board") == 0;
  guint n_marked = cg_board_get_n_marked (self->board);
  const char *looking_actions[] = {
    "focus-board", "search", "export", "print", "view",
  };
  /* none of these is there in review mode: each would change the workshop or write a file */
  const char *editing_actions[] = {
    "save", "save-as", "focus-capture", "set-voice", "move-to-theme", "cycle-kind", "merge",
    "new-event", "edit-events",
  };

  for (guint i = 0; i < G_N_ELEMENTS (looking_actions); i++)
    set_enabled (self, looking_actions[i], open);
  for (guint i = 0; i < G_N_ELEMENTS (editing_actions); i++)
    set_enabled (self, editing_actions[i], editing);
  set_enabled (self, "combine", editing && on_board && n_marked >= 2);
  set_enabled (self, "new-action", editing);
  set_enabled (self, "undo", editing && cg_history_get_can_undo (history));
  set_enabled (self, "redo", editing && cg_history_get_can_redo (history));
}

static void
undo_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  CgWindow *self = window_of (user_data);

  if (self->workshop != NULL)
    cg_history_undo (cg_workshop_get_history (self->workshop));
}

static void
redo_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  CgWindow *self = window_of (user_data);

  if (self->workshop != NULL)
    cg_history_redo (cg_workshop_get_history (self->workshop));
}

static void
save_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  cg_window_save (window_of (user_data), FALSE);
}

static void
save_as_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  cg_window_save (window_of (user_data), TRUE);
}

static void
focus_capture_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  cg_capture_bar_focus (window_of (user_data)->capture_bar);
}

static void
focus_board_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  CgWindow *self = window_of (user_data);
  CgIdea *target = cg_window_get_target_idea (self);

  if (target != NULL)
    cg_board_select_idea (self->board, target);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->board));
}

/* Item @n (counting from 1) of @model, or NULL. */
static gpointer
nth_item (GListModel *model,
          int         n)
{
  if (n < 1 || (guint) n > g_list_model_get_n_items (model))
    return NULL;
  return g_list_model_get_item (model, (guint) n - 1);
}

static void
set_voice_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  CgWindow *self = window_of (user_data);
  g_autoptr(CgVoice) voice = nth_item (cg_workshop_get_voices (self->workshop),
                                       g_variant_get_int32 (parameter));
  CgIdea *selected = cg_board_get_selected_idea (self->board);

  if (voice == NULL)
    return;
  cg_capture_bar_set_voice (self->capture_bar, voice);
  if (selected != NULL)
    cg_idea_set_voice (selected, voice);
}

static void
move_to_theme_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  CgWindow *self = window_of (user_data);
  int n = g_variant_get_int32 (parameter);
  g_autoptr(CgTheme) theme = nth_item (cg_workshop_get_themes (self->workshop), n);
  CgIdea *target = cg_window_get_target_idea (self);

  if (target == NULL || (n != 0 && theme == NULL) || cg_idea_get_theme (target) == theme)
    return;
  cg_workshop_place_idea (self->workshop, target, theme, NULL);
  if (cg_board_get_selected_idea (self->board) == target)
    cg_board_select_idea (self->board, target);
}

static CgIdeaKind
next_kind (CgIdeaKind kind)
{
  return kind >= CG_IDEA_KIND_LAST ? CG_IDEA_KIND_IDEA : kind + 1;
}

static void
cycle_kind_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  CgWindow *self = window_of (user_data);
  CgIdea *selected = cg_board_get_selected_idea (self->board);

  cg_capture_bar_set_kind (self->capture_bar,
                           next_kind (cg_capture_bar_get_kind (self->capture_bar)));
  if (selected != NULL)
    cg_idea_set_kind (selected, next_kind (cg_idea_get_kind (selected)));
}

static void
search_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  CgWindow *self = window_of (user_data);
  gboolean on = !gtk_search_bar_get_search_mode (self->search_bar);

  if (g_strcmp0 (cg_window_get_view (self), "review") == 0)
    {
      cg_review_view_focus_search (self->review_view);
      return;
    }
  cg_window_show_view (self, "board");
  gtk_search_bar_set_search_mode (self->search_bar, on);
  if (on)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
merge_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  cg_window_choose_merge (window_of (user_data));
}

static void
export_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  CgWindow *self = window_of (user_data);

  cg_export_dialog_present (GTK_WINDOW (self), self->workshop, self->file);
}

static void
print_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  CgWindow *self = window_of (user_data);
  g_autoptr(CgSummaryOptions) options = cg_summary_options_new ();

  /* Private notes stay out of print, as out of every summary, unless the export dialog asks. */
  cg_print_workshop (GTK_WINDOW (self), self->workshop, options);
}

static void
show_private_changed (GSimpleAction *action,
                      GVariant      *state,
                      gpointer       user_data)
{
  CgWindow *self = window_of (user_data);

  g_simple_action_set_state (action, state);
  cg_board_set_show_private (self->board, g_variant_get_boolean (state));
  cg_action_plan_set_show_private (self->action_plan, g_variant_get_boolean (state));
  cg_review_view_set_show_private (self->review_view, g_variant_get_boolean (state));
}

static void
show_voices_changed (GSimpleAction *action,
                     GVariant      *state,
                     gpointer       user_data)
{
  CgWindow *self = window_of (user_data);

  g_simple_action_set_state (action, state);
  gtk_widget_set_visible (GTK_WIDGET (self->voices_panel), g_variant_get_boolean (state));
}

void
cg_window_apply_text_scale (CgWindow *self)
{
  static guint serial;
  g_autofree char *css = NULL;
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  char scale[G_ASCII_DTOSTR_BUF_SIZE];

  /* A class of this window's own, so each window keeps its own text size. */
  if (self->zoom_css == NULL)
    {
      g_autofree char *name = g_strdup_printf ("cg-zoom-%u", ++serial);

      self->zoom_css = gtk_css_provider_new ();
      gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (self->zoom_css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
      gtk_widget_add_css_class (self->board_page, name);
      g_object_set_data_full (G_OBJECT (self), "cg-zoom-class", g_steal_pointer (&name), g_free);
    }

  g_ascii_formatd (scale, sizeof scale, "%.0f", self->text_scale * 100);
  css = g_strdup_printf (".%s { font-size: %s%%; }",
                         (const char *) g_object_get_data (G_OBJECT (self), "cg-zoom-class"),
                         scale);
  gtk_css_provider_load_from_data (self->zoom_css, css, -1);
}

static void
zoom (CgWindow *self,
      double    factor)
{
  double scale = factor == 0 ? 1.0 : CLAMP (self->text_scale * factor, TEXT_SCALE_MIN,
                                            TEXT_SCALE_MAX);

  if (scale == self->text_scale)
    return;
  self->text_scale = scale;
  cg_window_apply_text_scale (self);
}

static void
zoom_in_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  zoom (window_of (user_data), TEXT_SCALE_STEP);
}

static void
zoom_out_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  zoom (window_of (user_data), 1 / TEXT_SCALE_STEP);
}

static void
zoom_reset_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  zoom (window_of (user_data), 0);
}

static void
new_event_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  cg_window_new_event (window_of (user_data));
}

static void
edit_events_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  cg_window_show_events_dialog (window_of (user_data));
}

static void
combine_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  cg_window_combine_cards (window_of (user_data));
}

static void
new_action_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  cg_window_new_action (window_of (user_data));
}

static void
view_changed (GSimpleAction *action,
              GVariant      *state,
              gpointer       user_data)
{
  cg_window_show_view (window_of (user_data), g_variant_get_string (state, NULL));
}

static const GActionEntry window_actions[] = {
  { .name = "undo", .activate = undo_activated },
  { .name = "redo", .activate = redo_activated },
  { .name = "save", .activate = save_activated },
  { .name = "save-as", .activate = save_as_activated },
  { .name = "focus-capture", .activate = focus_capture_activated },
  { .name = "focus-board", .activate = focus_board_activated },
  { .name = "set-voice", .activate = set_voice_activated, .parameter_type = "i" },
  { .name = "move-to-theme", .activate = move_to_theme_activated, .parameter_type = "i" },
  { .name = "cycle-kind", .activate = cycle_kind_activated },
  { .name = "search", .activate = search_activated },
  { .name = "merge", .activate = merge_activated },
  { .name = "export", .activate = export_activated },
  { .name = "print", .activate = print_activated },
  { .name = "show-private", .state = "false", .change_state = show_private_changed },
  { .name = "show-voices", .state = "true", .change_state = show_voices_changed },
  { .name = "zoom-in", .activate = zoom_in_activated },
  { .name = "zoom-out", .activate = zoom_out_activated },
  { .name = "zoom-reset", .activate = zoom_reset_activated },
  { .name = "new-event", .activate = new_event_activated },
  { .name = "edit-events", .activate = edit_events_activated },
  { .name = "combine", .activate = combine_activated },
  { .name = "new-action", .activate = new_action_activated },
  { .name = "view", .parameter_type = "s", .state = "'board'", .change_state = view_changed },
};

void
cg_window_install_actions (GtkWidgetClass *widget_class)
{
  /* Escape in the capture bar goes to the board; the rest are application accelerators. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.focus-board", NULL);
}

void
cg_window_add_actions (CgWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions,
                                   G_N_ELEMENTS (window_actions), self);
}
