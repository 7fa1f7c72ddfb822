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
#include "cg-workshop-properties.h"

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
    "focus-board", "search", "export", "print", "view", "properties", "share",
  };
  /* none of these is there in review mode: each would change the workshop or write a file */
  const char *editing_actions[] = {
    "save", "save-as", "focus-capture", "set-voice", "move-to-theme", "cycle-kind", "merge",
    "new-event", "edit-events", "remove-private-words", "withdraw", "erase",
    "participation",
  };

  for (guint i = 0; i < G_N_ELEMENTS (looking_actions); i++)
    set_enabled (self, looking_actions[i], open);
  for (guint i = 0; i < G_N_ELEMENTS (editing_actions); i++)
    set_enabled (self, editing_actions[i], editing);
  set_enabled (self, "combine", editing && on_board && n_marked >= 2);
  set_enabled (self, "new-action", editing);
  cg_window_update_protect_actions (self, editing);
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

/* Private notes were shown once since the application started (or, for a window without an
 * application, in this window): the question is asked once a run. */
#define PRIVATE_CONFIRMED "cg-private-notes-confirmed"

static GObject *
private_confirmation_holder (CgWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  return application != NULL ? G_OBJECT (application) : G_OBJECT (self);
}

gboolean
cg_window_get_showing_private (CgWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "show-private");
  g_autoptr(GVariant) state = action != NULL ? g_action_get_state (action) : NULL;

  return state != NULL && g_variant_get_boolean (state);
}

static void
set_show_private (CgWindow *self,
                  gboolean  show)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "show-private");

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (show));
  /* the views and the header's indicator follow, then the subtitle says so */
  cg_window_notify_show_private (self);
  cg_window_update_titles (self);
}

static void
confirm_private_response_cb (GtkDialog *dialog,
                             int        response,
                             CgWindow  *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response != GTK_RESPONSE_ACCEPT)
    return;
  g_object_set_data (private_confirmation_holder (self), PRIVATE_CONFIRMED, GINT_TO_POINTER (1));
  set_show_private (self, TRUE);
}

/* Private notes hold words people asked to keep out of the room: showing them asks first, once
 * a run, because this screen may be the projector. */
static void
show_private_changed (GSimpleAction *action,
                      GVariant      *state,
                      gpointer       user_data)
{
  CgWindow *self = window_of (user_data);
  GtkWidget *dialog;

  if (!g_variant_get_boolean (state) ||
      g_object_get_data (private_confirmation_holder (self), PRIVATE_CONFIRMED) != NULL)
    {
      set_show_private (self, g_variant_get_boolean (state));
      return;
    }

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE, "%s",
                                   _("Show private notes on this screen?"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("Private notes hold what people asked to keep out "
                                              "of the room. If this screen is shown on a "
                                              "projector, everyone will read them. The header "
                                              "shows a button to hide them again."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Show Private Notes"), GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog),
                                                                GTK_RESPONSE_ACCEPT),
                            "destructive-action");
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_private_response_cb), self,
                           0);
  gtk_window_present (GTK_WINDOW (dialog));
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

/* Text size, and a window of any size
 *
 * Ctrl+Plus and Ctrl+Minus scale the text of the capture bar and of the views under it (the
 * board, the plan, the review and the voices panel), for a projector; the header bar and the
 * search bar are the facilitator's and keep the desktop's size. The size chosen is kept in
 * GSettings ("text-scale") and a new window starts with it. Columns and the voices panel are
 * sized in em (cg-board.css), so they widen with the text and a card keeps its lines.
 *
 * GTK 4.8 has no breakpoints, so the window looks at its own width each time it is laid out
 * (its surface's "layout" signal, which comes once GTK has allocated it) and
 *   - shows the view switcher's icons instead of its words when the header bar would not fit
 *     with the words (its width with them is measured while they show). The header bar sits
 *     in a scrolled window that asks only for its width with the icons, so the words never
 *     make the window wider than it can be: for a moment too narrow, the header bar is clipped
 *     until the icons replace the words, in the same frame;
 *   - folds the voices panel away when it and two columns would not fit side by side. The
 *     header's Voices Panel button (win.show-voices) then opens it beside the board for a
 *     while, and closes it again; a window made wide again shows it as it was before. */

/* Room the title keeps before the switcher gives up its words. */
#define HEADER_TITLE_ROOM 48
/* The board's padding and the window's border, next to the columns (cg-board.css). */
#define BOARD_MARGINS 40

