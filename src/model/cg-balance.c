/* cg-balance.c: whose voice is heard: each voice's share of ideas and of the people in the room
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include "cg-balance.h"

static gboolean
idea_at_event (CgIdea  *idea,
               CgEvent *event)
{
  return event == NULL || cg_idea_get_event (idea) == event;
}

GArray *
cg_balance_compute (CgWorkshop *workshop,
                    CgEvent    *event)
{
  GListModel *voices;
  GListModel *ideas;
  g_autoptr(GHashTable) index = NULL; /* CgVoice -> position + 1 */
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

  /* One pass over the ideas, however many voices there are. */
  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);
      guint position;

      if (!idea_at_event (idea, event) || cg_idea_get_voice (idea) == NULL)
        continue;
      position = GPOINTER_TO_UINT (g_hash_table_lookup (index, cg_idea_get_voice (idea)));
      if (position == 0)
        continue;
      g_array_index (balance, CgVoiceBalance, position - 1).n_ideas++;
      all_ideas++;
    }

  for (guint i = 0; i < n_voices; i++)
    {
      CgVoiceBalance *entry = &g_array_index (balance, CgVoiceBalance, i);

      entry->idea_share = all_ideas > 0 ? (double) entry->n_ideas / all_ideas : 0.0;
      entry->room_share = everyone > 0 ? (double) entry->attendance / everyone : 0.0;
    }

  return balance;
}

gboolean
cg_balance_voice_in_theme (CgWorkshop *workshop,
                           CgVoice    *voice,
                           CgTheme    *theme,
                           CgEvent    *event)
{
  GListModel *ideas;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), FALSE);
  g_return_val_if_fail (CG_IS_VOICE (voice), FALSE);
  g_return_val_if_fail (theme == NULL || CG_IS_THEME (theme), FALSE);
  g_return_val_if_fail (event == NULL || CG_IS_EVENT (event), FALSE);

  ideas = cg_workshop_get_ideas (workshop);
  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      if (cg_idea_get_voice (idea) == voice && cg_idea_get_theme (idea) == theme &&
          idea_at_event (idea, event))
        return TRUE;
    }
  return FALSE;
}
