/* cg-action-plan-themes.c: what a Theme cell of the action plan offers: "No theme", then the
 * workshop's themes by name, kept in step with the themes list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-action-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-action-plan-private.h"

/* The theme choices: "No theme", then each theme by its name (which follows renames) */

static void
setup_choice_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_list_item_set_child (item, label);
}

static void
bind_choice_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  gpointer choice = gtk_list_item_get_item (item);
  GBinding *binding;

  if (GTK_IS_STRING_OBJECT (choice))
    {
      gtk_label_set_label (GTK_LABEL (label), gtk_string_object_get_string (choice));
      return;
    }
  binding = g_object_bind_property (choice, "name", label, "label", G_BINDING_SYNC_CREATE);
  g_object_set_data (G_OBJECT (label), "cg-name-binding", binding);
}

static void
unbind_choice_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  GBinding *binding = g_object_steal_data (G_OBJECT (label), "cg-name-binding");

  if (binding != NULL)
    g_binding_unbind (binding);
}

/* The themes list changes: a drop-down may move its selection to a neighbour meanwhile, so the
 * Theme cells ignore it (themes_changing) and are set from their actions again afterwards. */

static void
themes_changing_cb (CgActionPlan *self)
{
  self->themes_changing++;
}

static void
themes_changed_cb (CgActionPlan *self)
{
  g_return_if_fail (self->themes_changing > 0);
  self->themes_changing--;
  if (self->themes_changing == 0)
    cg_action_plan_cells_sync_all (self);
}

void
cg_action_plan_themes_set (CgActionPlan *self,
                           GListModel   *old_themes,
                           GListModel   *themes)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->theme_parts)) > 1)
    g_list_store_remove (self->theme_parts, 1);
  if (old_themes != NULL)
    g_signal_handlers_disconnect_by_data (old_themes, self);
  if (themes == NULL)
    return;

  /* connected before the flattened list is: these run first and last around its handler */
  g_signal_connect_object (themes, "items-changed", G_CALLBACK (themes_changing_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (themes, "items-changed", G_CALLBACK (themes_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_list_store_append (self->theme_parts, themes);
}

void
cg_action_plan_themes_init (CgActionPlan *self)
{
  g_autoptr(GListStore) none = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GtkStringObject) no_theme = gtk_string_object_new (_("No theme"));

  g_list_store_append (none, no_theme);
  self->theme_parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (self->theme_parts, none);
  self->theme_choices = G_LIST_MODEL (gtk_flatten_list_model_new (
                                        g_object_ref (G_LIST_MODEL (self->theme_parts))));
  self->theme_factory = cg_action_plan_factory_new (G_CALLBACK (setup_choice_cb),
                                                    G_CALLBACK (bind_choice_cb),
                                                    G_CALLBACK (unbind_choice_cb), NULL);
}

void
cg_action_plan_themes_finalize (CgActionPlan *self)
{
  g_clear_object (&self->theme_choices);
  g_clear_object (&self->theme_parts);
  g_clear_object (&self->theme_factory);
}
