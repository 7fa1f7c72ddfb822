/* cg-window.c: a workshop's window: its ideas by theme, or why the file could not be opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-resources.h"
#include "cg-window.h"
#include "io/cg-io.h"

struct _CgWindow
{
  GtkApplicationWindow  parent_instance;

  CgWorkshop           *workshop;
  GFile                *file;
  GCancellable         *cancellable;
  GPtrArray            *filters; /* one GtkFilter per column */

  GtkStack             *stack;
  GtkBox               *columns;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkLabel             *error_label;
};

G_DEFINE_FINAL_TYPE (CgWindow, cg_window, GTK_TYPE_APPLICATION_WINDOW)

static gboolean
idea_in_theme (gpointer item,
               gpointer theme)
{
  return (gpointer) cg_idea_get_theme (item) == theme;
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        colour)
{
  GdkRGBA rgba;

  if (!gdk_rgba_parse (&rgba, colour))
    return;
  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
setup_card_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *meta = gtk_label_new (NULL);

  gtk_widget_add_css_class (card, "cg-card");
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_label_set_wrap (GTK_LABEL (meta), TRUE);
  gtk_widget_add_css_class (meta, "cg-card-meta");
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_box_append (GTK_BOX (card), text);
  gtk_box_append (GTK_BOX (card), meta);
  gtk_widget_set_margin_bottom (card, 6);
  gtk_list_item_set_child (item, card);
}

/* "Lived experience · Strength · 3 votes · beyond the service" */
static char *
describe_idea (CgIdea *idea)
{
  GString *meta = g_string_new (NULL);
  CgVoice *voice = cg_idea_get_voice (idea);
  guint votes = cg_idea_get_total_votes (idea);

  g_string_append (meta, voice != NULL ? cg_voice_get_name (voice) : _("No voice"));
  g_string_append_printf (meta, " · %s", cg_idea_kind_get_label (cg_idea_get_kind (idea)));
  if (votes > 0)
    {
      g_string_append (meta, " · ");
      g_string_append_printf (meta, ngettext ("%u vote", "%u votes", votes), votes);
    }
  if (cg_idea_get_beyond_service (idea))
    g_string_append_printf (meta, " · %s", _("beyond the service"));
  if (cg_idea_get_private (idea))
    g_string_append_printf (meta, " · %s", _("private"));
  return g_string_free (meta, FALSE);
}

static void
bind_card_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  CgIdea *idea = gtk_list_item_get_item (item);
  GtkWidget *card = gtk_list_item_get_child (item);
  GtkWidget *text = gtk_widget_get_first_child (card);
  GtkWidget *meta = gtk_widget_get_next_sibling (text);
  g_autofree char *description = describe_idea (idea);
  g_autofree char *accessible = NULL;

  gtk_label_set_text (GTK_LABEL (text), cg_idea_get_text (idea));
  gtk_label_set_text (GTK_LABEL (meta), description);
  accessible = g_strdup_printf ("%s. %s", cg_idea_get_text (idea), description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
}

static void
update_count (GListModel *model,
              guint       position,
              guint       removed,
              guint       added,
              GtkLabel   *label)
{
  guint n = g_list_model_get_n_items (model);
  g_autofree char *text = g_strdup_printf (ngettext ("%u idea", "%u ideas", n), n);

  gtk_label_set_text (label, text);
}

static GtkWidget *
build_column (CgWindow *self,
              CgTheme  *theme)
{
  const char *name = theme != NULL ? cg_theme_get_name (theme) : _("Unsorted");
  const char *colour = theme != NULL ? cg_theme_get_colour (theme) : "#9a9996";
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *title = gtk_label_new (name);
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkCustomFilter *filter = gtk_custom_filter_new (idea_in_theme, theme, NULL);
  GtkFilterListModel *ideas;
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *list;

  gtk_widget_add_css_class (column, "cg-column");
  gtk_widget_add_css_class (header, "cg-column-header");
  gtk_widget_add_css_class (swatch, "cg-column-swatch");
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch,
                                  g_strdup (colour), g_free);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 14);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 14);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (column, 300, -1);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_box_append (GTK_BOX (header), swatch);
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), count);
  gtk_box_append (GTK_BOX (column), header);

  g_ptr_array_add (self->filters, g_object_ref (filter));
  ideas = gtk_filter_list_model_new (g_object_ref (cg_workshop_get_ideas (self->workshop)),
                                     GTK_FILTER (filter));
  g_signal_connect_object (ideas, "items-changed", G_CALLBACK (update_count), count, 0);
  update_count (G_LIST_MODEL (ideas), 0, 0, 0, GTK_LABEL (count));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_card_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_card_cb), NULL);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (ideas))),
                            factory);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (column), scroller);

  return column;
}

