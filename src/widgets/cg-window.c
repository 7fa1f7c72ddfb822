/* cg-window.c: a workshop's window: capture bar, board and voices, or why a file did not open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cg-resources.h"
#include "cg-window-private.h"
#include "io/cg-io.h"

G_DEFINE_FINAL_TYPE (CgWindow, cg_window, GTK_TYPE_APPLICATION_WINDOW)

/* What the views show, bound to them in cg-window.ui: the window sets each, they follow. */
enum
{
  PROP_0,
  PROP_WORKSHOP,
  PROP_SHOW_PRIVATE,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
compare_recent (GtkRecentInfo *a,
                GtkRecentInfo *b)
{
  GDateTime *ta = gtk_recent_info_get_modified (a);
  GDateTime *tb = gtk_recent_info_get_modified (b);

  return g_date_time_compare (tb, ta);
}

void
cg_window_update_titles (CgWindow *self)
{
  const char *title = self->workshop != NULL ? cg_workshop_get_title (self->workshop) : "";
  gboolean modified = self->workshop != NULL &&
                      cg_history_get_modified (cg_workshop_get_history (self->workshop));
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *window_title = NULL;

  title = cg_workshop_display_title (title);
  name = self->file != NULL ? g_file_get_basename (self->file) : g_strdup (_("Not saved yet"));
  if (self->read_only)
    {
      /* Translators: the subtitle of a window showing a workshop for review only */
      g_autofree char *plain = g_steal_pointer (&name);

      name = g_strdup_printf (_("%s (review, read only)"), plain);
    }
  /* Translators: the subtitle of a window whose workshop has unsaved changes */
  subtitle = modified ? g_strdup_printf (_("%s (unsaved changes)"), name) : g_strdup (name);
  if (gtk_widget_get_visible (self->private_indicator))
    {
      g_autofree char *plain = g_steal_pointer (&subtitle);

      /* Translators: the subtitle of a window showing private notes */
      subtitle = g_strdup_printf (_("%s · private notes shown"), plain);
    }
  window_title = modified ? g_strdup_printf ("• %s", title) : g_strdup (title);

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), self->workshop != NULL);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

CgIdea *
cg_window_get_target_idea (CgWindow *self)
{
  if (cg_window_keys_on_board (self))
    return cg_board_get_selected_idea (self->board);
  /* a card already on the board changes only when the bar is empty: the one just added */
  if (cg_capture_bar_has_text (self->capture_bar))
    return NULL;
  if (self->last_added != NULL && self->workshop != NULL &&
      cg_workshop_index_of (self->workshop, self->last_added) >= 0)
    return self->last_added;
  return NULL;
}

static void
history_changed_cb (CgWindow *self)
{
  cg_window_events_changed (self);
  cg_window_update_titles (self);
  cg_window_update_actions (self);
  cg_window_update_search_count (self);
}

static void
idea_added_cb (CgWindow *self,
               CgIdea   *idea)
{
  g_set_weak_pointer (&self->last_added, idea);
}

static void
disconnect_workshop (CgWindow *self)
{
  if (self->workshop == NULL)
    return;
  cg_workshop_signals_set_workshop (self->workshop_signals, NULL);
  g_clear_object (&self->current_event);
  if (self->events_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->events_dialog));
  if (self->carry_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->carry_dialog));
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
  g_clear_weak_pointer (&self->last_added);
  /* the window's handlers on the history come before the views' */
  cg_workshop_signals_set_workshop (self->workshop_signals, workshop);

  /* the views (board, capture bar, voices, outline, plan, review) follow here, before the
   * search, the switcher and the room read them */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSHOP]);
  cg_window_search_workshop_changed (self);
  cg_window_set_current_event (self, NULL);
  cg_window_start_autosave (self);
  cg_window_room_workshop_changed (self);
  cg_window_sync_start (self);

  gtk_stack_set_visible_child_name (self->stack, "board");
  cg_window_update_titles (self);
  cg_window_update_actions (self);
  cg_capture_bar_focus (self->capture_bar);
}

