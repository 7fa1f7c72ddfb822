/* cg-action-plan.c: the action plan ("you said, we did") as a table edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-action-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-action-plan-private.h"
#include "cg-resources.h"
#include "model/cg-action-links.h"

/* How long a row just selected may take to appear before its Action cell stops waiting to be
 * edited: a row bound much later (scrolled to by hand) is not edited by surprise. */
#define PENDING_EDIT_USEC (2 * G_USEC_PER_SEC)

G_DEFINE_FINAL_TYPE (CgActionPlan, cg_action_plan, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSHOP,
  PROP_EDITABLE,
  PROP_SHOW_PRIVATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The toolbar and the counts */

static void
update_actions_enabled (CgActionPlan *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "plan.add-action",
                                 self->editable && self->workshop != NULL);
  gtk_widget_action_set_enabled (widget, "plan.remove-action",
                                 self->editable && cg_action_plan_get_selected_action (self));
}

/* "3 actions · 1 done", and the table or the words on how to start one. */
static void
update_state (CgActionPlan *self)
{
  GListModel *actions = self->workshop != NULL ? cg_workshop_get_actions (self->workshop) : NULL;
  guint n_actions = actions != NULL ? g_list_model_get_n_items (actions) : 0;
  guint n_done = 0;
  g_autofree char *counts = NULL;

  for (guint i = 0; i < n_actions; i++)
    {
      g_autoptr(CgAction) action = g_list_model_get_item (actions, i);

      if (cg_action_get_status (action) == CG_ACTION_STATUS_DONE)
        n_done++;
    }

  if (self->workshop != NULL)
    {
      g_autofree char *total = g_strdup_printf (ngettext ("%u action", "%u actions", n_actions),
                                                n_actions);
      /* Translators: how many actions of the plan are done, after the number of actions */
      g_autofree char *done = g_strdup_printf (ngettext ("%u done", "%u done", n_done), n_done);

      /* Translators: "3 actions · 1 done" */
      counts = g_strdup_printf (_("%s · %s"), total, done);
    }
  gtk_label_set_label (GTK_LABEL (self->counts_label), counts != NULL ? counts : "");
  gtk_widget_set_visible (self->scroller, n_actions > 0);
  gtk_widget_set_visible (self->empty_label, n_actions == 0);
  update_actions_enabled (self);
}

static void
add_action_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CgActionPlan *self = CG_ACTION_PLAN (widget);
  CgAction *action;

  if (!self->editable || self->workshop == NULL)
    return;
  action = cg_workshop_add_action_for_ideas (self->workshop, NULL, 0);
  cg_action_plan_select_action (self, action);
}

static void
remove_action_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CgActionPlan *self = CG_ACTION_PLAN (widget);
  CgAction *action = cg_action_plan_get_selected_action (self);

  if (!self->editable || action == NULL)
    return;
  cg_workshop_remove (self->workshop, action);
}

/* Editing a row's Action cell once the row is there */

static void
cancel_pending_edit (CgActionPlan *self)
{
  g_clear_handle_id (&self->edit_id, g_source_remove);
  g_clear_object (&self->pending_edit);
}

static gboolean
start_pending_edit_cb (gpointer user_data)
{
  CgActionPlan *self = user_data;
  GtkWidget *label;

  self->edit_id = 0;
  if (self->pending_edit == NULL)
    return G_SOURCE_REMOVE;
  if (g_get_monotonic_time () > self->pending_until)
    {
      g_clear_object (&self->pending_edit);
      return G_SOURCE_REMOVE;
    }

  label = g_hash_table_lookup (self->action_cells, self->pending_edit);
  if (label == NULL)
    return G_SOURCE_REMOVE; /* its row is not bound yet: binding it calls again */
  g_clear_object (&self->pending_edit);
  if (self->editable)
    gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (label));
  return G_SOURCE_REMOVE;
}

/* Binding happens while the table is laid out: the editing starts once that is over. */
static void
schedule_pending_edit (CgActionPlan *self)
{
  if (self->edit_id == 0)
    self->edit_id = g_idle_add (start_pending_edit_cb, self);
}

void
cg_action_plan_action_cell_bound (CgActionPlan *self,
                                  CgAction     *action)
{
  if (action == self->pending_edit)
    schedule_pending_edit (self);
}

/* The list view inside the column view, which scrolls to a row. */
static GtkWidget *
find_list_view (CgActionPlan *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;
  return NULL;
}

/* GObject */

static void
cg_action_plan_dispose (GObject *object)
{
  CgActionPlan *self = CG_ACTION_PLAN (object);

  cancel_pending_edit (self);
  cg_action_plan_set_workshop (self, NULL);
  gtk_column_view_set_model (self->column_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CG_TYPE_ACTION_PLAN);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->workshop_signals, cg_workshop_signals_free);

  G_OBJECT_CLASS (cg_action_plan_parent_class)->dispose (object);
}

static void
cg_action_plan_finalize (GObject *object)
{
  cg_action_plan_cells_finalize (CG_ACTION_PLAN (object));

  G_OBJECT_CLASS (cg_action_plan_parent_class)->finalize (object);
}

