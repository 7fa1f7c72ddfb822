/* cg-outline.c: the workshop as an outline: themes with their counts, then their ideas
 *
 * The same workshop as the board, for a screen reader and for anyone who would rather read a
 * list than look across columns (issue 14; blind and partly sighted people prefer a heading
 * outline to a spatial board). One GtkListView over a GtkTreeListModel: a group per theme
 * (Unsorted first, then the workshop's themes in order), each opening onto the ideas the
 * window's filter lets through (the event switcher), in the workshop's order. Each row reads
 * as one sentence (cg-outline-row.c); the keys and the menu are in cg-outline-actions.c, the
 * editor for words in cg-outline-editor.c. Every change goes through the model's API, so it is
 * one undo step and the board, the plan and the review follow; where the focus goes and what
 * is said, in cg-outline-focus.c.
 *
 * The keyboard focus is kept: after a move, a delete, an undo or a new filter, the row of the
 * idea the focus was on (or the idea undone, or the next one) has it again, and what happened
 * is said under the outline and to a screen reader (cg_notice_announce).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-outline"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-outline-private.h"
#include "cg-resources.h"
#include "widgets/cg-notice.h"

G_DEFINE_FINAL_TYPE (CgOutline, cg_outline, GTK_TYPE_WIDGET)

/* What the line under the outline says until something happens. */
#define HINT N_("The Menu key (or Shift+F10) on a row shows all you can do with it.")

enum {
  PROP_0,
  PROP_WORKSHOP,
  PROP_SHOW_PRIVATE,
  PROP_EDITABLE,
  PROP_SELECTED_IDEA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The outline's style sheet, once per display. */
static void
ensure_style (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), "cg-outline-style") != NULL)
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/org/commonground/CommonGround/cg-outline.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "cg-outline-style", g_steal_pointer (&provider),
                          g_object_unref);
}

/* Rows */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CgOutline                *self)
{
  GtkWidget *row = cg_outline_row_new ();

  gtk_list_item_set_child (item, row);
  /* The row takes the focus, never the list's own item around it (GTK gives the focus to the
   * first child that takes it): said so, a screen reader finds one object to read, not an
   * empty list item around it. (Its parent is the list's own widget for the item.) */
  if (gtk_widget_get_parent (row) != NULL)
    gtk_widget_set_focusable (gtk_widget_get_parent (row), FALSE);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CgOutline                *self)
{
  CgOutlineRow *row = CG_OUTLINE_ROW (gtk_list_item_get_child (item));

  cg_outline_row_bind (row, gtk_list_item_get_item (item), self);
  g_hash_table_add (self->rows, row);
  /* (GTK makes its item focusable again as it binds it) */
  if (gtk_widget_get_parent (GTK_WIDGET (row)) != NULL)
    gtk_widget_set_focusable (gtk_widget_get_parent (GTK_WIDGET (row)), FALSE);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CgOutline                *self)
{
  CgOutlineRow *row = CG_OUTLINE_ROW (gtk_list_item_get_child (item));

  /* the focus goes with it: the list will give it to another row, the outline takes it back */
  if (gtk_widget_has_focus (GTK_WIDGET (row)))
    cg_outline_note_focus_lost (self);
  g_hash_table_remove (self->rows, row);
  cg_outline_row_bind (row, NULL, self);
}

static void
refresh_rows (CgOutline *self)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    cg_outline_row_refresh (row);
}

CgOutlineRow *
cg_outline_get_focus_row (CgOutline *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !CG_IS_OUTLINE_ROW (focus) ||
      !g_hash_table_contains (self->rows, focus))
    return NULL;
  return CG_OUTLINE_ROW (focus);
}

gboolean
cg_outline_has_row_focus (CgOutline *self)
{
  g_return_val_if_fail (CG_IS_OUTLINE (self), FALSE);
  return cg_outline_get_focus_row (self) != NULL;
}

/* The tree: a group per theme */

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  if (CG_IS_OUTLINE_GROUP (item))
    return g_object_ref (cg_outline_group_get_ideas (item));
  return NULL;
}

