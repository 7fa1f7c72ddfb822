/* cg-retention.c: how long a workshop is kept, and taking out the words that need not be
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cg-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gio/gio.h>
#include <string.h>

#include "cg-retention.h"
#include "cg-text.h"

guint
cg_retention_default_years (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "retention-years"))
    return CG_RETENTION_DEFAULT_YEARS;
  settings = g_settings_new_full (schema, NULL, NULL);
  return g_settings_get_uint (settings, "retention-years");
}

/* The latest date of a dated event, as a GDate (invalid when none has one). */
static GDate
latest_event_day (CgWorkshop *workshop)
{
  GListModel *events = cg_workshop_get_events (workshop);
  GDate latest;

  g_date_clear (&latest, 1);
  for (guint i = 0, n = g_list_model_get_n_items (events); i < n; i++)
    {
      g_autoptr(CgEvent) event = g_list_model_get_item (events, i);
      const char *date = cg_event_get_date (event);
      GDate day;

      if (date == NULL)
        continue;
      g_date_clear (&day, 1);
      g_date_set_parse (&day, date);
      if (g_date_valid (&day) && (!g_date_valid (&latest) || g_date_compare (&day, &latest) > 0))
        latest = day;
    }
  return latest;
}

char *
cg_retention_dup_due_date (CgWorkshop *workshop,
                           guint       default_years)
{
  const char *own;
  GDate day;
  char text[16];

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), NULL);

  own = cg_workshop_get_keep_until (workshop);
  if (*own != '\0')
    return g_strdup (own);
  day = latest_event_day (workshop);
  if (!g_date_valid (&day))
    return NULL;
  /* (g_date_add_years takes 29 February to 28 February in a common year) */
  g_date_add_years (&day, default_years);
  g_snprintf (text, sizeof text, "%04u-%02u-%02u", g_date_get_year (&day),
              g_date_get_month (&day), g_date_get_day (&day));
  return g_strdup (text);
}

gboolean
cg_retention_is_past (CgWorkshop *workshop,
                      guint       default_years,
                      GDateTime  *today)
{
  g_autofree char *due = cg_retention_dup_due_date (workshop, default_years);
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *day = NULL;

  if (due == NULL)
    return FALSE;
  if (today == NULL)
    today = now = g_date_time_new_now_local ();
  day = g_date_time_format (today, "%Y-%m-%d");
  /* (both are YYYY-MM-DD: their order as text is their order in time) */
  return strcmp (day, due) > 0;
}

static gboolean
words_need_not_be_kept (CgIdea *idea)
{
  return (cg_idea_get_private (idea) || cg_idea_get_kind (idea) == CG_IDEA_KIND_STORY) &&
         *cg_idea_get_text (idea) != '\0';
}

guint
cg_retention_remove_words (CgWorkshop *workshop,
                           GDateTime  *today)
{
  GListModel *ideas;
  CgHistory *history;
  g_autofree char *entry = NULL;
  guint n_removed = 0;

  g_return_val_if_fail (CG_IS_WORKSHOP (workshop), 0);

  ideas = cg_workshop_get_ideas (workshop);
  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      n_removed += words_need_not_be_kept (idea);
    }
  if (n_removed == 0)
    return 0;

  history = cg_workshop_get_history (workshop);
  cg_history_begin_group (history, _("Remove Private Notes’ and Stories’ Words"));
  for (guint i = 0, n = g_list_model_get_n_items (ideas); i < n; i++)
    {
      g_autoptr(CgIdea) idea = g_list_model_get_item (ideas, i);

      if (words_need_not_be_kept (idea))
        cg_idea_set_text (idea, "");
    }
  /* TRANSLATORS: an entry of the workshop's log of what was removed for data protection */
  entry = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "The words of %u private note or story were removed "
                                        "(the idea and its counts kept).",
                                        "The words of %u private notes and stories were removed "
                                        "(the ideas and their counts kept).", n_removed),
                           n_removed);
  cg_workshop_add_log_entry (workshop, today, entry);
  cg_history_end_group (history);
  cg_history_seal (history);
  return n_removed;
}
