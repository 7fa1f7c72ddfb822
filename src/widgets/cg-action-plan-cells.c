/* cg-action-plan-cells.c: the action plan's cells: words edited in place, the status and theme
 * drop-downs, and the ideas an action answers
 *
 * GtkColumnView recycles cells: a cell is bound to one action, then unbound and bound to another.
 * Every handler acts on the cell's bound action (NULL once unbound), never on one it remembers,
 * and while a cell is set from the model (`updating`) its handlers write nothing back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-action-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-action-plan-private.h"
#include "cg-choices.h"
#include "cg-idea-card.h"
#include "model/cg-action-links.h"

/* Longest piece of an idea's words shown in the "You said" tooltip, in characters. */
#define TOOLTIP_IDEA_CHARS 80
/* Most ideas listed in that tooltip. */
#define TOOLTIP_MAX_IDEAS 12

typedef enum
{
  CELL_TEXT,
  CELL_STATUS,
  CELL_THEME,
  CELL_IDEAS,
} CellKind;

typedef struct
{
  const char  *id;        /* its cells are named "cell-<id>" */
  const char  *title;     /* untranslated */
  const char  *property;  /* the action property the cell shows */
  CellKind     kind;
  gboolean     expand;
  const char *(*get_text) (CgAction *action);
  void        (*set_text) (CgAction *action, const char *text);
} PlanColumn;

static const PlanColumn plan_columns[] = {
  { "area", N_("Area"), "area", CELL_TEXT, FALSE,
    cg_action_get_area, cg_action_set_area },
  { "action", N_("Action"), "action", CELL_TEXT, TRUE,
    cg_action_get_action, cg_action_set_action },
  { "position", N_("Current position"), "position", CELL_TEXT, TRUE,
    cg_action_get_position, cg_action_set_position },
  { "next-steps", N_("Next steps"), "next-steps", CELL_TEXT, TRUE,
    cg_action_get_next_steps, cg_action_set_next_steps },
  { "status", N_("Status"), "status", CELL_STATUS, FALSE, NULL, NULL },
  { "reason", N_("Reason"), "reason", CELL_TEXT, FALSE,
    cg_action_get_reason, cg_action_set_reason },
  { "theme", N_("Theme"), "theme", CELL_THEME, FALSE, NULL, NULL },
  { "ideas", N_("You said"), "idea-ids", CELL_IDEAS, FALSE, NULL, NULL },
};

/* The column a new action's words are typed in first. */
static gboolean
is_action_column (const PlanColumn *column)
{
  return g_str_equal (column->id, "action");
}

typedef struct
{
  CgActionPlan     *plan;     /* unowned: the plan outlives the cells of its table */
  const PlanColumn *column;
  GtkWidget        *widget;   /* unowned: the cell is the widget's data */
  CgAction         *action;   /* the bound action (the list item holds it), or NULL */
  CgChoices        *choices;  /* Theme cells: "No theme", then the workshop's themes */
  gulong            notify_id;
  GtkEventController *focus;  /* text cells: commits what was typed once the focus leaves */
  guint             commit_id;
  gboolean          updating; /* TRUE while the widget is set from the model */
} PlanCell;

/* Setting a cell from the model */

/* The themes the plan's workshop has now, the one of the action chosen. */
static void
sync_theme (PlanCell *cell)
{
  CgWorkshop *workshop = cell->plan->workshop;

  cg_choices_update (cell->choices, workshop != NULL ? cg_workshop_get_themes (workshop) : NULL);
  cg_choices_select (cell->choices, cg_action_get_theme (cell->action));
}

static void
sync_text (PlanCell *cell)
{
  GtkEditable *editable = GTK_EDITABLE (cell->widget);
  const char *text = cell->column->get_text (cell->action);

  /* what is being typed stays until it is committed */
  if (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (cell->widget)))
    return;
  if (g_strcmp0 (gtk_editable_get_text (editable), text != NULL ? text : "") != 0)
    gtk_editable_set_text (editable, text != NULL ? text : "");
}

static void
sync_drop_down (PlanCell *cell,
                guint     position)
{
  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (cell->widget)) != position)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (cell->widget), position);
}

