/* cg-summary-data.c: picks what a summary shows from the workshop: the events it covers, the
 * ideas under each theme (private ones left out; over every event, an idea and its carried
 * copies once), attendance and who said what
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-render"

#include "config.h"

#include "cg-summary-private.h"
#include "model/cg-audience.h"

static void
clear_group (gpointer data)
{
  CgThemeGroup *group = data;

  g_array_unref (group->ideas);
  g_free (group);
}

static CgThemeGroup *
group_new (CgTheme *theme)
{
  CgThemeGroup *group = g_new0 (CgThemeGroup, 1);

  group->theme = theme;
  group->ideas = g_array_new (FALSE, FALSE, sizeof (CgIdeaEntry));
  return group;
}

/* Most votes first; among equals, the order they were captured in (the list's order). */
static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const CgIdeaEntry *ea = a, *eb = b;

  if (ea->votes != eb->votes)
    return ea->votes > eb->votes ? -1 : 1;
  return 0;
}

static GPtrArray *
list_to_array (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  GPtrArray *array = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (model, i));
  return array;
}

typedef struct
{
  GHashTable *themes;  /* CgTheme -> group position + 1 */
  GHashTable *voices;  /* CgVoice -> position + 1 */
} Index;

/* Shows @idea (the workshop holds it, and outlives the summary) under its theme, with @votes,
 * and counts it for its voice. */
static void
add_entry (CgSummaryData *data,
           Index         *index,
           CgIdea        *idea,
           guint          votes)
{
  CgIdeaEntry entry = { idea, votes };
  CgTheme *theme = cg_idea_get_theme (idea);
  CgVoice *voice = cg_idea_get_voice (idea);
  guint stride = data->voices->len + 1;
  guint g, v;

  g = theme != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (index->themes, theme)) : 0;
  g = g == 0 ? data->groups->len - 1 : g - 1;
  v = voice != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (index->voices, voice)) : 0;
  v = v == 0 ? data->voices->len : v - 1;

  g_array_append_val (((CgThemeGroup *) g_ptr_array_index (data->groups, g))->ideas, entry);
  data->voice_ideas[v]++;
  data->grid[g * stride + v]++;
  data->n_ideas++;
}

static void
count_attendance (CgSummaryData          *data,
                  const CgSummaryOptions *options)
{
  data->attendance = g_new0 (guint, data->voices->len);

  for (guint v = 0; v < data->voices->len; v++)
    {
      CgVoice *voice = g_ptr_array_index (data->voices, v);

      if (options->event != NULL)
        data->attendance[v] = cg_voice_get_attendance (voice, options->event);
      else
        data->attendance[v] = cg_voice_get_total_attendance (voice);
      data->total_attendance += data->attendance[v];
    }
}

CgSummaryData *
cg_summary_data_new (CgWorkshop             *workshop,
                     const CgSummaryOptions *options)
{
  CgSummaryData *data = g_new0 (CgSummaryData, 1);
  GListModel *themes = cg_workshop_get_themes (workshop);
  GListModel *ideas = cg_workshop_get_ideas (workshop);
  g_autoptr(GHashTable) theme_index = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) voice_index = g_hash_table_new (NULL, NULL);
  Index index = { theme_index, voice_index };
  guint n_themes = g_list_model_get_n_items (themes);
  guint n_ideas = g_list_model_get_n_items (ideas);
  guint stride;
  CgThemeGroup *unsorted;

  if (options->event != NULL)
    {
      data->events = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (data->events, g_object_ref (options->event));
    }
  else
    data->events = list_to_array (cg_workshop_get_events (workshop));

  data->series = cg_series_new (workshop);
  data->voices = list_to_array (cg_workshop_get_voices (workshop));
  for (guint v = 0; v < data->voices->len; v++)
    g_hash_table_insert (voice_index, g_ptr_array_index (data->voices, v),
                         GUINT_TO_POINTER (v + 1));
  count_attendance (data, options);

  data->groups = g_ptr_array_new_with_free_func (clear_group);
  for (guint t = 0; t < n_themes; t++)
    {
      g_autoptr(CgTheme) theme = g_list_model_get_item (themes, t);

      g_hash_table_insert (theme_index, theme, GUINT_TO_POINTER (t + 1));
      g_ptr_array_add (data->groups, group_new (theme));
    }
  unsorted = group_new (NULL);
  g_ptr_array_add (data->groups, unsorted);

  stride = data->voices->len + 1;
  data->voice_ideas = g_new0 (guint, stride);
  data->grid = g_new0 (guint, (gsize) data->groups->len * stride);

  if (options->event != NULL)
    {
      /* one event: its ideas, carried copies included, with the votes cast there */
      for (guint i = 0; i < n_ideas; i++)
        {
          g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

          if (cg_idea_get_event (idea) != options->event)
            continue;
          if (cg_idea_get_private (idea))
            data->n_private++;
          if (cg_idea_is_shown_to (idea, cg_audience_for_summary (options->include_private)))
            add_entry (data, &index, idea, cg_idea_get_votes (idea, options->event));
        }
    }
  else
    {
      /* the whole series: one idea per lineage, as its latest copy, with every vote it had at
       * any event (the counting rules are in src/model/cg-series.c) */
      for (guint l = 0; l < cg_series_get_n_lineages (data->series); l++)
        {
          CgLineage *lineage = cg_series_get_lineage (data->series, l);

          if (cg_lineage_get_private (lineage))
            data->n_private++;
          if (options->include_private || !cg_lineage_get_private (lineage))
            add_entry (data, &index, cg_lineage_get_latest (lineage),
                       cg_lineage_get_total_votes (lineage));
        }
    }

  for (guint g = 0; g < data->groups->len; g++)
    {
      CgThemeGroup *group = g_ptr_array_index (data->groups, g);

      /* g_qsort_with_data is a stable sort: equal votes keep their capture order. */
      g_qsort_with_data (group->ideas->data, group->ideas->len, sizeof (CgIdeaEntry),
                         compare_entries, NULL);
    }

  /* "Not yet sorted" comes last, and only when it has ideas. */
  if (unsorted->ideas->len == 0)
    g_ptr_array_remove_index (data->groups, data->groups->len - 1);

  return data;
}

void
cg_summary_data_free (CgSummaryData *data)
{
  if (data == NULL)
    return;
  g_ptr_array_unref (data->events);
  g_ptr_array_unref (data->voices);
  g_ptr_array_unref (data->groups);
  g_free (data->attendance);
  g_free (data->voice_ideas);
  g_free (data->grid);
  cg_series_free (data->series);
  g_free (data);
}

guint
cg_summary_data_grid (CgSummaryData *data,
                      guint          group,
                      guint          voice)
{
  return data->grid[group * (data->voices->len + 1) + voice];
}