static void
themes_changed_cb (GListModel *themes,
                   guint       position,
                   guint       removed,
                   guint       added,
                   CgOutline  *self)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(CgTheme) theme = g_list_model_get_item (themes, position + i);

      g_ptr_array_add (groups, cg_outline_group_new (theme, G_LIST_MODEL (self->shown)));
    }
  /* (Unsorted is the first group) */
  g_list_store_splice (self->groups, position + 1, removed, groups->pdata, added);
}

CgOutlineGroup *
cg_outline_find_group (CgOutline *self,
                       CgTheme   *theme,
                       guint     *index)
{
  guint n = self->groups != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->groups)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CgOutlineGroup) group = g_list_model_get_item (G_LIST_MODEL (self->groups), i);

      if (cg_outline_group_get_theme (group) == theme)
        {
          if (index != NULL)
            *index = i;
          return group; /* borrowed: the store holds it */
        }
    }
  return NULL;
}

GtkTreeListRow *
cg_outline_get_group_row (CgOutline *self,
                          guint      index)
{
  return self->tree != NULL ? gtk_tree_list_model_get_child_row (self->tree, index) : NULL;
}

/* The workshop */

/* An idea arrived (added, or back with an undo) or changed theme: what an undo or redo did. */
static void
ideas_changed_cb (GListModel *ideas,
                  guint       position,
                  guint       removed,
                  guint       added,
                  CgOutline  *self)
{
  g_autoptr(GObject) idea = NULL;

  if (added != 1 || self->acting)
    return;
  idea = g_list_model_get_item (ideas, position);
  g_object_set_data_full (G_OBJECT (self), "cg-outline-touched", g_steal_pointer (&idea),
                          g_object_unref);
}

static void
history_changed_cb (CgOutline *self)
{
  CgHistory *history = cg_workshop_get_history (self->workshop);
  guint n_undo = cg_history_get_n_undo (history);
  guint n_redo = cg_history_get_n_redo (history);
  gboolean undone = n_redo == self->n_redo + 1;
  gboolean redone = n_redo + 1 == self->n_redo && n_undo == self->n_undo + 1;
  GObject *touched = g_object_get_data (G_OBJECT (self), "cg-outline-touched");

  self->n_undo = n_undo;
  self->n_redo = n_redo;
  /* hidden, its rows wait to be shown: they would cost the board's frames for nobody */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh_rows (self);
  else
    self->rows_stale = TRUE;
  if (!self->acting && self->keep_focus && gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      (undone || redone))
    {
      const char *label = undone ? cg_history_get_redo_label (history)
                                 : cg_history_get_undo_label (history);
      /* Translators: said in the outline after Ctrl+Z; %s is what was undone ("Move idea") */
      g_autofree char *text = g_strdup_printf (undone ? _("Undone: %s") : _("Redone: %s"),
                                               label != NULL ? label : "");

      /* the focus follows the idea the step brought back or moved */
      if (CG_IS_IDEA (touched) && cg_workshop_index_of (self->workshop, touched) >= 0)
        cg_outline_set_current (self, touched);
      cg_outline_tell (self, text);
    }
  g_object_set_data (G_OBJECT (self), "cg-outline-touched", NULL);
  cg_outline_queue_settle (self);
  cg_outline_update_actions (self);
}

static void
disconnect_workshop (CgOutline *self)
{
  if (self->workshop == NULL)
    return;
  cg_outline_editor_cancel (self);
  cg_workshop_signals_set_workshop (self->workshop_signals, NULL);
  if (self->ideas != NULL)
    g_signal_handlers_disconnect_by_data (self->ideas, self);
  gtk_list_view_set_model (GTK_LIST_VIEW (self->list_view), NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->groups);
  g_clear_object (&self->shown);
  g_clear_object (&self->ideas);
  g_clear_object (&self->current);
  g_clear_object (&self->workshop);
}

/* The window's filter narrows the outline while it shows. Hidden, it follows no filter: the
 * search bar's every key (on the board) would have it filter all the ideas again for nothing. */
