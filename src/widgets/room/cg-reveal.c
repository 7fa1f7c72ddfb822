/* cg-reveal.c: new ideas held back from the room until the facilitator reveals them
 *
 * For a round of quiet thinking the laptop shows every idea as it is typed, and the room's
 * screen shows only what the facilitator reveals (all at once, or one theme), with a count of
 * what is waiting: never what. This filter is that rule; the presenter's models apply it after
 * the privacy rule (cg-room.c). Nothing of it is saved: a workshop opened again shows everything.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-room"

#include "config.h"

#include "cg-reveal.h"

struct _CgReveal
{
  GtkFilter   parent_instance;

  gboolean    holding;
  GHashTable *shown;   /* ids of the ideas the room may see while holding */
};

G_DEFINE_FINAL_TYPE (CgReveal, cg_reveal, GTK_TYPE_FILTER)

enum {
  PROP_0,
  PROP_HOLDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
cg_reveal_match (GtkFilter *filter,
                 gpointer   item)
{
  CgReveal *self = CG_REVEAL (filter);

  return !cg_reveal_is_held (self, item);
}

static GtkFilterMatch
cg_reveal_get_strictness (GtkFilter *filter)
{
  return CG_REVEAL (filter)->holding ? GTK_FILTER_MATCH_SOME : GTK_FILTER_MATCH_ALL;
}

static void
cg_reveal_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CgReveal *self = CG_REVEAL (object);

  switch (prop_id)
    {
    case PROP_HOLDING:
      g_value_set_boolean (value, self->holding);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_reveal_finalize (GObject *object)
{
  CgReveal *self = CG_REVEAL (object);

  g_hash_table_unref (self->shown);

  G_OBJECT_CLASS (cg_reveal_parent_class)->finalize (object);
}

static void
cg_reveal_class_init (CgRevealClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->get_property = cg_reveal_get_property;
  object_class->finalize = cg_reveal_finalize;
  filter_class->match = cg_reveal_match;
  filter_class->get_strictness = cg_reveal_get_strictness;

  properties[PROP_HOLDING] =
    g_param_spec_boolean ("holding", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_reveal_init (CgReveal *self)
{
  self->shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

CgReveal *
cg_reveal_new (void)
{
  return g_object_new (CG_TYPE_REVEAL, NULL);
}

gboolean
cg_reveal_get_holding (CgReveal *self)
{
  g_return_val_if_fail (CG_IS_REVEAL (self), FALSE);
  return self->holding;
}

gboolean
cg_reveal_is_held (CgReveal *self,
                   CgIdea   *idea)
{
  g_return_val_if_fail (CG_IS_REVEAL (self), FALSE);
  g_return_val_if_fail (CG_IS_IDEA (idea), FALSE);

  return self->holding && !g_hash_table_contains (self->shown, cg_object_get_id (CG_OBJECT (idea)));
}

/* Adds to the shown ideas those of @ideas that @theme_only and @theme choose; returns whether
 * any was held. */
static gboolean
add_shown (CgReveal   *self,
           GListModel *ideas,
           gboolean    theme_only,
           CgTheme    *theme)
{
  gboolean any = FALSE;

  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
      const char *id = cg_object_get_id (CG_OBJECT (idea));

      if (theme_only && cg_idea_get_theme (idea) != theme)
        continue;
      if (g_hash_table_contains (self->shown, id))
        continue;
      g_hash_table_add (self->shown, g_strdup (id));
      any = TRUE;
    }
  return any;
}

void
cg_reveal_set_holding (CgReveal   *self,
                       gboolean    holding,
                       GListModel *ideas)
{
  g_return_if_fail (CG_IS_REVEAL (self));
  g_return_if_fail (!holding || G_IS_LIST_MODEL (ideas));

  holding = !!holding;
  if (self->holding == holding)
    return;
  g_hash_table_remove_all (self->shown);
  if (holding)
    add_shown (self, ideas, FALSE, NULL);
  self->holding = holding;
  /* starting, every idea there is passes still, but the filter is no longer "all" */
  gtk_filter_changed (GTK_FILTER (self),
                      holding ? GTK_FILTER_CHANGE_MORE_STRICT : GTK_FILTER_CHANGE_LESS_STRICT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOLDING]);
}

void
cg_reveal_show (CgReveal   *self,
                GListModel *ideas,
                gboolean    theme_only,
                CgTheme    *theme)
{
  g_return_if_fail (CG_IS_REVEAL (self));
  g_return_if_fail (G_IS_LIST_MODEL (ideas));

  if (self->holding && add_shown (self, ideas, theme_only, theme))
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_LESS_STRICT);
}