/* The linked ideas' words, one a line; a private note's only when the plan shows them. */
static char *
describe_linked (PlanCell *cell)
{
  CgActionPlan *self = cell->plan;
  const char * const *ids = cg_action_get_idea_ids (cell->action);
  GString *text = g_string_new (NULL);
  guint n_shown = 0;
  guint n_more = 0;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      CgObject *idea = cg_workshop_lookup (self->workshop, ids[i]);
      const char *words;

      if (!CG_IS_IDEA (idea))
        continue;
      if (n_shown == TOOLTIP_MAX_IDEAS)
        {
          n_more++;
          continue;
        }
      words = cg_idea_card_shown_text (CG_IDEA (idea), self->show_private);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (g_utf8_strlen (words, -1) > TOOLTIP_IDEA_CHARS)
        {
          g_autofree char *start = g_utf8_substring (words, 0, TOOLTIP_IDEA_CHARS - 1);

          g_string_append_printf (text, "• %s…", start);
        }
      else
        g_string_append_printf (text, "• %s", words);
      n_shown++;
    }
  if (n_more > 0)
    /* Translators: after a list of ideas in a tooltip */
    g_string_append_printf (text, ngettext ("\nand %u more", "\nand %u more", n_more), n_more);
  return g_string_free (text, text->len == 0);
}

static void
sync_ideas (PlanCell *cell)
{
  g_autofree char *summary = NULL;
  g_autofree char *linked = NULL;

  if (cell->plan->workshop == NULL)
    return;
  summary = cg_action_describe_ideas (cell->plan->workshop, cell->action);
  linked = describe_linked (cell);
  gtk_label_set_label (GTK_LABEL (cell->widget), summary);
  gtk_widget_set_tooltip_text (cell->widget, linked);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->widget),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, linked ? linked : "", -1);
}

static void
sync_cell (PlanCell *cell)
{
  if (cell->action == NULL)
    return;

  cell->updating = TRUE;
  switch (cell->column->kind)
    {
    case CELL_TEXT:
      sync_text (cell);
      break;

    case CELL_STATUS:
      sync_drop_down (cell, cg_action_get_status (cell->action));
      break;

    case CELL_THEME:
      sync_theme (cell);
      break;

    case CELL_IDEAS:
      sync_ideas (cell);
      break;

    default:
      g_assert_not_reached ();
    }
  cell->updating = FALSE;
}

void
cg_action_plan_cells_sync_all (CgActionPlan *self)
{
  for (guint i = 0; i < self->cells->len; i++)
    sync_cell (g_ptr_array_index (self->cells, i));
}

/* Changing the model from a cell */

/* Whether the cell may write to its action: bound, editable, and the action still in the plan
 * (a row on its way out may yet commit what was typed in it). */
static gboolean
cell_can_write (PlanCell *cell)
{
  CgActionPlan *self = cell->plan;

  return cell->action != NULL && !cell->updating && self->editable && self->workshop != NULL &&
         cg_workshop_index_of (self->workshop, cell->action) >= 0;
}

static void
text_editing_cb (GtkEditableLabel *label,
                 GParamSpec       *pspec,
                 PlanCell         *cell)
{
  g_autofree char *text = NULL;
  const char *current;

  if (gtk_editable_label_get_editing (label) || cell->action == NULL || cell->updating)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (label))));
  current = cell->column->get_text (cell->action);
  if (cell_can_write (cell) && g_strcmp0 (text, current != NULL ? current : "") != 0)
    cell->column->set_text (cell->action, text);
  /* show what the model holds: its own form of the words, or the old ones in review */
  sync_cell (cell);
}

static void
status_selected_cb (GtkDropDown *drop_down,
                    GParamSpec  *pspec,
                    PlanCell    *cell)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (cell->updating || cell->action == NULL)
    return;
  if (cell_can_write (cell) && selected <= CG_ACTION_STATUS_NOT_DOING &&
      selected != (guint) cg_action_get_status (cell->action))
    cg_action_set_status (cell->action, selected);
  sync_cell (cell);
}

static void
theme_selected_cb (GtkDropDown *drop_down,
                   GParamSpec  *pspec,
                   PlanCell    *cell)
{
  gboolean chosen = gtk_drop_down_get_selected (drop_down) != GTK_INVALID_LIST_POSITION;
  CgTheme *theme = cg_choices_get_object (cell->choices);

  if (cell->updating || cell->action == NULL)
    return;
  if (cell_can_write (cell) && chosen && theme != cg_action_get_theme (cell->action))
    cg_action_set_theme (cell->action, theme);
  sync_cell (cell);
}