static void
attach_filter (CgOutline *self)
{
  GtkFilter *filter = gtk_widget_get_mapped (GTK_WIDGET (self)) ? self->filter : NULL;

  if (self->shown != NULL && gtk_filter_list_model_get_filter (self->shown) != filter)
    gtk_filter_list_model_set_filter (self->shown, filter);
}

void
cg_outline_set_workshop (CgOutline  *self,
                         CgWorkshop *workshop)
{
  GListModel *themes;
  g_autoptr(CgOutlineGroup) unsorted = NULL;
  CgHistory *history;

  g_return_if_fail (CG_IS_OUTLINE (self));
  g_return_if_fail (workshop == NULL || CG_IS_WORKSHOP (workshop));

  if (self->workshop == workshop)
    return;
  disconnect_workshop (self);
  g_clear_pointer (&self->status, g_free);
  gtk_label_set_text (GTK_LABEL (self->status_label), _(HINT));
  if (workshop == NULL)
    {
      cg_outline_update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSHOP]);
      return;
    }

  self->workshop = g_object_ref (workshop);
  self->ideas = cg_board_ideas_new (cg_workshop_get_ideas (workshop));
  g_signal_connect_object (self->ideas, "items-changed", G_CALLBACK (ideas_changed_cb), self, 0);
  self->shown = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->ideas)), NULL);
  attach_filter (self);
  self->groups = g_list_store_new (CG_TYPE_OUTLINE_GROUP);
  unsorted = cg_outline_group_new (NULL, G_LIST_MODEL (self->shown));
  g_list_store_append (self->groups, unsorted);
  themes = cg_workshop_get_themes (workshop);
  themes_changed_cb (themes, 0, 0, g_list_model_get_n_items (themes), self);

  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->groups)), FALSE, TRUE,
                                        create_children_cb, NULL, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_list_view_set_model (GTK_LIST_VIEW (self->list_view),
                           GTK_SELECTION_MODEL (self->selection));

  history = cg_workshop_get_history (workshop);
  self->n_undo = cg_history_get_n_undo (history);
  self->n_redo = cg_history_get_n_redo (history);
  cg_workshop_signals_set_workshop (self->workshop_signals, workshop);
  cg_outline_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSHOP]);
}

static void
filter_changed_cb (CgOutline *self)
{
  cg_outline_queue_settle (self);
}

void
cg_outline_set_filter (CgOutline *self,
                       GtkFilter *filter)
{
  g_return_if_fail (CG_IS_OUTLINE (self));
  g_return_if_fail (filter == NULL || GTK_IS_FILTER (filter));

  if (self->filter == filter)
    return;
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, filter_changed_cb, self);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    g_signal_connect_object (filter, "changed", G_CALLBACK (filter_changed_cb), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  if (self->shown != NULL)
    attach_filter (self);
}

void
cg_outline_set_event (CgOutline *self,
                      CgEvent   *event)
{
  g_return_if_fail (CG_IS_OUTLINE (self));
  g_return_if_fail (event == NULL || CG_IS_EVENT (event));

  g_set_object (&self->event, event);
}

CgEvent *
cg_outline_ensure_event (CgOutline *self)
{
  GListModel *events = cg_workshop_get_events (self->workshop);
  guint n = g_list_model_get_n_items (events);

  if (self->event != NULL && cg_workshop_index_of (self->workshop, self->event) >= 0)
    return self->event;
  if (n > 0)
    {
      g_autoptr(CgEvent) newest = g_list_model_get_item (events, n - 1);

      return newest; /* borrowed: the workshop holds it */
    }
  /* named by the series' rule: "Workshop 1, 23 November" */
  return cg_workshop_add_new_event (self->workshop, NULL);
}

void
cg_outline_set_show_private (CgOutline *self,
                             gboolean   show_private)
{
  g_return_if_fail (CG_IS_OUTLINE (self));

  show_private = !!show_private;
  if (self->show_private == show_private)
    return;
  self->show_private = show_private;
  refresh_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_PRIVATE]);
}

