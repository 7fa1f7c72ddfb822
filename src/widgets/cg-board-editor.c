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

/* The popover (cg-board-editor.ui): its parts, and the board it edits for. */
#define CG_TYPE_BOARD_EDITOR (cg_board_editor_get_type ())
G_DECLARE_FINAL_TYPE (CgBoardEditor, cg_board_editor, CG, BOARD_EDITOR, GtkPopover)

struct _CgBoardEditor
{
  GtkPopover  parent_instance;

  CgBoard    *board; /* unowned: the popover is the board's child */
  GtkWidget  *title;
  GtkWidget  *entry;
  GtkWidget  *text_view;
  GtkWidget  *text_scroller;
};

G_DEFINE_FINAL_TYPE (CgBoardEditor, cg_board_editor, GTK_TYPE_POPOVER)

static CgBoardEditor *
editor_parts (CgBoard *self)
{
  return CG_BOARD_EDITOR (self->editor);
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
closed_cb (CgBoardEditor *editor)
{
  CgBoard *self = editor->board;

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
save_cb (CgBoardEditor *editor)
{
  cg_board_editor_save (editor->board);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  cg_board_editor_save (CG_BOARD_EDITOR (widget)->board);
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cg_board_editor_cancel (CG_BOARD_EDITOR (widget)->board);
}

/* In the text view, Enter saves and Shift+Enter is a new line. */
static gboolean
text_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     CgBoardEditor         *editor)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  if (state & GDK_SHIFT_MASK)
    return FALSE;
  cg_board_editor_save (editor->board);
  return TRUE;
}

static void
cg_board_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CG_TYPE_BOARD_EDITOR);

  G_OBJECT_CLASS (cg_board_editor_parent_class)->dispose (object);
}

static void
cg_board_editor_class_init (CgBoardEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_board_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/cg-board-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CgBoardEditor, title);
  gtk_widget_class_bind_template_child (widget_class, CgBoardEditor, entry);
  gtk_widget_class_bind_template_child (widget_class, CgBoardEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, CgBoardEditor, text_scroller);
  gtk_widget_class_bind_template_callback (widget_class, closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_key_pressed_cb);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_activated);
}

static void
cg_board_editor_init (CgBoardEditor *editor)
{
  gtk_widget_init_template (GTK_WIDGET (editor));
}

static GtkWidget *
build_editor (CgBoard *self)
{
  CgBoardEditor *editor = g_object_new (CG_TYPE_BOARD_EDITOR, NULL);

  editor->board = self;
  gtk_widget_set_parent (GTK_WIDGET (editor), GTK_WIDGET (self));
  return GTK_WIDGET (editor);
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
  CgBoardEditor *parts;
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