/* The "You said" tooltip, made when it is shown: an idea's words may have changed since. */
static gboolean
ideas_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  PlanCell   *cell)
{
  g_autofree char *linked = NULL;

  if (cell->action == NULL || cell->plan->workshop == NULL)
    return FALSE;
  linked = describe_linked (cell);
  if (linked == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, linked);
  return TRUE;
}

/* Making, binding and unbinding cells */

static gboolean
commit_soon_cb (gpointer data)
{
  PlanCell *cell = data;
  GtkRoot *root = gtk_widget_get_root (cell->widget);
  g_autoptr(GtkWidget) focus = NULL;

  cell->commit_id = 0;
  if (gtk_event_controller_focus_contains_focus (GTK_EVENT_CONTROLLER_FOCUS (cell->focus)))
    return G_SOURCE_REMOVE;

  /* stopping takes the focus back to the label: it stays where Tab or a click put it */
  if (root != NULL && gtk_root_get_focus (root) != NULL)
    focus = g_object_ref (gtk_root_get_focus (root));
  gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (cell->widget), TRUE);
  if (focus != NULL && gtk_widget_get_root (focus) == root)
    gtk_widget_grab_focus (focus);
  return G_SOURCE_REMOVE;
}

/* A moment later, as the focus may only be passing through a popover of the cell's own. */
static void
text_focus_left_cb (PlanCell *cell)
{
  if (cell->commit_id == 0 && gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (cell->widget)))
    cell->commit_id = g_timeout_add (100, commit_soon_cb, cell);
}

/* GTK 4.8's GtkEditableLabel commits 100 ms after the focus leaves it, from a timeout it does not
 * remove when the label is destroyed first (its row removed, the window closed): the timeout then
 * reads a freed event controller. Its handler gives way to one whose timeout the cell owns. */
static void
replace_focus_out (PlanCell *cell)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (cell->widget);
  guint leave = g_signal_lookup ("leave", GTK_TYPE_EVENT_CONTROLLER_FOCUS);

  for (guint i = 0, n = g_list_model_get_n_items (controllers); i < n; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_FOCUS (controller))
        g_signal_handlers_disconnect_matched (controller, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DATA,
                                              leave, 0, NULL, NULL, cell->widget);
    }
  cell->focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (cell->focus, "leave", G_CALLBACK (text_focus_left_cb), cell);
  gtk_widget_add_controller (cell->widget, cell->focus);
}

static GtkWidget *
create_text_cell (PlanCell *cell)
{
  GtkWidget *widget = gtk_editable_label_new ("");
  GtkWidget *child;

  /* the label inside wraps long words onto more lines rather than widening the column */
  for (child = gtk_widget_get_first_child (widget); child != NULL && !GTK_IS_LABEL (child);
       child = gtk_widget_get_first_child (child))
    ;
  if (child != NULL)
    {
      gtk_label_set_wrap (GTK_LABEL (child), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
    }
  cell->widget = widget;
  replace_focus_out (cell);
  gtk_editable_set_width_chars (GTK_EDITABLE (widget), cell->column->expand ? 16 : 10);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (widget), 40);
  g_object_bind_property (cell->plan, "editable", widget, "editable", G_BINDING_SYNC_CREATE);
  g_signal_connect (widget, "notify::editing", G_CALLBACK (text_editing_cb), cell);
  return widget;
}

static GtkWidget *
create_drop_down (PlanCell *cell)
{
  CgActionPlan *self = cell->plan;
  GtkWidget *widget;

  if (cell->column->kind == CELL_STATUS)
    {
      widget = gtk_drop_down_new (g_object_ref (G_LIST_MODEL (self->statuses)),
                                  gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                               "string"));
      g_signal_connect (widget, "notify::selected", G_CALLBACK (status_selected_cb), cell);
    }
  else
    {
      widget = gtk_drop_down_new (NULL, NULL);
      cell->choices = cg_choices_new_named (GTK_DROP_DOWN (widget),
                                            (const char *[]) { _("No theme"), NULL }, FALSE, 8,
                                            -1);
      g_signal_connect (widget, "notify::selected", G_CALLBACK (theme_selected_cb), cell);
    }
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  g_object_bind_property (self, "editable", widget, "sensitive", G_BINDING_SYNC_CREATE);
  return widget;
}

static GtkWidget *
create_ideas_cell (PlanCell *cell)
{
  GtkWidget *widget = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (widget), 0);
  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (ideas_tooltip_cb), cell);
  return widget;
}

