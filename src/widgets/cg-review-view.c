/* cg-review-view.c: review mode: browse the ideas of a whole series and how each theme developed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-review-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-resources.h"
#include "cg-idea-card.h"
#include "cg-review-view-private.h"

/* However many changes arrive together (a merge, an undo of many steps, typing elsewhere), the
 * view works them out at most this often. */
#define REFRESH_DELAY_MS 200

/* Ideas and cells are a little larger than the desktop's text: this is read across a room. */
#define CELL_SCALE 1.2

enum {
  PROP_0,
  PROP_WORKSHOP,
  PROP_SHOW_PRIVATE,
  PROP_N_SHOWN,
  PROP_SELECTED_IDEA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (CgReviewView, cg_review_view, GTK_TYPE_WIDGET)

gboolean
cg_review_view_hides_text (CgReviewView *self,
                           CgIdea       *idea)
{
  return cg_idea_card_hides_text (idea, self->show_private);
}

const char *
cg_review_view_shown_text (CgReviewView *self,
                           CgIdea       *idea)
{
  return cg_idea_card_shown_text (idea, self->show_private);
}

guint
cg_review_view_votes_of (CgReviewView *self,
                         CgIdea       *idea)
{
  CgLineage *lineage = self->all_events && self->series != NULL
                       ? cg_series_find_lineage (self->series, idea) : NULL;

  return lineage != NULL ? cg_lineage_get_total_votes (lineage) : cg_idea_get_total_votes (idea);
}

/* The count */

/* The rows with no filter but the event: the ideas at the event chosen, or, with all events,
 * the ideas of the series (an idea and its carried copies once). */
static guint
count_in_view (CgReviewView *self)
{
  CgEvent *event = cg_choices_get_object (self->event_choices);
  GListModel *ideas = cg_workshop_get_ideas (self->workshop);
  guint n = 0;

  if (event == NULL && self->series != NULL)
    return cg_series_get_n_lineages (self->series);
  if (event == NULL)
    return g_list_model_get_n_items (ideas);
  for (guint i = 0, n_items = g_list_model_get_n_items (ideas); i < n_items; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      n += cg_idea_get_event (idea) == event;
    }
  return n;
}

void
cg_review_view_update_count (CgReviewView *self)
{
  guint total = 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *text = NULL;

  if (self->workshop != NULL)
    total = count_in_view (self);
  /* Translators: how many ideas match the filters: "12 of 40 ideas" */
  text = g_strdup_printf (ngettext ("%u of %u idea", "%u of %u ideas", total), shown, total);
  gtk_label_set_label (self->count_label, text);

  if (self->n_shown != shown)
    {
      self->n_shown = shown;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
    }
}

/* Following the workshop */

static gboolean
shows_development (CgReviewView *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "development") == 0;
}

static void
refresh (CgReviewView *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->refresh_waits = FALSE;
  if (self->workshop == NULL)
    return;

  /* names, statuses, themes and votes may all have changed: filter, sort and show again; and
   * an idea carried on, or undone, changes which copy is the row of its lineage */
  if (cg_series_update (self->series))
    gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  cg_review_view_update_choices (self);
  cg_review_view_apply_filters (self);
  cg_review_view_update_count (self);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  cg_review_view_update_cells (self);

  self->development_dirty = TRUE;
  if (shows_development (self))
    cg_review_view_update_development (self);
}

static gboolean
refresh_timeout_cb (gpointer user_data)
{
  CgReviewView *self = user_data;

  self->refresh_id = 0;
  /* hidden (the board is shown), it sorts 20,000 ideas for nobody: it waits to be shown, so
   * that another laptop's ideas arriving, or a burst of typing, do not hold the board's frames */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->refresh_waits = TRUE;
  return G_SOURCE_REMOVE;
}

static void
cg_review_view_map (GtkWidget *widget)
{
  CgReviewView *self = CG_REVIEW_VIEW (widget);

  GTK_WIDGET_CLASS (cg_review_view_parent_class)->map (widget);
  if (self->refresh_waits)
    refresh (self);
}

