/* cg-outline-editor.c: a popover by the focused row that asks for words
 *
 * For a new idea (its words, voice and kind), an idea's new words, a theme's name. Enter saves,
 * Shift+Enter starts a new line, Escape (or Cancel) leaves everything as it was; either way the
 * keyboard focus goes back to the row it came from. It is a child of the outline, not of a row,
 * so a row the list recycles cannot take it away.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-outline"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-outline-private.h"

#define VOICES_KEY "cg-outline-editor-voices" /* on the popover: the voices offered, in order */

gboolean
cg_outline_editor_is_open (CgOutline *self)
{
  return self->editor != NULL && gtk_widget_get_visible (self->editor);
}

static char *
dup_text (CgOutline *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor_text));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

CgVoice *
cg_outline_editor_get_voice (CgOutline *self)
{
  GPtrArray *voices;
  guint selected;

  if (self->editor == NULL)
    return NULL;
  voices = g_object_get_data (G_OBJECT (self->editor), VOICES_KEY);
  selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->editor_voice));
  if (voices == NULL || selected == 0 || selected > voices->len)
    return NULL;
  return g_ptr_array_index (voices, selected - 1);
}

CgIdeaKind
cg_outline_editor_get_kind (CgOutline *self)
{
  guint selected;

  if (self->editor == NULL)
    return CG_IDEA_KIND_IDEA;
  selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->editor_kind));
  return selected <= CG_IDEA_KIND_LAST ? (CgIdeaKind) selected : CG_IDEA_KIND_IDEA;
}

static void
finish (CgOutline *self)
{
  self->editor_done = NULL;
  g_clear_object (&self->editor_target);
}

void
cg_outline_editor_save (CgOutline *self)
{
  CgOutlineEditorDone done = self->editor_done;
  g_autofree char *text = NULL;
  g_autoptr(GObject) target = NULL;

  if (!cg_outline_editor_is_open (self) || done == NULL)
    return;
  text = dup_text (self);
  target = self->editor_target != NULL ? g_object_ref (self->editor_target) : NULL;
  if (*text != '\0')
    done (self, target, text);
  finish (self);
  gtk_popover_popdown (GTK_POPOVER (self->editor));
}

void
cg_outline_editor_cancel (CgOutline *self)
{
  finish (self);
  if (cg_outline_editor_is_open (self))
    gtk_popover_popdown (GTK_POPOVER (self->editor));
}

/* Escape, a click elsewhere, or saved: the keyboard goes back to the outline's row. */
static void
closed_cb (CgOutline *self)
{
  finish (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    cg_outline_focus (self);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                CgOutline             *self)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
      (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0)
    {
      cg_outline_editor_save (self);
      return TRUE;
    }
  return FALSE;
}

static GtkWidget *
labelled_drop_down (const char *label,
                    const char *tooltip)
{
  GtkWidget *drop_down = gtk_drop_down_new (NULL, NULL);

  gtk_widget_set_tooltip_text (drop_down, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  return drop_down;
}

static void
build_editor (CgOutline *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->editor = gtk_popover_new ();
  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
  gtk_popover_set_position (GTK_POPOVER (self->editor), GTK_POS_BOTTOM);
  g_signal_connect_swapped (self->editor, "closed", G_CALLBACK (closed_cb), self);

  self->editor_heading = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->editor_heading), 0);
  gtk_widget_add_css_class (self->editor_heading, "heading");
  gtk_box_append (GTK_BOX (box), self->editor_heading);

  self->editor_text = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->editor_text), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->editor_text), FALSE);
  gtk_widget_add_css_class (self->editor_text, "cg-outline-editor-text");
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (self->editor_text, keys);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->editor_text);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 72);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_widget_set_size_request (scroller, 360, -1);
  gtk_box_append (GTK_BOX (box), scroller);

  self->editor_choices = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  self->editor_voice = labelled_drop_down (_("Voice of the new idea"), _("Voice"));
  self->editor_kind = labelled_drop_down (_("Kind of the new idea"), _("Kind of note"));
  gtk_box_append (GTK_BOX (self->editor_choices), self->editor_voice);
  gtk_box_append (GTK_BOX (self->editor_choices), self->editor_kind);
  gtk_box_append (GTK_BOX (box), self->editor_choices);

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (cg_outline_editor_cancel), self);
  gtk_box_append (GTK_BOX (buttons), cancel);
  self->editor_save = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (self->editor_save, "suggested-action");
  g_signal_connect_swapped (self->editor_save, "clicked", G_CALLBACK (cg_outline_editor_save),
                            self);
  gtk_box_append (GTK_BOX (buttons), self->editor_save);
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_popover_set_child (GTK_POPOVER (self->editor), box);
}

