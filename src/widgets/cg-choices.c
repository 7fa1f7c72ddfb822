/* cg-choices.c: a drop-down of a few fixed entries, then one entry per event, theme or voice
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
  CgChoicesLabel  label;
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
  if (label == NULL || *label == '\0')
    label = CG_IS_EVENT (object) ? _("Untitled event") : _("Unnamed");
  return g_strdup (label);
}

CgChoices *
cg_choices_new (GtkDropDown        *drop_down,
                const char * const *fixed,
                CgChoicesLabel      label)
{
  CgChoices *self = g_new0 (CgChoices, 1);

  g_return_val_if_fail (GTK_IS_DROP_DOWN (drop_down), NULL);
  g_return_val_if_fail (fixed != NULL && fixed[0] != NULL, NULL);

  self->drop_down = drop_down;
  self->fixed = g_strdupv ((char **) fixed);
  self->n_fixed = g_strv_length (self->fixed);
  self->label = label != NULL ? label : name_label;
  self->listed = g_ptr_array_new_with_free_func (g_object_unref);
  cg_choices_update (self, NULL);
  return self;
}

void
cg_choices_free (CgChoices *self)
{
  if (self == NULL)
    return;
  g_strfreev (self->fixed);
  g_ptr_array_unref (self->listed);
  g_free (self);
}

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
shows (CgChoices *self,
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

void
cg_choices_update (CgChoices  *self,
                   GListModel *objects)
{
  g_autoptr(GPtrArray) labels = labels_for (self, objects);
  g_autoptr(GObject) chosen = NULL;
  int fixed = cg_choices_get_fixed (self);
  guint n_objects = objects != NULL ? g_list_model_get_n_items (objects) : 0;

  if (fixed < 0)
    chosen = g_object_ref (cg_choices_get_object (self));
  g_ptr_array_set_size (self->listed, 0);
  for (guint i = 0; i < n_objects; i++)
    g_ptr_array_add (self->listed, g_list_model_get_item (objects, i));

  if (!shows (self, labels))
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

      for (guint i = 0; i < labels->len; i++)
        gtk_string_list_append (names, labels->pdata[i]);
      gtk_drop_down_set_model (self->drop_down, G_LIST_MODEL (names));
    }
  if (chosen != NULL)
    cg_choices_select (self, chosen);
  else if (gtk_drop_down_get_selected (self->drop_down) != (guint) MAX (fixed, 0))
    gtk_drop_down_set_selected (self->drop_down, MAX (fixed, 0));
}

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