/* Gathers the changes of the next moment into one refresh: a burst of them (a merge, typing on
 * the board) costs one pass over the ideas, not one each. */
static void
schedule_refresh (CgReviewView *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_timeout_cb, self);
}

static void
ideas_changed_cb (CgReviewView *self)
{
  cg_review_view_update_count (self);
  schedule_refresh (self);
}

/* The themes page counts every idea of the series: the filters and their count are the table's. */
static void
page_changed_cb (CgReviewView *self)
{
  gboolean development = shows_development (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* the keyboard focus leaves the filters first, to the page switcher */
  if (development && focus != NULL && gtk_widget_is_ancestor (focus, self->filter_row) &&
      !gtk_widget_child_focus (self->switcher, GTK_DIR_TAB_FORWARD))
    gtk_root_set_focus (root, NULL);
  gtk_widget_set_sensitive (self->filter_row, !development);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), !development);
  if (development && self->development_dirty)
    cg_review_view_update_development (self);
}

static void
selected_item_cb (CgReviewView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_IDEA]);
}

/* GObject */

static void
cg_review_view_dispose (GObject *object)
{
  CgReviewView *self = CG_REVIEW_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->workshop_signals, cg_workshop_signals_free);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_REVIEW_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->workshop);
  g_clear_pointer (&self->bound_cells, g_hash_table_unref);
  g_clear_pointer (&self->event_choices, cg_choices_free);
  g_clear_pointer (&self->theme_choices, cg_choices_free);
  g_clear_pointer (&self->voice_choices, cg_choices_free);
  g_clear_pointer (&self->series, cg_series_free);

  G_OBJECT_CLASS (cg_review_view_parent_class)->dispose (object);
}

static void
cg_review_view_finalize (GObject *object)
{
  CgReviewView *self = CG_REVIEW_VIEW (object);

  g_clear_pointer (&self->search, cg_search_free);
  g_clear_pointer (&self->cell_attrs, pango_attr_list_unref);
  g_clear_pointer (&self->hidden_attrs, pango_attr_list_unref);

  G_OBJECT_CLASS (cg_review_view_parent_class)->finalize (object);
}

