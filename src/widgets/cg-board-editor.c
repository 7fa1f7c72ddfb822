/* cg-board-editor.c: editing a card's words or a theme's name in place, and a theme's colour
 *
 * One popover, a child of the board (so a card the list recycles cannot take it away), points at
 * what is edited. Enter or Ctrl+Enter saves, Shift+Enter starts a new line, Escape cancels;
 * clicking elsewhere saves too, so words typed are never lost by a stray click.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-board"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-board-private.h"

typedef struct
{
  GtkWidget *title;
  GtkWidget *entry;
  GtkWidget *text_view;
  GtkWidget *text_scroller;
} EditorParts;

static EditorParts *
editor_parts (CgBoard *self)
{
  return g_object_get_data (G_OBJECT (self->editor), "cg-editor-parts");
}

static char *
editor_text (CgBoard *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (GTK_IS_EDITABLE (self->editor_entry))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->editor_entry)));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor_entry));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Calls the pending callback (once), unless the edit was cancelled. */
static void
finish (CgBoard  *self,
        gboolean  save)
{
  CgBoardEditorDone done = g_steal_pointer (&self->editor_done);
  g_autoptr(GObject) target = g_steal_pointer (&self->editor_target);
  g_autofree char *text = NULL;

  if (done == NULL || !save || self->workshop == NULL)
    return;
  /* the idea or theme may have gone (undone, removed) while the popover was open */
  if (target != NULL && !cg_board_holds (self, target))
    return;
  text = editor_text (self);
  done (self, target, text);
}

static void
editor_closed_cb (GtkPopover *popover,
                  CgBoard    *self)
{
  finish (self, !self->editor_cancelled);
  /* back to the card, so the keys go on working on the board */
  if (self->selected != NULL && self->workshop != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    cg_board_set_selected (self, self->selected, TRUE);
}

void
cg_board_editor_save (CgBoard *self)
{
  if (!cg_board_editor_is_open (self))
    return;
  finish (self, TRUE);
  gtk_popover_popdown (GTK_POPOVER (self->editor));
}

void
cg_board_editor_cancel (CgBoard *self)
{
  if (!cg_board_editor_is_open (self))
    return;
  self->editor_cancelled = TRUE;
  finish (self, FALSE);
  gtk_popover_popdown (GTK_POPOVER (self->editor));
}

gboolean
cg_board_editor_is_open (CgBoard *self)
{
  return self->editor != NULL && gtk_widget_get_visible (self->editor);
}

static void
save_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  cg_board_editor_save (user_data);
}

static void
cancel_action_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  cg_board_editor_cancel (user_data);
}

/* In the text view, Enter saves and Shift+Enter is a new line. */
static gboolean
text_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     CgBoard               *self)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  if (state & GDK_SHIFT_MASK)
    return FALSE;
  cg_board_editor_save (self);
  return TRUE;
}

static GtkWidget *
build_editor (CgBoard *self)
{
  static const GActionEntry entries[] = {
    { "save", save_action_cb, NULL, NULL, NULL, { 0 } },
    { "cancel", cancel_action_cb, NULL, NULL, NULL, { 0 } },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  EditorParts *parts = g_new0 (EditorParts, 1);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *hint = gtk_label_new (_("Enter saves · Shift+Enter starts a line · Esc cancels"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *escape = gtk_shortcut_controller_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), self);
  gtk_widget_insert_action_group (popover, "editor", G_ACTION_GROUP (group));
  gtk_widget_add_css_class (popover, "cg-board-editor");

  parts->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (parts->title), 0);
  gtk_widget_add_css_class (parts->title, "heading");
  gtk_box_append (GTK_BOX (box), parts->title);

  parts->entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (parts->entry), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "editor.save");
  g_signal_connect_swapped (parts->entry, "activate", G_CALLBACK (cg_board_editor_save), self);
  gtk_box_append (GTK_BOX (box), parts->entry);

  parts->text_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (parts->text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (parts->text_view), FALSE);
  gtk_widget_add_css_class (parts->text_view, "cg-editor-text");
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (text_key_pressed_cb), self);
  gtk_widget_add_controller (parts->text_view, keys);
  parts->text_scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (parts->text_scroller), parts->text_view);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (parts->text_scroller), 360);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (parts->text_scroller), 120);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (parts->text_scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_add_css_class (parts->text_scroller, "frame");
  gtk_box_append (GTK_BOX (box), parts->text_scroller);

  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_set_hexpand (hint, TRUE);
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), hint);
  gtk_box_append (GTK_BOX (buttons), save);
  gtk_box_append (GTK_BOX (box), buttons);

  /* Escape cancels (rather than only closing, which saves) */
  gtk_event_controller_set_propagation_phase (escape, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (escape),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                      gtk_named_action_new ("editor.cancel")));
  gtk_widget_add_controller (box, escape);

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_popover_set_position (GTK_POPOVER (popover), GTK_POS_BOTTOM);
  g_object_set_data_full (G_OBJECT (popover), "cg-editor-parts", parts, g_free);
  g_signal_connect (popover, "closed", G_CALLBACK (editor_closed_cb), self);
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  return popover;
}