/* The choices for a new idea: the workshop's voices (and none), and the kinds of note. */
static void
fill_choices (CgOutline *self)
{
  GListModel *voices = cg_workshop_get_voices (self->workshop);
  g_autoptr(GtkStringList) voice_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GPtrArray *offered = g_ptr_array_new_with_free_func (g_object_unref);
  guint selected = 0;

  gtk_string_list_append (voice_names, _("No voice"));
  for (guint i = 0, n = g_list_model_get_n_items (voices); i < n; i++)
    {
      CgVoice *voice = g_list_model_get_item (voices, i);

      gtk_string_list_append (voice_names, cg_voice_get_name (voice));
      g_ptr_array_add (offered, voice);
      if (voice == self->new_voice)
        selected = i + 1;
    }
  g_object_set_data_full (G_OBJECT (self->editor), VOICES_KEY, offered,
                          (GDestroyNotify) g_ptr_array_unref);
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->editor_voice), G_LIST_MODEL (voice_names));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->editor_voice), selected);

  for (int kind = 0; kind <= CG_IDEA_KIND_LAST; kind++)
    gtk_string_list_append (kinds, cg_idea_kind_get_label (kind));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->editor_kind), G_LIST_MODEL (kinds));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->editor_kind), self->new_kind);
}

void
cg_outline_editor_open (CgOutline          *self,
                        const char         *heading,
                        const char         *label,
                        const char         *text,
                        gboolean            choices,
                        gpointer            target,
                        CgOutlineEditorDone done)
{
  CgOutlineRow *row = cg_outline_get_focus_row (self);
  GtkTextBuffer *buffer;
  graphene_rect_t bounds;
  GdkRectangle rect = { 0, 0, gtk_widget_get_width (GTK_WIDGET (self)), 1 };

  if (self->workshop == NULL)
    return;
  if (self->editor == NULL)
    build_editor (self);
  cg_outline_editor_cancel (self);

  self->editor_done = done;
  self->editor_target = target != NULL ? g_object_ref (target) : NULL;
  gtk_label_set_text (GTK_LABEL (self->editor_heading), heading);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor_text),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_button_set_label (GTK_BUTTON (self->editor_save), target == NULL && choices ? _("_Add")
                                                                                  : _("_Save"));
  gtk_widget_set_visible (self->editor_choices, choices);
  if (choices)
    fill_choices (self);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor_text));
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  {
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    gtk_text_buffer_select_range (buffer, &end, &start);
  }

  /* by the row it is about */
  if (row != NULL && gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self), &bounds))
    rect = (GdkRectangle) { (int) bounds.origin.x, (int) bounds.origin.y,
                            (int) MIN (bounds.size.width, 480), (int) bounds.size.height };
  gtk_popover_set_pointing_to (GTK_POPOVER (self->editor), &rect);
  gtk_popover_popup (GTK_POPOVER (self->editor));
  gtk_widget_grab_focus (self->editor_text);
}

void
cg_outline_editor_dispose (CgOutline *self)
{
  finish (self);
  if (self->editor != NULL)
    g_signal_handlers_disconnect_by_func (self->editor, closed_cb, self);
  g_clear_pointer (&self->editor, gtk_widget_unparent);
}