static void
cg_review_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CgReviewView *self = CG_REVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    case PROP_SHOW_PRIVATE:
      g_value_set_boolean (value, self->show_private);
      break;

    case PROP_N_SHOWN:
      g_value_set_uint (value, self->n_shown);
      break;

    case PROP_SELECTED_IDEA:
      g_value_set_object (value, cg_review_view_get_selected_idea (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_review_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CgReviewView *self = CG_REVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      cg_review_view_set_workshop (self, g_value_get_object (value));
      break;

    case PROP_SHOW_PRIVATE:
      cg_review_view_set_show_private (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_review_view_class_init (CgReviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cg_review_view_dispose;
  object_class->finalize = cg_review_view_finalize;
  object_class->get_property = cg_review_view_get_property;
  object_class->set_property = cg_review_view_set_property;
  widget_class->map = cg_review_view_map;

  properties[PROP_WORKSHOP] =
    g_param_spec_object ("workshop", NULL, NULL, CG_TYPE_WORKSHOP,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_PRIVATE] =
    g_param_spec_boolean ("show-private", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SHOWN] =
    g_param_spec_uint ("n-shown", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_IDEA] =
    g_param_spec_object ("selected-idea", NULL, NULL, CG_TYPE_IDEA,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_assert (cg_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/cg-review-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CgReviewView, filter_row);
  gtk_widget_class_bind_template_child (widget_class, CgReviewView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CgReviewView, event_filter);
  gtk_widget_class_bind_template_child (widget_class, CgReviewView, theme_filter);
  gtk_widget_class_bind_template_child (widget_class, CgReviewView, voice_filter);
  gtk_widget_class_bind_template_child (widget_class, CgReviewView, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, CgReviewView, status_filter);
  gtk_widget_class_bind_template_child (widget_class, CgReviewView, count_label);
  gtk_widget_class_bind_template_child (widget_class, CgReviewView, switcher);
  gtk_widget_class_bind_template_child (widget_class, CgReviewView, stack);
  gtk_widget_class_bind_template_child (widget_class, CgReviewView, column_view);
  gtk_widget_class_bind_template_child (widget_class, CgReviewView, development_box);

  gtk_widget_class_set_css_name (widget_class, "cg-review-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static PangoAttrList *
cell_attrs_new (gboolean italic)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (CELL_SCALE));
  if (italic)
    pango_attr_list_insert (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC));
  return attrs;
}

static void
cg_review_view_init (CgReviewView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* anything changed, or undone: refreshed after a moment */
  self->workshop_signals = cg_workshop_signals_new (self);
  cg_workshop_signals_connect (self->workshop_signals, CG_WORKSHOP_HISTORY, "changed",
                               G_CALLBACK (schedule_refresh), G_CONNECT_SWAPPED);
  for (CgWorkshopPart part = CG_WORKSHOP_EVENTS; part <= CG_WORKSHOP_THEMES; part++) /* and voices */
    cg_workshop_signals_connect (self->workshop_signals, part, "items-changed",
                                 G_CALLBACK (schedule_refresh), G_CONNECT_SWAPPED);
  cg_workshop_signals_connect (self->workshop_signals, CG_WORKSHOP_IDEAS, "items-changed",
                               G_CALLBACK (ideas_changed_cb), G_CONNECT_SWAPPED);
  self->search = cg_search_new ();
  self->bound_cells = g_hash_table_new (NULL, NULL);
  self->cell_attrs = cell_attrs_new (FALSE);
  self->hidden_attrs = cell_attrs_new (TRUE);

  cg_review_view_setup_filters (self);
  cg_review_view_setup_columns (self);
  g_signal_connect_swapped (self->filtered, "items-changed",
                            G_CALLBACK (cg_review_view_update_count), self);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selected_item_cb), self);
  g_signal_connect_object (self->stack, "notify::visible-child", G_CALLBACK (page_changed_cb),
                           self, G_CONNECT_SWAPPED);
  cg_review_view_update_count (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}

/* Public API */

GtkWidget *
cg_review_view_new (void)
{
  return g_object_new (CG_TYPE_REVIEW_VIEW, NULL);
}

void
cg_review_view_set_workshop (CgReviewView *self,
                             CgWorkshop   *workshop)
{
  g_return_if_fail (CG_IS_REVIEW_VIEW (self));
  g_return_if_fail (workshop == NULL || CG_IS_WORKSHOP (workshop));

  if (self->workshop == workshop)
    return;
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_set_object (&self->workshop, workshop);
  g_clear_pointer (&self->series, cg_series_free);
  if (workshop != NULL)
    self->series = cg_series_new (workshop);
  gtk_widget_set_sensitive (GTK_WIDGET (self), workshop != NULL);
  cg_workshop_signals_set_workshop (self->workshop_signals, workshop);

  /* the filter reads the lists, so they come first */
  cg_review_view_update_choices (self);
  cg_review_view_apply_filters (self);
  gtk_filter_list_model_set_model (self->filtered,
                                   workshop != NULL ? cg_workshop_get_ideas (workshop) : NULL);
  cg_review_view_update_count (self);
  self->development_dirty = TRUE;
  page_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSHOP]);
}

void
cg_review_view_set_show_private (CgReviewView *self,
                                 gboolean      show_private)
{
  g_return_if_fail (CG_IS_REVIEW_VIEW (self));

  show_private = !!show_private;
  if (self->show_private == show_private)
    return;
  self->show_private = show_private;
  /* what a word search may find, the shown words and their order all change */
  cg_review_view_apply_filters (self);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  cg_review_view_update_cells (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_PRIVATE]);
}

void
cg_review_view_focus_search (CgReviewView *self)
{
  g_return_if_fail (CG_IS_REVIEW_VIEW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

guint
cg_review_view_get_n_shown (CgReviewView *self)
{
  g_return_val_if_fail (CG_IS_REVIEW_VIEW (self), 0);
  return self->n_shown;
}

CgIdea *
cg_review_view_get_selected_idea (CgReviewView *self)
{
  g_return_val_if_fail (CG_IS_REVIEW_VIEW (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}