void
cg_board_editor_open (CgBoard           *self,
                      GtkWidget         *anchor,
                      const char        *title,
                      const char        *text,
                      gboolean           multiline,
                      gpointer           target,
                      CgBoardEditorDone  done)
{
  EditorParts *parts;
  graphene_rect_t bounds, visible;

  if (self->editor == NULL)
    self->editor = build_editor (self);
  cg_board_editor_cancel (self);
  parts = editor_parts (self);

  self->editor_target = target != NULL ? g_object_ref (target) : NULL;
  self->editor_done = done;
  self->editor_cancelled = FALSE;
  self->editor_entry = multiline ? parts->text_view : parts->entry;

  gtk_label_set_text (GTK_LABEL (parts->title), title);
  gtk_widget_set_visible (parts->entry, !multiline);
  gtk_widget_set_visible (parts->text_scroller, multiline);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  if (multiline)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (parts->text_view));
      GtkTextIter end;

      gtk_text_buffer_set_text (buffer, text, -1);
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_place_cursor (buffer, &end);
    }
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (parts->entry), text);
    }

  /* point at what is edited, or at the edge of the board when it is scrolled out of sight */
  visible = GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (GTK_WIDGET (self)),
                                gtk_widget_get_height (GTK_WIDGET (self)));
  if (anchor == NULL || !gtk_widget_compute_bounds (anchor, GTK_WIDGET (self), &bounds) ||
      !graphene_rect_intersection (&bounds, &visible, &bounds))
    bounds = GRAPHENE_RECT_INIT (MAX (visible.size.width - 48, 0), 0, 1, 48);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->editor),
                               &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                 MAX (bounds.size.width, 1),
                                                 MAX (bounds.size.height, 1) });
  gtk_popover_popup (GTK_POPOVER (self->editor));
  gtk_widget_grab_focus (self->editor_entry);
  if (!multiline)
    gtk_editable_select_region (GTK_EDITABLE (parts->entry), 0, -1);
}

/* Colour */

static void
colour_response_cb (GtkDialog *dialog,
                    int        response,
                    CgBoard   *self)
{
  CgTheme *theme = g_object_get_data (G_OBJECT (dialog), "cg-theme");
  g_autofree char *colour = NULL;
  GdkRGBA rgba;

  if (response == GTK_RESPONSE_OK && cg_board_holds (self, theme))
    {
      gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (dialog), &rgba);
      colour = g_strdup_printf ("#%02x%02x%02x", (guint) (CLAMP (rgba.red, 0, 1) * 255 + 0.5),
                                (guint) (CLAMP (rgba.green, 0, 1) * 255 + 0.5),
                                (guint) (CLAMP (rgba.blue, 0, 1) * 255 + 0.5));
      cg_theme_set_colour (theme, colour);
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

void
cg_board_choose_colour (CgBoard *self,
                        CgTheme *theme)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  /* Translators: the title of a colour chooser; %s is a theme's name */
  g_autofree char *title = g_strdup_printf (_("Colour of “%s”"), cg_theme_get_name (theme));
  GtkWidget *dialog = gtk_color_chooser_dialog_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                                : NULL);
  GdkRGBA rgba;

  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (dialog), FALSE);
  if (gdk_rgba_parse (&rgba, cg_theme_get_colour (theme)))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (dialog), &rgba);
  g_object_set_data_full (G_OBJECT (dialog), "cg-theme", g_object_ref (theme), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (colour_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