void
cg_outline_set_editable (CgOutline *self,
                         gboolean   editable)
{
  g_return_if_fail (CG_IS_OUTLINE (self));

  editable = !!editable;
  if (self->editable == editable)
    return;
  self->editable = editable;
  if (!editable)
    cg_outline_editor_cancel (self);
  gtk_widget_set_visible (self->add_button, editable);
  gtk_widget_set_visible (self->add_theme_button, editable);
  cg_outline_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

gboolean
cg_outline_get_editable (CgOutline *self)
{
  g_return_val_if_fail (CG_IS_OUTLINE (self), FALSE);
  return self->editable;
}

void
cg_outline_notify_selected_idea (CgOutline *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_IDEA]);
}

CgIdea *
cg_outline_get_selected_idea (CgOutline *self)
{
  g_return_val_if_fail (CG_IS_OUTLINE (self), NULL);
  return CG_IS_IDEA (self->current) ? CG_IDEA (self->current) : NULL;
}

CgTheme *
cg_outline_get_selected_theme (CgOutline *self)
{
  g_return_val_if_fail (CG_IS_OUTLINE (self), NULL);

  if (CG_IS_IDEA (self->current))
    return cg_idea_get_theme (CG_IDEA (self->current));
  if (CG_IS_OUTLINE_GROUP (self->current))
    return cg_outline_group_get_theme (CG_OUTLINE_GROUP (self->current));
  return NULL;
}

void
cg_outline_select_idea (CgOutline *self,
                        CgIdea    *idea)
{
  g_return_if_fail (CG_IS_OUTLINE (self));
  g_return_if_fail (CG_IS_IDEA (idea));

  cg_outline_focus_item (self, idea);
}

void
cg_outline_select_theme (CgOutline *self,
                         CgTheme   *theme)
{
  CgOutlineGroup *group;

  g_return_if_fail (CG_IS_OUTLINE (self));

  group = cg_outline_find_group (self, theme, NULL);
  if (group != NULL)
    cg_outline_focus_item (self, group);
}

const char *
cg_outline_get_status (CgOutline *self)
{
  g_return_val_if_fail (CG_IS_OUTLINE (self), NULL);
  return self->status;
}

/* Enter on a row, or a double click: a theme opens or closes, an idea's words are edited. */
static void
list_activate_cb (CgOutline *self,
                  guint      position)
{
  g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, position);

  if (row != NULL)
    cg_outline_activate_item (self, gtk_tree_list_row_get_item (row));
}

/* The widget */

static void
cg_outline_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  gtk_widget_measure (CG_OUTLINE (widget)->content, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

/* The popovers by the rows (the editor, the menu) follow the outline's size. */
static void
cg_outline_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  CgOutline *self = CG_OUTLINE (widget);

  gtk_widget_allocate (self->content, width, height, baseline, NULL);
  if (self->editor != NULL && gtk_widget_get_visible (self->editor))
    gtk_popover_present (GTK_POPOVER (self->editor));
  if (self->menu != NULL && gtk_widget_get_visible (self->menu))
    gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
cg_outline_map (GtkWidget *widget)
{
  CgOutline *self = CG_OUTLINE (widget);

  GTK_WIDGET_CLASS (cg_outline_parent_class)->map (widget);
  attach_filter (self);
  if (self->rows_stale)
    {
      self->rows_stale = FALSE;
      refresh_rows (self);
    }
}

static void
cg_outline_unmap (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (cg_outline_parent_class)->unmap (widget);
  attach_filter (CG_OUTLINE (widget));
}

static void
cg_outline_root (GtkWidget *widget)
{
  CgOutline *self = CG_OUTLINE (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (cg_outline_parent_class)->root (widget);
  root = gtk_widget_get_root (widget);
  cg_outline_watch_root_focus (self, root);
  cg_outline_watch_root_keys (self, GTK_WIDGET (root));
}

static void
cg_outline_unroot (GtkWidget *widget)
{
  CgOutline *self = CG_OUTLINE (widget);

  cg_outline_watch_root_focus (self, NULL);
  cg_outline_watch_root_keys (self, NULL);
  GTK_WIDGET_CLASS (cg_outline_parent_class)->unroot (widget);
}

static void
cg_outline_dispose (GObject *object)
{
  CgOutline *self = CG_OUTLINE (object);

  cg_outline_focus_dispose (self);
  disconnect_workshop (self);
  g_clear_pointer (&self->workshop_signals, cg_workshop_signals_free);
  cg_outline_editor_dispose (self);
  cg_outline_actions_dispose (self);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, filter_changed_cb, self);
  g_clear_object (&self->filter);
  g_clear_object (&self->event);
  g_clear_weak_pointer (&self->new_voice);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_OUTLINE);

  G_OBJECT_CLASS (cg_outline_parent_class)->dispose (object);
}