static void
cg_action_plan_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CgActionPlan *self = CG_ACTION_PLAN (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      g_value_set_object (value, self->workshop);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;

    case PROP_SHOW_PRIVATE:
      g_value_set_boolean (value, self->show_private);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_action_plan_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CgActionPlan *self = CG_ACTION_PLAN (object);

  switch (prop_id)
    {
    case PROP_WORKSHOP:
      cg_action_plan_set_workshop (self, g_value_get_object (value));
      break;

    case PROP_EDITABLE:
      cg_action_plan_set_editable (self, g_value_get_boolean (value));
      break;

    case PROP_SHOW_PRIVATE:
      cg_action_plan_set_show_private (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_action_plan_class_init (CgActionPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = cg_action_plan_dispose;
  object_class->finalize = cg_action_plan_finalize;
  object_class->get_property = cg_action_plan_get_property;
  object_class->set_property = cg_action_plan_set_property;

  properties[PROP_WORKSHOP] = g_param_spec_object ("workshop", NULL, NULL, CG_TYPE_WORKSHOP,
                                                   flags);
  /* FALSE: review mode */
  properties[PROP_EDITABLE] = g_param_spec_boolean ("editable", NULL, NULL, TRUE, flags);
  properties[PROP_SHOW_PRIVATE] = g_param_spec_boolean ("show-private", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_assert (cg_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/commonground/CommonGround/cg-action-plan.ui");
  gtk_widget_class_bind_template_child (widget_class, CgActionPlan, toolbar);
  gtk_widget_class_bind_template_child (widget_class, CgActionPlan, add_button);
  gtk_widget_class_bind_template_child (widget_class, CgActionPlan, remove_button);
  gtk_widget_class_bind_template_child (widget_class, CgActionPlan, counts_label);
  gtk_widget_class_bind_template_child (widget_class, CgActionPlan, scroller);
  gtk_widget_class_bind_template_child (widget_class, CgActionPlan, column_view);
  gtk_widget_class_bind_template_child (widget_class, CgActionPlan, empty_label);

  gtk_widget_class_install_action (widget_class, "plan.add-action", NULL, add_action_activated);
  gtk_widget_class_install_action (widget_class, "plan.remove-action", NULL,
                                   remove_action_activated);

  gtk_widget_class_set_css_name (widget_class, "cg-action-plan");
}

static void
cg_action_plan_init (CgActionPlan *self)
{
  self->editable = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->workshop_signals = cg_workshop_signals_new (self);
  cg_workshop_signals_connect (self->workshop_signals, CG_WORKSHOP_ACTIONS, "items-changed",
                               G_CALLBACK (update_state), G_CONNECT_SWAPPED);
  /* what the Theme cells offer */
  cg_workshop_signals_connect (self->workshop_signals, CG_WORKSHOP_THEMES, "items-changed",
                               G_CALLBACK (cg_action_plan_cells_sync_all), G_CONNECT_SWAPPED);
  /* a status changed, or anything undone */
  cg_workshop_signals_connect (self->workshop_signals, CG_WORKSHOP_HISTORY, "changed",
                               G_CALLBACK (update_state), G_CONNECT_SWAPPED);

  self->selection = gtk_single_selection_new (NULL);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (update_actions_enabled), self);
  cg_action_plan_cells_init (self);

  /* review mode has nothing to add or remove */
  g_object_bind_property (self, "editable", self->add_button, "visible", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "editable", self->remove_button, "visible",
                          G_BINDING_SYNC_CREATE);
  update_state (self);
}

/* Public API */

GtkWidget *
cg_action_plan_new (void)
{
  return g_object_new (CG_TYPE_ACTION_PLAN, NULL);
}

void
cg_action_plan_set_workshop (CgActionPlan *self,
                             CgWorkshop   *workshop)
{
  g_return_if_fail (CG_IS_ACTION_PLAN (self));
  g_return_if_fail (workshop == NULL || CG_IS_WORKSHOP (workshop));

  if (self->workshop == workshop)
    return;

  cancel_pending_edit (self);
  /* every row is unbound before the themes its cells offer go */
  gtk_single_selection_set_model (self->selection, NULL);
  if (self->workshop != NULL)
    {
      cg_workshop_signals_set_workshop (self->workshop_signals, NULL);
    }
  g_set_object (&self->workshop, workshop);

  if (workshop != NULL)
    {
      cg_workshop_signals_set_workshop (self->workshop_signals, workshop);
      gtk_single_selection_set_model (self->selection, cg_workshop_get_actions (workshop));
    }
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSHOP]);
}

void
cg_action_plan_set_editable (CgActionPlan *self,
                             gboolean      editable)
{
  g_return_if_fail (CG_IS_ACTION_PLAN (self));

  editable = !!editable;
  if (self->editable == editable)
    return;
  self->editable = editable;
  if (!editable)
    cancel_pending_edit (self);
  update_actions_enabled (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

void
cg_action_plan_set_show_private (CgActionPlan *self,
                                 gboolean      show_private)
{
  g_return_if_fail (CG_IS_ACTION_PLAN (self));

  show_private = !!show_private;
  if (self->show_private == show_private)
    return;
  self->show_private = show_private;
  cg_action_plan_cells_sync_all (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_PRIVATE]);
}

void
cg_action_plan_select_action (CgActionPlan *self,
                              CgAction     *action)
{
  GtkWidget *list_view;
  int position;

  g_return_if_fail (CG_IS_ACTION_PLAN (self));
  g_return_if_fail (CG_IS_ACTION (action));

  if (self->workshop == NULL)
    return;
  position = cg_workshop_index_of (self->workshop, action);
  g_return_if_fail (position >= 0);

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  list_view = find_list_view (self);
  if (list_view != NULL)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", (guint) position);

  if (!self->editable)
    return;
  g_set_object (&self->pending_edit, action);
  self->pending_until = g_get_monotonic_time () + PENDING_EDIT_USEC;
  schedule_pending_edit (self);
}

CgAction *
cg_action_plan_get_selected_action (CgActionPlan *self)
{
  g_return_val_if_fail (CG_IS_ACTION_PLAN (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}
