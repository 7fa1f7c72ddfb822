/* cg-choices.c: a drop-down of a few fixed entries, then one entry per event, theme or voice
 *
 * Two ways to list: labels in a GtkStringList, made again when they would read differently (the
 * search bar, the event switcher, the review filters, the export window), or the objects
 * themselves in a GListStore, their names bound (the capture bar, the action plan's Theme cells,
 * whose tests and callers read the objects from the drop-down). Either way the object chosen is
 * kept across changes of the list, instead of the drop-down moving to a neighbour.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-choices"

#include "config.h"

#include <glib/gi18n.h>

#include "cg-choices.h"
#include "model/cg-model.h"

struct _CgChoices
{
  GtkDropDown    *drop_down;
  char          **fixed;
  guint           n_fixed;
  CgChoicesLabel  label;    /* NULL: the objects themselves are listed (cg_choices_new_named) */
  GListStore     *items;    /* ... in this model: the fixed entries, then the objects */
  GPtrArray      *listed;   /* the objects after the fixed entries (references) */
};

static char *
name_label (gpointer object)
{
  const char *label = NULL;

  if (CG_IS_EVENT (object))
    label = cg_event_get_title (object);
  else if (CG_IS_THEME (object))
    label = cg_theme_get_name (object);
  else if (CG_IS_VOICE (object))
    label = cg_voice_get_name (object);
  if (CG_IS_EVENT (object))
    label = cg_event_get_display_title (object);
  if (label == NULL || *label == '\0')
    label = _("Unnamed");
  return g_strdup (label);
}

static CgChoices *
choices_new (GtkDropDown        *drop_down,
             const char * const *fixed,
             CgChoicesLabel      label)
{
  CgChoices *self = g_new0 (CgChoices, 1);

  self->drop_down = drop_down;
  self->fixed = g_strdupv ((char **) fixed);
  self->n_fixed = g_strv_length (self->fixed);
  self->label = label;
  self->listed = g_ptr_array_new_with_free_func (g_object_unref);
  return self;
}

CgChoices *
cg_choices_new (GtkDropDown        *drop_down,
                const char * const *fixed,
                CgChoicesLabel      label)
{
  CgChoices *self;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (drop_down), NULL);
  g_return_val_if_fail (fixed != NULL && fixed[0] != NULL, NULL);

  self = choices_new (drop_down, fixed, label != NULL ? label : name_label);
  cg_choices_update (self, NULL);
  return self;
}

/* Entries shown by name (cg_choices_new_named) */

static char *
colour_dot_markup (const char *colour)
{
  return g_markup_printf_escaped ("<span foreground=\"%s\">●</span>", colour);
}

static gboolean
colour_to_dot (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_value_take_string (to, colour_dot_markup (g_value_get_string (from)));
  return TRUE;
}

static void
setup_named_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_label_new (NULL);

  if (g_object_get_data (G_OBJECT (factory), "cg-dots") != NULL)
    {
      GtkWidget *dot = gtk_label_new (NULL);

      gtk_label_set_use_markup (GTK_LABEL (dot), TRUE);
      gtk_accessible_update_state (GTK_ACCESSIBLE (dot), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_box_append (GTK_BOX (box), dot);
    }
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (name),
                             GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory),
                                                                 "cg-width-chars")));
  gtk_label_set_max_width_chars (GTK_LABEL (name),
                                 GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory),
                                                                     "cg-max-width-chars")));
  gtk_box_append (GTK_BOX (box), name);
  gtk_list_item_set_child (item, box);
}

/* An object shows its colour and name, kept up to date; a fixed entry a hollow dot. */
static void
bind_named_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GObject *object = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_last_child (box);
  GtkWidget *dot = gtk_widget_get_prev_sibling (name);
  GBinding *binding;

  if (GTK_IS_STRING_OBJECT (object))
    {
      if (dot != NULL)
        gtk_label_set_label (GTK_LABEL (dot), "○");
      gtk_label_set_text (GTK_LABEL (name),
                          gtk_string_object_get_string (GTK_STRING_OBJECT (object)));
      return;
    }

  binding = g_object_bind_property (object, "name", name, "label", G_BINDING_SYNC_CREATE);
  g_object_set_data (G_OBJECT (item), "cg-name-binding", binding);
  if (dot != NULL)
    {
      binding = g_object_bind_property_full (object, "colour", dot, "label",
                                             G_BINDING_SYNC_CREATE, colour_to_dot, NULL,
                                             NULL, NULL);
      g_object_set_data (G_OBJECT (item), "cg-colour-binding", binding);
    }
}

static void
unbind_named_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  const char * const keys[] = { "cg-name-binding", "cg-colour-binding" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GBinding *binding = g_object_steal_data (G_OBJECT (item), keys[i]);

      if (binding != NULL)
        g_binding_unbind (binding);
    }
}