void
cg_window_set_read_only (CgWindow *self,
                         gboolean  read_only)
{
  g_return_if_fail (CG_IS_WINDOW (self));

  read_only = !!read_only;
  if (self->read_only != read_only)
    {
      self->read_only = read_only;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
    }
  if (self->read_only)
    {
      g_clear_object (&self->autosave);
      if (self->events_dialog != NULL)
        gtk_window_destroy (GTK_WINDOW (self->events_dialog));
      if (self->carry_dialog != NULL)
        gtk_window_destroy (GTK_WINDOW (self->carry_dialog));
      cg_window_show_view (self, "review");
    }
  else if (self->workshop != NULL)
    cg_window_start_autosave (self);
  cg_window_view_changed (self);
  cg_window_update_titles (self);
}

gboolean
cg_window_get_read_only (CgWindow *self)
{
  g_return_val_if_fail (CG_IS_WINDOW (self), FALSE);
  return self->read_only;
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
  gtk_widget_set_visible (self->fallback_box, FALSE);
  g_clear_pointer (&self->fallback, cg_fallback_free);
  gtk_stack_set_visible_child_name (self->stack, "error");
  cg_window_update_actions (self);
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
  if (g_error_matches (error, CG_IO_ERROR, CG_IO_ERROR_NEEDS_PASSPHRASE))
    {
      cg_window_ask_passphrase (self);
    }
  else if (workshop == NULL)
    {
      cg_window_show_error (self, error->message);
      cg_window_offer_fallback (self, self->file);
    }
  else
    {
      g_autoptr(GFile) file = g_object_ref (self->file);
      g_autofree char *uri = g_file_get_uri (file);

      cg_window_set_workshop (self, workshop, file);
      /* Open Recent opens for editing: a file only looked at does not go there */
      if (!self->read_only)
        gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
      cg_window_check_retention (self, NULL);
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
  cg_window_update_actions (self);
  cg_workshop_load_async (file, self->cancellable, load_done_cb, g_object_ref (self));
}

#define MAX_RECENT 6

/* Fills the Open Recent menu with the workshops opened or saved lately, newest first. */
static void
update_recent_cb (CgWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  guint n = 0;

  g_menu_remove_all (self->recent_section);
  items = g_list_sort (items, (GCompareFunc) compare_recent);
  for (GList *l = items; l != NULL && n < MAX_RECENT; l = l->next)
    {
      const char *uri = gtk_recent_info_get_uri (l->data);
      g_autofree char *action = NULL;

      if (!g_str_has_suffix (uri, ".cgw") || !gtk_recent_info_exists (l->data))
        continue;
      action = g_strdup_printf ("app.open-uri('%s')", uri);
      if (strchr (uri, '\'') != NULL)
        continue; /* a URI with a quote would not parse as an action target */
      g_menu_append (self->recent_section, gtk_recent_info_get_display_name (l->data), action);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

/* "New From Template" lists every framework. */
static void
fill_template_menu (CgWindow *self)
{
  for (guint i = 0; i < cg_templates_get_n_templates (); i++)
    {
      const CgTemplate *template = cg_templates_get_nth (i);
      g_autofree char *action = g_strdup_printf ("app.new-from-template('%s')", template->id);

      g_menu_append (self->template_section, _(template->name), action);
    }
}

static void
cg_window_dispose (GObject *object)
{
  CgWindow *self = CG_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  cg_window_room_dispose (self);
  cg_window_sync_stop (self);
  disconnect_workshop (self);
  g_clear_pointer (&self->workshop_signals, cg_workshop_signals_free);
  g_clear_weak_pointer (&self->last_added);
  g_clear_weak_pointer (&self->events_dialog);
  g_clear_weak_pointer (&self->carry_dialog);
  g_clear_object (&self->autosave);
  g_clear_object (&self->merge_target);
  g_clear_pointer (&self->fallback, cg_fallback_free);
  g_clear_object (&self->workshop);
  g_clear_object (&self->file);
  g_clear_object (&self->recovering);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->search, cg_search_free);
  g_clear_pointer (&self->voice_choices, cg_choices_free);
  g_clear_pointer (&self->theme_choices, cg_choices_free);
  g_clear_pointer (&self->event_choices, cg_choices_free);
  if (self->zoom_css != NULL)
    gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                   GTK_STYLE_PROVIDER (self->zoom_css));
  g_clear_object (&self->zoom_css);

  G_OBJECT_CLASS (cg_window_parent_class)->dispose (object);
}

void
cg_window_notify_show_private (CgWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_PRIVATE]);
}