typedef struct
{
  GSettings *settings;       /* NULL when the schema is not installed (a build run in place) */
  char      *zoom_class;     /* this window's own class, so each window has its text size */
  int        header_words;   /* the header bar's minimum width with the switcher's words */
  int        header_icons;   /* and with its icons: what the window asks for */
  gboolean   compact_header;
  gboolean   voices_folded;
  gboolean   voices_docked;  /* whether the panel shows when there is room for it */
} WindowSize;

static void
window_size_free (gpointer data)
{
  WindowSize *size = data;

  g_clear_object (&size->settings);
  g_free (size->zoom_class);
  g_free (size);
}

static WindowSize *
window_size_of (CgWindow *self)
{
  return g_object_get_data (G_OBJECT (self), "cg-window-size");
}

/* The application's settings, or NULL (with a note for developers) when its schema is not
 * installed: the window works the same, it just forgets the text size. */
static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("The settings schema %s is not installed: the text size is not remembered",
               APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

void
cg_window_apply_text_scale (CgWindow *self)
{
  static guint serial;
  WindowSize *size = window_size_of (self);
  g_autofree char *css = NULL;
  char scale[G_ASCII_DTOSTR_BUF_SIZE];

  if (self->zoom_css == NULL)
    {
      self->zoom_css = gtk_css_provider_new ();
      gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                  GTK_STYLE_PROVIDER (self->zoom_css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
      size->zoom_class = g_strdup_printf ("cg-zoom-%u", ++serial);
      gtk_widget_add_css_class (GTK_WIDGET (self->capture_bar), size->zoom_class);
      gtk_widget_add_css_class (GTK_WIDGET (self->view_stack), size->zoom_class);
    }

  g_ascii_formatd (scale, sizeof scale, "%.1f", self->text_scale * 100);
  css = g_strdup_printf (".%s { font-size: %s%%; }", size->zoom_class, scale);
  gtk_css_provider_load_from_data (self->zoom_css, css, -1);
}

static void
zoom (CgWindow *self,
      double    factor)
{
  WindowSize *size = window_size_of (self);
  double scale = factor == 0 ? 1.0 : CLAMP (self->text_scale * factor, TEXT_SCALE_MIN,
                                            TEXT_SCALE_MAX);

  if (scale == self->text_scale)
    return;
  self->text_scale = scale;
  cg_window_apply_text_scale (self);
  if (size->settings != NULL)
    g_settings_set_double (size->settings, "text-scale", scale);
}

static int
minimum_width (GtkWidget *widget)
{
  int minimum = 0;

  if (widget != NULL)
    gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static GtkWidget *
template_child (CgWindow   *self,
                const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), CG_TYPE_WINDOW, name));
}

static void
set_compact_header (CgWindow *self,
                    gboolean  compact)
{
  static const struct
  {
    const char *view;
    const char *icon;
  } icons[] = {
    { "board", "view-grid-symbolic" },
    { "plan", "x-office-spreadsheet-symbolic" },
    { "review", "document-open-recent-symbolic" },
  };
  GtkWidget *indicator = gtk_button_get_child (GTK_BUTTON (self->private_indicator));
  GtkWidget *indicator_label = indicator != NULL ? gtk_widget_get_last_child (indicator) : NULL;

  window_size_of (self)->compact_header = compact;
  /* a page with an icon shows in the switcher as the icon, its title as the tooltip */
  for (guint i = 0; i < G_N_ELEMENTS (icons); i++)
    {
      GtkWidget *view = gtk_stack_get_child_by_name (self->view_stack, icons[i].view);

      if (view != NULL)
        gtk_stack_page_set_icon_name (gtk_stack_get_page (self->view_stack, view),
                                      compact ? icons[i].icon : NULL);
    }
  /* "Private Notes Shown" keeps its icon, its colour, its tooltip and its accessible name */
  if (GTK_IS_LABEL (indicator_label))
    gtk_widget_set_visible (indicator_label, !compact);
}

static void
set_voices_folded (CgWindow *self,
                   gboolean  folded)
{
  WindowSize *size = window_size_of (self);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "show-voices");
  g_autoptr(GVariant) state = g_action_get_state (action);
  GtkWidget *button = template_child (self, "voices_button");

  size->voices_folded = folded;
  if (folded)
    size->voices_docked = g_variant_get_boolean (state);
  g_action_change_state (action, g_variant_new_boolean (!folded && size->voices_docked));
  gtk_widget_set_visible (button, folded);
}

