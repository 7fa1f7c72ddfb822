/* cg-balance.c: whose voice is heard: each voice's share of ideas and of the people in the room
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include "cg-balance.h"
#include "cg-series.h"

static gboolean
idea_at_event (CgIdea  *idea,
               CgEvent *event)
{
  return event == NULL || cg_idea_get_event (idea) == event;
}

/* Counts @idea for its voice in @balance; 1 when it has one, else 0. */
static guint
count_idea (GArray     *balance,
            GHashTable *index,
            CgIdea     *idea)
{
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (index, cg_idea_get_voice (idea)));

  if (cg_idea_get_voice (idea) == NULL || position == 0)
    return 0;
  g_array_index (balance, CgVoiceBalance, position - 1).n_ideas++;
  return 1;
}

GArray *
cg_balance_compute (CgWorkshop *workshop,
                    CgEvent    *event)
{
  GListModel *voices;
  GListModel *ideas;
  g_autoptr(GHashTable) index = NULL; /* CgVoice -> position + 1 */
  g_autoptr(CgSeries) series = NULL;
  GArray *balance;
  guint n_voices;
  guint all_ideas = 0;
  guint everyone = 0;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (event == NULL || CG_IS_EVENT (event), NULL);

  voices = cg_workshop_get_voices (workshop);
  ideas = cg_workshop_get_ideas (workshop);
  n_voices = g_list_model_get_n_items (voices);
  balance = g_array_sized_new (FALSE, TRUE, sizeof (CgVoiceBalance), n_voices);
  g_array_set_size (balance, n_voices);
  index = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < n_voices; i++)
    {
      CgVoiceBalance *entry = &g_array_index (balance, CgVoiceBalance, i);
      g_autoptr(CgVoice) voice = g_list_model_get_item (voices, i);

      entry->voice = voice; /* borrowed: the workshop holds it */
      entry->attendance = event != NULL ? cg_voice_get_attendance (voice, event)
                                        : cg_voice_get_total_attendance (voice);
      everyone += entry->attendance;
      g_hash_table_insert (index, voice, GUINT_TO_POINTER (i + 1));
    }

  /* One pass over the ideas, however many voices there are: at an event, its ideas; over
   * every event, the series' ideas, one per lineage, each for its latest voice. */
  if (event == NULL)
    {
      series = cg_series_new (workshop);
      for (guint i = 0, n = cg_series_get_n_lineages (series); i < n; i++)
        all_ideas += count_idea (balance, index,
                                 cg_lineage_get_latest (cg_series_get_lineage (series, i)));
    }
  else
    for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
      {
        g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

        if (cg_idea_get_event (idea) == event)
          all_ideas += count_idea (balance, index, idea);
      }

  for (guint i = 0; i < n_voices; i++)
    {
      CgVoiceBalance *entry = &g_array_index (balance, CgVoiceBalance, i);

      entry->idea_share = all_ideas > 0 ? (double) entry->n_ideas / all_ideas : 0.0;
      entry->room_share = everyone > 0 ? (double) entry->attendance / everyone : 0.0;
    }

  return balance;
}

/* Theme "NULL" (unsorted) as a key */
#define UNSORTED_KEY ((gpointer) &unsorted_key)
static const char unsorted_key = 0;

struct _CgBalanceHeard
{
  GHashTable *voices;  /* CgVoice -> set of CgTheme (or UNSORTED_KEY), all borrowed */
};

CgBalanceHeard *
cg_balance_heard_new (CgWorkshop *workshop,
                      CgEvent    *event)
{
  CgBalanceHeard *self;
  g_autoptr(CgSeries) series = NULL;
  GListModel *ideas;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);
  g_return_val_if_fail (event == NULL || CG_IS_EVENT (event), NULL);

  self = g_new0 (CgBalanceHeard, 1);
  self->voices = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  /* over every event, a lineage is heard for its latest voice in its latest theme */
  if (event == NULL)
    series = cg_series_new (workshop);
  ideas = cg_workshop_get_ideas (workshop);
  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
      CgVoice *voice = cg_idea_get_voice (idea);
      CgTheme *theme = cg_idea_get_theme (idea);
      GHashTable *themes;

      if (voice == NULL || !idea_at_event (idea, event) ||
          (series != NULL && !cg_series_is_latest (series, idea)))
        continue;
      themes = g_hash_table_lookup (self->voices, voice);
      if (themes == NULL)
        {
          themes = g_hash_table_new (NULL, NULL);
          g_hash_table_insert (self->voices, voice, themes);
        }
      g_hash_table_add (themes, theme != NULL ? (gpointer) theme : UNSORTED_KEY);
    }
  return self;
}

gboolean
cg_balance_heard_contains (CgBalanceHeard *self,
                           CgVoice        *voice,
                           CgTheme        *theme)
{
  GHashTable *themes;

  g_return_val_if_fail (self != NULL, FALSE);

  themes = g_hash_table_lookup (self->voices, voice);
  return themes != NULL &&
         g_hash_table_contains (themes, theme != NULL ? (gpointer) theme : UNSORTED_KEY);
}

void
cg_balance_heard_free (CgBalanceHeard *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->voices);
  g_free (self);
}

gboolean
cg_balance_voice_in_theme (CgWorkshop *workshop,
                           CgVoice    *voice,
                           CgTheme    *theme,
                           CgEvent    *event)
{
  g_autoptr(CgBalanceHeard) heard = NULL;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), FALSE);
  g_return_val_if_fail (CG_IS_VOICE (voice), FALSE);
  g_return_val_if_fail (theme == NULL || CG_IS_THEME (theme), FALSE);
  g_return_val_if_fail (event == NULL || CG_IS_EVENT (event), FALSE);

  heard = cg_balance_heard_new (workshop, event);
  return cg_balance_heard_contains (heard, voice, theme);
}