static void
rebuild_columns (CgWindow *self)
{
  GListModel *themes = cg_workshop_get_themes (self->workshop);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->columns))) != NULL)
    gtk_box_remove (self->columns, child);
  g_ptr_array_set_size (self->filters, 0);

  gtk_box_append (self->columns, build_column (self, NULL));
  for (guint i = 0, n = g_list_model_get_n_items (themes); i < n; i++)
    {
      g_autoptr(CgTheme) theme = g_list_model_get_item (themes, i);

      gtk_box_append (self->columns, build_column (self, theme));
    }
}

static void
update_titles (CgWindow *self)
{
  const char *title = self->workshop != NULL ? cg_workshop_get_title (self->workshop) : "";
  gboolean modified = self->workshop != NULL &&
                      cg_history_get_modified (cg_workshop_get_history (self->workshop));
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;

  if (title == NULL || *title == '\0')
    title = _("Untitled workshop");
  name = self->file != NULL ? g_file_get_basename (self->file) : g_strdup (_("Not saved yet"));
  subtitle = modified ? g_strdup_printf ("• %s", name) : g_strdup (name);

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), self->workshop != NULL);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* Any change may move ideas between columns: filter again, then refresh the titles. */
static void
history_changed_cb (CgWindow *self)
{
  for (guint i = 0; i < self->filters->len; i++)
    gtk_filter_changed (g_ptr_array_index (self->filters, i), GTK_FILTER_CHANGE_DIFFERENT);
  update_titles (self);
}

static void
disconnect_workshop (CgWindow *self)
{
  if (self->workshop == NULL)
    return;
  g_signal_handlers_disconnect_by_data (cg_workshop_get_history (self->workshop), self);
  g_signal_handlers_disconnect_by_data (cg_workshop_get_themes (self->workshop), self);
}

void
cg_window_set_workshop (CgWindow   *self,
                        CgWorkshop *workshop,
                        GFile      *file)
{
  g_return_if_fail (CG_IS_WINDOW (self));
  g_return_if_fail (CG_IS_WORKSHOP (workshop));

  disconnect_workshop (self);

  g_set_object (&self->workshop, workshop);
  g_set_object (&self->file, file);

  g_signal_connect_object (cg_workshop_get_history (workshop), "changed",
                           G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (cg_workshop_get_history (workshop), "notify::modified",
                           G_CALLBACK (update_titles), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (cg_workshop_get_themes (workshop), "items-changed",
                           G_CALLBACK (rebuild_columns), self, G_CONNECT_SWAPPED);

  rebuild_columns (self);
  update_titles (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", TRUE);
  gtk_stack_set_visible_child_name (self->stack, "board");
}

CgWorkshop *
cg_window_get_workshop (CgWindow *self)
{
  g_return_val_if_fail (CG_IS_WINDOW (self), NULL);
  return self->workshop;
}

GFile *
cg_window_get_file (CgWindow *self)
{
  g_return_val_if_fail (CG_IS_WINDOW (self), NULL);
  return self->file;
}

void
cg_window_show_error (CgWindow   *self,
                      const char *message)
{
  g_return_if_fail (CG_IS_WINDOW (self));

  gtk_label_set_text (self->error_label, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", FALSE);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CgWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgWorkshop) workshop = cg_workshop_load_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (workshop == NULL)
    cg_window_show_error (self, error->message);
  else
    {
      g_autoptr(GFile) file = g_object_ref (self->file);

      cg_window_set_workshop (self, workshop, file);
    }
}

void
cg_window_load (CgWindow *self,
                GFile    *file)
{
  g_return_if_fail (CG_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->file, file);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  cg_workshop_load_async (file, self->cancellable, load_done_cb, g_object_ref (self));
}

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CgWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (cg_workshop_save_finish (CG_WORKSHOP (source), result, &error))
    return;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", _("The workshop was not saved"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_to (CgWindow *self,
         GFile    *file)
{
  g_set_object (&self->file, file);
  update_titles (self);
  cg_workshop_save_async (self->workshop, file, self->cancellable, save_done_cb,
                          g_object_ref (self));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     CgWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      save_to (self, file);
    }
  g_object_unref (chooser);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CgWindow *self = CG_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *suggested = NULL;

  if (self->workshop == NULL)
    return;
  if (self->file != NULL)
    {
      save_to (self, self->file);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Save Workshop"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Workshops"));
  gtk_file_filter_add_pattern (filter, "*.cgw");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  suggested = g_strdup_printf ("%s.cgw", cg_workshop_get_title (self->workshop));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cg_window_dispose (GObject *object)
{
  CgWindow *self = CG_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  disconnect_workshop (self);
  g_clear_pointer (&self->filters, g_ptr_array_unref);
  g_clear_object (&self->workshop);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (cg_window_parent_class)->dispose (object);
}

static void
cg_window_class_init (CgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_window_dispose;

  /* Referencing the bundle keeps it (and its registration) in the static library's users. */
  g_assert (cg_get_resource () != NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/cg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CgWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, columns);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, error_label);

  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_activated);
}

static void
cg_window_init (CgWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->filters = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", FALSE);
}

CgWindow *
cg_window_new (GtkApplication *application)
{
  return g_object_new (CG_TYPE_WINDOW, "application", application, NULL);
}