static void
unbind_cell (PlanCell *cell)
{
  CgActionPlan *self = cell->plan;

  if (cell->action == NULL)
    return;

  g_clear_signal_handler (&cell->notify_id, cell->action);
  if (g_hash_table_lookup (self->action_cells, cell->action) == cell->widget)
    g_hash_table_remove (self->action_cells, cell->action);
  g_ptr_array_remove_fast (self->cells, cell);
  cell->action = NULL;

  /* words half typed for the old action are dropped, not written to the next one */
  if (cell->column->kind == CELL_TEXT)
    gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (cell->widget), FALSE);
}

static void
plan_cell_free (gpointer data)
{
  PlanCell *cell = data;

  unbind_cell (cell);
  g_clear_handle_id (&cell->commit_id, g_source_remove);
  g_clear_pointer (&cell->choices, cg_choices_free);
  g_free (cell);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CgActionPlan             *self)
{
  const PlanColumn *column = g_object_get_data (G_OBJECT (factory), "cg-plan-column");
  PlanCell *cell = g_new0 (PlanCell, 1);
  g_autofree char *name = g_strdup_printf ("cell-%s", column->id);

  cell->plan = self;
  cell->column = column;
  switch (column->kind)
    {
    case CELL_TEXT:
      cell->widget = create_text_cell (cell);
      break;

    case CELL_STATUS:
    case CELL_THEME:
      cell->widget = create_drop_down (cell);
      break;

    case CELL_IDEAS:
      cell->widget = create_ideas_cell (cell);
      break;

    default:
      g_assert_not_reached ();
    }
  gtk_widget_set_name (cell->widget, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(column->title), -1);
  g_object_set_data_full (G_OBJECT (cell->widget), "cg-plan-cell", cell, plan_cell_free);
  gtk_list_item_set_child (item, cell->widget);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CgActionPlan             *self)
{
  PlanCell *cell = g_object_get_data (G_OBJECT (gtk_list_item_get_child (item)), "cg-plan-cell");
  g_autofree char *signal = g_strdup_printf ("notify::%s", cell->column->property);

  unbind_cell (cell);
  cell->action = gtk_list_item_get_item (item);
  cell->notify_id = g_signal_connect_swapped (cell->action, signal, G_CALLBACK (sync_cell), cell);
  g_ptr_array_add (self->cells, cell);
  if (is_action_column (cell->column))
    g_hash_table_insert (self->action_cells, cell->action, cell->widget);
  sync_cell (cell);

  if (is_action_column (cell->column))
    cg_action_plan_action_cell_bound (self, cell->action);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CgActionPlan             *self)
{
  unbind_cell (g_object_get_data (G_OBJECT (gtk_list_item_get_child (item)), "cg-plan-cell"));
}

/* A signal list item factory calling @setup, @bind and @unbind with @user_data. */
static GtkListItemFactory *
factory_new (GCallback setup,
             GCallback bind,
             GCallback unbind,
             gpointer  user_data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, user_data);
  g_signal_connect (factory, "bind", bind, user_data);
  g_signal_connect (factory, "unbind", unbind, user_data);
  return factory;
}

void
cg_action_plan_cells_init (CgActionPlan *self)
{
  self->statuses = gtk_string_list_new (NULL);
  for (CgActionStatus s = CG_ACTION_STATUS_PROPOSED; s <= CG_ACTION_STATUS_NOT_DOING; s++)
    gtk_string_list_append (self->statuses, cg_action_status_get_label (s));

  self->cells = g_ptr_array_new ();
  self->action_cells = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (plan_columns); i++)
    {
      const PlanColumn *column = &plan_columns[i];
      g_autoptr(GtkListItemFactory) factory = NULL;
      g_autoptr(GtkColumnViewColumn) view_column = NULL;

      factory = factory_new (G_CALLBACK (setup_cell_cb), G_CALLBACK (bind_cell_cb),
                             G_CALLBACK (unbind_cell_cb), self);
      g_object_set_data (G_OBJECT (factory), "cg-plan-column", (gpointer) column);
      view_column = gtk_column_view_column_new (_(column->title), g_object_ref (factory));
      gtk_column_view_column_set_expand (view_column, column->expand);
      gtk_column_view_column_set_resizable (view_column, TRUE);
      gtk_column_view_append_column (self->column_view, view_column);
    }
}

void
cg_action_plan_cells_finalize (CgActionPlan *self)
{
  g_clear_object (&self->statuses);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->action_cells, g_hash_table_unref);
}