CgChoices *
cg_choices_new_named (GtkDropDown        *drop_down,
                      const char * const *fixed,
                      gboolean            dots,
                      int                 width_chars,
                      int                 max_width_chars)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  CgChoices *self;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (drop_down), NULL);
  g_return_val_if_fail (fixed != NULL && fixed[0] != NULL, NULL);

  self = choices_new (drop_down, fixed, NULL);
  self->items = g_list_store_new (G_TYPE_OBJECT);
  for (guint i = 0; i < self->n_fixed; i++)
    {
      g_autoptr(GtkStringObject) entry = gtk_string_object_new (self->fixed[i]);

      g_list_store_append (self->items, entry);
    }

  g_object_set_data (G_OBJECT (factory), "cg-dots", GINT_TO_POINTER (dots));
  g_object_set_data (G_OBJECT (factory), "cg-width-chars", GINT_TO_POINTER (width_chars));
  g_object_set_data (G_OBJECT (factory), "cg-max-width-chars", GINT_TO_POINTER (max_width_chars));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_named_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_named_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_named_cb), NULL);
  gtk_drop_down_set_factory (drop_down, factory);
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (self->items));
  return self;
}

void
cg_choices_free (CgChoices *self)
{
  if (self == NULL)
    return;
  g_strfreev (self->fixed);
  g_ptr_array_unref (self->listed);
  g_clear_object (&self->items);
  g_free (self);
}

/* Updating the list */

/* The labels the list would show for @objects. */
static GPtrArray *
labels_for (CgChoices  *self,
            GListModel *objects)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);
  guint n_objects = objects != NULL ? g_list_model_get_n_items (objects) : 0;

  for (guint i = 0; i < self->n_fixed; i++)
    g_ptr_array_add (labels, g_strdup (self->fixed[i]));
  for (guint i = 0; i < n_objects; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (objects, i);

      g_ptr_array_add (labels, self->label (object));
    }
  return labels;
}

static gboolean
shows_labels (CgChoices *self,
              GPtrArray *labels)
{
  GListModel *model = gtk_drop_down_get_model (self->drop_down);

  if (model == NULL || g_list_model_get_n_items (model) != labels->len)
    return FALSE;
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i),
                   labels->pdata[i]) != 0)
      return FALSE;
  return TRUE;
}

static void
show_labels (CgChoices  *self,
             GListModel *objects)
{
  g_autoptr(GPtrArray) labels = labels_for (self, objects);
  g_autoptr(GtkStringList) names = NULL;

  if (shows_labels (self, labels))
    return;
  names = gtk_string_list_new (NULL);
  for (guint i = 0; i < labels->len; i++)
    gtk_string_list_append (names, labels->pdata[i]);
  gtk_drop_down_set_model (self->drop_down, G_LIST_MODEL (names));
}

/* Lists @objects in place of the objects listed: returns FALSE when they are the same. */
static gboolean
set_listed (CgChoices  *self,
            GListModel *objects)
{
  guint n_objects = objects != NULL ? g_list_model_get_n_items (objects) : 0;
  gboolean same = n_objects == self->listed->len;

  for (guint i = 0; same && i < n_objects; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (objects, i);

      same = self->listed->pdata[i] == (gpointer) object;
    }
  if (same)
    return FALSE;
  g_ptr_array_set_size (self->listed, 0);
  for (guint i = 0; i < n_objects; i++)
    g_ptr_array_add (self->listed, g_list_model_get_item (objects, i));
  return TRUE;
}

void
cg_choices_update (CgChoices  *self,
                   GListModel *objects)
{
  g_autoptr(GObject) chosen = NULL;
  int fixed = cg_choices_get_fixed (self);
  gboolean changed;

  if (fixed < 0)
    chosen = g_object_ref (cg_choices_get_object (self));
  changed = set_listed (self, objects);

  if (self->label != NULL)
    show_labels (self, objects);
  else if (changed)
    g_list_store_splice (self->items, self->n_fixed,
                         g_list_model_get_n_items (G_LIST_MODEL (self->items)) - self->n_fixed,
                         self->listed->pdata, self->listed->len);
  if (chosen != NULL)
    cg_choices_select (self, chosen);
  else if (gtk_drop_down_get_selected (self->drop_down) != (guint) MAX (fixed, 0))
    gtk_drop_down_set_selected (self->drop_down, MAX (fixed, 0));
}

/* The choice */

gpointer
cg_choices_get_object (CgChoices *self)
{
  guint selected = gtk_drop_down_get_selected (self->drop_down);

  if (selected == GTK_INVALID_LIST_POSITION || selected < self->n_fixed ||
      selected - self->n_fixed >= self->listed->len)
    return NULL;
  return self->listed->pdata[selected - self->n_fixed];
}

int
cg_choices_get_fixed (CgChoices *self)
{
  guint selected = gtk_drop_down_get_selected (self->drop_down);

  if (selected == GTK_INVALID_LIST_POSITION)
    return 0;
  if (selected < self->n_fixed)
    return (int) selected;
  /* an entry past the objects listed now counts as the first fixed one */
  return selected - self->n_fixed < self->listed->len ? -1 : 0;
}

void
cg_choices_select (CgChoices *self,
                   gpointer   object)
{
  guint position = 0;

  if (object != NULL && g_ptr_array_find (self->listed, object, &position))
    position += self->n_fixed;
  else
    position = 0;
  if (gtk_drop_down_get_selected (self->drop_down) != position)
    gtk_drop_down_set_selected (self->drop_down, position);
}

gboolean
cg_choices_lists (CgChoices *self,
                  gpointer   object)
{
  return object != NULL && g_ptr_array_find (self->listed, object, NULL);
}