static void
ask_for_compact_header (CgWindow *self,
                        int       width)
{
  WindowSize *size = window_size_of (self);

  if (size->header_icons == width)
    return;
  size->header_icons = width;
  gtk_widget_set_size_request (template_child (self, "header_scroller"), width, -1);
}

/* The window has been given its size (see the top of this part). */
static void
window_laid_out_cb (CgWindow *self)
{
  WindowSize *size = window_size_of (self);
  GtkWidget *header = template_child (self, "header_bar");
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int column = cg_board_get_column_width (self->board);
  gboolean compact, folded;

  if (width <= 0)
    return;
  if (!size->compact_header)
    size->header_words = minimum_width (header);
  else
    ask_for_compact_header (self, minimum_width (header));
  compact = width < size->header_words + HEADER_TITLE_ROOM;
  folded = column > 0 && width < 3 * column + BOARD_MARGINS;
  if (compact != size->compact_header)
    set_compact_header (self, compact);
  if (folded != size->voices_folded)
    set_voices_folded (self, folded);
}

static void
window_realized_cb (CgWindow *self)
{
  gboolean compact = window_size_of (self)->compact_header;

  /* the window asks, from the start, only for the header's width with icons */
  set_compact_header (self, TRUE);
  ask_for_compact_header (self, minimum_width (template_child (self, "header_bar")));
  set_compact_header (self, compact);
  g_signal_connect_object (gtk_native_get_surface (GTK_NATIVE (self)), "layout",
                           G_CALLBACK (window_laid_out_cb), self, G_CONNECT_SWAPPED);
}

/* The remembered text size, and following the window's width. */
static void
setup_window_size (CgWindow *self)
{
  WindowSize *size = g_new0 (WindowSize, 1);

  size->voices_docked = TRUE;
  size->settings = settings_new ();
  if (size->settings != NULL)
    self->text_scale = CLAMP (g_settings_get_double (size->settings, "text-scale"),
                              TEXT_SCALE_MIN, TEXT_SCALE_MAX);
  g_object_set_data_full (G_OBJECT (self), "cg-window-size", size, window_size_free);
  g_signal_connect (self, "realize", G_CALLBACK (window_realized_cb), NULL);
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

/* The workshop's title, who runs it and its front page; only to read in review mode. */
static void
properties_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  CgWindow *self = window_of (user_data);

  if (self->workshop != NULL)
    cg_workshop_properties_present (GTK_WINDOW (self), self->workshop, self->read_only);
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
share_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  cg_window_show_share_page (window_of (user_data));
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
  { .name = "search", .activate = search_activated },
  { .name = "merge", .activate = merge_activated },
  { .name = "share", .activate = share_activated },
  { .name = "export", .activate = export_activated },
  { .name = "print", .activate = print_activated },
  { .name = "show-private", .state = "false", .change_state = show_private_changed },
  { .name = "show-voices", .state = "true", .change_state = show_voices_changed },
  { .name = "zoom-in", .activate = zoom_in_activated },
  { .name = "zoom-out", .activate = zoom_out_activated },
  { .name = "zoom-reset", .activate = zoom_reset_activated },
  { .name = "new-event", .activate = new_event_activated },
  { .name = "edit-events", .activate = edit_events_activated },
  { .name = "properties", .activate = properties_activated },
  { .name = "combine", .activate = combine_activated },
  { .name = "new-action", .activate = new_action_activated },
  { .name = "view", .parameter_type = "s", .state = "'board'", .change_state = view_changed },
};

void
cg_window_install_actions (GtkWidgetClass *widget_class)
{
  /* Escape in the capture bar goes to the board; the rest are application accelerators. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.focus-board", NULL);
  /* what a narrow window changes (see setup_window_size) */
  gtk_widget_class_bind_template_child_full (widget_class, "voices_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "header_bar", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "header_scroller", FALSE, 0);
  cg_window_keys_class_init (widget_class);
}

void
cg_window_add_actions (CgWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions,
                                   G_N_ELEMENTS (window_actions), self);
  setup_window_size (self);
  /* the voice, kind and theme keys, and going to and from the capture bar */
  cg_window_keys_init (self);
}