static void
cg_outline_finalize (GObject *object)
{
  CgOutline *self = CG_OUTLINE (object);

  g_hash_table_unref (self->rows);
  g_free (self->status);
  g_free (self->to_say);

  G_OBJECT_CLASS (cg_outline_parent_class)->finalize (object);
}

static void
cg_outline_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CgOutline *self = CG_OUTLINE (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    case PROP_SHOW_PRIVATE:
      g_value_set_boolean (value, self->show_private);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;

    case PROP_SELECTED_IDEA:
      g_value_set_object (value, cg_outline_get_selected_idea (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_outline_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CgOutline *self = CG_OUTLINE (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      cg_outline_set_workshop (self, g_value_get_object (value));
      break;

    case PROP_SHOW_PRIVATE:
      cg_outline_set_show_private (self, g_value_get_boolean (value));
      break;

    case PROP_EDITABLE:
      cg_outline_set_editable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_outline_class_init (CgOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_outline_dispose;
  object_class->finalize = cg_outline_finalize;
  object_class->get_property = cg_outline_get_property;
  object_class->set_property = cg_outline_set_property;
  widget_class->measure = cg_outline_measure;
  widget_class->size_allocate = cg_outline_size_allocate;
  widget_class->map = cg_outline_map;
  widget_class->unmap = cg_outline_unmap;
  widget_class->root = cg_outline_root;
  widget_class->unroot = cg_outline_unroot;

  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL, CG_TYPE_WORKSHOP,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_PRIVATE] =
    g_param_spec_boolean ("show-private", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_IDEA] =
    g_param_spec_object ("selected-idea", NULL, NULL, CG_TYPE_IDEA,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_assert (cg_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/cg-outline.ui");
  gtk_widget_class_bind_template_child (widget_class, CgOutline, content);
  gtk_widget_class_bind_template_child (widget_class, CgOutline, list_view);
  gtk_widget_class_bind_template_child (widget_class, CgOutline, status_label);
  gtk_widget_class_bind_template_child (widget_class, CgOutline, add_button);
  gtk_widget_class_bind_template_child (widget_class, CgOutline, add_theme_button);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_set_css_name (widget_class, "cg-outline");
  cg_outline_class_add_actions (widget_class);
}

static void
cg_outline_init (CgOutline *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  self->editable = TRUE;
  self->new_kind = CG_IDEA_KIND_IDEA;
  self->rows = g_hash_table_new (NULL, NULL);
  self->workshop_signals = cg_workshop_signals_new (self);
  cg_workshop_signals_connect (self->workshop_signals, CG_WORKSHOP_THEMES, "items-changed",
                               G_CALLBACK (themes_changed_cb), 0);
  cg_workshop_signals_connect (self->workshop_signals, CG_WORKSHOP_HISTORY, "changed",
                               G_CALLBACK (history_changed_cb), G_CONNECT_SWAPPED);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_text (GTK_LABEL (self->status_label), _(HINT));
  /* (kept, so that it comes back after a message said while the list had the focus) */
  cg_notice_set_description (self->list_view,
                             _("Themes, each with its ideas. Left and Right close and open a "
                               "theme; Enter edits, Insert adds, plus and minus vote, Control "
                               "and a number moves to a theme, the Menu key shows everything "
                               "else."));
  ensure_style (gtk_widget_get_display (GTK_WIDGET (self)));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (GTK_LIST_VIEW (self->list_view), factory);
  g_object_unref (factory);
  cg_outline_update_actions (self);
}

GtkWidget *
cg_outline_new (void)
{
  return g_object_new (CG_TYPE_OUTLINE, NULL);
}