static void
cg_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CgWindow *self = CG_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    case PROP_SHOW_PRIVATE:
      g_value_set_boolean (value, cg_window_get_showing_private (self));
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, !self->read_only);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CgWindow *self = CG_WINDOW (object);

  switch (prop_id)
    {
    case PROP_EDITABLE:
      cg_window_set_read_only (self, !g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_window_class_init (CgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cg_window_dispose;
  object_class->get_property = cg_window_get_property;
  object_class->set_property = cg_window_set_property;
  window_class->close_request = cg_window_close_request_cb;

  /* The workshop comes with its file (cg_window_set_workshop ()), and private notes show
   * through the win.show-private action, which asks first: those two are read here only. */
  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL, CG_TYPE_WORKSHOP,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_PRIVATE] =
    g_param_spec_boolean ("show-private", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* review mode is a window that is not editable */
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referencing the bundle keeps it (and its registration) in the static library's users. */
  g_assert (cg_get_resource () != NULL);
  g_type_ensure (CG_TYPE_BOARD);
  g_type_ensure (CG_TYPE_CAPTURE_BAR);
  g_type_ensure (CG_TYPE_VOICES_PANEL);
  g_type_ensure (CG_TYPE_OUTLINE);
  g_type_ensure (CG_TYPE_ACTION_PLAN);
  g_type_ensure (CG_TYPE_REVIEW_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/cg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CgWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, private_indicator);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, fallback_box);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, fallback_label);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, fallback_button);
  gtk_widget_class_bind_template_callback_full (widget_class, "fallback_clicked_cb",
                                                G_CALLBACK (cg_window_fallback_clicked_cb));
  gtk_widget_class_bind_template_child (widget_class, CgWindow, board_page);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, board);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, capture_bar);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, voices_panel);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, search_voice);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, search_kind);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, search_theme);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, search_private);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, search_count);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, event_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, outline);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, action_plan);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, review_view);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, CgWindow, template_section);

  cg_window_install_actions (widget_class);
  cg_window_room_class_init (widget_class);
}

static void
cg_window_init (CgWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->workshop_signals = cg_workshop_signals_new (self);
  cg_workshop_signals_connect (self->workshop_signals, CG_WORKSHOP_HISTORY, "changed",
                               G_CALLBACK (history_changed_cb), G_CONNECT_SWAPPED);
  cg_workshop_signals_connect (self->workshop_signals, CG_WORKSHOP_HISTORY, "notify::modified",
                               G_CALLBACK (cg_window_update_titles), G_CONNECT_SWAPPED);
  cg_workshop_signals_connect (self->workshop_signals, CG_WORKSHOP_VOICES, "items-changed",
                               G_CALLBACK (cg_window_search_workshop_changed), G_CONNECT_SWAPPED);
  cg_workshop_signals_connect (self->workshop_signals, CG_WORKSHOP_THEMES, "items-changed",
                               G_CALLBACK (cg_window_search_workshop_changed), G_CONNECT_SWAPPED);
  self->text_scale = 1.0;
  cg_window_add_actions (self);
  cg_window_add_protect_actions (self);
  cg_window_add_retention_actions (self);

  g_signal_connect_object (self->capture_bar, "idea-added", G_CALLBACK (idea_added_cb), self,
                           G_CONNECT_SWAPPED);
  cg_window_setup_search (self);
  cg_window_setup_events (self);
  cg_window_setup_views (self);
  cg_window_room_init (self);
  g_signal_connect_object (self->board, "notify::n-marked",
                           G_CALLBACK (cg_window_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_cb), self, G_CONNECT_SWAPPED);
  update_recent_cb (self);
  fill_template_menu (self);
  cg_window_apply_text_scale (self);
  cg_window_update_actions (self);
}

CgWindow *
cg_window_new (GtkApplication *application)
{
  return g_object_new (CG_TYPE_WINDOW, "application", application, NULL);
}

CgBoard *
cg_window_get_board (CgWindow *self)
{
  g_return_val_if_fail (CG_IS_WINDOW (self), NULL);
  return self->board;
}

CgCaptureBar *
cg_window_get_capture_bar (CgWindow *self)
{
  g_return_val_if_fail (CG_IS_WINDOW (self), NULL);
  return self->capture_bar;
}
